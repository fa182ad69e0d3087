"""`voute check` and `voute schema` as a user runs them: exit statuses, formats, languages (issue 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from voute.cli import app

ROOT = Path(__file__).parent.parent
COMPLETE = ROOT / "examples" / "contrat-complet.yaml"
WEAK = ROOT / "examples" / "contrat-faible.yaml"
runner = CliRunner()

# What the weak example must be told, rule by rule (its comment promises these).
WEAK_EXPECTED = {
    "term.tacit-renewal",
    "service_levels.penalty-cap",
    "indemnification.cap",
    "disputes.amicable",
    "continuity.plan",
    "gdpr.28-3-a",
    "gdpr.28-3-b",
    "gdpr.28-3-c",
    "gdpr.28-3-d",
    "gdpr.28-3-e",
    "gdpr.28-3-f",
    "gdpr.28-3-g",
    "gdpr.28-3-h",
    "gdpr.28-3-particulars",
    "gdpr.28-2-sub-processors",
    "gdpr.33-over-72h",
    "gdpr.44-transfers",
    "costs.revision",
    "costs.payment-delay",
    "costs.late-payment",
    "monitoring.audits",
    "exit.present",
    "staff.vigilance",
    "term.early-termination",
    "indemnification.insurance",
    "confidentiality.present",
    "subcontracting.present",
}


def test_complete_example_passes() -> None:
    result = runner.invoke(app, ["check", str(COMPLETE), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["summary"]["error"] == 0 and report["summary"]["passed"] is True


def test_weak_example_fails_with_every_expected_finding() -> None:
    result = runner.invoke(app, ["check", str(WEAK), "--format", "json", "--lang", "en"])
    assert result.exit_code == 1
    found = {f["rule_id"] for f in json.loads(result.output)["findings"]}
    assert found >= WEAK_EXPECTED, WEAK_EXPECTED - found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_text_report_groups_by_key_point(lang: str, tmp_path: Path) -> None:
    out = tmp_path / "report.txt"
    result = runner.invoke(app, ["check", str(WEAK), "--lang", lang, "-o", str(out)])
    assert result.exit_code == 1
    text = out.read_text(encoding="utf-8")
    heading = "Niveaux de service" if lang == "fr" else "Service levels"
    assert heading in text and "term.tacit-renewal" in text
    assert ("Correction" if lang == "fr" else "Fix") in text
    assert "contrat-faible.yaml:57:" in text  # findings are located in the file


def test_sarif_output_is_well_formed() -> None:
    result = runner.invoke(app, ["check", str(WEAK), "--format", "sarif"])
    assert result.exit_code == 1
    sarif = json.loads(result.output)
    run = sarif["runs"][0]
    assert sarif["version"] == "2.1.0"
    rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert all(r["ruleId"] in rule_ids for r in run["results"])
    tacit = next(r for r in run["results"] if r["ruleId"] == "term.tacit-renewal")
    assert tacit["level"] == "warning"
    assert tacit["locations"][0]["physicalLocation"]["region"]["startLine"] == 57


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary", b"reference: [unclosed\n", b"services: 3\n"])
def test_unusable_input_exits_2_without_traceback(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "bad.yaml" in result.stderr


def test_output_file_not_written_on_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("reference: x\n", encoding="utf-8")
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["check", str(bad), "--format", "json", "-o", str(out)])
    assert result.exit_code == 2 and not out.exists()


def test_schema_command_describes_the_contract(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    result = runner.invoke(app, ["schema", "-o", str(out)])
    assert result.exit_code == 0
    schema = json.loads(out.read_text(encoding="utf-8"))
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"parties", "services", "service_levels", "term", "data_protection"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False  # unknown keys are errors for editors too
    slot = schema["$defs"]["OpeningSlot"]["properties"]
    assert "from" in slot and "to" in slot  # the names the file uses


def test_every_command_has_help_and_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    docs = readme + "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md"))
    for command in app.registered_commands:
        name = command.name or ""
        help_text = command.help or (command.callback.__doc__ if command.callback else None) or ""
        assert help_text.strip(), f"`voute {name}` has no help text"
        assert f"voute {name}" in docs, f"`voute {name}` is not documented"
