"""What real postings do that a keyword matcher gets wrong (issue 14), each with sentences written for the test.

Text as job boards render it, federal qualification paths, experience named
without the word, team descriptions, acronyms with other meanings, what
was set aside and why, and postings that are not health-information work.
"""

from __future__ import annotations

import json

import pytest

from screener.testing import run_cli

#: About a hundred words of a posting from another field: enough text to show what field a posting is in.
OTHER_FIELD = (
    "Community Nurse\n"
    "We are looking for a caring and motivated nurse to join our busy district nursing service. You will visit "
    "patients in their own homes, manage a caseload, assess needs and plan care with families, social workers and "
    "therapists. We offer flexible working, a generous pension, training and development, and a friendly team that "
    "supports each other every day. Applicants should be registered with the professional body, hold a full driving "
    "licence and have access to a car for work. Please contact the team lead for an informal discussion before you "
    "apply; interviews will be held in the spring.\n"
)
#: The same length of text from a coding posting.
CODING_FIELD = (
    "Outpatient Coder\n"
    "We are looking for an outpatient coder to assign diagnosis and procedure codes to emergency department and "
    "clinic encounters. You will review documentation, query providers, and keep coding accuracy above the "
    "department standard. We offer flexible working, a generous pension, training and development, and a friendly "
    "team that supports each other every day. Please contact the coding manager for an informal discussion before "
    "you apply; interviews will be held in the spring.\n"
)


def ids(extraction, kind: str = "credential") -> dict[str, str]:
    return {r.id: r.strength for r in extraction.requirements if r.kind == kind}


def asked(extraction, kind: str = "credential") -> dict[str, str]:
    """``ids`` without what the posting names as not required: what it asks for at all."""
    return {k: v for k, v in ids(extraction, kind).items() if v != "not_required"}


def years(extraction, strength: str = "required") -> set[float]:
    """The figures of experience asked at ``strength``."""
    return {r.years for r in extraction.requirements if r.kind == "experience" and r.strength == strength}


def groups(extraction, kind: str = "credential") -> list[set[str]]:
    found: dict[str, set[str]] = {}
    for r in extraction.requirements:
        if r.kind == kind and getattr(r, "any_of", None):
            found.setdefault(r.any_of, set()).add(r.id)
    return list(found.values())


# ---------------------------------------------------------------------- text as job boards render it


def test_a_job_boards_own_qualification_fields(extract):
    """The fields a job board adds under the posting: each line a value and its strength in parentheses."""
    extraction = extract(
        "Medical Coder\nJob Type: Full-time\nEducation:\n- Associate (Preferred)\nExperience:\n"
        "- Medical coding: 2 years (Required)\nLicense/Certification:\n- CPC (Required)\n- RHIT (Preferred)\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("associate", "preferred")]
    assert ids(extraction) == {"CPC": "required", "RHIT": "preferred"}
    assert extraction.minimum_experience_years("required") == 2


GLUED = (
    "Clinical Documentation Integrity Specialist\n"
    "Certification: Employees at this level must have either a mastery level certification or a clinical "
    "documentation certification. Mastery level certifications include: Certified Coding Specialist (CCS),Certified "
    "Coding Specialist - Physician-based (CCS-P),Registered Health Information Technician (RHIT),Certified "
    "Professional Coder (CPC). Clinical documentation certifications include: Certified Documentation Improvement "
    "Practitioner (CDIP)Certified Clinical Documentation Specialist (CCDS).\n"
)


def test_credentials_glued_to_their_neighbours_are_all_found_as_one_choice(extract):
    extraction = extract(GLUED)
    assert set(ids(extraction)) == {"CCS", "CCS-P", "RHIT", "CPC", "CDIP", "CCDS"}
    assert set(ids(extraction).values()) == {"required"}
    assert groups(extraction) == [{"CCS", "CCS-P", "RHIT", "CPC", "CDIP", "CCDS"}]


@pytest.mark.parametrize(
    "text",
    [
        "Coder\nCertification:CCS\n",
        "Coder\nRequired certification:(CCS),Certified Coding Specialist\n",
        "Coder\nCredential (RHIT)preferred\n",
    ],
)
def test_glued_headings_and_parentheses(extract, text):
    assert ids(extract(text)).keys() & {"CCS", "RHIT"}


@pytest.mark.parametrize(
    "text",
    [
        "Risk Adjustment Coder\nRequirements:\n- Active coding certification: CPC, CRC, CCS, RHIT or RHIA.\n"
        "Preferred:\n- Certified Risk Adjustment Coder (CRC) credential strongly preferred.\n",
        "Risk Adjustment Coder\nCRC preferred. Must hold one of: CPC, CRC, CCS, RHIT, RHIA.\n",
    ],
)
def test_a_credential_of_a_required_choice_may_also_be_preferred_on_its_own(extract, text):
    extraction = extract(text)
    asked = sorted((r.id, r.strength, bool(r.any_of)) for r in extraction.of_kind("credential"))
    assert asked == [
        ("CCS", "required", True),
        ("CPC", "required", True),
        ("CRC", "preferred", False),
        ("CRC", "required", True),
        ("RHIA", "required", True),
        ("RHIT", "required", True),
    ]
    # the same credential asked twice on its own is one requirement, the stronger
    assert [(r.id, r.strength) for r in extract("Coder\nCPC required. CPC preferred.\n").requirements] == [
        ("CPC", "required")
    ]


def test_acronyms_spelt_with_full_stops_are_credentials_of_their_own_strength(extract):
    extraction = extract("HIM Technician\nRequirements: R.H.I.T. or R.H.I.A. credential required. C.P.C. preferred.\n")
    assert ids(extraction) == {"RHIT": "required", "RHIA": "required", "CPC": "preferred"}
    assert groups(extraction) == [{"RHIT", "RHIA"}]
    # the acronym's full stop ends its sentence: the preference after it is not its own
    assert ids(extract("Coder\nMust hold R.H.I.T. CPC preferred.\n")) == {"RHIT": "required", "CPC": "preferred"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coder\nCertification required: Certified Coding Specialist - Physician-based(CCS-P).\n", {"CCS-P"}),
        ("Coder\nCertification required: RHIT or RHIA(AHIMA).\n", {"RHIT", "RHIA"}),
    ],
)
def test_an_opening_parenthesis_glued_to_the_word_before(extract, text, expected):
    """Job boards drop the space before "(": "Physician-based(CCS-P)" still names CCS-P."""
    assert set(ids(extract(text))) == expected


def test_a_glued_parenthesis_in_lower_case_stays_one_word(screener):
    """ "physician(s)" is one word with a plural mark, not a word and an acronym."""
    assert "physician(s" in [token.text for token in screener.nlp("Support the physician(s) daily.")]


def test_bullets_glued_into_a_line_part_it(extract):
    """A pasted list, its bullets glued to the words around them: each part is read, with its own cue."""
    extraction = extract("Coder\nQualifications:•2+ years coding experience•CPC required•Epic experience preferred\n")
    assert ids(extraction) == {"CPC": "required"}
    assert ids(extraction, "software") == {"Epic": "preferred"}
    assert [r.years for r in extraction.of_kind("experience")] == [2]


def test_a_semicolon_glued_between_words_parts_them(extract):
    extraction = extract("Coder\nCPMA (AAPC) strongly preferred;CEMC a plus\n")
    assert ids(extraction) == {"CPMA": "preferred", "CEMC": "preferred"}


@pytest.mark.parametrize("abbreviation", ["yrs.", "Yrs.", "YRS."])
def test_an_abbreviations_full_stop_ends_no_sentence(extract, abbreviation):
    """ "Minimum of 4 yrs. coding exp., including 1-2 yrs auditing": one sentence, so the 1-2 is a share of the 4."""
    extraction = extract(
        f"Coder\n- Minimum of 4 {abbreviation} professional-fee coding exp., including 1-2 yrs auditing\n"
    )
    assert extraction.minimum_experience_years() == 4


@pytest.mark.parametrize("text", ["Requires 6 mos. of coding experience.", "6 mos coding experience required."])
def test_months_in_their_short_form(extract, text):
    assert [(r.id, r.years) for r in extract(f"Coder\n{text}\n").of_kind("experience")] == [("coding", 0.5)]


def test_minimum_says_how_much_not_how_strongly_where_the_sentence_prefers(extract):
    found = extract("HIM Clerk\nMinimum 2 years' experience in a hospital HIM department preferred.\n")
    assert [r.strength for r in found.of_kind("experience")] == ["preferred"]
    found = extract("HIM Clerk\nMinimum 2 years' experience in a hospital HIM department.\n")
    assert [r.strength for r in found.of_kind("experience")] == ["required"]


def test_credentials_one_a_line_are_one_choice(extract):
    text = (
        "Coder II\nRequirements:\n - Two years of outpatient coding.\n"
        " - Registered Health Information Administrator (RHIA) (AHIMA)\n"
        " - Registered Health Information Technician (RHIT) (AHIMA)\n"
        " - Certified Professional Coder (CPC) (AAPC)\n"
        "Preferred Qualifications:\n - Epic experience preferred\n"
    )
    extraction = extract(text)
    assert groups(extraction) == [{"RHIA", "RHIT", "CPC"}]
    assert ids(extraction, "software") == {"Epic": "preferred"}


def test_lines_that_each_say_something_of_their_own_are_not_a_choice(extract):
    extraction = extract("Coder\nCPMA preferred.\nCRC a plus.\n")
    assert groups(extraction) == []
    assert ids(extraction) == {"CPMA": "preferred", "CRC": "preferred"}


@pytest.mark.parametrize(
    "lines",
    [
        # a cue of its own in parentheses, as job boards write each line
        "CCS - Certified Coding Specialist (Required)\nCPC - Certified Professional Coder (Preferred)\n"
        "COC - Certified Outpatient Coder (Preferred)\n",
        # two lines, each naming one credential twice, are two lines, not four
        "CCS - Certified Coding Specialist\nCPC - Certified Professional Coder\n",
    ],
)
def test_lines_that_name_a_credential_twice_or_carry_a_cue_are_not_a_menu(extract, lines):
    extraction = extract(f"Coder\nLicenses and Certifications:\n{lines}")
    assert groups(extraction) == []


def test_three_lines_that_name_a_credential_twice_are_still_a_menu(extract):
    text = (
        "Coder\nRequirements:\n- RHIA - Registered Health Information Administrator\n"
        "- RHIT - Registered Health Information Technician\n- CCS - Certified Coding Specialist\n"
    )
    assert groups(extract(text)) == [{"RHIA", "RHIT", "CCS"}]


# ---------------------------------------------------------------------- federal qualification texts

FEDERAL = (
    "Medical Records Technician (Coder)\n"
    "Basic Requirements: Experience and Education (1) Experience. Two years of creditable experience in medical "
    "coding. OR (2) Education. An associate's degree in health information technology. OR (3) Combination. "
    "Six months of experience and one year above high school with six semester hours of health information "
    "courses.\n"
    "GS-8 grade: One year of experience equivalent to the next lower grade level.\n"
)


def test_inline_numbered_paths_of_a_federal_posting(extract):
    extraction = extract(FEDERAL)
    assert extraction.minimum_experience_years() == 2
    assert extraction.minimum_education() == "associate"
    assert "high_school" not in {r.id for r in extraction.of_kind("education")}


def test_or_lines_before_a_path_label(extract):
    text = (
        "Health Information Technician\nExperience\nOne year of creditable experience in health records.\n"
        "OR, Education\nAn associate's degree in health information management.\n"
        "OR, Experience/Education Combination\nSix months of experience and one year above high school.\n"
    )
    extraction = extract(text)
    assert extraction.minimum_experience_years() == 1
    assert extraction.minimum_education() == "associate"


@pytest.mark.parametrize("text", ["Two years above high school.", "Thirty semester hours beyond high school."])
def test_years_above_high_school_are_not_a_high_school_diploma(extract, text):
    assert extract(f"Registrar\n{text}\n").of_kind("education") == []


@pytest.mark.parametrize(
    "text",
    [
        "Combination: Equivalent combination of successfully completed graduate-level education and experience.",
        "Education: Successfully completed 1 full year of graduate level education in a related field.",
    ],
)
def test_the_us_s_graduate_level_education_is_study_of_no_level(extract, text):
    """A year of graduate study is no level of the scale, as a year above high school is none ("graduate level" alone
    stays the UK's first degree: tested with the bachelor's cases)."""
    assert extract(f"Health Technician\n{text}\n").of_kind("education") == []


def test_code_sets_in_the_courses_of_a_coding_program_are_required_other_courses_are_not(extract):
    coder = extract(
        "Coder\nCompletion of an approved coding program of one year that included courses in anatomy, "
        "medical terminology, basic ICD diagnostic coding and basic CPT coding.\n"
    )
    assert ids(coder, "coding_system") == {"ICD-10": "required", "CPT": "required"}
    assert ids(coder, "skill") == {}
    degree = extract("Technician\nAn associate degree with 12 semester hours, e.g. courses in CPT coding.\n")
    assert ids(degree, "coding_system") == {}


# ---------------------------------------------------------------------- experience named without the word


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("3-5 years of acute care inpatient coding", 3),
        ("At least three years of outpatient facility coding.", 3),
        ("Two(2) years of Outpatient coding in an acute care setting.", 2),
        ("Five years as a coder in a trauma center.", 5),
        ("Minimum 2 years working in a physician office.", 2),
        ("2+ years outpatient surgical coding", 2),
        ("Two years professional fee coding in a clinic.", 2),
        ("5+ years CDI in an academic medical center", 5),
        ("3 years HIM in an acute care hospital", 3),
        # doing the job is no study the job offers
        ("In order to undertake this role you should have at least six months experience in a similar role.", 0.5),
        # a post's length is not the time since qualifying
        ("Must have 2 years post qualification experience.", 2),
        # "greater than" whom the posting invites; two whole figures with a slash are a range
        (
            "Applications are invited for those with greater than eighteen months of anaesthetic and/or critical "
            "care experience.",
            1.5,
        ),
        ("- Have a minimum of 3/4 years Theatre experience", 3),
    ],
)
def test_experience_named_by_the_work(extract, text, years):
    assert extract(f"Coder\n{text}\n").minimum_experience_years() == years


@pytest.mark.parametrize(
    "text",
    [
        "Must be 18 years of age.",
        "Two years of college coursework in medical coding.",
        "Complete 2 years of a coding program.",
        "This is a 12 month fixed term contract.",
        "A retention bonus after completing one year in the role.",
        "Two years coding bootcamp.",
        "We moved to new coding software 5 years ago coding by hand before.",
        "Experienced coders join a comprehensive internal training programme of 6-9 months.",
        "An experienced administrator is needed for a Fixed Term Contract of 11 months.",
        "Experienced staff will support the 5 year forward plan of the trust.",
        "Experienced staff will deliver a 5 year strategy for records.",
        "Experienced nurses join us while the 10 year NHS Plan promotes community care.",
        "This clinical post rotates 6 months in each service designed to provide experience.",
        "Experienced coders will join the 12 month induction with the team.",
        "A therapist with experience of working with children and young people aged 5 to 18 years.",
        "Experience of working with children aged 4 months to 5 years of age.",
        # a record of past work that vetting asks for
        "Successful applicants will be required to provide 5 years of work history, including two references.",
        "You must provide 3 years of employment history.",
        # what a figure of experience is paid
        "If you have 5+ years' experience as a Health Visitor you will be paid the top of band 6.",
        "Staff with over 2 years' experience start at the mid-point of the scale.",
        # how long a training or a probation lasts, and a term named before
        "This is usually a two year training programme, however, a nurse with previous sexual health experience may "
        "not require the full two years.",
        "Experienced staff complete a satisfactory 6 month probationary period.",
        # how long the post lasts, and the ages of the people it serves
        "Applications are 2 year posts, depending on experience, grade and preference of specialty.",
        "You will provide assessment for school aged children 0-19 years who experience speech difficulties.",
        "We require experienced coders for fixed term posts to cover a period of 14 months.",
        # a time to come, not a time worked
        "We welcome experienced staff and students who qualify within the next 6 months.",
        "Experienced coders will lead the service redesign over the coming two years.",
    ],
)
def test_figures_that_are_not_experience(extract, text):
    assert extract(f"Coder\n{text}\n").of_kind("experience") == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("One year of experience in health records, with at least six months in release of information.", 1),
        ("Three years of coding experience, including a minimum of 12 months of inpatient coding.", 3),
        ("Two years of experience in a registry, of which at least one year abstracting cases.", 2),
        ("Minimum Qualifications: Two years coding experience (one year with a CPC).", 2),
        ("Three to five (3-5) years of pro-fee coding experience, at least one (1) year in cardiology.", 3),
        (
            "A minimum of 4 years post-registration experience, which must include at least 2 years in respiratory "
            "and at least 1 year in intensive care.",
            4,
        ),
        ("Experience in Paediatrics for at least 2 years, including 6 months of NICU and 6 months at ST2 level.", 2),
        ("Or a combination of experience and education (e.g., six months of experience and a semester).", None),
    ],
)
def test_a_share_of_a_larger_figure_or_an_example_is_not_a_minimum_of_its_own(extract, text, years):
    assert extract(f"Coder\n{text}\n").minimum_experience_years() == years


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("5 years of coding experience, 2 years in a leadership role.", [5]),
        ("3 years of HIM experience, 1 year in a supervisory capacity.", [3]),
        # a figure of other work after the comma is asked for besides
        ("3 years of coding experience, 2 years of auditing experience.", [3, 2]),
    ],
)
def test_a_smaller_figure_in_a_role_after_a_comma_is_a_share(extract, text, figures):
    found = extract(f"Coding Manager\nRequired:\n{text}\n").of_kind("experience")
    assert [r.years for r in found] == figures


@pytest.mark.parametrize(
    "text",
    ["Six months to one year of medical coding experience preferred.", "6 months - 2 years of coding experience."],
)
def test_a_range_from_months_to_years_is_one_figure_its_lower_end(extract, text):
    figures = extract(f"Coder\nQualifications:\n{text}\n").of_kind("experience")
    assert [r.years for r in figures] == [0.5]


def test_six_months_with_no_larger_figure_before_it_is_a_minimum(extract):
    """The share rule needs a larger figure earlier in the same sentence: alone, the smaller figure counts."""
    text = "Coder\nSix months of coding experience, with at least one year of college.\n"
    assert extract(text).minimum_experience_years() == 0.5


