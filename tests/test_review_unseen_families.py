"""Families of wording, one sentence at a time: synonyms a lawyer would use must be found, look-alikes must not.

Each sentence is reviewed alone under a neutral heading, so the test checks the sentence's own wording (no
heading naming the topic lends it weight). The positive sentences vary the words of one family ("minoration",
"décote", "Performance Credit"; "demande de modification", "extension du périmètre", "Variation Procedure"...);
the negative ones use the topic's words in another sense (late-payment penalties, a change of billing details,
the rectification of personal data, "amended only in writing", assignment to a third party, prices that are
firm, a processor named "le Sous-traitant"...).
"""

from __future__ import annotations

import pytest

from review_fixtures import one_clause
from voute.review import review_text
from voute.review.segment import segment_text

FOUND: list[tuple[str, str, str]] = [
    # (label, language, sentence)
    ("services", "fr", "La Banque confie au Prestataire la gestion de ses réclamations clients."),
    ("services", "en", "Customer engages Provider to operate its customer care center for its retail brands."),
    ("service_levels", "fr", "Le Prestataire s'engage à ce que 92 % des réclamations reçoivent une réponse sous "
     "cinq jours ouvrés."),
    ("service_levels", "fr", "Le délai moyen de prise en charge d'un appel ne doit pas dépasser 45 secondes."),
    ("service_levels", "en", "Provider shall resolve 95% of Priority 2 incidents within eight (8) business hours."),
    ("service_levels", "en", "First Contact Resolution shall be at least 70%, measured each calendar month."),
    ("service_levels", "en", "The Abandonment Rate shall not exceed 4% in any calendar month."),
    ("penalties", "fr", "Chaque indicateur manqué entraîne une minoration de 1 % de la redevance mensuelle."),
    ("penalties", "fr", "Une décote de 2 % est appliquée sur la facture du mois lorsque le taux de décroché "
     "n'est pas atteint."),
    ("penalties", "en", "For each KPI missed, a Performance Credit equal to 3% of the monthly fees applies."),
    ("penalties", "en", "Liquidated damages of $500 per day of delay shall apply to late go-live."),
    ("change_procedure", "fr", "Toute demande de modification du périmètre est formalisée par écrit, chiffrée par le "
     "Prestataire et validée par avenant."),
    ("change_procedure", "fr", "L'extension du périmètre à de nouveaux canaux fait l'objet d'une proposition "
     "chiffrée du Prestataire, soumise à l'accord du Client."),
    ("change_procedure", "en", "Any Change Request shall be submitted in writing and assessed by the Supplier "
     "within ten Working Days."),
    ("change_procedure", "en", "Variations to the Services shall follow the Variation Procedure, including an impact "
     "assessment of cost and timing."),
    ("staff", "fr", "Les contrats de travail des salariés affectés à l'activité sont transférés au Prestataire en "
     "application de l'article L. 1224-1 du Code du travail."),
    ("staff", "fr", "Le Prestataire ne débauchera aucun salarié du Client pendant la durée du contrat."),
    ("staff", "en", "The parties acknowledge that TUPE applies to the transfer of the Services to the Supplier."),
    ("staff", "en", "Supplier shall not remove or replace the Key Personnel without Customer's prior written consent."),
    ("staff", "en", "Provider shall maintain a dedicated team of twenty (20) FTE agents for the program."),
    ("price_revision", "fr", "Le Prestataire pourra réviser ses tarifs une fois par an, moyennant un préavis de deux "
     "mois."),
    ("price_revision", "en", "Provider may raise its hourly rates once a year by no more than three percent."),
    ("subcontracting", "fr", "Le Prestataire ne peut confier l'exécution de tout ou partie des prestations à un tiers "
     "sans l'accord préalable du Client."),
    ("subcontracting", "en", "Contractor shall not delegate any of its obligations to a third party without Client's "
     "written consent."),
    ("dispute_resolution", "fr", "Les parties rechercheront une solution amiable avant toute saisine du juge."),
    ("duration", "fr", "Le contrat reste en vigueur jusqu'au 31 décembre 2027."),
    ("duration", "en", "This Agreement commences on 1 July 2025 and continues for three years."),
    ("force_majeure", "fr", "Aucune partie n'est responsable d'un manquement dû à un événement échappant à sa "
     "volonté."),
    ("liability", "fr", "Le Prestataire répond des dommages directs causés au Client par ses fautes."),
    ("liability", "en", "In no event shall Supplier's total liability exceed the fees paid in the prior year."),
    ("pricing", "en", "Inbound calls are priced at USD 4.10 per handled call."),
    # second pass (issue 7): families seen missed on real service contracts, rewritten in our own words
    ("service_levels", "en", "Response Time by priority: critical, around the clock, 2 hours; normal, office hours, "
     "8 hours"),
    ("service_levels", "fr", "Délai d'intervention selon la gravité : bloquant 4 heures, majeur 1 jour ouvré"),
    ("penalties", "en", "Should the Vendor fall short of the agreed Service Levels, rebates set out in the price "
     "schedule shall apply to the monthly charges."),
    ("penalties", "fr", "Lorsque les niveaux de service ne sont pas atteints, une ristourne de 3 % est accordée sur "
     "la facture suivante."),
    ("staff", "en", "People employed by the Contractor remain at all times under the supervision and control of "
     "the Contractor, not of the Bank."),
    ("staff", "en", "Vendor will assign only properly trained and qualified engineers to perform the work."),
    ("staff", "fr", "Les intervenants restent placés sous la seule autorité du Prestataire pendant toute la "
     "mission."),
    ("staff", "fr", "Le Prestataire affecte à la mission des techniciens qualifiés et formés aux outils du Client."),
    ("audits", "en", "The Consultant shall send the Company a monthly status report describing the work done."),
    ("audits", "fr", "Le Prestataire remet au Client un compte rendu mensuel de son activité."),
    ("exit", "en", "On expiry of this Agreement the Supplier shall destroy every copy of the Client's confidential "
     "information it holds."),
    ("exit", "fr", "À la fin du contrat, chaque partie restitue les informations confidentielles reçues de "
     "l'autre."),
    ("exit", "en", "The Provider shall give termination assistance so that the services move smoothly to the "
     "Customer."),
]  # fmt: skip

