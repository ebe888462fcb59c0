"""How much a reader takes in for one posting: the ``max_bytes`` reader option.

A file that is read whole (text, HTML, PDF, Word, a JSON document, standard
input or a download) may hold at most ``max_bytes`` bytes, counted after
gzip is unpacked and, for Word documents, after the package is unzipped. A
batch is not limited as a whole, since it is read a record at a time, but each
record is: a JSON Lines line, or a CSV line (counted in characters), may be at
most ``max_bytes`` long. A longer one is an error for that record, skipped
without being held in memory, and the records after it are still read.

The default, 20,000,000, is a hundred times the default posting size
limit (200,000 characters; ``--max-chars``), so the limit that normally
speaks is that one; this one keeps a gzip or zip bomb, or a multi-gigabyte
file with a posting's suffix, from being loaded into memory first.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Mapping
from typing import IO

from screener import ReadError

DEFAULT_MAX_BYTES = 20_000_000
OPTION = "max_bytes"
_CHUNK = 64 * 1024
_READ_CHUNK = 1024 * 1024


def max_bytes(options: Mapping[str, str], source: str) -> int:
    """The ``max_bytes`` option, else the default; a value that is not a positive number is a :class:`ReadError`."""
    return int(positive_number(options, OPTION, DEFAULT_MAX_BYTES, source))


def positive_number(options: Mapping[str, str], key: str, default: float, source: str) -> float:
    value = options.get(key)
    if value is None:
        return default
    try:
        number = float(value)
    except ValueError:
        number = -1
    if not 0 < number < float("inf"):  # also refuses NaN
        raise ReadError(f"option {key}={value!r} must be a positive number", source=source)
    return number


def too_large(what: str, limit: int, size: str | None = None, unit: str = "bytes") -> str:
    """The message for content over the limit: ``what`` is larger than ``limit`` bytes (``size``, when known)."""
    known = f" ({size})" if size else ""
    return f"{what} is larger than the limit of {limit:,} {unit}{known}; raise it with --read-option {OPTION}=N"


def read_limited(stream: IO[bytes], limit: int, source: str, what: str = "the file") -> bytes:
    """All of ``stream``, or a :class:`ReadError` once it gives more than ``limit`` bytes (the rest is not read).

    Read in chunks: ``read(limit + 1)`` would set aside the whole limit at once, however small the content.
    """
    chunks, size = [], 0
    while chunk := stream.read(min(_READ_CHUNK, limit + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise ReadError(too_large(what, limit), source=source)
    return b"".join(chunks)


def read_file(path: str, limit: int) -> bytes:
    """The bytes of the file at ``path``, refused by its size before anything is read when over ``limit``."""
    with open(path, "rb") as stream:
        size = _size(stream)
        if size is not None and size > limit:
            raise ReadError(too_large("the file", limit, f"{size:,} bytes"), source=path)
        return read_limited(stream, limit, path)


def _size(stream: IO[bytes]) -> int | None:
    status = os.fstat(stream.fileno())
    return status.st_size if stat.S_ISREG(status.st_mode) else None


class LineTooLong:
    """What :func:`capped_lines` gives for a line over the limit: its length is not known, only that it is over."""

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def message(self, what: str) -> str:
        return too_large(what, self.limit)


def capped_lines(stream: IO[bytes], limit: int) -> Iterator[bytes | LineTooLong]:
    """The lines of ``stream`` (with their line ends), each at most ``limit`` bytes long.

    A longer line is given as a :class:`LineTooLong` and its bytes are passed
    over in chunks, never held whole, so a line of gigabytes (a gzip bomb)
    costs time to read past but no memory.
    """
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
            pass
        yield LineTooLong(limit)
