"""Key point 4: exact duration, early-termination causes, renewal (no unwanted tacit renewal)."""

from datetime import date
from enum import StrEnum

from pydantic import Field

from voute.contract.base import PartyRole, Section
from voute.contract.values import DurationText


class RenewalMode(StrEnum):
    express = "express"  # needs a decision or a new agreement
    tacit = "tacit"  # renews by itself unless notice is given
    none = "none"  # ends at term


class NoticeCounted(StrEnum):
    receipt = "receipt"  # the notice counts from the day the other party receives it
    dispatch = "dispatch"  # from the day it is sent


class Renewal(Section):
    mode: RenewalMode
    period: DurationText | None = Field(None, description="Length of each renewal period.")
    notice: DurationText | None = Field(
        None, description="Notice to refuse a tacit renewal or to decide an express one."
    )
    max_renewals: int | None = Field(None, ge=0)
    notice_counted_from: NoticeCounted = NoticeCounted.receipt


class TerminationCause(StrEnum):
    breach = "breach"
    chronic_service_level_breach = "chronic_service_level_breach"
    convenience = "convenience"
    insolvency = "insolvency"
    change_of_control = "change_of_control"
    force_majeure = "force_majeure"
    regulatory = "regulatory"  # DORA 28(7)(d): the supervisor can no longer supervise
    law_breach = "law_breach"  # DORA 28(7)(a)
    material_change = "material_change"  # DORA 28(7)(b)
    data_security_weakness = "data_security_weakness"  # DORA 28(7)(c)
    undue_subcontracting = "undue_subcontracting"  # EBA GL 78(g)
    other = "other"


class EarlyTermination(Section):
    cause: TerminationCause
    party: PartyRole = PartyRole.both
    notice: DurationText | None = None
    cure_period: DurationText | None = Field(None, description="Time to remedy after formal notice.")
    description: str | None = None
    compensation: str | None = Field(None, description="Indemnity owed on this termination, if any.")


class Term(Section):
    """Key point 4 as a whole."""

    start: date = Field(description="Effective date.")
    initial_duration: DurationText
    renewal: Renewal
    early_termination: list[EarlyTermination] = Field([])
    notice_form: str | None = Field(None, description="How notice is given, e.g. registered letter.")
