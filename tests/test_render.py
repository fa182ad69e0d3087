"""Rendering a contract (issue 4): every format and language, every value back out of the document.

The expected values are collected from the contract model itself (names, amounts, percentages, dates,
durations), formatted the way each language writes them, then searched in the text extracted from the PDF
(pypdf) and the DOCX (python-docx). Whitespace is ignored in the comparison: a PDF breaks lines anywhere.
"""

from __future__ import annotations

import io
import re
import typing
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

import voute
from voute.contract.model import Contract
from voute.contract.values import Cap, Duration
from voute.render import Format, render
from voute.render import formatting as fmt

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "contrat-complet.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "render"

# Fields holding codes that the document writes as words (labels), or values written in another form.
CODE_FIELDS = {
    "id", "kind", "service", "kpi", "timezone", "country", "currency", "language", "days", "holiday_calendar",
    "unit", "invoicing", "condition", "fees_period", "threshold", "target", "who_can_request", "exclusions",
    "base_month", "rate", "ivr_abandons", "short_abandons", "ivr_time", "boundary", "method", "identity_key",
    "after_contact_work", "fatal_errors", "basis", "measured_at", "schema_version", "processing_locations",
    "service_locations", "languages", "channels", "fixed_part", "opens", "closes", "contact_email",
}  # fmt: skip


@cache
def example() -> Contract:
    return voute.load(EXAMPLE)


@cache
def rendered(output_format: str, lang: str) -> bytes:
    return render(example(), output_format, lang)


def _annotation_kind(annotation: Any, metadata: tuple[Any, ...] = ()) -> str | None:
    """'amount' or 'percent' when the field is typed with those annotated types (possibly optional)."""
    for meta in (*metadata, *getattr(annotation, "__metadata__", ())):
        name = getattr(getattr(meta, "func", None), "__name__", "")
        if name == "_amount":
            return "amount"
        if name == "_percent_or_pass":
            return "percent"
    for arg in typing.get_args(annotation):
        found = _annotation_kind(arg)
        if found:
            return found
    return None


def expected_values(model: BaseModel) -> Iterator[tuple[str, Any]]:
    """Every value of the model that the document must show, with how it is written."""
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        if name in CODE_FIELDS or value is None or isinstance(value, bool):
            continue
        yield from _values_of(value, _annotation_kind(info.annotation, tuple(info.metadata)))


def _values_of(value: Any, kind: str | None) -> Iterator[tuple[str, Any]]:
    if isinstance(value, list):
        for item in value:
            yield from _values_of(item, kind)
    elif isinstance(value, Duration):
        yield "duration", value
    elif isinstance(value, Cap):
        yield ("percent", value.percent) if value.percent is not None else ("amount", value.amount)
    elif isinstance(value, BaseModel):
        yield from expected_values(value)
    elif isinstance(value, date):
        yield "date", value
    elif isinstance(value, Decimal) and kind:
        yield kind, value
    elif isinstance(value, int | Decimal):
        yield "number", value
    elif isinstance(value, str) and not hasattr(value, "value"):  # StrEnum values are written as labels
        yield "text", value


def written(kind: str, value: Any, lang: str) -> str:
    if kind == "amount":
        return fmt.money(value, lang)
    if kind == "percent":
        return fmt.percent(value, lang)
    if kind == "date":
        return fmt.long_date(value, lang)
    if kind == "duration":
        return fmt.duration(value, lang)
    if kind == "number":
        return fmt.number(value, lang)
    return str(value)


def squeeze(text: str) -> str:
    """Drop every kind of space (a PDF breaks lines anywhere) and unify apostrophes."""
    return re.sub(r"\s+", "", text.replace("\u00a0", " ").replace("\u202f", " ")).replace("\u2019", "'")


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("output_format", "magic"), [("html", b"<!DOCTYPE html>"), ("pdf", b"%PDF"),
                                                      ("docx", b"PK")])
def test_complete_example_renders_in_every_format_and_language(output_format: str, magic: bytes, lang: str) -> None:
    assert rendered(output_format, lang).startswith(magic)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("output_format", ["pdf", "docx"])
def test_every_value_of_the_contract_is_in_the_document(output_format: str, lang: str) -> None:
    text = squeeze(pdf_text(rendered("pdf", lang)) if output_format == "pdf" else docx_text(rendered("docx", lang)))
    expected = {written(kind, value, lang) for kind, value in expected_values(example())}
    assert len(expected) > 150  # the walk really collected the contract
    missing = sorted(value for value in expected if squeeze(value) not in text)
    assert missing == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pdf_has_page_numbers_and_a_table_of_contents(lang: str) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(rendered("pdf", lang)))
    pages = len(reader.pages)
    assert reader.pages[1].extract_text().count("Article") >= 10
    assert f"page 2 / {pages}" in reader.pages[1].extract_text()
    assert f"page {pages} / {pages}" in reader.pages[-1].extract_text()


