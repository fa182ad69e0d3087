"""Service credits, penalties and earn-back that a month's invoice deducts or gives back.

They come from ``voute.sla.evaluate`` (the Evaluation object, or its JSON from ``voute evaluate --format
json``) or from a small credits file (YAML or JSON), for users who compute credits elsewhere::

    contract: ML-AC-2027-001    # optional; checked against the contract
    period: 2027-12
    credits:
      - {level: sl_appels_client, amount: "5161.68", note: "6 % de la redevance du service client"}
      - {milestone: demarrage, amount: "2400.00"}
    earned_back:
      - {level: abandon_client, amount: "500.00"}

A level's kind (service credit or penalty) is the contract's (``service_levels.levels[].penalty.kind``); a
milestone's delay amount is a penalty.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from voute.billing._files import parse_amount, read_mapping, read_text, unknown
from voute.contract.model import Contract
from voute.contract.yamlpos import Path as YamlPath
from voute.contract.yamlpos import Positioned
from voute.errors import InputError
from voute.inputfiles import PositionedReader
from voute.sla.month import Month

if TYPE_CHECKING:
    from voute.sla import Evaluation

__all__ = ["Deduction", "deductions_from_evaluation", "load_credits", "parse_credits"]


@dataclass(frozen=True)
class Deduction:
    """An amount the month's invoice deducts (``service_credit``, ``penalty``) or gives back (``earn_back``).

    ``amount`` is positive; the invoice line carries the sign. ``ref`` is the service level or milestone id.
    """

    kind: str
    ref: str
    amount: Decimal
    label: str
    source: str
    formula: str = ""
    clause: str = ""


def deductions_from_evaluation(evaluation: Evaluation, contract: Contract) -> list[Deduction]:
    """The credits, milestone penalties and earn-back of an SLA evaluation, as invoice deductions."""
    names = _names(contract)
    out: list[Deduction] = []
    for credit in evaluation.credits:
        if credit.amount != 0:
            formula = "; ".join(f"{s.code}: {s.formula}" for s in credit.steps if s.applied)
            out.append(
                Deduction(
                    credit.kind,
                    credit.level_id,
                    credit.amount,
                    names.get(credit.level_id, ""),
                    f"voute evaluate {evaluation.month}",
                    formula,
                    _clause(contract, credit.level_id),
                )
            )
    for milestone in evaluation.milestones:
        if milestone.due_in == evaluation.month and milestone.amount != 0:
            formula = "; ".join(f"{s.code}: {s.formula}" for s in milestone.steps if s.applied)
            out.append(
                Deduction(
                    "penalty",
                    milestone.milestone_id,
                    milestone.amount,
                    names.get(milestone.milestone_id, ""),
                    f"voute evaluate {evaluation.month}",
                    formula,
                    _clause(contract, milestone.milestone_id),
                )
            )
    for back in evaluation.earn_backs:
        if back.status == "returned" and back.amount != 0:
            out.append(
                Deduction(
                    "earn_back",
                    back.level_id,
                    back.amount,
                    names.get(back.level_id, ""),
                    f"voute evaluate {evaluation.month}",
                    back.rule,
                    _clause(contract, back.level_id),
                )
            )
    return out


def load_credits(path: str | Path, contract: Contract, month: Month) -> list[Deduction]:
    """Read a credits file, or the JSON of ``voute evaluate``; raises a located :class:`InputError`."""
    path = Path(path)
    return parse_credits(read_text(path, "credits"), str(path), contract, month)


def parse_credits(text: str, filename: str, contract: Contract, month: Month) -> list[Deduction]:
    """Same as :func:`load_credits` for text in memory."""
    positioned = read_mapping(text, filename, "credits")
    reader = _Reader(positioned, filename, contract)
    found = reader.read(month)
    if reader.problems:
        raise InputError(reader.problems)
    return found


def _names(contract: Contract) -> dict[str, str]:
    section = contract.service_levels
    if section is None:
        return {}
    return {
        **{lv.id: lv.name or lv.id for lv in section.levels},
        **{m.id: m.name for m in section.milestones},
    }


def _clause(contract: Contract, ref: str) -> str:
    section = contract.service_levels
    if section is None:
        return ""
    for index, level in enumerate(section.levels):
        if level.id == ref:
            return f"service_levels.levels[{index}].penalty"
    for index, milestone in enumerate(section.milestones):
        if milestone.id == ref:
            return f"service_levels.milestones[{index}].delay_penalty"
    return ""


class _Reader(PositionedReader):
    def __init__(self, positioned: Positioned, filename: str, contract: Contract) -> None:
        super().__init__(positioned, filename)
        self.contract = contract
        section = contract.service_levels
        self.levels = {lv.id: lv for lv in section.levels} if section else {}
        self.milestones = {m.id for m in section.milestones} if section else set()
        self.names = _names(contract)

    def read(self, month: Month) -> list[Deduction]:
        data: dict[str, Any] = self.positioned.data
        reference = data.get("contract")
        if reference is not None and str(reference) != self.contract.reference:
            self.problem(
                ("contract",),
                f"these credits are for contract {reference!r}, not {self.contract.reference!r}",
            )
        try:
            given = Month.parse(str(data.get("period", "")))
        except ValueError:
            self.problem(("period",), 'the file needs "period:" written as a month, e.g. 2027-12')
            return []
        if given != month:
            self.problem(("period",), f"these credits are for {given}, not for the month invoiced ({month})")
            return []
        if "totals" in data:  # the JSON of `voute evaluate --format json`
            return self.evaluation(data)
        for key in data:
            if key not in ("contract", "period", "credits", "earned_back", "comment"):
                self.problem((key,), unknown("key", key, ("contract", "period", "credits", "earned_back")))
        return [
            *self.entries(data.get("credits"), ("credits",), "credit"),
            *self.entries(data.get("earned_back"), ("earned_back",), "earn_back"),
        ]

    def entries(self, value: Any, path: YamlPath, what: str) -> list[Deduction]:
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(path, "expected a list of {level: id, amount: ...} or {milestone: id, amount: ...}")
            return []
        found = [self.entry(raw, (*path, i), what) for i, raw in enumerate(value)]
        return [d for d in found if d is not None]

    def entry(self, raw: Any, path: YamlPath, what: str) -> Deduction | None:
        if not isinstance(raw, dict):
            self.problem(path, "expected {level: id, amount: ...} or {milestone: id, amount: ...}")
            return None
        for key in raw:
            if key not in ("level", "milestone", "amount", "note", "kind"):
                self.problem((*path, key), unknown("key", key, ("level", "milestone", "amount", "note")))
        ref = raw.get("level") or raw.get("milestone")
        amount = self.amount(raw.get("amount"), (*path, "amount"))
        kind = self.kind_of(str(ref), raw, path, what) if ref is not None else None
        if ref is None:
            self.problem(path, "each entry names its service level (level:) or its milestone (milestone:)")
        if kind is None or amount is None:
            return None
        source = str(self.where(path))
        return Deduction(
            kind,
            str(ref),
            amount,
            self.names.get(str(ref), ""),
            source,
            str(raw.get("note") or ""),
            _clause(self.contract, str(ref)),
        )

    def kind_of(self, ref: str, raw: dict[str, Any], path: YamlPath, what: str) -> str | None:
        if "milestone" in raw:
            if ref not in self.milestones:
                self.problem((*path, "milestone"), unknown("milestone", ref, self.milestones))
                return None
            return "earn_back" if what == "earn_back" else "penalty"
        level = self.levels.get(ref)
        if level is None:
            self.problem((*path, "level"), unknown("service level", ref, self.levels))
            return None
        if what == "earn_back":
            return "earn_back"
        return level.penalty.kind.value if level.penalty is not None else "service_credit"

    def amount(self, raw: Any, path: YamlPath) -> Decimal | None:
        try:
            value = parse_amount(raw)
        except ValueError as error:
            self.problem(path, str(error))
            return None
        if value < 0:
            self.problem(path, f"write the credit as a positive amount (it is deducted), got {value}")
            return None
        return value

    def evaluation(self, data: dict[str, Any]) -> list[Deduction]:
        out: list[Deduction] = []
        sections = (
            ("credits", "level_id", None),
            ("milestones", "milestone_id", "penalty"),
            ("earn_back", "level_id", "earn_back"),
        )
        for key, id_key, kind in sections:
            rows = data.get(key) or []
            for index, row in enumerate(rows if isinstance(rows, list) else []):
                found = self.evaluation_row(row, (key, index), id_key, kind, str(data.get("period")))
                if found is not None:
                    out.append(found)
        return out

    def evaluation_row(
        self, row: Any, path: YamlPath, id_key: str, kind: str | None, period: str
    ) -> Deduction | None:
        if not isinstance(row, dict) or id_key not in row:
            self.problem(path, f"expected an entry with {id_key} and amount (the JSON of voute evaluate)")
            return None
        if kind == "penalty" and str(row.get("due_in")) != period:
            return None  # a milestone delay that is not due this month
        if kind == "earn_back" and row.get("status") != "returned":
            return None
        amount = self.amount(row.get("amount"), (*path, "amount"))
        if amount is None or amount == 0:
            return None
        steps = row.get("steps") or []
        formula = "; ".join(
            f"{s.get('code')}: {s.get('formula')}"
            for s in steps
            if isinstance(s, dict) and s.get("applied", True)
        )
        ref = str(row[id_key])
        return Deduction(
            kind or str(row.get("kind", "service_credit")),
            ref,
            amount,
            self.names.get(ref, ""),
            str(self.where(path)),
            formula or str(row.get("rule", "")),
            _clause(self.contract, ref),
        )
