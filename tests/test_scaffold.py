"""`screener plugin new NAME`: the package it writes installs and passes its own tests, unchanged."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import make_plugin_env

from screener.cli.scaffold import screener_requirement
from screener.testing import run_cli


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../evil", "is a path"),
        ("a/b", "is a path"),
        ("a\\b", "is a path"),
        ("..", "is a path"),
        ("has space", "not a valid plugin name"),
        ("", "not a valid plugin name"),
        ("1st", "not a valid plugin name"),
        ("acme--cdi", "not a valid plugin name"),
        ("acme.cdi", "not a valid plugin name"),
        ("-rf", "not a valid plugin name"),
        ("screener-", "not a valid plugin name"),
        ("screener", "screener's own name"),
        ("rhit", "credential id 'RHIT' is already defined by plugin 'ahima-rhit'"),
        ("ahima-rhit", "a plugin called 'ahima-rhit' is already installed"),
    ],
)
def test_bad_names_are_refused_and_nothing_is_written(tmp_path, name, expected):
    result = run_cli("plugin", "new", "--directory", str(tmp_path), "--", name)
    assert result.exit_code == 2, result.stdout + result.stderr
    assert expected in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_bad_credential_id_is_refused(tmp_path):
    result = run_cli("plugin", "new", "acme-cdi", "--credential", "acme", "--directory", str(tmp_path))
    assert result.exit_code == 2 and "--credential 'acme'" in result.stderr and "upper case" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_existing_folder_is_never_overwritten(tmp_path):
    (tmp_path / "screener-acme-cdi").mkdir()
    (tmp_path / "screener-acme-cdi" / "notes.txt").write_text("mine")
    result = run_cli("plugin", "new", "acme-cdi", "--directory", str(tmp_path))
    assert result.exit_code == 2 and "already exists; nothing was written" in result.stderr
    assert [p.name for p in (tmp_path / "screener-acme-cdi").iterdir()] == ["notes.txt"]


def test_names_are_normalised(tmp_path):
    result = run_cli("plugin", "new", "Screener_Ontario_CHIM", "--directory", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    package = tmp_path / "screener-ontario-chim"
    assert (package / "screener_ontario_chim.py").is_file()
    assert 'ontario-chim = "screener_ontario_chim"' in (package / "pyproject.toml").read_text()
    assert 'id="ONTARIO-CHIM"' in (package / "screener_ontario_chim.py").read_text()


def test_plugin_depends_on_the_screener_versions_with_the_same_hooks():
    assert screener_requirement("0.1.0") == "screener>=0.1,<1"
    assert screener_requirement("2.3.1.dev4") == "screener>=2.3,<3"


def test_new_package_installs_and_passes_its_own_tests_in_a_fresh_environment(tmp_path):
    env = make_plugin_env(tmp_path / "venv", [])
    made = env.screener("plugin", "new", "acme-cdi", "--directory", str(tmp_path))
    assert made.returncode == 0, made.stderr
    package = tmp_path / "screener-acme-cdi"
    assert sorted(str(p.relative_to(package)) for p in package.rglob("*") if p.is_file()) == [
        ".gitignore",
        "README.md",
        "examples/labels/example.json",
        "examples/postings/example.txt",
        "pyproject.toml",
        "screener_acme_cdi.py",
        "tests/test_screener_acme_cdi.py",
    ]
    assert str(package / "screener_acme_cdi.py") in made.stdout  # the next steps name the file to edit

    env.install(package)  # pip --no-deps --no-build-isolation --no-index: only the new package
    tests = env.run("-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=package)
    assert tests.returncode == 0, tests.stdout + tests.stderr
    assert "5 passed" in tests.stdout

    (row,) = env.plugins_json()
    assert (row["name"], row["distribution"], row["version"]) == ("acme-cdi", "screener-acme-cdi", "0.1.0")
    assert row["credentials"] == ["ACME-CDI"]
    posting = tmp_path / "posting.txt"
    posting.write_text("CDI Specialist\n\nRequirements:\n- ACME-CDI required\n")
    found = json.loads(env.screener("extract", str(posting), "--format", "json").stdout)["requirements"]
    assert [(r["id"], r["strength"]) for r in found] == [("ACME-CDI", "required")]
    report = json.loads(env.screener("evaluate", str(package / "examples"), "--format", "json").stdout)
    assert report["credentials"]["f1"] == 1.0


def test_new_package_is_clean_for_ruff(tmp_path):
    assert run_cli("plugin", "new", "acme-cdi", "--directory", str(tmp_path)).exit_code == 0
    package = tmp_path / "screener-acme-cdi"
    for command in (["check", "--select", "E,F,W,I,B,UP,SIM,RUF"], ["format", "--check"]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--no-cache", "--isolated", "."],
            cwd=package,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr
