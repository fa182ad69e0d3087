"""Key point 2: measurable service levels, milestones, penalties and credits, and the change procedure."""

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import BeforeValidator, Field, model_validator

from voute.contract.base import Period, Section
from voute.contract.values import Amount, CapText, DurationText, Percent


def _as_text(value: Any) -> Any:
    """Targets are read in the KPI's unit later; a bare YAML number is kept as text so the message can say why."""
    return str(value) if isinstance(value, int | Decimal) and not isinstance(value, bool) else value


TargetText = Annotated[str, BeforeValidator(_as_text)]


class WindowStart(StrEnum):
    """Where quarters and years of measurement begin."""

    calendar = "calendar"  # January, April, July, October
    contract = "contract"  # the month of ``term.start``: contract quarters and contract years


class Comparator(StrEnum):
    at_least = ">="
    at_most = "<="


class AbandonConvention(StrEnum):
    """How abandoned calls count in a service level; the same month gives very different figures."""

    sl1 = "sl1"  # abandons within the threshold count as met
    sl2 = "sl2"  # answered calls only
    sl3 = "sl3"  # every abandon counts as missed
    sl4 = "sl4"  # abandons before the threshold are ignored, later ones are missed
    sl5 = "sl5"  # short abandons count as met
    sl6 = "sl6"  # short abandons are removed from the denominator


class Clock(StrEnum):
    business = "business"
    calendar = "calendar"


class KpiParameters(Section):
    """Parameters of a catalogue KPI; which ones apply, and which are required, depends on the KPI.

    The catalogue (``voute.catalogue``) is the reference: a parameter the KPI does not know is refused at load.
    """

    threshold: DurationText | None = Field(None, description='e.g. "20s" for 80% answered within 20 seconds.')
    abandon_convention: AbandonConvention | None = None
    short_abandon: DurationText | None = Field(None, description='Abandons shorter than this are "short".')
    short_abandons: str | None = Field(None, description="Abandon rate: whether short abandons count.")
    ivr_abandons: str | None = None
    ivr_time: str | None = None
    boundary: str | None = Field(None, description="inclusive (<= T) or exclusive (< T).")
    repeat_window: DurationText | None = Field(None, description="First-contact resolution repeat window.")
    method: str | None = None
    identity_key: str | None = None
    clock: Clock | None = None
    pause_states: list[str] = Field([])
    after_contact_work: str | None = None
    min_responses: int | None = Field(None, ge=0)
    survey_delay: DurationText | None = None
    fatal_errors: str | None = None
    sample_per_agent: int | None = Field(None, ge=0)
    sample_size: int | None = Field(None, ge=0)
    basis: str | None = None
    max_age: DurationText | None = None
    measured_at: str | None = None
    priority: str | None = Field(None, description="Restrict the measure to one ticket priority (any KPI).")


class PenaltyKind(StrEnum):
    penalty = "penalty"  # pénalité: a clause pénale (Code civil 1231-5)
    service_credit = "service_credit"  # a price reduction credited on the next invoice


class PenaltyBasis(StrEnum):
    service_fee = "service_fee"  # the monthly fee of the service measured
    total_monthly_fee = "total_monthly_fee"
    fixed = "fixed"


class Tier(Section):
    """A band of performance worse than ``threshold`` earns ``credit`` (percent of the basis or an amount)."""

    threshold: TargetText = Field(description='Measured value beyond which the tier applies, e.g. "75%" or "45s".')
    credit: CapText = Field(description='Credit for this tier: "5%" of the basis or an amount "500 EUR".')


class EarnBack(Section):
    """Credits given back when later periods exceed the target."""

    periods: int = Field(ge=1, description="Number of following periods in which performance is judged.")
    condition: str = Field("target_met_each_period", description="What the provider must achieve.")


class ChronicBreach(Section):
    """Repeated misses that open a termination right, e.g. 3 consecutive periods or 4 in 12."""

    consecutive: int | None = Field(None, ge=2)
    count: int | None = Field(None, ge=2)
    within: int | None = Field(None, ge=2, description="Window in periods for ``count``.")
    termination_right: bool = True

    @model_validator(mode="after")
    def _one_rule(self) -> Self:
        if self.consecutive is None and (self.count is None or self.within is None):
            raise ValueError('give "consecutive" or both "count" and "within"')
        return self


