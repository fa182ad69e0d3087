"""Patterns for the eleven CUAD categories the review reports (English first, with French equivalents)."""

from __future__ import annotations

from voute.review.rules import Cue, Rule, cue, rule
from voute.review.rules_labels import GOVERNING_LAW, INSURANCE

__all__ = ["CUAD_RULES"]

_BREACH = (
    r"\b(?:breach\w*|default\w*|fail\w* to|insolven\w*|bankrupt\w*|cure|manquement|faute|inexecution|"
    r"change of control|changement de controle)\b|"
    # an insurer's notice before a policy is cancelled: the topic words, another contract
    r"\b(?:cancel\w*|terminat\w*) (?:any |such |the )?(?:insurance|coverage|polic(?:y|ies))\b"
)
# "may not be terminated ... for its own convenience": the topic words, but the opposite rule.
_NOT_TERMINABLE = (
    r"\b(?:may not|shall not|cannot|can not|will not|no party may|neither party may|neither party shall)\s+"
    r"(?:\w+\s+){0,3}terminat\w*[^.]{0,80}\b(?:convenience|without cause|for any reason)"
)
# A right to terminate on conditions ("... upon 30 days' notice if any of the following occurs:", "... in the
# event of the occurrence of any of the following contingencies"): a notice period alone is then not
# termination for convenience. Checked after the match, in the same sentence (a look-ahead: the cue then fails).
_NOT_CONDITIONAL = (
    r"(?![^.]{0,200}(?:\bif (?:any|either|the other|such|there)\b|\bif:|\bin the event (?:of the occurrence|"
    r"that any|of any of)\b|\bupon the occurrence\b|\bcontingenc|\bany of the following\b|\bas follows\b|:\s*$))"
)
# "may terminate at any time by mutual written agreement": an agreement of both parties, not a unilateral right.
_MUTUAL = (
    r"\b(?:terminat\w*|at any time)\b[^.]{0,60}\bby (?:mutual|(?:the )?(?:mutual )?(?:written )?(?:agreement|consent) "
    r"of|written agreement)"
)
# "renews automatically unless terminated by a party upon 60 days' notice": notice against the renewal, not a
# right to end the contract at any time (CUAD counts it as notice to terminate renewal).
_RENEWAL_OPT_OUT = (
    r"\b(?:renew\w*|extend\w*|extension)\b[^.]{0,150}\bunless\s+(?:\w+\s+){0,4}terminat\w*[^.]{0,120}\bnotice\b"
)
# A notice length: "30", "(30)", "thirty (30)", "ninety", a redaction "[***]".
_COUNT = (
    r"(?:\(?\d+\)?|\[\*+\]|[a-z]+(?:[- ][a-z]+)? \(\d+\)|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"fifteen|twenty|thirty|forty|forty-five|sixty|ninety|one hundred(?: and)? \w+)\b)"
)
_RENEWAL_WORDS = r"\b(?:renew\w*|extend\w*|extension|reconduc\w*|renouvel\w*|evergreen|successive)\b"

RENEWAL_TERM = rule(
    "renewal_term",
    "renew|extend|extension|reconduc|renouvel|evergreen|year-to-year|year to year|successive|continu|"
    "option|right|may",
    [
        cue(
            0.95,
            r"\b(?:automatically (?:be )?(?:renew|extend)\w*|auto-?renew\w*|(?:renew|extend)\w* automatically|"
            r"automatic (?:renewal|extension)s?|"
            r"evergreen|year[- ]to[- ]year|tacite(?:ment)? reconduc\w*|reconduction tacite|"
            r"renouvel\w* (?:automatiquement|tacitement|de plein droit))\b",
        ),
        cue(
            0.85,
            # "shall continue for a term of three years" is the initial term: "continue" needs "additional" & co.
            r"\b(?:renew\w*|extend\w*)\b[^.]{0,60}\b(?:for (?:an? )?(?:additional|successive|consecutive|further|"
            r"subsequent|like)|for (?:one|two|three|five|\d+|an?) (?:\(\d+\) )?(?:additional )?(?:years?|months?|"
            r"periods?|terms?)|successive)\b|\bcontinue\b[^.]{0,60}\b(?:for (?:an? )?(?:additional|successive|"
            r"consecutive|further|subsequent|like)|successive)\b",
            unless=r"\bwarranty|licen[cs]e\b",
        ),
        cue(
            0.85,
            r"\b(?:renewal (?:terms?|periods?)|option to (?:renew|extend)|right to (?:renew|extend)|"
            r"may (?:be )?(?:renew|extend)\w*|reconductible|renouvelable)\b",
        ),
        cue(0.4, r"\b(?:renew\w*|reconduction|renouvellement)\b"),
    ],
    heading=r"\b(?:renewal|term|duration|reconduction|renouvellement|duree)\b",
)

