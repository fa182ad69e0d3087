"""The evaluation as text for people, in French or English, every amount with its formula and caps."""

from __future__ import annotations

import re
from decimal import Decimal

from voute.contract.model import Contract
from voute.money import format_amount, french_decimals
from voute.sla.credits import fmt_value
from voute.sla.results import Attainment, CreditLine, Evaluation, MilestonePenalty, Note, Status

__all__ = ["in_french", "render_text"]

_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Évaluation du contrat {ref} pour {month}",
        "history": "historique rejoué : {months}",
        "levels": "Niveaux de service",
        "met": "atteint", "missed": "manqué", "excluded": "exclu", "not_measured": "non mesuré",
        "target": "cible", "measure": "mesure", "records": "enregistrements", "source": "source",
        "credits": "Crédits et pénalités du mois",
        "no_credit": "aucun crédit ni pénalité ce mois-ci",
        "service_credit": "crédit de service", "penalty": "pénalité",
        "tier": "palier", "per_point": "par point", "fixed": "forfait", "credited": "montant déjà crédité",
        "cap_period": "plafond mensuel", "cap_year": "plafond sur 12 mois glissants",
        "cap_overall": "plafond global", "rounding": "arrondi au centime", "pool": "enveloppe à risque partagée",
        "cap_milestone": "plafond", "delay": "retard", "ccag": "formule CCAG", "exemption": "seuil d'exonération",
        "binding": "appliqué", "not_binding": "non atteint",
        "pool_title": "Enveloppe à risque", "pool_line": "{formula} ; demandé {requested} : {verdict}",
        "pool_applied": "réduction au prorata", "pool_free": "non atteinte",
        "earn_back": "Restitution (earn-back)",
        "returned": "restitué", "forfeited": "perdu", "pending": "en attente",
        "earn_line": "crédit de {origin} ({amount}) : {status}",
        "chronic": "Manquements répétés",
        "chronic_line": "{level} : {rule} ({months}) — droit de résiliation ouvert",
        "chronic_line_no_right": "{level} : {rule} ({months})",
        "milestones": "Jalons",
        "on_time": "livré à temps", "not_due": "pas encore échu", "late_open": "en retard, non livré",
        "late_delivered": "livré en retard",
        "milestone_line": "{id} : échéance {due}, {status}, {days} jour(s) de retard : {amount}",
        "due_in": "dû en {month}", "accruing": "en cours, arrêté au {as_of}",
        "totals": "Total du mois",
        "total_credits": "crédits et pénalités de niveaux", "total_milestones": "pénalités de jalons dues ce mois",
        "total_returned": "restitutions", "net": "à déduire de la facture",
        "no_value": "aucune valeur fournie", "no_eligible_record": "aucun enregistrement éligible",
        "force_majeure": "force majeure", "client_caused_incident": "incident imputable au client",
        "volume_above_forecast": "volume au-delà de la prévision", "formal_notice":
        "pénalité : due après mise en demeure (C. civ. art. 1231-5)",
        "exempt": "exonéré", "later_months_ignored": "mois postérieurs ignorés",
        "points": "point(s)",
        "not_judged": "non jugé", "window_to_date": "fenêtre en cours, valeur à date (information, sans pénalité)",
        "window_incomplete": "non jugé : fenêtre incomplète",
        "window_values_missing": "non jugé : il faut une valeur par jour ou par semaine (mesurer depuis les "
                                 "enregistrements, ou windows: dans le fichier)",
        "days_missed": "jours manqués", "weeks_missed": "semaines manquées",
        "day": "jour", "week": "semaine", "quarter": "trimestre", "year": "année",
    },
    "en": {
        "title": "Evaluation of contract {ref} for {month}",
        "history": "history replayed: {months}",
        "levels": "Service levels",
        "met": "met", "missed": "missed", "excluded": "excluded", "not_measured": "not measured",
        "target": "target", "measure": "measured", "records": "records", "source": "source",
        "credits": "Credits and penalties of the month",
        "no_credit": "no credit or penalty this month",
        "service_credit": "service credit", "penalty": "penalty",
        "tier": "tier", "per_point": "per point", "fixed": "fixed amount", "credited": "amount already credited",
        "cap_period": "monthly cap", "cap_year": "rolling 12-month cap",
        "cap_overall": "overall cap", "rounding": "rounded to the cent", "pool": "shared at-risk pool",
        "cap_milestone": "cap", "delay": "delay", "ccag": "CCAG formula", "exemption": "exemption threshold",
        "binding": "applied", "not_binding": "not reached",
        "pool_title": "At-risk pool", "pool_line": "{formula}; requested {requested}: {verdict}",
        "pool_applied": "pro-rata reduction", "pool_free": "not reached",
        "earn_back": "Earn-back",
        "returned": "returned", "forfeited": "forfeited", "pending": "pending",
        "earn_line": "credit of {origin} ({amount}): {status}",
        "chronic": "Chronic breaches",
        "chronic_line": "{level}: {rule} ({months}) — termination right open",
        "chronic_line_no_right": "{level}: {rule} ({months})",
        "milestones": "Milestones",
        "on_time": "delivered on time", "not_due": "not yet due", "late_open": "late, not delivered",
        "late_delivered": "delivered late",
        "milestone_line": "{id}: due {due}, {status}, {days} day(s) late: {amount}",
        "due_in": "due in {month}", "accruing": "accruing, as of {as_of}",
        "totals": "Month total",
        "total_credits": "service level credits and penalties", "total_milestones": "milestone penalties due",
        "total_returned": "earned back", "net": "to deduct from the invoice",
        "no_value": "no value given", "no_eligible_record": "no eligible record",
        "force_majeure": "force majeure", "client_caused_incident": "incident caused by the client",
        "volume_above_forecast": "volume above forecast", "formal_notice":
        "penalty: due after formal notice (French Civil Code art. 1231-5)",
        "exempt": "exempt", "later_months_ignored": "later months ignored",
        "points": "point(s)",
        "not_judged": "not judged", "window_to_date": "window not over, value to date (information, no penalty)",
        "window_incomplete": "not judged: window incomplete",
        "window_values_missing": "not judged: one value per day or week is needed (measure from records, or "
                                 "windows: in the file)",
        "days_missed": "days missed", "weeks_missed": "weeks missed",
        "day": "day", "week": "week", "quarter": "quarter", "year": "year",
    },
}
# The engine writes its formulas and notes with English words ("fee service_client 2027-03"); a French report
# shows them in French. Patterns are tried in order, the longer forms first.
_FRENCH_FRAGMENTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"\bfee (\S+) (\S+?)\.\.(\S+), (\d+) months with fees", r"redevance \1 \2..\3, \4 mois facturés"),
        (r"\bfee (\S+) (\S+?)\.\.(\S+), 1 month with fees", r"redevance \1 \2..\3, 1 mois facturé"),
        (r"\binvoice (\S+?)\.\.(\S+), (\d+) months with fees", r"facture \1..\2, \3 mois facturés"),
        (r"\binvoice (\S+?)\.\.(\S+), 1 month with fees", r"facture \1..\2, 1 mois facturé"),
        (r"\btotal invoice\b", "facture totale"),
        (r"\bfee (\S+) (\d{4}-\d{2})\b", r"redevance \1 \2"),
        (r"\balready charged in (\d+) months\b", r"déjà imputé sur les \1 mois précédents"),
        (r"\balready charged\b", "déjà imputé"),
        (r"\(CCAG 2021 default\)", "(valeur par défaut du CCAG 2021)"),
        (r"\(all delay penalties\)", "(toutes les pénalités de retard)"),
        (r"\btarget_met_each_period\b", "objectif atteint chaque période"),
        (r"\baverage_meets_target\b", "moyenne conforme à l'objectif"),
        (r"\(average ([\d.]+)\)", r"(moyenne \1)"),
        (r"\b(\d+) consecutive\b", r"\1 consécutifs"),
        (r"\b(\d+) in (\d+)\b", r"\1 sur \2"),
        (r"\bno record from (\S+) to (\S+?)(?=[;,)]|$)", r"aucun enregistrement du \1 au \2"),
        (r"\brecords from (\S+) to (\S+?)(?=[;,)]|$)", r"enregistrements du \1 au \2"),
        (r"\bno numerator and denominator for (.+): a window is the ratio of the sums",
         r"pas de numérateur ni de dénominateur pour \1 : une fenêtre est le rapport des sommes"),
        (r"\bno value for\b", "aucune valeur pour"),
        (r"\bsum of\b", "somme de"),
        (r"; judged on\b", " ; jugé sur"),
        (r"\bone value per day of\b", "une valeur par jour de"),
        (r"\bone value per week of\b", "une valeur par semaine de"),
        (r"\btotal (\S+ ≤)", r"total \1"),
        (r"([<>≤≥] [\d.]+(?:%| s)?): ", r"\1 : "),  # "78.9% < 80%: 3% × ..." (a tier reached)
        (r"(\d) d\b", r"\1 j"),
        (r"(\d) wk\b", r"\1 sem."),
    )
)


