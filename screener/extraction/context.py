"""How strongly a posting asks for what it mentions, read from the words around it.

The layout is read here: lines, headings, bullet lists, sentences, clauses,
comma-separated parts, alternative qualification paths. What the words
mean ("must", "preferred", "Benefits", "we pay for") comes from the context
rules (:mod:`screener.core.rules`) that plugins contribute; this module names no
cue, credential or issuer itself.

Rule-based and lazy: sentences and sections are only worked out for postings
that mention something.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from typing import Any, NamedTuple

from spacy.tokens import Doc

from screener.core.literals import TextLiterals, Words
from screener.core.models import Strength
from screener.core.numbers import number_from_words
from screener.core.rules import (
    BEFORE_REACH,
    LAYOUT_REASONS,
    NOT_ASKED_ROLES,
    ROLE_STRENGTH,
    CompiledRule,
    Role,
    RuleSet,
)
from screener.extraction.cells import cell_spans, may_hold_cells
from screener.extraction.corrections import old_versions, struck_out
from screener.extraction.doc_text import text_of
from screener.extraction.ladder import (
    LadderLevel,
    NamedLevel,
    career_ladder,
    columns_of_levels_not_open,
    levels_named,
    lowest_title_level,
    other_level_columns,
    title_level,
)
from screener.extraction.openings import Opening, other_openings
from screener.extraction.quoted import earlier_messages

# ---------------------------------------------------------------- layout

#: Words by which a clause speaks of the level the posting is for ("at this level", "for this role")
_THIS_LEVEL = re.compile(r"\bthis\s+(?:level|role|position|opening|job|posting|vacancy)\b")
_LINE = re.compile(r"[^\n]+")
# Parentheses with no parentheses inside: an aside, whose cue words speak of what is in it
# ... or one the text never closes, which runs to the end of its sentence: "At least 1 year experience in a care
# setting (palliative care experience highly desirable."
_ASIDE = re.compile(r"\([^()]*(?:\)|\Z)")
# The first word of a comma-separated part
_FIRST_WORD = re.compile(r"\s*([^\s,]+)")
_LAST_WORD = re.compile(r"[\w'’-]+\Z")
#: What parts a clause into segments: commas, and bullets glued into a line
_SEGMENT_MARKS = (",", "•", "▪", "◦", "‣")
#: What parts a sentence into clauses: a semicolon, and a bullet glued into a line
_CLAUSE_MARKS = (";", *_SEGMENT_MARKS[1:])
#: Dashes with spaces around them, which part a clause as a comma does (a hyphen does not: "Coder - Remote")
_SPACED_DASHES = (" — ", " – ")
#: The precedence's steps that look for a cue, each in its own window (see ``PostingContext._cue_of_step``)
_CUE_STEPS = frozenset({"cue:segment", "cue:clause", "cue:sentence"})
#: Emoji and pictographs set before a heading's words, as social posts and newsletters set them ("📌 ", "✅ ", "🔹")
_LEADING_EMOJI = re.compile(r"^(?:[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\ufe0f?[ \t]*)+")
_BULLET = re.compile(r"^\s*(?:[•\-*·▪◦‣–—>]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)])\s+")
#: A section's number before its heading, as a job description's numbered sections have it: "5. PREFERRED
#: QUALIFICATIONS", "4. Minimum Qualifications:", "4.0  PHYSICAL DEMANDS"
_SECTION_NUMBER = re.compile(
    # (not a quantity: "37.5 HOURS PER WEEK")
    r"(?:\d{1,2}\.(?:\d{1,2}\.?)?|[A-Z]\.|[IVX]{1,4}\.)[ \t]+(?=[A-Z])"
    r"(?!(?i:hours?|hrs|days?|weeks?|months?|years?|per)\b)"
)
# Markdown around a heading, as job boards and saved pages write it: "### Requirements", "**Preferred Skills:**"
_HEADING_MARKUP = re.compile(r"^#{1,6}\s+|\*\*|__|^[*_]+(?=\S)|(?<=\S)[*_]+$")
# A sum of money or a long number: "Salary £34,170 - £44,880" is a label and its value, not a heading
_MONEY_OR_FIGURES = re.compile(r"[£$€]|\d{3}")
#: A remark in brackets at a line's end, of two words or more (not a strength beside a heading: "Education
#: (Preferred)"; of two words, only beside a strength: see :func:`_a_strength_beside_a_remark`)
_A_REMARK_AFTER = re.compile(r"[ \t]*\((?=[ \t]*(?:[^()\s]+[ \t]+)+[^()\s])([^()\n]*)\)[ \t]*\Z")
#: The next line of a pay field: a sum ("\n£24,071 to £25,674 a year per annum pro rata", "\n$22.00 - $27.50 per hour")
_PAY_LINE = re.compile(r"\n[ \t]*(?:[£$€]|(?:GBP|USD|EUR)\b|\d)[^\n]*")
#: The most words a post's name has ("Senior Clinical Coding Quality and Training Lead" has 7)
_POST_NAME_MOST_WORDS = 8
# Where a title's name of the post ends and a band, a place or a note begins: "Ward Clerk - Band 3", "Medical
# Secretary (Maternity Cover)", "Coder | Remote"
_POST_NAME_END = re.compile(r"\s+[-–—|]\s+|\s*[(\[]|\s*,\s+")
# The same, where a bracket goes on with the name: "Clinical Fellow (Higher) in Clinical Pharmacology"
_POST_NAME_END_PAST_BRACKETS = re.compile(r"\s+[-–—|]\s+|\s*,\s+")
# An NHS pay band written into the name: "Clinical Coding Audit and Training Lead Band 8a", "Band 6 Physiotherapist"
_POST_NAME_BAND = re.compile(r"\s*\bband\s+\d[a-d]?\b\s*")

# A short line that stops at a verb that wants what follows, and over a blank line or a bullet: a lead-in whose colon
# was left out ("Ideally we would like you to have", "The successful candidate will have"); not a line that a hard
# wrap ends, which the next line goes on with
_WANTING_VERBS = frozenset({"have", "be", "include", "possess", "hold", "bring", "demonstrate"})
# A bulleted item on the next line; a list after a line: that, or a blank line
_BULLETS_FOLLOW = re.compile(r"\n[ \t]*(?:[•\-*·▪◦‣–—>])\s")
_A_LIST_FOLLOWS = re.compile(r"\n[ \t]*\n|" + _BULLETS_FOLLOW.pattern)
# The next line with text is a field of a form, a short label with its value: "Hours: 37.5" after "Salary:"
_A_FIELD_FOLLOWS = re.compile(r"\s*\n[ \t]*[A-Za-z][\w /&'’-]{0,40}:[ \t]*\S[^\n:]{0,60}(?:\n|$)")
# A question a posting heads a part with: "What we need from you to do the job?", "Who are we looking for?"
_QUESTION_HEADING = re.compile(r"(?:what|who|why|how)\b[^?\n]*\?$", re.I)
_QUESTION_HEADING_MOST_WORDS = 10

_LABEL_LINE = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?[^\n:]{1,60}:[ \t]*$", re.M)
# A lead-in line ends with a colon, perhaps followed by spaces or tabs
_LEAD_IN_END = re.compile(r":[ \t]*$")
#: How far into a lead-in line its any-of cue may start, and how far before its colon it may end.
_LEAD_IN_REACH = 200


@dataclass(frozen=True)
class Section:
    """A heading and the stretch of text it governs."""

    start: int
    end: int
    heading: str
    role: Role


def heading_role(heading: str, rules: RuleSet) -> Role | None:
    """The role the rules give a heading, or ``None`` when none of their words is in it."""
    found = _heading_rule(heading, rules)
    return found[0] if found else None


#: Headings remembered per rule set before the memo starts afresh: a bound on its memory.
_HEADING_MEMO_SIZE = 20_000
_UNSEEN = object()


def _remembered(memo: dict[str, Any], key: str, work_out: Callable[[], Any]) -> Any:
    """``memo[key]``, worked out and kept the first time; the memo starts afresh at its bound."""
    found = memo.get(key, _UNSEEN)
    if found is _UNSEEN:
        found = work_out()
        if len(memo) >= _HEADING_MEMO_SIZE:
            memo.clear()
        memo[key] = found
    return found


def _topic_of(heading: str, rules: RuleSet) -> str | None:
    """The pattern of the first topic heading rule that matches in ``heading`` (a language plugin states each topic as
    a rule of its own: "PREFERRED CREDENTIAL" and "Certifications:" are one topic, "Experience:" another); ``None``
    when it names no topic."""
    lower = aligned_lower(heading)
    return next((pattern.pattern for _, pattern, topic in rules.headings if topic and pattern.search(lower)), None)


#: A heading written with its letters spaced out, as a document's styles save to text: "P R E F E R R E D   Q U A L I
#: F I C A T I O N S" (single spaces between letters, wider ones between words)
_LETTER_SPACED = re.compile(r"[ \t]*\S[,.:;]?(?: \S[,.:;]?){3,}(?:[ \t]{2,}\S[,.:;]?(?: \S[,.:;]?)*)*[ \t]*")
_LETTER_GAP = re.compile(r"(?<=\S) (?=\S)|[ \t]{2,}")


def _without_letter_spacing(heading: str) -> str:
    """The heading with its letters closed up, if it is written letter-spaced ("P R E F E R R E D   Q U A L I F I C A T
    I O N S": "PREFERRED QUALIFICATIONS"); else as it is."""
    if not _LETTER_SPACED.fullmatch(heading):
        return heading
    return _LETTER_GAP.sub(lambda gap: "" if gap.group() == " " else " ", heading)


def _heading_rule(heading: str, rules: RuleSet) -> tuple[Role, bool] | None:
    """``(role, topic)`` of the first heading rule whose words are in the heading."""

    def work_out() -> tuple[Role, bool] | None:
        lower = aligned_lower(_without_letter_spacing(heading))
        return next(((role, topic) for role, pattern, topic in rules.headings if pattern.search(lower)), None)

    return _remembered(rules.heading_memo, heading, work_out)


# Cells of a table saved as text: tabs, three spaces or more, or a pipe ("Education | Bachelor's | Master's", Markdown
# tables) between them


#: A table row whose first cell is blank: a tab first, or two bars with nothing between ("| | Required | Preferred |")
_BLANK_FIRST_CELL = re.compile(r"\t|[ \t]*\|[ \t]*\|")


def _cells(line: re.Match[str]) -> list[tuple[int, int]]:
    """The (start, end) of each non-blank cell of a line, in the posting's offsets."""
    return cell_spans(line.string, line.start(), line.end())


def _table_cells(text: str, rules: RuleSet) -> tuple[list[tuple[int, int, str, Role, bool]], set[int]]:
    """Cells of a table whose header names a strength per column: "QUALIFICATIONS<tab>REQUIRED<tab>PREFERRED",
    "Requirement | Required | Preferred".

    Returns the cells, and where the header rows start. Each cell of the rows under such a header is asked for as
    its column says
    ("Education<tab>Bachelor's degree<tab>Master's degree": the master's is
    preferred), as an inline label governs its own line. A header of two
    strengths alone ("Minimum<tab>Preferred") has no column of labels: its
    rows' labels are in their first cells ("Education: Associate degree<tab>Bachelor's degree").
    """
    if not may_hold_cells(text):
        return [], set()
    found: list[tuple[int, int, str, Role, bool]] = []
    headers: set[int] = set()  # where the header rows start
    columns: list[tuple[str, Role]] | None = None  # the header's cells that name a strength: (heading, role)
    labels = 0  # how many cells of a row, before those, are its label (0 or 1)
    next_row = -1
    starts: list[int] = []  # where each column's heading starts in its line, when the header has no column of labels
    ends: list[int] = []  # ... and where it ends
    wrapped_from: int | None = None  # where a pipe table's row began on the line before, its first cell wrapped
    outer_bars = False  # whether the header opens with a bar, as a Markdown table's does
    for line in _LINE.finditer(text):
        if columns is not None and line.start() == next_row and _A_RULE_UNDER_A_HEADER.fullmatch(line.group()):
            next_row = _next_line_start(text, line.end())  # "------  ------": the header's rule
            continue
        if (
            columns is not None
            and starts
            and line.start() == next_row
            # (a form's row of boxes, one a column, is read by its boxes, below)
            and not (labels and _BOXES_AT_THE_END.search(line.group()))
        ):
            placed = _cells_by_position(line, starts, ends)
            mark = _a_mark_in_one_column(line, placed) if placed is not None and labels else None
            if mark is not None:
                # a row marked in one column: "CRC (Certified Risk Adjustment Coder)<spaces>X" under "Req.  Pref."
                label, column = mark
                found.append((*label, *columns[column], True))
                next_row = line.end() + 1
                continue
            if placed is not None:
                # a page of two columns side by side, each wrapped at its own width ("Bachelor's degree in Health
                # Information<spaces>Master's degree in Health Informatics" over "Management, ...<spaces>or
                # Health Administration." over "related field."): each piece is its column's
                found.extend((start, end, *columns[column], True) for start, end, column in placed)
                next_row = line.end() + 1
                continue
        if not may_hold_cells(line.group()):
            continue
        cells = _cells(line)
        if columns is not None and labels and line.start() <= next_row:
            row = _a_row_of_boxes(line, len(columns))
            if row is not None:
                # a form's row: "Associate degree<spaces>☐<spaces>☒" asks its label as the ticked column says
                label, boxes = row
                ticked = [column for column, box in zip(columns, boxes, strict=True) if box]
                if len(ticked) <= 1:
                    found.append((*label, *(ticked[0] if ticked else ("unticked", "not_asked")), True))
                next_row = _next_line_start(text, line.end())
                continue
        in_rows = columns is not None and line.start() <= next_row
        by_tabs = (_tab_cells(line) or _pipe_cells(line, outer_bars)) if in_rows else None
        if columns is not None and by_tabs is not None and len(by_tabs) == len(columns) + labels:
            label_cell = by_tabs[0] if labels else None
            marked = _the_one_marked_cell(text, by_tabs[labels:]) if label_cell is not None else None
            if label_cell is not None and marked is not None:
                # a row marked in one column: "| CPMA | | ✓ |" under "| Qualification | Required | Preferred |"; its
                # label may have begun on the line before ("| 5 years of hospital outpatient facility coding (ED," over
                # "interventional radiology, cardiac cath) | ✓ | |")
                label_start, label_end = label_cell
                found.append(
                    (wrapped_from if wrapped_from is not None else label_start, label_end, *columns[marked], True)
                )
            else:
                # a row of tabs with a cell left empty: "Experience<tab>5 years ... (Level I trauma or academic<tab>"
                # over "<tab>medical center)<tab>7 years, incl. 2 yrs coding audit" (the row's label blank on its next
                # line)
                found.extend(
                    (*cell, heading, role, True)
                    for cell, (heading, role) in zip(by_tabs[labels:], columns, strict=True)
                    if cell is not None
                )
            wrapped_from = None
            next_row = _next_line_start(text, line.end())
            continue
        if (
            in_rows
            and labels
            and by_tabs is not None
            and len(by_tabs) == 1
            and _A_PIPE_ROW_LEFT_OPEN.fullmatch(line.group())
        ):
            # a row's first cell that wraps onto the next line: "| 5 years of hospital outpatient facility coding (ED,"
            wrapped_from = by_tabs[0][0] if by_tabs[0] is not None else None
            next_row = _next_line_start(text, line.end())
            continue
        wrapped_from = None
        if columns is not None and len(cells) == len(columns) + labels and line.start() <= next_row:
            found.extend(
                (start, end, heading, role, True)
                for (start, end), (heading, role) in zip(cells[labels:], columns, strict=True)
            )
            next_row = _next_line_start(text, line.end())
            continue
        columns = None
        if len(cells) >= 2:
            # a column of labels: a header cell over it ("Qualifications<tab>Required<tab>Preferred"), or a blank
            # one ("<tab>Required<tab>Preferred" over "Education<tab>Associate degree<tab>Bachelor's degree")
            skipped = 1 if len(cells) >= 3 else 0  # the header's own cell over the labels
            labels = 1 if skipped or _BLANK_FIRST_CELL.match(line.group()) else 0
            # (a heading's own number is not its words: "4.1  Minimum<spaces>4.2  Preferred")
            headings = [_NUMBER_OF_A_HEADING.sub("", text[start:end], count=1) for start, end in cells[skipped:]]
            # a header's cells are heading words alone: not a row of a label and a text that names a strength
            # ("Education<spaces>Bachelor's degree ... required. Master's degree preferred.", "License/Certification
            # <spaces>RHIA or CHDA preferred.")
            roles = [
                # (a form's column of what does not apply: "Required<spaces>Preferred<spaces>N/A")
                "not_asked"
                if _NOT_APPLICABLE.fullmatch(heading)
                else heading_role(heading, rules)
                if _only_heading_words(heading, rules)
                else None
                for heading in headings
            ]
            roles = _with_columns_after_of_no_strength(headings, roles)
            if set(roles) - {"not_asked"} == _STRENGTH_ROLES and any(
                _names_a_strength_column(heading, rules) for heading in headings
            ):
                # a header with a column of each row's strength ("Requirement | Required or Preferred"), whose rows
                # ``_rows_by_their_strength_column`` reads: a header all the same, not a heading over them
                headers.add(line.start())
            elif set(roles) - {"not_asked"} == _STRENGTH_ROLES:
                columns = list(zip(headings, roles, strict=True))  # type: ignore[arg-type]
                outer_bars = line.group().lstrip().startswith("|")
                next_row = _next_line_start(text, line.end())
                headers.add(line.start())
                # where each column's heading starts: rows wrapped over lines are read by where their pieces stand
                # (in a table with a column of labels too: "1. Education<spaces>High school diploma<spaces>Associate
                # degree in Health" over "<spaces>Information Technology")
                # (not a header of pipes, whose cells need not line up: its rows are read by their cells; a header of
                # tabs is read by where its cells stand once the tabs are laid out, as a Word table's columns saved
                # with runs of tabs wrap: "Certification<tabs>CPC or CCS-P; CPC-A<tabs>COSC (orthopaedic" over
                # "<tabs>considered with 1 yr<tabs>specialty credential)"; its rows whose pieces stand under no
                # heading are read by their cells)
                by_cells = labels and "|" in line.group()
                raw = line.group()
                starts = [] if by_cells else [_laid_out(raw, start - line.start()) for start, _ in cells[skipped:]]
                ends = [] if by_cells else [_laid_out(raw, end - line.start()) for _, end in cells[skipped:]]
    return found, headers


#: A line that rules a header off from its rows: "------------  ------------", "====|====", "+-----+-----+"
_A_RULE_UNDER_A_HEADER = re.compile(r"[ \t]*[-=_+|:]{3,}[-=_+|: \t]*")
#: The most words a heading of a column after the strengths' may have ("POINTS", "Means of assessment")
_OTHER_COLUMN_WORDS = 4


def _with_columns_after_of_no_strength(headings: list[str], roles: list[Role | None]) -> list[Role | None]:
    """``roles`` with the columns after both strengths' that name none ("MINIMUM<spaces>DESIRABLE<spaces>POINTS", a
    point-factor evaluation's weights) made columns that ask nothing, when their headings are a few words."""
    strengths = [i for i, role in enumerate(roles) if role in _STRENGTH_ROLES]
    if not strengths or {roles[i] for i in strengths} != _STRENGTH_ROLES:
        return roles
    last = strengths[-1]
    after = range(last + 1, len(roles))
    if any(roles[i] is not None and roles[i] != "not_asked" for i in after) or not all(
        0 < len(headings[i].split()) <= _OTHER_COLUMN_WORDS and not any(c.isdigit() for c in headings[i]) for i in after
    ):
        return roles
    not_asked: Role = "not_asked"
    return [*roles[: last + 1], *(not_asked for _ in after)]


#: A key to the letters that mark rows: "R = Required", "P = Preferred", "E - Essential"
_LETTER_KEY = re.compile(r"\b([A-Z])[ \t]*[=:–-][ \t]*(Required|Preferred|Essential|Desirable)\b", re.IGNORECASE)
#: A row that ends in dot leaders and its letter: "RHIA ........................ P"
_LETTER_AT_THE_END = re.compile(r"\.{3,}[ \t]*([A-Za-z])[ \t]*$", re.MULTILINE)
#: How many lines one marked row may run over
_MARKED_ROW_LINES = 3


def _rows_marked_by_a_letter(text: str, rules: RuleSet) -> list[tuple[int, int, str, Role, bool]]:
    """Rows that end in dot leaders and a letter a key spells out ("R = Required / P = Preferred" over "Master's
    degree (MHI, MHA, MS Analytics) ........ P"): each row, up to the previous marked row or blank line, is asked as
    its letter says."""
    if "..." not in text:
        return []
    key = {letter.upper(): word for letter, word in _LETTER_KEY.findall(text)}
    if not key:
        return []
    found: list[tuple[int, int, str, Role, bool]] = []
    previous_end = 0
    for mark in _LETTER_AT_THE_END.finditer(text):
        word = key.get(mark.group(1).upper())
        role = heading_role(word, rules) if word is not None else None
        line_start = text.rfind("\n", 0, mark.start()) + 1
        start = line_start
        for _ in range(_MARKED_ROW_LINES - 1):
            above_end = start - 1
            if above_end <= previous_end:
                break
            above_start = text.rfind("\n", 0, above_end) + 1
            above = text[above_start:above_end]
            if not above.strip() or _LETTER_KEY.search(above) or _LETTER_AT_THE_END.search(above):
                break
            start = above_start
        if role in _STRENGTH_ROLES:
            found.append((start, mark.end(), word, role, True))  # type: ignore[arg-type]
        previous_end = mark.end()
    return found


#: A form's column heading of what does not apply to the job
_NOT_APPLICABLE = re.compile(r"n/?a|not[ \t]+applicable|not[ \t]+required|none", re.IGNORECASE)
#: A box ticked on a form, and one left blank: "☒", "[X]"; "☐", "[ ]"
_TICKED = re.compile(r"☒|☑|✅|\[[xX✓✔]\]")
_BOX = re.compile(rf"{_TICKED.pattern}|☐|\[ \]")
_BOXES_AT_THE_END = re.compile(rf"(?:[ \t]+(?:{_BOX.pattern}))+[ \t]*$")
#: A box right before a word, which the word labels
_A_BOX_RIGHT_BEFORE = re.compile(rf"(?:{_BOX.pattern})[ \t]*\Z")
#: A key's meaning of the blank box: "☐ = preferred"
_BLANK_BOX_KEY = re.compile(r"(?:☐|\[ \])[ \t]*[=:][ \t]*(required|preferred|essential|desirable)\b", re.IGNORECASE)
#: A box and the strength it stands for: "[X] Required"
_BOXED_WORD = re.compile(rf"({_BOX.pattern})[ \t]*(Required|Preferred|Essential|Desirable)\b", re.IGNORECASE)
#: A row that opens with boxes of strengths, its item after them
_BOXED_STRENGTHS_ROW = re.compile(
    rf"^[ \t]*(?P<boxes>(?:{_BOXED_WORD.pattern}[ \t]*){{2,}})", re.IGNORECASE | re.MULTILINE
)
#: An unticked box and the option after it, up to the next box or the line's end
_UNTICKED_OPTION = re.compile(r"(?:☐|\[ \])[^\n☐☒☑✅\[]*")


def _a_row_of_boxes(line: re.Match[str], columns: int) -> tuple[tuple[int, int], list[bool]] | None:
    """A form's row that ends in one box per column ("RHIT - Registered Health Information Tech.  ☐  ☒"): where its
    label is, and whether each box is ticked; ``None`` for any other line."""
    boxes = _BOXES_AT_THE_END.search(line.group())
    if boxes is None:
        return None
    marks = _BOX.findall(boxes.group())
    label = line.group()[: boxes.start()]
    if len(marks) != columns or not label.strip():
        return None
    start = line.start() + len(label) - len(label.lstrip())
    return (start, line.start() + len(label.rstrip())), [_TICKED.fullmatch(mark) is not None for mark in marks]


def _unticked_options(text: str, rules: RuleSet) -> list[tuple[int, int, str, Role, bool]]:
    """The options a form leaves unticked ("EDUCATION: ☐ High School/GED  ☒ Associate Degree  ☐ Bachelor's"): each
    asks nothing. Only in a posting that ticks a box somewhere: elsewhere "☐" is a list's bullet.

    Boxes of strengths before a row's item ("[X] Required  [ ] Preferred   CCS, COC or CPC certification") give the
    item the ticked one's strength.
    """
    if ("☐" not in text and "[ ]" not in text) or _TICKED.search(text) is None:
        return []
    found: list[tuple[int, int, str, Role, bool]] = []
    box_areas: list[tuple[int, int]] = []  # where the boxes of strengths before a row's item are
    for row in _BOXED_STRENGTHS_ROW.finditer(text):
        box_areas.append((row.start(), row.end()))
        ticked = [word for box, word in _BOXED_WORD.findall(row.group("boxes")) if _TICKED.fullmatch(box)]
        role = heading_role(ticked[0], rules) if len(ticked) == 1 else None
        line_end = text.find("\n", row.end())
        item_end = len(text) if line_end < 0 else line_end
        if role in _STRENGTH_ROLES:
            found.append((row.end(), item_end, ticked[0], role, True))
        else:
            found.append((row.end(), item_end, "unticked", "not_asked", True))
    # a form's key may give the blank box a meaning of its own: "Key:  ☒ = required     ☐ = preferred"
    key = _BLANK_BOX_KEY.search(text)
    blank_role = heading_role(key.group(1), rules) if key is not None else None
    unticked: tuple[str, Role] = ("unticked", "not_asked")
    if key is not None and blank_role in _STRENGTH_ROLES:
        unticked = (key.group(1), blank_role)
    found.extend(
        (match.start(), match.end(), *unticked, True)
        for match in _UNTICKED_OPTION.finditer(text)
        if not any(start <= match.start() < end for start, end in box_areas)
    )
    return found


#: The most words of a label with its text after it on its line ("Preferred: RHIT"), and of one saying what is not
#: asked ("What they are not asking for: an RHIT or CCA")
_LONGEST_INLINE_LABEL = 4
_LONGEST_DISCLAIMING_LABEL = 6
#: A form's field that names the job: "Job Title: Inpatient Coder II<spaces>Job Code: 600412", "Position Title: ..."
_TITLE_FIELD = re.compile(
    r"^[ \t]*(?:(?:job|position|posting|working|class(?:ification)?)[ \t]+)?title[ \t]*:[ \t]*"
    r"(\S[^\t\n]*?)(?:[ \t]{2}|\t|$)",
    re.IGNORECASE | re.MULTILINE,
)
#: What a posting that says which level of a ladder it hires at holds: a level's name past the first ("Coder II", "Level
#: 2", "Tier 1", "Senior"); most postings hold none, and the search for the ``opening_level`` connectives is skipped
_A_LEVEL_NAME = re.compile(r"\b(?:II|III|IV|Senior|Trainee|(?:Level|Tier|Grade)[ \t]+[1-5A-E])\b")
#: How far into a posting a form's "Job Title:" field names the job, where its title is read with the title line's
_TITLE_FIELD_REACH = 1500
#: The longest line under a title line that may be the job's title, in characters
_LONGEST_TITLE_UNDER = 80
#: The marks that quote a line of an earlier message or post: "> ", ">> "
_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+")
#: A heading's own number before its words: "4.1", "B.", "(c)"
_NUMBER_OF_A_HEADING = re.compile(r"(?:\d+(?:\.\d+)*\.?|[A-Za-z][.)]|\([A-Za-z0-9]\))[ \t]+")
#: How far a piece of a row may start from its column's heading and still be under it
_COLUMN_SLACK = 2


#: The columns a tab advances to, as editors and terminals lay tabs out
_TAB_SIZE = 8


def _laid_out(raw: str, at: int) -> int:
    """The column ``raw[at]`` stands at once the line's tabs are laid out (``at`` itself in a line with no tab)."""
    return at if "\t" not in raw else len(raw[:at].expandtabs(_TAB_SIZE))


def _cells_by_position(
    line: re.Match[str], starts: list[int], ends: list[int] | None = None
) -> list[tuple[int, int, int]] | None:
    """The pieces of a line of side-by-side columns, each with the column whose heading it starts under: ``(start,
    end, column)``; ``None`` when a piece starts under no heading or runs into the next column (a line across the
    page: the columns have ended). A piece left of the first heading is the row's label, of no column; a mark alone
    ("X", a tick) may stand anywhere under its heading, between ``starts`` and ``ends`` (marks are centred under
    "Required" and "Preferred").
    """
    raw = line.group()
    if not raw.strip():
        return None
    placed: list[tuple[int, int, int]] = []
    pieces = _cells(line) if may_hold_cells(raw) else [_stripped(line)]
    labelled = False
    tabbed = "\t" in raw
    while pieces:
        start, end = pieces.pop(0)
        offset = _laid_out(raw, start - line.start())
        if _laid_out(raw, end - line.start()) < starts[0] - _COLUMN_SLACK:
            labelled = True
            continue  # the row's label, left of the columns: "Certification<spaces>RHIT ...<spaces>RHIA"
        column = next((i for i, at in enumerate(starts) if abs(offset - at) <= _COLUMN_SLACK), None)
        if column is None and ends and _COLUMN_MARK.fullmatch(line.string, start, end):
            column = next(
                (
                    i
                    for i, (at, until) in enumerate(zip(starts, ends, strict=True))
                    if at - _COLUMN_SLACK <= offset < until + _COLUMN_SLACK
                ),
                None,
            )
        if column is None and offset > starts[-1]:
            column = len(starts) - 1  # the last column's, aligned right: "POINTS" over "  40"
        if column is None:
            return None
        if column + 1 < len(starts) and _laid_out(raw, end - line.start()) > starts[column + 1]:
            if tabbed:
                return None  # a piece that runs into the next column (tabs: no space to part it at)
            # two cells one space apart, the space where the next column starts (a copy from a PDF or a Word table):
            # "Epic (Resolute Professional Billing); athenaOne" under "MINIMUM" and "DESIRABLE"
            split = line.start() + starts[column + 1]
            if not (raw[starts[column + 1] - 1] == " " and not raw[starts[column + 1]].isspace()):
                # a cell across the columns after a row's label, the last of its line ("BLS / CPR<spaces>not required
                # for this role"): a row of no column's strength; else a line across the page
                return placed if labelled and not placed and not pieces else None
            pieces.insert(0, (split, end))
            end = split - 1
        placed.append((start, end, column))
    return placed


#: A pipe table's line that opens a row and leaves it open: "| 5 years of hospital outpatient facility coding (ED,"
_A_PIPE_ROW_LEFT_OPEN = re.compile(r"[ \t]*\|[^|\n]*[^|\s][^|\n]*")


def _pipe_cells(line: re.Match[str], outer_bars: bool) -> list[tuple[int, int] | None] | None:
    """The cells of a pipe table's line, ``None`` for an empty one ("| CPMA | | ✓ |"); ``None`` for a line of no
    pipe. With ``outer_bars`` (a header that opens with a bar, as Markdown's do), the bars that open and close the
    line bound no cell; without, what stands before the first bar and after the last is a cell, empty or not
    ("<spaces>| ODS-C earned within 12 months of hire<spaces>|<spaces>| NCRA lookup")."""
    raw = line.group()
    if "|" not in raw:
        return None
    pieces = raw.split("|")
    cells: list[tuple[int, int] | None] = []
    position = line.start()
    for i, piece in enumerate(pieces):
        stripped = piece.strip()
        at = position
        position += len(piece) + 1
        if outer_bars and (i == 0 or i == len(pieces) - 1) and not stripped:
            continue  # before the first bar or after the last
        first = at + piece.index(stripped) if stripped else at
        cells.append((first, first + len(stripped)) if stripped else None)
    return cells


def _the_one_marked_cell(text: str, cells: list[tuple[int, int] | None]) -> int | None:
    """Which of a row's cells holds the row's one mark ("✓", "X"), the others empty; ``None`` for another row."""
    filled = [(i, cell) for i, cell in enumerate(cells) if cell is not None]
    if len(filled) != 1:
        return None
    column, (start, end) = filled[0]
    return column if _COLUMN_MARK.fullmatch(text, start, end) else None


def _tab_cells(line: re.Match[str]) -> list[tuple[int, int] | None] | None:
    """The cells of a line that tabs part, one a tab, ``None`` for an empty one; ``None`` for a line of no tab."""
    raw = line.group()
    if "\t" not in raw:
        return None
    cells: list[tuple[int, int] | None] = []
    position = line.start()
    for piece in raw.split("\t"):
        stripped = piece.strip()
        if stripped:
            start = position + piece.index(stripped)
            cells.append((start, start + len(stripped)))
        else:
            cells.append(None)
        position += len(piece) + 1
    return cells


#: A mark that picks a row's column: "X", a tick
_COLUMN_MARK = re.compile(r"[xX✓✔√]")


def _a_mark_in_one_column(
    line: re.Match[str], placed: list[tuple[int, int, int]]
) -> tuple[tuple[int, int], int] | None:
    """The row's label and the column of the one mark on its line ("Excel<spaces>X"); ``None`` for another row."""
    if len(placed) != 1:
        return None
    start, end, column = placed[0]
    if not _COLUMN_MARK.fullmatch(line.string, start, end):
        return None
    cells = _cells(line)
    if len(cells) != 2 or cells[1][0] != start:
        return None
    return cells[0], column


def _stripped(line: re.Match[str]) -> tuple[int, int]:
    raw = line.group()
    start = line.start() + len(raw) - len(raw.lstrip())
    return start, line.start() + len(raw.rstrip())


# What that column's cell says, and the word the heading rules read for it
_STRENGTH_CELL = {"e": "Essential", "r": "Required", "d": "Desirable", "p": "Preferred"}


def _rows_by_their_strength_column(text: str, rules: RuleSet) -> list[tuple[int, int, str, Role, bool]]:
    """Rows of a table whose header has a column of each row's strength ("Criteria | Essential / Desirable | How
    assessed" over "Degree in a numerate subject | D | A"): each row, as an inline label, is asked as its cell says.

    The rows go on up to a blank line; lines of one cell between them ("Experience") are the table's topics.
    """
    if not may_hold_cells(text):
        return []
    found: list[tuple[int, int, str, Role, bool]] = []
    column: int | None = None  # the strength column's place in the header's cells
    width = 0
    for line in _LINE.finditer(text):
        raw = line.group()
        if not raw.strip():
            column = None
            continue
        cells = _cells(line) if may_hold_cells(raw) else []
        if column is not None and len(cells) == width:
            value = text[cells[column][0] : cells[column][1]]
            word = _STRENGTH_CELL.get(value.lower(), value)
            role = heading_role(word, rules) if len(word.split()) <= 2 else None
            # (a row "| RHIT / RHIA | Not required | Welcome |" asks nothing)
            if role in _STRENGTH_ROLES or role == "not_asked":
                found.append((line.start(), line.end(), word, role, True))
            continue
        if column is not None and len(cells) <= 1:
            continue  # a topic of the table
        column = None
        for i, (start, end) in enumerate(cells):
            if _names_a_strength_column(text[start:end], rules):
                column, width = i, len(cells)
                break
    return found


def _next_line_start(text: str, line_end: int) -> int:
    """Where the next line with text starts, after the line ending at ``line_end`` (blank lines skipped)."""
    position = line_end
    while text.startswith("\n", position):
        position += 1
    return position


def _only_heading_words(line: str, rules: RuleSet) -> bool:
    """Whether a line in lower case is heading words and nothing else: "Nice to have", "preferred skills",
    "desirable criteria", "education and experience".

    Each word is part of some heading rule's words, or a small word or mark between them.
    """

    def work_out() -> bool:
        # (a bracketed aside that ends the line is not its words: "What you'll do (on-the-job learning)"; but one
        # of heading words alone says what the line heads: "What we'd like you to have (preferred)")
        whole = aligned_lower(line)
        aside = _heading_words_aside(whole, rules)
        if aside is not None and aside.start() > 0:
            return True
        lower = _TRAILING_ASIDE.sub("", whole).strip(" \t*_#")
        if not lower:
            return False
        if any(pattern.fullmatch(lower) for _, pattern, _ in rules.headings):
            return True
        covered = bytearray(len(lower))
        for _, pattern, _ in rules.headings:
            for match in pattern.finditer(lower):
                covered[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
        if not any(covered):
            return False
        rest = "".join(" " if covered[i] else char for i, char in enumerate(lower))
        company = rules.connective("heading_company")
        if company is not None:
            rest = company.sub(" ", rest)
        return not any(c.isalnum() for c in rest)

    return bool(_remembered(rules.heading_words_memo, line, work_out))


#: A bracketed aside that ends a line: "(on-the-job learning)"
_TRAILING_ASIDE = re.compile(r"\s*\([^()\n]*\)[ \t*_#:]*$")


def _heading_words_aside(line: str, rules: RuleSet) -> re.Match[str] | None:
    """The bracketed aside that ends ``line`` when it is heading words alone, a strength: "What we'd like you to have
    (preferred)"."""
    aside = _TRAILING_ASIDE.search(line)
    if aside is not None and _only_heading_words(aside.group().strip(" \t*_#:()"), rules):
        return aside
    return None


#: An empty cell of a table's row between pipes: "|<spaces>|"
_AN_EMPTY_CELL = re.compile(r"\|[ \t]*\|")


def _strength_label_of_a_row(raw: str) -> tuple[str, bool] | None:
    """The words that may give a whole row its strength, and whether they are a table row's last cell.

    A long line's label ("Desirable: Approved Clinical Coding Auditor or
    Trainer | Postgraduate qualification in management (e.g. ILM Level 7,
    Masters) | Welsh language skills Level 1"), or a table row's last cell
    ("Education<tab>Master's degree (MBA, MHA, MPH)<tab>Preferred"); a word
    or two either way, which the heading rules then read.
    """
    if "\t" in raw:
        cells = raw.split("\t")
        last = cells[-1].strip()
        if last and len(last.split()) <= 2 and any(cell.strip() for cell in cells[:-1]):
            return last, True
    if len(raw) > 90:
        label, sep, rest = raw.partition(":")
        if sep and rest.strip() and len(label.split()) <= 2:
            return label, False
    return None


def _lead_in_rule(line: str, rules: RuleSet) -> tuple[Role, bool] | None:
    """``(role, topic)`` of a lead-in line: a lead-in rule's, else the heading rule's of its last sentence (a topic's
    words in it, "... quality and breadth of experience, the following factors ...:", take the strength of the
    section it is in, as a topic heading does)."""
    lower = aligned_lower(line)
    for role, pattern, _ in rules.lead_ins:
        if pattern.search(lower):
            return role, False
    return _heading_rule(_last_sentence(line), rules)


def _unfinished(line: str) -> bool:
    """Whether ``line`` is 2 to 11 words that stop at one of :data:`_WANTING_VERBS`."""
    # the last word first: most lines end with none of the verbs
    return line.rpartition(" ")[2].lower() in _WANTING_VERBS and 2 <= len(line.split()) <= 11


# A last aside in parentheses: "Bachelor's Degree - Nursing (Preferred)"
_LAST_ASIDE = re.compile(r"\(([^()\n]{1,40})\)[ \t]*$")


def _an_item_with_its_strength(line: str, rules: RuleSet) -> bool:
    """Whether ``line`` is an item that ends with its own strength in parentheses, as job boards list what they ask
    ("Associate's Degree - Nursing (Required)", "Bachelor's Degree - Nursing (Preferred)"): content, not a heading.

    A heading with its strength beside it ("Education (Required)", "Preferred Skills (Desired)") is heading words
    before the parentheses, and stays a heading.
    """
    aside = _LAST_ASIDE.search(line)
    if aside is None:
        return False
    inside = aligned_lower(aside.group(1))
    cues = [cue.span() for _, _, _, pattern in rules.cue_patterns for cue in pattern.finditer(inside)]
    if not cues or not _only_cues_in(inside, 0, len(inside), cues, rules):
        return False  # no cue in the parentheses ("Medical Records (HIM)"), or more than cues
    before = line[: aside.start()].strip(" \t-–:")
    return bool(before) and not _only_heading_words(before, rules)


def _a_strength_over_a_list(line: str, text: str, end: int, rules: RuleSet) -> bool:
    """Whether ``line``, ending with a strength in parentheses, heads the bulleted list right under it ("What we'd
    love (Preferred)" over "- Associate's or Bachelor's degree ..."): a heading, whatever its words (heading words
    before the parentheses make it one anyway)."""
    return _BULLETS_FOLLOW.match(text, end) is not None and _an_item_with_its_strength(line, rules)


def _a_preference_over_a_list(line: str, text: str, end: int, rules: RuleSet) -> bool:
    """Whether ``line``, in sentence case, is a preference's heading over the bulleted list right under it ("Also
    preferred for Coder II", "Preferred for this role" over "* Experience coding in Epic."): its other words ("also",
    "this role") keep it from being title case or heading words alone, but an item of its own would not be followed
    by a list."""
    if not line[0].isupper() or _BULLETS_FOLLOW.match(text, end) is None:
        return False
    rule = _heading_rule(line, rules)
    return rule is not None and rule[0] == "preferred"


def _only_cues_in(lower: str, start: int, end: int, cues: list[tuple[int, int]], rules: RuleSet) -> bool:
    """Whether ``lower[start:end]`` is the ``cues`` (spans) in it and only punctuation and ``filler`` connectives."""
    rest, position = [], start
    for c_start, c_end in sorted(cues):
        rest.append(lower[position:c_start])
        position = max(position, c_end)
    rest.append(lower[position:end])
    return rules.only_cue_company.fullmatch(" ".join(rest)) is not None


def _title_like(line: str, rules: RuleSet) -> bool:
    """Whether ``line`` is in title case: each word capitalised, or a mark, or a ``heading_company`` word ("and")."""
    words = [w for w in re.split(r"\s+", line) if w]
    if not words or not words[0][0].isupper():
        return False
    company = rules.connective("heading_company")
    return all(
        w[0].isupper() or not w[0].isalpha() or (company is not None and company.fullmatch(w) is not None)
        for w in words
    )


def _names_a_strength_column(cell: str, rules: RuleSet) -> bool:
    """Whether a header's cell names a column of each row's strength (a ``strength_column`` connective, in full)."""
    pattern = rules.connective("strength_column")
    return pattern is not None and pattern.fullmatch(cell.strip().lower()) is not None


def _numbered_heading(line: str, rules: RuleSet) -> str | None:
    """The heading of a numbered or lettered line that is a section's heading, without its number; else ``None``.

    A heading is all in capitals, a short label that ends with its colon, or a strength's heading in title case ("5.
    PREFERRED QUALIFICATIONS", "4. Minimum Qualifications:", "B. Preferred Qualifications", "III. REQUIREMENTS"); not
    an item ("1. Bachelor's degree", "2. Bachelor's Degree").
    """
    number = _SECTION_NUMBER.match(line)
    if number is None:
        return None
    rest = line[number.end() :]
    if len(rest.split()) > 6:
        return None
    if (
        rest.isupper()
        or (rest.endswith(":") and ":" not in rest[:-1])
        or (_title_like(rest, rules) and heading_role(rest, rules) in _STRENGTH_ROLES)
    ):
        return rest
    return None


def _a_strength_beside_a_remark(bare: str, remark: str, rules: RuleSet) -> bool:
    """Whether a heading with a remark of two words in brackets after it names a strength that the remark does not:
    "Desired Qualifications (both levels)", not "Certification (Strongly Preferred)" nor "SALARY RANGE (effective
    1/1/2025)"."""
    heading = _heading_rule(bare, rules)
    return heading is not None and heading[0] in _STRENGTH_ROLES and _heading_rule(remark, rules) is None


def find_sections(text: str, mention_starts: list[int], rules: RuleSet) -> list[Section]:
    """Headings in ``text``; each governs the lines after it up to the next heading.

    A line is a heading when it is short and either ends with a colon, or is
    in capitals or title case and names a known kind of section. An inline
    label ("Education: associate degree") governs its own line only. Lines
    that mention a credential or skill are content, not headings.
    """
    found: list[tuple[int, int, str, Role, bool]] = []  # start, end, heading, role, inline
    strength_rows: set[int] = set()  # starts of the table rows whose last cell is their strength
    topics: set[int] = set()  # starts of the headings that name a topic, not a strength

    def role_of(label: str, start: int) -> Role | None:
        rule = _heading_rule(label, rules)
        if rule is None:
            return None
        if rule[1]:
            topics.add(start)
        return rule[0]

    previous_end = ""  # the last character of the last line with text
    for match in _LINE.finditer(text):
        raw = match.group().strip()
        # a posting quoted in a thread or an e-mail: "> Preferred Qualifications:" heads as it would unquoted
        as_written = _QUOTE_MARKS.sub("", match.group(), count=1) if raw.startswith(">") else match.group()
        raw = as_written.strip()
        if not raw:
            continue
        follows, previous_end = previous_end, raw.rstrip("*_")[-1:]
        if previous_end == ";" and raw.count(";") == 1 and follows not in (";", ":"):
            # a semicolon for a colon: "Essential Requirements;", "What we expect from our team;"; not the items of a
            # list whose lines end with one, which follow a line that ends with one or the heading over them
            raw = raw[:-1] + ":"
        row_label = _strength_label_of_a_row(raw)
        if row_label is not None and (row_role := role_of(row_label[0], match.start())) in _STRENGTH_ROLES:
            found.append((match.start(), match.end(), row_label[0], row_role, True))
            if row_label[1]:
                strength_rows.add(match.start())
            continue
        if "|" in raw and _AN_EMPTY_CELL.search(raw):
            continue  # a row of a table, the next line of its cells: "|<spaces>| experience preferred<spaces>|"
        if len(raw) > 90:
            # a long line under a short label of a part that asks nothing heads itself: "Perks: HMO w/ 2 free
            # dependents on day 1, 13th month pay, fully paid CRC exam and review, rice allowance"
            label, sep, rest = raw.partition(":")
            label = label.strip(" \t*_#")
            if (
                sep
                and rest.strip()
                and len(label.split()) <= 3
                and (role := role_of(label, match.start())) in NOT_ASKED_ROLES
            ):
                found.append((match.start(), match.end(), label, role, True))
                continue
        if len(raw) > 100 and not raw.rstrip("*_").endswith(":"):
            continue  # too long for a heading, even with Markdown around it, and no lead-in
        numbered = _numbered_heading(raw, rules)
        if numbered is not None:
            raw = numbered
            numbered_in_capitals = numbered.isupper()
        elif _BULLET.match(as_written):
            continue
        else:
            numbered_in_capitals = False
        line = _HEADING_MARKUP.sub("", raw).strip() if "*" in raw or "_" in raw or raw[0] == "#" else raw
        if line and line[0] > "\u2000":
            line = _LEADING_EMOJI.sub("", line)  # "📌 ALSO ON MY DESK THIS WEEK": the emoji is no word of the heading
        if line[1:2] == " " and line[3:4] == " ":
            line = _without_letter_spacing(line)  # "P R E F E R R E D   Q U A L I F I C A T I O N S"
        if not line or (len(line) > 90 and line[-1] != ":"):
            continue
        start, end = match.start(), match.end()
        if line.endswith(("...", "…")) and _A_LIST_FOLLOWS.match(text, end):
            # a lead-in that trails off over its list: "You'll really stand out if..."
            line = line.rstrip(".… ") + ":"
        elif _unfinished(line) and _A_LIST_FOLLOWS.match(text, end):
            # a lead-in whose colon the posting left out: "Ideally we would like you to have" over a list
            line += ":"
        if line.endswith(":") and len(line.split()) > 8:
            # a lead-in sentence ("Candidates must have either:"): governs the list under it
            lead_in = _lead_in_rule(line, rules)
            if lead_in is None:
                continue
            lead_in_role, topic = lead_in
            list_end = _list_end(text, end)
            heading = _last_sentence(line)
            if list_end == end and heading != line and len(heading.split()) <= 8:
                # no list under it, and its last sentence a heading of its own ("... please click Apply now. In
                # return we offer you:" over lines with no bullets): that sentence heads the part after it
                heading_start = text.rfind(heading, start, end)
                if (last_role := role_of(heading, heading_start)) is not None:
                    found.append((heading_start, end, heading, last_role, False))
                continue
            if topic:
                topics.add(start)
            found.append((start, list_end, line, lead_in_role, True))
            continue
        if len(line) > 90:
            continue
        i = bisect_right(mention_starts, start)
        if i < len(mention_starts) and mention_starts[i] < end:
            label, sep, rest = line.partition(":")
            words = len(label.split())
            if (
                sep
                and rest.strip()
                and words <= _LONGEST_DISCLAIMING_LABEL
                and (role := role_of(label, start))
                # a label of more words only says what the job does not ask: "What they are not asking for: an RHIT"
                and (words <= _LONGEST_INLINE_LABEL or role == "not_asked")
            ):
                found.append((start, _hanging_lines_end(text, start, end), label, role, True))
            elif not sep and (heading_glued := _glued_heading(line, start, role_of)) is not None:
                found.append(heading_glued)
            continue
        if (
            line[-1] == ")"
            and not line.startswith("(")
            and (remark := _A_REMARK_AFTER.search(line)) is not None
            and (bare := line[: remark.start()])
            and (len(remark.group(1).split()) > 2 or _a_strength_beside_a_remark(bare, remark.group(1), rules))
        ):
            # a heading with a remark in brackets after it: "PREFERRED QUALIFICATIONS (may be used to screen
            # applicants)", "Desired Qualifications (both levels)"
            line = bare
        label, sep, rest = line.partition(":")
        words = len(label.split())
        if (aside := _heading_words_aside(label, rules)) is not None:
            # its strength in brackets is not among its words: "What we'd like you to have (preferred)"
            words = len(label[: aside.start()].split())
        if sep and not rest.strip() and words <= 8:
            role = role_of(label, start) or "other"
            # an empty field of a form ("Band: 6 / Salary: / Hours: 37.5") heads nothing; a strength heading over
            # fields ("Requirements: / Education: Bachelor's degree") does
            blank_field = role not in _STRENGTH_ROLES and _A_FIELD_FOLLOWS.match(text, end) is not None
            found.append((start, end, label, role, blank_field))
        elif not sep and words <= _QUESTION_HEADING_MOST_WORDS and _QUESTION_HEADING.match(line):
            # as a label with nothing after its colon: a question of no known kind still ends the part before it
            # ("What can we offer you?" ... "What can you offer us?")
            found.append((start, end, line, role_of(line, start) or "other", False))
        elif not sep and (heading_glued := _glued_heading(line, start, role_of)) is not None:
            found.append(heading_glued)
        elif sep and rest.strip() and words <= 4 and (role := role_of(label, start)):
            # a strength's label glued to its first item, the line break lost ("Preferred Qualifications:Bachelor's
            # degree in ...") heads the lines after it too
            glued = rest[0] not in " \t" and role in _STRENGTH_ROLES and start not in topics
            found.append((start, end if glued else _hanging_lines_end(text, start, end), label, role, not glued))
        elif (
            not sep
            and words <= 6
            and line[-1] not in ".,;!?"
            and _MONEY_OR_FIGURES.search(line) is None
            and (
                (
                    (
                        line.isupper()
                        or _title_like(line, rules)
                        or _only_heading_words(line, rules)
                        # a board's "Similar jobs at Cascade Summit", "More jobs from this employer": in sentence case
                        or (_heading_rule(line, rules) or ("", False))[0] == "other_postings"
                    )
                    and not _an_item_with_its_strength(line, rules)
                )
                or _a_strength_over_a_list(line, text, end, rules)
                or _a_preference_over_a_list(line, text, end, rules)
            )
        ):
            # a job description's numbered section in capitals ends the one before it, whatever it is of: "4.0
            # PHYSICAL DEMANDS / WORK ENVIRONMENT" after "3.0  QUALIFICATIONS"
            role = role_of(line, start) or ("other" if numbered_in_capitals else None)
            if role is not None:
                pay = _PAY_LINE.match(text, end) if role == "benefits" else None
                if pay is not None:
                    # a field of a posting's header, its value on the next line ("Salary\n£24,071 to £25,674 a
                    # year\nContract\nPermanent"): it heads that line, not the posting after it
                    found.append((start, pay.end(), line, role, True))
                else:
                    found.append((start, end, line, role, False))
    strength_column_rows = _rows_by_their_strength_column(text, rules)
    if strength_column_rows:
        # a row that ends in its strength's cell ("CCS<spaces>| Preferred") is no heading over the rows after it
        row_starts = {row[0] for row in strength_column_rows}
        found = [f for f in found if f[4] or f[0] not in row_starts]
    found.extend(strength_column_rows)
    found.extend(_rows_marked_by_a_letter(text, rules))
    found.extend(_unticked_options(text, rules))
    cells, headers = _table_cells(text, rules)
    if headers:
        # a table's header row heads its columns, not the lines after it
        found = [f for f in found if f[0] not in headers]
    # a row that ends in its strength keeps it over its columns' headers ("Category<tab>Requirement<tab>
    # Required/Preferred" over "Education<tab>Master's degree (MBA, MHA, MPH)<tab>Preferred")
    found.extend(cell for cell in cells if text.rfind("\n", 0, cell[0]) + 1 not in strength_rows)
    found.sort(key=lambda f: f[0])
    cell_spans = {(cell[0], cell[1]) for cell in cells}
    sections: list[Section] = []
    strength_role: Role | None = None  # the role of the last block heading that names a strength
    strength_in_capitals = strength_over_lines = False  # that heading is in capitals; it has lines of its own
    for n, (start, end, heading, role, inline) in enumerate(found):
        if not inline:
            if start not in topics:
                # two strength headings of their own, one right after the other with nothing under the first, are a
                # table's header row pasted as lines ("Essential / Desirable / Knowledge and skills / - ..."): the
                # topics under them are of neither
                before = next((f for f in reversed(found[:n]) if not f[4]), None)
                header_row = (
                    role in _STRENGTH_ROLES
                    and before is not None
                    and before[0] not in topics
                    and before[3] in _STRENGTH_ROLES
                    and before[3] != role
                    and not text[before[1] : start].strip()
                )
                strength_role = role
                strength_in_capitals = heading.isupper()
                # a strength heading with lines of its own before the next heading is a section like any other:
                # "Preferred Qualifications: / - RHIT / Knowledge, Skills and Abilities: / - ..." are siblings;
                # unless it is in capitals over topics that are not: "DESIRABLE / Degree ... / Experience / Five or
                # more years' ..." (a person specification's column pasted under its heading)
                strength_over_lines = bool(text[end : found[n + 1][0] if n + 1 < len(found) else len(text)].strip())
                if (strength_over_lines and not strength_in_capitals) or (header_row and not strength_over_lines):
                    strength_role = None
            elif strength_role in _STRENGTH_ROLES and not (strength_over_lines and heading.isupper()):
                role = strength_role  # "Preferred Qualifications / Education / - Bachelor's degree"
        if inline:
            enclosing = next((s for s in reversed(sections) if s.end > start and s.start <= start), None)
            # (a table's cell keeps its column's strength, though a topic's label opens it: "Education: ...<tab>")
            is_a_cell = (start, end) in cell_spans
            if start in topics and not is_a_cell and enclosing is not None and enclosing.role in _TOPICS_TAKE:
                # "Preferred Qualifications / Education: Bachelor's degree"; a submittal's "CANDIDATE INFORMATION /
                # Credentials: RHIT, CPC" (what the candidate put forward has, not what the job asks)
                role = enclosing.role
            sections.append(Section(start, end, heading, role))
            continue
        following = next((f[0] for f in found[n + 1 :] if not f[4]), len(text))
        following = _prose_after_list(text, end, following)
        if role in _STRENGTH_ROLES and (own_topic := _topic_of(heading, rules)) is not None:
            # a strength heading that names its topic governs that topic alone: a form's "PREFERRED CREDENTIAL: /
            # [x] CCC" ends at its next field of another topic ("EXPERIENCE:    Min 2 yrs ...")
            following = next(
                (
                    f[0]
                    for f in found[n + 1 :]
                    if f[0] < following and f[4] and f[0] in topics and _topic_of(f[2], rules) not in (None, own_topic)
                ),
                following,
            )
        sections.append(Section(start, following, heading, role))
    if ">" in text:
        sections = _within_their_quotes(text, sections)
    return sections


_QUOTED_BLOCK = re.compile(r"^[ \t]*>[^\n]*(?:\n[ \t]*>[^\n]*)*", re.MULTILINE)


def _within_their_quotes(text: str, sections: list[Section]) -> list[Section]:
    """The sections, a heading quoted in a thread ending with its quote: the replies after "> Preferred
    Qualifications: / > - RHIT or RHIA" are not under it."""
    blocks = [(block.start(), block.end()) for block in _QUOTED_BLOCK.finditer(text)]
    if not blocks:
        return sections
    clipped = []
    for section in sections:
        block = next(((start, end) for start, end in blocks if start <= section.start < end), None)
        if block is not None and section.end > block[1]:
            section = Section(section.start, block[1], section.heading, section.role)
        clipped.append(section)
    return clipped


def _hanging_lines_end(text: str, start: int, end: int) -> int:
    """Where an inline label's part ends: its line, and the lines under it indented with spaces to where its text
    starts, as plain-text pages align a label's items ("Preferred: Associate degree in HIT.\n           RHIT (RHIT-
    eligible graduates considered).")."""
    colon = text.find(":", start, end)
    if colon < 0:
        return end
    column = colon + 1
    while column < end and text[column] == " ":
        column += 1
    if column == colon + 1 or "\t" in text[start:column]:
        return end  # no space after the colon, or a tab before the text: no column to align to
    indent = " " * (column - start)
    while text.startswith(indent, end + 1) and text[end + 1 + len(indent) : end + 2 + len(indent)] not in ("", " "):
        following = text.find("\n", end + 1)
        end = len(text) if following < 0 else following
    return end


#: A heading in capitals glued to its first item, its colon and line break lost, as saved pages run them together:
#: "Preferred QualificationsRHIA or CHDA", "Minimum RequirementsHigh school diploma"
_HEADING_GLUED_TO_AN_ITEM = re.compile(
    r"((?:[A-Z][a-z]+[ \t]+){0,2}(?:Qualifications|Requirements|Skills|Education|Experience|Certifications?))(?=[A-Z])"
)


def _glued_heading(
    line: str, start: int, role_of: Callable[[str, int], Role | None]
) -> tuple[int, int, str, Role, bool] | None:
    """A strength heading glued to its first item, its colon and line break lost ("Preferred QualificationsRHIA or
    CHDA"): it heads its line and the lines after it, as a heading of its own does."""
    glued = _HEADING_GLUED_TO_AN_ITEM.match(line)
    if glued is None:
        return None
    role = role_of(glued.group(1), start)
    if role not in _STRENGTH_ROLES:
        return None
    return (start, start + len(glued.group(1)), glued.group(1), role, False)


#: A line longer than this, and no item of a list, is prose
_PROSE_LINE_LONGER_THAN = 150
#: A bullet as some pages render it: a full stop and a space at the start of the line (". Experience of ...")
_DOT_BULLET = re.compile(r"^\s*\.\s+\S")


def _prose_after_list(text: str, after: int, limit: int) -> int:
    """Where a heading's list gives way to prose, or ``limit``.

    "Desirable Criteria / . Experience working in PICU / . Experience of
    Acute services / (blank) / As a Manager in this environment you will
    ... The successful candidate should ... have a minimum of 3 years'
    experience": the paragraphs after the heading's list are the posting's
    own text again, not more of what it prefers. So too under any other
    heading: "Benefits: / - NHS Pension Scheme / - ... / (blank) / We have an
    excellent opportunity ... To be considered you will hold a masters
    degree" asks for the master's, it does not offer it. Prose straight
    under the heading, before any item, stays under it.
    """
    seen_item = False
    for match in _LINE.finditer(text, after, limit):
        line = match.group()
        if not line.strip():
            continue
        if _BULLET.match(line) or _DOT_BULLET.match(line):
            seen_item = True
        elif seen_item and len(line) > _PROSE_LINE_LONGER_THAN:
            return match.start()
    return limit


#: Roles that say how strongly the lines under them are asked for: a topic heading under one takes it.
_STRENGTH_ROLES = frozenset({"required", "preferred"})
#: The roles of a heading that a topic's label under it takes ("Education:" under "Preferred Qualifications")
_TOPICS_TAKE = _STRENGTH_ROLES | {"not_asked", "other_postings"}


def _last_sentence(line: str) -> str:
    return re.split(r"(?<=[.!?])\s+", line.strip())[-1]


def _list_end(text: str, after: int) -> int:
    """Where the list that starts after ``after`` ends (blank lines between items allowed).

    Its items are bullet lines, or lines that start with a lower-case letter:
    a list whose bullets the page's rendering lost ("... with the following
    criteria:\na minimum of 2 years ...\nand the completion of ...").
    """
    end = after
    for match in _LINE.finditer(text, after):
        line = match.group()
        if not line.strip():
            continue
        if not (_BULLET.match(line) or line.lstrip()[0].islower()):
            break
        end = match.end()
    return end


def _bullets_after(text: str, after: int) -> list[tuple[int, int]]:
    """The bullet lines right after ``after`` (blank lines between them allowed).

    A bullet that is a label ending with a colon ("- Experience and
    Education:") starts a new part of the posting and ends the list. So does
    a bullet back at the lead-in's own depth, when the list's bullets stand
    deeper than it ("- One of the following:\n  - RN ...\n  - RHIA, RHIT or
    CCS ...\n- CCDS or CDIP within 18 months": the last is no path).
    """
    spans: list[tuple[int, int]] = []
    lead_in_depth = _depth(text, text.rfind("\n", 0, after) + 1)
    for match in _LINE.finditer(text, after):
        if not match.group().strip():
            continue
        if not _BULLET.match(match.group()) or _LABEL_LINE.match(match.group()):
            break
        depth = _depth(text, match.start())
        if spans and depth <= lead_in_depth < _depth(text, spans[0][0]):
            break
        spans.append((match.start(), match.end()))
    return spans


def _depth(text: str, line_start: int) -> int:
    """How far the line at ``line_start`` is indented, its tabs laid out."""
    line = text[line_start : line_start + 40]
    return _laid_out(line, len(line) - len(line.lstrip(" \t")))


# ---------------------------------------------------------------- alternative paths


class AlternativePath(NamedTuple):
    """One of several alternative qualification paths a posting lists."""

    start: int
    end: int
    number: int  # 1 = the first path listed in its region
    region: int  # paths of the same region are alternatives to one another


#: A blank line, then a line that opens with a label ("Certification: Persons hired ...", "LICENSE: ...") or is a
#: heading in capitals ("PREFERRED QUALIFICATIONS"): a section of its own
_SECTION_AFTER_A_BLANK_LINE = re.compile(
    r"\n[ \t]*\n[ \t]*(?=[A-Z][A-Za-z0-9 &/,'’()-]{2,60}:|[A-Z][A-Z0-9 &/,'’()-]{2,60}[ \t]*\n"
    # ... or in title case, alone on its line: "Desirable Qualifications"
    r"|[A-Z][a-z]+(?:[ \t]+(?:[A-Z][a-z]+|&|and|of))?(?:[ \t]+[A-Z][a-z]+){0,3}[ \t]*\n)"
)


#: A line that opens with an enumerator or a bullet and a label ending in "." or ":", text after it: "(5)
#: Certification. Candidates ...", "c. Certification. Persons hired ...", "- Certification. Persons hired ..."
_LABELLED_ITEM = re.compile(
    r"\n[ \t]*(?:\(?[0-9]{1,2}[.)]|\(?[a-zA-Z][.)]|[-•*])[ \t]*(?=[A-Z][\w/&'’ -]{2,40}?[.:][ \t]+\S)"
)


#: A line that opens with an outline number of a section ("3.2\tExperience", "4.1 Licensure / Certification"): a
#: section of its own, of what every path needs, after a list of paths inside the section before it
_OUTLINE_SECTION_LINE = re.compile(r"\n[ \t]*[0-9]{1,2}(?:\.[0-9]{1,2})+\.?[ \t]+(?=[A-Z])")


#: A labelled line of what every path needs, right after the last path's line: "OR\nCombination: ...\nCertification:
#: Certification as ... (CHPS) ... is preferred"
_CERTIFICATION_LINE = re.compile(
    r"\n[ \t]*(?=(?:certifications?|licen[cs]\w*|credentials?|registration)\b[^\n:]{0,30}:[ \t]*\S)", re.I
)


#: How far back from an item the colon of a line leading in to it is looked for
_LEAD_IN_LOOKBACK = 200


def alternative_paths(
    text: str, rules: RuleSet, lower: str | None = None, literals: Words | None = None
) -> list[AlternativePath]:
    """The alternative qualification paths a posting lists, in order.

    Two layouts are recognised: paths separated by a line that the
    ``path_separator`` any-of rules match (federal postings' "OR"), up to
    a label line or a ``paths_end`` line ("AND, Demonstrated ..."); and a
    bullet list introduced by a line ending with a colon that holds a
    ``lead_in`` any-of cue ("Candidates must have either:", "One of the
    following certifications is required:"), each bullet a path. Empty when
    the posting lists no alternatives.
    """
    lower = aligned_lower(text) if lower is None else lower  # PostingContext passes the one it already made
    words = lower if literals is None else literals  # and what answers which words the text holds, in one pass
    regions: list[list[tuple[int, int]]] = []
    boundaries = sorted(
        (
            match
            for compiled in rules.any_of("path_separator")
            if compiled.regex is not None and may_occur(compiled, text, words)
            for match in compiled.regex.finditer(text if compiled.rule.case_sensitive else lower)
        ),
        key=lambda m: m.start(),
    )
    if boundaries:
        labels = [m.start() for m in _LABEL_LINE.finditer(text)]
        start = max((p for p in labels if p < boundaries[0].start()), default=0)
        for cluster, lead_in in _clusters(text, boundaries):
            if lead_in is not None:
                # "... OR\nB. Degree: ...\nIn addition to meeting the basic requirement above, ... listed below:\n
                # SPECIALIZED EXPERIENCE: ...\nOR\n...": the lead-in ends one list of paths and opens the next
                regions.append(_spans(text, cluster, start, lead_in[0]))
                start = lead_in[1]
                continue
            last_end = _end_of_the_last_path(text, lower, words, rules, cluster, labels)
            regions.append(_spans(text, cluster, start, last_end))
    for lead_end in _lead_in_ends(text, lower, words, rules):
        spans = _bullets_after(text, lead_end)
        if len(spans) > 1:
            regions.append(spans)
    paths = [
        AlternativePath(start, end, number, region)
        for region, spans in enumerate(regions)
        for number, (start, end) in enumerate(spans, 1)
    ]
    return sorted(paths)


#: A long line that ends with a colon between two separators: it leads in to another list of paths ("In addition to
#: meeting the basic requirement above, to qualify for this position you must also meet the requirements listed
#: below:")
_LEAD_IN_BETWEEN_PATHS = re.compile(r"\n[ \t]*[^\n]{40,}:[ \t]*(?=\n)")
#: A label alone on its line after a blank line, below a path's own text: it heads another list of paths ("...; OR\n
#: Completion of a coding certificate program.\n\nExperience:\nTwo (2) years ...; OR\nFour (4) years ...")
_LABEL_AFTER_A_BREAK = re.compile(r"\n[ \t]*\n[ \t]*([^\n:]{1,60}:)[ \t]*(?=\n)")


def _clusters(text: str, boundaries: list[re.Match[str]]) -> list[tuple[list[re.Match[str]], tuple[int, int] | None]]:
    """The separators split into lists of paths, each with the span of the lead-in line that ends it (None for the
    last)."""
    clusters: list[tuple[list[re.Match[str]], tuple[int, int] | None]] = []
    current = [boundaries[0]]
    for before, after in pairwise(boundaries):
        lead_in = _LEAD_IN_BETWEEN_PATHS.search(text, before.end(), after.start())
        span = None if lead_in is None else (lead_in.start() + 1, lead_in.end())
        if span is None:
            span = _a_label_below_a_path(text, before.end(), after.start())
        if span is not None:
            clusters.append((current, span))
            current = []
        current.append(after)
    clusters.append((current, None))
    return clusters


def _a_label_below_a_path(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a label line that heads another list of paths between ``start`` and ``end``; None if none.

    Not a label that opens the path itself, right after its separator ("OR\n\nEducation:\nSuccessful completion
    of ..."): some of the path's text must stand before it.
    """
    first = _NOT_SPACE.search(text, start, end)
    if first is None:
        return None
    label = _LABEL_AFTER_A_BREAK.search(text, first.start(), end)
    return None if label is None else (label.start(1), label.end())


def _spans(text: str, boundaries: list[re.Match[str]], start: int, end: int) -> list[tuple[int, int]]:
    """The paths between ``start`` and ``end`` that ``boundaries`` separate."""
    spans = []
    for boundary in boundaries:
        # a separator written to start at the line break before its line ends the path there
        spans.append((start, boundary.start() + (text[boundary.start()] == "\n")))
        start = boundary.end()
    spans.append((start, end))
    return spans


def _end_of_the_last_path(
    text: str, lower: str, words: Words, rules: RuleSet, boundaries: list[re.Match[str]], labels: list[int]
) -> int:
    """Where the last of a list of paths ends: a label line, a ``paths_end`` line, a section after a blank line, an
    item of the same list that no separator made a path, a certification line; else the text's end."""
    ends = [
        match.start()
        for compiled in rules.any_of("paths_end")
        if compiled.regex is not None and may_occur(compiled, text, words)
        for match in compiled.regex.finditer(text if compiled.rule.case_sensitive else lower, boundaries[-1].end())
    ]
    # a section of its own after a blank line ("\n\nCertification: Persons hired ...", "\n\nLICENSE: ...",
    # "\n\nPREFERRED QUALIFICATIONS") applies to every path, not the last one; searched from the end of the last
    # path's first line, which may be a label of its own ("OR\n\nEducation: An associate degree ...")
    first_line = _NOT_SPACE.search(text, boundaries[-1].end())
    if first_line is not None:
        line_end = text.find("\n", first_line.start())
        sections = _SECTION_AFTER_A_BLANK_LINE.search(text, line_end) if line_end >= 0 else None
        if sections is not None:
            ends.append(sections.end())
        # an item of the same list that no separator made a path: "(4) Experience/Education Combination. ...
        # \n(5) Certification. Candidates for Coder positions must hold ...", "- Certification. Persons hired ..."
        certification = _CERTIFICATION_LINE.search(text, line_end) if line_end >= 0 else None
        if certification is not None:
            ends.append(certification.start() + 1)
        outline_section = _OUTLINE_SECTION_LINE.search(text, line_end) if line_end >= 0 else None
        if outline_section is not None:
            ends.append(outline_section.start() + 1)
        for item in _LABELLED_ITEM.finditer(text, line_end) if line_end >= 0 else ():
            # not the first of a list the line before leads in (a window: no copy of the text before it)
            if text[max(0, item.start() - _LEAD_IN_LOOKBACK) : item.start()].rstrip()[-1:] != ":":
                ends.append(item.start() + 1)
                break
        # a later line that opens with a preference's label of its own: "- RHIA, RHIT or CCS credential.\nPreferred:
        # CCDS or CDIP." (what is preferred of every path, not the last path's; not a topic's label, "Experience:",
        # which a path may hold)
        # ... or a bullet, or a line that opens with a label, back out at a shallower depth than the paths' ("- One of
        # the following:\n  - RN ...; OR\n  - RHIA, RHIT or CCS credential ...\n- Associate degree ...": the degree is
        # asked of every path; "  b) RHIA, RHIT or CCS ...\nCDI credential: Must obtain CCDS or CDIP ...")
        limit = min((p for p in [*labels, *ends] if p > boundaries[-1].end()), default=len(text))
        path_depth = _depth(text, text.rfind("\n", 0, first_line.start()) + 1)
        for line in _LINE.finditer(text, line_end + 1, limit) if line_end >= 0 else ():
            label = _A_LINE_S_OWN_LABEL.match(line.group())
            if (label is not None and heading_role(label.group(1), rules) == "preferred") or (
                (label is not None or _BULLET.match(line.group())) and _depth(text, line.start()) < path_depth
            ):
                ends.append(line.start())
                break
        if _one_labelled_line_each(text, boundaries):
            # "SPECIALIZED EXPERIENCE: ...\nOR\nEDUCATION: ...\nOR\nCOMBINATION: ...\nRegistered Health Information
            # Administrator (RHIA) credential ... is desired.": the last path is one line, as the others are
            ends.append(line_end if line_end >= 0 else len(text))
    return min((p for p in [*labels, *ends] if p > boundaries[-1].end()), default=len(text))


#: A line that opens with a short label and goes on after its colon: "Preferred: CCDS or CDIP."
_A_LINE_S_OWN_LABEL = re.compile(r"[ \t]*(?:[-•*][ \t]*)?([A-Za-z][A-Za-z /&'’-]{1,30}):[ \t]*\S")
#: A path's line that opens with its label: "EDUCATION: Ph.D. or equivalent doctoral degree, ..."
_LABELLED_PATH_LINE = re.compile(r"[ \t]*[A-Z][A-Za-z/&'’ -]{2,40}:[ \t]+\S")


def _one_labelled_line_each(text: str, boundaries: list[re.Match[str]]) -> bool:
    """Whether every path after the first separator is one line that opens with its label (two separators at least:
    a path between them shows the shape)."""
    if len(boundaries) < 2:
        return False
    for before, after in pairwise(boundaries):
        path = text[before.end() : after.start()].strip()
        if "\n" in path or not _LABELLED_PATH_LINE.match(path):
            return False
    last = _NOT_SPACE.search(text, boundaries[-1].end())
    return last is not None and _LABELLED_PATH_LINE.match(text, last.start()) is not None


def _lead_in_ends(text: str, lower: str, words: Words, rules: RuleSet) -> list[int]:
    """Ends of the lines that introduce a list of alternatives: a ``lead_in`` cue, then a colon ending the line.

    The cue starts at most ``_LEAD_IN_REACH`` characters into the line and
    ends at most that far before the colon.
    """
    ends: dict[int, None] = {}
    for compiled in rules.any_of("lead_in"):
        if compiled.regex is None or not may_occur(compiled, text, words):
            continue
        for cue in compiled.regex.finditer(text if compiled.rule.case_sensitive else lower):
            line_start = text.rfind("\n", 0, cue.start()) + 1
            line_end = text.find("\n", cue.end())
            line_end = len(text) if line_end < 0 else line_end
            if line_end in ends or cue.start() - line_start > _LEAD_IN_REACH or "\n" in text[cue.start() : cue.end()]:
                continue
            colon = _LEAD_IN_END.search(text, cue.end(), line_end)
            if colon is not None and colon.start() - cue.end() <= _LEAD_IN_REACH:
                ends[line_end] = None
    return sorted(ends)


def may_occur(compiled: CompiledRule, text: str, lower: Words) -> bool:
    """Whether a rule's pattern can match in the posting at all: one of its required literals is in it.

    A substring test costs far less than a regular expression that has no
    literal start; most rules can be skipped for most postings this way.
    ``lower`` is the text in lower case, or what answers ``word in`` as it
    would (:attr:`PostingContext.literals`, which finds every word in one pass).
    """
    literals = compiled.literals
    if literals is None:
        return True
    haystack = text if compiled.rule.case_sensitive else lower
    return any(literal in haystack for literal in literals)


# ---------------------------------------------------------------- deadlines

_WITHIN = re.compile(
    r"\bwithin\s+(?:(?:the|your|their)\s+first\s+)?(?P<num>\d+(?:\.\d+)?|[a-z-]+)?\s*(?:\(\s*\d+\s*\)\s*)?"
    r"(?P<unit>months?|years?|yrs?|days?)\b",
    re.I,
)

_NOT_SPACE = re.compile(r"\S")

#: What may stand between a deadline's cue and the deadline when the deadline is of the credential named
#: before: "must obtain it within", "required to be certified within"; not "must complete orientation within"
_DEADLINE_GAP = re.compile(
    r"[\s,]*(?:(?:to|be|and|or|pass(?:ed)?|the|exam|obtain(?:ed)?|earn(?:ed)?|achieve[ds]?|attain(?:ed)?|"
    r"get|gain(?:ed)?|it|this|them|one|either|credential(?:ed)?|certifi(?:ed|cation)|registered|is|are)[\s,]+)*",
    re.I,
)

#: How far after a deadline ("within 12 months of hire") a cue may follow and still ask for it ("... is required")
_DEADLINE_CUE_REACH = 30

_STRENGTH_ORDER = {"required": 3, "preferred": 2, "not_required": 1}


def strength_rank(strength: Strength | None) -> int:
    return _STRENGTH_ORDER.get(strength or "", 0)


def within_months(text: str) -> float | None:
    """Months allowed to obtain something: "within 12 months of hire", "within one year"."""
    match = _WITHIN.search(text)
    return _months(match) if match else None


def _months(match: re.Match[str]) -> float | None:
    """The months a match of ``_WITHIN`` allows."""
    number = number_from_words(match.group("num") or "one")
    if number is None:
        return None
    unit = match.group("unit").lower()
    if unit.startswith("y"):
        return number * 12
    if unit.startswith("d"):
        return round(number / 30, 1)
    return number


# ---------------------------------------------------------------- per posting


#: A "sentence" longer than this (a wall of text with no full stop or line break) is cut into
#: pieces of about this size at spaces, so that the work done around each mention stays bounded.
MAX_SENTENCE = 1000


def _split_long_sentences(starts: list[int], text: str) -> list[int]:
    ends = [*starts[1:], len(text)]
    if all(end - start <= MAX_SENTENCE for start, end in zip(starts, ends, strict=True)):
        return starts
    result: list[int] = []
    for start, end in zip(starts, ends, strict=True):
        result.append(start)
        cut = start + MAX_SENTENCE
        while cut < end:
            space = text.find(" ", cut, min(end, cut + 100))
            cut = space + 1 if space >= 0 else cut
            if cut >= end:
                break
            result.append(cut)
            cut += MAX_SENTENCE
    return result


# The two characters that re.IGNORECASE takes for an ASCII letter but whose lower case is not that letter
_LIKE_ASCII_LETTERS = str.maketrans({"ı": "i", "ſ": "s"})


#: Markdown's bold markers: two asterisks (each run of them), or two underscores at a word's edge ("__RHIT__")
_BOLD_MARKERS = re.compile(r"\*\*+|(?<![_\w])__(?=\w)|(?<=\w)__(?![_\w])")


def _blanks(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def aligned_lower(text: str) -> str:
    """``text`` in lower case, character for character, folded as ``re.IGNORECASE`` folds ASCII letters.

    A lower-case pattern of ASCII letters finds in it what the same pattern
    with ``re.IGNORECASE`` finds in ``text``. A character whose lower case is
    several ("İ") keeps only the first; "ı" and "ſ" become "i" and "s".
    """
    if not text.isascii():
        lower = _lower_ascii_letters(text)
        if lower is not None:
            return lower
    lower = text.lower()
    if len(lower) != len(text):  # lower() only ever lengthens a character, so equal lengths mean aligned
        lower = "".join(character.lower()[0] for character in text)
    if not lower.isascii() and ("ı" in lower or "ſ" in lower):
        lower = lower.translate(_LIKE_ASCII_LETTERS)
    return lower


_ASCII_BYTES = bytes(range(128))


def _lower_ascii_letters(text: str) -> str | None:
    """``aligned_lower(text)`` for a text whose every character beyond ASCII is its own lower case; else None.

    Most postings hold a few such characters (’ • – é) among thousands of
    ASCII ones, and ``str.lower`` looks up the case of every character of a
    text that is not all ASCII: three times the cost of this way. In UTF-8
    a character beyond ASCII is bytes beyond ASCII only, so deleting the
    ASCII bytes leaves exactly those characters; when ``str.lower`` leaves
    them as they are (and none is "ı" or "ſ", which ``aligned_lower`` turns
    into ASCII letters), lowering the text's ASCII letters alone, as
    ``bytes.lower`` does, gives ``str.lower``'s result, and it is aligned.
    """
    data = text.encode("utf-8", "surrogatepass")
    beyond_ascii = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    if beyond_ascii.lower() != beyond_ascii or "ı" in beyond_ascii or "ſ" in beyond_ascii:
        return None
    return data.lower().decode("utf-8", "surrogatepass")


@dataclass(frozen=True)
class Decision:
    """How strongly a stretch of a posting is asked for, and which step of the precedence said so.

    ``strength`` is ``None`` when it is not asked for at all (a benefit, a
    course's content...). ``step`` is the precedence step that decided (see
    :data:`screener.core.rules.DEFAULT_PRECEDENCE`); ``rule`` the context rule
    that did, when one did; ``cue`` the span of the cue words. Made for every
    mention, so the words that explain it are put together only on demand
    (:meth:`PostingContext.explain`).
    """

    strength: Strength | None
    step: str
    rule: str | None = None
    cue: tuple[int, int] | None = None


class PostingContext:
    """Sentences, clauses and sections of one processed posting, read with a set of context rules."""

    def __init__(self, doc: Doc, rules: RuleSet | None = None, text: str | None = None) -> None:
        self.doc = doc
        self.rules = rules if rules is not None else RuleSet()
        if text is not None:
            self.text = text

    @cached_property
    def title(self) -> str:
        """The posting's title: as its reader gave it (the engine sets it), else the text's first line."""
        return self.text.lstrip().partition("\n")[0]

    #: The title the posting's reader gave (a JSON record's "title"), if any: the engine sets it
    given_title: str | None = None

    @cached_property
    def job_title(self) -> str:
        """The title, with the lines that may name the job where the title line names the employer or the site: the
        short line under the title line ("Careers at Glenmoray" over "Accounts Payable Assistant") and a form's "Job
        Title:" field ("MOURNSIDE HEALTH AND SOCIAL CARE TRUST" over "JOB TITLE: Estates Officer"), on one line
        parted by " / " (what a signal's pattern says of the title holds of them together). A title the reader gave
        apart from the text (a JSON record's) stands alone."""
        if self.given_title is not None and not self.text.lstrip().startswith(self.given_title.strip()):
            return self.title
        lines = [self.title]
        span = self.title_span
        if span is not None:
            under = self._line_under_the_title(span[1])
            if under:
                lines.append(under)
        field = self._title_field_near_the_top
        if field is not None:
            lines.append(field.group(1))
        return " / ".join(line.strip() for line in lines)

    @cached_property
    def _title_field(self) -> re.Match[str] | None:
        """A form's first "Job Title:" field ("Job Title: Inpatient Coder II<spaces>Job Code: 600412")."""
        if "itle" not in self.text and "ITLE" not in self.text:
            return None  # (most postings have none: a scan in C first)
        return _TITLE_FIELD.search(self.text)

    @cached_property
    def _title_field_near_the_top(self) -> re.Match[str] | None:
        """The form's "Job Title:" field where it names this posting's job: within ``_TITLE_FIELD_REACH`` of the
        start (further down, a form's field may be another job's)."""
        field = self._title_field
        return field if field is not None and field.start() < _TITLE_FIELD_REACH else None

    #: Names of the field signals found in a title its reader gave apart from the text (a JSON record's "title"): the
    #: engine sets them, as the text's own signals are found in the doc, which holds only the text
    title_field_signals: frozenset[str] = frozenset()

    @cached_property
    def text(self) -> str:
        """The posting text (``doc.text`` rebuilds it token by token: the text kept on the doc, where it was)."""
        return text_of(self.doc)

    @cached_property
    def lower(self) -> str:
        """The text in lower case, character for character: an offset into it is an offset into :attr:`text`.

        Made once per posting for every plugin. Searching it with a
        lower-case pattern, rather than the text with ``re.IGNORECASE``,
        lets a pattern that starts with a plain letter skip ahead in C.

        Markdown's bold markers are blanks in it ("**2+ years** of coding, **or** 3+ years", "__RHIT__ or
        __RHIA__"), so that what the rules read between words is the words: a run of two asterisks, and two
        underscores beside a word (not a form's blank "Signature: ______").
        """
        lower = aligned_lower(self.text)
        if "**" in lower or "__" in lower:
            lower = _BOLD_MARKERS.sub(_blanks, lower)
        return lower

    @cached_property
    def literals(self) -> TextLiterals:
        """Which words the lower-case text holds (``word in literals``): the answer of ``word in lower``, found for
        every word asked about in one pass over the text (:mod:`screener.core.literals`)."""
        return self.rules.literal_index.of(self.lower)

    def holds(self, word: str) -> bool:
        """Whether the posting's lower-case text holds ``word`` (written in lower case).

        The same answer as ``word in doc._.screener.lower``, but the words
        that rules and plugins ask about are all found in one pass over the
        text: ask this before searching for a pattern that needs the word.
        """
        return word in self.literals

    @cached_property
    def _sentence_starts(self) -> list[int]:
        doc = self.doc
        if not len(doc):
            return [0]
        columns = doc.to_array(["IDX", "SENT_START"])  # one pass over the tokens for both
        starts = columns[:, 0][columns[:, 1] == 1].tolist()
        starts = starts if starts and starts[0] == 0 else [0, *starts]
        return _split_long_sentences(starts, self.text)

    @cached_property
    def _mention_starts(self) -> list[int]:
        """Where the vocabulary's mentions start, in order."""
        return sorted(ent.start_char for ent in self.doc.ents)

    @cached_property
    def sections(self) -> list[Section]:
        return find_sections(self.text, self._mention_starts, self.rules)

    def sentence(self, char: int) -> tuple[int, int]:
        """Character bounds of the sentence holding ``char``."""
        starts = self._sentence_starts
        i = max(bisect_right(starts, char) - 1, 0)
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return starts[i], end

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The part of the sentence between semicolons that holds ``[start, end)``.

        A bullet glued into a line parts items as a semicolon does ("▪ At least 1 year of billing experience
        required ▪ Certified Professional Biller (CPB) or NHA CBCS preferred ▪ ...").
        """
        s_start, s_end = self.sentence(start)
        text = self.text
        if not self._has_glued_bullets:
            left = text.rfind(";", s_start, start)
            right = text.find(";", end, s_end)
            return (left + 1 if left >= 0 else s_start), (right if right >= 0 else s_end)
        left = max(text.rfind(mark, s_start, start) for mark in _CLAUSE_MARKS)
        rights = [i for i in (text.find(mark, end, s_end) for mark in _CLAUSE_MARKS) if i >= 0]
        return (left + 1 if left >= 0 else s_start), (min(rights) if rights else s_end)

    def segment(self, start: int, end: int) -> tuple[int, int]:
        """The comma-separated part of the clause around ``[start, end)``.

        "Must have RHIT, CCS preferred": each credential takes the cue of its own part. A bullet glued into
        a line parts it as a comma does ("•CPC required•Epic experience preferred").
        """
        c_start, c_end = self.clause(start, end)
        text = self.text
        marks = _SEGMENT_MARKS if self._has_glued_bullets else (",",)
        if "—" in text or "–" in text:
            marks = (*marks, *_SPACED_DASHES)  # "CPC or CCS required — CRC strongly preferred"
        left, length = max((text.rfind(mark, c_start, start), len(mark)) for mark in marks)
        if left >= 0 and self._opens_with_cue_words_alone(c_start, left):
            left = -1  # "Ideally, candidates must be ...": the cue word that opens the clause speaks of all of it
        rights = [i for i in (text.find(mark, end, c_end) for mark in marks) if i >= 0]
        return (left + length if left >= 0 else c_start), (min(rights) if rights else c_end)

    def _opens_with_cue_words_alone(self, c_start: int, comma: int) -> bool:
        """Whether ``text[c_start:comma]``, the clause's first part, holds cue words and nothing else ("Ideally,")."""
        s_start, s_end = self.sentence(c_start)
        inside = [(start, end) for start, end, *_ in self._sentence_cues(s_start, s_end) if c_start <= start < comma]
        return bool(inside) and self._only_cue_words(c_start, comma, inside)

    @cached_property
    def _has_glued_bullets(self) -> bool:
        return any(mark in self.text for mark in _SEGMENT_MARKS[1:])

    def section(self, char: int) -> Section | None:
        """The innermost section governing ``char`` (an inline label beats its heading)."""
        best = None
        for section in self.sections:
            if section.start > char:
                break
            if char < section.end and (best is None or section.start >= best.start):
                best = section
        return best

    def _window(self, scope: str, start: int, end: int) -> tuple[int, int]:
        """The segment, clause or sentence around ``[start, end)``."""
        if scope == "segment":
            return self.segment(start, end)
        if scope == "clause":
            return self.clause(start, end)
        return self.sentence(start)

    def dismissal(
        self, start: int, end: int, kind: str | None = None, run_end: int | None = None, run_start: int | None = None
    ) -> Decision | None:
        """The first dismissal rule (or section that asks nothing) that says ``text[start:end]`` is not asked.

        Only rules for requirements of ``kind`` apply (with ``kind=None``,
        only the rules for every kind). ``run_start`` and ``run_end`` are
        where the run of mentions this one belongs to starts and ends, for
        rules that look right before or after it: what is said right before
        a list is said of each item ("These practices utilise SystmOne and
        EMIS"). ``None`` when nothing says so.
        """
        for compiled in self.rules.dismissals:
            rule, pattern = compiled.rule, compiled.regex
            if (rule.kinds is not None or rule.exclude_kinds) if kind is None else not rule.applies_to(kind):
                continue
            if rule.scope == "later_path":
                path = self.path(start)
                if path is not None and path.number > 1:
                    return Decision(None, "dismissals", rule.name)
                continue
            assert pattern is not None  # every other scope has one (Dismissal._has_pattern)
            if not self.may_occur(compiled):
                continue
            as_written = rule.case_sensitive
            if rule.scope == "up_to":
                found = any(r_start <= start < r_end for r_start, r_end in self._stretches_up_to(compiled))
            elif rule.scope in ("before", "after"):
                if rule.scope == "after":
                    haystack = self.text if as_written else self.lower
                    found = pattern.match(haystack, end if run_end is None else run_end) is not None
                else:
                    found = self.ends_at(pattern, start, within_sentence=True, as_written=as_written) or (
                        run_start is not None
                        and run_start < start
                        and self.ends_at(pattern, run_start, within_sentence=True, as_written=as_written)
                    )
                # a rule right before or after the mention is undone by its "unless" anywhere in the mention's
                # clause: "Applicants who do not hold a CPC are not eligible" asks for the CPC
                unless = self.rules.unless(rule) if found else None
                if unless is not None and self._searched(unless, *self.clause(start, end)):
                    found = False
            else:
                window = self._window(rule.scope, start, end)
                found = self._searched(pattern, *window, as_written=as_written)
                unless = self.rules.unless(rule) if found else None
                # an "unless" is always lower case (its validator): searched in the lower-case text
                if unless is not None and self._searched(unless, *window):
                    found = False
                if found and self._set_apart(pattern, window, start, end, as_written=as_written):
                    found = False
            if found:
                return Decision(None, "dismissals", rule.name)
        if self.on_another_level(start):
            return Decision(None, "other_level")
        if any(opening.start <= start < opening.end for opening in self._other_openings):
            return Decision(None, "other_opening")
        if any(quoted_start <= start < quoted_end for quoted_start, quoted_end in self._earlier_messages):
            return Decision(None, "earlier_message")
        if any(old_start <= start < old_end for old_start, old_end in self._old_versions):
            return Decision(None, "old_version")
        if any(struck_start <= start < struck_end for struck_start, struck_end in self._struck_out):
            return Decision(None, "struck_out")
        section = self.section(start)
        if (
            section is not None
            and section.role in NOT_ASKED_ROLES
            and not (
                section.role == "benefits"
                and (self._line_ends_in_its_strength(start) or self._sentence_requires(start, end, run_end))
            )
        ):
            return Decision(None, "dismissals")
        return None

    def _stretches_up_to(self, compiled: CompiledRule) -> list[tuple[int, int]]:
        """The stretches an ``up_to`` dismissal covers: from the start of each line where its pattern matches to
        the start of the first later line where its ``up_to`` pattern does; none where no such line follows."""
        found = self._up_to_memo.get(compiled.rule.name)
        if found is not None:
            return found
        found = []
        patterns = self.rules.up_to(compiled.rule)
        if patterns is None:
            return found
        pattern, up_to = patterns
        haystack = self.text if compiled.rule.case_sensitive else self.lower
        position = 0
        while opening := pattern.search(haystack, position):
            line_start = haystack.rfind("\n", 0, opening.start()) + 1
            closing = up_to.search(haystack, haystack.find("\n", opening.end()) + 1 or len(haystack))
            if closing is None:
                break
            closing_line = haystack.rfind("\n", 0, closing.start()) + 1
            found.append((line_start, closing_line))
            position = max(closing.end(), opening.end() + 1)
        self._up_to_memo[compiled.rule.name] = found
        return found

    @cached_property
    def _up_to_memo(self) -> dict[str, list[tuple[int, int]]]:
        return {}

    def _sentence_requires(self, start: int, end: int, run_end: int | None) -> bool:
        """Whether the cue the mention's part, clause or sentence gives it (as :meth:`decide` finds it) requires it:
        under an offer's heading, "You will have a recognised degree ..., HCPC registration ... or ... meet the travel
        requirements of the post" is asked (postings run on from what they offer to what they ask without a heading
        between)."""
        for step in self.rules.precedence:
            if step in _CUE_STEPS:
                # the cue steps as :meth:`decide` takes them: "CCS, required within 6 months of hire (we reimburse the
                # exam fee)" is required by its clause's cue
                cue = self._cue_of_step(step, start, end, run_end)
                if cue is not None:
                    return cue[0] == "required"
        return False

    def _cue_of_step(self, step: str, start: int, end: int, run_end: int | None) -> tuple[Strength, int, int] | None:
        """The cue a cue step of the precedence finds for ``text[start:end]``: the nearest in its segment, clause or
        sentence (a cue in a later clause of the sentence only if that clause is cue words alone)."""
        if step == "cue:segment":
            window = self.segment(start, end)
        elif step == "cue:clause":
            window = self.clause(start, end)
        else:
            window = self.sentence(start)
        clause_end = self.clause(start, end)[1] if step == "cue:sentence" else None
        found = self._nearest_cue(window, start, end, clause_end, run_end)
        if found is None and step == "cue:sentence":
            found = self._answer_to_the_question(start)
        return found

    def _answer_to_the_question(self, at: int) -> tuple[Strength, int, int] | None:
        """The cue of a short answer right after the question ``at`` is in, on its line: "Certification (CPB, CBCS,
        etc.)? Optional.", "CPC? Nice to have." The answer is cue words alone; its strength is the question's."""
        text = self.text
        s_start, s_end = self.sentence(at)
        question_end = s_end  # (the blanks at the sentence's end stepped over, not its whole text copied)
        while question_end > s_start and text[question_end - 1].isspace():
            question_end -= 1
        if question_end == s_start or text[question_end - 1] != "?" or s_end >= len(text):
            return None
        a_start, a_end = self.sentence(s_end)
        answer_start = a_start
        while answer_start < a_end and text[answer_start].isspace():
            answer_start += 1
        if "\n" in text[question_end:answer_start]:
            return None
        cues = self._sentence_cues(a_start, a_end)
        if not cues or not self._only_cue_words(a_start, a_end, [(c[0], c[1]) for c in cues]):
            return None
        first = cues[0]
        return first[3], first[0], first[1]

    def _line_ends_in_its_strength(self, at: int) -> bool:
        """Whether the line of ``at`` ends in parentheses that hold only cue words: "Emis Web 1 year (Preferred)".

        Job boards print the candidate's qualifications as such lines, and a
        page that lost their heading leaves them under the one before it
        ("Benefits:"); the line says itself that it is asked.
        """
        line_start = self.text.rfind("\n", 0, at) + 1
        line_end = self.text.find("\n", at)
        line = self.text[line_start : line_end if line_end >= 0 else len(self.text)].rstrip()
        if not line.endswith(")"):
            return False
        closing = line_start + len(line) - 1
        opening = self.text.rfind("(", line_start, closing)
        if opening < at:
            return False
        inside = [(a, b) for a, b, *_ in self._sentence_cues(*self.sentence(opening)) if opening < a and b <= closing]
        return bool(inside) and self._only_cue_words(opening + 1, closing, inside)

    def ends_at(
        self, pattern: re.Pattern[str], at: int, *, within_sentence: bool = False, as_written: bool = False
    ) -> bool:
        """Whether a "before" pattern (compiled to end at its search window's end) matches right before ``at``.

        It is looked for in the :data:`~screener.core.rules.BEFORE_REACH`
        characters before ``at`` (not before the sentence, if asked), in the
        lower-case text or, ``as_written``, in the text as written.
        """
        start = max(0, at - BEFORE_REACH)
        if within_sentence:
            start = max(start, self.sentence(at)[0])
        return pattern.search(self.text if as_written else self.lower, start, at) is not None

    def may_occur(self, compiled: CompiledRule) -> bool:
        """:func:`may_occur` for this posting, remembered per rule."""
        found = self._occurs_memo.get(compiled.rule.name)
        if found is None:
            found = self._occurs_memo[compiled.rule.name] = may_occur(compiled, self.text, self.literals)
        return found

    @cached_property
    def _occurs_memo(self) -> dict[str, bool]:
        return {}

    def _set_apart(
        self, pattern: re.Pattern[str], window: tuple[int, int], start: int, end: int, *, as_written: bool = False
    ) -> bool:
        """Whether every match of a dismissal's ``pattern`` in ``window`` is set apart from the mention at
        ``[start, end)`` by a clause of its own: a ``contrast`` or ``clause`` connective between them.

        A dismissal is a cue that says "not asked", and like a cue it does not
        reach across a contrast: in "Full training will be provided, however a
        working knowledge of Microsoft Office is a must" the training offered
        is not the Office suite asked for.
        """
        contrast = self.rules.connective("contrast")
        for match in pattern.finditer(self.text if as_written else self.lower, *window):
            if self._in_an_aside_after(match.start(), match.end(), end) and self._asked_before_an_aside(start, end):
                # an aside on what is asked speaks of itself: "must obtain CHAA or CRCR within 12 months of hire (exam
                # fees paid by GLBH)"; not on what nothing asks: "Use of SystmOne (training is provided)"
                continue
            reach = None
            if match.end() <= start:
                gap = (match.end(), start)
            elif match.start() >= end:
                gap = (end, match.start())
                reach = window[1]  # a clause that opens before it may run on past it: "- AAPC exam fee ... will be"
            else:
                return False
            if not (
                (contrast is not None and contrast.search(self.lower, *gap)) or self._new_clause_between(*gap, reach)
            ):
                return False
        return True

    def _asked_before_an_aside(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is asked by its own words or heading, whatever an aside after it says: its
        sentence requires it ("must obtain CHAA or CRCR within 12 months of hire (exam fees paid by GLBH)"), or a
        preference's cue or heading speaks of it ("PREFERRED\n- RHIT or CEHRS credential - or willingness to obtain
        within 2 years (KBBH will pay exam fee)"), or a deadline between it and the aside asks it by a date ("CPMA
        within 12 months of hire (TriRiver pays for the exam)"). A requirements heading alone does not: "Use of
        SystmOne (training is provided)" under it is offered, not asked."""
        for step in self.rules.precedence:
            if step in _CUE_STEPS:
                cue = self._cue_of_step(step, start, end, None)
                if cue is not None:
                    return True
        opening = self.text.find("(", end, self.sentence(start)[1])
        if opening >= 0 and _WITHIN.search(self.text, end, opening) is not None:
            return True
        section = self.section(start)
        return section is not None and section.role == "preferred"

    def _in_an_aside_after(self, m_start: int, m_end: int, end: int) -> bool:
        """Whether ``text[m_start:m_end]`` is inside parentheses after the mention at ``[start, end)``: an aside on
        what is asked before it ("must obtain CHAA or CRCR within 12 months of hire (exam fees paid by GLBH)")."""
        text = self.text
        opening = text.rfind("(", end, m_start)
        if opening < 0 or text.rfind(")", opening, m_start) >= 0:
            return False
        closing = text.find(")", m_end)
        return closing >= 0 and text.find("(", m_end, closing) < 0

    def _searched(self, pattern: re.Pattern[str], start: int, end: int, *, as_written: bool = False) -> bool:
        """Whether ``pattern`` occurs in ``lower[start:end]`` (``as_written``: in ``text[start:end]``), remembered: many
        mentions share a clause."""
        key = (pattern, start, end, as_written)
        found = self._search_memo.get(key)
        if found is None:
            found = self._search_memo[key] = (
                pattern.search(self.text if as_written else self.lower, start, end) is not None
            )
        return found

    @cached_property
    def _search_memo(self) -> dict[tuple[re.Pattern[str], int, int, bool], bool]:
        return {}

    def _sentence_cues(self, s_start: int, s_end: int) -> list[tuple[int, int, int, Strength, str, int, int]]:
        """Every strength cue of a sentence as (start, end, tie order, strength, direction, aside), sorted by start.

        Found once per sentence, however many mentions it holds. ``aside``
        is the span of the parentheses the cue is in, or ``(-1, -1)``: a cue in
        an aside speaks of the aside ("(behavioral health preferred)"), unless
        the aside holds nothing but cue words ("CCS (preferred)"): then it
        speaks of what comes before it only.
        """
        cues = self._cue_memo.get(s_start)
        if cues is None:
            sentence = self.lower[s_start:s_end]
            found = [
                (s_start + match.start(), s_start + match.end(), order, strength, direction)
                for order, strength, direction, pattern in self.rules.cue_patterns
                for match in pattern.finditer(sentence)
                # (not a box's label on a form: "[X] Required  [ ] Preferred   CCS, COC or CPC", whose ticked box
                # says, as its section)
                if _A_BOX_RIGHT_BEFORE.search(sentence, max(0, match.start() - 12), match.start()) is None
            ]
            # an aside left open ends one past its sentence, where its ")" would be
            asides = (
                [(s_start + m.start(), s_start + m.end() + (m.group()[-1] != ")")) for m in _ASIDE.finditer(sentence)]
                if found
                else []
            )
            labels = [aside for aside in asides if self._holds_only_cues(aside, found)]
            asides = [aside for aside in asides if aside not in labels]
            # parentheses of cue words alone label what comes before them: in "a diploma (required) and an
            # associate degree (preferred)" the "(required)" says nothing of the degree after it
            found = [
                (*cue[:4], "backward") if any(a < cue[0] and cue[1] < b for a, b in labels) else cue for cue in found
            ]
            cues = sorted(
                (*cue, *next(((a, b) for a, b in asides if a < cue[0] and cue[1] < b), (-1, -1))) for cue in found
            )
            self._cue_memo[s_start] = cues
        return cues

    def _holds_only_cues(self, aside: tuple[int, int], cues: list[tuple[int, int, int, Strength, str]]) -> bool:
        """Whether parentheses hold cue words and nothing else: "CCS (preferred)" prefers the CCS."""
        inside = [(start, end) for start, end, *_ in cues if aside[0] < start and end < aside[1]]
        return bool(inside) and self._only_cue_words(aside[0] + 1, aside[1] - 1, inside)

    def _clause_holds_only(self, c_start: int, c_end: int) -> bool:
        """Whether the clause of the cue at ``[c_start, c_end)`` holds nothing beside cue words."""
        k_start, k_end = self.clause(c_start, c_end)
        inside = [
            (start, end)
            for start, end, *_ in self._sentence_cues(*self.sentence(c_start))
            if k_start <= start and end <= k_end
        ]
        return self._only_cue_words(k_start, k_end, inside)

    def _only_cue_words(self, start: int, end: int, cues: list[tuple[int, int]]) -> bool:
        """Whether ``text[start:end]`` is the ``cues`` in it and only punctuation and ``filler`` connectives besides.

        Parentheses that hold nothing else ("(strongly preferred)", "(preferred
        but not required)") qualify what comes before them, as the words would
        without them.
        """
        return _only_cues_in(self.lower, start, end, cues, self.rules)

    def _contrasted(self, end: int, cue_start: int) -> bool:
        """Whether a "but" (a ``contrast`` connective) between a mention ending at ``end`` and a cue after it opens
        a clause of its own.

        In "confident in Microsoft Office ..., but NHS experience is not
        essential" the cue speaks of its own clause. In "RHIT preferred but
        not required" the clause after "but" is nothing but cue words, and in
        "desirable but not essential, along with good IT skills" the "but"
        follows a cue: in both the cue speaks of the RHIT.
        """
        pattern = self.rules.connective("contrast")
        contrast = pattern.search(self.lower, end, cue_start) if pattern is not None else None
        if contrast is None:
            return False
        cues = [(start, c_end) for start, c_end, *_ in self._sentence_cues(*self.sentence(cue_start))]
        if any(self._only_cue_words(c_end, contrast.start(), []) for _, c_end in cues if c_end <= contrast.start()):
            return False  # "desirable but not essential ...": the "but" qualifies the cue before it
        k_end = self.clause(cue_start, cue_start)[1]
        inside = [(start, c_end) for start, c_end in cues if contrast.start() <= start and c_end <= k_end]
        return not self._only_cue_words(contrast.start(), k_end, inside)

    def _of_its_own_part(self, end: int, c_start: int, c_end: int) -> bool:
        """Whether a cue in a later comma-separated part than the mention (or its run of mentions) ending at ``end``
        speaks of that part only.

        In "2-3 years experience in collections, hospital collections
        preferred" and "Associate degree in HIM, RHIT preferred" the part of
        the cue has a subject of its own. A part of cue words alone (",
        preferred", ", strongly preferred") speaks of what comes before it,
        and so does one that goes on with the list before it: opening with a
        ``filler`` connective (", or a related field preferred"), or ending
        the list with an ``addition`` connective or a choice word (",
        customer care and NHS experience are desirable", ", ROI or a
        physician office preferred").
        """
        p_start, p_end = self.segment(c_start, c_end)
        opening = self.text.rfind("(", 0, p_start)
        if opening > self.text.rfind(")", 0, p_start) and ")" in self.text[p_start:c_start]:
            p_start = self.segment(opening, opening)[0]  # the comma is in an aside: "(MHA, MBA or MS) is preferred"
        if p_start < end:
            return False  # the cue's part holds the mention, or the end of the list it is in
        first_word = _FIRST_WORD.match(self.lower, p_start, p_end)
        contrast = self.rules.connective("contrast")
        if first_word is not None and contrast is not None and contrast.match(self.lower, first_word.start(1)):
            # "a minimum of six months experience ..., ideally gained within the last two years, but not essential":
            # the "but" part qualifies the part right before it
            return self.segment(p_start - 1, p_start - 1)[0] >= end
        # an aside that closes the part is none of its words: ", required within 6 months (we reimburse the fee)"
        words_end = p_end
        last = self.text[p_start:p_end].rstrip(" \t\r\n.;")
        if last.endswith(")"):
            opening = self.text.rfind("(", c_end, p_start + len(last))
            if opening >= 0 and ")" not in self.text[opening : p_start + len(last) - 1]:
                words_end = opening
        inside = [(a, b) for a, b, *_ in self._sentence_cues(*self.sentence(c_start)) if p_start <= a and b <= p_end]
        if self._only_cue_words(p_start, words_end, inside):
            # (past a "with" part too: "five (5) years, with at least two in an HIM or coding environment, preferred")
            return False
        if self._opens_a_part_of_its_own(end, p_start):
            return True
        if first_word is not None and self.rules.only_cue_company.fullmatch(first_word.group(1)):
            return False
        addition = self.rules.connective("addition")
        # the end of a list: "Knowledge of medical terminology, customer care and previous NHS experience are also
        # desirable", "1 year experience in medical records, ROI or a physician office preferred"; a choice only after
        # a part that is not whole: in "2+ years of pro-fee coding experience, orthopaedic or surgical specialty
        # strongly preferred" and "3+ yrs IP acute care coding, trauma/surgical a big plus" the choice is the cue's own
        return not (
            (addition is not None and addition.search(self.lower, p_start, c_start) is not None)
            or (self.choice_word_between(p_start, c_start) and not self._a_whole_part(end, p_start))
        )

    def _a_whole_part(self, end: int, p_start: int) -> bool:
        """Whether the comma part of a mention ending at ``end``, up to ``p_start``, is whole: it ends with a
        ``head`` connective ("2+ years of pro-fee coding experience"), not with words a later part may go on with
        ("1 year experience in medical records, ...", "Two years in a coding education, ...")."""
        head = self.rules.connective("head")
        if head is None:
            return False
        start = self.segment(end - 1, end)[0]
        words_end = len(self.lower[start:p_start].rstrip(" \t\r\n,;:-–—"))
        last_word = _LAST_WORD.search(self.lower, start, start + words_end)
        return last_word is not None and head.fullmatch(self.lower, last_word.start(), last_word.end()) is not None

    def _opens_a_part_of_its_own(self, end: int, p_start: int) -> bool:
        """Whether an ``absolute`` connective ("with") opens the comma part at ``p_start`` or one between it and a
        mention ending at ``end``: "..., with case, complaints or appeals experience an advantage"."""
        absolute = self.rules.connective("absolute")
        if absolute is None:
            return False
        part_start = p_start
        while part_start > end:
            first_word = _FIRST_WORD.match(self.lower, part_start, self.segment(part_start, part_start)[1])
            if first_word is not None and absolute.match(self.lower, first_word.start(1)):
                return True
            previous = self.segment(part_start - 1, part_start - 1)[0]
            if previous >= part_start:
                return False
            part_start = previous
        return False

    def _new_clause_between(self, start: int, end: int, reach: int | None = None) -> bool:
        """Whether a ``clause`` connective ("and candidates will") opens a clause of its own in ``lower[start:end]``;
        with ``reach``, one that opens there may run on up to it ("- AAPC exam fee (1st attempt) will be")."""
        pattern = self.rules.connective("clause")
        if pattern is None:
            return False
        found = pattern.search(self.lower, start, end if reach is None else reach)
        return found is not None and found.start() < end

    def _predicate_between(self, start: int, end: int) -> bool:
        """Whether ``lower[start:end]`` is all a ``predicate`` connective: what joins a mention to its own cue."""
        pattern = self.rules.connective("predicate")
        return pattern is not None and pattern.fullmatch(self.lower, start, end) is not None

    def choice_word_between(self, start: int, end: int, kind: str | None = None) -> bool:
        """Whether a ``gap`` any-of cue ("or", "/"; for ``kind``, when given) stands in ``lower[start:end]``."""
        return any(
            compiled.regex is not None
            and (kind is None or compiled.rule.applies_to(kind))
            and self.may_occur(compiled)
            and compiled.regex.search(self.lower, start, end) is not None
            for compiled in self.rules.any_of("gap")
        )

    @cached_property
    def _cue_memo(self) -> dict[int, list[tuple[int, int, int, Strength, str, int, int]]]:
        return {}

    def _nearest_cue(
        self,
        window: tuple[int, int],
        start: int,
        end: int,
        clause_end: int | None = None,
        run_end: int | None = None,
    ) -> tuple[Strength, int, int] | None:
        """The cue in ``text[window]`` nearest to ``[start, end)`` (a following cue wins a tie), with its span.

        With ``clause_end``, a cue in a later clause counts only when that
        clause holds nothing but cue words ("...; preferred."): in "three years
        of HIM experience; supervisory experience preferred" the cue speaks of
        its own clause.
        """
        s_start, s_end = self.sentence(start)
        best: tuple[int, int, int, int] | None = None
        found: tuple[Strength, int, int] | None = None
        cues = self._sentence_cues(s_start, s_end)
        # a mention in parentheses that hold a cue takes that cue: "... essential that you are a Registered Nurse (a
        # degree or 5 years experience is desirable)"
        inside = [cue for cue in cues if 0 <= cue[5] <= start and end <= cue[6]]
        for c_start, c_end, order, cue_strength, direction, a_start, a_end in inside or cues:
            if c_start < window[0] or c_end > window[1]:
                continue
            if a_start >= 0 and not (a_start <= start and end <= a_end):
                continue  # a cue in parentheses the mention is not in speaks of what is in them
            if clause_end is not None and c_start >= clause_end and not self._clause_holds_only(c_start, c_end):
                continue
            if c_start >= end:
                if (
                    direction == "forward"
                    or self._contrasted(end, c_start)
                    or self._of_its_own_part(max(end, run_end or end), c_start, c_end)
                    # (the cue too: a clause may open right before it, "... and has ideally gained")
                    or self._new_clause_between(end, c_end)
                ):
                    continue
                # the mention's own predicate ("... medical terminology knowledge is also advantageous") comes first
                key = (0 if self._predicate_between(end, c_start) else c_start - end, 0, order, c_start)
            elif c_end <= start:
                # (a clause that opens between them may have its verb after the mention: "..., and a bachelor's is")
                if direction == "backward" or self._new_clause_between(c_end, start, reach=s_end):
                    continue
                key = (start - c_end, 1, order, c_start)
            else:
                key = (0, 0, order, c_start)
            if best is None or key < best:
                best, found = key, (cue_strength, c_start, c_end)
        return found

    def decide(
        self, start: int, end: int, kind: str | None = None, run_end: int | None = None, run_start: int | None = None
    ) -> Decision:
        """How strongly ``text[start:end]`` is asked for, by the steps of the rules' precedence.

        ``kind`` is the kind of requirement (dismissal rules may be for some
        kinds only), ``run_start`` and ``run_end`` where the run of mentions it is part of starts and ends.
        """
        for step in self.rules.precedence:
            if step == "dismissals":
                decision = self.dismissal(start, end, kind, run_end, run_start)
                if decision is not None:
                    return decision
            elif step in _CUE_STEPS:
                cue = self._cue_of_step(step, start, end, run_end)
                if cue is not None:
                    return Decision(cue[0], step, cue=(cue[1], cue[2]))
            elif step == "hedged_section":
                section = self.section(start)
                if section is not None and section.role == "possible":
                    return Decision(None, step)
            elif step == "section":
                section = self.section(start)
                strength = ROLE_STRENGTH.get(section.role) if section is not None else None
                if strength is not None:
                    return Decision(strength, step)
            elif step == "default":
                return Decision("required", step)
        return Decision("required", "default")

    def strength(self, start: int, end: int, kind: str | None = None) -> Strength | None:
        """How strongly ``text[start:end]`` is asked for; ``None`` when it is not asked at all (see :meth:`decide`)."""
        return self.decide(start, end, kind).strength

    def explain(self, decision: Decision, start: int) -> str:
        """Why a mention at ``start`` was decided so, in words ("'preferred' nearby", "a benefit ...")."""
        if decision.rule is not None and decision.step == "dismissals":
            rule = self.rules.named(decision.rule)
            return rule.reason if rule is not None else decision.rule
        if decision.cue is not None:
            words = self.text[decision.cue[0] : decision.cue[1]]
            rule = self.rules.cue_rule_at(decision.strength, self.lower, *decision.cue) if decision.strength else None
            return f"{words!r} nearby" + (f" (rule {rule.name})" if rule else "")
        if decision.step in ("other_level", "other_opening", "earlier_message", "old_version", "struck_out"):
            return LAYOUT_REASONS[decision.step]
        section = self.section(start)
        heading = section.heading.strip() if section is not None else ""
        if decision.step == "dismissals":
            role = section.role if section is not None else "benefits"
            return f"{LAYOUT_REASONS[f'{role}_section']} ({heading!r})"
        if decision.step == "hedged_section":
            return f"{LAYOUT_REASONS['possible_section']} ({heading!r})"
        if decision.step == "section":
            return f"under the heading {heading!r}"
        return "listed with no cue: a posting lists what it asks for"

    @cached_property
    def ladder(self) -> list[LadderLevel]:
        """The levels of the career ladder the posting lists (see :mod:`screener.extraction.ladder`)."""
        span = self.title_span
        title = self.text[span[0] : span[1]] if span else ""
        levels = career_ladder(self.text, self.rules, title, self.lower)
        if (
            levels
            and not any(level.own for level in levels)
            and self._opening_s_level is not None
            and title_level(title, self.rules) is None
        ):
            # the title names no one level ("Cancer Registrar (I/II/Senior)"), and the posting says which it hires at
            levels = career_ladder(
                self.text, self.rules, self.text[self._opening_s_level[0] : self._opening_s_level[1]], self.lower
            )
        return levels

    @cached_property
    def _opening_s_level(self) -> tuple[int, int] | None:
        """The sentence (up to its line's end) that says which one level of a job the opening is for, by the
        ``opening_level`` connectives: "This opening is budgeted at the Cancer Registrar II level", "Job Level: Cancer
        Registrar II"; ``None`` when none names exactly one level."""
        pattern = self.rules.connective("opening_level")
        if pattern is None or not _A_LEVEL_NAME.search(self.text):
            return None
        for match in pattern.finditer(self.lower):
            start, end = self.sentence(match.start())
            line_end = self.text.find("\n", match.end())
            end = min(end, line_end) if line_end >= 0 else end
            if len(set(levels_named(self.text, start, end, self.rules, held=True, lower=self.lower))) == 1:
                return start, end
        return None

    @cached_property
    def paths(self) -> list[AlternativePath]:
        """The alternative qualification paths; a ladder's levels are ones too, the lowest first, unless the
        posting says which level it is for."""
        found = alternative_paths(self.text, self.rules, self.lower, self.literals)
        ladder = self.ladder
        if ladder and not self._own_level_named:
            region = 1 + max((path.region for path in found), default=-1)
            open_levels = [level for level in ladder if not level.closed]
            ranks = sorted({level.rank for level in open_levels})
            found = sorted(
                found + [AlternativePath(lv.start, lv.end, ranks.index(lv.rank) + 1, region) for lv in open_levels]
            )
        return found

    @cached_property
    def _earlier_messages(self) -> list[tuple[int, int]]:
        """The quoted lines of earlier messages in a saved e-mail chain (:mod:`screener.extraction.quoted`)."""
        return earlier_messages(self.text, self._mention_starts)

    @cached_property
    def _struck_out(self) -> list[tuple[int, int]]:
        """What the posting marks as taken out (:mod:`screener.extraction.corrections`)."""
        return struck_out(self)

    @cached_property
    def _old_versions(self) -> list[tuple[int, int]]:
        """The earlier versions of the posting kept below its current one (:mod:`screener.extraction.corrections`)."""
        return old_versions(self, self._mention_starts)

    @cached_property
    def _other_openings(self) -> list[Opening]:
        """The numbered openings besides the one the posting was saved for (:mod:`screener.extraction.openings`)."""
        return other_openings(self.text)

    @cached_property
    def _own_level_named(self) -> bool:
        return any(level.own for level in self.ladder)

    def on_another_level(self, char: int) -> bool:
        """Whether ``char`` is in the text of a ladder level other than the one the posting is for, or in a clause
        that speaks only of other levels of the job the title names a level of ("Inpatient Coder II": "a Coder I
        ... needs a CCA; a Coder II (this opening) works ...; a Coder III ... needs the CCS")."""
        if any(
            level.start <= char < level.end
            and (level.closed or (self._own_level_named and not (level.own or level.included)))
            for level in self.ladder
        ):
            return True
        if any(start <= char < end for start, end in self._other_level_columns):
            return True
        own = self._title_level
        if own is None:
            return False
        c_start, c_end = self.clause(char, char)
        # the levels named before the mention in its clause, when any: "Level 2 specialists (RHIT required, ...) ...
        # do quality review for Level 1 staff" asks the RHIT of Level 2 alone
        same_job = self._levels_of_the_title_s_job(own, c_start, char) or self._levels_of_the_title_s_job(
            own, c_start, c_end
        )
        s_start = self.sentence(char)[0]
        while not same_job and c_start > s_start and self.text[c_start - 1] == ";":
            # a clause that names no level goes on from the one before it in its sentence: "Level 3 coders also code
            # general surgery ...; they hold a CPC plus a specialty credential (CEMC, CGSC or CCC)"
            c_start, _ = self.clause(c_start - 1, c_start - 1)
            same_job = self._levels_of_the_title_s_job(own, c_start, c_end)
        return (
            bool(same_job)
            and all(level.rank != own.rank for level in same_job)
            # "An RHIT would be a plus and puts you on the path to Coder III sooner, but we don't make it a condition
            # at this level": the clause speaks of this one too
            and _THIS_LEVEL.search(self.lower, c_start, c_end) is None
        )

    def _levels_of_the_title_s_job(self, own: NamedLevel, start: int, end: int) -> list[NamedLevel]:
        """The levels ``[start, end)`` names of the job whose level the title names (``own``)."""
        named = levels_named(self.text, start, end, self.rules, lower=self.lower)
        return [level for level in named if level.job in (own.job, "") and (level.job or not own.job)]

    @cached_property
    def _other_level_columns(self) -> list[tuple[int, int]]:
        """A table's cells under other levels of the title's job ("Requirement | Coder I | Coder II | Coder III"), or
        under levels of a family named by words that the title does not hire at ("Level | Coding Associate | Coding
        Specialist | Senior Coding Specialist" under "Coding Specialist / Senior Coding Specialist")."""
        own = self._title_level
        if own is not None:
            return other_level_columns(self.text, self.rules, own)
        span = self.title_span
        if span is None or not may_hold_cells(self.text):
            return []
        return columns_of_levels_not_open(self.text, self.lower, self.text[span[0] : span[1]])

    @cached_property
    def _title_level(self) -> NamedLevel | None:
        """The level the title names: the title line's, else a form's "Job Title:" field's ("ALLEGHENY RIVERS
        UNIVERSITY HEALTH" over "Job Title: Inpatient Coder II<spaces>Job Code: 600412")."""
        span = self.title_span
        level = title_level(self.text[span[0] : span[1]], self.rules) if span is not None else None
        if level is None:
            field = self._title_field
            if field is not None:
                level = title_level(field.group(1), self.rules)
        if level is None and (self.ladder or may_hold_cells(self.text)) and self._opening_s_level is not None:
            # (looked for only where a ladder or a table may list the levels: most postings list none, and the search
            # costs)
            level = title_level(self.text[self._opening_s_level[0] : self._opening_s_level[1]], self.rules)
        if level is None and span is not None and not self.ladder:
            # the title hires at several levels ("Inpatient Coder - Level B or Level C") and no ladder lists them:
            # the lowest is the bar every candidate must meet, and what prose asks of the others only places one
            level = lowest_title_level(self.text[span[0] : span[1]], self.rules)
        if level is None and span is not None:
            # the title line is the site's ("Careers at North Star Physicians") and the job's title is the next line
            # ("Professional Fee Coder (Level 2 or Level 3)")
            line = self._line_under_the_title(span[1])
            if line:
                level = title_level(line, self.rules)
                if level is None and not self.ladder:
                    level = lowest_title_level(line, self.rules)
        return level

    def _line_under_the_title(self, title_end: int) -> str:
        """The first line with text under the title line, when it is short enough to be a title itself (no sentence):
        "" otherwise."""
        text = self.text
        start = title_end
        while start < len(text) and text[start] in "\r\n \t":
            start += 1
        end = text.find("\n", start)
        line = text[start : end if end >= 0 else len(text)].strip()
        if not line or len(line) > _LONGEST_TITLE_UNDER or line.endswith((".", ":", ";", ",")):
            return ""
        return line

    def path(self, char: int) -> AlternativePath | None:
        """The alternative qualification path that holds ``char``, if any.

        Paths may lie inside one another: a ladder's level ("Requirements - CDIS I") holding its own "One of the
        following: (a) ...; or (b) ...". A char inside a later path of either is off the main path, and that path is
        the one returned; else the innermost path that holds it.
        """
        holding = [path for path in self.paths if path.start <= char < path.end]
        if len(holding) < 2:
            return holding[0] if holding else None
        later = [path for path in holding if path.number > 1]
        return min(later or holding, key=lambda path: path.end - path.start)

    def cue_ends(self, start: int, end: int) -> list[int]:
        """Where each strength cue of the sentence at ``start`` ends, for the cues that end in ``[start, end)``."""
        return [cue_end for _, cue_end, *_ in self._sentence_cues(*self.sentence(start)) if start <= cue_end < end]

    def has_cue(self, text: str) -> bool:
        """Whether a strength cue occurs in ``text``."""
        lower = aligned_lower(text)
        return any(pattern.search(lower) for _, _, _, pattern in self.rules.cue_patterns)

    @cached_property
    def title_span(self) -> tuple[int, int] | None:
        """The posting's title line: a short first line that is not a sentence and asks for nothing."""
        match = _LINE.search(self.text)
        while match is not None and not match.group().strip():
            match = _LINE.search(self.text, match.end())
        if match is None:
            return None
        line = match.group().strip()
        if len(line.split()) > 12 or line[-1] in ".;:!?" or self.has_cue(line):
            return None
        if not self.text[match.end() :].strip():
            return None  # a one-line text is all content
        return match.start(), match.end()

    def in_title(self, char: int) -> bool:
        """Whether ``char`` is in the title line ("CDI Specialist"), or in a form's "Position Title:" field near the
        top ("Position Title: Certified Coding Specialist - Risk Adjustment"): it names the job, not a requirement."""
        span = self.title_span
        if span is not None and span[0] <= char < span[1]:
            return True
        field = self._title_field_near_the_top
        return field is not None and field.start(1) <= char < field.end(1)

    def opens_the_full_title(self, start: int, end: int) -> bool:
        """Whether the title, written out again in full, starts with ``[start, end)`` and goes on past it: "The
        Certified Coding Specialist - Risk Adjustment & Provider Education reviews ..." under "Position Title:
        Certified Coding Specialist - Risk Adjustment & Provider Education" names the post, where a title of no more
        words than a credential's name ("We are seeking a Certified Professional Medical Auditor") asks the holder."""
        span = self.title_span
        if start == len(self.text) - len(self.text.lstrip()) or (span is not None and span[0] <= start < span[1]):
            return False  # the title line itself, not the title written again ("CHIMA certified preferred.")
        field = self._title_field_near_the_top
        titles = (
            self.given_title,
            self.text[span[0] : span[1]] if span is not None else None,
            field.group(1) if field is not None else None,
        )
        for title in titles:
            if title:
                lower = title.strip().lower()
                if len(lower) > end - start + 3 and self.lower.startswith(lower, start):
                    return True
        return False

    def names_the_post(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` is inside the post's name, written out again in the text: "to join our Digital
        Services team as a Business Intelligence SQL Developer" names the post, as the title does.

        The name is the title before any " - ", "(" or "|" that adds a band
        or a place (see ``_post_names_lower`` for its other forms), and of two
        words or more: a one-word title ("Coder") says too little to be told
        apart from the work it names.
        """
        return any(self._written_around(name, start, end) for name in self._post_names_lower)

    def _written_around(self, name: str, start: int, end: int) -> bool:
        """Whether ``name`` is written, as whole words, around ``[start, end)``."""
        # an occurrence that holds [start, end) starts at most len(name) before its end and ends by start + len(name)
        at = self.lower.find(name, max(0, end - len(name)), start + len(name))
        while 0 <= at <= start:
            if end <= at + len(name) and self._whole_words(at, at + len(name)):
                return True
            at = self.lower.find(name, at + 1, start + len(name))
        return False

    @cached_property
    def _post_names_lower(self) -> tuple[str, ...]:
        """The ways the text may write the post's name out again, from the title given apart and the title line.

        A record's title and the text's own title line can differ ("Clinical
        Coding Audit Lead" given; "Clinical Coding Audit and Training Lead Band
        8a (Indicative)" in the text, written again as "Are you our new
        Clinical Coding Audit and Training Lead?"), so both count, each cut
        where a band, a place or a note begins, cut only past its brackets,
        and without the pay band.
        """
        span = self.title_span
        titles = [title for title in (self.given_title, self.text[span[0] : span[1]] if span else "") if title]
        names = []
        for title in titles:
            for cut in (_POST_NAME_END, _POST_NAME_END_PAST_BRACKETS):
                name = cut.split(title, maxsplit=1)[0].strip().lower()
                for form in (name, _POST_NAME_BAND.sub(" ", name).strip()):
                    if 2 <= len(form.split()) <= _POST_NAME_MOST_WORDS and form not in names:
                        names.append(form)
        return tuple(names)

    def _whole_words(self, start: int, end: int) -> bool:
        text = self.text
        return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())

    def within_months(self, start: int, end: int) -> float | None:
        s_start, s_end = self.sentence(start)
        return within_months(self.text[s_start:s_end])

    def deadline_asked(self, end: int) -> tuple[int, int, float] | None:
        """A deadline after ``end`` that a required cue asks for: (cue start, deadline start, months).

        "CCDS or CDIP preferred; must obtain within 18 months of hire", "RHIT
        preferred. Required within 12 months of hire.": what is preferred at
        hire is required by a stated date. The deadline is in the rest of the
        sentence, or the next sentence opens with the cue. The caller checks
        that nothing else is named before the cue, which would be what the
        deadline speaks of ("RHIT preferred and CPC required within 12 months").
        """
        s_start, s_end = self.sentence(end)
        asked = self._deadline_cue(s_start, s_end, end)
        following = _NOT_SPACE.search(self.text, s_end) if asked is None else None
        if following is not None:
            n_start, n_end = self.sentence(following.start())
            asked = self._deadline_cue(n_start, n_end, n_start)
            opening = _BULLET.sub("", self.text[n_start : asked[0]], count=1).strip() if asked is not None else ""
            if opening and not self._of_those_without_it(opening):
                asked = None  # the next sentence asks its deadline of something it names first
        return asked

    def _of_those_without_it(self, opening: str) -> bool:
        """Whether a sentence's words before its cue speak of candidates who lack what was named before (a
        ``without_it`` connective, in full): "Incumbents who do not hold one of these credentials must ..."."""
        pattern = self.rules.connective("without_it")
        return pattern is not None and pattern.fullmatch(opening.lower()) is not None

    def _deadline_cue(self, s_start: int, s_end: int, after: int) -> tuple[int, int, float] | None:
        deadline = _WITHIN.search(self.text, after, s_end)
        months = _months(deadline) if deadline is not None else None
        if deadline is None or months is None:
            return None
        reach = min(s_end, deadline.end() + _DEADLINE_CUE_REACH)
        for c_start, c_end, _order, strength, _direction, a_start, a_end in self._sentence_cues(s_start, s_end):
            in_its_aside = a_start < 0 or a_start <= deadline.start() < a_end
            if strength == "required" and after <= c_start and c_end <= reach and in_its_aside:
                gap = (c_end, deadline.start()) if c_end <= deadline.start() else (after, deadline.start())
                if _DEADLINE_GAP.fullmatch(self.text, *gap) is None:
                    return None  # "must complete orientation within 30 days" is of something else
                return c_start, deadline.start(), months
        return None

    def evidence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The clause around a mention, without surrounding spaces or bullet marks."""
        c_start, c_end = self.clause(start, end)
        c_start, c_end = min(c_start, start), max(c_end, end)
        chunk = self.text[c_start:c_end]
        bullet = _BULLET.match(chunk)
        lead = bullet.end() if bullet and c_start + bullet.end() <= start else len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        return min(c_start + lead, start), max(c_end - trail, end)
