"""The CHTS family: Certified Healthcare Technology Specialist (AHIMA), health-IT roles, not coding.

Six credentials from the ONC-funded "HIT Pro" exams of 2011, later run by
AHIMA and open to anyone with relevant experience [A12][A17]. Whether they
are still offered is unverified. The role names are ONC's HIT Pro roles.

Neither the bare family name "CHTS" nor "HIT Pro" is an alias: each names
six credentials, and a phrase may name only one.
"""

from screener_plugins.credentials.ahima import AHIMA, AHIMA_RECERTIFICATION

from screener import Credential, Prerequisite, Renewal, hookimpl

CHTS_PAGE = "http://www.ahima.org/certification/chts"
HIT_PRO = "https://library.ahima.org/doc?oid=104985"

_ROLES = {
    "CP": "Clinician/Practitioner Consultant",
    "IM": "Implementation Manager",
    "IS": "Implementation Support Specialist",
    "PW": "Practice Workflow & Information Management Redesign Specialist",
    "TS": "Technical/Software Support Staff",
    "TR": "Trainer",
}


def _chts(code: str, role: str) -> Credential:
    return Credential(
        id=f"CHTS-{code}",
        name=f"Certified Healthcare Technology Specialist - {role}",
        issuer=AHIMA,
        aliases=[f"CHTS {code}", f"AHIMA CHTS-{code}", f"HIT Pro {role}"],
        prerequisites=[
            Prerequisite(
                kind="experience",
                description="Relevant health-IT experience (the exams are open to anyone with it)",
                source=CHTS_PAGE,
            ),
            Prerequisite(kind="exam", description=f"Pass the HIT Pro {role} exam", source=HIT_PRO),
        ],
        renewal=Renewal(ceus=20, cycle_years=2, description="20 CEUs every 2 years", source=AHIMA_RECERTIFICATION),
        url=CHTS_PAGE,
        sources=[CHTS_PAGE, HIT_PRO, AHIMA_RECERTIFICATION],
    )


CHTS = [_chts(code, role) for code, role in _ROLES.items()]


@hookimpl
def screener_credentials():
    return list(CHTS)