def in_french(text: str) -> str:
    """The engine's English wording of a formula or note, in French: words, decimal commas, "5 %"."""
    for pattern, replacement in _FRENCH_FRAGMENTS:
        text = pattern.sub(replacement, text)
    return french_decimals(text)


_MARK = {Status.met: "✓", Status.missed: "✗", Status.excluded: "–", Status.not_measured: "?", Status.not_judged: "…"}


class _Writer:
    def __init__(self, evaluation: Evaluation, contract: Contract, lang: str) -> None:
        self.e = evaluation
        self.lang = lang if lang in _WORDS else "en"
        self.words = _WORDS[self.lang]
        levels = contract.service_levels.levels if contract.service_levels else []
        self.names = {lv.id: lv.name or lv.id for lv in levels}
        self.lines: list[str] = []
        self.colon = " : " if self.lang == "fr" else ": "

    def w(self, key: str, **values: object) -> str:
        return self.words.get(key, key).format(**values)

    def t(self, text: str) -> str:
        """A formula or detail written by the engine, in the report's language."""
        return in_french(text) if self.lang == "fr" else text

    def money(self, amount: Decimal) -> str:
        return format_amount(amount, self.lang, self.e.currency)

    def note(self, note: Note) -> str:
        text = self.w(note.code)
        return f"{text} : {self.t(note.detail)}" if note.detail and self.lang == "fr" else (
            f"{text}: {note.detail}" if note.detail else text)

    def out(self, text: str = "", indent: int = 0) -> None:
        self.lines.append(" " * indent + text if text else "")


