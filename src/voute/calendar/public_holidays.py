"""French public holidays (jours fériés), nationally and under the Alsace-Moselle local law.

The ``holidays`` package knows both: the Alsace-Moselle regime (Good Friday and 26 December on top of the
national list) is filed under the Moselle code "57"; Bas-Rhin and Haut-Rhin follow the same regime.

A region is one of the contract's holiday calendars (``"FR"``, ``"FR-Alsace-Moselle"``, ``"none"``), one of
the short names the measure API has always accepted (``"alsace-moselle"``, ``"moselle"``, ``"67"``...), or any
French subdivision code of the ``holidays`` package (``"974"`` for La Réunion). This module is the only place
that turns those names into holidays, so ``schedule`` and ``measure`` cannot read a calendar two ways.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

__all__ = ["REGIONS", "check_region", "is_public_holiday", "public_holidays"]

if TYPE_CHECKING:
    REGIONS: tuple[str, ...]
    """The holiday calendars a contract may name (``Service.holiday_calendar``)."""

_NO_HOLIDAYS = "none"
# The contract's names; the list itself is owned by the contract model (HOLIDAY_CALENDARS), and a test pins
# that every name there is known here. Imported lazily: the contract model loads pydantic, which the measure
# engine does not need.
_NAMED: dict[str, str | None] = {"FR": None, "FR-Alsace-Moselle": "57", "none": _NO_HOLIDAYS}
_ALIASES = {"alsace-moselle": "57", "alsace_moselle": "57", "moselle": "57", "67": "57", "68": "57"}


def __getattr__(name: str) -> object:
    if name == "REGIONS":
        from voute.contract.services import HOLIDAY_CALENDARS

        return HOLIDAY_CALENDARS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=64)
def _subdivision(region: str) -> str | None:
    """The ``holidays`` subdivision of ``region`` (None: national list; "none": no holiday at all)."""
    if region in _NAMED:
        return _NAMED[region]
    if region.lower() in _ALIASES:
        return _ALIASES[region.lower()]
    import holidays  # imported here: the package loads its data lazily and is not needed by every command

    try:
        holidays.country_holidays("FR", subdiv=region)
    except NotImplementedError:
        raise ValueError(
            f"unknown holiday calendar {region!r}; expected one of {', '.join(_NAMED)} "
            "(or a French subdivision code such as 57 or 974)"
        ) from None
    return region


def check_region(region: str) -> str:
    """Return ``region`` when it is a known holiday calendar, else raise ``ValueError`` naming the choices."""
    _subdivision(region)
    return region


@lru_cache(maxsize=512)
def public_holidays(year: int, region: str = "FR") -> frozenset[date]:
    """The public holidays of ``year`` in ``region`` ("FR", "FR-Alsace-Moselle" or "none" for no holiday).

    >>> date(2027, 3, 26) in public_holidays(2027, "FR-Alsace-Moselle")  # Good Friday
    True
    """
    subdivision = _subdivision(region)
    if subdivision == _NO_HOLIDAYS:
        return frozenset()
    import holidays

    return frozenset(holidays.country_holidays("FR", subdiv=subdivision, years=year))


def is_public_holiday(day: date, region: str = "FR") -> bool:
    """Whether ``day`` is a public holiday in ``region``."""
    return day in public_holidays(day.year, region)
