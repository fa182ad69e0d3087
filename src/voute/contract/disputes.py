"""Key point 8: an amicable settlement before any court; governing law and jurisdiction."""

from pydantic import Field

from voute.contract.base import Section
from voute.contract.values import DurationText


class EscalationLevel(Section):
    level: str = Field(description="Who meets: operational managers, directors, general management...")
    duration: DurationText = Field(description="How long this level has before the next one.")


class Mediation(Section):
    body: str = Field(description="Mediation centre, e.g. CMAP.")
    duration: DurationText | None = None


class Disputes(Section):
    """Key point 8 as a whole."""

    escalation: list[EscalationLevel] = Field([])
    mediation: Mediation | None = None
    arbitration: str | None = None
    courts: str | None = Field(None, description='Competent court, e.g. "Tribunal des activités économiques de Paris".')
    governing_law: str | None = Field(None, description='e.g. "French law" or "droit français".')
