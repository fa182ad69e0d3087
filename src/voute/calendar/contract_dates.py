"""Dates that follow from the rest of the contract: milestones, audits, committees, tests, price revisions,
vigilance documents, early termination and exit. Each builder returns deadlines citing their source field."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from voute.calendar.days import (
    ONE_DAY,
    DurationNotOnCalendar,
    add,
    add_months,
    notice_deadline,
    period_end,
    previous_working_day,
    scale,
    span_end,
)
from voute.calendar.events import Deadline, DeadlineKind, Localized, Urgency
from voute.calendar.texts import CAUSES, PARTIES, both
from voute.contract.model import Contract
from voute.contract.term import NoticeCounted
from voute.contract.values import Duration, DurationUnit
from voute.contract.yamlpos import format_path
from voute.errors import ContractError, Location, Problem

__all__ = ["Context", "early_terminations", "exit_dates", "milestones", "monitoring", "price_revisions",
           "vigilance"]

Path = tuple[str | int, ...]


@dataclass(frozen=True)
class Context:
    """What every builder needs: the contract, its day rules and the span of time to cover."""

    contract: Contract
    region: str
    start: date  # the contract's effective date
    stop: date  # first day after the covered span
    today: date | None
    postal_delay: Duration

    @property
    def reference(self) -> str:
        return self.contract.reference

    def error(self, path: Path, error: Exception) -> ContractError:
        """A located error for a duration that cannot be placed on the calendar."""
        position = self.contract.position_of(path)
        line, column = position if position else (None, None)
        where = Location(self.contract.source_file, line, column, path=format_path(path))
        return ContractError([Problem(where, str(error), "calendar")])

    def every(self, path: Path, anchor: date, frequency: Duration) -> Iterator[tuple[int, date]]:
        """The k-th repetition of ``frequency`` after ``anchor`` (k from 1), before ``stop``."""
        if frequency.amount <= 0:
            return
        for k in range(1, 100_000):
            try:
                day = add(anchor, scale(frequency, k), self.region)
            except DurationNotOnCalendar as error:
                raise self.error(path, error) from None
            if day >= self.stop:
                return
            yield k, day

    def deadline(self, when: date, kind: DeadlineKind, title: Localized, action: Localized, path: Path,
                 urgency: Urgency = Urgency.normal, limit: date | None = None) -> Deadline:
        return Deadline(when, kind, title, action, format_path(path), urgency, limit, self.reference)


def milestones(ctx: Context) -> list[Deadline]:
    """Each milestone on its due date, with the deliverable expected."""
    levels = ctx.contract.service_levels
    if levels is None:
        return []
    return [
        ctx.deadline(m.due, DeadlineKind.milestone, both("Jalon : {n}", "Milestone: {n}", n=m.name),
                     both("Livrable attendu : {d}.", "Deliverable due: {d}.", d=m.deliverable),
                     ("service_levels", "milestones", i, "due"), Urgency.high)
        for i, m in enumerate(levels.milestones)
    ]


def monitoring(ctx: Context) -> list[Deadline]:
    """Audit windows, steering committees and continuity tests, every ``frequency`` from the start."""
    out: list[Deadline] = []
    watch, plans = ctx.contract.monitoring, ctx.contract.continuity
    if watch is not None and watch.audits is not None:
        out.extend(_audits(ctx, watch.audits.frequency, watch.audits.notice))
    for index, committee in enumerate(watch.committees if watch is not None else []):
        path: Path = ("monitoring", "committees", index, "frequency")
        for k, day in ctx.every(path, ctx.start, committee.frequency):
            out.append(ctx.deadline(day, DeadlineKind.committee,
                                    both("{n} n°{k}", "{n} no. {k}", n=committee.name, k=k),
                                    both("Réunion prévue ({f}) ; objet : {p}.",
                                         "Meeting due (every {f}); purpose: {p}.",
                                         f=committee.frequency, p=committee.purpose or "-"), path))
    if plans is not None and plans.test_frequency is not None:
        path = ("continuity", "test_frequency")
        for k, day in ctx.every(path, ctx.start, plans.test_frequency):
            out.append(ctx.deadline(day, DeadlineKind.continuity_test,
                                    both("Test du plan de continuité n°{k}", "Continuity plan test no. {k}", k=k),
                                    both("Le test du PCA/PRA est dû ; demandez-en le rapport.",
                                         "The continuity/recovery test is due; ask for its report."), path))
    return out


def _audits(ctx: Context, frequency: Duration, notice: Duration | None) -> list[Deadline]:
    path: Path = ("monitoring", "audits", "frequency")
    out: list[Deadline] = []
    for k, day in ctx.every(path, ctx.start, frequency):
        action = both("Un audit peut être mené (droit d'audit tous les {f}).",
                      "An audit may be carried out (audit right every {f}).", f=frequency)
        if notice is not None:
            try:
                warn = previous_working_day(notice_deadline(day, notice, ctx.region), ctx.region)
            except DurationNotOnCalendar as error:
                raise ctx.error(("monitoring", "audits", "notice"), error) from None
            action = both("Pour auditer à partir de ce jour, prévenez le prestataire au plus tard le {w} "
                          "(préavis de {n}).", "To audit from this day, warn the provider by {w} ({n} notice).",
                          w=warn, n=notice)
        out.append(ctx.deadline(day, DeadlineKind.audit, both("Audit n°{k}", "Audit no. {k}", k=k), action, path))
    return out


def price_revisions(ctx: Context) -> list[Deadline]:
    """The first price revision (the anniversary by default), then every year."""
    costs = ctx.contract.costs
    if costs is None or costs.indexation is None:
        return []
    index = costs.indexation
    first = index.first_revision or add_months(ctx.start, 12)
    path: Path = ("costs", "indexation", "first_revision")
    fixed = index.fixed_part
    cap = Localized("", "") if index.cap is None else both(", plafond {c} %", ", capped at {c}%", c=index.cap)
    action = both("Révisez les prix selon l'indice {i} : P = P0 × ({a} + {b} × S/S0){cap}.",
                  "Revise prices by the {i} index: P = P0 x ({a} + {b} x S/S0){cap}.",
                  i=index.index, a=fixed, b=1 - fixed, cap=cap)
    days = [first] if first < ctx.stop else []
    days += [day for _, day in ctx.every(path, first, Duration(amount=12, unit=DurationUnit.months))]
    return [ctx.deadline(day, DeadlineKind.price_revision, both("Révision des prix n°{k}", "Price revision no. {k}",
                                                                k=k + 1), action, path)
            for k, day in enumerate(days)]


def vigilance(ctx: Context) -> list[Deadline]:
    """Code du travail D8222-5: the provider's documents at signature, then every six months."""
    staff = ctx.contract.staff
    if staff is None or staff.vigilance is None:
        return []
    rule = staff.vigilance
    anchor = ctx.contract.signature_date or ctx.start
    documents = ", ".join(rule.documents) or "attestation URSSAF, extrait Kbis"
    action = both("Obtenez du prestataire : {d} (C. trav. L8222-1, D8222-5).",
                  "Obtain from the provider: {d} (Code du travail L8222-1, D8222-5).", d=documents)
    out: list[Deadline] = []
    if rule.at_signature:
        out.append(ctx.deadline(anchor, DeadlineKind.vigilance,
                                both("Documents de vigilance à la signature", "Vigilance documents at signature"),
                                action, ("staff", "vigilance", "at_signature"), Urgency.high))
    if rule.every is not None:
        path: Path = ("staff", "vigilance", "every")
        for k, day in ctx.every(path, anchor, rule.every):
            out.append(ctx.deadline(day, DeadlineKind.vigilance,
                                    both("Documents de vigilance n°{k}", "Vigilance documents no. {k}",
                                         k=k + rule.at_signature),
                                    action, path, Urgency.high))
    return out


