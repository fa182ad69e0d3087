"""`voute review FILE`: review someone else's contract against the checklist."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from voute.atomic import write_atomic

if TYPE_CHECKING:
    from voute.review.report import ReviewReport

__all__ = ["register"]


class Format(StrEnum):
    """Output formats of the review report."""

    text = "text"
    json = "json"
    html = "html"


class Lang(StrEnum):
    """Languages of the document (and of the report)."""

    fr = "fr"
    en = "en"


def review(
    file: Annotated[
        Path,
        typer.Argument(
            help="Contrat à relire / contract to review: PDF, DOCX, Markdown (.md) ou texte (.txt).",
            show_default=False,
        ),
    ],
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", help="Langue du document (détectée si absente) / document language (fr|en)."),
    ] = None,
    output_format: Annotated[
        Format,
        typer.Option("--format", "-f", help="Format du rapport / report format: text, json ou html."),
    ] = Format.text,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Écrire le rapport dans ce fichier / write the report to this file."),
    ] = None,
) -> None:
    """Relire un contrat reçu d'un tiers et le comparer à la check-list (review a third-party contract).

    Le rapport indique, pour chaque point clé (services, niveaux de service, coûts, durée, responsabilité,
    données personnelles, suivi, litiges, continuité, réversibilité, sous-traitance, personnel), si le
    contrat le traite, avec les passages trouvés et leur page, les termes extraits (durées, préavis,
    montants, droit applicable) et les risques à négocier (reconduction tacite, responsabilité sans
    plafond, clauses RGPD art. 28 manquantes...).

    Exemples / examples:

      voute review contrat.pdf

      voute review contract.docx --lang en --format html -o rapport.html

    Code de sortie / exit status: 0 = rapport produit, 2 = fichier inutilisable (corrompu, chiffré, scanné...).
    """
    from voute.errors import InputError
    from voute.review import review_document

    try:
        report = review_document(file, lang=lang.value if lang else None)
    except InputError as error:
        typer.echo(f"erreur / error: {error}", err=True)
        raise typer.Exit(2) from None
    report_lang = lang.value if lang else report.language
    if output_format is Format.json:
        content = report.to_json()
    elif output_format is Format.html:
        from voute.review.html import render_html

        content = render_html(report, report_lang)
    elif output is not None:
        content = _plain_text(report, report_lang)
    else:
        _print_rich(report, report_lang)
        return
    _emit(content, output)


def _emit(content: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(content if content.endswith("\n") else content + "\n")
        return
    try:
        write_atomic(output, content)
    except OSError as error:
        typer.echo(f"erreur / error: cannot write {output}: {error.strerror or error}", err=True)
        raise typer.Exit(2) from None


_TERM_NAMES = {
    "duration": ("durée", "duration"),
    "notice_period": ("préavis", "notice period"),
    "renewal_mode": ("reconduction", "renewal"),
    "liability_cap": ("plafond de responsabilité", "liability cap"),
    "penalty_rates": ("taux de pénalité", "penalty rates"),
    "payment_terms": ("délai de paiement", "payment terms"),
    "governing_law": ("droit applicable", "governing law"),
    "courts": ("juridiction", "courts"),
    "breach_notification": ("notification de violation", "breach notification"),
}
_UNITS_FR = (
    (r"\b1 business day\b", "1 jour ouvré"), (r"\b(\d+) business days\b", r"\1 jours ouvrés"),
    (r"\b1 business hour\b", "1 heure ouvrée"), (r"\b(\d+) business hours\b", r"\1 heures ouvrées"),
    (r"\b1 year\b", "1 an"), (r"\b(\d+) years\b", r"\1 ans"), (r"\b(\d+) months?\b", r"\1 mois"),
    (r"\b1 week\b", "1 semaine"), (r"\b(\d+) weeks\b", r"\1 semaines"), (r"\b1 day\b", "1 jour"),
    (r"\b(\d+) days\b", r"\1 jours"), (r"\b1 hour\b", "1 heure"), (r"\b(\d+) hours\b", r"\1 heures"),
    (r"^tacit$", "tacite"), (r"^express$", "expresse"), (r"^both$", "tacite et expresse"),
)


def _term_value(value: str, french: bool) -> str:
    """An extracted term as the report's reader writes it ("3 ans", "0,5 %" in French)."""
    if not french:
        return value
    import re

    from voute.money import french_decimals

    for pattern, replacement in _UNITS_FR:
        value = re.sub(pattern, replacement, value)
    return french_decimals(value)


def _lines(report: ReviewReport, lang: str) -> list[tuple[str, str]]:
    """(style, line) pairs shared by the Rich and the plain text outputs."""
    from voute.review.report import STATUS_FR, confidence_text

    french = lang == "fr"
    names = {finding.label: finding.name_fr if french else finding.name_en for finding in report.labels}
    lines: list[tuple[str, str]] = [("bold", f"{report.source} — {report.pages} page(s), {report.language}")]
    lines.append(("bold", "Points clés" if french else "Key points"))
    colours = {"covered": "green", "partial": "yellow", "missing": "red"}
    for point in report.key_points:
        name = point.name_fr if french else point.name_en
        status = STATUS_FR.get(point.status, point.status) if french else point.status
        detail = ", ".join(f"{names.get(label, label)}{'' if ok else ' ✗'}" for label, ok in point.labels.items())
        lines.append((colours[point.status], f"  {name:<34} {status:<8} {detail}"))
    if report.key_terms:
        lines.append(("bold", "Termes extraits" if french else "Extracted terms"))
        for kind, values in report.key_terms.items():
            label = _TERM_NAMES.get(kind, (kind, kind))[0 if french else 1]
            lines.append(("", f"  {label:<26} {'; '.join(_term_value(v, french) for v in values)}"))
    lines.append(("bold", "Risques" if french else "Risks"))
    if not report.flags:
        lines.append(("", "  aucun risque relevé par les règles de relecture" if french else "  no risk flagged"))
    severity = {"error": "red", "warning": "yellow", "info": "cyan"}
    severity_fr = {"error": "erreur", "warning": "attention", "info": "info"}
    for flag in report.flags:
        where = f" (p. {flag.page})" if flag.page else ""
        message, hint = (flag.message_fr, flag.hint_fr) if french else (flag.message_en, flag.hint_en)
        shown = severity_fr.get(flag.severity, flag.severity) if french else flag.severity
        colon = " : " if french else ": "
        lines.append((severity[flag.severity], f"  [{shown}] {flag.id}{where}{colon}{message}"))
        lines.append(("dim", f"      → {hint} ({flag.source})"))
    lines.append(("bold", "Passages et confiance" if french else "Evidence and confidence"))
    for finding in report.labels:
        for evidence in finding.evidence[:1]:
            snippet = " ".join(evidence.text.split())[:150]
            name = names.get(finding.label, finding.label)
            sure = "" if finding.confidence is None else confidence_text(finding.confidence, french) + " "
            lines.append(("", f"  {name[:30]:<30} p. {evidence.page} {sure}{snippet}"))
    return lines


def _plain_text(report: ReviewReport, lang: str) -> str:
    return "\n".join(line for _, line in _lines(report, lang)) + "\n"


def _print_rich(report: ReviewReport, lang: str) -> None:
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False)
    for style, line in _lines(report, lang):
        console.print(Text(line, style=style or ""))


def register(app: typer.Typer) -> None:
    """Add the `review` command to the main `voute` application."""
    app.command("review")(review)
