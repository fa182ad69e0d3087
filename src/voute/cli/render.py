"""``voute render``: the contract as a document ready to sign (DOCX, PDF or HTML, French or English)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from voute.cli.common import Lang, fail_input, write_atomic
from voute.errors import InputError, Location


class RenderFormat(StrEnum):
    docx = "docx"
    pdf = "pdf"
    html = "html"


def register(app: typer.Typer) -> None:
    app.command("render")(render_command)


def render_command(
    contract: Path = typer.Argument(..., help="Contract file (YAML). / Fichier du contrat (YAML)."),
    output_format: RenderFormat = typer.Option(
        RenderFormat.pdf, "--format", "-f", help="docx (Word), pdf or html. / Format du document."
    ),
    lang: Lang | None = typer.Option(
        None, "--lang", "-l", help="Document language, fr or en; the contract's own language by default."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Document to write; by default next to the contract (contrat.pdf)."
    ),
) -> None:
    """Write the contract as a document ready to sign: cover page, contents, numbered articles, annexes.

    Produit le contrat prêt à signer : page de garde, sommaire, articles numérotés et annexes (services,
    niveaux de service et pénalités, grille de prix, données personnelles, continuité, gouvernance, escalade,
    réversibilité). Une clause absente du contrat n'est pas imprimée. Exit status 0 when the document is
    written, 2 when the contract cannot be used.
    """
    import voute
    from voute.render import render

    message_lang = lang.value if lang else "fr"
    try:
        loaded = voute.load(contract)
        language = lang.value if lang else loaded.language.value
        target = output or _default_output(contract, output_format, lang)
        if target.resolve() == contract.resolve():
            raise InputError.single("the output would overwrite the contract itself", Location(str(target)))
        data = render(loaded, output_format.value, language)
    except InputError as error:
        raise fail_input(error, message_lang) from None
    write_atomic(target, data)
    typer.echo(str(target))


def _default_output(contract: Path, output_format: RenderFormat, lang: Lang | None) -> Path:
    """``contrat.yaml`` gives ``contrat.pdf``; with ``--lang en``, ``contrat.en.pdf``."""
    suffix = f".{lang.value}.{output_format.value}" if lang else f".{output_format.value}"
    return contract.with_name(contract.stem + suffix)
