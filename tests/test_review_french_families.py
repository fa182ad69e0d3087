"""French wording families, written ahead of any contract (issue 7: proactive coverage of the labels most missed).

Each set of unseen French contracts brought misses on the same eleven labels (services, service levels, change
procedure, duration, price revision, exit, audits, continuity, staff, subcontracting, penalties). These sentences
were written in our own words from the label definitions (docs review-labels), across drafting styles: formal
contracts ("Le Prestataire s'engage à"), public procurement (CCAP/CCTP: "le titulaire", "le pouvoir
adjudicateur", "ordre de service", "bon de commande"), general terms of sale ("Nous", "vous"), service level
agreements and data-processing terms; figures in digits and in words, capitals, abbreviations, table rows.

Each sentence is reviewed alone under a neutral heading ("Article 4"), so only its own wording counts. The
look-alikes use the topic's words in another sense (a warranty period, late-payment interest, a bare "by
written amendment", the customer's own backups, a processor called "le sous-traitant"...): they must not count.
"""

from __future__ import annotations

import pytest

from review_fixtures import one_clause
from voute.review import review_text

FOUND: list[tuple[str, str]] = [
    # services: what the provider must do
    ("services", "Le Prestataire s'engage à assurer l'accueil téléphonique des clients du Donneur d'ordre du lundi au "
     "samedi."),
    ("services", "Le titulaire exécute les prestations de nettoyage des locaux administratifs de la commune."),
    ("services", "Les prestations comprennent la réception, la qualification et le traitement des appels entrants."),
    ("services", "Nous fournissons au Client un service de sauvegarde en ligne de ses fichiers."),
    ("services", "Le marché porte sur la maintenance préventive et corrective des ascenseurs de la commune."),
    ("services", "Le Prestataire prendra en charge la hotline de niveau 1 pour l'ensemble des utilisateurs du Client."),
    ("services", "| Lot 2 | Tierce maintenance applicative du progiciel de paie |"),
    ("services", "Les Parties conviennent que le Prestataire réalisera l'intégration du logiciel dans le système "
     "d'information du Client."),
    ("services", "Le titulaire est chargé de la collecte et du transport des déchets ménagers sur le territoire de la "
     "communauté de communes."),
    ("services", "Au titre du présent contrat, le Prestataire effectue la saisie et la numérisation des factures "
     "fournisseurs du Client."),
    ("services", "La mission du Prestataire consiste à conseiller le Client dans la refonte de son parcours client."),
    ("services", "Le Fournisseur livre les équipements, procède à leur installation et assure la formation des "
     "utilisateurs."),
    ("services", "Les services de téléassistance fournis par le Prestataire incluent l'écoute 24 h/24 et l'alerte des "
     "secours."),
    ("services", "Le titulaire doit assurer le gardiennage et la surveillance du site, de jour comme de nuit."),
    ("services", "Le Client confie au Prestataire, qui l'accepte, l'exploitation de son centre de contacts."),
    ("services", "Le Prestataire met à la disposition du Client une plateforme de gestion des rendez-vous accessible "
     "en mode SaaS."),
    ("services", "Les prestations attendues sont les suivantes : a) accueil des visiteurs ; b) gestion du standard ; "
     "c) tri du courrier."),
    ("services", "Le titulaire exécutera les travaux conformément aux normes NF en vigueur et aux règles de l'art."),
    ("services", "Les prestations de restauration collective comprennent la fabrication, la livraison et le service "
     "des repas."),
    ("services", "Le Prestataire assure l'hébergement, la supervision et l'administration des serveurs du Client."),
    ("services", "Le titulaire réalise, sur bons de commande, des prestations de traduction de documents techniques "
     "de l'anglais vers le français."),
    ("services", "Le service comprend l'envoi d'un technicien sur site en cas de panne bloquante."),
    ("services", "L'accord-cadre a pour objet la fourniture de prestations d'impression et de routage."),
    ("services", "Le Prestataire gère pour le compte du Client les demandes de résiliation et les réclamations des "
     "abonnés."),
    ("services", "Il appartient au titulaire de procéder à l'entretien des espaces verts, à la taille des haies et au "
     "ramassage des feuilles."),
    ("services", "Nous nous engageons à vous livrer les produits commandés et à assurer le service après-vente."),
    ("services", "Le Prestataire fournit une assistance technique par téléphone et par courriel aux utilisateurs du "
     "logiciel."),
    ("services", "LE PRESTATAIRE S'ENGAGE À RÉALISER LES DÉVELOPPEMENTS SPÉCIFIQUES DÉCRITS DANS LE CAHIER DES "
     "CHARGES."),
    # service levels: measurable targets, response/restoration times, dated milestones
    ("service_levels", "Le taux de décroché doit être supérieur ou égal à 90 % des appels présentés."),
    ("service_levels", "Le délai de rétablissement est fixé à quatre (4) heures ouvrées pour les incidents "
     "bloquants."),
    ("service_levels", "| Délai de rétablissement | 4 h |"),
    ("service_levels", "| Disponibilité mensuelle de la plateforme | 99,5 % |"),
    ("service_levels", "La GTI est de 2 heures et la GTR de 8 heures ouvrées."),
    ("service_levels", "Le Prestataire garantit une disponibilité du service de 99,9 % par mois, hors maintenance "
     "programmée."),
    ("service_levels", "80 % des appels doivent être décrochés en moins de 20 secondes."),
    ("service_levels", "Le titulaire répond aux courriels dans un délai maximal de quarante-huit heures."),
    ("service_levels", "Le délai d'intervention sur site ne peut excéder J+1 ouvré à compter de la demande."),
    ("service_levels", "Les niveaux de service attendus sont les suivants : taux de résolution au premier contact d'au "
     "moins 75 %."),
    ("service_levels", "Le taux de satisfaction des usagers, mesuré par enquête trimestrielle, doit atteindre 85 %."),
    ("service_levels", "La livraison du module de paie interviendra au plus tard le 30 juin 2026."),
    ("service_levels", "Le titulaire s'engage à livrer la version recettée dans un délai de soixante jours à compter "
     "de la notification de l'ordre de service."),
    ("service_levels", "Nous traitons toute réclamation sous 10 jours ouvrés."),
    ("service_levels", "Le temps moyen de traitement d'un dossier ne dépasse pas 72 h."),
    ("service_levels", "Le taux d'appels abandonnés ne doit pas être supérieur à 5 % sur le mois."),
    ("service_levels", "Les incidents de priorité 1 sont pris en compte en moins de 30 minutes, 24 h/24 et 7 j/7."),
    ("service_levels", "Le Prestataire s'engage sur un taux de conformité des dossiers traités d'au moins 98 %."),
    ("service_levels", "Les demandes de niveau 2 sont résolues en 5 jours ouvrés dans 95 % des cas."),
    ("service_levels", "Engagement de qualité de service : un taux de disponibilité de quatre-vingt-dix-neuf pour cent "
     "(99 %)."),
    ("service_levels", "Le délai de livraison des commandes est de 48 h à compter de la réception du bon de commande."),
    ("service_levels", "Délai de prise en charge : 15 minutes ; délai de résolution : 4 heures."),
    ("service_levels", "Le titulaire respecte un délai d'exécution de dix jours calendaires pour chaque bon de "
     "commande."),
    ("service_levels", "Le temps d'attente moyen des appelants ne doit pas excéder une minute."),
    ("service_levels", "Le Prestataire respecte les indicateurs de performance (KPI) suivants : DMT inférieure à 6 "
     "minutes, taux de transfert inférieur à 10 %."),
    ("service_levels", "Le site web sera accessible au moins 99 % du temps, mesuré sur une base mensuelle."),
    ("service_levels", "La phase de déploiement est achevée au plus tard douze semaines après la signature du "
     "contrat."),
    # penalties: for a missed service level, milestone or deadline
    ("penalties", "En cas de non-respect du délai de rétablissement, le titulaire encourt une pénalité de 150 euros HT "
     "par heure de retard."),
    ("penalties", "Tout retard de livraison donne lieu à une pénalité journalière égale à 1/1000e du montant du bon de "
     "commande."),
    ("penalties", "Si le taux de décroché est inférieur à 85 %, une réfaction de 3 % est appliquée sur la facture "
     "mensuelle."),
    ("penalties", "| Indicateur non atteint | Pénalité : 500 € HT par mois |"),
    ("penalties", "Le Prestataire versera au Client un avoir équivalent à 5 % de la redevance mensuelle pour chaque "
     "point de disponibilité manquant."),
    ("penalties", "Les pénalités de retard dans l'exécution sont calculées selon la formule P = V x R / 1000."),
    ("penalties", "Le non-respect des niveaux de service entraîne l'application de crédits de service, plafonnés à "
     "10 % du montant annuel."),
    ("penalties", "Par dérogation à l'article 14 du CCAG-FCS, le montant des pénalités est fixé à 200 € par jour "
     "calendaire de retard."),
    ("penalties", "Une indemnité forfaitaire de 1 000 euros est due par le Prestataire pour chaque jour de "
     "dépassement de la date de mise en production."),
    ("penalties", "À défaut d'intervention dans le délai prévu, le pouvoir adjudicateur applique une pénalité de "
     "cinquante euros par intervention."),
    ("penalties", "Nous vous remboursons 10 % de l'abonnement mensuel si le service est indisponible plus de 4 "
     "heures."),
    ("penalties", "Le montant total des pénalités d'exécution ne pourra excéder 15 % du montant HT annuel du marché."),
    ("penalties", "Chaque absence non remplacée d'un agent donne lieu à une retenue de 80 € sur le prix."),
    ("penalties", "En cas de dépassement du délai de réponse, le prix de la prestation est minoré de 20 %."),
    ("penalties", "Le titulaire s'expose à des pénalités en cas de manquement aux indicateurs qualité du marché."),
    ("penalties", "Le retard dans la remise du rapport mensuel entraîne une pénalité de 100 euros par jour ouvré."),
    ("penalties", "Tout manquement aux obligations de propreté constaté contradictoirement est sanctionné par une "
     "pénalité de 300 € HT."),
    ("penalties", "Si le taux de disponibilité tombe sous 99 %, le Client bénéficie d'une remise de 15 % sur la "
     "facture du mois concerné."),
    ("penalties", "Des pénalités pour non-conformité des prestations sont appliquées après mise en demeure restée sans "
     "effet pendant huit jours."),
    ("penalties", "Le Prestataire sera redevable de dommages et intérêts forfaitaires de 2 000 € par semaine de retard "
     "dans la livraison."),
    ("penalties", "Pénalité pour dépassement de la GTR : 2 % du forfait mensuel par heure entamée."),
    ("penalties", "Le pouvoir adjudicateur déduit les pénalités de la facture du titulaire lorsque les délais "
     "d'exécution ne sont pas respectés."),
    ("penalties", "Le défaut de production de l'attestation d'assurance dans le délai imparti est sanctionné d'une "
     "pénalité forfaitaire de 500 €."),
    ("penalties", "Une clause pénale de 10 000 euros s'applique en cas de retard de plus d'un mois dans la mise en "
     "service."),
    ("penalties", "Les pénalités sont cumulables et s'imputent sur les sommes dues au titulaire au titre du marché."),
    # change procedure: how the services or the contract are changed
    ("change_procedure", "Toute demande de modification des prestations est adressée par écrit ; le Prestataire en "
     "évalue l'impact sur les délais et le prix sous dix jours ouvrés."),
    ("change_procedure", "Les Parties conviennent que toute évolution du périmètre fera l'objet d'une proposition "
     "chiffrée soumise à l'accord du Client, puis d'un avenant."),
    ("change_procedure", "Le pouvoir adjudicateur peut, par ordre de service, prescrire des prestations "
     "supplémentaires dans la limite de 10 % du montant initial."),
    ("change_procedure", "Le Client peut demander à tout moment une augmentation du volume d'appels traités ; le "
     "Prestataire dispose d'un délai de trente jours pour adapter ses effectifs."),
    ("change_procedure", "Toute demande de changement est instruite en comité de pilotage, qui en décide la mise en "
     "œuvre au vu d'une étude d'impact."),
    ("change_procedure", "Le Prestataire remet, dans les quinze jours suivant la demande, un devis détaillé de "
     "l'évolution sollicitée ; à défaut d'acceptation dans un délai d'un mois, la demande est réputée abandonnée."),
    ("change_procedure", "Les prestations non prévues au bordereau des prix font l'objet de prix nouveaux, fixés par "
     "ordre de service après proposition du titulaire."),
    ("change_procedure", "Si le Client souhaite ajouter de nouveaux canaux de contact, le Prestataire lui soumet une "
     "offre précisant les moyens, le planning et le coût associés."),
    ("change_procedure", "Procédure de gestion des changements : 1) demande écrite du Client ; 2) analyse d'impact "
     "par le Prestataire ; 3) validation ; 4) avenant."),
    ("change_procedure", "Les demandes d'évolution sont priorisées par le Client et chiffrées en unités d'œuvre par le "
     "Prestataire avant toute réalisation."),
    ("change_procedure", "Nous pouvons faire évoluer les fonctionnalités du service ; toute modification substantielle "
     "vous sera notifiée trente jours à l'avance et vous pourrez alors résilier sans frais."),
    ("change_procedure", "Toute variation de la volumétrie au-delà de 20 % donne lieu à une renégociation des moyens "
     "et du prix dans le cadre d'un avenant."),
    ("change_procedure", "En cas d'évolution de la réglementation imposant une adaptation des prestations, les Parties "
     "se rencontrent pour en arrêter les modalités et l'incidence financière."),
    ("change_procedure", "Le titulaire n'apporte aucune modification aux prestations sans ordre de service préalable "
     "du pouvoir adjudicateur précisant la nature et le coût des changements."),
    ("change_procedure", "Les demandes de travaux supplémentaires sont formulées par bon de commande complémentaire, "
     "sur la base des prix unitaires du BPU."),
    ("change_procedure", "Le Client peut réduire le périmètre des prestations moyennant un préavis de trois mois, le "
     "prix étant ajusté au prorata."),
    ("change_procedure", "Le Prestataire peut proposer des améliorations techniques ; elles ne sont mises en œuvre "
     "qu'après acceptation écrite du Client et signature d'un avenant fixant leurs conséquences."),
    ("change_procedure", "Toute demande de modification (DM) fait l'objet d'une fiche décrivant le besoin, le délai et "
     "le chiffrage, validée par les deux chefs de projet."),
    ("change_procedure", "Les Parties réexaminent le catalogue de services chaque année et y intègrent, par avenant, "
     "les évolutions validées en comité stratégique."),
    ("change_procedure", "Le Client notifie au Prestataire toute modification des horaires d'ouverture du service avec "
     "un préavis d'un mois ; le Prestataire adapte le planning des conseillers en conséquence."),
    ("change_procedure", "Le titulaire présente, dans un délai de huit jours, un mémoire chiffré des incidences de la "
     "modification demandée par l'acheteur."),
    ("change_procedure", "Une modification des prestations en cours d'exécution ne peut intervenir que par avenant, "
     "après étude de son impact sur le calendrier et le coût."),
    ("change_procedure", "Lorsque le volume mensuel d'appels dépasse la prévision de plus de 15 %, les Parties se "
     "concertent pour redimensionner l'équipe et ajuster le prix."),
    ("change_procedure", "Le Prestataire informe le Client de toute évolution de sa solution ayant un impact sur le "
     "service au moins deux mois à l'avance ; le Client peut s'y opposer."),
    ("change_procedure", "Toute prestation hors périmètre est réalisée uniquement sur demande écrite du Client, après "
     "acceptation d'un devis."),
    ("change_procedure", "Les changements de version du progiciel sont planifiés d'un commun accord et soumis à une "
     "recette préalable par le Client."),
    # duration: how long the contract lasts
    ("duration", "Le présent contrat est conclu pour une durée de trois (3) ans à compter de sa date de signature."),
    ("duration", "Le marché est passé pour une durée ferme de douze mois."),
    ("duration", "L'accord-cadre prend effet à sa date de notification pour une période de deux ans."),
    ("duration", "Le contrat entre en vigueur le 1er janvier 2026 et expire le 31 décembre 2028."),
    ("duration", "La durée du marché est de 48 mois à compter de la notification."),
    ("duration", "Le présent contrat est conclu pour une durée indéterminée."),
    ("duration", "Le contrat court jusqu'au 30 juin 2027."),
    ("duration", "Nos abonnements sont souscrits pour une période initiale de vingt-quatre mois."),
    ("duration", "La période initiale du Contrat est de trente-six mois à compter de la Date de Démarrage."),
    ("duration", "Le marché est conclu à compter du 1er mars 2026 jusqu'au 28 février 2027."),
    ("duration", "| Durée du contrat | 3 ans |"),
    ("duration", "Le présent accord demeure en vigueur pendant une durée de cinq années."),
    ("duration", "Durée : un an, à compter de la date de notification du marché."),
    ("duration", "Le contrat prendra fin de plein droit au terme d'une période de dix-huit mois."),
    ("duration", "Le délai d'exécution du marché est de six mois à compter de l'ordre de service de démarrage."),
    ("duration", "Les présentes conditions s'appliquent pour une durée de douze (12) mois."),
    ("duration", "La convention est signée pour la période du 1er septembre 2025 au 31 août 2026."),
    ("duration", "Le Contrat prend effet à la date de sa signature par la dernière des Parties et se poursuit "
     "jusqu'à la fin de la phase de réversibilité."),
    ("duration", "La durée totale du marché, reconductions comprises, ne peut excéder quatre ans."),
    ("duration", "LE CONTRAT EST CONCLU POUR UNE DURÉE DE DEUX ANS."),
    ("duration", "Les prestations débutent le 2 janvier 2026 pour une durée de 24 mois."),
    ("duration", "L'abonnement est souscrit pour une durée minimale d'engagement de 12 mois."),
    ("duration", "Le présent contrat, d'une durée de quatre ans, commence à courir le jour de sa notification au "
     "titulaire."),
    ("duration", "La date d'échéance du contrat est fixée au 31 mars 2029."),
    ("duration", "Le contrat expire à l'issue d'une période de trente-six (36) mois suivant sa prise d'effet."),
    ("duration", "La présente convention est valable pour une durée d'un an à compter de sa signature."),
    # price revision: prices that change over time
    ("price_revision", "Les prix sont révisés chaque année au 1er janvier par application de l'indice Syntec."),
    ("price_revision", "Les prix du marché sont révisables annuellement selon la formule P = P0 x (0,15 + 0,85 x "
     "I/I0)."),
    ("price_revision", "Le Prestataire peut augmenter ses tarifs une fois par an, sous réserve d'en informer le Client "
     "deux mois à l'avance."),
    ("price_revision", "Nos tarifs peuvent être modifiés à tout moment ; les nouveaux prix s'appliquent aux commandes "
     "passées après leur publication."),
    ("price_revision", "La redevance est indexée sur l'indice des prix à la consommation publié par l'INSEE."),
    ("price_revision", "Les prix sont fermes la première année puis actualisés à chaque date anniversaire selon "
     "l'évolution de l'indice ICHT-rev-TS."),
    ("price_revision", "En cas de variation du coût des matières premières supérieure à 10 %, les Parties se "
     "rencontrent pour renégocier le prix."),
    ("price_revision", "Les tarifs sont revalorisés au 1er janvier de chaque année dans la limite de 3 %."),
    ("price_revision", "Le prix est ajusté annuellement en fonction de l'évolution du SMIC horaire."),
    ("price_revision", "La clause de révision des prix s'applique à compter du treizième mois d'exécution."),
    ("price_revision", "Les prix sont révisables ; le coefficient de révision est calculé à partir du dernier indice "
     "publié."),
    ("price_revision", "Si un changement de circonstances imprévisible rend l'exécution excessivement onéreuse "
     "pour une Partie, celle-ci peut demander une renégociation du contrat à son cocontractant."),
    ("price_revision", "Le montant de l'abonnement pourra évoluer à l'échéance de chaque période contractuelle, "
     "moyennant un préavis de 60 jours."),
    ("price_revision", "Les prix unitaires du BPU sont actualisés si un délai supérieur à trois mois s'écoule entre la "
     "date d'établissement des prix et le début d'exécution."),
    ("price_revision", "| Révision des prix | Annuelle, indice Syntec |"),
    ("price_revision", "Le tarif horaire sera majoré de 2,5 % à chaque date anniversaire du contrat."),
    ("price_revision", "Les Parties conviennent de réexaminer les prix chaque année au vu des volumes constatés."),
    ("price_revision", "La formule de révision est la suivante : Cn = 0,125 + 0,875 x (Sn / So), où S est l'indice "
     "Syntec."),
    ("price_revision", "Toute hausse des tarifs est notifiée au Client par lettre recommandée trois mois avant "
     "sa prise d'effet ; le Client peut alors résilier le contrat."),
    ("price_revision", "Le prix de la prestation est indexé chaque année sur l'évolution de l'indice du coût "
     "horaire du travail."),
    ("price_revision", "Nous nous réservons le droit de réviser nos prix en cas d'augmentation des coûts de "
     "l'énergie."),
    ("price_revision", "La rémunération du Prestataire fait l'objet d'une révision annuelle négociée entre les "
     "Parties."),
    ("price_revision", "Les prix du marché sont fermes et actualisables."),
    ("price_revision", "Le coefficient de revalorisation appliqué au 1er juillet est égal au rapport entre l'indice de "
     "mai de l'année N et celui de l'année N-1."),
    ("price_revision", "Les tarifs de l'année suivante sont communiqués au Client avant le 31 octobre de chaque "
     "année."),
    ("price_revision", "Le prix pourra être révisé à la hausse ou à la baisse en fonction de l'évolution de l'indice "
     "BT01."),
    # exit: reversibility, transition, return or deletion of data or assets at the end
    ("exit", "À l'expiration du contrat, le Prestataire restitue au Client l'ensemble des données dans un format "
     "standard et ouvert."),
    ("exit", "Le titulaire s'engage à assurer la réversibilité des prestations au profit du pouvoir adjudicateur ou du "
     "nouveau titulaire."),
    ("exit", "Un plan de réversibilité est remis par le Prestataire dans les trois mois suivant la signature."),
    ("exit", "En fin de contrat, le Prestataire apporte son assistance au transfert des prestations vers le Client ou "
     "un tiers désigné par lui, pendant une durée de six mois."),
    ("exit", "Au terme du contrat, le Prestataire détruit toutes les copies des données du Client et en fournit un "
     "certificat."),
    ("exit", "Nous vous permettons d'exporter vos données au format CSV pendant 30 jours après la résiliation de votre "
     "abonnement."),
    ("exit", "La phase de réversibilité comprend le transfert de compétences, la remise de la documentation et une "
     "période de fonctionnement en double."),
    ("exit", "Quelle que soit la cause de la fin du contrat, le Prestataire restitue les équipements mis à sa "
     "disposition par le Client."),
    ("exit", "Le Prestataire assure la continuité du service pendant la période de transition, jusqu'à la reprise "
     "effective des prestations par son successeur."),
    ("exit", "À la fin des prestations, le sous-traitant renvoie toutes les données à caractère personnel au "
     "responsable de traitement puis détruit les copies existantes."),
    ("exit", "Les prestations de réversibilité sont facturées selon le bordereau des prix unitaires."),
    ("exit", "Le titulaire transmet au nouveau prestataire, un mois avant l'échéance, les bases de "
     "connaissances et les procédures de traitement des appels."),
    ("exit", "| Réversibilité | 6 mois, à la charge du titulaire |"),
    ("exit", "Dès la cessation du contrat, le Prestataire cesse tout usage des marques du Client et lui restitue les "
     "supports remis."),
    ("exit", "Le Prestataire s'engage à former le personnel du repreneur retenu par le Client pendant la période de "
     "transition."),
    ("exit", "En cas de résiliation, le titulaire remet à l'acheteur, dans un délai de quinze jours, l'intégralité des "
     "dossiers en cours."),
    ("exit", "La sortie du contrat est organisée selon un plan de sortie validé en comité de pilotage."),
    ("exit", "Le Client peut obtenir, à la fin du contrat, une copie intégrale de ses données et de leurs métadonnées "
     "sans surcoût."),
    ("exit", "Les documents et fichiers du Client lui sont rendus à l'issue du marché."),
    ("exit", "Le Prestataire efface de ses systèmes, dans les 90 jours suivant la fin du contrat, les données du "
     "Client, sauf obligation légale de conservation."),
    ("exit", "L'hébergeur garantit la portabilité des données du Client et leur migration vers la plateforme d'un "
     "autre fournisseur."),
    ("exit", "En fin de marché, le titulaire sortant collabore loyalement avec le titulaire entrant afin d'assurer une "
     "passation sans rupture de service."),
    ("exit", "Le Prestataire remet au Client, au moins trois mois avant le terme, un inventaire des actifs et des "
     "licences à transférer."),
    ("exit", "LE PRESTATAIRE S'ENGAGE À RESTITUER LES DONNÉES DU CLIENT À LA FIN DU CONTRAT."),
    ("exit", "La réversibilité peut être déclenchée par le Client à tout moment, moyennant un préavis de deux mois."),
    ("exit", "À l'expiration du contrat, les badges d'accès aux locaux du Client sont restitués par le personnel du "
     "Prestataire."),
    # audits: audit or inspection rights, reporting, reviews, steering committees
    ("audits", "Le Client peut faire procéder, à ses frais, à un audit des prestations par un cabinet indépendant, "
     "moyennant un préavis de quinze jours."),
    ("audits", "Le Prestataire transmet chaque mois au Client un rapport d'activité présentant les indicateurs de "
     "qualité de service."),
    ("audits", "Un comité de pilotage réunit les Parties chaque trimestre pour examiner l'exécution des prestations."),
    ("audits", "Le titulaire remet un tableau de bord mensuel détaillant le nombre d'appels reçus, traités et "
     "abandonnés."),
    ("audits", "Le pouvoir adjudicateur se réserve le droit de contrôler sur place la bonne exécution des "
     "prestations."),
    ("audits", "Le sous-traitant met à la disposition du responsable de traitement les informations nécessaires pour "
     "démontrer le respect de ses obligations et permet la réalisation d'audits, y compris des inspections."),
    ("audits", "Des réunions de suivi hebdomadaires sont organisées entre le chef de projet du Prestataire et le "
     "référent du Client."),
    ("audits", "Le Client a accès aux enregistrements des appels afin de contrôler la qualité des réponses "
     "apportées."),
    ("audits", "Le titulaire produit un bilan annuel d'exécution du marché."),
    ("audits", "Un comité stratégique se tient deux fois par an pour revoir les orientations du contrat."),
    ("audits", "Le Client est autorisé à effectuer des écoutes en double des conseillers."),
    ("audits", "Le Prestataire tient à la disposition du Client les justificatifs permettant de vérifier les volumes "
     "facturés."),
    ("audits", "Les agents habilités de l'acheteur peuvent procéder à des contrôles inopinés dans les locaux du "
     "titulaire."),
    ("audits", "| Reporting | Mensuel, avant le 5 du mois suivant |"),
    ("audits", "Le Prestataire adresse au Client un compte rendu d'intervention après chaque déplacement."),
    ("audits", "Chaque trimestre, le Prestataire présente une revue de performance comparant les résultats aux "
     "objectifs."),
    ("audits", "Le Client peut auditer une fois par an la conformité du Prestataire aux exigences de sécurité du "
     "contrat."),
    ("audits", "Nous fournissons au Client un accès en ligne à des statistiques d'utilisation en temps réel."),
    ("audits", "Un suivi de l'exécution du marché est assuré par des réunions mensuelles donnant lieu à un "
     "procès-verbal."),
    ("audits", "Le Prestataire s'engage à répondre à tout questionnaire d'audit de sécurité envoyé par le Client dans "
     "un délai d'un mois."),
    ("audits", "Les résultats des enquêtes de satisfaction sont communiqués au Client chaque trimestre."),
    ("audits", "Le titulaire autorise les représentants du pouvoir adjudicateur à accéder à ses locaux pour vérifier "
     "les conditions d'exécution."),
    ("audits", "Le Client peut mandater un auditeur tiers soumis au secret professionnel pour vérifier le respect du "
     "présent contrat."),
    ("audits", "Le Prestataire communique chaque semaine un état des dossiers en cours et des dossiers clôturés."),
    ("audits", "Une revue annuelle du contrat est organisée pour faire le point sur les résultats et les axes "
     "d'amélioration."),
    ("audits", "Les Parties mettent en place une gouvernance à trois niveaux : comité opérationnel mensuel, comité de "
     "pilotage trimestriel et comité stratégique annuel."),
    # continuity: continuity / recovery plans, backups, resilience
    ("continuity", "Le Prestataire maintient un plan de continuité d'activité (PCA) testé au moins une fois par an."),
    ("continuity", "Un plan de reprise d'activité permet le redémarrage du service sur un site de secours en moins de "
     "4 heures."),
    ("continuity", "Les sauvegardes des données du Client sont réalisées quotidiennement et conservées sur un site "
     "distant."),
    ("continuity", "RTO : 4 heures ; RPO : 1 heure."),
    ("continuity", "| PRA | Test annuel, RTO 8 h |"),
    ("continuity", "En cas de sinistre sur le site principal, les appels sont basculés automatiquement vers le site de "
     "débordement du Prestataire."),
    ("continuity", "Le titulaire garantit la continuité du service public d'accueil, y compris en cas de grève de son "
     "personnel."),
    ("continuity", "Le Prestataire dispose de deux centres de données géographiquement distincts fonctionnant en "
     "redondance active."),
    ("continuity", "Les résultats des tests du plan de secours sont communiqués au Client."),
    ("continuity", "Le Prestataire met en œuvre des mesures de résilience assurant la disponibilité du service en cas "
     "de panne majeure."),
    ("continuity", "Nous effectuons une sauvegarde complète de vos bases de données chaque nuit, avec une rétention de "
     "30 jours."),
    ("continuity", "Le titulaire élabore un plan de continuité couvrant les risques de pandémie, d'incendie et de "
     "cyberattaque."),
    ("continuity", "La perte maximale de données admissible est fixée à 15 minutes."),
    ("continuity", "Le Prestataire organise au moins un exercice de bascule sur le site de secours par an, en présence "
     "du Client."),
    ("continuity", "En cas d'indisponibilité de l'outil de téléphonie, le Prestataire met en place un mode dégradé "
     "permettant de traiter les appels prioritaires."),
    ("continuity", "Le plan de reprise après sinistre est mis à jour après chaque évolution majeure de "
     "l'infrastructure."),
    ("continuity", "Les données sont répliquées en temps réel sur un second serveur situé dans un autre bâtiment."),
    ("continuity", "Le Prestataire restaure, à la demande du Client, toute donnée supprimée par erreur à partir des "
     "sauvegardes des sept derniers jours."),
    ("continuity", "Le Prestataire dispose d'une alimentation électrique secourue par onduleurs et groupe "
     "électrogène."),
    ("continuity", "Le DRP du Prestataire est audité chaque année par un tiers indépendant."),
    ("continuity", "La durée maximale d'interruption admissible (DMIA) est de quatre heures."),
    ("continuity", "Le titulaire met en place un service minimum garantissant l'accueil des usagers en cas de "
     "mouvement social."),
    ("continuity", "Les sauvegardes sont chiffrées et leur restauration est testée chaque trimestre."),
    ("continuity", "LE PRESTATAIRE MET EN ŒUVRE UN PLAN DE CONTINUITÉ ET DE REPRISE D'ACTIVITÉ (PCA/PRA)."),
    ("continuity", "Le Prestataire doit être en mesure de reprendre l'activité sous 48 h depuis un site alternatif en "
     "cas de destruction de ses locaux."),
    # staff: the provider's personnel
    ("staff", "Le Prestataire affecte à l'exécution du contrat un personnel qualifié et formé."),
    ("staff", "Le Prestataire désigne un chef de projet, interlocuteur unique du Client, qui ne peut être remplacé "
     "sans l'accord préalable de celui-ci."),
    ("staff", "Le titulaire remet tous les six mois l'attestation de vigilance délivrée par l'URSSAF."),
    ("staff", "Le personnel du Prestataire demeure placé sous son autorité hiérarchique et disciplinaire exclusive."),
    ("staff", "Chacune des Parties s'interdit de solliciter ou d'embaucher un salarié de l'autre Partie pendant la "
     "durée du contrat et douze mois après son terme."),
    ("staff", "Les conseillers affectés au service justifient d'une maîtrise de la langue française écrite et "
     "orale."),
    ("staff", "En application de l'article L. 1224-1 du Code du travail, les contrats de travail en cours sont "
     "transférés au nouveau prestataire."),
    ("staff", "Le titulaire fournit la liste nominative des salariés étrangers soumis à autorisation de travail."),
    ("staff", "Le Prestataire s'engage à remplacer dans un délai de 48 heures tout agent absent."),
    ("staff", "Le Client peut demander le remplacement de tout intervenant dont le comportement serait inadapté."),
    ("staff", "L'équipe dédiée comprend au minimum 12 ETP, dont un superviseur pour dix conseillers."),
    ("staff", "Le Prestataire assure la formation initiale et continue de ses conseillers sur les produits du "
     "Client."),
    ("staff", "Les agents du titulaire portent une tenue de travail et un badge nominatif."),
    ("staff", "Le Prestataire est seul responsable du recrutement, de la rémunération et de la gestion administrative "
     "de son personnel."),
    ("staff", "Le titulaire applique à ses salariés la convention collective de la branche, notamment ses règles de "
     "reprise du personnel."),
    ("staff", "Les intervenants doivent être titulaires d'une habilitation électrique en cours de validité."),
    ("staff", "Le titulaire s'assure que son personnel n'a fait l'objet d'aucune condamnation incompatible avec "
     "l'exercice des missions."),
    ("staff", "Le taux de rotation des conseillers affectés au Client ne doit pas dépasser 25 % par an."),
    ("staff", "Le Prestataire informe le Client de toute modification de la composition de l'équipe projet au moins "
     "quinze jours à l'avance."),
    ("staff", "Le personnel clé ne peut être réaffecté à un autre client sans l'accord du Donneur d'ordre."),
    ("staff", "Le titulaire déclare employer régulièrement ses salariés au regard des articles L. 1221-10 et suivants "
     "du Code du travail."),
    ("staff", "Le Prestataire exerce seul l'encadrement, le contrôle et la direction de ses préposés."),
    ("staff", "Nous nous interdisons de recruter vos collaborateurs ayant participé à la mission pendant un an."),
    ("staff", "Le Prestataire ne peut faire appel à du personnel intérimaire pour plus de 20 % des effectifs "
     "affectés."),
    ("staff", "| Profil | Chef de projet senior, 10 ans d'expérience minimum |"),
    ("staff", "Les salariés du Prestataire appelés à intervenir dans les locaux du Client respectent le règlement "
     "intérieur de celui-ci."),
    # subcontracting: the provider's use of subcontractors or sub-processors
    ("subcontracting", "Le Prestataire ne peut sous-traiter tout ou partie des prestations sans l'accord préalable et "
     "écrit du Client."),
    ("subcontracting", "Le titulaire peut sous-traiter l'exécution de certaines parties du marché sous réserve de "
     "l'acceptation de chaque sous-traitant et de l'agrément de ses conditions de paiement par le pouvoir "
     "adjudicateur."),
    ("subcontracting", "Le sous-traitant ne recrute pas d'autre sous-traitant sans l'autorisation écrite préalable, "
     "spécifique ou générale, du responsable de traitement."),
    ("subcontracting", "Le Prestataire demeure seul responsable vis-à-vis du Client de la bonne exécution des "
     "prestations confiées à ses sous-traitants."),
    ("subcontracting", "La liste des sous-traitants ultérieurs autorisés est tenue à jour ; le Prestataire informe le "
     "Client de tout ajout ou remplacement, lui laissant la possibilité d'émettre des objections."),
    ("subcontracting", "Le recours à des tiers pour l'exécution des prestations est subordonné au consentement exprès "
     "du Client."),
    ("subcontracting", "Le sous-traitant de premier rang bénéficie du paiement direct lorsque le montant de "
     "son contrat est égal ou supérieur à 600 euros TTC."),
    ("subcontracting", "Le Prestataire peut faire appel à des sous-traitants de son choix, à condition d'en informer "
     "préalablement le Client."),
    ("subcontracting", "Nous pouvons confier certaines opérations de livraison à des transporteurs partenaires, dont "
     "nous restons garants."),
    ("subcontracting", "Le titulaire transmet au pouvoir adjudicateur une déclaration de sous-traitance (DC4) pour "
     "chaque sous-traitant présenté en cours d'exécution."),
    ("subcontracting", "Le Prestataire impose à ses sous-traitants les mêmes obligations de confidentialité et de "
     "sécurité que celles prévues au présent contrat."),
    ("subcontracting", "La délocalisation de tout ou partie du service hors de l'Union européenne, directement ou par "
     "un sous-traitant, est interdite."),
    ("subcontracting", "Le Prestataire ne peut déléguer l'exécution de ses obligations à un tiers sans l'accord "
     "préalable du Client."),
    ("subcontracting", "Toute sous-traitance totale du marché est interdite."),
    ("subcontracting", "Le Client dispose d'un délai de quinze jours pour s'opposer à l'intervention d'un nouveau "
     "sous-traitant."),
    ("subcontracting", "Le Prestataire s'engage à ne recourir qu'à des sous-traitants présentant des garanties "
     "suffisantes quant à la mise en œuvre de mesures techniques et organisationnelles appropriées."),
    ("subcontracting", "| Sous-traitance | Autorisée avec accord préalable |"),
    ("subcontracting", "L'acte spécial de sous-traitance précise la nature et le montant des prestations "
     "sous-traitées."),
    ("subcontracting", "Le titulaire qui sous-traite sans acceptation préalable s'expose à la résiliation du marché à "
     "ses torts."),
    ("subcontracting", "Le Prestataire communique au Client, sur simple demande, les contrats conclus avec ses "
     "sous-traitants."),
    ("subcontracting", "Le Prestataire reste responsable du respect par ses sous-traitants ultérieurs des obligations "
     "en matière de protection des données."),
    ("subcontracting", "Le Prestataire peut recourir à la sous-traitance pour les appels de débordement dans la limite "
     "de 30 % du volume."),
    ("subcontracting", "Les sous-traitants intervenant sur site sont soumis aux mêmes règles de sécurité que le "
     "personnel du titulaire."),
    ("subcontracting", "LE PRESTATAIRE NE POURRA SOUS-TRAITER SANS L'ACCORD ÉCRIT DU CLIENT."),
    ("subcontracting", "L'intervention de sociétés tierces dans la réalisation du projet requiert l'accord "
     "préalable du Client."),
    ("subcontracting", "Le Prestataire informe le Client de l'identité et de la localisation de chacun de ses "
     "sous-traitants."),
]

