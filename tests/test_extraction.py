"""What the built-in plugins and the context rules find in sentences of our own."""

from __future__ import annotations

import pytest

from screener import Profile


def creds(extraction):
    return [(r.id, r.strength) for r in extraction.of_kind("credential")]


def codes(extraction):
    return [(r.id, r.strength) for r in extraction.of_kind("coding_system")]


# ---------------------------------------------------------------- strength


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RHIT required.", "required"),
        ("Must hold an active RHIT credential.", "required"),
        ("RHIT certification is mandatory.", "required"),
        ("RHIT preferred.", "preferred"),
        ("RHIT credential desired.", "preferred"),
        ("An RHIT is a plus.", "preferred"),
        ("Ideally you hold the RHIT.", "preferred"),
        ("RHIT not required.", "not_required"),
        ("RHIT certification is not required for this role.", "not_required"),
    ],
)
def test_inline_cues(extract, text, expected):
    assert creds(extract(text)) == [("RHIT", expected)]


def test_cue_nearest_to_each_mention_wins_in_one_sentence(extract):
    assert creds(extract("CPC required, CCS preferred.")) == [("CPC", "required"), ("CCS", "preferred")]
    assert creds(extract("RHIT required; RHIA preferred")) == [("RHIT", "required"), ("RHIA", "preferred")]


def test_bullets_inherit_their_heading(extract):
    text = (
        "Coding Specialist\n\n"
        "Minimum Qualifications:\n"
        "• RHIT\n"
        "• Knowledge of ICD-10-CM\n\n"
        "Preferred Qualifications:\n"
        "• RHIA\n"
        "• CPT coding\n"
    )
    extraction = extract(text)
    assert creds(extraction) == [("RHIT", "required"), ("RHIA", "preferred")]
    assert codes(extraction) == [("ICD-10-CM", "required"), ("CPT", "preferred")]


def test_heading_in_capitals_without_colon(extract):
    text = "Coder\n\nPREFERRED QUALIFICATIONS\n- CCS\n- CPC\n\nREQUIREMENTS\n- High school diploma\n"
    extraction = extract(text)
    assert creds(extraction) == [("CCS", "preferred"), ("CPC", "preferred")]
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("high_school", "required")]


def test_inline_cue_beats_the_heading(extract):
    text = "Preferred Qualifications:\n- RHIT required within 6 months of hire\n- CCS\n"
    assert creds(extract(text)) == [("RHIT", "required"), ("CCS", "preferred")]


def test_benefits_are_not_requirements(extract):
    text = (
        "Requirements:\n- High school diploma\n\n"
        "Benefits:\n- We pay for your RHIA exam\n- Free CPC exam voucher after 90 days\n"
    )
    assert creds(extract(text)) == []
    assert creds(extract("Tuition reimbursement toward your RHIT, up to $2,000 a year.")) == []


def test_a_salary_line_is_no_benefits_heading(extract):
    text = (
        "Band 6 MSK Physiotherapist\n\nSalary £34,170 - £44,880\n\n"
        "The right candidate will be a HCPC registered Physiotherapist with a BSc in Physiotherapy and at least 2 "
        "years' experience working in an MSK setting.\n"
    )
    found = extract(text)
    assert [(r.kind, r.strength) for r in found.requirements] == [("education", "required"), ("experience", "required")]


def test_a_system_the_employer_operates_is_not_asked(extract):
    text = (
        "Practice Nurse\nWe operate SystmOne clinical system and Arden Templates.\nKnowledge of EMIS Web desirable.\n"
    )
    assert [(r.id, r.strength) for r in extract(text).of_kind("software")] == [("EMIS-Web", "preferred")]


def test_a_line_that_ends_in_its_strength_is_asked_under_a_benefits_heading(extract):
    # a job board's qualification lines whose own heading the page lost
    text = (
        "Benefits:\n- On-site parking\n- Paid CPC exam\n"
        "- Medical coding experience: 2 years (Preferred)\n- Epic 1 year (Required)\n"
        "- RHIT certification (Required)\n- CCS exam fees paid (required exams only)\n"
    )
    found = extract(text)
    assert [(r.kind, r.id, r.strength) for r in found.requirements if r.kind != "skill"] == [
        ("experience", "coding", "preferred"),
        ("software", "Epic", "required"),
        ("credential", "RHIT", "required"),
    ]


@pytest.mark.parametrize("line", ["17.5% RECRUITMENT AND RETENTION BONUS", "$5,000 Sign-on bonus"])
def test_a_bonus_paid_is_no_heading_of_what_is_preferred(extract, line):
    text = f"Cardiac Physiologist\n{line}\nThe right candidate will have BSc in Clinical Physiology.\n"
    assert [(r.id, r.strength) for r in extract(text).of_kind("education")] == [("bachelor", "required")]
    # a bonus that names a qualification still prefers it
    assert creds(extract("Coder\nBonus:\n- CPC certification\n")) == [("CPC", "preferred")]


def test_a_sentence_that_requires_something_is_asked_under_an_offers_heading(extract):
    # postings run on from what they offer to what they ask with no heading between
    text = (
        "Occupational Therapist\nWhat we offer in return:\n\nOn commencing the role you will have a full induction.\n\n"
        "You will have a recognised degree in Occupational Therapy, HCPC registration and a full UK driving licence, "
        "or be able to meet the travel requirements of this post.\n\n"
        "Please note we require at least 6 months previous experience of UK based general practice.\n"
    )
    found = extract(text)
    assert [(r.kind, r.id, r.strength) for r in found.requirements if r.kind in ("education", "experience")] == [
        ("education", "bachelor", "required"),
        ("experience", "general", "required"),
    ]
    # what is offered stays an offer, whatever its cue
    offered = "Coder\nWhat we offer:\n- We pay for your RHIA exam\n- A degree apprenticeship, if you prefer\n"
    assert extract(offered).requirements == []


def test_a_lead_in_that_says_what_the_candidate_will_have_ends_the_benefits(extract):
    text = (
        "Benefits of Staff Bank:\n\n- Weekly pay\n\n- Epic training\n\n"
        "A successful candidate for this Health Care Assistant role will have:\n\n"
        "- A minimum of 6 months experience working on an acute ward.\n\n- Knowledge of Epic.\n"
    )
    found = extract(text)
    assert [(r.kind, r.strength, r.years) for r in found.of_kind("experience")] == [("experience", "required", 0.5)]
    assert [(r.id, r.strength) for r in found.of_kind("software")] == [("Epic", "required")]
    # the ideal candidate's list stays preferred
    ideal = "Requirements:\n- CPC\n\nThe ideal candidate for this coding role will also have the following:\n- Epic\n"
    assert [(r.id, r.strength) for r in extract(ideal).of_kind("software")] == [("Epic", "preferred")]


@pytest.mark.parametrize(
    "heading", ["About you", "Who we're looking for", "What you will bring", "Person Specification"]
)
def test_a_heading_that_names_the_candidate_ends_the_benefits(extract, heading):
    text = f"Benefits:\n- Free parking\n- Epic training\n\n{heading}\n- Knowledge of Epic\n"
    assert [(r.id, r.strength) for r in extract(text).of_kind("software")] == [("Epic", "required")]


def test_training_the_job_sends_you_to_is_not_asked(extract):
    text = (
        "Essential Skills\n"
        "Competent in the use of Microsoft Excel. You will also attend several external medical terminology "
        "training courses.\n"
    )
    found = extract(text)
    assert [r.id for r in found.of_kind("skill")] == []
    assert [(r.id, r.strength) for r in found.of_kind("software")] == [("Microsoft-Excel", "required")]


def test_the_code_sets_a_required_coding_course_covers_are_asked(extract):
    text = "Medical Coder\nCompletion of a medical coding course is required. The course covers ICD-10-CM and CPT.\n"
    found = extract(text).of_kind("coding_system")
    assert sorted((r.id, r.strength) for r in found) == [("CPT", "required"), ("ICD-10-CM", "required")]


@pytest.mark.parametrize(
    "covers",
    [
        "The training includes classroom sessions and will be assessed via OSCEs, written pharmacology and X-ray "
        "interpretation exams at the end of the course.",
        "Our programme covers pharmacology and medical terminology.",
        "The course will include pharmacology.",
    ],
)
def test_what_the_training_covers_is_not_asked(extract, covers):
    assert extract(f"Trainee Practitioner\n{covers}\n").of_kind("skill") == []
    # the next sentence asks on its own
    asked = f"Trainee Practitioner\n{covers} Knowledge of pharmacology is essential.\n"
    assert [(r.id, r.strength) for r in extract(asked).of_kind("skill")] == [("pharmacology", "required")]


def test_an_and_after_a_choice_adds_a_requirement_of_its_own(extract):
    found = extract("CCS-P or CPC and CEMC required.")
    groups = {r.id: r.any_of for r in found.of_kind("credential")}
    assert groups["CCS-P"] is not None and groups["CCS-P"] == groups["CPC"]
    assert groups["CEMC"] is None
    # any choice word of the rules opens the choice the "and" ends: "RHIT/RHIA and CCS"
    groups = {r.id: r.any_of for r in extract("RHIT/RHIA and CCS required.").of_kind("credential")}
    assert groups["RHIT"] is not None and groups["RHIT"] == groups["RHIA"] and groups["CCS"] is None
    # "and" with no "or" before it lists requirements, as it did
    assert [r.any_of for r in extract("CPC and CEMC required.").of_kind("credential")] == [None, None]
    # "and/or" is a choice, written with "&" too; "&" alone is an "and"
    for choice in ("CPC and/or CCS required.", "CPC &/or CCS strongly preferred.", "CPC (AAPC) &/or CCS (AHIMA)."):
        groups = {r.any_of for r in extract(choice).of_kind("credential")}
        assert len(groups) == 1 and None not in groups, choice
    assert [r.any_of for r in extract("CPC & CEMC required.").of_kind("credential")] == [None, None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "RHIA or RHIT a plus\n\nHave questions? Contact the hiring manager:\nPat Lee, RHIA, CHPS, CHC\n"
            "Chief Compliance & Privacy Officer\n",
            [("RHIA", "preferred"), ("RHIT", "preferred")],
        ),
        ("Questions: Mary Ann Smith, CCS\n", []),
        # words of the field are no name
        ("Requirements:\nHealth Information, RHIT required\n", [("RHIT", "required")]),
        ("Certification:\nCertified Coding Specialist, CCS\n", [("CCS", "required")]),
        # nor are the words of a sentence
        ("Credentialed as RHIA, RHIT or equivalent.\n", [("RHIA", "required"), ("RHIT", "required")]),
        ("Must hold RHIA, RHIT\n", [("RHIA", "required"), ("RHIT", "required")]),
    ],
)
def test_the_letters_after_a_contact_s_name_ask_nothing(extract, text, expected):
    assert sorted(creds(extract(text))) == expected


