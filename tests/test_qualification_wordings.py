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
