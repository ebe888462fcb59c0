"""Federal, state and county civil-service postings' qualification layouts, with sentences written for the test (the
written7 round): two lists of paths, one after the other; paths of one labelled line each; a grade's own figure when
the basic requirement's first path has none; substitutions; a rate of exchange between credits and years."""

from __future__ import annotations

from test_real_posting_phenomena import ids

FEDERAL = (
    "Supervisory Medical Records Administrator\nQualifications\nBASIC REQUIREMENT:\n"
    "A. Degree: a bachelor's degree in health information management from a CAHIIM-accredited program.\nOR\n"
    "B. Degree: Bachelor's degree in any field, plus a post-baccalaureate certificate in health information management"
    " from a CAHIIM-accredited program.\n"
    "In addition to meeting the basic requirement above, to qualify for this position you must also meet the "
    "qualification requirements listed below:\n"
    "SPECIALIZED EXPERIENCE: One year of specialized experience which is equivalent to at least the next lower grade "
    "level (GS-09) in the Federal service.\nOR\n"
    "EDUCATION: Ph.D. or equivalent doctoral degree in health information management.\nOR\n"
    "COMBINATION: A combination of graduate education and specialized experience.\n"
    "Registered Health Information Administrator (RHIA) credential through AHIMA is desired. Certified in Healthcare "
    "Privacy and Security (CHPS) is a plus.\n"
)


def test_a_lead_in_between_two_lists_of_paths_starts_the_second(extract):
    extraction = extract(FEDERAL)
    experience = extraction.of_kind("experience")
    assert [(r.years, r.path) for r in experience] == [(1, 1)]
    assert extraction.minimum_experience_years("required") == 1


def test_the_last_of_paths_of_one_labelled_line_each_is_one_line(extract):
    extraction = extract(FEDERAL)
    assert {(r.id, r.strength, r.path, r.any_of) for r in extraction.of_kind("credential")} == {
        ("RHIA", "preferred", None, None),
        ("CHPS", "preferred", None, None),
    }


def test_a_post_baccalaureate_certificate_is_no_certificate_level(extract):
    extraction = extract(FEDERAL)
    assert "certificate" not in {r.id for r in extraction.of_kind("education")}
    assert extraction.minimum_education("required") == "bachelor"


GRADE = (
    "Chief, Health Information Management\nQualifications\nBasic Requirements:\n"
    "b. Education and/or Experience. (1) Bachelor's degree in HIM from a program accredited by CAHIIM; OR (3) "
    "Associate's degree in health information technology AND two years of creditable experience in health "
    "information management; OR (4) Three years of creditable experience in health information management work.\n"
    "c. Certification. Must possess one of the following: RHIA, RHIT or CCS.\n"
    "GS-12 Grade Determination: One year of experience equivalent to the GS-11 grade level, demonstrating all of the "
    "following KSAs:\n(1) Skill in managing HIM operations.\n"
)


def test_a_grade_s_own_figure_counts_when_the_first_path_names_none(extract):
    extraction = extract(GRADE)
    assert extraction.minimum_experience_years("required") == 1
    assert sorted(r.years for r in extraction.of_kind("experience")) == [1, 2, 3]


NEW_JERSEY = (
    "Medical Records Technician\n"
    "EDUCATION: Graduation from an accredited college or university with an Associate's degree in Health Information "
    "Technology.\nNOTE: Applicants who do not possess the required education may substitute additional experience "
    "on a year-for-year basis, with thirty (30) semester hour credits being equal to one (1) year of experience.\n"
    "NOTE: Applicants who possess current registration as a Registered Health Information Technician (RHIT) may "
    "substitute such registration for the above education requirement.\n"
    "EXPERIENCE: Two (2) years of experience in the coding of medical records in a hospital.\n"
    "NOTE: A Bachelor's degree in Health Information Management may be substituted for the above experience.\n"
)


def test_a_college_whose_degree_is_named_after_it_is_that_degree(extract):
    assert [r.id for r in extract(NEW_JERSEY).of_kind("education")] == ["associate"]


def test_a_credential_substituted_for_the_education_is_not_asked(extract):
    assert ids(extract(NEW_JERSEY)) == {}


def test_credits_equal_to_a_year_are_a_rate_not_experience_asked(extract):
    extraction = extract(NEW_JERSEY)
    assert [r.years for r in extraction.of_kind("experience")] == [2]
