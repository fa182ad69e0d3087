"""Cost of each cue of the pattern stage of `voute review` on CUAD, and the pattern stage's share of the review.

Two runs over the same texts: a plain one, timing the pattern stage (`score_documents`) inside the whole review,
then one with every cue search timed (the regex, its `needs` and `unless`), counting how often the prefilters
(gates and literals) let the cue run and how often it matched. The timed run is slower than the plain one
(a clock read per search): compare cues with each other, not with the first figure.

    python bench/review_cue_cost.py [--limit N] [--top K]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "cuad"
sys.path.insert(0, str(ROOT / "src"))

from voute.review import api, rules  # noqa: E402
from voute.review.rules import Cue  # noqa: E402
from voute.review.rules_cuad import CUAD_RULES  # noqa: E402
from voute.review.rules_labels import LABEL_RULES  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N files (default: every 4th file)")
    parser.add_argument("--top", type=int, default=25, help="how many of the costliest cues to print")
    args = parser.parse_args()
    if not (DATA / "txt").is_dir():
        print(f"skipped: data absent ({DATA})")
        return 0
    files = sorted((DATA / "txt").glob("*.txt"))
    files = files[: args.limit] if args.limit else files[::4]
    texts = [path.read_text(encoding="utf-8") for path in files]
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    api.review_text(texts[0])  # load the model and compile the rule set outside the timings
    review, stage = _stage_share(texts)
    print(f"{len(texts)} files, {megabytes:.1f} MB: review {review:.2f} s ({megabytes / review:.2f} MB/s), "
          f"pattern stage {stage:.2f} s = {stage / review:.0%} of the review")
    costs = _cue_costs(texts)
    _print_costs(costs, args.top)
    return 0


def _stage_share(texts: list[str]) -> tuple[float, float]:
    """Seconds of the whole review and of its pattern stage (score_documents, as called by the review)."""
    spent = [0.0]
    original = api.score_documents

    def timed(*arguments: object, **options: object) -> object:
        started = time.perf_counter()
        try:
            return original(*arguments, **options)  # type: ignore[arg-type]
        finally:
            spent[0] += time.perf_counter() - started

    api.score_documents = timed  # type: ignore[assignment]
    try:
        started = time.perf_counter()
        for text in texts:
            api.review_text(text)
        review = time.perf_counter() - started
    finally:
        api.score_documents = original
    return review, spent[0]


class _Cost:
    __slots__ = ("matches", "runs", "seconds")

    def __init__(self) -> None:
        self.seconds = 0.0
        self.runs = 0
        self.matches = 0


def _cue_costs(texts: list[str]) -> dict[int, _Cost]:
    """Per cue (by id), the seconds of its searches, how often it ran and how often it matched."""
    costs: dict[int, _Cost] = {}
    original: Callable[[Cue, str], object] = rules._cue_found

    def timed(item: Cue, passage: str) -> object:
        started = time.perf_counter()
        found = original(item, passage)
        spent = time.perf_counter() - started
        cost = costs.get(id(item))
        if cost is None:
            cost = costs[id(item)] = _Cost()
        cost.seconds += spent
        cost.runs += 1
        cost.matches += found is not None
        return found

    rules._cue_found = timed  # type: ignore[assignment]
    try:
        for text in texts:
            api.review_text(text)
    finally:
        rules._cue_found = original  # type: ignore[assignment]
    return costs


def _print_costs(costs: dict[int, _Cost], top: int) -> None:
    names: dict[int, tuple[str, str, int, Cue]] = {}
    for source, mapping in (("labels", LABEL_RULES), ("cuad", CUAD_RULES)):
        for label, target in mapping.items():
            for index, item in enumerate(target.cues):
                names.setdefault(id(item), (source, label, index, item))
    total = sum(cost.seconds for cost in costs.values())
    print(f"cue searches: {total:.2f} s over {len(costs)} cues that ran "
          f"({sum(cost.runs for cost in costs.values())} runs)")
    print(f"{'seconds':>8} {'share':>6} {'ran':>7} {'matched':>7}  {'rules':6} {'label':28} {'cue':>3}  regex")
    ranked = sorted(costs.items(), key=lambda pair: -pair[1].seconds)[:top]
    for key, cost in ranked:
        source, label, index, item = names.get(key, ("?", "?", -1, None))  # type: ignore[arg-type]
        pattern = item.pattern.pattern[:60] if item is not None else "?"
        print(f"{cost.seconds:8.3f} {cost.seconds / max(total, 1e-9):6.1%} {cost.runs:7d} {cost.matches:7d}  "
              f"{source:6} {label:28} {index:3d}  {pattern}")


if __name__ == "__main__":
    raise SystemExit(main())
