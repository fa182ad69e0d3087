"""Typed shapes of the catalogue data files (``data/services.yaml`` and ``data/kpis.yaml``).

Every model is frozen and forbids unknown keys, so a typo in a data file fails the load instead of being
silently ignored. Cross-field rules (a score has a range, a default fits its type) are checked here so that
the rest of the product can trust any definition it is handed.
"""

import re
from enum import StrEnum
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from voute.contract.costs import PriceUnit as PricingUnit  # one vocabulary for catalogue and contracts
from voute.contract.services import Channel
from voute.contract.values import parse_duration, parse_percent

__all__ = [
    "Channel",
    "Comparator",
    "ConventionDef",
    "Direction",
    "Goal",
    "KpiDef",
    "ParamType",
    "ParameterDef",
    "PricingUnit",
    "ServiceDef",
    "Text",
    "Unit",
]

SNAKE_CASE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
# Formula variables may carry a capital T (the threshold), as in answered_within_T.
_TERM = re.compile(r"^-?[a-z][a-z0-9]*(_[a-zA-Z0-9]+)*$")


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(_Frozen):
    """A user-facing text in both languages of the product."""

    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def in_language(self, lang: str) -> str:
        """The text in ``lang`` ("fr" or "en"); ValueError for any other language."""
        if lang == "fr":
            return self.fr
        if lang == "en":
            return self.en
        raise ValueError(f"unknown language {lang!r}: the catalogue is written in 'fr' and 'en'")


class Direction(StrEnum):
    """Who starts a contact: the customer (inbound), the provider (outbound), both, or none (back office)."""

    inbound = "inbound"
    outbound = "outbound"
    both = "both"
    back_office = "back_office"


# A literal rather than an enum: an enum member named "count" would shadow str.count.
Unit = Literal["percent", "seconds", "score", "count"]
"""What a KPI value measures."""


class Goal(StrEnum):
    """Which way a KPI value improves."""

    higher_is_better = "higher_is_better"
    lower_is_better = "lower_is_better"


Comparator = Literal[">=", "<="]

# The comparator a target uses follows from the direction: a floor for "higher", a ceiling for "lower".
_COMPARATOR_FOR: dict[Goal, Comparator] = {Goal.higher_is_better: ">=", Goal.lower_is_better: "<="}


class ParamType(StrEnum):
    """The kinds of value a KPI parameter takes in a contract."""

    duration = "duration"
    enum = "enum"
    percent = "percent"
    integer = "integer"
    list = "list"


ParamValue = str | int | list[str]


class ParameterDef(_Frozen):
    """One setting of a KPI that a contract fixes (threshold, convention, window...)."""

    type: ParamType
    required: bool = False
    default: ParamValue | None = None
    choices: tuple[str, ...] | None = None
    description: Text

    def validate_value(self, value: object) -> object:
        """Check ``value`` against this parameter's type; return the parsed value, raise ValueError if unfit.

        >>> ParameterDef(type="duration", description={"fr": "d", "en": "d"}).validate_value("20s").amount
        20
        """
        if self.type is ParamType.duration:
            return parse_duration(value)
        if self.type is ParamType.percent:
            return parse_percent(value)
        if self.type is ParamType.integer:
            return _non_negative_int(value)
        if self.type is ParamType.list:
            return _name_list(value)
        return self._choice(value)

    def _choice(self, value: object) -> str:
        if isinstance(value, str) and self.choices and value in self.choices:
            return value
        allowed = ", ".join(self.choices or ())
        raise ValueError(f"expected one of {allowed}, got {value!r}")

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if (self.type is ParamType.enum) != (self.choices is not None):
            raise ValueError("choices are given for enum parameters, and only for them")
        if self.required and self.default is not None:
            raise ValueError("a required parameter has no default: the contract must set it")
        if self.default is not None:
            self.validate_value(self.default)
        return self


def _non_negative_int(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    raise ValueError(f"expected a whole number of 0 or more, got {value!r}")


def _name_list(value: object) -> tuple[str, ...]:
    if isinstance(value, list | tuple) and all(isinstance(item, str) and item for item in value):
        return tuple(value)
    raise ValueError(f"expected a list of names, got {value!r}")


class KpiDef(_Frozen):
    """A key performance indicator: what it measures, how it is computed and what a contract must fix."""

    name: Text
    definition: Text
    formula: str = Field(min_length=1)
    unit: Unit
    score_range: tuple[int, int] | None = None
    direction: Goal
    comparator: Comparator
    channels: tuple[Channel, ...] = Field(min_length=1)
    parameters: dict[str, ParameterDef] = Field({})

    @field_validator("parameters")
    @classmethod
    def _snake_names(cls, value: dict[str, ParameterDef]) -> dict[str, ParameterDef]:
        for key in value:
            _require_snake(key, "parameter name")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if (self.unit == "score") != (self.score_range is not None):
            raise ValueError("score_range is given for score KPIs, and only for them")
        if self.score_range is not None and self.score_range[0] >= self.score_range[1]:
            raise ValueError(f"score_range must go from low to high, got {list(self.score_range)}")
        if self.comparator != _COMPARATOR_FOR[self.direction]:
            raise ValueError(f"{self.direction.value} needs comparator {_COMPARATOR_FOR[self.direction]!r}")
        return self

    @property
    def required_parameters(self) -> tuple[str, ...]:
        """Names of the parameters a contract must set for this KPI."""
        return tuple(key for key, param in self.parameters.items() if param.required)


class ServiceDef(_Frozen):
    """A service a contact centre provides, as the statement of work names it."""

    name: Text
    definition: Text
    channels: tuple[Channel, ...] = Field(min_length=1)
    direction: Direction
    usual_kpis: tuple[str, ...] = Field(min_length=1)
    pricing_units: tuple[PricingUnit, ...] = Field(min_length=1)


class ConventionDef(_Frozen):
    """One way of treating abandoned calls in the service level, with its exact ratio."""

    name: str
    formula: str
    label: Text
    numerator: tuple[str, ...] = Field(min_length=1)
    denominator: tuple[str, ...] = Field(min_length=1)
    explanation: Text

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        _require_snake(self.name, "convention name")
        for term in (*self.numerator, *self.denominator):
            if not _TERM.match(term):
                raise ValueError(f"{term!r} is not a formula term")
        expected = f"{_sum_text(self.numerator)} / {_sum_text(self.denominator)}"
        if self.formula != expected:
            raise ValueError(f"formula {self.formula!r} does not match its terms: {expected!r}")
        return self


def _sum_text(terms: tuple[str, ...]) -> str:
    """Write signed terms as a sum, in brackets when there is more than one (``(a + b - c)``)."""
    text = terms[0]
    for term in terms[1:]:
        text += f" - {term[1:]}" if term.startswith("-") else f" + {term}"
    return f"({text})" if len(terms) > 1 else text


def _require_snake(value: str, what: str) -> None:
    if not SNAKE_CASE.match(value):
        raise ValueError(f"{what} {value!r} must be snake_case (lower-case words joined by _)")
