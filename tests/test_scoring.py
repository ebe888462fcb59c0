"""Score, verdict, items and weights: the formula of docs/scoring.md, and how plugins take part."""

from __future__ import annotations

import pytest
from conftest import SAMPLES, builtin_screener

from screener import Assessment, Credential, Profile, ScoringWeights, Screener, hookimpl
from screener.core.errors import DataFileError, DuplicateDefinitionError, PluginError
from screener.core.models import ProfileCredential
from screener.host.plugins import create_plugin_host

RHIT_REQUIRED = (SAMPLES / "postings" / "rhit-required.txt").read_text(encoding="utf-8")
INPATIENT_CODER = Profile.model_validate(
    {
        "education": [{"level": "associate", "field": "Health Information Management", "accredited_by": "CAHIIM"}],
        "credentials": [{"id": "RHIT"}],
        "coding_systems": ["ICD-10-CM", "ICD-10-PCS", "MS-DRG"],
        "software": ["Epic", "3M 360 Encompass"],
        "skills": [
            "medical terminology",
            "anatomy and physiology",
            "pathophysiology",
            "pharmacology",
            "clinical documentation improvement",
            "data abstraction",
        ],
        "experience": [{"years": 3, "coding": True, "setting": "inpatient"}],
    }
)
PATHS_POSTING = """Health Information Technician
Minimum Qualifications
You must meet one of the following:
- An associate degree in Health Information Technology and one year of experience in a health information department.
- A high school diploma and three years of experience in a health information department.
Preferred Qualifications
- RHIT preferred.
"""


def _recomputed(report) -> int:
    items = report.fit.items
    total = sum(item.weight for item in items)
    return int(100 * sum(item.weight * item.credit for item in items) / total + 0.5) if total else 100


def test_score_is_the_documented_formula_over_the_items(screener):
    for profile in (INPATIENT_CODER, Profile(), Profile(credentials=[{"id": "RHIT", "status": "eligible"}])):
        report = screener.screen(RHIT_REQUIRED, profile)
        assert report.fit.score == _recomputed(report)
        weights = screener.weights
        for item in report.fit.items:
            kinds = {report.requirements[i].kind for i in item.requirements}
            assert item.weight == weights.strength[item.strength] * max(weights.kind[k] for k in kinds)
            if item.status != "partial":
                assert item.credit == weights.credit[item.status]


def test_scoring_is_deterministic(screener):
    first = screener.screen(RHIT_REQUIRED, INPATIENT_CODER)
    assert all(screener.screen(RHIT_REQUIRED, INPATIENT_CODER) == first for _ in range(3))


@pytest.mark.parametrize(
    ("profile", "verdict"),
    [
        (INPATIENT_CODER, "qualified"),
        # eligible for the RHIT and 1 of 2 years: partial items, none unmet
        (
            INPATIENT_CODER.model_copy(
                update={
                    "credentials": [ProfileCredential(id="RHIT", status="eligible")],
                    "experience": [INPATIENT_CODER.experience[0].model_copy(update={"years": 1})],
                }
            ),
            "stretch",
        ),
        (INPATIENT_CODER.model_copy(update={"coding_systems": ["ICD-10-CM"]}), "not_qualified"),
        (Profile(), "not_qualified"),
    ],
    ids=["all-met", "partial-only", "one-unmet", "empty-profile"],
)
def test_verdict(screener, profile, verdict):
    report = screener.screen(RHIT_REQUIRED, profile)
    assert report.fit.verdict == verdict
    required = [item.status for item in report.fit.items if item.strength == "required"]
    if verdict == "qualified":
        assert set(required) == {"met"} and report.fit.score == 100
    elif verdict == "stretch":
        assert "unmet" not in required and "partial" in required
    else:
        assert "unmet" in required


