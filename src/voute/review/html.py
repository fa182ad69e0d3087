"""A self-contained HTML report that highlights the evidence in the document text.

Everything that comes from the document is escaped: a contract is untrusted input.
"""

from __future__ import annotations

from html import escape

from voute.review.report import STATUS_FR, ReviewReport, confidence_text

__all__ = ["render_html"]

_STYLE = """
body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem;color:#222}
h1{font-size:1.4rem} h2{font-size:1.15rem;margin-top:2rem}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}
.covered{color:#176b2c}.partial{color:#9a6700}.missing{color:#b42318}
.error{color:#b42318;font-weight:bold}.warning{color:#9a6700;font-weight:bold}.info{color:#555}
mark{background:#fff1a8} pre{white-space:pre-wrap;font-family:inherit;border-top:1px solid #ccc;padding-top:1rem}
"""


def render_html(report: ReviewReport, lang: str = "fr") -> str:
    """The whole report as one HTML page, in French or English."""
    french = lang == "fr"
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"fr" if french else "en"}"><head><meta charset="utf-8">',
        f"<title>{escape(_t(french, 'Revue', 'Review'))} – {escape(report.source)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        f"<h1>{escape(_t(french, 'Revue du contrat', 'Contract review'))} : {escape(report.source)}</h1>",
        f"<p>{report.pages} page(s), {report.characters} {_t(french, 'caractères', 'characters')}, "
        f"{_t(french, 'langue', 'language')} {escape(report.language)}</p>",
        *_key_points(report, french),
        *_flags(report, french),
        *_labels(report, french),
        *_text(report, french),
        "</body></html>",
    ]
    return "\n".join(parts)


def _t(french: bool, fr: str, en: str) -> str:
    return fr if french else en


def _key_points(report: ReviewReport, french: bool) -> list[str]:
    rows = [f"<h2>{_t(french, 'Points clés', 'Key points')}</h2><table>"]
    for point in report.key_points:
        name = point.name_fr if french else point.name_en
        shown = STATUS_FR.get(point.status, point.status) if french else point.status
        rows.append(f'<tr><td>{escape(name)}</td><td class="{point.status}">{escape(shown)}</td></tr>')
    rows.append("</table>")
    return rows


def _flags(report: ReviewReport, french: bool) -> list[str]:
    rows = [f"<h2>{_t(french, 'Risques', 'Risks')}</h2><table>"]
    for flag in report.flags:
        message, hint = (flag.message_fr, flag.hint_fr) if french else (flag.message_en, flag.hint_en)
        link = f' <a href="#e{flag.start}">p. {flag.page}</a>' if flag.start is not None else ""
        rows.append(
            f'<tr><td class="{flag.severity}">{escape(flag.severity)}</td><td>{escape(flag.id)}</td>'
            f"<td>{escape(message)}{link}<br><small>{escape(hint)} — {escape(flag.source)}</small></td></tr>"
        )
    rows.append("</table>")
    return rows


def _labels(report: ReviewReport, french: bool) -> list[str]:
    rows = [
        f"<h2>{_t(french, 'Clauses', 'Clauses')}</h2><table><tr><th></th><th></th>"
        f"<th>{_t(french, 'Confiance', 'Confidence')}</th><th>{_t(french, 'Passages', 'Evidence')}</th></tr>"
    ]
    for finding in report.labels:
        name = finding.name_fr if french else finding.name_en
        state = _t(french, "présent", "present") if finding.present else _t(french, "absent", "absent")
        links = " ".join(f'<a href="#e{ev.start}">p. {ev.page} ({ev.score:.2f})</a>' for ev in finding.evidence)
        sure = "" if finding.confidence is None else confidence_text(finding.confidence, french)
        rows.append(f"<tr><td>{escape(name)}</td><td>{escape(state)}</td><td>{sure}</td><td>{links}</td></tr>")
    rows.append("</table>")
    return rows


def _text(report: ReviewReport, french: bool) -> list[str]:
    spans = sorted(
        {(ev.start, ev.end) for finding in report.labels for ev in finding.evidence}
        | {(flag.start, flag.end) for flag in report.flags if flag.start is not None and flag.end is not None}
    )
    merged: list[tuple[int, int, list[int]]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            first, last, anchors = merged[-1]
            merged[-1] = (first, max(last, end), [*anchors, start])
        else:
            merged.append((start, end, [start]))
    out: list[str] = [f"<h2>{_t(french, 'Texte', 'Text')}</h2><pre>"]
    position = 0
    for start, end, anchors in merged:
        out.append(escape(report.text[position:start]))
        ids = "".join(f'<a id="e{anchor}"></a>' for anchor in anchors)
        out.append(f"{ids}<mark>{escape(report.text[start:end])}</mark>")
        position = end
    out.append(escape(report.text[position:]))
    out.append("</pre>")
    return ["".join(out)]
