"""Realistic synthetic records, for examples, tests and benchmarks (seeded, vectorised with numpy).

Inbound calls (below), outbound calls of an appointment-setting campaign (``generate_outbound``) and quality
checks of a database (``generate_data_checks``), all in the canonical schemas.


Inbound arrivals follow an hourly and weekly profile with noise (Poisson counts on a gamma-perturbed rate). Each
interval is an M/M/N queue whose N is the staffing level: a call waits with the Erlang C probability, for an
exponential time whose rate is ``N/AHT - arrival rate``; callers have an exponential patience, and those whose
patience runs out first abandon. Abandons do not feed back into the load (a simplification that overstates
waits a little in overloaded intervals). Output is in the canonical call schema (adapter ``canonical-calls``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

__all__ = [
    "CallProfile",
    "CheckProfile",
    "OutboundProfile",
    "generate_calls",
    "generate_data_checks",
    "generate_outbound",
    "write_calls",
    "write_data_checks",
    "write_outbound",
    "write_tables",
]

# Share of a day's calls in each hour (08:00 to 19:59), a classic two-hump contact-centre curve.
_HOURLY = (0.06, 0.11, 0.12, 0.11, 0.08, 0.07, 0.09, 0.10, 0.09, 0.08, 0.05, 0.04)
_WEEKDAY = (1.25, 1.05, 1.0, 1.0, 0.95, 0.35, 0.0)  # Monday busiest, Saturday morning only, Sunday closed


@dataclass(frozen=True)
class CallProfile:
    """Parameters of the synthetic centre.

    Staffing follows the square-root rule ``N = A + beta * sqrt(A)`` (A = offered load in Erlangs): the same
    ``staffing_beta`` gives a similar service level at any volume; lower it to understaff.
    """

    calls_per_day: float = 3000.0
    services: Sequence[tuple[str, float]] = field(
        default_factory=lambda: (("customer_service", 0.6), ("technical_support", 0.3), ("after_sales", 0.1))
    )
    aht_seconds: float = 240.0
    staffing_beta: float = 0.7
    patience_seconds: float = 150.0
    noise: float = 0.15
    customers: int = 50_000
    first_hour: int = 8


def _choices(weighted: Sequence[tuple[str, float]]) -> tuple[Any, Any]:
    """The names of ``(name, weight)`` pairs and their weights as shares summing to 1 (numpy arrays)."""
    import numpy as np

    return np.array([name for name, _ in weighted]), np.array([w for _, w in weighted]) / sum(w for _, w in weighted)


def _erlang_c(n: Any, a: Any) -> Any:
    """Erlang C waiting probability for arrays of agents ``n`` and offered load ``a`` (Erlangs)."""
    import numpy as np

    out = np.ones_like(a, dtype=float)
    for i, (servers, load) in enumerate(zip(n.tolist(), a.tolist(), strict=True)):
        if load <= 0:
            out[i] = 0.0
            continue
        if servers <= load:
            continue
        b = 1.0
        for k in range(1, int(servers) + 1):
            b = load * b / (k + load * b)
        out[i] = servers * b / (servers - load * (1 - b))
    return out


def generate_calls(first_day: date, days: int, profile: CallProfile | None = None, seed: int = 7) -> Iterator[Any]:
    """Yield one pyarrow Table per day of canonical call records."""
    import numpy as np

    p = profile or CallProfile()
    rng = np.random.default_rng(seed)
    next_id = 1
    names, shares = _choices(p.services)
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        table = _one_day(rng, day, p, names, shares, next_id)
        if table is not None:
            next_id += table.num_rows
            yield table


def _one_day(rng: Any, day: date, p: CallProfile, names: Any, shares: Any, next_id: int) -> Any:
    import numpy as np
    import pyarrow as pa

    factor = _WEEKDAY[day.weekday()]
    hours = np.arange(len(_HOURLY))
    if day.weekday() == 5:
        hours = hours[1:5]  # Saturday 09:00-13:00
    if factor == 0 or len(hours) == 0:
        return None
    rate = p.calls_per_day * factor * np.array(_HOURLY)[hours] * rng.gamma(1 / p.noise**2, p.noise**2, len(hours))
    counts = rng.poisson(rate)
    load = rate * p.aht_seconds / 3600.0
    agents = np.maximum(1, np.ceil(load + p.staffing_beta * np.sqrt(load))).astype(int)
    pw = _erlang_c(agents, load)
    # Waiting-time rate of an M/M/N queue; an overloaded hour gets a slow, long-wait queue instead of infinity.
    mu = np.maximum(agents / p.aht_seconds - rate / 3600.0, 1 / 600.0)
    hour_of = np.repeat(hours, counts)
    n = int(counts.sum())
    start = datetime.combine(day, datetime.min.time()) + timedelta(hours=p.first_hour)
    arrival_s = hour_of * 3600.0 + rng.uniform(0, 3600, n)
    ivr = rng.uniform(15, 60, n)
    waits = np.where(rng.random(n) < pw[np.searchsorted(hours, hour_of)], rng.exponential(1, n), 0.0)
    waits = np.round(waits / mu[np.searchsorted(hours, hour_of)])
    patience = np.round(rng.exponential(p.patience_seconds, n))
    answered = waits <= patience
    ivr_hangup = rng.random(n) < 0.03
    talk = np.round(rng.gamma(2.0, p.aht_seconds * 0.8 / 2.0, n))
    acw = np.round(rng.gamma(2.0, p.aht_seconds * 0.2 / 2.0, n))
    base = np.datetime64(start, "s")
    arrival = base + arrival_s.astype("timedelta64[s]")
    queue_entry = arrival + ivr.astype("timedelta64[s]")
    wait_eff = np.where(answered, waits, patience)
    leave = queue_entry + wait_eff.astype("timedelta64[s]")
    outcome = np.where(ivr_hangup, "ivr_abandoned", np.where(answered, "answered", "abandoned"))
    is_ans = outcome == "answered"
    customer = rng.integers(1, p.customers, n)
    order = np.argsort(arrival, kind="stable")
    cols = {
        "id": np.arange(next_id, next_id + n, dtype=np.int64),
        "service": names[rng.choice(len(names), n, p=shares)],
        "arrival": arrival,
        "queue_entry": np.where(ivr_hangup, np.datetime64("NaT"), queue_entry),
        "answer": np.where(is_ans, leave, np.datetime64("NaT")),
        "end": np.where(is_ans, leave + talk.astype("timedelta64[s]"), np.datetime64("NaT")),
        "abandon": np.where(outcome == "abandoned", leave, np.datetime64("NaT")),
        "outcome": outcome,
        "wait_seconds": np.where(ivr_hangup, np.nan, wait_eff),
        "talk_seconds": np.where(is_ans, talk, np.nan),
        "hold_seconds": np.where(is_ans, 0.0, np.nan),
        "acw_seconds": np.where(is_ans, acw, np.nan),
        "agent": np.char.add("A", (rng.integers(1, max(2, int(agents.max()) + 1), n)).astype(str)),
        "customer": customer.astype(str),
    }
    arrays = {}
    for name, values in cols.items():
        values = values[order]
        if name in ("service", "outcome", "agent"):
            arrays[name] = pa.array(values).dictionary_encode()
        elif values.dtype.kind == "f":
            arrays[name] = pa.array(values, from_pandas=True)
        else:
            arrays[name] = pa.array(values)
    return pa.table(arrays)


def write_calls(path: Path, first_day: date, days: int, profile: CallProfile | None = None, seed: int = 7) -> int:
    """Write a Parquet (``.parquet``) or CSV file of synthetic calls atomically; returns the number of calls."""
    return write_tables(path, generate_calls(first_day, days, profile, seed))


def write_tables(path: Path, tables: Iterator[Any]) -> int:
    """Write pyarrow tables of one schema to a Parquet (``.parquet``) or CSV file atomically; returns the rows."""
    import os
    import tempfile

    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    total = 0
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        writer: Any = None
        for table in tables:
            total += table.num_rows
            if path.suffix == ".parquet":
                writer = writer or pq.ParquetWriter(tmp, table.schema, compression="zstd")
                writer.write_table(table)
            else:
                plain = table.cast(_plain_schema(table.schema))
                if writer is None:
                    writer = pacsv.CSVWriter(tmp, plain.schema)
                writer.write_table(plain)
        if writer is not None:
            writer.close()
        os.chmod(tmp, 0o644)  # mkstemp creates private files; a data file is meant to be shared
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return total


def _plain_schema(schema: Any) -> Any:
    import pyarrow as pa

    return pa.schema([pa.field(f.name, pa.string() if pa.types.is_dictionary(f.type) else f.type) for f in schema])


def expected_agents(calls_per_hour: float, aht_seconds: float) -> int:
    """Agents needed to carry the load at all (the Erlang load rounded up): a sanity figure for examples."""
    return math.ceil(calls_per_hour * aht_seconds / 3600.0)


@dataclass(frozen=True)
class OutboundProfile:
    """An appointment-setting campaign: calls per working day and the share of each disposition.

    Shares are of all attempts; ``unqualified`` is the share of booked appointments that fail the agreed
    qualification criteria (they count as reached, not as appointments).
    """

    calls_per_day: float = 400.0
    services: Sequence[tuple[str, float]] = field(default_factory=lambda: (("prospection", 1.0),))
    dispositions: Sequence[tuple[str, float]] = field(default_factory=lambda: (
        ("not_reached", 0.55), ("reached", 0.2), ("refused", 0.12), ("appointment", 0.06),
        ("wrong_number", 0.04), ("callback", 0.03)))
    unqualified: float = 0.15
    contacts: int = 5000


def generate_outbound(first_day: date, days: int, profile: OutboundProfile | None = None,
                      seed: int = 7) -> Iterator[Any]:
    """Yield one pyarrow Table per working day of canonical outbound call records (Monday to Friday)."""
    import numpy as np
    import pyarrow as pa

    p = profile or OutboundProfile()
    rng = np.random.default_rng(seed)
    names, shares = _choices(p.services)
    kinds, weights = _choices(p.dispositions)
    next_id = 1
    for day in (first_day + timedelta(days=i) for i in range(days)):
        n = int(rng.poisson(p.calls_per_day)) if day.weekday() < 5 else 0
        if n == 0:
            continue
        start = np.datetime64(datetime.combine(day, datetime.min.time()) + timedelta(hours=9), "s")
        disposition = kinds[rng.choice(len(kinds), n, p=weights)]
        appointment = disposition == "appointment"
        passes = rng.random(n) >= p.unqualified
        qualified = [bool(q) if a else None for a, q in zip(appointment.tolist(), passes.tolist(), strict=True)]
        yield pa.table({
            "id": pa.array(np.arange(next_id, next_id + n, dtype=np.int64)),
            "service": pa.array(names[rng.choice(len(names), n, p=shares)]),
            "called_at": pa.array(np.sort(start + rng.uniform(0, 9 * 3600, n).astype("timedelta64[s]"))),
            "disposition": pa.array(disposition),
            "contact": pa.array(np.char.add("P", rng.integers(1, p.contacts, n).astype(str))),
            "qualified": pa.array(qualified, type=pa.bool_()),
            "agent": pa.array(np.char.add("A", rng.integers(1, 12, n).astype(str))),
        })
        next_id += n


@dataclass(frozen=True)
class CheckProfile:
    """Quality checks of a database: records checked per working day, compliance, and the rules failed."""

    checks_per_day: float = 200.0
    services: Sequence[tuple[str, float]] = field(default_factory=lambda: (("fichier_clients", 1.0),))
    compliant: float = 0.96
    rules: Sequence[str] = ("email_format", "postal_address", "duplicate_contact", "missing_consent")


def generate_data_checks(first_day: date, days: int, profile: CheckProfile | None = None,
                         seed: int = 7) -> Iterator[Any]:
    """Yield one pyarrow Table per working day of canonical data-check records."""
    import numpy as np
    import pyarrow as pa

    p = profile or CheckProfile()
    rng = np.random.default_rng(seed)
    names, shares = _choices(p.services)
    rules = np.array(list(p.rules))
    next_id = 1
    for day in (first_day + timedelta(days=i) for i in range(days)):
        n = int(rng.poisson(p.checks_per_day)) if day.weekday() < 5 else 0
        if n == 0:
            continue
        start = np.datetime64(datetime.combine(day, datetime.min.time()) + timedelta(hours=9), "s")
        compliant = rng.random(n) < p.compliant
        picked = rules[rng.integers(0, len(rules), n)].tolist()
        failed = [None if ok else rule for ok, rule in zip(compliant.tolist(), picked, strict=True)]
        yield pa.table({
            "id": pa.array(np.char.add("R", np.arange(next_id, next_id + n).astype(str))),
            "service": pa.array(names[rng.choice(len(names), n, p=shares)]),
            "checked_at": pa.array(np.sort(start + rng.uniform(0, 8 * 3600, n).astype("timedelta64[s]"))),
            "compliant": pa.array(compliant),
            "failed_rule": pa.array(failed, type=pa.string()),
        })
        next_id += n


def write_outbound(path: Path, first_day: date, days: int, profile: OutboundProfile | None = None,
                   seed: int = 7) -> int:
    """Write synthetic outbound calls (adapter ``canonical-outbound``); returns the number of calls."""
    return write_tables(path, generate_outbound(first_day, days, profile, seed))


def write_data_checks(path: Path, first_day: date, days: int, profile: CheckProfile | None = None,
                      seed: int = 7) -> int:
    """Write synthetic data checks (adapter ``canonical-data_checks``); returns the number of checks."""
    return write_tables(path, generate_data_checks(first_day, days, profile, seed))
