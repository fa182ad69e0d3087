"""Key point 6: personal data (GDPR art. 28, 32, 33, 44-46) and confidentiality."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from voute.checks.framework import Hit, KeyPoint, Severity, hit, missing, rule
from voute.contract.data_protection import DataRole, SecurityMeasure, SubProcessorAuthorisation, TransferMechanism
from voute.contract.model import Contract

KP = KeyPoint.data_protection
ARTICLE = "Source article, key point 6 (data protection)"
EEA = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    ]
)
# Countries with a Commission adequacy decision (art. 45); the United States only for certified companies.
ADEQUATE = frozenset(["AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "UY", "US"])


def processor(c: Contract) -> bool:
    """The GDPR processor rules apply: a data protection section naming the provider as processor."""
    return c.data_protection is not None and c.data_protection.role == DataRole.processor


@rule(
    "data_protection.present",
    KP,
    Severity.error,
    ARTICLE + "; RGPD art. 28(3)",
    (
        "Le contrat ne traite pas des données personnelles, alors que le prestataire y accède.",
        "The contract does not deal with personal data, although the provider handles it.",
    ),
    (
        "Ajoutez data_protection (rôle de sous-traitant, particularités du traitement, clauses de l'art. 28).",
        "Add data_protection (processor role, particulars of the processing, art. 28 terms).",
    ),
)
def _present(c: Contract) -> Iterable[Hit]:
    return missing(c.data_protection is None, "data_protection")


_PARTICULARS = {
    "subject_matter": "objet / subject-matter",
    "duration": "durée / duration",
    "nature": "nature",
    "purposes": "finalités / purposes",
    "data_types": "types de données / types of data",
    "data_subjects": "catégories de personnes / categories of data subjects",
    "controller_rights_and_obligations": "droits et obligations du responsable / controller's rights and obligations",
}


@rule(
    "gdpr.28-3-particulars",
    KP,
    Severity.error,
    "RGPD art. 28(3), first sentence",
    ("La description du traitement omet : {what}.", "The description of the processing omits: {what}."),
    (
        "Complétez data_protection.processing (objet, durée, nature, finalités, données, personnes, droits du "
        "responsable).",
        "Complete data_protection.processing (subject, duration, nature, purposes, data, subjects, controller rights).",
    ),
    applies=processor,
)
def _particulars(c: Contract) -> Iterable[Hit]:
    assert c.data_protection is not None
    processing = c.data_protection.processing
    if processing is None:
        return hit("data_protection", what="processing")
    return [
        Hit(("data_protection", "processing"), {"what": label})
        for name, label in _PARTICULARS.items()
        if not getattr(processing, name)
    ]


def _stipulation(letter: str, field: str, fr: str, en: str, severity: Severity = Severity.error) -> None:
    source = f"RGPD art. 28(3)({letter})" if len(letter) == 1 else "RGPD art. 28(3), last paragraph"

    @rule(
        f"gdpr.28-3-{letter}",
        KP,
        severity,
        source,
        (f"Le contrat n'impose pas au sous-traitant : {fr}.", f"The contract does not require the processor to {en}."),
        (
            f"Ajoutez cette stipulation et déclarez-la : data_protection.processor_terms.{field}: true.",
            f"Add this term and record it: data_protection.processor_terms.{field}: true.",
        ),
        applies=processor,
    )
    def _test(c: Contract) -> Iterable[Hit]:
        assert c.data_protection is not None
        return missing(
            not getattr(c.data_protection.processor_terms, field), "data_protection", "processor_terms", field
        )


_stipulation(
    "a",
    "documented_instructions",
    "de ne traiter les données que sur instruction documentée",
    "process data only on documented instructions",
)
_stipulation(
    "b",
    "staff_confidentiality",
    "de soumettre ses personnes autorisées à la confidentialité",
    "bind its authorised persons to confidentiality",
)
_stipulation(
    "c",
    "security_measures",
    "de prendre les mesures de sécurité de l'article 32",
    "take the security measures of article 32",
)
_stipulation(
    "d",
    "sub_processor_conditions",
    "de respecter les conditions de recours à un autre sous-traitant",
    "respect the conditions for engaging another processor",
)
_stipulation(
    "e",
    "data_subject_rights_assistance",
    "d'aider le client à répondre aux demandes des personnes",
    "help the client answer data subjects' requests",
)
_stipulation(
    "f",
    "compliance_assistance",
    "d'aider le client à respecter les articles 32 à 36",
    "help the client comply with articles 32 to 36",
)
_stipulation(
    "g",
    "deletion_or_return",
    "de supprimer ou rendre les données en fin de prestation",
    "delete or return the data at the end of the services",
)
_stipulation(
    "h",
    "audit_and_information",
    "de fournir les informations et de permettre les audits",
    "provide information and allow audits",
)
_stipulation(
    "alert",
    "unlawful_instruction_alert",
    "d'alerter si une instruction lui semble illicite",
    "warn the client of an instruction it deems unlawful",
    Severity.warning,
)


@rule(
    "gdpr.28-2-sub-processors",
    KP,
    Severity.error,
    "RGPD art. 28(2)",
    (
        "Le recours à d'autres sous-traitants n'est pas encadré ({what}).",
        "Engaging other processors is not regulated ({what}).",
    ),
    (
        "Exigez une autorisation écrite préalable ; si elle est générale, une information préalable sur tout "
        "changement et un droit d'objection (objection_notice).",
        "Require prior written authorisation; if general, prior notice of changes and a right to object "
        "(objection_notice).",
    ),
    applies=processor,
)
def _sub_processors(c: Contract) -> Iterable[Hit]:
    assert c.data_protection is not None
    sub = c.data_protection.sub_processors
    if sub is None:
        return hit("data_protection", what="sub_processors")
    if sub.authorisation == SubProcessorAuthorisation.general and sub.objection_notice is None:
        return hit("data_protection", "sub_processors", what="objection_notice")
    return []


@rule(
    "gdpr.28-4-flow-down",
    KP,
    Severity.error,
    "RGPD art. 28(4)",
    (
        "Les obligations ne sont pas répercutées aux sous-traitants ultérieurs, ou le prestataire n'en reste pas "
        "pleinement responsable.",
        "Obligations are not flowed down to sub-processors, or the provider does not remain fully liable.",
    ),
    (
        "Déclarez flow_down: true et processor_fully_liable: true.",
        "Declare flow_down: true and processor_fully_liable: true.",
    ),
    applies=processor,
)
def _flow_down(c: Contract) -> Iterable[Hit]:
    assert c.data_protection is not None
    sub = c.data_protection.sub_processors
    if sub is None or (sub.authorisation == SubProcessorAuthorisation.none and not sub.authorised):
        return []
    return missing(not (sub.flow_down and sub.processor_fully_liable), "data_protection", "sub_processors")


@rule(
    "gdpr.28-9-written",
    KP,
    Severity.error,
    "RGPD art. 28(9)",
    ("Les clauses de sous-traitance ne sont pas écrites.", "The processor terms are not in writing."),
    (
        "Les clauses de l'article 28 doivent être écrites, y compris sous forme électronique.",
        "Article 28 terms must be in writing, electronic form included.",
    ),
    applies=processor,
)
def _written(c: Contract) -> Iterable[Hit]:
    assert c.data_protection is not None
    return missing(not c.data_protection.written_form, "data_protection", "written_form")


_ART32 = {
    SecurityMeasure.pseudonymisation_encryption: "32(1)(a)",
    SecurityMeasure.confidentiality_integrity_availability: "32(1)(b)",
    SecurityMeasure.restore_availability: "32(1)(c)",
    SecurityMeasure.regular_testing: "32(1)(d)",
}


@rule(
    "gdpr.32-security",
    KP,
    Severity.warning,
    "RGPD art. 32(1)",
    (
        "La mesure de sécurité {measure} (art. {ref}) n'est pas prévue.",
        "Security measure {measure} (art. {ref}) is not provided for.",
    ),
    (
        "Décrivez les mesures techniques et organisationnelles en annexe et listez-les dans security_measures.",
        "Describe the technical and organisational measures in an annex and list them in security_measures.",
    ),
    applies=processor,
)
def _security(c: Contract) -> Iterable[Hit]:
    assert c.data_protection is not None
    present = set(c.data_protection.security_measures)
    return [
        Hit(("data_protection", "security_measures"), {"measure": m.value, "ref": ref})
        for m, ref in _ART32.items()
        if m not in present
    ]


@rule(
    "gdpr.33-deadline",
    KP,
    Severity.error,
    "RGPD art. 33(2)",
    (
        "Aucun délai n'est fixé au prestataire pour signaler une violation de données.",
        "No deadline is set for the provider to report a personal data breach.",
    ),
    (
        "Fixez breach_notification (24 ou 48 heures) pour que le client tienne ses 72 heures.",
        "Set breach_notification (24 or 48 hours) so the client can meet its 72 hours.",
    ),
    applies=processor,
)
def _breach_deadline(c: Contract) -> Iterable[Hit]:
    assert c.data_protection is not None
    return missing(c.data_protection.breach_notification is None, "data_protection")


@rule(
    "gdpr.33-over-72h",
    KP,
    Severity.error,
    "RGPD art. 33(1)",
    (
        "Le délai de notification d'une violation ({deadline}) dépasse les 72 heures du client.",
        "The breach-notification deadline ({deadline}) exceeds the client's own 72 hours.",
    ),
    (
        "Ramenez-le à 24 ou 48 heures : le client doit lui-même notifier l'autorité sous 72 heures.",
        "Bring it down to 24 or 48 hours: the client must itself notify the authority within 72 hours.",
    ),
    applies=processor,
)
def _over_72(c: Contract) -> Iterable[Hit]:
    assert c.data_protection is not None
    deadline = c.data_protection.breach_notification
    too_long = deadline is not None and deadline.approx_days() * 24 > Decimal(72)
    return missing(too_long, "data_protection", "breach_notification", deadline=deadline.words() if deadline else "")


@rule(
    "gdpr.33-content",
    KP,
    Severity.warning,
    "RGPD art. 33(3)",
    ("Le contenu de la notification de violation n'est pas défini.", "The content of a breach notice is not defined."),
    (
        "Exigez la nature de la violation, le contact, les conséquences probables et les mesures prises.",
        "Require the nature of the breach, a contact point, the likely consequences and the measures taken.",
    ),
    applies=processor,
)
def _breach_content(c: Contract) -> Iterable[Hit]:
    assert c.data_protection is not None
    return missing(not c.data_protection.breach_notification_content, "data_protection")


def _countries_outside_eea(c: Contract) -> list[tuple[tuple[str | int, ...], str]]:
    places: list[tuple[tuple[str | int, ...], str]] = []
    if c.data_protection is not None:
        places += [
            (("data_protection", "processing_locations", i), country)
            for i, country in enumerate(c.data_protection.processing_locations)
        ]
        if c.data_protection.sub_processors is not None:
            places += [
                (("data_protection", "sub_processors", "authorised", i), s.country)
                for i, s in enumerate(c.data_protection.sub_processors.authorised)
            ]
    if c.services is not None:
        places += [
            (("services", "service_locations", i), country) for i, country in enumerate(c.services.service_locations)
        ]
    return [(path, country) for path, country in places if country not in EEA]


@rule(
    "gdpr.44-transfers",
    KP,
    Severity.error,
    "RGPD art. 44-46",
    (
        "Des données partent vers {country} (hors EEE) sans garantie de transfert valable.",
        "Data goes to {country} (outside the EEA) without a valid transfer safeguard.",
    ),
    (
        "Déclarez le transfert et son mécanisme : décision d'adéquation, clauses types 2021/914 ou BCR.",
        "Declare the transfer and its mechanism: adequacy decision, 2021/914 standard clauses or BCR.",
    ),
    applies=lambda c: c.data_protection is not None and c.data_protection.role != DataRole.none,
)
def _transfers(c: Contract) -> Iterable[Hit]:
    assert c.data_protection is not None
    hits: list[Hit] = []
    covered: set[str] = set()
    for i, transfer in enumerate(c.data_protection.transfers):
        weak = transfer.mechanism in (TransferMechanism.none, TransferMechanism.derogation)
        wrong = transfer.mechanism == TransferMechanism.adequacy and transfer.country not in ADEQUATE
        if transfer.country not in EEA and (weak or wrong):
            hits += hit("data_protection", "transfers", i, "mechanism", country=transfer.country)
        else:
            covered.add(transfer.country)
    for path, country in _countries_outside_eea(c):
        if country not in covered and country not in {t.country for t in c.data_protection.transfers}:
            hits += [Hit(path, {"country": country})]
            covered.add(country)
    return hits


@rule(
    "gdpr.46-transfer-assessment",
    KP,
    Severity.warning,
    "RGPD art. 46; clauses types 2021/914, clause 14",
    (
        "Le transfert vers {country} repose sur des clauses types sans analyse d'impact.",
        "The transfer to {country} relies on standard clauses without a transfer impact assessment.",
    ),
    (
        "Réalisez et documentez l'analyse d'impact du transfert (transfer_impact_assessment: true).",
        "Carry out and record the transfer impact assessment (transfer_impact_assessment: true).",
    ),
    applies=processor,
)
def _tia(c: Contract) -> Iterable[Hit]:
    assert c.data_protection is not None
    return [
        Hit(("data_protection", "transfers", i), {"country": t.country})
        for i, t in enumerate(c.data_protection.transfers)
        if t.mechanism == TransferMechanism.scc_2021_914 and not t.transfer_impact_assessment
    ]


@rule(
    "confidentiality.present",
    KP,
    Severity.warning,
    ARTICLE,
    ("Aucune obligation de confidentialité.", "No confidentiality obligation."),
    (
        "Ajoutez confidentiality : périmètre, durée après la fin, engagement du personnel.",
        "Add confidentiality: scope, duration after the end, staff commitment.",
    ),
)
def _confidentiality(c: Contract) -> Iterable[Hit]:
    return missing(c.confidentiality is None, "confidentiality")


@rule(
    "confidentiality.staff",
    KP,
    Severity.info,
    ARTICLE,
    (
        "Le personnel du prestataire n'est pas tenu à la confidentialité.",
        "The provider's staff is not bound to confidentiality.",
    ),
    (
        "Exigez que chaque agent s'engage personnellement (staff_bound: true).",
        "Require each agent to commit personally (staff_bound: true).",
    ),
    needs="confidentiality",
)
def _confidentiality_staff(c: Contract) -> Iterable[Hit]:
    return missing(c.confidentiality is not None and not c.confidentiality.staff_bound, "confidentiality")
