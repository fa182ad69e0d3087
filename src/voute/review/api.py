"""`review_document` and `review_text`: ingest, segment, classify, extract, flag, report."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

import numpy as np

from voute.errors import DocumentError, Location
from voute.review.calibration import load_calibration
from voute.review.classify import (
    DEFAULT_THRESHOLD,
    Hit,
    Passage,
    best_hits,
    make_passages,
    passage_words,
    score_documents,
)
from voute.review.extract import Term, extract_terms
from voute.review.flags import Flag, compute_flags, renewal_mode
from voute.review.ingest import Document, read_document
from voute.review.labels import CUAD_CATEGORIES, KEY_POINT_NAMES, KEY_POINTS, LABEL_NAMES, LABELS, TAXONOMY_VERSION
from voute.review.language import detect_language
from voute.review.model import PassageModel, load_model, rescale
from voute.review.report import Evidence, FlagFinding, KeyPointStatus, LabelFinding, ReviewReport, TermFinding
from voute.review.rules import VETO_DAMPING, WORD
from voute.review.rules_cuad import CUAD_RULES
from voute.review.rules_labels import LABEL_RULES
from voute.review.segment import segment_text
from voute.review.textnorm import normalize

__all__ = ["review_document", "review_text"]

_LANGUAGES = {"fr", "en"}
_MULTIPLE = re.compile(
    r"\b(?:\w+ \(\d+\)|\d+(?:[.,]\d+)?|one|two|three|un|deux|trois)\s*(?:times|fois|x)\b[^.]{0,80}|"
    r"\b(?:montants?|amounts?|fees?|charges|sommes|prix|redevances?|remunerations?)\b[^.]{0,60}"
    r"\b(?:paye\w*|paid|payable|versee?s?|factur\w*|percue?s?|received|reglee?s?)\b[^.]{0,80}|"
    # "dans la limite de douze mois de redevance", "twelve (12) months of fees"
    r"\b(?:\w+ \(\d+\)|\d+|un|une|deux|trois|six|douze|one|two|three|six|twelve)\s+(?:mois|months?|annees?|years?|ans?)"
    r"\s+(?:de|d'|of)\s?(?:la |l')?(?:redevances?|facturation|fees|charges|remuneration|prix|abonnement|"
    r"subscription)\b|"
    # "limitée au montant HT de la prestation", "au montant total du forfait mensuel": a price named, no verb
    r"\bau montant (?:(?:total|global|hors taxes?|ht|ttc)\s+)*(?:du|de la|des|de l')\s?(?:forfait|prestations?|"
    r"commandes?|contrat|redevances?|abonnement|factures?)\b[^.;]{0,40}"
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
    words = passage_words(normalized, passages)
    language = lang or detect_language(text)
    label_hits, cuad_hits = score_documents(normalized, passages, (LABEL_RULES, CUAD_RULES), words)
    model = load_model() if language == "en" else None  # the model learnt from English contracts only
    if model is not None and passages:
        cuad_hits = _mix_model(model, passages, words, cuad_hits)
        label_hits = _weak_labels(label_hits, cuad_hits, normalized)
    present = _present(label_hits)
    cuad_present = _present(cuad_hits)
    terms = extract_terms(text, normalized)
    flags = compute_flags(normalized, present, cuad_present, terms)
    labels = [_finding(document, label, LABEL_NAMES[label], label_hits[label], "labels") for label in LABELS]
    labels = [_with_mode(finding, normalized, present) for finding in labels]
    # CUAD categories scored by the model have their own calibration; by patterns alone, the labels' one.
    family = "cuad" if model is not None and passages else "labels"
    cuad = [_finding(document, key, (name, name), cuad_hits[key], family) for key, name in CUAD_CATEGORIES.items()]
    return ReviewReport(
        source=document.source,
        kind=document.kind,
        language=language,
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


# CUAD categories that settle one of our labels: their evidence also counts for the label (English only).
_LABEL_FROM_CUAD: dict[str, tuple[str, ...]] = {
    "audits": ("audit_rights",),
    "insurance": ("insurance",),
    "governing_law": ("governing_law",),
    "liability": ("cap_on_liability", "uncapped_liability"),
    "renewal": ("renewal_term", "notice_to_terminate_renewal"),
    "termination": ("termination_for_convenience",),
    "duration": ("expiration_date",),
}


_KEEP = 0.05  # mixed passage scores reported below this are dropped


def _mix_model(
    model: PassageModel, passages: list[Passage], words: list[list[str]], hits: Mapping[str, list[Hit]]
) -> dict[str, list[Hit]]:
    """CUAD hits from the model's passage probabilities mixed with the pattern scores (see model.py)."""
    headings: dict[str, list[str]] = {}
    heading_words = []
    for passage in passages:
        heading = headings.get(passage.heading)
        if heading is None:
            heading = headings[passage.heading] = WORD.findall(normalize(passage.heading))
        heading_words.append(heading)
    probabilities = model.predict_words(words, heading_words)  # = predict() over features(), faster
    row_of = {passage.start: row for row, passage in enumerate(passages)}
    mixed: dict[str, list[Hit]] = {}
    for column, category in enumerate(model.categories):
        rule_hits = {row_of[hit.start]: hit for hit in hits.get(category, [])}
        rule_scores = np.zeros(len(passages))
        for row, hit in rule_hits.items():
            rule_scores[row] = hit.score
        weight, threshold = model.weights[category], model.thresholds[category]
        scores = weight * probabilities[:, column] + (1.0 - weight) * rule_scores
        found = []
        # Only passages whose reported score reaches 0.05 are kept (most passages are far below).
        for row in np.flatnonzero(scores >= _KEEP * min(1.0, threshold / DEFAULT_THRESHOLD)).tolist():
            passage, rule_hit = passages[row], rule_hits.get(row)
            cue = (rule_hit.cue_start, rule_hit.cue_end) if rule_hit else (passage.start, passage.end)
            score = rescale(float(scores[row]), threshold, DEFAULT_THRESHOLD)
            found.append(Hit(category, score, passage.start, passage.end, *cue))
        found.sort(key=lambda hit: (-hit.score, hit.start))
        mixed[category] = found
    for category, found in hits.items():
        mixed.setdefault(category, found)
    return mixed


