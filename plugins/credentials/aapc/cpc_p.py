"""CPC-P: Certified Professional Coder - Payer (AAPC).

Historically it had an apprentice form; its current status is **unverified**
(possibly retired) [P13]. It is here mostly so that "CPC-P" in a posting is
not read as the CPC.
"""

from screener_plugins.credentials.aapc import AAPC

from screener import Credential, hookimpl

CODING_NEWS = "http://medicalcodingnews.org/what-does-it-take-to-get-a-medical-coding-cpc-certification-from-aapc/"

CPC_P = Credential(
    id="CPC-P",
    name="Certified Professional Coder - Payer",
    issuer=AAPC,
    aliases=["Certified Professional Coder-Payer", "Certified Professional Coder – Payer", "AAPC CPC-P"],
    prerequisites_note="none documented: current status unverified (possibly retired); it historically had an "
    "apprentice form",
    sources=[CODING_NEWS],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CPC_P]
