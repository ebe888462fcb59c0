"""Tables, text copied from PDFs, markup left in saved text and Spanish of the written37 round, with texts written for
the test: marks centred under a table's strength columns, a Markdown table of ticks, a table of bars whose rows wrap,
civil-service rating factors, ligatures a PDF lost, tags a page's source left in, "welcome" as a preference, a team's
headcount, what a credential earns, and Spanish figures, cues, benefits and colleagues.
"""

from __future__ import annotations

import pytest
from screener_plugins.readers.text import read_bytes, without_markup_left_in
from test_real_posting_phenomena import asked, groups, years

from screener import Screener

_SPACED_TABLE = (
    "HIM Technician\n\n"
    "Qualifications                                              Required      Preferred\n"
    "-------------------------------------------------------------------------------------\n"
    "Education\n"
    "   High school diploma or GED                                  X\n"
    "   Associate degree, Health Information Technology                            X\n"
    "Certification\n"
    "   RHIT (AHIMA)                                                               X\n"
    "   BLS / CPR                                              not required for this role\n"
    "Experience\n"
    "   1 year in a hospital HIM department, physician          X\n"
    "   clinic, or release-of-information vendor\n"
    "   3 years HIM experience                                                     X\n"
    "   Epic HIM modules (Deficiency Tracking, ROI)                                X\n"
)


def test_marks_centred_under_the_strength_columns_of_a_spaced_table(extract):
    extraction = extract(_SPACED_TABLE)
    assert asked(extraction) == {"RHIT": "preferred"}
    assert years(extraction) == {1} and years(extraction, "preferred") == {3}
    assert {(r.id, r.strength) for r in extraction.of_kind("education")} == {
        ("high_school", "required"),
        ("associate", "preferred"),
    }
    assert asked(extraction, "software") == {"Epic": "preferred"}


def test_a_markdown_table_of_ticks_with_a_first_cell_that_wraps(extract):
    extraction = extract(
        "Coding Quality Auditor\n\n## Qualifications\n\n| Qualification | Required | Preferred |\n|---|:---:|:---:|\n"
        "| RHIT or RHIA | ✓ | |\n| CPMA | | ✓ |\n"
        "| 5 years of hospital outpatient facility coding (ED, outpatient surgery,\n"
        "interventional radiology, cardiac cath) | ✓ | |\n"
        "| 7+ years of coding experience | | ✓ |\n"
        "| 3M 360 Encompass or Optum EncoderPro | | ✓ |\n"
    )
    assert asked(extraction) == {"RHIT": "required", "RHIA": "required", "CPMA": "preferred"}
    assert years(extraction) == {5} and years(extraction, "preferred") == {7}
    assert set(asked(extraction, "software").values()) == {"preferred"}


def test_a_table_of_bars_with_blank_label_cells_and_wrapped_rows(extract):
    extraction = extract(
        "Cancer Registrar\n\n"
        "Criteria      | Minimum                          | Desirable                         | Assessed by\n"
        "--------------|----------------------------------|-----------------------------------|------------\n"
        "Credential    | ODS-C in good standing, or       | -                                 | Application,\n"
        "              | ODS-C earned within 12 months    |                                   | NCRA lookup\n"
        "Education     | Associate degree                 | Bachelor's in HIM or life science | Application\n"
        "Experience    | 2 yrs cancer registry abstracting | 3+ yrs at a CoC program          | Application,\n"
        "              |                                  |                                   | interview\n"
        "Systems       | Microsoft Excel                  | METRIQ; Epic (Beacon)             | Interview\n"
    )
    assert {(r.id, r.strength) for r in extraction.of_kind("education")} == {
        ("associate", "required"),
        ("bachelor", "preferred"),
    }
    assert years(extraction) == {2} and years(extraction, "preferred") == {3}
    assert asked(extraction, "software")["Epic"] == "preferred"


