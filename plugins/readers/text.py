"""Reads plain-text postings (.txt, .text, .md, .markdown).

The encoding is detected (see ``decoding``): a byte-order mark, UTF-8,
charset-normalizer for other scripts and multi-byte encodings, else
Windows-1252, so a text file never fails to read because of its bytes. The
text is kept as decoded (evidence offsets index it), but for the HTML
character references of text saved from a page's source ("Billing &amp;
Coding", "&#8226;"), which are resolved, and the tags such a text left in,
laid out as the page shows them (see :func:`without_markup_left_in`); the
first short line is the title.

A file that is empty or only white space is an error that says so, and so is
one that is not text at all: binary data (an image, an archive, a program)
given a text suffix, told by its share of control characters and bytes that
decode to no character (see :func:`binary_reason`). The file may hold at most
``max_bytes`` bytes (see ``limits``).
"""

from __future__ import annotations

import html
import re
from itertools import islice
from pathlib import Path

from screener import Posting, ReadError, hookimpl

from .decoding import decode_text
from .html_text import TAG as _TAG
from .limits import max_bytes, read_file

SUFFIXES = {".txt", ".md", ".text", ".markdown"}
#: Control characters other than tab, line feed, vertical tab, form feed and carriage return; C1 controls
#: (bytes 0x80-0x9f read as Latin-1); U+FFFD, what bytes that are no character in the encoding become.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
#: The share of such characters above which a file is binary data, not text. Text has next to none (an
#: ANSI colour code, a Ctrl-Z at the end of an old DOS file); random bytes give about 13%, NUL padding 100%.
BINARY_SHARE = 0.05
#: Characters that show nothing yet are not white space to str.strip(): zero-width spaces and joiners, BOMs.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def title_of(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= 120 else None
    return None


def binary_reason(text: str) -> str | None:
    """Why ``text`` is binary data rather than text, or ``None`` when it is text.

    Text never holds NUL (UTF-16 and UTF-32, whose bytes do, are decoded
    before this), and next to no other control characters or undecodable bytes.
    """
    if "\x00" in text:
        return "it holds NUL characters"
    count = sum(1 for _ in _NOT_TEXT.finditer(text))
    if text and count / len(text) > BINARY_SHARE:
        return f"{count / len(text):.0%} of it is control characters or bytes that are no character"
    return None


#: An HTML character reference with its closing semicolon ("&amp;", "&#8226;", "&#x2022;"): left in text saved from a
#: page's source. Without the semicolon a reference is left as written ("AT&T", "Q&A", "&copy" in a name).
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def resolve_character_references(text: str) -> str:
    """``text`` with its HTML character references made the characters they stand for: "Billing &amp; Coding"
    is "Billing & Coding". A reference that names no character stays as written."""
    if "&" not in text:
        return text
    return _CHARACTER_REFERENCE.sub(lambda ref: html.unescape(ref.group()), text)


#: The fewest tags that make a text one saved with its page's markup left in ("<p><strong>Nice to have</strong></p>"):
#: a plain text may name one in passing
_TAGS_OF_MARKUP_LEFT_IN = 3
#: A tag that starts or ends a block of its own line (a paragraph, a heading, a list item, a row, a line break)
_BLOCK_TAG = re.compile(r"</?(?:p|div|h[1-6]|li|tr|ul|ol|table|section|article)\b[^>]*>|<br\s*/?>", re.I)
#: A list item's opening tag: a bullet
_ITEM_TAG = re.compile(r"<li\b[^>]*>", re.I)


def without_markup_left_in(text: str) -> str:
    """``text`` with the HTML tags a page's source left in laid out as the page shows them: each paragraph, heading
    or list item on a line of its own ("<li>CPC required</li>" is "• CPC required"), the inline tags ("<strong>",
    "<em>", "<span>") gone, a line of tags alone gone. The text's own lines and blank lines stay. A text with fewer
    than ``_TAGS_OF_MARKUP_LEFT_IN`` tags is left alone."""
    if "<" not in text or len(list(islice(_TAG.finditer(text), _TAGS_OF_MARKUP_LEFT_IN))) < _TAGS_OF_MARKUP_LEFT_IN:
        return text
    lines: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            lines.append("")
            continue
        for piece in _BLOCK_TAG.split(_ITEM_TAG.sub("<li>• ", line)):
            piece = _TAG.sub("", piece).strip()
            if piece and piece != "•":
                lines.append(piece)
    return "\n".join(lines).strip("\n")


def read_bytes(data: bytes, source: str, charset: str | None = None) -> Posting:
    if not data:
        raise ReadError("empty: there is no text", source=source)
    text = without_markup_left_in(resolve_character_references(decode_text(data, charset)))
    if not text.translate(_INVISIBLE).strip():
        raise ReadError("only white space: there is no text", source=source)
    reason = binary_reason(text)
    if reason:
        raise ReadError(
            f"not text: {reason} (binary data, such as an image or an archive, with a text file's name?)",
            source=source,
        )
    return Posting(text=text, source=source, title=title_of(text))


@hookimpl
def screener_read(source, options):
    path = Path(source)
    if path.suffix.lower() not in SUFFIXES or not path.is_file():
        return None
    return read_bytes(read_file(source, max_bytes(options, source)), source)
