"""Hostile files: empty, huge, binary, badly encoded, corrupt, bombs, deep nesting, unsafe YAML, path names.

Every case is a real file written here and read the way users read it: the
library (``Screener.read``, ``read_all``, ``extract_sources``) and, for a
representative set, the real command line in a subprocess. Each must end in
a clear error naming the file (and the record or field) or in a sensible
posting; never in a traceback, a hang or unbounded memory; and in a batch
the other files still give their results. Big inputs are built cheaply: a
sparse file, or compressed data made of one compressed block repeated.
"""

from __future__ import annotations

import io
import json
import os
import re
import struct
import subprocess
import sys
import tracemalloc
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SAMPLES, failing_after
from test_pdf_reader import write_scanned_pdf

from screener import ReadError, load_profile
from screener.cli.scaffold import ScaffoldError, new_plugin, plugin_names
from screener.core.errors import DataFileError

RHIT_POSTING = "Coding Specialist\n\nRHIT required. 2 years of coding experience.\n"
GOOD_RECORD = json.dumps({"id": "good", "text": "RHIT required."})
MB = 1_000_000


@pytest.fixture(autouse=True)
def hang_guard() -> Iterator[None]:
    """Fail a test still running after two minutes instead of hanging the suite."""
    with failing_after(120, "a hostile file is not bounded"):
        yield


def write(path: Path, content: str | bytes) -> str:
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


def items(screener, path: str, options: dict[str, str] | None = None) -> list:
    return list(screener.read_all(path, options))


def error_of(screener, path: str, options: dict[str, str] | None = None) -> str:
    """The one read error a source gives."""
    (item,) = items(screener, path, options)
    assert isinstance(item, ReadError), item
    return str(item)


def peak_memory(function) -> tuple[object, int]:
    """What ``function()`` returns, and the most memory Python objects took while it ran."""
    tracemalloc.start()
    try:
        result = function()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


# ---------------------------------------------------------------------- compressed bombs, built cheaply


def deflated(prefix: bytes, chunk: bytes, count: int, suffix: bytes = b"") -> tuple[bytes, int, int]:
    """Raw deflate data for ``prefix + chunk * count + suffix``: (data, CRC-32, size).

    Each part is compressed once and ended with a full flush, which makes it
    a byte-aligned piece that refers to nothing before it; the chunk's piece
    is repeated ``count`` times. So hundreds of megabytes cost a fraction of
    a second to make, not the seconds compressing them would take.
    """

    def piece(data: bytes) -> bytes:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        return compressor.compress(data) + compressor.flush(zlib.Z_FULL_FLUSH)

    last_block = zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    data = piece(prefix) + piece(chunk) * count + piece(suffix) + last_block
    crc = zlib.crc32(prefix)
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(suffix, crc)
    return data, crc, len(prefix) + len(chunk) * count + len(suffix)


def gzip_bytes(prefix: bytes, chunk: bytes, count: int, suffix: bytes = b"") -> bytes:
    data, crc, size = deflated(prefix, chunk, count, suffix)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + data + struct.pack("<II", crc, size & 0xFFFFFFFF)


