"""The built-in skill knowledge: coding systems, software and HIM skills, under every name postings use."""

from __future__ import annotations

import re

import pytest

from screener.host.plugins import create_plugin_host
from screener.knowledge.base import collect_knowledge

KNOWLEDGE = collect_knowledge(create_plugin_host(distributions={"screener"}))
SKILLS = KNOWLEDGE.skills


def _phrases(skill) -> list[str]:
    return list(dict.fromkeys([skill.id, skill.name, *skill.aliases]))


def _folded(phrase: str) -> str:
    """How the matcher compares a phrase: acronyms exactly, anything with a lower-case letter in any case."""
    return phrase.lower() if any(ch.islower() for ch in phrase) else phrase


PHRASES = [
    pytest.param(s.id, s.category, phrase, id=f"{s.id}:{phrase}") for s in SKILLS.values() for phrase in _phrases(s)
]

#: Coding-system ids of DESIGN.md and LABELS.md (MS-DRG and APR-DRG are in the DRG family).
CODING_SYSTEMS = {
    "ICD-10-CM",
    "ICD-10-PCS",
    "ICD-10",
    "ICD-9-CM",
    "ICD-11",
    "CPT",
    "HCPCS",
    "DRG",
    "MS-DRG",
    "APR-DRG",
    "APC",
    "HCC",
    "E/M",
    "SNOMED-CT",
    "LOINC",
    "OPCS-4",
    "NDC",
    "CDT",
}
#: Software ids: stable, documented in plugins/skills/software/__init__.py.
SOFTWARE = {
    "Epic",
    "Oracle-Health",
    "MEDITECH",
    "eClinicalWorks",
    "athenahealth",
    "NextGen",
    "Veradigm",
    "3M-360-Encompass",
    "3M-CodeFinder",
    "Optum-EncoderPro",
    "TruCode",
    "Microsoft-Excel",
    "Microsoft-Office",
    "Microsoft-Word",
    "Microsoft-Outlook",
    "SystmOne",
    "EMIS-Web",
    "Lorenzo",
    "RiO",
    "Microsoft-PowerPoint",
    "Microsoft-Access",
    "Microsoft-Teams",
    "SQL",
    "T-SQL",
    "SQL-Server",
    "SSMS",
    "SSRS",
    "Tableau",
    "Power-BI",
    "METRIQ",
    "CNExT",
    "CRStar",
    "PointClickCare",
    "MatrixCare",
    "VistA",
    "CPRS",
    "RPMS",
    "OnBase",
    "Dentrix",
    "Kareo",
    "AdvancedMD",
    "Homecare-Homebase",
    "WellSky",
    "Python",
    "Availity",
    "Waystar",
}
HIM_SKILLS = {
    "medical_terminology",
    "anatomy_physiology",
    "pathophysiology",
    "pharmacology",
    "abstracting",
    "data_abstraction",
    "release_of_information",
    "chart_analysis",
    "clinical_documentation_improvement",
    "coding_compliance",
    "hipaa",
}

