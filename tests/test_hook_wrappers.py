"""Hooks are called through pluggy: hook wrappers run around the call, and faults still name their plugin.

The wrappers are real plugins: files loaded with ``--plugin`` and run through
the command line (in this process, through the test kit), and an installed
package (``tests/plugin_packages/screener-wrappers``) run through the real
command line in a fresh environment.
"""

from __future__ import annotations

import json
import re
import textwrap

import pytest
from conftest import ROOT

from screener import Credential, Evidence, PluginError, Screener, Skill, SkillRequirement, hookimpl
from screener.host.fault_policy import PER_POSTING_HOOKS, STARTUP_HOOKS
from screener.host.plugins import TRACE_ENV, create_plugin_host, hook_names
from screener.testing import build_screener, run_cli

POSTING = "Clinical Coder | NHS Jobs\n\nRequirements:\n- RHIT required\n- 3 years of coding experience required\n"

NEW_STYLE = '''
from screener import Evidence, SkillRequirement, hookimpl


@hookimpl(wrapper=True)
def screener_extract(posting):
    """Drops every plugin's experience requirements and adds one of its own."""
    answers = yield
    kept = [[r for r in requirements if r.kind != "experience"] for requirements in answers]
    start = posting.text.index("RHIT")
    mention = Evidence.of(posting.text, start, start + 4)
    kept.append([SkillRequirement(kind="skill", id="wrapped", mention=mention)])
    return kept


@hookimpl(wrapper=True)
def screener_read(source):
    posting = yield
    return posting.model_copy(update={"title": "new-style: " + posting.title})
'''

OLD_STYLE = '''
from screener import hookimpl


@hookimpl(hookwrapper=True)
def screener_extract():
    """Drops the answers of every plugin but the first, in place."""
    outcome = yield
    del outcome.get_result()[1:]


@hookimpl(hookwrapper=True)
def screener_read():
    outcome = yield
    posting = outcome.get_result()
    outcome.force_result(posting.model_copy(update={"title": "old-style: " + posting.title}))
'''


def _write(path, text):
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture
def posting(tmp_path):
    return _write(tmp_path / "coder.txt", POSTING)


def _extract(*args, env=None):
    result = run_cli(*args, "--format", "json", env=env)
    assert result.exception is None, result.exception
    return result, json.loads(result.stdout)


@pytest.mark.parametrize("trace", [False, True], ids=["trace-off", "trace-on"])
def test_new_style_wrappers_change_what_every_plugin_answered(tmp_path, posting, trace):
    plugin = _write(tmp_path / "reshape.py", NEW_STYLE)
    result, extraction = _extract(
        "--plugin", str(plugin), "extract", str(posting), env={TRACE_ENV: "1"} if trace else {}
    )
    assert result.exit_code == 0, result.stderr
    assert extraction["title"] == "new-style: Clinical Coder | NHS Jobs"
    found = [(r["kind"], r["id"]) for r in extraction["requirements"]]
    assert ("credential", "RHIT") in found and ("skill", "wrapped") in found  # the wrapper added its own answer
    assert not any(kind == "experience" for kind, _ in found)  # and dropped the experience plugin's
    traced = [line for line in result.stderr.splitlines() if "trace: reshape." in line]
    if trace:
        assert any(line.startswith("screener: trace: reshape.screener_extract(posting=Posting(") for line in traced)
        assert any("-> list of " in line and "(wrapper, " in line for line in traced)
        assert any(line.startswith(f"screener: trace: reshape.screener_read(source='{posting}')") for line in traced)
        assert any("experience.screener_extract(" in line for line in result.stderr.splitlines())
    else:
        assert result.stderr == ""


