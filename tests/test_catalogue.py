"""The service and KPI catalogue (issue 2, item 6): data files load, agree with each other and with the docs.

Run ``python tests/test_catalogue.py`` to regenerate the tables in docs/catalogue.md after editing the data.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from voute import catalogue
from voute.catalogue import ConventionDef, KpiDef, ParameterDef, ParamType, ServiceDef
from voute.errors import InputError

DOC = Path(__file__).resolve().parent.parent / "docs" / "catalogue.md"
START, END = "<!-- generated from the data: start -->", "<!-- generated from the data: end -->"
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")

SERVICE_IDS = [
    "phone_reception", "remote_secretarial", "surveys", "telemarketing", "file_qualification",
    "database_management", "loyalty", "technical_support", "after_sales", "customer_service", "prospecting",
    "crm_tooling",
]  # fmt: skip
KPI_IDS = [
    "service_level", "asa", "abandon_rate", "aht", "fcr", "csat", "nps", "qa_score", "first_response_time",
    "resolution_time", "appointment_rate", "data_quality_rate", "backlog", "survey_completion_rate",
]  # fmt: skip
CONVENTIONS = {
    "sl1": (
        "abandons_within_threshold_as_met",
        "(answered_within_T + abandoned_within_T) / (answered + abandoned)",
    ),
    "sl2": ("answered_only", "answered_within_T / answered"),
    "sl3": ("abandons_as_missed", "answered_within_T / (answered + abandoned)"),
    "sl4": ("late_abandons_as_missed", "answered_within_T / (answered + abandoned_after_T)"),
    "sl5": ("short_abandons_as_met", "(answered_within_T + abandoned_within_short) / (answered + abandoned)"),
    "sl6": ("short_abandons_excluded", "answered_within_T / (answered + abandoned - abandoned_within_short)"),
}
DESCRIBED: list[ServiceDef | KpiDef] = [*catalogue.services().values(), *catalogue.kpis().values()]


def test_ids_are_exactly_the_briefed_ones_in_order() -> None:
    assert list(catalogue.services()) == SERVICE_IDS
    assert list(catalogue.kpis()) == KPI_IDS
    assert list(catalogue.abandon_conventions()) == list(CONVENTIONS)


def test_every_id_and_parameter_name_is_snake_case() -> None:
    names = [
        *catalogue.services(),
        *catalogue.kpis(),
        *(c.name for c in catalogue.abandon_conventions().values()),
    ]
    names += [param for k in catalogue.kpis().values() for param in k.parameters]
    assert [n for n in names if not SNAKE.match(n)] == []


@pytest.mark.parametrize("service_id", SERVICE_IDS)
def test_usual_kpis_exist_and_share_a_channel_with_the_service(service_id: str) -> None:
    service = catalogue.service(service_id)
    for kpi_id in service.usual_kpis:
        assert set(catalogue.kpi(kpi_id).channels) & set(service.channels), kpi_id
    assert len(set(service.usual_kpis)) == len(service.usual_kpis)


def test_every_kpi_is_usual_for_at_least_one_service() -> None:
    used = {k for s in catalogue.services().values() for k in s.usual_kpis}
    assert set(KPI_IDS) - used == set()


@pytest.mark.parametrize("entry", DESCRIBED, ids=lambda e: e.name.en)
def test_names_and_definitions_exist_in_both_languages(entry: ServiceDef | KpiDef) -> None:
    for text in (entry.name, entry.definition):
        assert text.fr.strip() and text.en.strip()
        assert text.fr != text.en
    assert len(entry.definition.en) > 80 and len(entry.definition.fr) > 80


@pytest.mark.parametrize("kpi_id", KPI_IDS)
def test_ratio_definitions_name_numerator_and_denominator(kpi_id: str) -> None:
    kpi = catalogue.kpi(kpi_id)
    if kpi.unit == "count":
        assert "no denominator" in kpi.definition.en and "pas de dénominateur" in kpi.definition.fr
        return
    assert "Numerator" in kpi.definition.en and "Denominator" in kpi.definition.en
    assert "Numérateur" in kpi.definition.fr and "Dénominateur" in kpi.definition.fr
    assert "/" in kpi.formula


@pytest.mark.parametrize(
    ("kpi_id", "unit", "direction", "comparator", "score_range"),
    [
        ("service_level", "percent", "higher_is_better", ">=", None),
        ("asa", "seconds", "lower_is_better", "<=", None),
        ("abandon_rate", "percent", "lower_is_better", "<=", None),
        ("aht", "seconds", "lower_is_better", "<=", None),
        ("csat", "score", "higher_is_better", ">=", (1, 5)),
        ("nps", "score", "higher_is_better", ">=", (-100, 100)),
        ("qa_score", "score", "higher_is_better", ">=", (0, 100)),
        ("first_response_time", "percent", "higher_is_better", ">=", None),
        ("resolution_time", "percent", "higher_is_better", ">=", None),
        ("backlog", "count", "lower_is_better", "<=", None),
    ],
)
def test_units_directions_and_ranges(
    kpi_id: str, unit: str, direction: str, comparator: str, score_range: tuple[int, int] | None
) -> None:
    kpi = catalogue.kpi(kpi_id)
    assert (kpi.unit, kpi.direction.value, kpi.comparator, kpi.score_range) == (
        unit, direction, comparator, score_range,
    )  # fmt: skip


@pytest.mark.parametrize("kpi_id", KPI_IDS)
def test_comparator_follows_direction_for_every_kpi(kpi_id: str) -> None:
    kpi = catalogue.kpi(kpi_id)
    assert kpi.comparator == {"higher_is_better": ">=", "lower_is_better": "<="}[kpi.direction.value]
    assert (kpi.unit == "score") == (kpi.score_range is not None)


PARAMETERS = [(k, p, d) for k, kpi in catalogue.kpis().items() for p, d in kpi.parameters.items()]


@pytest.mark.parametrize(
    ("kpi_id", "param", "definition"), PARAMETERS, ids=[f"{k}.{p}" for k, p, _ in PARAMETERS]
)
def test_parameter_defaults_are_valid_for_their_type(
    kpi_id: str, param: str, definition: ParameterDef
) -> None:
    assert definition.description.fr and definition.description.en
    if definition.required:
        assert definition.default is None
    elif definition.default is not None:
        definition.validate_value(definition.default)
    if definition.type is ParamType.enum:
        assert definition.choices and len(set(definition.choices)) == len(definition.choices)


@pytest.mark.parametrize(
    ("kpi_id", "param", "type_", "required", "default"),
    [
        ("service_level", "threshold", "duration", True, None),
        ("service_level", "abandon_convention", "enum", True, None),
        ("service_level", "short_abandon", "duration", False, "5s"),
        ("service_level", "ivr_abandons", "enum", False, "excluded"),
        ("first_response_time", "threshold", "duration", True, None),
        ("first_response_time", "clock", "enum", False, "business"),
        ("first_response_time", "pause_states", "list", False, []),
        ("resolution_time", "threshold", "duration", True, None),
        ("resolution_time", "clock", "enum", False, "business"),
        ("resolution_time", "pause_states", "list", False, []),
        ("fcr", "repeat_window", "duration", False, "7 days"),
    ],
)
def test_briefed_parameters(kpi_id: str, param: str, type_: str, required: bool, default: Any) -> None:
    definition = catalogue.kpi(kpi_id).parameters[param]
    assert (definition.type.value, definition.required, definition.default) == (type_, required, default)


def test_service_level_offers_exactly_the_six_conventions() -> None:
    choices = catalogue.kpi("service_level").parameters["abandon_convention"].choices
    assert choices == tuple(catalogue.abandon_conventions())
    assert catalogue.kpi("service_level").required_parameters == ("threshold", "abandon_convention")


@pytest.mark.parametrize(("conv_id", "expected"), CONVENTIONS.items())
def test_convention_names_and_formulas(conv_id: str, expected: tuple[str, str]) -> None:
    conv = catalogue.convention(conv_id)
    assert (conv.name, conv.formula) == expected
    assert conv.label.fr and conv.label.en and conv.explanation.fr and conv.explanation.en


def _evaluate(conv: ConventionDef, counts: dict[str, int]) -> Decimal:
    def total(terms: tuple[str, ...]) -> int:
        return sum(-counts[t[1:]] if t.startswith("-") else counts[t] for t in terms)

    return (Decimal(100) * total(conv.numerator) / total(conv.denominator)).quantize(Decimal("0.1"))


# The ICMI worked example (docs/reference/sla.md section 3.1): 1,000 answered, 860 of them within T;
# 60 abandoned, 20 within T and 40 after; 10 within the 5 s short-abandon threshold.
ICMI_COUNTS = {
    "answered": 1000, "answered_within_T": 860, "abandoned": 60, "abandoned_within_T": 20,
    "abandoned_after_T": 40, "abandoned_within_short": 10,
}  # fmt: skip


@pytest.mark.parametrize(
    ("conv_id", "percent"),
    [("sl1", "83.0"), ("sl2", "86.0"), ("sl3", "81.1"), ("sl4", "82.7"), ("sl5", "82.1"), ("sl6", "81.9")],
)
def test_convention_terms_reproduce_the_published_example(conv_id: str, percent: str) -> None:
    assert _evaluate(catalogue.convention(conv_id), ICMI_COUNTS) == Decimal(percent)


@pytest.mark.parametrize(
    ("lookup", "bad", "hint"),
    [(catalogue.kpi, "servce_level", "service_level"), (catalogue.service, "after_sale", "after_sales"),
     (catalogue.convention, "sl7", "sl1")],
)  # fmt: skip
def test_unknown_ids_raise_key_error_with_suggestions(lookup: Any, bad: str, hint: str) -> None:
    with pytest.raises(KeyError) as caught:
        lookup(bad)
    assert bad in str(caught.value) and hint in str(caught.value)


@pytest.mark.parametrize(
    ("obj", "lang", "expected"),
    [
        (catalogue.service("phone_reception"), "fr", "Accueil téléphonique"),
        (catalogue.service("phone_reception"), "en", "Phone reception"),
        (catalogue.kpi("aht"), "fr", "Durée moyenne de traitement"),
        (catalogue.convention("sl2"), "en", "Answered calls only"),
    ],
)
def test_name_in_each_language(obj: Any, lang: str, expected: str) -> None:
    assert catalogue.name(obj, lang) == expected


def test_name_refuses_an_unknown_language() -> None:
    with pytest.raises(ValueError, match="'de'"):
        catalogue.name(catalogue.kpi("nps"), "de")


def test_callers_cannot_corrupt_the_cached_catalogue() -> None:
    catalogue.kpis().pop("nps")
    catalogue.services().clear()
    assert "nps" in catalogue.kpis() and len(catalogue.services()) == len(SERVICE_IDS)
    with pytest.raises(ValidationError):
        catalogue.kpi("nps").unit = "count"  # type: ignore[misc]


def _kpi_data(**changes: Any) -> dict[str, Any]:
    data = catalogue.kpi("csat").model_dump(mode="json")
    data.update(changes)
    return data


@pytest.mark.parametrize(
    "changes",
    [
        {"comparator": "<="},
        {"unit": "percent"},
        {"score_range": [5, 1]},
        {"colour": "blue"},
        {"channels": ["fax"]},
        {"name": {"fr": "Satisfaction"}},
    ],
)
def test_inconsistent_kpi_definitions_are_refused(changes: dict[str, Any]) -> None:
    KpiDef.model_validate(_kpi_data())
    with pytest.raises(ValidationError):
        KpiDef.model_validate(_kpi_data(**changes))


DESCRIPTION = {"fr": "x", "en": "x"}


@pytest.mark.parametrize(
    "param",
    [
        {"type": "duration", "default": "soon"},
        {"type": "percent", "default": "0.8"},
        {"type": "integer", "default": -1},
        {"type": "enum", "choices": ["a", "b"], "default": "c"},
        {"type": "enum"},
        {"type": "duration", "required": True, "default": "20s"},
        {"type": "list", "default": "awaiting_customer"},
    ],
)
def test_parameters_with_unfit_defaults_are_refused(param: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        ParameterDef.model_validate({**param, "description": DESCRIPTION})


@given(st.integers(min_value=0, max_value=10**6), st.sampled_from(["s", " min", " heures ouvrées", " jours"]))
def test_duration_parameters_accept_contract_durations(amount: int, unit: str) -> None:
    param = ParameterDef.model_validate({"type": "duration", "description": DESCRIPTION})
    assert param.validate_value(f"{amount}{unit}").amount == amount  # type: ignore[attr-defined]


@given(st.decimals(min_value=0, max_value=100, places=2))
def test_percent_parameters_keep_exact_decimals(value: Decimal) -> None:
    param = ParameterDef.model_validate({"type": "percent", "description": DESCRIPTION})
    assert param.validate_value(f"{value}%") == value


def test_a_broken_entry_is_reported_with_its_place() -> None:
    raw = {"csat": _kpi_data(comparator="<="), "Bad-Id": {}}
    with pytest.raises(InputError) as caught:
        catalogue._parse_table(raw, KpiDef, "kpis.yaml", "kpis.")
    message = str(caught.value)
    assert "voute/catalogue/data/kpis.yaml kpis.csat" in message and "kpis.Bad-Id" in message


def render_reference() -> str:
    """The generated part of docs/catalogue.md, rebuilt from the data files."""
    lines = ["### Services", "", "| id | nom | name | direction | channels | usual KPIs | pricing units |"]
    lines.append("|---|---|---|---|---|---|---|")
    for key, s in catalogue.services().items():
        cells = [key, s.name.fr, s.name.en, s.direction.value, _join(s.channels), ", ".join(s.usual_kpis),
                 _join(s.pricing_units)]  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    lines += [
        "",
        "### KPIs",
        "",
        "| id | nom | name | formula | unit | target | parameters (required in bold) |",
    ]
    lines.append("|---|---|---|---|---|---|---|")
    for key, k in catalogue.kpis().items():
        unit = f"score {k.score_range[0]}..{k.score_range[1]}" if k.score_range else k.unit
        params = ", ".join(
            f"**{p}**" if d.required else f"{p} = {_show(d.default)}" for p, d in k.parameters.items()
        )
        cells = [key, k.name.fr, k.name.en, f"`{k.formula}`", unit, k.comparator, params or "none"]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "### Abandon conventions (service level)", "", "| id | name | formula | libellé | label |"]
    lines.append("|---|---|---|---|---|")
    for key, c in catalogue.abandon_conventions().items():
        lines.append(f"| {key} | {c.name} | `{c.formula}` | {c.label.fr} | {c.label.en} |")
    return "\n".join(lines)


def _join(values: Any) -> str:
    return ", ".join(v.value for v in values)


def _show(default: Any) -> str:
    if default is None:
        return "not set"
    return "none" if default == [] else f"{default}"


def _doc_parts() -> tuple[str, str, str]:
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(START, 1)
    body, tail = rest.split(END, 1)
    return head, body.strip("\n"), tail


def test_docs_reference_matches_the_data() -> None:
    _, body, _ = _doc_parts()
    assert body == render_reference(), "docs/catalogue.md is stale: run python tests/test_catalogue.py"


if __name__ == "__main__":
    head, _, tail = _doc_parts()
    DOC.write_text(f"{head}{START}\n{render_reference()}\n{END}{tail}", encoding="utf-8")
