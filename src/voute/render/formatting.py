"""How values read in each language: amounts, percentages, numbers, dates and durations.

French: ``1 250,00 €``, ``12,5 %``, ``1er janvier 2027``, ``36 mois``, ``30 jours ouvrés``.
English: ``EUR 1,250.00``, ``12.5%``, ``1 January 2027``, ``36 months``, ``30 business days``.
A no-break space (U+00A0) holds an amount or a percentage together, so a line never breaks inside a figure.
"""

from __future__ import annotations

from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal

from voute.contract.services import parse_days
from voute.contract.values import Duration, DurationUnit, parse_duration, unit_word
from voute.wording import DAY_IDS, MONTHS, WEEKDAYS

NBSP = "\u00a0"
CENT = Decimal("0.01")


def plain_number(value: Decimal | int) -> str:
    """Digits without exponent and without trailing zeros: ``Decimal("80.0")`` gives ``"80"``."""
    text = format(Decimal(value), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _group(digits: str, separator: str) -> str:
    """Insert ``separator`` every three digits from the right (digits only, no sign)."""
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return separator.join(groups)


def _localise(text: str, lang: str) -> str:
    """Turn ``-1234.5`` into ``-1 234,5`` (fr) or ``-1,234.5`` (en)."""
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    whole = _group(whole, NBSP if lang == "fr" else ",")
    mark = "," if lang == "fr" else "."
    return sign + whole + (mark + fraction if fraction else "")


def number(value: Decimal | int, lang: str) -> str:
    """A quantity in the language's notation: ``18 000`` / ``18,000``; ``4,2`` / ``4.2``.

    >>> number(Decimal("296.5"), "fr")
    '296,5'
    """
    return _localise(plain_number(value), lang)


def money(value: Decimal | int, lang: str, currency: str = "EUR") -> str:
    """An amount rounded to the cent: ``1 250,00 €`` in French, ``EUR 1,250.00`` in English.

    >>> money(Decimal("1250"), "en")
    'EUR 1,250.00'
    """
    cents = Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)
    text = _localise(format(cents, "f"), lang)
    if lang == "fr":
        return f"{text}{NBSP}{'€' if currency == 'EUR' else currency}"
    return f"{currency}{NBSP}{text}"


def percent(value: Decimal | int, lang: str) -> str:
    """A percentage given as the number before the sign: ``12,5 %`` (fr) or ``12.5%`` (en)."""
    text = _localise(plain_number(value), lang)
    return f"{text}{NBSP}%" if lang == "fr" else f"{text}%"


def long_date(value: date, lang: str) -> str:
    """``1er janvier 2027`` / ``1 January 2027``."""
    month = MONTHS[lang][value.month - 1]
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    return f"{day} {month} {value.year}"


def month_year(value: str, lang: str) -> str:
    """A month written ``2026-09`` in the contract: ``septembre 2026`` / ``September 2026``."""
    year, month = value.split("-")
    return f"{MONTHS[lang][int(month) - 1]} {year}"


def duration(value: Duration, lang: str) -> str:
    """A duration in words: ``36 mois``, ``30 jours ouvrés``, ``1 business day``."""
    return f"{value.amount}{NBSP}{unit_word(value.unit, value.amount, lang)}"


def duration_unit(unit: DurationUnit, lang: str, plural: bool = True) -> str:
    """The word for a unit alone (``jours ouvrés``), for phrases such as "per day of delay"."""
    return unit_word(unit, 2 if plural else 1, lang)


_DAY_NAMES = {lang: dict(zip(DAY_IDS, WEEKDAYS[lang], strict=True)) for lang in ("fr", "en")}


def day_range(days: str, lang: str) -> str:
    """``mon-fri`` gives ``du lundi au vendredi`` / ``Monday to Friday``; ``sat`` gives ``samedi``."""
    names = _DAY_NAMES[lang]
    chunks: list[str] = []
    for chunk in days.split(","):
        listed = parse_days(chunk)
        if len(listed) == 1:
            chunks.append(names[listed[0]])
        elif lang == "fr":
            chunks.append(f"du {names[listed[0]]} au {names[listed[-1]]}")
        else:
            chunks.append(f"{names[listed[0]]} to {names[listed[-1]]}")
    return ", ".join(chunks)


def clock(value: time, lang: str) -> str:
    """``8 h 00`` / ``08:00``; the loader reads ``24:00`` as 23:59:59, written back as midnight."""
    hour, minute = (24, 0) if (value.hour, value.minute, value.second) == (23, 59, 59) else (value.hour, value.minute)
    return f"{hour}{NBSP}h{NBSP}{minute:02d}" if lang == "fr" else f"{hour:02d}:{minute:02d}"


def duration_text(value: str, lang: str) -> str:
    """A duration the contract keeps as free text (``"12 months"``): in words when it reads as one."""
    try:
        return duration(parse_duration(value), lang)
    except ValueError:
        return value
