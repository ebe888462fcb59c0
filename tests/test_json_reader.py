"""The JSON Lines and JSON reader: records, JobPostings, corrupt lines, gzip, field options."""

from __future__ import annotations

import gzip
import json

import pytest

from screener import Posting, ReadError

JOB = {
    "@context": "http://schema.org",
    "@type": "JobPosting",
    "title": "Clinical Coder",
    # escaped once more, as the NHS Jobs feed stores it
    "description": "&lt;p&gt;&lt;strong&gt;Essential:&lt;/strong&gt;&lt;/p&gt;"
    "&lt;ul&gt;&lt;li&gt;CCS required&lt;/li&gt;&lt;/ul&gt;",
    "hiringOrganization": {"@type": "Organization", "name": "Northfield NHS Trust"},
}


def lines(*records) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records)


def write(tmp_path, name, data: bytes, *, gzipped=False):
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if gzipped else data)
    return str(path)


def test_a_batch_with_corrupt_lines_gives_every_good_record_and_one_error_per_bad_line(screener, tmp_path):
    data = lines(
        {"id": "A1", "title": "Coder", "text": "RHIT required"},
        b'{"id": "A2", "text": "CPC requ',  # cut off
        JOB,
        b"",  # blank lines are not records
        b"[1, 2]",
        {"title": "no text here"},
        b'{"text": "\x80 not utf-8"}',
        {"text": "<ul><li>CTR preferred</li></ul>"},
    )
    path = write(tmp_path, "batch.jsonl", data)
    extractions = list(screener.extract_sources([path]))
    assert [e.source for e in extractions] == [
        f"{path}#A1",
        f"{path}:2",
        f"{path}:3",
        f"{path}:5",
        f"{path}:6",
        f"{path}:7",
        f"{path}:8",
    ]
    good = [e for e in extractions if e.ok]
    assert [e.ids("credential") for e in good] == [["RHIT"], ["CCS"], ["CTR"]]
    assert [e.title for e in good] == ["Coder", "Clinical Coder", None]
    errors = {e.source: e.errors[0].message for e in extractions if not e.ok}
    assert errors == {
        f"{path}:2": f"{path}:2: invalid JSON on line 2: Unterminated string starting at (column 22)",
        f"{path}:5": f"{path}:5: expected a JSON object, found an array",
        f"{path}:6": f"{path}:6: no 'text' or 'description' field (fields: 'title'); name the field with --field",
        f"{path}:7": f"{path}:7: line 7 is not UTF-8 text (invalid start byte at byte 10)",
    }
    assert all(len(e.errors) == 1 and e.errors[0].code == "read_error" for e in extractions if not e.ok)


def test_json_ld_records_keep_title_and_organization_and_read_escaped_html(screener, tmp_path):
    (posting,) = screener.read_all(write(tmp_path, "jobs.jsonl", lines(JOB)))
    assert (posting.title, posting.organization) == ("Clinical Coder", "Northfield NHS Trust")
    assert posting.text.splitlines() == ["Essential:", "", "  * CCS required"]


def test_gzipped_json_lines_stream(screener, tmp_path):
    records = [{"id": n, "text": f"RHIT required ({n})"} for n in range(250)]
    path = write(tmp_path, "batch.jsonl.gz", lines(*records), gzipped=True)
    postings = list(screener.read_all(path))
    assert [p.source for p in postings] == [f"{path}#{n}" for n in range(250)]


def test_a_gzip_stream_that_breaks_off_keeps_the_records_before_it(screener, tmp_path):
    whole = gzip.compress(lines(*[{"text": "RHIT required " + "x" * 2000} for _ in range(200)]))
    path = write(tmp_path, "cut.jsonl.gz", whole[: len(whole) // 2])
    items = list(screener.read_all(path))
    assert isinstance(items[-1], ReadError)
    assert str(items[-1]).startswith(f"{path}: the file breaks off after line ")
    assert len(items) > 10 and all(isinstance(item, Posting) for item in items[:-1])


def test_the_text_title_and_id_fields_can_be_chosen(screener, tmp_path):
    record = {"ref": "R-7", "job": {"name": "Coder", "body": "<p>CCS-P required</p>"}, "text": "not this"}
    path = write(tmp_path, "custom.jsonl", lines(record, {"ref": "R-8", "job": {}}))
    options = {"field": "job.body", "title_field": "job.name", "id_field": "ref"}
    posting, error = screener.read_all(path, options)
    assert (posting.source, posting.title, posting.text) == (f"{path}#R-7", "Coder", "CCS-P required")
    assert str(error) == f"{path}:2: no field 'job.body' in this record"


def test_a_json_array_is_a_batch_and_an_object_is_one_posting(screener, tmp_path):
    array = write(
        tmp_path, "array.json", json.dumps([{"text": "RHIT required"}, {"id": "x", "text": "CPC required"}, 5]).encode()
    )
    first, second, third = screener.read_all(array)
    assert (first.source, second.source) == (f"{array}[0]", f"{array}#x")
    assert str(third) == f"{array}[2]: expected a JSON object, found a number"

    single = write(tmp_path, "job.json", json.dumps(JOB, indent=2).encode())
    posting = screener.read(single)
    assert (posting.source, posting.title) == (single, "Clinical Coder")

    graph = write(
        tmp_path, "graph.json.gz", json.dumps({"@graph": [JOB, {**JOB, "title": "Coder 2"}]}).encode(), gzipped=True
    )
    assert [p.title for p in screener.read_all(graph)] == ["Clinical Coder", "Coder 2"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'{"text": "RHIT",\n  oops}',
            "invalid JSON on line 2: Expecting property name enclosed in double quotes (column 3)",
        ),
        (b"", "empty: there is no JSON in it"),
        (b"[1,", "invalid JSON on line 1: Expecting value (column 4)"),
        (b'{"text": "caf\xe9"}', "not UTF-8 text"),
    ],
)
def test_a_broken_json_document_is_a_clear_error(screener, tmp_path, data, message):
    path = write(tmp_path, "broken.json", data)
    with pytest.raises(ReadError) as caught:
        screener.read(path)
    assert str(caught.value).startswith(f"{path}: {message}")
