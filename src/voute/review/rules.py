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
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import reduce
from operator import or_

from voute.review.literals import Formula, required_formula, required_literal_groups, required_literals

__all__ = ["VETO_DAMPING", "WORD", "Cue", "Rule", "RuleSet", "cue", "rule", "score_passage"]

VETO_DAMPING = 0.4  # a passage the rule's veto matches keeps this share of its score
WORD = re.compile(r"[a-z0-9]+")  # words of the normalised text, shared by the gates and the model

_DEFINITION = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?\"?[a-z][\w\s'-]{0,60}\"?\s*(?:\([^)]{0,40}\)\s*)?"
    # Accents are gone here, so "désigne" (means) is told from the participle "désigné" ("le repreneur désigné par
    # le Client", "le chef de projet désigné ne peut être remplacé") by what follows: a definition names a thing.
    r"(?:means|shall mean|has the meaning|refers to|designe(?=\s+(?:le|la|les|l'|un|une|des|tout|toute|tous|toutes|"
    r"ensemble|chaque|ce|cet|cette|ces|collectivement|indifferemment)\b)|signifie|s'entend)\b",
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
    # The same for `needs` and `unless`: without one of them in the passage, that regex need not run.
    needs_literals: tuple[str, ...] | None = None
    unless_literals: tuple[str, ...] | None = None
    # The pattern as searched: the same matches, written so that the regex engine skips ahead (see _fast).
    search: re.Pattern[str] | None = None


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
        required_literals(needs) if needs else None,
        required_literals(unless) if unless else None,
        _fast(pattern),
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
    """Rules compiled for fast gating: which rules can possibly fire on a passage, from its words alone.

    Several rule mappings can share one rule set (`RuleSet(LABEL_RULES, CUAD_RULES)`): the words of a passage
    are then looked up once for all of them; `groups[i]` tells which mapping rule i came from.
    """

    def __init__(self, rules: Mapping[str, Rule], *more: Mapping[str, Rule]) -> None:
        mappings = (rules, *more)
        self.labels: tuple[str, ...] = tuple(label for mapping in mappings for label in mapping)
        self.rules: tuple[Rule, ...] = tuple(item for mapping in mappings for item in mapping.values())
        self.groups: tuple[int, ...] = tuple(number for number, mapping in enumerate(mappings) for _ in mapping)
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
        symbols = [symbol for symbol, _ in self._symbols]
        self._cue_table, groups_space, literal_space, cores = _cue_table(self.rules, symbols)
        self._literal_index = groups_space.index()
        self._literal_index2 = literal_space.index()
        # A gate symbol ("service level") can only occur where a word holds its core ("service"): testing the
        # core's bit first spares most `in` scans of the passage (symbols without a core: core bit 0).
        self._symbol_tests: list[list[tuple[str, int]]] = [[] for _ in self.rules]
        self._with_symbols = 0  # the rules that have gate symbols
        for symbol, bit in self._symbols:
            self._symbol_tests[bit.bit_length() - 1].append((symbol, cores.get(symbol, 0)))
            self._with_symbols |= bit
        # Bits one of which every passage on which some cue of the rule can run has (0: a cue may always run).
        self._any_cue = [_any_cue_bit(row) for row in self._cue_table]
        # Per rule, the cues whose required bits a passage has, memoised by the bits of the rule's cues that
        # the passage has: one dictionary lookup instead of a test per cue.
        self._relevant = [reduce(or_, (need for _, need, _ in row), 0) for row in self._cue_table]
        self._ready: list[dict[int, tuple[_Ready, ...]]] = [{} for _ in self._cue_table]
        # The same rows as (required bits, (cue, test)): `_cues_with` then copies no tuple.
        self._needs = [[(need, (item, test)) for item, need, test in row] for row in self._cue_table]
        self._cue_cache: dict[str, int] = {}
        # One memo for all masks of a word, one dictionary lookup per word in `score`: its gate bits, then the
        # rules whose "some cue may run" bit (`_any_cue`) it has, then the rules with gate symbols whose core
        # it holds (`_symbol_cores`), then its cue bits. The OR over a passage's words then names the rules
        # worth visiting, without a Python step per rule that the passage cannot fire.
        count = len(self.rules)
        self._rule_bits = (1 << count) - 1
        self._shift = 3 * count
        self._symbol_cores = [
            reduce(or_, (core for _, core in tests), 0) if all(core for _, core in tests) else 0
            for tests in self._symbol_tests
        ]
        # (mask, rule bit) of the rules whose mask is not empty, for `_word_bits`.
        self._may_run_tests = [(mask, 1 << index) for index, mask in enumerate(self._any_cue) if mask]
        self._symbolic_tests = [(mask, 1 << index) for index, mask in enumerate(self._symbol_cores) if mask]
        # Rules that are always worth visiting: a cue may always run; a gate symbol without a core.
        self._always = sum(1 << index for index, any_cue in enumerate(self._any_cue) if not any_cue)
        self._symbols_always = sum(
            1 << index
            for index, tests in enumerate(self._symbol_tests)
            if tests and not self._symbol_cores[index]
        )
        self._both: dict[str, int] = {}
        self._literals: dict[str, int] = {}  # word -> its bits in the second literal space (see _cue_table)

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
            if len(self._cache) > _MEMO_LIMIT:  # bounded memory on long-running processes
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
        """The literal-group bits (see :func:`_cue_table`) of the literals and cores that `word` contains."""
        mask = self._cue_cache.get(word)
        if mask is None:
            mask = _contained(word, self._literal_index)
            if len(self._cue_cache) > _MEMO_LIMIT:  # bounded memory on long-running processes
                self._cue_cache.clear()
            self._cue_cache[word] = mask
        return mask

    def learn(self, words: Collection[str]) -> None:
        """Memoise the masks of the words not seen yet (call once per document, with all its words)."""
        both = self._both
        missing = [word for word in words if word not in both]
        if len(both) + len(missing) > _MEMO_LIMIT:  # bounded memory on long-running processes
            both.clear()
            missing = list(words)
        if not both:
            self._literals.clear()  # cleared together: a word in one memo is in the other
        literals, index = self._literals, self._literal_index2
        for word in missing:
            both[word] = self._word_bits(word)
            literals[word] = _contained(word, index)

    def _word_bits(self, word: str) -> int:
        """The four masks of `word` side by side (see `_shift` in __init__)."""
        cues = self.word_cues(word)
        count = len(self.rules)
        may_run = symbolic = 0
        if cues:
            for mask, bit in self._may_run_tests:
                if cues & mask:
                    may_run |= bit
            for mask, bit in self._symbolic_tests:
                if cues & mask:
                    symbolic |= bit
        return self.word_mask(word) | may_run << count | symbolic << 2 * count | cues << self._shift

    def _cues_with(self, index: int, key: int) -> tuple[_Ready, ...]:
        """The cues of rule `index` whose required bits are all in `key` (memoised)."""
        memo = self._ready[index]
        if len(memo) > _MEMO_LIMIT // 10:  # bounded memory on long-running processes
            memo.clear()
        ready = memo[key] = tuple([ready for need, ready in self._needs[index] if key & need == need])
        return ready

    def score(self, passage: str, words: Collection[str], heading: str) -> Iterator[tuple[int, float, int, int]]:
        """(rule index, score, cue start, cue end) for every rule with a non-zero score on the passage.

        `words` are the words of the passage (``WORD.findall`` over it): the word literals are looked up there.
        """
        try:
            # reduce/filter/map/or_ run in C: this is the loop over every word of every passage (filter drops
            # the words without any bit, most of them, before the OR of two long integers).
            both = reduce(or_, filter(None, map(self._both.__getitem__, words)), 0)
        except KeyError:
            self.learn(words)
            both = reduce(or_, filter(None, map(self._both.__getitem__, words)), 0)
        rule_bits, count = self._rule_bits, len(self.rules)
        gate = both & rule_bits
        present = both >> self._shift
        # A rule is visited when some cue of it may run and its gate may let the passage through (a gate stem
        # among the words, or a gate symbol whose core is among them).
        may_run = (both >> count) & rule_bits | self._always
        symbolic = (both >> 2 * count) & rule_bits | self._symbols_always
        memo: dict[int, _Found] = {}  # the cues' results on this passage (some cues serve two rules)
        damps: list[tuple[bool, bool]] = []  # the passage's own damping tests (see _adjust), made once
        literals = -1  # not computed yet
        candidates = (gate | symbolic) & may_run
        while candidates:
            low = candidates & -candidates  # the rules in increasing order, visiting set bits only
            candidates ^= low
            index = low.bit_length() - 1
            if not gate & low:  # no gate stem among the words: the rule's gate symbols decide
                for symbol, core in self._symbol_tests[index]:
                    if present & core == core and symbol in passage:
                        break
                else:
                    continue
            key = present & self._relevant[index]
            ready = self._ready[index].get(key)
            if ready is None:
                ready = self._cues_with(index, key)
            cues: list[Cue] = []
            for item, test in ready:
                if test is None:
                    cues.append(item)
                    continue
                if literals < 0:  # the passage's second-space literal bits, computed when first needed
                    literals = reduce(or_, filter(None, map(self._literals.__getitem__, words)), 0)
                if test(present, literals, passage):
                    cues.append(item)
            if cues:
                score, start, end = _score_cues(self.rules[index], cues, passage, heading, memo, damps)
                if score > 0.0:
                    yield index, score, start, end


