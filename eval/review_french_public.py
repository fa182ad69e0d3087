"""Evaluate `voute review` on real French service contracts it was not written from (issue 7).

Eight contracts found in public repositories (IT maintenance, infogérance, refrigeration maintenance, a web agency's
and a SaaS host's general terms, a web hosting contract, a CMS maintenance offer, a processor agreement) were saved
as text outside the repository; eval/review_french_public_gold.json holds, for each, its origin (repo, path, commit),
the sha256 of the saved text and a hand gold for the 21 labels of review-labels.md (present or not, and character
offsets of the best evidence), written before the tool was run on them. No contract text is kept in the repository.
With `--set 2`, scores the second round instead: seven more French documents of other kinds (a managed-services
offer's special terms, three service level agreements, the CCTP of a public tender, a telephone-answering contract, a
processor agreement), gold in eval/review_french_public2_gold.json, texts by default in ../fr_heldout2.
With `--set 3`, the third round: six more (a SaaS host's hosting and managed-services terms with an SLA annex, a
software publisher's general terms, a SaaS service level agreement, a processor agreement, one page of an EU
institution's framework service contract, a small web host's general terms), gold in
eval/review_french_public3_gold.json, texts by default in ../fr_heldout3.
With `--set 4`, the fourth round: six more (a digital cooperative's and a development association's general terms of
sale, a cloud provider's network SLA with service credits, a small software maintenance contract, a processor agreement,
the CCTP of a public tender for application maintenance), gold in eval/review_french_public4_gold.json, texts by
default in ../fr_heldout4.
With `--set 5`, the fifth round: five more (a small app agency's general terms with hosting and maintenance, a
consulting firm's general terms of sale, an online backup service contract, a freelance developer's time-and-materials
agreement, a digital cooperative's commercial proposal with application maintenance), gold in
eval/review_french_public5_gold.json, texts by default in ../fr_heldout5.
With `--set 6`, the sixth round: four more (a development studio's general terms of sale and the special conditions
of its development contract, its general purchase terms for subcontracted deliverables, a SaaS processor agreement),
gold in eval/review_french_public6_gold.json, texts by default in ../fr_heldout6.
With `--set 7`, the seventh round (a first-sight measurement only): two more (a sole-trader web studio's B2B general
terms of sale for website development and hosting, a SaaS content platform's general terms with an availability level,
service credits, processor terms and audit), gold in eval/review_french_public7_gold.json, texts by default in
../fr_heldout7.
With `--set 8`, the eighth round (first-sight figure, then tuning by families): two more (a soil-science consulting
firm's general terms of services, a sovereign-cloud IaaS provider's general terms of sale and use with availability
penalties, reversibility by data export and audit by penetration tests), gold in eval/review_french_public8_gold.json,
texts by default in ../fr_heldout8.
With `--set 9`, the ninth round (first-sight figure, then tuning by families): three more (a one-person web
development company's general terms of services, a career-consulting firm's professional services contract template
with availability and price revision, an AI trading-signals SaaS platform's service level agreement with service
credits and reporting), gold in eval/review_french_public9_gold.json, texts by default in ../fr_heldout9.
With `--set 10`, the tenth round (a first-sight measurement of the final code, not tuned on): two more of one new
publisher (a KYC/AML compliance SaaS platform's B2B general terms of sale and end-user licence with an SLA annex,
and its processor agreement), gold in eval/review_french_public10_gold.json, texts by default in ../fr_heldout10.
With `--set 11`, the eleventh round (a first-sight measurement of the final code, not tuned on): three more of one new
publisher (a software cooperative's general terms of sale for development, maintenance and hosting, its special
conditions for third-party application maintenance, and its special conditions for hosting and managed services with
availability guarantees and credit notes), gold in eval/review_french_public11_gold.json, texts by default in
../fr_heldout11.
With `--set 12`, the twelfth round (first-sight figure, then tuning by families): three more (a web studio's
contract-for-services generator template, a SaaS publisher's service-commitment page with an availability discount
matrix, a backup vendor's managed-storage offer sheet with RTO/RPO commitments, credits and auto-renewed commitment),
gold in eval/review_french_public12_gold.json, texts by default in ../fr_heldout12.
With `--set 13`, the thirteenth round (a first-sight measurement of the final code, not tuned on): three more general
terms of three new publishers (a web agency's terms for website design with a hosting subscription, a small IT services
company's terms for development and maintenance, a staffing platform's consulting-style terms of professional services),
gold in eval/review_french_public13_gold.json, texts by default in ../fr_heldout13.
With `--set 14`, the fourteenth round (a first-sight measurement of the final code, not tuned on): one more general
terms of a new publisher (a security-awareness SaaS sole trader's B2B terms of sale and use with an initial audit
deliverable, tacit renewal, price revision, processor role, data export at the end and technical subcontractors), gold
in eval/review_french_public14_gold.json, texts by default in ../fr_heldout14.
With `--set 15`, the fifteenth round (first-sight figure, then tuning by families): three documents of one new
publisher, a garage-software company that also sells an outsourced remote secretariat (its contract with an
independent secretary handling garages' claim files, its subscription contract and B2B general terms for garages, and
the processing agreement annexed to them), gold in eval/review_french_public15_gold.json, texts by default in
../fr_heldout15.
With `--set 16`, the sixteenth round (first-sight figure, then tuning by families): two documents of two new
publishers (a sole trader's general terms of sale for IT maintenance interventions with a 24-hour response, and a small
web host's general terms of use with best-effort availability, provider backups, a liability cap and deletion of data at
termination), gold in eval/review_french_public16_gold.json, texts by default in ../fr_heldout16.

Prints per-label document-level precision, recall and F1 (the conventions of eval/review_dev.py), the macro-F1, the
share of gold evidence spans overlapped by a predicted evidence passage of the same label, and every wrong decision:
a miss with the gold offsets, a false alarm with the offsets of the tool's best evidence.

    python eval/review_french_public.py [--set 1|2|...|16] [--texts DIR] [-q]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# set -> (gold file, default folder of the saved texts)
SETS = {
    "1": (ROOT / "eval" / "review_french_public_gold.json", ROOT.parent / "fr_heldout"),
    "2": (ROOT / "eval" / "review_french_public2_gold.json", ROOT.parent / "fr_heldout2"),
    "3": (ROOT / "eval" / "review_french_public3_gold.json", ROOT.parent / "fr_heldout3"),
    "4": (ROOT / "eval" / "review_french_public4_gold.json", ROOT.parent / "fr_heldout4"),
    "5": (ROOT / "eval" / "review_french_public5_gold.json", ROOT.parent / "fr_heldout5"),
    "6": (ROOT / "eval" / "review_french_public6_gold.json", ROOT.parent / "fr_heldout6"),
    "7": (ROOT / "eval" / "review_french_public7_gold.json", ROOT.parent / "fr_heldout7"),
    "8": (ROOT / "eval" / "review_french_public8_gold.json", ROOT.parent / "fr_heldout8"),
    "9": (ROOT / "eval" / "review_french_public9_gold.json", ROOT.parent / "fr_heldout9"),
    "10": (ROOT / "eval" / "review_french_public10_gold.json", ROOT.parent / "fr_heldout10"),
    "11": (ROOT / "eval" / "review_french_public11_gold.json", ROOT.parent / "fr_heldout11"),
    "12": (ROOT / "eval" / "review_french_public12_gold.json", ROOT.parent / "fr_heldout12"),
    "13": (ROOT / "eval" / "review_french_public13_gold.json", ROOT.parent / "fr_heldout13"),
    "14": (ROOT / "eval" / "review_french_public14_gold.json", ROOT.parent / "fr_heldout14"),
    "15": (ROOT / "eval" / "review_french_public15_gold.json", ROOT.parent / "fr_heldout15"),
    "16": (ROOT / "eval" / "review_french_public16_gold.json", ROOT.parent / "fr_heldout16"),
}
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "eval"))

from review_english_public import report_set  # noqa: E402  (the same scoring and printing as the English sets)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS, key=int), default="1", help="which held-out round to score")
    parser.add_argument("--texts", type=Path, default=None, help="folder holding the saved contract texts")
    parser.add_argument("-q", "--quiet", action="store_true", help="print the table only")
    args = parser.parse_args()
    gold_path, default_texts = SETS[args.set]
    return report_set(gold_path, args.texts or default_texts, quiet=args.quiet)


if __name__ == "__main__":
    raise SystemExit(main())
