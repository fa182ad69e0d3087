"""voute.billing.reconcile and ``voute reconcile``: discrepancies found, with their cause and amount."""

from __future__ import annotations

import json
import random
from decimal import Decimal
from pathlib import Path

import pytest
import typer
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

import voute
from voute.billing import (
    InvoiceDraft,
    build_invoice,
    load_credits,
    load_index,
    load_volumes,
    parse_credits,
    parse_index,
    parse_provider_invoice,
    parse_volumes,
    reconcile,
    to_csv,
    to_json,
)
from voute.billing.provider import ProviderInvoice
from voute.cli.invoice import register
from voute.errors import InputError
from voute.sla.month import Month

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples" / "invoices"
FIXTURES = Path(__file__).parent / "fixtures" / "billing"
CONTRACT = voute.load(FIXTURES / "contrat.yaml")
D = Decimal


def cli() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:
        """Test application."""

    return app


# -- the example of examples/invoices ------------------------------------------------------------------------

EXAMPLE_ARGS = [
    "reconcile",
    str(ROOT / "examples" / "contrat-complet.yaml"),
    "--invoice",
    str(EXAMPLES / "facture-prestataire-2027-12.csv"),
    "--period",
    "2027-12",
    "--volumes",
    str(EXAMPLES / "volumes-2027-12.yaml"),
    "--credits",
    str(EXAMPLES / "credits-2027-12.yaml"),
    "--index",
    str(EXAMPLES / "syntec.yaml"),
]
PLANTED = [  # (cause, ref, euros excl. VAT, provider file lines)
    ("no_basis", None, "1200.00", [10]),  # CRM licences: the contract is all-inclusive
    ("indexation_early", "appel_client", "1963.20", [2, 3, 4, 5]),  # revised in December, due 1 January
    ("arithmetic", "appel_client", "18.00", [3]),  # 5000 x 2.987 = 14 935.00, written 14 953.00
    ("volume", "email_client", "1320.00", [6]),  # 6 420 e-mails billed, 5 870 measured
    ("indexation_early", "email_client", "462.24", [6]),
    ("indexation_early", "sav_fte", "1044.00", [7]),
    ("rate", "enquete", "180.00", [8]),  # 5.10 per survey instead of 4.80
    ("indexation_early", "pilotage", "195.00", [9]),
    ("credit_not_applied", "sl_appels_client", "5161.68", []),
]


def test_example_invoice_discrepancies_are_all_found_with_cause_and_amount() -> None:
    result = CliRunner().invoke(cli(), [*EXAMPLE_ARGS, "--format", "json", "--lang", "en"])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    found = [(f["cause"], f["ref"], f["amount"], f["lines"]) for f in report["findings"] if f["flagged"]]
    assert sorted(found, key=str) == sorted(PLANTED, key=str)
    assert report["by_cause"] == {
        "no_basis": "1200.00",
        "volume": "1320.00",
        "rate": "180.00",
        "indexation_early": "3664.44",
        "credit_not_applied": "5161.68",
        "arithmetic": "18.00",
    }
    assert report["difference_excl_vat"] == "11544.12"
    assert report["expected_excl_vat"] == "118546.32"


def test_example_report_in_french_names_causes_and_lines() -> None:
    result = CliRunner().invoke(cli(), EXAMPLE_ARGS)
    assert result.exit_code == 1
    assert "ligne 10 : « Licences logicielles CRM (12 postes) » ne correspond à aucun prix" in result.output
    assert "révision de prix appliquée avant sa date" in result.output
    assert "Écart HT : 11\u202f544,12 €" in result.output  # French amounts: thousands space, decimal comma


