"""Reads Word postings (.docx) with python-docx.

Paragraphs and tables in document order, each paragraph (and each table
cell) on a line of its own; list paragraphs (bulleted or numbered in Word)
start with "• ", so the extractor sees the list as the bullets it is. The
document's title property, else its first short line, is the title. Old
binary .doc files are not read: save them as .docx.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from screener import Posting, ReadError, hookimpl

from .html_text import tidy
from .text import title_of

SUFFIXES = {".docx"}


def read_bytes(data: bytes, source: str) -> Posting:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_lines(document))
        core_title = document.core_properties.title
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"not a readable Word document (.docx): {exc}", source=source) from exc
    text = tidy("\n".join(lines))
    if not text.strip():
        raise ReadError("the Word document has no text", source=source)
    title = " ".join(core_title.split()) if core_title else ""
    return Posting(text=text, source=source, title=title or title_of(text))


def _lines(document: Any) -> Iterator[str]:
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            yield from _table_lines(block)
        else:
            yield _paragraph_line(block)


def _table_lines(table: Any) -> Iterator[str]:
    from docx.table import Table

    seen: set[Any] = set()  # the cells' XML elements: a merged cell appears once per grid column it spans
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            for block in cell.iter_inner_content():
                if isinstance(block, Table):
                    yield from _table_lines(block)
                else:
                    yield _paragraph_line(block)
        yield ""


def _paragraph_line(paragraph: Any) -> str:
    text = paragraph.text.strip()
    if not text:
        return ""
    properties = paragraph._p.pPr
    listed = properties is not None and properties.numPr is not None
    style = paragraph.style.name if paragraph.style is not None else ""
    if listed or style.startswith("List"):
        return f"• {text}"
    return text


@hookimpl
def screener_read(source):
    path = Path(source)
    if path.suffix.lower() not in SUFFIXES or not path.is_file():
        return None
    return read_bytes(path.read_bytes(), source)
