"""``voute schedule``, ``voute due`` and ``voute breach``: the dates of a contract, what to do and when.

The library computes; this module reads the clock (for ``--today``), the files and the options, and prints.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from voute.cli.common import Lang, fail_input, write_atomic
from voute.errors import InputError, Location, Problem

if TYPE_CHECKING:
    from voute.calendar import Deadline, Schedule
    from voute.contract.model import Contract
    from voute.contract.values import Duration


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add the date commands to the ``voute`` application."""
    app.command("schedule")(schedule_command)
    app.command("due")(due_command)
    app.command("breach")(breach_command)


# --- option parsing -------------------------------------------------------------------------------------------

def _date(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise InputError.single(f"{option}: expected a date such as 2027-09-30 or 30/09/2027, got {text!r}")


def _moment(text: str | None, option: str, timezone: str) -> datetime | None:
    """An ISO date-time; without an offset it is read in the contract's time zone."""
    if text is None:
        return None
    from voute.calendar import zone

    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError.single(f"{option}: expected a date-time such as 2027-03-26T23:30, got {text!r}") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone(timezone))


def _duration(text: str, option: str) -> Duration:
    from voute.contract.values import parse_duration

    try:
        return parse_duration(text)
    except ValueError as error:
        raise InputError.single(f"{option}: {error}") from None


def _today(text: str | None, timezone: str = "Europe/Paris") -> date:
    given = _date(text, "--today")
    if given is not None:
        return given
    from voute.calendar import zone

    return datetime.now(zone(timezone)).date()


# --- voute schedule -------------------------------------------------------------------------------------------

def schedule_command(
    contract: Path = typer.Argument(..., help="Contract file (YAML). / Fichier du contrat (YAML)."),
    first: str | None = typer.Option(None, "--from", help="Show dates from this day (2027-01-01 or 01/01/2027)."),
    last: str | None = typer.Option(None, "--to", help="Show dates up to this day; also extends open renewals."),
    ics: Path | None = typer.Option(None, "--ics", help="Also write the dates to this iCalendar (.ics) file."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
    lang: Lang = typer.Option(Lang.fr, "--lang", "-l", help="Language: fr or en."),
    today: str | None = typer.Option(None, "--today", help="Pretend today is this day (default: today)."),
    postal_delay: str = typer.Option(
        "3 jours ouvrables", "--postal-delay",
        help="Time a letter takes to arrive, taken off notice limits counted from receipt ('0 jours' if you "
             "deliver by hand)."),
) -> None:
    """List every date that matters in a contract: start, end, renewals, notice limits, milestones, audits,
    committees, tests, price revisions, vigilance documents, exit.

    Liste toutes les dates utiles d'un contrat, avec ce qu'il faut faire et la clause d'origine. La situation
    du jour est dite en clair (par exemple : « le délai de préavis a expiré le ... »). Exit status 0, or 2 when
    the file cannot be used.
    """
    import voute
    from voute.calendar import schedule

    try:
        loaded = voute.load(contract)
        now = _today(today, loaded.timezone)
        start, end = _date(first, "--from"), _date(last, "--to")
        result = schedule(loaded, today=now, until=end, postal_delay=_duration(postal_delay, "--postal-delay"))
    except InputError as error:
        raise fail_input(error, lang.value) from None
    if ics is not None:
        _write_ics(ics, result.between(start, end), lang.value, result.timezone, result.reference)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(result.to_dict(lang.value, start, end), ensure_ascii=False, indent=2))
    else:
        _print_schedule(result, result.between(start, end), lang.value, now)


def _write_ics(path: Path, deadlines: list[Deadline], lang: str, timezone: str, name: str) -> None:
    from voute.calendar import to_ics, zone

    write_atomic(path, to_ics(deadlines, stamp=datetime.now(zone("UTC")), timezone=timezone, lang=lang, name=name))


_URGENCY_STYLE = {"critical": "bold red", "high": "yellow", "normal": ""}
_HEAD = {"fr": ("Date", "Échéance", "À faire", "Clause"), "en": ("Date", "Deadline", "What to do", "Clause")}


