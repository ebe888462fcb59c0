"""Hypothesis strategies for the fuzz targets: posting-like text, structured files, and mutated seed files.

Structure-aware generators (a grammar of posting fragments, HTML with
JSON-LD, JSON records, CSV with every quoting style, profile values) reach
the code behind the parsers; byte mutations of valid seed files (flips,
inserts, deletes, truncation, splices, format tokens) reach the parsers'
own corners. Every strategy draws ``bytes``: the content of one file.
"""

from __future__ import annotations

import csv
import gzip
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


#: Characters that show nothing and are not white space, as they turn up glued to words (issue 16).
INVISIBLE_CHARACTERS = [
    "\ufeff",
    "\x00",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9b",
    "\u200b",
    "\u200d",
    "\u2060",
    "\u202e",
    "\u2066",
]


def codec_names() -> list[str]:
    """Every codec name Python knows (aliases too): text encodings, and codecs that are not ("hex", "rot13")."""
    import encodings
    import encodings.aliases
    import pkgutil

    names = set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values())
    names |= {module.name for module in pkgutil.iter_modules(encodings.__path__)}
    return [*sorted(names - {"aliases"}), "bogus", "x-unknown", "utf-8", "windows-1252", "utf-16"]


def not_text_codecs() -> list[str]:
    """The codec names that bytes.decode refuses: "hex", "base64", "rot13", "zlib", ... (and their aliases)."""
    refused = []
    for name in codec_names():
        try:
            b"-".decode(name)
        except LookupError:
            refused.append(name)
        except (UnicodeError, ValueError):
            pass
    return refused


def charsets() -> st.SearchStrategy[str]:
    """A charset a page or a server may declare: any codec name (often one that is no text encoding), any case."""
    names = st.one_of(st.sampled_from(codec_names()), st.sampled_from(not_text_codecs()))
    return names.flatmap(lambda name: st.sampled_from([name, name.upper(), name.replace("_", "-")]))


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
    charset = draw(charsets())
    head = draw(
        st.sampled_from(
            [
                f'<head><meta charset="{charset}">',
                f'<head><meta http-equiv="Content-Type" content="text/html; charset={charset}">',
                "<head>",
            ]
        )
    )
    head += f"<title>{_escape(title)}</title></head>" if title is not None else "</head>"
    page = draw(
        st.sampled_from([f"<!DOCTYPE html><html>{head}<body>{{}}</body></html>", f"<html>{head}{{}}", "{}", "<html>{}"])
    )
    if draw(st.integers(0, 4)) == 0:  # XHTML: an XML declaration naming the encoding
        page = f'<?xml version="1.0" encoding="{draw(charsets())}"?>\n' + page
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


@st.composite
def csv_with_stray_quotes(draw: st.DrawFn, text: st.SearchStrategy[str], delimiter: str = ",") -> bytes:
    """A CSV file whose cells hold no line breaks, with a quote opening some non-empty cells and never closing.

    Every data line is one record: a reader must give one result (a posting
    or an error) per line, whatever the stray quotes do (issue 16: one quote
    used to swallow every later row). A stray quote here opens a cell that has
    text after it; a quote closing a cell on a later line (``...text",``) would
    make a valid quoted cell with line breaks, which no reader can tell apart.
    """
    one_line = text.map(lambda s: " ".join(s.replace('"', "").replace(delimiter, " ").split()))
    columns = ["id", "text", "title"]
    rows = draw(st.lists(st.tuples(one_line, one_line), min_size=1, max_size=12))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    for number, (body, title) in enumerate(rows, 1):
        writer.writerow([f"r{number}", body or "RHIT required", title])
    lines = out.getvalue().splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 3))):
        line = draw(st.integers(1, len(lines) - 1))
        cells = lines[line].rstrip("\n").split(delimiter)
        cell = draw(st.integers(0, len(cells) - 1))
        if cells[cell] and not cells[cell].startswith('"'):
            cells[cell] = '"' + cells[cell]
            lines[line] = delimiter.join(cells) + "\n"
    return "".join(lines).encode("utf-8")