def test_missing_items_come_most_important_first_with_next_steps(screener):
    report = screener.screen(RHIT_REQUIRED, Profile(coding_systems=["ICD-10-CM", "ICD-10-PCS"]))
    missing = report.fit.missing
    assert missing[0] == "RHIT"  # a required credential weighs most
    assert {"RHIT", "associate degree", "2 years of coding experience", "MS-DRG"} <= set(missing)
    preferred = [n for n, label in enumerate(missing) if label.endswith("(preferred)")]
    assert preferred == list(range(len(missing) - len(preferred), len(missing)))  # required first
    for item in report.fit.items:
        if item.status != "met":
            assert item.next_step


def test_preferred_items_do_not_change_the_verdict_but_lower_the_score(screener):
    text = "Coder\nQualifications\nHigh school diploma required.\nRHIA preferred.\n"
    report = screener.screen(text, Profile(education=[{"level": "high_school"}]))
    assert report.fit.verdict == "qualified"
    assert report.fit.missing == ["RHIA (preferred)"]
    assert report.fit.score == round(100 * 3 * 2 / (3 * 2 + 1 * 3))


def test_not_required_requirements_are_not_assessed(screener):
    report = screener.screen("Scanning Clerk\nNo certification required. RHIT not required.\n", Profile())
    assert [r.strength for r in report.requirements] == ["not_required"]
    assert report.fit.assessments == [] and report.fit.verdict == "qualified" and report.fit.score == 100


def test_alternative_paths_are_one_item_met_by_the_best_path(screener):
    three_years = Profile(
        education=[{"level": "high_school"}], experience=[{"years": 3, "areas": ["health_information"]}]
    )
    report = screener.screen(PATHS_POSTING, three_years)
    [paths] = [item for item in report.fit.items if item.kind == "paths"]
    assert paths.status == "met" and paths.reason.startswith("Best is path 2")
    assert report.fit.verdict == "qualified"
    two_years = three_years.model_copy(
        update={"experience": [three_years.experience[0].model_copy(update={"years": 2})]}
    )
    report = screener.screen(PATHS_POSTING, two_years)
    [paths] = [item for item in report.fit.items if item.kind == "paths"]
    assert paths.status == "partial" and report.fit.verdict == "stretch"
    assert paths.next_step == "1 more year of health information experience"


# ---------------------------------------------------------------------- weights


def test_weights_from_a_file_override_the_defaults_and_keep_the_rest(tmp_path):
    file = tmp_path / "weights.toml"
    file.write_text("[kind]\ncoding_system = 0\n\n[credit]\npartial = 0.9\n", encoding="utf-8")
    weighted = Screener(host=create_plugin_host(distributions={"screener"}), weights=file)
    assert weighted.weights.kind["coding_system"] == 0
    assert weighted.weights.kind["credential"] == ScoringWeights().kind["credential"]
    default = builtin_screener()
    no_pcs = Profile.model_validate({**INPATIENT_CODER.model_dump(), "coding_systems": ["ICD-10-CM"]})
    assert default.screen(RHIT_REQUIRED, no_pcs).fit.score < 100
    assert weighted.screen(RHIT_REQUIRED, no_pcs).fit.score == 100  # coding systems now weigh nothing
    assert weighted.screen(RHIT_REQUIRED, no_pcs).fit.verdict == "not_qualified"  # weights never change the verdict


def test_a_bad_weights_file_names_the_field_and_line(tmp_path):
    file = tmp_path / "weights.yaml"
    file.write_text("kind:\n  credential: 3\n  Not A Kind: 2\ncredit:\n  met: -1\n", encoding="utf-8")
    with pytest.raises(DataFileError) as raised:
        Screener(host=create_plugin_host(distributions={"screener"}), weights=file).weights  # noqa: B018
    message = str(raised.value)
    assert f'{file}:3: kind["Not A Kind"]' in message
    assert f"{file}:5: credit.met" in message or f"{file}:4: credit" in message


class HeavySoftware:
    @hookimpl
    def screener_scoring_weights(self):
        return {"kind": {"software": 5}}


