"""Train the passage model of the CUAD categories (see :mod:`voute.review.model`) on CUAD contracts.

Used by `eval/review_train.py` (writes the shipped `cuad_model.json` from the 408 training contracts) and by
`eval/review_cuad.py` (the same procedure nested in a 5-fold cross-validation by contract). scikit-learn is
needed here only, and is imported inside the functions: the review itself never imports this module.

Procedure, for a set of training contracts:
1. Cut every contract into passages exactly as the review does; a passage is positive for a category when
   it overlaps a span that CUAD's annotators labelled with it; the other passages are negatives.
2. Fit tf-idf features (words, word pairs, heading words) and one logistic regression per category.
3. Choose, per category, the weight of the model against the patterns and the document-level threshold that
   maximise the F1 of "present" decisions, on scores of contracts left out of an inner cross-validation
   (never on scores of contracts the model was fitted on).
4. Refit the model on all the training contracts. Seeds are fixed: the same data gives the same file.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from voute.review.classify import make_passages, passage_words, score_document
from voute.review.labels import CUAD_CATEGORIES
from voute.review.model import FORMAT, PassageModel, clause_rows, features
from voute.review.rules import WORD
from voute.review.rules_cuad import CUAD_RULES
from voute.review.segment import segment_text
from voute.review.textnorm import normalize

__all__ = [
    "Contract",
    "choose_mixing",
    "document_scores",
    "fit_passage_model",
    "load_cuad",
    "model_to_json",
    "train",
]

SEED = 7
MAX_FEATURES = 30_000
MIN_DF = 3
C = 16.0  # chosen over 1 and 4 (and class_weight="balanced") by inner cross-validation, see docs/review.md
WEIGHTS = (0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 1.0)
THRESHOLDS = tuple(round(0.05 + 0.025 * step, 3) for step in range(38))  # 0.05 .. 0.975


@dataclass(frozen=True)
class Contract:
    """One training contract, cut into passages, with gold labels and pattern scores per passage."""

    name: str
    features: list[list[str]]
    rules: np.ndarray  # (passages, categories): best pattern score of each passage
    passage_gold: np.ndarray  # (passages, categories) bool
    gold: np.ndarray  # (categories,) bool: the category is present in the contract


def load_cuad(folder: Path, names: Sequence[str] | None = None) -> list[Contract]:
    """Read CUAD's labels.jsonl, spans.jsonl and txt/ from `folder` (optionally only the given txt names)."""
    categories = list(CUAD_CATEGORIES)
    by_name = {name.lower(): key for key, name in CUAD_CATEGORIES.items()}
    rows = [json.loads(line) for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]
    spans: dict[str, dict[str, list[tuple[int, int]]]] = {}
    for line in (folder / "spans.jsonl").read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        span = json.loads(line)
        key = by_name.get(span["category"].lower())
        if key is None:
            continue
        pieces = spans.setdefault(span["txt"], {}).setdefault(key, [])
        pieces.extend((piece["start"], piece["start"] + len(piece["text"])) for piece in span["pieces"])
    wanted = set(names) if names is not None else None
    contracts = []
    for row in rows:
        if wanted is not None and row["txt"] not in wanted:
            continue
        labels = {name.lower(): value for name, value in row["labels"].items()}
        gold = np.array([bool(labels[CUAD_CATEGORIES[key].lower()]["spans"]) for key in categories])
        text = (folder / "txt" / row["txt"]).read_text(encoding="utf-8")
        contracts.append(_contract(row["txt"], text, spans.get(row["txt"], {}), gold))
    return contracts


