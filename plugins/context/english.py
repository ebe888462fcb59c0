"""The built-in context rules: how English job postings say what they ask for.

Every word that tells the screener whether, and how strongly, a mention is
asked for lives here as data (see ``screener.core.rules`` and docs/plugins.md,
"Context rules"). A plugin adds rules of its own through the same hook, or
replaces one of these by returning a rule with the same name.

Patterns are searched in the posting's lower-case text: they are written in
lower case, and ``{ISSUER}`` stands for any issuer the knowledge base knows.
"""

from screener import (
    Abbreviation,
    AnyOfCue,
    Connective,
    Dismissal,
    Eligibility,
    FieldSignal,
    ListGap,
    OtherWorkSignal,
    SectionHeading,
    SenseSignal,
    StrengthCue,
    hookimpl,
)

# ", OR" ends a line after a lower-case word or a bracket ("... health records, OR"), where a city's state
# abbreviation follows a capital ("Salem, OR"); a lookbehind has a fixed width, hence one per word length. Each
# looks back from after the "OR", so that the search stops only at " OR" and tests the lookbehinds there alone.
_AFTER_A_LOWER_CASE_WORD_AND_COMMA = "|".join(
    [r"(?<![,][ \t]OR)", r"(?<=[)\]],[ \t]OR)", *(rf"(?<=[^A-Za-z][a-z]{{{n}}},[ \t]OR)" for n in range(1, 21))]
)
#: Words of the field, of a requirement or of a sentence, which are no first or last name ("Health Information, RHIT",
#: "Credentialed as RHIA, RHIT")
_NOT_A_NAME = (
    r"(?:health|medical|information|coding|coder|clinical|cancer|tumou?r|registry|registrar|data|privacy|compliance"
    r"|quality|revenue|integrity|management|technology|technician|specialist|analyst|auditor|director|manager"
    r"|certifications?|certified|registered|credential(?:s|ed|ing)?|licen[cs]e[ds]?|licensure|required|preferred"
    r"|desired|minimum|risk|adjustment|billing|cycle|documentation|improvement|audit|auditing|records?|patient|care"
    r"|hospital|emergency|surgery|surgical|oncology|radiology|cardiology|anesthesia|home|remote|position|role|level"
    # products named before a credential: "Experience with Cerner Millennium, CCS preferred"
    r"|epic|cerner|meditech|oracle|allscripts|athena\w*|eclinicalworks|nextgen|optum|microsoft|excel|encoder"
    r"|must|education|experience|skills?|qualifications?|degree|bachelor'?s?|associate'?s?|high|school|one|two"
    r"|either|and|or|with|plus|current|active|valid|professional|inpatient|outpatient|facility|physician"
    # words of a sentence: "Credentialed as RHIA, RHIT or equivalent"
    r"|as|an|the|in|of|by|to|for|is|are|be|have|has|hold|holds|possess|maintain"
    # shorthand of a requirement: "COC reqd, CRC pref."
    r"|req|req['’]?d|pref|pref['’]?d)\b"
)
#: One word of a person's name, in the lower-case text
_NAME_WORD = rf"(?!{_NOT_A_NAME})[a-z][a-z'’-]+"
#: A person's last name as written, in capitals, maybe double-barrelled or with a capital inside ("DeLuca"), and no word
#: of the field ("Health Information, RHIT")
_LAST_NAME = (
    rf"(?!(?i:{_NOT_A_NAME}))(?:Mc|Mac|O['’]|De|Di|Da|Du|La|Le|Van|Von)?[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?"
)
#: A person's name as written: a first and a last name in capitals, neither a word of the field ("Health
#: Information", "Risk Adjustment") nor of a product; a title, a middle name or initials may be there ("Dr. Amit Rao",
#: "Mary Ann Smith", "M. Okafor"; a capital inside a first name, "LaTonya Meeks"), or the last name's initial alone, as
#: people sign e-mails ("Jenna K."); letters with accents are letters ("Renée Castellanos", "José Núñez")
_FIRST_NAME = rf"(?!(?i:{_NOT_A_NAME}))[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:[A-ZÀ-Þ][a-zß-ÿ'’-]+)?"
_PERSON_S_NAME = (
    rf"(?:(?:(?:Dr|Mr|Mrs|Ms|Mx)\.?[ \t]+)?(?:{_FIRST_NAME}|[A-Z]\.)(?:[ \t]+(?:[A-Z]\.|{_FIRST_NAME}))?"
    rf"[ \t]+{_LAST_NAME}"
    rf"|{_FIRST_NAME}[ \t]+[A-Z]\.)"
)
#: The post of someone a posting names beside the candidate: "our office manager", "the System Director", "our
#: Privacy Officer"
_A_PERSON_S_POST = (
    r"(?:manager|director|supervisor|officer|educator|lead|coordinator|recruiter|advisor|adviser|physician"
    r"|administrator|president|ceo|trainer|auditor|mentor|colleague|tl|counsel|attorney|owner|founder|chair)"
)
#: The letters after someone's name or post so far, up to the mention, in a "before" rule: "MHA, RHIA, "
_LETTERS_SO_FAR = r"(?:[a-z][a-z/-]{1,9}\s*,\s*)*$"
#: Vocabulary kinds that name one thing each in a list; "ICD-10-CM and CPT" or "CPT/HCPCS" are
#: code sets a coder uses together, never a choice between them.
_NEVER_A_CHOICE = ["coding_system"]
_COURSEWORK = (
    r"\bcourses?\s+(?:in|on|covering)\b|\bcoursework\b|\bcurricul(?:um|a)\b|\bsemester\s+hours\b"
    # "an associate degree ... that includes two semesters of human anatomy and physiology"
    r"|\bsemesters?\s+(?:\([^()\n]{1,20}\)\s+)?of\b"
    r"|\b(?:included|including|includes)\s+courses\b"
)
#: A list that rules candidates out: "... are not eligible:", "will not be considered:"
_INELIGIBLE = (
    r"\bnot\s+(?:be\s+)?eligible\b|\bineligible\b|\bwill\s+not\s+be\s+(?:considered|accepted|shortlisted)\b"
    r"|\bneed\s+not\s+apply\b|\b(?:cannot|can\s*not|may\s+not|are\s+not\s+able\s+to)\s+apply\b"
    # ... a staffing order's: "Do NOT submit candidates who:"
    r"|\b(?:do\s+not|don['’]?t|never)\s+submit\b"
)
#: What the writer says the job does not ask for: "What they are not asking for", "What we're not looking for"
_NOT_ASKING_FOR = r"what\s+(?:we|they|i)(?:['’]re|\s+are|['’]m|\s+am)\s+not\s+(?:asking\s+for|looking\s+for|requiring)"
#: What a course teaches or a department is called names skills and code sets, not credentials.
_SKILL_KINDS = ["coding_system", "software", "skill"]

#: How long ago a social network's post was posted, as the line under its author's headline says: "5h • 🌐", "3d •
#: Edited • 🌐", "1w"
_POSTED_AGO = r"[ \t]*\d{1,2}[ \t]*(?:mo|yr|[smhdw])[ \t]*(?:[•·]|$)"
#: What "preferably" or "ideally" may introduce: a qualifier of what came before ("..., preferably in acute care")
_QUALIFIER = r"\s*,?\s*(?:in|on|with|within|at|from|including|the|a|an)\b"


def _said_of_what_is_near(word: str) -> str:
    """``word`` ("preferably", "ideally") where it speaks of what is near it, before or after.

    Not before a qualifier ("..., preferably in acute care") and not after
    "and" ("X and preferably Y"): those speak of what follows (the rule
    ``preference-for-what-follows``).
    """
    # "\b" and the word first, then what must not come before it: lookbehinds at the start of a pattern would be
    # tried at every position of the text, and a cue's alternation whose alternatives all start with "\b" is
    # searched several times faster than one with an alternative that does not
    return rf"\b{word}(?<!\band\s{word})(?<!\bbut\s{word})\b(?!{_QUALIFIER})"


#: Training the employer gives: "full training will be provided", "Degree level Non Invasive Ventilation training is
#: offered to all our trained staff"
_TRAINING_PROVIDED = r"\b(?:training|course|programme|program)\s+(?:will\s+be|is|are)\s+(?:provided|offered)\b"
#: Words that give a credential's former name: "ODS-C (formerly CTR)"
_FORMER_NAME = r"\bformerly(?:\s+known\s+as)?\b|\bpreviously\s+known\s+as\b|\bf/k/a\b|\bpreviously\s+(?:called|named)\b"

#: How a team says it encourages something of its staff: "... are actively encouraged", "CPD is strongly encouraged"
_ENCOURAGING_ADVERBS = ("actively", "strongly", "positively", "also", "always")
#: What a team encourages of its staff ("a team where learning and development are actively encouraged", "CPD is
#: encouraged"): no preference for a requirement near it. Looked back at from "encouraged", each a lookbehind of
#: fixed width.
_GROWTH_ENCOURAGED_BEFORE = "".join(
    f"(?<!{growth} {verb} {adverb}encouraged)"
    for growth in ("development", "learning", "training", "progression", "growth", "cpd", "study", "research")
    for verb in ("is", "are")
    for adverb in ("", *(f"{adverb} " for adverb in _ENCOURAGING_ADVERBS))
)
#: Study a team encourages ("Master level training is actively encouraged"): offered, not asked
_STUDY_ENCOURAGED = (
    r"\b(?:training|study|studies|education|learning)\s+(?:is|are)\s+(?:(?:"
    + "|".join(_ENCOURAGING_ADVERBS)
    + r")\s+)?encouraged\b"
)

# "... is not required but helpful": a preference, which the cue after "but" says
_BUT_A_PREFERENCE = (
    r"(?!\s*,?\s*(?:but|just|only|now)\s+(?:is\s+|would\s+be\s+|it\s+is\s+|it[’']s\s+)?(?:very\s+|highly\s+|strongly\s+)?"
    r"(?:helpful|preferred|desired|desirable|beneficial|welcome|nice|(?:a\s+)?plus|an?\s+(?:asset|advantage|bonus))\b)"
)

STRENGTH_CUES = [
    StrengthCue(
        name="not-required",
        strength="not_required",
        pattern=r"\b(?:not\s+(?:be\s+)?|neither\s+(?:one\s+)?(?:is|are)\s+)(?:required|necessary|needed|mandatory|essential"
        r"|a\s+requirement)\b"
        + _BUT_A_PREFERENCE
        + r"|\bno\s+(?:\w+\s+){0,2}(?:required|necessary|needed)\b"
        + _BUT_A_PREFERENCE
        # ... what the experience is with between: "No prior experience with Epic or 3M is needed", "No prior Cerner
        # experience is required"
        + r"|\bno\s+(?:[\w-]+\s+){0,3}?(?:experience|knowledge|background)(?:\s+(?:with|in|of|using)\s+[^.;\n]{1,60}?)?"
        r"\s+(?:is\s+)?(?:required|necessary|needed)\b" + _BUT_A_PREFERENCE + r"|\bunnecessary\b|\bnot\s+need\b"
        # "Certification (CPB, CBCS, etc.) optional" (not a heading's or a label's word: "Optional qualifications",
        # "Optional: CRC"; nor what is "not optional", a must)
        r"|\b(?<!not )(?<!n't )(?<!n’t )(?<!never )optional\b"
        r"(?!\s*(?::|qualifications?\b|skills?\b|requirements?\b|criteria\b|certifications?\b"
        r"|credentials?\b|experience\b|items?\b|extras?\b))"
        + _BUT_A_PREFERENCE
        # "the inpatient CCDS alone does not meet this requirement"
        # ... "Overseas coding credentials (e.g. AHIMA RHIT or CCS) are not recognised as equivalent"
        + r"|\b(?:(?:does|do|will)\s+not|doesn['’]?t|don['’]?t|won['’]?t)\s+(?:meet|satisfy|fulfil|fulfill)\b"
        r"|\bnot\s+(?:be\s+|being\s+)?(?:accepted|acceptable|recogni[sz]ed)\b"
        r"|\b(?:will|would)\s+not\s+be\s+considered\b"
        # ... "(CPC-A apprentices are not being considered for this opening)", "CPC-As are not considered", "CPC-A not
        # being considered"
        r"|\b(?:are|is)\s+not\s+(?:being\s+)?considered\b|\bnot\s+being\s+considered\b"
        r"|\b(?:is|are)n['’]t\s+(?:being\s+)?(?:considered|accepted|acceptable)\b"
        # a holder turned away for now: "CPC-A holders: not yet, sorry", "CPC-A? Sorry, not yet"
        r"|\bnot\s+yet\s*[,.!]?\s*sorry\b|\bsorry\s*[,.!]?\s*not\s+yet\b"
        r"|\b(?:holders?|candidates|applicants)\s*[:–—-]\s*not\s+yet\b"
        # "A bachelor's in HIM is welcome but not expected" (not what the holder is "not expected to" do)
        r"|\b(?:not|(?:is|are)n['’]t)\s+expected\b(?!\s+to\b)"
        # the same with "n't": "though it isn't required", "you don't need a CPC"
        # (each of the cue's alternatives starts with "\b": the search is much faster when all do)
        r"|\b(?:is|are|was|were)n[’']t\s+(?:required|necessary|needed|mandatory|essential|a\s+requirement)\b"
        + _BUT_A_PREFERENCE
        + r"|\b(?:do|does|did)n[’']?t\s+(?:need|require)\b"
        r"|\bwon[’']t\s+(?:be\s+)?(?:need|required|accepted|considered)\b"
        # "We don't require a degree", "What we dont need: a degree", "we do not require a degree"
        r"|\b(?:do|does)\s+not\s+require\b"
        # "a CPC by itself won't get you through their HR screen"; "they will NOT take CPC-A's", "we don't take CPC-A"
        r"|\b(?:won['’]t|will\s+not|wouldn['’]t|would\s+not)\s+get\s+(?:you\s+)?(?:through|thru|past)\b"
        r"|\b(?:won['’]t|will\s+not|don['’]t|do\s+not|can['’]t|cannot)\s+take\b"
        # "We can't accept the CPC-A for this position"
        r"|\b(?:can['’]t|cannot|can\s+not)\s+accept\b"
        # "CRC doesn't cover the E/M/procedure side"
        r"|\b(?:doesn['’]?t|does\s+not|won['’]?t|will\s+not)\s+cover\s+(?:the|your|our|this)\b"
        # "please don't apply with CPC alone", "she's not interested in CCA-only candidates"
        r"|\b(?:don['’]?t|do\s+not)\s+apply\s+with\b|\bnot\s+interested\s+in\b"
        # "I honestly do not care whether you have a CCA", "I don't care about an RHIA for this role"
        r"|\b(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not)\s+(?:really\s+|honestly\s+|much\s+)?care\s+"
        r"(?:about|whether|if)\b"
        # "What we will not do again is hire a CPC-A", "we won't hire a CPC-A" (not "we do not hire anyone without a
        # CPC", which asks it)
        r"|\b(?:won['’]t|will\s+not|don['’]t|do\s+not|never|not\s+do\s+(?:that\s+)?again\s+is)\s+(?:again\s+)?hire\b"
        r"(?!\s+(?:anyone|anybody|someone|candidates|applicants|people|coders|without|unless)\b)"
        # "nobody should need CCS/CPC for it", "no one needs a degree here"
        r"|\bno(?:body|[ \t]?one)\s+(?:should|would|will|does)?\s*(?:need|needs|require|requires)\b"
        # a kind of holder turned away: "NO CPC-A candidates", "no CPC-only applicants", "Not considering CPC-A or new
        # graduates", "CPC-A unfortunately won't work for this one"
        r"|\bno\s+(?:[\w-]+\s+){1,2}?(?:candidates|applicants)\b|\bnot\s+considering\b"
        # "no, we're not taking new grads / CPC-A / COC-A right now" (not those it turns away for lacking something:
        # "we are not accepting applicants without an active CCS")
        r"|\bnot\s+(?:currently\s+|yet\s+)?(?:taking|accepting)\b(?![^.;\n]{0,60}\b(?:without|unless|lacking|who\s+lack)\b)"
        r"|\b(?:won[’']t|will\s+not|does\s+not|doesn[’']t)\s+work\s+for\s+(?:this|the)\b"
        # a law that does not govern the work: "Student health records held by the district are education records
        # under FERPA; HIPAA generally does not apply to them"
        r"|\b(?:does|do)\s+not\s+apply\s+to\b|\b(?:doesn|don)['’]?t\s+apply\s+to\b"
        # "CCA isnt on the list"
        r"|\b(?:isn['’]?t|is\s+not|aren['’]?t|are\s+not)\s+on\s+(?:the|our|their|my)\s+list\b",
        description='"not required", "no certification needed", "does not meet this requirement", "not accepted", '
        '"not recognised", "isn\'t required", "no CPC-A candidates"',
    ),
    StrengthCue(
        name="but-it-does-not-count",
        strength="not_required",
        direction="backward",
        # one cue from "but" on, so that the "but" is inside it: "The CCA is a good coding credential, but it doesn't
        # meet the requirement for this position", "CPC-A is great, but it won't count here"
        pattern=r"\bbut\s+(?:it|this|that|they|these|those)\s+(?:(?:does|do|will|would)\s+not|doesn['’]?t|don['’]?t"
        r"|won['’]?t|wouldn['’]?t)\s+(?:meet|satisfy|fulfil|fulfill|count|qualify)\b",
        description='"The CCA is a good credential, but it doesn\'t meet the requirement": not asked',
    ),
    StrengthCue(
        name="open-on-what-follows",
        strength="not_required",
        direction="forward",
        # "We're open on a degree" (what follows: not "a year in a healthcare setting ..., and we're open on which")
        pattern=r"\b(?:we['’]re|we\s+are)\s+(?:open|flexible)\s+on\b",
        description='"We\'re open on a degree"',
    ),
    StrengthCue(
        name="turned-away-by-no",
        strength="not_required",
        direction="forward",
        # just "NO" before the letters, ending the item: "With active CPC certification - NO CPC-A" (the CPC before it
        # stays asked)
        pattern=r"\bno(?=[ \t]+[a-z][a-z0-9]{1,5}(?:-[a-z]{1,2})?[ \t]*(?:[.,;)!\n]|$))",
        description='"... - NO CPC-A"',
    ),
    StrengthCue(
        name="not-required-but-a-preference",
        strength="preferred",
        # one cue from "not" on, so that the "but" is inside it and no contrast between the mention and its cue
        # ... "no longer required, just preferred"
        pattern=r"\b(?:not|(?:is|are)n[’']t|no\s+longer)\s+(?:be\s+)?(?:required|necessary|needed|mandatory|essential)"
        r"\s*,?\s*(?:but|just|only|now)"
        r"(?=\s+(?:is\s+|would\s+be\s+|it\s+is\s+|it[’']s\s+)?(?:very\s+|highly\s+|strongly\s+)?"
        r"(?:helpful|preferred|desired|desirable|beneficial|welcome|nice|(?:a\s+)?plus|an?\s+(?:asset|advantage|bonus))\b)",
        description='"not required but helpful", "isn\'t required, but is a plus": preferred',
    ),
    StrengthCue(
        name="without-it-not-considered",
        strength="required",
        # spans what it speaks of, so it is nearer than the "will not be considered" at its end
        pattern=r"\bwithout\s+(?:[\w'’/-]+\s+){1,6}?(?:(?:will|would|shall|can|may)\s+not\s+be|are\s+not(?:\s+being)?)"
        r"\s+considered\b",
        description='"Applicants without a CPC will not be considered": the CPC is required',
    ),
    StrengthCue(
        name="without-it-considered",
        strength="not_required",
        # spans what it speaks of, as "without-it-not-considered" does: "Applicants without the RHIT credential will be
        # considered", "Candidates who do not hold the RHIT will also be considered", "those without a CPC may apply"
        pattern=r"\b(?:without|(?:do|does)\s+not\s+(?:yet\s+|currently\s+)?(?:hold|have|possess))\s+"
        r"(?:[\w'’/-]+\s+){1,6}?(?:(?:will|would|shall|can|could|may)\s+(?:also\s+|still\s+)?be\s+considered"
        r"|(?:can|may|should\s+still|are\s+(?:also\s+)?(?:welcome|encouraged|invited)\s+to)\s+apply)\b",
        description='"Applicants without the RHIT credential will be considered", "those who do not hold a CPC may '
        'apply": the credential is not required',
    ),
    StrengthCue(
        name="preferred-shorthand",
        strength="preferred",
        # shorthand, ending its item, speaks of the item: "RHIA pref.", "(pref)", "Epic pref'd", "Bachelors pref but
        # not mandatory"; not of the next item of a terse list ("CRC req'd, CPC pref, 4 yr RA coding")
        direction="backward",
        pattern=r"\bpref(?:['’]?d)?\b(?=\.?[ \t]*(?:[,;)\n]|$|but\b)|\.)",
        description='"RHIA pref.", "(pref)"',
    ),
    StrengthCue(
        name="preferred-shorthand-label",
        strength="preferred",
        # a terse order's label in short, inside a paragraph: "REQ: CPC or CCS-P (active); 2+ yrs ... PREF: CRC and
        # CEMC; ED coding"
        direction="forward",
        pattern=r"\bpref(?:s|['’]?d)?(?=[ \t]*:)",
        description='"PREF: CRC and CEMC"',
    ),
    StrengthCue(
        name="preferred",
        strength="preferred",
        # (and glued to the next word, as saved pages run a list's lines together: "RHIA or RHIT preferredEpic ...")
        # ... or broken at a line's end, as a PDF's lines are: "Six (6) months of HIM experience pre-\n   ferred."
        pattern=r"\bprefer(?:red|ence|able)?\b|\bpreferred(?=[a-z])"
        r"|\bpre-[ \t]*\n[ \t]*ferred\b|\bprefer-[ \t]*\n[ \t]*red\b|"
        + _said_of_what_is_near("preferably")
        + r"|\bdesir(?:ed|able)\b"
        # "An AHIMA CCS, CDIP or ACDIS CCDS credential will be viewed favourably"
        r"|\b(?:viewed|looked\s+(?:up)?on|regarded|seen)\s+(?:very\s+|most\s+|more\s+)?favou?rably\b"
        # Australia's selection criteria: "Experience with 3M Codefinder and webPAS highly regarded"
        r"|\b(?:highly|well)\s+regarded\b"
        # "Priority will be given to CPC holders", "CCS holders will be given priority" (not "high-priority accounts")
        r"|\bpriority\s+(?:will\s+be\s+|is\s+|shall\s+be\s+|may\s+be\s+)?given\b"
        r"|\b(?:given|have|get)\s+(?:first\s+|higher\s+)?priority\b"
        # "Current employees who already hold a CCA will be considered first", "given first consideration"
        r"|\b(?:be|are|is)\s+considered\s+first\b|\bfirst\s+consideration\b"
        # a posting machine-translated from French, Spanish or Portuguese ("souhaité", "apprécié", "deseable"): "A
        # first experience of at least 1 year is wished", "knowledge of a grouping tool appreciated"
        r"|\b(?:is|are|would\s+be)\s+wished\b|\b(?:(?:is|are|would\s+be|will\s+be)\s+(?:highly\s+|much\s+)?)?"
        r"appreciated\b(?!\s+(?:by|for|that|if)\b)",
        description='"preferred", "preferable", "preferably", "desired", "desirable", "viewed favourably", "highly '
        'regarded", "priority will be given to", "is wished", "appreciated"',
    ),
    StrengthCue(
        name="desirable-column",
        strength="preferred",
        # a person specification's table pasted as text, its "E/D" column a letter after two blanks or a tab, maybe
        # an "Assessed by" column after it: "Educated to degree level or equivalent experience  D  A"; written to
        # start with the word, which the search skips to, and to look back for the blanks
        pattern=r"\bd(?:(?<=  d)|(?<=\td)|(?<=\t d)|(?<= \td))(?:(?:[ \t]{2,}|\t)[a-z](?:[ \t]*/[ \t]*[a-z]){0,3})?"
        r"[ \t]*(?=\n|$)",
        description='a person specification\'s "D" (desirable) column: "Educated to degree level  D  A"',
    ),
    StrengthCue(
        name="preference-for-what-follows",
        strength="preferred",
        direction="forward",
        pattern=r"\b(?:preferably|ideally)(?=" + _QUALIFIER + r")|\b(?:and|but)\s+(?:preferably|ideally)\b"
        # a condition on having used it: "If you've used Epic's Release of Information activity, mention it", "if you
        # have worked in Cerner, great"
        r"|\bif\s+you(?:['’]ve|\s+have)\s+(?:already\s+|ever\s+)?(?:used|worked\s+(?:in|with|on))\b"
        # ... or on knowing it: "if you know athena great, if not you'll learn it", "if u know athena thats huge"
        # (not "If you know CNExT instead, that's fine", "if you know CRStar you'll be fine": accepted alike)
        r"|\bif\s+(?:you|u)\s+(?:already\s+)?know\b(?=[^.;,\n]{1,40}?[,\s]+(?:that['’]?s\s+|thats\s+)?"
        r"(?:great|huge|awesome|amazing|ideal|even\s+better|a\s+(?:big\s+|huge\s+|nice\s+)?(?:plus|bonus))\b)",
        description='"2 years of experience, preferably in acute care", "a minimum of 2 years, ideally with MSK", '
        '"6 months experience and preferably IV skills": the preference is for what follows, not what came before; '
        '"If you\'ve used Epic, mention it"',
    ),
    StrengthCue(
        name="rather-what-follows",
        strength="preferred",
        direction="forward",
        # "We would rather see five years of ortho", "... six months in a physician office - and I'd rather see two
        # years" (the six months stay as asked), "we lean toward 5+ years"
        pattern=r"\b(?:would|['’]d)\s+rather\s+(?:see|have)\b|\blean(?:s|ing)?\s+towards?\b",
        description='"we would rather see five years", "we lean toward 5+ years": a preference for what follows',
    ),
    StrengthCue(
        name="a-plus",
        strength="preferred",
        # ... "a big plus", "a meaningful plus"
        pattern=r"\ba\s+(?:(?:big|huge|real|definite|nice|major|strong|great|meaningful|significant|distinct|solid)\s+)?"
        r"plus\b|\bplus\b(?=\s*[.!,;)]|\s*$)",
        description='"a plus", "a big plus", "... plus." at the end of a phrase',
    ),
    StrengthCue(
        name="helps",
        strength="preferred",
        direction="backward",
        # what helps, said at the end of its phrase: "Epic, athenahealth, eClinicalWorks and NextGen experience all
        # help.", "Knowing Meditech would help"; not what the holder helps with ("help patients", "helps the team")
        # ... nor a bare "help" ("Ask your trainer for help.")
        pattern=r"\b(?:(?:(?:all|also|really|certainly|definitely)\s+|(?:would|will|could|can|does|do|may|might)\s+"
        r"(?:(?:also|really|certainly|definitely)\s+)?)help|helps)\b(?=[ \t]*(?:[.!;)]|\n|$))",
        description='"Epic and NextGen experience all help", "Knowing Meditech would help": a preference',
    ),
    StrengthCue(
        name="ideal",
        strength="preferred",
        # "Ideally, candidates must be educated to ...": "ideally" softens the "must" after it (the cue ends past the
        # "must", nearer what it speaks of)
        # ... and "The ideal candidate will have had minimum 2 years" (but "the ideal candidate must have" is a must)
        # ... "Ideally, you will need to have a minimum of 6 months NHS experience"
        pattern=r"\bideally,?\s+(?:[a-z]+\s+){0,2}?(?:must(?:\s+(?:be|have))?|need\s+to(?:\s+(?:be|have))?"
        r"|(?:have\s+)?(?:a\s+)?minimum(?:\s+of)?)\b"
        r"|\bideal\s+(?:candidate|applicant|person)\s+(?:will|would|should)\s+(?:have\s+)?(?:had\s+)?(?:a\s+)?minimum"
        # not "This post is ideal for ... after at least 18 months experience": whom the post suits, as "suitable for"
        # nor what the post is to the candidate: "looking for the ideal opportunity to take the next step"
        # ... nor Queensland's selection criteria: "the ideal applicant will be someone who can demonstrate:"
        r"(?:\s+of)?\b|\bideal\b(?!\s+for\b)(?!\s+(?:applicant|candidate)\s+will\s+be\s+someone\s+who\s+(?:can|is\s+able\s+to)\s+demonstrate\b)(?!\s+(?:opportunity|opportunities|role|job|post|position|chance|time|"
        r"place|move|step)\b)|"
        + _said_of_what_is_near("ideally")
        # (not the plan, nor an advantage taken: "Medicare Advantage", "take advantage of our benefits")
        + r"|\bnice[\s-]+to[\s-]+have\b|\bbonus\b|\badvantage(?:ous)?\b(?<!medicare advantage)(?<!take advantage)"
        r"(?<!taking advantage)(?<!competitive advantage)|\bhelpful\b|\bbeneficial\b"
        # "We'd love to see a CCS", "It would be great if you also hold a CRC", "CRC would be great" (not "would be
        # great for someone who ...": whom the post suits)
        # (not the invitation "we would love to hear from you")
        # ... "I'd also be very interested in anyone holding the CHDA"
        r"|\b(?:we|i)(?:[’']d|\s+would)\s+(?:also\s+|really\s+|genuinely\s+|truly\s+|definitely\s+)?"
        r"(?:love|like\s+to\s+see|be\s+(?:very\s+|especially\s+|particularly\s+)?interested\s+in)\b"
        r"(?!\s+to\s+(?:hear|talk|speak|meet|chat|receive|welcome|have\s+you|see\s+you|invite)\b)"
        r"|\b(?:would|wld)\s+(?:also\s+)?be\s+(?:great|nice|wonderful|fantastic|awesome|amazing)\b(?!\s+for\b)"
        # "If you also hold an RHIT, it would not hurt", "A CEMC ... wouldn't hurt"; "cpma ... not a dealbreaker"
        r"|\b(?:would\s+not|wouldn['’]?t|won['’]?t|will\s+not|doesn['’]?t|does\s+not|can['’]?t|never)\s+hurts?\b"
        r"|\bnot\s+a\s+deal[\s-]?breaker\b"
        # "If you already have a CPC alongside your CRC, she likes that, but it's gravy"
        r"|\bgravy\b|\b(?:she|he|they|we|i)\s+(?:really\s+)?likes?\s+(?:that|to\s+see\s+(?:that|it))\b"
        r"|\b(?:great|good)\s+to\s+have\b"
        # "It helps if you've spent a year or more in a hospital HIM department", "it helps to have Epic"
        r"|\bit\s+(?:really\s+|also\s+|certainly\s+|definitely\s+)?helps\s+(?:a\s+lot\s+)?(?:if|when|to\s+(?:have|know|be))\b"
        # "a master's would set you apart", "would make you stand out", "someone with a bachelor's would stand out", "An
        # RHIT would certainly get our attention", "would catch our eye"
        r"|\b(?:would|will|could|can)\s+(?:really\s+|certainly\s+|definitely\s+|also\s+)?(?:set\s+you\s+apart"
        r"|(?:make\s+you\s+)?stand\s+out|(?:get|catch|grab)\s+our\s+(?:attention|eye))\b"
        # "that's a feather in your cap"
        r"|\bfeather\s+in\s+your\s+cap\b"
        # "it gets you a closer look", "gives you an edge", "a leg up"
        r"|\b(?:gets?|gives?|earns?)\s+you\s+(?:an?\s+)?(?:closer\s+look|second\s+look|edge|leg\s+up|head\s+start)\b"
        # "If you also hold a CPC, put it at the top of your resume, it helps you stand out"
        r"|\b(?:helps?|makes?|sets?)\s+you\s+(?:stand\s+out|apart)\b"
        # "if you have a bachelor's ... we'll count it in your favor"
        r"|\bin\s+your\s+favou?r\b"
        # "... is a nice extra", "A CEMC is nice if you have it" (not "is nice to work with")
        r"|\bnice\s+extra\b|\b(?:is|are)\s+nice\b(?!\s+to\b)"
        # "Candidates holding the RHIA or RHIT credential may receive priority consideration"
        r"|\bpriority\s+consideration\b"
        # "CPC would be welcome", "A CCS is also welcome", "CPC welcome." (not "welcome to apply", "Welcome to our
        # team", a welcome bonus)
        # (nor "CCA/CCS welcome, not needed": what follows says it)
        r"|\bwelcome\b(?!\s+(?:to|bonus|aboard|package|letter|home|center|centre|desk|kit)\b)"
        r"(?![^\S\n]*[,;-]?[^\S\n]*(?:but\s+)?not\s+(?:needed|required|necessary|essential|a\s+must)\b)"
        r"(?=[^\S\n]*(?:[.;,)!\n]|$|--?\s|[–—]|(?:if|as\s+well|too)\b))"
        # "Six months ... is enough for the client; a year or more is better"
        r"|\b(?:is|are|would\s+be|even)\s+better\b(?!\s+(?:than|at|for|to|with|in)\b)"
        r"|\bencouraged\b" + _GROWTH_ENCOURAGED_BEFORE + r"|\bstrongly\s+considered\b"
        # "Microsoft packages would be a benefit"; not "a benefit we offer"
        r"|\b(?:would|will|is)\s+(?:be\s+)?(?:an?\s+)?(?:real\s+|great\s+|distinct\s+|definite\s+|added\s+)?benefit\b"
        # "... would be considered an asset", "is a real asset"; not "asset management" (the word before it first, as
        # every alternative of the cue starts with "\b")
        r"|\b(?:an|real|great|added|valuable|definite)\s+asset\b",
        description='"ideally", "nice to have", "an advantage", "helpful", "would be a benefit", '
        '"strongly considered", "would be an asset"',
    ),
    StrengthCue(
        name="required",
        strength="required",
        # "minimum" says how much, not how strongly, where the sentence prefers it: "Minimum 2 years' experience in a
        # hospital HIM department preferred"
        # (not "not required but helpful", whose preference the cue after "but" says)
        # (not "isn't required, but is a plus", whose preference the cue from "isn't" says; the look back after the
        # word, so that the search still skips to the words' first letters)
        # (nor "no longer required, just preferred")
        pattern=r"\brequire(?<!not require)(?<!n't require)(?<!n’t require)(?<!neither is require)"
        r"(?<!neither are require)(?<!no longer require)(?:d|s|ment|ments)?\b|\bmust\b"
        # ... glued to the next line's first word, as saved pages run a list's lines together: "Current CCS or CIC
        # certification requiredRHIA or RHIT preferred"
        r"|\brequired(?<!not required)(?<!n't required)(?<!n’t required)(?=[a-z])"
        # ... broken at a line's end, as a PDF's lines are: "three (3) years of healthcare data analysis re-\n quired"
        r"|\bre-[ \t]*\n[ \t]*quired\b|\brequi-[ \t]*\n[ \t]*red\b"
        r"|\bmandatory\b"
        # (nor "minimum of" a figure glued to it: "A minimum of6 months", "A minimum oftwo years"; nor a figure right
        # after it, whose floor it says, as strongly as its heading asks: "Desirable / - minimum 2 years clinical coding
        # experience")
        r"|\bminimum\b(?!\s+of(?:\b|\d|(?:two|three|four|five|six|seven|eight|nine)\b))"
        r"(?!\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)\b))"
        # (nor right after one: "(6 months minimum)")
        r"(?<!months minimum)(?<!month minimum)(?<!years minimum)(?<!year minimum)"
        # (up to a comma and a conjunction: "An associate degree is the minimum, and a bachelor's ... is preferred")
        r"(?!(?:(?!,\s*(?:and|but|while|whereas)\b)[^.;\n])*\b(?:prefer(?:red|ably)?|desired|desirable|a\s+plus"
        r"|ideally)\b)"
        r"|\bessential\b"
        r"|\bnecessary\b|\bneeded\b|\bneed\s+to\b|\bhave\s+to\b|\bshall\b|\bobligatory\b"
        # ... a credential the holder is to earn, by a date the sentence says: "If you don't hold it, you will be
        # expected to earn it within your first 12 months"
        r"|\bexpected\s+to\s+(?:earn|obtain|achieve|attain|pass|get|become)\b"
        # "The Ideal Candidate / ... you will need a doctorate in your professional specialism", "You'll need an
        # associate degree"
        r"|\bwill\s+need\b|\b(?:you|we|they)['’]ll\s+need\b"
        # ... the employer's own: "We also need at least two years of hospital outpatient coding experience, and
        # surgery experience in particular is strongly preferred"
        r"|\b(?:we|i)\s+(?:also\s+|really\s+|absolutely\s+|still\s+|do\s+)?need\b(?!\s+(?:not|help)\b)"
        # shorthand: "CPC req'd", "2 yrs exp reqd", "Min 3 years exp as clinical coder"
        r"|\breq['’]?d\b|\bmin\.?(?=[ \t]*\d)"
        # "An associate degree is the least we can accept"
        r"|\bthe\s+least\s+(?:we|they|the\s+client)\s+(?:can|will|would)\s+(?:accept|consider|take)\b",
        description='"required", "must", "mandatory", "minimum", "essential", "shall", "the least we can accept"',
    ),
]

# What moves a holder of the job up a level, not what the job asks: "12 months in role, Coding Specialist I team
# members are eligible to advance to Coding Specialist II", "To progress from Band 4 to Band 5 you will need:"
_PROGRESSION = (
    r"\beligible\s+(?:to\s+(?:advance|progress|move\s+up)|for\s+(?:promotion|progression|advancement))\b"
    r"|\bprogress(?:ion)?\s+(?:pathway\s+|route\s+)?(?:from\s+(?:band|grade|level)\s+\w+\s+)?to\s+"
    r"(?:the\s+next\s+|a\s+higher\s+)?(?:band|grade|level)\b"
    r"|\b(?:progression|promotion|advancement)\s+(?:pathway|route|criteria)\b"
    # a move from one level of the job to the next: "Advancement from Coder II to Coder III (Senior/Validation Coder)
    # requires five years ...", "Promotion to Auditor III requires ..."
    r"|\b(?:advancement|promotion|progression)\s+(?:from\s+[^.;\n]{1,60}?\s)?to\s+(?:the\s+)?(?:[\w/-]+\s+){0,3}?"
    r"(?:i{1,3}|iv|[1-5]|senior|lead|next\s+level)\b"
    # a later move the holder may make, and what it requires: "Coder I staff may later apply for our Coder II pathway,
    # which requires the CCS credential"
    r"|\b(?:may|can|could)\s+(?:later|eventually|then|go\s+on\s+to)\s+(?:apply|move|advance|progress|step\s+up)\b"
    r"|\b(?:pathway|track|ladder)\s*,?\s+which\s+requires\b"
)

