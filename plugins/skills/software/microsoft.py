"""Microsoft Office and its Excel, Word, Outlook, PowerPoint, Access and Teams; O*NET lists MS Office/Excel/Word/Outlook
as In Demand [O2].

"excel" is also a verb ("you will excel in ..."): see the Excel ``lookalikes``.
Word and Outlook are not read as Office. As aliases only their full names count ("Microsoft Word", "MS Outlook"):
aliases match in any case, and "word" and "outlook" are ordinary words. Named alone in a list with another
Microsoft product ("Microsoft Word, Excel and Outlook", "Microsoft Outlook, Word", "word, excel and outlook") they
are found by ``screener_extract`` below, as are "Access", "Office" and "Teams" so listed ("Microsoft Windows and
Office Suite", "Office, Outlook, including Word", "Word, Excel, Teams and Outlook").
"""

import re

from screener_plugins.skills.software import ONET_OCCUPATION, ONET_TECHNOLOGY

from screener import Evidence, Lookalike, Skill, SkillRequirement, hookimpl

EXCEL = Skill(
    id="Microsoft-Excel",
    name="Microsoft Excel",
    category="software",
    aliases=["Excel", "MS Excel", "MS-Excel"],
    lookalikes=[
        Lookalike(
            meaning="the verb 'excel'",
            aliases=["excel", "Excel", "EXCEL"],
            cues=[
                "excel in ",
                "excel at ",
                # not "Outlook, Word, Excel as well as internal NHS systems"
                "excel as a ",
                "excel as an ",
                "to excel",
                "will excel",
                "can excel",
                "who excel",
                "you excel",
                "we excel",
                "they excel",
                "currently excel",
                "excel your",
                # "You'll excel here if you like checklists"
                "'ll excel",
                "’ll excel",
                "excel here",
                "would excel",
            ],
        )
    ],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION],
)


def _as_written(names: list[str]) -> list[str]:
    """The ways postings write each name: as given, lower case, upper case, and with only its first word capitalised
    ("Microsoft teams", "Microsoft TEAMS"). A lookalike's aliases are compared with the mention as written."""
    forms = []
    for name in names:
        first, _, rest = name.partition(" ")
        forms += [name, name.lower(), name.upper(), f"{first} {rest.lower()}", f"{first} {rest.upper()}"]
    return list(dict.fromkeys(forms))


# UK postings name the suite by what it is: "an excellent knowledge of Microsoft applications", "Proficient in all
# Microsoft programmes"
_SUITE_DESCRIBED = [
    "Microsoft applications",
    "MS applications",
    "Microsoft packages",
    "MS packages",
    "Microsoft programmes",
    "MS programmes",
    "Microsoft programs",
    "Microsoft software",
    "Microsoft products",
]
OFFICE = Skill(
    id="Microsoft-Office",
    name="Microsoft Office",
    category="software",
    aliases=[
        "MS Office",
        "MS-Office",
        "Microsoft Office Suite",
        # the French "Pack Office", as French postings and machine translations of them write it
        "Pack Office",
        "MS Office Suite",
        "Office 365",
        "Microsoft 365",
        *_SUITE_DESCRIBED,
    ],
    lookalikes=[
        # "knowledge of Microsoft programmes such as word and outlook": the programs named are what is asked
        Lookalike(
            meaning="the kind of program the examples after it are",
            aliases=_as_written(_SUITE_DESCRIBED),
            cues=[f"{suite} {example}" for suite in _SUITE_DESCRIBED for example in ("such as", "e.g", "eg", "like")],
        )
    ],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION],
)