def _weak_labels(
    label_hits: Mapping[str, list[Hit]], cuad_hits: Mapping[str, list[Hit]], normalized: str
) -> dict[str, list[Hit]]:
    """Labels also found through the CUAD category that settles them (a CUAD hit above the threshold).

    A passage our label's rule vetoes (a list of the clauses that survive termination is no governing-law
    clause) is damped the same way when it comes through CUAD: the model reads words, not what they do there.
    """
    merged = {label: list(found) for label, found in label_hits.items()}
    for label, categories in _LABEL_FROM_CUAD.items():
        veto = LABEL_RULES[label].veto
        extra = []
        for category in categories:
            for hit in cuad_hits.get(category, []):
                score = hit.score
                if veto is not None and score >= DEFAULT_THRESHOLD and veto.search(normalized[hit.start : hit.end]):
                    score *= VETO_DAMPING
                if score >= DEFAULT_THRESHOLD:
                    extra.append(Hit(label, score, hit.start, hit.end, hit.cue_start, hit.cue_end))
        if extra:
            merged[label] = sorted(merged[label] + extra, key=lambda hit: (-hit.score, hit.start))
    return merged


# Passages quoted per label: a topic is often spread over several clauses (the liability cap in one, its
# exceptions in another), and the reader wants them all. Five instead of three raised the share of the gold
# evidence that a quote covers from 0.756 to 0.812 on the development set (docs/review.md). Term extraction
# still reads the three strongest passages only.
EVIDENCE_LIMIT = 5


def _present(hits: Mapping[str, list[Hit]]) -> dict[str, list[Hit]]:
    return {label: best_hits(found, DEFAULT_THRESHOLD) for label, found in hits.items()}


