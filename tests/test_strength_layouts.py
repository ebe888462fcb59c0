"""Where a posting says what is required and what is preferred, each with sentences written for the test (the
written11 round).

Lettered and roman-numbered sections, "What will make you stand out?", a person specification's columns pasted
one under another, a table with a column of each row's strength ("Essential / Desirable"), a row of a label and a
text that only names a strength, a team told by its size; credentials of candidates trained abroad, of applicants
turned away, and the NHS's ODS code; years of work said without "experience".
"""

from __future__ import annotations

from test_real_posting_phenomena import groups, ids


def test_a_lettered_section_heading_in_title_case_heads_its_section(extract):
    extraction = extract(
        "Coding Supervisor\nA. Minimum Qualifications\n1. Associate degree in Health Information Management.\n"
        "2. CCS (Certified Coding Specialist) required.\n\nPHYSICAL DEMANDS:\nWork is primarily sedentary.\n\n"
        "B. Preferred Qualifications\n1. RHIT or RHIA.\n2. Bachelor's degree.\n"
    )
    assert ids(extraction) == {"CCS": "required", "RHIT": "preferred", "RHIA": "preferred"}
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [
        ("associate", "required"),
        ("bachelor", "preferred"),
    ]


def test_a_lettered_item_is_no_heading(extract):
    """A lettered line in title case that names no strength ("B. Bachelor's Degree") stays an item."""
    extraction = extract("Coder\nPreferred Qualifications:\nA. Bachelor's Degree\nB. Epic Experience\n")
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("bachelor", "preferred")]
    assert ids(extraction, "software") == {"Epic": "preferred"}


def test_what_will_make_you_stand_out_heads_what_is_preferred(extract):
    extraction = extract(
        "Coding Auditor\nWhat you need\n- CPC or CCS\n- High school diploma or GED\n\n"
        "What will make you stand out?\n- CDEO or CRC\n- Associate degree in HIM\n"
    )
    assert ids(extraction) == {"CPC": "required", "CCS": "required", "CDEO": "preferred", "CRC": "preferred"}
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [
        ("high_school", "required"),
        ("associate", "preferred"),
    ]


def test_topics_under_a_strength_in_capitals_take_its_strength(extract):
    """A person specification's Essential and Desirable columns pasted one under the other, each over its topics."""
    extraction = extract(
        "Coding Auditor\nPerson Specification\nESSENTIAL\nQualifications / training\nNCCQ or equivalent\n"
        "Experience\nAt least three years' post-qualification experience of coding\n"
        "DESIRABLE\nQualifications / training\nDegree, or an equivalent level of knowledge\n"
        "Experience\nFive or more years' coding experience across specialties\n"
    )
    assert extraction.minimum_experience_years("required") == 3
    assert extraction.minimum_experience_years("preferred") == 5


def test_topics_after_a_strength_in_title_case_with_lines_of_its_own_are_siblings(extract):
    extraction = extract(
        "Coder\nPreferred Qualifications:\n- RHIT\nKnowledge, Skills and Abilities:\n- ICD-10-CM coding\n"
    )
    assert ids(extraction) == {"RHIT": "preferred"}
    assert ids(extraction, "coding_system") == {"ICD-10-CM": "required"}


