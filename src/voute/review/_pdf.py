"""PDF text layer extraction with pypdf, page by page, with clear refusals for unusable files."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from voute.errors import DocumentError, Location
from voute.review.ingest import Document

# Below this many letters per page on average, the PDF is a scan: its text needs OCR first.
_MIN_LETTERS_PER_PAGE = 25
_MAX_PAGES = 5000


def read_pdf(path: Path) -> Document:
    """Extract the text layer of every page; pages are separated by a form feed."""
    where = Location(file=str(path))
    reader = _open(path, where)
    texts = _page_texts(reader, where)
    letters = sum(sum(ch.isalpha() for ch in text) for text in texts)
    if letters < _MIN_LETTERS_PER_PAGE * len(texts):
        raise DocumentError.single(
            "this PDF has no usable text layer (scanned images?): run OCR on it first, then review the OCR output",
            where,
            "ocr-needed",
        )
    starts: list[int] = []
    parts: list[str] = []
    offset = 0
    for text in texts:
        starts.append(offset)
        parts.append(text)
        offset += len(text) + 1
    return Document(text="\f".join(parts), source=str(path), kind="pdf", page_starts=tuple(starts))


def _open(path: Path, where: Location) -> Any:
    from pypdf import PdfReader

    # pypdf logs warnings for every small defect; the library must stay quiet.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path), strict=False)
        encrypted = reader.is_encrypted
    except Exception as exc:  # pypdf raises many unrelated types on broken files
        raise DocumentError.single(f"corrupt or unreadable PDF ({_short(exc)})", where, "corrupt") from None
    if encrypted:
        _decrypt(reader, where)
    return reader


def _decrypt(reader: Any, where: Location) -> None:
    # Many PDFs are encrypted only to restrict printing or copying, with an empty user password.
    try:
        opened = reader.decrypt("")
    except Exception as exc:
        raise DocumentError.single(f"encrypted PDF that cannot be opened ({_short(exc)})", where, "encrypted") from None
    if not opened:
        raise DocumentError.single(
            "this PDF is protected by a password: remove the protection and try again", where, "encrypted"
        )


def _page_texts(reader: Any, where: Location) -> list[str]:
    try:
        pages = reader.pages
        count = len(pages)
    except Exception as exc:
        raise DocumentError.single(f"corrupt PDF: no page tree ({_short(exc)})", where, "corrupt") from None
    if count == 0:
        raise DocumentError.single("this PDF has no pages", where, "empty")
    if count > _MAX_PAGES:
        raise DocumentError.single(f"too many pages ({count})", where, "too-large")
    texts: list[str] = []
    for number in range(count):
        try:
            text = pages[number].extract_text() or ""
        except Exception as exc:
            page_where = Location(file=where.file, page=number + 1)
            raise DocumentError.single(f"cannot read this page ({_short(exc)})", page_where, "corrupt") from None
        texts.append(text.replace("\f", "\n").replace("\x00", ""))
    return texts


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:160]