GRADE_DETERMINATIONS = (
    "Medical Support Assistant\nBasic Requirements:\n1. Experience. Six months experience of clerical, office, or "
    "other administrative work;\nOR\n2. Education. One year above high school.\nGrade Determinations:\n"
    "GS-3 Medical Support Assistant (Entry Level)\nExperience or Education. None beyond the basic requirements.\n"
    "GS-4 Medical Support Assistant (Developmental Level)\nExperience or Education. One year of experience in "
    "clerical or office work\nOR two years of education above high school.\n"
)


def test_a_later_grade_of_a_grade_determinations_list_asks_more_than_the_minimum(extract):
    """The basic requirements are the bar; the second grade's figure is that grade's condition."""
    assert extract(GRADE_DETERMINATIONS).minimum_experience_years() == 0.5
    # ... while the first grade listed is the post's own: its figure is asked
    first_grade = "Coder\nGrade Determinations:\nGS-5 Coder\nOne year of experience in coding.\n"
    assert extract(first_grade).minimum_experience_years() == 1


def test_a_grade_ladder_figure_counts_only_when_nothing_else_is_stated(extract):
    ladder = "One year of specialized experience equivalent to the next lower grade level (GS-6)."
    assert extract(f"Medical Records Technician\n{ladder}\n").minimum_experience_years() == 1
    stated = f"Medical Records Technician\nThree years of experience in health information.\n{ladder}\n"
    assert extract(stated).minimum_experience_years() == 3


MARKDOWN_POSTING = (
    "Coder\n### Requirements\n\n**Required Knowledge, Skills & Education:**\n\n  * CPC\n"
    "  * 2+ years outpatient surgical coding\n\n{heading}\n\n  * CCS\n  * 2+ years ASC coding experience\n"
)


@pytest.mark.parametrize(
    "heading", ["**Preferred Knowledge, Skills & Education:**", "### Preferred", "__Preferred Qualifications__"]
)
def test_headings_in_markdown_govern_the_lines_under_them(extract, heading):
    """Job boards and saved pages write headings in Markdown: bold, or after #."""
    extraction = extract(MARKDOWN_POSTING.format(heading=heading))
    assert ids(extraction) == {"CPC": "required", "CCS": "preferred"}
    assert extraction.minimum_experience_years("required") == 2
    assert extraction.minimum_experience_years("preferred") == 2  # the same figure, preferred: kept apart


# ---------------------------------------------------------------------- what asks nothing of the candidate


@pytest.mark.parametrize(
    "text",
    [
        "Our coding team holds RHIT, CCS and CPC credentials.",
        "The HIM staff members have RHIT or RHIA credentials.",
        "Heartland's Professional Coding team is 26 coders strong - RHITs, CPCs and two CDIP-credentialed educators.",
    ],
)
def test_a_team_description_asks_nothing(extract, text):
    assert ids(extract(f"Coder\n{text}\n")) == {}


def test_a_hipaa_compliant_workspace_is_not_a_hipaa_skill(extract):
    assert ids(extract("Coder\nA dedicated, HIPAA-compliant workspace at home.\n"), "skill") == {}
    assert ids(extract("Coder\nKnowledge of HIPAA regulations required.\n"), "skill") == {"hipaa": "required"}


def test_the_software_our_coders_work_in_is_no_requirement(extract):
    extraction = extract("Coder\nOur coders work in Epic and 3M CodeFinder.\nPreferred:\n- Experience in Epic\n")
    assert ids(extraction, "software") == {"Epic": "preferred"}


def test_our_specialists_name_a_role_not_a_skill(extract):
    extraction = extract("Coder\nQuery providers and work with our CDI specialists.\n")
    assert ids(extraction, "skill") == {}


# ---------------------------------------------------------------------- acronyms with other meanings

OTHER_MEANINGS = [
    "You will be required to hold a Drivers CPC (Certificate of Professional Competence).",
    "Locala Community Partnerships CIC is looking for a nurse.",
    "The post is based at the CIC.",
    "Experience of CHC assessments would be desirable.",
    "Join our CHC team.",
    "Support the HCC screening clinic.",
    "Patients with infections such as meningitis, CDT and influenza.",
    "CCS staff will support you.",
]


@pytest.mark.parametrize("sentence", OTHER_MEANINGS)
def test_acronyms_meaning_something_else_in_a_posting_of_another_field(extract, sentence):
    extraction = extract(OTHER_FIELD + sentence + "\n")
    assert [r.id for r in extraction.requirements if r.kind in ("credential", "coding_system")] == []
    assert extraction.dismissed, "the set-aside mention is explained"
    assert extraction.in_scope is False


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("CPC preferred.", {"CPC": "preferred"}),
        ("CIC or CCS required.", {"CIC": "required", "CCS": "required"}),
        ("Certified Inpatient Coder (CIC) required.", {"CIC": "required"}),
        # a remark in parentheses, too long to be what the acronym stands for
        (
            "RHIA (RHIT with a bachelor's degree and 5+ years HIM leadership will be considered) required.",
            {"RHIA": "required", "RHIT": "required"},
        ),
    ],
)
def test_the_same_acronyms_in_a_coding_posting_are_credentials(extract, sentence, expected):
    extraction = extract(CODING_FIELD + sentence + "\n")
    assert ids(extraction) == expected
    assert extraction.in_scope is True


def test_a_sentence_after_a_capitalised_name_starts_anew(extract):
    """ "... Health Information Technology. CCS preferred.": the full stop ends the name before the acronym."""
    text = "Associate degree in Health Information Technology. CCS preferred.\n"
    assert ids(extract(CODING_FIELD + text)) == {"CCS": "preferred"}
    # without the full stop the capitalised words run on into the acronym: a name, as before
    assert ids(extract(OTHER_FIELD + "Join the team at Connect Healthcare Rotherham CIC.\n")) == {}


def test_a_long_form_does_not_run_back_past_a_bracket(extract):
    """In "AHIMA credential (RHIA, RHIT) or AAPC credential (CPC)" nothing before "(RHIA" spells out the CPC."""
    extraction = extract(CODING_FIELD + "AHIMA credential (RHIA, RHIT) or AAPC credential (CPC) required.\n")
    credentials = extraction.of_kind("credential")
    assert sorted(r.id for r in credentials) == ["CPC", "RHIA", "RHIT"]
    assert len({r.any_of for r in credentials}) == 1 and credentials[0].any_of is not None
    assert extraction.dismissed == []


def test_a_long_form_broken_at_a_line_end_is_still_the_credentials(extract):
    """Text from a PDF: "Certified Coding Spe-\ncialist (CCS)" spells out the CCS, not something else."""
    extraction = extract(CODING_FIELD + "Certified Coding Spe-\ncialist (CCS) required.\n")
    assert ids(extraction) == {"CCS": "required"}
    assert extraction.dismissed == []


def test_an_acronym_with_a_credential_signal_counts_in_any_posting(extract):
    assert ids(extract(OTHER_FIELD + "AAPC CPC certification preferred.\n")) == {"CPC": "preferred"}


def test_hcc_in_risk_adjustment_is_a_code_set(extract):
    extraction = extract(OTHER_FIELD + "Review charts for HCC coding gaps.\n")
    assert ids(extraction, "coding_system") == {"HCC": "required"}


@pytest.mark.parametrize(
    ("sentence", "coding_system"),
    [
        (
            "Use the ICD10 (International Statistical Classification of Diseases and Related Health Problems - 10th"
            "Revision) classification to assign codes.",  # glued as the job board rendered it
            "ICD-10",
        ),
        ("A Certified Coding Specialist (CCS) credential is required.", None),
    ],
)
def test_a_long_form_that_says_more_than_the_name_keeps_its_meaning(extract, sentence, coding_system):
    """A spelled-out form holding every word of the knowledge base's name is that meaning, not another one."""
    extraction = extract(CODING_FIELD + sentence + "\n")
    if coding_system is not None:
        assert coding_system in ids(extraction, "coding_system")
    else:
        assert ids(extraction) == {"CCS": "required"}
    assert not [d for d in extraction.dismissed if "another meaning" in d.reason]


@pytest.mark.parametrize(
    "text",
    ["Level One: Non-Certified Professional Coder. Abstracts cases.", "Non-CPC coders are trained on the job."],
)
def test_a_credential_negated_by_non_is_not_asked_for(extract, text):
    extraction = extract(CODING_FIELD + text + "\n")
    assert ids(extraction) == {}
    assert any(d.rule == "negated-by-non" for d in extraction.dismissed)


def test_a_short_text_keeps_the_benefit_of_the_doubt(extract):
    assert ids(extract("CPC required.")) == {"CPC": "required"}


# ---------------------------------------------------------------------- explain, and what is in scope


