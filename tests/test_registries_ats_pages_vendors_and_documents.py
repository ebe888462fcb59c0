"""Registries, applicant-tracking pages, coding vendors and HR job descriptions: the written57 round's kinds, with
texts written for the test."""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, ids, years

_CHOICE = "Coder\n\nRequirements:\n- CPC or CCS required"


@pytest.mark.parametrize(
    "turned_down",
    [
        ". CPC-A not being considered.",
        ". CPC-A is not being considered.",
        " (CPC-A not being considered)",
        ". CPC-As aren't considered.",
        ". CPC-A not being accepted.",
    ],
)
def test_an_apprentice_not_being_considered_is_no_choice(extract, turned_down):
    extraction = extract(f"{_CHOICE}{turned_down}\n")
    assert asked(extraction) == {"CPC": "required", "CCS": "required"}
    assert ids(extraction).get("CPC-A") == "not_required"


def test_an_apprentice_considered_still_joins_the_choice(extract):
    extraction = extract(f"{_CHOICE}. CPC-A considered.\n")
    assert asked(extraction) == {"CPC": "required", "CCS": "required", "CPC-A": "required"}


@pytest.mark.parametrize(
    "about_the_firm",
    [
        "Our 400+ credentialed coders handle everything from ICD-10-PCS inpatient coding and APR-DRG validation to HCC "
        "risk adjustment reviews, and our audit team is 100% CPMA certified.",
        "Since 2009 we have supported more than 300 hospitals with abstracting, coding (ICD-10-PCS, APR-DRG, HCC) "
        "audits and CPMA-led reviews.",
        "Our services include facility coding, ICD-10-PCS and APR-DRG validation, HCC reviews and CPMA audits.",
        "Our HIM department is a team of more than 200 professionals, including CPMA-credentialed auditors and coders "
        "who work ICD-10-PCS, APR-DRG and HCC accounts.",
    ],
)
def test_what_the_firm_and_its_people_do_is_not_asked(extract, about_the_firm):
    text = f"Remote Coder\n\n{about_the_firm}\n\nWhat you bring:\n- CPC required\n- ICD-10-CM and CPT\n"
    extraction = extract(text)
    assert asked(extraction) == {"CPC": "required"}
    assert asked(extraction, "coding_system") == {"ICD-10-CM": "required", "CPT": "required"}


def test_a_team_with_an_ampersand_in_its_name_describes_its_people(extract):
    text = (
        "HIM Data Analyst\n\nRequired: RHIA\n\nThe HIM Revenue Integrity & Analytics team includes two RHIA analysts, "
        "a CHDA-certified data manager and a Coding Quality Manager.\n"
    )
    assert asked(extract(text)) == {"RHIA": "required"}


def test_people_counted_by_their_letters_hold_them(extract):
    text = (
        "Pro Fee Coder\n\nRequired: CPC\n\nThe Coding Education team (two CEMC- and one CPMA-credentialed educators)\n"
        "provides onboarding and quarterly audits.\n"
    )
    assert asked(extract(text)) == {"CPC": "required"}


_PAY = (
    "Remote Coder\n\nWHAT YOU BRING\n- Active CPC or COC credential, required at time of hire\n\nPAY\n\n"
    "Pay depends on specialty, credential and experience:\n"
    "  - CPC / COC / CCS-P: $24.00 - $29.00/hr\n"
    "  - CCS or dual-credentialed: $26.00 - $32.00/hr\n"
    "  - IR and surgery coders holding CIRCC, COSC or CGSC: up to $36.00/hr\n"
)


def test_a_pay_table_s_credentials_are_not_asked(extract):
    assert asked(extract(_PAY)) == {"CPC": "required", "COC": "required"}


@pytest.mark.parametrize("heading", ["PAY\n\n", "Compensation\n\n", ""])
def test_a_pay_line_s_credentials_are_not_asked_under_any_heading(extract, heading):
    text = f"Remote Coder\n\nRequired: CRC\n\n{heading}- CPC / COC: $24.00 - $29.00/hr\n- CCS: from $26/hr\n"
    assert asked(extract(text)) == {"CRC": "required"}


