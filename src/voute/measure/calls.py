"""Voice KPIs (service level under six abandon conventions, ASA, abandon rate, AHT, FCR) on DuckDB.

One scan of the records builds a small "fact" table of additive counts and sums per (problem reason,
in-period flag, group, day, outcome, wait class). Every KPI, every granularity and the all-services total
are then sums over that small table, so a month of 100 million calls is read once.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from voute.measure.adapters import sql_ident
from voute.measure.requests import KpiRequest

__all__ = ["call_fact_sql", "call_value", "fact_columns", "rollup_columns", "unpack_record"]


_RECORDS_PER_FILE = 2**40
"""Packing of (file index, record number) into one integer, in ``_firsts``."""


def unpack_record(packed: int) -> tuple[int, int]:
    """(file index, record number) of a packed ``_firsts`` entry."""
    return divmod(packed, _RECORDS_PER_FILE)


def _thresholds(requests: Sequence[KpiRequest]) -> list[int]:
    found: set[int] = set()
    for r in requests:
        if r.kpi in ("service_level", "abandon_rate"):
            found.add(r.short_seconds)
        if r.kpi == "service_level" and r.threshold_seconds is not None:
            found.add(r.threshold_seconds)
    return sorted(found - {0})


def _windows(requests: Sequence[KpiRequest]) -> list[int]:
    return sorted({r.repeat_window_seconds for r in requests if r.kpi == "fcr"})


def _wait_class(thresholds: Sequence[int]) -> str:
    """SQL: how many thresholds the wait exceeds (0 = within the smallest), NULL for an unknown wait."""
    whens = " ".join(f"WHEN wait_seconds <= {t} THEN {i}" for i, t in enumerate(thresholds))
    return f"CASE {whens} WHEN wait_seconds > {thresholds[-1]} THEN {len(thresholds)} END"


def fact_columns(requests: Sequence[KpiRequest]) -> list[str]:
    """Key and aggregate expressions (``expr AS name``) of the fact table, beyond reason, period, group, day.

    The fact is keyed by everything the KPIs filter on (outcome, wait class, FCR flags) rather than holding
    one ``FILTER`` aggregate per count: a handful of sums per small group costs less per record than a dozen
    filtered aggregates, and every count below is then a sum over the (small) fact table.
    """
    cols = ["outcome AS outcome"]
    thresholds = _thresholds(requests)
    if thresholds:
        cols.append(f"{_wait_class(thresholds)} AS _wait_class")
    windows = _windows(requests)
    if windows:
        cols.append("customer IS NOT NULL AS _known_customer")
        for w in windows:
            repeat = f"_next_contact IS NOT NULL AND date_diff('second', arrival, _next_contact) <= {w}"
            cols.append(f"coalesce({repeat}, false) AS _repeat_{w}")
    return [
        *cols,
        "count(*) AS n",
        # Whole milliseconds as doubles: their sums are exact integers in any order (below 2**53 ms, 285,000
        # years), so the result is exact and reproducible, and cheaper than a DECIMAL cast of every record.
        "sum(round(wait_seconds * 1000)) AS wait_ms",
        "count(wait_seconds) AS n_wait",
        "sum(round(handle_seconds * 1000)) AS handle_ms",
        "count(handle_seconds) AS n_handle",
    ]


def rollup_columns(requests: Sequence[KpiRequest]) -> list[str]:
    """Sums over the fact table giving the counts and sums ``call_value`` reads, per bucket and group."""
    ans, ab = "outcome = 'answered'", "outcome = 'abandoned'"
    cols = [
        "sum(n) AS n",
        f"sum(n) FILTER (WHERE {ans}) AS answered",
        f"sum(n) FILTER (WHERE {ab}) AS abandoned",
        "sum(n) FILTER (WHERE outcome = 'ivr_abandoned') AS ivr_abandoned",
        "sum(n) FILTER (WHERE outcome = 'callback') AS callbacks",
        "sum(n) FILTER (WHERE outcome = 'excluded') AS excluded_outcome",
        f"CAST(sum(wait_ms) FILTER (WHERE {ans}) AS HUGEINT) AS wait_ms",
        f"sum(n_wait) FILTER (WHERE {ans}) AS n_wait",
        f"CAST(sum(handle_ms) FILTER (WHERE {ans}) AS HUGEINT) AS handle_ms",
        f"sum(n_handle) FILTER (WHERE {ans}) AS n_handle",
    ]
    for i, t in enumerate(_thresholds(requests)):
        # A wait within t is a wait within the i-th smallest threshold or a smaller one.
        cols.append(f"sum(n) FILTER (WHERE {ans} AND _wait_class <= {i}) AS ans_le_{t}")
        cols.append(f"sum(n) FILTER (WHERE {ab} AND _wait_class <= {i}) AS ab_le_{t}")
    windows = _windows(requests)
    if windows:
        known = f"{ans} AND _known_customer"
        cols.append(f"sum(n) FILTER (WHERE {known}) AS fcr_base")
        for w in windows:
            cols.append(f"sum(n) FILTER (WHERE {known} AND NOT _repeat_{w}) AS fcr_ok_{w}")
    return cols


def call_fact_sql(
    canonical: str,
    requests: Sequence[KpiRequest],
    group_by: str,
    start: str,
    end: str,
    bucket: str = "day",
    firsts: int = 0,
) -> str:
    """The single scan: counts and sums per (reason, in period, group, bucket, outcome, wait class...).

    ``bucket`` is the finest granularity asked for (``day``, or ``month`` when only months are): fewer groups.
    ``firsts`` > 0 also keeps the ``firsts`` smallest (``_file``, ``_record``) of the problem rows of each group
    (packed, see ``unpack_record``; the canonical records must be numbered), so locating bad records needs no
    second scan.
    """
    if _windows(requests):
        # The next contact of the same customer on the same service, to detect repeats within the window.
        canonical = (
            "SELECT *, CASE WHEN customer IS NOT NULL THEN lead(arrival) OVER "
            f"(PARTITION BY customer, service ORDER BY arrival) END AS _next_contact FROM ({canonical})"
        )
    in_period = f"(arrival >= TIMESTAMP '{start}' AND arrival < TIMESTAMP '{end}')"
    day = "CAST(arrival AS DATE)" if bucket == "day" else f"CAST(date_trunc('{bucket}', arrival) AS DATE)"
    located = ""
    if firsts:
        # (file, record) packed in one integer: a struct per row would cost more than the whole check.
        packed = f"CAST(_file AS BIGINT) * {_RECORDS_PER_FILE} + _record"
        located = f", min({packed}, {firsts}) FILTER (WHERE _reason IS NOT NULL) AS _firsts"
    return (
        f"SELECT _reason, coalesce({in_period}, false) AS _in_period, "
        f"CAST({sql_ident(group_by)} AS VARCHAR) AS grp, CASE WHEN {in_period} THEN {day} END AS day, "
        f"{', '.join(fact_columns(requests))}{located} FROM ({canonical}) GROUP BY ALL"
    )


def _d(row: dict[str, Any], key: str) -> Decimal:
    value = row.get(key)
    return Decimal(0) if value is None else Decimal(str(value))


def _ratio(num: Decimal, den: Decimal, scale: int = 100) -> Decimal | None:
    return None if den == 0 else num * scale / den


def call_value(req: KpiRequest, row: dict[str, Any]) -> tuple[Decimal | None, Decimal, Decimal, str, dict[str, str]]:
    """(value, numerator, denominator, unit, details) of one call KPI from summed fact columns."""
    ans, ab = _d(row, "answered"), _d(row, "abandoned")
    details = {"answered": str(ans), "abandoned": str(ab), "ivr_abandoned": str(_d(row, "ivr_abandoned"))}
    if req.kpi == "service_level":
        return _service_level(req, row, details)
    if req.kpi == "asa":
        num, den = _d(row, "wait_ms") / 1000, _d(row, "n_wait")
        return _ratio(num, den, 1), num, den, "seconds", details
    if req.kpi == "aht":
        num, den = _d(row, "handle_ms") / 1000, _d(row, "n_handle")
        return _ratio(num, den, 1), num, den, "seconds", details
    if req.kpi == "abandon_rate":
        short = _d(row, f"ab_le_{req.short_seconds}") if req.short_seconds else Decimal(0)
        num, den = ab - short, ans + ab - short
        details["short_abandons"] = str(short)
        return _ratio(num, den), num, den, "percent", details
    # fcr
    num, den = _d(row, f"fcr_ok_{req.repeat_window_seconds}"), _d(row, "fcr_base")
    return _ratio(num, den), num, den, "percent", details


def _service_level(
    req: KpiRequest, row: dict[str, Any], details: dict[str, str]
) -> tuple[Decimal | None, Decimal, Decimal, str, dict[str, str]]:
    t, s = req.threshold_seconds, req.short_seconds
    ans, ab = _d(row, "answered"), _d(row, "abandoned")
    ans_t, ab_t = _d(row, f"ans_le_{t}"), _d(row, f"ab_le_{t}")
    ab_s = _d(row, f"ab_le_{s}") if s else Decimal(0)
    if req.ivr_abandons == "included":
        # Voice-menu hang-ups never waited for an agent: they enter as abandons with a zero wait.
        ivr = _d(row, "ivr_abandoned")
        ab, ab_t, ab_s = ab + ivr, ab_t + ivr, ab_s + ivr
    num, den = {
        "sl1": (ans_t + ab_t, ans + ab),
        "sl2": (ans_t, ans),
        "sl3": (ans_t, ans + ab),
        "sl4": (ans_t, ans + ab - ab_t),
        "sl5": (ans_t + ab_s, ans + ab),
        "sl6": (ans_t, ans + ab - ab_s),
    }[req.abandon_convention]
    details.update({"answered_within_T": str(ans_t), "abandoned_within_T": str(ab_t), "short_abandons": str(ab_s)})
    return _ratio(num, den), num, den, "percent", details
