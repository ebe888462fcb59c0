"""What screener writes is safe where it goes, whatever the postings and plugins put in it (issue 16).

- stdout that cannot be written (a full disk, a closed pipe) ends with one
  line on stderr (or quietly, for the pipe) and exit status 1, never a traceback;
- CSV cells never start a spreadsheet formula;
- Markdown carries no raw HTML, no javascript:/data: link, no code span a
  value can close: it is rendered here with a CommonMark renderer to check;
- the HTML report links only to http(s) URLs and escapes everything;
- every message on stderr, and every cell of the table formats, shows
  control characters as escapes: no input can forge a line or move the cursor.

Each runs the real command line in a subprocess on real files, with a
one-off plugin file (``--plugin``) where a plugin's text is the attack.
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import SAMPLES, failing_after

from screener.core.terminal import visible

PROFILE = SAMPLES / "profiles" / "new-graduate-rhit-eligible.yaml"
HOSTILE_TITLE = '=HYPERLINK("http://x") <img src=x onerror=alert(1)> [x](javascript:alert(1)) `a` | b'
POSTING = f"{HOSTILE_TITLE}\n\nRHIT required.\nCPC preferred.\n2 years of coding experience required.\n"
HOSTILE_REASON = "+cmd|' /C calc'!A0 <script>alert(1)</script> | cell\x1b]0;owned\x07 \x9b2J\nscreener: 0 posting(s)"
HOSTILE_STEP = "@SUM(1+1) [click](javascript:alert(1)) ![i](data:image/png;base64,AAAA) <b>bold</b>"
HOSTILE_SOURCE = "javascript:alert(document.cookie)"
PLUGIN = f"""\
from screener import hookimpl


@hookimpl(tryfirst=True)
def screener_assess(requirement, profile, knowledge):
    return {{"status": "unmet", "reason": {HOSTILE_REASON!r}, "next_step": {HOSTILE_STEP!r},
            "source": {HOSTILE_SOURCE!r}}}
