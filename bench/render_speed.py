"""Benchmark: render the complete example in all three formats (issue 4). Target: under 3 s in total.

Prints the median of several runs per format, in one process (the first, cold run is shown apart: it pays
for importing WeasyPrint and python-docx and for loading the fonts), against a baseline measured in the same
run: loading and validating the contract file.

    python bench/render_speed.py [--runs 5] [--lang fr]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import voute
from voute.render import render

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "contrat-complet.yaml"
TARGET_SECONDS = 3.0


def _timed(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """(first run, median of the following runs) in seconds."""
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return times[0], statistics.median(times[1:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="fr", choices=["fr", "en"])
    args = parser.parse_args()
    _, baseline = _timed(lambda: voute.load(EXAMPLE), args.runs)
    contract = voute.load(EXAMPLE)
    print(f"baseline  load + validate the contract: median {baseline * 1000:8.1f} ms")
    total = 0.0
    for output_format in ("html", "docx", "pdf"):
        first, median = _timed(lambda f=output_format: render(contract, f, args.lang), args.runs)
        size = len(render(contract, output_format, args.lang))
        total += median
        print(f"{output_format:<5}     first {first * 1000:8.1f} ms   median {median * 1000:8.1f} ms"
              f"   x{median / baseline:6.1f} baseline   {size / 1024:7.1f} KiB")
    verdict = "OK" if total < TARGET_SECONDS else "SLOWER THAN TARGET"
    print(f"total of medians: {total:.2f} s (target < {TARGET_SECONDS:.0f} s): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
