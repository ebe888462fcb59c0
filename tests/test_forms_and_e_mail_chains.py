"""Forms, e-mail chains, minutes and voices of the written27 round, with texts written for the test: two columns side
by side as a PDF copies them, a form's ticked boxes, a long name a line break cuts, signers in an approval block, a
roster of first names, an e-mail chain's quoted drafts, lettered items of minutes, and the figures of people who are
not the candidate.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups

SIDE_BY_SIDE = """HIM Data Integrity Analyst

4.0  QUALIFICATIONS
     4.1  Minimum                                   4.2  Preferred
     Bachelor's degree in Health Information        Master's degree in Health Informatics
     Management or a related field.                 or Health Administration.
     Two (2) years of experience in HIM data        Four (4) years in an acute-care HIM
     analysis or healthcare reporting.              or revenue-cycle analytics role.
     RHIT credential.                               RHIA or CHDA credential.
     Advanced Microsoft Excel.

5.0  WORKING CONDITIONS
"""


def test_two_columns_side_by_side_each_keep_their_heading(extract):
    extraction = extract(SIDE_BY_SIDE)
    assert asked(extraction) == {"RHIT": "required", "RHIA": "preferred", "CHDA": "preferred"}
    assert extraction.minimum_experience_years("required") == 2
    assert extraction.minimum_experience_years("preferred") == 4
    assert extraction.minimum_education("preferred") == "master"


def test_a_line_across_the_page_ends_the_columns(extract):
    extraction = extract(
        "HIM Analyst\n\nQUALIFICATIONS                         PREFERRED\n"
        "Associate degree in HIT.               Bachelor's degree in HIM.\n"
        "All applicants must hold the RHIT credential at hire and keep it active while employed here.\n"
    )
    assert asked(extraction) == {"RHIT": "required"}


CHECKBOX_GRID = """Inpatient Coder

