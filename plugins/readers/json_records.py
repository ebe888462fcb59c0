"""Reads JSON Lines and JSON batches: .jsonl, .ndjson, .json, each also gzipped (.jsonl.gz).

JSON Lines is read one line at a time, so a file of any size takes little
memory; each line is one record (see ``records``: a schema.org JobPosting,
or an object with the posting text in ``text``, ``description`` or the field
chosen with ``--field``). A line that is not valid JSON, or a record without
text, becomes an error for that line (``file.jsonl:17``) and the lines after
it are still read; blank lines are skipped. A gzip stream that breaks off
ends the file with an error after the records read so far.

A .json file is one document, parsed whole: an array of records (named
``file.json[0]``, ... or ``file.json#id``), one record (named ``file.json``),
or JSON-LD holding JobPostings (``@graph``, nested). Use JSON Lines for large
batches.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from screener import Posting, ReadError, hookimpl

from .jsonld import find_job_postings, is_job_posting
from .records import posting_from_record, record_source

LINES_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
DOCUMENT_SUFFIXES = (".json", ".json.gz")
_BROKEN_STREAM = (EOFError, OSError, zlib.error)  # gzip.BadGzipFile is an OSError


def iter_lines(stream: IO[bytes], source: str, options: Mapping[str, str]) -> Iterator[Posting | ReadError]:
    """The postings of a JSON Lines stream, one per non-blank line."""
    number = 0
    try:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            where = f"{source}:{number}"
            try:
                record = json.loads(line.rstrip(b"\r\n"))
            except UnicodeDecodeError as exc:
                yield ReadError(f"line {number} is not UTF-8 text ({exc.reason} at byte {exc.start})", source=where)
                continue
            except json.JSONDecodeError as exc:
                yield ReadError(f"invalid JSON on line {number}: {exc.msg} (column {exc.colno})", source=where)
                continue
            yield _posting(record, source, f":{number}", options)
    except _BROKEN_STREAM as exc:
        raise ReadError(f"the file breaks off after line {number}: {exc}", source=source) from exc


def read_document(data: bytes, source: str, options: Mapping[str, str]) -> Posting | Iterator[Posting | ReadError]:
    """The posting of a JSON document holding one record, or the postings of an array or JSON-LD graph."""
    try:
        document = json.loads(data)
    except UnicodeDecodeError as exc:
        raise ReadError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", source=source) from exc
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON on line {exc.lineno}: {exc.msg} (column {exc.colno})", source=source) from exc
    if isinstance(document, dict) and not is_job_posting(document) and not options.get("field"):
        jobs = list(find_job_postings(document))
        if jobs:
            document = jobs if len(jobs) > 1 else jobs[0]
    if isinstance(document, list):
        return _each(document, source, options)
    return posting_from_record(document, source, options)


def _each(records: list[Any], source: str, options: Mapping[str, str]) -> Iterator[Posting | ReadError]:
    for index, record in enumerate(records):
        yield _posting(record, source, f"[{index}]", options)


def _posting(record: Any, source: str, position: str, options: Mapping[str, str]) -> Posting | ReadError:
    try:
        return posting_from_record(record, record_source(source, position, record, options), options)
    except ReadError as exc:
        return ReadError(str(exc), source=f"{source}{position}")


def _open(path: str) -> IO[bytes]:
    return gzip.open(path, "rb") if path.lower().endswith(".gz") else open(path, "rb")


def _lines_of_file(path: str, options: Mapping[str, str]) -> Iterator[Posting | ReadError]:
    with _open(path) as stream:
        yield from iter_lines(stream, path, options)


def _document_of_file(path: str, options: Mapping[str, str]) -> Posting | Iterator[Posting | ReadError]:
    try:
        with _open(path) as stream:
            data = stream.read()
    except _BROKEN_STREAM as exc:
        raise ReadError(f"not a readable gzip file: {exc}", source=path) from exc
    return read_document(data, path, options)


@hookimpl
def screener_read(source, options):
    name = source.lower()
    if not Path(source).is_file():
        return None
    if name.endswith(LINES_SUFFIXES):
        return _lines_of_file(source, options)
    if name.endswith(DOCUMENT_SUFFIXES):
        return _document_of_file(source, options)
    return None
