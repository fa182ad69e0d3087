"""Deadlines and plain-language situation of the term: start, ends, renewals and the notice limits."""

from __future__ import annotations

from datetime import date

from voute.calendar.events import Deadline, DeadlineKind, Localized, Situation, Urgency
from voute.calendar.term_dates import TermPeriod, TermPlan
from voute.calendar.texts import both
from voute.contract.term import RenewalMode, Term

__all__ = ["term_deadlines", "term_situation"]


def term_deadlines(plan: TermPlan, term: Term, reference: str) -> list[Deadline]:
    """Effective date, the end of each period, each renewal start and each notice limit."""
    out = [
        Deadline(term.start, DeadlineKind.effective_date,
                 both("Prise d'effet du contrat", "Contract takes effect"),
                 both("Le contrat s'applique à partir de ce jour.", "The contract applies from this day."),
                 "term.start", Urgency.high, contract=reference, period=0),
    ]
    for period in plan.periods:
        out.append(_end_of(period, plan, reference))
        if period.index > 0:
            out.append(_renewal_start(period, plan, reference))
        if period.notice_limit is not None and period.send_by is not None:
            out.append(_notice(period, plan, reference))
    if plan.open_ended_from is not None:
        out.append(_open_ended(plan, reference))
    return out


def _source(period: TermPeriod) -> str:
    return "term.initial_duration" if period.index == 0 else "term.renewal.period"


def _name(period: TermPeriod) -> Localized:
    if period.index == 0:
        return Localized("la période initiale", "the initial term")
    return both("le renouvellement n°{k}", "renewal no. {k}", k=period.index)


def _end_of(period: TermPeriod, plan: TermPlan, reference: str) -> Deadline:
    title = (both("Fin de la période initiale", "End of the initial term") if period.index == 0
             else both("Fin du renouvellement n°{k}", "End of renewal no. {k}", k=period.index))
    if not period.renews:
        action = both("Le contrat prend fin ce soir : la sortie (réversibilité, restitution des données) commence.",
                      "The contract ends tonight: the exit (reversibility, data return) begins.")
    elif plan.mode is RenewalMode.tacit:
        action = both("Sans congé donné à temps, le contrat se renouvelle dès demain.",
                      "Unless notice was given in time, the contract renews tomorrow.")
    else:
        action = both("Sans décision expresse de renouvellement, le contrat prend fin ce soir.",
                      "Without an express decision to renew, the contract ends tonight.")
    return Deadline(period.last_day, DeadlineKind.term_end, title, action, _source(period), Urgency.high,
                    contract=reference, period=period.index)


def _renewal_start(period: TermPeriod, plan: TermPlan, reference: str) -> Deadline:
    condition = (Localized("", "") if plan.mode is RenewalMode.tacit
                 else Localized(" (si les parties l'ont décidé)", " (if the parties decided it)"))
    title = both("Début du renouvellement n°{k}{cond}", "Renewal no. {k} begins{cond}", k=period.index,
                 cond=condition)
    action = both("Le renouvellement court jusqu'au {last}.", "The renewal runs until {last}.", last=period.last_day)
    return Deadline(period.start, DeadlineKind.renewal_start, title, action, "term.renewal.period",
                    Urgency.normal, contract=reference, period=period.index)


def _notice(period: TermPeriod, plan: TermPlan, reference: str) -> Deadline:
    assert period.notice_limit is not None and period.send_by is not None and plan.notice is not None
    how = (Localized("reçu par l'autre partie", "received by the other party") if plan.receipt
           else Localized("envoyé", "sent"))
    values = {"limit": period.notice_limit, "send": period.send_by, "last": period.last_day, "how": how,
              "notice": plan.notice, "next": period.index + 1}
    if plan.mode is RenewalMode.tacit:
        kind = DeadlineKind.notice_deadline
        title = both("Dernier jour pour refuser la reconduction tacite", "Last day to refuse the tacit renewal")
        action = both(
            "Envoyez le congé au plus tard le {send} : il doit être {how} au plus tard le {limit} "
            "(préavis de {notice} avant la fin du {last}). Sinon le contrat est reconduit.",
            "Send the notice by {send}: it must be {how} by {limit} ({notice} before the end on {last}). "
            "Otherwise the contract renews.", **values)
    else:
        kind = DeadlineKind.renewal_decision
        title = both("Dernier jour pour décider le renouvellement", "Last day to decide the renewal")
        action = both(
            "Décidez du renouvellement n°{next} et notifiez-le au plus tard le {send} ({how} au plus tard le "
            "{limit}, préavis de {notice}). Sans décision, le contrat prend fin le {last}.",
            "Decide renewal no. {next} and notify it by {send} ({how} by {limit}, {notice} notice). "
            "Without a decision, the contract ends on {last}.", **values)
    return Deadline(period.send_by, kind, title, action, "term.renewal.notice", Urgency.critical,
                    limit=period.notice_limit, contract=reference, period=period.index)


def _open_ended(plan: TermPlan, reference: str) -> Deadline:
    assert plan.open_ended_from is not None
    title = both("Le contrat devient à durée indéterminée", "The contract becomes open-ended")
    action = both(
        "La reconduction tacite sans durée fixée crée un contrat à durée indéterminée (C. civ. art. 1214-1215) : "
        "chaque partie pourra y mettre fin à tout moment, avec le préavis prévu ou un délai raisonnable.",
        "A tacit renewal with no set length creates an open-ended contract (Code civil art. 1214-1215): either "
        "party may end it at any time with the agreed notice or a reasonable one.")
    return Deadline(plan.open_ended_from, DeadlineKind.open_ended, title, action, "term.renewal.period",
                    Urgency.high, contract=reference)


