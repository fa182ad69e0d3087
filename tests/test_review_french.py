"""French robustness: short outsourcing contracts written for the tests, with wordings the dev set lacks.

Each fixture under tests/fixtures/review/ names its labels differently from the development contracts
("la durée ... est fixée à", "reconduction expresse", "plafond d'indemnisation", "réversibilité", "attestation
URSSAF", a policy without the word "assurance", force majeure by the civil-code criteria...). Every expected
label must be found, and one of its evidence passages must contain the words that settle it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from voute.review import review_document

FIXTURES = Path(__file__).parent / "fixtures" / "review"

# fixture -> {label: words one evidence passage must contain}
EXPECTED: dict[str, dict[str, str]] = {
    "fr_relation_client.txt": {
        "services": "demandes des abonnés",
        "duration": "est fixée à vingt-quatre",
        "renewal": "reconduction expresse",
        "service_levels": "90 %",
        "penalties": "réfaction",
        "pricing": "rémunération forfaitaire",
        "liability": "plafond d'indemnisation",
        "continuity": "plan de continuité",
        "audits": "comité de suivi",
        "dispute_resolution": "à l'amiable",
        "governing_law": "droit français",
    },
    "fr_donnees_sortie.txt": {
        "services": "accueil",
        "data_protection": "article 28",
        "subcontracting": "sous-traitant ultérieur",
        "exit": "réversibilité",
        "staff": "attestation URSSAF",
        "confidentiality": "secrètes",
        "termination": "mettre fin",
    },
    "fr_assurance_prix.md": {
        "services": "réclamations",
        "duration": "prend effet",
        "price_revision": "Syntec",
        "change_procedure": "demande de changement",
        "insurance": "responsabilité civile professionnelle",
        "force_majeure": "irrésistible",
        "audits": "vérifier sur place",
    },
    "fr_tacite_resiliation.txt": {
        "services": "prise de messages",
        "duration": "période initiale",
        "renewal": "prolongées automatiquement",
        "termination": "sans avoir à justifier",
        "liability": "ne peut dépasser",
        "pricing": "facturé",
        "dispute_resolution": "médiateur",
    },
}


@pytest.mark.parametrize(("name", "label"), [(name, label) for name, labels in EXPECTED.items() for label in labels])
def test_french_label_found_with_evidence(name: str, label: str) -> None:
    report = review_document(FIXTURES / name)
    assert report.language == "fr"
    finding = report.label(label)
    assert finding.present, f"{label} not found in {name}"
    words = EXPECTED[name][label]
    assert any(words.lower() in evidence.text.lower() for evidence in finding.evidence), [
        evidence.text for evidence in finding.evidence
    ]


def test_french_renewal_modes_and_flags() -> None:
    express = review_document(FIXTURES / "fr_relation_client.txt")
    assert express.label("renewal").mode == "express"
    assert "REV-RENEWAL-TACIT" not in express.flag_ids()
    assert "REV-PENALTY-NO-CAP" not in express.flag_ids()  # "dans la limite globale de 15 %" caps the réfactions
    assert "REV-LIABILITY-NO-CAP" not in express.flag_ids()
    tacit = review_document(FIXTURES / "fr_tacite_resiliation.txt")
    assert tacit.label("renewal").mode == "tacit"
    assert "REV-RENEWAL-TACIT" in tacit.flag_ids()


def test_french_processor_terms_flags() -> None:
    report = review_document(FIXTURES / "fr_donnees_sortie.txt")
    flags = set(report.flag_ids())
    # instructions (a), secrecy of the staff (b), security (c), sub-processors (d), deletion (g) are written down
    assert not {"REV-GDPR-28-3-A", "REV-GDPR-28-3-B", "REV-GDPR-28-3-C", "REV-GDPR-28-3-D", "REV-GDPR-28-3-G"} & flags
    # assistance with data subjects' rights (e), with art. 32-36 (f) and audits (h) are not
    assert {"REV-GDPR-28-3-E", "REV-GDPR-28-3-F", "REV-GDPR-28-3-H"} <= flags
    assert "REV-EXIT-MISSING" not in flags
    assert "REV-BREACH-NOTICE-OVER-72H" not in flags  # 48 hours
