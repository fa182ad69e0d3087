"""Tell French from English by counting very common function words."""

from __future__ import annotations

import re

__all__ = ["detect_language"]

_FRENCH = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "un",
        "une",
        "et",
        "est",
        "sont",
        "pour",
        "par",
        "sur",
        "dans",
        "au",
        "aux",
        "ce",
        "cette",
        "ces",
        "qui",
        "que",
        "ne",
        "pas",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "il",
        "elle",
        "ou",
        "avec",
        "être",
        "sera",
        "doit",
        "peut",
    ]
)
_ENGLISH = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "is",
        "are",
        "for",
        "by",
        "on",
        "with",
        "this",
        "that",
        "be",
        "shall",
        "will",
        "any",
        "or",
        "an",
        "as",
        "such",
        "its",
        "which",
        "from",
        "at",
        "not",
        "may",
        "has",
        "have",
    ]
)
_WORD = re.compile(r"[a-zàâäéèêëîïôöùûüç]+")
# Speed: the words of _WORD, found without the regex engine. Every letter of its class is in Latin-1, so the
# text is encoded to Latin-1 (other characters become "?"), every byte outside the class becomes a space and
# bytes.split() gives the same words, counted with set lookups run by map() and sum() in C.
_LETTERS = "abcdefghijklmnopqrstuvwxyzàâäéèêëîïôöùûüç"
_TO_WORDS = bytes(code if chr(code) in _LETTERS else 0x20 for code in range(256))
_FRENCH_BYTES = frozenset(word.encode("latin-1") for word in _FRENCH)
_ENGLISH_BYTES = frozenset(word.encode("latin-1") for word in _ENGLISH - _FRENCH)  # a word of both is French


def detect_language(text: str, sample: int = 200_000) -> str:
    """Return 'fr' or 'en' for a document, from the first `sample` characters.

    >>> detect_language("Le prestataire doit fournir les services décrits dans la présente annexe.")
    'fr'
    """
    words = text[:sample].lower().encode("latin-1", "replace").translate(_TO_WORDS).split()
    french = sum(map(_FRENCH_BYTES.__contains__, words))
    english = sum(map(_ENGLISH_BYTES.__contains__, words))
    # "a", "en", "on" and the like are ambiguous and left out, so a tie is rare; English is the safer default.
    return "fr" if french > english else "en"
