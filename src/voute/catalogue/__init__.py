"""The service and KPI catalogue: what a contact centre sells and how its performance is measured.

The data lives in ``data/services.yaml`` and ``data/kpis.yaml`` (French and English names and definitions,
formulas, units, parameters with defaults). It is read once per process and cached; every ``voute check``
uses it, so loading stays small and fast (libyaml's C loader, no heavy imports).

>>> kpi("service_level").parameters["abandon_convention"].choices
('sl1', 'sl2', 'sl3', 'sl4', 'sl5', 'sl6')
>>> name(service("phone_reception"), "fr")
'Accueil téléphonique'
"""

from __future__ import annotations

import difflib
from functools import lru_cache
from importlib.resources import files
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from voute.catalogue._models import (
    SNAKE_CASE,
    Channel,
    Comparator,
    ConventionDef,
    Direction,
    Goal,
    KpiDef,
    ParameterDef,
    ParamType,
    PricingUnit,
    ServiceDef,
    Text,
    Unit,
)
from voute.errors import InputError, Location, Problem

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
    "abandon_conventions",
    "convention",
    "kpi",
    "kpis",
    "name",
    "service",
    "services",
]

_SERVICES_FILE = "services.yaml"
_KPIS_FILE = "kpis.yaml"
_Model = TypeVar("_Model", bound=BaseModel)


def services() -> dict[str, ServiceDef]:
    """Every service of the catalogue by id, in the order of the data file."""
    return dict(_services())


def kpis() -> dict[str, KpiDef]:
    """Every KPI of the catalogue by id, in the order of the data file."""
    return dict(_kpis())


def abandon_conventions() -> dict[str, ConventionDef]:
    """The six service-level abandon conventions (``sl1`` to ``sl6``) by id."""
    return dict(_conventions())


def service(service_id: str) -> ServiceDef:
    """The service ``service_id``; KeyError naming the closest known ids when it does not exist."""
    return _lookup(_services(), service_id, "service")


def kpi(kpi_id: str) -> KpiDef:
    """The KPI ``kpi_id``; KeyError naming the closest known ids when it does not exist."""
    return _lookup(_kpis(), kpi_id, "KPI")


def convention(convention_id: str) -> ConventionDef:
    """The abandon convention ``convention_id`` (``sl1``...``sl6``); KeyError when it does not exist."""
    return _lookup(_conventions(), convention_id, "abandon convention")


def name(obj: ServiceDef | KpiDef | ConventionDef, lang: str = "fr") -> str:
    """The display name of a catalogue entry in ``lang`` ("fr" or "en").

    >>> name(kpi("aht"), "en")
    'Average handling time'
    """
    text = obj.label if isinstance(obj, ConventionDef) else obj.name
    return text.in_language(lang)


class _UnknownId(KeyError):
    """KeyError whose message reads well (KeyError's own str() quotes the whole message)."""

    def __str__(self) -> str:
        return str(self.args[0])


def _lookup(table: dict[str, _Model], key: str, what: str) -> _Model:
    try:
        return table[key]
    except KeyError:
        pass
    close = difflib.get_close_matches(key, list(table), n=3, cutoff=0.5)
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    raise _UnknownId(f"unknown {what} {key!r}.{hint} Known: {', '.join(table)}.") from None


@lru_cache(maxsize=1)
def _services() -> dict[str, ServiceDef]:
    table = _parse_table(_read(_SERVICES_FILE), ServiceDef, _SERVICES_FILE, "")
    _check_kpi_references(table)
    return table


@lru_cache(maxsize=1)
def _kpis() -> dict[str, KpiDef]:
    return _parse_table(_section(_KPIS_FILE, "kpis"), KpiDef, _KPIS_FILE, "kpis.")


@lru_cache(maxsize=1)
def _conventions() -> dict[str, ConventionDef]:
    raw = _section(_KPIS_FILE, "abandon_conventions")
    return _parse_table(raw, ConventionDef, _KPIS_FILE, "abandon_conventions.")


@lru_cache(maxsize=2)
def _read(filename: str) -> dict[str, Any]:
    """Parse one data file with libyaml's C loader (the pure-Python loader is ~10 times slower)."""
    text = (files("voute.catalogue") / "data" / filename).read_text(encoding="utf-8")
    try:
        data = yaml.load(text, Loader=yaml.CSafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = Location(file=_where(filename), line=mark.line + 1 if mark else None)
        raise InputError([Problem(where, f"catalogue file is not valid YAML: {exc}")]) from None
    if not isinstance(data, dict):
        raise InputError.single("catalogue file must be a mapping of ids", Location(file=_where(filename)))
    return data


def _section(filename: str, key: str) -> dict[str, Any]:
    section = _read(filename).get(key)
    if not isinstance(section, dict):
        raise InputError.single(f"missing section {key!r}", Location(file=_where(filename)))
    return section


def _parse_table(raw: dict[str, Any], model: type[_Model], filename: str, prefix: str) -> dict[str, _Model]:
    """Validate every entry, collecting all problems so one failed load reports them all."""
    table: dict[str, _Model] = {}
    problems: list[Problem] = []
    for key, entry in raw.items():
        path = f"{prefix}{key}"
        if not _is_snake(key):
            problems.append(Problem(Location(file=_where(filename), path=path), "id must be snake_case"))
            continue
        try:
            table[key] = model.model_validate(entry)
        except ValidationError as exc:
            problems.extend(_problems(exc, filename, path))
    if problems:
        raise InputError(problems)
    return table


def _problems(exc: ValidationError, filename: str, path: str) -> list[Problem]:
    located: list[Problem] = []
    for error in exc.errors(include_url=False):
        field = ".".join(str(part) for part in error["loc"])
        where = Location(file=_where(filename), path=f"{path}.{field}" if field else path)
        located.append(Problem(where, error["msg"]))
    return located


def _check_kpi_references(table: dict[str, ServiceDef]) -> None:
    known = _kpis()
    problems = [
        Problem(Location(file=_where(_SERVICES_FILE), path=f"{key}.usual_kpis"), f"unknown KPI {kpi_id!r}")
        for key, entry in table.items()
        for kpi_id in entry.usual_kpis
        if kpi_id not in known
    ]
    if problems:
        raise InputError(problems)


def _is_snake(key: object) -> bool:
    return isinstance(key, str) and SNAKE_CASE.match(key) is not None


def _where(filename: str) -> str:
    return f"voute/catalogue/data/{filename}"
