"""Key point 5: the provider's liability, indemnities, caps and insurance."""

from decimal import Decimal
from enum import StrEnum
from typing import Self

from pydantic import Field, model_validator

from voute.contract.base import Section
from voute.contract.values import Amount


class CapCarveOut(StrEnum):
    gross_negligence = "gross_negligence"  # faute lourde
    wilful_misconduct = "wilful_misconduct"  # faute dolosive
    personal_injury = "personal_injury"
    data_protection_breach = "data_protection_breach"
    confidentiality_breach = "confidentiality_breach"
    ip_infringement = "ip_infringement"
    labour_law = "labour_law"


class LiabilityCap(Section):
    """A ceiling on damages: an amount, or a multiple of the fees over a period."""

    amount: Amount | None = None
    multiple_of_fees: Decimal | None = Field(None, gt=0, description="e.g. 1.5 for 150% of the fees.")
    fees_period: str | None = Field("12 months", description="Fees the multiple applies to, e.g. '12 months'.")

    @model_validator(mode="after")
    def _one_form(self) -> Self:
        if (self.amount is None) == (self.multiple_of_fees is None):
            raise ValueError('give exactly one of "amount" or "multiple_of_fees"')
        return self


class InsuranceKind(StrEnum):
    professional_liability = "professional_liability"  # responsabilité civile professionnelle
    cyber = "cyber"
    general_liability = "general_liability"
    other = "other"


class InsurancePolicy(Section):
    kind: InsuranceKind
    amount: Amount = Field(description="Cover per claim or per year.")
    insurer: str | None = None
    proof_yearly: bool = Field(False, description="The provider sends a certificate every year.")


class Indemnification(Section):
    """Key point 5 as a whole."""

    provider_liable_for: list[str] = Field(
        [], description="Failures the provider answers for: negligence, failure to deliver..."
    )
    indemnity_clause: str | None = Field(None, description="What the provider indemnifies the client for.")
    cap: LiabilityCap | None = None
    uncapped: bool = Field(False, description="Liability is expressly unlimited.")
    carve_outs: list[CapCarveOut] = Field([], description="Cases outside the cap.")
    indirect_damages_excluded: bool = False
    insurance: list[InsurancePolicy] = Field([])