WORD = Skill(
    id="Microsoft-Word",
    name="Microsoft Word",
    category="software",
    aliases=["MS Word", "MS-Word"],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION],
)
OUTLOOK = Skill(
    id="Microsoft-Outlook",
    name="Microsoft Outlook",
    category="software",
    aliases=["MS Outlook", "MS-Outlook"],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION],
)
# PowerPoint and Access have no primary source checked (unverified); postings name them with Word and Excel.
# "PowerPoint" is no ordinary word; "Access" is, so only its full names count.
POWERPOINT = Skill(
    id="Microsoft-PowerPoint",
    name="Microsoft PowerPoint",
    category="software",
    aliases=["PowerPoint", "Power Point", "MS PowerPoint", "MS-PowerPoint"],
)
ACCESS = Skill(id="Microsoft-Access", name="Microsoft Access", category="software", aliases=["MS Access", "MS-Access"])
# Teams (unverified, like PowerPoint): UK postings ask for it beside Word and email since 2020 ("spreadsheets, word,
# email and Microsoft teams"). "teams" is an ordinary word, so only its full names count. Most postings that name it
# say how the employer will meet the candidate: "Interviews will be held remotely via Microsoft Teams".
TEAMS = Skill(
    id="Microsoft-Teams",
    name="Microsoft Teams",
    category="software",
    aliases=["Microsoft Teams", "MS Teams"],
    lookalikes=[
        Lookalike(
            meaning="how the employer meets the candidate or the team, not a tool the candidate must know",
            aliases=_as_written(["Microsoft Teams", "MS Teams"]),
            # words of the sentence that say so; not "through", "online" or "via" alone ("competency through
            # experience in ... Microsoft teams", "online platforms, particularly MS Teams")
            cues=[
                "interview",
                "recruitment",
                "shortlist",
                "held",
                "conducted",
                "carried out",
                "take place",
                "taking place",
                "via microsoft",
                "via ms",
                "over microsoft",
                "over ms",
                "on microsoft teams",
                "on ms teams",
                "visit",
                "discuss",
                "phone",
                "telephone",
                "zoom",
                "skype",
                "session",
                "meeting",
                "download",
                "remote",
                "virtual",
            ],
        )
    ],
)


@hookimpl
def screener_skills():
    return [EXCEL, OFFICE, WORD, OUTLOOK, POWERPOINT, ACCESS, TEAMS]


# "Word", "Outlook" or "Access" written alone as an item of a list whose other items name Microsoft products:
# "Microsoft Word, Excel and Outlook", "Microsoft Outlook, Word", "including Outlook, Word, Excel", "EMIS, Gmail; Word;
# Excel".
# Capitalised, any Microsoft product beside it will do when "Microsoft", "MS", "Excel" or "PowerPoint" is near; in
# lower case ("word, excel and outlook", "word and outlook") the item beside it must be one that is no ordinary word:
# Excel, PowerPoint, Word or Outlook.
# Either way "word processing" is the skill, not the program.
# Each name is looked for in the lower-case text by a pattern that starts with its plain letters, which the search
# skips to: "word" is in most postings ("words", "password"), and a pattern tried at every position costs far more.
# "Access" counts only capitalised and not as "Access to ...": "access" is an ordinary word in any list, so it is looked
# for in the text as written. Each: (pattern, whether it is searched in the text as written, id).
_ALONE = (
    (re.compile(r"word\b(?<!\wword)(?!\s*process)"), False, WORD.id),
    (re.compile(r"outlook\b(?<!\woutlook)"), False, OUTLOOK.id),
    (re.compile(r"Access\b(?<!\wAccess)(?!\s+to\b)"), True, ACCESS.id),
    # "General computer skills (Microsoft Windows and Office Suite ...)", "Knowledgeable of Office, Outlook, ..."
    (re.compile(r"Office\b(?<!\wOffice)(?!\s+365)"), True, OFFICE.id),
    # "MS office packages such as Word, Excel, Teams and Outlook", "able to use Teams, Outlook, Word, Excel":
    # capitalised, as "Access" is ("MDT teams" and "Teams" of people are ordinary words)
    (re.compile(r"Teams\b(?<!\wTeams)"), True, TEAMS.id),
)
# The names looked for only as written, capitalised: a posting without one of them (and without "word" or "outlook")
# has nothing for ``screener_extract``
_NAMES_AS_WRITTEN = ("Access", "Office", "Teams")
_LIST_GAP = r"(?:[ \t]*[,;][ \t]*(?:and[ \t]+|&[ \t]+)?|[ \t]+(?:and|&|or)[ \t]+|[ \t]*/[ \t]*)"
# ... "Power Point" written in two words too: "Word, Excel, Power Point, Access and Statistical Packages"
_PROGRAM = r"(?:Word|Outlook|Excel|Power[ \t]?Point|Access)"
_PRODUCT = rf"(?:{_PROGRAM}|Teams|Office|Windows)"
# ... or a space alone between two programs, where the page lost a comma: "MS Office, Excel Outlook, and Internet
# Explorer" (not after "Office": "Microsoft Office Teams" is one name)
_PRODUCT_BEFORE = re.compile(rf"(?:{_PRODUCT}{_LIST_GAP}|{_PROGRAM}[ \t]+)\Z")
_PRODUCT_AFTER = re.compile(rf"{_LIST_GAP}(?:Microsoft[ \t]+|MS[ \t]+)?{_PRODUCT}\b|[ \t]+{_PROGRAM}\b")
_MICROSOFT = re.compile(r"\b(?:Microsoft|MS|Excel|Power[ \t]?Point)\b")
_NAMED_PRODUCT = r"(?:word(?!\s*process)|outlook|excel|power[ \t]?point)"
_NAMED_BEFORE = re.compile(rf"\b{_NAMED_PRODUCT}{_LIST_GAP}\Z", re.I)
_NAMED_AFTER = re.compile(rf"{_LIST_GAP}(?:microsoft[ \t]+|ms[ \t]+)?{_NAMED_PRODUCT}\b", re.I)