EXPECTED_ALIASES = {
    "ICD-10": ["ICD10", "ICD", "International Classification of Diseases"],
    "ICD-10-CM": ["ICD-10 CM", "ICD10CM"],
    "ICD-10-PCS": ["ICD-10 PCS", "ICD10PCS", "PCS"],
    "ICD-9-CM": ["ICD9", "ICD-9"],
    "ICD-11": ["ICD11"],
    "CPT": ["CPT-4", "CPT®", "HCPCS Level I", "Current Procedural Terminology"],
    "HCPCS": ["HCPCS Level II", "HCPCS II"],
    "DRG": ["DRGs", "Diagnosis Related Group"],
    "MS-DRG": ["MS-DRG", "MS DRG", "Medicare Severity DRG"],
    "APR-DRG": ["APR-DRG", "APR DRG", "All Patient Refined DRG"],
    "APC": ["Ambulatory Payment Classification"],
    "HCC": ["CMS-HCC", "HCC coding", "risk adjustment", "Hierarchical Condition Category"],
    "E/M": ["E&M", "Evaluation and Management"],
    "SNOMED-CT": ["SNOMED", "SNOMED CT"],
    "LOINC": ["Logical Observation Identifiers Names and Codes"],
    "NDC": ["National Drug Code"],
    "CDT": ["Current Dental Terminology"],
    "OPCS-4": ["OPCS", "OPCS4"],
    "Epic": ["Epic Systems", "Epic EHR"],
    "Oracle-Health": ["Oracle Health", "Cerner", "Cerner Millennium", "Oracle Cerner"],
    "MEDITECH": ["Meditech Expanse"],
    "eClinicalWorks": ["eCW"],
    "athenahealth": ["athenaOne"],
    "NextGen": ["NextGen Healthcare"],
    "Veradigm": ["Allscripts"],
    "3M-360-Encompass": ["3M 360 Encompass", "Solventum 360 Encompass"],
    "3M-CodeFinder": ["3M CodeFinder", "3M Encoder"],
    "Optum-EncoderPro": ["Optum EncoderPro", "EncoderPro"],
    "TruCode": ["TruCode"],
    "Microsoft-Excel": ["MS Excel", "Microsoft Excel", "Excel"],
    "Microsoft-Office": ["MS Office", "Microsoft Office"],
    "Microsoft-Word": ["MS Word", "Microsoft Word"],
    "Microsoft-Outlook": ["MS Outlook", "Microsoft Outlook"],
    "SystmOne": ["SystmOne", "System One", "TPP SystmOne", "SystemOne", "Systm One", "Systm1", "Systm 1"],
    "EMIS-Web": ["EMIS Web", "EMISWeb", "EMIS"],
    "Lorenzo": ["Lorenzo", "Lorenzo EPR"],
    "RiO": ["RiO", "RIO", "Servelec RiO"],
    "release_of_information": ["release of information", "ROI", "release of patient information"],
    "chart_analysis": ["chart analysis", "deficiency analysis"],
    "clinical_documentation_improvement": ["clinical documentation improvement", "CDI"],
    "anatomy_physiology": ["anatomy and physiology", "A&P", "anatomy, and physiology"],
    "hipaa": ["HIPAA"],
}

# Deliberately not names of anything: they mean something else too often.
NOT_ALIASES = [
    "HCPC",  # UK Health and Care Professions Council
    "EM",  # emergency medicine
    "RAF",  # Royal Air Force
    "OPPS",  # the payment system, not the APC grouping
    "Next Gen",
    "Optum360",  # a company
    "Optum",
    "DSM",  # district sales manager
    "anatomy",
    "physiology",
    "Word",  # an ordinary word in any case; Microsoft Word is named in full
    "Outlook",
    "Medway",  # a town and its trust
    "DHCP",  # a network protocol; VistA's older name is left out
]


# ---------------------------------------------------------------- vocabulary


@pytest.mark.parametrize(("id_", "kind", "phrase"), PHRASES)
def test_every_name_is_found_under_its_id(extract, id_, kind, phrase):
    found = [(r.kind, r.id, r.strength) for r in extract(f"Experience with {phrase} required.").requirements]
    assert found == [(kind, id_, "required")]


@pytest.mark.parametrize(
    ("id_", "alias"), [(i, a) for i, aliases in EXPECTED_ALIASES.items() for a in aliases], ids=str
)
def test_expected_alias_is_known(extract, id_, alias):
    assert _folded(alias) in {_folded(p) for p in _phrases(SKILLS[id_])}
    assert [r.id for r in extract(f"Knowledge of {alias} preferred.").requirements] == [id_]


@pytest.mark.parametrize("phrase", NOT_ALIASES)
def test_deliberately_not_an_alias(extract, phrase):
    folded = phrase.lower()
    for skill in SKILLS.values():
        assert folded not in {p.lower() for p in _phrases(skill)}, skill.id
    assert extract(f"{phrase} required.").requirements == []


def test_the_ids_and_their_categories():
    assert {s.id for s in SKILLS.values() if s.category == "coding_system"} == CODING_SYSTEMS
    assert {s.id for s in SKILLS.values() if s.category == "software"} == SOFTWARE
    assert {s.id for s in SKILLS.values() if s.category == "skill"} == HIM_SKILLS
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", id_) for id_ in HIM_SKILLS)


def test_the_icd_10_plugin_keeps_its_three_skills():
    """tests/test_cli.py lists plugin "icd-10" with exactly these."""
    owned = {id_ for (group, id_), owner in KNOWLEDGE.owners.items() if group == "skill" and owner == "icd-10"}
    assert owned == {"ICD-10", "ICD-10-CM", "ICD-10-PCS"}


def test_families():
    assert SKILLS["ICD-10-CM"].broader == ["ICD-10"]
    assert SKILLS["ICD-10-PCS"].broader == ["ICD-10"]
    for skill in SKILLS.values():
        assert all(family in SKILLS for family in skill.broader), skill.id


