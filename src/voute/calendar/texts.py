"""Small helpers to word dates, durations and termination causes in French and English."""

from __future__ import annotations

from datetime import date, datetime

from voute.calendar.events import Localized
from voute.contract.values import Duration, DurationUnit

_MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
              "novembre", "décembre"]
_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
_WEEKDAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
_WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_UNITS = {
    DurationUnit.seconds: ("seconde", "secondes", "second", "seconds"),
    DurationUnit.minutes: ("minute", "minutes", "minute", "minutes"),
    DurationUnit.hours: ("heure", "heures", "hour", "hours"),
    DurationUnit.business_hours: ("heure ouvrée", "heures ouvrées", "business hour", "business hours"),
    DurationUnit.calendar_days: ("jour", "jours", "day", "days"),
    DurationUnit.business_days: ("jour ouvré", "jours ouvrés", "business day", "business days"),
    DurationUnit.working_days: ("jour ouvrable", "jours ouvrables", "working day", "working days"),
    DurationUnit.weeks: ("semaine", "semaines", "week", "weeks"),
    DurationUnit.months: ("mois", "mois", "month", "months"),
    DurationUnit.years: ("an", "ans", "year", "years"),
}

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
PARTIES = {"client": ("le client", "the client"), "provider": ("le prestataire", "the provider"),
           "both": ("une partie", "either party")}


def day_text(day: date, lang: str) -> str:
    """``mardi 30 septembre 2029`` / ``Tuesday 30 September 2029``."""
    if lang == "en":
        return f"{_WEEKDAYS_EN[day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    first = "1er" if day.day == 1 else str(day.day)
    return f"{_WEEKDAYS_FR[day.weekday()]} {first} {_MONTHS_FR[day.month - 1]} {day.year}"


def days(day: date) -> Localized:
    """A date worded in both languages."""
    return Localized(day_text(day, "fr"), day_text(day, "en"))


def duration_text(duration: Duration, lang: str) -> str:
    """``3 mois`` / ``3 months``."""
    one_fr, many_fr, one_en, many_en = _UNITS[duration.unit]
    if lang == "en":
        return f"{duration.amount} {one_en if duration.amount == 1 else many_en}"
    return f"{duration.amount} {one_fr if duration.amount <= 1 else many_fr}"


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
