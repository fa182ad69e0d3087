"""Key point 7: regular audits, reporting, steering committees, quick corrective action."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from voute.checks.framework import Hit, KeyPoint, Severity, missing, rule
from voute.contract.model import Contract

KP = KeyPoint.monitoring
ARTICLE = "Source article, key point 7 (performance monitoring)"


@rule(
    "monitoring.audits",
    KP,
    Severity.error,
    ARTICLE + "; RGPD art. 28(3)(h); EBA GL §75(p)",
    ("Le client n'a aucun droit d'audit.", "The client has no audit right."),
    (
        "Ajoutez monitoring.audits : fréquence, préavis, périmètre, prise en charge du coût.",
        "Add monitoring.audits: frequency, notice, scope, who bears the cost.",
    ),
)
def _audits(c: Contract) -> Iterable[Hit]:
    return missing(c.monitoring is None or c.monitoring.audits is None, "monitoring")


@rule(
    "monitoring.audit-frequency",
    KP,
    Severity.warning,
    ARTICLE,
    (
        "Les audits sont trop espacés ({frequency}) pour être « réguliers ».",
        "Audits are too far apart ({frequency}) to be regular.",
    ),
    (
        "Prévoyez au moins un audit par an, plus un audit en cas d'incident grave.",
        "Allow at least one audit a year, plus one after a serious incident.",
    ),
    applies=lambda c: c.monitoring is not None and c.monitoring.audits is not None,
)
def _frequency(c: Contract) -> Iterable[Hit]:
    audits = c.monitoring.audits if c.monitoring else None
    rare = audits is not None and audits.frequency.approx_days() > Decimal(366)
    return missing(rare, "monitoring", "audits", "frequency", frequency=audits.frequency.words() if audits else "")


@rule(
    "monitoring.reporting",
    KP,
    Severity.warning,
    ARTICLE + "; EBA GL §75(j)",
    ("Le prestataire n'a aucune obligation de reporting.", "The provider has no reporting duty."),
    (
        "Fixez la cadence et le contenu du reporting (indicateurs mesurés, incidents, plan d'action).",
        "Set the reporting cadence and content (measured indicators, incidents, action plan).",
    ),
)
def _reporting(c: Contract) -> Iterable[Hit]:
    return missing(c.monitoring is None or c.monitoring.reporting is None, "monitoring")


@rule(
    "monitoring.committee",
    KP,
    Severity.warning,
    ARTICLE,
    ("Aucun comité de pilotage n'est prévu.", "No steering committee is set up."),
    (
        "Créez au moins un comité (opérationnel mensuel, stratégique trimestriel) avec ses membres.",
        "Set up at least one committee (monthly operational, quarterly strategic) with its members.",
    ),
)
def _committee(c: Contract) -> Iterable[Hit]:
    return missing(c.monitoring is None or not c.monitoring.committees, "monitoring")


@rule(
    "monitoring.corrective-action",
    KP,
    Severity.warning,
    ARTICLE,
    ("Aucun délai n'est fixé pour les actions correctives.", "No deadline is set for corrective action."),
    (
        "Fixez corrective_action : le délai pour remettre un plan d'action après un écart.",
        "Set corrective_action: the time to deliver an action plan after a deviation.",
    ),
    needs="monitoring",
)
def _corrective(c: Contract) -> Iterable[Hit]:
    return missing(c.monitoring is not None and c.monitoring.corrective_action is None, "monitoring")
