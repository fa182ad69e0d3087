"""``voute invoice`` and ``voute reconcile``: the invoice a contract implies; the provider's invoice checked.

Heavy libraries (DuckDB for records, Jinja2 and WeasyPrint for HTML and PDF) are imported inside the commands.
"""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from voute.cli.common import Lang, fail_input, write_atomic
from voute.errors import InputError, Location

if TYPE_CHECKING:
    from voute.billing import IndexTable, InvoiceDraft, PeriodVolumes, Reconciliation
    from voute.contract.model import Contract
    from voute.sla.month import Month

INVOICE_HELP = """Calculer la facture qu'implique le contrat / compute the invoice a contract implies.

Prices each line of the contract's price schedule (costs.items) on the month's volumes: per call, minute,
hour, full-time equivalent, ticket, item or survey; monthly and one-off fees; volume tiers (whole or
marginal); the forecast tolerance band; minimum commitments (take-or-pay); the price revision by the index
(Syntec...) once per anniversary, capped. Then deducts service credits and penalties, and adds VAT per line.
Every line states its source: the volume (file and line, or records), the rate, and the contract field.

Volumes come from a volumes file (--volumes, YAML or JSON, see docs/billing.md) or are measured from raw
records (--records with --records-format; --map-service renames the records' services to the contract's).
Credits come from a credits file or the JSON of `voute evaluate` (--credits), or are evaluated here from a
measurements file (--measurements, the file `voute evaluate` reads). Index values: --index (YAML or CSV,
month -> value); needed once a revision date has passed.

Examples:

  voute invoice examples/contrat-complet.yaml --period 2027-12
  --volumes examples/invoices/volumes-2027-12.yaml --credits examples/invoices/credits-2027-12.yaml
  --index examples/invoices/syntec.yaml --format html -o facture-2027-12.html

  voute invoice contrat.yaml -p 2027-03 --records appels.parquet --records-format canonical-calls
  --map-service customer_service=service_client --volumes autres-volumes.yaml

Exit status 0 when the draft is written, 2 when an input cannot be used (the message names the file, line
and field)."""

RECONCILE_HELP = """Contrôler la facture du prestataire / check the provider's invoice against the contract.

Computes the invoice the contract implies for the month (same inputs as `voute invoice`) and compares the
provider's invoice (CSV, JSON or YAML; columns: description, quantity, unit price, amount excl. VAT, and
optionally item, VAT rate, currency) line by line. It flags lines with no contractual basis, unit price
differences, volumes beyond the tolerance (--tolerance, 1% by default), credits or penalties not applied,
price revisions applied early, twice or not at all, arithmetic errors and VAT rates; then sums the euro
differences by cause (they add up to the difference between the two totals excluding VAT).

Example:

  voute reconcile examples/contrat-complet.yaml --invoice examples/invoices/facture-prestataire-2027-12.csv
  --period 2027-12 --volumes examples/invoices/volumes-2027-12.yaml
  --credits examples/invoices/credits-2027-12.yaml --index examples/invoices/syntec.yaml

Exit status 0 when nothing is flagged, 1 when there are discrepancies, 2 when an input cannot be used (a
malformed invoice: missing column, bad amount, another currency, a duplicated line; the message names the
line)."""


class InvoiceFormat(StrEnum):
    json = "json"
    csv = "csv"
    html = "html"
    pdf = "pdf"


