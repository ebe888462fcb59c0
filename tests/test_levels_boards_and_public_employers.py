"""One posting at several levels, job boards' pages and public employers: the written54 round's kinds, with texts
written for the test."""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, years

_THREE_LEVELS_IN_PROSE = (
    "Our coding team is organized in three levels. Level 1 coders do charge entry ($20.50/hr; CPC-A holders "
    "welcome). Level 2 coders code E/M services and must hold a CPC, CCS-P or COC. Level 3 coders also code general "
    "surgery; they hold a CPC plus a specialty credential (CEMC, CGSC or CCC) and have at least 5 years of pro-fee "
    "experience.\n\nLevel 2 requires at least two years of professional fee coding.\n"
)


def test_the_job_s_title_under_the_site_s_title_line_names_the_levels_hired(extract):
    text = (
        f"Careers at North Star Physicians\n\nProfessional Fee Coder (Level 2 or Level 3)\n\n{_THREE_LEVELS_IN_PROSE}"
    )
    extraction = extract(text)
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required", "COC": "required"}
    assert years(extraction) == {2.0}


def test_a_clause_after_a_semicolon_goes_on_speaking_of_the_level_before(extract):
    text = f"Professional Fee Coder (Level 2 or Level 3)\n\n{_THREE_LEVELS_IN_PROSE}"
    extraction = extract(text)
    assert not {"CEMC", "CGSC", "CCC", "CPC-A"} & set(asked(extraction))
    assert years(extraction) == {2.0}


def test_a_line_under_the_title_that_is_a_sentence_names_no_level(extract):
    # the line under the title is prose, not a title: the levels it names do not make one of them the posting's
    text = (
        "Careers at North Star Physicians\n\nWe have coders at Level 1, Level 2 and Level 3 and hire at all of "
        "them.\n\n"
        "Level 3 coders must hold a CEMC.\n"
    )
    assert asked(extract(text)) == {"CEMC": "required"}


def test_a_level_named_before_the_mention_is_the_one_it_is_asked_of(extract):
    text = (
        "Release of Information Specialist - Level 1\n\nLevel 1 specialists log and process requests. Level 2 "
        "specialists (RHIT required, $23 - $27/hr) handle subpoenas and do quality review for Level 1 staff.\n\n"
        "Requirements:\n- High school diploma or GED\n\nNice to have:\n- CRIS credential\n"
    )
    assert asked(extract(text)) == {"CRIS": "preferred"}


def test_a_level_marked_with_an_emoji_is_a_ladder_s_level(extract):
    text = (
        "Risk Adjustment Coder - Tier 1 & Tier 2\n\nWe're hiring coders at two tiers.\n\n"
        "🔹 Tier 1 - Risk Adjustment Coder ($24 - $28/hr)\n• CRC or CPC required\n"
        "• 1+ year of risk adjustment coding\n\n"
        "🔹 Tier 2 - Senior Risk Adjustment Coder ($30 - $36/hr)\n• CRC required, plus a CCS or RHIT\n"
        "• 3+ years of risk adjustment coding\n"
    )
    extraction = extract(text)
    assert years(extraction) == {1.0, 3.0}
    assert extraction.minimum_experience_years() == 1.0


_REGISTRAR_TABLE = (
    "Level | Credential | Experience\n"
    "Cancer Registrar I | ODS-eligible; must earn ODS-C within 24 months of hire | None required\n"
    "Cancer Registrar II | ODS-C/CTR credential required | 2 years of abstracting\n"
    "Senior Cancer Registrar | ODS-C required; CHDA a plus | 5 years, including 1 year of lead work\n"
)


@pytest.mark.parametrize(
    "says_which",
    [
        "This opening is budgeted at the Cancer Registrar II level.",
        "Job Level: Cancer Registrar II",
        "We are only hiring for Cancer Registrar II right now.",
    ],
)
def test_the_posting_may_say_which_level_it_hires_at_and_a_senior_row_is_another_level(extract, says_which):
    text = f"Cancer Registrar (I/II/Senior)\n\n{says_which}\n\n{_REGISTRAR_TABLE}"
    extraction = extract(text)
    assert asked(extraction) == {"ODS-C": "required", "CTR": "required"}
    assert years(extraction) == {2.0}


