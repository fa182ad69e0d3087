"""Contract dates that are never wrong: day arithmetic, business calendars, schedules, breach clocks, iCalendar.

Pure functions only: nothing here reads the clock, the environment or a file. ``today`` is always a parameter.
"""

from __future__ import annotations

from voute.calendar.breach import CONTROLLER_DELAY, after, breach_clocks
from voute.calendar.business import BusinessCalendar, zone
from voute.calendar.days import (
    DurationNotOnCalendar,
    add,
    add_months,
    is_business_day,
    is_working_day,
    last_day_to_send,
    notice_deadline,
    period_end,
    previous_working_day,
    span_end,
)
from voute.calendar.events import Deadline, DeadlineKind, Localized, Situation, Urgency
from voute.calendar.ics import to_ics
from voute.calendar.public_holidays import REGIONS, is_public_holiday, public_holidays
from voute.calendar.schedule import DEFAULT_POSTAL_DELAY, Schedule, contract_region, schedule
from voute.calendar.term_dates import TermPeriod, TermPlan, plan_term

__all__ = [
    "CONTROLLER_DELAY",
    "DEFAULT_POSTAL_DELAY",
    "REGIONS",
    "BusinessCalendar",
    "Deadline",
    "DeadlineKind",
    "DurationNotOnCalendar",
    "Localized",
    "Schedule",
    "Situation",
    "TermPeriod",
    "TermPlan",
    "Urgency",
    "add",
    "add_months",
    "after",
    "breach_clocks",
    "contract_region",
    "is_business_day",
    "is_public_holiday",
    "is_working_day",
    "last_day_to_send",
    "notice_deadline",
    "period_end",
    "plan_term",
    "previous_working_day",
    "public_holidays",
    "schedule",
    "span_end",
    "to_ics",
    "zone",
]