def test_example_invoice_of_the_draft_itself_is_clean(tmp_path: Path) -> None:
    draft_path = tmp_path / "draft.csv"
    args = ["invoice", *EXAMPLE_ARGS[1:2], *EXAMPLE_ARGS[4:], "--format", "csv", "-o", str(draft_path)]
    assert CliRunner().invoke(cli(), args).exit_code == 0
    again = [*EXAMPLE_ARGS[:3], str(draft_path), *EXAMPLE_ARGS[4:]]
    result = CliRunner().invoke(cli(), again)
    assert result.exit_code == 0, result.output
    assert "Aucun écart." in result.output


# -- each cause on the small contract ------------------------------------------------------------------------

SYNTEC = 'index: Syntec\nvalues: {2027-11: "312", 2028-11: "315"}\n'


def draft_of(
    month_text: str, calls: int = 10500, fte: str = "3", credits: str = ""
) -> InvoiceDraft:
    month = Month.parse(month_text)
    volumes = parse_volumes(
        f'period: {month}\nvolumes: {{hotline: {{calls: {calls}, fte: "{fte}"}}}}\n',
        "v.yaml",
        CONTRACT,
        month,
    )
    deductions = parse_credits(f"period: {month}\ncredits: [{credits}]\n", "c.yaml", CONTRACT, month)
    return build_invoice(CONTRACT, month, volumes, deductions, parse_index(SYNTEC, "s.yaml"))


def invoice_of(rows: list[str]) -> ProviderInvoice:
    text = "item;label;quantity;unit_price;amount;vat_rate\n" + "\n".join(rows) + "\n"
    return parse_provider_invoice(text, "f.csv", "EUR")


def causes(month: str, rows: list[str], credits: str = "") -> list[tuple[str, str | None, str]]:
    result = reconcile(
        CONTRACT, draft_of(month, credits=credits), invoice_of(rows), index=parse_index(SYNTEC, "s.yaml")
    )
    assert sum(result.by_cause().values(), D(0)) == result.difference  # the causes explain every euro
    return [(f.cause, f.ref, str(f.amount)) for f in result.flagged]


MARCH_OK = [
    "calls;Appel traité;10000;2,00;20000,00;20",
    "calls;Appel traité;500;1,50;750,00;20",
    "staff;ETP;3;4000;12000,00;20",
    "fee;Forfait de pilotage;1;1000;1000,00;20",
]


def test_a_correct_invoice_has_nothing_to_flag() -> None:
    assert causes("2027-03", MARCH_OK) == []


def test_small_volume_difference_within_tolerance_is_accepted_but_counted() -> None:
    rows = [
        "calls;Appel traité;10000;2,00;20000,00;20",
        "calls;Appel traité;550;1,50;825,00;20",
        *MARCH_OK[2:],
    ]
    result = reconcile(CONTRACT, draft_of("2027-03"), invoice_of(rows))
    assert result.flagged == ()
    assert result.by_cause() == {"volume_within_tolerance": D("75.00")}


@pytest.mark.parametrize(
    ("month", "rows", "expected"),
    [
        # the 2028 revision (x 1.02) applied twice in 2028: 2.00 x 1.02 x 1.02 = 2.0808
        (
            "2028-03",
            [
                "calls;Appel;10000;2,0808;20808,00;20",
                "calls;Appel;500;1,5606;780,30;20",
                "staff;ETP;3;4161,60;12484,80;20",
                "fee;Forfait de pilotage;1;1040,40;1040,40;20",
            ],
            [
                ("indexation_twice", "calls", "423.30"),
                ("indexation_twice", "staff", "244.80"),
                ("indexation_twice", "fee", "20.40"),
            ],
        ),
        # not revised in 2028 although the revision is due
        (
            "2028-03",
            [
                "calls;Appel;10000;2,00;20000,00;20",
                "calls;Appel;500;1,50;750,00;20",
                "staff;ETP;3;4080,00;12240,00;20",
                "fee;Forfait de pilotage;1;1000;1000,00;20",
            ],
            [("indexation_missing", "calls", "-415.00"), ("indexation_missing", "fee", "-20.00")],
        ),
        # revised in December 2027, before the first revision (1 January 2028)
        (
            "2027-12",
            ["calls;Appel;10000;2,04;20400,00;20", "calls;Appel;500;1,53;765,00;20", *MARCH_OK[2:]],
            [("indexation_early", "calls", "415.00")],
        ),
    ],
)
def test_indexation_causes_are_recognised_from_the_prices(
    month: str, rows: list[str], expected: list[tuple[str, str, str]]
) -> None:
    assert causes(month, rows) == expected


