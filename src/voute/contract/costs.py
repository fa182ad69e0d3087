"""Key point 3: what each party pays, no hidden costs, indexation and renegotiation, payment terms."""

from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import Field

from voute.contract.base import Section
from voute.contract.values import Amount, Percent


class PriceUnit(StrEnum):
    per_call = "per_call"
    per_minute = "per_minute"
    per_hour = "per_hour"
    per_fte_month = "per_fte_month"
    fixed_monthly = "fixed_monthly"
    one_off = "one_off"
    per_ticket = "per_ticket"
    per_item = "per_item"
    per_appointment = "per_appointment"
    per_record = "per_record"
    per_survey = "per_survey"


class TierMode(StrEnum):
    whole = "whole"  # the tier reached prices the whole volume
    marginal = "marginal"  # each tier prices only the units inside it


class VolumeTier(Section):
    from_volume: int = Field(ge=0, alias="from")
    to_volume: int | None = Field(None, alias="to")
    price: Amount


class PriceItem(Section):
    """One line of the price schedule."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str
    service: str | None = Field(None, description="Id of the service this price belongs to.")
    unit: PriceUnit
    price: Amount
    tiers: list[VolumeTier] = Field([])
    tier_mode: TierMode = TierMode.whole
    minimum_commitment: Decimal | None = Field(None, description="Minimum billed volume per month (take-or-pay).")
    out_of_tolerance_price: Amount | None = Field(None, description="Unit price outside the forecast tolerance.")


class Indexation(Section):
    """Price revision by an index: P = P0 x (fixed_part + (1 - fixed_part) x S / S0)."""

    index: str = Field(description='Index name, e.g. "Syntec".')
    base_value: Decimal | None = Field(None, description="S0, the base index value.")
    base_month: str | None = Field(None, pattern=r"^\d{4}-\d{2}$", description="Month of S0, e.g. 2026-09.")
    fixed_part: Decimal = Field(Decimal("0.15"), ge=0, le=1, description="a in P0 x (a + b x S/S0).")
    cap: Percent | None = Field(None, description="Maximum yearly increase.")
    floor: Percent | None = Field(None, description="Maximum yearly decrease (written as a positive share).")
    first_revision: date | None = Field(None, description="First revision date; the anniversary by default.")
    symmetric: bool = Field(True, description="Prices go down as well as up.")


class Renegotiation(Section):
    """Clause to renegotiate when market conditions change (Code civil 1195, hardship)."""

    trigger: str = Field(description="What opens the renegotiation.")
    threshold: Percent | None = Field(None, description="Drift that triggers it, e.g. index up more than 5%.")
    hardship_1195_excluded: bool = Field(False, description="The parties waived Code civil art. 1195.")


class PaymentBasis(StrEnum):
    invoice_date = "invoice_date"
    end_of_month = "end_of_month"  # 45 days end of month
    receipt = "receipt"


class PaymentTerms(Section):
    days: int = Field(ge=0, le=365)
    basis: PaymentBasis = PaymentBasis.invoice_date
    late_payment_rate: str | None = Field(None, description='e.g. "ECB rate + 10 points" or "12%".')
    recovery_indemnity: Amount | None = Field(None, description="Flat recovery indemnity, EUR 40 in France.")
    invoicing: str = Field("monthly", description="Invoicing cadence.")
    periodic_invoice: bool = Field(True, description="Invoices are periodic (art. 289 I 3 CGI).")


class Costs(Section):
    """Key point 3 as a whole."""

    currency: str = Field("EUR", pattern=r"^[A-Z]{3}$")
    items: list[PriceItem] = Field([])
    vat_rate: Percent = Field(Decimal("20"), description="VAT rate applied to each line.")
    estimated_annual_value: Amount | None = Field(None, description="Expected yearly amount excluding VAT.")
    all_inclusive: bool = Field(False, description="Prices cover every cost; nothing else may be invoiced.")
    extra_costs: list[str] = Field([], description="Costs billed outside the price items.")
    indexation: Indexation | None = None
    renegotiation: Renegotiation | None = None
    payment: PaymentTerms | None = None
