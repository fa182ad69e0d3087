"""Beyond the article: exit and reversibility, subcontracting, and the provider's staff under French law."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from voute.checks.framework import Hit, KeyPoint, Severity, hit, missing, rule
from voute.contract.beyond import SubcontractingApproval
from voute.contract.costs import PriceUnit
from voute.contract.model import Contract

VIGILANCE_THRESHOLD = Decimal(5000)  # Code du travail R8222-1, excluding VAT


@rule(
    "exit.present",
    KeyPoint.exit,
    Severity.error,
    "DORA art. 28(8), 30(3)(f); EBA GL §99; RGPD art. 28(3)(g)",
    ("Rien n'organise la réversibilité en fin de contrat.", "Nothing organises reversibility at the end."),
    (
        "Ajoutez exit : période de transition, assistance, format et délai de restitution, certificat de suppression.",
        "Add exit: transition period, assistance, data return format and deadline, deletion certificate.",
    ),
)
def _exit(c: Contract) -> Iterable[Hit]:
    return missing(c.exit is None, "exit")


@rule(
    "exit.transition",
    KeyPoint.exit,
    Severity.warning,
    "DORA art. 30(3)(f); EBA GL §99(b)",
    ("Aucune période de transition n'est garantie à la sortie.", "No transition period is guaranteed at exit."),
    (
        "Fixez transition_period pendant laquelle le prestataire continue le service et aide au transfert.",
        "Set transition_period during which the provider keeps serving and helps the transfer.",
    ),
    needs="exit",
)
def _transition(c: Contract) -> Iterable[Hit]:
    return missing(c.exit is not None and c.exit.transition_period is None, "exit")


@rule(
    "exit.data-return",
    KeyPoint.exit,
    Severity.warning,
    "RGPD art. 28(3)(g); DORA art. 30(2)(d)",
    (
        "Le format ou le délai de restitution des données n'est pas fixé.",
        "The data return format or deadline is not set.",
    ),
    (
        "Précisez data_return_format (par exemple CSV et pièces jointes) et data_return_deadline.",
        "Set data_return_format (e.g. CSV plus attachments) and data_return_deadline.",
    ),
    needs="exit",
)
def _return(c: Contract) -> Iterable[Hit]:
    e = c.exit
    return missing(e is not None and (not e.data_return_format or e.data_return_deadline is None), "exit")


@rule(
    "exit.deletion",
    KeyPoint.exit,
    Severity.warning,
    "RGPD art. 28(3)(g)",
    ("Aucun certificat de suppression des données n'est exigé.", "No data deletion certificate is required."),
    (
        "Exigez un certificat de suppression après restitution (deletion_certificate: true).",
        "Require a deletion certificate after return (deletion_certificate: true).",
    ),
    needs="exit",
)
def _deletion(c: Contract) -> Iterable[Hit]:
    return missing(c.exit is not None and not c.exit.deletion_certificate, "exit")


@rule(
    "subcontracting.present",
    KeyPoint.subcontracting,
    Severity.warning,
    "Loi n° 75-1334 du 31 décembre 1975; EBA GL §78",
    ("La sous-traitance par le prestataire n'est pas encadrée.", "Subcontracting by the provider is not regulated."),
    (
        "Indiquez si elle est interdite, soumise à accord écrit préalable ou libre, et à quelles conditions.",
        "State whether it is forbidden, subject to prior written approval or free, and on what terms.",
    ),
)
def _subcontracting(c: Contract) -> Iterable[Hit]:
    return missing(c.subcontracting is None, "subcontracting")


@rule(
    "subcontracting.flow-down",
    KeyPoint.subcontracting,
    Severity.warning,
    "EBA GL §78-79",
    (
        "Les sous-traitants ne sont pas tenus des mêmes obligations, ou le prestataire n'en répond pas.",
        "Subcontractors are not bound by the same duties, or the provider does not answer for them.",
    ),
    (
        "Déclarez flow_down: true et provider_remains_liable: true.",
        "Declare flow_down: true and provider_remains_liable: true.",
    ),
    needs="subcontracting",
)
def _sub_flow(c: Contract) -> Iterable[Hit]:
    s = c.subcontracting
    allowed = s is not None and s.approval != SubcontractingApproval.forbidden
    return missing(allowed and s is not None and not (s.flow_down and s.provider_remains_liable), "subcontracting")


def _known_value(c: Contract) -> Decimal | None:
    """The contract's yearly value when it can be known, to decide whether vigilance applies."""
    if c.costs is None:
        return None
    if c.costs.estimated_annual_value is not None:
        return c.costs.estimated_annual_value
    fixed = [p for p in c.costs.items if p.unit in (PriceUnit.fixed_monthly, PriceUnit.one_off)]
    if not fixed or len(fixed) != len(c.costs.items):
        return None  # volume-priced: the value depends on volumes
    return sum((p.price * (12 if p.unit == PriceUnit.fixed_monthly else 1) for p in fixed), Decimal(0))


