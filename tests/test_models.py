"""The pydantic models: validation that names the field, JSON shape, JSON Schema export."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from screener import Credential, CredentialRequirement, Evidence, Extraction, Skill
from screener.core.models import SCHEMA_MODELS, json_schema


def test_smallest_credential_needs_only_four_fields():
    credential = Credential(
        id="CCDS", name="Certified Clinical Documentation Specialist", issuer="ACDIS", aliases=["CCDS"]
    )
    assert credential.prerequisites == [] and credential.sources == [] and credential.verified is True


@pytest.mark.parametrize("bad_id", ["rhit", "RH IT", "", " RHIT"])
def test_credential_id_must_be_an_upper_case_acronym(bad_id):
    with pytest.raises(ValidationError) as raised:
        Credential(id=bad_id, name="x", issuer="y")
    assert raised.value.errors()[0]["loc"] == ("id",)


def test_unknown_fields_are_refused():
    with pytest.raises(ValidationError, match="alias"):
        Credential(id="RHIT", name="x", issuer="y", alias=["typo"])


@pytest.mark.parametrize("category", ["EHR", "education", "credential", "two words", ""])
def test_skill_category_is_checked(category):
    with pytest.raises(ValidationError) as raised:
        Skill(id="Epic", name="Epic", category=category)
    assert raised.value.errors()[0]["loc"] == ("category",)


def test_a_plugin_may_name_a_kind_of_its_own():
    """Kinds are open: a skill's category becomes the kind of its requirements, validated and scored."""
    from screener import SkillRequirement
    from screener.core.models import REQUIREMENT_ADAPTER

    assert Skill(id="BLS", name="Basic Life Support", category="license").category == "license"
    requirement = REQUIREMENT_ADAPTER.validate_python(
        {"kind": "license", "id": "BLS", "strength": "required", "mention": {"text": "BLS", "start": 0, "end": 3}}
    )
    assert isinstance(requirement, SkillRequirement) and requirement.kind == "license"


def test_evidence_must_agree_with_its_offsets():
    text = "Must hold RHIT."
    assert Evidence.of(text, 10, 14).text == "RHIT"
    with pytest.raises(ValidationError):
        Evidence(text="RHIT", start=10, end=20)
    with pytest.raises(ValidationError):
        Evidence(text="", start=5, end=4)


def test_extraction_json_round_trips_with_the_right_requirement_types():
    text = "RHIT required"
    extraction = Extraction(
        source="x.txt",
        requirements=[
            CredentialRequirement(
                id="RHIT", strength="required", evidence=Evidence.of(text, 0, 13), mention=Evidence.of(text, 0, 4)
            )
        ],
    )
    data = extraction.model_dump(mode="json")
    assert data["schema_version"] == 1
    assert data["requirements"][0]["kind"] == "credential"
    again = Extraction.model_validate(data)
    assert isinstance(again.requirements[0], CredentialRequirement)
    assert again == extraction


@pytest.mark.parametrize("name", sorted(SCHEMA_MODELS))
def test_every_model_exports_a_json_schema(name):
    schema = json_schema(name)
    assert schema.get("type") == "object" or "oneOf" in schema or "anyOf" in schema or "discriminator" in schema


def test_unknown_schema_name_is_a_clear_error():
    with pytest.raises(ValueError, match="choose from"):
        json_schema("nope")


def test_holding_another_credential_is_a_route_named_after_it():
    from screener import Prerequisite

    step = Prerequisite.holding("RHIT", source="https://example.org/rhit", verified=False)
    assert (step.kind, step.credential, step.route, step.description) == ("credential", "RHIT", "rhit", "Hold the RHIT")
    assert step.source == "https://example.org/rhit" and step.verified is False
