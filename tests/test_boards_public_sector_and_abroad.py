"""Job boards' copies, public-sector announcements and postings from abroad of the written38 round, with texts written
for the test: a board's profile question, the board's "Full job description" after its blocks, a quality ranking
factor, "Added advantage", an apprentice who "may also apply", and an exam's sponsorship.
"""

from __future__ import annotations

from test_real_posting_phenomena import asked, groups


def test_a_job_board_s_profile_question_asks_nothing_of_its_own(extract):
    extraction = extract(
        "Medical Billing Specialist\n\nLicenses\nCertified Professional Biller\n"
        "Do you have a valid Certified Professional Biller license?\nYes No Skip\n\n"
        "Full job description\nQualifications:\n- 2 years of medical billing\n- CPB or CBCS certification a plus\n"
    )
    assert asked(extraction) == {"CPB": "preferred", "CBCS": "preferred"}


def test_a_question_without_the_board_s_answers_is_read_as_written(extract):
    # the guard: a posting's own question, not the board's
    extraction = extract("Coder\n\nRequirements:\n- Do you have a CPC? It is required.\n")
    assert asked(extraction) == {"CPC": "required"}


def test_the_board_s_full_job_description_ends_its_benefits_block(extract):
    extraction = extract(
        "Inpatient Coder II\n\nBenefits\nPulled from the full job description\n403(b) matching\nPaid time off\n\n"
        "Full job description\nThe Inpatient Coder II assigns ICD-10-CM diagnosis and ICD-10-PCS procedure codes.\n"
    )
    assert asked(extraction, "coding_system") == {"ICD-10-CM": "required", "ICD-10-PCS": "required"}


def test_a_quality_ranking_factor_is_a_preference(extract):
    extraction = extract(
        "Medical Records Administration Specialist\n\nQualifications: one year of specialized experience.\n\n"
        "Quality Ranking Factor: Candidates holding the Registered Health Information Administrator (RHIA) or "
        "Registered Health Information Technician (RHIT) credential may receive priority consideration.\n"
    )
    assert asked(extraction) == {"RHIA": "preferred", "RHIT": "preferred"}


def test_an_added_advantage_heading_heads_preferences(extract):
    extraction = extract(
        "Health Records Officer\n\nRequirements for Appointment\na) Diploma in Health Records;\n\n"
        "Added advantage:\n- International coding certification (e.g. CCS, CCA)\n"
    )
    assert asked(extraction) == {"CCS": "preferred", "CCA": "preferred"}


def test_holders_who_may_also_apply_are_one_more_choice(extract):
    extraction = extract(
        "ED Coder\n\nRequirements\n• CPC (AAPC) certification is mandatory — CPC-A (apprentice) holders may also "
        "apply\n"
    )
    assert asked(extraction) == {"CPC": "required", "CPC-A": "required"}
    assert groups(extraction) == [{"CPC", "CPC-A"}]


def test_an_exam_s_sponsorship_is_a_benefit(extract):
    extraction = extract(
        "ED Coder\n\nRequirements\n• CPC required\n\nWhy join us\n- Company pays AAPC membership\n"
        "- Sponsorship for CRC / CEMC exam after 12 months of service\n"
    )
    assert asked(extraction) == {"CPC": "required"}


def test_a_diploma_in_health_records_is_a_certificate(extract):
    extraction = extract(
        "Health Records Officer\n\nFor appointment to this grade, a candidate must have:\na) Diploma in Health Records "
        "and Information Technology/Management from a recognized institution;\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("certificate", "required")]


def test_a_uk_professional_body_s_certificate_is_no_level(extract):
    # the guard beside it: IHRIM's award, a UK professional body's, maps to no level of the scale
    extraction = extract("Health Records Supervisor\n\nDesirable:\n- IHRIM Certificate in Health Records\n")
    assert extraction.of_kind("education") == []


def test_a_team_s_tenure_is_no_experience_asked(extract):
    # a guard: the team's tenure under a board's "Full job description", no longer under its benefits
    extraction = extract(
        "Inpatient Coder\n\nJoin a team of 42 coders (average tenure 8 years!).\n"
        "Experience: Three (3) years of acute care inpatient coding experience required.\n"
    )
    assert [r.years for r in extraction.of_kind("experience")] == [3]


def test_a_building_named_hcc_is_no_code_set(extract):
    extraction = extract("Inpatient Coder\n\nWork location: HCC Building (Health Care Commons), 2nd floor.\n")
    assert asked(extraction, "coding_system") == {}
