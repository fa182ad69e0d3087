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
        "found": "Constats",
        "verdict_ok": "Aucune erreur : le contrat passe la vérification.",
        "verdict_ko": "Le contrat comporte des erreurs à corriger.",
        "none": "Aucun constat.",
    },
    "en": {
        "fix": "Fix",
        "source": "Source",
        "key": "Key point",
        "cov": "Coverage",
        "rules": "Rules",
        "found": "Findings",
        "verdict_ok": "No error: the contract passes the check.",
        "verdict_ko": "The contract has errors to fix.",
        "none": "No finding.",
    },
}


def render_text(report: CheckReport, to_file: bool = False) -> str:
    """Print the report to the terminal (or return it as plain text when ``to_file``)."""
    buffer = io.StringIO() if to_file else None
    console = Console(file=buffer, highlight=False, soft_wrap=False) if buffer else Console(highlight=False)
    words, labels = _WORDS[report.lang], _LABEL[report.lang]
    console.print(Text(f"{report.contract} — {report.file or ''}", style="bold"))
    for score in report.scores:
        findings = [f for f in report.findings if f.key_point == score.key_point]
        colour = "green" if score.coverage >= 90 else ("yellow" if score.coverage >= 60 else "red")
        console.print()
        console.print(
            Text.assemble(
                (f"■ {score.name}", "bold"),
                "  ",
                (f"{score.coverage:.0f} %", colour),
                f"  ({score.rules_passed}/{score.rules_applicable} {words['rules'].lower()})",
            )
        )
        for finding in findings:
            console.print(
                Text.assemble(
                    ("  " + labels[finding.severity].ljust(10), _STYLE[finding.severity]),
                    (finding.rule_id, "dim"),
                    "  ",
                    finding.where,
                )
            )
            console.print(f"    {finding.message}", markup=False)
            console.print(
                Text(
                    f"    → {words['fix']} : {finding.fix}"
                    if report.lang == "fr"
                    else f"    → {words['fix']}: {finding.fix}",
                    style="green",
                )
            )
            console.print(
                Text(
                    f"    {words['source']} : {finding.source}"
                    if report.lang == "fr"
                    else f"    {words['source']}: {finding.source}",
                    style="dim",
                )
            )
    console.print()
    width = max(len(score.name) for score in report.scores) + 2
    console.print(
        Text(
            f"{words['key']:<{width}}{words['cov']:>11}  " + "  ".join(labels[s] for s in ("error", "warning", "info")),
            style="bold",
        )
    )
    for score in report.scores:
        counts = [
            sum(1 for f in report.findings if f.key_point == score.key_point and f.severity == s)
            for s in ("error", "warning", "info")
        ]
        cells = "  ".join(f"{n:>{len(labels[s])}}" for n, s in zip(counts, ("error", "warning", "info"), strict=True))
        console.print(f"{score.name:<{width}}{score.coverage:>9.0f} %  {cells}", markup=False)
    verdict = words["verdict_ko"] if report.has_errors else words["verdict_ok"]
    console.print(Text(verdict, style="bold red" if report.has_errors else "bold green"))
    return buffer.getvalue() if buffer else ""