def test_credit_missing_different_and_not_billed() -> None:
    credit = '{level: sl_hotline, amount: "500.00"}'
    assert causes("2027-03", MARCH_OK, credits=credit) == [("credit_not_applied", "sl_hotline", "500.00")]
    partial = [*MARCH_OK, "sl_hotline;Avoir taux de service hotline;1;-400;-400,00;20"]
    assert causes("2027-03", partial, credits=credit) == [("credit_difference", "sl_hotline", "100.00")]
    by_name = [*MARCH_OK, ";Crédit de service — Taux de service hotline;1;-500;-500,00;20"]
    assert causes("2027-03", by_name, credits=credit) == []
    assert causes("2027-03", MARCH_OK[:3]) == [("not_billed", "fee", "-1000.00")]


def test_vat_rate_and_stated_total_are_checked() -> None:
    rows = [*MARCH_OK[:3], "fee;Forfait de pilotage;1;1000;1000,00;10"]
    result = reconcile(CONTRACT, draft_of("2027-03"), invoice_of(rows))
    assert [(f.cause, str(f.vat_amount), f.lines) for f in result.flagged] == [("vat", "-100.00", (5,))]
    text = json.dumps(
        {
            "invoice": "F-1",
            "period": "2027-03",
            "currency": "EUR",
            "totals": {"excl_vat": "33800.00"},
            "lines": [
                dict(
                    zip(["item", "label", "quantity", "unit_price", "amount"], r.split(";")[:5], strict=True)
                )
                for r in MARCH_OK
            ],
        }
    )
    stated = reconcile(CONTRACT, draft_of("2027-03"), parse_provider_invoice(text, "f.json", "EUR"))
    assert [(f.cause, f.amount) for f in stated.flagged] == [("arithmetic", D("50.00"))]
    assert stated.difference == D("50.00")


def test_one_off_fee_billed_again_is_a_volume_difference() -> None:
    rows = [*MARCH_OK, "setup;Mise en place;1;5000;5000,00;20"]
    assert causes("2027-03", rows) == [("volume", "setup", "5000.00")]


# -- properties: self-reconciliation and order ---------------------------------------------------------------

draft_inputs = st.tuples(
    st.integers(0, 25000),
    st.decimals(0, 9, places=1),
    st.decimals(0, 900, places=2),
    st.sampled_from(["2027-05", "2028-02", "2029-03"]),
)


@settings(max_examples=40, deadline=None)
@given(draft_inputs, st.sampled_from(["csv", "json"]))
def test_reconciling_our_own_draft_finds_nothing(values: tuple[int, Decimal, Decimal, str], fmt: str) -> None:
    calls, fte, credit, month = values
    draft = draft_of(month, calls, str(fte), f'{{level: sl_hotline, amount: "{credit}"}}')
    text = to_csv(draft) if fmt == "csv" else to_json(draft)
    invoice = parse_provider_invoice(text, f"draft.{fmt}", "EUR")
    result = reconcile(CONTRACT, draft, invoice, index=parse_index(SYNTEC, "s.yaml"))
    assert result.findings == ()
    assert result.difference == 0


