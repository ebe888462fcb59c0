"""Real plugin packages, pip-installed into isolated environments, used through the real CLI."""

from __future__ import annotations

import json

CCDS_POSTING = "Clinical Documentation Specialist\n\nRequirements:\n- CCDS required\n- RN license\n"


def test_installed_plugin_is_listed_with_its_version_hooks_and_credentials(plugin_env):
    env = plugin_env("screener-ccds")
    listed = {p["name"]: p for p in env.plugins_json()}
    assert "ccds" in listed, listed
    ccds = listed["ccds"]
    assert ccds["distribution"] == "screener-ccds"
    assert ccds["version"] == "1.2.0"
    assert ccds["hooks"] == ["screener_credentials"]
    assert ccds["credentials"] == ["CCDS"]
    assert ccds["builtin"] is False
    # built-ins are hidden without --all, shown with it
    assert not any(p["builtin"] for p in listed.values())
    everything = {p["name"]: p for p in env.plugins_json("--all")}
    assert "ahima-rhit" in everything and everything["ahima-rhit"]["builtin"] is True


def test_installed_plugin_credential_is_found_as_required(plugin_env, tmp_path):
    env = plugin_env("screener-ccds")
    posting = tmp_path / "cdi.txt"
    posting.write_text(CCDS_POSTING)
    result = env.screener("extract", str(posting), "--format", "json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    ccds = [r for r in found["requirements"] if r["id"] == "CCDS"]
    assert len(ccds) == 1
    assert ccds[0]["kind"] == "credential"
    assert ccds[0]["strength"] == "required"
    assert CCDS_POSTING[ccds[0]["evidence"]["start"] : ccds[0]["evidence"]["end"]] == ccds[0]["evidence"]["text"]
    # CCDS is also built in: the installed plugin's definition replaces it, and the user is told
    assert "plugin 'ccds' (from screener-ccds) overrides the built-in credential 'CCDS'" in result.stderr


def test_installed_plugin_definition_is_the_one_used(plugin_env):
    builtin = plugin_env().screener("credentials", "CCDS")
    assert builtin.returncode == 0
    assert "defined by plugin: acdis-ccds" in builtin.stdout
    installed = plugin_env("screener-ccds").screener("credentials", "CCDS", "--format", "json")
    assert installed.returncode == 0
    assert json.loads(installed.stdout)["issuer"] == "ACDIS"
    assert json.loads(installed.stdout)["prerequisites"] == []  # the plugin's own, minimal definition


def test_broken_plugin_is_named_and_every_command_still_works(plugin_env, tmp_path):
    env = plugin_env("screener-broken", "screener-ccds")
    posting = tmp_path / "cdi.txt"
    posting.write_text(CCDS_POSTING)

    help_result = env.screener("--help")
    assert help_result.returncode == 0 and "extract" in help_result.stdout

    listing = env.screener("plugins", "--format", "json")
    assert listing.returncode == 0
    assert "'broken' (from screener-broken) failed to import" in listing.stderr
    assert "some_missing_dependency" in listing.stderr
    rows = {row["name"]: row for row in json.loads(listing.stdout)}
    assert "some_missing_dependency" in rows["broken"]["error"]
    assert "ccds" in rows  # the healthy plugin is still there

    extracted = env.screener("extract", str(posting), "--format", "json")
    assert extracted.returncode == 0
    assert "'broken' (from screener-broken)" in extracted.stderr
    assert "CCDS" in [r["id"] for r in json.loads(extracted.stdout)["requirements"]]


def test_broken_plugin_fails_in_strict_mode(plugin_env, tmp_path):
    env = plugin_env("screener-broken", "screener-ccds")
    posting = tmp_path / "cdi.txt"
    posting.write_text(CCDS_POSTING)
    result = env.screener("extract", str(posting), env={"SCREENER_STRICT_PLUGINS": "1"})
    assert result.returncode == 3
    assert "'broken' (from screener-broken) failed to import" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_two_plugins_defining_the_same_credential_is_an_error_naming_both(plugin_env, tmp_path):
    env = plugin_env("screener-ccds", "screener-ccds-rival")
    posting = tmp_path / "cdi.txt"
    posting.write_text(CCDS_POSTING)
    result = env.screener("extract", str(posting))
    assert result.returncode == 3
    assert "credential id 'CCDS'" in result.stderr
    assert "'ccds' (from screener-ccds)" in result.stderr
    assert "'ccds-rival' (from screener-ccds-rival)" in result.stderr
    assert "Traceback" not in result.stderr
    # the listing still works, so the user can see which two clash
    listing = {p["name"]: p for p in env.plugins_json()}
    assert listing["ccds"]["credentials"] == listing["ccds-rival"]["credentials"] == ["CCDS"]
