"""NDC: National Drug Code (FDA), a 10-digit, 3-segment drug product identifier.

11 digits on claims (unverified) [S9]. "NDC" is also a national
distribution center and a country's nationally determined contribution
(climate): see ``lookalikes``.
"""

from screener_plugins.skills.coding import CODES_ESSAY

from screener import Lookalike, Skill, hookimpl

NDC = Skill(
    id="NDC",
    name="National Drug Code",
    category="coding_system",
    aliases=["NDCs", "National Drug Codes"],
    lookalikes=[
        Lookalike(
            meaning="national distribution center; nationally determined contribution",
            aliases=["NDC", "NDCs"],
            cues=[
                "distribution",
                "warehouse",
                "logistics",
                "climate",
                "emission",
                "nationally determined",
                "neurodevelopment",
                "autism",
                "ADHD",
            ],
        )
    ],
    sources=[CODES_ESSAY],
)


@hookimpl
def screener_skills():
    return [NDC]
