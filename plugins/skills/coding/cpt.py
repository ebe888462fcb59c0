"""CPT: Current Procedural Terminology (AMA), also HCPCS Level I.

Category I codes are 5-digit services, II performance-measure tracking, III
temporary emerging-technology codes [S5]; CPT is HCPCS Level I [S4].

"CPT" is also the Curricular Practical Training of US student visas
("CPT/OPT"): see ``lookalikes``.
"""

from screener_plugins.skills.coding import HCPCS_RECORD_LAYOUT

from screener import Lookalike, Skill, hookimpl

CPT_CATEGORIES = "https://www.verywellhealth.com/cpt-codes-by-category-2317119"
CPT_III = "http://www.psite.org/technology/ict-technology/cpt-iii-codes-temporary-codes-for-emerging-technologies.html"

CPT = Skill(
    id="CPT",
    name="Current Procedural Terminology",
    category="coding_system",
    aliases=["CPT-4", "CPT4", "CPT®", "HCPCS Level I", "HCPCS Level 1"],
    lookalikes=[
        Lookalike(
            meaning="Curricular Practical Training (US student work authorisation); a certified personal trainer",
            aliases=["CPT"],
            cues=[
                "visa",
                "curricular",
                "work authori",
                "F-1",
                "OPT ",
                "OPT,",
                "OPT.",
                "OPT)",
                "OPT/",
                "personal trainer",
                "personal training",
                "cognitive processing",
                "CBT",
                "DBT",
                "EMDR",
            ],
        )
    ],
    sources=[CPT_CATEGORIES, CPT_III, HCPCS_RECORD_LAYOUT],
)


@hookimpl
def screener_skills():
    return [CPT]
