"""Outsourcing wording families (issue 7, fourth pass): service levels, penalties, change procedure and staff.

The held-out outsourcing contracts miss mostly these four labels. Each family below is a kind of wording a US or
UK outsourcing contract uses for the topic, written in our own words with invented names and figures (never a
sentence of a real contract): a sentence of the family must be found, and a look-alike that uses the same words
in another sense must not. Each sentence is reviewed alone under a neutral heading, as in
`test_review_unseen_families.py`, so no heading lends it weight.
"""

from __future__ import annotations

import pytest

from review_fixtures import one_clause
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


def test_staff_non_solicitation_of_employees_still_found_beside_customers() -> None:
    """Damping the solicitation of customers must not hide a clause that also protects employees."""
    sentence = (
        "During the term neither party shall solicit the customers of the other, nor hire any employee of the other "
        "who worked on the services."
    )
    assert review_text(f"Article 4\n{sentence}\n", lang="en").label("staff").present


# Issue 7, CUAD service contracts set 4: price revision, data protection, renewal, continuity, subcontracting, exit
# and audits, from the misses of sets 3-4. Sentences in our own words, invented names and figures.
FOUND_SERVICES4: list[tuple[str, str]] = [
    # price revision: a passive on the price, the change named by a noun, a capped increase, a price set again
    # for each year or each renewal period
    ("price_revision", "The hourly rate shall be subject to adjustment once a year on thirty days' written notice."),
    ("price_revision", "Any adjustments to the Consultant's compensation shall be notified in writing at least two "
     "weeks in advance."),
    ("price_revision", "The Maintenance Fee shall be reviewed by both parties every twelve months."),
    ("price_revision", "Support may be renewed for another year, subject to adjustments proposed by the Vendor not "
     "to exceed 4% per year."),
    ("price_revision", "The unit price will be agreed by the parties at the beginning of each calendar year."),
    ("price_revision", "The fees payable during any renewal term shall be as mutually agreed by the parties."),
    ("price_revision", "The Supplier may make modifications to product pricing where raw material costs rise "
     "sharply."),
    ("price_revision", "The Host may change its rates for any renewal term, but rates may not increase by more than "
     "eight percent (8%)."),
    # data protection: US financial privacy, privacy statutes by name, safeguards and breaches of customer data
    ("data_protection", "The Agent may release non-public personal information of shareholders only as the Gramm "
     "Leach Bliley Act permits."),
    ("data_protection", "Each party shall comply with Regulation S-P in handling information about the Fund's "
     "investors."),
    ("data_protection", "Both parties shall comply with the obligations imposed by the Data Protection Act 2018."),
    ("data_protection", "The Vendor shall maintain safeguards against unauthorized access to Customer Data held on "
     "its systems."),
    ("data_protection", "If the Host learns of a breach of security affecting client data it shall investigate and "
     "remedy it at once."),
    # renewal: an evergreen basis named as such
    ("renewal", "This Agreement runs on an evergreen basis until either party gives ninety days' notice."),
    # continuity: contingency facilities, a backup at a set rhythm, redundant links, service kept during a strike
    ("continuity", "The Agent shall maintain contingency facilities and procedures to limit any disruption of the "
     "services."),
    ("continuity", "The Host will back up all data files at least once each day and keep the copies away from the "
     "main server."),
    ("continuity", "The Provider will maintain redundant connections to the Internet over two separate carriers."),
    ("continuity", "During any strike of its drivers the Carrier's services will continue to be provided by a "
     "substitute carrier acceptable to the Shipper."),
    ("continuity", "The Vendor shall make periodic back-ups of the customer's files."),
    # exit: information transfer, disposition of records, buying the software, use after the end, shipping back
    ("exit", "Upon termination, the Consultant shall carry out the information transfer reasonably required by the "
     "Company."),
    ("exit", "Before this agreement terminates, the Client shall give written instructions on the disposition of "
     "its records."),
    ("exit", "If the Host terminates this agreement, the Customer will have the right to purchase a licensed copy "
     "of the software for $9,000."),
    ("exit", "If this Agreement is terminated for any reason, the Station may continue to use the studio, on the "
     "same footing as before, for three months following the date of termination."),
    ("exit", "Within five days after termination the Licensee shall ship to the Licensor all documentation relating "
     "to the licensed technology."),
    # subcontracting: delegation of duties, work handed to third parties
    ("subcontracting", "Neither party shall delegate the performance of its duties under this Agreement without the "
     "other party's prior written consent."),
    ("subcontracting", "The Manufacturer has no right to assign or delegate its obligations under this Agreement."),
    ("subcontracting", "Without the Shipper's approval the Carrier shall not transfer the carriage of parcels on the "
     "agreed route to any third party."),
    ("subcontracting", "Each Provider may engage its affiliates or other third parties to provide some or all of the "
     "Services, subject to the Recipient's consent."),
    # audits: inspection by the customer's representatives, progress and performance reports, status logs
    ("audits", "The Client's representatives may board any vessel at a convenient port to inspect its logs and "
     "confirm compliance with this Agreement."),
    ("audits", "The Consultant shall keep the Company informed as to the progress of the work and deliver written "
     "reports on request."),
    ("audits", "The Supplier shall provide reports relating to the performance of the services each quarter."),
    ("audits", "Vendor will send Customer a weekly status log of open support requests."),
]  # fmt: skip

