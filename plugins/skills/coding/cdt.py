"""CDT: Current Dental Terminology (ADA), the dental procedure ("D") codes.

Carried in HCPCS Level II as the D series [S4]. "CDT" is also Central
Daylight Time in a posting's schedule line: see ``lookalikes``.
"""

from screener_plugins.skills.coding import HCPCS_RECORD_LAYOUT

from screener import Lookalike, Skill, hookimpl

CDT = Skill(
    id="CDT",
    name="Current Dental Terminology",
    category="coding_system",
    lookalikes=[
        Lookalike(
            meaning="Central Daylight Time",
            aliases=["CDT"],
            cues=[
                "central",
                "daylight",
                "time zone",
                "timezone",
                "a.m.",
                "p.m.",
                "am ",
                "pm ",
                "am-",
                "pm-",
                "am–",
                "pm–",
                "shift",
                "monday",
                "friday",
                "MRSA",
                "MSSA",
                "child development",
                "CAMHS",
            ],
        )
    ],
    sources=[HCPCS_RECORD_LAYOUT],
)


@hookimpl
def screener_skills():
    return [CDT]
