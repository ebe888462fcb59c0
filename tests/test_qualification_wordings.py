"""How US postings word education, experience and their choices, with sentences written for the test (the written6
round): a program accredited for health information, a degree a substitute is offered for, a choice of two figures
in capitals, the years "in a setting", a certification line after a federal list of paths, a team worked with."""

from __future__ import annotations

from test_real_posting_phenomena import groups, ids


def levels(extraction):
    return [(r.id, r.strength) for r in extraction.of_kind("education")]


def test_a_graduate_of_an_accredited_him_program_has_an_associate_s_at_least(extract):
    extraction = extract(
        "HIM Coordinator\nRequirements:\n• Graduate of an accredited Health Information Management program\n"
    )
    assert levels(extraction) == [("associate", "required")]
    extraction = extract(
        "Coder\nRequirements:\n• Graduate of a CAHIIM-accredited HIT/HIM program OR coding certificate from an "
        "AHIMA-approved program\n"
    )
    assert sorted(levels(extraction)) == [("associate", "required"), ("certificate", "required")]
    assert extraction.minimum_education("required") == "certificate"


def test_a_cancer_registry_program_stays_a_certificate(extract):
    extraction = extract(
        "Cancer Registrar\nRequirements:\n• Completion of an NCRA-accredited Cancer Information Management (CIM) "
        "program\n"
    )
    assert levels(extraction) == [("certificate", "required")]


IN_LIEU = (
    "Coding Auditor\nQUALIFICATIONS\nEducation: Associate degree in health information, business or related field. "
    "In lieu of a degree, four (4) years of professional-fee coding experience will be considered.\n"
    "Experience: Minimum three (3) years of multispecialty professional-fee coding experience.\n"
)


def test_the_degree_a_substitute_is_offered_for_names_no_level(extract):
    assert levels(extract(IN_LIEU)) == [("associate", "required")]


def test_years_offered_in_lieu_of_a_degree_said_first_are_no_experience_asked(extract):
    extraction = extract(IN_LIEU)
    assert [r.years for r in extraction.of_kind("experience")] == [3]
    assert extraction.minimum_experience_years("required") == 3


def test_a_capital_or_right_before_a_figure_is_a_choice_of_figures(extract):
    extraction = extract(
        "CDI Specialist\nRequired Qualifications\n- 3 years of acute care clinical experience (med/surg, critical "
        "care or emergency preferred) OR 2 years of inpatient CDI experience\n"
    )
    assert extraction.minimum_experience_years("required") == 2


def test_a_capital_or_that_opens_a_route_of_its_own_still_drops_its_figure(extract):
    extraction = extract(
        "HIM Supervisor\nRequired Qualifications\n- RHIA with 3 years of HIM experience -OR- RHIT with 5+ yrs of HIM "
        "experience\n"
    )
    assert extraction.minimum_experience_years("required") == 3


def test_years_in_a_setting_are_experience(extract):
    extraction = extract(
        "Health Information Coordinator\nPreferred:\n• Two (2) or more years in a skilled nursing setting\n"
    )
    assert extraction.minimum_experience_years("preferred") == 2
    extraction = extract("Coder\nPreferred:\n• 2 years in a school setting as a volunteer tutor\n")
    assert extraction.minimum_experience_years("preferred") is None


FEDERAL = (
    "Privacy Officer\nQualifications\nTo qualify for this position at the GS-09 level, you must meet the following:\n"
    "Specialized Experience: You must have one year of specialized experience equivalent to at least the GS-07.\n"
    "OR\nEducation: Master's degree or equivalent graduate degree in health information management.\n"
    "OR\nCombination: Graduate education in excess of the first year may be combined with specialized experience.\n"
    "Certification: Certification as Certified in Healthcare Privacy and Security (CHPS), Certified in Healthcare "
    "Compliance (CHC), Certified in Healthcare Privacy Compliance (CHPC) or Certified Information Privacy "
    "Professional (CIPP/US) is preferred but not required. RHIA or RHIT is desirable.\n"
)


def test_a_certification_line_after_the_last_path_is_on_no_path(extract):
    extraction = extract(FEDERAL)
    assert all(r.path is None for r in extraction.of_kind("credential"))
    assert {"RHIA", "RHIT"} in groups(extraction)


def test_a_list_that_ends_with_a_credential_the_vocabulary_does_not_know_is_a_choice(extract):
    extraction = extract(FEDERAL)
    assert {"CHPS", "CHC", "CHPC"} in groups(extraction)
    assert ids(extraction)["CHPS"] == "preferred"