LICENSURE / CERTIFICATION
Credential                                   Required    Preferred
CCS  - Certified Coding Specialist           ☒           ☐
CIC  - Certified Inpatient Coder              ☒           ☐
RHIT - Registered Health Information Tech.   ☐           ☒
RHIA - Registered Health Information Admin.  ☐           ☒
CDIP - Clinical Documentation Integrity      ☐           ☐
"""


def test_a_form_s_row_asks_as_its_ticked_box_says(extract):
    # (the RHIA row's first box stands two spaces from its label, as a copy aligns it)
    extraction = extract(CHECKBOX_GRID)
    assert asked(extraction) == {"CCS": "required", "CIC": "required", "RHIT": "preferred", "RHIA": "preferred"}
    # rows ticked in different columns are no one list of choices
    assert not any({"CCS", "RHIT"} <= group for group in groups(extraction))


def test_a_form_s_rows_in_brackets_tick_too(extract):
    extraction = extract(
        "ROI Specialist\n\nQUALIFICATIONS                                              Required   Preferred\n"
        "High school diploma or equivalent                            [X]        [ ]\n"
        "1 year medical records or ROI experience                    [ ]        [X]\n"
        "Certified Coding Associate (CCA)                            [ ]        [X]\n"
    )
    assert asked(extraction) == {"CCA": "preferred"}
    assert extraction.minimum_experience_years("required") is None
    assert extraction.minimum_experience_years("preferred") == 1


def test_options_a_form_leaves_unticked_ask_nothing(extract):
    extraction = extract(
        "CDI Specialist\n\nEDUCATION:     ☐ High School/GED   ☒ Associate Degree   ☐ Bachelor's   ☐ Master's\n"
        "CERTIFICATION: ☒ CCDS or CDIP required within 24 months of hire\n"
        "               ☐ CCDS-O\n"
    )
    assert asked(extraction) == {"CCDS": "required", "CDIP": "required"}
    assert extraction.minimum_education("required") == "associate"


def test_blank_boxes_are_bullets_where_no_box_is_ticked(extract):
    extraction = extract("Coder\n\nRequirements:\n☐ CPC or CCS certification\n☐ 2 years of coding experience\n")
    assert asked(extraction) == {"CPC": "required", "CCS": "required"}


def test_a_long_name_a_line_break_cuts_names_one_credential(extract):
    extraction = extract(
        "Coding Auditor\n\nCertification:\n"
        "               ☒ Certified Professional Coder (CPC) or Certified Coding Specialist -\n"
        "                 Physician-based (CCS-P) through AAPC / AHIMA - required at hire.\n"
    )
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required"}


@pytest.mark.parametrize(
    "block",
    [
        "APPROVAL\n_____________________        _____________________\n"
        "Renée Castellanos, CPC, CPMA, CEMC              Douglas Whitfield, CIA, CHC\n",
        "6.0  APPROVALS\n     Hiroshi Tanaka, MS, RHIA, CHDA     Lauren Beckett, PHR\n",
        "Dana Ferro - CPC, COC, CPMA\n",
    ],
)
def test_signers_letters_are_theirs(extract, block):
    assert asked(extract(f"Coding Auditor\n\nCCS required.\n\n{block}")) == {"CCS": "required"}


def test_a_line_of_a_name_and_letters_is_not_an_item_with_a_requirement(extract):
    assert asked(extract("Coder\n\nPro Fee - CPC required\n")) == {"CPC": "required"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The registry's current team: Gary (ODS-C, 18 years), Anneliese (ODS-C, 6 years), Luis (ODS-C, RHIT), and two "
        "abstractors.",
        "- Marcus (RHIA, CDIP) started as an inpatient coder in 2016.",
        "You'd present findings to the CIC (our Coding Integrity Committee, which I chair - it's 45 minutes a month).",
        "What they are not asking for: an RHIT or CCA.",
        "What they are not asking for: an RHIT or CCA. \"Those are great credentials and we'll support anyone who "
        'wants to go after them later," Okafor said.',
        "Director of HIM Rosalind Okafor, RHIA, says the move is overdue.",
        "Quality is overseen by our Director of Coding, a CRC and CPC with fifteen years in risk adjustment.",
        "Another member asked about CRC only - Renee said no, CRC by itself isn't one of the accepted credentials.",
        "would they take RHIA?",
        "I only have CBCS rn",
        "i'm a CPC-A 🥲 do i even bother",
        "yeah that tracks. guess I'm finally scheduling the CCS lol",
        "CPC-A members working on removing their A are welcome to sit in.",
        "If you have a CCA, unfortunately that's not going to work.",
    ],
)
def test_what_others_hold_ask_or_drop_is_not_asked(extract, sentence):
    assert asked(extract(f"Coder\n\nODS-C required.\n{sentence}\n")) == {"ODS-C": "required"}


def test_a_roster_needs_a_team_word_a_list_of_settings_does_not_have(extract):
    assert asked(extract("Coder\n\nCertifications: Acute (CCS), Ambulatory (COC) required\n")) == {
        "CCS": "required",
        "COC": "required",
    }


def test_a_heading_of_what_would_be_nice_prefers(extract):
    extraction = extract("HIM Director\n\nWHAT WOULD BE NICE:\n- A CHPS, since you'll be the privacy officer.\n")
    assert asked(extraction) == {"CHPS": "preferred"}


def test_a_requirement_the_writer_drops_is_not_asked(extract):
    extraction = extract(
        "ROI Specialist\n\nDrop the RHIT requirement, we'll never fill it at a grade 7. Move it to preferred.\n"
        "Preferred: RHIT or CCA\n"
    )
    assert asked(extraction) == {"RHIT": "preferred", "CCA": "preferred"}


E_MAIL_CHAIN = """From: Tamika Reyes
Subject: FW: RE: ROI Specialist posting - final wording?

Final below.

Requirements
- High school diploma or equivalent
- 1 year of experience in a hospital HIM department or release of information

Preferred
- RHIT or CCA