NOT_FOUND: list[tuple[str, str, str]] = [
    ("service_levels", "en", "Provider shall deliver a service of high quality and courtesy to all callers."),
    ("service_levels", "fr", "Le Prestataire fournit un service de qualité aux usagers et à leurs familles."),
    ("service_levels", "fr", "Le Prestataire notifie toute violation de données dans un délai de 24 heures."),
    ("penalties", "fr", "Tout retard de paiement entraîne des pénalités de retard au taux de trois fois le taux "
     "d'intérêt légal."),
    ("penalties", "fr", "La non-atteinte de ces objectifs ne peut en aucun cas donner lieu à pénalités."),
    ("penalties", "en", "Either party may terminate this Agreement without penalty on thirty days' notice."),
    ("change_procedure", "fr", "Le Client peut modifier ses coordonnées de facturation depuis son espace client."),
    ("change_procedure", "fr", "La personne concernée peut obtenir la modification ou la rectification de ses "
     "données."),
    ("change_procedure", "en", "This Agreement may be amended only by a written instrument signed by both parties."),
    ("change_procedure", "en", "Either party may update its address for notices by written notice to the other."),
    ("change_procedure", "en", "The controller shall carry out any data protection impact assessment."),
    ("staff", "en", "Provider shall not be responsible for the acts of Customer's employees."),
    ("subcontracting", "fr", "Le présent accord fixe les conditions dans lesquelles le Sous-traitant traite pour le "
     "compte du Responsable les données des clients."),
    ("subcontracting", "en", "Neither party may assign this Agreement to a third party without the other's consent."),
    ("governing_law", "en", "This Order Form is governed by the Master Agreement between the parties."),
    ("price_revision", "fr", "Les prix sont fermes et ne seront pas révisés pendant toute la durée du marché."),
    ("price_revision", "en", "Prices are fixed for the whole term and shall not be revised."),
    ("dispute_resolution", "fr", "Tout litige relève de la compétence exclusive du tribunal de commerce de Paris."),
    ("force_majeure", "fr", "Le Prestataire répond des événements survenus dans ses locaux."),
    # second pass (issue 7): look-alikes seen on real service contracts, in our own words
    ("penalties", "en", "If the Customer pays an invoice late it owes the Provider liquidated damages of 0.2% of "
     "the unpaid amount per day of delay in payment."),
    ("penalties", "en", "The early termination fee is a fair estimate of the Supplier's loss and is agreed as "
     "liquidated damages and not a penalty."),
    ("penalties", "en", "Not claiming liquidated damages at once shall not be deemed a waiver of the right to "
     "claim them."),
    ("penalties", "fr", "Une remise de volume de 2 % est consentie au-delà de mille unités commandées par an."),
    ("change_procedure", "en", "Changes in scope may be added to a work order upon the written consent of both "
     "parties."),
    ("change_procedure", "en", "Work requested in addition to the services described here will be covered by a "
     "separate agreement."),
    ("exit", "en", "This Agreement binds the parties and their successors and permitted assigns."),
    ("exit", "fr", "Le Client peut céder le contrat à son successeur en cas de fusion."),
    ("staff", "en", "Having a dedicated team of course designers, the Provider offers teacher guidance, codes of "
     "conduct and staff training to the Service Recipient."),
    ("audits", "en", "Weather reports are published daily by the national agency."),
]  # fmt: skip


def test_numbered_sentence_line_is_a_clause() -> None:
    """ "Section 5.2 Client may extend..." wrapped over two lines: both lines are one scored clause."""
    text = (
        "ARTICLE 5. TERM AND TERMINATION\n"
        "Section 5.2 Client may extend the term for up to two (2) additional periods of twelve (12) months each by\n"
        "written notice given no later than ninety (90) days before expiry.\n"
        "Section 5.3 Client may terminate this Agreement for convenience on one hundred twenty (120) days'\n"
        "written notice.\n"
    )
    report = review_text(text, lang="en")
    assert report.label("renewal").present
    assert report.label("renewal").mode == "express"
    assert "Section 5.2" in report.label("renewal").evidence[0].text
    assert report.label("termination").present


def test_disclaimer_in_capitals_is_prose() -> None:
    lines = [
        "7.2 IN NO EVENT SHALL CONTRACTOR'S LIABILITY EXCEED THE FEES PAID BY CUSTOMER DURING THE SIX (6) MONTHS",
        "PRECEDING THE EVENT GIVING RISE TO THE CLAIM, WHETHER IN CONTRACT, TORT OR ANY OTHER THEORY OF LAW",
        "OR EQUITY.",
    ]
    segments = segment_text("ARTICLE VII - LIABILITY\n" + "\n".join(lines) + "\n")
    assert [segment.kind for segment in segments] == ["heading", "clause"]
    assert segments[1].heading == "ARTICLE VII - LIABILITY"
    report = review_text("ARTICLE VII - LIABILITY\n" + "\n".join(lines) + "\n", lang="en")
    assert report.label("liability").present
    assert "REV-LIABILITY-NO-CAP" not in report.flag_ids()


