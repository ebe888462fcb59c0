"""Health-tech companies, government contractors, research roles and HIM operations of the written35 round, with
texts written for the test: an acronym spelled out as something else later in the posting, the letters of someone
the job works with, a team's letters in brackets, a product funnel's CTR, chart abstraction as experience, and a
degree named by its letters in an "in lieu of" route.
"""

from __future__ import annotations

from test_real_posting_phenomena import asked, years


def test_an_acronym_spelled_out_as_something_else_further_on(extract):
    extraction = extract(
        "Honest Broker Analyst\n\nExtracts the minimum necessary data from the electronic health record and the "
        "enterprise ODS.\n\nWrites SQL against the enterprise Operational Data Store (ODS).\n\nPreferred: RHIA.\n"
    )
    assert asked(extraction) == {"RHIA": "preferred"}


def test_the_credential_itself_before_another_name_is_still_asked(extract):
    # the guard: a credential signal right around it says it is one
    extraction = extract(
        "Cancer Registrar\n\nODS-C certification required.\n\nData flows to the Operational Data Store (ODS).\n"
    )
    assert asked(extraction) == {"ODS-C": "required"}


def test_the_letters_of_someone_the_job_works_with(extract):
    extraction = extract(
        "ROI Specialist\n\nEscalate questionable requests to Disclosa's Privacy Officer (CHPS), who reviews every "
        "escalation. Report to our Coding Manager (RHIA, CCS).\n\nPreferred: RHIT.\n"
    )
    assert asked(extraction) == {"RHIT": "preferred"}


def test_a_job_s_own_title_with_its_letters_is_still_asked(extract):
    extraction = extract("Coding Manager (CCS required)\n\nWe are hiring a Coding Manager.\n")
    assert asked(extraction) == {"CCS": "required"}


def test_a_team_s_letters_in_brackets(extract):
    extraction = extract(
        "Clinical Research Coordinator\n\nOur cancer registrars (ODS-C) provide vital-status follow-up.\n\n"
        "Required: RHIT.\n"
    )
    assert asked(extraction) == {"RHIT": "required"}


def test_a_product_funnel_s_click_through_rate(extract):
    extraction = extract(
        "Product Manager, Inpatient Coding\n\n- Define product metrics and the in-product funnel (activation, CTR on "
        "suggested queries, retention).\n\nRequired: CCS or CIC.\n"
    )
    assert asked(extraction) == {"CCS": "required", "CIC": "required"}


def test_chart_abstraction_after_a_figure_is_experience(extract):
    extraction = extract("Chart Abstractor\n\nRequirements:\n* 2+ yrs chart abstraction (research or registry)\n")
    assert years(extraction) == {2}


def test_a_degree_s_letters_in_an_in_lieu_of_route(extract):
    extraction = extract(
        "Outpatient Coder\n\nYears of Experience: 5 | Education: BS | Certification: RHIT or CCS\n"
        "*In lieu of BS, an additional 4 years of relevant experience (9 yrs total) will be accepted.\n"
    )
    assert years(extraction) == {5}
