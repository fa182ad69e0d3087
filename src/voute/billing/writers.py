"""Writing an invoice draft as JSON, CSV, HTML or PDF (the PDF through WeasyPrint, imported only when asked).

The CSV and JSON drafts use the column names the reconciliation reads, so a draft can be reconciled against
itself (and a provider can be sent our CSV as the expected format).
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

from voute.billing.lines import InvoiceDraft
from voute.money import format_amount

__all__ = ["CSV_COLUMNS", "to_csv", "to_html", "to_json", "to_pdf"]

CSV_COLUMNS = (
    "line",
    "item",
    "kind",
    "service",
    "role",
    "label",
    "quantity",
    "unit",
    "unit_price",
    "amount",
    "vat_rate",
    "vat",
    "currency",
    "measurement",
    "rate",
    "clause",
    "formula",
)


def to_json(draft: InvoiceDraft) -> str:
    """The draft as indented JSON (decimals as strings, so no amount goes through a float)."""
    return json.dumps(draft.to_dict(), ensure_ascii=False, indent=2) + "\n"


def to_csv(draft: InvoiceDraft) -> str:
    """One row per line, amounts excluding VAT, decimals with a dot; totals are the sums of the rows."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for number, line in enumerate(draft.lines, start=1):
        writer.writerow(
            [
                number,
                line.ref,
                line.kind,
                line.service or "",
                line.role,
                line.label,
                line.quantity,
                line.unit,
                line.unit_price,
                line.amount,
                f"{line.vat_rate}%",
                line.vat,
                draft.currency,
                line.measurement,
                line.rate,
                line.clause,
                line.formula,
            ]
        )
    return out.getvalue()


_WORDS = {
    "fr": {
        "title": "Projet de facture",
        "period": "Période",
        "contract": "Contrat",
        "client": "Client",
        "provider": "Prestataire",
        "label": "Désignation",
        "qty": "Quantité",
        "price": "Prix unitaire HT",
        "amount": "Montant HT",
        "vat": "TVA",
        "source": "Origine",
        "total_ht": "Total HT",
        "total_vat": "Total TVA",
        "total_ttc": "Total TTC",
        "revision": "Prix",
        "base": "Base",
        "draft": "Document de contrôle calculé par Voute à partir du contrat ; ce n'est pas une facture.",
    },
    "en": {
        "title": "Invoice draft",
        "period": "Period",
        "contract": "Contract",
        "client": "Client",
        "provider": "Provider",
        "label": "Description",
        "qty": "Quantity",
        "price": "Unit price excl. VAT",
        "amount": "Amount excl. VAT",
        "vat": "VAT",
        "source": "Source",
        "total_ht": "Total excl. VAT",
        "total_vat": "Total VAT",
        "total_ttc": "Total incl. VAT",
        "revision": "Prices",
        "base": "Base",
        "draft": "Check document computed by Voute from the contract; this is not an invoice.",
    },
}


def to_html(draft: InvoiceDraft, lang: str = "fr") -> str:
    """A self-contained HTML page (no network resource), each line with its source in small print."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("voute.billing", "templates"),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        keep_trailing_newline=True,
    )
    template = env.get_template("invoice.html.j2")
    return template.render(
        draft=draft, w=_WORDS.get(lang, _WORDS["fr"]), lang=lang, money=_money(lang, draft), qty=_quantity
    )


def to_pdf(draft: InvoiceDraft, lang: str = "fr") -> bytes:
    """The HTML draft printed to PDF by WeasyPrint."""
    from weasyprint import HTML

    pdf: bytes = HTML(string=to_html(draft, lang)).write_pdf()
    return pdf


def _money(lang: str, draft: InvoiceDraft) -> Any:
    def money(amount: Decimal) -> str:
        return format_amount(amount, lang, draft.currency)

    return money


def _quantity(value: Decimal) -> str:
    if value == value.to_integral_value():
        return str(value.quantize(Decimal(1)))
    return str(value.normalize())
