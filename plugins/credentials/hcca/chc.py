"""CHC: Certified in Healthcare Compliance (HCCA / CCB).

"CHC" is also a community health center: see ``lookalikes``.
"""

from screener_plugins.credentials.hcca import CCB_ELIGIBILITY, HCCA, eligibility

from screener import Credential, Lookalike, hookimpl

CHC = Credential(
    id="CHC",
    name="Certified in Healthcare Compliance",
    issuer=HCCA,
    aliases=["HCCA CHC", "CCB CHC"],
    prerequisites=eligibility("CHC", "healthcare compliance"),
    lookalikes=[
        Lookalike(
            meaning="community health center, Community HealthChoices (Pennsylvania Medicaid), "
            "NHS Continuing Healthcare (UK)",
            aliases=["CHC"],
            cues=[
                "community health cent",
                "health center",
                "health centre",
                "federally qualified",
                "FQHC",
                "healthchoices",
                "health choices",
                "continuing healthcare",
                "continuing health care",
                "NHS",
            ],
        )
    ],
    sources=[CCB_ELIGIBILITY],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CHC]
