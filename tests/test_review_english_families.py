"""English wording families for the labels most missed on unseen contracts (issue 7, proactive audit).

Sentences written in our own words across drafting styles: SEC-filed agreements, master services agreements and
statements of work, US public-sector contracts (task orders, Contracting Officer, performance work statement),
UK public-sector contracts, online terms ("we", "you"), SLAs and processor addenda; figures in digits and in words,
abbreviations (SOW, KPI, RTO/RPO, NBD) and table rows. Each positive sentence must make its label present when
reviewed alone under a neutral heading; each look-alike uses the label's words in another sense (a warranty
period, "amended only in writing", late-payment interest, the customer's own backups, assignment of the contract)
and must not. The audit figures (recall and false alarms before and after) are in docs/review.md.
"""

from __future__ import annotations

import pytest

from review_fixtures import one_clause

FOUND: list[tuple[str, str]] = [
    # (label, sentence)
    ("services", "Company hereby engages Consultant to provide the advisory services described in Exhibit A."),
    ("services", "Supplier shall provide the Services to Customer in accordance with this Agreement and each "
     "Statement of Work."),
    ("services", "The Contractor shall furnish all labor, materials and equipment necessary to perform the work "
     "described in the Performance Work Statement."),
    ("services", "We will host, operate and maintain the Platform and make it available to you over the internet."),
    ("services", "Vendor agrees to perform the implementation, configuration and training services set forth in the "
     "applicable SOW."),
    ("services", "The Services consist of inbound call handling, email and chat support for Customer's subscribers."),
    ("services", "Provider will operate a help desk that answers Customer's end users by telephone and email."),
    ("services", "The scope of work includes the design, development, testing and deployment of the mobile "
     "application."),
    ("services", "Contractor shall deliver the Deliverables listed in Attachment 1 on or before the dates stated "
     "there."),
    ("services", "Under each task order, the Contractor will supply qualified personnel to perform software "
     "maintenance."),
    ("services", "The parties agree that Service Provider will manage Client's payroll processing for all its "
     "employees."),
    ("services", "Supplier will render the cleaning services at the premises listed in Schedule 2 five days a week."),
    ("services", "The Contractor is to provide facilities management services at the Authority's sites."),
    ("services", "Licensor shall provide Licensee with maintenance and technical support for the Software."),
    ("services", "Consultant will undertake the tasks described in the Proposal attached as Appendix B."),
    ("services", "Customer outsources to Provider the handling of its accounts receivable collections."),
    ("services", "The Supplier shall perform the Services with reasonable skill and care and in accordance with Good "
     "Industry Practice."),
    ("services", "Services shall comply with ISO 9001 and with the standards listed in the Specification."),
    ("services", "Our support team will answer your questions about the Service by email during business hours."),
    ("services", "The Vendor will be responsible for receiving, storing and shipping Customer's products from its "
     "warehouse."),
    ("services", "Contractor shall process all claims submitted by plan members and respond to their inquiries."),
    ("services", "The deliverables under this SOW are a requirements document, a test plan and a go-live report."),
    ("services", "Provider shall staff and run a customer contact center that handles Customer's inbound calls."),
    ("services", "The Supplier undertakes to supply the hosting, backup and monitoring services described in Schedule "
     "1."),
    ("services", "Services include: (a) first-line support; (b) incident management; (c) monthly reporting."),
    ("services", "Company retains the Consultant to advise on the migration of its data center."),
    ("service_levels", "Provider shall ensure that the Service is available 99.9% of the time in each calendar month."
     "Provider shall ensure that the Service is available 99.9% of the time in each calendar month."),
    ("service_levels", "| Severity 1 | 4 hours |"),
    ("service_levels", "Supplier shall respond to Priority 1 incidents within thirty (30) minutes, 24x7."),
    ("service_levels", "At least 80% of calls shall be answered within 20 seconds."),
    ("service_levels", "The Monthly Uptime Percentage will be at least 99.95%."),
    ("service_levels", "Average Speed of Answer shall not exceed sixty (60) seconds in any month."),
    ("service_levels", "Contractor shall restore the system within four hours of notification of a critical failure."
     "Contractor shall restore the system within four hours of notification of a critical failure."),
    ("service_levels", "Key Performance Indicators: KPI 1 calls answered 90%; KPI 2 complaints closed within 5 days."
     "Key Performance Indicators: KPI 1 calls answered 90%; KPI 2 complaints closed within 5 days."),
    ("service_levels", "Service Level: email response within one (1) Business Day for 95% of emails."),
    ("service_levels", "Vendor shall resolve Severity 2 issues within 8 business hours and Severity 3 issues within "
     "five business days."),
    ("service_levels", "Hardware replacement will be delivered on a next business day (NBD) basis."),
    ("service_levels", "The Supplier shall meet the milestones set out in the Implementation Plan, with go-live no "
     "later than 1 March 2026."),
    ("service_levels", "Accuracy of processed invoices shall be no less than 99.5% each quarter."),
    ("service_levels", "We aim to keep the Service up 99.5% of the time, excluding scheduled maintenance."),
    ("service_levels", "The RTO for the core platform is four (4) hours and the RPO is fifteen (15) minutes."),
    ("service_levels", "Customer satisfaction score (CSAT) shall be at least 85% on the monthly survey."),
    ("service_levels", "Turnaround time for standard orders shall be two (2) working days."),
    ("service_levels", "Contractor shall complete Phase 1 within ninety (90) days after the Notice to Proceed."),
    ("service_levels", "Downtime shall not exceed 43 minutes per month."),
    ("service_levels", "The first response time to support tickets is 2 hours for urgent tickets and 8 hours for "
     "normal ones."),
    ("service_levels", "Provider will acknowledge each incident within 15 minutes and provide a workaround within 4 "
     "hours."),
    ("service_levels", "Service Levels: Availability 99.8%; Incident resolution P1 4h; P2 1 business day."),
    ("service_levels", "The Supplier shall achieve a First Call Resolution rate of not less than seventy-five percent "
     "(75%)."),
    ("service_levels", "All deliveries shall arrive on time in at least 98% of cases, measured monthly."),
    ("service_levels", "Network latency between the data centers shall remain below 50 milliseconds."),
    ("service_levels", "Acceptable Quality Level: no more than 2% of transactions may contain errors."),
    ("penalties", "If Availability falls below 99.9%, Customer shall receive a Service Credit equal to 5% of the "
     "monthly fee."),
    ("penalties", "Service credits: 10% of the monthly charges for each full percentage point below the target."),
    ("penalties", "Contractor shall pay liquidated damages of one thousand dollars ($1,000) for each calendar day of "
     "delay in completion."),
    ("penalties", "For each Service Level Failure, the Supplier shall credit the Customer the amount shown in "
     "Schedule 4."),
    ("penalties", "If we fail to meet the uptime commitment, you will be eligible for a credit toward your next "
     "invoice."),
    ("penalties", "A penalty of 2% of the order value applies per week of late delivery, capped at 10%."),
    ("penalties", "| Availability below 99% | 15% credit |"),
    ("penalties", "The fees for the affected month shall be reduced by 5% for each KPI not achieved."),
    ("penalties", "Should the Vendor miss a Milestone Date, Customer may withhold 10% of the milestone payment."),
    ("penalties", "Delay payments of £500 per day shall be payable by the Supplier for each day the Milestone is "
     "late."),
    ("penalties", "The Contracting Officer may assess liquidated damages for failure to meet the delivery schedule."),
    ("penalties", "Failure to meet the service levels will result in a fee reduction calculated as set out below."),
    ("penalties", "Supplier shall issue a credit note equal to the Service Credits accrued in the quarter."),
    ("penalties", "If response times are missed, Provider will refund a pro rata portion of the support fees."),
    ("penalties", "Performance deductions shall apply where the Contractor does not meet the performance standards."),
    ("penalties", "Customer shall be entitled to a price reduction of 3% for every day the deliverable is overdue."),
    ("penalties", "The total Service Credits in any month shall not exceed twenty percent (20%) of the monthly fees."
     "The total Service Credits in any month shall not exceed twenty percent (20%) of the monthly fees."),
    ("penalties", "At-risk amount: 12% of monthly charges is at risk for missed Critical Service Levels."),
    ("penalties", "In the event of late completion, the Contractor shall pay the Employer damages at the rate stated "
     "in the Contract Data."),
    ("penalties", "Each hour of downtime beyond the allowance entitles the Client to a rebate of 1% of the monthly "
     "fee."),
    ("penalties", "Where a Key Performance Indicator is failed, Service Points accrue and are converted into "
     "deductions from the Charges."),
    ("penalties", "The Supplier shall pay a penalty of EUR 200 for each day the report is delivered late."),
    ("penalties", "If the on-time delivery rate is below 95%, Carrier will discount the next month's freight charges "
     "by 2%."),
    ("penalties", "Credits will be applied against the following invoice for any month in which the SLA is not met."),
    ("penalties", "Failure to achieve the Go-Live Date shall result in liquidated damages equal to 0.5% of the "
     "Contract Price per day."),
    ("change_procedure", "Either party may request a change to the Services by submitting a Change Request to the "
     "other party."),
    ("change_procedure", "Within ten (10) Business Days of receiving a Change Request, Supplier shall provide an "
     "impact assessment of cost, schedule and resources."),
    ("change_procedure", "No change to the scope of work shall be effective until a Change Order is signed by both "
     "parties."),
    ("change_procedure", "The Contracting Officer may, by written order, make changes within the general scope of "
     "this contract, and an equitable adjustment shall be made."),
    ("change_procedure", "Changes to a Statement of Work shall be documented in a change order describing the change "
     "and its effect on fees and timeline."),
    ("change_procedure", "Any proposed Variation shall be dealt with under the Change Control Procedure set out in "
     "Schedule 5."),
    ("change_procedure", "Customer may request additional services; Vendor will provide a written quote and will "
     "perform them only after Customer approves the quote."),
    ("change_procedure", "If a requested change affects the price or delivery schedule, the Contractor shall submit a "
     "proposal for adjustment within thirty (30) days."),
    ("change_procedure", "The Change Control Board shall review and approve or reject each change request."),
    ("change_procedure", "Requests to add or remove locations shall be made in writing and the Fees adjusted "
     "according to the rate card."),
    ("change_procedure", "The parties shall agree any change in scope through the change management process, "
     "including an assessment of the impact on service levels."),
    ("change_procedure", "Client may at any time request modifications to the Deliverables; Consultant shall estimate "
     "the additional time and cost before proceeding."),
    ("change_procedure", "Supplier shall not implement any Change until the Change Note has been signed by authorised "
     "representatives of both parties."),
    ("change_procedure", "We may modify the Services from time to time; if a change materially reduces functionality, "
     "we will notify you and you may terminate."),
    ("change_procedure", "Out-of-scope work will be handled through a written change request approved by the "
     "Customer's project manager."),
    ("change_procedure", "Each amendment to this SOW shall follow the change procedure: request, evaluation, pricing, "
     "approval and signature."),
    ("change_procedure", "Upon receipt of a change request, Provider will analyse its feasibility and effects on "
     "charges and send a proposal within five days."),
    ("change_procedure", "Changes requested by the Authority shall be valued using the rates in the Pricing Schedule."
     "Changes requested by the Authority shall be valued using the rates in the Pricing Schedule."),
    ("change_procedure", "The Customer may vary the quantities of Services by up to 15% by written notice, and the "
     "Charges shall be adjusted pro rata."),
    ("change_procedure", "A Contract Change Note shall set out the change, its reasons, its impact on Charges and any "
     "effect on the Milestones."),
    ("change_procedure", "If Contractor believes that an instruction constitutes a change, it shall notify the "
     "Contracting Officer within 20 days."),
    ("change_procedure", "Any request for an increase in the scope of the services shall be priced and agreed in "
     "writing before the work begins."),
    ("change_procedure", "Emergency changes may be made by Supplier and documented retrospectively through the change "
     "management process within 48 hours."),
    ("change_procedure", "Change requests will be logged, assessed for impact and presented to the steering committee "
     "for approval."),
    ("change_procedure", "Either Party may propose amendments to the Service Descriptions; the proposing Party shall "
     "describe the change and its impact on price and service levels."),
    ("duration", "This Agreement shall commence on the Effective Date and continue for an initial term of three (3) "
     "years."),
    ("duration", "The term of this contract is from 1 January 2025 through 31 December 2027."),
    ("duration", "The Initial Term shall be thirty-six (36) months from the Service Commencement Date."),
    ("duration", "This Agreement will remain in effect for a period of two years unless terminated earlier under "
     "Section 12."),
    ("duration", "The period of performance for this task order is twelve months from the date of award."),
    ("duration", "The Contract shall begin on the Commencement Date and end on the Expiry Date."),
    ("duration", "Your subscription runs for the Subscription Term stated in your Order Form, which is one year."),
    ("duration", "This SOW is effective as of March 1, 2026 and expires on February 28, 2027."),
    ("duration", "The base period of this contract is one year, with four one-year option periods."),
    ("duration", "Unless earlier terminated, this Agreement shall remain in force until the fifth anniversary of the "
     "Effective Date."),
    ("duration", "The Services shall be provided for a period of eighteen (18) months starting on the Go-Live Date."),
    ("duration", "Term: 24 months from the Effective Date."),
    ("duration", "This MSA continues in effect until terminated by either party, and each SOW has its own term."),
    ("duration", "The contract duration shall be four (4) years from the date of signature."),
    ("duration", "This Agreement is entered into for a fixed period ending on 30 June 2028."),
    ("duration", "The engagement will last six months, from April 1 to September 30, 2026."),
    ("duration", "This Agreement takes effect on the date of the last signature and remains valid for 3 years."),
    ("duration", "The Initial Period is five (5) Contract Years."),
    ("duration", "The Term of this Agreement begins on the Effective Date and ends on the date the last Statement of "
     "Work expires."),
    ("duration", "The Framework Agreement will run for a period of four years from its start date."),
    ("duration", "This Agreement shall be effective for one (1) year commencing on the Effective Date."),
    ("duration", "The ordering period for this IDIQ contract is five years after award."),
    ("duration", "The parties agree that this contract shall expire on December 31, 2029."),
    ("duration", "The duration of the Services is 48 months."),
    ("duration", "This Agreement shall continue in full force and effect for an initial period of sixty (60) months."
     "This Agreement shall continue in full force and effect for an initial period of sixty (60) months."),
    ("price_revision", "Fees will increase annually on each anniversary of the Effective Date by the percentage "
     "change in the CPI."),
    ("price_revision", "Supplier may increase its rates once per contract year upon sixty (60) days' prior written "
     "notice."),
    ("price_revision", "The Charges shall be adjusted each January 1 in line with the Consumer Price Index for All "
     "Urban Consumers (CPI-U)."),
    ("price_revision", "We may change our prices at any time by giving you at least 30 days' notice before the change "
     "takes effect."),
    ("price_revision", "Any annual price increase shall not exceed three percent (3%)."),
    ("price_revision", "Prices shall be reviewed every twelve (12) months and revised by mutual agreement."),
    ("price_revision", "The hourly rates in Exhibit B are subject to an annual escalation of 2.5%."),
    ("price_revision", "Upon each renewal, Provider may adjust the subscription fees to its then-current list prices."
     "Upon each renewal, Provider may adjust the subscription fees to its then-current list prices."),
    ("price_revision", "If the cost of fuel increases by more than 10%, Carrier may apply a fuel surcharge."),
    ("price_revision", "Either party may request a renegotiation of the Fees if the Service volumes change by more "
     "than 20%."),
    ("price_revision", "The unit prices shall be indexed annually using the Syntec index."),
    ("price_revision", "The Contract Price is subject to economic price adjustment under the clause incorporated "
     "herein."),
    ("price_revision", "In the second and each following year, the Fees shall rise by the lesser of CPI and 4%."),
    ("price_revision", "If a change in law materially increases the Supplier's costs, the parties shall renegotiate "
     "the Charges in good faith."),
    ("price_revision", "Vendor may revise its pricing at the start of each renewal term with ninety days' notice."),
    ("price_revision", "The rates for each option year are set out in the price schedule, increasing 3% per year."),
    ("price_revision", "The Charges will be indexed on each anniversary in accordance with the formula in Schedule 7."
     "The Charges will be indexed on each anniversary in accordance with the formula in Schedule 7."),
    ("price_revision", "Pricing is fixed for the first 12 months; thereafter it may be increased by up to 5% per "
     "annum."),
    ("price_revision", "Consultant's fees are subject to review on each anniversary of this Agreement."),
    ("price_revision", "Subscription fees may be increased by us no more than once in any twelve-month period."),
    ("price_revision", "Prices shall be adjusted quarterly based on changes in the published wage index."),
    ("price_revision", "Should the price of raw materials rise above the threshold, the parties will meet to agree a "
     "new price."),
    ("price_revision", "The annual fee escalator is 3.5% compounded on each anniversary."),
    ("price_revision", "Following the benchmarking review, the Charges shall be reduced to the benchmark level."),
    ("price_revision", "Provider reserves the right to modify the fees upon written notice of at least two (2) "
     "months."),
    ("exit", "Upon termination or expiry, Supplier shall provide reasonable termination assistance to ensure an "
     "orderly transfer of the Services to Customer or a successor provider."),
    ("exit", "Within thirty (30) days after termination, Provider shall return or delete all Customer Data, at "
     "Customer's election."),
    ("exit", "The Supplier shall prepare and maintain an Exit Plan, which shall be updated annually."),
    ("exit", "At the end of the contract, the Contractor shall cooperate with the successor contractor to ensure "
     "continuity of services during the phase-in/phase-out period."),
    ("exit", "You may export your data at any time up to 60 days after the end of your subscription, after which we "
     "will delete it."),
    ("exit", "Upon expiry, Vendor shall deliver to Customer all work product, documentation and materials relating to "
     "the Services."),
    ("exit", "Transition services shall be provided for up to six (6) months after termination at the rates then in "
     "effect."),
    ("exit", "Processor shall, at the choice of the Controller, delete or return all personal data at the end of the "
     "provision of services."),
    ("exit", "On termination, each party shall return or destroy the other party's Confidential Information."),
    ("exit", "The Contractor shall hand over all records, keys and equipment to the Authority at the end of the "
     "Contract."),
    ("exit", "Following termination, Consultant shall deliver all files and data in a commonly used electronic "
     "format."),
    ("exit", "Reversibility: the Provider shall assist the Client in migrating the hosted applications to a new "
     "provider."),
    ("exit", "Upon termination of this Agreement, Licensee shall cease use of the Software and return all copies."),
    ("exit", "Supplier shall transfer to Customer or its nominee the assets listed in the Exit Plan at net book "
     "value."),
    ("exit", "During the Exit Period, Supplier shall continue to provide the Services and give knowledge transfer to "
     "the Replacement Supplier."),
    ("exit", "After contract end, we will make your data available for download for ninety days."),
    ("exit", "Upon expiration of this Agreement, Provider will certify in writing the destruction of all Customer "
     "Data."),
    ("exit", "Disengagement services: Vendor shall provide the disengagement assistance described in Exhibit F."),
    ("exit", "Upon termination, Contractor shall promptly return all Government-furnished property."),
    ("exit", "Within 15 days of termination the Supplier shall provide a full extract of the database together with a "
     "description of its structure."),
    ("exit", "Provider shall assist in the orderly migration of Customer's domain names and email to another host "
     "after termination."),
    ("exit", "Termination Assistance shall include knowledge transfer, provision of documentation and support for "
     "parallel running."),
    ("exit", "At expiry the Supplier shall return all Client materials and erase any copies held on its systems."),
    ("exit", "The Supplier shall offer employment transfer and handover support to any successor as part of the exit "
     "arrangements."),
    ("exit", "Upon any termination, Vendor will continue to provide the Services for a wind-down period of up to "
     "ninety (90) days if Customer so requests."),
    ("audits", "Customer or its auditors may audit Supplier's records relating to the Services upon thirty (30) days' "
     "notice."),
    ("audits", "Supplier shall provide Customer with a monthly performance report showing its achievement against "
     "each Service Level."),
    ("audits", "The parties shall hold quarterly business reviews to assess performance under this Agreement."),
    ("audits", "The Contractor shall submit weekly progress reports to the Contracting Officer's Representative."),
    ("audits", "A Steering Committee composed of three representatives of each party shall meet monthly."),
    ("audits", "Processor shall make available to the Controller all information necessary to demonstrate compliance "
     "and allow for audits, including inspections."),
    ("audits", "Vendor shall maintain complete and accurate books and records and permit Customer to inspect them "
     "during normal business hours."),
    ("audits", "We will provide you with a copy of our most recent SOC 2 Type II report upon request."),
    ("audits", "The Government shall have the right to inspect and test all services at all places and times during "
     "the term."),
    ("audits", "Provider shall deliver a quarterly report on KPIs, incidents and open actions."),
    ("audits", "Customer may, once per year, conduct an on-site audit of Provider's facilities used to perform the "
     "Services."),
    ("audits", "The Supplier shall attend monthly service review meetings and produce minutes of each meeting."),
    ("audits", "The Comptroller General shall have access to and the right to examine any records of the Contractor "
     "related to this contract."),
    ("audits", "Consultant shall keep timesheets and make them available for review by the Company."),
    ("audits", "An independent auditor appointed by Customer may verify the Charges invoiced under this Agreement."),
    ("audits", "The Contractor shall provide monthly status reports describing progress, issues and risks."),
    ("audits", "Each party shall appoint a relationship manager, and the relationship managers shall meet at least "
     "quarterly to review service performance."),
    ("audits", "Supplier shall permit the regulator to access its premises, personnel and records relating to the "
     "outsourced services."),
    ("audits", "Provider shall furnish such reports as Client may reasonably require regarding the performance of the "
     "Services."),
    ("audits", "Customer shall have the right to monitor call quality by listening to recorded calls and joining live "
     "calls."),
    ("audits", "A governance committee will review the SLA dashboard and decide on corrective action plans."),
    ("audits", "Subject to reasonable notice, Licensor may audit Licensee's use of the Software to verify compliance."
     "Subject to reasonable notice, Licensor may audit Licensee's use of the Software to verify compliance."),
    ("audits", "The Vendor shall provide an annual independent audit report on its internal controls (SSAE 18)."),
    ("audits", "Supplier will produce a daily activity log and a monthly summary of volumes handled."),
    ("audits", "The Authority may carry out performance monitoring of the Services and the Contractor shall cooperate "
     "fully."),
    ("continuity", "Supplier shall maintain a business continuity and disaster recovery plan and test it at least "
     "annually."),
    ("continuity", "Provider shall back up Customer Data daily and retain backups for thirty (30) days."),
    ("continuity", "The Recovery Time Objective (RTO) is 4 hours and the Recovery Point Objective (RPO) is 1 hour."),
    ("continuity", "The Contractor shall have a contingency plan to continue essential services during a crisis or "
     "pandemic."),
    ("continuity", "Vendor shall maintain a secondary data center capable of restoring the Services within 24 hours "
     "of a disaster."),
    ("continuity", "We keep redundant copies of your data in geographically separate locations."),
    ("continuity", "The BCP shall be reviewed annually and the results of each DR test shall be reported to Customer."
     "The BCP shall be reviewed annually and the results of each DR test shall be reported to Customer."),
    ("continuity", "In the event of a disaster, Supplier shall implement its Disaster Recovery Plan and restore the "
     "Services in accordance with the recovery objectives."),
    ("continuity", "Provider will perform full weekly backups and incremental nightly backups of all hosted systems."
     "Provider will perform full weekly backups and incremental nightly backups of all hosted systems."),
    ("continuity", "The Contractor shall ensure the continuity of the Services, including during strikes, by "
     "maintaining backup staff."),
    ("continuity", "Supplier shall maintain resilient infrastructure with no single point of failure for critical "
     "components."),
    ("continuity", "Backups are encrypted and stored offsite, and restore tests are carried out quarterly."),
    ("continuity", "Vendor must have failover capability so that a site outage does not interrupt call handling for "
     "more than one hour."),
    ("continuity", "Provider shall maintain uninterruptible power supplies and backup generators at each facility."),
    ("continuity", "The Business Continuity Plan shall describe how the Supplier will continue to deliver the "
     "Services if its main site is unavailable."),
    ("continuity", "Customer may participate in Supplier's annual disaster recovery test."),
    ("continuity", "Contractor shall provide a continuity of operations plan (COOP) within 30 days of award."),
    ("continuity", "Data replication to the standby environment shall occur at least every 15 minutes."),
    ("continuity", "Supplier shall test restoration of backups at least twice a year and report the results."),
    ("continuity", "The Vendor will maintain business resumption procedures to restore operations after any "
     "interruption."),
    ("continuity", "Provider shall keep an alternate site ready to take over the contact center operations in case of "
     "outage."),
    ("continuity", "If a disaster occurs, the Supplier shall give priority to restoring Customer's services over "
     "those of its other customers."),
    ("continuity", "Daily backups of the database shall be kept for at least seven (7) days."),
    ("continuity", "Supplier will maintain resilience and recovery arrangements in line with ISO 22301."),
    ("continuity", "A crisis management procedure shall be in place to ensure service continuity in case of major "
     "incidents."),
    ("staff", "Supplier shall not replace any Key Personnel without Customer's prior written approval."),
    ("staff", "Contractor shall assign only qualified and experienced personnel to perform the Services."),
    ("staff", "During the term and for twelve (12) months thereafter, neither party shall solicit for employment any "
     "employee of the other party."),
    ("staff", "The parties agree that the transfer of the Services constitutes a relevant transfer under TUPE."),
    ("staff", "Customer may require the removal of any Supplier personnel who is, in Customer's reasonable opinion, "
     "unsuitable."),
    ("staff", "All of Provider's personnel shall remain under Provider's exclusive direction and control."),
    ("staff", "Vendor shall perform background checks on all staff who access Customer systems."),
    ("staff", "The Project Manager named in the SOW shall devote at least 80% of his time to the project."),
    ("staff", "Contractor personnel shall complete security awareness training before accessing Government systems."),
    ("staff", "Consultant shall ensure that its employees hold the certifications required in Appendix C."),
    ("staff", "Supplier shall maintain a stable team and keep staff turnover below 15% per year."),
    ("staff", "Each agent assigned to the program shall speak fluent French and English."),
    ("staff", "Provider shall be solely responsible for the wages, benefits and taxes of its employees."),
    ("staff", "The Contractor shall provide at least twelve (12) full-time equivalent staff during business hours."),
    ("staff", "Key Personnel: Account Manager, Technical Lead and Quality Manager."),
    ("staff", "Supplier shall give Customer thirty days' notice before reassigning any member of the core team."),
    ("staff", "Neither party will hire, directly or indirectly, any employee of the other who worked on the Services."
     "Neither party will hire, directly or indirectly, any employee of the other who worked on the Services."),
    ("staff", "Staff shall wear identification badges and comply with Customer's site rules at all times."),
    ("staff", "Any replacement of personnel shall be with a person of equal or better qualifications, at no cost to "
     "Client."),
    ("staff", "Provider shall train its agents on Customer's products before they handle any calls."),
    ("staff", "The Contractor shall furnish a list of employees working on the premises and update it monthly."),
    ("staff", "Vendor personnel are not employees of Customer and are not entitled to Customer's benefits."),
    ("staff", "Supplier shall comply with all applicable employment laws with respect to its personnel, including "
     "minimum wage laws."),
    ("staff", "Subject to the Acquired Rights Directive, the employees assigned to the services shall transfer to the "
     "Provider."),
    ("staff", "The Consultant shall not substitute the named individual without the Company's consent."),
    ("subcontracting", "Supplier shall not subcontract any of its obligations without Customer's prior written "
     "consent."),
    ("subcontracting", "Contractor may use subcontractors provided it remains fully responsible for their "
     "performance."),
    ("subcontracting", "Processor shall not engage another processor without prior specific or general written "
     "authorisation of the Controller."),
    ("subcontracting", "We use sub-processors listed on our website and will notify you of any new sub-processor at "
     "least 30 days in advance."),
    ("subcontracting", "The Vendor shall flow down the obligations of this Agreement to each of its subcontractors."),
    ("subcontracting", "Approved Subcontractors are listed in Schedule 9."),
    ("subcontracting", "Consultant may not delegate the performance of the Services to any third party without "
     "Company's approval."),
    ("subcontracting", "The Contractor shall notify the Contracting Officer before awarding any subcontract exceeding "
     "$150,000."),
    ("subcontracting", "Provider shall be liable for the acts and omissions of its subcontractors as if they were its "
     "own."),
    ("subcontracting", "Customer may object to a new Subprocessor on reasonable data protection grounds within ten "
     "(10) days of notice."),
    ("subcontracting", "Supplier may subcontract the Services to its Affiliates without consent, but shall remain "
     "liable for them."),
    ("subcontracting", "No portion of the work shall be sublet or subcontracted without the written consent of the "
     "Owner."),
    ("subcontracting", "Any subcontract shall contain provisions consistent with the confidentiality and audit "
     "obligations of this Agreement."),
    ("subcontracting", "The Contractor shall perform at least 50% of the cost of contract performance with its own "
     "employees."),
    ("subcontracting", "Offshore subcontracting of call handling is prohibited."),
    ("subcontracting", "Vendor shall ensure its subcontractors comply with the security requirements in Exhibit D."),
    ("subcontracting", "The Supplier shall pay its subcontractors within thirty (30) days of receipt of a valid "
     "invoice."),
    ("subcontracting", "Provider may engage third-party contractors to perform parts of the Services subject to "
     "Customer's approval."),
    ("subcontracting", "Where the processor engages a sub-processor, the same data protection obligations shall be "
     "imposed on that sub-processor by contract."),
    ("subcontracting", "Supplier shall not replace any Key Subcontractor without the prior approval of the Authority."
     "Supplier shall not replace any Key Subcontractor without the prior approval of the Authority."),
    ("subcontracting", "We may use third-party service providers to help us provide the Services, and we remain "
     "responsible for them."),
    ("subcontracting", "Contractor shall provide a subcontracting plan for small business concerns."),
    ("subcontracting", "Consultant shall not assign or subcontract any part of this engagement without Client's "
     "written approval."),
    ("subcontracting", "The use of subcontractors located outside the European Economic Area requires Customer's "
     "prior consent."),
    ("subcontracting", "Vendor shall disclose the identity of each subcontractor that will have access to Customer "
     "Data."),
]  # fmt: skip

