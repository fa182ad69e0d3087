"""First-sight scores of the labelled sets: each set reviewed by the code as it was BEFORE its misses were used
to write patterns, for eval/review_calibrate.py (confidence must be learnt from how the review scores contracts
it has never seen, not from contracts it was tuned on).

For each set and the commit that precedes its tuning, the script checks that commit out in a temporary git
worktree, reviews the set's contracts with that tree's code, and writes eval/review_first_sight_scores.json:
per set, the commit and one [document score, gold presence] pair per labelled decision (no contract text).

    python eval/review_first_sight.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "eval"))

from review_calibrate import SETS  # noqa: E402  (set name -> gold file and texts)

OUT = ROOT / "eval" / "review_first_sight_scores.json"

# The last commit before each set's misses shaped the patterns (git log of rules_labels.py).
BEFORE_TUNING = {
    "cuad-services-2": "0c67b4d",  # tuned in 7cbd244
    "french-public-1": "0c67b4d",  # tuned in 7cbd244
    "french-public-2": "7aa02a4",  # tuned in bdcb8c3
    "english-public": "7aa02a4",  # tuned in bdcb8c3
    "french-public-3": "19069e5",  # tuned in f9c70be
    "english-public-2": "19069e5",  # tuned in f9c70be
    "cuad-services-3": "047b840",  # tuned in 1a39189
    "french-public-4": "047b840",  # tuned in 1a39189
    "english-public-3": "047b840",  # tuned in 1a39189
    "cuad-services-4": "72d03be",  # tuned in ce9aa9f
    "french-public-5": "72d03be",  # tuned in ce9aa9f
    "english-public-4": "72d03be",  # tuned in ce9aa9f
    "cuad-services-5": "2fd961f",  # tuned in 775b91b
    "cuad-services-6": "78e5ecd",  # tuned in 3efb12e
    "french-public-6": "78e5ecd",  # tuned in 3efb12e
    "english-public-5": "78e5ecd",  # tuned in 3efb12e
    "cuad-services-7": "de55ee1",  # not tuned on (measured on the final code of the fourth session)
    "french-public-7": "de55ee1",  # measured on the fourth session's final code, tuned in the fifth
    "english-public-6": "de55ee1",  # not tuned on
    "cuad-services-8": "87f9804",  # tuned in the fifth session
    "french-public-8": "87f9804",  # tuned in the fifth session
    "english-public-7": "87f9804",  # tuned in the fifth session
    "cuad-services-9": "822bf8d",  # tuned in the fifth session
    "french-public-9": "822bf8d",  # tuned in the fifth session
    "english-public-8": "822bf8d",  # tuned in the fifth session
    "cuad-services-10": "247310e",  # tuned in the last round of the fifth session
    "french-public-10": "247310e",  # tuned in the last round of the fifth session
    "english-public-9": "247310e",  # tuned in the last round of the fifth session
    "cuad-services-11": "9654907",  # measured on the fifth session's final patterns save its last small round
    "french-public-11": "9654907",  # then tuned in that last small round
    "english-public-10": "9654907",  # then tuned in that last small round
    "english-public-11": "8bed81c",  # sixth session, tuned in 22a90c1
    "french-public-12": "8bed81c",  # sixth session, tuned in 22a90c1
    "cuad-services-12": "0b19088",  # sixth session, measured on the code of its last pattern change
    "english-public-12": "0b19088",
    "french-public-13": "0b19088",
    "english-public-13": "23935c8",  # sixth session's final patterns, not tuned on
    "french-public-14": "23935c8",  # sixth session's final patterns, not tuned on
    "english-public-14": "ea0ef13",  # seventh session, tuned in afae780
    "french-public-15": "ea0ef13",  # seventh session, tuned in afae780
    "english-public-15": "5040cfc",  # seventh session, tuned in ec21669
    "french-public-16": "5040cfc",  # seventh session, tuned in ec21669
}

_REVIEW = """
import json, sys
from pathlib import Path
from voute.review import review_document
rows = []
for path, labels in json.loads(sys.stdin.read()):
    report = review_document(Path(path))
    rows += [[report.label(label).score, present] for label, present in labels]
print(json.dumps(rows))
"""


def main() -> int:
    sets = {name: (gold, texts) for name, gold, texts in SETS}
    out: dict[str, object] = {}
    for name, commit in BEFORE_TUNING.items():
        gold_file, texts = sets[name]
        if not gold_file.exists() or not texts.is_dir():
            print(f"{name}: texts absent, skipped")
            continue
        work = _documents(gold_file, texts)
        rows = _review_at(commit, work)
        out[name] = {"commit": commit, "decisions": rows}
        print(f"{name}: {len(work)} contracts, {len(rows)} decisions reviewed at {commit}")
    OUT.write_text(json.dumps(out) + "\n", encoding="utf-8")
    print(f"written {OUT}")
    return 0


def _documents(gold_file: Path, texts: Path) -> list[tuple[str, list[tuple[str, bool]]]]:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    work = []
    for key, entry in gold["documents"].items():
        path = texts / key
        if path.is_file():
            labels = entry.get("labels", entry)
            pairs = [
                (label, bool(v["present"])) for label, v in labels.items() if isinstance(v, dict) and "present" in v
            ]
            work.append((str(path), pairs))
    return work


def _review_at(commit: str, work: list[tuple[str, list[tuple[str, bool]]]]) -> list[list[object]]:
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), commit], check=True)
        try:
            done = subprocess.run(
                [sys.executable, "-c", _REVIEW],
                input=json.dumps(work),
                capture_output=True,
                text=True,
                check=True,
                env={"PYTHONPATH": str(tree / "src"), "PATH": "/usr/bin:/bin"},
            )
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    rows: list[list[object]] = json.loads(done.stdout)
    return rows


if __name__ == "__main__":
    sys.exit(main())
