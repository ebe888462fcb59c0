"""CHDS: Certified Healthcare Documentation Specialist (AHDI), above the RHDS.

The RHDS is a prerequisite, except that current CMTs may bypass it; passing
the CHDS relinquishes the RHDS [D2]. It replaced the "CMT" (Certified Medical
Transcriptionist; unverified), whose full name is kept as an alias; the bare
"CMT" is not (a certified medication technician or massage therapist).
"""

from screener_plugins.credentials.ahdi import AHDI, AHDI_RECERT

from screener import Credential, Prerequisite, Renewal, hookimpl

CHDS_PAGE = "https://ahdionline.ce21newsites.com/index.php/certified-healthcare-documentation-specialist"

CHDS = Credential(
    id="CHDS",
    name="Certified Healthcare Documentation Specialist",
    issuer=AHDI,
    aliases=["AHDI CHDS", "Certified Medical Transcriptionist"],
    prerequisites=[
        Prerequisite(kind="credential", description="Hold the RHDS", credential="RHDS", route="rhds", source=CHDS_PAGE),
        Prerequisite(
            kind="other",
            description="A current CMT may bypass the RHDS",
            route="current-cmt",
            source=CHDS_PAGE,
        ),
        Prerequisite(
            kind="experience",
            description="Recommended: 2 years of acute-care or multispecialty experience",
            required=False,
            years=2,
            source=CHDS_PAGE,
        ),
        Prerequisite(kind="exam", description="Pass the AHDI CHDS exam", source=CHDS_PAGE),
    ],
    # AHDI: passing the CHDS relinquishes the RHDS. [D2]
    supersedes=["RHDS"],
    renewal=Renewal(ceus=30, cycle_years=3, description="30 CECs every 3 years", source=AHDI_RECERT),
    url=CHDS_PAGE,
    sources=[CHDS_PAGE, AHDI_RECERT],
)


@hookimpl
def screener_credentials():
    return [CHDS]
