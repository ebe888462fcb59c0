"""CIC: Certified Inpatient Coder (AAPC), by convention the inpatient counterpart of AHIMA's CCS.

AAPC membership and an exam on ICD-10-CM/PCS, MS-DRG and IPPS [P8]. Whether an
apprentice "-A" applies is unverified.
"""

from screener_plugins.credentials.aapc import AAPC, AAPC_MAINTAIN, exam, membership

from screener import Credential, Lookalike, Renewal, hookimpl

CIC_PAGE = "https://www.aapc.com/certification/cic/"

CIC = Credential(
    id="CIC",
    name="Certified Inpatient Coder",
    issuer=AAPC,
    aliases=["AAPC CIC"],
    prerequisites=[
        membership(CIC_PAGE),
        exam("CIC", CIC_PAGE, " (ICD-10-CM/PCS, MS-DRG and IPPS)"),
    ],
    renewal=Renewal(ceus=36, cycle_years=2, description="36 CEUs every 2 years", source=AAPC_MAINTAIN),
    lookalikes=[
        Lookalike(
            meaning="community interest company (UK: 'Example Health Care CIC'), Citizenship and Immigration Canada",
            aliases=["CIC"],
            cues=[
                "community interest",
                "social enterprise",
                "care cic",
                "health cic",
                "healthcare cic",
                "services cic",
                "pharmacy cic",
                "NHS",
                "infirmary",
                "immigration",
                "citizenship",
            ],
        ),
        Lookalike(
            meaning="Certification in Infection Control (CBIC), an infection preventionist's credential",
            aliases=["CIC"],
            cues=["infection", "preventionist", "APIC", "CBIC", "epidemiolog"],
        ),
    ],
    url=CIC_PAGE,
    sources=[CIC_PAGE, AAPC_MAINTAIN],
)


@hookimpl
def screener_credentials():
    return [CIC]
