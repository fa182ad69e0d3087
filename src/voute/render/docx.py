"""The DOCX writer: the same clauses as the HTML page, laid out as a Word document.

The clause templates write a small HTML subset (h1-h3, p, ul/li, table, strong, em, code, br); this module
reads that subset back with the standard library's parser and builds Word paragraphs with real styles:
``Title`` for the cover, ``Heading 1`` for articles and annexes, ``Heading 2`` for sub-clauses, so that the
navigation pane and the table of contents work. The footer carries "page X / Y" as PAGE and NUMPAGES fields.
python-docx is imported inside the functions: it is only needed when a DOCX is asked for.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from typing import Any

from voute.render.document import Assembled, environment

Run = tuple[str, bool, bool, bool]  # text, bold, italic, monospace
Cell = tuple[bool, list[Run]]  # header cell?, runs
Row = list[Cell]
_SPACES = re.compile(r"[ \t\r\n]+")  # not \s: a no-break space inside an amount must stay
ACCENT = "1F4E79"
SOFT = "F2F5F8"


def write_docx(document: Assembled) -> bytes:
    """The DOCX file of an assembled document."""
    from docx import Document

    word = Document()
    _page_setup(word, document)
    env = environment(document.lang)
    scope = {"c": document.contract, "doc": document, "lang": document.lang}
    builder = _Builder(word)
    builder.feed(env.get_template("cover.html.j2").render(scope))
    builder.page_break()
    _table_of_contents(word, document)
    for part in document.articles:
        builder.heading(f"{document.words('document', 'article')} {part.number} – {part.title}", 1)
        builder.feed(str(part.body))
    builder.feed(env.get_template("signatures.html.j2").render(scope))
    for part in document.annexes:
        builder.page_break()
        builder.heading(f"{document.words('document', 'annex')} {part.number} – {part.title}", 1)
        builder.feed(str(part.body))
    builder.close()
    _update_fields_on_open(word)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _page_setup(word: Any, document: Assembled) -> None:
    """A4, margins, fonts, a header with the reference and title (not on the cover), "page X / Y" below."""
    from docx.shared import Mm, Pt, RGBColor

    section = word.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(22), Mm(20)
    section.top_margin, section.bottom_margin = Mm(22), Mm(20)
    section.different_first_page_header_footer = True
    normal = word.styles["Normal"]
    normal.font.name = "Cambria"
    normal.font.size = Pt(10.5)
    for name, size in (("Title", 24), ("Heading 1", 14), ("Heading 2", 11)):
        style = word.styles[name]
        style.font.name = "Calibri"
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor.from_string(ACCENT)
    contract = document.contract
    header = section.header.paragraphs[0]
    header.text = f"{contract.reference} — {contract.title}"
    header.runs[0].font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.alignment = 1  # centred
    _add_text(footer, "page ", Pt(8))
    _add_field(footer, "PAGE", "1", Pt(8))
    _add_text(footer, " / ", Pt(8))
    _add_field(footer, "NUMPAGES", "1", Pt(8))


def _add_text(paragraph: Any, text: str, size: Any) -> None:
    run = paragraph.add_run(text)
    run.font.size = size


def _add_field(paragraph: Any, instruction: str, shown: str, size: Any = None) -> None:
    """A Word field (PAGE, NUMPAGES, TOC): begin, instruction, separator, current result, end."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    for piece in (char("begin"), instr, char("separate")):
        run = paragraph.add_run()
        run._r.append(piece)
    result = paragraph.add_run(shown)
    if size is not None:
        result.font.size = size
    paragraph.add_run()._r.append(char("end"))


def _table_of_contents(word: Any, document: Assembled) -> None:
    """A TOC field over Heading 1-2; its first result lists the articles, Word fills page numbers on update."""
    word.add_paragraph(document.words("document", "toc"), style="Title")
    paragraph = word.add_paragraph()
    entries = [f"{document.words('document', 'article')} {p.number} – {p.title}" for p in document.articles]
    entries += [f"{document.words('document', 'annex')} {p.number} – {p.title}" for p in document.annexes]
    _add_field(paragraph, 'TOC \\o "1-2" \\h \\z \\u', "\n".join(entries))
    paragraph.add_run().add_break(_page_break_type())


def _page_break_type() -> Any:
    from docx.enum.text import WD_BREAK

    return WD_BREAK.PAGE


