"""Health-information-management skills named in postings (category ``skill``; ids in snake_case).

From the reference's education and O*NET sections and from postings: the
coursework coders are expected to have (terminology, A&P,
pathophysiology, pharmacology, as in AHIMA's recommended CCS coursework
[A1]) and the HIM work itself (abstracting, release of information, chart
deficiency analysis, CDI, coding compliance, HIPAA).

The work itself is also found when it is named by what is done, not by the
skill's name ("abstract patients' health records", "requests for protected
health information", "coding audits"): ``screener_extract``.

Short forms that collide have ``lookalikes``: "A&P" (also an aircraft
mechanic's airframe and powerplant licence), "ROI" (return on investment,
region of interest), "CDI" (C. difficile infection).
"""

import re

from screener import Evidence, Lookalike, Skill, SkillRequirement, hookimpl

CCS_PAGE = "https://ahima.org/certification-careers/certifications-overview/ccs"
ONET_OCCUPATION = "https://onetonline.org/find/match/2/29-2072.00"
NCRA_ABOUT = "https://www.ncra-usa.org/About/What-is-NCRA"


def _skill(
    id_: str, name: str, aliases: list[str], sources: list[str], lookalikes: list[Lookalike] | None = None
) -> Skill:
    return Skill(id=id_, name=name, category="skill", aliases=aliases, sources=sources, lookalikes=lookalikes or [])


SKILLS = [
    _skill(
        "medical_terminology",
        "Medical Terminology",
        # a specialty's terms are medical terminology too: "knowledge of cancer terminology"
        ["medical terms", "clinical terminology", "cancer terminology", "oncology terminology"],
        [CCS_PAGE],
    ),
    _skill(
        "anatomy_physiology",
        "Anatomy and Physiology",
        [
            "anatomy & physiology",
            "anatomy/physiology",
            "anatomy, physiology",
            "anatomy, and physiology",
            "A&P",
            "human anatomy",
        ],
        [CCS_PAGE],
        lookalikes=[
            Lookalike(
                meaning="an aircraft mechanic's airframe and powerplant (A&P) licence",
                aliases=["A&P"],
                cues=["airframe", "powerplant", "aircraft", "aviation", "FAA"],
            )
        ],
    ),
    _skill("pathophysiology", "Pathophysiology", ["disease processes", "disease process"], [CCS_PAGE]),
    _skill(
        "pharmacology",
        "Pharmacology",
        [],
        [CCS_PAGE],
        lookalikes=[
            Lookalike(
                meaning="the medical specialty Clinical Pharmacology and Therapeutics, a doctor's field",
                aliases=["Pharmacology", "pharmacology"],
                cues=["clinical pharmacology and therapeutics", "clinical pharmacology & therapeutics"],
            )
        ],
    ),
    _skill(
        "abstracting",
        "Abstracting",
        ["case abstracting", "chart abstracting", "cancer abstracting", "abstracting cases"],
        [NCRA_ABOUT, ONET_OCCUPATION],
    ),
    Skill(
        id="data_abstraction",
        name="Data Abstraction",
        category="skill",
        aliases=[
            "clinical data abstraction",
            "chart abstraction",
            "quality data abstraction",
            "core measure abstraction",
            # a health plan's quality measures: "HEDIS hybrid medical record abstraction", "capture HEDIS supplemental
            # data" (not a review of records alone, "HEDIS medical record review", nor a tool's kind, "HEDIS
            # abstraction platforms")
            "medical record abstraction",
            "HEDIS supplemental data",
        ],
        # abstracting clinical data for reviews is abstracting: a posting that asks for abstracting is met by it
        broader=["abstracting"],
        sources=[ONET_OCCUPATION],
    ),
    _skill(
        "release_of_information",
        "Release of Information",
        [
            "release-of-information",
            "ROI",
            "ROI specialist",
            "release of patient information",
            "release of health information",
            "release of medical information",
        ],
        [ONET_OCCUPATION],
        lookalikes=[
            Lookalike(
                meaning="return on investment; region of interest (imaging)",
                aliases=["ROI"],
                # ... a figure's: "the program returned an ROI of more than 6:1"
                cues=[
                    "return on",
                    "investment",
                    "financial",
                    "business case",
                    "savings",
                    "region of interest",
                    "an ROI of",
                    # "Present results and the ROI of improvement projects"
                    "the ROI of",
                    # ... what something yields: "apprenticeship delivers a real ROI", "a strong ROI"
                    "a real ROI",
                    "a strong ROI",
                    "a positive ROI",
                    "a measurable ROI",
                    "a solid ROI",
                    "a high ROI",
                    # ... what a client gets: "help them get a better ROI on every visit", "maximize ROI"
                    "a better ROI",
                    "a higher ROI",
                    "a greater ROI",
                    "a great ROI",
                    "a good ROI",
                    "the best ROI",
                    "maximize ROI",
                    "maximise ROI",
                    "improve ROI",
                ],
            )
        ],
    ),
    _skill(
        "chart_analysis",
        "Chart Analysis",
        [
            "deficiency analysis",
            "chart deficiency analysis",
            "record deficiency analysis",
            "chart deficiencies",
            "medical record analysis",
        ],
        [ONET_OCCUPATION],
    ),
    _skill(
        "clinical_documentation_improvement",
        "Clinical Documentation Improvement",
        ["clinical documentation integrity", "CDI", "documentation improvement"],
        [ONET_OCCUPATION],
        lookalikes=[
            Lookalike(
                meaning="Clostridioides difficile infection",
                aliases=["CDI"],
                cues=["difficile", "C. diff", "C.diff", "infection"],
            )
        ],
    ),
    _skill("coding_compliance", "Coding Compliance", [], [ONET_OCCUPATION]),
    _skill(
        "hipaa",
        "HIPAA",
        ["HIPPA", "Health Insurance Portability and Accountability Act"],
        [ONET_OCCUPATION],
    ),
]