class LightSoftware:
    @hookimpl
    def screener_scoring_weights(self):
        return ScoringWeights.model_validate({"kind": {"software": 0.1}})


def test_a_plugin_sets_weights_and_a_file_overrides_it(tmp_path):
    assert builtin_screener(plugins=[HeavySoftware()]).weights.kind["software"] == 5
    file = tmp_path / "weights.json"
    file.write_text('{"kind": {"software": 1.5}}', encoding="utf-8")
    host = create_plugin_host(distributions={"screener"}, plugins=[HeavySoftware()])
    assert Screener(host=host, weights=file).weights.kind["software"] == 1.5


def test_two_plugins_giving_different_weights_name_both():
    with pytest.raises(DuplicateDefinitionError) as raised:
        builtin_screener(plugins=[HeavySoftware(), LightSoftware()]).weights  # noqa: B018
    assert "'HeavySoftware'" in str(raised.value) and "'LightSoftware'" in str(raised.value)
    assert "kind.software" in str(raised.value)


# ---------------------------------------------------------------------- assessing plugins


class RaisingAssessor:
    @hookimpl(tryfirst=True)
    def screener_assess(self, requirement):
        if requirement.kind == "credential":
            raise RuntimeError("assessor bug")


class GarbageAssessor:
    @hookimpl(tryfirst=True)
    def screener_assess(self, requirement):
        return "met" if requirement.kind == "credential" else None


class LenientAssessor:
    """A third-party rule that overrides the built-in one for one credential."""

    @hookimpl(tryfirst=True)
    def screener_assess(self, requirement, profile, knowledge):
        if requirement.kind == "credential" and requirement.id == "RHIT" and "RHIT" in knowledge.credentials:
            return Assessment(status="met", reason="Our clinic accepts anyone.", source="https://example.invalid/rule")
        return None


def test_a_failing_assessor_is_reported_by_plugin_and_hook_and_the_rest_goes_on():
    screener = builtin_screener(plugins=[RaisingAssessor()])
    report = screener.screen(RHIT_REQUIRED, INPATIENT_CODER)
    [error] = report.errors
    assert (error.code, error.plugin, error.hook) == ("plugin_error", "RaisingAssessor", "screener_assess")
    assert "assessor bug" in error.message
    [rhit] = [a for a in report.fit.assessments if a.id == "RHIT"]
    assert rhit.status == "unknown" and "RaisingAssessor" in rhit.reason
    assert {a.status for a in report.fit.assessments if a.kind != "credential"} == {"met"}
    assert report.fit.verdict == "stretch"


def test_a_failing_assessor_raises_in_strict_mode():
    with pytest.raises(PluginError) as raised:
        builtin_screener(plugins=[RaisingAssessor()], strict=True).screen(RHIT_REQUIRED, INPATIENT_CODER)
    assert raised.value.plugin == "RaisingAssessor" and raised.value.hook == "screener_assess"


def test_an_invalid_answer_is_a_plugin_error():
    report = builtin_screener(plugins=[GarbageAssessor()]).screen(RHIT_REQUIRED, INPATIENT_CODER)
    assert [e.plugin for e in report.errors] == ["GarbageAssessor"]
    assert "expected an Assessment" in report.errors[0].message


def test_an_installed_plugin_is_asked_before_the_built_ins():
    report = builtin_screener(plugins=[LenientAssessor()]).screen(RHIT_REQUIRED, Profile())
    [rhit] = [a for a in report.fit.assessments if a.id == "RHIT"]
    assert (rhit.status, rhit.plugin, rhit.source) == ("met", "LenientAssessor", "https://example.invalid/rule")


class CCDSOnly:
    @hookimpl
    def screener_credentials(self):
        return [Credential(id="CCDS", name="Certified Clinical Documentation Specialist", issuer="ACDIS")]