@st.composite
def many_styles_docx(draw: st.DrawFn) -> bytes:
    """A Word document with up to thousands of styles and paragraphs (issue 16: minutes per file).

    Styles of every type, duplicate ids, a default or none, unnamed ones;
    paragraphs with a style id, a missing one, or none.
    """
    namespace = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    count = draw(st.sampled_from([3000, 500, 10, 1, 0]))
    paragraphs = draw(st.sampled_from([3000, 500, 10, 1]))
    odd = draw(st.booleans())  # also style types that do not exist, and styles without a name
    kinds = ["paragraph", "paragraph", "character", "table", "numbering", *(["nonsense"] if odd else [])]
    styles = []
    for n in range(count):
        kind = kinds[n % len(kinds)]
        name = f'<w:name w:val="{"List " if n % 7 == 0 else "Style "}{n}"/>' if n % 11 or not odd else ""
        default = ' w:default="1"' if n % 97 == 5 else ""
        styles.append(f'<w:style w:type="{kind}" w:styleId="S{n % max(1, count - 3)}"{default}>{name}</w:style>')
    chooser = draw(st.sampled_from(["none", "all", "mixed"]))
    body = []
    for n in range(paragraphs):
        style = "" if chooser == "none" or (chooser == "mixed" and n % 3) else f'<w:pStyle w:val="S{n % (count + 2)}"/>'
        properties = f"<w:pPr>{style}</w:pPr>" if style else ""
        body.append(f"<w:p>{properties}<w:r><w:t>Line {n}: RHIT required.</w:t></w:r></w:p>")
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
            'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+'
            'xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.styles+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/styles" Target="styles.xml"/></Relationships>'
        ),
        "word/styles.xml": f"<w:styles {namespace}>{''.join(styles)}</w:styles>",
        "word/document.xml": f"<w:document {namespace}><w:body>{''.join(body)}</w:body></w:document>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in parts.items():
            package.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), content, zipfile.ZIP_DEFLATED)
    return out.getvalue()


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


# --------------------------------------------------------------------------- HTTP responses (the url target)


@st.composite
def http_scenario(draw: st.DrawFn, text: st.SearchStrategy[str]) -> bytes:
    """A URL read as JSON: reader options and the responses the servers send (see ``fuzz/http_server.py``).

    Redirects to the same server, to another port, to file:, in loops;
    Content-Length true, too short (the body breaks off), too long or absent;
    any charset (from every codec name); gzip; headers or bodies trickled a
    few bytes at a time for longer than the timeout (issue 16: slow headers,
    truncation, redirects to other hosts, non-text charsets).
    """
    responses = []
    for number in range(draw(st.integers(1, 4))):
        last = number == 3
        kind = draw(st.sampled_from(["page", "page", "redirect", "error"]) if not last else st.just("page"))
        head = "HTTP/1.1 "
        body = b""
        if kind == "redirect":
            status = draw(st.sampled_from([301, 302, 303, 307, 308]))
            target = draw(
                st.sampled_from(
                    [
                        f"{{SAME}}/{number + 1}",
                        f"/{{KEY}}/{number + 1}",
                        f"{{OTHER}}/{number + 1}",
                        "file:///etc/passwd",
                    ]
                )
            )
            head += f"{status} Moved\r\nLocation: {target}\r\nContent-Length: 0\r\n\r\n"
        elif kind == "error":
            head += "404 Not Found\r\nContent-Length: 9\r\n\r\n"
            body = b"not found"
        else:
            content = draw(text).encode("utf-8") or b"RHIT required."
            media = draw(st.sampled_from(["text/plain", "text/html", "application/x-ndjson", "", "text/csv"]))
            if media == "application/x-ndjson":
                content = json.dumps({"text": content.decode("utf-8")}).encode() + b"\n"
            elif media == "text/csv":
                content = b"id,text\n1," + content.replace(b"\n", b" ") + b"\n"
            headers = f"Content-Type: {media}; charset={draw(charsets())}\r\n" if media else ""
            if draw(st.integers(0, 3)) == 0:
                content = gzip.compress(content)
                headers += "Content-Encoding: gzip\r\n"
            length = draw(st.sampled_from(["true", "true", "short-body", "none"]))
            if length == "true":
                headers += f"Content-Length: {len(content)}\r\n"
            elif length == "short-body":
                headers += f"Content-Length: {len(content) + draw(st.integers(1, 5000))}\r\n"
            else:
                headers += "Connection: close\r\n"
            head += f"200 OK\r\n{headers}\r\n"
            body = content
        response: dict[str, Any] = {"head": head, "body": body.decode("latin-1")}
        if draw(st.integers(0, 3)) == 0:  # trickled: maybe for longer than the timeout
            response["chunk"] = draw(st.sampled_from([1, 2, 7]))
            response["pause"] = draw(st.sampled_from([0.01, 0.05, 0.2]))
        responses.append(response)
    options = {"timeout": "1"}
    if draw(st.integers(0, 3)) == 0:
        options["follow_redirects"] = draw(st.sampled_from(["any", "none", "same-origin"]))
    return json.dumps({"options": options, "responses": responses}).encode("utf-8")


# --------------------------------------------------------------------------- hostile output values (the output target)

