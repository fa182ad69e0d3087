"""`review_document` and `review_text`: ingest, segment, classify, extract, flag, report."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from voute.errors import DocumentError, Location
from voute.review.classify import DEFAULT_THRESHOLD, Hit, best_hits, make_passages, score_document
from voute.review.extract import Term, extract_terms
from voute.review.flags import Flag, compute_flags, renewal_mode
from voute.review.ingest import Document, read_document
from voute.review.labels import CUAD_CATEGORIES, KEY_POINT_NAMES, KEY_POINTS, LABEL_NAMES, LABELS, TAXONOMY_VERSION
from voute.review.language import detect_language
from voute.review.report import Evidence, FlagFinding, KeyPointStatus, LabelFinding, ReviewReport, TermFinding
from voute.review.rules_cuad import CUAD_RULES
from voute.review.rules_labels import LABEL_RULES
from voute.review.segment import segment_text
from voute.review.textnorm import normalize

__all__ = ["review_document", "review_text"]

_LANGUAGES = {"fr", "en"}
_MULTIPLE = re.compile(
    r"\b(?:\w+ \(\d+\)|\d+|one|two|three|un|deux|trois)\s*(?:times|fois|x)\b[^.]{0,80}|"
    r"\b(?:montant|amounts?|fees|sommes|prix)\b[^.]{0,60}\b(?:paye|paid|payable|versees?|factur\w*)\b[^.]{0,80}"
)


def review_document(path: Path, lang: str | None = None) -> ReviewReport:
    """Review a PDF, DOCX, Markdown or text contract against the checklist.

    Raises DocumentError (an InputError) when the file cannot be used.
    """
    return _review(read_document(Path(path)), lang)


def review_text(
    text: str, lang: str | None = None, source: str = "<text>", page_starts: tuple[int, ...] = (0,)
) -> ReviewReport:
    """Review a contract given as text; offsets in the report are offsets into `text`.

    >>> report = review_text("Le présent contrat est soumis au droit français.")
    >>> report.label("governing_law").present
    True
    """
    if not text.strip():
        raise DocumentError.single("the text is empty", Location(file=source), "empty")
    return _review(Document(text=text, source=source, kind="text", page_starts=page_starts), lang)


def _review(document: Document, lang: str | None) -> ReviewReport:
    if lang is not None and lang not in _LANGUAGES:
        raise DocumentError.single(f"unknown language {lang!r}: use 'fr' or 'en'", Location(file=document.source))
    text = document.text
    normalized = normalize(text)
    passages = make_passages(text, segment_text(text))
    label_hits = score_document(normalized, passages, LABEL_RULES)
    cuad_hits = score_document(normalized, passages, CUAD_RULES)
    present = _present(label_hits)
    cuad_present = _present(cuad_hits)
    terms = extract_terms(text, normalized)
    flags = compute_flags(normalized, present, cuad_present, terms)
    labels = [_finding(document, label, LABEL_NAMES[label], label_hits[label]) for label in LABELS]
    labels = [_with_mode(finding, normalized, present) for finding in labels]
    cuad = [_finding(document, key, (name, name), cuad_hits[key]) for key, name in CUAD_CATEGORIES.items()]
    return ReviewReport(
        source=document.source,
        kind=document.kind,
        language=lang or detect_language(text),
        pages=document.pages,
        characters=len(text),
        taxonomy_version=TAXONOMY_VERSION,
        labels=labels,
        cuad=cuad,
        key_points=_key_points(present),
        key_terms=_key_terms(text, normalized, terms, present, cuad_present),
        terms=[_term(document, term) for term in terms],
        flags=[_flag(document, flag) for flag in flags],
        warnings=list(document.warnings),
        text=text,
    )


def _present(hits: Mapping[str, list[Hit]]) -> dict[str, list[Hit]]:
    return {label: best_hits(found, DEFAULT_THRESHOLD) for label, found in hits.items()}


def _finding(document: Document, label: str, names: tuple[str, str], hits: list[Hit]) -> LabelFinding:
    chosen = best_hits(hits, DEFAULT_THRESHOLD)
    score = round(hits[0].score, 3) if hits else 0.0
    evidence = [
        Evidence(
            hit.start, hit.end, document.page_at(hit.start), round(hit.score, 3), document.text[hit.start : hit.end]
        )
        for hit in chosen
    ]
    return LabelFinding(label, names[0], names[1], bool(chosen), score, evidence)


def _with_mode(finding: LabelFinding, normalized: str, present: Mapping[str, list[Hit]]) -> LabelFinding:
    if finding.label != "renewal" or not finding.present:
        return finding
    mode = renewal_mode(normalized, present["renewal"])
    return LabelFinding(**{**finding.__dict__, "mode": mode})


def _key_points(present: Mapping[str, list[Hit]]) -> list[KeyPointStatus]:
    points: list[KeyPointStatus] = []
    for point, labels in KEY_POINTS.items():
        found = {label: bool(present[label]) for label in labels}
        status = "covered" if all(found.values()) else "partial" if any(found.values()) else "missing"
        points.append(KeyPointStatus(point, *KEY_POINT_NAMES[point], status, found))
    return points


def _key_terms(
    text: str,
    normalized: str,
    terms: list[Term],
    present: Mapping[str, list[Hit]],
    cuad: Mapping[str, list[Hit]],
) -> dict[str, list[str]]:
    def inside(hits: list[Hit], kinds: set[str]) -> list[str]:
        values = [t.value for t in terms if t.kind in kinds and any(h.start <= t.start < h.end for h in hits)]
        return list(dict.fromkeys(values))[:5]

    key: dict[str, list[str]] = {
        "duration": inside(present["duration"], {"duration"}),
        "notice_period": inside(present["renewal"] + present["termination"], {"notice_period", "duration"}),
        "renewal_mode": [mode] if (mode := renewal_mode(normalized, present["renewal"])) else [],
        "liability_cap": _cap(text, normalized, terms, cuad.get("cap_on_liability", [])),
        "penalty_rates": inside(present["penalties"], {"percentage", "amount"}),
        "payment_terms": _unique(t.value for t in terms if t.kind == "payment_term"),
        "governing_law": _unique(t.value for t in terms if t.kind == "governing_law"),
        "courts": _unique(t.value for t in terms if t.kind == "court"),
        "breach_notification": _unique(t.value for t in terms if t.kind == "breach_notification"),
    }
    return {name: values for name, values in key.items() if values}


def _cap(text: str, normalized: str, terms: list[Term], hits: list[Hit]) -> list[str]:
    for hit in hits:
        amounts = [t.text for t in terms if t.kind in {"amount", "percentage"} and hit.start <= t.start < hit.end]
        if amounts:
            return amounts[:3]
        multiple = _MULTIPLE.search(normalized, hit.start, hit.end)
        if multiple:
            return [" ".join(text[multiple.start() : multiple.end()].split())]
    return []


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))[:5]


def _term(document: Document, term: Term) -> TermFinding:
    return TermFinding(term.kind, term.value, term.text, term.start, term.end, document.page_at(term.start), term.unit)


def _flag(document: Document, flag: Flag) -> FlagFinding:
    page = document.page_at(flag.start) if flag.start is not None else None
    return FlagFinding(**flag.__dict__, page=page)
