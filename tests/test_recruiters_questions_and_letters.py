"""Recruiters' and social posts, requirements in conversation, and credentials that are not asked: the written56
round's kinds, with texts written for the test."""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked


def test_letters_after_a_name_in_a_byline_parted_by_middle_dots(extract):
    text = (
        "The HIM Hotlist\n\nIssue #47 · Marcus Bell, CHPS · Principal Recruiter at Northpoint Talent Group\n\n"
        "Release of Information Specialist\n- 1 year of customer service experience\n- RHIT a plus\n"
    )
    assert asked(extract(text)) == {"RHIT": "preferred"}


@pytest.mark.parametrize("heading", ["📌 ALSO ON MY DESK THIS WEEK", "Also hiring:"])
def test_a_recruiter_s_other_jobs_ask_nothing_of_this_one(extract, heading):
    text = (
        "Release of Information Specialist\n\nWhat they're looking for:\n- RHIT preferred\n\n"
        f"{heading}\n\n• Risk Adjustment Coder, remote: CRC required, 2+ yrs HCC\n• Coding Manager: RHIA + CCS\n"
    )
    assert asked(extract(text)) == {"RHIT": "preferred"}


def test_letters_quoted_as_search_words_are_not_asked(extract):
    text = (
        'Release of Information Specialist\n\nCareer tip: recruiters search on "RHIT", "CCS" and "CPC" all day '
        "long, so put your letters in your headline.\n\nRequirements\n- High school diploma\n"
    )
    assert asked(extract(text)) == {}


def test_a_quoted_credential_with_its_cue_is_asked(extract):
    assert asked(extract('Coder\n\nThe "CPC" credential is required.\n')) == {"CPC": "required"}


@pytest.mark.parametrize(
    "aside",
    [
        "(CPC-A apprentices are not being considered for this opening)",
        "(CPC-As are not considered)",
    ],
)
def test_an_apprentice_not_considered_is_not_asked(extract, aside):
    text = f"ED Coder\n\nRequirements\n- CPC, CCS-P or CCS required {aside}\n"
    assert asked(extract(text)) == {"CPC": "required", "CCS-P": "required", "CCS": "required"}


def test_applicants_without_a_credential_not_considered_still_need_it(extract):
    text = "ED Coder\n\nRequirements\n- Applicants without a CPC will not be considered.\n"
    assert asked(extract(text)) == {"CPC": "required"}


def test_holders_considered_but_bound_to_earn_another_do_not_suffice(extract):
    text = (
        "Home Health Coder\n\nRequirements\n- One of the following: HCS-D or CCS. CPC holders will be considered but "
        "must earn HCS-D within 6 months of hire.\n"
    )
    assert asked(extract(text)) == {"HCS-D": "required", "CCS": "required"}


def test_what_preceptors_hold_is_not_asked(extract):
    text = (
        "Coding Apprentice\n\nPreceptors are experienced Outpatient Coder II and III staff who hold the CPC, COC or "
        "CCS.\n\nApprentices must pass the CPC or COC exam within 12 months of starting the program.\n"
    )
    assert asked(extract(text)) == {"CPC": "required", "COC": "required"}


@pytest.mark.parametrize(
    "pay",
    [
        "If you also hold the COSC (Certified Orthopaedic Surgery Coder), you'll start at the top of the posted range.",
        "If you already hold the CRIS, or an RHIT, we'll start you at $19.00.",
        "Coders who earn the CCDS or CDIP after joining receive a $1,500 certification bonus.",
    ],
)
def test_credentials_that_only_change_the_pay_are_not_asked(extract, pay):
    text = f"Coder\n\nRequirements\n- CPC required\n\n{pay}\n"
    assert asked(extract(text)) == {"CPC": "required"}


def test_a_board_s_other_jobs_under_a_heading_in_sentence_case(extract):
    text = (
        "Coding Auditor\n\nRequirements\n- Active CPC or CCS\n\nCompensation\nPay is $34 - $46 an hour.\n\n"
        "Similar jobs at Cascade Summit\nRisk Adjustment Coder (CRC required) - Remote\n"
    )
    assert asked(extract(text)) == {"CPC": "required", "CCS": "required"}


def test_lead_ins_that_trail_off_head_their_lists(extract):
    text = (
        "HIM Technician\n\nYou're a fit if...\n- you're an RHIT\n- you know medical terminology\n\n"
        "You'll really stand out if...\n- you hold a CCA (or are working toward one)\n"
    )
    assert asked(extract(text)) == {"RHIT": "required", "CCA": "preferred"}


def test_letters_inside_a_reference_number_are_no_credential(extract):
    text = "Senior Clinical Coder\n\nReference number\n339-CCS-7291-B\n\nEssential\n- ICD-10 and OPCS-4 coding\n"
    assert asked(extract(text)) == {}


def test_a_degree_s_letters_in_a_byline_are_the_author_s(extract):
    text = (
        "Now hiring: CDI Specialist\n\nBy Renée Castillo, MSN, RN, CCDS · Director, Clinical Documentation "
        "Integrity\n\n"
        "What you need\n• Associate's degree (ADN or HIT) at minimum\n"
    )
    assert extract(text).minimum_education("required") == "associate"


def test_a_question_that_asks_which_degree_asks_none(extract):
    text = (
        "CDI Specialist\n\nWhat's your degree? Nurses need an ADN at minimum (BSN preferred). Coders need at least an "
        "associate degree.\n"
    )
    assert extract(text).minimum_education("required") == "associate"


def test_applicants_without_a_credential_who_are_not_considered_still_need_it(extract):
    text = "ED Coder\n\nRequirements\n- Applicants without a CPC are not considered.\n"
    assert asked(extract(text)) == {"CPC": "required"}
