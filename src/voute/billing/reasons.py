"""Findings of a reconciliation explained in plain French and English."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from voute.billing.reconcile import Finding

__all__ = ["CAUSE_NAMES", "explain"]

CAUSE_NAMES: dict[str, tuple[str, str]] = {
    "no_basis": ("sans base contractuelle", "no contractual basis"),
    "not_billed": ("prix du contrat non facturé", "contract price not billed"),
    "volume": ("écart de volume au-delà de la tolérance", "volume difference beyond tolerance"),
    "rate": ("écart de prix unitaire", "unit price difference"),
    "indexation_early": ("révision de prix appliquée avant sa date", "price revision applied early"),
    "indexation_twice": ("révision de prix appliquée deux fois", "price revision applied twice"),
    "indexation_missing": ("révision de prix non appliquée", "price revision not applied"),
    "credit_not_applied": ("crédit ou pénalité non déduit", "credit or penalty not applied"),
    "credit_difference": ("crédit ou pénalité d'un autre montant", "credit or penalty of another amount"),
    "arithmetic": ("erreur de calcul", "arithmetic error"),
    "vat": ("taux de TVA", "VAT rate"),
    "volume_within_tolerance": (
        "écart de volume dans la tolérance (accepté)",
        "volume difference within tolerance (accepted)",
    ),
    "rounding": ("arrondis (acceptés)", "rounding (accepted)"),
}

_TEXT: dict[str, tuple[str, str]] = {
    "no_basis": (
        "« {found} » ne correspond à aucun prix, crédit ou pénalité du contrat",
        "“{found}” matches no price, credit or penalty of the contract",
    ),
    "not_billed": (
        "{ref} : le contrat donne {expected}, la facture n'a pas de ligne",
        "{ref}: the contract implies {expected}, the invoice has no line",
    ),
    "volume": (
        "{ref} : quantité facturée {found}, mesurée {expected}",
        "{ref}: quantity billed {found}, measured {expected}",
    ),
    "volume_within_tolerance": (
        "{ref} : quantité facturée {found}, mesurée {expected} (dans la tolérance)",
        "{ref}: quantity billed {found}, measured {expected} (within tolerance)",
    ),
    "rate": (
        "{ref} : prix unitaire {found} au lieu de {expected}",
        "{ref}: unit price {found} instead of {expected}",
    ),
    "indexation_early": (
        "{ref} : prix {found} révisés avant la date de révision (prix en vigueur {expected})",
        "{ref}: prices {found} revised before the revision date (prices in force {expected})",
    ),
    "indexation_twice": (
        "{ref} : prix {found} révisés deux fois (prix en vigueur {expected})",
        "{ref}: prices {found} revised twice (prices in force {expected})",
    ),
    "indexation_missing": (
        "{ref} : prix {found} non révisés (prix en vigueur {expected})",
        "{ref}: prices {found} not revised (prices in force {expected})",
    ),
    "credit_not_applied": (
        "{ref} : {expected} à déduire, absent de la facture",
        "{ref}: {expected} to deduct, missing from the invoice",
    ),
    "credit_difference": (
        "{ref} : {found} sur la facture au lieu de {expected}",
        "{ref}: {found} on the invoice instead of {expected}",
    ),
    "arithmetic": ("{ref}{found} ; attendu {expected}", "{ref}{found}; expected {expected}"),
    "rounding": ("{ref}{found} ; attendu {expected}", "{ref}{found}; expected {expected}"),
    "vat": ("{ref} : TVA à {found} au lieu de {expected}", "{ref}: VAT at {found} instead of {expected}"),
}


def explain(finding: Finding, lang: str = "en") -> str:
    """One sentence: the lines, the cause, what was expected and found, and the euro amount."""
    index = 0 if lang == "fr" else 1
    ref = finding.ref or ""
    if finding.cause in ("arithmetic", "rounding"):
        ref = f"{ref} : " if ref and index == 0 else (f"{ref}: " if ref else "")
    text = _TEXT[finding.cause][index].format(ref=ref, expected=finding.expected, found=finding.found)
    lines = ", ".join(str(n) for n in finding.lines)
    where = (
        (
            f"ligne{'s' if len(finding.lines) > 1 else ''} {lines} : "
            if index == 0
            else f"line{'s' if len(finding.lines) > 1 else ''} {lines}: "
        )
        if lines
        else ""
    )
    amount = finding.vat_amount if finding.cause == "vat" else finding.amount
    suffix = (
        " (TVA)" if finding.cause == "vat" and index == 0 else (" (VAT)" if finding.cause == "vat" else "")
    )
    return f"{where}{text} — {_signed(amount)}{suffix}"


def _signed(amount: Decimal) -> str:
    return f"+{amount}" if amount > 0 else f"{amount}"
