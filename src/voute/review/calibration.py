"""Calibrated confidence: how often a contract really covers a label when the review gives it a score.

The review's scores order passages well but are not probabilities (a noisy-or of pattern weights, or a
mix of the model and the patterns rescaled so that 0.6 is the decision point). `calibration.json` maps a
document's score to the observed share of contracts that cover the label, a monotone map fitted
on labelled contracts by `eval/review_calibrate.py`: one map for the 21 labels and the CUAD categories found
by patterns alone, one for the CUAD categories scored by the model (English). Each map is a list of points
(score, share), read by linear interpolation, so it only ever rises with the score. The file records what it
was fitted on and the calibration error measured on contracts held out of each fit.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

from voute.errors import DocumentError, Location

__all__ = ["CALIBRATION_FILE", "Calibration", "load_calibration"]

CALIBRATION_FILE = Path(__file__).with_name("calibration.json")
FAMILIES = ("labels", "cuad")


@dataclass(frozen=True)
class Calibration:
    """Per family, a rising map from score to confidence: points (score, share) read by linear interpolation."""

    maps: dict[str, tuple[tuple[float, ...], tuple[float, ...]]]

    def confidence(self, score: float, family: str) -> float | None:
        """The calibrated chance (0-1) that the label is covered, or None for a family without a map."""
        found = self.maps.get(family)
        if found is None:
            return None
        xs, ys = found
        if score <= xs[0]:
            return ys[0]
        if score >= xs[-1]:
            return ys[-1]
        right = bisect_right(xs, score)
        x0, x1, y0, y1 = xs[right - 1], xs[right], ys[right - 1], ys[right]
        return y0 + (y1 - y0) * (score - x0) / (x1 - x0)


@lru_cache(maxsize=2)
def load_calibration(path: Path = CALIBRATION_FILE) -> Calibration:
    """The shipped calibration, or an empty one (no confidence reported) when the file is absent."""
    if not path.exists():
        return Calibration({})
    where = Location(file=str(path))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        maps = {}
        for family in FAMILIES:
            if family in data["families"]:
                points = data["families"][family]["points"]
                maps[family] = (tuple(float(x) for x, _ in points), tuple(float(y) for _, y in points))
    except (ValueError, KeyError, TypeError) as exc:
        raise DocumentError.single(f"the calibration file is damaged ({exc})", where) from None
    for family, (xs, ys) in maps.items():
        rising = all(a < b for a, b in pairwise(xs)) and all(a <= b for a, b in pairwise(ys))
        if not xs or not rising or not all(0.0 <= y <= 1.0 for y in ys):
            raise DocumentError.single(f"the calibration map {family!r} is not a rising map onto [0, 1]", where)
    return Calibration(maps)