# Words per memo table: about 120 bytes a word with its string, so at most some 60 MB a table on a very long
# run (the 408 CUAD texts of the bench leave 28,550 words, 3.5 MB a table).
_MEMO_LIMIT = 500_000


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


# (first-space bits of the passage, second-space literal bits of the passage, passage) -> may the cue match?
_Test = Callable[[int, int, str], bool]
_Check = tuple[int, tuple[tuple[str, int], ...]]  # (bit of a group's word literals or 0; (other literal, bit))
# (cue, bits that must all be present, a test of its literal checks and of the rest of its formula, or None)
_CueRow = tuple[tuple[Cue, int, _Test | None], ...]
_Ready = tuple[Cue, _Test | None]  # a cue whose required bits are present


class _Literals:
    """Bits for literals that occur inside words, and their index by first three characters.

    A word's mask is the OR of the bits of the literals it contains (see :meth:`RuleSet.word_cues`).
    """

    def __init__(self) -> None:
        self.bits: dict[object, int] = {}
        self.of_literal: dict[str, int] = {}

    def bit(self, key: object, literals: Iterable[str]) -> int:
        """The bit of `key`, set by the words that contain one of `literals` (each made of letters/digits)."""
        if key not in self.bits:
            self.bits[key] = 1 << len(self.bits)
            for literal in literals:
                self.of_literal[literal] = self.of_literal.get(literal, 0) | self.bits[key]
        return self.bits[key]

    def index(self) -> dict[str, list[tuple[str, int]]]:
        found: dict[str, list[tuple[str, int]]] = {}
        for literal, mask in self.of_literal.items():
            found.setdefault(literal[:3], []).append((literal, mask))
        return found