NOTICE_TO_TERMINATE_RENEWAL = rule(
    "notice_to_terminate_renewal",
    "notice|notif|preavis|non-renew|not to renew|denonc|prior|before|least|within|less|minimum|"
    "unless|except|neither|later|advance",
    [
        cue(
            0.9,
            r"noti(?<!\wnoti)(?:ce|f\w*)\b[^.]{0,150}\b(?:non-?renewal|not to renew|intention not to|terminate|"
            r"termination|cancel)\b[^.]{0,150}\b(?:prior to|before|in advance of|preceding)\b[^.]{0,80}"
            r"\b(?:expiration|expiry|end|renewal|anniversary)",
            needs=_RENEWAL_WORDS,
        ),
        cue(
            0.85,
            r"\b(?:at least|no less than|not less than|minimum of|within|no later than)\b[^.]{0,40}"
            r"\b(?:days?|months?|years?)\b[^.]{0,120}\b(?:prior|before|preceding|in advance)\b[^.]{0,80}"
            r"\b(?:expiration|expiry|end of|renewal|anniversary)",
            needs=_RENEWAL_WORDS,
        ),
        cue(0.85, r"\b(?:unless|except if|if neither)\b[^.]{0,150}\bnotice\b", needs=_RENEWAL_WORDS),
        cue(0.85, r"\b(?:non-?renewal notice|notice of non-?renewal)\b"),
        # "renews from year to year unless terminated by a party upon sixty days' notice": the notice ends the
        # renewal; "continues thereafter until terminated by either party by giving 30 days' notice" likewise.
        cue(
            0.8,
            r"unless(?<!\wunless)\s+(?:\w+\s+){0,4}(?:terminat\w*|cancel\w*)\b[^.]{0,120}\b(?:notice|notification)\b|"
            r"thereafter(?<!\wthereafter)\b[^.]{0,60}\buntil (?:\w+\s+){0,2}terminated\b[^.]{0,80}\bnotice\b",
            needs=_RENEWAL_WORDS + r"|\bthereafter\b",
        ),
        cue(
            0.8,
            r"noti(?<!\wnoti)(?:ce|f\w*)\b[^.]{0,150}\b(?:prior to|before|in advance of|preceding)\s+(?:the\s+)?"
            r"(?:expiration|expiry|end)\s+(?:date\s+)?of\s+(?:the\s+|its\s+|this\s+|any\s+)?(?:[\w-]+\s+){0,2}"
            r"(?:term|period|agreement)",
        ),
        cue(0.8, r"\b(?:at|upon) the (?:expiration|expiry|end) of (?:its|the|this|any)\b[^.]{0,60}\b(?:term|renewal)\b"
            r"[^.]{0,80}\bnotice\b"),
        cue(
            0.85,
            r"\bpreavis\b[^.]{0,150}\b(?:echeance|reconduction|renouvellement|terme)\b|"
            r"\b(?:non[- ]renouvellement|non[- ]reconduction|denonc\w*)\b[^.]{0,120}\b(?:preavis|mois|jours)\b",
        ),
    ],
    heading=r"\b(?:renewal|term|duree|reconduction|renouvellement)\b",
)

