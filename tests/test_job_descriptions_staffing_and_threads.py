"""Job descriptions, staffing orders and threads of the written28 round, with texts written for the test: a row's
label left of two columns, numbered sections and a revision history, approval lines, a form's title field over a
ladder, a grid with an N/A column, boxes before their item, rows marked by a key's letters, staffing e-mails and hot
lists saved for one job, a submittal's candidate, and the readers of a thread.
"""

from __future__ import annotations

import pytest
from test_real_posting_phenomena import asked, ids

JOB_DESCRIPTION = """MERCER COUNTY MEMORIAL HOSPITAL
Job Description: Health Information Technician II

3.0  QUALIFICATIONS

                    MINIMUM                                   PREFERRED
Education           Associate degree in Health Information    Bachelor's degree in Health
                    Technology or related field               Information Management
Experience          Two (2) years in a hospital HIM           Three (3) years, including
                    department                                release of information
Certification       RHIT, or RHIT-eligible with the           RHIA
                    credential obtained within 12
                    months of hire

4.0  PHYSICAL DEMANDS / WORK ENVIRONMENT

Sitting for extended periods.

6.0  APPROVALS

Approved by:  Thomas Okafor, MBA - VP, Revenue Cycle                   Date: 06/03/2024

7.0  REVISION HISTORY

Rev   Date       Description                                                  By
03    06/2024    Added MPI duties; removed CCA as an acceptable credential     DMH
"""


def test_a_job_description_s_columns_sections_approvals_and_history(extract):
    extraction = extract(JOB_DESCRIPTION)
    assert asked(extraction) == {"RHIT": "required", "RHIA": "preferred"}
    assert extraction.minimum_experience_years("required") == 2
    assert extraction.minimum_experience_years("preferred") == 3
    assert extraction.minimum_education("required") == "associate"
    assert extraction.minimum_education("preferred") == "bachelor"
    # the approver's MBA is theirs
    assert "master" not in ids(extraction, "education")


def test_a_quantity_is_no_section_number(screener):
    text = "Clinical Coder\n\nSALARY BAND 5\n\n37.5 HOURS PER WEEK\n\n4.0  PHYSICAL DEMANDS\n\nSitting.\n"
    headings = [section.heading for section in screener.nlp(text)._.screener.sections]
    assert "PHYSICAL DEMANDS" in headings
    assert not any("HOURS" in heading for heading in headings)


def test_a_form_s_title_field_names_the_level_its_ladder_is_read_against(extract):
    extraction = extract(
        "ALLEGHENY RIVERS UNIVERSITY HEALTH\n\nJob Title: Inpatient Coder II                    Job Code: 600412\n\n"
        "CAREER LADDER\nI Inpatient Coder I 1 year CCS, CIC or RHIT\nII Inpatient Coder II 3 years CCS or CIC\n"
        "III Inpatient Coder III 5 years CCS or CIC, plus CDIP or CCDS\n"
    )
    assert asked(extraction) == {"CCS": "required", "CIC": "required"}


def test_a_grid_with_a_column_of_what_does_not_apply(extract):
    extraction = extract(
        "Pro Fee Coder\n\nCERTIFICATION / LICENSURE              Required    Preferred    N/A\n"
        "CPC or CCS-P                              [X]         [ ]        [ ]\n"
        "CPC-A (apprentice)                        [ ]         [ ]        [X]\n"
        "CRC (risk adjustment)                     [ ]         [X]        [ ]\n"
    )
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required", "CRC": "preferred"}


def test_boxes_of_strengths_before_their_item(extract):
    extraction = extract(
        "ED Coder\n\nQualifications:\n[X] Required  [ ] Preferred   High school diploma or equivalent\n"
        "[ ] Required  [X] Preferred   Completion of a coding certificate program\n"
        "[X] Required  [ ] Preferred   CCS, COC or CPC certification\n"
        "[ ] Required  [X] Preferred   RHIT\n"
    )
    assert asked(extraction) == {"CCS": "required", "COC": "required", "CPC": "required", "RHIT": "preferred"}
    assert extraction.minimum_education("required") == "high_school"
    assert extraction.minimum_education("preferred") == "certificate"


def test_rows_marked_by_the_letters_of_a_key(extract):
    extraction = extract(
        "HIM Data Analyst\n\nSection C - Qualifications                                       R = Required\n"
        "                                                                  P = Preferred\n"
        "Bachelor's degree in Health Information Management, Health\n"
        "Informatics, or a related field ..................................... R\n"
        "Master's degree (MHI, MHA, MS Analytics) ............................ P\n"
        "RHIA ................................................................ P\n"
        "Working knowledge of ICD-10-CM/PCS and CPT .......................... R\n"
    )
    assert asked(extraction) == {"RHIA": "preferred"}
    assert extraction.minimum_education("required") == "bachelor"
    assert extraction.minimum_education("preferred") == "master"
    assert ids(extraction, "coding_system") == {"ICD-10-CM": "required", "ICD-10-PCS": "required", "CPT": "required"}


STAFFING_E_MAIL = """Fwd: New HIM openings this week!!

me: the one I want is #3 (HIM Analyst, Columbus). rest are coding / mgmt, not for me.

#1  Pro Fee Coder - Orthopedics | Remote | $34-38/hr
    CPC or CCS-P required, 2+ yrs ortho pro fee coding.

#2  Risk Adjustment Coder | Remote | $32/hr
    CRC required. 1 yr+ HCC coding.

#3  HIM Analyst | Columbus, OH | $24/hr
    RHIT preferred. 1 yr HIM experience required.

#4  HIM Director | Dayton, OH
    RHIA required, 7+ years HIM leadership.
"""


