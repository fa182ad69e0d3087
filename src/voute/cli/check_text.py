"""The Rich text report of ``voute check``: grouped by key point, with a coverage score per key point."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from voute.checks.report import CheckReport

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
_LABEL = {
    "fr": {"error": "ERREUR", "warning": "ATTENTION", "info": "INFO"},
    "en": {"error": "ERROR", "warning": "WARNING", "info": "INFO"},
}
_WORDS = {
    "fr": {
        "fix": "Correction",
        "source": "Source",
        "key": "Point clé",
        "cov": "Couverture",
        "rules": "Règles",
        "verdict_ok": "Aucune erreur : le contrat passe la vérification.",
        "verdict_ko": "Le contrat comporte des erreurs à corriger.",
    },
    "en": {
        "fix": "Fix",
        "source": "Source",
        "key": "Key point",
        "cov": "Coverage",
        "rules": "Rules",
        "verdict_ok": "No error: the contract passes the check.",
        "verdict_ko": "The contract has errors to fix.",
    },
}


def render_text(report: CheckReport, to_file: bool = False) -> str:
    """Print the report to the terminal (or return it as plain text when ``to_file``).

    The report is assembled as one styled text and printed once: Rich's cost is per print call.
    """
    buffer = io.StringIO() if to_file else None
    console = Console(file=buffer, highlight=False, soft_wrap=False) if buffer else Console(highlight=False)
    words, labels = _WORDS[report.lang], _LABEL[report.lang]
    colon = " :" if report.lang == "fr" else ":"
    out = Text()
    out.append(f"{report.contract} — {report.file or ''}\n", style="bold")
    for score in report.scores:
        colour = "green" if score.coverage >= 90 else ("yellow" if score.coverage >= 60 else "red")
        out.append(f"\n■ {score.name}", style="bold")
        out.append("  ")
        out.append(f"{score.coverage:.0f} %", style=colour)
        out.append(f"  ({score.rules_passed}/{score.rules_applicable} {words['rules'].lower()})\n")
        for finding in (f for f in report.findings if f.key_point == score.key_point):
            out.append("  " + labels[finding.severity].ljust(10), style=_STYLE[finding.severity])
            out.append(finding.rule_id, style="dim")
            out.append(f"  {finding.where}\n    {finding.message}\n")
            out.append(f"    → {words['fix']}{colon} {finding.fix}\n", style="green")
            out.append(f"    {words['source']}{colon} {finding.source}\n", style="dim")
    out.append("\n")
    _summary(out, report, words, labels)
    verdict = words["verdict_ko"] if report.has_errors else words["verdict_ok"]
    out.append(verdict, style="bold red" if report.has_errors else "bold green")
    console.print(out)
    return buffer.getvalue() if buffer else ""


def _summary(out: Text, report: CheckReport, words: dict[str, str], labels: dict[str, str]) -> None:
    severities = ("error", "warning", "info")
    width = max(len(score.name) for score in report.scores) + 2
    header = f"{words['key']:<{width}}{words['cov']:>11}  " + "  ".join(labels[s] for s in severities)
    out.append(header + "\n", style="bold")
    for score in report.scores:
        counts = [
            sum(1 for f in report.findings if f.key_point == score.key_point and f.severity == s) for s in severities
        ]
        cells = "  ".join(f"{n:>{len(labels[s])}}" for n, s in zip(counts, severities, strict=True))
        out.append(f"{score.name:<{width}}{score.coverage:>9.0f} %  {cells}\n")
