"""``voute check`` and ``voute schema``."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from voute.cli.common import Lang, fail_input, write_atomic
from voute.errors import InputError


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"


def register(app: typer.Typer) -> None:
    app.command("check")(check_command)
    app.command("schema")(schema_command)


def check_command(
    contract: Path = typer.Argument(..., help="Contract file (YAML). / Fichier du contrat (YAML)."),
    lang: Lang = typer.Option(Lang.fr, "--lang", "-l", help="Report language: fr or en."),
    output_format: CheckFormat = typer.Option(CheckFormat.text, "--format", "-f", help="text, json or sarif."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report to this file."),
) -> None:
    """Check a contract against the checklist: the article's nine key points, GDPR, DORA and French law.

    Vérifie un contrat : les neuf points clés, le RGPD, DORA et le droit français. Exit status 0 when no
    error-severity finding, 1 when there is one, 2 when the file cannot be used.
    """
    import voute

    try:
        report = voute.check(contract, lang=lang.value)
    except InputError as error:
        raise fail_input(error, lang.value) from None
    if output_format is CheckFormat.text:
        from voute.cli.check_text import render_text

        text = render_text(report, to_file=output is not None)
    else:
        text = report.to_json() if output_format is CheckFormat.json else report.to_sarif()
    if output is not None:
        write_atomic(output, text + "\n")
    elif output_format is not CheckFormat.text:
        typer.echo(text)
    raise typer.Exit(1 if report.has_errors else 0)


def schema_command(
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the schema to this file."),
) -> None:
    """Print the JSON Schema of contract files, so your editor validates and completes them.

    Exporte le schéma JSON des fichiers de contrat (validation et complétion dans l'éditeur).
    """
    import voute

    text = json.dumps(voute.contract_schema(), ensure_ascii=False, indent=2)
    if output is not None:
        write_atomic(output, text + "\n")
    else:
        typer.echo(text)
