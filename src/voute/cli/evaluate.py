"""``voute evaluate``: service levels applied to a month: attainment, credits, penalties, with their formulas."""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from voute.cli.common import Lang, fail_input, write_atomic
from voute.errors import InputError, Location

if TYPE_CHECKING:
    from voute.contract.model import Contract
    from voute.sla import Evaluation, Month

HELP = """Évaluer un mois du contrat / evaluate a month of the contract: service levels met or missed, service
credits and penalties, caps, the shared at-risk amount, earn-back, repeated misses and milestone delays.

Every amount comes with its rule (service level or milestone), the measured value (numerator, denominator,
convention) and its formula written out with the numbers and the caps applied.

The measured values come from a measurements file (YAML or JSON, see examples/measurements-2027-03.yaml and
docs/sla.md): the value of each service level, the month's fees per service, the volumes, declared events
(force majeure...) and milestone delivery dates. They may also be measured from raw records (--records, with
--records-format); the file then still gives the fees.

Earlier months (in the same file under "periods:", or in --history files) are replayed oldest first: they
feed the 12-month cap, earn-back and repeated-miss rules.

Each level is judged on its own window (window: in the contract). A quarterly or yearly level is judged once,
in the last month of the quarter or year, on the whole window (records or months for all of it are needed;
otherwise it is "not judged: window incomplete"); earlier months show the value to date, without penalty. A
daily or weekly level is judged day by day or week by week, each missed day or week costing its penalty,
within the month's caps.

Examples:

  voute evaluate examples/contrat-complet.yaml --measurements examples/measurements-2027-03.yaml --period 2027-03

  voute evaluate contrat.yaml -m mars.yaml --history janvier-fevrier.yaml --period 2027-03 --format json

  voute evaluate contrat.yaml -m mars.yaml --records appels.csv --records-format anonymous-bank
  --records-service service_client --period 2027-03

Exit status 0 when every level is met or excluded, 1 when a level is missed or a penalty is due, 2 when an
input cannot be used (the message names the file, line and field)."""


class EvaluateFormat(StrEnum):
    text = "text"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add ``voute evaluate`` to the application."""
    app.command("evaluate", help=HELP)(evaluate_command)


def evaluate_command(
    contract: Path = typer.Argument(..., help="Contract file (YAML). / Fichier du contrat (YAML)."),
    period: str = typer.Option(..., "--period", "-p", help="Month to evaluate, e.g. 2027-03. / Mois évalué."),
    measurements: Path | None = typer.Option(
        None, "--measurements", "-m", help="Measured values, fees, volumes, events (YAML or JSON)."
    ),
    history: list[Path] = typer.Option(
        [], "--history", help="Earlier months in the same format as --measurements. Repeat for several files."
    ),
    records: list[Path] = typer.Option(
        [], "--records", "-r", help="Raw records (CSV, CSV.GZ, Parquet) to measure the levels from. For a "
        "quarterly or yearly level, give the records of the whole quarter or year so far."
    ),
    records_format: str | None = typer.Option(
        None, "--records-format", help="anonymous-bank, servicenow, canonical-calls, canonical-outbound, "
        "canonical-data_checks... or a mapping .yaml file."
    ),
    records_service: str | None = typer.Option(
        None, "--records-service", help="Contract service every record belongs to (when the records name none)."
    ),
    as_of: str | None = typer.Option(
        None, "--as-of", help="Date milestone delays are counted to (default: last day of the month)."
    ),
    lang: Lang = typer.Option(Lang.fr, "--lang", "-l", help="Report language: fr or en."),
    output_format: EvaluateFormat = typer.Option(EvaluateFormat.text, "--format", "-f", help="text or json."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report to this file."),
) -> None:
    """Evaluate a month: attainment, credits, penalties, caps, earn-back, chronic breaches, milestones."""
    try:
        evaluation, loaded = _run(contract, period, measurements, history, records, records_format,
                                  records_service, as_of)
    except InputError as error:
        raise fail_input(error, lang.value) from None
    if output_format is EvaluateFormat.json:
        text = json.dumps(evaluation.to_dict(), ensure_ascii=False, indent=2)
    else:
        from voute.sla.report import render_text

        text = render_text(evaluation, loaded, lang.value)
    if output is not None:
        write_atomic(output, text + "\n")
    else:
        typer.echo(text)
    missed = any(a.status.value == "missed" for a in evaluation.attainments)
    raise typer.Exit(1 if missed or evaluation.net_deduction > 0 else 0)


def _run(contract_path: Path, period: str, measurements: Path | None, history: list[Path], records: list[Path],
         records_format: str | None, records_service: str | None, as_of: str | None) -> tuple[Evaluation, Contract]:
    import voute
    from voute.sla import evaluate, load_measurements

    month = _month(period)
    if measurements is None and not records:
        raise InputError.single("give --measurements FILE, or --records FILE with --records-format",
                                Location(path="--measurements"))
    if records and records_format is None:
        raise InputError.single("--records needs --records-format (anonymous-bank, servicenow, mapping.yaml...)",
                                Location(path="--records-format"))
    contract = voute.load(contract_path)
    periods = [] if measurements is None else load_measurements(measurements, contract)
    for path in history:
        periods += load_measurements(path, contract)
    if records:
        from voute.sla.records import measure_from_records, merge_records

        assert records_format is not None
        measured = measure_from_records(contract, records, records_format, month, records_service)
        periods = merge_records(periods, month, measured)
    return evaluate(contract, periods, month, _date(as_of)), contract


def _month(text: str) -> Month:
    from voute.sla import Month

    try:
        return Month.parse(text)
    except ValueError:
        raise InputError.single(f"cannot read the month {text!r}; write it as 2027-03", Location(path="--period")) \
            from None


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError.single(f"cannot read the date {text!r}; write it as 2027-03-31", Location(path="--as-of")) \
            from None
