"""The command line imports spaCy without spaCy's own command line, and spaCy stays whole.

Each test runs a fresh interpreter: what is imported is per process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from conftest import SAMPLES

POSTING = SAMPLES / "postings" / "rhit-required.txt"


def _run(code: str, *, env_path: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = None if env_path is None else {**os.environ, "PYTHONPATH": str(env_path)}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300, env=env
    )


def test_screener_extract_leaves_spacys_command_line_unimported():
    result = _run(
        f"""
        import sys
        from screener.cli.commands import main
        sys.argv = ["screener", "extract", {str(POSTING)!r}, "--format", "json"]
        try:
            main()
        except SystemExit as exit:
            assert exit.code == 0, exit.code
        unwanted = [m for m in ("spacy.cli", "typer", "weasel") if m in sys.modules]
        print("IMPORTED", unwanted, file=sys.stderr)
        """
    )
    assert result.returncode == 0, result.stderr
    assert '"id": "RHIT"' in result.stdout
    assert "IMPORTED []" in result.stderr


def test_spacy_is_whole_afterwards():
    result = _run(
        """
        import sys
        from screener.extraction.spacy_import import import_spacy_without_its_cli

        spacy = import_spacy_without_its_cli()
        assert "spacy.cli" not in sys.modules and "spacy.cli.info" not in sys.modules
        nlp = spacy.blank("en")
        assert [t.text for t in nlp("RHIT required.")] == ["RHIT", "required", "."]
        details = spacy.info()  # the real spacy.cli.info.info, imported now
        assert details["spacy_version"] == spacy.__version__, details
        from spacy import cli
        assert cli is spacy.cli is sys.modules["spacy.cli"]
        from spacy.cli.download import download
        assert callable(download)
        try:
            spacy.no_such_name
        except AttributeError as exc:
            assert "no_such_name" in str(exc)
        else:
            raise AssertionError("spacy.no_such_name did not raise")
        print("ok")
        """
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_nothing_changes_when_spacy_is_already_imported():
    result = _run(
        """
        import sys
        import spacy, spacy.cli
        from screener.extraction.spacy_import import import_spacy_without_its_cli

        assert import_spacy_without_its_cli() is spacy
        assert spacy.info is sys.modules["spacy.cli.info"].info
        assert "__getattr__" not in vars(spacy)
        print("ok")
        """
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_a_spacy_that_needs_more_of_its_command_line_is_imported_the_ordinary_way(tmp_path):
    """A spaCy release whose import needs more than ``spacy.cli.info.info`` gets its real command line."""
    package = tmp_path / "spacy"
    (package / "cli").mkdir(parents=True)
    (package / "__init__.py").write_text("from .cli.info import info, table\n__version__ = '0.test'\n")
    (package / "cli" / "__init__.py").write_text("")
    (package / "cli" / "info.py").write_text("def info():\n    return 'real'\n\ndef table():\n    return 'table'\n")
    result = _run(
        """
        import sys
        from screener.extraction.spacy_import import import_spacy_without_its_cli

        spacy = import_spacy_without_its_cli()
        assert spacy.__version__ == "0.test"
        assert spacy.info() == "real" and spacy.table() == "table"
        assert sys.modules["spacy.cli.info"].info is spacy.info
        print("ok")
        """,
        env_path=tmp_path,
    )
    assert result.stdout.strip() == "ok", result.stderr