def test_reimbursement_as_a_subject_is_not_a_benefit(extract):
    text = "Knowledge of reimbursement methodologies including MS-DRG and APC required."
    assert codes(extract(text)) == [("MS-DRG", "required"), ("APC", "required")]
    assert creds(extract("Exam fee reimbursement for the CCS after 90 days.")) == []
    assert creds(extract("We offer reimbursement for your RHIT exam.")) == []


@pytest.mark.parametrize(
    "text",
    [
        "Coder\nRequirements:\n- No certification required. We will support you in obtaining your CPC.\n",
        "Coder\nWe will help you in earning your CPC after 90 days.\n",
        "Coder\nOur educators assist with obtaining the CPC.\n",
    ],
)
def test_support_in_obtaining_a_credential_is_a_benefit(extract, text):
    assert creds(extract(text)) == []


def test_assisting_others_in_obtaining_something_keeps_the_credential(extract):
    text = "Coder\nRequirements:\n- CPC required. Assist providers in obtaining prior authorizations.\n"
    assert creds(extract(text)) == [("CPC", "required")]


def test_duties_make_coding_systems_required(extract):
    text = "Responsibilities:\n- Assign ICD-10-CM and CPT codes to outpatient encounters.\n"
    assert codes(extract(text)) == [("ICD-10-CM", "required"), ("CPT", "required")]


# ---------------------------------------------------------------- any-of, eligibility, deadlines


def test_alternatives_share_an_any_of_group(extract):
    extraction = extract("RHIT, RHIA, or CCS required.")
    groups = {r.id: r.any_of for r in extraction.of_kind("credential")}
    assert set(groups) == {"RHIT", "RHIA", "CCS"}
    assert len(set(groups.values())) == 1 and None not in groups.values()
    assert all(r.strength == "required" for r in extraction.requirements)


def test_slash_between_credentials_is_a_choice(extract):
    extraction = extract("Active CPC/CCS certification required.")
    assert {r.any_of for r in extraction.of_kind("credential")} == {"g1"}


def test_one_of_the_following_groups_a_list(extract):
    extraction = extract("Must hold one of the following: RHIT, RHIA, CCS, CPC.")
    assert len({r.any_of for r in extraction.of_kind("credential")}) == 1
    assert len(extraction.of_kind("credential")) == 4


def test_credentials_joined_by_and_are_separate(extract):
    extraction = extract("CPC and CCS required.")
    assert [r.any_of for r in extraction.of_kind("credential")] == [None, None]


def test_two_groups_are_numbered_apart(extract):
    text = "Requirements:\n- RHIT or RHIA required\n\nPreferred:\n- CCS or CPC\n"
    groups = [(r.id, r.any_of, r.strength) for r in extract(text).of_kind("credential")]
    assert groups == [
        ("RHIT", "g1", "required"),
        ("RHIA", "g1", "required"),
        ("CCS", "g2", "preferred"),
        ("CPC", "g2", "preferred"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "RHIT or RHIT-eligible required.",
        "RHIT eligible candidates will be considered.",
        "Must be eligible to sit for the RHIT exam.",
    ],
)
def test_eligibility_is_accepted(extract, text):
    (rhit,) = extract(text).of_kind("credential")
    assert rhit.id == "RHIT" and rhit.accepts_eligible is True and rhit.any_of is None


def test_plain_requirement_does_not_accept_eligibility(extract):
    (rhit,) = extract("RHIT required.").of_kind("credential")
    assert rhit.accepts_eligible is False and rhit.within_months is None


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("CCS required within 12 months of hire.", 12),
        ("Must obtain CCS within twelve (12) months of hire.", 12),
        ("CCS must be obtained within one year of employment.", 12),
        ("CCS within 6 months of start date.", 6),
    ],
)
def test_within_months(extract, text, months):
    (ccs,) = extract(text).of_kind("credential")
    assert (ccs.id, ccs.strength, ccs.within_months) == ("CCS", "required", months)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("CCS or CDIP preferred; must obtain within 18 months of hire.", 18),
        ("Certification: CCS preferred, must be obtained within one year of employment.", 12),
        ("CCS preferred (must be obtained within 6 months).", 6),
        ("CCS preferred, required to be obtained within 12 months.", 12),
        ("CCS preferred.\nRequired within 9 months of hire.", 9),
    ],
)
def test_preferred_at_hire_but_required_by_a_date_is_required(extract, text, months):
    """LABELS.md: a credential required by a stated date is required; the deadline's cue says so, not "preferred"."""
    ccs = next(r for r in extract(text).of_kind("credential") if r.id == "CCS")
    assert (ccs.strength, ccs.within_months) == ("required", months)


@pytest.mark.parametrize(
    "text",
    [
        "CCS preferred; CPC required within 12 months of hire.",  # the deadline is of the CPC
        "CCS preferred; must complete orientation within 30 days.",  # of something that is no credential
        "CCS preferred.\nMust complete orientation within 30 days.",
        "Preferred Qualifications:\nCCS certification, or obtained within 12 months of hire.",  # no cue asks it
        "CCS preferred. We will reimburse the exam fee within 30 days of passing.",
    ],
)
def test_a_deadline_of_something_else_leaves_a_preferred_credential_preferred(extract, text):
    ccs = next(r for r in extract(text).of_kind("credential") if r.id == "CCS")
    assert ccs.strength == "preferred"


# ---------------------------------------------------------------- vocabulary


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Knowledge of ICD-10-CM/PCS required.", ["ICD-10-CM", "ICD-10-PCS"]),
        ("Proficient in ICD-10 CM and PCS coding.", ["ICD-10-CM", "ICD-10-PCS"]),
        ("Code with CPT®/HCPCS.", ["CPT", "HCPCS"]),
        ("Experience with CPT-4 and HCPCS Level II codes.", ["CPT", "HCPCS"]),
        ("ICD-10 coding experience.", ["ICD-10"]),
        ("Uses ICD10CM and ICD10PCS daily.", ["ICD-10-CM", "ICD-10-PCS"]),
        ("Current Procedural Terminology coding", ["CPT"]),
    ],
)
def test_coding_system_spellings(extract, text, ids):
    extraction = extract(text)
    assert [r.id for r in extraction.of_kind("coding_system")] == ids
    assert all(r.any_of is None for r in extraction.of_kind("coding_system"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Registered Health Information Technician required", "RHIT"),
        ("registered health information administrator preferred", "RHIA"),
        ("Certified Coding Specialist (CCS) required", "CCS"),
        ("Certified Professional Coder required", "CPC"),
        ("Certified Tumor Registrar required", "CTR"),
        ("AHIMA CCA required", "CCA"),
        ("Certified Coding Specialist-Physician (CCS-P) required", "CCS-P"),
        ("Certified Coding Specialist - Physician required", "CCS-P"),
        ("Certified Documentation Integrity Practitioner required", "CDIP"),
    ],
)
def test_credential_full_names(extract, text, expected):
    assert [r.id for r in extract(text).of_kind("credential")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Please forward the cca paperwork to HR.",  # lower case: not the credential
        "Our ctr metrics improved last quarter.",
        "The RHITs on our team mentor new hires.",
    ],
)
def test_lookalikes_are_not_credentials(extract, text):
    assert extract(text).of_kind("credential") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Grow CTR and conversion rates across paid campaigns.", []),
        ("Report weekly CTR for the marketing team.", []),
        ("CTR required; experience with marketing reports is a plus.", ["CTR"]),  # other clause
        ("CTR certification required; you will also track campaign metrics.", ["CTR"]),
        ("CTR or RHIT required for the registry and marketing liaison role.", ["CTR", "RHIT"]),  # listed with others
    ],
)
def test_lookalike_acronyms_are_decided_by_context(extract, text, found):
    assert extract(text).ids("credential") == found


def test_uk_hcpc_registration_is_not_hcpcs(extract):
    assert extract("Must be HCPC registered as a physiotherapist.").of_kind("coding_system") == []


# ---------------------------------------------------------------- education


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("High school diploma or GED required.", "high_school"),
        ("H.S. diploma required.", "high_school"),
        ("Completion of a medical coding certificate program required.", "certificate"),
        ("Graduate of an AHIMA-approved coding program.", "certificate"),
        ("Associate's degree in Health Information Technology required.", "associate"),
        ("AAS in HIT required.", "associate"),
        ("Two-year college degree required.", "associate"),
        ("Graduate of an AHIMA-accredited Health Information Technology program.", "associate"),
        ("Completion of a CAHIIM accredited HIT program required.", "associate"),
        ("Graduation from an accredited four-year college or university.", "bachelor"),
        ("Graduation from a college or university with major studies in hospital administration.", "bachelor"),
        ("The fact you successfully completed your degree shows you have potential.", "bachelor"),
        ("Graduation from a two-year college.", "associate"),
        ("Bachelor's degree in HIM required.", "bachelor"),
        ("BS in Health Information Management required.", "bachelor"),
        ("Master's degree required.", "master"),
        ("MHA required.", "master"),
        ("MSN required.", "master"),
        ("ADN required.", "associate"),
        ("Doctorate required.", "doctorate"),
        # the UK's first degree, and three words between the article and "degree"
        ("Applicants must hold a good first degree in a science subject.", "bachelor"),
        ("Academic achievement to first degree is essential.", "bachelor"),
        ("An accredited Biomedical Sciences degree is essential.", "bachelor"),
    ],
)
def test_education_levels(extract, text, level):
    assert [(r.id, r.strength) for r in extract(text).of_kind("education")] == [(level, "required")]