NOT_FOUND: list[tuple[str, str]] = [
    # services: the customer's duties, payment, a bare pointer or a definition
    ("services", "Le Client s'engage à fournir au Prestataire les informations nécessaires à l'exécution du "
     "contrat."),
    ("services", "Le Client règle les factures par virement dans un délai de 30 jours."),
    ("services", "Les prestations sont définies à l'annexe 1."),
    ("services", "« Services » désigne les prestations décrites à l'Annexe 2."),
    ("services", "Le présent contrat est régi par le droit français."),
    ("services", "Le Client met à la disposition du Prestataire un bureau équipé et un accès au réseau."),
    ("services", "Le Client reste seul responsable de l'usage qu'il fait des résultats fournis."),
    ("services", "Le candidat remet son offre avant la date limite fixée dans l'avis de publicité."),
    ("services", "Voir le cahier des clauses techniques particulières pour la description des prestations."),
    ("services", "Les factures mentionnent le détail des prestations réalisées au cours du mois."),
    # service levels: no measurable target, or a figure of another kind
    ("service_levels", "Le Prestataire s'efforce de répondre rapidement aux demandes du Client."),
    ("service_levels", "Le Client règle les factures dans un délai de trente jours à compter de leur réception."),
    ("service_levels", "Le présent contrat est conclu pour une durée de trois ans."),
    ("service_levels", "Le Client peut résilier le contrat moyennant un préavis de trois mois."),
    ("service_levels", "Les données sont conservées pendant cinq ans après la fin du contrat."),
    ("service_levels", "Le taux de TVA applicable est de 20 %."),
    ("service_levels", "La garantie des équipements est de 24 mois à compter de la livraison."),
    ("service_levels", "Les indicateurs de service seront définis d'un commun accord ultérieurement."),
    ("service_levels", "Le titulaire bénéficie d'une avance de 30 % du montant du marché."),
    ("service_levels", "Les offres sont valables 120 jours à compter de la date limite de remise."),
    # penalties: late-payment interest, termination fees, liability caps, discounts
    ("penalties", "Tout retard de paiement donne lieu à des pénalités égales à trois fois le taux d'intérêt légal."),
    ("penalties", "Une indemnité forfaitaire pour frais de recouvrement de 40 euros est due en cas de retard de "
     "paiement."),
    ("penalties", "Les intérêts moratoires sont dus au titulaire en cas de dépassement du délai de paiement."),
    ("penalties", "Le Client qui résilie avant le terme verse une indemnité de résiliation égale à trois mois de "
     "redevance."),
    ("penalties", "Les sommes non réglées à l'échéance porteront intérêt au taux de la BCE majoré de 10 points."),
    ("penalties", "Le Prestataire n'encourt aucune responsabilité pour les dommages indirects."),
    ("penalties", "La responsabilité du Prestataire est limitée au montant des sommes perçues au cours des douze "
     "derniers mois."),
    ("penalties", "Le taux de remise commerciale accordé au Client est de 5 % sur le catalogue."),
    ("penalties", "Les frais de déplacement sont facturés au réel sur justificatif."),
    ("penalties", "En cas de rejet de prélèvement, des frais de 15 euros sont facturés au Client."),
    # change procedure: a bare written-amendment clause, changes of other things
    ("change_procedure", "Le présent contrat ne peut être modifié que par avenant écrit signé des deux Parties."),
    ("change_procedure", "Toute modification du présent contrat fait l'objet d'un avenant."),
    ("change_procedure", "Le Client informe le Prestataire de tout changement d'adresse de facturation."),
    ("change_procedure", "Le Prestataire rectifie sans délai les données personnelles inexactes à la demande de la "
     "personne concernée."),
    ("change_procedure", "En cas de changement de contrôle du Prestataire, le Client peut résilier le contrat."),
    ("change_procedure", "Le Client peut modifier son mot de passe à tout moment depuis son espace personnel."),
    ("change_procedure", "Les présentes conditions générales peuvent être consultées sur notre site internet."),
    ("change_procedure", "Le titulaire informe l'acheteur de toute modification de sa forme juridique ou de sa raison "
     "sociale."),
    ("change_procedure", "Aucune tolérance ne vaut renonciation à se prévaloir d'une clause du contrat."),
    ("change_procedure", "Les prix sont révisés annuellement selon l'indice Syntec."),
    # duration: how long something else lasts
    ("duration", "Le matériel est garanti pendant une durée de deux ans à compter de la livraison."),
    ("duration", "Les informations confidentielles restent protégées pendant cinq ans après la fin du contrat."),
    ("duration", "Les données sont conservées pendant une durée de trois ans."),
    ("duration", "Le devis est valable pour une durée de 30 jours."),
    ("duration", "La période d'essai des conseillers est de deux mois."),
    ("duration", "Le délai de paiement est de 30 jours fin de mois."),
    ("duration", "Le Prestataire conserve les enregistrements des appels pendant six mois."),
    ("duration", "Le préavis de résiliation est de trois mois."),
    ("duration", "L'offre du candidat est valable 120 jours."),
    ("duration", "Le Prestataire s'interdit de débaucher le personnel du Client pendant la durée du contrat et un an "
     "après."),
    # price revision: firm prices, taxes, interest, revisions of other things
    ("price_revision", "Les prix sont fermes et non révisables pendant toute la durée du marché."),
    ("price_revision", "Les prix s'entendent hors taxes ; la TVA est facturée en sus au taux en vigueur."),
    ("price_revision", "Le taux d'intérêt de retard est égal à trois fois le taux d'intérêt légal."),
    ("price_revision", "Le prix forfaitaire mensuel est de 12 000 euros HT."),
    ("price_revision", "Le Client peut réviser ses prévisions de volume chaque trimestre."),
    ("price_revision", "La révision du plan de continuité est effectuée chaque année."),
    ("price_revision", "Les données à caractère personnel sont mises à jour à la demande de la personne concernée."),
    ("price_revision", "Le Prestataire fournit chaque année un rapport sur l'évolution de la qualité de service."),
    ("price_revision", "Le prix est payable à 30 jours à compter de la réception de la facture."),
    ("price_revision", "Les prix remis dans l'offre tiennent compte de toutes les sujétions d'exécution."),
    # exit: the customer's own backups, refunds, returns of goods, erasure on request during the contract
    ("exit", "Le Client effectue lui-même la sauvegarde régulière de ses propres données."),
    ("exit", "Le Prestataire restitue au Client le trop-perçu dans un délai de trente jours."),
    ("exit", "Le Client peut résilier le contrat en cas de manquement grave du Prestataire."),
    ("exit", "Les marchandises non conformes sont retournées aux frais du vendeur."),
    ("exit", "Le Prestataire supprime les données personnelles d'un appelant à sa demande dans un délai d'un mois."),
    ("exit", "Les sauvegardes sont effectuées chaque nuit et conservées trente jours."),
    ("exit", "Le droit de rétractation s'exerce dans un délai de quatorze jours à compter de la réception du bien."),
    ("exit", "La retenue de garantie est restituée au titulaire un mois après la réception des travaux."),
    ("exit", "Le Client peut demander au Prestataire la transmission des enregistrements d'appels pour traiter une "
     "réclamation."),
    ("exit", "À l'expiration du contrat, les obligations de confidentialité demeurent applicables pendant deux ans."),
    # audits: other checks, an audit sold as a service, statutory auditors
    ("audits", "Le Prestataire fait certifier ses comptes annuels par un commissaire aux comptes."),
    ("audits", "Le Client déclare avoir vérifié l'adéquation du logiciel à ses besoins."),
    ("audits", "Le titulaire contrôle l'identité des appelants avant toute modification de leur dossier."),
    ("audits", "Le rapport de présentation du marché est disponible sur le profil d'acheteur."),
    ("audits", "Le Prestataire procède à un audit de la situation existante en début de mission."),
    ("audits", "Le comité social et économique du Prestataire est informé du projet d'externalisation."),
    ("audits", "Le mot de passe de l'utilisateur est contrôlé à chaque connexion."),
    ("audits", "Le Client peut consulter les conditions générales sur le site du Prestataire."),
    ("audits", "En cas de litige, un expert pourra être désigné par le tribunal."),
    ("audits", "Le Prestataire réalise une veille réglementaire et en informe le Client."),
    # continuity: the customer's own backups, "continu"/"reprise" in other senses
    ("continuity", "Le Client est seul responsable de la sauvegarde de ses propres données."),
    ("continuity", "Il appartient au Client de conserver une copie de ses fichiers avant toute intervention."),
    ("continuity", "Le contrat se poursuit en cas de changement de dirigeant du Client."),
    ("continuity", "L'exécution du contrat est suspendue pendant la durée de l'événement de force majeure."),
    ("continuity", "La formation continue des conseillers est à la charge du Prestataire."),
    ("continuity", "Le Client sauvegarde les documents téléchargés depuis la plateforme sur ses propres serveurs."),
    ("continuity", "Le plan de charge prévisionnel est transmis chaque mois par le Client."),
    ("continuity", "Le Prestataire reprend les dossiers en cours au démarrage du contrat."),
    ("continuity", "La reprise des données existantes est réalisée par le titulaire lors de la phase "
     "d'initialisation."),
    ("continuity", "Le Prestataire détruit les sauvegardes des données du Client à l'issue du contrat."),
    # staff: the customer's people, data subjects, insurance, users
    ("staff", "Le Client désigne un interlocuteur chargé de répondre aux questions du Prestataire."),
    ("staff", "Le personnel du Client est formé à l'utilisation de la plateforme par le Prestataire."),
    ("staff", "Les données personnelles des salariés du Client sont traitées conformément au RGPD."),
    ("staff", "Le Client s'engage à informer ses employés de l'enregistrement des appels."),
    ("staff", "La société compte 250 salariés et réalise un chiffre d'affaires de 12 millions d'euros."),
    ("staff", "Les tarifs sont exprimés par jour-homme et par profil."),
    ("staff", "Le comité de pilotage est composé de deux représentants de chaque Partie."),
    ("staff", "La personne concernée peut exercer ses droits auprès du délégué à la protection des données."),
    ("staff", "Le nombre d'utilisateurs autorisés du logiciel est limité à 50."),
    ("staff", "Le Prestataire est titulaire d'une police d'assurance couvrant les dommages causés par ses préposés."),
    # subcontracting: a processor called "le sous-traitant", assignment, non-exclusivity
    ("subcontracting", "Le Prestataire, en sa qualité de sous-traitant au sens du RGPD, traite les données pour le "
     "compte du Client."),
    ("subcontracting", "Le sous-traitant traite les données uniquement sur instruction documentée du responsable de "
     "traitement."),
    ("subcontracting", "Le Client ne peut céder le contrat à un tiers sans l'accord du Prestataire."),
    ("subcontracting", "Le Client reste libre de confier des prestations similaires à d'autres prestataires."),
    ("subcontracting", "Le Client peut confier à un tiers l'audit des prestations."),
    ("subcontracting", "Les données sont hébergées dans l'Union européenne."),
    ("subcontracting", "Le Client peut librement céder le présent contrat à toute société de son groupe."),
    ("subcontracting", "Le Prestataire est une société par actions simplifiée au capital de 50 000 euros."),
    ("subcontracting", "Les prestations sont réalisées par le Prestataire dans ses propres locaux à Lille."),
    ("subcontracting", "Le titulaire peut être un groupement d'entreprises conjoint ou solidaire."),
]


