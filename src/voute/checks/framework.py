"""The shape of a checklist rule, and the registry every key-point module adds its rules to.

A rule is small data (id, key point, severity, source, message and fix in French and English) plus a pure
function that looks at the contract and returns the places where the rule is broken. Running no rule twice,
sorting and locating the findings is the report's job, not the rule's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from voute.contract.model import Contract


class Severity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


class KeyPoint(StrEnum):
    """The nine key points of the article, then the points beyond it, in report order."""

    services = "services"
    service_levels = "service_levels"
    costs = "costs"
    term = "term"
    indemnification = "indemnification"
    data_protection = "data_protection"
    monitoring = "monitoring"
    disputes = "disputes"
    continuity = "continuity"
    exit = "exit"
    subcontracting = "subcontracting"
    staff = "staff"
    financial_sector = "financial_sector"


KEY_POINT_NAMES: dict[KeyPoint, tuple[str, str]] = {
    KeyPoint.services: ("Description des services", "Description of services"),
    KeyPoint.service_levels: ("Niveaux de service", "Service levels"),
    KeyPoint.costs: ("Coûts", "Costs"),
    KeyPoint.term: ("Durée du contrat", "Term"),
    KeyPoint.indemnification: ("Indemnisations et responsabilité", "Indemnification and liability"),
    KeyPoint.data_protection: ("Protection des données", "Data protection"),
    KeyPoint.monitoring: ("Suivi des performances", "Performance monitoring"),
    KeyPoint.disputes: ("Résolution des litiges", "Dispute resolution"),
    KeyPoint.continuity: ("Continuité et reprise d'activité", "Continuity and disaster recovery"),
    KeyPoint.exit: ("Réversibilité et sortie", "Exit and reversibility"),
    KeyPoint.subcontracting: ("Sous-traitance", "Subcontracting"),
    KeyPoint.staff: ("Personnel", "Staff"),
    KeyPoint.financial_sector: ("Secteur financier (DORA, EBA)", "Financial sector (DORA, EBA)"),
}


@dataclass(frozen=True)
class Text:
    """A user-facing sentence in both languages. ``{name}`` placeholders are filled from the hit's details."""

    fr: str
    en: str

    def get(self, lang: str, **details: Any) -> str:
        """The sentence in ``lang``; a detail given as a ``(fr, en)`` pair is taken in the same language."""
        template = self.fr if lang == "fr" else self.en
        chosen = {k: (v[0] if lang == "fr" else v[1]) if isinstance(v, tuple) else v for k, v in details.items()}
        return template.format(**chosen) if chosen else template


@dataclass(frozen=True)
class Hit:
    """One place where a rule is broken: the field path (for the location) and details for the message."""

    path: tuple[str | int, ...]
    details: dict[str, Any] = field(default_factory=dict)


Test = Callable[[Contract], Iterable[Hit]]
Applies = Callable[[Contract], bool]


def always(_: Contract) -> bool:
    return True


@dataclass(frozen=True)
class Rule:
    id: str
    key_point: KeyPoint
    severity: Severity
    source: str
    message: Text
    fix: Text
    test: Test
    applies: Applies = always


RULES: list[Rule] = []


def rule(
    id: str,
    key_point: KeyPoint,
    severity: Severity,
    source: str,
    message: tuple[str, str],
    fix: tuple[str, str],
    applies: Applies = always,
    needs: str | None = None,
) -> Callable[[Test], Test]:
    """Register the decorated function as the test of a new rule; ``message`` and ``fix`` are (fr, en).

    ``needs`` names the contract section the rule looks inside: without that section the rule does not apply
    (the section's own "present" rule reports the absence once, and the coverage score is not inflated by
    sub-rules that pass only because there is nothing to look at).
    """

    def register(test: Test) -> Test:
        if any(existing.id == id for existing in RULES):
            raise ValueError(f"rule id {id!r} registered twice")
        condition = applies if needs is None else _needing(needs, applies)
        RULES.append(Rule(id, key_point, severity, source, Text(*message), Text(*fix), test, condition))
        return test

    return register


def _needing(section: str, applies: Applies) -> Applies:
    def condition(contract: Contract) -> bool:
        return getattr(contract, section) is not None and applies(contract)

    return condition


def hit(*path: str | int, **details: Any) -> list[Hit]:
    """The common case: the rule is broken once, at ``path``."""
    return [Hit(tuple(path), dict(details))]


def missing(condition: bool, *path: str | int, **details: Any) -> list[Hit]:
    """Broken at ``path`` when ``condition`` holds, else passed."""
    return hit(*path, **details) if condition else []