SECTION_HEADINGS = [
    SectionHeading(
        name="heading-benefits",
        role="benefits",
        priority=50,
        # not a line that praises what is offered ("Competitive Salary", "Excellent benefits package"): one of the
        # offers, stated in the posting's header, not a heading over what follows
        pattern=r"^(?![\W\d_]*(?:an?\s+)?(?:competitive|excellent|attractive|generous|great|good|enhanced)\b)"
        r".*?\b(benefits?|perks|we (?:can |are able to |will |also )?offer|what we (?:can )?offer|on offer"
        r"|what you(?:'ll| will)? get(?!\s+to\b)|compensation|salary"
        r"|pay range|total rewards|why (?:join|work)|our offer|how (?:will|can|do) we support you"
        # ... a heading of pay alone ("PAY", "Hourly pay"), or a lead-in that says what it depends on: "Pay depends on
        # specialty, credential and experience:"
        r"|^(?:hourly\s+|base\s+)?pay(?:\s+rates?)?(?=\W*$)"
        r"|^(?:pay|salary|compensation|wages?|(?:pay\s+)?rates?)\s+(?:depends|depend|varies|vary|is\s+based|are\s+based)\b"
        # ... why the employer is the place to be, in three words at most: "Why Buckeye", "Why Pecan Hollow?", "Why us"
        # (not "Why you?", "Why we need you", nor "Why this role", which may say what it asks; nor a question of more
        # words, "Why is coding accuracy important?")
        r"|^why\s+(?!you\b|we\b|this\s+(?:role|job|position|post)\b)[\w&'’-]+(?:[ \t]+[\w&'’-]+){0,2}(?=\??$)"
        # what an apprenticeship or training post gives: "Apprenticeship Programme details:" over "The AMSPAR Level 3
        # Certificate in Medical Terminology", "Training provider will be Dudley College"
        r"|(?:apprenticeship|training)\s+(?:programme|program|scheme)\s+details|apprenticeship\s+details"
        # ... and what the program itself includes: "What the program includes", "What's included", "The apprenticeship
        # provides"
        r"|what(?:['’]s|\s+is)\s+included|(?:what\s+)?(?:the|this|our)\s+(?:program|programme|apprenticeship|internship"
        r"|externship|residency|fellowship|academy)\s+(?:includes|provides|offers|gives\s+you))\b",
        description='"Benefits", "What we offer", "Salary & Benefits", "What the program includes"; not "Competitive '
        'Salary", a line that praises an offer',
    ),
    SectionHeading(
        name="heading-ineligible",
        role="excluded",
        priority=60,
        pattern=_INELIGIBLE,
        description='"Not eligible:": what the list under it names rules a candidate out',
    ),
    SectionHeading(
        name="heading-preferred",
        role="preferred",
        priority=40,
        # "It would also be an advantage to have the following attributes and qualifications:"
        # not a payment ("17.5% RECRUITMENT AND RETENTION BONUS", "Sign-on bonus"): a line of the offer
        # ... "What will make you stand out?", "What sets you apart"
        pattern=r"\b(preferred|desired|desirable|nice[- ]to[- ]haves?|pluses|a plus|additional qualifications"
        r"|(?:make|makes)\s+you\s+stand\s+out|sets?\s+you\s+apart"
        # ... "You'll really stand out if...", "You will stand out if:"
        r"|you(?:['’]ll|\s+will)\s+(?:really\s+|also\s+)?stand\s+out"
        # ... "Extras that stand out"
        r"|(?:extras?\s+|things\s+)?(?:that|which)\s+(?:will\s+)?stand\s+out"
        r"|bonus points|additional considerations|highly regarded"
        # a lead-in: "Preference will be given to applicants who, in addition to meeting the minimum qualifications,
        # have:"
        r"|preference\s+(?:will\s+be|is|may\s+be)\s+given"
        # "The most competitive candidates will also have:", "The strongest applicants bring:"
        r"|(?:most|more|highly)\s+competitive\s+(?:candidates|applicants)|strongest\s+(?:candidates|applicants)"
        # a civil-service posting's factors that score candidates who meet its minimums: "RATING FACTORS", "Quality
        # Ranking Factors"
        r"|(?:rating|ranking)\s+factors?"
        # ... a Kenyan or Indian advert's "Added advantage:"
        r"|added\s+advantages?"
        # a state posting's "Management Preferences"
        r"|(?:management|employer|hiring|agency)\s+preferences"
        # "Great if you also have:", "What we'd love you to have"
        r"|(?:great|nice|good)\s+if\s+you(?:\s+also)?\s+have"
        # ... "What we'd like to see:"
        # (not "We would like you to have:", which UK adverts write over what they ask)
        r"|(?:we['’]d|we\s+would)\s+(?:really\s+|also\s+)?(?:love\s+(?:you\s+to\s+have|to\s+see)|like\s+to\s+see)"
        r"|bonus(?<!retention bonus)(?<!signing bonus)(?<!sign-on bonus)(?<!sign on bonus)(?<!welcome bonus)"
        r"(?<!joining bonus)(?<!referral bonus)(?<!relocation bonus)(?<!annual bonus)(?<!performance bonus)"
        r"|ideally|ideal(?!\s+(?:applicant|candidate)\s+will\s+be\s+someone\s+who\s+(?:can|is\s+able\s+to)"
        r"\s+demonstrate\b)|an advantage|advantageous|beneficial|extra credit|(?:good|great)[- ]to[- ]haves?|helpful"
        # Canada's "Assets" over what is preferred (not "Asset Management")
        r"|optional|assets?(?!\s+(?:management|protection|tracking|register|recovery))"
        # a heading of one word: "Nice:" over what would be a plus; "What would be nice:", "Would be great"
        r"|^nice(?=\W*$)|^(?:what\s+)?(?:would|wld)\s+be\s+(?:nice|great|a\s+plus)(?=\W*$)"
        # ... or "Advantage:" (as Philippine and Indian adverts head it; not "Advantages", often the offer)
        r"|^advantage(?=\W*$)"
        # "What I'd like but won't insist on:" (not "We would like you to have:", over what UK adverts ask)
        r"|(?:i|we)(?:['’]d|\s+would)\s+like\s+but|won['’]?t\s+insist)\b"
        # ... a table's column headed in short: "Pref." beside "Req."; a terse order's label: "PREF: CRC and CEMC"
        r"|^pref(?:\.|['’]?d|s)?(?=\W*$)",
    ),
    SectionHeading(
        name="heading-duties",
        role="duties",
        priority=30,
        pattern=r"\b(responsibilit(?:y|ies)|duties|essential (?:functions|job functions)|what you(?:'ll| will) do"
        # (a job board's "Full job description" after its own blocks of pay and benefits)
        r"|(?:full\s+)?job (?:description|summary)|position summary|summary|overview|about the (?:role|job|position)"
        r"|key tasks"
        r"|the role|day to day|what will you be doing|what you(?:['’]ll| will) be doing"
        r"|what (?:does|will) the (?:role|job|post) involve)\b",
    ),
    SectionHeading(
        name="heading-kind-of-qualifications",
        role="required",
        priority=25,
        topic=True,
        # a kind of qualifications is a topic, as "Education" is: "DESIRABLE CHARACTERISTICS / Educational/Vocational
        # Qualifications / ... / Experience / ..." (both under the strength above them)
        pattern=r"\b(?:educational|vocational|academic|professional)(?:\s*/\s*(?:educational|vocational|academic"
        r"|professional))?\s+qualifications?\b",
        description='"Educational/Vocational Qualifications", "Professional Qualifications": a topic, as strongly '
        "asked as the heading above it",
    ),
    SectionHeading(
        name="heading-candidate-profile",
        role="required",
        priority=45,
        # a job board's fixed heading over what is asked, "desired" though it says: India's "Desired Candidate Profile"
        pattern=r"\b(?:desired|preferred)\s+(?:candidate|applicant)(?:['’]s)?\s+profile\b",
        description='"Desired Candidate Profile": a board\'s heading over what the posting asks',
    ),
    SectionHeading(
        name="heading-required",
        role="required",
        priority=20,
        # the UK's "Essential:", "Essential skills as a Paramedic:" ("Essential Functions" are duties, above)
        pattern=r"\b(requirements?|required|qualifications?|criteria|minimum|basic|must haves?|mandatory|eligibility"
        r"|essential|who you are|what you(?:['’]ll| will)? need|(?:what|who) we(?:['’]re| are) looking for|about you"
        r"|what you(?:['’]ll| will) bring|is this you|person specification|what (?:do )?we need"
        # questions that head the part: "What can you offer us?", "Who are we looking for?"
        r"|what (?:can|do|will) you (?:offer|bring)|(?:what|who) are we looking for"
        # ... whom the posting is for: "Who should apply", "Who can apply", "Who this program is for"
        r"|who (?:should|can|may) apply|who (?:this|the|our) (?:role|job|position|program|programme|apprenticeship"
        r"|internship) is for)\b"
        # a table's column headed in short: "Req." beside "Pref."
        r"|^req(?:\.|['’]d)(?=\W*$)",
    ),
    # the topics, one rule each: a strength heading that names one ("PREFERRED CREDENTIAL") governs it up to a field of
    # another ("EXPERIENCE:    Min 2 yrs ...")
    SectionHeading(
        name="heading-topic-education",
        role="required",
        priority=15,
        topic=True,
        pattern=r"\beducation\b",
        description='"Education": required on its own, and under a "Preferred Qualifications" heading, preferred',
    ),
    SectionHeading(
        name="heading-topic-experience",
        role="required",
        priority=15,
        topic=True,
        pattern=r"\bexperience\b",
        description='"Experience": required on its own, and under a "Preferred Qualifications" heading, preferred',
    ),
    SectionHeading(
        name="heading-topic-credentials",
        role="required",
        priority=15,
        topic=True,
        pattern=r"\b(?:certifications?|licen[cs]ure|credentials?)\b",
        description='"Certifications", "Licensure", "Credentials": required on their own, and under a "Preferred '
        'Qualifications" heading, preferred',
    ),
    SectionHeading(
        name="heading-topic-skills",
        role="required",
        priority=15,
        topic=True,
        pattern=r"\b(?:skills|knowledge)\b",
        description='"Skills", "Knowledge": required on their own, and under a "Preferred Qualifications" heading, '
        "preferred",
    ),
    SectionHeading(
        name="heading-other",
        role="other",
        priority=10,
        pattern=r"\b(about (?:us|the company|our)|who we are|equal (?:opportunity|employment)|eeo|how to apply|location"
        r"|schedule|shift|contact)\b",
    ),
    SectionHeading(
        name="lead-in-ineligible",
        role="excluded",
        where="lead_in",
        pattern=_INELIGIBLE,
        description='"Candidates who hold the following qualifications are not eligible:" (an apprenticeship for '
        "beginners): the list names what rules a candidate out, not what is asked",
    ),
    SectionHeading(
        name="heading-not-asked",
        role="not_asked",
        priority=62,
        # what the posting says the job does not ask: "What doesn't matter:", "What we don't need:", "Not required:"
        pattern=r"^\W*(?:what\s+(?:doesn['’]?t|does\s+not|won['’]?t|will\s+not)\s+matter"
        r"|what\s+(?:we|you)\s+(?:don['’]?t|do\s+not)\s+(?:need|require|care\s+about)"
        # ... "What you won't need", "What you will not need"
        r"|what\s+(?:we|you)\s+(?:won['’]?t|will\s+not)\s+(?:need|require)"
        # ... a submittal's part about the candidate put forward: "===== CANDIDATE INFORMATION =====", "Recruiter
        # summary"
        r"|(?:candidate|applicant)(?:['’]s)?\s+(?:information|summary|details)"
        r"|recruiter(?:['’]s)?\s+(?:summary|notes?)"
        # ... a document's own history: "REVISION HISTORY" ("removed CCA as an acceptable credential"), "Change log"
        r"|(?:revision|document|change|version|amendment)s?\s+(?:history|log|record|control)|change\s*log"
        # ... "What they are not asking for:", "What we're not looking for"
        r"|" + _NOT_ASKING_FOR + r"|(?:you\s+)?(?:don['’]?t|do\s+not)\s+need|not\s+(?:required|needed|necessary))\W*$",
        description='"What doesn\'t matter:", "What we don\'t need:", "Not required:": what the part under it names is '
        "not asked",
    ),
    SectionHeading(
        name="heading-application-questions",
        role="not_asked",
        priority=61,
        # an applicant-tracking system's questions at the posting's end ("Application Questions", "Screening
        # questions", "Pre-Screening Questionnaire", "Application Question(s):"), whose answers the employer weighs but
        # which the posting's body has already said what it asks; the form around them ("Apply for this Job"); a job
        # board's card of the people hiring ("Meet the hiring team": a poster's own letters)
        # ... a public employer's "Supplemental Questions", "Agency-Wide Supplemental Questions"
        pattern=r"^\W*(?:(?:[\w-]+\s+)?(?:(?:pre-?)?screening|application|applicant|knock-?out|employer|additional"
        r"|supplemental|supplementary)\s+"
        r"(?:questions?(?:\(s\))?|questionnaire)|questionnaire|apply\s+for\s+this\s+(?:job|position|role)"
        r"|meet\s+the\s+(?:hiring\s+)?team)\W*$",
        description='"Application Questions", "Screening questions", "Apply for this Job", "Meet the hiring team": '
        "the form's questions and the poster's card ask nothing of their own",
    ),
    SectionHeading(
        name="heading-progression",
        role="progression",
        priority=55,
        pattern=_PROGRESSION,
        description='"Progression criteria:", "To progress from Band 4 to Band 5 you will need:": the list under it '
        "is what moves a holder of the job up a level, not what the job asks",
    ),
    SectionHeading(
        name="heading-other-postings",
        role="other_postings",
        priority=58,
        # a saved job-board page goes on past the posting: "Similar jobs", "People also viewed", "Recommended for
        # you", "More jobs like this", "Related searches", each over other jobs' titles, pay and credentials
        # (an employer's name may stand between: "Other Sentinel openings you may be interested in:")
        pattern=r"^[\W\d_]*(?:(?:explore|see|view|browse)\s+)?"
        r"(?:(?:similar|related|recommended|suggested|more|other|popular|nearby)\s+"
        r"(?:[\w&'’.-]+\s+){0,2}?(?:jobs?|positions|roles|openings|vacancies|postings|searches|careers)\b"
        # ... with what a board says of them: "Other jobs you may like", "Similar roles you might be interested in"
        r"(?:\s+(?:you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|like\s+this|for\s+you)\b)?"
        r"|people\s+(?:also|who\s+\w+\s+this\s+job\s+also)\s+(?:viewed|searched|applied|considered)\b"
        r"|jobs?\s+(?:you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|like\s+this)\b"
        r"|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)\b"
        r"|recommended\s+for\s+you\b|recently\s+viewed\b|more\s+(?:jobs|openings)\s+(?:like\s+this|from|at)\b"
        # a recruiter's newsletter or post: "ALSO ON MY DESK THIS WEEK", "Also hiring:", "Other roles I'm working on"
        r"|(?:also\s+)?on\s+my\s+desk\b|also\s+(?:hiring|recruiting)\b"
        r"|other\s+(?:roles|jobs|openings|positions|searches)\s+(?:i['’]m|i\s+am|we['’]re|we\s+are)\s+"
        r"(?:working|recruiting)\b"
        r"|more\s+from\s+(?:this|the)\s+(?:employer|company|recruiter)\b|(?:employee\s+|company\s+)?reviews\s*$"
        # ... and what its reviewers say: "Top review highlights by sentiment", "What employees are saying"
        r"|(?:top\s+)?review\s+highlights(?:\s+by\s+(?:sentiment|topic|rating))?\b"
        r"|what\s+(?:employees|people|staff|workers)\s+(?:are\s+)?say(?:ing)?\b"
        # a job alert's list: "New jobs for you this week:", "3 new matches for your search"
        r"|(?:new\s+|top\s+)?(?:jobs|matches|openings)\s+(?:for\s+(?:you|your)|matching\s+your|based\s+on\s+your)\b)",
        description='"Similar jobs", "People also viewed", "New jobs for you": other jobs listed on a saved page or '
        "a job alert ask nothing of this job's candidate",
    ),
    SectionHeading(
        name="lead-in-hedge",
        role="possible",
        where="lead_in",
        # not a list of duties ("Key responsibilities and duties for the roles may include:"): a duty that names a
        # system or a code set uses it, whichever duties a holder is given
        pattern=r"^(?!.*\b(?:duties|responsibilit(?:y|ies)|tasks)\b).*?"
        r"(?:\bmay\s+include\b|\bsuch\s+as\b|\bfor\s+example\b|\bexamples?\b|\bvar(?:y|ies|ying)\b)",
        description='"Required credentials may include:": the list names possibilities, not requirements (a list of '
        "duties that may include ... is read as duties)",
    ),
    SectionHeading(
        name="lead-in-candidate-will-have",
        role="required",
        where="lead_in",
        priority=-10,
        # "A successful candidate for this Health Care Assistant role will have:", "To apply for this post, you will
        # have the following:"; not "The ideal candidate will have:" (the heading words read that one: preferred),
        # nor "To progress from Band 4 to Band 5 you will need:" (a progression)
        pattern=r"^(?!.*\b(?:ideal(?:ly)?|prefer(?:red|ably)?|desirable|desired|bonus|advantageous)\b)"
        rf"(?!.*(?:{_PROGRESSION})).*?"
        r"\b(?:will|must|should|shall)\s+(?:also\s+)?(?:have|need|hold|possess|demonstrate|bring)\b",
        description='"A successful candidate for this role will have:": what the list under it names is asked',
    ),
]