TERMINATION_FOR_CONVENIENCE = rule(
    "termination_for_convenience",
    "terminat|resili|cancel",
    [
        cue(
            0.95,
            # "headings are for convenience only": the word, not the right.
            r"\b(?:for (?:its |their |his |her |the \w+'s |either party's |any party's )?(?:own )?convenience"
            r"(?! only| of reference| purposes)|"
            r"without (?:any )?(?:cause|reason)|for no reason|for any (?:reason )?or no reason|"
            r"with or without (?:supplying |giving |stating )?(?:a |any )?(?:reason|cause)|for non-cause|"
            r"sans motif|pour convenance|sans avoir a justifier|motif d'interet general)\b",
            needs=r"\bterminat\w*|\bresili\w*|\bcancel\w*",
            unless=_NOT_TERMINABLE,
        ),
        # "in its sole discretion" says nothing about termination unless it qualifies the right to terminate,
        # and then only when no condition follows ("... in its sole discretion, in the event that ...").
        cue(
            0.8,
            r"(?:\bin its (?:sole|absolute) discretion\b\W{0,3}(?:(?:may|to|elect to|be entitled to)\s+)?terminat\w*|"
            r"terminat(?<!\wterminat)\w*\b[^.]{0,60}\bin its (?:sole|absolute) discretion\b)" + _NOT_CONDITIONAL,
            unless=_BREACH,
        ),
        cue(
            0.9,
            r"\b(?:may|can|right to|entitled to|option to|elect to)\s+(?:\w+\s+){0,3}(?:terminat|cancel)\w*[^.]{0,100}"
            r"\bfor any reason\b",
            unless=_NOT_TERMINABLE,
        ),
        cue(
            0.8,
            r"terminat(?<!\wterminat)\w*[^.]{0,100}\b(?:upon|on|by|with|after|following|giving|providing|delivering|"
            r"sending|"
            r"serving)\b[^.]{0,20}" + _COUNT + r"[^.]{0,12}\b(?:days?|months?|weeks?)['’]?\s*(?:prior |advance |"
            r"advanced )?(?:written )?(?:notice|notification)" + _NOT_CONDITIONAL,
            unless=_BREACH + "|" + _RENEWAL_OPT_OUT,
        ),
        cue(
            0.8,
            r"\b(?:upon|on|by giving|by providing|with)\b[^.]{0,20}" + _COUNT + r"[^.]{0,12}\b(?:days?|months?|"
            r"weeks?)['’]?\s*(?:prior |advance )?(?:written )?notice\b[^.]{0,80}\bterminat\w*" + _NOT_CONDITIONAL,
            unless=_BREACH + "|" + _RENEWAL_OPT_OUT,
        ),
        cue(0.85, r"\bat will\b", needs=r"\bterminat\w*|\bcancel\w*", unless=r"\bemploy\w*"),
        cue(
            0.75,
            r"\b(?:remain|continue)s?\s+(?:in (?:full )?(?:force|effect)|effective)\s+until\s+(?:it is\s+)?terminated"
            r"\b|\buntil terminated by (?:either|any|one|each) party\b",
        ),
        cue(
            0.8,
            r"(?:\b(?:at any time|a tout moment)\b[^.]{0,80}\b(?:terminat\w*|resili\w*)|\b(?:terminat\w*|"
            r"resili\w*)\b[^.]{0,80}\b(?:at any time|a tout moment))" + _NOT_CONDITIONAL,
            unless=_BREACH + "|" + _NOT_TERMINABLE + "|" + _MUTUAL,
        ),
    ],
    heading=r"\b(?:termination|resiliation)\b",
)

CAP_ON_LIABILITY = rule(
    "cap_on_liability",
    "liab|exceed|damage|plafon|responsab|exceder|claim|action",
    [
        cue(
            0.9,
            r"liabilit(?<!\wliabilit)\w*[^.]{0,200}\b(?:shall not exceed|will not exceed|not to exceed|not exceed|"
            r"exceed|limited to|in excess of|capped|up to the amount|greater of|lesser of)\b",
        ),
        cue(
            0.9,
            r"\b(?:maximum (?:aggregate )?liability|aggregate liability|total (?:cumulative )?liability|"
            r"liability cap|cap on liability|limitation of liability|limitation on liability)\b",
        ),
        cue(
            0.85,
            r"\b(?:in no event|under no circumstances|neither party|shall not|will not|not)\b[^.]{0,100}"
            r"\bliable\b[^.]{0,150}\b(?:indirect|consequential|special|incidental|punitive|exemplary|"
            r"lost profits|loss of profits)",
        ),
        cue(
            0.8,
            r"\b(?:indirect|consequential|special|incidental|punitive)\b[^.]{0,80}\bdamages\b[^.]{0,80}"
            r"\b(?:excluded|disclaim\w*|waive\w*|not (?:be )?(?:liable|responsible|recoverable))",
        ),
        cue(
            0.8,
            r"\b(?:claim|action|suit|proceeding)s?\b[^.]{0,100}\b(?:must|shall|may)\b[^.]{0,20}\b(?:be )?"
            r"(?:brought|commenced|filed|instituted)\b[^.]{0,40}\bwithin\b",
        ),
        cue(
            0.85,
            r"\b(?:plafon\w*|ne (?:pourra|saurait|peut) (?:en aucun cas )?exceder|limitee?s? au montant)\b"
            r"[^.]{0,120}\b(?:responsabilit\w*|dommages|indemni\w*|reparation)|\b(?:responsabilit\w*|dommages|"
            r"indemni\w*|reparation)\b[^.]{0,120}\b(?:plafon\w*|ne (?:pourra|saurait|peut) (?:en aucun cas )?"
            r"exceder|limitee?s?)\b",
        ),
    ],
    heading=r"\b(?:limitation|liability|responsabilit)",
)

