"""Points beyond the article: exit and reversibility, subcontracting, staff."""

from enum import StrEnum

from pydantic import Field

from voute.contract.base import Section
from voute.contract.values import DurationText


class AssistanceCost(StrEnum):
    included = "included"
    ex_ante_rate = "ex_ante_rate"
    billable = "billable"


class Exit(Section):
    """Reversibility: the service goes back to the client or to a new provider without a break."""

    transition_period: DurationText | None = None
    assistance: str | None = None
    assistance_cost: AssistanceCost | None = None
    exit_plan: bool = Field(False, description="An exit plan is written and kept up to date.")
    data_return_format: str | None = None
    data_return_deadline: DurationText | None = None
    deletion_certificate: bool = False
    data_access_on_insolvency: bool = Field(False, description="DORA 30(2)(d), EBA GL 75(m).")


class SubcontractingApproval(StrEnum):
    forbidden = "forbidden"
    prior_written = "prior_written"
    notification = "notification"
    free = "free"


class Subcontractor(Section):
    name: str
    scope: str
    country: str = Field(pattern=r"^[A-Z]{2}$")


class Subcontracting(Section):
    approval: SubcontractingApproval
    excluded_activities: list[str] = Field([])
    flow_down: bool = False
    provider_remains_liable: bool = False
    termination_if_undue: bool = False
    authorised: list[Subcontractor] = Field([])


class Vigilance(Section):
    """Code du travail L8222-1 / D8222-5: documents the client obtains at signature and every six months."""

    at_signature: bool = False
    every: DurationText | None = Field(None, description='"6 months" by law.')
    documents: list[str] = Field([], description="URSSAF attestation, Kbis extract...")
    foreign_workers_list: bool = False


class StaffTransfer(Section):
    """Code du travail L1224-1: contracts of employment follow an activity that changes hands."""

    assessed: bool = Field(description="The parties examined whether L1224-1 applies at start and at exit.")
    staff_lists: bool = False
    cost_allocation: str | None = None


class Staff(Section):
    vigilance: Vigilance | None = None
    hierarchical_authority: bool = Field(
        False, description="The provider alone directs its staff (no illegal supply of labour, L8241-1)."
    )
    staff_transfer: StaffTransfer | None = None
    key_personnel: list[str] = Field([])
    training: str | None = None
    security_training: bool = Field(False, description="Staff join the client's security awareness (DORA 30(2)(i)).")
    non_solicitation: DurationText | None = None
