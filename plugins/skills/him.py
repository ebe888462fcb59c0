"""Health-information-management skills named in postings (category ``skill``; ids in snake_case).

From the reference's education and O*NET sections and from postings: the
coursework coders are expected to have (terminology, A&P,
pathophysiology, pharmacology, as in AHIMA's recommended CCS coursework
[A1]) and the HIM work itself (abstracting, release of information, chart
deficiency analysis, CDI, coding compliance, HIPAA).

Short forms that collide have ``lookalikes``: "A&P" (also an aircraft
mechanic's airframe and powerplant licence), "ROI" (return on investment,
region of interest), "CDI" (C. difficile infection).
"""

from screener import Lookalike, Skill, hookimpl

CCS_PAGE = "https://ahima.org/certification-careers/certifications-overview/ccs"
ONET_OCCUPATION = "https://onetonline.org/find/match/2/29-2072.00"
NCRA_ABOUT = "https://www.ncra-usa.org/About/What-is-NCRA"


def _skill(
    id_: str, name: str, aliases: list[str], sources: list[str], lookalikes: list[Lookalike] | None = None
) -> Skill:
    return Skill(id=id_, name=name, category="skill", aliases=aliases, sources=sources, lookalikes=lookalikes or [])


SKILLS = [
    _skill("medical_terminology", "Medical Terminology", [], [CCS_PAGE]),
    _skill(
        "anatomy_physiology",
        "Anatomy and Physiology",
        ["anatomy & physiology", "anatomy/physiology", "anatomy, physiology", "A&P"],
        [CCS_PAGE],
        lookalikes=[
            Lookalike(
                meaning="an aircraft mechanic's airframe and powerplant (A&P) licence",
                aliases=["A&P"],
                cues=["airframe", "powerplant", "aircraft", "aviation", "FAA"],
            )
        ],
    ),
    _skill("pathophysiology", "Pathophysiology", ["disease processes"], [CCS_PAGE]),
    _skill("pharmacology", "Pharmacology", [], [CCS_PAGE]),
    _skill(
        "abstracting",
        "Abstracting",
        ["case abstracting", "chart abstracting", "cancer abstracting", "abstracting cases"],
        [NCRA_ABOUT, ONET_OCCUPATION],
    ),
    _skill(
        "data_abstraction",
        "Data Abstraction",
        ["clinical data abstraction", "chart abstraction", "quality data abstraction", "core measure abstraction"],
        [ONET_OCCUPATION],
    ),
    _skill(
        "release_of_information",
        "Release of Information",
        ["release-of-information", "ROI", "ROI specialist"],
        [ONET_OCCUPATION],
        lookalikes=[
            Lookalike(
                meaning="return on investment; region of interest (imaging)",
                aliases=["ROI"],
                cues=["return on", "investment", "financial", "business case", "savings", "region of interest"],
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