@pytest.mark.parametrize(
    ("text", "required", "preferred"),
    [
        (
            "Education: high school diploma or equivalent required, two- or four-year degree preferred.",
            "high_school",
            "associate",
        ),
        ("A 2 or 4 year degree is required.", "associate", None),
        ("Two-year or four-year college degree required.", "associate", None),
    ],
)
def test_two_degrees_with_the_unit_said_once_are_a_choice_whose_lower_is_the_bar(extract, text, required, preferred):
    extraction = extract(f"Patient Account Representative\n{text}\n")
    assert extraction.minimum_education("required") == required
    assert extraction.minimum_education("preferred") == preferred
    assert {r.id for r in extraction.of_kind("education")} >= {"associate", "bachelor"}


def test_education_field_accreditation_and_equivalence(extract):
    (edu,) = extract(
        "Associate degree in Health Information Technology from a CAHIIM-accredited program, "
        "or an equivalent combination of education and experience."
    ).of_kind("education")
    assert edu.id == "associate"
    assert edu.field == "Health Information Technology"
    assert edu.accreditation == "CAHIIM"
    assert edu.or_equivalent_experience is True


def test_high_school_or_equivalent_is_not_equivalent_experience(extract):
    (edu,) = extract("High school diploma or equivalent required.").of_kind("education")
    assert edu.or_equivalent_experience is False


def test_education_preferred(extract):
    assert [(r.id, r.strength) for r in extract("Bachelor's degree preferred.").of_kind("education")] == [
        ("bachelor", "preferred")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Certified Coding Associate required.",  # "Associate" is part of a credential name
        "Join our team of patient access associates.",
        "You will complete a 16-week training program.",  # the employer's training, not education asked for
        "MS-DRG validation experience.",
        "Graduation from a community college with coursework in billing.",  # of no level on the scale
        # what the job may lead to
        "Apprentices have the opportunity to progress right through to degree level.",
        # what a candidate must not have
        "All applicants must be aged 16+. Must not have a Degree, Level 4 qualification or above.",
        # the UK's NVQ-framework diplomas are no level of the scale
        "You will have completed a Level 3 diploma in Business Administration.",
        "You have completed a minimum level 2 NVQ or Apprenticeship Diploma in Health & Social Care.",
        "- NVQ/QCF/Apprenticeship Diploma in Health and Social Care",
        "A Level 3 BTEC National Diploma in Early Years.",
        # that much college, and what it builds on
        "Four (4) years of education above the high school level in any field for which high school graduation or "
        "the equivalent is the normal prerequisite.",
    ],
)
def test_education_lookalikes(extract, text):
    assert extract(text).of_kind("education") == []


# ---------------------------------------------------------------- experience


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2+ years of coding experience required.", 2),
        ("Two (2) years of experience in a health information department.", 2),
        ("1-3 years of inpatient coding experience.", 1),
        ("Minimum of one year of coding experience.", 1),
        ("Six months of experience in a medical office.", 0.5),
        ("At least 3 years experience as a coder.", 3),
        ("5 or more years of experience in coding audits.", 5),
        # a hyphen before the unit or "plus"
        ("Three-plus years of experience in HIM.", 3),
        ("2-years coding experience required.", 2),
        ("One-year experience in medical records.", 1),
        ("A minimum of 6-months experience in coding.", 0.5),
        # "more than" and "over" where a requirement starts
        ("Requirements:\n- More than 3 years of coding experience.", 3),
        ("Requirements:\n- Over two years of coding experience.", 2),
        ("Must have more than 2 years of outpatient coding.", 2),
        ("The ideal candidate will hold an MCP qualification and have over 5 years work experience.", 5),
        ("You will have over 3 years experience of coding.", 3),
        ("We are seeking candidates with more than 2 years of coding experience.", 2),
        # a range from zero asks for none; number words past twelve
        ("Zero (0) to two (2) years experience in a customer service position.", 0),
        ("Sixteen months of experience in a medical office.", 1.33),
        ("Twenty years of HIM experience.", 20),
        ("You must possess at least one (1) full year of specialized experience in billing.", 1),
        ("We expect you will have a minimum of one years-experience in a similar role.", 1),
        # the years since qualifying, without the word "experience"
        ("We are looking for a midwife who is at least 2 years post qualified.", 2),
        ("- 5yrs post registration", 5),
    ],
)
def test_experience_years(extract, text, years):
    assert [r.years for r in extract(text).of_kind("experience")] == [years]


def test_experience_subject_and_strength(extract):
    (exp,) = extract("Three years of inpatient coding experience preferred.").of_kind("experience")
    assert (exp.id, exp.strength, exp.years) == ("coding", "preferred", 3)
    assert "inpatient coding" in (exp.subject or "")


@pytest.mark.parametrize(
    "text",
    [
        "CCS required within 6 months of hire.",
        "We have 25 years of experience serving our community.",
        "Performance reviews every 2 years.",
        "Benefits start after 90 days; annual raises after 1 year.",
        # a hyphened figure of another thing
        "A 2-year degree and coding experience.",
        "A 12-month contract; coding experience required.",
        # "over" and "more than" that describe
        "A leading healthcare provider with over 30 years' experience in coding services.",
        "Pay: $20 an hour (more than 2 years experience).",
        "Over 11 months you will work in all areas of coding.",
        "For candidates with more than 3 years of post-qualification experience, MRCP is needed.",
        "The practice has over 20 years experience in primary care.",
    ],
)
def test_experience_lookalikes(extract, text):
    assert extract(text).of_kind("experience") == []


# ---------------------------------------------------------------- evidence


def test_evidence_is_the_clause_and_indexes_the_text(extract):
    text = "Requirements:\n  • RHIT, RHIA or CCS required\n"
    for requirement in extract(text).requirements:
        assert text[requirement.evidence.start : requirement.evidence.end] == requirement.evidence.text
        assert requirement.evidence.text == "RHIT, RHIA or CCS required"
        assert text[requirement.mention.start : requirement.mention.end] == requirement.mention.text == requirement.id


def test_repeated_mentions_are_merged_keeping_the_strongest(extract):
    text = "Summary: our RHIT coders are great.\nRequirements:\n- RHIA preferred\n- RHIT required\n"
    assert sorted(creds(extract(text))) == [("RHIA", "preferred"), ("RHIT", "required")]


# ---------------------------------------------------------------- education paths


@pytest.mark.parametrize(
    ("text", "minimum"),
    [
        ("Associate's degree or a coding certificate program required.", "certificate"),
        (
            "High school diploma or equivalent and completion of a medical coding certificate program, "
            "or an associate degree in Health Information Technology.",
            "certificate",
        ),
        ("High school diploma required.\nCompletion of a coding certificate program required.", "certificate"),
        ("High school diploma or GED required.", "high_school"),
        ("Bachelor's degree, or an associate degree with two years of experience.", "associate"),
        (
            "Basic Requirements:\nExperience. One year of coding experience.\nOR\n"
            "Education. An associate's degree in health information technology.\nOR\n"
            "Completion of an AHIMA approved coding program of one year or more.\n",
            "certificate",
        ),
        (
            "Education or Experience:\n(1) One year of experience. OR,\n(2) An associate's degree in HIT.\n"
            "(3) Completion of an AHIMA approved coding program.\n",
            "certificate",
        ),
    ],
)
def test_minimum_required_education_follows_the_paths(extract, text, minimum):
    assert extract(text).minimum_education("required") == minimum


def test_required_and_preferred_education_are_kept_apart(extract):
    extraction = extract("Associate degree required; bachelor's degree preferred.")
    assert extraction.minimum_education("required") == "associate"
    assert extraction.minimum_education("preferred") == "bachelor"
    assert [r.any_of for r in extraction.of_kind("education")] == [None, None]


# ---------------------------------------------------------------- finer context


def test_a_minimum_of_is_a_quantity_not_a_requirement_cue(extract):
    (exp,) = extract("The ideal candidate will ideally have a minimum of 1 year experience.").of_kind("experience")
    assert exp.strength == "preferred"


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        ("A degree level qualification is desirable, but not essential.", "preferred"),
        ("A bachelor's degree is not essential.", "not_required"),
    ],
)
def test_desirable_but_not_essential(extract, text, strength):
    assert [r.strength for r in extract(text).of_kind("education")] == [strength]


@pytest.mark.parametrize(
    ("text", "minimum"),
    [
        (
            "Education: Associate degree or higher required. Completion of an NCRA-accredited Cancer Registry "
            "Management program (AAS or certificate) may substitute for the degree.",
            "certificate",
        ),
        ("A bachelor's degree is required; a coding certificate is accepted in lieu of the degree.", "certificate"),
        (
            "Requirements:\n- Associate degree, or completion of an NCRA-accredited Cancer Information Management "
            "(CIM) program\n",
            "certificate",
        ),
        # substituting for experience is no way to the degree
        (
            "An associate degree is required. A coding certificate may substitute for one year of experience.",
            "associate",
        ),
    ],
)
def test_what_may_substitute_for_the_degree_is_a_way_to_meet_it(extract, text, minimum):
    assert extract(text).minimum_education("required") == minimum


def test_a_figure_on_another_degree_s_path_is_no_share(extract):
    found = extract("Associate degree with 3 years of experience, or Bachelor's degree with 1 year of experience.")
    assert sorted(r.years for r in found.of_kind("experience")) == [1, 3]
    found = extract("Two years of experience in coding or billing, with at least one year in coding.")
    assert [r.years for r in found.of_kind("experience")] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "Associate's degree and 2 years' experience, or 4 years' experience in lieu of degree.",
        "2 years' experience, or 4 years' experience in lieu of degree.",
    ],
)
def test_the_figure_before_one_in_lieu_of_a_degree_is_still_asked(extract, text):
    found = extract(f"Coder\nRequirements:\n- {text}\n")
    assert [r.years for r in found.of_kind("experience")] == [2]