def _print_schedule(result: Schedule, deadlines: list[Deadline], lang: str, today: date) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(highlight=False)
    console.print(Text(f"{result.reference} — {result.title}", style="bold"))
    for situation in result.situation:
        console.print(Text(situation.text.get(lang), style=_URGENCY_STYLE[situation.urgency.value]))
    table = Table(show_lines=False)
    for header in _HEAD[lang]:
        table.add_column(header, overflow="fold")
    for deadline in deadlines:
        style = "dim" if deadline.day < today else _URGENCY_STYLE[deadline.urgency.value]
        table.add_row(_when(deadline), Text(deadline.title.get(lang), style=style), deadline.action.get(lang),
                      Text(deadline.source, style="dim"))
    console.print(table)


def _when(deadline: Deadline) -> str:
    return deadline.when.strftime("%Y-%m-%d %H:%M") if isinstance(deadline.when, datetime) else deadline.day.isoformat()


# --- voute due ------------------------------------------------------------------------------------------------

def due_command(
    paths: list[Path] = typer.Argument(..., help="Contract files or folders of *.yaml contracts."),
    within: str = typer.Option("30 jours", "--within", "-w", help="Window from today: 30d, 6 semaines, 3 mois..."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
    lang: Lang = typer.Option(Lang.fr, "--lang", "-l", help="Language: fr or en."),
    today: str | None = typer.Option(None, "--today", help="Pretend today is this day (default: today)."),
    ics: Path | None = typer.Option(None, "--ics", help="Also write these dates to an iCalendar (.ics) file."),
    postal_delay: str = typer.Option("3 jours ouvrables", "--postal-delay",
                                     help="Time a letter takes to arrive (see voute schedule)."),
) -> None:
    """What is due soon across all your contracts, most urgent first, with what to do.

    Échéances à venir de tous vos contrats, triées par date puis par gravité. Les contrats illisibles sont
    signalés (fichier, ligne, champ) sans empêcher les autres. Exit status: 0 when every contract was read,
    1 when some could not be read (the others are listed), 2 when none could be read.
    """
    from voute.calendar import add

    try:
        now = _today(today)
        window = _duration(within, "--within")
        end = add(now, window)
        delay = _duration(postal_delay, "--postal-delay")
    except (InputError, ValueError) as error:
        problem = error if isinstance(error, InputError) else InputError.single(f"--within: {error}")
        raise fail_input(problem, lang.value) from None
    files = _contract_files(paths)
    rows, situations, failures = _collect(files, now, end, delay)
    for failure in failures:
        _report_failure(failure, lang.value)
    if ics is not None:
        _write_ics(ics, [d for d, _ in rows], lang.value, "Europe/Paris", "Voute")
    if output_format is OutputFormat.json:
        typer.echo(json.dumps(_due_json(rows, situations, failures, now, end, lang.value), ensure_ascii=False,
                              indent=2))
    else:
        _print_due(rows, situations, now, end, lang.value)
    read = len(files) - len(failures)
    raise typer.Exit(2 if read == 0 else (1 if failures else 0))


_CONTRACT_KEY = re.compile(rb"^(reference|parties|term|schema_version)\s*:", re.MULTILINE)


def _looks_like_contract(path: Path) -> bool:
    """In a folder, other YAML files (record mappings, measurements) sit beside contracts: skip them."""
    try:
        with path.open("rb") as stream:
            return _CONTRACT_KEY.search(stream.read(65536)) is not None
    except OSError:
        return True  # let the loader report why it cannot be read


def _contract_files(paths: list[Path]) -> list[Path]:
    """Files given directly, and the contracts among *.yaml / *.yml under the folders given (hidden skipped)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = [p for p in sorted(path.rglob("*")) if p.suffix in (".yaml", ".yml") and p.is_file()
                     and not any(part.startswith(".") for part in p.relative_to(path).parts)
                     and _looks_like_contract(p)]
            files.extend(found)
        else:
            files.append(path)
    return files


def _collect(files: list[Path], today: date, end: date, delay: Duration) -> tuple[
        list[tuple[Deadline, Contract]], list[tuple[Any, Contract]], list[InputError]]:
    import voute
    from voute.calendar import Urgency, schedule

    rows: list[tuple[Deadline, Contract]] = []
    situations: list[tuple[Any, Contract]] = []
    failures: list[InputError] = []
    for file in files:
        try:
            contract = voute.load(file)
            result = schedule(contract, today=today, until=end, postal_delay=delay)
        except InputError as error:
            if not error.problems or error.problems[0].location.file is None:
                error = InputError([Problem(Location(str(file)), str(error))])
            failures.append(error)
            continue
        rows.extend((d, contract) for d in result.between(today, end))
        situations.extend((s, contract) for s in result.situation if s.urgency is Urgency.critical)
    rows.sort(key=lambda row: (row[0].day, row[0].urgency.rank, row[1].reference))
    return rows, situations, failures


def _report_failure(error: InputError, lang: str) -> None:
    head = "Contrat illisible :" if lang == "fr" else "Unreadable contract:"
    sys.stderr.write(head + "\n")
    for problem in error.problems:
        sys.stderr.write(f"  {problem}\n")


def _due_json(rows: list[tuple[Deadline, Contract]], situations: list[tuple[Any, Contract]],
              failures: list[InputError], today: date, end: date, lang: str) -> dict[str, Any]:
    return {
        "today": today.isoformat(),
        "until": end.isoformat(),
        "deadlines": [{**d.to_dict(lang), "days_left": (d.day - today).days, "file": c.source_file}
                      for d, c in rows],
        "alerts": [{"contract": c.reference, "file": c.source_file, "text": s.text.get(lang)} for s, c in situations],
        "unreadable": [[str(p) for p in f.problems] for f in failures],
    }


def _print_due(rows: list[tuple[Deadline, Contract]], situations: list[tuple[Any, Contract]], today: date,
               end: date, lang: str) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    for situation, contract in situations:
        console.print(Text(f"⚠ {contract.reference} : {situation.text.get(lang)}", style="bold red"))
    if not rows:
        console.print("Aucune échéance d'ici le " + end.isoformat() + "." if lang == "fr"
                      else f"Nothing due until {end.isoformat()}.")
    for deadline, contract in rows:
        left = (deadline.day - today).days
        when = (f"dans {left} j" if lang == "fr" else f"in {left} d") if left else (
            "aujourd'hui" if lang == "fr" else "today")
        console.print(Text.assemble((f"{_when(deadline)}  {when:>10}  ", _URGENCY_STYLE[deadline.urgency.value]),
                                    (f"{contract.reference}  ", "bold"), deadline.title.get(lang)))
        console.print(f"    {deadline.action.get(lang)}", markup=False)
        console.print(Text(f"    {contract.source_file} — {deadline.source}", style="dim"))


# --- voute breach ---------------------------------------------------------------------------------------------

def breach_command(
    contract: Path = typer.Argument(..., help="Contract file (YAML). / Fichier du contrat (YAML)."),
    detected: str = typer.Option(..., "--detected", help="When the provider detected the breach, e.g. "
                                 "2027-03-26T23:30 (contract's time zone unless an offset is given)."),
    informed: str | None = typer.Option(None, "--informed", help="When the provider told the client, if known."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="text or json."),
    lang: Lang = typer.Option(Lang.fr, "--lang", "-l", help="Language: fr or en."),
    ics: Path | None = typer.Option(None, "--ics", help="Also write the two clocks to an iCalendar (.ics) file."),
) -> None:
    """Personal data breach: the provider's contractual deadline and the client's 72 hours (GDPR art. 33).

    Violation de données personnelles : délai contractuel du prestataire et 72 heures du client pour notifier
    la CNIL. Exit status 0, or 2 when the file or a date cannot be used.
    """
    import voute
    from voute.calendar import breach_clocks

    try:
        loaded = voute.load(contract)
        found = _moment(detected, "--detected", loaded.timezone)
        told = _moment(informed, "--informed", loaded.timezone)
        assert found is not None
        clocks = breach_clocks(loaded, found, told)
    except InputError as error:
        raise fail_input(error, lang.value) from None
    if ics is not None:
        _write_ics(ics, clocks, lang.value, loaded.timezone, loaded.reference)
    if output_format is OutputFormat.json:
        typer.echo(json.dumps([c.to_dict(lang.value) for c in clocks], ensure_ascii=False, indent=2))
        return
    for clock in clocks:
        typer.echo(f"{_when(clock)}  {clock.title.get(lang.value)}")
        typer.echo(f"    {clock.action.get(lang.value)}")