NOT_FOUND_SERVICES4: list[tuple[str, str]] = [
    # price revision: a promise not to raise fees, a journal listed in a database, share prices, firm prices
    ("price_revision", "Each Provider may upgrade a Service in a manner that does not materially increase the fees "
     "payable for it."),
    ("price_revision", "The journal is indexed in the main medical databases."),
    ("price_revision", "Any increase in the price of the Shares after the closing date shall not change the number "
     "of Shares issued."),
    ("price_revision", "Invoices will be reviewed by the Client's finance team before payment."),
    # data protection: a reservation under the statute, an incident about business secrets only
    ("data_protection", "Subject to any restrictions under the Data Protection Act, the Seller shall give the Buyer "
     "a list of the transferring employees."),
    ("data_protection", "Each party shall notify the other of any security incident involving the other party's "
     "Confidential Information."),
    # renewal: a deadline pushed back, a term's length as a condition, other contracts, a name
    ("renewal", "If an arbitration delays an action, the period for taking it shall automatically be extended by "
     "the number of days the arbitration lasts."),
    ("renewal", "If the Term extends beyond five years, the reduced rate shall no longer apply."),
    ("renewal", "To the Seller's knowledge no counterparty intends to refuse to renew any contract upon expiry of "
     "its term."),
    ("renewal", "The plans cover the Evergreen Packaging pension plan and the retiree health plan."),
    # continuity: backups deleted at the end, a service continued during notice
    ("continuity", "Upon termination the Host will delete all backups of the Customer's files."),
    ("continuity", "The dealer shall continue to provide the services during the notice period."),
    # exit: buying more licences, a transfer rate, using marks during the term
    ("exit", "The Customer has the right to purchase additional licences at the prices in Schedule B."),
    ("exit", "The data transfer rate of the line is ten megabits per second."),
    # subcontracting: the customer delegating powers to the provider, a committee, data sent by the customer
    ("subcontracting", "The Manager hereby delegates to the Adviser all powers needed to manage the fund."),
    ("subcontracting", "The committee may delegate its powers to a sub-committee."),
    ("subcontracting", "The Customer may transfer the data to any third party of its choice."),
    # audits: the shareholders' annual meeting and its costs
    ("audits", "Agent may charge travel expenses for annual meetings and postage for proxy mailings."),
    ("audits", "The Company shall hold its annual meeting of stockholders in May."),
]  # fmt: skip


# Set 5 of the CUAD service contracts (issue 7): sentences in our own words for the families its misses showed.
FOUND_SERVICES5 = [
    # pricing: the price named by what the client pays for the service, a billing party, T&M, a free service
    ("pricing", "The Client shall pay the Adviser for the Services at the hourly rate set out in the Annex."),
    ("pricing", "Each fund shall pay the Manager a fee at an annual rate of 0.40% of its average net assets."),
    ("pricing", "The rates and surcharges to be paid by the Shipper for the haulage are those of the tariff."),
    ("pricing", "In consideration of the services rendered, the Agent shall receive a commission on each sale."),
    ("pricing", "The Bottler shall charge the Brand Owner the conversion cost listed in Schedule C."),
    ("pricing", "The work is done on a time and materials basis, capped at the amount in the order."),
    ("pricing", "No payment is due from the Broadcaster to the Station for carrying the programmes."),
    # services: the service named by its own verb
    ("services", "The Packer shall produce the products listed in Annex 1 for the Brand Owner at its plant."),
    ("services", "The Carrier agrees to receive the goods at the depot each day and to deliver them to the stores."),
    ("services", "The Pipeline agrees to transport and redeliver the gas at the delivery point."),
    ("services", "Distributor will act as principal underwriter for the sale of the shares of the fund."),
    ("services", "The Station shall broadcast the network programs every weekday evening."),
    # service levels: a deadline before the provider's act
    ("service_levels", "Within two (2) months of signature, the Developer shall launch the ordering site."),
    ("service_levels", "No later than the date in the project plan, Supplier shall deliver the test scripts."),
]  # fmt: skip