@pytest.mark.parametrize("trace", [False, True], ids=["trace-off", "trace-on"])
def test_old_style_hookwrappers_change_the_result(tmp_path, posting, trace):
    plugin = _write(tmp_path / "legacy.py", OLD_STYLE)
    plain_result, plain = _extract("extract", str(posting))
    result, extraction = _extract(
        "--plugin", str(plugin), "extract", str(posting), env={TRACE_ENV: "1"} if trace else {}
    )
    assert result.exit_code == 0, result.stderr
    assert extraction["title"] == "old-style: Clinical Coder | NHS Jobs"
    kinds = {r["kind"] for r in extraction["requirements"]}
    assert "experience" in {r["kind"] for r in plain["requirements"]}
    # only the first plugin pluggy called (the last registered built-in: it found nothing here) is left
    assert kinds == {"credential"}
    if trace:
        assert "trace: legacy.screener_extract() -> list of 1 list (hookwrapper, " in result.stderr
        assert "trace: legacy.screener_read() -> Posting(" in result.stderr
    else:
        assert result.stderr == plain_result.stderr == ""


def test_an_installed_wrapper_package_runs_through_the_real_command_line(plugin_env, tmp_path):
    env = plugin_env("screener-wrappers")
    posting = _write(tmp_path / "senior.txt", POSTING.replace("3 years", "15 years"))
    plain = plugin_env().screener("extract", str(posting), "--format", "json")
    for args in ((), ("--trace-plugins",)):
        result = env.screener(*args, "extract", str(posting), "--format", "json")
        assert result.returncode == 0, result.stderr
        extraction = json.loads(result.stdout)
        assert extraction["title"] == "Clinical Coder"
        assert [r["years"] for r in extraction["requirements"] if r["kind"] == "experience"] == [10]
        assert [r["years"] for r in json.loads(plain.stdout)["requirements"] if r["kind"] == "experience"] == [15]
        if args:
            assert "trace: wrappers.screener_extract() -> list of " in result.stderr
            assert "trace: wrappers.screener_read() -> Posting(" in result.stderr
        else:
            assert result.stderr == ""
    listed = {row["name"]: row for row in env.plugins_json()}
    assert listed["wrappers"]["hooks"] == ["screener_extract", "screener_read"]


# ---------------------------------------------------------------------- faults inside a wrapper chain


class Reshape:
    """A wrapper that adds one requirement to every extraction."""

    @hookimpl(wrapper=True)
    def screener_extract(self, posting):
        answers = yield
        start = posting.text.index("RHIT")
        return [
            *answers,
            [SkillRequirement(kind="skill", id="wrapped", mention=Evidence.of(posting.text, start, start + 4))],
        ]


class Timing:
    """An old-style wrapper that only watches."""

    calls: list[str]

    def __init__(self):
        self.calls = []

    @hookimpl(hookwrapper=True)
    def screener_extract(self):
        outcome = yield
        self.calls.append("failed" if outcome.exception else "ok")


class RaisingExtract:
    @hookimpl
    def screener_extract(self, posting):
        raise ValueError("regex table corrupt")


class RaisingWrapper:
    @hookimpl(wrapper=True)
    def screener_extract(self):
        answers = yield
        raise RuntimeError(f"lost {len(answers)} answers")


class NotYielding:
    @hookimpl(wrapper=True)
    def screener_extract(self):
        return []
        yield  # pragma: no cover


class ReturnsNonsense:
    @hookimpl(wrapper=True)
    def screener_extract(self):
        yield
        return 42


TEXT = "RHIT required. 2 years of coding experience required."


def test_a_raising_plugin_inside_a_wrapper_chain_is_named_and_the_wrappers_still_run():
    timing = Timing()
    screener = build_screener(RaisingExtract(), Reshape(), timing, strict=False)
    extraction = screener.extract(TEXT)
    (error,) = extraction.errors
    assert (error.code, error.plugin, error.hook) == ("plugin_error", "RaisingExtract", "screener_extract")
    assert error.message == "plugin 'RaisingExtract' raised in screener_extract: ValueError: regex table corrupt"
    assert extraction.ids("credential") == ["RHIT"]
    assert [r.years for r in extraction.of_kind("experience")] == [2]  # the plugins after it still ran
    assert "wrapped" in extraction.ids("skill")  # so did the wrappers: the fault is not theirs
    assert timing.calls == ["ok"]


