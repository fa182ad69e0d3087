"""Small contracts and months for the SLA tests, written in the test's own words (no shared data)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import yaml

from voute.contract.loader import load_text
from voute.contract.model import Contract
from voute.sla import Measurement, Month, PeriodInputs


def contract(levels: list[dict[str, Any]], *, at_risk: str | None = None,
             milestones: list[dict[str, Any]] | None = None, forecast: list[dict[str, Any]] | None = None,
             start: str | None = None) -> Contract:
    """A minimal valid contract with one service ``svc`` and the given levels (YAML-shaped dicts).

    ``start`` (ISO date) adds a term starting that day (three years, renewed only by decision).
    """
    data: dict[str, Any] = {
        "reference": "T-1",
        "title": "Contrat de test",
        "parties": {"client": {"name": "Client SAS"}, "provider": {"name": "Prestataire SAS"}},
        "services": {"items": [{
            "id": "svc", "kind": "customer_service", "name": "Service", "description": "Appels entrants.",
            "channels": ["call"], "forecast": forecast or [],
        }]},
        "service_levels": {"levels": levels, "milestones": milestones or []},
    }
    if start is not None:
        data["term"] = {"start": start, "initial_duration": "3 years", "renewal": {"mode": "express"}}
    if at_risk is not None:
        data["service_levels"]["at_risk_amount"] = at_risk
    return load_text(yaml.safe_dump(data, allow_unicode=True), "test-contract.yaml")


def level(level_id: str = "sl", *, target: str = "80%", kpi: str = "service_level", **penalty: Any) -> dict[str, Any]:
    """A service level on ``svc``; keyword arguments form its penalty clause (none when empty)."""
    out: dict[str, Any] = {"id": level_id, "service": "svc", "kpi": kpi, "target": target}
    if kpi == "service_level":
        out["parameters"] = {"threshold": "20s", "abandon_convention": "sl3"}
    chronic = penalty.pop("chronic_breach", None)
    exclusions = penalty.pop("exclusions", None)
    tolerance = penalty.pop("volume_tolerance", None)
    if penalty:
        out["penalty"] = penalty
    if chronic:
        out["chronic_breach"] = chronic
    if exclusions:
        out["exclusions"] = exclusions
    if tolerance:
        out["volume_tolerance"] = tolerance
    return out


def month_inputs(
    month: str, values: dict[str, str | Decimal | None], fee: str | None = "10", **extra: Any
) -> PeriodInputs:
    """A month with the given measured values (percent KPIs in points) and a fee for ``svc``."""
    measurements = {k: Measurement(None if v is None else Decimal(str(v))) for k, v in values.items()}
    fees = {} if fee is None else {"svc": Decimal(fee)}
    return PeriodInputs(Month.parse(month), measurements, fees, **extra)