UNCAPPED_LIABILITY = rule(
    "uncapped_liability",
    "liab|limitation|exclusion|unlimited|illimit|plafon|cap|uncap|sans|not|except|exclud|other|save|with",
    [
        cue(
            0.9,
            r"\b(?:unlimited liability(?! compan)|liability shall be unlimited|responsabilite illimitee|sans plafond|"
            r"not be subject to (?:any |the )?(?:cap|limitation)|uncapped)\b",
        ),
        cue(
            0.85,
            r"\b(?:limitations?|exclusions?|caps?|limits?)\b[^.]{0,150}\b(?:shall not|will not|do not|does not|"
            r"not)\s+apply\b[^.]{0,200}\b(?:indemnif\w*|confidential\w*|gross negligence|wil(?:l)?ful|fraud\w*|"
            r"infring\w*|death|bodily injury|personal injury|breach)",
        ),
        cue(
            0.8,
            r"\b(?:except|excluding|other than|save for|with the exception of)\b[^.]{0,120}\b(?:indemnif\w*|"
            r"confidentiality|gross negligence|wil(?:l)?ful misconduct|fraud\w*|infringement)\b[^.]{0,250}"
            r"\b(?:liable|liability|exceed)",
        ),
        cue(
            0.75,
            r"liab(?<!\wliab)(?:le|ility)\b[^.]{0,200}\b(?:shall not|will not|do not|does not)\s+apply\b[^.]{0,150}"
            r"\b(?:indemnif\w*|confidential\w*|gross negligence|wil(?:l)?ful|fraud\w*|infring\w*)",
        ),
        cue(
            0.75,
            r"\b(?:except|excepting|other than|save)\b[^.]{0,150}\b(?:(?:sections?|articles?|clauses?|paragraphs?)"
            r"(?: \d+(?:\.\d+)*(?:\([a-z0-9]+\))*)?|claims?|breach\w*|obligations?|liability|failure|\[\*+\])"
            r"(?:[^.]|\.(?=\d)){0,200}"
            r"\b(?:in no event|under no circumstances|neither party)\b"
            r"[^.]{0,120}\bliab",
        ),
        cue(
            0.8,
            r"(?:not|neither)(?:,? however,)?\s+(?:\([a-z0-9]\)\s+)?(?:apply to|limit|restrict|exclude|be construed "
            r"(?:so as )?to limit)\b"
            r"[^.]{0,150}\b(?:indemnif\w*|confidential\w*|gross negligence|wil(?:l)?ful|fraud\w*|infring\w*|"
            r"failure to pay|amounts? (?:due|owing|payable)|death|bodily injury|personal injury|recover\w*)",
            needs=r"\bliab\w*|\bdamages\b",
        ),
        cue(
            0.75,
            r"\b(?:no liability|not be liable|not liable)\b[^.]{0,250}\b(?:other than|except(?: for)?)\s+(?:for\s+)?"
            r"(?:claims?|obligations?|liability|breach\w*|indemni\w*|sections?|paragraphs?|articles?)\b|\bwaives?\b"
            r"[^.]{0,40}\b(?:limitations? (?:of|on) liability|liability caps?|limitations or liability caps)\b",
        ),
        cue(
            0.85,
            r"nothing(?<!\wnothing) in (?:this|the) (?:agreement|section|clause|article)\b[^.]{0,60}"
            r"\b(?:limit|exclude|restrict)s?\b[^.]{0,60}\bliab",
        ),
        cue(0.85, r"without(?<!\wwithout) (?:any )?limit\b", needs=r"\bliab\w*|\bresponsib\w*"),
        # "neither party excludes or limits its liability for death, fraud...": the carve-out said the other way.
        cue(
            0.85,
            r"n(?<!\wn)(?:either party|othing in this \w+)\s+(?:shall\s+|will\s+)?(?:excludes?|limits?|restricts?)\b"
            r"(?:\s+or\s+(?:excludes?|limits?|restricts?))?\s+(?:any\s+|its\s+|the\s+|either party's\s+)?liabilit",
        ),
    ],
    heading=r"\b(?:limitation|liability|responsabilit)",
)

