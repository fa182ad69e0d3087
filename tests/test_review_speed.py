"""The review's speed devices give exactly the results of the plain code they replace (issue 7, speed margin).

Each fast path is checked against a straightforward reference written here: the same regex run the plain way,
the same arithmetic over string features, the same word loop. Nothing here times anything.
"""

from __future__ import annotations

import re
from functools import reduce
from operator import or_

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review_fixtures import CONTRACT_EN, CONTRACT_FR
from voute.review.classify import make_passages, passage_words, rule_set, score_document, score_documents
from voute.review.extract import (
    _AMOUNT_AFTER,
    _DATE_DMY,
    _DATE_ISO,
    _DATE_NUM,
    _DAY_YEAR,
    _PERCENT,
    _UNIT_RE,
    _UNIT_STARTS,
    _digit_runs,
    _finditer_at,
    _matches_at,
    _percent_starts,
)
from voute.review.language import _ENGLISH, _FRENCH, _WORD, detect_language
from voute.review.literals import Formula, required_formula, required_literal_groups
from voute.review.model import PassageModel, features
from voute.review.numbers import parse_number_words
from voute.review.rules import (
    _APPOINTS,
    _CROSS_REFERENCE,
    _DEFINITION,
    WORD,
    _cue_test,
    _fast,
    _may_occur,
    _passage_damps,
    _score_cues,
    _veto_literals,
)
from voute.review.rules_cuad import CUAD_RULES
from voute.review.rules_labels import LABEL_RULES
from voute.review.segment import _SENTENCE_END, _caps_share, _sentence_ends, segment_text
from voute.review.textnorm import _TABLE, normalize

_COMPILED = rule_set(LABEL_RULES, CUAD_RULES)
_CUES = [item for target in _COMPILED.rules for item in target.cues]


def _leaves(formula: Formula | None) -> list[str]:
    if formula is None:
        return []
    if isinstance(formula, str):
        return [formula]
    return [leaf for part in formula[1] for leaf in _leaves(part)]


def _holds(formula: Formula | None, text: str) -> bool:
    if formula is None:
        return True
    if isinstance(formula, str):
        return formula in text
    test = all if formula[0] == "all" else any
    return test(_holds(part, text) for part in formula[1])


# Texts made of the cues' own literals and gate stems, so that the patterns do match now and then.
_VOCABULARY = sorted(
    {leaf for item in _CUES for leaf in _leaves(required_formula(item.pattern.pattern))}
    | {stem for target in _COMPILED.rules for stem in target.gate}
    | {"the", "of", "shall", "30", "(30)", "days", ",", ".", "thirty (30)", "party", "may", "not", "%", "$", "'"}
)
_TEXTS = st.lists(st.sampled_from(_VOCABULARY), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_literal_groups_and_formulas_are_necessary(text: str) -> None:
    """Whenever a cue's pattern matches, every literal group and the literal formula hold: nothing is hidden."""
    for item in _CUES:
        if item.pattern.search(text):
            assert _holds(required_formula(item.pattern.pattern), text), item.pattern.pattern
            for group in required_literal_groups(item.pattern.pattern):
                assert any(literal in text for literal in group), (item.pattern.pattern, group)


def test_formula_follows_the_pattern_structure() -> None:
    assert required_formula(r"\b(?:renewal term|option to (?:renew|extend))\b") == (
        "any",
        ("renewal term", ("all", ("option to ", ("any", ("renew", "extend"))))),
    )
    assert required_formula(r"(?i)insurance") is None  # flags change what a literal matches
    assert required_formula(r"abc|de") is None  # a branch that requires nothing
    assert required_literal_groups(r"\b(?:renew|extend)\w* (?:for|by) \w+ years") == (("renew", "extend"), (" years",))


def _plain_scores(passage: str, heading: str) -> list[tuple[int, float, int, int]]:
    words = set(WORD.findall(passage))
    gate = _COMPILED.gate_mask(words, passage)
    expected = []
    for index, target in enumerate(_COMPILED.rules):
        if gate >> index & 1:
            score, start, end = _score_cues(target, list(target.cues), passage, heading)
            if score > 0.0:
                expected.append((index, score, start, end))
    return expected


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(["", "term and termination", "insurance"]))
def test_rule_set_scores_like_every_cue_run_plainly(passage: str, heading: str) -> None:
    """The prefilters of RuleSet.score only skip cues that cannot match: same rules, scores and cue spans."""
    assert list(_COMPILED.score(passage, set(WORD.findall(passage)), heading)) == _plain_scores(passage, heading)


