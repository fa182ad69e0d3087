"""The HTML writer: one standalone page (style sheet inlined), also the source of the PDF."""

from __future__ import annotations

from importlib.resources import files

from markupsafe import Markup

from voute.render.document import Assembled, environment


def write_html(document: Assembled) -> str:
    """The complete HTML page of an assembled document."""
    css = (files("voute.render") / "templates" / "style.css").read_text(encoding="utf-8")
    template = environment(document.lang).get_template("document.html.j2")
    return template.render(c=document.contract, doc=document, lang=document.lang, css=Markup(css))
