"""Hypothesis strategies for the fuzz targets: posting-like text, structured files, and mutated seed files.

Structure-aware generators (a grammar of posting fragments, HTML with
JSON-LD, JSON records, CSV with every quoting style, profile values) reach
the code behind the parsers; byte mutations of valid seed files (flips,
inserts, deletes, truncation, splices, format tokens) reach the parsers'
own corners. Every strategy draws ``bytes``: the content of one file.
"""

from __future__ import annotations

import csv
import io
import json
import math
import zipfile
from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

# --------------------------------------------------------------------------- posting-like text

CUES = [
    "required",
    "Required",
    "REQUIRED",
    "preferred",
    "Preferred",
    "a plus",
    "is a plus",
    "desired",
    "must have",
    "must",
    "should have",
    "not required",
    "No certification required",
    "strongly preferred",
    "nice to have",
    "eligible",
    "-eligible",
    "or eligible",
    "within 6 months of hire",
    "within one year",
    "must obtain",
    "or equivalent experience",
    "or equivalent combination of education and experience",
    "we pay for your",
    "exam fees reimbursed",
    "one of the following",
    "either:",
    "Either",
    "or",
    "OR",
    "and",
    "and/or",
    "plus",
    "/",
    "&",
    "at least",
    "minimum",
    "Minimum of",
    "not",
    "no",
    "must not",
    "unless",
    "including",
    "such as",
]
HEADINGS = [
    "Requirements:",
    "Qualifications",
    "Minimum Qualifications:",
    "Preferred Qualifications:",
    "Education:",
    "Experience:",
    "Certification/Licensure:",
    "Benefits",
    "Responsibilities:",
    "What we offer:",
    "Job Description",
    "Skills:",
    "Knowledge, Skills and Abilities",
    "About us",
    "Duties",
    "Licenses",
]
EDUCATION = [
    "high school diploma",
    "High School Diploma or GED",
    "associate degree",
    "Associate's degree",
    "bachelor's degree",
    "Bachelor of Science",
    "BS/BA",
    "master's degree",
    "MBA",
    "doctorate",
    "PhD",
    "coding certificate",
    "certificate program",
    "degree in Health Information Management",
    "CAHIIM-accredited program",
    "AHIMA-approved coding program",
    "some college",
]
YEARS = [
    "2 years",
    "3+ years",
    "one (1) year",
    "1-2 years",
    "2 to 5 years",
    "10+ yrs",
    "six months",
    "18 months",
    "five years",
    "0 years",
    "100 years",
    "99999999999999999999 years",
    "1.5 years",
    "½ year",
    "٣ years",
    "2 years of coding experience",
    "3 years of inpatient coding",
    "years of experience",
    "year",
    "2-",
]
SEPARATORS = [
    " ",
    " ",
    " ",
    ", ",
    "; ",
    " / ",
    "/",
    " - ",
    " – ",
    " — ",
    ": ",
    ".",
    ". ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "\n• ",
    "\n* ",
    "\n- ",
    "\n1. ",
    "\n(a) ",
    "(",
    ")",
    "[",
    "]",
    "®",
    "™",
    "\u00a0",
    "\u200b",
    "\ufeff",
]
SCRIPTS = [
    "ترميز طبي",
    "編碼 醫療",
    "кодирование",
    "κωδικοποίηση",
    "קידוד",
    "कोडिंग",
    "コーディング",
    "코딩",
    "é́́",
    "🙂",
    "𝐑𝐇𝐈𝐓",
    "ＲＨＩＴ",
    "R\u0336H\u0336I\u0336T",
    "\u202eTIHR\u202c",
    "İ",
    "ß",
    "ﬁ",
]
NOISE_WORDS = [
    "the",
    "coder",
    "coding",
    "medical",
    "records",
    "health",
    "information",
    "technician",
    "experience",
    "certification",
    "certified",
    "credential",
    "exam",
    "hospital",
    "inpatient",
    "outpatient",
    "audit",
    "CDI",
    "HIM",
    "HIT",
    "EHR",
    "EMR",
    "with",
    "in",
    "of",
    "for",
    "to",
    "a",
    "an",
    "is",
    "be",
    "will",
]


def text_characters() -> st.SearchStrategy[str]:
    """Any Unicode text without surrogates (which cannot be encoded), control characters included."""
    return st.text(st.characters(exclude_categories=("Cs",)), max_size=300)