def test_a_later_degree_route_asking_more_years_does_not_raise_the_bar(extract):
    text = "Bachelor's degree in HIM and 3 years of experience, or Associate's degree and 5 years of experience."
    found = extract(f"HIM Analyst\nRequirements:\n- {text}\n")
    assert [r.years for r in found.of_kind("experience")] == [3]


@pytest.mark.parametrize(
    ("text", "choice"),
    [
        ("Bachelor's degree or 4 years of relevant experience required.", {"bachelor", "4.0"}),
        ("Bachelor's degree in HIM or related field or 4 years of coding experience.", {"bachelor", "4.0"}),
        ("4 years of relevant experience or an associate degree in HIT required.", {"associate", "4.0"}),
        ("MSc or at least two years' experience in co-working with expert practitioners.", {"master", "2.0"}),
        # a choice of degrees brings the figure into it
        ("BS/MS in HIM or 4 years of experience required.", {"bachelor", "master", "4.0"}),
    ],
)
def test_a_level_and_a_figure_offered_as_alternatives_are_one_choice(extract, text, choice):
    found = extract(f"HIM Analyst\nRequirements:\n- {text}\n")
    groups: dict[str, set[str]] = {}
    for r in found.requirements:
        if r.kind in ("education", "experience") and r.any_of:
            groups.setdefault(r.any_of, set()).add(r.id if r.kind == "education" else str(r.years))
    assert list(groups.values()) == [choice]


@pytest.mark.parametrize(
    "text",
    [
        "Associate's degree and 2 years' experience in coding.",
        "Bachelor's degree required; 2 years of experience preferred.",
        "Bachelor's degree required, or will consider 2 years of experience in coding.",
        # the master's is a choice of the bachelor's, with or without the figure
        "Bachelor's degree and 2 years of experience or Master's degree required.",
    ],
)
def test_a_level_and_a_figure_asked_together_are_no_choice(extract, text):
    found = extract(f"HIM Analyst\nRequirements:\n- {text}\n")
    assert [r.any_of for r in found.of_kind("experience")] == [None]


def test_either_of_a_degree_or_experience_meets_the_choice(screener):
    posting = "HIM Analyst\nRequirements:\n- Bachelor's degree or 4 years of relevant experience required.\n"
    with_degree = Profile(education=[{"level": "bachelor"}])
    with_experience = Profile(experience=[{"role": "HIM analyst", "years": 5}])
    for profile in (with_degree, with_experience):
        fit = screener.screen(posting, profile).fit
        assert [item.status for item in fit.items] == ["met"], profile
    assert screener.screen(posting, Profile()).fit.items[0].status == "unmet"


def test_an_or_before_a_semicolon_joins_nothing_across_it(extract):
    found = extract("Bachelor's in HIM or related field required; Master's preferred.")
    assert [(r.id, r.strength, r.any_of) for r in found.of_kind("education")] == [
        ("bachelor", "required", None),
        ("master", "preferred", None),
    ]
    found = extract("An associate's degree in HIM; OR, completion of an AHIMA approved coding program.")
    assert found.minimum_education("required") == "certificate"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Licenses & Certifications\nRequired\nCert Coding Specialist\n", [("CCS", "required")]),
        ("Licenses: Registered Health Info Tech - required", [("RHIT", "required")]),
        ("Registered Health Info Admin preferred", [("RHIA", "preferred")]),
    ],
)
def test_the_short_names_of_license_lists(extract, text, expected):
    assert creds(extract(text)) == expected


def test_dashed_or_at_a_line_end_separates_paths(extract):
    text = (
        "Basic Requirements:\n"
        "- Experience: One year of creditable experience that indicates knowledge of medical terminology.-OR-\n"
        "- Education: An associate degree in health information technology. -OR-\n"
        "- Experience/Education Combination: Six months of creditable experience that indicates knowledge of "
        "release of information, and one year above high school.\n"
    )
    extraction = extract(text)
    assert sorted((r.years, r.path) for r in extraction.of_kind("experience")) == [(0.5, 3), (1, 1)]
    assert extraction.minimum_experience_years("required") == 1
    assert [(r.id, r.path) for r in extraction.of_kind("education")] == [("associate", 2)]
    assert [r.id for r in extraction.of_kind("skill")] == ["medical_terminology"]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "We are looking for an experienced coder to join us on a fixed term contract for 2 days a week for "
            "4-6 months.",
            [],
        ),
        ("An experienced analyst on a fixed term basis for 12 months, with 2 years of coding experience.", [2]),
        ("Experience of temporary staffing for 3 years is essential.", [3]),
        (
            "An experienced Personal Assistant to support the division for a period of 9 months to cover "
            "maternity leave.",
            [],
        ),
    ],
)
def test_how_long_the_job_lasts_is_no_experience(extract, text, years):
    assert [r.years for r in extract(text).of_kind("experience")] == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        (
            "After completing the program and 12 months in role, Coding Specialist I team members are eligible to "
            "advance to Coding Specialist II.",
            [],
        ),
        (
            "To progress from Band 4 to Band 5 you will need:\n"
            "- a minimum of 2 years of hospital pharmacy experience\n",
            [],
        ),
        # the list's bullets lost in the page's rendering: its lines start in lower case
        (
            "We offer a career progression pathway from Band 4 to Band 5 with the following criteria:\n"
            "a minimum of 2 years post qualification in hospital pharmacy experience\n"
            "and the completion of a development programme\n",
            [],
        ),
        ("Essential criteria:\n- 2 years of coding experience\n- Progression to Band 5 on completion of ACC\n", [2]),
    ],
)
def test_what_moves_a_holder_up_a_level_is_not_asked(extract, text, years):
    assert [r.years for r in extract(text).of_kind("experience")] == years


@pytest.mark.parametrize(
    "text",
    [
        "Progression criteria:\n- RHIA\n",
        "To progress to the next level of the coding team you will need:\n- the RHIA credential\n",
        "Coders are eligible for promotion to Coder II once they hold the RHIA.\n",
    ],
)
def test_a_credential_that_moves_a_holder_up_a_level_is_not_asked_and_explain_says_why(extract, text):
    extraction = extract("Clinical Coder\nEssential:\n- CCS\n" + text)
    assert [r.id for r in extraction.of_kind("credential")] == ["CCS"]
    assert [(d.id, "moves a holder of the job up a level" in d.reason) for d in extraction.dismissed] == [
        ("RHIA", True)
    ]


def test_a_lead_in_list_after_it_ends_at_the_first_line_that_is_neither_a_bullet_nor_lower_case(extract):
    text = (
        "Clinical Coder\nWe offer a progression pathway to Band 5 with the following criteria:\n"
        "completion of the ACC qualification\n"
        "Essential:\nRHIA\n"
    )
    assert [(r.id, r.strength) for r in extract(text).of_kind("credential")] == [("RHIA", "required")]


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Six months of experience in medical records and one year above high school.", [0.5]),
        ("Two years of experience in medical records or one year of college.", [2]),
        ("Experience in medical records: 1 year of graduate study may substitute.", []),
        # what something counts for
        ("Completed training in an approved school equates to 1 year of general experience.", []),
        ("Each 30 semester hours of college counts as 6 months of experience.", []),
        # a definition
        ("Experience: a full year of work is considered to be 35-40 hours of work per week.", []),
        # what a named employer has
        ("BrisDoc has nearly 20 years' experience of delivering primary health care.", []),
        # what may stand in for experience
        ("Experience in medical records. Completed AHIMA training may be substituted for 1 year of experience.", []),
        # a degree plus fewer years after a larger figure: another path, its "(b)" lost
        (
            "(a) Three years of experience in the field of medical records. An associate's degree in the health "
            "information field plus 1 year of experience in medical records.",
            [3],
        ),
        ("An associate's degree in health information plus 2 years of coding experience.", [2]),
    ],
)
def test_a_figure_of_schooling_is_no_experience(extract, text, years):
    assert [r.years for r in extract(text).of_kind("experience")] == years


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        # a "but" clause with words of its own speaks of itself
        ("Confident in the use of Microsoft Office and Lorenzo, but NHS experience is not essential.", "required"),
        ("Experience with Microsoft Office is a plus, but a degree is not essential.", "preferred"),
        # a "but" clause of cue words alone, or one right after a cue, speaks of what came before
        ("Experience with Microsoft Office preferred but not required.", "preferred"),
        (
            "Knowledge of Microsoft Office would be preferable but not essential, along with good IT skills.",
            "preferred",
        ),
        # "but also" goes on with the same thought
        ("Not only Microsoft Office but also Epic experience is required.", "required"),
    ],
)
def test_a_cue_after_but_speaks_of_its_own_clause(extract, text, strength):
    office = [r for r in extract(text).requirements if r.id == "Microsoft-Office"]
    assert [r.strength for r in office] == [strength]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "and" with a subject of its own opens a clause no cue reaches across, either way
        (
            "Knowledge of a healthcare environment will be advantageous and successful candidates will be educated "
            "to degree level.",
            [("education", "required")],
        ),
        (
            "Educated to degree level and you will need NHS experience, which would be desirable.",
            [("education", "required")],
        ),
        # without a subject of its own the cue still reaches
        (
            "Knowledge of Epic and a degree would be advantageous.",
            [("software", "preferred"), ("education", "preferred")],
        ),
        (
            "Desirable: Epic experience, and candidates will ideally hold a degree.",
            [("software", "preferred"), ("education", "preferred")],
        ),
    ],
)
def test_a_clause_with_a_subject_of_its_own_is_out_of_a_cue_s_reach(extract, text, found):
    assert [(r.kind, r.strength) for r in extract(text).requirements if r.kind in ("education", "software")] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a cue in a later comma-separated part with a subject of its own speaks of that part
        ("1.  2-3 years experience in collections, hospital collections preferred", [("experience", "required")]),
        ("Associate degree in HIM, RHIT preferred.", [("education", "required"), ("credential", "preferred")]),
        ("High school diploma, some college preferred.", [("education", "required")]),
        (
            "A minimum of six months experience in an acute setting, ideally gained within the last two years, "
            "but not essential.",
            [("experience", "required")],
        ),
        # a part of cue words alone, the end of a list, or a part that goes on with the list speaks of all of it
        ("Epic experience, preferred.", [("software", "preferred")]),
        ("RHIT, RHIA or CCS preferred.", [("credential", "preferred")] * 3),
        ("Knowledge of medical terminology, customer care and NHS experience are desirable.", [("skill", "preferred")]),
        (
            "1 year experience in medical records, ROI or a physician office preferred",
            [("experience", "preferred"), ("skill", "preferred")],
        ),
        ("Bachelor's degree in HIM, Health Administration, or related field preferred.", [("education", "preferred")]),
        # a comma in parentheses parts nothing
        ("Coding certification (CPC, CCA, etc.) is not required.", [("credential", "not_required")] * 2),
    ],
)
def test_a_cue_in_a_part_of_its_own_speaks_of_that_part(extract, text, found):
    assert [(r.kind, r.strength) for r in extract(f"Coder\n{text}\n").requirements] == found