def render_text(evaluation: Evaluation, contract: Contract, lang: str = "fr") -> str:
    """The evaluation as plain text: levels, credits with their formulas, pool, earn-back, chronic, milestones."""
    writer = _Writer(evaluation, contract, lang)
    e = evaluation
    writer.out(writer.w("title", ref=e.contract_reference, month=e.month))
    if e.history:
        writer.out(writer.w("history", months=", ".join(str(m) for m in e.history)))
    for note in e.notes:
        writer.out(writer.note(note))
    _levels(writer)
    _credits(writer)
    _pool(writer)
    _earn_back(writer)
    _chronic(writer)
    _milestones(writer)
    _totals(writer)
    return "\n".join(writer.lines)


def _levels(writer: _Writer) -> None:
    writer.out()
    writer.out(writer.w("levels"))
    for a in writer.e.attainments:
        writer.out(_level_line(writer, a), 2)
        if a.measurement is not None and a.measurement.numerator is not None:
            m = a.measurement
            parts = [f"{m.numerator} / {m.denominator}"]
            if m.record_count is not None:
                parts.append(f"{m.record_count} {writer.w('records')}")
            if m.convention:
                parts.append(m.convention)
            writer.out(f"{writer.w('measure')} : " + ", ".join(parts) if writer.lang == "fr"
                       else f"{writer.w('measure')}: " + ", ".join(parts), 6)
        for note in a.notes:
            writer.out(writer.note(note), 6)
        for part in a.parts:
            if part.status in (Status.missed, Status.not_judged, Status.excluded):
                writer.out(_part_line(writer, part), 6)


def _part_line(writer: _Writer, part: Attainment) -> str:
    days = str(part.window_start) if part.window == "day" else f"{part.window_start}..{part.window_end}"
    value = "—" if part.value is None else fmt_value(part.value, part.unit)
    notes = "; ".join(writer.note(n) for n in part.notes)
    return f"{_MARK[part.status]} {days}: {value}, {writer.w(part.status.value)}" + (f" ({notes})" if notes else "")


