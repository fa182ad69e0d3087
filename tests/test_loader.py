"""Loading contract files: every problem at once, located, in plain words; hostile files refused (issue 2)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import voute
from voute.contract.loader import load_text
from voute.errors import ContractError

EXAMPLES = Path(__file__).parent.parent / "examples"
BASELINE = Path(__file__).parent / "fixtures" / "contracts" / "baseline.yaml"

MINIMAL = """\
reference: "X-1"
title: "Minimal"
parties:
  client: {name: "Client SA"}
  provider: {name: "Provider SAS"}
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(ContractError) as caught:
        load_text(text, "c.yaml")
    return [str(p) for p in caught.value.problems]


def test_minimal_contract_loads() -> None:
    contract = load_text(MINIMAL, "c.yaml")
    assert contract.parties.client.name == "Client SA"
    assert contract.services is None


def test_examples_load() -> None:
    complete = voute.load(EXAMPLES / "contrat-complet.yaml")
    assert complete.term is not None and complete.term.initial_duration.amount == 36
    assert complete.costs is not None and complete.costs.items[0].price == Decimal("3.10")


def test_wrong_type_is_located_with_path_and_plain_message() -> None:
    text = BASELINE.read_text(encoding="utf-8").replace('threshold: "20s"', "threshold: fast")
    assert problems_of(text) == [
        "c.yaml:30:31 service_levels.levels[0].parameters.threshold: expected a duration "
        'such as "3 months", "30 jours ouvrés" or "20s", got \'fast\''
    ]


def test_target_must_be_written_in_the_kpi_unit() -> None:
    text = BASELINE.read_text(encoding="utf-8").replace('target: "80%"', "target: 0.8")
    assert problems_of(text) == [
        "c.yaml:31:15 service_levels.levels[0].target: expected a percentage such as \"80%\", got '0.8'"
    ]


def test_every_problem_reported_at_once() -> None:
    text = MINIMAL + "term:\n  start: someday\n  initial_duration: forever\n  renewal: {mode: sometimes}\n"
    found = problems_of(text)
    assert len(found) == 3, found
    assert [p.split(" ")[0] for p in found] == ["c.yaml:7:10", "c.yaml:8:21", "c.yaml:9:19"]


def test_unknown_key_is_an_error_with_suggestion() -> None:
    found = problems_of(MINIMAL + "continuity:\n  bcp: true\n  test_frequncy: 12 months\n")
    assert found == ["c.yaml:8:3 continuity.test_frequncy: unknown key 'test_frequncy'; did you mean 'test_frequency'?"]


def test_unknown_top_level_section() -> None:
    found = problems_of(MINIMAL + "penalties: {}\n")
    assert "unknown key 'penalties'" in found[0] and found[0].startswith("c.yaml:6:1")


def test_missing_required_field_points_at_parent() -> None:
    found = problems_of('reference: "X"\ntitle: "T"\nparties:\n  client: {name: "A"}\n')
    assert found == ["c.yaml:4:3 parties.provider: required field is missing"]


def test_duplicate_key_is_refused() -> None:
    found = problems_of(MINIMAL + "disputes:\n  courts: Paris\n  courts: Lyon\n")
    assert len(found) == 1 and "duplicate key 'courts'" in found[0] and found[0].startswith("c.yaml:8:3")


def test_duplicate_ids_and_unknown_references() -> None:
    text = BASELINE.read_text(encoding="utf-8")
    text = text.replace("service: inbound\n      kpi: service_level", "service: outbound\n      kpi: speed")
    text = text.replace("{id: calls,", "{id: calls, service: nowhere,").replace("service: inbound, unit", "unit")
    text += "  # (duplicate below)\n"
    text = text.replace(
        "  milestones:\n", "  milestones:\n    - {id: go_live, name: x, due: 2027-01-01, deliverable: y}\n"
    )
    found = problems_of(text)
    joined = "\n".join(found)
    assert "unknown service 'outbound'" in joined
    assert "unknown KPI 'speed'" in joined
    assert "unknown service 'nowhere'" in joined
    assert "duplicate milestone id 'go_live'" in joined


