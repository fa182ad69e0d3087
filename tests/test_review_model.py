"""The review's speed devices (literal prefilters, word gates) and its CUAD passage model (issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review_fixtures import CONTRACT_EN, CONTRACT_FR
from voute.errors import DocumentError
from voute.review import review_text
from voute.review.classify import make_passages, passage_words, rule_set
from voute.review.extract import _COURT, _LAW, _finditer_at, extract_terms
from voute.review.literals import required_literals
from voute.review.model import MODEL_FILE, PassageModel, features, load_model, rescale
from voute.review.rules import score_passage
from voute.review.rules_cuad import CUAD_RULES
from voute.review.rules_labels import LABEL_RULES
from voute.review.segment import segment_text
from voute.review.textnorm import normalize

_CUES = [item for rules in (LABEL_RULES, CUAD_RULES) for target in rules.values() for item in target.cues]


@pytest.mark.parametrize(
    ("pattern", "literals"),
    [
        (r"\b(?:renew|extend)\w* for \d+ years", (" years",)),  # the longest literal wins
        (r"\b(?:renew|extend)\w* (?:for|by) \w+", ("extend", "renew")),
        (r"\bpenalit\w*", ("penalit",)),
        (r"\d+\s?%", None),  # no literal of three characters or more
        (r"(?i)insurance", None),  # flags change what a literal matches
        (r"\b(?:audit|\w+ing) rights", (" rights",)),  # one branch without a literal: keep the other part
    ],
)
def test_required_literals(pattern: str, literals: tuple[str, ...] | None) -> None:
    found = required_literals(pattern)
    assert (set(found) if found else None) == (set(literals) if literals else None)


_WORDS = sorted({literal.strip() for item in _CUES for literal in item.literals or () if literal.strip()})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, "the", "of", "shall", "30", "(30)", "days", ",", "."]), max_size=40))
def test_literals_are_necessary(tokens: list[str]) -> None:
    """Whenever a cue's pattern matches, one of its literals occurs: the prefilter never hides a match."""
    text = " ".join(tokens)
    for item in _CUES:
        if item.literals is not None and item.pattern.search(text):
            assert any(literal in text for literal in item.literals), item.pattern.pattern


@pytest.mark.parametrize("text", [CONTRACT_FR, CONTRACT_EN])
def test_gates_let_every_scoring_passage_through(text: str) -> None:
    normalized = normalize(text)
    passages = make_passages(text, segment_text(text))
    for rules in (LABEL_RULES, CUAD_RULES):
        compiled = rule_set(rules)
        for passage, words in zip(passages, passage_words(normalized, passages), strict=True):
            body = normalized[passage.start : passage.end]
            mask = compiled.gate_mask(set(words), body)
            for index, target in enumerate(compiled.rules):
                if score_passage(target, body, "", gated=True)[0] > 0:
                    assert mask >> index & 1, (target.label, body)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["laws of the state of new york,", "droit francais", "loi", "lawyer", "courts of paris.",
                         "tribunal de commerce de lyon.", "cour", "juridiction", "the", "x", " ", "\n"]),
        max_size=30,
    )
)  # fmt: skip
def test_anchored_finditer_equals_finditer(tokens: list[str]) -> None:
    text = " ".join(tokens)
    for pattern, starts in ((_LAW, ("droit", "loi", "law")), (_COURT, ("tribuna", "cour", "juridiction"))):
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in _finditer_at(pattern, text, starts)] == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("signed on March 5, 2021 by", "2021-03-05"),
        ("effective as of june\n  30th 2020.", "2020-06-30"),
        ("le 1er janvier 2025", "2025-01-01"),
        ("le 15/03/2024", "2024-03-15"),
        ("dated 2023-11-02", "2023-11-02"),
    ],
)
def test_dates_found(text: str, value: str) -> None:
    assert value in [term.value for term in extract_terms(text, normalize(text)) if term.kind == "date"]


def test_dates_need_a_whole_month_word() -> None:
    text = "amay 5, 2020 and 12may 2020 and x15/03/2024"
    assert [term for term in extract_terms(text, normalize(text)) if term.kind == "date"] == []


@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0), st.floats(0.01, 0.99))
def test_rescale_keeps_order_and_maps_threshold(first: float, second: float, threshold: float) -> None:
    low, high = sorted((first, second))
    assert rescale(low, threshold, 0.6) <= rescale(high, threshold, 0.6) + 1e-12
    assert rescale(threshold, threshold, 0.6) == pytest.approx(0.6)
    assert (rescale(high, threshold, 0.6) >= 0.6) == (high >= threshold)