@pytest.mark.parametrize("skill", [s for s in SKILLS.values() if s.category == "coding_system"], ids=lambda s: s.id)
def test_coding_systems_carry_sources(skill):
    assert skill.sources and all(re.match(r"https?://\S+$", url) for url in skill.sources)


@pytest.mark.parametrize("skill", SKILLS.values(), ids=lambda s: s.id)
def test_lookalike_aliases_are_spellings_of_the_skill(skill):
    phrases = {p.lower() for p in _phrases(skill)}
    for lookalike in skill.lookalikes:
        assert all(alias.lower() in phrases for alias in lookalike.aliases), lookalike


# ---------------------------------------------------------------- reading postings


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Validate MS-DRG and APR-DRG assignment.", ["MS-DRG", "APR-DRG"]),
        ("Assign ICD-10-CM/PCS codes and MS-DRGs.", ["ICD-10-CM", "ICD-10-PCS", "MS-DRG"]),
        ("Knowledge of ICD-9 and ICD-10 required.", ["ICD-9-CM", "ICD-10"]),
        ("Code from the International Classification of Diseases (ICD) and CPT.", ["ICD-10", "CPT"]),
        (
            "Assign codes from the International Classification of Diseases (ICD) Clinical Modification (CM) "
            "and Procedure Coding System (PCS).",
            ["ICD-10-CM", "ICD-10-PCS"],
        ),
        ("International Classification of Diseases, Ninth Revision codes.", ["ICD-9-CM"]),
        ("Familiarity with ICD-11 is a plus.", ["ICD-11"]),
        ("Clinical coders use ICD-10 and OPCS-4.10 daily.", ["ICD-10", "OPCS-4"]),
        ("Map problem lists to SNOMED CT and lab results to LOINC.", ["SNOMED-CT", "LOINC"]),
        ("Code CMS-HCC V28 and HHS-HCC conditions.", ["HCC"]),
        ("Review E/M levels and E&M documentation.", ["E/M"]),
        ("Enter NDC numbers for drug claims.", ["NDC"]),
        ("Assign CDT codes to dental procedures.", ["CDT"]),
        ("Outpatient coder with APC knowledge.", ["APC"]),
    ],
)
def test_coding_systems_in_sentences(extract, text, ids):
    assert extract(text).ids("coding_system") == ids


