"""The building blocks of our clause patterns: cues, rules, and how a passage is scored against a rule.

A rule groups, for one label, families of cues written in our own words in French and English against the
normalised text (lower case, no accents, see :mod:`voute.review.textnorm`). Each cue has a weight: roughly how
sure we are that a passage matching it addresses the topic. A passage's score is the noisy-or of its cues'
weights, raised when the heading above the passage names the topic and damped by vetoes (definitions,
cross-references, topic words used in another sense).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Cue", "Rule", "cue", "rule", "score_passage"]

_DEFINITION = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?\"?[a-z][\w\s'-]{0,60}\"?\s*(?:\([^)]{0,40}\)\s*)?"
    r"(?:means|shall mean|has the meaning|refers to|designe|signifie|s'entend)\b",
)
_CROSS_REFERENCE = re.compile(
    r"\b(?:see|refer to|as set (?:out|forth) in|as described in|voir|cf\.|conformement a|"
    r"tel que (?:defini|prevu|decrit))"
    r"\s+(?:the |l'|la |le |les |section |article |clause |annexe? |annex |schedule |exhibit )",
)


@dataclass(frozen=True)
class Cue:
    """One family of wordings; `needs` must also match the passage, `unless` damps the weight."""

    pattern: re.Pattern[str]
    weight: float
    needs: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Rule:
    """All cues of a label; the `gate` (plain substrings) lets most passages skip the cue regexes entirely."""

    label: str
    gate: re.Pattern[str]
    cues: tuple[Cue, ...]
    heading: re.Pattern[str] | None = None
    veto: re.Pattern[str] | None = None


def cue(weight: float, pattern: str, needs: str | None = None, unless: str | None = None) -> Cue:
    """Compile a cue (patterns are written against normalised text)."""
    return Cue(
        re.compile(pattern),
        weight,
        re.compile(needs) if needs else None,
        re.compile(unless) if unless else None,
    )


def rule(label: str, gate: str, cues: list[Cue], heading: str = "", veto: str = "") -> Rule:
    """Build a rule; `gate` is a '|'-separated list of plain substrings."""
    return Rule(
        label,
        re.compile("|".join(re.escape(token) for token in gate.split("|"))),
        tuple(cues),
        re.compile(heading) if heading else None,
        re.compile(veto) if veto else None,
    )


def score_passage(target: Rule, passage: str, heading: str) -> tuple[float, int, int]:
    """Score one normalised passage; return (score, start, end) of the strongest cue match within it."""
    if target.gate.search(passage) is None:
        return 0.0, 0, 0
    miss = 1.0
    best = (0.0, 0, 0)
    for item in target.cues:
        match = item.pattern.search(passage)
        if match is None or (item.needs is not None and item.needs.search(passage) is None):
            continue
        weight = item.weight
        if item.unless is not None and item.unless.search(passage):
            weight *= 0.35
        miss *= 1.0 - weight
        if weight > best[0]:
            best = (weight, match.start(), match.end())
    score = 1.0 - miss
    if score == 0.0:
        return 0.0, 0, 0
    return _adjust(target, passage, heading, score), best[1], best[2]


def _adjust(target: Rule, passage: str, heading: str, score: float) -> float:
    if target.heading is not None and heading and target.heading.search(heading):
        score = 1.0 - (1.0 - score) * 0.65
    if target.veto is not None and target.veto.search(passage):
        score *= 0.4
    if _DEFINITION.search(passage[:160]) and len(passage) < 600:
        score *= 0.5  # a definition alone does not make a clause
    if len(passage) < 220 and _CROSS_REFERENCE.search(passage):
        score *= 0.7  # a bare pointer to another document
    return score
