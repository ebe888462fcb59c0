"""Microsoft Office and its Excel, Word and Outlook; O*NET lists MS Office/Excel/Word/Outlook as In Demand [O2].

"excel" is also a verb ("you will excel in ..."): see the Excel ``lookalikes``.
Word and Outlook are not read as Office, and only by their full names ("Microsoft Word", "MS Outlook"):
alone, "word" and "outlook" are ordinary words (aliases match in any case).
"""

from screener_plugins.skills.software import ONET_OCCUPATION, ONET_TECHNOLOGY

from screener import Lookalike, Skill, hookimpl

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
            ],
        )
    ],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION],
)
OFFICE = Skill(
    id="Microsoft-Office",
    name="Microsoft Office",
    category="software",
    aliases=[
        "MS Office",
        "MS-Office",
        "Microsoft Office Suite",
        "MS Office Suite",
        "Office 365",
        "Microsoft 365",
        # UK postings name the suite by what it is: "an excellent knowledge of Microsoft applications"
        "Microsoft applications",
        "MS applications",
        "Microsoft packages",
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


@hookimpl
def screener_skills():
    return [EXCEL, OFFICE, WORD, OUTLOOK]
