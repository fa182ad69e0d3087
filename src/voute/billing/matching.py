"""Which contract price, credit or penalty a line of the provider's invoice is about.

A line names its price item in an ``item`` column (the contract's id), or it is recognised by its description:
the longest contract label (price item, service level or milestone name) it contains, else the closest one
(similarity of at least 0.8 on lower-cased words without accents). Negative lines are looked for among credits
and penalties first, positive ones among price items first.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from voute.billing.provider import ProviderLine
from voute.contract.model import Contract

__all__ = ["Match", "match_lines"]

_SIMILAR = 0.8


@dataclass(frozen=True)
class Match:
    """A provider line and what it was matched to: ``("item", id)``, ``("deduction", id)`` or none."""

    line: ProviderLine
    kind: str | None
    ref: str | None
    how: str


def match_lines(contract: Contract, lines: Sequence[ProviderLine]) -> list[Match]:
    """Match every line of the provider's invoice to a price item or a credit, or to nothing."""
    items = [(i.id, i.label) for i in contract.costs.items] if contract.costs else []
    section = contract.service_levels
    deductions = (
        [(lv.id, lv.name or lv.id) for lv in section.levels] + [(m.id, m.name) for m in section.milestones]
        if section
        else []
    )
    return [_match(line, items, deductions) for line in lines]


def _match(line: ProviderLine, items: list[tuple[str, str]], deductions: list[tuple[str, str]]) -> Match:
    if line.item:
        if any(line.item == ref for ref, _ in items):
            return Match(line, "item", line.item, "item column")
        if any(line.item == ref for ref, _ in deductions):
            return Match(line, "deduction", line.item, "item column")
    order = (
        [("deduction", deductions), ("item", items)]
        if line.amount < 0
        else [("item", items), ("deduction", deductions)]
    )
    for kind, names in order:
        found = _by_label(line.label, names)
        if found is not None:
            return Match(line, kind, found[0], found[1])
    return Match(line, None, None, "no match")


def _by_label(label: str, names: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    text = _norm(label)
    padded = f" {text} "
    contained = [
        (len(_norm(name)), ref) for ref, name in names if _norm(name) and f" {_norm(name)} " in padded
    ]
    contained += [(len(_norm(ref)), ref) for ref, _ in names if f" {_norm(ref)} " in padded]
    if contained:
        return max(contained)[1], "description contains the contract's label"
    scored = [(difflib.SequenceMatcher(None, text, _norm(name)).ratio(), ref) for ref, name in names]
    best = max(scored, default=(0.0, ""))
    if best[0] >= _SIMILAR:
        return best[1], f"description close to the contract's label ({best[0]:.2f})"
    return None


def _norm(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(re.findall(r"[a-z0-9]+", plain.replace("_", " ")))