@pytest.mark.parametrize("words", ["Microsoft applications", "MS applications", "Microsoft packages"])
def test_the_office_suite_named_by_what_it_is(extract, words):
    found = extract(f"An excellent knowledge of {words} is essential.")
    assert [(r.id, r.strength) for r in found.of_kind("software")] == [("Microsoft-Office", "required")]


@pytest.mark.parametrize(
    "text",
    ["Good IT knowledge, particularly of Microsoft packages, would be a benefit.", "Excel is a real benefit."],
)
def test_would_be_a_benefit_is_a_preference(extract, text):
    assert [r.strength for r in extract(text).of_kind("software")] == ["preferred"]


def test_preferable_is_a_preference(extract):
    found = extract("Medical Records Clerk\n\nAn understanding of medical terminology would be preferable.")
    assert [(r.id, r.strength) for r in found.of_kind("skill")] == [("medical_terminology", "preferred")]


def test_each_comma_part_takes_its_own_cue(extract):
    assert creds(extract("Must have RHIT, CCS preferred.")) == [("RHIT", "required"), ("CCS", "preferred")]


def test_a_list_of_possibilities_is_not_a_list_of_requirements(extract):
    text = (
        "We offer many coding roles, and requirements vary by role. Required credentials may include:\n"
        "  • Registered Health Information Technician (RHIT)\n"
        "  • Certified Professional Coder (CPC)\n\n"
        "Coder I\nCandidates must hold a CCS.\n"
    )
    assert creds(extract(text)) == [("CCS", "required")]


def test_bullets_after_either_are_alternative_paths(extract):
    text = (
        "To be eligible for this program, candidates must have either:\n"
        "  • An associate or bachelor's degree in a health care program, along with one of: RHIT, RHIA or CCS\n"
        "  • A bachelor's degree in any field, along with a CCS and two years of coding experience\n"
    )
    extraction = extract(text)
    assert extraction.minimum_education("required") == "associate"
    # the CCS of the second path does not stand alone: it stays in the group of the first
    groups = {r.id: r.any_of for r in extraction.of_kind("credential")}
    assert set(groups) == {"RHIT", "RHIA", "CCS"} and len(set(groups.values())) == 1 and None not in groups.values()
    # the two years are asked only on the second path
    assert [r.path for r in extraction.of_kind("experience")] == [2]
    assert extraction.minimum_experience_years("required") is None


def test_or_lines_separate_paths_and_only_the_first_counts_for_experience(extract):
    text = (
        "Basic Requirements:\n"
        "Experience. One year of experience that indicates knowledge of medical terminology. "
        "Six months of the required one year of experience must have been in a health records setting.\n"
        "OR\n"
        "Education. Two years above high school with 12 semester hours of health information courses.\n"
        "OR\n"
        "Combination. Six months of experience and one year above high school.\n"
    )
    extraction = extract(text)
    assert sorted((r.years, r.path) for r in extraction.of_kind("experience")) == [(0.5, 3), (1, 1)]
    assert extraction.minimum_experience_years("required") == 1
    # "two years above high school" is that much college, no level of the scale: not a high-school diploma
    assert extraction.minimum_education("required") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 1 year of this experience must be comparable to a GS-4 level position.",
        "Six months of such clinical experience must have been in a hospital.",
    ],
)
def test_a_part_of_the_experience_already_asked_is_no_figure_of_its_own(extract, sentence):
    text = f"Three years of experience in the field of medical records. {sentence}"
    assert [r.years for r in extract(text).of_kind("experience")] == [3]


def test_a_figure_of_which_the_next_is_a_part(extract):
    text = "Two years of experience in medical records work, one year of which must have included coding."
    assert [r.years for r in extract(text).of_kind("experience")] == [2]


def test_up_to_is_a_cap_not_a_requirement(extract):
    text = "Training may be substituted month-for-month for up to six months of experience."
    assert extract(text).of_kind("experience") == []


def test_coding_systems_taught_in_a_course_are_not_asked_of_the_candidate(extract):
    text = "An associate degree with 12 semester hours, including courses in terminology and basic CPT coding."
    assert extract(text).of_kind("coding_system") == []
    assert codes(extract("Assign CPT codes to clinic visits.")) == [("CPT", "required")]


def test_code_sets_of_a_coding_program_a_coder_job_requires_are_required(extract):
    """The code sets a required coding program teaches are the ones the coder will code in (issue 14)."""
    text = "Completion of a coding program that included courses in anatomy, terminology and basic CPT coding."
    extraction = extract(text)
    assert codes(extraction) == [("CPT", "required")]
    assert extraction.minimum_education("required") == "certificate"


def test_training_the_employer_provides_is_not_an_education_requirement(extract):
    text = "Training will be provided that leads to a Diploma in Cancer Registration."
    assert extract(text).of_kind("education") == []


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Educated to degree level or equivalent experience.", "bachelor"),
        ("A university degree in a relevant subject.", "bachelor"),
        ("An associate or bachelor's degree in HIM required.", "associate"),
        # a list whose items a comma parts and "or" ends is one choice
        ("Education: ADN, BSN, or medical degree required.", "associate"),
        ("Associate, bachelor's, or master's degree in HIM required.", "associate"),
        ("A bachelor's degree, MSN or MHA required.", "bachelor"),
    ],
)
def test_more_degree_wordings(extract, text, level):
    assert extract(text).minimum_education("required") == level


def test_one_of_the_following_as_a_bullet_list_is_one_group(extract):
    text = "One of the following certifications is required:\n• RHIT\n• RHIA\n• CCS\n\nCPC preferred.\n"
    extraction = extract(text)
    groups = {r.id: (r.any_of, r.strength) for r in extraction.of_kind("credential")}
    assert groups["CPC"] == (None, "preferred")
    assert {groups[i] for i in ("RHIT", "RHIA", "CCS")} == {(groups["RHIT"][0], "required")}
    assert groups["RHIT"][0] is not None
    # a menu (every item names a credential) is one choice that asks nothing of any qualification path
    assert [r.path for r in extraction.of_kind("credential") if r.id != "CPC"] == [None, None, None]


def test_a_plain_bullet_list_is_not_a_choice(extract):
    text = "Requirements:\n• RHIT\n• CPC\n"
    assert [r.any_of for r in extract(text).of_kind("credential")] == [None, None]


def test_a_family_named_alone_gives_way_to_a_named_member(extract):
    text = "Validate MS-DRG assignment.\nSupport appeals of payer DRG downgrades.\n"
    assert codes(extract(text)) == [("MS-DRG", "required")]
    assert codes(extract("ICD-10 coding required. ICD-10-CM preferred.")) == [
        ("ICD-10", "required"),
        ("ICD-10-CM", "preferred"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title names ODS-C, not a requirement; abstracting cases is the work itself
        ("Oncology Data Specialist\n\nAbstract cancer cases.\n", ["abstracting"]),
        ("CDI Specialist\nCCDS required.\n", ["CCDS"]),
        ("RHIT required.\nMore text.\n", ["RHIT"]),  # a first line that asks for something is not a title
    ],
)
def test_the_title_line_names_the_job_not_a_requirement(extract, text, expected):
    extraction = extract(text)
    assert [r.id for r in extraction.requirements if r.kind in ("credential", "skill")] == expected


def test_a_department_named_after_a_skill_is_not_a_skill(extract):
    text = "You will work closely with our clinical documentation integrity (CDI) team and HIM staff.\n"
    assert extract(text).of_kind("skill") == []
    assert [r.id for r in extract("Knowledge of clinical documentation improvement.").of_kind("skill")] == [
        "clinical_documentation_improvement"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "AHIMA or AAPC certification required (RHIT, RHIA, CCS, CPC).",
        "Coding credential: RHIT, CCS, CPC.",
        "Certified coder (RHIT, CCS, CPC, or equivalent) required.",
        "AAPC certified (CPC, COC, CRC) required.",
        "Must hold an active coding certification (e.g., CPC, CCS) or obtain one within 9 months.",
        "A coding credential (such as RHIT, CCS, CPC) is required.",
    ],
)
def test_a_list_after_one_certification_is_a_choice(extract, text):
    groups = {r.any_of for r in extract(text).of_kind("credential")}
    assert len(groups) == 1 and None not in groups


@pytest.mark.parametrize(
    ("text", "grouped"),
    [
        ("CPC, CCS or equivalent certification required.", True),
        ("RHIA, RHIT, or equivalent credential required.", True),
        ("CPC, CCS, or other AAPC/AHIMA credential required.", True),
        # one more choice the vocabulary does not know
        ("CHPS, CHC, CHPC or CIPP/US certification required.", True),
        # ... or a licence
        ("CDIP, CCDS, or RN license required.", True),
        ("CDIP, CCDS or RN licensure required.", True),
        ("RHIT, CPC and CCS or CIPP certification required.", False),
        # "and" joins requirements of their own, whatever may stand in for them
        ("RHIT and CPC, or equivalent required.", False),
        ("RHIT, CPC and CCS, or equivalent experience.", False),
    ],
)
def test_a_list_ended_by_or_equivalent_is_a_choice(extract, text, grouped):
    groups = [r.any_of for r in extract(f"Coder\n{text}\n").of_kind("credential")]
    assert len(groups) >= 2
    assert (len(set(groups)) == 1 and None not in groups) is grouped
    assert grouped or set(groups) == {None}