def test_without_a_word_of_which_level_the_ladder_s_levels_are_ways_in(extract):
    text = f"Cancer Registrar (I/II/Senior)\n\n{_REGISTRAR_TABLE}"
    assert "CHDA" in asked(extract(text))


@pytest.mark.parametrize("says_which", ["", "This opening is budgeted at the Cancer Registrar II level.\n\n"])
def test_a_senior_level_spelled_sr_is_a_ladder_s_level(extract, says_which):
    # "Sr." as "Senior": a row of the ladder, a way in where the posting names no level, another level where it does
    table = _REGISTRAR_TABLE.replace("Senior Cancer Registrar |", "Sr. Cancer Registrar |")
    extraction = extract(f"Cancer Registrar (I/II/Sr.)\n\n{says_which}{table}")
    assert ("CHDA" in asked(extraction)) is not bool(says_which)


def test_a_lead_in_that_says_preference_will_be_given_prefers(extract):
    text = (
        "Coding Analyst\n\nMinimum Qualifications:\n- RHIT or RHIA\n\nPreferred Qualifications:\nPreference will be "
        "given to applicants who, in addition to meeting the minimum qualifications, have:\n- Certified Professional "
        "Medical Auditor (CPMA) certification\n"
    )
    assert asked(extract(text)) == {"RHIT": "required", "RHIA": "required", "CPMA": "preferred"}


def test_code_sets_in_a_reference_publication_s_name_are_not_asked(extract):
    text = (
        "Outpatient Coder\n\nDuties\n- Assigns ICD-10-CM diagnosis codes to clinic visits.\n- Uses official references "
        "such as the AHA Coding Clinic for ICD-10-CM/PCS and CPT Assistant.\n"
    )
    assert asked(extract(text), "coding_system") == {"ICD-10-CM": "required"}


@pytest.mark.parametrize(
    "about",
    [
        "Our coding division supports ICD-10, CPT, HCC and DRG projects in 38 states.",
        "Beyond ROI, our teams provide remote coding (ICD-10-CM/PCS, CPT) with CCS- and CPC-credentialed coders.",
    ],
)
def test_what_the_company_s_divisions_do_is_not_asked(extract, about):
    text = f"ROI Specialist\n\n{about}\n\nRequirements\n- Certification (RHIT) is a plus\n"
    extraction = extract(text)
    assert asked(extraction, "coding_system") == {}
    assert asked(extraction) == {"RHIT": "preferred"}


def test_an_exam_preparation_a_public_employer_pays_for_is_a_benefit(extract):
    text = (
        "Health Information Management Technician\n\nQualifications\n- RHIT required\n\nAdditional Comments\n"
        "Incumbents interested in coding specialization may receive agency-paid preparation for the Certified Coding "
        "Specialist (CCS) examination.\n"
    )
    assert asked(extract(text)) == {"RHIT": "required"}


def test_a_ladder_s_levels_still_take_a_one_choice_group(extract):
    # a neighbour: the levels of a ladder whose title names both stay ways in, one choice of their credentials
    text = (
        "Coder I/II\n\nCoder I: CCA or CPC-A required.\nCoder II: CCS or CPC required; 2 years of coding experience.\n"
    )
    assert {"CCA", "CPC-A", "CCS", "CPC"} <= {i for g in groups(extract(text)) for i in g}


def test_a_level_with_a_second_name_after_a_slash_is_a_ladder_s_level(extract):
    text = (
        "ST. JUDE'S HEALTH CENTRE\nINTERNAL / EXTERNAL JOB POSTING\n\nHealth Records Clerk classifications\n"
        "- Health Records Clerk I ($26.02/hr): filing and scanning. Requires Grade 12.\n"
        "- Health Records Clerk II ($28.41/hr): release of information. Requirements below.\n"
        "- Health Records Clerk III / Team Lead ($31.10/hr): scheduling and staff training. Requires the CHIM "
        "designation and five years of experience.\n\nThis posting is for a Health Records Clerk II.\n\n"
        "QUALIFICATIONS:\n- Minimum two (2) years' recent hospital health records experience\n"
    )
    extraction = extract(text)
    assert years(extraction) == {2.0}
    assert "CHIM" not in asked(extraction)
