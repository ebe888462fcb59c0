"""CHAM: Certified Healthcare Access Manager (NAHAM), for patient access managers."""

from screener_plugins.credentials.naham import NAHAM, NAHAM_ELIGIBILITY, exam, schooling

from screener import Credential, Prerequisite, hookimpl

CHAM = Credential(
    id="CHAM",
    name="Certified Healthcare Access Manager",
    issuer=NAHAM,
    aliases=["NAHAM CHAM"],
    prerequisites=[
        schooling(
            "90 professional development contact hours in the past three years",
            "a four-year degree in healthcare, business or a related field",
        ),
        Prerequisite(
            kind="experience",
            description="Two years of management experience in the healthcare or finance industry",
            years=2,
            source=NAHAM_ELIGIBILITY,
            verified=False,
        ),
        exam("CHAM"),
    ],
    implies_education="high_school",
    url=NAHAM_ELIGIBILITY,
    sources=[NAHAM_ELIGIBILITY],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CHAM]
