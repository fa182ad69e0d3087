"""Key point 6: personal data protection (GDPR art. 28, 32, 33, 44-46) and confidentiality."""

from enum import StrEnum

from pydantic import Field

from voute.contract.base import Section
from voute.contract.values import DurationText


class DataRole(StrEnum):
    processor = "processor"  # the provider processes on the client's behalf (art. 28)
    joint_controller = "joint_controller"
    controller = "controller"
    none = "none"  # no personal data is processed


class Processing(Section):
    """The particulars GDPR art. 28(3) requires the contract to set out."""

    subject_matter: str | None = None
    duration: str | None = None
    nature: str | None = None
    purposes: list[str] = Field([])
    data_types: list[str] = Field([])
    data_subjects: list[str] = Field([])
    special_categories: list[str] = Field([])
    controller_rights_and_obligations: str | None = None


class ProcessorTerms(Section):
    """Each stipulation of art. 28(3)(a)-(h) and its final sub-paragraph: true when the contract states it."""

    documented_instructions: bool = False  # (a)
    staff_confidentiality: bool = False  # (b)
    security_measures: bool = False  # (c), art. 32
    sub_processor_conditions: bool = False  # (d)
    data_subject_rights_assistance: bool = False  # (e)
    compliance_assistance: bool = False  # (f), art. 32 to 36
    deletion_or_return: bool = False  # (g)
    audit_and_information: bool = False  # (h)
    unlawful_instruction_alert: bool = False  # final sub-paragraph


class SubProcessorAuthorisation(StrEnum):
    specific = "specific"
    general = "general"
    none = "none"


class SubProcessor(Section):
    name: str
    activity: str
    country: str = Field(pattern=r"^[A-Z]{2}$")


class SubProcessing(Section):
    """Art. 28(2) and 28(4)."""

    authorisation: SubProcessorAuthorisation
    objection_notice: DurationText | None = Field(None, description="Notice of changes, for the right to object.")
    flow_down: bool = False
    processor_fully_liable: bool = False
    authorised: list[SubProcessor] = Field([])


class TransferMechanism(StrEnum):
    adequacy = "adequacy"
    scc_2021_914 = "scc_2021_914"
    bcr = "bcr"
    code_of_conduct = "code_of_conduct"
    certification = "certification"
    derogation = "derogation"
    none = "none"


class Transfer(Section):
    """A transfer of personal data to a country, possibly outside the EEA."""

    country: str = Field(pattern=r"^[A-Z]{2}$")
    recipient: str
    mechanism: TransferMechanism = TransferMechanism.none
    transfer_impact_assessment: bool = False


class SecurityMeasure(StrEnum):
    """The measures art. 32(1) lists."""

    pseudonymisation_encryption = "pseudonymisation_encryption"
    confidentiality_integrity_availability = "confidentiality_integrity_availability"
    restore_availability = "restore_availability"
    regular_testing = "regular_testing"
    access_control = "access_control"
    staff_training = "staff_training"
    logging = "logging"
    physical_security = "physical_security"


class DataProtection(Section):
    """Key point 6 as a whole."""

    role: DataRole = DataRole.processor
    written_form: bool = Field(True, description="The terms are in writing, electronic form included (28(9)).")
    processing: Processing | None = None
    processor_terms: ProcessorTerms = Field(default_factory=ProcessorTerms)
    sub_processors: SubProcessing | None = None
    processing_locations: list[str] = Field([], description="Countries where data is processed.")
    transfers: list[Transfer] = Field([])
    breach_notification: DurationText | None = Field(
        None, description="Processor's deadline to tell the client of a personal data breach, e.g. '24h'."
    )
    breach_notification_content: bool = Field(False, description="The notice carries the art. 33(3) items.")
    security_measures: list[SecurityMeasure] = Field([])
    certifications: list[str] = Field([], description="ISO 27001, HDS...")


class Confidentiality(Section):
    scope: str = Field(description="What is confidential.")
    duration_after_end: DurationText | None = None
    staff_bound: bool = Field(False, description="The provider binds its staff to the same duty.")
