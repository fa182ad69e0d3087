"""The engine's formulas and notes shown in a French report."""

from __future__ import annotations

import pytest

from voute.sla.report import in_french


@pytest.mark.parametrize(
    ("english", "french"),
    [
        (
            "6% × 151625.00 (fee service_client 2027-02..2027-03, 2 months with fees) − 2231.40 (already charged "
            "in 11 months) = 6866.10",
            "6\u00a0% × 151\u202f625,00 (redevance service_client 2027-02..2027-03, 2 mois facturés) − "
            "2\u202f231,40 (déjà imputé sur les 11 mois précédents) = 6\u202f866,10",
        ),
        ("5% × 4560.00 (total invoice 2027-03) = 228.00", "5\u00a0% × 4\u202f560,00 (facture totale 2027-03) = 228,00"),
        ("300.00 × 5 d = 1500.00", "300,00 × 5 j = 1\u202f500,00"),
        ("2 × target_met_each_period", "2 × objectif atteint chaque période"),
        ("3 consecutive", "3 consécutifs"),
        ("4 in 12", "4 sur 12"),
        (
            "records from 2027-02-01 to 2027-03-31; no record from 2027-01-01 to 2027-01-31",
            "enregistrements du 2027-02-01 au 2027-03-31; aucun enregistrement du 2027-01-01 au 2027-01-31",
        ),
        ("2027-01-01..2027-02-28; judged on 2027-01-01..2027-03-31", "2027-01-01..2027-02-28 ; jugé sur "
         "2027-01-01..2027-03-31"),
    ],
)
def test_in_french(english: str, french: str) -> None:
    assert in_french(english) == french


def test_dates_and_ids_are_left_alone() -> None:
    assert in_french("sl_appels_client 2027-03-10..2027-03-11") == "sl_appels_client 2027-03-10..2027-03-11"
