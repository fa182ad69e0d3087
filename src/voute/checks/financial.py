"""DORA (EU 2022/2554) art. 28 and 30, and the EBA outsourcing guidelines, when the client is a financial entity."""

from __future__ import annotations

from collections.abc import Iterable

from voute.checks.framework import Hit, KeyPoint, Severity, missing, rule
from voute.contract.continuity import IncidentAssistance
from voute.contract.data_protection import SecurityMeasure
from voute.contract.model import Contract
from voute.contract.term import TerminationCause

KP = KeyPoint.financial_sector


def financial(c: Contract) -> bool:
    return c.regulatory.financial_entity


def critical(c: Contract) -> bool:
    return c.regulatory.financial_entity and c.regulatory.critical_or_important_function


@rule(
    "dora.30-2-a",
    KP,
    Severity.error,
    "DORA art. 30(2)(a); EBA GL §75(e)",
    (
        "Le contrat ne dit pas si la sous-traitance est permise ni à quelles conditions.",
        "The contract does not say whether subcontracting is allowed, nor on what terms.",
    ),
    ("Remplissez la section subcontracting.", "Fill in the subcontracting section."),
    applies=financial,
)
def _a(c: Contract) -> Iterable[Hit]:
    return missing(c.subcontracting is None, "subcontracting")


@rule(
    "dora.30-2-b",
    KP,
    Severity.error,
    "DORA art. 30(2)(b); EBA GL §75(f)",
    (
        "Les lieux d'exécution et de traitement des données, ou l'obligation de prévenir avant de les changer, "
        "manquent.",
        "The places of service and data processing, or the duty to warn before changing them, are missing.",
    ),
    (
        "Renseignez services.service_locations, data_protection.processing_locations et "
        "services.location_change_notice: true.",
        "Fill in services.service_locations, data_protection.processing_locations and "
        "services.location_change_notice: true.",
    ),
    applies=financial,
)
def _b(c: Contract) -> Iterable[Hit]:
    s, d = c.services, c.data_protection
    ok = (
        s is not None
        and bool(s.service_locations)
        and s.location_change_notice
        and d is not None
        and bool(d.processing_locations)
    )
    return missing(not ok, "services")


@rule(
    "dora.30-2-c",
    KP,
    Severity.error,
    "DORA art. 30(2)(c); EBA GL §75(g)",
    (
        "La disponibilité, l'intégrité et la confidentialité des données ne sont pas garanties.",
        "Availability, integrity and confidentiality of data are not provided for.",
    ),
    (
        "Ajoutez confidentiality_integrity_availability à data_protection.security_measures.",
        "Add confidentiality_integrity_availability to data_protection.security_measures.",
    ),
    applies=financial,
)
def _c(c: Contract) -> Iterable[Hit]:
    d = c.data_protection
    ok = d is not None and SecurityMeasure.confidentiality_integrity_availability in d.security_measures
    return missing(not ok, "data_protection")


@rule(
    "dora.30-2-d",
    KP,
    Severity.error,
    "DORA art. 30(2)(d); EBA GL §75(m)",
    (
        "L'accès aux données en cas d'insolvabilité ou d'arrêt du prestataire n'est pas garanti.",
        "Access to data if the provider becomes insolvent or stops is not guaranteed.",
    ),
    ("Déclarez exit.data_access_on_insolvency: true.", "Declare exit.data_access_on_insolvency: true."),
    applies=financial,
)
def _d(c: Contract) -> Iterable[Hit]:
    return missing(c.exit is None or not c.exit.data_access_on_insolvency, "exit")


@rule(
    "dora.30-2-f",
    KP,
    Severity.error,
    "DORA art. 30(2)(f)",
    (
        "L'assistance en cas d'incident n'est ni gratuite ni à un coût fixé d'avance.",
        "Incident assistance is neither free nor at a cost fixed in advance.",
    ),
    (
        "Fixez continuity.incident_assistance: included ou ex_ante_rate.",
        "Set continuity.incident_assistance: included or ex_ante_rate.",
    ),
    applies=financial,
)
def _f(c: Contract) -> Iterable[Hit]:
    k = c.continuity
    ok = k is not None and k.incident_assistance in (IncidentAssistance.included, IncidentAssistance.ex_ante_rate)
    return missing(not ok, "continuity")


