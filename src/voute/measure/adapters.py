"""Source adapters: declarative column mappings from a source file onto a canonical record schema.

An adapter says, for each canonical field, which source column feeds it and how to read it (date format,
tokens meaning "missing", value recoding, date and time held in two columns, time-of-day logs that cross
midnight). It compiles to one DuckDB ``SELECT`` over ``read_csv``/``read_parquet``: records are never read one by
one in Python. A user writes the same mapping in YAML (see ``load_mapping`` and docs/measure.md).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from voute.errors import InputError, Location, Problem
from voute.measure.schemas import FieldType, RecordKind, schema

__all__ = ["Adapter", "FieldMap", "builtin_adapter", "builtin_adapter_names", "load_mapping", "sql_literal"]


def sql_literal(value: str) -> str:
    """Quote a text as a SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def sql_ident(name: str) -> str:
    """Quote a source column name (they may contain '+', spaces or accents)."""
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class FieldMap:
    """How one canonical field is read from the source.

    ``column`` names the source column. ``format`` is a strptime format for timestamps (``%d/%m/%Y %H:%M``).
    ``date_column`` holds the date when ``column`` holds only a time of day; ``next_day_after`` names a canonical
    timestamp this one cannot precede (a time-of-day log that crosses midnight gets one day added).
    ``missing`` lists source values that mean "empty"; ``values`` recodes source values (outcome codes, yes/no).
    ``constant`` fills the field with a fixed value and ``default`` fills only its empty cells; ``expr`` is a
    raw DuckDB expression over source columns, for built-in adapters and advanced users (it is trusted input,
    like any SQL the user writes).
    """

    column: str | None = None
    format: str | None = None
    date_column: str | None = None
    next_day_after: str | None = None
    missing: tuple[str, ...] = ()
    values: Mapping[str, str] = field(default_factory=dict)
    constant: str | None = None
    default: str | None = None
    expr: str | None = None

    def raw_sql(self, global_missing: Sequence[str]) -> str:
        """SQL for the source value before parsing (NULL when it is one of the 'missing' tokens)."""
        if self.expr is not None:
            base = f"({self.expr})"
        elif self.constant is not None:
            base = sql_literal(self.constant)
        elif self.column is not None:
            base = sql_ident(self.column)
        else:
            return "NULL"
        tokens = tuple(self.missing) + tuple(global_missing)
        if tokens:
            listed = ", ".join(sql_literal(t) for t in tokens)
            text = f"CAST({base} AS VARCHAR)"
            base = f"(CASE WHEN trim({text}) IN ({listed}) THEN NULL ELSE {base} END)"
        if self.values:
            cases = " ".join(f"WHEN {sql_literal(k)} THEN {sql_literal(v)}" for k, v in self.values.items())
            base = f"(CASE CAST({base} AS VARCHAR) {cases} ELSE CAST({base} AS VARCHAR) END)"
        if self.default is not None:
            base = f"coalesce(CAST({base} AS VARCHAR), {sql_literal(self.default)})"
        return base

    def parsed_sql(self, kind: FieldType, global_missing: Sequence[str], source_tz: str | None, tz: str) -> str:
        """SQL for the typed value (NULL when unparseable; the caller compares with ``raw_sql``)."""
        raw = self.raw_sql(global_missing)
        if kind is FieldType.timestamp:
            return _timestamp_sql(self, raw, global_missing, source_tz, tz)
        if kind is FieldType.text:
            return f"CAST({raw} AS VARCHAR)"
        return f"TRY_CAST({raw} AS {kind.sql_type})"

    def presence_sql(self, global_missing: Sequence[str]) -> str:
        """SQL that is true when the source holds a value for this field (so a NULL parse means 'unparseable')."""
        raw = self.raw_sql(global_missing)
        if self.date_column is not None:
            date_raw = FieldMap(column=self.date_column, missing=self.missing).raw_sql(global_missing)
            return f"({raw} IS NOT NULL AND {date_raw} IS NOT NULL)"
        return f"({raw} IS NOT NULL)"


