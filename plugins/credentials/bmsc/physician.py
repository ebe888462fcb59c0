"""BMSC's physician-practice credentials from its former site: SCP, ACS and CCP-P.

BMSC's former site listed the Specialty Coding Professional (SCP, 10 CEUs a
year), the Advanced Coding Specialist (ACS, 12 CEUs a year) and the
Certified Compliance Professional - Physician (CCP-P, 10 CEUs a year) [B4].
BMSC lists no exam for them today [B1]: probably retired; unverified, as are
their prerequisites. They are here so that a résumé or posting naming them is
understood.

"ACS" is far more often the American College of Surgeons (whose Commission
on Cancer accredits the cancer programs registrars work for: "ACS CoC
standards"), the American Cancer Society or an acute coronary syndrome, and
"SCP" the secure copy protocol: both count as the credential only with a
credential word right around them ("ACS certified", "BMSC credential") or
listed with other credentials ("CPC or ACS").
"""

from screener_plugins.credentials.bmsc import BMSC, BMSC_FAQ, BMSC_FORMER_RENEWAL, only_as_a_credential

from screener import Credential, Renewal, hookimpl

_NOT_LISTED = (
    "none documented (unverified): listed on BMSC's former site, not among the exams BMSC offers today "
    "(probably retired)"
)


def _renewal(ceus: int) -> Renewal:
    return Renewal(
        ceus=ceus,
        cycle_years=1,
        description=f"{ceus} CEUs a year and a renewal fee (BMSC's former site)",
        source=BMSC_FORMER_RENEWAL,
    )


SCP = Credential(
    id="SCP",
    name="Specialty Coding Professional",
    issuer=BMSC,
    aliases=["BMSC SCP"],
    prerequisites_note=_NOT_LISTED,
    renewal=_renewal(10),
    lookalikes=[only_as_a_credential("SCP", "secure copy (file transfer), and other expansions of the acronym")],
    url=BMSC_FORMER_RENEWAL,
    sources=[BMSC_FORMER_RENEWAL, BMSC_FAQ],
    verified=False,
)

ACS = Credential(
    id="ACS",
    name="Advanced Coding Specialist",
    issuer=BMSC,
    aliases=["BMSC ACS"],
    prerequisites_note=_NOT_LISTED,
    renewal=_renewal(12),
    lookalikes=[
        only_as_a_credential(
            "ACS",
            "the American College of Surgeons (its Commission on Cancer, CoC, accredits cancer programs), "
            "the American Cancer Society, acute coronary syndrome",
        )
    ],
    url=BMSC_FORMER_RENEWAL,
    sources=[BMSC_FORMER_RENEWAL, BMSC_FAQ],
    verified=False,
)

CCP_P = Credential(
    id="CCP-P",
    name="Certified Compliance Professional - Physician",
    issuer=BMSC,
    aliases=[
        "Certified Compliance Professional-Physician",
        "Certified Compliance Professional – Physician",
        "BMSC CCP-P",
    ],
    prerequisites_note=_NOT_LISTED,
    renewal=_renewal(10),
    url=BMSC_FORMER_RENEWAL,
    sources=[BMSC_FORMER_RENEWAL, BMSC_FAQ],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [SCP, ACS, CCP_P]
