"""NHA (National Healthcareer Association) credentials: entry-level billing, front office and EHR.

The three share NHA's general eligibility, defined once here: a high-school
diploma or GED, plus a completed training program **or** one year of work
experience (older NHA handbook wording [H2][H3]). A provisional certificate
exists for candidates who test within 12 months before they graduate from
high school. The current recency windows (for example, training within 5
years) are unverified and not recorded.
"""

from screener import Prerequisite, Renewal

NHA = "NHA"
#: Renewal: every 2 years, 10 CE (NHA's blog; the CE figure from a secondary source). [H4]
NHA_RENEWAL = "https://info.nhanow.com/blog/renew-your-nha-certification-in-7-simple-steps"
#: NHA candidate handbook (2015). [H3]
NHA_HANDBOOK = "https://docplayer.net/11863685-Candidate-handbook-nhanow-com.html"


def eligibility(credential: str, source: str) -> list[Prerequisite]:
    return [
        Prerequisite(
            kind="education",
            description="High school diploma or GED (a provisional certificate is possible within 12 months "
            "before graduation)",
            education="high_school",
            source=source,
        ),
        Prerequisite(
            kind="education",
            description=f"A completed training program for the {credential}",
            education="certificate",
            route="training",
            source=source,
        ),
        Prerequisite(
            kind="experience",
            description="1 year of work experience in the field",
            years=1,
            route="experience",
            source=source,
        ),
        Prerequisite(kind="exam", description=f"Pass the NHA {credential} exam", source=source),
    ]


RENEWAL = Renewal(ceus=10, cycle_years=2, description="10 CE every 2 years", source=NHA_RENEWAL)