# Third pass (issue 7): families seen missed or wrongly found on twelve more CUAD service contracts (set 2 of
# eval/review_services.py), each rewritten in our own words with other names, objects and figures.
FOUND_SET2: list[tuple[str, str, str]] = [
    ("service_levels", "en", "The Supplier shall respond to every reported fault within two hours, day or night."),
    ("service_levels", "en", "The Vendor shall have the portal fully operational no later than forty-five (45) days "
     "after signature."),
    ("penalties", "en", "Where a scheduled inspection is overdue by more than a week, the Contractor shall issue a "
     "credit note for that vehicle's weekly charge."),
    ("change_procedure", "en", "Should either party request an amendment to this Agreement after a change in "
     "regulation, the parties shall negotiate in good faith how to implement it."),
    ("change_procedure", "en", "Out-of-scope services are performed only on the Client's written request and billed "
     "at the hourly rates of Schedule B."),
    ("pricing", "en", "Monthly invoices are payable within fourteen days of receipt."),
    ("pricing", "en", "As full compensation for the services, the Client shall transfer 10,000 of its shares to the "
     "Consultant."),
    ("pricing", "en", "In addition the Company pays a management fee, being an amount equal to 2% of all costs "
     "reimbursed."),
    ("price_revision", "en", "The annual service fee will escalate by 2.5% on each anniversary of the start date."),
    ("price_revision", "en", "Twice a year the parties will meet to review the prices and agree any new rates."),
    ("price_revision", "en", "The Provider may change its charges at the start of each renewal period on sixty "
     "days' notice."),
    ("renewal", "en", "This letter is an extension of the maintenance agreement for a further two years."),
    ("data_protection", "en", "The Host shall take reasonable steps to protect the privacy of the Customer's end "
     "users."),
    ("data_protection", "en", "Each party shall comply with the Gramm-Leach-Bliley Act when handling consumer "
     "records."),
    ("data_protection", "en", "The Processor keeps an information security program that protects customer "
     "information against unauthorised access."),
    ("audits", "en", "Supplier shall deliver a monthly call volume report to the Bank."),
    ("audits", "en", "The Contractor shall provide the following reports: open tickets by age and uptime per "
     "month."),
    ("exit", "en", "Before expiry the Supplier shall agree a handover plan with the Customer's new contractor."),
    ("exit", "en", "The Supplier shall cooperate fully with any replacement vendor appointed by the Customer."),
    ("exit", "en", "On termination the Host shall delete all stored contents of the Customer after sending it a "
     "copy."),
    ("subcontracting", "en", "The Consultant may engage independent contractors to carry out parts of the project."),
    ("subcontracting", "en", "Provider may use the services of third parties where reasonably needed to perform the "
     "work."),
    ("staff", "en", "Each party shall appoint a relationship manager to oversee this Agreement."),
    ("staff", "en", "Each party names one employee to act as liaison for day-to-day matters."),
    ("services", "en", "The Agency shall host and maintain the web site on its own servers."),
    ("services", "en", 'Vendor will run the booking engine and answer traveller queries (together, the "Services").'),
    ("services", "en", "The plan includes 24/7 help desk support by phone and e-mail."),
]  # fmt: skip

NOT_FOUND_SET2: list[tuple[str, str, str]] = [
    ("change_procedure", "en", "The Supplier reserves the right to change the applicable fees on thirty days' "
     "notice."),
    ("staff", "en", "The Seller has not employed any broker or finder in connection with this sale."),
    ("confidentiality", "en", "Within ten days the Contractor shall hand over its staff list, subject to "
     "appropriate confidentiality undertakings being given."),
    ("services", "en", "The security measures allow the Provider to manage access to systems holding customer "
     "data."),
    ("subcontracting", "en", "Customer may use third party software to reach the platform."),
    ("penalties", "en", "Overdue invoices bear interest, and the Customer may ask for a credit note for billing "
     "errors."),
    ("renewal", "en", "An extension of the payment term shall not be deemed a waiver."),
    ("price_revision", "en", "The dispute will escalate to senior managers if it stays unresolved."),
    ("service_levels", "en", "The Customer shall pay the launch fee within thirty (30) days of the invoice."),
    ("service_levels", "en", "Claims that the managers cannot resolve within ten days go to the chief executives."),
    ("price_revision", "en", "The Contractor shall keep Change Order charges as low as it reasonably can."),
    ("exit", "en", "After a complaint the Platform may delete the user content concerned and terminate the "
     "offending account."),
    ("renewal", "en", "The lender may approve an extension of the term of the credit for a late client."),
]  # fmt: skip


def test_staff_benefits_are_not_an_insurance_duty() -> None:
    """Reimbursed health insurance benefits of seconded staff do not make the insurance cues fire."""
    from voute.review.rules import score_passage
    from voute.review.rules_labels import LABEL_RULES
    from voute.review.textnorm import normalize

    benefits = normalize("The Client reimburses salaries and the health insurance benefits of the seconded staff.")
    duty = normalize("The Supplier shall maintain professional liability insurance of at least EUR 2 million.")
    assert score_passage(LABEL_RULES["insurance"], benefits, "")[0] < 0.6
    assert score_passage(LABEL_RULES["insurance"], duty, "")[0] >= 0.6


# Families of wording met on real English service contracts from public repositories (issue 7, English round):
# hosting SLAs, managed IT services, a web developer's agreement, plain-language SaaS terms, a processor addendum.
FOUND_EN_PUBLIC: list[tuple[str, str, str]] = [
    # (label, language, sentence)
    ("services", "en", "The Agency will design and build a booking application for the Client."),
    ("services", "en", "Support: monitoring of the hosted servers 24/7."),
    ("services", "en", "Vendor agrees to operate the Platform for the Customer's users."),
    ("exit", "en", "On termination of this Agreement the Supplier shall give the Customer a full export of its data "
     "within fifteen days."),
    ("exit", "en", "Customer may download all Customer Data at any time in a standard CSV format."),
    ("exit", "en", "If the contract is ended early, all work performed to date shall be handed over to the Client."),
    ("force_majeure", "en", "The Contractor is not responsible for delays caused by events outside its control."),
    ("force_majeure", "en", "Neither party is liable for a failure to perform caused by a natural disaster."),
    ("force_majeure", "en", "We are not liable for outages beyond our reasonable control."),
    ("dispute_resolution", "en", "Before starting court proceedings, the parties shall meet and try to settle the "
     "matter."),
    ("dispute_resolution", "en", "The parties will attempt a good-faith resolution of any disagreement before "
     "bringing a lawsuit."),
    ("data_protection", "en", "Supplier will notify the Customer within 24 hours of any data breach affecting "
     "Customer files."),
    ("continuity", "en", "Provider performs nightly encrypted backups of the production database."),
    ("continuity", "en", "The Supplier keeps a tested plan to recover from outages of its data centre."),
    ("duration", "en", "This Schedule terminates automatically upon the expiration of the Master Agreement."),
    ("pricing", "en", "Client shall pay every invoice no later than the due date shown on it."),
    ("audits", "en", "Supplier shall provide a root cause analysis for every Severity 1 incident."),
    ("subcontracting", "en", "The Vendor may contract with third parties to host the Platform."),
    ("change_procedure", "en", "Enhancement requests will be estimated by the Supplier before any work starts."),
    ("change_procedure", "en", "Customer may increase the number of users at any time by written request."),
    ("service_levels", "en", "Critical tickets will be answered within [X] business hours."),
]  # fmt: skip