def posting_text(terms: Sequence[str], *, max_fragments: int = 120) -> st.SearchStrategy[str]:
    """Text built from a grammar of posting fragments: credential and skill names, cues, headings, years."""
    word = st.sampled_from(terms) if terms else st.just("RHIT")
    fragment = st.one_of(
        word,
        word,
        word.map(str.lower),
        word.map(str.upper),
        st.sampled_from(CUES),
        st.sampled_from(HEADINGS),
        st.sampled_from(EDUCATION),
        st.sampled_from(YEARS),
        st.sampled_from(SEPARATORS),
        st.sampled_from(SEPARATORS),
        st.sampled_from(SCRIPTS),
        st.sampled_from(NOISE_WORDS),
        st.integers(-10, 10**6).map(str),
        text_characters().map(lambda s: s[:20]),
    )
    phrase = st.lists(fragment, min_size=1, max_size=12).map(" ".join)
    glued = st.lists(fragment, min_size=1, max_size=8).map("".join)  # no spaces: "RHIT/RHIA,CCS-P;CPC"
    return st.lists(st.one_of(phrase, phrase, glued, st.sampled_from(SEPARATORS)), max_size=max_fragments).map("".join)


def repeated(strategy: st.SearchStrategy[str], max_times: int = 3000) -> st.SearchStrategy[str]:
    """A piece repeated many times: very long lines, long runs of one pattern."""
    return st.builds(lambda piece, times: (piece * times)[:60_000], strategy, st.integers(1, max_times))


def extractor_text(terms: Sequence[str]) -> st.SearchStrategy[str]:
    """What the extractor is fuzzed with: arbitrary text, posting grammar, long lines, mixed scripts."""
    small = st.one_of(
        st.sampled_from([*CUES, *HEADINGS, *SEPARATORS, *SCRIPTS, *YEARS]), st.sampled_from(terms or ["RHIT"])
    )
    return st.one_of(
        text_characters(),
        posting_text(terms),
        posting_text(terms),
        posting_text(terms),
        repeated(st.lists(small, min_size=1, max_size=4).map(" ".join)),
        st.builds(
            lambda a, b, c: a + b + c, posting_text(terms, max_fragments=20), repeated(small), posting_text(terms)
        ),
        st.lists(st.sampled_from(SCRIPTS + [t for t in terms[:50]]), max_size=200).map(" ".join),
    )


# --------------------------------------------------------------------------- byte mutations of seed files

