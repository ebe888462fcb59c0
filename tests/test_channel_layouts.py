"""Postings as other channels give them, each with sentences written for the test (the written10 round).

A county's job description with numbered sections, a health plan's "What we'd love (Preferred)" list, a table
whose first header cell is blank, "Highly desirable" (the UK and Australia), a staffing agency's double hyphens,
a remote vendor's pay per credential, codes another team assigns, a second figure with its strength alone,
Ireland's Leaving Certificate, what does not replace a requirement, "we train!", and HIMAA's CCC.
"""

from __future__ import annotations

from test_real_posting_phenomena import groups, ids


def test_a_numbered_section_heading_heads_its_section(extract):
    extraction = extract(
        "HEALTH INFORMATION TECHNICIAN II\n"
        "1. ESSENTIAL FUNCTIONS\n1.1 Reviews inpatient records for completeness.\n"
        "4. MINIMUM QUALIFICATIONS\nPossession of an Associate degree in Health Information Technology.\n"
        "Registered Health Information Technician (RHIT) issued by AHIMA.\n\n"
        "5. PREFERRED QUALIFICATIONS\n- Bachelor's degree in Health Information Management\n"
        "- Registered Health Information Administrator (RHIA), or Certified Coding Specialist (CCS)\n"
    )
    assert ids(extraction) == {"RHIT": "required", "RHIA": "preferred", "CCS": "preferred"}
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [
        ("associate", "required"),
        ("bachelor", "preferred"),
    ]


def test_a_numbered_item_is_no_heading(extract):
    """A numbered line that is an item, not a heading in capitals nor a label with its colon, stays content."""
    extraction = extract(
        "Coder\nPREFERRED QUALIFICATIONS\n1. Bachelor's degree in HIM\n2. Epic experience\n"
        "REQUIRED\n1. CCS certification\n"
    )
    assert ids(extraction) == {"CCS": "required"}
    assert ids(extraction, "software") == {"Epic": "preferred"}


def test_a_line_with_its_strength_in_brackets_heads_the_bulleted_list_under_it(extract):
    extraction = extract(
        "Risk Adjustment Coder\nWhat you'll bring (Required)\n- High school diploma or GED\n"
        "- Three (3) or more years of risk adjustment coding experience\n"
        "What we'd love (Preferred)\n- Five (5) years of risk adjustment coding\n- CPMA or CDEO\n"
        "- Experience with Epic or Cerner\n"
    )
    assert ids(extraction) == {"CPMA": "preferred", "CDEO": "preferred"}
    assert extraction.minimum_experience_years("required") == 3
    assert extraction.minimum_experience_years("preferred") == 5
    assert ids(extraction, "software") == {"Epic": "preferred", "Oracle-Health": "preferred"}


def test_an_item_with_its_strength_over_no_bulleted_list_stays_an_item(extract):
    """Job boards' items each end with their strength, one a line: none heads the lines after it."""
    extraction = extract(
        "Coder\nEducation:\nHigh school or equivalent (Required)\nAssociate degree in HIT (Preferred)\n"
        "Licenses and Certifications:\nCCS certification required\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [
        ("high_school", "required"),
        ("associate", "preferred"),
    ]
    assert ids(extraction) == {"CCS": "required"}


def test_a_table_whose_first_header_cell_is_blank_has_a_column_of_labels(extract):
    extraction = extract(
        "HIM Supervisor\nQUALIFICATIONS\n\tRequired\tPreferred\n"
        "Education\tAssociate degree in Health Information Technology\tBachelor's degree in HIM\n"
        "Experience\t3 years of experience in HIM operations\t5 years, including supervisory experience\n"
        "Licensure/Certification\tRHIT or RHIA\tCHPS (Certified in Healthcare Privacy and Security)\n"
        "Software\tMEDITECH\tMicrosoft Excel\n"
    )
    assert ids(extraction) == {"RHIT": "required", "RHIA": "required", "CHPS": "preferred"}
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [
        ("associate", "required"),
        ("bachelor", "preferred"),
    ]
    assert extraction.minimum_experience_years("required") == 3
    assert ids(extraction, "software") == {"MEDITECH": "required", "Microsoft-Excel": "preferred"}


def test_highly_desirable_heads_what_is_preferred(extract):
    extraction = extract(
        "Clinical Coder\nMandatory requirements\nA minimum of 12 months' clinical coding experience is required.\n\n"
        "Highly desirable\n- 3+ years' coding experience, including complex surgical casemix.\n"
        "- Experience with Microsoft Excel.\n"
    )
    assert extraction.minimum_experience_years("required") == 1
    assert extraction.minimum_experience_years("preferred") == 3
    assert ids(extraction, "software") == {"Microsoft-Excel": "preferred"}


