"""What kind of content a stream holds, and reading it with the reader for that kind.

Files are routed by their suffix, each to its own reader plugin. Standard
input and URLs have no suffix to go by, so their readers (``stdin``,
``url``) use this module: the ``format`` option when given, else a URL's
media type or path suffix, else a look at the first bytes. What is read
whole is read up to ``max_bytes`` (see ``limits``), after gzip is unpacked.
"""

from __future__ import annotations

import gzip
import io
import json
import zlib
from collections.abc import Iterator, Mapping
from typing import IO, Any

from screener import DeferredPosting, Posting, ReadError

from . import csv_records, json_records, pdf, text, webpage, word
from .limits import max_bytes, read_limited

KIND_BY_SUFFIX = {
    **dict.fromkeys(text.SUFFIXES, "text"),
    **dict.fromkeys(webpage.SUFFIXES, "html"),
    ".pdf": "pdf",
    ".docx": "docx",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
}
KIND_BY_MEDIA_TYPE = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/json": "json",
    "application/ld+json": "json",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/jsonlines": "jsonl",
    "application/x-jsonlines": "jsonl",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/plain": "text",
    "text/markdown": "text",
}
KINDS = sorted(set(KIND_BY_SUFFIX.values()))
_GZIP_MAGIC = b"\x1f\x8b"
_SNIFF_BYTES = 64 * 1024


def kind_of_name(name: str) -> str | None:
    """The kind a file name (or URL path) says, by its suffix; ``.gz`` is looked through."""
    name = name.lower().removesuffix(".gz")
    dot = name.rfind(".")
    return KIND_BY_SUFFIX.get(name[dot:]) if dot >= 0 else None


def checked_kind(kind: str, source: str) -> str:
    if kind not in KINDS:
        raise ReadError(f"unknown format {kind!r}; choose one of {', '.join(KINDS)}", source=source)
    return kind


def sniff(head: bytes) -> str:
    """The kind of content that starts with ``head``: PDF, DOCX, HTML, JSON, JSON Lines, else text."""
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start[:1] == b"<":
        return "html"
    if start[:1] == b"[":
        return "json"
    if start[:1] == b"{":
        first_line, newline, _ = start.partition(b"\n")
        if not newline:
            return "jsonl"  # one long line: a JSON Lines file of one record reads the same as a JSON document
        try:
            json.loads(first_line)
        except (ValueError, RecursionError):
            return "json"  # a document spread over several lines
        return "jsonl"
    return "text"


def buffered(stream: IO[bytes]) -> io.BufferedReader:
    """The stream, able to show its first bytes without using them up, and gunzipped when it is gzip."""
    # BufferedReader reads its raw stream with readinto, which every binary stream has but typeshed's IO[bytes] lacks
    reader: io.BufferedReader[Any] = io.BufferedReader(stream, buffer_size=_SNIFF_BYTES)
    if reader.peek(2)[:2] == _GZIP_MAGIC:
        reader = io.BufferedReader(gzip.GzipFile(fileobj=reader), buffer_size=_SNIFF_BYTES)
    return reader


def read_stream(
    kind: str | None,
    stream: IO[bytes],
    source: str,
    options: Mapping[str, str],
    charset: str | None = None,
) -> Posting | Iterator[Posting | DeferredPosting | ReadError]:
    """Read ``stream`` as ``kind`` (sniffed when ``None``); batches are read record by record."""
    limit = max_bytes(options, source)
    try:
        reader = buffered(stream)
        kind = checked_kind(kind, source) if kind else sniff(reader.peek(_SNIFF_BYTES)[:_SNIFF_BYTES])
        if kind == "jsonl":
            return json_records.iter_lines(reader, source, options)
        if kind in ("csv", "tsv"):
            return csv_records.iter_rows(reader, source, options, "\t" if kind == "tsv" else ",")
        data = read_limited(reader, limit, source, "the content")
    except (EOFError, OSError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
        raise ReadError(f"the content breaks off or is not valid gzip: {exc}", source=source) from exc
    if kind == "html":
        return webpage.read_bytes(data, source, charset)
    if kind == "pdf":
        return pdf.read_bytes(data, source)
    if kind == "docx":
        return word.read_bytes(data, source, limit)
    if kind == "json":
        return json_records.read_document(data, source, options)
    return text.read_bytes(data, source, charset)
