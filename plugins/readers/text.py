"""Reads plain-text postings (.txt, .md, .text).

Tries UTF-8 (with or without a byte-order mark) and UTF-16 with a BOM, then
falls back to Windows-1252, which can decode any byte: a text file never
fails to read because of its encoding. The first short line is the title.
"""

from pathlib import Path

from screener import Posting, hookimpl

SUFFIXES = {".txt", ".md", ".text", ".markdown"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def title_of(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 120 else None
    return None


@hookimpl
def screener_read(source):
    path = Path(source)
    if path.suffix.lower() not in SUFFIXES or not path.is_file():
        return None
    text = decode(path.read_bytes())
    return Posting(text=text, source=source, title=title_of(text))
