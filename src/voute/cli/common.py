"""What every command shares: language choice, located error output, atomic writes."""

from __future__ import annotations

import sys
from enum import StrEnum

import typer

from voute.atomic import write_atomic
from voute.errors import InputError, Problem


class Lang(StrEnum):
    fr = "fr"
    en = "en"


def fail_input(error: InputError, lang: str = "en") -> typer.Exit:
    """Print every located problem to stderr and return the exit (status 2) to raise."""
    count = len(error.problems)
    if lang == "fr":
        head = f"Entrée inutilisable ({count} problème{'s' if count > 1 else ''}) :"
    else:
        head = f"Unusable input ({count} problem{'s' if count > 1 else ''}):"
    sys.stderr.write(head + "\n")
    for problem in error.problems:
        sys.stderr.write(f"  {_localized(problem, lang)}\n")
    return typer.Exit(2)


def _localized(problem: Problem, lang: str) -> str:
    if lang != "fr":
        return str(problem)
    from voute.contract.messages import in_french

    return str(Problem(problem.location, in_french(problem.message), problem.code))


__all__ = ["Lang", "fail_input", "write_atomic"]
