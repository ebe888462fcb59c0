"""One test per hook of the contract (``test_hook_<name>``), each through the public API.

tests/test_plugin_docs.py fails when a hook in screener/core/hookspecs.py has no
``test_hook_<name>`` anywhere in tests/.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screener import (
    Assessment,
    Credential,
    Evidence,
    Posting,
    Profile,
    ReadError,
    Skill,
    SkillRequirement,
    hookimpl,
)
from screener.core.errors import DuplicateDefinitionError, PluginError
from screener.core.models import CredentialRequirement
from screener.testing import build_screener

POSTING = (
    "Clinical Data Abstractor\n\nRequirements:\n- ABSTR-X required\n- Typing at 45 wpm\n- Acme Encoder Pro preferred\n"
)


class AbstractorCredential:
    @hookimpl
    def screener_credentials(self):
        return [
            Credential(id="ABSTR-X", name="Certified Abstraction Examiner", issuer="Example Board"),
            {"id": "ABSTR-Y", "name": "Advanced Abstraction Examiner", "issuer": "Example Board"},
        ]


class EncoderSkill:
    @hookimpl
    def screener_skills(self):
        return [Skill(id="acme-encoder", name="Acme Encoder Pro", category="software", aliases=["AEP"])]


class TypingSpeed:
    """Finds "typing at N wpm", which no vocabulary can list, as a skill requirement."""

    @hookimpl
    def screener_extract(self, posting):
        start = posting.text.find("Typing at")
        if start < 0:
            return None
        end = posting.text.index("wpm", start) + len("wpm")
        return [SkillRequirement(kind="skill", id="typing-speed", mention=Evidence.of(posting.text, start, end))]


class JsonPostingReader:
    """Reads ``*.posting.json`` files: {"title": ..., "description": ...}."""

    @hookimpl
    def screener_read(self, source):
        if not source.endswith(".posting.json"):
            return None
        data = json.loads(Path(source).read_text(encoding="utf-8"))
        return Posting(text=data["description"], title=data["title"], source=source)


class CredentialHolder:
    """Answers for credentials the profile holds; says nothing about anything else."""

    @hookimpl
    def screener_assess(self, requirement, profile):
        if requirement.kind != "credential":
            return None
        held = {c.id for c in profile.credentials if c.status == "active"}
        status = "met" if requirement.id in held else "unmet"
        return {"status": status, "reason": f"{requirement.id} {'held' if status == 'met' else 'not held'}"}


class EverythingUnknown:
    @hookimpl(trylast=True)
    def screener_assess(self, requirement):
        return Assessment(status="unknown", reason="no rule for this requirement")


def _requirement(id="ABSTR-X"):
    return CredentialRequirement(id=id, strength="required", mention=Evidence(text=id, start=0, end=len(id)))


def test_hook_screener_credentials():
    screener = build_screener(AbstractorCredential())
    assert {"ABSTR-X", "ABSTR-Y"} <= set(screener.knowledge.credentials)
    extraction = screener.extract(POSTING)
    assert ("ABSTR-X", "required") in [(r.id, r.strength) for r in extraction.requirements]
    extraction = screener.extract("Advanced Abstraction Examiner preferred.")
    assert [(r.id, r.strength) for r in extraction.of_kind("credential")] == [("ABSTR-Y", "preferred")]


def test_hook_screener_skills():
    screener = build_screener(EncoderSkill())
    extraction = screener.extract(POSTING)
    assert [(r.kind, r.id, r.strength) for r in extraction.of_kind("software")] == [
        ("software", "acme-encoder", "preferred")
    ]
    assert screener.extract("AEP required").ids("software") == ["acme-encoder"]


def test_hook_screener_extract():
    screener = build_screener(TypingSpeed())
    extraction = screener.extract(POSTING)
    (typing,) = [r for r in extraction.requirements if r.id == "typing-speed"]
    assert typing.strength == "required"  # read by the core from the "Requirements:" section
    assert typing.mention.text == "Typing at 45 wpm"
    assert POSTING[typing.evidence.start : typing.evidence.end] == typing.evidence.text
    assert extraction.errors == []


def test_hook_screener_read(tmp_path):
    screener = build_screener(JsonPostingReader())
    source = tmp_path / "abstractor.posting.json"
    source.write_text(json.dumps({"title": "Abstractor", "description": "RHIT required."}))
    posting = screener.read(str(source))
    assert (posting.title, posting.text, posting.source) == ("Abstractor", "RHIT required.", str(source))
    # files it does not handle still go to the built-in text reader
    text = tmp_path / "plain.txt"
    text.write_text("CCS preferred.")
    assert screener.read(str(text)).text == "CCS preferred."

    class UpperCaseTextReader:
        @hookimpl
        def screener_read(self, source):
            return Posting(text=Path(source).read_text().upper(), source=source) if source.endswith(".txt") else None

    # a reader registered after the built-ins is asked first, so it can take over a kind of file
    assert build_screener(UpperCaseTextReader()).read(str(text)).text == "CCS PREFERRED."
    (extraction,) = screener.extract_sources([str(source)])
    assert extraction.ids("credential") == ["RHIT"] and extraction.title == "Abstractor"


def test_hook_screener_assess():
    screener = build_screener(CredentialHolder(), EverythingUnknown(), builtins=False)
    holder = Profile(credentials=[{"id": "ABSTR-X", "status": "active"}])
    met = screener.assess_requirement(_requirement(), holder)
    assert isinstance(met, Assessment) and met.status == "met"  # the dict answer became an Assessment
    assert screener.assess_requirement(_requirement(id="RHIT"), holder).status == "unmet"
    # the first plugin with an answer wins; the trylast fallback answers only what the other leaves alone
    experience = {"kind": "experience", "id": "coding", "years": 2, "mention": {"text": "2", "start": 0, "end": 1}}
    from screener.core.models import REQUIREMENT_ADAPTER

    assert screener.assess_requirement(REQUIREMENT_ADAPTER.validate_python(experience), holder).status == "unknown"
    assert build_screener(builtins=False).assess_requirement(_requirement(), holder) is None


# ---------------------------------------------------------------------- return values of first-result hooks


class WrongTypeReader:
    @hookimpl
    def screener_read(self, source):
        return "just the text"


class InvalidPostingReader:
    @hookimpl
    def screener_read(self, source):
        return {"title": "no text"}


class RaisingReader:
    @hookimpl
    def screener_read(self, source):
        raise OSError("corrupt archive")


class WrongTypeAssessor:
    @hookimpl
    def screener_assess(self, requirement):
        return True


class InvalidAssessor:
    @hookimpl
    def screener_assess(self, requirement):
        return {"status": "probably", "reason": "hm"}


class RaisingAssessor:
    @hookimpl
    def screener_assess(self, requirement, profile):
        raise KeyError("rules table")


@pytest.mark.parametrize(
    ("plugin", "expected"),
    [
        (WrongTypeReader(), "returned str from screener_read; expected a Posting or an iterable of postings"),
        (InvalidPostingReader(), "returned an invalid Posting from screener_read: text: Field required"),
        (RaisingReader(), "raised in screener_read: OSError: corrupt archive"),
    ],
)
def test_wrong_answer_from_a_reader_names_plugin_hook_and_source(tmp_path, plugin, expected):
    screener = build_screener(plugin)
    source = tmp_path / "posting.txt"
    source.write_text("RHIT required")
    with pytest.raises(ReadError) as raised:
        screener.read(str(source))
    assert f"'{type(plugin).__name__}'" in str(raised.value) and expected in str(raised.value)
    assert str(raised.value).startswith(f"{source}: ")
    # in a batch it is that source's error record, and the batch goes on
    other = tmp_path / "other.txt"
    other.write_text("CCS required")
    results = list(build_screener(plugin, strict=False).extract_sources([str(source), str(other)]))
    assert [len(r.errors) for r in results] == [1, 1]
    assert expected in results[0].errors[0].message


@pytest.mark.parametrize(
    ("plugin", "expected"),
    [
        (WrongTypeAssessor(), "returned bool from screener_assess; expected an Assessment or None"),
        (InvalidAssessor(), "returned an invalid Assessment from screener_assess: status: Input should be"),
        (RaisingAssessor(), "raised in screener_assess: KeyError: 'rules table'"),
    ],
)
def test_wrong_answer_from_an_assessor_names_plugin_and_hook(plugin, expected):
    screener = build_screener(plugin, builtins=False)
    with pytest.raises(PluginError) as raised:
        screener.assess_requirement(_requirement(), Profile())
    assert (raised.value.plugin, raised.value.hook) == (type(plugin).__name__, "screener_assess")
    assert f"plugin '{type(plugin).__name__}' " in str(raised.value) and expected in str(raised.value)


class SoftwareMattersMore:
    @hookimpl
    def screener_scoring_weights(self):
        return {"kind": {"software": 4}}


def test_hook_screener_scoring_weights():
    text = "Coder\n\nRequirements:\n- CPT coding required\n- Epic required\n"
    profile = Profile(coding_systems=["CPT"], software=["MEDITECH"])  # Epic: partial
    default = build_screener().screen(text, profile)
    weighted = build_screener(SoftwareMattersMore()).screen(text, profile)
    assert build_screener(SoftwareMattersMore()).weights.kind["software"] == 4
    assert weighted.fit.score < default.fit.score  # the partial software item now costs more
    assert weighted.fit.verdict == default.fit.verdict


class HistoricalIssuer:
    @hookimpl
    def screener_issuers(self):
        return [{"id": "OLDCB", "name": "Old Coding Board", "historical": True, "note": "closed in 2001"}]


def test_hook_screener_issuers():
    screener = build_screener(HistoricalIssuer())
    assert screener.knowledge.issuers["OLDCB"].historical
    assert screener.knowledge.issuers["PAHCS"].historical  # the built-in one
    assert not screener.knowledge.issuers["BMSC"].historical
    assert screener.extract("Old Coding Board certification required.").requirements == []  # not a phrase
    with pytest.raises(DuplicateDefinitionError, match="issuer id 'OLDCB' is defined by both"):
        build_screener(HistoricalIssuer(), _Again())


class _Again:
    @hookimpl
    def screener_issuers(self):
        return [{"id": "OLDCB", "name": "Another Old Coding Board"}]
