"""``voute evaluate``: the command a user runs each month (text in French or English, JSON, exit status)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
import yaml
from typer.testing import CliRunner

from sla_builders import level
from voute.cli.evaluate import register

CONTRACT = {
    "reference": "T-CLI",
    "title": "Contrat de test",
    "parties": {"client": {"name": "Client SAS"}, "provider": {"name": "Prestataire SAS"}},
    "services": {"items": [{"id": "svc", "kind": "customer_service", "name": "Service",
                            "description": "Appels entrants.", "channels": ["call"]}]},
    "costs": {"currency": "EUR"},
    "service_levels": {
        "at_risk_amount": "12%",
        "levels": [level("sl", tiers=[{"threshold": "80%", "credit": "3%"}, {"threshold": "75%", "credit": "6%"}],
                         cap_per_period="10%", earn_back={"periods": 1}) | {"name": "Taux de service"}],
        "milestones": [{"id": "go_live", "name": "Ouverture", "due": "2027-02-01", "deliverable": "PV",
                        "delay_penalty": {"formula": "ccag", "basis_value": "450000", "exemption_threshold": "0"}}],
    },
}
FEBRUARY = "period: 2027-02\nfees: {svc: \"50000.00\"}\nlevels: {sl: \"76.2%\"}\nmilestones: {go_live: 2027-02-04}\n"
MARCH = "contract: T-CLI\nperiod: 2027-03\nfees: {svc: \"52000.00\"}\nlevels: {sl: \"82%\"}\n"


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.command("other")
    def _other() -> None:  # a second command keeps typer from flattening the app into one command
        """Unused."""

    return app


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    paths = {"contract": tmp_path / "contrat.yaml", "feb": tmp_path / "fevrier.yaml", "mar": tmp_path / "mars.yaml"}
    paths["contract"].write_text(yaml.safe_dump(CONTRACT, allow_unicode=True), encoding="utf-8")
    paths["feb"].write_text(FEBRUARY, encoding="utf-8")
    paths["mar"].write_text(MARCH, encoding="utf-8")
    return paths


def run(app: typer.Typer, *args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["evaluate", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def test_evaluate_prints_credits_with_their_formulas_in_french(app: typer.Typer, files: dict[str, Path]) -> None:
    code, out, _ = run(app, files["contract"], "-m", files["feb"], "--period", "2027-02")
    assert code == 1  # a level is missed
    assert "✗ sl (Taux de service): 76.2%, cible >= 80%, manqué" in out
    # the engine's formulas in French: words, decimal commas, narrow spaces between thousands, "3 %"
    assert "palier : 76,2\u00a0% < 80\u00a0% : 3\u00a0% × 50\u202f000,00 (redevance svc 2027-02) = 1\u202f500,00" in out
    assert "P = V × R / 1000 = 450\u202f000,00 × 3 / 1000 = 1\u202f350,00" in out
    assert "fee svc" not in out
    assert "à déduire de la facture" in out and "2\u202f850,00 €" in out


def test_history_feeds_earn_back_and_json_output(app: typer.Typer, files: dict[str, Path]) -> None:
    code, out, _ = run(app, files["contract"], "-m", files["mar"], "--history", files["feb"], "--period", "2027-03",
                       "--format", "json")
    data = json.loads(out)
    assert data["history"] == ["2027-02"]
    assert data["earn_back"][0] | {"judged": None} == {
        "level_id": "sl", "origin": "2027-02", "amount": "1500.00", "status": "returned", "decided_in": "2027-03",
        "judged": None, "rule": "1 × target_met_each_period"}
    assert data["totals"]["net_deduction"] == "-1500.00"
    assert code == 0


def test_english_report_written_to_a_file(app: typer.Typer, files: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.txt"
    code, out, _ = run(app, files["contract"], "-m", files["feb"], "-p", "2027-02", "--lang", "en", "-o", target)
    assert code == 1 and out == ""
    text = target.read_text(encoding="utf-8")
    assert "Evaluation of contract T-CLI for 2027-02" in text and "to deduct from the invoice" in text
    assert not list(target.parent.glob(".*.tmp"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "mars"], "cannot read the month 'mars'"),
        (["--period", "2027-04"], "no measurements for 2027-04"),
        (["--period", "2027-03", "--records", "x.csv"], "--records needs --records-format"),
    ],
)
def test_bad_input_exits_2_with_a_located_message(app: typer.Typer, files: dict[str, Path], args: list[str],
                                                  message: str) -> None:
    code, out, err = run(app, files["contract"], "-m", files["mar"], *args)
    assert code == 2 and message in err and "Traceback" not in err + out


def test_a_measurement_error_names_the_file_and_line(app: typer.Typer, files: dict[str, Path]) -> None:
    files["mar"].write_text(MARCH.replace('"82%"', '"182%"'), encoding="utf-8")
    code, _, err = run(app, files["contract"], "-m", files["mar"], "-p", "2027-03")
    assert code == 2 and f"{files['mar']}:4" in err and "at most 100%" in err


def test_help_explains_the_command(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["evaluate", "--help"])
    assert result.exit_code == 0
    for words in ("--measurements", "--history", "--records-format", "earn-back", "Exit status"):
        assert words in result.stdout


def test_the_shipped_example_evaluates(app: typer.Typer) -> None:
    root = Path(__file__).resolve().parents[1]
    code, out, _ = run(app, root / "examples/contrat-complet.yaml", "-m",
                       root / "examples/measurements-2027-03.yaml", "-p", "2027-03", "-f", "json")
    data = json.loads(out)
    assert code == 1
    assert data["totals"]["credits"] == "4090.25"
    assert [c["level_id"] for c in data["credits"]] == ["sl_appels_client", "abandon_client", "completion_enquetes"]
