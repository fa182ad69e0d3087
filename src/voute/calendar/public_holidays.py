"""French public holidays (jours fériés), nationally and under the Alsace-Moselle local law.

The ``holidays`` package knows both: the Alsace-Moselle regime (Good Friday and 26 December on top of the
national list) is filed under the Moselle code "57"; Bas-Rhin and Haut-Rhin follow the same regime.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from voute.contract.services import HOLIDAY_CALENDARS

__all__ = ["REGIONS", "check_region", "is_public_holiday", "public_holidays"]

REGIONS = HOLIDAY_CALENDARS
"""The holiday calendars a contract may name (``Service.holiday_calendar``)."""

_SUBDIVISION = {"FR": None, "FR-Alsace-Moselle": "57"}


def check_region(region: str) -> str:
    """Return ``region`` when it is a known holiday calendar, else raise ``ValueError`` naming the choices."""
    if region not in REGIONS:
        raise ValueError(f"unknown holiday calendar {region!r}; expected one of {', '.join(REGIONS)}")
    return region


@lru_cache(maxsize=512)
def public_holidays(year: int, region: str = "FR") -> frozenset[date]:
    """The public holidays of ``year`` in ``region`` ("FR", "FR-Alsace-Moselle" or "none" for no holiday).

    >>> date(2027, 3, 26) in public_holidays(2027, "FR-Alsace-Moselle")  # Good Friday
    True
    """
    if check_region(region) == "none":
        return frozenset()
    import holidays  # imported here: the package loads its data lazily and is not needed by every command

    return frozenset(holidays.country_holidays("FR", subdiv=_SUBDIVISION[region], years=year))


def is_public_holiday(day: date, region: str = "FR") -> bool:
    """Whether ``day`` is a public holiday in ``region``."""
    return day in public_holidays(day.year, region)
