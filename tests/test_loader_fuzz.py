"""Any damage to a contract file ends in a located ContractError or a clean report, never a crash (issue 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from voute.checks import run_checks
from voute.contract.loader import load_text
from voute.errors import ContractError

BASELINE: dict[str, Any] = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "contracts" / "baseline.yaml").read_text(encoding="utf-8")
)
JUNK = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**6), st.text(max_size=12), st.just("80%"), st.just("3 mois"),
    st.just([]), st.just({}), st.just([1, "a"]), st.just({"x": 1}), st.just("2027-02-30"), st.just("-5%"),
    st.just("150%"), st.just("0 days"), st.just("1e9"),
)  # fmt: skip


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


PATHS = _paths(BASELINE)


def _mutate(data: dict[str, Any], path: tuple[Any, ...], value: Any, delete: bool) -> None:
    node: Any = data
    for part in path[:-1]:
        node = node[part]
    if delete and isinstance(node, dict):
        del node[path[-1]]
    else:
        node[path[-1]] = value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(PATHS), JUNK, st.booleans()), min_size=1, max_size=4))
def test_damaged_contracts_never_crash(mutations: list[tuple[tuple[Any, ...], Any, bool]]) -> None:
    data = yaml.safe_load(yaml.safe_dump(BASELINE))
    for path, value, delete in mutations:
        try:
            _mutate(data, path, value, delete)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced the parent
    text = yaml.safe_dump(data, allow_unicode=True)
    try:
        contract = load_text(text, "fuzz.yaml")
    except ContractError as error:
        assert error.problems and all(p.location.file == "fuzz.yaml" and p.location.line for p in error.problems)
        return
    for lang in ("fr", "en"):
        report = run_checks(contract, lang)
        assert all(f.message and f.fix for f in report.findings)