def test_a_requirement_no_plugin_assesses_is_unknown():
    screener = Screener(host=create_plugin_host(entry_points=False, plugins=[CCDSOnly()]))
    report = screener.screen("CDI Specialist\nCCDS required.\n", Profile(credentials=[{"id": "CCDS"}]))
    [assessment] = report.fit.assessments
    assert assessment.status == "unknown" and assessment.plugin is None
    assert "No installed plugin" in assessment.reason
    assert report.fit.verdict == "stretch"


def test_a_third_party_credential_is_assessed_from_its_documented_fields():
    screener = builtin_screener(plugins=[CCDSOnly()])
    held = screener.screen("CDI Specialist\nCCDS required.\n", Profile(credentials=[{"id": "ccds"}]))
    assert held.fit.assessments[0].status == "met"
    not_held = screener.screen("CDI Specialist\nCCDS required.\n", Profile())
    assert not_held.fit.assessments[0].status == "unmet"
    assert "Earn CCDS" in not_held.fit.assessments[0].next_step


# ---------------------------------------------------------------------- the library API


def test_screen_many_streams_in_order_and_equals_screen(screener):
    texts = [RHIT_REQUIRED, "CPC or CCS required.", "", PATHS_POSTING] * 3
    profile = INPATIENT_CODER.model_dump()
    streamed = screener.screen_many(iter(texts), profile, batch_size=2)
    assert not isinstance(streamed, list)
    assert list(streamed) == [screener.screen(text, INPATIENT_CODER) for text in texts]


def test_screen_sources_keeps_unreadable_sources_in_place(screener, tmp_path):
    missing = str(tmp_path / "missing.txt")
    reports = list(screener.screen_sources([str(SAMPLES / "postings" / "rhit-required.txt"), missing], INPATIENT_CODER))
    assert reports[0].fit.verdict == "qualified"
    assert reports[1].source == missing and reports[1].fit is None and reports[1].errors[0].code == "read_error"


def test_the_fit_report_is_the_extraction_plus_fit(screener):
    extraction = screener.extract(RHIT_REQUIRED)
    report = screener.screen(RHIT_REQUIRED, INPATIENT_CODER)
    data = report.model_dump(mode="json")
    assert {k: v for k, v in data.items() if k != "fit"} == extraction.model_dump(mode="json")
    assert set(data["fit"]) == {"score", "verdict", "assessments", "items", "missing", "note"}
    for assessment in data["fit"]["assessments"]:
        requirement = data["requirements"][assessment["requirement"]]
        assert (assessment["kind"], assessment["id"]) == (requirement["kind"], requirement["id"])
        assert assessment["status"] in {"met", "partial", "unmet", "unknown"} and assessment["reason"]


def test_the_documented_default_weights_are_the_defaults():
    docs = (SAMPLES.parent / "docs" / "scoring.md").read_text(encoding="utf-8")
    documented: dict[str, dict[str, float]] = {}
    table = None
    for line in docs.splitlines():
        cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")] if line.startswith("| ") else []
        if len(cells) == 3 and cells[2] and cells[2].split()[0].replace(".", "").isdigit():
            table = cells[0] or table
            documented.setdefault(table, {})[cells[1]] = float(cells[2].split()[0])
    assert documented == ScoringWeights().model_dump()


@pytest.mark.parametrize(
    ("text", "verdict", "note"),
    [
        ("Medical Coder\nClinical coding of inpatient episodes. Join our team!\n", "stretch", "states no requirement"),
        ("Warehouse Associate\nMust be able to lift 50 pounds.\n", "not_qualified", "not health-information work"),
    ],
)
def test_a_posting_with_nothing_to_assess_scores_zero_with_a_note(screener, text, verdict, note):
    report = screener.screen(text, Profile(credentials=[]))
    assert report.requirements == []
    assert (report.fit.score, report.fit.verdict) == (0, verdict)
    assert note in report.fit.note
    assert report.fit.items == [] and report.fit.assessments == [] and report.fit.missing == []