def _level_line(writer: _Writer, a: Attainment) -> str:
    value = "—" if a.value is None else fmt_value(a.value, a.unit)
    target = f"{writer.w('target')} {a.comparator} {fmt_value(a.target, a.unit)}"
    head = f"{_MARK[a.status]} {a.level_id} ({writer.names.get(a.level_id, a.level_id)})"
    if a.window != "month":
        span = f" {a.window_start}..{a.window_end}" if a.window_start is not None else ""
        head += f" [{writer.w(a.window)}{span}]"
    return f"{head}: {value}, {target}, {writer.w(a.status.value)}"


def _credits(writer: _Writer) -> None:
    writer.out()
    writer.out(writer.w("credits"))
    if not writer.e.credits:
        writer.out(writer.w("no_credit"), 2)
    for line in writer.e.credits:
        _credit(writer, line)


def _credit(writer: _Writer, line: CreditLine) -> None:
    writer.out(f"{line.level_id} — {writer.w(line.kind)} : {writer.money(line.amount)}" if writer.lang == "fr"
               else f"{line.level_id} — {writer.w(line.kind)}: {writer.money(line.amount)}", 2)
    for step in line.steps:
        if step.code == "rounding" and not step.applied:
            continue
        verdict = ""
        if step.code.startswith("cap") or step.code == "pool":
            verdict = f" [{writer.w('binding' if step.applied else 'not_binding')}]"
        writer.out(f"{writer.w(step.code)}{writer.colon}{writer.t(step.formula)}{verdict}", 6)
    for note in line.notes:
        writer.out(writer.note(note), 6)


def _pool(writer: _Writer) -> None:
    pool = writer.e.pool
    if pool is None:
        return
    writer.out()
    writer.out(writer.w("pool_title"))
    verdict = writer.w("pool_applied" if pool.applied else "pool_free")
    writer.out(writer.w("pool_line", formula=writer.t(pool.formula), requested=writer.money(pool.requested),
                        verdict=verdict), 2)


def _earn_back(writer: _Writer) -> None:
    if not writer.e.earn_backs:
        return
    writer.out()
    writer.out(writer.w("earn_back"))
    for line in writer.e.earn_backs:
        text = writer.w("earn_line", origin=line.origin, amount=writer.money(line.amount), status=writer.w(line.status))
        writer.out(f"{line.level_id}: {text} ({writer.t(line.rule)})", 2)


def _chronic(writer: _Writer) -> None:
    if not writer.e.chronic_breaches:
        return
    writer.out()
    writer.out(writer.w("chronic"))
    for flag in writer.e.chronic_breaches:
        key = "chronic_line" if flag.termination_right else "chronic_line_no_right"
        writer.out(writer.w(key, level=flag.level_id, rule=writer.t(flag.rule),
                            months=", ".join(str(m) for m in flag.missed)), 2)


def _milestones(writer: _Writer) -> None:
    if not writer.e.milestones:
        return
    writer.out()
    writer.out(writer.w("milestones"))
    for m in writer.e.milestones:
        _milestone(writer, m)


def _milestone(writer: _Writer, m: MilestonePenalty) -> None:
    when = writer.w("due_in", month=m.due_in) if m.due_in else (
        writer.w("accruing", as_of=m.as_of.isoformat()) if m.status == "late_open" else "")
    amount = writer.money(m.amount) + (f" ({when})" if when else "")
    writer.out(writer.w("milestone_line", id=m.milestone_id, due=m.due.isoformat(), status=writer.w(m.status),
                        days=m.days_late, amount=amount), 2)
    for step in m.steps:
        if step.code == "rounding" and not step.applied:
            continue
        verdict = f" [{writer.w('binding' if step.applied else 'not_binding')}]" if step.code != "delay" and \
            step.code != "ccag" else ""
        writer.out(f"{writer.w(step.code)}{writer.colon}{writer.t(step.formula)}{verdict}", 6)
    for note in m.notes:
        writer.out(writer.note(note), 6)


def _totals(writer: _Writer) -> None:
    e = writer.e
    writer.out()
    writer.out(writer.w("totals"))
    rows = [("total_credits", e.total_credits), ("total_milestones", e.total_milestone_penalties),
            ("total_returned", e.total_earned_back), ("net", e.net_deduction)]
    width = max(len(writer.w(key)) for key, _ in rows)
    for key, amount in rows:
        writer.out(f"{writer.w(key).ljust(width)}  {writer.money(amount)}", 2)
