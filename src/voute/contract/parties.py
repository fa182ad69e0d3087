"""Parties to the contract, and the regulatory status that decides which extra rules apply."""

from pydantic import Field

from voute.contract.base import Section


class Party(Section):
    """A legal person signing the contract."""

    name: str = Field(min_length=1, description="Registered company name.")
    legal_form: str | None = Field(None, description="SAS, SA, SARL, GmbH...")
    registration: str | None = Field(None, description="Registry number, e.g. 'RCS Lyon 512 345 678'.")
    vat_number: str | None = None
    address: str | None = None
    country: str = Field("FR", pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2 country code.")
    representative: str | None = Field(None, description="Person signing, with their title.")
    contact_email: str | None = None


class Parties(Section):
    client: Party
    provider: Party


class Regulatory(Section):
    """Facts about the client that switch on sector rules (DORA, EBA guidelines)."""

    financial_entity: bool = Field(
        False, description="The client is a financial entity under DORA (bank, insurer, payment institution...)."
    )
    ict_services: bool = Field(False, description="The services are ICT services in the DORA sense.")
    critical_or_important_function: bool = Field(
        False, description="The outsourced function is critical or important (DORA art. 30(3), EBA GL §75)."
    )
    public_buyer: bool = Field(False, description="The client is a public buyer (CCAG rules).")
