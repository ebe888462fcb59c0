"""SCREENER_LOAD_PLUGINS, SCREENER_DISABLE_PLUGINS, --plugin FILE.py and plugin tracing.

In-process tests use ``create_plugin_host(environ=...)``; the others run the
real command line in environments with real plugin packages installed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from conftest import SAMPLES

from screener import Credential, Screener, hookimpl
from screener.core.errors import PluginError
from screener.host.plugins import DISABLE_ENV, LOAD_ENV, TRACE_ENV, create_plugin_host
from screener.testing import run_cli

CHIM_POSTING = "Health Records Analyst\n\nRequirements:\n- CHIM required\n- RHIT preferred\n"

ONE_OFF_PLUGIN = """
from screener import Credential, hookimpl


@hookimpl
def screener_credentials():
    return [Credential(id="CHIM", name="Certified Health Information Management", issuer="CHIMA")]
"""


def _host(environ, *plugins, strict=False, plugin_files=()):
    messages: list[str] = []
    host = create_plugin_host(
        distributions={"screener"},
        plugins=plugins,
        plugin_files=plugin_files,
        strict=strict,
        report=messages.append,
        environ=environ,
    )
    return host, messages


def _write(path, text):
    path.write_text(textwrap.dedent(text))
    return path


class CCDSPlugin:
    @hookimpl
    def screener_credentials(self):
        return [Credential(id="CCDS", name="Certified Clinical Documentation Specialist", issuer="ACDIS")]


# ---------------------------------------------------------------------- in-process: the host


def test_block_list_disables_a_builtin_by_name():
    host, messages = _host({DISABLE_ENV: "ahima-rhit"})
    assert "ahima-rhit" not in host.records and "ahima-rhia" in host.records
    assert [(d.name, d.reason, d.builtin) for d in host.disabled] == [
        ("ahima-rhit", "disabled by SCREENER_DISABLE_PLUGINS", True)
    ]
    assert host.pm.is_blocked("ahima-rhit")
    assert messages == []
    extraction = Screener(host=host).extract("RHIT or RHIA required.")
    assert extraction.ids("credential") == ["RHIA"]


def test_block_list_by_distribution_disables_every_builtin():
    host, _ = _host({DISABLE_ENV: "screener"})
    assert host.records == {}
    assert {d.name for d in host.disabled} >= {"ahima-rhit", "text-reader", "education"}


def test_block_list_applies_to_plugin_objects_too():
    host, _ = _host({DISABLE_ENV: "ccdsplugin"}, CCDSPlugin())
    assert "CCDSPlugin" not in host.records
    assert [d.name for d in host.disabled] == ["CCDSPlugin"]


def test_allow_list_never_drops_the_builtins():
    host, messages = _host({LOAD_ENV: ""})
    assert "ahima-rhit" in host.records and host.disabled == [] and messages == []


def test_names_in_the_lists_that_match_nothing_are_reported():
    _, messages = _host({LOAD_ENV: "screener-ccsd", DISABLE_ENV: "ahima-rhiit"})
    assert any("SCREENER_LOAD_PLUGINS names 'screener-ccsd'" in m for m in messages)
    assert any("SCREENER_DISABLE_PLUGINS names 'ahima-rhiit'" in m for m in messages)
    with pytest.raises(PluginError, match="'ahima-rhiit'"):
        _host({DISABLE_ENV: "ahima-rhiit"}, strict=True)
    # a known name, written with underscores or capitals, is not reported
    _, messages = _host({DISABLE_ENV: "Ahima_RHIT"})
    assert messages == []


def test_trace_logs_every_hook_call_with_plugin_result_and_time():
    class Raising:
        @hookimpl
        def screener_extract(self, posting):
            raise ValueError("bad table")

    host, messages = _host({TRACE_ENV: "1"}, CCDSPlugin(), Raising())
    screener = Screener(host=host)
    messages.clear()
    screener.extract("CCDS required.")
    traced = [m for m in messages if m.startswith("trace: ")]
    calls = {m.split("(")[0].removeprefix("trace: ") for m in traced}
    assert {"education.screener_extract", "experience.screener_extract", "Raising.screener_extract"} <= calls
    (raising,) = [m for m in traced if m.startswith("trace: Raising.")]
    assert "posting=Posting(" in raising and "-> raised ValueError: bad table" in raising and " ms)" in raising
    (education,) = [m for m in traced if m.startswith("trace: education.")]
    assert "doc=Doc(" in education and "-> list of" in education
    # without the switch: not a line
    host, messages = _host({}, CCDSPlugin())
    Screener(host=host).extract("CCDS required.")
    assert not any(m.startswith("trace: ") for m in messages)


# ---------------------------------------------------------------------- in-process: one-off plugin files


def test_plugin_file_is_loaded_under_its_name(tmp_path):
    path = _write(tmp_path / "chim_rule.py", ONE_OFF_PLUGIN)
    host, _ = _host({}, plugin_files=[path])
    record = host.records["chim_rule"]
    assert record.file == str(path) and not record.builtin
    assert Screener(host=host).extract("CHIM required.").ids("credential") == ["CHIM"]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import os\nimport not_installed_dependency\n", r"failed to import \(line 2\): ModuleNotFoundError"),
        ("def broken(:\n", "failed to import: SyntaxError"),
        ("from screener import hookimpl\n\ndef screener_credentials():\n    return []\n", "defines no hooks"),
        ("from screener import hookimpl\n\n@hookimpl\ndef screener_credential():\n    return []\n", "misspelt"),
    ],
    ids=["import-error", "syntax-error", "no-hookimpl", "misspelt-hook"],
)
def test_plugin_file_that_cannot_work_is_an_error_naming_it(tmp_path, source, expected):
    path = _write(tmp_path / "my_rule.py", source)
    with pytest.raises(PluginError, match=expected) as raised:
        _host({}, plugin_files=[path])  # not strict: a file the user named must load
    assert str(path) in str(raised.value)
    assert raised.value.plugin == "my_rule"


def test_two_plugin_files_with_one_name_are_an_error(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = _write(tmp_path / "a" / "rule.py", ONE_OFF_PLUGIN)
    second = _write(tmp_path / "b" / "rule.py", ONE_OFF_PLUGIN.replace("CHIM", "CHIM-B"))
    with pytest.raises(PluginError, match="same name"):
        _host({}, plugin_files=[first, second])


def test_plugin_file_can_be_blocked(tmp_path):
    path = _write(tmp_path / "chim_rule.py", ONE_OFF_PLUGIN)
    host, _ = _host({DISABLE_ENV: "chim_rule"}, plugin_files=[path])
    assert "chim_rule" not in host.records
    assert [(d.name, d.file) for d in host.disabled] == [("chim_rule", str(path))]


# ---------------------------------------------------------------------- real command line, real packages


def _posting(tmp_path):
    posting = tmp_path / "cdi.txt"
    posting.write_text(CHIM_POSTING)
    return posting


def _found(result):
    assert result.returncode in (0, 1), result.stderr
    return {(r["id"], r["strength"]) for r in json.loads(result.stdout)["requirements"]}


def test_empty_allow_list_loads_no_third_party_plugin(plugin_env, tmp_path):
    env = plugin_env("screener-broken", "screener-chim")
    controls = {LOAD_ENV: ""}
    result = env.screener("extract", str(_posting(tmp_path)), "--format", "json", env=controls)
    assert result.returncode == 0 and result.stderr == ""  # the broken plugin was not even imported
    assert _found(result) == {("RHIT", "preferred")}
    rows = {row["name"]: row for row in env.plugins_json(env=controls)}
    assert rows["chim"]["status"] == rows["broken"]["status"] == "disabled"
    assert rows["chim"]["reason"] == "not in SCREENER_LOAD_PLUGINS"
    assert rows["chim"]["version"] == "0.2.0"
    assert not any(row["builtin"] for row in rows.values())


@pytest.mark.parametrize("name", ["screener-chim", "chim", "Screener_CHIM"])
def test_allow_list_by_distribution_or_plugin_name(plugin_env, tmp_path, name):
    env = plugin_env("screener-broken", "screener-chim")
    result = env.screener("extract", str(_posting(tmp_path)), "--format", "json", env={LOAD_ENV: name})
    assert result.returncode == 0 and result.stderr == ""
    assert _found(result) == {("CHIM", "required"), ("RHIT", "preferred")}


def test_block_list_silences_a_broken_plugin_and_wins_over_the_allow_list(plugin_env, tmp_path):
    env = plugin_env("screener-broken", "screener-chim")
    result = env.screener("extract", str(_posting(tmp_path)), "--format", "json", env={DISABLE_ENV: "broken"})
    assert result.returncode == 0 and result.stderr == ""
    assert ("CHIM", "required") in _found(result)
    controls = {DISABLE_ENV: "screener-chim, broken", LOAD_ENV: "screener-chim"}
    result = env.screener("extract", str(_posting(tmp_path)), "--format", "json", env=controls)
    assert _found(result) == {("RHIT", "preferred")}
    listing = env.screener("plugins", env=controls)
    assert listing.returncode == 0
    assert "DISABLED" in listing.stdout and "disabled by SCREENER_DISABLE_PLUGINS" in listing.stdout


def test_disabled_builtins_are_listed_with_all(plugin_env):
    env = plugin_env("screener-chim")
    rows = env.plugins_json("--all", env={DISABLE_ENV: "ahima-rhit,text-reader"})
    disabled = {row["name"] for row in rows if row["status"] == "disabled"}
    assert disabled == {"ahima-rhit", "text-reader"}
    assert {row["name"] for row in env.plugins_json(env={DISABLE_ENV: "ahima-rhit"})} == {"chim"}


def test_plugin_option_works_for_every_command(plugin_env, tmp_path):
    plugin = _write(tmp_path / "chim_rule.py", ONE_OFF_PLUGIN)
    posting = tmp_path / "postings" / "chim.txt"
    posting.parent.mkdir()
    posting.write_text("HIM Analyst\n\nRequirements:\n- CHIM required\n")
    (tmp_path / "labels").mkdir()
    (tmp_path / "labels" / "chim.json").write_text(
        json.dumps({"credentials": [{"any_of": ["CHIM"], "strength": "required"}]})
    )
    option = ("--plugin", str(plugin))
    # the real command line, in an environment with the built-ins only
    extracted = plugin_env().screener(*option, "extract", str(posting), "--format", "json")
    assert _found(extracted) == {("CHIM", "required")}
    # the other commands, in-process (the same click group, through the test kit)
    listing = run_cli(*option, "plugins", "--format", "json")
    (row,) = json.loads(listing.stdout)
    assert (row["name"], row["file"], row["status"]) == ("chim_rule", str(plugin), "loaded")
    assert row["credentials"] == ["CHIM"] and row["hooks"] == ["screener_credentials"]
    assert f"chim_rule (file {plugin})" in run_cli(*option, "plugins", env={"COLUMNS": "400"}).stdout
    report = json.loads(run_cli(*option, "evaluate", str(tmp_path), "--format", "json").stdout)
    assert report["credentials"]["tp"] == 1 and report["unscored_ids"] == {}
    # without the option the credential is unknown
    assert '"CHIM"' not in run_cli("extract", str(posting), "--format", "json").stdout


def test_plugin_option_is_repeatable(tmp_path):
    first = _write(tmp_path / "chim_rule.py", ONE_OFF_PLUGIN)
    ccds = ONE_OFF_PLUGIN.replace("CHIM", "CCDS").replace("Health Information Management", "Documentation Specialist")
    second = _write(tmp_path / "ccds_rule.py", ccds)
    both = ("--plugin", str(first), "--plugin", str(second))
    posting = tmp_path / "p.txt"
    posting.write_text("CHIM or CCDS required.")
    result = run_cli(*both, "extract", str(posting), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert {r["id"] for r in json.loads(result.stdout)["requirements"]} == {"CHIM", "CCDS"}
    listed = json.loads(run_cli(*both, "plugins", "--format", "json").stdout)
    assert [row["name"] for row in listed] == ["chim_rule", "ccds_rule"]


def test_plugin_file_that_fails_to_import_is_an_error_naming_it(plugin_env, tmp_path):
    plugin = _write(tmp_path / "needs_pandas.py", "import not_installed_dependency\n")
    message = f"plugin file {plugin} failed to import (line 1): ModuleNotFoundError"
    result = plugin_env().screener("--plugin", str(plugin), "extract", str(_posting(tmp_path)))
    assert result.returncode == 3 and message in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    for command in (["plugins"], ["evaluate", str(SAMPLES)]):
        result = run_cli("--plugin", str(plugin), *command)
        assert result.exit_code == 3 and message in result.stderr, command
        assert result.stdout == ""
    missing = run_cli("--plugin", str(tmp_path / "nowhere.py"), "plugins")
    assert missing.exit_code == 2 and "nowhere.py" in missing.stderr


def test_plugin_file_redefining_a_builtin_id_overrides_it_and_says_so(plugin_env, tmp_path):
    env = plugin_env()
    plugin = _write(tmp_path / "my_rhit.py", ONE_OFF_PLUGIN.replace('id="CHIM"', 'id="RHIT"'))
    result = env.screener("--plugin", str(plugin), "extract", str(_posting(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert f"'my_rhit' (from file {plugin}) overrides the built-in credential 'RHIT'" in result.stderr
    assert "'ahima-rhit'" in result.stderr


def test_two_plugin_files_defining_one_id_name_both(plugin_env, tmp_path):
    env = plugin_env()
    first = _write(tmp_path / "first_rule.py", ONE_OFF_PLUGIN)
    second = _write(tmp_path / "second_rule.py", ONE_OFF_PLUGIN)
    result = env.screener("--plugin", str(first), "--plugin", str(second), "extract", str(_posting(tmp_path)))
    assert result.returncode == 3
    assert "credential id 'CHIM'" in result.stderr
    assert (
        f"'first_rule' (from file {first})" in result.stderr and f"'second_rule' (from file {second})" in result.stderr
    )


def test_trace_switch_and_variable_log_hook_calls_to_stderr_only(plugin_env, tmp_path):
    env = plugin_env("screener-chim")
    posting = str(_posting(tmp_path))
    plain = env.screener("extract", posting, "--format", "json")
    for result in (
        env.screener("--trace-plugins", "extract", posting, "--format", "json"),
        env.screener("extract", posting, "--format", "json", env={TRACE_ENV: "1"}),
    ):
        assert result.returncode == 0
        assert result.stdout == plain.stdout  # the output itself is untouched
        lines = result.stderr.splitlines()
        expected = "screener: trace: chim.screener_credentials() -> list of 1 Credential"
        assert any(line.startswith(expected) for line in lines)
        assert any(f"text-reader.screener_read(source='{posting}', options=dict) -> Posting(" in line for line in lines)
        assert all(line.startswith("screener: trace: ") for line in lines)
    assert plain.stderr == ""


def test_group_options_load_no_plugin_and_no_spacy_before_a_command_needs_them(tmp_path):
    plugin = _write(tmp_path / "heavy.py", "raise RuntimeError('imported too early')\n")
    code = (
        "import sys\n"
        "from screener.cli.commands import cli\n"
        "import screener.host.plugins as p\n"
        f"for args in (['--help'], ['--plugin', {str(plugin)!r}, '--trace-plugins', 'extract', '--help']):\n"
        "    try:\n"
        "        cli(args, prog_name='screener')\n"
        "    except SystemExit as exit:\n"
        "        assert exit.code == 0, exit.code\n"
        "assert p._default_host is None, 'plugins loaded'\n"
        "assert 'spacy' not in sys.modules, 'spaCy imported'\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip().endswith("ok"), result.stdout + result.stderr
