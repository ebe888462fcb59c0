"""AAPC specialty credentials: add-ons, usually held on top of a core credential such as the CPC.

Each needs AAPC membership and an exam, and 8 specialty CEUs per cycle (the
CIRCC 16, from named vendors) [P5]. That they are held in addition to a core
credential is convention, recorded as a recommendation. The list is the
common ones; AAPC's full list and the full names (other than CANPC, for
anesthesia, and CCC, Certified Cardiology Coder) were not verified against
the issuer.

Two acronyms need care:

- "CCC" is also HIMAA's (Australia) Certified Clinical Coder, a speech-
  language pathologist's CCC-SLP, a chamber of commerce or a community
  college; see the CCC ``lookalikes``. A posting that spells it out as
  "HIMAA Certified Clinical Coder (CCC)" names HIMAA's: the two names share
  only the words every credential's name has (``screener.extraction.acronyms``).
- "CFPC" is also the College of Family Physicians of Canada.
"""

from screener_plugins.credentials.aapc import AAPC, AAPC_HELP, AAPC_MAINTAIN, exam, membership

from screener import Credential, Lookalike, Prerequisite, Renewal, hookimpl


def _specialty(
    id_: str, name: str, *, aliases: tuple[str, ...] = (), lookalikes: tuple[Lookalike, ...] = (), ceus: float = 8
) -> Credential:
    vendors = " from AAPC-named vendors" if ceus > 8 else ""
    return Credential(
        id=id_,
        name=name,
        issuer=AAPC,
        aliases=[*aliases, f"AAPC {id_}"],
        prerequisites=[
            membership(AAPC_HELP),
            exam(id_, AAPC_HELP),
            Prerequisite(
                kind="credential",
                description="Usually held in addition to a core credential such as the CPC (convention)",
                required=False,
                credential="CPC",
                source=AAPC_HELP,
                verified=False,
            ),
        ],
        renewal=Renewal(
            ceus=ceus,
            cycle_years=2,
            description=f"{ceus:g} specialty CEUs{vendors} every 2 years, within the AAPC CEUs of the holder",
            source=AAPC_HELP,
        ),
        lookalikes=list(lookalikes),
        url=AAPC_HELP,
        sources=[AAPC_HELP, AAPC_MAINTAIN],
    )


SPECIALTY = [
    _specialty("CANPC", "Certified Anesthesia and Pain Management Coder"),
    _specialty(
        "CCC",
        "Certified Cardiology Coder",
        lookalikes=(
            Lookalike(
                meaning="HIMAA (Australia) Certified Clinical Coder",
                aliases=["CCC"],
                cues=["HIMAA", "Australia", "Australian"],
            ),
            Lookalike(
                meaning="ASHA Certificate of Clinical Competence (CCC-SLP, CCC-A)",
                aliases=["CCC"],
                cues=["SLP", "speech", "language patholog", "audiolog", "ASHA"],
            ),
            Lookalike(
                meaning="chamber of commerce, community college, a (UK) care co-ordination centre",
                aliases=["CCC"],
                cues=["chamber of commerce", "community college", "co-ordination", "coordination cent", "NHS"],
            ),
        ),
    ),
    _specialty("CCVTC", "Certified Cardiovascular and Thoracic Surgery Coder"),
    _specialty("CEDC", "Certified Emergency Department Coder"),
    _specialty(
        "CFPC",
        "Certified Family Practice Coder",
        lookalikes=(
            Lookalike(
                meaning="College of Family Physicians of Canada",
                aliases=["CFPC"],
                cues=["college of family", "Canada", "Canadian", "CCFP"],
            ),
        ),
    ),
    _specialty("CGIC", "Certified Gastroenterology Coder"),
    _specialty("CGSC", "Certified General Surgery Coder"),
    _specialty("CHONC", "Certified Hematology and Oncology Coder"),
    _specialty("CIMC", "Certified Internal Medicine Coder"),
    _specialty("CIRCC", "Certified Interventional Radiology Cardiovascular Coder", ceus=16),
    _specialty("COBGC", "Certified Obstetrics Gynecology Coder"),
    _specialty("COSC", "Certified Orthopaedic Surgery Coder", aliases=("Certified Orthopedic Surgery Coder",)),
    _specialty("CPEDC", "Certified Pediatrics Coder"),
    _specialty("CPRC", "Certified Plastics and Reconstructive Surgery Coder"),
    _specialty("CUC", "Certified Urology Coder"),
    _specialty("CPPM", "Certified Physician Practice Manager"),
]


@hookimpl
def screener_credentials():
    return list(SPECIALTY)
