"""Billing: the invoice a contract implies for a month, and what the provider's invoice adds to it.

>>> import voute
>>> from voute.billing import draft_invoice, load_volumes, Month
>>> contract = voute.load("examples/contrat-complet.yaml")  # doctest: +SKIP
>>> month = Month.parse("2027-12")  # doctest: +SKIP
>>> draft = draft_invoice(contract, month, load_volumes("examples/invoices/volumes-2027-12.yaml",
...                                                     contract, month))  # doctest: +SKIP
>>> draft.total_excl_vat  # doctest: +SKIP

docs/billing.md states every rule: tiers, tolerance, minimum commitment, indexation, credits, VAT and
rounding.
"""

from voute.billing.api import draft_invoice
from voute.billing.credits import Deduction, deductions_from_evaluation, load_credits, parse_credits
from voute.billing.draft import build_invoice
from voute.billing.indexation import (
    IndexTable,
    IndexValue,
    PriceFactor,
    load_index,
    parse_index,
    price_factor,
)
from voute.billing.lines import InvoiceDraft, InvoiceLine
from voute.billing.provider import (
    ProviderInvoice,
    ProviderLine,
    load_provider_invoice,
    parse_provider_invoice,
)
from voute.billing.reconcile import Finding, Reconciliation, reconcile
from voute.billing.schedule import Band, Charge, price_item
from voute.billing.volumes import (
    PeriodVolumes,
    Quantity,
    load_volumes,
    parse_volumes,
    volumes_from_measurements,
)
from voute.billing.writers import to_csv, to_html, to_json, to_pdf
from voute.sla.month import Month

__all__ = [
    "Band",
    "Charge",
    "Deduction",
    "Finding",
    "IndexTable",
    "IndexValue",
    "InvoiceDraft",
    "InvoiceLine",
    "Month",
    "PeriodVolumes",
    "PriceFactor",
    "ProviderInvoice",
    "ProviderLine",
    "Quantity",
    "Reconciliation",
    "build_invoice",
    "deductions_from_evaluation",
    "draft_invoice",
    "load_credits",
    "load_index",
    "load_provider_invoice",
    "load_volumes",
    "parse_credits",
    "parse_index",
    "parse_provider_invoice",
    "parse_volumes",
    "price_factor",
    "price_item",
    "reconcile",
    "to_csv",
    "to_html",
    "to_json",
    "to_pdf",
    "volumes_from_measurements",
]
