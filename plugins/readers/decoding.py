"""Bytes to text for the readers: never fails, whatever the bytes.

1. A byte-order mark decides (UTF-8, UTF-16, UTF-32).
2. Text that is valid UTF-8 is UTF-8; so is text in which valid multi-byte
   UTF-8 characters outnumber the bytes that are not UTF-8 (a UTF-8 file
   with a stray byte): those bytes become U+FFFD, the rest reads as written.
3. Otherwise charset-normalizer guesses. Its guess is taken when it is a
   multi-byte encoding (UTF-16 without a mark, Shift-JIS, GB18030, ...) or
   gives letters of a non-Latin script (Cyrillic in cp1251, Greek, ...).
4. Everything else is read as Windows-1252, the usual encoding of Western
   text that is not UTF-8. For such text charset-normalizer often names a
   sibling code page (cp1250, mac_latin2) that turns "café" into "cafť": on
   a short text the statistics cannot tell them apart, and postings in
   English, French, German or Spanish are written in cp1252.
   Bytes cp1252 leaves undefined become U+FFFD.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The WHATWG "prescan": a charset declared in a <meta> tag near the top of an HTML page.
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# An XHTML page's XML declaration: <?xml version="1.0" encoding="...">, at the very start.
_XML_ENCODING = re.compile(rb"""\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def decode_text(data: bytes, declared: str | None = None) -> str:
    """The text of ``data``; ``declared`` is an encoding named by the source (HTTP header, <meta>).

    ``declared`` is used only when it names a text encoding (:func:`is_text_encoding`) that decodes
    ``data`` without error; otherwise it is ignored, like a declaration that names no codec at all.
    """
    encoding = bom_encoding(data)
    if encoding:
        return data.decode(encoding, errors="replace")
    if declared and is_text_encoding(declared):
        try:
            return data.decode(declared)
        except UnicodeError:  # UnicodeDecodeError, or a codec's own UnicodeError ("undefined", "punycode")
            pass  # the declaration is wrong: detect instead
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly = mostly_utf8(data)
    if mostly is not None:
        return mostly
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    return data.decode("cp1252", errors="replace")


def mostly_utf8(data: bytes) -> str | None:
    """``data`` read as UTF-8 when it is UTF-8 text with a few bad bytes, else ``None``.

    Text in a single-byte code page (cp1252 "café") has no valid multi-byte
    UTF-8 sequences, or far fewer than invalid ones, so it is left to detection.
    """
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return text if non_ascii - invalid > invalid > 0 else None


def decode_html(data: bytes, declared: str | None = None) -> str:
    """The text of an HTML page: a byte-order mark, then ``declared``, then its XML declaration's encoding or
    <meta charset>, then detection. A declaration that names no text encoding is ignored (see :func:`decode_text`).
    """
    if declared is None and not bom_encoding(data):
        match = _XML_ENCODING.match(data, 0, 4096) or _META_CHARSET.search(data, 0, 4096)
        if match:
            declared = match.group(1).decode("ascii")
    return decode_text(data, declared)


def is_text_encoding(encoding: str) -> bool:
    """Whether ``encoding`` names a codec that decodes bytes to text.

    A declared charset is only a claim: an unknown name, and a codec that
    exists but is not a text encoding ("hex", "base64", "rot13", "bz2",
    "zlib", "uu", "quopri": ``bytes.decode`` refuses them), are ignored and
    the text is detected instead.
    """
    try:
        b"-".decode(encoding, errors="replace")  # not b"": an empty input is decoded without looking the codec up
    except LookupError:  # unknown, or not a text encoding
        return False
    except UnicodeError:  # a text encoding that finds fault with "-" ("undefined", "utf-16"): its decoder says
        return True
    return True


def _guess(data: bytes) -> str | None:
    """charset-normalizer's reading, when it is a multi-byte encoding or a non-Latin script."""
    from charset_normalizer import from_bytes
    from charset_normalizer.utils import is_multi_byte_encoding

    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    if is_multi_byte_encoding(best.encoding) or any(ch.isalpha() and ord(ch) >= 0x250 for ch in text):
        return text
    return None


def stream_encoding(head: bytes) -> str:
    """The encoding to read a stream in, judged by its first bytes (for CSV files read line by line)."""
    encoding = bom_encoding(head)
    if encoding:
        return encoding
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    if mostly_utf8(head) is not None:
        return "utf-8"
    from charset_normalizer import from_bytes
    from charset_normalizer.utils import is_multi_byte_encoding

    best = from_bytes(head).best()
    if best is not None and (
        is_multi_byte_encoding(best.encoding) or any(ch.isalpha() and ord(ch) >= 0x250 for ch in str(best))
    ):
        return best.encoding
    return "cp1252"