def test_a_credential_after_its_pay_line_s_full_stop_is_still_asked(extract):
    text = "Remote Coder\n\nQualifications\n- CRC required\n- CCS preferred. Pay: $30/hr\n"
    assert asked(extract(text)) == {"CRC": "required", "CCS": "preferred"}


def test_what_tops_the_pay_range_is_not_asked(extract):
    text = (
        "Risk Adjustment Coder\n\nTo be considered you must hold an active CRC. A CPC or CCS in addition is a plus.\n\n"
        "The details: $26-$32/hr depending on credentials (CRC plus CPC or CCS at the top of the range).\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CRC": "required", "CPC": "preferred", "CCS": "preferred"}


def test_a_firm_s_other_open_assignments_are_not_this_job(extract):
    text = (
        "Interim HIM Director\n\nRequirements:\n- RHIA required\n\nDesert Sky also has open interim Coding Manager "
        "(CCS required) and CDI Manager (CCDS required) assignments in AZ, NM and TX.\n"
    )
    assert asked(extract(text)) == {"RHIA": "required"}


@pytest.mark.parametrize(
    "ours",
    [
        "- Help our ODS-C with NAACCR submissions and edits",
        "- HIM employees may apply for our RHIT Pathway program after a year",
    ],
)
def test_our_holder_or_program_of_a_credential_asks_nothing(extract, ours):
    text = f"Cancer Registry Technician\n\nWhat you'll do:\n{ours}\n\nRequirements:\n- High school diploma\n"
    assert asked(extract(text)) == {}


def test_an_ats_line_of_choices_each_with_its_strength_is_one_choice(extract):
    text = (
        "Inpatient Coder\n\nLicenses and Certifications: Certified Coding Specialist (CCS) - AHIMA (Required) or "
        "Certified Inpatient Coder (CIC) - AAPC (Required)\n"
    )
    extraction = extract(text)
    assert groups(extraction) == [{"CCS", "CIC"}]


def test_a_credential_in_a_specialty_is_one_more_choice(extract):
    text = (
        "Coding Auditor\n\nPreferred:\n- CEMC, CDEO, or a specialty credential in orthopedics (COSC) or cardiology "
        "(CCC)\n"
    )
    assert groups(extract(text)) == [{"CEMC", "CDEO", "COSC", "CCC"}]


def test_a_board_s_you_may_also_like_list_is_other_jobs(extract):
    text = (
        "Professional Fee Coder\n\nRequired: CPC\n\nYou May Also Like\n"
        "- Coding Auditor - Professional Fee (CPMA Required) | Remote\n- Risk Adjustment Coder (CRC) | Remote\n"
    )
    assert asked(extract(text)) == {"CPC": "required"}


