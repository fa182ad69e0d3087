"""The checklist as a Markdown table, kept in docs/checklist.md (a test fails when the two drift apart)."""

from __future__ import annotations

from voute.checks.framework import KEY_POINT_NAMES, RULES, KeyPoint


def checklist_markdown() -> str:
    """Every rule, grouped by key point: id, severity, English message, source."""
    lines = [
        "# The checklist",
        "",
        "Generated from `src/voute/checks/` (`python -m voute.checks.doc > docs/checklist.md`). Each rule has a",
        "stable id, a severity, a message and a fix in French and English, and its source. Messages below are the",
        "English templates; `{name}` parts are filled in from the contract.",
        "",
        f"{len(RULES)} rules.",
    ]
    for key_point in KeyPoint:
        rules = [r for r in RULES if r.key_point is key_point]
        if not rules:
            continue
        fr, en = KEY_POINT_NAMES[key_point]
        lines += ["", f"## {en} / {fr}", "", "| id | severity | finding | source |", "|---|---|---|---|"]
        for rule in rules:
            message = rule.message.en.replace("|", "\\|")
            lines.append(f"| `{rule.id}` | {rule.severity.value} | {message} | {rule.source} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # pragma: no cover - documentation generator
    import sys

    import voute.checks  # noqa: F401  (registers the rules)

    sys.stdout.write(checklist_markdown())
