"""The billing entry points the CLI and the public API share: draft a month's invoice, reconcile one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal
from typing import TYPE_CHECKING

from voute.billing.credits import Deduction, deductions_from_evaluation
from voute.billing.draft import build_invoice
from voute.billing.indexation import IndexTable
from voute.billing.lines import InvoiceDraft
from voute.billing.volumes import PeriodVolumes
from voute.contract.model import Contract
from voute.errors import InputError, Location
from voute.sla.month import Month

if TYPE_CHECKING:
    from voute.sla import Evaluation, PeriodInputs

__all__ = ["draft_invoice"]


def draft_invoice(
    contract: Contract,
    month: Month,
    volumes: PeriodVolumes,
    *,
    credits: Sequence[Deduction] | None = None,
    index: IndexTable | None = None,
    measurements: Sequence[PeriodInputs] | None = None,
) -> InvoiceDraft:
    """The invoice draft of ``month``, with its credits given (``credits``) or evaluated (``measurements``).

    With ``measurements`` (the months of a ``voute evaluate`` measurements file), the service levels are
    evaluated by :func:`voute.sla.evaluate`; when the month gives no ``fees:``, the fees per service are the
    draft's own recurring charges, so that a percentage credit is a percentage of what is invoiced.
    """
    if credits is not None and measurements is not None:
        raise InputError.single(
            "give the credits either as a credits file or as measurements, not both", Location(path="credits")
        )
    if measurements is None:
        return build_invoice(contract, month, volumes, credits or (), index)
    first = build_invoice(contract, month, volumes, (), index)
    evaluation = evaluate_with_fees(contract, month, measurements, first)
    return build_invoice(contract, month, volumes, deductions_from_evaluation(evaluation, contract), index)


def evaluate_with_fees(
    contract: Contract, month: Month, measurements: Sequence[PeriodInputs], draft: InvoiceDraft
) -> Evaluation:
    """Run the SLA evaluation of ``month``, filling the month's fees from the draft when none are given."""
    from voute.sla import evaluate

    completed = []
    for inputs in measurements:
        if inputs.month == month and not inputs.fees:
            fees = draft.fees_by_service()
            total = (
                inputs.invoice_total if inputs.invoice_total is not None else sum(fees.values(), Decimal(0))
            )
            inputs = replace(inputs, fees=fees, invoice_total=total)
        completed.append(inputs)
    return evaluate(contract, completed, month)