def _timestamp_sql(fm: FieldMap, raw: str, global_missing: Sequence[str], source_tz: str | None, tz: str) -> str:
    if fm.date_column is not None:
        date_raw = FieldMap(column=fm.date_column, missing=fm.missing).raw_sql(global_missing)
        value = f"(TRY_CAST({date_raw} AS DATE) + TRY_CAST({raw} AS TIME))"
    elif fm.format is not None:
        value = f"try_strptime(CAST({raw} AS VARCHAR), {sql_literal(fm.format)})"
    else:
        value = f"TRY_CAST({raw} AS TIMESTAMP)"
    if source_tz and source_tz != tz:
        # Naive source time in its own zone -> instant -> naive wall-clock time of the measurement zone.
        value = f"timezone({sql_literal(tz)}, timezone({sql_literal(source_tz)}, {value}))"
    return value


@dataclass(frozen=True)
class Adapter:
    """A named mapping of one source format onto one record kind.

    ``lenient`` lets optional fields whose column is absent from the file stay empty (canonical files).
    ``event_log`` (tickets only) means the file has one row per status change: ticket-level fields are taken
    from each ticket's last row (ordered by ``event_order``) and ``status``/``status_at`` form its history.
    """

    name: str
    kind: RecordKind
    fields: Mapping[str, FieldMap]
    file_format: str = "auto"
    delimiter: str | None = None
    missing: tuple[str, ...] = ()
    source_timezone: str | None = None
    event_log: bool = False
    event_order: str | None = None
    lenient: bool = False

    def __post_init__(self) -> None:
        known = schema(self.kind)
        unknown = sorted(set(self.fields) - set(known))
        if unknown:
            raise InputError.single(f"adapter {self.name!r}: unknown field(s) {', '.join(unknown)} for {self.kind}")
        absent = [n for n, spec in known.items() if spec.required and n not in self.fields]
        if absent:
            raise InputError.single(f"adapter {self.name!r}: required field(s) not mapped: {', '.join(absent)}")


_TIME_FMT = "%d/%m/%Y %H:%M"


def _anonymous_bank() -> Adapter:
    zero = ("0:00:00", "00:00:00")
    return Adapter(
        name="anonymous-bank",
        kind=RecordKind.calls,
        file_format="csv",
        fields={
            # call_id alone repeats across voice-menu lines: the pair is the real key.
            "id": FieldMap(expr="CAST(\"vru+line\" AS VARCHAR) || '-' || CAST(call_id AS VARCHAR)"),
            "service": FieldMap(column="type"),
            "arrival": FieldMap(column="vru_entry", date_column="date"),
            "queue_entry": FieldMap(column="q_start", date_column="date", missing=zero, next_day_after="arrival"),
            "answer": FieldMap(column="ser_start", date_column="date", missing=zero, next_day_after="arrival"),
            "end": FieldMap(column="ser_exit", date_column="date", missing=zero, next_day_after="answer"),
            "outcome": FieldMap(
                column="outcome", values={"AGENT": "answered", "HANG": "abandoned", "PHANTOM": "excluded"}
            ),
            "wait_seconds": FieldMap(column="q_time"),
            "talk_seconds": FieldMap(column="ser_time"),
            "agent": FieldMap(column="server", missing=("NO_SERVER",)),
            "customer": FieldMap(column="customer_id", missing=("0", "0.0")),
        },
    )


def _servicenow() -> Adapter:
    return Adapter(
        name="servicenow",
        kind=RecordKind.tickets,
        file_format="csv",
        missing=("?",),
        event_log=True,
        event_order="sys_mod_count",
        fields={
            "id": FieldMap(column="number"),
            "service": FieldMap(column="assignment_group", default="(unassigned)"),
            "priority": FieldMap(column="priority"),
            "created": FieldMap(column="opened_at", format=_TIME_FMT),
            "resolved": FieldMap(column="resolved_at", format=_TIME_FMT),
            "closed": FieldMap(column="closed_at", format=_TIME_FMT),
            "reopened": FieldMap(column="reopen_count"),
            "customer": FieldMap(column="caller_id"),
            "status_at": FieldMap(column="sys_updated_at", format=_TIME_FMT),
            "status": FieldMap(column="incident_state"),
        },
    )


def _canonical(kind: RecordKind) -> Adapter:
    """Files already in the canonical schema (e.g. written by the synthetic generator)."""
    return Adapter(
        name=f"canonical-{kind.value}",
        kind=kind,
        fields={name: FieldMap(column=name) for name in schema(kind) if name not in ("status", "status_at")},
        lenient=True,
    )


_BUILTINS: dict[str, Callable[[], Adapter]] = {
    "anonymous-bank": _anonymous_bank,
    "servicenow": _servicenow,
    **{f"canonical-{k.value}": partial(_canonical, k) for k in RecordKind},
}