INTERESTING_BYTES = [
    b"\x00",
    b"\xff",
    b"\x7f",
    b"\x80",
    b"\xfe\xff",
    b"\xef\xbb\xbf",
    b"0",
    b"-1",
    b"65535",
    b"4294967296",
    b"99999999999999999999",
    b"1e308",
    b"NaN",
    b"\n",
    b"\r",
    b"\r\n",
    b" ",
    b'"',
    b"'",
    b"\\",
    b"<",
    b">",
    b"&",
    b";",
    b",",
    b"{",
    b"}",
    b"[",
    b"]",
    b"%",
    b"/",
]
PDF_TOKENS = [
    b" obj",
    b"endobj",
    b"stream\n",
    b"\nendstream",
    b"/Length 0",
    b"/Length 99999999",
    b"/Type /Page",
    b"/Type /Pages",
    b"/Kids [",
    b"/Count -1",
    b"/Count 99999999",
    b"<<",
    b">>",
    b" 0 R",
    b" 1 0 R",
    b" 9999 0 R",
    b"xref\n",
    b"trailer",
    b"startxref\n",
    b"%%EOF",
    b"/Filter /FlateDecode",
    b"/Filter /LZWDecode",
    b"/Filter /ASCIIHexDecode",
    b"/Filter /ASCII85Decode",
    b"/DecodeParms << /Predictor 12 /Columns 4 >>",
    b"BT ",
    b" ET",
    b" Tj",
    b" TJ",
    b" Tf",
    b" Td",
    b" Tm",
    b" cm",
    b" Do",
    b"(RHIT required) Tj",
    b"(",
    b")",
    b"<FEFF>",
    b"/Encrypt",
    b"/Root",
    b"/Parent",
    b"/Resources",
    b"/Font",
    b"/ToUnicode",
    b"/Encoding",
    b"/Differences [",
    b"/W [",
    b"/Contents",
    b"/MediaBox [0 0 0 0]",
    b"/Rotate 45",
    b"/Title (x)",
    b"/Info",
    b"/Prev 0",
    b"/Size 0",
    b"/XRefStm",
    b"/ObjStm",
    b"/First",
    b"/N",
    b"\\",
    b"\\(",
    b"\\377",
]
XML_TOKENS = [
    b"<w:p>",
    b"</w:p>",
    b"<w:r>",
    b"</w:r>",
    b"<w:t>RHIT required</w:t>",
    b'<w:t xml:space="preserve"> </w:t>',
    b"<w:tbl>",
    b"</w:tbl>",
    b"<w:tr>",
    b"</w:tr>",
    b"<w:tc>",
    b"</w:tc>",
    b'<w:gridSpan w:val="99999"/>',
    b'<w:gridSpan w:val="0"/>',
    b'<w:gridSpan w:val="-1"/>',
    b'<w:vMerge w:val="restart"/>',
    b"<w:vMerge/>",
    b"<w:numPr>",
    b'<w:numId w:val="999"/>',
    b'<w:ilvl w:val="9"/>',
    b'<w:pStyle w:val="ListBullet"/>',
    b'<w:pStyle w:val="Nope"/>',
    b"<w:br/>",
    b"<w:tab/>",
    b"<w:sdt><w:sdtContent>",
    b"</w:sdtContent></w:sdt>",
    b"<w:ins>",
    b"</w:ins>",
    b"<w:hyperlink>",
    b"</w:hyperlink>",
    b"<w:tblGrid>",
    b"<w:gridCol/>",
    b'<?xml version="1.0"?>',
    b'<!DOCTYPE x [<!ENTITY a "aaaa">]>',
    b"&a;",
    b"&amp;",
    b"&#0;",
    b"&#x110000;",
    b'xmlns:w="urn:x"',
    b"<dc:title>",
    b"</dc:title>",
    b'Target="../../etc/passwd"',
    b'TargetMode="External"',
    b'<Override PartName="/word/document.xml" ContentType="text/plain"/>',
    b"<",
]
HTML_TOKENS = [
    b"<p>",
    b"</p>",
    b"<br>",
    b"<li>",
    b"</li>",
    b"<ul>",
    b"</ul>",
    b"<table><tr><td>",
    b"</td></tr></table>",
    b"<script>",
    b"</script>",
    b'<script type="application/ld+json">',
    b"<style>",
    b"</style>",
    b"<!--",
    b"-->",
    b"<![CDATA[",
    b"]]>",
    b'<meta charset="utf-16">',
    b'<meta charset="x-unknown">',
    b"<title>",
    b"</title>",
    b"&nbsp;",
    b"&lt;p&gt;",
    b"&#x0;",
    b"&#99999999;",
    b'"@type":"JobPosting"',
    b'"description":',
    b"<h1>",
    b"<div>",
    b"</div>",
    b"<noscript>",
    b"<template>",
    b"<svg>",
    b"<math>",
    b"<frameset>",
    b"<plaintext>",
]
JSON_TOKENS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b":",
    b",",
    b"null",
    b"true",
    b"1e999",
    b"-0",
    b'"\\ud800"',
    b'"\\udfff"',
    b'"\\u0000"',
    b'"text"',
    b'"description"',
    b'"@type"',
    b'"JobPosting"',
    b'"@graph"',
    b'"id"',
    b"\n",
    b"\\",
    b"NaN",
    b"Infinity",
]
CSV_TOKENS = [b'"', b'""', b",", b"\t", b"\n", b"\r", b"\r\n", b"\x00", b"text", b"description", b"id", b"title"]


