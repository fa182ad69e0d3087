"""Render a contract as a document ready to sign: HTML, PDF or DOCX, in French or English.

>>> import voute
>>> from voute.render import render
>>> data = render(voute.load("examples/contrat-complet.yaml"), "pdf", "en")  # doctest: +SKIP

The clause library lives in ``templates/<lang>/``: one template per article and per annex, written in our own
words. A clause the contract leaves out is not rendered; the others are renumbered.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from voute.contract.model import Contract
from voute.errors import InputError, Location

__all__ = ["Format", "render", "render_to_file"]


class Format(StrEnum):
    html = "html"
    pdf = "pdf"
    docx = "docx"


def render(contract: Contract, output_format: Format | str, lang: str | None = None) -> bytes:
    """The document of ``contract`` as bytes (UTF-8 for HTML); ``lang`` defaults to the contract's language."""
    from voute.render.document import assemble

    chosen = Format(output_format)
    language = lang or contract.language.value
    if language not in ("fr", "en"):
        raise InputError.single(f"unknown language {language!r}: choose fr or en", Location(path="lang"))
    document = assemble(contract, language)
    if chosen is Format.html:
        from voute.render.html import write_html

        return write_html(document).encode("utf-8")
    if chosen is Format.pdf:
        from voute.render.pdf import write_pdf

        return write_pdf(document)
    from voute.render.docx import write_docx

    return write_docx(document)


def render_to_file(contract: Contract, path: Path, output_format: Format | str, lang: str | None = None) -> Path:
    """Render and write atomically (temporary file, then rename): a failure never leaves half a document."""
    from voute.atomic import write_atomic

    return write_atomic(path, render(contract, output_format, lang))
