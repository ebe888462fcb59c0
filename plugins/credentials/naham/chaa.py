"""CHAA: Certified Healthcare Access Associate (NAHAM), for patient access staff."""

from screener_plugins.credentials.naham import NAHAM, NAHAM_ELIGIBILITY, exam, schooling

from screener import Credential, Prerequisite, hookimpl

CHAA = Credential(
    id="CHAA",
    name="Certified Healthcare Access Associate",
    issuer=NAHAM,
    aliases=["NAHAM CHAA"],
    prerequisites=[
        schooling("30 professional development contact hours in the past two years", "an associate degree or higher"),
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
        exam("CHAA"),
    ],
    implies_education="high_school",
    url=NAHAM_ELIGIBILITY,
    sources=[NAHAM_ELIGIBILITY],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CHAA]
