"""Key terms of `voute review`: notice periods, liability caps and penalty rates read from their clauses."""

from __future__ import annotations

from voute.review.api import review_text

FRENCH = """Contrat de prestation

Article 3 – Durée
Le contrat est conclu pour une durée de trente-six (36) mois. Il est ensuite reconduit tacitement par périodes
de douze (12) mois, sauf dénonciation par l'une des parties au plus tard trois (3) mois avant l'échéance.

Article 7 – Niveaux de service et pénalités
Le taux de décroché doit être d'au moins 85 % des appels présentés. En cas de manquement, le Prestataire
supporte une pénalité égale à 2 % de la redevance mensuelle du service concerné.

Article 9 – Responsabilité
La responsabilité du Prestataire est limitée, tous dommages confondus, à douze mois de redevance.

Article 12 – Résiliation
Chaque partie peut résilier le contrat pour convenance moyennant un préavis de six (6) mois.

Annexe A – Niveaux de service
| Indicateur | Cible | Minoration |
| Taux de décroché en moins de 30 secondes | 90 % | 1,5 % de la facture |
"""

ENGLISH = """SERVICES AGREEMENT

1. Term. This Agreement starts on the Effective Date and continues for three (3) years. It renews for
successive one (1) year periods unless either party gives written notice at least ninety (90) days prior to the
expiry of the then current term.

2. Service Credits. If the Supplier fails to meet a Service Level, the Customer is entitled to a Service Credit
of 5% of the monthly Charges for the affected Service. Target: at least 95% of calls answered within 20 seconds.

3. Liability. The Supplier's total liability shall not exceed the Charges paid in the twelve (12) months
preceding the claim.
"""


def test_french_key_terms() -> None:
    terms = review_text(FRENCH, lang="fr").key_terms
    assert terms["notice_period"] == ["3 months", "6 months"]  # not the 36-month term nor the 12-month renewals
    assert terms["liability_cap"] == ["douze mois de redevance"]
    assert "2%" in terms["penalty_rates"] and "1.5%" in terms["penalty_rates"]
    assert "85%" not in terms["penalty_rates"] and "90%" not in terms["penalty_rates"]  # targets, not rates


def test_english_key_terms() -> None:
    terms = review_text(ENGLISH, lang="en").key_terms
    assert terms["notice_period"] == ["90 days"]
    assert terms["penalty_rates"] == ["5%"]
    assert terms["liability_cap"] and "twelve (12) months" in terms["liability_cap"][0]


def test_a_late_payment_penalty_is_not_a_service_penalty() -> None:
    text = (
        "Article 8 – Paiement\nTout retard de paiement entraîne des pénalités de retard au taux de trois fois le "
        "taux d'intérêt légal, ainsi qu'une indemnité forfaitaire de 40 euros pour frais de recouvrement."
    )
    labels = {f.label for f in review_text(text, lang="fr").labels if f.present}
    assert "penalties" not in labels


def test_a_contract_without_any_data_protection_clause_is_flagged() -> None:
    flags = {flag.id for flag in review_text(FRENCH, lang="fr").flags}
    assert "REV-GDPR-MISSING" in flags
    with_dpa = FRENCH + (
        "\nArticle 14 – Données personnelles\nLe Prestataire traite les données personnelles des clients pour le "
        "compte du Client, sur ses seules instructions documentées, conformément à l'article 28 du RGPD.\n"
    )
    assert "REV-GDPR-MISSING" not in {flag.id for flag in review_text(with_dpa, lang="fr").flags}


def test_the_french_text_report_is_in_french() -> None:
    from voute.cli.review import _plain_text

    text = _plain_text(review_text(FRENCH, lang="fr"), "fr")
    assert "couvert" in text and "covered" not in text
    assert "préavis" in text and "3 mois; 6 mois" in text  # term names and values in French
    assert "Pénalités" in text  # label names, not ids
    english = _plain_text(review_text(FRENCH, lang="fr"), "en")
    assert "covered" in english and "notice period" in english and "3 months" in english
