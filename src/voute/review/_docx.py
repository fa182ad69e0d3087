"""DOCX text extraction (paragraphs, tables, automatic numbering) behind archive safety checks.

A DOCX file is a zip of XML parts. Before python-docx parses anything we check the archive itself: declared
uncompressed sizes and compression ratios (zip bombs) and DTD or entity declarations in any XML part (billion
laughs, external entities). Word never writes a DTD, so refusing one costs nothing.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from voute.errors import DocumentError, Location
from voute.review.ingest import Document

_MAX_ENTRIES = 5000
_MAX_TOTAL_BYTES = 150 * 1024 * 1024
_MAX_MEMBER_BYTES = 100 * 1024 * 1024
_MAX_RATIO = 200
_RATIO_FLOOR = 1024 * 1024  # small parts may compress extremely well without being a threat
_DTD_MARKERS = (b"<!doctype", b"<!entity", "<!DOCTYPE".encode("utf-16-le"), "<!ENTITY".encode("utf-16-le"))


def read_docx(path: Path) -> Document:
    """Extract the text of a DOCX body in reading order; table rows become lines with cells split by ' | '."""
    where = Location(file=str(path))
    _check_archive(path, where)
    document = _parse(path, where)
    numbering = _Numbering.from_document(document)
    lines = [line for block in _blocks(document) for line in _block_lines(block, numbering)]
    text = "\n".join(lines)
    if not text.strip():
        raise DocumentError.single("this DOCX contains no text", where, "empty")
    return Document(text=text, source=str(path), kind="docx")


def _check_archive(path: Path, where: Location) -> None:
    if not zipfile.is_zipfile(path):
        raise DocumentError.single("not a DOCX file (not a zip archive): the file is corrupt", where, "corrupt")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(infos, where)
            names = {info.filename for info in infos}
            if "word/document.xml" not in names:
                raise DocumentError.single("not a Word document (no word/document.xml)", where, "format")
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    _check_xml(archive.read(info), info.filename, where)
    except DocumentError:
        raise
    except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, NotImplementedError) as exc:
        raise DocumentError.single(f"corrupt DOCX archive ({exc})", where, "corrupt") from None


def _check_sizes(infos: list[zipfile.ZipInfo], where: Location) -> None:
    if len(infos) > _MAX_ENTRIES:
        raise DocumentError.single(f"suspicious DOCX: {len(infos)} archive entries", where, "zip-bomb")
    total = 0
    for info in infos:
        total += info.file_size
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > _MAX_MEMBER_BYTES or (info.file_size > _RATIO_FLOOR and ratio > _MAX_RATIO):
            raise DocumentError.single(
                f"suspicious DOCX (zip bomb?): part {info.filename} expands to {info.file_size} bytes "
                f"(ratio {ratio:.0f}:1)",
                where,
                "zip-bomb",
            )
    if total > _MAX_TOTAL_BYTES:
        raise DocumentError.single(f"suspicious DOCX (zip bomb?): expands to {total} bytes", where, "zip-bomb")


def _check_xml(data: bytes, name: str, where: Location) -> None:
    lowered = data.lower()
    if any(marker in lowered for marker in _DTD_MARKERS[:2]) or any(m in data for m in _DTD_MARKERS[2:]):
        raise DocumentError.single(
            f"hostile DOCX: part {name} declares a DTD or XML entities, which Word never writes", where, "xml-entity"
        )


def _parse(path: Path, where: Location) -> Any:
    import docx

    try:
        return docx.Document(str(path))
    except Exception as exc:  # python-docx and lxml raise many types on malformed parts
        raise DocumentError.single(f"corrupt DOCX ({str(exc)[:160]})", where, "corrupt") from None


def _blocks(document: Any) -> list[Any]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[Any] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            blocks.append(Paragraph(child, document))
        elif tag == "tbl":
            blocks.append(Table(child, document))
    return blocks


def _block_lines(block: Any, numbering: _Numbering) -> list[str]:
    from docx.table import Table

    if isinstance(block, Table):
        return _table_lines(block)
    text = block.text
    if not text.strip():
        return [""]
    label = numbering.label_for(block)
    return [f"{label} {text}" if label else text]


def _table_lines(table: Any) -> list[str]:
    lines: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = " ".join(cell.text.split())
            if value and (not cells or cells[-1] != value):  # merged cells repeat their text
                cells.append(value)
        if cells:
            lines.append(" | ".join(cells))
    lines.append("")
    return lines


@dataclass
class _Level:
    fmt: str
    text: str
    start: int


@dataclass
class _Numbering:
    """Just enough of numbering.xml to print '1.', '2.3' or 'a)' in front of numbered paragraphs."""

    abstract_of: dict[str, str] = field(default_factory=dict)
    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def from_document(cls, document: Any) -> _Numbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return numbering
        for abstract in root.findall(_w("abstractNum")):
            numbering.levels[abstract.get(_w("abstractNumId"))] = _levels(abstract)
        for num in root.findall(_w("num")):
            ref = num.find(_w("abstractNumId"))
            if ref is not None:
                numbering.abstract_of[num.get(_w("numId"))] = ref.get(_w("val"))
        return numbering

    def label_for(self, paragraph: Any) -> str:
        num_id, level = _num_properties(paragraph)
        abstract = self.abstract_of.get(num_id or "")
        if abstract is None or num_id == "0":
            return ""
        levels = self.levels.get(abstract, {})
        counters = self.counters.setdefault(abstract, [0] * 10)
        level = min(max(level, 0), 9)
        counters[level] += 1
        for deeper in range(level + 1, 10):
            counters[deeper] = 0
        definition = levels.get(level)
        if definition is None or definition.fmt in {"bullet", "none"}:
            return ""
        label = definition.text
        for index in range(level + 1):
            spec = levels.get(index, _Level("decimal", "", 1))
            value = counters[index] + spec.start - 1 if counters[index] else spec.start
            label = label.replace(f"%{index + 1}", _format_number(value, spec.fmt))
        return label.strip()


def _levels(abstract: Any) -> dict[int, _Level]:
    levels: dict[int, _Level] = {}
    for lvl in abstract.findall(_w("lvl")):
        index = int(lvl.get(_w("ilvl"), "0"))
        fmt, text, start = lvl.find(_w("numFmt")), lvl.find(_w("lvlText")), lvl.find(_w("start"))
        levels[index] = _Level(
            fmt=fmt.get(_w("val"), "decimal") if fmt is not None else "decimal",
            text=text.get(_w("val"), "") if text is not None else "",
            start=int(start.get(_w("val"), "1")) if start is not None else 1,
        )
    return levels


def _num_properties(paragraph: Any) -> tuple[str | None, int]:
    # Numbering may sit on the paragraph or on its style (Heading 1, 2... in most templates).
    sources = [paragraph._p.pPr]
    style = paragraph.style
    while style is not None:
        sources.append(style.element.pPr)
        style = style.base_style
    num_id: str | None = None
    level: int | None = None
    for ppr in sources:
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is None:
            continue
        if num_id is None and num_pr.numId is not None:
            num_id = str(num_pr.numId.val)
        if level is None and num_pr.ilvl is not None:
            level = int(num_pr.ilvl.val)
    return num_id, level or 0


def _format_number(value: int, fmt: str) -> str:
    if fmt in {"lowerLetter", "upperLetter"}:
        letter = chr(ord("a") + (value - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in {"lowerRoman", "upperRoman"}:
        roman = _roman(value)
        return roman.upper() if fmt == "upperRoman" else roman
    return str(value)


def _roman(value: int) -> str:
    numerals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for number, symbol in numerals:
        while value >= number:
            out += symbol
            value -= number
    return out


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag
