"""Key point 1: a clear and detailed description of every service."""

import re
from datetime import time
from enum import StrEnum
from typing import Any

from pydantic import Field, field_validator

from voute.contract.base import Period, Section
from voute.contract.values import Percent

_DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_FR_DAYS = {"lun": "mon", "mar": "tue", "mer": "wed", "jeu": "thu", "ven": "fri", "sam": "sat", "dim": "sun"}


HOLIDAY_CALENDARS = ("FR", "FR-Alsace-Moselle", "none")
"""The public-holiday calendars a service may follow (``Service.holiday_calendar``)."""


class Channel(StrEnum):
    call = "call"
    email = "email"
    chat = "chat"
    ticket = "ticket"
    mail = "mail"
    social = "social"
    web = "web"


def parse_days(value: str) -> list[str]:
    """Read ``"mon-fri"``, ``"lun-ven"``, ``"sat"`` or ``"mon,wed,fri"`` into English day ids.

    A range may run over the weekend: ``"sat-mon"`` is Saturday, Sunday, Monday and ``"sun-thu"`` (a week
    that starts on Sunday) is Sunday to Thursday; the days keep the order of the range.
    """
    days: list[str] = []
    for chunk in value.lower().replace(" ", "").split(","):
        bounds = [_FR_DAYS.get(d[:3], d[:3]) for d in chunk.split("-")]
        if not bounds or any(b not in _DAYS for b in bounds) or len(bounds) > 2:
            raise ValueError(f'expected days such as "mon-fri", "lun-ven" or "sat", got {value!r}')
        first, last = _DAYS.index(bounds[0]), _DAYS.index(bounds[-1])
        week = _DAYS[first:] + _DAYS[:first]  # the week as read from the range's first day
        days.extend(week[: (last - first) % 7 + 1])
    return days


class OpeningSlot(Section):
    """Hours on given days, e.g. ``{days: mon-fri, from: "08:00", to: "20:00"}``."""

    days: str = Field(description='Days, e.g. "mon-fri", "lun-ven", "sat".')
    opens: time = Field(alias="from")
    closes: time = Field(alias="to")

    @field_validator("days")
    @classmethod
    def _check_days(cls, value: str) -> str:
        parse_days(value)
        return value

    @field_validator("opens", "closes", mode="before")
    @classmethod
    def _clock(cls, value: Any) -> Any:
        if isinstance(value, int):  # YAML 1.1 reads 08:00 unquoted as a sexagesimal integer
            return time(value // 3600 % 24, value // 60 % 60)
        if isinstance(value, str) and re.fullmatch(r"\d{1,2}h\d{0,2}", value):
            hours, _, minutes = value.partition("h")
            return time(int(hours), int(minutes or 0))
        if isinstance(value, str) and value.strip() == "24:00":
            return time(23, 59, 59)
        if isinstance(value, str) and re.fullmatch(r"\d:\d{2}", value.strip()):
            return "0" + value.strip()  # "8:00" as people write it
        return value

    def day_list(self) -> list[str]:
        return parse_days(self.days)


class ForecastVolume(Section):
    """The volume the client forecasts, which prices and service-level exclusions depend on."""

    period: Period = Period.month
    volume: int = Field(ge=0)
    unit: str = Field("contacts", description="calls, tickets, emails, chats, surveys, records, appointments...")
    tolerance: Percent | None = Field(None, description="Volume above forecast beyond which levels may be relaxed.")


class Service(Section):
    """One service the provider must deliver."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="Short identifier used by service levels and prices.")
    kind: str = Field(description="Catalogue service id, e.g. after_sales, customer_service, surveys.")
    name: str
    description: str = Field(min_length=1)
    channels: list[Channel] = Field([])
    requirements: list[str] = Field([], description="The client's requirements for this service.")
    standards: list[str] = Field([], description="Norms this service must meet.")
    languages: list[str] = Field([])
    opening_hours: list[OpeningSlot] = Field([])
    holiday_calendar: str = Field("FR", description='"FR", "FR-Alsace-Moselle" or "none".')
    open_on_public_holidays: bool = False
    forecast: list[ForecastVolume] = Field([])


class Services(Section):
    """Key point 1: scope, requirements, norms, and the functions implicitly included."""

    items: list[Service] = Field([], description="Every service required, each described.")
    general_requirements: list[str] = Field([])
    standards: list[str] = Field([], description="Norms for all services, e.g. ISO 18295-1, NF 345.")
    implied_functions: str | None = Field(
        None, description="Clause covering functions not listed in the statement of work but implicitly included."
    )
    incorporated_documents: list[str] = Field(
        [], description="Request for proposal, provider's response, annexes that form part of it."
    )
    service_locations: list[str] = Field(
        [], description="Countries (ISO codes) where the services are performed."
    )
    location_change_notice: bool = Field(False, description="Provider must notify before changing locations.")
