"""PAHCS: the Professional Association of Healthcare Coding Specialists, a historical issuer.

PAHCS was a coding association that awarded credentials of its own; it no
longer does. Credentials from it still show up on résumés, so the knowledge
base names it, as an issuer marked ``historical``. Which credentials it
awarded, their requirements and when it stopped are **unverified**: the only
source found is a page of its own former site [S1b in the shared reference],
so no PAHCS credential is defined here.
"""

from screener import Issuer, hookimpl

PAHCS_SITE = "http://www.pahcs.org/content/member/icd10"

PAHCS = Issuer(
    id="PAHCS",
    name="Professional Association of Healthcare Coding Specialists",
    historical=True,
    note="no longer awards credentials. Which ones it awarded, and when it stopped, are unverified, so none is "
    "defined: a PAHCS credential in a profile is not recognised",
    url=PAHCS_SITE,
    sources=[PAHCS_SITE],
    verified=False,
)


@hookimpl
def screener_issuers():
    return [PAHCS]
