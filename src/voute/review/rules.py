"""The building blocks of our clause patterns: cues, rules, and how a passage is scored against a rule.

A rule groups, for one label, families of cues written in our own words in French and English against the
normalised text (lower case, no accents, see :mod:`voute.review.textnorm`). Each cue has a weight: roughly how
sure we are that a passage matching it addresses the topic. A passage's score is the noisy-or of its cues'
weights, raised when the heading above the passage names the topic and damped by vetoes (definitions,
cross-references, topic words used in another sense).

Speed: the regexes are costly, so two cheap necessary conditions run first. A rule's `gate` is a list of word
stems, one of which must start a word of the passage (a whole document's words are looked up once, see
:class:`RuleSet`); a cue's `literals` are computed from its pattern (:mod:`voute.review.literals`) and one of
them must occur in the passage. Both only skip regexes that could not match, so scores are unchanged.
A literal made of letters and digits only can occur only inside one word of the passage, so :class:`RuleSet`
finds such literals word by word (memoised, like the gates) instead of scanning the passage once per literal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from voute.review.literals import required_literals

__all__ = ["WORD", "Cue", "Rule", "RuleSet", "cue", "rule", "score_passage"]

WORD = re.compile(r"[a-z0-9]+")  # words of the normalised text, shared by the gates and the model

_DEFINITION = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?\"?[a-z][\w\s'-]{0,60}\"?\s*(?:\([^)]{0,40}\)\s*)?"
    r"(?:means|shall mean|has the meaning|refers to|designe|signifie|s'entend)\b",
)
# "Le Prestataire désigne un chef de projet": a party appointing someone, not a definition.
_APPOINTS = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:le |la |l'|chaque )?(?:prestataire|titulaire|client|fournisseur|acheteur|"
    r"partie|sous-traitant|pouvoir adjudicateur|donneur d'ordre)\s+designe\b"
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
    literals: tuple[str, ...] | None = None  # one of them occurs in every match (None: no cheap test)


@dataclass(frozen=True)
class Rule:
    """All cues of a label; the `gate` (word stems) lets most passages skip the cue regexes entirely."""

    label: str
    gate: tuple[str, ...]
    cues: tuple[Cue, ...]
    heading: re.Pattern[str] | None = None
    veto: re.Pattern[str] | None = None


def cue(
    weight: float,
    pattern: str,
    needs: str | None = None,
    unless: str | None = None,
    literals: tuple[str, ...] | None = None,
) -> Cue:
    """Compile a cue (patterns are written against normalised text).

    `literals` overrides the ones read from the pattern, for a pattern whose only selective part is a short
    symbol ("%", a currency sign) that :func:`required_literals` will not choose: every match must contain one.
    """
    return Cue(
        re.compile(pattern),
        weight,
        re.compile(needs) if needs else None,
        re.compile(unless) if unless else None,
        literals if literals is not None else required_literals(pattern),
    )


def rule(label: str, gate: str, cues: list[Cue], heading: str = "", veto: str = "") -> Rule:
    """Build a rule; `gate` is a '|'-separated list of word stems (a passage must have a word starting so).

    A token that is not a single word ("good faith", "sous-trait", "%") must occur as such in the passage.
    """
    return Rule(
        label,
        tuple(gate.split("|")),
        tuple(cues),
        re.compile(heading) if heading else None,
        re.compile(veto) if veto else None,
    )


_PREFIXES = ("non", "un", "in", "im", "pre", "re", "sub", "co", "dis", "auto")


def _parts(word: str) -> list[str]:
    """The word, and the word without a common prefix ("nonrenewal" -> "renewal"), for the gate stems."""
    return [word, *(word[len(prefix) :] for prefix in _PREFIXES if word.startswith(prefix))]


class RuleSet:
    """Rules compiled for fast gating: which rules can possibly fire on a passage, from its words alone."""

    def __init__(self, rules: Mapping[str, Rule]) -> None:
        self.labels: tuple[str, ...] = tuple(rules)
        self.rules: tuple[Rule, ...] = tuple(rules.values())
        self._stems: dict[str, int] = {}
        self._symbols: list[tuple[str, int]] = []
        for index, item in enumerate(self.rules):
            for stem in item.gate:
                if WORD.fullmatch(stem):
                    self._stems[stem] = self._stems.get(stem, 0) | (1 << index)
                else:
                    self._symbols.append((stem, 1 << index))
        self._lengths = sorted({len(stem) for stem in self._stems})
        self._cache: dict[str, int] = {}
        self._cue_table, self._literal_index = _cue_table(self.rules)
        self._cue_cache: dict[str, int] = {}
        # One memo for both masks, the cue bits above the rule bits: one dictionary lookup per word in `score`.
        self._shift = len(self.rules)
        self._both: dict[str, int] = {}

    def word_mask(self, word: str) -> int:
        """Bit i is set when `word` starts with a gate stem of rule i (memoised: documents share words)."""
        mask = self._cache.get(word)
        if mask is None:
            mask = 0
            stems = self._stems
            for part in _parts(word):
                for length in self._lengths:
                    if length > len(part):
                        break
                    mask |= stems.get(part[:length], 0)
            if len(self._cache) > 500_000:  # bounded memory on long-running processes
                self._cache.clear()
            self._cache[word] = mask
        return mask

    def gate_mask(self, words: Iterable[str], passage: str) -> int:
        """Bit i is set when rule i's gate lets the passage through."""
        mask = 0
        cache = self._cache
        for word in words:
            found = cache.get(word)  # inlined lookup: this loop runs once per word of the document
            mask |= self.word_mask(word) if found is None else found
        for symbol, bit in self._symbols:
            if not mask & bit and symbol in passage:
                mask |= bit
        return mask

    def word_cues(self, word: str) -> int:
        """Bit j is set when `word` contains a word literal of cue j (cues numbered across all rules)."""
        mask = self._cue_cache.get(word)
        if mask is None:
            mask = 0
            index = self._literal_index
            for position in range(len(word) - 2):
                for literal, bit in index.get(word[position : position + 3], ()):
                    if not mask & bit and word.startswith(literal, position):
                        mask |= bit
            if len(self._cue_cache) > 500_000:  # bounded memory on long-running processes
                self._cue_cache.clear()
            self._cue_cache[word] = mask
        return mask

    def _word_both(self, word: str) -> int:
        both = self.word_mask(word) | (self.word_cues(word) << self._shift)
        if len(self._both) > 500_000:
            self._both.clear()
        self._both[word] = both
        return both

    def score(self, passage: str, words: Iterable[str], heading: str) -> Iterable[tuple[int, float, int, int]]:
        """(rule index, score, cue start, cue end) for every rule with a non-zero score on the passage.

        `words` are the words of the passage (``WORD.findall`` over it): the word literals are looked up there.
        """
        both = 0
        cache = self._both
        for word in words:
            found = cache.get(word)
            both |= self._word_both(word) if found is None else found
        mask = both & ((1 << self._shift) - 1)
        for symbol, bit in self._symbols:
            if not mask & bit and symbol in passage:
                mask |= bit
        present = both >> self._shift
        index = 0
        while mask:
            if mask & 1:
                cues: list[Cue] = []
                for item, bit, others in self._cue_table[index]:
                    if item.literals is None or present & bit:
                        cues.append(item)
                        continue
                    for literal in others:  # a plain loop: cheaper than any() over a generator
                        if literal in passage:
                            cues.append(item)
                            break
                score, start, end = _score_cues(self.rules[index], cues, passage, heading) if cues else (0.0, 0, 0)
                if score > 0.0:
                    yield index, score, start, end
            mask >>= 1
            index += 1


