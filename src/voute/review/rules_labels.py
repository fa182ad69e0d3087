"""Patterns for the 21 review labels, French and English, written against normalised text.

Weights: about 0.85-0.95 for wordings that on their own settle the question ("tacite reconduction",
"governed by the laws of"), about 0.5-0.7 for wordings that need support (a second cue or a heading naming
the topic), about 0.3-0.45 for topic words that alone never make a label present.
"""

from __future__ import annotations

from voute.review.rules import Rule, cue, rule

__all__ = ["LABEL_RULES"]

_PROVIDER = (
    r"(?:provider|supplier|contractor|vendor|service provider|consultant|company|licensor|processor|"
    r"prestataire|titulaire|fournisseur|sous-traitant|agence|societe|\{\{?[a-z_.]+\}?\})"
)
# French provider names only: the French-verb cues below then never run a regex over English passages.
_PROVIDER_FR = r"(?:prestataire|titulaire|fournisseur|sous-traitant|agence|societe)"
_NUM = r"(?:\(?\d+(?:[.,]\d+)?\)?|[a-z]+(?:[- ][a-z]+)? \(\d+\))"
_NOT_CONTRACT_TERM = (
    r"\b(?:confidential\w*|garantie|warranty|licen[cs]e|conservation|retention|conserv\w*|archiv\w*|"
    r"pendant (?:toute )?la duree|during the term|throughout the term|for the duration)\b|"
    # how long a quote holds: "les devis sont valables pour une durée de 15 jours"
    r"\bdevis\b[^.]{0,40}\bvalables?\b|"
    # how long an author's rights are assigned (issue 7, round 6): "la cession est consentie pour toute la durée de
    # la propriété littéraire et artistique"
    r"\bpropriete (?:litteraire|intellectuelle)\b|\bdroits? d'auteur\b|"
    # how long an undertaking survives the contract (issue 7, round 8): "pour une durée de trois (3) années à compter
    # de leur cessation", "pendant un an à compter de la fin du contrat" (non-solicitation, confidentiality)
    r"\ba compter de (?:la |leur |sa |son )?(?:cessation|fin (?:du contrat|des relations)|expiration|resiliation)\b"
)
_COURTS = r"\b(?:courts?|tribunaux|tribunal|jurisdiction|juridictions?)\b"
# The French consumer code's own words, often reproduced in general terms of sale: the law, not a clause.
_STATUTE_CONSUMER = r"\ble professionnel\b[^.]{0,60}\ble consommateur\b"
_PAYMENT = r"paiement|payment|factur|invoice|interet|interest|recouvrement|late fee|overdue"
# Late-payment penalties (Code de commerce L. 441-10: interest and a recovery fee) are not service penalties;
# an invoice named as the base of a service penalty ("2 % de la facture mensuelle") is.
_LATE_PAYMENT = (
    r"(?:retard|defaut) (?:de|du) (?:paiement|reglement)|late payment|paid late|payments? (?:is |are )?(?:late|"
    r"overdue)|interets? (?:de retard|moratoires)|taux d'interet|interest (?:rate|at)|recouvrement|late fees?|"
    r"overdue|non-?paiement|impayes?|"
    r"delay\w* (?:by (?:the )?\w+(?: \w+)? )?in (?:its |their |such |the |any )?payments?|"
    r"delay in paying|retard (?:dans le|de) (?:paiement|reglement)|"
    # payment after the due date, said without the word "late" (French standard terms of sale)
    r"(?:paiement|reglement)s? (?:intervenant )?(?:apres|au-dela (?:de|du|des)) (?:la date|le delai|les delais|"
    r"l'echeance|le terme)|payments? (?:made |received )?after the due date"
)
# A fee owed when the customer ends the contract early is not a service penalty, even "deemed liquidated damages".
_TERMINATION_FEE = (
    r"\b(?:termination (?:for (?:convenience|cause) )?fees?|early termination (?:fees?|charges?)|"
    r"indemnites? de (?:resiliation|rupture)|frais de resiliation)\b"
)

SERVICES = rule(
    "services",
    "appartient|charge|consist|comprend|inclu|porte|attendu|tierce|nous|"
    "servic|prestation|objet|scope|provide|fourn|deliverable|livrable|perimetre|mission|realis|support|statement|"
    "iso|standard|norme|nf|certification|cahier|description|contractor|supplier|vendor|company|work|"
    "perform|render|furnish|supply|deliver|titulaire|prestataire|host|maintain|mainten|fonctionnalit|compos|a"
    "ssur|interven|octroi|garanti|"
    "heberg|infogeran|depann|develop|creat|build|forfait|abonnement|24h|le present|produc|manufactur|packag|"
    "transport|redeliver|underwrit|distribut|administrat|transfer agent|advis|carrier|broadcast|transmi"
    "|consultant|agency|outsourc|entrust|appointment|effectu|execut|operator|integrator|advertis|banner|spot|promot",
    [
        cue(
            # the service named by its own verb when the provider goes by another name (manufacturer, carrier,
            # distributor, adviser): "shall produce the products described in Schedule A for", "agrees to receive
            # ... and to deliver", "will act as principal underwriter for"
            0.7,
            r"\b(?:shall|will|agrees? to) (?:produce|manufacture|package) (?:the |all |such )?"
            r"(?:products?|units?|goods)\b|"
            r"\bagrees? to (?:accept and )?(?:receive|accept)\b[^.;]{0,160}\band (?:to )?"
            r"(?:transport|deliver|redeliver)\b|"
            r"\bagrees? to (?:transport|carry|ship) and (?:re)?deliver\b|"
            r"\b(?:shall|will) (?:broadcast|air|transmit) (?:the |all |such )?(?:\w+ )?programs?\b|"
            r"\b(?:shall|will|agrees? to) act as (?:the |its )?(?:principal |exclusive |non-exclusive )?(?:underwriter|"
            r"distributor|administrator|transfer agent|investment adviser|sub-adviser|servicing agent|carrier)\b|"
            # services set 9: "shall be responsible for the sourcing/producing of the Product", "hereby accepts such
            # appointment, as the exclusive Remarketing Agent of the shares" (not an agent for service of process)
            r"\b(?:shall|will) be responsible for (?:the )?(?:sourcing|production|producing|manufactur\w*)\b[^.]{0,30}"
            r"\bof (?:the |all )?(?:products?|goods|units|fuel)\b|"
            r"\bhereby accepts? (?:such |the |its )?appointment\b[^.]{0,40}\bas (?:the |its )?(?:exclusive |sole )?"
            r"(?:\w+ ){0,2}agent\b",
            literals=("produce", "manufacture", "package", "receive", "accept", "act as", "transport", "carry", "ship",
                      "broadcast", "air", "transmit", "responsible for the sourc", "responsible for the produc",
                      "responsible for the manufactur", "responsible for sourc", "responsible for produc",
                      "responsible for manufactur"),
            unless=r"\bservice of process\b|\bprocess agent\b",
        ),
        cue(
            # what the provider supplies given as a list after a colon (English public set 12): "We provide: the
            # software, a licence key and email support", "The Supplier will furnish: ..."
            0.75,
            # the verb before a colon is rare and cheap to find: the subject is checked only then
            r"\b(?:provide|offer|supply|deliver|furnish)s?\W{0,3}:",
            needs=r"\b(?:we|provider|supplier|vendor|licensor|contractor|company) (?:will |shall )?(?:provide|offer|"
            r"supply|deliver|furnish)s?\W{0,3}:",
        ),
        cue(
            # a promoter's or a distributor's own duties (services set 12): "will run two banner advertising programs
            # per month", "will provide one 15-second spot on its weekly show", "Distributor will employ trained
            # personnel to provide technical and marketing support"
            0.75,
            r"\b(?:shall|will|agrees? to) (?:provide|run|place|display|air|deliver|feature|broadcast|publish)\b"
            r"[^.;]{0,80}\b(?:spots?|banners?|advertisements?|ad (?:impressions|placements)|promotions?|promotional "
            r"(?:placements?|messages?|mentions?))\b|"
            r"\b(?:distributor|reseller|dealer|promoter|sales agent) (?:shall|will|agrees? to) (?:use (?:its )?"
            r"(?:best|reasonable|commercially reasonable) efforts to )?(?:actively )?(?:promote|market|advertise|"
            r"solicit|demonstrate|employ (?:\w+ ){0,3}?(?:personnel|staff|engineers|salespeople|sales representatives)|"
            r"provide (?:\w+ ){0,4}?(?:support|service|training)|maintain (?:\w+ ){0,4}?(?:inventory|stock|"
            r"demonstration|showroom|sales force|personnel|staff))\b",
            # the customer handing over its own artwork or logos for the campaign is not the promoter's work
            unless=r"\b(?:artwork|creative materials|logos?|graphics files)\b",
        ),
        cue(
            # requirements of the system to be built or run, in a statement of work: "the system must incorporate a
            # web-based interface", "the solution shall support single sign-on"
            0.65,
            r"\bthe (?:system|solution|software|application|platform) (?:must|shall) (?:incorporate|include|"
            r"provide|support|allow|be accessible|use|not have)\b",
        ),
        cue(
            0.8,
            _PROVIDER + r"[^.;]{0,80}\b(?:shall|will|agrees? to|s'engage a|s'oblige a|doit|devra|assure|assurera|"
            r"fournit|fournira|realise|realisera|met a disposition|delivre)\b[^.;]{0,40}\b(?:provide|perform|deliver|"
            r"render|fournir|realiser|executer|assurer|concevoir|mettre a disposition|fournit|realise|assure)\b"
            # what is provided is a notice (English public set 14): "the provider will endeavour to provide seven
            # days' advance notice of service-affecting maintenance"
            r"(?!(?: [\w']+){0,4}? (?:advance |prior |written )?notices?\b)"
            r"[^.;]{0,40}\b(?:services?|prestations?|deliverables?|livrables?|support|maintenance|travaux|work|"
            r"solution|acces|access|hosting|hebergement|infogerance|assistance technique)\b",
        ),
        cue(
            0.75,
            r"\b(?:le present (?:contrat|marche|accord|document)|la presente (?:convention|annexe)|"
            r"(?:l'|le )?accord-cadre|le marche|ce contrat)\b[^.]{0,60}\ba pour objet\b",
        ),
        cue(
            0.75,
            r"\b(?:the services?|le service|les services|les prestations?)\s+(?:include|includes|consist|"
            r"comprise|inclut|incluent|comprend|comprennent|consiste|consistent|englobe|porte(?:nt)? sur|"
            r"shall include|will include|may include|are described)",
        ),
        cue(
            0.7,
            r"\b(?:scope of (?:the )?(?:services|work)|statement of work|description (?:des|du) "
            r"(?:services?|prestations?)|perimetre (?:du service|des prestations)|cahier des (?:charges|clauses "
            r"techniques)|objet du (?:marche|contrat))\b",
            # "le client transmet son cahier des charges au prestataire": an input the client supplies
            unless=r"\ble client (?:s'engage a |doit |devra )?(?:faire parvenir|fournir|fournit|transmettre|transmet|"
            r"remettre|remet|communiquer|communique)\b",
        ),
        cue(
            0.7,
            r"\b(?:shall|will|agrees? to|undertakes? to|is to)\s+(?:use (?:\w+ ){0,3}efforts to\s+)?"
            r"(?:provide|perform|render|furnish|deliver|supply)\b"
            # a notice is what is provided (English public set 14): "will provide thirty days' notice of ..."
            r"(?!(?: [\w']+){0,4}? (?:advance |prior |written )?notices?\b)"
            r"[^.;]{0,80}\b(?:services?|support|maintenance|"
            r"hosting|deliverables|tasks|functions|processing)\b",
            unless=r"\b(?:customer|client|licensee|company) (?:shall|will|agrees? to) "
            r"(?:provide|furnish|deliver|supply)",
        ),
        cue(
            0.75,
            # the verb may sit after a relative clause: "met a disposition une equipe qui gere les appels"
            r"\b" + _PROVIDER_FR + r"\b[^.;]{0,80}?\b(?:prend(?:ra)? en charge|assure(?:ra)?|traite(?:ra)?|"
            r"gere(?:ra)?|realise(?:ra)?|execute(?:ra)?|repond(?:ra)?|mene(?:ra)?|accueille(?:ra)?|"
            # French public round 7: "la Société assure la maintenance préventive, corrective et évolutive de la
            # Plateforme", "la Société propose un service d'assistance technique"
            r"propose(?:ra)?)\b[^.;]{0,80}"
            r"\b(?:accueil|appels?|demandes?|reclamations?|"
            r"messages?|courriels?|dossiers?|support|assistance|gestion|relation (?:client|clientele)|clientele|"
            r"abonnes|usagers|interventions?|traitement|maintenance|hebergement|exploitation|supervision|"
            r"infogerance|mises? a jour)\b",
        ),
        cue(
            0.7,
            r"\b(?:definit|fixe|precise|determine|definir|fixer|preciser|determiner)(?:nt)? (?:les conditions|"
            r"les modalites)[^.]{0,40}\b(?:dans lesquelles|selon lesquelles|auxquelles)\b[^.]{0,60}" + _PROVIDER_FR,
        ),
        cue(
            # the services listed after a colon: "fournit aux Clients les Services suivants : le développement et
            # l'hébergement de sites", "le Titulaire réalise les prestations suivantes :"
            0.75,
            r"\b(?:les|des) (?:services|prestations|missions|taches) suivante?s\s*:",
            unless=r"\b(?:ne sont pas|sont exclue?s|hors (?:du )?(?:perimetre|forfait)|non compris|non inclu\w*)\b",
        ),
        cue(
            # the processing operations a processor performs, listed after a colon (issue 7, round 10): "le
            # sous-traitant effectue, pour le compte du responsable, les opérations de traitement suivantes :"; the
            # client's own operations or forbidden ones are no service
            0.75,
            r"\b(?:effectue|effectuera|realise|realisera|execute|executera|assure|assurera|met en oeuvre|"
            r"mettra en oeuvre)\b[^.;:]{0,80}?\bles operations (?:de traitement )?suivantes\s*:",
            unless=r"\b(?:le client|le responsable(?: de traitement| du traitement)?|l'utilisateur|vous) (?:effectue|"
            r"realise|execute|assure|met en oeuvre)\b|\b(?:interdite?s?|ne sont pas|sont exclue?s)\b",
        ),
        cue(
            # the document itself frames the work: "le présent contrat définit les conditions de maintenance et de
            # support", "le présent cahier organise la maintenance applicative", "le présent SLA couvre les
            # composants managés par l'hébergeur"
            0.75,
            r"\ble present (?:contrat|marche|accord(?:-cadre)?|document|cctp|cahier(?: des charges)?|sla|"
            r"engagement)\b[^.]{0,20}\b(?:definit|organise|couvre|regit|encadre|porte sur|a pour but)\b[^.]{0,80}"
            r"\b(?:maintenance|support|assistance|prestations?|services?|hebergement|infogerance|exploitation|"
            r"composants?|equipements?|developpements?|evolutions?)\b",
            # "le présent contrat définit les conditions de paiement" frames no work
            unless=r"\b(?:conditions|modalites) (?:de |du )?(?:paiement|prix|facturation|resiliation)\b",
        ),
        cue(
            0.8,
            r"\bconfie(?:nt|ra)? (?:au|a la societe|a l') ?(?:prestataire|titulaire|fournisseur)\b[^.;]{0,60}"
            r"\b(?:la gestion|le traitement|la prise en charge|l'exploitation|la realisation|l'execution|"
            r"l'accueil|le support)\b",
        ),
        cue(
            # the provider is often named, not called "le Prestataire": "Durand SA s'engage à dépanner les
            # serveurs", "Durand SA garantit au Client une assistance", "Durand SA octroie au Client un accès"
            0.75,
            r"\b(?:s'engage(?:nt)? a|s'oblige(?:nt)? a)\s+(?:\w+ ){0,2}(?:fournir|assurer|realiser|executer|effectuer|"
            r"intervenir|heberger|maintenir|mettre a (?:la )?disposition|mener a (?:bien|terme)|accomplir)\b"
            r"[^.;]{0,80}\b(?:services?|prestations?|missions?|"
            r"support|maintenance|hebergement|infogerance|assistance|interventions?|visites|depannages?|"
            r"dysfonctionnements?|entretien|logiciels?|plateforme)\b|\b(?:garantit|fournit|fournira|octroie|"
            r"octroiera|procure)\s+au client\b[^.;]{0,60}\b(?:prestations?|services?|acces|support|assistance|"
            r"maintenance|hebergement)\b",
            # the client's undertakings, or those the provider passes on to third parties, describe no service
            unless=r"\ble client (?:s'engage|s'oblige)|\btiers\b|\bsous-traitants?\b",
        ),
        cue(
            0.75,
            r"\b(?:engages?|retains?|appoints?|outsources? to)\s+(?:the )?" + _PROVIDER + r"\s+to\s+(?:provide|perform|"
            r"operate|manage|handle|staff|run)\b",
        ),
        cue(
            # the provider runs a named system: "shall host and maintain the Site", "shall design, develop, operate,
            # maintain and manage ... the Site", "for Leader to service and maintain the software"
            0.7,
            # the object right after the verb: "manage access to systems" (a security measure) is not one; "service"
            # and "support" left out as verbs: as nouns they are in nearly every passage
            r"\b(?:shall|will|agrees? to|to)\s+(?:\w+(?:,| and| or)\s+){0,6}(?:host|maintain|operate|manage|"
            r"repair)\s+(?:the |its |a |such |all )?(?:[a-z'-]+ )?(?:site|web ?site|software|systems?|platform|"
            r"applications?|network|equipment|facility|servers?|vehicles|fleet)\b",
            unless=r"\b(?:customer|client|licensee|owner|company) (?:shall|will|agrees? to) (?:\w+ ){0,3}(?:host|"
            r"maintain|operate|manage)",
        ),
        cue(
            # a description closed by its defined name: '... and to subscribe to the Offering (together, the
            # "Services")'
            0.7,
            r"\((?:together|collectively|hereinafter)?,? ?(?:the )?\"(?:[a-z]+ )?services\"\)",
        ),
        # round-the-clock support is a service description: "24 x 7 emergency phone support"
        cue(0.7, r"\b24\s?(?:x|/)\s?7\b[^.]{0,40}\b(?:support|monitoring|help ?desk|assistance)\b"),
        # the same the other way round: "Ticket Support: 24/7/365", "monitoring of all covered devices 24 x 7"
        cue(0.7, r"\b(?:support|monitoring|help ?desk|assistance)\b[^.]{0,40}\b24\s?(?:x|/)\s?7\b"),
        cue(
            # the provider builds something for the client: "Developer agrees to create a WordPress website for
            # Client", "Service Provider will develop and deploy one (1) new feature or enhancement per month"
            0.7,
            r"\b(?:shall|will|agrees? to|undertakes? to)\s+(?:\w+(?:,| and| or)\s+){0,4}(?:create|design|develop|"
            r"build|implement|deploy|program|code)\b[^.;]{0,40}\b(?:web ?sites?|applications?|apps?|software|"
            r"platforms?|features?|enhancements?|modules?|integrations?|solutions?|deliverables?)\b",
            unless=r"\b(?:customer|client|licensee|company|buyer) (?:shall|will|agrees? to) (?:\w+ ){0,3}(?:create|"
            r"design|develop|build|implement|deploy)",
        ),
        cue(
            # a hosted service run by the provider: "Provider agrees to run the Service so that Users can use ...";
            # the service's name may be in Markdown italics ("_Service_")
            0.7,
            r"\b(?:shall|will|agrees? to|undertakes? to)\s+(?:run|operate|host)\s+(?:and (?:maintain|support) )?"
            r"(?:the |its |a )? ?(?:service|services|platform|solution|offering|site|website) ?\b",
            unless=r"\b(?:customer|client|licensee|user)s? (?:shall|will|agrees? to|may) (?:run|operate|host)",
        ),
        cue(
            # what a package holds: "un forfait d'infogérance est un abonnement ... qui comprend : une surveillance
            # ...", "l'abonnement inclut l'accès à la plateforme et le support"
            0.65,
            r"\b(?:forfaits?|abonnements?|formules?|offres?|packs?)\b[^.]{0,100}\b(?:comprend|comprennent|inclut|"
            r"incluent|englobe|englobent)\b",
            # the price of the package, not its content: "le prix du forfait comprend les frais de déplacement"
            unless=r"\b(?:prix|tarifs?|montants?|couts?)\b[^.]{0,20}\b(?:du |de l'|des )(?:forfaits?|abonnements?)",
        ),
        cue(
            # round-the-clock French support: "Réponse : 24h/24, 7j/7", "astreinte 24h/24 et 7j/7"
            0.6,
            r"\b24 ?h ?/ ?24\b[^.]{0,10}\b7 ?j ?/ ?7\b",
            literals=("24h", "24 h"),
            needs=r"\b(?:support|assistance|hotline|astreinte|supervision|surveillance|reponse|accueil|permanence|"
            r"intervention|service)\b",
        ),
        # two cues so that each has literals to test first ("nf" alone is too short to filter anything)
        cue(0.55, r"\b(?:norme|standard|certification|iso)\s?\d{3,5}\b"),
        cue(0.55, r"\bnf (?:en |iso |x ?)?\d{2,5}\b"),
        cue(0.35, r"\b(?:services?|prestations?|deliverables|livrables)\b"),
        cue(
            # what the general terms govern: "les présentes CGV régissent la fourniture de services de conseil"
            0.75,
            r"\b(?:regissent|regit|encadrent|encadre|definissent)\b[^.]{0,40}\b(?:la fourniture|la realisation|"
            r"l'execution) (?:de |des |d')(?:services?|prestations?)\b",
        ),
        cue(
            # a maintenance duty: "à maintenir en bon état de fonctionnement les applications couvertes"
            0.7,
            r"\bmaint(?:enir|ient|iendra|ien) en (?:bon )?(?:etat de (?:fonctionnement|marche)|"
            r"condition operationnelle)\b",
        ),
        cue(
            # what a contract or package is made of: "le contrat Backup qui se compose de la manière suivante"
            0.7,
            r"\b(?:contrat|offre|forfait|abonnement|pack)\b[^.]{0,80}\b(?:se compose|est compose|se decompose)\b"
            r"[^.]{0,30}\b(?:suivante|suit)\b",
            unless=r"\b(?:documents|pieces) contractuel",
        ),
        cue(
            # what an application maintenance covers: "la TMA ... couvre les bugs et les petites évolutions"
            0.7,
            r"\b(?:il|elle|la tma|la maintenance(?: \w+)?|le contrat|la prestation|le forfait|l'abonnement)\s+"
            r"(?:couvre|couvrent|"
            r"inclut|comprend)\s+(?:les|la|le|l')\b",
            needs=r"\b(?:bugs?|anomalies|evolutions?|corrections?|incidents|dysfonctionnements)\b",
            unless=r"\bassuran",
        ),
        cue(
            # the features the provider is to build: "les fonctionnalités prévues :"
            0.65,
            r"\bfonctionnalites (?:prevues|attendues|a developper|demandees|a realiser)\b",
        ),
        cue(
            # the English "a pour objet": "the subject of these conditions is the provision of data storage", "the
            # purpose of this Agreement is the supply of hosting services"
            0.75,
            # the contract itself is named: "the subject of the meeting is the delivery of chairs" is not
            r"\b(?:subject(?: matter)?|purpose|object)\b[^.]{0,20}\b(?:this|these|the present)\s+(?:agreement|contract|"
            r"terms|conditions|order)\b[^.]{0,30}\bis (?:the )?(?:provision|supply|delivery|rendering) of\b",
        ),
        cue(
            # access as the service: "the provider shall ensure that the customer has access to the services"
            0.75,
            r"\b" + _PROVIDER + r"\s+(?:shall|will|must)\s+(?:\w+\s+)?(?:ensure|guarantee|make sure)\s+that\s+"
            r"(?:the\s+)?(?:customer|client|users?)\s+(?:has|have|can|is able to)\s+(?:\w+\s+)?access\b",
        ),
        cue(
            # work delivered to stated criteria: "the Contractor will submit a minimum of one contribution that meets
            # the acceptance criteria", "must deliver the work in the manner specified in the specifications"
            0.7,
            r"\b" + _PROVIDER + r"\s+(?:shall|will|must)\s+(?:\w+\s+){0,2}(?:deliver|submit|provide)\b[^.]{0,80}"
            r"\b(?:meets?|satisf\w*|conform\w*|complies|comply|in the manner specified in|in accordance with)\b"
            r"[^.]{0,20}\b(?:acceptance criteria|specifications?|requirements)\b",
        ),
        # English families from the issue-7 proactive audit (docs/review.md): the work named by its verb
        # ("Agency shall plan, create and place campaigns"), all labour furnished, a help desk or payroll run,
        # work outsourced to the provider, "we will answer your questions", a SOW's deliverables listed.
        cue(
            # the provider may also go by its role (issue 7, English public set 11): "the Operator will provision,
            # configure, and operate the Suite", "the Integrator shall install" (not a third party's network operator)
            0.7,
            r"\b(?:provider|supplier|contractor|vendor|consultant|agency|carrier|(?<!network )(?<!mobile )"
            r"(?<!telecom )(?<!third-party )(?<!third party )operator|integrator|outsourcer)\s+"
            r"(?:shall|will|agrees to|"
            r"undertakes to)\s+(?:\w+,? ){0,3}?(?:and |or )?(?:plan|create|design|develop|build|produce|operate|run|"
            r"staff|manage|handle|process|administer|undertake|carry out|conduct|implement|install|configure|"
            r"clean|transport|ship|store|answer|advise|host)\b",
        ),
        cue(
            0.7,
            r"\b(?:provider|supplier|contractor|vendor|consultant|agency|carrier)\s+(?:shall|will) be (?:solely )?"
            r"responsible for (?:the )?(?:\w+ing|provision|performance|operation|management|delivery|design|"
            r"development|maintenance)\b",
        ),
        cue(
            0.8,
            r"\b(?:furnish|provide|supply)\w* all (?:\w+ ){0,2}?(?:labou?r|personnel|materials?|equipment|"
            r"supervision)\b"
            r"|\b(?:performance work statement|statement of objectives)\b",
        ),
        cue(
            0.75,
            r"\b(?:outsources?|entrusts?)\s+to\s+(?:the )?(?:provider|supplier|contractor|vendor|service provider|"
            r"consultant|agency)\b",
        ),
        cue(
            0.75,
            r"\b(?:engages?|retains?|appoints?|hires?|commissions?)\s+(?:the )?(?:provider|supplier|contractor|vendor|"
            r"service provider|consultant|agency|carrier|advis[eo]r)\s+(?:as \w+ )?to\s+(?:\w+ )?(?:advise|assist|"
            r"develop|design|support|deliver|implement|conduct|render|act|build|create|carry out|undertake|audit|"
            r"prepare|market|promote|distribute|transport|clean)\b",
        ),
        cue(
            0.7,
            r"\b(?:we|our (?:support |service |customer )?team)\s+(?:will|shall)\s+(?:\w+ ){0,2}?(?:answer|respond to|"
            r"help|assist|host|operate|maintain|support|provide (?:the |you with (?:the )?)?(?:services?|support|"
            r"access))\b",
            literals=("we will", "we shall", "team will", "team shall"),
        ),
        cue(
            # the same offer in the present tense (English public set 14): "we provide technical support services to
            # our customers", "we offer maintenance services for the licensed software"
            0.7,
            r"\bwe (?:currently )?(?:provide|offer|deliver|render) (?:\w+ ){0,2}?(?:support|maintenance|hosting|"
            r"help ?desk)(?: and \w+)? services? (?:to|for)\b",
            literals=("we",),
            unless=r"\b(?:provide|offer|deliver|render) no\b",
        ),
        cue(
            0.75,
            r"\bthe deliverables (?:(?:under|of|for) (?:this|the|each) (?:sow|statement of work|task order|project|"
            r"agreement|contract|phase) )?(?:are|include|shall (?:be|include)|consist of)\b"
            r"|(?:^|[.;:]\s*)services (?:include|comprise|consist of|cover)\b",
        ),
        # Proactive French families (issue 7, s8 audit): the provider (or "nous") as the subject of a
        # service verb, in any tense or after a modal: "le titulaire exécutera les travaux", "il appartient au
        # titulaire de procéder à l'entretien", "nous nous engageons à vous livrer"; documents it hands over are not
        # services ("le titulaire fournit la liste", "fournit une attestation").
        cue(
            0.7,
            r"\b(?:prestataire|titulaire|fournisseur|hebergeur|editeur|integrateur|nous)\b(?: (?:s'engage|s'oblige|"
            r"nous engageons|nous obligeons) a| (?:doit|devra|devons)| de)?(?: (?:vous|lui|leur))? (?:assure(?:ra|r)?|"
            r"assurons|execute(?:ra|r)?|executons|realise(?:ra|r)?|realisons|effectue(?:ra|r)?|effectuons|"
            r"fourni(?:t|ra|r)|fournissons|livre(?:ra|r)?|livrons|gere(?:ra|r)?|gerons|prend(?:ra)? en charge|"
            r"prendre en charge|prenons en charge|procede(?:ra|r)? a|procedons a|met(?:tra)? a (?:la )?disposition|"
            r"mettre a (?:la )?disposition|mettons a (?:la )?disposition|heberge(?:ra|r)?|hebergeons|"
            r"developpe(?:ra|r)?|exploite(?:ra|r)?|installe(?:ra|r)?|conseille(?:ra|r)?|accompagne(?:ra|r)?)\b"
            r"(?! (?:au client |a l'acheteur |au pouvoir adjudicateur )?(?:une? |la |le |les |l'|toute?s? )?"
            r"(?:factures?|attestations?|justificatifs?|certificats?|liste|copies?|preuves?|offres?|devis|"
            r"informations?|documents?|rapports?|comptes? rendus?|avoirs?|garanties?)\b)",
        ),
        cue(
            # the system the provider (or processor) runs for the client (issue 7, round 6): "le Sous-Traitant
            # fournit un système de prise de commande", "l'éditeur met à disposition une plateforme de réservation"
            0.7,
            r"\b(?:sous-traitant|prestataire|fournisseur|editeur|hebergeur|titulaire) (?:fournit|fournira|exploite|"
            r"exploitera|met a disposition|mettra a disposition|edite) (?:un|une|sa|son) (?:systeme|plateforme|"
            r"logiciel|application|solution|outil|progiciel|service)s?\b",
        ),
        cue(
            # "le titulaire est chargé de la collecte", "la mission du Prestataire consiste à conseiller"
            0.7,
            r"\b(?:prestataire|titulaire|fournisseur) (?:est|sera) (?:charge|tenu) (?:de la|du|des|de l')\b|"
            r"\b(?:la mission|les missions|le role) (?:du|de la) (?:prestataire|titulaire|fournisseur|consultant|"
            r"societe) (?:consiste|consistent|comprend|comprennent|porte|portent|est de|sont de)\b",
        ),
        cue(
            # the work itself as the subject: "les prestations de restauration comprennent la fabrication...", "le
            # marché porte sur la maintenance", "les prestations attendues sont les suivantes"
            0.7,
            r"\b(?:les |la |le )(?:prestations?|services?|missions?|marche|lot \d+)\b(?: [^.;:]{0,60}?)? (?:comprend|"
            r"comprennent|inclut|incluent|consistent? (?:a|en)|couvre|couvrent|recouvre|recouvrent|porte(?:nt)? sur|"
            r"englobe(?:nt)?)\b|\ble present (?:lot|marche|contrat|accord-cadre) concerne\b|"
            r"\b(?:prestations|services|missions|taches|travaux) (?:attendu|demande|a realiser|a executer|confie|"
            r"a assurer)\w* (?:du (?:prestataire|titulaire) )?(?:sont|comprennent|consistent)\b|"
            r"\btierce maintenance applicative\b|"
            r"\b(?:prestataire|titulaire)\b[^.;]{0,60}?\b(?:tenir|tient|tiendra|assurer|assure|assurera) "
            r"(?:la |une |le )?(?:permanence|accueil|standard|hotline|helpdesk|centre (?:d'appels|de contacts))\b",
            unless=r"\b(?:prix|frais|tva|taxes?|factur\w*|tarifs?)\b",
            literals=("compren", "inclut", "incluent", "consiste a", "consiste en", "consistent a", "consistent en",
                      "couvre", "concerne", "porte sur", "portent sur", "englobe",
                      "permanence", "accueil", "standard", "hotline", "helpdesk", "centre d",
                      "attendu", "demande", "a realiser", "a executer", "confie", "a assurer", "tierce maintenance"),
        ),
        cue(
            # manufacturing as a service, or selling as one (issue 7, services set 8): "and manufacture in conformity
            # with the agreed specifications and supply", "shall use reasonable efforts to display, market, promote
            # and sell the Products in its stores"
            0.7,
            r"\bmanufacture (?:the (?:products?|goods|units) )?in (?:compliance|conformity|accordance) with (?:the )?"
            r"(?:\w+ ){0,3}(?:specifications|[a-z]?gmps?|quality agreement)\b|"
            r"\b(?:to|shall|will) (?:(?!not\b)\w+ ){0,2}(?:display|market|promote|advertise),? (?:\w+,? ){0,5}"
            r"(?:and|or) (?:sell|promote|market|distribute) the (?:products?|services)\b",
        ),
    ],
    heading=r"\b(?:services?|prestations?|objet|scope|description|perimetre|missions?|deliverables|livrables|"
    r"nature des (?:services|prestations|travaux))\b",
    # "pour le compte du responsable" is processor wording; "traite pour le compte du client les appels" is not.
    veto=r"\b(?:personal data|donnees (?:a caractere )?personnel|on behalf of|"
    r"pour le compte (?:et sur|du responsable))",
)

# An availability aimed at on a best-effort basis and expressly not guaranteed is no service level (issue 7, French
# set 16): "fera ses meilleurs efforts pour rendre les Services disponibles 100 % du temps mais ne peut fournir de
# garanties selon lesquelles le Service ne sera jamais interrompu".
_UPTIME_NOT_GUARANTEED_FR = (
    r"\bmeilleurs efforts\b[^.]{0,300}\bne (?:peut|peuvent|saurait|pourra) (?:fournir|donner|offrir|apporter) "
    r"(?:de |d'|aucune )?(?:garanties?|promesses?|engagements?)\b"
)

# French number words for delays written without digits ("dans un délai de cinq jours ouvrés").
_NUM_FR_WORD = (
    r"(?:une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante(?:-huit)?|"
    r"soixante(?:-douze)?)"
)

_NUM_EN_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety)(?:-[a-z]+)?"
)

SERVICE_LEVELS = rule(
    "service_levels",
    "temps|taux|repond|trait|resol|retabli|intervention|pris|prise|corrig|livr|decroch|rappel|repar|restaur|a"
    "chev|accessible|operationnel|execution|remis|"
    "%|percent|pour cent|delai|within|dans un|sous|minute|heure|hour|jour|day|sla|kpi|service level|"
    "niveau|milestone|jalon|uptime|availab|disponib|delivery|calendrier|indicateur|performance|engagement|gti|gtr|"
    "response time|turnaround|turn-around|on time|on-time|downtime|accessib|critiq|bloquant|production|mise|"
    "quickly|no later than"
    "|second|week|nbd|latency|jitter|not later than|on or before|planning|satisf|phase|deliverable|recette"
    "|au plus tard|net promoter",
    [
        cue(
            # a dated milestone set as a deadline before the provider's act: "Within three (3) months of the date
            # hereof, the developer shall establish the web site", "No later than <<date>>, Supplier shall deliver"
            0.7,
            r"\b(?:within|no later than)\b[^.;]{0,60},\s*(?:the )?\w+ (?:shall|will) (?:deliver|establish|complete|"
            r"launch|implement|install|set up|go live)\b",
            unless=r"\b(?:terminat\w*|expir\w*|end of (?:the|this) (?:agreement|contract)|payment|invoice)\b",
            literals=("within", "no later than"),
        ),
        cue(
            0.85,
            r"\b(?:uptime|availability|available|disponibilite|disponible|taux de service|service level|"
            r"niveau de service|taux de (?:decroche|reponse|resolution|traitement|qualite|satisfaction)|"
            r"first call resolution|answered|decroche)[^.]{0,120}?\d{1,3}(?:[.,]\d+)?\s?(?:%|percent|pour cent)",
            # a person's share of working time: "an assistant will be available (50%) under a secondment"
            unless=r"\b(?:secondment|seconded|assistants?|of (?:his|her|their) (?:working )?time|part[- ]time)\b|"
            + _UPTIME_NOT_GUARANTEED_FR,
        ),
        cue(
            0.85,
            r"\d{2}(?:[.,]\d+)?\s?(?:%|percent|pour cent)[^.]{0,80}(?:uptime|availab|disponib|"
            r"\bof (?:all |the )?(?:\w+ ){0,2}(?:calls|contacts|chats|e-?mails|tickets|incidents|requests|inquiries|"
            r"complaints|messages|cases|interactions|sessions|conversations)|\bdes (?:\w+ ){0,2}(?:appels|contacts|"
            r"courriels|e-?mails|tickets|incidents|demandes|reclamations|messages|dossiers|cas|interactions))",
            literals=("%", "percent", "pour cent"),  # rarer than any of the nouns
        ),
        cue(
            0.8,
            r"\b(?:respon(?:se|d)|resol(?:ution|ve)|restor(?:e|ation)|intervention|intervenir|prise en charge|"
            # final French set: "s'engage à prendre en compte les demandes bloquantes sous 4 h"
            r"prendre en (?:charge|compte)|prises? en compte|pris en compte|"
            r"reponse|repondre|retablissement|corriger|correction|traite|acknowledge|answer|triag)"
            r"\w*[^.]{0,100}?(?:within|under|"
            r"no later than|in less than|dans (?:un|les) delais? (?:maximal |maximum |de )?(?:de )?|sous|"
            r"en moins de|au plus tard|or less than)\s*(?:(?:un |une )?" + _NUM
            + r"?\s*(?:secondes?|seconds?|sec\b|minutes?|mn|heures?|hours?|h\b|"
            r"jours? ouvr|business days?|working days?|jours?|days?)|"
            # an English time in words, hours or less only ("respond to breakdowns within two hours"): "resolved
            # within ten days" is more often a dispute or a notice period than a service level
            r"(?:one|two|three|four|five|six|eight|twelve|fifteen|twenty|thirty|forty-five|sixty) (?:hours?|"
            r"minutes?|seconds?)\b)",
            # a dispute or an objection settled within a period: "the accounting firm shall resolve the dispute
            # within thirty (30) days"
            unless=r"\b(?:disputes?|disagreements?|objections?|arbitrat\w*|controvers\w*)\b",
        ),
        cue(0.75, r"\b(?:target|objectif|cible|seuil|threshold|garanti)[^.]{0,60}\d{1,3}(?:[.,]\d+)?\s?%"),
        cue(
            # "Response Time ... shall be the following: emergency 24 hours a day 4 hours", a table of times
            0.8,
            r"\b(?:response|resolution|restoration|repair|intervention|fix|call back|callback) times?\b[^.]{0,200}?"
            r"\b\d{1,3}\s?(?:hours?|hrs?|minutes?|mins?|business days?|working days?)\b|\bdelais? (?:de |d')"
            r"(?:reponse|intervention|resolution|retablissement|correction|prise en charge|rappel|depannage|"
            r"reparation|remise en service)\b[^.]{0,200}?"
            r"\b\d{1,3}\s?(?:heures?|h|minutes?|mn|jours? ouvr\w*)\b",
            literals=("time", "times", "delai", "delais"),
        ),
        cue(
            # a named contact-centre or support KPI followed by its figure
            0.8,
            r"\b(?:average speed of answer|asa|abandonment rate|abandon rate|taux d'abandon|first call resolution|"
            r"first contact resolution|average handle time|average handling time|aht|duree moyenne de traitement|"
            r"duree moyenne de communication|dmt|taux de joignabilite|taux de decroche|taux de service|"
            r"taux de resolution|taux de transfert|taux de rappel|customer satisfaction|csat|net promoter|"
            r"quality score|quality monitoring score|quality assurance score|delai moyen de reponse|"
            r"delai moyen de traitement|delai moyen de prise en charge|delai moyen de rappel|mean time to respond|"
            r"mean time to repair|mean time to restore|mean time to resolve)\b[^.]{0,80}\d",
            # fewer, shorter literals than the names themselves: each name holds one of them
            literals=("speed of answer", "asa", "abandon", "call resolution", "contact resolution", "handle time",
                      "handling time", "aht", "duree moyenne", "dmt", "taux d", "satisfaction", "csat",
                      "net promoter", "score", "delai moyen", "mean time to"),
        ),
        cue(
            0.5,
            r"\b(?:meet|achieve|exceed|attain|respecter|respecte|atteindre|tenir)\w*\b[^.]{0,40}\b(?:service levels?|"
            r"kpis?|key performance indicators|performance standards|niveaux? de service|indicateurs? de "
            r"(?:performance|qualite)|engagements? de (?:qualite|service))\b",
            literals=("service level", "kpi", "key performance", "performance standard", "de service", "indicateur",
                      "engagement"),
            # an excuse, not a level: "neither side will be liable for any failure or delay in meeting any service
            # level ... caused by a Disaster"
            unless=r"\b(?:liable|liability|excused?)\b",
        ),
        cue(
            # a response time left blank in a form: "requests are responded to within ___ to ___ hours",
            # "we will respond within [X] business hours"
            0.75,
            r"\b(?:respon\w*|resol\w*|restor\w*|answer\w*|acknowledg\w*)\b[^.]{0,60}?\bwithin\s+"
            r"(?:_{2,}|\[[^\]]{0,12}\]|\*{3})\s*(?:(?:[-/]|to|and)\s*(?:_{2,}|\[[^\]]{0,12}\]|\*{3})\s*)?"
            r"(?:business |working |calendar )?(?:hours?|minutes?|days?)\b",
            # a redacted period in an arbitration clause: "answer the request for arbitration within *** days"
            unless=r"\b(?:arbitrat\w*|disputes?|claimant|respondent)\b",
        ),
        cue(
            0.55,
            r"\b(?:milestones?|jalons?|delivery schedule|calendrier (?:de livraison|previsionnel)|"
            r"delais? d'execution|date de livraison|delivery dates?)\b",
        ),
        cue(
            # the schedule made binding (issue 7, round 12): "le respect du planning constitue une obligation
            # essentielle du prestataire", "les délais de livraison sont de rigueur"; a schedule given as indicative,
            # or the client's own payment dates, are no service level
            0.75,
            r"\brespect (?:du planning|des delais|du calendrier)\b[^.]{0,80}\b(?:obligation|condition) "
            r"(?:essentielle|determinante)\b|\bdelais? (?:de livraison |de realisation |d'execution )?"
            r"(?:sont|est) (?:de rigueur|imperatifs?)\b",
            unless=r"\b(?:indicati\w*|n'est pas|ne (?:constitue|constituent|sont|saurai\w*) pas|paiement|reglement|"
            r"factur\w*)\b|\b(?:du|de l') (?:client|acheteur)\b",
        ),
        cue(
            # a go-live deadline is a dated milestone: "have the Site fully operational no later than sixty (60) days
            # from signature", "the launch date shall not be later than six (6) weeks after ..."
            0.7,
            r"\b(?:fully operational|operational|go-?live|go live|goes live|launch(?:ed)?|launch date|ready for "
            r"(?:service|use)|in production)\b[^.]{0,120}?\b(?:no later than|not (?:be )?later than|within)\s+"
            r"(?:[a-z-]+ )?\(?\d+\)?\s*(?:calendar |business |working )?(?:days|weeks|months)\b",
            unless=r"\b(?:invoices?|pay|paid|payable|payment|fees?)\b",  # "pay the launch fee within 30 days"
        ),
        cue(
            # French maintenance wording, the delay in digits or in words: "corriger le défaut sous trois jours
            # ouvrés", "rétablir le service en moins de 6 heures", "intervenir dans un délai de douze heures"
            0.8,
            r"\b(?:intervenir|intervient|interviendra|intervention|corriger|corrige|corrigera|correction|mettre a jour|"
            r"mise a jour|retablir|retablit|retablira|retablissement|depanner|depannage|reparer|repondre|rappeler|"
            r"resoudre|prendre en charge|"
            # issue 7, French set 16: "s'engage à vous proposer une solution dès les 24 heures qui suivent votre
            # demande"
            r"(?:proposer|apporter) une solution)\b"
            r"[^.]{0,100}?\b(?:dans un delai (?:maximal |maximum )?de|sous|en moins de|au plus tard (?:sous|dans)|"
            r"dans les|des les)\s+(?:" + _NUM_FR_WORD + r"|\d{1,3})\s*(?:\(\d+\)\s*)?(?:secondes?|minutes?|heures?|h\b|"
            r"jours?)",
            # a cure period or a payment term is not a service level, nor a restore time among a processor's
            # security measures (backups, encryption: a continuity matter)
            unless=r"\b(?:mise en demeure|preavis|paiement|payer|reglement|factur\w*|resiliation|mesures techniques|"
            r"sauvegard\w*|chiffr\w*)\b",
        ),
        cue(
            # a time promised under a named guarantee: "SLA : panne majeure 6H", "GTI de 2 heures"
            0.8,
            r"\b(?:sla|gti|gtr|garantie de temps d(?:e |')(?:intervention|retablissement|reparation|correction))\b"
            r"[^.|]{0,60}?\b\d{1,3}\s?(?:h|heures?|hours?|minutes?|mn|jours? ouvr\w*)\b",
        ),
        cue(
            # a time per class of incident, the commitment named in the line above: "– 2 heures (heures ouvrées)
            # pour une panne bloquante", "4 h pour les incidents critiques"
            0.75,
            r"\b\d{1,3}\s?(?:heures?|h|minutes?|mn)\b[^.]{0,60}\bpour (?:une |les |un |des )?(?:pannes?|incidents?|"
            r"anomalies?|dysfonctionnements?|tickets?|demandes?)\b",
            literals=("panne", "incident", "anomalie", "dysfonctionnement", "ticket", "demande"),
        ),
        cue(
            # a time per severity class, the class first: "Critique (service arrêté) : 4 h", "Bloquantes/majeures :
            # 2 jours ouvrés"
            0.7,
            r"\b(?:critiques?|bloquantes?|majeures?|urgentes?|prioritaires?)\b[^.:\n]{0,50}:\s*\**\s*(?:\d{1,3}|"
            + _NUM_FR_WORD + r")\s?(?:h|heures?|minutes?|mn|jours? ouvr\w*)\b",
            # a price surcharge per class ("urgente : 50 % de majoration") has no time unit, so it is not caught
        ),
        cue(
            # the commitment named without its figure: "dispose d'un temps d'intervention maximum de :"
            0.5,
            r"\btemps (?:d'|de )(?:intervention|reponse|resolution|retablissement|correction|prise en charge)"
            r"(?: garanti| maxim\w+)?\b",
        ),
        cue(
            0.45,
            r"\b(?:service levels?|niveaux? de service|sla|kpis?|key performance indicators|indicateurs? (?:de "
            r"performance|de qualite|cles)|engagements? de (?:qualite|service)|qualite de service attendue|"
            r"performance standards)\b",
        ),
        cue(
            # a share of work done on time: "an on-time delivery rate of at least ninety-five percent (95%)", "a
            # performance level of not less than 98% of orders"
            0.8,
            r"\b(?:on[- ]time|performance levels?|delivery performance|fill rates?|accuracy rates?|completion rates?|"
            r"success rates?)\b[^.]{0,120}?\d{1,3}(?:[.,]\d+)?\s?(?:%|percent)",
            # the names themselves: the parser would settle for "time" or "rate", found in most contracts
            literals=("on time", "on-time", "performance level", "delivery performance", "fill rate", "accuracy rate",
                      "completion rate", "success rate"),
        ),
        cue(
            # the same with the figure first: "90% of the parcels shall be delivered on time"
            0.8,
            r"\d{2}(?:[.,]\d+)?\s?(?:%|percent)[^.]{0,80}?\b(?:on[- ]time|within (?:the )?(?:scheduled|agreed|"
            r"committed) (?:time|delivery|window)|(?:before|by) (?:the )?scheduled (?:time|delivery|arrival))",
            literals=("on time", "on-time", "scheduled", "agreed", "committed"),
        ),
        cue(
            # an availability window: "accessible to end users 24 hours a day, seven days a week", "available to users
            # between 6:00 a.m. and 11:00 p.m."
            0.65,
            r"\b(?:available|accessible|operational|in operation|up and running)\b[^.]{0,80}?(?:\b(?:24|twenty-four) "
            r"hours a day,? (?:7|seven) days a week\b|\bbetween \d{1,2}(?::\d{2})? ?[ap]\.?m\b\.? (?:and|to|until) "
            r"\d{1,2}(?::\d{2})? ?[ap]\.?m\b)",
            literals=("hours a day", "between"),
        ),
        cue(
            # a downtime threshold: "if the portal is unavailable for more than eight (8) consecutive hours",
            # "inaccessible ... for twenty-four (24) consecutive hours or for 48 hours in any 72-hour period"
            0.7,
            r"\b(?:inaccessible|unavailable|unavailability|downtime|outages?|not (?:be )?(?:available|accessible))"
            r"\b[^.]{0,150}?\b(?:for|exceed|exceeds|of) (?:more than |at least |a total of |over )?(?:\(?\d+\)?|(?:one|"
            r"two|three|four|five|six|eight|ten|twelve|twenty-four|forty-eight|seventy-two)(?: \(\d+\))?) "
            r"(?:consecutive )?(?:hours?|minutes?)\b",
        ),
        cue(
            # a measured speed of the service: "response times shall be measured ... shall in no event exceed"
            0.7,
            r"\b(?:response|load|loading|page load|processing|transaction) times?\b[^.]{0,200}?\b(?:(?:shall|will) "
            r"(?:be measured|not exceed|in no event exceed)|measured (?:as follows|weekly|monthly|daily))",
            literals=("time", "times"),
        ),
        cue(
            # a turnaround commitment: "a turnaround time of no more than five (5) business days"
            0.75,
            r"\bturn-?around(?: times?)?\b[^.]{0,60}?\b(?:within|of|not (?:to )?exceed(?:ing)?|no (?:more|longer) "
            r"than|under)\s+(?:[a-z]+(?:-[a-z]+)? )?\(?\d+\)?\s*(?:business |working |calendar )?(?:hours?|days?|"
            r"minutes?)\b",
        ),
        cue(
            # KPIs measured on a stated period: "the Key Performance Indicators shall be measured and reported each
            # calendar month"
            0.65,
            r"\b(?:service levels?|kpis?|key performance indicators|performance standards|performance metrics)\b"
            r"[^.]{0,100}?\b(?:measured|calculated|monitored|assessed)\b[^.]{0,60}?\b(?:monthly|weekly|quarterly|"
            r"daily|(?:each|every|per) (?:calendar )?(?:month|quarter|week|day))\b",
            literals=("service level", "kpi", "key performance", "performance standard", "performance metric"),
        ),
        cue(
            # a deadline for the provider's own step: "installera sous 8 jours le service", "livrera sous 10 jours"
            0.7,
            r"\b(?:installera|livrera|activera|mettra en (?:service|place|production)|interviendra|deploiera)\b"
            r"[^.]{0,40}\bsous (?:\d+|" + _NUM_FR_WORD + r") (?:jours|heures|semaines)\b",
        ),
        cue(
            # a dated go-live: "mise en production finale : décembre 2020"
            0.7,
            r"\bmise en (?:production|service|ligne)(?: finale| definitive)?\s*:?\s*(?:en |le |au |(?:est )?prevue "
            r"(?:en |le |au )?)?"
            r"(?:\d{1,2} )?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) "
            r"\d{4}\b",
        ),
        cue(
            # a table row of a severity or priority with its time: "| Severity Level 1 | 4 Business hours | 1 hour |",
            # "Priority 2: 8 hours"
            0.8,
            r"\b(?:severity|priority|sev|prio)\s?(?:level\s?)?(?:[1-4]|one|two|three|four)\b[^.]{0,80}?\b\d{1,3}\s?"
            r"(?:business |working )?(?:hours?|hrs?|minutes?|mins?)\b",
        ),
        cue(
            # a speed the pages must keep: "pages shall render as quickly as they render today", "screens must load
            # within 2 seconds"
            0.75,
            r"\b(?:pages?|screens?|queries|transactions)\b[^.]{0,60}\b(?:shall|must|will)\s+(?:\w+\s+)?(?:render|load|"
            r"respond|display)\b[^.]{0,30}\b(?:as (?:quickly|fast) as|within \d|in (?:under|less than) \d)",
            literals=("page", "screen", "queries", "transaction"),  # rarer than "shall"
        ),
        cue(
            # a dated start: "the kick-off meeting will take place within 10 calendar days from award", "go-live
            # shall occur within thirty (30) days of signature"
            0.75,
            r"\b(?:kick-?off|post-award (?:conference|meeting)|go-?live|start-?up meeting)\b[^.]{0,80}\b(?:take place|"
            r"be held|occur|be completed|start|commence)\w*\s+within\s+(?:\d+|[a-z]+ \(\d+\))\s+(?:calendar |business |"
            r"working )?days\b",
            unless=r"\bdisputes?\b",
            literals=("kick", "post-award", "go-live", "golive", "start-up meeting", "startup meeting"),
        ),
        # English families from the issue-7 proactive audit (docs/review.md): contact-centre and support metrics
        # with a figure, times by name ("turnaround time ... two (2) working days"), next-business-day service,
        # "99.5% of the time", RTO/RPO, latency, phases completed within a number of days.
        cue(
            0.75,
            r"\b(?:average speed of answer|asa|average handl(?:e|ing) time|aht|abandon(?:ment|ed call)? rate|"
            r"first (?:call|contact) resolution|fcr|mean time (?:to|between) \w+|mttr|accuracy|error rate|"
            r"quality score|customer satisfaction|csat|nps|success rate|completion rate|answer rate|"
            r"acceptable quality level|aql|on-time (?:delivery )?rate)\b[^.]{0,60}\b(?:not exceed|no (?:more|less) "
            r"than|not (?:more|less) than|at least|minimum of|greater than|above|below|less than|under|within)\s+"
            r"(?:\w+(?:-\w+)? )?\(?\d+(?:[.,]\d+)?\)?\s?(?:%|percent|seconds?|minutes?|hours?|(?:business |working )?"
            r"days?)",
        ),
        cue(
            0.75,
            r"\b(?:turnaround|turn-around|response|resolution|processing|repair|restoration|restore|lead|cycle|"
            r"handling|fix) times?\b[^.]{0,60}?\b(?:shall be|is|will be|of|within|not exceed|no more than|no longer "
            r"than|under|less than)\s+(?:\w+(?:-\w+)? )?\(?\d+(?:[.,]\d+)?\)?\s?(?:business |working |calendar )?"
            r"(?:seconds?|minutes?|hours?|days?|weeks?|h)\b",
        ),
        cue(
            0.65,
            r"\b(?:next business day|next working day|nbd|same (?:business|working) day)\b",
            needs=r"\b(?:replace\w*|respon\w*|on-?site|support|repair\w*|resol\w*|restor\w*|deliver\w*|dispatch\w*|"
            r"parts?)\b",
            # when a notice counts as received is not a service level (issue 7, services set 8): "a notice sent by
            # overnight courier is deemed given on the next business day"
            unless=r"\bdeemed (?:to (?:have been|be) )?(?:\w+ )?(?:given|received|delivered|served|made)\b|\bnotices?\b"
            r"[^.]{0,120}\b(?:"
            r"courier|mail|facsimile|fax|post(?:age|ed)?)\b",
        ),
        cue(
            0.7,
            r"\b\d{2}(?:[.,]\d+)?\s?% of the time\b",
            literals=("of the time",),
        ),
        cue(
            0.7,
            r"\b(?:rto|rpo|recovery (?:time|point) objective)\b[^.]{0,40}\b(?:is|of|shall be|will be|:)\s+"
            r"(?:\w+ )?\(?\d+\)?\s?(?:hours?|minutes?|h|mins?)\b",
            literals=(" rto", " rpo", "recovery time", "recovery point"),
        ),
        cue(
            0.7,
            r"\b(?:latency|packet loss|jitter|round-trip time)\b[^.]{0,60}\b\d+(?:[.,]\d+)?\s?(?:ms|milliseconds?|%)",
        ),
        cue(
            0.65,
            r"\b(?:shall|will|must)\s+(?:complete|achieve|finish)\b[^.;]{0,60}\b(?:within|no later than|not later "
            r"than|on or before)\s+(?:\w+ )?\(?\d",
        ),
        cue(
            0.65,
            r"\b(?:go-live|golive|cutover|cut-over|launch|completion|acceptance)\b[^.]{0,40}\b(?:no later than|not "
            r"later than|on or before)\s+(?:\d{1,2} [a-z]+ \d{4}|[a-z]+ \d{1,2},? \d{4}|\d{1,2}/\d{1,2}/\d{2,4})",
        ),
        cue(
            0.65,
            r"\bkpi ?\d+\b[^.]{0,60}\d+(?:[.,]\d+)?\s?(?:%|percent|seconds|minutes|hours|days)",
        ),
        # Proactive French families (issue 7, s8 audit): a measured time or rate with its
        # figure: "le délai de rétablissement est fixé à quatre (4) heures", "le temps moyen de traitement ne dépasse
        # pas 72 h", "le taux d'appels abandonnés ne doit pas être supérieur à 5 %", "traitons toute réclamation sous
        # 10 jours ouvrés", "achevée au plus tard douze semaines après la signature".
        cue(
            0.75,
            r"\b(?:delai|temps|duree) (?:moyen |maximal |maximum |garanti )?(?:de |d')(?:retablissement|intervention|"
            r"reponse|resolution|traitement|prise en (?:charge|compte)|livraison|correction|remise en service|"
            r"attente|reparation|restauration|rappel|decroche)\b[^.;]{0,80}?(?:\bj ?\+ ?\d|(?:\b\d+(?:[.,]\d+)?|"
            r"\b" + _NUM_FR_WORD + r")(?:[- ]\w+)?(?: \(\d+\))? ?"
            r"(?:h\b|heures?|minutes?|mn\b|secondes?|jours?|j\b|semaines?|mois\b))",
        ),
        cue(
            0.75,
            r"\b(?:repond\w*|trait(?:e|ee|ees|ent|ons|era|eront|er)|resolu(?:e|es|s)?\b|retabli\w*|"
            r"pris en (?:charge|compte)|prises en (?:charge|compte)|corrig\w*|livr(?:e|ee|es|ees|er|era|eront|ons)|"
            r"decroch\w*|rappel\w*|"
            r"restaur\w*|achev\w*|remis\w* en service|mis\w* en (?:service|production))\b[^.;]{0,60}?"
            r"\b(?:dans un delai (?:maximal |maximum )?(?:de |d')|sous|en moins de|au plus tard|dans les|en)"
            r" ?(?:j ?\+ ?\d|(?:\d+(?:[.,]\d+)?|" + _NUM_FR_WORD + r")(?:[- ]\w+)?(?: \(\d+\))? ?"
            r"(?:h\b|heures?|minutes?|mn\b|secondes?|jours?|j\b|semaines?|mois\b))",
            # restoring data from backups is continuity, not a service level
            unless=r"\b(?:paiement|factures?|reglement|conserv\w*|archiv\w*|garantie|manquements?|mise en demeure|"
            r"resili\w*|sauvegardes?)\b|\b(?:retabli|restaur)\w* (?:les|l'acces aux|la disponibilite des) donnees\b",
            literals=("livr", "achev", "trait", "corrig", "rappel", "repond", "resolu", "decroch", "restaur", "retabli",
                      "pris en c", "prises en c", "en service", "en production"),
        ),
        cue(
            # a dated milestone: "la livraison du module interviendra au plus tard le 30 juin 2026"
            0.7,
            r"\b(?:livr\w*|achev\w*|mise en (?:service|production|exploitation)|recette|deploiement|demarrage|"
            r"bascule)\b[^.;]{0,60}?\bau plus tard (?:le \d{1,2}(?:er)? [a-z]{3,9} \d{4}|(?:\d+|"
            + _NUM_FR_WORD + r")(?: \(\d+\))? (?:jours|semaines|mois) (?:apres|a compter|suivant))",
        ),
        cue(
            0.75,
            r"\btaux (?:de |d')(?!(?:tva|interet|change|remise|commission|marge|actualisation|revision|indexation|"
            r"usure|escompte|avance|penalite|rabais|cotisation|imposition|charges)\b)[a-z' -]{0,50}?\b(?:ne (?:doit|"
            r"peut|devra|pourra) (?:pas )?(?:etre )?(?:inferieur|superieur|depasser|exceder)|(?:doit|devra) "
            r"(?:etre |atteindre |rester )|d'au moins|au moins|au minimum|minimum de|minimal de|maximum de|"
            r"maximal de|superieur ou egal|inferieur ou egal|superieur a|inferieur a)[^.;]{0,30}?\d+(?:[.,]\d+)? ?%",
        ),
        cue(
            # "accessible au moins 99 % du temps"; the execution time of each order: "délai d'exécution de dix
            # jours pour chaque bon de commande" (the whole contract's "délai d'exécution" is its duration)
            0.7,
            r"\b(?:accessible|disponible|operationnel)s?\b[^.;]{0,30}?\d+(?:[.,]\d+)? ?%|"
            r"\bdelai d'execution\b[^.;]{0,60}?\b(?:pour|de) (?:chaque|tout|toute) (?:bon de commande|commande|"
            r"intervention|demande)\b",
            unless=_UPTIME_NOT_GUARANTEED_FR,
        ),
        cue(
            # English public set 9: a first-reply time per ticket priority ("urgent tickets must receive a first
            # reply within 1 hour"); a ticket receiving a number is no service level
            0.8,
            r"\b(?:must|shall|will) (?:receive|get|be given) an? (?:first |initial )?(?:reply|response|answer|"
            r"acknowledg\w*)\b[^.]{0,20}\bwithin\b",
            literals=("receive", "get", "be given"),
        ),
        # Third pass of families (issue 7, s16 audit, tests/test_review_families_third.py): a contact-centre metric
        # bounded by a comparator, the figure in digits or in words ("abandoned calls ... less than five percent",
        # "schedule adherence at or above 92%", "mean time to repair shall not exceed four hours"); messages
        # answered within business days; a dated deliverable or a phase completed by a date; in French indicators
        # measured each month and a quality or satisfaction level with its figure.
        cue(
            0.75,
            r"\b(?:abandoned calls?|calls? abandoned|blocked calls?|schedule adherence|occupancy rate|"
            r"satisfaction (?:score|rating)|quality (?:score|rating)|uptime|mean time to \w+|mttr|"
            r"calls? (?:answered|handled|resolved)|average (?:handl(?:e|ing)|talk|wait(?:ing)?) time|average speed of "
            r"answer|net promoter score|nps)\b[^.]{0,80}?\b(?:less than|fewer than|no (?:more|less|fewer) "
            r"than|not (?:more|less) than|at least|at or (?:above|below)|not (?:to )?exceed|minimum of|maximum of|"
            r"below|above|under)\b[^.\d]{0,20}?(?:\d|\b" + _NUM_EN_WORD + r"(?: point [a-z]+)? (?:percent|per cent|"
            r"hours?|minutes?|seconds?|business days?)\b)",
        ),
        cue(
            0.75,
            r"\b(?:answered|responded to|replied to|acknowledged|resolved|handled|processed|returned)\b[^.]{0,20}"
            r"\bwithin (?:one|two|three|four|five|\d+|[a-z]+ \(\d+\)) (?:business|working) (?:days?|hours?)\b",
            needs=r"\b(?:e-?mails?|calls?|tickets?|requests?|inquiries|enquiries|queries|complaints?|messages?|"
            r"incidents?|chats?|voicemails?|letters?)\b",
            unless=r"\b(?:disputes?|objections?|invoices?|notices?|claims?)\b",
        ),
        cue(
            0.7,
            r"\b(?:deliver|submit|provide|complete|furnish)\w*\b[^.;]{0,60}\b(?:no later than|not later than|on or "
            r"before)\s+(?:[a-z]+ \d{1,2},? \d{4}|\d{1,2} [a-z]+ \d{4})|\b(?:milestones?|phases?|migration|"
            r"implementation|deliverables?|go-?live|onboarding|set-?up)\b[^.]{0,60}\b(?:shall|will|must) be "
            r"(?:completed|delivered|achieved|finished|operational|live)\b[^.]{0,30}\b(?:within|no later than|"
            r"not later than|on or before|by)\b",
            # "provide" and "complete" are everywhere: each match holds one of these rarer strings
            literals=("later than", "on or before", "be completed", "be delivered", "be achieved", "be finished",
                      "be operational", "be live"),
            unless=r"\b(?:notices?|pay\w*|invoices?|terminat\w*|renew\w*|disputes?|expir\w*)\b",
        ),
        cue(
            0.65,
            r"\b(?:indicateurs?|niveaux? de service|kpis?|sla)\b[^.]{0,100}?\b(?:mesure|calcule|suivi|evalue)\w*\b"
            r"[^.]{0,60}?\b(?:mensuellement|chaque (?:mois|semaine|trimestre|jour)|par (?:mois|semaine|trimestre)|"
            r"hebdomadaire\w*|trimestriel\w*|quotidien\w*)",
        ),
        cue(
            0.75,
            r"\b(?:note|score|indice|niveau|taux) (?:moyen(?:ne)? |global(?:e)? |minimal(?:e)? )?(?:de |d')(?:qualite|"
            r"satisfaction|performance|conformite)\b[^.;]{0,60}?(?:\d+(?:[.,]\d+)? ?%|(?:au (?:minimum|moins)|"
            r"minimum|minimal|superieure?|egale?|d'au moins|atteindre|>=|≥)[^.;]{0,15}?\d)",
        ),
    ],
    heading=r"\b(?:service levels?|niveaux? de service|sla|kpis?|indicateurs|performance|disponibilite|"
    r"availability|delais?|milestones?|jalons?|qualite de service|engagements de qualite|response times?|"
    r"resolution times?)\b",
    veto=r"\b(?:notif\w*|inform\w*|aviser)\b[^.]{0,80}\b(?:violation|breach|incident de securite|security incident)",
)

# Fines a regulator or an authority may impose on someone are not service penalties (English public set 14): "a
# regulatory authority could impose penalties" inside the definition of a critical error.
_REGULATOR_PENALTY = (
    r"\b(?:regulators?|regulatory (?:authorit(?:y|ies)|bod(?:y|ies)|agenc(?:y|ies))|(?:public|governmental|"
    r"government|supervisory|tax|competent) authorit(?:y|ies))\b[^.]{0,60}\b(?:penalt\w*|fines?)\b"
)

PENALTIES = rule(
    "penalties",
    "avoir|minor|dommages|clause|indemnit|cumul|imput|"
    "penal|credit|liquidated|forfait|reduction|refaction|retenue|abattement|malus|minoration|decote|diminution|"
    "at-risk|at risk|reduce|rebate|remise|ristourne|rembours|deduit|proportionnel|deduct|refund"
    "|service level|sla|kpi|points|delay|discount|withh|late|extension|extend|of service|of subscription|waive"
    "|reduir|forfeit|placed at risk|put at risk|part variable|compensat",
    [
        cue(
            0.9,
            r"\b(?:service credits?|uptime credits?|performance credits?|sla credits?|kpi credits?|"
            r"financial credits?|credits? de service|"
            r"credits? de disponibilite|refactions?|malus|minorations?|decotes?|at-risk amount|"
            r"amount at risk)\b",
            unless=_LATE_PAYMENT + "|" + _TERMINATION_FEE
            # service credits only pointed at in another document (English public set 12): "the remedy is the
            # issuance of service credits as outlined in the service level agreement"
            + r"|\bservice credits?\b[^.;]{0,20}\b(?:as (?:outlined|set (?:out|forth)|described|defined|detailed|"
            r"specified|provided) in|under|pursuant to|in accordance with) (?:the |our |its |any |an )?(?:applicable )?"
            r"\[?(?:service level agreement|sla)\b",
        ),
        cue(
            # a credit counted as a share of the bill in a grid (issue 7, round 9): "crédit (% facture mois)",
            # "disponibilité 99,4 %-99,9 % → 10 % crédit", "crédit de 5 % de la redevance mensuelle"
            0.85,
            # one branch per cue, each led by its literal word or sign, so the regex engine jumps to it
            r"credit(?<!\wcredit)s?\s*(?:\(\s*|de |d'un montant de |egal a )?(?:\d+(?:[.,]\d+)?\s?)?%\s*"
            r"(?:de (?:la |l')?|du )?(?:factur\w*|abonnement|redevance|mensualite|montant)",
            literals=("credit", "credits"),
            needs=r"\b(?:disponibilite|indisponibilite|niveaux? de service|engagements? de service)\b",
            # a discount for paying early is no credit for a missed level
            unless=_LATE_PAYMENT + "|" + _TERMINATION_FEE + r"|\bpaiement anticipe\b|\bescompte\b",
        ),
        cue(
            # the same grid with the share first: "99,4 %-99,9 % → 10 % crédit", "25 % de crédit"
            0.85,
            r"%\s(?:de )?credits?\b",
            literals=("credit", "credits"),
            needs=r"\b(?:disponibilite|indisponibilite|niveaux? de service|engagements? de service)\b",
            unless=_LATE_PAYMENT + "|" + _TERMINATION_FEE + r"|\bpaiement anticipe\b|\bescompte\b",
        ),
        cue(
            # a credit counted per slice of overrun beyond a guaranteed time (issue 7, round 12): "crédit de 10 %
            # par tranche de 30 minutes au-delà du RTO garanti", "un crédit de 2 % par heure de dépassement"
            0.85,
            r"credit(?<!\wcredit)s?\s(?:de\s)?\d+(?:[.,]\d+)?\s?%[^.]{0,40}?\bpar (?:tranche|heure|jour|minute|"
            r"demi-heure|periode)\b",
            literals=("credit", "credits"),
            needs=r"\b(?:au-dela|depassement|garanti\w*|rto|rpo|disponibilite|indisponibilite|niveaux? de service|"
            r"sla)\b",
            unless=_LATE_PAYMENT + "|" + _TERMINATION_FEE + r"|\bpaiement anticipe\b|\bescompte\b",
        ),
        cue(
            # French credits named by their trigger: "Crédits SLA", "crédit accordé : 25 % de l'abonnement mensuel"
            # (a credit granted when availability falls short), "avoir proportionnel" in a compensation column
            0.85,
            r"\bcredits? sla\b|\bcredits? (?:accordes?|appliques?)\b|\bavoirs? (?:proportionnels?|"
            r"sur (?:la )?(?:prochaine )?facture)\b",
            needs=r"\b(?:disponibilite|indisponibilite|sla|niveaux? de service|objectifs?|uptime)\b",
            unless=_LATE_PAYMENT + "|" + _TERMINATION_FEE,
        ),
        cue(
            0.9,
            r"\b(?:liquidated damages|dommages[- ]interets forfaitaires)\b",
            # a clause says who pays: a table-of-contents line has no verb
            needs=r"\b(?:shall|will|must|may|pay\w*|owe\w*|applie[sd]|apply|credited|due|doit|devra|sera|seront|est|sont|"
            r"applique\w*|verse\w*|due?s?)\b",
            unless=_LATE_PAYMENT + "|" + _TERMINATION_FEE + r"|\bfailure to (?:exercise|claim|enforce|insist)|"
            r"\b(?:deemed|construed) (?:as )?a waiver|"
            # securities look-alikes: damages owed for a late legal opinion, legend removal or registration of
            # shares, often "N% interest per month on the value of the shares"
            r"\b(?:opinion letter|legal opinion|legends?|registration statement|shares of (?:its )?"
            r"(?:common|preferred) stock)\b|\binterest per (?:day|week|month|annum|\d+ days)\b|"
            # services set 9: damages agreed for hiring away the other side's people, not for a missed service
            r"\b(?:solicit\w*|hire|hiring|employ) (?:or (?:hire|employ|solicit) )?(?:any )?(?:of (?:the|its) )?"
            r"(?:employees?|personnel|staff)\b|\bnon-solicitation\b",
        ),
        cue(
            # "rebates will be applied ... should the Supplier not achieve the agreed Service Levels"
            0.8,
            r"\b(?:rebates?|remises?|ristournes?)\b[^.]{0,150}\b(?:service levels?|sla|kpis?|performance standards?|"
            r"niveaux? de service|indicateurs?|engagements? de (?:service|qualite))\b|\b(?:service levels?|sla|kpis?|"
            r"niveaux? de service|indicateurs?)\b[^.]{0,150}\b(?:rebates?|ristournes?|remises? (?:sur|de \d))",
            literals=("rebate", "rebates", "remise", "remises", "ristourne", "ristournes"),
        ),
        cue(
            0.85,
            r"\bpenalit\w*[^.]{0,150}\b(?:execution|prestations?|livrables?|delais?|sla|niveaux? de service|"
            r"engagements?|indicateurs?|disponibilite|jalons?|performance|service levels?|milestones?)\b",
            unless=_LATE_PAYMENT + r"|sollicit|embauch|hire|solicit|sans encourir|sans (?:frais ni )?penalite|"
            r"without (?:incurring )?"
            r"(?:any )?penalt",
        ),
        cue(
            0.85,
            r"\b(?:execution|prestations?|livrables?|delais?|sla|niveaux? de service|retard)\b[^.]{0,100}"
            r"\bpenalit\w*",
            unless=_LATE_PAYMENT + r"|sollicit|embauch|hire|solicit|sans encourir|sans (?:frais ni )?penalite|"
            r"without (?:incurring )?"
            r"(?:any )?penalt",
        ),
        cue(
            0.85,
            r"\bcredit\w*[^.]{0,100}\d+\s?(?:%|percent|pour cent)\s+(?:of|du|de la|des)\b",
            # a discount for paying early (issue 7, round 9): "un crédit de 2 % du montant en cas de paiement anticipé"
            unless=r"\bpaiement anticipe\b|\bescompte\b",
        ),
        cue(
            # a refund owed when a service level is missed: "% de remboursement" in a table of availability bands,
            # "un remboursement de 10 % si la disponibilité n'est pas atteinte"
            0.75,
            r"\bremboursements?\b[^.]{0,100}\b(?:disponibilite|niveaux? de service|sla|cibles?|engagements? de "
            r"service|objectifs? de)\b|\b(?:disponibilite|niveaux? de service|sla|cibles?)\b[^.]{0,100}"
            r"\bremboursements?\b",
            unless=_LATE_PAYMENT,
        ),
        cue(
            # "Facturation : déduit de la facture si manquement", "le montant est déduit de la facture suivante"
            0.7,
            r"\bdeduite?s? (?:de|sur) la (?:prochaine |facture suivante|facture)",
            needs=r"\b(?:manquements?|non-respect|penalit\w*|retards?|cibles?|disponibilite|niveaux? de service|sla)\b",
            unless=_LATE_PAYMENT,
        ),
        cue(
            # "une pénalité égale à 2 % de la redevance mensuelle", "a penalty of 5% of the monthly fees"
            0.85,
            r"\b(?:penalit\w*|penalt(?:y|ies))\b[^.]{0,80}\d+(?:[.,]\d+)?\s?(?:%|percent|pour cent)\s+(?:of|du|de la|"
            r"des|de l')\s?(?:\w+ ){0,2}(?:redevances?|factur\w*|montants?|prix|fees|charges|invoices?|remuneration)\b",
            unless=_LATE_PAYMENT,
        ),
        cue(
            0.7,
            r"\b(?:reduction (?:du|de) prix|price reduction|fee reduction|reduction of (?:the )?fees|(?:reduction|"
            r"diminution|abattement|minoration)s?(?: de \d[\d.,]*\s?%)? (?:de la|du|sur la|sur le|sur les) "
            r"(?:facture|redevance|montant|prix))\b",
            # the Civil Code's own remedy (issue 7, round 8), excluded or restated in general terms: "le client ne
            # pourra se prévaloir de l'article 1223 du Code civil relatif à la faculté de réduction de prix"
            unless=r"\b(?:article|art\.?) 1223\b|\bfaculte de reduction\b|"
            # its wording without the article number (French public round 7): the creditor who accepts an imperfect
            # performance and reduces the price, "réduction proportionnelle du prix", fixed by an expert or a judge
            r"\bexecution imparfaite\b|\b(?:du |le |au )(?:creancier|debiteur)\b|\breduction proportionnelle\b|"
            r"\ba dire d'expert\b|\bdemander au juge\b|"
            # a list price that drops is no penalty (English public set 12): "no price protection or refunds in the
            # event of a price reduction"
            r"\bprice protection\b",
        ),
        cue(
            # the US inspection wording: services that cannot be performed again are paid less, "reduce the
            # contract price to reflect the reduced value of the services performed"
            0.8,
            r"\breduce (?:the |its )?(?:\w+ )?(?:price|fees?|charges?) to reflect\b",
            needs=r"\b(?:reduced value|defects?|defective|nonconform\w*|non-conform\w*|re-?perform\w*|services)\b",
        ),
        cue(
            # "the monthly invoice shall be reduced by 3%" when a service level is missed
            0.75,
            r"\b(?:invoices?|fees|charges|amounts? (?:due|payable))\b[^.]{0,30}\b(?:shall|will) be reduced\b|"
            r"\breduce (?:the |its )?(?:monthly )?(?:invoice|fees|charges)\b",
            needs=r"\b(?:fail\w*|miss\w*|not (?:met|achieved|meet|achieve)|service levels?|kpis?|sla)\b",
        ),
        cue(
            # "a reduction in the monthly charges" owed when the provider falls short or is late
            0.75,
            r"\breductions? (?:in|of) (?:the |its |their )?(?:monthly |annual |quarterly )?(?:fees|charges|price|"
            r"prices|compensation|service fees)\b",
            needs=r"\b(?:fail\w*|miss\w*|not (?:met|achieved)|falls? (?:below|short)|service levels?|kpis?|sla|"
            r"delay\w*|late|downtime|unavailab\w*)\b",
            unless=_LATE_PAYMENT + r"|\b(?:volume|quantity|early payment) (?:discounts?|reductions?)\b",
        ),
        cue(
            # "a credit note equal to two weeks' charge for each vehicle overdue for service": a service credit in
            # the form of a credit note, owed because the provider failed or is late
            0.75,
            r"\bcredit notes?\b",
            needs=r"\b(?:fail\w*|overdue|miss\w*|not (?:met|achieved|carried out|performed)|delay\w*)\b",
            # the customer's late payment or a billing error, not the provider's lateness
            unless=r"\b(?:late payment|paid late|interest|overdue (?:invoices?|amounts?|payments?|sums?|balances?)|"
            r"invoices? (?:\w+ )?overdue|billing errors?)\b",
        ),
        cue(
            # credits named after the level they make good: "Service Level Credits", "availability credits"
            0.9,
            r"\b(?:service[- ]level|availability|downtime|outage|uptime) credits?\b",
            # a clause says how they are earned or paid: a heading over a redacted clause has no verb
            needs=r"\b(?:shall|will|must|may|earn\w*|owe\w*|appl(?:y|ies|ied)|credited|due|paid|payable|issue[sd]?|"
            r"shown|calculated|accrue\w*)\b|"
            # or a table gives their amount (English public set 14): a "Downtime Credits" column whose rows read
            # "10% monthly fee per 1% below"
            r"\b\d+(?:[.,]\d+)?\s?% (?:of (?:the )?)?(?:monthly|annual|yearly|subscription) (?:fees?|charges?)\b",
            unless=_LATE_PAYMENT,
        ),
        cue(
            # a credit set off against a later bill: "credit 5% of the hosting charges against the next invoice"
            0.75,
            r"\bcredit\w*\b[^.]{0,80}?\b(?:against|towards?|on|off) (?:the |its |their )?(?:next |following |"
            r"subsequent |monthly |same )?(?:month's )?(?:invoices?|fees|charges|bills?)\b",
            needs=r"\b(?:fail\w*|miss\w*|falls? (?:below|short)|below (?:the )?(?:target|service level)|downtime|"
            r"unavailab\w*|not (?:met|achieved)|service levels?|delay\w*|late)\b",
            unless=_LATE_PAYMENT + r"|\b(?:volume|loyalty|promotional) (?:credits?|discounts?)\b",
        ),
        cue(
            # a fee cut for each period of lateness or downtime: "the monthly fee shall be reduced by one percent for
            # each full day of delay", "refund two percent of the charges for each hour of downtime"
            0.75,
            r"\b(?:reduc\w*|deduct\w*|refund\w*|withh[oe]ld\w*|credit\w*)\b[^.]{0,100}?\b(?:for|per) (?:each|"
            r"every) (?:full |additional |whole )?(?:hour|day|business day|working day|week|month)\b|\b(?:for|per) "
            # "for every full hour beyond the resolution time ... credit one percent" (issue 7, s16 audit)
            r"(?:each|every) (?:full |additional |whole )?(?:hour|day|week) (?:of (?:delay|downtime|unavailability|"
            r"outage|late\w*)|beyond|in excess of)\b[^.]{0,100}?\b(?:reduc\w*|deduct\w*|refund\w*|credit\w*|"
            r"withh[oe]ld\w*)",
            needs=r"\b(?:delay\w*|late|downtime|unavailab\w*|outages?|fail\w*|miss\w*|beyond|service levels?|"
            r"restor\w*)\b",
            unless=_LATE_PAYMENT,
            literals=("each", "every"),
        ),
        cue(
            0.45,
            r"\bpenalt(?:y|ies)|\bpenalites?\b",
            unless=_LATE_PAYMENT + r"|sollicit|embauch|hire|solicit|"
            r"sans encourir|sans (?:frais ni )?penalite|without (?:incurring )?(?:any )?penalt|sanctions? penales?|"
            r"\bnot (?:as )?a penalty|\bet non (?:une|comme une) (?:penalite|clause penale)|" + _TERMINATION_FEE
            + "|"
            + _REGULATOR_PENALTY,
        ),
        # English families from the issue-7 proactive audit (docs/review.md): a missed level or milestone tied to
        # a credit, refund, discount or withheld payment; penalties per day or week; delay payments; performance
        # deductions and service points; "15% credit" in a table row. Late payment stays out.
        cue(
            0.8,
            r"\b(?:service level (?:failure|default|breach)|sla (?:breach|failure)|kpi failure|performance "
            r"(?:deductions?|points)|service points|delay (?:payments?|damages|charges))\b",
            unless=_LATE_PAYMENT,
        ),
        cue(
            0.75,
            r"\b(?:fail\w*|miss\w*|does not meet|do not meet|is not met|are not met|not achieved|"
            r"falls? (?:below|short)|"
            # "reduces the variable fee by one thousand dollars" (issue 7, s16 audit)
            r"below|under)\b[^.]{0,80}\b(?:credit|rebate|refund|deduction|reduction|reduces|reduced|discount|penalt\w*|"
            r"withh[oe]ld)",
            # a named target missed ("the Average Speed of Answer target") is a service level too
            needs=r"\b(?:service levels?|slas?|kpis?|key performance|uptime|availability|response times?|resolution "
            r"times?|milestones?|on-time|performance standards?|commitment|deadlines?|delivery dates?|targets?)\b",
            unless=_LATE_PAYMENT + r"|\bsole (?:and exclusive )?remedy\b|" + _REGULATOR_PENALTY,
        ),
        cue(
            # a compensation owed when the level is missed (English public set 14): "when the uptime does not meet
            # the SLA, a compensation is given to users", "if we fail to meet the availability target we will pay
            # compensation of 5% of the monthly fee"
            0.75,
            r"\b(?:does not meet|do not meet|is not met|are not met|not achieved|falls? (?:below|short)|fail\w* to "
            r"(?:meet|achieve)|miss\w*)\b[^.]{0,80}\bcompensat\w*",
            needs=r"\b(?:service levels?|slas?|uptime|availability|response times?|resolution times?)\b",
            unless=_LATE_PAYMENT,
        ),
        cue(
            0.8,
            r"\bpenalt(?:y|ies) of\b[^.]{0,60}\b(?:per|for each|for every)\s+(?:\w+ )?(?:day|week|hour|month)s?\b",
            unless=_LATE_PAYMENT,
        ),
        cue(
            0.75,
            r"\b(?:rebate|credit|refund|reduction|discount|deduction)s? of \d+(?:[.,]\d+)?\s?(?:%|percent)",
            needs=r"\b(?:downtime|outage|unavailab\w*|late|delay\w*|miss\w*|fail\w*|below|breach\w*)\b",
            unless=_LATE_PAYMENT + r"|\bvolume\b",
        ),
        cue(
            0.75,
            r"\b(?:availability|uptime|response|resolution)\b[^.]{0,40}(?:below|under|<|less than)\s?\d+(?:[.,]\d+)?"
            r"\s?%[^.]{0,40}\b\d+(?:[.,]\d+)?\s?% (?:service )?credit",
        ),
        cue(
            0.75,
            r"\blate (?:completion|delivery|performance|go-live)\b[^.]{0,80}\b(?:pay\w*|damages|credit\w*|deduct\w*|"
            r"penalt\w*)\b",
            unless=_LATE_PAYMENT,
        ),
        cue(
            0.7,
            r"\bdeductions? (?:from|against|off) (?:the )?(?:charges|fees|invoice|monthly)",
        ),
        # Proactive French families (issue 7, s8 audit): a penalty with its amount or rate ("le
        # montant des pénalités est fixé à 200 € par jour"), penalties ruled on ("cumulables", "s'imputent sur les
        # sommes dues"), credits, deductions or lump sums tied to a missed level or a delay; late-payment interest
        # and recovery fees stay out.
        cue(
            0.75,
            r"\bpenalites?\b[^.;]{0,80}?(?:\d[\d ]*(?:[.,]\d+)? ?(?:€|euros?\b|eur\b|%)|\b1/\d+)|"
            r"\bpenalites?\b[^.;]{0,40}?\b(?:cumulables?|s'imputent|imputees?|deduites?|plafonnees?|liberatoires?|"
            # the public-procurement formula: "les pénalités de retard sont calculées selon la formule P = V x R / 1000"
            r"appliquees?|sanctionn\w*|exonere\w*|calculees?|decomptees?|encourues?)",
            unless=_LATE_PAYMENT,
        ),
        cue(
            0.75,
            r"\b(?:un avoir|remise|reduction|rabais|minoration|minore\w*|retenue|remboursement|remboursons|"
            r"rembourse(?:ra)?|abattement)\b[^.;]{0,60}?\d+(?:[.,]\d+)? ?(?:%|€|euros?\b)",
            needs=r"\b(?:disponibilit\w*|indisponib\w*|delais?|retard|depassement|manquant|non[- ]respect|"
            r"non atteint|pas atteint|pas respecte|absence|non remplace\w*|indicateurs?|niveaux? de service|"
            r"manquements?|gtr|gti)\b",
            unless=_LATE_PAYMENT + r"|\bremise (?:commerciale|de (?:fin d'annee|volume|quantite))|\bescompte\b",
        ),
        cue(
            0.8,
            r"\b(?:dommages[- ]et[- ]interets forfaitaires|clause penale|indemnites? forfaitaires?)\b",
            needs=r"\b(?:retard|depassement|delais?|niveaux? de service|indicateurs?)\b",
            unless=_LATE_PAYMENT + r"|" + _TERMINATION_FEE + r"|\ble client (?:devra|doit|sera tenu de) verser\b",
        ),
        cue(
            # downtime paid back in service time rather than money (issue 7, round 7): "eligible to receive a
            # proportional extension of your subscription", "the subscription period will be extended by one day",
            # "two free days of service"
            0.8,
            r"\b(?:extension|extend\w*)\b[^.]{0,60}?\b(?:subscription|service period|service term|billing period|"
            r"licen[cs]e (?:period|term))\b|\b(?:subscription|service) (?:period|term) (?:will|shall) be extended\b|"
            r"\b(?:free|additional|extra|complimentary) (?:days?|weeks?|months?) of (?:service|subscription)\b",
            needs=r"\b(?:downtime|outages?|unavailab\w*|availability (?:target|commitment)|uptime|fail\w* to meet|"
            r"service levels?|sla)\b",
            unless=_LATE_PAYMENT + r"|\b(?:renew\w*|trial)\b",
        ),
        cue(
            # English public set 9: fees refunded or waived for an outage ("will on request refund or waive the
            # infrastructure fees for any period of unavailability longer than one hour")
            0.8,
            r"\b(?:refund|waive|credit)\w*\b[^.]{0,60}\b(?:fees?|charges)\b[^.]{0,40}\bfor (?:any|each|every|the) "
            r"(?:\w+ )?(?:periods?|hours?|days?) of (?:unavailability|downtime|outage|interruption|service failure)\b",
            literals=("refund", "waive", "credit"),
        ),
        # Third pass of families (issue 7, s16 audit, tests/test_review_families_third.py): a credit shown as a share
        # of the charges in a grid row, a sum deducted from the next invoice or credits applied to it when a level
        # is missed, a pro-rata refund for downtime; in French an "avoir" owed for a missed level, a price
        # "minoré" or an invoice reduced below a threshold, a shortfall "pénalisé à hauteur de".
        cue(
            0.8,
            r"\d+(?:[.,]\d+)?\s?%\s(?:service\s)?credits?\s(?:of|on|against)\s(?:the\s)?(?:\w+\s)?(?:charges|fees|"
            r"invoices?|bills?|subscription)\b",
            literals=("credit",),
            unless=_LATE_PAYMENT + r"|\bvolume\b",
        ),
        cue(
            0.75,
            r"\bdeductions? of\b[^.]{0,30}\b(?:from|against|off) (?:the |its )?(?:next |following |monthly |"
            r"subsequent )?(?:invoices?|fees|charges|payments?)\b|\bcredits?\b[^.]{0,40}\b(?:applied|issued|"
            r"deducted|offset|set off)\b[^.]{0,40}\b(?:invoices?|bills?|fees|charges)\b",
            needs=r"\b(?:service levels?|slas?|kpis?|fail\w*|miss\w*|targets?|below|late|delay\w*|downtime|uptime|"
            r"availability|outages?)\b",
            unless=_LATE_PAYMENT + r"|\b(?:volume|loyalty|promotional) (?:credits?|discounts?)\b|\bbilling errors?\b",
        ),
        cue(
            0.75,
            r"\b(?:refund|credit)\w*\b[^.]{0,40}\b(?:pro[- ]?rata|pro-?rated|proportional)\b[^.]{0,40}\b(?:fees?|"
            r"charges|price)\b",
            needs=r"\b(?:unavailab\w*|downtime|outages?|interrupt\w*)\b",
            unless=_LATE_PAYMENT + r"|\bterminat\w*",
        ),
        cue(
            0.75,
            r"\b(?:emission d'un|d'un|un|des) avoirs?\b(?! (?:recours|acces|lieu|connaissance|droit|besoin))",
            needs=r"\b(?:niveaux? de service|indicateurs?|sla|disponibilite|indisponibilite|manquements?|"
            r"non[- ]respect|retard)\b",
            unless=_LATE_PAYMENT + r"|\berreurs? de facturation\b|\btrop[- ]percu\b",
        ),
        cue(
            0.75,
            r"\b(?:prix|redevances?|factures?|forfaits?|montants?|remunerations?)\b[^.;]{0,60}?\b(?:est|sera|sont|"
            r"seront) (?:minore|reduit|diminue|abattu)e?s?\b|\breduire (?:le montant (?:de |d'))?(?:la |le |les |sa |"
            r"ses )?(?:factures?|redevances?|prix|montants?|forfaits?)\b",
            # the verbs are rarer than the nouns: the regex runs only where one of them is
            literals=("minore", "reduit", "diminue", "abattu", "reduire"),
            needs=r"\b(?:inferieurs?|objectifs?|seuils?|non[- ]atteinte|non[- ]respect|manquements?|niveaux? de "
            r"service|indicateurs?|retard|indisponib\w*)\b",
            unless=_LATE_PAYMENT + r"|\b(?:volumes?|quantites?|indices?|revision|remise)\b",
        ),
        cue(
            0.75,
            r"\bpenalise(?:e|s|es)? (?:a hauteur de|de|par|d'un|d'une|a raison de)\b",
            needs=r"%|\b(?:euros?|seuils?|retard|niveaux? de service|indicateurs?|taux)\b",
            unless=_LATE_PAYMENT,
        ),
        cue(
            # a fee forfeited or an amount "placed at risk" when a date or a level is missed
            0.75,
            # the verb only: "fines or forfeitures (including legal fees)" in an indemnity is no penalty (services 3)
            r"\bforfeit(?:s|ed)?\b[^.]{0,40}\b(?:fees?|charges|payments?|bonus\w*|holdback|retainage)\b|"
            r"\b(?:placed|put|held) at risk\b",
            needs=r"\b(?:not (?:achieved|met)|miss\w*|fail\w*|late|delay\w*|service levels?|kpis?|slas?|milestones?|"
            r"go-?live)\b",
            unless=_LATE_PAYMENT,
        ),
        cue(
            # "une remise proportionnelle sur l'abonnement", "la part variable ... ramenée à zéro", "une indemnité de
            # 300 euros pour chaque semaine de retard"
            0.75,
            r"\bremises? (?:proportionnelles?|sur (?:l'abonnement|la redevance|la facture))\b|"
            r"\bpart variable\b[^.]{0,60}\b(?:ramenee|reduite|minoree|supprimee|diminuee|perdue)\b|"
            r"\b(?:par|pour chaque) (?:jour|semaine|heure|mois)s? (?:calendaires? |ouvres? |ouvrables? )?de "
            r"(?:retard|depassement|indisponibilite)\b",
            needs=r"%|\b(?:disponibilite|indisponibilite|niveaux? de service|engagements?|inferieure?s?|objectifs?|"
            r"indicateurs?|euros?|indemnit\w*|penalit\w*|retenue|verse\w*)\b",
            unless=_LATE_PAYMENT + r"|\bremises? (?:commerciales?|de fidelite|de volume)\b",
        ),
    ],
    # a heading on late payment and recovery lends no weight (issue 7, round 8): "Pénalités pour retard –
    # recouvrement", "Pénalités de retard de paiement"
    heading=r"^(?![\s\S]*\b(?:recouvrement|(?:retard|defaut)s? (?:de|du) (?:paiement|reglement))\b)[\s\S]*"
    r"\b(?:penalit|penalt|credits?|service credits|liquidated)",
)

CHANGE_PROCEDURE = rule(
    "change_procedure",
    "supplementaire|complementaire|nouveaux|hors|redimension|reduire|augmentation|incidence|memoire|volum|ajo"
    "ut|evolution|version|prestation|travaux|"
    "change|modif|evol|avenant|amend|impact|updat|demande|propos|request|submit|devis|addition|alteration|"
    "additional|new|enhanced|further|variation|perimetre|extension|preavis|increas|decreas|revision|alter|adjust|"
    "adapt|omitted"
    "|expansion|reduction"
    "|modul|dimensionnement|chiffr|fiche|seat|costed|amelior|wish|want|souhait|estimat|quotation|quoted",
    [
        cue(
            # "any change the vendor believes may affect the price or terms shall be referred to the contracting
            # officer for action": a route for changes, not a bare "amendments in writing"
            0.8,
            r"\bchanges?\b[^.]{0,80}\b(?:affect|impact|alter)\w*\s+(?:the\s+)?(?:contract\s+)?(?:price|cost|fees|"
            r"terms|scope|schedule)\b[^.]{0,80}\b(?:referred|submitted|escalated|reported)\s+to\b",
        ),
        cue(
            # changes to the contract or the service level agreement announced ahead by kind (issue 7, round 9):
            # "modifications majeures : 60 jours de préavis", "préavis de 30 jours pour toute modification du
            # contrat"; a change of prices alone is price revision
            0.7,
            r"\bmodifications? (?:mineures?|majeures?|substantielles?|significatives?|des (?:services?|prestations|"
            r"conditions(?: generales| particulieres)?)|du (?:service|contrat|sla|present (?:contrat|sla|accord))|"
            r"de (?:la convention|l'accord|ce sla))\b[^.]{0,60}?\b\d+ (?:jours?|mois|semaines?) (?:de preavis|a "
            r"l'avance)\b|\bpreavis (?:de |d'au moins )?\d+ (?:jours?|mois)\b[^.]{0,40}\b(?:toute |les |chaque )?"
            r"modifications? (?:du contrat|des services?|du service|des conditions|du sla|de la convention)\b",
        ),
        cue(
            0.85,
            r"\b(?:change requests?|change orders?|change control|change management (?:process|procedure)|"
            r"demandes? de (?:modification|changement|evolution)|propositions? de changement|procedure de "
            r"(?:modification|changement)|gestion des (?:changements|modifications|evolutions)|"
            r"comite (?:des changements|de changement)|change (?:control (?:procedure|note)|authori[sz]ation notes?|"
            r"proposals? form|notes?)|variation (?:procedure|requests?|control))\b",
        ),
        cue(
            0.7,
            r"\b(?:impact (?:assessment|analysis)|analyse d'impact|etude d'impact|devis (?:complementaire|"
            r"d'evolution))\b",
            # a data-protection impact assessment (DPIA, AIPD) is not a change procedure
            unless=r"\b(?:data protection|protection des donnees|personal data|donnees|dpia|aipd|rgpd|gdpr)\b",
        ),
        cue(
            0.6,
            r"\bmodifications?\b[^.]{0,80}\b(?:bons? de commande|ordres? de service|avenants?)\b",
            # "toute modification du contrat fait l'objet d'un avenant signé par les parties": a bare written form
            unless=r"\b(?:toute|aucune) modification (?:du|au|de la|des|a la) (?:present |presente )?(?:contrat|"
            r"convention|accord|marche|presentes|annexe|dpa|document|conditions generales|cgv|cgu|sla|cahier)\b"
            r"[^.]{0,40}\b(?:fait|fera|devra faire|doit faire) "
            r"l'objet d'un avenant\b(?: ecrit)?(?: et)?(?: signe (?:par|des) (?:les )?(?:deux )?parties)?\s*(?:\.|$)",
        ),
        cue(
            # changes the client asks for, taken on under conditions (French public round 7): "les modifications de
            # la commande demandées par le Client ne sont prises en compte que si elles sont notifiées par écrit ...
            # après un nouveau bon de commande et l'ajustement du prix"
            0.75,
            r"\b(?:modifications?|changements?|evolutions?) (?:de la |du |des |de sa |de leur )?(?:commandes?|"
            r"prestations?|services?|missions?|besoins?)\b[^.]{0,40}\b(?:demandee?s?|souhaitee?s?|sollicitee?s?) par "
            r"(?:le |la |l')(?:client|beneficiaire|acheteur|donneur d'ordre|pouvoir adjudicateur|acheteur public)\b",
            needs=r"\b(?:prises? en compte|accept\w*|ajustement|prix|devis|bon de commande|par ecrit|preavis|"
            r"delai|avenant|chiffr\w*|accord)\b",
            literals=("demand", "souhait", "sollicit"),
        ),
        cue(
            # the provider's right to change the services, with the client's say (French public round 7): "la
            # Société peut faire évoluer le contenu des Services ; s'ils sont revus à la baisse, un nouveau Contrat
            # est proposé au Client, qui peut le refuser"
            0.7,
            r"\b(?:faire evoluer|modifier|adapter|revoir)\b (?:le contenu |la nature |les caracteristiques |le "
            r"perimetre |les fonctionnalites )?(?:des |de ses |les |ses |du |de la )?(?:services?|prestations?|"
            r"offres?|fonctionnalites|plateforme)\b",
            needs=r"\b(?:nouveau contrat|nouvelle offre|accept\w*|refus\w*|resili\w*|preavis|"
            r"notifi\w*|sans modification (?:de|du) (?:tarif|prix))\b",
            unless=r"\bdonnees personnelles\b|\bsous-traitants? ulterieurs?\b",
            literals=("evoluer", "modifier", "adapter", "revoir"),
        ),
        cue(
            # an amendment whose content is laid down: "un avenant précisant les causes du retard et une nouvelle
            # planification", "un avenant est conclu, précisant la modification du prix et du calendrier"
            0.7,
            r"\bavenants?\b[^.]{0,60}\b(?:precisant|indiquant|fixant|detaillant|mentionnant|definissant)\b[^.]{0,80}"
            r"\b(?:prix|calendrier|planification|planning|delais?|causes?|perimetre|impacts?|modalites|"
            r"consequences)\b",
        ),
        cue(
            0.75,
            r"\b(?:evolutions?|extensions?|modifications?|changements?|reductions?)\s+(?:du|de son|de leur)\s+"
            r"perimetre\b[^.]{0,150}\b(?:chiffrage|devis|avenant|demande|proposition|impact|accord|valid\w*)",
        ),
        cue(
            0.75,
            r"\b(?:changes?|modifications?|(?<!\bin )additions?|alterations?)\s+(?:to|in|of)\s+(?:the\s+)?(?:scope|"
            r"services|specifications|statement of work|sow|work|project)\b[^.]{0,150}\b(?:written|writing|mutually|"
            r"agreed|approv\w*|request\w*|quot\w*|estimat\w*|proposal|impact)",
            # "changes in scope may be incorporated upon the written consent of both parties": a bare written form
            unless=r"\b(?:upon|with|by) (?:the )?(?:mutual )?(?:prior )?written (?:consent|agreement) of (?:both|the) "
            r"parties\b",
        ),
        cue(
            0.65,
            r"\b(?:prestations?|services?) (?:nouvel\w*|complementaires?|supplementaires?|additionnel\w*)\b[^.]{0,150}"
            r"\b(?:devis|proposition (?:technique |financiere |chiffree )+|avenant|bon de commande|chiffrage)",
        ),
        cue(
            0.65,
            r"\b(?:additional|new|modified|enhanced|further) (?:services|work|functionality|features)\b[^.]{0,150}"
            r"\b(?:request\w*|quot\w*|proposal|mutually agreed|written (?:amendment|agreement|change)|estimat\w*)",
        ),
        cue(
            0.7,
            r"\b(?:request|propose|proposer|demander|solliciter|submit)\w*[^.]{0,60}\b(?:changes?|"
            r"modifications?|evolutions?)\b[^.]{0,80}\b(?:scope|services?|perimetre|prestations?|cahier des charges|"
            r"plan de travail|statement of work|sow|deliverables|livrables)",
            # a new date that only moves costs: "if Customer requests a change to the timing of the Services, Customer
            # will reimburse any non-recoverable travel expenses" is a rescheduling charge, not a change procedure
            unless=r"\bchanges? (?:to|in|of) the (?:timing|date|dates)\b[^.]{0,120}\b(?:reimburs\w*|expenses)\b",
        ),
        cue(
            0.65,
            r"\b(?:modifications?|changes?|evolutions?)\s+(?:du|de la|des|to the|of the)\s+(?:plan de travail|"
            r"cahier des charges|perimetre|prestations|scope|services|bons? de commande|categories)",
        ),
        cue(
            0.6,
            _PROVIDER + r"\s+(?:may|peut|pourra|se reserve le droit de|reserves the right to)\s+(?:\w+ ){0,2}"
            r"(?:change|modify|update|faire evoluer|modifier|make any modification)"
            # "reserves the right to change the applicable charges" is a price revision, not a change procedure
            r"(?! (?:the |its |their |any |ses |les )?(?:applicable |then[- ]current )?(?:charges|fees|prices|pricing|"
            r"rates|tariffs?|tarifs?|prix)\b)"
            # nor is changing one's sub-processors or contact details: no change to the services or the contract
            r"(?! (?:the |its |their |any )?(?:sub-?processors?|subcontractors?|address|contact details|bank "
            r"details|escalation (?:contact )?lists?|contact lists?|contacts?|representatives?)\b)"
            r"(?! (?:son |sa |ses |les )?(?:adresse|siege|coordonnees|raison sociale|denomination|forme juridique)\b)",
            # nor is updating one's security measures as technology moves on, without lowering protection (issue
            # 7, round 7): "the processor may update them from time to time, provided the overall level of security
            # is not materially decreased"
            unless=r"\b(?:security|technical and organi[sz]ational) measures\b|\b(?:not|never) (?:materially )?"
            r"(?:decrease|reduce|degrade|lower|diminish|weaken)\w* the (?:overall )?(?:level of )?(?:security|"
            r"protection)\b",
        ),
        cue(
            # "If a Party requests a modification of this Agreement because ..., the Parties shall negotiate in good
            # faith ... and agree upon the way to implement the changes": a request that opens a negotiation
            0.7,
            r"\brequest\w*\s+(?:a |an |any )?(?:modifications?|amendments?|changes?|variations?)\s+(?:of|to)\s+"
            r"(?:this|the)\s+(?:agreement|contract)\b[^.]{0,400}\b(?:negotiat\w*|assess\w*|impact|implement\w*|"
            r"agree upon)",
        ),
        cue(
            # work outside the agreed scope done on request and charged: "the performance of any Non-Covered Services
            # shall require a written request from Owner", "upon request ... provide the Excepted Services but ...
            # charge for the same"
            0.7,
            r"\b(?:non-covered|excepted|out-of-scope|out of scope) services\b[^.]{0,200}\b(?:request|authori[sz]|"
            r"approv)\w*|\b(?:request|authori[sz]|approv)\w*\b[^.]{0,200}\b(?:non-covered|excepted|out-of-scope|"
            r"out of scope) services\b",
            needs=r"\b(?:charg\w*|bill\w*|rates?|costs?|invoic\w*|fees?|quot\w*|pric\w*)\b",
            literals=("non-covered", "excepted", "out-of-scope", "out of scope"),  # not " services"
        ),
        cue(
            # a French amendment procedure: "toute demande d'avenant est notifiée par écrit", "les parties se
            # concertent sur les modifications du contrat"
            0.75,
            r"\b(?:propositions?|demandes?) d'(?:adaptation|avenant|amendement)\b[^.]{0,120}\b(?:ecrit\w*|notifi\w*|"
            r"communiqu\w*|soumi\w*|accord|accept\w*|valid\w*)|\b(?:negocie\w*|se concerte\w*)\b[^.]{0,80}"
            r"\b(?:modifications?|adaptations?) (?:a apporter|du contrat|necessaires)\b",
        ),
        cue(
            # a change to the service announced with notice: "toute réduction des garanties exige un préavis de 60
            # jours", "les modifications du service sont notifiées avec un préavis d'un mois"
            0.7,
            r"\b(?:toute|les|chaque) (?:modifications?|reductions?|evolutions?|changements?|degradations?) (?:des|du|"
            r"de la|de l')\b[^.]{0,60}\b(?:exige\w*|requiert|necessite\w*|(?:sont|est|sera|seront) notifiee?s?|"
            r"moyennant|avec)\b[^.]{0,20}\bpreavis\b",
        ),
        cue(
            # the same without article or complement: "réductions nécessitent préavis de 60 jours + droit de
            # résiliation"; "modifications possibles ... notification : email 30 jours avant application"
            0.7,
            r"\b(?:modifications?|reductions?|revisions?|changements?)\b[^.]{0,20}\b(?:necessitent|exigent|"
            r"requierent)\b[^.]{0,20}\bpreavis\b|\b(?:modifications?|revisions?)\b[^.]{0,250}\bnotification\b"
            r"[^.]{0,40}\b(?:\d+|trente|soixante) jours (?:avant (?:application|leur entree|prise d'effet)|a l'avance)",
        ),
        cue(
            # a request answered by a quote: "si le prestataire juge la demande réalisable, il fournira un devis
            # forfaitaire détaillant ...", "à chaque demande, le titulaire remet un devis"
            0.7,
            r"\bdemandes?\b[^.]{0,80}\b(?:fournira|fournit|remet\w*|etablira|etablit|adressera|transmet\w*|"
            r"proposera|soumet\w*)\b[^.]{0,20}\bdevis\b",
        ),
        cue(
            # a request-and-confirm loop for new work: "Feature Request Process: 1. Client emails the request 2.
            # Provider responds with scope confirmation", "enhancement requests will be scoped and quoted"
            0.8,
            r"\b(?:feature|enhancement|scope|modification|service) requests? (?:process|procedure)\b|"
            r"\b(?:feature|enhancement|scope) requests?\b[^.]{0,80}\b(?:scope confirmation|estimat\w*|quot\w*|"
            r"impact)\b",
        ),
        cue(
            # more of the service within a price list: "Customer may increase its Use Limits within that pricing
            # structure at any time, by Notice"
            0.7,
            r"\b(?:increase|decrease|reduce|add to|change)\w* (?:its |their |the )? ?(?:use limits|usage limits|"
            r"quantities|number of (?:users|seats|licen[cs]es)) ?\b[^.]{0,60}\b(?:by  ?notice|on  ?notice|upon "
            r"(?:written )? ?notice|at any time|by (?:written )?request|pricing structure|price list)",
        ),
        cue(
            # the services adapted to an agreed change: "the host shall alter the Services to accommodate the
            # revised Specifications", "the Contractor shall adjust the services to reflect the agreed change"
            0.7,
            r"\b(?:alter|modify|adjust|adapt|amend|change)s? (?:the |its |their |such )?(?:services|work|deliverables|"
            r"service levels)\b[^.]{0,60}?\b(?:to accommodate|to reflect|in accordance with|to conform to) "
            r"(?:the |such |any )?(?:revised|changed|amended|modified|new|agreed)\b",
        ),
        cue(
            # a request for a service not in the contract, priced by agreement: "consider in good faith any request
            # for an additional service, at fees to be negotiated", "a service omitted from Schedule A may be added"
            0.7,
            r"\brequest\w*\b[^.]{0,80}?\b(?:additional|new|further|supplemental|incremental|omitted) (?:services?|"
            r"work|deliverables|functionality)\b|\bomitted services?\b|\bservices? omitted from\b",
            needs=r"\b(?:fees?|pric\w*|charges?|rates?|negotiat\w*|scope|terms and (?:conditions|fees)|quot\w*|"
            r"estimat\w*)\b",
        ),
        cue(
            # work outside the plan's scope quoted first and done only once the customer agrees (English public set
            # 12): "we'll give you an estimate ... and receive your consent before charging any additional fees"
            0.75,
            r"\b(?:estimat\w*|quot(?:e|es|ed|ation|ations))\b(?:[^.]|\.\s){0,200}?\b(?:consent|approv\w*|"
            r"authori[sz]\w*|accept\w*|agree\w*)\b",
            needs=r"\b(?:outside|out of|beyond|not within|not covered by|not included in|exceeds?)\b[^.]{0,40}"
            r"\b(?:scope|plan|subscription|package|support|services)\b",
        ),
        cue(
            # variations with a costed procedure: "Variations to the Services requested by the Buyer shall be quoted
            # ... with their effect on price and timetable" (a bare "the parties may agree a variation" is not one)
            0.75,
            r"\bvariations? (?:to|of) (?:the )?(?:services|scope|works?|specifications?|statement of work|sow)\b",
            needs=r"\b(?:request\w*|quot\w*|estimat\w*|impact|effect on (?:the )?(?:price|cost|charges|timetable)|"
            r"instruct\w*|propos\w*|cost\w*)\b",
        ),
        cue(
            # amendments to a statement of work or an order through a proposal: "any amendment to a Statement of Work
            # shall be proposed in writing with an estimate of its cost impact"
            0.7,
            r"\bamendments? (?:to|of) (?:a |an |the |any )?(?:statement of work|sow|work order|task order|order form|"
            r"project plan|service description)\b",
            needs=r"\b(?:request\w*|propos\w*|estimat\w*|impact|quot\w*|cost\w*|pric\w*|fees?)\b",
        ),
        # English families from the issue-7 proactive audit (docs/review.md): the government changes clause
        # ("changes within the general scope", "equitable adjustment"), requested changes priced or assessed, fees
        # adjusted when services are added or removed, a named change procedure, impact on price or schedule.
        cue(
            0.8,
            r"\b(?:equitable adjustment|changes? within the general scope|constitutes? a change|constructive change|"
            r"change (?:procedure|process|management process|order process|request process))\b",
            # a refusal that gives no ground for one: "the CO's failure to approve a substitution will not form a
            # valid basis for any claim for money or any equitable adjustment"
            unless=r"\b(?:not|nor|no)\b[^.]{0,80}\b(?:basis|grounds?)\b[^.]{0,80}\bequitable adjustment\b",
        ),
        cue(
            0.75,
            r"\b(?:requested|proposed) (?:changes?|modifications?|variations?)\b|\b(?:changes?|modifications?|"
            r"variations?) (?:requested|proposed|ordered|instructed) by\b",
            needs=r"\b(?:pric\w*|cost\w*|fees?|charges?|rates?|valued|quot\w*|proposal|estimat\w*|schedule|impact|"
            r"adjust\w*)\b",
        ),
        cue(
            0.7,
            r"\b(?:fees?|charges?|prices?|compensation|contract price) (?:shall|will) be "
            r"(?:equitably |correspondingly |"
            r"proportionally )?adjusted\b|\b(?:fees?|charges?) adjusted (?:according|in accordance|pro rata|"
            r"accordingly)",
            needs=r"\b(?:request\w*|add|remove|vary|varied|change\w*|scope|additional|quantit\w*)\b",
            unless=r"\b(?:index\w*|cpi|inflation|anniversary|annual\w*|each year|per annum)\b",
        ),
        cue(
            0.7,
            r"\b(?:increase|decrease|reduction|extension|expansion|change)s? (?:in|of|to) (?:the )?scope\b",
            needs=r"\b(?:priced|pricing|quot\w*|cost\w*|estimat\w*|impact|adjust\w*|fees?|charges?)\b",
        ),
        cue(
            0.75,
            r"\bimpact (?:on|upon) (?:the )?(?:price|prices|pricing|charges|fees|cost|costs|service levels|schedule|"
            r"timeline|delivery)\b",
            needs=r"\b(?:change\w*|amend\w*|variation\w*|modif\w*)\b",
        ),
        cue(
            0.65,
            r"\b(?:we|provider|supplier|vendor) may (?:modify|change|update|alter)\b[^.]{0,40}\b(?:services?|features?|"
            r"functionality|terms|agreement)\b",
            needs=r"\b(?:notif\w*|notice)\b",
        ),
        # Proactive French families (issue 7, s8 audit): work outside the price list
        # or the scope ordered through a costed route ("prestations supplémentaires ... par ordre de service", "prix
        # nouveaux", "hors périmètre ... après acceptation d'un devis"), and changes of scope, volume, version or
        # rules handled by quote, notice, impact study or concertation; a bare "modifié par avenant" stays out.
        cue(
            0.7,
            r"\b(?:prestations?|travaux) (?:supplementaires?|complementaires?|additionnel\w*|hors "
            r"(?:perimetre|forfait|contrat)|non prevu\w*)\b|\bprix nouveaux\b|\bhors perimetre\b",
            needs=r"\b(?:ordre de service|devis|bons? de commande|avenant|proposition|acceptation|chiffr\w*)\b",
        ),
        cue(
            0.7,
            r"\b(?:demandes? d'evolution|evolutions? (?:sollicitee|demandee|validee|du perimetre|des prestations|"
            r"de (?:la|sa) solution|fonctionnelle)s?|faire evoluer (?:les|le) (?:fonctionnalites|services?|"
            r"prestations?|perimetre)|modifications? substantielles?|adaptation des prestations|ajouter de nouveaux|"
            r"redimensionn\w*|reduire le perimetre|augmentation du volume|variation de la volumetrie|ajout de nouve\w*|"
            r"extension (?:des|du|de la) (?:horaires|perimetre|prestations|service|plages?)|"
            r"changements? de version)\b",
            needs=r"\b(?:devis|chiffr\w*|propos\w*|offre|avenant|accord|acceptation|valid\w*|notifi\w*|prealable|"
            r"preavis|a l'avance|impact|incidence|concert\w*|rencontr\w*|negoci\w*|renegoci\w*|ajust\w*|adapt\w*|"
            r"opposer|planifi\w*|commun accord|recette)",
        ),
        cue(
            0.7,
            r"\b(?:incidences?|impacts?) (?:financier\w* )?(?:de la|des|du|sur (?:les|le|la)) (?:modification|"
            r"changement|evolution|demande|delais|planning|calendrier|prix|cout)|\bincidence financiere\b|"
            r"\bmemoire chiffre\b",
            needs=r"\b(?:modifi\w*|evolution|adaptation|changements?|demande)\b",
        ),
        cue(
            # the customer asking for a change to the process, the specifications or the facilities, with its cost
            # or approval to follow (issue 7, services set 8): "the Customer may request reasonable changes to the
            # manufacturing process", "if the Customer requires an addition or expansion of the system, it shall send
            # a written request so that the Carrier can estimate its cost"
            0.75,
            r"\b(?:may|shall|can|wishes to) request (?:reasonable |any |such )?(?:changes?|modifications?|alterations?|"
            r"additions?)\b[^.]{0,30}\bto (?:the )?(?:manufacturing process|process\w*|specifications?|services?|"
            r"scope|facilit\w*|system|master batch record|statement of work|deliverables?|work)\b|"
            r"\brequires? an? (?:addition|modification|alteration|expansion)\b[^.]{0,150}\b(?:written "
            r"(?:notif\w*|notice|request)|change (?:order|request))\b",
            needs=r"\b(?:costs?|estimat\w*|prices?|fees?|impacts?|timelines?|schedules?|approv\w*|notice|agree\w*)\b",
        ),
        # Second proactive pass (issue 7, s11 audit, tests/test_review_families_second.py): a request to change
        # hours, seats or scope that is assessed or billed, work outside the scope only on a signed change, a change
        # log or board, volume swings that reopen staffing and price, proposed improvements that are evaluated, a
        # costed proposal; in French "modification du marché" within a limit, "demander l'ajout", a "proposition de
        # modification", a "fiche de changement", "après chiffrage", "l'impact sur les effectifs", the sizing
        # reviewed, "n'est réalisée qu'après"; a bare written form stays out.
        cue(
            0.75,
            r"\brequests? (?:to|for) (?:change|modify|add|remove|reduce|extend|expand|increase|decrease|vary|alter)\b"
            r"[^.]{0,120}\b(?:assess\w*|evaluat\w*|impact|quot\w*|estimat\w*|proposal|approv\w*|costed)",
            literals=("request",),
        ),
        cue(
            0.75,
            r"\b(?:reduce|increase|expand|extend|narrow|change|modify|vary)\w* (?:the |its )?scope\b[^.]{0,120}"
            r"\b(?:notice|charges?|fees?|price|adjust\w*|reduc\w*)",
            literals=("scope",),
        ),
        cue(
            0.75,
            r"\bpropos(?:e|es|ing) (?:\w+ )?(?:improvements?|enhancements?|changes?|modifications?|variations"
            r"?) (?:to|in|"
            r"of) (?:the )?(?:services?|scope|sow|statement of work|deliverables|solution)\b[^.]{0,120}"
            r"\b(?:evaluat\w*|assess\w*|approv\w*|accept\w*|impact)",
            literals=("propose", "proposing"),
        ),
        cue(
            0.8,
            # ("change authorisation note" is already a cue above: not counted twice)
            r"\bchange (?:authori[sz]ations?(?! notes?\b)|log|register|form|board|advisory board|control board)\b",
        ),
        cue(
            0.7,
            r"\b(?:add|remove|reduc|increas|decreas)\w* (?:\w+ )?(?:seats|users|licen[cs]es|agents|ftes?|loca"
            r"tions|sites|"
            r"channels|languages)\b[^.]{0,80}\b(?:pro rata|prorat\w*|billed|charged|adjusted|at the (?:then|same|"
            r"applicable))|\badditional (?:seats|users|licen[cs]es|agents|ftes?|locations|sites)\b[^.]{0,40}"
            r"\b(?:billed|charged|prorat\w*|pro rata|invoiced)",
            literals=("seat", "users", "licen", "agents", "fte", "locations", "sites", "channels", "languages"),
        ),
        cue(
            0.7,
            r"\b(?:outside|beyond) (?:the |its )?(?:scope|statement of work|sow)\b",
            needs=r"\b(?:agreed|written|change\w*|quot\w*|approv\w*|request\w*|charg\w*|additional|authori[sz]\w*|"
            r"pric\w*|fees?)\b",
            unless=r"\b(?:personal data|processing|instructions|employment|licen[cs]e (?:grant|scope))\b",
            literals=("outside", "beyond"),
        ),
        cue(
            0.7,
            r"\b(?:changes?|variations?|increases?|decreases?|fluctuations?) (?:in|of) (?:the )?(?:\w+ )?volumes?\b"
            r"[^.]{0,100}\b(?:review|renegotiat\w*|adjust\w*|re-?forecast\w*|re-?baselin\w*|revis\w*)|"
            r"\bcosted proposals?\b|\b(?:priced|costed) (?:quotation|quote)s?\b",
            needs=r"\b(?:agreed|written|change\w*|quot\w*|approv\w*|request\w*|charg\w*|pric\w*|fees?|staffing|ask\w*|"
            r"new)\b",
            literals=("volume", "costed", "priced"),
        ),
        cue(
            0.75,
            r"\bmodification du marche\b[^.]{0,80}\b(?:augment\w*|diminu\w*|quantites|limite de|montant initial)|"
            r"\b(?:augmenter|diminuer|reduire|moduler) (?:les |le |des )?(?:quantites|volumes?)\b|"
            r"\bdemand\w* (?:l'ajout|l'extension|la modification|la suppression|le retrait|l'adaptation|une evolution|"
            r"un changement|une modification)\b|\bpropositions? (?:technique et financiere|financiere|chiffree|"
            r"commerciale|de modification|de changement|d'evolution|d'avenant)\b|\bfiches? (?:de |d')(?:changement|"
            r"modification|evolution|demande)\b",
            needs=r"\b(?:prix|preavis|montant|avenant|ajust\w*|limite|demande|commande|ajout|modif\w*|evolution|"
            r"changement|nouve\w*|extension|accept\w*|refus\w*|signee?)\b",
        ),
        cue(
            0.7,
            r"\bpropose\w* (?:\w+ ){0,3}(?:adaptations|modifications|evolutions|changements|ameliorations)\b|"
            r"\bchiffr(?:age|ee?s?|er)\b|\bl'impact sur (?:les |le |la |l')(?:effectifs|prix|couts?|delais|planning|"
            r"calendrier|niveaux de service|tarifs?|organisation|dimensionnement)|"
            r"\bdimensionnement\b|\b(?:hausses?|baisses?|variations?|augmentations?|diminutions?) (?:\w+ )?des "
            r"volumes\b|\b(?:n'est|ne sont|ne sera|ne seront|ne peut etre|ne peuvent etre) (?:realisee?s?|mise?s? en "
            r"o(?:e)?uvre|executee?s?|engagee?s?|effectuee?s?) qu'apres\b|"
            r"\b(?:l'ajout|ajout|le retrait|la suppression|l'extension) (?:de |d'|des )(?:nouve\w* )?(?:sites?|canaux|"
            r"canal|lignes?|postes|utilisateurs|licences|langues?|plages? horaires?)\b",
            needs=r"\b(?:modifi\w*|changements?|evolutions?|demandes?|ajouts?|souhait\w*|etendre|extension|reduire|"
            r"reduction|reun\w*|concert\w*|revoir|ajust\w*|renegoci\w*|redimension\w*|devis|tarif\w*|bon de commande|"
            r"avenant|preavis|incidence)\b",
            unless=r"\bchiffre d'affaires\b",
        ),
        cue(
            # s11 second round: the customer wishing to add, extend or reduce something, answered by a quote or an
            # impact ("if Customer wishes to add a product line ... Provider will provide a quote")
            0.75,
            r"\b(?:wish\w*|want\w*|decid\w*) to (?:add|extend|expand|include|remove|reduce|change|"
            r"modify)\b[^.]{0,120}\b(?:quot\w*|estimat\w*|proposal|pric\w*|impact|costs?|approv\w*|change order)|"
            r"\bsouhait\w* (?:ajouter|etendre|modifier|reduire|supprimer|faire evoluer)\b[^.]{0,120}\b(?:devi"
            r"s|chiffr\w*|"
            r"prix|proposition|impact|incidence|avenant|bon de commande)",
            literals=("wish", "want", "decid", "souhait"),
        ),
        cue(
            # services set 9: the maker must warn and consult the customer before changing how it makes the goods
            # ("shall consult the Buyer before it makes any material change in a manufacturing process")
            0.75,
            r"\b(?:before|prior to)\b[^.]{0,40}\bmak\w* any (?:material |significant |major )?changes? (?:in|to) "
            r"(?:the |any |its |a )?(?:manufacturing |production |test\w* )?(?:process\w*|specifications?|"
            r"methods?|facilit\w+|sites?)\b",
            literals=("any change", "any material change", "any significant change", "any major change"),
            needs=r"\b(?:notice|notif\w*|consult\w*|consent|approv\w*|inform\w*)\b",
        ),
        cue(
            # English public set 9: the client asking that the work be changed ("you may request that some aspect
            # of the work be changed"), a change of the work that brings fees agreed first ("if the work changes,
            # we may charge additional fees"), an allowance varied by agreement with a matching change of fees
            0.7,
            r"\brequest\w* that (?:\w+ ){0,4}(?:work|services?|scope|deliverables?|specifications?|project|design)\b"
            r"[^.]{0,20}\bbe (?:changed|modified|altered|varied|amended|extended|reduced)\b|"
            r"\bif (?:the )?(?:work|services?|scope|specifications?|deliverables?|project) (?:changes|is changed|"
            r"are changed|is modified|are modified|varies)\b[^.]{0,60}\b(?:additional|extra|further|new) (?:fees|"
            r"charges|costs)\b|"
            r"\bcorresponding (?:change|adjustment|increase|decrease|reduction)s? (?:to|in) (?:the |our |its )?"
            r"(?:\w+'s )?(?:fees|charges|prices?)\b",
            literals=("request", "if the", "if work", "if serv", "if scope", "if spec", "if deliv", "if proj",
                      "corresponding"),
            unless=r"\b(?:index\w*|cpi|inflation|anniversary|each year|per annum)\b",
        ),
        cue(
            # English public set 9: a change of the terms on notice that the client may refuse ("we may vary these
            # terms on prior written notice; a written objection makes a disadvantageous change non-binding")
            0.7,
            r"\bwritten objection\b|\bobject\w* (?:in writing )?to (?:the |any |such )?(?:proposed )?(?:change|"
            r"variation|amendment|modification)s?\b",
            needs=r"\b(?:vary|varied|variation|(?:changes?|amendments?) (?:in|to|of) (?:these|this|the) (?:terms|"
            r"agreement|conditions))\b",
            literals=("objection", "object"),
        ),
        cue(
            # services set 10: specifications the customer updates on notice, the maker accepting or proposing new
            # terms ("a Specification may be updated by the buyer on prior notice; the supplier then accepts the
            # change at the current price or submits a proposal"); "changed only by written amendment" stays out
            0.7,
            r"\bspecifications? (?:may|can) be (?:updated|changed|modified|amended|revised)\b",
            needs=r"\b(?:propos\w*|quot\w*|pric\w*|costs?|change notifications?)\b",
        ),
    ],
    heading=r"\b(?:changes?|modifications?|evolutions?|change management|gestion des changements|reexamen|"
    r"(?:feature|enhancement|change|scope) requests?)\b",
)

PRICING = rule(
    "pricing",
    "prix|price|fee|tarif|redevance|montant|remuneration|factur|invoice|paie|payment|pay|cout|cost|€|$|eur|"
    "honoraire|abonnement|invoic|taux|hourly|bordereau|decomposition|compensat|consideration|cotisation|acompte|"
    "paid|time and material|fixed|reimburs|somme"
    "|retainer|milestone|thousand|mille|virement|prelevement|reglement|refactur|minimum|calculat|acquitt"
    "|compensated|remunerated|time-and|usd|gbp|not-to-exceed|not to exceed|ceiling|remunere",
    [
        cue(
            # costs passed on: "actual travel costs will be reimbursed in accordance with the federal travel
            # regulation", "expenses shall be reimbursed at cost" (a second cue or heading is still wanted)
            0.6,
            r"\b(?:costs?|expenses?)\b[^.]{0,40}\b(?:will|shall|are to|must|may) be (?:reimbursed|invoiced|billed|"
            r"recharged)\b",
        ),
        cue(
            # the provider's pay named by the paying verb, figure or not: "shall pay to the Agent sales commissions
            # equal to a share of net sales", "shall pay compensation to the Dealer as set out in the schedule"
            0.8,
            r"\b(?:shall|will|agrees? to) pay (?:to \w+(?: \w+)? )?(?:(?:a|an|the|such) )?(?:(?:sales|monthly|"
            r"annual|quarterly|trail|service|consulting|management) )?(?:commissions?|compensation|fees?|"
            r"remuneration)\b",
            literals=("pay",),
            unless=r"\barbitrat\w*|\battorneys?\b|\bcounsel\b|\blegal fees\b|\bown (?:costs|fees|expenses)\b|"
            r"\bfiling fees?\b|\bcourt\b|\bbroker\w*'s? fees?\b|\bfinders?\b",
        ),
        cue(
            0.85,
            r"\b(?:fees?|prix|prices?|tarifs?|redevances?|montant|remuneration|honoraires?|charges?|couts?|"
            r"abonnement|subscription|rate|forfaits?)\b[^.]{0,80}"
            r"(?:\d[\d .,]*\s?(?:€|eur\b|euros?|usd|\$|dollars?|ht\b)|"
            r"(?:[$€£]|\b(?:usd|eur|gbp|chf))\s?\d|\{\{?[a-z_.]*(?:price|fee|prix|rate|amount|montant)[a-z_.]*\}?\})",
        ),
        cue(
            0.8,
            r"\b(?:invoices?|factures?|payments?|paiements?|payable|reglements?|payes?)\b[^.]{0,80}"
            r"\b(?:within|dans un delai de|dans les|sous|net|a|est de|no later than)\s+(?:(?:\w+ )?\(?\d+\)?\s*|"
            # the period in words ("payable within fourteen days of the invoice date") or redacted ("*** after")
            r"(?:seven|ten|fourteen|fifteen|twenty|thirty|forty-five|sixty|ninety|sept|dix|quinze|trente|"
            r"quarante-cinq|soixante) )(?:calendar |business |working )?(?:days|jours)|\b(?:invoices?|payments?)\b"
            r"[^.]{0,80}\b(?:within|no later than) (?:\*{3}|\[\*+\]) (?:days )?(?:after|of|from) (?:the )?"
            r"(?:date of (?:the )?)?invoice",
        ),
        cue(
            # what the provider earns, whatever its form: "the compensation to Leader shall be 3,000,000 shares",
            # "as full compensation for the performance of the Services", "as an additional fee ... an amount equal
            # to 1% of the reimbursements"
            0.75,
            r"\bas (?:full |total |sole )?(?:compensation|consideration|remuneration) "
            r"(?:to \w+(?: \w+)? )?for (?:the |such |its |all )?(?:services|work|performance)\b|"
            r"\b(?:compensation|remuneration) (?:to|payable to|due to) \w+(?: \w+)? (?:shall|will) be\b|"
            r"\b(?:fee|fees|compensation|remuneration)\b[^.]{0,80}\ban amount equal to\b[^.]{0,40}\d",
            literals=("compensation", "consideration", "remuneration", "amount equal to"),  # not "for "
        ),
        cue(
            0.7,
            r"\b(?:prix forfaitaires?|prix unitaires?|taux horaires?|hourly rates?|monthly fees?|"
            r"redevance mensuelle|bordereau des prix|decomposition des prix|price schedule|fee schedule|"
            r"frais de mise en service|subscription fees?|delai global de paiement|grille tarifaire|rate card)\b",
            # the monthly fee named only as the base of a service credit (English public set 12): "a credit of 5% of
            # the customer's monthly fee"
            unless=r"\b(?:credits?|refunds?|rebates?)\b[^.;]{0,60}\bof (?:the )?(?:\w+'s |your |its |their )?"
            r"(?:monthly|annual|recurring) fees?\b",
        ),
        cue(
            # French fee forms without a figure: "une cotisation annuelle par utilisateur", "un acompte de 40 %",
            # "un forfait mensuel"
            0.7,
            r"\b(?:acomptes?|cotisations?|abonnements?|forfaits?)\s+(?:de\s+\d[\d.,]*\s?%|(?:annuel|mensuel|"
            r"trimestriel)(?:le)?s?\b)",
        ),
        cue(
            # a price per period or unit in euros: "250 €/an", "65 € HT / heure", "30€ HT/mois"
            0.8,
            r"\d\s?(?:€|euros?)\s?(?:ht\s?|ttc\s?)?(?:/|par\s)\s?(?:an|annee|mois|semaine|jour|heure|h|poste|"
            r"utilisateur|appel|minute)\b",
            literals=("€", "euro"),
        ),
        cue(
            # the same with the amount left blank in a model: "[Montant] € HT/an", "… € HT par mois"
            0.75,
            r"(?:€|\beuros?)\s?(?:ht|ttc)\s?(?:/|par\s)\s?(?:an|annee|mois|semaine|jour|heure|h|poste|utilisateur)\b",
            literals=("€", "euro"),
        ),
        cue(
            # payment terms without a figure: "Customer agrees to pay each Provider bill as agreed on the Order
            # Form", "Provider agrees to bill Customer Fees" (names may be in Markdown italics: "_Customer_")
            0.75,
            r"\bpay (?:each|every|all|any|the|its|their) (?: ?\w+ ? ){0,2}(?:bills?|invoices?)\b[^.]{0,40}\b(?:within|"
            r"as agreed|no later than|by the due date|on receipt|upon receipt)\b|\bagrees? to (?:bill|invoice) "
            r"(?:the )? ?(?:customer|client) ?",
        ),
        cue(
            0.45,
            r"\b(?:invoic\w*|factur\w*|payment terms|modalites de paiement|conditions de paiement|"
            r"mode de paiement|payment process|paiement)\b",
        ),
        cue(
            # an amount to be paid: "Client will pay Provider USD 31.50 per hour", "verse au Titulaire 12 000 euros"
            0.8,
            r"\b(?:pay|pays|paid|payer|paiera|verse|versera|versent|regle|reglera|reglent|acquitte)\b[^.]{0,40}"
            r"(?:(?:\$|€|£)\s?\d|\b(?:usd|eur|gbp|chf)"
            r"\s?\d|\d[\d .,]*\s?(?:€|euros?\b|eur\b|usd\b|dollars?\b))",
            literals=("$", "€", "£", "usd", "eur", "gbp", "chf", "dollar"),  # rarer than "pay"
        ),
        cue(
            # a unit price: "billed at $145 per hour", "facturees a la minute", "priced at USD 4.10 per call"
            0.7,
            r"\b(?:priced|billed|charged|invoiced|factur\w*|remunere\w*)\s+(?:at|a|au|par|per|on a)\s+(?:\S+ ){0,4}"
            r"(?:hour|call|minute|contact|transaction|ticket|heure|appel|seconde|acte|dossier|fte|seat)",
            # extra work that may be charged "at an additional fee per hour" with no rate states no price (English
            # public set 12)
            unless=r"\b(?:billed|charged|invoiced) at an? (?:additional|extra|separate|further) (?:fee|charge|cost) "
            r"per\b",
        ),
        cue(
            0.55,
            r"\b(?:le prix|the price|les prix|the fees|les honoraires|fees)\s+(?:is|are|shall be|sont|est|"
            r"seront|will be)\b",
        ),
        cue(
            # the price of the service named by what the client pays for it, even when the amount sits in a tariff
            # or schedule: "shall pay the Consultant for the Services at", "shall pay the carrier for the service
            # hereunder an amount determined by", "a fee at an annual rate of", "the rates and charges to be paid
            # by the customer", "in consideration of the services rendered ... shall receive"
            0.8,
            r"\bpay (?:\w+ ){0,3}for (?:the |its |such |all )?(?:services?|work performed)\b(?! (?:of|by) )|"
            r"\ba fee (?:at|equal to|computed|calculated)\b[^.]{0,40}(?:\d|\brate\b)|"
            r"\b(?:rates|charges)\b[^.]{0,40}\b(?:to be paid|payable) by\b|"
            r"\bin consideration (?:of|for) (?:the )?services\b[^.]{0,60}\b(?:shall|will) (?:receive|be paid)\b",
            literals=("pay", "fee", "rates", "charges", "consideration"),
        ),
        cue(
            # the provider bills the client by name ("the manufacturer shall charge the customer ... as set forth in
            # Schedule C", "shall invoice the client monthly"), time-and-materials or fixed-price work, and a service
            # given for nothing ("no payment is due from the station for the broadcast")
            0.75,
            r"\b(?:shall|will) (?:charge|invoice|bill) (?!for\b|back\b|against\b)\w+|"
            r"\b(?:time and materials?|fixed (?:price|fee))\b|"
            r"\bno (?:payment|fees?|charges?) (?:is|are|shall be|will be) (?:due|payable|owed|charged)\b",
            unless=r"\b(?:interest|tax(?:es)?|late|overdue|batter\w*)\b",
        ),
        cue(
            # French price without a figure (issue 7, round 6): "une rémunération globale et forfaitaire", "la
            # société s'engage à payer au prestataire la somme convenue" (not the wages of the provider's staff)
            0.75,
            r"\bremuneration (?:globale|forfaitaire|fixe|totale)\b|\b(?:s'engage a|s'oblige a|devra|doit) "
            r"(?:payer|verser|regler) (?:au|a la|aux|a l') ?(?:\w+ ){0,2}(?:la somme|les sommes|le prix|le montant|"
            r"la remuneration)\b",
            unless=r"\b(?:salari\w*|personnel|employes?|smic|indemnit\w*|dommages)\b",
        ),
        cue(
            # when the price falls due: "les prestations récurrentes sont payables d'avance", "payable à réception"
            0.8,
            r"\b(?:payables?|reglables?)\s+(?:d'avance|a (?:reception|la commande|la signature|terme echu)|au comptant|"
            r"(?:mensuellement|trimestriellement|annuellement))\b",
        ),
        cue(
            # the rhythm of payment: "the service is to be paid monthly", "obliged to pay monthly the fees", "billed
            # annually in advance"; wages and interest are not the contract's price
            0.75,
            r"\b(?:to be paid|(?:is|are|be) (?:paid|payable|billed|invoiced|charged)|(?:obliged|required|agrees?) "
            r"to pay)\s+(?:\w+\s+)?(?:monthly|annually|yearly|quarterly|each month|every month|per month)\b",
            unless=r"\b(?:salar\w*|wages?|interest|dividends?|employees?)\b",
        ),
        # Second proactive pass (issue 7, s11 audit, tests/test_review_families_second.py): a figure per unit in a
        # table row, "net 30", payment within a hyphenated period, how the fees are computed, invoicing steps,
        # money in words, French payment means and forms (virement, mandat administratif, avance, part fixe /
        # variable, refacturation, "à terme échu"); a liability cap, a tax, wages or a refund stay out.
        cue(
            0.8,
            r"(?:[$€£]|\b(?:usd|eur|gbp|chf))\s?\d[\d.,]*\s?(?:per|/|an|a|each|every|par)\s?(?:agent |productive |"
            r"billable )?(?:hour|call|minute|day|month|year|seat|user|fte|contact|ticket|transaction|heure|appel|"
            r"jour|mois|an)\b",
            literals=("$", "€", "£", "usd", "eur", "gbp", "chf"),
        ),
        cue(
            0.8,
            r"\bnet (?:\d{1,3}|thirty|forty-five|sixty|ninety)(?![\d.,%])(?: \(\d+\))?(?: days)?\b",
            needs=r"\b(?:payable|payments?|invoices?|due|terms)\b",
            unless=r"\bnet (?:assets|sales|revenues?|income|profits?|worth|weight)\b",
        ),
        cue(
            0.8,
            r"\b(?:pay|paid|payments?|payable|invoices?)\b[^.]{0,80}\b(?:within|no later than)\s+(?:[\w-]+ )?"
            r"(?:\(\d+\) )?(?:calendar |business |working )?days\b",
            unless=_LATE_PAYMENT + r"|\b(?:refund\w*|reimburse\w*|damages|liabilit\w*|claims?)\b",
        ),
        cue(
            0.75,
            r"\b(?:charges|fees?|prices?|pricing|rates?|compensation)\b[^.]{0,40}\b(?:calculated|computed|determined|"
            r"charged|billed|invoiced) (?:per|on|by reference to|on the basis of|based on|according to|at)\b|"
            r"\bat the (?:hourly |daily |monthly |applicable |agreed |standard )?rates? (?:set (?:out|forth)|specified|"
            r"stated|in|listed|shown)\b",
            unless=r"\b(?:liabilit\w*|interest|service credits?|damages|tax(?:es)?)\b",
        ),
        cue(
            0.75,
            r"\btime[- ]and[- ]materials?\b|\bfirm[- ]fixed[- ]price\b|\bfixed[- ](?:price|fee) basis\b|"
            r"\b(?:shall|will) be (?:compensated|remunerated)\b|\bmilestone payments?\b|\bretainer\b|"
            r"\bminimum (?:monthly |annual |quarterly )?(?:commitment|volume|fee|charge|spend|billing)\b",
            needs=r"\b(?:pa(?:y|id)\w*|fees?|prices?|charg\w*|invoic\w*|bill\w*|rates?|compensat\w*|basis|dollars|"
            r"euros?)\b",
            unless=r"\b(?:liabilit\w*|damages|interest|employees?|wages?)\b",
        ),
        cue(
            0.75,
            r"\bpay (?:to )?(?:\w+ ){0,2}(?:the |all |a |an )?(?:contract price|purchase price|charges|monthly fee|"
            r"service fees?|subscription fees?|retainer|sums? due|amounts? (?:due|invoiced|payable))\b|"
            r"\b(?:may|shall|will) (?:invoice|bill) (?:the |each |all |any )?(?:\w+ )?(?:payments?|fees?|charges|"
            r"amounts?|milestones?|services?)\b|\binstal+ments?\b",
            needs=r"\b(?:pa(?:y|id)\w*|price|fees?|charges|invoic\w*)\b",
            unless=r"\b(?:attorneys?|counsel|legal fees|own (?:costs|fees|expenses)|tax(?:es)?|loans?|interest|"
            r"damages|liabilit\w*)\b",
        ),
        cue(
            0.7,
            r"\binvoices? (?:shall|must|will) (?:be )?(?:submitted|sent|issued|addressed|rendered|include|state|"
            r"reference|itemi[sz]e|show)\b|\bfactures? (?:sont|seront|est|sera|doivent etre|doit etre) (?:\w+ )?"
            r"(?:adressee?s?|etablie?s?|emise?s?|transmise?s?|envoyee?s?|deposee?s?|presentee?s?|libellee?s?)\b|"
            r"\b(?:emet|emettra|etablit|etablira|adresse|adressera|transmet|transmettra|envoie) (?:sa |ses |une |les |"
            r"la |mensuellement )?factures?\b",
        ),
        cue(
            0.75,
            r"\b(?:thousand|hundred|million|mille|cents?|millions?)\s+(?:\([^)]{0,20}\) )?(?:d')?(?:u\.?s\.? )?"
            r"(?:dollars|euros?|pounds)\b",
            needs=r"\b(?:pa(?:y|id)\w*|fees?|prices?|prix|retainer|compensat\w*|montant|factur\w*|tarifs?|redevance|"
            r"remuneration|couts?|marche)\b",
            unless=r"\b(?:liabilit\w*|responsabilit\w*|insurance|assurance|capital|penalt\w*|penalit\w*|damages|"
            r"dommages|exceed\w*|exceder|plafon\w*)\b",
        ),
        cue(
            0.75,
            r"\b(?:factur\w*|remunere\w*|fixee?s?|s'eleve\w*|est de|sont de)\s+(?:a\s+)?(?:\w+\s+){0,2}\d[\d .,]*\s?"
            r"(?:€|euros?\b|eur\b)",
            literals=("€", "euro", "eur"),
            unless=r"\b(?:capital|assurance|responsabilit\w*|plafon\w*|garantie|dommages|penalit\w*|salari\w*)\b",
        ),
        cue(
            0.8,
            r"\b(?:prix|tarifs?|montants?|sommes|redevances?)\b[^.]{0,40}\b(?:s'entend\w*|sont exprimes|sont indiques|"
            r"sont stipules)\b[^.]{0,20}\b(?:hors taxes?|ht|ttc|toutes taxes|nets?)\b|"
            r"\b(?:le |les )?prix (?:comprend|comprennent|inclut|incluent|couvre\w*|sont reputes? comprendre|"
            r"est repute comprendre)\b",
        ),
        cue(
            0.75,
            r"\bdelai (?:global )?de paiement\b|\bmandat administratif\b|\bvirement (?:bancaire|sepa)\b|"
            r"\bprelevement (?:sepa|automatique|bancaire)\b|\bpar (?:virement|prelevement|cheque)\b|"
            r"\bs'acquitt\w* (?:du|des|de la) (?:prix|sommes|montants?|redevances?|factures?)\b|"
            r"\brefactur\w*|\bfactur\w* (?:mensuellement|trimestriellement|annuellement|chaque mois|a terme echu|"
            r"terme a echoir|d'avance)\b|\ba terme (?:echu|a echoir)\b",
            needs=r"\b(?:pa[iy]\w*|regl\w*|factur\w*|sommes?|prix|acquitt\w*|frais|montants?|prestations)\b",
            unless=_LATE_PAYMENT + r"|\bpenalit\w*|\bimpots?\b|\bcotisations sociales\b",
        ),
        cue(
            0.7,
            r"\bparts? (?:fixe|variable|forfaitaire)s?\b|\b(?:une |l'|d')avance (?:forfaitaire )?(?:egale a|de|d'un "
            r"montant)\b|\bremises?\b[^.]{0,40}\b(?:consentie|accordee|appliquee)s?\b",
            needs=r"\b(?:remuneration|prix|factur\w*|montant|rembours\w*|marche|tarifs?)\b",
            unless=r"\b(?:salari\w*|teleconseillers|personnel|employes)\b",
        ),
        cue(
            # a periodic payment worked out as a share of a price (issue 7, services set 8): "shall pay to the
            # Brand on a monthly basis an amount equal to fifty percent (50%) of the retail price of the products sold"
            0.75,
            r"\bshall pay (?:to )?(?:\w+ ){0,3}on an? (?:monthly|quarterly|weekly|annual|yearly) basis an amount equal "
            r"to\b",
            # ... but not a wage
            unless=r"\b(?:salary|salaries|wages?|pensions?)\b",
        ),
        cue(
            # s11 second round: a figure then its currency per unit ("2.10 USD per email"), a not-to-exceed amount,
            # "à 45 jours fin de mois", "un prix global et forfaitaire", billing at a set rhythm
            0.75,
            # (the currency word first, the figure checked behind it: a leading digit class would run everywhere)
            r"(?:(?<=\d)|(?<=\d ))(?:usd|eur|gbp|€|dollars?|euros?)\s?(?:ht\s|ttc\s)?(?:per|/|par|a|an|each)\s?"
            r"(?:\w+ )?(?:hour|call|minute|e-?mail|chat|message|letter|case|file|ticket|contact|interaction|"
            r"transaction|session|unit|item|page|document|dossier|courriel|sms|appel|heure|unite)s?\b",
            literals=("usd", "eur", "gbp", "€", "dollar"),
            needs=r"\b(?:pa(?:y|id)\w*|regl\w*|factur\w*|sommes?|prix|remunere\w*|compensation|fees?|prices?|charges?|"
            r"billing|invoic\w*|usd|eur|gbp|dollars?|euros?|amount)|[$€£]",
            unless=r"\b(?:salari\w*|personnel|employes|conseillers|wages?|liabilit\w*|responsabilit\w*|damages|"
            r"credits?|reductions?|penalit\w*|penalt\w*|abattements?|minorations?|refactions?|rebates?)\b|"
            + _LATE_PAYMENT,
        ),
        cue(
            0.75,
            r"\bnot[- ]to[- ]exceed\b|\bceiling price\b|\bjours (?:fin de mois|date de facture|nets?)\b|\bend"
            r" of (?:the )?month\b|"
            r"\bprix (?:globa(?:l|ux)|forfaitaires?)\b|\bremunere\w* (?:par|sur la base|au|a l'|selon)\b|"
            r"\bfacturation (?:intervient|est (?:etablie|effectuee|emise|mensuelle|trimestrielle|annuelle)|s'"
            r"effectue|a lieu|"
            r"se fait|mensuelle|trimestrielle|annuelle|semestrielle)\b|\b(?:monthly|quarterly|annual|yearly) "
            r"(?:billing|"
            r"invoicing)\b|\b(?:billing|invoicing) (?:is |will be |shall be |occurs |takes place )?(?:monthly"
            r"|quarterly|"
            r"annually|weekly)\b",
            needs=r"\b(?:pa(?:y|id)\w*|regl\w*|factur\w*|sommes?|prix|remunere\w*|compensation|fees?|prices?|charges?|"
            r"billing|invoic\w*|usd|eur|gbp|dollars?|euros?|amount)|[$€£]",
            # a service credit or reduction counted on the monthly bill is a penalty, not the price
            unless=r"\b(?:salari\w*|personnel|employes|conseillers|wages?|liabilit\w*|responsabilit\w*|damages|"
            r"credits?|reductions?|penalit\w*|penalt\w*|abattements?|minorations?|refactions?|rebates?)\b|"
            + _LATE_PAYMENT,
        ),
    ],
    heading=r"\b(?:prix|price|fees?|tarifs?|paiement|payment|facturation|invoic|remuneration|conditions financieres)",
    veto=r"\b(?:at (?:its|customer's|the customer's|controller's) (?:own )?(?:cost|expense)|a ses frais|"
    r"service credits?)\b",
)

# Firm prices: "les prix sont fermes et ne seront pas révisés" speaks of revision only to exclude it.
# Prices that are not the contract's: a share or market price, a tax, interest or exchange rate.
_NOT_OUR_PRICE = r"\b(?:shares?|stock|securities|market price|tax(?:es)?|interest rates?|exchange rates?)\b"
_FIRM_PRICES = (
    r"\b(?:prix|tarifs?|prices?|fees?|rates?|charges)\b[^.]{0,40}\b(?:fermes?\b|non (?:revisables?|actualisables?)|"
    r"ne (?:seront|sont|pourront|peuvent) pas|(?:shall|will|may) not be (?:revised|adjusted|increased|changed)|"
    r"fixed (?:for|during|throughout))"
)

PRICE_REVISION = rule(
    "price_revision",
    "prix|tarif|redevance|remuneration|abonnement|hausse|majore|majoration|reexamin|actualisable|"
    "index|syntec|revis|revalor|increase|augment|adjust|ajust|hardship|imprevision|renegoci|renegotia|1195|cpi|"
    "raise|actualis|indice|modifi|escalat|change|review|version|evolu|renewal|inflation|beginning of each|alter|"
    "then current|then-current|in effect|in force"
    "|modify|updat|increas|fuel|benchmark|rise"
    "|escalat|uplift|rpi|cpih|eci|hicp|cost-of|labour|indices|reactualis|repercut|pouvons|pourrons"
    "|reservons|nouve|go up|goes up|reset|charges|inflation",
    [
        cue(
            # a fee that one side may change on notice: "the fee rate stated above may be prospectively increased or
            # decreased", "the Issuer may change the compensation schedules at any time"
            0.8,
            r"\b(?:fees?|fee rates?|(?:hourly |daily |monthly )?rates?|prices?|pricing|compensation|commissions?)"
            r"(?: (?:rates?|schedules?))?\b[^.;]{0,40}"
            r"\bmay (?:be )?(?:prospectively |unilaterally |periodically )?(?:increased|decreased|changed|"
            r"modified|revised|adjusted)\b|"
            r"\bmay (?:at any time )?(?:change|modify|revise|adjust|increase) (?:the |its |their |any )?"
            r"(?:compensation|fees?|prices?|pricing|commissions?|rates?)(?: (?:schedules?|rates?|levels?))?\b",
            literals=("may",),
            unless=_NOT_OUR_PRICE,
        ),
        cue(
            0.9,
            # "indexed" alone also says a journal is listed in a database: the price needs a base to follow
            r"\b(?:indexation|indexe|indexed (?:to|on|against|upon|in line with|by reference to)|indice syntec|syntec|"
            r"formule de revision|revalorisation|"
            r"cost of living|consumer prices? index|cpi|hardship|imprevision|article 1195|(?:employment )?cost index|"
            r"(?:retail |producer )?prices? index|indice (?:du cout|des prix|insee))\b",
        ),
        cue(
            0.85,
            r"\b(?:prix|tarifs?|redevances?|montants?)\b[^.]{0,60}\b(?:sont|seront|peuvent etre|pourront etre|"
            r"est|sera)\s+(?:\w+ )?(?:revis|ajust|actualis|revalor|augment|index)",
            unless=_FIRM_PRICES,
        ),
        cue(
            0.85,
            r"\b(?:revision|actualisation|augmentation|ajustement)s?\s+(?:annuelle?s?\s+)?(?:des|du|de la|"
            r"de leurs?)\s+(?:prix|tarifs?|redevances?)",
        ),
        cue(
            0.85,
            r"\b(?:fees?|prices?|rates?|charges)\s+(?:may|will|shall|can)\s+(?:be\s+)?(?:increase|adjust|"
            r"revis|index|escalat)\w*",
            unless=_FIRM_PRICES,
        ),
        cue(
            0.8,
            r"\b(?:(?:increase|adjust|revise|raise|update|modify|alter)\s+(?:the |its |their |any )?|change\s+"
            r"(?:the |its |their |any ))(?:\w+ )?(?:fees?|prices?|rates?|charges|pricing|price list|rate card)\b",
            # a promise not to raise the fees is no revision: "changes made in a manner that does not materially
            # increase the fees", "without increasing the charges"
            # ("may not increase by more than 10%" is a cap on a revision, not a promise)
            unless=r"\bin a manner that does not\b|\bwithout (?:\w+ )?increasing\b|\b(?:shall|will|may) not (?:\w+ )?"
            r"(?:increase|raise)\b(?!\s+(?:\w+ )?(?:by )?(?:more than|in excess of|above|more often))",
        ),
        cue(
            # the parties meet to review the prices: "Price Review ... meet every three months to review pricing"
            0.8,
            r"\bprice reviews?\b|\breview (?:the |its |their )?(?:pricing|prices|rates|fees|tariffs)\b|"
            r"\b(?:fees?|prices?|rates?|charges)\b[^.]{0,40}\bescalat\w*",
        ),
        cue(
            0.8,
            # a word between: "se réserve en outre le droit de réviser ses tarifs"
            r"\b(?:peut|pourra|peuvent|pourront|se reserve (?:\w+ ){0,2}le droit d'|"
            r"se reserve (?:\w+ ){0,2}le droit de)\s*(?:\w+ ){0,2}"
            r"(?:actualiser|reviser|modifier|augmenter|indexer|faire evoluer)\s+(?:ses|les|sa|leurs?|la)\s+"
            r"(?:tarifs?|prix|grille tarifaire|redevances?|conditions tarifaires|taux)\b",
        ),
        cue(
            # the same right granted to oneself or held as a faculty (issue 7, round 9): "l'entreprise s'accorde le
            # droit de modifier ses tarifs à tout moment", "le prestataire a la faculté de réviser ses prix"
            0.8,
            r"\bs'(?:accorde|octroie|reserve)\w* (?:\w+ ){0,2}(?:le droit|la (?:faculte|possibilite)) (?:de |d')\s*"
            r"(?:\w+ ){0,2}(?:actualiser|reviser|modifier|augmenter|indexer|changer|faire evoluer)\s+"
            r"(?:ses|les|sa|leurs?|la|nos) (?:tarifs?|prix|grilles? tarifaires?|redevances?|conditions tarifaires)\b|"
            r"\b(?:a|aura|dispose de|conserve) la (?:faculte|possibilite) (?:de |d')\s*(?:actualiser|reviser|modifier|"
            r"augmenter|indexer|changer|faire evoluer)\s+(?:ses|les|sa|leurs?|la|nos) (?:tarifs?|prix|"
            r"grilles? tarifaires?|redevances?)\b",
            unless=_FIRM_PRICES,
        ),
        cue(
            # the reservation split by an aside and the prices named by a pronoun: "se réserve le droit, hors
            # période de validité, d'en modifier les prix"
            0.8,
            r"\bse reserve\b[^.]{0,20}\ble droit\b[^.]{0,60}?\bd'(?:en )?(?:modifier|augmenter|reviser|actualiser|"
            r"changer)\s+(?:ses |les |leurs? )?(?:tarifs?|prix)\b",
        ),
        cue(
            # the price list in force applies, so prices follow its updates: "la liste des coûts dans sa version
            # actuelle fera foi", "la grille tarifaire en vigueur, dans sa dernière version"; "les tarifs sont
            # susceptibles d'évoluer"
            0.7,
            r"\b(?:listes?|grilles?|baremes?|catalogues?) (?:des |de )?(?:couts|prix|tarifs?|tarifaires?)\b[^.]{0,80}"
            r"\b(?:dans sa (?:derniere |nouvelle )?version|version (?:actuelle|en vigueur|la plus recente))\b|"
            r"\b(?:tarifs?|prix)\b[^.]{0,20}\b(?:sont susceptibles d'evoluer|peuvent evoluer|pourront evoluer)\b",
            unless=_FIRM_PRICES,
        ),
        cue(
            # "les tarifs peuvent être modifiés à tout moment", "les prix pourront être modifiés chaque année"
            0.8,
            r"\b(?:tarifs?|prix|redevances?)\b[^.]{0,40}\b(?:peut|peuvent|pourra|pourront) etre (?:\w+ )?modifie",
            unless=_FIRM_PRICES + r"|\bne (?:peut|peuvent|pourra|pourront) etre\b",
        ),
        cue(0.6, r"\brenegoci\w*|\brenegotiat\w*"),
        cue(
            # the change named by a noun: "adjustments to compensation on fourteen days' notice", "modifications to
            # Product pricing when raw materials vary"; the price of shares or a tax rate is not the contract's price
            0.8,
            r"\b(?:adjustments?|modifications?|increases?|revisions?) (?:to|in|of) (?:the |its |their |any |such )?"
            r"(?:[\w'’]+ )?(?:compensation|fees?|prices?|pricing|rates?|charges|tariffs?)\b",
            unless=_NOT_OUR_PRICE,
        ),
        cue(
            # the price first, then a passive: "the Service Fee shall be reviewed once a year", "the pricing in the
            # appendix shall be jointly reviewed", "this compensation will be subject to adjustment"
            0.8,
            r"\b(?:fees?|prices?|pricing|rates?|charges|compensation|tariffs?)\b[^.]{0,60}?\b(?:shall|will|may|can|"
            # services set 9: "the pricing will be mutually negotiated and revised every third month"
            r"are|is)\s+(?:\w+\s+)?(?:be\s+)?(?:(?:jointly |mutually )?(?:(?:negotiated|agreed) and )?(?:reviewed|"
            r"revised|adjusted|modified|"
            r"renegotiated|re-negotiated)|subject to (?:\w+ )?(?:adjustments?|revisions?|review|increases?))\b",
            unless=_FIRM_PRICES + r"|\bnot (?:be )?subject to\b|" + _NOT_OUR_PRICE + r"|\binvoices?\b",
        ),
        cue(
            # a capped increase: "subject to adjustments proposed by the provider not to exceed 5%"
            0.75,
            r"\b(?:adjustments?|increases?)\b[^.]{0,60}\b(?:not to exceed|not exceeding|no (?:more|greater) than|"
            r"capped at|limited to)\s+(?:\w+\s+)?\(?\d+(?:[.,]\d+)?\)?\s?(?:%|percent|per cent)",
        ),
        cue(
            # the price set again for each period: "the price will be determined by both parties at the beginning of
            # each calendar year", "the fee for any renewal period shall be as mutually determined"
            # (anchored on the rarer words, the price word only needed: cheaper than starting on "fee")
            0.75,
            r"\b(?:determined|agreed|negotiated|fixed)\b[^.]{0,40}\b(?:at the (?:beginning|start) of|before|prior to) "
            r"each (?:calendar |contract )?year\b|\brenewal (?:term|period)s?\b[^.]{0,40}\b(?:mutually (?:agreed|"
            r"determined)|as (?:the parties )?(?:may )?(?:agree|determine))\w*",
            needs=r"\b(?:prices?|fees?|rates?|pricing)\b",
        ),
        cue(
            # an increase capped by inflation: "une augmentation éventuelle des tarifs au plus égale à l'inflation"
            0.8,
            r"\b(?:augmentation|hausse|revision)s? (?:\w+ )?(?:des|du|de nos|de ses) (?:tarifs?|prix|redevances?)\b|"
            r"\b(?:au plus egale?s?|limitee?s?|plafonnee?s?|dans la limite de|indexee?s? sur) (?:a )?l'inflation\b",
            unless=_FIRM_PRICES,
        ),
        cue(
            # a field of a list: "Tarifs : révision annuelle possible avec préavis de 60 jours"
            0.8,
            r"\b(?:tarifs?|prix)\s*:\s*(?:\w+ )?(?:revision|revisables?|revalorisation|augmentation|indexation|"
            r"actualisation)\b",
        ),
        cue(
            # the price of each new period is the one in force then: "the fee for the next period shall be the then
            # current list price", "renewals are billed at the then-current rates"
            0.75,
            r"\bthen[- ]current\s+(?:applicable\s+)?(?:\w+\s+)?(?:list prices?|price lists?|prices|rates|fees|pricing|"
            r"charges)\b|"
            # the same said with "in effect" / "in force" on a renewal (final English set): "shall renew for an
            # additional 12 months at the prices then in effect", "at the rates in force at the time of renewal"
            r"\b(?:prices|rates|fees|pricing|charges|list prices?)\s+(?:then\s+in\s+(?:effect|force)|in\s+(?:effect|"
            r"force)\s+(?:at the time of|on the date of|upon)\s+(?:such\s+|the\s+)?renewal)\b",
            literals=("then current", "then-current", "in effect", "in force"),  # rarer than "current"
            # extra work billed at the rates of the day, with no period or renewal named (English public set 9):
            # "on request, the publisher may provide on-site assistance at its then current rates" is pricing
            unless=r"^(?![\s\S]*\b(?:renew\w*|subsequent|following|next|anniversary|increas\w*|adjust\w*|"
            r"each (?:year|period|term))\b)[\s\S]*\b(?:services?|assistance|work|support|hours?|training)\b"
            r"[^.]{0,120}\bat (?:\w+'s |its |our |the )?then[- ]current\b",
        ),
        cue(
            # the change named by its own noun: "inform the customer of the price adjustment in advance", "after the
            # last price increase", "if the fees payable change later ... the increase will apply to the next payment"
            0.8,
            r"\b(?:price|fee|rate|tariff|pricing)s? (?:adjustments?|increases?|changes?|rises?|revisions?)\b|"
            r"\b(?:fees?|prices?|charges|rates)\b(?: payable| charged)?[^.]{0,40}\bchange (?:later|from time to time|"
            r"over time)\b",
            # "there will be no price increase during the first year"; a rate or a price that is not the contract's
            # ("changes in exchange rates"); a tax merely named nearby does not count against it
            unless=r"\bno (?:\w+ )?(?:price|fee|rate)s? (?:adjustments?|increases?|changes?)\b|"
            r"\b(?:exchange|interest|tax|share|stock|market) (?:rates?|prices?)\b",
        ),
        # English families from the issue-7 proactive audit (docs/review.md): "we may change our prices ... on
        # notice", increases of a percentage per year, fuel surcharges, raw-material costs that reopen the price,
        # benchmarking of the charges.
        cue(
            0.75,
            r"\b(?:change|modify|revise|adjust|increase|update)\s+(?:our|its|the|their) (?:prices|pricing|fees|rates|"
            r"charges|tariffs?|subscription fees)\b",
            needs=r"\b(?:notice|notif\w*)\b",
            unless=r"\b(?:shall not|will not|may not|cannot|no) (?:\w+ ){0,2}(?:increase|change|modify|revise)",
        ),
        cue(
            0.8,
            r"\bincreas\w* (?:by )?\d+(?:[.,]\d+)?\s?(?:%|percent) (?:per|each|a|every) (?:year|annum|contract year)\b"
            r"|\bincreased by (?:up to |no more than |not more than |a maximum of )?\d+(?:[.,]\d+)?\s?(?:%|percent)",
            needs=r"\b(?:prices?|pricing|fees?|rates?|charges?)\b",
            unless=r"\b(?:shall not|will not|may not|cannot) (?:\w+ ){0,2}increase",
        ),
        cue(
            0.8,
            r"\bfuel (?:surcharge|adjustment)s?\b",
        ),
        cue(
            0.75,
            r"\b(?:price|cost)s? of (?:raw materials|fuel|energy|labou?r|components)\b[^.]{0,40}\b(?:ris\w*|increas\w*|"
            r"exceed\w*)",
            needs=r"\b(?:new price|adjust\w*|renegotiat\w*|agree\w*|surcharge)\b",
        ),
        cue(
            0.7,
            r"\bbenchmark\w*\b",
            needs=r"\b(?:charges|prices|fees|rates)\b",
        ),
        # Proactive French families (issue 7, s8 audit): a price noun and a
        # verb of change ("le prix pourra être révisé à la hausse ou à la baisse", "le tarif horaire sera majoré de
        # 2,5 %", "nous nous réservons le droit de réviser nos prix", "fermes et actualisables"); firm prices and
        # a price cut pro rata of a smaller scope stay out.
        cue(
            0.75,
            r"\b(?:prix|tarifs?|redevances?|remuneration|montant de l'abonnement|tarif horaire|taux horaires?|"
            r"honoraires)\b[^.;]{0,40}?\b(?:revis\w*|revue?s?\b|actualis\w*|indexe\w*|majore\w*|augmente\w*|e"
            r"volue\w*|evoluer|"
            r"reevalue\w*|revalorise\w*|ajuste\w*|reexamin\w*)|"
            r"\b(?:revis\w*|reexamin\w*|actualis\w*|hausse|augmentation|majoration) (?:annuelle )?(?:de |des |du |"
            r"nos |ses |les )(?:prix|tarifs?|redevances?|remuneration)\b|"
            r"\b(?:prix|tarifs?) (?:de|pour) l'annee (?:suivante|n\+1|a venir)\b",
            # prices "fermes la première année puis actualisés", "fermes et actualisables" do change: only a firm
            # price for the whole term damps the cue
            unless=r"\bnon (?:revisables?|actualisables?)\b|\bne (?:seront|sont|pourront|peuvent) (?:pas|faire l'objet "
            r"d'aucune) (?:etre )?(?:revis|actualis|modifi)|\bfermes?,? (?:et definitifs?|pendant toute|sur toute|pour "
            r"toute)\b|\bprorata\b|\bquantites reellement\b|"
            # taxes or costs added on top of a price change nothing over time (issue 7, round 8): "les prix seront
            # majorés des taxes en vigueur", "majorés de la TVA au taux applicable", "majorés des frais de déplacement"
            r"\bmajore\w* (?:des|de la|du|de|d'une?) (?:taxes?|tva|impots?|frais|droits|contributions?)\b",
        ),
        cue(
            # the rate said revisable further on, after its amount (issue 7, round 15): "au taux horaire fixé à
            # l'annexe 1 (17 euros à la signature, révisable d'un commun accord par avenant)"
            0.75,
            r"\b(?:prix|tarifs?|redevances?|remuneration|taux horaires?|honoraires)\b[^.;]{0,100}?\brevisables? "
            r"(?:d'un commun accord|par (?:voie d')?avenant|chaque annee|annuellement|a chaque)\b",
            unless=r"\bnon (?:revisables?|actualisables?)\b|\bfermes?\b",
        ),
        # Second proactive pass (issue 7, s11 audit, tests/test_review_families_second.py): "our pricing" changed on
        # notice, new or revised prices, escalators and uplifts by a figure or an index (RPI, ECI, cost-of-living),
        # costs passed through, prices set for each following year, a passive "reset / updated"; in French a
        # "modification tarifaire", named indices (ICHT, BT01, IPC), the "mois zéro", "réactualisé", a rise passed
        # on ("répercuter"), "nouveaux tarifs" applied after notice, "nous pouvons faire évoluer le prix".
        cue(
            0.8,
            r"\b(?:change|modify|revise|adjust|increase|update|raise)\s+(?:our|your) (?:\w+ )?(?:prices|pricing|fees|"
            r"rates|charges|tariffs?)\b|\bnew (?:prices|pricing|fees|rates|tariffs?|price list|rate card)\b|"
            r"\brevised (?:rates|prices|fees|charges|pricing|tariffs?|rate card)\b",
            needs=r"\b(?:appl\w*|effect\w*|notice|notif\w*|renewal|propos\w*|accept\w*|tell|inform\w*)\b",
            unless=r"\b(?:shall not|will not|may not|cannot|no) (?:\w+ ){0,2}(?:increase|change|modify|revise)|"
            r"\b(?:additional|new) services\b",
        ),
        cue(
            # (split by anchor word so that each part runs only where its rare word is: speed)
            0.8,
            r"\b(?:escalated|escalation|escalator|uplift(?:ed)?|go(?:es)? up)\b[^.]{0,30}\b(?:by|of|equal to)"
            r"\b[^.]{0,20}"
            r"(?:\d|\b(?:cpi|rpi|inflation|index|one|two|three|four|five)\b)",
            needs=r"\b(?:rates?|fees?|prices?|charges|pricing|compensation|rate card)\b",
            unless=_FIRM_PRICES + r"|\bescalat\w* (?:to|procedure|process|path|matrix|contacts?|levels?)\b|"
            + _NOT_OUR_PRICE + r"|\binvoices?\b",
            literals=("escalat", "uplift", "go up", "goes up"),
        ),
        cue(
            0.8,
            r"\b(?:rpi|cpih)\b|\bcost[- ]of[- ]living\b",
            needs=r"\b(?:rates?|fees?|prices?|charges|pricing|compensation|rate card)\b",
            unless=_FIRM_PRICES + r"|" + _NOT_OUR_PRICE,
            literals=("rpi", "cpih", "living"),
        ),
        cue(
            0.8,
            r"\b(?:fees?|prices?|pricing|rates?|charges|compensation|tariffs?|rate card|price list)\b[^.]{0,6"
            r"0}?\b(?:shall|"
            r"will|may) (?:\w+ )?be (?:reset|updated|recalculated|escalated|uplifted|re-?priced|re-?based)\b",
            unless=_FIRM_PRICES + r"|" + _NOT_OUR_PRICE + r"|\binvoices?\b",
            literals=("reset", "updated", "recalculated", "escalated", "uplifted", "priced", "based"),
        ),
        cue(
            0.8,
            r"\bpass\w*[- ]?(?:through|on)\b[^.]{0,60}\b(?:increases?|rises?)\b|\b(?:labou?r|wage|salary|energy|fuel|"
            r"input) costs?\b[^.]{0,40}\b(?:ris\w*|increas\w*|exceed\w*|go(?:es)? up)|"
            r"\b(?:charges|fees|prices|rates|pricing)\b for (?:each|the|any) (?:subsequent|following|next|succeeding|"
            r"renewal|option) (?:year|period|term|contract year)s?\b",
            needs=r"\b(?:agreed|negotiat\w*|determined|set|revis\w*|adjust\w*|increas\w*|mutually|propos\w*|"
            r"pass\w*)\b",
            # a dearer insurance cover passed on (English public set 9): "would raise the insured sum if it could
            # pass on any corresponding increase in the premium" is insurance, not the price
            unless=_FIRM_PRICES + r"|\bincreases? (?:in|of) (?:the |any |its )?(?:insurance )?premiums?\b",
        ),
        cue(
            0.85,
            r"\bcoefficients? (?:d'actualisation|de revision|de revalorisation|d'indexation)\b|"
            r"\bindices? (?:syntec|icht\S*|bt ?\d+|tp ?\d+|ipc\w*|insee|ing)\b",
        ),
        cue(
            0.8,
            r"\b(?:modifications?|evolutions?|hausses?|changements?|augmentations?|variations?) (?:tarifaires?|de "
            r"(?:prix|tarifs?))\b|\breactualis\w*|\bmois (?:zero|m0)\b|\brepercut\w*\b[^.]{0,60}\b(?:hausses?|"
            r"augmentations?)\b|\b(?:hausses?|augmentations?)\b[^.]{0,60}\brepercut\w*|"
            r"\bevolution (?:du cout|des couts|de l'indice|des indices|du smic|de l'index)\b|"
            r"\b(?:pouvons|pourrons|reservons le droit)\b[^.]{0,20}?\b(?:actualiser|reviser|modifier|augmenter|indexer|"
            r"faire evoluer|revaloriser|ajuster|changer)\s+(?:le|la|les|nos|notre|vos|votre)\s+(?:\w+ )?(?:tarifs?|"
            r"prix|grille tarifaire|redevances?|taux horaires?)\b",
            needs=r"\b(?:prix|tarifs?|tarifaires?|redevances?|montants?|remuneration|taux|honoraires|abonnements?|"
            r"index|indices?)\b",
            unless=_FIRM_PRICES + r"|\bnon (?:revisables?|actualisables?)\b",
        ),
        cue(
            0.75,
            r"\bnouve(?:aux|lles?|au) (?:tarifs?|prix|grilles? tarifaires?|conditions tarifaires)\b",
            needs=r"\b(?:appli\w*|vigueur|inform\w*|notifi\w*|preavis|echeance|effet)\b",
            unless=r"\bprestations? (?:non prevues|supplementaires|nouvelles|complementaires)\b|\bordre de service\b",
        ),
        cue(
            # s11 second round (sentences written after the first, see the test): an increase on notice, a price
            # that tracks inflation or an index, a price re-evaluated, "conditions tarifaires revues"
            0.75,
            r"\b(?:any|each|such) (?:price |fee |rate )?increases?\b[^.]{0,60}\bnotice\b|"
            r"\b(?:to reflect|in line with|tracking|linked to|by reference to|according to|based on) (?:\w+ ){0,2}"
            r"(?:inflation|index|indices|cpi|rpi|cost of labou?r|wage (?:growth|increases))\b|"
            r"\b(?:fees?|prices?|pricing|rates?|charges|compensation|tariffs?)\b[^.]{0,60}?\b(?:shall|will|ma"
            r"y) (?:\w+ )?be "
            r"(?:re-?evaluated|re-?assessed|recalibrated|realigned)\b|"
            r"\bconditions (?:tarifaires|financieres|de prix)\b[^.;]{0,40}?\b(?:revue?s?|revise\w*|actualise\w*|"
            r"renegocie\w*|reexamine\w*|ajuste\w*|modifie\w*)\b",
            needs=r"\b(?:prices?|pricing|fees?|rates?|charges|compensation|tarifaires|financieres|prix)\b",
            unless=_FIRM_PRICES + r"|" + _NOT_OUR_PRICE,
        ),
    ],
    heading=r"\b(?:revision|indexation|price (?:adjustment|revision|increase)s?|variation des prix|reexamen|"
    r"evolution des prix)\b",
    # prices that are not the contract's (shares sold, the wages of the provider's staff) and indexing documents
    veto=r"\bprix (?:des|de) (?:actions|parts sociales|titres)\b|\bprix de cession\b|\bremuneration (?:des|de ses|"
    r"du) (?:salaries|teleconseillers|personnels?|agents|employes|conseillers|collaborateurs)\b|"
    r"\bindexe\w* (?:les |des |ses )?(?:documents?|pieces|fichiers|dossiers|pages|archives)\b",
)

DURATION = rule(
    "duration",
    "date|delai|echeance|terme|"
    "duree|term|period|periode|vigueur|effet|effective|commence|expir|until|jusqu|mois|ans|year|month|start|"
    "compter|remain|continu|begin|surviv|conclu|consenti|passe|etabli|initial|court|coextensi",
    [
        cue(
            0.9,
            r"\b(?:pour|d'une|sur une)\s+(?:une\s+)?(?:duree|periode)\s+(?:initiale\s+|ferme\s+|determinee\s+|"
            r"(?:minimale|minimum|irrevocable|incompressible)\s+(?:d'engagement\s+|de souscription\s+)?|"
            # "une période de maintenance planifiée", "de mesure", "de facturation": periods that are not the term
            r"indeterminee|de\s(?!maintenance|mesure|reference|facturation|pointe|forte|faible|fermeture)|d'\w)",
            unless=_NOT_CONTRACT_TERM,
        ),
        cue(
            # the length of what is sold: "support subscriptions are sold in annual terms", "purchased for
            # twelve-month periods" (not "billed on a monthly basis", which is invoicing)
            0.8,
            r"\b(?:sold|purchased|offered|subscribed|entered into|concluded) (?:in|for) (?:an? )?(?:annual|yearly|"
            r"monthly|one-year|twelve-month|multi-year|\d+-month|\d+-year) (?:terms?|periods?)\b",
        ),
        cue(
            0.9,
            r"\b(?:initial term|initial period|subscription period|duree initiale|periode initiale)\b",
            # "may post five applications during the initial period of performance" is not the term
            unless=r"\b(?:during|within|throughout) (?:the |its |an )?initial period\b|"
            # ... nor a subscription lengthened to make up for downtime (issue 7, round 7): "for every 30 minutes
            # of downtime your subscription period will be extended by 1 day"
            r"\b(?:subscription|service) (?:period|term) (?:will|shall) be extended by\b",
        ),
        cue(
            # an open-ended contract: "contracts are concluded for an indefinite period", "for an unlimited term"
            0.85,
            r"\b(?:for|of) an? (?:indefinite|unlimited|indeterminate) (?:time )?(?:period|term|duration)\b",
            unless=r"\b(?:retain\w*|kept|stored|archiv\w*|licen[cs]\w*)\b",
        ),
        cue(
            0.45,
            r"\b(?:term of this (?:agreement|contract)|duree du (?:contrat|marche|present))\b",
            unless=_NOT_CONTRACT_TERM,
        ),
        cue(
            0.85,
            r"\b(?:this|the) (?:agreement|contract|dpa|framework terms|terms|order form|order|statement of work|sow)"
            r"\b[^.]{0,40}\b(?:(?:shall|will)\s+(?:commence|start|begin|continue|remain in (?:full )?(?:force|effect)|"
            r"expire|terminate on|be effective|take effect)|(?:commences|starts|begins|continues|remains in "
            r"(?:full )?(?:force|effect)|expires|takes effect|is effective) (?:on|for|until|from|as of|through|"
            # lasting while something lasts (issue 7, English public set 11): "this DPA remains in force as long as
            # we process personal data on your behalf"
            r"(?:for )?(?:as|so) long as|while))",
            # an amendment's closing words say the untouched terms still apply, not how long the contract lasts
            # (issue 7, services set 8): "except as amended above, all other terms of the Agreement shall remain in
            # full force and effect"
            unless=r"\b(?:all|the) (?:other|remaining) (?:terms|provisions)\b[^.]{0,80}\bremain in (?:full )?"
            r"(?:force|effect)\b|\bexcept as (?:otherwise )?(?:specified|provided|set forth|amended|modified)\b"
            r"[^.]{0,60}\b(?:this|the) amendment\b",
        ),
        cue(
            # an addendum that lasts as long as its main agreement: "this DPA is terminated upon the termination of
            # the Agreement", "this Schedule shall remain in force for the duration of the Services Agreement"
            0.75,
            r"\bthis (?:dpa|addendum|schedule|annex|exhibit|appendix|agreement)\b[^.]{0,30}\b(?:is terminated|"
            r"terminates|shall terminate|will terminate|expires|shall expire|ends|remains? in (?:full )?(?:force|"
            r"effect)|shall remain in (?:full )?(?:force|effect))\s+(?:automatically\s+)?(?:upon|with|on|at|for|"
            r"during|until)\s+(?:the )?(?:termination|expiration|expiry|end|duration|term)\s+of\s+(?:the|any|each)"
            r"\s+(?:main |principal |underlying |services? |master |subscription )?(?:agreement|contract)\b",
        ),
        cue(0.85, r"\b(?:conclu|consenti|passe|etabli)e?s?\s+pour\s+(?:une|un)\s"),
        cue(
            # a public tender's term by tranche: "tranche ferme : 24 mois", "la tranche ferme est de deux ans"
            0.8,
            r"\btranche ferme\b[^.\n]{0,30}?\b(?:\d{1,3}|" + _NUM_FR_WORD + r")\s?(?:\(\d+\)\s?)?(?:mois|ans|annees)\b",
        ),
        cue(
            # an annex as long as its main contract: "le DPA est coextensif au contrat de service", "durée :
            # coextensive au contrat"
            0.8,
            r"\bcoextensi(?:f|ve|fs|ves)\b",
        ),
        cue(
            0.8,
            r"\b(?:entre|entrera|prend|prendra)\s+(?:en\s+)?(?:vigueur|effet)\b",
            # an obligation that starts on its own date is not the term (issue 7, round 6): "la présente
            # obligation de confidentialité prend effet à la signature ; elle vaut cinq ans"
            unless=r"\bobligations? de (?:confidentialite|secret|non-sollicitation|non-concurrence|discretion)\b|"
            r"\bengagements? de confidentialite\b|"
            # an act that takes effect (a suspension, a termination, a price change) is not the contract's term
            r"\b(?:la |cette |une |toute )?(?:suspension|resiliation|resolution|modification|revision|augmentation|"
            r"hausse|indexation|cession|denonciation|renonciation|notification|decision|mesure)s? (?:[\w'-]+ ){0,10}"
            r"(?:entre|entrera|prend|prendra|prennent|prendront)\s+(?:en\s+)?(?:vigueur|effet)\b",
        ),
        cue(
            0.7,
            r"\b(?:produit|produira|produisent) (?:ses|leurs) effets\b|\b(?:demeure|demeurera|reste|restera) en "
            r"vigueur (?:jusqu|pendant|tant|aussi longtemps)",
            # an undertaking that lasts beyond the services is not the contract's term (issue 7, French set 13):
            # "l'obligation de confidentialité produira ses effets pendant cinq ans suivant le terme des prestations"
            unless=r"\b(?:obligations?|engagements?|devoirs?|clauses?) (?:de |d')(?:confidentialite|secret|"
            r"non-sollicitation|non-concurrence|discretion|exclusivite)\b[^.]{0,80}\b(?:produit|produira|produisent|"
            r"demeure|demeurera|reste|restera)\b|\b(?:suivant|apres|a compter de|au-dela de) (?:le |la |l'|leur )?"
            r"(?:terme|fin|expiration|cessation|achevement|issue)\b",
        ),
        cue(
            # issue 7, French set 16: "ce Contrat devient effectif à la date de commande et continuera à produire des
            # effets jusqu'à ce que l'une des parties annonce son intention d'y mettre fin"
            0.8,
            r"\b(?:le|ce) (?:present )?(?:contrat|marche|accord(?:-cadre)?|abonnement)\b[^.]{0,20}\b(?:devient|"
            r"deviendra) (?:effectif|executoire)\b|\bcontinu(?:e|era|eront) a produire (?:ses|des|leurs) effets\b",
            # an undertaking that outlives the contract is not its term
            unless=r"\b(?:confidentialite|secret|non-sollicitation|non-concurrence|discretion|exclusivite)\b|"
            r"\b(?:apres|au-dela de|suivant) (?:le |la |l')?(?:terme|fin|expiration|cessation)\b",
        ),
        cue(
            # "le marché sera valide de sa date de notification jusqu'à ...", "le contrat court aussi longtemps que
            # le Client utilise le service", "le contrat est valable à compter de sa signature"
            0.8,
            r"\b(?:le|ce) (?:present )?(?:marche|contrat|accord(?:-cadre)?)\b[^.]{0,20}\b(?:sera|est|restera|"
            r"demeure) (?:valide|valable)\b[^.]{0,40}\b(?:de sa|des sa|a compter|jusqu'|pour une)|\b(?:le|ce) "
            r"(?:present )?(?:marche|contrat|accord(?:-cadre)?)\b[^.]{0,10}\b(?:court|courra)\b[^.]{0,20}"
            r"\b(?:aussi longtemps|tant qu|jusqu'|pendant|a compter)",
        ),
        cue(
            # the term as a field of a form: "Durée : 24 mois", "Durée du contrat : [X] mois/années", "Période
            # d'application : 1er février 2026"
            0.9,
            r"\b(?:duree(?: du contrat| de l'accord| du marche)?|periode d'application|periode de validite)\s?\**\s?:"
            r"\s?\**\s?(?:\[?(?:x|\d+)\]?\s?(?:mois|ans|annees)|(?:du |le )?\d{1,2}(?:er)? [a-z]+ \d{4})",
        ),
        cue(
            0.8,
            r"\b(?:for a (?:period|term) of|for an initial|shall remain in effect until|will continue until|"
            r"shall continue (?:in effect )?(?:for|until)|expire[sd]? on|become[s]? effective|effective as of)\b",
            # a period that is not the contract's: "backups are retained for a period of 30 days", "shall not
            # solicit ... for a period of one year", "warranted for a period of 90 days"
            # ... nor obligations that outlive it: "confidentiality obligations survive for a period of 5 years"
            unless=r"\b(?:retain\w*|kept|stored|archiv\w*|solicit\w*|hire|warrant\w*|guarantee\w*|surviv\w*)\b|"
            # ... nor how long a licence or right lasts (issue 7, round 7): "the license you grant us will continue
            # until the sponsored post has been discontinued"
            r"\b(?:licen[cs]es?|rights?|permissions?)\b(?: \w+){0,4} (?:will|shall) continue until\b|"
            # ... nor the date an amendment takes effect (issue 7, services set 8): "this Amendment No. 1 is effective
            # as of June 1"
            r"\b(?:this|the) \"?amendment\b(?:[^.]|\. ?\d){0,200}\beffective as of\b|"
            # ... nor the day changes to the terms start to apply (English public set 15): "changes will become
            # effective on the 30th day", "the updated terms become effective upon posting"
            r"\b(?:changes?|amendments?|modifications?|updates?|revisions?)(?: (?:to|of|in) (?:this|these|the|our|"
            r"any) \w+(?: \w+)?)? (?:will |shall |would )?(?:only )?become[s]? effective\b|"
            r"\b(?:revised|updated|amended|modified) (?:terms|version|sla|policy|policies|agreement)\b[^.]{0,40}"
            r"\bbecome[s]? effective\b",
        ),
        cue(
            0.5,
            r"\b(?:a compter (?:du|de la)|jusqu'au|until|effective date|date d'effet|date d'entree en vigueur)",
            # an amendment's own start date is not the contract's term (issue 7, services set 8)
            unless=_NOT_CONTRACT_TERM + r"|\bamendment effective date\b",
        ),
        cue(
            # a minimum commitment: "durée d'engagement minimum", "engagement de 12 mois"
            0.8,
            r"\bduree (?:minimale |minimum )?d'engagement\b|"
            r"\bengagement (?:minimum |minimal |ferme )?(?:de|d'une duree de) "
            r"\d+ (?:mois|ans?|annees?)\b",
            unless=_NOT_CONTRACT_TERM,
        ),
        cue(
            # the commitment as a field of an offer's table or list (issue 7, round 12): "| Engagement initial | 12
            # mois renouvelables |", "Engagement minimum : 24 mois"; the field name is the subject, so the archive
            # or warranty words elsewhere in the same table do not damp it
            0.8,
            r"\bengagement (?:initial |minimum |minimal |ferme )?(?::|\|) ?\d+ (?:mois|ans?|annees?)\b",
        ),
        cue(
            # a length bounded one way, which a duration heading settles: "Durée d'engagement : 3 mois minimum"
            0.45,
            r"\b\d+ (?:mois|ans|annees) (?:minimum|maximum)\b",
            unless=_NOT_CONTRACT_TERM,
        ),
        cue(
            # a period of performance told in phases: "the first 4 months of this Call Order ... the following 8
            # months of the task order"; one phase alone ("fees are fixed for the first 12 months of this agreement")
            # is not the term
            0.7,
            r"\b(?:first|initial)\s+(?:\(?\d+\)?|one|two|three|four|six|eight|nine|twelve)\s*-?\s*months?\s+of\s+"
            r"(?:this|the)\s+(?:call order|task order|delivery order|contract|agreement|engagement)\b",
            needs=r"\b(?:following|remaining|subsequent|next)\s+(?:\(?\d+\)?|[a-z]+)\s*-?\s*months?\b",
            literals=("month",),  # rarer than "agreement"
        ),
        cue(
            # "the period of performance is twelve (12) months from award"
            0.85,
            r"\b(?:period of performance|performance period)\b[^.]{0,40}\b(?:is|shall be|will be|of)\s+(?:\w+\s+)?"
            r"(?:\(?\d+\)?|one|two|three|six|nine|twelve|eighteen|twenty-four|thirty-six)\s*-?\s*(?:months?|years?)\b",
        ),
        # English families from the issue-7 proactive audit (docs/review.md): a term "from ... through ...", a
        # subscription or engagement that "runs" or "lasts", a base period, an ordering period, a contract entered
        # into for a fixed period, "the duration of the Services is 48 months".
        cue(
            0.8,
            r"\b(?:term|period of performance|duration|contract period)\b[^.]{0,60}\bfrom\s+(?:\d{1,2} [a-z]+ \d{4}|"
            r"[a-z]+ \d{1,2},? \d{4}|the (?:effective|commencement|start) date)\s+(?:through|to|until|till)\b",
            unless=_NOT_CONTRACT_TERM,
        ),
        cue(
            0.75,
            r"\b(?:subscription|engagement|agreement|contract|sow|assignment|term)\b[^.]{0,30}\b(?:runs|lasts|"
            r"will (?:run|last)|shall (?:run|last))\b",
            unless=_NOT_CONTRACT_TERM,
        ),
        cue(
            0.75,
            # with its length: "through the base period of performance" alone says nothing of the term
            r"\b(?:base (?:period|year|term)|ordering period)\b[^.]{0,40}?\b(?:is|of|shall be|will be)\s+"
            r"(?:\w+(?:-\w+)? )?\(?\d*\)?\s?(?:years?|months?)\b",
        ),
        cue(
            0.8,
            r"\b(?:entered into|concluded|made) for (?:a (?:fixed|definite|limited) (?:period|term)|an? (?:initial )?"
            r"(?:period|term)|(?:\w+ )?\(?\d+\)? (?:years?|months?))",
        ),
        cue(
            0.8,
            r"\bduration of (?:this|the) (?:agreement|contract|services|engagement|sow|framework(?: agreement)?|"
            r"assignment|task order|project)\b[^.]{0,30}\b(?:is|shall be|will be|of)\s+(?:\w+(?:-\w+)? )?\(?\d*\)?\s?"
            r"(?:years?|months?|weeks?)\b",
        ),
        # Proactive French families (issue 7, s8 audit): a date range, a table row ("| Durée du
        # contrat | 3 ans |"), a total length ("la durée totale du marché ... ne peut excéder quatre ans"), the
        # execution period of the whole contract, its end date.
        cue(
            0.8,
            r"\d{1,2}(?:er)? [a-z]{3,9} \d{4},? (?:au|jusqu'au|et jusqu'au) \d{1,2}(?:er)? [a-z]{3,9} \d{4}\b",
            needs=r"\b(?:contrat|marche|convention|accord(?:-cadre)?|abonnement|engagement)\b",
            unless=_NOT_CONTRACT_TERM,
            literals=(" au ", "'au "),
        ),
        cue(
            0.8,
            r"\bduree(?: (?:du|de la|de l') ?(?:contrat|marche|convention|accord(?:-cadre)?|abonnement|engagement))?"
            r" ?[:|] ?(?:\d+|" + _NUM_FR_WORD + r")(?: \(\d+\))? (?:ans?|annees?|mois)\b|"
            r"\b(?:duree|delai d'execution) (?:totale |maximale |globale )?(?:du|de la|de l') ?(?:contrat|marche|"
            r"convention|accord-cadre|abonnement)\b[^.;]{0,60}?\b(?:\d+|" + _NUM_FR_WORD + r"|dix-huit|"
            r"vingt-quatre|trente-six|quarante-huit)(?: \(\d+\))? (?:ans?|annees?|mois)\b",
            unless=_NOT_CONTRACT_TERM,
        ),
        cue(
            0.8,
            r"\b(?:date d'echeance|echeance|date de fin|date d'expiration|terme) (?:du|de la|de l') ?(?:present )?"
            r"(?:contrat|marche|convention|accord-cadre|abonnement)\b[^.;]{0,30}?\b(?:au|le) \d{1,2}(?:er)? [a-z]{3,9} "
            r"\d{4}\b|\b(?:contrat|marche|convention|accord-cadre|abonnement) (?:arrive|arrivera|prend|prendra) "
            r"(?:a echeance|fin) le \d{1,2}(?:er)? [a-z]{3,9} "
            r"\d{4}\b",
            literals=("echeance", "date de fin", "date d'expiration", "terme", "arrive", "prend"),
        ),
    ],
    heading=r"\b(?:duree|term|durations?|entree en vigueur|effective date|period|periode)\b",
    # a warranty period is not the term, unless the passage opens on the term: "le marché sera valide de sa
    # notification jusqu'à la fin de la période de garantie"
    veto=_STATUTE_CONSUMER + r"|\b(?:duree du traitement|duration of (?:the )?processing|retention period|"
    r"conservation des donnees|warranty period)\b|^(?!(?:le|ce) (?:present )?(?:marche|contrat|accord(?:-cadre)?)\b"
    r"[^.]{0,20}\b(?:sera|est|restera|demeure) (?:valide|valable|conclu))[\s\S]*?\bperiode de garantie\b",
)

# Non-renewal named among the ways a contract ends (issue 7, round 8), in a passage with no renewal wording of its
# own: "la cessation des Services (résiliation du Contrat, son non-renouvellement, ...)", "sauf dans les cas de
# résiliation ou de non-renouvellement, les suspensions n'entraînent pas la suppression des données"; likewise a
# renewal order the provider may refuse when invoices go unpaid: "refuser toute nouvelle Commande ou renouvellement"
# Renewable energy is no renewal of the contract (issue 7, round 9): "des énergies renouvelables"
_RENEWABLE_ENERGY_FR = r"\b(?:energies?|sources? d'energie|electricite|origine) renouvelables?\b"
_NON_RENEWAL_LISTED_FR = (
    r"^(?![\s\S]*\b(?:renouvelable|reconductible|reconduction|renouvele\w*|renouvellera|reconduit\w*|tacite\w*)\b)"
    r"[\s\S]*?(?:\b(?:resiliation|cessation|expiration)\b[^.;]{0,60}?(?:\bou|,) (?:de |du |d'un |son |sa |"
    r"en cas de )?non[- ](?:renouvellement|reconduction)\b|\brefuser (?:toute |tout |les )?(?:nouvelles? )?"
    r"(?:commandes?|souscriptions?)\b[^.;]{0,20}?\b(?:ou|et) (?:de |le |tout |toute )?renouvellement)"
)

# Renewing a thing is not renewing the contract (French public round 7): "la procédure de renouvellement de mot de
# passe", "renewal of the access certificates", in a passage with no contract renewal wording of its own
_RENEWED_THING = (
    r"^(?![\s\S]*\b(?:reconduc\w*|tacite\w*|successive|successives|automatically renew\w*|renewal terms?)\b)"
    r"[\s\S]*?(?:\b(?:renouvel\w*|renew\w*) (?:de |du |des |de la |de l'|d'un |d'une |of |of the |the |its |their |"
    r"your )?(?:mots? de passe|identifiants?|passwords?|credentials?|certificats?|certificates?|cartes?|cards?|"
    r"materiels?|equipements?|stocks?|tokens?|badges?)\b|"
    # an insurance policy's own renewal (issue 7, round 15): "souscrit une assurance responsabilité civile dont il
    # justifie à la signature puis à chaque renouvellement"
    r"\b(?:assurances?|polices?|attestations?)\b[^.;]{0,160}?\ba (?:chaque|son|leur) renouvellement\b)"
)
# The main contract's renewals named by an annex or another clause that follows it (issue 7, round 14): "le présent
# accord reste en vigueur pendant toute la durée du contrat principal, y compris pendant ses périodes de
# renouvellement", "pendant la durée du contrat et de ses éventuels renouvellements"; a passage with renewal wording
# of its own stays a renewal.
_MAIN_CONTRACT_RENEWAL_FR = (
    r"^(?![\s\S]*\b(?:tacite\w*|reconduit\w*|reconduction|reconductible\w*|renouvelable\w*|renouvele\w*|"
    r"renouvellera)\b)"
    r"[\s\S]*?\b(?:(?:y compris|en ce compris|ainsi que|et de|et des|incluant)\b (?:\w+ ){0,4}?(?:renouvellements?|"
    r"prorogations?|prolongations?|reconductions?)|(?:renouvellements?|prorogations?|prolongations?|reconductions?) "
    r"(?:inclus|compris)\w*)\b"
)
# A lasting outage or a phase pushed back is no extension of the contract (issue 7, round 14): "en cas
# d'indisponibilité prolongée", "la période de réversibilité peut être prolongée de trois mois", "la durée de
# conservation des journaux est prolongée"; a passage where the contract itself is renewed stays a renewal.
_PROLONGED_OTHER_FR = (
    r"^(?![\s\S]*\b(?:tacite\w*|reconduit\w*|reconduction|reconductible\w*|renouvelable\w*|(?:contrat|marche|"
    r"accord|abonnement|engagement)s? (?:\w+ ){0,3}(?:renouvele|prolonge|proroge)\w*)\b)"
    r"[\s\S]*?\b(?:(?:absences?|indisponibilites?|interruptions?|arrets?|pannes?|suspensions?|inactivites?|"
    r"incapacites?|retards?|defaillances?|immobilisations?|maladies?|conges?) prolongee?s?|(?:reversibilite|"
    r"transition|recette|essai|tests?|conservation|suspension|astreinte|archivage|migration|validation)\b"
    r"[^.;]{0,30}?\b(?:prolong|prorog)\w*|(?:prolong|prorog)\w* (?:\w+ ){0,2}(?:de |d'|du )(?:la )?(?:periode |"
    r"phase |duree )?(?:de |d')?(?:reversibilite|transition|recette|essai|tests?|conservation|suspension|astreinte|"
    r"archivage|migration|validation))\b"
)

# "Prolonged" as an adjective (English public set 9): "the service may be disrupted for a prolonged period" extends
# no contract.
_PROLONG = r"prolong(?!ed (?:periods?|time|outages?|absences?|delays?|disruptions?|downtime|illness))\w*"
RENEWAL = rule(
    "renewal",
    "renew|reconduc|renouvel|reconduit|extend|extension|prolong|proroga|year-to-year|year to year|evergreen|"
    "continuation",
    [
        cue(
            0.95,
            r"\b(?:tacite(?:ment)? reconduc\w*|reconduction tacite|reconduit\w* tacitement|tacitement reconduit|"
            r"(?:renouvel|prolong|proroge)\w* (?:automatiquement|tacitement|de plein droit)|"
            r"automatically (?:be )?(?:renew|extend)\w*|"
            r"auto-?renew\w*|renews? automatically|evergreen (?:clause|renewal|term|basis|provision|contract|"
            r"agreement|arrangement)s?|on an evergreen\b|year[- ]to[- ]year basis)\b",
            # a deadline pushed back by the length of a delay is not a renewal: "such period shall automatically be
            # extended by the number of days taken by the arbitrator"
            unless=r"\bextended by (?:the (?:number of days|length|duration|period)|a period (?:equal|corresponding))|"
            r"\bnumber of days\b|"
            # "any time periods for the performance of such obligations are automatically extended for the duration
            # of the Event of Force Majeure"
            r"\bautomatically (?:be )?extended for the (?:duration|period|length) of\b",
        ),
        # "evergreen" alone may be a name ("Evergreen Packaging Pension Plan"): it needs support
        cue(0.5, r"\bevergreen\b"),
        cue(
            # an express renewal: the contract itself extended by a new joint decision, "may be extended upon mutual
            # written agreement", "unless ... extended by mutual agreement between the parties"
            0.8,
            r"\b(?:agreement|contract|term)\b[^.;]{0,80}\b(?:renewed|extended) (?:upon|by|with|through|on) "
            r"(?:the )?(?:mutual|written|joint)\b",
            literals=("renewed", "extended"),
            unless=r"\bdeadline|\bwarranty|licen[cs]e|\bperiod (?:for|of) (?:performance|cure|notice)|\bcure period\b",
        ),
        cue(
            0.9,
            # plural agreement with the period (issue 7, round 9): "Durée : 12 mois renouvelables"
            r"\b(?:reconductibles?|reconduction|renouvelables?|renouvellement|renewal terms?|renewal periods?|"
            r"non-?renewal|non[- ]renouvellement|non[- ]reconduction|continuation (?:annuelle|tacite|automatique))\b",
            unless=_NON_RENEWAL_LISTED_FR + "|" + _RENEWABLE_ENERGY_FR + "|" + _RENEWED_THING + "|"
            + _MAIN_CONTRACT_RENEWAL_FR + "|" + _PROLONGED_OTHER_FR,
        ),
        cue(
            0.85,
            r"\b(?:renew\w*|extend\w*|" + _PROLONG + r"|prorog\w*)\b[^.]{0,80}\b(?:additional|successive|further|"
            r"supplementaires?|successives?|periods?|periodes?|terms?|years?|ans|annees?|mois|months?)\b",
            # nor a term's length as a condition ("if the Term extends beyond three years"), nor a statement on other
            # contracts ("no party intends to refuse to renew any contract")
            unless=r"\bdeadline|\bdelai\b|\bwarranty|garantie|licen[cs]e|extend to|s'etend|\bextends? beyond\b|"
            r"\brenew any contracts?\b|"
            # nor the time to perform pushed back while an excusing event lasts (issue 7, services set 8): "the time
            # for performance shall be extended for a period equal to the duration of the delay"
            r"\btime for (?:the )?performance\b|\bperiod equal to the (?:duration|period|length) of\b|"
            + _MAIN_CONTRACT_RENEWAL_FR + "|" + _PROLONGED_OTHER_FR,
        ),
        cue(
            # "Extension of Service Agreement: ... maintain the software for an additional five years"
            0.85,
            # services set 9: "unless the parties agree in writing any extension to the Initial Term"
            r"\bextensions? (?:of|to) (?:the |this )?(?:\w+ ){0,2}(?:agreement|contract|term)\b",
            unless=r"\bdeadline|\bwarranty|licen[cs]e|extension of time\b|\bpayment terms?\b|\bno extensions?\b|"
            r"\bterm (?:of|for) (?:the )?(?:credit|loan|financing|payment)\b",
        ),
        cue(
            0.45,
            r"\b(?:renew\w*|renouvel\w*|" + _PROLONG + r")\b",
            # the legal term of an author's right extended by a statute (issue 7, round 6): "les prolongations de
            # la durée de la propriété littéraire et artistique par une loi"
            unless=r"\brenew any contracts?\b|\bpropriete (?:litteraire|intellectuelle)\b|\bdroits? d'auteur\b|"
            + _RENEWABLE_ENERGY_FR + "|" + _NON_RENEWAL_LISTED_FR + "|" + _RENEWED_THING + "|"
            + _MAIN_CONTRACT_RENEWAL_FR + "|" + _PROLONGED_OTHER_FR,
        ),
    ],
    heading=r"\b(?:renouvellement|reconduction|renewal|duree|term)\b",
    # a consumer-code article reproduced in general terms ("le professionnel prestataire de services informe le
    # consommateur ... de la possibilité de ne pas reconduire") states the law, not this contract's renewal
    veto=_STATUTE_CONSUMER,
)

# What happens to the data at the end (issue 7, round 6): "supprimer ou retourner les données à la résiliation du
# contrat" is the exit clause of a processor agreement, not a right to terminate.
_DATA_RETURN_FR = (
    r"\b(?:supprim|retourn|restitu|effac|detrui)\w*\b[^.;]{0,80}\bdonnees\b|"
    r"\bdonnees\b[^.;]{0,80}\b(?:supprimees|retournees|restituees|effacees|detruites)\b"
)

TERMINATION = rule(
    "termination",
    "resili|resolu|terminat|terminer|rompre|mettre fin|end this|put an end|cancel|plus en mesure|preavis",
    [
        cue(
            0.9,
            r"\b(?:may|can|shall be entitled to|is entitled to|will be entitled to|have the right to|"
            r"has the right to|reserves the right to)\s+(?:\w+\s+){0,3}(?:terminate|cancel|end)\b",
        ),
        cue(
            0.9,
            r"\b(?:peut|peuvent|pourra|pourront|est en droit de|a le droit de|se reserve le droit de|"
            r"aura la faculte de|sont en droit de)\s+(?:\w+\s+){0,3}(?:resilier|rompre|mettre fin)\b",
        ),
        cue(
            0.9,
            r"\b(?:contrat|convention|marche|accord(?:-cadre)?|present \w+)\b[^.]{0,60}\b(?:sera|pourra etre|"
            r"peut etre|est|seront|pourront etre)\s+resilie",
        ),
        cue(
            # the civil-code "résolution" of a sale or an order: "la vente pourra être résolue à la demande du
            # Client", "la commande peut être résolue de plein droit"
            0.85,
            r"\b(?:contrat|vente|commande|marche|convention)\b[^.]{0,40}\b(?:sera|pourra etre|peut etre|est|seront|"
            r"pourront etre)\s+resolue?s?\b",
        ),
        cue(
            # the service ended by a resolutory clause (issue 7, French set 16): "faute de paiement sous quinze jours,
            # la prestation sera résolue de plein droit"; an anomaly "résolue sous 4 heures" is a service level
            0.85,
            r"\bprestations?\b[^.]{0,40}\b(?:sera|pourra etre|peut etre|est|seront|pourront etre)\s+resolues? "
            r"de plein droit\b",
        ),
        cue(
            # a notice period alone says little; under a termination heading ("Résiliation pour faute : préavis 30
            # jours par lettre recommandée") or beside a termination word it settles the clause
            0.45,
            r"\bpreavis\b[^.]{0,30}?\b(?:\d{1,3}|" + _NUM_FR_WORD + r")\s?(?:\(\d+\)\s?)?(?:jours|mois|semaines)\b",
        ),
        cue(
            0.85,
            r"\bresiliation\s+(?:pour|aux torts|anticipee|de plein droit|pour faute|pour motif|"
            r"sans faute|unilaterale|du (?:contrat|marche))|\bresolution de plein droit",
            unless=_DATA_RETURN_FR,
        ),
        cue(
            0.85,
            r"\b(?:may|shall|will)\s+be\s+terminated|terminat\w*\s+for\s+(?:cause|convenience|breach)|"
            r"(?:right|option) to terminate|terminate (?:this|the) (?:agreement|contract|framework|order|sow)",
        ),
        cue(
            # "avec option de résiliation sans pénalité", "la faculté de résilier le contrat"
            0.75,
            r"\b(?:option|faculte|droit|possibilite) de (?:resiliation|resilier|mettre fin)\b",
        ),
        cue(
            # the provider announces the end of the service: "s'il n'est plus en mesure d'offrir le service, il en
            # informe le client deux mois à l'avance"
            0.65,
            r"\bn'(?:est|etait|serait) plus en mesure d(?:e |')(?:offrir|fournir|assurer|exploiter|maintenir)\b"
            r"[^.]{0,200}\b(?:a l'avance|preavis)\b",
        ),
        cue(
            0.4,
            r"\bterminat\w*|\bresili\w*",
            # what follows the end ("lors de la résiliation du service : ..."), not a right to end
            unless=_DATA_RETURN_FR + r"|\b(?:lors de|apres|suite a) la resiliation\b",
        ),
        cue(
            # an aside between the modal and the verb: "le Client peut, en dérogation à l'article 5, résilier le
            # contrat dans un délai de trente jours"
            0.85,
            r"\b(?:peut|peuvent|pourra|pourront)\s*,[^,.;]{0,60},\s*(?:resilier|rompre|mettre fin)\b",
        ),
    ],
    heading=r"\b(?:resiliation|termination|terminat|fin du (?:contrat|marche))\b",
)

# Clauses of another agreement pulled in by a list of their headings are a bare cross-reference (issue 7, services
# set 8): "Sections 8.2 (Limitation of Liability), 9 (Indemnification) and 12.2 (Force Majeure) of the Licence
# Agreement are incorporated herein by reference".
_INCORPORATED_LIST = (
    # section numbers carry dots ("12.2"), so the span between list and verb steps over a dot before a digit
    r"\bincorporat\w* (?:herein |into this agreement )?by reference\b(?:[^.]|\.\d){0,400}?\d \((?:[a-z]+ ){0,3}"
    r"(?:liability|indemnit\w*|force majeure)\)|\d \((?:[a-z]+ ){0,3}(?:liability|indemnit\w*|force majeure)\)"
    r"(?:[^.]|\.\d){0,400}?\bincorporat\w* (?:herein |into this agreement )?by reference\b"
)
# The list of clauses that outlive the contract names them without making them (issue 7, English public set 11):
# "the following provisions survive termination: confidentiality (section 11), limitation of liability (section
# 10), governing law (section 13)"; a passage that also caps liability or chooses a law keeps its weight.
_SURVIVAL_LIST = (
    r"^(?![\s\S]*\b(?:shall not exceed|will not exceed|in no event|governed by|construed in accordance)\b)[\s\S]*?"
    # "liab\w*" (short) lets "surviv" be the literal a passage is tested for before the regex runs
    r"(?:\bsurviv\w*\b(?:[^.]|\.\d){0,300}?\b(?:liab\w*|indemnit\w*|governing law|jurisdiction)\s*\((?:sections?|"
    r"articles?|clauses?)\s*\d|\b\d+ \((?:[a-z]+ ){0,3}(?:liab\w*|indemnit\w*|governing law|jurisdiction)\)"
    r"(?:[^.]|\.\d){0,300}?\bsurviv\w*)"
)

# A force-majeure excuse alone (services set 12): "neither party shall be liable for any delay ... resulting from causes
# beyond its control" limits no liability unless damages, a cap or an indemnity are named too.
_EXCUSE_ONLY = (
    r"^(?![\s\S]*\b(?:damages|indemnif\w*|limitation of liability|aggregate|exceed\w*|consequential|negligen\w*|"
    r"losses)\b)[\s\S]*\b(?:(?:beyond|outside) (?:of )?(?:its|their|the|our|your|such party's|either party's|"
    r"a party's) (?:reasonable )?control|force majeure)\b"
)
LIABILITY = rule(
    "liability",
    "liab|responsab|responsib|indemn|harmless|damage|dommage|plafon|cap|exceed|exceder|repond|answer|remed",
    [
        cue(
            0.9,
            r"\b(?:limitation of liability|liability (?:is|shall be|will be) limited|(?:total|aggregate|cumulative|"
            r"maximum) liability|sole liability|entire liability|shall not be liable|will not be liable|"
            r"not be liable|in no event[^.]{0,60}liable|hold harmless|indemnif(?:y|ies|ied|ication)|"
            # a task put on someone ("will not be responsible to perform", "responsible for the supervision of its
            # staff") allocates work, not liability
            r"(?:fully|remains?|remain|be) (?:fully )?(?:liable|responsible) (?:to(?! perform| do\b| carry| provide)|"
            r"for(?! (?:the )?(?:supervision|management|coordination|providing|performing|preparing|delivering|"
            r"submitting|notifying|reporting)\b| (?!any|every|no|some)\w+ing\b))|liable for (?:any|all)?"
            r"[^.]{0,30}damages|liability\b[^.]{0,60}\b(?:shall|will|may) not (?:\w+ ){0,3}exceed|in no event shall "
            r"[^.]{0,60}liability)\b",
            # a force-majeure excuse alone (services set 12): "neither party shall be liable for any delay ...
            # resulting from causes beyond its control" limits no liability unless damages or a cap are named too
            unless=_EXCUSE_ONLY,
        ),
        cue(
            0.9,
            r"\bresponsabilit\w*[^.]{0,60}\b(?:limitee?s?|plafonnee?s?|exclue?s?)\b|\b(?:plafon\w*|limit\w*)"
            r"[^.]{0,40}\bresponsabilit\w*|ne (?:pourra|saurait|peut) (?:en aucun cas )?exceder|"
            r"(?:ne saurait|ne pourra|ne peut) (?:en aucun cas )?etre (?:tenue?|reconnue?) (?:pour )?responsable|"
            r"n'engagera pas sa responsabilite|exclusion de responsabilite",
            # a cap on the service credits, with no word of liability in the passage (final French set): "le montant
            # total de l'avoir ne pourra excéder 100 % de la redevance mensuelle"
            unless=r"^(?![\s\S]*\b(?:responsabilit\w*|indemni\w*|dommages?|prejudices?)\b)[\s\S]*\b(?:avoirs?|"
            r"penalites?|credits?|remises?|reductions?|abattements?)\b",
        ),
        cue(
            # exclusions in other French forms: "ne sera en aucun cas tenu pour responsable", "la responsabilité du
            # fournisseur ne peut être engagée", and allocations: "le Client est le seul responsable des contenus"
            0.85,
            r"\bne (?:sera|seront|pourra|pourront|peut|peuvent|saurait|sauraient)(?: pas| en aucun cas| aucunement)? "
            r"(?:etre )?(?:tenue?s? )?(?:pour )?responsables?\b|\bresponsabilite (?:de |d' ?|du )?(?:\w+ ){0,3}ne "
            r"(?:peut|pourra|saurait|sera)(?: en aucun cas)?(?: ?- ?| )etre "
            r"(?:engagee|recherchee|retenue|mise en cause)|"
            r"\b(?:est|demeure|reste|sera|restera) (?:le |la )?seule?s? responsables?\b",
        ),
        cue(
            0.85,
            r"\b(?:est|demeure|reste|sera|seront|restera)\s+(?:seul\w* |personnellement |pleinement |"
            r"entierement )?responsables?\b|\bresponsables? des dommages|\bgarantit?\b[^.]{0,40}\bcontre\b|"
            r"\bindemnis\w*|dommages[- ]interets|\b(?:repond|repondra|repondent)\s+(?:de tous |des |de l'ensemble "
            r"des )?(?:dommages|prejudices|consequences dommageables)",
        ),
        cue(
            # answering for others' faults: "agrees to answer for breaches of this addendum by its personnel", "is
            # answerable for the acts and omissions of its agents"
            0.8,
            r"\banswer(?:s|able)? for (?:the |any |all )?(?:breach\w*|acts?|omissions?|failures?|defaults?|"
            r"faults?)\b",
        ),
        cue(
            # a remedy made the only one limits what else can be claimed (issue 7, English public set 11): "credits
            # are the Client's sole and exclusive remedy", "the customer's only remedy is re-performance"
            0.85,
            r"\b(?:sole|exclusive|only)(?: and exclusive)? (?:legal )?remed(?:y|ies)\b",
        ),
        cue(0.5, r"\b(?:liability|liable|responsabilite|damages|dommages)\b", unless=_EXCUSE_ONLY),
    ],
    heading=r"\b(?:liability|responsabilit|indemnif|indemnit|limitation)\b",
    veto=_INCORPORATED_LIST + "|" + _SURVIVAL_LIST,
)

# Staff benefits that the customer reimburses ("health insurance benefits ... or self-insurance") are not an
# obligation to hold insurance.
_EMPLOYEE_BENEFITS = (
    r"\b(?:health|medical|dental|life|disability) insurance\b|\binsurance benefits\b|\bself-insurance\b|"
    r"\bemployee benefits\b"
)

INSURANCE = rule(
    "insurance",
    "insur|assur|civile",  # "civile": a "police de responsabilité civile" without the word assurance
    [
        cue(
            0.9,
            r"\binsurance (?:policy|policies|coverage|cover|certificates?|carriers?|companies|company)\b|"
            r"\b(?:maintain|carry|obtain|procure|keep)\b[^.]{0,80}\binsurance\b|\binsured\b|"
            r"\b(?:general|professional|public|product|cyber|employer'?s?) liability insurance\b",
            unless=_EMPLOYEE_BENEFITS,
        ),
        cue(
            0.9,
            r"\b(?:polices?|contrats?|attestations?|certificats?|compagnies?) d'assurances?\b|"
            r"\bsouscri\w*[^.]{0,60}\bassurances?\b|\bassurances?\b[^.]{0,40}\b(?:garantissant|couvrant|"
            r"responsabilite civile)\b|\bresponsabilite civile (?:professionnelle|d'exploitation)\b|"
            r"\bassure aupres\b|\bassureurs?\b|\bpolices?\b[^.]{0,40}\bresponsabilite civile\b",
            # insurers named only in a liability exclusion, with no cover required (issue 7, French set 13): "le
            # prestataire ne répond ni de ses assureurs ni des dommages indirects"
            unless=r"^(?![\s\S]*\b(?:souscri\w*|polices?|attestations?|assurances?|assure aupres)\b)[\s\S]*"
            r"\b(?:ne|n')\s?(?:repond\w*|saurait repondre|saurait etre tenu|peut etre tenu|sera tenu|est tenu|"
            r"garanti\w*)\b[^.]{0,30}\bassureurs?\b",
        ),
        cue(0.5, r"\binsurance\b|\bassurances?\b", unless=_EMPLOYEE_BENEFITS),
    ],
    heading=r"\b(?:insurance|assurances?)\b",
    veto=r"\b(?:plan d'assurance|assurance (?:qualite|securite)|quality assurance|security assurance)\b",
)

DATA_PROTECTION = rule(
    "data_protection",
    "personal|personnel|gdpr|rgpd|privacy|data protection|protection des donnees|informatique et libertes|"
    "processor|processing|ccpa|hipaa|health information|gramm|glba|information security|breach|incident|"
    "instruction|unauthori|s-p|pii|identifiable",
    [
        cue(
            # US public-sector wording: "any work that requires access to and handling of PII must be performed on
            # the government-furnished laptop", "safeguard personally identifiable information"
            0.85,
            r"\b(?:handl\w*|access\w*|protect\w*|safeguard\w*|process\w*|stor\w*|disclos\w*|secur\w*|"
            r"breach\w*) (?:to |of |and handling of |any |the |such )?(?:pii|personally identifiable information)\b",
        ),
        cue(
            0.9,
            r"\b(?:process|processing|traite|traiter|traitement|protect|proteger|comply|respecter|"
            r"se conformer|handle)\w*[^.]{0,80}\b(?:personal data|personal information|donnees (?:a caractere )?"
            r"personnel\w*|rgpd|gdpr)",
        ),
        cue(
            0.9,
            r"\b(?:personal data|personal information|donnees (?:a caractere )?personnel\w*)\b[^.]{0,80}"
            r"\b(?:process|traite|traitement|protect|proteg|secur|confidential|notif|delete|suppr|de-identify|"
            r"anonymi|pseudonymi)",
        ),
        cue(
            0.85,
            r"\b(?:rgpd|gdpr|general data protection regulation|reglement general sur la protection des "
            r"donnees|data protection (?:laws?|legislation)|loi informatique et libertes|ccpa|hipaa|"
            r"sous-traitant au sens|as a processor|en qualite de sous-traitant|data processing (?:agreement|addendum)|"
            # sector privacy rules: US financial privacy (Gramm-Leach-Bliley)
            # ("subject to applicable privacy laws" alone is a reservation, not an obligation: not listed)
            r"gramm[- ]leach[- ]bliley|glba|non-?public personal information|regulation s-p|reg s-p)\b",
            # the audience measurement of the client's own website ("suivi d'audience RGPD : Matomo, données
            # anonymisées, sans consentement cookie") is advice on the site, not processor terms
            unless=r"\b(?:suivi|mesure) d'audience\b|\bmatomo\b|\bconsentement\b[^.]{0,40}\bcookies?\b|"
            # the GDPR among the laws a user's mailings must not break (English public set 12): an acceptable-use
            # rule, not processor terms
            r"\bcan-spam\b|\banti-?spam\b",
        ),
        cue(
            # the processor's first duty in a terse list (new processing agreements, seventh session): "process only
            # on documented instructions; confidentiality; security measures ..."
            0.85,
            r"\b(?:only|solely|exclusively|uniquement|exclusivement) (?:on|upon|sur) (?:the |les )?(?:(?:documented|"
            r"written) instructions?|instructions? (?:documentees?|ecrites?))\b",
            needs=r"\b(?:process\w*|personal|data|donnees|traitement|traiter)\b",
        ),
        cue(
            # "shall use reasonable efforts to protect the privacy of Licensee and Licensee Users"
            0.85,
            r"\b(?:protect|safeguard|respect|preserve|maintain)\w*\b[^.]{0,40}\bprivacy of\b[^.]{0,60}\b(?:users|"
            r"customers|end users|clients|consumers|individuals|cardholders|subscribers|members|patients|employees)\b",
        ),
        cue(
            # a security programme for the customer's data: "an information security program designed to ensure
            # the security and confidentiality of Customer Data"
            0.75,
            r"\binformation security (?:program|programme|policy|plan)\b",
            needs=r"\b(?:customer (?:data|information)|personal|consumer|cardholder|client data)",
        ),
        cue(
            # telling the customer of a breach of its data: "notify Client within 72 hours of discovering any data
            # breach that affects Client data", "a security breach that impacts their data"
            0.8,
            r"\bnotif\w*\b[^.]{0,80}\b(?:data|security|privacy) (?:breach|incident)e?s?\b|\b(?:data|security|"
            r"privacy) (?:breach|incident)e?s?\b[^.]{0,80}\bnotif\w*",
            # an incident that touches only confidential business information, no data of people
            unless=r"^(?!.*\b(?:data|personal|privacy|customers?|users?)\b).*\bconfidential information\b",
        ),
        cue(
            # the statutes by name: "comply with the obligations imposed by the Data Protection Act 1998 and the
            # Directive 95/46"; "subject to any restriction under the Data Protection Act" is a reservation only
            0.85,
            r"\bdata protection (?:acts?|directive|regulations?)\b|\bdirective 95/46\b",
            unless=r"\bsubject to\b[^.]{0,100}\b(?:data protection|directive)\b",
        ),
        cue(
            # safeguards and breach notice for the customer's records: "safeguards against loss or unauthorized access
            # to Customer Data", "a breach or attempted breach of security relating to Customer Data"
            0.8,
            r"\bbreach(?:es)? (?:or attempted breach(?:es)? )?of (?:the )?security\b[^.]{0,60}\b(?:customer|client|"
            r"personal|user|subscriber|member|patient)s?['’]? (?:data|information|records)\b|\bunauthori[sz]ed "
            r"(?:access|disclosure|use)\b[^.]{0,60}\b(?:customer|client|personal|user|subscriber|member|"
            r"patient)s?['’]? (?:data|information|records)\b",
        ),
        cue(
            # processor wording without the words "personal data": "ne traiter les données que selon les
            # instructions du coordinateur", "ne traite les informations du Client que sur ses instructions"
            0.75,
            r"\bne (?:traiter|traite|traitera|traitent) (?:les|ces|leurs|ses) (?:donnees|informations)\b[^.;]{0,60}"
            r"\binstructions?\b",
        ),
        cue(0.5, r"\b(?:personal data|donnees personnelles|privacy)\b"),
    ],
    heading=r"\b(?:donnees personnelles|donnees a caractere personnel|personal data|data protection|privacy|rgpd|"
    r"gdpr|protection des donnees)\b",
)

# A user keeping its own login secret is account security, not a duty of confidentiality (issue 7, round 9):
# "maintenir la confidentialité de ses identifiants", "garder ses mots de passe confidentiels"
_OWN_CREDENTIALS_FR = (
    r"\bconfidentialite de (?:ses|leurs|son|sa|vos|votre) (?:propres )?(?:identifiants?|mots? de passe|"
    r"codes? (?:d'acces|secrets?))\b|\b(?:ses|leurs|son|sa|vos|votre) (?:propres )?(?:identifiants?|mots? de passe|"
    r"codes? d'acces)\b[^.]{0,30}\bconfidentiel"
)

CONFIDENTIALITY = rule(
    "confidentiality",
    "confiden|secret|disclos|nondisclos|divulg|discretion|interdi|nda",
    [
        cue(
            0.9,
            # services set 9 adds the passive "shall be held confidential and shall not be divulged"
            r"\b(?:keeps?|holds?|(?:be|been|is|are) (?:held|kept)|maintains?|treats?|gard\w*|conserv\w*|trait\w*|"
            r"tenir|tien\w*|tenu\w*)\b[^.]{0,60}"
            r"\b(?:confidential|"
            r"confidentiel\w*|secret\w*|in confidence)\b|\b(?:shall|will|must) not\b[^.]{0,30}\bdisclose\b|"
            r"\bnot (?:to )?disclose\b|\bnot be divulged\b|\b(?:ne pas|ne|aucune?) (?:\w+ )?divulgu\w*|"
            r"\bnon-?disclosure\b|"
            r"\bduty of confidentiality|\bconfidentiality (?:obligations?|undertakings?|agreement)|"
            r"\bcommitted (?:themselves )?to confidentiality|\bbound by (?:a duty of )?confidentiality|"
            r"\bobligation de (?:confidentialite|discretion|secret)|\bsecret professionnel|"
            r"\bsecret le plus absolu|\bdiscretion professionnelle\b|\bs'interdi\w* de (?:communiquer|divulguer|"
            r"reveler|transmettre|diffuser)\b[^.]{0,60}\b(?:informations?|donnees|documents|renseignements)",
            # a condition on handing over staff lists, not an obligation: "subject to the appropriate
            # confidentiality undertakings being given"
            unless=r"\bsubject to (?:the )?(?:appropriate |suitable |any )?confidentiality (?:undertakings?|"
            r"obligations?|agreements?) (?:being|having been)\b|" + _OWN_CREDENTIALS_FR,
        ),
        cue(
            0.85,
            r"\b(?:s'engag\w*|veiller|shall ensure|will ensure)\b[^.]{0,80}\b(?:confidentialite|"
            r"confidentiality)\b|\brespecter la confidentialite|\bgarantir la confidentialite|"
            r"\bconfidential information of\b",
        ),
        cue(
            # "préserver la confidentialité des informations", "assurer une stricte confidentialité"
            0.85,
            r"\b(?:maintenir|maintient|preserver|preserve|assurer|assure|proteger|protege|observer)\s+(?:la |une )?"
            r"(?:stricte |totale |parfaite )?confidentialite\b",
            unless=_OWN_CREDENTIALS_FR,
        ),
        cue(
            # documents to be held as confidential (issue 7, round 9): "chaque partie s'engage à considérer comme
            # confidentiels tous documents ou informations échangés"; a bare "sont considérées comme confidentielles
            # les informations ..." is a definition and needs no cue of its own
            0.85,
            r"\b(?:s'engag\w*|s'oblig\w*|doi\w*|devr\w*|tenue?s?)\b[^.]{0,40}\b(?:considerer|regarder|traiter)\s+comme\s+"
            r"(?:strictement |absolument )?(?:confidentiel\w*|secret\w*)",
        ),
        cue(
            # the secrecy promised as respect for the material's confidential character (issue 7, French set 13):
            # "s'engage à respecter le caractère strictement confidentiel des éléments que le client lui confie",
            # "préserver le caractère secret des informations"; the user's own password is not such a promise
            0.85,
            r"\b(?:respect\w*|preserv\w*|garanti\w*|protege\w*|protection|sauvegard\w*|assur\w*|maintenir|maintien)"
            r"\s+(?:du |le |de )?caractere (?:strictement |absolument |hautement |purement )?(?:confidentiel|secret)\b",
            unless=r"\bcaractere (?:\w+ )?(?:confidentiel|secret) (?:de |des )?(?:ses|leurs|son|sa|vos|votre) "
            r"(?:propres )?(?:identifiants?|mots? de passe|codes?)\b|" + _OWN_CREDENTIALS_FR,
        ),
        cue(
            # the same duty in English: "shall guarantee observance of confidentiality in respect of any information",
            # "agrees ... to maintain the confidentiality thereof"
            0.85,
            r"\b(?:guarantee|observe|preserve|protect|respect|maintain)\w*\s+(?:the\s+)?(?:observance of\s+)?"
            r"(?:strict\s+|the strict\s+)?confidentiality\b",
            literals=("confidentiality",),
        ),
        cue(
            # "soumis à un devoir de confidentialité"; weaker than keeping the secret oneself: the duty may only be
            # passed on to subcontractors
            0.75,
            r"\b(?:obligations?|devoirs?|engagements?) (?:de|d'une) (?:stricte )?confidentialite\b",
        ),
        cue(
            0.5,
            r"\bconfidential information\b|\binformations? confidentielles?\b|\bconfidentialite\b",
            unless=_OWN_CREDENTIALS_FR,
        ),
        cue(
            # a bar on passing on what the other side marked as confidential (issue 7, services set 8): "neither
            # party shall, without the other's consent, disclose to any third party any information designated in
            # writing as confidential by the other party"
            0.85,
            r"\bdisclose\b[^.]{0,120}\b(?:designated|marked|identified|labell?ed) (?:in writing )?as confidential\b",
            needs=r"\b(?:shall not|will not|may not|agrees? not to|neither party|nor)\b",
        ),
        cue(
            # a non-disclosure agreement signed before work starts: "NDA : signature obligatoire avant démarrage"
            0.8,
            r"\b(?:nda|accord de (?:non-divulgation|confidentialite)|engagement de confidentialite)\b[^.]{0,40}"
            r"\b(?:signature|signe\w*|obligatoire|prealable)\b",
        ),
    ],
    heading=r"\b(?:confidentialit|confidentiality|non-disclosure|secret|discretion)\b",
)

# The host vetting the code a customer installs is no audit of the provider (English public set 12): "retains the
# right to audit such code for performance and security concerns".
_VETTED_CODE = (
    r"\b(?:right to|may|can) (?:audit|inspect|review) (?:such |the |your |any |all )?(?:customer's |client's |"
    r"custom |third-party )?(?:code|plugins?|themes?|scripts?|extensions?)\b"
)
AUDITS = rule(
    "audits",
    "mandater|acces|acceder|questionnaire|bilan|etat|statistique|resultat|reporting|comite|revue|ecoute|"
    "audit|inspect|examin|comite|committee|reunion|meeting|review|revue|suivi|report|rapport|controle|verif|"
    "sprint|iteration|books|tableau|permettre|compte rendu|comptes rendus|analys|surveil|monitor|status"
    "|soc|ssae|isae|meet|listen|summar|dashboard|scorecard|logs|activity log|avancement",
    [
        cue(
            # monitoring by the provider's own account of its work: "shall report the results of its duties to the
            # Client", "provide the Principal with information on the status of execution of this Contract", or by
            # meetings held on a regular basis to manage the team doing the work
            0.75,
            r"\b(?:report|reports|reporting|information)\b[^.;]{0,30}\b(?:(?:on|of|about|regarding) )?(?:the )?"
            r"(?:status|progress|results?) of (?:the |its |his |her |their |this )?(?:services?|work|duties|"
            r"execution|activities|projects?|assignments?)\b|"
            r"\b(?:meet|meetings?)\b[^.;]{0,20}\b(?:on a regular basis|regularly|periodically)\b",
            literals=("status", "progress", "result", "regular", "periodically"),
            unless=r"\bboard\b|\bshareholders?\b|\bstockholders?\b|\btrustees\b|\bresults of operations\b",
        ),
        cue(
            0.9,
            r"\b(?:right to audit|audit rights?|droit d'audit|(?:may|shall be entitled to|can) (?:\w+ ){0,2}"
            r"(?:audit|inspect)|(?:permit|allow|submit)\w*[^.]{0,60}\b(?:audits?|inspections?)|"
            r"contribute to audits|autoris\w* (?:les |des )?audits|(?:peut|pourra|pourront) (?:\w+ ){0,2}"
            r"(?:auditer|proceder a (?:un|des) audits?|faire (?:proceder a|realiser) (?:un|des) audits?)|"
            r"audits?, (?:including|y compris) (?:les )?inspections|inspect (?:the )?(?:books|records|facilities|"
            r"premises)|examine (?:the )?(?:books|records)|books and records|permettre\b[^.]{0,60}"
            r"\b(?:consulter|auditer|controler)|controles? sur (?:place|pieces)|"
            r"(?:peut|pourra|peuvent|pourront|a le droit de|est en droit de) (?:\w+ ){0,2}(?:faire )?"
            r"(?:verifier|controler|inspecter|auditer)\b[^.]{0,80}\b(?:sur place|sur pieces|conformite|"
            r"prestations|moyens|locaux|sites?|registres|comptes|cabinet))\b",
            # a right denied outright ("the Customer shall have no right to audit the Provider"); a limit on how often
            # ("no right to audit more than once a year") still grants one
            unless=r"\bno (?:\w+ )?rights? to (?:audit|inspect)\b(?![^.]{0,40}\b(?:more than|more often|"
            r"more frequently|except|unless|other than)\b)|" + _VETTED_CODE,
        ),
        cue(
            0.75,
            r"\b(?:comite (?:de|des) (?:pilotage|suivi)|comites? de pilotage|steering committee|governance "
            r"(?:meetings?|committee|board)|reunions? (?:de suivi|periodiques?|mensuelles?|trimestrielles?)|"
            r"suivi (?:des|de la) prestations?|(?:monthly|quarterly|weekly) (?:service |performance |"
            r"business |governance )?(?:reviews?|meetings?)|annual (?:(?:service |performance |business |governance )"
            # a bare "annual meeting" is mostly the shareholders' one (and its travel costs)
            r"(?:reviews?|meetings?)|reviews?|review meetings?)|revues? (?:mensuelles?|trimestrielles?|periodiques?|"
            r"de performance|de service)|performance reports?|rapports? (?:mensuels?|trimestriels?|d'activite|"
            r"de performance)|tableaux? de bord|service reports?)\b",
            # a company's annual meeting of shareholders is not a review of the services
            unless=r"\b(?:shareholders?|stockholders?|shareowners?|proxy|proxies)\b",
        ),
        cue(
            # a report of the provider's measured performance, on request or at intervals (final English set):
            # "shall promptly provide a report detailing its actual service availability", "un rapport présentant
            # le taux de disponibilité constaté"
            0.75,
            r"\b(?:provide|deliver|send|furnish|fournir|fournit|remettre|remet|transmettre|transmet)\w*\s+(?:to "
            r"(?:the )?customer\s+|au client\s+)?(?:a|an|the|its|monthly|quarterly|periodic|written|un|une|le|les|des)"
            r"\s+(?:\w+\s+){0,3}(?:report|rapport)s?\b[^.]{0,120}\b(?:availability|uptime|service levels?|"
            r"performance|disponibilite|niveaux? de service|indicateurs?)\b",
            literals=("report", "rapport"),
        ),
        cue(
            # inspection by the customer's people: "the customer's representatives may board any vessel to inspect
            # logs and confirm that the owner is fulfilling its obligations"
            0.8,
            r"\b(?:representatives?|inspectors?|auditors?|designees?)\b (?:may|shall be entitled to|shall have the "
            r"right to|will be permitted to) (?:\w+ ){0,3}?(?:board|visit|enter|access|attend)\b[^.]{0,120}"
            r"\b(?:inspect|observe|examine|verify|confirm|check|audit)\w*",
        ),
        cue(
            # reports on progress or performance: "keep the Company advised as to its progress and prepare written
            # reports", "reports pertaining to the performance of the services that permit the customer to monitor
            # it", "a weekly status log of the problem reports"
            0.75,
            r"\bkeep (?:\w+ ){0,2}(?:advised|informed|apprised)\b[^.]{0,40}\bprogress\b|\bprogress reports?\b|"
            r"\breports? (?:pertaining|relating|with respect|in relation) to (?:the )?(?:performance|progress)\b|"
            r"\b(?:weekly|monthly|quarterly|periodic|daily) status (?:logs?|updates?)\b",
        ),
        cue(
            # performance watched under a plan or by status reports: "the agency will use the surveillance plan
            # to monitor the contractor's performance", "each month the vendor submits a status report on its
            # work", "critical incidents will be reported daily"
            0.75,
            r"\b(?:quality assurance )?surveillance plans?\b|\bmonitor\w* (?:the )?(?:contractor|provider|supplier|"
            r"vendor|consultant)['’]?s?['’]? performance\b|\bstatus reports?\b[^.]{0,60}\b(?:summari\w*|work|"
            r"progress|activit\w*|metrics)\b|\b(?:incidents?|issues?|tickets?) (?:will|shall) be reported (?:daily|"
            r"weekly|monthly)\b",
        ),
        cue(
            # "will provide Client with a weekly written report summarizing the Services"
            0.75,
            # any two words between: "monthly Vehicles serviced report", "weekly written status report"
            r"\b(?:weekly|monthly|quarterly|periodic|regular|daily)\s+(?:written\s+)?(?:[a-z-]+\s+){0,2}reports?\b|"
            r"\bthe following reports\b|\b(?:rapports?|comptes? rendus?)\s+(?:d'activite\s+)?"
            r"(?:hebdomadaires?|mensuels?|trimestriels?|periodiques?|reguliers?)\b",
            literals=("report", "reports", "rapport", "rapports", "compte", "comptes"),
            needs=r"\b(?:provide|deliver|submit|send|furnish|issue|remet\w*|fourni\w*|transmet\w*|adresse\w*|"
            r"communiqu\w*|etabli\w*)\b",
        ),
        cue(
            # processor wording: "contribuer aux audits du responsable", "faciliter les audits et inspections",
            # "se soumettre aux audits"
            0.85,
            r"\b(?:contribuer|contribue|permettre|permet|faciliter|facilite|autoriser|autorise|se soumettre|"
            r"se soumet)\b[^.;]{0,60}\b(?:audits?|inspections?)\b",
        ),
        cue(
            # a report handed over after each visit: "le technicien remet un rapport d'intervention signé",
            # "transmet au Client un compte rendu d'intervention"
            0.7,
            r"\b(?:rapports?|comptes? rendus?|bons?|fiches?) d'(?:intervention|entretien|visite|maintenance)\b"
            r"[^.]{0,80}\b(?:remet\w*|transm\w*|fourni\w*|vise\w*|viser|sign\w*|envoy\w*|adress\w*)|"
            r"\b(?:remet\w*|transm\w*|fourni\w*|viser|envoy\w*|adress\w*)\b[^.]{0,60}\b(?:rapports?|comptes? rendus?)"
            r" d'(?:intervention|entretien|visite|maintenance)\b",
        ),
        cue(
            # reporting set by its rhythm or its kind: "Fréquence des rapports : mensuel", "rapport d'audit disponible
            # à la demande", "un rapport SLA mensuel"
            0.7,
            r"\b(?:frequence|periodicite) (?:des|du) (?:rapports?|comptes? rendus|reportings?|revues?|reunions? de "
            r"suivi|comites?)\b|\brapports? d'audit\b[^.]{0,40}\b(?:disponibles?|communique\w*|fourni\w*|transmis|"
            r"remis)\b|\brapports? (?:sla|de niveaux? de service|de qualite de service)\b",
        ),
        cue(
            # reports owed on the service's own record: "provide post-incident reports for major outages", "a
            # root cause analysis within five days", "monthly uptime reports"
            0.7,
            r"\b(?:post-incident|post-mortem|outage|uptime|availability|sla|service level|root cause) (?:reports?|"
            r"analys[ie]s)\b",
            needs=r"\b(?:provide|deliver|submit|send|furnish|issue|publish|share|make available)\w*\b",
        ),
        cue(0.55, r"\baudit(?:s|er|e|ed|or|ors|eur|eurs)?\b", unless=_VETTED_CODE),
        cue(
            # performance monitoring by meetings: "a yearly review meeting to discuss the service quality"
            0.8,
            r"\b(?:review|steering|governance|service|quality|performance) (?:meetings?|committees?)\b",
            needs=r"\b(?:quality|performance|service levels?|kpis?|sla|progress)\b",
        ),
        cue(
            # reporting set by its rhythm: "reporting régulier selon formule choisie", "un reporting mensuel"
            0.7,
            r"\breportings? (?:regulier|mensuel|hebdomadaire|trimestriel|periodique)s?\b",
        ),
        cue(
            # progress watched at each iteration: "surveillance des impacts planning et budget"
            0.7,
            r"\bsurveillance (?:des|du|de l') ?(?:impacts?|planning|budget|delais|couts|avancement)\b",
        ),
        cue(
            # what is audited named after the verb: "audit Customer's use of the Services to confirm compliance",
            # "audit the Supplier's records"; a denied right is no right
            0.8,
            r"\baudit\s+(?:the\s+)?(?:\w+'s\s+|its\s+|their\s+)?(?:use|usage|compliance|records|books|account"
            r"s|premises|"
            r"systems|facilities|deployment|installations?)\b",
            unless=r"\b(?:no|not)\s+(?:\w+\s+){0,3}rights?\s+to\s+audit\b|\bshall not\s+(?:\w+\s+){0,3}audit\b",
        ),
        cue(
            # agile monitoring: "work will be reviewed at the end of each sprint for acceptability", "sprint reviews"
            0.7,
            r"\b(?:reviewed|assessed|evaluated|inspected|demonstrated)\s+(?:\w+\s+){0,3}at the end of (?:each|every) "
            r"(?:sprint|iteration|phase|milestone|release)\b|"
            r"\b(?:sprint|iteration) (?:reviews?|demos?|demonstrations?)\b",
            unless=r"\b(?:prices?|fees?|rates?|tarifs?)\b",
        ),
        # English families from the issue-7 proactive audit (docs/review.md): SOC 2 / SSAE 18 / ISAE 3402 reports,
        # records made available for review, auditors who may verify the charges, periodic meetings to review
        # performance, reports on performance furnished on request, call monitoring, daily logs and monthly
        # summaries, performance monitoring by the buyer.
        cue(
            0.75,
            r"\b(?:soc ?[12]|ssae ?1[68]|isae ?3402)\b",
        ),
        cue(
            0.75,
            r"\b(?:available|open|accessible) for (?:review|inspection|examination|audit)\b",
        ),
        cue(
            0.75,
            r"\b(?:auditors?|accountants?)\b[^.]{0,60}\b(?:may|shall have the right to|is entitled to)\s+(?:\w+ )?"
            r"(?:verify|examine|inspect|check|review|audit)\b",
        ),
        cue(
            0.7,
            r"\b(?:meet|review|assess)\w*\b[^.]{0,40}\b(?:monthly|quarterly|weekly|annually|at least (?:once )?"
            r"(?:a |per |each |every )?(?:month|quarter|week|year)|each (?:month|quarter)|every (?:month|quarter))\b"
            r"[^.]{0,60}\b(?:performance|service levels?|kpis?|progress|services)\b",
        ),
        cue(
            0.7,
            r"\b(?:furnish|provide|submit|deliver|send)\w*\s+(?:\w+ ){0,3}?reports?\b[^.]{0,80}\b(?:performance|"
            r"progress|status|activity|volumes?|kpis?|service levels?|incidents?)\b",
        ),
        cue(
            0.7,
            r"\b(?:monitor|listen to|observe|evaluate)\w*\s+(?:\w+ ){0,3}?(?:calls?|call quality|recordings?|"
            r"interactions?)\b",
        ),
        cue(
            0.7,
            r"\b(?:daily|weekly|monthly|quarterly) (?:activity |status |progress |performance |management )?(?:logs?|"
            r"summar(?:y|ies)|dashboards?|scorecards?)\b",
        ),
        cue(
            0.75,
            # the buyer monitors the provider; "performance monitoring" in a list of hosting tasks is a service
            r"\b(?:carry out|conduct|undertake|perform)\w* (?:\w+ )?performance monitoring\b|\bmonitor\w* (?:the )?"
            r"(?:performance|quality|delivery) of (?:the )?(?:services|"
            r"work|contractor|supplier|provider)\b",
        ),
        # Proactive French families (issue 7, s8 audit): the customer's right to
        # check ("se réserve le droit de contrôler sur place", "peut faire procéder à un audit", "est autorisé à
        # effectuer des écoutes"), access to premises or records to verify, periodic reports and statistics,
        # governance meetings that review the contract.
        cue(
            0.75,
            r"\b(?:droit de|peut|peuvent|pourra|pourront|autorise\w* a|habilite\w* a|faire)(?:,[^,.;]{0,30},)?\s+"
            r"(?:proceder"
            r"(?:,[^,.;]{0,30},)? a "
            r"(?:des |un |une )?|effectuer (?:des |un |une )?|realiser (?:des |un |une )?)?(?:controler|verifier|"
            r"auditer|inspecter|controles?|audits?|verifications?|inspections?|ecoutes?)\b|"
            r"\bmandater un auditeur\b|\bauditeurs? (?:tiers|independants?|externes?)\b|"
            r"\b(?:acceder|acces) a (?:ses|leurs|les) (?:locaux|sites|installations)\b[^.;]{0,40}?\b(?:verifier|"
            r"controler|auditer|inspecter)\b|\b(?:acces|acceder)\b[^.;]{0,60}?\b(?:afin de|pour) (?:controler|"
            r"verifier|evaluer|auditer)\b|\bquestionnaires? (?:d'audit|de securite|d'evaluation)\b|"
            r"\bjustificatifs?\b[^.;]{0,40}?\b(?:verifier|controler)\b",
            needs=r"\b(?:client|acheteur|pouvoir adjudicateur|donneur d'ordre|responsable (?:du|de) traitement|"
            r"representants?|auditeurs?|mandataires?|agents habilites)\b",
        ),
        cue(
            0.7,
            r"\b(?:bilans?|etat des|statistiques|tableaux? de bord|rapports?|resultats des (?:enquetes|mesures|"
            r"controles))\b",
            needs=r"\b(?:chaque (?:jour|semaine|mois|trimestre|annee)|mensuel\w*|hebdomadaire\w*|trimestriel\w*|"
            r"annuel\w*|quotidien\w*|temps reel|par (?:mois|trimestre|an|semaine))\b",
        ),
        cue(
            0.75,
            r"\breporting ?[:|] ?(?:mensuel|hebdomadaire|trimestriel|annuel|quotidien)|"
            r"\b(?:comite (?:strategique|de pilotage|operationnel|de suivi|directeur|technique)|revue (?:annuelle|"
            r"trimestrielle|mensuelle|periodique) (?:du contrat|des prestations|de performance|de service)|"
            r"faire le point sur)\b",
            needs=r"\b(?:se tient|se reunit|reunit|organise\w*|chaque|par an|fois|mensuel\w*|trimestriel\w*|"
            r"annuel\w*|resultats|suivant)\b",
            literals=("reporting", "comite ", "revue ", "faire le point"),
        ),
        cue(
            # progress reviewed at a set rhythm (issue 7, round 6): "lors d'un entretien quotidien, les parties font
            # le point sur l'état d'avancement", "un point d'avancement hebdomadaire", "réunion de suivi mensuelle"
            0.7,
            r"\b(?:font|fera|feront|fait|faisons) le point sur\b|\b(?:points?|reunions?|comites?) (?:d'avancement|"
            r"de suivi)\b",
            needs=r"\b(?:quotidien\w*|hebdomadaire\w*|mensuel\w*|trimestriel\w*|chaque (?:jour|semaine|mois|"
            r"trimestre|iteration|sprint)|toutes les (?:semaines|deux semaines))\b",
        ),
    ],
    heading=r"\b(?:audits?|inspections?|suivi|monitoring|reporting|gouvernance|governance|comites?|controle)\b",
    veto=r"\b(?:audit trail|audit log|journaux d'audit|piste d'audit)\b",
)

# An addendum that borrows the main agreement's clauses names them without making them: "the dispute resolution,
# venue and forum provisions of the Services Agreement apply to this addendum".
_BORROWED_CLAUSES = (
    r"\b(?:provisions?|clauses?|terms|sections?) of the\s+(?:\w+\s+){0,3}(?:agreement|contract)\b[^.]{0,30}"
    r"\bappl(?:y|ies)\s+to this (?:addendum|dpa|schedule|annex|exhibit|order|sow|statement of work)\b"
)
# A disputed invoice paid in part and talked over in good faith is billing, not a dispute procedure (issue 7,
# services set 8): "if the customer disputes any portion of an invoice, the parties shall use good faith efforts to
# reconcile the disputed amounts", "may withhold payment of amounts it disputes in good faith"; a sentence that
# also names arbitration, mediation or an escalation stays a procedure.
_BILLING_DISPUTE = (
    r"\b(?:disputed (?:amounts?|portions?|invoices?|charges?|sums?)|disputes? (?:any |the )?(?:portion of (?:an |the |"
    r"any )?)?invoices?|amounts? (?:that )?(?:it|he|she|they) disputes?|billing disputes?|"
    # the supplier holding back collection while the customer contests its charges (English public set 8): "will
    # not suspend the service while the customer is disputing the applicable charges in good faith"; a clause
    # where "the parties will work together to resolve" a fee disagreement stays a procedure
    r"(?:is|are) disputing (?:the |any |such )?(?:applicable |invoiced |relevant )?(?:charges?|fees|"
    r"invoiced amounts?))\b"
    r"(?![^.]*\b(?:arbitrat|mediat|escalat|senior|executive)\w*)"
)

# "À défaut de résolution amiable, le litige sera porté devant le tribunal" alone only introduces the courts: no
# step is set (issue 7, round 9); with an attempt, a meeting, a mediator, an arbitrator or a time to agree named ("à
# défaut d'accord amiable dans un délai de trente jours"), it is a procedure.
_BARE_AMICABLE_FR = (
    r"^(?![\s\S]*\b(?:tent\w*|s'efforc\w*|recherch\w*|negoci\w*|mediat\w*|concilia\w*|arbitr\w*|amiablement|"
    r"a l'amiable|rencontr\w*|reuni\w*|concert\w*|rapproch\w*|transig\w*|delai\w*)\b|[\s\S]*\bdans les (?:\d+|\w+) "
    r"(?:\(\d+\) )?(?:jours|mois|semaines)\b)"
    r"[\s\S]*\ba defaut d(?:e |')(?:accord|resolution|reglement|solution) amiable\b"
)
# The same preface in other words (issue 7, round 14): "tout litige qui ne pourrait être résolu à l'amiable sera
# soumis aux tribunaux de Paris", "les différends non réglés à l'amiable", "faute d'accord amiable"; an attempt, a
# meeting, a third party or a time to agree still makes a procedure.
_BARE_AMICABLE_FR_PASSIVE = (
    r"^(?![\s\S]*\b(?:tent\w*|s'efforc\w*|recherch\w*|negoci\w*|mediat\w*|concilia\w*|arbitr\w*|rencontr\w*|"
    r"reuni\w*|concert\w*|rapproch\w*|transig\w*|delai\w*)\b|[\s\S]*\bdans les (?:\d+|\w+) (?:\(\d+\) )?(?:jours|"
    r"mois|semaines)\b)"
    r"[\s\S]*\b(?:(?:ne (?:pourrai(?:t|ent)|pourr(?:a|ont)|peu(?:t|vent))|n'(?:aurai(?:t|ent)|a|ont|aur(?:a|ont)) "
    r"(?:pas )?pu|non) (?:etre )?(?:resolu|regle|tranche)e?s? (?:a l'amiable|amiablement)|faute d(?:e |')(?:accord|"
    r"resolution|reglement|solution) amiable|"
    # the same in the active voice (issue 7, round 12): "tout litige que les parties ne sauraient résoudre à
    # l'amiable sera porté devant le tribunal", "ne parviendraient pas à régler à l'amiable"
    r"ne (?:saurai(?:t|ent)|pourrai(?:t|ent)|peu(?:t|vent)|pourr(?:a|ont)|parvien\w*|parviendr\w*) (?:pas )?"
    r"(?:a )?(?:resoudre|regler|trancher) (?:a l'amiable|amiablement))\b"
)

# An arbitrator named in a list of authorities whose rulings bind (issue 7, services set 10): "any binding
# pronouncement of a court, tribunal, arbitrator, agency or commission" defines applicable law, it sets no procedure;
# a passage that also names arbitration or mediation as such stays a procedure.
_ARBITRATOR_LISTED = (
    r"^(?![\s\S]*\b(?:arbitration|mediation|mediator|conciliation)\b)[\s\S]*"
    r"\b(?:courts?|tribunals?|agenc(?:y|ies)|authorit(?:y|ies)|bod(?:y|ies)),\s+(?:\w+\s+){0,2}arbitrators?,"
)
# A general good-faith covenant that names disputes among other things (issue 7, services set 10): "the parties shall
# act in good faith with respect to each provision of this agreement and any dispute arising"; with negotiation,
# a meeting, an escalation or an attempt to resolve named, it is a procedure.
_BARE_GOOD_FAITH = (
    r"^(?![\s\S]*\b(?:negotiat|resol|settl|meet|escalat|discuss|attempt|arbitra|mediat|confer|consult)\w*)"
    r"[\s\S]*\b(?:act|deal|behave|perform)\w* (?:\w+ ){0,3}in good[- ]faith\b"
)
# The same in French (issue 7, round 14): "les parties agissent de bonne foi dans l'exécution du contrat, y compris
# face à un différend" names no step; with a negotiation, a meeting, an attempt or a third party, it is a procedure.
_BARE_GOOD_FAITH_FR = (
    r"^(?![\s\S]*\b(?:negoci\w*|resoudre|resolution|regler|reglement|rencontr\w*|reuni\w*|tent\w*|s'efforc\w*|"
    r"recherch\w*|concert\w*|rapproch\w*|amiabl\w*|concilia\w*|mediat\w*|arbitr\w*|escalad\w*|discut\w*|"
    r"discussions?)\b)"
    r"[\s\S]*\b(?:agir|agi\w*|agiss\w*|execut\w*|comport\w*|collabor\w*|cooper\w*|exerc\w*) (?:\w+ ){0,3}"
    r"de bonne foi\b"
)
# A contested invoice talked over is billing, not a dispute procedure (issue 7, round 14): "en cas de contestation
# d'une facture, les parties se rapprochent pour examiner le montant contesté"; with a mediator, a conciliator, an
# arbitrator, an escalation or an expert named in the sentence, it stays a procedure.
_BILLING_DISPUTE_FR = (
    r"\b(?:contest\w* (?:d'une |de la |des |une |la |les |toute |tout |le |ses |sa )?(?:factures?|montants?|"
    r"sommes?|facturations?)|(?:montants?|sommes?|factures?|parties?|postes?) contestee?s?|(?:litiges?|differends?|"
    r"desaccords?) (?:sur|portant sur|relatifs? a|concernant) (?:une |la |les |des |ce |cette |un )?(?:factures?|"
    r"montants?|facturations?|sommes?))\b"
    r"(?![^.]*\b(?:mediat|concilia|arbitr|escalad|expert)\w*)"
)

DISPUTE_RESOLUTION = rule(
    "dispute_resolution",
    "mediat|concilia|arbitra|amiabl|amicabl|good faith|good-faith|bonne foi|negotia|escalat|dispute|differend|"
    "litige|reglement|controvers|claim|resolv|resolu|expert|proceeding|lawsuit|legal action|transactionnel|disagree|"
    "contentieu",
    [
        cue(
            0.95,
            r"\b(?:mediation|mediateur|mediator|conciliation|conciliateur|arbitration|arbitrage|arbitral|"
            r"arbitrator|arbitre|reglement amiable|amiablement|a l'amiable|amicabl\w*|ccra|c\.c\.r\.a|(?:accord|"
            r"solution|resolution|voie|phase|tentative|procedure|issue) amiable|expert determination|independent "
            r"expert)\b",
            unless=_BARE_AMICABLE_FR + r"|" + _ARBITRATOR_LISTED + r"|" + _BARE_AMICABLE_FR_PASSIVE
            # arbitration as one kind of third-party claim in an indemnity (services set 12): "any action,
            # proceeding, arbitration or other claim by a third party"
            + r"|\barbitrations?,? or (?:any )?other (?:claims?|proceedings?|actions?|demands?)\b[^.]{0,40}"
            r"\b(?:by|from|of) (?:a|any) third[- ]part|"
            r"\bthird[- ]party (?:claims?|suits?|actions?|demands?)\b[^.]{0,40}\barbitrations?\b",
        ),
        cue(
            0.85,
            r"\b(?:disputes?|disagreements?|differends?|litiges?|controvers\w*|claims?)\b[^.]{0,120}\b(?:negotiat\w*|"
            r"escalat\w*|senior (?:executives|management|officers)|executives|good faith|bonne foi|resolve|"
            r"resoudre|regler|work together|executive sponsors|(?:first|initially) (?:be )?referred|referred "
            r"(?:\w+ ){0,3}to (?:the )?(?:parties' )?(?:\w+ )?(?:directors|managers|representatives|executives))",
            unless=_COURTS + r"|" + _BILLING_DISPUTE + r"|" + _BARE_GOOD_FAITH
            + r"|" + _BILLING_DISPUTE_FR + r"|" + _BARE_GOOD_FAITH_FR,
        ),
        cue(
            0.8,
            r"\b(?:negotiat\w*|escalat\w*|good[- ]faith|bonne foi|resolve|resoudre|regler|tentative)\b"
            r"[^.]{0,100}\b(?:disputes?|differends?|litiges?|controvers\w*)",
            unless=_COURTS + r"|" + _BILLING_DISPUTE + r"|" + _BARE_GOOD_FAITH
            + r"|" + _BILLING_DISPUTE_FR + r"|" + _BARE_GOOD_FAITH_FR,
        ),
        cue(
            # a disagreement settled by an independent body whose finding binds (issue 7, services set 8): "the
            # parties shall refer their disagreement to an independent testing laboratory, whose decision shall be
            # final", "submitted to an independent accounting firm for determination"
            0.85,
            r"\b(?:refer|submit)\w*\b[^.]{0,80}\b(?:to|by) an? (?:mutually (?:agreed|acceptable) )?independent "
            r"(?:testing |third[- ]party )?(?:laborator(?:y|ies)|lab|accountants?|accounting firm|auditors?|engineers?|"
            r"consultants?)\b",
            needs=r"\b(?:disagree\w*|disputes?|differences?)\b",
        ),
        cue(
            # a step the parties must take before going to court: "before commencing legal proceedings, the parties
            # must attempt good faith negotiations", "attempt good-faith resolution ... before pursuing legal action"
            0.85,
            r"\bbefore (?:commencing|pursuing|initiating|bringing|filing|starting|taking|instituting|resorting to)\b"
            r"[^.]{0,30}\b(?:legal|court|judicial|litigation|arbitration|proceedings|lawsuits?)\b",
            needs=r"\b(?:attempt\w*|negotiat\w*|good[- ]faith|meet|confer|resol\w*|settle\w*)\b",
        ),
        cue(
            # a meeting before the courts: "les parties se rencontrent pour rechercher une solution au différend";
            # no courts veto, the judge only comes after the meeting
            0.8,
            r"\b(?:trouver|rechercher)\s+(?:ensemble\s+)?une solution\b[^.]{0,60}\b(?:litiges?|differends?|"
            r"desaccords?|contestations?)\b|\b(?:litiges?|differends?|desaccords?|contestations?)\b[^.]{0,150}"
            r"\bse (?:reuni\w*|rencontr\w*|concert\w*|rapproch\w*)|\bse (?:reuni\w*|rencontr\w*|concert\w*|"
            r"rapproch\w*)[^.]{0,150}\b(?:litiges?|differends?|desaccords?|contestations?)\b",
            unless=_BILLING_DISPUTE_FR,
        ),
        cue(
            # a settlement sought before going to court: "rechercher, avant tout recours contentieux, une solution
            # transactionnelle", "avant toute action en justice, les parties tentent de transiger"
            0.85,
            r"\b(?:solution|voie|accord) transactionnel(?:le)?\b|\bavant (?:tout|toute) (?:recours|action|procedure|"
            # the court named: "avant toute action de maintenance" is no step before litigation
            r"saisine|instance)\s+(?:(?:en|au|a la|aux|devant (?:le |les |la )?)\s*)?(?:contentieu\w*|judiciaire\w*|"
            r"justice|juridictionnel\w*|tribunal|tribunaux|juge|arbitr\w*)",
            needs=r"\b(?:recherch\w*|tent\w*|transig\w*|transactionnel\w*|negoci\w*|concert\w*|rapproch\w*|"
            r"rencontr\w*|solution)\b",
        ),
        cue(
            # the courts only after the procedure: "neither party will refer any dispute to the courts unless and
            # until the dispute resolution procedures of this clause have been followed" (no courts veto here)
            0.9,
            r"\b(?:dispute resolution|escalation) (?:procedures?|process|provisions?)\b[^.]{0,40}\b(?:have|has) been "
            r"(?:followed|exhausted|complied with|completed)\b",
        ),
        cue(
            # "the disagreement may be referred by either party to a meeting between the senior managers"
            0.85,
            r"\b(?:referred|escalated|refer|escalate)\b[^.]{0,60}\b(?:senior (?:managers|management|executives|"
            r"officers|representatives)|executive (?:sponsors|management|officers))\b",
            needs=r"\b(?:disagree\w*|disputes?|differences?)\b",
        ),
    ],
    heading=r"\b(?:disputes?|litiges?|differends?|reglement|mediation|arbitra|escalation)\b",
    veto=_BORROWED_CLAUSES,
)

GOVERNING_LAW = rule(
    "governing_law",
    "law|droit|loi|court|tribunal|tribunaux|juridiction|jurisdiction|competen|govern|construed|"
    "soumis|regi|attribution",
    [
        cue(
            0.95,
            r"\b(?:governed by|construed (?:in accordance with|under))\b[^.]{0,50}\blaws?\b|"
            # "to the maximum extent permitted by applicable law" only bounds a cap or a disclaimer, it chooses no
            # law (issue 7, English public set 8); "the applicable law is Belgian law" still counts
            r"\bgoverning law\b|(?<!permitted by )(?<!permitted under )(?<!required by )(?<!prohibited by )"
            r"(?<!allowed by )\bapplicable law\b|"
            # a party's own incorporation names no law for the contract (services set 12): "duly organized and
            # validly existing under the laws of the state of its incorporation"
            # (the look-behinds sit after "law" so that they run only where "law" matched)
            r"\blaw(?<!existing under the law)(?<!organized under the law)(?<!organised under the law)"
            r"(?<!incorporated under the law)(?<!existing under law)(?<!organized under law)(?<!organised under law)"
            r"(?<!incorporated under law)s?\s+of (?:the )?(?:state|commonwealth|province|republic|kingdom|france|"
            r"england|germany|member state|[a-z]+\b(?:,| shall| will))|\b(?:droit|loi) (?:francais|francaise|belge|"
            r"suisse|luxembourgeois|allemand|anglais)\w*|\b(?:droit applicable|loi applicable)\w*|"
            # the four phrases spelt out so that they, not "regi" (as in "registered"), are the literals tested first
            r"\b(?:soumis|soumise|regi|regie|regis)\w* (?:au droit|a la loi|par le droit|par la loi)\b",
        ),
        cue(
            # the contract under the laws of a place named otherwise: "le présent contrat est soumis aux lois et
            # réglementations du pays où le logiciel est utilisé" (not "le prestataire respecte les lois")
            0.85,
            r"\b(?:soumis|soumise|soumises|regi|regie|regis|regies)\w* (?:aux lois|par les lois|a la legislation|"
            r"par la legislation)\b",
            # an annex under a foreign law: "le présent DPA est régi par les lois de l'État du Delaware"
            needs=r"\b(?:contrats?|presentes|present (?:accord|dpa|avenant|annexe)|conditions generales|cgv|cgu|"
            r"convention|marche|dpa)\b",
        ),
        cue(
            0.9,
            r"\b(?:competence (?:exclusive )?(?:est )?(?:attribuee )?(?:des|aux) tribunaux|tribunaux? "
            r"(?:competents?|de commerce|judiciaires?|administratifs?)|tribunal (?:competent|de commerce|"
            r"judiciaire|administratif)|attribution de (?:juridiction|competence)|exclusive jurisdiction|"
            # "a court of competent jurisdiction" (severability, notices) names no court (services set 12)
            r"courts? (?:of|in|located in|sitting in) (?!competent\b|law\b|equity\b)[a-z]+|jurisdiction of the courts|"
            r"submit\w* to the "
            r"(?:exclusive |non-exclusive )?jurisdiction|juridictions? (?:competentes?|francaises?))\b",
        ),
        cue(
            # "relève de la compétence des juridictions de Rennes", "compétence exclusive du tribunal de Lille"
            0.9,
            r"\bcompetence (?:exclusive |expresse )?(?:est )?(?:attribuee )?(?:des|du|aux|au) "
            r"(?:juridictions?|tribunaux|tribunal)\b|\b(?:juridictions?|tribunaux|tribunal) (?:de |d')"
            r"(?!l'|la |ce |cet )[a-z]{3,}",
            needs=r"\b(?:competen\w*|attribu\w*|soumi\w*|litiges?|contestations?|differends?|saisi\w*)\b",
        ),
        cue(
            # "régi par les lois françaises", "les lois belges sont applicables" (not "respecte les lois")
            0.9,
            r"\blois (?:francaises|belges|suisses|luxembourgeoises)\b",
            needs=r"\b(?:applicables?|regie?s?|soumise?s?|gouverne\w*)\b",
        ),
        cue(
            # "the agreement is subject to Swiss law", "the exclusive place of jurisdiction is Zurich" (not "subject
            # to applicable law", which names no law)
            0.9,
            r"\b(?:is|are|shall be|will be) subject to (?:the )?(?:laws? of (?:the )?(?!any\b|such\b|your\b)[a-z]+|"
            r"(?!applicable|any|such|local|relevant|mandatory|statutory|the)[a-z]+ law)\b|"
            r"\b(?:place|seat|venue) of jurisdiction\b",
        ),
    ],
    heading=r"\b(?:governing law|droit applicable|loi applicable|jurisdiction|juridiction|attribution)\b",
    veto=_BORROWED_CLAUSES + "|" + _SURVIVAL_LIST,
)

CONTINUITY = rule(
    "continuity",
    "site|bascul|mode|service|repliqu|replication|onduleur|groupe|perte|duree|dmia|pdma|reprendre|restaur|sinistre|"
    "continu|reprise|recover|pca|pra|bcp|drp|rto|rpo|basculement|failover|fail-over|redondan|resilien|"
    "sauvegard|backup|back-up|secours|high|haute|contingency|emergency|alternate|off-site|offsite|"
    "redundant|restor|strike|back up"
    "|secondary|standby|mirror|resum|geograph|single point|22301|crisis management|replicat"
    "|bc/dr|bc /|bcdr|dr test|dr exercise|dr plan|dr site|dr drill|availability zone|backed"
    "|uninterruptible|redundancy|pandemi|epidemi|cyberattaque|datacenter|data center|cellule|crise"
    "|operateurs|hors site|hors des locaux|loss of|work-area|work area|maximum tolerable|redirig"
    "|redirection|re-rout",
    [
        cue(
            0.95,
            r"\b(?:plan de continuite|plan de reprise|plans? de secours|continuite (?:d'activite|de service|"
            r"des services|du service|de la prestation|des prestations|d'exploitation)|business continuity|"
            r"disaster recovery|continuity (?:plans?|of (?:the )?(?:services?|operations|business))|"
            r"pca|pra|bcp|drp|rto|rpo|recovery (?:time|point) objectives?|reprise d'activite)\b",
            # a topic the support desk advises on ("disaster recovery planning guidance"), not a plan required
            unless=r"\bdisaster recovery (?:planning )?(?:guidance|advice|advisory|recommendations|workshops?)\b",
        ),
        cue(
            # the customer can bring the service back up if the provider fails (issue 7, English public set 11):
            # "the Client retains the ability to recover the Suite without the Operator's involvement", "Customer
            # may restore the platform without the Vendor from the escrowed copies"
            0.75,
            r"\b(?:recover|restore|redeploy|re-deploy|rebuild)\w*\s+(?:the |its |their )?(?:\w+ )?(?:services?|"
            r"suite|platform|systems?|application|environment|stack)\b[^.;]{0,40}\bwithout (?:the )?(?:\w+ )?"
            r"(?:operator|provider|supplier|vendor|contractor)\b",
            # the verbs, not the common "without ", are the literals tested first
            literals=("recover", "restor", "redeploy", "re-deploy", "rebuild"),
        ),
        cue(
            0.8,
            r"\b(?:basculement|failover|fail-over|redondan\w*|haute disponibilite|high availability|"
            r"site de secours|secours informatique|recovery (?:and|&) resilience)\b",
            # a failed failover listed as an incident to report ("primary node failover not completing"): severity
            # examples, not a resilience commitment
            unless=r"\bfail-?over (?:not|fail\w*|does not|did not|is not)\b",
        ),
        cue(0.45, r"\bresilien\w*"),
        cue(
            0.8,
            r"\b(?:contingency plans?|emergency (?:plans?|procedures)|recovery plans?|alternate (?:site|facility|"
            r"location)|back-?up (?:site|facility|power|generators?)|off-?site (?:storage|back-?ups?)|"
            r"redundant (?:systems?|facilities|power|servers?|sites?))\b",
            # a plan to catch up a late schedule is no disaster recovery: "a recovery plan whenever it falls behind"
            unless=r"\b(?:destroy\w*|destruction|delet\w*|return\w*|confidential information|behind schedule|falls? "
            r"behind|remedial|corrective action)\b",
        ),
        cue(
            0.75,
            r"\b(?:sauvegardes?|backups?|back-ups?)\b[^.]{0,80}\b(?:quotidien\w*|journalier\w*|regulier\w*|"
            r"daily|weekly|regular|situees?|located|stored|tested|testees?|restaur\w*|restor\w*|retention|"
            r"conserv\w*)",
            unless=r"\b(?:destroy|destruction|delete|deletion|effac\w*|supprim\w*|detrui\w*|"
            r"return|confidential information|informations confidentielles)\b|"
            # the customer's own backups: "le client reste seul responsable de la sauvegarde de ses données"
            r"\ble client\b[^.]{0,40}\bresponsable\b[^.]{0,20}\bsauvegard",
        ),
        cue(
            # the French qualifiers of a backup service: "sauvegardes automatisées", "répliquées sur un second
            # site", "sauvegardes complètes conservées un mois"
            0.75,
            r"\bsauvegardes?\b[^.]{0,80}\b(?:automati\w*|verifiee?s?|repliquee?s?|externalisee?s?|completes?|"
            r"incrementale?s?|hebdomadaires?|chiffree?s?|decentralisee?s?|multi-?regions?|multi-?sites?|"
            r"geo-?repliquee?s?|redondee?s?)\b",
            unless=r"\b(?:effac\w*|supprim\w*|detrui\w*|destruction|informations confidentielles)\b",
        ),
        cue(
            # the qualifier before the noun: "daily automated backups (retained 30 days)", "nightly database backups"
            0.75,
            r"\b(?:daily|nightly|weekly|hourly|automated|automatic|regular|incremental|full|encrypted|off-?site|"
            r"scheduled)\s+(?:automated\s+|automatic\s+|encrypted\s+|full\s+)?(?:database\s+|data\s+|system\s+)?"
            r"back-?ups?\b",
            unless=r"\b(?:destroy|destruction|delete|deletion|effac\w*|supprim\w*|detrui\w*|"
            r"return|confidential information|informations confidentielles)\b",
        ),
        cue(
            # a recovery plan in other words: "a written plan to recover from any Disaster affecting the systems"
            0.85,
            r"\bplans?\b[^.]{0,40}\b(?:to recover|for recover\w*|of recovery) from\b|\brecover\w* from (?:any |a |an |"
            r"the )? ?(?:disasters?|outages?|catastroph\w*|major (?:incidents?|disruptions?)|service disruptions?)",
        ),
        cue(
            0.4,
            r"\b(?:sauvegardes?|backups?|back-ups?)\b",
            # backups named only as wiped at the end (issue 7, round 8): "la cessation des Services entraîne la
            # suppression définitive de tous les contenus, incluant les sauvegardes éventuelles"
            unless=r"\b(?:suppression|supprim\w*|effac\w*|detrui\w*|destruction)\b",
        ),
        cue(
            # recovery in the words of GDPR art. 32: "restore the availability of and access to personal data in a
            # timely manner in the event of a physical or technical incident"
            0.75,
            r"\brestor\w* (?:the )?availability\b",
            needs=r"\b(?:incidents?|outages?|disasters?|failures?|disruptions?)\b",
            unless=r"\[ \]",  # an unticked option of a drafting checklist commits no one
        ),
        # "an emergency plan, tested", "a backup concept": a continuity plan under other names
        cue(0.75, r"\b(?:emergency plans?|backup concepts?|contingency plans?)\b"),
        cue(
            # "shall maintain contingency facilities and procedures", "periodic back-up of the computer files",
            # "redundant connections to the Internet on diverse backbones"
            0.85,
            r"\bcontingency (?:facilities|procedures|arrangements|measures|sites?|operations)\b|\b(?:periodic|"
            r"periodical) back-?ups?\b|\bredundant (?:connections?|links?|lines?|networks?|data cent(?:er|re)s?)\b",
        ),
        cue(
            # a backup taken at a set rhythm and kept elsewhere: "back up the data files at least once each day and
            # store the backup materials in a secure place"
            0.75,
            r"\bback[- ]?ups?\b[^.]{0,80}\b(?:at least )?once (?:each|a|per|every) (?:day|night|week|month)\b|"
            r"\bback[- ]?up\b[^.]{0,80}\bstore\b",
            unless=r"\b(?:destroy|destruction|delete|deletion|return|confidential information)\b",
        ),
        cue(
            # the service kept going through a strike or disaster: "the services will continue to be provided during
            # any strike by a subcontractor acceptable to the other party"
            0.75,
            r"\bcontinu\w* to (?:be provided|provide (?:the )?services?)\b",
            needs=r"\b(?:strikes?|labou?r disruptions?|emergenc\w*|disasters?|outages?)\b",
        ),
        cue(
            # a backup service with its restore: "une sauvegarde ... sur un serveur dédié ... la restauration des
            # données se fait avec l'aide d'un technicien"
            0.7,
            r"\brestaurations? (?:d'une ou )?(?:des|de vos|de ses|de leurs) "
            r"(?:donnees|fichiers|sauvegardes|systemes)\b",
            needs=r"\b(?:sauvegard\w*|backups?)\b",
            unless=r"\b(?:client|utilisateur)\b[^.]{0,40}\b(?:responsable|doit|devra|s'engage|lui appartient)\b"
            r"[^.]{0,40}"
            r"\bsauvegard",
        ),
        cue(
            # a named stand-in keeps the service going: "Continuité : backup consultant désigné pour chaque mission"
            0.7,
            r"\bcontinuite (?:de (?:la )?(?:service|mission|prestation)s? |du service )?:?\s*(?:\w+ ){0,2}(?:backup|"
            r"suppleant|remplacant|secours)\b",
        ),
        # English families from the issue-7 proactive audit (docs/review.md): the provider backs up data,
        # secondary or standby sites, geographic redundancy, no single point of failure, replication to a standby
        # environment, restore tests, business resumption, ISO 22301, service continuity and crisis management.
        cue(
            0.75,
            r"\b(?:shall|will|must)\s+(?:\w+ )?(?:back up|backup|back-up)\b",
            # backup papers for an invoice, a backup contact: nothing is backed up
            unless=r"\b(?:backup|back-up|supporting) (?:documentation|documents?|contact|person)\b|\binvoic\w*",
        ),
        cue(
            0.75,
            r"\b(?:secondary|standby|mirror(?:ed)?|disaster recovery)\s+(?:data cent(?:er|re)s?|sites?|facilit\w+|"
            r"locations?|environments?)\b",
        ),
        cue(
            0.8,
            r"\b(?:geographically (?:separate|distinct|diverse|dispersed|redundant)|no single points? of failure|"
            r"business (?:resumption|recovery|resilience)|iso ?22301|(?:service|operational) continuity|crisis "
            r"management (?:plan|procedure|process))\b",
        ),
        cue(
            0.75,
            r"\breplicat\w*\b[^.]{0,40}\b(?:standby|secondary|backup|disaster|failover|another (?:site|data cent\w+)|"
            r"remote site)\b",
        ),
        cue(
            0.8,
            r"\b(?:test\w*|verif\w*)\s+(?:the )?(?:restoration|restore|recovery) of (?:the )?(?:backups?|data)\b|"
            r"\brestor\w* tests?\b",
        ),
        cue(
            0.75,
            r"\bdisaster\b[^.]{0,80}\brestor\w*|\brestor\w*\b[^.]{0,80}\bdisaster\b|\bresilien\w* (?:and recovery )?"
            r"(?:arrangements|plans?|measures|testing)\b",
        ),
        # Proactive French families (issue 7, s8 audit): fallback sites, switch-over,
        # degraded mode, minimum service, replication, backed-up power, maximum data loss or outage, restoring from
        # backups (not the customer's own backups).
        cue(
            0.75,
            r"\b(?:site (?:de (?:secours|repli|debordement|backup|reprise)|alternatif|distant)|bascul\w*|"
            r"mode degrade|service minimum|repliqu\w*|replication|redondan\w*|redonde\w*|onduleurs?|groupe electrogene|"
            r"perte (?:maximale )?de donnees (?:maximale )?admissible|duree maximale d'interruption|dmia|pdma|"
            r"reprendre l'activite|reprise de l'activite|mesures de resilience)\b",
            needs=r"\b(?:sinistre|pannes?|indisponib\w*|destruction|interruption|incidents?|defaillance|greve|"
            r"mouvement social|crise|catastrophe|secours|temps reel|admissible|serveurs?|electrique|continuite)",
            literals=("site de ", "site alternatif", "site distant", "bascul", "repliqu", "replication", "redond",
                      "onduleur", "groupe electrogene", "de donnees ", "duree maximale d'interruption", "dmia", "pdma",
                      "mode degrade", "service minimum", "reprendre l'activite", "reprise de l'activite",
                      "mesures de resilience"),
        ),
        cue(
            0.7,
            r"\brestaur\w*\b[^.;]{0,80}?\bsauvegardes?\b|\bsauvegardes?\b[^.;]{0,60}?\brestaur\w*",
            unless=r"\bpropres? sauvegardes\b|\ble client (?:est seul responsable|effectue|realise|sauvegarde|"
            r"conserve|restaure)\b",
        ),
        # Second proactive pass (issue 7, s11 audit, tests/test_review_families_second.py): the service kept running
        # through a pandemic, strike or power failure (not a force majeure excuse), the primary site and its
        # fallback, BC/DR tests, recovery facilities, carriers or zones that take over, restoring from backup,
        # generators and UPS, N+1 redundancy (not staff redundancies); in French the "site principal" and its
        # stand-in, activity kept up in a pandemic, twin data centres, crisis cells, recovery tests and procedures,
        # doubled links, copies kept off site, restoring after a disaster (not an insurance claim).
        cue(
            0.75,
            r"\bwithout (?:interruption|disruption)\b|\b(?:keep|maintain|ensure|continue)\w* (?:the |its )?(?"
            r":services?|"
            r"operations?)(?: running| operating| available| uninterrupted)?\b[^.]{0,40}\b(?:during|in the event of|"
            r"in case of|despite|notwithstanding)\b[^.]{0,40}\b(?:strikes?|industrial action|labou?r disputes?|"
            r"pandemic|power failures?|outages?|disasters?|emergenc\w+|crisis)",
            needs=r"\b(?:pandemic|disasters?|emergenc\w*|outages?|strikes?|crisis|failures?|loss|industrial action)\b",
            unless=r"\bforce majeure\b|\bexcus\w*|\bbeyond (?:its|their|the) (?:reasonable )?control\b",
        ),
        cue(
            0.85,
            r"\bbc ?/ ?dr\b|\bbcdr\b|\bdr (?:tests?|exercises?|plans?|sites?|testing|drills?)\b",
            literals=("bc/", "bc /", "bcdr", "dr test", "dr exercise", "dr plan", "dr site", "dr drill"),
        ),
        cue(
            0.85,
            r"\bcontinuity "
            r"(?:arrangements?|measures|procedures|strategy|exercises?|tests?|testing|management)\b|\brecovery "
            r"(?:facilit\w+|sites?|centres?|centers?|environments?|capabilit\w+|solutions?)\b|\bwork[- ]area "
            r"recovery\b",
            unless=r"\bdebts?\b",
        ),
        cue(
            0.75,
            r"\bprimary (?:data cent\w+|sites?|facilit\w+|locations?|contact cent\w+)\b",
            needs=r"\b(?:back-?up|secondary|alternate|recovery|failover|miles|km|kilomet\w*|unavailable|outage|"
            r"disaster|away from)\b",
        ),
        cue(
            0.75,
            r"\bloss of (?:one|a|any|the primary|a single)\b[^.]{0,60}\b(?:does not|will not|shall not|would not|"
            r"without) (?:interrupt|affect|disrupt)|\bmirror\w*\b[^.]{0,60}\b(?:second|secondary|another|separate|"
            r"remote|standby|availability zone|region|site)\b|\b(?:second|multiple|separate|two|several) availability "
            r"zones?\b",
        ),
        cue(
            0.8,
            r"\brestor\w* from (?:the |its |a )?back-?ups?\b|\b(?:shall|will|must|are|is) (?:be )?backed[- ]?up\b|"
            r"\bbacked[- ]?up (?:daily|nightly|weekly|hourly|regularly|every|each|at least|continuously)\b|"
            r"\bbackup (?:policy|strategy|schedule|regime)\b|\b(?:ups (?:units?|systems?)|uninterruptible power"
            r"(?: supplies| supply)?|(?:diesel|standby|emergency|backup) generators?)\b",
            unless=r"\b(?:customer|client|licensee|user)s? (?:is|are|shall be|remains?) (?:solely )?responsible\b|"
            r"\bdestroy\w*|\bdelet\w*|\breturn\w*",
        ),
        cue(
            0.75,
            r"\bredundancy\b",
            # services set 9 adds a maker's redundancy plan for its moulds and tooling
            needs=r"\b(?:components?|systems?|servers?|power|network|infrastructure|sites?|n\+1|2n|geographic\w*|"
            r"links?|carriers?|data cent\w+|redundancy plans?|tooling|moulds?|molds?)",
            unless=r"\b(?:employees?|staff|dismiss\w*|payments?|employment|tupe|severance|workers?)\b",
        ),
        cue(
            0.75,
            r"\bsite principal\b|\bmaint\w* (?:l'activite|le service|les services|les prestations|la production|"
            r"l'exploitation)\b[^.]{0,40}\ben cas de (?:pandemie|epidemie|sinistre|crise|greve|panne|cyberattaque|"
            r"catastrophe|mouvement social)|\ben cas de (?:pandemie|epidemie|cyberattaque|crise sanitaire)\b[^.]{0,80}"
            r"\b(?:maint\w*|assur\w*|continu\w*|teletravail|reprise|bascul\w*|cellule de crise|procedures?)",
            needs=r"\b(?:indisponib\w*|sinistre|secours|bascul\w*|redeploy\w*|repli|autre site|second site|"
            r"pandemie|epidemie|cyberattaque|crise|greve|panne|teletravail)",
            unless=r"\bforce majeure\b|\bsuspen\w*",
        ),
        cue(
            0.8,
            r"\b(?:deux|plusieurs|\d) (?:centres de donnees|datacenters?|data centers?|salles (?:informatique"
            r"s|serveurs|"
            r"machines))\b[^.]{0,60}\b(?:distants?|distincts?|separes?|eloignes?)\b|\bactif[- ](?:passif|actif)\b|"
            r"\bcellule de crise\b|\bprocedures? (?:\w+ )?de (?:reprise|secours|continuite|repli)\b|\btests? de "
            r"(?:reprise|bascule|basculement|restauration|secours|continuite|pca|pra)\b|\bexercices? de (?:reprise|"
            r"bascule|secours|crise|continuite)\b|\bpolitique de sauvegarde\b|\bcapacite de (?:reserve|secour"
            r"s|repli)\b|"
            r"\bpertes? (?:maximale )?de donnees (?:maximale|admissible|tolere\w*)\b|\bdeux operateurs (?:distincts|"
            r"differents)\b|\b(?:liens?|liaisons?|lignes?) (?:\w+ )?(?:doubles|doublees?|redondants?|secourue?s?)\b",
        ),
        cue(
            0.7,
            r"\bgestion de crise\b",
            needs=r"\b(?:plans?|tests?|testee?s?|cellule|procedures?|continuite|reprise)\b",
        ),
        cue(
            0.75,
            r"\b(?:site distant|second site|autre site|hors site|hors des locaux)\b",
            needs=r"\b(?:copi\w*|sauvegard\w*|repliqu\w*|secours)\b",
        ),
        cue(
            0.75,
            r"\bsinistres?\b",
            needs=r"\b(?:retabl\w*|repren\w*|reprise|restaur\w*|redemarr\w*|continuite|secours)\b",
            unless=r"\b(?:assur\w*|indemni\w*|declar\w*)\b",
        ),
        cue(
            0.7,
            r"\bla perte (?:de l'un|d'un|de son|de ses|du site|d'un site|totale)\b",
            needs=r"\b(?:absorb\w*|reprise|secours|continu\w*|reserve|bascul\w*)\b",
        ),
        cue(
            # s11 second round: a second contact centre that takes over, the maximum tolerable downtime, diverse
            # carriers, calls redirected to a second site when the main one fails
            0.8,
            r"\b(?:secondary|alternate|backup|standby) (?:contact|call|delivery|operations?) cent(?:er|re)s?\b|"
            r"\bmaximum tolerable (?:downtime|outage|period of disruption|data loss)\b|\bdiverse (?:carriers|"
            r"routes|routing|"
            r"paths|networks?|providers|links)\b|\bresilient (?:network|connectivity|infrastructure|architect"
            r"ure|systems?|"
            r"design)\b",
        ),
        cue(
            0.75,
            r"\bsite nominal\b|\bsecond (?:plateau|site|centre)\b|\bredirig\w*|\bredirection\b|\bre-?rout\w*",
            needs=r"\b(?:indisponib\w*|sinistre|pannes?|outages?|failures?|unavailab\w*|disasters?|secours|"
            r"defaillance)",
        ),
    ],
    heading=r"\b(?:continuite|continuity|reprise|disaster|recovery|secours|sauvegardes?|backups?|resilience)\b",
    # backups that are the customer's own business, and backups named only as kept until deleted at the end
    veto=r"\b(?:client|customer|licensee|user)s? (?:is|are|shall be|remains?|will be) (?:solely |fully |entirely )?"
    r"responsible for (?:\w+ ){0,2}(?:back(?:ing)?[- ]?up|back-?ups)|\bat (?:the )?(?:client|customer)['’]?s?['’]? "
    r"(?:own |sole )?risk\b|\b(?:return|delete|destroy|erase)\w*\b[^.]{0,60}"
    r"\b(?:customer|client|personal) (?:data|content)\b|"
    # the customer's plans for its own systems: "Customer shall maintain a disaster recovery plan for its own systems"
    r"\b(?:client|customer|licensee)s? (?:shall|will|must) (?:\w+ ){0,2}(?:maintain|have|keep|implement)\b[^.]{0,60}"
    r"\bfor (?:its|their|your) own\b|"
    # the same in French: "le client reste seul responsable de la sauvegarde de ses données"
    r"\ble client (?:est|reste|demeure) (?:seul |pleinement |entierement )?responsable (?:de (?:la |ses |leurs )?)"
    r"sauvegardes?\b|"
    # ... and in other words (issue 7, round 8): "il est de la responsabilité du client de réaliser toutes les
    # sauvegardes nécessaires avant les tests", "il incombe au client de prendre les dispositions pour la sauvegarde"
    r"\bil (?:est de la responsabilite|incombe|appartient) (?:du |au )client\b[^.]{0,80}\bsauvegard|"
    # the provider disclaims the customer's continuity: "le prestataire n'est pas responsable de la continuité
    # d'activité du client, y compris des sauvegardes", "il n'assure pas de sauvegarde dédiée des contenus"
    r"\bn'(?:est|etant) pas (?:responsable|tenue?|garant) (?:de|d'assurer) (?:la )?continuite\b|"
    r"\bn'assure (?:pas|aucune) (?:de )?sauvegardes?\b|"
    # the provider saying it offers none (English public set 12): "we do not provide hosting, backups or disaster
    # recovery", "not liable for a backup you did not keep"
    r"\b(?:we|provider|supplier|vendor|licensor|company) (?:do|does|will|shall) not (?:provide|offer|include|perform|"
    r"supply)\b[^.;]{0,60}\b(?:backups?|back-ups?|disaster recovery|business continuity)\b|"
    r"\bbackups? (?:that )?(?:you|the customer|customer|the client|client) (?:did not|didn't|failed to|do not|"
    r"does not) (?:keep|make|take|run|perform)\b",
)

FORCE_MAJEURE = rule(
    "force_majeure",
    "force majeure|fortuit|beyond|outside|hors de|hors du|independant|act of god|acts of god|controle raisonnable|"
    "controllable|imprevisible|irresistible|insurmontable|1218|echapp|prevu|disaster|pandemic|epidemic|catastroph|"
    "incontrolable|fait du prince",
    [
        cue(
            0.95,
            r"\b(?:force majeure|cas fortuit|acts? of god)\b",
            # force majeure only named among the causes that may push back indicative dates (issue 7, French set
            # 13): a bare list item "- les cas de force majeure" under "les délais sont indicatifs et peuvent être
            # affectés par :", or the same in one sentence; it excuses nothing
            unless=r"^[\W\d]*(?:les|la|le|un|une|des|tout|toute|tous) (?:(?:cas|evenements?|situations?|survenance "
            r"d'une? (?:cas|evenement)) )?(?:de |d'une? )?(?:force majeure|cas fortuit)\W*$|"
            r"\b(?:a titre indicatif|indicatifs?|indicatives?)\b[^.]{0,200}\b(?:force majeure|cas fortuit)\b|"
            # acts of God named only to exclude them from a product warranty excuse nobody (services set 12)
            r"\b(?:not covered by|excluded from) (?:this|the|any|our|such) (?:limited )?warrant(?:y|ies)\b|"
            r"\bwarrant(?:y|ies) (?:does|do|shall|will) not (?:cover|apply)\b",
        ),
        cue(
            0.8,
            # "beyond our reasonable control", "events outside its control"
            # "outside of our reasonable control", "beyond the provider's control" (English public set 12)
            r"\b(?:(?:beyond|outside) (?:of )?(?:its|their|the|our|your|his|her|such party's|a party's|either party's|"
            r"the (?:provider|supplier|vendor|host|company)'s) "
            r"(?:reasonable )?(?:control|influence)|hors de (?:son|leur) "
            r"controle|independante?s? de (?:sa|leur) volonte|echappant a (?:son|leur|sa) (?:controle|volonte))\b",
        ),
        cue(
            # the same control named without an owner (English public set 14): "delays due to circumstances beyond
            # reasonable control"; and causes said to be out of anyone's control: "attacks not being controllable by
            # reasonable measures", "uncontrollable circumstances"
            0.8,
            r"\b(?:beyond|outside) (?:of )?reasonable control\b|\b(?:not\s+(?:being\s+|reasonably\s+)?controllable|"
            r"uncontrollable (?:circumstances?|events?|causes?|forces?))\b",
            # ... or an SLA exclusion item that names what the outage was caused by (English public set 15):
            # "(i) caused by factors outside of reasonable control"
            needs=r"\b(?:liab\w*|excused?|responsib\w*|delays?|failures?|obligations?|caused by|"
            r"unavailab\w*|downtime|outages?|interruptions?)\b",
        ),
        cue(
            # an excuse named by its events: "neither side will be liable for any failure or delay ... caused by a
            # Disaster", "delays due to natural disasters or pandemics"
            0.8,
            r"\b(?:failures?|delays?)\b[^.]{0,100}\b(?:caused by|due to|resulting from|arising from)\b[^.]{0,20}"
            r"(?:natural |_)?(?:disasters?|pandemics?|epidemics?|catastroph\w*)",
            needs=r"\b(?:liab\w*|excused?|responsib\w*)\b",
        ),
        cue(
            # "une cause hors du contrôle raisonnable de la partie", "des faits indépendants de la volonté des
            # parties"
            0.8,
            r"\bhors du controle (?:raisonnable )?(?:de|d'|du|des)\b|\bechappant au controle\b|"
            r"\bindependante?s? de la volonte (?:de |d'|des |du )",
            # an event that excuses someone ("data left outside the provider's control" excuses nothing)
            needs=r"\b(?:responsab\w*|retards?|manquements?|inexecution|suspendu\w*|empech\w*|exoner\w*|"
            r"obligations?|evenements?|causes?)\b",
        ),
        cue(
            0.85,
            r"\b(?:imprevisible|irresistible|insurmontable)s?\b[^.]{0,60}\b(?:imprevisible|irresistible|"
            r"insurmontable|exterieure?)s?\b|\barticle 1218 du code civil\b|"
            # art. 1218 in other words: "ne pouvait être raisonnablement prévu ... ne peuvent être évités"
            r"\b(?:ne pouvait|ne pouvant|ne pouvaient) (?:pas )?etre raisonnablement prevu[^.]{0,150}"
            r"\b(?:evite|surmont)",
        ),
        cue(
            # the French "uncontrollable circumstances" (issue 7, French set 16): "la responsabilité des parties ne
            # saurait être engagée pour tout délai dû à des événements ou circonstances incontrôlables ... fait du
            # prince"
            0.8,
            r"\b(?:evenements?|circonstances?|causes?|faits?)\b[^.]{0,20}\bincontrolables?\b|\bfait du prince\b",
            needs=r"\b(?:responsab\w*|retards?|delais?|manquements?|inexecution|impossibilite|empech\w*|exoner\w*|"
            r"obligations?)\b",
        ),
    ],
    heading=r"\bforce majeure\b",
    veto=_INCORPORATED_LIST,
)

# "à la fin du contrat", "au terme du marché", "en cas de résiliation": the moment of an exit hand-over (French)
_AT_THE_END_FR = (
    r"\b(?:fin|terme|expiration|cessation|issue|echeance|resiliation|extinction|sortie)(?: (?:du|de la|"
    r"de l'|de|des|de votre|de son|de ce))? ?(?:present |presente )?(?:contrat|marche|convention|"
    r"accord|abonnement|prestations|mission)|\bavant (?:le|son) terme\b|\ben cas de (?:resiliation|"
    r"cessation)\b"
)

EXIT = rule(
    "exit",
    "fin|terme|expiration|cessation|issue|echeance|resiliation|portabilite|migration|entrant|sortant|assistan"
    "ce|rendu|copie|"
    "reversib|transition|exit|sortie|restitu|return|delete|destroy|supprim|effac|detrui|retourn|renvo|"
    "successor|successeur|replacement|remplac|transfer|transf|erase|destruct|deletion|"
    "effacement|suppression|restitution|repreneur|new|nouveau|deliver|turn|surrender|remet|transmet|"
    "termination assistance|hand|export|download|remov|hors service|prendre|independan|changer|remis|passation|"
    "disposition|purchase|"
    "continue to use|ship"
    "|hand|export|extract|download|disengag|wind-down|wind down|run-off|migrat|retriev|expiry|laps|repurchas|reacquir"
    "|copy|buy back",
    [
        cue(
            # English public set 12: a copy of the customer's whole site or database on request, time left after a
            # cancellation to collect the files before deletion ("may request at any time a full copy of their site's
            # files and database", "a few days to gather your files before the site is deleted")
            0.75,
            r"\b(?:request|ask)\w*\b[^.;]{0,40}\b(?:a |an )?(?:full|complete|entire|whole) (?:copy|backup|export|"
            r"archive) of (?:\w+ ){0,3}?(?:files|data|databases?|sites?|websites?|content)\b|"
            r"\b(?:time|days?|weeks?|opportunity|chance|period) to (?:gather|collect|retrieve|download|save|back up|"
            r"copy|export|move|transfer) (?:all )?(?:of )?(?:your|its|their|the customer's|the client's) "
            r"(?:\w+ )?(?:files|data|content|databases?|sites?|websites?)\b",
            needs=r"\b(?:cancel\w*|terminat\w*|expir\w*|delet\w*|end of|closure|at any time|upon request|on request)\b",
        ),
        cue(
            # the data stays where the customer keeps it when a subscription or licence lapses (English public set
            # 12): "nothing is deleted, and the data stays in your database", "your content remains on your own server"
            0.75,
            r"\bnothing (?:is|will be|gets|shall be) (?:deleted|erased|removed|lost)\b|\b(?:data|content|records|"
            r"files)\b[^.;]{0,60}\b(?:stays?|remains?|will remain|is kept|are kept|continues? to reside) (?:stored )?"
            r"(?:in|on) (?:your|its|their|the customer's|the client's|the licensee's) (?:own )?(?:database|server|"
            r"systems?|infrastructure|instance|account)s?\b",
            needs=r"\b(?:laps\w*|expir\w*|cancel\w*|terminat\w*|ends?|ended|not renewed|stops?)\b",
        ),
        cue(
            # things contributed or stocked handed or bought back at the end (services set 12): "assets contributed by
            # each party shall be transferred back to that party", "will buy back the distributor's inventory"
            0.75,
            r"\b(?:assets|property|equipment|materials|contributions|inventory|stock)\b[^.;]{0,80}\b(?:transferred|"
            r"returned|handed|given|delivered|conveyed|sold) back\b|"
            r"\b(?:transfer|return|hand|give|deliver|convey)\w* back\b[^.;]{0,40}\b(?:assets|property|equipment)\b|"
            r"\b(?:repurchase|buy back|buy-back|reacquire)\w*\b[^.;]{0,80}\b(?:inventory|stock|remaining "
            r"(?:products|units|goods))\b|"
            r"\b(?:will|shall|agrees? to) (?:re)?purchase\b[^.;]{0,80}\b(?:inventory|stock) of\b",
            needs=r"\b(?:expir\w*|terminat\w*|end of (?:the|this)|ceases?)\b",
        ),
        cue(
            0.95,
            r"\b(?:reversibilite|reversibility|exit (?:plan|assistance|management|strategy|period)|"
            r"plan de (?:sortie|reversibilite)|transition (?:assistance|services|period|plan)|"
            r"assistance (?:a la|de) (?:transition|sortie)|phase de (?:transition|reversibilite)|termination "
            r"assistance|(?:orderly|smooth) transition of (?:the )?services|"
            # "a plan for the orderly hand-over of the Maintenance Services to the Replacement Supplier"
            r"(?:orderly|smooth) hand-?over|hand-?over (?:plan|of (?:the )?(?:\w+ )?services))\b",
        ),
        cue(
            0.85,
            r"\b(?:return|delete|destroy|erase|supprim\w*|effac\w*|detrui\w*|retourn\w*|restitu\w*|renvo\w*)\b"
            r"[^.]{0,80}\b(?:personal data|customer (?:data|content)|client data|donnees|data|contenus?|(?:stored|"
            # "delete all stored contents" at the end; a content taken down after a complaint is not an exit
            r"customer|client) contents?)\b",
            needs=r"\b(?:end|expir\w*|terminat\w*|fin|issue|terme|cessation|after|following|upon|a l'issue|"
            r"resiliation)\b",
        ),
        cue(
            0.85,
            r"\b(?:personal data|customer (?:data|content)|client data|donnees|data|contenus?)\b[^.]{0,60}"
            r"\b(?:restitu\w*|supprim\w*|efface\w*|detrui\w*|returned|deleted|destroyed|erased)",
            needs=r"\b(?:end|expir\w*|terminat\w*|fin|issue|terme|cessation|after|following|upon|a l'issue|"
            r"resiliation)\b",
        ),
        cue(
            0.85,
            r"\b(?:effacement|suppression|restitution|destruction|return|deletion)\s+(?:securise\w* )?"
            r"(?:de l'integralite |de toutes |des |of (?:all )?)(?:donnees|data|customer)",
        ),
        cue(
            0.75,
            r"\b(?:(?:return|deliver|turn over|transfer|surrender)\w*|ship(?:s|ped)? (?:back )?to)\b[^.]{0,80}"
            r"\b(?:records|files|materials|databases?|property|documents|documentation|work product|equipment|"
            r"confidential information|proprietary information)\b",
            needs=r"\b(?:expir\w*|terminat\w*|cessation)\b",
        ),
        cue(
            # "upon termination each party shall return or destroy any Confidential Information of the other"
            0.75,
            r"\b(?:return|destroy|delete|erase)\w*\b[^.]{0,60}\bconfidential information\b|\b(?:restitu\w*|"
            r"detrui\w*|retourn\w*|supprim\w*)\b[^.]{0,60}\binformations? confidentielles?\b",
            needs=r"\b(?:expir\w*|terminat\w*|cessation|fin|terme|resiliation|issue)\b",
        ),
        cue(
            0.8,
            r"\b(?:remet\w*|restitu\w*|transmet\w*|transfere\w*|renvo\w*)\b[^.]{0,80}\b(?:fichiers|historiques?|"
            r"bases? de donnees|enregistrements|documents)\b",
            needs=r"\b(?:expiration|fin|terme|cessation|resiliation|issue)\b",
        ),
        cue(
            # the work handed over as it stands when the contract is broken off (issue 7, round 12): "le prestataire
            # remet au client les travaux dans leur état d'avancement au jour de la rupture"
            0.8,
            r"\b(?:remet\w*|remis\w*|restitu\w*|livr\w*|transmet\w*)\b[^.]{0,60}\b(?:travaux|livrables|"
            r"developpements|codes? sources?|realisations)\b[^.]{0,40}\b(?:dans (?:leur|son|l') ?etat "
            r"(?:d'avancement|actuel)|en l'etat)\b",
            needs=r"\b(?:rupture|resiliation|cessation|(?:fin|terme) (?:anticipee? )?(?:du|de la|de l') ?(?:contrat|"
            r"marche|convention|mission))\b",
        ),
        cue(
            0.75,
            r"\b(?:successor (?:provider|supplier|vendor|contractor|service provider|outsourcer)|replacement "
            r"(?:service )?(?:provider|supplier|vendor|contractor)|new provider|nouveau (?:prestataire|titulaire)|"
            r"prestataire successeur|"
            r"successeur du (?:prestataire|titulaire)|repreneur|prestataire entrant)\b",
        ),
        cue(
            # services set 9: the customer's goods held by the maker handed to it or its nominee at the end ("shall be
            # subject to disposition by the Buyer upon expiration ... and delivered to the Buyer or its designee")
            0.75,
            r"\bdeliver\w*\b[^.]{0,80}\bto (?:the )?\w+ or (?:to )?its (?:designee|nominee)\b|"
            r"\bsubject to disposition by\b",
            needs=r"\b(?:expir\w*|terminat\w*)\b",
        ),
        cue(
            # services set 9: help to move the business on at the end ("upon termination ... cooperate with the Bank
            # in the transition of the business"); a transition at the start is onboarding, hence the needs
            0.8,
            r"\b(?:cooperat\w*|assist\w*|help\w*)\b[^.]{0,60}\bin the (?:orderly )?transition of (?:the |its )?"
            r"(?:business|services?|work|operations|accounts?|functions?)\b",
            needs=r"\b(?:expir\w*|terminat\w*|end of)\b",
        ),
        cue(
            # services set 9: the parties winding the arrangement down after termination ("unwind and minimize costs
            # and exit the agreement within 120 days")
            0.75,
            r"\bunwind\w*\b[^.]{0,80}\bexit (?:the |this )?(?:\w+ )?(?:agreement|arrangement|contract|jsma|"
            r"relationship)\b",
            needs=r"\b(?:expir\w*|terminat\w*)\b",
        ),
        cue(
            # data and documents handed over at the end: "transfert des données et de la documentation", "restitution
            # des données et des documents"
            0.7,
            r"\b(?:transfert|restitution|remise|export)s? (?:des|de l'ensemble des|de toutes les) donnees et "
            r"(?:de la |des |de leur )?(?:documentation|documents)\b",
        ),
        cue(
            # the provider closes the service and helps the client move on: "s'il doit mettre le service hors service,
            # il collaborera avec le client ... et lui fournira une analyse des solutions alternatives"
            0.7,
            r"\bhors service\b[^.]{0,200}\b(?:collabor\w*|accompagn\w*|assist\w*|solutions? (?:alternatives?|de "
            r"remplacement))\b",
        ),
        cue(
            # "upon termination, the Provider will provide the Client with a complete export of their data"
            0.85,
            r"\b(?:export|download|extract|copy|copies)\w*\b[^.]{0,60}\b(?:data|content|databases?|files|records)\b",
            needs=r"\b(?:expir\w*|terminat\w*|end of|cessation|closure|cancel\w*)\b",
            # an audit right ("may examine and copy those books and records") is no hand-over
            unless=r"\b(?:examin|inspect|audit)\w*\b[^.]{0,30}\bcop(?:y|ies)\b",
        ),
        cue(
            # portability: "make Customer Data available to download ... in standardized, machine-readable formats"
            0.7,
            r"\b(?:export|download|retriev|extract)\w*\b[^.]{0,160}\b(?:machine-readable|standard(?:ized|ised)?|"
            r"industry[- ]standard|portable|commonly used|csv|json|sql)\b[^.]{0,50}\bformats?\b",
            needs=r"\b(?:data|content|databases?)\b",
            # "importing and exporting data in machine-readable formats" (a skill, an interface) is no exit
            unless=r"\bimport\w*\s*(?:and|or|/)\s*(?:\w+\s+)?export\w*",
        ),
        cue(
            # the customer's own right to take its data out whenever it wants (issue 7, English public set 11): "the
            # Client may export them at any time without the Operator", "Customer can retrieve its content at any time"
            0.7,
            r"\b(?:customer|client|licensee|you)\s+(?:may|can|is entitled to|has the right to)\s+(?:\w+ ){0,2}?"
            r"(?:export|download|retrieve|extract)\w*\b[^.;]{0,80}\bat any time\b",
            needs=r"\b(?:data|content|backups?|databases?|files|records)\b",
        ),
        cue(
            # the work in progress handed over when the contract stops early: "work completed to date will be
            # delivered in its current state"
            0.7,
            r"\bwork (?:completed|performed|done|in progress|product)\b[^.]{0,20}\b(?:to date|so far|up to (?:the )?"
            r"(?:date|effective date) of termination|through (?:the )?(?:date of )?termination)\b[^.]{0,40}"
            r"\b(?:delivered|handed over|turned over|transferred|returned)\b",
        ),
        cue(
            # data wiped from the provider's systems at the customer's request or at the end
            0.6,
            r"\b(?:removed|deleted|erased|purged|destroyed)\b[^.]{0,20}\bfrom (?:the )?(?:provider's |supplier's |"
            r"vendor's |its |our |their )?(?:provider |supplier |vendor )?(?:records|systems|servers)\b",
        ),
        cue(
            # what happens to the records and know-how at the end: "upon termination, the consultant will perform the
            # necessary information transfer", "before termination the client gives instructions on the disposition
            # of the records"
            0.75,
            r"\b(?:information|knowledge|know-how|data|records?) transfer\b|\bdisposition of (?:the |all |its |such )?"
            r"(?:records|data|files|materials|documents)\b",
            needs=r"\b(?:expir\w*|terminat\w*|cessation|end of (?:the|this) (?:agreement|term|contract))\b",
        ),
        cue(
            # the customer may keep the service going after the end: "may continue to use the facility for six months
            # following termination", "will have the right to purchase a licensed copy of the software" when the
            # provider ends the contract
            0.75,
            r"\bcontinue to use\b[^.]{0,160}\b(?:following|after) (?:the )?(?:date of )?(?:actual )?"
            r"(?:terminat|expir)\w*|"
            r"\bright to (?:purchase|acquire|buy)\b[^.]{0,40}\b(?:licen[cs]ed? (?:copy|copies)|software|equipment|"
            r"assets)\b",
            needs=r"\b(?:expir\w*|terminat\w*)\b",
        ),
        cue(
            # handed back when the service ends: "les données ... seront restituées au terme de la prestation"
            0.8,
            r"\b(?:seront|sera|sont|est) (?:restitue\w*|rendue?s?|remise?s?) (?:au terme|a la fin|a l'issue|en fin)\b",
            needs=r"\b(?:donnees|documents|fichiers|contenus|codes?|livrables)\b",
        ),
        cue(
            # a hand-over to the client or the next provider: "accompagnement de passation", "remise des documents
            # de travail produits"; the award of a public contract ("passation du marché") is not one
            0.75,
            r"\baccompagnement (?:de|a la) passation\b|\bpassation (?:de (?:la )?(?:mission|dossiers?|connaissances?|"
            r"competences?|service)|aux? (?:equipes? du client|nouveau prestataire|successeur))\b|"
            r"\bremise des (?:documents|livrables|travaux|dossiers|fichiers)\b",
            needs=r"\b(?:resiliation|fin|terme|expiration|transition|passation|cessation)\b",
        ),
        cue(
            # the client free to move to another provider: "vous pourrez facilement prendre un autre prestataire"
            0.7,
            r"\b(?:prendre|choisir|passer a) (?:un autre|le nouveau) prestataire\b|\bchanger (?:librement )?de "
            r"prestataire\b",
        ),
        # English families from the issue-7 proactive audit (docs/review.md): hand-over at the end, copies or
        # materials returned upon termination, a database extract, data available for download, disengagement
        # and wind-down services, an orderly migration to another host.
        cue(
            0.75,
            r"\b(?:hand (?:over|back)|handover|hand-over)\b",
            needs=r"\b(?:end|expiry|expiration|terminat\w*|successor|replacement|exit)\b",
        ),
        cue(
            0.75,
            r"\b(?:upon|on|after|following|within \w+ (?:\(\d+\) )?days (?:of|after)) (?:the )?(?:any )?(?:termination|"
            # a dot followed by a digit is a clause number ("under clauses 11.2 or 11.4"), not a sentence end
            r"expiry|expiration|end)\b(?:[^.]|\.\d){0,80}\b(?:return|destroy|delete|erase|deliver|hand over|surrender|"
            r"provide|make available|export)\w*\s+(?:\w+ ){0,3}?(?:copies|materials|documents|documentation|records|"
            r"data|equipment|property|files|assets|software|keys|extract|export|database|"
            # a deposit or stock handed back at the end (issue 7, services set 8): "upon termination the agent will
            # deliver the deposited material to the owner", "return all remaining samples and inventory"
            r"material|samples|inventory|stock)\b",
        ),
        cue(
            0.75,
            r"\bavailable for (?:download|export|retrieval|extraction)\b",
        ),
        cue(
            0.8,
            r"\b(?:disengagement|wind[- ]?down (?:period|services|assistance)|run-off (?:period|services))\b",
        ),
        cue(
            0.75,
            r"\b(?:orderly|smooth) (?:migration|transfer|transition|handover|hand-over|wind[- ]?down)\b|\bmigrat\w*\b"
            r"[^.]{0,60}\b(?:another|new|successor|replacement|alternative) (?:host|provider|supplier|vendor|platform|"
            r"system)\b",
        ),
        # Proactive French families (issue 7, s8 audit): handing back, moving or
        # erasing data, files or equipment when the contract ends, in either order ("les documents et fichiers du
        # Client lui sont rendus à l'issue du marché", "à l'expiration du contrat, les badges sont restitués");
        # help to the successor; portability towards another provider.
        cue(
            0.75,
            # two cues, one per order: each pattern is then a sequence, so a passage must hold a verb AND an
            # object before the regex runs (English "transfer ... documents" alone is common)
            r"\b(?:restitu|rend|remet|remis|transfer|export|recuper|migr|transmet|renvo|retourn|detrui|efface|"
            r"supprim|copie)\w*\b[^.;]{0,80}?\b(?:donnees|fichiers|documents|dossiers|equipements|materiels?|"
            r"supports|badges|actifs|licences|bases de (?:donnees|connaissances)|codes? sources?|archives|biens)\b",
            needs=_AT_THE_END_FR,
        ),
        cue(
            0.75,
            r"\b(?:donnees|fichiers|documents|dossiers|equipements|materiels?|supports|badges|actifs|archives|"
            r"biens)\b[^.;]{0,80}?\b(?:restitu|rendu|remis|transfer|export|recupere|migre|transmis|renvoy|"
            r"retourne|detruit|efface|supprime)\w*",
            needs=_AT_THE_END_FR,
        ),
        cue(
            0.75,
            r"\b(?:titulaire|prestataire) (?:entrant|sortant)\b|\bnouveau (?:titulaire|prestataire)\b|"
            r"\b(?:successeur|repreneur)\b",
            needs=r"\b(?:transition|passation|reprise (?:effective |des prestations|de l'activite)|transfert "
            r"(?:des prestations|de competences|de l'activite)|collabor\w*|assistance)\b",
        ),
        cue(
            0.8,
            r"\b(?:assistance|aide|concours) (?:au|a la) (?:transfert|migration|reprise|transition)\b|"
            r"\bportabilite\b[^.;]{0,80}?\bmigration\b|\bmigration\b[^.;]{0,60}?\b(?:autre|nouveau) (?:fournisseur|"
            r"prestataire|hebergeur|titulaire)\b",
            unless=r"\bdroit a la portabilite\b|\bpersonnes? concernees?\b|\bsollicit\w*|\bdemander la portabilite\b",
        ),
        # French set 13 (issue 7): the site's elements or a backup of its contents handed to the client on request
        # or when the contract ends ("sur simple demande, le prestataire lui fournira une sauvegarde des contenus");
        # the client's originals given back to it; the results made available so that a third party can go on.
        cue(
            0.8,
            r"\b(?:lui|leur|vous) (?:livr|remet|fourni|transmet|restitu|communiqu|rend|envoi|envoie)\w*\b[^.;]{0,60}"
            r"\b(?:sauvegardes?|copies?|elements|fichiers|sources|contenus|archives|exports?)\b(?: [\w']+){0,4}? "
            r"(?:(?:du|des|de ses|de son|de leur|de l'|de la) )?(?:sites?|contenus?|donnees|application|bases? de "
            r"donnees|realisation|developpements|codes? sources?)\b",
            needs=r"\bsur (?:sa |leur |simple |premiere )?(?:simple )?demande\b|"
            r"\ba (?:sa|leur|la) (?:simple |premiere )?demande\b|\bresili\w*|"
            r"\b(?:fin|terme|expiration|cessation|issue)\b",
        ),
        cue(
            0.8,
            r"\boriginaux\b[^.;]{0,100}\brestitu\w*(?: (?:les|la|le|l'|leur))? (?:au client|a l'acheteur|a son client|"
            r"a celui-ci)\b|\boriginaux (?:[\w']+ ){0,4}?(?:remis|confies|fournis|transmis) (?:par le client|par "
            r"celui-ci)\b[^.;]{0,80}\brestitu\w*",
        ),
        cue(
            0.8,
            r"\b(?:met(?:tra|tront|tre|tent)? a (?:la )?disposition|remet\w*|transmet\w*|livr\w*|fourni\w*|restitu\w*)"
            r"\b[^.;]{0,200}\b(?:afin|pour|permettant|de sorte)\b[^.;]{0,40}\b(?:(?:poursuite|reprise|continuation|"
            r"achevement|finalisation)\b(?: [\w']+){0,4}? par (?:un tiers|un autre prestataire|un nouveau prestataire|"
            r"le nouveau prestataire|son successeur)|a (?:un tiers|un autre prestataire|un nouveau prestataire|"
            r"son successeur) de (?:poursuivre|reprendre|terminer|achever|finaliser|continuer))\b",
        ),
    ],
    heading=r"\b(?:reversibilit|exit|transition|sortie|fin du contrat|"
    r"effets de la (?:resiliation|fin)|end of (?:the )?(?:agreement|contract)|"
    r"restitution|effects? of termination|consequences|(?:data|records|information) (?:upon|on|after|following) "
    r"(?:termination|expiry|expiration))\b",
)

# In a French processor agreement "le Sous-traitant" is the processor and "le Responsable" the controller, and
# "le présent accord" the agreement itself: only the consent and liability wordings speak of subcontracting.
_ACCORD = r"accord (?:prealable|ecrit|expres|du client|du responsable|de l'acheteur)"
_REMAINS_LIABLE = r"(?:reste|demeure|restera|demeurera|pleinement|entierement|seul) responsable"

# Confidential information disclosed to the people who need it (final English set, a very common clause): "may
# disclose it to its employees, advisers and subcontractors who have a need to know", "aux seuls membres de son
# personnel et sous-traitants ayant besoin d'en connaître" - who may read a secret, not who may do the work
_NEED_TO_KNOW = (
    r"\bneed to know\b|\bneed-to-know\b|\bbesoin d'en connaitre\b|\bnecessaire(?:s)? a (?:la|leur) connaissance\b"
)

SUBCONTRACTING = rule(
    "subcontracting",
    "tierc|partenaire|dc4|recours|delocalis|acte|paiement|"
    "sous-trait|subcontract|sub-contract|subprocessor|sub-processor|tiers|third part|delegat|processor|confier|"
    "deleguer|delegate|independent contractors|outside contractors|delegu|confie|contract with|transfer|hand over|"
    "entrust|engage"
    "|third-party|its own|teaming|team|freelanc|outsourc|franchisee|remain|offshor|subconsult|sub-consult|affiliat"
    "|faire appel|fait appel|operated by|autorisation",
    [
        cue(
            # the GDPR's own form of a sub-processor authorisation, said without the word (issue 7, round 15):
            # "par autorisation générale écrite (article 28.2 du RGPD), l'intervention des catégories suivantes"
            0.85,
            r"\bautorisation (?:ecrite )?(?:prealable )?(?:generale|specifique)(?: ou (?:generale|specifique))? "
            r"(?:ecrite|prealable)\b|\barticle 28[.(] ?[24]\)? du (?:rgpd|reglement)\b",
        ),
        cue(
            # US federal teaming: "contractor team arrangements (CTA) are permitted", "teaming agreements with other
            # schedule holders must be submitted" - the prime working with other firms on the order
            0.8,
            r"\b(?:contractor team(?:ing)? arrangements?|teaming (?:arrangements?|agreements?|partners?))\b",
        ),
        cue(
            0.9,
            r"\b(?:sous-traitan\w*|sous-trait\w*|subcontract\w*|sub-contract\w*|sub-?processors?|"
            r"subprocessors?)\b[^.]{0,120}\b(?:autoris\w*|" + _ACCORD + r"|consent\w*|approv\w*|agrement|accept\w*|"
            # "inform" the customer, not "information" (final English set: "subcontractors who have a need to know
            # ... keep such information confidential")
            r"inform(?!ation)\w*|"
            # an objection, not object storage (issue 7, English public set 11: "snapshots deleted from the cold-tier
            # subprocessor, subject to subprocessor object-lock retention windows")
            r"notif\w*|object(?![- ](?:lock|storage|store)\b)\w*|flow|impose\w*|memes obligations|"
            r"same (?:obligations|standard)|"
            r"substantially similar|" + _REMAINS_LIABLE + r"|liable|responsible|declar\w*|list)",
            # the processor ("le sous-traitant" of the GDPR) notifying a data breach (issue 7, s16 audit): no other
            # firm is named, the word is its role
            unless=_NEED_TO_KNOW + r"|^(?![\s\S]*\b(?:sous-traitants|ulterieurs?|autre sous-traitant|sous-traiter|"
            r"sous-traitance|subcontract\w*|sub-?processors?)\b)[\s\S]*\bviolations? (?:de (?:donnees|securite)|des "
            r"donnees)\b",
        ),
        cue(
            0.9,
            r"\b(?:autoris\w*|" + _ACCORD + r"|consent\w*|approv\w*|agrement|accept\w*|may|peut|pourra|shall not|"
            r"will not|ne peut|ne doit pas|ne pourra|not (?:to )?engage|recourir a|(?:a|avoir|aura) recours a|"
            r"engage)\b[^.]{0,80}"
            r"\b(?:sous-trait\w*|subcontract\w*|sub-contract\w*|sub-?processors?|subprocessors?|autre "
            r"sous-traitant|another processor)\b",
            # the provider allowed to process data only as the processor (issue 7, round 10): "il n'est autorisé à
            # traiter ces données qu'en qualité de sous-traitant" is its role under the GDPR, not subcontracting
            unless=r"^(?![\s\S]*\b(?:sous-traitants|ulterieurs?|autre sous-traitant|sous-traiter|sous-traitance|"
            r"subcontract\w*|sub-?processors?)\b)[\s\S]*?\b(?:en qualite de|en tant que|agi\w* comme|au titre de|"
            r"qualite de) sous-traitant\b|" + _NEED_TO_KNOW,
        ),
        cue(
            0.8,
            r"\b(?:third parties|tiers)\b[^.]{0,80}\b(?:participant a|involved in|contribution|mise en "
            r"oeuvre|mise en ouvre|implementation)\b",
        ),
        cue(
            0.85,
            r"\b(?:confier|deleguer|delegate|subcontract|sous-traiter)\b[^.;]{0,40}\b(?:tout ou partie|l'execution|une "
            r"partie|any (?:part|portion)|all or (?:any )?part|(?:any|all) of (?:its|the) (?:obligations|services|"
            r"duties))\b[^.;]{0,60}\b(?:tiers|autre (?:entreprise|societe|prestataire)|third part\w*|another "
            r"(?:company|provider|entity|person))",
        ),
        cue(
            # the third party named first: "confier à un tiers l'exécution d'une partie des prestations"; or a
            # partner: "déléguer certaines prestations à un partenaire agréé"
            0.85,
            r"\b(?:confier|confie|deleguer|delegue|deleguera|sous-traiter)\b[^.;]{0,20}\b(?:a (?:un|des) tiers|"
            r"a une autre (?:entreprise|societe)|a un autre prestataire)\b[^.;]{0,40}\b(?:execution|tout ou partie|"
            r"une partie|prestations?|obligations?|services)\b|\b(?:deleguer|delegue|deleguera|deleguent)\b[^.;]{0,40}"
            r"\b(?:prestations?|services|execution|obligations)\b[^.;]{0,40}\b(?:partenaires?|tiers|prestataires?|"
            r"societes? tierces?|collaborat\w+|confreres?)\b",
            # the customer handing its own checks to a third party is not the provider's subcontracting
            unless=r"\ble client (?:peut|pourra|se reserve le droit de) (?:confier|deleguer)\b",
        ),
        cue(
            # "may employ the services of third parties to the extent reasonably necessary", "may engage independent
            # contractors" ("use third party software" is not one: the services of a third party are needed)
            0.8,
            r"\b(?:use|employ|engage|retain|utili[sz]e)\w*\s+the services of\s+(?:one or more\s+|any\s+)?(?:third "
            r"part(?:y|ies)|other (?:companies|contractors|persons|entities))\b|\b(?:use|employ|engage|retain|"
            r"utili[sz]e)\w*\s+(?:one or more\s+|any\s+)?(?:third[- ]party|independent|outside) (?:contractors|"
            r"service providers|vendors)\b",
        ),
        cue(
            # "Provider may contract with others to provide computer systems used to provide the Service"
            0.75,
            r"\bcontract with (?:others|third parties|other (?:companies|providers|vendors|suppliers|firms|entities)|"
            r"(?:one or more )?(?:third[- ]party|outside) (?:providers|vendors|suppliers|contractors))\b[^.]{0,20}"
            r"\bto (?:provide|perform|supply|host|run|operate|deliver)\b",
            needs=r"\b(?:may|can|is entitled to|shall be entitled to|reserves the right to|will|shall)\b",
            # the customer's freedom to buy elsewhere is no subcontracting: "Customer may contract with other
            # vendors to provide similar services"
            unless=r"\b(?:customer|client|licensee|buyer|purchaser)s? (?:may|can|is free to|shall be free to|reserves)",
        ),
        cue(0.35, r"\b(?:subcontractors?|sous-traitants?|sub-?processors?)\b", unless=_NEED_TO_KNOW),
        cue(
            # delegation of the duties: "neither party shall delegate the performance of its duties without consent",
            # "shall not assign its rights or delegate its obligations"
            0.8,
            r"\bdelegat\w* (?:\w+ ){0,2}?(?:its|their|any of its|the performance of (?:its|their|any of its))\s+"
            r"(?:\w+ )?(?:duties|obligations|responsibilities)\b",
            needs=r"\b(?:consent|approv\w*|shall not|may not|will not|not be permitted|without|not grant\w*|"
            r"no right)\b",
        ),
        cue(
            # the work handed to others: "may engage one or more parties, including affiliates, to provide some or
            # all of the Services", "shall not transfer the carriage of goods to any third party"
            0.8,
            r"\bto (?:provide|perform) (?:some or all|all or (?:any )?(?:part|portion)|any (?:part|portion)) of "
            r"the services\b|\b(?:transfer|hand over|entrust)\w*\b (?:\w+ ){0,3}?(?:carriage|services?|work|"
            r"performance|tasks?|transport\w*)\b[^.]{0,40}\bto (?:any |a |another )?(?:third part(?:y|ies)|other "
            r"(?:carriers?|contractors?|operators?))\b",
            needs=r"\b(?:third part(?:y|ies)|affiliates?|other parties|one or more parties|carriers?|"
            r"subcontract\w*|operators?)\b",
            # the customer's licence restrictions (final English set): "shall not rent, lease, sublicense, transfer
            # or otherwise make the Services available to any third party"
            unless=r"\b(?:rent|lease|lend|sell|resell|sublicen[cs]e)\b",
        ),
        cue(
            # "we may include third parties in the provision of our services"
            0.8,
            r"\b(?:include|involve|engage|use|appoint)s? third parties (?:in|for) (?:the )?(?:provision|performance|"
            r"delivery) of\b",
        ),
        cue(
            # "access is limited to personnel or subcontractors who ... are bound by terms as restrictive as these"
            0.8,
            r"\b(?:subcontractors?|sub-?processors?)\b[^.]{0,120}\b(?:are|be|is) bound by\s+(?:\w+\s+){0,3}(?:terms|"
            r"obligations|conditions|provisions|restrictions)\s+(?:\w+\s+){0,2}(?:as (?:restrictive|protective|"
            r"stringent)|no less (?:restrictive|protective|stringent|onerous)|equivalent|the same|"
            r"substantially similar|at least as)",
        ),
        cue(
            # the arrangements shown to the buyer: "the Contractor shall provide any finalized teaming/subcontractor
            # arrangements at the kick-off"
            0.7,
            r"\b(?:provide|submit|disclose|identify|furnish)\w*\b[^.]{0,60}\bsubcontract(?:or|ing)?s?\s+(?:ar"
            r"rangements?|"
            r"agreements?|plans?|lists?)\b",
        ),
        # English families from the issue-7 proactive audit (docs/review.md): flow-down, delegated performance,
        # subcontracts awarded or their content, liability for subcontractors' acts, subcontracting prohibited,
        # subcontractors made to comply, paid or named, third-party service providers, work done with own staff.
        cue(
            0.8,
            r"\bflow(?:s|ed)?[- ]down\b|\b(?:award\w*|enter\w* into|plac\w*|let)\s+(?:any |a |each )?sub-?contracts?\b|"
            r"\b(?:any|each|every|all) sub-?contracts?\b[^.]{0,20}\b(?:shall|will|must)\s+(?:\w+ )?(?:contain|include|"
            r"incorporate|impose|require)\b",
        ),
        cue(
            0.75,
            r"\b(?:delegate|assign|transfer|entrust)\w*\s+(?:the )?(?:performance|provision|execution) of\b",
            needs=r"\b(?:third part(?:y|ies)|subcontract\w*|approv\w*|consent)\b",
        ),
        cue(
            0.8,
            r"\b(?:acts|omissions|acts (?:and|or) omissions|performance|conduct|breach\w*)\s+of (?:its|any|such|the) "
            r"(?:sub-?contractors|sub-?processors)\b|\bsub-?contracting\b[^.]{0,60}\b(?:prohibited|not permitted|"
            r"forbidden|not allowed)\b",
        ),
        cue(
            0.75,
            r"\b(?:ensure|procure|cause|require)s?\s+(?:that )?(?:its|any|all|each|such) (?:sub-?contractors|"
            r"sub-?processors)\b|\bpay (?:its|any|all) sub-?contractors\b|\b(?:identity|identities|names?|list)\s+of "
            r"(?:each|any|all|its|the) (?:sub-?contractors?|sub-?processors?)\b",
        ),
        cue(
            0.75,
            r"\b(?:use|engage|rely on)\s+third[- ]party (?:service providers|vendors|suppliers|contractors)\b",
        ),
        cue(
            0.7,
            r"\b(?:with|by) its own (?:employees|personnel|staff|workforce)\b",
            needs=r"\b(?:at least|\d+ ?%|percent)\b",
        ),
        # Proactive French families (issue 7, s8 audit): the provider's subcontractors
        # named as such ("ses sous-traitants", "un nouveau sous-traitant", "sous-traitants ultérieurs"), public
        # procurement forms (DC4, "acte spécial", "paiement direct"), third firms used under consent or guarantee.
        cue(
            0.65,
            r"\b(?:ses|leurs|nos|chacun de ses|un nouveau|nouveau|autres?) sous-traitants?\b|"
            # "la liste des sous-traitants ultérieurs en Annexe 3": a bare pointer, even under a heading naming them
            r"\bsous-traitants? (?:ulterieurs?|de (?:premier|second) rang)\b(?![^.;]{0,30}\bannexe)|"
            r"\bsous-traitance (?:totale|partielle)\b|"
            r"\bacte special\b|\bdeclaration de sous-traitance\b|\bdc4\b|\bpaiement direct\b|"
            r"\bles sous-traitants (?:intervenant|presentes|acceptes|agrees|retenus)\b|"
            r"\bdirectement ou par (?:un|ses|des) sous-traitants?\b|"
            r"\bsous-traitance\b[^.;]{0,60}?\b(?:est|sont) (?:interdite|prohibee|exclue|autorisee|soumise)\b",
            unless=r"\ben annexe\b|\bannexe \d",
        ),
        cue(
            0.75,
            r"\b(?:recours a des tiers|(?:societes|entreprises|prestataires) (?:tierces|tiers|partenaires)|"
            r"transporteurs partenaires|partenaires (?:de son choix|habilites))\b",
            needs=r"\b(?:accord|consentement|autoris\w*|agrement|garants?|responsables?|interdit\w*|prealable|"
            r"inform\w*)\b",
        ),
        cue(
            # the provider handing its own work to another firm, with the customer's say (issue 7, services set 8):
            # "the Operator may appoint a qualified third party to operate and maintain the plant, subject to the
            # Owner's prior written approval"
            0.75,
            r"\bmay (?:appoint|engage|retain|designate) (?:an? |one or more )?(?:\w+,? ){0,3}third[- ]part(?:y|ies)\b"
            r"[^.]{0,120}\bto (?:operate|perform|provide|maintain|carry out|service)\b",
            needs=r"\b(?:approv\w*|consent|notify|notice|remain\w* (?:liable|responsible)|relieve)\b",
        ),
        cue(
            # English public set 9 and services set 10: the work handed to outside people without the word
            # subcontract ("freelancers or contractors may be used in place of our employees", "will not outsource
            # the work without your agreement", "either party may use a third-party web host, whose acts are deemed
            # its own", "will contract with a nationwide service provider to fulfil the orders")
            0.8,
            r"\b(?:freelancers?|contractors|agency workers)\b[^.]{0,40}\b(?:may|will|can) be (?:used|engaged|employed)"
            r"\b[^.]{0,40}\b(?:in place of|instead of|alongside|to (?:complete|perform|deliver|provide))\b|"
            r"\b(?:shall|will|may) not outsource\b|\boutsourc\w* (?:the |any |all |its )?(?:work|services?|"
            r"obligations)\b[^.]{0,60}\b(?:consent|agreement|approval)\b|"
            r"\bmay use (?:an? |one or more )?third[- ]part(?:y|ies) (?:\w+ ){0,2}(?:hosts?|providers?|vendors?|"
            r"contractors?)\b[^.]{0,150}\b(?:deemed|liable|responsible)\b|"
            r"\b(?:will|shall) contract with (?:an? |one or more )?(?:\w+ ){0,3}(?:service providers?|vendors?|"
            r"suppliers?|carriers?|couriers?|contractors?)\b[^.]{0,30}\bto (?:fulfil\w*|perform|provide|deliver|"
            r"ship)\b",
            literals=("freelancer", "contractors", "agency workers", "outsourc", "may use", "contract with"),
            # the customer free to buy the same from other vendors is no subcontracting
            unless=r"\b(?:customer|client|buyer|purchaser)s? (?:will|shall|may|is free to) contract with\b|"
            r"\bsimilar (?:services|products)\b",
        ),
        cue(
            # services set 10: a licensee answering for the franchisees who run its stores ("shall cause each
            # franchisee to perform these obligations and remain liable for the acts and omissions of each
            # franchisee"); its own employees are staff, not subcontractors
            0.75,
            r"\bremains? (?:fully )?(?:liable|responsible) for (?:the |all )?acts (?:and|or) omissions of "
            r"(?:its |each |any |such |the )?(?:franchisees?|contractors|vendors|service providers)\b",
            needs=r"\b(?:cause|perform\w*|fulfil\w*|obligations)\b",
        ),
        # Third pass of families (issue 7, s16 audit, tests/test_review_families_third.py): work offshored or
        # delegated to a third-party call centre, subconsultants, the provider's affiliates doing the work, the
        # clause carried into every subcontract, engaging or using subcontractors; in French "faire appel à des
        # prestataires", "recours à un sous-traitant", the provider's subcontractors bound or answered for, the
        # activity moved to a third-party centre.
        cue(
            0.8,
            r"\b(?:offshor\w*|outsourc\w*|delegat\w*|subcontract\w*)\b[^.]{0,60}\bto (?:a |an |any |another )?"
            r"(?:third[- ]party (?:contractors?|call cent(?:er|re)s?|contact cent(?:er|re)s?|vendors?|(?:service )?"
            r"providers?)|(?:another|other) (?:call cent(?:er|re)|contact cent(?:er|re)|providers?|vendors?|"
            r"contractors?))\b",
            unless=r"\b(?:customer|client)s? (?:may|can|is free to)\b",
        ),
        cue(
            0.75,
            r"\bsub-?(?:consultants?|vendors?|suppliers?)\b",
            needs=r"\b(?:consent|approv\w*|responsible|liable|shall not|may not|written)\b",
        ),
        cue(
            0.75,
            r"\b(?:use|engage|appoint|rely on)\s+(?:any of |one or more of )?its affiliates\b[^.]{0,40}\bto "
            r"(?:perform|provide|deliver)\b|\b(?:perform|provide)\w*\b[^.]{0,40}\b(?:through|by) (?:any of |one or "
            r"more of )?its affiliates\b",
        ),
        cue(
            0.8,
            r"\b(?:include|insert|incorporate)\w*\b[^.]{0,60}\bin (?:all|any|each|every) (?:sub-?contracts|"
            r"lower[- ]tier (?:sub-?)?contracts)\b|\b(?:any|each|every|all) sub-?contracts?\b[^.]{0,40}\b(?:entered "
            r"into|awarded|placed)\b|\b(?:facility|site|cent(?:er|re)) operated by (?:another|a third|any other|a "
            r"different) (?:company|party|provider|entity)\b",
        ),
        cue(
            0.75,
            r"\b(?:engag(?:e|es|ed|ing)|appoint(?:s|ed|ing)?|select(?:s|ed|ing)?|retain(?:s|ed|ing)?|use of|"
            r"engagement of|appointment of)\s+(?:any |a |an |each |new |such |the )?(?:sub-?contractors?|"
            r"sub-?processors?)\b",
            unless=_NEED_TO_KNOW,
        ),
        cue(
            0.75,
            r"\b(?:faire|fait|fera|font) appel a (?:des|un|une|d'autres|ses|de nouveaux) (?:prestataires?|societes?|"
            r"entreprises?|partenaires?|tiers|sous-traitants?)\b|\brecours a (?:un|des|tout|de nouveaux|un nouveau) "
            r"sous-traitants?\b|\brecours a (?:des|un|une) (?:intervenants?|prestataires?|societes?|entreprises?|"
            r"personnels?) (?:exterieur\w*|tiers|tierces?|externes?)\b|\b(?:envisage|entend|souhaite|prevoit|propose)"
            r"\w* de sous-traiter\b",
            unless=r"\ble client (?:peut|pourra|reste libre|se reserve)|\bsimilaires\b",
        ),
        cue(
            0.75,
            r"\bsous-traitants\b[^.]{0,60}\b(?:sont|seront) (?:soumis|tenus|astreints)\b|\bsous-traitants? du "
            r"(?:prestataire|titulaire|fournisseur)\b|\bsous-traitants? qu'il (?:aura |a )?(?:choisi|retenu|designe|"
            r"agree|mandate)s?\b|\b(?:actes?|actions?|fautes?|manquements?|agissements?) (?:de ses|des) "
            r"sous-traitants\b",
            # secrets passed to the staff or subcontractors who need them (French public set 10): "ne les
            # communiquer qu'aux membres de son personnel ou sous-traitants qui en ont besoin et qui sont soumis à ..."
            unless=_NEED_TO_KNOW + r"|\b(?:communiqu\w*|divulg\w*|transmett\w*|en ont besoin)\b",
        ),
        cue(
            0.75,
            r"\b(?:transfert|delocalisation|deplacement)\b[^.;]{0,60}\bvers (?:un|une|des) (?:centres? d'appels?|"
            r"centres? de contacts?|plateaux?|sites?|prestataires?|societes?|entreprises?) (?:tiers|tierces?|"
            r"exterieur\w*)\b",
            needs=r"\b(?:accord|agrement|autoris\w*|interdit\w*|prealable)\b",
        ),
        cue(
            0.75,
            r"\b(?:engage|use|appoint|retain)\w*\s+(?:\w+ )?(?:partners|resellers|contractors|service providers)\b"
            r"[^.]{0,30}\bto (?:deliver|perform|provide)\b",
            needs=r"\b(?:approv\w*|consent|responsible|liable)\b",
            unless=r"\b(?:customer|client)s? (?:may|can|is free to)\b",
        ),
    ],
    heading=r"\b(?:sous-traitance|subcontract\w*|sub-?processors?|sous-traitants?)\b",
)

# The client's own decision maker, named among the client's duties (issue 7, French set 13): "désigner un
# interlocuteur unique habilité à prendre des décisions", with no provider in the passage; not the provider's staff.
_CLIENT_DECIDER_FR = (
    r"\ble client (?:designe|nomme|identifie|s'engage a (?:designer|nommer))\b|"
    r"^(?![\s\S]*\b(?:prestataire|titulaire|fournisseur|agence|societe)\b)[\s\S]*\b(?:interlocut\w+|referent|"
    r"contact|representant|responsable)\b[^.]{0,60}\b(?:habilite\w*|autorise\w*|dote\w*|disposant|investi\w*|"
    r"ayant)\b[^.]{0,30}\b(?:decisions?|decider|decisionnel\w*|autorite|engager|valider)\b"
)

STAFF = rule(
    "staff",
    "remplac|formation|former|recrut|encadrement|habilitation|experience|maitrise|condamnation|casier|tenue|b"
    "adge|reglement|interimaire|rotation|turnover|etp|nominative|autorisation|regulierement|1221|gestion|"
    "personnel|staff|employ|background|consult|intervenant|salarie|collaborat|equipe|team|agent|solicit|solli"
    "cit|embauch|hire|debauch|"
    "l1224|1224-1|urssaf|vigilance|8222|subordination|hierarch|qualifi|tupe|teleconseil|conseiller|technician|"
    "technicien|of undertakings|attrition|manager|travail|effectif|chef|interlocuteur|supervision|liaison|expert|"
    "ingenieur|specialist|programmer|engineer|developer|analyst|individual|drug|criminal|vett"
    "|devot|fte|full-time|full time|acquired rights|workforce|recruit|poach|absenteeism|absenteism|recrue"
    "|parcours d'integration|new hire|disciplin|dismiss|contact privilegie|contact unique|referent|point de contact",
    [
        cue(
            # the people doing the work held to a qualification: "will select persons who are trained and qualified
            # to solicit applications", "only suitably qualified personnel"
            0.75,
            r"\b(?:trained and qualified|qualified and trained|(?:properly|adequately|appropriately|suitably|duly) "
            r"(?:trained|qualified|skilled) (?:and (?:experienced|licensed|qualified|trained) )?(?:personnel|staff|"
            r"employees|individuals|persons|people|representatives|technicians|engineers))\b",
            literals=("qualified", "skilled"),
            # the customer's own contact persons are not the provider's staff: "appoint support contacts, trained
            # and qualified, who will act as the Licensee's liaison"
            unless=r"\bto do business\b|\binstitutional\b|\bqualified opinion\b|\bcontacts?\b|\bliaison\b",
        ),
        cue(
            0.9,
            r"\b(?:key personnel|personnel cle|personnel clef|non-?solicitation|non[- ]sollicitation|"
            r"(?:not|ne pas) (?:to )?(?:\w+ ){0,3}(?:solicit|hire|employ(?!ees?\b)|embaucher|solliciter|debaucher)\w*|"
            r"debauchage|transfert (?:du|de) personnel|l\.? ?1224-1|transfer of (?:staff|employees|personnel)|"
            r"tupe|lien de subordination|autorite hierarchique|pouvoir (?:hierarchique|de direction)|"
            r"attestations? (?:urssaf|de vigilance)|obligation de vigilance|d\.? ?8222-5|l\.? ?8222-1|"
            r"background (?:check|investigation|screening)s?|transfer of undertakings|transferring employees|"
            r"transfert des contrats de travail|reprise (?:du|des) (?:personnel|salaries)|contrats de travail "
            r"(?:des salaries )?[^.]{0,60}\btransfer\w*)\b",
            # a representation about the past: "has not employed any broker or finder in connection with ..."
            unless=r"\b(?:brokers?|finders?)\b|\bha(?:s|ve) not (?:\w+ )?(?:employed|hired|retained|engaged)\b|"
            # soliciting business, not people: "not to directly or indirectly solicit freight from its customers"
            r"\bsolicit\w* (?:\w+ ){0,6}?(?:customers?|clients?|accounts?|business|orders?|freight|shipments?|"
            r"advertis\w*|subscribers?|investors?|proxies|bids?|offers?|donations?)\b|"
            # the same in French (issue 7, round 6): "ne pas solliciter ... un client final de la société"
            r"\bsollicit\w*\b(?:(?!salari|personnel|collaborat|employ|prepose|intervenant)[^.]){0,80}?\b(?:clients? "
            r"finals?|clients finaux|clientele)\b|\bsolicit\w*\b[^.]{0,60}?\bfrom "
            r"(?:\w+ ){0,3}?(?:customers|clients|accounts|subscribers)\b",
        ),
        cue(
            # hierarchical authority in other words: "employees ... under Vendor's exclusive supervision and control"
            0.8,
            r"\b(?:exclusive|sole) (?:supervision|direction)\b|\b(?:autorite|direction|supervision) (?:exclusive|"
            r"exclusif)\b|\bseule? (?:autorite|direction)\b",
            literals=("supervision", "direction", "autorite"),
            needs=r"\b(?:employees|personnel|staff|salaries|teleconseillers|agents|technicians|preposes)\b",
        ),
        cue(
            # "deemed at all times to be under the supervision and responsibility of Vendor", "responsible for the
            # supervision, direction and control of its personnel"
            0.8,
            # the provider is often named ("under the supervision and responsibility of Tadeo")
            r"\bunder the (?:exclusive |sole )?(?:supervision|direction|control)\b[^.]{0,40}\bof (?:the )?\w+|"
            r"\bresponsible for the (?:\w+, )?(?:supervision|direction|management)\b[^.]{0,40}\b(?:its|their) "
            r"(?:own |respective )?(?:personnel|employees|staff)\b|\bsous (?:la seule |l'unique |la )?(?:autorite|"
            r"direction|responsabilite) (?:hierarchique )?(?:du|de la|de l') ?" + _PROVIDER_FR,
            literals=("supervision", "direction", "control", "autorite", "responsabilite"),
            needs=r"\b(?:employees|employed|personnel|staff|salaries|teleconseillers|agents|technicians|preposes|"
            r"collaborateurs|intervenants|techniciens)\b",
        ),
        cue(
            0.75,
            r"\b(?:competent|qualified|trained|skilled|experienced|qualifie\w*|competent\w*|forme\w*)\b[^.]{0,40}"
            r"\b(?:personnel|staff|employees|technicians|engineers|agents|collaborateurs|intervenants|techniciens)\b",
            needs=r"\b(?:provide|assign|furnish|employ|use|maintain|fournir|affecter|mettre a disposition|"
            r"s'engage|shall|will)\b",
        ),
        cue(
            # non-solicitation with the period in between: "shall not, during the Term and for a year, employ..."
            0.85,
            # the verb itself ("employ", not "employees" in a list of officers, employees and agents)
            r"\b(?:not|ne|ni|neither|nor|refrain\w*|interdi\w*)\b[^.]{0,80}\b(?:solicit\w*|hire|hiring|employ|"
            # "recruit any person employed by the other" (issue 7, s16 audit)
            r"embauch\w*|sollicit\w*|debauch\w*|recrut\w*|recruit\w*|poach\w*)\b[^.]{0,60}"
            r"\b(?:employees?|personnel|staff|salarie\w*|collaborat\w*|technicians?|agents?|consultants?|"
            r"teleconseill\w*|preposes?|(?:persons?|individuals?|anyone) employed)\b",
            literals=("solicit", "hire", "hiring", "employ", "embauch", "sollicit", "debauch", "recrut", "recruit",
                      "poach"),
        ),
        cue(
            0.75,
            r"\b(?:key|named) (?:personnel|staff|team members?)\b|(?<!having a )\bdedicated (?:team|staff|personnel|"
            r"account manager|"
            r"project manager|program manager)\b|"
            r"\b(?:account|project|program|programme|service delivery) manager\b[^.]{0,80}\b(?:assign\w*|design\w*|"
            r"dedicated|replac\w*|remov\w*|approv\w*)|\battrition\b|"
            r"\b(?:full-time-equivalent|fte)s? (?:agents|staff)|"
            r"\b(?:chef de projet|directeur de projet|responsable de compte|interlocuteur unique|"
            r"responsable de (?:la )?"
            r"prestation)\b[^.]{0,80}\b(?:design\w*|remplac\w*|affect\w*|dedie\w*|chang\w*|nomm\w*)|"
            r"\b(?:design\w*|nomm\w*|affect\w*) (?:un |une )?(?:chef de projet|directeur de projet|"
            r"responsable de compte|interlocuteur unique)",
            unless=_CLIENT_DECIDER_FR,
        ),
        cue(
            # each party names its manager or liaison: "shall appoint a General Manager ... to act as liaison"
            0.75,
            r"\b(?:appoint|designate|assign|name)\w*\s+(?:a|an|one)\s+(?:[a-z]+\s+){0,2}?(?:general|account|project|"
            r"relationship|program|contract) manager\b|\bto act as (?:a |the )?(?:liaison|primary contact|single "
            r"point of contact)\b",
            literals=("manager", "to act as "),  # the rare part of each branch
        ),
        cue(
            # "uses only its own personnel to perform the tasks", "the employees involved ... receive regular
            # training"
            0.75,
            r"\b(?:only|solely|exclusively) (?:its|their) own (?:personnel|staff|employees)\b|"
            r"\b(?:personnel|staff|employees|agents)\b[^.]{0,160}\breceives? (?:regular|ongoing|periodic|annual|"
            r"appropriate) training\b",
            unless=r"\b(?:customer|client)['’]?s?['’]? (?:personnel|staff|employees|agents)\b",
        ),
        cue(
            0.8,
            r"\b(?:personnel|staff|employees|collaborateurs|equipe|team|agents|intervenants|consultants|"
            r"salaries|teleconseillers|conseillers|technicians|techniciens)\b[^.]{0,80}\b(?:qualifi\w*|competen\w*|"
            r"experien\w*|skill\w*|formation|formes|trained|training|remplac\w*|replace\w*|composition|vetting|"
            r"opere\w*|located|situee?s?|based|habilit\w*|security clearance|recrut\w*|encadr\w*|certification\w*|"
            r"bilingu\w*)",
            unless=r"\b(?:staff|employee|personnel) training (?:for|of|to) (?:the )?(?:customer|client|service "
            r"recipient)|\bcodes? of conduct and staff training\b|\bformation (?:du|des) (?:personnel|salaries) "
            r"(?:du|de la|de l') ?(?:client|beneficiaire)|"
            # "personnel" as the adjective of personal data, and access rights called "habilitations" in a security
            # measures table (issue 7, round 10): "les données à caractère personnel ... encadré", "principe du
            # moindre privilège, revue des habilitations"
            r"^(?![\s\S]*(?:(?<!caractere )\bpersonnel\b|\b(?:staff|employees|collaborateurs|equipes?|intervenants|"
            r"consultants|salaries|techniciens)\b))[\s\S]*\bcaractere personnel\b|\bmoindre privilege\b|"
            r"\b(?:revues?|gestion|attribution|retrait)(?: \w+)? des habilitations\b",
        ),
        cue(
            0.75,
            r"\b(?:composition de (?:cette |l')?equipe|modification de (?:la composition|l'equipe)|"
            r"appropriate skill|qualified personnel|personnel qualifie|suitably qualified|sufficient (?:number of )?"
            r"(?:qualified )?(?:employees|personnel|staff|agents)|effectifs? suffisants?|nombre suffisant de "
            r"(?:personnel|salaries|teleconseillers|conseillers|techniciens|collaborateurs|agents))\b",
            # an arbitrator's or a court's helper is no staff of the provider (issue 7, services set 8): "the
            # arbitrator may appoint a suitably qualified expert to assist him"
            unless=r"\b(?:arbitrat\w*|mediat\w*|tribunal)\b",
        ),
        cue(
            # the people the provider puts forward, by their experience: "le Titulaire proposera des experts
            # expérimentés", "des ingénieurs ayant une expérience éprouvée"
            0.75,
            r"\b(?:experts?|ingenieurs?|specialistes?|formateurs?)\b[^.]{0,60}\b(?:experimente\w*|experience "
            r"(?:eprouvee|confirmee|significative|reconnue|minimale)|qualifie\w*|competent\w*)",
            needs=r"\b(?:" + _PROVIDER_FR + r"|propose\w*|proposera|affect\w*|met a disposition|mettra a disposition|"
            r"mobilis\w*)\b",
        ),
        cue(
            # named people the client may accept or refuse: "two network engineers reasonably acceptable to the
            # Operator", "a programmer identified by the host and approved by the Client"
            0.75,
            r"\b(?:programmers?|engineers?|consultants?|technicians?|analysts?|specialists?|personnel|staff|employees|"
            r"agents|team members?)\b[^.]{0,50}?\b(?:(?:reasonably )?acceptable to|(?<!-)approved (?:in advance )?by|"
            r"subject to (?:the )?(?:prior )?(?:written )?approval of)\b",
            literals=("acceptable to", "approved by", "approval of", "approved in advance by"),
            needs=r"\b(?:assign\w*|provid\w*|furnish\w*|make available|dedicat\w*|identif\w*|designat\w*|"
            r"appoint\w*|staff(?:ed|ing))\b",
            # a thing, a form or a cost approved, not a person: "product that is acceptable to", "costs approved by"
            unless=r"\b(?:products?|equipment|goods|forms?|costs|expenses|budgets?|invoices?|materials?)\b "
            r"(?:that |which )?(?:is |are |shall be |will be )?(?:reasonably )?(?:acceptable to|(?:pre-)?approved by)",
        ),
        cue(
            # removal or replacement of a person at the client's request: "on the Bank's reasonable request, remove
            # any individual from the team"
            0.75,
            r"\b(?:remov\w*|replac\w*)\b[^.]{0,60}?\b(?:individuals?|persons?|employees?|members? of (?:the |its )?"
            r"(?:staff|team)|programmers?|engineers?|technicians?|consultants?)\b",
            needs=r"\b(?:request\w*|requir\w*|demand\w*|object\w*|reasonabl\w*|dissatisf\w*|unsatisf\w*)\b",
            # members of a venture or a board, not the provider's people
            unless=r"\b(?:remove|replace) (?:the |any )?(?:arbitrators?|trustees?|directors?|officers?)\b|"
            r"\b(?:joint venture|venture|partnership|shareholders?|board of (?:directors|managers))\b",
        ),
        cue(
            # screening of the people put on the contract: "pass a criminal background check and a drug screen"
            0.8,
            r"\b(?:drug (?:screen|test)\w*|criminal (?:record|background|history) (?:checks?|searches|screen\w*)|"
            r"security (?:vetting|vetted|screening))\b",
            needs=r"\b(?:personnel|staff|employees?|agents?|individuals?|workers?|technicians?|engineers?|contractors?)\b",
        ),
        cue(
            # the client may have a person replaced: "remplacement de consultant si inadéquation après un mois"
            0.75,
            r"\bremplacement (?:du |d'un |de l'|de )?(?:consultant|intervenant|collaborateur|technicien|ingenieur|"
            r"teleconseiller|chef de projet)s?\b",
        ),
        # English families from the issue-7 proactive audit (docs/review.md): removal, substitution or
        # reassignment of the provider's people, time devoted, turnover, languages, wages and employment laws,
        # full-time equivalents, badges and site rules, training, lists of employees, acquired rights.
        cue(
            0.75,
            r"\b(?:remov\w*|replac\w*|substitut\w*|reassign\w*|re-assign\w*)\s+(?:of )?(?:any |such |the )?"
            r"(?:\w+ ){0,2}?"
            r"(?:personnel|employees?|staff|individuals?|persons?|agents?|members? of|consultants?)\b",
        ),
        cue(
            0.75,
            r"\bdevote\w*\s+(?:\w+ ){0,3}?(?:\d+ ?%|(?:his|her|their|its|full|sufficient|substantially all)\b)"
            r"[^.]{0,20}"
            r"\btime\b|\b(?:staff|employee|agent|personnel) (?:turnover|attrition|retention)\b|\bfull[- ]time "
            r"equivalents?\b|\bftes?\b|\bacquired rights\b|\bcore team\b",
        ),
        cue(
            0.7,
            r"\b(?:agents?|staff|personnel|employees?|advisors?|representatives?)\b[^.]{0,40}\b(?:speak|fluent|"
            r"bilingual)\b",
        ),
        cue(
            0.7,
            r"\b(?:wages?|salar(?:y|ies)|compensation|benefits|payroll taxes|withholding)\b[^.]{0,60}\b(?:its|their) "
            r"(?:own )?(?:employees|personnel|staff|agents)\b|\b(?:employment|labou?r|wage and hour|minimum wage|"
            r"immigration) laws?\b[^.]{0,60}\b(?:personnel|employees|staff|workforce|workers)\b",
            # nor a party's own entitlement to benefits ("neither Party will be entitled to ... any other
            # benefits afforded to its employees": the independent-contractor boilerplate)
            unless=r"\b(?:customer|client|licensee)'s (?:own )?(?:personnel|staff|employees)\b|"
            r"\bentitle(?:d|ment)\b[^.]{0,120}\bbenefits\b",
        ),
        cue(
            0.65,
            r"\b(?:personnel|staff|employees|agents|workers)\b[^.]{0,20}\b(?:shall|will|must)\s+(?:\w+ )?(?:wear|"
            r"comply with|observe|abide by|be trained|complete (?:\w+ ){0,3}?training|undergo)\b",
            unless=r"\b(?:customer|client|licensee)'s (?:own )?(?:personnel|staff|employees)\b|\bits own "
            r"(?:personnel|staff|employees)\b",
        ),
        cue(
            0.7,
            # the provider trains its own people, not the customer's ("train newly onboarded staff" of the customer)
            r"\btrain\w*\s+(?:its|their|all (?:of )?its) (?:\w+ )?(?:agents|personnel|staff|employees|consultants|"
            r"technicians|engineers)\b|"
            r"\blist of (?:its |the )?(?:employees|personnel|staff|agents|workers|individuals)\b",
            # the customer training its own users (issue 7, s16 audit)
            unless=r"\b(?:customer|client|licensee|buyer|purchaser)s? (?:shall |will |must |may |agrees to )?train\b",
        ),
        cue(
            0.8,
            r"\b(?:employees|staff|personnel)\b[^.]{0,60}\b(?:shall|will) (?:transfer|be transferred|pass)\b",
        ),
        cue(
            # "Vendor personnel are not employees of Customer": who employs and directs them
            0.75,
            r"\b(?:personnel|staff|employees|agents)\b[^.]{0,30}\b(?:are not|shall not be|will not be) (?:\w+ )?"
            r"employees of\b",
        ),
        # Proactive French families (issue 7, s8 audit): what the provider's people
        # must be or do (qualification, replacement, training, clearance, dress, house rules, temporary staff,
        # turnover, headcount) and the provider's own employer duties.
        cue(
            0.7,
            r"\bremplac\w*\b[^.;]{0,40}?\b(?:tout |toute |chaque |les? |la |l'|un |une |ses |des )?(?:agents?|"
            r"intervenants?|conseillers?|salaries?|personnels?|membres?|collaborateurs?|techniciens?|consultants?|"
            r"chef de projet)\b|\b(?:formation (?:initiale|continue)|recrut\w*|encadrement|habilitation|"
            r"(?:ans|annees) d'experience|experience (?:minimum|minimale|professionnelle)|maitrise de la langue|"
            r"condamnation|casier judiciaire|tenue de travail|badge nominatif|reglement interieur|interimaires?|"
            r"taux de rotation|etp|liste nominative|autorisation de travail|employer regulierement|1221-10|"
            r"gestion administrative)\b",
            literals=("remplac", "formation initiale", "formation continue", "recrut", "encadrement", "habilitation",
                      "d'experience", "experience m", "experience p", "maitrise de la langue", "condamnation",
                      "casier judiciaire", "tenue de travail", "badge nominatif", "reglement interieur", "interimaire",
                      "taux de rotation", "etp", "liste nominative", "autorisation de travail",
                      "employer regulierement", "1221-10", "gestion administrative"),
            needs=r"\b(?:personnel|salaries?|agents?|conseillers?|intervenants?|preposes|collaborateurs|effectifs|"
            r"equipe|techniciens?|consultants?|superviseurs?|teleconseillers?|chef de projet)\b",
            unless=r"\b(?:personnel|salaries|agents|collaborateurs|employes) du client\b",
        ),
        cue(
            # the people doing the work shown to be trained for it (issue 7, services set 8): "all employees
            # working on the products have been properly trained in the requirements of those standards"
            0.7,
            r"\b(?:employees|personnel|staff|technicians|operators|workers)\b[^.]{0,120}\b(?:have been|are|be|shall "
            r"be) (?:properly|adequately|appropriately|fully|duly|suitably) trained\b",
            # ... the provider's people, not the customer's own users
            unless=r"\b(?:customer|client|licensee|buyer|purchaser)(?:'s)? (?:own )?(?:employees|personnel|staff|"
            r"users)\b",
        ),
        # Third pass of families (issue 7, s16 audit, tests/test_review_families_third.py): the people assigned to
        # the account held to a duty, no employment relationship with the customer, team leaders supervising
        # agents; in French a stable or dedicated team, the account manager as the customer's main contact, no
        # one put on the work without the training or qualification required.
        cue(
            0.7,
            r"\b(?:agents?|personnel|staff|employees|representatives|advisors|consultants)\b(?: \w+){0,2} assigned "
            r"to\b",
            needs=r"\b(?:shall|must|will)\b",
            unless=r"\b(?:customer|client)['’]?s? (?:own )?(?:agents?|personnel|staff|employees)\b",
        ),
        cue(
            0.75,
            r"\b(?:employment|employer[- ]employee) relationship\b[^.]{0,80}\b(?:employees?|personnel|staff|agents)\b",
        ),
        cue(
            0.75,
            r"\b(?:supervised|managed|led|coached|overseen) by (?:a |one |an |its |the |dedicated )?(?:\w+ )?(?:team "
            r"leaders?|supervisors?|managers?)\b|\b(?:team leaders?|supervisors?)\b[^.]{0,40}\b(?:for|per) (?:each|"
            r"every) \w+ (?:agents|advisors|representatives|employees)\b",
            needs=r"\b(?:agents?|staff|personnel|employees|team|advisors|representatives)\b",
        ),
        cue(
            0.75,
            r"\b(?:stabilite|continuite|perennite) (?:de l'|des |du )(?:equipes?|personnel|intervenants|effectifs|"
            r"conseillers|teleconseillers)\b|\bequipes? dediees?\b",
        ),
        cue(
            0.7,
            r"\b(?:interlocut\w+|contact|referent|point de contact) (?:unique|privilegie|principal|dedie|attitre|"
            r"referent)\b|\b(?:responsable de compte|"
            r"chef de projet|directeur de projet|account manager)\b[^.]{0,40}\b(?:est|sera|agit comme) (?:l'|le )?"
            r"(?:interlocuteur|contact|referent)",
            unless=_CLIENT_DECIDER_FR,
        ),
        cue(
            0.75,
            r"\b(?:affect(?:e|es|ee|ees|er|era|ent)|mobilis\w*|mettre a disposition)\b[^.]{0,40}\b(?:personnes?|"
            r"personnels?|salaries?|"
            r"intervenants?|collaborateurs?|agents?|conseillers?|teleconseillers?)\b[^.]{0,80}\b(?:formation|formes?|"
            r"qualifi\w*|experience|habilit\w*|competen\w*|maitris\w*|langues?)",
        ),
        cue(
            # who employs, disciplines and dismisses; staffing levels; absenteeism; the induction of new hires
            0.75,
            r"\bemployer of record\b|\bauthority over (?:the )?(?:hiring|discipline|dismissal)\b|\bpouvoir "
            r"disciplinaire\b|\bstaffing levels?\b|\bstaff(?:ed|ing) (?:sufficiently|adequately)\b|\bniveaux? "
            r"d'effectifs?\b|\b(?:absenteeism|absenteisme)\b|\b(?:nouvelles? recrues?|parcours d'integration|new "
            r"hires?|new agents)\b[^.]{0,80}\b(?:training|induction|onboarding|formation|integration|semaines?|"
            r"weeks?|jours?|days?)\b",
            needs=r"\b(?:agents?|staff|personnel|employees|salaries|teleconseillers?|conseillers?|equipes?|"
            r"collaborateurs|effectifs?|recrues?|hires?|prestataire|supplier|provider|vendor|contractor)\b",
            unless=r"\b(?:customer|client)['’]?s? (?:own )?(?:agents?|personnel|staff|employees)\b|\bsalaries du "
            r"client\b",
        ),
        cue(
            0.7,
            r"\b(?:named|dedicated|designated|nominated) (?:\w+ ){0,2}(?:managers?|leads?|coordinators?)\b",
            needs=r"\b(?:provide|appoint|assign|shall|will)\b",
            unless=r"\bnotices?\b|\b(?:customer|client) (?:shall|will|may) (?:appoint|designate|name)\b",
        ),
    ],
    heading=r"\b(?:personnel|staff|staffing|equipe|team|ressources humaines|non-solicitation|non-sollicitation|"
    r"vigilance|encadrement|staff transfer|reprise du personnel|key personnel)\b",
)

LABEL_RULES: dict[str, Rule] = {
    item.label: item
    for item in (
        SERVICES,
        SERVICE_LEVELS,
        PENALTIES,
        CHANGE_PROCEDURE,
        PRICING,
        PRICE_REVISION,
        DURATION,
        RENEWAL,
        TERMINATION,
        LIABILITY,
        INSURANCE,
        DATA_PROTECTION,
        CONFIDENTIALITY,
        AUDITS,
        DISPUTE_RESOLUTION,
        GOVERNING_LAW,
        CONTINUITY,
        FORCE_MAJEURE,
        EXIT,
        SUBCONTRACTING,
        STAFF,
    )
}
