"""Evaluate `voute review` on CUAD service-type training contracts against a hand gold (twelve sets).

Set 1 (eval/review_cuad_services_gold.json): twelve contracts, nine weak labels (service levels, penalties,
change procedure, staff, confidentiality, audits, subcontracting, exit, continuity). Set 2
(eval/review_cuad_services2_gold.json): twelve other contracts (outsourcing, hosting, support and maintenance,
operations and maintenance, fleet maintenance, manufacturing, short order-like agreements), all 21 labels. Set 3
(eval/review_cuad_services3_gold.json): twelve more (a broadcaster's services outsourcing, hosting and management,
maintenance and support with severity-level response times, a transition services agreement, web and software hosting,
courier services with on-time levels and penalties, software licence and maintenance, consulting), all 21 labels.
Set 4 (eval/review_cuad_services4_gold.json): twelve more (manufacturing outsourcing, transfer-agent services,
wholesale marketing services, vehicle manufacturing, fund sub-advisory services, two consulting agreements, road and
marine transport, web design and hosting, web hosting, maintenance with an uptime level), all 21 labels. Set 5
(eval/review_cuad_services5_gold.json): twelve more (a software customisation schedule, a contract-manufacturing
amendment, two consulting agreements, fund services, distribution and record-keeping agreements, an aircraft maintenance
amendment, a radio programming and marketing agreement, two gas transportation agreements, a co-branding and services
agreement), all 21 labels. Set 6 (eval/review_cuad_services6_gold.json): twelve more (four consulting agreements, a
contract sales and marketing agreement, crude-oil and pipeline transportation, a broker-dealer servicing agreement, a
manufacturing amendment with liquidated damages, fund administrative servicing, an energy services and sponsorship
agreement, a fund services amendment), all 21 labels, scored first-sight after the label-definition audit. Set 7
(eval/review_cuad_services7_gold.json): five more (a technology-scouting consulting engagement, an outsourced software
development agreement, a software development statement of work with dated milestones, a fund's blockchain
administration and development agreement, a mobile application development agreement with change orders), all 21
labels, scored first-sight only (no tuning on it yet). Set 8 (eval/review_cuad_services8_gold.json): twelve more
(pharmaceutical manufacturing outsourcing, development and manufacturing with change orders, drug and medical-device
contract manufacturing, a manufacturing amendment, a source-code escrow agreement, two software licence and maintenance
agreements with response and resolution times, a fuel-cell operation and maintenance agreement, two pipeline
transportation agreements, a retail product-sale and in-store marketing agreement), all 21 labels, measured first-sight
then used to widen the English families. Set 9 (eval/review_cuad_services9_gold.json): twelve more (a software
licence and hosting agreement, consumer-electronics, medical-device, drug-device and hearing-aid manufacturing
agreements, a joint supply and marketing agreement, two manufacturing amendments, a services amendment, a remarketing
agent agreement, a submarine cable construction and maintenance agreement, a bank's software licence, customisation
and maintenance agreement), all 21 labels, measured first-sight then used to widen the English families. Set 10
(eval/review_cuad_services10_gold.json): four more (a recipe development agreement with deliverables, a master
supply agreement for food ingredients with performance metrics and a business continuity plan, a co-branding and
advertising agreement with a hosted co-branded site, a pager promotion agreement with an airtime subcontractor), all
21 labels, measured first-sight on the final code only (not tuned on); the pool of unused service-type CUAD training
contracts is nearly exhausted, hence the small set. Set 11 (eval/review_cuad_services11_gold.json): four more of
neighbouring kinds (an ODM supply agreement with product insurance and outside manufacturers, a framework supply
contract with an order modification process and a late-delivery penalty, a motor-racing sponsorship agreement with
insurance limits and conduct duties for the team's staff, a software reseller agreement with support obligations and
return of proprietary information at the end), all 21 labels, measured first-sight on the final code only (not tuned
on). Set 12 (eval/review_cuad_services12_gold.json): four more (an online and television promotion agreement with
quarterly impression minimums and an uptime standard, a joint development and marketing agreement with a dated market
study, a semiconductor distributor agreement with a discretionary price list and ICC arbitration, a clinical supply
agreement with change orders and an independent-laboratory quality process), all 21 labels, measured first-sight on
the final code only (not tuned on).
Each gold was written by hand from the label definitions of review-labels.md before the tool was run on its
contracts; it stores offsets into ../shared/data/cuad/txt, never the contract text. None of these contracts is
in the held-out outsourcing set. Set 1's misses were then used to widen the patterns, set 2's in the next pass and
set 3's in the one after, set 4's, set 5's, set 6's, set 8's and set 9's in the last ones, so a set's figures are only
honest before the patterns were tuned on it.

Prints per-label document-level precision, recall and F1, the macro-F1 over the scored labels, and each wrong
decision: a miss with the gold offsets, a false alarm with the offsets of the tool's best evidence.

    python eval/review_services.py [--set 1|2|3|4|5|6|7|8|9|10|11|12] [-q]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "cuad" / "txt"
GOLDS = {
    "1": ROOT / "eval" / "review_cuad_services_gold.json",
    "2": ROOT / "eval" / "review_cuad_services2_gold.json",
    "3": ROOT / "eval" / "review_cuad_services3_gold.json",
    "4": ROOT / "eval" / "review_cuad_services4_gold.json",
    "5": ROOT / "eval" / "review_cuad_services5_gold.json",
    "6": ROOT / "eval" / "review_cuad_services6_gold.json",
    "7": ROOT / "eval" / "review_cuad_services7_gold.json",
    "8": ROOT / "eval" / "review_cuad_services8_gold.json",
    "9": ROOT / "eval" / "review_cuad_services9_gold.json",
    "10": ROOT / "eval" / "review_cuad_services10_gold.json",
    "11": ROOT / "eval" / "review_cuad_services11_gold.json",
    "12": ROOT / "eval" / "review_cuad_services12_gold.json",
}
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from review_dev import print_table  # noqa: E402  (the same table as the development set's)

from voute.review import review_document  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(GOLDS), default="1", help="which hand gold to score (default 1)")
    parser.add_argument("-q", "--quiet", action="store_true", help="print the table only")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: data absent ({DATA})")
        return 0
    gold = json.loads(GOLDS[args.set].read_text(encoding="utf-8"))
    counts, wrong = _score(gold)
    print(f"set {args.set}: {len(gold['documents'])} contracts, {len(counts)} labels")
    _print_table(counts)
    if not args.quiet:
        print("\n".join(wrong))
    return 0


def _score(gold: dict[str, object]) -> tuple[dict[str, list[int]], list[str]]:
    """[tp, fp, fn] per label over the gold's documents, and one line per wrong decision."""
    labels: list[str] = gold["labels"]  # type: ignore[assignment]
    documents: dict[str, dict[str, dict[str, object]]] = gold["documents"]  # type: ignore[assignment]
    counts = {label: [0, 0, 0] for label in labels}  # tp, fp, fn
    wrong: list[str] = []
    for name, expected in documents.items():
        path = DATA / name
        if not path.exists():
            print(f"skipped: {name} absent")
            continue
        report = review_document(path)
        for label in labels:
            finding = report.label(label)
            present = expected[label]["present"]
            if finding.present and present:
                counts[label][0] += 1
            elif finding.present:
                counts[label][1] += 1
                where = [(e.start, e.end) for e in finding.evidence[:2]]
                wrong.append(f"  FP {label:18} {name[:48]:48} score={finding.score:.2f} evidence={where}")
            elif present:
                counts[label][2] += 1
                wrong.append(
                    f"  FN {label:18} {name[:48]:48} score={finding.score:.2f} gold={expected[label]['spans']}"
                )
    return counts, wrong


def _print_table(counts: dict[str, list[int]]) -> None:
    print_table(counts, width=18)
    total = [sum(column) for column in zip(*counts.values(), strict=True)]
    print(f"  (tp {total[0]}, fp {total[1]}, fn {total[2]})")


if __name__ == "__main__":
    raise SystemExit(main())
