"""Voute: outsourcing contracts as data. Draft, check, review and run them, in French and English.

The public API is what ``__all__`` lists; everything else is private and may change. The functions import
their modules lazily so that ``import voute`` stays cheap for every command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from voute.errors import ContractError, DocumentError, InputError, Location, Problem, RecordsError, VouteError

if TYPE_CHECKING:
    from voute.checks.report import CheckReport
    from voute.contract.model import Contract

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
    "load",
]


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
