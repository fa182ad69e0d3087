"""`review_text` / `review_document`: labels, evidence, terms, flags and the report (issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from review_fixtures import CONTRACT_EN, CONTRACT_FR, minimal_pdf
from voute.errors import DocumentError
from voute.review import review_document, review_text
from voute.review.language import detect_language
from voute.review.numbers import parse_amount, parse_number_words
from voute.review.segment import segment_text, split_passages
from voute.review.textnorm import normalize


def test_french_contract_labels_and_key_points() -> None:
    report = review_text(CONTRACT_FR)
    assert report.language == "fr"
    present = set(report.present_labels())
    assert {"services", "duration", "renewal", "service_levels", "penalties", "pricing", "governing_law"} <= present
    assert not {"insurance", "force_majeure", "subcontracting", "continuity"} & present
    term = next(point for point in report.key_points if point.id == "term")
    assert term.labels == {"duration": True, "renewal": True, "termination": False}
    assert term.status == "partial"


def test_evidence_offsets_point_into_the_text() -> None:
    report = review_text(CONTRACT_FR)
    for finding in report.labels:
        for evidence in finding.evidence:
            assert CONTRACT_FR[evidence.start : evidence.end] == evidence.text
            assert 0 < len(evidence.text) <= 1500
    renewal = report.label("renewal")
    assert "tacite reconduction" in renewal.evidence[0].text
    assert renewal.mode == "tacit"


def test_english_contract_flags() -> None:
    report = review_text(CONTRACT_EN)
    assert report.language == "en"
    ids = report.flag_ids()
    assert "REV-BREACH-NOTICE-OVER-72H" in ids
    assert "REV-GDPR-28-3-A" not in ids  # documented instructions are there
    assert "REV-GDPR-28-3-G" in ids  # nothing on deleting or returning data
    assert "REV-LIABILITY-NO-CAP" not in ids
    assert "REV-RENEWAL-TACIT" not in ids
    cap = next(item for item in report.cuad if item.label == "cap_on_liability")
    assert cap.present
    assert report.key_terms["governing_law"] == ["State of New York"]


def test_french_flags_and_terms() -> None:
    report = review_text(CONTRACT_FR)
    ids = report.flag_ids()
    assert "REV-RENEWAL-TACIT" in ids
    assert "REV-PENALTY-NO-CAP" in ids
    assert "REV-LIABILITY-NO-CAP" in ids
    assert "REV-DISPUTE-NO-AMICABLE" in ids
    kinds = {(term.kind, term.value) for term in report.terms}
    assert ("duration", "36 months") in kinds
    assert ("notice_period", "3 months") in kinds
    assert ("amount", "12500.00 EUR") in kinds
    assert ("payment_term", "45 days") in kinds
    assert ("date", "2025-01-01") in kinds
    assert ("governing_law", "France") in kinds
    assert ("court", "Paris") in kinds
    for flag in report.flags:
        assert flag.message_fr and flag.message_en and flag.hint_fr and flag.hint_en and flag.source


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Les présentes sont soumises au droit français.", "governing_law"),
        ("This Agreement shall automatically renew for successive one-year periods.", "renewal"),
        ("Le Prestataire souscrit une police d'assurance responsabilité civile professionnelle.", "insurance"),
        ("The Supplier shall maintain a business continuity plan and a disaster recovery plan.", "continuity"),
        ("Neither party shall be liable for delays caused by force majeure.", "force_majeure"),
        (
            "Le Prestataire ne peut sous-traiter tout ou partie des prestations sans l'accord écrit du Client.",
            "subcontracting",
        ),
        ("Les parties tenteront de régler à l'amiable tout différend avant de saisir le juge.", "dispute_resolution"),
        ("Le Client peut résilier le contrat de plein droit en cas de manquement grave.", "termination"),
        ("Les prix sont révisés chaque année selon l'indice Syntec.", "price_revision"),
        ("The Customer may audit the Provider's books and records once a year.", "audits"),
    ],
)
def test_single_clauses(text: str, label: str) -> None:
    assert label in review_text(text).present_labels()


@pytest.mark.parametrize(
    "text",
    [
        "ARTICLE 12 - ASSURANCES",  # a heading alone
        "Article 12 Assurances ........................................ 14",  # a table-of-contents line
    ],
)
def test_headings_and_toc_lines_do_not_count(text: str) -> None:
    assert "insurance" not in review_text(text).present_labels()


def test_review_document_pdf_pages(tmp_path: Path) -> None:
    path = tmp_path / "c.pdf"
    path.write_bytes(
        minimal_pdf(["Article 1 - Objet du contrat de services", "Le contrat est soumis au droit francais."])
    )
    report = review_document(path)
    law = report.label("governing_law")
    assert law.present and law.evidence[0].page == 2
    assert report.kind == "pdf"


def test_report_json_round_trip() -> None:
    data = json.loads(review_text(CONTRACT_EN).to_json())
    assert data["taxonomy_version"] == 1
    assert len(data["labels"]) == 21
    assert len(data["key_points"]) == 12
    assert "text" not in data


def test_bad_language_and_empty_text() -> None:
    with pytest.raises(DocumentError):
        review_text(CONTRACT_FR, lang="de")
    with pytest.raises(DocumentError):
        review_text("   ")


def test_language_detection() -> None:
    assert detect_language(CONTRACT_FR) == "fr"
    assert detect_language(CONTRACT_EN) == "en"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("trente-six", 36), ("quatre-vingt-dix-neuf", 99), ("soixante-dix", 70), ("vingt et un", 21),
        ("quatre-vingts", 80), ("soixante et onze", 71), ("ninety-nine", 99), ("twelve", 12), ("douze", 12),
        ("cent vingt", 120), ("not a number", None),
    ],
)  # fmt: skip
def test_number_words(words: str, value: int | None) -> None:
    assert parse_number_words(words) == value


_UNITS_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
             "treize", "quatorze", "quinze", "seize"]  # fmt: skip
_TENS_FR = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def _french(number: int) -> str:
    """Reference French spelling for 0-99 (a test oracle written independently of the parser)."""
    if number < 17:
        return _UNITS_FR[number]
    if number < 20:
        return "dix-" + _UNITS_FR[number - 10]
    if number < 70:
        tens, unit = divmod(number, 10)
        return _TENS_FR[tens] + ("" if unit == 0 else " et un" if unit == 1 else "-" + _UNITS_FR[unit])
    if number < 80:
        return "soixante" + (" et onze" if number == 71 else "-" + _french(number - 60))
    return "quatre-vingt" + ("s" if number == 80 else "-" + _french(number - 80))


@given(st.integers(min_value=1, max_value=99))
def test_french_number_words_up_to_99(number: int) -> None:
    assert parse_number_words(_french(number).replace("é", "e")) == number


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_amounts_french_and_english_formats(units: int, cents: int) -> None:
    french = f"{units:,}".replace(",", " ") + f",{cents:02d}"
    english = f"{units:,}.{cents:02d}"
    expected = parse_amount(f"{units}.{cents:02d}")
    assert parse_amount(french) == expected
    assert parse_amount(english) == expected


@given(st.text(max_size=200))
def test_normalize_keeps_length(text: str) -> None:
    assert len(normalize(text)) == len(text)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_passages_cover_within_limits(text: str) -> None:
    for start, end in split_passages(text, 0, len(text)):
        assert 0 <= start < end <= len(text)
        assert end - start <= 1500


@pytest.mark.parametrize(
    ("line", "kind", "number"),
    [
        ("Article 5 - Durée", "heading", "5"),
        ("ARTICLE 12 – RÉSILIATION", "heading", "12"),
        ("5.2 Préavis", "heading", "5.2"),
        ("5.2 The Provider shall give notice of at least ninety days before the end of the term.", "clause", "5.2"),
        ("a) le Prestataire informe le Client", "item", "a"),
        ("(iv) the Customer pays the fees", "item", "iv"),
        ("## Annexe 2 – Niveaux de service", "heading", ""),
        ("SCHEDULE 1", "heading", ""),
        ("LIMITATION OF LIABILITY", "heading", ""),
        # a run-in title opening a clause wrapped onto the next line is the clause, not a heading
        ("9.2 **Renewal.** The recurring Subscription renews month-to-month", "clause", "9.2"),
        ("4.1 Durée. Le contrat prend effet à la date de sa signature pour", "clause", "4.1"),
        ("9.2 Renewal and notice", "heading", "9.2"),
    ],
)
def test_segment_heading_styles(line: str, kind: str, number: str) -> None:
    segment = segment_text(line + "\n")[0]
    assert (segment.kind, segment.number) == (kind, number)


@pytest.mark.parametrize(
    ("sentence", "court"),
    [
        ("Tout différend est soumis au Tribunal des activités économiques de Lyon.", "Lyon"),
        ("compétence exclusive du tribunal de commerce de Paris, même en cas de pluralité", "Paris"),
        ("la cour d'appel de Versailles", "Versailles"),
        ("Tribunal judiciaire de Boulogne-sur-Mer.", "Boulogne-sur-Mer"),
    ],
)
def test_courts_are_named_by_their_seat(sentence: str, court: str) -> None:
    from voute.review.extract import _courts
    from voute.review.textnorm import normalize

    assert [term.value for term in _courts(sentence, normalize(sentence))] == [court]


def test_liability_cap_with_a_decimal_multiple() -> None:
    from voute.review import review_text

    text = (
        "Article 7 - Responsabilité\nLa responsabilité du Prestataire est limitée à 1,5 fois le montant des sommes "
        "facturées pendant les douze mois précédant le fait générateur.\n"
    )
    caps = review_text(text).to_dict()["key_terms"]["liability_cap"]
    assert caps and caps[0].startswith("1,5 fois")


@pytest.mark.parametrize(
    ("passage", "damped"),
    [
        ("« Prestataire » désigne la société qui exécute les prestations du présent contrat.", True),
        ('"Services" means the customer care services described in Schedule 1.', True),
        ("Le Prestataire forme le personnel du repreneur désigné par le Client pendant trois mois.", False),
        ("Le Prestataire désigne un chef de projet dédié au Client.", False),
        ("Le chef de projet désigné ne peut être remplacé sans l'accord du Client.", False),
        ("« Données » désigne l'ensemble des informations confiées au Prestataire.", True),
    ],
)
def test_definitions_are_damped_but_not_appointments(passage: str, damped: bool) -> None:
    # A definition alone does not make a clause; "désigné par" (appointed by) and "X désigne un chef de projet"
    # (a party appointing someone) are not definitions.
    from voute.review.rules import _APPOINTS, _DEFINITION

    text = normalize(passage)
    assert (bool(_DEFINITION.search(text[:160])) and not _APPOINTS.search(text[:160])) is damped


def test_a_label_spread_over_several_clauses_quotes_up_to_five_of_them() -> None:
    # Six separate confidentiality clauses: the report quotes the five strongest, each once, best first.
    clauses = [
        "The Provider shall keep confidential all information disclosed by the Customer.",
        "The Provider shall not disclose any Confidential Information to any third party.",
        "Each party shall treat the terms of this Agreement as confidential information.",
        "The confidentiality obligations survive for five years and bind the Provider's employees.",
        "The Customer shall keep confidential the Provider's pricing and know-how.",
        "Neither party shall disclose confidential information except as required by law.",
    ]
    text = "\n\n".join(f"{number}. Clause {number}\n\n{clause}" for number, clause in enumerate(clauses, 1))
    finding = review_text(text, lang="en").label("confidentiality")
    assert finding.present
    assert len(finding.evidence) == 5
    starts = [evidence.start for evidence in finding.evidence]
    assert len(set(starts)) == 5
    assert [evidence.score for evidence in finding.evidence] == sorted(
        (evidence.score for evidence in finding.evidence), reverse=True
    )