def test_explain_lists_every_mention_set_aside_with_its_reason_and_rule(tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text(
        "Medical Coder\nWe pay for your RHIA exam. CPC required.\nOur coding team holds RHIT and CCS credentials.\n",
        encoding="utf-8",
    )
    result = run_cli("extract", str(posting), "--format", "json", "--explain")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [r["id"] for r in data["requirements"]] == ["CPC"]
    dismissed = {d["id"]: (d["rule"], d["reason"]) for d in data["dismissed"]}
    assert dismissed["RHIA"][0] == "benefit"
    assert dismissed["RHIT"][0] == dismissed["CCS"][0] == "team-description"
    assert all(reason for _, reason in dismissed.values())
    plain = run_cli("extract", str(posting), "--format", "json")
    assert "dismissed" not in json.loads(plain.stdout), "only on request: the default JSON is unchanged"
    table = run_cli("extract", str(posting), "--explain")
    assert "Not read as requirements" in table.stdout and "a benefit the employer offers" in table.stdout


def test_a_posting_of_another_field_is_not_in_scope_and_never_tops_a_ranking(tmp_path):
    from conftest import SAMPLES

    off = tmp_path / "warehouse.txt"
    off.write_text("Warehouse Associate\nMust be able to lift 50 pounds. Forklift license preferred.\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("Medical Coder\nJoin our team!\n")
    coder = SAMPLES / "postings" / "cpc-or-ccs.txt"
    profile = SAMPLES / "profiles" / "new-graduate-rhit-eligible.yaml"
    result = run_cli("rank", str(off), str(empty), str(coder), "--profile", str(profile), "--format", "json")
    ranking = json.loads(result.stdout)
    assert [r["source"] for r in ranking] == [str(coder), str(empty), str(off)]
    assert [r["score"] for r in ranking[1:]] == [0, 0]
    screened = json.loads(run_cli("screen", str(off), "--profile", str(profile), "--format", "json").stdout)
    assert screened["in_scope"] is False
    assert (screened["fit"]["verdict"], screened["fit"]["score"]) == ("not_qualified", 0)
    assert screened["fit"]["note"]


@pytest.mark.parametrize(
    ("text", "in_scope"),
    [
        ("Clerical Officer\nYou will process subject access requests from patients and solicitors.\n", True),
        ("Clerical Officer\nYou will process purchase orders from suppliers and solicitors.\n", False),
        ("Receptionist\nDuties include maintaining patient notes and filing.\n", True),
        ("Ward Clerk\nYou will prepare case notes for clinics.\n", True),
        ("Receptionist\nDuties include greeting visitors and answering the phone.\n", False),
        ("Data Quality Lead\nImprove the quality of data on our patient administration system.\n", True),
        ("MDT Coordinator\nMonitor patient pathways against the national cancer waiting times targets.\n", True),
        ("Audit Manager\nManaging and maintaining local and national cancer registries.\n", True),
        ("Medical Secretary\nMaintaining accurate and up to date patient files on SystmOne.\n", True),
        # the UK's patient administration
        ("Ward Clerk\nAccurate input of admissions into our PAS System and dealing with medical notes.\n", True),
        ("Admissions Scheduler\nBooking patients, data entry and hospital notes management.\n", True),
        ("Medical Secretary\nTyping clinic letters, patient referral queries and RTT validation.\n", True),
        ("Admissions Coordinator\nYou must ensure that waiting lists are validated every week.\n", True),
        ("Cancer Pathways Tracker\nTrack each pathway against the cancer waiting time targets.\n", True),
        ("Support Co-ordinator\nManage tertiary referrals, radiology alerts and cancer data collection.\n", True),
        ("Information Analyst\nYou will be responsible for data quality and benchmarking.\n", True),
        ("Information Analyst\nEnsure that the Trust's central returns are completed on time.\n", True),
        ("Lead Analyst\nExperience of working with NHS data sets and the NHS data dictionary.\n", True),
        ("Analyst\nExperience of working with sales data sets.\n", False),
        # ... not a clinical support post's notes
        ("Therapy Assistant\nWrite in the patient's medical notes after each session.\n", False),
        ("Medical Laboratory Assistant\nLabel samples and check patient data quality.\n", False),
    ],
)
def test_the_uk_s_words_for_records_work_show_the_field(extract, text, in_scope):
    """Subject access requests (the right of access to health records), patient notes and case notes."""
    assert extract(text).in_scope is in_scope


@pytest.mark.parametrize(
    ("text", "in_scope"),
    [
        # clinical work keeps patient records as part of the care
        ("Staff Nurse\nYou must hold current NMC registration. Maintain accurate patient records.\n", False),
        ("Team Leader\nA Registered Mental Health Nurse who keeps clinical records up to date.\n", False),
        ("Physiotherapist\nHCPC registered. Write case notes after each session.\n", False),
        # the US federal clinical support post, not the field's technician
        ("Health Technician\nScheduling appointments; documenting medical records; taking vital signs.\n", False),
        ("Health Information Technician\nScheduling appointments; documenting medical records.\n", True),
        # ... as does a consultant doctor's post, and therapeutic work with patients
        (
            "Consultant in Histopathology\nWe seek a Consultant Cellular Histopathologist. The trust has an electronic "
            "patient record.\n",
            False,
        ),
        (
            "Activity Co-ordinator\nPlan therapeutic activities for inpatients and record each session in the "
            "patients' care record.\n",
            False,
        ),
        # a post that supports consultants is no consultant's
        ("Medical Secretary\nYou will support the Consultant Psychiatrists and maintain patient records.\n", True),
        # what it asks of the field still counts, and so does records work without a clinical register
        ("Case Manager\nRegistered Nurse. Knowledge of coding and healthcare payment systems.\n", True),
        ("Ward Clerk\nYou will file patient records for the ward's nurses.\n", True),
    ],
)
def test_a_clinical_register_outweighs_records_kept_as_part_of_the_care(extract, text, in_scope):
    assert extract(text).in_scope is in_scope


RECORDS_KEPT = "You will keep accurate patient records and follow information governance policies.\n"


@pytest.mark.parametrize(
    ("title", "in_scope"),
    [
        # a title that names a clinical or other trade: its records are part of that work
        ("Band 5 Staff Nurse", False),
        ("Highly Specialist Respiratory Physiotherapist", False),
        ("Healthcare Assistant", False),
        ("IAPT Psychological Wellbeing Practitioner", False),
        ("General Adult Consultant", False),
        ("Senior Java Developer", False),
        ("Domestic Cleaner", False),
        # ... not one that names the field's or an office's work beside it
        ("Ward Clerk", True),
        ("Medical Secretary to the Consultant Psychiatrists", True),
        ("Nursing Workforce Information Analyst", True),
        ("Business Intelligence Developer", True),
        ("Cancer Registrar", True),
        ("Records Officer", True),
    ],
)
def test_a_title_that_names_other_work_outweighs_records_kept_as_part_of_it(extract, screener, title, in_scope):
    # the title as a text file gives it (the first line), and as a record gives it (apart from the text)
    assert extract(f"{title}\n{RECORDS_KEPT}").in_scope is in_scope
    assert screener.extract(RECORDS_KEPT, title=title).in_scope is in_scope


@pytest.mark.parametrize(
    ("text", "in_scope"),
    [
        ("Domestic Cleaner\nKnowledge of the colour coding system for cleaning equipment.\n", False),
        ("Mobile Developer\nYou will own the work from specification, through coding, to testing.\n", False),
        # "coding" under a title of no other trade still touches the field
        ("Case Manager\nKnowledge of coding and healthcare payment systems.\n", True),
    ],
)
def test_a_title_that_names_other_work_outweighs_its_coding_too(extract, text, in_scope):
    assert extract(text).in_scope is in_scope


def test_the_field_s_own_work_keeps_a_posting_in_scope_whatever_its_title(screener):
    assert screener.extract("Coder\nClinical coding of inpatient episodes.\n", title="Staff Nurse").in_scope is True
    assert screener.extract("RHIT required. " + RECORDS_KEPT, title="Physiotherapist").in_scope is True


def test_a_title_read_from_a_json_record_is_the_title_the_rule_reads(tmp_path):
    records = tmp_path / "postings.jsonl"
    records.write_text(
        "\n".join(json.dumps({"title": title, "description": RECORDS_KEPT}) for title in ("Staff Nurse", "Ward Clerk"))
        + "\n",
        encoding="utf-8",
    )
    result = run_cli("extract", str(records), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(line)["in_scope"] for line in result.stdout.splitlines()] == [False, True]


@pytest.mark.parametrize(
    ("text", "in_scope"),
    [
        ("Representative\nProcess all billing for third party payers so that clean claims are released.\n", True),
        ("Posting Specialist\nPost receipts to the proper patient account.\n", True),
        ("Billing Specialist\nPrepare client invoices for the firm's attorneys and track retainers.\n", False),
        # patient access, the front of the revenue cycle
        ("Patient Service Representative\nCollects co-payments. Posts payments at the end of day.\n", True),
        ("Access Representative\nPerforms insurance verification before each visit.\n", True),
        ("Receptionist\nGreets patients and answers the phones.\n", False),
        ("Cashier Clerk\nExplains the annual co-payment maximum, coinsurance and deductibles.\n", True),
        ("Processor\nResearch pre-authorizations for member claims and referrals.\n", True),
        # ... and the payer's consent before the care
        ("Inpatients Coordinator\nInpatient and theatre bookings as well as insurance authorisations.\n", True),
        ("Patient Access Specialist\nObtains prior authorizations before scheduled procedures.\n", True),
        ("Staff Nurse\nObtains prior authorizations before scheduled procedures.\n", False),
        # a hospital's bills to its patients, and who explains them
        ("Collections Representative\nReproduce patient bills and manage delinquent self-pay accounts.\n", True),
        ("Financial Counselor\nThree years of experience in financial counseling or patient accounting.\n", True),
        ("Counsellor\nThree years of experience in counselling; keep patient records.\n", False),
        ("Support Assistant\nObtain and process demographic and insurance information.\n", True),
        ("Technician\nThe knowledge required to perform the duties of a Medical Reimbursement Technician.\n", True),
        ("Admin Lead\nKeep accurate records of appointments, post, patient registration and filing.\n", False),
    ],
)
def test_a_provider_s_billing_words_show_the_field(extract, text, in_scope):
    """Third-party payers, clean claims and patient accounts: the revenue cycle of a hospital or practice."""
    assert extract(text).in_scope is in_scope


# ---------------------------------------------------------------------- skills named by the work


@pytest.mark.parametrize(
    ("sentence", "skill"),
    [
        ("The registrar identifies, abstracts and follows reportable cases.", "abstracting"),
        ("Analyze and abstract patients' health records.", "abstracting"),
        ("Process requests for protected health information from patients and attorneys.", "release_of_information"),
        ("Handle subject access requests within statutory timescales.", "release_of_information"),
        ("Check the completeness of the health record after discharge.", "chart_analysis"),
        ("Analyze discharged records for completeness.", "chart_analysis"),
        ("Assign deficiencies to providers and track them to completion.", "chart_analysis"),
        ("Monitor record deficiencies daily.", "chart_analysis"),
        ("Audit records regularly for accuracy, completeness, and compliance.", "chart_analysis"),
        ("Respond to record requests from residents, families and third parties.", "release_of_information"),
        ("Leverage understanding of disease process to identify relevant details.", "pathophysiology"),
        (
            "Solid knowledge of ICD-10-CM guidelines, medical terminology, anatomy, and disease processes.",
            "anatomy_physiology",
        ),
        ("Strong knowledge of medical terminology and musculoskeletal anatomy.", "anatomy_physiology"),
        ("Perform retrospective coding audits.", "coding_compliance"),
        ("Work the NCCI edit queue daily.", "coding_compliance"),
        ("Ensure that coders are following the official coding guidelines and local policies.", "coding_compliance"),
        (
            "Submit claims, ensuring codes are correct in accordance with federal and payer regulations.",
            "coding_compliance",
        ),
        ("Ensures compliance with the coding, guidelines, and billing rules of each payer.", "coding_compliance"),
        ("Reviews records to insure completeness and use of accepted nomenclature.", "chart_analysis"),
        ("Assemble health information by ensuring initial medical charts are complete.", "chart_analysis"),
        ("Assures proper release of requested copies of medical records.", "release_of_information"),
        ("Abstract demographic, cancer discovery, treatment and follow-up data for the registry.", "abstracting"),
        ("Familiarity with standard medical terms.", "medical_terminology"),
        ("General knowledge of medical and insurance terminology required.", "medical_terminology"),
        ("Performs quantitative and qualitative analysis of inpatient, swing bed and ED records.", "chart_analysis"),
        ("Ensures coding follows CMS, Medicaid and FQHC billing rules.", "coding_compliance"),
        ("Knowledge of medical, legal and insurance terminology.", "medical_terminology"),
    ],
)
def test_skills_named_by_the_work(extract, sentence, skill):
    assert skill in ids(extract(f"Coder\n{sentence}\n"), "skill")


@pytest.mark.parametrize(
    "sentence",
    [
        "Previous trainees have presented abstracts at international conferences.",
        "Staff will not be abstracted from shifts.",
        "Located in the Privacy and Release of Information section of the medical center.",
        "Vitamin D deficiency clinic for patients.",
        "Audit insurance verification records for completeness and accuracy.",
        "Assist the City Clerk in responding to public records requests under the Public Records Act.",
        "Book anatomy scans for expectant mothers.",
        # the coder's own accurate coding is the job, not the compliance of others' coding
        "Assign codes in accordance with national clinical coding standards.",
        "Ensure the insurance forms are complete before the visit.",
        "Press release of the hospital's new records building.",
    ],
)
def test_words_of_the_work_that_name_something_else(extract, sentence):
    assert ids(extract(f"Coder\n{sentence}\n"), "skill") == {}


def test_knowledge_named_only_on_a_later_qualification_path_is_not_asked(extract):
    text = (
        "Medical Records Technician\nBasic Requirements:\n(1) Experience. One year of experience that shows "
        "knowledge of medical terminology. OR (2) Education. An associate's degree. OR (3) Combination. Six "
        "months of experience that shows knowledge of release of information, and one year above high school.\n"
    )
    skills = ids(extract(text), "skill")
    assert skills == {"medical_terminology": "required"}


def test_a_line_starting_with_and_ends_the_paths_what_follows_applies_to_every_path(extract):
    text = (
        "Medical Support Assistant\nGrade Requirements: GS-5: Experience\n"
        "One year of experience equivalent to the GS-4 grade level\n"
        "OR, Education\nFour years of education above high school\n"
        "AND, Demonstrated Knowledge, Skills, and Abilities\n"
        "Advanced knowledge of medical terminology to communicate clinical staff instructions to patients\n"
    )
    extraction = extract(text)
    assert ids(extraction, "skill") == {"medical_terminology": "required"}
    assert [r.path for r in extraction.of_kind("skill")] == [None]


def test_a_section_in_capitals_after_a_blank_line_ends_the_paths(extract):
    text = (
        "Health Information Specialist II\nMINIMUM QUALIFICATIONS\n"
        "Education: Equivalent to graduation from high school.\nAND\n"
        "Experience: Two (2) years of health information work.\nOR\n"
        "Education: Completion of an associate degree in Health Information Technology.\n\n"
        "CERTIFICATION: Possession of one of the following certifications at time of appointment: Registered "
        "Health Information Technician (RHIT) issued by AHIMA, Certified Coding Associate (CCA) issued by AHIMA, "
        "or Certified Professional Coder (CPC) issued by AAPC.\n\n"
        "DESIRABLE QUALIFICATIONS: Certified Coding Specialist - Physician-based (CCS-P); experience with NextGen "
        "EHR.\n\nKNOWLEDGE OF: Medical terminology.\n"
    )
    extraction = extract(text)
    credentials = extraction.of_kind("credential")
    assert [(r.id, r.strength, r.path) for r in credentials] == [
        ("RHIT", "required", None),
        ("CCA", "required", None),
        ("CPC", "required", None),
        ("CCS-P", "preferred", None),
    ]
    assert credentials[0].any_of is not None and {r.any_of for r in credentials[:3]} == {credentials[0].any_of}
    assert credentials[3].any_of is None
    # what every path needs is asked, not set aside as knowledge of a later path
    assert ids(extraction, "skill") == {"medical_terminology": "required"}
    assert ids(extraction, "software") == {"NextGen": "preferred"}


VA_CODER = (
    "Medical Records Technician (Coder)\nBasic Requirements:\n"
    "(1) Experience. One year of creditable experience that indicates knowledge of medical terminology; OR\n"
    "(2) Education. Successful completion of a course of study in medical records technology; OR\n"
    "(3) Experience/Education Combination. Equivalent combinations of creditable experience and education.\n"
    "{gap}Certification: Persons hired must have either:\n"
    "(a) A coding certification through AHIMA: CCA, CCS or CCS-P; or\n"
    "(b) A coding certification through AAPC: CPC, COC or CPC-A; or\n"
    "(c) An HIM certification through AHIMA: RHIT or RHIA.\n"
)


@pytest.mark.parametrize(
    "gap",
    [
        "\n",  # a blank line, then a label of its own
        "(4) ",  # the next item of the paths' list, which no "OR" made a path
    ],
)
def test_a_certification_after_the_last_path_is_asked_of_every_path(extract, gap):
    extraction = extract(VA_CODER.format(gap=gap))
    credentials = extraction.of_kind("credential")
    assert [r.id for r in credentials] == ["CCA", "CCS", "CCS-P", "CPC", "COC", "CPC-A", "RHIT", "RHIA"]
    assert {r.any_of for r in credentials} == {credentials[0].any_of} and credentials[0].any_of is not None
    assert {r.path for r in credentials} == {None}
    assert [(r.years, r.path) for r in extraction.of_kind("experience")] == [(1.0, 1)]


def test_a_va_coder_without_a_certification_does_not_meet_it_on_the_experience_path(tmp_path):
    from screener import Screener

    screener = Screener()
    profile = {
        "name": "X",
        "education": [{"level": "high_school"}],
        "skills": ["medical terminology"],
        "experience": [{"role": "Coder", "years": 2, "coding": True}],
    }
    text = VA_CODER.format(gap="\n")
    without = screener.screen(text, profile).fit
    holding = screener.screen(text, {**profile, "credentials": [{"id": "CPC", "status": "active"}]}).fit
    (choice,) = [item for item in without.items if item.kind == "credential"]
    assert choice.status != "met" and choice.strength == "required"  # eligible for the CCA at most
    assert holding.score > without.score


CDI_LISTS = (
    "CDI Specialist\nCertification. Employees must have either a mastery level certification or a clinical "
    "documentation improvement certification.\nCurrent mastery level certifications include: Certified Coding "
    "Specialist (CCS), Registered Health Information Technician (RHIT).\nCurrent Clinical Documentation "
    "Improvement Certifications include: Clinical Documentation Improvement Practitioner (CDIP)Certified Clinical "
    "Documentation Specialist (CCDS).\n"
)


def test_two_include_lists_on_consecutive_lines_are_one_choice(extract):
    credentials = extract(CDI_LISTS).of_kind("credential")
    assert [r.id for r in credentials] == ["CCS", "RHIT", "CDIP", "CCDS"]
    assert {r.any_of for r in credentials} == {credentials[0].any_of} and credentials[0].any_of is not None


LEAD_CODER = (
    "Lead Medical Records Technician (Coder)\n"
    "Basic Requirements:\n"
    "- Certification: Persons hired must have either (1), (2), or (3) below:\n"
    "- Apprentice/Associate Level Certification through AHIMA or AAPC.\n"
    "- Mastery Level Certification through AHIMA or AAPC.\n"
    "- Clinical Documentation Improvement Certification through AHIMA or ACDIS.\n"
    "- Experience and Education:\n"
    "- Experience. One year of creditable experience that indicates knowledge of medical terminology and "
    "pathophysiology, OR\n"
    "- Education. An associate's degree in health information technology (e.g., courses in anatomy and "
    "physiology), OR\n"
    "- Experience/Education Combination. Six months of experience and one year above high school.\n"
)


def test_or_ending_a_sentence_line_separates_paths_and_a_label_bullet_ends_a_lead_in_list(extract):
    """ "..., OR" ending a line after a lower-case word separates paths (a city's ", OR" follows a capital).

    The lead-in "must have either (1), (2), or (3) below:" governs the three
    bullets after it; the bullet "- Experience and Education:" is a label that
    starts the next part, so the experience path is the first of its own list.
    """
    extraction = extract(LEAD_CODER)
    assert [(r.years, r.path) for r in extraction.of_kind("experience")] == [(1, 1), (0.5, 3)]
    assert extraction.minimum_experience_years("required") == 1
    assert ids(extraction, "skill") == {"medical_terminology": "required", "pathophysiology": "required"}


def test_a_label_bullet_ends_the_list_a_lead_in_governs(extract):
    """ "- Experience:" after a lead-in's bullets starts a part of its own: what follows is no alternative path."""
    text = (
        "Coder\nBasic Requirements:\n- Certification: Persons hired must have either (1), (2), or (3) below:\n"
        "- Apprentice/Associate Level Certification through AHIMA or AAPC.\n"
        "- Mastery Level Certification through AHIMA or AAPC.\n"
        "- Clinical Documentation Improvement Certification through AHIMA or ACDIS.\n"
        "- Experience:\n- Two years of coding experience.\n"
    )
    extraction = extract(text)
    assert [(r.years, r.path) for r in extraction.of_kind("experience")] == [(2, None)]
    assert extraction.minimum_experience_years("required") == 2


def test_a_state_abbreviation_is_not_a_federal_or_line(extract):
    """ "Salem, OR" (Oregon) ends a line of a job board's header: it separates no qualification paths."""
    extraction = extract("Records Specialist Job in Salem, OR\nSummary\nProcess requests for medical records.\n")
    assert extraction.requirements[0].path is None
    assert ids(extraction, "skill") == {"release_of_information": "required"}


# ---------------------------------------------------------------------- topic headings under a strength heading


@pytest.mark.parametrize(
    "text",
    [
        "Coder\nPreferred Qualifications\nEducation: Bachelor degree\nExperience: Epic\n",
        "Coder\nPreferred Qualifications\nEducation\n- Bachelor degree\nSoftware Experience\n- Epic\n",
    ],
)
def test_a_topic_heading_under_preferred_qualifications_is_preferred(extract, text):
    extraction = extract(text)
    assert {(r.id, r.strength) for r in extraction.requirements} == {("bachelor", "preferred"), ("Epic", "preferred")}


def test_a_topic_heading_on_its_own_is_required(extract):
    extraction = extract("Coder\nEducation\n- Associate degree\nCertifications\n- CCS\n")
    assert {(r.id, r.strength) for r in extraction.requirements} == {("associate", "required"), ("CCS", "required")}


def test_a_duties_heading_ends_what_preferred_qualifications_governs(extract):
    text = "Coder\nPreferred Qualifications\nCertifications\n- CCS\nResponsibilities\n- Code charts in Epic\n"
    assert ids(extract(text), "software") == {"Epic": "required"}


def test_the_readme_shows_real_explain_output():
    """The README's ``--explain`` example is what the command prints (80 columns, as in a pipe)."""
    import os
    import re
    import subprocess
    import sys

    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```console\n\$ printf '([^']*)' \| screener extract - --explain\n(.*?)```", readme, re.S)
    assert block, "no --explain example in the README"
    posting = block.group(1).replace("\\n", "\n")
    result = subprocess.run(
        [sys.executable, "-m", "screener", "extract", "-", "--explain"],
        input=posting,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "80"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == block.group(2)


# ---------------------------------------------------------------------- education in British wording (NHS, blind set)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("You'll also need a degree (or equivalent) in a relevant subject.", "bachelor"),
        ("Applicants must hold a relevant degree.", "bachelor"),
        ("* Degree in Business Administration or similar", "bachelor"),
        ("Degree qualified, or equivalent experience.", "bachelor"),
        ("You must have a BSc in Clinical Physiology (or equivalent).", "bachelor"),
        ("BSc (Hons) or MSc in Occupational Therapy", "bachelor"),
        ("MSc in Health Informatics is essential.", "master"),
        ("A Foundation degree in health records management is essential.", "associate"),
        ("A postgraduate degree in health informatics is essential.", "master"),
        ("An MRes or MPhil in health data science.", "master"),
        ("Research experience, including a higher degree, is also essential.", "master"),
        ("You will hold a recognised ANP qualification at Masters level.", "master"),
        ("Certificate of completion from an accredited coding program required.", "certificate"),
        ("Vocational/technical school certificate in medical coding.", "certificate"),
        ("Education to post graduate level or equivalent level of knowledge.", "master"),
        ("You will have a postgraduate qualification or equivalent experience.", "master"),
        ("Someone with an MSc/PhD in statistics.", "master"),  # a slash: one or the other
        ("- Relevant Nursing Degree - Either newly qualified or due to qualify in 2021", "bachelor"),
        ("To apply, you must have:\n  * Biomedical Science degree or equivalent.", "bachelor"),
        # a bare "Masters" before a higher level, "Masters qualification", "masters-level"
        ("You will have a Masters or PhD, and experience of managing a team.", "master"),
        ("Graduate degree in health informatics or a related field.", "master"),
        # the UK's "graduate level" is a first degree's; "BSC" as some pages write it
        ("- Graduate level qualification or equivalent experience", "bachelor"),
        ("You will hold a public health qualification at graduate level.", "bachelor"),
        ("They will have a 1:1 or 2:1 BSC in Audiology or equivalent qualification.", "bachelor"),
        ("Knowledge from a post- graduate qualification in clinical pharmacy is essential.", "master"),
        ("What we're looking for:\n- Degree educated, enthusiastic and motivated individual", "bachelor"),
        ("We are looking for someone educated at degree or equivalent level of experience.", "bachelor"),
        ("Entry requirement is an upper second honours degree (2.1) from a UK university.", "bachelor"),
        # a level the candidate may be working towards elsewhere, or another requirement, leaves this one asked
        (
            "The successful candidate will be educated to degree level, be CIPS qualified (or working towards the "
            "Level 6 CIPS qualification).",
            "bachelor",
        ),
        (
            "If you have a degree in HR or equivalent experience and have achieved or are working towards CIPD.",
            "bachelor",
        ),
        # a registration asked besides the levels, not as another choice
        ("Must be a Registered nurse (adult branch), hold a Degree / Masters level study, or equivalent.", "bachelor"),
        ("An under-graduate degree in health informatics.", "bachelor"),
        ("  * Relevant Masters qualification or equivalent experience", "master"),
        ("You will hold either a masters-level qualification or extensive experience.", "master"),
        # a postgraduate diploma is above the degree beside it: the degree is the lowest path
        ("- A degree / postgraduate diploma (or equivalent) in Speech and Language Therapy", "bachelor"),
        # a diploma in the field's work, or said of a coding program, is a certificate
        ("Requirements: Associate degree or diploma in medical coding", "certificate"),
        # "educated to a degree", "to a degree in": the degree, not "somewhat"
        ("You will be educated to a degree.", "bachelor"),
        ("Qualified to a degree in health sciences or equivalent.", "bachelor"),
        # a master's alone, or beside a first degree, is still asked
        ("An MSc in Health Informatics or a PhD is essential.", "master"),
        # the qualification itself, and the test in capitals
        ("Completion of high school in the United States or equivalent.", "high_school"),
        ("GED required.", "high_school"),
        # a postgraduate qualification of a field: a master's
        ("You must be registered as a Pharmacist with a post graduate clinical pharmacy qualification.", "master"),
        ("A postgraduate records management qualification is essential.", "master"),
        # the UK's master's level, and a foundation degree's level
        ("- Relevant M level qualification and IBMS membership", "master"),
        ("You must have studied to a minimum level 5 Foundation degree level in health care.", "associate"),
        # a postgraduate diploma beside a first degree is above it
        (
            "Any records management qualification (a postgraduate certificate, a bachelor degree or a masters).",
            "bachelor",
        ),
        ("- Completion of a medical coding program (certificate or diploma) within the last 3 years", "certificate"),
        # "MS" and "MA" beside another degree, before "degree", or an MS in a named field
        ("Education: MS/MA in Health Information Management required.", "master"),
        ("MA/MS in health informatics.", "master"),
        ("An MS degree in Health Informatics is required.", "master"),
        ("MS in Health Informatics required.", "master"),
        # (with "DipSW or CQSW" after them, a route of no level, the lowest route asks none: see
        # test_a_level_pursued_offered_or_worked_at_is_not_asked)
        ("Essential: MA or BA Social Work.", "bachelor"),
        ("BS/MS in Health Informatics required.", "bachelor"),
        # the last school year
        ("Requirements: 12th grade education required.", "high_school"),
        ("Must have completed the twelfth grade or equivalent.", "high_school"),
        # a degree whatever names its subject, and a degree beside a postgraduate diploma above it
        ("- Registered Speech and Language Therapy Degree Qualification or equivalent Licence to Practice", "bachelor"),
        ("• Degree or post-graduate Diploma in Occupational Therapy", "bachelor"),
        # a sentence of its own
        ("Essential: Evidence of continuing professional development. Degree in health related subject.", "bachelor"),
        # the level of a training
        ("Doctoral level training in psychology or equivalent, HCPC registered.", "doctorate"),
    ],
)
def test_a_degree_of_no_named_level_and_british_abbreviations(extract, text, level):
    extraction = extract(f"Health Records Officer\n{text}\n")
    assert extraction.minimum_education() == level


@pytest.mark.parametrize(
    "text",
    [
        "The post requires a high degree of accuracy and confidentiality.",
        "You will have a very high degree of autonomy.",
        "They will have a degree of clinical experience.",
        "Do you have a research degree and a passion for outstanding research?",
        "Degrees required: No degree required",
        "You will exercise a higher degree of autonomy.",
        # what the post leads to, or a thing of a doctorate
        "ACF trainees apply for a fellowship to enable them to complete a higher degree (PhD or research MD).",
        "The placement will be the preparation of a research proposal for a PhD project.",
        "The post holder will be expected to enrol in a full-time PhD programme.",
        # a licence to practise, a level still worked towards, courses the employer offers
        "  * Medical Degree recognised in the UK",
        "Applicants must hold a Certificate of Completion of Training (CCT) in Haematology.",
        "Those with a Certificate of Completion of Higher Specialist Scientist Training (CCHSST).",
        "A Certificate in Clinical Physiology is essential.",
        "It is essential that you have a medical degree and membership of the Royal College.",
        "You are working towards or have already achieved degree level in an engineering discipline.",
        "We are also able to offer degree and masters level courses such as the acutely unwell adult course.",
        # the level of the work or of teaching, not a qualification
        "Experience of working in a biomedical laboratory at post graduate level.",
        "We participate in teaching at undergraduate / post graduate level.",
        "Support for Masters/further study is available.",
        # an NVQ-framework diploma offered
        "Opportunity to develop training for the Level 2 and 3 Diploma in Healthcare.",
        # a degree offered beside a qualification of no level (a UK professional diploma, an HND): the lowest path asks
        # for no level, so the choice asks for none
        "- BSc (Hons) degree or Diploma in Diagnostic Radiology",
        "You must have a Diploma from the College of Radiographers or hold a BSc in Radiography.",
        "  * Registered Nurse Level 1 / Diploma / BSc in Nursing.",
        "Ideally, the post holder should have a relevant degree/HND and/or extensive equivalent experience.",
        "Evidence of teaching qualifications (e.g. Cert Ed, PGCE or Masters).",
        "  * BSC or DCR(R) in Radiography",  # the DCR: the College of Radiographers' diploma
        "You should hold either the DCR (R), Degree or BSc Radiography or equivalent.",
        "  * Hold a BTEC ONC and HNC Medical Physics and Physiological Measurement and / or BSc Clinical Science",
        "- Relevant post graduate qualification, CIPR diploma or equivalent",
        # a nurse's registration alone is the other choice
        "- 1st level registered nurse/degree in health nursing related studies.",
        "  * Registered Nurse Level 1 or Registered practitioner / Diploma / relevant Health Speciality Degree/ Degree "
        "Level qualification",
        # one still working towards the level meets it
        "The Post holder must be a Registered General Nurse with a degree in Nursing or working towards a degree.",
        "  * Degree in nursing or working towards.",
        "You will be educated to degree level (or working towards) with evidence of professional development.",
        "- Someone working towards/ completed a master’s programme in simulation",
        "A Bachelor's degree or working towards one, or currently be undertaking a Masters level programme.",
        "You will have obtained a nursing degree or equivalent, or be willing to work towards this.",
        # a postgraduate diploma, learning at a level, and study the employer offers
        "A postgraduate qualification to at least diploma level is essential.",
        "You will demonstrate formal post-graduate level learning and informal CPD.",
        "We are an organisation committed to furthering your learning at Master's level.",
        "There are extensive learning and development opportunities, including training up to Masters level.",
        # (a level offered in place of some experience asks nothing beside the level asked: see
        # test_application_forms_ladders_and_lists.py, where a posting naming no other level records it, as LABELS.md
        # says)
        # a student's year of the course
        "Applicants should be in the second year of their doctoral level training in clinical psychology.",
        "Are you in your final year of your Nursing Degree?",
        "Graduate-level coursework in health informatics is welcome.",
        # "to a degree": somewhat
        "You may choose your hours to a degree.",
        "Our staff are working from home to a degree during the refurbishment.",
        # a postgraduate diploma or certificate beside a master's: the lowest path asks for no level
        "A postgraduate diploma or higher degree in health informatics is desirable.",
        "  * PG Cert or MSc in Leadership (desirable)",
        # a school as a place or a name, not a qualification
        "You will run clinics in every High School across the borough.",
        "Support for pupils in primary and secondary school settings.",
        "The town has two grammar schools and the County High School for Boys.",
        "Contact: Ged Smith, Records Manager",
        # a level the candidate may hold, study towards a level
        "You may possess a Degree, Level 4 qualification or above as long as it is in a different subject.",
        "- M level modules relating to first contact practice",
        # a course the post holder enrols on
        "As a Research Fellow you will\n  * Register for a two year post-graduate research degree at the Institute;",
        # a degree beside a professional qualification given as an example of another choice
        "Applicants must hold a BSc(Hons) in Radiography, professional qualification (e.g. DCR) in a relevant "
        "subject or equivalent.",
        # "MS" and "MA" of other senses: Microsoft, a medical assistant, multiple sclerosis, a state
        "Proficient in MS Word and MS Excel; MS Office required.",
        "Experience as an MA in Pediatrics preferred.",
        "Certified MA or LPN required.",
        "Patients with MS or MA residents; travel to MA or NH.",
        "Skilled in MS Outlook and MS in Teams meetings.",
        "The laboratory runs LC/MS/MS and GC/MS analysers.",
        # a grade of a school as a place
        "Volunteers tutor 12th grade students.",
        # a named person's degree, and the level of a team's research
        "For further information please email Dr K Lakhani (PhD) Lead Sonographer on klakhani@nhs.net.",
        "Contact Dr Jane Smith, MSc, for details.",
        "We have a dynamic team which includes sonographers conducting research to PhD level.",
        # no sentence starts after an abbreviation
        "We value staff development etc. degree in progress is fine.",
        # study the post may lead to, and programmes the employer has links with
        "There is the potential for the post-holder to develop a PhD/MD project if appropriate.",
        "Psychology has strong links with the South Wales Doctoral Programme in Clinical Psychology as well as the MSc "
        "in Clinical and Abnormal Psychology at Swansea University.",
        "The service has long-standing links with the regional Doctorate in Clinical Psychology.",
        "The team liaises regularly with the Leeds and Sheffield Doctorate courses.",
        "You will supervise trainees from the local Clinical Psychology doctorate courses.",
        "Our department teaches on two MSc programmes and hosts Masters level trainees.",
        "We are able to offer rotation, preceptorship, BSc and Masters level postgraduate education.",
        "There are also close links to the regional Doctorate in Counselling Psychology.",
        "CPD modules at BSc and MSc level are possible through our strong links with local universities.",
        "The Trust supports several of its consultants each year through an Executive MBA programme.",
        # a first-degree relative; a dental or medical degree named by its abbreviation (a licence to practise)
        "You will counsel patients and their first degree relatives on inherited risk.",
        "You will have a BChD or BDS degree (or equivalent) and full GDC registration.",
        "Applicants will hold an MBBS degree and full GMC registration.",
        # "MHA": the UK's Mental Health Act
        "Section 12 approved doctors carry out MHA assessments and attend MHA tribunals.",
        "Knowledge of the MHA (1983) would be an advantage.",
        "Patients detained under the Mental Health Act (MHA) and informal patients.",
    ],
)
def test_degree_as_an_extent_or_a_degree_not_asked_is_no_education(extract, text):
    assert extract(f"Health Records Officer\n{text}\n").of_kind("education") == []


@pytest.mark.parametrize(
    "text",
    [
        "Master's degree required; MBA or MHA preferred.",
        "MHA, MBA or MPH required.",
        "An MHA degree is required.",
        "Graduate degree required (MBA/MHA).",
    ],
)
def test_mha_beside_another_masters_or_degree_is_a_masters(extract, text):
    assert "master" in {r.id for r in extract(f"HIM Director\n{text}\n").of_kind("education")}, text


def test_a_degree_named_with_its_level_is_one_requirement(extract):
    for text in ("Bachelor's degree in Health Information Management required.", "An associate degree in HIT."):
        assert len(extract(f"Coder\n{text}\n").of_kind("education")) == 1, text
    # "a related degree" has the level named before it: not a bachelor's of its own
    related = extract("Coder\nAn associate degree in HIT, or a related degree with 12 semester hours of coding.\n")
    assert [r.id for r in related.of_kind("education")] == ["associate"]


INELIGIBLE = (
    "Medical Records Apprentice\n"
    "Candidates must have:\n"
    "  * Maths and English at level 2\n"
    "\n"
    "Candidates who hold the following qualifications are not eligible:\n"
    "  * A degree / degree level qualification or higher in Business Administration\n"
    "  * RHIT or CCS certification\n"
    "\n"
    "Please bring your certificates to the interview.\n"
)


def test_a_list_of_what_makes_a_candidate_ineligible_asks_nothing(extract):
    extraction = extract(INELIGIBLE)
    assert extraction.of_kind("education") == []
    assert extraction.of_kind("credential") == []
    # the same list under a lead-in that asks for it is required
    asked = extract(INELIGIBLE.replace("are not eligible", "are very welcome to apply and must hold"))
    assert asked.minimum_education() == "bachelor"
    assert ids(asked) == {"RHIT": "required", "CCS": "required"}


def test_a_heading_of_what_makes_a_candidate_ineligible_asks_nothing(extract):
    heading = INELIGIBLE.replace("Candidates who hold the following qualifications are not eligible:", "Not eligible:")
    extraction = extract(heading)
    assert extraction.of_kind("education") == []
    assert extraction.of_kind("credential") == []


def test_explain_says_a_mention_was_on_the_ineligible_list(tmp_path):
    posting = tmp_path / "apprentice.txt"
    posting.write_text(INELIGIBLE, encoding="utf-8")
    result = run_cli("extract", str(posting), "--format", "json", "--explain")
    assert result.exit_code == 0, result.stderr
    reasons = {(d["kind"], d["id"]): d["reason"] for d in json.loads(result.stdout)["dismissed"]}
    assert "ineligible" in reasons[("credential", "RHIT")]


@pytest.mark.parametrize(
    "text",
    [
        "The key feature of the post is the opportunity to undertake the funded MSc in Clinical Coding.",
        "You will be supported to complete a BSc in Health Informatics.",
        "We can support you through an MSc and leadership programmes.",
        "The team trains MSc students every year.",
        "The post holder will undertake a foundation degree in health records during the first year.",
    ],
)
def test_study_the_job_offers_or_students_it_teaches_ask_for_no_education(extract, text):
    assert extract(f"Health Records Officer\n{text}\n").of_kind("education") == []


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("Requirements:\n- 2 years of coding experience, preferably in an acute care setting.\n", "required"),
        ("Have a minimum of 2 years physio experience, ideally with some MSK experience.\n", "required"),
        ("A minimum of 1 years' experience in mental health services preferably on acute wards.\n", "required"),
        ("We need 6 months experience as a Band 5 in an acute setting and preferably IV skills.\n", "required"),
        ("At least two years of experience delivering nursing care, preferably the community.\n", "required"),
        # what follows "preferably" is itself preferred; "preferably" before the mention still prefers it
        ("CPC required, preferably with 2 years of experience.\n", "preferred"),
        ("Preferably 2 years of coding experience.\n", "preferred"),
        ("2 years of coding experience preferably.\n", "preferred"),
    ],
)
def test_preferably_before_a_qualifier_prefers_the_qualifier_not_what_came_before(extract, text, strength):
    experience = extract(f"Coder\n{text}").of_kind("experience")
    assert [r.strength for r in experience] == [strength]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ideally, candidates must be educated to degree level or have equivalent experience.", "education"),
        ("You ideally must have at least 2 years experience working at a senior level.", "experience"),
        (
            "Ideally, candidates should have six months post qualification experience, although not essential.",
            "experience",
        ),
        ("The ideal candidate will have had minimum 2 years as Band 6 experience and will need to lead.", "experience"),
        ("You will ideally have a minimum 3 years experience in post qualification clinical practice.", "experience"),
    ],
)
def test_ideally_softens_the_must_after_it_and_a_cue_word_opening_a_clause_speaks_of_all_of_it(extract, text, kind):
    assert [r.strength for r in extract(f"Coder\n{text}\n").of_kind(kind)] == ["preferred"]