def _cue_table(
    rules: tuple[Rule, ...], symbols: Iterable[str] = ()
) -> tuple[list[_CueRow], _Literals, _Literals, dict[str, int]]:
    """Per rule, how to tell cheaply that a cue cannot match; the two literal bit spaces; the bit of the core of
    each gate symbol.

    A cue's literal groups are its `literals` and every literal set its pattern requires
    (:func:`required_literal_groups`): a match contains one literal of each group. A group of single-word
    literals gets a bit, set by the words that contain one of them (exact). A group with other literals
    ("le service", "%") is tested with `in` on the passage; when each of those literals holds a run of three
    letters or digits (its "core", necessarily inside one word of the passage), a second bit set by the words
    containing a word literal or a core of the group lets most passages skip the `in` tests. These group bits
    live in the first space (looked up for every passage). The second space has one bit per literal of the
    checks and of the rest of the formulas (:func:`_residual`), looked up only for passages that reach them:
    a word literal is then a bit test, another literal an `in` test made only when its core's bit is set.
    """
    groups_space, literal_space = _Literals(), _Literals()

    def literal_bit(literal: str) -> int:
        """The second-space bit of a word literal or of the core of another literal (0: no core)."""
        core = literal if len(literal) >= 3 and WORD.fullmatch(literal) else _core(literal)
        return literal_space.bit(core, [core]) if core else 0

    table: list[_CueRow] = []
    for item in rules:
        row: list[tuple[Cue, int, _Test | None]] = []
        for entry in item.cues:
            need = 0
            checks: list[_Check] = []
            groups = _literal_groups(entry)
            for group in groups:
                words = [literal for literal in group if len(literal) >= 3 and WORD.fullmatch(literal)]
                others = tuple(literal for literal in group if literal not in words)
                exact = groups_space.bit(("exact", frozenset(words)), words) if words else 0
                if not others:
                    need |= exact
                    continue
                cores = [_core(literal) for literal in others]
                if all(cores):
                    key = ("maybe", frozenset(group))
                    need |= groups_space.bit(key, [*words, *(core for core in cores if core)])
                checks.append((exact, tuple((literal, literal_bit(literal)) for literal in others)))
            rest = _residual(required_formula(entry.pattern.pattern), groups) if entry.literals is not None else None
            row.append((entry, need, _cue_test(checks, rest, literal_bit)))
        table.append(tuple(row))
    symbol_cores: dict[str, int] = {}
    for symbol in symbols:
        core = _core(symbol)
        if core is not None:
            symbol_cores[symbol] = groups_space.bit(("exact", frozenset([core])), [core])
    return table, groups_space, literal_space, symbol_cores