def zip_bytes(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip file of deflated members given as (name, raw deflate data, CRC-32, declared size)."""
    body, directory = b"", b""
    for name, data, crc, size in members:
        encoded = name.encode()
        header = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0)
        directory += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0, 0, 0, 0,
            0, len(body),
        ) + encoded  # fmt: skip
        body += header + encoded + data
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), len(body), 0)
    return body + directory + end


def docx_parts() -> dict[str, bytes]:
    """The parts of a real Word document that says RHIT is required."""
    import docx

    document = docx.Document()
    document.add_paragraph("Coding Specialist")
    document.add_paragraph("RHIT required.")
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as package:
        return {name: package.read(name) for name in package.namelist()}


def docx_with(
    document_xml: tuple[bytes, int, int] | None = None, extra: dict[str, tuple[bytes, int, int]] | None = None
) -> bytes:
    """A Word document whose word/document.xml (and any ``extra`` parts) are the given deflated data."""
    members = []
    for name, content in docx_parts().items():
        if name == "word/document.xml" and document_xml is not None:
            members.append((name, *document_xml))
        else:
            members.append((name, *deflated(content, b"", 0)))
    members += [(name, *data) for name, data in (extra or {}).items()]
    return zip_bytes(members)


# ---------------------------------------------------------------------- 1, 2: empty and white space


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("posting.txt", "empty: there is no text"),
        ("posting.md", "empty: there is no text"),
        ("page.html", "empty HTML page"),
        ("posting.docx", "not a readable Word document (.docx): File is not a zip file"),
        ("posting.pdf", "not a readable PDF"),
        ("batch.json", "empty: there is no JSON in it"),
        ("batch.jsonl", "empty: there is nothing in it"),
        ("batch.csv", "the CSV file is empty"),
    ],
)
def test_an_empty_file_is_an_error_naming_it(screener, tmp_path, name, expected):
    path = write(tmp_path / name, b"")
    message = error_of(screener, path)
    assert message.startswith(f"{path}: ") and expected in message


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("posting.txt", "only white space: there is no text"),
        ("page.html", "empty HTML page"),
        ("batch.json", "empty: there is no JSON in it"),
        ("batch.jsonl", "empty: there are no records"),
        ("batch.csv", "the first line names no columns"),
    ],
)
def test_a_file_of_white_space_is_an_error_naming_it(screener, tmp_path, name, expected):
    path = write(tmp_path / name, " \t\r\n\n   \n ")
    message = error_of(screener, path)
    assert message.startswith(f"{path}: ") and expected in message


def test_unicode_white_space_is_white_space_too(screener, tmp_path):
    path = write(tmp_path / "posting.txt", "\u3000\u00a0\u2003\n\u2028\ufeff".encode("utf-16"))
    assert error_of(screener, path) == f"{path}: only white space: there is no text"


# ---------------------------------------------------------------------- 3, 4: big text


def test_ten_megabytes_of_text_are_refused_by_the_posting_size_limit_and_the_batch_goes_on(screener, tmp_path):
    big = write(tmp_path / "big.txt", RHIT_POSTING * (10 * MB // len(RHIT_POSTING)))
    good = write(tmp_path / "good.txt", RHIT_POSTING)
    assert len(screener.read(big).text) > 9 * MB  # read whole: it is under max_bytes (20,000,000)
    first, second = screener.extract_sources([big, good])
    assert [e.code for e in first.errors] == ["too_large"]
    assert first.errors[0].message.startswith(f"{big}: the posting has 10,000,000 characters")
    assert "more than the limit of 200,000 (raise it with --max-chars" in first.errors[0].message
    assert not first.requirements
    assert second.ids("credential") == ["RHIT"] and not second.errors


def test_a_raised_limit_reads_a_posting_longer_than_spacys_own_limit(screener, tmp_path, monkeypatch):
    """spaCy refuses texts over 1,000,000 characters unless told otherwise; the screener's limit governs."""
    path = write(tmp_path / "long.txt", RHIT_POSTING * (1_200_000 // len(RHIT_POSTING)))
    monkeypatch.setattr(screener, "max_posting_chars", 2 * MB)
    (extraction,) = screener.extract_sources([path])
    assert not extraction.errors
    assert extraction.ids("credential") == ["RHIT"]


def test_a_file_over_max_bytes_is_refused_before_it_is_read(screener, tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as sparse:  # 30 MB that take no disk space
        sparse.truncate(30 * MB)
    message = error_of(screener, str(path))
    assert message == (
        f"{path}: the file is larger than the limit of 20,000,000 bytes (30,000,000 bytes); "
        "raise it with --read-option max_bytes=N"
    )
    with pytest.raises(ReadError, match="limit of 1,000 bytes"):
        screener.read(write(tmp_path / "small.txt", "x" * 1001), {"max_bytes": "1000"})
    with pytest.raises(ReadError, match=r"option max_bytes='lots' must be a positive number"):
        screener.read(write(tmp_path / "ok.txt", RHIT_POSTING), {"max_bytes": "lots"})


def test_one_five_megabyte_line_is_read_then_refused_as_too_large(screener, tmp_path):
    path = write(tmp_path / "one-line.txt", "RHIT required; " * (5 * MB // 15))
    posting = screener.read(path)
    assert "\n" not in posting.text and len(posting.text) > 4 * MB
    assert posting.title is None  # the first line is far too long to be a title
    (extraction,) = screener.extract_sources([path])
    assert [e.code for e in extraction.errors] == ["too_large"]


# ---------------------------------------------------------------------- 5, 6, 7: bytes that are not (UTF-8) text


PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (os.urandom(64 * 1024), "it holds NUL characters"),
        (PNG_HEADER + os.urandom(4096), "it holds NUL characters"),
        (b"\x00" * 10_000, "it holds NUL characters"),
        (bytes(range(1, 32)) * 300, "of it is control characters or bytes that are no character"),
    ],
    ids=["random-bytes", "png", "nul-bytes", "control-characters"],
)
def test_binary_data_named_txt_is_not_text(screener, tmp_path, content, reason):
    path = write(tmp_path / "posting.txt", content)
    message = error_of(screener, path)
    assert message.startswith(f"{path}: not text: ") and reason in message
    assert message.endswith("(binary data, such as an image or an archive, with a text file's name?)")


def test_invalid_utf8_in_a_utf8_text_keeps_the_rest_as_written(screener, tmp_path):
    path = write(tmp_path / "stray.txt", "Codeur – café\n\nRHIT required.\n".encode() + b"\xff" + "naïve\n".encode())
    posting = screener.read(path)
    assert posting.text == "Codeur – café\n\nRHIT required.\n\ufffdnaïve\n"  # not cp1252 mojibake ("cafÃ©")
    assert screener.extract(posting).ids("credential") == ["RHIT"]


def test_invalid_utf8_in_a_csv_row_keeps_the_rest_as_written(screener, tmp_path):
    content = "id,text\n1,Codeur – café RHIT required\n".encode() + b"2,CCS required \xff\n" + "3,naïve CPC\n".encode()
    rows = items(screener, write(tmp_path / "batch.csv", content))
    assert [r.text for r in rows] == ["Codeur – café RHIT required", "CCS required \ufffd", "naïve CPC"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_byte_order_mark_is_read_in_every_reader(screener, tmp_path, encoding):
    bom = "\ufeff"
    text = write(tmp_path / "posting.txt", (bom + RHIT_POSTING).encode(encoding))
    assert screener.read(text).text == RHIT_POSTING
    page = "<html><head><title>Coder</title></head><body><p>RHIT required – café.</p></body></html>"
    assert screener.read(write(tmp_path / "page.html", (bom + page).encode(encoding))).text == "RHIT required – café."
    table = write(tmp_path / "batch.csv", (bom + "id,text\n1,RHIT required – café\n2,CCS required\n").encode(encoding))
    assert [p.text for p in items(screener, table)] == ["RHIT required – café", "CCS required"]


# ---------------------------------------------------------------------- 8, 9, 10: PDF and Word files


def test_a_pdf_with_no_text_layer_is_a_clear_error(screener, tmp_path):
    path = write_scanned_pdf(tmp_path / "scan.pdf")
    assert error_of(screener, path) == f"{path}: scanned PDF: no text layer on its 1 page(s); run OCR on it first"


def corrupt_docx_files() -> dict[str, bytes]:
    parts = docx_parts()
    whole = docx_with()
    without_document = {name: content for name, content in parts.items() if name != "word/document.xml"}
    document, crc, size = deflated(parts["word/document.xml"], b"", 0)
    flipped = bytearray(document)
    flipped[len(flipped) // 2] ^= 0xFF
    return {
        "truncated": whole[: len(whole) // 2],
        "not-a-zip": b"This is a text file that was saved with a .docx name.\n",
        "no-document-xml": zip_bytes(
            [(name, *deflated(content, b"", 0)) for name, content in without_document.items()]
        ),
        "no-content-types": zip_bytes([("word/document.xml", document, crc, size)]),
        "damaged-data": docx_with((bytes(flipped), crc, size)),
        "bad-xml": docx_with(deflated(b"<w:document><unclosed", b"", 0)),
    }


@pytest.mark.parametrize("kind", list(corrupt_docx_files()))
def test_a_corrupt_word_document_is_a_clear_error(screener, tmp_path, kind):
    path = write(tmp_path / f"{kind}.docx", corrupt_docx_files()[kind])
    message = error_of(screener, path)
    assert message.startswith(f"{path}: not a readable Word document (.docx): ")


def test_a_word_zip_bomb_is_refused_by_its_declared_size_before_it_is_unpacked(screener, tmp_path):
    document = docx_parts()["word/document.xml"]
    head, tail = document.split(b"<w:body>")
    bomb = deflated(head, b" " * MB, 300, b"<w:body>" + tail)  # 300 MB of spaces in word/document.xml
    path = write(tmp_path / "bomb.docx", docx_with(bomb))
    assert os.path.getsize(path) < 400_000
    message, peak = peak_memory(lambda: error_of(screener, path))
    assert message.startswith(f"{path}: the unpacked document is larger than the limit of 20,000,000 bytes (300,")
    assert message.endswith("bytes); raise it with --read-option max_bytes=N")
    assert peak < 10 * MB


def test_a_word_zip_bomb_with_a_lying_size_is_never_unpacked_past_what_it_declares(screener, tmp_path):
    """The zip says word/document.xml is small; its data would unpack to 300 MB more than that."""
    document = docx_parts()["word/document.xml"]
    data, _, _ = deflated(document, b"\x00" * MB, 300)
    lying = (data, zlib.crc32(document), len(document))
    path = write(tmp_path / "lying.docx", docx_with(lying))
    posting, peak = peak_memory(lambda: screener.read(path))
    assert posting.text == "Coding Specialist\nRHIT required."  # what the header declares, nothing more
    assert peak < 10 * MB


def test_a_zip_bomb_in_any_part_and_too_many_parts_are_refused(screener, tmp_path):
    image = deflated(b"\x89PNG", b"\x00" * MB, 50)
    path = write(tmp_path / "image-bomb.docx", docx_with(extra={"word/media/image1.png": image}))
    assert "the unpacked document is larger than the limit of 20,000,000 bytes (50," in error_of(screener, path)
    assert screener.read(path, {"max_bytes": "60000000"}).text == "Coding Specialist\nRHIT required."
    many = {f"word/media/{n}.txt": deflated(b"x", b"", 0) for n in range(1_001)}
    path = write(tmp_path / "many-parts.docx", docx_with(extra=many))
    assert "it has 1,01" in error_of(screener, path) and "parts, more than the 1,000" in error_of(screener, path)


# ---------------------------------------------------------------------- 11: HTML


HIDDEN = (
    "<script>var posting = 'CCS required';</script>"
    "<style>p::after { content: 'CPC required'; }</style>"
    "<iframe src='ad.html'>CTR required</iframe>"
    "<noscript><p>CCA required</p></noscript>"
    "<template><p>CDIP required</p></template>"
    "<svg><text>CHDA required</text></svg>"
)


def page_with(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>Coder</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("depth", [10, 10_000], ids=["shallow", "10000-deep"])
@pytest.mark.parametrize("tag", ["div", "b"])
def test_scripts_iframes_and_deep_nesting_leave_only_the_visible_text(screener, tmp_path, depth, tag):
    body = (
        "<nav><a href='/'>Home</a></nav><main><h1>Coding Specialist</h1>"
        "<p>Our coding team supports three hospitals in the region.</p>"
        f"<p>RHIT required.</p>{HIDDEN}"
        + f"<{tag}>" * depth
        + f"<p>Two years of coding experience.</p>{HIDDEN}"
        + f"</{tag}>" * depth
        + "<p>RHIA preferred.</p></main>"
    )
    path = write(tmp_path / "page.html", page_with(body))
    posting = screener.read(path)
    for visible in ("RHIT required.", "Two years of coding experience.", "RHIA preferred."):
        assert visible in posting.text
    for hidden in ("CCS", "CPC", "CTR", "CCA", "CDIP", "CHDA"):
        assert hidden not in posting.text
    extraction = screener.extract(posting)
    assert {r.id: r.strength for r in extraction.requirements if r.kind == "credential"} == {
        "RHIT": "required",
        "RHIA": "preferred",
    }
    assert extraction.minimum_experience_years() == 2


@pytest.mark.parametrize(
    "tail",
    ["<a " * 100_000, "<!--" + "x" * 100_000, '<a title="' * 100_000, "</b>" * 100_000, "<" * 100_000, "<p>" * 100_000],
    ids=["unclosed-tags", "unclosed-comment", "unclosed-quotes", "stray-end-tags", "lone-brackets", "open-paragraphs"],
)
def test_deep_pages_with_markup_that_never_closes_are_read_in_linear_time(screener, tmp_path, tail):
    """Python's html.parser takes quadratic time on some of these: hours on a page of a megabyte."""
    page = page_with("<div>" * 300 + "<p>RHIT required.</p><p>CCS preferred.</p>" + tail)
    posting = screener.read(write(tmp_path / "page.html", page))
    assert posting.text.startswith("RHIT required.\n\nCCS preferred.")


def test_hidden_elements_are_left_out_when_the_whole_page_is_laid_out(screener, tmp_path):
    path = write(tmp_path / "short.html", page_with(f"<p>RHIT required.</p>{HIDDEN}"))
    assert screener.read(path).text == "RHIT required."


def test_deeply_nested_html_in_a_batch_record_keeps_its_text(screener, tmp_path):
    description = "<p>RHIT required.</p>" + "<div>" * 5_000 + "<p>CCS preferred.</p>" + "</div>" * 5_000
    description += "<p>2 years of experience.</p>"
    path = write(tmp_path / "batch.jsonl", json.dumps({"text": description}) + "\n" + GOOD_RECORD + "\n")
    deep, good = items(screener, path)
    assert deep.text.split("\n\n") == ["RHIT required.", "CCS preferred.", "2 years of experience."]
    assert good.text == "RHIT required."


# ---------------------------------------------------------------------- 12: malformed JSON-LD


PAGE_TEXT = "<main><h1>Coder</h1><p>Page text: CCS required for this coding role, with more words about it.</p></main>"


def page_with_json_ld(*blocks: str) -> str:
    scripts = "".join(f'<script type="application/ld+json">{block}</script>' for block in blocks)
    return f"<html><head><title>Coder</title>{scripts}</head><body>{PAGE_TEXT}</body></html>"


def job(**fields) -> str:
    return json.dumps({"@context": "https://schema.org", "@type": "JobPosting", **fields})


@pytest.mark.parametrize(
    "block",
    [
        '{"@type": "JobPosting", "description": "RHIT',
        job(description=5),
        job(description=None),
        job(description=True),
        job(description={"text": "RHIT required"}),
        job(description=[1, None, {}]),
        job(),
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        '{"@type": "JobPosting", "description": "RHIT required", "n": 1' + "0" * 5_000 + "}",
        json.dumps({"@graph": "nothing", "@type": 5}),
        json.dumps({"@type": {"@id": "JobPosting"}, "description": "RHIT required"}),
    ],
    ids=[
        "invalid-json",
        "description-number",
        "description-null",
        "description-true",
        "description-object",
        "description-list-of-non-text",
        "no-description",
        "100000-deep-array",
        "100000-deep-object",
        "5000-digit-number",
        "graph-not-a-list",
        "type-an-object",
    ],
)
def test_a_broken_json_ld_block_falls_back_to_the_page_text(screener, tmp_path, block):
    posting = screener.read(write(tmp_path / "page.html", page_with_json_ld(block)))
    assert "Page text: CCS required" in posting.text
    assert "RHIT" not in posting.text


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"description": ["<p>RHIT required.</p>", "CCS preferred.", 5]}, "RHIT required.\nCCS preferred."),
        ({"description": {"@value": "RHIT required."}}, "RHIT required."),
        (
            {"description": "RHIT required.", "experienceRequirements": {"monthsOfExperience": float("inf")}},
            "RHIT required.",
        ),
        ({"description": "RHIT required.", "skills": json.loads("[" * 500 + '"CPT"' + "]" * 500)}, "RHIT required."),
        ({"description": "RHIT required.", "skills": [[["CPT"]]]}, "RHIT required.\n\nSkills:\nCPT"),
    ],
    ids=["description-list", "value-object", "infinite-months", "500-deep-skills", "nested-skills"],
)
def test_job_posting_fields_of_odd_types_are_read_for_what_fits(screener, tmp_path, fields, expected):
    posting = screener.read(write(tmp_path / "page.html", page_with_json_ld(job(title=["not", "text"], **fields))))
    assert posting.text == expected
    assert posting.title is None  # the JobPosting's title is a list, not text


def test_job_postings_in_a_nested_graph_are_found(screener, tmp_path):
    graph = {"@graph": {"@graph": [None, 5, "x", {"@type": ["Thing", "JobPosting"], "description": "RHIT required."}]}}
    assert screener.read(write(tmp_path / "page.html", page_with_json_ld(json.dumps(graph)))).text == "RHIT required."


def test_bad_records_in_json_lines_are_errors_for_their_lines_and_the_rest_is_read(screener, tmp_path):
    lines = [
        job(description=5),
        "[" * 100_000 + "]" * 100_000,
        '{"text": 1' + "0" * 5_000 + "}",
        job(description=["RHIT required."]),
        GOOD_RECORD,
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    results = items(screener, path)
    assert [str(r) if isinstance(r, ReadError) else r.text for r in results] == [
        f"{path}:1: JobPosting has no description (it is a number, not text)",
        f"{path}:2: invalid JSON on line 2: arrays or objects nested too deeply",
        f"{path}:3: invalid JSON on line 3: a number with more than 4,300 digits",
        "RHIT required.",
        "RHIT required.",
    ]
    deep = write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000)
    assert error_of(screener, deep) == f"{deep}: invalid JSON: arrays or objects nested too deeply"


# ---------------------------------------------------------------------- batches: long lines, bad bytes, gzip bombs


def test_a_batch_with_a_five_megabyte_line_and_invalid_utf8_goes_on_past_both(screener, tmp_path):
    lines = [
        GOOD_RECORD.encode(),
        json.dumps({"text": "CCS required. " * (5 * MB // 14)}).encode(),
        b'{"text": "caf\xe9 RHIT required"}',
        GOOD_RECORD.encode(),
    ]
    path = write(tmp_path / "batch.jsonl", b"\n".join(lines) + b"\n")
    results = list(screener.extract_sources([path]))
    assert [r.source for r in results] == [f"{path}#good", f"{path}:2", f"{path}:3", f"{path}#good"]
    assert [[e.code for e in r.errors] for r in results] == [[], ["too_large"], ["read_error"], []]
    assert results[2].errors[0].message == f"{path}:3: line 3 is not UTF-8 text (invalid continuation byte at byte 13)"
    assert results[0].ids("credential") == results[3].ids("credential") == ["RHIT"]


def test_a_line_over_max_bytes_is_an_error_for_that_line_only(screener, tmp_path):
    lines = [GOOD_RECORD, json.dumps({"text": "x" * 5_000}), GOOD_RECORD]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines))  # no line end at the end
    results = items(screener, path, {"max_bytes": "1000"})
    assert [str(r) if isinstance(r, ReadError) else r.text for r in results] == [
        "RHIT required.",
        f"{path}:2: line 2 is larger than the limit of 1,000 bytes; raise it with --read-option max_bytes=N",
        "RHIT required.",
    ]


def test_a_gzip_bomb_line_is_refused_without_being_held_in_memory(screener, tmp_path):
    """A .jsonl.gz of 300 KB whose second line unpacks to 200 MB; the records around it are still read."""
    bomb = gzip_bytes(GOOD_RECORD.encode() + b'\n{"text": "', b"A" * MB, 200, b'"}\n' + GOOD_RECORD.encode() + b"\n")
    path = write(tmp_path / "bomb.jsonl.gz", bomb)
    assert len(bomb) < 400_000
    results, peak = peak_memory(lambda: items(screener, path, {"max_bytes": "1000000"}))
    assert [str(r) if isinstance(r, ReadError) else r.text for r in results] == [
        "RHIT required.",
        f"{path}:2: line 2 is larger than the limit of 1,000,000 bytes; raise it with --read-option max_bytes=N",
        "RHIT required.",
    ]
    assert peak < 8 * MB
    results, peak = peak_memory(lambda: items(screener, path))  # the default limit: 20,000,000 bytes
    assert [isinstance(r, ReadError) for r in results] == [False, True, False]
    assert peak < 80 * MB


def test_a_gzipped_json_document_bomb_is_refused(screener, tmp_path):
    path = write(tmp_path / "bomb.json.gz", gzip_bytes(b'{"text": "', b"A" * MB, 100, b'"}'))
    message, peak = peak_memory(lambda: error_of(screener, path))
    assert message == f"{path}: the unpacked file is larger than the limit of 20,000,000 bytes; " + (
        "raise it with --read-option max_bytes=N"
    )
    assert peak < 60 * MB


def test_a_csv_line_over_the_limit_is_an_error_for_its_row_and_the_rest_is_read(screener, tmp_path):
    content = "id,text\n1,RHIT required\n2," + "x" * 5_000 + "\n3,CCS required\n"
    path = write(tmp_path / "batch.csv", content)
    results = items(screener, path, {"max_bytes": "1000"})
    assert [str(r) if isinstance(r, ReadError) else r.text for r in results] == [
        "RHIT required",
        f"{path}:3: line 3 is larger than the limit of 1,000 characters; raise it with --read-option max_bytes=N",
        "CCS required",
    ]


# ---------------------------------------------------------------------- 13, 14: hostile YAML profiles


BILLION_LAUGHS = """\
name: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
skills: *i
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (BILLION_LAUGHS, ":6: refused: the file stands for more than 100,000 values (anchors and aliases repeat them)"),
        ("skills: &a [*a]\n", ":1: refused: the alias *a refers to a value that contains it"),
        ("skills:\n  - &a {x: *a}\n", ":2: refused: the alias *a refers to a value that contains it"),
        ("skills: " + "[" * 5_000 + "]" * 5_000 + "\n", ":1: refused: values are nested more than 50 levels deep"),
        ("skills: " + "{a: " * 5_000 + "1" + "}" * 5_000 + "\n", ":1: refused: values are nested more than 50 levels"),
    ],
    ids=["billion-laughs", "recursive-alias", "recursive-alias-in-a-mapping", "deep-lists", "deep-mappings"],
)
def test_yaml_that_expands_or_nests_without_bound_is_refused(tmp_path, text, expected):
    path = tmp_path / "profile.yaml"
    path.write_text(text)
    with pytest.raises(DataFileError) as caught:
        load_profile(path)
    assert str(caught.value).startswith(f"{path}{expected}")


def test_a_profile_using_aliases_within_reason_is_read(tmp_path):
    path = tmp_path / "profile.yaml"
    path.write_text("coding_systems: &codes [ICD-10-CM, CPT]\nsoftware: [Epic]\nskills: *codes\n")
    profile = load_profile(path)
    assert profile.skills == profile.coding_systems == ["ICD-10-CM", "CPT"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("profile.json", "[" * 100_000 + "]" * 100_000),
        ("profile.toml", "skills = " + "[" * 100_000 + "]" * 100_000),
        ("profile.json", '{"skills": 1' + "0" * 5_000 + "}"),
    ],
    ids=["deep-json", "deep-toml", "5000-digit-json-number"],
)
def test_json_and_toml_profiles_that_nest_too_deeply_are_refused(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    expected = "(refused: values are nested too deeply|invalid (JSON|TOML): a number too long to read)"
    with pytest.raises(DataFileError, match=rf"^{re.escape(str(path))}: {expected}$"):
        load_profile(path)


def test_a_profile_file_of_megabytes_is_refused_unread(tmp_path):
    path = tmp_path / "profile.yaml"
    with open(path, "wb") as sparse:
        sparse.truncate(50 * MB)
    with pytest.raises(DataFileError, match=r"refused: the file has 50,000,000 bytes, more than the 1,000,000"):
        load_profile(path)


def python_tags(marker: Path) -> list[str]:
    return [
        f'name: x\nskills: !!python/object/apply:builtins.open ["{marker}", "w"]\n',
        f'!!python/object/apply:os.system ["touch {marker}"]\n',
        f'name: x\neducation:\n  - !!python/object/new:builtins.open ["{marker}", "w"]\n',
        "name: !!python/name:os.system\n",
    ]


@pytest.mark.parametrize("index", range(4), ids=["apply-open", "apply-os-system", "new-open", "name"])
def test_python_object_tags_are_refused_and_never_run(tmp_path, index):
    marker = tmp_path / "the-tag-ran"
    text = python_tags(marker)[index]
    path = tmp_path / "profile.yaml"
    path.write_text(text)
    with pytest.raises(DataFileError) as caught:
        load_profile(path)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "!!python" in row)
    assert str(caught.value).startswith(f"{path}:{line}: invalid YAML: the tag 'tag:yaml.org,2002:python/")
    assert "is not allowed: only plain values are read, and nothing in the file is run" in str(caught.value)
    assert not marker.exists()


# ---------------------------------------------------------------------- 15: plugin names that are paths


@pytest.mark.parametrize(
    "name", ["../evil", "a/b", "/abs", "..", ".", "a\\b", "..\\evil", "a\x00b", "evil\n", "~", "C:evil", "ａｃｍｅ"]
)
def test_plugin_names_that_are_paths_or_odd_characters_are_refused(tmp_path, name):
    with pytest.raises(ScaffoldError, match=r"is a path|not a valid plugin name"):
        plugin_names(name)


def test_a_dangling_link_in_the_plugin_folder_is_never_followed(tmp_path):
    target = tmp_path / "elsewhere" / "package"
    (tmp_path / "here").mkdir()
    (tmp_path / "here" / "screener-acme-cdi").symlink_to(target)
    with pytest.raises(ScaffoldError, match="already exists; nothing was written"):
        new_plugin(plugin_names("acme-cdi"), tmp_path / "here", screener_version="0.1.0")
    assert not (tmp_path / "elsewhere").exists()


# ---------------------------------------------------------------------- the real command line


@pytest.fixture(scope="module")
def env(plugin_env):
    return plugin_env()


def assert_no_traceback(result) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr[-3000:]


@pytest.fixture
def hostile_folder(tmp_path) -> Path:
    """A folder of every kind of hostile posting file, and one good posting."""
    folder = tmp_path / "postings"
    folder.mkdir()
    write(folder / "a-good.txt", RHIT_POSTING)
    write(folder / "empty.txt", b"")
    write(folder / "blank.md", "  \n\n ")
    write(folder / "big.txt", RHIT_POSTING * (10 * MB // len(RHIT_POSTING)))
    write(folder / "one-line.txt", "RHIT required; " * (5 * MB // 15))
    write(folder / "image.txt", PNG_HEADER + os.urandom(4096))
    write(folder / "utf16.txt", ("\ufeff" + RHIT_POSTING).encode("utf-16-le"))
    write_scanned_pdf(folder / "scan.pdf")
    write(folder / "truncated.docx", docx_with()[:500])
    document = docx_parts()["word/document.xml"]
    head, tail = document.split(b"<w:body>")
    write(folder / "bomb.docx", docx_with(deflated(head, b" " * MB, 300, b"<w:body>" + tail)))
    write(folder / "deep.html", page_with("<div>" * 10_000 + f"<p>RHIT required.</p>{HIDDEN}" + "</div>" * 10_000))
    write(folder / "broken-ld.html", page_with_json_ld("[" * 100_000))
    write(folder / "unclosed.html", page_with("<div>" * 300 + "<p>RHIT required.</p>" + "<a " * 100_000))
    lines = [GOOD_RECORD, "[" * 100_000 + "]" * 100_000, '{"text": "caf\xe9"}', GOOD_RECORD]
    write(folder / "batch.jsonl", "\n".join(lines).encode("latin-1"))
    write(folder / "bomb.jsonl.gz", gzip_bytes(b'{"text": "', b"A" * MB, 100, b'"}\n' + GOOD_RECORD.encode()))
    return folder


def test_extract_over_a_folder_of_hostile_files_reports_each_and_keeps_the_good_ones(env, hostile_folder):
    result = env.screener("extract", str(hostile_folder), "--format", "jsonl")
    assert_no_traceback(result)
    assert result.returncode == 1
    records = {Path(r["source"]).name: r for r in map(json.loads, result.stdout.splitlines())}
    errors = {name: [(e["code"], e["message"]) for e in r["errors"]] for name, r in records.items()}

    def message(name: str) -> str:
        ((_, text),) = errors[name]
        assert text.startswith(str(hostile_folder / name.split("#")[0].split(":")[0])), text
        return text

    assert [r["id"] for r in records["a-good.txt"]["requirements"] if r["kind"] == "credential"] == ["RHIT"]
    assert [r["id"] for r in records["utf16.txt"]["requirements"] if r["kind"] == "credential"] == ["RHIT"]
    assert [r["id"] for r in records["deep.html"]["requirements"]] == ["RHIT"]
    assert [r["id"] for r in records["unclosed.html"]["requirements"]] == ["RHIT"]
    assert records["broken-ld.html"]["requirements"]  # the page text: "CCS required"
    assert not errors["a-good.txt"] and not errors["utf16.txt"] and not errors["deep.html"]
    assert not errors["unclosed.html"]
    assert "empty: there is no text" in message("empty.txt")
    assert "only white space" in message("blank.md")
    assert errors["big.txt"][0][0] == errors["one-line.txt"][0][0] == "too_large"
    assert "not text: it holds NUL characters" in message("image.txt")
    assert "scanned PDF: no text layer" in message("scan.pdf")
    assert "not a readable Word document" in message("truncated.docx")
    assert "the unpacked document is larger than the limit" in message("bomb.docx")
    assert "nested too deeply" in message("batch.jsonl:2")
    assert "not UTF-8 text" in message("batch.jsonl:3")
    assert "line 1 is larger than the limit of 20,000,000 bytes" in message("bomb.jsonl.gz:1")
    assert not errors["batch.jsonl#good"] and not errors["bomb.jsonl.gz#good"]
    for name in errors:
        if errors[name]:
            assert f"error: {hostile_folder / name.split('#')[0].split(':')[0]}" in result.stderr
    assert "19 posting(s), 11 with errors" in result.stderr


def test_screen_over_hostile_files_reports_each_and_scores_the_good_one(env, hostile_folder):
    files = [hostile_folder / name for name in ("a-good.txt", "empty.txt", "image.txt", "bomb.docx", "deep.html")]
    profile = SAMPLES / "profiles" / "new-graduate-rhit-eligible.yaml"
    result = env.screener("screen", *map(str, files), "--profile", str(profile), "--format", "jsonl")
    assert_no_traceback(result)
    assert result.returncode == 1
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [bool(r["errors"]) for r in reports] == [False, True, True, True, False]
    assert reports[0]["fit"] and reports[4]["fit"] and reports[1]["fit"] is None


def test_standard_input_that_is_binary_empty_or_a_gzip_bomb_is_an_error(env, tmp_path):
    bomb = tmp_path / "bomb.gz"
    bomb.write_bytes(gzip_bytes(b"", b"RHIT required. " * 1000, 3_000))  # 45 MB of text, gzipped
    environment = env.environment()
    expected = ["not text: it holds NUL characters", "empty: there is no text", "the content is larger than the limit"]
    for content, message in zip((PNG_HEADER + os.urandom(1024), b"", bomb.read_bytes()), expected, strict=True):
        run = subprocess.run(
            env.command("extract", "-"), input=content, capture_output=True, env=environment,
            timeout=120,
        )  # fmt: skip
        stderr = run.stderr.decode()
        assert "Traceback" not in stderr, stderr
        assert run.returncode == 1
        assert stderr.startswith(f"screener: error: -: {message}"), stderr


def test_profile_check_and_screen_refuse_hostile_profiles(env, tmp_path):
    laughs = tmp_path / "laughs.yaml"
    laughs.write_text(BILLION_LAUGHS)
    marker = tmp_path / "the-tag-ran"
    tagged = tmp_path / "tagged.yaml"
    tagged.write_text(python_tags(marker)[1])
    posting = write(tmp_path / "posting.txt", RHIT_POSTING)
    result = env.screener("profile", "check", str(laughs))
    assert_no_traceback(result)
    assert result.returncode == 1
    assert result.stderr.startswith(f"screener: error: {laughs}:6: refused: the file stands for more than 100,000")
    result = env.screener("screen", posting, "--profile", str(laughs))
    assert_no_traceback(result)
    assert result.returncode == 2 and f"{laughs}:6: refused" in result.stderr
    result = env.screener("profile", "check", str(tagged))
    assert_no_traceback(result)
    assert result.returncode == 1 and f"{tagged}:1: invalid YAML: the tag" in result.stderr
    assert not marker.exists()


def test_plugin_new_refuses_path_names_and_writes_nothing(env, tmp_path):
    target = tmp_path / "target"
    target.mkdir()
    for name in ("../evil", "a/b", str(tmp_path / "abs"), "..", "a\\b", "../../etc/x"):
        result = env.screener("plugin", "new", "--directory", str(target), "--", name)
        assert_no_traceback(result)
        assert result.returncode == 2, (name, result.stderr)
        assert "is a path" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["target"]
    assert list(target.iterdir()) == []


# ---------------------------------------------------------------------- Word: many styles (issue 16, item 1)

W_NAMESPACE = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DEFAULT_FLAG = ' w:default="1"'


def styled_docx(paragraphs: list[tuple[str | None, str]], styles: list[tuple[str, str, str, bool]]) -> bytes:
    """A Word document of ``(style id or None, text)`` paragraphs and ``(type, id, name, default)`` styles."""
    parts = docx_parts()
    style_xml = "".join(
        f'<w:style w:type="{kind}" w:styleId="{style_id}"{DEFAULT_FLAG if default else ""}>'
        f'<w:name w:val="{name}"/></w:style>'
        for kind, style_id, name, default in styles
    )
    parts["word/styles.xml"] = f"<w:styles {W_NAMESPACE}>{style_xml}</w:styles>".encode()
    body = "".join(
        "<w:p>"
        + (f'<w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>' if style_id is not None else "")
        + f"<w:r><w:t>{text}</w:t></w:r></w:p>"
        for style_id, text in paragraphs
    )
    parts["word/document.xml"] = f"<w:document {W_NAMESPACE}><w:body>{body}</w:body></w:document>".encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in parts.items():
            package.writestr(name, content)
    return out.getvalue()


def many_styles_docx(paragraphs: int, styles: int) -> bytes:
    """``paragraphs`` paragraphs, a third of them with one of ``styles`` styles, the others with none."""
    table = [("paragraph", f"S{n}", f"Style {n}", False) for n in range(styles)]
    table += [("paragraph", "Normal", "Normal", True), ("paragraph", "ListBullet", "List Bullet", False)]
    chosen = [None if n % 3 else ("ListBullet" if n % 2 else f"S{n % styles}") for n in range(paragraphs)]
    return styled_docx([(style, f"Line {n}") for n, style in enumerate(chosen)], table)


def python_docx_lines(data: bytes) -> list[str]:
    """The lines as python-docx's own ``paragraph.style`` says them: what the reader must keep giving."""
    import docx

    lines = []
    for paragraph in docx.Document(io.BytesIO(data)).paragraphs:
        properties = paragraph._p.pPr
        listed = (properties is not None and properties.numPr is not None) or (
            paragraph.style is not None and (paragraph.style.name or "").startswith("List")
        )
        lines.append(("• " if listed else "") + paragraph.text)
    return lines


@pytest.mark.parametrize(
    "default",
    [("paragraph", "Normal", "Normal", True), ("paragraph", "ListPara", "List Paragraph", True), None],
    ids=["normal-default", "list-default", "no-default"],
)
def test_word_style_names_are_read_as_python_docx_reads_them(screener, tmp_path, default):
    styles = [
        ("paragraph", "ListBullet", "List Bullet", False),
        ("character", "ListChar", "List Char", False),  # a list-named style of another type: the default applies
        ("paragraph", "Heading1", "heading 1", False),
        ("paragraph", "Dup", "List Number", False),  # two styles with one id: the first counts
        ("paragraph", "Dup", "Body", False),
        ("paragraph", "NoName", "", False),
        *([default] if default else []),
    ]
    paragraphs = [
        (None, "Coding Specialist"),
        ("ListBullet", "RHIT required."),
        ("ListChar", "CCS preferred."),
        ("Heading1", "Requirements"),
        ("Dup", "CPC required."),
        ("Missing", "2 years of coding experience."),
        ("NoName", "CTR preferred."),
    ]
    data = styled_docx(paragraphs, styles)
    posting = screener.read(write(tmp_path / "styled.docx", data))
    assert posting.text.splitlines() == python_docx_lines(data)


def test_word_reading_is_linear_in_paragraphs_times_styles(tmp_path):
    """The work (Python function calls, counted) for P paragraphs and S styles is about a + bP + cS, not P x S.

    python-docx's ``paragraph.style`` searches every style for each paragraph:
    a 196 KB file took 287 s. Counting calls makes the bound exact and
    independent of the machine's speed.
    """
    import sys

    from screener_plugins.readers.word import read_bytes

    def calls(paragraphs: int, styles: int) -> int:
        data = many_styles_docx(paragraphs, styles)
        count = 0

        def counting(frame, event, arg):
            nonlocal count
            count += event in ("call", "c_call")

        sys.setprofile(counting)
        try:
            posting = read_bytes(data, "many.docx")
        finally:
            sys.setprofile(None)
        assert posting.text.count("• ") == len([n for n in range(paragraphs) if n % 3 == 0 and n % 2])
        return count

    both = calls(400, 400)
    assert both < calls(400, 40) + calls(40, 400), "reading is not linear: paragraphs x styles"
    assert python_docx_lines(many_styles_docx(60, 30)) == read_bytes(many_styles_docx(60, 30), "x").text.splitlines()


# ---------------------------------------------------------------------- CSV: an unbalanced quote (issue 16, item 4)


def read_results(screener, path: str) -> list[str]:
    return [str(r) if isinstance(r, ReadError) else f"{r.source}: {r.text}" for r in items(screener, path)]


def test_an_unbalanced_quote_is_an_error_for_its_row_and_the_later_rows_are_read(screener, tmp_path):
    path = write(
        tmp_path / "batch.csv",
        'id,text,title\n1,RHIT required,Coder\n2,"CCS required,Auditor\n3,CPC required,Pro fee\n4,CTR required,Reg\n',
    )
    assert read_results(screener, path) == [
        f"{path}#1: RHIT required",
        f"{path}:3: unbalanced quote: a quoted field in this row never closes (it would run to the end of the file, "
        "line 5); the row is left out and the lines after it are read as rows",
        f"{path}#3: CPC required",
        f"{path}#4: CTR required",
    ]


def test_a_runaway_quote_that_a_later_quote_ends_is_an_error_too(screener, tmp_path):
    path = write(
        tmp_path / "batch.csv",
        'id,text\n1,"RHIT required\n2,CCS required\n3,"CPC required"\n4,"multi\nline CTR required"\n',
    )
    assert read_results(screener, path) == [
        f"{path}:2: unbalanced quote: a quoted field in this row runs on to line 4, where a quote is followed by more "
        "text (',' expected after '\"'); the row is left out and the lines after it are read as rows",
        f"{path}#2: CCS required",
        f"{path}#3: CPC required",
        f"{path}#4: multi\nline CTR required",  # a quoted cell with a line break, as CSV writers write it
    ]


def test_an_unbalanced_quote_in_the_header_is_an_error_for_the_file(screener, tmp_path):
    path = write(tmp_path / "batch.csv", 'id,"text\n1,RHIT required\n')
    assert read_results(screener, path) == [
        f"{path}: the CSV header (line 1): unbalanced quote: a quoted field in this row never closes "
        "(it would run to the end of the file, line 2)"
    ]


@pytest.mark.parametrize("line", ['"x\n', '"x"y\n', '1,"\n', '"""\n', '""x,"\n'], ids=repr)
def test_rows_of_stray_quotes_are_read_again_a_bounded_number_of_times(tmp_path, line):
    """Every line gives one result, and no line is read from the stream more than once (plus twice again)."""
    from screener_plugins.readers import csv_records

    content = ("id,text\n" + line * 2_000).encode()
    reads = 0
    real_next = csv_records._CappedLines.__next__

    def counted(self):
        nonlocal reads
        reads += 1
        return real_next(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(csv_records._CappedLines, "__next__", counted)
        results = list(csv_records.iter_rows(io.BytesIO(content), "batch.csv", {}))
    assert reads <= 3 * 2_001 + 1
    assert len(results) <= 2_000
    assert all(_is_an_error_or_has_text(r) for r in results)


def _is_an_error_or_has_text(item) -> bool:
    """A row's result: an error, or a posting (the reader defers reading it, as the screener then does) with text."""
    if isinstance(item, ReadError):
        return True
    try:
        return bool(item.read(*item.args).text)
    except ReadError:
        return True


def test_the_command_line_reports_an_unbalanced_quote_and_reads_on(tmp_path):
    path = write(tmp_path / "batch.csv", 'id,text\n1,"RHIT required\n2,CCS required\n3,CPC required\n')
    result = subprocess.run(
        [sys.executable, "-m", "screener", "extract", path, "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [f"{path}:2", f"{path}#2", f"{path}#3"]
    assert [[q["id"] for q in r["requirements"]] for r in records] == [[], ["CCS"], ["CPC"]]
    assert f"screener: error: {path}:2: unbalanced quote: a quoted field in this row never closes" in result.stderr
    assert "3 posting(s), 1 with errors" in result.stderr


# ---------------------------------------------------------------------- declared charsets (issue 16, item 7)

NOT_TEXT_ENCODINGS = ["hex", "base64", "rot13", "rot_13", "bz2", "zlib", "uu", "quopri", "quoted-printable"]


@pytest.mark.parametrize("charset", [*NOT_TEXT_ENCODINGS, "undefined", "punycode", "no-such-codec"])
def test_a_declared_charset_that_is_not_a_text_encoding_is_ignored(screener, tmp_path, charset):
    body = "<title>Coder</title></head><body><p>RHIT required – café.</p></body></html>"
    pages = {
        "meta.html": f'<html><head><meta charset="{charset}">{body}',
        "http-equiv.html": f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">{body}',
        "declared.xhtml": f'<?xml version="1.0" encoding="{charset}"?>\n<html><head>{body}',
    }
    for name, page in pages.items():
        posting = screener.read(write(tmp_path / name, page))
        assert (posting.title, posting.text) == ("Coder", "RHIT required – café."), name
    from screener_plugins.readers.decoding import decode_text

    assert decode_text("RHIT required – café.".encode(), charset) == "RHIT required – café."


def test_an_xml_declaration_names_the_encoding_of_an_xhtml_page(screener, tmp_path):
    page = '<?xml version="1.0" encoding="windows-1252"?>\n<html><body><p>RHIT required – café.</p></body></html>'
    assert screener.read(write(tmp_path / "page.xhtml", page.encode("cp1252"))).text == "RHIT required – café."