NOT_FOUND_EN_PUBLIC: list[tuple[str, str, str]] = [
    ("duration", "en", "Log files are retained for a period of ninety days."),
    ("duration", "en", "The Consultant shall not solicit Client employees for a period of twelve months."),
    ("continuity", "en", "The Customer is solely responsible for backing up its own laptops."),
    ("continuity", "en", "Within thirty days of termination Vendor deletes all customer data, except copies kept "
     "for business continuity."),
    ("service_levels", "en", "Neither party is liable for a failure to meet the service levels caused by the other "
     "party."),
    ("data_protection", "en", "Either party may terminate if the other commits a material breach and fails to cure "
     "it."),
    ("force_majeure", "en", "Supplier is liable for delays in delivery caused by its own staff."),
    ("exit", "en", "Customer may export monthly reports to a spreadsheet."),
    ("exit", "en", "Provider shall deliver the work completed in each sprint for acceptance."),
    ("dispute_resolution", "en", "Before commencing legal proceedings, the claimant must pay the filing fee."),
    ("subcontracting", "en", "Customer may contract with other vendors to provide similar services."),
    ("pricing", "en", "Customer agrees to bill its own clients for the services it resells."),
    ("change_procedure", "en", "Prices may increase at any time by notice."),
    ("services", "en", "Customer will develop its own integrations with the API."),
    ("audits", "en", "The availability report template is attached for information."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "passage"),
    [
        ("exit", "At the Client's request, the stored notes will be returned and removed from the Provider's records."),
        ("force_majeure", "Neither side is liable for a delay caused by a _Disaster_."),
        ("services", "_Provider_ agrees to run the _Service_ for the _Users_."),
    ],
)
def test_en_public_markdown_and_heading_wordings(label: str, passage: str) -> None:
    """Wordings scored under the heading that names the topic, names in Markdown italics included."""
    from voute.review.rules import score_passage
    from voute.review.rules_labels import LABEL_RULES
    from voute.review.textnorm import normalize

    heading = {"exit": "Data upon termination", "force_majeure": "Valid excuses", "services": "Provide the service"}
    assert score_passage(LABEL_RULES[label], normalize(passage), normalize(heading[label]))[0] >= 0.6


# Second English public round (issue 7): families of wording found missing on five other real contracts, in our
# own words, each with look-alikes that must stay silent.
FOUND_EN_PUBLIC2 = [
    ("governing_law", "en", "This framework contract is subject to Belgian law."),
    ("governing_law", "en", "The sole place of jurisdiction for both sides is Geneva."),
    ("force_majeure", "en", "We are not liable where storms or strikes beyond our influence stop the work."),
    ("penalties", "en", "When uptime falls short of the objective, the client will receive a financial credit."),
    ("subcontracting", "en", "The vendor may involve third parties in the delivery of the support."),
    ("audits", "en", "Twice a year the parties hold a review meeting on the quality of the service."),
    ("continuity", "en", "The host keeps an emergency plan for its data centres and tests it every year."),
]

NOT_FOUND_EN_PUBLIC2 = [
    ("governing_law", "en", "Each shipment is subject to local law on export controls."),
    ("force_majeure", "en", "The consultant has great influence on the design choices of the team."),
    ("penalties", "en", "The bank granted the client a financial line for the purchase of servers."),
    ("subcontracting", "en", "Third parties may read the published reports on the website."),
    ("audits", "en", "The kick-off meeting will take place in the client's offices in March."),
    ("continuity", "en", "The host keeps a list of emergency phone numbers at reception."),
]


# Third English public round (issue 7): families of wording missed or over-read on six other real documents (an
# enterprise SLA, a support SLA, a German host's terms and DPA, a US federal work statement and its surveillance
# plan), in our own words, each with look-alikes that must stay silent.
FOUND_EN_PUBLIC3 = [
    ("continuity", "en", "The host must be able to restore the availability of customer data quickly after a "
     "physical or technical incident."),
    ("duration", "en", "Unless the parties agree otherwise, the contract runs for an indefinite period."),
    ("penalties", "en", "If faulty work cannot be redone, the buyer may reduce the order price to reflect the lower "
     "value of the services performed."),
    ("audits", "en", "Every month the supplier sends a status report summarising the work done."),
    ("audits", "en", "The agency will use a surveillance plan to monitor the contractor's performance."),
    ("audits", "en", "Critical incidents will be reported daily to the customer's contact."),
    ("change_procedure", "en", "Any change that the vendor believes would affect the price or the schedule must be "
     "referred to the contracting officer."),
    ("staff", "en", "The host uses only its own staff to run the platform."),
    ("staff", "en", "Agents assigned to the account receive regular training on the client's products."),
    ("service_levels", "en", "At least 90% of security reports must be triaged within 2 business days."),
]

NOT_FOUND_EN_PUBLIC3 = [
    ("continuity", "en", "We restore the availability of a suspended account once the overdue invoice is paid."),
    ("continuity", "en", "[ ] Ability to restore the availability of personal data after a technical incident: "
     "{measures}"),
    ("duration", "en", "Backups are retained for an indefinite period unless the customer asks for deletion."),
    ("duration", "en", "During the initial period of performance the agency may post five applications."),
    ("liability", "en", "The vendor will not be responsible to perform security fixes on the client's code."),
    ("liability", "en", "The vendor shall be responsible for the supervision and management of its engineers."),
    ("penalties", "en", "The parties may agree to reduce the price to reflect the smaller volume expected next year."),
    ("audits", "en", "The status of the project was published on the website."),
    ("change_procedure", "en", "Changes in the exchange rate are reported to the finance team every quarter."),
    ("staff", "en", "The software runs only on its own servers in Frankfurt."),
    ("service_levels", "en", "The claim was triaged by the insurer last spring."),
]


