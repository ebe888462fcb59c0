"""Batches through the real command line: every input kind, failures in place, exit status, --jobs, progress."""

from __future__ import annotations

import fcntl
import gzip
import itertools
import json
import os
import pty
import select
import shutil
import struct
import subprocess
import termios

import pytest
from conftest import SAMPLES, SHARED_CORPUS
from test_html_reader import DESCRIPTION_TEXT, JOB, saved_page
from test_pdf_reader import LINES, write_pdf

NHS_BULK = SHARED_CORPUS / "bulk" / "nhs-jobs-2020.jsonl.gz"
RHIT_POSTING = SAMPLES / "postings" / "rhit-required.txt"


@pytest.fixture(scope="module")
def env(plugin_env):
    return plugin_env()


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def requirements_without_offsets(extraction: dict) -> list[dict]:
    view = []
    for requirement in extraction["requirements"]:
        requirement = dict(requirement)
        requirement["evidence"] = requirement["evidence"]["text"]
        requirement["mention"] = requirement["mention"]["text"]
        view.append(requirement)
    return view


def corrupt_batch(tmp_path):
    good = [
        {"id": f"g{n}", "title": "Coder", "text": f"RHIT required. {n} years of coding experience."}
        for n in range(1, 7)
    ]
    lines = [json.dumps(r) for r in good]
    lines.insert(2, '{"id": "bad1", "text": ')
    lines.insert(5, '{"title": "no text"}')
    lines.insert(7, "garbage")
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path, len(good), 3


def test_saved_page_gives_the_requirements_of_its_description_as_plain_text(env, tmp_path):
    page = tmp_path / "saved-page.html"
    page.write_text(saved_page(JOB))
    text = tmp_path / "description.txt"
    text.write_text(DESCRIPTION_TEXT)
    from_page = env.screener("extract", str(page), "--format", "json")
    from_text = env.screener("extract", str(text), "--format", "json")
    assert from_page.returncode == from_text.returncode == 0, from_page.stderr
    page_result, text_result = json.loads(from_page.stdout), json.loads(from_text.stdout)
    assert page_result["title"] == "Inpatient Coder II"
    assert page_result["requirements"]
    assert requirements_without_offsets(page_result) == requirements_without_offsets(text_result)
    table = env.screener("extract", str(page))
    assert "Inpatient Coder II" in table.stdout and "RHIT" in table.stdout


def test_a_batch_with_corrupt_lines_returns_every_good_result_and_one_error_record_per_bad_line(env, tmp_path):
    path, good, bad = corrupt_batch(tmp_path)
    result = env.screener("extract", str(path), "--format", "jsonl")
    assert result.returncode == 1
    records = jsonl(result.stdout)
    assert len(records) == good + bad
    assert [r["source"] for r in records if not r["errors"]] == [f"{path}#g{n}" for n in range(1, good + 1)]
    assert all(r["requirements"] for r in records if not r["errors"])
    failed = [r for r in records if r["errors"]]
    assert [r["source"] for r in failed] == [f"{path}:3", f"{path}:6", f"{path}:8"]
    assert all(len(r["errors"]) == 1 and r["errors"][0]["code"] == "read_error" for r in failed)
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("screener: error: ")]
    assert error_lines == [f"screener: error: {r['errors'][0]['message']}" for r in failed]
    assert f"{good + bad} posting(s), {bad} with errors (from 1 source(s);" in result.stderr
    assert "Traceback" not in result.stderr


def test_jobs_give_the_same_output_in_the_same_order(env, tmp_path):
    path, _, _ = corrupt_batch(tmp_path)
    many = tmp_path / "many.jsonl"
    many.write_text("".join(json.dumps({"text": f"CPC required ({n}); ICD-10-CM"}) + "\n" for n in range(300)))
    args = ("extract", str(path), str(many), str(RHIT_POSTING), "--format", "jsonl")
    one = env.screener(*args)
    two = env.screener(*args, "--jobs", "2")
    assert one.returncode == two.returncode == 1
    assert two.stdout == one.stdout
    assert len(one.stdout.splitlines()) == 9 + 300 + 1


def test_strict_stops_at_the_first_bad_record(env, tmp_path):
    path, _, _ = corrupt_batch(tmp_path)
    result = env.screener("extract", str(path), str(RHIT_POSTING), "--format", "jsonl", "--strict")
    assert result.returncode == 1
    assert [r["source"] for r in jsonl(result.stdout)] == [f"{path}#g1", f"{path}#g2"]
    assert f"{path}:3: invalid JSON on line 3" in result.stderr and "Traceback" not in result.stderr