DISMISSALS = [
    Dismissal(
        name="benefit",
        scope="clause",
        reason="a benefit the employer offers",
        # (not an aside of its own after a requirement: "CPMA, or the ability to obtain CPMA within 6 months of hire (we
        # cover the exam)" pays for the exam, which ``paid-for`` reads right before what is paid for)
        pattern=r"(?<!\()(?<!\( )\b(?:we|employer|company|organi[sz]ation|hospital)(?:['’]ll)?\s+"
        r"(?:will\s+)?(?:also\s+)?(?:pay|pays|cover|covers|reimburse|reimburses|sponsor|sponsors|fund|funds)\b"
        r"|\btuition\b|\bexam(?:ination)?\s+(?:fees?|costs?|vouchers?)\b"
        # ... "Sponsorship for CRC / CEMC exam after 12 months of service"
        r"|\bsponsorship\s+(?:for|of)\b[^.;\n]{0,40}?\bexams?\b"
        # ... "payment of your ODS-C recertification and annual maintenance fee"
        r"|\bpayment\s+of\s+(?:your|the)\s+(?:[\w-]+\s+){0,4}?(?:recertification|renewal|maintenance|exam|membership"
        r"|dues|fees?)\b"
        # ... "one additional AAPC or AHIMA exam per year covered (CPC, CCS, CRC, CDEO)"
        r"|\bexams?\s+(?:(?:per|a|each|every)\s+year\s+|annually\s+)?(?:covered|paid|reimbursed)\b"
        # reimbursement of the candidate's costs, not "reimbursement methodologies" (a coder's subject)
        r"|\breimburs\w*\s+(?:for|of)\s+(?:the\s+|your\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:exams?|certifications?|credentials?|fees?|costs?|ceus?)\b"
        r"|\b(?:exam|certification|credential|ceu|education|training|course)\s+(?:(?:and|&)\s+(?:exam|certification"
        r"|credential|ceu|education|training|course)\s+)?(?:fee\s+|cost\s+)?reimbursement\b"
        # who may choose to earn one: "Team members who want to earn an AHIMA credential (CCA or RHIT) after one year of
        # service may apply for ... reimbursement"
        r"|\b(?:who|that)\s+(?:want|wish|would\s+like|choose|decide)\s+to\s+(?:earn|obtain|pursue|sit\s+for)\b"
        # ... the employer by its name: "Sierra Vista reimburses the AAPC membership and up to 2 specialty credential
        # exams (e.g., CGSC, COSC)"
        # ... "Prairie State sponsors the CHDA exam for analysts after one year of service"
        # ... and what it will do: "... and will sponsor your CRIS exam after six months of employment"
        r"|\b(?:will|to)\s+(?:also\s+)?(?:reimburse|sponsor|pay\s+for|cover)\s+(?:the\s+|your\s+|all\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:membership|dues|exams?|fees?)\b"
        r"|\b(?:reimburses|sponsors|pays\s+for)\s+(?:the\s+|your\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:membership|dues|exams?|fees?|costs?|ceus?)\b"
        # "We will support you in obtaining your CPC", "help you earn", "assist with obtaining"
        r"|\bpaid\s+(?:for|exam|certification|training)\b|\b(?:support|help|assist)s?\s+(?:you\s+)?"
        r"(?:(?:to|in|with)\s+)?(?:obtain(?:ing)?|earn(?:ing)?|achiev(?:e|ing)|pursu(?:e|ing)|get(?:ting)?"
        r"|complet(?:e|ing)|undertak(?:e|ing)|study(?:ing)?)\b|\bat\s+no\s+cost\b"
        r"|\bfree\s+(?:exam|training|membership)\b"
        # "The fees for the two year Foundation Degree are met by the Trust", "The cost of the Foundation Degree
        # Programme with Plymouth University will be met by the Trust"
        r"|\bfees?\s+(?:for|of)\s+(?:[\w-]+\s+){0,5}?(?:are|is|will\s+be)\s+(?:met|paid|covered|funded)\b"
        r"|\b(?:will\s+be|is|are)\s+(?:met|paid|covered|funded)\s+(?:in\s+full\s+)?by\s+(?:the\s+)?"
        r"(?:trust|employer|organi[sz]ation|hospital|practice|board|service|us)\b"
        # "a free, company-paid RHIT exam prep course"
        r"|\b(?:company|employer)[-\s]paid\b|\bexam\s+prep(?:aration)?\s+(?:course|class|program)\b"
        # ... a public employer's: "may receive agency-paid preparation for the Certified Coding Specialist (CCS)
        # examination", "state-funded exam preparation"
        r"|\b(?:agency|state|county|department|trust|hospital|employer)[-\s](?:paid|funded|sponsored)\s+(?:exam\s+)?"
        r"(?:preparation|prep|review|training|tuition)\b"
        # ... by the employer's name, after what it pays for: "two attempts at the CPC exam, paid by Lakeshore" (not
        # the candidate's own costs: "exam fees paid by the applicant")
        # (nor how the job pays: "CPC required, paid by the hour", "paid by direct deposit")
        r"|,\s*(?:paid|covered|funded|reimbursed)\s+(?:for\s+)?(?:in\s+full\s+)?by\s+"
        r"(?!(?:you|yourself|the\s+(?:candidate|applicant|employee|student|trainee)s?|(?:the\s+)?(?:hour|visit|chart"
        r"|piece|encounter|case|record|day|week|month|mile)|production|direct\s+deposit|check|cheque)\b)[a-z]"
        # study the job offers: "the opportunity to undertake the funded MSc", "supported through an MSc"
        r"|\bopportunit(?:y|ies)\s+to\s+(?:undertake|complete|study|gain|achieve|obtain|pursue|work\s+towards"
        r"|progress|embark\s+on)\b"
        r"|\b(?:supported|funded|sponsored)\s+(?:to\s+(?:undertake|complete|study|gain|achieve|obtain)|through)\b"
        # not the job itself: "In order to undertake this role you should have at least six months experience"
        # ... "We also support a number of our Consultant Psychiatrists through an Executive MBA programme"
        # ... not the candidate's willingness ("either be a non-medical prescriber, or willing to undertake this
        # training": the rule "willing-to-undertake" below, which leaves experience asked in the clause alone)
        r"|\bsupport(?:s|ed)?\s+(?:[\w'’()-]+\s+){0,6}?through\b"
        r"|\b(?:(?<!willing )(?<!prepared )to|will)\s+undertake\b"
        r"(?!\s+(?:this|the|your)\s+(?:role|post|position|job)\b)"
        # ... "The post-holder will carry out a lab-based MD/PhD degree in Peritoneal Malignancy"
        r"|\b(?:to|will)\s+carry\s+out\s+(?:an?\s+|the\s+)?(?:[\w/-]+\s+){0,3}?(?:md|phd|msc|doctorate|degree|masters?)\b"
        # courses the employer offers: "We are also able to offer degree and masters level courses"
        r"|\b(?:we|trust)\s+(?:can\s+|are\s+(?:also\s+)?able\s+to\s+|also\s+)?offer\b[^.;\n]{0,120}?"
        r"\b(?:courses?|training|programmes?|programs?|study|education|support\s+and\s+access)\b"
        # what the post leads to: "a research fellowship to enable them to complete a higher degree (PhD)"
        r"|\b(?:enables?|enabling|allows?|allowing)\s+(?:them|you|trainees|the\s+post\s?holder)\s+to\s+"
        r"(?:complete|undertake|study|gain|achieve|obtain|pursue|proceed\s+to)\b",
        # what the clause also requires by a date is asked, whatever the employer pays: "HCS-D or BCHH-C, or the
        # ability to earn HCS-D within 6 months of hire (we reimburse the exam fee on your first attempt)"
        unless=r"\b(?:ability|able|required|must|need|needs)\s+to\s+(?:earn|obtain|get|achieve|pass|acquire)\b"
        r"[^.;\n]{0,40}?\bwithin\s+(?:the\s+first\s+)?(?:\w+\s+){0,2}?(?:days?|weeks?|months?|years?)\b",
    ),
    Dismissal(
        name="willing-to-undertake",
        scope="clause",
        exclude_kinds=["experience"],
        reason="study or training the candidate is willing to undertake, not something held",
        # "must be willing to undertake the MSc in Advanced Practice", "Willing to complete training on the Trust's
        # electronic clinical records system (RIO)"; a figure of experience in the clause is still asked ("at least 2
        # years ADHD experience and either be a non-medical prescriber, or willing to undertake this training")
        pattern=r"\b(?:willing|prepared)\s+to\s+(?:undertake|complete|attend)\b",
    ),
    Dismissal(
        name="study-offered",
        scope="clause",
        kinds=["education"],
        reason="study the employer offers, not a level asked for",
        # "extensive learning and development opportunities ... up to and including Masters", "an organisation committed
        # to furthering your learning at Master's level"; a level only: "6 months NHS experience and ... looking to
        # further your career" keeps its experience
        pattern=r"\b(?:learning|development|training|educational)\s+(?:and\s+development\s+)?opportunities\b"
        r"|\bfurther(?:ing)?\s+your\s+(?:learning|education|studies|development)\b"
        # the course the post is a training for: "The post holder will follow a clinical / theoretical programme at
        # Masters level", "a view to gaining full time employment after successful completion of the University
        # delivered training course"
        r"|(?:(?<=will )|(?<=to ))follow\s+(?:an?\s+|the\s+)?(?:[\w/,-]+\s+){0,4}?(?:programmes?|programs?|courses?)\b"
        r"|(?:(?<=after )|(?<=upon )|(?<=on ))successful\s+completion\s+of\s+the\b"
        # what the post teaches on, leads to or gives access to: "opportunities to teach on ... the Salomons Clinical
        # Psychology doctorate", "a validated programme ..., leading to the award of professional doctorate", "Access
        # to the Adult Critical Care Course at BSc or MSc level"
        # ... "will result in the award of Postgraduate Certificate. Further learning can continue up to the award of
        # MSc"
        r"|\bteach(?:ing)?\s+on\b|\b(?:leading\s+to|leads?\s+to|up\s+to|result(?:s|ing)?\s+in)\s+the\s+award\s+of\b"
        # ... and the modules it lets the post holder take: "Modules can also be taken from the UCLan MSc Leadership"
        r"|\bmodules?\s+(?:can|may|will)\s+(?:also\s+)?be\s+(?:taken|studied|chosen|selected)\b"
        r"|\baccess\s+to\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}?(?:course|programme|program|modules?)\b"
        # what the department teaches: "committed to the provision of high quality training at all levels ...,
        # contribution to training of ... academic posts including MSc and PhD"
        r"|\bprovision\s+of\s+(?:[\w-]+\s+){0,3}?(?:training|education)\b|\bcontribution\s+to\s+(?:the\s+)?training\b"
        # what the post holder is to study in the post: "Trainee practitioners will be expected to complete an MSc in
        # Advanced Clinical Practice" (not "required to have completed"), "committed to applying for external
        # fellowship funding for a PhD", a "(Degree Apprenticeship) BSC (Hons)"
        r"|\b(?:expected|required)\s+to\s+(?:complete|undertake|study|enrol|enroll|pursue)\b|\bfunding\s+(?:for|towards)\b"
        # ... "funding to complete an advanced clinical practice MSc", "Gaining a place on an apprentice ... MSc
        # course", "a postgraduate qualification in education funded to a maximum of £4,000", "working on the
        # professional doctorate programme" (the post's own work)
        r"|\bfunding\s+to\s+(?:complete|undertake|study|pursue|gain|achieve|obtain)\b"
        r"|\b(?:gain(?:ing)?|secur(?:e|ing)|obtain(?:ing)?|get(?:ting)?)\s+a\s+place\s+on\b"
        r"|\bfunded\s+(?:up\s+)?to\s+(?:a\s+)?(?:maximum|total|value|limit)\b"
        r"|\bworking\s+on\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:programmes?|programs?|courses?)\b"
        # "60 credits towards the 180 credits required for the Masters degree", "gain academic credits towards a BSc"
        r"|\bcredits?\s+(?:required\s+)?(?:towards?|for)\b"
        # "Substantial time is allocated within the weekly programme for both MSc and research activities"
        r"|\btime\s+(?:is\s+|will\s+be\s+)?(?:allocated|protected|ring-?fenced|set\s+aside)\b"
        # "develop your clinical skills underpinned with funded Master's Level Training in Minor Injury and Illness"
        r"|\bfunded\s+(?:[\w'’-]+\s+){0,3}?(?:training|study|studies|course|courses|programme|places?)\b"
        # ... and the course the post helps to build: "opportunities exist for those wishing to ... participate in the
        # development of master's level education"; or to teach: "We support the Universities ... in the delivery of
        # courses for the Faculty of Health and Social Work, for newly qualified, Master's and further"
        r"|\b(?:development|delivery)\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:education|curricul(?:um|a)|modules?|courses?|programmes?|programs?)\b"
        # ... "the Advanced Clinical Practitioner Apprenticeship at Masters level already in progress"
        # ... "IT skills courses and apprenticeships up to degree level", "3 staff on the new Occupational Therapy
        # apprentice 4 year degree course"
        r"|\bdegree\s+apprenticeships?\b|\bapprenticeship\s+degree\b|\bapprenticeships?\s+(?:at|to|up\s+to)\b"
        r"|\bapprentice\s+(?:[\w-]+\s+){0,3}?(?:degree|course|programme|program)s?\b"
        # "support for training at Master's level", "as you will be undertaking Non-medical prescribing as part of the
        # MSc Advanced Clinical Practice"; "We will support candidates to develop their role, including ... gaining a
        # postgraduate qualification in clinical pharmacy"
        r"|\bsupport\s+(?:for|with|towards)\s+(?:[\w-]+\s+){0,2}?(?:training|study|studies|education|learning)\b"
        r"|\bsupport\s+(?:[\w-]+\s+){1,2}?to\s+(?:develop|gain|achieve|complete|undertake|study|pursue|obtain)\b"
        r"|\bwill\s+be\s+undertaking\b"
        # study the team encourages: "Master level training is actively encouraged for the post holder"
        + r"|"
        + _STUDY_ENCOURAGED
        # "a developmental post, enabling suitable candidates to develop through the completion of a Master's Degree";
        # "A trainee post will be paid at band 7 until completion of MSc programme"
        + r"|\b(?:through|until|till|pending)\s+(?:the\s+)?(?:successful\s+)?completion\s+of\b"
        # study a candidate would like to do: "Aspiring practitioners ... who would like to develop further and obtain
        # degree level qualifications"
        r"|\b(?:like|wish|want|hope|aspire)\s+to\s+(?:[\w-]+\s+){0,3}?(?:obtain|gain|achieve|complete|study|pursue)\b"
        # what finishing the post's course leads to: "Successful completion of the Foundation Degree will enable you to
        # work in a Band 4 role"
        r"|\bcompletion\s+of\s+the\s+(?:[\w-]+\s+){0,5}?will\s+(?:enable|allow|lead|qualify)\b",
    ),
    Dismissal(
        name="teaching-levels",
        scope="clause",
        kinds=["education"],
        reason="the levels the employer teaches, not a level asked for",
        # "contributing to the departmental teaching program at undergraduate and postgraduate level", "a strong
        # commitment to undergraduate and postgraduate education": the two levels together are students taught
        # (not a degree of either: "an undergraduate or postgraduate degree in Psychology" asks for the first)
        pattern=r"\bundergraduate\s+(?:and|&|/|or)\s+post[\s-]?graduate\b(?!\s+(?:degrees?|qualifications?)\b)",
    ),
    Dismissal(
        name="training-provided",
        scope="clause",
        reason="a benefit the employer offers",
        pattern=_TRAINING_PROVIDED,
        # what is desirable stays so though training in it is given: "Microsoft Word and EMIS Web [Desired but not
        # essential as full training will be provided]"; not what the training is in, before a preference for another
        # thing ("EMIS training will be provided, but experience of patient admin systems is advantageous")
        # ... "A working knowledge of SystmOne is preferable although training will be provided"
        unless=r"\b(?:desired|desirable|preferred|preferable|advantageous|an\s+advantage|beneficial|helpful"
        r"|not\s+essential)\b.*?" + _TRAINING_PROVIDED,
    ),
    Dismissal(
        name="who-it-could-suit",
        scope="clause",
        reason="who the post could suit, not what it asks",
        # "This position could suit somebody with a law degree or equivalent": a guess at who might fit, which asks
        # nothing; "would suit those with a minimum of two years ... experience" says whom the post is for, and is left
        # to the cues. Written to start with "suit", which the search skips to
        pattern=r"suit\b(?:(?<=could suit)|(?<=might suit)|(?<=may suit)|(?<=could also suit)|(?<=may also suit)"
        r"|(?<=might also suit)|(?<=could well suit)|(?<=may well suit)|(?<=might well suit))",
    ),
    Dismissal(
        name="training-the-job-gives",
        scope="clause",
        reason="training the job gives, not what it asks",
        # "You will also attend several external medical terminology training courses"; written to start with
        # "attend", which the search skips to (a rule of its own: one more alternative of "benefit" is tried at
        # every word of every clause searched)
        pattern=r"(?:(?<=will )|(?<=to )|(?<=also ))attend\s+(?:[\w-]+\s+){0,5}?(?:training|courses?|workshops?)\b",
    ),
    Dismissal(
        name="what-the-training-covers",
        scope="sentence",
        # not the code sets of a coding course: a coder job that asks for the course asks for what it covers
        exclude_kinds=["coding_system"],
        reason="training the job gives, not what it asks",
        # "The training includes compulsory classroom sessions ... and will be assessed via OSCEs, written pharmacology
        # and X-ray interpretation exams at the end of the course": what a course covers is taught, whether the post
        # gives the course or an education path names it (coursework is not asked either)
        pattern=r"(?:(?<=the )|(?<=this )|(?<=our ))(?:training|course|programme|program)\s+(?:will\s+)?"
        r"(?:includes?|covers?|comprises?|consists?\s+of)\b"
        # ... "Weeks 1-6: classroom training with our AHIMA Approved trainers, covering the Official Coding
        # Guidelines, Epic and the 3M 360 Encompass encoder"
        r"|\btraining\b[^.;:\n]{0,80}?,\s+covering\b",
    ),
    Dismissal(
        name="paid-for",
        scope="before",
        reason="a benefit the employer offers",
        # "ClearPath pays for the CRIS exam": whoever pays, what is paid for is offered; right before the mention, so
        # "CPMA required within 6 months of hire (Summit pays for the exam)" keeps the CPMA
        pattern=r"\bpays?\s+for\s+(?:the\s+|your\s+|an?\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
        # ... "Keystone will pay for you to sit for the NHA Certified Electronic Health Records Specialist (CEHRS)"
        r"|\bpays?\s+for\s+(?:you|staff|employees|coders)\s+to\s+(?:sit|take)\s+(?:for\s+)?(?:the\s+|an?\s+)?"
        r"(?:[\w-]+\s+){0,2}?"
        # ... or its cost: "CIC will reimburse the cost of the NHA CEHRS exam", "we cover the cost of your CPC exam"
        r"|\b(?:reimburs\w*|pays?|paid|covers?|covered)\s+(?:for\s+)?(?:the\s+|your\s+)?(?:full\s+)?"
        r"(?:costs?|fees?|price)\s+of\s+(?:the\s+|your\s+|an?\s+|one\s+)?(?:[\w-]+\s+)?"
        # ... or a pay differential for holding one: "the $1.00/hr differential paid to coders who hold CCS, CPC or
        # RHIT"
        r"|\bdifferentials?\s+(?:paid\s+|offered\s+|given\s+)?(?:to|for)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:who\s+(?:hold|holds|have|has|earn)|with)\s+(?:an?\s+|the\s+)?",
    ),
    Dismissal(
        name="a-bonus-for-passing",
        scope="before",
        kinds=["credential"],
        reason="a bonus the employer pays for passing an exam, not a credential asked",
        # "A one-time $750 bonus when a Coder II passes the CCS exam", "$1,500 bonus when you pass the COSC exam", "a
        # bonus for passing the CRC"
        pattern=r"\bbonus\s+(?:(?:when|if|once|after)\s+(?:you|an?\s+(?:[\w-]+\s+){1,2}?|coders?|staff|employees)"
        r"\s*|for\s+)(?:pass(?:es|ing)?|earns?|earning|obtains?|obtaining|achieves?|achieving)\s+"
        r"(?:the\s+|your\s+|an?\s+|their\s+)?",
    ),
    Dismissal(
        name="the-credential-a-condition-names",
        scope="before",
        kinds=["credential"],
        reason="the credential a condition speaks of, not one asked",
        # "CRC strongly preferred if your primary credential is CPC or CCS", "CRC, if your current credential is CPC
        # or CCS" (the CRC is preferred; the CPC and the CCS are what the candidate may hold already)
        pattern=r"\bif\s+(?:your|the\s+(?:candidate|applicant)['’]s)\s+(?:primary\s+|current\s+|main\s+|existing\s+"
        r"|only\s+)?(?:coding\s+)?(?:credential|certification|certificate|designation)\s+is\s+(?:an?\s+|the\s+)?",
    ),
    Dismissal(
        name="codes-others-assign",
        scope="sentence",
        kinds=["coding_system"],
        reason="codes another department assigns, not a code set the job uses",
        # "Please note: this position codes diagnoses only. CPT and HCPCS codes are assigned by our billing department."
        pattern=r"\b(?:are|is)\s+(?:assigned|coded|handled|done|applied|entered|added)\s+by\s+(?:our|the|a|an|another"
        r"|other|a\s+separate)\s+(?:[\w-]+\s+){0,2}?(?:department|team|staff|office|coders|billers|vendor|unit)\b",
    ),
    Dismissal(
        name="credentials-verified",
        scope="sentence",
        kinds=["credential"],
        reason="how the employer checks credentials, not a credential asked",
        # a hiring step: "Credentials listed on your application (for example RHIT or CCA) are verified on ahima.org",
        # "we verify your CCS or CPC with AHIMA or AAPC" (what is asked is asked elsewhere)
        pattern=r"\b(?:credentials?|certifications?|licen[cs]es?)\s+(?:you\s+)?(?:listed|list|named|name|claimed|claim"
        r"|reported|report)\b[^.;\n]{0,80}?\b(?:are|is|will\s+be|get)\s+(?:verified|checked|confirmed)\b"
        r"|\bwe\s+(?:will\s+)?(?:verify|check|confirm)\s+(?:your|all|each|every|the)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:credentials?|certifications?|status)?\b[^.;\n]{0,60}?\b(?:on|with|through|at)\s+(?:the\s+)?"
        r"(?:ahima|aapc|ncra|nha|nursys|[\w-]+\.(?:org|com|gov))\b",
    ),
    Dismissal(
        name="what-a-program-s-trainees-take",
        scope="sentence",
        kinds=["credential"],
        reason="the exam a program's trainees or students go on to take, not a credential asked of the candidate",
        # "Most trainees sit for the CCA or CPC exam at the end of Phase 2", "Our students typically take the RHIT exam
        # after graduation"
        pattern=r"\b(?:most|many|all|our|the|past|previous)\s+(?:trainees|students|graduates|participants|fellows|interns"
        r"|apprentices|externs|cohorts?)\s+(?:(?:usually|typically|often|then|also|go\s+on\s+to)\s+)?"
        r"(?:sit|sits|take|takes|write|writes|pass|passes|earn|earns)\b",
    ),
    Dismissal(
        name="the-a-removed",
        scope="before",
        kinds=["credential"],
        reason="what helps an apprentice remove the apprentice mark, not a credential asked",
        # "a signed letter documenting your hours, which you can submit to AAPC to help remove the A from a CPC-A"
        # ... "toward removing the CPC-A apprentice designation"
        pattern=r"\bremov(?:e|es|ing|al\s+of)\s+(?:the\s+[\"'“‘]?a[\"'”’]?\s+(?:from|on)\s+)?(?:an?\s+|the\s+|your\s+)?",
    ),
    Dismissal(
        name="a-credential-s-fee",
        scope="after",
        kinds=["credential"],
        reason="a fee that goes with holding the credential, which the employer pays or names: not what is asked",
        # "GLMC pays NCRA membership and the annual ODS maintenance fee for credentialed registry staff", "CPC exam
        # fees reimbursed on passing"
        pattern=r"[ \t]+(?:(?:annual|yearly|exam|examination|renewal|maintenance|recertification|membership)[ \t]+)"
        r"{1,2}(?:fees?|dues)\b",
        description='"the annual ODS maintenance fee", "CPC exam fees"',
    ),
    Dismissal(
        name="welcome-to-apply",
        scope="sentence",
        kinds=["credential"],
        reason="what applicants who are welcome may hold, not what the post asks",
        # "Applicants with overseas coding qualifications (for example AHIMA CCS or AAPC CPC) are welcome to apply but
        # will need to demonstrate competence in ICD-10 and OPCS-4"
        pattern=r"\b(?:are|is)\s+(?:also\s+|very\s+|most\s+)?welcome\s+to\s+apply\b",
        # ... not the apprentice form of a credential asked: "Current CPC or COC certification. CPC-A and COC-A holders
        # who have completed an ED externship are welcome to apply" (one more choice of it)
        unless=r"\b[a-z]{2,5}-a\s+(?:(?:and|or|&|/)\s*[a-z]{2,5}-a\s+)?(?:holders?|candidates?|coders?|applicants?"
        r"|credential\w*|apprentices?)\b",
    ),
    Dismissal(
        name="a-post-s-author",
        scope="up_to",
        reason="the headline of the post's author: who they are, not what the job asks",
        # a social network's post as saved: the author's name and degree of connection ("Renee Okafor, RHIA, CCS •
        # 2nd"), the headline under it ("Senior Healthcare Recruiter @ Meridian Shore | HIM • Coding • CDI"), then
        # how long ago it was posted ("5h • 🌐", "3d • Edited • 🌐")
        pattern=r"[•·][ \t]*(?:1st|2nd|3rd\+?)[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?=\n[^\n]+\n" + _POSTED_AGO + ")",
        up_to="^" + _POSTED_AGO,
    ),
    Dismissal(
        name="a-boards-summary",
        scope="up_to",
        reason="a job board's summary of the posting, which the employer's own text after it restates",
        # "Key qualifications (AI-generated summary)", "Generated by ZipRecruiter from the employer's job description",
        # Indeed's "Profile insights", Google's "Job highlights ... Identified by Google from the original job post"
        # ... up to the employer's own text: "About this role", "Job Description", "Full job description"
        pattern=r"\bai[-\s]generated\b|\bgenerated\s+(?:automatically\s+)?(?:by\s+[\w.-]+\s+)?(?:from|based\s+on)\s+"
        r"(?:the\s+)?(?:employer|company|original|job|posting)|\bsummary\s+(?:was\s+|is\s+)?(?:auto-?)?generated\b"
        r"|^[ \t]*profile\s+insights[ \t]*$|\bidentified\s+(?:by\s+[\w.-]+\s+)?from\s+the\s+(?:original|full)\b"
        # ... and a summary whose note that a machine wrote it comes at its end, from its heading: "Key requirements /
        # ✓ RHIA certification / ... / This summary was generated automatically from the job description"
        r"|^[\W\d_]*(?:(?:key|top|main)\s+(?:requirements|qualifications|skills|highlights)|(?:job\s+)?highlights"
        r"|at\s+a\s+glance|(?:job\s+)?summary)[ \t:]*$"
        r"(?=(?:\n[^\n]*){1,15}?\n[^\n]*\bsummary\s+(?:was\s+|is\s+)?(?:auto-?|automatically\s+)?generated\b)",
        up_to=r"^[ \t]*(?:full\s+job\s+description|job\s+description|about\s+(?:this|the)\s+(?:role|job|position"
        r"|opportunity)|(?:the\s+)?employer['’]s\s+(?:own\s+)?(?:description|text|posting)|original\s+(?:job\s+)?"
        r"(?:post|posting|description))[ \t:]*$",
    ),
    Dismissal(
        name="a-removed-requirement",
        scope="clause",
        reason="a requirement the posting says it has removed or that only its earlier version asked",
        # "Education: the associate degree requirement has been removed", "We have dropped the degree requirement"
        pattern=r"\brequirements?\s+(?:has|have)\s+(?:now\s+)?been\s+(?:removed|dropped|eliminated|waived|lifted"
        r"|deleted|taken\s+out)\b"
        r"|\b(?:we\s+(?:have|['’]ve)\s+|(?:has|have)\s+)(?:removed|dropped|eliminated|waived|lifted)\s+the\s+"
        r"(?:[\w'’/-]+\s+){0,4}?requirements?\b"
        # ... what the earlier version asked: "The original posting required two (2) years of HIM experience"
        r"|\b(?:original|previous|prior|old|earlier|first)\s+(?:job\s+)?(?:posting|listing|post|version|advert|ad"
        r"|req|requisition)\s+(?:had\s+)?(?:required|asked\s+for|listed|called\s+for|said|stated|specified)\b",
        # (not the new figure said beside it: "one year is now required; the original posting required two")
        unless=r"\bnow\b",
    ),
    Dismissal(
        name="changed-to-another",
        scope="after",
        reason="the earlier requirement a change replaces, not what the posting asks now",
        # "The requirement for "two (2) years of recent hospital health records experience" has been changed to "one
        # (1) year of ..."" (not a change of strength: "RHIT has been changed to preferred")
        pattern=r"[^.;\n\"”]{0,80}?[\"”]?[ \t]+(?:has|have)[ \t]+(?:now[ \t]+)?been[ \t]+(?:changed|lowered|reduced"
        r"|raised|amended|revised|updated|replaced)[ \t]+(?:to|by|with)\b"
        r"(?![ \t]+[\"“]?(?:preferred|required|optional|desirable|desired|a[ \t]+plus|nice|essential|mandatory)\b)",
    ),
    Dismissal(
        name="a-feed-record-s-fields",
        scope="up_to",
        reason="a job feed's fields, which sum up the description that follows them",
        # a posting from a job feed as "field: value" lines in schema.org's JobPosting names ("hiringOrganization:",
        # "educationRequirements: bachelor degree", "qualifications: RN; CCDS; RHIA") before its "description:";
        # only the glued names no employer writes open it, not "Qualifications:" or "Skills:"
        pattern=r"^[ \t]*(?:hiringorganization|joblocation(?:type)?|employmenttype|dateposted|validthrough"
        r"|educationrequirements|experiencerequirements|occupationalcategory|basesalary)[ \t]*:",
        up_to=r"^[ \t]*description[ \t]*:",
    ),
    Dismissal(
        name="enrolled-in-a-program",
        scope="sentence",
        kinds=["education"],
        reason="a program the candidate is enrolled in, not a level the candidate holds",
        # a student's job: "Currently enrolled in a CAHIIM-accredited Health Information Technology (AAS) or Health
        # Information Management (BS) program"; not a graduate's path beside it ("A graduate of, or currently enrolled
        # in, an HIT program")
        pattern=r"\b(?:currently|presently|now|actively)\s+enrolled\s+in\b|\bmust\s+be\s+enrolled\s+in\b",
        unless=r"\bgraduat|\bcompleted\s+(?:an?\s+|the\s+|your\s+)?(?:degree|program|diploma|certificate)"
        r"|\bcompletion\s+of\b|\bholds?\b|\bearned\b",
    ),
    Dismissal(
        name="teaching-experience",
        scope="after",
        kinds=["experience"],
        reason="years of teaching, not of the field's work",
        # a teacher's post: "A year or more of experience teaching or tutoring adults", "2 years of college teaching
        # experience", "three years' post-secondary teaching"
        pattern=r"(?:\s+or\s+more)?\s+(?:of\s+)?(?:(?:experience|exp\.?)\s+(?:in\s+)?)?(?:(?:full-time|college"
        r"|classroom|post-?secondary|higher[- ]education|university|adult|online|successful|relevant|prior"
        r"|previous)\s+)*"
        r"(?:teaching|tutoring|instructing|instruction\s+of)\b",
    ),
    Dismissal(
        name="too-much-experience-for-this-post",
        scope="sentence",
        kinds=["experience"],
        reason="a figure above which applicants are sent to another opening, not a figure asked",
        # "If you have more than 12 months of professional coding experience, please apply to our Coder I or Coder
        # II openings instead"
        pattern=r"\b(?:if\s+you\s+(?:already\s+)?have|(?:candidates|applicants|those)\s+with)\s+(?:more\s+than|over)\s+"
        r"[^.;\n]{0,80}?\b(?:please\s+)?(?:apply|look)\s+(?:to|for|at)\s+[^.;\n]{0,60}?"
        r"\b(?:instead|openings?|positions?|postings?|roles?|jobs?)\b",
    ),
    Dismissal(
        name="sent-to-another-program",
        scope="sentence",
        kinds=["credential"],
        reason="applicants with it are sent to another program or opening, not asked it here",
        # "If you are applying as a CPC-A, please watch our page for our Coding Associate program", "If you're a CPC-A,
        # apply to our apprentice program instead"
        pattern=r"\bif\s+you(?:\s+are|['’]re)\s+(?:applying\s+(?:as|with)\s+|an?\s+)[^.;\n]{0,40}?,?\s+"
        r"(?:please\s+)?(?:watch|see|check|apply|look|visit|consider)\b[^.;\n]{0,80}?"
        r"\b(?:programs?|openings?|positions?|postings?|roles?|jobs?)\b",
    ),
    Dismissal(
        name="welcome-to-apply-with-a-level",
        scope="sentence",
        kinds=["education"],
        reason="the schooling of applicants who are welcome besides, not the level the post asks",
        # "Students who already hold the RHIT through an associate degree and are now in an RHIT-to-RHIA progression
        # program are welcome to apply" (of an internship for bachelor's students); not "Applicants must have an
        # associate degree; new graduates are welcome to apply"
        # ... "(new grads with an HIT degree are encouraged to apply)", over a line an e-mail wrapped
        pattern=r"\b(?:students|applicants|candidates|graduates|grads|those|people)\s+(?:who|with)\b"
        r"(?:[^.;\n]|\n(?![ \t]*(?:\n|[-•*])))*\b(?:are|is)\s+"
        r"(?:also\s+|very\s+|most\s+)?(?:welcome|encouraged|invited)\s+to\s+apply\b",
    ),
    Dismissal(
        name="a-degree-that-lowers-the-years",
        scope="sentence",
        kinds=["education"],
        reason="a degree that lets fewer years of experience do, not a level asked",
        # "Three (3) years of experience in healthcare data analysis ... With a master's degree, two (2) years of
        # experience."
        pattern=r"\bwith\s+an?\s+(?:[\w'’-]+\s+){0,2}?(?:master['’]?s|bachelor['’]?s|associate['’]?s|doctoral|graduate)"
        r"\s+degree\b[^,.;\n]{0,40},\s*(?:only\s+)?(?:one|two|three|four|five|six|\d+)\s+(?:\(\d+\)\s+)?"
        r"(?:years?|months?)\b",
        description='"With a master\'s degree, two (2) years of experience"',
    ),
    Dismissal(
        name="schooling-the-employer-gives",
        scope="clause",
        kinds=["education"],
        reason="schooling the job gives through the employer's own program, not a level asked",
        # a trainee program's schedule: "Months 1-6: Complete an AHIMA-approved online coding certificate program
        # through our academic partner", "... through our academy", "through our partnership with Lakeland College"
        pattern=r"\bthrough\s+our\s+(?:[\w-]+\s+){0,2}?(?:academy|program|programme|school|partners?|partnership|training"
        r"|apprenticeship|university|college)\b",
    ),
    Dismissal(
        name="what-a-student-observes",
        scope="before",
        kinds=["skill", "software"],
        reason="work the holder watches others do, not a skill asked",
        # an externship's "observe our release of information and scanning workflows", "shadow the CDI team"
        pattern=r"\b(?:observe|observes|observing|shadow|shadows|shadowing)\s+(?:how\s+)?(?:our|the|a|an)\s+"
        r"(?:[\w-]+\s+){0,3}?",
    ),
    Dismissal(
        name="what-applicants-plan-to-earn",
        scope="before",
        kinds=["credential", "education"],
        reason="what an applicant plans to earn later, not what the job asks",
        # "Students who plan to sit for the RHIA exam after graduation will find the internship good preparation"
        pattern=r"\b(?:plan|plans|planning|intend|intends|intending|hope|hopes|hoping|aspire|aspires|aspiring)\s+to\s+"
        r"(?:sit|test|take|earn|pursue|obtain|get|go\s+on\s+to)\b[^.;\n]{0,30}?",
    ),
    Dismissal(
        name="hashtag",
        scope="before",
        reason="a hashtag of the posting, not a requirement",
        # job boards' tags at a posting's end: "#LI-Remote #medicalcoding #ccs #hiring"
        pattern=r"#",
    ),
    Dismissal(
        name="pay-per-credential",
        scope="clause",
        kinds=["credential"],
        reason="what the employer pays more for, not what the job asks",
        # a pay table's differential for each credential held: "Add $1.50/hr for each additional specialty credential
        # (CEMC, CRC, CPMA)", "$1,000 more a year per certification"
        pattern=r"(?:[$£€]|\b(?:usd|gbp|eur))\s?\d[\d,.]*(?:/\s?(?:hr|hour|yr|year)|\s+(?:an?|per)\s+(?:hour|year))?"
        r"\s+(?:more\s+|extra\s+)?(?:an?\s+(?:hour|year)\s+)?(?:for\s+each|per|for\s+every)\s+(?:additional\s+|extra\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:credentials?|certifications?|certificates?)\b",
    ),
    Dismissal(
        name="trained-abroad",
        scope="sentence",
        kinds=["credential"],
        reason="what candidates trained abroad may hold, not what the post asks",
        # "Internationally trained candidates holding the RHIT or RHIA must have CHIM equivalency confirmed", "we are
        # unable to sponsor overseas-qualified coders (e.g. CCS/CPC holders)"
        pattern=r"\b(?:internationally|overseas|foreign|abroad)[- ](?:trained|qualified|educated|credentialed)\s+"
        r"(?:candidates|applicants|coders|graduates|professionals|staff)\b",
    ),
    Dismissal(
        name="need-not-attend",
        scope="sentence",
        kinds=["credential", "coding_system"],
        reason="what is not enough for the post, named to turn such applicants away",
        # "Candidates with only CRC (Risk Adjustment) certification and HCC experience need not attend."
        pattern=r"\b(?:candidates|applicants|those|people)\s+with\s+only\b[^.;\n]{0,100}?\b"
        r"(?:need\s+not|should\s+not|do\s+not\s+need\s+to)\s+(?:attend|apply)\b",
    ),
    Dismissal(
        name="a-bonus-offered",
        scope="sentence",
        reason="who a bonus the employer offers is for, not what the job asks",
        # "Sign-on bonus available for RNs with 2 years CDI experience", "Retention bonus for coders holding the CCS"
        pattern=r"\b(?:sign[- ]on|signing|retention|referral|relocation|welcome|joining)\s+bonus(?:es)?\b",
    ),
    Dismissal(
        name="prepares-for-it",
        scope="before",
        kinds=["credential"],
        reason="what a programme the employer offers prepares for, or what staff go on to earn: not what the job asks",
        # "our Coding Pathway, a paid program (AHIMA-approved course + mentoring) that prepares you for the Certified
        # Coding Associate (CCA) exam"
        # ... a school's: "our diploma program, which prepares students to sit for the AAPC CPC and NHA CBCS exams"
        pattern=r"\bprepar(?:es?|ing)\s+(?:you|them|staff|employees|coders|clerks|participants|trainees"
        r"|(?:its\s+|our\s+|the\s+)?(?:students|graduates|learners))\s+"
        r"(?:for|to\s+(?:sit|take|pass)(?:\s+for)?)\s+(?:the\s+|your\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
        # ... what others prepare for (not "you will", "must", "to prepare for"): "students in our one-year Medical
        # Coding Certificate prepare for the AHIMA CCA and AAPC CPC exams"
        r"|(?<!\bwill\s)(?<!\bmust\s)(?<!\bto\s)(?<!\byou\s)(?<!\bshould\s)(?<!\bshall\s)(?<!\band\s)"
        r"\bprepare\s+for\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
        # ... and what a school's graduates may sit: "Graduates are eligible to sit for the Registered Health
        # Information Technician (RHIT) examination"
        r"|\bgraduates\s+(?:are|become)\s+eligible\s+to\s+(?:sit|test)\s+for\s+(?:the\s+)?(?:{ISSUER}\s+)?"
        # "many of our leads go on to earn their RHIT"
        r"|\b(?:go|goes|went|gone)\s+on\s+to\s+(?:earn|obtain|achieve|gain|get|complete)\s+(?:their\s+|the\s+|an?\s+)?",
    ),
    Dismissal(
        name="a-pass-rate",
        scope="sentence",
        kinds=["credential"],
        reason="how a school's students do in an exam, not what the job asks",
        # "Our three-year first-time RHIT pass rate is 84%", "students' pass rate on the CPC exam"
        pattern=r"\bpass(?:ing)?\s+rates?\b",
    ),
    Dismissal(
        name="someone-elses-letters",
        scope="before",
        kinds=["credential"],
        reason="the letters of someone the job works with, after their post, not what the job asks",
        # "Escalate questionable requests to Disclosa's Privacy Officer (CHPS), who reviews every escalation", "our
        # Coding Manager (RHIA, CCS)"
        pattern=r"(?:['’]s|\bour)\s+(?:[\w-]+\s+){0,3}?(?:officer|director|manager|supervisor|president|founder"
        r"|educator|physician\s+advisor)\s*\(\s*(?:[a-z][\w-]{1,6}\s*,\s*)*",
    ),
    Dismissal(
        name="coded-by-another-team",
        scope="clause",
        kinds=["coding_system"],
        reason="codes another team assigns, not this job",
        # "dental claims (CDT codes) are coded by the separate dental billing team and are not part of this role",
        # "Dental encounters are coded by the dental office using CDT"
        pattern=r"\b(?:are|is|get|gets)\s+coded\s+by\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:separate\s+|other\s+)?"
        r"(?:[\w-]+\s+){0,3}?(?:team|office|department|dept|staff|coders|vendor|group)\b",
    ),
    Dismissal(
        name="codes-the-job-does-not-assign",
        scope="sentence",
        kinds=["coding_system"],
        reason="codes the sentence says this job does not assign",
        # "A note on CPT: inpatient coders on this team do not code outpatient or pro-fee", "This position does not
        # code CPT"
        # (not a job that reads codes others assign: "you won't assign codes, but you'll have to explain why the
        # numbers move")
        pattern=r"\b(?:(?:do|does|will|would)\s+not|(?:don|doesn|won)['’]?t|never)\s+(?:\w+\s+)?code\b"
        r"(?!\s+(?:codes?|them|it|charts|records)\b)",
    ),
    Dismissal(
        name="work-another-team-does",
        scope="sentence",
        kinds=_SKILL_KINDS,
        reason="work another team does, which the sentence says is not part of this job",
        # "(Outpatient, ED and professional-fee coding, including CPT/HCPCS assignment, is handled by a separate team
        # and is not part of this role.)": both said, so that a sentence naming what the job does beside it is rare
        # ... by a team named, not called separate: "Outpatient/HCC risk adjustment review is performed by the
        # Ambulatory CDI team and is not part of this position"
        pattern=r"\b(?:is|are)\s+(?:handled|done|performed|covered|worked)\s+by\s+(?:a\s+|an\s+|the\s+|our\s+)?"
        r"(?:(?:separate|different|another|other)\b[^.;\n]{0,60}?|[^.;\n]{0,60}?\band\s+(?:is|are)\s+)"
        r"\bnot\s+(?:a\s+)?part\s+of\s+(?:this|the)\s+(?:role|job|position|post)\b",
        description='"... CPT/HCPCS assignment, is handled by a separate team and is not part of this role"',
    ),
    Dismissal(
        name="a-job-board-s-profile-question",
        scope="after",
        reason="a job board's question matching the candidate's profile, which asks nothing of its own",
        # Indeed's "Licenses" block: "Certified Professional Biller" over "Do you have a valid Certified Professional
        # Biller license?" over "Yes No Skip"; the strength is the posting's, said elsewhere
        pattern=r"[^\n]*(?:\n[ \t]*do\s+you\s+have[^\n]*)?\?[ \t]*\n[ \t]*yes[ \t]+no[ \t]+skip\b",
    ),
    Dismissal(
        name="what-it-earns",
        scope="clause",
        kinds=["credential"],
        reason="what holding it earns on the job (a step, a raise), not what the job asks",
        # "A CPMA earned after hire qualifies for the Auditor II step increase", "CCS holders qualify for a pay
        # differential"
        pattern=r"\bqualif(?:y|ies)\s+(?:you\s+|them\s+|the\s+holder\s+)?for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
        r"(?:increases?|raises?|differentials?|bonus(?:es)?|increments?|promotions?)\b"
        # ... "coders who earn the CCDS or CDIP after joining receive a $1,500 certification bonus"
        r"|\bwho\s+(?:earn|obtain|pass|achieve|add)\b[^.;\n]{0,80}?\breceive\s+(?:an?\s+)?(?:[\w$,.-]+\s+){0,3}?"
        r"(?:bonus|raise|increase|differential|stipend)\b",
    ),
    Dismissal(
        name="what-it-earns-if-held",
        scope="sentence",
        kinds=["credential"],
        reason="what holding it earns on the job (a step, a raise), not what the job asks",
        # a condition on the pay: "If you also hold the COSC, you'll start at the top of the posted range", "If you
        # already hold the CRIS ..., or an RHIT, we'll start you at $19.00", "If you hold both a CCS and a CDIP, ask
        # about the DRG validation track, which pays $4/hr more"
        pattern=r"\bif\s+you\s+(?:already\s+|also\s+|currently\s+)?(?:hold|have)\b[^.;\n]{0,160}?"
        r"\b(?:start(?:s)?\s+(?:you\s+)?at\b|top\s+of\s+the\s+(?:posted\s+|pay\s+)?(?:range|scale|band)"
        r"|pays?\s+\$?\d|higher\s+(?:rate|pay|step|starting)|more\s+per\s+hour|(?:an?\s+)?(?:extra|additional)\s+\$\d)",
        description='"If you also hold the COSC, you\'ll start at the top of the posted range": pay, not a requirement',
    ),
    Dismissal(
        name="a-pay-rate-for-holders",
        scope="after",
        kinds=["credential"],
        reason="the pay rate of those who hold it, not what the job asks",
        # a line of a pay table, the credentials before a colon and the rate after it: "CPC / COC / CCS-P: $24.00 -
        # $29.00/hr", "IR and surgery coders holding CIRCC, COSC or CGSC: up to $36.00/hr" (no full stop between: not
        # "CCS preferred. Pay: $30/hr")
        pattern=r"[^:.;\n]{0,60}?:[ \t]*(?:up[ \t]+to[ \t]+|from[ \t]+|starting[ \t]+at[ \t]+)?[$£€][ \t]?\d",
        description='"CPC / COC / CCS-P: $24.00 - $29.00/hr": a pay table\'s line',
    ),
    Dismissal(
        name="what-tops-the-pay-range",
        scope="after",
        kinds=["credential"],
        reason="what earns the top of the pay range, not what the job asks",
        # "$26-$32/hr depending on credentials and RA experience (CRC plus CPC or CCS at the top of the range)"
        pattern=r"[^.;:\n]{0,60}?\b(?:at|to|for)\s+the\s+top\s+of\s+the\s+(?:posted\s+|pay\s+|salary\s+|hiring\s+)?"
        r"(?:range|scale|band)\b",
        description='"(CRC plus CPC or CCS at the top of the range)": pay, not a requirement',
    ),
    Dismissal(
        name="our-holder-of-it",
        scope="before",
        kinds=["credential"],
        reason="names a colleague who holds it, or the employer's own program or course, not what the job asks",
        # "Help our ODS-C with FCDS submissions", "our RHIT Pathway program", "students interested in our CPC, COC and
        # CIC certification courses": what "our" owns or employs
        pattern=r"\bour\s+$",
        description='"Help our ODS-C with FCDS submissions", "our RHIT Pathway program"',
    ),
    Dismissal(
        name="work-the-job-does-not-involve",
        scope="clause",
        kinds=_SKILL_KINDS,
        reason="work the posting says the job does not involve",
        # "this role does not involve clinical documentation improvement (CDI) or inpatient DRG validation work", "The
        # position does not include inpatient coding"
        pattern=r"(?:(?<=\brole )|(?<=\bjob )|(?<=\bposition )|(?<=\bpost ))"
        r"(?:does\s+not|doesn['’]t|will\s+not|won['’]t)\s+(?:involve|include|entail)\b",
    ),
    Dismissal(
        name="does-not-replace",
        scope="clause",
        kinds=["education"],
        reason="what does not stand in for what is asked, not a requirement",
        # "An associate degree or coding certificate program does not replace the experience requirement."
        pattern=r"\b(?:does|do|will|shall|can)\s*(?:not|n['’]t)\s+(?:replace|substitute\s+for|count\s+(?:towards?|as))\b",
    ),
    Dismissal(
        name="training-given-on",
        scope="before",
        reason="training the job gives, not what it asks",
        # "Full training will be given on SOELHEALTH and System One", "training will be given in the use of Medisec and
        # Meditech", "Training on our EMIS system"; right before the mention, so "Microsoft packages is required but
        # full training will be given in ..." keeps the Office suite, and "desirable, however full training will be
        # given" (no "on") what is desirable
        pattern=r"training\s+(?:(?:will\s+be|is)\s+(?:given|provided)\s+(?:on|in)|on\s+our)\s+(?:[\w,/-]+\s+){0,6}?"
        # "we will train on Epic for the hospital side"; not what comes before it: "High school diploma or GED required
        # - no degree required, we train!", "eClinicalWorks preferred but we will train the right person"
        r"|\bwe(?:['’]ll|\s+will|\s+can)?\s+train\s+(?:you\s+|staff\s+)?(?:on|in)\s+(?:the\s+use\s+of\s+)?"
        r"(?:[\w,/-]+\s+){0,3}?"
        # "You will learn Epic professional billing, the 3M 360 Encompass coding tool", "you'll be trained on Cerner"
        # (not "You will be trained in Cognitive-Behavioural Therapy to Masters level": a UK person specification's
        # training the candidate has had)
        r"|\byou(?:['’]ll|\s+will)\s+(?:learn|be\s+trained\s+on)\s+(?:the\s+use\s+of\s+)?(?:[\w,/-]+\s+){0,6}?",
    ),
    Dismissal(
        name="part-completed",
        scope="clause",
        kinds=["education"],
        reason="study the candidate has only started, not a level asked for",
        # "Candidates who have previously started or part completed a Business Administration Level 3 Apprenticeship
        # or the AMSPAR certificate, must declare this on their application"
        pattern=r"\bpart(?:ly|ially)?[-\s]?completed\b",
    ),
    Dismissal(
        name="working-towards",
        scope="before",
        kinds=["education"],
        reason="a level the candidate may still be working towards, not one asked for",
        # "is working towards or has already achieved degree level", "studying towards a degree"
        # "currently be undertaking a Masters level programme"
        # "working towards/ completed master's programme"
        # ... "a teaching qualification or studying at Master Level"
        pattern=r"\bstudying\s+(?:at|to)\s+(?:an?\s+|the\s+)?"
        r"|\b(?:(?:working|work|works|studying|study)\s+towards?|undertaking)\s*"
        r"(?:(?:or\s+|/\s*)(?:(?:has|have)\s+)?(?:already\s+)?"
        r"(?:achieved|obtained|completed|gained)\s+)?(?<=\s)(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,3}?"
        # a student's year of the course: "in the second year of their doctoral level training", "in the final year
        # of a nursing degree"
        r"|\bin\s+(?:the\s+|their\s+|your\s+)?(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+year\s+of\s+"
        r"(?:an?\s+|the\s+|their\s+|your\s+|his\s+or\s+her\s+)?(?:[\w-]+\s+){0,3}?"
        # one the candidate need not have finished: "If you have not fully completed the MSc in Advanced Practice but
        # have ... we would encourage you to apply"
        r"|\bnot\s+(?:yet\s+)?(?:fully\s+)?(?:completed|achieved|obtained|finished)\s+"
        r"(?:the\s+|an?\s+|your\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
        # one to be attained: "evidence of ongoing continuous professional development with commitment to attain MSC"
        r"|\bcommit(?:ment|ted)\s+to\s+(?:attain|achiev|complet|obtain|gain|study|undertak)\w*\s+"
        r"(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,2}?"
        # one only started: "have started a postgraduate MSc with completion of a minimum of the 1st semester"
        r"|\b(?:have|has|having)\s+(?:already\s+)?started\s+(?:an?\s+|the\s+|your\s+)?(?:[\w-]+\s+){0,2}?"
        # one the candidate is on: "either completed the qualification, or are currently on the Master's Degree course"
        # ... "the required qualification/PIN or working towards it and actively on a nursing degree"
        r"|\b(?:currently|actively)\s+(?:on|studying|enrolled\s+(?:on|in))\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
        # one still to be finished: "newly graduated or are expecting to finish your degree in the next 24 months",
        # "due to complete their MSc"
        r"|\b(?:expect(?:ing|ed|s)?|about|due|going)\s+to\s+(?:finish|complete|qualify|graduate|obtain|achieve|gain)"
        r"\s+(?:in\s+|with\s+|from\s+)?(?:an?\s+|the\s+|your\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?",
    ),
    Dismissal(
        name="the-writer-s-own",
        scope="before",
        reason="what the writer of a message has used or holds, not what is asked",
        # a candidate's question quoted in a recruiter's reply: "> What EHR do they use? I've only used eClinicalWorks."
        pattern=r"\bi(?:['’]ve|\s+have)\s+(?:only\s+|also\s+|mostly\s+|always\s+|just\s+)?"
        r"(?:used|worked\s+(?:with|in|on)|had|held|known)\s+(?:an?\s+|the\s+|my\s+)?",
    ),
    Dismissal(
        name="another-person-s",
        scope="before",
        kinds=["education", "credential"],
        reason="what another person holds, not what is asked",
        # "Tina has her BS and it helped", "like Sam, who got his CPC last year"; not the candidate's "his or her
        # bachelor's degree", "his/her RHIT"
        pattern=r"(?<![\w/])(?<!\bor )(?<!\band )(?:his|her)\s+(?!or\b|and\b)(?:own\s+|new\s+)?",
    ),
    Dismissal(
        name="marked-at-a-level",
        scope="before",
        kinds=["education"],
        reason="the level a piece of work is marked at, not a level asked for",
        # "Successful completion of pre-entry essay, which is marked at Masters level"
        pattern=r"\b(?:marked|assessed|graded|examined)\s+at\s+(?:an?\s+|the\s+)?",
    ),
    Dismissal(
        name="able-to-work-at",
        scope="before",
        kinds=["education"],
        reason="an ability to work at a level, not a level held",
        # "the ability to work at degree level or have an equivalent level of relevant experience", "proven ability to
        # work at Master's level"
        pattern=r"\b(?:ability|able)\s+to\s+(?:work|study|practi[cs]e|function|operate)\s+(?:at|to)\s+(?:an?\s+)?"
        # ... "evidence of working at degree level", "Licentiate exams, working at Masters Level"
        r"|\bworking\s+(?:at|to)\s+(?:an?\s+)?"
        # ... knowledge or practice at a level: "High level working knowledge of Microbiology techniques and practices
        # at post honours degree level"
        r"|\b(?:knowledge|understanding|techniques|practices)\s+(?:and\s+[\w-]+\s+)?at\s+"
        r"(?:post[\s-]?(?:honours\s+)?)?",
    ),
    Dismissal(
        name="another-route-considered",
        scope="clause",
        kinds=["education"],
        reason="a route the employer would also consider, not the least it asks",
        # "We would be willing to consider applications from individuals with an MSc or PhD in Genetics, or significant
        # laboratory/ analysis experience" (the post asks for a registration); not "we will only consider"
        # ... "Candidates who hold a suitable degree ... or suitable aseptic experience may also be considered"
        pattern=r"\b(?:also|willing\s+to|happy\s+to|prepared\s+to)\s+consider\s+(?:applications|applicants|candidates"
        r"|individuals|those|people)\b|\b(?:may|will|would|could|can)\s+also\s+be\s+considered\b",
    ),
    Dismissal(
        name="a-module",
        scope="after",
        kinds=["education"],
        reason="a module, pathway or study of a course, not a level asked for",
        # "access to MSC modules", "Funding is available for degree and masters modules", "be prepared to study for the
        # post graduate MSc module in Mammography", "Masters level modules relating to FCP competencies", "university
        # modules, MSc pathways", "Evidence of Degree Level Study" (study, not a degree held)
        # ... "relevant master's level, or equivalent, post-graduate study"
        pattern=r"[\s-]*(?:level\s+)?(?:modules?|pathways?|study|studies)\b"
        r"|(?:[\s-]*level)?(?<=level)\s*,\s*or\s+equivalent\s*,\s*(?:post[\s-]?graduate\s+)?(?:study|studies)\b",
    ),
    Dismissal(
        name="a-module-at",
        scope="before",
        kinds=["education"],
        reason="a module of a course, not a level asked for",
        # "a module at Degree/Masters level at Liverpool John Moores University"
        pattern=r"\bmodules?\s+(?:at|to)\s+(?:an?\s+)?(?:[\w-]+/)?",
    ),
    Dismissal(
        name="an-example-of-an-equivalent",
        scope="before",
        kinds=["education"],
        reason="an example of an equivalent qualification, not a level asked for",
        # "Dip SW or equivalent social work qualification (CSS, CQSW, degree in social work)"
        pattern=r"\bequivalent\s+(?:[\w-]+\s+){0,3}?qualifications?\s*\((?:[^()]*?,\s*)?",
    ),
    Dismissal(
        name="compared-with-a-uk-level",
        scope="before",
        kinds=["education"],
        reason="a comparison with a UK level, not a level asked for",
        # "they will say whether particular overseas qualifications are equivalent to a UK degree"
        pattern=r"\bequivalent\s+to\s+an?\s+(?:uk|british)\s+",
    ),
    Dismissal(
        name="not-held",
        scope="before",
        kinds=["education"],
        reason="a level some candidates need not hold, not one asked for",
        # "a training opportunity for candidates who do not already hold a Foundation Degree", "applicants who do not
        # yet have a Masters Degree ... are still encouraged to apply"; not those turned away ("Applicants who do not
        # have BSc Clinical Physiology degree ... will not be short-listed": no "already" or "yet", nor "for" or "from"
        # before them)
        # ... "if they have not already gained an MSc in a relevant subject"
        pattern=r"\b(?:(?:for|from)\s+(?:candidates|applicants|those|people|individuals)\s+who\s+do\s+not\s+"
        r"(?:already\s+|yet\s+)?|(?:do|does)\s+not\s+(?:already|yet)\s+)(?:hold|have|possess)\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,2}?"
        r"|\b(?:have|has)\s+not\s+(?:already|yet)\s+(?:gained|obtained|achieved|completed)\s+(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s+){0,2}?",
    ),
    Dismissal(
        name="may-possess",
        scope="before",
        kinds=["education"],
        reason="a level the candidate may hold, not one asked for",
        # an apprenticeship's funding rule: "You may possess a Degree, Level 4 qualification or above as long as it is
        # in a subject significantly different"
        pattern=r"\bmay\s+(?:already\s+)?(?:possess|hold)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?",
    ),
    Dismissal(
        name="enrols-on",
        scope="before",
        kinds=["education"],
        reason="a course the post holder enrols on, not a level asked for",
        # "Register for a two year post-graduate research degree (MD Res) at The Institute ...", "enrol on an MSc"
        # ... "If you're enrolled in an HIT associate degree program, let us know"
        pattern=r"\b(?:register|enrol|enroll)(?:s|ed|led)?\s+(?:for|on|onto|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?",
    ),
    Dismissal(
        name="links-with",
        scope="clause",
        kinds=["education"],
        reason="a programme the employer has links with, not a level asked for",
        # "Psychology has strong links with the South Wales Doctoral Programme in Clinical Psychology as well as the
        # MSc in Clinical and Abnormal Psychology at Swansea University"
        # ... "We have long-established links with the clinical psychology training programmes", "There are also strong
        # links to the local ... Programme", "from our strong links with Anglia Ruskin University"
        # ... "We have close ties to the Oxford Doctorate Course in Clinical Psychology"
        # ... "There are close working relationships with ... the University of Southampton, which is the base for the
        # Doctorate in Clinical Psychology Course"
        pattern=r"\b(?:has|have|with|are)\s+(?:[\w-]+\s+){0,2}?(?:links|ties)\s+(?:with|to)\b"
        r"|\b(?:strong|close|good|excellent|established|long-standing|academic|research|teaching)\s+"
        r"(?:links|ties|(?:working\s+)?relationships?|partnerships?)\s+(?:with|to)\b",
    ),
    Dismissal(
        name="liaises-with",
        scope="before",
        kinds=["education"],
        reason="a programme the employer works with, not a level asked for",
        # "We also liaise closely with North Thames Clinical Psychology Doctorate courses"; right before the mention,
        # so "Educated to degree level, you will liaise with consultants" keeps its degree
        # ... "the clinical psychologists ... work closely with the Mid Trent Doctorate Course", "NWTRGS provides input
        # into the Imperial College London MSc"
        pattern=r"\b(?:liais(?:e|es|ing)\s+(?:closely\s+|regularly\s+)?|work(?:s|ing)?\s+closely\s+)with\s+"
        r"(?:the\s+|local\s+)?(?:[\w/&-]+\s+){0,5}?"
        r"|\b(?:provides?|providing|gives?|giving)\s+(?:teaching\s+)?input\s+(?:into|to)\s+(?:the\s+)?(?:[\w/&-]+\s+){0,5}?",
    ),
    Dismissal(
        name="teams-worked-with",
        scope="before",
        kinds=["skill"],
        reason="a team the post works with, not a skill asked for",
        # "Works closely with Patient Financial Services, CDI and the HIM coding team"; not the work done with someone
        # ("collaborates with physicians on clinical documentation improvement")
        pattern=r"\b(?:work(?:s|ing)?\s+closely|collaborat(?:e|es|ing)\s+closely|liais(?:e|es|ing))\s+with\s+"
        r"(?:the\s+|our\s+)?(?:(?!(?:on|in|to|for|regarding|about|of)\b)[\w/&,-]+\s+){0,6}?"
        # ... or whose needs an analyst gathers: "Gather and document requirements from HIM leaders, coding, CDI,
        # Patient Financial Services"
        r"|\b(?:requirements|input|feedback)\s+from\s+(?:the\s+|our\s+)?"
        r"(?:(?!(?:on|in|to|for|about|of)\b)[\w/&,-]+\s+){0,6}?",
    ),
    Dismissal(
        name="a-reference-publication",
        scope="before",
        kinds=["coding_system"],
        reason="names a reference publication, not a code set the job uses",
        # "official references such as the AHA Coding Clinic for ICD-10-CM/PCS" (in an outpatient coder's duties)
        pattern=r"\bcoding\s+clinic(?:\s+for)?\s+(?:[\w-]+\s*(?:/|,|and|&)\s*){0,3}",
        description='"the AHA Coding Clinic for ICD-10-CM/PCS": a publication\'s name',
    ),
    Dismissal(
        name="a-reference-publication-after",
        scope="after",
        kinds=["coding_system"],
        reason="names a reference publication, not a code set the job uses",
        # "CPT Assistant", "the HCPCS Level II Professional Edition" is a book too, but names the code set it is of
        pattern=r"[ \t]+assistant\b",
        description='"CPT Assistant": a publication\'s name',
    ),
    Dismissal(
        name="what-a-team-worked-with-does",
        scope="before",
        kinds=["coding_system", "skill", "software"],
        reason="what another team does, not what is asked of the candidate",
        # "works alongside Revenue Integrity, which maintains the chargemaster (CDM) and its CPT/HCPCS assignments"
        # (the team's name right before the relative clause; not the post's own work: "a coder, who assigns CPT")
        pattern=r"\b(?:integrity|team|department|group|office|committee|services|cycle|management|compliance"
        r"|informatics|analytics|finance)(?:\s*\([^()\n]{1,20}\))?\s*,\s*which\s+(?:maintains|manages|owns|handles"
        r"|oversees|runs|is\s+responsible\s+for)\s+[^.;\n]{0,50}?",
        description='"works alongside Revenue Integrity, which maintains the chargemaster and its CPT/HCPCS '
        "assignments\": that team's work",
    ),
    Dismissal(
        name="work-someone-else-does",
        scope="after",
        kinds=["skill"],
        reason="work the posting says someone else does, not a skill asked for",
        # "Release of information requests are handled by our outside ROI vendor", "ROI is outsourced"
        pattern=r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:is|are)[ \t]+(?:(?:handled|processed|managed|done|performed)[ \t]+by"
        r"[ \t]+(?:an?[ \t]+|our[ \t]+|the[ \t]+)?(?:outside|external|third[- ]party|separate|another|other|contracted"
        r"|offsite|off-site)\b|outsourced\b)",
        description='"Release of information requests are handled by our outside ROI vendor"',
    ),
    Dismissal(
        name="what-the-team-does",
        scope="sentence",
        kinds=["skill"],
        reason="what the department does as a whole, not a skill asked of the candidate",
        # "Our Health Information Services team manages the medical record, clinical coding, the VAED and release of
        # information"
        # ... "The District's Health Information Management (HIM) department is responsible for the legal health
        # record, the master patient index (MPI), release of information and coding"
        pattern=r"\b(?:our|the)\s+(?:[\w'’-]+\s+){0,4}?(?:\([\w-]+\)\s+)?(?:team|department|service|services|office)"
        r"\s+(?:manages|handles|oversees|covers|provides|is\s+responsible\s+for)\b"
        # ... and where the role sits among departments: "This role sits between Coding, Clinical Documentation
        # Integrity (CDI), Quality and Revenue Integrity"
        r"|\bsits\s+(?:between|alongside|within)\b",
        description='"Our Health Information Services team manages ... release of information"',
    ),
    Dismissal(
        name="an-outside-vendor-s-work",
        scope="before",
        kinds=["skill"],
        reason="the work of an outside vendor the posting names, not a skill asked for",
        # "... are handled by our outside ROI vendor", "an external coding audit firm" (not "coordinates external
        # audits")
        pattern=r"\b(?:our|an?|the)\s+(?:outside|external|third[- ]party|contracted)\s+$"
        # ... or of a colleague requests are handed on to: "record requests go to our ROI specialist"
        r"|\b(?:go|goes|(?:are|is)\s+(?:sent|routed|forwarded|passed|referred))\s+to\s+(?:our|the|an?)\s+$",
    ),
    Dismissal(
        name="what-an-analyst-builds",
        scope="sentence",
        kinds=["skill"],
        reason="names what an analyst builds in a system, not a skill asked for",
        # "Build and maintain deficiency types, chart completion rules, coding and abstracting workqueues, ROI request
        # types and fee schedules"
        pattern=r"\b(?:build|builds|building|configure|configures|configuring)\s+(?:and\s+(?:maintain|test)s?\s+)?"
        r"[^.;\n]{0,120}?\b(?:work\s*queues?|request\s+types|deficiency\s+types|rules\s+engines?)\b",
        description='"Build and maintain ... coding and abstracting workqueues, ROI request types"',
    ),
    Dismissal(
        name="applications-of-a-system",
        scope="sentence",
        kinds=["skill"],
        reason="the name of a system's application or module, not a skill asked for",
        # an analyst builds and supports them: "support of Epic's Health Information Management applications,
        # including Chart Completion / Deficiency Tracking, Coding & Abstracting, Release of Information", "Epic
        # certification in one of the HIM applications (Deficiency Tracking, Release of Information or Coding &
        # Abstracting)"
        pattern=r"\b(?:epic|cerner|oracle\s+health|meditech|millennium)(?:['’]s)?\s+(?:[\w&/-]+\s+){0,6}?"
        r"(?:applications|modules|apps)\s*(?:,\s*)?(?:including|such\s+as|like|\(|:)",
        description="\"Epic's Health Information Management applications, including ... Coding & Abstracting, Release "
        'of Information"',
    ),
    Dismissal(
        name="someones-degree",
        scope="before",
        kinds=["education"],
        reason="a named person's degree or the level of someone's research, not a level asked for",
        # "please email Dr K Lakhani (PhD) Lead Sonographer", "sonographers conducting research to PhD level"
        # ... "The post is designed to support research for an MD or PhD"
        pattern=r"\bdr\.?\s+(?:[a-z][\w'’-]*\.?\s+){0,2}[a-z][\w'’-]*\s*[,(]\s*"
        r"|\bresearch\s+(?:to|at|for|towards)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+(?:or|/)\s+)?"
        # ... an officer's letters in brackets after the post: "Our Chief Medical Officer (MD, PhD) and clinical science
        # team design every data model"
        r"|\b(?:officer|director|president|founder|chair|dean|professor|scientist|ceo|cmo|cso|cmio)s?\s*\(\s*"
        r"(?:[a-z][a-z.]{1,5}\s*,\s*)*",
    ),
    Dismissal(
        name="or-working-towards",
        scope="after",
        kinds=["education"],
        reason="a level the candidate may still be working towards, not one asked for",
        # "a Registered General Nurse with a degree in Nursing or working towards a degree or equivalent": one still
        # studying meets it
        # not across a comma or an "and" to another requirement: "educated to degree level, be CIPS qualified (or
        # working towards ...)"
        # ... and one on the way to it: "1st Level degree in a related subject or on a degree pathway", "a degree or
        # equivalent in Health Visiting (or on a current SCPHN Health Visiting course)", "Health related
        # degree or willingness to work towards"
        # ... and past a comma that leads to the "or": "a nursing Degree or equivalent, or be willing to work towards
        # this"
        pattern=r"(?:(?!\band\b)[^.;,\n]|,(?=\s*or\b)){0,60}?\bor\s+(?:be\s+|are\s+|is\s+|currently\s+|evidence\s+of\s+)*"
        r"(?:(?:working|studying)\s+towards?\b|undertaking\b|willing(?:ness)?\s+to\s+(?:work|study)\s+towards?\b"
        r"|on\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:pathway|course|programme|program)\b"
        # "a degree ... in Diagnostic Radiography (or in the process of achieving this)"
        r"|in\s+the\s+process\s+of\s+(?:achieving|completing|obtaining|gaining)\b"
        # "qualified with an appropriate Master's Degree in Advanced Clinical Practice ... or those in training"
        r"|(?:(?:those|candidates|applicants|people|staff)\s+(?:who\s+are\s+)?(?:currently\s+)?)?in\s+training\b"
        r"(?!\s+(?:and|&)\b))",
    ),
    Dismissal(
        name="one-band-of-several",
        scope="sentence",
        reason="what the post asks at one of the bands it is offered at, not of every candidate",
        # a post offered at two bands: "For a band 7 position we additionally require at least 3 years ...", "For band
        # 7 roles, you will have completed ..."
        # ... "To be considered for a Senior position you would need to have 2 years experience" (nurses and senior
        # nurses recruited together)
        pattern=r"\bfor\s+(?:a\s+|the\s+)?(?:band|grade)\s+\d\w?\s+(?:positions?|posts?|roles?|appointments?)\b"
        r"|\bconsidered\s+for\s+(?:a\s+|the\s+)?(?:more\s+)?senior\s+(?:positions?|posts?|roles?)\b",
    ),
    Dismissal(
        name="years-someone-spent",
        scope="before",
        kinds=["experience"],
        reason="years someone the posting speaks of spent in a job, not a figure asked of the candidate",
        # "our founder spent eight years as a coding manager in the US", "she has spent 20 years in HIM", "our director
        # worked 15 years at ..."
        pattern=r"\b(?:she|he|(?:founder|owner|director|manager|ceo|president|chief|leader)s?)\s+"
        r"(?:has\s+|had\s+)?(?:spent|worked|served|logged)\s+(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?"
        # ... a team's average: "with an average of 8 years of CDI experience", "Our audit team averages 15+ years"
        r"|\baverag(?:e|es|ing)\s+(?:of\s+)?(?:over\s+|more\s+than\s+|nearly\s+|about\s+)?"
        # ... with her letters: "my sister in law has her RHIT and like 10 yrs doing ROI at Kaiser"
        r"|\b(?:has|had)\s+(?:her|his)\s+[^.;\n]{1,30}?\s+and\s+(?:like\s+|about\s+|around\s+|over\s+|nearly\s+)?",
        description='"our founder spent eight years as a coding manager"',
    ),
    Dismissal(
        name="what-the-employer-s-training-leads-to",
        scope="sentence",
        kinds=["education", "credential"],
        reason="what a training programme the job gives leads to, not what is asked at hire",
        # "New Registration Officers complete a structured 12-month training programme delivered by our Training and
        # Quality team, leading to the NDRS Certificate in Cancer Registration" (not "Completion of a program leading
        # to a certificate in coding", asked of the candidate)
        pattern=r"\b(?:you\s+will|you['’]ll|will|new\s+(?:[\w-]+\s+){0,2}?)(?:complete|undertake|follow|receive|attend"
        r"|join)\b[^.;\n]{0,100}?\bleading\s+to\b"
        # ... or what it involves: "The training involves completion of a two year diploma and on the job support"
        r"|\b(?:the|this|our)\s+training\s+(?:involves|includes|consists\s+of)\b",
        description='"New Registration Officers complete a training programme ..., leading to the NDRS Certificate"',
    ),
    Dismissal(
        name="pay-by-experience",
        scope="sentence",
        kinds=["experience"],
        reason="what a figure of experience is paid, not a figure asked for",
        # "If you have 5+ years' experience as a Health Visitor you will be paid the top of band 6", "Staff with over 2
        # years' experience start at the mid-point of the scale"
        pattern=r"\b(?:will\s+be|are|is)\s+(?:paid|placed|appointed)\s+(?:at|on)\b|\bwill\s+be\s+paid\b"
        r"|\b(?:top|bottom|mid[-\s]?point|middle)\s+of\s+(?:the\s+)?(?:band|scale|pay\s+scale|salary\s+range)\b"
        r"|\bpay\s+point\b|\bstarting\s+salary\b",
    ),
    Dismissal(
        name="progression",
        scope="sentence",
        reason="what moves a holder of the job up a level, not what the job asks",
        pattern=_PROGRESSION,
    ),
    Dismissal(
        name="coursework",
        scope="clause",
        kinds=_SKILL_KINDS,
        reason="what a course or program teaches, not what the job asks",
        pattern=_COURSEWORK,
        # a coding program's courses in code sets, as a qualification path of a coder job, name what the job codes in;
        # ... and the courses a coding educator or teacher gives are the job's own work: "Develops and delivers
        # onboarding curriculum for new coders, including ICD-10-CM, ICD-10-PCS, CPT ...", "Teach courses in CPT"
        unless=r"\bcoding\s+(?:training\s+)?program|\b(?:develop|deliver|design|teach|creat|build|writ|updat|maintain"
        r"|revis)\w*\s+(?:(?:and|&)\s+[\w-]+\s+)?(?:the\s+|an?\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:curricul|courses?\b)",
        exclude_kinds=["software", "skill"],
    ),
    Dismissal(
        name="coursework-skills",
        scope="clause",
        kinds=["software", "skill"],
        reason="what a course or program teaches, not what the job asks",
        pattern=_COURSEWORK,
    ),
    Dismissal(
        name="department",
        scope="after",
        kinds=_SKILL_KINDS,
        reason="names a team or department, not a skill",
        # (not "office visits": "Level E/M office visits")
        # ... or its managers, with another unit's word between: "reports trends to the CDI and coding managers"
        pattern=r"\s*(?:\([^()\n]{1,20}\)\s*)?\)?\s*(?:(?:and|&)\s+[\w-]+\s+(?=managers?\b|leaders?\b|leadership\b))?"
        r"(?:team|department|dept|staff|group|unit|committee|section|managers?|leaders?|leadership"
        r"|office(?![ \t]+(?:visits?|encounters?)\b))s?\b"
        # ... one of a list of units: "our coding, CDI, cancer registry and release of information teams work side by
        # side"
        # (not a product: "Microsoft PowerPoint, Excel, Word and MS Teams")
        # (nor the product after a verb: "outlook, excel, word and be able to use Teams")
        r"|(?:[ \t]*,[ \t]*[a-z][\w /-]{0,30}?){1,4}[ \t]*,?[ \t]*(?:and|&)[ \t]+[a-z][\w/-]*"
        r"(?:[ \t]+[a-z][\w/-]*){0,2}[ \t]+"
        r"(?:teams(?<!microsoft teams)(?<!ms teams)(?<!use teams)(?<!using teams)|departments)\b",
    ),
    Dismissal(
        name="a-department-worked-with",
        scope="before",
        kinds=_SKILL_KINDS,
        reason="names a department the role works with, not a skill",
        # "The coder ... works with Clinical Documentation Integrity on DRG reconciliation", "partners with Release of
        # Information on subpoenas" (the role's own verb: not "experience working with ...", which asks)
        pattern=r"\b(?:works|collaborates|partners|coordinates|liaises)\s+(?:closely\s+|directly\s+|daily\s+)?with\s+"
        r"(?:the\s+|our\s+)?(?:hospital['’]s\s+|system['’]s\s+)?"
        # ... or a piece of work done with it: "prepares written appeals ... in collaboration with CDI and Physician
        # Advisors", "investigates variances with CDI and Finance"
        r"|\b(?:in\s+collaboration|in\s+partnership|in\s+conjunction|jointly|together|variances|discrepancies"
        r"|findings|denials|escalations)\s+with\s+(?:the\s+|our\s+)?"
        # ... or the one the post reports to: "Reports To:   Director, Coding & CDI"
        # (a form's field, by its colon: not "Review operative reports to abstract information and apply CPT")
        r"|\breports?[ \t]+to[ \t]*:[ \t]*(?:[\w,/-]+[ \t]+(?:&[ \t]+|and[ \t]+)?){0,4}?",
    ),
    Dismissal(
        name="credential-names-a-unit",
        scope="after",
        kinds=["credential"],
        reason="names a team, service or office, not a credential",
        # (a word or two of the unit's name between, not a sentence's: "the CHC Data team", "the CPC Claims unit"; not
        # "a CCS on our team")
        # (nor a heading on the next line: "RHIT" over "Registry team: ...")
        pattern=r"(?:['’]s)?[ \t]*(?:(?!(?:on|in|into|to|for|of|with|within|at|the|our|your|a|an|and|or|is|are|be|join"
        r"|joins|joining|from|by)\b)[a-z]+[ \t]+){0,2}?(?:team|department|dept|staff|service|unit|hub|office"
        r"|committee)s?\b",
    ),
    Dismissal(
        name="credential-names-a-program",
        scope="after",
        kinds=["credential"],
        reason='names a program of study ("graduate of an accredited RHIT or RHIA program"), not the credential',
        pattern=r"\s*(?:(?:degree|education|educational|training|academic)\s+)?(?:program|programme|curriculum)s?\b",
    ),
    Dismissal(
        name="names-a-role",
        scope="after",
        kinds=["skill"],
        reason='names people or a role ("our CDI specialists"), not a skill asked for',
        pattern=r"\s*(?:specialist|coordinator|nurse|reviewer|analyst|educator|manager|director|lead|auditor"
        r"|liaison|program|programme|certification|credential)s?\b",
    ),
    Dismissal(
        name="names-students",
        scope="after",
        kinds=["education"],
        reason='names students the team teaches ("MSc students") or courses it works with, not a level asked for',
        # ... "trainees from the Birmingham and Coventry/Warwick doctorate courses": courses, in the plural, are
        # those of others; what a candidate has completed is one
        # ... and with their subject between: "mentoring of BSc Audiology students"
        # (on the mention's line: not a list's last item over a paragraph of its own, "- High school diploma" over
        # "Students who already hold ... are welcome to apply")
        pattern=r"[ \t]*(?:students?|placement[ \t]+students?|trainees|courses|programmes|programs)\b"
        r"|[ \t]*(?:(?!(?:and|or|with|for|to|are|is|that|which|who)\b)[a-z][\w&-]*[ \t]+){1,2}?"
        r"(?:students?|trainees)\b",
    ),
    Dismissal(
        name="students-on-a-course",
        scope="before",
        kinds=["education"],
        reason='the course students or trainees are on ("psychology students on a local Masters degree course"), not a '
        "level asked for",
        # ... "well suited to coders who want a flexible schedule, students finishing a degree, or a newer coder"
        pattern=r"\b(?:students?|trainees?|learners|apprentices)\s+(?:on|studying|undertaking|completing|doing|taking"
        r"|finishing|pursuing|working\s+(?:on|towards?)|enrolled\s+on)\s+(?:an?\s+|the\s+|their\s+|our\s+)?"
        r"(?:[\w/&-]+\s+){0,3}?",
    ),
    Dismissal(
        name="compliant-workplace",
        scope="after",
        kinds=["skill"],
        reason='describes a workplace or equipment ("a HIPAA-compliant workspace"), not a skill',
        pattern=r"\s*[-–]?\s*(?:compliant|secure|approved)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:work\s*space|work\s*station|work\s+area|environment|home\s+office|office|location|setting|space"
        r"|internet|network|connection|equipment|computer|device)s?\b",
    ),
    Dismissal(
        name="skills-of-a-later-path",
        scope="later_path",
        kinds=["skill", "software"],
        reason="named only on an alternative qualification path other than the first",
    ),
    Dismissal(
        name="team-description",
        scope="sentence",
        reason="describes the team the candidate would join, not what the candidate needs",
        # ... "Our auditors hold CCS, CIC, CPMA and CDIP credentials"
        # ... "The clinic's coding and HIM staff down the hall hold CCS and RHIT credentials", "Two of our coders are
        # studying for the CRC"
        # ... "Most of our coding professionals hold the CCS or CPC credential"
        # ... its size first: "Our 300+ remote coders hold CCS, CPC, COC and CIC credentials"
        # ... "&" in its name: "The HIM Revenue Integrity & Analytics team includes two RHIA analysts"
        pattern=r"\b(?:our|the)\s+(?:[\w'’+&-]+\s+){0,5}?(?:team|staff|coders|department|colleagues|employees|auditors"
        r"|registrars|specialists|analysts|nurses|reviewers|abstractors|recruiters|consultants|educators|mentors"
        r"|professionals)"
        # ... with a relative clause between: "Our coding staff, who report separately to the Coding Manager, hold the
        # CCS, CCA or CPC credential"
        r"(?:\s*,\s*(?:who|which|that)\s+[^,;.\n]{1,60},)?"
        r"\s+(?:members\s+)?(?:(?:here|there|today|now|currently|already|all|both|also|down|up|across|on|in|at|the"
        r"|hall|site|floor|office|unit)\s+){0,3}?"
        r"(?:holds?|has|have|includes?|consists?\s+of|are\s+all|possess(?:es)?|carry"
        r"|(?:is|are)\s+(?:currently\s+|now\s+)?(?:studying|preparing|sitting)\s+for)\b"
        # ... what it averages, then what it holds: "Our audit team averages 15+ years of coding experience and holds
        # CCS, CPC, CPMA, CDIP and RHIA credentials"
        r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:team|staff|department|coders|auditors|registrars|specialists)\s+"
        r"averages?\b[^.;\n]{0,80}?\band\s+(?:holds?|has|have|carry|carries)\b"
        # "Our coding specialists come from hospital HIM departments ..., and together hold CPC, CCS, CPMA and RHIT"
        r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:coders|specialists|auditors|registrars|analysts|team|staff)\b[^.;\n]{0,120}?"
        r"\b(?:together|collectively|between\s+them)\s+(?:hold|have|possess)\b"
        # "our CDI team (RNs and CCDS-credentialed coders) will close the loop", "Our QA team of 40 credentialed
        # reviewers (HCS-D, COS-C, HCS-O, RN) reviews every new coder's first 50 charts"
        # ... "Our Medical Records and Coding team (RHIT, CCS) sits down the hall"
        r"|\bour\s+(?:[\w-]+\s+){0,4}?(?:team|staff|department)"
        r"(?:\s+of\s+(?:\d+\+?|[a-z]+)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*\("
        # ... "Our cancer registrars (ODS-C) provide vital-status follow-up"
        # ... its size first: "Our 900+ credentialed coders (CPC, CCS, RHIT, RHIA) support ..."
        r"|\bour\s+(?:[\w+-]+\s+){0,2}?(?:coders|registrars|auditors|specialists|analysts|abstractors|reviewers"
        r"|nurses|educators)\s*\("
        # ... how credentialed it is: "Our coding team is 100% credentialed (RHIT, RHIA, CCS and CIC)", "Our auditors
        # are all certified (CPC, CCS, CPMA)"
        r"|\b(?:our|the)\s+(?:[\w-]+\s+){0,3}?(?:team|staff|department|coders|auditors|registrars|specialists)\s+"
        # ... "our audit team is 100% CPMA certified"
        r"(?:is|are)\s+(?:all\s+|fully\s+|\d+\s*%\s+)?(?:[\w/-]+\s+)?(?:credentialed|certified)\b(?!\s+(?:to|in|for)\b)"
        # ... what the company's divisions or teams do for clients: "Our coding division supports ICD-10, CPT, HCC and
        # DRG projects in 38 states", "Beyond ROI, our teams provide remote coding (ICD-10-CM/PCS, CPT) with CCS- and
        # CPC-credentialed coders" (not the one team the post joins, "our team provides ...")
        r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:division|divisions|teams|company|firm|business\s+units?)\s+(?:also\s+)?"
        r"(?:supports?|provides?|offers?|delivers?|handles?|performs?)\b"
        # "Our Professional Coding team is 26 coders strong - RHITs, CCS-Ps, CPCs ...", "Our coders work in Epic"
        r"|\b(?:our|the|\w+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:team|staff|department)\s+(?:is|are)\s+\w+\s+"
        r"(?:[\w-]+\s+)?strong\b"
        # ... its size first: "Our 400+ credentialed coders work ICD-10-CM/PCS, CPT, HCPCS and APR-DRG accounts"
        # ... and its letters between dashes: "Our 400+ coders - RHIAs, RHITs, CCSs, CICs, CPCs and COCs - work
        # ICD-10-CM/PCS, CPT and HCPCS"
        # ... a firm's consultants: "Our consultants support inpatient DRG validation, outpatient APC and E/M audits"
        # (not what everyone "on our team" does, the candidate too: "Everyone on our team codes with ICD-10-CM, CPT")
        r"|(?<!\bon )\bour\s+(?:[\w+-]+\s+){0,2}?(?:coders|team|staff|department|consultants|auditors)"
        r"(?:\s+[-–—]\s+[^.;\n]{1,80}?\s+[-–—])?"
        # ... "Our 400+ credentialed coders handle everything from ICD-10-PCS inpatient coding and APR-DRG validation"
        # ... "Our dental team codes CDT procedures, and our billing team reports FQHC PPS encounters"
        r"\s+(?:work|works|use|uses|handle|handles|support|supports|serve|serves|cover|covers|codes|reports|bills)\b"
        # ... a team of people by their letters: "includes a team of CCS-credentialed inpatient coders"
        r"|\bteam\s+of\s+(?:\d+\+?\s+)?[\w/]+-(?:credentialed|certified)\s+"
        # "Our Revenue Integrity department brings together charge capture analysts ... and a team of coding auditors
        # who hold the RHIA, CCS and CPMA credentials"
        r"|\b(?:a|our|the)\s+team\s+of\s+(?:\d+\+?\s+)?(?:[\w-]+\s+){0,3}?(?:coders|auditors|registrars|specialists"
        r"|analysts|abstractors|reviewers|nurses|educators|professionals)\s+who\s+(?:all\s+|also\s+)?"
        r"(?:hold|have|carry|possess)\b"
        # "... the team is fully remote, and every coder on it holds a CCS, CIC or RHIT"
        r"|\b(?:every|each)\s+(?:one\s+of\s+(?:our|the)\s+)?(?:coders?|auditors?|registrars?|specialists?|analysts?"
        r"|abstractors?|members?)\s+(?:on\s+(?:it|the\s+team|our\s+team|staff)\s+|here\s+)?(?:holds?|has|carries"
        r"|possesses)\b"
        # ... those who teach or precept: "Preceptors are experienced Outpatient Coder II and III staff who hold the
        # CPC, COC or CCS"
        r"|\b(?:preceptors|mentors|instructors|trainers|educators)\b[^.;\n]{0,80}?\bwho\s+(?:all\s+|also\s+)?"
        r"(?:hold|have|carry|possess)\b"
        # "Several of our current coders, including two who now hold the CCS, started as HIM Clerks"
        r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:coders|specialists|auditors|registrars|analysts|staff|employees|colleagues)\b"
        r"[^.;\n]{0,60}?\bwho\s+(?:now\s+|currently\s+|already\s+|also\s+)?(?:hold|holds|have\s+earned|earned)\b"
        # "... led by an RHIA-credentialed management team", "staffed by CPC-certified coders", "staffed by RHIA- and
        # CHPS-certified professionals"
        r"|\b(?:led|managed|supervised|staffed|run)\s+by\s+(?:an?\s+|our\s+|the\s+)?"
        r"(?:[\w-]+\s*(?:,|and|&|or)\s*){0,3}[\w-]+-(?:credentialed|certified)\b"
        # "(84% certified: CCS, CIC, CPC, COC and RHIT credentials are all represented)"
        r"|\b(?:credentials|certifications|designations)\s+(?:are|is)\s+(?:all\s+|well\s+)?represented\b"
        # "Team members hold CCDS, CDIP, CCS and RHIA credentials"
        r"|\b(?:team|staff)\s+members\s+(?:here\s+)?(?:all\s+|also\s+|already\s+)?(?:hold|have|carry|possess)\b"
        # ... and what others the employer trains earn: "many of our students also earn the CCA before graduation",
        # "Most of our apprentices pass the CPC within a year"
        r"|\b(?:many|most|some|several|all|half)\s+of\s+our\s+(?:[\w-]+\s+){0,2}?(?:students|graduates|apprentices"
        r"|interns|externs|trainees|residents|alumni)\s+(?:also\s+|now\s+|already\s+|go\s+on\s+to\s+)?(?:earn|earned"
        r"|pass|passed|hold|have|sit\s+for|complete|completed)\b",
    ),
    Dismissal(
        name="stands-in-for-a-credential",
        scope="sentence",
        kinds=["education"],
        reason="schooling accepted in place of a credential, not a level asked for",
        # "RHIA, RHIT or CCS. Graduates of a CAHIIM-accredited HIM bachelor's program may be hired in lieu of the
        # credential provided the RHIA is earned within 12 months of hire"
        pattern=r"\b(?:in\s+(?:lieu|place)\s+of|instead\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:credential|certification|registration|license|licence)\b",
    ),
    Dismissal(
        name="stands-in-for-experience",
        scope="after",
        kinds=["credential"],
        reason="a credential that stands in for some of the experience asked, not one asked itself",
        # right after the credentials: "2 years medical billing experience. A current CCA, CBCS or CPC-A can count as
        # one of the two years", "CCA accepted in place of one year of experience" (not a credential asked beside a
        # degree that does: "RHIT required; an associate degree may substitute for one year of experience")
        pattern=r"\s*(?:credentials?|certifications?)?\s*(?:(?:can|may|will|could|would)\s+(?:count|substitute"
        r"|be\s+substituted|stand\s+in)\s+(?:as|for)\s+(?:one|a|1|part|some|half)\b[^.;\n]{0,30}?\b(?:years?|months?)\b"
        r"|(?:(?:is|are|will\s+be)\s+)?(?:accepted\s+)?(?:in\s+(?:place|lieu)\s+of|instead\s+of|as\s+a\s+substitute\s+for)"
        r"\s+(?:one|a|1|two|2|six|6)\s+(?:\(\d+\)\s+)?(?:years?|months?)\s+of\s+(?:[\w-]+\s+){0,3}?experience\b)",
    ),
    Dismissal(
        name="people-counted-with-their-letters",
        scope="before",
        kinds=["credential"],
        reason="what people the posting counts hold, not what the candidate needs",
        # "Our ... team is small and busy: 14 coders (CPC, CRC and CCS-P), two auditors and ...", "our 9 coders (CPC,
        # CCS) and 2 auditors"
        pattern=r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\s+(?:[\w-]+\s+)?"
        r"(?:coders|auditors|registrars|specialists|analysts|abstractors|billers|nurses|educators|technicians|clerks)"
        r"\s*\((?:[a-z][a-z-]{1,9}\s*(?:,|and|&|/|or)?\s*)*$",
        # the posting's openings, or what they need: "We're hiring 2 coders (CPC required)"
        unless=r"\b(?:hiring|seeking|looking\s+for|recruiting|adding|need|needs|openings?|required|must"
        r"|preferred|minimum)\b",
        description='"14 coders (CPC, CRC and CCS-P)": the team\'s letters',
    ),
    Dismissal(
        name="what-the-firm-does-for-its-clients",
        scope="sentence",
        kinds=["credential", "coding_system", "skill", "software"],
        reason="what the employer does for its clients or patients, not what the candidate needs",
        # "Since 2009 we have supported more than 300 hospitals with abstracting, coding (ICD-10-CM/PCS, CPT) audits",
        # "Today we support 38 client facilities ..., with programs covering inpatient CDI, outpatient HCC capture"
        pattern=r"\bwe\s+(?:have\s+|now\s+|currently\s+|proudly\s+|today\s+)?(?:support(?:ed)?|serve[sd]?"
        r"|partner(?:ed)?\s+with|work(?:ed)?\s+with)\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+)?"
        r"\d[\d,]*\+?\s+(?:[\w-]+\s+){0,2}?(?:hospitals|clients|facilities|health\s+systems|practices|organizations"
        r"|providers|physicians|sites|payers|plans|customers)\b"
        # ... what its services include: "Our services include facility and professional coding, CDI, DRG validation",
        # "HIM services include inpatient and outpatient coding (ICD-10-CM/PCS and CPT)"
        r"|\bservices\s+(?:include|includes|span|cover|covers|range\s+from)\b",
        description='"we have supported more than 300 hospitals with ... coding (ICD-10-CM/PCS, CPT) audits", "Our '
        'services include ... DRG validation"',
    ),
    Dismissal(
        name="a-staffing-firm-s-placements",
        scope="sentence",
        kinds=["credential"],
        reason="whom a staffing firm has placed before, not what this post asks",
        # "BrightPath has placed billers, coders (CPC, CPB) and front-office staff with Tampa Bay healthcare employers
        # since 2009"
        pattern=r"\b(?:has|have|we['’]ve)\s+(?:successfully\s+|proudly\s+)?placed\b[^.;\n]{0,120}?\b(?:with|at|in)\s",
    ),
    Dismissal(
        name="team-by-its-size",
        scope="sentence",
        reason="describes the team the candidate would join, not what the candidate needs",
        # "Our team of nine registrars all hold the ODS-C", "Our team of 250+ credentialed coders and auditors (CPC,
        # CCS, RHIT, CPMA) supports clients on Epic"
        # ("Our Patient Financial Services team of 60 includes nine CPB-certified billers")
        pattern=r"\b(?:our|the)\s+(?:[\w-]+\s+){0,3}?(?:team|staff|department)\s+of\s+(?:over\s+|more\s+than\s+)?"
        r"(?:\d[\d,]*\+?|two|three|four|five|six|seven|eight|nine|ten|twelve|\w+teen|\w+ty)\s+"
        # ... or a department that is one: "Our Health Information Management department is a team of more than 200
        # professionals, including RHIA- and RHIT-credentialed leaders, CCS-certified coders ..."
        r"|\b(?:is|are)\s+a\s+team\s+of\s+(?:over\s+|more\s+than\s+|nearly\s+|about\s+|some\s+)?\d[\d,]*\+?\s+"
        # ... or by its headcount before it: "42-person coding team (11 CCS, 3 RHIA) with a dedicated educator"
        r"|\b\d+[- ](?:person|member|strong)\s+(?:[\w-]+\s+){0,2}?(?:team|staff|department)\b"
        # ... or by its people: "Our in-house team of certified coders (CPC, CCS, RHIT) reviews model output"
        r"|\bour\s+(?:[\w-]+\s+){0,2}?(?:team|staff|department)\s+of\s+(?:[\w-]+\s+){0,2}?"
        r"(?:coders|auditors|registrars|specialists|professionals|analysts)\b"
        # ... "The Cancer Registry team is made up of ... four registrars, three of whom hold the ODS-C credential",
        # "Our six-person coding team - all of whom hold the CPC"
        r"|\b(?:all|most|some|many|each|both|one|two|three|four|five|six|several)\s+of\s+"
        r"(?:whom\s+(?:hold|holds|have|has|are|is|possess)|them\s+(?:hold|have|possess))\b",
        # the candidate asked in the same sentence: "You will join our team of 12 coders and must hold a CPC", "your
        # CPC"; not "you'll work with them closely"
        # (not "so you will have someone to ask")
        unless=r"\b(?:your|must|required|requires?)\b|\b(?:you|candidates?|applicants?)\s+(?:will\s+|would\s+)?"
        r"(?:need|should|hold|have(?!\s+(?:someone|somebody|people|colleagues|support|access|a\s+(?:mentor|colleague"
        r"|buddy|team)))|possess|bring)\b",
    ),
    Dismissal(
        name="how-many-of-them-hold",
        scope="sentence",
        kinds=["credential"],
        reason="what people the posting describes hold, not what the candidate needs",
        # a share of people the sentence names hold them: "Our recruiters are former coders - many hold CPC, CCS and
        # RHIA credentials themselves", "Most of our auditors carry the CPMA"
        # ... "9 of its leaders hold the RHIA or RHIT credential"
        pattern=r"\b(?:many|most|some|several|all|both|half|\d{1,3})\s+"
        r"(?:of\s+(?:them|whom|us|(?:our|its|their)\s+[\w-]+)\s+)?"
        r"(?:also\s+|already\s+|now\s+|still\s+)?(?:hold|have|possess|carry|earned|have\s+earned)\b"
        r"|\bcredentials\s+themselves\b"
        # ... a count of people by their letters: "(two CEMC- and one CPMA-credentialed educators)", "three
        # CCS-certified coders"
        r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
        r"(?:[\w/-]+-\s+(?:and|or)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+)?"
        r"[\w/]+-(?:credentialed|certified)\s+(?:[\w-]+\s+)?(?:educators|coders|auditors|registrars|specialists|staff"
        r"|analysts|nurses|reviewers|abstractors|leaders|managers|colleagues|professionals|trainers|preceptors)\b"
        # "Our client's Risk Adjustment team (40+ coders, all CRC or CPC credentialed)"
        r"|\b(?:all|most|many|each)\s+(?:[\w/-]+\s+){1,4}?(?:credentialed|certified)\b"
        # "(all of their coders are CCS or CPC certified)"
        r"|\b(?:all|most|many|some|several)\s+of\s+(?:their|our|its|the)\s+(?:[\w-]+\s+){0,2}?(?:are|were)\s+",
        # the candidate asked in the same sentence: "... and you must hold one of them too"
        unless=r"\b(?:must|required|requires?|need|needs)\b|\b(?:you|candidates?|applicants?)\s+(?:will\s+|would\s+)?"
        r"(?:need|should|hold|have|possess|bring)\b",
        description='"many hold CPC, CCS and RHIA credentials themselves", "Most of our auditors carry the CPMA"',
    ),
    Dismissal(
        name="another-requisition",
        scope="sentence",
        reason="what another job the posting points to asks, not this one",
        # "Looking for an outpatient audit role? See Req #R88213 - Outpatient Claims Auditor (COC required)"
        pattern=r"\b(?:see|view|check\s+out|apply\s+(?:to|for|under))\s+(?:our\s+|the\s+)?(?:req(?:uisition)?|job|posting"
        r"|opening|position)\s*(?:#|no\.|number\b|id\b)"
        # "CPC-A freshers may attend for Trainee Coder openings (separate drive - 0 to 1 yr)"
        r"|\bseparate\s+(?:hiring\s+|recruitment\s+|walk-in\s+)?(?:drive|posting|requisition|listing|vacancy)\b"
        # "those are posted separately on our careers page (Coder III, for example, asks for the CCS plus five years
        # ...)", "An HIM Technician II ... has to hold the RHIT; that job isn't open right now"
        r"|\bposted\s+separately\b"
        # ... a firm's other openings, in prose: "Desert Sky also has open interim Coding Manager (CCS required) and
        # CDI Manager (CCDS required) assignments", "We are also hiring inpatient coders (CCS required)"
        r"|\balso\s+has\s+(?:\w+\s+){0,2}?(?:open|current)\b[^.;\n]{0,160}?\b(?:assignments|positions|openings|roles"
        r"|jobs|contracts|requisitions|vacancies)\b|\b(?:are|is|we['’]re)\s+also\s+(?:hiring|recruiting)\b"
        # a line of another opening with its status: ">> HIM Supervisor (RHIA required) .......... closed", "Coding
        # Auditor (CPMA required)  - posting expected Q3"
        # (after dots, a dash, a bar, a bracket or a wide gap, as a list of openings sets it apart; not "the position
        # to be filled.")
        r"|(?:\.{2,}|[-–—|:)]|[ \t]{2,})[ \t]*(?:closed|filled|posting\s+expected|not\s+yet\s+open|no\s+longer\s+open"
        r"|on\s+hold|coming\s+soon)\b(?:[ \t]+[\w/.-]+){0,2}(?:\W*$"
        # ... its detail in brackets, indented on the line under it: "→ Coding Specialist II — closed 2/14/2025\n
        # (required CCS or CPC, 3 yrs inpatient coding)"
        r"|[ \t]*\n[ \t]+\()"
        # "If you're an HCC/CRC coder, look for our Risk Adjustment Coder II posting instead"
        # ... "watch for the Coder I posting, they take CPC-A there"
        r"|\b(?:look|watch|keep\s+an\s+eye\s+out)\s+for\s+(?:our|the)\s+(?:[\w/&-]+\s+){0,5}?"
        r"(?:posting|opening|listing|requisition)\b"
        r"|\b(?:that|this|the\s+other)\s+(?:job|role|position|level|post|opening)\s+(?:isn['’]t|is\s+not)\s+"
        r"(?:open|available|being\s+(?:filled|recruited|hired))\b"
        # ... what "that" job or level asks, which the posting has told of: "That job requires an RHIT and a year of
        # analysis experience, and I filled it in March", "for that level I require an RHIA and five years"
        r"|\b(?:that|the\s+other)\s+(?:job|role|position|level|opening|post)\s+(?:requires?|required|needs?|needed|takes"
        r"|asks\s+for|wants?)\b|\b(?:for|into)\s+that\s+(?:job|role|position|level|opening|post)\b"
        # "RNs with 5+ years of bedside experience may be considered for our separate CDI Specialist I posting"
        r"|\b(?:for|to|under|in)\s+(?:our|the|a)\s+(?:separate|other|different)\s+(?:[\w/&-]+\s+){0,5}?"
        r"(?:posting|position|opening|role|job|requisition|vacancy)\b",
        description='"See Req #R88213 - Outpatient Claims Auditor (COC required, APC/OPPS experience)", "may be '
        'considered for our separate CDI Specialist I posting"',
    ),
    Dismissal(
        name="only-that-is-not-eligible",
        scope="sentence",
        reason="what applicants hold who are turned away for holding only that, not what is asked",
        # "Candidates who have only completed a coding course and not cleared the exam are not eligible", "Applicants
        # with only a CPC-A are not eligible"
        pattern=r"\b(?:candidates|applicants|those|people)\s+(?:who\s+(?:have\s+|hold\s+)?only|with\s+only"
        r"|holding\s+only)\b[^.;\n]{0,160}?\b(?:are|will\s+be)\s+not\s+(?:eligible|considered|accepted)\b"
        # ... "If your only credential is the CCS, this posting is not the right fit"
        r"|\bif\s+(?:your|their|the)\s+only\s+(?:[\w-]+\s+)?(?:credential|certification|qualification)\s+is\b"
        r"[^.;\n]{0,80}?\bnot\s+(?:the\s+right\s+fit|a\s+(?:good\s+)?(?:fit|match)|eligible|qualified)\b",
        description='"Candidates who have only completed a coding course ... are not eligible"',
    ),
    Dismissal(
        name="holders-not-eligible-for-this-post",
        scope="sentence",
        kinds=["credential"],
        reason="what holders hold who are sent to another post, not what is asked",
        # "Coders holding the CPC-A apprentice designation are hired into Coding Specialist (class 10470) and are not
        # eligible for this class"; not "Applicants without a CPC are not eligible for this position" (no holder)
        pattern=r"\b(?:holding|holders\s+of|who\s+(?:hold|have|possess))\s+(?!no\b|only\b)[^.;\n]{0,120}?"
        r"\b(?:are|is)\s+not\s+eligible\s+for\s+(?:this|the)\s+(?:class|classification|position|post|role|job"
        r"|posting|opening|vacancy|grade|level)\b",
        description='"Coders holding the CPC-A apprentice designation ... are not eligible for this class"',
    ),
    Dismissal(
        name="schooling-not-eligible",
        scope="after",
        kinds=["education"],
        reason="schooling that rules a candidate out, not what is asked",
        # "Diploma holders & 12th pass not eligible", "B.Sc graduates are not eligible for this drive"
        pattern=r"[ \t]+(?:(?:holders?|candidates|applicants|graduates)[ \t]+)?(?:(?:are|is)[ \t]+)?not[ \t]+"
        r"(?:eligible|considered|accepted)\b",
        description='"Diploma holders & 12th pass not eligible"',
    ),
    Dismissal(
        name="a-security-clearance",
        scope="after",
        kinds=["credential"],
        reason="names a security clearance, not a credential",
        # "candidates will need to be able to obtain CTR/CTC clearance"
        pattern=r"(?:/[a-z]{2,5})?[ \t]+(?:security[ \t]+)?(?:clearance|vetting)\b",
        description='"CTR/CTC clearance"',
    ),
    Dismissal(
        name="a-field-of-the-posting-s-header",
        scope="before",
        kinds=["credential"],
        reason="the value of a field of the posting's header (a position type), not a credential",
        # "Position Type: CTR - Full-Time" (a contractor), "Worker Type: CTR"
        pattern=r"\b(?:position|employment|job|worker|employee|contract|hire)[ \t]+type[ \t]*:[ \t]*$",
        description='"Position Type: CTR - Full-Time"',
    ),
    Dismissal(
        name="answers-of-the-application-form",
        scope="sentence",
        reason="the answers to a question of the application form, one of them none: it asks nothing",
        # "Do you hold any of the following credentials? (select all) RHIA / RHIT / CHDA / CPC / None"
        pattern=r"\(\s*(?:select|check|choose|tick)\s+(?:all|one|any)\b|[/|]\s*none\b|\bnone\s+of\s+the\s+above\b",
    ),
    Dismissal(
        name="a-question-of-the-application-form",
        scope="after",
        reason="a question of the application form with its answers still to choose: it asks nothing itself",
        # "Do you hold an active CRC certification? Yes/No", "Do you have at least 3 years of athenahealth billing
        # experience? Yes / No", "Do you hold an active CCDS or CDIP credential? *\nSelect...": the line is the
        # question, its answers after it (not "CPC required? Y", a questionnaire's answer)
        # ... or boxes to tick: "Do you possess a current CPB or CBCS certification?<spaces>[ ]<spaces>[ ]"
        pattern=r"[^?.\n]{0,80}\?[ \t]*\*?[ \t]*"
        r"(?:\(?[ \t]*yes[ \t]*/[ \t]*no\b|\n[ \t]*(?:select\b|[-•*]?[ \t]*yes[ \t]*\n)"
        r"|(?:(?:☐|\[[ \t]*\]|_{2,})[ \t]*){2,}(?=\n|\Z))",
        description='"Do you hold an active CRC certification? Yes/No", "... certification?   [ ]   [ ]"',
    ),
    Dismissal(
        name="credentials-that-do-not-suffice",
        scope="clause",
        kinds=["credential"],
        reason="names what a candidate holds who must hold another as well: those alone do not suffice",
        # "Candidates with CPC or CCS must also hold one of these", "A coder holding the CCS, CPC or COC may be hired
        # if the HCS-D is obtained within six (6) months of hire" (the credential asked is named again before)
        # ... "Applicants who are CCS certified through AHIMA (U.S.) must also hold CHIM" (an initialism's full stops
        # between)
        pattern=r"\b(?:coders?|candidates?|applicants?|those|individuals?|staff)\s+(?:with|holding|who\s+holds?"
        r"|who\s+have|who\s+are)\s+(?:an?\s+|the\s+|only\s+)?(?:[^.;\n]|\.(?=\S)){1,40}?\s+"
        r"(?:must\s+also\s+(?:hold|have|obtain|earn)"
        # "Applicants holding AHIMA credentials (RHIA, RHIT) must provide proof of CHIMA certification equivalency"
        r"|must\s+(?:also\s+)?(?:provide|show|submit)\s+(?:proof|evidence)\s+of\s+(?:[\w-]+\s+){0,3}?equivalen\w*"
        r"|(?:may|can|will)\s+be\s+(?:hired|considered|accepted)\s+(?:if|provided|on\s+condition)"
        # (not a condition that the same credential ripens: "New coders holding the CPC-A will be considered if the
        # apprentice designation is removed within 12 months of hire": the CPC-A is a way in)
        r"(?!(?:\s+that)?\s+(?:the|their|its|this)\s+(?:[\"“']?-a[\"”']?\s+|apprentice(?:ship)?\s+)"
        r"(?:designation|status|credential)))\b",
    ),
    Dismissal(
        name="not-accepted",
        scope="before",
        kinds=["credential"],
        reason="named as a credential the employer does not accept",
        # "(We do not accept CPC alone for this role.)"
        # ... or a client's turning them down: "Client rejected 2 CPC-A submittals last month"
        pattern=r"\b(?:(?:do|does|will|can)\s*(?:not|n['’]t)|cannot|won['’]t)\s+(?:accept|consider)\s+(?:an?\s+|the\s+)?"
        r"|\b(?:rejected|rejects|turned\s+down)\s+(?:\d+\s+|two\s+|three\s+|several\s+|all\s+|our\s+|the\s+)?",
    ),
    Dismissal(
        name="not-accepted-after",
        scope="after",
        kinds=["credential"],
        reason="named as a credential the employer does not accept",
        # "CPC alone is not sufficient", "the CPC cannot be accepted"
        # ... "Candidates with CPC-A (apprentice) status are not eligible"
        # ... "Coders holding CCS only (no RHIA/RHIT) are not eligible"
        # ... "CRC by itself isn't one of the accepted core credentials"
        pattern=r"[ \t]+(?:(?:alone|only|by[ \t]+itself|on[ \t]+its[ \t]+own)[ \t]+)?(?:\([^()\n]{1,30}\)[ \t]+)?"
        # ... "CPC-A candidates are not eligible"
        r"(?:(?:status|holders?|credentials?|candidates|applicants|coders)[ \t]+)?"
        r"(?:alone[ \t]+|only[ \t]+)?"
        r"(?:(?:is|are|will[ \t]+be)[ \t]+not|isn['’]?t|aren['’]?t|(?:cannot|can[ \t]*not|will[ \t]+not)[ \t]+be)"
        # (not "Applicants without a CPC will not be considered": a must)
        r"[ \t]+(?:one[ \t]+of[ \t]+the[ \t]+)?(?:accepted|acceptable|sufficient|enough|eligible)\b"
        # ... a staffing agency's: "Candidates with CCA or CPC only will NOT be submitted to this client", "CPC alone
        # will not be considered"
        r"|[ \t]+(?:only|alone)[ \t]+(?:will|can|would)[ \t]*(?:not|n['’]t)[ \t]+be[ \t]+(?:submitted|considered"
        r"|accepted)\b"
        # ... "CCA won't substitute" (what "doesn't meet" is the not-required cue's)
        r"|[ \t]+(?:(?:alone|only|by[ \t]+itself|on[ \t]+its[ \t]+own)[ \t]+)?(?:won['’]?t|will[ \t]+not|doesn['’]?t"
        r"|does[ \t]+not|can['’]?t|cannot)[ \t]+(?:substitute|count|qualify|work|cut[ \t]+it)\b"
        # ... a reply's "RHIT alone no, sorry"
        r"|[ \t]+(?:alone|only|by[ \t]+itself|on[ \t]+its[ \t]+own)[ \t]*,?[ \t]*(?:no|nope)\b"
        r"(?![ \t]+(?:more|less|later)\b)",
        # not those who lack it: "Applicants who do not hold a CPC are not eligible", "Candidates without an active
        # CCS will not be considered" (a must)
        unless=r"\b(?:without|lacking|(?:who|that)\s+(?:do|does)\s*(?:not|n['’]t)\s+(?:hold|have|possess|carry)"
        r"|not\s+(?:holding|having|possessing))\s+(?:an?\s+|the\s+|any\s+|(?:an\s+)?active\s+|current\s+)?[a-z]",
    ),
    Dismissal(
        name="if-you-have-only-that-will-not-do",
        scope="clause",
        kinds=["credential"],
        reason="named as what will not do for the role, not asked",
        # "If you have a CPC-A, unfortunately that's not going to work", "if all you've got is the CCA, it won't cut it"
        pattern=r"\bif\s+(?:all\s+)?you(?:\s+only)?\s*(?:have|hold|['’]ve\s+got|got)\b[^.;\n]{0,40}?[,-]?\s+"
        r"(?:(?:then|unfortunately|sadly|honestly|i['’]m\s+afraid)[,\s]+)?(?:that|it|this)\s*"
        r"(?:['’]?s\s+not|\s+is\s+not|\s+isn['’]?t|\s+won['’]?t|\s+will\s+not|\s+doesn['’]?t|\s+does\s+not)\s+"
        r"(?:going\s+to\s+|gonna\s+)?(?:work|cut\s+it|(?:be\s+)?enough|do|qualify)\b",
    ),
    Dismissal(
        name="a-document-if-applicable",
        scope="clause",
        reason="a document to send if the applicant has one, not a requirement",
        # "Other - Copy of current RHIT or RHIA registration card, if applicable"
        pattern=r"\bcopy\s+of\b[^.;\n]{0,80}\bif\s+applicable\b",
    ),
    Dismissal(
        name="what-another-is-added-to",
        scope="before",
        kinds=["credential"],
        reason="names the credential another is asked in addition to: asked where it is named on its own",
        # "Preferred: CPC in addition to CRC"
        pattern=r"\bin\s+addition\s+to\s+(?:an?\s+|the\s+|your\s+|their\s+)?(?:active\s+)?",
    ),
    Dismissal(
        name="systems-the-employer-uses",
        scope="before",
        kinds=["software"],
        reason="names a system the employer uses, not what the candidate needs",
        # "We currently use EMIS Web", "The Trust utilises RiO", "We operate Systmone clinical system", "Our EHR is
        # Epic"
        # ... "Both of practices use SystmOne", "The Trust will also be moving over to N365, a version of Microsoft
        # Office"
        # ... and the clients': "supports clients on Epic, athenahealth, NextGen and Cerner"
        pattern=r"\bclients\s+(?:on|using|who\s+use|that\s+use)\s+"
        # ... "We're on athenahealth", "We are on Epic, but you'll pick that up"; a recruiter's of the client: "They're
        # on athenahealth"
        r"|\b(?:we|they)(?:['’]re|\s+are)\s+(?:all\s+|now\s+|currently\s+|fully\s+)?on\s+"
        # ... and a recruiter's of the client: "they use athena"
        r"|\b(?:we|they|(?:the\s+|our\s+)?(?:trust|practice|surgery|hospital|clinic|organi[sz]ation|department|service"
        r"|team)s?|surgeries"
        # ... "The registry uses METRIQ; training is provided" (with its article: not a report made "for the Area
        # Office using Microsoft Excel")
        r"|(?:the|our)\s+(?:registry|lab|laboratory|office|unit|facility))"
        # "a ... GP training practice using EMIS web clinical system"
        r"\s+(?:currently\s+|also\s+|now\s+)?(?:use|uses|using|utili[sz]es?|run|runs|operate|operates|(?:are|is)\s+using)"
        # ... "We operate a systemone clinical system"
        r"\s+(?:the\s+|an?\s+)?"
        # ... "Our PAS and electronic patient record is Oracle Health Millennium"
        r"|\bour\s+(?:(?:pas|patient\s+administration\s+system)\s+and\s+)?(?:ehr|emr|epr|clinical\s+system"
        r"|electronic\s+(?:health|medical|patient)\s+record(?:\s+system)?)\s+is\s+"
        r"|\b(?:moving|move|moved|migrating|migrate|switching|transitioning)\s+(?:over\s+)?(?:on)?to\s+(?:[\w,-]+\s+){0,5}?"
        # ... the one it left: "We moved from NextGen to athenaOne last spring"
        r"|\b(?:moving|moved|migrating|migrated|switching|switched|transitioning|transitioned|converting|converted)"
        r"\s+(?:over\s+|away\s+)?from\s+(?:the\s+|our\s+)?"
        # ... "We moved off MEDITECH in 2019", "we migrated off Cerner"
        r"|\b(?:moving|moved|migrating|migrated|switching|switched|transitioning|transitioned|came|coming)\s+off\s+(?:of\s+)?"
        r"(?:the\s+|our\s+)?"
        # ... and the one it brought its sites onto: "we brought all three hospitals ... onto a single Epic record", "We
        # brought our clinics onto Epic"
        r"|\b(?:brought|moved|put|consolidated|migrated|converted)\b[^.;\n]{0,40}?\bonto\s+(?:the\s+)?"
        r"|\bonto\s+(?:a\s+single|one|the\s+same|a\s+shared|a\s+common|a\s+unified)\s+"
        # ... the ones it went live with: "We went live with Evolve in 2019 and with Cerner Millennium as our electronic
        # patient record"
        r"|\bwent\s+live\s+(?:with|on)\s+(?:[^.;\n]{0,40}?\band\s+(?:with\s+|on\s+)?)?(?:the\s+)?"
        # ... one it has put in: "It was the first Mental Health Trust in London to fully implement RiO", "The practice
        # has recently introduced SystmOne"
        r"|\b(?:trust|practice|surgery|hospital|organi[sz]ation)s?\b[^.;\n]{0,40}?\b(?:to\s+(?:fully\s+|successfully\s+)?"
        r"implement|(?:has|have)\s+(?:recently\s+|successfully\s+|fully\s+|now\s+)?(?:implemented|introduced|adopted"
        r"|deployed))\s+(?:the\s+)?"
        # the trust's systems listed: "management of the Trusts Clinical Systems RiO, SystmOne, IAPTus and Lilie"
        r"|\btrust(?:['’]?s|s['’])\s+(?:main\s+|current\s+|own\s+|other\s+)?(?:clinical|electronic|patient)\s+"
        r"(?:records?\s+)?systems\s+(?:(?:[\w-]+,?|and)\s+){0,5}?",
    ),
    Dismissal(
        name="values-spelt-as-a-name",
        scope="after",
        kinds=["software"],
        reason="an employer's values whose initials spell a system's name, not the system",
        # "We live our EPIC values every day: Empathy, Partnership, Integrity, Curiosity"
        pattern=r"[ \t]+(?:values|behaviou?rs|principles)\b",
        description='"our EPIC values"',
    ),
    Dismissal(
        name="no-system-needed",
        scope="sentence",
        kinds=["software"],
        reason="named as an example of the systems met, where the posting needs none",
        # "Comfortable coding from multiple EHRs and chart formats (Epic, Cerner, athena, eCW, scanned PDFs...) - they
        # use their own proprietary coding platform so no specific EHR experience is required"
        pattern=r"\bno\s+(?:specific|particular|one)\s+(?:ehr|emr|epr|system|software|platform)s?\s+"
        r"(?:experience\s+)?(?:is\s+|will\s+be\s+)?(?:required|needed|necessary)\b",
    ),
    Dismissal(
        name="the-practice-s-system",
        scope="clause",
        kinds=["software"],
        reason="names a system the employer uses, not what the candidate needs",
        # "We are a busy SystmOne practice", "Buttercross is an EMIS Web practice"
        pattern=r"\b(?:we\s+are|is)\s+an?\s+(?:[\w,-]+\s+){0,4}?(?:practice|surgery|site)\b",
    ),
    Dismissal(
        name="must-not-have",
        scope="before",
        reason="what a candidate must not have: the opposite of a requirement",
        # "Must not have a Degree, Level 4 qualification or above" (an apprenticeship for beginners); written to start
        # with "not", which the search skips to
        pattern=r"not(?:(?<=\bmust\snot)|(?<=\bshould\snot)|(?<=\bmay\snot))\s+(?:already\s+)?(?:have|hold|possess)\s+"
        r"(?:an?\s+|any\s+)?",
    ),
    Dismissal(
        name="negated-by-non",
        scope="before",
        kinds=["credential"],
        reason='negated: "non-certified ..." names what the holder of the job is not',
        pattern=r"\bnon[-\s]",
        description='"Level One: Non-Certified Tumor Registrar", "non-CPC coders"',
    ),
    Dismissal(
        name="substitute-for-education-or-experience",
        scope="clause",
        kinds=["credential"],
        reason="offered in place of an education or experience requirement, not asked for itself",
        # up to six words between: "may substitute for one year of the required experience"
        # ... what is substituted said between: "may substitute such registration for the above education requirement"
        pattern=r"\b(?:substitut(?:e|ed|es)\s+(?:[\w'’-]+\s+){0,3}?for|in\s+(?:lieu|place)\s+of|instead\s+of)\s+"
        r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,6}?(?:education|degree|diploma|experience|schooling)",
        description='"A current RHIT credential may substitute for the education requirement", "An RHIT with 8 years '
        'may be considered in lieu of the bachelor\'s degree", "Possession of an RHIT credential may substitute for '
        'one year of the required experience"',
    ),
    Dismissal(
        name="degree-substitutes-for-experience",
        scope="after",
        kinds=["education"],
        reason="a level offered in place of some experience, not asked for itself",
        # "A bachelor's degree may substitute for one year of the required experience", "Graduation from a four-year
        # college may be substituted for two years of experience"; not "... in lieu of the degree" (what it names is
        # the level asked)
        # ... its field and school between: "A Bachelor's degree in Health Information Management may be substituted
        # for the above experience", "an associate degree in health information technology from a CAHIIM-accredited
        # program may substitute for one year of the required experience"
        # ... a figure in brackets: "may substitute for one (1) year of the required general experience"
        # ... over the lines of a form's hanging indent, each indented under the text of its label: "An associate
        # degree\n                  in health information technology ... may substitute\n                  for one (1)
        # year of the required experience" (not past a line of its own: "... in lieu of degree)\nMinimum one (1) year
        # of experience")
        pattern=r"(?:[^.;\n]|\n(?=[ \t]{2,}\S)){0,140}?\b(?:substitut(?:e|es|ed)\s+for|in\s+(?:lieu|place)\s+of"
        r"|instead\s+of)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’()-]+(?:[ \t]+|[ \t]*\n[ \t]{2,}(?=\S)))"
        r"{0,8}?experience\b",
    ),
    Dismissal(
        name="a-substitution-s-label",
        scope="before",
        kinds=["education"],
        reason="a level a substitution offers in place of what is asked, not a level asked for",
        # a federal standard's "Education substitution: Ph.D. or equivalent doctoral degree ..." (for a grade's
        # specialized experience), a county's "Substitution: Possession of an Associate's degree ..."
        pattern=r"\b(?:education(?:al)?\s+)?substitutions?\s*:\s*(?:[\w.'’,-]+\s+){0,3}?",
        description='"Education substitution: Ph.D. or equivalent doctoral degree"',
    ),
    Dismissal(
        name="membership-of-a-body",
        scope="before",
        kinds=["credential"],
        reason="membership of an organisation with that acronym, not a credential",
        # ... and the later bodies of a list: "an active member of the ACA and CCA" (chiropractic associations)
        pattern=r"\bmember(?:ship)?\s+(?:of\s+(?:the\s+)?)?(?:[a-z]{2,6}\s*(?:,|and|&)\s*){0,3}",
    ),
    Dismissal(
        name="shortens-the-experience",
        scope="after",
        kinds=["credential"],
        reason="it may take the place of some of the experience asked, not asked itself",
        pattern=r"(?:\s+(?:credential|certification|designation)s?)?\s+(?:may|can|will)\s+(?:be\s+)?substitut(?:e|ed)"
        r"\s+for\s+(?:up\s+to\s+)?(?:one|two|three|six|twelve|\d+|an?)\b(?:\s*\(\d+\))?\s+(?:years?|months?)\b",
        description='"Possession of a current CPC or CCS-P may substitute for one (1) year of the required experience"',
    ),
    Dismissal(
        name="held-by-someone-named-before",
        scope="before",
        kinds=["credential"],
        reason="held by someone else the posting names, not asked of the candidate",
        # "You will partner closely with our Privacy Officer, who holds the CHPS"; not "candidates who hold the CCS"
        # ("our Privacy & HIM Manager, who holds the RHIA and CHPS")
        pattern=r"\b(?:our|the|your|a)\s+(?:[\w&'’-]+\s+){0,3}?" + _A_PERSON_S_POST + r"\s*,?\s+who\s+"
        r"(?:also\s+|currently\s+|already\s+)?"
        r"(?:holds?|has|is)\s+(?:an?\s+|the\s+|both\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?$",
        description='"our Privacy Officer, who holds the CHPS"',
    ),
    Dismissal(
        name="letters-of-a-person-named-by-post",
        scope="before",
        kinds=["credential"],
        reason="the letters after the name or post of someone the posting names, not a requirement",
        # a post, then a name and the letters after it: "Our office manager, Tammy Reeves, CPC, CPB, will train you",
        # "our Director of Coding Integrity, Maria Alvarez, RHIA, CCS, CDIP"; or the letters in brackets after the
        # post: "our Coding Educator (CPC, CEDC, CEMC) runs a coding huddle", "our Senior Director of HIM (an RHIA with
        # 30 years in the field)"
        # ("the client's CDI lead (CCDS-O, CCDS)")
        pattern=r"\b(?:our|the|your|a|an)\s+(?:[\w&'’-]+\s+){0,3}?"
        + _A_PERSON_S_POST
        + r"(?:\s+of\s+[\w&-]+(?:\s+[\w&-]+){0,3}?)?\s*(?:,\s*"
        + _NAME_WORD
        + r"(?:\s+[a-z]\.)?\s+"
        + _NAME_WORD
        # ... or a first name alone before the brackets: "Our billing manager Trish (CPC, CPMA)"
        + r"\s*,|(?:"
        + _NAME_WORD
        + r"\s*)?\(\s*(?:an?\s+)?)\s*"
        + _LETTERS_SO_FAR,
        description='"Our office manager, Tammy Reeves, CPC, CPB, will train you", "our Coding Educator (CPC, CEDC)"',
    ),
    Dismissal(
        name="an-excerpt-of-another-job",
        scope="sentence",
        kinds=["credential"],
        reason="an excerpt of another job that a job alert or a board shows",
        # a job alert's or a board's teaser of another job: '"...RHIA or RHIT plus CCS required; 5 years inpatient..."'
        pattern=r"[\"“](?:\.\.\.|…)",
        description='"...RHIA or RHIT plus CCS required..." (a quoted excerpt that opens with an ellipsis)',
    ),
    Dismissal(
        name="for-candidates-holding",
        scope="before",
        kinds=["credential"],
        reason="whom what is asked applies to: candidates who hold it, not a credential asked",
        # "CCS preferred for candidates holding the RHIT or RHIA", "a CPMA is a plus for applicants with the CPC"
        pattern=r"\bfor\s+(?:candidates|applicants|coders|those|individuals|hires|staff)\s+(?:already\s+)?"
        r"(?:holding|with|who\s+(?:already\s+)?(?:hold|have))\s+(?:only\s+)?(?:an?\s+|the\s+)?"
        r"(?:[\w-]+\s*(?:,|or|and|/)\s*){0,4}",
        description='"CCS preferred for candidates holding the RHIT or RHIA": the RHIT and RHIA are whom it is for',
    ),
    Dismissal(
        name="part-of-a-reference-code",
        scope="before",
        kinds=["credential"],
        reason="part of a reference number or code, not a credential",
        # an advert's "Reference number / 339-CCS-7291-B" (figures and a hyphen right before the letters)
        pattern=r"\b[a-z]{0,4}\d+[a-z]{0,4}-",
        description='"339-CCS-7291-B": the letters inside a reference number',
    ),
    Dismissal(
        name="letters-quoted-as-a-word",
        scope="before",
        kinds=["credential"],
        reason="the letters quoted as a word (a search term, a tag), not a requirement",
        # a recruiter's tip: 'Recruiters search on "RHIT", "CCS" and "CPC" all day long' (not what a quoted
        # requirement says: 'the "CPC" credential is required')
        pattern=r"[\"“]",
        unless=r"\b(?:required|requires?|must|need|needed|preferred|prefer|plus|desired|desirable|essential|mandatory)\b",
        description='\'search on "RHIT", "CCS" and "CPC"\': a word in quotes',
    ),
    Dismissal(
        name="holders-who-must-also-hold",
        scope="after",
        kinds=["credential"],
        reason="who must hold something more, not what is asked",
        # "RHIT/RHIA holders must also hold the CCS or CIC"
        pattern=r"[ \t]*(?:credential[ \t]+)?holders[ \t]+(?:must|will|need[ \t]+to|should)[ \t]+also\b"
        # ... "CPC holders will be considered but must earn HCS-D or BCHH-C within 6 months of hire"
        r"|[ \t]*(?:credential[ \t]+)?holders?[ \t]+(?:will|may|can)[ \t]+(?:also[ \t]+)?be[ \t]+considered[ \t]*,?"
        r"[ \t]+but[ \t]+must\b",
        description='"RHIT/RHIA holders must also hold the CCS or CIC": the CCS or CIC is asked, not the RHIT',
    ),
    Dismissal(
        name="letters-of-whom-the-job-reports-to",
        scope="before",
        kinds=["credential"],
        reason="the letters after the title of whom the job reports to, not a requirement",
        # ("Reports to: Manager, Health Information Services & Privacy Officer (CHIM, CHPS)")
        pattern=r"\breports?\s+(?:directly\s+)?to\s*:?\s+(?:the\s+|our\s+|a\s+)?[^()\n.;]{0,60}\(\s*" + _LETTERS_SO_FAR,
        description='"The Auditor reports to the System Director, Coding Compliance (RHIA, CHC)"',
    ),
    Dismissal(
        name="letters-on-the-reports-to-line",
        scope="clause",
        kinds=["credential"],
        reason="the letters after the title of whom the job reports to, not a requirement",
        # a label's line, however long the name and title before the brackets: "Reports to: Dana Whitfield, Director
        # of Health Information Management (CHIM, CHPS)"
        pattern=r"\breport(?:s|ing)?[ \t]+(?:directly[ \t]+)?to[ \t]*:[^()\n;]{3,160}\([^()\n]{2,40}\)",
    ),
    Dismissal(
        name="letters-after-a-person-s-name",
        scope="before",
        # (not a degree's letters: "Speech Therapy, BSc" is a degree asked, whose subject's words look like a name)
        kinds=["credential"],
        case_sensitive=True,
        reason="the letters after a person's name, not a requirement",
        # a name in capitals, then letters only up to the mention: "You will train with Tammy Reeves, CPC, CPB, our
        # office manager", "report to Dr. Amit Rao, MD, CCDS", "(Jane Doe, RHIA)", a contact's or signer's "Pat Lee,
        # RHIA, CHPS", "Jenna K., CPC, CRC | Senior Coder", "Prepared by: M. Okafor, MHA, RHIA"
        # the name opens a line (maybe indented, as signature blocks are), a bracket, a sentence, or follows a word in
        # lower case, a mark, a label's colon, a dash, or a word that points to whom to write; never another
        # capitalised word: "Epic Care Everywhere, CPMA or CDIP" is a product, then a choice
        # (or after a gap of spaces, as an approval block's columns stand: "Hiroshi Tanaka, MS, RHIA<spaces>Lauren
        # Beckett, PHR")
        # (or bold, as a chat's header: "**Lisa M., RHIA, CHPS**  9:20 AM")
        pattern=r"(?:(?<![^\n\t(])|(?<=\n )|(?<=  )|(?<=\*\*)|(?<=[.?!][ \t])"
        # ... or a middle dot, as a newsletter's byline parts its fields: "Issue #47 · Marcus Bell, CHPS · Principal
        # Recruiter"
        r"|(?<![A-Za-z])[a-z][\w'’.@-]*[ \t]+|[,;:|–—·•-][ \t]*|\b(?:Contact|Email|E-mail|Call|Text|Ask)[ \t]+"
        # ... or the post right before the name: "CDI Educator Lisa Tran, RN, CCDS, CDIP", "Director of HIM Rosalind
        # Okafor, RHIA"
        rf"|\b(?i:{_A_PERSON_S_POST})[ \t]+(?:(?i:of|for)[ \t]+(?:[A-Z][\w&/-]*[ \t]+){{1,3}}?)?)"
        + _PERSON_S_NAME
        # ... a post in capitals between: "Marisol T., Coding Manager, RHIA, CCS"; or the letters in brackets: "Karen
        # Whitt, Practice Administrator (CPC, CPMA)"
        + r"(?:,[ \t]*(?:[A-Z][\w&'’/-]*(?:[ \t]+(?:[A-Z&][\w&'’/-]*|of|and|for))*,[ \t]*)?"
        r"|(?:,[ \t]*[A-Z][\w&'’/-]*(?:[ \t]+(?:[A-Z&][\w&'’/-]*|of|and|for))*)?[ \t]*\([ \t]*)"
        r"(?:[A-Za-z][A-Za-z/.-]{1,9},[ \t]*)*$",
        description='"You will train with Tammy Reeves, CPC, CPB", "report to Dr. Amit Rao, MD, CCDS", "Contact: Pat '
        'Lee, RHIA, CHPS"',
    ),
    Dismissal(
        name="letters-that-describe-a-post-holder",
        scope="before",
        kinds=["credential"],
        reason="the letters of someone the posting describes, not a requirement",
        # "quality is overseen by our Director of Coding, a CRC and CPC with fifteen years in risk adjustment"
        pattern=r"\b(?:our|my)\s+(?:[\w-]+\s+){0,3}?"
        + _A_PERSON_S_POST
        + r"(?:\s+(?:of|for)\s+(?:[\w&-]+\s+){0,2}?[\w&-]+)?\s*,\s+(?:an?|the)\s+(?:[\w-]+\s*(?:and|&|/|,)\s*){0,3}$",
    ),
    Dismissal(
        name="the-writer-s-own-exam",
        scope="before",
        kinds=["credential"],
        reason="an exam the writer is taking, not asked of the candidate",
        # a reader in a thread: "guess I'm finally scheduling the CCS lol", "im studying for my RHIT"
        pattern=r"\b(?:i['’]?m|i\s+am)\s+(?:finally\s+|also\s+|now\s+|just\s+|still\s+)?(?:scheduling|taking|sitting"
        r"|studying\s+for|testing\s+for|prepping\s+for|registered\s+for|signed\s+up\s+for)\s+(?:the\s+|my\s+|an?\s+)?$",
    ),
    Dismissal(
        name="an-organisation-s-approval",
        scope="after",
        kinds=["credential"],
        reason="names an approval or accreditation of a place, not a credential of a person",
        # California Children's Services: "its affiliated children's hospital, which is a CCS-approved Special Care
        # Center"
        pattern=r"-(?:approved|accredited|designated|paneled|contracted)\b",
    ),
    Dismissal(
        name="a-relative-or-friend-s-letters",
        scope="before",
        kinds=["credential"],
        reason="held by someone the writer knows, not asked of the candidate",
        # a chat: "my sister is RHIA and she said urgent care coding is a good start", "my cousin has her CPC"
        pattern=r"\bmy\s+(?:sister|brother|mom|mother|dad|father|husband|wife|cousin|aunt|uncle|friend|bff|bestie"
        r"|daughter|son|niece|nephew|classmate|roommate|neighbou?r)\s+(?:is|was|has|had|got|holds|just\s+got"
        r"|just\s+passed)\s+(?:an?\s+|the\s+|her\s+|his\s+)?$",
    ),
    Dismissal(
        name="letters-whose-holders-are-named",
        scope="before",
        kinds=["credential"],
        reason="held by the people the posting describes, not asked of the candidate",
        # "mentored by a preceptor team whose members hold the RHIA, CHDA, CHPS and CCDS credentials"
        pattern=r"\bwhose\s+(?:[\w-]+\s+){0,2}?(?:hold|have|carry|earned|include)\s+(?:the\s+|an?\s+)?"
        r"(?:[a-z][a-z/-]{1,9}\s*(?:,|and|&)\s*)*$",
    ),
    Dismissal(
        name="another-posting-that-wants",
        scope="clause",
        kinds=["credential", "education", "experience"],
        reason="asked by another posting the text mentions, not this one",
        # "heads up they have a prospective/CDI RA posting too that wants CRC + CDEO, different team"
        pattern=r"\b(?:another|a\s+different|a\s+second)\b[^.;\n]{0,50}?\b(?:posting|opening|job|role|position|req)s?\b"
        r"[^.;\n]{0,20}?\b(?:that|which)\s+(?:wants?|needs?|requires?|asks\s+for)\b"
        r"|\b(?:posting|opening|job|role|position|req)s?\s+(?:too|also|as\s+well)\s+(?:that|which)\s+"
        r"(?:wants?|needs?|requires?|asks\s+for)\b"
        # ... "there's also an **Outpatient Coder I** opening at the same place (CPC or COC, 1 yr)"
        r"|\bthere(?:['’]?s|\s+is)\s+also\s+an?\b[^.;\n]{0,60}?\b(?:opening|posting|job|role|position)\b"
        # ... "NorthStar also has a pro fee coder opening for the clinics (CPC required, E/M heavy, 1 yr exp)"
        r"|\balso\s+(?:has|have|had)\s+an?\b[^.;\n]{0,60}?\b(?:opening|posting|vacancy)\b"
        # ... another employer's: "ours is RHIT required for literally everything now"
        r"|\b(?:ours|mine)\s+(?:is|was|wants|requires|needs)\b"
        # ... other postings the candidate is sent to: "If you hold a CPC and want outpatient work, see our
        # Outpatient Coder postings"
        r"|\b(?:see|check\s+out|look\s+at|apply\s+(?:to|for))\s+(?:our|the|those|these)\s+(?:[\w/-]+\s+){0,4}?"
        r"(?:postings|openings|jobs|listings|positions|roles|requisitions)\b",
    ),
    Dismissal(
        name="tells-them-apart",
        scope="clause",
        reason="names things the employer tells apart, not what it asks",
        # a staffing firm's: "Our recruiters are HIM people themselves - we know the difference between a CCS and a
        # CPC"
        pattern=r"\b(?:know|knows|understand|understands|tell|explain)\s+(?:the\s+)?differences?\s+between\b",
        # (not a candidate who must: "You must know the difference between ICD-10-CM and ICD-10-PCS")
        unless=r"\b(?:you|candidates?|applicants?|must|required|should|able\s+to|ability)\b",
    ),
    Dismissal(
        name="not-that-one",
        scope="before",
        kinds=["credential"],
        reason="named as what the job does not take",
        # a sentence that opens "Not": "Not COC though, we had one and facility coding is just different."
        pattern=r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?] )|(?<=[.!?]  ))[ \t]*not\s+(?:an?\s+|the\s+)?$",
    ),
    Dismissal(
        name="a-friend-s-letters-in-a-text",
        scope="before",
        kinds=["credential"],
        reason="held by the person the writer texts, not asked of the candidate",
        # "u have COC + like 7 yrs right?"
        # (not a condition: "Would love if u have your CPB or CPC")
        pattern=r"(?<!if )\bu\s+(?:have|got|hold)\s+(?:ur\s+|your\s+|an?\s+|the\s+)?$",
    ),
    Dismissal(
        name="but-it-is-not-a-requirement",
        scope="after",
        kinds=["credential"],
        reason="named, then said not to be required",
        # a later clause whose subject speaks of it: "the US NCRA credential (ODS-C, formerly CTR) is recognised as
        # relevant experience but it is not a requirement for this post"; not past a requirement of its own ("CCS
        # required, RHIA would be great but it's not a requirement")
        # (nor past a preference: "we'd like to see a CEMC, ..., but neither is required" prefers it)
        # ... "a CHPS would stand out, but it's not required"
        pattern=r"(?:(?!\b(?:required|must|essential|mandatory|like|love|nice|plus|prefer\w*|desirable|welcome|advantage"
        r"|great|ideal\w*|stand\s+out|apart|helps?|helpful|bonus|asset|beneficial)\b)[^.;\n]){0,120}?"
        r"\bbut\s+(?:it|this|that|they|these)\s*(?:['’]s|\s+is|\s+are)\s*"
        r"(?:n['’]t|\s+not)\s*(?:a\s+)?(?:requirement|required|needed|necessary|mandatory|essential)\b",
    ),
    Dismissal(
        name="credential-holders-as-members",
        scope="after",
        kinds=["credential"],
        reason="names people who hold it, not what the job asks",
        # minutes of a chapter: "CPC-A members working on removing their A are welcome to sit in"
        pattern=r"[ \t]+(?:members|mentees|attendees)\b",
    ),
    Dismissal(
        name="what-someone-asked-about",
        scope="before",
        kinds=["credential"],
        reason="what someone asked about, which asks nothing itself",
        # a thread's or minutes' report of a question: "Another member asked about CRC only", "A member asked whether
        # CCS (not CCS-P) would count", "someone was asking if the CCA"
        pattern=r"\b(?:asked|asking|asks|wondered|wondering)\s+(?:about|whether|if)\s+(?:(?:the|an?|their|her|his|my)\s+)?"
        r"(?:(?:just|only|a|an|the|plain)\s+)?",
    ),
    Dismissal(
        name="what-they-are-not-asking-for",
        scope="sentence",
        kinds=["credential", "education", "experience"],
        reason="named as what the job does not ask",
        # a label of what is not asked, its sentence running on in a paragraph: "What they are not asking for: an
        # RHIT or CCA. ..." (on a line of its own, the heading rule says it)
        pattern=r"\b" + _NOT_ASKING_FOR + r"\s*:",
    ),
    Dismissal(
        name="a-requirement-dropped",
        scope="clause",
        kinds=["credential", "education", "experience"],
        reason="a requirement the writer drops, not one the posting keeps",
        # "Drop the RHIT requirement, we'll never fill it at a grade 7", "we waived the CCS requirement"
        pattern=r"\b(?:drop|remov|waiv|scrap|ditch|eliminat|lift)(?:e|es|ed|ing|ping|ped|s)?\s+(?:the\s+|our\s+|that\s+)?"
        r"[\w'’/-]+(?:\s+[\w'’/-]+){0,2}?\s+(?:requirement|req)\b"
        # ... "they're taking the RHIT line out of the preferred section"
        r"|\b(?:tak(?:e|es|ing|en)|took|pull(?:s|ed|ing)?)\s+(?:the\s+)?[\w'’/-]+(?:\s+[\w'’/-]+){0,2}?\s+"
        r"(?:line|requirement|req|bullet)\s+(?:out|off)\b",
    ),
    Dismissal(
        name="letters-of-who-prepared-or-approved-it",
        scope="clause",
        kinds=["credential", "education"],
        reason="the letters of who prepared, reviewed or approved the document, not a requirement",
        # a job description's approval block: "Approved by:  Thomas Okafor, MBA - VP, Revenue Cycle  Date: 06/03/2024"
        pattern=r"\b(?:prepared|approved|reviewed|authored|written|submitted|signed|revised|updated|owned)"
        r"[ \t]+by[ \t]*:",
    ),
    Dismissal(
        name="a-name-signed-with-a-dash",
        scope="clause",
        kinds=["credential"],
        case_sensitive=True,
        reason="the letters after a person's name, not a requirement",
        # a line of a name, a dash and letters alone, as a note is signed: "Dana Ferro - CPC, COC, CPMA" (not "Pro Fee
        # - CPC required")
        pattern=r"(?<![^\n])[ \t]*"
        + _PERSON_S_NAME
        + r"[ \t]+[-–—][ \t]+[A-Z][A-Za-z/.-]{1,9}(?:,[ \t]*[A-Z][A-Za-z/.-]{1,9})*[ \t]*$",
    ),
    Dismissal(
        name="degree-letters-among-a-person-s",
        scope="sentence",
        kinds=["education"],
        case_sensitive=True,
        reason="a degree's letters among those after a person's name, not a requirement",
        # two letters or more after a name, a degree's among them: "Tasha Green, BSN, RN - Clinical Recruiter",
        # "Renee Okonkwo-Haas, MSN, RN, CCDS, CDIP · 2nd" (not a degree's letters alone, "Jane Smith, PhD", which may
        # be asked, nor a degree before a word of its own: "Speech Therapy, BSc, HCPC registration")
        # (it opens on "[A-Z]", the word boundary looked back for after it: searched six times faster than opening on
        # the lookbehind, with the same matches; the last name alone is checked for a word of the field)
        pattern=r"[A-Z](?<![\w.-][A-Z])[a-z'’-]+(?:[A-Z][a-z'’-]+)?(?:[ \t]+[A-Z]\.)?[ \t]+"
        + _LAST_NAME
        + r",[ \t]*(?:[A-Z][A-Za-z.]{1,6}(?:-[A-Z]{1,2})?,[ \t]*)+[A-Z][A-Za-z.]{1,6}(?:-[A-Z]{1,2})?\b(?![ \t]+[a-z])",
        description='"Tasha Green, BSN, RN - Clinical Recruiter"',
    ),
    Dismissal(
        name="held-by-someone-spoken-of",
        scope="before",
        kinds=["credential"],
        # as written, for a first name; every other word in either case
        case_sensitive=True,
        reason="held by someone else the posting speaks of, not asked of the candidate",
        # someone who holds, has or is the letters: "She holds the RHIA and the CCS", "he is a CPC" (not "he/she",
        # "s/he": the candidate, in older postings); "Our director is an RHIA", "our coding educator holds the CPC"
        # (not "our ideal ... holds", "our new ...")
        # ... "the cancer registrar (she's an ODS-C)"
        # ... "she's CCS + CDIP, she said the team is super nice"
        pattern=r"(?<![/\w])(?i:she|he)['’]s\s+(?:also\s+|still\s+)?(?:an?\s+|the\s+)?"
        r"(?:[A-Z][A-Za-z-]{1,9}[ \t]*(?:,|and|&|/|\+)[ \t]*){0,3}$"
        # ... a commenter's header on a social post, the name, a dot, the letters: "Jordan P. • CPC-A | Aspiring
        # Medical Coder"
        r"|(?<![^\n])[ \t]*" + _FIRST_NAME + r"(?:[ \t]+[A-Z][a-z'’-]*\.?){0,2}[ \t]*[•·][ \t]*"
        r"(?:[A-Z][A-Za-z/.-]{1,9}[ \t]*(?:,|&|\+)[ \t]*){0,3}$"
        r"|(?:(?<![/\w])(?i:she|he)(?![ \t]*/)|\b(?i:our\s+(?!ideal\b|new\b|next\b|future\b)(?:[\w-]+\s+){0,3}?"
        + _A_PERSON_S_POST
        # ... with the post's field and the person's name between: "Our Director of HIM, Carol Byers, is an RHIA"
        + r"(?:\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?(?:\s*,\s*[a-z][\w.'’-]*(?:\s+[a-z][\w.'’-]*){0,3}\s*,)?)"
        # ... in the past: "our founder spent eight years as a coding manager in the US, where she held the CCS"
        r")\s+(?i:also\s+|currently\s+|already\s+|still\s+)?(?i:holds|held|has|is|was|earned|carries)\s+"
        r"(?i:an?\s+|the\s+|both\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?$"
        # ... the writer: "I hold both the CCDS and the CDIP" (other letters between only: not "I have an opening for a
        # CPC")
        r"|\b[Ii](?:[ \t]+(?:also|still|currently|myself|only|just))?"
        r"(?:[ \t]+(?:hold|have|was|earned|carry)|['’]ve(?:[ \t]+got)?"
        r"|[ \t]+have[ \t]+got)[ \t]+(?:an?[ \t]+|the[ \t]+|my[ \t]+|both[ \t]+(?:the[ \t]+)?)?"
        # ... "I've got CPC-A + CRC, 2 yrs RA"
        r"(?:[A-Z][A-Za-z-]{1,9}[ \t]*(?:,|and|&|/|\+)[ \t]*(?:the[ \t]+|an?[ \t]+)?){0,3}$"
        # ... "I'm an RHIA myself", a reply's "I'm CPC and COC", "Im not RHIT tho" (other letters and "and" between
        # only: not "I am hiring a CPC")
        # ... "Q: I'm a coder with a CCS-P but no CCS"
        r"|\bI(?:['’]m|[ \t]+am)[ \t]+an?[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:with|w/)[ \t]+"
        r"(?:an?[ \t]+|the[ \t]+|my[ \t]+)?$"
        r"|\b(?:I(?:['’]m|m|[ \t]+am)|i(?:['’]m|m))[ \t]+(?:(?:also|not|still|only|just)[ \t]+)?(?:an?[ \t]+)?"
        r"(?:[A-Z][A-Za-z-]{1,9}[ \t]*(?:,|and|&|/)[ \t]*){0,3}$"
        # ... or a first name alone, the letters right after the verb: "Carol was a CCS and coded on the side",
        # "Maria holds the CDIP" (not a word of a requirement: "Requirement is a CCS", "Preference is an RHIA")
         + rf"|(?<![\w.])(?!(?i:{_NOT_A_NAME}|it|this|that|there|he|she|who|what|which|one|each|either|neither"
        r"|our|your|their|candidate|applicant|requirement|preference|plus|bonus|ideal|also|priority"
        r"|consideration|nobody|none|training)\b)"
        # ... "Tom, who holds CPC and CPCO credentials"
        r"[A-Z][a-z]{2,}(?:,[ \t]+who)?[ \t]+(?:also[ \t]+|still[ \t]+|now[ \t]+)?(?:was|is|holds|earned)[ \t]+"
        r"(?:an?[ \t]+|the[ \t]+)?$"
        # ... and whoever holds "her", "his", "their" or "our" letters, or studies for them: "The coding manager there
        # has her CCS and CDIP", "several of us still hold our CPC and CCS", "Dana is studying for her CPMA", "an RHIA
        # with her CHPS" (not the candidate's "his or her")
        r"|\b(?i:(?:holds?|has|have|had|got|earned|keeps?|(?:studying|preparing|sitting|working)\s+(?:for|on|toward|towards))"
        # ... and the next of them: "our manager has her CTR + RHIA"
        r"\s+(?:her|his|their|our|my)\s+(?!or\s)(?:own\s+)?(?:[\w+&-]+\s+){0,3}?|with\s+(?:her|his)\s+(?!or\s)(?:own\s+)?)$"
        # ... and those a team is led by: "a remote team of 30 abstractors led by an ODS-C", "led by directors holding
        # the RHIA and CHPS credentials"
        r"|\b(?i:(?:led|managed|headed|supervised|chaired)\s+by\s+(?:an?\s+|our\s+|the\s+)?"
        r"(?:(?:[\w-]+\s+){0,3}?(?:holding|who\s+holds?|with)\s+(?:the\s+|an?\s+)?)?)$"
        # ... the writer's own: "my RHIT is from an associate program"
        r"|\b(?i:my)\s+$"
        # ... a reader's question in a thread: "Do you accept CCA?"
        r"|\b(?i:do\s+you\s+(?:accept|take|consider)\s+(?:an?\s+|the\s+)?)$",
        description='"She holds the RHIA", "Our director is an RHIA", "Carol was a CCS", "led by an ODS-C"',
    ),
    Dismissal(
        name="what-others-it-hires-come-with",
        scope="before",
        kinds=["credential", "education"],
        reason="what the people the posting says it usually hires come with, not asked of the candidate",
        # "associates code ancillary accounts, and they come to us with a coding certificate and a CCA", "HIM
        # technicians ... we hire them with an associate degree or a CEHRS"
        pattern=r"\bthey\s+(?:usually\s+|typically\s+|often\s+|generally\s+|mostly\s+)?(?:come\s+to\s+us|arrive)"
        r"\s+with\s+(?:[^.;:]{0,80}?\s)?$"
        r"|\bwe\s+(?:usually\s+|typically\s+|generally\s+|often\s+)?hire\s+them\s+with\s+(?:[^.;:]{0,80}?\s)?$",
        description='"they come to us with a CCA", "we hire them with an associate degree"',
    ),
    Dismissal(
        name="held-since-a-year",
        scope="after",
        kinds=["credential"],
        reason="held by someone since the year the posting names, not asked of the candidate",
        # "since" a year right after the letters is someone's history: "has been a CTR since 1998", "I've held my CPC
        # since 2009" (a requirement names no year gone by); or a month, as a thread's reply says it: "CPC-A since
        # March, passed first try"
        pattern=r"[ \t]*\(?since[ \t]+(?:(?:19|20)\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
        r"|last)\b",
        description='"has been a CTR since 1998", "I\'ve held my CPC since 2009", "CPC-A since March"',
    ),
    Dismissal(
        name="earned-in-a-year",
        scope="clause",
        kinds=["credential"],
        reason="earned by someone in the year the posting names, not asked of the candidate",
        # ... and earned "in" a year, in the past tense: "added the CPMA in 2016", "I earned my CDIP in 2017" (not a
        # year to come: "must obtain the CCS in 2026")
        pattern=r"\b(?:earned|added|passed|got|received|became|achieved)\s+(?:[^.;\n]{0,40}?\s)?in\s+(?:19|20)\d\d\b",
        description='"added the CPMA in 2016", "earned my CDIP in 2017"',
    ),
    Dismissal(
        name="an-applicant-s-question",
        scope="sentence",
        reason="an applicant's question in a posting's FAQ, which asks nothing itself",
        # "Q: Do I need a degree?", "Will I need my CCS on day one?"
        pattern=r"\b(?:do|will|would|should|must)\s+i\s+(?:need|have\s+to)\b[^.?!\n]{0,80}\?"
        # ... "Q: Is the CPMA required?" (its answer says), "is a bachelors required?", "Is CPMA going to be required
        # later?"
        r"|\b(?:is|are)\s+(?:an?\s+|the\s+|my\s+)?[\w'’-]+(?:\s*(?:or|/)\s*[\w-]+|\s+degree)?"
        r"(?:\s+going\s+to\s+be|\s+gonna\s+be)?\s+(?:required|needed|necessary|mandatory|a\s+must)\b[^.?!\n]{0,30}\?",
        description='"Q: Do I need a degree?", "Is the CPMA required?"',
    ),
    Dismissal(
        name="another-job-in-a-thread",
        scope="sentence",
        kinds=["credential", "experience", "education"],
        reason="another job a reader of a thread posts, not this one's requirement",
        # "Not to hijack but we're hiring ED pro fee coders in Toledo, CPC req, 1 yr. DM me"
        # (to its end: the "but" after it, a contrast, sets off nothing)
        pattern=r"\bnot\s+to\s+(?:hijack|threadjack)\b[^.!?\n]*",
        description='"Not to hijack but we\'re hiring ED pro fee coders in Toledo, CPC req"',
    ),
    Dismissal(
        name="measures-of-care",
        scope="before",
        kinds=["credential"],
        reason="a measure of care in a health plan's list, not a credential",
        # "Our quality team closes HEDIS care gaps (CRC, BCS, CBP, A1c control)": colorectal cancer screening
        pattern=r"\b(?:hedis|care\s+gaps?|(?:quality|stars?)\s+measures?|screening\s+measures?)\b[^()\n]{0,40}\(\s*"
        r"(?:[\w/.-]+\s*,\s*)*",
        description='"HEDIS care gaps (CRC, BCS, CBP, A1c control)"',
    ),
    Dismissal(
        name="pay-for-holding-it",
        scope="sentence",
        kinds=["credential"],
        reason="what holding a credential adds to the pay, not what the job asks",
        # "employees in this class who maintain a current CCS receive a 5% certification differential, and employees
        # who obtain the CDIP after appointment receive an additional 2.5%"
        pattern=r"\b(?:certification|credential|licen[cs]e)\s+(?:differential|premium|incentive|stipend)s?\b",
        description='"who maintain a current CCS receive a 5% certification differential"',
    ),
    Dismissal(
        name="a-team-certified-so",
        scope="after",
        kinds=["credential"],
        reason="names a team whose members hold the credential, not what the candidate needs",
        # "You'll partner closely with our CDIP-certified CDI team on DRG reconciliation"
        pattern=r"[ \t]*-[ \t]*(?:certified|credentialed)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:team|staff|department|unit"
        r"|group)s?\b",
        description='"our CDIP-certified CDI team"',
    ),
    Dismissal(
        name="recruited-separately",
        scope="sentence",
        kinds=["credential", "experience", "education"],
        reason="what another part of the employer recruits for apart, not this job",
        # "Please note: our US division recruits CPC and CCS coders separately."
        pattern=r"\b(?:recruits?|hires?|recruited|hired)\b[^.;\n]{0,60}?\bseparately\b",
        description='"our US division recruits CPC and CCS coders separately"',
    ),
    Dismissal(
        name="another-position-the-announcement-fills",
        scope="sentence",
        kinds=["credential", "experience", "education"],
        reason="what another position the same announcement fills asks, not this one",
        # "This announcement is also being used to fill a GS-12 position in the same Division under CMS-CM-25-..., which
        # requires a CCS or CCA credential and one year of experience at the GS-11 level."
        pattern=r"\balso\s+(?:being\s+|be\s+)?used\s+to\s+fill\b",
        description='"This announcement is also being used to fill a GS-12 position ..., which requires a CCS or CCA"',
    ),
    Dismissal(
        name="an-earlier-posting",
        scope="sentence",
        kinds=["credential"],
        reason="what an earlier version of the posting asked, not what this one asks",
        # "An earlier version of this posting listed the CEMC as required; that was an error", "the last time we posted
        # this role, it read \"CPC required.\""
        pattern=r"\b(?:earlier|previous|prior|last|old)\s+(?:version\s+of\s+(?:this|the)\s+(?:posting|ad|advert|listing)"
        r"|(?:time|round)\s+we\s+posted)\b",
        description='"An earlier version of this posting listed the CEMC as required"',
    ),
    Dismissal(
        name="after-an-ordinal",
        scope="before",
        kinds=["credential"],
        reason='an ordinal before the letters names something else (India\'s "7th CPC", its pay commission)',
        pattern=r"\b\d+(?:st|nd|rd|th)[ \t]+$",
        description='"Pay Level (7th CPC)"',
    ),
    Dismissal(
        name="a-firm-owned-so",
        scope="before",
        kinds=["credential"],
        reason="a firm of that kind (a Community Interest Company), not a credential",
        # "We are proud to be an employee-owned CIC"
        pattern=r"\b(?:employee|staff|member|worker|community)[- ]owned[ \t]+$|\bnot[- ]for[- ]profit[ \t]+$",
        description='"an employee-owned CIC"',
    ),
    Dismissal(
        name="letters-of-a-place-named-before",
        scope="before",
        kinds=["credential"],
        case_sensitive=True,
        reason="the letters end the name of a place (a college, a clinic), not a credential",
        # "finished my coding cert at Lorain CCC last yr" (a community college); not an issuer, in capitals
        pattern=r"\b(?:at|from)[ \t]+(?:" + _FIRST_NAME + r"[ \t]+){1,2}$",
        description='"at Lorain CCC"',
    ),
    Dismissal(
        name="a-job-s-level",
        scope="after",
        kinds=["credential"],
        reason="a level after the letters makes them a job's title, not a credential",
        # "Pay: ODS II $36.20 - $49.80/hr"
        pattern=r"[ \t]+(?:i{1,3}|iv)\b(?![-/'’])",
        description='"ODS II" (a registry job\'s level)',
    ),
    Dismissal(
        name="those-the-role-mentors",
        scope="before",
        kinds=["credential"],
        reason="the credential of the people the role mentors, trains or supervises, not asked of the candidate",
        # "Mentor the 3-4 CPC-A coders in our apprentice program each year", "Train and supervise new CCA coders"
        pattern=r"\b(?:mentor|mentors|mentoring|coach|coaches|coaching|train|trains|training|supervise|supervises"
        r"|supervising|precept|precepts|precepting)\s+(?:and\s+(?:mentor|coach|train|supervise)s?\s+)?"
        r"(?:the\s+|our\s+)?(?:new\s+|newer\s+|junior\s+)?(?:\d+(?:\s*[-–]\s*\d+)?\s+|several\s+|two\s+|three\s+)?$",
        description='"Mentor the 3-4 CPC-A coders"',
    ),
    Dismissal(
        name="what-would-have-been-asked",
        scope="before",
        kinds=["credential"],
        reason="what another opening would have taken, not asked of the candidate",
        # "the Coder II would have taken a CCA with a year of inpatient exposure"
        pattern=r"\bwould\s+have\s+(?:taken|accepted|needed|required|asked\s+for|wanted)\s+(?:an?\s+|the\s+)?$",
        description='"the Coder II would have taken a CCA"',
    ),
    Dismissal(
        name="letters-someone-has-here",
        scope="after",
        kinds=["credential"],
        reason="a reader of a thread saying what letters they hold, not asked of the candidate",
        # "RHIT, CCS here, 10 yrs inpt." (not "CPC here at Mercy means ...", "CPC here is required")
        pattern=r"(?:[ \t]*[,/&][ \t]*[a-z][a-z-]{1,9})*[ \t]+here\b(?![ \t]+(?:at|in|is|are|means?|and)\b)",
        description='"RHIT, CCS here, 10 yrs inpt."',
    ),
    Dismissal(
        name="asks-whether-it-counts",
        scope="sentence",
        kinds=["credential"],
        reason="a reader's question whether the letters would count, not asked of the candidate",
        # "Would the CRC count?", "Does a CCA work for this?", "Is CCS ok or only CCS-P?"
        pattern=r"\b(?:would|does|do|will|could|can)\s+(?:an?\s+|the\s+|my\s+)?[\w-]+(?:\s*(?:or|/)\s*[\w-]+)?\s+"
        r"(?:count|work|qualify|help|matter|be\s+(?:enough|ok|okay|fine|accepted))\b[^.?!\n]{0,30}\?"
        # ... without its question mark, at its line's end: "would CCA work 🥺"
        r"|\bwould\s+(?:an?\s+|the\s+|my\s+)?[\w-]+\s+(?:count|work|qualify|help)\b(?=[^\w\n]*(?:\n|$))"
        # ... "is CTR-eligible the same as ODS-eligible now?"
        r"|\bis\s+(?:an?\s+|the\s+)?[\w-]+\s+the\s+same\s+as\b[^.?!\n]{0,40}\?"
        r"|\b(?:is|are)\s+(?:an?\s+|the\s+|my\s+)?[\w-]+(?:\s*(?:or|/)\s*[\w-]+)?\s+(?:ok|okay|enough|fine|accepted)\b"
        r"[^.?!\n]{0,30}\?"
        # ... "Are they open to CPC-A with 1 yr in urgent care?"
        r"|\b(?:are|is|would)\s+(?:they|you|the\s+client|the\s+employer)\s+(?:be\s+)?(?:open\s+to|ok\s+with|okay\s+with"
        r"|accepting|taking)\b[^.?!\n]{0,60}\?"
        # ... "what's COC again vs CPC, is COC for hospitals", "what about CPC-A w/ 3 yrs billing exp?"
        r"|\bwhat(?:['’]?s|\s+is|\s+about)\b[^.?!\n]{0,60}\?|\bwhat(?:['’]?s|\s+is)\s+[^.?!\n]{0,30}?\bagain\b"
        # ... "would they take RHIA?", "Do you accept CCS-P?"
        r"|\b(?:would|will|do|does|could|can)\s+(?:they|you|she|he|the\s+client|the\s+employer|the\s+manager)\s+"
        r"(?:still\s+|ever\s+)?(?:take|accept|consider)\b[^.?!\n]{0,60}\?"
        # ... without its question mark, at its line's end: "would they take a cca with 6 months 🥲"
        r"|\bwould\s+(?:they|you|she|he|the\s+client|the\s+employer|the\s+manager)\s+(?:still\s+|ever\s+)?"
        r"(?:take|accept|consider)\b[^.?!\n]{0,60}(?=\n|$)"
        # ... "does the CPC route still need the 2 yrs?"
        r"|\b(?:does|do|would|will)\s+(?:the\s+|an?\s+)?[\w-]+\s+(?:route|path|option|holders?)\s+(?:still\s+|also\s+)?"
        r"(?:need|require)\b[^.?!\n]{0,40}\?",
        description='"Would the CRC count?", "Is CCS ok?"',
    ),
    Dismissal(
        name="letters-a-colleague-or-the-writer-gives-in-brackets",
        scope="before",
        kinds=["credential"],
        case_sensitive=True,
        reason="the letters in brackets after a colleague's first name or the writer, not a requirement",
        # a colleague's post and first name: "our senior biller Denise (CPB, with us 14 yrs) will train you"
        pattern=r"\b(?i:our|my|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
        r"(?i:biller|coder|abstractor|registrar|analyst|specialist|auditor|educator|colleague|co-?worker|teammate|"
        + _A_PERSON_S_POST
        + r")s?,?[ \t]+"
        + _FIRST_NAME
        + r"[ \t]*\([ \t]*(?:[A-Za-z][A-Za-z/.-]{1,9},[ \t]*)*$"
        # ... the writer: "me (Carol, RHIA - 19 years here)", "(I'm chapter prez lol - CPC, CRC, CPMA)"
        r"|\b(?i:me|myself)[ \t]*\([ \t]*" + _FIRST_NAME + r"[ \t]*,[ \t]*(?:[A-Za-z][A-Za-z/.-]{1,9},[ \t]*)*$"
        r"|\([ \t]*I(?:['’]?m|[ \t]+am)\b[^()\n]{0,40}?[-–—:,][ \t]*(?:[A-Za-z][A-Za-z/.-]{1,9},[ \t]*)*$",
        description='"our senior biller Denise (CPB, ...)", "me (Carol, RHIA - ...)", "(I\'m chapter prez - CPC, CRC)"',
    ),
    Dismissal(
        name="letters-of-the-team-by-first-name",
        scope="clause",
        kinds=["credential"],
        case_sensitive=True,
        reason="the letters in brackets after a team member's first name, not a requirement",
        # a roster of first names, each with letters in brackets: "The registry's current team: Gary (ODS-C, 18
        # years), Anneliese (ODS-C, 6 years), Luis (ODS-C, RHIT), and two abstractors"
        pattern=r"\b(?i:team|staff|crew|colleagues|co-?workers|teammates)\b[^()\n]{0,60}?\b"
        + _FIRST_NAME
        + r"[ \t]*\([^()\n]{1,80}\),[ \t]+(?:(?i:and)[ \t]+)?"
        + _FIRST_NAME
        + r"[ \t]*\([A-Z]"
        # ... or a post's letters in a team's make-up: "Registry team: Registry Manager (RHIA, ODS-C), 3 registrars"
        + r"|\b(?i:team|direct\s+reports|reports\s+to\s+you)\b[^()\n;.]{0,40}?\b(?i:"
        + _A_PERSON_S_POST
        + r")[ \t]*\([A-Z][A-Za-z/.-]{1,9}(?:,[ \t]*[A-Z][A-Za-z/.-]{1,9})*\)"
        # ... or the holder of a post now, or one on an interview panel: "a panel that includes the Associate Director
        # and the current Chief, CDI (RHIA, CCDS)"
        # (not "must possess a current Registered Health Information Administrator (RHIA)": a credential's name)
        + r"|(?:\b(?i:panel)\b[^()\n;.]{0,60}?|\b(?i:the[ \t]+(?:current|incumbent|present))[ \t]+"
        r"(?!(?i:registered|certified)\b)(?:[\w,-]+[ \t]+){0,3}?)\b(?i:chief|head|"
        + _A_PERSON_S_POST
        + r")\b[^()\n;.]{0,15}\([A-Z][A-Za-z/.-]{1,9}(?:,[ \t]*[A-Z][A-Za-z/.-]{1,9})*\)"
        # ... or one on a line of its own, the sentence going on about them: "- Marcus (RHIA, CDIP) started as an
        # inpatient coder in 2016"
        r"|(?<![^\n])[ \t]*(?:[-•*→▪][ \t]*)?(?:(?i:and)[ \t]+)?" + _FIRST_NAME + r"[ \t]*\([A-Z][^()\n]{0,60}\)[ \t]+"
        r"(?i:has|had|is|was|started|came|joined|splits|knows|runs|leads|works|handles|will|just|does|spent|moved)\b",
        description='"Gary (ODS-C, 18 years), Anneliese (ODS-C), Luis (ODS-C, RHIT)", "- Marcus (RHIA, CDIP) started'
        ' as a coder"',
    ),
    Dismissal(
        name="a-stand-in-until-it-is-earned",
        scope="after",
        kinds=["credential"],
        reason="accepted at hire only until the credential asked is earned, not itself what is asked",
        # "If you hold a CPC, CCS or CCS-P but not the CRC yet, we'll still talk, provided you pass the CRC", "CRC
        # required - CPC or CCS accepted at hire if they get the CRC w/in 6 mo"
        pattern=r"(?:\s*(?:,|\bor\b|\band\b|/)\s*(?:the\s+|an?\s+)?[a-z][a-z0-9-]{1,8})*\s*,?\s+"
        r"(?:but\s+not\s+(?:the\s+|an?\s+|your\s+)?[a-z][a-z0-9-]{1,8}\s+yet"
        r"|(?:is\s+|are\s+)?(?:accepted|ok|okay|fine)\s+(?:at\s+hire\s+)?(?:if|as\s+long\s+as|provided)\s+"
        r"(?:they|you)\s+(?:get|pass|earn|obtain|add)\b"
        # ... "If you hold the CPC or CCS-P instead, we'll hire you and you must pass the CRC within nine months"
        r"|instead\b[^.;\n]{0,60}?\bmust\s+(?:pass|earn|get|obtain|add)\b"
        # ... "If you hold an active CPC or CCS, you may still apply, but you will be required to earn the CRC within 6
        # months of hire"
        r"|(?:you\s+)?(?:may|can|are\s+welcome\s+to)\s+(?:still\s+)?apply\b[^.;\n]{0,60}?\b(?:required\s+to|must"
        r"|need\s+to|have\s+to)\s+(?:pass|earn|get|obtain|add)\b)",
        description='"If you hold a CPC but not the CRC yet, ... provided you pass the CRC", "CPC accepted at hire if '
        'they get the CRC"',
    ),
    Dismissal(
        name="how-many-of-a-team-hold-it",
        scope="before",
        kinds=["credential"],
        reason="how many of a team the posting counts hold the letters, not a requirement",
        # "4 analysts (3 CHDA), 2 EMPI specialists", "coders (12 CCS, 4 RHIT)"
        # ... "two analysts (one RHIT, one CHDA, both 6+ years with me)"; a team's make-up: "a coding team of 18 (all
        # CRC or CPC, a few with both)"
        pattern=r"\b[a-z]+s\s*\(\s*(?:\d{1,3}|one|two|three|four|five|six)\s+(?:(?:are|hold|with)\s+)?"
        r"(?:[a-z][a-z/-]{1,9}\s*,\s*(?:\d{1,3}|one|two|three|four|five|six)\s+)*$"
        r"|\b(?:team|staff|coders|group|department)\b[^()\n]{0,30}\(\s*(?:all|most|many|mostly)\s+$",
        description='"4 analysts (3 CHDA)"',
    ),
    Dismissal(
        name="a-row-of-another-opening",
        scope="after",
        reason="a row of another opening, set apart with its status at the line's end, not this job",
        # a table of openings or levels pasted as text, each row ending in its status: "Coder I | Outpatient / ED Coder
        # | CCA or CPC-A | 0-1 yr | (filled)", "CDI Specialist - Outpatient (HCC capture, CCDS-O preferred)<tab>filled"
        # (after a bar, a tab, a wide gap, dots or a dash, as tables set it apart; not "the position to be filled")
        pattern=r"[^\n]*?(?:\||\t|[ \t]{2,}|\.{2,}|[-–—])[ \t]*[(\[]?(?:closed|filled|not\s+(?:yet\s+)?open"
        r"|no\s+longer\s+open|on\s+hold)\b[^\n|]*(?=\n|\Z)",
        description='"Coder I | ... | CCA or CPC-A | 0-1 yr | (filled)"',
    ),
    Dismissal(
        name="some-of-a-group-with-it",
        scope="before",
        kinds=["credential"],
        reason="how many of a group the posting speaks of hold the letters, not a requirement",
        # "Physician Advisors (3) - board-certified internists, two with CCDS" (not "one with a CPC", which may be the
        # candidate)
        pattern=r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|most|\d{1,3})\s+"
        r"(?:of\s+(?:them|whom|us)\s+)?(?:with|holding)\s+(?:the\s+|an?\s+)?$",
        description='"board-certified internists, two with CCDS"',
    ),
    Dismissal(
        name="but-not-for-this-job",
        scope="after",
        kinds=["credential"],
        reason="what other roles will want, not this one",
        # "the team lead roles later this yr will want CPMA but not these ones"
        pattern=r"\s*,?\s+but\s+not\s+(?:for\s+)?(?:these|this)(?:\s+(?:ones?|roles?|positions?|jobs?|openings?))?\b",
        description='"the team lead roles will want CPMA but not these ones"',
    ),
    Dismissal(
        name="none-of-them-holds-it",
        scope="before",
        kinds=["credential", "education"],
        reason="what none of the people the posting speaks of holds, not a requirement",
        # "Not one of the six has a master's, and they're outstanding", "none of our coders has the CCS"
        pattern=r"\b(?:not\s+one|none|neither|no\s+one|nobody)\s+"
        r"(?:of\s+(?:the|us|them|our|my)\b[^.;:\n]{0,30}?\s|here\s+|else\s+)?"
        r"(?:has|have|holds?|had|earned)\s+(?:an?\s+|the\s+)?$",
        description='"Not one of the six has a master\'s"',
    ),
    Dismissal(
        name="letters-someone-else-came-with",
        scope="before",
        kinds=["credential"],
        reason="what other people, or the reader's resume, came with: not what is asked",
        # "she has had contractors with only a CPC before", "on your resume you had the CPC, which is great", "we've had
        # people confuse the COC credential with CoC accreditation"
        pattern=r"\b(?:had|hired|placed)\s+(?:[\w-]+\s+){0,2}?with\s+only\s+(?:an?\s+|the\s+)?$"
        r"|\b(?:on|in)\s+your\s+(?:resume|cv|profile)\s+(?:you\s+(?:had|have|list(?:ed)?)\s+)?(?:the\s+|an?\s+|your\s+)?$"
        r"|\bconfus(?:e|es|ed|ing)\s+(?:the\s+|an?\s+)?$",
        description='"contractors with only a CPC before", "on your resume you had the CPC", "confuse the COC '
        'credential"',
    ),
    Dismissal(
        name="not-enough-on-its-own",
        scope="after",
        kinds=["credential"],
        reason="welcome, but not what is asked: the reply says what is needed instead",
        # "RHIA is great but you'd still need the CRC for this client"
        # ... "CHPS is great but it's more privacy/security - for this one RHIA or CHDA is what we'd love to see"
        pattern=r"\s+(?:is|are)\s+(?:great|nice|fine|good|awesome)\s*,?\s+but\s+(?:(?:you['’]d|you\s+would|you['’]ll"
        r"|you\s+will|you)\s+still\s+need\b|it['’]?s\s+(?:more|really|mostly)\b)",
        description='"RHIA is great but you\'d still need the CRC"',
    ),
    Dismissal(
        name="a-chat-user-s-letters",
        scope="after",
        kinds=["credential"],
        reason="the letters a chat user shows by their name, not a requirement",
        # a chat's header line: "jasmine.t | RHIT — Today at 9:45 AM"
        pattern=r"[ \t]*[—–-][ \t]*(?:today|yesterday|\d{1,2}/\d{1,2}/\d{2,4})(?:[ \t]+at)?[ \t]+\d{1,2}:\d{2}",
        description='"jasmine.t | RHIT — Today at 9:45 AM"',
    ),
    Dismissal(
        name="a-pinned-user-s-letters",
        scope="before",
        kinds=["credential"],
        reason="the letters a chat user shows by their name, not a requirement",
        # "📌 Pinned by kayla 🌵 [MOD] CPC, CEMC"
        pattern=r"\bpinned\s+by\b[^\n]{0,40}?(?:[a-z][a-z/-]{1,9}\s*,\s*)*$",
        description='"Pinned by kayla [MOD] CPC, CEMC"',
    ),
    Dismissal(
        name="a-reader-s-own-background",
        scope="before",
        kinds=["credential"],
        reason="a reader telling their own background, not asked of the candidate",
        # "I've been inpatient coding 6 yrs, RHIT, CCS."
        pattern=r"\bi(?:['’]ve|\s+have)\s+been\b[^.\n]{0,40}?,\s*(?:[a-z][a-z/-]{1,9}\s*,\s*)*$",
        description='"I\'ve been inpatient coding 6 yrs, RHIT, CCS"',
    ),
    Dismissal(
        name="a-trademark-notice",
        scope="after",
        reason="a trademark notice, not what the job asks",
        # "CPT is a registered trademark of the American Medical Association", "SNOMED and SNOMED CT are registered
        # trademarks of SNOMED International"
        pattern=r"(?:[ \t]*[®™]?(?:,|[ \t]+and)[ \t]+[a-z][\w -]{0,20}?)*[ \t]*[®™]?[ \t]+(?:is|are)[ \t]+(?:a[ \t]+)?"
        r"(?:registered[ \t]+)?trade[ \t]?marks?\b",
        description='"CPT is a registered trademark of the American Medical Association"',
    ),
    Dismissal(
        name="a-trademark-s-owner",
        scope="before",
        reason="names the owner of a trademark, not what the job asks",
        # "... are registered trademarks of SNOMED International"
        pattern=r"\btrade[ \t]?marks?[ \t]+of[ \t]+(?:the[ \t]+)?",
        description='"registered trademarks of SNOMED International"',
    ),
    Dismissal(
        name="a-code-set-s-licence",
        scope="after",
        kinds=["coding_system"],
        reason="a licence to the code set that the employer holds, not what the job asks",
        # "We hold an AMA CPT® distribution license and a SNOMED CT affiliate license"
        pattern=r"[ \t]*[®™]?[ \t]+(?:(?:distribution|affiliate|end[- ]user|content|data|enterprise)[ \t]+)?"
        r"licen[cs]es?\b",
        description='"an AMA CPT® distribution license"',
    ),
    Dismissal(
        name="a-workspace-rule",
        scope="sentence",
        kinds=["skill"],
        reason="a rule for the remote workspace, not a skill asked for",
        # "A dedicated, private workspace that meets HIPAA standards", "a HIPAA-compliant home office"
        # (not "Follow HIPAA and our PHI policies in a home office", which asks HIPAA of the work itself)
        pattern=r"\b(?:work\s?space|home\s+office|office\s+space|work\s+area)s?\s+(?:that\s+|which\s+)?"
        r"(?:meets?|compl(?:ies|y|ying|iant)\s+with|is\s+compliant|are\s+compliant)\b"
        r"|\b(?:hipaa|phi)[-\s]compliant\s+(?:home\s+)?(?:work\s?space|office|work\s+area)\b",
        description='"A dedicated, private workspace that meets HIPAA standards"',
    ),
    Dismissal(
        name="audits-of-one-s-own-coding",
        scope="sentence",
        kinds=["skill"],
        reason="audits of the coder's own work, which the coder takes part in, not audits the coder does",
        # "Take part in the Trust's internal coding audits and act on feedback", "take part in internal coding audits
        # and external reviews, and act on feedback to improve your coding"
        pattern=r"\b(?:take|takes|taking)\s+part\s+in\b[^.;\n]{0,60}?\baudits?\b[^.\n]{0,80}?\bfeedback\b",
        description='"Take part in internal coding audits and act on feedback"',
    ),
    Dismissal(
        name="rather-than",
        scope="before",
        reason='named as what the job is not, after "rather than"',
        # "someone who writes compliant queries rather than just flagging charts for CDI", "a CCS rather than a CPC"
        pattern=r"\brather\s+than\s+(?:just\s+|simply\s+|merely\s+|only\s+)?(?:[\w/-]+\s+){0,5}?",
        description='"... rather than just flagging charts for CDI"',
    ),
    Dismissal(
        name="an-applicant-s-question-about-themselves",
        scope="sentence",
        reason="an applicant's question telling their own background, not asked of the candidate",
        # a posting's "Questions from applicants": "Q: I'm a coder with a CCS and five years of inpatient coding, but
        # no clinical license.", "Q: I have a CPC."
        # ... or a question read out in quotes: 'Next one: "I'm a CCS coder with ten years of experience ..."'
        pattern=r"(?:(?<![^\n])[ \t]*(?:q|question)[ \t]*\d{0,2}[ \t]*[:.)]|[\"“])[ \t]*"
        r"(?:hi[,!]?[ \t]+|hello[,!]?[ \t]+)?"
        r"i(?:['’]m|[ \t]+am|[ \t]+have|['’]ve|[ \t]+hold|[ \t]+got|[ \t]+(?:just[ \t]+)?(?:passed|finished|earned))\b",
        description='"Q: I\'m a coder with a CCS and five years of inpatient coding"',
    ),
    Dismissal(
        name="what-a-credential-is",
        scope="after",
        kinds=["credential"],
        reason="says what the credential is, not that it is asked",
        # "The CPC is a professional-fee credential and path (b) needs inpatient facility coding", "The CCA is a good
        # coding credential, but ..." (not "RHIT is a required credential", nor one the clause asks: "... that is
        # required for this role")
        pattern=r"[ \t]+(?:is|was)[ \t]+(?:an?|the)[ \t]+(?:[\w/-]+[ \t]+){0,3}?"
        r"(?:credential|certification|designation)\b",
        unless=r"\b(?:required|requirement|mandatory|must|preferred|desired|desirable|essential|necessary|needed"
        r"|expected|plus|asset|advantage)\b",
        description='"The CPC is a professional-fee credential": what it is',
    ),
    Dismissal(
        name="any-of-these-backgrounds",
        scope="after",
        kinds=["credential"],
        reason="backgrounds the posting says are all fine: none of them is asked",
        # "so RN/LPN/RHIT/RHIA backgrounds are all fine"
        pattern=r"(?:\s*(?:/|,|\bor\b)\s*[a-z][a-z-]{1,8})*\s+backgrounds?\s+(?:are|is)\s+(?:all\s+)?(?:fine|welcome|ok|okay)\b",
        description='"RN/LPN/RHIT/RHIA backgrounds are all fine"',
    ),
    Dismissal(
        name="congratulations",
        scope="sentence",
        kinds=["credential"],
        reason="congratulations to people for what they hold or passed, not a requirement",
        # a newsletter's "Congrats to Priya Shah, MBA, RHIA, ... and to the 14 members who passed the CCS and RHIT
        # exams this quarter!"
        pattern=r"\bcongrat(?:ulation)?s\b",
        description='"Congrats to ... the 14 members who passed the CCS and RHIT exams"',
    ),
    Dismissal(
        name="a-way-to-another-credential",
        scope="after",
        kinds=["credential"],
        reason="holders who may apply for another credential, not what is asked",
        # "Applicants holding the AHIMA RHIA or RHIT credential may apply for the CHIM designation through CHIMA's
        # reciprocity pathway"
        pattern=r"(?:\s*(?:,|\bor\b|\band\b|/)\s*(?:the\s+)?[a-z][a-z0-9-]{1,8})*\s+(?:credentials?\s+|holders\s+)?"
        r"(?:may|can)\s+(?:apply|qualify)\s+for\s+(?:the\s+)?\S+\s+(?:designation|credential|certification)\b",
        description='"holding the RHIA or RHIT credential may apply for the CHIM designation"',
    ),
    Dismissal(
        name="holding-only",
        scope="before",
        kinds=["credential"],
        reason="named as not enough on its own, not asked for",
        # "NOTE: Members holding only a CPC or CCS-P must still meet (A) or (B)"
        pattern=r"\b(?:holding|who\s+holds?|with)\s+only\s+(?:an?\s+|the\s+)?$",
        description='"Members holding only a CPC must still meet (A) or (B)"',
    ),
    Dismissal(
        name="a-pay-component",
        scope="clause",
        kinds=["credential"],
        reason="an allowance of the pay, not a credential",
        # India's pay breakdowns: "(Basic + HRA + CCA + Conveyance)", CCA the City Compensatory Allowance
        pattern=r"\b(?:basic|hra|da|conveyance|allowances?)\s*\+|\+\s*(?:basic|hra|da|conveyance|allowances?)\b",
        description='"CTC: 2.6 LPA (Basic + HRA + CCA + Conveyance)"',
    ),
    Dismissal(
        name="rules-of-that-name",
        scope="after",
        kinds=["credential"],
        reason="names a body of rules, not a credential",
        # India's Central Civil Services rules: "Leave will be governed as per CCS (Leave) Rules"
        pattern=r"[ \t]*(?:\([a-z ]{2,30}\)[ \t]*)?rules\b",
        description='"as per CCS (Leave) Rules"',
    ),
    Dismissal(
        name="the-company-s-code",
        scope="before",
        kinds=["credential"],
        reason="the company's own letters (a code of conduct, a company form), not a credential",
        # "Adhere to HIPAA, client information-security policies and company COC at all times"
        pattern=r"\b(?:company|company['’]s|corporate|employee)\s+$",
        description='"company COC" (its code of conduct)',
    ),
    Dismissal(
        name="holders-spared-a-step",
        scope="after",
        kinds=["credential"],
        reason="its holders are spared a step of the hiring, not asked for it",
        # "Candidates already holding CPC / CPC-A need not attend aptitude test - direct technical round"
        pattern=r"[^.;\n]{0,40}?\b(?:need\s+not|needn['’]t|do\s+not\s+need\s+to|don['’]t\s+need\s+to"
        r"|(?:are|will\s+be)\s+exempt(?:ed)?\s+from|can\s+skip|may\s+skip|will\s+skip)\s+(?:attend|take|sit|appear|the)\b",
        description='"Candidates already holding CPC need not attend the aptitude test"',
    ),
    Dismissal(
        name="a-course-it-teaches",
        scope="after",
        kinds=["credential"],
        reason="a course the employer teaches or sells, not a credential asked of the candidate",
        # "our CPC, COC, CIC and CRC certification courses", "(CPC & CIC exam prep, AHIMA CCS coaching)", "a CCA and CCS
        # exam-preparation course"
        pattern=r"[ \t]+(?:(?:certification|certificate|credential|exam)[ \t-]+)?(?:courses?|coaching|classes"
        r"|batch(?:es)?|exam[ \t-]+prep(?:aration)?|tuition)\b",
        description='"our CPC and CIC certification courses", "CCS coaching"',
    ),
]

