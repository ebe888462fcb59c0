"""E/M: evaluation and management services, CPT 99202-99499.

Office codes moved to selection by medical decision making or time on 1 Jan
2021 (99201 deleted), extended to hospital, ED and other settings in 2023
[S10]. "EM" alone is not an alias: it is emergency medicine.
"""

from screener import Lookalike, Skill, hookimpl

AAFP_EM = "https://www.aafp.org/pubs/fpm/issues/2022/0100/p26.html"
EM_REVOLUTION = "https://physiciancodingguide.com/chapters/ch03-em-revolution"

EM = Skill(
    id="E/M",
    name="Evaluation and Management",
    category="coding_system",
    aliases=["E&M", "E & M", "E/M coding", "Evaluation & Management", "E/M leveling", "E&M leveling"],
    lookalikes=[
        Lookalike(
            meaning="electrical/mechanical (facilities, engineering)",
            aliases=["E/M", "E&M", "E & M"],
            cues=["electrical", "mechanical", "electromagnetic", "engineering", "manufacturing"],
        )
    ],
    sources=[AAFP_EM, EM_REVOLUTION],
)


@hookimpl
def screener_skills():
    return [EM]
