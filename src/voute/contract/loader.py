"""Load a contract file: every problem at once, each with ``file:line:column``, the field path and a plain message."""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from voute.contract.integrity import check_integrity
from voute.contract.model import Contract
from voute.contract.yamlpos import Positioned, format_path, read_yaml
from voute.errors import ContractError, InputError, Location, Problem

MAX_MB = 5  # a real contract file is a few tens of kilobytes


def load(path: str | Path) -> Contract:
    """Read and validate a contract file.

    Raises :class:`voute.errors.ContractError` listing every problem found (syntax, types, unknown keys,
    duplicate ids, unknown references), each located as ``file:line:column path``.
    """
    path = Path(path)
    text = _read_text(path)
    return load_text(text, str(path))


def load_text(text: str, filename: str = "<contract>") -> Contract:
    """Validate contract text already in memory; ``filename`` is used in messages."""
    positioned = read_yaml(text, filename)
    if positioned.problems and positioned.data is None:
        raise ContractError(positioned.problems)
    if not isinstance(positioned.data, dict):
        where = Location(filename, 1, 1)
        raise ContractError([Problem(where, "a contract file is a mapping of sections (parties:, services:, ...)")])
    problems = list(positioned.problems)
    try:
        contract = Contract.model_validate(positioned.data)
    except ValidationError as error:
        problems.extend(_explain(error, positioned, filename))
        raise ContractError(_sorted(problems)) from None
    problems.extend(check_integrity(contract, positioned, filename))
    if problems:
        raise ContractError(_sorted(problems))
    contract._source = (filename, positioned)
    return contract


def _read_text(path: Path) -> str:
    from voute.inputfiles import read_text_file

    try:
        return read_text_file(path, "contract", MAX_MB)
    except InputError as error:
        raise ContractError(error.problems) from None


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.location.line or 0, p.location.column or 0, p.message))


def _explain(error: ValidationError, positioned: Positioned, filename: str) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple[str, str]] = set()
    for item in error.errors(include_url=False):
        loc = tuple(part for part in item["loc"] if not _is_internal(part))
        kind = item["type"]
        if kind == "extra_forbidden":
            position = positioned.position(loc, key=True)
        elif kind == "missing":
            position = positioned.position(loc[:-1])
        else:
            position = positioned.position(loc)
        line, column = position if position else (None, None)
        message = _message(kind, item, loc)
        path_text = format_path(loc)
        if (path_text, message) in seen:
            continue
        seen.add((path_text, message))
        problems.append(Problem(Location(filename, line, column, path=path_text), message, kind))
    return problems


def _is_internal(part: Any) -> bool:
    # pydantic adds pseudo-locations such as "function-before[...]" for annotated validators
    return isinstance(part, str) and (("[" in part and "]" in part) or part.startswith("function-"))


def _message(kind: str, item: Any, loc: tuple[Any, ...]) -> str:
    if kind == "extra_forbidden":
        return _unknown_key(loc)
    if kind == "missing":
        return "required field is missing"
    if kind in ("enum", "literal_error"):
        expected = item.get("ctx", {}).get("expected", "")
        return f"expected one of {expected}; got {item.get('input')!r}"
    if kind == "value_error":
        return str(item["msg"]).removeprefix("Value error, ")
    if kind in ("model_type", "dict_type"):
        return f"expected a mapping of fields here, got {_describe(item.get('input'))}"
    if kind == "list_type":
        return f"expected a list (lines starting with '- '), got {_describe(item.get('input'))}"
    if kind in ("string_type",):
        return f"expected text, got {_describe(item.get('input'))}"
    if kind.startswith(("int_", "decimal_", "float_")):
        return f"expected a number, got {item.get('input')!r}"
    if kind.startswith("time_"):
        return f'expected a time of day such as "08:00", got {item.get("input")!r}'
    if kind.startswith(("date_", "datetime_")):
        return f"expected a date such as 2027-01-01, got {item.get('input')!r}"
    if kind.startswith("bool"):
        return f"expected true or false, got {item.get('input')!r}"
    if kind == "string_pattern_mismatch":
        return f"{item.get('input')!r} does not have the expected form ({_pattern_hint(loc)})"
    return str(item["msg"])


def _pattern_hint(loc: tuple[Any, ...]) -> str:
    last = loc[-1] if loc else ""
    if last == "country":
        return 'a two-letter country code such as "FR"'
    if last == "id":
        return "lowercase letters, digits and underscores, starting with a letter"
    if last == "currency":
        return 'a three-letter currency code such as "EUR"'
    if last == "base_month":
        return 'a month such as "2026-09"'
    return "see `voute schema`"


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)


def _unknown_key(loc: tuple[Any, ...]) -> str:
    key = str(loc[-1])
    fields = _fields_at(loc[:-1])
    close = difflib.get_close_matches(key, fields, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]!r}?" if close else (f"; known keys: {', '.join(fields)}" if fields else "")
    return f"unknown key {key!r}{hint}"


def _fields_at(loc: tuple[Any, ...]) -> list[str]:
    """Names the model accepts at ``loc``, to suggest the right spelling of a mistyped key."""
    model: type[BaseModel] | None = Contract
    for part in loc:
        if model is None:
            return []
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part) or next((f for f in model.model_fields.values() if f.alias == part), None)
        model = _model_of(field.annotation) if field else None
    if model is None:
        return []
    return [field.alias or name for name, field in model.model_fields.items()]


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_of(arg)
        if found is not None:
            return found
    return None