"""
#: What no message and no table cell may hold: control characters other than the line ends, bidi controls.
INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(autouse=True)
def hang_guard():
    with failing_after(300, "an output test is not bounded"):
        yield


def screener(*args: str, stdout=subprocess.PIPE, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "screener", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=240,
        cwd=cwd,
    )


@pytest.fixture
def hostile(tmp_path) -> tuple[Path, Path]:
    """A posting with a hostile title (file name with backticks) and a plugin file with hostile text."""
    posting = tmp_path / "a`b``c.txt"
    posting.write_text(POSTING, encoding="utf-8")
    plugin = tmp_path / "hostile_assessor.py"
    plugin.write_text(PLUGIN, encoding="utf-8")
    return posting, plugin


# --------------------------------------------------------------------------- a full disk, a closed pipe


COMMANDS = {
    "extract-table": ["extract", "{postings}"],
    "extract-jsonl-2-jobs": ["extract", "{postings}", "--format", "jsonl", "--jobs", "2"],
    "screen-csv": ["screen", "{postings}", "--profile", "{profile}", "--format", "csv"],
    "screen-html": ["screen", "{postings}", "--profile", "{profile}", "--format", "html"],
    "rank": ["rank", "{postings}", "--profile", "{profile}"],
    "credentials-json": ["credentials", "--format", "json"],
}


def command(name: str) -> list[str]:
    return [part.format(postings=SAMPLES / "postings", profile=PROFILE) for part in COMMANDS[name]]


@pytest.mark.parametrize("name", list(COMMANDS))
def test_a_full_disk_is_one_line_on_stderr_and_exit_status_1(name):
    with open("/dev/full", "w") as full:
        result = screener(*command(name), stdout=full)
    assert result.returncode == 1, result.stderr
    assert result.stderr.splitlines()[-1] == "screener: error: cannot write the output: No space left on device"
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr


@pytest.mark.parametrize("name", ["extract-table", "extract-jsonl-2-jobs", "screen-html", "credentials-json"])
def test_a_closed_pipe_ends_quietly_with_exit_status_1(name):
    """The reader of the pipe is gone before the first write (as ``| head -1`` is after its line): no noise."""
    process = subprocess.Popen(
        [sys.executable, "-m", "screener", *command(name)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    process.stdout.close()
    stderr = process.stderr.read()
    assert process.wait(timeout=240) == 1, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr and "Broken pipe" not in stderr, stderr


def test_head_gets_its_line_and_screener_ends_without_a_traceback(tmp_path):
    batch = tmp_path / "batch.jsonl"
    lines = "".join(json.dumps({"id": str(n), "text": "RHIT required. " * 200}) + "\n" for n in range(400))
    batch.write_text(lines, encoding="utf-8")
    result = subprocess.run(
        f"{sys.executable} -m screener extract {batch} --format jsonl | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert json.loads(result.stdout)["source"] == f"{batch}#0"
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr


# --------------------------------------------------------------------------- CSV


def formula_cells(text: str) -> list[str]:
    return [
        cell
        for row in csv.reader(io.StringIO(text))
        for cell in row
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"[-+]?[0-9]+(\.[0-9]+)?|-", cell)
    ]


def test_csv_cells_from_postings_and_plugins_never_start_a_formula(hostile):
    posting, plugin = hostile
    screened = screener("--plugin", str(plugin), "screen", str(posting), "--profile", str(PROFILE), "--format", "csv")
    assert screened.returncode == 0, screened.stderr
    rows = list(csv.DictReader(io.StringIO(screened.stdout)))
    assert rows and {row["title"] for row in rows} == {"'" + HOSTILE_TITLE}
    assert {row["reason"] for row in rows} == {"'" + HOSTILE_REASON}
    assert {row["next_step"] for row in rows} == {"'" + HOSTILE_STEP}
    assert not formula_cells(screened.stdout)
    ranked = screener("--plugin", str(plugin), "rank", str(posting), "--profile", str(PROFILE), "--format", "csv")
    assert ranked.returncode == 0, ranked.stderr
    assert next(csv.DictReader(io.StringIO(ranked.stdout)))["title"] == "'" + HOSTILE_TITLE
    assert not formula_cells(ranked.stdout)


def test_the_csv_helper_neutralises_every_formula_start_and_keeps_numbers():
    from screener.io.output import csv_cell, csv_line

    assert [csv_cell(v) for v in ["=1+2", "+1+2", "-1+2", "@SUM(A1)", "\tx", "\rx"]] == [
        "'=1+2",
        "'+1+2",
        "'-1+2",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
    ]
    assert [csv_cell(v) for v in ["-1", "+2.5", "-", "RHIT", -3, 1.5, None]] == [
        "-1",
        "+2.5",
        "-",
        "RHIT",
        -3,
        1.5,
        None,
    ]
    assert csv_line(["=x", 2]) == "'=x,2\n"
    # a carriage return is quoted like a line feed: unquoted, every CSV reader starts a new row at it
    assert csv_line(["a\rb", "c\nd", "e"]) == '"a\rb","c\nd",e\n'
    assert list(csv.reader(io.StringIO(csv_line(["a\rb", "=x\r=y"])))) == [["a\rb", "'=x\r=y"]]


# --------------------------------------------------------------------------- Markdown


class _Html(HTMLParser):
    """The tags, attributes and text of rendered HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def rendered(markdown: str) -> _Html:
    from markdown_it import MarkdownIt

    parser = _Html()
    parser.feed(MarkdownIt("commonmark").enable("table").render(markdown))
    return parser


def test_markdown_shows_posting_and_plugin_text_as_text(hostile):
    posting, plugin = hostile
    result = screener(
        "--plugin", str(plugin), "screen", str(posting), "--profile", str(PROFILE), "--format", "markdown"
    )
    assert result.returncode == 0, result.stderr
    html = rendered(result.stdout)
    assert {tag for tag, _ in html.tags} <= {"h2", "p", "code", "strong", "table", "thead", "tbody", "tr", "th", "td"}
    text = "".join(html.text)
    assert HOSTILE_TITLE in text  # the title as written, not as markup
    assert " ".join(HOSTILE_STEP.split()) in text
    assert visible(" ".join(HOSTILE_REASON.split())) in text
    assert f"source: {HOSTILE_SOURCE}" in text  # not a link
    codes = [data for data in html.text if "c.txt" in data]
    assert str(posting) in codes  # the code span holds the whole file name, backticks and all
    rows = [tag for tag, _ in html.tags if tag == "tr"]
    header_cells = next(line for line in result.stdout.splitlines() if line.startswith("| status"))
    assert len(rows) == 1 + sum(1 for line in result.stdout.splitlines() if line.startswith("| unmet"))
    assert header_cells.count("|") == 7