#: What follows a word of acceptance that speaks of what came before it: the item's end, or on what terms ("is fine if
#: ...", "is ok too")
_ENDS_OR_SAYS_ON_WHAT_TERMS = r"(?=[^\S\n]*(?:[.;,)\n]|$|(?:with|if|provided|as\s+long\s+as|too)\b))"

ANY_OF_CUES = [
    AnyOfCue(name="or", scope="gap", exclude_kinds=_NEVER_A_CHOICE, pattern=r"\bor\b", description='"RHIT or CCS"'),
    AnyOfCue(
        name="in-place-of",
        scope="substitute",
        kinds=["credential", "education"],
        # single spaces, so that the words are literals a posting is tested for before any search ("place" alone is
        # in most postings)
        pattern=r"\bin place of\b|\bin lieu of\b|\binstead of\b|\bsubstitute for\b|\bsubstituted for\b"
        r"|\bsubstitutes for\b",
        description='"COC or CCS-P will be considered in place of CPC", "An RHIT ... will be considered in lieu of '
        'the RHIA", "An associate degree ... may be considered in lieu of the bachelor\'s degree": alternatives of '
        "a credential or degree asked for elsewhere",
    ),
    AnyOfCue(
        name="will-be-considered",
        scope="accepted_too",
        kinds=["credential"],
        # searched in every posting that says "considered" or "accepted": written to start with "be", which the search
        # skips to, and to look back from it for the word before ("will be", "may be", "also be")
        pattern=r"be(?:(?<=\bwill be)|(?<=\bwould be)|(?<=\bcould be)|(?<=\bmay be)|(?<=\bcan be)|(?<=\balso be))"
        r"\s+(?:considered|accepted)\b"
        # not "would be considered an asset" (a preference), "will be considered for the post"
        r"(?!\s+(?:an?\s+|as\s+an?\s+)?(?:\w+\s+)?(?:plus|asset|advantage|bonus|benefit)\b)"
        r"(?!\s+for\s+(?:the\s+|this\s+)?(?:role|post|position|interview|job|vacancy)\b)"
        # in place of what it names after it: the 'substitute' rule's
        r"(?!\s+(?:in\s+(?:place|lieu)\s+of|instead\s+of|as\s+a\s+substitute)\b)"
        # nor "will be considered first" (a preference: its own cue)
        r"(?!\s+first\b)",
        description='"CPC required. CPC-A will be considered with 2+ yrs ...", "RHIA (RHIT with a bachelor\'s degree '
        'will be considered)": one more choice of what was asked for before it',
    ),
    AnyOfCue(
        name="also-accepted",
        scope="accepted_too",
        kinds=["credential"],
        pattern=r"accept(?:ed|able)\b(?:(?<=\bis accepted)|(?<=\bare accepted)|(?<=\bis acceptable)"
        r"|(?<=\bare acceptable)|(?<=\balso accepted)|(?<=\balso acceptable)"
        # a bare "accepted" after what it accepts ends its clause or says on what terms: "CPC-A accepted.",
        # "(CCS-P acceptable)", "RHIT acceptable with 5 years of ..."; not "accepted coding standards",
        # "applications accepted until ...", "not accepted"
        # ... "(CCS-P accepted in its place)"
        r"|(?<!\bnot\saccepted)(?<!\bnot\sacceptable)(?<!\bno\slonger\saccepted)(?<!\bnot\sbeing\saccepted)"
        r"(?<!n['’]t\saccepted)(?<!n['’]t\sacceptable)(?<!n['’]t\sbeing\saccepted)(?<!\bnever\saccepted)"
        # ... "CPC-A accepted for HCC and ED profiles only"
        r"(?=[^\S\n]*(?:[.;,)\n]|$|(?:with|if|provided|when|upon|too|for|in\s+(?:its|their)\s+place)\b)))"
        # ... nor one accepted in place of another kind ("CPC accepted in lieu of the degree"), but in place of the
        # choice before it: "The AAPC Certified Inpatient Coder credential is accepted in lieu of the above."
        r"(?!\s+(?:in\s+(?:place|lieu)\s+of|instead\s+of|as\s+a\s+substitute)\b"
        r"(?!\s+(?:(?:any|one|either)\s+of\s+)?(?:the\s+above|these|those|them|either|it)\b))"
        # nor one accepted at other grades only: "The CCA is accepted only at the GS-5 and GS-6 grade levels"
        r"(?!\s+only\s+(?:at|for|in)\s+(?:the\s+)?(?:gs|grade|grades|band|bands|level|levels|lower|higher|other)\b)",
        description='"CCS required; CPC is also accepted", "RHIT required; RHIA is acceptable", "CPC required; '
        'CPC-A accepted": one more choice of what was asked for before it',
    ),
    AnyOfCue(
        name="fine-too",
        scope="accepted_too",
        kinds=["credential"],
        # written to start with the word, which the search skips to, and to look back for what comes before it: "A
        # CPC-A is fine if you have hands-on ED coding behind you", "If you're a CPC-A we'd consider you too"
        # ... "If you're still a CPC-A that's fine as long as ...", "COC is ok too if you've done pro fee"
        pattern=r"fine(?:(?<=\bis fine)|(?<=\bare fine)|(?<=\bis also fine)|(?<=\bthat's fine)|(?<=\bthat’s fine))"
        + _ENDS_OR_SAYS_ON_WHAT_TERMS
        + r"|ok(?:ay)?(?:(?<=\bis ok)|(?<=\bis okay)|(?<=\bare ok)|(?<=\bare okay)|(?<=\balso ok)|(?<=\balso okay))"
        + _ENDS_OR_SAYS_ON_WHAT_TERMS
        + r"|too(?:(?<=\bconsider you too)|(?<=\bconsider them too))\b"
        # ... what "works" or "counts" as well, named right before it: "absolutely, RHIA works too!", "A CCS counts
        # too" (not "If you passed the CPC exam and still carry the -A, that counts too", which speaks of the -A)
        + r"|too(?:(?<=\bworks too)|(?<=\bwork too)|(?<=\bcounts too)|(?<=\bcount too))\b"
        r"(?<!\bthat works too)(?<!\bthat counts too)(?<!\bit works too)(?<!\bit counts too)(?<!\bthis works too)"
        r"(?<!\bthis counts too)(?<!\bwhich works too)(?<!\bwhich counts too)"
        + r"|well(?:(?<=\bworks as well)|(?<=\bcounts as well))\b(?![^\S\n]+as\b)"
        r"(?<!\bthat works as well)(?<!\bthat counts as well)(?<!\bit works as well)(?<!\bit counts as well)"
        # ... "CPC (AAPC) certification is mandatory — CPC-A (apprentice) holders may also apply"
        + r"|apply(?:(?<=\bmay also apply)|(?<=\bcan also apply)|(?<=\bmay still apply)|(?<=\bcan still apply))\b"
        # ... a bare "welcome" after what it welcomes, at the end of its clause or before a dash or its terms: "CPC
        # preferred, CPC-A welcome.", "CPC or CPC-A (AAPC). CPC-A welcome -- our senior coder will help"
        + r"|welcome(?<=\bwelcome)(?=[^\S\n]*(?:[.;,)!\n]|$|--?\s|[–—]|(?:with|if|provided|as\s+long\s+as|too"
        r"|to\s+apply)\b))",
        description='"CPC or COC required. A CPC-A is fine if ...", "If you\'re a CPC-A we\'d consider you too", "CPC '
        'preferred, CPC-A welcome": one more choice of what was asked for before it',
    ),
    AnyOfCue(
        name="considered-after-it",
        scope="accepted_too",
        kinds=["credential"],
        # written to start with the word, which the search skips to, and to look back for its boundary
        # (not one turned down: "CPC-A not being considered", "CPC-As aren't considered")
        pattern=r"considered(?<=\bconsidered)(?<!\bnot\sconsidered)(?<!\bbe\sconsidered)(?<!\bnot\sbeing\sconsidered)"
        r"(?<!n['’]t\sconsidered)(?<!n['’]t\sbeing\sconsidered)(?<!\bnever\sconsidered)"
        r"(?=[^\S\n]*(?:[.;,)\n]|$|(?:with|if|provided|when|upon|too)\b))",
        description='a bare "considered" after what it accepts: "Must hold CPC, CCS, or RHIT; new graduates with CCA '
        'considered": one more choice of what was asked for before it',
    ),
    AnyOfCue(
        name="also-consider-with",
        scope="accepted_after",
        kinds=["credential"],
        # what is accepted follows: "We will also consider applicants with a CPC-A"; each rule written to start with its
        # word, which the search skips to, and to look back for the word's boundary
        pattern=r"consider(?<=\bconsider)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:applicants?|candidates?|those|individuals?|coders?|people|someone|anyone|graduates?)\s+"
        r"(?:with|who\s+(?:hold|have|possess))\b",
        description='"CPC required. We will also consider applicants with a CPC-A": what follows is one more choice '
        "of what was asked for before it",
    ),
    AnyOfCue(
        name="would-consider-one",
        scope="accepted_after",
        kinds=["credential"],
        # "Yes, honestly we'd consider a CPC-A if you have the billing experience"; written to start with the word,
        # which the search skips to, and to look back for who would
        pattern=r"consider(?:(?<=\bwe'd consider)|(?<=\bwe’d consider)|(?<=\bwould consider)|(?<=\bwe'll consider)"
        r"|(?<=\bwe’ll consider)|(?<=\bwill consider)|(?<=\bcan consider)|(?<=\bmay consider)|(?<=\bstill consider))"
        r"\s+(?:an?|the)\s",
        description='"CPC required ... we\'d consider a CPC-A if ...": what follows is one more choice of what was '
        "asked for before it",
    ),
    AnyOfCue(
        name="we-consider-holders",
        scope="accepted_after",
        kinds=["credential"],
        # "We consider CPC-A holders and expect the "A" to be removed within 12 months of hire"
        pattern=r"consider(?:(?<=\bwe consider)|(?<=\bwe also consider)|(?<=\bwe do consider))\s+(?=(?:[\w-]+[ \t]*"
        r"(?:,|or|and|/)?[ \t]*){1,3}(?:holders|candidates|applicants|graduates)\b)",
        description='"We consider CPC-A holders": what follows is one more choice of what was asked for before it',
    ),
    AnyOfCue(
        name="if-hired-with",
        scope="accepted_after",
        kinds=["credential"],
        pattern=r"hired(?<=\bif hired)\s+(?:with|as)\b",
        description='"CPC required. If hired with a CPC-A, ...": what follows is one more choice of what was asked for '
        "before it",
    ),
    AnyOfCue(
        name="considered-if-they-hold",
        scope="accepted_after",
        kinds=["credential"],
        pattern=r"considered(?<=\bconsidered)\s+if\s+(?:they|you|he\s+or\s+she|the\s+candidate|applicants?"
        r"|candidates?)\s+(?:hold|holds|have|has|possess|possesses)\b",
        description='"RHIT or CCS required. ... will also be considered if they hold the CCA": what follows is one '
        "more choice of what was asked for before it",
    ),
    AnyOfCue(
        name="also-accept",
        scope="accepted_after",
        kinds=["credential"],
        # ... "They'll also take a CIC in its place"
        pattern=r"accept(?<=\balso accept)\b|take(?<=\balso take)\b"
        # "we require a CCS; we accept the AAPC's CIC as its equal"
        r"|accept(?<=\bwe accept)\b(?=[^.;\n]{0,60}\bas\s+(?:its|an?|their)\s+(?:equal|equivalent|alternative)\b)",
        description='"CCS required; we also accept the CPC", "we accept the CIC as its equal": what follows is one '
        "more choice of what was asked for before it",
    ),
    AnyOfCue(
        name="former-name",
        scope="gap",
        kinds=["credential"],
        pattern=_FORMER_NAME,
        description='"ODS-C (formerly CTR)": the old name of the same credential; either is enough',
    ),
    AnyOfCue(name="slash", scope="gap", kinds=["credential"], pattern=r"/", description='"RHIT/RHIA"'),
    AnyOfCue(
        name="one-certification-from-a-list",
        scope="before",
        exclude_kinds=_NEVER_A_CHOICE,
        pattern=r"\b(?:an?\s+)?(?:\w+\s+)?(?:certification|credential|certificate)"
        r"(?:\s+(?:from|through|by)\s+(?:the\s+)?{ISSUER}(?:\s*(?:or|and|/)\s*{ISSUER})?)?\s*(?:is\s+)?"
        # "an active coding certification (e.g., CPC, CCS)": the examples of one
        r"(?:required|preferred)?\s*[(:]\s*(?:(?:e\.g\.|i\.e\.|eg|ie)[,:]?\s*|(?:such\s+as|including|like)\s+)?"
        r"|\b(?:certification|credential|certificate)s?\s+(?:include[sd]?|including|such\s+as)\s*:?\s*"
        # ... "One or more AAPC specialty credentials (e.g., CEMC, CGSC, COBGC, CANPC)": any of the examples will do
        r"|\b(?:one\s+or\s+more|at\s+least\s+one|any)\s+(?:[\w'’-]+\s+){0,3}?(?:certifications|credentials)\s*[(:]\s*"
        r"(?:(?:e\.g\.|i\.e\.|eg|ie)[,:]?\s*|(?:such\s+as|including|like)\s+)?"
        # "Certified coder (CPC, CCS-P, or equivalent) required": one certified coder, whichever the credential
        r"|\bcertified\s+(?:[a-z]+\s+)?coders?\s*[(:]\s*"
        # "AAPC certified (CPC, COC, CRC) required": certified, whichever the credential
        r"|\bcertified\s*\(\s*",
        description='"AHIMA or AAPC certification required (RHIT, RHIA, CCS, CPC)", "certifications include: ...", '
        '"certified coder (CPC, CCS-P)", "AAPC certified (CPC, COC, CRC)"',
    ),
    AnyOfCue(
        name="or-something-like-them",
        scope="after",
        exclude_kinds=_NEVER_A_CHOICE,
        pattern=r"[ \t]*,?[ \t]*or\s+(?:an?\s+|any\s+)?(?:equivalent|other|similar|comparable)\b"
        # "CHPS, CHC, CHPC or CIPP/US certification required": one of the list, or one the vocabulary does not know
        # ... or a licence: "CDIP, CCDS, or RN license required"
        r"|[ \t]*,?[ \t]*or\s+(?:an?\s+)?[\w/-]{2,12}\s+(?:certifications?|credentials?|certificates?|licen[cs]es?"
        r"|licensure)\b"
        # ... or one spelled out with its acronym: "(CHPC) or Certified Information Privacy Professional (CIPP/US)"
        # ... "(CHPC), or Certified Information Privacy Professional/United States (CIPP/US)"
        r"|(?:[ \t]*\([\w/-]{2,12}\)|\))?[ \t]*,?[ \t]*or\s+(?:an?\s+|the\s+)?(?:certified|registered)\s+"
        r"(?:[\w/-]+\s+){0,6}?\([\w/-]{2,12}\)",
        description='"CPC, CCS, or equivalent certification": one of the list, or something like it; "CHPS, CHC or '
        'CIPP/US certification", "CDIP, CCDS, or RN license", "(CHPC) or Certified Information Privacy Professional '
        '(CIPP/US)": one of the list, or another the vocabulary does not know',
    ),
    AnyOfCue(
        name="or-an-acronym-not-known",
        scope="after",
        kinds=["credential"],
        case_sensitive=True,
        # the list's last choice an acronym the vocabulary does not know: "CHPS, CHC, or CIPP/US preferred", "CPB, CBCS
        # or CRCS a plus" (not a code set or skill after it: "CPC, COC or HCC experience"); others unknown before it:
        # "Current RHIT, RHIA, LPN or RN"
        pattern=r"(?:[ \t]*,[ \t]*[A-Z][A-Z0-9]{1,6}(?:[/-][A-Z0-9]{1,4})?\b){0,3}"
        r"[ \t]*,?[ \t]*or[ \t]+(?:an?[ \t]+|the[ \t]+)?[A-Z][A-Z0-9]{1,6}(?:[/-][A-Z0-9]{1,4})?\b"
        r"(?![ \t]+(?:experience|coding|codes?|knowledge|skills?|software|system)\b)",
        description='"CHPS, CHC, or CIPP/US preferred": one of the list, or another the vocabulary does not know',
    ),
    AnyOfCue(
        name="one-of-the-following",
        scope="sentence",
        exclude_kinds=_NEVER_A_CHOICE,
        # "Must hold one of: RHIT, RHIA, CCS, CPC", "one of the below"
        pattern=r"\b(?:one|any)\s+(?:\(\d\)\s+)?of\s+(?:the\s+)?(?:following|below)\b|\bone\s+(?:\(\d\)\s+)?of\s*:"
        r"|\beither\b|\bany\s+of\b",
        description='"one of the following", "one of:", "one of the below", "either", "any of"',
    ),
    AnyOfCue(
        name="lead-in-either",
        scope="lead_in",
        # each branch starts with its word and looks back for the word boundary after it: a pattern that starts
        # with "\b" is tried at every position of the posting, one that starts with letters only at those letters
        pattern=r"(?:either(?<!\weither)|any(?<!\wany)\s+(?:one\s+(?:\(\d\)\s+)?of\s+(?:the\s+following|these)"
        r"|of\s+the\s+following)|one(?<!\wone)\s+(?:\(\d\)\s+)?of\s+(?:the\s+following|these))\b",
        description='"Candidates must have either:" introducing bullets, each an alternative path',
    ),
    AnyOfCue(
        name="or-line",
        scope="path_separator",
        case_sensitive=True,
        # written to start with "\n" or "OR", which the search skips to; the "\n" is the line break before the line
        pattern=r"(?m:\n[ \t]*(?:[-•*][ \t]*)?OR[ \t,.:]*$"
        rf"|OR(?<=[ \t]OR)(?:{_AFTER_A_LOWER_CASE_WORD_AND_COMMA})[,.:]?[ \t]*$"
        # "... to perform MRT HIT work.-OR-", a line "-OR-": the dashes make it a separator wherever it is
        r"|OR(?<=[-–—]OR)[-–—][ \t]*$)",
        description='a line that is, or ends with, a capitalised "OR": federal alternative qualification paths '
        '("... health records, OR"; "... HIT work.-OR-"; not "Salem, OR": Oregon)',
    ),
    AnyOfCue(
        name="or-before-a-roman-numeral",
        scope="path_separator",
        case_sensitive=True,
        # California's class specifications: "Either I / One year of experience ... / Or II / Possession of current
        # registration as an RHIT ... / Or III / Two years of experience ..."
        # ... named: "Either Pattern I / Education: ... / OR Pattern II / Education: ..."
        pattern=r"(?m:\n[ \t]*(?:Or|OR)[ \t]+(?:(?:Pattern|Alternative|Option|Route|Path)[ \t]+)?(?:II|III|IV|V|VI)"
        r"[ \t]*:?[ \t]*$"
        r"|\n[ \t]*(?:Or|OR)[ \t]+(?:Pattern|Alternative|Option|Route|Path)[ \t]+(?:[2-6]|[B-F])[ \t]*:?[ \t]*$)",
        description='a line "Or II", "Or III", "OR Pattern II" between the numbered patterns of a class specification: '
        "the next path",
    ),
    AnyOfCue(
        name="or-before-a-numbered-path",
        scope="path_separator",
        case_sensitive=True,
        pattern=r"(?m:\n[ \t]*(?:[-•*][ \t]*)?OR[,.:][ \t]*(?=[A-Z])"
        r"|OR(?<=[.;:,)][ \t]OR)[ \t,.:]*(?=\(\d\)|\d[.)][ \t]))",
        description='"OR, Education" starting a line, or "... OR (2) Education." inside one: the next path',
    ),
    AnyOfCue(
        name="and-line",
        scope="paths_end",
        case_sensitive=True,
        pattern=r"(?m:^[ \t]*(?:[-•*][ \t]*)?AND[,.:]?[ \t])",
        description='a line that starts with a capitalised "AND" ("AND, Demonstrated Knowledge, Skills, and '
        'Abilities"): what follows it applies to every path before it',
    ),
    AnyOfCue(
        name="degree-or-experience",
        scope="across_kinds",
        kinds=["education", "experience"],
        # the rest of the first one's words (a degree's field, "of relevant experience"), then "or" right before the
        # second: "Bachelor's degree in HIM or related field or 4 years", "MSc or at least two years' experience",
        # "4 years of relevant experience or an associate degree"; not across another "and" requirement or a clause
        # ... "one (1) year of experience in a medical records department, OR completion of an associate degree"
        # ... a longer list of the degree's fields: "Bachelor's degree in health information management, health
        # informatics, public health or a related field, or four years of equivalent experience"
        pattern=r"(?:(?!\band\b)[^.;:\n]){0,100}?,?\s*\bor\s+(?:completion\s+of\s+|(?:have|hold)\s+)?"
        r"(?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+(?:of\s+)?|an?\s+|the\s+|equivalent\s+)?",
        description='"Bachelor\'s degree or 4 years of relevant experience", "MSc or at least two years\' '
        'experience": the level and the figure are alternatives, either enough',
    ),
    AnyOfCue(
        name="credential-or-degree",
        scope="across_kinds",
        kinds=["credential", "education"],
        # a credential or a degree, either enough: "RHIA, or a master's degree in health information management",
        # "an associate degree in HIT or the RHIT"; the first one's words may run on ("CCS certification"), not across
        # another "and" requirement or a clause
        pattern=r"(?:(?!\band\b)[^.;:\n]){0,40}?,?\s*\bor\s+(?:hold\s+|have\s+|completion\s+of\s+)?"
        r"(?:an?\s+|the\s+|equivalent\s+)?",
        description='"RHIA, or a master\'s degree in HIM": the credential and the degree are alternatives, either '
        "enough",
    ),
    AnyOfCue(
        name="career-ladder-level",
        scope="ladder_level",
        case_sensitive=True,
        # "Coder II", "Tech Trainee", "Coding Specialist II (this posting)", "Level 2"; not "Part II", "Step 1"
        # ... after a bullet, or a symbol or emoji set as one: "🔹 Tier 1 - Risk Adjustment Coder ($24 - $28/hr)"
        pattern=r"[ \t]*(?:[-•*·▪►▸▹◆◇■□▶✔✓➤➢→\U0001F300-\U0001FAFF]\ufe0f?[ \t]*)?"
        r"(?!(?:Part|Section|Phase|Step|Stage|Module|Chapter|Appendix|Table|Figure|Article|Title|Schedule|Volume"
        # ... nor the alternatives of a civil-service class ("Either I / Or II / Or III")
        r"|Question|Option|Exhibit|Attachment|Either|Or|And|Route|Path|Pattern|Alternative|Criteri(?:on|a)"
        # ... nor what is numbered in time or place ("Year 1:", "Week 2:", "Site 1:"), nor referees
        r"|Year|Week|Day|Month|Quarter|Round|Shift|Session|Semester|Term|Site|Location|Room|Floor|Suite|Ward|Unit"
        r"|Reference|Referee|Interview|Priority|Goal|Objective|Example|Scenario|Case|Note)\b)"
        # ... or a grade's: "Grade 2" (Australia's, Ireland's)
        r"(?P<stem>(?:[A-Z][\w/&.-]*[ \t]+){1,4}?|(?=Level[ \t]|Tier[ \t]|Grade[ \t]))"
        r"(?:Level[ \t]+|Tier[ \t]+|Grade[ \t]+)?"
        # (a whole word: not the "I" of "Health Information Technician I", taken as "Health I")
        # ... or a figure after the job's name, as a state's class series numbers its levels: "HIT 1:", "Health
        # Information Technician 2:" (a label alone on its line: not a numbered duty, "EJF 2: Directs ...")
        # ... or a letter after "Level": "Level A", "Level B"
        r"(?:(?P<entry>Trainee|Apprentice)"
        r"|(?P<numeral>IV|V|I{1,3}|(?<=Level )[1-5A-E]|(?<=Tier )[1-5]|(?<=Grade )[1-5])"
        r"|(?P<figure>(?<=[A-Za-z] )[1-5]))(?!\w)"
        # ... and a second name of the level after a slash: "Health Records Clerk III / Team Lead ($31.10/hr):" (not
        # another level: "Coder I/II")
        r"(?:[ \t]*/[ \t]*(?!(?:IV|V|I{1,3}|[1-5])\b)[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,2})?"
        r"(?P<own>[ \t]*\((?:this|current)[ \t]+(?:posting|position|opening|role|job|vacancy)\))?"
        # ... or a level the posting does not hire at: "Cancer Registrar I (not included in this posting)", "(not
        # hiring at this level)", "(closed)"
        r"(?P<closed>[ \t]*\((?i:not[ \t]+(?:included|part|open|hiring|being[ \t]+(?:filled|hired|recruited))"
        r"[^()\n]{0,40}|closed|filled)\))?"
        r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?"
        # ... or marked open at its line's end, as career pages mark the level they hire for: "Coder II (Inpatient)
        # <-- OPEN", "Coder II - NOW HIRING", "Level 2 [open]"
        r"(?P<open>(?:[-–—=<>←→|*[( \t]|:[ \t])+(?i:open|now[ \t]+hiring|hiring(?:[ \t]+now)?|currently[ \t]+open"
        r"|this[ \t]+(?:posting|position|opening|role|job|vacancy))(?:[ \t]+(?i:now|position|role))?"
        r"[ \t]*[])*!]*[ \t]*(?=\n|$))?",
        description='the label of one level of a career ladder: "Coder II:", "Tech Trainee:", "Level 2:"',
    ),
    AnyOfCue(
        name="career-ladder-senior-level",
        scope="ladder_level",
        case_sensitive=True,
        # the senior level of a ladder, named before the job: "Senior Cancer Registrar | ODS-C required; CHDA a plus",
        # "Sr. Coding Specialist:" (its text is the level's as a numbered level's is; it names no level in prose)
        pattern=r"[ \t]*(?:[-•*·▪►▸▹◆◇■□▶✔✓➤➢→\U0001F300-\U0001FAFF]\ufe0f?[ \t]*)?(?P<senior>Senior|Sr\.)[ \t]+"
        r"(?P<stem>(?:[A-Z][\w/&.-]*[ \t]+){0,3}[A-Z][\w/&.-]*)(?P<entry>(?!))?(?P<numeral>(?!))?"
        r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?",
        description='the label of a ladder\'s senior level: "Senior Cancer Registrar |", "Sr. Coding Specialist:"',
    ),
    AnyOfCue(
        name="credentials-on-paths",
        scope="path",
        kinds=["credential"],
        description="credentials named on different alternative paths are alternatives",
    ),
]