def test_credentials_listed_after_plural_certifications_stay_separate(extract):
    text = "Certifications required: RHIT and CPC."
    assert [r.any_of for r in extract(text).of_kind("credential")] == [None, None]


def test_a_wall_of_text_is_cut_into_bounded_sentences(screener):
    from screener.extraction.context import MAX_SENTENCE

    text = "coding " * 2000 + "RHIT required " + "words " * 2000
    doc = screener.nlp(text)
    start, end = doc._.screener.sentence(text.index("RHIT"))
    assert end - start <= MAX_SENTENCE + 100
    assert screener.extract(text).ids("credential") == ["RHIT"]


@pytest.mark.parametrize(
    ("line", "years"),
    [("- 3+ yrs exp. in inpatient coding", 3), ("- Minimum 2 yrs coding exp required", 2)],
)
def test_exp_is_short_for_experience(extract, line, years):
    assert [r.years for r in extract(f"Coder\nRequirements:\n{line}\n").of_kind("experience")] == [years]


def test_an_experience_subject_ends_with_its_line(extract):
    """The subject is the words after the figure, without the line break that ends them."""
    (experience,) = extract("Coder\n- 2 years of outpatient coding\n- CPC\n").of_kind("experience")
    assert experience.subject == "of outpatient coding"


def test_an_experience_subject_ends_with_its_clause(extract):
    (experience,) = extract("Coder\n3 years of HIM experience; MRCP would be an advantage.\n").of_kind("experience")
    assert experience.subject == "of HIM experience"


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Years of Experience: 2", 2),
        ("Years of relevant experience: 3-5", 3),
        ("Years of Experience (Required): 1+", 1),
    ],
)
def test_a_form_label_gives_the_figure_after_it(extract, line, years):
    """Application forms and job boards write the unit first: "Years of Experience: 2"."""
    assert [r.years for r in extract(f"Coder\n{line}\n").of_kind("experience")] == [years]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the cue of a later clause speaks of that clause
        ("Minimum of three years of HIM experience; supervisory experience preferred.", "required"),
        ("Three years of coding experience; RHIT preferred.", "required"),
        # a later clause that is only a cue still qualifies what comes before it
        ("Three years of coding experience; preferred.", "preferred"),
        ("Three years of coding experience; strongly preferred but not required.", "preferred"),
    ],
)
def test_a_cue_in_a_later_clause_speaks_of_its_own_clause(extract, text, expected):
    (experience,) = extract(text).of_kind("experience")
    assert experience.strength == expected


def test_a_job_boards_label_line_with_a_cue_is_experience_without_a_heading(extract):
    """Job boards' lines "Medical coding: 1 year (Preferred)": the label says of what, the cue that it is asked."""
    extraction = extract("Coder\nQualifications:\nMedical coding: 1 year (Preferred)\nICD-10: 2 years (Required)\n")
    found = sorted((r.years, r.strength, r.subject, r.id) for r in extraction.of_kind("experience"))
    assert found == [(1, "preferred", "Medical coding", "coding"), (2, "required", "ICD-10", "general")]


@pytest.mark.parametrize(
    "line",
    [
        "Contract length: 12 months",  # no cue: how long the job lasts
        "Schedule: 2 years (Required) of weekend rotation",  # more than a cue follows the figure
        "We have served patients for 2 years (Required)",  # no label before the figure
    ],
)
def test_a_label_line_without_its_cue_is_not_experience(extract, line):
    assert extract(f"Coder\nQualifications:\n{line}\n").of_kind("experience") == []


def test_the_label_is_the_subject_under_an_experience_heading(extract):
    (experience,) = extract("Coder\nExperience:\n- Medical coding: 2 years (Required)\n").of_kind("experience")
    assert (experience.subject, experience.years) == ("Medical coding", 2)


def one_choice(requirements) -> bool:
    """Whether the requirements are all members of one any-of group."""
    return bool(requirements) and requirements[0].any_of is not None and len({r.any_of for r in requirements}) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Registered Health Information Technician (RHIT) certificate within 6 months of hire OR Certified Coding "
        "Specialist (CCS) certificate within 6 months of hire.",
        "RHIT certificate within 6 months of hire OR RHIA certificate within 6 months of hire OR CCS within 6 months "
        "of hire",
        "RHIT credential required or CCS credential required.",
    ],
)
def test_parallel_phrases_joined_by_or_are_one_choice(extract, text):
    """The same words after each credential, with "or" between them: the credentials are alternatives."""
    credentials = extract(f"Coder\nLicense, Certification, Registration\n{text}\n").of_kind("credential")
    assert len(credentials) >= 2
    assert one_choice(credentials)


@pytest.mark.parametrize(
    "text",
    [
        "RHIT certificate within 6 months of hire and CCS certificate within 6 months of hire.",  # "and": both
        "RHIT certificate within 6 months of hire or CCS within one year.",  # different words: not parallel
    ],
)
def test_phrases_that_are_not_parallel_alternatives_stay_apart(extract, text):
    credentials = extract(f"Coder\nLicense, Certification, Registration\n{text}\n").of_kind("credential")
    assert [r.any_of for r in credentials] == [None, None]


@pytest.mark.parametrize(
    "text",
    [
        "CPC (AAPC) or CCS (AHIMA) required.",
        "AAPC CPC or AHIMA CCS required.",
        "Certified Professional Coder (CPC) through AAPC or Certified Coding Specialist (CCS) through AHIMA required.",
        "CPC from AAPC, or CCS from AHIMA, is required.",
        "Must have an active coding credential from AAPC or AHIMA (CPC, CCS).",
    ],
)
def test_issuers_named_with_alternatives_keep_them_one_choice(extract, text):
    credentials = extract(f"Coder\n{text}\n").of_kind("credential")
    assert sorted(r.id for r in credentials) == ["CCS", "CPC"]
    assert credentials[0].any_of is not None and credentials[0].any_of == credentials[1].any_of


def test_issuers_named_with_credentials_joined_by_and_keep_them_apart(extract):
    credentials = extract("Coder\nCPC (AAPC) and CCS (AHIMA) required.\n").of_kind("credential")
    assert [r.any_of for r in credentials] == [None, None]


def test_a_semicolon_ends_a_list_joined_by_commas_and_or(extract):
    """ "CPC, CCS or CCS-P; CPMA preferred": the list ends at the semicolon; the CPMA is asked for on its own."""
    credentials = extract("Coder\nRequired: CPC, CCS or CCS-P; CPMA preferred.\n").of_kind("credential")
    assert [(r.id, r.strength, r.any_of is not None) for r in credentials] == [
        ("CPC", "required", True),
        ("CCS", "required", True),
        ("CCS-P", "required", True),
        ("CPMA", "preferred", False),
    ]


def test_a_list_separated_by_semicolons_throughout_is_one_list(extract):
    text = (
        "Coder\nCertification: Registered Health Information Technician (RHIT); Registered Health Information "
        "Administrator (RHIA); or Certified Coding Specialist (CCS).\n"
    )
    credentials = extract(text).of_kind("credential")
    assert [r.id for r in credentials] == ["RHIT", "RHIA", "CCS"]
    assert one_choice(credentials)


@pytest.mark.parametrize(
    "text",
    [
        "ODS-C (formerly CTR) required within 2 years of hire.",
        "ODS-C, formerly known as CTR, required.",
        # the credential's word between the name and "formerly"
        "Oncology Data Specialist (ODS) certification, formerly known as CTR, required.",
        "ODS-C credential (formerly the CTR) required.",
    ],
)
def test_a_credentials_former_name_is_the_same_choice(extract, text):
    credentials = extract(f"Cancer Registrar\n{text}\n").of_kind("credential")
    assert sorted(r.id for r in credentials) == ["CTR", "ODS-C"]
    assert credentials[0].any_of is not None and credentials[0].any_of == credentials[1].any_of


