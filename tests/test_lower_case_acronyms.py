"""Credentials and code sets typed in lower case by a hurried recruiter, each with sentences written for the test.

"cpc, coc or ccs-p (current) required" names three credentials in a coder's
posting; the same letters in a posting with nothing else of the field are
set aside, with a reason. Products and skills stay case-sensitive: "epic"
and "word" are English words.
"""

from __future__ import annotations

from test_real_posting_phenomena import groups, ids

CODER = (
    "Medical Coder - Dermatology\n"
    "what you'll be doing:\n"
    "-code office visits and procedures from provider notes using cpt, icd-10-cm and hcpcs\n"
    "-work coding related denials with the billing team\n"
    "requirements:\n"
    "-cpc, coc or ccs-p (current) required\n"
    "-1+ year coding in a physician practice\n"
)


def test_a_list_of_credentials_in_lower_case_is_one_required_choice(extract):
    extraction = extract(CODER)
    assert ids(extraction) == {"CPC": "required", "COC": "required", "CCS-P": "required"}
    assert groups(extraction) == [{"CPC", "COC", "CCS-P"}]
    assert [r.mention.text for r in extraction.of_kind("credential")] == ["cpc", "coc", "ccs-p"]


def test_code_sets_in_lower_case_are_found(extract):
    assert ids(extract(CODER), "coding_system") == {"CPT": "required", "ICD-10-CM": "required", "HCPCS": "required"}


def test_a_hyphen_glued_to_a_word_in_lower_case_is_a_bullet(extract):
    extraction = extract(
        "Health Information Technician\nRequirements:\n-abstract and code inpatient records\n-rhit preferred\n"
    )
    assert ids(extraction) == {"RHIT": "preferred"}
    assert [r.mention.text for r in extraction.of_kind("credential")] == ["rhit"]


def test_lower_case_letters_outside_the_field_are_set_aside_with_a_reason(extract):
    extraction = extract(
        "Digital Marketing Executive\n"
        "You will own our paid search campaigns and report weekly on ctr, cpc and conversion rates.\n"
        "Experience with Google Ads required.\n"
    )
    assert ids(extraction) == {}
    reasons = {d.id: d.reason for d in extraction.dismissed if d.kind == "credential"}
    assert set(reasons) == {"CTR", "CPC"}
    assert all("lower case" in reason or "other meaning" in reason for reason in reasons.values())


def test_a_lower_case_acronym_alone_does_not_put_a_posting_in_the_field(extract):
    extraction = extract(
        "Warehouse Operative\nPicking and packing orders for our depots.\n"
        "A cpc card is an advantage for the driving part of the role.\n"
    )
    assert not extraction.in_scope
    assert ids(extraction) == {}


def test_mixed_case_is_not_lower_case(extract):
    """Only all lower case: "Ctr" is an address's "Center" as often as anything."""
    extraction = extract(
        "Medical Records Clerk\nFile and retrieve patient charts for the release of information desk.\n"
        "Location: Riverside Medical Ctr, Suite 4\nRHIT preferred.\n"
    )
    assert ids(extraction) == {"RHIT": "preferred"}


def test_products_named_in_lower_case_words_stay_words(extract):
    extraction = extract(
        "Coding Specialist\nCCS required. An epic opportunity to grow; a word of thanks to our team.\n"
        "You will excel at accuracy.\n"
    )
    assert ids(extraction, "software") == {}


def test_an_apprentice_s_credential_spelled_with_full_stops_joins_the_choice(extract):
    extraction = extract(
        CODER.replace("required\n", "required. C.P.C.-A considered if you have at least 1 yr dermatology coding\n", 1)
    )
    assert groups(extraction) == [{"CPC", "COC", "CCS-P", "CPC-A"}]
    assert [r.mention.text for r in extraction.of_kind("credential")][-1] == "C.P.C.-A"


def test_hashtags_are_no_requirements(extract):
    extraction = extract(
        "Medical Coder\nRequirements:\nCPC required.\n2 years of coding experience.\n"
        "#LI-Remote #medicalcoding #ccs #hiring #CCA\n"
    )
    assert ids(extraction) == {"CPC": "required"}
    assert {(d.id, d.reason) for d in extraction.dismissed} >= {
        ("CCS", "a hashtag of the posting, not a requirement"),
        ("CCA", "a hashtag of the posting, not a requirement"),
    }
