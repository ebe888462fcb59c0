"""mypy finds no errors in screener and the built-in plugins, with the settings of pyproject.toml ``[tool.mypy]``.

The built-in plugins live in ``plugins/`` but are installed as the package
``screener_plugins``, so mypy reads both from a directory of symlinks
(``screener -> screener/``, ``screener_plugins -> plugins/``). Its cache goes
to a temporary directory: nothing is written to the repository.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT

pytest.importorskip("mypy")

CONFIG = ROOT / "pyproject.toml"


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory where ``screener`` and ``screener_plugins`` import as installed, and a shared cache."""
    where = tmp_path_factory.mktemp("typing")
    (where / "screener").symlink_to(ROOT / "screener", target_is_directory=True)
    (where / "screener_plugins").symlink_to(ROOT / "plugins", target_is_directory=True)
    return where


def mypy(where: Path, *packages: str) -> subprocess.CompletedProcess[str]:
    arguments = ["--config-file", str(CONFIG), "--cache-dir", str(where / ".mypy_cache")]
    for package in packages:
        arguments += ["-p", package]
    return subprocess.run(
        [sys.executable, "-m", "mypy", *arguments], cwd=where, capture_output=True, text=True, timeout=900
    )


def test_screener_and_the_built_in_plugins_type_check(checkout: Path) -> None:
    result = mypy(checkout, "screener", "screener_plugins")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    checked = re.search(r"Success: no issues found in (\d+) source files", output)
    assert checked, output
    # both packages were read, not just their __init__ files
    assert int(checked.group(1)) > 100, output


def test_the_check_sees_type_errors(checkout: Path) -> None:
    """A module with type errors, checked the same way, fails: one error of its own, one against screener's types."""
    probe = checkout / "typing_probe"
    probe.mkdir()
    (probe / "__init__.py").write_text("")
    (probe / "wrong.py").write_text(
        textwrap.dedent(
            """\
            from screener import Posting

            count: int = "three"
            posting = Posting(text=3)
            """
        )
    )
    result = mypy(checkout, "typing_probe")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert re.search(r"wrong\.py:3: error: .*\[assignment\]", output), output
    # screener's models are seen through the symlinks with their types (not as an untyped module)
    assert re.search(r"wrong\.py:4: error: .*\"Posting\".*\[arg-type\]", output), output
