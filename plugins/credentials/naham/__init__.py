"""NAHAM (National Association of Healthcare Access Management) credentials: patient access.

Eligibility as a state association reproduces NAHAM's certification page
[N1] (a secondary source: **unverified** against NAHAM's own manual):

- CHAA (associates): one year in the healthcare or finance industry, or a
  NAHAM-accredited college program in healthcare; and a high-school diploma
  or GED with 30 professional development contact hours in the past two
  years, or an associate degree or higher.
- CHAM (managers): two years of management experience in the healthcare or
  finance industry; and a high-school diploma or GED with 90 contact hours
  in the past three years, or a four-year degree in healthcare, business or
  a related field.

Renewal is not recorded.
"""

from screener import Prerequisite

NAHAM = "NAHAM"
#: NAHAM's exam eligibility, as reproduced by the Georgia Association of Medical Assistants' page. [N1]
NAHAM_ELIGIBILITY = "https://gama-online.org/make-naham-certification-a-priority-this-year/"


def schooling(contact_hours: str, or_degree: str) -> Prerequisite:
    """The high-school diploma or GED both credentials ask, with the contact hours that a degree spares."""
    return Prerequisite(
        kind="education",
        description=f"High school diploma or GED, with {contact_hours} unless the candidate holds {or_degree}",
        education="high_school",
        source=NAHAM_ELIGIBILITY,
        verified=False,
    )


def exam(credential: str) -> Prerequisite:
    return Prerequisite(kind="exam", description=f"Pass the NAHAM {credential} exam", source=NAHAM_ELIGIBILITY)
