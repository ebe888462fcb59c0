"""Pages, forms and threads of the written29 round, with texts written for the test: Spanish and French beside
English, a form's key for its blank box, table cells and asides that part a choice, spaced dashes, "re-/quired"
broken by a PDF, and readers, writers and other employers who are not the posting.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, groups, ids


def test_spanish_requirements_and_preferences(extract):
    extraction = extract(
        "Codificador(a) de pacientes hospitalizados\n\nRequisitos:\n- Diploma de preparatoria o GED\n"
        "- Credencial CCS o CIC vigente\n\nPreferido:\n- RHIT o RHIA\n- Certificación CPB o CBCS - preferible\n"
    )
    assert asked(extraction) == {
        "CCS": "required",
        "CIC": "required",
        "RHIT": "preferred",
        "RHIA": "preferred",
        "CPB": "preferred",
        "CBCS": "preferred",
    }
    assert {"RHIT", "RHIA"} in groups(extraction)


def test_french_requirements_and_assets(extract):
    extraction = extract("Codeur\n\nExigences:\n- Titre RHIA ou RHIT exigé\n- CCS: un atout\n")
    assert asked(extraction) == {"RHIA": "required", "RHIT": "required", "CCS": "preferred"}


@pytest.mark.parametrize(
    ("line", "strength"),
    [
        # a required word beats the English heading over it, which would say "preferred" without it
        ("Preferred:\n- Certificación CPC requerida", "required"),
        ("Preferred:\n- CPC obligatorio", "required"),
        ("CPC deseable", "preferred"),
        ("Titre CPC souhaitable", "preferred"),
    ],
)
def test_spanish_and_french_cue_words(extract, line, strength):
    assert asked(extract(f"Codificador\n\n{line}\n")) == {"CPC": strength}


def test_what_a_spanish_page_offers_is_not_asked(extract):
    extraction = extract("Codificador\n\nRequisitos:\n- CCS vigente\n\nBeneficios:\n- Pagamos el examen CPC\n")
    assert asked(extraction) == {"CCS": "required"}


def test_a_health_plan_s_billing_is_work_not_a_plan_s_term(extract):
    extraction = extract("Biller\n\nRequirements:\n• At least one (1) year of health plan billing experience\n")
    assert extraction.minimum_experience_years("required") == 1


def test_a_form_s_key_gives_the_blank_box_its_meaning(extract):
    extraction = extract(
        "Cancer Registrar\n\nC.  QUALIFICATIONS          Key:  ☒ = required     ☐ = preferred\n"
        "     ☒  Associate degree (or higher) from an accredited college\n"
        "     ☐  Bachelor's degree in health information or a life science\n"
        "     ☒  ODS-C required within 12 months of hire\n"
        "     ☐  RHIT\n"
    )
    assert asked(extraction) == {"ODS-C": "required", "RHIT": "preferred"}
    assert extraction.minimum_education("preferred") == "bachelor"


def test_a_choice_stops_at_a_table_s_cell_and_at_an_aside_that_turns_one_down(extract):
    extraction = extract(
        "Inpatient Coder\n\n                  REQUIRED                             PREFERRED\n"
        "Licensure         CCS, RHIT or RHIA                    CDIP\n\n"
        "Also: CPC or CCS-P (CPC-A candidates will not be considered for this role)\n"
    )
    found = ids(extraction)
    assert found["CDIP"] == "preferred"
    assert found["CPC-A"] == "not_required"
    assert not any("CDIP" in group or "CPC-A" in group for group in groups(extraction))


def test_an_aside_that_does_not_turn_one_down_goes_on_with_the_choice(extract):
    extraction = extract("Coder\n\n-must have CPC or CCS (CCSP ok for pro fee side)\n")
    assert {"CPC", "CCS", "CCS-P"} in groups(extraction)


def test_a_spaced_dash_parts_what_is_required_from_what_is_preferred(extract):
    extraction = extract("RA Coder\n\n• CPC or CCS required — CRC strongly preferred\n")
    assert asked(extraction) == {"CPC": "required", "CCS": "required", "CRC": "preferred"}


def test_a_required_broken_by_a_pdf_and_a_preference_past_a_with_part(extract):
    extraction = extract(
        "Analyst\n\n    3.2  Experience: Minimum three (3) years of healthcare data analysis re-\n"
        "         quired; five (5) years, with at least two in an HIM or coding\n         environment, preferred.\n"
    )
    assert extraction.minimum_experience_years("required") == 3
    assert extraction.minimum_experience_years("preferred") == 5


def test_a_state_s_management_preferences_prefer(extract):
    extraction = extract("Health Information Technician\n\nManagement Preferences\n\n  - RHIT, or RHIT-eligible.\n")
    assert asked(extraction) == {"RHIT": "preferred"}


@pytest.mark.parametrize(
    "sentence",
    [
        "**Lisa M., RHIA, CHPS**  9:20 AM",
        "Not COC though, we had one and facility coding is just different.",
        "Jess: u have COC + like 7 yrs right?",
        "Jess: my friend Kayla works there she's CCS + CDIP, she said the team is super nice.",
        "The US NCRA credential (CTR) is recognised as relevant experience but it is not a requirement for this post.",
        "i have CCS + CDIP + 4 yrs IP and still hate those tests",
        "would CHPS help?",
        "would CCA work 🥺",
        "Jordan Pike: is CTR-eligible the same as ODS-eligible now?",
        "Direct reports: Coding Manager (RHIT, CCS), CDI Manager (RN, CCDS), HIM Educator (CCS, CPC)",
        "ours is RHIT required for literally everything now, even the scanning clerks 🙄",
        "edit: there's also an **Outpatient Coder I** opening at the same place (CPC or COC, 1 yr) — not this one",
    ],
)
def test_what_others_hold_ask_or_turn_down_is_not_asked(extract, sentence):
    assert asked(extract(f"HIM Analyst\n\nRHIA required.\n{sentence}\n")) == {"RHIA": "required"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a preference the "but" does not take back
        (
            "On top of that we'd like to see a CEMC, or any specialty credential from the AAPC, but neither is "
            "required.",
            {"RHIA": "required", "CEMC": "preferred"},
        ),
        # a condition, not a friend's letters
        (
            "Would love if u have your CPB or CPC but not a deal breaker.",
            {"RHIA": "required", "CPB": "preferred", "CPC": "preferred"},
        ),
    ],
)
def test_what_is_still_asked_beside_them(extract, sentence, expected):
    assert asked(extract(f"HIM Analyst\n\nRHIA required.\n{sentence}\n")) == expected


def test_the_writer_s_years_in_brackets_are_theirs(extract):
    extraction = extract(
        "Cancer Registrar\n\nI'm the registry supervisor here (ODS-C, 19 yrs in registry lol), DM me.\n"
        "• Minimum 2 years cancer registry abstracting experience\n"
    )
    assert extraction.minimum_experience_years("required") == 2
