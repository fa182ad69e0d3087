"""Turn a file someone sent us (PDF, DOCX, Markdown, plain text) into one text with page boundaries.

Every later step (segmentation, classification, extraction) works on character offsets into this text, so a
finding can always point back at the page it came from. For Markdown and plain text, the text is the file
itself, decoded and left untouched: the offsets are offsets into the original file.

Hostile or unusable input raises :class:`voute.errors.DocumentError` with a located message, never a raw
traceback: corrupt or encrypted PDF, PDF without a text layer, zip bombs, XML entity tricks, binary garbage.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from voute.errors import DocumentError, Location

__all__ = ["MAX_INPUT_BYTES", "Document", "decode_text", "read_document"]

# A contract is a few MB at most; anything far larger is refused before we spend time on it.
MAX_INPUT_BYTES = 200 * 1024 * 1024

_TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".mdown"}


@dataclass(frozen=True)
class Document:
    """Extracted text of a document, with the offset where each page starts (page 1 starts at 0)."""

    text: str
    source: str
    kind: str
    page_starts: tuple[int, ...] = (0,)
    warnings: tuple[str, ...] = field(default=())

    def page_at(self, offset: int) -> int:
        """Page number (1-based) of a character offset."""
        return max(1, bisect.bisect_right(self.page_starts, offset))

    @property
    def pages(self) -> int:
        """Number of pages (1 for text formats without page breaks)."""
        return len(self.page_starts)


def read_document(path: Path) -> Document:
    """Read a PDF, DOCX, Markdown or text file; raise DocumentError when it cannot be used.

    The format is decided from the file content first (PDF and zip signatures), then from the suffix.
    """
    where = Location(file=str(path))
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise DocumentError.single(f"cannot open the file: {exc.strerror or exc}", where, "unreadable") from None
    if not path.is_file():
        raise DocumentError.single("not a regular file", where, "unreadable")
    if size == 0:
        raise DocumentError.single("the file is empty", where, "empty")
    if size > MAX_INPUT_BYTES:
        raise DocumentError.single(f"the file is too large ({size} bytes)", where, "too-large")
    head = _read_head(path, where)
    suffix = path.suffix.lower()
    if head.lstrip()[:5] == b"%PDF-" or suffix == ".pdf":
        from voute.review._pdf import read_pdf

        return read_pdf(path)
    if head[:4] == b"PK\x03\x04" or suffix in {".docx", ".docm", ".dotx"}:
        from voute.review._docx import read_docx

        return read_docx(path)
    if suffix in {".doc", ".rtf", ".odt", ".pages"}:
        raise DocumentError.single(
            f"'{suffix}' files are not supported: save the document as PDF, DOCX or text", where, "format"
        )
    return _read_text(path, where, suffix)


def _read_head(path: Path, where: Location) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(1024)
    except OSError as exc:
        raise DocumentError.single(f"cannot read the file: {exc.strerror or exc}", where, "unreadable") from None


def _read_text(path: Path, where: Location, suffix: str) -> Document:
    data = path.read_bytes()
    text = decode_text(data, where)
    kind = "markdown" if suffix in {".md", ".markdown", ".mdown"} else "text"
    return Document(text=text, source=str(path), kind=kind, page_starts=_form_feed_pages(text))


def decode_text(data: bytes, where: Location | None = None) -> str:
    """Decode text bytes: UTF-8 (or UTF-16 with a BOM), else cp1252, else Latin-1; refuse binary data.

    Nothing is normalised (no newline or BOM stripping), so character offsets stay those of the file.
    """
    where = where or Location()
    if not data.strip():
        raise DocumentError.single("the file is empty", where, "empty")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DocumentError.single("invalid UTF-16 text", where, "encoding") from None
    if _looks_binary(data):
        raise DocumentError.single(
            "this is not a text document (binary content); expected PDF, DOCX, Markdown or text",
            where,
            "binary",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte and is the usual culprit then.
        text = data.decode("latin-1")
    if _control_share(text) > 0.01:
        raise DocumentError.single("unknown text encoding (neither UTF-8 nor Windows-1252)", where, "encoding")
    return text


def _looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > len(sample) * 0.01


def _control_share(text: str) -> float:
    sample = text[:65536]
    odd = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\f\r") or 0x80 <= ord(ch) < 0xA0)
    return odd / max(1, len(sample))


def _form_feed_pages(text: str) -> tuple[int, ...]:
    starts = [0]
    position = text.find("\f")
    while position != -1:
        starts.append(position + 1)
        position = text.find("\f", position + 1)
    return tuple(starts)
