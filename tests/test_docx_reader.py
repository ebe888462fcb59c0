"""The Word reader, on .docx files written here with python-docx."""

from __future__ import annotations

import pytest

from screener import ReadError


def write_docx(path, *, title=None):
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    document.add_heading("Coding Specialist", level=1)
    document.add_paragraph("Our coding team supports three hospitals.")
    document.add_paragraph("Requirements:")
    document.add_paragraph("CPC or CCS required.", style="List Bullet")
    document.add_paragraph("2 years of coding experience.", style="List Bullet")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Preferred"
    table.cell(0, 1).text = "RHIA preferred."
    merged = table.cell(1, 0).merge(table.cell(1, 1))
    merged.text = "Schedule: days"
    document.save(str(path))
    return str(path)


def test_paragraphs_lists_and_tables_are_read_in_order(screener, tmp_path):
    posting = screener.read(write_docx(tmp_path / "coder.docx"))
    assert [line for line in posting.text.splitlines() if line] == [
        "Coding Specialist",
        "Our coding team supports three hospitals.",
        "Requirements:",
        "• CPC or CCS required.",
        "• 2 years of coding experience.",
        "Preferred",
        "RHIA preferred.",
        "Schedule: days",  # a merged cell once, not once per column it spans
    ]
    assert posting.title == "Coding Specialist"
    extraction = screener.extract(posting)
    credentials = {r.id: (r.strength, r.any_of is not None) for r in extraction.requirements if r.kind == "credential"}
    assert credentials == {"CPC": ("required", True), "CCS": ("required", True), "RHIA": ("preferred", False)}
    assert extraction.minimum_experience_years() == 2


def test_the_title_property_is_the_title(screener, tmp_path):
    assert screener.read(write_docx(tmp_path / "titled.docx", title="Coder II (remote)")).title == "Coder II (remote)"


@pytest.mark.parametrize("content", [b"", b"PK\x03\x04 broken zip", b"plain text saved as docx"])
def test_a_damaged_document_is_a_clear_error(screener, tmp_path, content):
    path = tmp_path / "damaged.docx"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=r"damaged\.docx: not a readable Word document \(\.docx\)"):
        screener.read(str(path))


def test_an_old_doc_file_has_no_reader(screener, tmp_path):
    path = tmp_path / "old.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0 binary word")
    with pytest.raises(ReadError, match="no reader plugin"):
        screener.read(str(path))