def builtin_adapter_names() -> list[str]:
    """Names accepted by ``builtin_adapter`` (and by ``voute measure --format``)."""
    return sorted(_BUILTINS)


def builtin_adapter(name: str) -> Adapter:
    """A built-in adapter by name: ``anonymous-bank``, ``servicenow`` or ``canonical-<kind>``."""
    try:
        return _BUILTINS[name]()
    except KeyError:
        raise InputError.single(
            f"unknown record format {name!r}; use one of {', '.join(builtin_adapter_names())} or a mapping .yaml"
        ) from None


_FIELD_KEYS = {"column", "format", "date_column", "next_day_after", "missing", "values", "constant", "default", "expr"}
_TOP_KEYS = {"name", "kind", "fields", "file_format", "delimiter", "missing", "timezone", "event_log", "event_order"}


def load_mapping(path: Path) -> Adapter:
    """Read a user's column mapping written in YAML (see docs/measure.md for the format).

    >>> # kind: calls
    >>> # fields: {id: call_id, service: queue, arrival: {column: start, format: "%d/%m/%Y %H:%M:%S"}}
    """
    where = Location(file=str(path))
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    except OSError as exc:
        raise InputError.single(f"cannot read the mapping: {exc.strerror}", where) from None
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = Location(str(path), None if line is None else line + 1)
        raise InputError.single(f"not valid YAML: {exc}", where) from None
    return adapter_from_dict(data, str(path))


def adapter_from_dict(data: Any, origin: str = "<mapping>") -> Adapter:
    """Build an adapter from the parsed YAML mapping; every problem names its key path."""
    problems: list[Problem] = []

    def bad(path: str, message: str) -> None:
        problems.append(Problem(Location(file=origin, path=path), message))

    if not isinstance(data, dict):
        raise InputError.single("a mapping must be a YAML dictionary with 'kind' and 'fields'", Location(origin))
    for key in sorted(set(data) - _TOP_KEYS):
        bad(key, f"unknown key; expected one of {', '.join(sorted(_TOP_KEYS))}")
    try:
        kind = RecordKind(str(data.get("kind", "")))
    except ValueError:
        bad("kind", f"expected one of {', '.join(k.value for k in RecordKind)}")
        kind = RecordKind.calls
    raw_fields = data.get("fields")
    fields: dict[str, FieldMap] = {}
    if not isinstance(raw_fields, dict):
        bad("fields", "expected a dictionary: canonical field -> source column or {column: ..., ...}")
    else:
        for name, spec in raw_fields.items():
            fm = _field_from_yaml(spec, f"fields.{name}", bad)
            if fm is not None:
                fields[str(name)] = fm
    if problems:
        raise InputError(problems)
    try:
        return Adapter(
            name=str(data.get("name", origin)),
            kind=kind,
            fields=fields,
            file_format=str(data.get("file_format", "auto")),
            delimiter=data.get("delimiter"),
            missing=tuple(str(m) for m in data.get("missing", ()) or ()),
            source_timezone=data.get("timezone"),
            event_log=bool(data.get("event_log", False)),
            event_order=data.get("event_order"),
        )
    except InputError as exc:
        raise InputError([Problem(Location(file=origin, path="fields"), p.message) for p in exc.problems]) from None


def _field_from_yaml(spec: Any, path: str, bad: Any) -> FieldMap | None:
    if isinstance(spec, str):
        return FieldMap(column=spec)
    if not isinstance(spec, dict):
        bad(path, "expected a column name or a dictionary")
        return None
    unknown = sorted(set(spec) - _FIELD_KEYS)
    if unknown:
        bad(path, f"unknown key(s) {', '.join(unknown)}; expected {', '.join(sorted(_FIELD_KEYS))}")
        return None
    values = spec.get("values") or {}
    if not isinstance(values, dict):
        bad(f"{path}.values", "expected a dictionary source value -> canonical value")
        return None
    return FieldMap(
        column=spec.get("column"),
        format=spec.get("format"),
        date_column=spec.get("date_column"),
        next_day_after=spec.get("next_day_after"),
        missing=tuple(str(m) for m in spec.get("missing", ()) or ()),
        values={str(k): str(v) for k, v in values.items()},
        constant=None if spec.get("constant") is None else str(spec["constant"]),
        default=None if spec.get("default") is None else str(spec["default"]),
        expr=spec.get("expr"),
    )