NOT_FOUND_SERVICES5 = [
    # pricing look-alikes: interest charged, paying a third party's services, batteries
    ("pricing", "The Bank shall charge interest on any overdue balance at the legal rate."),
    ("pricing", "Each party shall pay for the services of its own counsel."),
    # services look-alikes: producing documents, acting as a witness
    ("services", "The Client shall produce the documents requested by the auditors."),
    # service levels: a deadline after the end of the contract, a payment deadline
    ("service_levels", "Within thirty days after termination, the Supplier shall deliver all records to the Client."),
    ("service_levels", "Within ten days of the invoice, the Client will complete the payment by transfer."),
    # staff: an independent contractor "not as an employee" is no hiring ban
    ("staff", "The Administrator acts as an independent contractor and not as an employee of the Trust."),
]  # fmt: skip


# Set 6 (issue 7, after the first-sight measure of the sixth set of service contracts): pay named by the paying
# verb, fees changed on notice, express renewal by a new joint decision, confidentiality kept in other verbs,
# monitoring by the provider's own status reports or regular meetings, and qualified staff.
FOUND_SERVICES6 = [
    ("pricing", "The Publisher shall pay to the Agent sales commissions equal to eight percent of net receipts."),
    ("pricing", "The Sponsor will pay compensation to the Reseller on each policy it sells."),
    ("price_revision", "The hourly rate stated above may be prospectively increased or decreased by the Client on "
     "thirty days' notice."),
    ("price_revision", "The Insurer may change the commission schedules at any time by written notice."),
    ("renewal", "This Agreement ends on 30 June and may be extended upon mutual written agreement of the parties."),
    ("renewal", "Unless ended earlier or extended by mutual agreement between the parties, the contract shall run "
     "for two years."),
    ("confidentiality", "The Carrier shall guarantee observance of confidentiality in respect of all shipping data "
     "received."),
    ("confidentiality", "The Bureau agrees to maintain the confidentiality of the client files it handles."),
    ("audits", "The Adviser shall report the results of its work to the Fund whenever the Fund asks."),
    ("audits", "The Forwarder shall give the Owner information on the status of execution of this Contract."),
    ("audits", "The two account leads shall meet on a regular basis to review the call-centre team's work."),
    ("staff", "The Dealer will choose persons who are trained and qualified to sell the policies."),
    ("staff", "Only suitably qualified technicians shall be assigned to the site."),
]  # fmt: skip

NOT_FOUND_SERVICES6 = [
    # pricing: paying one's own lawyer, an arbitrator's fees
    ("pricing", "Each side shall pay the fees of its own attorneys in any claim."),
    # price revision: an interest rate that moves, a price that may not rise
    ("price_revision", "The interest rate on the loan may be adjusted by the lender each quarter."),
    ("price_revision", "The fees may not be increased during the first year."),
    # renewal: a deadline or a cure period pushed back by agreement
    ("renewal", "The deadline for the first report may be extended by mutual agreement of the parties."),
    # audits: the board's own meetings, the company's results of operations
    ("audits", "The Board of Trustees shall meet on a regular basis to approve the accounts."),
    # staff: the customer's own contact persons, a company qualified to do business
    ("staff", "The Licensee shall appoint support contacts, trained and qualified, to act as its liaison."),
    ("staff", "The Supplier is duly qualified to do business in the State of Ohio."),
]  # fmt: skip


