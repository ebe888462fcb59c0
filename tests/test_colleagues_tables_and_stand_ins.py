"""People, tables, threads and figures of the written24 round, with sentences written for the test: a colleague's or
the writer's letters in brackets, a team counted in brackets, rows of other openings with their status, numbered
openings saved for one of them, credentials accepted only until the one asked is earned, congratulations, a place's
name; "would not hurt", "don't care whether", "will not hire", headings of what a job does not ask, a label's items
aligned under it; figures of a business's age, of someone a reader asks about, and preferences after a first figure.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, ids


@pytest.mark.parametrize(
    "sentence",
    [
        "Our senior biller Denise (CPB, with us 14 yrs) will train you.",
        "The HIM department is three people: me (Carol, RHIA - 19 years here) and two clerks.",
        "Sharing w/ my local chapter (I'm chapter prez lol - CPC, CRC, CPMA).",
        "Our analytics team: 4 analysts (3 CHDA), 2 EMPI specialists.",
        "You also get one additional AAPC or AHIMA exam per year covered (CPC, CCS, CRC, CDEO).",
        "We'll also pay the CDIP exam for anyone who wants to cross-train into CDI.",
        "Director, Coding & CDI - Frank DeLuca, RHIA, CCS, CCDS",
        "Physician Advisors (3) - board-certified internists, two with CCDS",
        "Q: Is the CPMA required? A: No, but we support it.",
        "Does the CPC route still need the 2 yrs?",
        "The team lead roles later this year will want CPMA but not these ones.",
        "Congrats to the 14 members who passed the CCS and RHIT exams this quarter!",
        "I finished my coding cert at Lorain CCC last yr.",
        "CPC-A since March, passed first try!",
        "Not rn, watch for the Coder I posting, they take CPC-A there.",
        "Nobody here has the CCS.",
        "Reports to: HIM Manager & Privacy Officer (CHIM, CHPS)",
        "Applicants holding the AHIMA RHIA or RHIT credential may apply for the CHIM designation.",
        "→ Coding Specialist II (Inpatient) — closed 2/14/2025\n     (required CCS or CPC, 3 yrs inpatient coding)",
        "Coder I | Outpatient / ED Coder | CCA or CPC-A | 0-1 yr | (filled)",
        "CDI Specialist - Outpatient (HCC capture, CCDS-O preferred)\tfilled",
    ],
)
def test_what_others_hold_or_other_openings_ask_nothing(extract, sentence):
    extraction = extract(f"Coder\n\nCOC required.\n{sentence}\n")
    assert asked(extraction) == {"COC": "required"}


@pytest.mark.parametrize(
    "text",
    [
        "CRC required. If you hold a CPC, CCS or CCS-P but not the CRC yet, we'll still talk.",
        "*CRC required* - CPC or CCS accepted at hire if they get the CRC w/in 6 mo",
    ],
)
def test_a_stand_in_until_the_asked_credential_is_earned_is_not_asked(extract, text):
    assert asked(extract(f"Risk Adjustment Coder\n\n{text}\n")) == {"CRC": "required"}


@pytest.mark.parametrize(
    ("sentence", "credential", "strength"),
    [
        ("COC required. If you also hold an RHIT, it would not hurt.", "RHIT", "preferred"),
        ("COC required. A CEMC wouldn't hurt.", "CEMC", "preferred"),
        ("COC required. CPMA would be amazing but not a dealbreaker.", "CPMA", "preferred"),
        ("COC required. I honestly do not care whether you have a CCA.", "CCA", "not_required"),
        ("COC required. What we will not do again is hire a CPC-A.", "CPC-A", "not_required"),
        ("COC required. The req says CPC and RHIT alone won't get thru HR.", "RHIT", "not_required"),
        # who is not hired without it asks it
        ("We do not hire anyone without a CPC.", "CPC", "required"),
        ("What we'd like to see:\nAn RHIT or a CCA.", "RHIT", "preferred"),
        # a UK advert's heading over what it asks
        ("We would like you to have:\n- RHIT", "RHIT", "required"),
        (
            "Required:  COC.\nPreferred: Associate degree in HIT.\n"
            "           RHIT (RHIT-eligible graduates considered).",
            "RHIT",
            "preferred",
        ),
    ],
)
def test_more_wordings_and_layouts_of_strength(extract, sentence, credential, strength):
    assert ids(extract(f"Coder\n\n{sentence}\n")).get(credential) == strength


def test_a_heading_of_what_the_job_does_not_ask(extract):
    extraction = extract(
        "ROI Specialist\n\nWhat you need:\nA high school diploma.\n\nWhat doesn't matter:\n"
        "This job involves no coding, so CPT knowledge won't come into it. A bachelor's degree won't change the pay.\n"
    )
    assert ids(extraction, "education") == {"high_school": "required"}
    assert "CPT" not in ids(extraction, "coding_system")


STAFFING_EMAIL = """[saved for #{picked} - applying thurs!!]

Hi there, here are this week's openings.

#1 — Outpatient Coder | Remote
• CCS, COC or CPC req'd
• 2 yrs hospital OP coding
#2 — HIM Supervisor | Mesa, AZ
• RHIT/RHIA req'd, 5 yrs HIM incl 2 supervisory
#3 — Cancer Registrar | Scottsdale, AZ
Requirements:
• ODS-C credential REQUIRED
• Min 2 yrs abstracting
"""


@pytest.mark.parametrize(("picked", "asked"), [(3, {"ODS-C"}), (2, {"RHIT", "RHIA"})])
def test_numbered_openings_saved_for_one(extract, picked, asked):
    extraction = extract(STAFFING_EMAIL.format(picked=picked))
    assert {k for k, v in ids(extraction).items() if v == "required"} == asked
    why = {d.id: d.reason for d in extraction.dismissed}
    assert "another of the numbered openings" in why["CCS" if picked == 3 else "ODS-C"]


def test_numbered_openings_with_no_note_are_all_read(extract):
    extraction = extract(STAFFING_EMAIL.replace("[saved for #{picked} - applying thurs!!]", "Job alert"))
    assert {"CCS", "RHIT", "ODS-C"} <= set(ids(extraction))


@pytest.mark.parametrize(
    "sentence",
    [
        "A small family owned billing company, 22 years in business this fall, doing the billing for 38 providers.",
        "The department works with children from 0-19years in clinics, nurseries and schools.",
        "Kevin: Is the 2 yrs flexible if someone has 6+ yrs inpatient coding?",
    ],
)
def test_figures_that_ask_no_experience(extract, sentence):
    extraction = extract(f"Coder\n\nTwo years of coding experience required.\n\n{sentence}\n")
    assert {r.years for r in extraction.requirements if r.kind == "experience"} == {2}


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        ("Two (2) years of cancer abstracting experience required. Five years preferred.", 2, 5),
        ("You need a minimum of 3 years of acute inpatient coding. Trauma charts help. We lean toward 5+ years.", 3, 5),
        (
            "You need to have done this before - at least six months in a physician office - and I'd rather see two "
            "years.",
            0.5,
            2,
        ),
        (
            "Experience - one year working in a hospital HIM department is required. Two years or more would be nice.",
            1,
            2,
        ),
        ("Either way, at least two years as a CDS in an acute-care hospital is required.", 2, None),
        ("Requirements: 3+ years of healthcare data analysis; strong SQL.", 3, None),
        ("We lean toward people with at least two years of abstracting in a CoC program.", None, 2),
    ],
)
def test_figures_of_work_and_later_preferences(extract, text, required, preferred):
    extraction = extract(f"Coder\n\n{text}\n")
    assert extraction.minimum_experience_years("required") == required
    assert extraction.minimum_experience_years("preferred") == preferred


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("No degree req'd (hs/ged).", {"high_school"}),
        ("Associate degree required. Not one of the six has a master's, and they're outstanding.", {"associate"}),
    ],
)
def test_education_wordings(extract, text, levels):
    found = ids(extract(f"Coder\n\n{text}\n"), "education")
    assert {k for k, v in found.items() if v == "required"} == levels
