"""Reads Word postings (.docx) with python-docx.

Paragraphs and tables in document order, each paragraph (and each table
cell) on a line of its own; list paragraphs (bulleted or numbered in Word)
start with "• ", so the extractor sees the list as the bullets it is. The
document's title property, else its first short line, is the title. Old
binary .doc files are not read: save them as .docx.

A damaged file is an error that says so. So is a zip bomb: the file and
what it unpacks to may each be at most ``max_bytes`` bytes (default
20,000,000; see ``limits``), and python-docx only ever sees parts that were
unpacked a chunk at a time and counted (see :func:`unpacked_package`).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from screener import DeferredPosting, Posting, ReadError, hookimpl

from .html_text import tidy
from .limits import DEFAULT_MAX_BYTES, max_bytes, read_file, too_large
from .text import title_of

SUFFIXES = {".docx"}
#: The most parts (files in the zip) a document may have: a posting has a dozen or two, with images a few more.
MAX_PARTS = 1_000
_CHUNK = 64 * 1024


def read_bytes(data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Posting:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(unpacked_package(data, source, max_bytes)))
        lines = list(_lines(document))
        core_title = document.core_properties.title
    except ReadError:
        raise
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"not a readable Word document (.docx): {exc}", source=source) from exc
    except Exception as exc:  # a damaged package: zlib.error, lxml's XMLSyntaxError, ...
        raise ReadError(f"not a readable Word document (.docx): {type(exc).__name__}: {exc}", source=source) from exc
    text = tidy("\n".join(lines))
    if not text.strip():
        raise ReadError("the Word document has no text", source=source)
    title = " ".join(core_title.split()) if core_title else ""
    return Posting(text=text, source=source, title=title or title_of(text))


def unpacked_package(data: bytes, source: str, max_bytes: int) -> bytes:
    """The package, unpacked a chunk at a time and zipped again without compression, for python-docx.

    A zip bomb is refused before python-docx sees it: python-docx reads every
    part whole, and zipfile unpacks a part read whole all at once, however
    much more than its declared size the data holds. So the declared sizes
    are checked first, then each part is unpacked in chunks, counted and cut
    at its declared size (zipfile checks it against its CRC-32), and the
    copy python-docx reads holds only what was counted. At most
    :data:`MAX_PARTS` parts are allowed.
    """
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        parts = {part.filename: part for part in package.infolist() if not part.is_dir()}  # the last of a name wins
        if len(parts) > MAX_PARTS:
            raise ReadError(
                f"not a readable Word document (.docx): it has {len(parts):,} parts, more than the {MAX_PARTS:,} "
                "a document can reasonably have",
                source=source,
            )
        declared = sum(part.file_size for part in parts.values())
        if declared > max_bytes:
            raise ReadError(too_large("the unpacked document", max_bytes, f"{declared:,} bytes"), source=source)
        unpacked = 0
        copy = io.BytesIO()
        with zipfile.ZipFile(copy, "w", zipfile.ZIP_STORED) as target:
            for name, part in parts.items():
                with package.open(part) as stream, target.open(name, "w") as out:
                    while chunk := stream.read(_CHUNK):
                        unpacked += len(chunk)
                        if unpacked > max_bytes:
                            raise ReadError(too_large("the unpacked document", max_bytes), source=source)
                        out.write(chunk)
    return copy.getvalue()


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
def screener_read(source, options):
    path = Path(source)
    if path.suffix.lower() not in SUFFIXES or not path.is_file():
        return None
    return DeferredPosting(source, read_path, (source, options))  # read where it is extracted (--jobs: a worker)


def read_path(source: str, options: dict[str, str]) -> Posting:
    limit = max_bytes(options, source)
    return read_bytes(read_file(source, limit), source, limit)
