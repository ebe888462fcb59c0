"""Numbered openings: a staffing e-mail or a board that lists several jobs ("#1 — Outpatient Coder | Remote",
"#2 — HIM Supervisor | Mesa, AZ", ...), saved with a note that says which one it was saved for ("[saved for #3]",
"applying to #2").

Each opening's text runs from its numbered line to the next numbered line
(the last to the end). When the note names one of them, what the others ask
is not asked of the job the posting was saved for. Without such a note every
opening stays read, as the posting lists them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: A line that opens a numbered opening: "#1 — Outpatient Coder", "Job #2: HIM Supervisor", "• #3 - ..."
_NUMBERED_LINE = re.compile(
    r"^[ \t]*(?:[*•-][ \t]*)?(?:(?:job|opening|position|role|req)[ \t]*)?#[ \t]*(\d{1,2})[ \t]*[-–—:.)|]",
    re.IGNORECASE | re.MULTILINE,
)
#: A note that names the opening it was saved for: "[saved for #3 - the registrar contract]", "applying to #2",
#: "interested in #1", "(this is #4)"
_PICKED = re.compile(
    r"\b(?:saved?|saving|applying|applied|interested|going|this\s+is|the\s+one\s+i\s+want\s+is)\b"
    r"(?:\s+(?:for|to|in|with|on))?\s+(?:job\s+|opening\s+|number\s+)?#\s*(\d{1,2})\b",
    re.IGNORECASE,
)


class Opening(NamedTuple):
    """One numbered opening: its text's start and end, and its number."""

    start: int
    end: int
    number: int


def numbered_openings(text: str) -> list[Opening]:
    """The numbered openings the text lists, in order; empty unless it lists two or more, numbered 1, 2, ..."""
    if "#" not in text:
        return []
    lines = list(_NUMBERED_LINE.finditer(text))
    numbers = [int(line.group(1)) for line in lines]
    if len(lines) < 2 or numbers != list(range(1, len(lines) + 1)):
        return []
    ends = [line.start() for line in lines[1:]] + [len(text)]
    return [Opening(line.start(), end, number) for line, end, number in zip(lines, ends, numbers, strict=True)]


def other_openings(text: str) -> list[Opening]:
    """The numbered openings other than the one a note before the list says the posting was saved for; empty
    without such a note (a number inside an opening may be another's: "see #2 for the supervisor job")."""
    openings = numbered_openings(text)
    if not openings:
        return []
    picked = {int(note.group(1)) for note in _PICKED.finditer(text, 0, openings[0].start)}
    picked &= {opening.number for opening in openings}
    if len(picked) != 1:
        return []
    (number,) = picked
    return [opening for opening in openings if opening.number != number]