OTHER_RULES = [
    ListGap(
        name="former-name-between",
        # "Oncology Data Specialist (ODS) certification, formerly known as CTR": the credential's word may come first
        # ... its issuer too: "the Oncology Data Specialist-Certified (ODS-C) credential from NCRA, formerly known as
        # the Certified Tumor Registrar (CTR)"
        pattern=r"[\s,;/()-]*(?:(?:certifi\w*|credential\w*|designation)s?[\s,;/()-]*)?"
        r"(?:(?:from|through|by)\s+(?:the\s+)?{ISSUER}\b[\s,;/()-]*)?(?:" + _FORMER_NAME + r")[\s:,]*(?:the\s+)?",
        description='"ODS-C (formerly CTR)", "CHDA, previously known as ...", "ODS certification, formerly known as '
        'CTR"',
    ),
    ListGap(
        name="a-kind-word-between",
        # the kind's word after the last of a list, then one more choice: "CCS, CPC or COC credential, or HFMA CHFP"
        pattern=r"\s+(?:credentials?|certifications?|designations?)\s*,?\s*(?:or|and\s*/\s*or)\s+(?:the\s+|an?\s+)?"
        r"(?:{ISSUER}\b\s*(?:['’]s\s+)?)?",
        description='"CCS, CPC or COC credential, or HFMA CHFP"',
    ),
    ListGap(
        name="an-equivalent-s-examples",
        # a credential, "or" one equivalent to it, then examples of that: "RHIT or eligible, or equivalent credential
        # (CCS, CPC)", "RHIT or an equivalent credential (CCS or CPC)"
        pattern=r"\s*(?:,?\s*or\s+(?:[\w-]+-)?eligible\s*)?,?\s*or\s+(?:an?\s+|any\s+)?(?:equivalent|comparable)\s+"
        r"(?:coding\s+)?(?:credentials?|certifications?|designations?)\s*\(\s*(?:(?:e\.g\.|i\.e\.|eg|ie)[,:]?\s*"
        r"|(?:such\s+as|including|like)\s+)?",
        description='"RHIT or eligible, or equivalent credential (CCS, CPC)": the examples are choices beside it',
    ),
    ListGap(
        name="list-separators",
        # "&" is no word: no "\b" after it ("RHIT & CCS", "RHIT &/or CCS")
        # ... and an article after "or": "the CCS or the CIC", "a CPC or a CCS-P"
        pattern=r"[\s,;/()]*(?:(?:(?:(?:and|&)\s*/\s*or|or(?:\s+(?:the|an?))?|and)\b|&)[\s,/()]*)?",
        description='what may stand between members of one list: ", ", " or ", " and/or ", " &/or ", "/", " or the "',
    ),
    ListGap(
        name="issuers-between",
        # the issuer of the first, in parentheses or after "through"/"from", and/or the issuer of the next
        # ... and its full name with its acronym: "CCDS - Association of Clinical Documentation Integrity Specialists
        # (ACDIS) or CDIP"
        pattern=r"[\s,;/()-]*(?:(?:(?:through|from|by|via)\s+(?:the\s+)?)?{ISSUER}\b(?:[\s(]*{ISSUER}\b)?[\s,;/()]*)?"
        r"(?:(?:(?:(?:and|&)\s*/\s*or|or(?:\s+(?:the|an?))?|and)\b|&)[\s,/()]*)(?:{ISSUER}\b(?:['’]s)?[\s,/()-]*"
        r"(?:(?:credential|certification)s?\b[\s,/(-]*)?)?"
        # ... and after a comma alone, the next one's issuer: "Certified Professional Biller (CPB), NHA Certified
        # Billing & Coding Specialist (CBCS) or ...", "CBCS through NHA, or AAPC's Certified Professional Biller"
        r"|[\s)]*[,;/][\s]*{ISSUER}\b(?:['’]s)?\s+",
        description='an issuer named with each credential of a list: "CPC (AAPC) or CCS (AHIMA)", "CPC through '
        'AAPC or CCS-P through AHIMA", "AAPC CPC or AHIMA CCS", "AHIMA credential (RHIA, RHIT) or AAPC credential '
        '(CPC)"',
    ),
    ListGap(
        name="or-another-such-as",
        # "CEMC or a specialty credential such as CGSC or COSC": the ones after "such as" are more of the choice
        pattern=r"[ \t]*,?[ \t]+or[ \t]+(?:an?[ \t]+|another[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
        r"(?:credential|certification|designation)s?[ \t]*(?:,?[ \t]+|\([ \t]*)"
        r"(?:such[ \t]+as|like|e\.g\.,?|including)[ \t]+",
        description='"CEMC or a specialty credential such as CGSC or COSC", "... (e.g., CCC, COSC)"',
    ),
    ListGap(
        name="other-letters-between",
        case_sensitive=True,
        # a list's member whose letters are no credential of the field, between two that are: "CHDA, CPHQ, or RHIA",
        # "RHIA, PMP or CHDA" (in capitals, as written; a known credential or skill would be a mention of its own)
        pattern=r"(?:[ \t]*(?:,|/|\bor\b|\band/or\b)[ \t]*[A-Z][A-Z0-9]{1,6}(?:-[A-Z][A-Z0-9]{0,2})?){1,2}"
        r"[ \t]*,?[ \t]*(?:/|\bor\b|\band/or\b)?[ \t]*",
        description='"CHDA, CPHQ, or RHIA": letters of another field between two members of one list',
    ),
    ListGap(
        name="letters-in-parentheses-between",
        case_sensitive=True,
        # a credential's full name, then letters in brackets that are no name of it here (a former acronym, one of
        # other senses): "a Registered Record Administrator (RRA) or an Accredited Record Technician (ART)"
        pattern=r"[ \t]*\([ \t]*[A-Z][A-Z0-9-]{1,7}[ \t]*\)[ \t]*,?[ \t]*(?:(?:or|and/or)\b[ \t]*|/[ \t]*)"
        r"(?:(?:an?|the)[ \t]+)?",
        description='"a Registered Record Administrator (RRA) or an Accredited Record Technician (ART)"',
    ),
    ListGap(
        name="required-or-in-parentheses",
        pattern=r"[ \t]+(?:is[ \t]+)?required[ \t]*\([ \t]*or[ \t]+(?:an?[ \t]+|the[ \t]+)?",
        description='"CPC required (or CPC-A with at least 1 year of coding experience)": the other choice, in '
        "parentheses after the cue",
    ),
    ListGap(
        name="issuer-in-parentheses-then-comma",
        # ... the credential's word before the issuer, an article after the choice: "Certified Coding Specialist
        # (CCS) certificate issued by AHIMA, or a Certified Inpatient Coder (CIC) certificate issued by AAPC"
        pattern=r"[ \t)]*(?:(?:certificate|certification|credential)[ \t]+)?"
        r"(?:\([ \t]*{ISSUER}[ \t]*\)|(?:(?:issued|granted|awarded|conferred)[ \t]+)?"
        r"(?:through|from|by|via)[ \t]+(?:the[ \t]+)?{ISSUER}\b)"
        r"(?:[ \t]*[,;/][ \t]*(?:(?:or|and/or)\b[ \t]*)?|[ \t]+(?:or|and/or)\b[ \t]*)(?:(?:an?|the)[ \t]+)?",
        description='the issuer after each credential, commas between: "CPC (AAPC), COC (AAPC) or CCS-P (AHIMA)", '
        '"RHIT issued by AHIMA, CCA issued by AHIMA, or CPC issued by AAPC"',
    ),
    ListGap(
        name="or-one-of-the-following",
        pattern=r"[ \t)]*(?:(?:(?:issued|granted|awarded)[ \t]+)?(?:through|from|by|via)[ \t]+(?:the[ \t]+)?"
        r"{ISSUER}\b)?[ \t]*,?[ \t]*(?:or|and/or)[ \t]+(?:one|any)[ \t]+of[ \t]+the[ \t]+following"
        r"(?:[ \t]+(?:credentials|certifications))?[ \t]*:?[ \t]*",
        description='a credential, then more to choose from: "Certified Risk Adjustment Coder (CRC) through AAPC, OR '
        'one of the following: CPC, CCS, CCS-P"',
    ),
    ListGap(
        name="or-a-figure-with-the-next",
        # each credential with its own years: "5 years of coding experience with a CPC, or 3 years with a CCS or CCS-P"
        pattern=r"[ \t)]*,?[ \t]*or[ \t]+(?:at[ \t]+least[ \t]+|a[ \t]+minimum[ \t]+of[ \t]+)?"
        r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+?[ \t]+(?:\(\d{1,2}\)[ \t]+)?"
        r"(?:years?|months?)(?:[ \t]+of[ \t]+(?:[\w-]+[ \t]+){0,3}?experience)?[ \t]+(?:with|holding|as)[ \t]+"
        r"(?:an?[ \t]+|the[ \t]+)?",
        description='"5 years of coding experience with a CPC, or 3 years with a CCS": a choice of credentials, each '
        "with its years",
    ),
    ListGap(
        name="strength-in-parentheses-then-or",
        # an applicant-tracking page's line of choices, each with its issuer and its strength: "Certified Coding
        # Specialist (CCS) - AHIMA (Required) or Certified Inpatient Coder (CIC) - AAPC (Required)"
        pattern=r"[ \t)]*(?:[-–—,][ \t]*{ISSUER}[ \t]*)?\([ \t]*(?:required|preferred)[ \t]*\)[ \t]*,?[ \t]*"
        r"(?:or|and/or)[ \t]+(?:(?:an?|the)[ \t]+)?",
        description='"Certified Coding Specialist (CCS) - AHIMA (Required) or Certified Inpatient Coder (CIC) - AAPC '
        '(Required)": one choice',
    ),
    ListGap(
        name="or-a-credential-in-a-field",
        # "CEMC, CDEO, or a specialty credential in orthopedics (COSC) or cardiology (CCC)": each specialty's own
        # credential in brackets after it, one more choice
        pattern=r"[ \t)]*,?[ \t]*or[ \t]+(?:an?[ \t]+)?(?:[\w-]+[ \t]+){0,2}?(?:credential|certification)s?[ \t]+"
        r"(?:in|for)[ \t]+(?:[\w-]+[ \t]+){0,2}?[\w-]+[ \t]*\([ \t]*"
        # ... and the next specialty's: ") or cardiology (CCC)"
        r"|[ \t]*\)[ \t]*,?[ \t]*or[ \t]+(?:in[ \t]+)?[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?[ \t]*\([ \t]*",
        description='"a specialty credential in orthopedics (COSC) or cardiology (CCC)": one choice',
    ),
    ListGap(
        name="parallel-alternatives",
        pattern=r"[ \t)]*(?P<repeated>[^\W\d_][^.;:()\n]{2,79}?)[ \t]*,?[ \t]+or[ \t]+",
        description='the same words after each of two credentials joined by "or": "RHIT certificate within 6 '
        'months of hire OR CCS certificate within 6 months of hire"',
    ),
    SenseSignal(
        name="credential-words",
        pattern=r"\b(?:certif\w*|credential\w*|exam|licens\w*|registered)\b",
        description='"certified", "credential", "exam", "licensed", "registered" within 30 characters',
    ),
    SenseSignal(
        name="coding-words",
        kinds=["coding_system"],
        pattern=r"\bcod(?:e|es|ed|ing|er|ers)\b|\bclassification|\bcode\s+sets?\b|\brisk\s+adjust",
        description='"codes", "coding", "classification", "risk adjustment" near a code set\'s acronym',
    ),
    Eligibility(name="eligible-after", position="after", pattern=r"\s*[-–]?\s*eligib(?:le|ility)\b"),
    Eligibility(
        name="eligible-before",
        position="before",
        pattern=r"\beligib(?:le|ility)\s+(?:to\s+(?:sit|test|apply)\s+for|for)\s+(?:the\s+)?(?:{ISSUER}\s+)?",
    ),
]

