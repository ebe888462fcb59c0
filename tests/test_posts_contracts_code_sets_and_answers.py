"""Hiring posts on social networks, contract and vendor postings, code sets beyond the usual, and postings written as
questions and answers (the written45 round), with texts written for the test.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, ids, levels, years

# ---------------------------------------------------------------------- posts, replies and threads


@pytest.mark.parametrize("stops", ["!!", "?!", "!!!"])
def test_a_run_of_stops_ends_one_sentence(extract, stops):
    # the parentheses after it open a sentence of their own, which speaks of the sentence before
    text = (
        f"HCC Coder\n\nQualifications:\n- CRC or CPC certified, a MUST{stops} (CPC-A may be considered for Level 1)\n"
    )
    extraction = extract(text)
    assert groups(extraction) == [{"CRC", "CPC", "CPC-A"}]


@pytest.mark.parametrize(
    ("reply", "joined"),
    [
        # the apprentice form of what the post asked, or the credential that replaces it, said in a reply far below
        ("@Dana absolutely, RHIA works too!", {"RHIT", "RHIA"}),
        ("Yes, we'd consider a CPC-A if you have the billing experience, we can help you get the A off.", None),
    ],
)
def test_a_reply_s_acceptance_joins_the_related_credential_asked_far_above(extract, reply, joined):
    asked_above = "CPC" if joined is None else "RHIT"
    text = (
        f"We're hiring a Health Information Analyst!\n\nWhat you need:\n- {asked_above}\n- 1+ year in a hospital HIM "
        "department\n\nPay depends on experience, and we cover your association dues.\n\n#hiring #HIMjobs\n\n"
        "Most relevant\n\nSam K.\nWould you take someone newer?\nLike · Reply · 2d\n\n"
        f"    Author\n    {reply}\n    Like · Reply · 2d\n"
    )
    extraction = extract(text)
    expected = joined if joined is not None else {"CPC", "CPC-A"}
    assert groups(extraction) == [expected]
    assert set(asked(extraction).values()) == {"required"}


def test_what_counts_too_is_what_is_named_right_before_it(extract):
    # "that counts too" speaks of the "-A", not of the CPC exam named earlier in its sentence
    text = (
        "Coder-Biller\n\nA CCS-P is what we'd like to see. If you passed the CPC exam and still carry the -A, that "
        "counts too.\n"
    )
    assert groups(extract(text)) == []


def test_an_unrelated_credential_a_reply_accepts_joins_nothing_far_above(extract):
    # the CCA is neither the RHIT's apprentice form nor its replacement: no choice is made up across the post
    text = (
        "We're hiring a Health Information Analyst!\n\nWhat you need:\n- RHIT\n- 1+ year in an HIM department\n\n"
        "Pay depends on experience.\n\n#hiring\n\nSam K.\nIs a CCA ok?\n\n    Author\n    A CCA works too!\n"
    )
    assert groups(extract(text)) == []


def test_we_consider_holders_of_a_credential(extract):
    text = (
        "Billing and Coding Specialist\n\nRequirements\n- Active CPC or CPB certification (AAPC)\n- 2 years of "
        "physician billing\n\nFrequently asked questions\nI'm newly certified. Should I apply?\nYes. We consider "
        "CPC-A holders and expect the apprentice designation removed within 12 months of hire.\n"
    )
    assert groups(extract(text)) == [{"CPC", "CPB", "CPC-A"}]


def test_an_offer_of_help_after_a_comma_is_a_clause_of_its_own(extract):
    # the offer of help would otherwise drop the CPC-A as a benefit
    text = "Biller\n\nMust haves:\n- CPC\n\nCPC-A? We'd consider a CPC-A, we can help you get the A off.\n"
    assert asked(extract(text)) == {"CPC": "required", "CPC-A": "required"}


def test_a_post_s_author_headline_asks_nothing(extract):
    text = (
        "Morgan Ellery, RHIA, CHPS • 2nd\n"
        "Director of HIM @ Bayfront Health | CDI • Release of Information • CCS mentor\n"
        "4d • Edited • 🌐\n\n"
        "We're hiring two inpatient coders! 🚀\n\nWhat you need:\n✅ CCS or CIC\n✅ 3+ years of inpatient coding\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CCS": "required", "CIC": "required"}
    assert asked(extraction, "skill") == {}


def test_the_headline_line_is_read_only_between_the_author_and_the_time_posted(extract):
    # no time line under it: a line of the post like any other
    text = "Jordan Pike • 1st\nCoder with a CCS required | Remote\n\nApply by Friday.\n"
    assert asked(extract(text)) == {"CCS": "required"}


@pytest.mark.parametrize(
    "sentence", ["We help practices get a better ROI on every visit.", "Maximize ROI for clients."]
)
def test_a_return_on_investment_is_no_release_of_information(extract, sentence):
    text = f"Medical Billing Specialist\n\n{sentence}\n\nRequirements\n- 2 years of medical billing\n- CPB\n"
    assert asked(extract(text), "skill") == {}


# ---------------------------------------------------------------------- contract and vendor postings


def test_checking_charts_for_missing_signatures_is_chart_analysis(extract):
    text = "Medical Records Clerk\n\nDuties\n- Check charts after discharge for missing signatures and reports.\n"
    assert asked(extract(text), "skill") == {"chart_analysis": "required"}


def test_a_foreign_medical_graduate_is_no_master_s_degree(extract):
    text = (
        "CDI Consultant\n\nRequirements\n- One of: an RN license; an MD or foreign medical graduate degree; or an "
        "RHIA or CCS\n- Associate degree in nursing or HIM\n"
    )
    assert levels(extract(text)) == [("associate", "required")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Check the ICD-10-CM codes on each order against the LCD's covered diagnoses.", {"coding_compliance"}),
        ("Verify LCD/NCD requirements before claims go out.", {"coding_compliance"}),
        # no coverage determination named
        ("Check the ICD-10-CM codes on each order.", set()),
    ],
)
def test_checking_codes_against_coverage_determinations_is_coding_compliance(extract, sentence, expected):
    text = f"DME Billing Specialist\n\nDuties\n- {sentence}\n"
    assert set(asked(extract(text), "skill")) == expected


def test_a_credential_required_by_a_date_is_asked_though_the_employer_pays_the_exam(extract):
    text = (
        "Home Health Coder\n\nRequirements\n- HCS-D, or the ability to earn HCS-D within 6 months of hire (we "
        "reimburse the exam fee on your first attempt)\n\nBenefits\n- We reimburse the exam fee for the CPC.\n"
    )
    assert asked(extract(text)) == {"HCS-D": "required"}


def test_an_exam_the_employer_pays_for_is_still_a_benefit_without_a_date(extract):
    text = "Coder\n\nRequirements\n- CPC\n- COSC (we reimburse the exam fee on your first attempt)\n"
    assert asked(extract(text)) == {"CPC": "required"}


# ---------------------------------------------------------------------- code sets beyond the usual


def test_a_trademark_notice_and_a_code_set_s_licence_ask_nothing(extract):
    text = (
        "Clinical Terminology Analyst\n\nAbout us\nWe hold an AMA CPT® distribution license and a SNOMED CT "
        "affiliate license.\n\nNice to have\n- Familiarity with CPT and HCPCS\n\nRequired\n- Proficiency in LOINC\n\n"
        "CPT is a registered trademark of the American Medical Association. SNOMED and SNOMED CT are registered "
        "trademarks of SNOMED International.\n"
    )
    assert asked(extract(text), "coding_system") == {"CPT": "preferred", "HCPCS": "preferred", "LOINC": "required"}


def test_audits_of_the_coder_s_own_work_are_no_coding_compliance(extract):
    audited = "Clinical Coder\n\nDuties\n- Take part in internal coding audits and act on feedback to improve.\n"
    assert asked(extract(audited), "skill") == {}
    auditing = "Coding Auditor\n\nDuties\n- Perform coding audits of outpatient encounters.\n"
    assert asked(extract(auditing), "skill") == {"coding_compliance": "required"}


def test_selection_criteria_an_ideal_applicant_can_demonstrate_are_asked(extract):
    text = (
        "Clinical Coder\n\nHow you will be assessed\nThe ideal applicant will be someone who can demonstrate:\n"
        "- Sound knowledge of medical terminology\n- Competence with Microsoft Office applications\n\n"
        "Highly desirable\n- At least 12 months' experience coding acute episodes\n"
    )
    extraction = extract(text)
    assert asked(extraction, "skill") == {"medical_terminology": "required"}
    assert asked(extraction, "software") == {"Microsoft-Office": "required"}
    # the ideal candidate of other postings still prefers
    preferred = extract("Coder\n\nThe ideal candidate will have:\n- Knowledge of medical terminology\n")
    assert asked(preferred, "skill") == {"medical_terminology": "preferred"}


@pytest.mark.parametrize(
    "duty",
    [
        "Process requests for access to and disclosure of personal health information",
        "Help with chart corrections and the occasional legal request for records",
    ],
)
def test_requests_for_access_disclosure_or_plain_records_are_release_of_information(extract, duty):
    text = f"Health Records Technician\n\nDuties\n- {duty}\n"
    assert asked(extract(text), "skill") == {"release_of_information": "required"}


@pytest.mark.parametrize(
    "duty",
    [
        "Route requests for records to the release team",
        # a care team's own requests for the chart
        "Help fulfill internal requests for records from our care teams",
    ],
)
def test_requests_for_records_handed_on_or_internal_are_not(extract, duty):
    text = f"Health Records Technician\n\nDuties\n- {duty}\n"
    assert asked(extract(text), "skill") == {}


# ---------------------------------------------------------------------- questions, answers and conversations


def test_answers_that_turn_a_credential_down_or_welcome_a_degree_without_asking_it(extract):
    text = (
        "HIM Technician\n\nDo I need to be certified?\nYes. An active RHIT or RHIA is required on day one.\n\n"
        "What if I only have my CCA?\nThe CCA is a good credential, but it doesn't meet the requirement here.\n\n"
        "Is a degree required?\nAn associate degree in HIT is required. A bachelor's in HIM is welcome but not "
        "expected.\n\nHow much experience do I need?\nNone is required. It helps if you've spent a year in a "
        "hospital HIM department.\n"
    )
    extraction = extract(text)
    assert asked(extraction) == {"RHIT": "required", "RHIA": "required"}
    assert [level for level in levels(extraction) if level[1] != "not_required"] == [("associate", "required")]
    assert years(extraction) == set()
    assert years(extraction, "preferred") == {1}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("CPC-A holders: not yet, sorry.", {"CPC": "required"}),
        ("CPC-A? Sorry, not yet.", {"CPC": "required"}),
        # not yet held is no refusal
        ("CPC-A holders who have not yet removed the A may apply.", {"CPC": "required", "CPC-A": "required"}),
    ],
)
def test_a_holder_turned_away_for_now(extract, sentence, expected):
    extraction = extract(f"Pro Fee Coder\n\nRequirements\n- An active CPC is a must. {sentence}\n")
    assert asked(extraction) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Have you coded professional-fee orthopaedic surgery for at least two years?",
        "Have you worked as a coder for 2 years?",
    ],
)
def test_a_checklist_question_that_asks_for_years_of_work(extract, question):
    text = f"Pro Fee Coder\n\nIs this role right for you?\n[ ] Do you hold an active CPC?\n[ ] {question}\n"
    assert years(extract(text)) == {2}


@pytest.mark.parametrize(
    "question",
    [
        "Q: I'm a coder with a CCS and five years of inpatient coding, but no license. Can I apply?",
        "OMAR: Next one: \"I'm a CCS coder with five years of experience and I'm ready to lead.\"",
    ],
)
def test_an_applicant_s_question_about_themselves_asks_nothing(extract, question):
    text = (
        "CDI Specialist\n\nRequired\n- RHIA, RHIT or CCS with 3 years of inpatient coding experience\n\n"
        f"Questions from applicants\n{question}\nA: Yes.\n"
    )
    assert years(extract(text)) == {3}


def test_what_a_credential_is_says_nothing_of_asking_it(extract):
    described = extract("CDI Specialist\n\nA: The CPC is a professional-fee credential, so it does not count here.\n")
    assert asked(described) == {}
    required = extract("Coder\n\nThe RHIT is a required credential for this role.\n")
    assert asked(required) == {"RHIT": "required"}


def test_a_substitute_for_the_only_credential_asked_is_one_choice_with_it(extract):
    text = (
        "Hi Alicia,\n\nGood news: they will now take a CIC in place of the CCS. Since you have your CIC, you qualify.\n"
    )
    assert groups(extract(text)) == [{"CIC", "CCS"}]


def test_what_comes_after_rather_than_is_not_asked(extract):
    text = (
        "Inpatient Coder\n\nDana still wants someone who writes compliant queries rather than just flagging charts "
        "for CDI.\n- CCS required\n"
    )
    extraction = extract(text)
    assert asked(extraction, "skill") == {}
    assert asked(extraction) == {"CCS": "required"}


def test_a_credential_that_would_stand_out_but_is_not_required_is_a_preference(extract):
    text = (
        "HIM Supervisor\n\nRequired: RHIT or RHIA.\nPrivacy is a big part of the job, so a CHPS would stand out, "
        "but it's not required.\n"
    )
    assert asked(extract(text))["CHPS"] == "preferred"


def test_a_system_the_employer_moved_off_is_not_asked(extract):
    text = "HIM Supervisor\n\nWe moved off MEDITECH in 2019 and everything now runs on Epic.\n- RHIT required\n"
    assert "MEDITECH" not in ids(extract(text), "software")
