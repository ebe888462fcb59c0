"""How employers' pages lay credentials out, each with sentences written for the test (the written3 round).

Workday's "Licenses and Certifications" lines with each issuer's full name,
two-column Minimum/Preferred tables, teams described by their size, the
answers of an application form, credentials that do not suffice alone, a
company named with an acronym, benefits and pay differentials.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import groups, ids

WORKDAY = (
    "CDI Specialist\nEducation:\nAssociate's Degree - Nursing (Required)\nBachelor's Degree - Nursing (Preferred)\n"
    "Experience:\n3 years - Acute care clinical nursing (Required)\n"
    "1 year - Inpatient coding (Preferred)\n"
    "Licenses and Certifications:\n"
    "Certified Clinical Documentation Specialist (CCDS) - Association of Clinical Documentation Integrity "
    "Specialists (ACDIS) or Certified Documentation Improvement Practitioner (CDIP) - American Health Information "
    "Management Association (AHIMA) within 12 Months (Required)\n"
    "Certified Coding Specialist (CCS) - American Health Information Management Association (AHIMA) (Preferred)\n"
    "Knowledge, Skills and Abilities:\nWorking knowledge of ICD-10-CM coding guidelines\n"
    "Proficiency with Microsoft Office\n"
)


def test_workday_s_lines_each_with_its_strength(extract):
    """An item that ends with its strength ("Bachelor's Degree - Nursing (Preferred)") is no heading: the topic
    headings after it keep their own reading, and "3 years - ..." lines are experience under their heading."""
    extraction = extract(WORKDAY)
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [
        ("associate", "required"),
        ("bachelor", "preferred"),
    ]
    assert extraction.minimum_experience_years("required") == 3
    assert extraction.minimum_experience_years("preferred") == 1
    assert ids(extraction, "coding_system") == {"ICD-10-CM": "required"}
    assert ids(extraction, "software") == {"Microsoft-Office": "required"}


def test_an_issuer_s_full_name_between_two_credentials_keeps_them_one_choice(extract):
    extraction = extract(WORKDAY)
    assert ids(extraction) == {"CCDS": "required", "CDIP": "required", "CCS": "preferred"}
    assert groups(extraction) == [{"CCDS", "CDIP"}]
    # the issuer's name holds no skill: "Clinical Documentation Integrity" there is ACDIS's name
    assert "clinical_documentation_improvement" not in ids(extraction, "skill")


def test_a_heading_with_its_strength_beside_it_stays_a_heading(extract):
    extraction = extract("Coder\nEducation (Preferred)\n- Associate degree in health information\n")
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("associate", "preferred")]


def test_a_table_of_two_strength_columns_reads_each_cell_by_its_column(extract):
    extraction = extract(
        "CDI Specialist\nQualifications\nMinimum\tPreferred\n"
        "Education: Associate degree in Nursing or Health Information Technology\tBachelor's degree (BSN)\n"
        "Licensure/Certification: active RHIA, RHIT or CCS credential\tCCDS or CDIP\n"
        "Knowledge: ICD-10-CM coding guidelines\tEpic CDI module\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [
        ("associate", "required"),
        ("bachelor", "preferred"),
    ]
    assert ids(extraction) == {
        "RHIA": "required",
        "RHIT": "required",
        "CCS": "required",
        "CCDS": "preferred",
        "CDIP": "preferred",
    }
    assert ids(extraction, "coding_system") == {"ICD-10-CM": "required"}
    assert ids(extraction, "software") == {"Epic": "preferred"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Our team of 250+ credentialed coders and auditors (CPC, CCS, RHIT, CPMA) supports clients on Epic and Cerner.",
        'Our team of nine registrars all hold the ODS-C (most of us still say "CTR" out of habit).',
        "The registry has four registrars, three of whom hold the ODS-C credential.",
        "Our six-person coding team - all of whom hold the CPC - codes surgical services.",
    ],
)
def test_a_team_told_by_its_size_or_its_share_asks_nothing(extract, sentence):
    extraction = extract(f"Coder\n{sentence}\nICD-10-CM coding experience required.\n")
    assert ids(extraction) == {}
    assert ids(extraction, "software") == {}


def test_a_team_named_beside_what_the_candidate_must_hold_leaves_that_asked(extract):
    extraction = extract("Coder\nYou will join our team of 12 coders and must hold a CPC.\n")
    assert ids(extraction) == {"CPC": "required"}


def test_the_answers_of_an_application_form_ask_nothing(extract):
    extraction = extract(
        "Analyst\nCertified Health Data Analyst (CHDA) preferred; RHIA or RHIT is a plus.\n"
        "Do you hold any of the following credentials? (select all) RHIA / RHIT / CHDA / CPC / None\n"
    )
    assert ids(extraction) == {"CHDA": "preferred", "RHIA": "preferred", "RHIT": "preferred"}


@pytest.mark.parametrize(
    "text",
    [
        "Home health coding certification - HCS-D (BMSC) - required. Candidates with CPC or CCS must also hold it.",
        "HCS-D credential required. A coder holding the CCS, CPC or COC may be hired if the HCS-D is obtained within "
        "six (6) months of hire.",
    ],
)
def test_credentials_that_do_not_suffice_alone_are_not_asked(extract, text):
    assert ids(extract(f"Home Health Coder\n{text}\n")) == {"HCS-D": "required"}


def test_what_another_credential_is_added_to_is_asked_where_it_is_named(extract):
    extraction = extract("Coder\nRequired:\nCRC or CDEO credential\nPreferred:\nCPC in addition to CRC\n")
    assert ids(extraction) == {"CRC": "required", "CDEO": "required", "CPC": "preferred"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "An RHIT credential is a plus, and the agency will reimburse the cost of the NHA CEHRS exam.",
            {"RHIT": "preferred"},
        ),
        ("We cover the cost of your CPC exam.", {}),
        ("Models pay differentials (the $1.00/hr differential paid to coders who hold CCS, CPC or RHIT).", {}),
        # an aside of its own after a requirement pays for the exam; the credential is still asked
        ("CPMA required within 6 months of hire (we cover the exam).", {"CPMA": "required"}),
    ],
)
def test_what_the_employer_pays_for_or_pays_more_for_is_not_asked(extract, text, found):
    assert ids(extract(f"Coder\n{text}\n")) == found


def test_a_credential_accepted_in_the_place_of_another_is_its_alternative(extract):
    extraction = extract("Auditor\nWhat we're looking for\nActive CPC (CCS-P accepted in its place)\n")
    assert ids(extraction) == {"CPC": "required", "CCS-P": "required"}
    assert groups(extraction) == [{"CPC", "CCS-P"}]


@pytest.mark.parametrize(
    "text",
    [
        "Certified Professional Biller (CPB), NHA Certified Billing & Coding Specialist (CBCS) or Certified "
        "Professional Coder (CPC) preferred.",
        "Certified Billing and Coding Specialist (CBCS) through NHA, or AAPC's Certified Professional Biller, "
        "preferred.",
    ],
)
def test_the_next_credential_s_issuer_after_a_comma_keeps_the_list_one_choice(extract, text):
    extraction = extract(f"Billing Specialist\n{text}\n")
    assert len(groups(extraction)) == 1
    assert set(ids(extraction).values()) == {"preferred"}
    assert groups(extraction)[0] == set(ids(extraction))


def test_an_acronym_the_posting_names_a_company_with_is_the_company_everywhere(extract):
    extraction = extract(
        "Release of Information Specialist\nCIC Healthcare Staffing, Inc. is recruiting for a health system.\n"
        "Process requests for medical records. An RHIT is a plus.\nWhy work with CIC? Weekly pay.\n"
    )
    assert ids(extraction) == {"RHIT": "preferred"}
    assert {d.id for d in extraction.dismissed} >= {"CIC"}
    # ... and the credential, where no company is named with it
    assert ids(extract("Coder\nCIC or CCS required.\nInpatient coding experience.\n")) == {
        "CIC": "required",
        "CCS": "required",
    }


def test_an_insurance_agency_s_applied_epic_is_not_the_ehr(extract):
    extraction = extract("Account Manager\nProficient in Applied Epic and Microsoft Office.\n")
    assert "Epic" not in ids(extraction, "software")
    assert "Epic" in ids(extract("Coder\nProficient in Epic and Microsoft Office.\n"), "software")


@pytest.mark.parametrize("heading", ["Bonus points", "Additional Considerations"])
def test_headings_that_name_what_is_welcome_prefer(extract, heading):
    extraction = extract(f"Coder\nRequirements:\nCPC required\n{heading}\nCEMC or CDEO\n")
    assert ids(extraction) == {"CPC": "required", "CEMC": "preferred", "CDEO": "preferred"}


def test_systems_of_the_employer_s_clients_are_not_asked(extract):
    extraction = extract("Auditor\nOur coders support clients on Epic, athenahealth and NextGen.\nCPC required.\n")
    assert ids(extraction, "software") == {}


def test_training_offered_in_an_aside_speaks_of_what_it_follows(extract):
    extraction = extract("Coordinator\nComfortable with PointClickCare (we will train) and Microsoft Word/Excel.\n")
    assert {"Microsoft-Word", "Microsoft-Excel"} <= set(ids(extraction, "software"))
    assert ids(extract("Coordinator\nWe will train you on Epic.\n"), "software") == {}


def test_a_choice_named_again_with_more_members_is_the_wider_choice(extract):
    extraction = extract(
        "Coder\nWe are looking for a credentialed coder (CPC, CCS or equivalent).\n"
        "Qualifications\nMust be credentialed: active CPC, COC, CCS or CCS-P through AAPC or AHIMA.\n"
    )
    assert groups(extraction) == [{"CPC", "COC", "CCS", "CCS-P"}]


def test_a_full_stop_glued_between_two_acronyms_parts_them(extract):
    extraction = extract("Coder\nActive CPC or CCS through AAPC or AHIMA.CPC-A accepted with 2 years of experience.\n")
    assert "CPC-A" in ids(extraction)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("AHIMA Certified Coding Specialist (CCS) - REQUIRED. (We do not accept CPC alone for this role.)", {"CCS"}),
        ("CCS required; other coding credentials such as the CPC cannot be accepted.", {"CCS"}),
        ("CCS required. We will consider CPC holders with inpatient experience.", {"CCS", "CPC"}),
    ],
)
def test_a_credential_the_employer_does_not_accept_is_not_asked(extract, text, found):
    assert set(ids(extract(f"Inpatient Coder\n{text}\n"))) == found


def test_a_document_to_send_if_applicable_asks_nothing(extract):
    extraction = extract(
        "Health Records Technician\nRHIT registration required.\nDesirable Qualifications\nRHIA registration\n"
        "Please also send:\nOther - Copy of current RHIT or RHIA registration card, if applicable\n"
    )
    assert ids(extraction) == {"RHIT": "required", "RHIA": "preferred"}


def test_a_class_specification_s_roman_numbered_patterns_are_alternative_paths(extract):
    extraction = extract(
        "Health Records Technician II\nMinimum Requirements\nEither I\n"
        "One year of experience in the California state service performing the duties of a Health Records "
        "Technician I.\nOr II\nPossession of current registration as a Registered Health Information Technician "
        "(RHIT).\nOr III\nTwo years of experience in a health record department performing technical health "
        "records work.\n"
    )
    assert extraction.minimum_experience_years() == 1


def test_the_letters_after_a_contact_s_name_where_a_sentence_ends(extract):
    extraction = extract(
        "CDI Nurse\nCCDS or CDIP required within 12 months of hire.\nQuestions about this role? Contact Dana "
        "Whitfield, MSN, RN, CCDS-O, CDIP, Manager, Clinical Documentation Integrity.\n"
    )
    assert ids(extraction) == {"CCDS": "required", "CDIP": "required"}
    assert extraction.of_kind("education") == []


def test_acronyms_that_are_all_another_field_s_are_not_the_field_s(extract):
    extraction = extract(
        "Paid Search Analyst\n- Own weekly performance against KPIs: CTR, CPC, CPA, conversion rate and ROAS\n"
    )
    assert ids(extraction) == {}
    trainer = extract(
        "Personal Trainer\nCurrent NCCA-accredited personal training certification (CPT) required.\n"
        "Document sessions in the member system (our trainers do not use the hospital medical record).\n"
    )
    assert ids(trainer, "coding_system") == {}
    assert trainer.in_scope is False


def test_a_hyphen_glued_to_an_acronym_is_a_bullet(extract):
    extraction = extract(
        "Coding Team Lead\n-CCS/CIC certified (mandatory)\nPreferred\n-CDIP / CCDS or RHIA credential\n"
    )
    assert groups(extraction) == [{"CCS", "CIC"}, {"CDIP", "CCDS", "RHIA"}]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Our coding specialists come from hospital HIM departments and physician practices, and together hold "
            "CPC, CCS, CPMA and RHIT credentials.",
            {},
        ),
        ("Certification not required. After 6 months we'll sponsor your AAPC Certified Professional Biller exam.", {}),
        ("Applicants holding AHIMA credentials (RHIA, RHIT) must provide proof of certification equivalency.", {}),
        (
            "CPC required. Candidates with CPC-A (apprentice) status are not eligible for this requirement.",
            {"CPC": "required"},
        ),
    ],
)
def test_credentials_others_hold_the_employer_pays_for_or_that_do_not_qualify(extract, text, found):
    assert ids(extract(f"Coder\n{text}\n")) == found


# ---------------------------------------------------------------- the written6 round


def test_an_acronym_spelled_out_as_a_company_keeps_that_meaning_after(extract):
    extraction = extract(
        "Radiology Coder\nOur client, Carolina Imaging Consultants (CIC), is a 60-radiologist practice. CIC is adding "
        "a Radiology Coder to its billing team; CIC benefits begin at conversion.\n"
        "Requirements: CPC or CCS required.\n"
    )
    assert ids(extraction) == {"CPC": "required", "CCS": "required"}
    assert {d.reason for d in extraction.dismissed if d.id == "CIC"} == {
        "the posting spells it out as 'Carolina Imaging Consultants', another meaning"
    }


def test_an_acronym_said_to_be_a_credential_after_another_meaning_is_the_credential(extract):
    extraction = extract(
        "Radiology Coder\nOur client, Carolina Imaging Consultants (CIC), reads for 12 hospitals.\n"
        "Requirements: CPC required; CIC certification a plus.\n"
    )
    assert ids(extraction) == {"CPC": "required", "CIC": "preferred"}


def test_colleagues_who_now_hold_a_credential_are_the_team(extract):
    extraction = extract(
        "HIM Clerk\nRequired: High school diploma or GED.\nSeveral of our current coders, including two who now hold "
        "the CCS, started as HIM Clerks.\nRHIT preferred.\n"
    )
    assert ids(extraction) == {"RHIT": "preferred"}


def test_what_an_employer_s_programme_prepares_for_is_not_asked(extract):
    extraction = extract(
        "HIM Clerk\nPreferred:\nPrevious experience in a hospital.\nAfter one year, clerks may apply to our Coding "
        "Pathway, a paid program that prepares you for the Certified Coding Associate (CCA) exam.\n"
    )
    assert ids(extraction) == {}
    extraction = extract("HIM Clerk\nPreferred:\nCertified Coding Associate (CCA)\n")
    assert ids(extraction) == {"CCA": "preferred"}


# ---------------------------------------------------------------- the written8 round


def test_a_benefit_in_an_aside_does_not_unask_the_credential_before_it(extract):
    extraction = extract(
        "Patient Access Representative\nCertification:Certified Healthcare Access Associate (CHAA) or Certified "
        "Revenue Cycle Representative (CRCR) preferred; must obtain CHAA or CRCR within 12 months of hire (exam fees "
        "paid by GLBH).\n"
    )
    assert ids(extraction) == {"CHAA": "required", "CRCR": "required"}


def test_an_acronym_whose_other_sense_the_posting_names_keeps_it_elsewhere(extract):
    extraction = extract(
        "Data Quality Analyst\nA key part of this post will be improving the quality of NHS Continuing Healthcare "
        "(CHC) data held in the case management system.\nDevelop and run routine data quality checks on SUS (APC, OP, "
        "ECDS) submissions and on CHC data, and report issues to providers.\nExperience of clinical coding data.\n"
    )
    assert ids(extraction) == {}
    assert ids(extraction, "coding_system") == {}
    reasons = {d.reason for d in extraction.dismissed if d.id == "CHC"}
    assert "the posting uses the acronym in another sense elsewhere, and nothing here says otherwise" in reasons


def test_a_credential_beside_a_driving_licence_is_still_the_credential_elsewhere(extract):
    """Only words that name the other sense right before the acronym ("Driver CPC") carry it through the posting."""
    extraction = extract(
        "Medical Coder\nRequirements:\nCPC certification and a valid driver's license required.\nCPC preferred for "
        "the lead role.\n2 years of coding experience.\n"
    )
    assert ids(extraction) == {"CPC": "required"}


def test_qualifications_applicants_are_welcome_to_hold_are_not_asked(extract):
    extraction = extract(
        "Clinical Coder\nApplicants with overseas coding qualifications (for example AHIMA CCS or AAPC CPC) are "
        "welcome to apply but will need to demonstrate competence in ICD-10 and OPCS-4.\n"
    )
    assert ids(extraction) == {}


def test_a_team_told_by_its_people_with_the_candidate_beside_it_only_in_passing(extract):
    extraction = extract(
        "Software Engineer\nOur in-house team of certified coders (CPC, CCS, RHIT) reviews model output and writes "
        "the guidelines our models learn from - you'll work with them closely.\n"
    )
    assert ids(extraction) == {}
    extraction = extract("Coder\nYou will join our team of 12 coders and must hold a CPC.\n")
    assert ids(extraction) == {"CPC": "required"}
