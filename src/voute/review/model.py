"""A small linear model that scores passages for the eleven CUAD categories, read from a shipped JSON file.

Features are the passage's words and word pairs (normalised text, numbers folded into one token) plus the
words of the heading above it, weighted tf-idf style (1 + log tf, times idf, unit length); each category has
a logistic regression over them. The coefficients were fitted on the 408 CUAD training contracts by
`eval/review_train.py` (see :mod:`voute.review.train`), exported to `cuad_model.json`, and are scored here with
plain numpy: no scikit-learn, no network. The passage probability is then mixed with the pattern score of
the same passage (:func:`combine`), with a weight and a threshold per category chosen by cross-validation
inside the training contracts only.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, pairwise, repeat
from pathlib import Path

import numpy as np

from voute.errors import DocumentError, Location

__all__ = [
    "MIN_CLAUSE_WORDS",
    "MODEL_FILE",
    "PassageModel",
    "clause_rows",
    "combine",
    "features",
    "load_model",
    "rescale",
]

MODEL_FILE = Path(__file__).with_name("cuad_model.json")
NUMBER = "0"  # every number is the same token: "thirty (30) days" and "sixty (60) days" look alike
# A passage of fewer words is a heading or a caption, never a clause: the model gives it probability 0
# (review-labels.md: a heading alone does not count; a bare "Liability" line scored high for Insurance).
MIN_CLAUSE_WORDS = 4
FORMAT = 1


def features(words: Sequence[str], heading: Sequence[str]) -> list[str]:
    """The model's features of a passage: words, adjacent word pairs, and heading words ("h:" prefix)."""
    tokens = [NUMBER if word.isdigit() else word for word in words]
    pairs = [first + " " + second for first, second in pairwise(tokens)]
    return tokens + pairs + ["h:" + word for word in heading if not word.isdigit()]


def clause_rows(passages: Sequence[Sequence[str]]) -> np.ndarray:
    """True for the passages (feature lists) with at least MIN_CLAUSE_WORDS words of their own.

    :func:`features` lists the words first, so the passage has enough words exactly when the feature at
    position MIN_CLAUSE_WORDS - 1 is still a word (not a word pair, not a heading word): one test per passage.
    """
    last = MIN_CLAUSE_WORDS - 1
    return np.fromiter(
        (
            len(feature_list) > last and " " not in feature_list[last] and not feature_list[last].startswith("h:")
            for feature_list in passages
        ),
        dtype=bool,
        count=len(passages),
    )


@dataclass(frozen=True)
class PassageModel:
    """Vocabulary, idf weights and per-category logistic regressions, plus the per-category mixing rule."""

    categories: tuple[str, ...]
    index: dict[str, int]
    idf: np.ndarray  # (features,)
    coef: np.ndarray  # (features, categories)
    intercept: np.ndarray  # (categories,)
    weights: dict[str, float]  # share of the model in the mixed passage score, per category
    thresholds: dict[str, float]  # mixed score from which a category is present, per category

    def predict(self, passages: Sequence[Sequence[str]]) -> np.ndarray:
        """Probability of each category for each passage (rows: passages, columns: categories)."""
        lengths = np.fromiter(map(len, passages), dtype=np.int64, count=len(passages))
        # map() over the dict's own lookup runs in C: this is the inner loop of the whole model.
        found = np.fromiter(
            map(self.index.get, chain.from_iterable(passages), repeat(-1)), dtype=np.int64, count=int(lengths.sum())
        )
        rows = np.repeat(np.arange(len(passages), dtype=np.int64), lengths)
        known = found >= 0
        width = len(self.idf)
        # (passage, feature) pairs and how often each occurs, without a Python loop per feature; the keys come
        # out sorted, so each passage's features are one contiguous run (summed with reduceat below).
        keys, counts = np.unique(rows[known] * width + found[known], return_counts=True)
        logits = np.tile(self.intercept, (len(passages), 1))
        if len(keys):
            row_array, column_array = keys // width, keys % width
            values = (1.0 + np.log(counts.astype(np.float64))) * self.idf[column_array]
            norms = np.bincount(row_array, weights=values * values, minlength=len(passages))
            values /= np.sqrt(norms[row_array])
            starts = np.flatnonzero(np.r_[True, row_array[1:] != row_array[:-1]])
            logits[row_array[starts]] += np.add.reduceat(self.coef[column_array] * values[:, None], starts, axis=0)
        result: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
        result[~clause_rows(passages)] = 0.0
        return result


def combine(model_score: float, rule_score: float, weight: float) -> float:
    """Mixed passage score: a weighted mean of the model's probability and the patterns' score."""
    return weight * model_score + (1.0 - weight) * rule_score


def rescale(score: float, threshold: float, target: float) -> float:
    """Map [0, threshold] onto [0, target] and [threshold, 1] onto [target, 1], keeping the order of scores.

    The report keeps one decision point for every label (the review's default threshold), whatever the
    category's own threshold: a mixed score at the category's threshold is reported as exactly `target`.
    """
    if threshold <= 0.0 or threshold >= 1.0:
        return score
    if score < threshold:
        return score / threshold * target
    return target + (score - threshold) / (1.0 - threshold) * (1.0 - target)


@lru_cache(maxsize=4)
def load_model(path: Path = MODEL_FILE) -> PassageModel | None:
    """The shipped model, or None when the file is absent (the review then uses its patterns alone).

    Raises DocumentError when the file exists but is not a model of the expected format.
    """
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
        vocabulary: list[str] = data["vocabulary"]
        scale = float(data["scale"])
        coef = np.asarray(data["coef"], dtype=np.float64).T * scale
        model = PassageModel(
            categories=tuple(data["categories"]),
            index={feature: position for position, feature in enumerate(vocabulary)},
            idf=np.asarray(data["idf"], dtype=np.float64),
            coef=coef,
            intercept=np.asarray(data["intercept"], dtype=np.float64),
            weights={key: float(value) for key, value in data["weights"].items()},
            thresholds={key: float(value) for key, value in data["thresholds"].items()},
        )
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DocumentError.single(f"the review model cannot be read: {error}", Location(file=str(path))) from error
    if model.coef.shape != (len(vocabulary), len(model.categories)) or not all(
        math.isfinite(value) for value in model.thresholds.values()
    ):
        raise DocumentError.single("the review model is inconsistent", Location(file=str(path)))
    return model