# Cues whose literals have no run of three letters ("%", "$", "is to", "nf ") and other rare shapes.
_SENTENCES = [
    "the client shall pay $ 5,000 within thirty (30) days of invoice.",
    "availability of 99.5 % uptime of the hosting services each month",
    "the provider is to provide the support services described in exhibit a",
    "le prestataire est certifie nf en 15838 pour ses centres de contacts",
    "upon the expiration of the term of this agreement, the renewal requires written notice",
    "return of all data and deletion of all copies upon termination",
    "nothing in this agreement shall limit the liability of either party for fraud",
]


def test_rule_set_scores_fixture_passages_like_plain_cues() -> None:
    passages = [*_SENTENCES]
    for text in (CONTRACT_FR, CONTRACT_EN):
        normalized = normalize(text)
        passages += [normalized[item.start : item.end] for item in make_passages(text, segment_text(text))]
    scored = 0
    for passage in passages:
        expected = _plain_scores(passage, "")
        assert list(_COMPILED.score(passage, set(WORD.findall(passage)), "")) == expected, passage
        scored += bool(expected)
    assert scored >= len(_SENTENCES)


def test_combined_rule_set_scores_each_mapping_as_alone() -> None:
    for text in (CONTRACT_FR, CONTRACT_EN):
        normalized = normalize(text)
        passages = make_passages(text, segment_text(text))
        words = passage_words(normalized, passages)
        together = score_documents(normalized, passages, (LABEL_RULES, CUAD_RULES), words)
        assert together == [score_document(normalized, passages, rules, words) for rules in (LABEL_RULES, CUAD_RULES)]
        assert any(together[1].values())


_MODEL_WORDS = ["a", "b", "0", "7", "42", "law", "insurance", "policy"]
_MODEL_PASSAGE = st.lists(st.sampled_from(_MODEL_WORDS), max_size=8)
_MODEL_HEADING = st.lists(st.sampled_from(_MODEL_WORDS), max_size=3)
_FEATURE = st.one_of(
    st.sampled_from(_MODEL_WORDS),
    st.tuples(st.sampled_from(_MODEL_WORDS), st.sampled_from(_MODEL_WORDS)).map(" ".join),
    st.sampled_from(_MODEL_WORDS).map("h:{}".format),
)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_FEATURE, unique=True, max_size=20),
    st.lists(st.tuples(_MODEL_PASSAGE, _MODEL_HEADING), max_size=6),
)
def test_predict_words_equals_predict_over_string_features(
    vocabulary: list[str], passages: list[tuple[list[str], list[str]]]
) -> None:
    """Same probabilities to the last bit, including numbers folded into "0" and unknown pairs."""
    rows = len(vocabulary)
    model = PassageModel(
        ("first", "second"),
        {feature: position for position, feature in enumerate(vocabulary)},
        np.linspace(0.5, 2.0, rows),
        np.sin(np.arange(rows * 2, dtype=np.float64)).reshape(rows, 2),
        np.array([0.1, -0.2]),
        {"first": 0.5, "second": 0.5},
        {"first": 0.5, "second": 0.5},
    )
    words = [passage for passage, _ in passages]
    headings = [heading for _, heading in passages]
    expected = model.predict([features(passage, heading) for passage, heading in passages])
    assert np.array_equal(model.predict_words(words, headings), expected)


_EXTRACT_TOKENS = ["12", "1", "2021", "5th", "1er", "march", "mars", "may", "janvier", " ", "\n", ",", ".", "/", "-",
                   "%", "pour cent", "percent", "x", "a1", "_", "٣", "30.5", "1,5", "(", ")", "eur", "€", "$",
                   "2020-01-05", "5/12/2021", "days", "business days", "mois", "ans", "transfer", "today"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_EXTRACT_TOKENS), max_size=16).map("".join))
