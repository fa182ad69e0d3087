"""A first contract drawn from the catalogue: what ``voute new`` writes from a few answers.

The questionnaire lives in the CLI; this module holds the choices it offers and turns the answers into
contract data that :func:`voute.load` accepts. Defaults are the usual ones of the trade: each service comes
with its usual KPIs and targets a buyer would ask for, a service credit capped per month, express renewal,
GDPR processor terms and an amicable escalation before the courts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from voute import catalogue

# Sensible targets per catalogue KPI: (target, extra parameters). Contact-centre practice: 80 % of calls in
# 20 s with every abandon counted as missed, 5 % abandons, replies within 24 business hours...
KPI_DEFAULTS: dict[str, tuple[str, dict[str, Any]]] = {
    "service_level": ("80%", {"threshold": "20s", "abandon_convention": "sl3"}),
    "asa": ("30s", {}),
    "abandon_rate": ("5%", {}),
    "aht": ("6 min", {}),
    "fcr": ("70%", {}),
    "csat": ("4.2", {}),
    "nps": ("+30", {}),
    "qa_score": ("85", {}),
    "first_response_time": ("90%", {"threshold": "24 business_hours"}),
    "resolution_time": ("85%", {"threshold": "40 business_hours"}),
    "appointment_rate": ("10%", {}),
    "data_quality_rate": ("95%", {}),
    "backlog": ("50", {"max_age": "5 business_days"}),
    "survey_completion_rate": ("30%", {}),
}
_PERCENT_KPIS_CREDITED = ("percent",)  # only rates get a credit by default; scores need a human decision


@dataclass
class ServiceChoice:
    """One service the user picked, with the levels kept and its price."""

    kind: str
    name: str
    kpis: list[str]
    targets: dict[str, str] = field(default_factory=dict)
    monthly_volume: int = 0
    price_unit: str = "per_call"
    price: str = "0"


@dataclass
class Answers:
    """Everything the questionnaire asks."""

    lang: str
    reference: str
    title: str
    client: str
    provider: str
    start: date
    duration_months: int = 36
    services: list[ServiceChoice] = field(default_factory=list)
    credit_percent: str = "5%"
    cap_percent: str = "10%"
    payment_days: int = 45
    personal_data: bool = True
    courts: str = "Tribunal des activités économiques de Paris"


def usual_kpis(kind: str) -> list[str]:
    """The catalogue's usual KPIs of a service that apply to its channels, most common first."""
    return list(catalogue.service(kind).usual_kpis)


def default_levels(kind: str, count: int = 3) -> list[str]:
    """The first ``count`` usual KPIs of a service: a small set a buyer can follow each month."""
    return usual_kpis(kind)[:count]


def build(answers: Answers) -> dict[str, Any]:
    """Contract data (plain YAML-ready values) from the answers."""
    fr = answers.lang == "fr"
    items: list[dict[str, Any]] = []
    levels: list[dict[str, Any]] = []
    prices: list[dict[str, Any]] = []
    for index, choice in enumerate(answers.services, start=1):
        service_id = f"{choice.kind}_{index}" if _duplicated(answers, choice.kind) else choice.kind
        items.append(_service(choice, service_id, fr))
        levels.extend(_level(choice, service_id, kpi_id, answers) for kpi_id in choice.kpis)
        prices.append(_price(choice, service_id, fr))
    data: dict[str, Any] = {
        "schema_version": 1,
        "reference": answers.reference,
        "title": answers.title,
        "language": answers.lang,
        "timezone": "Europe/Paris",
        "parties": {"client": {"name": answers.client, "country": "FR"},
                    "provider": {"name": answers.provider, "country": "FR"}},
        "services": {"items": items, "service_locations": ["FR"], "location_change_notice": True},
        "service_levels": {"levels": levels, "at_risk_amount": "12%"},
        "costs": _costs(prices, answers),
        "term": _term(answers, fr),
        "disputes": _disputes(answers, fr),
    }
    if answers.personal_data:
        data["data_protection"] = _data_protection()
    return data


def _duplicated(answers: Answers, kind: str) -> bool:
    return sum(1 for s in answers.services if s.kind == kind) > 1


