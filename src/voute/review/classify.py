"""Score every passage of a document against every rule, then decide per label at document level.

A passage is a clause (or an evidence-sized piece of a long clause). Headings and table-of-contents lines are
never passages: a heading alone does not make a label present, it only lends context to the clauses below it.
A label is present when its best passage scores at or above the label's threshold.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from voute.review.rules import WORD, Rule, RuleSet
from voute.review.segment import Segment, split_passages
from voute.review.textnorm import normalize

__all__ = [
    "DEFAULT_THRESHOLD",
    "Hit",
    "Passage",
    "best_hits",
    "make_passages",
    "passage_words",
    "rule_set",
    "score_document",
    "score_documents",
]

DEFAULT_THRESHOLD = 0.6
_HEADING_WITH_BODY = 150  # a "heading" line this long carries clause text (e.g. "1.1 Term. This Agreement...")


@dataclass(frozen=True)
class Passage:
    """A span of the document that can serve as evidence, with the heading it sits under."""

    start: int
    end: int
    heading: str


@dataclass(frozen=True)
class Hit:
    """A passage that matched a rule: its score and the span of the strongest cue inside it."""

    label: str
    score: float
    start: int
    end: int
    cue_start: int
    cue_end: int


def make_passages(text: str, segments: Iterable[Segment]) -> list[Passage]:
    """Evidence-sized passages (at most 1,200 characters) for every clause-like segment."""
    passages: list[Passage] = []
    for segment in segments:
        if segment.kind == "toc":
            continue
        if segment.kind == "heading" and segment.end - segment.start < _HEADING_WITH_BODY:
            continue
        for start, end in split_passages(text, segment.start, segment.end):
            passages.append(Passage(start, end, segment.heading))
    return passages


_RULE_SETS: dict[tuple[int, ...], RuleSet] = {}


def rule_set(rules: Mapping[str, Rule], *more: Mapping[str, Rule]) -> RuleSet:
    """The compiled, memoised rule set of one or more rules mappings (the mappings are module-level constants)."""
    key = (id(rules), *map(id, more))
    found = _RULE_SETS.get(key)
    current = tuple(item for mapping in (rules, *more) for item in mapping.values())
    if found is None or found.rules != current:
        found = _RULE_SETS[key] = RuleSet(rules, *more)
    return found


def passage_words(normalized: str, passages: Iterable[Passage]) -> list[list[str]]:
    """The words of every passage (normalised text), computed once for the rules and the model."""
    return [WORD.findall(normalized, passage.start, passage.end) for passage in passages]


def score_document(
    normalized: str,
    passages: list[Passage],
    rules: Mapping[str, Rule],
    words: list[list[str]] | None = None,
) -> dict[str, list[Hit]]:
    """Every passage with a non-zero score, per label, best first."""
    return score_documents(normalized, passages, (rules,), words)[0]


def score_documents(
    normalized: str,
    passages: list[Passage],
    rule_maps: Sequence[Mapping[str, Rule]],
    words: list[list[str]] | None = None,
) -> list[dict[str, list[Hit]]]:
    """:func:`score_document` for several rules mappings at once: each passage's words are looked up once."""
    compiled = rule_set(*rule_maps)
    results: list[dict[str, list[Hit]]] = [{label: [] for label in rules} for rules in rule_maps]
    targets = [results[group][label] for group, label in zip(compiled.groups, compiled.labels, strict=True)]
    labels = compiled.labels
    headings: dict[str, str] = {}
    if words is None:
        words = passage_words(normalized, passages)
    word_sets = [set(passage_words_) for passage_words_ in words]
    compiled.learn(set().union(*word_sets))
    for passage, word_set in zip(passages, word_sets, strict=True):
        body = normalized[passage.start : passage.end]
        heading = headings.get(passage.heading)
        if heading is None:
            heading = headings[passage.heading] = normalize(passage.heading)
        start = passage.start
        for index, score, cue_start, cue_end in compiled.score(body, word_set, heading):
            targets[index].append(Hit(labels[index], score, start, passage.end, start + cue_start, start + cue_end))
    for result in results:
        for found in result.values():
            found.sort(key=lambda hit: (-hit.score, hit.start))
    return results


def best_hits(hits: list[Hit], threshold: float, limit: int = 3) -> list[Hit]:
    """The strongest passages at or above the threshold, without overlapping duplicates."""
    chosen: list[Hit] = []
    for hit in hits:
        if hit.score < threshold or len(chosen) >= limit:
            break
        if all(hit.end <= other.start or hit.start >= other.end for other in chosen):
            chosen.append(hit)
    return chosen
