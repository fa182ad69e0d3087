"""``reconcile``: what the provider's invoice adds to the invoice the contract implies, euro by euro.

For each price item, the difference between what the provider bills (T) and what the contract implies (E) is
split in three parts that add up exactly (docs/billing.md):

* **volume** = B(q) - E, where q is the provider's quantity and B prices a quantity with the contract's rules
  (tiers, tolerance band, revised prices; the minimum commitment is already in q). Flagged when q differs from
  our billed quantity by more than the tolerance (1 % by default; none for monthly and one-off fees);
* **rate** = T' - B(q), where T' = sum of the provider's ``quantity x unit price`` rounded per line: wrong
  unit prices, tiers applied differently, and the indexation causes recognised from the prices: applied
  before its date (``indexation_early``), applied twice (``indexation_twice``) or not applied
  (``indexation_missing``);
* **arithmetic** = T - T': the provider's lines whose amount is not their quantity times their price.

Lines matching no price, credit or penalty of the contract have **no contractual basis**; a price we expect
and the provider does not bill is **not billed**; a credit or penalty missing or different is
**credit_not_applied** / **credit_difference**; a stated total that is not the sum of the lines is
**arithmetic**. VAT rates are checked per line (**vat**, its euro impact is on the VAT, not the amount
excluding VAT). The causes add up to the difference between the two totals excluding VAT.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from voute.billing.draft import forecast_band
from voute.billing.indexation import IndexTable, early_factors, revise
from voute.billing.lines import InvoiceDraft, line_vat
from voute.billing.matching import Match, match_lines
from voute.billing.provider import ProviderInvoice, ProviderLine
from voute.billing.reasons import explain
from voute.billing.schedule import is_volume_priced, price_item
from voute.contract.costs import PriceItem, PriceUnit
from voute.contract.model import Contract
from voute.money import exact, round_cents

__all__ = ["Finding", "Reconciliation", "reconcile"]

ZERO = Decimal("0.00")
CAUSES = (
    "no_basis",
    "not_billed",
    "volume",
    "rate",
    "indexation_early",
    "indexation_twice",
    "indexation_missing",
    "credit_not_applied",
    "credit_difference",
    "arithmetic",
    "vat",
    "volume_within_tolerance",
    "rounding",
)
"""Every cause, flagged ones first; the last two are differences accepted (shown, never flagged)."""


@dataclass(frozen=True)
class Finding:
    """A difference between the provider's invoice and the draft: its cause, euro amount and lines.

    ``amount`` is excluding VAT, positive when the provider bills more than the contract implies. ``lines``
    are the provider's line numbers (file lines). ``flagged`` is False for differences accepted (within
    tolerance).
    """

    cause: str
    amount: Decimal
    ref: str | None
    lines: tuple[int, ...]
    expected: str
    found: str
    flagged: bool = True
    vat_amount: Decimal = ZERO

    def message(self, lang: str = "en") -> str:
        """The finding explained in French or English."""
        return explain(self, lang)

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "cause": self.cause,
            "flagged": self.flagged,
            "amount": str(self.amount),
            "ref": self.ref,
            "lines": list(self.lines),
            "expected": self.expected,
            "found": self.found,
            "vat_amount": str(self.vat_amount),
            "message": self.message(lang),
        }


@dataclass(frozen=True)
class Reconciliation:
    """The findings of a reconciliation and the totals they explain."""

    draft: InvoiceDraft
    invoice: ProviderInvoice
    findings: tuple[Finding, ...]
    tolerance: Decimal

    @property
    def flagged(self) -> tuple[Finding, ...]:
        """The differences to raise with the provider."""
        return tuple(f for f in self.findings if f.flagged)

    @property
    def difference(self) -> Decimal:
        """What the provider bills minus what the contract implies, excluding VAT."""
        return self.invoice.billed_excl_vat - self.draft.total_excl_vat

    def by_cause(self) -> dict[str, Decimal]:
        """Euro differences (excluding VAT) per cause, in the order of ``CAUSES``; they add up to the
        difference."""
        totals = {cause: ZERO for cause in CAUSES}
        for finding in self.findings:
            totals[finding.cause] += finding.amount
        return {
            cause: amount
            for cause, amount in totals.items()
            if amount != 0 or any(f.cause == cause for f in self.findings)
        }

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """JSON-ready form: totals, summary per cause, findings."""
        return {
            "contract": self.draft.contract_reference,
            "period": str(self.draft.month),
            "invoice": self.invoice.number or self.invoice.source,
            "currency": self.draft.currency,
            "expected_excl_vat": str(self.draft.total_excl_vat),
            "billed_excl_vat": str(self.invoice.billed_excl_vat),
            "difference_excl_vat": str(self.difference),
            "volume_tolerance": f"{self.tolerance}%",
            "by_cause": {cause: str(amount) for cause, amount in self.by_cause().items()},
            "findings": [f.to_dict(lang) for f in self.findings],
        }


def reconcile(
    contract: Contract,
    draft: InvoiceDraft,
    invoice: ProviderInvoice,
    *,
    tolerance: Decimal = Decimal(1),
    index: IndexTable | None = None,
) -> Reconciliation:
    """Compare the provider's invoice with the draft of the same month; ``tolerance`` is a volume percentage.

    The result does not depend on the order of the provider's lines.
    """
    matches = sorted(match_lines(contract, invoice.lines), key=lambda m: m.line.number)
    findings: list[Finding] = [_no_basis(m) for m in matches if m.kind is None]
    clause = contract.costs.indexation if contract.costs else None
    early = early_factors(clause, index, draft.revision, draft.month)
    items = contract.costs.items if contract.costs else []
    for position, item in enumerate(items):
        theirs = [m.line for m in matches if m.kind == "item" and m.ref == item.id]
        findings.extend(_item_findings(contract, draft, item, position, theirs, tolerance, early))
    findings.extend(_deduction_findings(draft, [m for m in matches if m.kind == "deduction"]))
    findings.extend(_total_findings(invoice))
    findings.extend(_vat_findings(contract, draft, matches))
    return Reconciliation(draft, invoice, tuple(findings), tolerance)


def _no_basis(match: Match) -> Finding:
    line = match.line
    return Finding(
        "no_basis",
        line.amount,
        None,
        (line.number,),
        "no price in the contract",
        line.label,
    )


# -- price items ---------------------------------------------------------------------------------------------


def _item_findings(
    contract: Contract,
    draft: InvoiceDraft,
    item: PriceItem,
    position: int,
    theirs: Sequence[ProviderLine],
    tolerance: Decimal,
    early: tuple[Decimal, ...],
) -> list[Finding]:
    ours = draft.charges(item.id)
    expected = sum((line.amount for line in ours), ZERO)
    numbers = tuple(line.number for line in theirs)
    if not theirs:
        if expected == 0:
            return []
        return [Finding("not_billed", -expected, item.id, (), f"{expected}", "no line")]
    billed = sum((line.amount for line in theirs), ZERO)
    q_theirs = sum((line.quantity for line in theirs), Decimal(0))
    q_ours = sum((line.quantity for line in ours), Decimal(0))
    factor = draft.revision.factor
    repriced = _price(item, position, q_theirs, factor, forecast_band(contract, item, draft.month))
    recomputed = sum((_product(line) for line in theirs), ZERO)
    findings = []
    volume = repriced - expected
    if volume != 0 or q_theirs != q_ours:
        flagged = _beyond(q_theirs, q_ours, tolerance if is_volume_priced(item) else Decimal(0))
        cause = "volume" if flagged else "volume_within_tolerance"
        findings.append(Finding(cause, volume, item.id, numbers, _qty(q_ours), _qty(q_theirs), flagged))
    rate = recomputed - repriced
    if rate != 0:
        cause, found = _rate_cause(item, draft, theirs, early)
        ours_prices = "; ".join(dict.fromkeys(str(line.unit_price) for line in ours)) or "-"
        findings.append(
            Finding(cause, rate, item.id, numbers, ours_prices, found, abs(rate) >= Decimal("0.01"))
        )
    arithmetic = billed - recomputed
    if arithmetic != 0:
        wrong = tuple(line.number for line in theirs if abs(line.amount - _exact(line)) > Decimal("0.01"))
        found = "; ".join(
            f"{_qty(line.quantity)} × {line.unit_price} ≠ {line.amount}"
            for line in theirs
            if line.number in wrong
        )
        right = "; ".join(str(_product(line)) for line in theirs if line.number in wrong)
        findings.append(
            Finding(
                "arithmetic" if wrong else "rounding",
                arithmetic,
                item.id,
                wrong or numbers,
                right or f"{recomputed}",
                found or f"{billed}",
                bool(wrong),
            )
        )
    return findings


def _price(item: PriceItem, position: int, quantity: Decimal, factor: Decimal, band: Any) -> Decimal:
    """B(q): what the contract charges for ``quantity`` billed units (the minimum is in the quantity)."""
    if quantity < 0:
        return -_price(item, position, -quantity, factor, band)
    charges = price_item(item, position, quantity, factor, band, apply_minimum=False)
    return sum((c.amount for c in charges), ZERO)


def _rate_cause(
    item: PriceItem, draft: InvoiceDraft, theirs: Sequence[ProviderLine], early: tuple[Decimal, ...]
) -> tuple[str, str]:
    """The cause of a rate difference, recognised from the provider's unit prices."""
    bases = {item.price, *(t.price for t in item.tiers)}
    if item.out_of_tolerance_price is not None:
        bases.add(item.out_of_tolerance_price)
    revisions = draft.revision.revisions
    factor = Decimal(1) if item.unit is PriceUnit.one_off else draft.revision.factor
    previous = revisions[-2].factor if len(revisions) > 1 else Decimal(1)
    candidates: list[tuple[str, Decimal]] = []
    if item.unit is not PriceUnit.one_off:
        candidates.extend(("indexation_early", factor_) for factor_ in early)
    if revisions and item.unit is not PriceUnit.one_off:
        with exact():
            candidates.append(("indexation_twice", factor * factor / previous))
        candidates.append(("indexation_missing", Decimal(1)))
    causes = []
    for line in theirs:
        if any(_same(line.unit_price, revise(base, factor)) for base in bases):
            continue
        cause = next(
            (
                name
                for name, f in candidates
                if any(_same(line.unit_price, revise(base, f)) for base in bases)
            ),
            "rate",
        )
        causes.append((cause, line))
    if not causes:
        # every price is a contract price, applied to other quantities (tiers or tolerance band)
        return "rate", "; ".join(dict.fromkeys(str(line.unit_price) for line in theirs))
    priority = ("indexation_twice", "indexation_early", "indexation_missing", "rate")
    cause = min((c for c, _ in causes), key=priority.index)
    return cause, "; ".join(dict.fromkeys(str(line.unit_price) for _, line in causes))


