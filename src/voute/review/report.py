"""The review report: labels with evidence, CUAD categories, key points, extracted terms and risk flags.

The report is plain data (dataclasses) so the CLI, the web layer and the tests read the same thing; `to_json`
gives a stable JSON document (offsets are character offsets into the extracted text).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Evidence", "FlagFinding", "KeyPointStatus", "LabelFinding", "ReviewReport", "TermFinding"]


@dataclass(frozen=True)
class Evidence:
    """A passage that supports a finding: offsets into the extracted text, page, score and the text itself."""

    start: int
    end: int
    page: int
    score: float
    text: str


@dataclass(frozen=True)
class LabelFinding:
    """Whether a label (or CUAD category) is present, how sure we are, and the passages that show it."""

    label: str
    name_fr: str
    name_en: str
    present: bool
    score: float
    evidence: list[Evidence] = field(default_factory=list)
    mode: str | None = None  # renewal only: tacit, express or both
    confidence: float | None = None
    """Calibrated chance (0-1) that the contract covers the label, from ``score`` (see calibration.py)."""


def confidence_text(share: float, french: bool) -> str:
    """A confidence as a whole percentage: "92 %" in French, "92%" in English."""
    return f"{round(share * 100)}{' %' if french else '%'}"


STATUS_FR = {"covered": "couvert", "partial": "partiel", "missing": "absent"}
"""French names of the key-point statuses ('covered', 'partial', 'missing')."""


@dataclass(frozen=True)
class KeyPointStatus:
    """One key point of the checklist: 'covered', 'partial' or 'missing', from the labels it groups."""

    id: str
    name_fr: str
    name_en: str
    status: str
    labels: dict[str, bool]


@dataclass(frozen=True)
class TermFinding:
    """An extracted term (duration, notice period, amount, rate, date, law, court...)."""

    kind: str
    value: str
    text: str
    start: int
    end: int
    page: int
    unit: str = ""


@dataclass(frozen=True)
class FlagFinding:
    """A risk flag with its messages in both languages, its source and (when any) where it is in the text."""

    id: str
    severity: str
    message_fr: str
    message_en: str
    hint_fr: str
    hint_en: str
    source: str
    start: int | None = None
    end: int | None = None
    page: int | None = None


@dataclass
class ReviewReport:
    """Everything `review` found in one document."""

    source: str
    kind: str
    language: str
    pages: int
    characters: int
    taxonomy_version: int
    labels: list[LabelFinding]
    cuad: list[LabelFinding]
    key_points: list[KeyPointStatus]
    key_terms: dict[str, list[str]]
    terms: list[TermFinding]
    flags: list[FlagFinding]
    warnings: list[str] = field(default_factory=list)
    text: str = field(default="", repr=False)

    def label(self, name: str) -> LabelFinding:
        """The finding for one of the 21 labels (KeyError when the name is unknown)."""
        for finding in self.labels:
            if finding.label == name:
                return finding
        raise KeyError(name)

    def present_labels(self) -> list[str]:
        """Names of the labels found present, in taxonomy order."""
        return [finding.label for finding in self.labels if finding.present]

    def flag_ids(self) -> list[str]:
        """Ids of the flags raised."""
        return [flag.id for flag in self.flags]

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        """The report as JSON-ready data; the full text only on request (it can be large)."""
        data = asdict(self)
        if not include_text:
            data.pop("text")
        return data

    def to_json(self, include_text: bool = False, indent: int | None = 2) -> str:
        """The report as a JSON document."""
        return json.dumps(self.to_dict(include_text), ensure_ascii=False, indent=indent)
