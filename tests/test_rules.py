"""Every checklist rule is broken once on a minimal contract, and holds on that contract untouched (issue 2)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from voute.checks import RULES, run_checks
from voute.contract.loader import load_text

BASELINE = Path(__file__).parent / "fixtures" / "contracts" / "baseline.yaml"
Data = dict[str, Any]


def baseline() -> Data:
    data: Data = yaml.safe_load(BASELINE.read_text(encoding="utf-8"))
    return data


def setter(path: str, value: Any) -> Callable[[Data], None]:
    """A mutation that sets ``a.b[0].c`` to ``value`` (``value`` None deletes the key)."""

    def apply(data: Data) -> None:
        *parents, last = _parts(path)
        node: Any = data
        for part in parents:
            node = node[part]
        if value is None:
            del node[last]
        else:
            node[last] = value

    return apply


def _parts(path: str) -> list[str | int]:
    parts: list[str | int] = []
    for chunk in path.replace("]", "").split("."):
        name, *indexes = chunk.split("[")
        parts.append(name)
        parts.extend(int(i) for i in indexes)
    return parts


def both(*mutations: Callable[[Data], None]) -> Callable[[Data], None]:
    def apply(data: Data) -> None:
        for mutation in mutations:
            mutation(data)

    return apply


SL = "service_levels.levels[0]"
DP = "data_protection"

BREAKERS: dict[str, Callable[[Data], None]] = {
    "services.present": both(
        setter("services.items", []), setter("service_levels.levels", []), setter("costs.items[0].service", None)
    ),
    "services.requirements": setter("services.items[0].requirements", []),
    "services.standards": setter("services.standards", []),
    "services.implied-functions": setter("services.implied_functions", None),
    "services.opening-hours": setter("services.items[0].opening_hours", []),
    "services.forecast": setter("services.items[0].forecast", []),
    "services.locations": setter("services.service_locations", []),
    "service_levels.present": setter("service_levels.levels", []),
    "service_levels.every-service-measured": lambda d: d["services"]["items"].append(
        {
            "id": "extra",
            "kind": "surveys",
            "name": "Surveys",
            "description": "Outbound surveys.",
            "requirements": ["x"],
            "forecast": [{"volume": 10}],
        }
    ),
    "service_levels.target-range": setter(f"{SL}.target", "120%"),
    "service_levels.short-abandon-explicit": setter(f"{SL}.parameters.short_abandon", None),
    "service_levels.penalty": setter(f"{SL}.penalty", None),
    "service_levels.penalty-cap": both(
        setter("service_levels.at_risk_amount", None), setter(f"{SL}.penalty.cap_per_period", None)
    ),
    "service_levels.cap-over-100": setter(f"{SL}.penalty.cap_per_period", "150%"),
    "service_levels.tiers-consistent": setter(f"{SL}.penalty.tiers[1].credit", "1%"),
    "service_levels.formal-notice": setter(f"{SL}.penalty.formal_notice_required", None),
    "service_levels.exclusions": setter(f"{SL}.exclusions", []),
    "service_levels.chronic-breach": setter(f"{SL}.chronic_breach", None),
    "service_levels.milestones": setter("service_levels.milestones", []),
    "service_levels.milestone-penalty-cap": setter("service_levels.milestones[0].delay_penalty.cap", None),
    "service_levels.poor-quality": setter("service_levels.poor_quality_compensation", None),
    "service_levels.change-procedure": setter("service_levels.change_procedure", None),
    "costs.present": setter("costs.items", []),
    "costs.price-per-service": lambda d: d["services"]["items"].append(
        {"id": "unpriced", "kind": "surveys", "name": "Surveys", "description": "Outbound surveys."}
    ),
    "costs.no-hidden-costs": setter("costs.all_inclusive", False),
    "costs.revision": setter("costs.indexation", None),
    "costs.indexation-base": setter("costs.indexation.base_value", None),
    "costs.indexation-cap": setter("costs.indexation.cap", None),
    "costs.payment-terms": setter("costs.payment", None),
    "costs.payment-delay": setter("costs.payment.days", 60),
    "costs.late-payment": setter("costs.payment.recovery_indemnity", "20"),
    "costs.one-off-fees": lambda d: d["costs"]["items"].append(
        {"id": "setup", "label": "Set-up", "unit": "one_off", "price": "500"}
    ),
    "term.present": setter("term", None),
    "term.tacit-renewal": setter("term.renewal.mode", "tacit"),
    "term.renewal-notice": setter("term.renewal.notice", None),
    "term.notice-longer-than-term": setter("term.renewal.notice", "18 months"),
    "term.early-termination": setter("term.early_termination", []),
    "term.termination-for-breach": setter("term.early_termination[0].cause", "insolvency"),
    "term.cure-period": setter("term.early_termination[0].cure_period", None),
    "term.abrupt-termination": setter("term.early_termination[1].notice", "1 month"),
    "indemnification.present": setter("indemnification", None),
    "indemnification.liability": setter("indemnification.provider_liable_for", []),
    "indemnification.cap": setter("indemnification.cap", None),
    "indemnification.carve-outs": setter("indemnification.carve_outs", ["gross_negligence"]),
    "indemnification.cap-too-low": setter("indemnification.cap", {"amount": "10000"}),
    "indemnification.insurance": setter("indemnification.insurance", []),
    "data_protection.present": setter("data_protection", None),
    "gdpr.28-3-particulars": setter(f"{DP}.processing.purposes", []),
    "gdpr.28-3-a": setter(f"{DP}.processor_terms.documented_instructions", False),
    "gdpr.28-3-b": setter(f"{DP}.processor_terms.staff_confidentiality", False),
    "gdpr.28-3-c": setter(f"{DP}.processor_terms.security_measures", False),
    "gdpr.28-3-d": setter(f"{DP}.processor_terms.sub_processor_conditions", False),
    "gdpr.28-3-e": setter(f"{DP}.processor_terms.data_subject_rights_assistance", False),
    "gdpr.28-3-f": setter(f"{DP}.processor_terms.compliance_assistance", False),
    "gdpr.28-3-g": setter(f"{DP}.processor_terms.deletion_or_return", False),
    "gdpr.28-3-h": setter(f"{DP}.processor_terms.audit_and_information", False),
    "gdpr.28-3-alert": setter(f"{DP}.processor_terms.unlawful_instruction_alert", False),
    "gdpr.28-2-sub-processors": setter(f"{DP}.sub_processors.authorisation", "general"),
    "gdpr.28-4-flow-down": setter(f"{DP}.sub_processors.flow_down", False),
    "gdpr.28-9-written": setter(f"{DP}.written_form", False),
    "gdpr.32-security": setter(f"{DP}.security_measures", ["access_control"]),
    "gdpr.33-deadline": setter(f"{DP}.breach_notification", None),
    "gdpr.33-over-72h": setter(f"{DP}.breach_notification", "5 days"),
    "gdpr.33-content": setter(f"{DP}.breach_notification_content", False),
    "gdpr.44-transfers": setter(f"{DP}.processing_locations", ["FR", "MA"]),
    "gdpr.46-transfer-assessment": setter(
        f"{DP}.transfers", [{"country": "MA", "recipient": "Rabat site", "mechanism": "scc_2021_914"}]
    ),
    "confidentiality.present": setter("confidentiality", None),
    "confidentiality.staff": setter("confidentiality.staff_bound", False),
    "monitoring.audits": setter("monitoring.audits", None),
    "monitoring.audit-frequency": setter("monitoring.audits.frequency", "3 years"),
    "monitoring.reporting": setter("monitoring.reporting", None),
    "monitoring.committee": setter("monitoring.committees", []),
    "monitoring.corrective-action": setter("monitoring.corrective_action", None),
    "disputes.amicable": setter("disputes.escalation", []),
    "disputes.governing-law": setter("disputes.governing_law", None),
    "disputes.courts": setter("disputes.courts", None),
    "continuity.plan": both(setter("continuity.bcp", False), setter("continuity.drp", False)),
    "continuity.scenarios": setter("continuity.scenarios", ["cyberattack"]),
    "continuity.tests": setter("continuity.test_frequency", None),
    "continuity.rto-rpo": setter("continuity.rpo", None),
    "continuity.force-majeure": setter("continuity.force_majeure", None),
    "exit.present": setter("exit", None),
    "exit.transition": setter("exit.transition_period", None),
    "exit.data-return": setter("exit.data_return_format", None),
    "exit.deletion": setter("exit.deletion_certificate", False),
    "subcontracting.present": setter("subcontracting", None),
    "subcontracting.flow-down": setter("subcontracting.provider_remains_liable", False),
    "staff.vigilance": setter("staff.vigilance.every", "12 months"),
    "staff.hierarchical-authority": setter("staff.hierarchical_authority", False),
    "staff.transfer": setter("staff.staff_transfer", None),
    "dora.30-2-a": setter("subcontracting", None),
    "dora.30-2-b": setter("services.location_change_notice", False),
    "dora.30-2-c": setter(f"{DP}.security_measures", ["pseudonymisation_encryption"]),
    "dora.30-2-d": setter("exit.data_access_on_insolvency", False),
    "dora.30-2-f": setter("continuity.incident_assistance", "billable"),
    "dora.30-2-g": setter("monitoring.authority_cooperation", False),
    "dora.28-7-termination": setter("term.early_termination[5].cause", "other"),
    "dora.30-2-i": setter("staff.security_training", False),
    "dora.30-3-c": setter("continuity.test_frequency", None),
    "dora.30-3-d": setter("continuity.tlpt_participation", False),
    "dora.30-3-e": setter("monitoring.audits.unrestricted", False),
    "dora.30-3-f": setter("exit.exit_plan", False),
}


def findings_for(data: Data) -> set[str]:
    contract = load_text(yaml.safe_dump(data, allow_unicode=True), "mutated.yaml")
    return {f.rule_id for f in run_checks(contract, "en").findings}


def test_every_rule_has_a_breaker() -> None:
    assert {r.id for r in RULES} == set(BREAKERS)


def test_baseline_passes_every_rule_and_every_rule_applies() -> None:
    contract = load_text(BASELINE.read_text(encoding="utf-8"), str(BASELINE))
    report = run_checks(contract, "en")
    assert report.findings == []
    assert sum(s.rules_applicable for s in report.scores) == len(RULES)


@pytest.mark.parametrize("rule_id", sorted(BREAKERS))
def test_rule_fires_when_broken(rule_id: str) -> None:
    data = baseline()
    BREAKERS[rule_id](data)
    assert rule_id in findings_for(data)


@pytest.mark.parametrize("rule_id", sorted(BREAKERS))
def test_rule_holds_on_baseline(rule_id: str) -> None:
    assert rule_id not in findings_for(baseline())


def test_rules_have_both_languages_and_a_source() -> None:
    for rule in RULES:
        assert rule.message.fr and rule.message.en and rule.fix.fr and rule.fix.en, rule.id
        assert rule.source.strip(), rule.id
        assert rule.message.fr != rule.message.en, rule.id


def test_financial_rules_only_apply_to_financial_entities() -> None:
    data = baseline()
    data["regulatory"] = {"financial_entity": False}
    data["staff"]["security_training"] = False  # would break dora.30-2-i if it applied
    assert not {r for r in findings_for(data) if r.startswith("dora.")}


def test_processor_rules_skip_contracts_without_personal_data() -> None:
    data = baseline()
    data["data_protection"] = {"role": "none"}
    assert not {r for r in findings_for(data) if r.startswith("gdpr.")}


@pytest.mark.parametrize(
    ("country", "mechanism", "fires"),
    [
        ("MA", "none", True),
        ("MA", "adequacy", True),
        ("MA", "scc_2021_914", False),
        ("CH", "adequacy", False),
        ("US", "derogation", True),
        ("DE", "none", False),
    ],
)
def test_transfer_mechanisms(country: str, mechanism: str, fires: bool) -> None:
    data = baseline()
    data["data_protection"]["transfers"] = [
        {"country": country, "recipient": "x", "mechanism": mechanism, "transfer_impact_assessment": True}
    ]
    assert ("gdpr.44-transfers" in findings_for(data)) is fires


@pytest.mark.parametrize(("deadline", "fires"), [("24h", False), ("72h", False), ("73h", True), ("4 days", True)])
def test_breach_deadline_boundary(deadline: str, fires: bool) -> None:
    data = baseline()
    data["data_protection"]["breach_notification"] = deadline
    assert ("gdpr.33-over-72h" in findings_for(data)) is fires


@pytest.mark.parametrize(
    ("days", "basis", "periodic", "fires"),
    [
        (60, "invoice_date", False, False),
        (61, "invoice_date", False, True),
        (45, "end_of_month", False, False),
        (46, "end_of_month", False, True),
        (45, "invoice_date", True, False),
        (50, "invoice_date", True, True),
    ],
)
def test_payment_delay_limits(days: int, basis: str, periodic: bool, fires: bool) -> None:
    data = baseline()
    data["costs"]["payment"].update(days=days, basis=basis, periodic_invoice=periodic)
    assert ("costs.payment-delay" in findings_for(data)) is fires


@pytest.mark.parametrize(("value", "applies"), [("4999", False), ("5000", True), ("250000", True)])
def test_vigilance_threshold(value: str, applies: bool) -> None:
    data = baseline()
    data["costs"]["estimated_annual_value"] = value
    data["staff"]["vigilance"] = None
    assert ("staff.vigilance" in findings_for(data)) is applies


def test_checklist_documentation_is_current() -> None:
    from voute.checks.doc import checklist_markdown

    documented = (Path(__file__).parent.parent / "docs" / "checklist.md").read_text(encoding="utf-8")
    assert documented == checklist_markdown(), "run: python -m voute.checks.doc > docs/checklist.md"
