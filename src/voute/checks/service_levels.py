"""Key point 2: measurable levels, penalties with ceilings, milestones, compensation, change procedure."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from itertools import pairwise

from voute import catalogue
from voute.checks.framework import Hit, KeyPoint, Severity, hit, missing, rule
from voute.contract.integrity import parse_target
from voute.contract.model import Contract
from voute.contract.service_levels import AbandonConvention, PenaltyKind, ServiceLevel
from voute.contract.values import Cap

KP = KeyPoint.service_levels
ARTICLE = "Source article, key point 2 (service levels)"
HUNDRED = Decimal(100)


def _levels(c: Contract) -> Iterator[tuple[int, ServiceLevel]]:
    if c.service_levels is not None:
        yield from enumerate(c.service_levels.levels)


@rule(
    "service_levels.present",
    KP,
    Severity.error,
    ARTICLE + "; DORA art. 30(2)(e); EBA GL §75(i)",
    ("Le contrat ne fixe aucun niveau de service mesurable.", "The contract sets no measurable service level."),
    (
        "Ajoutez des niveaux de service : un KPI du catalogue, une cible, une fenêtre de mesure.",
        "Add service levels: a catalogue KPI, a target and a measurement window.",
    ),
)
def _present(c: Contract) -> Iterable[Hit]:
    return missing(c.service_levels is None or not c.service_levels.levels, "service_levels")


@rule(
    "service_levels.every-service-measured",
    KP,
    Severity.warning,
    ARTICLE,
    ("Le service « {service} » n'a aucun niveau de service.", "Service '{service}' has no service level."),
    ("Fixez au moins un indicateur mesurable par service.", "Set at least one measurable indicator per service."),
    needs="service_levels",
)
def _every_service(c: Contract) -> Iterable[Hit]:
    if c.services is None or c.service_levels is None or not c.service_levels.levels:
        return []
    measured = {lv.service for lv in c.service_levels.levels}
    return [
        Hit(("services", "items", i), {"service": s.id}) for i, s in enumerate(c.services.items) if s.id not in measured
    ]


@rule(
    "service_levels.target-range",
    KP,
    Severity.error,
    ARTICLE,
    (
        "La cible du niveau « {level} » ({target}) est hors de l'échelle de l'indicateur.",
        "The target of level '{level}' ({target}) lies outside the indicator's scale.",
    ),
    (
        "Un pourcentage est compris entre 0 % et 100 % ; un score reste dans l'échelle du catalogue.",
        "A percentage lies between 0% and 100%; a score stays within the catalogue scale.",
    ),
    needs="service_levels",
)
def _target_range(c: Contract) -> Iterable[Hit]:
    hits: list[Hit] = []
    kpis = catalogue.kpis()
    for i, level in _levels(c):
        kpi = kpis[level.kpi]
        value = parse_target(kpi.unit, level.target)
        low, high = (Decimal(0), HUNDRED) if kpi.unit == "percent" else (None, None)
        if kpi.score_range is not None:
            low, high = Decimal(kpi.score_range[0]), Decimal(kpi.score_range[1])
        if (low is not None and value < low) or (high is not None and value > high) or value < -HUNDRED:
            hits += hit("service_levels", "levels", i, "target", level=level.id, target=level.target)
    return hits


@rule(
    "service_levels.short-abandon-explicit",
    KP,
    Severity.warning,
    "reference/sla.md (abandon conventions)",
    (
        "Le niveau « {level} » exclut les abandons courts sans en fixer la durée.",
        "Level '{level}' treats short abandons specially but does not say how short.",
    ),
    ('Précisez parameters.short_abandon (par exemple "5s").', 'Set parameters.short_abandon (e.g. "5s").'),
    needs="service_levels",
)
def _short_abandon(c: Contract) -> Iterable[Hit]:
    special = {AbandonConvention.sl5, AbandonConvention.sl6}
    return [
        Hit(("service_levels", "levels", i, "parameters"), {"level": lv.id})
        for i, lv in _levels(c)
        if lv.parameters.abandon_convention in special and lv.parameters.short_abandon is None
    ]


@rule(
    "service_levels.penalty",
    KP,
    Severity.warning,
    ARTICLE + "; Code civil art. 1231-5",
    (
        "Le niveau « {level} » n'est assorti d'aucune pénalité ni d'aucun avoir.",
        "Level '{level}' carries no penalty and no service credit.",
    ),
    (
        "Ajoutez un modèle de pénalité ou d'avoir (paliers, % de la redevance, plafonds).",
        "Add a penalty or credit model (tiers, % of the fee, caps).",
    ),
    needs="service_levels",
)
def _penalty(c: Contract) -> Iterable[Hit]:
    return [Hit(("service_levels", "levels", i), {"level": lv.id}) for i, lv in _levels(c) if lv.penalty is None]


@rule(
    "service_levels.penalty-cap",
    KP,
    Severity.error,
    "Code de commerce art. L442-1 I 3°; reference/sla.md",
    ("Les pénalités du niveau « {level} » n'ont aucun plafond.", "The penalties of level '{level}' have no cap."),
    (
        "Plafonnez par période et par an (un montant à risque de 10 à 12 % de la facture mensuelle est courant).",
        "Cap them per period and per year (an at-risk amount of 10-12% of the monthly invoice is common).",
    ),
    needs="service_levels",
)
def _penalty_cap(c: Contract) -> Iterable[Hit]:
    if c.service_levels is None or c.service_levels.at_risk_amount is not None:
        return []
    return [
        Hit(("service_levels", "levels", i, "penalty"), {"level": lv.id})
        for i, lv in _levels(c)
        if lv.penalty is not None
        and not any((lv.penalty.cap_per_period, lv.penalty.cap_per_year, lv.penalty.cap_overall))
    ]


def _over_hundred(cap: Cap | None) -> bool:
    return cap is not None and cap.percent is not None and cap.percent > HUNDRED


@rule(
    "service_levels.cap-over-100",
    KP,
    Severity.error,
    ARTICLE,
    (
        "Un plafond ou un avoir dépasse 100 % de son assiette ({where}).",
        "A cap or credit exceeds 100% of its basis ({where}).",
    ),
    (
        "Un avoir ne peut dépasser la redevance sur laquelle il porte : ramenez-le à 100 % au plus.",
        "A credit cannot exceed the fee it applies to: bring it to 100% at most.",
    ),
    needs="service_levels",
)
def _cap_over(c: Contract) -> Iterable[Hit]:
    hits: list[Hit] = []
    if (
        c.service_levels is not None
        and c.service_levels.at_risk_amount is not None
        and c.service_levels.at_risk_amount > HUNDRED
    ):
        hits += hit("service_levels", "at_risk_amount", where="at_risk_amount")
    for i, level in _levels(c):
        penalty = level.penalty
        if penalty is None:
            continue
        for name in ("cap_per_period", "cap_per_year", "cap_overall", "per_point"):
            if _over_hundred(getattr(penalty, name)):
                hits += hit("service_levels", "levels", i, "penalty", name, where=f"{level.id}.{name}")
        for t, tier in enumerate(penalty.tiers):
            if _over_hundred(tier.credit):
                hits += hit("service_levels", "levels", i, "penalty", "tiers", t, where=f"{level.id} tier {t + 1}")
    return hits


@rule(
    "service_levels.tiers-consistent",
    KP,
    Severity.warning,
    ARTICLE,
    (
        "Les paliers du niveau « {level} » ne s'aggravent pas avec la performance.",
        "The tiers of level '{level}' do not grow as performance worsens.",
    ),
    (
        "Ordonnez les paliers : plus la mesure est mauvaise, plus l'avoir est élevé.",
        "Order the tiers: the worse the measure, the larger the credit.",
    ),
    needs="service_levels",
)
def _tiers(c: Contract) -> Iterable[Hit]:
    hits: list[Hit] = []
    kpis = catalogue.kpis()
    for i, level in _levels(c):
        if level.penalty is None or len(level.penalty.tiers) < 2:
            continue
        kpi = kpis[level.kpi]
        higher_better = (level.comparator or kpi.comparator) == ">="
        tiers = [(parse_target(kpi.unit, t.threshold), t.credit) for t in level.penalty.tiers]
        tiers.sort(key=lambda pair: pair[0], reverse=higher_better)  # from mildest to worst
        credits = [cap.percent if cap.percent is not None else cap.amount for _, cap in tiers]
        if any(a is None or b is None or b < a for a, b in pairwise(credits)):
            hits += hit("service_levels", "levels", i, "penalty", "tiers", level=level.id)
    return hits


@rule(
    "service_levels.formal-notice",
    KP,
    Severity.warning,
    "Code civil art. 1231-5 (last paragraph)",
    (
        "Le niveau « {level} » prévoit une pénalité sans dire si une mise en demeure est nécessaire.",
        "Level '{level}' sets a penalty without saying whether formal notice is needed.",
    ),
    (
        "Précisez formal_notice_required : en droit français la pénalité suppose une mise en demeure, sauf "
        "inexécution définitive ou stipulation contraire.",
        "Set formal_notice_required: under French law a penalty needs formal notice unless the failure is final "
        "or the contract says otherwise.",
    ),
    needs="service_levels",
)
def _formal_notice(c: Contract) -> Iterable[Hit]:
    return [
        Hit(("service_levels", "levels", i, "penalty"), {"level": lv.id})
        for i, lv in _levels(c)
        if lv.penalty is not None
        and lv.penalty.kind == PenaltyKind.penalty
        and lv.penalty.formal_notice_required is None
    ]


@rule(
    "service_levels.exclusions",
    KP,
    Severity.info,
    "reference/sla.md (exclusions)",
    (
        "Le niveau « {level} » ne prévoit aucune exclusion (force majeure, volume au-delà de la prévision).",
        "Level '{level}' sets no exclusion (force majeure, volume above forecast).",
    ),
    (
        "Listez les cas où le niveau ne s'applique pas, pour éviter les contestations.",
        "List when the level does not apply, to avoid disputes.",
    ),
    needs="service_levels",
)
def _exclusions(c: Contract) -> Iterable[Hit]:
    return [Hit(("service_levels", "levels", i), {"level": lv.id}) for i, lv in _levels(c) if not lv.exclusions]


@rule(
    "service_levels.chronic-breach",
    KP,
    Severity.info,
    ARTICLE + "; Code civil art. 1224",
    (
        "Aucun niveau ne donne un droit de résiliation en cas de manquements répétés.",
        "No level gives a termination right on repeated misses.",
    ),
    (
        "Ajoutez chronic_breach (par exemple 3 périodes consécutives ou 4 sur 12) aux niveaux essentiels.",
        "Add chronic_breach (e.g. 3 consecutive periods or 4 in 12) to the key levels.",
    ),
    needs="service_levels",
)
def _chronic(c: Contract) -> Iterable[Hit]:
    levels = list(_levels(c))
    return missing(bool(levels) and not any(lv.chronic_breach for _, lv in levels), "service_levels")


@rule(
    "service_levels.milestones",
    KP,
    Severity.warning,
    ARTICLE,
    ("Aucune étape datée (mise en place, transition) n'est fixée.", "No dated milestone (set-up, transition)."),
    (
        "Fixez les étapes clés avec leur date, leur livrable et la pénalité de retard.",
        "Set the key milestones with their date, deliverable and delay penalty.",
    ),
    needs="service_levels",
)
def _milestones(c: Contract) -> Iterable[Hit]:
    return missing(c.service_levels is not None and not c.service_levels.milestones, "service_levels")


@rule(
    "service_levels.milestone-penalty-cap",
    KP,
    Severity.warning,
    "CCAG-TIC 2021 (10% cap); Code civil art. 1231-5",
    (
        "La pénalité de retard de l'étape « {milestone} » n'a pas de plafond.",
        "The delay penalty of milestone '{milestone}' has no cap.",
    ),
    (
        "Plafonnez-la (10 % de la valeur est l'usage des marchés publics).",
        "Cap it (10% of the value is public-procurement practice).",
    ),
    needs="service_levels",
)
def _milestone_cap(c: Contract) -> Iterable[Hit]:
    if c.service_levels is None:
        return []
    return [
        Hit(("service_levels", "milestones", i), {"milestone": m.id})
        for i, m in enumerate(c.service_levels.milestones)
        if m.delay_penalty is not None and m.delay_penalty.cap is None
    ]


@rule(
    "service_levels.poor-quality",
    KP,
    Severity.info,
    ARTICLE,
    (
        "Rien n'est prévu pour compenser un service de mauvaise qualité.",
        "Nothing compensates for poor-quality service.",
    ),
    (
        "Décrivez la compensation (reprise à ses frais, remboursement) dans poor_quality_compensation.",
        "Describe the compensation (rework at own cost, refund) in poor_quality_compensation.",
    ),
    needs="service_levels",
)
def _poor_quality(c: Contract) -> Iterable[Hit]:
    return missing(c.service_levels is not None and not c.service_levels.poor_quality_compensation, "service_levels")


@rule(
    "service_levels.change-procedure",
    KP,
    Severity.warning,
    ARTICLE + "; DORA art. 30(2)(e)",
    (
        "Aucune procédure de modification du contrat ou des services.",
        "No procedure to change the contract or services.",
    ),
    (
        "Décrivez la demande de changement, l'étude d'impact, son délai, l'approbation et la tarification.",
        "Describe the change request, impact assessment and its lead time, approval and pricing.",
    ),
)
def _change(c: Contract) -> Iterable[Hit]:
    return missing(c.service_levels is None or c.service_levels.change_procedure is None, "service_levels")
