"""The US federal health record systems, as VA and IHS postings name them: VistA, CPRS, RPMS.

VistA (Veterans Health Information Systems and Technology Architecture) is
the VA's health information system, and CPRS (the Computerized Patient
Record System) its clinicians' record, in the VA Software Document Library
[F1]. RPMS (the Resource and Patient Management System) is the Indian
Health Service's [F2]. Left out: DHCP (the Decentralized Hospital Computer
Program), VistA's older name in old VA position descriptions, and a network
protocol in every IT posting.

"Vista" is an ordinary word and a Windows version, so only the VA's own
spelling counts: "VistA" as written, or "VISTA" in capitals.
"""

from screener import Skill, hookimpl

VA_LIBRARY = "https://www.va.gov/vdl/"  # [F1]
IHS_RPMS = "https://www.ihs.gov/rpms/"  # [F2]

VISTA = Skill(
    id="VistA",
    name="VistA",
    category="software",
    aliases=["VISTA", "Veterans Health Information Systems and Technology Architecture"],
    # "Vista" is also a Windows version, a view and a place ("Chula Vista"): the VA's spelling only
    as_written=["VistA"],
    sources=[VA_LIBRARY],
)
CPRS = Skill(
    id="CPRS",
    name="CPRS (Computerized Patient Record System)",
    category="software",
    aliases=["Computerized Patient Record System"],
    sources=[VA_LIBRARY],
)
RPMS = Skill(
    id="RPMS",
    name="RPMS (Resource and Patient Management System)",
    category="software",
    aliases=["Resource and Patient Management System"],
    sources=[IHS_RPMS],
)


@hookimpl
def screener_skills():
    return [VISTA, CPRS, RPMS]
