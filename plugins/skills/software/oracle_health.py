"""Oracle Health, formerly Cerner: Oracle's acquisition closed in June 2022 [E1]."""

from screener import Skill, hookimpl

BECKERS = "https://beckershospitalreview.com/healthcare-information-technology/oracle-in-the-news-5-recent-moves.html"
WIKIPEDIA = "https://en.wikipedia.org/wiki/Oracle_Health"

ORACLE_HEALTH = Skill(
    id="Oracle-Health",
    name="Oracle Health",
    category="software",
    aliases=[
        "Oracle Health EHR",
        "Cerner",
        "Cerner Millennium",
        "Oracle Cerner",
        "Cerner PowerChart",
        "PowerChart",
    ],
    sources=[BECKERS, WIKIPEDIA],
)


@hookimpl
def screener_skills():
    return [ORACLE_HEALTH]
