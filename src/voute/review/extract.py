"""Pull contract terms out of the text: durations, notice periods, amounts, rates, dates, law and courts.

Every term keeps its character offsets, so the report can show it in place. The extractors read the
original text (for exact values) and the normalised text (for matching without accents).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

import numpy as np

from voute.review.numbers import parse_amount, parse_number_words

__all__ = ["Term", "extract_terms"]


@dataclass(frozen=True)
class Term:
    """One extracted term: what it is, its normalised value, and where it sits in the text."""

    kind: str
    value: str
    text: str
    start: int
    end: int
    unit: str = ""


_UNIT = (
    r"(jours?(?: (?:ouvres|ouvrables|calendaires|francs))?|mois|ans|annees?|semaines?|heures?|minutes?|"
    r"(?:business |working |calendar )?days?|months?|years?|weeks?|hours?|minutes?)"
)
_UNIT_RE = re.compile(r"\b" + _UNIT + r"\b")
# Every match of _UNIT_RE begins with one of these (see _finditer_at): found with str.find, much faster.
_UNIT_STARTS = ("jour", "mois", "ans", "anne", "semaine", "heure", "minute", "business ", "working ", "calendar ",
                "day", "month", "year", "week", "hour")  # fmt: skip
_DIGITS_BEFORE = re.compile(r"\(?(\d{1,4}(?:[.,]\d+)?)\)?\s*$")
_WORDS_BEFORE = re.compile(r"((?:[a-z]+[\s-]+){1,5})$")
_LETTER_RUN = re.compile(r"[a-z]+")
_UNIT_NAMES = {
    "jour": "days", "day": "days", "mois": "months", "an": "years", "annee": "years", "month": "months",
    "year": "years", "semaine": "weeks", "week": "weeks", "heure": "hours", "hour": "hours", "minute": "minutes",
}  # fmt: skip

# Speed: patterns that start with a bare digit class let the regex engine skip straight to the next digit
# (digits are rare in prose). "(?<!\w\d)" after the first digit plays the part of a leading "\b".
_PERCENT = re.compile(r"(\d\d{0,2}(?:[.,]\d{1,3})?)\s?(?:%|pour ?cent|percent\b)")
_AMOUNT_AFTER = re.compile(
    r"(\d(?:\d{0,2}(?:[ \u00a0\u202f.,']\d{3})+(?:[.,]\d{1,2})?|\d*(?:[.,]\d{1,2})?))\s?"
    r"(€|eur\b|euros?\b|usd\b|dollars?\b|\$|£|gbp\b|chf\b|k€|m€)"
)
_AMOUNT_BEFORE = re.compile(
    r"(€|eur|usd|us\$|\$|£|gbp|chf)\s?(\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)"
)
_AMOUNT_BEFORE_STARTS = ("€", "eur", "usd", "us$", "$", "£", "gbp", "chf")
_CURRENCY = {"€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR", "usd": "USD", "dollar": "USD",
             "dollars": "USD", "$": "USD", "us$": "USD", "£": "GBP", "gbp": "GBP", "chf": "CHF",
             "k€": "kEUR", "m€": "MEUR"}  # fmt: skip

_MONTHS = {
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12, "january": 1, "february": 2,
    "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10,
    "november": 11, "december": 12,
}  # fmt: skip
_MONTH = "(" + "|".join(_MONTHS) + ")"
_DATE_DMY = re.compile(r"(\d(?<!\w\d)\d?)(?:er|st|nd|rd|th)?\s+" + _MONTH + r",?\s+(\d{4})\b")
_DAY_YEAR = re.compile(r"(\d(?<!\w\d)\d?)(?:st|nd|rd|th)?,?\s+(\d{4})\b")  # "5, 2020" after a month name
_DATE_NUM = re.compile(r"(\d(?<!\w\d)\d?)[/.](\d{1,2})[/.](\d{4})\b")
_DATE_ISO = re.compile(r"(\d(?<!\w\d)\d{3})-(\d{2})-(\d{2})\b")

_LAW = re.compile(
    r"\b(?:droit|loi)\s+(francais|belge|suisse|luxembourgeois|allemand|anglais|espagnol|italien)e?s?\b|"
    r"\blaws?\s+of\s+(?:the\s+)?((?:state|commonwealth|province|republic)\s+of\s+[a-z]+(?:\s+(?!"
    r"(?:without|and|or|shall|will|excluding|except|as|in|to|the|for|which|that|including|regardless|applicable|"
    r"notwithstanding|apply|governs?|is|are|exclusive\w*|with)\b)[a-z]+)?|"
    r"england(?:\s+and\s+wales)?|united\s+kingdom|united\s+states(?:\s+of\s+america)?|new\s+zealand|hong\s+kong|"
    r"france|germany|ireland|switzerland|luxembourg|"
    r"(?!(?:jurisdiction|country|state|place|territory|land|parties|party|seller|buyer|supplier|customer)\b)"
    r"[a-z]+(?=,|\.(?:\s|$)|\s+(?:shall|will|without)))|"
    # "English law", "Swiss law applies": the country as an adjective
    r"\b(english|swiss|french|german|irish|scottish|dutch|belgian|spanish|italian|swedish|luxembourgish)\s+laws?\b|"
    # "régi par les lois de l'État du Delaware": the state named in French
    r"\blois?\s+de\s+l'etat\s+(?:du\s+|de\s+la\s+|de\s+l'|de\s+|d')([a-z]+(?:[- ][a-z]+)?)(?=[\s.,;)]|$)"
)
_COURT = re.compile(
    r"\b(?:tribunaux?|tribunal|cour|juridictions?)\s+(?:competents?\s+|judiciaires?\s+|de commerce\s+|"
    r"des activites economiques\s+|d'appel\s+|administratifs?\s+)?(?:du ressort de la cour d'appel\s+)?(?:de\s+|d')"
    r"(?!(?:commerce|grande instance|premiere instance|justice|appel|cassation|l'ordre|son|leur|la|sa)\b)"
    r"((?:(?:st|ste|saint|sainte)\.?[- ])?[a-z][a-z\-]{1,30}(?:[- ](?:sur|en|de|la|le|les)[- ][a-z\-]{2,20})?)"
    r"(?=[\s.,;)]|$)|"
    r"\bcourts?\s+(?:of|in|located in|sitting in)\s+((?:the\s+)?(?:england\s+and\s+wales|[a-z][a-z ]{2,40}?))"
    r"(?=[.,;)]|\s+(?:shall|will|and|for|have|has))|"
    # a place named without "courts of": "the place of jurisdiction is St. Gallen", "la juridiction compétente est
    # celle de Toulouse"
    r"\b(?:(?:exclusive\s+)?place of jurisdiction|venue)\s+(?:is|shall be|will be)\s+"
    r"((?:st\.\s)?[a-z][a-z\-]{1,30}(?:\s[a-z][a-z\-]{1,30})?)(?=[.,;)]|\s+(?:and|for|in)\b)|"
    r"\bjuridiction competente est celle (?:de|du ressort de|d')\s?((?:st\.?\s|saint-)?[a-z][a-z\-]{1,30})"
    r"(?=[\s.,;)]|$)"
)
_NOTICE = re.compile(r"\b(?:preavis|notice|notif\w*|prevenir|informer|inform|denonc\w*)\b")
_BREACH = re.compile(
    r"\b(?:violations? (?:de|des) (?:donnees|securite)|(?:data|security|personal data) (?:breach|incident)\w*|"
    r"incidents? de securite|breach of security|faille de securite)"
)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:within|delai (?:maximum |maximal )?de|sous|net|a|under|no later than|au plus tard|(?:est|sera) "
    r"(?:fixe )?(?:a|de))\s+$"
)
# "trois (3) mois avant l'échéance", "90 days prior to the expiry": a notice period without the word notice.
_BEFORE_END = re.compile(
    r"^\W{0,3}(?:au (?:moins|plus tard) |at (?:the )?(?:least|latest) )?(?:avant|before|prior to|preceding)\b"
    r"[^.]{0,30}?\b(?:echeance|expiration|expiry|end|terme|fin|renouvellement|renewal|reconduction|anniversaire|"
    r"anniversary)"
)
# "thirty (30) days' written notice", "30 days' advance notice", "3 mois de préavis": the word comes after.
_NOTICE_AFTER = re.compile(
    r"^(?:'s?|s')?\s*(?:(?:prior|advance|written|clear|calendar)\s+){0,3}(?:notice|notification)\b|^\s*de preavis\b"
)
# "not cured within thirty (30) days", "mise en demeure restée sans effet pendant 15 jours": time to remedy a
# breach, not a notice period.
_CURE_BEFORE = re.compile(
    r"\b(?:cured?|remed(?:y|ied|ies)|rectif\w*|mise en demeure|sans effet|remedier|non (?:remedie|corrige)\w*)\b"
    r"[^.;]{0,60}$"
)
# "payable thirty (30) days after receipt of the invoice", "payées à trente jours fin de mois"
_AFTER_INVOICE = re.compile(
    r"^\W{0,3}(?:fin de mois|(?:after|following|from|of) (?:the )?(?:receipt|date)\b[^.]{0,30}\binvoice|"
    r"(?:a compter de|suivant|apres) (?:la )?(?:reception|date)\b[^.]{0,30}\bfacture)"
)
_PAYMENT = re.compile(r"\b(?:paiement|payment|factur\w*|invoice\w*|regle\w*|payable|paid|payee?s?)\b")


def extract_terms(text: str, normalized: str) -> list[Term]:
    """All durations, percentages, amounts, dates, governing laws and courts, in document order."""
    # Markdown bold around a figure or a name ("**12** months", "laws of the **State of Colorado**"): the
    # extractors read the text with its asterisks blanked (same length, so offsets hold).
    if "*" in normalized:
        normalized = normalized.replace("*", " ")
    digits = _digit_runs(normalized)
    terms = [
        *_durations(text, normalized),
        *_short_forms(text, normalized),
        *_percentages(text, normalized),
        *_amounts(text, normalized, digits),
        *_dates(text, normalized, digits),
        *_laws(text, normalized),
        *_courts(text, normalized),
    ]
    terms.sort(key=lambda term: (term.start, term.kind))
    return terms


def _durations(text: str, normalized: str) -> Iterator[Term]:
    for match in _finditer_at(_UNIT_RE, normalized, _UNIT_STARTS):
        window_start = max(0, match.start() - 60)
        window = normalized[window_start : match.start()]
        # _DIGITS_BEFORE ends with a digit or ")" then white space: look for it only when the window does.
        last = window.rstrip()[-1:]
        digits = _DIGITS_BEFORE.search(window) if last == ")" or last.isdecimal() else None
        if digits:
            amount = parse_amount(digits.group(1))
            if amount is None:
                continue
            start = _words_left(normalized, window_start + digits.start())
            yield _duration_term(text, normalized, start, match.end(), format(amount.normalize(), "f"), match.group(1))
            continue
        found = _number_words_before(window)
        if found is not None:
            offset, value = found
            yield _duration_term(text, normalized, window_start + offset, match.end(), str(value), match.group(1))


# "d'un an", "un an": the singular year exists only after "un" ("an" alone is an English article).
_ONE_YEAR = re.compile(r"\bun an\b")
# "dans les 24h", "sous 48 h": the short hour form, kept only as a breach-notification deadline ("9h-18h" and
# "14h30" are times of day).
_SHORT_HOURS = re.compile(r"(\d(?<!\w\d)\d{0,2})\s?h\b(?![\d-])")


def _short_forms(text: str, normalized: str) -> Iterator[Term]:
    if "un an" in normalized:
        for match in _ONE_YEAR.finditer(normalized):
            yield _duration_term(text, normalized, match.start(), match.end(), "1", "an")
    for match in _SHORT_HOURS.finditer(normalized):
        term = _duration_term(text, normalized, match.start(), match.end(), match.group(1).lstrip("0") or "0", "heures")
        if term.kind == "breach_notification":
            yield term


def _number_words_before(window: str) -> tuple[int, int] | None:
    words = _WORDS_BEFORE.search(window)
    if words is None:
        return None
    tokens = list(_LETTER_RUN.finditer(words.group(1)))
    for first in range(len(tokens)):
        value = parse_number_words(words.group(1)[tokens[first].start() :])
        if value is not None and tokens[first].group() not in {"a", "an", "et", "and"}:
            return words.start(1) + tokens[first].start(), value
    return None


def _words_left(normalized: str, start: int) -> int:
    # "trente-six (36) mois": keep the words in front of the parenthesised digits.
    if normalized[start : start + 1] != "(":
        return start
    window_start = max(0, start - 60)
    found = _number_words_before(normalized[window_start:start].rstrip() + " ")
    return window_start + found[0] if found else start


def _duration_term(text: str, normalized: str, start: int, end: int, value: str, unit: str) -> Term:
    unit_name = _unit_name(unit)
    before = normalized[max(0, start - 160) : start]
    before = before[before.rfind(". ") + 1 :]  # stay within the sentence
    after = normalized[end : end + 60]
    around = before + " " + after[: after.find(". ") if ". " in after else None]
    if unit_name in {"hours", "minutes", "days"} and _BREACH.search(around) and _NOTICE.search(around):
        kind = "breach_notification"
    elif _CURE_BEFORE.search(before[-90:]):
        kind = "cure_period"
    elif _NOTICE.search(before) or _BEFORE_END.search(after) or _NOTICE_AFTER.match(after):
        kind = "notice_period"
    elif unit_name in {"days", "months"} and _PAYMENT.search(around) and (
        _DEADLINE_BEFORE.search(before) or _AFTER_INVOICE.match(after)
    ):
        kind = "payment_term"
    else:
        kind = "duration"
    qualifier = " business" if re.search(r"ouvr|business|working", unit) else ""
    shown = unit_name[:-1] if value == "1" and unit_name.endswith("s") else unit_name  # "1 year", not "1 years"
    return Term(kind, f"{value}{qualifier} {shown}", text[start:end], start, end, unit_name)


def _unit_name(unit: str) -> str:
    word = unit.split()[-1] if unit.split()[0] in {"business", "working", "calendar"} else unit.split()[0]
    word = word.rstrip("s") if word not in {"mois"} else word
    return _UNIT_NAMES.get(word, word)


def _percentages(text: str, normalized: str) -> Iterator[Term]:
    for match in _matches_at(_PERCENT, normalized, _percent_starts(normalized)):
        value = parse_amount(match.group(1))
        if value is not None:
            yield Term(
                "percentage",
                f"{format(value.normalize(), 'f')}%",
                text[match.start() : match.end()],
                *match.span(),
                "%",
            )


_PERCENT_SIGNS = ("%", "pour", "percent")  # every match of _PERCENT ends with one of these...
_PERCENT_REACH = 8  # ...at most this many characters after its start: \\d\\d{0,2}(?:[.,]\\d{1,3})?\\s?


def _percent_starts(normalized: str) -> list[int]:
    """The digits at most _PERCENT_REACH characters before a percent sign or word: where _PERCENT can start."""
    starts: set[int] = set()
    for sign in _PERCENT_SIGNS:
        found = normalized.find(sign)
        while found >= 0:
            starts.update(
                position
                for position in range(max(0, found - _PERCENT_REACH), found)
                if normalized[position].isdecimal()  # what \\d matches
            )
            found = normalized.find(sign, found + 1)
    return sorted(starts)


def _amounts(text: str, normalized: str, digits: _Digits | None = None) -> Iterator[Term]:
    # _AMOUNT_AFTER starts with a bare \d: at any digit (see _digit_runs)
    after = _AMOUNT_AFTER.finditer(normalized) if digits is None else _matches_at(_AMOUNT_AFTER, normalized, digits[1])
    for match in after:
        yield from _amount_term(text, match.start(), match.end(), match.group(1), match.group(2))
    for match in _finditer_at(_AMOUNT_BEFORE, normalized, _AMOUNT_BEFORE_STARTS):
        yield from _amount_term(text, match.start(), match.end(), match.group(2), match.group(1))


def _amount_term(text: str, start: int, end: int, number: str, currency: str) -> Iterator[Term]:
    value = parse_amount(number)
    code = _CURRENCY.get(currency.strip(), currency.upper())
    if value is not None:
        yield Term("amount", f"{value} {code}", text[start:end], start, end, code)


def _dates(text: str, normalized: str, digits: _Digits | None = None) -> Iterator[Term]:
    """Dates; `digits` (see :func:`_digit_runs`) lets the patterns run only where a number starts."""

    def find(pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        # every date pattern starts with \d(?<!\w\d): a digit that starts a run of digits
        return pattern.finditer(normalized) if digits is None else _matches_at(pattern, normalized, digits[0])

    for match in find(_DATE_DMY):
        yield from _date_term(text, match, int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1)))
    for match in find(_DAY_YEAR):
        named = _month_before(normalized, match.start())
        if named is not None:
            yield from _date_term(text, match, int(match.group(2)), named[1], int(match.group(1)), start=named[0])
    for match in find(_DATE_NUM):
        # Day first: both French and British usage; a US month-first date with day > 12 is still read right.
        day, month = int(match.group(1)), int(match.group(2))
        if month > 12 >= day:
            day, month = month, day
        yield from _date_term(text, match, int(match.group(3)), month, day)
    for match in find(_DATE_ISO):
        yield from _date_term(text, match, int(match.group(1)), int(match.group(2)), int(match.group(3)))


def _month_before(normalized: str, position: int) -> tuple[int, int] | None:
    """(start, number) of the month name that precedes `position` across white space ("march 5"), if any."""
    end = position
    while end > 0 and normalized[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and "a" <= normalized[start - 1] <= "z":
        start -= 1
    if end == position or normalized[start:end] not in _MONTHS:
        return None
    if start > 0 and (normalized[start - 1].isalnum() or normalized[start - 1] == "_"):
        return None  # the month name must start a word
    return start, _MONTHS[normalized[start:end]]


def _date_term(
    text: str, match: re.Match[str], year: int, month: int, day: int, start: int | None = None
) -> Iterator[Term]:
    try:
        value = date(year, month, day)
    except ValueError:
        return
    begin = match.start() if start is None else start
    yield Term("date", value.isoformat(), text[begin : match.end()], begin, match.end())


def _finditer_at(pattern: re.Pattern[str], normalized: str, starts: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """`pattern.finditer` for a pattern whose matches always begin with one of `starts`.

    Finding the literals with `str.find` and trying the pattern only there gives the same matches in the same
    order, several times faster than letting the regex engine try every position.
    """
    positions: set[int] = set()
    for literal in starts:
        found = normalized.find(literal)
        while found >= 0:
            positions.add(found)
            found = normalized.find(literal, found + 1)
    return _matches_at(pattern, normalized, sorted(positions))


def _matches_at(pattern: re.Pattern[str], normalized: str, positions: Iterable[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(normalized)` when every match starts at one of `positions` (sorted, increasing).

    finditer tries every position from the end of the previous match on and keeps the first that matches;
    trying only the positions where a match can start finds the same matches. Look-behinds and \\b see the
    text before the position, as in finditer.
    """
    end = 0
    for position in positions:
        if position < end:
            continue
        match = pattern.match(normalized, position)
        if match is not None:
            end = max(match.end(), position + 1)
            yield match