def _contract(name: str, text: str, spans: dict[str, list[tuple[int, int]]], gold: np.ndarray) -> Contract:
    categories = list(CUAD_CATEGORIES)
    normalized = normalize(text)
    passages = make_passages(text, segment_text(text))
    words = passage_words(normalized, passages)
    position = {passage.start: row for row, passage in enumerate(passages)}
    rules = np.zeros((len(passages), len(categories)))
    for column, (category, hits) in enumerate(score_document(normalized, passages, CUAD_RULES, words).items()):
        assert category == categories[column]
        for hit in hits:
            row = position[hit.start]
            rules[row, column] = max(rules[row, column], hit.score)
    passage_gold = np.zeros((len(passages), len(categories)), dtype=bool)
    for column, category in enumerate(categories):
        for start, end in spans.get(category, []):
            for row, passage in enumerate(passages):
                if passage.start < end and start < passage.end:
                    passage_gold[row, column] = True
    heading_words: dict[str, list[str]] = {}
    feature_lists = []
    for passage, passage_words_ in zip(passages, words, strict=True):
        heading = heading_words.get(passage.heading)
        if heading is None:
            heading = heading_words[passage.heading] = WORD.findall(normalize(passage.heading))
        feature_lists.append(features(passage_words_, heading))
    return Contract(name, feature_lists, rules, passage_gold, gold)


def fit_passage_model(contracts: Sequence[Contract], seed: int = SEED) -> PassageModel:
    """Fit the tf-idf vocabulary and one logistic regression per category on the contracts' passages."""
    vectorizer, matrix = _vectorize(contracts)
    gold = np.vstack([contract.passage_gold for contract in contracts])
    coef, intercept = _fit_classifiers(matrix, gold, seed)
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
    return PassageModel(
        categories=tuple(CUAD_CATEGORIES),
        index={feature: position for position, feature in enumerate(vocabulary)},
        idf=np.asarray(vectorizer.idf_, dtype=np.float64),
        coef=coef,
        intercept=intercept,
        weights={},
        thresholds={},
    )


