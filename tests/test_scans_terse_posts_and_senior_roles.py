"""Scanned and wrapped documents, terse posts, neighbouring trades, senior roles and public-sector announcements of the
written39 and written40 rounds, with texts written for the test: lists nested under a lead-in, a form's hanging
indent, what text read from a scan does to acronyms, an acronym spelled out in another case, a route whose figures
add up, shorthand labels and levels, and more lists of choices and team descriptions.
"""

from __future__ import annotations

from test_real_posting_phenomena import asked, groups, levels, years

# ---------------------------------------------------------------------- layout: nesting, hanging indents, scans


def test_a_list_nested_under_its_lead_in_ends_at_the_lead_in_s_depth(extract):
    extraction = extract(
        "CDI Specialist\n\nRequired:\n- Either of these:\n  - RN with 3 years of clinical experience.\n"
        "  - RHIT or RHIA with 3 years of inpatient coding.\n"
        "- CCDS or CDIP within 12 months of hire.\n- Knowledge of pathophysiology.\n"
    )
    assert groups(extraction) == [{"RHIT", "RHIA"}, {"CCDS", "CDIP"}]


def test_a_form_s_hanging_indent_goes_on_with_the_labelled_line(extract):
    extraction = extract(
        "Coding Analyst\n\nMINIMUM QUALIFICATIONS\n"
        "Credential:       One of these current credentials when appointed: CPC,\n"
        "                  CCS-P, CCS or RHIT.\n"
        "Knowledge:        Medical terminology and anatomy.\n"
    )
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required", "CCS": "required", "RHIT": "required"}
    assert groups(extraction) == [{"CPC", "CCS-P", "CCS", "RHIT"}]


def test_a_line_of_two_columns_is_no_labelled_line_to_go_on_with(extract):
    # the guard: the columns' headings ("4.1 Minimum ... 4.2 Preferred") are not the text of the line under them
    extraction = extract(
        "Data Analyst\n\n4.0  QUALIFICATIONS\n"
        "     4.1  Minimum                                   4.2  Preferred\n"
        "     Bachelor's degree in Health Information        Master's degree in Health Informatics\n"
    )
    assert ("bachelor", "required") in levels(extraction)


def test_a_degree_that_substitutes_for_experience_over_wrapped_lines_asks_no_level(extract):
    extraction = extract(
        "Coding Specialist\n\nREQUIRED\n"
        "Education:        A high school diploma.\n"
        "Experience:       Three years of coding experience in a large physician group. An associate degree\n"
        "                  in health information or a related field may substitute\n"
        "                  for one year of the required experience.\n"
    )
    assert levels(extraction) == [("high_school", "required")]


def test_acronyms_as_text_read_from_a_scan_gives_them(extract):
    extraction = extract(
        "Medical Records Clerk\n\nDuties: assigns lCD-10-CM codes to admitting diagnoses.\n"
        "Qualifications: Registered Health lnformation Technician (RHlT) preferred. 0DS-C for registry staff "
        "required.\n"
    )
    assert asked(extraction) == {"RHIT": "preferred", "ODS-C": "required"}
    assert asked(extraction, "coding_system") == {"ICD-10-CM": "required"}


def test_a_zero_read_as_a_letter_in_a_code_set(extract):
    extraction = extract("Cancer Registrar\n\nCasefinding from the disease index (ICD-1O-CM) and pathology reports.\n")
    assert asked(extraction, "coding_system") == {"ICD-10-CM": "required"}


def test_a_skill_s_acronym_is_not_read_as_a_scan_misreads_it(extract):
    # the guard: only credentials and code sets; a LinkedIn tag's "RO1" is no release of information
    extraction = extract("Risk Adjustment Coder\n\nRequired: CRC.\n\n#LI-Remote #LI-RO1\n")
    assert "release_of_information" not in asked(extraction, "skill")


def test_a_misread_acronym_typed_in_lower_case_is_no_mention(extract):
    # the guard: only the capitals a scan gives stand for the acronym, not a word typed in lower case
    extraction = extract("Billing Clerk\n\nRequirements: rhlt and c0c experience.\n")
    assert asked(extraction) == {}