def _service(choice: ServiceChoice, service_id: str, fr: bool) -> dict[str, Any]:
    definition = catalogue.service(choice.kind)
    channels = [c.value for c in definition.channels][:2]
    service: dict[str, Any] = {
        "id": service_id,
        "kind": choice.kind,
        "name": choice.name,
        "description": definition.definition.in_language("fr" if fr else "en"),
        "channels": channels,
        "languages": ["fr"],
        "opening_hours": [{"days": "mon-fri", "from": "09:00", "to": "18:00"}],
        "holiday_calendar": "FR",
    }
    if choice.monthly_volume:
        service["forecast"] = [{"period": "month", "volume": choice.monthly_volume, "unit": "contacts",
                                "tolerance": "15%"}]
    return service


def _level(choice: ServiceChoice, service_id: str, kpi_id: str, answers: Answers) -> dict[str, Any]:
    kpi = catalogue.kpi(kpi_id)
    target, parameters = KPI_DEFAULTS.get(kpi_id, ("80%", {}))
    level: dict[str, Any] = {
        "id": f"{kpi_id}_{service_id}"[:60],
        "service": service_id,
        "kpi": kpi_id,
        "name": catalogue.name(kpi, answers.lang),
        "target": choice.targets.get(kpi_id, target),
        "window": "month",
        "exclusions": ["force_majeure"],
    }
    if parameters:
        level["parameters"] = dict(parameters)
    if kpi.unit in _PERCENT_KPIS_CREDITED:
        level["penalty"] = {"kind": "service_credit", "basis": "service_fee",
                            "tiers": [{"threshold": level["target"], "credit": answers.credit_percent}],
                            "cap_per_period": answers.cap_percent}
    return level


def _price(choice: ServiceChoice, service_id: str, fr: bool) -> dict[str, Any]:
    return {"id": f"prix_{service_id}" if fr else f"price_{service_id}",
            "label": choice.name, "service": service_id, "unit": choice.price_unit, "price": choice.price}


def _costs(prices: list[dict[str, Any]], answers: Answers) -> dict[str, Any]:
    return {
        "currency": "EUR",
        "vat_rate": "20%",
        "all_inclusive": True,
        "items": prices,
        "indexation": {"index": "Syntec", "fixed_part": "0.15", "cap": "3%"},
        "payment": {"days": answers.payment_days, "basis": "invoice_date",
                    "late_payment_rate": "Taux BCE + 10 points" if answers.lang == "fr" else "ECB rate + 10 points",
                    "recovery_indemnity": "40.00"},
    }


def _term(answers: Answers, fr: bool) -> dict[str, Any]:
    months = "mois" if fr else "months"
    days = "jours" if fr else "days"
    return {
        "start": answers.start,
        "initial_duration": f"{answers.duration_months} {months}",
        "renewal": {"mode": "express", "period": f"12 {months}", "notice": f"6 {months}"},
        "early_termination": [
            {"cause": "breach", "party": "both", "notice": f"30 {days}", "cure_period": f"30 {days}"},
            {"cause": "chronic_service_level_breach", "party": "client", "notice": f"30 {days}"},
        ],
    }


def _disputes(answers: Answers, fr: bool) -> dict[str, Any]:
    days = "jours ouvrés" if fr else "business days"
    levels = [("Responsables opérationnels", "Operations managers"), ("Comité de pilotage", "Steering committee"),
              ("Directions générales", "General management")]
    return {
        "escalation": [{"level": pair[0] if fr else pair[1], "duration": f"{10 + 5 * i} {days}"}
                       for i, pair in enumerate(levels)],
        "courts": answers.courts,
        "governing_law": "Droit français" if fr else "French law",
    }


def _data_protection() -> dict[str, Any]:
    terms = ["documented_instructions", "staff_confidentiality", "security_measures", "sub_processor_conditions",
             "data_subject_rights_assistance", "compliance_assistance", "deletion_or_return",
             "audit_and_information", "unlawful_instruction_alert"]
    return {
        "role": "processor",
        "processor_terms": {name: True for name in terms},
        "processing_locations": ["FR"],
        "breach_notification": "24h",
        "breach_notification_content": True,
        "security_measures": ["pseudonymisation_encryption", "confidentiality_integrity_availability",
                              "restore_availability", "regular_testing"],
    }
