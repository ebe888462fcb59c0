"""Reads plain-text postings (.txt, .text, .md, .markdown).

The encoding is detected (see ``decoding``): a byte-order mark, UTF-8,
charset-normalizer for other scripts and multi-byte encodings, else
Windows-1252, so a text file never fails to read because of its bytes. The
text is kept exactly as decoded (evidence offsets index it); the first short
line is the title.
"""

from __future__ import annotations

from pathlib import Path

from screener import Posting, hookimpl

from .decoding import decode_text

SUFFIXES = {".txt", ".md", ".text", ".markdown"}


def title_of(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 120 else None
    return None


def read_bytes(data: bytes, source: str, charset: str | None = None) -> Posting:
    text = decode_text(data, charset)
    return Posting(text=text, source=source, title=title_of(text))


@hookimpl
def screener_read(source):
    path = Path(source)
    if path.suffix.lower() not in SUFFIXES or not path.is_file():
        return None
    return read_bytes(path.read_bytes(), source)