def _vectorize(contracts: Sequence[Contract]) -> tuple[Any, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    documents = [feature_list for contract in contracts for feature_list in contract.features]
    vectorizer = TfidfVectorizer(
        analyzer=_identity, min_df=MIN_DF, max_features=MAX_FEATURES, sublinear_tf=True, dtype=np.float64
    )
    return vectorizer, vectorizer.fit_transform(documents)


def _fit_classifiers(matrix: Any, gold: np.ndarray, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """One logistic regression per category (column of `gold`): coefficients (features, categories), intercepts."""
    from sklearn.linear_model import LogisticRegression

    coef = np.zeros((matrix.shape[1], gold.shape[1]))
    intercept = np.zeros(gold.shape[1])
    for column in range(gold.shape[1]):
        target = gold[:, column]
        if target.all() or not target.any():
            intercept[column] = 10.0 if target.all() else -10.0
            continue
        classifier = LogisticRegression(C=C, solver="liblinear", dual=True, max_iter=3000, random_state=seed)
        classifier.fit(matrix, target)
        coef[:, column] = classifier.coef_[0]
        intercept[column] = classifier.intercept_[0]
    return coef, intercept


def _identity(feature_list: list[str]) -> list[str]:
    return feature_list


def document_scores(model: PassageModel, contracts: Sequence[Contract], weights: Sequence[float]) -> np.ndarray:
    """Best mixed passage score per (weight, contract, category), for every candidate weight."""
    result = np.zeros((len(weights), len(contracts), len(model.categories)))
    for row, contract in enumerate(contracts):
        probabilities = model.predict(contract.features) if contract.features else np.zeros((0, 1))
        for position, weight in enumerate(weights):
            if not contract.features:
                continue
            mixed = weight * probabilities + (1.0 - weight) * contract.rules
            result[position, row] = mixed.max(axis=0)
    return result


def choose_mixing(scores: np.ndarray, gold: np.ndarray, weights: Sequence[float]) -> tuple[list[float], list[float]]:
    """Per category, the (weight, threshold) with the best F1 on out-of-fold document scores."""
    chosen_weights: list[float] = []
    chosen_thresholds: list[float] = []
    for column in range(gold.shape[1]):
        best = (-1.0, 0.0, 0.5)
        for position, weight in enumerate(weights):
            for threshold in THRESHOLDS:
                f1 = _f1(scores[position, :, column] >= threshold, gold[:, column])
                if f1 > best[0] + 1e-9:
                    best = (f1, weight, threshold)
        chosen_weights.append(best[1])
        chosen_thresholds.append(best[2])
    return chosen_weights, chosen_thresholds


def _f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    tp = int(np.sum(predicted & gold))
    fp = int(np.sum(predicted & ~gold))
    fn = int(np.sum(~predicted & gold))
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def train(contracts: Sequence[Contract], inner_folds: int = 4, seed: int = SEED) -> PassageModel:
    """The full procedure: inner cross-validation for weights and thresholds, then a fit on every contract.

    The vocabulary and idf weights (which see no label) are fitted once on all the given contracts; the
    classifiers of each inner fold see only that fold's training contracts.
    """
    vectorizer, matrix = _vectorize(contracts)
    bounds = np.cumsum([0] + [len(contract.features) for contract in contracts])
    gold = np.vstack([contract.passage_gold for contract in contracts])
    folds = _folds(len(contracts), inner_folds, seed)
    scores = np.zeros((len(WEIGHTS), len(contracts), len(CUAD_CATEGORIES)))
    for fold in range(inner_folds):
        train_rows = np.concatenate(
            [np.arange(bounds[i], bounds[i + 1]) for i, f in enumerate(folds) if f != fold] or [np.arange(0)]
        )
        coef, intercept = _fit_classifiers(matrix[train_rows], gold[train_rows], seed)
        for row, f in enumerate(folds):
            if f != fold or bounds[row] == bounds[row + 1]:
                continue
            logits = matrix[bounds[row] : bounds[row + 1]] @ coef + intercept
            probabilities = 1.0 / (1.0 + np.exp(-np.asarray(logits)))
            probabilities[~clause_rows(contracts[row].features)] = 0.0  # as PassageModel.predict does
            for position, weight in enumerate(WEIGHTS):
                mixed = weight * probabilities + (1.0 - weight) * contracts[row].rules
                scores[position, row] = mixed.max(axis=0)
    document_gold = np.vstack([contract.gold for contract in contracts])
    weights, thresholds = choose_mixing(scores, document_gold, WEIGHTS)
    coef, intercept = _fit_classifiers(matrix, gold, seed)
    vocabulary = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
    categories = tuple(CUAD_CATEGORIES)
    return PassageModel(
        categories=categories,
        index={feature: position for position, feature in enumerate(vocabulary)},
        idf=np.asarray(vectorizer.idf_, dtype=np.float64),
        coef=coef,
        intercept=intercept,
        weights=dict(zip(categories, weights, strict=True)),
        thresholds=dict(zip(categories, thresholds, strict=True)),
    )


def _folds(count: int, folds: int, seed: int) -> list[int]:
    """Fold of each contract: a fixed shuffle, then round robin."""
    order = np.random.default_rng(seed).permutation(count)
    assignment = [0] * count
    for position, row in enumerate(order):
        assignment[int(row)] = position % folds
    return assignment


def model_to_json(model: PassageModel, meta: dict[str, Any]) -> str:
    """The model as the JSON document `load_model` reads (coefficients quantised to 16-bit integers)."""
    vocabulary = sorted(model.index, key=model.index.__getitem__)
    scale = float(np.abs(model.coef).max()) / 32767 or 1.0
    quantised = np.round(model.coef / scale).astype(np.int64)
    data = {
        "format": FORMAT,
        "meta": meta,
        "categories": list(model.categories),
        "weights": model.weights,
        "thresholds": model.thresholds,
        "intercept": [round(float(value), 6) for value in model.intercept],
        "scale": scale,
        "vocabulary": vocabulary,
        "idf": [round(float(value), 5) for value in model.idf],
        "coef": [quantised[:, column].tolist() for column in range(quantised.shape[1])],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
