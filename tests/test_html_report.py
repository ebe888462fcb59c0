"""`screener screen --format html`: one self-contained page, checked as text and rendered in a real browser.

The browser part runs headless Chromium (Debian's ``chromium`` package) when
one is installed and is skipped otherwise.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import SAMPLES

from screener import load_profile
from screener.io.html_report import render_html

POSTINGS = [SAMPLES / "postings" / "rhit-eligible.txt", SAMPLES / "postings" / "rhit-required.txt"]
PROFILE = SAMPLES / "profiles" / "new-graduate-rhit-eligible.yaml"


@pytest.fixture(scope="module")
def page(screener):
    profile = load_profile(PROFILE)
    pairs = []
    for path in POSTINGS:
        posting = screener.read(str(path))
        pairs.append((posting.text, screener.screen(posting, profile)))
    return "".join(render_html(pairs)), pairs


class _PostingText(HTMLParser):
    """Collects the text of each ``.posting-text`` block and the marks inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.marks: list[tuple[str, str, str]] = []  # (class, data-requirement, text)
        self._depth = 0
        self._mark: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and attrs.get("class") == "posting-text":
            self._depth = 1
            self.texts.append("")
        elif self._depth and tag == "div":
            self._depth += 1
        if self._depth and tag == "mark":
            self._mark = [attrs["class"], attrs["data-requirement"], ""]

    def handle_endtag(self, tag):
        if self._depth and tag == "div":
            self._depth -= 1
        if tag == "mark" and self._mark is not None:
            self.marks.append(tuple(self._mark))
            self._mark = None

    def handle_data(self, data):
        if self._depth:
            self.texts[-1] += data
            if self._mark is not None:
                self._mark[2] += data


def test_the_page_is_self_contained(page):
    html, _ = page
    assert html.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(?:link|script|img|iframe|object|embed)\b", html, re.I)
    assert not re.search(r"\bsrc=|url\(|@import", html, re.I)


def test_the_posting_text_is_shown_whole_with_each_requirement_marked_by_status(page):
    html, pairs = page
    parser = _PostingText()
    parser.feed(html)
    assert parser.texts == [text for text, _ in pairs]  # nothing lost, nothing added, escaping undone
    marks = iter(parser.marks)
    for _, report in pairs:
        statuses = {a.requirement: a.status for a in report.fit.assessments}
        for index, requirement in enumerate(report.requirements):
            css, data, words = next(marks)
            assert (css, data, words) == (f"st-{statuses[index]}", str(index), requirement.mention.text)
    assert next(marks, None) is None
    assert {"st-met", "st-partial", "st-unmet"} <= {css for css, _, _ in parser.marks}


def test_evidence_is_highlighted_by_strength_and_rows_are_linked(page):
    html, pairs = page
    assert 'class="ev-required"' in html and 'class="ev-preferred"' in html
    for number, (_, report) in enumerate(pairs, 1):
        for assessment in report.fit.assessments:
            assert f'id="p{number}-r{assessment.requirement}" class="status-{assessment.status}"' in html
            assert f'href="#p{number}-r{assessment.requirement}"' in html
        assert f'<span class="verdict verdict-{report.fit.verdict}">' in html


def test_text_from_the_posting_is_escaped(screener):
    text = 'Coder <script>alert("x")</script>\nRHIT required & CPC preferred.\n'
    report = screener.screen(text, load_profile(PROFILE))
    html = "".join(render_html([(text, report)]))
    assert "<script>" not in html and "&lt;script&gt;" in html
    parser = _PostingText()
    parser.feed(html)
    assert parser.texts == [text]


def _browser() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if os.access("/usr/bin/chromium", os.X_OK) else None


PROBE = """
<script>
const out = {marks: [], evidence: {}, rows: document.querySelectorAll("table.assessments tr[id]").length,
             resources: performance.getEntriesByType("resource").length};
for (const m of document.querySelectorAll("mark[data-requirement]")) {
  const box = m.getBoundingClientRect();
  out.marks.push({css: m.className, background: getComputedStyle(m).backgroundColor, text: m.textContent,
                  shown: box.width > 0 && box.height > 0});
}
for (const kind of ["required", "preferred"]) {
  const span = document.querySelector(".ev-" + kind);
  out.evidence[kind] = span ? getComputedStyle(span).backgroundColor : null;
}
const probe = document.createElement("pre");
probe.id = "probe";
probe.textContent = JSON.stringify(out);
document.body.appendChild(probe);
</script>
"""


def test_a_real_browser_renders_the_highlights(page, tmp_path):
    browser = _browser()
    if browser is None:
        pytest.skip("no headless Chromium installed (Debian: apt-get install chromium)")
    html, pairs = page
    # The probe is added to a copy: the page itself carries no script.
    copy = tmp_path / "fit.html"
    copy.write_text(html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    result = subprocess.run(
        [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--dump-dom", copy.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    found = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout, re.S)
    assert found, result.stdout[-2000:]
    probe = json.loads(unescape(found.group(1)))
    assert probe["resources"] == 0  # nothing was fetched
    assert probe["rows"] == sum(len(report.fit.assessments) for _, report in pairs)
    colours = {"st-met": "rgb(168, 230, 184)", "st-partial": "rgb(255, 201, 122)", "st-unmet": "rgb(255, 159, 174)"}
    seen = set()
    for mark in probe["marks"]:
        assert mark["shown"], mark
        if mark["css"] in colours:
            assert mark["background"] == colours[mark["css"]], mark
            seen.add(mark["css"])
    assert seen == set(colours)
    assert probe["evidence"] == {"required": "rgb(255, 243, 196)", "preferred": "rgb(227, 239, 255)"}


def test_the_command_writes_one_html_page(plugin_env, tmp_path):
    result = plugin_env().screener(
        "screen", *map(str, POSTINGS), str(tmp_path / "missing.txt"), "--profile", str(PROFILE), "--format", "html"
    )
    assert result.returncode == 1  # the missing posting is reported, the others are on the page
    assert result.stdout.count("<!DOCTYPE html>") == 1 and result.stdout.count('<section class="posting"') == 3
    assert "missing.txt: no such file or directory" in result.stdout and "missing.txt" in result.stderr
    assert Path(POSTINGS[0]).read_text().splitlines()[0] in result.stdout