LIQUIDATED_DAMAGES = rule(
    "liquidated_damages",
    "liquidated|termination fee|cancellation fee|break fee|penal|clause penale|dedit|indemnite de resiliation|"
    "early termination|termination charge|termination payment|exit fee|buy|forfeit",
    [
        cue(
            0.95,
            r"\b(?:liquidated damages|termination fees?|cancellation fees?|break fees?|early termination "
            r"(?:fees?|charges?|payments?)|termination charges?|termination payments?|exit fees?|clause penale|"
            r"indemnite de resiliation|dedit)\b",
        ),
        cue(
            0.8,
            r"\b(?:pay|paid|payable|forfeit)\w*\b[^.]{0,80}\bas (?:a |the )?(?:penalty|liquidated)|\bpayment "
            r"penalties\b|\bbuy[- ]?out\b[^.]{0,200}\bpay\w*",
        ),
        cue(
            0.55,
            r"\bpenalt(?:y|ies)\b|\bpenalites?\b",
            unless=r"\b(?:interest|interet|late payment|paiement|"
            r"overdue|perjury|criminal|civil penalt|sans encourir|without (?:incurring )?(?:any )?penalt)",
        ),
    ],
    heading=r"\b(?:liquidated|penalt|penalit)",
)

AUDIT_RIGHTS = rule(
    "audit_rights",
    "audit|inspect|examin|books|records|verif|controle|permit|allow|submit|autoris|peut|pourra|"
    "contribute",
    [
        cue(
            0.9,
            r"\b(?:right to audit|audit rights?|droit d'audit|(?:may|shall be entitled to|can|shall have the "
            r"right to|will have the right to) (?:\w+ ){0,3}(?:audit|inspect|examine)|(?:permit|allow|submit)\w*"
            r"[^.]{0,80}\b(?:audits?|inspections?|examin\w*)|contribute to audits|autoris\w* (?:les |des )?audits|"
            r"(?:peut|pourra|pourront) (?:\w+ ){0,2}(?:auditer|proceder a (?:un|des) audits?|faire "
            r"(?:proceder a|realiser) (?:un|des) audits?)|audits?, (?:including|y compris) (?:les )?inspections|"
            r"inspect (?:the )?(?:books|records|facilities|premises)|examine (?:the )?(?:books|records))\b",
        ),
        cue(
            0.75,
            r"\bbooks and records\b|\b(?:books|records)\b[^.]{0,120}\b(?:inspection|examination|audit\w*|"
            r"available)\b",
        ),
        cue(
            0.55,
            r"\baudit(?:s|er|e|ed|or|ors|eur|eurs)?\b",
            unless=r"\b(?:audited financial|audit committee|"
            r"audit trail|independent auditors' report)\b",
        ),
    ],
    heading=r"\b(?:audits?|inspections?|records|books)\b",
)

EXPIRATION_DATE = rule(
    "expiration_date",
    "term|expir|until|continu|remain|period|duree|jusqu|perpetu|anniversary|effective|commence|"
    "agreement|duration",
    [
        cue(
            0.9,
            r"\b(?:the term of this agreement|initial term|this agreement (?:shall|will) (?:commence|continue|"
            r"remain|expire|terminate|be effective)|(?:shall|will) (?:expire|terminate) on|expires? on|"
            r"for a (?:period|term) of|until the (?:\w+ )?anniversary|(?:remain|continue) in (?:full )?(?:force|"
            r"effect)[^.]{0,40}\b(?:for|until)|perpetual|in perpetuity|pour une duree|duree (?:initiale )?de|"
            r"jusqu'au)\b",
        ),
        cue(
            0.75,
            r"\b(?:term|duration)\b[^.]{0,80}\b(?:years?|months?|expir\w*|until)\b",
            unless=r"\bwarranty|licen[cs]e|payment\b",
        ),
        cue(0.6, r"\b(?:expir\w*|anniversary)\b"),
    ],
    heading=r"\b(?:term|duration|duree|expiration)\b",
    veto=r"\b(?:warranty period|periode de garantie)\b",
)