def _finding(document: Document, label: str, names: tuple[str, str], hits: list[Hit], family: str) -> LabelFinding:
    chosen = best_hits(hits, DEFAULT_THRESHOLD, EVIDENCE_LIMIT)
    score = round(hits[0].score, 3) if hits else 0.0
    evidence = [
        Evidence(
            hit.start, hit.end, document.page_at(hit.start), round(hit.score, 3), document.text[hit.start : hit.end]
        )
        for hit in chosen
    ]
    confidence = load_calibration().confidence(score, family)
    return LabelFinding(
        label, names[0], names[1], bool(chosen), score, evidence,
        confidence=None if confidence is None else round(confidence, 3),
    )


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
    def inside(hits: list[Hit], kinds: set[str], keep: Callable[[Term], bool] = lambda term: True) -> list[str]:
        values = [
            t.value for t in terms if t.kind in kinds and any(h.start <= t.start < h.end for h in hits) and keep(t)
        ]
        return list(dict.fromkeys(values))[:5]

    def contract_term(term: Term) -> bool:
        before = normalized[max(0, term.start - 120) : term.start]
        return not (_NOT_THE_TERM_BEFORE.search(before) or _AFTER_THE_END.match(normalized, term.end))

    key: dict[str, list[str]] = {
        "duration": inside(present["duration"], {"duration"}, contract_term),
        "notice_period": inside(present["renewal"] + present["termination"], {"notice_period"})
        or _unique(t.value for t in terms if t.kind == "notice_period" and _ENDING.search(
            normalized, max(0, t.start - 160), t.end + 80)),
        "renewal_mode": [mode] if (mode := renewal_mode(normalized, present["renewal"])) else [],
        "liability_cap": _cap(text, normalized, terms, [*cuad.get("cap_on_liability", []), *_capping(
            normalized, present["liability"])]),
        "penalty_rates": _penalty_rates(normalized, terms, present["penalties"]),
        "payment_terms": _unique(t.value for t in terms if t.kind == "payment_term"),
        "governing_law": _unique(t.value for t in terms if t.kind == "governing_law"),
        "courts": _unique(t.value for t in terms if t.kind == "court"),
        "breach_notification": _unique(t.value for t in terms if t.kind == "breach_notification"),
    }
    return {name: values for name, values in key.items() if values}


# A percentage that measures a service, not money: "un taux de disponibilité de 99 %", "99.9% uptime".
_MEASURE_NEAR = re.compile(r"\b(?:disponibilite|availability|uptime|taux de service|service level)\b")


def _cap(text: str, normalized: str, terms: list[Term], hits: list[Hit]) -> list[str]:
    for hit in hits:
        amounts = [
            t.text
            for t in terms
            if t.kind in {"amount", "percentage"}
            and hit.start <= t.start < hit.end
            and not (t.kind == "percentage" and _MEASURE_NEAR.search(normalized, max(0, t.start - 60), t.end + 30))
        ]
        if amounts:
            return amounts[:3]
        multiple = _MULTIPLE.search(normalized, hit.start, hit.end)
        if multiple:
            return [_snippet(text[multiple.start() : multiple.end()])]
    return []


# Where a cap's wording stops: a table cell, or a new line that opens a list item, a heading or a
# quote (a plain new line is only the wrapping of the same sentence).
_NEXT_ITEM = re.compile(r" \| |\n(?=[ \t]*(?:[-*+#|>]|\d{1,2}[.)]\s))|\n[ \t]*\n")


def _snippet(found: str) -> str:
    """A cap's wording as shown: one line (a Markdown list or table goes on with other terms), plain spaces."""
    found = _NEXT_ITEM.split(found.strip(), maxsplit=1)[0].replace("**", "")
    return " ".join(found.split()).rstrip(" ,;:")


# A period in the duration clause that is not the contract's term: how long a non-solicitation, a warranty, a
# confidentiality duty or a retention lasts, a trial period, or anything counted after the end ("pendant 12 mois
# après son terme", "for one year following termination").
_NOT_THE_TERM_BEFORE = re.compile(
    r"\b(?:non-?solicit\w*|non-?compet\w*|solicit\w*|confidential\w*|garantie|warrant\w*|surviv\w*|retention|"
    r"conserv\w*|periode d'essai|trial period)\b[^.;]*$"
)
_AFTER_THE_END = re.compile(
    r"^[^.;]{0,10}\b(?:after|following|suivant|apres)\b[^.;]{0,30}\b(?:termination|expiry|expiration|end|fin|terme|"
    r"cessation|resiliation)\b"
)


