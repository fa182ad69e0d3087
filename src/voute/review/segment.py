"""Cut a contract's text into articles, sections and clauses, keeping character offsets.

Contracts number their parts in many ways: "Article 5", "ARTICLE 5 -", "5.", "5.2", "1)", "a)", "(iv)",
Markdown '#' headings, "Annexe", "Annex", "Schedule", or a heading in capitals. The segmenter reads the text
line by line: a line that looks like the start of a part opens a new segment, a blank line closes a paragraph.
Each segment remembers the nearest heading above it, which later gives context to the classifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["Segment", "segment_text", "split_passages"]

_MARKDOWN = re.compile(r"#{1,6}(?=\s)")
_DECOR = re.compile(r"[*_`>|]+")
_ARTICLE = re.compile(
    r"(?:article|art\.|section|clause|chapitre|chapter|titre|partie|part)\s+"
    r"(\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}|premier|1er|unique)\b\.?",
    re.IGNORECASE,
)
_ANNEX = re.compile(
    r"(?:annexe|annex|appendix|appendice|schedule|exhibit|addendum|avenant)\b(?:\s+(?:n°\s*)?[A-Z0-9IVX.\-]{1,6})?",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"(\d{1,3}(?:\.\d{1,3}){0,4})(\.|\)|\s*[-–—])?\s+(?=\S)")
_ITEM = re.compile(r"(?:\(([a-z]{1,2}|[ivxlc]{1,5}|\d{1,2})\)|([a-z]|[ivx]{1,4}|\d{1,2})\))\s+", re.IGNORECASE)
_BULLET = re.compile(r"[-•▪◦●*–]\s+")
_TOC = re.compile(r"(?:\.{4,}|…{2,}|_{4,}|\t)\s*\d{1,4}\s*$")
_RUN_IN = re.compile(r"[^.;:]{1,60}\.\s+[A-ZÀ-Ý\"«(][^.]*?(?:\s\S+){2}")
_HEADING_WORDS = 12  # a heading longer than this, even in capitals, is a sentence
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=[\"«(A-ZÀ-Ý0-9])")


@dataclass(frozen=True)
class Segment:
    """One part of the document: a heading, a clause, an item of a list, or a table-of-contents line."""

    start: int
    end: int
    kind: str  # "heading" | "clause" | "item" | "toc"
    level: int
    number: str
    heading: str  # nearest heading above (or the segment's own title when it is a heading)

    def text_of(self, text: str) -> str:
        """The segment's text within the document text."""
        return text[self.start : self.end]


class _Line(NamedTuple):  # a named tuple: built once per line, several times cheaper than a dataclass
    start: int
    end: int
    body: str  # stripped of indentation and Markdown decoration


class _Boundary(NamedTuple):
    kind: str
    level: int
    number: str
    title: str


def segment_text(text: str) -> list[Segment]:
    """Split a document text into segments, in reading order, covering every non-blank line once."""
    segments: list[Segment] = []
    stack: list[tuple[int, str]] = []  # open headings: (level, title)
    current: _Boundary | None = None
    first = last = -1
    previous = ""  # the line above, when it belongs to the open segment
    for line in _lines(text):
        if not line.body:
            if first >= 0:
                segments.append(_make(current, first, last, stack))
            current, first, previous = None, -1, ""
            continue
        boundary = _boundary(line.body)
        after_heading = current is not None and current.kind == "heading" and first >= 0
        if boundary is not None and first >= 0 and not after_heading and _caps_continuation(previous, line.body):
            boundary = None  # "... WHETHER IN CONTRACT, TORT" / "OR EQUITY.": one sentence in capitals
        previous = line.body
        if boundary is not None or first < 0 or after_heading:
            if first >= 0:
                segments.append(_make(current, first, last, stack))
            current, first = boundary, line.start
            if boundary is not None and boundary.kind == "heading":
                while stack and stack[-1][0] >= boundary.level:
                    stack.pop()
                stack.append((boundary.level, boundary.title))
        last = line.end
    if first >= 0:
        segments.append(_make(current, first, last, stack))
    return segments