def _same(found: Decimal, expected: Decimal) -> bool:
    """Whether a provider's price is ours, written to its own precision (at least the cent)."""
    exponent = found.as_tuple().exponent
    places = max(2, -exponent if isinstance(exponent, int) else 2)
    return expected.quantize(Decimal(1).scaleb(-places)) == found


def _beyond(theirs: Decimal, ours: Decimal, tolerance: Decimal) -> bool:
    with exact():
        return abs(theirs - ours) > abs(ours) * tolerance / 100


def _exact(line: ProviderLine) -> Decimal:
    with exact():
        return line.quantity * line.unit_price


def _product(line: ProviderLine) -> Decimal:
    return round_cents(_exact(line))


def _qty(value: Decimal) -> str:
    return str(value.quantize(Decimal(1))) if value == value.to_integral_value() else str(value.normalize())


# -- credits, totals, VAT ------------------------------------------------------------------------------------


def _deduction_findings(draft: InvoiceDraft, matches: Sequence[Match]) -> list[Finding]:
    ours: dict[str, Decimal] = {}
    for line in draft.lines:
        if line.kind != "charge":
            ours[line.ref] = ours.get(line.ref, ZERO) + line.amount
    theirs: dict[str, list[ProviderLine]] = {}
    for match in matches:
        assert match.ref is not None
        theirs.setdefault(match.ref, []).append(match.line)
    findings = []
    for ref in sorted(set(ours) | set(theirs)):
        expected = ours.get(ref, ZERO)
        lines = theirs.get(ref, [])
        billed = sum((line.amount for line in lines), ZERO)
        if billed == expected:
            continue
        cause = "credit_not_applied" if not lines else "credit_difference"
        numbers = tuple(line.number for line in lines)
        shown = f"{abs(expected)}" if cause == "credit_not_applied" else f"{expected}"
        findings.append(Finding(cause, billed - expected, ref, numbers, shown, f"{billed}"))
    return findings


def _total_findings(invoice: ProviderInvoice) -> list[Finding]:
    if invoice.total_excl_vat is None or invoice.total_excl_vat == invoice.lines_total:
        return []
    difference = invoice.total_excl_vat - invoice.lines_total
    return [
        Finding(
            "arithmetic",
            difference,
            None,
            (),
            f"{invoice.lines_total} (sum of the lines)",
            f"{invoice.total_excl_vat} (stated total)",
        )
    ]


def _vat_findings(contract: Contract, draft: InvoiceDraft, matches: Sequence[Match]) -> list[Finding]:
    rate = contract.costs.vat_rate if contract.costs else Decimal(20)
    kinds = {line.ref: line for line in draft.lines if line.kind != "charge"}
    findings = []
    for match in matches:
        line = match.line
        if line.vat_rate is None:
            continue
        expected = kinds[match.ref].vat_rate if match.kind == "deduction" and match.ref in kinds else rate
        if line.vat_rate != expected:
            impact = line_vat(line.amount, line.vat_rate) - line_vat(line.amount, expected)
            findings.append(
                Finding(
                    "vat", ZERO, match.ref, (line.number,), f"{expected}%", f"{line.vat_rate}%", True, impact
                )
            )
    return findings
