"""Reading the small input files of billing (volumes, credits, index values, invoices): text, YAML,
numbers."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from voute.contract.values import parse_decimal
from voute.contract.yamlpos import Positioned, read_yaml
from voute.errors import InputError, Location, Problem
from voute.inputfiles import read_text_file

MAX_MB = 20  # a month of invoice lines or volumes is a few kilobytes

_CURRENCY_WORDS = ("HT", "H.T.", "TTC", "€", "EUR", "euros", "euro")


def read_text(path: Path, what: str) -> str:
    """The UTF-8 text of a small input file; a located :class:`InputError` when it cannot be used."""
    return read_text_file(path, what, MAX_MB)


def read_mapping(text: str, filename: str, what: str) -> Positioned:
    """Parse YAML or JSON text that must be a mapping; syntax problems raise a located :class:`InputError`."""
    positioned = read_yaml(text, filename)
    if positioned.data is None or positioned.problems:
        raise InputError(positioned.problems or [Problem(Location(filename), f"the file holds no {what}")])
    if not isinstance(positioned.data, dict):
        raise InputError.single(f"a {what} file is a mapping of keys (period:, ...)", Location(filename, 1, 1))
    return positioned


def parse_amount(value: Any, what: str = 'an amount such as "1250.00"') -> Decimal:
    """An exact amount, written the French or English way, with or without "EUR", "€" or "HT"."""
    if isinstance(value, str):
        text = value.strip()
        for _ in range(2):  # "1 000 € HT" ends with two of these words
            for word in _CURRENCY_WORDS:
                text = text.removesuffix(word).strip()
        value = text
    return parse_decimal(value, what)


def unknown(what: str, value: str, known: Iterable[str]) -> str:
    """Message for an unknown id, with the closest known ones."""
    names = sorted(known)
    close = difflib.get_close_matches(value, names, n=2, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else ""
    return f"unknown {what} {value!r}{hint} (known: {', '.join(names[:12]) or 'none'})"