def test_a_team_worked_with_is_no_skill(extract):
    extraction = extract(
        "Coding Denials Specialist\nWorks closely with Patient Financial Services, CDI and the HIM coding team.\n"
        "CPC or CCS required.\n"
    )
    assert "clinical_documentation_improvement" not in ids(extraction, "skill")
    extraction = extract(
        "CDI Educator\nCollaborates with physicians on clinical documentation improvement.\nCCDS required.\n"
    )
    assert "clinical_documentation_improvement" in ids(extraction, "skill")


# ---------------------------------------------------------------- the written7 round


def test_the_staff_s_average_years_are_not_asked(extract):
    extraction = extract(
        "Outpatient Coding Auditor\nWho we are\nWe support more than 120 hospitals, and our coding professionals "
        "average 11 years of experience.\nRequirements\n-5+ years of outpatient hospital coding experience\n"
    )
    assert [r.years for r in extraction.of_kind("experience")] == [5]


def test_a_fronted_in_lieu_of_makes_the_substitute_a_choice(extract):
    extraction = extract(
        "CDI Specialist\nRequired:\n- Bachelor's degree in Nursing or Health Information Management. In lieu of a "
        "Bachelor's degree, an Associate degree plus five (5) years of CDI experience will be considered.\n"
    )
    assert extraction.minimum_education("required") == "associate"
    education = extraction.of_kind("education")
    assert len({r.any_of for r in education}) == 1 and education[0].any_of is not None


def test_who_a_bonus_is_for_is_not_asked(extract):
    extraction = extract(
        "CDI Specialist\nRequired:\n- 3+ yrs of inpatient coding experience.\n"
        "Pay range: $38.50 - $55.20/hr. Sign-on bonus available for RNs with 2 years CDI experience.\n"
    )
    assert [(r.years, r.strength) for r in extraction.of_kind("experience")] == [(3, "required")]


def test_what_the_employer_pays_for_you_to_sit_for_and_staff_go_on_to_earn_is_not_asked(extract):
    extraction = extract(
        "Release of Information Specialist\nRequirements\n- High school diploma\nCertification is not required. After "
        "your first year, Keystone will pay for you to sit for the NHA Certified Electronic Health Records Specialist "
        "(CEHRS) exam, and many of our leads go on to earn their RHIT.\n"
    )
    assert ids(extraction) == {}


def test_an_infection_preventionist_s_cic_is_not_the_coder_s(extract):
    extraction = extract(
        "Medical Records Coordinator\nRequirements\n- RHIT preferred but not required.\n"
        "- Prepare charts for state survey and assist the Infection Preventionist (CIC) with audit binders.\n"
    )
    assert ids(extraction) == {"RHIT": "preferred"}


def test_a_lead_in_that_names_a_topic_takes_the_strength_of_its_heading(extract):
    extraction = extract(
        "Health Records Technician II\nDesirable Qualifications\nIn addition to evaluating each candidate's relative "
        "ability, as demonstrated by quality and breadth of experience, the following factors will provide the basis "
        "for competitively evaluating each candidate:\n"
        "• Current certification as a Certified Coding Specialist (CCS) or Certified Coding Associate (CCA)\n"
    )
    assert ids(extraction) == {"CCS": "preferred", "CCA": "preferred"}


def test_a_strength_label_glued_to_its_first_item_heads_the_lines_after_it(extract):
    extraction = extract(
        "Inpatient Coding Specialist\nMinimum Qualifications:Associate's degree in Health Information Technology.\n"
        "Minimum of two (2) years of inpatient acute care coding experience.\n"
        "Preferred Qualifications:Bachelor's degree in Health Information Management.\n"
        "Three (3) or more years of inpatient coding in an academic medical center.\n"
    )
    assert extraction.minimum_experience_years("required") == 2
    assert extraction.minimum_experience_years("preferred") == 3
    assert extraction.minimum_education("preferred") == "bachelor"


