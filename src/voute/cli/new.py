"""``voute new``: a guided questionnaire that writes a first contract file from the catalogue."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import typer

from voute.cli.common import Lang, fail_input, write_atomic
from voute.errors import InputError

_T = {
    "fr": {
        "intro": "Nouveau contrat d'externalisation : répondez aux questions (Entrée garde la valeur proposée).",
        "reference": "Référence du contrat", "title": "Intitulé du contrat",
        "title_default": "Contrat de prestation de services de relation client",
        "client": "Nom du client (votre société)", "provider": "Nom du prestataire",
        "start": "Date de prise d'effet (AAAA-MM-JJ)", "duration": "Durée initiale, en mois",
        "catalogue": "Services du catalogue", "pick": "Services à confier (numéros séparés par des virgules)",
        "name": "Nom du service", "levels": "Niveaux de service usuels pour « {name} »",
        "keep": "Niveaux à retenir (numéros, « - » pour aucun)", "target": "Objectif pour « {kpi} »",
        "volume": "Volume mensuel prévu (0 si inconnu)", "unit": "Unité de facturation",
        "price": "Prix unitaire hors taxes, en euros",
        "credit": "Crédit de service si un niveau est manqué (% de la redevance)",
        "cap": "Plafond mensuel des crédits par niveau (% de la redevance)", "days": "Délai de paiement, en jours",
        "data": "Les conseillers traitent-ils des données personnelles de vos clients ?",
        "courts": "Tribunal compétent", "bad": "Réponse invalide : {error}", "empty": "Une réponse est nécessaire.",
        "exists": "{path} existe déjà : ajoutez --force pour le remplacer.",
        "done": "Contrat écrit dans {path}. Vérifiez-le avec : voute check {path}",
    },
    "en": {
        "intro": "New outsourcing contract: answer the questions (Enter keeps the suggested value).",
        "reference": "Contract reference", "title": "Contract title",
        "title_default": "Customer contact services agreement",
        "client": "Client name (your company)", "provider": "Provider name",
        "start": "Effective date (YYYY-MM-DD)", "duration": "Initial term, in months",
        "catalogue": "Catalogue services", "pick": "Services to outsource (numbers separated by commas)",
        "name": "Service name", "levels": "Usual service levels for '{name}'",
        "keep": "Levels to keep (numbers, '-' for none)", "target": "Target for '{kpi}'",
        "volume": "Forecast monthly volume (0 if unknown)", "unit": "Charging unit",
        "price": "Unit price excluding VAT, in euros",
        "credit": "Service credit when a level is missed (% of the fee)",
        "cap": "Monthly cap of credits per level (% of the fee)", "days": "Payment term, in days",
        "data": "Do the agents handle your customers' personal data?",
        "courts": "Competent court", "bad": "Invalid answer: {error}", "empty": "An answer is needed.",
        "exists": "{path} already exists: add --force to replace it.",
        "done": "Contract written to {path}. Check it with: voute check {path}",
    },
}


def register(app: typer.Typer) -> None:
    app.command("new")(new_command)


def new_command(
    output: Path = typer.Option(Path("contrat.yaml"), "--output", "-o", help="Contract file to write."),
    lang: Lang = typer.Option(Lang.fr, "--lang", "-l", help="Language of the questions and of the contract."),
    force: bool = typer.Option(False, "--force", help="Replace the output file if it exists."),
) -> None:
    """Draft a new contract by answering a few questions; services and levels come from the catalogue.

    Rédige un nouveau contrat en quelques questions : les services, leurs niveaux de service usuels et des
    objectifs raisonnables viennent du catalogue. Le fichier produit se vérifie avec ``voute check`` et se
    complète ensuite à la main. Refuse d'écraser un fichier existant sans --force.
    """
    import yaml
    from rich.console import Console

    from voute.contract.loader import load_text
    from voute.render.draft import build

    words = _T[lang.value]
    if output.exists() and not force:
        typer.echo(words["exists"].format(path=output), err=True)
        raise typer.Exit(2)
    console = Console(highlight=False)
    answers = _ask_all(console, lang.value)
    text = _header(lang.value) + yaml.safe_dump(build(answers), allow_unicode=True, sort_keys=False, width=110)
    try:
        load_text(text, str(output))
    except InputError as error:  # a bug of ours, never of the user's answers: say so clearly
        raise fail_input(error, lang.value) from None
    write_atomic(output, text)
    console.print(words["done"].format(path=output))


def _header(lang: str) -> str:
    if lang == "fr":
        return "# Contrat rédigé avec « voute new » : complétez-le, puis vérifiez-le avec « voute check ».\n"
    return "# Contract drafted with 'voute new': complete it, then check it with 'voute check'.\n"


def _ask_all(console: Any, lang: str) -> Any:
    from voute.render.draft import Answers

    words = _T[lang]
    console.print(f"[bold]{words['intro']}[/bold]")
    today = date.today()
    first_of_next = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    answers = Answers(
        lang=lang,
        reference=_text(console, words, "reference", f"CTR-{today.year}-001"),
        title=_text(console, words, "title", words["title_default"]),
        client=_text(console, words, "client", None),
        provider=_text(console, words, "provider", None),
        start=_parsed(console, words, "start", first_of_next.isoformat(), date.fromisoformat),
        duration_months=_parsed(console, words, "duration", "36", _positive),
    )
    answers.services = _services(console, lang)
    answers.credit_percent = _parsed(console, words, "credit", "5%", _percent_text)
    answers.cap_percent = _parsed(console, words, "cap", "10%", _percent_text)
    answers.payment_days = _parsed(console, words, "days", "45", _positive)
    answers.personal_data = _confirm(console, words["data"])
    answers.courts = _text(console, words, "courts", answers.courts)
    return answers


def _services(console: Any, lang: str) -> list[Any]:
    from rich.table import Table

    from voute import catalogue
    from voute.render.draft import KPI_DEFAULTS, ServiceChoice

    words = _T[lang]
    kinds = list(catalogue.services())
    table = Table(title=words["catalogue"])
    table.add_column("#", justify="right")
    table.add_column(words["name"])
    for number, kind in enumerate(kinds, start=1):
        table.add_row(str(number), catalogue.name(catalogue.service(kind), lang))
    console.print(table)
    default = str(kinds.index("customer_service") + 1)
    picked = _parsed(console, words, "pick", default, lambda text: _numbers(text, len(kinds), allow_empty=False))
    chosen: list[ServiceChoice] = []
    for number in picked:
        kind = kinds[number - 1]
        definition = catalogue.service(kind)
        name = _text(console, words, "name", catalogue.name(definition, lang))
        choice = ServiceChoice(kind=kind, name=name, kpis=[])
        usual = list(definition.usual_kpis)
        console.print(words["levels"].format(name=name))
        for index, kpi_id in enumerate(usual, start=1):
            console.print(f"  {index}. {catalogue.name(catalogue.kpi(kpi_id), lang)} ({KPI_DEFAULTS[kpi_id][0]})")
        kept = _parsed(console, words, "keep", ",".join(str(i) for i in range(1, min(3, len(usual)) + 1)),
                       lambda text, n=len(usual): _numbers(text, n, allow_empty=True))
        for index in kept:
            kpi_id = usual[index - 1]
            kpi = catalogue.kpi(kpi_id)
            label = words["target"].format(kpi=catalogue.name(kpi, lang))
            choice.targets[kpi_id] = _parsed(console, {"q": label, **words}, "q", KPI_DEFAULTS[kpi_id][0],
                                             lambda text, unit=kpi.unit: _target(unit, text))
            choice.kpis.append(kpi_id)
        choice.monthly_volume = _parsed(console, words, "volume", "0", _non_negative)
        units = [unit.value for unit in definition.pricing_units]
        choice.price_unit = _choice(console, words["unit"], units)
        choice.price = _parsed(console, words, "price", "0.00", _amount_text)
        chosen.append(choice)
    return chosen


# -- prompts: each re-asks until the answer is usable ---------------------------------------------------


def _text(console: Any, words: dict[str, str], key: str, default: str | None) -> str:
    from rich.prompt import Prompt

    while True:
        answer = Prompt.ask(words[key], default=default, console=console) if default is not None else \
            Prompt.ask(words[key], console=console)
        if answer and answer.strip():
            return answer.strip()
        console.print(f"[red]{words['empty']}[/red]")


def _parsed(console: Any, words: dict[str, str], key: str, default: str, parse: Any) -> Any:
    while True:
        answer = _text(console, words, key, default)
        try:
            return parse(answer)
        except ValueError as error:
            console.print(f"[red]{words['bad'].format(error=error)}[/red]")


def _choice(console: Any, question: str, choices: list[str]) -> str:
    from rich.prompt import Prompt

    return str(Prompt.ask(question, choices=choices, default=choices[0], console=console))


def _confirm(console: Any, question: str) -> bool:
    from rich.prompt import Confirm

    return bool(Confirm.ask(question, default=True, console=console))


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise ValueError(f"expected a number above 0, got {text!r}")
    return value


def _non_negative(text: str) -> int:
    value = int(text.replace(" ", ""))
    if value < 0:
        raise ValueError(f"expected 0 or more, got {text!r}")
    return value


def _numbers(text: str, highest: int, allow_empty: bool) -> list[int]:
    if not text.strip() or text.strip() == "-":
        if allow_empty:
            return []
        raise ValueError("pick at least one number")
    numbers = [int(part) for part in text.replace(";", ",").split(",") if part.strip()]
    if any(n < 1 or n > highest for n in numbers):
        raise ValueError(f"numbers go from 1 to {highest}")
    return list(dict.fromkeys(numbers))


def _percent_text(text: str) -> str:
    from voute.contract.values import parse_percent

    candidate = text if "%" in text else f"{text}%"
    parse_percent(candidate)
    return candidate.replace(" ", "")


def _amount_text(text: str) -> str:
    from voute.contract.values import parse_decimal

    return str(parse_decimal(text.replace("€", "").strip()))


def _target(unit: str, text: str) -> str:
    from voute.contract.integrity import parse_target

    parse_target(unit, text)
    return text
