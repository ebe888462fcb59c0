"""Microsoft Excel and Microsoft Office; O*NET lists MS Office/Excel as Hot and In Demand [O2].

"excel" is also a verb ("you will excel in ..."): see the Excel ``lookalikes``.
Word and Outlook are not read as Office.
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
                "excel as ",
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


@hookimpl
def screener_skills():
    return [EXCEL, OFFICE]
