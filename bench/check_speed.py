"""How long `voute check` takes on the complete example, as a whole process (interpreter start-up included).

Target (issue 2): median under 300 ms. Baselines measured in the same run, on the same machine: a bare
interpreter start, and an interpreter that only imports pydantic and typer (the floor our stack imposes).

The cases run in interleaved rounds (one run of each case per round), so that a burst of load from other
processes on the machine touches every case alike. Each run's wall-clock time and CPU time (user + system of
the child process) are recorded: wall time is what the target speaks of; CPU time is steadier on a shared
machine and shows whether a change really saves work. The text report is also timed with its output going
to a pseudo-terminal, as when a user runs the command in a terminal (colours on), not only into a pipe.

    python bench/check_speed.py [--runs 21]
"""

from __future__ import annotations

import argparse
import os
import pty
import resource
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "contrat-complet.yaml"
TARGET_MS = 300.0


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _drain(fd: int) -> None:
    """Read a pseudo-terminal until it closes, so the child never blocks on a full terminal buffer."""
    try:
        while os.read(fd, 65536):
            pass
    except OSError:  # the child closed its side
        pass


def run_once(command: list[str], env: dict[str, str], terminal: bool) -> tuple[float, float, int]:
    """Wall ms, CPU ms and exit status of one run."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    if terminal:
        main_fd, child_fd = pty.openpty()
        reader = threading.Thread(target=_drain, args=(main_fd,), daemon=True)
        reader.start()
        done = subprocess.run(command, stdout=child_fd, stderr=child_fd, env=env, check=False)
        wall = time.perf_counter() - start
        os.close(child_fd)
        reader.join(timeout=5)
        os.close(main_fd)
    else:
        done = subprocess.run(command, capture_output=True, env=env, check=False)
        wall = time.perf_counter() - start
    return wall * 1000, (_children_cpu() - cpu_before) * 1000, done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    python = sys.executable
    script = Path(python).parent / "voute"
    voute = [str(script)] if script.exists() else [python, "-m", "voute"]
    check = [*voute, "check", str(EXAMPLE)]
    cases: dict[str, tuple[list[str], bool]] = {
        "python -c pass (baseline)": ([python, "-c", "pass"], False),
        "import pydantic, typer (floor)": ([python, "-c", "import pydantic, typer"], False),
        "voute check --format json": ([*check, "--format", "json"], False),
        "voute check (text, piped)": (check, False),
        "voute check (text, terminal)": (check, True),
    }
    # Python skips writing .pyc files when PYTHONDONTWRITEBYTECODE is set to anything, "0" included; then an
    # editable install recompiles every module of ours at each start. The warm-up run writes them, as the
    # first run on a user's machine does.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["COLUMNS"] = "100"
    for command, terminal in cases.values():  # warm the file cache and the .pyc files
        run_once(command, env, terminal)
    walls: dict[str, list[float]] = {name: [] for name in cases}
    cpus: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, (command, terminal) in cases.items():
            wall, cpu, status = run_once(command, env, terminal)
            if status != 0:
                raise SystemExit(f"{' '.join(command)} failed with exit status {status}")
            walls[name].append(wall)
            cpus[name].append(cpu)
    print(f"{'case':32} {'wall median ms':>15} {'min':>7} {'max':>7} {'CPU median ms':>14}")
    medians = {}
    for name in cases:
        medians[name] = statistics.median(walls[name])
        print(
            f"{name:32} {medians[name]:15.1f} {min(walls[name]):7.1f} {max(walls[name]):7.1f} "
            f"{statistics.median(cpus[name]):14.1f}"
        )
    checks = [name for name in cases if name.startswith("voute check")]
    worst = max(checks, key=lambda name: medians[name])
    floor = medians["import pydantic, typer (floor)"]
    print(
        f"\nslowest: {worst}, {medians[worst]:.1f} ms median (target < {TARGET_MS:.0f} ms): "
        f"{'OK' if medians[worst] < TARGET_MS else 'OVER TARGET'}; "
        f"{medians[worst] / floor:.2f}x the pydantic+typer import floor measured in the same run"
    )


if __name__ == "__main__":
    main()
