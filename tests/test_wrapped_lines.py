"""Lines broken mid-sentence, as a PDF's text layer and postings pasted from one come, with sentences written for the
test: the line that goes on in lower case or with a bracket is the same sentence, so its cue speaks of the line
before."""

from __future__ import annotations

from test_real_posting_phenomena import ids

from screener.extraction.pipeline import lines_broken_mid_sentence


def test_a_preference_on_the_next_line_speaks_of_the_credential_before_it(extract):
    extraction = extract(
        "ED Coder\nLicense/Certification: Certified Coding Specialist (CCS) or Certified Professional Coder\n"
        "(CPC) from AHIMA/AAPC required at hire. Certified Emergency Department Coder (CEDC)\n"
        "preferred.\n"
    )
    assert ids(extraction) == {"CCS": "required", "CPC": "required", "CEDC": "preferred"}


def test_a_bracket_on_the_next_line_goes_on_with_the_name_before_it(extract):
    extraction = extract(
        "Oncology Coder\nCertification: Current coding certification through AAPC or AHIMA\n"
        "required: CPC, COC, CCS or CCS-P. Certified Hematology and Oncology Coder\n(CHONC) preferred.\n"
    )
    assert ids(extraction)["CHONC"] == "preferred"
    assert ids(extraction)["CPC"] == "required"


def test_experience_preferred_on_the_next_line_is_not_the_figure_s_strength(extract):
    extraction = extract(
        "Coder\nExperience: Minimum of three (3) years of physician or outpatient coding, with hospital\n"
        "experience preferred.\n"
    )
    assert extraction.minimum_experience_years("required") == 3


def test_short_items_and_capitals_start_lines_of_their_own():
    text = (
        "Requirements\ncpc required\nccs preferred\n"
        "Five years of coding experience in an acute care hospital setting\nEpic experience preferred\n"
        "Knowledge of cardiac anatomy and medical terminology\neClinicalWorks experience preferred\n"
        "To ensure high standards of evidence based nursing care are delivered\no To report incidents\n"
        "Please send your CV and a covering letter to the address below:\nrecruitment@example.org\n"
        "(a) Completion of a one (1) year medical secretarial course including typing; or\n"
        "(b) Two (2) years of experience in a health care facility which included typing; or\n(iv) none\n"
    )
    assert lines_broken_mid_sentence(text) == []


def test_where_a_line_goes_on_is_its_first_character():
    text = "Certification: Certified Coding Specialist (CCS) or Certified Professional Coder\n(CPC) required\n"
    assert lines_broken_mid_sentence(text) == [text.index("(CPC)")]
    wrapped = "We are a physician-owned community oncology practice with clinics in\n  metro Atlanta."
    assert lines_broken_mid_sentence(wrapped) == [wrapped.index("metro")]
