"""Length-preserving normalisation: lower case, no accents, plain quotes and dashes.

Line breaks become spaces, so a wording wrapped over two lines of a PDF still matches. Markdown emphasis
underscores around a word (``_Services_``, ``__Fees__``) become spaces too, so the word is a word again;
blanks to fill in (``within ___ hours``) and names such as ``company_name`` keep theirs. Patterns are written
once against this form, so "Résiliation", "RESILIATION" and "resiliation" all match the
same rule. Every character maps to exactly one character, so offsets found in the normalised text are
offsets in the original text.
"""

from __future__ import annotations

import re
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
# Speed: str.translate with a dictionary costs a lookup per character. The ASCII part of the table is applied
# with bytes.translate (or str.replace) and only the non-ASCII characters present are replaced one by one: the
# same result, since every replacement is a single ASCII character that no other entry of the table maps.
_ASCII = {chr(code): value for code, value in _TABLE.items() if code < 0x80}
_ASCII_BYTES = bytes(ord(_ASCII.get(chr(code), chr(code))) for code in range(0x80)) + bytes(range(0x80, 0x100))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
assert all(len(value) == 1 and value.isascii() and ord(value) not in _TABLE for value in _TABLE.values())


# One or two underscores opening a word (after a non-word character) or closing it (before one).
_EMPHASIS = re.compile(r"(?<!\w)_{1,2}(?=[^\W_])|(?<=[^\W_])_{1,2}(?!\w)")


def normalize(text: str) -> str:
    """Lower-case `text`, strip accents and unify punctuation, keeping its length.

    >>> normalize("Résiliation — « Préavis »")
    'resiliation - " preavis "'
    >>> normalize("the _Services_ within ___ hours")
    'the  services  within ___ hours'
    """
    out = _translated(text)
    if "_" in out:
        out = _EMPHASIS.sub(lambda match: " " * len(match.group()), out)
    return out


def _translated(text: str) -> str:
    out = text.lower()
    if len(out) != len(text):  # a few characters (e.g. 'İ') lower-case to two characters
        return "".join((ch.lower()[:1] or ch).translate(_TABLE) for ch in text)
    if out.isascii():
        return out.encode("ascii").translate(_ASCII_BYTES).decode("ascii")
    for char in set(_NON_ASCII.findall(out)):
        value = _TABLE.get(ord(char))
        if value is not None:
            out = out.replace(char, value)
    for char, value in _ASCII.items():
        out = out.replace(char, value)
    return out
