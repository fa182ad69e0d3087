"""Key point 5: the provider's liability for negligence or failure, its caps, carve-outs and insurance."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from voute.checks.framework import Hit, KeyPoint, Severity, missing, rule
from voute.contract.liability import CapCarveOut
from voute.contract.model import Contract

KP = KeyPoint.indemnification
ARTICLE = "Source article, key point 5 (indemnification)"


@rule(
    "indemnification.present",
    KP,
    Severity.error,
    ARTICLE,
    (
        "Le contrat ne traite pas de la responsabilité du prestataire.",
        "The contract says nothing of the provider's liability.",
    ),
    (
        "Ajoutez indemnification : ce dont le prestataire répond, le plafond, les exclusions et l'assurance.",
        "Add indemnification: what the provider answers for, the cap, carve-outs and insurance.",
    ),
)
def _present(c: Contract) -> Iterable[Hit]:
    return missing(c.indemnification is None, "indemnification")


@rule(
    "indemnification.liability",
    KP,
    Severity.warning,
    ARTICLE,
    (
        "Le contrat ne dit pas de quels manquements le prestataire répond ni comment il indemnise.",
        "The contract does not say which failures the provider answers for, nor how it indemnifies.",
    ),
    (
        "Précisez provider_liable_for (négligence, défaut de livraison...) et indemnity_clause.",
        "Fill in provider_liable_for (negligence, failure to deliver...) and indemnity_clause.",
    ),
    needs="indemnification",
)
def _liability(c: Contract) -> Iterable[Hit]:
    i = c.indemnification
    return missing(i is not None and not i.provider_liable_for and not i.indemnity_clause, "indemnification")


@rule(
    "indemnification.cap",
    KP,
    Severity.warning,
    ARTICLE + "; Code civil art. 1231-3",
    (
        "Le régime de responsabilité n'est pas borné : aucun plafond et aucune mention d'une responsabilité illimitée.",
        "The liability regime is not bounded: no cap, and no statement that liability is unlimited.",
    ),
    (
        "Fixez un plafond (montant ou multiple des redevances) ou déclarez uncapped: true.",
        "Set a cap (amount or multiple of the fees) or declare uncapped: true.",
    ),
    needs="indemnification",
)
def _cap(c: Contract) -> Iterable[Hit]:
    i = c.indemnification
    return missing(i is not None and i.cap is None and not i.uncapped, "indemnification")


@rule(
    "indemnification.carve-outs",
    KP,
    Severity.warning,
    "Code civil art. 1231-3",
    (
        "Le plafond ne réserve pas la faute lourde et la faute dolosive.",
        "The cap does not carve out gross negligence and wilful misconduct.",
    ),
    (
        "Ajoutez gross_negligence et wilful_misconduct à carve_outs : un plafond ne les couvre pas en droit français.",
        "Add gross_negligence and wilful_misconduct to carve_outs: under French law a cap cannot cover them.",
    ),
    needs="indemnification",
)
def _carve(c: Contract) -> Iterable[Hit]:
    i = c.indemnification
    needed = {CapCarveOut.gross_negligence, CapCarveOut.wilful_misconduct}
    return missing(
        i is not None and i.cap is not None and not needed <= set(i.carve_outs), "indemnification", "carve_outs"
    )


@rule(
    "indemnification.cap-too-low",
    KP,
    Severity.warning,
    "Code civil art. 1170",
    (
        "Le plafond de responsabilité est inférieur à la moitié des redevances annuelles.",
        "The liability cap is below half the yearly fees.",
    ),
    (
        "Un plafond dérisoire peut priver l'obligation essentielle de sa substance : relevez-le.",
        "A derisory cap may deprive the essential obligation of its substance: raise it.",
    ),
    needs="indemnification",
)
def _cap_low(c: Contract) -> Iterable[Hit]:
    i = c.indemnification
    if i is None or i.cap is None:
        return []
    if i.cap.multiple_of_fees is not None:
        return missing(i.cap.multiple_of_fees < Decimal("0.5"), "indemnification", "cap")
    value = c.costs.estimated_annual_value if c.costs else None
    low = value is not None and i.cap.amount is not None and i.cap.amount < value / 2
    return missing(low, "indemnification", "cap")


@rule(
    "indemnification.insurance",
    KP,
    Severity.warning,
    ARTICLE + "; EBA GL §75(k)",
    ("Le prestataire n'est tenu à aucune assurance.", "The provider is bound to no insurance."),
    (
        "Exigez une responsabilité civile professionnelle (et une cyber-assurance) avec leurs montants.",
        "Require professional liability (and cyber) insurance with their amounts.",
    ),
    needs="indemnification",
)
def _insurance(c: Contract) -> Iterable[Hit]:
    return missing(c.indemnification is not None and not c.indemnification.insurance, "indemnification")