def _contained(word: str, index: dict[str, list[tuple[str, int]]]) -> int:
    """The OR of the bits of the indexed literals that occur in `word`."""
    mask = 0
    for position in range(len(word) - 2):
        for literal, bits in index.get(word[position : position + 3], ()):
            if word.startswith(literal, position):
                mask |= bits
    return mask


def _any_cue_bit(row: _CueRow) -> int:
    """One bit of each cue's required bits, together (0 when a cue requires none: it may always run)."""
    found = 0
    for _, need, _ in row:
        if not need:
            return 0
        found |= need & -need
    return found


def _literal_groups(entry: Cue) -> list[tuple[str, ...]]:
    """The cue's own literals (given or computed) first, then the other groups its pattern requires."""
    groups = [entry.literals] if entry.literals is not None else []
    if entry.literals is not None:  # no literal at all means: always run the regex (as before)
        groups += [group for group in required_literal_groups(entry.pattern.pattern) if group not in groups]
    return groups


def _residual(formula: Formula | None, groups: list[tuple[str, ...]]) -> Formula | None:
    """What the literal formula of a pattern says beyond its literal groups, or None.

    The groups already hold each literal and each alternation of literals of the pattern's top level; what is
    left are alternations of sequences, e.g. "the term of this agreement|for a (?:period|term) of": a passage
    with "for a " but neither "period" nor "term" cannot match.
    """
    if formula is None:
        return None
    parts = formula[1] if isinstance(formula, tuple) and formula[0] == "all" else (formula,)
    covered = {_pruned(group) for group in groups}
    rest = [part for part in parts if _literal_set(part) not in covered]
    if not rest:
        return None
    return _cheap_first(rest[0] if len(rest) == 1 else ("all", tuple(rest)))


def _literal_set(part: Formula) -> frozenset[str] | None:
    if isinstance(part, str):
        return frozenset([part])
    if part[0] == "any" and all(isinstance(branch, str) for branch in part[1]):
        return _pruned(tuple(branch for branch in part[1] if isinstance(branch, str)))
    return None


def _pruned(literals: tuple[str, ...]) -> frozenset[str]:
    """A literal set without the literals that contain another one (as :mod:`voute.review.literals` keeps it)."""
    return frozenset(item for item in literals if not any(other != item and other in item for other in literals))


def _cheap_first(formula: Formula) -> Formula:
    """The same formula with plain literals before sub-formulas at every level (the order changes nothing)."""
    if isinstance(formula, str):
        return formula
    # Long literals are rarer: testing them first ends an "all" sooner; short ones first end an "any" sooner.
    sign = -1 if formula[0] == "all" else 1
    parts = sorted(
        (_cheap_first(part) for part in formula[1]),
        key=lambda part: (0, sign * len(part)) if isinstance(part, str) else (1, 0),
    )
    return (formula[0], tuple(parts))


def _cue_test(checks: list[_Check], rest: Formula | None, literal_bit: Callable[[str], int]) -> _Test | None:
    """One compiled test of a cue's literal checks then of the rest of its formula (None: nothing to test).

    A check holds when the passage has the bit of its word literals or contains one of its other literals; the
    rest is :func:`_holds_source`. The test is one generated expression (compiled once per cue, when the rule
    set is built): the nested closures and loops it replaces cost more than the regexes they spared.
    """
    parts = []
    for exact, others in checks:
        found = [f"present & {exact} != 0"] if exact else []
        found += [_literal_source(literal, core) for literal, core in others]
        parts.append(f"({' or '.join(found) or 'False'})")
    if rest is not None:
        parts.append(_holds_source(rest, literal_bit))
    if not parts:
        return None
    # eval of our own generated source (literals written with repr), never of document text
    test: _Test = eval(f"lambda present, bits, passage: {' and '.join(parts)}", {})
    return test


