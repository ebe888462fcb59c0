"""Valid files the binary and structured targets start from: made here, from the sample postings.

PDFs are written with fpdf2 (a test extra) both compressed and not, so that
byte mutations land in content streams and object syntax alike; Word files
with python-docx (headings, bullets, numbered lists, tables with merged
cells, a title property).
"""

from __future__ import annotations

import io
import json
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_postings"


@cache
def posting_texts() -> tuple[str, ...]:
    """The sample postings' texts (short ones first: small seeds mutate into more shapes per second)."""
    texts = [path.read_text(encoding="utf-8") for path in sorted((SAMPLES / "postings").glob("*.txt"))]
    if not texts:  # the samples are part of the project; this keeps the harness usable without them
        texts = ["Medical Coder\n\nRequirements:\n- CPC or CCS required.\n- 2 years of coding experience."]
    return tuple(sorted(texts, key=len))


@cache
def sample_profile() -> dict:
    import yaml

    paths = sorted((SAMPLES / "profiles").glob("*.yaml"))
    if not paths:
        return {"education": [{"level": "associate"}], "credentials": [{"id": "RHIT", "status": "active"}]}
    return yaml.safe_load(paths[-1].read_text(encoding="utf-8"))


@cache
def text_seeds() -> tuple[bytes, ...]:
    texts = posting_texts()[:4]
    return tuple([t.encode("utf-8") for t in texts] + [texts[0].encode("utf-16"), texts[1].encode("cp1252", "replace")])


@cache
def html_seeds() -> tuple[bytes, ...]:
    seeds = []
    for text in posting_texts()[:3]:
        lines = text.splitlines()
        body = "".join(f"<li>{line}</li>" if line.startswith(("-", "•", "*")) else f"<p>{line}</p>" for line in lines)
        seeds.append(
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{lines[0]}</title></head>"
            f"<body><nav><a href='/'>Home</a></nav><main><h1>{lines[0]}</h1><ul>{body}</ul></main>"
            "<footer>Equal opportunity employer</footer></body></html>".encode()
        )
    job = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Coding Specialist",
        "description": "<p>" + posting_texts()[0].replace("\n", "<br>") + "</p>",
        "qualifications": "RHIT or CCS required",
        "educationRequirements": {"@type": "EducationalOccupationalCredential", "credentialCategory": "associate"},
        "hiringOrganization": {"@type": "Organization", "name": "Riverbend Health"},
        "identifier": {"@type": "PropertyValue", "value": "R-17"},
    }
    seeds.append(
        f"<html><head><script type='application/ld+json'>{json.dumps(job)}</script></head>"
        "<body><p>Apply now</p></body></html>".encode()
    )
    seeds.append(
        f"<html><head><script type='application/ld+json'>{json.dumps({'@graph': [job, job]})}</script></head>"
        "<body></body></html>".encode()
    )
    return tuple(seeds)


@cache
def pdf_seeds() -> tuple[bytes, ...]:
    from fpdf import FPDF

    seeds = []
    for index, text in enumerate(posting_texts()[:3]):
        pdf = FPDF()
        pdf.set_compression(index != 0)
        if index != 1:
            pdf.set_title(text.splitlines()[0])
        pdf.set_font("helvetica", size=10)
        pdf.add_page()
        for line in text.encode("latin-1", "replace").decode("latin-1").splitlines()[:40]:
            if line.strip():
                pdf.multi_cell(w=0, text=line, new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.ln()
        seeds.append(bytes(pdf.output()))
    return tuple(seeds)


@cache
def docx_seeds() -> tuple[bytes, ...]:
    import docx

    seeds = []
    for index, text in enumerate(posting_texts()[:2]):
        document = docx.Document()
        lines = [line for line in text.splitlines() if line.strip()]
        if index == 0:
            document.core_properties.title = lines[0]
        document.add_heading(lines[0], level=1)
        for line in lines[1:25]:
            if line.startswith(("-", "•", "*")):
                document.add_paragraph(line.lstrip("-•* "), style="List Bullet")
            else:
                document.add_paragraph(line)
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Preferred"
        table.cell(0, 1).text = "RHIA preferred."
        table.cell(1, 0).merge(table.cell(1, 1)).text = "CCS within 6 months of hire"
        document.add_paragraph("Numbered", style="List Number")
        out = io.BytesIO()
        document.save(out)
        seeds.append(out.getvalue())
    return tuple(seeds)


@cache
def jsonl_seeds() -> tuple[bytes, ...]:
    texts = posting_texts()[:3]
    records = [{"id": i, "title": t.splitlines()[0], "text": t} for i, t in enumerate(texts)]
    return ("\n".join(json.dumps(r) for r in records) + "\n").encode(), json.dumps(records).encode()


@cache
def csv_seeds() -> tuple[bytes, ...]:
    import csv

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "title", "description"])
    for index, text in enumerate(posting_texts()[:3]):
        writer.writerow([index, text.splitlines()[0], text])
    return (out.getvalue().encode(),)
