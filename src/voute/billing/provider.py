"""Reading the provider's invoice (CSV or JSON/YAML) into lines, refusing what cannot be checked.

CSV: one row per invoice line, a header naming the columns (French or English; ``;`` or ``,`` separated;
decimals with a dot or a comma). Required: a description (``label``, ``désignation``, ``libellé``),
``quantity`` (``quantité``), ``unit_price`` (``prix unitaire``, ``PU HT``) and ``amount`` (``montant HT``).
Optional: ``item`` (the contract's price item id, or the provider's article code), ``vat_rate`` (``taux
TVA``, written ``20`` or ``20%``), ``currency`` (``devise``), ``line`` (``ligne``).

JSON or YAML: ``{invoice, period, currency, lines: [{label, quantity, unit_price, amount, ...}],
totals: {excl_vat, vat, incl_vat}}`` with the same line keys (the JSON draft of ``voute invoice`` is
accepted).

Unusable input raises :class:`InputError` naming the line: a missing column, an amount that is not a number,
another currency than the contract's, a line repeated exactly (same description, quantity, price and amount),
or a line number given twice.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from voute.billing._files import parse_amount, read_mapping, read_text
from voute.contract.values import parse_percent
from voute.contract.yamlpos import Path as YamlPath
from voute.contract.yamlpos import Positioned
from voute.errors import InputError, Location, Problem
from voute.inputfiles import located
from voute.sla.month import Month

__all__ = ["ProviderInvoice", "ProviderLine", "load_provider_invoice", "parse_provider_invoice"]

_ALIASES: dict[str, tuple[str, ...]] = {
    "line": ("line", "ligne", "no", "n", "num", "numero", "line_number"),
    "item": ("item", "ref", "code", "article", "ref_article", "reference", "code_article"),
    "label": ("label", "description", "designation", "libelle", "intitule"),
    "quantity": ("quantity", "quantite", "qte", "qty"),
    "unit_price": ("unit_price", "prix_unitaire", "pu", "pu_ht", "prix_unitaire_ht", "price"),
    "amount": ("amount", "amount_excl_vat", "montant", "montant_ht", "total_ht", "total"),
    "vat_rate": ("vat_rate", "taux_tva", "tva", "taux_de_tva", "tva_pct"),
    "currency": ("currency", "devise"),
}
REQUIRED = ("label", "quantity", "unit_price", "amount")


@dataclass(frozen=True)
class ProviderLine:
    """One line of the provider's invoice, as written, with its line number in the file."""

    number: int
    label: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    item: str | None = None
    vat_rate: Decimal | None = None
    location: Location = field(default_factory=Location)

    def signature(self) -> tuple[str, str, Decimal, Decimal, Decimal]:
        """What makes two lines the same line written twice."""
        return (self.item or "", _norm(self.label), self.quantity, self.unit_price, self.amount)


@dataclass(frozen=True)
class ProviderInvoice:
    """The provider's invoice: its lines and, when stated, its number, period, currency and totals."""

    lines: tuple[ProviderLine, ...]
    source: str
    number: str | None = None
    period: Month | None = None
    currency: str | None = None
    total_excl_vat: Decimal | None = None
    total_vat: Decimal | None = None

    @property
    def lines_total(self) -> Decimal:
        """The sum of the lines' amounts excluding VAT."""
        return sum((line.amount for line in self.lines), Decimal("0.00"))

    @property
    def billed_excl_vat(self) -> Decimal:
        """What the invoice asks for, excluding VAT: its stated total, else the sum of its lines."""
        return self.total_excl_vat if self.total_excl_vat is not None else self.lines_total


def load_provider_invoice(path: str | Path, currency: str) -> ProviderInvoice:
    """Read the provider's invoice (CSV, JSON or YAML) whose amounts must be in ``currency``."""
    path = Path(path)
    return parse_provider_invoice(read_text(path, "invoice"), str(path), currency)


