"""The review taxonomy (version 1): 21 labels, the key points they feed, and the CUAD categories we report."""

from __future__ import annotations

__all__ = [
    "CUAD_CATEGORIES",
    "KEY_POINTS",
    "KEY_POINT_NAMES",
    "LABELS",
    "LABEL_NAMES",
    "TAXONOMY_VERSION",
]

TAXONOMY_VERSION = 1

LABELS: tuple[str, ...] = (
    "services",
    "service_levels",
    "penalties",
    "change_procedure",
    "pricing",
    "price_revision",
    "duration",
    "renewal",
    "termination",
    "liability",
    "insurance",
    "data_protection",
    "confidentiality",
    "audits",
    "dispute_resolution",
    "governing_law",
    "continuity",
    "force_majeure",
    "exit",
    "subcontracting",
    "staff",
)

# The nine key points of DOMAIN.md, then the three points beyond the article; same order as `voute check`.
KEY_POINTS: dict[str, tuple[str, ...]] = {
    "services": ("services",),
    "service_levels": ("service_levels", "penalties", "change_procedure"),
    "costs": ("pricing", "price_revision"),
    "term": ("duration", "renewal", "termination"),
    "indemnification": ("liability", "insurance"),
    "data_protection": ("data_protection", "confidentiality"),
    "monitoring": ("audits",),
    "disputes": ("dispute_resolution", "governing_law"),
    "continuity": ("continuity", "force_majeure"),
    "exit": ("exit",),
    "subcontracting": ("subcontracting",),
    "staff": ("staff",),
}

KEY_POINT_NAMES: dict[str, tuple[str, str]] = {
    "services": ("Description des services", "Description of services"),
    "service_levels": ("Niveaux de service", "Service levels"),
    "costs": ("Coûts", "Costs"),
    "term": ("Durée", "Term"),
    "indemnification": ("Responsabilité et indemnisation", "Liability and indemnification"),
    "data_protection": ("Protection des données", "Data protection"),
    "monitoring": ("Suivi de la performance", "Performance monitoring"),
    "disputes": ("Règlement des litiges", "Dispute resolution"),
    "continuity": ("Continuité et reprise", "Continuity and recovery"),
    "exit": ("Réversibilité", "Exit and reversibility"),
    "subcontracting": ("Sous-traitance", "Subcontracting"),
    "staff": ("Personnel", "Staff"),
}

LABEL_NAMES: dict[str, tuple[str, str]] = {
    "services": ("Services", "Services"),
    "service_levels": ("Niveaux de service", "Service levels"),
    "penalties": ("Pénalités", "Penalties"),
    "change_procedure": ("Procédure de changement", "Change procedure"),
    "pricing": ("Prix et paiement", "Pricing and payment"),
    "price_revision": ("Révision des prix", "Price revision"),
    "duration": ("Durée", "Duration"),
    "renewal": ("Renouvellement", "Renewal"),
    "termination": ("Résiliation", "Termination"),
    "liability": ("Responsabilité", "Liability"),
    "insurance": ("Assurance", "Insurance"),
    "data_protection": ("Données personnelles", "Data protection"),
    "confidentiality": ("Confidentialité", "Confidentiality"),
    "audits": ("Audits et suivi", "Audits and monitoring"),
    "dispute_resolution": ("Règlement amiable", "Dispute resolution"),
    "governing_law": ("Droit applicable", "Governing law"),
    "continuity": ("Continuité", "Continuity"),
    "force_majeure": ("Force majeure", "Force majeure"),
    "exit": ("Réversibilité", "Exit"),
    "subcontracting": ("Sous-traitance", "Subcontracting"),
    "staff": ("Personnel", "Staff"),
}

# CUAD v1 category names (as in its labels file) reported with presence and evidence.
CUAD_CATEGORIES: dict[str, str] = {
    "renewal_term": "Renewal Term",
    "notice_to_terminate_renewal": "Notice Period to Terminate Renewal",
    "termination_for_convenience": "Termination for Convenience",
    "cap_on_liability": "Cap on Liability",
    "uncapped_liability": "Uncapped Liability",
    "liquidated_damages": "Liquidated Damages",
    "audit_rights": "Audit Rights",
    "insurance": "Insurance",
    "governing_law": "Governing Law",
    "expiration_date": "Expiration Date",
    "post_termination_services": "Post-Termination Services",
}