def test_a_civil_service_posting_s_rating_factors_are_preferences(extract):
    extraction = extract(
        "HIM Data Analyst\n\nMINIMUM QUALIFICATIONS\nMQ1   Bachelor's degree in health information management.\n\n"
        "RATING FACTORS\nCandidates who meet the MQs are rated on the factors below.\n\n"
        "  Factor  Desirable qualification                                      Max points\n"
        "  DQ1     RHIA or CHDA credential (current)                                15\n"
        "  DQ6     Four (4) or more years of healthcare data analysis experience    10\n"
    )
    assert asked(extraction) == {"RHIA": "preferred", "CHDA": "preferred"}
    assert years(extraction, "preferred") == {4}


def test_risk_adjustment_of_outcome_statistics_is_no_code_set(extract):
    extraction = extract(
        "HIM Data Analyst\n\n- Knowledge of descriptive statistics, rates and risk adjustment methods used in hospital "
        "quality reporting.\n"
    )
    assert asked(extraction, "coding_system") == {}


def test_risk_adjustment_coding_is_still_hcc(extract):
    extraction = extract("Coder\n\nRequirements: 2 years of risk adjustment coding experience.\n")
    assert asked(extraction, "coding_system") == {"HCC": "required"}


def test_names_whose_ligatures_a_pdf_lost_still_join_a_choice(extract):
    extraction = extract(
        "Inpatient Coder III\n\nCerti?cation/Licensure: Certi?ed Coding Specialist (CCS) or Certi?ed Inpatient Coder "
        "(CIC) required.RHIT or RHIA preferred.\n"
    )
    assert asked(extraction) == {"CCS": "required", "CIC": "required", "RHIT": "preferred", "RHIA": "preferred"}
    assert sorted(map(sorted, groups(extraction))) == [["CCS", "CIC"], ["RHIA", "RHIT"]]


def test_the_eligible_route_of_a_required_credential_is_no_preference_of_its_own(extract):
    # a guard (the merge keeps the eligible route in the required choice), as a flattened page writes it
    extraction = extract(
        "Cancer Registrar\n\nQualifications· ODS-C (Oncology Data Specialist - Certified, formerly CTR) required, or "
        "ODS-eligible with the credential obtained within 12 months of hire\n"
    )
    assert asked(extraction) == {"ODS-C": "required", "CTR": "required"}


def test_tags_a_page_s_source_left_in_are_laid_out_as_lines():
    text = without_markup_left_in(
        "Coder\n<p><strong>What you&#8217;ll need</strong></p>\n<ul>\n<li>Current CPC <em>(required)</em></li>\n"
        "</ul>\n<p><strong>Nice to have</strong></p>\n<ul><li>COSC</li><li>Associate degree</li></ul>\n"
    )
    assert text.splitlines() == [
        "Coder",
        "What you&#8217;ll need",
        "• Current CPC (required)",
        "Nice to have",
        "• COSC",
        "• Associate degree",
    ]


def test_a_text_that_names_a_tag_in_passing_is_left_as_it_is():
    assert without_markup_left_in("Coder\nWe use <b> for bold in our templates.\n") == (
        "Coder\nWe use <b> for bold in our templates.\n"
    )


def test_a_saved_page_s_source_is_read_by_its_headings(tmp_path):
    saved = tmp_path / "saved.txt"
    saved.write_bytes(
        b"<p>Professional Fee Coder</p>\n<p><strong>What you&#8217;ll need</strong></p>\n<ul>\n"
        b"<li>Current CPC or CCS-P certification <em>(required)</em></li>\n</ul>\n"
        b"<p><strong>Nice to have</strong></p>\n<ul>\n<li>COSC (Certified Orthopaedic Surgery Coder)</li>\n</ul>\n"
    )
    assert read_bytes(saved.read_bytes(), str(saved)).text.startswith("Professional Fee Coder\n")
    screener = Screener()
    extraction = screener.extract(screener.read(str(saved)))
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required", "COSC": "preferred"}


