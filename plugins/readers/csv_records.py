"""Reads CSV and TSV batches (.csv, .tsv, also gzipped), one posting per row, a row at a time.

The first row names the columns. The posting text is in the column chosen
with ``--field`` (``field`` option), else ``text``, else ``description``
(column names are matched exactly, then ignoring case); ``title`` and ``id``
columns are used when present (``title_field``, ``id_field`` choose
others). HTML in the text column is laid out as lines. A row is named
``file.csv#id``, or ``file.csv:LINE`` by the line it starts on; a row with an
empty text cell, or that the csv module cannot parse, is an error for that
row and the other rows are still read. So is a line (or a field) longer than
``max_bytes`` characters (default 20,000,000; see ``limits``): it is read
past without being held in memory.

An unbalanced quote (``1,"RHIT required,Coder`` with no closing quote) would
make the csv module read every later line into one field, silently. A row
that runs over several lines is therefore parsed again strictly: when its
quoted field never closes (the file ends inside it) or closes the way no CSV
writer closes one (a quote followed by more text), the row is an error naming
the line where it starts, and the lines after that line are read again as rows
(see :func:`iter_rows`). A quoted field that spans lines and closes properly
is an ordinary cell with line breaks, as exports of descriptions have.

The encoding is judged from the first 64 KiB (byte-order mark, UTF-8,
charset-normalizer, else Windows-1252, as Excel writes); bytes that do not
fit it become U+FFFD rather than stopping the file.
"""

from __future__ import annotations

import csv
import gzip
import io
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any, cast

from screener import DeferredPosting, Posting, ReadError, hookimpl

from .decoding import stream_encoding
from .limits import max_bytes, too_large
from .records import DEFAULT_TEXT_FIELDS, posting_from_record, record_source

SUFFIXES = {".csv": ",", ".tsv": "\t", ".csv.gz": ",", ".tsv.gz": "\t"}
_HEAD = 64 * 1024
_CSV_DEFAULT_FIELD_LIMIT = 128 * 1024


def iter_rows(
    stream: IO[bytes], source: str, options: Mapping[str, str], delimiter: str = ","
) -> Iterator[DeferredPosting | ReadError]:
    """The postings of a CSV byte stream, read a row at a time."""
    limit = max_bytes(options, source)
    # the csv module's limit is process-wide: never below its default (128 KiB), which other code may expect
    csv.field_size_limit(min(max(limit, _CSV_DEFAULT_FIELD_LIMIT), sys.maxsize))
    # BufferedReader reads its raw stream with readinto, which every binary stream has but typeshed's IO[bytes] lacks
    buffered: io.BufferedReader[Any] = io.BufferedReader(stream, buffer_size=_HEAD)
    encoding = stream_encoding(buffered.peek(_HEAD)[:_HEAD])
    lines = _CappedLines(io.TextIOWrapper(buffered, encoding=encoding, errors="replace", newline=""), limit)
    reader = csv.reader(lines, delimiter=delimiter)
    lines.start_row()
    try:
        header = next(reader)
    except StopIteration:
        raise ReadError("the CSV file is empty", source=source) from None
    except csv.Error as exc:
        raise ReadError(f"the CSV header cannot be read: {exc}", source=source) from exc
    except _LineTooLong as exc:
        raise ReadError(f"the CSV header: {exc}", source=source) from None
    if lines.count > 1:
        runaway = _runaway(lines.row, delimiter, lines.count)
        if runaway:
            raise ReadError(f"the CSV header (line 1): {runaway}", source=source)
    header = [name.strip() for name in header]
    if not any(header):
        raise ReadError("the first line names no columns: a CSV file starts with its column names", source=source)
    row_options = _resolve_columns(header, options, source)
    line = lines.count
    while True:
        start = line + 1
        lines.start_row()
        try:
            row = next(reader)
        except StopIteration:
            return
        except _LineTooLong as exc:
            line = lines.count
            yield ReadError(str(exc), source=f"{source}:{start}")
            continue
        except csv.Error as exc:
            if lines.count == line:  # the reader cannot move on: the rest of the file is lost
                raise ReadError(f"the CSV file cannot be read past line {line}: {exc}", source=source) from exc
            problem = f"invalid CSV row: {_csv_problem(exc, limit)}"
            if lines.count - line > 1 and lines.give_back_row():  # a runaway quoted field, cut off by the limit
                problem += " (a quoted field in this row runs on over the lines after it: an unbalanced quote?)"
            line = lines.count
            yield ReadError(problem, source=f"{source}:{start}")
            continue
        if lines.count - line > 1:
            runaway = _runaway(lines.row, delimiter, lines.count)
            if runaway:
                if lines.give_back_row():
                    runaway += "; the row is left out and the lines after it are read as rows"
                else:
                    runaway += "; the row is left out, and so are the lines it ran over (too many runaway fields)"
                line = lines.count
                yield ReadError(runaway, source=f"{source}:{start}")
                continue
        line = lines.count
        if not any(cell.strip() for cell in row):
            continue
        record = dict(zip(header, row, strict=False))
        # turned into a posting where it is extracted: with --jobs, in a worker process
        yield DeferredPosting(f"{source}:{start}", posting_of_row, (record, source, start, row_options))