# Fourth round of unseen English documents (issue 7): families of wording from a support and maintenance
# agreement, software service terms, public-sector work terms, a federal work statement and hosting terms.
FOUND_EN_PUBLIC4 = [
    ("price_revision", "en", "The yearly support fee for each renewal period will be the then-current list price "
     "published by the Vendor."),
    ("price_revision", "en", "The Supplier may alter its prices by giving the Client sixty days' notice."),
    ("price_revision", "en", "The Client will be told of any fee increase by email at least one month before it "
     "applies."),
    ("price_revision", "en", "If the charges for the platform change later, the new amount applies from the next "
     "invoice."),
    ("pricing", "en", "The hosting package is to be paid monthly by direct debit."),
    ("pricing", "en", "The Customer is obliged to pay quarterly the fees listed in the order."),
    ("service_levels", "en", "| Priority 2 | 6 business hours | 2 hours |"),
    ("service_levels", "en", "Report pages shall display as quickly as they do in the legacy system."),
    ("service_levels", "en", "The go-live shall occur within thirty (30) days of contract signature."),
    ("duration", "en", "This agreement is entered into for an indefinite time period."),
    ("duration", "en", "The period of performance is twelve (12) months from the date of award."),
    ("duration", "en", "The first three months of this task order cover discovery; the following nine months "
     "cover delivery."),
    ("audits", "en", "The Licensor may audit the Licensee's use of the software once a year to verify compliance."),
    ("audits", "en", "Each increment will be demonstrated at the end of each iteration to the product owner."),
    ("dispute_resolution", "en", "If the parties disagree, the matter may be escalated by either of them to their "
     "senior executives."),
    ("dispute_resolution", "en", "Neither side shall start court proceedings until the escalation procedure has been "
     "exhausted."),
    ("dispute_resolution", "en", "Any disagreement about invoices shall first be negotiated in good faith by the "
     "account managers."),
    ("subcontracting", "en", "The Vendor shall ensure that its subcontractors are bound by obligations no less "
     "protective than those in this Agreement."),
    ("subcontracting", "en", "The Contractor shall disclose its subcontracting agreements to the Contracting Officer "
     "before work starts."),
    ("services", "en", "The purpose of this Agreement is the supply of managed network services to the Client."),
    ("services", "en", "The Provider shall ensure that the Customer has continuous access to the hosted platform."),
    ("services", "en", "The Consultant must deliver each report in accordance with the specifications annexed hereto."),
]

NOT_FOUND_EN_PUBLIC4 = [
    ("price_revision", "en", "There will be no price increase during the first contract year."),
    ("price_revision", "en", "The Bank monitors exchange rate changes every day."),
    ("pricing", "en", "Employees of the Supplier are paid monthly under their own employment contracts."),
    ("duration", "en", "Fees are fixed for the first 12 months of this agreement."),
    ("duration", "en", "Logs are kept for an indefinite time period for security reasons."),
    ("audits", "en", "Fees will be reviewed at the end of each phase of the project."),
    ("dispute_resolution", "en", "Questions about the budget may be referred to senior management for approval."),
    ("subcontracting", "en", "The Customer's employees are bound by terms as restrictive as the Provider's own rules."),
    ("services", "en", "The subject of the meeting is the delivery of the new office furniture."),
    ("exit", "en", "The tool supports importing and exporting data in CSV format."),
    ("renewal", "en", "Deadlines are automatically extended for the duration of any strike."),
    ("change_procedure", "en", "If the Client requests a change to the date of the workshop, it will reimburse the "
     "trainer's travel expenses for the services."),
]


# Fifth public English round (issue 7): families seen missed or over-read on a support terms sheet, a consulting
# agreement, a processor addendum form and a US federal request for quote; sentences in our own words.
FOUND_EN_PUBLIC5 = [
    ("duration", "en", "Maintenance plans are purchased for twelve-month periods unless the quote says otherwise."),
    ("duration", "en", "Hosting subscriptions are offered in annual terms."),
    ("liability", "en", "The Supplier answers for the acts and omissions of its agents as if they were its own."),
    ("liability", "en", "The Processor is answerable for breaches committed by its staff."),
    ("data_protection", "en", "Staff who handle PII must first complete the agency's privacy training."),
    ("data_protection", "en", "The Contractor shall safeguard personally identifiable information collected in the "
     "project."),
    ("subcontracting", "en", "Teaming agreements with other firms must be disclosed with the quotation."),
    ("subcontracting", "en", "Contractor team arrangements are allowed under this order."),
    ("services", "en", "The platform shall support single sign-on for all agency users."),
    ("services", "en", "The application must provide an accessible interface on phones and tablets."),
]

NOT_FOUND_EN_PUBLIC5 = [
    ("liability", "en", "The Contractor will be responsible for maintaining the staging environment."),
    ("liability", "en", "The Design Lead is responsible for ensuring that the team follows the agreed patterns."),
    ("change_procedure", "en", "A refusal to approve a substitute will not form a valid basis for any claim for money "
     "or any equitable adjustment."),
    ("continuity", "en", "Support includes disaster recovery planning guidance on request."),
    ("continuity", "en", "A primary node failover not completing is treated as a Severity 1 incident."),
    ("duration", "en", "Usage is billed on a monthly basis."),
    ("dispute_resolution", "en", "Other than the mediation clause of the transfer clauses, the dispute resolution "
     "provisions of the Services Agreement apply to this addendum."),
    ("data_protection", "en", "The acronym PII appears in the glossary at the end of the handbook."),
    ("subcontracting", "en", "The team arranges weekly meetings with the Customer."),
    ("services", "en", "The system shall be deemed accepted ten days after delivery."),
]


# Seventh public English round (issue 7): families seen missed or over-read on a SaaS company's business SLA, its
# terms of service and its data processing agreement; sentences in our own words.
FOUND_EN_PUBLIC7 = [
    # downtime made good in service time, not money
    ("penalties", "en", "Where monthly uptime falls below the commitment, the Customer receives an extension of its "
     "subscription proportional to the downtime."),
    ("penalties", "en", "For each full hour of outage beyond the SLA, the service term shall be extended by one day."),
    ("penalties", "en", "Customers hit by downtime above the monthly target are given three free days of service."),
]

NOT_FOUND_EN_PUBLIC7 = [
    # an extension of the subscription that pays nothing back: a renewal
    ("penalties", "en", "Customers may request an extension of their subscription at the renewal date; uptime "
     "statistics are published monthly."),
    # a subscription lengthened as compensation is not the contract's term
    ("duration", "en", "For every hour of downtime beyond the commitment, the subscription period will be extended "
     "by one day."),
    # how long a licence lasts is not the contract's term
    ("duration", "en", "The licence you grant us will continue until your content is removed from our servers."),
    # keeping security measures up to date is not a procedure to change the services
    ("change_procedure", "en", "The Processor may update its technical and organisational measures from time to "
     "time, provided the overall level of security is not reduced."),
    ("change_procedure", "en", "The Supplier may modify the safeguards as technology evolves, but will not lower the "
     "overall level of protection."),
]  # fmt: skip


# Eighth public English round (issue 7): families seen over-read on a software publisher's subscription agreement
# and a SaaS company's master subscription agreement; sentences in our own words.
FOUND_EN_PUBLIC8 = [
    # the law of the contract named through "applicable law" stays found
    ("governing_law", "en", "The applicable law of this contract is the law of Ireland."),
    # a fee disagreement the parties must work out together stays a procedure
    ("dispute_resolution", "en", "If the Client disagrees with any fees invoiced, the parties will work together to "
     "resolve the dispute within fifteen days."),
]