# ---------------------------------------------------------------------- what is not asked


def test_an_acronym_spelled_out_in_another_case_keeps_that_meaning(extract):
    extraction = extract(
        "Tumor Registrar\n\nOur program is accredited by the Commission on Cancer (CoC).\n"
        "Duties: abstract cases in accordance with COC and NAACCR standards.\nRequired: CTR or ODS-C.\n"
    )
    assert asked(extraction) == {"CTR": "required", "ODS-C": "required"}


def test_the_coc_credential_stays_asked_without_another_long_form(extract):
    # the guard: no long form of another meaning in the posting
    extraction = extract("Outpatient Coder\n\nRequired: COC or CPC.\n")
    assert asked(extraction) == {"COC": "required", "CPC": "required"}


def test_a_credential_s_fee_asks_nothing(extract):
    extraction = extract(
        "HIM Technician\n\nPreferred:\n- Two years of hospital HIM experience.\n\n"
        "Lakeside pays the annual RHIT maintenance fee for credentialed staff.\n"
    )
    assert asked(extraction) == {}


def test_holders_sent_to_another_class_are_not_asked_for(extract):
    extraction = extract(
        "Coding Specialist II\n\nREQUIRED QUALIFICATIONS\n"
        "Certification:    One of these credentials at the time of hire: CPC or CCS-P.\n\nNOTES\n"
        "Coders holding the CPC-A apprentice designation are hired into the Coding Associate class (class 20410) and "
        "are not eligible for this class.\n"
    )
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required"}


def test_a_program_s_authorizations_are_not_the_ccs_credential(extract):
    extraction = extract(
        "Medical Biller\n\nNice to have: CCS authorizations and billing experience, CPB or CBCS certification.\n"
    )
    assert asked(extraction) == {"CPB": "preferred", "CBCS": "preferred"}


def test_the_ccs_credential_beside_authorization_work_stays_asked(extract):
    # the guard: the credential said to be one, the authorizations another duty
    extraction = extract("Coder\n\nRequirements: CCS required; prior authorization experience a plus.\n")
    assert asked(extraction) == {"CCS": "required"}


def test_a_team_of_credentialed_auditors_asks_nothing(extract):
    extraction = extract(
        "Charge Capture Analyst\n\nOur department brings together analysts and a team of coding auditors who hold "
        "the RHIA, CCS and CPMA credentials.\n\nRequired: CPC or RHIT.\n"
    )
    assert asked(extraction) == {"CPC": "required", "RHIT": "required"}


def test_every_coder_on_the_team_holding_one_asks_nothing(extract):
    extraction = extract(
        "Coding Manager\n\nThe team works remotely across the state, and every coder on it holds a CCS or CIC.\n\n"
        "Nice to Have\n- RHIA\n"
    )
    assert asked(extraction) == {"RHIA": "preferred"}


# ---------------------------------------------------------------------- choices and strengths


def test_a_choice_of_long_names_ends_with_one_the_vocabulary_does_not_know(extract):
    extraction = extract(
        "Privacy Officer\n\nRequired: Certified in Healthcare Privacy and Security (CHPS), Certified in Healthcare "
        "Privacy Compliance (CHPC), or Certified Information Privacy Professional/Europe (CIPP/E).\n"
    )
    assert groups(extraction) == [{"CHPS", "CHPC"}]


def test_a_certificate_issued_by_its_issuer_then_or_an_article(extract):
    extraction = extract(
        "Coder II\n\nLicense/Certificate: Possession of a current Registered Health Information Technician (RHIT) "
        "certificate issued by AHIMA, or a Certified Professional Coder (CPC) certificate issued by AAPC.\n"
    )
    assert groups(extraction) == [{"RHIT", "CPC"}]


def test_a_terse_order_s_pref_label_inside_its_paragraph(extract):
    extraction = extract(
        "Coder\n\nREQ: COC or CPC (active); 3+ yrs outpatient coding exp. PREF: CPMA and CRC; Epic exp.\n"
    )
    assert asked(extraction) == {"COC": "required", "CPC": "required", "CPMA": "preferred", "CRC": "preferred"}


