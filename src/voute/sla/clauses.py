"""Checks that the penalty clauses of a contract can be computed, before any month is evaluated.

The contract loader already guarantees types and references; this adds what only the penalty engine needs
(a percentage credit needs a fee to be a percentage of; a CCAG penalty needs the value V...). Every problem is
reported at once, located in the contract file.
"""

from __future__ import annotations

from collections.abc import Iterator

from voute.contract.model import Contract
from voute.contract.service_levels import DelayFormula, PenaltyBasis, PenaltyModel
from voute.contract.yamlpos import format_path
from voute.errors import InputError, Location, Problem

__all__ = ["EARN_BACK_CONDITIONS", "check_clauses"]

EARN_BACK_CONDITIONS = {
    "target_met_each_period": "the target is met in each of the following periods",
    "average_meets_target": "the average of the following periods meets the target",
}


def check_clauses(contract: Contract) -> None:
    """Raise :class:`InputError` listing every penalty clause that cannot be computed."""
    problems = list(_problems(contract))
    if problems:
        raise InputError(problems)


def _problems(contract: Contract) -> Iterator[Problem]:
    section = contract.service_levels
    if section is None:
        return
    for index, level in enumerate(section.levels):
        if level.penalty is not None:
            path: tuple[str | int, ...] = ("service_levels", "levels", index, "penalty")
            for field, message in _penalty_problems(level.penalty):
                yield _problem(contract, (*path, field), f"service level {level.id!r}: {message}")
    for index, milestone in enumerate(section.milestones):
        clause = milestone.delay_penalty
        if clause is None:
            continue
        path = ("service_levels", "milestones", index, "delay_penalty")
        needs = {"rate"} if clause.formula is DelayFormula.per_day_amount else {"basis_value"}
        if clause.formula is DelayFormula.per_day_percent:
            needs.add("rate")
        if clause.cap is not None and clause.cap.percent is not None:
            needs.add("basis_value")
        for name in sorted(needs):
            if getattr(clause, name) is None:
                message = f"milestone {milestone.id!r}: the {clause.formula.value} delay penalty needs {name!r}"
                yield _problem(contract, (*path, name), message)


def _penalty_problems(model: PenaltyModel) -> Iterator[tuple[str, str]]:
    if model.basis is PenaltyBasis.fixed:
        percents = [("tiers", t.credit) for t in model.tiers] + [
            (name, getattr(model, name)) for name in ("per_point", "cap_per_period", "cap_per_year", "cap_overall")
        ]
        for name, cap in percents:
            if cap is not None and cap.percent is not None:
                yield name, f"basis is 'fixed', so {name} must be an amount, not {cap}"
    if model.earn_back is not None and model.earn_back.condition not in EARN_BACK_CONDITIONS:
        known = ", ".join(EARN_BACK_CONDITIONS)
        yield "earn_back", f"unknown earn-back condition {model.earn_back.condition!r} (known: {known})"


def _problem(contract: Contract, path: tuple[str | int, ...], message: str) -> Problem:
    position = contract.position_of(path)
    line, column = position if position else (None, None)
    return Problem(Location(contract.source_file, line, column, path=format_path(path)), message)
