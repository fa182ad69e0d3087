"""Small helpers to word dates, durations and termination causes in French and English."""

from __future__ import annotations

from datetime import date, datetime

from voute.calendar.events import Localized
from voute.contract.values import Duration, unit_word
from voute.wording import MONTHS, WEEKDAYS

CAUSES = {
    "breach": ("manquement", "breach"),
    "chronic_service_level_breach": ("manquements répétés aux niveaux de service", "chronic service-level breach"),
    "convenience": ("convenance", "convenience"),
    "insolvency": ("procédure collective", "insolvency"),
    "change_of_control": ("changement de contrôle", "change of control"),
    "force_majeure": ("force majeure", "force majeure"),
    "regulatory": ("motif réglementaire", "regulatory grounds"),
    "law_breach": ("violation de la loi", "breach of law"),
    "material_change": ("changement significatif", "material change"),
    "data_security_weakness": ("faiblesse de sécurité des données", "data security weakness"),
    "undue_subcontracting": ("sous-traitance non autorisée", "undue subcontracting"),
    "other": ("autre motif", "other cause"),
}
PARTIES = {
    "client": ("le client", "the client"),
    "provider": ("le prestataire", "the provider"),
    "both": ("une partie", "either party"),
}


def day_text(day: date, lang: str) -> str:
    """``mardi 30 septembre 2029`` / ``Tuesday 30 September 2029``."""
    number = "1er" if lang == "fr" and day.day == 1 else str(day.day)
    return f"{WEEKDAYS[lang][day.weekday()]} {number} {MONTHS[lang][day.month - 1]} {day.year}"


def days(day: date) -> Localized:
    """A date worded in both languages."""
    return Localized(day_text(day, "fr"), day_text(day, "en"))


def duration_text(duration: Duration, lang: str) -> str:
    """``3 mois`` / ``3 months``."""
    return f"{duration.amount} {unit_word(duration.unit, duration.amount, lang)}"


def both(template_fr: str, template_en: str, **values: object) -> Localized:
    """Fill two templates; a value that is a date or a duration is worded in each language."""
    return Localized(_fill(template_fr, "fr", values), _fill(template_en, "en", values))


def _fill(template: str, lang: str, values: dict[str, object]) -> str:
    worded: dict[str, object] = {}
    for key, value in values.items():
        if isinstance(value, datetime):
            at = " à " if lang == "fr" else " at "
            worded[key] = day_text(value.date(), lang) + at + value.strftime("%H:%M (%Z)")
        elif isinstance(value, date):
            worded[key] = day_text(value, lang)
        elif isinstance(value, Duration):
            worded[key] = duration_text(value, lang)
        elif isinstance(value, Localized):
            worded[key] = value.get(lang)
        else:
            worded[key] = value
    return template.format(**worded)
