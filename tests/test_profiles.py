"""Candidate profiles: YAML, JSON and TOML; errors that name the file, the field and the line, never the values."""

from __future__ import annotations

import json

import pytest
from conftest import SAMPLES

from screener import Profile, load_profile
from screener.core.errors import DataFileError
from screener.fit.profiles import TEMPLATE, profile_warnings

PROFILES = sorted((SAMPLES / "profiles").glob("*.yaml"))


def test_there_are_the_three_sample_profiles():
    names = {p.stem for p in PROFILES}
    assert {"new-graduate-rhit-eligible", "cpc-a-one-year", "rhia-five-years-inpatient"} <= names


@pytest.mark.parametrize("path", PROFILES, ids=lambda p: p.stem)
def test_sample_profiles_are_valid(screener, path):
    profile = load_profile(path)
    assert profile.education or profile.credentials
    for warning in profile_warnings(profile, screener.knowledge):
        # names the knowledge base does not have yet are reported by field path, never by value
        field = warning.split(":")[0]
        assert field.split("[")[0] in Profile.model_fields
        assert not any(name in warning for name in [*profile.software, *profile.coding_systems])


def test_the_same_profile_in_three_formats(tmp_path):
    data = {
        "education": [{"level": "associate", "accredited_by": "CAHIIM"}],
        "credentials": [{"id": "RHIT", "status": "active", "earned": "2022-05-01"}],
        "experience": [{"years": 1.5, "coding": True, "setting": "inpatient"}],
    }
    (tmp_path / "p.json").write_text(json.dumps(data))
    (tmp_path / "p.yaml").write_text(
        "education:\n  - level: associate\n    accredited_by: CAHIIM\n"
        "credentials:\n  - id: RHIT\n    status: active\n    earned: 2022-05-01\n"
        "experience:\n  - years: 1.5\n    coding: true\n    setting: inpatient\n"
    )
    (tmp_path / "p.toml").write_text(
        '[[education]]\nlevel = "associate"\naccredited_by = "CAHIIM"\n\n'
        '[[credentials]]\nid = "RHIT"\nstatus = "active"\nearned = 2022-05-01\n\n'
        '[[experience]]\nyears = 1.5\ncoding = true\nsetting = "inpatient"\n'
    )
    loaded = [load_profile(tmp_path / f"p.{ext}") for ext in ("json", "yaml", "toml")]
    assert loaded[0] == loaded[1] == loaded[2] == Profile.model_validate(data)


SECRET = "Jane Q. Private"
BAD_YAML = f"""name: {SECRET}
education:
  - level: asociate
credentials:
  - id: RHIT
    status: activ3
experience:
  - years: -2
    employer_secret: {SECRET}
"""


def test_yaml_errors_name_the_file_field_and_line_but_no_value(tmp_path):
    path = tmp_path / "me.yaml"
    path.write_text(BAD_YAML)
    with pytest.raises(DataFileError) as raised:
        load_profile(path)
    message = str(raised.value)
    assert f"{path}:3: education[0].level:" in message
    assert f"{path}:6: credentials[0].status:" in message
    assert f"{path}:8: experience[0].years:" in message
    assert f"{path}:9: experience[0].employer_secret:" in message
    assert SECRET not in message and "asociate" not in message and "activ3" not in message
    assert [p[:2] for p in raised.value.problems] == [
        ("education[0].level", 3),
        ("credentials[0].status", 6),
        ("experience[0].years", 8),
        ("experience[0].employer_secret", 9),
    ]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("dup.yaml", "name: a\nmemberships: []\nname: b\n", ":3: name: the key is given twice"),
        ("syntax.yaml", "credentials: [RHIT\n", ":2: invalid YAML"),
        ("list.yaml", "- RHIT\n", "a mapping of fields"),
        ("empty.yaml", "# nothing yet\n", "the profile is empty"),
        ("syntax.json", '{"credentials": [}', ":1: invalid JSON"),
        ("types.json", '{"experience": [{"years": "many"}]}', "experience[0].years:"),
        ("syntax.toml", "credentials = [\n", "invalid TOML"),
        ("types.toml", '[[credentials]]\nid = "RHIT"\nstatus = 3\n', "credentials[0].status:"),
        ("profile.txt", "name: x\n", "must be a .yaml, .yml, .json or .toml file"),
    ],
)
def test_every_kind_of_bad_file_is_a_clear_error(tmp_path, name, text, expected):
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(DataFileError) as raised:
        load_profile(path)
    assert str(raised.value).startswith(str(path)) and expected in str(raised.value)


def test_yaml_is_loaded_safely(tmp_path):
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.yaml"
    path.write_text(f'name: !!python/object/apply:os.system ["touch {marker}"]\n')
    with pytest.raises(DataFileError) as raised:
        load_profile(path)
    assert not marker.exists()
    assert f"{path}:1: invalid YAML" in str(raised.value)


def test_the_template_is_a_valid_commented_profile(tmp_path):
    path = tmp_path / "template.yaml"
    path.write_text(TEMPLATE)
    profile = load_profile(path)
    assert profile.education and profile.credentials and profile.experience
    commented = [line for line in TEMPLATE.splitlines() if line.lstrip().startswith("#")]
    for field in Profile.model_fields:
        assert any(field in line for line in TEMPLATE.splitlines()), field
    assert len(commented) >= 15


def test_unknown_names_are_warned_about_by_field_path(screener):
    profile = Profile(credentials=[{"id": "rhit"}, {"id": "XYZZY"}], coding_systems=["icd10cm", "Klingon"])
    assert profile_warnings(profile, screener.knowledge) == [
        "credentials[1].id: no installed plugin defines this credential",
        "coding_systems[1]: no installed plugin defines this skill",
    ]


def test_docs_describe_every_profile_field_with_an_example():
    from screener.core.models import ProfileCredential, ProfileEducation, ProfileExperience

    docs = (SAMPLES.parent / "docs" / "profile.md").read_text(encoding="utf-8")
    for field in Profile.model_fields:
        assert f"`{field}`" in docs and f"\n{field}:" in docs, field
    for model in (ProfileEducation, ProfileCredential, ProfileExperience):
        for field in model.model_fields:
            assert f"| `{field}` |" in docs, (model.__name__, field)
