"""Text with the noise of saving and pasting, applicant-tracking systems' pages, what a posting says it does not ask,
and registries beyond cancer (the written44 round), with texts written for the test.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, ids, levels, years

# ---------------------------------------------------------------------- what is not asked, and exceptions


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Certification (CPB, CBCS, etc.)? Optional.", {}),
        ("Certification (CPB, CBCS)? Not required.", {}),
        ("CPB? Nice to have.", {"CPB": "preferred"}),
        ("Certification (CPB, CBCS, etc.) optional.", {}),
        ("Certification (CPB, CBCS) optional but preferred.", {"CPB": "preferred", "CBCS": "preferred"}),
        # a heading's or a label's word
        ("Optional qualifications: CPB.", {"CPB": "preferred"}),
        # a must
        ("A current CPB is not optional here.", {"CPB": "required"}),
        ("A current CPB isn't optional.", {"CPB": "required"}),
        # a question with no short answer after it
        ("Do you have a CPB? Great, we need 2+ years too.", {"CPB": "required"}),
    ],
)
def test_optional_and_the_answer_to_a_question(extract, line, expected):
    extraction = extract(f"Medical Biller\n\n{line}\n2+ years of medical billing required.\n")
    assert asked(extraction) == expected


def test_what_you_will_not_need_heads_what_is_not_asked(extract):
    text = (
        "Risk Adjustment Coder\n\nRequired\n- Active CRC.\n- ICD-10-CM.\n\nWhat you won't need\n"
        "- CPT, HCPCS and E/M coding. They are not part of this project.\n- Epic experience.\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CRC": "required"}
    assert set(asked(extraction, "coding_system")) == {"ICD-10-CM"}
    assert asked(extraction, "software") == {}


@pytest.mark.parametrize(
    "sentence",
    [
        "If you hold an active CPC or CCS, you may still apply, but you will be required to earn the CRC within 6 "
        "months of hire.",
        "If your only credential is the CPC or CCS, this posting is not the right fit.",
    ],
)
def test_credentials_that_only_let_a_candidate_apply_or_do_not_fit(extract, sentence):
    extraction = extract(f"Risk Adjustment Coder\n\nRequirements\n- Active CRC from AAPC. {sentence}\n")
    assert asked(extraction) == {"CRC": "required"}


def test_the_apprentice_s_plural(extract):
    extraction = extract("Pro Fee Coder\n\nRequirements\n- CPC, COC or CCS-P. CPC-As welcome to apply.\n")
    assert "CPC-A" in ids(extraction)
    assert "CPC" in ids(extraction)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- RHIT required, unless you have 5 or more years of HIM experience in a psychiatric facility.\n"
            "- RHIT holders: at least 1 year of HIM experience in any setting.",
            {1.0},
        ),
        (
            "- 2 years of hospital cancer registry abstracting experience.\n- Bachelor's degree. The degree "
            "requirement is waived for candidates who hold an active ODS-C and have 5 or more years of registry "
            "experience.",
            {2.0},
        ),
        (
            "- Experience of working in an office.\n- Trainees are supported to sit the coding qualification once they "
            "have at least 24 months of coding experience.",
            set(),
        ),
    ],
)
def test_a_figure_on_another_route_or_a_later_step_is_no_bar(extract, text, expected):
    assert years(extract(f"HIM Technician\n\nRequirements\n{text}\n")) == expected


def test_a_degree_that_lets_fewer_years_do_is_no_level_asked(extract):
    text = (
        "Registry Data Analyst\n\nRequirements\n- Bachelor's degree in health informatics or a related field.\n"
        "- Three (3) years of experience in healthcare data analysis. With a master's degree, two (2) years of "
        "experience.\n"
    )
    extraction = extract(text)
    assert levels(extraction) == [("bachelor", "required")]
    assert extraction.minimum_experience_years() == 3.0


def test_a_figure_of_medical_record_review_is_experience(extract):
    assert years(extract("HEDIS Abstractor\n\nRequirements\n- 1+ year of HEDIS medical record review\n")) == {1.0}


# ---------------------------------------------------------------------- noise


def test_an_acronym_typed_with_only_its_first_letter_a_capital(extract):
    text = (
        "Release of Information Specialist\n\nDuties\n- Process requests for medical records in the Health "
        "Information Management department.\n\nRequirements\n- Rhit or Rhia preferred.\n- Chps a plus.\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"RHIT": "preferred", "RHIA": "preferred", "CHPS": "preferred"}
    assert groups(extraction) == [{"RHIT", "RHIA"}]


def test_a_word_of_three_letters_so_typed_is_no_acronym(extract):
    text = "Cancer Registrar\n\nAbout us\nKestrel Medical Ctr of Ohio.\n\nRequirements\n- ODS-C required.\n"
    assert "CTR" not in asked(extract(text))


def test_an_abbreviated_associate_degree_and_a_wrapped_welcome(extract):
    text = (
        "ROI Specialist\n\nRequirements:\n- High School diploma or GED required. Assoc. degree in HIT\npreferred.\n"
        "- RHIA preferred, or RHIT-eligible (new grads with an HIT\ndegree are encouraged to apply).\n"
    )
    assert levels(extract(text)) == [("high_school", "required"), ("associate", "preferred")]


# ---------------------------------------------------------------------- release of information someone else does


@pytest.mark.parametrize(
    "sentence",
    [
        "Release of information requests are handled by our outside ROI vendor.",
        "Answer the phone (record requests go to our ROI specialist; you will not process them).",
        "Our Health Information Services team manages the medical record, clinical coding and release of information.",
    ],
)
def test_release_of_information_someone_else_does(extract, sentence):
    text = f"HIM Clerk\n\nDuties\n- {sentence}\n- Scan and index documents.\n"
    assert "release_of_information" not in asked(extract(text), "skill")


# ---------------------------------------------------------------------- registries


def test_two_names_of_one_credential_are_one_choice_as_strongly_as_the_stronger(extract):
    text = (
        "Oncology Data Specialist\n\nRequirements\n- Active ODS-C credential. CTR holders in good standing now hold "
        "the ODS-C and are welcome.\n- RHIT or RHIA preferred.\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"ODS-C": "required", "CTR": "required", "RHIT": "preferred", "RHIA": "preferred"}
    assert {frozenset(group) for group in groups(extraction)} == {
        frozenset({"ODS-C", "CTR"}),
        frozenset({"RHIT", "RHIA"}),
    }


def test_a_public_employer_s_supplemental_questions_ask_nothing(extract):
    text = (
        "Registry QA Specialist\n\nRequirements\n- Skill in using Microsoft Office applications.\n\n"
        "Agency-Wide Supplemental Questions\n\n01. Which of the following registry tools have you used?\n"
        "  - METRIQ or CNExT\n  - SAS or SQL\n  - None of the above\n"
    )
    assert asked(extract(text), "software") == {"Microsoft-Office": "required"}


@pytest.mark.parametrize(
    "duty",
    [
        "Review and abstract medical records for HEDIS hybrid measures.",
        "Identify eligible cases and abstract data for the NCDR CathPCI Registry.",
    ],
)
def test_abstracting_for_quality_measures_and_clinical_registries_is_data_abstraction(extract, duty):
    found = asked(extract(f"Quality Abstractor\n\nDuties\n- {duty}\n"), "skill")
    assert found.get("data_abstraction") == "required"
    assert "abstracting" not in found
