"""Key point 8: an amicable step before any court, the governing law and the competent court."""

from __future__ import annotations

from collections.abc import Iterable

from voute.checks.framework import Hit, KeyPoint, Severity, missing, rule
from voute.contract.model import Contract

KP = KeyPoint.disputes
ARTICLE = "Source article, key point 8 (dispute resolution)"


@rule(
    "disputes.amicable",
    KP,
    Severity.error,
    ARTICLE,
    ("Aucune étape amiable n'est prévue avant le juge.", "No amicable step comes before the courts."),
    (
        "Ajoutez une escalade (niveaux et durées) et, au besoin, une médiation avant toute action.",
        "Add an escalation ladder (levels and durations) and, if needed, mediation before any action.",
    ),
)
def _amicable(c: Contract) -> Iterable[Hit]:
    d = c.disputes
    return missing(d is None or (not d.escalation and d.mediation is None), "disputes")


@rule(
    "disputes.governing-law",
    KP,
    Severity.warning,
    ARTICLE + "; EBA GL §75(c)",
    ("La loi applicable n'est pas désignée.", "The governing law is not named."),
    ("Indiquez governing_law (par exemple droit français).", "State governing_law (e.g. French law)."),
)
def _law(c: Contract) -> Iterable[Hit]:
    return missing(c.disputes is None or not c.disputes.governing_law, "disputes")


@rule(
    "disputes.courts",
    KP,
    Severity.warning,
    "Code de procédure civile art. 48",
    ("La juridiction compétente n'est pas désignée.", "The competent court is not named."),
    (
        "Désignez la juridiction (clause attributive entre commerçants).",
        "Name the competent court (a jurisdiction clause between traders).",
    ),
)
def _courts(c: Contract) -> Iterable[Hit]:
    return missing(c.disputes is None or not c.disputes.courts, "disputes")