NOT_FOUND: list[tuple[str, str]] = [
    ("services", "Customer shall provide Supplier with access to its premises and systems as reasonably required."),
    ("services", "Services means the services described in Schedule 1."),
    ("services", "Customer shall pay the fees for the Services within thirty days of invoice."),
    ("services", "The Services are provided 'as is' without warranty of any kind."),
    ("services", "Section 3 (Services) is incorporated by reference."),
    ("services", "Customer shall be responsible for providing accurate information to the Supplier."),
    ("services", "The Company shall furnish office space and a computer to the Consultant."),
    ("services", "Each party shall provide notice to the other in writing."),
    ("services", "Licensee shall provide Licensor with quarterly sales reports."),
    ("services", "Customer agrees to provide timely feedback on each draft deliverable."),
    ("service_levels", "Supplier shall perform the Services in a professional and workmanlike manner."),
    ("service_levels", "Invoices are payable within thirty (30) days of receipt."),
    ("service_levels", "Either party may terminate this Agreement on sixty (60) days' written notice."),
    ("service_levels", "Processor shall notify the Controller of a personal data breach within 48 hours."),
    ("service_levels", "Any dispute shall first be referred to senior executives, who shall meet within fifteen (15) "
     "days."),
    ("service_levels", "Customer shall notify Provider of any defect within ten (10) days of delivery."),
    ("service_levels", "Provider will use commercially reasonable efforts to make the Service available."),
    ("service_levels", "The warranty period is twelve (12) months from acceptance."),
    ("service_levels", "Confidentiality obligations survive for five (5) years after termination."),
    ("service_levels", "Customer may reject a deliverable within 5 business days by written notice."),
    ("penalties", "Late payments shall bear interest at 1.5% per month or the maximum rate permitted by law."),
    ("penalties", "Either party may terminate this Agreement for convenience without penalty."),
    ("penalties", "The early termination fee is agreed as liquidated damages and not as a penalty."),
    ("penalties", "Customer shall receive a volume discount of 5% on orders above 10,000 units."),
    ("penalties", "Customer shall pay a deposit equal to one month's fees, to be credited against the final invoice."
     "Customer shall pay a deposit equal to one month's fees, to be credited against the final invoice."),
    ("penalties", "Customer may receive a credit for unused prepaid fees upon termination for Supplier's breach."),
    ("penalties", "Nothing in this Agreement shall be construed as a penalty."),
    ("penalties", "The Supplier's total liability shall not exceed the fees paid in the twelve months before the "
     "claim."),
    ("penalties", "A late fee of $25 applies to any invoice not paid when due."),
    ("penalties", "Fees paid are non-refundable except as expressly set out in this Agreement."),
    ("change_procedure", "This Agreement may be amended only by a written instrument signed by both parties."),
    ("change_procedure", "No modification of this Agreement shall be binding unless in writing."),
    ("change_procedure", "Either party may change its address for notices by giving written notice to the other."),
    ("change_procedure", "The Controller shall carry out a data protection impact assessment where required."),
    ("change_procedure", "Provider may change its sub-processors by updating its website."),
    ("change_procedure", "A change of control of either party shall entitle the other to terminate."),
    ("change_procedure", "Customer may change its password at any time from its account settings."),
    ("change_procedure", "Waiver of any provision shall be effective only if in writing."),
    ("change_procedure", "This Agreement constitutes the entire agreement and supersedes all prior agreements."),
    ("change_procedure", "The Contractor shall report any change in its ownership to the Contracting Officer."),
    ("duration", "The warranty period is twelve (12) months from delivery."),
    ("duration", "The confidentiality obligations shall survive for a period of five (5) years."),
    ("duration", "Supplier shall retain records for seven (7) years after final payment."),
    ("duration", "The license granted is perpetual and irrevocable."),
    ("duration", "Invoices are payable within sixty (60) days."),
    ("duration", "Either party may terminate this Agreement upon ninety (90) days' notice."),
    ("duration", "The non-solicitation obligation continues for twelve (12) months after termination."),
    ("duration", "Backups are kept for thirty (30) days."),
    ("duration", "Quotes are valid for thirty (30) days from their date."),
    ("duration", "The insurance policy shall remain in force during the term and for three years after."),
    ("price_revision", "Prices are fixed for the entire term of this Agreement and shall not be revised."),
    ("price_revision", "Late payments shall bear interest at the rate of 1% per month."),
    ("price_revision", "The Fees are exclusive of VAT, which shall be added at the applicable rate."),
    ("price_revision", "Customer shall reimburse reasonable travel expenses approved in advance."),
    ("price_revision", "Provider shall not increase the Fees during the Initial Term."),
    ("price_revision", "The purchase price of the shares shall be adjusted for working capital at closing."),
    ("price_revision", "Customer shall pay the fees set out in the Order Form annually in advance."),
    ("price_revision", "Interest rates on the loan shall be revised according to LIBOR."),
    ("price_revision", "The parties may amend this Agreement only in writing."),
    ("price_revision", "Taxes shall be borne by Customer."),
    ("exit", "Customer is responsible for backing up its own data."),
    ("exit", "Sections 5, 7 and 9 shall survive termination of this Agreement."),
    ("exit", "Upon termination, all unpaid fees shall become immediately due and payable."),
    ("exit", "Either party may terminate this Agreement for material breach on thirty days' notice."),
    ("exit", "Customer may return defective products within 30 days for a refund."),
    ("exit", "Provider shall return calls from Customer's users within one business day."),
    ("exit", "Supplier shall retain Customer Data for the duration of the Agreement."),
    ("exit", "The Employee shall return company equipment on his last working day."),
    ("exit", "Termination shall not affect any rights accrued before termination."),
    ("exit", "Customer may request deletion of an individual user account at any time."),
    ("audits", "The parties shall comply with all applicable laws and regulations."),
    ("audits", "Customer shall report any incident to Provider's help desk."),
    ("audits", "Supplier shall maintain its financial statements in accordance with GAAP."),
    ("audits", "The Company's annual report shall be published on its website."),
    ("audits", "Either party shall notify the other of any change of address."),
    ("audits", "The Contractor shall report to the Project Manager for day-to-day matters."),
    ("audits", "Customer must report suspected abuse of the Service."),
    ("audits", "Provider's Board of Directors shall hold an annual shareholders' meeting."),
    ("audits", "The Supplier shall keep Customer's information confidential."),
    ("audits", "Employees shall report to work on time."),
    ("continuity", "Customer is solely responsible for maintaining backups of its own content."),
    ("continuity", "Neither party shall be liable for delays caused by events beyond its reasonable control."),
    ("continuity", "This Agreement shall continue in effect until terminated."),
    ("continuity", "Supplier shall continue to perform its obligations during any dispute."),
    ("continuity", "The Contractor shall provide a backup contact person for invoicing questions."),
    ("continuity", "The continuity of the Agreement shall not be affected by a change of control."),
    ("continuity", "Customer shall maintain a disaster recovery plan for its own systems."),
    ("continuity", "Supplier shall provide backup documentation for each invoice."),
    ("continuity", "The provisions of this Agreement shall remain in full force in the event of a merger."),
    ("continuity", "Recovery of costs shall be made by the prevailing party."),
    ("staff", "Provider shall not be responsible for the acts of Customer's employees."),
    ("staff", "The Company shall maintain an employee stock option plan for its directors."),
    ("staff", "Customer's staff shall cooperate with the Supplier during the implementation."),
    ("staff", "Neither party shall solicit the other party's customers during the term."),
    ("staff", "Customer shall appoint a project contact to liaise with Supplier."),
    ("staff", "Customer shall ensure its own personnel use the Service in accordance with the Documentation."),
    ("staff", "The Licensee shall limit access to the Software to its own employees."),
    ("staff", "Nothing in this Agreement shall prevent either party from hiring persons who respond to general "
     "advertisements."),
    ("staff", "Each party is responsible for the conduct of its users."),
    ("staff", "The Contractor is an independent contractor and not an agent of the Customer."),
    ("subcontracting", "Neither party may assign this Agreement without the other party's prior written consent."),
    ("subcontracting", "Customer may use third-party applications with the Service at its own risk."),
    ("subcontracting", "This Agreement does not create any rights for third parties."),
    ("subcontracting", "The Controller appoints the Processor to process personal data on its behalf."),
    ("subcontracting", "Customer shall not sublicense or resell the Service to any third party."),
    ("subcontracting", "Supplier may assign this Agreement to its successor in a merger."),
    ("subcontracting", "The Customer may engage other contractors to perform services not covered by this Agreement."
     "The Customer may engage other contractors to perform services not covered by this Agreement."),
    ("subcontracting", "Confidential Information may be disclosed to professional advisers bound by confidentiality."
     "Confidential Information may be disclosed to professional advisers bound by confidentiality."),
    ("subcontracting", "The Government may award other contracts for related work."),
    ("subcontracting", "Licensee may not transfer the licence to any third party."),
    # found on CUAD service contracts after the audit (our own wording of the two look-alikes)
    ("exit", "Upon five days' notice the Client may examine and copy the supplier's books and records, and the "
             "supplier may ask the Client to terminate the examination after one month."),
    ("staff", "The parties are independent contractors and neither of them is entitled to the pension or other "
              "benefits afforded to its employees."),
]  # fmt: skip


def test_every_audited_label_has_enough_sentences() -> None:
    """The audit covers eleven labels with at least 24 wordings and 10 look-alikes each."""
    for label in {label for label, _ in FOUND}:
        assert sum(1 for item, _ in FOUND if item == label) >= 24, label
        assert sum(1 for item, _ in NOT_FOUND if item == label) >= 10, label


# Each sentence reviewed as a one-clause English document.
@pytest.mark.parametrize(("label", "sentence"), FOUND)
def test_english_family_found(label: str, sentence: str) -> None:
    present, score = one_clause(label, sentence, "en")
    assert present, (label, score)


@pytest.mark.parametrize(("label", "sentence"), NOT_FOUND)
def test_english_look_alike_not_found(label: str, sentence: str) -> None:
    present, score = one_clause(label, sentence, "en")
    assert not present, (label, score)