def _update_fields_on_open(word: Any) -> None:
    """Ask Word to refresh the fields (TOC page numbers) when the file is opened."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement("w:updateFields")
    element.set(qn("w:val"), "true")
    word.settings.element.append(element)


class _Builder(HTMLParser):
    """Reads the clause HTML subset and appends the matching Word paragraphs and tables."""

    def __init__(self, word: Any) -> None:
        super().__init__(convert_charrefs=True)
        self.word = word
        self.paragraph: Any = None
        self.bold = self.italic = self.mono = 0
        self.table: list[Row] | None = None
        self.table_class = ""
        self.cell: list[Run] | None = None
        self.cell_header = False
        self.heading_level = 0
        self.number_span = False
        self.list_depth = 0
        self.skip = 0

    # -- structure -------------------------------------------------------------------------------------
    def heading(self, text: str, level: int) -> None:
        self.word.add_heading(text, level=level)
        self.paragraph = None

    def page_break(self) -> None:
        self.word.add_paragraph().add_run().add_break(_page_break_type())
        self.paragraph = None

    def _new_paragraph(self, style: str | None = None) -> None:
        self.paragraph = self.word.add_paragraph(style=style)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag in ("style", "title", "nav") or self.skip:
            self.skip += 1 if tag in ("style", "title", "nav") else 0
            return
        if tag == "h1":
            self._new_paragraph("Title")
        elif tag in ("h2", "h3"):
            self.heading_level = 1 if tag == "h2" else 2
            self.paragraph = self.word.add_heading("", level=self.heading_level)
        elif tag == "p":
            self._start_paragraph(classes)
        elif tag == "ul":
            self.list_depth += 1
        elif tag == "li":
            self._new_paragraph("List Bullet" if self.list_depth <= 1 else "List Bullet 2")
        elif tag == "table":
            self.table, self.table_class = [], " ".join(classes)
        elif tag == "tr" and self.table is not None:
            self.table.append([])
        elif tag in ("td", "th"):
            self.cell, self.cell_header = [], tag == "th"
        else:
            self._inline_start(tag, classes)

    def _start_paragraph(self, classes: list[str]) -> None:
        if self.cell is not None:
            return
        self._new_paragraph()
        if "formula" in classes:
            self.mono += 1
        if "role" in classes:
            self.italic += 1

    def _inline_start(self, tag: str, classes: list[str]) -> None:
        if tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "code":
            self.mono += 1
        elif tag == "br":
            self._line_break()
        elif tag == "span" and "num" in classes and self.heading_level:
            self.number_span = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skip:
            self._line_break()

    def _line_break(self) -> None:
        if self.cell is not None:
            self.cell.append(("\n", False, False, False))
        elif self.paragraph is not None:
            self.paragraph.add_run().add_break()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "title", "nav") and self.skip:
            self.skip -= 1
            return
        if self.skip:
            return
        if tag in ("p", "li", "h1", "h2", "h3"):
            self._end_block(tag)
        elif tag == "ul":
            self.list_depth -= 1
        elif tag in ("td", "th") and self.cell is not None and self.table:
            self.table[-1].append((self.cell_header, self.cell))
            self.cell = None
        elif tag == "table" and self.table is not None:
            _write_table(self.word, self.table, self.table_class)
            self.table, self.paragraph = None, None
        elif tag in ("strong", "b"):
            self.bold -= 1
        elif tag in ("em", "i"):
            self.italic -= 1
        elif tag == "code":
            self.mono -= 1
        elif tag == "span" and self.number_span:
            self.number_span = False
            self._text("\u2002")

    def _end_block(self, tag: str) -> None:
        if self.cell is not None:
            self.cell.append((" ", False, False, False))
            return
        if tag == "p":
            self.mono = 0
            self.italic = 0
        if tag in ("h2", "h3"):
            self.heading_level = 0
        self.paragraph = None

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        text = _SPACES.sub(" ", data)
        if self.mono and "\n" in data and self.cell is None:
            text = data.strip("\n")
        if not text.strip(" ") and (self.paragraph is None or not self.paragraph.runs) and self.cell is None:
            return
        self._text(text)

    def _text(self, text: str) -> None:
        if self.cell is not None:
            self.cell.append((text, self.bold > 0, self.italic > 0, self.mono > 0))
            return
        if self.table is not None:
            return
        if self.paragraph is None:
            self._new_paragraph()
        if not self.paragraph.runs:
            text = text.lstrip(" ")
        run = self.paragraph.add_run(text)
        run.bold = self.bold > 0 or None
        run.italic = self.italic > 0 or None
        if self.mono:
            run.font.name = "Consolas"


def _write_table(word: Any, rows: list[Row], table_class: str) -> None:
    """A Word table with a shaded, repeated header row; fact tables get a shaded first column instead."""
    from docx.shared import Pt

    width = max((len(cells) for cells in rows), default=0)
    if not width:
        return
    table = word.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    for cells in rows:
        row = table.add_row()
        for index, (is_header, runs) in enumerate(cells):
            cell = row.cells[index]
            paragraph = cell.paragraphs[0]
            text_runs = _trim(runs)
            for text, bold, italic, mono in text_runs:
                run = paragraph.add_run(text)
                run.bold = bold or is_header or None
                run.italic = italic or None
                run.font.size = Pt(9)
                if mono:
                    run.font.name = "Consolas"
            if is_header:
                _shade(cell, SOFT if "facts" in table_class else ACCENT, white=("facts" not in table_class))
        if cells and all(is_header for is_header, _ in cells):
            _repeat_header(row)
    word.add_paragraph()


def _trim(runs: list[Run]) -> list[Run]:
    """Drop the blank runs at both ends of a cell (indentation of the template)."""
    items = list(runs)
    while items and not items[0][0].strip(" "):
        items.pop(0)
    while items and not items[-1][0].strip(" "):
        items.pop()
    if items:
        first = items[0]
        items[0] = (first[0].lstrip(" "), *first[1:])
        last = items[-1]
        items[-1] = (last[0].rstrip(" "), *last[1:])
    return items


def _shade(cell: Any, colour: str, white: bool) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    properties.append(shading)
    if white:
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.font.color.rgb = RGBColor.from_string("FFFFFF")


def _repeat_header(row: Any) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)