def test_features_fold_numbers_and_add_pairs_and_heading() -> None:
    assert features(["within", "30", "days"], ["insurance", "12"]) == [
        "within", "0", "days", "within 0", "0 days", "h:insurance",
    ]  # fmt: skip


def _tiny_model() -> PassageModel:
    return PassageModel(
        categories=("a", "b"),
        index={"insurance": 0, "policy": 1, "law": 2},
        idf=np.array([1.0, 2.0, 1.5]),
        coef=np.array([[3.0, 0.0], [1.0, 0.0], [0.0, 2.0]]),
        intercept=np.array([-1.0, -2.0]),
        weights={"a": 1.0, "b": 0.5},
        thresholds={"a": 0.5, "b": 0.4},
    )


def test_predict_matches_a_hand_computation() -> None:
    model = _tiny_model()
    # unknown words count as words of the passage (clause length) but carry no feature
    got = model.predict([["insurance", "insurance", "policy", "unknown"], ["a", "b", "c", "d"], ["law", "a", "b", "c"]])
    tf = np.array([(1 + np.log(2)) * 1.0, 1.0 * 2.0])
    tf /= np.linalg.norm(tf)
    expected_a = 1 / (1 + np.exp(-(-1.0 + 3.0 * tf[0] + 1.0 * tf[1])))
    assert got[0, 0] == pytest.approx(expected_a)
    assert got[0, 1] == pytest.approx(1 / (1 + np.exp(2.0)))
    assert got[1].tolist() == pytest.approx([1 / (1 + np.exp(1.0)), 1 / (1 + np.exp(2.0))])
    assert got[2, 1] == pytest.approx(1 / (1 + np.exp(-(-2.0 + 2.0))))


def test_predict_gives_zero_to_headings_and_captions() -> None:
    model = _tiny_model()
    got = model.predict([["law"], [], ["insurance", "policy", "h:insurance"], ["law", "law", "law", "law"]])
    assert got[:3].tolist() == [[0.0, 0.0]] * 3  # fewer than MIN_CLAUSE_WORDS words of their own
    assert got[3, 1] > 0.0


def test_export_and_load_round_trip(tmp_path: Path) -> None:
    from voute.review.train import model_to_json

    model = _tiny_model()
    path = tmp_path / "model.json"
    path.write_text(model_to_json(model, {"note": "test"}), encoding="utf-8")
    loaded = load_model(path)
    assert loaded is not None
    passages = [["insurance", "policy"], ["law", "law"], ["nothing"]]
    assert np.allclose(loaded.predict(passages), model.predict(passages), atol=1e-4)
    assert loaded.thresholds == model.thresholds


@pytest.mark.parametrize("content", ["not json", '{"format": 99}', '{"format": 1, "categories": []}'])
def test_broken_model_file_is_a_document_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "model.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DocumentError):
        load_model(path)


def test_missing_model_file_means_patterns_alone(tmp_path: Path) -> None:
    assert load_model(tmp_path / "absent.json") is None


def test_shipped_model_is_small_and_consistent() -> None:
    if not MODEL_FILE.exists():
        pytest.skip("no model shipped")
    assert MODEL_FILE.stat().st_size < 5_000_000
    model = load_model()
    assert model is not None
    assert len(model.categories) == 11
    assert all(0.0 < model.thresholds[c] < 1.0 and 0.0 <= model.weights[c] <= 1.0 for c in model.categories)
    meta = json.loads(MODEL_FILE.read_text(encoding="utf-8"))["meta"]
    assert "CUAD" in meta["trained_on"]


def test_cuad_findings_with_the_model_keep_offsets_and_threshold() -> None:
    report = review_text(CONTRACT_EN)
    for finding in report.cuad:
        assert finding.present == bool(finding.evidence)
        for evidence in finding.evidence:
            assert CONTRACT_EN[evidence.start : evidence.end] == evidence.text
            assert evidence.score >= 0.6
    assert next(item for item in report.cuad if item.label == "governing_law").present


def test_uncapped_clause_is_found() -> None:
    text = (
        "12. Limitation of Liability. Except for a party's indemnification obligations, breach of confidentiality "
        "or gross negligence, neither party's liability shall exceed the fees paid in the twelve (12) months "
        "before the claim. The foregoing limitations shall not apply to damages arising from fraud or willful "
        "misconduct."
    )
    present = {item.label for item in review_text(text, lang="en").cuad if item.present}
    assert "cap_on_liability" in present


_FAMILIES = [
    ("termination_for_convenience", "Either Party may end this Agreement for its own convenience upon [***] "
     "written notice to the other Party, so as to terminate it early."),
    ("termination_for_convenience", "Either party may terminate this agreement by providing ninety days "
     "written notice."),
    ("termination_for_convenience", "The Customer may terminate this Agreement at its option for any reason by "
     "written notice."),
    ("termination_for_convenience", "The Agreement remains in effect until terminated by either party on sixty "
     "(60) days' prior written notice."),
    ("post_termination_services", "For twelve (12) months following termination of this Agreement, the "
     "Reseller shall state on its website that it no longer sells the products."),
    ("post_termination_services", "If this Agreement is terminated for any reason, the Customer may continue "
     "to use the hosting facility for three months."),
    ("uncapped_liability", "Except for claims under Section 9.2, in no event shall either party be liable "
     "for indirect damages."),
    ("uncapped_liability", "Neither party shall be liable for lost profits; the foregoing does not limit a "
     "party's indemnification obligations or its liability for fraud."),
    ("uncapped_liability", "Each party remains responsible, without limit, for its own wilful misconduct."),
    ("uncapped_liability", "Except for claims arising out of Articles 4.3 and 7.0, neither party will be liable "
     "for lost profits."),
    ("uncapped_liability", "The Supplier shall have no liability for indirect damages, other than claims covered "
     "by paragraph 8(b)."),
    ("uncapped_liability", "The Buyer expressly waives any and all limitations or liability caps on its "
     "contribution."),
    ("liquidated_damages", "Should the Client end the contract early, it shall pay the Provider a "
     "termination payment equal to three months of fees."),
    ("liquidated_damages", "The Carrier shall pay, as a penalty, five percent (5%) of the monthly charges."),
    ("notice_to_terminate_renewal", "Either party may end the Agreement by written notice given at least "
     "ninety (90) days prior to the expiration of the then-current term."),
    ("renewal_term", "The Agreement is subject to an automatic extension for consecutive one (1) year periods."),
    ("termination_for_convenience", "The Distributor may terminate this Agreement at will."),
    ("notice_to_terminate_renewal", "The Agreement shall renew from year to year unless cancelled by either party "
     "through written notification to the other party."),
    ("insurance", "The Contractor shall hold public liability cover with a reputable insurer for the whole term."),
    ("notice_to_terminate_renewal", "After the initial period the Agreement continues thereafter until terminated "
     "by one of the parties by giving two months' notice."),
]  # fmt: skip


@pytest.mark.parametrize(("category", "text"), _FAMILIES)
def test_cuad_wording_families_score(category: str, text: str) -> None:
    """Families of wording added from CUAD's category descriptions (issue 7): each reaches the decision point."""
    assert score_passage(CUAD_RULES[category], normalize(text), "")[0] >= 0.6


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("termination_for_convenience", "This Agreement may not be terminated by either Party at any time for its own "
         "convenience."),
        ("uncapped_liability", '"Person" means any corporation, limited liability or unlimited liability company.'),
        ("termination_for_convenience", "Upon termination or expiration of this Agreement for any reason, each party "
         "shall return the other party's equipment."),
        ("termination_for_convenience", "The licences granted hereunder may not be terminated for any reason."),
        ("post_termination_services", "The confidentiality obligations continue for five (5) years after termination "
         "of this Agreement."),
        # issue 7: a notice period on conditions, a mutual agreement or a renewal opt-out is not a right to end
        # the contract at will
        ("termination_for_convenience", "The Licensor may terminate this Agreement upon thirty (30) days' written "
         "notice if any of the following events occurs:"),
        ("termination_for_convenience", "Either party may terminate this Agreement on ninety (90) days' notice in the "
         "event of the occurrence of any of the contingencies listed below."),
        ("termination_for_convenience", "The Sponsor may terminate this Agreement at any time by written notice to the "
         "Promoter as follows:"),
        ("termination_for_convenience", "The parties may terminate this Agreement at any time by mutual written "
         "agreement."),
        ("termination_for_convenience", "This Agreement renews automatically each year unless terminated by a party "
         "upon sixty (60) days' written notice."),
    ],
)  # fmt: skip
def test_cuad_look_alikes_stay_below_the_decision_point(category: str, text: str) -> None:
    assert score_passage(CUAD_RULES[category], normalize(text), "")[0] < 0.6