# Eighth set of CUAD service contracts (issue 7): families read from its misses and false alarms, in our own words.
FOUND_SERVICES8: list[tuple[str, str]] = [
    # exit: a deposit or a stock handed back at the end, past clause numbers with dots
    ("exit", "Upon termination under clauses 7.2 or 7.4 the escrow agent will deliver the deposited material to the "
     "owner."),
    ("exit", "Upon expiry of this Agreement the Packer shall return all remaining samples to the Brand."),
    # dispute resolution: a disagreement settled by an independent body; an invoice quarrel that goes to arbitration
    ("dispute_resolution", "If the parties disagree on a test result, they shall refer the disagreement for decision "
     "by an independent testing laboratory, whose finding shall bind them."),
    ("dispute_resolution", "Any dispute over an invoice that the parties cannot reconcile shall be settled by "
     "arbitration in Geneva."),
    # liability: a carve-out naming a section by its heading, with no incorporation
    ("liability", "Except for claims under Section 9 (Indemnification), neither party shall be liable for lost "
     "profits."),
    # duration: the contract's own term still counts
    ("duration", "This Agreement shall remain in full force and effect until 31 December 2027."),
    # change procedure: the customer asking for a change to the process or the facilities, cost to follow
    ("change_procedure", "The Buyer may request reasonable changes to the manufacturing process, and the Maker shall "
     "give an estimate of their cost."),
    ("change_procedure", "If the Shipper requires an expansion of the pipeline network, it shall send a written "
     "request so that the Carrier can estimate the cost."),
    # services: making to the specifications, selling as a service
    ("services", "Each lot is to be made by the Maker, who will manufacture in accordance with the current GMP."),
    ("services", "The Retailer shall use reasonable efforts to display, promote and sell the products in all its "
     "shops."),
    # pricing: a periodic payment set as a share of a price
    ("pricing", "The Retailer shall pay to the Brand on a monthly basis an amount equal to forty percent of the "
     "net sales."),
    # subcontracting: the provider appointing another firm to do its work, with the customer's approval
    ("subcontracting", "The Operator may appoint a qualified third party to operate and maintain the plant, "
     "subject to the Owner's prior written approval."),
    # staff: the provider's people trained for the work
    ("staff", "All technicians working on the units whose tasks must follow the written assembly and inspection "
     "standards have been properly trained in them."),
    # confidentiality: no passing on of what the other side marked as confidential
    ("confidentiality", "Neither party shall give to any outsider any data that the other party has marked as "
     "confidential, nor disclose any note marked as confidential."),
]  # fmt: skip

NOT_FOUND_SERVICES8 = [
    # dispute resolution: a disputed invoice paid in part and talked over
    ("dispute_resolution", "If the Customer disputes any portion of an invoice, the parties shall use good faith "
     "efforts to reconcile the disputed amounts."),
    ("dispute_resolution", "The Shipper may withhold payment of amounts it disputes in good faith."),
    ("dispute_resolution", "The samples shall be sent to an independent laboratory for analysis."),
    # service levels: when a notice counts as received
    ("service_levels", "A notice sent by overnight courier shall be deemed to be duly given on the next business day "
     "after dispatch."),
    # liability and force majeure: another agreement's clauses pulled in by a list of their headings
    ("liability", "Sections 8.2 (Limitation of Liability), 9 (Indemnification) and 12.2 (Force Majeure) of the "
     "Licence Agreement are incorporated herein by reference."),
    ("force_majeure", "Sections 8.2 (Limitation of Liability), 9 (Indemnification) and 12.2 (Force Majeure) of the "
     "Licence Agreement are incorporated herein by reference."),
    # duration: an amendment's closing words and its own start date
    ("duration", "Except as amended above, all other terms of the Agreement shall remain in full force and effect."),
    ("duration", "This Amendment No. 2 (the \"Amendment\") between the two companies is effective as of March 3, "
     "2021."),
    # renewal: the time to perform pushed back while an excusing event lasts
    ("renewal", "The time for performance shall be extended for a period equal to the duration of the delay."),
    # staff: an arbitrator's helper, the customer's own users
    ("staff", "The arbitrator may appoint a suitably qualified expert to assist him."),
    ("staff", "The customer's own employees who will use the new ordering portal at its many branch offices every "
     "day shall be properly trained."),
    # change procedure: a request that changes nothing
    ("change_procedure", "The Buyer may request copies of the batch records at any time."),
    # services: a bar on selling outside the territory
    ("services", "The Distributor shall not market or sell the products outside the territory."),
    # pricing: a wage
    ("pricing", "The Company shall pay to the Executive on a monthly basis an amount equal to his base salary."),
    # subcontracting: the customer's own auditor
    ("subcontracting", "The Owner may appoint a third party to audit the plant once a year."),
    # confidentiality: a disclosure allowed
    ("confidentiality", "The Bank may disclose a note marked as confidential when a court orders it."),
]  # fmt: skip


