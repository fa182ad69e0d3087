"""Key point 4: an exact duration, early-termination causes, and no unwanted tacit renewal."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from voute.checks.framework import Hit, KeyPoint, Severity, hit, missing, rule
from voute.contract.model import Contract
from voute.contract.term import RenewalMode, TerminationCause

KP = KeyPoint.term
ARTICLE = "Source article, key point 4 (term)"


@rule(
    "term.present",
    KP,
    Severity.error,
    ARTICLE + "; EBA GL §75(b)",
    ("Le contrat ne fixe ni date d'effet ni durée.", "The contract sets no start date and no duration."),
    ("Ajoutez term: start, initial_duration et renewal.", "Add term: start, initial_duration and renewal."),
)
def _present(c: Contract) -> Iterable[Hit]:
    return missing(c.term is None, "term")


@rule(
    "term.tacit-renewal",
    KP,
    Severity.warning,
    ARTICLE + "; Code civil art. 1215",
    (
        "Le contrat se renouvelle tacitement : il peut se prolonger sans que personne ne l'ait voulu.",
        "The contract renews tacitly: it may run on although nobody wanted it.",
    ),
    (
        "Préférez un renouvellement exprès, ou suivez l'échéance de préavis avec `voute due`.",
        "Prefer express renewal, or track the notice deadline with `voute due`.",
    ),
    needs="term",
)
def _tacit(c: Contract) -> Iterable[Hit]:
    return missing(c.term is not None and c.term.renewal.mode == RenewalMode.tacit, "term", "renewal", "mode")


@rule(
    "term.renewal-notice",
    KP,
    Severity.error,
    "Code civil art. 1212-1215",
    ("Le renouvellement ({mode}) ne fixe pas {what}.", "The renewal ({mode}) does not set {what}."),
    (
        "Indiquez la durée de chaque renouvellement et le préavis pour s'y opposer ou le décider.",
        "State the length of each renewal and the notice to refuse or decide it.",
    ),
    needs="term",
)
def _renewal_notice(c: Contract) -> Iterable[Hit]:
    if c.term is None or c.term.renewal.mode == RenewalMode.none:
        return []
    renewal, hits = c.term.renewal, []
    if renewal.notice is None:
        hits += hit("term", "renewal", mode=renewal.mode.value, what="notice")
    if renewal.period is None:
        hits += hit("term", "renewal", mode=renewal.mode.value, what="period")
    return hits


@rule(
    "term.notice-longer-than-term",
    KP,
    Severity.error,
    ARTICLE,
    (
        "Le préavis {what} ({notice}) n'est pas plus court que la période à laquelle il s'applique ({span}).",
        "The {what} notice ({notice}) is not shorter than the period it applies to ({span}).",
    ),
    (
        "Un préavis doit pouvoir être donné pendant la période : raccourcissez-le.",
        "A notice must fit within the period: shorten it.",
    ),
    needs="term",
)
def _notice_length(c: Contract) -> Iterable[Hit]:
    if c.term is None:
        return []
    term, hits = c.term, []
    notice = term.renewal.notice
    if notice is not None and term.renewal.mode != RenewalMode.none:
        spans = [term.initial_duration] + ([term.renewal.period] if term.renewal.period else [])
        for span in spans:
            if notice.approx_days() >= span.approx_days():
                hits += hit("term", "renewal", "notice", what="renewal", notice=notice.words(), span=span.words())
                break
    for i, cause in enumerate(term.early_termination):
        if cause.notice is not None and cause.notice.approx_days() >= term.initial_duration.approx_days():
            hits += hit(
                "term",
                "early_termination",
                i,
                "notice",
                what=cause.cause.value,
                notice=cause.notice.words(),
                span=term.initial_duration.words(),
            )
    return hits


@rule(
    "term.early-termination",
    KP,
    Severity.error,
    ARTICLE + "; DORA art. 30(2)(h); EBA GL §75(q)",
    ("Aucune cause de résiliation anticipée n'est prévue.", "No early-termination cause is set."),
    (
        "Listez les causes (manquement, manquements répétés, insolvabilité, changement de contrôle...) "
        "avec leur préavis.",
        "List the causes (breach, repeated misses, insolvency, change of control...) with their notice.",
    ),
    needs="term",
)
def _early(c: Contract) -> Iterable[Hit]:
    return missing(c.term is not None and not c.term.early_termination, "term")


@rule(
    "term.termination-for-breach",
    KP,
    Severity.warning,
    "Code civil art. 1224-1226",
    (
        "Le client ne peut pas résilier pour manquement du prestataire.",
        "The client cannot terminate for the provider's breach.",
    ),
    (
        "Ajoutez une résiliation pour manquement (cause breach) après mise en demeure restée sans effet.",
        "Add termination for breach (cause breach) after an unanswered formal notice.",
    ),
    needs="term",
)
def _breach(c: Contract) -> Iterable[Hit]:
    if c.term is None or not c.term.early_termination:
        return []
    causes = {t.cause for t in c.term.early_termination if t.party.value in ("client", "both")}
    wanted = {TerminationCause.breach, TerminationCause.chronic_service_level_breach}
    return missing(not causes & wanted, "term", "early_termination")


@rule(
    "term.cure-period",
    KP,
    Severity.info,
    "Code civil art. 1225-1226",
    (
        "La résiliation pour manquement ne prévoit pas de délai pour y remédier.",
        "Termination for breach sets no period to cure.",
    ),
    (
        "Précisez cure_period : le délai laissé après mise en demeure (par exemple 30 jours).",
        "Set cure_period: the time left after formal notice (e.g. 30 days).",
    ),
    needs="term",
)
def _cure(c: Contract) -> Iterable[Hit]:
    if c.term is None:
        return []
    return [
        Hit(("term", "early_termination", i), {})
        for i, t in enumerate(c.term.early_termination)
        if t.cause == TerminationCause.breach and t.cure_period is None
    ]


@rule(
    "term.abrupt-termination",
    KP,
    Severity.warning,
    "Code de commerce art. L442-1 II",
    (
        "La résiliation pour convenance ({notice}) pourrait être jugée brutale.",
        "Termination for convenience ({notice}) may be held abrupt.",
    ),
    (
        "Prévoyez un préavis écrit proportionné à la durée de la relation (au moins 3 mois ; 18 mois protègent "
        "en toute hypothèse).",
        "Give written notice proportionate to the relationship (at least 3 months; 18 months is a safe harbour).",
    ),
    needs="term",
)
def _abrupt(c: Contract) -> Iterable[Hit]:
    if c.term is None:
        return []
    three_months = Decimal("91")
    return [
        Hit(("term", "early_termination", i), {"notice": t.notice.words() if t.notice else "-"})
        for i, t in enumerate(c.term.early_termination)
        if t.cause == TerminationCause.convenience and (t.notice is None or t.notice.approx_days() < three_months)
    ]
