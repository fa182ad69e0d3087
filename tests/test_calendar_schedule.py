"""Every date of a contract (issue 3): random contracts against the day-by-day oracle, a notice limit already
passed, the example contract, GDPR breach clocks and the iCalendar export."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import test_calendar_oracle as oracle
from test_calendar_days import start_dates
from voute.calendar import DeadlineKind, Urgency, breach_clocks, schedule, to_ics
from voute.contract.model import Contract
from voute.contract.values import Duration, DurationUnit
from voute.errors import ContractError

PARIS = ZoneInfo("Europe/Paris")
EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "contrat-complet.yaml"
U = DurationUnit


def contract(start: date, initial: Any, renewal: dict[str, Any], region: str = "FR",
             early: list[dict[str, Any]] | None = None, **sections: Any) -> Contract:
    """A minimal valid contract with the given term; other sections as keyword arguments."""
    data: dict[str, Any] = {
        "reference": "T-001",
        "title": "Contrat de test",
        "parties": {"client": {"name": "Client SAS"}, "provider": {"name": "Prestataire SAS"}},
        "services": {"items": [{"id": "accueil", "kind": "phone_reception", "name": "Accueil",
                                "description": "Accueil téléphonique", "holiday_calendar": region}]},
        "term": {"start": start, "initial_duration": initial, "renewal": renewal, "early_termination": early or []},
        **sections,
    }
    return Contract.model_validate(data)


# --- random contracts against the oracle ---------------------------------------------------------------------

PERIOD_UNITS = {U.calendar_days: (30, 400), U.weeks: (4, 60), U.business_days: (20, 260),
                U.working_days: (25, 300), U.months: (1, 40), U.years: (1, 3)}
NOTICE_UNITS = {U.calendar_days: (0, 120), U.weeks: (0, 16), U.business_days: (0, 60),
                U.working_days: (0, 70), U.months: (0, 6), U.years: (0, 1)}


def units(table: dict[DurationUnit, tuple[int, int]]) -> st.SearchStrategy[Duration]:
    return st.sampled_from(list(table)).flatmap(
        lambda unit: st.integers(*table[unit]).map(lambda n: Duration(amount=n, unit=unit)))


def expected_boundaries(start: date, initial: Duration, each: Duration, count: int, region: str,
                        horizon: date) -> list[date]:
    """First day of periods 0..count (and one past the horizon at most), by the documented anchoring rule."""
    first_end = oracle.period_end(start, initial, region)
    months = {U.months: 1, U.years: 12}
    out = [start, first_end]
    for k in range(2, count + 1):
        if out[-2] > horizon:
            break
        if initial.unit in months and each.unit in months:
            total = initial.amount * months[initial.unit] + (k - 1) * each.amount * months[each.unit]
            out.append(oracle.add_months(start, total))
        else:
            out.append(oracle.period_end(first_end, Duration(amount=each.amount * (k - 1), unit=each.unit), region))
    return out


@settings(max_examples=150, deadline=None)
@given(
    start=start_dates(),
    initial=units(PERIOD_UNITS),
    each=st.one_of(st.none(), units(PERIOD_UNITS)),
    notice=units(NOTICE_UNITS),
    mode=st.sampled_from(["tacit", "express"]),
    max_renewals=st.one_of(st.none(), st.integers(0, 3)),
    counted=st.sampled_from(["receipt", "dispatch"]),
    region=st.sampled_from(["FR", "FR-Alsace-Moselle"]),
)
def test_term_dates_match_the_oracle(start: date, initial: Duration, each: Duration | None, notice: Duration,
                                     mode: str, max_renewals: int | None, counted: str, region: str) -> None:
    renewal = {"mode": mode, "period": each, "notice": notice, "max_renewals": max_renewals,
               "notice_counted_from": counted}
    horizon = oracle.add_months(start, 36)
    result = schedule(contract(start, initial, renewal, region), until=horizon)
    open_ended = mode == "tacit" and each is None
    length = initial if each is None else each
    # How many periods the oracle expects: every allowed one, or those starting by the horizon.
    if open_ended or max_renewals == 0:
        count = 1
    elif max_renewals is not None:
        count = max_renewals + 1
    else:
        bounds = expected_boundaries(start, initial, length, 200, region, horizon)
        count = 1 + sum(1 for b in bounds[1:-1] if b <= horizon)
    bounds = expected_boundaries(start, initial, length, count + 1, region, date.max)
    ends = [b - timedelta(days=1) for b in bounds[1 : count + 1]]
    got_ends = [d.when for d in result.deadlines if d.kind is DeadlineKind.term_end]
    assert got_ends == ends
    renewing = count if (open_ended or max_renewals is None) and max_renewals != 0 else count - 1
    limits = [oracle.notice_deadline(bounds[k + 1], notice, region) for k in range(renewing)]
    sends = [oracle.send_by(limit, counted == "receipt", 3, region) for limit in limits]
    kind = DeadlineKind.notice_deadline if mode == "tacit" else DeadlineKind.renewal_decision
    notices = [d for d in result.deadlines if d.kind is kind]
    assert [d.limit for d in notices] == limits
    assert [d.when for d in notices] == sends
    assert all(d.urgency is Urgency.critical and d.source == "term.renewal.notice" for d in notices)
    assert [d.when for d in result.deadlines] == sorted(d.when for d in result.deadlines)


# --- a notice limit already passed ---------------------------------------------------------------------------

TACIT = {"mode": "tacit", "period": "12 mois", "notice": "3 mois", "notice_counted_from": "receipt"}


def test_notice_already_passed_says_so_plainly() -> None:
    c = contract(date(2027, 1, 1), "12 mois", TACIT, exit={"data_return_deadline": "30 jours"})
    result = schedule(c, today=date(2027, 10, 15))
    [situation] = result.situation
    assert situation.urgency is Urgency.critical
    assert situation.text.en == (
        "The notice deadline passed on Thursday 30 September 2027: the contract renews until Sunday 31 December "
        "2028. Next chance to give notice: send it by Wednesday 27 September 2028 (contractual limit Saturday "
        "30 September 2028).")
    assert "a expiré le jeudi 30 septembre 2027" in situation.text.fr
    assert "reconduit jusqu'au dimanche 31 décembre 2028" in situation.text.fr
    # Exit dates follow the first end still possible, one year later.
    [data_return] = [d for d in result.deadlines if d.kind is DeadlineKind.data_return]
    assert data_return.when == date(2029, 1, 30)


def test_notice_still_possible_counts_the_days_left() -> None:
    result = schedule(contract(date(2027, 1, 1), "12 mois", TACIT), today=date(2027, 9, 1))
    [situation] = result.situation
    assert "send the notice by Monday 27 September 2027 (in 26 days" in situation.text.en
    assert situation.urgency is Urgency.critical


def test_between_post_date_and_limit_asks_for_hand_delivery() -> None:
    result = schedule(contract(date(2027, 1, 1), "12 mois", TACIT), today=date(2027, 9, 29))
    assert result.situation[0].text.en.startswith("URGENT: the advised last day to post")


def test_express_renewal_missed_means_the_contract_ends() -> None:
    express = {"mode": "express", "period": "12 mois", "notice": "6 mois"}
    result = schedule(contract(date(2027, 1, 1), "36 mois", express), today=date(2029, 7, 1))
    assert "unless both parties agree in writing, the contract ends on Monday 31 December 2029" in (
        result.situation[0].text.en)


def test_last_allowed_renewal_has_no_notice() -> None:
    renewal = {**TACIT, "max_renewals": 1}
    result = schedule(contract(date(2027, 1, 1), "12 mois", renewal), today=date(2028, 2, 1))
    assert "no renewal is possible" in result.situation[0].text.en
    assert [d.when for d in result.deadlines if d.kind is DeadlineKind.term_end] == [
        date(2027, 12, 31), date(2028, 12, 31)]


def test_tacit_renewal_without_length_becomes_open_ended() -> None:
    renewal = {"mode": "tacit", "notice": "3 mois"}
    result = schedule(contract(date(2027, 1, 1), "12 mois", renewal), today=date(2029, 1, 1))
    assert [d.when for d in result.deadlines if d.kind is DeadlineKind.open_ended] == [date(2028, 1, 1)]
    assert "open-ended" in result.situation[0].text.en


def test_contract_not_started_yet() -> None:
    result = schedule(contract(date(2027, 1, 1), "12 mois", TACIT), today=date(2026, 12, 1))
    assert "has not started yet" in result.situation[0].text.en


def test_notice_in_business_hours_is_a_located_error() -> None:
    renewal = {**TACIT, "notice": "40 heures ouvrées"}
    with pytest.raises(ContractError, match="business days"):
        schedule(contract(date(2027, 1, 1), "12 mois", renewal))


# --- the other dates of a contract ---------------------------------------------------------------------------

def test_example_contract_dates() -> None:
    import voute

    result = schedule(voute.load(EXAMPLE), today=date(2027, 6, 1))
    by_kind: dict[DeadlineKind, list[Any]] = {}
    for d in result.deadlines:
        by_kind.setdefault(d.kind, []).append(d.when)
    assert by_kind[DeadlineKind.effective_date] == [date(2027, 1, 1)]
    assert by_kind[DeadlineKind.term_end] == [date(2029, 12, 31), date(2030, 12, 31), date(2031, 12, 31)]
    assert [d.limit for d in result.deadlines if d.kind is DeadlineKind.renewal_decision] == [
        date(2029, 6, 30), date(2030, 6, 30)]
    assert by_kind[DeadlineKind.milestone] == [date(2027, 1, 22), date(2027, 2, 1)]
    assert by_kind[DeadlineKind.price_revision][:2] == [date(2028, 1, 1), date(2029, 1, 1)]
    assert by_kind[DeadlineKind.audit][0] == date(2028, 1, 1)
    assert by_kind[DeadlineKind.vigilance][:3] == [date(2026, 12, 15), date(2027, 6, 15), date(2027, 12, 15)]
    assert len([d for d in result.deadlines if d.source == "monitoring.committees[0].frequency"]) == 59
    assert by_kind[DeadlineKind.data_return] == [date(2030, 1, 30)]  # 30 days after 31 December 2029
    assert by_kind[DeadlineKind.transition_end] == [date(2030, 6, 30)]
    assert max(d.day for d in result.deadlines) <= date(2031, 12, 31)  # nothing after the last possible end


def test_early_termination_with_cure_period_and_notice() -> None:
    renewal = {"mode": "none"}
    term_extra = [{"cause": "breach", "notice": "30 jours", "cure_period": "30 jours"},
                  {"cause": "convenience", "party": "client", "notice": "3 mois"},
                  {"cause": "insolvency"}]
    c = contract(date(2027, 1, 1), "36 mois", renewal, early=term_extra)
    result = schedule(c, today=date(2027, 6, 1))
    ends = {d.source: d.when for d in result.deadlines if d.kind is DeadlineKind.early_termination}
    # Sent Tue 1 June, received Fri 4 June (3 working days); cure to 4 July; termination letter sent 5 July,
    # received 8 July; 30 days' notice: last day 7 August.
    assert ends == {"term.early_termination[0].notice": date(2027, 8, 7),
                    "term.early_termination[1].notice": date(2027, 9, 4)}


def test_breach_clocks_cross_a_daylight_saving_change() -> None:
    c = contract(date(2027, 1, 1), "12 mois", TACIT, data_protection={"breach_notification": "24h"})
    detected = datetime(2027, 3, 27, 10, 0, tzinfo=PARIS)  # the clocks go forward on 28 March
    processor, controller = breach_clocks(c, detected)
    assert processor.when == datetime(2027, 3, 28, 11, 0, tzinfo=PARIS)  # 24 real hours
    assert controller.when == datetime(2027, 3, 30, 11, 0, tzinfo=PARIS)
    assert controller.when.astimezone(UTC) - detected.astimezone(UTC) == timedelta(hours=72)
    late = breach_clocks(c, detected, informed=datetime(2027, 3, 27, 18, 0, tzinfo=PARIS))[1]
    assert late.when == datetime(2027, 3, 30, 19, 0, tzinfo=PARIS)


def test_breach_clock_in_business_hours_follows_opening_hours() -> None:
    c = contract(date(2027, 1, 1), "12 mois", TACIT, data_protection={"breach_notification": "8 heures ouvrées"})
    c.services.items[0].opening_hours = []  # type: ignore[union-attr]  # office hours: Mon-Fri 9-18
    processor = breach_clocks(c, datetime(2027, 1, 29, 16, 0, tzinfo=PARIS))[0]  # a Friday
    assert processor.when == datetime(2027, 2, 1, 15, 0, tzinfo=PARIS)


# --- iCalendar -------------------------------------------------------------------------------------------------

def test_ics_keeps_dates_times_and_zones() -> None:
    import voute

    c = voute.load(EXAMPLE)
    deadlines = schedule(c, today=date(2027, 6, 1)).deadlines
    deadlines += breach_clocks(c, datetime(2027, 10, 30, 23, 30, tzinfo=PARIS))  # DST ends 31 October
    data = to_ics(deadlines, stamp=datetime(2027, 6, 1, 8, 0, tzinfo=UTC))
    parsed = icalendar.Calendar.from_ical(data)
    [tz] = parsed.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Paris"
    events = parsed.walk("VEVENT")
    assert len(events) == len(deadlines)
    for event, deadline in zip(events, deadlines, strict=True):
        start = event.decoded("DTSTART")
        assert start == deadline.when
        assert type(start) is type(deadline.when)
        if isinstance(start, datetime):
            assert start.utcoffset() == deadline.when.utcoffset()
            assert str(start.tzinfo) == "Europe/Paris"
        [alarm] = event.walk("VALARM")
        expected = 14 if deadline.kind is DeadlineKind.renewal_decision else None
        if expected:
            assert alarm.decoded("TRIGGER") == -timedelta(days=expected)
    assert len({e["UID"] for e in events}) == len(events)