# Ninth set of CUAD service contracts (issue 7): families read from its misses and false alarms, in our own words.
FOUND_SERVICES9: list[tuple[str, str]] = [
    # exit: the customer's goods handed to it or its nominee at the end, help to move the business on, winding down
    ("exit", "Upon expiry or termination of this Agreement, all vials of the Buyer held by the Maker shall be at the "
     "Buyer's disposal and the Maker shall deliver them to the Buyer or its designee."),
    ("exit", "Upon termination the Supplier shall cooperate with the Customer in the transition of the business in a "
     "manner that causes no disruption to its operations."),
    ("exit", "Following termination, the parties will unwind the arrangement and exit the agreement as soon as "
     "practicable and within ninety days."),
    # price revision: prices negotiated again each period
    ("price_revision", "The unit prices will be negotiated and revised every third month."),
    # renewal: an extension only by written agreement, worded "extension to"
    ("renewal", "The initial term shall end on 31 March 2031 unless the parties mutually agree in writing any "
     "extension to the initial term."),
    # change procedure: notice and consultation before the maker changes its process
    ("change_procedure", "The Maker shall give reasonable notice to the Buyer and consult with it before it makes any "
     "material change in a manufacturing process."),
    # continuity: a redundancy plan for the tools that make the goods
    ("continuity", "The Maker shall develop, implement and maintain a redundancy plan for the moulds and tooling used "
     "to make the units."),
    # confidentiality: the passive "shall be held confidential and shall not be divulged"
    ("confidentiality", "All data obtained by a party under this Agreement shall be held confidential and shall not "
     "be divulged to any third party."),
    # services: the provider answerable for making the goods; an appointment accepted as an agent for a task
    ("services", "The Refiner shall be responsible for the sourcing and production of the fuel and shall sell it to "
     "the Trader."),
    ("services", "The Trust hereby appoints the Bank, and the Bank hereby accepts such appointment, as the exclusive "
     "auction agent of the notes."),
]  # fmt: skip

NOT_FOUND_SERVICES9 = [
    # exit: an ordinary delivery, an onboarding transition, a market position closed
    ("exit", "The Supplier shall deliver the goods to the Buyer or its designee within ten days of each purchase "
     "order."),
    ("exit", "During the first ninety days the Supplier shall cooperate with the Customer in the transition of the "
     "services from its own staff."),
    ("exit", "The Fund may unwind its hedge positions at any time and exit the market when prices fall."),
    # price revision: a price set once
    ("price_revision", "The prices will be negotiated and agreed in the first statement of work."),
    # renewal: a warranty extended
    ("renewal", "The Supplier grants an extension to the term of the warranty for the repaired parts."),
    # change procedure: a change of address
    ("change_procedure", "Before making any change to its address for notices, a party shall notify the other."),
    # continuity: job cuts
    ("continuity", "The Employer shall consult the staff representatives on any redundancy plan affecting "
     "employees."),
    # confidentiality: a meeting held about a draft
    ("confidentiality", "The Buyer held a meeting with the Seller to discuss the confidential draft."),
    # services: an agent for service of process, a customer's own production
    ("services", "Each party hereby accepts such appointment as its agent for service of process in New York."),
    ("services", "The Buyer shall be responsible for the production of all advertising material for its shops."),
    # penalties: damages agreed for hiring away the other side's people
    ("penalties", "If either party solicits any employees of the other in breach of this section, it shall pay to "
     "the other as liquidated damages an amount equal to twice the person's annual salary."),
]  # fmt: skip


# The CUAD service contract sets 4, 5, 6, 8 and 9, reviewed as one-clause English documents.
FOUND_SERVICES = FOUND_SERVICES4 + FOUND_SERVICES5 + FOUND_SERVICES6 + FOUND_SERVICES8 + FOUND_SERVICES9
NOT_FOUND_SERVICES = (
    NOT_FOUND_SERVICES4
    + NOT_FOUND_SERVICES5
    + NOT_FOUND_SERVICES6
    + NOT_FOUND_SERVICES8
    + NOT_FOUND_SERVICES9
)


# Every family sentence of the file, reviewed as a one-clause English document.
@pytest.mark.parametrize(("label", "sentence"), FOUND + FOUND_SERVICES)
def test_outsourcing_family_found(label: str, sentence: str) -> None:
    present, score = one_clause(label, sentence, "en")
    assert present, (label, score)


@pytest.mark.parametrize(("label", "sentence"), NOT_FOUND + NOT_FOUND_SERVICES)
def test_outsourcing_look_alike_not_found(label: str, sentence: str) -> None:
    present, score = one_clause(label, sentence, "en")
    assert not present, (label, score)
