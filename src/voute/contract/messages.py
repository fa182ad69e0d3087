"""French wording of the loader's messages.

The loader writes its messages in English, in a small fixed set of shapes; this table gives each shape its
French wording so that `voute check --lang fr` explains a broken file in French. A message with no French shape
is shown as written (a test lists the shapes the loader produces and checks they are all covered).
"""

from __future__ import annotations

import re

_WORDS = {
    "contract": "contrat",
    "measurements": "mesures",
    "volumes": "volumes",
    "credits": "crédits",
    "invoice": "facture",
    "a percentage": "un pourcentage",
    "a time": "une durée",
    "a score": "un score",
    "a whole number": "un nombre entier",
    "service": "service",
    "service level": "niveau de service",
    "price item": "ligne de prix",
    "milestone": "jalon",
    "KPI": "indicateur",
    "service kind": "type de service",
    "a mapping": "une suite de champs",
    "a list": "une liste",
    "nothing": "rien",
}


def _word(text: str) -> str:
    return _WORDS.get(text, text)


_SHAPES: list[tuple[str, str]] = [
    (r"no such (contract|measurements|volumes|credits|index|invoice) file", "fichier introuvable ({0})"),
    (r"this is a folder, not a (.+) file", "c'est un dossier, pas un fichier ({0})"),
    (
        r"the file is (\d+) MB; a (.+) file is at most (\d+) MB",
        "le fichier fait {0} Mo ; un fichier ({1}) fait au plus {2} Mo",
    ),
    (r"the file is empty: it holds no (.+)", "le fichier est vide ({0})"),
    (r"this is a binary file, not a (.+) file", "c'est un fichier binaire, pas un fichier texte ({0})"),
    (r"the file is not UTF-8 text; save it as UTF-8", "le fichier n'est pas en UTF-8 ; enregistrez-le en UTF-8"),
    (
        r"a contract file is a mapping of sections \(parties:, services:, \.\.\.\)",
        "un fichier de contrat est une suite de sections (parties:, services:, ...)",
    ),
    (r"YAML syntax error: (.*)", r"erreur de syntaxe YAML : \1"),
    (r"YAML error: (.*)", r"erreur YAML : \1"),
    (
        r"one contract per file: a second YAML document starts here",
        "un seul contrat par fichier : un second document YAML commence ici",
    ),
    (r"the file holds no contract \(it is empty\)", "le fichier ne contient aucun contrat (il est vide)"),
    (
        r"too many values \(YAML aliases expand beyond any real contract\)",
        "trop de valeurs (les alias YAML dépassent la taille de tout contrat réel)",
    ),
    (
        r"values nested more than (\d+) levels deep \(a YAML alias that refers to itself\?\)",
        r"valeurs imbriquées sur plus de \1 niveaux (un alias YAML qui renvoie à lui-même ?)",
    ),
    (
        r"values nested too deep to read \(a contract nests a few levels, at most (\d+)\)",
        r"valeurs trop imbriquées pour être lues (un contrat compte quelques niveaux, au plus \1)",
    ),
    (
        r"duplicate key (.+) \(first written at line (\d+)\); one of them would be lost",
        r"clé en double \1 (déjà écrite ligne \2) : l'une des deux serait perdue",
    ),
    (r"merge keys \(<<\) are not supported", "les clés de fusion (<<) ne sont pas acceptées"),
    (r"a key must be plain text", "une clé doit être du texte simple"),
    (r"(.+) is not a usable number", r"\1 n'est pas un nombre utilisable"),
    (r"cannot read this value: (.*)", r"valeur illisible : \1"),
    (r"unknown key (.+); did you mean (.+)\?", r"clé inconnue \1 ; vouliez-vous dire \2 ?"),
    (r"unknown key (.+); known keys: (.*)", r"clé inconnue \1 ; clés connues : \2"),
    (r"unknown key (.+)", r"clé inconnue \1"),
    (r"required field is missing", "champ obligatoire manquant"),
    (r"expected one of (.*); got (.*)", r"valeur attendue parmi \1 ; reçu \2"),
    (r"expected one of (.*), got (.*)", r"valeur attendue parmi \1 ; reçu \2"),
    (r"expected a mapping of fields here, got (.*)", "une suite de champs est attendue ici, reçu {0}"),
    (r"expected a list \(lines starting with '- '\), got (.*)", "une liste est attendue (lignes « - »), reçu {0}"),
    (r"expected text, got (.*)", r"du texte est attendu, reçu \1"),
    (r"expected a number, got (.*)", r"un nombre est attendu, reçu \1"),
    (r"expected a date such as 2027-01-01, got (.*)", r"une date est attendue, par exemple 2027-01-01 ; reçu \1"),
    (r'expected a time of day such as "08:00", got (.*)', r'une heure est attendue, par exemple "08:00" ; reçu \1'),
    (r"expected true or false, got (.*)", r"true ou false est attendu, reçu \1"),
    (r"(.+) does not have the expected form \((.*)\)", r"\1 n'a pas la forme attendue (\2)"),
    (r"unknown time zone (.+); e\.g\. Europe/Paris", r"fuseau horaire inconnu \1 ; par exemple Europe/Paris"),
    (
        r"duplicate (service level|service|price item|milestone) id (.+) \(already used by item (\d+)\)",
        "identifiant de {0} en double {1} (déjà pris par l'élément {2})",
    ),
    (r"unknown (service kind|service|KPI) (.+); known: (.*)", "{0} inconnu {1} ; connus : {2}"),
    (r"unknown holiday calendar (.+); use (.*)", r"calendrier des jours fériés inconnu \1 ; utilisez \2"),
    (r"the KPI (.+) needs the parameter (.+)", r"l'indicateur \1 exige le paramètre \2"),
    (
        r"the parameter (.+) does not apply to the KPI (.+) \(accepted: (.*)\)",
        r"le paramètre \1 ne s'applique pas à l'indicateur \2 (acceptés : \3)",
    ),
    (
        r"expected (a percentage|a time|a score|a whole number) such as (.+), got (.*)",
        "{0} est attendu, par exemple {1} ; reçu {2}",
    ),
    (
        r'expected a percentage such as "10%" or an amount such as "50000 EUR", got (.*)',
        r'un pourcentage (par exemple "10%") ou un montant (par exemple "50000 EUR") est attendu ; reçu \1',
    ),
    (
        r'expected a duration such as "3 months", "30 jours ouvrés" or "20s", got (.*)',
        r'une durée est attendue, par exemple "3 mois", "30 jours ouvrés" ou "20s" ; reçu \1',
    ),
    (r"expected an amount such as (.+), got (.*)", r"un montant est attendu, par exemple \1 ; reçu \2"),
    (r"expected (.+), got a yes/no value", r"\1 est attendu, reçu une valeur oui/non"),
    (
        r'expected days such as "mon-fri", "lun-ven" or "sat", got (.*)',
        r'jours attendus, par exemple "lun-ven" ; reçu \1',
    ),
    (r'give "consecutive" or both "count" and "within"', 'indiquez "consecutive", ou "count" et "within"'),
    (
        r'a penalty needs "tiers", "per_point" or "fixed_amount"',
        'une pénalité exige "tiers", "per_point" ou "fixed_amount"',
    ),
    (
        r"window_start: contract counts quarters and years from term\.start, which is missing",
        "window_start: contract compte les trimestres et les années à partir de term.start, qui manque",
    ),
    (r'give exactly one of "amount" or "multiple_of_fees"', 'indiquez soit "amount", soit "multiple_of_fees"'),
]
_COMPILED = [(re.compile(pattern + r"\Z", re.DOTALL), french) for pattern, french in _SHAPES]


def in_french(message: str) -> str:
    """The French wording of a loader message, or the message itself when its shape is unknown."""
    for pattern, french in _COMPILED:
        match = pattern.match(message)
        if match is None:
            continue
        if "{0}" in french:
            return french.format(*(_word(group) for group in match.groups()))
        result = match.expand(french)
        return result.replace("' or '", "' ou '") if result.startswith("valeur attendue parmi") else result
    return message


def is_translated(message: str) -> bool:
    return any(pattern.match(message) for pattern, _ in _COMPILED)
