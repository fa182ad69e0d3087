"""Risk flags that mirror the checklist: what a reviewer should raise with the other party.

Each flag has a stable id (other tools and tests key on it), a severity, a message and a fix hint in French
and English, and its source (the checklist item and the legal text behind it).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from voute.review.classify import Hit
from voute.review.extract import Term

__all__ = ["GDPR_STIPULATIONS", "Flag", "compute_flags", "renewal_mode"]


@dataclass(frozen=True)
class Flag:
    """One risk raised by the review; `start`/`end` point at the evidence when there is one."""

    id: str
    severity: str  # "error" | "warning" | "info"
    message_fr: str
    message_en: str
    hint_fr: str
    hint_en: str
    source: str
    start: int | None = None
    end: int | None = None


_TACIT = re.compile(
    r"\b(?:tacite(?:ment)? reconduc\w*|reconduction tacite|reconduit\w* tacitement|renouvel\w* (?:automatiquement|"
    r"tacitement|de plein droit)|automatically (?:be )?(?:renew|extend)\w*|auto-?renew\w*|renews? automatically|"
    r"evergreen|year[- ]to[- ]year|month[- ]to[- ]month|de mois en mois|"
    r"unless (?:either|a|one) party\b[^.]{0,80}\bnotice|sauf (?:denonciation|"
    r"preavis)|a defaut de (?:denonciation|preavis)|"
    # French wordings without "tacite": "prolongé automatiquement", "faute pour une partie d'avoir notifié..."
    r"(?:prolong|reconduit|proroge)\w* (?:automatiquement|tacitement|de plein droit)|"
    r"faute (?:pour (?:l'une|l'une ou l'autre|aucune|chacune) des parties |de (?:denonciation|notification|"
    r"resiliation)\b)|sauf (?:notification|opposition|resiliation) (?:contraire )?(?:de|d'|par)|"
    r"si aucune des parties ne (?:s'y oppose|le denonce|l'a denonce|a notifie)|"
    # public-procurement wording: "la reconduction est tacite; l'acheteur qui ne souhaite pas reconduire..."
    r"reconduction (?:\w+ ){0,2}tacite|(?:ne souhaite pas|ne pas|refuse de|decide de ne pas) (?:le |la )?reconduire|"
    # "tacitement reconduit", "Reconduction : tacite trimestrielle", "reconductible de manière tacite"
    r"tacitement (?:reconduit|renouvele|prolonge)\w*|reconduction\W{1,4}tacite|"
    r"(?:reconductible|reconduit|renouvel)\w* (?:de (?:maniere|facon) )?tacite\w*)"
)
_EXPRESS = re.compile(
    r"\b(?:(?<!of the )mutual (?:written )?agreement(?!s)|by mutual consent|accord (?:expres|ecrit) des parties|"
    r"d'un commun accord|"
    r"reconduction expresse|expressement (?:reconduit|renouvele|prolonge)\w*|par avenant|"
    r"(?:reconduction|renouvellement|prolongation) (?:ne (?:peut|pourra) (?:\w+ ){0,4})?"
    r"(?:resulter|intervenir) (?:que )?d'un (?:avenant|accord|commun)|"
    r"decision (?:expresse )?(?:de|du) (?:pouvoir|client|"
    r"la personne publique)|upon (?:written )?request|option to (?:renew|extend)|may (?:be )?renew\w* by|"
    # a right of one party to extend by notice: "Client may extend the term for two further periods"
    r"may (?:\w+ ){0,2}(?:extend|renew) (?:the |this )?(?:term|agreement|contract)|"
    r"(?:peut|pourra) (?:\w+ ){0,2}(?:prolonger|reconduire|renouveler) (?:le |la )?(?:contrat|marche|duree))"
)
_PENALTY_CAP = re.compile(
    r"\b(?:penalit|refaction|reduction|retenue|abattement|malus|credit|minoration|decote)\w*[^.]{0,200}\b(?:plafon\w*|"
    r"ne (?:peut|pourra|peuvent|pourront|saurai\w*) (?:pas )?(?:\w+ )?(?:exceder|depasser)|limitee?s? a|"
    r"dans la limite|sans (?:pouvoir )?(?:exceder|depasser)|au maximum)|"
    r"\b(?:credits?|penalt\w*)\b[^.]{0,200}\b(?:(?:shall|will|may|must|do|does) not (?:\w+ ){0,3}exceed|not to exceed|"
    r"capped|maximum|in no event exceed|limited to|cap|up to an? (?:aggregate|at-risk|maximum|total)|"
    r"at-risk amount|amount at risk)\b|\b(?:plafond|cap)\b[^.]{0,80}\b(?:penalit\w*|credits?|penalt\w*|minorations?)"
)
# Cap wording inside a liability clause: used when the CUAD category (model or patterns) missed the cap.
_LIABILITY_CAP = re.compile(
    r"\b(?:plafon\w*|ne (?:peut|pourra|saurait|sauraient|pourront|peuvent) (?:\w+ ){0,3}(?:exceder|depasser)|"
    r"dans la limite (?:de|d'|du|des)|limitee? (?:a|au|aux) (?:la somme|un montant|des sommes|montant|sommes|\d)|"
    r"(?:shall|will|may) not (?:\w+ ){0,3}exceed|not to exceed|in no event[^.]{0,80}exceed|limited to|capped at)"
)
_UNCAPPED = re.compile(
    r"\b(?:unlimited liability|liability shall be unlimited|responsabilite illimitee|sans plafond|uncapped|"
    r"not be subject to (?:any|the) (?:cap|limitation))\b"
)
_PROCESSING = re.compile(
    r"\b(?:sous-traitant au sens|en (?:sa )?qualite de sous-traitant|as (?:a |the )?(?:data )?processor|"
    r"acting as (?:a )?processor|on behalf of the (?:data )?controller|pour le compte du responsable|"
    r"article 28(?:[.(]\d\)?)? (?:du|of)|art\. 28|au sens de l'article 28\b|article 28 (?:rgpd|gdpr)|"
    # roles given as labels: 'Data Processor ("Processor")', "Provider (Acme): data processor", "Controller ... and
    # Processor" in the parties' block
    r"processor(?=[\"']?\s*\))|data processor(?=\s*[.;])|"
    r"\bcontroller\b[^.;]{0,100}\b(?:and|et) (?:the |le )?(?:data )?processor\b|"
    # "we act as 'Processor'", "the Data Processor shall", "processes Personal Data on your behalf"
    r"act\w* as (?:a |the |its |your )?[\"']?(?:data )?processor|(?:the )?data processor (?:shall|will|must)|"
    r"process\w* (?:[\w']+ ){0,6}on (?:your|its|their|the customer's|customer's|the client's|client's) behalf)"
)

# GDPR art. 28(3)(a)-(h): what the processor contract must stipulate, with wordings in both languages.
GDPR_STIPULATIONS: dict[str, tuple[str, str, str]] = {
    "a": (
        "traitement uniquement sur instruction documentée",
        "processing only on documented instructions",
        r"\b(?:documented instructions?|instructions? documentees?|sur (?:les |la )?(?:seule )?instructions?|"
        r"only on (?:the )?(?:written |documented )?instructions?|uniquement sur (?:les )?instructions?|"
        r"instructions? (?:ecrites|du responsable)|(?:written|documented) (?:\w+ ){0,2}(?:instructions?|directions?)|"
        # "exclusively in accordance with the Controller's instructions", "as instructed by the Customer"
        r"(?:exclusively|solely|only)\b[^.]{0,40}\b(?:in accordance with|according to)\b[^.]{0,40}\binstructions?|"
        r"as instructed by|conformement aux instructions|selon les instructions)",
    ),
    "b": (
        "confidentialité des personnes autorisées",
        "confidentiality of authorised persons",
        # "personnel" as a noun, not "données personnelles"; "toute personne autorisée", "such individuals"
        r"\b(?:(?:persons|personnes|personne autorisee|personnels?|employees|staff|individuals?|salaries|preposes|"
        r"collaborateurs)\b[^.]{0,160}\b(?:confidential\w*|secre\w*|discretion)|"
        r"(?:confidential\w*|secre\w*|discretion)[^.]{0,160}\b(?:persons|personnes|personne autorisee|personnels?|"
        r"employees|staff|individuals?|salaries|preposes|collaborateurs)\b)",
    ),
    "c": (
        "mesures de sécurité (art. 32)",
        "security measures (art. 32)",
        r"\b(?:article 32|art\. 32|mesures (?:techniques et organisationnelles|de securite)|technical and "
        r"organi[sz]ational (?:security )?measures|security measures|chiffrement|encryption|encrypted|"
        r"pseudonymi[sz]ation)",
    ),
    "d": (
        "conditions du recours à un autre sous-traitant",
        "conditions for engaging another processor",
        r"\b(?:sub-?processors?|sous-traitants? ulterieurs?|sous-traitants? secondaires?|autre sous-traitant|"
        r"another processor|recruter un sous-traitant|recourir a un (?:autre )?sous-traitant|"
        r"sous-traitance ulterieure|"
        # a right to object to new subcontractors: "le Client peut s'opposer à tout nouveau sous-traitant"
        r"(?:s'opposer|objections?|opposition)[^.]{0,120}\bsous-traitants?|"
        r"\bsous-traitants?\b[^.]{0,120}(?:s'opposer|objections?|opposition))",
    ),
    "e": (
        "aide à l'exercice des droits des personnes",
        "assistance with data subjects' rights",
        r"\b(?:data subjects?'? (?:rights|requests)|droits des personnes|exercice (?:de leurs |des )?droits|"
        r"rights of (?:the )?data subjects?|demandes? d'exercice|"
        r"(?:demand\w*|requests?)[^.]{0,80}\b(?:personnes? concernees?|data subjects?|sujets? de donnees)|"
        r"(?:personnes? concernees?|data subjects?|sujets? de donnees)\b"
        r"[^.]{0,80}\b(?:demand\w*|requests?))",
    ),
    "f": (
        "aide aux obligations des articles 32 à 36 (sécurité, violations, AIPD)",
        "assistance with arts. 32-36 (security, breaches, DPIA)",
        r"\b(?:impact assessment|analyse d'impact|aipd|dpia|articles? 32 (?:a|to) 36|prior consultation|"
        # the verb, not "informations ... sans violation" (a confidentiality exception)
        r"consultation prealable|(?:notif\w*|inform(?:e|er|era|eront|ent|ed|s)?|signal\w*|alert\w*)\b[^.]{0,140}"
        r"\b(?:breach|violation)\w*|"
        r"(?:breach|violation)\w*[^.]{0,80}\bnotif\w*|notif\w*[^.]{0,80}\bunauthori[sz]ed)",
    ),
    "g": (
        "suppression ou restitution des données en fin de contrat",
        "deletion or return of data at the end",
        r"\b(?:(?:delete|deletion|return|supprim\w*|restitu\w*|renvo\w*|retourn\w*|effac\w*|detrui\w*)[^.]{0,120}"
        r"\b(?:personal data|donnees|data)|(?:personal data|donnees)[^.]{0,80}\b(?:deleted|returned|supprimees|"
        r"restituees)|"
        # "à la fin du contrat, elles restent exportables 90 jours, puis sont supprimées"
        r"fin du contrat[^.]{0,160}\b(?:supprim\w*|restitu\w*|effac\w*|detrui\w*)|(?:end|termination|expiry|"
        r"expiration) of (?:the|this) (?:agreement|contract|services?)[^.]{0,160}\b(?:delet\w*|return\w*|destroy\w*)|"
        # "deletion/return upon termination"
        r"(?:delet\w*|return\w*)(?:\s*(?:/|or|and)\s*(?:delet\w*|return\w*))? (?:upon|on|at|after) (?:the )?"
        r"(?:termination|expiry|expiration|end)\b)",
    ),
    "h": (
        "informations et audits pour démontrer la conformité",
        "information and audits to demonstrate compliance",
        r"\b(?:audits?|inspections?)\b",
    ),
}
_STIPULATION_RE = {key: re.compile(pattern) for key, (_, _, pattern) in GDPR_STIPULATIONS.items()}


def renewal_mode(normalized: str, renewal_hits: list[Hit]) -> str | None:
    """'tacit', 'express', 'both' or None, read from the renewal evidence."""
    tacit = express = False
    for hit in renewal_hits:
        passage = " ".join(normalized[hit.start : hit.end].split())  # "automatically     renewed" in padded text
        tacit = tacit or bool(_TACIT.search(passage))
        express = express or bool(_EXPRESS.search(passage))
    if tacit and express:
        return "both"
    return "tacit" if tacit else "express" if express else None


def compute_flags(
    normalized: str,
    present: Mapping[str, list[Hit]],
    cuad: Mapping[str, list[Hit]],
    terms: list[Term],
) -> list[Flag]:
    """Every flag the document raises, most severe first."""
    flags = [
        *_renewal_flags(normalized, present),
        *_liability_flags(normalized, present, cuad),
        *_penalty_flags(normalized, present),
        *_missing_flags(present),
        *_gdpr_flags(normalized, present),
        *_breach_flags(terms, present),
    ]
    order = {"error": 0, "warning": 1, "info": 2}
    return sorted(flags, key=lambda flag: (order[flag.severity], flag.id))


def _renewal_flags(normalized: str, present: Mapping[str, list[Hit]]) -> list[Flag]:
    hits = present.get("renewal", [])
    if renewal_mode(normalized, hits) not in {"tacit", "both"}:
        return []
    evidence = next((hit for hit in hits if _TACIT.search(normalized[hit.start : hit.end])), hits[0])
    return [
        Flag(
            "REV-RENEWAL-TACIT",
            "warning",
            "Le contrat se renouvelle tacitement : sans préavis envoyé à temps, il repart pour une nouvelle période.",
            "The contract renews tacitly: unless notice is sent in time, it runs for a new period.",
            "Préférer un renouvellement exprès, ou noter la date limite de préavis dans le calendrier.",
            "Prefer express renewal, or put the notice deadline in the calendar.",
            "checklist 8; Code civil art. 1214-1215",
            evidence.start,
            evidence.end,
        )
    ]


def _liability_flags(normalized: str, present: Mapping[str, list[Hit]], cuad: Mapping[str, list[Hit]]) -> list[Flag]:
    flags: list[Flag] = []
    uncapped = [hit for hit in present.get("liability", []) if _UNCAPPED.search(normalized[hit.start : hit.end])]
    uncapped = uncapped or cuad.get("uncapped_liability", [])
    if uncapped:
        flags.append(
            Flag(
                "REV-LIABILITY-UNCAPPED",
                "warning",
                "Une responsabilité est illimitée (au moins pour certains manquements).",
                "Some liability is uncapped (at least for some breaches).",
                "Vérifier que les exceptions au plafond sont assumables et assurées.",
                "Check that the carve-outs from the cap are acceptable and insured.",
                "checklist 11; Code civil art. 1231-3",
                uncapped[0].start,
                uncapped[0].end,
            )
        )
    capped = any(_LIABILITY_CAP.search(normalized, hit.start, hit.end) for hit in present.get("liability", []))
    if not cuad.get("cap_on_liability") and not capped:
        flags.append(
            Flag(
                "REV-LIABILITY-NO-CAP",
                "warning",
                "Aucun plafond de responsabilité n'a été trouvé.",
                "No liability cap was found.",
                "Négocier un plafond (par exemple un multiple des sommes payées sur 12 mois), hors faute lourde.",
                "Negotiate a cap (for example a multiple of 12 months of fees), excluding gross negligence.",
                "checklist 11; Code civil art. 1170, 1231-3",
            )
        )
    return flags


def _penalty_flags(normalized: str, present: Mapping[str, list[Hit]]) -> list[Flag]:
    hits = present.get("penalties", [])
    if not hits or _PENALTY_CAP.search(normalized):
        return []
    return [
        Flag(
            "REV-PENALTY-NO-CAP",
            "warning",
            "Des pénalités sont prévues sans plafond.",
            "Penalties are set without a cap.",
            "Plafonner les pénalités (par mois et par an, par exemple 10 % de la facture mensuelle).",
            "Cap the penalties (per month and per year, e.g. 10% of the monthly invoice).",
            "checklist 4; Code civil art. 1231-5",
            hits[0].start,
            hits[0].end,
        )
    ]


_MISSING = {
    "data_protection": (
        "REV-GDPR-MISSING",
        "Aucune clause de protection des données personnelles : rien n'encadre le traitement confié au "
        "prestataire (RGPD art. 28).",
        "No data protection clause: nothing governs the processing entrusted to the provider (GDPR art. 28).",
        "Ajouter un accord de sous-traitance RGPD : objet, durée, finalités, instructions, sécurité, "
        "sous-traitants ultérieurs, assistance, restitution ou effacement, audits (art. 28(3)(a)-(h)).",
        "Add GDPR processor terms: subject, duration, purposes, instructions, security, sub-processors, "
        "assistance, return or deletion, audits (art. 28(3)(a)-(h)).",
        "checklist 12; GDPR art. 28(3)",
    ),
    "dispute_resolution": (
        "REV-DISPUTE-NO-AMICABLE",
        "Aucune étape amiable (négociation, médiation) avant le juge.",
        "No amicable step (negotiation, mediation) before going to court.",
        "Ajouter une escalade puis une médiation avec des délais, avant toute action en justice.",
        "Add an escalation then mediation step with deadlines before any court action.",
        "checklist 22; DOMAIN key point 'disputes'",
    ),
    "continuity": (
        "REV-CONTINUITY-MISSING",
        "Aucun plan de continuité ou de reprise (PCA/PRA) n'est exigé.",
        "No business continuity or disaster recovery plan is required.",
        "Exiger un PCA/PRA testé chaque année, avec RTO/RPO, y compris cyberattaque et rotation du personnel.",
        "Require a BCP/DRP tested yearly, with RTO/RPO, covering cyberattacks and staff turnover.",
        "checklist 18; DORA art. 30(3)(c); EBA GL 75(l)",
    ),
    "exit": (
        "REV-EXIT-MISSING",
        "Rien n'organise la sortie : réversibilité, assistance de transition, restitution des données.",
        "Nothing organises the exit: reversibility, transition assistance, return of data.",
        "Ajouter une clause de réversibilité : plan, durée, assistance, format de restitution, effacement.",
        "Add an exit clause: plan, period, assistance, data return format, deletion.",
        "checklist 10; DORA art. 28(8); GDPR art. 28(3)(g)",
    ),
}


def _missing_flags(present: Mapping[str, list[Hit]]) -> list[Flag]:
    return [
        Flag(flag_id, "warning", message_fr, message_en, hint_fr, hint_en, source)
        for label, (flag_id, message_fr, message_en, hint_fr, hint_en, source) in _MISSING.items()
        if not present.get(label)
    ]


def _gdpr_flags(normalized: str, present: Mapping[str, list[Hit]]) -> list[Flag]:
    if not present.get("data_protection") or not _PROCESSING.search(normalized):
        return []
    flags: list[Flag] = []
    for key, (name_fr, name_en, _) in GDPR_STIPULATIONS.items():
        if _STIPULATION_RE[key].search(normalized):
            continue
        flags.append(
            Flag(
                f"REV-GDPR-28-3-{key.upper()}",
                "error",
                f"Clause de sous-traitance RGPD incomplète : il manque « {name_fr} » (art. 28(3)({key})).",
                f"Incomplete GDPR processor terms: missing '{name_en}' (art. 28(3)({key})).",
                f"Ajouter la stipulation art. 28(3)({key}) (modèle : clauses types UE 2021/915).",
                f"Add the art. 28(3)({key}) stipulation (model: EU SCC 2021/915).",
                f"checklist 12; GDPR art. 28(3)({key})",
            )
        )
    return flags


def _breach_flags(terms: list[Term], present: Mapping[str, list[Hit]]) -> list[Flag]:
    if not present.get("data_protection"):
        return []
    for term in terms:
        if term.kind != "breach_notification":
            continue
        hours = _hours(term)
        if hours is not None and hours > 72:
            return [
                Flag(
                    "REV-BREACH-NOTICE-OVER-72H",
                    "error",
                    f"Délai de notification des violations de données trop long ({term.text}) : le responsable "
                    "doit notifier l'autorité en 72 h.",
                    f"Data breach notification deadline too long ({term.text}): the controller must notify "
                    "the authority within 72 h.",
                    "Exiger une notification par le sous-traitant en 24 à 48 h au plus.",
                    "Require the processor to notify within 24 to 48 hours at most.",
                    "checklist 14; GDPR art. 33",
                    term.start,
                    term.end,
                )
            ]
    return []


def _hours(term: Term) -> float | None:
    try:
        number = float(term.value.split()[0])
    except ValueError:
        return None
    factor = {"hours": 1.0, "minutes": 1 / 60, "days": 24.0, "weeks": 168.0}.get(term.unit)
    return number * factor if factor is not None else None