@st.composite
def mutated(draw: st.DrawFn, seeds: Sequence[bytes], tokens: Sequence[bytes] = (), max_ops: int = 8) -> bytes:
    """One of ``seeds`` with a few random edits: the way to get a binary parser deep into its code."""
    data = bytearray(seeds[draw(st.integers(0, len(seeds) - 1))])  # an index: a repr without the seeds' bytes
    dictionary = [*INTERESTING_BYTES, *tokens]
    for _ in range(draw(st.integers(1, max_ops))):
        op = draw(st.sampled_from(("flip", "set", "insert", "token", "delete", "truncate", "splice", "repeat")))
        at = draw(st.integers(0, len(data)))
        if op == "flip" and data:
            at = min(at, len(data) - 1)
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "set" and data:
            at = min(at, len(data) - 1)
            data[at] = draw(st.integers(0, 255))
        elif op == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif op == "token":
            token = draw(st.sampled_from(dictionary))
            if draw(st.booleans()):
                data[at:at] = token
            else:
                data[at : at + len(token)] = token
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 256))]
        elif op == "truncate":
            del data[at:]
        elif op == "splice":
            donor = seeds[draw(st.integers(0, len(seeds) - 1))]
            start = draw(st.integers(0, len(donor)))
            data[at:at] = donor[start : start + draw(st.integers(1, 512))]
        elif op == "repeat" and data:
            start = draw(st.integers(0, len(data) - 1))
            chunk = bytes(data[start : start + draw(st.integers(1, 64))])
            data[at:at] = chunk * draw(st.integers(2, 50))
    return bytes(data)


@st.composite
def mutated_zip(draw: st.DrawFn, seeds: Sequence[bytes], tokens: Sequence[bytes] = ()) -> bytes:
    """A zip seed (a .docx) with one or more members edited inside, re-zipped: reaches the XML below the zip."""
    source = zipfile.ZipFile(io.BytesIO(seeds[draw(st.integers(0, len(seeds) - 1))]))
    members = {info.filename: source.read(info) for info in source.infolist()}
    names = sorted(members)
    for _ in range(draw(st.integers(1, 3))):
        action = draw(st.sampled_from(("edit", "edit", "edit", "drop", "add")))
        name = draw(st.sampled_from(names))
        if action == "edit" and name in members:
            members[name] = draw(mutated([members[name]], tokens, max_ops=4))
        elif action == "drop":
            members.pop(name, None)
        elif action == "add":
            members[draw(st.sampled_from([*names, "word/extra.xml", "../evil.xml", "word/"]))] = draw(
                st.binary(max_size=64)
            )
    out = io.BytesIO()
    method = draw(st.sampled_from((zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED)))
    with zipfile.ZipFile(out, "w", method) as target:
        for name, content in members.items():
            target.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), content, method)
    return out.getvalue()


# --------------------------------------------------------------------------- JSON-like values


def json_scalars() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**70), 2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        text_characters().map(lambda s: s[:40]),
    )


def json_values(leaves: st.SearchStrategy[Any] | None = None, max_leaves: int = 30) -> st.SearchStrategy[Any]:
    """Any JSON value: dicts, lists, strings, numbers, booleans, null, nested."""
    return st.recursive(
        leaves if leaves is not None else json_scalars(),
        lambda inner: st.one_of(
            st.lists(inner, max_size=5), st.dictionaries(text_characters().map(lambda s: s[:12]), inner, max_size=5)
        ),
        max_leaves=max_leaves,
    )


def deep_nesting() -> st.SearchStrategy[bytes]:
    """Arrays and objects nested hundreds to thousands deep: parsers and walkers that recurse run out of stack."""

    def nest(depth: int, shape: str) -> bytes:
        if shape == "object":
            return b'{"a":' * depth + b"1" + b"}" * depth
        if shape == "job":  # inside a JobPosting field, where the reader walks it
            return b'{"@type":"JobPosting","description":"RHIT required","skills":' + nest(depth, "array") + b"}"
        return b"[" * depth + b'"x"' + b"]" * depth

    depth = st.one_of(st.integers(400, 1100), st.integers(1100, 200_000))  # just under and over recursion limits
    return st.builds(nest, depth, st.sampled_from(["array", "object", "job"]))


def dumps(value: Any) -> bytes:
    """JSON of ``value``, in one of the ways files are written (non-ASCII escaped or not)."""
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


# --------------------------------------------------------------------------- HTML and JSON-LD


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;")


