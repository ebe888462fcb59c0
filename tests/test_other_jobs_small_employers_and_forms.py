"""Other jobs that touch records, small employers' posts and requirements in forms: the written55 round's kinds, with
texts written for the test."""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, years


def test_the_job_s_title_under_the_site_s_title_line_says_the_work_is_another_office_s(extract):
    text = (
        "Careers at Glenmoray\n\nAccounts Payable Assistant\n\nOur Patient Accounts team looks after insurer billing; "
        "this role sits in the central Finance team.\n\n- Process supplier invoices with VAT coding\n"
        "- At least 1 year's purchase ledger experience\n"
    )
    assert extract(text).in_scope is False


def test_a_form_s_job_title_field_under_the_employer_s_name_says_the_work_is_another_office_s(extract):
    text = (
        "MOURNSIDE HEALTH AND SOCIAL CARE TRUST\n\nJOB DESCRIPTION\n\nJOB TITLE:            Estates Officer "
        "(Mechanical Services)\nBAND:                 6\n\nThe post holder completes mandatory training, including "
        "Health and Safety, Information Governance and Records Management.\n"
    )
    assert extract(text).in_scope is False


def test_the_field_s_job_under_the_site_s_title_line_stays_in_scope(extract):
    text = "Careers at Glenmoray\n\nClinical Coder\n\n- Assign ICD-10 and OPCS-4 codes to inpatient episodes\n"
    assert extract(text).in_scope is True


def test_a_long_line_under_the_title_is_no_title(extract):
    # the title names another office's work; the sentence under it, cut short, would have named the field's words
    text = (
        "IT Development Consultant\n\nA digital Patient Health Record (PHR) is crucial to allow patients to view and "
        "manage their own health record. You will develop it as part of a Scrum team.\n"
    )
    assert extract(text).in_scope is False


def test_bodies_a_professional_is_a_member_of_are_no_credentials(extract):
    text = (
        "Front Desk / Billing\n\nBusy chiropractic office. Dr. Halvorsen is an active member of the ACA and CCA.\n"
        "Must know CPT and ICD-10 coding for chiropractic claims.\n"
    )
    assert asked(extract(text)) == {}


def test_staff_who_want_to_earn_a_credential_are_offered_a_benefit(extract):
    text = (
        "Release of Information Specialist\n\nRequirements\n- High school diploma or GED\n\nTeam members who want to "
        "earn an AHIMA credential (CCA or RHIT) after one year of service may apply for up to $1,500 in exam and "
        "course reimbursement.\n"
    )
    assert asked(extract(text)) == {}


def test_apprentices_a_client_rejected_are_not_asked(extract):
    text = (
        "Pro-Fee Coder (contract)\n\nREQUIRED CREDENTIAL: CPC or CCS-P, active at submittal\n\n"
        "NOTES: Client rejected 2 CPC-A submittals last month.\n"
    )
    assert "CPC-A" not in asked(extract(text))


_ORDER_FORM = (
    "Pro-Fee Coder\n\nREQUIRED CREDENTIAL (any ONE checked):\n   [x] CPC    [ ] CPC-A    [x] CCS-P\n"
    "PREFERRED CREDENTIAL:\n   [x] CCC (AAPC Certified Cardiology Coder)    [ ] CEMC\n\n"
    "EXPERIENCE:    Min 2 yrs pro-fee coding\nEDUCATION:     HS/GED\n"
    "CODE SETS:     ICD-10-CM, HCPCS Level II,\n               modifiers, E/M per 2021/2023 guidelines\n"
)


def test_a_strength_heading_that_names_its_topic_ends_at_a_field_of_another(extract):
    extraction = extract(_ORDER_FORM)
    assert asked(extraction)["CCC"] == "preferred"
    assert asked(extraction, "coding_system")["E/M"] == "required"
    assert extraction.minimum_education("required") == "high_school"
    assert years(extraction) == {2.0}


def test_a_topic_under_a_strength_heading_of_no_topic_takes_its_strength(extract):
    text = "Coder\n\nPreferred Qualifications:\nEducation: Bachelor's degree in HIM\nCertification: CCS\n"
    extraction = extract(text)
    assert extraction.minimum_education("preferred") == "bachelor"
    assert asked(extraction) == {"CCS": "preferred"}


@pytest.mark.parametrize("topic", ["Certifications:", "Credential:"])
def test_a_field_of_the_same_topic_stays_under_the_strength_heading(extract, topic):
    text = f"Coder\n\nPREFERRED CREDENTIALS:\n   CCC\n{topic}  CEMC\n"
    assert asked(extract(text)) == {"CCC": "preferred", "CEMC": "preferred"}


@pytest.mark.parametrize(
    "line",
    [
        "EDUCATION:     HS/GED  (no degree req'd)",
        "Education: High school diploma (no degree required)",
        "High school diploma or GED - no college degree needed",
    ],
)
def test_no_degree_required_beside_a_diploma_speaks_of_the_degree(extract, line):
    assert extract(f"Coder\n\n{line}\n").minimum_education("required") == "high_school"


def test_a_diploma_preferred_beside_no_degree_required_stays_preferred(extract):
    extraction = extract("Coder\n\nHigh school diploma preferred (no degree required)\n")
    assert extraction.minimum_education("required") is None
    assert extraction.minimum_education("preferred") == "high_school"
