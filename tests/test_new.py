"""``voute new`` (issue 4): a scripted questionnaire writes a contract that loads, in French and English."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import voute
from voute import catalogue
from voute.cli import new as new_cli
from voute.render.draft import KPI_DEFAULTS, Answers, ServiceChoice, build


def _app() -> typer.Typer:
    app = typer.Typer()
    new_cli.register(app)

    @app.callback()
    def _root() -> None:
        """Test app."""

    return app


def _script(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# reference, title, client, provider, start, months, services, then per service: name, levels, targets...,
# volume, unit, price; then credit, cap, payment days, personal data, court.
FRENCH = _script("ML-2027-9", "", "Maison & Fils <SA>", "Appels d'Or SAS", "2027-03-01", "24", "10,3",
                 "", "1,3", "85%", "4%", "12000", "", "3.10",
                 "", "1", "30%", "1200", "", "4.80",
                 "", "", "", "y", "")


def test_scripted_french_questionnaire_writes_a_contract_that_loads(tmp_path: Path) -> None:
    target = tmp_path / "contrat.yaml"
    result = CliRunner().invoke(_app(), ["new", "-o", str(target)], input=FRENCH)
    assert result.exit_code == 0, result.output
    contract = voute.load(target)
    assert contract.parties.client.name == "Maison & Fils <SA>"
    assert contract.term is not None and str(contract.term.initial_duration) == "24 months"
    assert contract.services is not None
    assert [s.kind for s in contract.services.items] == ["customer_service", "surveys"]
    assert contract.service_levels is not None
    targets = {(lv.service, lv.kpi): lv.target for lv in contract.service_levels.levels}
    assert targets[("customer_service", "service_level")] == "85%"
    assert targets[("customer_service", "abandon_rate")] == "4%"
    assert targets[("surveys", "survey_completion_rate")] == "30%"
    assert voute.check(contract).contract  # the checklist runs on it


def test_invalid_answers_are_asked_again(tmp_path: Path) -> None:
    target = tmp_path / "c.yaml"
    script = _script("R-1", "", "", "Client SA", "Prov SAS", "01/03/2027", "2027-03-01", "zéro", "12", "99", "4",
                     "", "9", "1", "120%%x", "70%", "0", "", "1000",
                     "", "", "", "n", "")
    result = CliRunner().invoke(_app(), ["new", "-o", str(target), "--lang", "en"], input=script)
    assert result.exit_code == 0, result.output
    assert "Invalid answer" in result.output and "An answer is needed" in result.output
    contract = voute.load(target)
    assert contract.language.value == "en" and contract.data_protection is None


def test_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    target = tmp_path / "c.yaml"
    target.write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(_app(), ["new", "-o", str(target)], input=FRENCH)
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "keep me"
    result = CliRunner().invoke(_app(), ["new", "-o", str(target), "--force"], input=FRENCH)
    assert result.exit_code == 0
    voute.load(target)


@pytest.mark.parametrize("kind", list(catalogue.services()))
def test_every_catalogue_service_with_its_usual_levels_gives_a_loadable_contract(tmp_path: Path, kind: str) -> None:
    import yaml

    usual = list(catalogue.service(kind).usual_kpis)
    answers = Answers(lang="fr", reference="R", title="T", client="C", provider="P",
                      start=__import__("datetime").date(2027, 1, 1),
                      services=[ServiceChoice(kind=kind, name="S", kpis=usual, price="10")])
    target = tmp_path / "c.yaml"
    target.write_text(yaml.safe_dump(build(answers), allow_unicode=True, sort_keys=False), encoding="utf-8")
    contract = voute.load(target)
    assert contract.service_levels is not None and len(contract.service_levels.levels) == len(usual)


def test_every_kpi_has_a_default_target() -> None:
    assert set(KPI_DEFAULTS) == set(catalogue.kpis())