CONNECTIVES = [
    Connective(
        name="but",
        role="contrast",
        # written to start with a literal ("but"), which the search skips to; "but also" and "but not only" go on
        # with the same thought
        # ... nor a "but" whose verb has the subject before it: "An RHIT or CCS is welcome on your resume but is not a
        # requirement"
        pattern=r"but\b(?<!\wbut)(?!\s+(?:also|not\s+only|is|are|isn['’]t|aren['’]t)\b)",
        description='"..., but NHS experience is not essential": the cue speaks of its own clause',
    ),
    Connective(
        name="however",
        role="contrast",
        # not an aside ("Microsoft Office, however, is essential"), which leaves the clause as it was
        pattern=r"however\b(?<!\whowever)(?!\s*[,)])",
        description='"Full training will be provided, however a working knowledge of Microsoft Office is a must": '
        "what comes after it is a clause of its own",
    ),
    Connective(
        name="and",
        role="addition",
        pattern=r"\band\b|&",
        description='"CCS-P or CPC and CEMC": the CEMC is asked for besides the choice',
    ),
    Connective(
        name="and-a-subject",
        role="clause",
        # "NHS experience will be advantageous and candidates will be educated to degree level"
        pattern=r"\b(?:and|but|while|whilst|whereas)\s+(?:the\s+)?(?:successful\s+|ideal\s+)?"
        r"(?:candidates?|applicants?|you|post[\s-]?holders?|individuals?)\s+(?:will|must|should|shall|would|need|needs)\b"
        # ... and the employer's own clause: "A degree in pharmacy is essential and we will support you to develop"
        r"|\b(?:and|but|while|whilst|whereas)\s+we\s+(?:will|would|can|offer|provide|also)\b"
        # ... and a predicate of its own whose verb the cue word follows: "has completed at least 3 years as a trainee
        # clinical scientist and has ideally gained HCPC registration" (the cue is the later predicate's)
        r"|\band\s+(?:has|have|is|are|be|would|will|should)(?=\s+(?:also\s+)?(?:ideally|preferably)\b)"
        # ... and a comma that splices on a sentence of the successful candidate's own: "... would be an advantage but
        # is not essential, the successful applicant will hold an MSc or Bsc ..."
        r"|,\s+the\s+(?:successful|ideal)\s+(?:candidates?|applicants?|post[\s-]?holders?|individuals?)\s+"
        r"(?:will|must|should|shall|would|need|needs)\b"
        # ... and a spaced dash before a subject and its verb: "about a year of experience in a medical office - ROI
        # experience specifically is ideal but not required" (not "- this is a plus", which speaks of what came before)
        # ... "must be cleared within 6 months of joining - AAPC exam fee (1st attempt) will be sponsored by the
        # company"
        r"|\s[-–—]\s+(?!(?:this|that|which|it|these|both|either|all)\b)(?:[\w/'’()-]+\s+){1,5}?"
        r"(?:is|are|will\s+be)\b"
        # ... and a spaced dash (or two hyphens) before a condition: "CPB or CPC preferred - if you don't have your CPC
        # yet we will pay for the exam", "CCC strongly preferred -- if you don't have it yet, we will pay"
        r"|\s(?:--|[-–—])\s+(?:if|unless|once)\b"
        # ... and before a subject and a verb of its own, an offer's or one after "will" or "can": "RHIT or CCA
        # preferred, or willing to obtain within 2 years - LCRMC offers tuition assistance", "CPC-A welcome -- our
        # senior coder will help you get the A removed"
        r"|\s(?:--|[-–—])\s+(?!(?:this|that|which|it|these|both|either|all)\b)(?:[\w&'’.-]+\s+){1,4}?"
        r"(?:(?:will|would|can|may)\s+(?:also\s+)?[a-z]+|offers|pays|covers|reimburses|provides|sponsors)\b"
        # ... and a comma before the employer's offer of help, a sentence of its own: "we'd consider a CPC-A if you
        # have the billing experience, we can help you get the A off"
        r"|,\s+we(?:['’]ll|\s+(?:can|will|could)(?:\s+also)?)\s+(?:help|train|teach|mentor|coach|support)\b"
        # ... and a comma and a conjunction before a subject with a verb of its own: "An associate degree is required,
        # and a bachelor's, in HIM or nursing, is preferred" (not a list's last item: "an RHIT, a CCS, and a CPC"; nor
        # one that measures itself by what came before: "..., and an RHIT or RHIA is just as welcome")
        r"|,\s+(?:and|but|while|whereas)\s+(?:an?|the)\s+[^.;,\n]{1,40}?(?:,[^.;,\n]{1,40},)?\s*"
        r"(?:is|are|(?:would|will|should|could)\s+(?:also\s+)?be)\b(?!\s+(?:just\s+as|equally|also|as|too)\b)",
        description='"... will be advantageous and candidates will be educated to degree level", "... is essential and '
        'we will support you", "..., the successful applicant will hold": a clause of its own',
    ),
    Connective(
        name="a-correction",
        role="correction",
        # a thread's or an e-mail chain's change to what was asked: "EDIT:", "EDIT 2:", "UPDATE:", "correction -",
        # "final:" (over the lines of the final version), "scratch that", "make it preferred", "no longer required",
        # "I should have said it in the post"; a label with its colon ("Last updated: 01/2025" names nothing)
        # ... with its number or date: "EDIT 2:", "UPDATE (3/1):", "UPDATE 6/12:"
        # ... "Qualifications amended:", "Amendment 2 -"
        # ... and who made it: "*** UPDATE 04/22 from Talent Acquisition - please read before applying ***"
        # ... "AMENDMENT NO. 2 - posted 03/18/2025"
        pattern=r"\b(?:edit|update|correction|amended|amendment|final(?:\s+version)?|revised(?:\s+version)?)"
        r"(?:\s*(?:no\.?\s*|number\s*|#)?\d{1,4}(?:[/.\-]\d{1,4}){0,2}|\s*\([^()\n]{1,12}\))?"
        r"(?:\s+from\s+(?:the\s+)?[^\n:–—-]{1,40}?)?\s*[:\-–—]"
        # ... a line of its own over the changed text: "RE-POSTED WITH CHANGES (06/10)"
        r"|\b(?:re-?posted|re-?opened|re-?advertised|re-?issued|updated|amended)\s+with\s+"
        r"(?:changes|(?:new|updated|revised)\s+requirements)\b[^\n]{0,40}(?=\n)"
        # ... a line that ends with a colon over the corrected lines: "quick correction before this goes out, the
        # version below pulled a few lines from the old template:"
        r"|\bcorrection\b[^\n:]{0,120}:(?=[ \t]*\n)"
        r"|\bscratch\s+that\b|\bmake\s+(?:it|that)\s+(?:[^.;\n]{0,40}?\s)?(?:preferred|required|optional|a\s+plus|a\s+must"
        r"|nice\s+to\s+have)\b"
        r"|\bno\s+longer\s+(?:required|needed|necessary|a\s+requirement|preferred)\b"
        r"|\bshould\s+have\s+(?:said|written|put|mentioned|made\s+(?:it\s+)?clear)\b"
        r"|\bchange\s*(?:it\s+)?(?:->|→|to\b)",
        description='"EDIT: ...", "final:", "scratch that", "make it preferred": what follows changes what was asked',
    ),
    Connective(
        name="struck-out",
        role="struck_out",
        # "[removed: Current CTR credential required at time of hire.]", "~~CPC~~ COC or CCS" (struck through in
        # Markdown)
        pattern=r"\[(?:removed|deleted|struck(?:\s+out)?|taken\s+out)\s*[:\-–—][^\]\n]{0,300}\]"
        r"|(?<!~)~~(?=[^~\s])[^~\n]{1,300}?~~",
        description='"[removed: ...]", "~~CPC~~": text the posting marks as taken out',
    ),
    Connective(
        name="old-version",
        role="old_version",
        # a job board's copy of an edited listing keeps the old text below a line of its own: "ORIGINAL LISTING
        # (posted 02/19/2025) - no longer current", "Previous version (for reference only)", "--- Old posting
        # (superseded) ---"; not a sentence that speaks of it ("The original listing is kept below for reference")
        # (only marks before it on its line: :func:`screener.extraction.corrections.old_versions` checks; a pattern that
        # starts with the line's marks would be tried at every position of every posting)
        pattern=r"\b(?:original|previous|prior|old|earlier|former|superseded)\s+(?:job\s+)?"
        r"(?:listing|posting|post|version|description|advert(?:isement)?|ad|requisition)\b(?:[^\n]{0,80}?"
        r"\b(?:no\s+longer\s+(?:current|valid|active|in\s+effect|applies)|superseded|replaced|(?:kept\s+)?for\s+"
        r"reference(?:\s+only)?|outdated|archived|expired|not\s+current)\b"
        # ... or the label alone, set off like a heading: "----- Original job description (posted Sep 9, 2024) -----"
        r"|[ \t]*(?:\([^()\n]{0,40}\))?(?=[^\w\n]*[-=*_~]{3})"
        r")[^\w\n]*(?=\n|\Z)",
        description='"ORIGINAL LISTING (posted 02/19/2025) - no longer current": an earlier version kept below',
    ),
    Connective(
        name="takes-in-a-lower-level",
        role="takes_in_before",
        # in the text of the posting's own level, before a lower level's name: "Everything in Tier 1, plus: ...",
        # "Meets all requirements of the Coder I position"
        pattern=r"\b(?:everything\s+(?:in|from|of|at)|(?:meets\s+)?all\s+(?:of\s+)?(?:the\s+)?(?:requirements"
        r"|qualifications)\s+(?:of|for|at)|meets\s+(?:the\s+)?(?:requirements|qualifications)\s+(?:of|for|at))"
        r"\s+(?:the\s+|an?\s+)?",
        description='"Everything in Tier 1, plus ...", "Meets all requirements of the Coder I position": the lower '
        "level's requirements are asked too",
    ),
    Connective(
        name="plus-after-a-lower-level",
        role="takes_in_after",
        # after a lower level's name: "Tier 1 requirements, plus at least 1 year ...", "Coder I in addition to ..."
        pattern=r"(?:\s+(?:requirements|qualifications))?[ \t]*,?[ \t]*(?:plus|in\s+addition\s+to)\b",
        description='"Tier 1 requirements, plus ...": the lower level\'s requirements are asked too',
    ),
    Connective(
        name="a-level-held",
        role="held_before",
        # a level held as experience, not spoken of as another job: "two years as a Coder I", "prior Coder II",
        # "experience ... comparable to the County's class of Health Information Technician I"; a bare "As a Coder III
        # you will ..." speaks of the level
        pattern=r"(?:\b(?:years?|months?|experience|time|duties|work(?:ed|ing)?|serv(?:ed|ing))\b[^.;\n]{0,60}"
        r"\b(?:as|of|(?:comparable|equivalent|equal)[ \t]+to)[ \t]+"
        r"(?:an?[ \t]+|the[ \t]+)?(?:(?:[\w'’]+[ \t]+)?class[ \t]+of[ \t]+)?(?:(?:health|medical|information|records?"
        r"|coding|him)[ \t]+){0,3}|\b(?:former|previous|prior|past)[ \t]+)",
        description='"two years as a Coder I", "prior Coder II": a level held as experience, not another job',
    ),
    Connective(
        name="a-level-held-after",
        role="held_after",
        # "Coder I experience", "Coder II (or equivalent) experience"
        pattern=r"[ \t]*(?:\([^()\n]{0,40}\)[ \t]*)?experience\b",
        description='"Coder I experience": a level held as experience, not another job',
    ),
    Connective(
        name="the-opening-s-level",
        role="opening_level",
        # "This opening is budgeted at the Cancer Registrar II level", "This position is being filled at the Coder II
        # level", "We are only hiring for Level 1 right now", "Job Level: Cancer Registrar II"
        pattern=r"\bthis\s+(?:opening|position|posting|vacancy|requisition|role|job)\s+(?:is|will\s+be)\s+"
        r"(?:budgeted|posted|approved|open|being\s+(?:filled|recruited|hired)|filled|recruited|hired|for|at)\b"
        r"|\bwe\s+are\s+(?:only\s+|currently\s+)?(?:hiring|recruiting)\s+(?:(?:one|a|an|two)\s+[\w-]+\s+)?(?:for|at)\b"
        r"|\bjob\s+level\s*:",
        description='"This opening is budgeted at the Cancer Registrar II level": the level the posting hires at',
    ),
    Connective(
        name="a-level-of-care",
        role="level_of_care",
        # "a Level I trauma center", "Level III NICU": a level of care, no job's level
        pattern=r"[ \t]*(?:trauma|nicu|nursery|neonatal|care|acuity)\b",
        description='"a Level I trauma center", "Level III NICU": a level of care, no job\'s level',
    ),
    Connective(
        name="with",
        role="absolute",
        # written to start with a literal, which the search skips to; not a "with" that describes the subject of a
        # verb after it ("Recently qualified BSc graduates, with some education in physics, are encouraged to apply")
        pattern=r"with\b(?<!\wwith)(?![^.;\n]*?\b(?:is|are|was|were|will|would|should|must|can|may)\b)",
        description='"educated to degree level, with case or appeals experience an advantage": the "with" part is a '
        "thing of its own, and its cue speaks of it",
    ),
    Connective(
        name="beside-cue-words",
        role="filler",
        # ... and a verb with no subject of its own: "Experience of using databases, particularly Excel, would be an
        # advantage" (the part after the aside is the list's predicate)
        # ... and a pronoun that points back to it: ", that's a bonus", ", which is preferred"
        pattern=r"\b(?:strongly|highly|very|much|but|and|or|is|are|a|an|would|will|should|could|may|might|be|also"
        r"|that['’]s|it['’]s|that|this|which|it)\b",
        description='"(strongly preferred)", "(preferred but not required)", ", would be an advantage": words that add '
        "nothing to the cue",
    ),
    Connective(
        name="deadline-beside-cue-words",
        role="filler",
        # a cue's deadline adds nothing to it either: "HCS-D, required within 6 months of hire (we reimburse the exam
        # fee)", ", required at time of hire", "(preferred by start date)"
        pattern=r"\b(?:within|in)\s+(?:the\s+first\s+|your\s+first\s+)?(?:\d+|one|two|three|four|six|nine|twelve"
        r"|eighteen|twenty-four)\s*(?:\(\d+\)\s*)?(?:days?|weeks?|months?|years?)(?:\s+(?:of|after|from)\s+(?:the\s+)?"
        r"(?:date\s+of\s+)?(?:hire|hiring|start|starting|employment|appointment)(?:\s+date)?)?\b"
        r"|\b(?:at|by|upon|on|before|prior\s+to)\s+(?:the\s+)?(?:time\s+of\s+)?(?:hire|start(?:\s+date)?|employment)\b",
        description='", required within 6 months of hire", "(preferred by start date)": a deadline beside a cue adds '
        "nothing to it",
    ),
    Connective(
        name="what-a-figure-is-of",
        role="head",
        # the word that ends what a figure is of, ending its part: "2+ years of pro-fee coding experience", "3+ yrs IP
        # acute care coding" (not "Two years in a coding education, training or audit role preferred")
        pattern=r"\b(?:experience|exp|background|coding|billing|auditing|abstracting)\b",
        description='"2+ years of pro-fee coding experience, orthopaedic or surgical specialty strongly preferred": a '
        "whole part before the choice, whose cue is its own part's",
    ),
    Connective(
        name="its-own-predicate",
        role="predicate",
        # up to two words of the mention's phrase, a verb, and words that add nothing to the cue after it
        pattern=r"[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:is|are|(?:would|will|should|could|may)(?:[ \t]+also)?[ \t]+be)"
        r"(?:[ \t]+(?:also|very|highly|especially|particularly|an?|considered|seen[ \t]+as))*[ \t]+",
        description='"Typing is essential and medical terminology knowledge is also advantageous": the cue after the '
        "mention's own verb speaks of it, though another is nearer",
    ),
    Connective(
        name="beside-a-headings-words",
        role="heading_company",
        # words a title-case heading may leave in lower case; words that say how much ("Highly desirable", "Strongly
        # preferred", "Also essential"); words that say which of a posting's levels or roles a heading speaks of
        # ("Preferred at either level", "Required for all roles", "Preferred (both levels)")
        pattern=r"\b(?:and|or|of|to|the|for|in|a|an|with|on|at"
        r"|highly|very|strongly|especially|particularly|also|most"
        r"|either|both|all|every|each|any|levels?|roles?|tiers?|grade)\b",
        description='"Education and Experience", "Highly Desirable", "Preferred at either level": still a heading',
    ),
    Connective(
        name="those-without-it",
        role="without_it",
        # "Incumbents who do not hold one of these credentials", "Candidates who hold neither may be considered, but",
        # "Those without it", "If you are not certified when hired, you"
        pattern=r"(?:(?:incumbents|candidates|applicants|those|anyone|(?:new\s+)?hires|employees|staff|individuals|people)"
        r"\s+(?:(?:who|that)\s+(?:do\s+not|don['’]t|does\s+not|doesn['’]t)\s+(?:yet\s+|already\s+|currently\s+)?"
        r"(?:hold|have|possess)\b|(?:who|that)\s+hold\s+neither\b|without\b|lacking\b)"
        r"|if\s+you\s+(?:are\s+not|aren['’]t|do\s+not|don['’]t)\b)[^.;:]{0,60}?"
        # ... "If you don't hold it, you will be expected to earn it within your first 12 months"
        r"(?:[\s,]+(?:you|they)(?:\s+(?:will|would)\s+be|['’]ll\s+be)?"
        r"|[\s,]+(?:may|will|can)\s+be\s+(?:hired|considered)\s*,?\s*but)?",
        description='"Incumbents who do not hold one must obtain one within 12 months": the deadline asks for what the '
        "sentence before named",
    ),
    Connective(
        name="a-column-of-each-rows-strength",
        role="strength_column",
        # "Essential / Desirable", "E/D", "Required or Preferred", either way round
        pattern=r"(?:essential|required|e|r)[ \t]*(?:/|or|and|,)[ \t]*(?:desirable|preferred|d|p)"
        r"|(?:desirable|preferred|d|p)[ \t]*(?:/|or|and|,)[ \t]*(?:essential|required|e|r)"
        # ... or a column named for what each row's cell says: "| Credential | Status | Notes |", "Required?" (not a
        # "Requirement" column, which holds the rows' items: "Requirement | Required or Preferred")
        r"|status|required[ \t]*\?|(?:importance|priority)(?:[ \t]+level)?",
        description='"Criteria | Essential / Desirable", "| Credential | Status |": each row\'s cell says how it is '
        "asked",
    ),
]

