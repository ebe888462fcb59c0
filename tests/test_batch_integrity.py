"""10,000 postings, 1% of them corrupt: 9,900 results and 100 error records, in input order, exit status 1.

The corrupt records are of every kind a batch meets: lines that are not
JSON, records without text, text of the wrong type, bytes that are not
UTF-8, a posting over the size limit, a record that is not an object, and a
posting that makes a plugin raise. They run through the real command line,
in one process and in two.
"""

from __future__ import annotations

import csv
import gzip
import html
import itertools
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES, SHARED_CORPUS, needs_shared_corpus
from test_html_reader import saved_page
from test_pdf_reader import LINES, write_pdf

POSTINGS = 10_000
EVERY = 100  # one record in a hundred is corrupt
LIMIT = 5_000  # --max-chars for the run

# The opening lines of each sample posting: short, so that 10,000 of them run in seconds, and each asks for something.
TEXTS = [
    "\n".join(p.read_text(encoding="utf-8").splitlines()[:12]) for p in sorted((SAMPLES / "postings").glob("*.txt"))
]

CORRUPT: list[bytes] = [
    b"{not json at all",
    json.dumps({"title": "no text field"}).encode(),
    json.dumps({"text": None}).encode(),
    json.dumps({"text": 42}).encode(),
    b'{"text": "RHIT required \xff\xfe here"}',
    json.dumps({"text": "RHIT required. " * (LIMIT // 10)}).encode(),
    json.dumps(["an", "array"]).encode(),
    json.dumps({"text": "CCS required. PLANTED-FAULT"}).encode(),
    b'{"text": "unterminated',
    json.dumps({"text": {"nested": "object"}}).encode(),
]

FAULTY_PLUGIN = """
from screener import hookimpl


@hookimpl
def screener_extract(doc, posting):
    if "PLANTED-FAULT" in posting.text:
        raise RuntimeError("planted fault")
    return []
"""


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> tuple[Path, Path, set[int]]:
    folder = tmp_path_factory.mktemp("batch")
    path = folder / "postings.jsonl"
    corrupt_lines: set[int] = set()
    with path.open("wb") as handle:
        for line in range(1, POSTINGS + 1):
            if line % EVERY == 37 % EVERY:
                handle.write(CORRUPT[(line // EVERY) % len(CORRUPT)] + b"\n")
                corrupt_lines.add(line)
            else:
                record = {"id": line, "title": f"Posting {line}", "text": TEXTS[line % len(TEXTS)]}
                handle.write(json.dumps(record).encode() + b"\n")
    plugin = folder / "planted_fault.py"
    plugin.write_text(FAULTY_PLUGIN, encoding="utf-8")
    return path, plugin, corrupt_lines


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_record_comes_back_in_order_and_only_the_corrupt_ones_fail(batch, jobs, screener):
    path, plugin, corrupt_lines = batch
    assert len(corrupt_lines) == POSTINGS // EVERY
    command = [sys.executable, "-m", "screener", "--plugin", str(plugin), "extract", str(path)]
    result = subprocess.run(
        [*command, "--format", "jsonl", "--max-chars", str(LIMIT), "--jobs", jobs],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    # a record is named by its id field when it has one (a stable id), else by its line
    expected = [f"{path}:{line}" if line in corrupt_lines else f"{path}#{line}" for line in range(1, POSTINGS + 1)]
    assert [r["source"] for r in records] == expected
    failed = {int(r["source"].rsplit(":", 1)[1]) for r in records if r["errors"]}
    assert failed == corrupt_lines
    assert len([r for r in records if not r["errors"]]) == POSTINGS - POSTINGS // EVERY
    found = {text: [r.id for r in screener.extract(text).requirements] for text in TEXTS}
    for line, record in enumerate(records, start=1):
        if line not in corrupt_lines:
            assert [r["id"] for r in record["requirements"]] == found[TEXTS[line % len(TEXTS)]], line
    codes = {e["code"] for r in records for e in r["errors"]}
    assert codes == {"read_error", "too_large", "plugin_error"}
    assert f"{POSTINGS} posting(s), {POSTINGS // EVERY} with errors" in result.stderr
    assert result.stderr.count("error: ") == POSTINGS // EVERY


NHS_BULK = SHARED_CORPUS / "bulk" / "nhs-jobs-2020.jsonl.gz"


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory) -> Path:
    """Real postings in every form: text files, a slice of the NHS bulk file, web pages, CSV, PDF, bad files."""
    needs_shared_corpus("bulk", "nhs-jobs-2020.jsonl.gz")
    folder = tmp_path_factory.mktemp("mixed")
    with gzip.open(NHS_BULK, "rt", encoding="utf-8") as bulk:
        lines = [line for line in itertools.islice(bulk, 400)]
    records = [json.loads(line) for line in lines]
    corpus = folder / "corpus"
    corpus.mkdir()
    for path in sorted((SHARED_CORPUS / "postings").glob("*.txt")):
        shutil.copy(path, corpus / path.name)
    batch = [*lines[:300]]
    batch[17:17] = ["{not json\n", json.dumps({"title": "no text"}) + "\n"]
    batch.insert(250, json.dumps({"text": "RHIT required. " * 30_000}) + "\n")  # over the size limit
    (folder / "nhs.jsonl.gz").write_bytes(gzip.compress("".join(batch).encode("utf-8")))
    pages = folder / "pages"
    pages.mkdir()
    for n, record in enumerate(records[300:310]):
        (pages / f"job-{n}.html").write_text(saved_page(record), encoding="utf-8")  # JSON-LD in the page
        body = html.unescape(record["description"])
        (pages / f"body-{n}.html").write_text(saved_page(None, body), encoding="utf-8")  # the page's own text
    (pages / "listing.html").write_text(saved_page(records[310:313]), encoding="utf-8")  # three postings
    (pages / "empty.html").write_text("", encoding="utf-8")
    with (folder / "export.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "title", "description"])
        for n, record in enumerate(records[320:360]):
            writer.writerow([f"nhs-{n}", record["title"], html.unescape(record["description"])])
        writer.writerow(["blank", "No text", ""])
    write_pdf(folder / "posting.pdf", LINES)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    (folder / "notes.xyz").write_text("no reader for this", encoding="utf-8")
    return folder


def test_two_processes_write_byte_for_byte_what_one_does_on_a_mixed_folder(mixed_folder):
    command = [sys.executable, "-m", "screener", "extract", str(mixed_folder), "--format", "jsonl"]
    one = subprocess.run(command, capture_output=True, text=True, timeout=900)
    two = subprocess.run([*command, "--jobs", "2"], capture_output=True, text=True, timeout=900)
    assert one.returncode == two.returncode == 1, one.stderr[-2000:]
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    records = [json.loads(line) for line in one.stdout.splitlines()]
    assert len(records) == 35 + 303 + 10 + 10 + 3 + 1 + 41 + 2
    codes = sorted(error["code"] for r in records for error in r["errors"])
    assert codes == ["read_error"] * 5 + ["too_large"]
    assert "Traceback" not in one.stderr