POST_TERMINATION_SERVICES = rule(
    "post_termination_services",
    "terminat|expir|surviv|transition|wind|sell-off|sell off|run-off|after the|resili|fin du|reversib|"
    "cancel|issue|return|destroy|deliver|last",
    [
        cue(
            0.9,
            r"\b(?:transition (?:assistance|services|period)|wind[- ]?down|sell[- ]off|run[- ]?off|"
            r"post[- ]termination|reversibilite|reversibility|last[- ]time buy)\b",
        ),
        cue(
            0.8,
            r"\b(?:upon|after|following|on|in the event of|subsequent to)\s+(?:the\s+)?(?:any\s+)?"
            r"(?:termination|expiration|expiry|cancellation)\b[^.]{0,200}\b(?:shall|will|must|agrees to)\b"
            r"[^.]{0,80}\b(?:return|destroy|deliver|pay|continue|provide|transfer|assist|sell|purchase|"
            r"repurchase|cooperate|complete|fulfill|honou?r|cease|discontinue|refund|remain|retain|use|specify|"
            r"negotiate|maintain|permit|allow|grant|dispose)",
        ),
        cue(
            0.8,
            r"\b(?:for|during|within)\b[^.]{0,40}\b(?:days?|months?|years?)\b[^.]{0,30}\b(?:after|following|from|"
            r"of)\s+(?:the\s+)?(?:date of\s+)?(?:any\s+|such\s+)?(?:termination|expiration|expiry|cancellation)\b"
            # "within 60 days after the expiration of each calendar quarter": a period, not the contract
            r"(?! of (?:each|every|the|any|such|its|a) (?:\w+ )?(?:quarter|month|year|period|week|batch|lot|warranty))",
            unless=r"\bconfidential",
        ),
        cue(
            0.75,
            r"\b(?:if|in the event|where|should)\b[^.]{0,60}\b(?:is|are|be|being|has been)\s+(?:\w+\s+)?"
            r"(?:terminated|cancelled|canceled)\b[^.]{0,150}\b(?:may|shall|will)\s+(?:\w+\s+)?continue\b",
        ),
        cue(
            0.6,
            r"\b(?:upon|after|following)\s+(?:the\s+)?(?:termination|expiration)\b[^.]{0,150}\b(?:remain|continue)\s+"
            r"in(?:to)?\s+(?:full\s+)?(?:force|effect)",
        ),
        cue(
            0.7,
            r"\b(?:return|destroy|deliver)\w*\b[^.]{0,100}\b(?:confidential information|materials|"
            r"documents|inventory|data|property)\b[^.]{0,100}\b(?:termination|expiration)",
        ),
        cue(0.6, r"surviv(?<!\wsurviv)\w*\b[^.]{0,100}\b(?:termination|expiration)"),
        cue(
            0.75,
            r"\b(?:a l'issue|a la fin|au terme|apres (?:la )?(?:resiliation|expiration))\b[^.]{0,150}"
            r"\b(?:restitu\w*|supprim\w*|transf\w*|assist\w*|continu\w*)",
        ),
    ],
    heading=r"\b(?:effects? of termination|consequences|post-termination|transition|reversibilit|survival)\b",
)


def _alias(source: Rule, label: str, cues: int | None = None, extra: tuple[Cue, ...] = ()) -> Rule:
    return Rule(label, source.gate, source.cues[:cues] + extra, source.heading, source.veto)


# British wording: "maintain with a reputable insurer ... cover of not less than", without the word insurance
# (the French side already counts "assureur").
_INSURER = cue(0.85, r"insurer(?<!\winsurer)s?\b")


CUAD_RULES: dict[str, Rule] = {
    item.label: item
    for item in (
        RENEWAL_TERM,
        NOTICE_TO_TERMINATE_RENEWAL,
        TERMINATION_FOR_CONVENIENCE,
        CAP_ON_LIABILITY,
        UNCAPPED_LIABILITY,
        LIQUIDATED_DAMAGES,
        AUDIT_RIGHTS,
        _alias(INSURANCE, "insurance", extra=(_INSURER,)),
        _alias(GOVERNING_LAW, "governing_law", cues=1),  # CUAD counts the law, not the courts
        EXPIRATION_DATE,
        POST_TERMINATION_SERVICES,
    )
}