def test_a_topic_heading_after_a_preferred_list_of_its_own_is_not_under_it(extract):
    """ "Preferred Qualifications: / - RHIT / Knowledge, Skills and Abilities: / - ...": two sections side by side."""
    text = (
        "Coder\nPreferred Qualifications:\n- RHIT\n\nKnowledge, Skills and Abilities:\n"
        "- Knowledge of medical terminology\n"
    )
    extraction = extract(text)
    assert [(r.id, r.strength) for r in extraction.of_kind("credential")] == [("RHIT", "preferred")]
    assert [(r.id, r.strength) for r in extraction.of_kind("skill")] == [("medical_terminology", "required")]
    # a strength heading with nothing of its own governs the topic headings under it
    nested = extract("Coder\nPreferred Qualifications\nKnowledge\n- Knowledge of medical terminology\n")
    assert [(r.id, r.strength) for r in nested.of_kind("skill")] == [("medical_terminology", "preferred")]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("CPC (AAPC) required. COC or CCS-P will be considered in place of CPC.", ["CPC", "COC", "CCS-P"]),
        (
            "RHIA required. An RHIT with a bachelor's degree will be considered in lieu of the RHIA.",
            ["RHIA", "RHIT"],
        ),
        # asked for earlier in the same sentence
        ("CCS required, CPC acceptable in lieu of CCS.", ["CCS", "CPC"]),
        ("CCS required; COC or CCS-P will be considered in place of CCS.", ["CCS", "COC", "CCS-P"]),
    ],
)
def test_credentials_offered_in_place_of_another_join_its_choice(extract, text, group):
    credentials = extract(f"Coder\nRequirements:\n- {text}\n").of_kind("credential")
    assert [(r.id, r.strength) for r in credentials] == [(id_, "required") for id_ in group]
    assert one_choice(credentials)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "CPC, COC or CCS-P required. CPC-A will be considered with 2+ yrs of pro-fee coding exp.",
            ["CPC", "COC", "CCS-P", "CPC-A"],
        ),
        ("RHIA required (RHIT with a bachelor's degree will be considered).", ["RHIA", "RHIT"]),
        ("CCS required; CPC is also accepted.", ["CCS", "CPC"]),
        # a bare "accepted" after what it accepts, ending its clause or saying on what terms
        ("CPC or CCS required; CPC-A accepted.", ["CPC", "CCS", "CPC-A"]),
        ("CPC or CCS required. CPC-A accepted with 1 year of coding experience.", ["CPC", "CCS", "CPC-A"]),
        ("CCS required (CCS-P acceptable).", ["CCS", "CCS-P"]),
        ("RHIA required; RHIT acceptable with 5 years of HIM experience.", ["RHIA", "RHIT"]),
        ("Must hold CPC, CCS, or RHIT; new graduates with CCA considered.", ["CPC", "CCS", "RHIT", "CCA"]),
        ("CPC required. CCS considered with 2 years of experience.", ["CPC", "CCS"]),
        ("CPC required. Candidates holding a CCS will also be considered.", ["CPC", "CCS"]),
        # the other choice in parentheses after the cue
        ("CPC required (or CPC-A with at least 1 year of coding experience).", ["CPC", "CPC-A"]),
        # ... or after words that say what follows is accepted
        ("CPC required. We will also consider applicants with a CPC-A or CCA.", ["CPC", "CPC-A", "CCA"]),
        (
            "CPC required. If hired with a CPC-A, the apprentice designation must be removed in 12 months.",
            ["CPC", "CPC-A"],
        ),
        (
            "RHIT or CCS required. Candidates who do not hold the RHIT will also be considered if they hold the CCA.",
            ["RHIT", "CCS", "CCA"],
        ),
        ("CCS required; we also accept the CPC.", ["CCS", "CPC"]),
    ],
)
def test_credentials_the_posting_will_accept_as_well_join_the_choice_before_them(extract, text, group):
    credentials = extract(f"Coder\nRequirements:\n- {text}\n").of_kind("credential")
    assert [(r.id, r.strength) for r in credentials] == [(id_, "required") for id_ in group]
    assert one_choice(credentials)


@pytest.mark.parametrize(
    "text",
    [
        "Applicants without a CPC will not be considered.",
        "Candidates without an active CPC credential will not be considered.",
    ],
)
def test_without_it_an_applicant_is_not_considered_means_required(extract, text):
    credentials = extract(f"Coder\nRequirements:\n- {text}\n").of_kind("credential")
    assert [(r.id, r.strength) for r in credentials] == [("CPC", "required")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("RHIT preferred. Applicants without the RHIT credential will be considered.", [("RHIT", "preferred")]),
        ("Applicants without a CPC may apply.", [("CPC", "not_required")]),
        ("Coders who do not yet hold the CCS are encouraged to apply.", [("CCS", "not_required")]),
    ],
)
def test_without_it_an_applicant_is_considered_means_not_required(extract, text, expected):
    credentials = extract(f"Coder\nRequirements:\n- {text}\n").of_kind("credential")
    assert [(r.id, r.strength) for r in credentials] == expected


def test_what_is_accepted_after_the_words_needs_a_choice_before_them_to_join(extract):
    credentials = extract("Coder\nRequirements:\n- We will also consider applicants with a CPC-A.\n").of_kind(
        "credential"
    )
    assert [(r.id, r.strength, r.any_of) for r in credentials] == [("CPC-A", "required", None)]


def test_what_itself_will_not_be_considered_is_still_not_required(extract):
    credentials = extract("Coder\nRequirements:\n- CPC required. CPC-A will not be considered.\n").of_kind("credential")
    assert [(r.id, r.strength) for r in credentials] == [("CPC", "required"), ("CPC-A", "not_required")]


def test_what_will_be_accepted_takes_the_strength_of_the_choice_it_joins(extract):
    credentials = extract("Coder\nRequirements:\n- CCS preferred. CPC will also be accepted.\n").of_kind("credential")
    assert [(r.id, r.strength) for r in credentials] == [("CCS", "preferred"), ("CPC", "preferred")]
    assert one_choice(credentials)


@pytest.mark.parametrize(
    "text",
    [
        "CCS required. CPC would be considered an asset.",  # a preference, not a choice
        "CCS required. Candidates with a CPC will be considered for the role.",
        "CCS preferred. CPC may be accepted in place of CCS-P.",  # in place of what it names: not the CCS
        "CPC will be considered.",  # nothing asked for before it
        "CCS required. CPC not accepted.",
        "CCS required; apply CPC guidelines and accepted coding standards.",  # "accepted" of what follows it
        "CCS required. CPC holders' applications accepted until May 5.",
        "CCS required. CPC considered an asset.",
    ],
)
def test_will_be_considered_joins_nothing_that_is_no_choice(extract, text):
    credentials = extract(f"Coder\nRequirements:\n- {text}\n").of_kind("credential")
    assert not any(r.any_of for r in credentials)


@pytest.mark.parametrize(
    "text",
    [
        "Graduate of an accredited RHIT or RHIA program.",
        "Completion of a CAHIIM-accredited RHIT programme required.",
        "Graduate of an RHIA degree program preferred.",
    ],
)
def test_a_credential_naming_a_program_of_study_is_no_credential_asked(extract, text):
    extraction = extract(f"HIM Technician\nRequirements:\n- {text}\n")
    assert not extraction.of_kind("credential")
    assert "credential-names-a-program" in {d.rule for d in extraction.dismissed}


@pytest.mark.parametrize(
    "text",
    [
        "Active CPC (AAPC), COC (AAPC) or CCS-P (AHIMA) required.",
        "One of the following: CPC issued by AAPC, COC issued by AAPC, or CCS-P issued by AHIMA.",
        "CPC through AAPC, COC through AAPC or CCS-P through AHIMA required.",
    ],
)
def test_issuers_between_commas_keep_a_list_one_choice(extract, text):
    credentials = extract(f"Coder\nRequirements:\n- {text}\n")
    assert [r.id for r in credentials.of_kind("credential")] == ["CPC", "COC", "CCS-P"]
    assert one_choice(credentials.of_kind("credential"))


def test_would_be_considered_an_asset_is_a_preference(extract):
    extraction = extract("Coder\nRequirements:\n- CCS required.\n- Experience with CPT would be considered an asset.\n")
    assert [(r.id, r.strength) for r in extraction.of_kind("coding_system")] == [("CPT", "preferred")]


def test_in_place_of_a_credential_not_asked_for_changes_nothing(extract):
    credentials = extract("Coder\n- CCS preferred. CPC may be accepted in place of CCS-P.\n").of_kind("credential")
    assert [(r.id, r.any_of) for r in credentials] == [("CCS", None), ("CPC", None), ("CCS-P", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "A current RHIT credential may substitute for the education requirement.",
        "An associate degree with RHIT and 8 years of HIM experience may be considered in lieu of the bachelor's "
        "degree.",
        "Possession of an RHIT credential may substitute for one year of the required experience.",
    ],
)
def test_a_credential_offered_in_place_of_education_is_not_asked_for_itself(extract, sentence):
    extraction = extract(f"HIM Technician\nMinimum Qualifications:\n{sentence}\nPreferred:\n- RHIT or CCA\n")
    assert [(r.id, r.strength) for r in extraction.of_kind("credential")] == [
        ("RHIT", "preferred"),
        ("CCA", "preferred"),
    ]
    assert [d.id for d in extraction.dismissed] == ["RHIT"]


def test_a_choice_that_runs_on_past_a_line_break_is_one_choice(extract):
    text = (
        "Coder\nMinimum Qualifications\nCertification:    Certified Coding Specialist (CCS) - AHIMA, OR\n"
        "                  Registered Health Information Technician (RHIT) / Registered Health Information "
        "Administrator (RHIA) - AHIMA\n"
    )
    credentials = extract(text).of_kind("credential")
    assert [r.id for r in credentials] == ["CCS", "RHIT", "RHIA"]
    assert one_choice(credentials)


def test_lines_of_credentials_without_a_choice_word_between_stay_apart(extract):
    credentials = extract("Coder\nRequired:\nCPC\nPreferred:\nCRC\n").of_kind("credential")
    assert [(r.id, r.strength, r.any_of) for r in credentials] == [
        ("CPC", "required", None),
        ("CRC", "preferred", None),
    ]


def test_a_credential_that_does_not_meet_the_requirement_is_not_asked_for(extract):
    text = (
        "CDI Specialist\n- Certified Clinical Documentation Specialist - Outpatient (CCDS-O) through ACDIS, or "
        "Certified Documentation Integrity Practitioner (CDIP) through AHIMA, required within 12 months of hire. "
        "Please note the inpatient CCDS alone does not meet this requirement.\n"
    )
    credentials = extract(text).of_kind("credential")
    assert [(r.id, r.strength) for r in credentials] == [
        ("CCDS-O", "required"),
        ("CDIP", "required"),
        ("CCDS", "not_required"),
    ]
    assert credentials[0].any_of is not None and credentials[0].any_of == credentials[1].any_of


@pytest.mark.parametrize(
    "heading",
    [
        "Nice to have",
        "preferred",
        "nice to haves:",
        # several heading words, joined by small words or marks
        "Desirable criteria",
        "Desirable requirements",
        "Preferred qualifications",
        "Desirable skills and experience",
        "Preferred education / experience",
        # other words for what is welcome but not asked
        "Extra credit:",
        "Good to have",
        "Great-to-haves:",
        "Helpful:",
        "Optional",
    ],
)
def test_a_heading_in_lower_case_that_is_only_heading_words(extract, heading):
    extraction = extract(f"Coder\nRequired\n- CPC\n\n{heading}\n- 6 months of experience in a physician office\n")
    assert [(r.years, r.strength) for r in extraction.of_kind("experience")] == [(0.5, "preferred")]


@pytest.mark.parametrize(
    "line",
    ["Bilingual preferred", "Spanish speakers preferred", "Coding experience desirable", "Helpful attitude"],
)
def test_a_line_with_a_cue_and_other_words_is_no_heading(extract, line):
    extraction = extract(f"Coder\nQualifications\n{line}\nHigh school diploma\n")
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [("high_school", "required")]


