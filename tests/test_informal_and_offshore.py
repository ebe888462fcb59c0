"""Prose, informal and offshore wordings, with sentences written for the test (the written18 round): the people a
posting says it hires ("they come to us with a CCA"), a post with its field and its holder's name between ("Our
Director of HIM, Carol Byers, is an RHIA"), a team lead ("our TL"), a year someone has held letters since, holders
spared a step of the hiring, courses an employer sells, "helps you stand out", "we accept ... as its equal", "pref."
and "req'd", a spaced dash before a condition or before a clause of what is paid, a credential listed beside another
though the posting spelled its letters out as a firm's, an e-mail signer's initial, "CCS P", a team's combined years,
how long a practice has been open, and "at this level" beside another level's name.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import groups, ids


@pytest.mark.parametrize(
    "sentence",
    [
        "Our apprentices code clinic visits, and they come to us with a CCA or a CPC-A.",
        "Our file clerks scan records, and we hire them with an associate degree or a CEHRS.",
        "Our Coding Manager, Paula Grant, is a CPMA and still audits charts every week.",
        "Heads up, our TL is a CRC/CDIP and she is very hands-on.",
        "Our founder has been an RHIA since 1994 and still answers the phone.",
        "I passed the CPB in 2012, so billing questions come to me.",
        "Applicants already holding a CPC need not take our coding test.",
        "We also run CRC and CPB exam prep batches every month.",
        "Ask about our CPC certification courses for your friends.",
    ],
)
def test_what_others_hold_and_what_holders_are_spared_ask_nothing(extract, sentence):
    extraction = extract(f"Coder\n\nCOC required. {sentence}\n")
    assert ids(extraction) == {"COC": "required"}


def test_an_e_mail_signer_with_a_last_initial(extract):
    extraction = extract("Coder\n\nCOC required.\n\nThanks!\nMaria T., CPC, CRC | Coding Lead\n")
    assert ids(extraction) == {"COC": "required"}


def test_helps_you_stand_out_is_preferred(extract):
    extraction = extract("Coder\n\nCOC required. If you also hold a CDIP, it helps you stand out.\n")
    assert ids(extraction) == {"COC": "required", "CDIP": "preferred"}


def test_we_accept_another_as_its_equal_is_one_choice(extract):
    extraction = extract("Inpatient Coder\n\nWe require a CCS; we accept the AAPC's CIC as its equal.\n")
    assert {"CCS", "CIC"} in groups(extraction)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("COC req'd, CRC pref.", {"COC": "required", "CRC": "preferred"}),
        ("- RHIT pref\n- CCS reqd", {"RHIT": "preferred", "CCS": "required"}),
    ],
)
def test_shorthand_cues(extract, text, expected):
    assert ids(extract(f"Coder\n\n{text}\n")) == expected


def test_a_spaced_dash_before_a_condition_ends_what_the_benefit_speaks_of(extract):
    extraction = extract("Biller\n\nCPB or CPC preferred - if you have neither we will pay for the exam.\n")
    assert ids(extraction) == {"CPB": "preferred", "CPC": "preferred"}


def test_a_spaced_dash_before_what_will_be_paid_opens_a_clause(extract):
    extraction = extract(
        "Trainee Coder\n\n* COC must be earned within 6 months of joining - the exam fee (first try) will be paid by "
        "us\n"
    )
    assert ids(extraction) == {"COC": "required"}


def test_a_credential_listed_beside_another_is_one_though_spelled_out_as_a_firm(extract):
    extraction = extract(
        "Medical Records Clerk\n\nClearwater Community Alliance (CCA) runs nine clinics. You need a year in medical "
        "records. A CCA or RHIT would be great.\n"
    )
    assert ids(extraction) == {"CCA": "preferred", "RHIT": "preferred"}


def test_the_firm_s_letters_alone_stay_the_firm(extract):
    extraction = extract(
        "Medical Records Clerk\n\nClearwater Community Alliance (CCA) runs nine clinics. CCA is hiring a clerk. RHIT "
        "required.\n"
    )
    assert ids(extraction) == {"RHIT": "required"}


def test_the_hyphen_left_out_of_ccs_p(extract):
    assert ids(extract("Coder\n\nCPC or CCS P REQUIRED\n")) == {"CPC": "required", "CCS-P": "required"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Our bargaining team has 40 years of combined experience.",
        "We are a small office, open 20 yrs, with 3 doctors.",
        "You will join a team that has been together 12+ years.",
        "We have been in business for over 25 years.",
    ],
)
def test_how_long_a_team_or_a_firm_has_gone_on_is_no_experience(extract, sentence):
    extraction = extract(f"Coder\n\n{sentence} You need 2 years of coding experience.\n")
    assert extraction.minimum_experience_years("required") == 2
    assert {r.years for r in extraction.of_kind("experience")} == {2}


def test_a_clause_naming_another_level_speaks_of_this_one_too_at_this_level(extract):
    extraction = extract(
        "Inpatient Coder II\n\nYou need a CCS. An RHIT would be a plus and puts you on the path to Coder III sooner, "
        "but we don't make it a condition at this level.\n"
    )
    assert ids(extraction) == {"CCS": "required", "RHIT": "preferred"}


def test_what_others_it_hires_come_with_is_no_level_asked(extract):
    extraction = extract(
        "Coder II\n\nOur trainees scan charts, and they come to us with a coding certificate. For this job you need a "
        "high school diploma.\n"
    )
    assert extraction.minimum_education() == "high_school"


@pytest.mark.parametrize(
    "line",
    [
        "- Any Life Science / Paramedical / Pharmacy graduate",
        "- Graduate / Post graduate in Life Sciences or Pharmacy",
        "- Graduates in life sciences with good English",
    ],
)
def test_india_s_graduates_of_a_named_field_are_bachelors(extract, line):
    assert extract(f"Medical Coder\n\nEligibility:\n{line}\n").minimum_education() == "bachelor"


def test_a_person_specification_s_desirable_column(extract):
    extraction = extract(
        "Coding Auditor\n\nPerson specification\nCriteria  E/D  Assessed by\nAccredited Clinical Coder  E  A\n"
        "Educated to degree level or equivalent  D  A\nExperience of Excel  D  A/I\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("bachelor", "preferred")]
    assert ids(extraction, "software") == {"Microsoft-Excel": "preferred"}


@pytest.mark.parametrize(
    ("text", "years"),
    [
        # a form's hard line break between the figure and its digits
        ("Minimum Qualifications:\nBachelor's degree in HIM and two\n(2) years of experience analyzing\nclaims.", 2),
        ("Six months in a hospital records, ROI or clinic front-desk records role is enough.", 0.5),
        ("They want at least three years of retro chart review in risk adjustment.", 3),
    ],
)
def test_experience_in_forms_roles_and_chart_review(extract, text, years):
    extraction = extract(f"Analyst\n\n{text}\n")
    assert extraction.minimum_experience_years("required") == pytest.approx(years)


def test_is_better_is_a_preference(extract):
    extraction = extract("Coder\n\nCOC required; a CRC on top is better.\n")
    assert ids(extraction) == {"COC": "required", "CRC": "preferred"}


@pytest.mark.parametrize(
    "text",
    [
        "For this level you need a CPC, COC or CCS. A CPC-A is fine if you have a year of ED coding behind you.",
        "What you need is a current CPC, COC or CCS. If you are a CPC-A we would consider you too.",
        "CPC, COC or CCS mandatory.\nCPC-A accepted for HCC work only.",
    ],
)
def test_a_lower_route_said_fine_or_accepted_joins_the_choice(extract, text):
    extraction = extract(f"Coder\n\n{text}\n")
    assert {"CPC", "COC", "CCS", "CPC-A"} in groups(extraction)


def test_a_credential_turned_away_on_the_next_line_joins_no_choice(extract):
    extraction = extract(
        "Coder\n\nCCS or CPC required.\nThe CCA is accepted only at the lower grade and does not meet the "
        "certification requirement for this position.\n"
    )
    assert ids(extraction)["CCA"] == "not_required"
    assert {"CCS", "CPC"} in groups(extraction)


def test_if_you_have_used_a_system_is_a_preference(extract):
    extraction = extract("ROI Specialist\n\nIf you've used Epic's release module, mention it in your note.\n")
    assert ids(extraction, "software") == {"Epic": "preferred"}


@pytest.mark.parametrize("sentence", ["We're on athenahealth.", "We are on Epic, but you'll pick that up quickly."])
def test_the_system_the_employer_is_on_is_not_asked(extract, sentence):
    extraction = extract(f"Coder\n\nCOC required. {sentence}\n")
    assert ids(extraction, "software") == {}


def test_a_year_to_come_is_no_history(extract):
    extraction = extract("Coder\n\nYou must obtain the CCS in 2026 at the latest.\n")
    assert ids(extraction) == {"CCS": "required"}