def job_posting(text: st.SearchStrategy[str]) -> st.SearchStrategy[dict[str, Any]]:
    """A schema.org JobPosting, with the field types job boards really use and some they should not."""
    anything = json_values(max_leaves=6)
    html_text = st.one_of(text, text.map(lambda s: f"<p>{_escape(s)}</p>"), text.map(lambda s: f"&lt;p&gt;{s}"))
    field = st.one_of(
        html_text,
        anything,
        st.lists(html_text, max_size=3),
        st.fixed_dictionaries({"@type": st.just("EducationalOccupationalCredential"), "credentialCategory": html_text}),
    )
    return st.fixed_dictionaries(
        {
            "@type": st.sampled_from(
                ["JobPosting", "schema:JobPosting", "http://schema.org/JobPosting", ["JobPosting", "Thing"]]
            )
        },
        optional={
            "@context": st.just("https://schema.org"),
            "title": st.one_of(text.map(lambda s: s[:80]), anything),
            "description": st.one_of(html_text, html_text, anything),
            "hiringOrganization": st.one_of(text, anything, st.fixed_dictionaries({"name": anything})),
            "identifier": st.one_of(anything, st.fixed_dictionaries({"value": anything})),
            "educationRequirements": field,
            "experienceRequirements": field,
            "qualifications": field,
            "skills": field,
            "responsibilities": field,
            "datePosted": anything,
            "url": anything,
        },
    )


def json_ld(text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    """JSON-LD as pages carry it: a JobPosting, a list, an ``@graph``, nested in other objects."""
    job = job_posting(text)
    return st.one_of(
        job,
        st.lists(job, max_size=3),
        st.fixed_dictionaries(
            {
                "@context": st.just("https://schema.org"),
                "@graph": st.lists(st.one_of(job, json_values(max_leaves=5)), max_size=4),
            }
        ),
        st.fixed_dictionaries({"mainEntity": job}),
        json_values(max_leaves=10),
    )


@st.composite
def html_page(draw: st.DrawFn, text: st.SearchStrategy[str]) -> bytes:
    """An HTML page: random nesting of common tags around posting text, maybe JSON-LD blocks, in some encoding."""
    tags = [
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "span",
        "h1",
        "h2",
        "h3",
        "strong",
        "table",
        "tr",
        "td",
        "br",
        "section",
        "article",
        "nav",
        "header",
        "footer",
        "main",
        "script",
        "style",
        "pre",
        "noscript",
        "a",
        "b",
        "font",
    ]
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.sampled_from(("open", "close", "text", "text", "void", "jsonld", "raw")))
        tag = draw(st.sampled_from(tags))
        if kind == "open":
            attribute = draw(st.sampled_from(["", ' class="job"', " hidden", ' style="display:none"']))
            parts.append(f"<{tag}{attribute}>")
        elif kind == "close":
            parts.append(f"</{tag}>")
        elif kind == "text":
            parts.append(_escape(draw(text)) if draw(st.booleans()) else draw(text))
        elif kind == "void":
            parts.append(draw(st.sampled_from(["<br>", "<hr>", "<img src=x>", "<br/>", "<p/>", "<!-- c -->"])))
        elif kind == "jsonld" and draw(st.integers(0, 9)) == 0:
            parts.append(f'<script type="application/ld+json">{draw(deep_nesting()).decode()}</script>')
        elif kind == "jsonld":
            block = json.dumps(draw(json_ld(text)), ensure_ascii=draw(st.booleans()))
            mime = draw(st.sampled_from(["application/ld+json", "application/LD+JSON; charset=utf-8", "text/json"]))
            parts.append(f'<script type="{mime}">{block}</script>')
        else:
            parts.append(draw(text_characters()))
    title = draw(st.one_of(st.none(), text.map(lambda s: s[:80])))
    charset = draw(st.sampled_from(["utf-8", "windows-1252", "utf-16", "bogus"]))
    head = f'<head><meta charset="{charset}">'
    head += f"<title>{_escape(title)}</title></head>" if title is not None else "</head>"
    page = draw(st.sampled_from([f"<!DOCTYPE html><html>{head}<body>{{}}</body></html>", "{}", "<html>{}"]))
    return encoded(draw, page.replace("{}", "".join(parts), 1))


# --------------------------------------------------------------------------- records: JSON Lines, JSON, CSV