class ReportFormat(StrEnum):
    text = "text"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add ``voute invoice`` and ``voute reconcile`` to the application."""
    app.command("invoice", help=INVOICE_HELP)(invoice_command)
    app.command("reconcile", help=RECONCILE_HELP)(reconcile_command)


_CONTRACT = typer.Argument(..., help="Contract file (YAML). / Fichier du contrat.")
_PERIOD = typer.Option(..., "--period", "-p", help="Month invoiced, e.g. 2027-12. / Mois facturé.")
_VOLUMES = typer.Option(None, "--volumes", "-v", help="Volumes file (YAML/JSON). / Fichier des volumes.")
_RECORDS = typer.Option(
    None, "--records", help="Raw records to count volumes from (CSV, Parquet); repeatable."
)
_RECORDS_FORMAT = typer.Option(
    None, "--records-format", help="Records format: anonymous-bank, canonical-calls... or a mapping .yaml."
)
_MAP = typer.Option(
    None, "--map-service", help="Rename a records service: queue=contract_service; repeatable."
)
_CREDITS = typer.Option(None, "--credits", "-c", help="Credits file, or the JSON of `voute evaluate`.")
_MEASURES = typer.Option(None, "--measurements", "-m", help="Measurements file: credits evaluated here.")
_INDEX = typer.Option(None, "--index", "-i", help="Index values (YAML or CSV: month -> value).")
_LANG = typer.Option(Lang.fr, "--lang", help="Language of the output: fr or en.")


def invoice_command(
    contract: Path = _CONTRACT,
    period: str = _PERIOD,
    volumes: Path | None = _VOLUMES,
    records: list[Path] | None = _RECORDS,
    records_format: str | None = _RECORDS_FORMAT,
    map_service: list[str] | None = _MAP,
    credits: Path | None = _CREDITS,
    measurements: Path | None = _MEASURES,
    index: Path | None = _INDEX,
    output_format: InvoiceFormat = typer.Option(
        InvoiceFormat.json, "--format", "-f", help="json, csv, html or pdf."
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write here instead of the screen."),
    lang: Lang = _LANG,
) -> None:
    """Compute the month's invoice draft."""
    from voute.billing import to_csv, to_html, to_json, to_pdf

    try:
        draft, _, _ = _draft(
            contract, period, volumes, records, records_format, map_service, credits, measurements, index
        )
        if output_format is InvoiceFormat.pdf and output is None:
            raise InputError.single(
                "a PDF is written to a file: add -o facture.pdf", Location(path="--output")
            )
    except InputError as error:
        raise fail_input(error, lang.value) from None
    if output_format is InvoiceFormat.pdf:
        assert output is not None
        write_atomic(output, to_pdf(draft, lang.value))
        return
    writers = {InvoiceFormat.json: to_json, InvoiceFormat.csv: to_csv}
    text = writers[output_format](draft) if output_format in writers else to_html(draft, lang.value)
    _emit(text, output)