def test_required_kpi_parameter() -> None:
    text = BASELINE.read_text(encoding="utf-8").replace("abandon_convention: sl5, ", "")
    found = problems_of(text)
    assert any("needs the parameter 'abandon_convention'" in p for p in found), found


def test_parameter_not_applicable_to_kpi() -> None:
    text = BASELINE.read_text(encoding="utf-8").replace(
        'short_abandon: "5s"}', 'short_abandon: "5s", min_responses: 3}'
    )
    found = problems_of(text)
    assert any("'min_responses' does not apply to the KPI 'service_level'" in p for p in found), found


def test_target_in_wrong_unit_for_kpi() -> None:
    text = BASELINE.read_text(encoding="utf-8").replace('target: "80%"', 'target: "30s"')
    assert any("expected a percentage" in p for p in problems_of(text))


@pytest.mark.parametrize("text", ["", "   \n\n", "# only a comment\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "empty.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContractError) as caught:
        voute.load(path)
    assert "empty" in str(caught.value)


def test_syntax_error_is_located() -> None:
    found = problems_of(MINIMAL + "services:\n  items: [unclosed\n")
    assert found[0].startswith("c.yaml:") and "YAML syntax error" in found[0]


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "contract.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(ContractError, match="binary"):
        voute.load(path)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "contract.yaml"
    path.write_bytes(MINIMAL.replace("Minimal", "Société").encode("cp1252"))
    with pytest.raises(ContractError, match="UTF-8"):
        voute.load(path)


def test_huge_file_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("w", encoding="utf-8") as stream:
        stream.write(MINIMAL + "services:\n  general_requirements:\n")
        line = "    - " + "x" * 100 + "\n"
        stream.write(line * (50 * 1024 * 1024 // len(line)))
    with pytest.raises(ContractError, match="at most 5 MB"):
        voute.load(path)


def test_alias_bomb_is_stopped() -> None:
    bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
    for i in range(1, 9):
        previous, name = chr(96 + i), chr(97 + i)
        bomb += f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]\n"
    found = problems_of(bomb)
    assert "too many values" in found[0]


def test_two_documents_refused() -> None:
    assert "second YAML document" in problems_of(MINIMAL + "---\n" + MINIMAL)[0]


def test_top_level_list_refused() -> None:
    assert "mapping of sections" in problems_of("- a\n- b\n")[0]


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ContractError, match="no such contract file"):
        voute.load(tmp_path / "nope.yaml")
    with pytest.raises(ContractError, match="folder"):
        voute.load(tmp_path)


def test_decimals_stay_exact() -> None:
    contract = load_text(MINIMAL + "costs:\n  items:\n    - {id: a, label: A, unit: per_call, price: 0.1}\n")
    assert contract.costs is not None and contract.costs.items[0].price == Decimal("0.1")


def test_unquoted_clock_times_are_read() -> None:
    text = MINIMAL + (
        "services:\n  items:\n    - {id: s, kind: customer_service, name: S, description: D,\n"
        "       opening_hours: [{days: lun-ven, from: 08:30, to: 18:00}]}\n"
    )
    contract = load_text(text)
    assert contract.services is not None
    slot = contract.services.items[0].opening_hours[0]
    assert (slot.opens.hour, slot.opens.minute, slot.day_list()) == (8, 30, ["mon", "tue", "wed", "thu", "fri"])


@pytest.mark.parametrize(
    "text",
    [
        "parties: &a\n  x: *a\n",  # an alias that refers to itself
        "a:\n" + "".join("  " * i + "k:\n" for i in range(1, 80)) + "  " * 80 + "k: 1\n",  # 80 levels
        "a: " + "[" * 3000 + "]" * 3000 + "\n",  # deeper than the parser goes
    ],
)
def test_hostile_nesting_is_a_located_error(tmp_path: Path, text: str) -> None:
    path = tmp_path / "nested.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContractError) as caught:
        voute.load(path)
    (problem,) = caught.value.problems
    assert problem.location.file == str(path)
    assert "nested" in problem.message or "nesting" in problem.message
