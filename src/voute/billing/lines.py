"""What an invoice draft is made of: lines that each state their source, and totals that add up exactly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from voute.billing.indexation import PriceFactor
from voute.money import exact, round_cents
from voute.sla.month import Month

__all__ = ["InvoiceDraft", "InvoiceLine", "line_vat"]

ZERO = Decimal("0.00")


def line_vat(amount: Decimal, rate: Decimal) -> Decimal:
    """The VAT of one line: ``amount x rate %``, rounded half-up to the cent (VAT is computed per line)."""
    with exact():
        vat = round_cents(amount * rate / 100)
    return vat if vat != 0 else ZERO  # never "-0.00" on an invoice


@dataclass(frozen=True)
class InvoiceLine:
    """One line of the draft: what is billed, how much, and where each number comes from.

    ``kind`` is ``charge``, ``service_credit``, ``penalty`` or ``earn_back``; ``amount`` is excluding VAT and
    signed (credits and penalties are negative). ``measurement`` says where the quantity comes from, ``rate``
    where the unit price comes from, ``clause`` the contract field (with its file position) and ``formula``
    the computation with its numbers.
    """

    kind: str
    ref: str
    service: str | None
    role: str
    label: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    amount: Decimal
    vat_rate: Decimal
    vat: Decimal
    measurement: str
    rate: str
    clause: str
    formula: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (decimals as strings)."""
        return {name: _plain(getattr(self, name)) for name in self.__dataclass_fields__}


@dataclass(frozen=True)
class InvoiceDraft:
    """The invoice the contract implies for a month, with the price revision in force."""

    contract_reference: str
    month: Month
    currency: str
    lines: tuple[InvoiceLine, ...]
    revision: PriceFactor = field(default_factory=lambda: PriceFactor(Decimal(1)))
    parties: tuple[str, str] = ("", "")
    notes: tuple[str, ...] = ()

    @property
    def total_excl_vat(self) -> Decimal:
        """Sum of the line amounts (excluding VAT)."""
        return sum((line.amount for line in self.lines), ZERO)

    @property
    def total_vat(self) -> Decimal:
        """Sum of the lines' VAT."""
        return sum((line.vat for line in self.lines), ZERO)

    @property
    def total_incl_vat(self) -> Decimal:
        """What the client pays."""
        return self.total_excl_vat + self.total_vat

    def vat_breakdown(self) -> dict[Decimal, tuple[Decimal, Decimal]]:
        """Per VAT rate: (base, VAT)."""
        out: dict[Decimal, tuple[Decimal, Decimal]] = {}
        for line in self.lines:
            base, vat = out.get(line.vat_rate, (ZERO, ZERO))
            out[line.vat_rate] = (base + line.amount, vat + line.vat)
        return dict(sorted(out.items()))

    def fees_by_service(self) -> dict[str, Decimal]:
        """The month's recurring fees per service (charges, one-off fees excluded): the basis of service
        credits."""
        fees: dict[str, Decimal] = {}
        for line in self.lines:
            if line.kind == "charge" and line.role != "one_off" and line.service:
                fees[line.service] = fees.get(line.service, ZERO) + line.amount
        return fees

    def charges(self, ref: str) -> Sequence[InvoiceLine]:
        """The charge lines of one price item."""
        return [line for line in self.lines if line.kind == "charge" and line.ref == ref]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: lines, totals, VAT per rate, the price revision in force and notes."""
        revision = self.revision
        return {
            "contract": self.contract_reference,
            "period": str(self.month),
            "currency": self.currency,
            "client": self.parties[0],
            "provider": self.parties[1],
            "price_revision": {
                "factor": str(revision.factor),
                "description": revision.describe(),
                "next_revision": None
                if revision.next_revision is None
                else revision.next_revision.isoformat(),
                "revisions": [
                    {"date": r.day.isoformat(), "factor": str(r.factor), "formula": r.formula}
                    for r in revision.revisions
                ],
            },
            "lines": [line.to_dict() for line in self.lines],
            "vat": [
                {"rate": str(rate), "base": str(base), "vat": str(vat)}
                for rate, (base, vat) in self.vat_breakdown().items()
            ],
            "totals": {
                "excl_vat": str(self.total_excl_vat),
                "vat": str(self.total_vat),
                "incl_vat": str(self.total_incl_vat),
            },
            "notes": list(self.notes),
        }


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    return value
