"""The HTML reader: schema.org JobPosting JSON-LD when a page has it, else the page's main content."""

from __future__ import annotations

import html
import json

import pytest

from screener import Posting, ReadError

# The same posting twice: as a job seeker would copy it into a text file, and as the HTML a job board
# puts in its JobPosting block.
DESCRIPTION_TEXT = """\
Riverbend Regional Medical Center is hiring an inpatient coder for its HIM department.

Requirements:
• Associate degree in Health Information Technology required.
• RHIT or CCS required; RHIT-eligible candidates will be considered.
• 2+ years of inpatient coding experience with ICD-10-CM/PCS.

Preferred Qualifications:
• CPC preferred.
• Experience with Epic.

What we offer:
• We pay for your RHIA exam.
"""
DESCRIPTION_HTML = (
    "<p>Riverbend Regional Medical Center is hiring an inpatient coder for its <b>HIM</b> department.</p>"
    "<p><strong>Requirements:</strong></p>"
    "<ul><li>Associate degree in Health Information Technology required.</li>"
    "<li>RHIT or CCS required; RHIT-eligible candidates will be considered.</li>"
    "<li>2+ years of inpatient coding experience with ICD-10-CM/PCS.</li></ul>"
    "<h3>Preferred Qualifications:</h3><ul><li>CPC preferred.</li><li>Experience with <em>Epic</em>.</li></ul>"
    "<p><strong>What we offer:</strong><br>• We pay for your RHIA exam.</p>"
)
JOB = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Inpatient Coder II",
    "description": DESCRIPTION_HTML,
    "hiringOrganization": {"@type": "Organization", "name": "Riverbend Regional Medical Center"},
    "datePosted": "2024-05-01",
    "url": "https://careers.example/jobs/123",
}