_CODING_WORK = [
    "medical",
    "clinical",
    "hospital",
    "inpatient",
    "outpatient",
    "profee",
    "professional fee",
    "facility",
    "diagnosis",
    "procedure",
    "procedural",
    "risk adjustment",
    "hcc",
    "surgical",
    "physician",
]
_CODING_ROLES = [
    "specialist",
    "analyst",
    "auditor",
    "educator",
    "manager",
    "supervisor",
    "professional",
    "certification",
    "experience",
    "guidelines",
    "compliance",
    "accuracy",
    "quality",
    "audit",
    "staff",
]
#: What "health information" is the field's work before: "Health Information Management", "health information
#: technician", "the Health Information Services department"
_HEALTH_INFORMATION_WORK = [
    *(
        form
        for word in (
            "management",
            "manager",
            "technician",
            "technologist",
            "professional",
            "specialist",
            "analyst",
            "clerk",
            "coordinator",
            "co-ordinator",
            "director",
            "supervisor",
            "administrator",
            "officer",
            "assistant",
            "department",
            "team",
            "system",
            "exchange",
            "service",
        )
        for form in (word, word + "s")
    ),
    "technology",
    "governance",
    "dept",
    "lead",
    "leads",
]
_RECORDS_ROLES = [
    "technician",
    "clerk",
    "specialist",
    "coder",
    "department",
    "analyst",
    "administrator",
    "administration",
    "officer",
    "assistant",
    "manager",
    "library",
]