NOT_FOUND_EN_PUBLIC8 = [
    # "permitted by applicable law" bounds a cap or a disclaimer: it chooses no law
    ("governing_law", "en", "Each party's total liability is limited to the fees of one year, to the maximum extent "
     "permitted by applicable law."),
    ("governing_law", "en", "Warranties are disclaimed except where a warranty is required by applicable law."),
    # the supplier holding back collection while the customer contests its charges is billing
    ("dispute_resolution", "en", "Provider will not charge late interest while the Customer is disputing the "
     "invoiced fees reasonably and in good faith and is cooperating with Provider to resolve the dispute."),
]  # fmt: skip


# English public set 9 (a UK agency's project terms, hosting terms and helpdesk SLA; a software publisher's
# support exhibit) and CUAD service contracts set 10: families found there, sentences in our own words.
FOUND_EN_PUBLIC9 = [
    # the client asking that the work be changed, a change of the work that brings fees agreed first, an allowance
    # varied with a matching change of fees, a change of terms the client may object to, specifications updated
    ("change_procedure", "en", "The Client may at any time request that part of the Project be modified, and the "
     "Agency will try to accommodate it."),
    ("change_procedure", "en", "If the scope changes, the Agency may charge extra fees, which it will agree with the "
     "Client before continuing."),
    ("change_procedure", "en", "The Agency may vary these terms on prior written notice; the Client may send a "
     "written objection within ten days, and the variation will then not bind it."),
    ("change_procedure", "en", "The monthly hours may be changed by mutual agreement, with a corresponding "
     "adjustment to the Agency's fees."),
    ("change_procedure", "en", "The Specifications may be updated by Buyer from time to time on reasonable notice, "
     "and Seller may submit a proposal on the price of the updated Specifications."),
    # work handed to outside people without the word "subcontract"
    ("subcontracting", "en", "At the Agency's discretion, freelancers may be used instead of its own staff to "
     "deliver part of the Project."),
    ("subcontracting", "en", "The Agency shall not outsource any of the Services without the Client's prior written "
     "consent."),
    ("subcontracting", "en", "Either party may use a third-party hosting provider, and any act of that provider "
     "shall be deemed the act of that party."),
    ("subcontracting", "en", "The Distributor will contract with a regional courier to ship the orders to the end "
     "customers."),
    ("subcontracting", "en", "The Licensee shall cause each franchisee to perform the obligations of this Agreement "
     "and shall remain liable for the acts and omissions of each franchisee."),
    # a first-reply time; fees refunded or waived for an outage
    ("service_levels", "en", "Critical tickets must receive a first response within two working hours."),
    ("penalties", "en", "If the platform is unavailable outside planned maintenance, the Provider will on request "
     "refund or waive the hosting fees for any period of unavailability longer than two hours."),
]

NOT_FOUND_EN_PUBLIC9 = [
    # an arbitrator in a list of authorities; a general good-faith covenant that names disputes in passing
    ("dispute_resolution", "en", "Each party shall comply with every binding order of any court, tribunal, "
     "arbitrator, agency or other authority that applies to it."),
    ("dispute_resolution", "en", "Each party shall deal in good faith with regard to every obligation under this "
     "Agreement and any dispute arising from it."),
    # "prolonged" as an adjective extends no contract
    ("renewal", "en", "If no urgent ticket is opened, the outage may last for a prolonged period."),
    # a dearer insurance premium passed on; extra work billed at the rates of the day
    ("price_revision", "en", "The Agency would raise its insurance cover if it could pass on any resulting increase "
     "in the premium to the Client."),
    ("price_revision", "en", "On request, the Publisher may provide on-site training, subject to availability, at "
     "its then current rates."),
]  # fmt: skip


# English public round 10 and the newest sets (issue 7): families seen there, sentences in our own words; each fails
# on the patterns the round was measured on.
FOUND_EN_PUBLIC10 = [
    ("price_revision", "en", "After the first year the subscription renews for successive one-year terms at the "
     "prices then in effect."),
    ("audits", "en", "Upon request, Supplier shall provide the Customer a written report showing its measured "
     "availability for the month."),
]  # fmt: skip

NOT_FOUND_EN_PUBLIC10 = [
    ("subcontracting", "en", "Each party may share the other's confidential information with its staff, advisers "
     "and subcontractors who need to know it and are bound by similar duties of secrecy."),
    ("subcontracting", "en", "Customer shall not rent, lease, sublicense, transfer or otherwise make Services "
     "available to any third party."),
]  # fmt: skip

# The English public rounds 2, 3, 4, 5 and 7-10, reviewed as one-clause documents.
FOUND_EN_PUBLIC_ROUNDS = (
    FOUND_EN_PUBLIC2
    + FOUND_EN_PUBLIC3
    + FOUND_EN_PUBLIC4
    + FOUND_EN_PUBLIC5
    + FOUND_EN_PUBLIC7
    + FOUND_EN_PUBLIC8
    + FOUND_EN_PUBLIC9
    + FOUND_EN_PUBLIC10
)
NOT_FOUND_EN_PUBLIC_ROUNDS = (
    NOT_FOUND_EN_PUBLIC2
    + NOT_FOUND_EN_PUBLIC3
    + NOT_FOUND_EN_PUBLIC4
    + NOT_FOUND_EN_PUBLIC5
    + NOT_FOUND_EN_PUBLIC7
    + NOT_FOUND_EN_PUBLIC8
    + NOT_FOUND_EN_PUBLIC9
    + NOT_FOUND_EN_PUBLIC10
)


# Every family sentence of the file, reviewed as a one-clause document.
@pytest.mark.parametrize(("label", "lang", "sentence"), FOUND + FOUND_SET2 + FOUND_EN_PUBLIC + FOUND_EN_PUBLIC_ROUNDS)
def test_family_wording_found(label: str, lang: str, sentence: str) -> None:
    present, score = one_clause(label, sentence, lang)
    assert present, (label, score)


@pytest.mark.parametrize(
    ("label", "lang", "sentence"), NOT_FOUND + NOT_FOUND_SET2 + NOT_FOUND_EN_PUBLIC + NOT_FOUND_EN_PUBLIC_ROUNDS
)
def test_look_alike_not_found(label: str, lang: str, sentence: str) -> None:
    present, score = one_clause(label, sentence, lang)
    assert not present, (label, score)


