"""Numbered openings: a staffing e-mail or a board that lists several jobs ("#1 — Outpatient Coder | Remote",
"#2 — HIM Supervisor | Mesa, AZ", ...), saved with a note that says which one it was saved for ("[saved for #3]",
"applying to #2"); or items lettered "a.", "b.", ... (a meeting's minutes that share openings), the note naming
its letter ("[saving this for the Coding Auditor opening (item b)]").

Each opening's text runs from its numbered line to the next numbered line
(the last to the end). When the note names one of them, what the others ask
is not asked of the job the posting was saved for. Without such a note every
opening stays read, as the posting lists them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: A line that opens a numbered opening: "#1 — Outpatient Coder", "Job #2: HIM Supervisor", "• #3 - ..."
#: ... "#1  Pro Fee Coder - Orthopedics" (a gap of spaces for the mark), or a table's numbered row " 4 | Risk Adj QA
#: Auditor | ..."
_NUMBERED_LINE = re.compile(
    r"^[ \t]*(?:[*•-][ \t]*)?(?:(?:job|opening|position|role|req)[ \t]*)?"
    r"(?:#[ \t]*(\d{1,2})(?:[ \t]*[-–—:.)|]|[ \t]{2,}(?=[A-Z]))|(\d{1,2})[ \t]*\|"
    # ... or a job's name in capitals after its number: "1) RELEASE OF INFORMATION SPECIALIST  (Req 25-1187)" (not
    # a list's items, "1) assigning or validating ICD-10-PCS codes")
    r"|(\d{1,2})[.)][ \t]+(?=(?-i:[A-Z][A-Z0-9&/' ]{4,})(?:[ \t]*[-–—(]|[ \t]*$)))",
    re.IGNORECASE | re.MULTILINE,
)
#: A line that may open an opening numbered "1) NAME IN CAPITALS", looked for before ``_NUMBERED_LINE``
_A_JOB_S_NAME_NUMBERED = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+[A-Z]{3}", re.MULTILINE)
#: A note that names the opening it was saved for: "[saved for #3 - the registrar contract]", "applying to #2",
#: "interested in #1", "(this is #4)"
#: ... "(saved for the RA QA one, line 4 -- applied 1/20)", "the one I want is #3"
_PICKED = re.compile(
    r"\b(?:saved?|saving|applying|applied|interested|going|looking\s+at|this\s+is|the\s+one\s+i\s+want\s+is)\b"
    r"(?:\s+(?:for|to|in|with|on))?[^\n#]{0,40}?(?:#\s*|\b(?:job|opening|number|line|row|no\.?)\s*#?\s*)(\d{1,2})\b",
    re.IGNORECASE,
)


#: A line that opens a lettered item: "a. Riverbend Surgery Center ...", "  b) Lakeshore ..."
_LETTERED_LINE = re.compile(r"^[ \t]*([a-h])[.)][ \t]+", re.MULTILINE)
#: A note that names the item it was saved for by its letter: "saving this for ... (New Business item b)"
_PICKED_LETTER = re.compile(
    r"\b(?:saved?|saving|applying|applied|interested|going)\b[^\n]{0,160}?\b(?:item|opening|option|letter)\s*"
    r"\(?([a-h])\)?(?![\w.-])",
    re.IGNORECASE,
)


class Opening(NamedTuple):
    """One numbered opening: its text's start and end, and its number."""

    start: int
    end: int
    number: int


def numbered_openings(text: str) -> list[Opening]:
    """The numbered openings the text lists, in order; empty unless it lists two or more, numbered 1, 2, ..."""
    if "#" not in text and "|" not in text and _A_JOB_S_NAME_NUMBERED.search(text) is None:
        return []  # (most postings: a search of line starts, not of the numbered lines' whole pattern)
    lines = list(_NUMBERED_LINE.finditer(text))
    return _in_order(lines, [int(line.group(1) or line.group(2) or line.group(3)) for line in lines], len(text))


def lettered_items(text: str) -> list[Opening]:
    """The items lettered a, b, ... the text lists, in order (numbered 1, 2, ...); empty unless two or more."""
    lines = list(_LETTERED_LINE.finditer(text))
    return _in_order(lines, [ord(line.group(1).lower()) - ord("a") + 1 for line in lines], len(text))


def _in_order(lines: list[re.Match[str]], numbers: list[int], text_end: int) -> list[Opening]:
    if len(lines) < 2 or numbers != list(range(1, len(lines) + 1)):
        return []
    ends = [line.start() for line in lines[1:]] + [text_end]
    return [Opening(line.start(), end, number) for line, end, number in zip(lines, ends, numbers, strict=True)]


def other_openings(text: str) -> list[Opening]:
    """The numbered (or lettered) openings other than the one a note before the list says the posting was saved
    for; empty without such a note (a number inside an opening may be another's: "see #2 for the supervisor job")."""
    for openings, notes, number_of in (
        (numbered_openings(text), _PICKED, int),
        (lettered_items(text), _PICKED_LETTER, lambda letter: ord(letter.lower()) - ord("a") + 1),
    ):
        if not openings:
            continue
        picked = {number_of(note.group(1)) for note in notes.finditer(text, 0, openings[0].start)}
        picked &= {opening.number for opening in openings}
        if len(picked) == 1:
            (number,) = picked
            return [opening for opening in openings if opening.number != number]
    return []