def test_the_ideal_candidate_who_must_have_is_asked(extract):
    text = "Coder\nThe ideal candidate must have a minimum of 2 years coding experience.\n"
    assert [r.strength for r in extract(text).of_kind("experience")] == ["required"]


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        # the "with" part describes a thing of its own: its cue does not reach back to the degree
        (
            "You will be educated to post graduate degree level or have an equivalent level of knowledge in a similar "
            "area, with previous case, complaints or appeals management experience an advantage.",
            "required",
        ),
        # a "with" that describes the subject of the verb after it leaves the cue to the subject
        (
            "Recently qualified BSc graduates, with some education in mathematics, physics, or information technology "
            "are encouraged to apply.",
            "preferred",
        ),
    ],
)
def test_a_with_part_keeps_its_cue_to_itself(extract, text, strength):
    assert [r.strength for r in extract(f"Case Manager\n{text}\n").of_kind("education")] == [strength]


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        # what the team encourages of its staff is no preference
        (
            "- At least 2 years experience at Band 2, and wish to join a team where learning and development are "
            "actively encouraged.",
            "required",
        ),
        ("You will have 2 years of coding experience in a service where CPD is strongly encouraged.", "required"),
        # what is encouraged of the candidate still is
        ("Two years of coding experience is encouraged.", "preferred"),
        ("Coders with 2 years of experience are encouraged to apply.", "preferred"),
    ],
)
def test_development_a_team_encourages_prefers_nothing(extract, text, strength):
    assert [r.strength for r in extract(f"Support Worker\n{text}\n").of_kind("experience")] == [strength]


def test_the_employer_s_own_clause_keeps_its_support_to_itself(extract):
    text = "Pharmacist\nA degree in pharmacy is essential and we will support you to develop your skills.\n"
    assert levels(extract(text)) == [("bachelor", "required")]
    # the support in the clause of the level still makes it study offered
    offered = "Pharmacist\nWe will support you to develop, including gaining a postgraduate qualification.\n"
    assert levels(extract(offered)) == []


@pytest.mark.parametrize(
    "text",
    [
        "You must have completed at least 4 years postgraduate training, two of which in a relevant specialty.",
        "Applicants should have completed at least four years' full-time postgraduate training (or its equivalent).",
        "They should have a minimum of four years full time post graduate training or equivalent.",
        "Applicants shall have completed 4 years full time postgraduate training since registration.",
    ],
)
def test_a_doctor_s_completed_postgraduate_training_is_experience(extract, text):
    assert [(r.years, r.strength) for r in extract(f"Specialty Doctor\n{text}\n").of_kind("experience")] == [
        (4.0, "required")
    ]
    # the training a post offers is not
    offered = "Specialty Doctor\nThe post offers 2 years of postgraduate training in surgery.\n"
    assert extract(offered).of_kind("experience") == []


@pytest.mark.parametrize(
    "text",
    [
        "You will need 18 months post registration experience or experience in a similar role.",
        "We want someone with at least 2 years of band 6 experience or a senior nurse with relevant improvement work.",
        "Are you a practitioner with at least 2 years of band 6 experience or you are already working in a similar "
        "capacity?",
    ],
)
def test_another_route_of_no_figure_makes_the_lowest_route_ask_no_years(extract, text):
    assert extract(f"Senior Nurse\n{text}\n").of_kind("experience") == []


@pytest.mark.parametrize(
    "text",
    [
        # another candidate with a lower figure of its own: the lower is the bar, not a share of the first
        "You will have 3 years of coding experience or a certified coder with 2 years of inpatient experience.",
        "You will have 3 years of coding experience or be a certified coder with 2 years of inpatient experience.",
        "You will have 3 years of ward experience or a registered nurse with 2 years of community experience.",
    ],
)
def test_another_candidate_with_a_lower_figure_sets_the_bar(extract, text):
    assert [r.years for r in extract(f"Coder\n{text}\n").of_kind("experience")] == [2.0]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("- Greater than 2 years post HCPC registration with laboratory experience", [2.0]),
        ("At least 3 years post NMC registration.", [3.0]),
        # the candidate between the employer's words and the figure
        ("We have Bank opportunities for Therapists who have a minimum of 12 months post graduate experience.", [1.0]),
        ("We have 20 years of experience serving patients.", []),
        (
            "We have an opportunity for a Radiographer who likes a challenge, with at least 18months post "
            "qualification experience.",
            [1.5],
        ),
        ("We have a team who have over 20 years of experience.", []),
        (
            "We have a new unit opening and we are looking for registered nurses with 6 months recovery nursing "
            "experience.",
            [0.5],
        ),
        # the part of the figure the posting would like
        ("A nurse with a minimum 5 years post registration experience, preferably 2 years at band 6.", [5.0]),
        # how long something lasts
        ("We seek an experienced Communications professional, for a 5 month period to support the response.", []),
        ("A newly qualified or an experienced RMN. Over a two year period there will be on the job training.", []),
    ],
)
def test_years_after_registration_count_and_a_period_is_how_long_something_lasts(extract, text, years):
    assert [r.years for r in extract(f"Coder\n{text}\n").of_kind("experience")] == years


