"""Ambulatory EHR / practice-management systems: eClinicalWorks, athenahealth, NextGen, Veradigm (Allscripts), Kareo,
AdvancedMD, and the dental Dentrix.

eClinicalWorks is an O*NET Hot technology and NextGen EMR and Allscripts EHR
are on O*NET's list [O2]. Allscripts became Veradigm; its Sunrise, TouchWorks
and Paragon products went to Harris/Altera in 2022 [E3], so they are not
Veradigm aliases. athenahealth has no primary source checked (unverified).
"Next Gen" is not an alias (ordinary words: "next-gen tools"). Dentrix is
on O*NET's list too [O2]; Kareo and AdvancedMD, the practice-management
systems of small practices' billers, have no primary source checked
(unverified).
"""

from screener_plugins.skills.software import ONET_OCCUPATION, ONET_TECHNOLOGY

from screener import Lookalike, Skill, hookimpl

HISTALK = "https://histalk2.com/2022/03/03/news-3-4-22/"
ALLSCRIPTS = "https://www.allscripts.com/2018/11/next-generation-solutions-yesterday-today-and-tomorrow/"

ECLINICALWORKS = Skill(
    id="eClinicalWorks",
    name="eClinicalWorks",
    category="software",
    aliases=["eCW", "eClinical Works"],
    # "eCW" matches in any case; spelt "ECW"/"ecw" it is as often a ward or unit code, so those
    # spellings count only when listed with other software ("ECW, Epic or Cerner").
    lookalikes=[Lookalike(meaning="a ward or unit code", aliases=["ECW", "ecw", "Ecw"], cues=["ecw"])],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION],
)
ATHENAHEALTH = Skill(
    id="athenahealth",
    name="athenahealth",
    category="software",
    aliases=["athenaOne", "athenaClinicals", "athenaCollector", "athena health", "athenaIDX", "Athena"],
    # "Athena" alone, as users shorten it ("Athena experience is preferred"); not the UK's Athena SWAN charter of
    # gender equality, which universities' and NHS trusts' postings name (the cue is the charter's whole name: "swan"
    # alone would also be the start of "Swansea")
    lookalikes=[Lookalike(meaning="the Athena SWAN charter", aliases=["Athena"], cues=["Athena SWAN"])],
)
NEXTGEN = Skill(
    id="NextGen",
    name="NextGen Healthcare",
    category="software",
    aliases=["NextGen EHR", "NextGen EMR", "NextGen Enterprise"],
    sources=[ONET_TECHNOLOGY, ONET_OCCUPATION],
)
VERADIGM = Skill(
    id="Veradigm",
    name="Veradigm",
    category="software",
    aliases=["Allscripts", "Allscripts EHR", "Allscripts Professional", "Veradigm EHR"],
    sources=[ONET_TECHNOLOGY, HISTALK, ALLSCRIPTS],
)


KAREO = Skill(id="Kareo", name="Kareo", category="software")
ADVANCEDMD = Skill(id="AdvancedMD", name="AdvancedMD", category="software")
DENTRIX = Skill(id="Dentrix", name="Dentrix", category="software", sources=[ONET_TECHNOLOGY, ONET_OCCUPATION])


@hookimpl
def screener_skills():
    return [ECLINICALWORKS, ATHENAHEALTH, NEXTGEN, VERADIGM, KAREO, ADVANCEDMD, DENTRIX]