def test_two_hyphens_glued_to_a_credential_are_a_bullet(extract):
    extraction = extract("ASC Coder\nQualifications:\n--COC or CPC required; CPC-A accepted\n")
    assert ids(extraction) == {"COC": "required", "CPC": "required", "CPC-A": "required"}
    assert groups(extraction) == [{"COC", "CPC", "CPC-A"}]


def test_pay_for_each_credential_held_asks_for_none(extract):
    extraction = extract(
        "Remote Coder\nRequirements:\n- CPC, COC or CCS-P required\n"
        "Pay: $28/hr. *Add $1.50/hr for each additional specialty credential (CEMC, CRC, CPMA).\n"
    )
    assert ids(extraction) == {"CPC": "required", "COC": "required", "CCS-P": "required"}
    assert {d.id for d in extraction.dismissed} >= {"CEMC", "CRC", "CPMA"}


def test_a_credential_then_one_of_the_following_is_one_choice(extract):
    extraction = extract(
        "Risk Adjustment Coder\nRequired:\n"
        "- Certified Risk Adjustment Coder (CRC) through AAPC, OR one of the following: CPC, CCS, CCS-P\n"
    )
    assert groups(extraction) == [{"CRC", "CPC", "CCS", "CCS-P"}]


def test_codes_another_team_assigns_are_not_asked(extract):
    extraction = extract(
        "Pro Fee Coder\nYou will assign CPT and ICD-10-CM codes to clinic visits.\n"
        "Note: dental claims (CDT codes) are coded by the separate dental billing team and are not part of this "
        "role.\n"
    )
    assert ids(extraction, "coding_system") == {"CPT": "required", "ICD-10-CM": "required"}
    assert "CDT" in {d.id for d in extraction.dismissed}


def test_a_second_figure_with_its_strength_alone_is_the_same_work_s(extract):
    extraction = extract(
        "Coder\nQualifications:\n- Minimum 1 year of ASC or hospital outpatient surgery coding; 3+ years preferred\n"
    )
    assert extraction.minimum_experience_years("required") == 1
    assert extraction.minimum_experience_years("preferred") == 3


def test_a_bare_figure_with_no_figure_of_work_before_it_is_no_experience(extract):
    extraction = extract("Coder\nQualifications:\n- Must be 18 years old\n- 2 years preferred in the role\n")
    assert extraction.minimum_experience_years("required") is None


def test_ireland_s_leaving_certificate_is_school_leaving(extract):
    extraction = extract(
        "Clinical Coder Grade IV\nEssential:\nHave obtained a pass in at least five subjects in the Leaving "
        "Certificate Examination, or equivalent.\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("high_school", "required")]


def test_what_does_not_replace_a_requirement_is_not_asked(extract):
    extraction = extract(
        "Coder\nRequirements:\n- High school diploma or equivalent. An associate degree or coding certificate "
        "program does not replace the experience requirement.\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("high_school", "required")]


def test_we_train_offers_training_and_leaves_what_came_before(extract):
    extraction = extract(
        "Release of Information Specialist\nWhat we're looking for\n"
        "- High school diploma or GED required – no degree required, we train!\n"
        "- athenahealth experience is a big plus, we will train on Epic for the hospital side\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("high_school", "required")]
    assert ids(extraction, "software") == {"athenahealth": "preferred"}
    assert "Epic" in {d.id for d in extraction.dismissed}


def test_himaa_s_certified_clinical_coder_is_not_aapc_s_cardiology_coder(extract):
    extraction = extract(
        "Clinical Coder\nHighly desirable\n- HIMAA Certified Clinical Coder (CCC) credential.\n"
        "- Certified Coding Specialist (CCS).\n"
    )
    assert ids(extraction) == {"CCS": "preferred"}
    assert "CCC" in {d.id for d in extraction.dismissed}


def test_a_markdown_table_whose_first_header_cell_is_blank_has_a_column_of_labels(extract):
    extraction = extract(
        "HIM Supervisor\nQUALIFICATIONS\n| | Required | Preferred |\n"
        "| Licensure | RHIT or RHIA | CHPS |\n| Software | MEDITECH | Microsoft Excel |\n"
    )
    assert ids(extraction) == {"RHIT": "required", "RHIA": "required", "CHPS": "preferred"}
    assert ids(extraction, "software") == {"MEDITECH": "required", "Microsoft-Excel": "preferred"}
