"""RHDS: Registered Healthcare Documentation Specialist (AHDI).

An exam aimed at new graduates and single-specialty workers [D1]. It replaced
the "RMT" (Registered Medical Transcriptionist; unverified), whose full name
is kept as an alias; the bare "RMT" is not (a registered massage therapist,
in Canada). Passing the CHDS relinquishes the RHDS.
"""

from screener_plugins.credentials.ahdi import AHDI

from screener import Credential, Prerequisite, Renewal, hookimpl

RHDS_RECERT = "https://ahdionline.org/rhds-recertification/"

RHDS = Credential(
    id="RHDS",
    name="Registered Healthcare Documentation Specialist",
    issuer=AHDI,
    aliases=["AHDI RHDS", "Registered Medical Transcriptionist"],
    prerequisites=[
        Prerequisite(
            kind="exam",
            description="Pass the AHDI RHDS exam (aimed at new graduates and single-specialty workers)",
            source=RHDS_RECERT,
        )
    ],
    renewal=Renewal(
        ceus=20,
        cycle_years=3,
        description="Every 3 years: 20 CECs, or pass the recredentialing course",
        source=RHDS_RECERT,
    ),
    url=RHDS_RECERT,
    sources=[RHDS_RECERT],
)


@hookimpl
def screener_credentials():
    return [RHDS]
