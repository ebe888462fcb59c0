"""No network unless a URL was given, and no telemetry.

The commands run in a real process with an audit hook that reports and
refuses every socket connection and name lookup. A URL source is the
positive control: it is the one thing that may connect, and the hook sees it.
"""

from __future__ import annotations

import ast
import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES
from test_docx_reader import write_docx
from test_html_reader import JOB, saved_page
from test_pdf_reader import LINES, write_pdf

GUARD = """
import sys

def refuse_network(event, args):
    if event in ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"):
        print(f"NETWORK {event} {args!r}", file=sys.stderr, flush=True)
        raise OSError(f"network use refused by the test: {event}")

sys.addaudithook(refuse_network)
sys.argv = ["screener", *sys.argv[1:]]
from screener.cli.commands import main
main()
"""

NETWORK_MODULES = {"socket", "requests", "urllib3", "httpx", "aiohttp", "http.client", "urllib.request", "ftplib"}


def guarded(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(cwd or ROOT), "SCREENER_LOAD_PLUGINS": ""}
    return subprocess.run(
        [sys.executable, "-c", GUARD, *args], capture_output=True, text=True, timeout=300, cwd=cwd, env=environment
    )


@pytest.fixture(scope="module")
def every_kind(tmp_path_factory) -> Path:
    """A folder with a posting of every kind the readers take."""
    folder = tmp_path_factory.mktemp("every-kind")
    (folder / "page.html").write_text(saved_page(JOB), encoding="utf-8")
    write_pdf(folder / "posting.pdf", LINES)
    write_docx(folder / "posting.docx")
    text = (SAMPLES / "postings" / "rhit-required.txt").read_text(encoding="utf-8")
    (folder / "posting.md").write_text(text, encoding="utf-8")
    record = json.dumps({"text": text, "title": "Coder"})
    (folder / "batch.jsonl").write_text(record + "\n" + record + "\n", encoding="utf-8")
    with gzip.open(folder / "batch.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write(record + "\n")
    (folder / "batch.csv").write_text('text,title\n"RHIT required.",Coder\n', encoding="utf-8")
    return folder


def test_the_guard_sees_a_connection(tmp_path):
    result = guarded("extract", "http://127.0.0.1:9/posting.html")
    assert "NETWORK socket." in result.stderr
    assert result.returncode == 1 and "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["extract", "{samples}", "{every_kind}", "--format", "jsonl"],
        ["extract", "{samples}", "{every_kind}", "--format", "jsonl", "--jobs", "2"],
        ["screen", "{samples}", "--profile", "{profile}", "--format", "html"],
        ["rank", "{samples}", "--profile", "{profile}"],
        ["profile", "check", "{profile}"],
        ["credentials", "RHIT"],
        ["skills"],
        ["plugins", "--all"],
        ["evaluate", "{sample_root}"],
        ["schema", "profile"],
        ["--help"],
    ],
    ids=lambda command: " ".join(part for part in command if not part.startswith("{")),
)
def test_no_command_touches_the_network(every_kind, command):
    values = {
        "samples": str(SAMPLES / "postings"),
        "sample_root": str(SAMPLES),
        "every_kind": str(every_kind),
        "profile": str(SAMPLES / "profiles" / "new-graduate-rhit-eligible.yaml"),
    }
    result = guarded(*(part.format(**values) for part in command))
    assert "NETWORK" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert result.stdout


def test_only_the_url_reader_imports_a_network_library():
    importers = set()
    for path in [*(ROOT / "screener").rglob("*.py"), *(ROOT / "plugins").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(
                name in NETWORK_MODULES or name.split(".")[0] in NETWORK_MODULES - {"http", "urllib"} for name in names
            ):
                importers.add(path.relative_to(ROOT).as_posix())
    assert importers == {"plugins/readers/url.py", "plugins/readers/http_deadline.py"}  # the URL reader's two modules