# Eleventh English public round (issue 7): families of wording found missing on a managed self-hosting operator's
# agreement, SLA and exit schedule and on a short processor agreement, in our own words, each with look-alikes.
FOUND_EN_PUBLIC11 = [
    ("services", "The Operator shall install, configure and run the hosting stack for the Customer."),
    ("liability", "Fee credits are the Customer's sole and exclusive remedy for any missed availability target."),
    ("liability", "Re-performance of the faulty work is the Client's only remedy for a defective deliverable."),
    ("exit", "The Client may download its files and databases at any time during the subscription."),
    ("exit", "Customer can retrieve all of its content from the platform at any time."),
    ("duration", "This DPA remains in force so long as the Processor handles personal data for the Controller."),
    ("duration", "This Agreement remains in effect while the Customer holds an active subscription."),
    ("continuity", "Should the Vendor cease trading, the Customer may restore the platform without the Vendor from "
     "escrowed copies."),
]
NOT_FOUND_EN_PUBLIC11 = [
    ("services", "The mobile network operator will handle delivery of text messages to end users."),
    ("liability", "The rights and remedies in this Agreement are cumulative and not exclusive of any remedies "
     "provided by law."),
    ("liability", "Sections 8 (Limitation of Liability) and 15 (Governing Law) survive the end of this Agreement."),
    ("governing_law", "Sections 8 (Limitation of Liability) and 15 (Governing Law) survive the end of this "
     "Agreement."),
    ("governing_law", "The following clauses survive termination: confidentiality (section 9) and governing law "
     "(section 14)."),
    ("liability", "The following clauses survive termination: confidentiality (section 9) and limitation of "
     "liability (section 12)."),
    ("subcontracting", "Backups are written by the hosting subprocessor to object storage in Canada."),
    ("exit", "Customer may export usage reports at any time for its own analysis."),
    ("duration", "The confidentiality obligations remain in force as long as the information stays secret."),
    ("continuity", "Customer may restore deleted files without contacting the Provider."),
]  # fmt: skip


# Twelfth English public round and twelfth CUAD services round (issue 7): families of wording seen missed or raised
# wrongly at first sight, in our own words. Widened: a copy of the customer's site or data on request or within a few
# days after cancellation, data left in the customer's own database when a subscription lapses, assets or stock
# handed or bought back at the end; out-of-scope work quoted and done only with the customer's consent; a "We
# provide:" list, a promoter's or a distributor's duties; events outside the provider's reasonable control. Damped:
# look-alikes that were found before.
FOUND_EN_PUBLIC12 = [
    ("exit", "The Customer may ask at any time for a complete copy of its website files and database."),
    ("exit", "After cancellation the Client has fourteen days to collect its files before the account is deleted."),
    ("exit", "If the licence lapses, nothing is deleted and the records stay in the licensee's own database."),
    ("exit", "Upon expiry, the data created by the paid modules remains in your own server."),
    ("exit", "If this Agreement is terminated, any equipment lent by either party shall be handed back to that party."),
    ("exit", "On termination the Supplier will buy back the remaining stock held by the Reseller at cost."),
    ("exit", "Upon expiry of the Term, the Manufacturer shall repurchase the Dealer's unsold inventory of Products."),
    ("change_procedure", "Where a request goes beyond the agreed scope, the Provider sends an estimate and seeks the "
     "Client's approval before any extra charge."),
    ("change_procedure", "Support work not covered by the subscription is estimated in advance and carried out only "
     "with the Customer's written consent."),
    ("change_procedure", "If the work requested lies outside the agreed plan, we send a quotation and start only "
     "after the Customer approves it."),
    ("services", "We provide: the hosting platform, daily security updates and phone support during office hours."),
    ("services", "The Supplier will furnish: a help desk, monthly patching and an on-call engineer."),
    ("services", "The Network will air three thirty-second spots for the Advertiser in each weekly episode of its "
     "show."),
    ("services", "The Publisher shall display two banner advertisements per month on its home page for the Sponsor."),
    ("services", "Distributor shall actively promote the Products throughout the Territory."),
    ("services", "The Reseller will maintain a sufficient stock of demonstration units for prospective buyers."),
    ("force_majeure", "Downtime does not include network faults outside of our reasonable control."),
    ("force_majeure", "Outages caused by upstream carrier failures outside of the Provider's reasonable control are "
     "not counted."),
    ("force_majeure", "Problems beyond the host's control, such as a regional power cut, are excluded from the uptime "
     "figure."),
]
NOT_FOUND_EN_PUBLIC12 = [
    # look-alikes of the widened families (not found before either)
    ("exit", "The Customer may ask for a copy of any invoice at any time."),
    ("exit", "Backups are kept for fourteen days and then deleted automatically."),
    ("exit", "Customer data stays in the European Union at all times."),
    ("exit", "The Distributor shall purchase its inventory of Products from the Supplier at the list prices."),
    ("exit", "Nothing in this Agreement transfers ownership of the Supplier's assets to the Customer."),
    ("change_procedure", "A quote accepted by the Customer stays valid for thirty days."),
    ("change_procedure", "The Provider will give an estimate of the time needed to restore service and keep the "
     "Customer informed."),
    ("change_procedure", "Work outside the scope of this plan is billed at the hourly rates then in effect."),
    ("services", "You provide: a valid email address and a server that meets the requirements."),
    ("services", "The Sponsor will provide the banner artwork and logos to the Publisher."),
    ("services", "Distributor will not market competing products in the Territory."),
    ("force_majeure", "Data held outside of our platform is the Customer's own responsibility."),
    # damped: each was found before
    ("force_majeure", "Products damaged by misuse, flood or acts of God are not covered by this warranty."),
    ("force_majeure", "The limited warranty does not cover units harmed by lightning or other acts of God."),
    ("pricing", "Extra hours may be charged at an additional fee per hour depending on your plan."),
    ("pricing", "For each hour of downtime the Customer receives a credit of 5% of its monthly fee."),
    ("pricing", "Customer receives a refund of ten percent of the customer's monthly fees per missed target."),
    ("penalties", "The Customer's sole remedy for downtime is the issue of service credits as set out in the Service "
     "Level Agreement."),
    ("penalties", "Service credits as defined in our SLA apply to the hosting plans only."),
    ("penalties", "There is no price protection or refund if a price reduction or promotion follows your purchase."),
    ("audits", "The Provider can inspect third-party scripts placed on the site before enabling them."),
    ("audits", "We may inspect plugins you install and switch them off if unsafe."),
    ("audits", "The Provider may inspect custom code before it is deployed and reject it."),
    ("data_protection", "You may not send spam or breach CAN-SPAM, the GDPR or any other anti-spam law."),
    ("data_protection", "Do not use the mailing module in breach of the GDPR or the anti-spam rules of your country."),
    ("data_protection", "Bulk mailings must respect CAN-SPAM and the GDPR."),
    ("continuity", "We do not provide hosting, backups or disaster recovery for self-hosted installations."),
    ("continuity", "The Vendor does not offer business continuity or backups of any kind."),
    ("continuity", "Our plans do not include monitoring, and we do not provide backups or disaster recovery."),
    ("dispute_resolution", "Supplier shall indemnify Buyer against any suit, proceeding, arbitration or other claim "
     "by a third party."),
    ("dispute_resolution", "Each party shall defend the other from any third-party claim, action or arbitration "
     "arising from its breach."),
    ("dispute_resolution", "The Agent shall hold the Company harmless from any action, arbitration or other demand "
     "of any third party."),
    ("liability", "Neither party shall be liable for delays in performance caused by events beyond its reasonable "
     "control."),
    ("liability", "The Supplier will not be liable for a failure to deliver on time resulting from force majeure."),
    ("liability", "Neither party will be liable for any failure to perform caused by circumstances beyond its "
     "reasonable control."),
    ("governing_law", "Each party is duly organized and validly existing under the laws of the state of its "
     "incorporation."),
    ("governing_law", "If any provision is held invalid by a court of competent jurisdiction, the rest remains in "
     "force."),
    ("governing_law", "The Supplier is a company incorporated under the laws of the Province of Ontario."),
]  # fmt: skip