def test_markdown_rankings_show_titles_as_text(hostile):
    posting, plugin = hostile
    result = screener("--plugin", str(plugin), "rank", str(posting), "--profile", str(PROFILE), "--format", "markdown")
    assert result.returncode == 0, result.stderr
    html = rendered(result.stdout)
    assert {tag for tag, _ in html.tags} <= {"table", "thead", "tbody", "tr", "th", "td"}
    assert HOSTILE_TITLE in "".join(html.text)


def test_a_link_goes_only_to_an_http_url():
    from screener.io.markdown import md_code, md_link

    assert md_link("source", "https://example.org/a b(c)<d>") == "[source](<https://example.org/a%20b(c)%3Cd%3E>)"
    assert md_link("source", "javascript:alert(1)") == "source: javascript:alert(1)"
    assert md_link("source", "data:text/html,<script>") == "source: data:text/html,\\<script\\>"
    assert md_code("a``b`") == "``` a``b` ```"
    assert rendered(f"x {md_code('a``b`')} y").text == ["x ", "a``b`", " y", "\n"]


# --------------------------------------------------------------------------- the HTML report


def test_the_html_report_escapes_everything_and_links_only_to_http(hostile):
    posting, plugin = hostile
    result = screener("--plugin", str(plugin), "screen", str(posting), "--profile", str(PROFILE), "--format", "html")
    assert result.returncode == 0, result.stderr
    page = _Html()
    page.feed(result.stdout)
    assert {tag for tag, _ in page.tags} <= {
        *("html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "span", "mark", "section", "div"),
        *("table", "tr", "th", "td", "a"),
    }
    links = [attrs.get("href") or "" for tag, attrs in page.tags if tag == "a"]
    assert links and all(link.startswith(("#p", "http://", "https://")) for link in links)
    text = "".join(page.text)
    assert HOSTILE_TITLE in text and HOSTILE_SOURCE in text


# --------------------------------------------------------------------------- terminal-safe messages


def test_file_names_titles_and_plugin_messages_cannot_forge_lines_on_stderr(tmp_path):
    folder = tmp_path / "postings"
    folder.mkdir()
    forged = "\nscreener: 0 posting(s), 0 with errors\x1b[2J\r\u202e"
    (folder / f"bad{forged}.txt").write_bytes(b"RHIT\x00 required")  # a read error naming the file
    (folder / "good.txt").write_text(f"Coder{forged}\n\nRHIT required.\n", encoding="utf-8")
    plugin = tmp_path / "raising.py"
    plugin.write_text(
        "from screener import hookimpl\n\n\n@hookimpl\ndef screener_extract(doc, posting):\n"
        "    raise ValueError('cannot read ' + doc.text[:60])\n",
        encoding="utf-8",
    )
    result = screener("--trace-plugins", "--plugin", str(plugin), "extract", str(folder))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines and all(line.startswith("screener: ") for line in lines), result.stderr
    assert not INVISIBLE.search(result.stderr)
    assert [line for line in lines if line.startswith("screener: 0 posting(s)")] == []
    assert lines[-1] == "screener: 2 posting(s), 2 with errors (from 2 source(s); 1 requirement(s) found)"
    assert any("bad\\nscreener: 0 posting(s), 0 with errors\\x1b[2J\\r\\u202e.txt" in line for line in lines)
    assert not INVISIBLE.search(result.stdout.replace("\n", ""))  # the table, for people, too


def test_screen_and_rank_messages_and_tables_are_terminal_safe(hostile):
    posting, plugin = hostile
    (posting.parent / "bad\x1b]0;owned\x07.txt").write_bytes(b"")
    for args in (["screen", "--format", "table"], ["rank"]):
        result = screener("--plugin", str(plugin), args[0], str(posting.parent), "--profile", str(PROFILE), *args[1:])
        assert result.returncode == 1
        assert not INVISIBLE.search(result.stderr.replace("\n", "")), result.stderr
        assert not INVISIBLE.search(result.stdout.replace("\n", "")), result.stdout
        assert "bad\\x1b]0;owned\\x07.txt" in result.stderr


def test_visible_writes_every_control_character_as_an_escape():
    assert visible("a\x1b[2Jb\nc\rd\te\x00f\x7fg\x85h\u202ei\u2066j\u2028k") == (
        "a\\x1b[2Jb\\nc\\rd\\te\\x00f\\x7fg\\x85h\\u202ei\\u2066j\\u2028k"
    )
    assert visible("RHIT – café ✓") == "RHIT – café ✓"