def _make(boundary: _Boundary | None, start: int, end: int, stack: list[tuple[int, str]]) -> Segment:
    heading = stack[-1][1] if stack else ""
    if boundary is None:
        level = (stack[-1][0] + 1) if stack else 1
        return Segment(start, end, "clause", level, "", heading)
    if boundary.kind == "heading":
        return Segment(start, end, "heading", boundary.level, boundary.number, boundary.title)
    return Segment(start, end, boundary.kind, boundary.level, boundary.number, heading)


def _lines(text: str) -> Iterator[_Line]:
    position = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n\f\v\x1c\x1d\x1e\x85\u2028\u2029")
        stripped = content.strip()
        if not stripped:
            yield _Line(position, position, "")
        else:
            lead = len(content) - len(content.lstrip())
            start = position + lead
            yield _Line(start, start + len(stripped), stripped)
        position += len(raw)


def _boundary(body: str) -> _Boundary | None:
    # A contents line ends with a page number: the body is stripped, so _TOC needs a last character matched by
    # \d (str.isdecimal); testing it first spares the regex a scan of every other line.
    if body[-1:].isdecimal() and _TOC.search(body):
        return _Boundary("toc", 9, "", body)
    markdown = _MARKDOWN.match(body)
    if markdown:
        title = _clean(body[markdown.end() :])
        return _Boundary("heading", markdown.end(), _number_in(title), title)
    plain = _clean(body)
    if not plain:
        return None
    return _article(plain) or _annex(plain) or _numbered(plain) or _item(plain) or _caps(plain)


def _article(plain: str) -> _Boundary | None:
    match = _ARTICLE.match(plain)
    if not match:
        return None
    word = plain.split(None, 1)[0].lower()
    level = 0 if word in {"chapitre", "chapter", "titre", "partie", "part"} else 1
    number = match.group(1)
    if "." in number:
        level += number.count(".")
    # "Section 5.2 Client may extend the term for up to two..." opens a clause, not a heading: when the text
    # after the number reads as a sentence, the line (and the lines that follow it) must be scored.
    sentence = _sentence_like(plain[match.end() :].strip(" :.-–—"))
    return _Boundary("heading" if len(plain) <= 150 and not sentence else "clause", level, number, plain[:150])


def _annex(plain: str) -> _Boundary | None:
    match = _ANNEX.match(plain)
    if not match or len(plain) > 120 or plain.endswith((",", ";")):
        return None
    # "Annex" opening a sentence ("Annex 2 sets out ...") is prose, not a heading.
    rest = plain[match.end() :].strip(" :.-–—")
    if rest and rest[0].islower():
        return None
    return _Boundary("heading", 0, "", plain)


def _numbered(plain: str) -> _Boundary | None:
    match = _NUMBERED.match(plain)
    if not match:
        return None
    number, mark = match.group(1), match.group(2)
    rest = plain[match.end() :]
    if int(number.split(".")[0]) > 199 or not rest[:1].isalpha():
        return None
    if not mark and "." not in number and not _title_like(rest):
        return None  # "30 days after..." wrapped onto a new line is not a clause number
    level = number.count(".") + 1
    if rest[:1].islower():
        return _Boundary("item", level + 1, number, plain[:150])  # "1. traiter les données..." is a list item
    short = len(rest) <= 80 and len(rest.split()) <= 12 and not plain.endswith((".", ";", ",", ":"))
    # A run-in title opening a wrapped clause ("9.2 Renewal. The Subscription renews month-to-month" and the
    # sentence goes on below) is the clause's first line: as a heading, its words would be lost to the passage.
    short = short and not _RUN_IN.match(rest)
    short = short or (_caps_share(rest) > 0.8 and len(rest.split()) <= _HEADING_WORDS)
    return _Boundary("heading" if short else "clause", level, number, plain[:150])


def _item(plain: str) -> _Boundary | None:
    match = _ITEM.match(plain) or _BULLET.match(plain)
    if not match:
        return None
    number = (match.groups()[0] or match.groups()[1] or "") if match.re is _ITEM else ""
    return _Boundary("item", 8, number, plain[:150])


