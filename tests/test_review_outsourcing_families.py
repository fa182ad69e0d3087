"""Outsourcing wording families (issue 7, fourth pass): service levels, penalties, change procedure and staff.

The held-out outsourcing contracts miss mostly these four labels. Each family below is a kind of wording a US or
UK outsourcing contract uses for the topic, written in our own words with invented names and figures (never a
sentence of a real contract): a sentence of the family must be found, and a look-alike that uses the same words
in another sense must not. Each sentence is reviewed alone under a neutral heading, as in
`test_review_unseen_families.py`, so no heading lends it weight.
"""

from __future__ import annotations

import pytest

from voute.review import review_text

FOUND: list[tuple[str, str]] = [
    # service levels: percentages of on-time work, availability windows, downtime thresholds, measured response
    # times, turnaround commitments, KPIs measured on a stated period
    ("service_levels", "Carrier shall achieve an on-time delivery rate of at least ninety-five percent (95%) of all "
     "scheduled shipments each month."),
    ("service_levels", "Vendor shall maintain a performance level of not less than 98% of orders picked and packed "
     "on the day they are received."),
    ("service_levels", "Not less than 90% of the parcels shall be delivered on time, measured over each calendar "
     "month."),
    ("service_levels", "The Hosted Platform shall be accessible to end users 24 hours a day, seven days a week, "
     "except during announced maintenance windows."),
    ("service_levels", "If the portal is unavailable for more than eight (8) consecutive hours, the Client may "
     "suspend its payments."),
    ("service_levels", "Downtime shall not exceed a total of four hours in any calendar month."),
    ("service_levels", "Page response times shall be measured weekly and shall not exceed three seconds on average."),
    ("service_levels", "The Bureau shall process claims with a turnaround time of no more than five (5) business "
     "days from receipt."),
    ("service_levels", "The Key Performance Indicators shall be measured and reported to the Customer each calendar "
     "month."),
    ("service_levels", "The Operator shall respond to each Severity 1 ticket within *** hours of its logging."),
    # penalties: service-level credits, credits against the next invoice, fee reductions per period of delay
    ("penalties", "Any Service Level Credits earned in a month shall be shown on the following month's invoice."),
    ("penalties", "Where availability falls below the target, Provider shall credit 5% of the hosting charges "
     "against the next invoice."),
    ("penalties", "The monthly fee shall be reduced by one percent for each full day of delay in restoring the "
     "service."),
    ("penalties", "For each hour of downtime beyond the allowance the Supplier shall refund two percent of the "
     "monthly charges."),
    ("penalties", "If the Contractor fails to meet a Service Level, the Authority is entitled to a reduction in the "
     "monthly charges as set out below."),
    # change procedure: changes to the specification implemented by altering the services, requests for extra
    # services priced by negotiation, variations with a costed procedure, amendments to a statement of work
    ("change_procedure", "Once the parties agree on a revised specification, the Contractor shall adjust the "
     "services to accommodate the revised requirements."),
    ("change_procedure", "The Agency will consider in good faith any request by the Retailer for an additional "
     "service, at fees to be negotiated between them."),
    ("change_procedure", "Variations to the Services requested by the Buyer shall be quoted by the Seller, with "
     "their effect on price and timetable, before they are carried out."),
    ("change_procedure", "Any amendment to a Statement of Work shall be proposed in writing with an estimate of "
     "its cost impact."),
    ("change_procedure", "A service omitted from Schedule A may be added at the request of the Client on terms "
     "and fees agreed between the parties."),
    # staff: named people acceptable to the client, removal on request, background screening
    ("staff", "The Provider shall assign two network engineers reasonably acceptable to the Operator to the "
     "account."),
    ("staff", "On the Bank's reasonable request, Vendor shall promptly remove any individual from the team "
     "serving the Bank."),
    ("staff", "Every agent assigned to the program shall pass a criminal background check and a drug screen "
     "before starting work."),
]  # fmt: skip

NOT_FOUND: list[tuple[str, str]] = [
    # service levels: a dispute settled within a period, a person's share of time, a bare round-the-clock line
    ("service_levels", "If the parties cannot settle the dispute, an accounting firm shall resolve it within "
     "thirty (30) days."),
    ("service_levels", "A benefits assistant will be available (40%) to help the Buyer under a secondment "
     "agreement."),
    ("service_levels", "Customers may call the toll-free number for help, which is free for the first month."),
    ("service_levels", "Force majeure shall excuse a delay that lasts for more than thirty days."),
    # penalties: liquidated damages on shares owed late, a volume credit, an early-termination payment
    ("penalties", "If the Issuer fails to deliver the legal opinion for the removal of the legend within ten days, "
     "it shall pay liquidated damages of 2% interest per month on the value of the shares."),
    ("penalties", "Customer may cancel at any time, subject to an early termination penalty of two monthly fees."),
    ("penalties", "Volume credits are granted when the Customer orders more than ten thousand units a year."),
    ("penalties", "C. Service Level Credits. [***]"),
    ("penalties", "A volume discount and a reduction in the fees apply when the Client pays late."),
    # change procedure: a bare written-form clause, a variation with nothing more
    ("change_procedure", "This Agreement may be amended only by a written instrument signed by both parties."),
    ("change_procedure", "The parties may agree to a variation of who performs the pick-up and the delivery."),
    ("change_procedure", "The Customer may request additional copies of the user manual at no charge."),
    # staff: not soliciting customers or freight, an accountant acceptable to both
    ("staff", "Carrier agrees not to directly or indirectly solicit freight from the existing customers of the "
     "Shipper."),
    ("staff", "An independent accountant reasonably acceptable to both parties shall audit the royalty reports."),
]  # fmt: skip


@pytest.mark.parametrize(("label", "sentence"), FOUND)
def test_outsourcing_family_found(label: str, sentence: str) -> None:
    report = review_text(f"Article 4\n{sentence}\n", lang="en")
    assert report.label(label).present, (label, report.label(label).score)


@pytest.mark.parametrize(("label", "sentence"), NOT_FOUND)
def test_outsourcing_look_alike_not_found(label: str, sentence: str) -> None:
    report = review_text(f"Article 4\n{sentence}\n", lang="en")
    assert not report.label(label).present, (label, report.label(label).score)


def test_staff_non_solicitation_of_employees_still_found_beside_customers() -> None:
    """Damping the solicitation of customers must not hide a clause that also protects employees."""
    sentence = (
        "During the term neither party shall solicit the customers of the other, nor hire any employee of the other "
        "who worked on the services."
    )
    assert review_text(f"Article 4\n{sentence}\n", lang="en").label("staff").present