def test_anchored_searches_equal_finditer(text: str) -> None:
    def spans(matches: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
        return [(match.span(), match.groups()) for match in matches]  # type: ignore[attr-defined]

    digits = _digit_runs(text)
    if digits is None:
        assert any(char.isdecimal() and not char.isascii() for char in text)
    else:
        for pattern in (_DATE_DMY, _DAY_YEAR, _DATE_NUM, _DATE_ISO):
            assert spans(_matches_at(pattern, text, digits[0])) == spans(pattern.finditer(text))
        assert spans(_matches_at(_AMOUNT_AFTER, text, digits[1])) == spans(_AMOUNT_AFTER.finditer(text))
    assert spans(_matches_at(_PERCENT, text, _percent_starts(text))) == spans(_PERCENT.finditer(text))
    assert spans(_finditer_at(_UNIT_RE, text, _UNIT_STARTS)) == spans(_UNIT_RE.finditer(text))


_SEGMENT_TOKENS = ["ARTICLE 5", "1.", "(a)", "TERM AND TERMINATION", "This Agreement shall", "....... 12", "__ 4",
                   "**Bold**", "|a|b|", "É", "naïve", ". The", "; B", "?\t(", "\n", "\n\n", " ", "x", "7"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SEGMENT_TOKENS), max_size=20).map(" ".join), st.integers(0, 60), st.integers(0, 60))