@pytest.mark.parametrize(
    ("text", "kind", "ids"),
    [
        # PCS: ICD-10-PCS vs military moves and personal care services
        ("PCS coding for inpatient procedures required.", "coding_system", ["ICD-10-PCS"]),
        ("Knowledge of ICD-10-CM and PCS required.", "coding_system", ["ICD-10-CM", "ICD-10-PCS"]),
        ("Military spouses relocating on PCS are welcome to apply.", "coding_system", []),
        ("Provide PCS (personal care services) to home care clients.", "coding_system", []),
        # ICD: the family vs the implantable defibrillator and ICD-O-3
        ("ICD and CPT coding experience required.", "coding_system", ["ICD-10", "CPT"]),
        ("Assist with ICD implant and pacemaker procedures in the EP lab.", "coding_system", []),
        ("Code site and histology with ICD-O-3.", "coding_system", []),
        # APC: payment groups vs advanced practice clinicians
        ("Knowledge of APC assignment for outpatient claims required.", "coding_system", ["APC"]),
        ("Support each APC (advanced practice clinician) with scheduling.", "coding_system", []),
        # HCC: risk adjustment vs hepatocellular carcinoma
        ("HCC coding experience required.", "coding_system", ["HCC"]),
        ("Abstract HCC (hepatocellular carcinoma) cases for the liver tumor registry.", "coding_system", []),
        ("Applications from HCC and other local authority staff are welcome.", "coding_system", []),
        # E/M: evaluation and management vs electrical/mechanical
        ("E/M coding required.", "coding_system", ["E/M"]),
        ("Maintain E/M (electrical and mechanical) systems in the plant.", "coding_system", []),
        # NDC: drug codes vs distribution centers
        ("NDC billing units knowledge required.", "coding_system", ["NDC"]),
        ("Pick orders at the NDC (national distribution center) warehouse.", "coding_system", []),
        # CDT: dental codes vs Central Daylight Time
        ("CDT coding experience required.", "coding_system", ["CDT"]),
        ("Shift runs 8:00 am to 4:30 pm CDT.", "coding_system", []),
        # CPT: procedure codes vs student work authorisation and a therapy
        ("CPT required.", "coding_system", ["CPT"]),
        ("F-1 students on CPT/OPT are welcome to apply.", "coding_system", []),
        ("Therapies offered: CBT, DBT, EMDR and CPT.", "coding_system", []),
        # DRG vs a regulatory group
        ("DRG validation required.", "coding_system", ["DRG"]),
        ("Report to the Devices Regulatory Group (DRG).", "coding_system", []),
        # HCPC (UK) is not HCPCS
        ("Must be HCPC registered.", "coding_system", []),
        # Epic: the EHR vs the adjective
        ("Epic EHR experience required.", "software", ["Epic"]),
        ("Experience with Epic required.", "software", ["Epic"]),
        ("Proficiency in EPIC preferred.", "software", ["Epic"]),
        ("Experience with epic, cerner or meditech.", "software", ["Epic", "Oracle-Health", "MEDITECH"]),
        ("Join us on an epic journey.", "software", []),
        ("It has been an epic year for our team.", "software", []),
        ("Epic journey ahead for new grads!", "software", []),
        # Excel: the spreadsheet vs the verb
        ("Intermediate Excel skills required.", "software", ["Microsoft-Excel"]),
        ("Experience navigating excel and google sheets.", "software", ["Microsoft-Excel"]),
        ("You will excel in a fast-paced environment.", "software", []),
        ("We help our coders excel at their jobs.", "software", []),
        ("Our matrons take ownership of their wards and they excel to high standards.", "software", []),
        ("Strong, up-to-date excel skills and advanced excel use.", "software", ["Microsoft-Excel"]),
        # eCW vs ward codes
        ("eCW experience preferred.", "software", ["eClinicalWorks"]),
        ("Contact the nurse in charge of ECW on extension 2301.", "software", []),
        # HIM skills with short forms
        ("ROI specialist experience required.", "skill", ["release_of_information"]),
        ("Show the ROI (return on investment) of the project.", "skill", []),
        ("CDI experience required.", "skill", ["clinical_documentation_improvement"]),
        ("Track CDI (C. difficile infection) rates on each ward.", "skill", []),
        ("Knowledge of A&P and medical terminology.", "skill", ["anatomy_physiology", "medical_terminology"]),
        ("FAA A&P mechanic licence for aircraft maintenance.", "skill", []),
    ],
)
def test_lookalikes(extract, text, kind, ids):
    assert extract(text).ids(kind) == ids


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Proficiency in SQL, Tableau and Power BI required.", ["SQL", "Tableau", "Power-BI"]),
        # the longer name is the product: not SQL as well
        ("Experience with SQL Server and SSRS.", ["SQL-Server", "SSRS"]),
        ("Knowledge of T-SQL and SQL Server Management Studio.", ["T-SQL", "SSMS"]),
        ("Reports built in SQL Server Reporting Services (SSRS).", ["SSRS"]),
        ("Registry software (CNExT or METRIQ) required; CRStar a plus.", ["CNExT", "METRIQ", "CRStar"]),
        ("PointClickCare experience strongly preferred; MatrixCare a plus.", ["PointClickCare", "MatrixCare"]),
        (
            "Proficient in Microsoft Office (Word, Excel, Outlook, PowerPoint).",
            ["Microsoft-Office", "Microsoft-Word", "Microsoft-Excel", "Microsoft-Outlook", "Microsoft-PowerPoint"],
        ),
        (
            "Good knowledge of Word, Excel, PowerPoint, Access and statistical packages.",
            ["Microsoft-Word", "Microsoft-Excel", "Microsoft-PowerPoint", "Microsoft-Access"],
        ),
        # "Power Point" in two words is a product of the list too
        (
            "Good knowledge of Word, Excel, Power Point, Access and statistical packages.",
            ["Microsoft-Word", "Microsoft-Excel", "Microsoft-PowerPoint", "Microsoft-Access"],
        ),
        ("Experience with MS Access databases.", ["Microsoft-Access"]),
        # Teams by its full names only: "teams" is an ordinary word
        ("Confident with spreadsheets, word, email and Microsoft teams.", ["Microsoft-Teams"]),
        ("Able to use MS Teams and Outlook.", ["Microsoft-Teams", "Microsoft-Outlook"]),
        ("Experience of working in teams.", []),
        # how the employer will meet the candidate, in any case
        ("Interviews will be held via Microsoft teams.", []),
        ("Happy to discuss the role by phone or on MS TEAMS.", []),
        # "access" is an ordinary word, in any list
        ("Word, Excel, Access to the internet and a car.", ["Microsoft-Word", "Microsoft-Excel"]),
        ("word, excel and access to records.", ["Microsoft-Word", "Microsoft-Excel"]),
        ("Contact the PCC team on extension 2301.", []),
    ],
)
def test_data_registry_and_long_term_care_software(extract, text, ids):
    found = extract(f"Requirements:\n- {text}\n").ids("software")
    if ids is None:  # the Microsoft lists: every product named, each once
        ids = [
            i for i in SOFTWARE if i.startswith("Microsoft-") and i.split("-")[1] in text and i != "Microsoft-Office"
        ]
        ids += ["Microsoft-Office"] if "Microsoft Office" in text else []
        assert sorted(found) == sorted(ids)
        return
    assert found == ids


