"""Assemble a contract document: the clause library's articles and annexes, numbered, in one language.

Each article and each annex is a Jinja2 template per language (``templates/<lang>/article_<key>.j2`` and
``annex_<key>.j2``) that sets its ``title`` and writes a small HTML fragment. A clause the contract leaves
out renders to nothing and is skipped, and the others are renumbered: the document never shows an empty
shell. Cross-references ("see Schedule 2") use the final numbers, hence two passes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from voute import catalogue
from voute.contract.model import Contract
from voute.contract.values import Duration
from voute.render import formatting as fmt
from voute.render.levels import level_views, measure_text
from voute.render.words import LANGUAGES, Words, words

# Body order of the articles (key points of the checklist first, then the points beyond, then the final
# provisions) and of the annexes. The key is the template name; see docs/render.md for the key points.
ARTICLES = (
    "object", "services", "service_levels", "changes", "costs", "term", "liability", "data_protection",
    "confidentiality", "monitoring", "continuity", "subcontracting", "staff", "exit", "disputes", "general",
)  # fmt: skip
ANNEXES = (
    "services", "service_levels", "prices", "data_processing", "continuity", "governance", "escalation",
    "exit_plan",
)  # fmt: skip

_SUBHEADING = re.compile(r"<h3>")
_BLANK = re.compile(r"^\s*$")


class Numbers(dict[str, int]):
    """Final numbers of the parts present; ``numbers.key`` is None for a part left out."""

    def __getattr__(self, key: str) -> int | None:
        return self.get(key)


@dataclass(frozen=True)
class Part:
    """One numbered article or annex: its title and its HTML body."""

    kind: str
    key: str
    number: int
    title: str
    body: Markup

    @property
    def anchor(self) -> str:
        return f"{self.kind}-{self.number}"


@dataclass
class Assembled:
    """The whole document, ready for a writer (HTML, PDF or DOCX)."""

    contract: Contract
    lang: str
    words: Words
    articles: list[Part] = field(default_factory=list)
    annexes: list[Part] = field(default_factory=list)

    @property
    def parts(self) -> list[Part]:
        return [*self.articles, *self.annexes]


def assemble(contract: Contract, lang: str) -> Assembled:
    """Render every clause of ``contract`` in ``lang`` and number the ones present."""
    env = environment(lang)
    context = _context(contract, lang)
    first = _render_all(env, lang, context, Numbers(), Numbers())
    article_numbers = Numbers({key: n for n, key in enumerate(first[0], start=1)})
    annex_numbers = Numbers({key: n for n, key in enumerate(first[1], start=1)})
    context["annex_titles"] = {key: title for key, (title, _) in first[1].items()}
    articles, annexes = _render_all(env, lang, context, article_numbers, annex_numbers)
    done = Assembled(contract, lang, words(lang))
    for number, (key, (title, body)) in enumerate(articles.items(), start=1):
        done.articles.append(Part("article", key, number, title, _number_subheadings(body, number)))
    for number, (key, (title, body)) in enumerate(annexes.items(), start=1):
        done.annexes.append(Part("annex", key, number, title, body))
    return done


Rendered = dict[str, tuple[str, Markup]]


def _render_all(
    env: Environment, lang: str, context: dict[str, Any], art: Numbers, annex: Numbers
) -> tuple[Rendered, Rendered]:
    scope = {**context, "art": art, "annex": annex}
    articles = {key: _render(env, f"{lang}/article_{key}.j2", scope) for key in ARTICLES}
    annexes = {key: _render(env, f"{lang}/annex_{key}.j2", scope) for key in ANNEXES}
    return _present(articles), _present(annexes)


def _render(env: Environment, name: str, scope: dict[str, Any]) -> tuple[str, Markup] | None:
    module = env.get_template(name).make_module(scope)
    body = str(module)
    if _BLANK.match(body):
        return None
    return str(getattr(module, "title")), Markup(body)  # noqa: B009 - a template module, not a typed object


def _present(rendered: dict[str, tuple[str, Markup] | None]) -> Rendered:
    return {key: value for key, value in rendered.items() if value is not None}


def _number_subheadings(body: Markup, number: int) -> Markup:
    """``<h3>`` sub-clauses become ``N.1``, ``N.2``... so every format shows the same numbers."""
    count = iter(range(1, 1000))

    def numbered(_: re.Match[str]) -> str:
        k = next(count)
        return f'<h3 id="article-{number}-{k}"><span class="num">{number}.{k}</span> '

    return Markup(_SUBHEADING.sub(numbered, str(body)))


def _context(contract: Contract, lang: str) -> dict[str, Any]:
    """What every template may use besides the contract itself."""
    services = contract.services.items if contract.services else []
    levels = contract.service_levels.levels if contract.service_levels else []
    currency = contract.costs.currency if contract.costs else "EUR"
    return {
        "c": contract,
        "lang": lang,
        "cur": currency,
        "levels": level_views(levels, services, words(lang), currency),
        "service_names": {service.id: service.name for service in services},
        "catalogue_services": catalogue.services(),
        "annex_titles": {},
        "catalogue_name": lambda entry: catalogue.name(entry, lang),
        "in_language": lambda text: text.in_language(lang),
    }


@lru_cache(maxsize=len(LANGUAGES))
def environment(lang: str) -> Environment:
    """The Jinja2 environment of ``lang``: autoescape on, strict about undefined names, language filters."""
    env = Environment(
        loader=PackageLoader("voute.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    vocabulary = words(lang)
    env.globals["w"] = vocabulary
    env.filters.update(_filters(lang, vocabulary))
    return env


def _filters(lang: str, vocabulary: Words) -> dict[str, Any]:
    def duration(value: Duration) -> str:
        return fmt.duration(value, lang)

    return {
        "money": lambda value, currency="EUR": fmt.money(value, lang, currency),
        "pct": lambda value: fmt.percent(value, lang),
        "num": lambda value: fmt.number(value, lang),
        "date": lambda value: fmt.long_date(value, lang),
        "dur": duration,
        "month": lambda value: fmt.month_year(value, lang),
        "measure": lambda value, unit: measure_text(unit, value, lang),
        "country": lambda code: vocabulary("country", code),
        "days": lambda value: fmt.day_range(value, lang),
        "clock": lambda value: fmt.clock(value, lang),
        "durtext": lambda value: fmt.duration_text(value, lang),
        "label": lambda code, category: vocabulary(category, code),
        "ucfirst": lambda text: text[:1].upper() + text[1:],
        "sentence": _sentence,
        "bare": lambda text: text.strip().rstrip(".").rstrip(),
        "countries": lambda codes: ", ".join(vocabulary("country", code) for code in codes),
    }


def _sentence(text: str) -> str:
    """Free text from the contract closed by a full stop, unless it already ends a sentence."""
    text = text.strip()
    return text if text.endswith((".", "!", "?", "…", ":")) else f"{text}."