def _literal_source(literal: str, core: int) -> str:
    """Source of "the passage contains `literal`", testing the bit of its core first (0: no core)."""
    contains = f"{literal!r} in passage"
    return f"(bits & {core} != 0 and {contains})" if core else contains


def _holds_source(formula: Formula, literal_bit: Callable[[str], int]) -> str:
    """Source of a test telling whether a passage contains the literals the formula requires.

    A word literal is a bit test on the passage's literal bits (`bits`); another literal an `in` test, made
    only when the bit of its core is set. "all" tests its word literals with one mask, "any" with one mask too.
    """
    if isinstance(formula, str):
        formula = ("all", (formula,))
    mask = 0
    texts: list[str] = []
    for part in formula[1]:
        if isinstance(part, str):
            if len(part) >= 3 and WORD.fullmatch(part):
                mask |= literal_bit(part)
            else:
                texts.append(_literal_source(part, literal_bit(part)))
    tests = [_holds_source(part, literal_bit) for part in formula[1] if not isinstance(part, str)]
    if formula[0] == "all":
        terms = ([f"bits & {mask} == {mask}"] if mask else []) + texts + tests
        return f"({' and '.join(terms) or 'True'})"
    terms = ([f"bits & {mask} != 0"] if mask else []) + texts + tests
    return f"({' or '.join(terms) or 'False'})"


def _core(literal: str) -> str | None:
    """The longest run of letters and digits (at least three) of a literal, or None."""
    core = max(WORD.findall(literal), key=len, default="")
    return core if len(core) >= 3 else None


# a cue's weight on a passage, the span of its match and whether an `unless` damped it; or None
_Found = tuple[float, int, int, bool] | None


def _score_cues(
    target: Rule,
    cues: list[Cue],
    passage: str,
    heading: str,
    memo: dict[int, _Found] | None = None,
    damps: list[tuple[bool, bool]] | None = None,
) -> tuple[float, int, int]:
    """Noisy-or of the cues (already known to contain one of their literals) that match the passage.

    `memo` keeps each cue's result on this passage by id: a cue shared by two rules (the CUAD aliases of
    insurance and governing law) is then searched once. `damps` (empty, then filled) keeps the passage's
    definition and cross-reference tests, which do not depend on the rule, for the other rules.
    """
    miss = 1.0
    damped = 0.0  # the strongest damped cue: look-alike wordings of one passage do not add up
    best: tuple[float, int, int, bool] = (0.0, 0, 0, False)
    for item in cues:
        if memo is None:
            found = _cue_found(item, passage, heading)
        else:
            key = id(item)
            if key in memo:
                found = memo[key]
            else:
                found = memo[key] = _cue_found(item, passage, heading)
        if found is None:
            continue
        weight = found[0]
        if found[3]:
            damped = max(damped, weight)
        else:
            miss *= 1.0 - weight
        if weight > best[0]:
            best = found
    score = 1.0 - miss * (1.0 - damped)
    if score == 0.0:
        return 0.0, 0, 0
    if damps is None:
        damps = []
    if not damps:
        damps.append(_passage_damps(passage))
    return _adjust(target, passage, heading, score, damps[0], undamped=miss < 1.0), best[1], best[2]


