"""Earlier messages a saved e-mail quotes: the lines that open with ">" below a quoted header ("> From:", ">
-----Original Message-----", "> On Monday, Pat wrote:").

A saved e-mail chain holds its newest text and, quoted under it, the drafts
and replies that led there ("> - RHIT required", changed above to "RHIT or
CCA preferred"). When the newer text names anything of the field, what the
quoted messages name is what was said before, not what the posting asks.
When only the quoted lines name anything (a note "see below" over a quoted
posting), they are the posting and are read. Lines quoted in a thread that
shows no e-mail header (a post quoting a job ad) are always read.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)
#: A quoted e-mail's header line: "> From: ...", "> -----Original Message-----", ">> Sent: ...", "> On ..., Pat wrote:"
_QUOTED_HEADER = re.compile(
    r"[ \t]*>[ \t>]*(?:-{2,}[ \t]*original[ \t]+message|(?:from|sent)[ \t]*:|[^\n]*\bwrote[ \t]*:[ \t]*$)",
    re.IGNORECASE,
)


def earlier_messages(text: str, mention_starts: list[int]) -> list[tuple[int, int]]:
    """The quoted lines of earlier messages, from the first quoted header on, as ``(start, end)``; empty unless
    something of the field (``mention_starts``, sorted) is named outside them."""
    if ">" not in text:
        return []
    lines = [(match.start(), match.end()) for match in _QUOTED_LINE.finditer(text)]
    first = next((i for i, (start, end) in enumerate(lines) if _QUOTED_HEADER.match(text, start, end)), None)
    if first is None:
        return []
    quoted = lines[first:]
    starts = [start for start, _ in quoted]

    def is_quoted(at: int) -> bool:
        i = bisect_right(starts, at) - 1
        return i >= 0 and at < quoted[i][1]

    if all(is_quoted(at) for at in mention_starts):
        return []
    return quoted
