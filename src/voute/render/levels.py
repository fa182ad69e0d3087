"""What the service-level annex says about each level: the KPI in words, its target, and what a miss costs.

The templates write the sentences; this module prepares the pieces they need in the document's language:
the catalogue definition, the parameters with their values (defaults included, since the contract is bound
by them too), the penalty bands from the mildest to the worst, and the penalty written as a formula.

Reading of a tier (as the checklist reads it): a measure *worse* than the tier's threshold earns the tier's
credit, and only the worst band reached applies; tiers do not add up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from voute import catalogue
from voute.catalogue import ConventionDef, KpiDef, ParameterDef
from voute.contract.integrity import parse_target
from voute.contract.service_levels import PenaltyModel, ServiceLevel
from voute.contract.services import Service
from voute.contract.values import Cap, Duration, parse_duration
from voute.render import formatting as fmt
from voute.render.words import Words

_TIMES = "\u00d7"
_MINUS = "\u2212"


@dataclass(frozen=True)
class Band:
    """One row of a penalty table: the measure lies beyond ``limit`` (and not beyond ``next_limit``)."""

    limit: str
    next_limit: str | None
    credit: str


@dataclass(frozen=True)
class Parameter:
    label: str
    value: str


@dataclass
class LevelView:
    """A service level ready to be written out."""

    level: ServiceLevel
    service: Service | None
    kpi: KpiDef
    name: str
    kpi_name: str
    definition: str
    higher_is_better: bool
    target: str
    parameters: list[Parameter] = field(default_factory=list)
    convention: ConventionDef | None = None
    convention_label: str = ""
    convention_explanation: str = ""
    bands: list[Band] = field(default_factory=list)
    per_point: str | None = None
    fixed_amount: str | None = None
    formula: list[str] = field(default_factory=list)
    caps: dict[str, str] = field(default_factory=dict)
    basis: str = ""


def level_views(levels: list[ServiceLevel], services: list[Service], words: Words, currency: str) -> list[LevelView]:
    """A view per service level, in the order of the contract."""
    by_id = {service.id: service for service in services}
    return [_view(level, by_id.get(level.service), words, currency) for level in levels]


def _view(level: ServiceLevel, service: Service | None, words: Words, currency: str) -> LevelView:
    lang = words.lang
    kpi = catalogue.kpi(level.kpi)
    comparator = level.comparator.value if level.comparator is not None else kpi.comparator
    view = LevelView(
        level=level,
        service=service,
        kpi=kpi,
        name=level.name or catalogue.name(kpi, lang),
        kpi_name=catalogue.name(kpi, lang),
        definition=kpi.definition.in_language(lang),
        higher_is_better=comparator == ">=",
        target=f"{words('comparator', comparator)} {measure_text(kpi.unit, level.target, lang)}",
        parameters=_parameters(level, kpi, words),
    )
    convention = level.parameters.abandon_convention
    if convention is not None:
        view.convention = catalogue.convention(convention.value)
        view.convention_label = view.convention.label.in_language(lang)
        view.convention_explanation = view.convention.explanation.in_language(lang)
    if level.penalty is not None:
        _penalty(view, level.penalty, words, currency)
    return view


def measure_text(unit: str, value: str, lang: str) -> str:
    """A target or threshold in the KPI's unit: ``80 %``, ``30 secondes``, ``4,2``."""
    if unit == "seconds":
        return fmt.duration(parse_duration(value), lang)
    number = parse_target(unit, value)
    return fmt.percent(number, lang) if unit == "percent" else fmt.number(number, lang)


