"""The PDF writer: WeasyPrint lays out the HTML page on A4, with running headers and "page X / Y"."""

from __future__ import annotations

from voute.render.document import Assembled
from voute.render.html import write_html


def write_pdf(document: Assembled) -> bytes:
    """The PDF of an assembled document (WeasyPrint is imported here: it takes a while to load)."""
    import weasyprint

    pdf = weasyprint.HTML(string=write_html(document)).write_pdf()
    if pdf is None:  # pragma: no cover - write_pdf returns bytes when no target is given
        raise RuntimeError("WeasyPrint produced no PDF")
    return bytes(pdf)