class PenaltyModel(Section):
    """What a miss costs the provider, with its ceilings."""

    kind: PenaltyKind = PenaltyKind.service_credit
    basis: PenaltyBasis = PenaltyBasis.service_fee
    tiers: list[Tier] = Field([])
    per_point: CapText | None = Field(None, description="Credit per percentage point (or unit) of shortfall.")
    fixed_amount: Amount | None = Field(None, description="A fixed amount per miss.")
    cap_per_period: CapText | None = None
    cap_per_year: CapText | None = None
    cap_overall: CapText | None = None
    earn_back: EarnBack | None = None
    formal_notice_required: bool | None = Field(
        None, description="Whether a formal notice (mise en demeure) is needed before the penalty is due."
    )
    exclusive_remedy: bool = Field(False, description="Penalties are the only remedy for this miss.")

    @model_validator(mode="after")
    def _has_a_formula(self) -> Self:
        if not self.tiers and self.per_point is None and self.fixed_amount is None:
            raise ValueError('a penalty needs "tiers", "per_point" or "fixed_amount"')
        return self


class ServiceLevel(Section):
    """A measurable level: a catalogue KPI on one service, a target and what a miss costs."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    service: str = Field(description="Id of a service of the contract.")
    kpi: str = Field(description="Catalogue KPI id, e.g. service_level, asa, fcr, csat.")
    name: str | None = None
    parameters: KpiParameters = Field(default_factory=KpiParameters)
    target: TargetText = Field(description='Target in the KPI unit: "80%", "30s", "4.2", "+30".')
    comparator: Comparator | None = Field(None, description='">=" or "<="; the KPI default when left out.')
    window: Period = Period.month
    window_start: WindowStart = Field(
        WindowStart.calendar,
        description="Quarters and years counted from January (calendar) or from the month of term.start (contract).",
    )
    exclusions: list[str] = Field([], description="force_majeure, volume_above_forecast...")
    volume_tolerance: Percent | None = Field(None, description="Volume above forecast that suspends the level.")
    penalty: PenaltyModel | None = None
    chronic_breach: ChronicBreach | None = None


class DelayFormula(StrEnum):
    per_day_amount = "per_day_amount"
    per_day_percent = "per_day_percent"
    ccag = "ccag"  # P = V x R / 1000, French public procurement


class DelayPenalty(Section):
    formula: DelayFormula
    rate: Decimal | None = Field(None, description="Amount per day, or percent per day, per formula.")
    unit: str = Field("day", pattern="^(day|week)$")
    basis_value: Amount | None = Field(None, description="V: value of the late deliverable or of the contract.")
    cap: CapText | None = None
    exemption_threshold: Amount | None = Field(None, description="Total below which penalties are waived.")


class Milestone(Section):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    due: date
    deliverable: str
    delay_penalty: DelayPenalty | None = None


class ChangeProcedure(Section):
    """How either party changes the services or the contract."""

    who_can_request: list[str] = Field(default_factory=lambda: ["client", "provider"])
    request_form: str | None = Field(None, description="How a change is requested (written change request...).")
    impact_assessment: DurationText | None = Field(None, description="Time for the provider's impact assessment.")
    approval: str | None = Field(None, description="Who approves: steering committee, signed amendment...")
    pricing: str | None = Field(None, description="How changes are priced.")
    emergency: str | None = None


class ServiceLevels(Section):
    """Key point 2 as a whole."""

    levels: list[ServiceLevel] = Field([])
    at_risk_amount: Percent | None = Field(
        None, description="Share of the monthly invoice that all credits together may reach."
    )
    milestones: list[Milestone] = Field([])
    poor_quality_compensation: str | None = Field(
        None, description="Compensation for poor-quality service beyond missed levels (rework, refund)."
    )
    change_procedure: ChangeProcedure | None = None
    reporting: str | None = Field(None, description="How and when the provider reports measured levels.")
