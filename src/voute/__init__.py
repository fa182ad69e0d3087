"""Voute: outsourcing contracts as data. Draft, check, review and run them, in French and English.

The public API is what ``__all__`` lists; everything else is private and may change. The functions import
their modules lazily so that ``import voute`` stays cheap for every command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from voute.errors import ContractError, DocumentError, InputError, Location, Problem, RecordsError, VouteError

if TYPE_CHECKING:
    from voute.billing import draft_invoice as invoice
    from voute.billing.reconcile import reconcile as reconcile
    from voute.calendar import schedule as schedule
    from voute.checks.report import CheckReport
    from voute.contract.model import Contract
    from voute.measure import measure as measure
    from voute.render import render as render
    from voute.review import review_document as review
    from voute.sla import evaluate as evaluate

__version__ = "0.1.0"

__all__ = [
    "ContractError",
    "DocumentError",
    "InputError",
    "Location",
    "Problem",
    "RecordsError",
    "VouteError",
    "__version__",
    "check",
    "contract_schema",
    "evaluate",
    "invoice",
    "load",
    "measure",
    "reconcile",
    "render",
    "review",
    "schedule",
]

# The verbs of ARCHITECTURE.md, imported on first use so `import voute` stays cheap.
_LAZY: dict[str, tuple[str, str]] = {
    "schedule": ("voute.calendar", "schedule"),
    "render": ("voute.render", "render"),
    "measure": ("voute.measure", "measure"),
    "evaluate": ("voute.sla", "evaluate"),
    "invoice": ("voute.billing", "draft_invoice"),
    "reconcile": ("voute.billing", "reconcile"),
    "review": ("voute.review", "review_document"),
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        value = getattr(importlib.import_module(module), attribute)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'voute' has no attribute {name!r}")


def load(path: str | Path) -> Contract:
    """Load and validate a contract file; raises :class:`ContractError` listing every located problem."""
    from voute.contract.loader import load as _load

    return _load(path)


def check(contract: Contract | str | Path, lang: str = "fr") -> CheckReport:
    """Run the checklist on a contract (or a contract file) and return the report.

    >>> report = check("examples/contrat-complet.yaml")  # doctest: +SKIP
    >>> report.has_errors  # doctest: +SKIP
    False
    """
    from voute.checks import run_checks

    if isinstance(contract, str | Path):
        contract = load(contract)
    return run_checks(contract, lang)


def contract_schema() -> dict[str, object]:
    """The JSON Schema of contract files, for editors to validate and complete them."""
    from voute.contract.schema import json_schema

    return json_schema()