> -----Original Message-----
> From: Linda Okafor
> Subject: ROI Specialist posting - draft
>
> Requirements:
> - RHIT required
> - 5 years healthcare experience
"""


def test_an_e_mail_s_quoted_drafts_are_not_what_it_asks(extract):
    extraction = extract(E_MAIL_CHAIN)
    assert asked(extraction) == {"RHIT": "preferred", "CCA": "preferred"}
    assert extraction.minimum_experience_years("required") == 1
    assert "earlier message" in {d.id: d.reason for d in extraction.dismissed}["RHIT"]


def test_a_quoted_posting_under_a_note_is_read(extract):
    extraction = extract(
        "FW: opening\n\nHi, see below, any interest?\n\n> From: Recruiting\n> Sent: Monday\n>\n"
        "> Requirements:\n> - CCS required\n"
    )
    assert asked(extraction) == {"CCS": "required"}


def test_lines_quoted_in_a_thread_without_an_e_mail_header_are_read(extract):
    extraction = extract(
        "r/MedicalCoding\n\nPasting the posting:\n> Required: CPC or COC\n> 2 years of coding experience\n\n"
        "I have my RHIA but no coding cert lol\n"
    )
    assert asked(extraction) == {"CPC": "required", "COC": "required"}


MINUTES = """[saving this for the Coding Auditor opening (New Business item b). NOT the ASC coder one.]

Chapter Meeting Minutes

6. New business - job openings shared by members
a. Riverbend Surgery Center: ASC coder, full time. COC preferred, 3 yrs ASC coding.

b. Lakeshore Physician Group - Coding Auditor.
   - Required: active CPC or CCS-P
   - Required: 5 years of pro-fee coding experience

c. Mentoring: volunteers Bev (15 years in ortho) and Kim.
"""


def test_the_lettered_item_the_note_names_is_the_posting(extract):
    extraction = extract(MINUTES)
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required"}
    assert extraction.minimum_experience_years("required") == 5
    assert extraction.minimum_experience_years("preferred") is None


def test_lettered_items_with_no_note_are_all_read(extract):
    extraction = extract(MINUTES.split("\n", 2)[2])
    assert asked(extraction) == {"COC": "preferred", "CPC": "required", "CCS-P": "required"}


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        (
            "HIM Technician\n\nRequirements: High school diploma. Six (6) months of hospital HIM experience pre-\n"
            "             ferred.\n",
            None,
            0.5,
        ),
        (
            "Outpatient Coder\n\nWe also need at least two years of hospital outpatient coding experience, and surgery "
            "experience in particular is strongly preferred; if you have three or more years of same-day surgery "
            "coding you will go to the top of my pile.\n",
            2,
            3,
        ),
        (
            "Health Information Technician II\n\nExperience: One (1) year of full-time experience performing health "
            "information management duties (record analysis, release of information or coding) comparable to the "
            "County's class of Health Information Technician I.\n",
            1,
            None,
        ),
        (
            "Data Analyst\n\nThree years of experience analyzing healthcare data.\n\nPreferred:\n- RHIA or RHIT.\n"
            "- Five or more years in healthcare analytics.\n",
            3,
            5,
        ),
        (
            "Data Analyst\n\nEducation: Bachelor's degree in HIM required. Associate degree in HIT plus four (4) years "
            "of relevant experience may be\n  substituted for the bachelor's degree.\n"
            "Experience: Three (3) years of HIM experience.\n",
            3,
            None,
        ),
    ],
)
def test_figures_of_experience_in_forms_and_voices(extract, text, required, preferred):
    extraction = extract(text)
    assert extraction.minimum_experience_years("required") == required
    assert extraction.minimum_experience_years("preferred") == preferred


@pytest.mark.parametrize(
    "sentence",
    [
        "In this episode the host sits down with Gary Lindqvist, who has spent 18 years in the cancer registry.",
        "We are a stable team -- the average tenure in our department is 11 years.",
        "Dana has been here 11 years doing inpatient coding and CDI.",
        "Some context: I'm RHIA, CCS, about 6 yrs IP coding (Level I trauma).",
        "I have my RHIA but no coding cert, 5 yrs in HIM (mostly ROI).",
        "It reports to our Senior Director of HIM (an RHIA with 30 years in the field) and to Data & Analytics.",
        "Would a CHPS count? I've got that + 5 yrs in privacy analytics",
    ],
)
def test_figures_of_people_who_are_not_the_candidate_are_not_asked(extract, sentence):
    extraction = extract(f"Coder\n\nThree years of coding experience required.\n{sentence}\n")
    assert {r.years for r in extraction.requirements if r.kind == "experience"} == {3}