# Speed: the regex engine steps through a text character by character looking for a digit (about 10 ns a
# character, for each digit-led pattern); numpy finds all the digits of the text at once.
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


_Digits = tuple[list[int], list[int]]  # where each run of digits starts; where every digit is


def _digit_runs(normalized: str) -> _Digits | None:
    """The starts of the runs of digits (the only places a pattern led by `\\d(?<!\\w\\d)` can match), and
    every digit's position (where a pattern led by a bare `\\d` can match).

    None when the text holds a digit outside 0-9 (which `\\d` also matches): the caller then scans as usual.
    """
    if not normalized.isascii() and any(char.isdecimal() for char in set(_NON_ASCII.findall(normalized))):
        return None
    codes = np.frombuffer(normalized.encode("ascii", "replace"), dtype=np.uint8)
    digit = (codes >= 0x30) & (codes <= 0x39)
    starts = np.flatnonzero(digit & np.r_[True, ~digit[:-1]]) if len(codes) else np.zeros(0, dtype=np.intp)
    return starts.tolist(), np.flatnonzero(digit).tolist()


def _laws(text: str, normalized: str) -> Iterator[Term]:
    for match in _finditer_at(_LAW, normalized, ("droit", "loi", "law", *_ENGLISH_LAW)):
        if match.group(3):  # the country as an English adjective
            value = _ENGLISH_LAW[match.group(3)]
            yield Term("governing_law", value, text[match.start() : match.end()], match.start(), match.end())
            continue
        if match.group(4):  # a state named in French: shown as written ("Delaware")
            value = text[match.start(4) : match.end(4)]
            yield Term("governing_law", value, text[match.start() : match.end()], match.start(), match.end())
            continue
        place = (match.group(1) or match.group(2) or "").strip()
        value = _FRENCH_LAW.get(place, text[match.start(2) : match.end(2)] if match.group(2) else place)
        value = " ".join(value.split())  # "England and\nWales" wrapped over two lines
        yield Term("governing_law", value, text[match.start() : match.end()], match.start(), match.end())