def _fast(pattern: str) -> re.Pattern[str] | None:
    r"""The pattern `\b(?:alpha|beta...)rest` written `(?:a(?<!\wa)lpha|b(?<!\wb)eta...)rest`, or None.

    Both match exactly the same spans (a word boundary before a letter or digit is "no word character just
    before it"), but a pattern that starts with a group of plain characters lets Python's regex engine test
    the first character of each position against a set before trying the group: on CUAD, 24% less time on
    whole passages, 19% on the passages the prefilters let through (252 of 535 cues rewritten; a few whose
    branches start with many different letters are slightly slower).
    Only this simple shape is rewritten: no alternation outside the group, every branch starting with a
    plain letter or digit that no quantifier follows.
    """
    if not pattern.startswith("\\b(?:"):
        return None
    branches, end = _top_level(pattern, len("\\b(?:"))
    if end < 0 or _top_level(pattern[end:], 0, inside=False)[0][1:]:
        return None  # no closing parenthesis, or an alternation outside the group
    rewritten = []
    for branch in branches:
        if len(branch) < 1 or not ("a" <= branch[0] <= "z" or "0" <= branch[0] <= "9"):
            return None
        if branch[1:2] in ("?", "*", "+", "{"):
            return None
        rewritten.append(f"{branch[0]}(?<!\\w{branch[0]}){branch[1:]}")
    return re.compile("(?:" + "|".join(rewritten) + ")" + pattern[end:])


def _top_level(pattern: str, start: int, inside: bool = True) -> tuple[list[str], int]:
    """The branches of the group that opens before `start` and the index just after its ")" (-1: not closed).

    With `inside` False, the branches of the whole rest of the pattern (the index is then -1).
    """
    branches: list[str] = []
    depth, position, first = 0, start, start
    while position < len(pattern):
        char = pattern[position]
        if char == "\\":
            position += 2
            continue
        if char == "[":  # a character class: skip to its closing bracket ("]" first is a member)
            position += 1
            if pattern[position : position + 1] == "^":
                position += 1
            if pattern[position : position + 1] == "]":
                position += 1
            while position < len(pattern) and pattern[position] != "]":
                position += 2 if pattern[position] == "\\" else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0 and inside:
                branches.append(pattern[first:position])
                return branches, position + 1
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[first:position])
            first = position + 1
        position += 1
    branches.append(pattern[first:])
    return branches, -1


def _cue_found(item: Cue, passage: str, heading: str = "") -> _Found:
    match = (item.search or item.pattern).search(passage)
    if match is None:
        return None
    needs = item.needs
    if needs is not None and not (_needs_met(item, passage) or (heading and _needs_met(item, heading))):
        return None
    if item.unless is not None and _may_occur(item.unless_literals, passage) and item.unless.search(passage):
        return item.weight * 0.35, match.start(), match.end(), True
    return item.weight, match.start(), match.end(), False


def _needs_met(item: Cue, text: str) -> bool:
    needs = item.needs
    return needs is not None and _may_occur(item.needs_literals, text) and needs.search(text) is not None


def _may_occur(literals: tuple[str, ...] | None, passage: str) -> bool:
    """False when none of a regex's required literals is in the passage: it cannot match (None: no test)."""
    if literals is None:
        return True
    for literal in literals:  # noqa: SIM110 (a plain loop: cheaper than any() over a generator)
        if literal in passage:
            return True
    return False


_VETO_LITERALS: dict[int, tuple[str, ...] | None] = {}  # id of a veto pattern -> its required literals


def _veto_literals(veto: re.Pattern[str]) -> tuple[str, ...] | None:
    """The required literals of a rule's veto (memoised: rules_cuad builds rules that share one veto)."""
    key = id(veto)
    if key not in _VETO_LITERALS:
        _VETO_LITERALS[key] = required_literals(veto.pattern)
    return _VETO_LITERALS[key]


def _passage_damps(passage: str) -> tuple[bool, bool]:
    """Whether the passage is a definition, and whether it is a bare cross-reference (the same for every rule)."""
    definition = bool(
        _DEFINITION.search(passage[:160]) and len(passage) < 600 and not _APPOINTS.search(passage[:160])
    )
    reference = bool(len(passage) < 220 and _CROSS_REFERENCE.search(passage))
    return definition, reference


def _adjust(
    target: Rule, passage: str, heading: str, score: float, damps: tuple[bool, bool], undamped: bool = True
) -> float:
    # The heading lifts a clause that speaks of the topic, not a look-alike under it ("Pénalités de retard" over
    # late-payment interest): only when an undamped cue matched.
    if undamped and target.heading is not None and heading and target.heading.search(heading):
        score = 1.0 - (1.0 - score) * 0.65
    veto = target.veto
    if veto is not None and _may_occur(_veto_literals(veto), passage) and veto.search(passage):
        score *= VETO_DAMPING
    definition, reference = damps
    if definition:
        score *= 0.5  # a definition alone does not make a clause
    if reference:
        score *= 0.7  # a bare pointer to another document
    return score
