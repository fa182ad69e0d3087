"""The checklist: one rule per checkable point, grouped by key point, each citing its source."""

from __future__ import annotations

from voute.checks import (  # noqa: F401  (importing a module registers its rules)
    beyond,
    continuity,
    costs,
    data_protection,
    disputes,
    financial,
    indemnification,
    monitoring,
    service_levels,
    services,
    term,
)
from voute.checks.framework import KEY_POINT_NAMES, RULES, KeyPoint, Rule, Severity
from voute.checks.report import CheckReport, Finding, KeyPointScore, run_checks

__all__ = [
    "KEY_POINT_NAMES",
    "RULES",
    "CheckReport",
    "Finding",
    "KeyPoint",
    "KeyPointScore",
    "Rule",
    "Severity",
    "run_checks",
]