def term_situation(plan: TermPlan, today: date) -> list[Situation]:
    """Where the contract stands on ``today``: the period in force and the next decision, or a missed one."""
    first = plan.periods[0]
    if today < first.start:
        return [Situation(both("Le contrat n'a pas encore commencé : il prend effet le {start}.",
                               "The contract has not started yet: it takes effect on {start}.", start=first.start))]
    current = plan.current(today)
    if current is None:
        return [_after_last(plan, today)]
    if not current.renews:
        return [Situation(both("Période en cours : {name}, jusqu'au {last}. Le contrat prend fin ce jour-là, "
                               "sans renouvellement possible.",
                               "Current period: {name}, until {last}. The contract ends that day; no renewal "
                               "is possible.", name=_name(current), last=current.last_day), Urgency.high)]
    if current.notice_limit is None or current.send_by is None:
        return [Situation(both("Période en cours : {name}, jusqu'au {last}. Le contrat ne fixe pas de préavis : "
                               "précisez-le (voute check).",
                               "Current period: {name}, until {last}. The contract sets no notice period: "
                               "fix it (voute check).", name=_name(current), last=current.last_day), Urgency.high)]
    if today > current.notice_limit:
        return [_missed(plan, current)]
    return [_ahead(plan, current, today)]


def _after_last(plan: TermPlan, today: date) -> Situation:
    last = plan.periods[-1]
    if plan.open_ended_from is not None:
        return Situation(both("Depuis le {day}, le contrat est à durée indéterminée : chaque partie peut y mettre "
                              "fin à tout moment en respectant le préavis.",
                              "Since {day} the contract is open-ended: either party may end it at any time with "
                              "notice.", day=plan.open_ended_from), Urgency.high)
    if plan.complete:
        return Situation(both("Le contrat a pris fin le {last}.", "The contract ended on {last}.",
                              last=last.last_day))
    return Situation(both("La date du {today} dépasse l'horizon calculé : élargissez-le avec --to.",
                          "{today} is beyond the computed horizon: widen it with --to.", today=today))


def _missed(plan: TermPlan, current: TermPeriod) -> Situation:
    assert current.notice_limit is not None
    following = plan.following(current)
    if plan.mode is not RenewalMode.tacit:
        return Situation(both(
            "Le délai pour décider le renouvellement a expiré le {limit} : sauf accord écrit des deux parties, "
            "le contrat prend fin le {last}.",
            "The deadline to decide the renewal passed on {limit}: unless both parties agree in writing, the "
            "contract ends on {last}.", limit=current.notice_limit, last=current.last_day), Urgency.critical)
    if following is None:
        return Situation(both(
            "Le délai de préavis a expiré le {limit} : le contrat est reconduit au-delà du {last}.",
            "The notice deadline passed on {limit}: the contract renews beyond {last}.",
            limit=current.notice_limit, last=current.last_day), Urgency.critical)
    if following.notice_limit is None or following.send_by is None:
        nxt = both(" Il prendra fin le {end} sans autre renouvellement.", " It will end on {end}; no further "
                   "renewal is possible.", end=following.last_day)
    else:
        nxt = both(" Prochaine possibilité de donner congé : envoi au plus tard le {send} (limite contractuelle "
                   "le {limit}).", " Next chance to give notice: send it by {send} (contractual limit {limit}).",
                   send=following.send_by, limit=following.notice_limit)
    return Situation(both(
        "Le délai de préavis a expiré le {limit} : le contrat est reconduit jusqu'au {end}.{nxt}",
        "The notice deadline passed on {limit}: the contract renews until {end}.{nxt}",
        limit=current.notice_limit, end=following.last_day, nxt=nxt), Urgency.critical)


def _ahead(plan: TermPlan, current: TermPeriod, today: date) -> Situation:
    assert current.notice_limit is not None and current.send_by is not None
    left = (current.send_by - today).days
    verb = both("refuser la reconduction", "refuse the renewal") if plan.mode is RenewalMode.tacit else both(
        "décider le renouvellement", "decide the renewal")
    text = both(
        "Période en cours : {name}, jusqu'au {last}. Pour {verb}, envoyez la notification au plus tard le {send} "
        "(dans {left} jours ; limite contractuelle le {limit}).",
        "Current period: {name}, until {last}. To {verb}, send the notice by {send} (in {left} days; contractual "
        "limit {limit}).", name=_name(current), last=current.last_day, verb=verb, send=current.send_by, left=left,
        limit=current.notice_limit)
    if today > current.send_by:
        text = both(
            "URGENT : le dernier jour d'envoi conseillé ({send}) est passé mais la limite contractuelle est le "
            "{limit} : remettez la notification en main propre contre signature ou par commissaire de justice.",
            "URGENT: the advised last day to post ({send}) has passed, but the contractual limit is {limit}: "
            "deliver the notice by hand against signature or through a bailiff.",
            send=current.send_by, limit=current.notice_limit)
    urgency = Urgency.critical if left <= 30 else (Urgency.high if left <= 90 else Urgency.normal)
    return Situation(text, urgency)