# ---------------------------------------------------------------------- a cue alone in parentheses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Coder\nBachelor degree (preferred)\n", {"bachelor": "preferred"}),
        ("Coder\nCCS (strongly preferred)\n", {"CCS": "preferred"}),
        ("Coder\nRHIT (required), CCS (preferred)\n", {"RHIT": "required", "CCS": "preferred"}),
        ("Coder\nCPC (preferred but not required)\n", {"CPC": "preferred"}),
        # job boards' generated qualification lines
        (
            "Medical Coder\nEducation:\n- Bachelor's (Preferred)\nLicense/Certification:\n- CPC (Preferred)\n"
            "- RHIT (Required)\n",
            {"bachelor": "preferred", "CPC": "preferred", "RHIT": "required"},
        ),
    ],
)
def test_parentheses_that_hold_only_a_cue_qualify_what_comes_before(extract, text, expected):
    """ "CCS (preferred)" prefers the CCS: the parentheses hold no subject of their own for the cue to speak of."""
    assert {r.id: r.strength for r in extract(text).requirements} == expected


def test_indeed_style_experience_line_with_a_cue_in_parentheses(extract):
    # (a line of time in a product, "- Epic: 1 year (Preferred)", is no figure of experience: written14, written22,
    # written34, written38 and written58 label none)
    extraction = extract(
        "Medical Coder\nExperience:\n- medical coding: 2 years (Required)\n- surgical coding: 1 year (Preferred)\n"
        "- Epic: 1 year (Preferred)\n"
    )
    assert sorted((r.years, r.strength) for r in extraction.of_kind("experience")) == [
        (1, "preferred"),
        (2, "required"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Coder\nExperience:\nWe are a team with 20 years behind us.\n",  # a sentence, not a line of the list
        "Coder\nBenefits:\n- 401k match after 1 year\n",  # a list under another heading
        "Coder\nExperience:\nOur story\n- founded 20 years ago\n",  # the list is under another heading
        # a line of the list that names some experience is no heading of the lines after it
        "Coder\nEssential criteria:\nUnplanned care experience\nResident in the UK for 3 years\n",
    ],
)
def test_a_figure_near_an_experience_heading_but_not_in_its_list_is_no_experience(extract, text):
    assert extract(text).of_kind("experience") == []


@pytest.mark.parametrize(
    ("text", "software"),
    [
        # the employer's own systems, named in its description, ask nothing
        ("We currently use EMIS Web and hold the vasectomy contract.", {}),
        ("The Trust utilises Lorenzo across all sites.", {}),
        ("Our EHR is Epic.", {}),
        ("We are a busy, friendly SystmOne practice.", {}),
        ("We operate a SystmOne clinical system and have a good CQC rating.", {}),
        ("We have 9,000 patients and are a dynamic, forward thinking GP training practice using EMIS Web.", {}),
        # ... in the plural, and each system of a list the employer uses
        ("Both of our practices use SystmOne and have worked closely together.", {}),
        ("These practices utilise SystmOne and EMIS Web across the localities.", {}),
        ("The team use EMIS Web, SystmOne and mobile working.", {}),
        # a system the employer is moving to
        ("The Trust will be moving over to N365, a version of Microsoft Office designed for the NHS.", {}),
        ("The hospital moved to Cerner Millennium in 2017.", {}),
        # a system the employer has put in
        ("It was the first trust in the region to fully implement RiO across its services.", {}),
        ("The practice has recently introduced SystmOne.", {}),
        # the trust's systems listed
        ("The team manages the Trusts Clinical Systems RiO, SystmOne, IAPTus and EMIS Web.", {}),
        ("Knowledge of SystmOne and EMIS Web is essential.", {"SystmOne": "required", "EMIS-Web": "required"}),
        # training the job gives on a system
        ("Full training will be given on System One to the successful candidate.", {}),
        ("Training on our EMIS system will be part of your induction.", {}),
        # what the candidate is asked for stays asked
        ("Experience of SystmOne is essential.", {"SystmOne": "required"}),
        (
            "Microsoft Office is required but full training will be given in the use of Medisec and Meditech software.",
            {"Microsoft-Office": "required"},
        ),
        ("Experience of SystmOne desirable, however full training will be given.", {"SystmOne": "preferred"}),
        ("Use of SystmOne (training is provided).", {}),
        ("SystmOne training will be provided, but experience of a records system is advantageous.", {}),
        (
            "Knowledge of EMIS Web [desired but not essential as full training will be provided]",
            {"EMIS-Web": "preferred"},
        ),
        (
            "Confident with the systems we use (EMIS Web, Microsoft Word).",
            {"EMIS-Web": "required", "Microsoft-Word": "required"},
        ),
    ],
)
def test_systems_the_employer_uses_or_trains_on_are_not_asked(extract, text, software):
    assert ids(extract(f"Receptionist\n{text}\n"), "software") == software


def test_a_list_of_duties_that_may_include_is_read_as_duties(extract):
    text = (
        "Bank Administrator\nKey responsibilities and duties for the roles may include (although not exhaustive):\n"
        "- Use of Microsoft office programmes including Outlook, Word, Excel as well as internal NHS systems.\n"
    )
    assert ids(extract(text), "software") == {
        "Microsoft-Office": "required",
        "Microsoft-Outlook": "required",
        "Microsoft-Word": "required",
        "Microsoft-Excel": "required",
    }
    hedged = "Coder\nDepending on the assignment, the credentials asked of this role may include:\n- CPC\n- CCS\n"
    assert ids(extract(hedged), "credential") == {}


@pytest.mark.parametrize("offer", ["Competitive Salary", "Excellent benefits package", "A Generous Salary"])
def test_a_line_that_praises_an_offer_is_no_benefits_heading_over_the_posting(extract, offer):
    posting = (
        f"Registered Practitioner\n\n{offer}\nFull Time 37.5 Hours per week\n\nWe are a busy unit.\n\n"
        "It is essential that you are a Registered Nurse (a degree in Healthcare or 5 years experience is desirable).\n"
    )
    extraction = extract(posting)
    assert [r.strength for r in extraction.of_kind("education")] == ["preferred"]
    assert [r.years for r in extraction.of_kind("experience")] == [5.0]
    # a heading over the offers still governs them
    assert extract(posting.replace(offer, "Salary & Benefits")).of_kind("education") == []


@pytest.mark.parametrize(
    "heading",
    ["It would also be an advantage to have the following attributes and qualifications:", "Advantageous:"],
)
def test_a_list_under_what_would_be_an_advantage_is_preferred(extract, heading):
    text = (
        "Theatre Practitioner\nIt is essential that you have the following skills:\n\n- Strong communication skills\n\n"
        f"{heading}\n\n- Basic computer skills e.g. MS Outlook, Excel, Word and web based reporting systems\n"
    )
    assert set(ids(extract(text), "software").values()) == {"preferred"}


@pytest.mark.parametrize("heading", ["Essential Requirements;", "What we expect from you;"])
def test_a_semicolon_may_end_a_heading_as_a_colon_does(extract, heading):
    text = (
        "Pharmacy Technician\n\nWhat we offer\n\nMentoring\n\nTeam meetings\n\n"
        f"{heading}\n\nKnowledge of Microsoft Word and EMIS Web\n"
    )
    assert set(ids(extract(text), "software").values()) == {"required"}


def test_the_first_item_under_a_heading_that_ends_with_a_semicolon_is_no_heading(extract):
    text = "Coder\nPreferred Qualifications:\nDetail oriented;\nEpic experience;\n"
    assert ids(extract(text), "software") == {"Epic": "preferred"}


def test_the_items_of_a_list_whose_lines_end_with_a_semicolon_are_no_headings(extract):
    text = "Pharmacy Technician\n\nDesirable;\nA flexible approach to work;\nKnowledge of EMIS Web;\n"
    # "A flexible approach to work;" follows a line that ends with a semicolon: an item under the heading, not a heading
    # that would end what is desirable
    assert ids(extract(text), "software") == {"EMIS-Web": "preferred"}


def test_what_a_post_offered_at_two_bands_asks_at_one_of_them_is_not_its_minimum(extract):
    text = (
        "Clinical Physiologist (Band 6/7)\nYou will require a BSc in Clinical Physiology. For a band 7 position we "
        "additionally require at least 3 years experience post qualification or an MSc.\n"
    )
    extraction = extract(text)
    assert extraction.of_kind("experience") == []
    assert extraction.minimum_education() == "bachelor"
    assert [r.id for r in extraction.of_kind("education")] == ["bachelor"]
    # a post of one band asks it
    assert [r.years for r in extract(text.replace("For a band 7 position we", "We")).of_kind("experience")] == [3.0]


def test_a_figure_asked_beside_training_given_in_something_else_stays_asked(extract):
    text = (
        "Dialysis Nurse\n- At least two years' experience in ward nursing (renal work would be an advantage but not "
        "essential) - full training is provided.\n"
    )
    assert [(r.years, r.strength) for r in extract(text).of_kind("experience")] == [(2.0, "required")]


@pytest.mark.parametrize(
    ("text", "figures", "years"),
    [
        # every figure of the main path is asked: the bar is the largest
        (
            "- At least 4 years of experience in health records.\n- At least 2 years of supervisory experience.",
            [4, 2],
            4,
        ),
        ("You will have 5 years post-registration experience. You need 3 years of experience in IPC.", [5, 3], 5),
        # figures offered as choices: the lower is the bar, and the other is no figure asked
        ("One year of bookkeeping experience, or two years of clerical experience.", [1], 1),
        ("Three years of coding experience or one year of coding experience with a CCS.", [1], 1),
        # a route opened by a capital OR is not the main one
        ("One year of experience as a coder;OR, An associate's degree and three years of experience in CDI.", [1], 1),
        ("- An RN licence -OR- an RHIT with 5+ yrs inpatient coding\n- 2 years of CDI experience required", [2], 2),
        # a figure in place of a credential, or what a figure is worth
        (
            "RHIA required. An RHIT with 7+ years of HIM leadership experience will be considered in lieu of the "
            "RHIA. 5 years of HIM experience required.",
            [5],
            5,
        ),
        (
            "One year of coding experience. Experience may substitute for the education (two (2) years of "
            "experience = associate degree).",
            [1],
            1,
        ),
    ],
)
def test_the_bar_is_the_largest_figure_asked_and_the_lowest_of_figures_offered_as_choices(
    extract, text, figures, years
):
    extraction = extract(f"Coder\n{text}\n")
    assert [r.years for r in extraction.of_kind("experience")] == figures
    assert extraction.minimum_experience_years() == years


def test_a_line_in_capitals_keeps_its_figures_after_or(extract):
    text = "Coder\nREQUIREMENTS: CPC OR CCS AND 2 YEARS OF CODING EXPERIENCE\n"
    assert extract(text).minimum_experience_years() == 2


def test_ages_of_the_people_served_are_no_experience(extract):
    text = "Dietitian\nYou will bring your experience to children and young people (0-19 years) with diabetes.\n"
    assert extract(text).of_kind("experience") == []


def test_a_full_stop_glued_to_the_next_sentence_ends_the_first(extract):
    text = (
        "Dietitian\nYou should have a minimum of 2 years post registration experience .Practical paediatric "
        "experience is desirable.\n"
    )
    assert [(r.years, r.strength) for r in extract(text).of_kind("experience")] == [(2.0, "required")]


def test_a_full_stop_at_a_word_start_is_split_off_only_before_a_capitalised_word(screener):
    assert [t.text for t in screener.nlp.make_doc("experience .Practical work")] == [
        "experience",
        ".",
        "Practical",
        "work",
    ]
    assert ".NET" in [t.text for t in screener.nlp.make_doc("Microsoft .NET required")]


def test_an_essential_heading_under_the_ideal_candidate_asks_what_is_under_it(extract):
    text = (
        "Paramedic\n\nTHE IDEAL CANDIDATE:\n\nEssential skills as a Paramedic:\n\n- At least 2 years post "
        "qualification experience\n\nDesirable skills as a Paramedic:\n\n- Degree level qualification or above\n"
    )
    extraction = extract(text)
    assert [(r.years, r.strength) for r in extraction.of_kind("experience")] == [(2.0, "required")]
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("bachelor", "preferred")]


def test_a_hyphened_year_since_qualifying_is_experience(extract):
    text = "Radiographer\nWhat you'll bring:\n- Min 1-year post qualification would be an advantage\n"
    assert [(r.years, r.strength) for r in extract(text).of_kind("experience")] == [(1.0, "preferred")]


def test_whom_a_post_is_ideal_for_is_asked_as_whom_it_suits(extract):
    text = "Therapist\nThis post is ideal for a therapist after at least 18 months experience in the community.\n"
    assert [(r.years, r.strength) for r in extract(text).of_kind("experience")] == [(1.5, "required")]
    ideal = "Therapist\nThe ideal candidate will have at least 18 months experience in the community.\n"
    assert [(r.years, r.strength) for r in extract(ideal).of_kind("experience")] == [(1.5, "preferred")]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Have you been qualified for two years or more? Would you like to join our team?", 2.0),
        ("You must have completed a minimum of two years as a practising HCPC registered clinician.", 2.0),
        ("You must evidence a minimum of two years (post registration) clinical paramedic practice.", 2.0),
        ("You will be a minimum of 6 months post qualifying.", 0.5),
        # work the candidate has done for a time
        ("Must have coded for at least 2 years.", 2.0),
        ("You should have worked as a medical coder for 3 years.", 3.0),
        ("Applicants who have been coding for 2 years or more are encouraged to apply.", 2.0),
        ("Candidates must have worked in a coding role for a period of at least 18 months.", 1.5),
        ("You must have held a senior position within a hospital coding department for at least 2 years.", 2.0),
    ],
)
def test_time_since_qualifying_and_clinical_practice_are_experience(extract, text, years):
    assert [r.years for r in extract(f"Paramedic\n{text}\n").of_kind("experience")] == [years]


@pytest.mark.parametrize(
    "text",
    ["The GP practice has served the town for 50 years.", "The practice has worked in the town for 50 years."],
)
def test_a_practice_of_many_years_is_no_experience(extract, text):
    assert extract(f"Nurse\n{text}\n").of_kind("experience") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Previous secretarial experience is essential and medical terminology knowledge is also advantageous.",
            {"medical_terminology": "preferred"},
        ),
        ("A mentor qualification is essential and HIPAA knowledge would be desirable.", {"hipaa": "preferred"}),
        ("Typing is desirable and medical terminology is essential.", {"medical_terminology": "required"}),
        # no verb of its own: the nearest cue
        ("Medical terminology essential and typing an advantage.", {"medical_terminology": "required"}),
    ],
)
def test_the_cue_after_a_mentions_own_verb_speaks_of_it(extract, text, expected):
    assert ids(extract(f"Medical Secretary\n{text}\n"), "skill") == expected


def test_study_the_employer_offers_leaves_the_experience_it_asks(extract):
    text = "Nurse\nIf you have 6 months NHS experience and are looking to further your career, apply today.\n"
    assert [r.years for r in extract(text).of_kind("experience")] == [0.5]


def test_experience_that_may_stand_in_for_a_degree_leaves_the_degree_asked(extract):
    text = "Coder\nBachelor's degree required; experience may substitute for the degree.\n"
    assert extract(text).minimum_education() == "bachelor"


@pytest.mark.parametrize(
    "text",
    [
        "Knowledge of cancer terminology and the national cancer targets would be advantageous.",
        "Familiarity with clinical terminology is advantageous but not essential.",
    ],
)
def test_a_specialty_s_terminology_is_medical_terminology(extract, text):
    assert ids(extract(f"Cancer Pathways Tracker\n{text}\n"), "skill") == {"medical_terminology": "preferred"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the training offered is set apart from what is asked by the contrast
        (
            "Full training will be provided, however a good working knowledge of Microsoft Office is a must.",
            {"Microsoft-Office": "required"},
        ),
        (
            "Experience of Microsoft Office is an advantage but training will be provided if necessary.",
            {"Microsoft-Office": "preferred"},
        ),
        # no contrast between them: what the training is in is not asked
        ("Full training will be provided in Microsoft Office and SystmOne.", {}),
        # an aside "however," leaves the clause as it was
        ("Training is provided; Microsoft Office, however, is essential.", {"Microsoft-Office": "required"}),
    ],
)
def test_a_benefit_does_not_reach_across_a_contrast(extract, text, expected):
    assert ids(extract(f"Ward Clerk\n{text}\n"), "software") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Applicants must be competent in Microsoft office/ Excel.", {"Microsoft-Office", "Microsoft-Excel"}),
        ("Applicants must be competent in Excel /Microsoft Office.", {"Microsoft-Office", "Microsoft-Excel"}),
        ("Ideally they will have experience using reporting tools such as SSRS.The role is varied.", {"SSRS"}),
    ],
)
def test_a_slash_or_full_stop_glued_to_one_side_parts_the_words(extract, text, expected):
    assert set(ids(extract(f"Information Analyst\n{text}\n"), "software")) == expected


def test_a_glued_full_stop_after_one_capital_stays_in_the_word(screener):
    # "U.S.Army" (one capital before the stop) and a dotted acronym with nothing after it are not split
    assert [t.text for t in screener.nlp.make_doc("the U.S.Army and R.H.I.T. and SSRS.The")] == [
        "the",
        "U.S.Army",
        "and",
        "R.H.I.T.",
        "and",
        "SSRS",
        ".",
        "The",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The work needs queries using SQL and Access databases.", {"SQL": "required", "Microsoft-Access": "required"}),
        # a name of which "Access" is a part, and the verb
        ("You will use the Patient Access database.", {}),
        ("Access databases to retrieve records.", {}),
    ],
)
def test_access_databases_name_microsoft_access(extract, text, expected):
    assert ids(extract(f"Information Analyst\n{text}\n"), "software") == expected


def test_an_rtt_validator_touches_records(extract):
    text = "Referral to Treatment Time Validator\nWe require an RTT Validator to support the validation team.\n"
    assert extract(text).in_scope is True


def test_whom_a_post_could_suit_is_not_asked(extract):
    text = "Officer\nThis position could suit somebody with a law degree or equivalent.\n"
    assert extract(text).of_kind("education") == []
    would = "Radiographer\nThis role would suit those with a minimum of two years postgraduate experience.\n"
    assert [r.years for r in extract(would).of_kind("experience")] == [2.0]


@pytest.mark.parametrize(
    ("text", "in_scope"),
    [
        # what a clinician gives a patient is not the field's work
        (
            "Nurse Practitioner\nYou will enable patients to obtain health information from the right professional.",
            False,
        ),
        ("Call Handler\nYou will be providing assessment, medication advice and health information to callers.", False),
        ("Technician\nYou will work in the Health Information Management department.", True),
        ("Receptionist\nYou will safeguard protected health information at the front desk.", True),
    ],
)
def test_health_information_is_the_field_s_only_as_its_work(extract, text, in_scope):
    assert extract(text + "\n").in_scope is in_scope


