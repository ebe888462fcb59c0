"""The test kit (``screener.testing``): registered with pytest, cheap to load, blind to what else is installed.

The tests at the top use the kit's own fixtures, as a plugin author would.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from importlib import metadata

import pytest

from screener import Credential, hookimpl
from screener.host.plugins import DISABLE_ENV, default_host_options
from screener.testing import build_screener, run_cli


class CCDSPlugin:
    @hookimpl
    def screener_credentials(self):
        return [Credential(id="CCDS", name="Certified Clinical Documentation Specialist", issuer="ACDIS")]


CCDS = CCDSPlugin()


@pytest.fixture
def plugins_under_test():
    return [CCDS]


def test_extract_posting_sees_the_plugins_under_test_and_the_builtins(extract_posting):
    extraction = extract_posting("Requirements:\n- CCDS required\n- RHIT preferred\n")
    assert [(r.id, r.strength) for r in extraction.requirements] == [("CCDS", "required"), ("RHIT", "preferred")]


def test_plugin_screener_is_strict(plugin_screener):
    assert plugin_screener.strict and set(plugin_screener.host.records) >= {"CCDSPlugin", "ahima-rhit"}


def test_make_screener_without_builtins(make_screener):
    screener = make_screener(CCDS, builtins=False)
    assert list(screener.host.records) == ["CCDSPlugin"]
    assert screener.extract("RHIT or CCDS required").ids("credential") == ["CCDS"]
    assert make_screener(CCDS, builtins=False) is screener  # built once per set of plugins


def test_run_screener_uses_the_plugins_under_test(run_screener, tmp_path):
    posting = tmp_path / "cdi.txt"
    posting.write_text("CDI Specialist\n\nCCDS required.\n")
    result = run_screener("extract", str(posting), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert '"id": "CCDS"' in result.stdout
    listing = run_screener("plugins", "--format", "json")
    assert '"CCDSPlugin"' in listing.stdout


def test_run_screener_passes_environment_and_restores_the_process_host(run_screener, tmp_path, monkeypatch):
    monkeypatch.setenv(DISABLE_ENV, "CCDSPlugin")  # a developer's shell setting must not leak into the run
    before = default_host_options()
    posting = tmp_path / "cdi.txt"
    posting.write_text("CCDS or RHIT required.\n")
    result = run_screener("extract", str(posting), "--format", "jsonl")
    assert '"CCDS"' in result.stdout and '"RHIT"' in result.stdout
    result = run_screener("extract", str(posting), "--format", "jsonl", env={DISABLE_ENV: "ahima-rhit"})
    assert '"CCDS"' in result.stdout and '"RHIT"' not in result.stdout
    assert default_host_options() == before


def test_run_cli_adds_plugin_files_to_the_chosen_plugins(tmp_path):
    rule = tmp_path / "chim_rule.py"
    rule.write_text(
        "from screener import Credential, hookimpl\n\n\n@hookimpl\ndef screener_credentials():\n"
        "    return [Credential(id='CHIM', name='Certified Health Information Management', issuer='CHIMA')]\n"
    )
    posting = tmp_path / "p.txt"
    posting.write_text("CHIM or CCDS required.\n")
    result = run_cli("--plugin", str(rule), "extract", str(posting), "--format", "jsonl", plugins=[CCDS])
    assert '"CHIM"' in result.stdout and '"CCDS"' in result.stdout
    # the next run does not keep the file
    assert '"CHIM"' not in run_cli("extract", str(posting), "--format", "jsonl", plugins=[CCDS]).stdout


def test_build_screener_loads_only_the_distributions_named():
    screener = build_screener(builtins=False, distributions=["screener"])
    assert "ahima-rhit" in screener.host.records
    assert build_screener(builtins=False).host.records == {}


def test_kit_is_registered_with_pytest(pytestconfig):
    registered = {ep.value for ep in metadata.entry_points(group="pytest11") if ep.dist.metadata["Name"] == "screener"}
    assert registered == {"screener.testing"}
    assert pytestconfig.pluginmanager.has_plugin("screener.testing")


def test_loading_the_kit_imports_neither_spacy_nor_the_plugins():
    code = (
        "import sys, screener.testing;"
        "heavy = [m for m in ('spacy', 'pydantic', 'screener.host.plugins', 'screener.engine') if m in sys.modules];"
        "print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


AUTHOR_TESTS = """
import pytest

from screener import Credential, hookimpl


class CHIM:
    @hookimpl
    def screener_credentials(self):
        return [Credential(id="CHIM", name="Certified Health Information Management", issuer="CHIMA")]


@pytest.fixture
def plugins_under_test():
    return [CHIM()]


def test_sees_only_what_it_asked_for(extract_posting, make_screener):
    extraction = extract_posting("CHIM, CCDS or RHIT required")
    assert extraction.ids("credential") == ["CHIM", "CCDS", "RHIT"]
    # CCDS is the built-in definition, not the one of the installed screener-ccds
    assert make_screener().knowledge.owner("credential", "CCDS") == "acdis-ccds"


def test_installed_plugin_only_when_named(make_screener):
    assert "ccds" not in make_screener().host.records
    assert "ccds" in make_screener(distributions=["screener-ccds"]).host.records
"""


def test_an_author_suite_is_blind_to_other_installed_plugins_and_shell_settings(plugin_env, tmp_path):
    """In an environment with screener-ccds installed and a block-list set, the kit still gives what was asked."""
    env = plugin_env("screener-ccds")
    (tmp_path / "test_author.py").write_text(textwrap.dedent(AUTHOR_TESTS))
    result = env.run("-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tmp_path, env={DISABLE_ENV: "ahima-rhit"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout
    opted_out = env.run("-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:screener.testing", cwd=tmp_path)
    assert opted_out.returncode != 0 and "fixture 'extract_posting' not found" in opted_out.stdout
