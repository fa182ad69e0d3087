"""Calibrated confidence of `voute review` (issue 7): a rising map from a document's score to the share of
contracts that cover the label, read from src/voute/review/calibration.json."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from review_fixtures import CONTRACT_EN, CONTRACT_FR
from voute.errors import DocumentError
from voute.review.api import review_text
from voute.review.calibration import CALIBRATION_FILE, Calibration, load_calibration


def _write(tmp_path: Path, families: object) -> Path:
    path = tmp_path / "calibration.json"
    path.write_text(json.dumps({"format": 1, "families": families}), encoding="utf-8")
    return path


def test_points_are_read_by_linear_interpolation_and_clamped_at_the_ends() -> None:
    calibration = Calibration({"labels": ((0.2, 0.6, 1.0), (0.1, 0.5, 0.9))})
    assert calibration.confidence(0.4, "labels") == pytest.approx(0.3)
    assert calibration.confidence(0.8, "labels") == pytest.approx(0.7)
    assert calibration.confidence(0.0, "labels") == pytest.approx(0.1)
    assert calibration.confidence(1.0, "labels") == pytest.approx(0.9)
    assert calibration.confidence(0.5, "cuad") is None


@pytest.mark.parametrize("family", ["labels", "cuad"])
def test_the_shipped_maps_rise_with_the_score_within_zero_and_one(family: str) -> None:
    calibration = load_calibration(CALIBRATION_FILE)
    values = [calibration.confidence(i / 100, family) for i in range(101)]
    assert all(v is not None and 0.0 <= v <= 1.0 for v in values)
    assert all(a <= b for a, b in pairwise(values))  # type: ignore[operator]
    assert values[-1] - values[0] > 0.5  # type: ignore[operator]  # it separates, not a constant


@given(st.floats(0.0, 1.0), st.floats(0.0, 1.0))
def test_a_higher_score_never_gets_a_lower_confidence(a: float, b: float) -> None:
    calibration = load_calibration(CALIBRATION_FILE)
    low, high = sorted((a, b))
    for family in ("labels", "cuad"):
        assert calibration.confidence(low, family) <= calibration.confidence(high, family)  # type: ignore[operator]


def test_a_damaged_or_falling_map_is_refused_with_the_file_named(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match=r"calibration\.json"):
        load_calibration(_write(tmp_path, {"labels": {"points": "nothing"}}))
    with pytest.raises(DocumentError, match="not a rising map"):
        load_calibration(_write(tmp_path, {"labels": {"points": [[0.0, 0.9], [1.0, 0.1]]}}))
    assert load_calibration(tmp_path / "absent.json").confidence(0.5, "labels") is None


@pytest.mark.parametrize("text", [CONTRACT_FR, CONTRACT_EN])
def test_every_finding_carries_a_confidence_that_follows_its_score(text: str) -> None:
    report = review_text(text)
    for findings in (report.labels, report.cuad):
        assert all(f.confidence is not None and 0.0 <= f.confidence <= 1.0 for f in findings)
    ranked = sorted(report.labels, key=lambda f: f.score)
    assert all(a.confidence <= b.confidence for a, b in pairwise(ranked))  # type: ignore[operator]
    present = [f.confidence for f in report.labels if f.present]
    absent = [f.confidence for f in report.labels if not f.present]
    assert present and absent and min(present) >= max(absent)  # type: ignore[type-var]
    assert '"confidence"' in report.to_json()