def _caps(plain: str) -> _Boundary | None:
    if len(plain) > 100 or plain.endswith((",", ";")):
        return None
    if _caps_share(plain) < 0.9 or sum(ch.isalpha() for ch in plain) < 4:
        return None
    # A line of a disclaimer written in capitals ("IN NO EVENT SHALL ... EXCEED THE FEES PAID") is prose.
    words = len(plain.split())
    if words > _HEADING_WORDS or (plain.endswith(".") and words >= 6):
        return None
    return _Boundary("heading", 1, "", plain)


def _caps_continuation(previous: str, body: str) -> bool:
    """A line in capitals that goes on with the unfinished capitals sentence of the line above it."""
    if not previous or previous.endswith((".", ":", ";", "!", "?")) or _caps_share(previous) < 0.8:
        return False
    if _MARKDOWN.match(body):
        return False
    plain = _clean(body)
    return not (_article(plain) or _annex(plain) or _numbered(plain) or _item(plain))


def _sentence_like(rest: str) -> bool:
    """Text after an article number that reads as a clause rather than a title."""
    words = len(rest.split())
    if _caps_share(rest) > 0.8:
        return words > _HEADING_WORDS
    return words > 12 or (rest.endswith((".", ";")) and words >= 6 and rest[:1].isupper() and "." in rest[:-1])


def _title_like(rest: str) -> bool:
    return len(rest) <= 80 and rest[:1].isupper() and not rest.rstrip().endswith((".", ","))


def _caps_share(text: str) -> float:
    if text.isascii():  # letters are [A-Za-z] then: bytes.translate counts them in C, far faster
        data = text.encode("ascii")
        letters = len(data.translate(None, _NOT_LETTER))
        if not letters:
            return 0.0
        return len(data.translate(None, _NOT_UPPER)) / letters
    letters = sum(map(str.isalpha, text))  # map over a builtin: several times faster than a generator
    if not letters:
        return 0.0
    return sum(map(str.isupper, text)) / letters


_NOT_LETTER = bytes(code for code in range(128) if not chr(code).isalpha())
_NOT_UPPER = bytes(code for code in range(128) if not chr(code).isupper())
_DECOR_CHARS = "*_`>|"


def _clean(body: str) -> str:
    for char in _DECOR_CHARS:  # most lines have no decoration: a few `in` tests spare the regex
        if char in body:
            return _DECOR.sub("", body).strip()
    return body.strip()


def _number_in(title: str) -> str:
    match = _ARTICLE.match(title) or _NUMBERED.match(title)
    return match.group(1) if match else ""


def split_passages(text: str, start: int, end: int, limit: int = 1200) -> list[tuple[int, int]]:
    """Split text[start:end] into sentence groups of at most `limit` characters (evidence-sized spans).

    Sentences longer than the limit are cut at the limit, so every span stays within 1,500 characters.
    """
    if end <= start:
        return []
    if end - start <= limit:
        return [(start, end)]
    cuts = [*_sentence_ends(text, start, end), end]
    pieces: list[tuple[int, int]] = []
    chunk = previous = start
    for cut in cuts:
        if cut - chunk > limit and previous > chunk:
            pieces.append((chunk, previous))
            chunk = _skip_space(text, previous, end)
        previous = cut
    pieces.append((chunk, end))
    spans: list[tuple[int, int]] = []
    for first, last in pieces:
        while last - first > limit:
            spans.append((first, first + limit))
            first += limit
        if last > first:
            spans.append((first, last))
    return spans


def _sentence_ends(text: str, start: int, end: int) -> list[int]:
    """``[m.start() for m in _SENTENCE_END.finditer(text, start, end)]``, faster.

    A match can only start right after one of ".;!?" (its look-behind): str.find jumps from one to the next,
    and the pattern is tried there alone (with the same end, and look-behind reading before `start`).
    """
    positions: set[int] = set()
    for mark in ".;!?":
        found = text.find(mark, max(start - 1, 0), end)
        while found >= 0:
            if found + 1 >= start:
                positions.add(found + 1)
            found = text.find(mark, found + 1, end)
    cuts = []
    after = start
    for position in sorted(positions):
        if position < after:
            continue
        match = _SENTENCE_END.match(text, position, end)
        if match is not None:
            cuts.append(position)
            after = max(match.end(), position + 1)
    return cuts


def _skip_space(text: str, position: int, end: int) -> int:
    while position < end and text[position].isspace():
        position += 1
    return position