#: Trades a title names that are not the field's work: clinical care, its support, and other trades
_OTHER_TRADES = [
    r"nurses?",
    "nursing",
    r"midwi(?:fe|ves|fery)",
    r"physiotherapists?",
    "physio",
    r"(?:radio|sono|mammo)graphers?",
    r"doctors?",
    r"gps?",
    "general practitioner",
    r"surgeons?",
    r"psychiatrists?",
    r"psycholog(?:ists?|y\s+assistant)",
    r"(?:psycho)?therapists?",
    # clinical support posts: "Therapy Assistant", "Medical Laboratory Assistant"
    r"(?:therapy|rehabilitation|laboratory|lab|pharmacy|theatre|dental|maternity|nursing)\s+assistants?",
    r"paramedics?",
    r"pharmacists?",
    r"pharmacy\s+technicians?",
    r"health\s?care\s+assistants?",
    r"support\s+workers?",
    r"care\s+(?:assistants?|workers?)",
    r"carers?",
    r"dieti[tc]ians?",
    r"podiatrists?",
    r"optometrists?",
    r"orthoptists?",
    r"audiologists?",
    r"(?:clinical|biomedical|healthcare)\s+scientists?",
    r"physiologists?",
    r"dentists?",
    "matron",
    "sister",
    r"health\s+visitors?",
    r"chaplains?",
    r"porters?",
    r"drivers?",
    r"engineers?",
    r"developers?",
    r"chefs?",
    r"cooks?",
    r"cleaners?",
    r"domestics?",
    r"housekeepers?",
    r"(?:advanced|assistant|associate|nurse|psychological\s+wellbeing|clinical|mental\s+health|emergency\s+care"
    r"|theatre|operating\s+department|scrub|community|specialist|senior)\s+practitioners?",
    "consultant",
    r"(?:clinical|research)\s+fellow",
    "specialty doctor",
    "physician",
    r"anaesthetists?",
    r"peer\s+mentors?",
    r"phlebotomists?",
    r"personal\s+trainers?",
    # the US federal clinical support post (a "Health Information Technician" names the field's work, above)
    r"health\s+technicians?",
    r"(?<!financial )counsell?ors?",  # a hospital's "Financial Counselor" works on patients' bills
    r"social\s+workers?",
    r"teachers?",
    r"lecturers?",
    # a clinician on the telephone ("Clinical Advisor - 111 Service"), social prescribing, patient transport
    r"clinical\s+advis[eo]rs?",
    r"link\s+workers?",
    "transport",
]
#: Words of the field's work in a title: with one of them the title is the field's, whatever else it names ("Health
#: Records Project Manager", "EPR Data Quality Lead")
_FIELD_WORK_IN_TITLE = [
    r"secretar(?:y|ies|ial)",
    r"clerks?",
    "clerical",
    r"receptionists?",
    r"typists?",
    r"coders?",
    "coding",
    r"records?",
    "information",
    "data",
    r"bookings?",
    r"appointments?",
    "pas",
    "waiting",
    "rtt",
    r"validat(?:ors?|ion)",
    "pathway",
    "registration",
    r"registr(?:y|ar|ars)",
    "informatics",
    "intelligence",
    "audit",
    "billing",
    "claims",
]
#: Words of the field's or an office's work: a title with one of them is no other trade's ("Ward Clerk",
#: "Medical Secretary to the Consultant Psychiatrists", "Nursing Workforce Analyst")
_OFFICE_WORK = [
    *_FIELD_WORK_IN_TITLE,
    r"administrat\w*",
    "admin",
    r"co-?ordinators?",
    r"analysts?",
    "governance",
    "finance",
    "payroll",
    r"officers?",
    r"managers?",
    r"supervisors?",
    "pa",
]

#: An office's work outside the field, in a title: IT and digital work, workforce and HR, estates and housekeeping,
#: projects, business support, complaints, communications
_OTHER_OFFICE_WORK = [
    "it",
    r"im\s?&\s?t",
    "ict",
    "digital",
    "cyber",
    "security",
    "epr",
    "configuration",
    "integration",
    "interface",
    "software",
    "network",
    "infrastructure",
    "technical",
    "workforce",
    "resourcing",
    "recruitment",
    "hr",
    r"human\s+resources",
    "payroll",
    "estates",
    "facilities",
    "housekeeping",
    "procurement",
    r"complaints?",
    "communications",
    "marketing",
    "project",
    "programme",
    "transformation",
    r"business\s+(?:support|manager|development|partner)",
    r"quality\s+improvement",
    # finance: "Accounts Payable Assistant", whose "VAT coding" is an invoice's
    r"accounts\s+payable",
    r"purchase\s+ledger",
    "finance",
]

FIELD_SIGNALS = [
    FieldSignal(
        name="him-department",
        phrases=["HIM"],
        description='"HIM" in capitals (health information management), not the pronoun',
    ),
    FieldSignal(
        name="coding-work",
        phrases=[
            "coder",
            "coders",
            *(f"{work} coding" for work in _CODING_WORK),
            *(f"coding {role}" for role in _CODING_ROLES),
        ],
        description='"medical coding", "coder", "coding specialist", "coding guidelines"',
    ),
    FieldSignal(
        name="health-information",
        phrases=[
            # the field's work, not what a clinician gives a patient ("enabling patients to obtain health information",
            # "providing assessment, medication advice and health information")
            *(f"health information {what}" for what in _HEALTH_INFORMATION_WORK),
            "protected health information",
            "release of information",
            *(f"clinical documentation {what}" for what in ("improvement", "integrity", "specialist")),
            *(
                f"{organ} {what}"
                for organ in ("cancer", "tumor", "tumour")
                for what in ("registry", "registries", "registrar", "registrars", "registration")
            ),
            "medical billing",
            "billing and coding",
            "revenue cycle",
            # abstracting records' data for registries and quality measures: "Stroke Data Abstractor", "registry
            # abstraction experience"
            *(f"{what} {who}" for what in ("data", "registry") for who in ("abstractor", "abstractors", "abstraction")),
            *(
                f"{kind} {number} {role}"
                for kind in ("medical", "health")
                for number in ("record", "records")
                for role in _RECORDS_ROLES
            ),
        ],
        description='"health information", "medical records technician", "release of information", "cancer '
        'registrar", "clinical documentation improvement", "medical billing", "revenue cycle"',
    ),
    FieldSignal(
        name="touches-records",
        confirms_acronyms=False,
        phrases=[
            *(
                f"{kind} {number}"
                for kind in ("medical", "health", "patient", "clinical", "care", "patient care")
                for number in ("record", "records")
            ),
            # ... whose they are, in the possessive: "maintain an effective filing system for patients' records"
            *(
                f"{whose} {number}"
                for whose in ("patient's", "patient’s", "patients'", "patients’")
                for number in ("record", "records")
            ),
            # the UK's words for a patient's record
            *(f"{whose} notes" for whose in ("patient", "patients", "patient's", "case", "medical", "hospital")),
            "patient files",
            "information governance",
            # the UK's patient administration: "input of information into our PAS System", "RTT validation", "ensure
            # that waiting lists are validated", "the cancer waiting time targets", "data quality and benchmarking" (not
            # "patient data": laboratories and trials hold it too)
            "PAS system",
            "PAS System",
            "rtt validation",
            # who does it: "We require an RTT Validator", "Referral to Treatment Time Validator"
            *(
                f"{what} {who}"
                for what in ("rtt", "referral to treatment", "referral to treatment time")
                for who in ("validator", "validators")
            ),
            "waiting list validation",
            "waiting lists are validated",
            "validation of waiting lists",
            "cancer waiting time",
            # the cancer data a trust collects and reports: "cancer data collection", "cancer data systems"
            "cancer data",
            "data quality",
            # the NHS's information work: "ensuring that the Trust's central returns are completed", "NHS data sets"
            *(f"{whose} returns" for whose in ("central", "national", "mandatory", "statutory")),
            *(f"nhs {what}" for what in ("data sets", "datasets", "data standards", "data dictionary")),
            "commissioning data sets",
            "secondary uses service",
        ],
        description='"patient records", "case notes", "information governance": the posting touches health '
        "information, enough to be in scope unless it is clinical work that keeps records as part of the care",
    ),
    FieldSignal(
        name="touches-records-and-claims",
        confirms_acronyms=False,
        phrases=[
            "coding",
            "insurance claim",
            "insurance claims",
            # a hospital's or practice's side of billing: "billing for third party payers", "clean claims"
            *(f"{third} {payer}" for third in ("third party", "third-party") for payer in ("payer", "payers")),
            "clean claim",
            "clean claims",
            # patient access, the front of the revenue cycle: "insurance verification", "Posts payments" ("patient
            # registration" is also a GP practice's list of its patients)
            "insurance verification",
            "insurance verifications",
            # and the payer's consent before the care: "insurance authorisations", "obtains prior authorizations"
            *(
                f"{whose} {word}{s}"
                for whose in ("insurance", "prior", "pre")
                for word in ("authorisation", "authorization")
                for s in ("", "s")
            ),
            "payment posting",
            # what a patient pays the provider, as its front desk and cashiers collect it
            *(f"{pay}{s}" for pay in ("co-payment", "copayment", "co-pay", "copay") for s in ("", "s")),
            "coinsurance",
            "deductibles",
            "insurance information",
            "member claims",
            "medical reimbursement",  # the VA's Medical Reimbursement Technician bills insurers for care
            *(f"{post} {what}" for post in ("post", "posts", "posting") for what in ("payments", "co-payments")),
            "patient account",
            "patient accounts",
            # a hospital's or practice's bills to its patients: "patient accounting", "reproduce patient bills",
            # "delinquent self-pay accounts", "hospital billing experience"
            "patient accounting",
            *(f"{whose} {bill}" for whose in ("patient", "hospital") for bill in ("bill", "bills", "billing")),
            *(
                f"{pay} {what}"
                for pay in ("self-pay", "self pay")
                for what in ("account", "accounts", "balance", "balances")
            ),
            *(
                f"{claims} {what}"
                for claims in ("claim", "claims")
                for what in ("submission", "processing", "follow-up", "follow up", "denial", "denials")
            ),
            # the UK's patient record system, and the cancer data a trust reports
            "patient administration system",
            "patient administration systems",
            "cancer waiting times",
            "subject access request",  # the UK's name for a request under the right of access to records
            "subject access requests",
            "privacy officer",
            "chart review",
            "chart audit",
            "chart abstraction",
        ],
        description='"coding", "insurance claims", "patient administration system": the posting touches health '
        "information, enough to be in scope",
    ),
]


OTHER_WORK_SIGNALS = [
    OtherWorkSignal(
        name="animal-care",
        # a veterinary hospital's records: "a 24/7 emergency and specialty animal hospital", "referring veterinarians
        # and pet owners" (animals' records are not health-information work)
        pattern=r"\bveterinar(?:y|ians?)\b|\banimal\s+(?:hospital|clinic|health\s+cent(?:er|re))s?\b|\bpet\s+owners?\b",
        outweighs=["touches-records", "touches-records-and-claims"],
        description='"veterinary", "animal hospital", "pet owners": the patients are animals, whose "medical records" '
        "do not make the posting health-information work",
    ),
    OtherWorkSignal(
        name="clinical-registration",
        # the registers of the UK's clinical professions and the US's registered nurse: a posting that asks for one
        # is clinical work, whose "patient records" are part of the care
        pattern=r"\b(?:nmc|hcpc|gmc|gphc|gdc|rgn|rmn|rnld|babcp|bacp|ukcp)\b"
        r"|\bnursing\s+(?:and|&)\s+midwifery\s+council\b|\bhealth\s+(?:and|&)\s+care\s+professions\s+council\b"
        r"|\bgeneral\s+(?:medical|pharmaceutical|dental)\s+council\b"
        r"|\bregistered\s+(?:general\s+|mental\s+health\s+|learning\s+disabilit(?:y|ies)\s+|(?:sick\s+)?children['’]?s\s+"
        r"|adult\s+)?nurses?\b|\bregistered\s+(?:nursing|health\s*care)\s+professionals?\b"
        r"|\bregistered\s+(?:physiotherapist|paramedic|midwife|pharmacist|dietitian|radiographer|occupational\s+therapist"
        r"|practitioner)s?\b"
        # therapeutic work with patients ("plan therapeutic activities", "therapeutic engagement")
        r"|\btherapeutic\s+(?:activities|activity|engagement|interventions?|relationships?|groups?)\b",
        outweighs=["touches-records"],
        description='"NMC registration", "Registered Nurse", "HCPC registered", "therapeutic activities": clinical '
        'work, whose "patient records" do not make the posting health-information work (its "coding" still does)',
    ),
    OtherWorkSignal(
        name="other-office-title",
        in_title=True,
        # an office's work outside the field, named in the title ("EPR Configuration Analyst", "IT Project Support
        # Officer", "Workforce Planning Analyst", "Cyber Security Manager", "Complaints Investigation Officer",
        # "Programme Manager (Digital Transformation)", "Housekeeping Supervisor"), and no work of the field's beside
        # it ("Health Records Project Manager", "Data Quality Officer", "EPR Data Quality Lead", "Coding Auditor")
        pattern=r"\A(?![^\n]*\b(?:"
        + "|".join(_FIELD_WORK_IN_TITLE)
        + r")\b)[^\n]*?\b(?:"
        + "|".join(_OTHER_OFFICE_WORK)
        + r")\b",
        outweighs=["touches-records", "touches-records-and-claims"],
        description='"EPR Configuration Analyst", "Workforce Planning Analyst", "Housekeeping Supervisor" as the '
        'title: an office\'s work outside the field, whose "patient records", "information governance" or "coding" '
        "(a developer's, a cleaner's \"colour coding\") do not make the posting health-information work",
    ),
    OtherWorkSignal(
        name="clinical-title",
        in_title=True,
        # the title names a clinical or other trade ("Band 5 Staff Nurse", "Physiotherapist", "Consultant in
        # Histopathology", "Healthcare Assistant", "Domestic Cleaner", "Mobile Developer"), and no work of the field's
        # or an office's beside it ("Medical Secretary to the Consultant Psychiatrists", "Nurse Coder", "Ward Clerk")
        pattern=r"\A(?![^\n]*\b(?:" + "|".join(_OFFICE_WORK) + r")\b)[^\n]*?\b(?:" + "|".join(_OTHER_TRADES) + r")\b",
        outweighs=["touches-records", "touches-records-and-claims"],
        description='"Staff Nurse", "Physiotherapist", "Consultant in Histopathology", "Mobile Developer" as the '
        'title: clinical or other work, whose "patient records" or "coding" (a cleaner\'s "colour coding", a '
        "developer's) do not make the posting health-information work",
    ),
]

#: Words postings shorten with a full stop that ends no sentence: "Minimum of 4 yrs. professional-fee coding exp.,
#: including 1-2 yrs auditing" is one sentence (the share "including 1-2 yrs" is read against the 4); so are "6 mos.
#: of coding experience", "Assoc. degree in HIT preferred" and "Coding certification (CPC, CCA, etc.) is not
#: required".
ABBREVIATIONS = [
    Abbreviation(
        name="postings-abbreviations",
        words=["yrs", "yr", "mos", "exp", "min", "approx", "incl", "req", "assoc"],
        description='"4 yrs. of coding exp., including ...", "Assoc. degree": no sentence ends at their full stop',
    ),
    Abbreviation(
        name="etc-inside-a-sentence",
        words=["etc"],
        only_before=")],;:",
        before_lower_case=True,
        description='"etc." ends a sentence as often as not, but not before a bracket, a comma or a word in lower case'
        " that goes on",
    ),
]


@hookimpl
def screener_context_rules():
    return [
        *STRENGTH_CUES,
        *SECTION_HEADINGS,
        *DISMISSALS,
        *ANY_OF_CUES,
        *OTHER_RULES,
        *CONNECTIVES,
        *FIELD_SIGNALS,
        *OTHER_WORK_SIGNALS,
        *ABBREVIATIONS,
    ]
