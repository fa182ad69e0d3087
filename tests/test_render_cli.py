"""``voute render`` (issue 4): default output name, located errors with exit status 2, no half-written file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from voute.cli import render as render_cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "contrat-complet.yaml"


def _app() -> typer.Typer:
    app = typer.Typer()
    render_cli.register(app)

    @app.callback()
    def _root() -> None:
        """Test app."""

    return app


@pytest.mark.parametrize(("args", "name"), [(["-f", "html"], "contrat.html"),
                                            (["-f", "html", "--lang", "en"], "contrat.en.html")])
def test_default_output_sits_next_to_the_contract(tmp_path: Path, args: list[str], name: str) -> None:
    contract = tmp_path / "contrat.yaml"
    shutil.copy(EXAMPLE, contract)
    result = CliRunner().invoke(_app(), ["render", str(contract), *args])
    assert result.exit_code == 0, result.output
    assert (tmp_path / name).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_invalid_contract_gives_a_located_error_and_exit_2(tmp_path: Path) -> None:
    contract = tmp_path / "bad.yaml"
    contract.write_text("reference: X\ntitle: T\nparties:\n  client: {name: A}\n  provider: {nme: B}\n",
                        encoding="utf-8")
    result = CliRunner().invoke(_app(), ["render", str(contract), "-f", "pdf"])
    assert result.exit_code == 2
    assert "bad.yaml:5" in result.output
    assert not (tmp_path / "bad.pdf").exists()


def test_refuses_to_overwrite_the_contract(tmp_path: Path) -> None:
    contract = tmp_path / "c.yaml"
    shutil.copy(EXAMPLE, contract)
    result = CliRunner().invoke(_app(), ["render", str(contract), "-f", "html", "-o", str(contract)])
    assert result.exit_code == 2
    assert contract.read_text(encoding="utf-8") == EXAMPLE.read_text(encoding="utf-8")


def test_help_explains_the_command() -> None:
    result = CliRunner().invoke(_app(), ["render", "--help"])
    assert result.exit_code == 0
    assert "docx" in result.output and "--lang" in result.output
