"""Numbers written in words (French and English) and amounts written the French or English way."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

__all__ = ["parse_amount", "parse_number_words"]

_UNITS_FR = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "septante": 70, "huitante": 80, "octante": 80, "nonante": 90,
}  # fmt: skip
_UNITS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
_SCALES = {"cent": 100, "cents": 100, "hundred": 100, "mille": 1000, "thousand": 1000}
_FILLER = {"et", "and"}


_SEPARATORS = re.compile(r"[\s\-]+")


@lru_cache(maxsize=65_536)  # the same few word groups come back all along a contract (a few MB at most)
def parse_number_words(words: str) -> int | None:
    """Value of a number written in words, or None when `words` is not entirely a number.

    French: "trente-six" = 36, "soixante-dix" = 70, "quatre-vingt-dix-neuf" = 99, "vingt et un" = 21.
    English: "ninety-nine" = 99, "one hundred and twenty" = 120.

    >>> parse_number_words("quatre-vingt-dix-neuf")
    99
    """
    tokens = [token for token in _SEPARATORS.split(words.strip().lower()) if token]
    if not tokens or all(token in _FILLER for token in tokens):
        return None
    total = current = 0
    for index, token in enumerate(tokens):
        if token in _FILLER:
            continue
        if token in _SCALES:
            scale = _SCALES[token]
            if scale == 1000:
                total += max(current, 1) * 1000
                current = 0
            else:
                current = max(current, 1) * scale
            continue
        value = _UNITS_FR.get(token, _UNITS_EN.get(token))
        if value is None:
            return None
        if token in ("a", "an") and index + 1 < len(tokens):
            value = 1
        # "quatre-vingt": 4 then 20 multiplies; "soixante-dix": 60 then 10 adds.
        if value == 20 and current in range(2, 10) and token.startswith("vingt"):
            current *= 20
        else:
            current += value
    return total + current


def parse_amount(number: str) -> Decimal | None:
    """Parse '12 500,50', '12,500.50', '1.000.000' or '40' into a Decimal; None when it is not a number.

    >>> parse_amount("12 500,50")
    Decimal('12500.50')
    """
    text = re.sub(r"[\s\u00a0\u202f']", "", number).strip(".,")
    if not text or not re.fullmatch(r"[\d.,]+", text):
        return None
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        text = text.replace(thousands, "").replace(decimal_mark, ".")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        text = text.replace(",", "") if len(tail) == 3 and head else text.replace(",", ".")
    elif text.count(".") > 1 or re.fullmatch(r"\d{1,3}\.\d{3}", text):
        text = text.replace(".", "")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None
