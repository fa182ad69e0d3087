"""Key terms of `voute review`: notice periods, liability caps and penalty rates read from their clauses."""

from __future__ import annotations

import pytest

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


# Families of the key-terms evaluation (eval/review_terms.py, seventh session), in our own sentences: each pair
# is (text, language, field, expected first value or None for nothing shown).
KEY_TERM_FAMILIES = [
    ("Article 2 – Durée\nLe contrat est conclu pour une durée d'un an à compter de sa signature.\n",
     "fr", "duration", "1 year"),
    ("Article 2 – Durée\nLe contrat, conclu pour douze mois, est ensuite tacitement reconduit par périodes "
     "annuelles.\n", "fr", "renewal_mode", "tacit"),
    ("Article 2 – Durée\nDurée initiale : douze mois. Reconduction : tacite, par périodes d'un an.\n",
     "fr", "renewal_mode", "tacit"),
    ("Article 2 – Durée\nLe contrat est conclu pour un an, reconductible de manière tacite par périodes d'un an.\n",
     "fr", "renewal_mode", "tacit"),
    ("2. Term\nAfter the initial term of one year, this Agreement renews on a month-to-month basis until either "
     "party terminates it.\n", "en", "renewal_mode", "tacit"),
    ("9. Protection des données\nLe sous-traitant notifie au responsable du traitement toute violation de données "
     "personnelles dans les 24h suivant sa découverte.\n", "fr", "breach_notification", "24 hours"),
    ("12. Droit applicable\nLe présent accord est régi par les lois de l'État du Delaware.\n",
     "fr", "governing_law", "Delaware"),
    ("12. Litiges\nTout litige relève du tribunal de commerce de St Etienne.\n", "fr", "courts", "St Etienne"),
    ("12. Governing law\nThis Agreement is governed by the laws of the State of Oregon without regard to its "
     "conflict rules.\n", "en", "governing_law", "State of Oregon"),
    ("12. Governing law\nThis Agreement is governed by the laws of United Kingdom, and each party submits to the "
     "courts of competent jurisdiction.\n", "en", "governing_law", "United Kingdom"),
    ("12. Venue\nDisputes go to the courts of competent jurisdiction.\n", "en", "courts", None),
    ("12. Venue\nDisputes go exclusively to the courts of the judicial district of Lyon.\n",
     "en", "courts", "judicial district of Lyon"),
    ("8. Termination\nEither party may terminate this Agreement for convenience on sixty (60) days' written "
     "notice.\n", "en", "notice_period", "60 days"),
    ("## 2. Term\nThe initial term of this Agreement is **24** months from the Effective Date.\n",
     "en", "duration", "24 months"),
    ("7. Service credits\nIf we fail to meet the 99.5% uptime guarantee, you receive a credit of 10% of the "
     "monthly fee.\n", "en", "penalty_rates", "10%"),
    ("7. Service credits\nWhen monthly uptime is within 98.0% - 99.5%, the Supplier owes a service credit of 15% "
     "of the monthly fee.\n", "en", "penalty_rates", "15%"),
    ("Article 9 – Responsabilité\nLa responsabilité du prestataire, qui garantit un taux de disponibilité de 99 %, "
     "est plafonnée au montant des sommes payées au cours des douze derniers mois.\n",
     "fr", "liability_cap", "montant des sommes payées au cours des douze derniers mois"),
    ("Article 9 – Responsabilité\nLa responsabilité du prestataire est limitée au montant HT de la prestation "
     "commandée.\n", "fr", "liability_cap", "au montant HT de la prestation commandée"),
    ("Article 9 – Responsabilité\nLa responsabilité du prestataire est plafonnée à trois mois d'abonnement.\n",
     "fr", "liability_cap", "trois mois d'abonnement"),
    ("10. Liability\nThe Supplier's liability shall not exceed the fees paid by the Customer in the twelve\n"
     "months before the claim.\n", "en", "liability_cap",
     "fees paid by the Customer in the twelve months before the claim"),
    ("6. Maintenance\nThe provider gives thirty (30) days' notice before planned maintenance.\n",
     "en", "notice_period", None),
    ("Article 11 – Responsabilité\nLa responsabilité du Prestataire est limitée, toutes causes confondues, au "
     "montant des rémunérations perçues au cours des six derniers mois.\n", "fr", "liability_cap",
     "montant des rémunérations perçues au cours des six derniers mois"),
    ("## Limitation of Liability\n\n### Liability Caps\n**Direct Damages:** Limited to fees paid in the 12 months "
     "preceding the claim\n**Indirect Damages:** Excluded to the extent the law allows\n", "en", "liability_cap",
     "fees paid in the 12 months preceding the claim"),
    # second batch (first-sight key terms of 21 more documents)
    ("Article 9 – Responsabilité\nLa responsabilité du prestataire est plafonnée aux sommes versées par le client "
     "au cours des **12 derniers mois**.\n", "fr", "liability_cap",
     "sommes versées par le client au cours des 12 derniers mois"),
    ("10. Liability\nThe Supplier's liability is limited to the licence fee paid for the current year.\n",
     "en", "liability_cap", "fee paid for the current year"),
    ("12. Law\nThis Agreement is governed by English law.\n", "en", "governing_law", "England"),
    ("12. Law\nThis Agreement is governed by the laws of Norway.\n", "en", "governing_law", "Norway"),
    ("12. Law\nEach party shall comply with the laws of the jurisdiction.\n", "en", "governing_law", None),
    ("Article 15 – Litiges\nTout litige sera porté devant le tribunal de commerce dans le ressort duquel se "
     "trouve le siège du prestataire.\n", "fr", "courts", None),
    ("8. Termination\nEither party may terminate this Agreement upon notice if a material breach is not cured "
     "within thirty (30) days.\n", "en", "notice_period", None),
    ("5. Fees\nInvoices are payable thirty (30) calendar days after receipt of the invoice.\n",
     "en", "payment_terms", "30 days"),
    ("Article 5 – Prix\nLes factures sont réglées dans les trente jours fin de mois.\n",
     "fr", "payment_terms", "30 days"),
    ("7. Service credits\nIf uptime falls below 99.5%, the Supplier grants a service credit of 10% of the monthly "
     "fee.\n", "en", "penalty_rates", "10%"),
    ("2. Term\nThis Agreement shall be automatically      renewed for successive one-year periods.\n",
     "en", "renewal_mode", "tacit"),
    ("14. Law and venue\nSwiss law applies. The exclusive place of jurisdiction is St. Gallen.\n",
     "en", "courts", "St. Gallen"),
    ("Article 15 – Litiges\nEn cas de litige, la juridiction compétente est celle de Rennes.\n",
     "fr", "courts", "Rennes"),
    ("3. Term\nThe Consultant shall not solicit the Client's employees for one year following termination. This "
     "Agreement has an initial term of three (3) years.\n", "en", "duration", "3 years"),
    ("Article 3 – Durée\nLa garantie des pièces est de six mois. Le contrat est conclu pour une durée de deux ans.\n",
     "fr", "duration", "2 years"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "field", "expected"), KEY_TERM_FAMILIES)
def test_key_term_families(text: str, lang: str, field: str, expected: str | None) -> None:
    shown = review_text(text, lang=lang).key_terms.get(field, [])
    assert (shown[0] if shown else None) == expected, shown


def test_in_consideration_of_mutual_agreements_is_no_express_renewal() -> None:
    text = (
        "2. Term\nIn consideration of the mutual agreements of this section, this Agreement renews automatically for "
        "successive one-year terms unless either party gives notice.\n"
    )
    assert review_text(text, lang="en").key_terms["renewal_mode"] == ["tacit"]