def test_a_column_of_each_row_s_strength(extract):
    extraction = extract(
        "Data Quality Officer\nPERSON SPECIFICATION\n"
        "Criteria | Essential / Desirable | How assessed\nEducation & qualifications\n"
        "A levels or equivalent | E | A\nDegree in a numerate subject | D | A\nExperience\n"
        "At least 18 months' experience of working with patient-level NHS data | E | A/I\n"
        "Experience of an NHS Data Quality role (2 years +) | D | A/I\nSkills\n"
        "Advanced Excel | E | T\nExperience with Power BI or SSRS | D | I\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("bachelor", "preferred")]
    assert extraction.minimum_experience_years("required") == 1.5
    assert extraction.minimum_experience_years("preferred") == 2
    assert ids(extraction, "software") == {"Microsoft-Excel": "required", "Power-BI": "preferred", "SSRS": "preferred"}


def test_a_row_of_a_label_and_a_text_that_names_a_strength_is_no_table_header(extract):
    extraction = extract(
        "HIM Data Analyst\nJob Requirements\n"
        "License/Certification     RHIA or CHDA preferred.\n"
        "Knowledge                 Working knowledge of ICD-10-CM/PCS and CPT classification data.\n"
    )
    assert ids(extraction) == {"RHIA": "preferred", "CHDA": "preferred"}
    assert ids(extraction, "coding_system") == {"ICD-10-CM": "required", "ICD-10-PCS": "required", "CPT": "required"}


def test_a_team_told_by_its_size_and_three_words_of_its_name(extract):
    extraction = extract(
        "Billing Specialist\nPreferred: CBCS or HFMA CRCR\n"
        "Our Patient Financial Services team of 60 includes nine CPB-certified billers.\n"
    )
    assert ids(extraction) == {"CBCS": "preferred", "CRCR": "preferred"}


def test_credentials_of_candidates_trained_abroad_are_not_asked(extract):
    extraction = extract(
        "Health Information Management Professional\nRequired: CHIM credential in good standing.\n"
        "Internationally trained candidates holding the RHIT or RHIA must have CHIM equivalency confirmed before hire."
        "\nWe are unable to sponsor overseas-qualified coders (e.g. CCS/CPC holders) for visa purposes.\n"
    )
    assert ids(extraction) == {}
    assert {d.id for d in extraction.dismissed} >= {"RHIT", "RHIA", "CCS", "CPC"}


def test_what_turns_applicants_away_is_not_asked(extract):
    extraction = extract(
        "Medical Coder - Walk-in Drive\nEligibility: CPC or CCS certified coders with 1 year of experience.\n"
        "Candidates with only CRC (Risk Adjustment) certification and HCC experience need not attend.\n"
    )
    assert ids(extraction) == {"CPC": "required", "CCS": "required"}
    assert groups(extraction) == [{"CPC", "CCS"}]
    assert "HCC" not in ids(extraction, "coding_system")


def test_an_nhs_organisation_s_ods_code_is_no_oncology_data_specialist(extract):
    extraction = extract(
        "Cancer Registration Officer\nData are received from NHS trusts and identified by the trust's ODS code; "
        "you will register each tumour.\nEssential: experience of cancer registration or clinical coding.\n"
    )
    assert "ODS-C" not in ids(extraction)


def test_years_of_work_said_without_the_word_experience(extract):
    extraction = extract(
        "Outpatient Coder\nRequired: two years of outpatient hospital coding.\n"
        "Ideally you've coded interventional radiology and cardiac cath cases in a hospital outpatient department "
        "for four or more years.\n\nDESIRED QUALIFICATIONS\n"
        "Three or more years of abstracting at a CoC-accredited program.\n"
    )
    assert extraction.minimum_experience_years("required") == 2
    assert sorted(r.years for r in extraction.of_kind("experience") if r.strength == "preferred") == [3, 4]


def test_years_in_a_training_program_are_no_experience(extract):
    extraction = extract("Coder\nQualifications:\n- 3 years of coding in a training program\n")
    assert extraction.minimum_experience_years("required") is None


def test_another_kind_of_applicant_s_figure_is_not_the_post_s_bar(extract):
    extraction = extract(
        "Medical Coder\nExperience : Minimum 1 year of experience in E/M or ED coding required.\n"
        "Diploma holders with 3+ yrs of coding experience also can walk in.\n"
    )
    assert [r.years for r in extraction.of_kind("experience")] == [1]


def test_others_who_will_also_be_considered_leave_the_post_s_figure(extract):
    extraction = extract(
        "Staff Nurse\nYou will need to be a Registered Nurse with preferably at least 6 months experience, but newly "
        "qualified nurses will also be considered for the post.\n"
    )
    assert [(r.years, r.strength) for r in extraction.of_kind("experience")] == [(0.5, "preferred")]