@pytest.mark.parametrize(
    "title",
    ["Mental Health Clinical Advisor - 111 Service", "Primary Care Link Worker", "Transport - Team Leader"],
)
def test_a_title_of_other_work_outweighs_records_it_touches(extract, title):
    text = f"{title}\nKeep accurate patient records and carry medical records between sites.\n"
    assert extract(text).in_scope is False
    assert extract(f"Medical Records Clerk\n{text.partition(chr(10))[2]}").in_scope is True


@pytest.mark.parametrize(
    "text",
    [
        # the course the post trains for
        "Trainee Clinician\nThe post holder will follow a clinical / theoretical programme at Masters level.",
        "Trainee Therapist\nA view to employment after successful completion of the University delivered training "
        "course.",
        # one the candidate need not have finished
        "Practitioner\nIf you have not fully completed the MSc in Advanced Practice but have the module, do apply.",
        # a doctor's licence, spaced
        "Consultant Psychiatrist\nMB BS or equivalent medical qualification.",
        # the NHS's Primary Care Assistant Practitioner, not AHIMA's approved programs
        "Nursing Associate\nThe band 4 Nursing Associate/PCAP must be experienced in delivering nursing care.",
    ],
)
def test_levels_the_post_gives_or_does_not_need_are_not_asked(extract, text):
    assert extract(text + "\n").of_kind("education") == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Completion of an AHIMA-approved (PCAP) program required.", "certificate"),
        ("Graduate of a PCAP-approved program is required.", "certificate"),
        ("You must have completed an MSc in Advanced Practice.", "master"),
        ("BS in Health Information Management required.", "bachelor"),
    ],
)
def test_levels_finished_or_named_by_their_program_are_asked(extract, text, level):
    assert extract(f"Coder\n{text}\n").minimum_education() == level


def test_a_full_stop_after_a_capital_after_a_small_letter_ends_the_sentence(screener):
    doc = screener.nlp("The unit trains posts including MSc and PhD. Applicants must have a degree.")
    assert [sentence.text for sentence in doc.sents] == [
        "The unit trains posts including MSc and PhD.",
        "Applicants must have a degree.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "1st Level degree in a related subject or on a degree pathway",
        "Health related degree or willingness to work towards",
        # what the department teaches
        "The department is committed to the provision of high quality training at all levels, including MSc and PhD.",
    ],
)
def test_a_level_on_the_way_or_taught_is_not_asked(extract, text):
    assert extract(f"Nurse\n{text}\n").of_kind("education") == []


def test_a_level_beside_what_a_department_teaches_is_asked(extract):
    text = (
        "Scientist\nWe are committed to the provision of high quality training at all levels, including MSc and "
        "PhD. Applicants must have an honours degree and/or PhD in a relevant subject.\n"
    )
    assert extract(text).minimum_education() == "bachelor"


def test_figures_of_two_kinds_of_candidate_are_choices(extract):
    text = (
        "Lead Nurse\nThe post holder will be a First level registered nurse with a current PIN and three years post "
        "qualification experience or a qualified pharmacist with current GPhC registration and two years "
        "post-qualification experience.\n"
    )
    assert extract(text).minimum_experience_years() == 2.0
    both = "Lead Nurse\nYou will have three years of ward experience and two years of management experience.\n"
    assert extract(both).minimum_experience_years() == 3.0


def test_acronyms_spelled_for_screen_readers_are_found(extract):
    text = (
        "Medical Record Technician (Coder)\nThe primary function of this position is to perform I C D-9-C M and "
        "C P T coding. Performs D R G assignments.\n"
    )
    assert ids(extract(text), "coding_system") == {"ICD-9-CM": "required", "CPT": "required", "DRG": "required"}


def test_releasing_information_to_requesters_is_release_of_information(extract):
    text = "Medical Record Administrator\nReleases information to individuals or agencies in accordance with statute.\n"
    assert ids(extract(text), "skill") == {"release_of_information": "required"}
    assert ids(extract("Press Officer\nReleases information to the press.\n"), "skill") == {}


@pytest.mark.parametrize(("title", "in_scope"), [("Health Records Clerk", True), ("Staff Nurse", False)])
def test_a_title_given_apart_from_the_text_shows_the_field(screener, title, in_scope):
    # a JSON record's title is not in its text
    assert screener.extract("You will join a friendly team. Apply now.", title=title).in_scope is in_scope


def test_the_federal_health_record_systems_are_software(extract):
    text = (
        "Medical Support Assistant\nExperience with VistA and CPRS is required. Knowledge of RPMS is desirable.\n"
        "Windows Vista or a vista of hills is not it.\n"
    )
    assert set(ids(extract(text), "software")) == {"VistA", "CPRS", "RPMS"}
    assert ids(extract("Analyst\nSupport for Windows Vista and a vista of hills.\n"), "software") == {}


def test_the_community_and_mental_health_record_is_software_only_as_written(extract):
    text = "Administrator\nExperience of RiO is essential. You will create referrals on RIO.\n"
    assert ids(extract(text), "software") == {"RiO": "required"}
    assert ids(extract("Analyst\nExperience of Rio Tinto and a trip to Rio is essential.\n"), "software") == {}
    # training the candidate is willing to complete on it asks nothing
    assert ids(extract("Support Worker\nMust be willing to complete training on RiO.\n"), "software") == {}


def test_a_name_listed_as_written_matches_only_in_its_case():
    from screener import Screener, Skill, hookimpl

    class Plugin:
        @hookimpl
        def screener_skills(self):
            return [Skill(id="TaPestry", name="TaPestry Records", category="software", as_written=["TaPestry"])]

    tapestry = Screener(plugins=[Plugin()])
    assert ids(tapestry.extract("Analyst\nTaPestry experience required.\n"), "software") == {"TaPestry": "required"}
    assert ids(tapestry.extract("Analyst\nA tapestry of services. Tapestry Lane.\n"), "software") == {}
    # a name not listed as written matches in any case
    found = tapestry.extract("Analyst\ntapestry records experience required.\n")
    assert ids(found, "software") == {"TaPestry": "required"}


def test_as_written_names_only_the_skill_s_own_names():
    from pydantic import ValidationError

    from screener import Skill

    with pytest.raises(ValidationError, match="not the skill's id, name or aliases"):
        Skill(id="VistA", name="VistA", category="software", as_written=["Vista"])


def test_a_product_in_the_post_s_name_written_out_again_names_the_post(extract):
    text = (
        "Business Intelligence SQL Developer - Band 6\nJoin our team as a Business Intelligence SQL Developer to "
        "help us. You will report to the head of data.\n"
    )
    extraction = extract(text)
    assert ids(extraction, "software") == {}
    assert [(d.id, d.reason) for d in extraction.dismissed] == [
        ("SQL", "in the posting's title line"),
        ("SQL", "it names the post, as the title does"),
    ]
    asked = text + "Knowledge of SQL is essential.\n"
    assert ids(extract(asked), "software") == {"SQL": "required"}


def test_the_post_s_name_goes_on_past_a_bracket_and_drops_its_band(extract, screener):
    # the name goes on after "(Higher)"
    fellow = (
        "Clinical Fellow (Higher) in Clinical Pharmacology\nApplications are invited for the post of Clinical Fellow "
        "(Higher) in Clinical Pharmacology at the hospital.\n"
    )
    assert extract(fellow).of_kind("skill") == []
    # the record's title and the text's title line differ, and the text writes the latter again without its band
    audit = (
        "Clinical Coding Audit and Training Lead Band 8a (Indicative)\n\nAre you our new Clinical Coding Audit and "
        "Training Lead?\n\nYou will support the team.\n"
    )
    assert screener.extract(audit, title="Clinical Coding Audit Lead").of_kind("skill") == []
    # what the text asks is still asked
    asked = fellow + "Knowledge of pharmacology is essential.\n"
    assert [(r.id, r.strength) for r in extract(asked).of_kind("skill")] == [("pharmacology", "required")]
    leads = audit + "You will carry out coding audits.\n"
    found = screener.extract(leads, title="Clinical Coding Audit Lead").of_kind("skill")
    assert [(r.id, r.strength) for r in found] == [("coding_compliance", "required")]


def test_a_credential_in_the_post_s_name_is_asked_of_its_holder(extract):
    text = "Certified Professional Coder\nWe are seeking a Certified Professional Coder to join our clinic.\n"
    assert ids(extract(text)) == {"CPC": "required"}


def test_a_one_line_posting_is_no_post_name(screener):
    # with no title, a text of one line is all content: nothing in it names the post
    extraction = screener.extract("Epic and SQL required. 2 years of coding experience.")
    assert {r.id for r in extraction.requirements} == {"Epic", "SQL", "coding"}


def test_an_msc_in_capitals_is_a_master_s_and_an_ideal_opportunity_no_preference(extract):
    text = (
        "Scientist\nIf you are an experienced, MSC level qualified Scientist looking for the ideal opportunity, "
        "apply.\n"
    )
    assert [(r.id, r.strength) for r in extract(text).of_kind("education")] == [("master", "required")]
    # the candidate still may be ideal
    ideal = "Scientist\nThe ideal candidate is MSC level qualified.\n"
    assert [(r.id, r.strength) for r in extract(ideal).of_kind("education")] == [("master", "preferred")]


def test_support_and_access_to_a_course_the_employer_offers_asks_nothing(extract):
    text = (
        "Advanced Practitioner\nWe are able to offer support and access to the Masters in Advanced Clinical Practice "
        "if you do not already have this qualification.\n"
    )
    assert extract(text).of_kind("education") == []


@pytest.mark.parametrize(
    "text",
    [
        "Opportunities to embark on further educational module courses with Master's degree accreditation.",
        "There are ample opportunities to teach on our programme and on the Salomons Clinical Psychology doctorate.",
        "It is a validated programme, leading to the award of professional doctorate in psychotherapy.",
        "The service is involved in training and mentoring of BSc Audiology students.",
        "Access to the Adult Critical Care Course at BSc or MSc level.",
        "Degree level study or evidence of working towards",
        "Our service provides placements for assistant psychologists and students on a local Masters degree course.",
        "We regularly host trainees on the Oxford Doctorate course.",
    ],
)
def test_study_the_post_teaches_leads_to_or_gives_access_to_asks_no_level(extract, text):
    assert extract(f"Clinician\n{text}\n").of_kind("education") == []


def test_a_degree_beside_students_and_with_its_subject_is_still_asked(extract):
    assert extract(
        "Audiologist\nA BSc Audiology degree and student mentoring are essential.\n"
    ).minimum_education() == ("bachelor")
    # what students are on is not asked; what the post holder has, beside students, still is
    assert extract(
        "Psychologist\nYou will supervise students on placement. You will have a Masters degree in psychology.\n"
    ).minimum_education() == ("master")


def test_a_lead_in_whose_colon_was_left_out_governs_the_list_under_it(extract):
    text = (
        "Physiotherapist\nYou will need to be :\nHCPC Registered\n\nIdeally we would like you to have\n\n"
        "Post Graduate qualification in Physiotherapy\n\nPOGP membership\n"
    )
    assert [(r.id, r.strength) for r in extract(text).of_kind("education")] == [("master", "preferred")]
    # a line a hard wrap ends goes on with the next line
    wrapped = "Coder\nApplicants should have\na degree in health information.\n"
    assert [(r.id, r.strength) for r in extract(wrapped).of_kind("education")] == [("bachelor", "required")]


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("You must have RSA level 2 and AMSPAR or equivalent qualification.", "required"),
        ("AMSPAR Diploma is desirable.", "preferred"),
    ],
)
def test_the_medical_secretaries_award_is_a_certificate(extract, text, strength):
    assert [(r.id, r.strength) for r in extract(f"Medical Secretary\n{text}\n").of_kind("education")] == [
        ("certificate", strength)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "You will be a member of AMSPAR.",
        "Apprenticeship Programme details:\n\n* The AMSPAR Level 3 Certificate in Medical Terminology\n* Training "
        "provider will be Dudley College",
        "Candidates who have previously started or part completed a Level 3 Apprenticeship or the AMSPAR "
        "certificate, must declare this.",
    ],
)
def test_amspar_membership_or_an_apprenticeship_s_own_award_is_not_asked(extract, text):
    extraction = extract(f"Medical Administration Apprentice\n{text}\n")
    assert extraction.of_kind("education") == [] and ids(extraction, "skill") == {}


def test_access_beside_sql_and_medical_report_requests(extract):
    analyst = "Analyst\nEvidence of using analysis techniques such as SQL, Access, Pivot Tables and Forecasting.\n"
    assert ids(extract(analyst), "software") == {"SQL": "required", "Microsoft-Access": "required"}
    opener = "Analyst\nAccess, SQL training and Access to Work schemes are offered.\n"
    assert "Microsoft-Access" not in ids(extract(opener), "software")
    clerk = "Administrator\nProcessing and completing medical report requests from patients or third parties.\n"
    assert ids(extract(clerk), "skill") == {"release_of_information": "required"}


def levels(extraction) -> list[tuple[str, str]]:
    return [(r.id, r.strength) for r in extraction.of_kind("education")]


@pytest.mark.parametrize(
    "text",
    [
        # a school-leaving diploma, and the area's schools at that
        "Torquay offers excellent state schools, with success at A Levels and the International Baccalaureate.",
        # the levels the department teaches
        "The duties include contributing to the departmental teaching program at undergraduate and postgraduate level.",
        # a level the candidate is on, has started or is committed to
        "We are looking for candidates who have either completed the qualification, or are currently on the Master's "
        "Degree course.",
        "Applicants must be registered and have started a postgraduate MSc with completion of the 1st semester.",
        "You must show evidence of ongoing professional development with commitment to attain MSC.",
        # study the post gives
        "Trainee practitioners will be expected to complete an MSc in Advanced Clinical Practice.",
        "The ideal candidate will be committed to applying for external fellowship funding for a PhD.",
        "Registered Nurse (Adult) (Degree Apprenticeship) BSC (Hons)",
        "There is a strong commitment to staff development with support for training at Master's level.",
        "You must be registered to prescribe as you will be undertaking prescribing as part of the MSc Advanced "
        "Clinical Practice.",
        "This is a developmental post, enabling candidates to develop through the completion of a Master's Degree.",
        "Trainees are paid at band 6 until completion of their MSc in Advanced Clinical Practice.",
        "Masters level study is strongly encouraged for all our therapists.",
        "We will support you to develop your role, including gaining a postgraduate qualification in pharmacy.",
        "We support the local university in the delivery of courses at BSc and Master's level.",
        "The post is fully supported, with access to MSC modules at Southampton University.",
        "Our programme can support nurses (and other health professionals) educationally through their MSC.",
    ],
)
def test_a_level_studied_taught_or_only_begun_is_not_asked(extract, text):
    assert levels(extract(f"Practitioner\n{text}\n")) == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("A baccalaureate degree is required.", "bachelor"),
        ("Essential Qualifications – Advanced Practice Level 7 – MSC", "master"),
        ("The role holder will need to have appropriate degree, whilst working towards registration.", "bachelor"),
        ("You must have an MSc. Access to a car is essential.", "master"),
        ("You will hold a Bsc in Nursing.", "bachelor"),
        # knowledge "to master's level equivalent" is no master's: the degree is the qualification
        (
            "You will have knowledge acquired through a degree and short courses to master's level equivalent.",
            "bachelor",
        ),
        # a comma that splices on the successful candidate's own sentence ends the cue before it
        (
            "Ward experience would be an advantage but is not essential, the successful applicant will hold a BSc in "
            "Nursing.",
            "bachelor",
        ),
    ],
)
def test_a_level_asked_without_its_usual_words_is_asked(extract, text, level):
    assert levels(extract(f"Practitioner\n{text}\n")) == [(level, "required")]


@pytest.mark.parametrize(
    "text",
    [
        "We welcome applications from practitioners that have an MSc in Advanced Clinical Practice, or who have "
        "completed 2 or more clinical skills modules in addition to Non-Medical Prescribing (NMP).",
        "If you are a Registered Nurse with a graduate qualification in a health related subject and significant "
        "community experience, or if you have achieved the Specialist Practitioner Qualification in District "
        "Nursing, this may be the job for you!",
        "Successful candidates will either have a degree in psychology and doctoral level training in applied "
        "psychology (or its equivalent for those who trained outside the UK) as approved by the HCPC, or they will "
        "be a specialist psychological practitioner with accredited training in a psychological therapy.",
        "You must be a registered mental health nurse or possess a relevant post graduate qualification.",
        # the routes named after an "i.e."
        "You will be educated to degree level i.e. a Diploma or degree in social work, CQSW or equivalent.",
    ],
)
def test_another_route_of_no_level_makes_the_lowest_route_ask_none(extract, text):
    assert levels(extract(f"Practitioner\n{text}\n")) == []


def test_a_route_of_experience_or_of_another_level_keeps_the_level(extract):
    experience = "Analyst\nYou will hold a degree in a numerate subject, or who have equivalent experience.\n"
    assert levels(extract(experience)) == [("bachelor", "required")]
    # the route must be a clause of its own: a list of subjects is not one
    subjects = "Analyst\nYou will hold a degree in maths, statistics, or a science.\n"
    assert levels(extract(subjects)) == [("bachelor", "required")]


@pytest.mark.parametrize(
    "text",
    [
        "This 12 month post combines clinical experience at CT/ST level with undergraduate teaching.",
        "Rotations are of 9 month duration and allocated by a process which lets you build your experience.",
        "You'll receive a salary depending on experience + 2 year Golden Hello (£2,000 in Year 1 of service).",
        "You will be enrolled onto an 18 month GP training pathway to build your experience.",
        "You will have a six month induction programme which involves a rotational experience in each speciality.",
        "You will enhance your experience in specialist rotations, each of which runs for 9 months.",
        "You will gain experience in rotational specialties; each specialty component lasts 6 months.",
        "We are seeking an experienced Specialty Doctor for fixed term of 6 or 12 months.",
        "The post rotates to widen your experience, and specific 4 month attachments can be arranged.",
        "We need an experienced pharmacist to lead the service for a period of 6 months as a job share.",
        "Candidates must be expected to have completed foundation 1 year training, and ideally have experience at F2.",
    ],
)
def test_how_long_a_post_or_a_rotation_lasts_is_no_experience(extract, text):
    assert extract(f"Clinical Fellow\n{text}\n").of_kind("experience") == []
    asked = f"Clinical Fellow\n{text} You will have 2 years post registration experience.\n"
    assert [r.years for r in extract(asked).of_kind("experience")] == [2.0]