#: Pieces of text that mean something to a spreadsheet, Markdown, HTML or a terminal.
ATTACK_PIECES = [
    '=HYPERLINK("http://x")',
    "=1+2",
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1)",
    "\t=x",
    "\r=x",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "![i](data:image/png;base64,AAAA)",
    "<javascript:alert(1)>",
    "&lt;b&gt;",
    "`",
    "``",
    "```",
    "|",
    "||",
    "*",
    "_",
    "~~",
    "#",
    "\\",
    "\\`",
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "\x1b[2J",
    "\x1b]0;owned\x07",
    "\x9b31m",
    "\n",
    "\r",
    "\r\n",
    "\x00",
    "\x7f",
    "\u2028",
    "\u202e",
    "\u2066",
    "screener: 0 posting(s), 0 with errors",
    "\nscreener: error: forged",
    "RHIT",
    " ",
    "https://example.org/a b",
]


def hostile_text() -> st.SearchStrategy[str]:
    """Text made of attack pieces and any characters, as a posting's title or a plugin's reason may be."""
    piece = st.one_of(
        st.sampled_from(ATTACK_PIECES), st.sampled_from(ATTACK_PIECES), text_characters().map(lambda s: s[:8])
    )
    return st.lists(piece, min_size=1, max_size=8).map("".join)


@st.composite
def output_case(draw: st.DrawFn) -> bytes:
    """A fit report's values from a posting and a plugin, the property to check, where a full disk stops (JSON)."""
    case = {
        "title": draw(hostile_text()),
        "source": draw(hostile_text()),
        "reason": draw(hostile_text()),
        "next_step": draw(hostile_text()),
        "rule_source": draw(st.one_of(hostile_text(), st.sampled_from(["https://example.org/rule", "javascript:x"]))),
        "error": draw(hostile_text()),
        "missing": draw(hostile_text()),
        "check": draw(st.sampled_from(["table", "csv", "markdown", "html", "stderr", "full_disk"])),
        "full_disk": draw(st.integers(0, 20_000)),
        "command": draw(st.sampled_from(["extract", "extract-jsonl", "screen-csv", "screen-markdown", "rank"])),
    }
    return json.dumps(case).encode("utf-8")


# --------------------------------------------------------------------------- profiles a plugin quotes (privacy)

#: The forms in which the ``privacy`` target's plugin quotes a profile in its exception.
QUOTE_FORMS = [
    "str",
    "repr",
    "ascii",
    "upper",
    "lower",
    "casefold",
    "title",
    "json",
    "json-utf8",
    "list-repr",
    "repr-of-repr",
    "json-of-repr",
    "model-repr",
]
ODD_PIECES = ["'", '"', "\n", "\\", "é", "ß", "İ", "\x00", "\u2028", "\t", " ", "`", "ǅ", "ﬁ"]


@st.composite
def quoted_profile(draw: st.DrawFn, sample: dict[str, Any]) -> bytes:
    """The sample profile with canary values holding quotes, escapes and odd letter cases, and a quoting form."""

    def odd_canary() -> str:
        around = st.lists(st.sampled_from(ODD_PIECES), max_size=4).map("".join)
        canary = draw(st.sampled_from([CANARY, CANARY.upper(), CANARY.lower(), CANARY.title()]))
        return draw(around) + canary + draw(around)

    profile = json.loads(json.dumps(sample, default=str))
    profile["name"] = odd_canary()
    profile["software"] = [odd_canary() for _ in range(draw(st.integers(1, 3)))]
    for entry in profile.get("experience", []):
        entry["role"] = odd_canary()
    for entry in profile.get("education", []):
        entry["field"] = odd_canary()
    return json.dumps({"profile": profile, "form": draw(st.sampled_from(QUOTE_FORMS))}, ensure_ascii=False).encode()


#: What a plugin's hook may do wrong: raise anything (SystemExit too), answer with the wrong type, end its process.
PLUGIN_FAULTS = ("RuntimeError", "SystemExit", "sys.exit", "GeneratorExit", "BaseException", "wrong-answer", "os._exit")


@st.composite
def plugin_fault_case(draw: st.DrawFn) -> bytes:
    """A batch of 1-6 postings, some of which make a plugin fail in one way; with one or two processes.

    ``os._exit`` only with two processes: with one, ending the process ends
    the run, as documented.
    """
    postings = draw(st.integers(1, 6))
    fault = draw(st.sampled_from(PLUGIN_FAULTS))
    jobs = 2 if fault == "os._exit" else draw(st.sampled_from([1, 2]))
    faulty = draw(st.sets(st.integers(0, postings - 1), min_size=1, max_size=postings))
    case = {"postings": postings, "fault": fault, "jobs": jobs, "faulty": sorted(faulty)}
    case["batch_size"] = draw(st.integers(1, 4))
    return json.dumps(case).encode()