@hookimpl
def screener_extract(doc, posting):
    """Word, Outlook, Access, Office and Teams named alone in a list of Microsoft products; the context gives their
    strength."""
    text = posting.text
    lower = doc._.screener.lower
    holds = doc._.screener.holds
    if not holds("word") and not holds("outlook") and not any(name in text for name in _NAMES_AS_WRITTEN):
        return []
    found = []
    for pattern, in_text, skill_id in _ALONE:
        for match in pattern.finditer(text if in_text else lower):
            start, end = match.span()
            if text[max(0, start - 10) : start].rstrip().endswith(("Microsoft", "MS")):
                continue  # "Microsoft Word": the alias names it
            if (
                _listed_with_microsoft(text, start, end)
                or _listed_with_named_product(text, start, end)
                or (skill_id == ACCESS.id and _named_by_its_kind(text, start, end))
            ):
                found.append(SkillRequirement(kind="software", id=skill_id, mention=Evidence.of(text, start, end)))
    return sorted(found, key=lambda requirement: requirement.mention.start)


# ... or in parentheses that open right after the suite's name: "Proficiency in MS Office (Excel pivot tables, Word)"
_IN_THE_SUITE_S_ASIDE = re.compile(r"\b(?:Microsoft|MS)[ \t]+Office[ \t]*\([^()\n]*\Z")


def _listed_with_microsoft(text, start, end):
    """Capitalised, beside another Microsoft product, with Microsoft named near: "Microsoft Outlook, Word"."""
    if not text[start].isupper():
        return False
    if _IN_THE_SUITE_S_ASIDE.search(text, max(0, start - 60), start):
        return True
    listed = _PRODUCT_BEFORE.search(text, max(0, start - 30), start) or _PRODUCT_AFTER.match(text, end)
    return bool(listed) and _MICROSOFT.search(text, max(0, start - 80), end + 80) is not None


# "Access databases" names the program by what it makes, after a word in lower case: "using SQL and Access databases";
# not a name of which "Access" is a part ("Patient Access database", "Open Access databases"), nor the verb that opens
# a sentence or a duty ("Access databases to ...")
_DATABASES_AFTER = re.compile(r"[ \t]+databases?\b")
_LOWER_CASE_WORD_BEFORE = re.compile(r"\b[a-z][\w-]*[ \t]+\Z")


# ... or listed right after SQL, the other database tool analysts name: "analysis techniques such as SQL, Access, Pivot
# Tables" (not before it: "Access, SQL training and ..." may be the ordinary word opening a list)
_SQL_BEFORE = re.compile(rf"\bSQL(?:[ \t]+Server)?{_LIST_GAP}\Z")


def _named_by_its_kind(text, start, end):
    """Capitalised "Access" before "database(s)" after a word in lower case ("SQL and Access databases"), or listed
    right after SQL ("SQL, Access, Pivot Tables")."""
    if _SQL_BEFORE.search(text, max(0, start - 30), start):
        return True
    return bool(_DATABASES_AFTER.match(text, end)) and bool(
        _LOWER_CASE_WORD_BEFORE.search(text, max(0, start - 30), start)
    )


def _listed_with_named_product(text, start, end):
    """In any case, beside a product whose name is no ordinary word: "word, excel and outlook", "word and outlook"."""
    return bool(_NAMED_BEFORE.search(text, max(0, start - 30), start) or _NAMED_AFTER.match(text, end))