def test_segment_shortcuts_equal_the_plain_computations(text: str, first: int, last: int) -> None:
    start, end = sorted((min(first, len(text)), min(last, len(text))))
    assert _sentence_ends(text, start, end) == [match.start() for match in _SENTENCE_END.finditer(text, start, end)]
    letters = sum(map(str.isalpha, text))
    assert _caps_share(text) == (sum(map(str.isupper, text)) / letters if letters else 0.0)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZé É\n\t`’«»–œß İ.0x新\u00a0"), max_size=30))
def test_normalize_equals_the_translation_table(text: str) -> None:
    lowered = text.lower()
    if len(lowered) == len(text):
        expected = lowered.translate(_TABLE)
    else:  # "İ" lower-cases to two characters
        expected = "".join((char.lower()[:1] or char).translate(_TABLE) for char in text)
    assert normalize(text) == expected
    assert len(expected) == len(text)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["le", "la", "the", "of", "être", "et", "and", "x", "É", "新", "-", "LES"]), max_size=30)
)
def test_language_counts_like_a_word_loop(tokens: list[str]) -> None:
    text = " ".join(tokens)
    french = english = 0
    for word in _WORD.findall(text.lower()):
        if word in _FRENCH:
            french += 1
        elif word in _ENGLISH:
            english += 1
    assert detect_language(text) == ("fr" if french > english else "en")


def test_number_words_memo_keeps_answers() -> None:
    words = ("trente-six", "quatre-vingt-dix-neuf", "the", "trente-six", "one hundred and twenty")
    assert [parse_number_words(item) for item in words] == [36, 99, None, 36, 120]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the _Services_ within ___ hours", "the  services  within ___ hours"),
        ("__Fees__ are due", "  fees   are due"),
        ("company_name and {{a_b}}", "company_name and {{a_b}}"),
        ("see _Annex 2_.", "see  annex 2 ."),
    ],
)
def test_markdown_emphasis_underscores_become_spaces_but_blanks_and_names_stay(text: str, expected: str) -> None:
    assert normalize(text) == expected
    assert len(normalize(text)) == len(text)


# The engine's second round of speed devices (issue 7): compiled literal tests, literal prefilters of the
# `needs`, `unless` and veto regexes, rule visits named by the words' masks, the passage's damping tests made once.
@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_compiled_cue_tests_let_every_matching_passage_through(text: str) -> None:
    """A cue whose regex matches the passage always passes its compiled literal test (it only skips)."""
    words = set(WORD.findall(text))
    _COMPILED.learn(words)
    both = reduce(or_, (_COMPILED._both[word] for word in words), 0)
    present = both >> _COMPILED._shift
    literals = reduce(or_, (_COMPILED._literals[word] for word in words), 0)
    for row in _COMPILED._cue_table:
        for item, need, test in row:
            if item.pattern.search(text):
                assert present & need == need, item.pattern.pattern
                assert test is None or test(present, literals, text), item.pattern.pattern


@pytest.mark.parametrize(
    ("checks", "rest", "text", "expected"),
    [
        ([(0, (("is to", 0),))], None, "the provider is to provide", True),
        ([(0, (("is to", 0),))], None, "the provider shall provide", False),
        ([], ("any", ("%", "$")), "pay 5 $", True),
        ([], ("any", ("%", "$")), "pay five euros", False),
        ([], ("all", ("%", "$")), "5 % and 5 $", True),
        ([], ("all", ("%", "$")), "5 % only", False),
        ([], ("all", ("%", ("any", ("$", "eu.")))), "5 % of eu.", True),
        ([], ("all", ("%", ("any", ("$", "eu.")))), "5 % of gbp", False),
    ],
)
def test_compiled_cue_test_follows_its_checks_and_formula(
    checks: list[tuple[int, tuple[tuple[str, int], ...]]], rest: Formula | None, text: str, expected: bool
) -> None:
    test = _cue_test(checks, rest, lambda literal: 0)  # literals without a core: every one is an `in` test
    assert test is not None
    assert test(0, 0, text) is expected


def test_a_cue_without_checks_or_formula_has_no_test() -> None:
    assert _cue_test([], None, lambda literal: 0) is None


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_needs_unless_and_veto_literals_are_necessary(text: str) -> None:
    """When a `needs`, `unless` or veto regex matches, one of its literals is in the passage: skipping is safe."""
    for item in _CUES:
        for pattern, literals in ((item.needs, item.needs_literals), (item.unless, item.unless_literals)):
            if pattern is not None and pattern.search(text):
                assert _may_occur(literals, text), pattern.pattern
    for target in _COMPILED.rules:
        if target.veto is not None and target.veto.search(text):
            assert _may_occur(_veto_literals(target.veto), text), target.veto.pattern


@pytest.mark.parametrize(
    "passage",
    [
        '"services" means the customer support services described in annex 1',
        "le prestataire designe un chef de projet",
        "see section 4 for the fees",
        "the provider shall answer 80 % of calls within 20 seconds",
        "x" * 700 + " means",
    ],
)
def test_passage_damps_match_the_plain_tests(passage: str) -> None:
    definition = bool(
        _DEFINITION.search(passage[:160]) and len(passage) < 600 and not _APPOINTS.search(passage[:160])
    )
    reference = bool(len(passage) < 220 and _CROSS_REFERENCE.search(passage))
    assert _passage_damps(passage) == (definition, reference)


def test_each_rule_is_visited_when_a_cue_may_run_and_its_gate_may_open() -> None:
    """The visit masks of a word are exactly the per-rule tests they replace."""
    count = len(_COMPILED.rules)
    for word in ["termination", "service", "level", "insurance", "liability", "penalites", "x", "renouvellement"]:
        bits = _COMPILED._word_bits(word)
        cues = bits >> _COMPILED._shift
        assert bits & _COMPILED._rule_bits == _COMPILED.word_mask(word)
        for index in range(count):
            assert (bits >> count + index) & 1 == bool(cues & _COMPILED._any_cue[index])
            assert (bits >> 2 * count + index) & 1 == bool(cues & _COMPILED._symbol_cores[index])


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_rewritten_cue_patterns_match_the_same_spans(text: str) -> None:
    """`\\b(?:alpha|beta)` searched as `(?:a(?<!\\wa)lpha|b(?<!\\wb)eta)`: the same match, at the same place."""
    for item in _CUES:
        if item.search is not None:
            expected = item.pattern.search(text)
            found = item.search.search(text)
            assert (found and found.span()) == (expected and expected.span()), item.pattern.pattern


@pytest.mark.parametrize(
    ("pattern", "rewritten"),
    [
        (r"\b(?:fees?|prix)\b[^.]{0,80}\d", r"(?:f(?<!\wf)ees?|p(?<!\wp)rix)\b[^.]{0,80}\d"),
        (r"\b(?:a[|)]b|c\)d)x", r"(?:a(?<!\wa)[|)]b|c(?<!\wc)\)d)x"),
        (r"\b(?:renew|extend)\w* (?:for|by)", r"(?:r(?<!\wr)enew|e(?<!\we)xtend)\w* (?:for|by)"),
        (r"\b(?:a|b)c|d", None),  # an alternation outside the group
        (r"\b(?:s?hall|will)", None),  # a branch that starts optional
        (r"\b(?:\d+|one)", None),  # a branch that starts with a class
        (r"(?:fees?)\b", None),
        (r"\b(?:fees", None),
    ],
)
def test_fast_rewrites_only_the_simple_shape(pattern: str, rewritten: str | None) -> None:
    fast = _fast(pattern)
    assert (fast.pattern if fast else None) == rewritten
    if fast is not None:
        texts = ["the fees are 5", "prix 3", "a|b x", "xa|bx", "c)dx", "renewed for", "extends by", "pre-extend by"]
        for text in texts:
            expected, found = re.search(pattern, text), fast.search(text)
            assert (found and found.span()) == (expected and expected.span()), text
