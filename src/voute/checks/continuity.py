"""Key point 9: continuity and recovery after a cyberattack, supply failure, regulatory change, staff turnover."""

from __future__ import annotations

from collections.abc import Iterable

from voute.checks.framework import Hit, KeyPoint, Severity, missing, rule
from voute.contract.continuity import Scenario
from voute.contract.model import Contract

KP = KeyPoint.continuity
ARTICLE = "Source article, key point 9 (continuity and disaster recovery)"
ARTICLE_SCENARIOS = (
    Scenario.cyberattack,
    Scenario.supply_failure,
    Scenario.regulatory_change,
    Scenario.staff_turnover,
    Scenario.pandemic,
)


@rule(
    "continuity.plan",
    KP,
    Severity.error,
    ARTICLE + "; EBA GL §75(l)",
    ("Aucun plan de continuité ni de reprise d'activité.", "No business continuity or disaster recovery plan."),
    (
        "Exigez un PCA et un PRA (bcp: true, drp: true) avec RTO, RPO et tests.",
        "Require a BCP and a DRP (bcp: true, drp: true) with RTO, RPO and tests.",
    ),
)
def _plan(c: Contract) -> Iterable[Hit]:
    k = c.continuity
    return missing(k is None or not (k.bcp or k.drp), "continuity")


@rule(
    "continuity.scenarios",
    KP,
    Severity.warning,
    ARTICLE,
    ("Le plan ne couvre pas le scénario « {scenario} ».", "The plan does not cover the '{scenario}' scenario."),
    (
        "Ajoutez ce scénario à continuity.scenarios et décrivez la réponse prévue.",
        "Add this scenario to continuity.scenarios and describe the planned response.",
    ),
    applies=lambda c: c.continuity is not None and (c.continuity.bcp or c.continuity.drp),
)
def _scenarios(c: Contract) -> Iterable[Hit]:
    k = c.continuity
    if k is None or not (k.bcp or k.drp):
        return []
    return [Hit(("continuity", "scenarios"), {"scenario": s.value}) for s in ARTICLE_SCENARIOS if s not in k.scenarios]


@rule(
    "continuity.tests",
    KP,
    Severity.warning,
    ARTICLE + "; DORA art. 30(3)(c)",
    ("Les plans ne sont jamais testés.", "The plans are never tested."),
    (
        "Fixez test_frequency (au moins annuelle) et la remise du compte rendu au client.",
        "Set test_frequency (at least yearly) and the report to the client.",
    ),
    applies=lambda c: c.continuity is not None and (c.continuity.bcp or c.continuity.drp),
)
def _tests(c: Contract) -> Iterable[Hit]:
    k = c.continuity
    return missing(k is not None and (k.bcp or k.drp) and k.test_frequency is None, "continuity")


@rule(
    "continuity.rto-rpo",
    KP,
    Severity.warning,
    "RGPD art. 32(1)(c); reference/regulation.md item 18",
    ("Le plan ne fixe pas {what}.", "The plan does not set {what}."),
    (
        "Fixez la durée maximale d'interruption (RTO) et la perte de données maximale (RPO).",
        "Set the maximum downtime (RTO) and the maximum data loss (RPO).",
    ),
    applies=lambda c: c.continuity is not None and (c.continuity.bcp or c.continuity.drp),
)
def _rto(c: Contract) -> Iterable[Hit]:
    k = c.continuity
    if k is None or not (k.bcp or k.drp):
        return []
    return [Hit(("continuity",), {"what": name.upper()}) for name in ("rto", "rpo") if getattr(k, name) is None]


@rule(
    "continuity.force-majeure",
    KP,
    Severity.info,
    "Code civil art. 1218",
    ("La force majeure n'est pas définie.", "Force majeure is not defined."),
    (
        "Définissez-la, avec le délai de notification et la résiliation après une longue suspension.",
        "Define it, with the notification delay and termination after a long suspension.",
    ),
)
def _force_majeure(c: Contract) -> Iterable[Hit]:
    return missing(c.continuity is None or c.continuity.force_majeure is None, "continuity")
