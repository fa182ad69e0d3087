"""Calendar words in French and English, shared by every module that writes dates and durations for people."""

from __future__ import annotations

MONTHS: dict[str, tuple[str, ...]] = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}  # fmt: skip

WEEKDAYS: dict[str, tuple[str, ...]] = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

DAY_IDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def is_singular(amount: int, lang: str) -> bool:
    """French keeps the singular for 0 and 1 ("0 jour"), English only for 1 ("0 days")."""
    return amount <= 1 if lang == "fr" else amount == 1
