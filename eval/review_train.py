"""Train the review's CUAD passage model on the 408 CUAD training contracts and write the shipped artefact.

Reproducible: fixed seeds and fold assignment (see voute.review.train); the same data gives the same file.
Needs scikit-learn (training only: the library scores the model with numpy). Writes
src/voute/review/cuad_model.json (atomically), or the path given with -o.

    python eval/review_train.py [-o PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "cuad"
sys.path.insert(0, str(ROOT / "src"))

from voute.review.model import MODEL_FILE  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=MODEL_FILE)
    args = parser.parse_args()
    if not (DATA / "labels.jsonl").exists():
        print(f"skipped: data absent ({DATA})")
        return 0
    import sklearn

    from voute.review import train

    started = time.perf_counter()
    contracts = train.load_cuad(DATA)
    model = train.train(contracts)
    meta = {
        "trained_on": f"CUAD v1 training split, {len(contracts)} contracts (CC BY 4.0, The Atticus Project)",
        "procedure": "voute.review.train.train: tf-idf words + word pairs + heading words, logistic regression "
        "per category, weight and threshold by inner 4-fold cross-validation by contract",
        "seed": train.SEED,
        "max_features": train.MAX_FEATURES,
        "min_df": train.MIN_DF,
        "C": train.C,
        "scikit_learn": sklearn.__version__,
    }
    document = train.model_to_json(model, meta)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=args.output.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(document)
    os.chmod(temporary, 0o644)  # mkstemp makes the file private; the artefact ships in the package
    os.replace(temporary, args.output)
    digest = hashlib.sha256(document.encode("utf-8")).hexdigest()[:16]
    elapsed = time.perf_counter() - started
    print(f"wrote {args.output} ({len(document) / 1e6:.2f} MB, sha256 {digest}) in {elapsed:.0f} s")
    for category in model.categories:
        print(f"  {category:30} weight {model.weights[category]:.2f}  threshold {model.thresholds[category]:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
