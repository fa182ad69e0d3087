"""The public API is deliberate: `voute.__all__` is pinned, the library never prints (issue 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

import voute

EXAMPLE = Path(__file__).parent.parent / "examples" / "contrat-complet.yaml"


def test_public_names_are_pinned() -> None:
    assert set(voute.__all__) == {
        "load",
        "check",
        "contract_schema",
        "schedule",
        "render",
        "measure",
        "evaluate",
        "invoice",
        "reconcile",
        "review",
        "InputError",
        "ContractError",
        "RecordsError",
        "DocumentError",
        "VouteError",
        "Location",
        "Problem",
        "__version__",
    }
    for name in voute.__all__:
        assert hasattr(voute, name), name


def test_library_never_prints(capsys: pytest.CaptureFixture[str]) -> None:
    report = voute.check(EXAMPLE, lang="en")
    assert not report.has_errors
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_check_accepts_a_loaded_contract() -> None:
    contract = voute.load(EXAMPLE)
    assert voute.check(contract).to_dict()["summary"] == voute.check(EXAMPLE).to_dict()["summary"]
