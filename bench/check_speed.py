"""How long `voute check` takes on the complete example, as a whole process (interpreter start-up included).

Target (issue 2): median under 300 ms. Baselines measured in the same run, on the same machine: a bare
interpreter start, and an interpreter that only imports pydantic and typer (the floor our stack imposes).

    python bench/check_speed.py [--runs 21]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "contrat-complet.yaml"
TARGET_MS = 300.0


def timed(command: list[str], runs: int, ok_status: tuple[int, ...] = (0,)) -> list[float]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="0")
    subprocess.run(command, capture_output=True, env=env, check=False)  # warm the file cache and .pyc files
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, env=env, check=False)
        samples.append((time.perf_counter() - start) * 1000)
        if done.returncode not in ok_status:
            raise SystemExit(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.decode()[:500]}")
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    python = sys.executable
    voute = (
        [python, "-m", "voute.cli.__main__"]
        if not (Path(python).parent / "voute").exists()
        else [str(Path(python).parent / "voute")]
    )
    cases = {
        "python -c pass (baseline)": [python, "-c", "pass"],
        "import pydantic, typer (floor)": [python, "-c", "import pydantic, typer"],
        "voute check --format json": [*voute, "check", str(EXAMPLE), "--format", "json"],
        "voute check (text report)": [*voute, "check", str(EXAMPLE)],
    }
    print(f"{'case':34} {'median ms':>10} {'min':>8} {'max':>8}")
    medians = {}
    for name, command in cases.items():
        samples = timed(command, args.runs)
        medians[name] = statistics.median(samples)
        print(f"{name:34} {medians[name]:10.1f} {min(samples):8.1f} {max(samples):8.1f}")
    worst = max(medians["voute check --format json"], medians["voute check (text report)"])
    floor = medians["import pydantic, typer (floor)"]
    print(
        f"\nvoute check, slowest format: {worst:.1f} ms median (target < {TARGET_MS:.0f} ms): "
        f"{'OK' if worst < TARGET_MS else 'OVER TARGET'}; {worst / floor:.2f}x the pydantic+typer import floor"
    )


if __name__ == "__main__":
    main()
