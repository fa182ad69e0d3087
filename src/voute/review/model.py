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
from functools import cached_property, lru_cache
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
        return self._probabilities(rows, found, clause_rows(passages))

    def predict_words(self, words: Sequence[Sequence[str]], headings: Sequence[Sequence[str]]) -> np.ndarray:
        """``predict([features(w, h) for w, h in zip(words, headings)])``, the same numbers, faster.

        Word pairs are not built as strings: each word gets an integer id (memoised), and a pair of ids is
        looked up in the sorted array of the vocabulary's pairs. The (passage, feature) pairs found are the same
        as :meth:`predict` finds, and they go through the same arithmetic.
        """
        count = len(words)
        tokens = self._token_index
        lengths = np.fromiter(map(len, words), dtype=np.int64, count=count)
        ids = tokens.ids(words, int(lengths.sum()))
        rows = np.repeat(np.arange(count, dtype=np.int64), lengths)
        # A pair joins two neighbours of the same passage: not the last word of a passage with the next one.
        same = rows[1:] == rows[:-1]
        pairs = tokens.pair_features(ids[:-1][same], ids[1:][same])
        seen: dict[int, list[int]] = {}  # passages under one heading share its list: look it up once
        heading_ids = []
        for heading in headings:
            found_heading = seen.get(id(heading))
            if found_heading is None:
                found_heading = seen[id(heading)] = tokens.heading_features(heading, self.index)
            heading_ids.append(found_heading)
        heading_lengths = np.fromiter(map(len, heading_ids), dtype=np.int64, count=count)
        found = np.concatenate(
            [
                tokens.unigram[ids],
                pairs,
                np.fromiter(chain.from_iterable(heading_ids), dtype=np.int64, count=int(heading_lengths.sum())),
            ]
        )
        all_rows = np.concatenate([rows, rows[1:][same], np.repeat(np.arange(count, dtype=np.int64), heading_lengths)])
        return self._probabilities(all_rows, found, lengths >= MIN_CLAUSE_WORDS)

    def _probabilities(self, rows: np.ndarray, found: np.ndarray, clauses: np.ndarray) -> np.ndarray:
        """Scores from the (passage row, feature index or -1) pairs of every feature occurrence."""
        count = len(clauses)
        known = found >= 0
        width = len(self.idf)
        # (passage, feature) pairs and how often each occurs, without a Python loop per feature; the keys come
        # out sorted, so each passage's features are one contiguous run (summed with reduceat below).
        # int32 keys when they fit: the sort inside np.unique runs faster (same keys, same order)
        key_type = np.int32 if count * width < 2**31 else np.int64
        keys, counts = np.unique((rows[known] * width + found[known]).astype(key_type), return_counts=True)
        logits = np.tile(self.intercept, (count, 1))
        if len(keys):
            row_array, column_array = keys // width, keys % width
            values = (1.0 + np.log(counts.astype(np.float64))) * self.idf[column_array]
            norms = np.bincount(row_array, weights=values * values, minlength=count)
            values /= np.sqrt(norms[row_array])
            starts = np.flatnonzero(np.r_[True, row_array[1:] != row_array[:-1]])
            logits[row_array[starts]] += np.add.reduceat(self.coef[column_array] * values[:, None], starts, axis=0)
        result: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
        result[~clauses] = 0.0
        return result

    @cached_property
    def _token_index(self) -> _TokenIndex:  # built on first use (cached_property works on a frozen dataclass)
        return _TokenIndex(self.index)


_MEMO_LIMIT = 500_000  # words memoised beyond the vocabulary (about 120 bytes a word with its string)


class _TokenIndex:
    """Integer ids of the words of a vocabulary, and its word pairs as sorted integer keys."""

    def __init__(self, index: dict[str, int]) -> None:
        # Built once per process for the shipped model (30,000 features): string work in C where possible.
        plain = [feature for feature in index if not feature.startswith("h:")]
        words = sorted(set(" ".join(plain).split(" ")))
        self._base = {word: position for position, word in enumerate(words)}
        self.unknown = len(words)  # the id of every word the vocabulary does not know
        self._number = self._base.get(NUMBER, self.unknown)
        # unigram[id]: the feature index of the word alone, -1 when only its pairs are features
        self.unigram = np.full(len(words) + 1, -1, dtype=np.int64)
        self.unigram[:-1] = np.fromiter(map(index.get, words, repeat(-1)), dtype=np.int64, count=len(words))
        # features() folds every number into NUMBER, so pairs hold no other number: such entries never match
        numbers = {word for word in words if word.isdigit() and word != NUMBER}
        for word in numbers:
            self._base[word] = self._number
        self._ids = dict(self._base)  # the vocabulary's words, then every other word met (memo)
        self._width = len(words) + 1
        pair_features = [
            (parts, index[feature])
            for feature in plain
            if " " in feature
            for parts in [feature.split(" ")]
            if len(parts) == 2 and (not numbers or numbers.isdisjoint(parts))  # features() pairs two words only
        ]
        first = np.fromiter((self._base[parts[0]] for parts, _ in pair_features), dtype=np.int64)
        second = np.fromiter((self._base[parts[1]] for parts, _ in pair_features), dtype=np.int64)
        columns = np.fromiter((column for _, column in pair_features), dtype=np.int64)
        keys = first * self._width + second
        order = np.argsort(keys, kind="stable")
        # int32 when the keys fit: a binary search over half the bytes runs markedly faster
        key_type = np.int32 if self._width * self._width < 2**31 else np.int64
        self._pair_keys = keys[order].astype(key_type)
        self._pair_columns = columns[order]
        # a word that starts (ends) no pair of the vocabulary: its pairs need no search
        self._starts_pair = np.zeros(self._width, dtype=bool)
        self._ends_pair = np.zeros(self._width, dtype=bool)
        self._starts_pair[first] = True
        self._ends_pair[second] = True

    def ids(self, words: Sequence[Sequence[str]], total: int) -> np.ndarray:
        """The ids of all the words of all the passages, in order (numbers folded into NUMBER)."""
        memo = self._ids
        if len(memo) > len(self._base) + _MEMO_LIMIT:  # bounded memory on long-running processes
            memo.clear()
            memo.update(self._base)
        for word in set(chain.from_iterable(words)).difference(memo):
            memo[word] = self._number if word.isdigit() else self.unknown
        return np.fromiter(map(memo.__getitem__, chain.from_iterable(words)), dtype=np.int64, count=total)

    def pair_features(self, first: np.ndarray, second: np.ndarray) -> np.ndarray:
        """The feature index of each word pair (-1 when the pair is not a feature)."""
        result = np.full(len(first), -1, dtype=np.int64)
        if not len(self._pair_keys) or not len(first):
            return result
        candidates = np.flatnonzero(self._starts_pair[first] & self._ends_pair[second])
        keys = (first[candidates] * self._width + second[candidates]).astype(self._pair_keys.dtype)
        where = np.minimum(np.searchsorted(self._pair_keys, keys), len(self._pair_keys) - 1)
        result[candidates] = np.where(self._pair_keys[where] == keys, self._pair_columns[where], -1)
        return result

    def heading_features(self, heading: Sequence[str], index: dict[str, int]) -> list[int]:
        """The feature indexes of a heading's words ("h:" features; numbers are left out), -1 when unknown."""
        return [index.get("h:" + word, -1) for word in heading if not word.isdigit()]


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
        # C order: the rows (features) of a passage are gathered at every prediction, three times faster so.
        coef = np.ascontiguousarray(np.asarray(data["coef"], dtype=np.float64).T * scale)
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