@hookimpl
def screener_skills():
    return list(SKILLS)


# The work itself, named by what is done rather than by the skill's name: "abstract patients' health records",
# "requests for protected health information", "completeness of the health record", "coding audits". Lower-case
# patterns, searched in the posting's lower-case text only where one of their words is (most postings name no such
# work, and a substring test costs far less than a scan); each starts with a plain letter, which the regular
# expression engine skips to quickly. The screener reads their strength from the context.
WORK = (
    (
        # medical terminology with another kind's beside it: "General knowledge of medical and insurance terminology",
        # "medical, legal and insurance terminology"
        "medical_terminology",
        ("terminolog",),
        re.compile(
            r"medical(?<!\wmedical)\s*(?:,|and|&|/|or)\s*(?:[a-z]+,?\s+){1,3}?terminolog(?:y|ies)\b"
            # ... or a surgery centre's: "Strong knowledge of surgical terminology and anatomy"
            r"|surgical(?<!\wsurgical)\s+terminolog(?:y|ies)\b"
        ),
    ),
    (
        # knowing medications, by their name in a list of what to know: "disease processes and common medications",
        # "familiarity with laboratory values and immunosuppressive medications", "oncology drug therapies"
        "pharmacology",
        ("medication", "drug"),
        re.compile(
            r"(?:knowledge|familiarity|understanding|awareness)(?<!\wknowledge)(?<!\wfamiliarity)(?<!\wunderstanding)"
            r"(?<!\wawareness)\s+(?:of|with)\s+[^.;:\n]{0,100}?\b(?P<mention>(?:[a-z]+\s+)?medications"
            r"|(?:[a-z]+\s+)?drug\s+therap(?:y|ies))\b"
        ),
    ),
    (
        # abstracting for quality measures, a clinical registry or research: "Review and abstract medical records for
        # HEDIS hybrid measures", "abstract data into the NCDR Chest Pain-MI Registry", "abstract charts for the study"
        # (a cancer registry's abstracting is the broader skill's)
        "data_abstraction",
        ("abstract",),
        re.compile(
            r"(?P<mention>abstract(?<!\wabstract)(?:s|ed|ing)?)\b[^.;\n]{0,80}?\b(?:for|into|to|in)\s+(?:the\s+|our\s+)?"
            r"(?:[\w-]+\s+){0,3}?(?:hedis|core\s+measures?|quality\s+measures?|hybrid\s+measures?|ncdr|gwtg"
            r"|get\s+with\s+the\s+guidelines|nhsn|sts|research|stud(?:y|ies)|clinical\s+trials?)\b"
            # ... the measure's data as its object: "Abstract quality measure data (HEDIS and ACO quality measures)",
            # "abstract stroke core measures (STK and CSTK measure sets)"
            r"|(?P<mention2>abstract(?<!\wabstract)(?:s|ed|ing)?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:quality|core|hedis|hybrid)\s+measures?(?:\s+data)?\b"
        ),
    ),
    (
        "abstracting",
        ("abstract",),
        re.compile(
            # the verb with what is abstracted ("abstract required data elements", "abstracts patients' health
            # records", "abstracted on line"), not the noun ("presented abstracts") or "abstracted from shifts"
            # ... a list of what between: "Abstracts discharge disposition, attending physician and other required
            # data elements"
            r"abstract(?<!\wabstract)(?:s|ed|ing)?\b(?=[\w\s,'’/-]{0,80}?\b(?:data|information|records?|cases?"
            r"|charts?|elements?|details|on\s*line|from\s+(?:the\s+)?(?:health|medical|patient|source|clinical)))"
            r"|abstract(?<=,\sabstract)(?:s|ed)?\b"
            r"|abstract(?<=\band\sabstract)(?:s|ed)?\b(?=,|\s+(?:and|maintain|code|compile))"
        ),
    ),
    (
        "abstracting",
        ("regist",),
        # collecting a cancer registry's data: "facilitate collection of data for all cancers and enter this on the
        # Somerset Cancer Registry (SCR)", "collects patient level data for cancer registration"
        re.compile(
            r"collect(?<!\wcollect)(?:s|ed|ing|ion)?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?data\b[^.;\n]{0,80}?"
            r"\b(?:cancer|tumou?r)\s+regist(?:ry|ries|ration|er)\b"
        ),
    ),
    (
        "release_of_information",
        (
            "request",
            "disclos",
            "subject access",
            "subpoena",
            "release of",
            "releases information",
            "releasing information",
            "release copies",
            "releases copies",
            "releasing copies",
        ),
        re.compile(
            # (not a care team's "internal requests for records")
            r"requests?(?<!\wrequest)(?<!\wrequests)(?<!internal\srequest)(?<!internal\srequests)\s+for\s+"
            r"(?:(?:patient|copies\s+of|the|their)\s+)*"
            # ... or plain records: "the occasional legal request for records"
            r"(?:protected\s+health\s+information|phi|(?:medical|health)\s+(?:records?|reports?)|records)\b"
            r"(?!\s+to\s+(?:the|our|an?)\s+(?:[\w&/-]+\s+){0,4}?(?:team|department|office|unit|vendor|staff)\b)"
            # ... a resident's or a client's: "Process requests for resident health information", "requests for client
            # records" (a nursing home's, a treatment programme's)
            r"|requests?(?<!\wrequest)(?<!\wrequests)\s+for\s+(?:copies\s+of\s+)?(?:resident|client|member)s?['’]?\s+"
            r"(?:health\s+information|(?:health\s+|medical\s+)?records?)\b"
            # "Processing and completing medical report requests from patients or third parties"
            # (written to start with its letters, as the alternatives around it are: a first word of two choices is
            # tried at every "m" and "h" of the posting, which doubled this pattern's search)
            # ... copies of records, or access to them: "Process patient requests for copies of their records",
            # "processing requests for access to personal health information"
            # (not those handed on: "Route requests for copies of records to the Release of Information team")
            # ... "requests for access to and disclosure of personal health information"
            # ... "requests for a copy of their HIE record"
            r"|requests?(?<!\wrequest)(?<!\wrequests)\s+for\s+(?:copies\s+of|an?\s+copy\s+of|access\s+to)"
            r"(?:\s+(?:and|or)\s+(?:disclosure|release|copies)\s+of)?\s+(?:(?:their|the|patient|his"
            r"|her|personal|protected|medical|health)\s+)*(?:[a-z]{2,4}\s+)?(?:records?|health\s+information|phi)\b"
            r"(?!\s+to\s+(?:the|our|an?)\s+(?:[\w&/-]+\s+){0,4}?(?:team|department|office|unit|vendor|staff)\b)"
            r"|report(?:(?<=medical\sreport)|(?<=health\sreport))s?\s+requests?\b"
            r"|disclos(?<!\wdisclos)(?:e|ure|ures|ing)\s+(?:of\s+)?(?:protected\s+|personal\s+)?(?:health\s+information|phi)\b"
            # "Assures proper release of requested copies of medical records"
            r"|release(?<!\wrelease)\s+of\s+(?:requested\s+)?(?:copies\s+of\s+)?(?:the\s+)?(?:medical|health|patient)"
            r"\s+records?\b"
            r"|subject\s+access\s+requests?\b|subpoena"
            # "Releases information to individuals or agencies in accordance with regulations and statutes"; not to the
            # press
            r"|releas(?<!\wreleas)(?:es|ing)\s+information\s+to\s+(?:the\s+)?(?:individuals|agencies|patients|request[eo]rs"
            r"|third\s+parties|authori[sz]ed|insurance|attorneys|courts)\b"
            # "release copies of records to patients, attorneys and workers' comp adjusters"
            r"|releas(?<!\wreleas)(?:e|es|ing)\s+copies\s+of\s+(?:(?:the|their|medical|health|patient)\s+)*records?"
            r"(?=\s+to\b)"
            # "Respond to record requests from residents, families and third parties"; not a city's "public records
            # requests"
            # (written to start with its letters, which the search skips to, not with "\b")
            r"|records?(?<!\wrecord)(?<!\wrecords)(?<!public\srecord)(?<!public\srecords)(?<!open\srecord)"
            r"(?<!open\srecords)\s+requests?\b"
            # (not requests handed on: "record requests go to our ROI specialist")
            r"(?!\s+(?:go|are\s+(?:sent|routed|forwarded|passed|referred))\s+to\b)"
        ),
    ),
    (
        # "anatomy" alone names other things too ("anatomy scans", a department); asked as knowledge, it is this
        "anatomy_physiology",
        ("anatomy",),
        re.compile(
            # ... or a form's label: "Knowledge: Medical terminology, anatomy, and disease processes"
            r"(?:knowledge|understanding|grasp|command|familiarity)(?:\s+(?:of|with)|[ \t]*:)\s+"
            r"(?:[\w&/,'’-]+\s+){0,6}?(?P<mention>anatomy)\b(?!\s*(?:&|and|/|,)\s*physiology)"
            r"|(?:musculoskeletal|cardiovascular|cardiac|orthopedic|orthopaedic|human|basic)\s+(?P<mention2>anatomy)\b"
        ),
    ),
    (
        "chart_analysis",
        (
            "completeness",
            "records analysis",
            "record analysis",
            "deficienc",
            "quantitative",
            "qualitative",
            "for missing",
            "missing signature",
            "analyzed record",
            "analysed record",
        ),
        re.compile(
            r"(?:health|medical|patient)\s+records?\s+analysis\b"
            # "performs quantitative and qualitative analysis of inpatient, swing bed and ED records"
            r"|qua(?:ntitative|litative)\s+(?:(?:and|&|/)\s+qua(?:ntitative|litative)\s+)?(?:analysis|review)\s+of"
            r"\s+(?:[\w,/-]+\s+){0,6}?(?:records?|charts?)\b"
            r"|completeness\b[^.;\n]{0,60}?\b(?:health|medical|clinical|patient)\s+records?\b"
            # "Analyze discharged records for completeness", "Audit records for accuracy, completeness", "review
            # charts for completeness"; not "insurance verification records for completeness"
            r"|(?:(?:health|medical|clinical|patient|resident|discharged?|inpatient|outpatient)\s+records?"
            r"|(?:audit|review|analy[sz]e|check)(?:s|ing)?\s+(?:the\s+|all\s+)?records?|charts?)"
            r"\b[^.;\n]{0,60}?\b(?:for|to\s+(?:insure|ensure|assure|verify|check))\s+(?:[a-z]+,?\s+(?:and\s+)?){0,3}?"
            r"completeness\b"
            # "assign deficiencies to providers", "track record deficiencies"
            r"|deficienc(?<!\wdeficienc)(?:y|ies)\b[^.;\n]{0,40}?\b(?:providers?|physicians?|clinicians?|doctors?)\b"
            r"|(?:records?|charts?)\s+deficienc(?:y|ies)\b"
            # "Check charts after discharge for missing signatures and reports", "missing provider signatures"
            r"|(?:check|review|audit|analy[sz]e|scan)(?:s|ing|ed)?\s+(?:the\s+|all\s+|discharged?\s+)?(?:records?|charts?)"
            r"\b[^.;\n]{0,40}?\bfor\s+missing\b"
            r"|\bmissing\s+(?:provider|physician|doctor|clinician)\s+signatures?\b"
            # "track missing signatures, orders and assessments"
            r"|\b(?:track|tracks|tracking|follow\s+up\s+on)\s+missing\s+(?:provider\s+|physician\s+)?signatures?\b"
            # "Audits a monthly sample of analyzed records", "Audits a sample of each technician's record analysis"
            r"|\b(?:audit|review)(?:s|ing)?\s+(?:[\w'’-]+\s+){0,5}?(?:analy[sz]ed\s+records|records?\s+analysis)\b"
        ),
    ),
    (
        # "by ensuring initial medical charts are complete"; a pattern of its own, searched only in the postings that
        # say something "is complete" ("complete" alone is in most)
        "chart_analysis",
        (" are complete", " is complete"),
        re.compile(
            r"(?:(?:health|medical|clinical|patient|resident)\s+(?:records?|charts?)|charts)\s+(?:are|is)\s+complete\b"
        ),
    ),
    (
        "coding_compliance",
        ("audit", "compliance", "ncci", "correct coding", "coding follows", "coding complies"),
        re.compile(
            r"coding\s+(?:audits?|auditing|compliance)\b"
            # "ensures coding follows CMS, Apple Health and FQHC billing rules"
            r"|coding\s+(?:follows|complies\s+with)\s+(?:[\w,-]+\s+){0,6}?(?:rules|guidelines|regulations|requirements)\b"
            r"|audit(?<!\waudit)(?:s|ing)?\s+(?:of\s+)?(?:\w+\s+){0,2}?cod(?:ing|ed)\b"
            r"|compliance\s+with\s+(?:[\w,-]+\s+){0,6}?(?:coding|official)\s+(?:guidelines|rules|conventions)\b"
            # "Ensures compliance with the coding, guidelines, and billing rules"
            r"|compliance\s+with\s+(?:the\s+)?coding,\s+(?:[\w-]+,?\s+){0,3}?(?:guidelines|rules|conventions)\b"
            r"|ncci\b|correct\s+coding\s+initiative\b"
        ),
    ),
    # The same skill named by the compliance of others' coding; each a pattern of its own that starts with a word
    # the search skips to ("e" first would stop the search at most words of the posting)
    (
        "coding_compliance",
        ("ensur",),
        # "ensuring that staff are adhering to national and local coding standards"
        re.compile(
            r"ensur(?:e|es|ing)\s+(?:that\s+)?(?:all\s+)?(?:staff|coders|the\s+team|team\s+members|colleagues|others)"
            r"\s+(?:are\s+)?(?:adher\w*|compl(?:y|ies|ying)|follow\w*)\s+(?:to\s+|with\s+)?(?:[\w,-]+\s+){0,6}?"
            r"coding\s+(?:standards|guidelines|rules|conventions|polic(?:y|ies))\b"
        ),
    ),
    (
        # checking codes against Medicare's coverage rules: "check the ICD-10-CM codes on each order against the LCD's
        # covered diagnoses", "Verify LCD/NCD requirements", "validates diagnoses against NCD/LCD policies"
        "coding_compliance",
        ("lcd", "ncd", "coverage determination"),
        re.compile(
            r"(?:verif(?:y|ies|ying)|check(?:s|ing)?|validat(?:e|es|ing)|review(?:s|ing)?|compar(?:e|es|ing))\b"
            r"[^.;\n]{0,60}?(?:\bagainst\s+(?:the\s+)?(?:[\w'’/-]+\s+){0,2}?)?"
            r"(?:lcd|ncd|local\s+coverage\s+determination|national\s+coverage\s+determination)s?(?:['’]s)?\b"
        ),
    ),
    (
        "coding_compliance",
        ("accordance",),
        # "ensuring codes are accurate and sequenced correctly in accordance with government ... regulations"
        re.compile(r"cod(?:es|ing)\b[^.;\n]{0,60}?\bin\s+accordance\s+with\s+(?:[\w,-]+\s+){0,4}?regulations\b"),
    ),
)


@hookimpl
def screener_extract(doc, posting):
    """Skills named by the work: the mention is the words of the work, the strength comes from their context."""
    lower = doc._.screener.lower
    holds = doc._.screener.holds
    return [
        SkillRequirement(kind="skill", id=skill_id, mention=Evidence.of(posting.text, *_mention_span(match)))
        for skill_id, words, pattern in WORK
        if any(holds(word) for word in words)
        for match in pattern.finditer(lower)
    ]


def _mention_span(match):
    """The words a match names the skill with: a group called "mention..." when the pattern has one, else all of it."""
    for name, value in match.groupdict().items():
        if name.startswith("mention") and value is not None:
            return match.span(name)
    return match.span()