def _parameters(level: ServiceLevel, kpi: KpiDef, words: Words) -> list[Parameter]:
    """Every parameter the contract sets or inherits from the catalogue, except the convention (shown apart)."""
    shown: list[Parameter] = []
    for name, definition in kpi.parameters.items():
        if name == "abandon_convention":
            continue
        value = getattr(level.parameters, name, None)
        if value in (None, []):
            value = definition.default
        if value in (None, [], ()):
            continue
        shown.append(Parameter(words("kpi_parameter", name), _parameter_value(value, definition, words)))
    if level.parameters.priority:
        shown.append(Parameter(words("kpi_parameter", "priority"), level.parameters.priority))
    return shown


def _parameter_value(value: object, definition: ParameterDef, words: Words) -> str:
    if isinstance(value, Duration):
        return fmt.duration(value, words.lang)
    if isinstance(value, list | tuple):
        return ", ".join(str(item) for item in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return fmt.number(value, words.lang)
    if definition.type == "duration" and isinstance(value, str):
        return fmt.duration(parse_duration(value), words.lang)
    return words("kpi_choice", value)


def cap_text(cap: Cap, basis: str, lang: str, currency: str) -> str:
    """``10 % de R`` or ``5 000,00 €``."""
    if cap.amount is not None:
        return fmt.money(cap.amount, lang, currency)
    share = fmt.percent(cap.percent or Decimal(0), lang)
    return f"{share} {_TIMES} {basis}" if basis else share


def _penalty(view: LevelView, penalty: PenaltyModel, words: Words, currency: str) -> None:
    lang = words.lang
    symbol = words("basis_symbol", penalty.basis)
    view.basis = words("penalty_basis", penalty.basis)
    unit = view.kpi.unit
    ordered = sorted(penalty.tiers, key=lambda t: parse_target(unit, t.threshold), reverse=view.higher_is_better)
    limits = [measure_text(unit, tier.threshold, lang) for tier in ordered]
    for index, tier in enumerate(ordered):
        following = limits[index + 1] if index + 1 < len(limits) else None
        view.bands.append(Band(limits[index], following, cap_text(tier.credit, symbol, lang, currency)))
    if penalty.per_point is not None:
        view.per_point = cap_text(penalty.per_point, symbol, lang, currency)
    if penalty.fixed_amount is not None:
        view.fixed_amount = fmt.money(penalty.fixed_amount, lang, currency)
    for name in ("cap_per_period", "cap_per_year", "cap_overall"):
        cap = getattr(penalty, name)
        if cap is not None:
            view.caps[name] = cap_text(cap, _annual(symbol, name), lang, currency)
    view.formula = _formula(view, lang)


def _annual(symbol: str, cap_name: str) -> str:
    """The yearly cap applies to twelve monthly fees."""
    return f"12 {_TIMES} {symbol}" if cap_name == "cap_per_year" and symbol else symbol


def _formula(view: LevelView, lang: str) -> list[str]:
    """The penalty as formulas, ``M`` being the measured value and ``C`` the amount due for the period."""
    when = "si" if lang == "fr" else "if"
    worse = "<" if view.higher_is_better else ">"
    target = measure_text(view.kpi.unit, view.level.target, lang)
    # the gap is counted in points (or seconds): 85 - M, not 85 % - M
    points = fmt.number(parse_target(view.kpi.unit, view.level.target), lang)
    lines: list[str] = []
    for band in view.bands:
        condition = f"M {worse} {band.limit}"
        if band.next_limit is not None:
            better = "\u2265" if view.higher_is_better else "\u2264"
            condition += f" {'et' if lang == 'fr' else 'and'} M {better} {band.next_limit}"
        lines.append(f"C = {band.credit} {when} {condition}")
    if view.per_point is not None:
        gap = f"({points} {_MINUS} M)" if view.higher_is_better else f"(M {_MINUS} {points})"
        lines.append(f"C = {view.per_point} {_TIMES} {gap} {when} M {worse} {target}")
    if view.fixed_amount is not None:
        lines.append(f"C = {view.fixed_amount} {when} M {worse} {target}")
    if "cap_per_period" in view.caps:
        lines.append(f"C \u2264 {view.caps['cap_per_period']}")
    return lines
