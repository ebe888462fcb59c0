"""APC: Ambulatory Payment Classifications, the OPPS outpatient payment groups; core knowledge for the COC.

"APC" is also an advanced practice clinician, an antigen-presenting cell,
a gene and the NHS's admitted patient care dataset; see ``lookalikes``. "OPPS" is not an alias: it is the payment
system, not the grouping.
"""

from screener import Lookalike, Skill, hookimpl

COC_OVERVIEW = "http://transcodecpc.com/certified-outpatient-coder/"

APC = Skill(
    id="APC",
    name="Ambulatory Payment Classification",
    category="coding_system",
    aliases=["APCs", "Ambulatory Payment Classifications"],
    lookalikes=[
        Lookalike(
            meaning="advanced practice clinician (NP/PA)",
            aliases=["APC", "APCs"],
            # ... counted beside the doctors: "12 orthopaedic surgeons and 4 APCs across three offices"
            cues=[
                "advanced practice",
                "clinician",
                "nurse practitioner",
                "physician assistant",
                "surgeons and",
                "physicians and",
                "providers and",
            ],
        ),
        Lookalike(
            meaning="antigen-presenting cell, the APC gene, a UPS brand",
            aliases=["APC", "APCs"],
            cues=["antigen", "gene", "mutation", "polyposis", "battery", "uninterruptible"],
        ),
        Lookalike(
            meaning="admitted patient care, a dataset of the NHS's Secondary Uses Service (SUS)",
            aliases=["APC"],
            cues=[
                "admitted patient care",
                "secondary uses service",
                "ECDS",
                "commissioning data set",
                "hospital episode statistics",
            ],
        ),
    ],
    sources=[COC_OVERVIEW],
)


@hookimpl
def screener_skills():
    return [APC]