def reconcile_command(
    contract: Path = _CONTRACT,
    invoice: Path = typer.Option(..., "--invoice", help="The provider's invoice (CSV, JSON or YAML)."),
    period: str = _PERIOD,
    volumes: Path | None = _VOLUMES,
    records: list[Path] | None = _RECORDS,
    records_format: str | None = _RECORDS_FORMAT,
    map_service: list[str] | None = _MAP,
    credits: Path | None = _CREDITS,
    measurements: Path | None = _MEASURES,
    index: Path | None = _INDEX,
    tolerance: str = typer.Option("1%", "--tolerance", help="Volume difference accepted, e.g. 1% or 0%."),
    output_format: ReportFormat = typer.Option(ReportFormat.text, "--format", "-f", help="text or json."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write the report here."),
    lang: Lang = _LANG,
) -> None:
    """Reconcile the provider's invoice with the draft of the same month."""
    from voute.billing import load_provider_invoice, reconcile

    try:
        draft, loaded, table = _draft(
            contract, period, volumes, records, records_format, map_service, credits, measurements, index
        )
        share = _tolerance(tolerance)
        provider = load_provider_invoice(invoice, draft.currency)
        if provider.period is not None and provider.period != draft.month:
            raise InputError.single(
                f"the invoice is for {provider.period}, not for {draft.month}",
                Location(str(invoice), path="period"),
            )
        result = reconcile(loaded, draft, provider, tolerance=share, index=table)
    except InputError as error:
        raise fail_input(error, lang.value) from None
    if output_format is ReportFormat.json:
        _emit(json.dumps(result.to_dict(lang.value), ensure_ascii=False, indent=2) + "\n", output)
    else:
        _emit(report_text(result, lang.value), output)
    if result.flagged:
        raise typer.Exit(1)


def _draft(
    contract_path: Path,
    period: str,
    volumes: Path | None,
    records: list[Path] | None,
    records_format: str | None,
    map_service: list[str] | None,
    credits: Path | None,
    measurements: Path | None,
    index: Path | None,
) -> tuple[InvoiceDraft, Contract, IndexTable | None]:
    from voute.billing import draft_invoice, load_credits, load_index
    from voute.contract.loader import load

    contract = load(contract_path)
    month = _month(period)
    found = _volumes(contract, month, volumes, records, records_format, map_service)
    table = load_index(index) if index is not None else None
    deductions = load_credits(credits, contract, month) if credits is not None else None
    periods = None
    if measurements is not None:
        from voute.sla import load_measurements

        periods = load_measurements(measurements, contract)
    draft = draft_invoice(contract, month, found, credits=deductions, index=table, measurements=periods)
    return draft, contract, table


def _month(text: str) -> Month:
    from voute.sla.month import Month

    try:
        return Month.parse(text.strip())
    except ValueError:
        raise InputError.single(
            f"expected a month such as 2027-12, got {text!r}", Location(path="--period")
        ) from None


def _volumes(
    contract: Contract,
    month: Month,
    volumes: Path | None,
    records: list[Path] | None,
    records_format: str | None,
    map_service: list[str] | None,
) -> PeriodVolumes:
    from voute.billing import PeriodVolumes, load_volumes

    if not volumes and not records:
        raise InputError.single(
            "give the month's volumes: --volumes FILE, or --records FILE --records-format NAME",
            Location(path="--volumes"),
        )
    given = load_volumes(volumes, contract, month) if volumes else PeriodVolumes(month)
    if not records:
        return given
    measured = _measured(contract, month, records, records_format, map_service or [])
    services = {name: dict(units) for name, units in measured.by_service.items()}
    for name, units in given.by_service.items():  # the file wins: it corrects or completes the records
        services.setdefault(name, {}).update(units)
    return PeriodVolumes(month, services, given.by_item, given.source or measured.source)


def _measured(
    contract: Contract, month: Month, records: list[Path], records_format: str | None, map_service: list[str]
) -> PeriodVolumes:
    from voute.billing import volumes_from_measurements
    from voute.measure import KpiRequest, Period, builtin_adapter, load_mapping, measure

    if not records_format:
        raise InputError.single(
            "--records needs --records-format (e.g. canonical-calls, or a mapping .yaml)",
            Location(path="--records-format"),
        )
    adapter = (
        load_mapping(Path(records_format))
        if records_format.endswith((".yaml", ".yml"))
        else builtin_adapter(records_format)
    )
    kinds = {"calls": "aht", "tickets": "backlog", "surveys": "csat"}
    kind = adapter.kind.value
    if kind not in kinds:
        raise InputError.single(
            f"volumes cannot be counted from {kind} records", Location(path="--records-format")
        )
    renames = dict(_pair(text) for text in map_service)
    result = measure(records, adapter, [KpiRequest(kinds[kind])], Period.parse(str(month), contract.timezone))
    services = [s.id for s in contract.services.items] if contract.services else []
    return volumes_from_measurements(result, month, renames, services)


def _pair(text: str) -> tuple[str, str]:
    source, sep, target = text.partition("=")
    if not sep or not source.strip() or not target.strip():
        raise InputError.single(
            f"expected queue=contract_service, got {text!r}", Location(path="--map-service")
        )
    return source.strip(), target.strip()


def _tolerance(text: str) -> Decimal:
    from voute.contract.values import parse_percent

    try:
        value = parse_percent(text if "%" in text else f"{text}%")
    except ValueError:
        raise InputError.single(
            f'expected a percentage such as "1%", got {text!r}', Location(path="--tolerance")
        ) from None
    if value < 0:
        raise InputError.single("the tolerance cannot be negative", Location(path="--tolerance"))
    return value


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        write_atomic(output, text)


def report_text(result: Reconciliation, lang: str = "fr") -> str:
    """The reconciliation as plain text: totals, flagged findings, then the euro differences per cause."""
    from voute.billing.reasons import CAUSE_NAMES
    from voute.money import format_amount, french_decimals

    fr = lang == "fr"
    index = 0 if fr else 1
    draft = result.draft
    currency = draft.currency

    def money(amount: Decimal) -> str:
        return format_amount(amount, lang, currency)

    def said(text: str) -> str:
        return french_decimals(text) if fr else text

    colon = " : " if fr else ": "
    rows = [
        f"{'Facture' if fr else 'Invoice'} {result.invoice.number or result.invoice.source} — "
        f"{draft.contract_reference} {draft.month}",
        f"  {'Attendu selon le contrat HT' if fr else 'Expected, excl. VAT'}{colon}{money(draft.total_excl_vat)}",
        f"  {'Facturé HT' if fr else 'Billed, excl. VAT'}{colon}{money(result.invoice.billed_excl_vat)}",
        f"  {'Écart HT' if fr else 'Difference, excl. VAT'}{colon}{money(result.difference)}",
        "",
    ]
    flagged = result.flagged
    title = "Écarts à signaler (numéros de ligne du fichier)" if fr else "Discrepancies (file line numbers)"
    none = "Aucun écart." if fr else "No discrepancy."
    rows.append(f"{title} ({len(flagged)}){colon.rstrip()}" if flagged else none)
    rows.extend(f"  [{f.cause}] {said(f.message(lang))}" for f in flagged)
    accepted = [f for f in result.findings if not f.flagged]
    if accepted:
        rows.append("Écarts acceptés :" if fr else "Accepted differences:")
        rows.extend(f"  [{f.cause}] {said(f.message(lang))}" for f in accepted)
    rows += ["", "Écarts par cause (HT) :" if fr else "Differences by cause (excl. VAT):"]
    for cause, amount in result.by_cause().items():
        rows.append(f"  {CAUSE_NAMES[cause][index]:<48} {money(amount):>16}")
    rows.append(f"  {'Total':<48} {money(result.difference):>16}")
    return "\n".join(rows) + "\n"
