"""Run the checklist on a contract and shape the result: findings, coverage per key point, JSON and SARIF."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from voute import __version__
from voute.checks.framework import KEY_POINT_NAMES, RULES, KeyPoint, Rule, Severity
from voute.contract.model import Contract
from voute.contract.yamlpos import format_path

_ORDER = {s: i for i, s in enumerate((Severity.error, Severity.warning, Severity.info))}
_WEIGHT = {Severity.error: 3, Severity.warning: 2, Severity.info: 1}


@dataclass(frozen=True)
class Finding:
    rule_id: str
    key_point: str
    severity: str
    message: str
    fix: str
    source: str
    path: str
    file: str | None
    line: int | None
    column: int | None

    @property
    def where(self) -> str:
        head = self.file or ""
        if self.line is not None:
            head += f":{self.line}:{self.column}"
        return f"{head} {self.path}".strip()


@dataclass(frozen=True)
class KeyPointScore:
    key_point: str
    name: str
    rules_applicable: int
    rules_passed: int
    coverage: float  # 0..100, weighted by severity


@dataclass
class CheckReport:
    contract: str
    file: str | None
    lang: str
    findings: list[Finding] = field(default_factory=list)
    scores: list[KeyPointScore] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        return any(f.severity == Severity.error for f in self.findings)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tool": "voute",
            "version": __version__,
            "contract": self.contract,
            "file": self.file,
            "lang": self.lang,
            "summary": {s.value: self.count(s) for s in Severity} | {"passed": not self.has_errors},
            "key_points": [asdict(s) for s in self.scores],
            "findings": [asdict(f) for f in self.findings],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def to_sarif(self) -> str:
        return json.dumps(_sarif(self), ensure_ascii=False, indent=2)


def run_checks(contract: Contract, lang: str = "fr") -> CheckReport:
    """Apply every applicable rule; the report lists findings by key point, then severity, then position."""
    report = CheckReport(contract.reference, contract.source_file, lang)
    outcome: dict[KeyPoint, list[tuple[Rule, bool]]] = {kp: [] for kp in KeyPoint}
    for rule in RULES:
        if not rule.applies(contract):
            continue
        hits = list(rule.test(contract))
        outcome[rule.key_point].append((rule, not hits))
        for one in hits:
            report.findings.append(_finding(rule, one.path, one.details, contract, lang))
    kp_order = {kp.value: i for i, kp in enumerate(KeyPoint)}
    report.findings.sort(key=lambda f: (kp_order[f.key_point], _ORDER[Severity(f.severity)], f.line or 0, f.rule_id))
    report.scores = [_score(kp, results, lang) for kp, results in outcome.items() if results]
    return report


def _finding(
    rule: Rule, path: tuple[str | int, ...], details: dict[str, Any], contract: Contract, lang: str
) -> Finding:
    position = contract.position_of(path)
    line, column = position if position else (None, None)
    return Finding(
        rule_id=rule.id,
        key_point=rule.key_point.value,
        severity=rule.severity.value,
        message=rule.message.get(lang, **details),
        fix=rule.fix.get(lang, **details),
        source=localize_source(rule.source, lang),
        path=format_path(path),
        file=contract.source_file,
        line=line,
        column=column,
    )


_ARTICLE_FR = {
    "description of services": "description des services",
    "service levels": "niveaux de service",
    "costs": "coûts",
    "no hidden costs": "pas de coûts cachés",
    "term": "durée du contrat",
    "indemnification": "indemnisations",
    "data protection": "protection des données",
    "performance monitoring": "suivi des performances",
    "dispute resolution": "résolution des litiges",
    "continuity and disaster recovery": "continuité et reprise d'activité",
}


def localize_source(source: str, lang: str) -> str:
    """Sources cite laws by their own names; only the reference to our source article is translated."""
    if lang != "fr":
        return source

    def french(match: re.Match[str]) -> str:
        return f"Article source, point clé {match.group(1)} ({_ARTICLE_FR.get(match.group(2), match.group(2))})"

    return re.sub(r"Source article, key point (\d) \(([^)]*)\)", french, source)


def _score(kp: KeyPoint, results: list[tuple[Rule, bool]], lang: str) -> KeyPointScore:
    total = sum(_WEIGHT[r.severity] for r, _ in results)
    passed = sum(_WEIGHT[r.severity] for r, ok in results if ok)
    fr, en = KEY_POINT_NAMES[kp]
    return KeyPointScore(
        kp.value,
        fr if lang == "fr" else en,
        len(results),
        sum(1 for _, ok in results if ok),
        round(100 * passed / total, 1),
    )


_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _sarif(report: CheckReport) -> dict[str, Any]:
    used = sorted({f.rule_id for f in report.findings})
    rules = {r.id: r for r in RULES}
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "voute",
                        "version": __version__,
                        "informationUri": "https://github.com/voute/voute",
                        "rules": [
                            {
                                "id": rid,
                                "shortDescription": {"text": rules[rid].message.get(report.lang)},
                                "help": {"text": rules[rid].fix.get(report.lang)},
                                "properties": {"keyPoint": rules[rid].key_point.value, "source": rules[rid].source},
                                "defaultConfiguration": {"level": _SARIF_LEVEL[rules[rid].severity.value]},
                            }
                            for rid in used
                        ],
                    }
                },
                "results": [_sarif_result(f) for f in report.findings],
            }
        ],
    }


def _sarif_result(finding: Finding) -> dict[str, Any]:
    region = {"startLine": finding.line or 1, "startColumn": finding.column or 1}
    return {
        "ruleId": finding.rule_id,
        "level": _SARIF_LEVEL[finding.severity],
        "message": {"text": f"{finding.message} {finding.fix}"},
        "locations": [
            {
                "physicalLocation": {"artifactLocation": {"uri": finding.file or "contract.yaml"}, "region": region},
                "logicalLocations": [{"fullyQualifiedName": finding.path}],
            }
        ],
        "properties": {"keyPoint": finding.key_point, "source": finding.source},
    }
