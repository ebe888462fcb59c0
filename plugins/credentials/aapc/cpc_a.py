"""CPC-A: Certified Professional Coder - Apprentice (AAPC).

Passed the CPC exam without the verified experience. The "-A" comes off by
any one of the routes recorded on the CPC (2 years on the job; 1 year plus an
80-hour course or Practicode; the course plus Practicode) [P1][P2].

"apprentice coder" is not an alias: it is as often a job title as the credential.
"""

from screener_plugins.credentials.aapc import (
    AAPC,
    AAPC_APPRENTICE_STATUS,
    AAPC_APPRENTICESHIP,
    AAPC_EXAM_FAQ,
    AAPC_MAINTAIN,
    exam,
    membership,
)
from screener_plugins.credentials.aapc.cpc import CPC_RENEWAL

from screener import Credential, hookimpl

CPC_A = Credential(
    id="CPC-A",
    name="Certified Professional Coder - Apprentice",
    issuer=AAPC,
    aliases=[
        "CPC Apprentice",
        "CPC-Apprentice",
        "Certified Professional Coder-Apprentice",
        "Certified Professional Coder – Apprentice",
        "Certified Professional Coder Apprentice",
        "AAPC CPC-A",
        # the plural without an apostrophe: "No CPC-As, please" ("CPC-A's" is read as the id and its "'s")
        "CPC-As",
    ],
    prerequisites=[
        membership(AAPC_EXAM_FAQ),
        exam("CPC", AAPC_EXAM_FAQ, " (the same exam as the CPC, without the verified experience)"),
    ],
    apprentice_of="CPC",
    renewal=CPC_RENEWAL,
    url=AAPC_APPRENTICESHIP,
    sources=[AAPC_EXAM_FAQ, AAPC_APPRENTICESHIP, AAPC_APPRENTICE_STATUS, AAPC_MAINTAIN],
)


@hookimpl
def screener_credentials():
    return [CPC_A]