def early_terminations(ctx: Context) -> list[Deadline]:
    """For each cause with a notice or a cure period: the earliest end if the first letter goes out today."""
    term = ctx.contract.term
    if term is None:
        return []
    receipt = term.renewal.notice_counted_from is NoticeCounted.receipt
    sent = ctx.today if ctx.today is not None and ctx.today >= ctx.start else ctx.start
    out: list[Deadline] = []
    for index, clause in enumerate(term.early_termination):
        if clause.notice is None and clause.cure_period is None:
            continue
        path: Path = ("term", "early_termination", index, "notice" if clause.notice else "cure_period")
        try:
            end = _earliest_end(ctx, sent, clause.cure_period, clause.notice, receipt)
        except DurationNotOnCalendar as error:
            raise ctx.error(path, error) from None
        cause_fr, cause_en = CAUSES[clause.cause.value]
        party_fr, party_en = PARTIES[clause.party.value]
        first = (Localized("la mise en demeure", "the formal notice") if clause.cure_period
                 else Localized("le préavis", "the notice"))
        title = both("Résiliation anticipée ({c}) : fin au plus tôt", "Early termination ({c}): earliest end",
                     c=Localized(cause_fr, cause_en))
        action = both("Si {p} envoie {f} le {s}, le contrat peut prendre fin au plus tôt le {e}{cure}.",
                      "If {p} sends {f} on {s}, the contract can end on {e} at the earliest{cure}.",
                      p=Localized(party_fr, party_en), f=first, s=sent, e=end,
                      cure=Localized("", "") if not clause.cure_period else both(
                          " (délai pour remédier : {c})", " (cure period: {c})", c=clause.cure_period))
        out.append(ctx.deadline(end, DeadlineKind.early_termination, title, action, path))
    return out