def test_a_raising_plugin_inside_a_wrapper_chain_stops_a_strict_screener_naming_it():
    timing = Timing()
    screener = build_screener(RaisingExtract(), Reshape(), timing, strict=True)
    with pytest.raises(PluginError) as raised:
        screener.extract(TEXT)
    assert (raised.value.plugin, raised.value.hook) == ("RaisingExtract", "screener_extract")
    assert timing.calls == ["failed"]  # the wrapper saw the failure, as pluggy documents


@pytest.mark.parametrize(
    ("wrapper", "expected"),
    [
        (RaisingWrapper(), "plugin 'RaisingWrapper' raised in screener_extract: RuntimeError: lost "),
        (NotYielding(), "plugin 'NotYielding' failed in screener_extract: its wrapper did not yield"),
        (ReturnsNonsense(), "plugin 'ReturnsNonsense' failed in screener_extract: its wrapper returned int; "),
    ],
    ids=["raises", "no-yield", "not-a-list"],
)
def test_a_failing_wrapper_is_named_and_left_out(wrapper, expected):
    screener = build_screener(wrapper, Reshape(), strict=False)
    extraction = screener.extract(TEXT)
    (error,) = extraction.errors
    assert (error.plugin, error.hook) == (type(wrapper).__name__, "screener_extract")
    assert error.message.startswith(expected)
    # what it was given went on unchanged: every plugin's answer, and the other wrapper's
    assert extraction.ids("credential") == ["RHIT"]
    assert [r.years for r in extraction.of_kind("experience")] == [2]
    assert "wrapped" in extraction.ids("skill")
    with pytest.raises(PluginError, match=expected.split(": ")[0]):
        build_screener(wrapper, strict=True).extract(TEXT)


class Fallback:
    """A wrapper of a first-result hook sees a reader's exception thrown at its yield, and may answer instead."""

    @hookimpl(wrapper=True)
    def screener_read(self, source):
        try:
            return (yield)
        except PluginError as exc:
            from screener import Posting

            return Posting(text=f"RHIT required. ({exc.plugin} failed)", source=source)


class BrokenReader:
    @hookimpl
    def screener_read(self, source):
        raise OSError("disk on fire")


def test_a_wrapper_of_a_first_result_hook_sees_the_fault_and_may_answer(tmp_path):
    source = _write(tmp_path / "p.txt", "CCS required")
    without = build_screener(BrokenReader(), strict=False)
    (failed,) = without.extract_sources([str(source)])
    assert [(e.code, e.plugin, e.hook) for e in failed.errors] == [("plugin_error", "BrokenReader", "screener_read")]
    (rescued,) = build_screener(BrokenReader(), Fallback(), strict=False).extract_sources([str(source)])
    assert rescued.errors == [] and rescued.ids("credential") == ["RHIT"]


def test_a_faulty_wrapper_in_a_startup_hook_is_skipped_with_its_plugin():
    class VocabularyWrapper:
        @hookimpl(wrapper=True)
        def screener_credentials(self):
            yield
            raise RuntimeError("cannot post-process")

    class CCDS:
        @hookimpl
        def screener_credentials(self):
            return [Credential(id="CCDS", name="Certified Clinical Documentation Specialist", issuer="ACDIS")]

    messages: list[str] = []
    host = create_plugin_host(entry_points=False, plugins=[CCDS(), VocabularyWrapper()], report=messages.append)
    screener = Screener(host=host)
    assert messages == ["plugin 'VocabularyWrapper' raised in screener_credentials: RuntimeError: cannot post-process"]
    assert set(screener.knowledge.credentials) == {"CCDS"}
    assert "VocabularyWrapper" not in host.records


# ---------------------------------------------------------------------- pluggy's machinery, directly


def _skills(name, *ids):
    class Plugin:
        @hookimpl
        def screener_skills(self):
            return [Skill(id=id, name=id, category="skill") for id in ids]

    Plugin.__name__ = name
    return Plugin()


