"""GDPR art. 28(3) flags of `voute review`: the processor-terms gate and the wordings of each stipulation.

Families from the seventh session's measure on real processing agreements (eval/review_gdpr.py), written here in
our own sentences: each must be recognised (the gate opens, the stipulation counts as present) and each
look-alike must not.
"""

from __future__ import annotations

import pytest

from voute.review.flags import _PROCESSING, _STIPULATION_RE
from voute.review.textnorm import normalize

GATE_OPENS = [
    "For the personal data of your users, we act as 'Processor' under the GDPR.",
    "The Data Processor shall keep a record of the processing it carries out.",
    "The provider processes the customer's personal data on your behalf and for no other purpose.",
    "Les sous-traitants ultérieurs sont autorisés conformément à l'article 28.2 du RGPD.",
]
GATE_STAYS_SHUT = [
    "We process the personal data of our customers to manage orders and invoices.",
    "Le prestataire est responsable du traitement des données de ses propres clients.",
    "The agent may place orders on your behalf with approved suppliers.",
]

# (letter, sentence, present?)
STIPULATIONS = [
    ("a", "The supplier handles the data exclusively in accordance with the customer's instructions.", True),
    ("a", "The processor acts on the controller's documented directions only.", True),
    ("a", "Le prestataire traite les données conformément aux instructions du client.", True),
    ("a", "The customer gives instructions to the support desk by e-mail.", False),
    ("b", "Any individual who accesses the data is bound by a duty of secrecy.", True),
    ("b", "Toute personne autorisée à traiter les données est tenue au secret professionnel.", True),
    ("b", "Les données personnelles sont décrites dans notre politique de confidentialité.", False),
    ("c", "All data is protected by encryption in transit and at rest.", True),
    ("c", "Chiffrement des flux et journalisation des accès.", True),
    ("d", "Le prestataire informe le client de tout nouveau sous-traitant secondaire.", True),
    ("d", "Le client peut formuler des objections au recours à de nouveaux sous-traitants.", True),
    ("e", "Le prestataire aide le client à répondre aux demandes des sujets de données.", True),
    ("f", "Le prestataire informe le client, au plus tard 48 heures après en avoir eu connaissance et par écrit, "
          "de toute violation de la sécurité des données.", True),
    ("f", "Sont exclues les informations qui sont devenues publiques sans violation du présent accord.", False),
    ("g", "À la fin du contrat, elles restent exportables pendant trente jours, puis sont supprimées.", True),
    ("g", "At the end of the agreement the supplier will delete all copies within thirty days.", True),
    ("g", "The supplier keeps its invoices for ten years.", False),
]  # fmt: skip


@pytest.mark.parametrize("sentence", GATE_OPENS)
def test_processor_terms_open_the_gate(sentence: str) -> None:
    assert _PROCESSING.search(normalize(sentence))


@pytest.mark.parametrize("sentence", GATE_STAYS_SHUT)
def test_no_processor_terms_keep_the_gate_shut(sentence: str) -> None:
    assert not _PROCESSING.search(normalize(sentence))


@pytest.mark.parametrize(("letter", "sentence", "present"), STIPULATIONS)
def test_stipulation_wordings(letter: str, sentence: str, present: bool) -> None:
    assert bool(_STIPULATION_RE[letter].search(normalize(sentence))) is present


# Second batch: processing agreements that give the roles only as labels (first-sight measure of 11 new documents).
LABELLED_ROLES = [
    'This addendum is made between Acme Ltd ("Controller") and Beta GmbH, Data Processor ("Processor").',
    "Parties. Provider (Beta GmbH): data processor. Customer: data controller.",
    "Parties: the Customer as Controller and the Provider as Processor.",
    "Le prestataire agit en qualité de « Sous-traitant » au sens de l'article 28 RGPD.",
]


@pytest.mark.parametrize("sentence", LABELLED_ROLES)
def test_roles_given_as_labels_open_the_gate(sentence: str) -> None:
    assert _PROCESSING.search(normalize(sentence))


@pytest.mark.parametrize(
    ("letter", "sentence"),
    [
        ("a", "The Processor processes Personal Data only on documented Customer instructions."),
        ("b", "Le sous-traitant impose à ses personnels un engagement de confidentialité."),
        ("d", "Toute sous-traitance ultérieure est soumise à l'autorisation écrite préalable du client."),
        ("g", "Deletion/return upon termination, at the Customer's choice."),
    ],
)
def test_second_batch_stipulation_wordings(letter: str, sentence: str) -> None:
    assert _STIPULATION_RE[letter].search(normalize(sentence))
