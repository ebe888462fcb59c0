"""Reads PDF postings (.pdf) from their text layer, with pypdf.

Pages are separated by a blank line. A PDF whose pages carry no text (a scan
or a photo of a posting) is an error that says so: the screener does no OCR.
The document's title metadata, else its first short line, is the title.
The file may hold at most ``max_bytes`` bytes (see ``limits``).
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from screener import DeferredPosting, Posting, ReadError, hookimpl

from .html_text import tidy
from .limits import max_bytes, read_file
from .text import title_of

SUFFIXES = {".pdf"}


def read_bytes(data: bytes, source: str) -> Posting:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings about sloppy but readable files are noise
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("encrypted PDF: it needs a password", source=source)
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata_title = reader.metadata.title if reader.metadata else None
    except ReadError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise ReadError(f"not a readable PDF: {exc}", source=source) from exc
    except Exception as exc:  # pypdf raises others on damaged files, e.g. DependencyError for AES without cryptography
        raise ReadError(f"not a readable PDF: {type(exc).__name__}: {exc}", source=source) from exc
    text = tidy("\n\n".join(tidy(page) for page in pages))
    if not text.strip():
        raise ReadError(f"scanned PDF: no text layer on its {len(pages)} page(s); run OCR on it first", source=source)
    title = " ".join(metadata_title.split()) if isinstance(metadata_title, str) else ""
    return Posting(text=text, source=source, title=title or title_of(text), metadata={"pages": len(pages)})


@hookimpl
def screener_read(source, options):
    path = Path(source)
    if path.suffix.lower() not in SUFFIXES or not path.is_file():
        return None
    return DeferredPosting(source, read_path, (source, options))  # read where it is extracted (--jobs: a worker)


def read_path(source: str, options: dict[str, str]) -> Posting:
    return read_bytes(read_file(source, max_bytes(options, source)), source)
