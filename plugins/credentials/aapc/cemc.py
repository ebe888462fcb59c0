"""CEMC: Certified Evaluation and Management Coder (AAPC), the E/M specialty."""

from screener_plugins.credentials.aapc import AAPC, AAPC_HELP, AAPC_MAINTAIN, exam, membership

from screener import Credential, Renewal, hookimpl

CEMC_FAQ = "https://www.medicoexam.com/aapc/aapc-cemc-exam-faqs-preparation-guide"

CEMC = Credential(
    id="CEMC",
    name="Certified Evaluation and Management Coder",
    issuer=AAPC,
    aliases=["Certified Evaluation & Management Coder", "Certified E/M Coder", "AAPC CEMC"],
    prerequisites=[membership(CEMC_FAQ), exam("CEMC", CEMC_FAQ, " (100 questions, 4 hours)")],
    renewal=Renewal(
        ceus=8,
        cycle_years=2,
        description="8 E/M-specific CEUs every 2 years on top of the AAPC CEUs of the holder's other credentials",
        source=AAPC_HELP,
    ),
    url=CEMC_FAQ,
    sources=[CEMC_FAQ, AAPC_HELP, AAPC_MAINTAIN],
)


@hookimpl
def screener_credentials():
    return [CEMC]