def parse_provider_invoice(text: str, filename: str, currency: str) -> ProviderInvoice:
    """Same as :func:`load_provider_invoice` for text in memory; CSV unless the name or text says
    JSON/YAML."""
    lowered = filename.lower()
    structured = lowered.endswith((".json", ".yaml", ".yml")) or text.lstrip().startswith("{")
    invoice = _parse_structured(text, filename, currency) if structured else _parse_csv(text, filename, currency)
    _check_duplicates(invoice.lines)
    if not invoice.lines:
        raise InputError.single("the invoice has no line", Location(filename))
    return invoice


# -- CSV -----------------------------------------------------------------------------------------------------


def _parse_csv(text: str, filename: str, currency: str) -> ProviderInvoice:
    first = text.splitlines()[0]
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader)
    columns = _columns(header, filename)
    lines: list[ProviderLine] = []
    problems: list[Problem] = []
    for row in reader:
        number = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        loc = Location(filename, number)
        if len(row) != len(header):
            problems.append(
                Problem(
                    loc,
                    f"{len(row)} cells where the header has {len(header)} columns "
                    f"(is the separator {delimiter!r} inside a value without quotes?)",
                )
            )
            continue
        cells = {name: row[index].strip() for name, index in columns.items()}
        line = _line(cells, loc, number, currency, problems)
        if line is not None:
            lines.append(line)
    if problems:
        raise InputError(problems)
    return ProviderInvoice(tuple(lines), filename, currency=currency)