def test_a_pay_field_of_a_posting_s_header_heads_only_its_value(extract):
    extraction = extract(
        "Trainee Clinical Coder\nBand\nBand 3\nSalary\n£24,071 to £25,674 a year per annum pro rata\nContract\n"
        "Permanent\nJob overview\nThe Clinical Coding Department is looking to appoint a Trainee Clinical Coder.\n"
        "Main duties of the job\nYou will translate diagnoses and procedures into codes using the ICD-10 and OPCS-4 "
        "classifications.\n"
    )
    assert ids(extraction, "coding_system") == {"ICD-10": "required", "OPCS-4": "required"}
    extraction = extract("Coder\nBenefits\nWe pay for your AAPC membership and CPC exam.\n")
    assert ids(extraction) == {}


def test_years_or_more_working_in_a_team_are_experience(extract):
    extraction = extract(
        "Data Quality Analyst\nDesirable criteria\n- 3 years or more working in an NHS information or business "
        "intelligence team\n"
    )
    assert extraction.minimum_experience_years("preferred") == 3


def test_collecting_a_cancer_registry_s_data_is_abstracting(extract):
    extraction = extract(
        "Cancer Pathway Navigator\nThe post holder must also facilitate collection of data for all cancers and enter "
        "this on the Somerset Cancer Registry (SCR).\n"
    )
    assert ids(extraction, "skill").get("abstracting") == "required"


# ---------------------------------------------------------------- the written9 round


def test_a_staffing_agency_s_must_haves_and_nice_to_haves(extract):
    extraction = extract(
        "Travel Inpatient Coder\nMUST HAVES\n-Active CCS (AHIMA) - REQUIRED, no exceptions\n"
        "-Minimum 3 yrs recent inpatient acute care coding (within the last 24 months) in a Level I trauma center\n"
        "NICE TO HAVES\n-RHIA or RHIT\n-5+ yrs inpatient\n"
        "**Candidates with CCA or CPC only will NOT be submitted to this client.\n"
    )
    assert extraction.minimum_experience_years("required") == 3
    assert extraction.minimum_experience_years("preferred") == 5
    assert ids(extraction) == {"CCS": "required", "RHIA": "preferred", "RHIT": "preferred"}


def test_a_heading_with_a_remark_in_brackets_is_a_heading(extract):
    extraction = extract(
        "Health Information Technician\nMINIMUM QUALIFICATIONS\nEducation: Graduation from high school.\n"
        "Substitution: Completion of an associate degree in health information technology from a CAHIIM-accredited "
        "program may substitute for one year of the required experience.\n"
        "PREFERRED QUALIFICATIONS (may be used to screen applicants)\nRegistered Health Information Technician "
        "(RHIT).\n"
    )
    assert ids(extraction) == {"RHIT": "preferred"}
    assert [r.id for r in extraction.of_kind("education")] == ["high_school"]


def test_every_figure_of_a_sentence_that_opens_in_lieu_of_a_degree_is_the_substitute_s(extract):
    extraction = extract(
        "Coding Auditor\nRequired: Associate's degree in Health Information Management. In lieu of an Associate's "
        "degree, two (2) additional years of coding experience (nine years in total) will be accepted.\n"
        "Minimum of seven (7) years of coding experience.\n"
    )
    assert extraction.minimum_experience_years("required") == 7


def test_the_post_s_own_term_while_its_holder_is_away_is_no_experience(extract):
    extraction = extract(
        "Clinical Coding Manager\nWe are looking for an experienced coding professional to lead the Clinical Coding "
        "service for 11 months while the substantive post holder supports a national programme.\n"
    )
    assert extraction.of_kind("experience") == []


def test_a_long_row_under_its_strength_s_label_and_a_row_ending_in_its_strength(extract):
    extraction = extract(
        "Head of Clinical Coding\nPERSON SPECIFICATION\nEssential: Accredited Clinical Coder (ACC) | Degree or "
        "equivalent experience in a relevant discipline | Expert knowledge of ICD-10 and OPCS-4\n"
        "Desirable: Approved Clinical Coding Auditor or Trainer | Postgraduate qualification in management (e.g. ILM "
        "Level 7, Masters) | Welsh language skills Level 1\n"
    )
    assert extraction.minimum_education("preferred") == "master"
    extraction = extract(
        "Revenue Cycle Analyst\nQualifications\nCategory\tRequirement\tRequired/Preferred\n"
        "Education\tBachelor's degree in Finance or HIM\tRequired\nEducation\tMaster's degree (MBA, MHA, MPH)\t"
        "Preferred\nCertification\tHFMA Certified Revenue Cycle Representative (CRCR)\tPreferred\n"
    )
    assert extraction.minimum_education("preferred") == "master"
    assert ids(extraction) == {"CRCR": "preferred"}
