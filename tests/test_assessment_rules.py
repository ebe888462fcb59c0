"""The assessment rules of the fit score, one row each, on real posting text run through the extractor.

Every row screens a posting (a bundled sample, or sentences written the way
postings write them) against a small profile and checks the status of one
requirement, plus what the row is about (a next step, its source, the reason).
CPC-A and ODS-C come from small test plugins only while the built-in knowledge
base does not define them yet; the rows run unchanged on the real plugins.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from conftest import SAMPLES, builtin_screener

from screener import Credential, FitReport, Prerequisite, Profile, hookimpl

APPRENTICESHIP = "https://aapc.com/certifications/cpc/complete-your-cpc-apprenticeship"

CPC_A = Credential(
    id="CPC-A",
    name="Certified Professional Coder - Apprentice",
    issuer="AAPC",
    aliases=["CPC Apprentice"],
    apprentice_of="CPC",
    prerequisites=[
        Prerequisite(kind="membership", description="AAPC membership"),
        Prerequisite(kind="exam", description="Pass the CPC exam (the same exam as the CPC)"),
    ],
    sources=[APPRENTICESHIP],
)
ODS_C = Credential(
    id="ODS-C",
    name="Oncology Data Specialist-Certified",
    issuer="NCRA",
    aliases=["Oncology Data Specialist"],
    implies_education="associate",
    equivalent_to=["CTR"],
    sources=["https://www.ncra-usa.org/ODS-Credential/Current-ODS"],
)


class MissingCredentials:
    """Defines the credentials the rows need that the built-in knowledge base does not (yet)."""

    def __init__(self, credentials: list[Credential]) -> None:
        self.credentials = credentials

    @hookimpl
    def screener_credentials(self):
        return self.credentials


@pytest.fixture(scope="module")
def screener():
    base = builtin_screener()
    missing = [c for c in (CPC_A, ODS_C) if c.id not in base.knowledge.credentials]
    return builtin_screener(plugins=[MissingCredentials(missing)]) if missing else base


def sample(name: str) -> str:
    return (SAMPLES / "postings" / f"{name}.txt").read_text(encoding="utf-8")


NEW_GRADUATE = {
    "education": [
        {"level": "high_school"},
        {"level": "associate", "field": "Health Information Technology", "accredited_by": "CAHIIM"},
    ]
}
CPC_APPRENTICE = {
    "education": [{"level": "high_school"}],
    "credentials": [{"id": "CPC-A"}],
    "experience": [{"years": 1, "coding": True, "setting": "professional_fee"}],
    "memberships": ["AAPC"],
}


#: Meets everything the coder samples ask for except the credential.
CODER = {
    "education": [{"level": "high_school"}],
    "coding_systems": ["ICD-10-CM", "CPT", "HCPCS", "E/M", "MS-DRG"],
    "skills": ["hipaa", "coding compliance"],
    "experience": [{"years": 6, "coding": True}],
}


def coding_years(years: float, **extra: object) -> dict:
    return {"experience": [{"years": years, "coding": True}], **extra}


@dataclass(frozen=True)
class Rule:
    name: str
    posting: str
    profile: dict
    kind: str
    id: str
    status: str
    check: Callable[[FitReport, object], None] = field(default=lambda report, assessment: None)


def _next_step_mentions(*words: str) -> Callable[[FitReport, object], None]:
    def check(report, assessment):
        for word in words:
            assert word in (assessment.next_step or ""), (word, assessment.next_step)

    return check


def _reason_mentions(*words: str) -> Callable[[FitReport, object], None]:
    def check(report, assessment):
        for word in words:
            assert word in assessment.reason, (word, assessment.reason)

    return check


def _apprentice_next_steps(report, assessment):
    """The documented ways to remove the apprentice "-A", each a next step with its source."""
    assert assessment.credit is not None and 0 < assessment.credit < 1
    assert all(step.source for step in assessment.next_steps)
    assert APPRENTICESHIP in {step.source for step in assessment.next_steps}
    texts = " ".join(step.text for step in assessment.next_steps)
    assert "2 years" in texts
    assert "your profile shows 1 year of coding experience" in texts
    assert "CPC-A" in assessment.reason


def _eligible_next_step_is_the_exam(report, assessment):
    assert assessment.credit == 0.5
    assert "exam" in assessment.next_step.lower()
    assert assessment.source and assessment.next_steps[0].source
    assert "CAHIIM" in assessment.reason


def _equivalence_needs(years: float):
    def check(report, assessment):
        assert f"{years:g} years" in assessment.reason, assessment.reason

    return check


def _scaled(credit: float):
    def check(report, assessment):
        assert assessment.credit == pytest.approx(credit)

    return check


def _group_is_one_met_item(report, assessment):
    """The group counts once, as met; every other requirement is met too, so the verdict is qualified."""
    assert report.requirements[assessment.requirement].any_of is not None
    items = [item for item in report.fit.items if assessment.requirement in item.requirements]
    assert len(items) == 1 and len(items[0].requirements) > 1
    assert items[0].status == "met"
    assert report.fit.verdict == "qualified", report.fit.missing


RULES = [
    # eligibility: the credential's education prerequisites met, the exam not taken
    Rule(
        "eligible meets 'RHIT or RHIT-eligible'",
        sample("rhit-eligible"),
        NEW_GRADUATE,
        "credential",
        "RHIT",
        "met",
        _reason_mentions("eligible", "CAHIIM"),
    ),
    Rule(
        "eligible meets 'RHIT within 12 months of hire'",
        "Coder I\nQualifications\n- Must obtain RHIT within 12 months of hire.\n",
        NEW_GRADUATE,
        "credential",
        "RHIT",
        "met",
        _next_step_mentions("within 12 months of hire"),
    ),
    Rule(
        "eligible is partial against plain 'RHIT required'",
        sample("rhit-required"),
        NEW_GRADUATE,
        "credential",
        "RHIT",
        "partial",
        _eligible_next_step_is_the_exam,
    ),
    Rule(
        "an associate degree without the accreditation is not RHIT-eligible",
        sample("rhit-eligible"),
        {"education": [{"level": "associate", "field": "Health Information Technology"}]},
        "credential",
        "RHIT",
        "unmet",
        _next_step_mentions("CAHIIM"),
    ),
    # the apprentice form
    Rule(
        "CPC-A against 'CPC required' is partial",
        "Coding Specialist\nCertified Professional Coder (CPC) required.\n",
        CPC_APPRENTICE,
        "credential",
        "CPC",
        "partial",
        _apprentice_next_steps,
    ),
    # education levels
    Rule(
        "a higher degree meets a lower requirement",
        sample("rhit-required"),
        {"education": [{"level": "bachelor", "field": "Health Information Management"}]},
        "education",
        "associate",
        "met",
    ),
    Rule(
        "a lower degree does not",
        "Qualifications\nBachelor's degree required.\n",
        {"education": [{"level": "associate"}]},
        "education",
        "bachelor",
        "unmet",
    ),
    Rule(
        "equivalent experience stands in for the degree",
        sample("associate-or-equivalent"),
        {"education": [{"level": "high_school"}], "experience": [{"years": 4, "areas": ["health_information"]}]},
        "education",
        "associate",
        "met",
        _equivalence_needs(4),
    ),
    Rule(
        "too little equivalent experience is partial",
        sample("associate-or-equivalent"),
        {"education": [{"level": "high_school"}], "experience": [{"years": 2, "areas": ["health_information"]}]},
        "education",
        "associate",
        "partial",
        _scaled(0.5),
    ),
    Rule(
        "without 'or equivalent experience' years do not replace the degree",
        sample("rhit-required"),
        {"education": [{"level": "high_school"}], "experience": [{"years": 10, "coding": True}]},
        "education",
        "associate",
        "unmet",
    ),
    Rule(
        "a degree from another accreditor is partial",
        "Qualifications\nAssociate degree in Health Information Technology from a CAHIIM-accredited program "
        "required.\n",
        {"education": [{"level": "associate", "field": "Health Information Technology"}]},
        "education",
        "associate",
        "partial",
        _next_step_mentions("accredited_by: CAHIIM"),
    ),
    # credentials imply education, where the issuer documents it
    Rule(
        "RHIA implies a bachelor's degree",
        "Qualifications\nBachelor's degree required.\n",
        {"credentials": [{"id": "RHIA"}]},
        "education",
        "bachelor",
        "met",
        _reason_mentions("RHIA"),
    ),
    Rule(
        "CPC implies no degree",
        sample("rhit-required"),
        {"credentials": [{"id": "CPC"}]},
        "education",
        "associate",
        "unmet",
    ),
    # supersedes, where the issuer says so, and otherwise not
    Rule(
        "RHIA supersedes RHIT",
        sample("rhit-required"),
        {"credentials": [{"id": "RHIA"}]},
        "credential",
        "RHIT",
        "met",
        _reason_mentions("supersedes", "AHIMA"),
    ),
    Rule(
        "RHIT does not meet 'RHIA required'",
        "Qualifications\nRHIA required.\n",
        {"credentials": [{"id": "RHIT"}]},
        "credential",
        "RHIA",
        "unmet",
    ),
    Rule(
        "CPC does not meet 'CCS required'",
        "Qualifications\nCCS required.\n",
        {"credentials": [{"id": "CPC"}]},
        "credential",
        "CCS",
        "unmet",
    ),
    Rule(
        "CCS does not meet 'RHIT required'",
        sample("rhit-required"),
        {"credentials": [{"id": "CCS"}]},
        "credential",
        "RHIT",
        "unmet",
    ),
    # any-of groups: met by any member, one item for the verdict
    Rule(
        "any member meets 'CPC or CCS required'",
        sample("cpc-or-ccs"),
        {**CODER, "credentials": [{"id": "CCS"}]},
        "credential",
        "CCS",
        "met",
        _group_is_one_met_item,
    ),
    Rule(
        "the members not held do not matter",
        sample("multi-credential-coder"),
        {**CODER, "credentials": [{"id": "RHIT"}]},
        "credential",
        "CPC",
        "partial",
        _group_is_one_met_item,
    ),
    # coding-system families
    Rule(
        "ICD-10-CM meets generic ICD-10",
        "Coder\nProficiency in ICD-10 and CPT coding required.\n",
        {"coding_systems": ["ICD-10-CM", "CPT"]},
        "coding_system",
        "ICD-10",
        "met",
        _reason_mentions("ICD-10-CM"),
    ),
    Rule(
        "ICD-10-CM does not meet ICD-10-PCS",
        sample("rhit-required"),
        {"coding_systems": ["ICD-10-CM"]},
        "coding_system",
        "ICD-10-PCS",
        "unmet",
        _next_step_mentions("ICD-10-PCS"),
    ),
    Rule(
        "an alias in the profile counts",
        sample("rhit-required"),
        {"coding_systems": ["icd10pcs"]},
        "coding_system",
        "ICD-10-PCS",
        "met",
    ),
    # years of experience
    Rule("enough years meet", sample("rhit-required"), coding_years(3), "experience", "coding", "met"),
    Rule(
        "fewer years are partial, scaled",
        sample("rhit-required"),
        coding_years(1),
        "experience",
        "coding",
        "partial",
        _scaled(0.5),
    ),
    Rule(
        "fewer years: scaled by the share",
        sample("multi-credential-coder"),
        coding_years(1),
        "experience",
        "coding",
        "partial",
        _scaled(0.2),
    ),
    Rule(
        "no years are unmet",
        sample("rhit-required"),
        {"experience": [{"years": 4, "areas": ["billing"]}]},
        "experience",
        "coding",
        "unmet",
    ),
    # expired and equivalent credentials
    Rule(
        "an expired credential does not meet",
        sample("rhit-required"),
        {"credentials": [{"id": "RHIT", "status": "expired"}]},
        "credential",
        "RHIT",
        "unmet",
        _next_step_mentions("Reinstate", "CEUs"),
    ),
    Rule(
        "a past expiry date is expired",
        sample("rhit-required"),
        {"credentials": [{"id": "RHIT", "expires": "2020-12-31"}]},
        "credential",
        "RHIT",
        "unmet",
        _reason_mentions("2020-12-31"),
    ),
    Rule(
        "an expired superseding credential does not meet either",
        sample("rhit-required"),
        {"credentials": [{"id": "RHIA", "status": "expired"}]},
        "credential",
        "RHIT",
        "unmet",
    ),
    Rule(
        "ODS-C meets 'CTR required'",
        sample("cancer-registrar-ctr"),
        {"credentials": [{"id": "ODS-C"}]},
        "credential",
        "CTR",
        "met",
        _reason_mentions("equivalent"),
    ),
    Rule(
        "CTR meets 'ODS-C required'",
        "Cancer Registrar\nQualifications\nODS-C required.\n",
        {"credentials": [{"id": "CTR"}]},
        "credential",
        "ODS-C",
        "met",
        _reason_mentions("equivalent"),
    ),
]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_assessment_rule(screener, rule):
    report = screener.screen(rule.posting, Profile.model_validate(rule.profile))
    assert report.errors == []
    found = [a for a in report.fit.assessments if (a.kind, a.id) == (rule.kind, rule.id)]
    assert found, f"the extractor found no {rule.kind} {rule.id}: {[(r.kind, r.id) for r in report.requirements]}"
    assessment = found[0]
    assert assessment.status == rule.status, assessment.reason
    assert assessment.reason
    if assessment.status in ("partial", "unmet"):
        assert assessment.next_step, "every partial or unmet requirement has a next step"
    rule.check(report, assessment)
