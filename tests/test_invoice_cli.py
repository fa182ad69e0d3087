"""``voute invoice``: the draft as JSON, CSV, HTML or PDF; volumes from a file or records; located errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from voute.cli import invoice as invoice_cli
from voute.cli.invoice import register

FIXTURES = Path(__file__).parent / "fixtures" / "billing"
CONTRACT = str(FIXTURES / "contrat.yaml")
VOLUMES = str(FIXTURES / "volumes-2027-03.yaml")


def cli() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:
        """Test application."""

    return app


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli(), list(args))
    return result.exit_code, result.output


def test_json_draft_on_stdout() -> None:
    code, out = run("invoice", CONTRACT, "-p", "2027-03", "--volumes", VOLUMES)
    assert code == 0, out
    draft = json.loads(out)
    assert draft["totals"] == {"excl_vat": "33750.00", "vat": "6750.00", "incl_vat": "40500.00"}
    assert all(line["measurement"] and line["clause"] for line in draft["lines"])


def test_csv_and_html_written_atomically(tmp_path: Path) -> None:
    target = tmp_path / "out" / "draft.csv"
    assert run("invoice", CONTRACT, "-p", "2027-03", "-v", VOLUMES, "-f", "csv", "-o", str(target))[0] == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["amount"] for r in rows] == ["20000.00", "750.00", "12000.00", "1000.00"]
    html = tmp_path / "draft.html"
    assert (
        run(
            "invoice", CONTRACT, "-p", "2027-03", "-v", VOLUMES, "-f", "html", "--lang", "en", "-o", str(html)
        )[0]
        == 0
    )
    assert "Invoice draft" in html.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.rglob(".*.tmp")] == []


def test_pdf_needs_an_output_file() -> None:
    code, out = run("invoice", CONTRACT, "-p", "2027-03", "-v", VOLUMES, "-f", "pdf")
    assert code == 2
    assert "-o facture.pdf" in out


def test_pdf_is_written(tmp_path: Path) -> None:
    pytest.importorskip("weasyprint")
    target = tmp_path / "f.pdf"
    assert run("invoice", CONTRACT, "-p", "2027-03", "-v", VOLUMES, "-f", "pdf", "-o", str(target))[0] == 0
    assert target.read_bytes().startswith(b"%PDF")


def test_volumes_counted_from_records() -> None:
    code, out = run(
        "invoice",
        CONTRACT,
        "-p",
        "2027-03",
        "--records",
        str(FIXTURES / "calls.csv"),
        "--records-format",
        "canonical-calls",
        "--map-service",
        "hotline_q=hotline",
        "--volumes",
        str(FIXTURES / "volumes-fte-2027-03.yaml"),
    )
    assert code == 0, out
    calls = [line for line in json.loads(out)["lines"] if line["ref"] == "calls"]
    # 3 calls answered in March (the April one is outside): far below the band 9000-11000, so at 2.50
    assert [(c["quantity"], c["role"], c["amount"]) for c in calls] == [("3", "below_tolerance", "7.50")]
    assert "calls.csv" in calls[0]["measurement"] and "answered calls" in calls[0]["measurement"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-p", "2027-03"], "give the month's volumes"),
        (["-p", "mars", "-v", VOLUMES], "expected a month such as 2027-12"),
        (["-p", "2027-04", "-v", VOLUMES], "no volumes for 2027-04"),
        (["-p", "2027-03", "--records", str(FIXTURES / "calls.csv")], "--records needs --records-format"),
        (["-p", "2027-03", "-v", VOLUMES, "--credits", str(FIXTURES / "nope.yaml")], "fichier introuvable (crédits)"),
        (["-p", "2028-02", "-v", str(FIXTURES / "volumes-2027-03.yaml")], "no volumes for 2028-02"),
    ],
)
def test_unusable_inputs_exit_2_with_a_message(args: list[str], message: str) -> None:
    code, out = run("invoice", CONTRACT, *args)
    assert code == 2
    assert message in out
    assert "Traceback" not in out


def test_unknown_service_in_volumes_is_located(tmp_path: Path) -> None:
    path = tmp_path / "v.yaml"
    path.write_text("period: 2027-03\nvolumes:\n  hotlines: {calls: 3}\n", encoding="utf-8")
    code, out = run("invoice", CONTRACT, "-p", "2027-03", "-v", str(path))
    assert code == 2
    assert f"{path}:3:" in out
    assert "volumes.hotlines: unknown service 'hotlines'; did you mean hotline?" in out


def test_commands_explain_themselves() -> None:
    for command in ("invoice", "reconcile"):
        code, out = run(command, "--help")
        assert code == 0
        assert "Exit status" in out
    assert "--tolerance" in invoice_cli.RECONCILE_HELP
