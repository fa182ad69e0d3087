"""The base every contract section derives from: unknown keys are errors, never silently dropped."""

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Section(BaseModel):
    """A part of the contract. A typo in a key must never silently drop a clause, hence ``extra="forbid"``."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, use_enum_values=False, defer_build=True)


class PartyRole(StrEnum):
    client = "client"
    provider = "provider"
    both = "both"


class Period(StrEnum):
    """Measurement and reporting periods."""

    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"