def record(text: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    """One record of a batch: a plain object with text fields of any type, a JobPosting, or any JSON value."""
    key = st.sampled_from(["text", "description", "title", "id", "organization", "body", "Text", "@type"])
    surrogates = st.builds(lambda s, t: t + s, st.text(st.characters(categories=["Cs"]), min_size=1, max_size=2), text)
    plain = st.dictionaries(
        key,
        st.one_of(
            text,
            surrogates,
            text.map(lambda s: f"<li>{_escape(s)}</li>"),
            json_values(max_leaves=5),
            st.lists(text, max_size=3),
        ),
        max_size=5,
    )
    return st.one_of(plain, plain, job_posting(text), json_values(max_leaves=8))


@st.composite
def json_lines(draw: st.DrawFn, text: st.SearchStrategy[str]) -> bytes:
    lines = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(("record", "record", "record", "blank", "garbage", "bytes")))
        if kind == "record":
            lines.append(
                json.dumps(draw(record(text)), ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
            )
        elif kind == "blank":
            lines.append(draw(st.sampled_from([b"", b"  ", b"\t"])))
        elif kind == "garbage":
            lines.append(draw(text_characters()).encode("utf-8"))
        else:
            lines.append(draw(st.binary(max_size=40)))
    newline = draw(st.sampled_from([b"\n", b"\r\n", b"\r"]))
    return newline.join(lines) + draw(st.sampled_from([b"", newline]))


def json_document(text: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.lists(record(text), max_size=5).map(dumps),
        record(text).map(dumps),
        json_ld(text).map(dumps),
        json_values().map(dumps),
        deep_nesting(),
    )


@st.composite
def csv_file(draw: st.DrawFn, text: st.SearchStrategy[str], delimiter: str = ",") -> bytes:
    """A CSV file: a header naming (maybe) a text column, rows with every quoting style, in some encoding."""
    columns = draw(
        st.lists(
            st.sampled_from(["text", "description", "title", "id", "Text", " TEXT ", "notes", ""]),
            min_size=1,
            max_size=5,
        )
    )
    cell = st.one_of(text, text.map(lambda s: f"<p>{_escape(s)}</p>"), text_characters(), st.just(""))
    rows = [columns, *draw(st.lists(st.lists(cell, max_size=len(columns) + 2), max_size=6))]
    out = io.StringIO()
    if draw(st.booleans()):
        quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
        writer = csv.writer(
            out, delimiter=delimiter, quoting=quoting, lineterminator=draw(st.sampled_from(["\r\n", "\n", "\r"]))
        )
        writer.writerows(rows)
        content = out.getvalue()
    else:  # hand-made: stray and unbalanced quotes, as broken exports have
        content = "\n".join(delimiter.join(row) for row in rows)
    return encoded(draw, content)


def encoded(draw: st.DrawFn, content: str) -> bytes:
    encoding = draw(
        st.sampled_from(
            [
                "utf-8",
                "utf-8",
                "utf-8-sig",
                "utf-16",
                "utf-16-le",
                "cp1252",
                "latin-1",
                "shift_jis",
                "gb18030",
                "cp1251",
            ]
        )
    )
    return content.encode(encoding, errors="replace") if encoding != "utf-8" else content.encode("utf-8")


def text_file(text: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    """A plain-text file: arbitrary bytes, posting text in many encodings, or a mutated seed."""
    return st.one_of(
        st.binary(max_size=2000),
        st.builds(
            lambda s, e: s.encode(e, errors="replace"),
            text,
            st.sampled_from(
                [
                    "utf-8",
                    "utf-8-sig",
                    "utf-16",
                    "utf-16-be",
                    "utf-32",
                    "cp1252",
                    "shift_jis",
                    "euc-jp",
                    "gb18030",
                    "big5",
                    "cp1251",
                    "koi8-r",
                    "iso-8859-7",
                    "cp437",
                ]
            ),
        ),
    )


# --------------------------------------------------------------------------- profiles

CANARY = "zqCANARYzq"


def canary_text() -> st.SearchStrategy[str]:
    """A string value that carries the canary, so a message quoting the value is caught."""
    return st.builds(
        lambda a, b: f"{a}{CANARY}{b}", text_characters().map(lambda s: s[:6]), text_characters().map(lambda s: s[:6])
    )


def profile_leaves() -> st.SearchStrategy[Any]:
    return st.one_of(
        json_scalars(),
        canary_text(),
        st.sampled_from(
            [
                "high_school",
                "certificate",
                "associate",
                "bachelor",
                "master",
                "doctorate",
                "RHIT",
                "CPC",
                "active",
                "eligible",
                "in_progress",
                "expired",
                "completed",
                "2020-01-01",
                "2020-02-30",
                "2020-13-01",
                "\\U10010000",
                "2999-12-31",
                "inpatient",
                "coding",
                "health_information",
                "billing",
                "ICD-10-CM",
                "Epic",
                "AHIMA",
            ]
        ),
        st.floats(),  # NaN and infinities: TOML and YAML can say them
        st.dates().map(str),
    )


@st.composite
def profile_value(draw: st.DrawFn, sample: dict[str, Any]) -> Any:
    """Any JSON-like value, or a valid sample profile with a few fields changed, dropped, added or retyped."""
    if draw(st.integers(0, 3)) == 0:
        return draw(json_values(profile_leaves()))
    return _mutate_value(draw, json.loads(json.dumps(sample, default=str)), depth=0)


def _mutate_value(draw: st.DrawFn, value: Any, depth: int) -> Any:
    if depth > 4 or draw(st.integers(0, 4)) == 0:
        return (
            draw(st.one_of(profile_leaves(), json_values(profile_leaves(), max_leaves=5)))
            if draw(st.integers(0, 2)) == 0
            else value
        )
    if isinstance(value, dict) and value:
        keys = sorted(value)
        key = draw(st.sampled_from(keys))
        action = draw(st.sampled_from(("change", "change", "drop", "add", "rename")))
        if action == "change":
            value[key] = _mutate_value(draw, value[key], depth + 1)
        elif action == "drop":
            del value[key]
        elif action == "add":
            value[draw(st.sampled_from(["extra", "level", "status", "years", "id", "coding", "areas", key]))] = draw(
                profile_leaves()
            )
        else:
            value[draw(text_characters().map(lambda s: s[:10]))] = value.pop(key)
    elif isinstance(value, list) and value:
        index = draw(st.integers(0, len(value) - 1))
        action = draw(st.sampled_from(("change", "change", "drop", "append")))
        if action == "change":
            value[index] = _mutate_value(draw, value[index], depth + 1)
        elif action == "drop":
            del value[index]
        else:
            value.append(draw(profile_leaves()))
    else:
        return draw(profile_leaves())
    return value


def toml_text(value: Any) -> str:
    """``value`` (a mapping) as TOML, every table inline; values TOML cannot hold (null) are left out."""
    if not isinstance(value, dict):
        return f"value = {_toml(value)}\n"
    return "".join(f"{_toml_key(k)} = {_toml(v)}\n" for k, v in value.items() if v is not None)


def _toml_key(key: Any) -> str:
    return _toml_string(str(key))


def _toml_string(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\u{code:04x}" if not 0xD800 <= code <= 0xDFFF else "\ufffd")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        text = repr(value)
        return text if any(c in text for c in ".en") else text + ".0"
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value if v is not None) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml(v)}" for k, v in value.items() if v is not None) + "}"
    return _toml_string(str(value))