def _columns(header: list[str], filename: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, name in enumerate(header):
        key = _norm(name).replace(" ", "_")
        for name_, aliases in _ALIASES.items():
            if key in aliases and name_ not in found:
                found[name_] = index
    missing = [name for name in REQUIRED if name not in found]
    if missing:
        raise InputError.single(
            f"missing column{'s' if len(missing) > 1 else ''}: {', '.join(missing)} "
            "(the header line names the columns: label/désignation, quantity/quantité, "
            "unit_price/prix unitaire, amount/montant HT)",
            Location(filename, 1),
            "missing_column",
        )
    return found


# -- JSON / YAML ---------------------------------------------------------------------------------------------


def _parse_structured(text: str, filename: str, currency: str) -> ProviderInvoice:
    positioned = read_mapping(text, filename, "invoice")
    data: dict[str, Any] = positioned.data
    problems: list[Problem] = []
    stated = data.get("currency")
    if stated is not None and str(stated).upper() != currency:
        problems.append(
            Problem(
                located(positioned, filename, ("currency",)),
                f"the invoice is in {stated}, the contract in {currency}",
                "currency",
            )
        )
    raw_lines = data.get("lines")
    if not isinstance(raw_lines, list):
        raise InputError(
            [
                *problems,
                Problem(
                    located(positioned, filename, ("lines",)),
                    'expected "lines:", a list of invoice lines',
                    "missing_column",
                ),
            ]
        )
    lines = []
    for index, raw in enumerate(raw_lines):
        line = _structured_line(raw, positioned, filename, ("lines", index), currency, problems)
        if line is not None:
            lines.append(line)
    raw_totals = data.get("totals")
    totals: dict[str, Any] = raw_totals if isinstance(raw_totals, dict) else {}
    excl = _total(totals.get("excl_vat", data.get("total_excl_vat")), positioned, filename, problems)
    vat = _total(totals.get("vat", data.get("total_vat")), positioned, filename, problems)
    period = _period(data.get("period"), positioned, filename, problems)
    if problems:
        raise InputError(problems)
    number = data.get("invoice")
    return ProviderInvoice(tuple(lines), filename, None if number is None else str(number), period, currency, excl, vat)


def _structured_line(
    raw: Any, positioned: Positioned, filename: str, path: YamlPath, currency: str, problems: list[Problem]
) -> ProviderLine | None:
    loc = located(positioned, filename, path)
    if not isinstance(raw, dict):
        problems.append(Problem(loc, "expected a line with label, quantity, unit_price and amount"))
        return None
    cells: dict[str, str] = {}
    for key, value in raw.items():
        name = _norm(str(key)).replace(" ", "_")
        field = next((f for f, aliases in _ALIASES.items() if name in aliases), None)
        if field is not None and field not in cells and value is not None:
            cells[field] = str(value)
    missing = [name for name in REQUIRED if name not in cells]
    if missing:
        problems.append(Problem(loc, f"missing {', '.join(missing)} in this line", "missing_column"))
        return None
    return _line(cells, loc, loc.line or 0, currency, problems)


def _total(value: Any, positioned: Positioned, filename: str, problems: list[Problem]) -> Decimal | None:
    if value is None:
        return None
    try:
        return parse_amount(value)
    except ValueError as error:
        problems.append(Problem(located(positioned, filename, ("totals",)), str(error)))
        return None


def _period(value: Any, positioned: Positioned, filename: str, problems: list[Problem]) -> Month | None:
    if value is None:
        return None
    try:
        return Month.parse(value if not isinstance(value, str) else value.strip())
    except ValueError as error:
        problems.append(Problem(located(positioned, filename, ("period",)), str(error)))
        return None


# -- one line ------------------------------------------------------------------------------------------------


def _line(
    cells: Mapping[str, str], loc: Location, number: int, currency: str, problems: list[Problem]
) -> ProviderLine | None:
    before = len(problems)
    label = cells.get("label", "")
    if not label:
        problems.append(Problem(loc, "the line has no description"))
    quantity = _number(cells.get("quantity", ""), "quantity", "a quantity such as 21450 or 7,5", loc, problems)
    price = _number(cells.get("unit_price", ""), "unit_price", "a unit price such as 3,10", loc, problems)
    amount = _number(cells.get("amount", ""), "amount", "an amount such as 46 500,00", loc, problems)
    vat = _vat(cells.get("vat_rate", ""), loc, problems)
    stated = cells.get("currency", "").strip().upper().replace("€", "EUR")
    if stated and stated != currency:
        problems.append(Problem(loc, f"this line is in {stated}, the contract in {currency}", "currency"))
    if len(problems) > before or quantity is None or price is None or amount is None:
        return None
    item = cells.get("item") or None
    return ProviderLine(number, label, quantity, price, amount, item, vat, loc)


def _number(text: str, name: str, what: str, loc: Location, problems: list[Problem]) -> Decimal | None:
    try:
        return parse_amount(text.replace("\u00a0", " "), what)
    except ValueError:
        problems.append(Problem(loc, f"{name}: expected {what}, got {text!r}", "bad_amount"))
        return None


def _vat(text: str, loc: Location, problems: list[Problem]) -> Decimal | None:
    text = text.strip()
    if not text:
        return None
    try:
        if "%" in text:
            return parse_percent(text)
        value = parse_amount(text)
    except ValueError:
        problems.append(Problem(loc, f'vat_rate: expected a rate such as "20" or "20%", got {text!r}'))
        return None
    if 0 < value < 1:
        problems.append(Problem(loc, f'vat_rate: write the rate as "20" or "20%", not {text!r}'))
        return None
    return value


def _check_duplicates(lines: tuple[ProviderLine, ...]) -> None:
    seen: dict[tuple[str, str, Decimal, Decimal, Decimal], ProviderLine] = {}
    problems = []
    for line in lines:
        first = seen.get(line.signature())
        if first is not None:
            problems.append(
                Problem(
                    line.location,
                    f"this line repeats line {first.number} exactly (same "
                    f"description, quantity, price and amount); remove the copy, "
                    f"or ask the provider whether it was billed twice",
                    "duplicate",
                )
            )
        else:
            seen[line.signature()] = line
    if problems:
        raise InputError(problems)


def _norm(text: str) -> str:
    """Lower case, no accents, words separated by one space: for matching headers and descriptions."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(re.findall(r"[a-z0-9]+", plain))