def test_each_answer_is_paired_with_the_plugin_that_gave_it_through_wrappers():
    class NewStyle:
        @hookimpl(wrapper=True)
        def screener_skills(self):
            answers = yield
            return [answers[0], answers[-1], [Skill(id="added-new", name="n", category="skill")]]  # drops two

    class OldStyle:
        @hookimpl(hookwrapper=True)
        def screener_skills(self):
            outcome = yield
            outcome.get_result().append([Skill(id="added-old", name="o", category="skill")])  # in place

    plugins = [_skills("one", "s-1"), _skills("two", "s-2"), _skills("three", "s-3"), OldStyle(), NewStyle()]
    host = create_plugin_host(entry_points=False, plugins=plugins, report=lambda message: None)
    answers = [(name, [skill.id for skill in skills]) for name, skills in host.call("screener_skills")]
    # pluggy calls the last registered first (three, two, one); the old-style wrapper, registered before the
    # new-style one, is inside it
    assert answers == [("three", ["s-3"]), ("OldStyle", ["added-old"]), ("NewStyle", ["added-new"])]


def test_tryfirst_and_trylast_order_is_pluggys():
    calls: list[str] = []

    def plugin(name, **options):
        class Plugin:
            @hookimpl(**options)
            def screener_skills(self):
                calls.append(name)
                return []

        Plugin.__name__ = name
        return Plugin()

    host = create_plugin_host(
        entry_points=False,
        plugins=[plugin("last", trylast=True), plugin("first", tryfirst=True), plugin("a"), plugin("b")],
        report=lambda message: None,
    )
    answers = host.call("screener_skills")
    assert calls == ["first", "b", "a", "last"]  # tryfirst, then last registered first, then trylast
    assert [name for name, _ in answers] == calls


def test_a_hook_called_straight_through_pluggy_names_the_plugin():
    """A tool that calls ``host.pm.hook`` itself gets pluggy's behaviour with the fault attributed."""
    host = create_plugin_host(entry_points=False, plugins=[RaisingExtract()], report=lambda message: None)
    with pytest.raises(PluginError, match="plugin 'RaisingExtract' raised in screener_extract: ValueError"):
        host.pm.hook.screener_extract(doc=None, posting=None)


def test_implementations_gives_the_plugins_own_functions():
    """The fuzzer calls the readers directly and wants their exceptions raw."""
    host = create_plugin_host(entry_points=False, plugins=[BrokenReader()], report=lambda message: None)
    ((name, function, argnames),) = host.implementations("screener_read")
    assert (name, argnames) == ("BrokenReader", ["source"])
    with pytest.raises(OSError, match="disk on fire"):
        function("x.txt")


def test_a_plugin_with_one_bad_hook_leaves_nothing_registered():
    class HalfGood:
        @hookimpl
        def screener_credentials(self):
            return [Credential(id="HALF", name="Half Good", issuer="X")]

        @hookimpl
        def screener_extract(self, posting, not_an_argument):
            return []

    messages: list[str] = []
    host = create_plugin_host(entry_points=False, plugins=[HalfGood()], report=messages.append)
    assert "HalfGood" not in host.records and not host.pm.get_plugins()
    assert "could not be registered" in messages[0] and "not_an_argument" in messages[0]
    assert Screener(host=host).knowledge.credentials == {}


def test_every_hook_has_a_fault_policy():
    assert set(hook_names()) == STARTUP_HOOKS | PER_POSTING_HOOKS
    assert not STARTUP_HOOKS & PER_POSTING_HOOKS


def test_the_wrapper_example_in_the_guide_works(tmp_path):
    guide = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    example = re.search(r"<!-- example: wrappers -->\n```python\n(.*?)```", guide, re.S)
    assert example, "docs/plugins.md lost its wrapper example"
    plugin = _write(tmp_path / "no_education.py", example.group(1))
    posting = _write(
        tmp_path / "p.txt", "Coder\n\nRequirements:\n- Associate degree in HIM required\n- RHIT required\n"
    )
    _, plain = _extract("extract", str(posting))
    result, wrapped = _extract("--plugin", str(plugin), "extract", str(posting))
    assert result.exit_code == 0, result.stderr
    assert {r["kind"] for r in plain["requirements"]} == {"education", "credential"}
    assert {r["kind"] for r in wrapped["requirements"]} == {"credential"}
    assert re.fullmatch(rf"read {re.escape(str(posting))} in \d+\.\d+ s\n", result.stderr)
