"""French robustness: short outsourcing contracts written for the tests, with wordings the dev set lacks.

Each fixture under tests/fixtures/review/ names its labels differently from the development contracts
("la durée ... est fixée à", "reconduction expresse", "plafond d'indemnisation", "réversibilité", "attestation
URSSAF", a policy without the word "assurance", force majeure by the civil-code criteria...). Every expected
label must be found, and one of its evidence passages must contain the words that settle it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from review_fixtures import one_clause
from voute.review import review_document, review_text

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


# Families of French wording seen on real contracts the patterns had never seen (eval/review_french_public.py),
# written again in our own words: each positive sentence must be found on its own, each look-alike must not.
FAMILY_FOUND: list[tuple[str, str]] = [
    # the provider named by its company name, not "le Prestataire"
    ("services", "La société Dupuis Informatique s'engage à assurer la maintenance du parc de postes du Client."),
    ("services", "Acme Conseil garantit au Client des prestations d'assistance téléphonique en semaine."),
    ("services", "Le fournisseur octroie au Client un accès à sa plateforme de suivi des tickets."),
    # delays in words or under a named guarantee
    ("service_levels", "Le Prestataire s'engage à corriger toute anomalie bloquante dans un délai de quatre heures."),
    ("service_levels", "La mise à jour des correctifs de sécurité est faite sous cinq jours ouvrés."),
    ("service_levels", "SLA : incident majeur résolu en 6 h, du lundi au samedi."),
    ("penalties", "Tout retard de livraison d'un livrable donne lieu à une pénalité de 100 euros par jour."),
    # amendment procedures
    ("change_procedure", "Toute demande d'avenant est adressée par écrit à l'autre partie, qui dispose d'un mois "
     "pour l'accepter."),
    ("change_procedure", "Les parties se concertent afin de convenir des modifications à apporter au périmètre."),
    # fees without the usual nouns
    ("pricing", "Le Client verse une cotisation annuelle calculée selon le nombre d'utilisateurs."),
    ("pricing", "L'hébergement est facturé 45 € HT / mois et l'assistance 70 € / heure."),
    ("price_revision", "Le Prestataire se réserve en outre le droit de réviser ses tarifs chaque année."),
    # liability exclusions and allocations
    ("liability", "Le Prestataire ne sera en aucun cas tenu pour responsable des pertes d'exploitation du Client."),
    ("liability", "La responsabilité du fournisseur ne peut être engagée qu'en cas de faute prouvée."),
    ("liability", "Le Client est le seul responsable des contenus qu'il publie."),
    ("confidentiality", "Le personnel du Prestataire est soumis à un devoir de confidentialité."),
    ("confidentiality", "Le sous-traitant doit maintenir la confidentialité des informations reçues."),
    # audits by processor wording, reports after each visit
    ("audits", "Le prestataire s'engage à contribuer aux audits menés par le Client ou par un auditeur mandaté."),
    ("audits", "Après chaque visite, le technicien remet au Client un rapport d'intervention signé."),
    ("dispute_resolution", "En cas de différend, les parties se rencontrent dans les quinze jours pour tenter de le "
     "résoudre."),
    ("dispute_resolution", "Les parties s'efforcent de rechercher ensemble une solution à tout litige."),
    ("governing_law", "Le contrat est régi par les lois françaises."),
    ("governing_law", "Toute contestation relève de la compétence des juridictions de Rennes."),
    ("continuity", "Les sauvegardes sont automatisées et répliquées sur un second centre de données."),
    ("force_majeure", "Aucune partie n'est responsable d'un retard dû à une cause hors du contrôle raisonnable de "
     "celle-ci."),
    ("force_majeure", "Les obligations sont suspendues en cas d'événements indépendants de la volonté des parties."),
    ("subcontracting", "Le Prestataire peut confier à un tiers l'exécution d'une partie des prestations."),
    ("subcontracting", "Le Prestataire peut déléguer certaines prestations à un partenaire agréé."),
]  # fmt: skip

FAMILY_NOT_FOUND: list[tuple[str, str]] = [
    ("services", "Le Client s'engage à fournir au Prestataire les accès nécessaires à la maintenance."),
    ("services", "Le client s'engage à faire parvenir au prestataire le cahier des charges avant le projet."),
    ("service_levels", "En cas de manquement, le Prestataire doit corriger la situation dans un délai de quinze "
     "jours suivant la mise en demeure."),
    ("service_levels", "Le Prestataire réalise des sauvegardes chiffrées permettant de rétablir les données dans "
     "les six heures."),
    ("penalties", "Le Client peut résilier le contrat sans pénalité si les nouveaux délais ne lui conviennent pas."),
    ("change_procedure", "Le contrat ne peut être modifié que par écrit."),
    ("pricing", "Le Prestataire est à jour de ses cotisations sociales auprès de l'URSSAF."),
    ("price_revision", "Le Prestataire se réserve le droit de modifier les présentes conditions générales à tout "
     "moment."),
    ("liability", "Le Prestataire désigne un responsable de compte chargé du suivi du contrat."),
    ("confidentiality", "La politique de confidentialité du site est publiée en ligne."),
    ("audits", "Le rapport d'intervention mentionne la durée des travaux."),
    ("dispute_resolution", "Tout litige est porté devant le tribunal de commerce de Lyon."),
    ("governing_law", "Le Prestataire respecte les lois françaises sur le travail."),
    ("continuity", "À la fin du contrat, les sauvegardes complètes sont supprimées."),
    ("force_majeure", "Les données exportées par le Client restent hors du contrôle du Prestataire."),
    ("subcontracting", "Le délégué à la protection des données du Client peut être contacté par courriel."),
]  # fmt: skip


# Second round of real French documents never seen (eval/review_french_public.py --set 2): managed-services special
# terms, service level agreements, a tender's CCTP, a telephone-answering contract, a processor agreement. Each
# family again in our own words, with a look-alike that must stay silent.
FAMILY_FOUND_2: list[tuple[str, str]] = [
    # what a package holds, and round-the-clock support
    ("services", "La formule Sérénité est un abonnement annuel qui comprend la supervision et la hotline."),
    ("services", "Assistance : 24h/24 et 7j/7, week-ends compris."),
    # a time per class of incident, the commitment named on the line above
    ("service_levels", "– 3 heures ouvrées pour une panne bloquante du standard téléphonique."),
    # refunds and deductions owed when a level is missed
    ("penalties", "Si la disponibilité mensuelle descend sous 99 %, un remboursement de 10 % de l'abonnement est dû."),
    ("penalties", "Le montant correspondant est déduit de la prochaine facture en cas de manquement aux engagements."),
    # changes announced with notice, requests answered by a quote
    ("change_procedure", "Toute réduction du périmètre des prestations exige un préavis de deux mois."),
    ("change_procedure", "Pour chaque demande d'évolution, le Titulaire remettra un devis détaillé sous dix jours."),
    # the price list in force
    ("price_revision", "La grille tarifaire du Prestataire, dans sa dernière version, s'applique aux commandes."),
    ("price_revision", "Les tarifs de l'assistance sont susceptibles d'évoluer chaque année."),
    # the term without the usual words
    ("duration", "Le contrat court aussi longtemps que le Client reste abonné au service."),
    ("duration", "Durée : 36 mois"),
    ("duration", "Le marché est valable à compter de sa notification pour une durée ferme de deux ans."),
    ("renewal", "Le présent accord fait l'objet d'une continuation annuelle sauf dénonciation."),
    ("termination", "Chaque partie dispose d'une faculté de résiliation moyennant un préavis de trois mois."),
    ("termination", "Si l'opérateur n'est plus en mesure d'assurer le service, il prévient six mois à l'avance."),
    # data and documents handed over at the end, help when the service closes
    ("exit", "À la résiliation, le Prestataire assure la restitution des données et de la documentation."),
    ("exit", "Avant de mettre la plateforme hors service, l'éditeur accompagne le client vers une autre offre."),
    # reporting by its rhythm or kind
    ("audits", "Fréquence des comptes rendus : mensuelle."),
    ("audits", "Un rapport d'audit est communiqué au Client chaque année."),
    ("subcontracting", "Le Titulaire indique dans son offre s'il a recours à un sous-traitant pour la hotline."),
    ("subcontracting", "Le cabinet peut déléguer ses prestations de secrétariat à un confrère en cas d'absence."),
    ("staff", "Le Prestataire affecte au projet des ingénieurs ayant une expérience confirmée des centres d'appels."),
    ("data_protection", "Le Prestataire s'engage à ne traiter les informations du Client que sur ses instructions."),
]  # fmt: skip

FAMILY_NOT_FOUND_2: list[tuple[str, str]] = [
    ("services", "Le prix du forfait comprend les frais de déplacement du technicien."),
    ("service_levels", "Le technicien consacre deux heures par mois à la formation des utilisateurs."),
    ("penalties", "Les frais de transport sont remboursés au Prestataire sur présentation des justificatifs."),
    ("penalties", "L'acompte versé à la commande est déduit de la facture finale."),
    ("change_procedure", "Toute modification du contrat fait l'objet d'un avenant signé par les deux parties."),
    ("price_revision", "La liste des sites desservis, dans sa version actuelle, figure en annexe 2."),
    ("price_revision", "Les prix sont fermes et ne sont pas susceptibles d'évoluer pendant le marché."),
    ("duration", "Une période de maintenance planifiée est annoncée deux jours ouvrés à l'avance."),
    ("termination", "Le technicien n'est plus en mesure d'intervenir le samedi."),
    ("exit", "Le serveur hors service est réparé dans la journée."),
    ("audits", "La fréquence des sauvegardes est quotidienne."),
    ("subcontracting", "Le Client a recours à un avocat pour toute contestation."),
    ("staff", "Les ingénieurs qualifiés du Client valident la recette."),
    ("data_protection", "Le Prestataire ne traite les demandes urgentes que par téléphone."),
]  # fmt: skip


def test_french_warranty_period_inside_the_term_clause() -> None:
    # the contract runs to the end of the warranty: the term is stated, the warranty alone would not be one
    text = (
        "Article 2 - Durée du marché\nLe marché est valide de sa date de notification jusqu'à la fin de la période "
        "de garantie. La période de garantie est d'un an après la vérification de service régulier.\n"
    )
    assert review_text(text, lang="fr").label("duration").present
    warranty_only = "Article 9 - Garantie\nLa période de garantie commence à la réception et dure un an.\n"
    assert not review_text(warranty_only, lang="fr").label("duration").present


# Third round of unseen French documents (issue 7): wordings the first rounds lacked, in our own words.
FAMILY_FOUND_3: list[tuple[str, str]] = [
    ("governing_law", "Les présentes conditions générales sont soumises aux lois du pays où le service est rendu."),
    ("governing_law", "Le contrat est régi par les lois et usages en vigueur au Luxembourg."),
    ("price_revision", "Les tarifs peuvent être modifiés chaque année par l'éditeur."),
    ("price_revision", "Les prix de l'abonnement pourront être modifiés au premier janvier."),
    ("continuity", "Les sauvegardes de la base sont décentralisées sur deux centres de données."),
    ("continuity", "Une sauvegarde multi-région est conservée hors du site principal."),
    ("change_procedure", "Les réductions de garantie nécessitent un préavis de deux mois."),
    ("change_procedure", "Révisions du document : notification par courriel 30 jours avant application."),
    ("penalties", "Si la disponibilité est sous l'objectif, un crédit accordé de 10 % réduit l'abonnement."),
    ("penalties", "Compensation : crédits SLA calculés selon la disponibilité mensuelle mesurée."),
    ("penalties", "En cas d'indisponibilité au-delà du seuil garanti, un avoir proportionnel est émis."),
    ("duration", "La présente annexe est coextensive au contrat principal."),
]  # fmt: skip

FAMILY_NOT_FOUND_3: list[tuple[str, str]] = [
    ("governing_law", "Le prestataire respecte les lois relatives au travail dissimulé."),
    ("governing_law", "Les salariés sont soumis aux lois sociales de leur pays d'emploi."),
    ("price_revision", "Les prix sont fermes et ne peuvent être modifiés pendant la durée du marché."),
    ("price_revision", "Les horaires d'ouverture peuvent être modifiés par le client."),
    ("continuity", "Les sauvegardes décentralisées sont supprimées à la fin du contrat."),
    ("change_procedure", "Les réductions de prix consenties figurent sur la facture."),
    ("penalties", "Un crédit accordé par la banque finance l'achat des postes de travail."),
    ("penalties", "Un avoir proportionnel est émis en cas de résiliation en cours de mois."),
    ("duration", "Les obligations du sous-traitant portent sur les données coextraites du dossier."),
]  # fmt: skip


# Fourth round of unseen French documents (issue 7): wordings the first three rounds lacked, in our own words.
FAMILY_FOUND_4: list[tuple[str, str]] = [
    ("services", "Le présent contrat définit les conditions de maintenance et d'assistance du logiciel de caisse."),
    ("services", "Le présent cahier des charges organise la maintenance corrective de l'application métier."),
    ("services", "Le présent SLA couvre les composants réseau exploités par l'hébergeur."),
    ("services", "Durand Conseil s'engage à mener à bien les missions confiées, selon les règles de l'art."),
    ("service_levels", "Délais de dépannage : une panne critique est traitée en 4 h au plus."),
    ("service_levels", "Anomalie bloquante : 2 jours ouvrés pour livrer un correctif."),
    ("service_levels", "Critique (plus aucun appel ne passe) : 3 h"),
    ("termination", "Résiliation : préavis de trente jours par lettre recommandée."),
    ("termination", "La commande pourra être résolue à la demande du client si rien n'est livré après un mois."),
    ("pricing", "Forfait de supervision : [Montant] € HT par mois."),
    ("pricing", "Pack support étendu : … € HT/an, payable d'avance."),
    ("price_revision", "L'éditeur se réserve le droit, à chaque échéance annuelle, d'en modifier les tarifs."),
    ("duration", "Tranche ferme : 24 mois à compter de la notification du marché."),
    ("duration", "La tranche ferme est d'une durée de trois (3) ans."),
    ("change_procedure", "Toute extension de la mission donne lieu à un avenant précisant le prix et le calendrier."),
    ("change_procedure", "En cas de retard, un avenant fixant les causes et une nouvelle planification est signé."),
    ("dispute_resolution", "Avant tout recours contentieux, les parties recherchent une solution transactionnelle."),
    ("dispute_resolution", "Les parties tentent de régler leur désaccord par voie transactionnelle."),
]  # fmt: skip

FAMILY_NOT_FOUND_4: list[tuple[str, str]] = [
    ("services", "Le présent contrat définit les conditions de paiement des factures."),
    ("service_levels", "Une intervention urgente le dimanche est majorée de 50 % sur le tarif horaire."),
    ("service_levels", "Les anomalies critiques sont signalées par courriel au chef de projet."),
    ("termination", "Un préavis de trente jours s'applique à tout changement des horaires d'ouverture."),
    ("termination", "Le ticket sera résolu par l'équipe de support de niveau deux."),
    ("pricing", "Le client choisit librement la devise de ses propres factures clients."),
    ("price_revision", "Le prestataire se réserve le droit, après accord du client, d'en modifier le planning."),
    ("duration", "La tranche ferme comprend la reprise des données et la formation des agents."),
    ("duration", "Les devis sont valables pour une durée de trente jours après leur envoi."),
    ("duration", "Pour les contrats conclus pour une durée déterminée, le professionnel informe le consommateur "
                 "par écrit de la possibilité de ne pas reconduire le contrat."),
    ("renewal", "Pour les contrats conclus pour une durée déterminée, le professionnel informe le consommateur "
                "par écrit de la possibilité de ne pas reconduire le contrat."),
    ("change_procedure", "Toute modification du présent DPA doit faire l'objet d'un avenant écrit signé par les deux "
                         "parties."),
    ("change_procedure", "Le sous-traitant aide le client à conduire une analyse d'impact (AIPD) avant l'ouverture."),
    ("dispute_resolution", "Avant toute action de maintenance, le technicien recherche la cause de la panne."),
]  # fmt: skip


# Fifth round of unseen real French documents (issue 7): families widened in our own words, with look-alikes.
FAMILY_FOUND_5: list[tuple[str, str]] = [
    ("services", "Les présentes conditions régissent la fourniture de prestations de formation par la société."),
    ("services", "Dans le cadre de l'offre, la société s'oblige à maintenir en état de marche le logiciel livré."),
    ("services", "Le forfait Sérénité qui est souscrit par le client se compose de la manière suivante : une visite."),
    ("services", "La maintenance applicative couvre les anomalies bloquantes et les évolutions mineures du logiciel."),
    ("services", "Les fonctionnalités attendues sont la prise de rendez-vous et le paiement en ligne."),
    ("price_revision", "Les tarifs suivent une hausse annuelle au plus égale à l'inflation constatée par l'INSEE."),
    ("price_revision", "Une augmentation annuelle des redevances est possible au premier janvier."),
    ("price_revision", "Tarifs : revalorisation chaque année avec un préavis de deux mois."),
    ("exit", "À la fin du contrat, les fichiers du client lui seront remis au terme de la dernière période."),
    ("exit", "Le consultant assure un accompagnement de passation auprès des équipes internes à la fin de la mission."),
    ("exit", "Le client reste libre de changer de prestataire sans frais ni délai."),
    ("audits", "Le cabinet adresse un reporting mensuel de l'avancement au directeur financier."),
    ("audits", "Chaque quinzaine, l'équipe présente une surveillance de l'avancement au comité projet."),
    ("continuity", "La restauration des données sauvegardées est assurée par un technicien sur simple demande."),
    ("continuity", "Continuité de service : suppléant désigné pour chaque intervenant."),
    ("termination", "Le client pourra, par exception à l'article 3, résilier le contrat à tout moment."),
    ("pricing", "Les abonnements sont payables d'avance au premier jour de chaque trimestre."),
    ("duration", "La durée d'engagement est de douze mois à compter de la souscription."),
    ("confidentiality", "Un accord de confidentialité est signé préalablement à toute intervention du consultant."),
    ("staff", "Le client peut obtenir le remplacement d'un intervenant dont le niveau ne convient pas."),
    ("service_levels", "Après la commande, le fournisseur activera sous 5 jours le compte du client."),
    ("service_levels", "La mise en service définitive est prévue en juin 2027."),
]  # fmt: skip

FAMILY_NOT_FOUND_5: list[tuple[str, str]] = [
    ("services", "Les présentes conditions régissent la vente de produits par correspondance."),
    ("services", "Le présent contrat se compose des documents contractuels suivants, par ordre de priorité."),
    ("services", "L'assurance couvre les dommages causés aux bureaux par un incendie."),
    ("price_revision", "Les prix sont fermes et non révisables ; l'inflation n'a aucun effet sur eux."),
    ("price_revision", "Tarifs : fermes pendant toute la durée du marché."),
    ("exit", "La passation du marché suit la procédure adaptée du code de la commande publique."),
    ("exit", "Le client peut faire exécuter les prestations par un autre prestataire aux frais du titulaire."),
    ("audits", "Le reporting financier de la société est publié une fois par an."),
    ("continuity", "Le client reste seul responsable de la sauvegarde et de la restauration de ses données."),
    ("termination", "Le client ne peut, sauf accord écrit, céder le contrat à un tiers."),
    ("pricing", "Les dommages indirects sont exclus de toute indemnisation."),
    ("duration", "Les devis sont valables trente jours, durée d'engagement du prix proposé à titre indicatif."
                 " Les pièces sont conservées 10 ans minimum."),
    ("confidentiality", "La signature électronique du bon de commande est obligatoire."),
    ("service_levels", "La mise en service dépendra de la disponibilité des équipes du client."),
    ("data_protection", "Suivi d'audience : une instance Matomo anonymisée conforme au RGPD, sans bandeau cookies."),
]  # fmt: skip


# Sixth round (issue 7): families seen missed or over-read on a development studio's terms and a SaaS processor
# agreement, written here in our own words.
FAMILY_FOUND_6: list[tuple[str, str]] = [
    ("governing_law", "Le présent DPA est régi par les lois de l'État de l'Ontario, sauf règle impérative contraire."),
    ("governing_law", "Le présent avenant est régi par les lois du Québec."),
    ("pricing", "Le graphiste reçoit une rémunération forfaitaire pour l'ensemble de sa mission."),
    ("pricing", "En contrepartie, l'agence s'engage à verser au prestataire la somme fixée au bon de commande."),
    ("audits", "Chaque semaine, les parties font le point sur l'avancement des travaux et les difficultés."),
    ("audits", "Un point d'avancement mensuel réunit le chef de projet du client et celui du prestataire."),
    ("services", "Le sous-traitant fournit une plateforme de prise de rendez-vous aux cabinets clients."),
    ("services", "Le fournisseur met à disposition une application de suivi des livraisons."),
    ("termination", "Le client pourra, par lettre recommandée, résilier le contrat et reprendre ses données."),
    ("duration", "Le présent contrat prend effet le 1er mars 2027 pour une durée de deux ans."),
    ("staff", "Le client s'engage à ne pas solliciter les salariés du prestataire affectés chez ses clients finaux."),
]  # fmt: skip

FAMILY_NOT_FOUND_6: list[tuple[str, str]] = [
    ("governing_law", "Le prestataire respecte les lois applicables à son activité."),
    ("pricing", "La rémunération globale des salariés du prestataire comprend leurs primes."),
    ("audits", "Les parties font le point sur leurs coordonnées respectives à la signature."),
    ("services", "Le sous-traitant fournit une attestation d'assurance sur demande."),
    ("termination", "Lors de la résiliation du service, les données du client sont supprimées sous trente jours."),
    ("termination", "Le sous-traitant efface toutes les données personnelles à la résiliation du contrat."),
    ("duration", "L'obligation de confidentialité prend effet à la signature et vaut pendant cinq ans."),
    ("duration", "Les droits d'auteur sont cédés à compter de la livraison pour la durée légale de protection."),
    ("renewal", "La cession vaut aussi pour les prolongations de la durée des droits d'auteur par une loi."),
    ("staff", "Le graphiste s'engage à ne pas solliciter ni démarcher un client final de l'agence pendant deux ans."),
]  # fmt: skip


# Eighth round (issue 7): false alarms seen on a consulting firm's general terms and a cloud host's terms of sale,
# each family written here in our own words as (label, heading line, sentence). Every look-alike below is found
# when its family is taken out of rules_labels.py; the clauses next to them keep the damping from reaching too far.
FAMILY_FOUND_8: list[tuple[str, str, str]] = [
    ("penalties", "Article 5 – Pénalités de retard",
     "En cas de retard de livraison imputable au prestataire, une pénalité égale à 1 % du montant de la commande par "
     "jour de retard est appliquée."),
    ("penalties", "Article 5",
     "Si la disponibilité mensuelle tombe sous 99 %, le client obtient une réduction de prix de 5 % sur la facture du "
     "mois."),
    ("price_revision", "Article 5", "Les tarifs sont majorés de 2 % au premier janvier de chaque année."),
    ("duration", "Article 5", "Le contrat est passé pour une durée de trois ans à compter de sa signature."),
    ("renewal", "Article 5",
     "Le contrat est renouvelable par périodes d'un an ; en cas de résiliation ou de non-renouvellement, un préavis de "
     "trois mois s'applique."),
    ("renewal", "Article 5",
     "La partie qui souhaite le non-renouvellement du contrat le notifie trois mois avant son échéance."),
    ("continuity", "Article 5",
     "Le prestataire réalise des sauvegardes quotidiennes et teste leur restauration chaque trimestre."),
    ("continuity", "Article 5", "Le prestataire maintient un plan de continuité d'activité testé une fois par an."),
]  # fmt: skip

FAMILY_NOT_FOUND_8: list[tuple[str, str, str]] = [
    # a heading on late payment and recovery lends no weight to the damped late-payment cues
    ("penalties", "Article 5 – Pénalités pour retard – recouvrement",
     "En cas de non-paiement à l'échéance, les sommes dues sont de plein droit majorées d'une pénalité égale à trois "
     "fois le taux d'intérêt légal et d'une indemnité forfaitaire de recouvrement. Au-delà d'un délai de trente jours, "
     "cette pénalité est égale à quinze pour cent des sommes dues."),
    # the Civil Code's own price reduction, excluded or restated
    ("penalties", "Article 5",
     "Le client renonce à se prévaloir de la faculté de réduction de prix prévue à l'article 1223 du Code civil."),
    ("penalties", "Article 5",
     "Le client ne pourra pas solliciter de réduction du prix au titre de l'article 1223 du Code civil."),
    # taxes or costs added on top of a price
    ("price_revision", "Article 5", "Les prix indiqués au devis sont majorés de la TVA au taux en vigueur."),
    ("price_revision", "Article 5",
     "Les tarifs horaires sont majorés des frais de déplacement engagés par le consultant."),
    # how long an undertaking survives the contract
    ("duration", "Article 5",
     "Cette interdiction de débauchage vaut pour une durée de deux (2) ans à compter de la fin du contrat."),
    ("duration", "Article 5",
     "Le secret s'impose aux parties pour une durée de cinq ans à compter de la cessation de leurs relations."),
    # non-renewal named among the ways a contract ends, a renewal order refused for unpaid invoices
    ("renewal", "Article 5",
     "Toute interruption du service, qu'elle résulte d'une résiliation ou d'un non-renouvellement, entraîne la "
     "fermeture du compte."),
    ("renewal", "Article 5",
     "À défaut de paiement, le fournisseur peut refuser toute nouvelle commande ou renouvellement d'abonnement."),
    # backups left to the customer, the provider disclaiming the customer's continuity, backups only wiped
    ("continuity", "Article 5",
     "Il appartient au client d'effectuer une sauvegarde complète de ses fichiers avant chaque intervention du "
     "technicien afin d'en permettre la restauration."),
    ("continuity", "Article 5",
     "L'hébergeur n'est pas responsable de la continuité d'activité du client ni de ses sauvegardes."),
    ("continuity", "Article 5 – Continuité du service",
     "La fin du contrat entraîne la suppression définitive des contenus du client, sauvegardes comprises."),
]  # fmt: skip


# Ninth round (issue 7): families from the misses and false alarms of the ninth set of unseen French documents,
# in our own words. Each found sentence is missed without its family; each look-alike is a near miss.
FAMILY_FOUND_9 = [
    # a period stated as renewable, with the plural agreement
    ("renewal", "Article 2", "Engagement : six mois renouvelables."),
    ("renewal", "Article 2", "Les abonnements sont souscrits pour des périodes de trois mois reconductibles."),
    # documents to be held as confidential
    ("confidentiality", "Article 9",
     "Le consultant s'engage à considérer comme strictement confidentielles toutes les données remises par le client."),
    ("confidentiality", "Article 9", "Les parties devront considérer comme secrets les plans techniques échangés."),
    # the right to change one's prices granted to oneself or held as a faculty
    ("price_revision", "Article 4", "La société s'octroie le droit d'augmenter ses prix une fois par an."),
    ("price_revision", "Article 4",
     "Le prestataire dispose de la faculté de modifier ses tarifs au début de chaque année civile."),
    # a credit counted as a share of the bill when availability falls short
    ("penalties", "Article 6", "Niveau de service manqué : crédit égal à 5 % de l'abonnement."),
    ("penalties", "Article 6", "| Disponibilité entre 98 % et 99 % | 25 % de crédit |"),
    # changes to the contract announced ahead by kind
    ("change_procedure", "Article 11",
     "Toute modification des conditions générales est notifiée au client 30 jours à l'avance par courriel."),
    ("change_procedure", "Article 11", "Un préavis de 45 jours s'applique à toute modification du contrat."),
    # an amicable step still counts when the courts follow it
    ("dispute_resolution", "Article 14",
     "À défaut d'accord amiable trouvé dans le mois suivant la tentative de conciliation, le tribunal de commerce de "
     "Lyon sera saisi."),
]  # fmt: skip

FAMILY_NOT_FOUND_9 = [
    # a bare preface to the courts sets no amicable step
    ("dispute_resolution", "Article 14",
     "À défaut d'accord amiable, le différend sera soumis au tribunal de commerce de Lyon."),
    ("dispute_resolution", "Article 14",
     "Tout désaccord sera, à défaut de règlement amiable, porté devant les juridictions de Nantes."),
    # a user keeping its own login secret
    ("confidentiality", "Article 8",
     "L'utilisateur doit maintenir la confidentialité de ses identifiants de connexion."),
    ("confidentiality", "Article 8", "Le client s'engage à garder ses mots de passe confidentiels."),
    # renewable energy is no renewal
    ("renewal", "Article 7", "Le prestataire alimente ses serveurs avec des énergies renouvelables."),
    # an early-payment discount called a credit
    ("penalties", "Article 6",
     "En cas de paiement anticipé, un crédit de 2 % du montant de la facture est consenti ; la disponibilité de la "
     "plateforme n'est pas garantie."),
    # a change of prices announced ahead is price revision, not a change procedure
    ("change_procedure", "Article 11", "Modification des tarifs : 60 jours de préavis."),
    # firm prices: the faculty is given up
    ("price_revision", "Article 4",
     "Le prestataire renonce à la faculté de modifier ses tarifs : les prix sont fermes pour toute la durée du "
     "contrat."),
]  # fmt: skip


# Tenth round (issue 7): families from the misses and false alarms of the tenth set of unseen French documents,
# the sixth set's remaining false alarm, and French look-alikes of the dispute resolution and renewal false alarms
# measured on the newest sets, in our own words. Each found sentence is missed without its family; each look-alike
# was found before.
FAMILY_FOUND_10 = [
    # the processing operations a processor performs, listed after a colon
    ("services", "3.1 Nature des opérations de traitement",
     "Dans ce cadre, l'opérateur effectue pour le compte du client et sur ses instructions les opérations de "
     "traitement suivantes :"),
    ("services", "Article 3",
     "Pour le compte du client, la plateforme exécute les opérations de traitement suivantes : contrôle des "
     "pièces, archivage."),
]  # fmt: skip

FAMILY_NOT_FOUND_10 = [
    # good faith owed in general, disputes named among other things
    ("dispute_resolution", "Article 13",
     "Les parties s'engagent à agir de bonne foi dans l'exécution du contrat, y compris à l'égard de tout différend."),
    # a contested invoice talked over
    ("dispute_resolution", "Article 6",
     "Le client peut suspendre le paiement de la partie contestée d'une facture ; les parties s'efforcent de bonne "
     "foi de régler le différend portant sur ce montant."),
    ("dispute_resolution", "Article 6",
     "En cas de litige sur une facture, les parties se rapprochent pour examiner le montant contesté."),
    # a bare preface to the courts, in other words than "à défaut de résolution amiable"
    ("dispute_resolution", "Article 14",
     "Tout litige né du présent contrat qui ne pourrait être résolu à l'amiable sera soumis à la compétence des "
     "tribunaux de Lyon."),
    ("dispute_resolution", "Article 14",
     "Les différends non réglés à l'amiable relèvent du tribunal de commerce de Nantes."),
    ("dispute_resolution", "Article 14",
     "Faute d'accord amiable, le litige est porté devant le tribunal de commerce de Bordeaux."),
    # the main contract's renewals named by an annex that follows it
    ("renewal", "Article 2 - Durée",
     "Le présent accord demeure en vigueur pendant toute la durée du contrat principal, y compris pendant ses "
     "périodes de renouvellement."),
    ("renewal", "Article 2 - Durée",
     "La présente annexe s'applique pendant la durée du contrat de services et de ses éventuels renouvellements."),
    # a lasting outage, or a phase pushed back, is no extension of the contract
    ("renewal", "Article 9",
     "En cas d'indisponibilité prolongée de la plateforme au-delà de deux mois, le client peut résilier."),
    ("renewal", "Article 15", "La période de réversibilité peut être prolongée de trois mois à la demande du client."),
    ("renewal", "Article 10", "La durée de conservation des journaux est prolongée de six mois en cas d'enquête."),
    # "personnel" as the adjective of personal data; access rights called "habilitations"
    ("staff", "8.3 Transferts",
     "Tout transfert de données à caractère personnel hors de l'Union est encadré par des clauses types."),
    ("staff", "Annexe 2 - Mesures de sécurité",
     "| Formation | Sensibilisation à la sécurité pour tout le personnel |\n"
     "| Habilitations | Moindre privilège et revue trimestrielle des habilitations |"),
    # the provider processing data as the processor is its role, not subcontracting
    ("subcontracting", "Article 18 - Données",
     "L'éditeur n'acquiert aucun droit sur les données du client ; il n'est autorisé à les traiter qu'en qualité de "
     "sous-traitant, aux fins fixées par l'accord de traitement."),
]  # fmt: skip


# Seventh round (issue 7): the standard French terms of sale for services that many small providers publish
# (French public set 7, 0.810 at first sight), each miss and false alarm written as a family in our own words.
# Each look-alike, and each positive of a new family, fails on the code before these families; the positives of
# Articles 2, 9 and 12 are controls (already found before) that the new damping must not reach.
FAMILY_FOUND_7 = [
    ("services", "Article 1 – Objet",
     "Les présentes conditions ont pour objet de définir les conditions dans lesquelles la société Alpha Conseil "
     "(« le Prestataire ») fournit à ses clients les prestations suivantes : audit et refonte de sites internet."),
    ("services", "Article 2",
     "Le Titulaire réalise les missions suivantes : accueil téléphonique, prise de messages et prise de rendez-vous."),
    ("services", "Article 6 – Maintenance",
     "La Société assure la maintenance corrective et évolutive de l'application mise à disposition du Client."),
    ("services", "Article 7 – Assistance",
     "La Société propose un service d'assistance technique joignable les jours ouvrés par téléphone."),
    ("change_procedure", "Article 3 – Commandes",
     "Les modifications de la commande souhaitées par le Client ne sont prises en compte qu'après l'envoi d'un "
     "nouveau bon de commande signé et l'ajustement du prix correspondant."),
    ("change_procedure", "Article 9",
     "La Société peut faire évoluer le contenu des services souscrits ; s'ils sont revus à la baisse, un nouveau "
     "contrat est proposé au Client, qui reste libre de l'accepter."),
    ("duration", "Article 12 – Durée",
     "Le présent contrat entre en vigueur à la date de sa signature et est conclu pour une durée d'un an."),
    ("renewal", "Article 12 – Durée",
     "Le contrat est renouvelable par tacite reconduction pour des périodes successives d'un an."),
]  # fmt: skip

FAMILY_NOT_FOUND_7 = [
    ("penalties", "Article 4 – Pénalités de retard",
     "Des pénalités sont exigibles en cas de paiement après la date d'échéance portée sur la facture."),
    ("penalties", "Article 10 – Exécution imparfaite",
     "Le créancier peut accepter une exécution imparfaite et solliciter une réduction du prix, fixée à "
     "dire d'expert à défaut d'accord."),
    ("duration", "Article 11 – Exception d'inexécution",
     "La suspension d'exécution de ses obligations par la Partie victime prendra effet dès réception de la "
     "notification du manquement."),
    ("duration", "Article 5 – Tarifs",
     "Toute hausse des tarifs entrera en vigueur le premier jour du mois suivant sa notification."),
    ("renewal", "Article 8 – Accès",
     "En cas de perte de ses identifiants, le Client suit la procédure de renouvellement du mot de passe "
     "disponible en ligne."),
    ("renewal", "Article 8 – Matériel",
     "Le renouvellement des équipements informatiques du Client reste à sa charge."),
]  # fmt: skip

# Eleventh round (issue 7): families seen on the last French set, in our own words; each fails on the patterns the
# round was measured on.
FAMILY_FOUND_11 = [
    ("service_levels", "Article 6",
     "Le Prestataire s'engage à prendre en compte les demandes urgentes sous 2 h ouvrées."),
]  # fmt: skip

FAMILY_NOT_FOUND_11 = [
    ("liability", "Article 7 – Avoirs",
     "Le total des avoirs dus au titre d'un mois ne pourra excéder 50 % de la redevance mensuelle."),
    ("subcontracting", "Article 9",
     "Chaque partie ne communique les informations confidentielles qu'aux membres de son personnel et sous-traitants "
     "ayant besoin d'en connaître, informés de leur caractère confidentiel."),
]  # fmt: skip

# A cue's companion wording (its `needs`) may stand in the heading: the data export of a clause headed "Fin du
# contrat et réversibilité" is an exit clause; under a heading about the customer's data, it is not.
_EXPORT = ("Le Client dispose d'un délai de trente (30) jours pour demander l'export de ses données dans un format "
           "structuré et couramment utilisé. Passé ce délai, les données sont supprimées.")
NEEDS_IN_HEADING = [("exit", "Article 18 — Fin du contrat et réversibilité", _EXPORT)]
NEEDS_NOT_IN_HEADING = [("exit", "Article 18 — Données du Client", _EXPORT)]

# Every family sentence of every round, with the heading line it is reviewed under as a one-clause French
# document (rounds 1-6 give bare sentences: "Article 4" or "Article 5" above them).
HEADED_FOUND = (
    FAMILY_FOUND_7 + FAMILY_FOUND_8 + FAMILY_FOUND_9 + FAMILY_FOUND_10 + FAMILY_FOUND_11 + NEEDS_IN_HEADING
    + [(label, "Article 4", sentence) for label, sentence in FAMILY_FOUND]
    + [(label, "Article 4", sentence) for label, sentence in FAMILY_FOUND_2]
    + [(label, "Article 4", sentence) for label, sentence in FAMILY_FOUND_3]
    + [(label, "Article 4", sentence) for label, sentence in FAMILY_FOUND_4]
    + [(label, "Article 5", sentence) for label, sentence in FAMILY_FOUND_5]
    + [(label, "Article 5", sentence) for label, sentence in FAMILY_FOUND_6]
)
HEADED_NOT_FOUND = (
    FAMILY_NOT_FOUND_7 + FAMILY_NOT_FOUND_8 + FAMILY_NOT_FOUND_9 + FAMILY_NOT_FOUND_10 + FAMILY_NOT_FOUND_11
    + NEEDS_NOT_IN_HEADING
    + [(label, "Article 4", sentence) for label, sentence in FAMILY_NOT_FOUND]
    + [(label, "Article 4", sentence) for label, sentence in FAMILY_NOT_FOUND_2]
    + [(label, "Article 4", sentence) for label, sentence in FAMILY_NOT_FOUND_3]
    + [(label, "Article 4", sentence) for label, sentence in FAMILY_NOT_FOUND_4]
    + [(label, "Article 5", sentence) for label, sentence in FAMILY_NOT_FOUND_5]
    + [(label, "Article 5", sentence) for label, sentence in FAMILY_NOT_FOUND_6]
)


def test_look_alike_wordings_of_one_passage_do_not_add_up() -> None:
    # Several late-payment wordings in one passage, each a damped penalty cue, under a "Pénalités" heading: the
    # strongest damped cue counts, the others do not pile up into a penalty clause.
    text = (
        "Article 4 – Pénalités de retard\n"
        "En cas de retard de paiement, des pénalités de retard calculées au taux de 10 % du montant TTC sont dues. "
        "Les pénalités de retard sont exigibles de plein droit sans mise en demeure. Une indemnité forfaitaire pour "
        "frais de recouvrement de 40 euros s'y ajoute.\n"
    )
    assert not review_text(text, lang="fr").label("penalties").present


# Twelfth round (issue 7): families seen on the twelfth French set (a contract for services, a service-commitment
# page, a managed-storage offer), in our own words; each found sentence fails on the patterns the round was
# measured on, and the two court-only dispute sentences were found there.
FAMILY_FOUND_12 = [
    ("service_levels", "Article 5",
     "Le respect du planning arrêté ensemble constitue une obligation essentielle du Prestataire."),
    ("service_levels", "Article 5", "Les délais de réalisation sont impératifs et le Prestataire s'y conforme."),
    ("penalties", "Article 6",
     "Un crédit de 5 % par tranche d'une heure au-delà du délai de rétablissement garanti est porté sur la facture "
     "suivante."),
    ("exit", "Article 9",
     "En cas de résiliation, le Prestataire livre au Client les développements dans leur état d'avancement."),
    ("duration", "Article 3 – Abonnement", "Engagement minimum : 24 mois."),
    ("duration", "Offre", "| Engagement initial | 36 mois |"),
]  # fmt: skip

FAMILY_NOT_FOUND_12 = [
    ("dispute_resolution", "Article 12",
     "Tout différend que les parties ne pourraient régler à l'amiable sera soumis au tribunal de commerce de Lyon."),
    ("dispute_resolution", "Article 12",
     "Les litiges que les parties ne parviendraient pas à résoudre à l'amiable relèvent des juridictions de Paris."),
    ("service_levels", "Article 5",
     "Les délais de livraison sont donnés à titre indicatif et leur respect ne constitue pas une obligation "
     "essentielle."),
    ("service_levels", "Article 5", "Le respect des dates de paiement constitue une obligation essentielle du Client."),
    ("penalties", "Article 6",
     "Un crédit de 3 % par tranche de 10 000 euros commandés est accordé au titre des remises de volume."),
    ("exit", "Article 9",
     "À la fin de chaque sprint, le Prestataire livre au Client les développements dans leur état d'avancement."),
    ("duration", "Article 8", "Engagement de confidentialité : 5 ans après la fin des relations."),
]  # fmt: skip


# Thirteenth round (issue 7): families seen on the thirteenth French set (a web agency's terms, an IT services
# company's terms, a consulting platform's terms), in our own words. Widened: exit (the site's files or a backup of
# its contents handed over on request, the client's originals given back, the results handed over so that a third
# party can go on) and confidentiality (respect for the confidential character of what the client entrusts). Damped:
# force majeure only named among causes that may push back indicative dates, the client's own decision maker read
# as staff, an undertaking lasting after the services read as the contract's term, insurers named in a liability
# exclusion read as insurance. Each widened sentence is missed and each damped one found on HEAD 0b19088.
FAMILY_FOUND_13 = [
    ("exit", "Article 8",
     "Sur simple demande du Client, l'agence lui remettra une copie complète des fichiers du site."),
    ("exit", "Article 8",
     "À sa demande, le studio lui transmettra une archive compressée des contenus publiés sur le site."),
    ("exit", "Article 9 – Résiliation",
     "En cas de résiliation, nous vous livrerons une sauvegarde de votre base de données au format SQL."),
    ("exit", "Article 10",
     "Les originaux confiés par le Client lui sont restitués au plus tard quinze jours après la remise du rapport."),
    ("exit", "Article 10",
     "Le cabinet conserve en lieu sûr les actes originaux transmis et les restitue au Client dès qu'il les réclame."),
    ("exit", "Article 10", "Tous les documents originaux fournis par le client pour la mission lui seront restitués."),
    ("exit", "Article 11",
     "Si le contrat prend fin avant terme, le Prestataire remet au Client les livrables réalisés afin d'en permettre "
     "l'achèvement par un autre prestataire."),
    ("exit", "Article 11",
     "Le consultant transmettra ses notes et analyses au Client pour permettre à un tiers de reprendre la mission "
     "interrompue."),
    ("exit", "Article 11",
     "Le Prestataire met à la disposition du Client les résultats obtenus et les documents de travail, de sorte que "
     "la poursuite du projet par un tiers reste possible."),
    ("confidentiality", "Article 3",
     "Le Prestataire s'engage à respecter le caractère confidentiel des informations commerciales que le Client lui "
     "communique."),
    ("confidentiality", "Article 3",
     "Chaque partie veille à préserver le caractère secret des données techniques échangées."),
    ("confidentiality", "Article 3",
     "L'agence garantit le caractère strictement confidentiel des maquettes et projets qui lui sont soumis."),
]  # fmt: skip

# Still found after the damping: the same words where they do settle the label.
FAMILY_KEPT_13 = [
    ("force_majeure", "Article 12",
     "Aucune partie n'est responsable d'un retard dû à un cas de force majeure au sens de l'article 1218 du Code "
     "civil."),
    ("force_majeure", "Article 12", "- la force majeure suspend les obligations de la partie qui la subit ;"),
    ("force_majeure", "Article 12",
     "Les obligations de la partie empêchée par la force majeure sont suspendues pendant toute sa durée."),
    ("staff", "Article 6",
     "Le Prestataire désigne un interlocuteur unique habilité à prendre les décisions opérationnelles."),
    ("staff", "Article 6", "Le chef de projet désigné par l'agence ne peut être remplacé sans l'accord du Client."),
    ("staff", "Article 6", "Un interlocuteur unique dédié, salarié du Prestataire, suit le dossier du Client."),
    ("duration", "Article 2",
     "Le contrat produira ses effets à compter de sa signature et pendant une durée de deux ans."),
    ("duration", "Article 2", "La présente convention demeure en vigueur jusqu'au 31 décembre 2027."),
    ("duration", "Article 2",
     "Le marché produit ses effets dès sa notification, pour une période de trente-six mois."),
    ("insurance", "Article 14",
     "Le Prestataire justifie auprès de ses assureurs d'une couverture de responsabilité civile professionnelle."),
    ("insurance", "Article 14", "Le Prestataire déclare être assuré auprès d'un assureur notoirement solvable."),
    ("insurance", "Article 14",
     "Le Prestataire ne répond des dommages que dans la limite des garanties souscrites auprès de ses assureurs."),
]  # fmt: skip

FAMILY_NOT_FOUND_13 = [
    ("exit", "Article 8", "Sur simple demande, le prestataire lui fournira une copie de la facture acquittée."),
    ("exit", "Article 8",
     "Le prestataire réalise chaque nuit une sauvegarde des contenus du site, conservée trente jours."),
    ("exit", "Article 10", "Les originaux des bons de livraison signés sont restitués au Prestataire sous huit jours."),
    ("exit", "Article 10", "Le contrat est établi en deux originaux, dont un est remis à chaque partie."),
    ("exit", "Article 11",
     "La poursuite des prestations par un tiers est interdite sans l'accord écrit du Prestataire."),
    ("exit", "Article 11",
     "Le Prestataire livre les maquettes au Client afin de lui permettre de poursuivre ses propres tests."),
    ("confidentiality", "Article 3",
     "Le caractère confidentiel d'une information cesse dès qu'elle tombe dans le domaine public."),
    ("confidentiality", "Article 3",
     "L'utilisateur doit respecter le caractère confidentiel de ses identifiants de connexion."),
    ("confidentiality", "Article 3",
     "La présente clause ne s'applique pas aux informations ayant perdu leur caractère confidentiel."),
    ("force_majeure", "Article 4 – Délais", "- un cas de force majeure ;"),
    ("force_majeure", "Article 4 – Délais",
     "Les dates de livraison sont données à titre indicatif et peuvent glisser en cas de retard du Client ou de force "
     "majeure."),
    ("force_majeure", "Article 4 – Délais",
     "Les plannings sont indicatifs : une demande de modification, un retard de paiement ou un événement de force "
     "majeure peuvent les décaler."),
    ("staff", "Article 6 – Obligations du Client",
     "- nommer un interlocuteur unique disposant du pouvoir de décision ;"),
    ("staff", "Article 6 – Obligations du Client",
     "Le Client s'engage à désigner un référent unique ayant autorité pour arbitrer les choix du projet."),
    ("staff", "Article 6 – Obligations du Client",
     "Un contact privilégié, habilité à prendre les décisions au nom de l'acheteur, est désigné dès la commande."),
    ("duration", "Article 8",
     "L'engagement de discrétion produira ses effets pendant trois ans suivant le terme de la mission."),
    ("duration", "Article 8",
     "Cette obligation de secret demeurera en vigueur pendant cinq années après la fin des prestations."),
    ("duration", "Article 8",
     "Les stipulations relatives à la non-sollicitation produisent leurs effets jusqu'à douze mois après "
     "l'expiration du contrat."),
    ("insurance", "Article 14",
     "Le Prestataire ne répond pas de ses assureurs ni des pertes d'exploitation du Client."),
    ("insurance", "Article 14", "La société ne saurait répondre des assureurs du Client en cas de sinistre."),
    ("insurance", "Article 14",
     "Le consultant ne répond en aucun cas des assureurs du Client ni de leurs recours."),
]  # fmt: skip


# Round 15 (issue 7): families found on a garage-software publisher's secretariat contract, terms and processing
# agreement, in our own words: a sub-processor authorisation given in the GDPR's form without the word
# "sous-traitant", an hourly rate said revisable after its amount, and an insurance certificate renewed (not the
# contract).
FAMILY_FOUND_15 = [
    ("subcontracting", "Article 5 – Intervenants",
     "Le Client donne une autorisation générale écrite à l'intervention des hébergeurs et prestataires techniques "
     "listés en annexe."),
    ("subcontracting", "Article 5 – Intervenants",
     "L'autorisation prévue à l'article 28.2 du RGPD couvre les catégories de prestataires techniques "
     "ci-dessous."),
    ("price_revision", "Article 4",
     "Le consultant est payé au taux horaire indiqué en annexe (45 euros hors taxes au démarrage, révisable "
     "chaque année)."),
    ("renewal", "Article 2",
     "Le contrat d'un an est renouvelable par tacite reconduction ; le Prestataire justifie de son assurance à "
     "chaque renouvellement."),
]  # fmt: skip
FAMILY_NOT_FOUND_15 = [
    ("subcontracting", "Article 5 – Intervenants",
     "Toute modification du périmètre requiert une autorisation écrite préalable du Client."),
    ("price_revision", "Article 4",
     "Le prix forfaitaire est ferme ; seul le planning est révisable d'un commun accord par avenant."),
    ("renewal", "Article 8 – Moyens",
     "Le Prestataire souscrit une assurance de responsabilité civile dont il remet l'attestation à la signature "
     "puis à chaque renouvellement."),
    ("renewal", "Article 8 – Moyens",
     "Une attestation d'assurance à jour est transmise au Client à chaque renouvellement de la police."),
]  # fmt: skip


# Issue 7, French round 16 (two general terms: IT maintenance interventions, small web hosting), in our own words: a
# solution promised within some hours of the request, a service ended "de plein droit" by a resolutory clause, an
# open-ended contract that becomes effective and goes on producing effects, force majeure as uncontrollable events;
# and an availability aimed at on a best-effort basis with no guarantee, which is no service level.
FAMILY_FOUND_16 = [
    ("service_levels", "Article 3 – Assistance",
     "Le Prestataire s'engage à proposer une solution dès les quatre heures qui suivent l'appel du Client."),
    ("service_levels", "Article 3 – Assistance",
     "Nous nous engageons à apporter une solution dans les 48 heures suivant votre signalement."),
    ("termination", "Article 9",
     "À défaut de règlement dans le mois suivant la relance, la prestation sera résolue de plein droit."),
    ("duration", "Article 12",
     "Le contrat devient effectif à la date de la commande et continue à produire ses effets jusqu'à sa "
     "dénonciation par écrit."),
    ("force_majeure", "Article 15",
     "Aucune des parties n'est responsable d'un retard dû à des circonstances incontrôlables telles qu'une grève "
     "ou un fait du prince."),
]  # fmt: skip
FAMILY_NOT_FOUND_16 = [
    ("service_levels", "Article 7",
     "Le Prestataire fera ses meilleurs efforts pour que la plateforme soit disponible 100 % du temps, mais il ne "
     "peut fournir aucune garantie que le service ne sera jamais interrompu."),
    ("service_levels", "Article 3",
     "Le Client signale toute anomalie dans les 24 heures qui suivent la livraison du matériel."),
    ("termination", "Article 4 – Support",
     "Chaque anomalie signalée sur la prestation sera résolue sous quatre heures ouvrées."),
    ("duration", "Article 15 – Confidentialité",
     "L'engagement de secret continuera à produire ses effets pendant trois ans après la fin des prestations."),
    ("force_majeure", "Article 6 – Prix",
     "Les circonstances incontrôlables du marché de l'énergie justifient l'indexation trimestrielle des tarifs."),
]  # fmt: skip


# Each sentence reviewed under its heading line as a one-clause French document (the tables of every round).
@pytest.mark.parametrize(
    ("label", "heading", "sentence"),
    HEADED_FOUND + FAMILY_FOUND_12 + FAMILY_FOUND_13 + FAMILY_KEPT_13 + FAMILY_FOUND_15 + FAMILY_FOUND_16,
)
def test_french_family_found_under_a_heading(label: str, heading: str, sentence: str) -> None:
    present, score = one_clause(label, sentence, "fr", heading)
    assert present, (label, score)


@pytest.mark.parametrize(
    ("label", "heading", "sentence"),
    HEADED_NOT_FOUND + FAMILY_NOT_FOUND_12 + FAMILY_NOT_FOUND_13 + FAMILY_NOT_FOUND_15 + FAMILY_NOT_FOUND_16,
)
def test_french_look_alike_not_found_under_a_heading(label: str, heading: str, sentence: str) -> None:
    present, score = one_clause(label, sentence, "fr", heading)
    assert not present, (label, score)