def posting_of_row(record: dict[str, str], source: str, start: int, options: Mapping[str, str]) -> Posting:
    """The posting of the row that starts on line ``start``; raises :class:`ReadError` naming the row."""
    try:
        return posting_from_record(record, record_source(source, f":{start}", record, options), options)
    except ReadError as exc:
        raise ReadError(str(exc), source=f"{source}:{start}") from None


class _LineTooLong(Exception):
    """A line over the limit, raised through the csv reader; reading goes on with the next line."""


class _CappedLines:
    """The lines of a text stream for :func:`csv.reader`, counted; a line over ``limit`` characters is not held.

    Such a line raises :class:`_LineTooLong` (the csv reader passes it on and
    starts afresh at the next call) after its characters have been read past.

    The lines of the row being read are kept (``row``; the csv module holds
    them as much in its field), so that a row found to be a runaway quoted
    field can give back all its lines but the first, to be read again.
    """

    def __init__(self, text: IO[str], limit: int) -> None:
        self.text = text
        self.limit = limit
        self.count = 0
        #: the lines of the row being read
        self.row: list[str] = []
        self._given_back: list[str] = []  # lines to read again, the next one last
        self._lines_read = 0  # from the stream
        self._lines_given_back = 0

    def __iter__(self) -> _CappedLines:
        return self

    def __next__(self) -> str:
        if self._given_back:
            line = self._given_back.pop()
            self.count += 1
            self.row.append(line)
            return line
        line = self.text.readline(self.limit + 1)
        if not line:
            raise StopIteration
        self.count += 1
        self._lines_read += 1
        if len(line) <= self.limit or line.endswith(("\n", "\r")):
            self.row.append(line)
            return line
        while (rest := self.text.readline(_HEAD)) and not rest.endswith(("\n", "\r")):
            pass
        raise _LineTooLong(too_large(f"line {self.count}", self.limit, unit="characters"))

    def start_row(self) -> None:
        self.row = []

    def give_back_row(self) -> bool:
        """Give back the lines of the row just read but its first, to be read again; ``False`` when refused.

        In all, at most twice as many lines are read again as the stream has:
        the refusal bounds the work on a file built to make runaway fields nest.
        """
        again = self.row[1:]
        if self._lines_given_back + len(again) > 2 * self._lines_read:
            return False
        self._lines_given_back += len(again)
        self._given_back.extend(reversed(again))
        self.count -= len(again)
        self.row = self.row[:1]
        return True


def _runaway(lines: list[str], delimiter: str, end: int) -> str | None:
    """Why a row read over several ``lines`` (to line ``end``) is an unbalanced quote, or ``None`` if it is not.

    The csv module, forgiving by default, reads to the end of the file for a
    quote that never closes, and reads on after a quote followed by text; a
    strict reading of the same lines refuses both, and a quoted cell with line
    breaks written by any CSV writer passes.
    """
    try:
        next(csv.reader(lines, delimiter=delimiter, strict=True), None)
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            how = f"never closes (it would run to the end of the file, line {end})"
        else:
            how = f"runs on to line {end}, where a quote is followed by more text ({exc})"
        return f"unbalanced quote: a quoted field in this row {how}"
    return None


def _csv_problem(exc: csv.Error, limit: int) -> str:
    if "field larger than field limit" in str(exc):
        return too_large("a field", limit, unit="characters")
    return str(exc)


def _resolve_columns(header: list[str], options: Mapping[str, str], source: str) -> dict[str, str]:
    """The options with column names as the header spells them; a missing text column is an error."""
    resolved = dict(options)
    by_folded = {name.casefold(): name for name in reversed(header)}

    def find(name: str) -> str | None:
        return name if name in header else by_folded.get(name.casefold())

    chosen = options.get("field")
    if chosen:
        column = find(chosen)
        if column is None:
            raise ReadError(f"no column {chosen!r}; the columns are: {', '.join(header)}", source=source)
        resolved["field"] = column
    else:
        column = next((c for c in (find(n) for n in DEFAULT_TEXT_FIELDS) if c), None)
        if column is None:
            raise ReadError(
                f"no 'text' or 'description' column (columns: {', '.join(header)}); name it with --field",
                source=source,
            )
        resolved["field"] = column
    for key, default in (("title_field", "title"), ("id_field", "id")):
        column = find(options.get(key) or default)
        if column is not None:
            resolved[key] = column
        elif options.get(key):
            raise ReadError(f"no column {options[key]!r}; the columns are: {', '.join(header)}", source=source)
    return resolved


def _rows_of_file(path: str, delimiter: str, options: Mapping[str, str]) -> Iterator[DeferredPosting | ReadError]:
    opener = gzip.open if path.lower().endswith(".gz") else open
    with opener(path, "rb") as stream:
        try:
            # a GzipFile is a binary file, which typeshed models as BufferedIOBase, not IO[bytes]
            yield from iter_rows(cast(IO[bytes], stream), path, options, delimiter)
        except (EOFError, OSError) as exc:  # a gzip stream that breaks off
            raise ReadError(f"the file breaks off: {exc}", source=path) from exc


@hookimpl
def screener_read(source, options):
    name = source.lower()
    delimiter = next((d for suffix, d in SUFFIXES.items() if name.endswith(suffix)), None)
    if delimiter is None or not Path(source).is_file():
        return None
    return _rows_of_file(source, delimiter, options)