def test_a_staffing_e_mail_saved_for_one_opening(extract):
    extraction = extract(STAFFING_E_MAIL)
    assert asked(extraction) == {"RHIT": "preferred"}
    assert extraction.minimum_experience_years("required") == 1


HOT_LIST = """APEX HIM SOLUTIONS -- HOT LIST
(saved for the RA QA one, line 4 -- applied 1/20)

 # | Role                    | Type  | Quick reqs
 1 | IP Coder                | 13 wk | CCS, 3 yr IP, Epic
 2 | OP Surgery Coder        | C2H   | COC or CPC, 2 yr ASC
 3 | Denials/Appeals Coder   | 26 wk | CCS + 3 yr, DRG appeals
 4 | Risk Adj QA Auditor     | 6 mo+ | CRC req'd, CPC pref, 4 yr RA coding incl 1 yr QA/audit
 5 | CDI Specialist (RN)     | Perm  | RN + CCDS, 2 yr CDI
"""


def test_a_hot_list_saved_for_its_fourth_line(extract):
    extraction = extract(HOT_LIST)
    assert asked(extraction) == {"CRC": "required", "CPC": "preferred"}
    assert extraction.minimum_experience_years("required") == 4


def test_a_video_s_jobs_with_a_note_of_the_one_looked_at(extract):
    extraction = extract(
        "NOTE (saver): five jobs are listed; the one I'm looking at is JOB #3.\n\n"
        "JOB #1 - Clearpath, Risk Adjustment Coder\nCRC required.\n\n"
        "JOB #2 - Vitalis, Coding Specialist I\nCPC-A ok!\n\n"
        "JOB #3 - Riverside Health, Outpatient Facility Coder\nCOC or CCS required.\n\n"
        "JOB #4 - Mercy Valley, Inpatient Coder II\nCCS or CIC required.\n"
    )
    assert asked(extraction) == {"COC": "required", "CCS": "required"}


SUBMITTAL = """CANDIDATE SUBMITTAL FORM
Position: Coding Quality Auditor

Client requirements:
 [X] CPC or CCS-P (active)
 [X] 5+ years multispecialty professional fee coding

Do NOT submit candidates who:
- are CPC-only without CCS-P experience (HM will not review)
- are former employees

===== CANDIDATE INFORMATION =====
Name: Latoya R. Jennings
Credentials: RHIT, CPC, CPMA, CRC
Years of coding experience: 12 (8 in auditing)
"""


def test_a_submittal_s_candidate_and_what_not_to_submit_are_not_asked(extract):
    extraction = extract(SUBMITTAL)
    assert asked(extraction) == {"CPC": "required", "CCS-P": "required"}
    assert extraction.minimum_experience_years("required") == 5


def test_a_candidate_profile_heading_still_asks(extract):
    extraction = extract(
        "AR Caller\n\nCandidate profile:\n- Minimum 1 year of AR calling experience in US healthcare is mandatory\n"
        "- CPB / CPC certification will be an added advantage\n"
    )
    assert asked(extraction) == {"CPB": "preferred", "CPC": "preferred"}


def test_a_quoted_posting_s_heading_ends_with_its_quote(extract):
    extraction = extract(
        "r/MedicalCoding\n\n> Minimum Qualifications:\n> - CCS required\n>\n> Preferred Qualifications:\n"
        "> - RHIT or RHIA\n\nHiring manager here: a CIC works for us too.\n"
    )
    # the reply is under no heading of the quote: its CIC is not "preferred"
    assert asked(extraction) == {"CCS": "required", "RHIT": "preferred", "RHIA": "preferred", "CIC": "required"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Registry team: Registry Manager (RHIA, ODS-C), 3 registrars, 1 follow-up clerk.",
        "Its children's hospital is a CCS-approved Special Care Center.",
        "You'll support quality studies (breast, lung, CRC, prostate) and NCDB submissions.",
        "Q: I'm a coder with a CCS-P but no CCS.",
        "I have my CIC + CPC and 2.5 yrs inpatient at a community hospital.",
        "my sister is RHIA and she said urgent care coding is a good start",
        "You are mentored by a preceptor team whose members hold the RHIA, CHDA, CHPS and CCDS credentials.",
        "also heads up they have a prospective/CDI RA posting too that wants CRC + CDEO, different team",
        "what's COC again vs CPC, is COC for hospitals",
        "what about CPC-A w/ 3 yrs billing exp?",
        "CCA won't substitute but honestly 11 yrs ICU is exactly the background we love.",
        "CCS on its own doesn't meet the min quals unfortunately.",
        "EDIT: HR told me they're taking the RHIT line out of the preferred section.",
    ],
)
def test_what_others_hold_or_ask_is_not_asked(extract, sentence):
    assert asked(extract(f"Cancer Registrar\n\nODS-C required.\n{sentence}\n")) == {"ODS-C": "required"}


def test_a_credential_over_a_team_s_line_is_not_the_team(extract):
    extraction = extract(
        "Cancer Registrar\n\nPreferred\n• Bachelor's degree\n• RHIT\n\nRegistry team: 3 registrars, 1 clerk.\n"
    )
    assert asked(extraction) == {"RHIT": "preferred"}


def test_shorthand_pref_speaks_of_its_own_item_only(extract):
    extraction = extract("Auditor\n\nQuick reqs: CRC req'd, CPC pref, 4 yr RA coding incl 1 yr QA/audit\n")
    assert asked(extraction) == {"CRC": "required", "CPC": "preferred"}
    assert extraction.minimum_experience_years("required") == 4