def test_every_kind_of_file_in_a_directory_with_glob(env, tmp_path):
    folder = tmp_path / "saved"
    (folder / "nested").mkdir(parents=True)
    (folder / "page.html").write_text(saved_page(JOB))
    write_pdf(folder / "nested" / "posting.pdf", LINES)
    shutil.copy(RHIT_POSTING, folder / "rhit.txt")
    (folder / "batch.jsonl.gz").write_bytes(gzip.compress(b'{"text": "CTR required"}\n'))
    (folder / "export.csv").write_text('id,text\n7,"CCS required"\n')
    (folder / "notes.xyz").write_text("no reader for this")

    everything = env.screener("extract", str(folder), "--format", "jsonl")
    assert everything.returncode == 0, everything.stderr
    assert [r["source"] for r in jsonl(everything.stdout)] == [
        f"{folder}/batch.jsonl.gz:1",
        f"{folder}/export.csv#7",
        f"{folder}/page.html",
        f"{folder}/rhit.txt",
        f"{folder}/nested/posting.pdf",
    ]
    assert all(r["requirements"] for r in jsonl(everything.stdout))
    assert "skipped 1 file(s)" in everything.stderr

    only = env.screener("extract", str(folder), "--glob", "*.pdf", "--glob", "*.html", "--format", "jsonl")
    assert [r["source"] for r in jsonl(only.stdout)] == [f"{folder}/page.html", f"{folder}/nested/posting.pdf"]
    nested = env.screener("extract", str(folder), "--glob", "nested/*", "--format", "jsonl")
    assert [r["source"] for r in jsonl(nested.stdout)] == [f"{folder}/nested/posting.pdf"]


def test_standard_input(env, tmp_path):
    text = env.screener("extract", "-", "--format", "json", input=RHIT_POSTING.read_text())
    assert text.returncode == 0, text.stderr
    single = json.loads(text.stdout)
    assert single["source"] == "-" and "RHIT" in [r["id"] for r in single["requirements"]]

    lines = env.screener("extract", "-", "--format", "jsonl", input='{"text": "CPC required"}\n{"oops"\n')
    assert lines.returncode == 1
    assert [r["source"] for r in jsonl(lines.stdout)] == ["-:1", "-:2"]

    table = "title;body\nCoder;CCS required\n".replace(";", ",")
    csv = env.screener(
        "extract", "-", "--read-option", "format=csv", "--field", "body", "--format", "jsonl", input=table
    )
    assert csv.returncode == 0, csv.stderr
    assert [(r["source"], r["title"]) for r in jsonl(csv.stdout)] == [("-:2", "Coder")]

    page = env.screener("extract", "-", "--format", "json", input=saved_page(JOB))
    assert json.loads(page.stdout)["title"] == "Inpatient Coder II"


def test_json_output_is_an_array_for_a_batch_file_and_an_object_for_one_posting(env, tmp_path):
    batch = tmp_path / "one.jsonl"
    batch.write_text('{"text": "RHIT required"}\n')
    assert isinstance(json.loads(env.screener("extract", str(batch), "--format", "json").stdout), list)
    page = tmp_path / "page.html"
    page.write_text(saved_page(JOB))
    assert isinstance(json.loads(env.screener("extract", str(page), "--format", "json").stdout), dict)


def test_usage_errors_exit_2(env):
    assert env.screener("extract", str(RHIT_POSTING), "--read-option", "novalue").returncode == 2
    assert env.screener("extract", str(RHIT_POSTING), "--jobs", "0").returncode == 2


def test_unknown_stdin_format_is_an_error_record(env):
    result = env.screener("extract", "-", "--read-option", "format=rtf", "--format", "jsonl", input="x")
    assert result.returncode == 1
    assert "-: unknown format 'rtf'; choose one of csv, docx, html, json, jsonl, pdf, text, tsv" in result.stderr


def test_the_progress_bar_goes_to_a_terminal_on_stderr_and_never_to_stdout(env, tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("".join(json.dumps({"text": f"RHIT required ({n})"}) + "\n" for n in range(200)))
    main, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))  # a terminal 100 columns wide
    output = tmp_path / "stdout.jsonl"
    with output.open("wb") as stdout:
        process = subprocess.Popen(
            env.command("extract", str(batch), "--format", "jsonl"),
            stdout=stdout,
            stderr=secondary,
            env=env.environment(),
        )
        os.close(secondary)
        terminal = b""
        while select.select([main], [], [], 120)[0]:
            try:
                data = os.read(main, 4096)
            except OSError:  # the process has closed the terminal
                break
            if not data:
                break
            terminal += data
        process.wait(timeout=120)
    os.close(main)
    stdout = output.read_bytes()
    assert process.returncode == 0
    assert len(jsonl(stdout.decode())) == 200  # nothing but JSON Lines on stdout
    shown = terminal.decode(errors="replace")
    assert "postings" in shown and "\r" in shown  # tqdm's bar, redrawn in place
    assert "200 posting(s), 0 with errors" in shown

    piped = env.screener("extract", str(batch), "--format", "jsonl")
    assert "\r" not in piped.stderr and "it/s" not in piped.stderr and "postings/s" not in piped.stderr


@pytest.mark.skipif(not NHS_BULK.is_file(), reason="the shared corpus is not here")
def test_a_slice_of_the_nhs_bulk_file_runs_without_a_crash(env, tmp_path):
    """The first 1,000 real JobPosting records (the whole file is a documented command: see README)."""
    with gzip.open(NHS_BULK, "rt", encoding="utf-8") as bulk:
        head = list(itertools.islice(bulk, 1000))
    part = tmp_path / "nhs-head.jsonl.gz"
    part.write_bytes(gzip.compress("".join(head).encode()))
    result = env.screener("extract", str(part), "--format", "jsonl")
    assert result.returncode == 0, result.stderr[-2000:]
    records = jsonl(result.stdout)
    assert len(records) == 1000
    assert [r["source"] for r in records] == [f"{part}:{n}" for n in range(1, 1001)]
    assert all(r["errors"] == [] and r["title"] for r in records)
    assert sum(len(r["requirements"]) for r in records) > 0
    assert "1000 posting(s), 0 with errors (from 1 source(s);" in result.stderr