def test_essential_criteria_then_desirable_criteria_in_lower_case(extract):
    extraction = extract(
        "Clinical Coder\nEssential criteria\n- Degree in a relevant subject\n"
        "Desirable criteria\n- Masters level qualification\n- Office 365 competent\n"
    )
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [
        ("bachelor", "required"),
        ("master", "preferred"),
    ]
    assert [(r.id, r.strength) for r in extraction.of_kind("software")] == [("Microsoft-Office", "preferred")]


def test_completion_of_an_accredited_program_that_names_no_degree_is_a_certificate(extract):
    extraction = extract(
        "Registrar\nCompletion of an NCRA-accredited Cancer Information Management program required.\n"
    )
    assert extraction.minimum_education("required") == "certificate"


def test_a_preferred_level_no_higher_than_the_required_one_is_no_preferred_level(extract):
    text = (
        "Registrar\nAssociate degree required.\nGraduation from an NCRA-accredited cancer registry management "
        "program is strongly preferred.\n"
    )
    extraction = extract(text)
    assert [(r.id, r.strength) for r in extraction.of_kind("education")] == [
        ("associate", "required"),
        ("certificate", "preferred"),
    ]
    assert (extraction.minimum_education("required"), extraction.minimum_education("preferred")) == ("associate", None)


def test_a_degree_offered_in_lieu_of_another_joins_its_choice(extract):
    text = (
        "HIM Manager\nEducation: Bachelor's degree in Health Information Management required. An Associate degree "
        "in HIT with 8+ years of HIM experience may be considered in lieu of the bachelor's degree.\n"
    )
    extraction = extract(text)
    education = extraction.of_kind("education")
    assert [r.id for r in education] == ["bachelor", "associate"]
    assert education[0].any_of is not None and education[0].any_of == education[1].any_of
    assert extraction.minimum_education("required") == "associate"


def test_a_list_closed_by_etc_stays_in_its_sentence(extract):
    credentials = extract("ROI Specialist\nCoding certification (CPC, CCA, etc.) is not required.\n").of_kind(
        "credential"
    )
    assert [(r.id, r.strength) for r in credentials] == [("CPC", "not_required"), ("CCA", "not_required")]


def test_will_not_be_considered_asks_nothing(extract):
    text = "Coder\nCPC required. Please note: a CPC-A with no work experience will not be considered.\n"
    assert [(r.id, r.strength) for r in extract(text).of_kind("credential")] == [
        ("CPC", "required"),
        ("CPC-A", "not_required"),
    ]


def test_employees_called_associates_hold_no_degree(extract):
    text = "ROI Specialist\nAfter 6 months, associates in good standing can enroll in our career program.\n"
    assert extract(text).of_kind("education") == []


def test_a_company_paid_exam_prep_course_is_a_benefit(extract):
    extraction = extract("ROI Specialist\nEnroll in a free, company-paid RHIT exam prep course.\n")
    assert extraction.of_kind("credential") == [] and "RHIT" in [d.id for d in extraction.dismissed]


def test_what_the_employer_pays_for_is_a_benefit_whoever_pays(extract):
    extraction = extract(
        "ROI Specialist\nRequirements:\n- HIPAA knowledge.\nClearPath pays for the CRIS exam after 90 days.\n"
    )
    assert extraction.of_kind("credential") == [] and "CRIS" in [d.id for d in extraction.dismissed]
    # the payment in parentheses is said of the exam, not of the credential asked before it
    kept = extract(
        "Coding Auditor\nRequirements:\n- CPMA required within 6 months of hire (Summit pays for the exam)\n"
    )
    assert [(r.id, r.strength) for r in kept.of_kind("credential")] == [("CPMA", "required")]


TABLE = (
    "Coding Auditor\n"
    "QUALIFICATIONS\tREQUIRED\tPREFERRED\n"
    "Education\tBachelor's degree in HIM, or 4 years of coding experience in lieu of degree\tMaster's degree\n"
    "Licensure/Certification\tRHIA, RHIT, or CCS\tCPMA or CCDS\n"
    "Experience\tMinimum 5 years of hospital coding experience\t7+ years, including at least 2 years in audit\n"
    "Software\t3M 360 Encompass\tEpic or Cerner\n"
)


def _with_pipes(table: str) -> str:
    return table.replace("\t", " | ")


def _as_markdown(table: str) -> str:
    title, header, *rows = table.splitlines()
    cells = header.count("\t") + 1
    lines = [f"| {line.replace(chr(9), ' | ')} |" for line in [header, *rows]]
    return "\n".join([title, lines[0], "|" + "---|" * cells, *lines[1:]]) + "\n"


@pytest.mark.parametrize("saved_as", [str, _with_pipes, _as_markdown], ids=["tabs", "pipes", "markdown"])
def test_a_table_with_required_and_preferred_columns(extract, saved_as):
    """A table saved as text (tabs or pipes between its cells): each cell is asked for as its column says."""
    extraction = extract(saved_as(TABLE))
    assert (extraction.minimum_education("required"), extraction.minimum_education("preferred")) == (
        "bachelor",
        "master",
    )
    assert {(r.id, r.strength) for r in extraction.of_kind("credential")} == {
        ("RHIA", "required"),
        ("RHIT", "required"),
        ("CCS", "required"),
        ("CPMA", "preferred"),
        ("CCDS", "preferred"),
    }
    groups = {r.id: r.any_of for r in extraction.of_kind("credential")}
    assert groups["RHIA"] == groups["CCS"] != groups["CPMA"] == groups["CCDS"]
    # the row's label says what the figures are of; "4 years ... in lieu of degree" is a way to meet the education
    assert (extraction.minimum_experience_years("required"), extraction.minimum_experience_years("preferred")) == (5, 7)
    assert {(r.id, r.strength) for r in extraction.of_kind("software")} == {
        ("3M-360-Encompass", "required"),
        ("Epic", "preferred"),
        ("Oracle-Health", "preferred"),
    }


def test_a_range_of_years_does_not_run_across_a_bullet(extract):
    """ "a plus" then "- 7+ years" on the next bullet is no range from "a" (one) to seven."""
    extraction = extract(
        "Coding Auditor\nNice to have\n- Inpatient audit experience a plus\n- 7+ years coding experience\n"
    )
    assert [(r.years, r.strength) for r in extraction.of_kind("experience")] == [(7, "preferred")]


def test_the_preferred_years_are_the_most_the_posting_prefers(extract):
    text = (
        "Medical Coder\n- 2-3 years of orthopedic coding preferred\n"
        "Experience:\nMedical coding: 2 years (Preferred)\nSurgical coding: 1 year (Preferred)\n"
    )
    extraction = extract(text)
    assert {r.years for r in extraction.of_kind("experience")} == {1, 2}
    assert extraction.minimum_experience_years("preferred") == 2
    assert extraction.minimum_experience_years("required") is None


def test_years_of_experience_in_lieu_of_a_degree_are_no_experience_minimum(extract):
    text = "Coder\nRequirements:\n- Associate degree, or 4 years of coding experience in lieu of degree\n"
    assert extract(text).of_kind("experience") == []


def test_a_credential_of_a_choice_named_again_on_its_own_is_the_choice_restated(extract):
    text = (
        "Cancer Registrar\nCertification: ODS-C/CTR credential required. ODS-eligible candidates will be "
        "considered but must obtain the ODS-C within 12 months of hire.\n"
    )
    credentials = extract(text).of_kind("credential")
    assert sorted(r.id for r in credentials) == ["CTR", "ODS-C"] and one_choice(credentials)
    ods = next(r for r in credentials if r.id == "ODS-C")
    assert ods.accepts_eligible and ods.within_months == 12  # what the restatement added is kept


def test_a_degree_of_a_choice_named_again_on_its_own_is_asked_for_itself(extract):
    extraction = extract("Coder\nAn associate or bachelor's degree in HIM.\nAn associate degree is required.\n")
    assert extraction.minimum_education("required") == "associate"
    assert [r.any_of for r in extraction.of_kind("education") if r.id == "associate"] == [None]


def test_a_cue_in_parentheses_of_its_own_labels_what_comes_before_it(extract):
    """ "(required)" after the diploma says nothing of the degree after it; "and" adds the degree to the choice."""
    text = (
        "Medical Records Coordinator\nThe ideal candidate has a high school diploma or GED (required) and an "
        "Associate's degree in Health Information Technology (preferred).\n"
    )
    extraction = extract(text)
    assert (extraction.minimum_education("required"), extraction.minimum_education("preferred")) == (
        "high_school",
        "associate",
    )
    assert [r.any_of for r in extraction.of_kind("education") if r.id == "associate"] == [None]


def test_a_choice_of_mixed_strengths_is_not_met_by_a_member_asked_for_on_its_own(extract):
    """The preferred associate degree of the choice stays a preference when the diploma is asked for again."""
    text = (
        "Coder\nHigh school diploma required, or an associate degree preferred.\nA high school diploma is required.\n"
    )
    extraction = extract(text)
    assert (extraction.minimum_education("required"), extraction.minimum_education("preferred")) == (
        "high_school",
        "associate",
    )


@pytest.mark.parametrize(
    "words", ["Microsoft programmes", "Microsoft programs", "Microsoft software", "Microsoft products", "MS packages"]
)
def test_the_office_suite_named_as_microsoft_programmes_or_software(extract, words):
    found = extract(f"Administrator\nYou will be proficient in all {words}.")
    assert [(r.id, r.strength) for r in found.of_kind("software")] == [("Microsoft-Office", "required")]


@pytest.mark.parametrize("words", ["Microsoft programmes", "microsoft programmes", "MS packages"])
def test_microsoft_programmes_such_as_named_ones_ask_for_those_named(extract, words):
    found = extract(f"Administrator\nYou will have a good knowledge of {words} such as Word and Outlook.")
    assert sorted(r.id for r in found.of_kind("software")) == ["Microsoft-Outlook", "Microsoft-Word"]
