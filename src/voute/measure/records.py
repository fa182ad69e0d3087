"""Reading records: source files -> typed canonical columns -> one problem reason per row (SQL only).

The chain is three nested ``SELECT``s that DuckDB streams: the raw source (``read_csv``/``read_parquet``),
the parsed fields of the adapter, then derived fields (call outcome, wait, handle time) and ``_reason``: the
first problem of the row, or NULL for a clean record. Nothing here loads rows into Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from voute.errors import Location, RecordsError
from voute.measure.adapters import Adapter, FieldMap, sql_ident, sql_literal
from voute.measure.schemas import CALL_OUTCOMES, DISPOSITIONS, TIME_FIELD, FieldType, RecordKind, schema

__all__ = ["ANOMALIES", "DUP_IDS", "RecordSource"]

ANOMALIES = frozenset(
    {
        "negative_duration",
        "answer_before_arrival",
        "queue_entry_before_arrival",
        "end_before_answer",
        "first_response_before_created",
        "resolved_before_created",
    }
)
"""Reasons that make a record suspicious rather than unusable: ``anomalies='keep'`` counts them in KPIs."""

_CSV_SUFFIXES = (".csv", ".csv.gz", ".txt", ".tsv", ".txt.gz", ".tsv.gz", ".gz")
_REJECTS = "voute_rejects"
DUP_IDS = "voute_dup_ids"
"""Temporary table of the ids held by more than one record (filled by the engine when there are any)."""


def _file_format(paths: Sequence[Path], declared: str) -> str:
    if declared in ("csv", "parquet"):
        return declared
    kinds = {"parquet" if p.name.lower().endswith((".parquet", ".pq")) else "csv" for p in paths}
    if len(kinds) > 1:
        raise RecordsError.single("mixing CSV and Parquet files in one measurement is not supported")
    return kinds.pop()


@dataclass
class RecordSource:
    """The records of one adapter over some files, as SQL views on a DuckDB connection."""

    con: Any
    paths: tuple[Path, ...]
    adapter: Adapter
    timezone: str = "Europe/Paris"
    services: frozenset[str] | None = None

    def __post_init__(self) -> None:
        for path in self.paths:
            if not path.is_file():
                raise RecordsError.single("file not found", Location(file=str(path)))
        self.format = _file_format(self.paths, self.adapter.file_format)
        self.fields: dict[str, FieldMap] = dict(self.adapter.fields)
        self._check_columns()

    # -- layer 0: the raw source ------------------------------------------------------------------------
    def source_sql(self, paths: Sequence[Path] | None = None, rejects: str | None = _REJECTS) -> str:
        """``read_csv``/``read_parquet`` over the files (CSV read as text so bad values are caught, not fatal)."""
        listed = "[" + ", ".join(sql_literal(str(p)) for p in (paths or self.paths)) + "]"
        if self.format == "parquet":
            return f"read_parquet({listed})"
        opts = ["header=true", "all_varchar=true"]
        # A fixed delimiter: DuckDB's sniffer can be misled by a few ragged lines in a small file.
        tab = all(p.name.lower().endswith((".tsv", ".tsv.gz")) for p in self.paths)
        delimiter = self.adapter.delimiter or ("\t" if tab else ",")
        opts.append(f"delim={sql_literal(delimiter)}")
        if rejects:
            # Malformed lines are skipped and listed in a table instead of failing the whole scan.
            opts.append(f"store_rejects=true, rejects_table='{rejects}', rejects_scan='{rejects}_scan'")
        return f"read_csv({listed}, {', '.join(opts)})"

    def _check_columns(self) -> None:
        try:
            source = self.source_sql(rejects=_REJECTS + "_describe")
            described = self.con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()
        except Exception as exc:  # DuckDB raises many error types; the message names the problem
            where = Location(file=str(self.paths[0]))
            raise RecordsError.single(f"cannot read the records: {_short(exc)}", where) from None
        columns = {row[0] for row in described}
        self.column_types: dict[str, str] = {row[0]: str(row[1]) for row in described}
        missing: list[str] = []
        required = {n for n, spec in schema(self.adapter.kind).items() if spec.required}
        for name, fm in self.adapter.fields.items():
            for col in (fm.column, fm.date_column):
                if col is not None and col not in columns and fm.expr is None:
                    if self.adapter.lenient and name not in required:
                        del self.fields[name]  # canonical files may omit optional columns
                    else:
                        missing.append(f"{name} <- {col!r}")
        if missing:
            raise RecordsError.single(
                f"the {self.adapter.name} mapping needs column(s) absent from the file: {'; '.join(missing)}. "
                f"Columns found: {', '.join(sorted(columns))}",
                Location(file=str(self.paths[0]), line=1),
            )

    # -- layer 1: parsed fields -------------------------------------------------------------------------
    def parsed_sql(self, paths: Sequence[Path] | None = None, numbered: bool = False) -> str:
        """Typed canonical fields plus ``_has_<field>`` flags (the source held a value).

        ``numbered`` adds ``_file`` (index in ``paths``) and ``_record`` (1 = first data row of that file).
        """
        chosen = list(paths or self.paths)
        if numbered and self.format == "csv" and len(chosen) > 1:
            # CSV rows are numbered by a window over the scan in file order: one scan per file, then together.
            return " UNION ALL ".join(
                f"SELECT * REPLACE ({i} AS _file) FROM ({self.parsed_sql([p], numbered=True)})"
                for i, p in enumerate(chosen)
            )
        specs = schema(self.adapter.kind)
        cols: list[str] = []
        for name, spec in specs.items():
            fm = self.fields.get(name)
            if fm is None:
                cols.append(f"CAST(NULL AS {spec.type.sql_type}) AS {sql_ident(name)}")
                cols.append(f"false AS {sql_ident('_has_' + name)}")
                continue
            if self._already_typed(fm, spec.type):
                # A typed (Parquet) column needs no parsing, and cannot hold an unparseable value.
                cols.append(f"{sql_ident(fm.column or '')} AS {sql_ident(name)}")
                cols.append(f"false AS {sql_ident('_has_' + name)}")
                continue
            cols.append(f"{self._parse(fm, spec.type)} AS {sql_ident(name)}")
            cols.append(f"{fm.presence_sql(self.adapter.missing)} AS {sql_ident('_has_' + name)}")
        if self.adapter.event_order:
            cols.append(f"TRY_CAST({sql_ident(self.adapter.event_order)} AS BIGINT) AS _event_order")
        if numbered and self.format == "parquet":
            # Parquet knows each row's file and position: numbering costs nothing and keeps the scan parallel.
            cols.append("file_index AS _file, file_row_number + 1 AS _record")
        elif numbered:
            cols.append("0 AS _file, row_number() OVER () AS _record")
        source = self.source_sql(paths, rejects=_REJECTS + "_diag" if numbered else _REJECTS)
        return f"SELECT {', '.join(cols)} FROM {source}"

    def _already_typed(self, fm: FieldMap, kind: FieldType) -> bool:
        plain = fm.column is not None and not (fm.expr or fm.format or fm.date_column or fm.values or fm.missing)
        if not plain or self.adapter.missing or fm.default is not None or self.adapter.source_timezone:
            return False
        return self.column_types.get(fm.column or "") == kind.sql_type

    def _parse(self, fm: FieldMap, kind: FieldType) -> str:
        if kind is FieldType.text and not fm.values:
            return fm.raw_sql(self.adapter.missing)  # keep the source type: ids stay integers, no cast cost
        return fm.parsed_sql(kind, self.adapter.missing, self.adapter.source_timezone, self.timezone)

    # -- layer 2: derived fields and the problem reason -------------------------------------------------
    def canonical_sql(self, paths: Sequence[Path] | None = None, numbered: bool = False, dedup: bool = False) -> str:
        """Canonical records with derived fields and ``_reason`` (NULL = clean)."""
        kind = self.adapter.kind
        # Parquet positions cost nothing: they make the ranking of an id's rows with the same time repeatable.
        numbered = numbered or (dedup and self.format == "parquet")
        inner = self._wrapped(self.parsed_sql(paths, numbered))
        derived = _DERIVED[kind](self)
        reasons = self._reasons()
        dup = ""
        if dedup:
            inner = self._ranked(inner, numbered)
            dup = "WHEN _later THEN 'duplicate' "
        return f"SELECT *, CASE {reasons} {dup}END AS _reason FROM (SELECT *{derived} FROM ({inner}))"

    def _ranked(self, inner: str, numbered: bool) -> str:
        """Rows plus ``_later``: true for the second and later rows (by time) of an id listed in ``DUP_IDS``.

        Only the rows of repeated ids go through the window (a sort of every row by id would cost more
        than the whole measurement); the others are streamed through unchanged. Rows of one id with the same
        time are ranked in file order when the rows are numbered, else in no particular order.
        """
        order = sql_ident(TIME_FIELD[self.adapter.kind]) + (", _file, _record" if numbered else "")
        listed = f"(SELECT id FROM {DUP_IDS})"
        return (
            f"SELECT *, false AS _later FROM ({inner}) WHERE id IS NULL OR id NOT IN {listed} UNION ALL "
            f"SELECT *, row_number() OVER (PARTITION BY id ORDER BY {order}) > 1 AS _later "
            f"FROM ({inner}) WHERE id IN {listed}"
        )

    def _wrapped(self, parsed: str) -> str:
        """Time-of-day logs crossing midnight: add a day when a time precedes the one it must follow.

        Only a gap of more than 12 hours is a midnight crossing; a few seconds early is a clock skew that the
        anomaly checks must still see.
        """
        fixes = []
        for name, fm in self.fields.items():
            if fm.next_day_after:
                ref = sql_ident(fm.next_day_after)
                col = sql_ident(name)
                late = f"{col} < {ref} - INTERVAL 12 HOUR"
                fixes.append(f"CASE WHEN {late} THEN {col} + INTERVAL 1 DAY ELSE {col} END AS {col}")
        if not fixes:
            return parsed
        # Order matters (end follows answer which follows arrival): apply one fix per nesting level.
        sql = parsed
        for fix in fixes:
            sql = f"SELECT * REPLACE ({fix}) FROM ({sql})"
        return sql

    def _reasons(self) -> str:
        kind = self.adapter.kind
        whens = [
            "WHEN id IS NULL THEN 'missing_id'",
            "WHEN service IS NULL THEN 'missing_service'",
        ]
        for name, spec in schema(kind).items():
            if name in self.fields and spec.type not in (FieldType.text,):
                if self._already_typed(self.fields[name], spec.type):
                    continue
                has = sql_ident("_has_" + name)
                whens.append(f"WHEN {has} AND {sql_ident(name)} IS NULL THEN 'unparseable_{name}'")
        time_field = sql_ident(TIME_FIELD[kind])
        whens.append(f"WHEN {time_field} IS NULL THEN 'missing_{TIME_FIELD[kind]}'")
        whens.extend(_KIND_REASONS[kind](self))
        if self.services is not None:
            listed = ", ".join(sql_literal(s) for s in sorted(self.services))
            whens.append(f"WHEN CAST(service AS VARCHAR) NOT IN ({listed}) THEN 'unknown_service'")
        whens.extend(_KIND_ANOMALIES[kind])
        return " ".join(whens)


def _short(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0][:300]


def _call_derived(src: RecordSource) -> str:
    fields = src.fields
    if "outcome" in fields:
        outcome = "outcome"
        if "queue_entry" in fields:
            # An abandon that never reached the queue is a hang-up in the voice menu, not a queue abandon.
            outcome = (
                "CASE WHEN outcome = 'abandoned' AND queue_entry IS NULL AND coalesce(wait_seconds, 0) = 0 "
                "THEN 'ivr_abandoned' ELSE outcome END"
            )
    else:
        outcome = (
            "CASE WHEN coalesce(callback, false) THEN 'callback' WHEN answer IS NOT NULL THEN 'answered' "
            "WHEN queue_entry IS NOT NULL THEN 'abandoned' ELSE 'ivr_abandoned' END"
        )
    wait = (
        "coalesce(wait_seconds, date_diff('millisecond', queue_entry, coalesce(answer, abandon, \"end\")) / 1000.0, "
        "CASE WHEN answer IS NOT NULL AND queue_entry IS NULL THEN 0.0 END)"
    )
    talk = "coalesce(talk_seconds, date_diff('millisecond', answer, \"end\") / 1000.0)"
    return (
        f" REPLACE ({outcome} AS outcome, {wait} AS wait_seconds, {talk} AS talk_seconds), "
        f"{talk} + coalesce(hold_seconds, 0) + coalesce(acw_seconds, 0) AS handle_seconds"
    )


def _no_derived(src: RecordSource) -> str:
    return ""


_DERIVED = {
    RecordKind.calls: _call_derived,
    RecordKind.tickets: _no_derived,
    RecordKind.surveys: _no_derived,
    RecordKind.evaluations: _no_derived,
    RecordKind.outbound: _no_derived,
    RecordKind.data_checks: _no_derived,
}


def _call_reasons(src: RecordSource) -> list[str]:
    listed = ", ".join(sql_literal(o) for o in CALL_OUTCOMES)
    return [f"WHEN outcome IS NULL OR outcome NOT IN ({listed}) THEN 'unknown_outcome'"]


def _survey_reasons(src: RecordSource) -> list[str]:
    return [
        "WHEN csat IS NOT NULL AND csat < 0 THEN 'out_of_range_csat'",
        "WHEN nps IS NOT NULL AND (nps < 0 OR nps > 10) THEN 'out_of_range_nps'",
    ]


def _evaluation_reasons(src: RecordSource) -> list[str]:
    return ["WHEN score IS NULL THEN 'missing_score'", "WHEN score < 0 OR score > 100 THEN 'out_of_range_score'"]


def _outbound_reasons(src: RecordSource) -> list[str]:
    listed = ", ".join(sql_literal(d) for d in DISPOSITIONS)
    return [
        "WHEN disposition IS NULL THEN 'missing_disposition'",
        f"WHEN disposition NOT IN ({listed}) THEN 'unknown_disposition'",
    ]


def _data_check_reasons(src: RecordSource) -> list[str]:
    return ["WHEN compliant IS NULL THEN 'missing_compliant'"]


def _none(src: RecordSource) -> list[str]:
    return []


_KIND_REASONS = {
    RecordKind.calls: _call_reasons,
    RecordKind.tickets: _none,
    RecordKind.surveys: _survey_reasons,
    RecordKind.evaluations: _evaluation_reasons,
    RecordKind.outbound: _outbound_reasons,
    RecordKind.data_checks: _data_check_reasons,
}

_KIND_ANOMALIES: dict[RecordKind, list[str]] = {
    RecordKind.calls: [
        "WHEN wait_seconds < 0 OR talk_seconds < 0 OR hold_seconds < 0 OR acw_seconds < 0 THEN 'negative_duration'",
        "WHEN answer < arrival THEN 'answer_before_arrival'",
        "WHEN queue_entry < arrival THEN 'queue_entry_before_arrival'",
        "WHEN \"end\" < answer THEN 'end_before_answer'",
    ],
    RecordKind.tickets: [
        "WHEN first_response < created THEN 'first_response_before_created'",
        "WHEN resolved < created THEN 'resolved_before_created'",
    ],
    RecordKind.surveys: [],
    RecordKind.evaluations: [],
    RecordKind.outbound: [],
    RecordKind.data_checks: [],
}
