"""CHAA: Certified Healthcare Access Associate (NAHAM), for patient access staff."""

from screener_plugins.credentials.naham import NAHAM, NAHAM_ELIGIBILITY

from screener import Credential, Prerequisite, hookimpl

CHAA = Credential(
    id="CHAA",
    name="Certified Healthcare Access Associate",
    issuer=NAHAM,
    aliases=["NAHAM CHAA"],
    prerequisites=[
        Prerequisite(
            kind="education",
            description="High school diploma or GED, with 30 professional development contact hours in the past two "
            "years unless the candidate holds an associate degree or higher",
            education="high_school",
            source=NAHAM_ELIGIBILITY,
            verified=False,
        ),
        Prerequisite(
            kind="experience",
            description="One year in the healthcare or finance industry",
            years=1,
            route="experience",
            source=NAHAM_ELIGIBILITY,
            verified=False,
        ),
        Prerequisite(
            kind="education",
            description="A NAHAM-accredited college program in healthcare, completed",
            education="certificate",
            route="program",
            source=NAHAM_ELIGIBILITY,
            verified=False,
        ),
        Prerequisite(kind="exam", description="Pass the NAHAM CHAA exam", source=NAHAM_ELIGIBILITY),
    ],
    implies_education="high_school",
    url=NAHAM_ELIGIBILITY,
    sources=[NAHAM_ELIGIBILITY],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CHAA]
