"""The whole contract: parties, the nine key points of the article, and the points beyond it.

Every section is optional in the file so that a weak contract still loads: what is missing is for the
checklist to report, not for the loader to refuse. What is present must be well formed.
"""

from datetime import date
from enum import StrEnum

from pydantic import Field, PrivateAttr

from voute.contract.base import Section
from voute.contract.beyond import Exit, Staff, Subcontracting
from voute.contract.continuity import Continuity
from voute.contract.costs import Costs
from voute.contract.data_protection import Confidentiality, DataProtection
from voute.contract.disputes import Disputes
from voute.contract.liability import Indemnification
from voute.contract.monitoring import Monitoring
from voute.contract.parties import Parties, Regulatory
from voute.contract.service_levels import ServiceLevels
from voute.contract.services import Services
from voute.contract.term import Term
from voute.contract.yamlpos import Positioned


class Language(StrEnum):
    fr = "fr"
    en = "en"


class Contract(Section):
    """An outsourcing contract as data. Load it with :func:`voute.load`."""

    schema_version: int = Field(1, description="Version of the contract file format.")
    reference: str = Field(min_length=1, description="The contract's own reference.")
    title: str = Field(min_length=1)
    language: Language = Language.fr
    signature_date: date | None = None
    timezone: str = Field("Europe/Paris", description="Time zone of every date and hour in the contract.")
    parties: Parties
    regulatory: Regulatory = Field(default_factory=Regulatory)
    services: Services | None = None
    service_levels: ServiceLevels | None = None
    costs: Costs | None = None
    term: Term | None = None
    indemnification: Indemnification | None = None
    data_protection: DataProtection | None = None
    confidentiality: Confidentiality | None = None
    monitoring: Monitoring | None = None
    disputes: Disputes | None = None
    continuity: Continuity | None = None
    exit: Exit | None = None
    subcontracting: Subcontracting | None = None
    staff: Staff | None = None

    _source: tuple[str, Positioned] | None = PrivateAttr(None)

    @property
    def source_file(self) -> str | None:
        """The file the contract was loaded from, if any."""
        return self._source[0] if self._source else None

    def position_of(self, path: tuple[str | int, ...]) -> tuple[int, int] | None:
        """``(line, column)`` of a field in the source file, or of its nearest written ancestor."""
        return self._source[1].position(path) if self._source else None