def test_a_question_heads_the_part_under_it(extract):
    offer = "Psychologist\nWe offer a variety of benefits including:\n\n• Training opportunities\n• Pension\n\n"
    asked = offer + "What we need from you to do the job?\n\nYou will have a degree in Psychology.\n"
    assert levels(extract(asked)) == [("bachelor", "required")]
    # a question of no known kind ends the offer too
    unknown = offer + "What else should you know?\n\nYou will have a degree in Psychology.\n"
    assert levels(extract(unknown)) == [("bachelor", "required")]
    # a question about the offer heads an offer
    offered = "Nurse\nWhat can we offer you?\n\n- Support with a degree in nursing\n"
    assert levels(extract(offered)) == []


def test_an_empty_field_of_a_form_heads_nothing(extract):
    form = (
        "Medical Examiner Officer\n\nBand: 6\n\nSalary:\n\nHours: 37.5\n\n"
        "We welcome applications from candidates educated to Bachelor's degree level.\n"
    )
    assert levels(extract(form)) == [("bachelor", "required")]
    # a heading of strength over fields governs them
    required = "Coder\n\nPreferred:\nEducation: Bachelor's degree\n"
    assert levels(extract(required)) == [("bachelor", "preferred")]


@pytest.mark.parametrize(
    "text",
    [
        "We have close ties to the Oxford Doctorate Course in Clinical Psychology.",
        "Physician Associates in General Practice will be key in developing a model of care.",
        "The post holder will lead trials within the remit of their area of chosen doctorate research.",
        # a royal college's membership, and a postgraduate qualification as its equivalent
        "We want a doctor with qualifications of MRCP or MRCGP or other recognised post graduate qualification.",
        "Applicants should hold a relevant postgraduate qualification (MRCEM, MRCP, MRCS, FRCA or equivalent).",
        # a level some candidates need not hold
        "This post may be offered as a training opportunity for candidates who do not already hold a Foundation "
        "Degree or have equivalent qualification.",
        "We welcome applications from candidates who do not have a degree.",
        # what the post pays for and leads to
        "The fees for the two year Foundation Degree are met by the Trust.",
        "Successful completion of the Foundation Degree will enable you to work in a Band 4 role.",
        # a module, a comparison, a wish, a route of no level
        "You will be expected to either have or be prepared to study for the post graduate MSc module in Mammography.",
        "Masters level modules relating to FCP competencies.",
        "UK ENIC will say whether particular overseas qualifications are equivalent to a UK degree.",
        "We want practitioners who would like to develop further and obtain degree level qualifications.",
        "You will have completed a Cert HE, Dip HE, FdSc or BSc (Hons) in Paramedic Science.",
    ],
)
def test_a_level_linked_named_in_a_title_or_not_held_is_not_asked(extract, text):
    assert levels(extract(f"Practitioner\n{text}\n")) == []


def test_two_levels_after_educated_to_are_a_choice_and_a_turned_away_candidate_asks(extract):
    found = extract("Nurse Manager\nThe post holder will be educated to degree or master's level.\n")
    assert sorted(r.id for r in found.of_kind("education")) == ["bachelor", "master"]
    assert len({r.any_of for r in found.of_kind("education")} - {None}) == 1
    turned_away = (
        "Physiologist\nApplicants who do not have BSc Clinical Physiology degree (or international equivalent) will "
        "not be short-listed.\n"
    )
    assert levels(extract(turned_away)) == [("bachelor", "required")]
    assert levels(extract("Coder\nAn Associate in Applied Science is required.\n")) == [("associate", "required")]


@pytest.mark.parametrize(
    "text",
    [
        "The post holder will be expected to pursue the MSc Apprenticeship degree if they have not already gained an "
        "MSc in a relevant subject.",
        "We can offer you:\n\n- Tailored education and development programme from Preceptorship to PhD.\n- Pension",
        "The applicant must demonstrate the ability to work at degree level or have an equivalent level of experience.",
        "There are close working relationships with the University of Southampton, which is the base for the "
        "Doctorate in Clinical Psychology Course.",
        # a module, a pathway, study at a level, an example of an equivalent, a route of no level
        "Further opportunities are available, such as university modules, MSc pathways and leadership programmes.",
        "The requirement to complete academic training which includes a module at Degree/Masters level is compulsory.",
        "Essential Criteria:\n- RGN Qualification\n- Evidence of Degree Level Study",
        "You must be a Registered Nurse, Dip SW or equivalent social work qualification (CSS, CQSW, degree in social "
        "work), or Allied Health Professional registered with the HCPC.",
        "You will have a BSc or BAAT qualifications in Audiology and be registered with the HCPC.",
        "Essential: MA or BA Social Work, DipSW or CQSW.",
        "You will be educated to Foundation degree or equivalent, in a health related discipline or have evidence of "
        "successful completion of all Band 4 AP competencies.",
    ],
)
def test_a_level_pursued_offered_or_worked_at_is_not_asked(extract, text):
    assert levels(extract(f"Practitioner\n{text}\n")) == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Applications are sought from psychology graduates who have a 2:1 degree.", "bachelor"),
        ("To apply you will be:\n- M.Pharm (2.2 or higher)", "master"),
        ("You must hold an MPharm or equivalent.", "master"),
    ],
)
def test_a_degree_s_class_and_the_master_of_pharmacy_are_levels(extract, text, level):
    assert levels(extract(f"Practitioner\n{text}\n")) == [(level, "required")]


def test_another_route_for_something_else_keeps_the_level(extract):
    # "or be ..." offers another way to meet the registration or the licence, not the degree
    registration = (
        "Psychologist\nA Doctorate Level Qualification in Clinical Psychology along with HCPC Registration OR be "
        "within 3 months of obtaining HCPC Registration\n"
    )
    assert levels(extract(registration)) == [("doctorate", "required")]
    licence = (
        "Therapist\nYou will have a recognised degree in Occupational Therapy, a full UK driving licence, or be able "
        "to demonstrate means of meeting the travel requirements of this post.\n"
    )
    assert levels(extract(licence)) == [("bachelor", "required")]
    worked = "Analyst\nYou will have a degree in nursing or have worked in a hospital for five years.\n"
    assert levels(extract(worked)) == [("bachelor", "required")]


def test_a_sentence_that_ends_a_paragraph_line_as_a_heading_heads_the_lines_after_it(extract):
    offer = (
        "Staff Nurse\nIf you like what you have read, please click Apply now. In return we offer you:\n\n"
        "A welcome bonus\n\nSupport for BSc and MSc\n\nA pension\n"
    )
    assert levels(extract(offer)) == []
    # the sentences before it on its line are not under it
    asked = "Staff Nurse\nYou will hold a BSc in Nursing. In return we offer you:\n\nA welcome bonus\n"
    assert levels(extract(asked)) == [("bachelor", "required")]


@pytest.mark.parametrize(
    "text",
    [
        "There is a development programme encompassing the ACP Apprenticeship at Masters level already in progress.",
        "You will have a High level working knowledge of techniques and practices at post honours degree level.",
        "We would be willing to consider applications from individuals with an MSc or PhD in Genetics.",
        "The department will also consider applicants with a BSc in Biology.",
        "Candidates who hold a relevant degree or suitable laboratory experience may also be considered.",
        "Applicants would have relevant master's level, or equivalent, post-graduate study.",
        "There is a requirement to undergo Licentiate exams, working at Masters Level.",
        "This qualification assures 60 credits towards the 180 credits required for the Masters degree in Medicine.",
        "You will be expected to have an up to date Good Clinical Practice Training certificate.",
        "You will also have to hold a Post Graduate Training Certificate in General Practice.",
        "Substantial time is allocated within the weekly programme for both MSc and research activities.",
        "Opportunities exist to participate in the development of master's level education.",
        "All the clinical psychologists work closely with the Mid Trent Doctorate Course for Clinical Psychology.",
        "NWTRGS provides input into the Imperial College London MSc in Human Molecular Genetics.",
        "Develop your clinical skills underpinned with funded Master's Level Training in Minor Injury and Illness.",
        "Degree level Non Invasive Ventilation training is offered to all our trained staff.",
    ],
)
def test_a_level_offered_taught_also_considered_worked_at_or_studied_is_not_asked(extract, text):
    assert levels(extract(f"Scientist\n{text}\n")) == []


def test_a_level_asked_beside_the_words_of_those_rules_is_still_asked(extract):
    only = "Scientist\nWe will only consider applications from candidates with an MSc in Genetics.\n"
    assert levels(extract(only)) == [("master", "required")]
    equivalent = "Scientist\nEducated to masters level or equivalent, postgraduate study in pain is desirable.\n"
    assert levels(extract(equivalent)) == [("master", "required")]
    knowledge = "Scientist\nSpecialist knowledge acquired through a degree in Biology.\n"
    assert levels(extract(knowledge)) == [("bachelor", "required")]


def test_a_level_beside_a_professional_award_some_words_on_is_one_route_of_no_level(extract):
    text = "Scientist\n- MSc / FIBMS (by examination) / IBMS Higher Specialist Diploma or equivalent experience\n"
    assert levels(extract(text)) == []


def test_an_undergraduate_or_graduate_degree_set_against_a_postgraduate_one_asks_for_the_first(extract):
    for text in (
        "You will hold an undergraduate or postgraduate degree in Psychology.",
        "We are looking for an individual with an undergraduate/postgraduate degree in Psychology.",
        "You will hold a graduate or postgraduate degree in nutrition or a related subject.",
    ):
        found = levels(extract(f"Psychologist\n{text}\n"))
        assert found == [("bachelor", "required"), ("master", "required")], text
        assert extract(f"Psychologist\n{text}\n").minimum_education() == "bachelor"
    # the two levels together, of no degree, are students taught
    assert levels(extract("Psychologist\nYou will contribute to undergraduate and postgraduate teaching.\n")) == []


def test_an_enb_course_beside_a_degree_is_a_route_of_no_level(extract):
    assert levels(extract("Nurse\nENB 405/ BSC Clinical Nursing Studies desirable\n")) == []
    # a coder's training certificate is still one
    assert levels(extract("Coder\nA medical coding training certificate is required.\n")) == [
        ("certificate", "required")
    ]


def test_a_training_and_experience_is_still_experience(extract):
    asked = extract("Coder\nYou will have 2 years training and experience in clinical coding.\n")
    assert [r.years for r in asked.of_kind("experience")] == [2.0]


def test_what_you_will_need_is_required_under_a_heading_of_the_ideal_candidate(extract):
    text = "Psychologist\nThe Ideal Candidate\n\nYou will need a doctorate in your professional specialism.\n"
    assert levels(extract(text)) == [("doctorate", "required")]
    # without it, the heading still prefers
    ideal = "Psychologist\nThe Ideal Candidate\n\nA doctorate in your professional specialism.\n"
    assert levels(extract(ideal)) == [("doctorate", "preferred")]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("The successful applicant will possess:\n• NMC registration for a minimum of 3 years.", 3.0),
        ("We appoint clinicians who have been registered practitioners with the GMC for at least 5 years.", 5.0),
        ("Essential:\n• Full registration with NMC- minimum of 6 months", 0.5),
    ],
)
def test_how_long_a_candidate_has_been_registered_is_experience(extract, text, years):
    assert [r.years for r in extract(f"Nurse\n{text}\n").of_kind("experience")] == [years]


def test_a_registration_with_no_time_of_its_own_is_no_experience(extract):
    text = "Nurse\nRegistration with the HCPC is essential for the duration of the 2 year contract.\n"
    assert extract(text).of_kind("experience") == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("We would like to hear from you if you have the following attributes.\n\nMsc in Advanced Practice", "master"),
        ("The successful candidates will be degree qualified and a member of the RCSLT.", "bachelor"),
    ],
)
def test_an_msc_as_typed_and_a_degree_qualified_candidate_are_levels(extract, text, level):
    assert levels(extract(f"Therapist\n{text}\n")) == [(level, "required")]


def test_a_level_beside_a_programme_named_for_what_the_candidate_does_is_still_asked(extract):
    # the level is the candidate's, and the programme comes after it
    text = "Psychologist\nEducated to degree level, you will work closely with the consultants.\n"
    assert levels(extract(text)) == [("bachelor", "required")]


def test_what_a_senior_grade_of_the_post_asks_is_not_its_minimum(extract):
    text = "Nurse\nTo be considered for a Senior position you would need to have 2 years experience.\n"
    assert extract(text).of_kind("experience") == []
    asked = "Nurse\nYou would need to have 2 years experience.\n"
    assert [r.years for r in extract(asked).of_kind("experience")] == [2.0]


@pytest.mark.parametrize(
    "text",
    [
        "We want a therapist with experience of working with Deaf children and young people from 5 to 18 years old.",
        "You will have experience of caring for 3 year olds.",
        "With hospitals around the country, 30 years of experience in our sector and skilled teams, we help patients.",
        "We provide a 12 month graduate programme which will help you gain experience.",
    ],
)
def test_an_age_the_employer_s_own_experience_or_a_graduate_programme_is_no_experience(extract, text):
    assert extract(f"Nurse\n{text}\n").of_kind("experience") == []


@pytest.mark.parametrize(
    ("text", "years", "strength"),
    [
        (
            "We are able to consider candidates with at least3 months experience within the last 2 years.",
            0.25,
            "required",
        ),
        ("- RGN / Paramedic with a minimum of5 years' post-qualifying service", 5.0, "required"),
        ("Ideally, you will need to have a minimum of6 months NHS experience as a Radiographer.", 0.5, "preferred"),
        # ... a figure in words too, and "minimum" then says how much, not how strongly
        ("Requirements: Minimum oftwo years experience within social care.", 2.0, "required"),
        ("Desirable:\n- A minimum oftwo years post qualification experience", 2.0, "preferred"),
        ("We often years ago trained our own staff; experience is welcome.", None, None),
        ("Ideally you will need to have at least 1 year post registration experience.", 1.0, "preferred"),
        (
            "You must have at least 2 years ADHD experience and be a prescriber, or willing to undertake the training.",
            2.0,
            "required",
        ),
    ],
)
def test_a_figure_glued_to_its_word_softened_by_ideally_or_beside_a_willingness_is_read(extract, text, years, strength):
    found = extract(f"Nurse\n{text}\n").of_kind("experience")
    assert [(r.years, r.strength) for r in found] == ([(years, strength)] if years is not None else [])


def test_a_level_still_in_the_process_of_being_achieved_or_willingly_undertaken_is_not_asked(extract):
    process = "Radiographer\nYou must have a degree in Radiography (or in the process of achieving this).\n"
    assert levels(extract(process)) == []
    willing = "Practitioner\nYou must be willing to undertake the MSc in Advanced Practice.\n"
    assert levels(extract(willing)) == []
    # without either, the degree is asked
    assert levels(extract("Radiographer\nYou must have a degree in Radiography.\n")) == [("bachelor", "required")]


def test_a_level_asked_beside_a_funded_place_is_still_asked(extract):
    text = "Nurse\nYou will have a degree in nursing; a funded place on our leadership course is offered.\n"
    assert levels(extract(text)) == [("bachelor", "required")]


def test_a_strength_heading_s_list_gives_way_to_the_prose_after_it(extract):
    items = "Coordinator\nDesirable Criteria\n\n. Experience working in acute services\n\n. Experience of audit\n\n"
    prose = (
        "As a manager in this environment you will lead the nursing team at night. The successful candidate should "
        "be RMN qualified and have a minimum of 3 years' experience within a related role.\n"
    )
    assert [(r.years, r.strength) for r in extract(items + prose).of_kind("experience")] == [(3.0, "required")]
    # prose straight under the heading, before any item, is still under it
    under = "Coordinator\nDesirable Criteria\n\n" + prose
    assert [(r.years, r.strength) for r in extract(under).of_kind("experience")] == [(3.0, "preferred")]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a line broken at the hyphen and joined again with a space
        ("What we need:\n- Minimum of 4 years post- registration\n- Experience of leading a team.", 4.0),
        ("You must have at least two years practice as a registered dietitian.", 2.0),
        ("Applicants must have 3 years clinical practice in a community setting.", 3.0),
    ],
)
def test_post_registration_split_at_its_hyphen_and_years_of_practice_are_experience(extract, text, years):
    assert [(r.years, r.strength) for r in extract(f"Nurse\n{text}\n").of_kind("experience")] == [(years, "required")]


@pytest.mark.parametrize(
    "text",
    [
        "Fellows will spend 4 - 5 months outside of clinical practice, working with senior colleagues.",
        "The post includes a 2 year practice placement with the community team.",
        "Applicants are permitted to have undertaken 18 months experience in the specialty before applying.",
        "Candidates are allowed to have 2 years experience in surgical posts prior to entry.",
    ],
)
def test_time_away_from_practice_a_practice_placement_and_the_most_experience_allowed_are_no_minimum(extract, text):
    assert extract(f"Doctor\n{text}\n").of_kind("experience") == []


def test_a_cue_in_parentheses_the_text_never_closes_speaks_of_what_is_in_them(extract):
    text = (
        "Care Assistant\nYou will have:\n• At least 2 years experience in a care home (dementia care experience "
        "desirable.\n"
    )
    assert [(r.years, r.strength) for r in extract(text).of_kind("experience")] == [(2.0, "required")]
    # closed, the same
    closed = text.replace("desirable.", "desirable).")
    assert [(r.years, r.strength) for r in extract(closed).of_kind("experience")] == [(2.0, "required")]


@pytest.mark.parametrize(
    "text",
    [
        "We are looking for experienced nurses to join the team for an initial period of 3 to 6 months.",
        "This post is initially for 6 months and suits experienced nurses.",
    ],
)
def test_a_post_s_initial_period_is_no_experience(extract, text):
    assert extract(f"Nurse\n{text}\n").of_kind("experience") == []


@pytest.mark.parametrize(
    "text",
    [
        # a route for those still training
        "You will be a Registered Nurse qualified with an appropriate Master's Degree in Advanced Practice or those "
        "in training.",
        # the level a piece of work is marked at
        "Applicants must complete a pre-entry essay, which is marked at Masters level.",
        # what the post leads to, and the modules it lets the post holder take
        "The fellowship will result in the award of a Master's degree.",
        "Further learning can continue up to the award of MSc.",
        "Modules can also be taken from the University's MSc Leadership programme.",
        # a degree or the UK's vocational awards
        "You should have a BSc in Clinical Physiology/HTEC or equivalent.",
        "You should have a BSc/ONC in a science subject or equivalent.",
        "You should have a degree or BTEC in a science subject.",
        # an example of a diploma level
        "Further training at Diploma level or equivalent is essential (e.g. Foundation Degree in Health Science).",
    ],
)
def test_a_route_in_training_work_marked_at_a_level_study_the_post_leads_to_and_vocational_awards_ask_no_level(
    extract, text
):
    assert levels(extract(f"Practitioner\n{text}\n")) == []


