"""OPCS-4: OPCS Classification of Interventions and Procedures, the UK NHS procedure classification.

Used by NHS clinical coders with ICD-10 (diagnoses); a mandatory NHS data
standard, maintained by NHS England (formerly NHS Digital). Not in the
reference table (a UK system); sources are NHS Connecting for Health's
background page and the encyclopedia article.
"""

from screener import Skill, hookimpl

NHS_BACKGROUND = (
    "http://www.connectingforhealth.nhs.uk/systemsandservices/data/clinicalcoding/codingstandards/opcs4/background"
)
WIKIPEDIA = "https://en.wikipedia.org/wiki/OPCS-4"

OPCS4 = Skill(
    id="OPCS-4",
    name="OPCS Classification of Interventions and Procedures",
    category="coding_system",
    aliases=["OPCS", "OPCS4", "OPCS 4", "OPCS-4.10", "OPCS 4.10"],
    sources=[NHS_BACKGROUND, WIKIPEDIA],
)


@hookimpl
def screener_skills():
    return [OPCS4]