@settings(max_examples=30, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(9000, 30000))
def test_reordering_the_provider_lines_changes_nothing(rng: random.Random, calls: int) -> None:
    rows = [
        f"calls;Appel traité;{calls};2,04;{round(calls * 2.04, 2)};20",
        "staff;ETP;2;4000;8000,00;20",
        "fee;Forfait de pilotage;1;1000;1000,00;10",
        ";Licence;1;99;99,00;20",
        "sl_hotline;Avoir;1;-10;-10,00;20",
    ]
    shuffled = rows[:]
    rng.shuffle(shuffled)
    draft = draft_of("2027-06", calls, "2", '{level: sl_hotline, amount: "12.00"}')

    def summary(lines: list[str]) -> tuple[object, ...]:
        result = reconcile(CONTRACT, draft, invoice_of(lines))
        content = {(f.cause, f.ref, f.amount, f.vat_amount, f.expected) for f in result.findings}
        return (frozenset(content), tuple(result.by_cause().items()))

    assert summary(rows) == summary(shuffled)


# -- malformed invoices: exit 2 with the line ----------------------------------------------------------------

GOOD_HEADER = "désignation;quantité;prix unitaire;montant HT;devise"


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("désignation;quantité;montant HT\nForfait;1;1000\n", "f.csv:1", "missing column: unit_price"),
        (f"{GOOD_HEADER}\nForfait;1;1000;mille;EUR\n", "f.csv:2", "amount: expected"),
        (
            f"{GOOD_HEADER}\nForfait;1;1000;1000;EUR\nAppel;10;2;20;USD\n",
            "f.csv:3",
            "in USD, the contract in EUR",
        ),
        (
            f"{GOOD_HEADER}\nForfait;1;1000;1000;EUR\nAppel;10;2;20;EUR\nForfait;1;1000;1000;EUR\n",
            "f.csv:4",
            "repeats line 2",
        ),
        (f"{GOOD_HEADER}\nForfait;1;1000\n", "f.csv:2", "3 cells where the header has 5"),
        ('{"currency": "USD", "lines": []}', "f.json:1", "the invoice is in USD"),
        (
            '{"lines": [{"label": "Forfait", "quantity": 1, "amount": "1000"}]}',
            "f.json:1",
            "missing unit_price",
        ),
    ],
)
def test_malformed_invoices_exit_2_with_the_line(tmp_path: Path, text: str, where: str, message: str) -> None:
    name = where.split(":")[0]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    args = [
        "reconcile",
        str(FIXTURES / "contrat.yaml"),
        "--invoice",
        str(path),
        "--period",
        "2027-03",
        "--volumes",
        str(FIXTURES / "volumes-2027-03.yaml"),
    ]
    result = CliRunner().invoke(cli(), args)
    assert result.exit_code == 2, result.output
    assert f"{path.parent}/{where}" in result.output
    assert message in result.output
    assert "Traceback" not in result.output


def test_invoice_for_another_month_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "f.json"
    path.write_text(
        '{"period": "2027-04", "lines": [{"label": "Forfait", "quantity": 1, "unit_price": 1, "amount": 1}]}',
        encoding="utf-8",
    )
    args = [
        "reconcile",
        str(FIXTURES / "contrat.yaml"),
        "--invoice",
        str(path),
        "--period",
        "2027-03",
        "--volumes",
        str(FIXTURES / "volumes-2027-03.yaml"),
    ]
    result = CliRunner().invoke(cli(), args)
    assert result.exit_code == 2
    assert "for 2027-04, not for 2027-03" in result.output


def test_example_inputs_load_directly() -> None:
    contract = voute.load(ROOT / "examples" / "contrat-complet.yaml")
    month = Month.parse("2027-12")
    assert load_volumes(EXAMPLES / "volumes-2027-12.yaml", contract, month).by_service["sav"][
        "fte"
    ].value == D("7.5")
    assert load_credits(EXAMPLES / "credits-2027-12.yaml", contract, month)[0].amount == D("5161.68")
    assert load_index(EXAMPLES / "syntec.yaml").last_published(month.first_day) is not None
    with pytest.raises(InputError):
        load_volumes(EXAMPLES / "nope.yaml", contract, month)