def test_or_an_equivalent_postgraduate_qualification_is_another_route_to_the_degree(extract):
    text = (
        "Dietitian\nYou will need a degree in Nutrition and Dietetics or equivalent post-graduate qualification "
        "and registration with the HCPC.\n"
    )
    found = extract(text).of_kind("education")
    assert sorted(r.id for r in found) == ["bachelor", "master"]
    assert len({r.any_of for r in found}) == 1 and found[0].any_of is not None
    # "or equivalent" alone still makes one route of the degree
    assert [
        r.any_of for r in extract("Coder\nA degree or equivalent and a master's degree.\n").of_kind("education")
    ] == [
        None,
        None,
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Experience of using databases, particularly Excel, would be an advantage.",
        "Knowledge of spreadsheets, especially Excel, would be advantageous.",
    ],
)
def test_a_cue_after_an_aside_that_names_the_mention_is_its_predicate(extract, text):
    assert [(r.id, r.strength) for r in extract(f"Assistant\n{text}\n").of_kind("software")] == [
        ("Microsoft-Excel", "preferred")
    ]


def test_a_part_with_a_subject_of_its_own_still_keeps_its_cue(extract):
    found = extract("Coder\nAssociate degree in health information, RHIT would be preferred.\n")
    assert [(r.id, r.strength) for r in found.of_kind("education")] == [("associate", "required")]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Who we are looking for\n- HCPC registration and Physiotherapy degree\n- Practice in MSK", "bachelor"),
        ("About the candidate\n- Degree Pharmacy, and registration with the GPhC", "bachelor"),
    ],
)
def test_a_degree_named_after_another_item_or_before_its_subject_is_found(extract, text, level):
    assert levels(extract(f"Therapist\n{text}\n")) == [(level, "required")]


@pytest.mark.parametrize(
    "text",
    [
        # a title's own "and", capitalised to its "Degree", is not another item
        "Do you hold either a Foundation Degree in Health and Social Care or the BSc Health and Social Care Degree?",
    ],
)
def test_a_title_s_own_and_keeps_the_choice_of_two_levels(extract, text):
    found = extract(f"Practitioner\n{text}\n").of_kind("education")
    assert sorted(r.id for r in found) == ["associate", "bachelor"] and len({r.any_of for r in found}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The team is based within Kingsway High School in Leeds.",
        "Funding to complete an advanced clinical practice MSc is offered.",
        "Gaining a place on an apprentice advanced practice MSc course is part of the post.",
        "You will have a postgraduate qualification in education funded to a maximum of £3,000.",
        "The post holders will be working on the professional doctorate programme in advanced practice.",
        "The post is designed to support research for an MD or PhD.",
        "You must hold a degree or equivalent in Health Visiting (or be on a current SCPHN Health Visiting course).",
    ],
)
def test_a_named_school_funded_study_the_post_s_own_programme_and_research_for_a_degree_ask_no_level(extract, text):
    assert levels(extract(f"Practitioner\n{text}\n")) == []


def test_a_rate_per_year_is_no_year_of_experience(extract):
    text = "Nurse\nExperience of crisis work would be an advantage, providing cover 365 days a year.\n"
    assert extract(text).of_kind("experience") == []


@pytest.mark.parametrize(
    "text",
    [
        "The cost of the Foundation Degree Programme with the University will be met by the Trust.",
        "Please ensure you have the required registration or are working towards it and actively on a nursing degree.",
        # a sentence that goes on from the one before with "Or"
        "You will have a degree in Psychology. Or be an RGN/RMN or have a CQSW qualification.",
    ],
)
def test_study_the_employer_pays_for_a_degree_being_studied_and_a_route_after_a_full_stop_ask_no_level(extract, text):
    assert levels(extract(f"Practitioner\n{text}\n")) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Thus, the applicant is required to be a psychology graduate, a fluent sign language user.", "bachelor"),
        # a graduate of a programme, a post for graduates or a body's grade of member is not read so
        ("You will be a graduate nurse on our preceptorship.", None),
        ("You must be a Full Graduate Member of BASRaT.", None),
    ],
)
def test_to_be_a_graduate_is_a_first_degree(extract, text, found):
    assert levels(extract(f"Psychologist\n{text}\n")) == ([(found, "required")] if found else [])


@pytest.mark.parametrize(
    "text",
    [
        "Desirable to hold a teaching qualification or studying at Master Level.",
        "The post-holder will carry out a lab-based MD/PhD degree in Peritoneal Malignancy.",
        "These include clinical courses, leadership programmes and apprenticeships up to degree level.",
        "We have 3 staff on the new Occupational Therapy apprentice 4 year degree course.",
    ],
)
def test_study_in_progress_the_post_s_own_degree_and_apprenticeships_ask_no_level(extract, text):
    assert levels(extract(f"Practitioner\n{text}\n")) == []


@pytest.mark.parametrize(
    ("text", "years", "strength"),
    [
        ("Essential:\n- 2 years experince as a qualified nurse", 2.0, "required"),
        ("- 2 years+ working as Practice Nurse in General Practice (Desirable)", 2.0, "preferred"),
    ],
)
def test_a_misspelt_experience_and_a_plus_glued_to_the_unit_before_work_are_read(extract, text, years, strength):
    assert [(r.years, r.strength) for r in extract(f"Nurse\n{text}\n").of_kind("experience")] == [(years, strength)]


def test_the_parts_of_a_post_s_own_term_are_no_experience(extract):
    text = "Registrar\nThis is a 12 month fixed term contract with 2 months working in acute medicine.\n"
    assert extract(text).of_kind("experience") == []


@pytest.mark.parametrize(
    "text",
    [
        "This is a development post for one year, and we welcome applications from experienced therapists.",
        "We are looking for an experienced leader as part of a 3-day per week job share for 12 months.",
        "This post is for 6 months and suits experienced nurses.",
    ],
)
def test_a_development_post_s_a_job_share_s_or_this_post_s_term_is_no_experience(extract, text):
    assert extract(f"Therapist\n{text}\n").of_kind("experience") == []
    # a post the candidate has held is experience still
    held = extract("Nurse\nYou must have held a Band 6 post for 2 years.\n").of_kind("experience")
    assert [r.years for r in held] == [2.0]


@pytest.mark.parametrize(
    "text",
    [
        "Somerset's service is primarily based at Musgrove Park Hospital (MPH).",
        "31 Acute stroke inpatient beds (19 at MPH and 12 at YDH)",
        "The post will cover MPH the Community with regular travel across all sites.",
        "You will link work alongside the JETT team(MPH) and Rapid turnaround team (YDH).",
        "Vehicles must keep to 30 MPH in Town centres.",
    ],
)
def test_a_bare_mph_is_a_hospital_s_initials_or_a_speed_not_a_master_s(extract, text):
    assert levels(extract(f"Consultant\n{text}\n")) == []


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("Essential: MPH or MHA.", "required"),
        ("MBA/MPH preferred.", "preferred"),
        ("An MPH in Epidemiology is required.", "required"),
        ("Education:\n- MPH (Preferred)", "preferred"),
        ("MPH degree required.", "required"),
    ],
)
def test_an_mph_beside_another_master_s_a_cue_or_a_field_is_a_master_s(extract, text, strength):
    assert levels(extract(f"Epidemiologist\n{text}\n")) == [("master", strength)]


def test_a_nursing_associate_s_apostrophe_names_the_post_not_a_degree(extract):
    text = "Bank are seeking Registered Children's Nurses / Nursing Associate's to join our team."
    assert levels(extract(f"Nurse\n{text}\n")) == []
    assert levels(extract("Coder\nAssociate's degree required.\n")) == [("associate", "required")]
    assert levels(extract("Coder\nAn associate's in health information is required.\n")) == [("associate", "required")]


@pytest.mark.parametrize(
    "text",
    [
        "- Adult Seasonal Immunisations (this requires training certificate, observation and PSD)",
        "Ministry of Labour Worker Health and Safety Awareness in 4 Steps training certificate is required.",
        "You will be managing and leading this innovative Post graduate certificate course.",
    ],
)
def test_a_duty_s_or_safety_training_certificate_and_a_postgraduate_certificate_course_are_no_level(extract, text):
    assert levels(extract(f"Health Care Assistant\n{text}\n")) == []


@pytest.mark.parametrize(
    "text",
    [
        "A medical coding training certificate is required.",
        "Successful completion of a Medical Office Administration program or equivalent education is required.",
        "Completion of a certificate program in health information is required.",
    ],
)
def test_a_coding_training_certificate_and_a_finished_office_program_are_a_certificate(extract, text):
    assert levels(extract(f"Medical Records Clerk\n{text}\n")) == [("certificate", "required")]


@pytest.mark.parametrize(
    "text",
    [
        "Spire is looking for an experienced Surgical Staff Nurse to join their team on a FTC basis of 12 months.",
        "We need experienced nurses on a secondment basis for 6 months.",
        "Experienced nurses can work regular shifts for a guaranteed period of 3 months on a rolling contract!",
        "This role will be supported with help from a dietetic assistant practitioner with 4 years' experience.",
        "You will be mentored by a senior nurse with 10 years' experience in the speciality.",
    ],
)
def test_the_terms_a_post_is_offered_on_and_a_colleague_s_experience_are_no_experience_asked(extract, text):
    assert extract(f"Nurse\n{text}\n").of_kind("experience") == []


def test_experience_asked_beside_a_colleague_or_a_contract_is_still_asked(extract):
    text = "You will be supported by our team, and you must have 2 years' experience on a fixed term basis."
    assert [r.years for r in extract(f"Nurse\n{text}\n").of_kind("experience")] == [2.0]
    text = "You must have 12 months' experience. The post is offered on a fixed-term contract."
    assert [r.years for r in extract(f"Nurse\n{text}\n").of_kind("experience")] == [1.0]


@pytest.mark.parametrize(
    "text",
    [
        "Group 1 specialties: Acute Medicine, Cardiology, Clinical Pharmacology & Therapeutics, Endocrinology.",
        "The rotation's parent specialties include cardiology, clinical pharmacology and therapeutics and geriatrics.",
    ],
)
def test_the_specialty_clinical_pharmacology_and_therapeutics_is_no_pharmacology_asked(extract, text):
    assert extract(f"Specialty Doctor\n{text}\n").of_kind("skill") == []
    # the knowledge is still asked
    asked = extract("Coder\nKnowledge of medical terminology and pharmacology is required.\n").of_kind("skill")
    assert "pharmacology" in [r.id for r in asked]


@pytest.mark.parametrize(
    "text",
    [
        "You will have a sound working knowledge of MS office packages such as Word, Excel, Teams and Outlook.",
        "* Computer literate, able to use Teams, Outlook, Word, Excel and learn new systems",
        "MS Office technology including Outlook, Teams, Word, and Excel",
    ],
)
def test_teams_listed_with_other_microsoft_products_is_microsoft_teams(extract, text):
    found = [r.id for r in extract(f"Administrator\n{text}\n").of_kind("software")]
    assert "Microsoft-Teams" in found
    # teams of people are not
    people = "You will work with the Community Teams, Word processing skills needed."
    assert "Microsoft-Teams" not in [r.id for r in extract(f"Nurse\n{people}\n").of_kind("software")]


def test_what_is_preferable_though_training_is_provided_stays_preferred(extract):
    text = "A working knowledge of SystmOne is preferable although training will be provided."
    assert [(r.id, r.strength) for r in extract(f"Nursery Nurse\n{text}\n").of_kind("software")] == [
        ("SystmOne", "preferred")
    ]
    # training in it alone still sets it aside
    assert extract("Clerk\nSystmOne training will be provided.\n").of_kind("software") == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("All candidates will need to have completed 4 years of Higher Medical or Surgical Training.", 4.0),
        ("- Completed a minimum of three years of training as a Specialty Registrar in Radiology.", 3.0),
    ],
)
def test_a_doctor_s_completed_years_of_specialty_training_are_experience(extract, text, years):
    assert [r.years for r in extract(f"Clinical Fellow\n{text}\n").of_kind("experience")] == [years]


@pytest.mark.parametrize(
    "text",
    [
        "The post offers 2 years of higher specialist training in cardiology.",
        "Applicants must have completed 2 years of higher specialty training programmes.",
    ],
)
def test_specialty_training_offered_or_a_programme_s_length_is_no_experience(extract, text):
    assert extract(f"Clinical Fellow\n{text}\n").of_kind("experience") == []


@pytest.mark.parametrize(
    "text",
    [
        "For further details / informal visits contact\n\nMaria Buxton MSc, Grad Dip Phys\nConsultant Physiologist",
        "Additional contact information\n\nMercy Okougha MSc., PGCHE, BSc, Cert.Man., RN\n\nLead Nurse",
        "Contact Dr Jane Smith PhD",
    ],
)
def test_the_letters_after_a_contact_s_name_are_no_level_asked(extract, text):
    assert levels(extract(f"Nurse\n{text}\n")) == []


@pytest.mark.parametrize(
    "text", ["Essential:\nSpeech Therapy BSc", "Essential:\nSpeech Therapy BSc, HCPC registration", "Jane Smith, PhD"]
)
def test_capitalised_words_before_a_degree_s_letters_are_not_taken_for_a_name_without_more(extract, text):
    assert levels(extract(f"Therapist\n{text}\n")) != []


def test_patients_records_in_the_possessive_touch_records(extract):
    text = (
        "You will take accurate minutes, maintain an effective filing system for patients’ records and documentation "
        "and type clinic letters."
    )
    assert extract(f"Clinical Secretary\n{text}\n").in_scope is True
    assert extract("Clinical Secretary\nYou will take accurate minutes and type clinic letters.\n").in_scope is False


def test_a_benefits_heading_governs_its_list_not_the_prose_after_it(extract):
    text = (
        "Benefits:\n\n- NHS Pension Scheme\n\n- Access to bespoke fully funded training programmes\n\n"
        "- Access to a great support network\n\n"
        "We have an excellent opportunity to join the UK's leading provider of Urgent Treatment Centres as Head of "
        "Nursing across our services in North and West London, with a team that is growing fast.\n\n"
        "To be considered for this position you will hold a masters degree (or equivalent) and be experienced.\n"
    )
    assert levels(extract(f"Head of Nursing\n{text}\n")) == [("master", "required")]
    # a level in the benefits list itself is still offered
    offered = "Benefits:\n\n- NHS Pension Scheme\n\n- Funding towards a masters degree\n"
    assert levels(extract(f"Head of Nursing\n{offered}\n")) == []


def test_a_degree_still_to_be_finished_is_no_level_asked(extract):
    text = "Whether you're newly graduated or are expecting to finish your degree in the next 24 months, please apply."
    assert levels(extract(f"Staff Nurse\n{text}\n")) == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Minimum of 2 years at band 6 within Neurosciences", 2.0),
        ("* 24 months at band 5 within Critical Care", 2.0),
        ("You will have 3 years as a band 6 nurse.", 3.0),
    ],
)
def test_years_at_a_band_are_experience(extract, text, years):
    assert [r.years for r in extract(f"Ward Manager\n{text}\n").of_kind("experience")] == [years]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("We want someone who has completed at least 3 years as a trainee clinical scientist.", 3.0),
        ("You should be ST4+, having completed a minimum of 3 years in approved SHO posts.", 3.0),
    ],
)
def test_years_completed_as_a_trainee_or_in_approved_posts_are_experience(extract, text, years):
    assert [r.years for r in extract(f"Fellow\n{text}\n").of_kind("experience")] == [years]
    # not a post's own term
    assert extract("Fellow\nThe post offers 2 years in training posts.\n").of_kind("experience") == []


def test_a_cue_that_follows_a_later_predicate_s_verb_is_that_predicate_s(extract):
    text = "You will have completed 3 years as a trainee clinical scientist and has ideally gained HCPC registration."
    assert [(r.years, r.strength) for r in extract(f"Scientist\n{text}\n").of_kind("experience")] == [(3.0, "required")]
    text = "You will have a degree and would ideally have 2 years experience."
    found = extract(f"Scientist\n{text}\n")
    assert [(r.id, r.strength) for r in found.of_kind("education")] == [("bachelor", "required")]
    assert [(r.years, r.strength) for r in found.of_kind("experience")] == [(2.0, "preferred")]
    # a cue before both speaks of both
    both = extract("Scientist\nCandidates would ideally hold a degree and have 2 years experience.\n")
    assert [r.strength for r in both.requirements] == ["preferred", "preferred"]


def test_an_acting_up_period_is_no_experience(extract):
    text = "This is a 1 year acting up period, a great opportunity for band 6 nurses to gain experience at band 7."
    assert extract(f"Manager\n{text}\n").of_kind("experience") == []


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("EPR Configuration Analyst", "You will configure the electronic patient record for clinical services."),
        ("Workforce Planning Analyst", "You will complete mandatory training, including information governance."),
        ("Cyber Security Manager", "You will sit on the information governance and records committee."),
        ("Housekeeping Supervisor", "Knowledge of COSHH, colour coding and infection control is desirable."),
        ("Programme Manager (Digital Transformation)", "Shared care records and personal health records."),
    ],
)
def test_an_office_s_work_outside_the_field_in_the_title_outweighs_a_touch_of_records(screener, title, text):
    assert screener.extract(text, title=title).in_scope is False


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Health Records Project Manager", "You will manage the move of patient records to the new site."),
        ("EPR Data Quality Lead", "You will lead data quality work on the electronic patient record."),
        ("Patient Business Services Representative", "You will maintain patient records and accounts."),
    ],
)
def test_an_office_title_that_names_the_field_s_work_stays_in_scope(screener, title, text):
    assert screener.extract(text, title=title).in_scope is True


def test_such_a_degree_is_the_one_named_before_it(extract):
    extraction = extract(
        "Privacy Officer\nEducation: Master's or equivalent graduate degree, or two (2) full years of progressively "
        "higher level graduate education leading to such a degree.\n"
    )
    assert extraction.minimum_education() == "master"


def test_levels_each_offered_in_place_of_experience_are_one_choice(extract):
    """Each may stand in for part of the experience asked; none is asked on its own, the lowest is the bar."""
    extraction = extract(
        "Registry Specialist\nTwo years of general experience.\nSubstitutions:\n"
        "1. An Associate's degree in health information technology may be substituted for one (1) year of the "
        "General Experience.\n2. A Bachelor's degree may be substituted for two (2) years of the General Experience.\n"
    )
    assert extraction.minimum_education() == "associate"
    assert len({r.any_of for r in extraction.of_kind("education")}) == 1