def saved_page(job: dict | list | None, body: str = "<p>Apply now. Sign in to see more jobs.</p>") -> str:
    """A job-board page as a browser saves it: navigation, scripts, the JSON-LD block, a footer."""
    block = f'<script type="application/ld+json">{json.dumps(job)}</script>' if job is not None else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Inpatient Coder II - Riverbend Careers</title>
{block}
<script>window.dataLayer = [{{"event": "RHIA required"}}];</script>
<style>.nav {{ color: red }}</style></head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/ctr">CTR registrar jobs</a></li>
<li><a href="/cpc">CPC coding jobs</a></li></ul></nav></header>
<main>{body}</main>
<footer><p>© 2024 Riverbend. CPC is a registered trademark of AAPC. Privacy policy.</p></footer>
</body></html>"""


def requirement_view(extraction) -> list[dict]:
    """Requirements without the offsets, which differ between two layouts of the same words."""
    view = []
    for requirement in extraction.requirements:
        data = requirement.model_dump(mode="json")
        for key in ("evidence", "mention"):
            data[key] = data[key]["text"] if data[key] else None
        view.append(data)
    return view


def write(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return str(path)


def test_a_page_with_a_job_posting_block_gives_the_requirements_of_its_description(screener, tmp_path):
    page = write(tmp_path, "saved-page.html", saved_page(JOB))
    text = write(tmp_path, "description.txt", DESCRIPTION_TEXT)
    posting = screener.read(page)
    assert posting.source == page
    assert posting.title == "Inpatient Coder II"
    assert posting.organization == "Riverbend Regional Medical Center"
    assert (posting.url, posting.date_posted) == (JOB["url"], JOB["datePosted"])
    from_page = screener.extract(posting)
    from_text = screener.extract(screener.read(text))
    assert requirement_view(from_page) == requirement_view(from_text)
    # and they are the posting's requirements: nothing from the navigation, scripts or footer
    credentials = {r.id: r.strength for r in from_page.requirements if r.kind == "credential"}
    assert credentials == {"RHIT": "required", "CCS": "required", "CPC": "preferred"}


def test_the_description_is_laid_out_as_lines(screener, tmp_path):
    posting = screener.read(write(tmp_path, "page.html", saved_page(JOB)))
    lines = posting.text.splitlines()
    assert "Requirements:" in lines and "Preferred Qualifications:" in lines
    assert any(
        line.strip().endswith("* RHIT or CCS required; RHIT-eligible candidates will be considered.") for line in lines
    )
    assert "<" not in posting.text and "Inpatient Coder II" not in posting.text
    for requirement in screener.extract(posting).requirements:
        assert posting.text[requirement.evidence.start : requirement.evidence.end] == requirement.evidence.text


def test_an_escaped_description_as_job_feeds_store_it_is_read_as_html(screener, tmp_path):
    escaped = {**JOB, "description": html.escape(DESCRIPTION_HTML)}
    posting = screener.read(write(tmp_path, "feed.html", saved_page(escaped)))
    assert "&lt;" not in posting.text and "<li>" not in posting.text
    plain = screener.extract(screener.read(write(tmp_path, "plain.txt", DESCRIPTION_TEXT)))
    assert requirement_view(screener.extract(posting)) == requirement_view(plain)


def test_requirement_fields_are_added_under_their_own_headings(screener, tmp_path):
    job = {
        **JOB,
        "description": "<p>Join our coding team.</p>",
        "educationRequirements": {
            "@type": "EducationalOccupationalCredential",
            "credentialCategory": "associate degree",
        },
        "experienceRequirements": {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": 36},
        "qualifications": "<ul><li>RHIT required</li></ul>",
        "skills": ["ICD-10-CM", "CPT"],
    }
    posting = screener.read(write(tmp_path, "fields.html", saved_page(job)))
    assert "Education requirements:\nassociate degree" in posting.text
    assert "Experience requirements:\n3 years of experience" in posting.text
    extraction = screener.extract(posting)
    assert extraction.ids("credential") == ["RHIT"]
    assert {r.id: r.strength for r in extraction.requirements if r.kind == "coding_system"} == {
        "ICD-10-CM": "required",
        "CPT": "required",
    }
    assert extraction.ids("education") == ["associate"]
    assert extraction.minimum_experience_years() == 3


def test_a_field_the_description_already_holds_is_not_repeated(screener, tmp_path):
    job = {**JOB, "qualifications": "RHIT or CCS required; RHIT-eligible candidates will be considered."}
    posting = screener.read(write(tmp_path, "same.html", saved_page(job)))
    assert posting.text.count("RHIT or CCS required") == 1


def test_json_ld_in_a_graph_and_pages_listing_several_postings(screener, tmp_path):
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "Jobs"}, JOB]}
    assert screener.read(write(tmp_path, "graph.html", saved_page(graph))).title == "Inpatient Coder II"

    second = {**JOB, "title": "Cancer Registrar", "description": "<p>CTR required.</p>"}
    listing = write(tmp_path, "listing.html", saved_page([JOB, second]))
    postings = list(screener.read_all(listing))
    assert [p.source for p in postings] == [f"{listing}[0]", f"{listing}[1]"]
    assert [p.title for p in postings] == ["Inpatient Coder II", "Cancer Registrar"]
    with pytest.raises(ReadError, match="more than one posting"):
        screener.read(listing)


def test_a_page_without_json_ld_is_read_for_its_main_content(screener, tmp_path):
    body = (
        "<h1>Cancer Registrar</h1><p>Our registry serves a Commission on Cancer accredited program.</p>"
        "<h2>Requirements</h2><ul><li>CTR required or obtained within 12 months of hire.</li>"
        "<li>Two years of cancer registry experience.</li></ul>"
        "<h2>Preferred</h2><ul><li>Bachelor's degree preferred.</li></ul>"
    )
    posting = screener.read(write(tmp_path, "registrar.htm", saved_page(None, body)))
    assert posting.title == "Inpatient Coder II - Riverbend Careers"
    assert "CTR required or obtained within 12 months of hire." in posting.text
    for boilerplate in ("Home", "CTR registrar jobs", "CPC coding jobs", "dataLayer", "color: red", "trademark"):
        assert boilerplate not in posting.text, boilerplate
    extraction = screener.extract(posting)
    assert extraction.ids("credential") == ["CTR"]
    assert extraction.requirements[0].within_months == 12


def test_a_broken_json_ld_block_falls_back_to_the_page(screener, tmp_path):
    page = saved_page(None, "<h2>Requirements</h2><ul><li>CCS required.</li></ul>").replace(
        "<head>", '<head><script type="application/ld+json">{"@type": "JobPosting", </script>'
    )
    assert screener.extract(screener.read(write(tmp_path, "broken.html", page))).ids("credential") == ["CCS"]


def test_the_declared_charset_is_used(screener, tmp_path):
    page = saved_page(None, "<h2>Requirements</h2><p>Café coding team – RHIT required.</p>")
    page = page.replace(
        '<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
    )
    posting = screener.read(write(tmp_path, "cp1252.html", page.encode("cp1252")))
    assert "Café coding team – RHIT required." in posting.text


@pytest.mark.parametrize(
    "content", [b"", b"   \n", b"\x00\x01\x02 not html at all \xff"], ids=["empty", "blank", "binary"]
)
def test_pages_with_no_text_are_errors_not_crashes(screener, tmp_path, content):
    path = write(tmp_path, "empty.html", content)
    try:
        posting = screener.read(path)
    except ReadError as exc:
        assert str(exc).startswith(path)
    else:
        assert isinstance(posting, Posting) and posting.text.strip()