# English public set 14 (issue 7, fourteenth round): families seen in a crawling SaaS's SLA, a licensing SaaS's SLA,
# a support SLA and an agency's master services agreement; sentences in our own words.
FOUND_EN_PUBLIC14: list[tuple[str, str]] = [
    ("services", "We provide technical support services to our customers on working days from 9 am to 5 pm."),
    ("services", "We offer maintenance services for the licensed software during the subscription."),
    ("penalties", "If the uptime does not meet the SLA, a compensation equal to half of the weekly spend is "
     "given to the user."),
    ("penalties", "Should the platform fail to meet the availability commitment, the Provider will grant a "
     "compensation of 5% of the monthly fee."),
    ("penalties", "Downtime credits by tier: Gold 10% monthly fee per 1% below; Silver 5% monthly fee per 1% below."),
    ("force_majeure", "Neither party is liable for delays due to circumstances beyond reasonable control."),
    ("force_majeure", "The Provider is not liable for outages caused by attacks not being controllable by "
     "reasonable measures."),
    ("force_majeure", "Neither party shall be responsible for failures caused by uncontrollable circumstances."),
]  # fmt: skip

NOT_FOUND_EN_PUBLIC14: list[tuple[str, str]] = [
    ("services", "The Provider will provide thirty days' advance notice of any change to the maintenance windows."),
    ("services", "We provide no support services to users of the free plan."),
    ("penalties", "Critical errors, answered within a two-hour response time, are those where compliance with "
     "requirements under law is impaired so that a regulatory authority could impose penalties."),
    ("penalties", "If an employee fails to meet the sales targets, the compensation plan is reviewed in the "
     "following quarter."),
    ("force_majeure", "Copies kept outside reasonable control of the Customer must be encrypted at rest."),
    ("force_majeure", "Settings that are not controllable by the user are listed in the documentation."),
]  # fmt: skip


# English public set 15 (issue 7, fifteenth round): an SLA exclusion item naming causes outside reasonable control
# is force majeure; the day changes to the terms start to apply is not the contract's term.
FOUND_EN_PUBLIC15: list[tuple[str, str]] = [
    ("force_majeure", "The uptime commitment does not apply to any unavailability: (i) caused by factors outside of "
     "reasonable control, such as a major event."),
    ("force_majeure", "Downtime resulting from causes beyond reasonable control is excluded from the calculation."),
    ("force_majeure", "Credits are not owed for outages brought about by events outside reasonable control."),
    ("duration", "This Agreement becomes effective on the date of signature and continues for a period of one year."),
    # a terse processing addendum's list of duties (new processing agreements, seventh session)
    ("data_protection", "Processor obligations: process only on documented instructions; confidentiality; security "
     "measures; deletion or return upon termination."),
]  # fmt: skip

NOT_FOUND_EN_PUBLIC15: list[tuple[str, str]] = [
    ("force_majeure", "Downtime reports list the time of each outage and the servers involved."),
    ("force_majeure", "Copies kept outside reasonable control of the Customer must be encrypted at rest."),
    ("duration", "We will give 30 days' notice of any changes to this section. Changes will become effective on "
     "the 30th day."),
    ("duration", "The updated terms become effective upon posting on the website."),
    ("duration", "Modifications to these terms shall become effective ten days after we send them."),
    ("data_protection", "The bank acts only on written instructions signed by two directors of the company."),
]  # fmt: skip


# The rounds from the eleventh on: each found sentence must also be found by the label's own patterns.
@pytest.mark.parametrize(
    ("label", "sentence"), FOUND_EN_PUBLIC11 + FOUND_EN_PUBLIC12 + FOUND_EN_PUBLIC14 + FOUND_EN_PUBLIC15
)
def test_en_public_late_rounds_family_found(label: str, sentence: str) -> None:
    """Found by the review, and by the label's own patterns (not only by the model) under a neutral heading."""
    from voute.review.classify import DEFAULT_THRESHOLD
    from voute.review.rules import score_passage
    from voute.review.rules_labels import LABEL_RULES
    from voute.review.textnorm import normalize

    present, score = one_clause(label, sentence, "en")
    assert present, (label, score)
    assert score_passage(LABEL_RULES[label], normalize(sentence), normalize("Article 4"))[0] >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("label", "sentence"),
    NOT_FOUND_EN_PUBLIC11 + NOT_FOUND_EN_PUBLIC12 + NOT_FOUND_EN_PUBLIC14 + NOT_FOUND_EN_PUBLIC15,
)
def test_en_public_late_rounds_look_alike_not_found(label: str, sentence: str) -> None:
    present, score = one_clause(label, sentence, "en")
    assert not present, (label, score)