def test_a_letter_spaced_heading_heads_its_part(extract):
    text = (
        "Cancer Registrar\n\nM I N I M U M   Q U A L I F I C A T I O N S\n\n-  Associate degree.\n"
        "-  One (1) year of cancer registry experience.\n\n"
        "P R E F E R R E D   Q U A L I F I C A T I O N S\n\n-  Bachelor's degree in Health Information Management.\n"
        "-  RHIT.\n\nK N O W L E D G E,   S K I L L S   A N D   A B I L I T I E S\n\n-  Knowledge of terminology.\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"RHIT": "preferred"}
    assert ids(extraction, "education") == {"associate": "required", "bachelor": "preferred"}


@pytest.mark.parametrize("wrap", [" ", "\n"])
def test_a_larger_figure_in_brackets_of_no_unit_is_preferred(extract, wrap):
    text = (
        f"Risk Adjustment Coder\n\nQualifications\nAt least two years of risk adjustment coding{wrap}experience "
        "required (three or more preferred). Strong knowledge of medical terminology.\n"
    )
    extraction = extract(text)
    assert years(extraction) == {2.0}
    assert years(extraction, "preferred") == {3.0}


def test_a_figure_in_brackets_after_another_bracket_is_not_read(extract):
    # the words between the figures must be the first figure's: a bracket between speaks of something else
    text = "Coder\n\nQualifications\n- 2 years of coding experience (CPC required) (3 preferred).\n"
    assert years(extract(text), "preferred") == set()


def test_a_stroke_data_abstractor_s_post_is_health_information_work(extract):
    text = (
        "Stroke Data Abstractor (RN) - Neuroscience Quality\n\nWhat you'll do\n- Concurrently and retrospectively "
        "abstract stroke core measures (STK and CSTK measure sets) for The Joint Commission and CMS\n- Enter patient "
        "data into the GWTG-Stroke registry\n\nWhat you bring\n- Active Colorado RN license (required)\n"
        "- 3+ years of acute care nursing\n- Prior core measure or registry abstraction experience preferred\n"
    )
    extraction = extract(text)
    assert extraction.in_scope is True
    assert "data_abstraction" in asked(extraction, "skill")


def test_a_line_that_leaves_a_bracket_open_goes_on_on_the_next(extract):
    # a document's hard-wrapped line: the code sets in brackets are the department's services, on both lines
    text = (
        "ROI Specialist\n\nDepartment Overview\nThe department supports a 312-bed acute care hospital and 14\n"
        "outpatient clinics. HIM services include inpatient and outpatient coding (ICD-10-CM/PCS and\n"
        "CPT), clinical documentation integrity, record completion and release of information.\n\n"
        "Requirements\n- High school diploma\n"
    )
    assert asked(extract(text), "coding_system") == {}


def test_a_line_after_a_list_item_with_its_bracket_closed_starts_its_own_sentence(extract):
    text = "Coder\n\n- Knowledge of ICD-10-CM coding conventions (outpatient)\nCPC preferred\n"
    assert asked(extract(text)) == {"CPC": "preferred"}


@pytest.mark.parametrize(
    "unit",
    [
        "- Prepares written appeals with coding rationale in collaboration with CDI and Physician Advisors",
        "- Investigates case mix variances with CDI and Finance",
        "Reports To:           Director, Coding & CDI",
        "Our coding, CDI, cancer registry and release of information teams work side by side with our physicians.",
    ],
)
def test_cdi_named_as_a_unit_is_no_skill_asked(extract, unit):
    text = f"Coding Auditor\n\n{unit}\n\nRequirements:\n- CCS required\n"
    assert "clinical_documentation_improvement" not in asked(extract(text), "skill")


def test_experience_with_cdi_is_still_asked(extract):
    text = "CDI Specialist\n\nRequirements:\n- 2 years of experience with CDI and quality reporting\n"
    assert "clinical_documentation_improvement" in asked(extract(text), "skill")


@pytest.mark.parametrize(
    "products",
    [
        "You will need to use Microsoft PowerPoint, Excel, Word and MS Teams effectively.",
        "To be competent in Microsoft applications - outlook, excel, word and be able to use Teams.",
    ],
)
def test_microsoft_teams_at_the_end_of_a_list_is_a_product_not_a_unit(extract, products):
    text = f"Admin Assistant\n\n{products}\n"
    assert {"Microsoft-Excel", "Microsoft-Word"} <= set(asked(extract(text), "software"))


def test_operative_reports_to_abstract_are_no_reporting_line(extract):
    text = "ASC Coder\n\nResponsibilities:\n  * Review operative reports to abstract information and apply CPT codes\n"
    assert asked(extract(text), "coding_system") == {"CPT": "required"}


def test_work_before_words_of_units_that_are_no_teams_is_still_asked(extract):
    text = (
        "Infusion Billing Specialist\n\nRequirements:\n- Working knowledge of medical terminology and of infusion "
        "medications and their dosing units\n"
    )
    assert "pharmacology" in asked(extract(text), "skill")