# Second batch (written after the first round of widening, scored before the second): how far the first round
# generalised to sentences it had not seen (26/55 found at HEAD, 43/55 after round one, 55/55 after round two).
FOUND_SECOND: list[tuple[str, str]] = [
    ("services", "Le Prestataire s'oblige à tenir la permanence téléphonique du service client en dehors "
     "des heures ouvrées."),
    ("services", "Le titulaire assurera la fourniture et la pose de la signalétique des bâtiments."),
    ("services", "Nous réalisons pour votre compte la conception graphique et l'impression de vos "
     "supports."),
    ("services", "Les prestations confiées au Prestataire recouvrent le traitement des courriers et la "
     "gestion des litiges."),
    ("services", "Le présent lot concerne l'entretien des installations de chauffage, ventilation et "
     "climatisation."),
    ("service_levels", "Le délai de réponse aux demandes écrites ne peut dépasser trois jours ouvrés."),
    ("service_levels", "| Taux de disponibilité | ≥ 99,8 % |"),
    ("service_levels", "Toute panne bloquante est corrigée sous huit heures ouvrées."),
    ("service_levels", "Le taux de qualité des dossiers contrôlés doit rester supérieur à 95 %."),
    ("service_levels", "Le lot 1 est livré au plus tard le 15 septembre 2026."),
    ("penalties", "Chaque jour de retard dans la remise du livrable entraîne une pénalité de 1 % du "
     "montant du bon de commande."),
    ("penalties", "Le non-respect de la GTR donne lieu à un avoir de 200 € HT par incident."),
    ("penalties", "Une retenue de 5 % est opérée sur la facture mensuelle si le taux de décroché n'est pas "
     "atteint."),
    ("penalties", "Les pénalités dues par le titulaire sont plafonnées à 10 % du montant total du marché."),
    ("penalties", "En cas de dépassement du délai d'intervention, une pénalité forfaitaire de 150 euros "
     "est appliquée."),
    ("change_procedure", "Toute extension des horaires d'ouverture fait l'objet d'un devis préalable du "
     "Prestataire, soumis à la validation du Client."),
    ("change_procedure", "Les travaux complémentaires sont exécutés après notification d'un ordre de "
     "service précisant leur prix."),
    ("change_procedure", "Le Client peut demander l'ajout de nouveaux sites ; le Prestataire lui remet "
     "alors une proposition chiffrée sous quinze jours."),
    ("change_procedure", "Les demandes d'évolution sont instruites en comité de suivi, qui en apprécie "
     "l'impact sur le planning."),
    ("change_procedure", "Toute modification du volume de prestations supérieure à 10 % entraîne un "
     "ajustement du prix par avenant."),
    ("duration", "Le présent marché est conclu du 1er janvier 2026 au 31 décembre 2026."),
    ("duration", "La durée de l'accord-cadre est fixée à quatre ans à compter de sa notification."),
    ("duration", "Le contrat est conclu pour une durée ferme de trente-six mois."),
    ("duration", "| Durée | 24 mois |"),
    ("duration", "Le contrat arrive à échéance le 30 septembre 2028."),
    ("price_revision", "Les tarifs sont réajustés chaque 1er janvier en fonction de l'évolution de "
     "l'indice Syntec."),
    ("price_revision", "Le prix du forfait pourra être revu chaque année d'un commun accord entre les "
     "Parties."),
    ("price_revision", "Nos prix peuvent augmenter au 1er janvier de chaque année ; vous en serez informé "
     "un mois avant."),
    ("price_revision", "La redevance annuelle est actualisée selon la formule figurant ci-après."),
    ("price_revision", "Les prix unitaires sont révisés semestriellement par application d'un coefficient "
     "tenant compte de l'indice ICHT."),
    ("exit", "À l'échéance du contrat, le Prestataire restitue au Client l'intégralité de la base de "
     "données clients dans un format exploitable."),
    ("exit", "Le titulaire assiste le nouveau titulaire pendant une période de tuilage d'un mois."),
    ("exit", "Au terme de l'abonnement, vos fichiers restent téléchargeables pendant 15 jours puis sont "
     "supprimés."),
    ("exit", "Le plan de réversibilité décrit les étapes du transfert des prestations vers un autre "
     "prestataire."),
    ("exit", "En fin de marché, le titulaire remet au pouvoir adjudicateur l'ensemble des documents "
     "produits."),
    ("audits", "Le Client peut, à tout moment, vérifier sur place le respect des procédures de traitement "
     "des appels."),
    ("audits", "Le titulaire adresse chaque mois à l'acheteur un rapport détaillant les indicateurs de "
     "performance."),
    ("audits", "Un comité de pilotage se réunit tous les trimestres pour examiner la qualité du service."),
    ("audits", "Le Prestataire autorise le Client à procéder à un audit de sécurité de ses installations "
     "une fois par an."),
    ("audits", "Les statistiques d'activité sont transmises au Client chaque semaine."),
    ("continuity", "Le Prestataire dispose d'un site de secours permettant de reprendre les appels en "
     "moins de deux heures."),
    ("continuity", "Un test du plan de reprise d'activité est réalisé chaque année et son compte rendu "
     "remis au Client."),
    ("continuity", "Les données sont sauvegardées chaque jour et les sauvegardes conservées trente jours "
     "dans un autre centre."),
    ("continuity", "En cas de grève, le titulaire maintient un service minimum d'accueil."),
    ("continuity", "Les serveurs sont redondés sur deux salles distinctes afin de garantir la continuité "
     "en cas de sinistre."),
    ("staff", "Le Prestataire affecte au service une équipe de quinze conseillers formés aux produits du "
     "Client."),
    ("staff", "Tout remplacement d'un membre de l'équipe projet est soumis à l'accord préalable du Client."),
    ("staff", "Le titulaire produit, tous les six mois, les attestations prévues à l'article D. 8222-5 du "
     "Code du travail."),
    ("staff", "Les intervenants du titulaire disposent d'au moins trois ans d'expérience dans la "
     "maintenance d'ascenseurs."),
    ("staff", "Le personnel du Prestataire reste sous la seule autorité de celui-ci."),
    ("subcontracting", "Le titulaire ne peut sous-traiter l'exécution du marché sans avoir obtenu "
     "l'acceptation du sous-traitant et l'agrément de ses conditions de paiement."),
    ("subcontracting", "Le Prestataire peut confier une partie des prestations à des sous-traitants, dont "
     "il répond comme de lui-même."),
    ("subcontracting", "Le recours à un sous-traitant ultérieur est soumis à l'autorisation écrite "
     "préalable du Client."),
    ("subcontracting", "Le Prestataire communique au Client la liste de ses sous-traitants et l'informe de "
     "tout changement."),
    ("subcontracting", "Toute sous-traitance des prestations d'accueil est interdite."),
]

