"""Loading, isolating and calling plugins, with plugin objects registered through the public API."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import builtin_screener

from screener import Credential, Evidence, ExperienceRequirement, PluginError, Screener, Skill, hookimpl
from screener.core.errors import DuplicateDefinitionError
from screener.host.plugins import create_plugin_host, get_plugin_host, hook_names, reset_plugin_host


class CCDSPlugin:
    @hookimpl
    def screener_credentials(self):
        return [Credential(id="CCDS", name="Certified Clinical Documentation Specialist", issuer="ACDIS")]


class RivalCCDSPlugin:
    @hookimpl
    def screener_credentials(self):
        return [{"id": "CCDS", "name": "Rival CCDS", "issuer": "Rival"}]


class RaisingCredentialsPlugin:
    @hookimpl
    def screener_credentials(self):
        raise RuntimeError("knowledge file missing")

    @hookimpl
    def screener_extract(self, posting):
        raise AssertionError("a plugin skipped at registration must not be called again")


class InvalidCredentialPlugin:
    @hookimpl
    def screener_credentials(self):
        return [{"id": "ccds", "name": "lower-case id", "issuer": "ACDIS"}]


class MisspeltHookPlugin:
    @hookimpl
    def screener_credential(self):  # missing "s": not a hook
        return []


class RaisingExtractPlugin:
    @hookimpl
    def screener_extract(self, doc, posting):
        raise ValueError("regex table corrupt")


class BadEvidencePlugin:
    @hookimpl
    def screener_extract(self, posting):
        return [ExperienceRequirement(id="coding", years=3, mention=Evidence(text="3 years", start=0, end=7))]


class WrongTypePlugin:
    @hookimpl
    def screener_extract(self, posting):
        return 42


def _quiet_host(*plugins, strict=False):
    messages: list[str] = []
    host = create_plugin_host(entry_points=False, plugins=plugins, strict=strict, report=messages.append)
    return host, messages


def test_importing_screener_loads_no_plugin_and_no_spacy():
    code = (
        "import sys, screener, screener.cli.commands; from screener import hookimpl, Credential;"
        "import screener.host.plugins as p;"
        "assert p._default_host is None, 'plugins loaded at import';"
        "assert 'spacy' not in sys.modules, 'spaCy imported';"
        "print('ok')"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_loading_is_idempotent():
    reset_plugin_host()
    try:
        host = get_plugin_host()
        assert get_plugin_host() is host
        before = dict(host.records)
        host.load_entry_points()
        assert host.records == before
        assert "ahima-rhit" in host.records and host.records["ahima-rhit"].builtin
    finally:
        reset_plugin_host()


def test_every_hook_of_the_design_is_in_the_contract():
    assert set(hook_names()) >= {
        "screener_credentials",
        "screener_skills",
        "screener_extract",
        "screener_assess",
        "screener_read",
    }


def test_plugin_object_contributes_a_credential():
    screener = builtin_screener(plugins=[CCDSPlugin()])
    extraction = screener.extract("CCDS required.")
    assert [(r.id, r.strength) for r in extraction.requirements] == [("CCDS", "required")]


def test_duplicate_credential_id_names_both_plugins():
    host, _ = _quiet_host(CCDSPlugin(), RivalCCDSPlugin())
    with pytest.raises(DuplicateDefinitionError) as raised:
        Screener(host=host)
    message = str(raised.value)
    assert "'CCDSPlugin'" in message and "'RivalCCDSPlugin'" in message and "'CCDS'" in message


def test_installed_plugin_overrides_a_builtin_definition_and_says_so():
    class AnotherRHIT:
        @hookimpl
        def screener_credentials(self):
            return [Credential(id="RHIT", name="Registered Health Information Tech (corrected)", issuer="AHIMA")]

    messages: list[str] = []
    host = create_plugin_host(distributions={"screener"}, plugins=[AnotherRHIT()], report=messages.append)
    screener = Screener(host=host)
    assert screener.knowledge.credentials["RHIT"].name.endswith("(corrected)")
    assert screener.knowledge.owner("credential", "RHIT") == "AnotherRHIT"
    assert messages == [
        "plugin 'AnotherRHIT' overrides the built-in credential 'RHIT' of plugin 'ahima-rhit' (from screener)"
    ]
    # the built-in's aliases went with it; the new definition's names are recognised
    assert screener.extract("Registered Health Information Tech (corrected) required").ids("credential") == ["RHIT"]


def test_two_builtins_may_not_define_one_id():
    class Builtin:
        def __init__(self, name):
            self.__name__ = name

        @hookimpl
        def screener_credentials(self):
            return [Credential(id="XYZ", name="X", issuer="Y")]

    host = create_plugin_host(entry_points=False, report=lambda m: None)
    host.add(Builtin("one"), builtin=True)
    host.add(Builtin("two"), builtin=True)
    with pytest.raises(DuplicateDefinitionError, match=r"(?=.*'one')(?=.*'two')"):
        Screener(host=host)


def test_one_phrase_naming_two_things_is_refused():
    class CodingSkill:
        @hookimpl
        def screener_skills(self):
            return [Skill(id="ccds-skill", name="CDI reviews", category="skill", aliases=["CCDS"])]

    host, _ = _quiet_host(CCDSPlugin(), CodingSkill())
    with pytest.raises(DuplicateDefinitionError, match="phrase 'CCDS'"):
        Screener(host=host)


def test_plugin_raising_at_registration_is_reported_and_skipped():
    host, messages = _quiet_host(RaisingCredentialsPlugin(), CCDSPlugin())
    screener = Screener(host=host)
    assert any("'RaisingCredentialsPlugin' raised in screener_credentials" in m for m in messages)
    assert "knowledge file missing" in messages[0]
    assert "RaisingCredentialsPlugin" not in host.records
    extraction = screener.extract("CCDS required")
    assert extraction.ids("credential") == ["CCDS"]
    assert extraction.errors == []  # its screener_extract was never called


def test_plugin_raising_at_registration_fails_in_strict_mode():
    host, _ = _quiet_host(RaisingCredentialsPlugin(), strict=True)
    with pytest.raises(PluginError) as raised:
        Screener(host=host)
    assert raised.value.plugin == "RaisingCredentialsPlugin"
    assert raised.value.hook == "screener_credentials"


def test_invalid_credential_names_plugin_and_field():
    host, messages = _quiet_host(InvalidCredentialPlugin())
    Screener(host=host)
    assert len(messages) == 1
    assert "'InvalidCredentialPlugin'" in messages[0]
    assert "id:" in messages[0] and "upper case" in messages[0]


def test_misspelt_hook_fails_loudly():
    host, messages = _quiet_host(MisspeltHookPlugin(), CCDSPlugin())
    assert "MisspeltHookPlugin" not in host.records
    assert "CCDSPlugin" in host.records
    assert "screener_credential" in messages[0] and "misspelt" in messages[0]
    with pytest.raises(PluginError, match="screener_credential"):
        _quiet_host(MisspeltHookPlugin(), strict=True)


def test_plugin_raising_in_extract_is_recorded_on_the_posting_and_others_still_run():
    screener = builtin_screener(plugins=[RaisingExtractPlugin()])
    extraction = screener.extract("RHIT required. 2 years of coding experience required.")
    assert extraction.ids("credential") == ["RHIT"]
    assert [r.years for r in extraction.of_kind("experience")] == [2]
    (error,) = extraction.errors
    assert error.plugin == "RaisingExtractPlugin" and error.hook == "screener_extract"
    assert error.code == "plugin_error"
    assert "regex table corrupt" in error.message


def test_plugin_raising_in_extract_stops_a_strict_screener():
    screener = builtin_screener(plugins=[RaisingExtractPlugin()], strict=True)
    with pytest.raises(PluginError, match="RaisingExtractPlugin"):
        screener.extract("RHIT required")


@pytest.mark.parametrize(
    ("plugin", "expected"),
    [(BadEvidencePlugin(), "not the posting text"), (WrongTypePlugin(), "expected a list of requirements")],
)
def test_bad_return_values_from_extract_name_the_plugin(plugin, expected):
    screener = builtin_screener(plugins=[plugin])
    extraction = screener.extract("RHIT required and plenty of other words")
    (error,) = extraction.errors
    assert type(plugin).__name__ in error.message and expected in error.message
    assert extraction.ids("credential") == ["RHIT"]


def test_batch_goes_on_after_a_plugin_failure():
    screener = builtin_screener(plugins=[RaisingExtractPlugin()])
    results = list(screener.extract_many(["RHIT required", "CPC preferred", "CCS required"]))
    assert [r.ids("credential") for r in results] == [["RHIT"], ["CPC"], ["CCS"]]
    assert all(len(r.errors) == 1 for r in results)
