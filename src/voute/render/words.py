"""The per-language vocabulary of the rendering: labels for every coded value of the contract.

The tables live in ``templates/<lang>/words.yaml`` so that a translator or a lawyer edits words, not code. A
code missing from its table is written as it stands: a new enum value never breaks a rendering.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Any

import yaml

LANGUAGES = ("fr", "en")


class Words:
    """Lookup of ``category.code`` labels in one language."""

    def __init__(self, lang: str, table: dict[str, dict[str, str]]) -> None:
        self.lang = lang
        self._table = table

    def __call__(self, category: str, code: Any) -> str:
        """The label of ``code`` in ``category``, or the code itself when the table has none.

        >>> words("en")("channel", "call")
        'phone'
        """
        key = getattr(code, "value", code)
        return self._table.get(category, {}).get(str(key), str(key))

    def has(self, category: str, code: Any) -> bool:
        """Whether ``code`` has a label of its own (as opposed to being written as it stands)."""
        return str(getattr(code, "value", code)) in self._table.get(category, {})


@lru_cache(maxsize=len(LANGUAGES))
def words(lang: str) -> Words:
    """The vocabulary of ``lang`` ("fr" or "en"), read once per process."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}: documents are rendered in fr or en")
    text = (files("voute.render") / "templates" / lang / "words.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    raw = yaml.load(text, Loader=loader)
    table = {str(k): {str(code): str(label) for code, label in v.items()} for k, v in raw.items()}
    return Words(lang, table)