def test_docx_uses_word_heading_styles_and_page_fields() -> None:
    import docx

    document = docx.Document(io.BytesIO(rendered("docx", "fr")))
    styles = {p.style.name for p in document.paragraphs}
    assert {"Heading 1", "Heading 2", "Title", "List Bullet"} <= styles
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings[0].startswith("Article 1 – ")
    footer_xml = document.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert len(document.tables) >= 10


@pytest.mark.parametrize(("lang", "amount", "duration"), [("fr", "1 210 000,00 €", "36 mois"),
                                                          ("en", "EUR 1,210,000.00", "36 months")])
def test_html_writes_amounts_and_durations_per_language(lang: str, amount: str, duration: str) -> None:
    html = rendered("html", lang).decode("utf-8").replace("\u00a0", " ")
    assert amount in html
    assert duration in html
    assert ("10 jours ouvrés" if lang == "fr" else "10 business days") in html


def test_markup_in_values_is_escaped_and_comes_back_intact() -> None:
    contract = voute.load(FIXTURES / "hostile.yaml")
    html = render(contract, Format.html).decode("utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(" in html
    assert "&lt;SGE&gt;" in html
    name = contract.parties.client.name
    assert squeeze(name) in squeeze(docx_text(render(contract, Format.docx)))
    pdf = squeeze(pdf_text(render(contract, Format.pdf)))
    for value in (name, contract.parties.provider.name, contract.title, "1 234 567,89 €"):
        assert squeeze(value) in pdf


def test_a_clause_the_contract_leaves_out_is_skipped_and_the_rest_renumbered() -> None:
    from voute.render.document import assemble

    contract = voute.load(FIXTURES / "minimal.yaml")
    document = assemble(contract, "en")
    keys = [part.key for part in document.articles]
    assert keys == ["object", "disputes", "general"]
    assert [part.number for part in document.articles] == [1, 2, 3]
    assert document.annexes == []
    html = render(contract, Format.html).decode("utf-8")
    assert "Schedule" not in html.split("<main>")[1]
    assert "Prices" not in html


def test_full_contract_numbers_annexes_in_order_and_cross_references_them() -> None:
    from voute.render.document import assemble

    document = assemble(example(), "fr")
    assert [part.key for part in document.annexes][:3] == ["services", "service_levels", "prices"]
    costs = next(part for part in document.articles if part.key == "costs")
    assert "annexe 3" in str(costs.body)


def test_penalty_bands_run_from_the_mildest_to_the_worst() -> None:
    from voute.render.document import assemble

    document = assemble(example(), "en")
    del document
    from voute.render.levels import level_views

    contract = example()
    assert contract.service_levels is not None and contract.services is not None
    views = level_views(contract.service_levels.levels, contract.services.items, _words("en"), "EUR")
    abandon = next(v for v in views if v.level.kpi == "abandon_rate")
    assert not abandon.higher_is_better
    assert [b.limit for b in abandon.bands] == ["5%", "8%"]
    assert abandon.formula[0] == "C = 2% × R if M > 5% and M ≤ 8%"
    resolution = next(v for v in views if v.level.kpi == "resolution_time")
    assert resolution.formula[0] == "C = 0.5% × R × (85 − M) if M < 85%"


def _words(lang: str) -> Any:
    from voute.render.words import words

    return words(lang)


def test_unknown_language_is_an_input_error() -> None:
    with pytest.raises(voute.InputError):
        render(example(), Format.html, "de")


@pytest.mark.parametrize(
    ("lang", "calendar", "contract_quarter"),
    [("fr", "Trimestre civil", "Trimestre contractuel (compté à partir du mois de prise d'effet du contrat)"),
     ("en", "Calendar quarter", "Contract quarter (counted from the month the contract takes effect)")],
)
def test_a_quarter_is_called_calendar_or_contract_as_the_level_says(lang: str, calendar: str,
                                                                      contract_quarter: str) -> None:
    levels = example().service_levels
    assert levels is not None
    first = levels.levels[0].model_copy(update={"window": "quarter"})
    second = levels.levels[1].model_copy(update={"window": "quarter", "window_start": "contract"})
    contract = example().model_copy(
        update={"service_levels": levels.model_copy(update={"levels": [first, second, *levels.levels[2:]]})}
    )
    html = render(contract, "html", lang).decode("utf-8").replace("\u00a0", " ").replace("&#39;", "'")
    assert calendar in html
    assert contract_quarter in html
    assert contract_quarter not in rendered("html", lang).decode("utf-8").replace("&#39;", "'")