def test_software_named_in_a_posting(extract):
    text = (
        "Requirements:\n"
        "- Experience with an encoder such as 3M 360 Encompass, 3M CodeFinder, Optum EncoderPro or TruCode.\n"
        "- Oracle Cerner or Meditech Expanse experience.\n"
        "- athenaOne, eClinicalWorks, NextGen or Allscripts.\n"
        "- MS Office, including Excel.\n"
    )
    assert extract(text).ids("software") == [
        "3M-360-Encompass",
        "3M-CodeFinder",
        "Optum-EncoderPro",
        "TruCode",
        "Oracle-Health",
        "MEDITECH",
        "athenahealth",
        "eClinicalWorks",
        "NextGen",
        "Veradigm",
        "Microsoft-Office",
        "Microsoft-Excel",
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Proficient in Microsoft Word, Excel and Outlook.",
            ["Microsoft-Word", "Microsoft-Excel", "Microsoft-Outlook"],
        ),
        (
            "Competent in the use of PC based technologies including Microsoft Outlook, Word.",
            ["Microsoft-Outlook", "Microsoft-Word"],
        ),
        (
            "Use of Microsoft office programmes including Outlook, Word, Excel.",
            ["Microsoft-Office", "Microsoft-Outlook", "Microsoft-Word", "Microsoft-Excel"],
        ),
        # in lower case, beside a product whose name is no ordinary word
        (
            "Good IT skills including word, excel and outlook.",
            ["Microsoft-Word", "Microsoft-Excel", "Microsoft-Outlook"],
        ),
        ("Able to use word and outlook.", ["Microsoft-Word", "Microsoft-Outlook"]),
        # a space alone between two programs, where the page lost a comma
        (
            "Proficient with Windows, MS Office, Excel Outlook, and Internet Explorer.",
            ["Microsoft-Office", "Microsoft-Excel", "Microsoft-Outlook"],
        ),
        ("Experience of excel/word.", ["Microsoft-Excel", "Microsoft-Word"]),
        (
            "Competent using IT systems including EMIS, Gmail; Word; Excel.",
            ["EMIS-Web", "Microsoft-Word", "Microsoft-Excel"],
        ),
        # alone, "Word" and "Outlook" are ordinary words, and "word processing" is the skill
        ("A positive outlook and a way with words. Word processing skills.", []),
        ("Good Word processing skills and a can-do Outlook.", []),
        ("A positive outlook, excellent teams and access to training.", []),
        ("Excel and word processing skills.", ["Microsoft-Excel"]),
        ("Microsoft Excel and Word processing.", ["Microsoft-Excel"]),
        # "Office" too, beside Windows with Microsoft named, or beside a product whose name is no ordinary word
        ("General computer skills (Microsoft Windows and Office Suite).", ["Microsoft-Office"]),
        ("Knowledgeable of Office, Outlook and Excel.", ["Microsoft-Office", "Microsoft-Outlook", "Microsoft-Excel"]),
        # ... not an office of the employer's
        ("Based in our Head Office and Windows office building.", []),
        ("The Office Manager uses Microsoft Word and Excel.", ["Microsoft-Word", "Microsoft-Excel"]),
        # in parentheses right after the suite's name
        (
            "Proficiency in MS Office (Excel pivot tables, Word).",
            ["Microsoft-Office", "Microsoft-Excel", "Microsoft-Word"],
        ),
        # ... nor Teams after "Office" with a space alone: "Microsoft Office Teams" is one name, here the interview's
        ("Interviews will be held virtually using Microsoft Office Teams.", []),
    ],
)
def test_word_and_outlook_named_alone_in_a_list_of_microsoft_products(extract, text, found):
    assert extract(f"Clerk\n{text}\n").ids("software") == found