@st.composite
def profile_file(draw: st.DrawFn, sample: dict[str, Any]) -> tuple[str, bytes]:
    """``(suffix, content)``: a profile value written as JSON, YAML or TOML, sometimes with its bytes mutated."""
    import yaml

    suffix = draw(st.sampled_from([".json", ".yaml", ".yml", ".toml"]))
    if draw(st.integers(0, 15)) == 0:  # nested thousands deep, in the syntax of the format
        depth = draw(st.one_of(st.integers(100, 1100), st.integers(1100, 50_000)))
        nested = "[" * depth + "1" + "]" * depth
        return suffix, (f"x = {nested}" if suffix == ".toml" else f'{{"skills": {nested}}}').encode()
    value = draw(profile_value(sample))
    if suffix == ".json":
        content = json.dumps(value, ensure_ascii=draw(st.booleans())).encode("utf-8")
    elif suffix == ".toml":
        content = toml_text(value).encode("utf-8")
    else:
        style = draw(st.sampled_from([None, False, True]))
        content = yaml.safe_dump(value, default_flow_style=style, allow_unicode=draw(st.booleans())).encode("utf-8")
    if draw(st.integers(0, 3)) == 0:
        content = draw(
            mutated(
                [content],
                [
                    b": ",
                    b"- ",
                    b"\n  ",
                    b"&a ",
                    b"*a",
                    b"!!python/object ",
                    b"<<: ",
                    b"=",
                    b"[[x]]",
                    b"'''",
                    CANARY.encode(),
                ],
                max_ops=3,
            )
        )
    return suffix, content