def score_passage(target: Rule, passage: str, heading: str, gated: bool = False) -> tuple[float, int, int]:
    """Score one normalised passage; return (score, start, end) of the strongest cue match within it.

    `gated` says the caller already checked the rule's gate (see :class:`RuleSet`).
    """
    if not gated and not RuleSet({target.label: target}).gate_mask(WORD.findall(passage), passage):
        return 0.0, 0, 0
    cues = [
        item
        for item in target.cues
        if item.literals is None or any(literal in passage for literal in item.literals)
    ]
    return _score_cues(target, cues, passage, heading)


_CueRow = tuple[tuple[Cue, int, tuple[str, ...]], ...]  # (cue, its bit, its literals that are not single words)


def _cue_table(rules: tuple[Rule, ...]) -> tuple[list[_CueRow], dict[str, list[tuple[str, int]]]]:
    """Per rule, (cue, bit, literals to look for in the passage); and the word literals indexed by their start."""
    table: list[_CueRow] = []
    index: dict[str, list[tuple[str, int]]] = {}
    bit = 1
    for item in rules:
        row: list[tuple[Cue, int, tuple[str, ...]]] = []
        for entry in item.cues:
            others: list[str] = []
            for literal in entry.literals or ():
                if len(literal) >= 3 and WORD.fullmatch(literal):
                    index.setdefault(literal[:3], []).append((literal, bit))
                else:
                    others.append(literal)  # spaces, apostrophes, symbols: looked for in the passage itself
            row.append((entry, bit, tuple(others)))
            bit <<= 1
        table.append(tuple(row))
    return table, index


def _score_cues(target: Rule, cues: list[Cue], passage: str, heading: str) -> tuple[float, int, int]:
    """Noisy-or of the cues (already known to contain one of their literals) that match the passage."""
    miss = 1.0
    best = (0.0, 0, 0)
    for item in cues:
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
    if _DEFINITION.search(passage[:160]) and len(passage) < 600 and not _APPOINTS.search(passage[:160]):
        score *= 0.5  # a definition alone does not make a clause
    if len(passage) < 220 and _CROSS_REFERENCE.search(passage):
        score *= 0.7  # a bare pointer to another document
    return score
