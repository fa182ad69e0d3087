"""``voute measure``: KPIs from raw records (calls, tickets, surveys, evaluations), with their provenance."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from voute.cli.common import Lang, fail_input, write_atomic
from voute.errors import InputError

if TYPE_CHECKING:
    from voute.measure import Adapter, KpiRequest, Measurements

HELP = """Mesurer le service à partir des enregistrements bruts / measure the service from raw records.

Reads call logs, ticket logs, surveys, quality evaluations, outbound call logs (telemarketing, appointment
setting) or data-quality checks (CSV, CSV.GZ or Parquet) and prints each KPI per service and period, with its
numerator, denominator, record count and the convention used.

Examples:

  voute measure --records appels.csv --format anonymous-bank --period 1999-02

  voute measure contrat.yaml --records appels.parquet --format canonical-calls --period 2027-03

  voute measure --records incidents.csv.gz --format servicenow --period 2016-03 --group-by priority

  voute measure --records appels-sortants.csv --format mapping-prospection.yaml --period 2027-03

Formats: anonymous-bank, servicenow, canonical-calls, canonical-tickets, canonical-surveys,
canonical-evaluations, canonical-outbound, canonical-data_checks, or a mapping file (.yaml) describing your
own columns (see docs/measure.md); a mapping recodes the provider's codes, e.g. outbound dispositions
{RDV: appointment, ARG: reached, NRP: not_reached}. Without a contract, the usual KPIs of the record kind are
measured (service level at --threshold under --convention, ASA, abandon rate, AHT; or resolution time, first
response time and backlog; CSAT and NPS; QA score; appointment rate = qualified appointments / reached
contacts; data quality rate = compliant records / records checked). Bad records are counted by reason, with
the first record numbers, never silently dropped.
Exit status 2 when the input cannot be used (unreadable file, no valid record, bad mapping)."""


def _adapter(fmt: str) -> Adapter:
    from voute.measure import builtin_adapter, load_mapping

    if fmt.lower().endswith((".yaml", ".yml")):
        return load_mapping(Path(fmt))
    return builtin_adapter(fmt)


def _default_requests(kind: str, threshold: int, convention: str) -> list[KpiRequest]:
    from voute.measure import KpiRequest

    if kind == "calls":
        return [
            KpiRequest("service_level", threshold_seconds=threshold, abandon_convention=convention),
            KpiRequest("asa"),
            KpiRequest("abandon_rate"),
            KpiRequest("aht"),
        ]
    if kind == "tickets":
        return [
            KpiRequest("first_response_time", threshold_seconds=threshold),
            KpiRequest("resolution_time", threshold_seconds=threshold),
            KpiRequest("backlog"),
        ]
    if kind == "surveys":
        return [KpiRequest("csat"), KpiRequest("nps")]
    if kind == "outbound":
        return [KpiRequest("appointment_rate")]
    if kind == "data_checks":
        return [KpiRequest("data_quality_rate")]
    return [KpiRequest("qa_score")]


def _contract_requests(contract: Path, kind: str) -> list[KpiRequest]:
    from voute.contract.loader import load
    from voute.measure.from_contract import requests_from_contract

    requests, skipped = requests_from_contract(load(contract))
    if skipped:
        sys.stderr.write(f"not measurable from records: {', '.join(skipped)}\n")
    matching = [r for r in requests if r.kind.value == kind]
    others = [r.label or r.kpi for r in requests if r.kind.value != kind]
    if others:
        sys.stderr.write(f"need other records than {kind}: {', '.join(others)}\n")
    if not matching:
        raise InputError.single(f"the contract has no service level measured from {kind} records")
    return matching


def _plain(value: Any) -> str:
    """A Decimal without trailing zeros nor exponent (1105449.000 -> 1105449)."""
    return format(value.normalize(), "f")


def _number(value: Any) -> str:
    return "-" if value is None else f"{value:.2f}"


def _bucket_label(first: date, end: date) -> str:
    """A bucket as a reader names it: ``2027-03`` (a whole month), ``2027-03-15`` (a day), ``2027-W10`` (a
    Monday-to-Sunday week), else ``first..last`` (a bucket clipped by the period)."""
    last = end - timedelta(days=1)
    if first.day == 1 and end.day == 1 and (end.month - first.month) % 12 == 1 and end > first:
        return f"{first:%Y-%m}"
    if first == last:
        return first.isoformat()
    if first.weekday() == 0 and (end - first).days == 7:
        year, week, _ = first.isocalendar()
        return f"{year}-W{week:02d}"
    return f"{first}..{last}"


_COLUMNS = {
    "fr": ("KPI", "service", "période", "valeur", "num. / dénom.", "enreg."),
    "en": ("KPI", "service", "period", "value", "num. / denom.", "records"),
}
_TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "records": "enregistrements : {rows} lus, {valid} retenus, {outside} hors période, {excluded} exclus",
        "first": "premiers", "excluded": "exclus", "kept": "gardés", "all": "tous services",
    },
    "en": {
        "records": "records: {rows} read, {valid} used, {outside} outside the period, {excluded} excluded",
        "first": "first", "excluded": "excluded", "kept": "kept", "all": "all services",
    },
}


def _print_text(m: Measurements, requests: Sequence[KpiRequest], lang: str = "fr") -> None:
    """The measurements as a table, then the convention of each KPI and the record counts, in ``lang``."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from voute.money import french_decimals

    words = _TEXT.get(lang, _TEXT["en"])
    colon = " : " if lang == "fr" else ": "
    console = Console()
    table = Table(title=f"{m.adapter}{colon}{m.period}")
    for index, col in enumerate(_COLUMNS.get(lang, _COLUMNS["en"])):
        right = index in (3, 5)
        table.add_column(col, justify="right" if right else "left", no_wrap=index in (0, 2, 3, 5), overflow="fold")
    stated = {request.label or request.kpi: request.convention(lang) for request in requests}
    conventions: dict[str, str] = {}
    for v in m.values:
        name = v.label or v.kpi
        conventions[name] = stated.get(name, v.convention)
        unit = {"percent": " %", "seconds": " s"}.get(v.unit, "")
        value = _number(v.rounded())
        table.add_row(
            name,
            words["all"] if v.service == "*" else v.service,
            _bucket_label(v.period_start.date(), v.period_end.date()),
            (french_decimals(value) if lang == "fr" else value) + unit,
            f"{_plain(v.numerator)} / {_plain(v.denominator)}",
            str(v.record_count),
        )
    console.print(table)
    for name, text in conventions.items():
        console.print(f"[bold]{escape(name)}[/bold]{colon}{escape(text)}")
    q = m.quality
    console.print(
        words["records"].format(rows=q.rows, valid=q.valid, outside=q.outside_period, excluded=q.excluded)
    )
    for r in q.reasons:
        where = f" ({words['first']}{colon}{', '.join(r.first_records)})" if r.first_records else ""
        console.print(f"  {r.reason}{colon}{r.count} {words['excluded'] if r.excluded else words['kept']}{where}")


