"""Speed of `voute review` on CUAD: MB of text per second per core, and PDF pages per second.

Baselines measured in the same run: a plain read of the same files (text and PDF bytes). Targets from
issue 7: >= 1 MB/s/core for segmentation + classification + extraction, >= 20 PDF pages/s for ingestion.

    python bench/review_speed.py [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "cuad"
sys.path.insert(0, str(ROOT / "src"))

from voute.review.api import review_text  # noqa: E402
from voute.review.ingest import read_document  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="only the first N files of each kind")
    args = parser.parse_args()
    if not (DATA / "txt").is_dir():
        print(f"skipped: data absent ({DATA})")
        return 0
    texts = sorted((DATA / "txt").glob("*.txt"))
    pdfs = sorted(path for path in (DATA / "pdf").iterdir() if path.suffix.lower() == ".pdf")
    if args.limit:
        texts, pdfs = texts[: args.limit], pdfs[: args.limit]
    _bench_text(texts)
    _bench_pdf(pdfs)
    return 0


def _bench_text(files: list[Path]) -> None:
    started = time.process_time()
    contents = [path.read_text(encoding="utf-8") for path in files]
    read_seconds = time.process_time() - started
    megabytes = sum(len(text.encode("utf-8")) for text in contents) / 1e6
    started = time.process_time()
    for text in contents:
        review_text(text)
    review_seconds = time.process_time() - started
    print(f"text: {len(files)} files, {megabytes:.1f} MB")
    print(f"  baseline plain read   {megabytes / max(read_seconds, 1e-9):10.1f} MB/s per core")
    speed = megabytes / review_seconds
    print(f"  review (segment+patterns+model+extract+flags) {speed:6.2f} MB/s per core (target >= 1.0)")


def _bench_pdf(files: list[Path]) -> None:
    started = time.process_time()
    size = sum(len(path.read_bytes()) for path in files)
    read_seconds = time.process_time() - started
    started = time.process_time()
    pages = sum(read_document(path).pages for path in files)
    ingest_seconds = time.process_time() - started
    print(f"pdf: {len(files)} files, {pages} pages, {size / 1e6:.1f} MB")
    print(f"  baseline plain read   {pages / max(read_seconds, 1e-9):10.0f} pages/s")
    print(f"  ingestion (pypdf text layer) {pages / ingest_seconds:6.1f} pages/s per core (target >= 20)")


if __name__ == "__main__":
    raise SystemExit(main())