@rule(
    "dora.30-2-g",
    KP,
    Severity.error,
    "DORA art. 30(2)(g); EBA GL §75(n)",
    (
        "Le prestataire ne s'engage pas à coopérer avec les autorités de supervision.",
        "The provider does not undertake to cooperate with the supervisory authorities.",
    ),
    ("Déclarez monitoring.authority_cooperation: true.", "Declare monitoring.authority_cooperation: true."),
    applies=financial,
)
def _g(c: Contract) -> Iterable[Hit]:
    return missing(c.monitoring is None or not c.monitoring.authority_cooperation, "monitoring")


_DORA_28_7 = {
    TerminationCause.law_breach,
    TerminationCause.material_change,
    TerminationCause.data_security_weakness,
    TerminationCause.regulatory,
}


@rule(
    "dora.28-7-termination",
    KP,
    Severity.error,
    "DORA art. 28(7), 30(2)(h); EBA GL §98",
    ("Il manque les causes de résiliation exigées : {missing}.", "Required termination causes are missing: {missing}."),
    (
        "Ajoutez ces causes à term.early_termination, avec leur préavis.",
        "Add these causes to term.early_termination, with their notice.",
    ),
    applies=financial,
)
def _h(c: Contract) -> Iterable[Hit]:
    present = {t.cause for t in c.term.early_termination} if c.term else set()
    absent = sorted(cause.value for cause in _DORA_28_7 - present)
    return missing(bool(absent), "term", missing=", ".join(absent))


@rule(
    "dora.30-2-i",
    KP,
    Severity.error,
    "DORA art. 30(2)(i), 13(6)",
    (
        "Le personnel du prestataire ne participe pas aux formations de sécurité du client.",
        "The provider's staff does not join the client's security training.",
    ),
    ("Déclarez staff.security_training: true.", "Declare staff.security_training: true."),
    applies=financial,
)
def _i(c: Contract) -> Iterable[Hit]:
    return missing(c.staff is None or not c.staff.security_training, "staff")


@rule(
    "dora.30-3-c",
    KP,
    Severity.error,
    "DORA art. 30(3)(c); EBA GL §75(l)",
    (
        "Pour une fonction critique, le prestataire doit tenir et tester un plan de continuité.",
        "For a critical function the provider must keep and test a continuity plan.",
    ),
    ("Déclarez continuity.bcp: true et une test_frequency.", "Declare continuity.bcp: true and a test_frequency."),
    applies=critical,
)
def _3c(c: Contract) -> Iterable[Hit]:
    k = c.continuity
    return missing(k is None or not k.bcp or k.test_frequency is None, "continuity")


@rule(
    "dora.30-3-d",
    KP,
    Severity.error,
    "DORA art. 30(3)(d), 26-27",
    (
        "Le prestataire ne s'engage pas à participer aux tests de pénétration fondés sur la menace (TLPT).",
        "The provider does not undertake to take part in threat-led penetration tests (TLPT).",
    ),
    ("Déclarez continuity.tlpt_participation: true.", "Declare continuity.tlpt_participation: true."),
    applies=critical,
)
def _3d(c: Contract) -> Iterable[Hit]:
    return missing(c.continuity is None or not c.continuity.tlpt_participation, "continuity")


@rule(
    "dora.30-3-e",
    KP,
    Severity.error,
    "DORA art. 30(3)(e); EBA GL §75(p)",
    (
        "Les droits d'accès, d'inspection et d'audit ne sont pas illimités ou n'incluent pas l'autorité.",
        "Access, inspection and audit rights are not unrestricted or do not include the authority.",
    ),
    (
        "Déclarez monitoring.audits.unrestricted: true, on_site: true et regulator_access: true.",
        "Declare monitoring.audits.unrestricted: true, on_site: true and regulator_access: true.",
    ),
    applies=critical,
)
def _3e(c: Contract) -> Iterable[Hit]:
    a = c.monitoring.audits if c.monitoring else None
    return missing(a is None or not (a.unrestricted and a.on_site and a.regulator_access), "monitoring")


@rule(
    "dora.30-3-f",
    KP,
    Severity.error,
    "DORA art. 30(3)(f), 28(8); EBA GL §99, §106-108",
    (
        "La stratégie de sortie (période de transition et plan de sortie) manque.",
        "The exit strategy (transition period and exit plan) is missing.",
    ),
    ("Fixez exit.transition_period et exit.exit_plan: true.", "Set exit.transition_period and exit.exit_plan: true."),
    applies=critical,
)
def _3f(c: Contract) -> Iterable[Hit]:
    e = c.exit
    return missing(e is None or e.transition_period is None or not e.exit_plan, "exit")
