"""E-mails, Markdown and rich text, post-acute settings, registries and postings of several levels (the written41
round), and what the last session left, with texts written for the test: bullets glued to their items and other
hyphens, Markdown's bold markers and a table's status column, what the writer of a message or another person holds,
what a candidate who lacks a credential is told, and Ireland's framework levels.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, ids, levels, years

# ---------------------------------------------------------------------- text from editors and mail


def test_a_bullet_glued_to_its_item_parts_from_it(extract):
    extraction = extract(
        "Medical Billing Specialist\n\nQualifications\n•CPB or CPC certification preferred\n•RHIT required\n"
        "→CCA required\n"
    )
    assert asked(extraction) == {"CPB": "preferred", "CPC": "preferred", "RHIT": "required", "CCA": "required"}


def test_a_term_s_hyphen_typed_as_another_hyphen_or_a_dash(extract):
    # a word processor's non-breaking hyphen (U+2011), a hyphen (U+2010), an en dash
    extraction = extract("Biller\n\nRequirements:\n- Knowledge of ICD\u201110 and HCPCS.\n- CPC\u2013A accepted.\n")
    assert {"ICD-10", "HCPCS"} <= set(ids(extraction, "coding_system"))
    assert "CPC-A" in ids(extraction)
    extraction = extract("Coder\n\nRequirements:\n- ICD\u201010\u2010PCS and CPT coding.\n")
    assert {"ICD-10-PCS", "CPT"} <= set(ids(extraction, "coding_system"))


def test_markdown_bold_markers_do_not_part_a_choice(extract):
    extraction = extract(
        "Risk Adjustment Coder\n\n### Required\n\n"
        "* **2+ years** of risk adjustment coding experience, **or** 3+ years of outpatient coding.\n"
        "* **CPC** **or** **CCS** required.\n* __RHIT__ or __RHIA__ preferred.\n"
    )
    assert years(extraction) == {2.0}
    assert groups(extraction) == [{"CPC", "CCS"}, {"RHIT", "RHIA"}]


def test_a_table_s_status_column_says_how_each_row_is_asked(extract):
    extraction = extract(
        "Risk Adjustment Coder\n\n### Nice to have\n\n* Associate degree.\n\n### Credentials at a glance\n\n"
        "| Credential | Status | Notes |\n|---|---|---|\n| CRC | Required | Earn it within 9 months |\n"
        "| CPC, CCS or CCS-P | Required | Any one of these |\n| CDEO | Preferred | Helpful |\n"
        "| RHIT / RHIA | Not required | Welcome |\n"
    )
    assert asked(extraction) == {
        "CRC": "required",
        "CPC": "required",
        "CCS": "required",
        "CCS-P": "required",
        "CDEO": "preferred",
    }


def test_what_the_writer_of_a_message_has_used_is_not_asked(extract):
    extraction = extract(
        "Pro Fee Coder\n\n> 4. What EHR do they use? I've only used eClinicalWorks.\n\n"
        "They're on athenahealth. Athena experience is preferred. CPC required.\n"
    )
    assert ids(extraction, "software") == {"athenahealth": "preferred"}


def test_if_you_know_it_great_prefers_it(extract):
    extraction = extract("Pro Fee Coder\n\nWe're on athena, so if you know athena great, if not you'll learn it.\n")
    assert ids(extraction, "software") == {"athenahealth": "preferred"}


def test_another_system_known_instead_is_not_preferred(extract):
    # the guard: "if you know X instead, that's fine" accepts X as the other does
    extraction = extract("Registrar\n\nBoth client sites run METRIQ. If you know CNExT instead, that's fine.\n")
    assert ids(extraction, "software")["CNExT"] == "required"


def test_systems_named_as_examples_where_none_is_needed_are_not_asked(extract):
    extraction = extract(
        "Risk Adjustment Coder\n\n- Comfortable coding from many EHRs (Epic, Cerner, athena, eCW, scanned PDFs) - "
        "they use their own platform, so no specific EHR experience is required.\n- CRC required.\n"
    )
    assert ids(extraction, "software") == {}


def test_athena_swan_is_no_athenahealth(extract):
    extraction = extract(
        "Clinical Coder\n\nThe university holds an Athena SWAN silver award. Clinical coding experience is essential.\n"
    )
    assert "athenahealth" not in ids(extraction, "software")


def test_athena_in_a_posting_from_swansea_is_athenahealth(extract):
    # the charter's cue is its whole name: "Swansea" starts with "swan"
    extraction = extract("Clinical Coder\n\nAthena experience is preferred for our Swansea office.\n")
    assert ids(extraction, "software") == {"athenahealth": "preferred"}


def test_what_another_person_holds_is_not_asked(extract):
    extraction = extract(
        "Cancer Registrar\n\nRequirements:\n- Associate degree required. Tina has her BS and it helped.\n"
        "- Our lead got his CCS last year. ODS-C required.\n"
    )
    assert levels(extraction) == [("associate", "required")]
    assert asked(extraction) == {"ODS-C": "required"}


def test_his_or_her_credential_is_the_candidate_s(extract):
    # the guard: "his or her" and "his/her" speak of the candidate
    extraction = extract(
        "Coder\n\nRequirements:\n- Applicants must hold his or her RHIT.\n- He/she must keep his/her CPC current.\n"
    )
    assert asked(extraction) == {"RHIT": "required", "CPC": "required"}


def test_advanced_practice_clinicians_counted_beside_the_surgeons_are_no_code_set(extract):
    extraction = extract(
        "Medical Billing Specialist\n\nWe have grown to 12 orthopaedic surgeons and 4 APCs across three offices.\n"
        "Requirements: CPT and ICD-10-CM coding knowledge.\n"
    )
    assert "APC" not in ids(extraction, "coding_system")


def test_brackets_that_open_with_another_credential_spell_out_no_acronym(extract):
    extraction = extract(
        "Professional Fee Coder\n\nCertification:\tCPC, CCS-P or COC (CPC-A accepted at the Coding Associate tier)\n"
    )
    assert groups(extraction) == [{"CPC", "CCS-P", "COC", "CPC-A"}]


@pytest.mark.parametrize(
    "heading", ["Preferred at either level", "Preferred for both levels", "Desirable for all roles"]
)
def test_a_heading_that_says_which_levels_it_speaks_of_keeps_its_strength(extract, heading):
    extraction = extract(f"HIM Coding Supervisor\n\nMinimum\n- RHIT or RHIA\n\n{heading}\n- CPMA or CDIP\n")
    assert asked(extraction) == {"RHIT": "required", "RHIA": "required", "CPMA": "preferred", "CDIP": "preferred"}


def test_a_class_series_numbered_in_figures_is_a_ladder_of_levels(extract):
    # a state's class series: "HIT 1:", "HIT 2:" are levels, the lowest first, each a path of its own
    extraction = extract(
        "HEALTH INFORMATION TECHNICIAN 1/2\n\nMinimum qualifications\n\nHIT 1:\n"
        "A high school diploma AND one (1) year of experience in health information or medical records work.\n\n"
        "HIT 2:\nMeets the HIT 1 qualifications, AND two (2) years of experience coding inpatient records, AND a "
        "current CCS credential.\n"
    )
    assert extraction.minimum_experience_years() == 1.0
    assert extraction.minimum_education() == "high_school"


def test_numbered_steps_and_years_are_no_ladder(extract):
    # the guard: what is numbered in time is no level of a job
    extraction = extract(
        "Coding Specialist\n\nYear 1:\nOne (1) year of coding experience required.\n\n"
        "Year 2:\nThree (3) years of auditing experience required.\n"
    )
    assert extraction.minimum_experience_years() == 3.0


def test_numbered_duties_whose_text_runs_on_are_no_ladder(extract):
    # the guard: "EJF 1: ..." numbers the essential job functions, each on its label's line
    extraction = extract(
        "HIM Director\n\nQualifications:\nEJF 1: One (1) year of coding experience is required.\n"
        "EJF 2: Three (3) years of auditing experience is required.\n"
    )
    assert extraction.minimum_experience_years() == 3.0


# ---------------------------------------------------------------------- dismissals and what undoes them


def test_applicants_who_lack_the_credential_are_not_eligible_asks_for_it(extract):
    extraction = extract(
        "Coding Specialist\n\nQualifications:\nApplicants who do not hold a CPC are not eligible for this position.\n"
        "Candidates without an active CCS-P will not be considered.\n"
    )
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required"}


def test_a_credential_that_alone_is_not_enough_is_still_not_asked(extract):
    # the guard: the same rule, with no one lacking anything, still dismisses what is not accepted
    extraction = extract("Coding Specialist\n\nQualifications:\nCPC alone is not sufficient. RHIT required.\n")
    assert asked(extraction) == {"RHIT": "required"}


# ---------------------------------------------------------------------- education: Ireland's framework


def test_ireland_s_framework_levels_name_a_level(extract):
    extraction = extract(
        "Healthcare Records Officer\n\nEssential:\n"
        "- A third-level qualification at NFQ Level 7 or higher in Health Information Management.\n"
        "Desirable:\n- A QQI Level 9 qualification in health informatics.\n"
    )
    assert levels(extraction) == [("bachelor", "required"), ("master", "preferred")]


def test_ireland_s_level_six_award_is_a_certificate_and_a_special_purpose_award_no_level(extract):
    extraction = extract(
        "HIPE Clinical Coder\n\nEssential:\n- A pass in the Leaving Certificate.\n"
        "Desirable:\n- A QQI Level 6 award in Health Information.\n"
        "- A QQI Level 7 Special Purpose Award in Clinical Coding.\n"
    )
    assert levels(extraction) == [("high_school", "required"), ("certificate", "preferred")]


# ---------------------------------------------------------------------- skills


def test_requests_for_a_resident_s_or_a_client_s_records_are_release_of_information(extract):
    for text in (
        "HIM Director\n\n- Process requests for resident health information from families and attorneys.\n",
        "Records Specialist\n\n- Process requests for client records from clients, courts and insurers.\n",
    ):
        assert "release_of_information" in ids(extract(text), "skill")


def test_a_return_on_investment_is_no_release_of_information(extract):
    extraction = extract(
        "CDI Specialist\n\nLast year the program returned an ROI of more than 6:1.\n"
        "Experience with ROI requests preferred.\n"
    )
    assert ids(extraction, "skill") == {"release_of_information": "preferred"}


def test_medications_and_surgical_terminology_named_among_what_to_know(extract):
    extraction = extract(
        "Home Health Coder\n\nRequirements:\n- Strong knowledge of disease processes and common medications.\n"
        "- Strong knowledge of surgical terminology and anatomy.\n"
    )
    assert {"pharmacology", "medical_terminology"} <= set(ids(extraction, "skill"))


# ---------------------------------------------------------------------- experience


def test_another_kind_of_applicant_considered_in_brackets_sets_no_bar(extract):
    extraction = extract(
        "Records Coordinator\n\nRequirements:\n- Current RHIT (CCAs with 3+ years of HIM experience considered)\n"
        "- 2 years of health information experience\n"
    )
    assert years(extraction) == {2.0}


def test_a_degree_s_substitute_over_a_wrapped_line_sets_no_bar(extract):
    extraction = extract(
        "Cancer Registry Manager\n\nEducation: Bachelor's degree in health information management. In lieu of a "
        "bachelor's degree, an\nassociate degree plus seven (7) years of cancer registry experience will be\n"
        "considered.\n\nExperience: Five (5) years of cancer registry experience in a CoC-accredited\nprogram.\n"
    )
    assert years(extraction) == {5.0}


def test_figures_each_for_a_level_of_the_job_are_choices(extract):
    extraction = extract(
        "Professional Fee Coder\n\nExperience:\t6 months of pro-fee coding at the Coding Associate tier; 2 years for "
        "Coder; 5 years for Senior Coder\n"
    )
    assert extraction.minimum_experience_years() == 0.5
