"""Reads Word postings (.docx) with python-docx.

Paragraphs and tables in document order, each paragraph (and each table
cell) on a line of its own; list paragraphs (bulleted or numbered in Word)
start with "• ", so the extractor sees the list as the bullets it is. The
document's title property, else its first short line, is the title. Old
binary .doc files are not read: save them as .docx.

Reading is linear in the document: each paragraph's style name is looked up
in a table of the document's paragraph styles made once (:class:`_StyleNames`),
never with python-docx's ``paragraph.style``, which searches every style of
the document for each paragraph (a file of 2,000 paragraphs and 2,000 styles
took minutes).

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

    styles = _StyleNames(document)
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            yield from _table_lines(block, styles)
        else:
            yield _paragraph_line(block, styles)


def _table_lines(table: Any, styles: _StyleNames) -> Iterator[str]:
    from docx.table import Table

    seen: set[Any] = set()  # the cells' XML elements: a merged cell appears once per grid column it spans
    for row in table.rows:
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            for block in cell.iter_inner_content():
                if isinstance(block, Table):
                    yield from _table_lines(block, styles)
                else:
                    yield _paragraph_line(block, styles)
        yield ""


def _paragraph_line(paragraph: Any, styles: _StyleNames) -> str:
    text = paragraph.text.strip()
    if not text:
        return ""
    properties = paragraph._p.pPr
    listed = properties is not None and properties.numPr is not None
    if listed or styles.name_of(paragraph._p.style).startswith("List"):
        return f"• {text}"
    return text


class _StyleNames:
    """The UI names of a document's paragraph styles by style id, read once, when first needed.

    The same answer as python-docx's ``paragraph.style.name``: the first
    style with the paragraph's style id when it is a paragraph style, else
    the document's default paragraph style (the last one marked default);
    "" when that has no name or there is none.
    """

    def __init__(self, document: Any) -> None:
        self._document = document
        self._names: dict[str, str] | None = None
        self._default = ""

    def name_of(self, style_id: str | None) -> str:
        if self._names is None:
            self._names = self._read()
        return self._names.get(style_id, self._default) if style_id is not None else self._default

    def _read(self) -> dict[str, str]:
        from docx.styles import BabelFish

        first: dict[str, Any] = {}
        for style in self._document.styles.element.style_lst:
            first.setdefault(style.styleId, style)
            if _is_paragraph_style(style) and _is_default(style):
                self._default = _ui_name(style, BabelFish)
        return {
            style_id: _ui_name(style, BabelFish)
            for style_id, style in first.items()
            if style_id is not None and _is_paragraph_style(style)
        }


def _is_paragraph_style(style: Any) -> bool:
    from docx.enum.style import WD_STYLE_TYPE

    try:
        return style.type == WD_STYLE_TYPE.PARAGRAPH
    except ValueError:  # a w:type that names no kind of style: passed over
        return False


def _is_default(style: Any) -> bool:
    from docx.oxml.exceptions import InvalidXmlError

    try:
        return bool(style.default)
    except InvalidXmlError:  # a w:default that is not a yes or no: passed over
        return False


def _ui_name(style: Any, babel_fish: Any) -> str:
    name = style.name_val
    return babel_fish.internal2ui(name) if name is not None else ""


@hookimpl
def screener_read(source, options):
    path = Path(source)
    if path.suffix.lower() not in SUFFIXES or not path.is_file():
        return None
    return DeferredPosting(source, read_path, (source, options))  # read where it is extracted (--jobs: a worker)


def read_path(source: str, options: dict[str, str]) -> Posting:
    limit = max_bytes(options, source)
    return read_bytes(read_file(source, limit), source, limit)