# A notice found outside the renewal and termination clauses still counts when it is about ending the contract
# (not a notice before maintenance, a new sub-processor or a change of the service levels).
_ENDING = re.compile(
    r"\b(?:resili\w*|terminat\w*|terminer|denonc\w*|non-?renouvel\w*|non-?renewal|reconduc\w*|renew\w*|"
    r"renouvel\w*|cancel\w*|mettre fin|put an end|end (?:this|the) (?:agreement|contract))"
)


# A liability passage that sets a ceiling ("plafonnée à", "ne pourra excéder", "shall not exceed").
_CEILING = re.compile(
    r"\b(?:plafon\w*|limitee? a|dans la limite|ne (?:pourra|peut|saurait) (?:en aucun cas )?(?:exceder|depasser)|"
    r"n'excede\w*|cap(?:ped)?|limited to|shall not exceed|will not exceed|not to exceed|in no event exceed|"
    r"maximum (?:aggregate )?liability)\b|"
    # "limitée, toutes causes confondues, au montant des sommes perçues": the ceiling comes after an aside
    r"\blimitee?s?\b[^.;]{0,50}?\b(?:au montant|a la somme|aux sommes|a hauteur)\b"
)
# Words that make a percentage a target, not a penalty rate: "au moins 85 %", "target 95%", ">= 80%".
_TARGET_BEFORE = re.compile(
    r"(?:au moins|minimum|cible|objectif|seuil|target|at least|no less than|not less than|>=|≥|superieure? ou egale? a|"
    r"taux de \w+|rate of|level of|uptime|availability|disponibilite|\d\s?%\s?(?:-|to)|below|under|less than|"
    r"inferieure? a|en dessous de|en deca de)\W{0,3}$"
)
# A percentage that is a level of service or the bound of a band of levels, not a rate: "the 99.9% uptime
# guarantee", "| 99.0% - 99.9% | 10% of monthly fee |".
_MEASURED_AFTER = re.compile(
    r"\s*(?:(?:monthly|annual|mensuelle)\s+)?(?:uptime|availability|disponibilite)\b|\s*(?:-|to)\s*\d"
)
# What a penalty rate is a share of: "1 % de la facture", "5% of the monthly fees".
_RATE_BASE = re.compile(
    r"\s*(?:of|de|du|des|sur)\b[^|.]{0,25}?\b(?:redevances?|factur\w*|montants?|prix|fees?|charges?|invoices?|"
    r"remuneration|amounts?)\b"
)
_PENALTY_WORD = re.compile(
    r"\b(?:penalit\w*|penalt(?:y|ies)|credits?|refactions?|minorations?|abattements?|reductions?|malus|decotes?|"
    r"liquidated)\b"
)


def _capping(normalized: str, hits: list[Hit]) -> list[Hit]:
    return [hit for hit in hits if _CEILING.search(normalized, hit.start, hit.end)]


def _penalty_rates(normalized: str, terms: list[Term], hits: list[Hit]) -> list[str]:
    """Percentages and amounts of the penalty passages, without the service-level targets that share them."""
    values = []
    for term in terms:
        if term.kind not in {"percentage", "amount"} or not any(h.start <= term.start < h.end for h in hits):
            continue
        before = normalized[max(0, term.start - 80) : term.start]
        if _TARGET_BEFORE.search(before) or _MEASURED_AFTER.match(normalized, term.end):
            continue
        before = before[before.rfind("|") + 1 :]  # a table row: stay in the cell
        after = normalized[term.end : term.end + 50]
        after = after[: after.find("|")] if "|" in after else after
        if _RATE_BASE.match(after) or _PENALTY_WORD.search(before):
            values.append(term.value)
    return _unique(values)


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))[:5]


def _term(document: Document, term: Term) -> TermFinding:
    return TermFinding(term.kind, term.value, term.text, term.start, term.end, document.page_at(term.start), term.unit)


def _flag(document: Document, flag: Flag) -> FlagFinding:
    page = document.page_at(flag.start) if flag.start is not None else None
    return FlagFinding(**flag.__dict__, page=page)