NOT_FOUND_SECOND: list[tuple[str, str]] = [
    ("services", "Le Client fournit au Prestataire les accès nécessaires à ses applications."),
    ("services", "Les prestations sont facturées mensuellement à terme échu."),
    ("services", "Le Prestataire déclare être immatriculé au registre du commerce et des sociétés."),
    ("service_levels", "Les factures sont payables sous 45 jours fin de mois."),
    ("service_levels", "Le Client peut résilier le contrat avec un préavis de deux mois."),
    ("service_levels", "Le taux de TVA en vigueur s'applique aux prestations."),
    ("penalties", "Les pénalités de retard de paiement sont exigibles sans rappel."),
    ("penalties", "Le Client bénéficie d'une remise de 3 % pour tout paiement comptant."),
    ("penalties", "La responsabilité du Prestataire est plafonnée à 50 000 euros."),
    ("change_procedure", "Le présent contrat ne peut être modifié que par un avenant signé des Parties."),
    ("change_procedure", "Le Client signale tout changement de ses coordonnées bancaires."),
    ("change_procedure", "Le Prestataire peut modifier son adresse de siège social sans préavis."),
    ("duration", "La garantie de parfait achèvement est d'un an à compter de la réception."),
    ("duration", "Les données de facturation sont conservées dix ans."),
    ("duration", "Le préavis de non-reconduction est de trois mois."),
    ("price_revision", "Les prix sont fermes et définitifs pour toute la durée du contrat."),
    ("price_revision", "Le Prestataire révise chaque année le plan d'assurance qualité."),
    ("price_revision", "Les factures indiquent le prix unitaire et la quantité de chaque prestation."),
    ("exit", "Le Client peut retourner un produit défectueux dans un délai de 30 jours."),
    ("exit", "Le Prestataire supprime les comptes des utilisateurs inactifs depuis deux ans."),
    ("exit", "Le Client conserve ses propres copies de sauvegarde."),
    ("audits", "Le Prestataire vérifie l'identité de chaque appelant."),
    ("audits", "Le Client a pris connaissance des conditions générales."),
    ("audits", "Le Prestataire réalise pour le Client un audit de son parcours client à titre de "
     "prestation."),
    ("continuity", "Le Client est seul responsable de la sauvegarde de ses fichiers."),
    ("continuity", "La formation continue des agents est assurée par le Prestataire."),
    ("continuity", "Le contrat continue de produire ses effets en cas de cession du fonds de commerce."),
    ("staff", "Le Client désigne un référent chargé du suivi du contrat."),
    ("staff", "Les salariés du Client peuvent utiliser la plateforme sans limite."),
    ("staff", "Les données des salariés du Client sont hébergées en France."),
    ("subcontracting", "Le sous-traitant traite les données à caractère personnel pour le seul compte du "
     "responsable de traitement."),
    ("subcontracting", "Le Client peut céder le contrat à une société de son groupe."),
    ("subcontracting", "Le Prestataire n'est lié au Client par aucune exclusivité."),
]


def test_pointer_to_annexed_subcontractor_list_is_not_a_clause() -> None:
    """A sentence that only points to the annexed list, under a heading naming the topic, is no regulation."""
    heading = "## 12. Sous-traitants ultérieurs\n"
    pointer = heading + "Le Client est informé de la liste des sous-traitants ultérieurs en Annexe 3.\n"
    duty = heading + "Le Prestataire ne recourt à aucun sous-traitant ultérieur sans l'accord écrit du Client.\n"
    assert not review_text(pointer, lang="fr").label("subcontracting").present
    assert review_text(duty, lang="fr").label("subcontracting").present


# Both batches, each sentence reviewed as a one-clause French document.
@pytest.mark.parametrize(("label", "sentence"), FOUND + FOUND_SECOND)
def test_french_family_found(label: str, sentence: str) -> None:
    present, score = one_clause(label, sentence, "fr")
    assert present, (label, score)


@pytest.mark.parametrize(("label", "sentence"), NOT_FOUND + NOT_FOUND_SECOND)
def test_french_look_alike_not_found(label: str, sentence: str) -> None:
    present, score = one_clause(label, sentence, "fr")
    assert not present, (label, score)
