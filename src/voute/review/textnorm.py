"""Length-preserving normalisation: lower case, no accents, plain quotes and dashes.

Line breaks become spaces, so a wording wrapped over two lines of a PDF still matches. Patterns are written
once against this form, so "Résiliation", "RESILIATION" and "resiliation" all match the
same rule. Every character maps to exactly one character, so offsets found in the normalised text are
offsets in the original text.
"""

from __future__ import annotations

import unicodedata

__all__ = ["normalize"]


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0].lower()
        if base.isascii() and base.isalpha():
            table[code] = base
    table.update(
        {
            ord("’"): "'", ord("‘"): "'", ord("`"): "'", ord("´"): "'",
            ord("“"): '"', ord("”"): '"', ord("«"): '"', ord("»"): '"', ord("„"): '"',
            ord("–"): "-", ord("—"): "-", ord("‑"): "-", ord("‐"): "-",
            ord("\u00a0"): " ", ord("\u202f"): " ", ord("\u2009"): " ",
            ord("\f"): " ", ord("\t"): " ", ord("\n"): " ", ord("\r"): " ", ord("\v"): " ",
            ord("œ"): "o", ord("Œ"): "o", ord("æ"): "a", ord("Æ"): "a", ord("ß"): "s",
        }
    )  # fmt: skip
    return table


_TABLE = _build_table()


def normalize(text: str) -> str:
    """Lower-case `text`, strip accents and unify punctuation, keeping its length.

    >>> normalize("Résiliation — « Préavis »")
    'resiliation - " preavis "'
    """
    out = text.lower().translate(_TABLE)
    if len(out) != len(text):  # a few characters (e.g. 'İ') lower-case to two characters
        out = "".join((ch.lower()[:1] or ch).translate(_TABLE) for ch in text)
    return out
