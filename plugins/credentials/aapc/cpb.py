"""CPB: Certified Professional Biller (AAPC): billing, not coding.

No experience prerequisite (a secondary source, [P14]); AAPC membership keeps
it active. "CPB" is also cardiopulmonary bypass: see ``lookalikes``.
"""

from screener_plugins.credentials.aapc import AAPC, AAPC_MAINTAIN, exam, membership

from screener import Credential, Lookalike, Renewal, hookimpl

CPB_VERIFY = "https://school-lookup-frontend.pages.dev/blog/how-to-verify-an-aapc-cpb-certification"

CPB = Credential(
    id="CPB",
    name="Certified Professional Biller",
    issuer=AAPC,
    aliases=["AAPC CPB"],
    prerequisites=[
        membership(CPB_VERIFY, "AAPC membership (required to keep the credential active)"),
        exam("CPB", CPB_VERIFY, " (no experience prerequisite)"),
    ],
    renewal=Renewal(ceus=36, cycle_years=2, description="36 CEUs every 2 years", source=AAPC_MAINTAIN),
    lookalikes=[
        Lookalike(
            meaning="cardiopulmonary bypass; Corporation for Public Broadcasting",
            aliases=["CPB"],
            cues=["cardiopulmonary", "bypass", "perfusion", "heart-lung", "public broadcasting"],
        )
    ],
    url=CPB_VERIFY,
    sources=[CPB_VERIFY, AAPC_MAINTAIN],
)


@hookimpl
def screener_credentials():
    return [CPB]