def register(app: typer.Typer) -> None:
    """Add ``voute measure`` to the application."""

    @app.command("measure", help=HELP)
    def measure_command(
        contract: Path | None = typer.Argument(
            None, help="Contract (.yaml) whose service levels say what to measure (optional)."
        ),
        records: list[Path] = typer.Option(
            ..., "--records", "-r", help="Record file(s): CSV, CSV.GZ or Parquet. Repeat for several files."
        ),
        fmt: str = typer.Option(..., "--format", "-f", help="Built-in format name or a mapping .yaml file."),
        period: str = typer.Option(..., "--period", "-p", help="2027-03, 2027-W10, 2027-03-15, 2027 or A..B."),
        granularity: list[str] = typer.Option(
            ["month"], "--granularity", "-g", help="day, week or month; repeat for several."
        ),
        threshold: int = typer.Option(20, help="Without contract: service-level or ticket threshold, seconds."),
        convention: str = typer.Option("sl1", help="Without contract: abandon convention sl1..sl6."),
        group_by: str = typer.Option("service", help="Group by this record field (service, priority, agent)."),
        keep_anomalies: bool = typer.Option(
            False, help="Count suspicious records (negative durations, times out of order) instead of excluding them."
        ),
        output_format: str = typer.Option("text", "--output-format", help="text or json."),
        output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file instead of the screen."),
        lang: Lang = typer.Option(Lang.fr, "--lang", "-l", help="Language of the text report and messages: fr or en."),
    ) -> None:
        from rich.console import Console

        from voute.measure import Period, measure

        try:
            adapter = _adapter(fmt)
            kind = adapter.kind.value
            requests = (
                _contract_requests(contract, kind) if contract else _default_requests(kind, threshold, convention)
            )
            with Console(stderr=True).status("measuring...") as status:
                result = measure(
                    records,
                    adapter,
                    requests,
                    Period.parse(period),
                    granularity,
                    group_by=group_by,
                    anomalies="keep" if keep_anomalies else "exclude",
                    progress=lambda step: status.update(f"measuring: {step}..."),
                )
        except InputError as error:
            raise fail_input(error, lang.value) from None
        except ValueError as error:  # e.g. an unknown granularity name
            raise fail_input(InputError.single(str(error)), lang.value) from None
        if output_format == "json" or output is not None:
            text = json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
            if output is not None:
                write_atomic(output, text + "\n")
            else:
                typer.echo(text)
        else:
            _print_text(result, requests, lang.value)
