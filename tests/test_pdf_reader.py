"""The PDF reader, on PDFs written here with fpdf2: the text layer, a scan without one, a damaged file."""

from __future__ import annotations

import pytest

from screener import ReadError

LINES = [
    "Health Information Technician",
    "",
    "Requirements:",
    "- Associate degree in Health Information Technology required.",
    "- RHIT required.",
    "- 1 year of coding experience with ICD-10-CM.",
    "Preferred:",
    "- CCS preferred.",
]


def write_pdf(path, lines, *, title=None, pages=1):
    from fpdf import FPDF

    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_font("helvetica", size=11)
    for _ in range(pages):
        pdf.add_page()
        for line in lines:
            if line:
                pdf.cell(text=line, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln()
    pdf.output(str(path))
    return str(path)


def write_scanned_pdf(path):
    """A page that is only a picture, as a scanner makes it."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (400, 200), "white")
    ImageDraw.Draw(picture).rectangle((20, 20, 380, 60), fill="black")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(picture, x=10, y=10, w=180)
    pdf.output(str(path))
    return str(path)


def test_the_text_layer_is_read_line_by_line(screener, tmp_path):
    path = write_pdf(tmp_path / "hit.pdf", LINES, title="HIT II - Riverbend")
    posting = screener.read(path)
    assert posting.title == "HIT II - Riverbend"
    assert [line for line in posting.text.splitlines() if line.strip()] == [line for line in LINES if line]
    extraction = screener.extract(posting)
    assert {r.id: r.strength for r in extraction.requirements if r.kind == "credential"} == {
        "RHIT": "required",
        "CCS": "preferred",
    }
    assert extraction.ids("education") == ["associate"]
    assert "ICD-10-CM" in extraction.ids("coding_system")


def test_without_title_metadata_the_first_line_is_the_title(screener, tmp_path):
    posting = screener.read(write_pdf(tmp_path / "plain.pdf", LINES, pages=2))
    assert posting.title == "Health Information Technician"
    assert posting.text.count("RHIT required.") == 2
    assert posting.metadata["pages"] == 2


def test_a_scanned_pdf_is_a_clear_error(screener, tmp_path):
    path = write_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(ReadError) as caught:
        screener.read(path)
    assert str(caught.value) == f"{path}: scanned PDF: no text layer on its 1 page(s); run OCR on it first"


@pytest.mark.parametrize(
    "content", [b"%PDF-1.4\n%garbage that is no PDF\n", b"not a pdf at all", b""], ids=["truncated", "text", "empty"]
)
def test_a_damaged_pdf_is_a_clear_error(screener, tmp_path, content):
    path = tmp_path / "damaged.pdf"
    path.write_bytes(content)
    with pytest.raises(ReadError, match=r"damaged\.pdf: not a readable PDF"):
        screener.read(str(path))
