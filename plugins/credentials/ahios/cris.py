"""CRIS: Certified Release of Information Specialist (AHIOS).

Asked of release-of-information specialists ("RHIT (AHIMA) or CRIS
(Certified Release of Information Specialist, AHIOS) preferred"). "CRIS" is
also the radiology information system of many UK hospitals ("experience of
CRIS and PACS"): see the ``lookalikes``.
"""

from screener_plugins.credentials.ahios import AHIOS, CRIS_ARTICLE

from screener import Credential, Lookalike, Prerequisite, hookimpl

CRIS = Credential(
    id="CRIS",
    name="Certified Release of Information Specialist",
    issuer=AHIOS,
    lookalikes=[
        Lookalike(
            meaning="CRIS, a radiology information system (UK hospitals)",
            aliases=["CRIS"],
            cues=["radiology", "PACS", "RIS", "imaging", "x-ray", "radiographer"],
        )
    ],
    prerequisites=[
        Prerequisite(
            kind="exam",
            description="Pass AHIOS's CRIS test of release-of-information competencies",
            source=CRIS_ARTICLE,
            verified=False,
        )
    ],
    sources=[CRIS_ARTICLE],
    verified=False,
)


@hookimpl
def screener_credentials():
    return [CRIS]