_ENGLISH_LAW = {"english": "England", "swiss": "Switzerland", "french": "France", "german": "Germany",
                "irish": "Ireland", "scottish": "Scotland", "dutch": "Netherlands", "belgian": "Belgium",
                "spanish": "Spain", "italian": "Italy", "swedish": "Sweden", "luxembourgish": "Luxembourg"}  # fmt: skip
_FRENCH_LAW = {"francais": "France", "belge": "Belgium", "suisse": "Switzerland", "luxembourgeois": "Luxembourg",
               "allemand": "Germany", "anglais": "England", "espagnol": "Spain", "italien": "Italy"}  # fmt: skip


# "courts of competent jurisdiction", "the courts in that jurisdiction": no place is named.
_NO_PLACE = re.compile(r"(?:the\s+)?(?:competent|that|this|such|any|an?|appropriate|relevant|proper|its|their)\b")


def _courts(text: str, normalized: str) -> Iterator[Term]:
    for match in _finditer_at(_COURT, normalized, ("tribuna", "cour", "juridiction", "exclusive", "place", "venue")):
        group = next(number for number in (1, 2, 3, 4) if match.group(number))
        if _NO_PLACE.match(normalized, match.start(group)):
            continue
        place = " ".join(text[match.start(group) : match.end(group)].split())
        place = place[4:] if place[:4].lower() == "the " else place  # "the judicial district of Montreal"
        yield Term("court", place, text[match.start() : match.end()], match.start(), match.end())
