"""`voute review FILE`: formats, output file, exit statuses (issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from review_fixtures import CONTRACT_FR
from voute.cli.review import register


@pytest.fixture
def app() -> typer.Typer:
    application = typer.Typer()
    register(application)

    @application.command()
    def version() -> None:  # a second command keeps `review` a named subcommand
        """Print nothing."""

    return application


@pytest.fixture
def contract(tmp_path: Path) -> Path:
    path = tmp_path / "contrat.md"
    path.write_text(CONTRACT_FR, encoding="utf-8")
    return path


def test_text_report(app: typer.Typer, contract: Path) -> None:
    result = CliRunner().invoke(app, ["review", str(contract)])
    assert result.exit_code == 0, result.output
    assert "REV-RENEWAL-TACIT" in result.output
    assert "Points clés" in result.output


def test_json_report_to_file(app: typer.Typer, contract: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["review", str(contract), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert "renewal" in [label["label"] for label in data["labels"] if label["present"]]
    assert not list(tmp_path.glob(".report.json.*"))  # no temporary file left behind


def test_html_report_escapes_the_document(app: typer.Typer, tmp_path: Path) -> None:
    path = tmp_path / "evil.txt"
    path.write_text("<script>alert(1)</script> Le présent contrat est soumis au droit français.", encoding="utf-8")
    result = CliRunner().invoke(app, ["review", str(path), "--format", "html", "--lang", "fr"])
    assert result.exit_code == 0, result.output
    assert "<script>alert(1)</script>" not in result.output
    assert "&lt;script&gt;" in result.output
    assert "<mark>" in result.output


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02\x03" * 100, b"%PDF-1.7\nnot really a pdf"])
def test_unusable_input_exits_2(app: typer.Typer, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "input.pdf"
    path.write_bytes(content)
    result = CliRunner().invoke(app, ["review", str(path)])
    assert result.exit_code == 2
    assert "input.pdf" in result.output
    assert "Traceback" not in result.output


def test_help_explains_the_command(app: typer.Typer) -> None:
    result = CliRunner().invoke(app, ["review", "--help"])
    assert result.exit_code == 0
    assert "check-list" in result.output
    assert "--format" in result.output
