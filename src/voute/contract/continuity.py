"""Key point 9: continuity and disaster recovery; force majeure."""

from enum import StrEnum

from pydantic import Field

from voute.contract.base import Section
from voute.contract.values import DurationText


class Scenario(StrEnum):
    cyberattack = "cyberattack"
    supply_failure = "supply_failure"
    regulatory_change = "regulatory_change"
    staff_turnover = "staff_turnover"
    pandemic = "pandemic"
    site_loss = "site_loss"
    telecom_outage = "telecom_outage"


class ForceMajeure(Section):
    definition: str
    notification: DurationText | None = None
    termination_after: DurationText | None = Field(None, description="Suspension length that allows termination.")


class IncidentAssistance(StrEnum):
    included = "included"
    ex_ante_rate = "ex_ante_rate"
    billable = "billable"


class Continuity(Section):
    """Key point 9 as a whole."""

    bcp: bool = Field(False, description="The provider keeps a business continuity plan (PCA).")
    drp: bool = Field(False, description="The provider keeps a disaster recovery plan (PRA).")
    rto: DurationText | None = Field(None, description="Recovery time objective.")
    rpo: DurationText | None = Field(None, description="Recovery point objective.")
    test_frequency: DurationText | None = Field(None, description='How often plans are tested, e.g. "12 months".')
    test_report_to_client: bool = False
    scenarios: list[Scenario] = Field([])
    backup_site: str | None = None
    staff_turnover_measures: str | None = None
    incident_assistance: IncidentAssistance | None = Field(None, description="DORA 30(2)(f).")
    tlpt_participation: bool = Field(False, description="DORA 30(3)(d): threat-led penetration tests.")
    force_majeure: ForceMajeure | None = None