def _vigilance_applies(c: Contract) -> bool:
    value = _known_value(c)
    return value is None or value >= VIGILANCE_THRESHOLD


@rule(
    "staff.vigilance",
    KeyPoint.staff,
    Severity.error,
    "Code du travail art. L8222-1, D8222-5",
    ("Les documents de vigilance {what}.", "Vigilance documents {what}."),
    (
        "Exigez l'attestation URSSAF et l'extrait Kbis à la signature puis tous les 6 mois "
        '(staff.vigilance.at_signature: true, every: "6 months").',
        "Require the URSSAF certificate and the Kbis extract at signature and every 6 months "
        '(staff.vigilance.at_signature: true, every: "6 months").',
    ),
    applies=_vigilance_applies,
)
def _vigilance(c: Contract) -> Iterable[Hit]:
    v = c.staff.vigilance if c.staff else None
    if v is None:
        return hit("staff", what=("ne sont pas exigés", "are not required"))
    hits: list[Hit] = []
    if not v.at_signature:
        hits += hit(
            "staff",
            "vigilance",
            "at_signature",
            what=("ne sont pas exigés à la signature", "are not required at signature"),
        )
    if v.every is None or v.every.approx_days() > Decimal(184):
        hits += hit(
            "staff",
            "vigilance",
            "every",
            what=("ne sont pas renouvelés tous les 6 mois", "are not renewed every 6 months"),
        )
    return hits


@rule(
    "staff.hierarchical-authority",
    KeyPoint.staff,
    Severity.warning,
    "Code du travail art. L8241-1, L8231-1",
    (
        "Le contrat ne réserve pas au prestataire l'autorité hiérarchique sur ses agents.",
        "The contract does not keep hierarchical authority over the agents with the provider.",
    ),
    (
        "Stipulez que seul le prestataire dirige ses agents (hierarchical_authority: true) : sinon, risque de "
        "prêt de main-d'œuvre illicite.",
        "State that the provider alone directs its agents (hierarchical_authority: true): otherwise, risk of "
        "illegal supply of labour.",
    ),
)
def _authority(c: Contract) -> Iterable[Hit]:
    return missing(c.staff is None or not c.staff.hierarchical_authority, "staff")


@rule(
    "staff.transfer",
    KeyPoint.staff,
    Severity.warning,
    "Code du travail art. L1224-1",
    (
        "Le sort du personnel affecté au service (transfert des contrats de travail) n'est pas examiné.",
        "What happens to the staff assigned to the service (transfer of employment) is not addressed.",
    ),
    (
        "Examinez l'application de l'article L1224-1 au début et à la sortie, et répartissez les coûts.",
        "Assess whether article L1224-1 applies at start and at exit, and allocate the costs.",
    ),
)
def _transfer(c: Contract) -> Iterable[Hit]:
    return missing(c.staff is None or c.staff.staff_transfer is None or not c.staff.staff_transfer.assessed, "staff")
