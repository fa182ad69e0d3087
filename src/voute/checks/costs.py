"""Key point 3: every price known, no hidden costs, a way to revise prices, lawful payment terms."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from voute.checks.framework import Hit, KeyPoint, Severity, hit, missing, rule
from voute.contract.costs import PaymentBasis, PriceUnit
from voute.contract.model import Contract

KP = KeyPoint.costs
ARTICLE = "Source article, key point 3 (costs)"
L441_10 = "Code de commerce art. L441-10"


@rule(
    "costs.present",
    KP,
    Severity.error,
    ARTICLE + "; EBA GL §75(d)",
    ("Le contrat ne fixe aucun prix.", "The contract sets no price."),
    (
        "Ajoutez la grille tarifaire sous costs.items (unité, prix, service).",
        "Add the price schedule under costs.items (unit, price, service).",
    ),
)
def _present(c: Contract) -> Iterable[Hit]:
    return missing(c.costs is None or not c.costs.items, "costs")


@rule(
    "costs.price-per-service",
    KP,
    Severity.warning,
    ARTICLE,
    ("Le service « {service} » n'a aucun prix.", "Service '{service}' has no price."),
    (
        "Associez au moins une ligne de prix à chaque service (champ service).",
        "Link at least one price line to each service (service field).",
    ),
    needs="costs",
)
def _per_service(c: Contract) -> Iterable[Hit]:
    if c.services is None or c.costs is None or not c.costs.items:
        return []
    priced = {item.service for item in c.costs.items}
    if None in priced and len(c.costs.items) == 1:
        return []  # a single global price covers everything
    return [
        Hit(("services", "items", i), {"service": s.id}) for i, s in enumerate(c.services.items) if s.id not in priced
    ]


@rule(
    "costs.no-hidden-costs",
    KP,
    Severity.warning,
    ARTICLE,
    (
        "Le contrat ne dit pas que les prix couvrent tous les coûts.",
        "The contract does not say prices cover every cost.",
    ),
    (
        "Déclarez all_inclusive: true, ou listez chaque coût facturable en plus dans extra_costs.",
        "Declare all_inclusive: true, or list every extra billable cost in extra_costs.",
    ),
    needs="costs",
)
def _hidden(c: Contract) -> Iterable[Hit]:
    return missing(c.costs is not None and not c.costs.all_inclusive and not c.costs.extra_costs, "costs")


@rule(
    "costs.revision",
    KP,
    Severity.warning,
    ARTICLE + "; Code civil art. 1195",
    ("Les prix n'ont ni indexation ni clause de renégociation.", "Prices have neither indexation nor renegotiation."),
    (
        "Ajoutez une indexation (par exemple Syntec) ou une clause de renégociation si le marché change.",
        "Add indexation (e.g. Syntec) or a renegotiation clause for changing market conditions.",
    ),
    needs="costs",
)
def _revision(c: Contract) -> Iterable[Hit]:
    return missing(c.costs is not None and c.costs.indexation is None and c.costs.renegotiation is None, "costs")


@rule(
    "costs.indexation-base",
    KP,
    Severity.warning,
    "Code monétaire et financier art. L112-1, L112-2",
    (
        "L'indexation ne fixe pas l'indice de référence S0 (valeur et mois).",
        "The indexation does not fix the base index S0 (value and month).",
    ),
    (
        "Renseignez base_value et base_month : sans S0 la formule est inapplicable.",
        "Fill in base_value and base_month: without S0 the formula cannot be applied.",
    ),
    needs="costs",
)
def _index_base(c: Contract) -> Iterable[Hit]:
    index = c.costs.indexation if c.costs else None
    return missing(index is not None and (index.base_value is None or index.base_month is None), "costs", "indexation")


@rule(
    "costs.indexation-cap",
    KP,
    Severity.info,
    "reference/regulation.md §3.4 (Syntec revision)",
    ("L'indexation n'a pas de plafond annuel.", "The indexation has no yearly cap."),
    (
        "Un plafond (par exemple 3 % par an) protège le client d'une dérive de l'indice.",
        "A cap (e.g. 3% a year) protects the client from index drift.",
    ),
    needs="costs",
)
def _index_cap(c: Contract) -> Iterable[Hit]:
    index = c.costs.indexation if c.costs else None
    return missing(index is not None and index.cap is None, "costs", "indexation")


@rule(
    "costs.payment-terms",
    KP,
    Severity.warning,
    L441_10,
    ("Les conditions de paiement ne sont pas fixées.", "Payment terms are not set."),
    (
        "Fixez le délai de paiement, le taux des pénalités de retard et l'indemnité de recouvrement de 40 EUR.",
        "Set the payment period, the late-payment rate and the EUR 40 recovery indemnity.",
    ),
    needs="costs",
)
def _payment(c: Contract) -> Iterable[Hit]:
    return missing(c.costs is not None and c.costs.payment is None, "costs")


@rule(
    "costs.payment-delay",
    KP,
    Severity.error,
    L441_10 + " I",
    (
        "Le délai de paiement ({days} jours, {basis}) dépasse le maximum légal ({limit}).",
        "The payment period ({days} days, {basis}) exceeds the legal maximum ({limit}).",
    ),
    (
        "Ramenez-le à 60 jours date de facture, 45 jours fin de mois, ou 45 jours pour une facture périodique.",
        "Bring it to 60 days from invoice, 45 days end of month, or 45 days for a periodic invoice.",
    ),
    needs="costs",
)
def _delay(c: Contract) -> Iterable[Hit]:
    payment = c.costs.payment if c.costs else None
    if payment is None:
        return []
    if payment.basis == PaymentBasis.end_of_month or payment.periodic_invoice:
        limit, text = 45, "45"
    else:
        limit, text = 60, "60"
    return missing(
        payment.days > limit, "costs", "payment", "days", days=payment.days, basis=payment.basis.value, limit=text
    )


@rule(
    "costs.late-payment",
    KP,
    Severity.warning,
    L441_10 + " II; Code de commerce art. D441-5",
    ("Il manque {what} dans les conditions de paiement.", "The payment terms lack {what}."),
    (
        "Indiquez le taux des pénalités de retard (au moins 3 fois le taux d'intérêt légal) et l'indemnité "
        "forfaitaire de 40 EUR.",
        "State the late-payment rate (at least 3 times the legal interest rate) and the EUR 40 flat indemnity.",
    ),
    needs="costs",
)
def _late(c: Contract) -> Iterable[Hit]:
    payment = c.costs.payment if c.costs else None
    if payment is None:
        return []
    hits: list[Hit] = []
    if not payment.late_payment_rate:
        hits += hit("costs", "payment", what="late_payment_rate")
    if payment.recovery_indemnity is None or payment.recovery_indemnity < Decimal(40):
        hits += hit("costs", "payment", what="recovery_indemnity (40 EUR)")
    return hits


@rule(
    "costs.one-off-fees",
    KP,
    Severity.info,
    ARTICLE,
    (
        "Des frais ponctuels ({label}) ne sont liés à aucun service ni livrable.",
        "One-off fees ({label}) are tied to no service or deliverable.",
    ),
    (
        "Rattachez chaque frais ponctuel à un service ou décrivez précisément ce qu'il rémunère.",
        "Tie each one-off fee to a service or describe exactly what it pays for.",
    ),
    needs="costs",
)
def _one_off(c: Contract) -> Iterable[Hit]:
    if c.costs is None:
        return []
    return [
        Hit(("costs", "items", i), {"label": p.label})
        for i, p in enumerate(c.costs.items)
        if p.unit == PriceUnit.one_off and p.service is None
    ]
