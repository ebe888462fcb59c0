"""What the fuzz harness found, each kept as a test: clear errors (or postings) where there were crashes.

(Deep nesting in JSON and profiles, also found by the harness, is tested with the other hostile files in
test_hostile_files.py.)
"""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from screener import ReadError
from screener.core.errors import DataFileError
from screener.fit.profiles import load_profile

DEEP = 5_000  # deeper than any recursive parser goes with Python's default recursion limit


# --------------------------------------------------------------------------- profiles


def test_a_control_character_in_a_yaml_profile_is_an_error_with_its_line(tmp_path):
    path = tmp_path / "me.yaml"
    path.write_text("name: Sam\nskills: [coding\x0b]\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_profile(path)
    assert str(caught.value).startswith(f"{path}:2: invalid YAML")
    assert caught.value.problems == [(None, 2, "invalid YAML: a character YAML does not allow (#x000b)")]


@pytest.mark.parametrize(
    ("content", "line", "problem"),
    [
        ("name: Sam\ncredentials:\n  - id: RHIT\n    earned: 2020-02-30\n", 4, "a date that does not exist"),
        ('name: Sam\nskills: ["\\U10010000"]\n', 2, "an escape that names no character"),
    ],
    ids=["date", "escape"],
)
def test_a_yaml_value_python_cannot_hold_is_an_error_with_its_line(tmp_path, content, line, problem):
    path = tmp_path / "me.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_profile(path)
    assert caught.value.problems == [(None, line, f"invalid YAML: {problem}")]
    assert str(caught.value).startswith(f"{path}:{line}: ")


def test_a_key_that_is_not_a_plain_name_is_quoted_in_the_field_path(tmp_path):
    path = tmp_path / "me.yaml"
    path.write_text("' ': 1\ncredentials:\n  - id: RHIT\n    first name: Sam\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_profile(path)
    assert {(field, line) for field, line, _ in caught.value.problems} == {
        ('[" "]', 1),
        ('credentials[0]["first name"]', 4),
    }


# --------------------------------------------------------------------------- Word


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("RHIT required.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def with_members(data: bytes, **changes: bytes) -> bytes:
    """The zip ``data`` with some members' content replaced (``name=content``; ``/`` written as ``__``)."""
    changes = {name.replace("__", "/"): content for name, content in changes.items()}
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, changes.get(info.filename, source.read(info)))
    return out.getvalue()


@pytest.mark.parametrize(
    "changes",
    [
        {"word__document.xml": b"not XML at all"},  # XMLSyntaxError
        {"[Content_Types].xml": b"<Types/>"},  # AttributeError deep in python-docx
        {"docProps__core.xml": b'<x xmlns="urn:other"/>'},  # AttributeError reading the core properties
    ],
    ids=["document-not-xml", "content-types-empty", "core-properties-foreign"],
)
def test_a_damaged_word_document_is_a_read_error(screener, tmp_path, changes):
    path = tmp_path / "posting.docx"
    path.write_bytes(with_members(docx_bytes(), **changes))
    with pytest.raises(ReadError, match="not a readable Word document") as caught:
        screener.read(str(path))
    assert caught.value.source == str(path)
    assert "raised in screener_read" not in str(caught.value)


# --------------------------------------------------------------------------- JSON and JSON-LD


def test_deep_json_ld_in_a_page_is_passed_over(screener, tmp_path):
    path = tmp_path / "page.html"
    block = "[" * DEEP + "]" * DEEP
    path.write_text(
        f'<html><script type="application/ld+json">{block}</script><p>CCS required.</p></html>', encoding="utf-8"
    )
    assert "CCS required." in screener.read(str(path)).text


@pytest.mark.parametrize(
    "line",
    [
        b'{"text": "RHIT required \\ud800", "title": "Coder \\udfff"}',  # escaped lone surrogates
        b'{"text": "RHIT required \xed\xa0\x80", "title": "Coder \xed\xbf\xbf"}',  # encoded ones
    ],
    ids=["escaped", "encoded"],
)
def test_lone_surrogates_in_json_become_replacement_characters(screener, tmp_path, line):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(line + b"\n")
    [posting] = screener.read_all(str(path))
    assert posting.text == "RHIT required \ufffd"
    assert posting.title == "Coder \ufffd"
    assert json.loads(posting.model_dump_json())["text"] == "RHIT required \ufffd"
    extraction = screener.extract(posting)
    assert extraction.model_dump_json()


def test_lone_surrogates_in_json_ld_become_replacement_characters(screener, tmp_path):
    job = '{"@type": "JobPosting", "title": "Coder \\ud83d", "description": "CPC required \\udc00"}'
    path = tmp_path / "page.html"
    path.write_text(f'<html><script type="application/ld+json">{job}</script></html>', encoding="utf-8")
    posting = screener.read(str(path))
    assert (posting.title, posting.text) == ("Coder \ufffd", "CPC required \ufffd")


def test_a_deeply_nested_first_line_on_standard_input_is_sniffed_as_json():
    from screener_plugins.readers.formats import sniff

    assert sniff(b"{" + b'"a":{' * DEEP + b"\n}") == "json"


# ------------------------------------------------------------------ invisible characters glued to words (issue 16)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("\ufeffCCS required.", ("CCS", 1)),  # a byte-order mark left at the start of a string
        ("RHIT\x00 required.", ("RHIT", 0)),
        ("\x00RHIT required.", ("RHIT", 1)),
        ("RHIT\u200b required.", ("RHIT", 0)),  # a zero-width space
        ("Coder\n\u202eCPC\u202c required.", ("CPC", 7)),  # a bidi override around the word
        ("RHIT\x1b[0m required.", ("RHIT", 0)),
        ("CCS\ufeff\u2060required.", ("CCS", 0)),
        # found by the fuzz harness: punctuation between the term and the invisible character, inside a word
        ("Credential (RHIT)\u202e\u202eCPC required.", ("RHIT", 12)),
        ("RHIT,\u200bCCS required.", ("RHIT", 0)),
        ("CPC\u200b(CCS) required.", ("CCS", 5)),
    ],
    ids=["bom", "nul-after", "nul-before", "zero-width-space", "bidi", "escape", "joiners", "paren", "comma", "open"],
)
def test_a_term_glued_to_an_invisible_character_is_found_at_its_offsets(extract, text, found):
    term, start = found
    extraction = extract(text)
    mentions = {(r.id, r.strength, r.mention.start, r.mention.end) for r in extraction.requirements}
    assert (term, "required", start, start + len(term)) in mentions
    for requirement in extraction.requirements:
        for span in (requirement.mention, requirement.evidence):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_the_tokens_of_a_text_with_invisible_characters_still_spell_the_text(screener):
    text = "\ufeffRHIT\x00, CCS\u200b, CPC\u202e and\x7fCTR\ufeff required.\x00"
    doc = screener.nlp(text)
    assert doc.text == text
    assert {"RHIT", "CCS", "CPC", "CTR"} <= {token.text for token in doc}
