"""Reads JSON Lines and JSON batches: .jsonl, .ndjson, .json, each also gzipped (.jsonl.gz).

JSON Lines is read one line at a time, so a file of any size takes little
memory; each line is one record (see ``records``: a schema.org JobPosting,
or an object with the posting text in ``text``, ``description`` or the field
chosen with ``--field``). A line that is not valid JSON, or a record without
text, becomes an error for that line (``file.jsonl:17``) and the lines after
it are still read; blank lines are skipped. A line longer than ``max_bytes``
bytes (default 20,000,000; see ``limits``) is an error for that line, passed
over without being held in memory. A file with no records at all is an
error. A gzip stream that breaks off ends the file with an error after the
records read so far.

A .json file is one document, parsed whole: an array of records (named
``file.json[0]``, ... or ``file.json#id``), one record (named ``file.json``),
or JSON-LD holding JobPostings (``@graph``, nested). It may hold at most
``max_bytes`` bytes (after gzip is unpacked). Use JSON Lines for large batches.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any, cast

from screener import DeferredPosting, Posting, ReadError, hookimpl

from .json_text import loads
from .jsonld import find_job_postings, is_job_posting
from .limits import LineTooLong, capped_lines, max_bytes, read_file, read_limited
from .records import posting_from_record, record_source

LINES_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
DOCUMENT_SUFFIXES = (".json", ".json.gz")
_BROKEN_STREAM = (EOFError, OSError, zlib.error)  # gzip.BadGzipFile is an OSError


def iter_lines(stream: IO[bytes], source: str, options: Mapping[str, str]) -> Iterator[DeferredPosting | ReadError]:
    """The postings of a JSON Lines stream, one per non-blank line of at most ``max_bytes`` bytes.

    Each line is parsed where its posting is extracted (a ``DeferredPosting``):
    with ``--jobs``, in a worker process, so this one only splits lines.
    """
    limit = max_bytes(options, source)
    number = 0
    records = 0
    try:
        for number, line in enumerate(capped_lines(stream, limit), 1):
            where = f"{source}:{number}"
            if isinstance(line, LineTooLong):
                records += 1
                yield ReadError(line.message(f"line {number}"), source=where)
                continue
            if not line.strip():
                continue
            records += 1
            # parsed where it is extracted: with --jobs, in a worker process
            yield DeferredPosting(where, posting_of_line, (line, source, number, options))
    except _BROKEN_STREAM as exc:
        raise ReadError(f"the file breaks off after line {number}: {exc}", source=source) from exc
    if not records:
        raise ReadError("empty: there are no records" if number else "empty: there is nothing in it", source=source)


def posting_of_line(line: bytes, source: str, number: int, options: Mapping[str, str]) -> Posting:
    """The posting of line ``number`` of a JSON Lines source; raises :class:`ReadError` naming the line."""
    where = f"{source}:{number}"
    try:
        record = loads(line.rstrip(b"\r\n"))
    except UnicodeDecodeError as exc:
        raise ReadError(f"line {number} is not UTF-8 text ({exc.reason} at byte {exc.start})", source=where) from None
    except (ValueError, RecursionError) as exc:
        raise ReadError(f"invalid JSON on line {number}: {_json_problem(exc)}", source=where) from None
    posting = _posting(record, source, f":{number}", options)
    if isinstance(posting, ReadError):
        raise posting
    return posting


def read_document(data: bytes, source: str, options: Mapping[str, str]) -> Posting | Iterator[Posting | ReadError]:
    """The posting of a JSON document holding one record, or the postings of an array or JSON-LD graph."""
    if not data.strip():
        raise ReadError("empty: there is no JSON in it", source=source)
    try:
        document = loads(data)
    except UnicodeDecodeError as exc:
        raise ReadError(f"not UTF-8 text ({exc.reason} at byte {exc.start})", source=source) from exc
    except json.JSONDecodeError as exc:
        raise ReadError(f"invalid JSON on line {exc.lineno}: {exc.msg} (column {exc.colno})", source=source) from exc
    except (ValueError, RecursionError) as exc:
        raise ReadError(f"invalid JSON: {_json_problem(exc)}", source=source) from exc
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


def _json_problem(exc: ValueError | RecursionError) -> str:
    """What is wrong, for the errors json.loads raises besides bad syntax: deep nesting, numbers too long."""
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (column {exc.colno})"
    if isinstance(exc, RecursionError):
        return "arrays or objects nested too deeply"
    if "integer string conversion" in str(exc):
        return f"a number with more than {sys.get_int_max_str_digits():,} digits"
    return str(exc)


def _posting(record: Any, source: str, position: str, options: Mapping[str, str]) -> Posting | ReadError:
    try:
        return posting_from_record(record, record_source(source, position, record, options), options)
    except ReadError as exc:
        return ReadError(str(exc), source=f"{source}{position}")


def _open(path: str) -> IO[bytes]:
    # a GzipFile is a binary file, which typeshed models as BufferedIOBase, not IO[bytes]
    return cast(IO[bytes], gzip.open(path, "rb")) if path.lower().endswith(".gz") else open(path, "rb")


def _lines_of_file(path: str, options: Mapping[str, str]) -> Iterator[DeferredPosting | ReadError]:
    with _open(path) as stream:
        yield from iter_lines(stream, path, options)


def _document_of_file(path: str, options: Mapping[str, str]) -> Posting | Iterator[Posting | ReadError]:
    limit = max_bytes(options, path)
    if not path.lower().endswith(".gz"):
        return read_document(read_file(path, limit), path, options)
    try:
        with _open(path) as stream:
            data = read_limited(stream, limit, path, "the unpacked file")
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