def test_extras_that_stand_out_are_preferences(extract):
    extraction = extract(
        "CDI Specialist\n\n📌 What you bring\n✅ CCDS or CDIP required\n\n📌 Extras that stand out\n⭐ CCS\n"
    )
    assert asked(extraction) == {"CCDS": "required", "CDIP": "required", "CCS": "preferred"}


@pytest.mark.parametrize("text", ["CPC would be welcome.", "A CCS is also welcome.", "CPC welcome."])
def test_welcome_is_a_preference(extract, text):
    extraction = extract(f"Coder\n\nRequirements:\n- 2 years of coding.\n- {text}\n")
    assert set(asked(extraction).values()) == {"preferred"}


def test_a_greeting_is_no_preference(extract):
    assert asked(extract("Coder\n\nWelcome to our team! CPC required.\n")) == {"CPC": "required"}


def test_a_team_by_its_headcount(extract):
    # a guard: other team rules already set this one aside; the headcount rule reaches the same letters where they
    # do not (a career ladder's "Why Lakeshore" list)
    extraction = extract(
        "Coder II\n\nYou will code inpatient charts beside a 42-person coding team (11 CCS, 3 RHIA) with a dedicated "
        "educator.\n\nRequirements: CCS required.\n"
    )
    assert asked(extraction) == {"CCS": "required"}


def test_what_a_credential_earns_on_the_job(extract):
    extraction = extract(
        "Auditor\n\nRequirements: RHIT required.\n\nA CPMA earned after hire qualifies for the Auditor II step "
        "increase.\n"
    )
    assert asked(extraction) == {"RHIT": "required"}


def test_spanish_welcome_and_preferably(extract):
    extraction = extract(
        "Facturador/a\n\n✅ Certificacion CPC o CPC-A ... bienvenidos!!\n"
        "✅ Exp. en facturacion y codificacion de oficina medica, 2 años preferible\n"
        "Experiencia:\n- Preferiblemente dos (2) años de experiencia en un registro de cáncer.\n"
    )
    assert asked(extraction) == {"CPC": "preferred", "CPC-A": "preferred"}
    assert years(extraction) == set() and years(extraction, "preferred") == {2}


def test_spanish_employer_s_years_benefits_and_colleagues_ask_nothing(extract):
    extraction = extract(
        "Auditor(a) de Codificación\n\nRequisitos: CRC requerido.\n"
        "Colabora con la Oficial de Privacidad (CHPS) en las investigaciones.\n"
        "Pagamos la membresía de AAPC y el examen CPB luego de 90 días.\n"
        "Nuestro equipo de codificación suma un promedio de más de 20 años de experiencia en la industria.\n"
    )
    assert asked(extraction) == {"CRC": "required"}
    assert years(extraction) == set()


def test_a_word_table_of_tab_runs_whose_cells_wrap(extract):
    extraction = extract(
        "Orthopaedic Coder\n\nJOB REQUIREMENTS\n"
        "\t\t\tMinimum\t\t\t\tPreferred\n"
        "Certification\t\tCPC or CCS-P\t\t\tCOSC (orthopaedic\n"
        "\t\t\tcertified\t\t\tspecialty credential)\n"
        "Experience\t\t2 years physician / pro-fee\t\t3 years orthopaedic\n"
        "\t\t\tcoding\t\t\t\tsurgical coding\n"
    )
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required", "COSC": "preferred"}
    assert years(extraction) == {2} and years(extraction, "preferred") == {3}


def test_a_header_of_a_strength_column_heads_no_section(extract):
    # its rows keep the strength their own cell gives, a topic's label among them too: the row before is no heading
    extraction = extract(
        "CDI Specialist\n\nRequirement                                   | Required or Preferred\n"
        "----------------------------------------------|----------------------\n"
        "CCS                                           | Preferred\n"
        "Strong clinical knowledge: pharmacology       | Required\n"
    )
    assert asked(extraction) == {"CCS": "preferred"}
    assert asked(extraction, "skill") == {"pharmacology": "required"}
