"""Key point 1: every service described, with the client's requirements, norms and implied functions."""

from __future__ import annotations

from collections.abc import Iterable

from voute.checks.framework import Hit, KeyPoint, Severity, missing, rule
from voute.contract.model import Contract
from voute.contract.services import Channel

KP = KeyPoint.services
ARTICLE = "Source article, key point 1 (description of services)"


@rule(
    "services.present",
    KP,
    Severity.error,
    ARTICLE + "; DORA art. 30(2)(a); EBA GL §75(a)",
    ("Le contrat ne décrit aucun service.", "The contract describes no service."),
    (
        "Ajoutez sous services.items chaque service attendu avec sa description.",
        "List every service under services.items, each with its description.",
    ),
)
def _present(c: Contract) -> Iterable[Hit]:
    return missing(c.services is None or not c.services.items, "services")


@rule(
    "services.requirements",
    KP,
    Severity.warning,
    ARTICLE,
    (
        "Le service « {service} » n'énonce aucune exigence du client.",
        "Service '{service}' states none of the client's requirements.",
    ),
    (
        "Listez les exigences du client (qualité, délais, langues, outils) dans requirements.",
        "List the client's requirements (quality, lead times, languages, tools) under requirements.",
    ),
    needs="services",
)
def _requirements(c: Contract) -> Iterable[Hit]:
    if c.services is None or c.services.general_requirements:
        return []
    return [
        Hit(("services", "items", i), {"service": s.id}) for i, s in enumerate(c.services.items) if not s.requirements
    ]


@rule(
    "services.standards",
    KP,
    Severity.warning,
    ARTICLE + "; ISO 18295-1; NF 345",
    ("Aucune norme de service n'est imposée au prestataire.", "No service standard is imposed on the provider."),
    (
        "Citez les normes à respecter, par exemple ISO 18295-1 ou NF 345 pour un centre de contact.",
        "Name the standards to meet, e.g. ISO 18295-1 or NF 345 for a contact centre.",
    ),
    needs="services",
)
def _standards(c: Contract) -> Iterable[Hit]:
    if c.services is None:
        return []
    has_any = bool(c.services.standards) or any(s.standards for s in c.services.items)
    return missing(not has_any, "services")


@rule(
    "services.implied-functions",
    KP,
    Severity.info,
    ARTICLE,
    (
        "Aucune clause ne couvre les fonctions implicitement incluses dans les services.",
        "No clause covers the functions implicitly included in the services.",
    ),
    (
        "Ajoutez implied_functions : les tâches non listées mais nécessaires au service sont dues.",
        "Add implied_functions: tasks not listed but needed to deliver the service are included.",
    ),
    needs="services",
)
def _implied(c: Contract) -> Iterable[Hit]:
    return missing(c.services is not None and not c.services.implied_functions, "services")


_LIVE = {Channel.call, Channel.chat}


@rule(
    "services.opening-hours",
    KP,
    Severity.warning,
    ARTICLE + "; reference/sla.md (business-hours clocks)",
    (
        "Le service « {service} » répond en direct mais n'a pas d'horaires d'ouverture.",
        "Service '{service}' answers live but has no opening hours.",
    ),
    (
        "Donnez les horaires (jours et heures) : sans eux, les niveaux de service ne sont pas mesurables.",
        "State the opening hours (days and times): without them service levels cannot be measured.",
    ),
    needs="services",
)
def _opening_hours(c: Contract) -> Iterable[Hit]:
    if c.services is None:
        return []
    return [
        Hit(("services", "items", i), {"service": s.id})
        for i, s in enumerate(c.services.items)
        if _LIVE.intersection(s.channels) and not s.opening_hours
    ]


@rule(
    "services.forecast",
    KP,
    Severity.warning,
    "Source article, key point 3 (no hidden costs)",
    ("Le service « {service} » n'a pas de volume prévisionnel.", "Service '{service}' has no forecast volume."),
    (
        "Indiquez le volume prévu par période et sa tolérance : prix et exclusions en dépendent.",
        "Give the forecast volume per period and its tolerance: prices and exclusions depend on it.",
    ),
    needs="services",
)
def _forecast(c: Contract) -> Iterable[Hit]:
    if c.services is None:
        return []
    return [Hit(("services", "items", i), {"service": s.id}) for i, s in enumerate(c.services.items) if not s.forecast]


@rule(
    "services.locations",
    KP,
    Severity.info,
    "DORA art. 30(2)(b); EBA GL §75(f); RGPD art. 44",
    (
        "Les pays où les services sont exécutés ne sont pas indiqués.",
        "The countries where the services are performed are not stated.",
    ),
    (
        "Renseignez service_locations (codes pays) et imposez une information préalable avant tout changement.",
        "Fill in service_locations (country codes) and require notice before any change.",
    ),
    needs="services",
)
def _locations(c: Contract) -> Iterable[Hit]:
    return missing(c.services is not None and not c.services.service_locations, "services")
