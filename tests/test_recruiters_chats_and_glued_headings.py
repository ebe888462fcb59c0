"""People, chats and layouts of the written25 round, with sentences written for the test: what "that" job or level
asks, letters other people or a reader's resume came with, a chat user's letters by their name, "N of its leaders
hold", "I've got ... + ..."; "don't apply with ... alone", "not interested in", "gravy", "Nice:", "Min 3 years"; a
heading glued to its first item; a reader's question whether a degree is needed; figures of a lower degree's route
and of a reader's own.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, ids


@pytest.mark.parametrize(
    "sentence",
    [
        "Our analysts chase deficiencies. That job requires an RHIT, and I filled it in March.",
        "Our seniors lead projects; for that level I require an RHIA.",
        "She has had contractors with only a CPC before and it did not work out for the inpatient side, so please "
        "don't apply with CPC alone.",
        "Um I know on your resume you had the CPC, which is great.",
        "We've had people confuse the CCS credential with a hospital's accreditation.",
        "Our HIM department is proud that 9 of its leaders hold the RHIA or RHIT credential.",
        "RHIA is great but you'd still need the COC for this client, sorry.",
        "jasmine.t | RHIT — Today at 9:45 AM",
        "📌 Pinned by kayla 🌵 [MOD] CPC, CEMC",
        "I've got CPC-A + CRC, 2 yrs RA",
        "Got my CRC last month, only 8 months experience though.",
        "is a bachelors required? my RHIT is from an associate program",
    ],
)
def test_what_others_hold_or_another_job_asks_nothing(extract, sentence):
    extraction = extract(f"Coder\n\nCOC required.\n{sentence}\n")
    assert asked(extraction) == {"COC": "required"}


@pytest.mark.parametrize(
    ("sentence", "credential", "strength"),
    [
        ("CCS required. Please don't apply with CPC alone.", "CPC", "not_required"),
        ("CRC required. She's not interested in CCA-only candidates.", "CCA", "not_required"),
        (
            "CRC required. If you already have a CPC alongside your CRC, she likes that, but it's gravy.",
            "CPC",
            "preferred",
        ),
        ("**Must:**\n- CRC\n\n**Nice:**\n- CPC or CCS on top of the CRC", "CCS", "preferred"),
        ("CRC required.\n\nWhat I'd like but won't insist on:\nAn RHIT, or a coding certificate.", "RHIT", "preferred"),
        ("CPC or CCS-P required. CRC doesn't cover the E/M and procedure side.", "CRC", "not_required"),
        # a saved page's lines run together
        ("Current CCS or CIC certification requiredRHIA or RHIT preferred", "CIC", "required"),
        ("Current CCS or CIC certification requiredRHIA or RHIT preferred", "RHIT", "preferred"),
    ],
)
def test_more_wordings_of_strength(extract, sentence, credential, strength):
    assert ids(extract(f"Risk Adjustment Coder\n\n{sentence}\n")).get(credential) == strength


def test_a_heading_glued_to_its_first_item(extract):
    extraction = extract(
        "HIM Data Analyst\n\nRequired Qualifications\n- Bachelor's degree\n- 3 years of healthcare data analysis\n"
        "Preferred QualificationsRHIA or CHDA\nMaster's degree in Health Informatics\n5+ years of healthcare analytics "
        "experience\n"
    )
    assert ids(extraction).get("CHDA") == "preferred"
    assert ids(extraction, "education") == {"bachelor": "required", "master": "preferred"}
    assert extraction.minimum_experience_years("required") == 3
    assert extraction.minimum_experience_years("preferred") == 5


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Min 3 years exp as clinical coder, UAE / GCC experience preferred", 3, None),
        (
            "I require at least one year of work in a hospital medical records department; two or more years doing "
            "ROI specifically would be ideal.",
            1,
            2,
        ),
        (
            "A bachelor's degree in HIM. I will accept an associate degree in HIT instead if you also have four years "
            "of coding experience.\nAt least one year of experience working with healthcare data.",
            1,
            None,
        ),
        (
            "Two years of coding experience required.\n\nGot my CRC last month, only 8 months experience though.",
            2,
            None,
        ),
    ],
)
def test_figures_of_routes_replies_and_shorthand(extract, text, required, preferred):
    extraction = extract(f"Coder\n\n{text}\n")
    assert extraction.minimum_experience_years("required") == required
    assert extraction.minimum_experience_years("preferred") == preferred


def test_a_reader_s_question_whether_a_degree_is_needed_asks_nothing(extract):
    extraction = extract(
        "Coding Auditor\n\nCPC required.\n\njasmine.t: is a bachelors required? my RHIT is from an associate program\n"
        "dani.r: no degree req at all. HS diploma/GED is the only thing HR checks for\n"
    )
    assert {k for k, v in ids(extraction, "education").items() if v == "required"} == {"high_school"}


@pytest.mark.parametrize(
    ("text", "required_level", "preferred"),
    [
        (
            "A bachelor's degree in health information management. I will accept an associate degree in HIT instead "
            "if you also have four years of coding experience.",
            "associate",
            None,
        ),
        (
            "Bachelor's degree in nursing or a health-related field required. Nurses with an associate degree and 5+ "
            "years of inpatient CDI experience will be considered.",
            "associate",
            None,
        ),
        ("• Bachelors pref but not mandatory", None, "bachelor"),
    ],
)
def test_a_lower_degree_accepted_and_a_preference_not_mandatory(extract, text, required_level, preferred):
    extraction = extract(f"CDI Specialist\n\n{text}\n")
    assert extraction.minimum_education("required") == required_level
    assert {k for k, v in ids(extraction, "education").items() if v == "preferred"} == ({preferred} - {None})