def _earliest_end(ctx: Context, sent: date, cure: Duration | None, notice: Duration | None, receipt: bool) -> date:
    """Last day of the contract when the first letter is sent on ``sent`` and every delay runs in full."""
    received = _received(ctx, sent, receipt)
    if cure is not None:
        # The termination letter can only follow once the cure period has run without a remedy.
        received = _received(ctx, span_end(received, cure, ctx.region) + ONE_DAY, receipt)
    return span_end(received, notice, ctx.region) if notice is not None else received


def _received(ctx: Context, sent: date, receipt: bool) -> date:
    return add(sent, ctx.postal_delay, ctx.region) if receipt else sent


def exit_dates(ctx: Context, last_day: date | None) -> list[Deadline]:
    """End of the transition and the data-return deadline, if the contract ends on ``last_day``."""
    plan = ctx.contract.exit
    if plan is None or last_day is None:
        return []
    out: list[Deadline] = []
    items = [("transition_period", plan.transition_period, DeadlineKind.transition_end, Urgency.high,
              both("Fin de la période de transition", "End of the transition period"),
              both("Si le contrat prend fin le {l}, l'assistance à la réversibilité ({d}) s'achève ce jour.",
                   "If the contract ends on {l}, the reversibility assistance ({d}) ends this day.",
                   l=last_day, d=plan.transition_period or "-")),
             ("data_return_deadline", plan.data_return_deadline, DeadlineKind.data_return, Urgency.critical,
              both("Restitution des données", "Data return"),
              both("Si le contrat prend fin le {l}, le prestataire doit avoir rendu les données ({f}) au plus tard "
                   "ce jour, puis les détruire{c}.",
                   "If the contract ends on {l}, the provider must have returned the data ({f}) by this day, then "
                   "delete them{c}.", l=last_day, f=plan.data_return_format or "-",
                   c=both(" et remettre un certificat de destruction", " and hand over a deletion certificate")
                   if plan.deletion_certificate else Localized("", "")))]
    for field, duration, kind, urgency, title, action in items:
        if duration is None:
            continue
        try:
            day = period_end(last_day + ONE_DAY, duration, ctx.region) - ONE_DAY
        except DurationNotOnCalendar as error:
            raise ctx.error(("exit", field), error) from None
        out.append(ctx.deadline(day, kind, title, action, ("exit", field), urgency))
    return out
