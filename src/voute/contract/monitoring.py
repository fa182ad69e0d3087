"""Key point 7: performance monitoring: audits, reporting, steering committees, corrective action."""

from enum import StrEnum

from pydantic import Field

from voute.contract.base import Period, Section
from voute.contract.values import DurationText


class AuditCost(StrEnum):
    client = "client"
    provider = "provider"
    shared = "shared"
    provider_if_nonconformity = "provider_if_nonconformity"


class Audits(Section):
    frequency: DurationText = Field(description='How often the client may audit, e.g. "12 months".')
    notice: DurationText | None = Field(None, description="Prior notice the client gives.")
    scope: list[str] = Field([])
    on_site: bool = False
    third_party_auditor: bool = Field(False, description="An independent auditor mandated by the client may audit.")
    regulator_access: bool = Field(False, description="Supervisory authorities may audit too (DORA, EBA).")
    cost: AuditCost = AuditCost.client
    unrestricted: bool = Field(False, description="Audit rights are not limited by other clauses (DORA 30(3)(e)).")


class Reporting(Section):
    cadence: Period = Period.month
    content: list[str] = Field([])
    deadline: DurationText | None = Field(None, description="Delay after period end to deliver the report.")


class Committee(Section):
    name: str
    frequency: DurationText
    members: list[str] = Field([])
    purpose: str | None = None


class Monitoring(Section):
    """Key point 7 as a whole."""

    audits: Audits | None = None
    reporting: Reporting | None = None
    committees: list[Committee] = Field([])
    corrective_action: DurationText | None = Field(None, description="Time to submit a corrective action plan.")
    authority_cooperation: bool = Field(False, description="The provider cooperates with supervisory authorities.")
