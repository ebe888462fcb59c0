"""Text from postings, files and plugins made safe to print on a terminal.

A posting's title, a record id, a file name or a plugin's exception can hold
control characters: an escape sequence (``ESC [ 2 J`` clears the screen, others
move the cursor or retitle the window), a carriage return or new line that
starts a forged line (``screener: 0 posting(s), 0 with errors``), or a bidi
override that shows text backwards. :func:`visible` writes each such
character as an escape a person can read (``\\x1b``, ``\\n``, ``\\u202e``), so
one message is one line and shows what it holds. Every message screener
writes to stderr passes through it, and so do the cells of the ``table``
formats written for people.
"""

from __future__ import annotations

import re

#: C0 controls (tab, new line and carriage return included), DEL, C1 controls; the line and paragraph
#: separators; the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str) -> str:
    """``text`` with every control character written as an escape (``\\x1b``, ``\\n``, ``\\u202e``): one line."""
    return _INVISIBLE.sub(_escape, text)


def visible_lines(text: str) -> str:
    """Like :func:`visible`, but the line breaks screener itself put between lines are kept.

    Only for messages screener builds line by line from parts that cannot
    hold a raw line break (a profile's problems: field paths are quoted).
    """
    return "\n".join(visible(line) for line in text.split("\n"))


def _escape(match: re.Match[str]) -> str:
    character = match.group()
    named = _NAMED.get(character)
    if named:
        return named
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
