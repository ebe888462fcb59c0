"""AAPC credentials.

AAPC's exams are open to members: experience shows only as the presence or
absence of an apprentice "-A". Source URLs shared by several credentials live
here, with the reference key they come from.
"""

from screener import Prerequisite

AAPC = "AAPC"
#: Keeping a credential: dues and CEUs (36 every 2 years for one credential). [P4]
AAPC_MAINTAIN = "https://www.aapc.com/certifications/maintain-your-certification"
#: AAPC's help page: the specialty credentials and their CEU rules. [P5]
AAPC_HELP = "https://www.aapc.com/medical-coding-education/help/"
#: Removing the apprentice "-A": the three documented routes. [P1]
AAPC_APPRENTICESHIP = "https://aapc.com/certifications/cpc/complete-your-cpc-apprenticeship"
#: AAPC's older apprentice-status page. [P2]
AAPC_APPRENTICE_STATUS = "https://www.aapc.com/certification/apprentice_status.aspx"
#: The CPC exam FAQ: membership and exam, no proof of education or experience to sit it. [P6]
AAPC_EXAM_FAQ = "https://www.aapc.com/resources/cpc-exam-faqs"


def membership(source: str, description: str = "AAPC membership") -> Prerequisite:
    return Prerequisite(kind="membership", description=description, source=source)


def exam(credential: str, source: str, detail: str = "") -> Prerequisite:
    return Prerequisite(kind="exam", description=f"Pass the AAPC {credential} exam{detail}", source=source)


def apprentice_removal(what: str) -> list[Prerequisite]:
    """The routes that remove the apprentice "-A" (any one suffices). [P1][P2]

    AAPC counts two years of experience; an 80-contact-hour coding course
    and AAPC's Practicode each stand for one of those years. Each route lists
    its items separately, so an assessment can tell a candidate with one year
    that the course or Practicode is all that is left.
    """
    course_or_practicode = (
        f"{what}: an 80-contact-hour coding course or AAPC Practicode (each counts as one of the 2 years)"
    )
    return [
        Prerequisite(
            kind="experience",
            description=f"{what}: 2 years of on-the-job coding experience verified by employer letters "
            "(externships and experience before certification count)",
            years=2,
            route="experience",
            source=AAPC_APPRENTICESHIP,
        ),
        Prerequisite(
            kind="experience",
            description=f"{what}: 1 year of coding experience",
            years=1,
            route="experience-and-course",
            source=AAPC_APPRENTICESHIP,
        ),
        Prerequisite(
            kind="other", description=course_or_practicode, route="experience-and-course", source=AAPC_APPRENTICESHIP
        ),
        Prerequisite(
            kind="other",
            description=f"{what}: an 80-contact-hour coding course (counts as 1 year)",
            route="course-and-practicode",
            source=AAPC_APPRENTICESHIP,
        ),
        Prerequisite(
            kind="other",
            description=f"{what}: AAPC Practicode (counts as 1 year)",
            route="course-and-practicode",
            source=AAPC_APPRENTICESHIP,
        ),
    ]