def test_a_pref_heading_in_short(extract):
    extraction = extract("HIM Tech\n\nReq:\n- RHIT\n\nPref:\n- CCS\n")
    assert asked(extraction) == {"RHIT": "required", "CCS": "preferred"}


def test_a_choice_in_the_cue_s_own_part_keeps_the_cue_there(extract):
    extraction = extract("Coder\n\nRequirements:\n- 4+ yrs acute care coding, cardiac/vascular a big plus\n")
    assert years(extraction) == {4.0}
    extraction = extract(
        "Coder\n\nRequirements:\n- 3 years of pro-fee coding experience, spine or pain specialty strongly preferred\n"
    )
    assert years(extraction) == {3.0}


def test_a_choice_that_goes_on_with_a_list_of_where_takes_the_cue(extract):
    # the guard: the list the mention's part opens ("in ...") goes on past the comma
    extraction = extract(
        "Clerk\n\nRequirements:\n- 2 years of experience in medical records, ROI or a clinic preferred\n"
    )
    assert years(extraction, "preferred") == {2.0}
    assert years(extraction) == set()


def test_a_choice_that_ends_a_part_with_no_head_word_takes_the_cue(extract):
    # the guard: the part before the comma is not whole ("Six months of reception"); the list goes on
    extraction = extract("Clerk\n\nRequirements:\n- Six months of reception, scheduling or front desk work preferred\n")
    assert years(extraction, "preferred") == {0.5}
    assert years(extraction) == set()


def test_a_route_whose_figures_add_up_asks_their_sum(extract):
    extraction = extract(
        "DRG Validation Specialist\n\nRequirements:\n- Six (6) years of inpatient coding experience, or four (4) years "
        "of inpatient coding plus two (2) years of CDI or audit experience.\n"
    )
    assert years(extraction) == {6.0}


# ---------------------------------------------------------------------- education


def test_a_two_year_diploma_with_its_accreditor_and_field_between(extract):
    extraction = extract(
        "HIM Coder\n\nQualifications:\n- Graduate of a two-year CHIMA-accredited Health Information Management "
        "college diploma program\n"
    )
    assert levels(extraction) == [("associate", "required")]


def test_kinds_of_schooling_in_brackets_accept_a_certificate(extract):
    extraction = extract(
        "Coder\n\nRequirements:\n- Post-secondary education in medical coding (certificate, diploma or degree)\n"
    )
    assert levels(extraction) == [("certificate", "required")]


def test_a_diploma_or_certificate_named_after_its_field(extract):
    extraction = extract("Billing Clerk\n\nRequirements:\n- Medical Office Administration diploma or certificate\n")
    assert levels(extraction) == [("certificate", "required")]


def test_school_and_degree_in_short(extract):
    extraction = extract("ROI Specialist\n\nNeed 1+ yr ROI exp + HS dip; assoc deg pref.\n")
    assert levels(extraction) == [("high_school", "required"), ("associate", "preferred")]


def test_a_documentation_program_is_a_certificate(extract):
    extraction = extract(
        "Healthcare Documentation Specialist\n\nRequirements:\n- Completion of a healthcare documentation program\n"
    )
    assert levels(extraction) == [("certificate", "required")]


def test_a_designation_s_long_form_is_no_associate_degree(extract):
    extraction = extract("Claims Adjuster\n\nPreferred:\n- AIC (Associate in Claims) designation\n")
    assert levels(extraction) == []
    # the guard: a degree in brackets is one
    extraction = extract("Coder\n\nEducation (Associate degree in HIT) required.\n")
    assert levels(extraction) == [("associate", "required")]


def test_a_condition_on_the_degree_named_is_no_level(extract):
    extraction = extract(
        "Medical Records Technician\n\nYou must meet ONE of the following:\n"
        "1. an associate's degree in health information technology; OR\n"
        "2. two years of experience in a medical records department.\n\n"
        "Note: Your degree must be from a regionally accredited college.\n"
    )
    assert ("bachelor", "required") not in levels(extraction)
    assert ("associate", "required") in levels(extraction)
