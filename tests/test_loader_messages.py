"""Load errors in French: every message shape the loader writes has its French wording (issue 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from voute.cli import app
from voute.contract.loader import load_text
from voute.contract.messages import in_french, is_translated
from voute.errors import ContractError

BASELINE = (Path(__file__).parent / "fixtures" / "contracts" / "baseline.yaml").read_text(encoding="utf-8")
SERVICE = "services:\n  items:\n    - {id: s, kind: x, name: S, description: D, opening_hours: [%s]}\n"
MINIMAL = 'reference: "X"\ntitle: "T"\nparties:\n  client: {name: "A"}\n  provider: {name: "B"}\n'

BROKEN = [
    MINIMAL + "services:\n  items: [unclosed\n",
    MINIMAL + "continuity:\n  bcp: true\n  test_frequncy: 12 months\n",
    'reference: "X"\ntitle: "T"\nparties:\n  client: {name: "A"}\n',
    MINIMAL + "disputes:\n  courts: Paris\n  courts: Lyon\n",
    MINIMAL + "term:\n  start: someday\n  initial_duration: forever\n  renewal: {mode: sometimes}\n",
    MINIMAL + "---\n" + MINIMAL,
    "- a\n",
    MINIMAL + "services: 3\n",
    MINIMAL + "staff: {key_personnel: 3}\n",
    MINIMAL + "costs: {vat_rate: 20, currency: euro}\n",
    MINIMAL + "indemnification: {cap: {amount: 10, multiple_of_fees: 1}, uncapped: maybe}\n",
    MINIMAL + SERVICE % "{days: fri-mon, from: '8:00', to: '9:00'}",
    BASELINE.replace('target: "80%"', "target: 0.8"),
    BASELINE.replace("service: inbound\n      kpi: service_level", "service: outbound\n      kpi: speed"),
    BASELINE.replace("abandon_convention: sl5, ", ""),
    BASELINE.replace('short_abandon: "5s"}', 'short_abandon: "5s", min_responses: 3}'),
    BASELINE.replace(
        "  milestones:\n", "  milestones:\n    - {id: go_live, name: x, due: 2027-01-01, deliverable: y}\n"
    ),
    BASELINE.replace("chronic_breach: {consecutive: 3}", "chronic_breach: {count: 3}"),
    BASELINE + "timezone: Mars/Olympus\n",
    MINIMAL + SERVICE % "{days: mon, from: noon, to: '9:00'}",
]


def messages(text: str) -> list[str]:
    with pytest.raises(ContractError) as caught:
        load_text(text, "c.yaml")
    return [p.message for p in caught.value.problems]


@pytest.mark.parametrize("text", BROKEN)
def test_every_loader_message_has_a_french_wording(text: str) -> None:
    for message in messages(text):
        assert is_translated(message), message
        assert in_french(message) != message or message.startswith("erreur"), message


def test_french_message_keeps_the_values() -> None:
    assert in_french("unknown key 'test_frequncy'; did you mean 'test_frequency'?") == (
        "clé inconnue 'test_frequncy' ; vouliez-vous dire 'test_frequency' ?"
    )
    assert in_french("expected a percentage such as \"80%\", got '0.8'") == (
        "un pourcentage est attendu, par exemple \"80%\" ; reçu '0.8'"
    )


def test_cli_prints_load_errors_in_french(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(MINIMAL + "continuity:\n  bcp: true\n  test_frequncy: 12 months\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(path), "--lang", "fr"])
    assert result.exit_code == 2
    assert "clé inconnue 'test_frequncy'" in result.stderr and "Entrée inutilisable" in result.stderr
