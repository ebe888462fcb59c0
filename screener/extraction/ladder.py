"""Career ladders: one posting listing what each level of a job asks ("Coder I: ... / Coder II: ... / Coder III: ...").

Each level is written as a label at a line's start, the job's name then its
level, and a colon ("Tech Trainee:", "Coding Specialist II:", "Level 2:"), or
a dash in a heading line ("Cancer Registrar II - Qualifications"; a paragraph
of one line may run on after it), or at a heading line's end after a dash or
a colon ("Key Selection Criteria - Grade 2"), or as a table row's first cell
(parted by "|" or tabs); what follows, up to the next level or the end of the
paragraph, is what that level asks. The ``ladder_level`` any-of rules say
which labels name a level (see :class:`screener.core.rules.AnyOfCue`); two
levels or more of one job make a ladder. A level the posting says it does not
hire at ("(not included in this posting)") asks nothing and is no way in.

When the posting says which level it is for (its title names the level, as
"Coding Specialist II - Outpatient" does, or the label says so: "(this
posting)", or marks it open at its line's end, as career pages do: "Coder
II  <-- OPEN", "Coder II - NOW HIRING"), the other levels describe other
jobs, except a lower level whose requirements its own text takes in ("Tier 1
requirements, plus ..."). Otherwise the levels are alternative ways into the
job, the lowest first.

Prose describes other levels inside its paragraphs too ("a Coder I codes
short-stay encounters and needs a CCA; a Coder III ... needs the CCS", "A
CPC-A on its own is the Coder I path"): :func:`title_level` and
:func:`levels_named` find the level a title names and the levels a clause
names, so that a clause speaking only of another level of the title's job
asks nothing of this one. With no ladder, a title that names several levels
("Inpatient Coder - Level B or Level C") hires at the lowest of them
(:func:`lowest_title_level`). A ladder laid out in columns, levels named by
words in a header ("Level | Coding Associate | Coding Specialist"), asks what
the first column the title names asks (:func:`columns_of_levels_not_open`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from screener.core.rules import RuleSet
from screener.extraction.cells import cell_spans

#: A level's rank when its label names a senior level (the ``senior`` group): above every numbered level.
SENIOR_RANK = 100
#: The longest label, in characters, from its line's start to its colon.
_LONGEST_LABEL = 60
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
#: Levels lettered in order ("Level A", "Level B"): their ranks
_LETTERS = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_BLANK_LINES = re.compile(r"[ \t]*(?:\n[ \t]*)+")


class LadderLevel(NamedTuple):
    """The text one level of a career ladder governs: its label's line, up to the next level or paragraph."""

    start: int
    end: int
    rank: int  # 0 for a trainee level, else the level's number (``SENIOR_RANK`` for a senior one)
    own: bool  # the level the posting is for
    included: bool = False  # a level whose requirements the posting's own level takes in ("Tier 1 requirements, plus")
    closed: bool = False  # a level the posting says it does not hire at ("Cancer Registrar I (not included in this
    # posting)")


class _Label(NamedTuple):
    start: int  # the line's start
    colon: int
    job: str  # the job's name, in lower case, spaces made single
    level: str  # the level's words as written ("II", "Trainee")
    rank: int
    says_own: bool
    closed: bool = False


def career_ladder(text: str, rules: RuleSet, title: str, lower: str | None = None) -> list[LadderLevel]:
    """The levels of the career ladder the posting lists, in text order; empty when it lists none.

    ``title`` is the posting's title line ("" when it has none): a level it
    names is the posting's own.
    """
    patterns = [(c.regex, c.rule.case_sensitive) for c in rules.any_of("ladder_level") if c.regex is not None]
    if not patterns:
        return []
    lower = text.lower() if lower is None else lower
    labels = _labels(text, lower, patterns, " ".join(title.lower().split())) if ":" in text else []
    headings = _dash_headings(text, lower, patterns, title.strip())
    if headings:
        labelled = {label.start for label in labels}
        labels = sorted([*labels, *(heading for heading in headings if heading.start not in labelled)])
    may_hold_a_second_level = (
        any(word in text for word in _SECOND_LEVEL_WORDS) and _MAY_HOLD_A_SECOND_LEVEL.search(text) is not None
    )
    if may_hold_a_second_level:
        labelled = {label.start for label in labels}
        ending = _headings_ending_with_a_level(text, lower, patterns, title.strip())
        labels = sorted([*labels, *(heading for heading in ending if heading.start not in labelled)])
    if "|" in text:
        labels = sorted([*labels, *_cell_labels(text, lower, patterns)])
    if "\t" in text:
        labelled = {label.start for label in labels}
        rows = _cell_labels(text, lower, patterns, _FIRST_TAB_CELL)
        labels = sorted([*labels, *(row for row in rows if row.start not in labelled)])
    if may_hold_a_second_level:
        labels = sorted([*labels, *_paragraph_labels(text, lower, patterns)])
    by_job: dict[str, list[_Label]] = {}
    for label in labels:
        by_job.setdefault(label.job, []).append(label)
    ladders = [found for found in by_job.values() if len({label.rank for label in found}) > 1]
    if not ladders:
        return []
    ladder = max(ladders, key=len)  # one job's ladder; a second is rare enough to leave
    title_words = " ".join(title.lower().split())
    if not any(_holds_words(title_words, label.level) for label in ladder):
        # the posting's title under the employer's name ("COUNTY OF ... — HUMAN RESOURCES / Class Specification /
        # HEALTH INFORMATION TECHNICIAN II"), its level described again below with the others
        if _heads_the_posting(text, ladder):
            title_words = f"{ladder[0].job} {ladder[0].level.lower()}".strip()
            ladder = ladder[1:]
        else:
            title_words = _a_level_alone_near_the_top(lower, ladder) or title_words
    if len({label.rank for label in ladder if _holds_words(title_words, label.level)}) > 1:
        title_words = ""  # the title names several levels ("Coder I, II or III"): it hires into any of them
    levels = []
    for n, label in enumerate(ladder):
        next_start = ladder[n + 1].start if n + 1 < len(ladder) else len(text)
        named_in_title = re.search(
            rf"(?<!\w){re.escape(f'{label.job} {label.level.lower()}'.strip())}(?!\w)", title_words
        )
        own = not label.closed and (label.says_own or (bool(title_words) and named_in_title is not None))
        end = min(next_start, _block_end(text, label.colon))
        levels.append(LadderLevel(label.start, end, label.rank, own, closed=label.closed))
    if len({level.rank for level in levels if level.own}) != 1:
        levels = [level._replace(own=False) for level in levels]  # no level, or several, said to be the posting's
        return levels
    return _with_included_levels(lower, levels, ladder, rules)


#: How far before a level's name the words that take in its requirements (the ``takes_in_before`` connectives:
#: "Everything in Tier 1, plus: ...", "Meets all requirements of the Coder I position") may start
_TAKES_IN_REACH = 60


def _ending_where_searched(rules: RuleSet, role: str) -> re.Pattern[str] | None:
    """The connectives of ``role``, to be matched ending where the search ends (``pattern.search(text, start, end)``
    finds one that ends at ``end``: words right before a name)."""
    pattern = rules.connective(role)
    return None if pattern is None else _anchored_at_the_end(pattern.pattern)


@lru_cache(maxsize=32)
def _anchored_at_the_end(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{pattern})\Z")


def _matches_at(pattern: re.Pattern[str] | None, text: str, at: int) -> bool:
    return pattern is not None and pattern.match(text, at) is not None


def _ends_at(pattern: re.Pattern[str] | None, text: str, start: int, end: int) -> bool:
    return pattern is not None and pattern.search(text, max(0, start), end) is not None


def _with_included_levels(
    lower: str, levels: list[LadderLevel], labels: list[_Label], rules: RuleSet
) -> list[LadderLevel]:
    """The levels, with those below the posting's own whose requirements its text takes in marked ``included``:
    "Tier 2 - ROI Specialist / ... / Requirements: Tier 1 requirements, plus at least 1 year ..." asks Tier 1's too."""
    takes_in_before = _ending_where_searched(rules, "takes_in_before")
    takes_in_after = rules.connective("takes_in_after")
    if takes_in_before is None and takes_in_after is None:
        return levels
    own = next(level for level in levels if level.own)
    block = lower[own.start : own.end]
    included = set()
    for level, label in zip(levels, labels, strict=True):
        if level.own or level.rank >= own.rank:
            continue
        name = " ".join(lower[label.start : label.colon].split()).lstrip("-•*·▪ ")
        for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", block):
            if _ends_at(takes_in_before, block, 0, found.start()) or _matches_at(takes_in_after, block, found.end()):
                included.add(level.start)
                break
    return [level._replace(included=True) if level.start in included else level for level in levels]


#: How far into a posting a level alone on its line, described again below, is the posting's title
_TITLE_REACH = 600


def _heads_the_posting(text: str, ladder: list[_Label]) -> bool:
    """Whether the ladder's first label is the posting's title: near its top, and its level labelled again later;
    not a line of pay by level ("Coding Specialist I: $24.62 - $33.85/hr") over a table of what each level asks."""
    first = ladder[0]
    return (
        first.start < _TITLE_REACH
        and not _PAY_AFTER.match(text, first.colon + 1)
        and any(label.rank == first.rank for label in ladder[1:])
    )


#: After a level's label, its pay: "$24.62 - $33.85/hr", "£26,530"
_PAY_AFTER = re.compile(r"[ \t]*[$£€]")


def _a_level_alone_near_the_top(lower: str, ladder: list[_Label]) -> str | None:
    """A line before the ladder, near the posting's top, that names one of its levels and nothing else (a title in
    a paragraph of its own, which is no label of a level: nothing under it)."""
    names = {f"{label.job} {label.level.lower()}".strip() for label in ladder}
    for line in lower[: min(_TITLE_REACH, ladder[0].start)].splitlines():
        words = " ".join(line.split())
        if words in names:
            return words
    return None


class NamedLevel(NamedTuple):
    """A level of a job named in the text ("Coder II", "Level 2"): the job's last word, lower case ("" for "Level 2"
    alone), and the level's rank."""

    job: str
    rank: int


#: A level followed by more ("Level 1, 2 or 3", "Coder I/II", "Coder II-III", "Level B or C"): a title that names
#: several
_MORE_LEVELS = re.compile(
    r"\b(?:IV|V|I{1,3}|[1-5]|(?<=Level )[A-E])[ \t]*(?:,|/|-|–|&|\bor\b|\band\b|\bto\b)[ \t]*"
    r"(?:IV|V|I{1,3}|[1-5]|(?:Level[ \t]+)?[A-E])\b"
)
#: How far before a level's job name the words of a level held as experience (the ``held_before`` connectives: "two
#: years as a Coder I", "prior Coder II") may start
_HELD_REACH = 160


def title_level(title: str, rules: RuleSet) -> NamedLevel | None:
    """The one level of a job the title names ("Inpatient Coder II - Remote": coder, 2); ``None`` when it names no
    level or several ("Coder I/II", "Risk Adjustment Coder (Level 1, 2 or 3)")."""
    if _MORE_LEVELS.search(title):
        return None
    found = set(levels_named(title, 0, len(title), rules, held=True))
    return found.pop() if len(found) == 1 else None


def lowest_title_level(title: str, rules: RuleSet) -> NamedLevel | None:
    """The lowest of the levels of one job a title names ("Inpatient Coder - Level B or Level C": level B; "Coder
    I/II": Coder I, written first); ``None`` when it names one level or none, or levels of several jobs."""
    found = set(levels_named(title, 0, len(title), rules, held=True))
    if len({level.job for level in found}) != 1:
        return None
    if len(found) == 1:
        return found.pop() if _MORE_LEVELS.search(title) else None
    return min(found, key=lambda level: level.rank)


def levels_named(
    text: str, start: int, end: int, rules: RuleSet, held: bool = False, lower: str | None = None
) -> list[NamedLevel]:
    """The levels of jobs ``text[start:end]`` names ("a Coder I codes ...", "the Coder III path"), by the
    ``ladder_level`` rules; with ``held`` false, not a level named as experience ("two years as a Coder I").
    ``lower`` is the text in lower case, if the caller has it."""
    if not _A_LEVEL_WORD.search(text, start, end):
        return []
    lower = text.lower() if lower is None else lower
    level_of_care = rules.connective("level_of_care")
    if not held:
        held_before = _ending_where_searched(rules, "held_before")
        held_after = rules.connective("held_after")
        takes_in_before = _ending_where_searched(rules, "takes_in_before")
        takes_in_after = rules.connective("takes_in_after")
    found = []
    for rule in rules.any_of("ladder_level"):
        if rule.regex is None or "senior" in rule.regex.groupindex:
            continue  # (a senior level named before the job labels a ladder's level; in prose it names none)
        for match in rule.regex.finditer(text if rule.rule.case_sensitive else lower, start, end):
            level_end = match.end("entry") if match.group("entry") else match.end("numeral")
            if (
                level_end < 0
                or text[level_end : level_end + 1].isalnum()
                or _matches_at(level_of_care, lower, level_end)
            ):
                continue
            stem = match.start("stem")
            if not held and (
                _ends_at(held_before, lower, max(start, stem - _HELD_REACH), stem)
                or _matches_at(held_after, lower, level_end)
                # ... nor a level whose requirements this one takes in: "Meets all requirements of the Coder I
                # position, plus 2 years of coding"
                or _ends_at(takes_in_before, lower, max(start, stem - _TAKES_IN_REACH), stem)
                or _matches_at(takes_in_after, lower, level_end)
            ):
                continue
            label = _label(match, 0, 0)
            stem_words = label.job.split()
            found.append(NamedLevel(stem_words[-1] if stem_words else "", label.rank))
    return found


def _labels(text: str, lower: str, patterns: list[tuple[re.Pattern[str], bool]], title_words: str = "") -> list[_Label]:
    """Every line-start label a ``(pattern, case-sensitive)`` matches: found by its colon, so a posting is scanned
    once.

    A level numbered by a figure right after the job's name ("HIT 2:") is a label alone on its line, not a numbered
    duty whose text runs on ("EJF 2: Directs ..."); or with its text run on when the posting's title (``title_words``,
    in lower case) names its job ("Health Information Analyst 1, 2 or 3" over "Analyst 1: Bachelor's degree ...").
    """
    found = []
    colon = text.find(":")
    while colon >= 0:
        line_start = text.rfind("\n", 0, colon) + 1
        if colon - line_start <= _LONGEST_LABEL:
            for pattern, case_sensitive in patterns:
                match = pattern.fullmatch(text if case_sensitive else lower, line_start, colon)
                if match is not None:
                    label = _label(match, line_start, colon)
                    if (
                        not _a_figure_right_after_the_job(match)
                        or _alone_on_its_line(text, colon)
                        or _holds_words(title_words, label.job)
                    ):
                        found.append(label)
                    break
        colon = text.find(":", colon + 1)
    return found


#: The dashes that may stand between a level's name and the rest of its heading line, where a label has its colon
_HEADING_DASHES = ("-", "–", "—")
#: The longest heading line, in characters, whose start a dash makes a level's label
_LONGEST_HEADING = 120


def _heading_dashes(text: str) -> list[int]:
    """Where a dash with a space or tab on each side stands, in text order (found with ``str.find``: a regular
    expression with no literal start would try every position of the text)."""
    found = []
    for dash in _HEADING_DASHES:
        at = text.find(dash, 1)
        while at >= 0:
            if text[at - 1] in " \t" and text[at + 1 : at + 2] in (" ", "\t"):
                found.append(at)
            at = text.find(dash, at + 1)
    return sorted(found)


def _dash_headings(text: str, lower: str, patterns: list[tuple[re.Pattern[str], bool]], title: str) -> list[_Label]:
    """Levels headed by a line of their own with a dash in place of a label's colon: "Cancer Registrar II -
    Qualifications", "CODER I – $21.40 - $24.10/hour" (what the level asks is the text under it).

    Not a figure after the job's name ("Band 5 - Clinical Coder"): only a level's word or numeral. The posting's
    title line ("Coder I - Outpatient") is one only beside another level headed so ("Coder II - Emergency
    Department" in a list of other openings): a level it names with a paragraph of prose ("Coder I experience and
    the CCS are required") makes no ladder.
    """
    found: list[_Label] = []
    in_the_title: list[_Label] = []
    for dash in _heading_dashes(text):
        line_start = text.rfind("\n", 0, dash) + 1
        if dash - line_start > _LONGEST_LABEL:
            continue
        line_end = text.find("\n", dash)
        line_end = line_end if line_end >= 0 else len(text)
        if line_end - line_start > _LONGEST_HEADING and not _a_paragraph_of_its_own(text, line_start, line_end):
            continue
        label_end = dash
        while label_end > line_start and text[label_end - 1] in " \t":
            label_end -= 1
        for pattern, case_sensitive in patterns:
            match = pattern.fullmatch(text if case_sensitive else lower, line_start, label_end)
            if match is not None:
                if not _a_figure_right_after_the_job(match):
                    is_title = bool(title) and text[line_start:line_end].strip() == title
                    (in_the_title if is_title else found).append(_label(match, line_start, label_end))
                break
    return sorted(found + in_the_title) if found else []


def _a_paragraph_of_its_own(text: str, line_start: int, line_end: int) -> bool:
    """Whether a line stands between blank lines (or the text's ends): a level's whole text run on after its name
    and a dash ("Health Information Specialist II - Associate degree in health information technology. RHIT
    preferred. Two years of HIM experience. Handles subpoenas ...")."""
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    below = text.find("\n", line_end + 1)
    blank_above = line_start == 0 or not text[above : line_start - 1].strip()
    blank_below = line_end >= len(text) - 1 or not text[line_end + 1 : below if below >= 0 else len(text)].strip()
    return blank_above and blank_below


#: What parts a heading's words from the level that ends its line: "Key Selection Criteria - Grade 2"
_BEFORE_A_HEADING_S_LEVEL = (" - ", " – ", " — ", ": ")
#: The longest heading line, in characters, that a level ends
_LONGEST_LEVEL_HEADING = 80


def _headings_ending_with_a_level(
    text: str, lower: str, patterns: list[tuple[re.Pattern[str], bool]], title: str
) -> list[_Label]:
    """Levels named at the end of a heading line of their own, after a dash or a colon: "Key Selection Criteria -
    Grade 2", "Additional Key Selection Criteria - Grade 3", "Minimum qualifications: Coder II" (what the level asks
    is the text under it). Not the title line, nor a line that names several levels ("Clinical Coder - Grade 2 or
    Grade 3")."""
    found = []
    for level_at_the_end in _LEVEL_AT_A_LINE_END.finditer(text):
        line_start = text.rfind("\n", 0, level_at_the_end.start()) + 1
        line_end = level_at_the_end.end()
        if line_end - line_start > _LONGEST_LEVEL_HEADING:
            continue
        line = text[line_start:line_end]
        if (title and line.strip() == title) or _MORE_LEVELS.search(line):
            continue
        cut, separator = max((line.rfind(separator), separator) for separator in _BEFORE_A_HEADING_S_LEVEL)
        if cut <= 0:
            continue
        level_start = line_start + cut + len(separator)
        level_end = line_start + len(line.rstrip())
        for pattern, case_sensitive in patterns:
            match = pattern.fullmatch(text if case_sensitive else lower, level_start, level_end)
            if match is not None:
                found.append(_label(match, line_start, line_end))
                break
    return found


#: A table row's first cell, up to the "|" after it ("Coder II | Associate degree | CCS or CIC | 2 years"; a leading
#: "|" of Markdown's rows before it): group 1 is the cell's words
_FIRST_CELL = re.compile(rf"^[ \t]*\|?[ \t]*([^|\n]{{1,{_LONGEST_LABEL}}}?)[ \t]*\|", re.M)


#: A later cell of a level's row that says it is the posting's: "Coder II | Inpatient acute care (THIS POSTING) | ..."
_OWN_IN_A_ROW = re.compile(r"\((?i:this|current)[ \t]+(?i:posting|position|opening|requisition|role|job|vacancy)\)")


#: A row's first cell, up to the tab after it, in a table whose cells tabs part ("Coding Specialist II<TAB>All Level I
#: work, plus ...<TAB>CPC or CCS-P required"): group 1 is the cell's words
_FIRST_TAB_CELL = re.compile(rf"^ *([^\t\n|]{{1,{_LONGEST_LABEL}}}?) *\t", re.M)


def _cell_labels(
    text: str, lower: str, patterns: list[tuple[re.Pattern[str], bool]], first_cell: re.Pattern[str] = _FIRST_CELL
) -> list[_Label]:
    """Levels labelled by a table row's first cell: "Coder I | High school diploma | CCA or CPC-A | None required"
    is what Coder I asks, as "Coder I: ..." would be. The row's "|" (or tab, with ``_FIRST_TAB_CELL``) stands in for
    a label's colon."""
    found = []
    for row in first_cell.finditer(text):
        line_start = text.rfind("\n", 0, row.start(1)) + 1
        for pattern, case_sensitive in patterns:
            match = pattern.fullmatch(text if case_sensitive else lower, row.start(1), row.end(1))
            if match is not None:
                label = _label(match, row.start(1), row.end() - 1)
                line_end = text.find("\n", row.end())
                row_says_own = _OWN_IN_A_ROW.search(text, row.end(), line_end if line_end >= 0 else len(text))
                found.append(label._replace(start=line_start, says_own=label.says_own or row_says_own is not None))
                break
    return found


#: What a ladder written in prose holds beside its first level: a second numeral, a trainee, a numbered level (one
#: "\b" before the alternatives: the search is then several times faster than with a "\b" in each)
_MAY_HOLD_A_SECOND_LEVEL = re.compile(r"\b(?:II|Trainee|Apprentice|Level [2-5B-E]|Tier [2-5]|Grade [2-5])\b")
#: The words of ``_MAY_HOLD_A_SECOND_LEVEL``, each looked for first with ``in`` (a scan in C): most postings hold none
_SECOND_LEVEL_WORDS = ("II", "Trainee", "Apprentice", "Level ", "Tier ", "Grade ")
#: A paragraph's start: the text's, or a line's after a blank line
_PARAGRAPH_START = re.compile(r"(?:\A|\n[ \t]*\n)[ \t]*(?=\S)")
#: The end of a line that ends with a level ("Coder II", "Level 1", "Coder II (this position)", "Coder II <-- OPEN"):
#: where a level alone on its line may be, found in one search rather than by trying the ladder's pattern at every line
_LEVEL_AT_A_LINE_END = re.compile(
    r"(?:\b(?:IV|V|I{1,3}|Trainee|Apprentice)|\b(?:Level|Tier|Grade)[ \t]+[1-5]|\bLevel[ \t]+[A-E])"
    r"(?:[ \t]*\([^()\n]{0,40}\))?"
    r"(?:[-–—=<>←→|*[( \t:]+(?i:open|now[ \t]+hiring|hiring(?:[ \t]+now)?|currently[ \t]+open)[ \t]*[])*!]*)?[ \t]*$",
    re.M,
)
#: A level word near a paragraph's start, before the ladder's pattern is tried there
_A_LEVEL_WORD = re.compile(r"\b(?:IV|V|I{1,3}|Trainee|Apprentice|Level[ \t]+[1-5A-E]|(?:Tier|Grade)[ \t]+[1-5])\b")
#: How far into a paragraph its level may end ("Inpatient Coding Specialist III (this position)")
_LEVEL_REACH = 80
#: What follows a level named at a paragraph's start, in prose: a word in lower case ("Inpatient Coder I is a
#: developing role", "Inpatient Coder III validates ...")
_PROSE_AFTER_A_LEVEL = re.compile(r"[ \t]+[a-z]")
#: ... or nothing, the level a heading over its paragraph ("Coder II\nYou must hold ...")
_LINE_END = re.compile(r"[ \t]*\n[ \t]*\S")


def _holds_words(title_words: str, words: str) -> bool:
    """Whether the title (in lower case) holds ``words`` as words of their own: a level's ("II" in "coder i, ii or
    iii"), a job's name ("analyst" in "health information analyst 1, 2 or 3")."""
    return bool(words) and re.search(rf"(?<!\w){re.escape(words.lower())}(?!\w)", title_words) is not None


def _paragraph_labels(text: str, lower: str, patterns: list[tuple[re.Pattern[str], bool]]) -> list[_Label]:
    """Levels named without a colon: at a paragraph's start, in prose ("Inpatient Coder I is a developing role. Coder
    Is hold an RHIT ...\n\nInpatient Coder II (this position) must hold ..."), or alone on a line over what that level
    asks ("Coder II\nYou must hold ...", "MINIMUM QUALIFICATIONS\nLevel I\nA high school diploma ...")."""
    found: dict[int, _Label] = {}
    starts = [
        (m.end(), True)
        for m in _PARAGRAPH_START.finditer(text)
        if _A_LEVEL_WORD.search(text, m.end(), m.end() + _LEVEL_REACH) is not None
    ]
    for level_at_the_end in _LEVEL_AT_A_LINE_END.finditer(text):
        first = text.rfind("\n", 0, level_at_the_end.start()) + 1
        while first < level_at_the_end.start() and text[first] in " \t":
            first += 1
        if level_at_the_end.end() - first <= _LONGEST_LABEL:
            starts.append((first, False))
    for start, at_a_paragraph in starts:
        if start in found:
            continue
        for pattern, case_sensitive in patterns:
            match = pattern.match(text if case_sensitive else lower, start)
            if match is None:
                continue
            end = match.end()
            while end > start and text[end - 1] in " \t":
                end -= 1  # the pattern takes the blanks after the label too
            if not text[end - 1 : end].isalnum() and text[end - 1 : end] not in (")", "]", "*", "!"):
                break
            if _LINE_END.match(text, end):
                found[start] = _label(match, start, text.index("\n", end))  # a heading of its own
            elif at_a_paragraph and _PROSE_AFTER_A_LEVEL.match(text, end):
                found[start] = _label(match, start, end)
            break
    return list(found.values())


def _a_figure_right_after_the_job(match: re.Match[str]) -> bool:
    """Whether a label's level is a figure right after the job's name, as a class series numbers its levels ("HIT 2":
    the rule's ``figure`` group), not after a word for a level ("Level 2")."""
    return "figure" in match.re.groupindex and bool(match.group("figure"))


def _alone_on_its_line(text: str, colon: int) -> bool:
    """Whether nothing follows a label's colon on its line: a heading over the level's text ("HIT 2:"), not a
    numbered item whose text runs on ("EJF 2: Directs quantitative and qualitative analysis ...")."""
    line_end = text.find("\n", colon)
    return not text[colon + 1 : line_end if line_end >= 0 else len(text)].strip()


def _label(match: re.Match[str], line_start: int, colon: int) -> _Label:
    groups = match.groupdict()
    if groups.get("entry"):
        level, rank = groups["entry"], 0
    elif groups.get("numeral") or groups.get("figure"):
        level = groups.get("numeral") or groups["figure"]
        rank = int(level) if level.isdigit() else _ROMAN.get(level.lower()) or _LETTERS.get(level.lower(), SENIOR_RANK)
    else:
        level, rank = groups.get("senior") or "", SENIOR_RANK
    job = " ".join((groups.get("stem") or "").lower().split())
    return _Label(
        line_start, colon, job, level, rank, bool(groups.get("own") or groups.get("open")), bool(groups.get("closed"))
    )


def _block_end(text: str, colon: int) -> int:
    """Where a level's text ends: at the first blank line after some of it (a label alone on its line reaches on)."""
    content = colon + 1
    blank = _BLANK_LINES.match(text, content)
    if blank is not None and "\n" in blank.group():
        content = blank.end()  # "Coder I:" on its own line: its text is the lines under it
    end = _PARAGRAPH_END.search(text, content)
    return end.start() if end is not None else len(text)


def other_level_columns(text: str, rules: RuleSet, own: NamedLevel) -> list[tuple[int, int]]:
    """The cells, line by line, of a table's columns for other levels of the job the posting is for: a header
    "Requirement | Coder I | Coder II | Coder III" over rows of what each level asks, under the title "Coder II":
    what the Coder I and Coder III columns say asks nothing of this job. The table runs to its first blank line.
    """
    if not _A_LEVEL_WORD.search(text):
        return []
    found: list[tuple[int, int]] = []
    columns: list[tuple[int, int, bool]] = []  # each column's start and end in its line, and whether it is another
    # level's
    line_start = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n")
        if columns:
            if not content.strip():
                columns = []
            else:
                for start, end, other in columns:
                    if other and start < len(content):
                        found.append((line_start + start, line_start + min(end, len(content))))
        elif _A_LEVEL_WORD.search(content):
            columns = _level_columns(content, rules, own)
        line_start += len(line)
    return found


def _level_columns(line: str, rules: RuleSet, own: NamedLevel) -> list[tuple[int, int, bool]]:
    """The columns of a table's header whose cells name levels of ``own``'s job, one of them ``own``'s: ``(start,
    end, another level's)``; empty when the line is no such header."""
    cells = cell_spans(line)
    if len(cells) < 3:
        return []
    ranks: list[int | None] = []
    for start, end in cells:
        named = [level for level in levels_named(line, start, end, rules, held=True) if level.job == own.job]
        ranks.append(named[0].rank if len(named) == 1 else None)
    named_ranks = [rank for rank in ranks if rank is not None]
    if len(set(named_ranks)) < 2 or own.rank not in named_ranks:
        return []
    columns = []
    for n, ((start, _), rank) in enumerate(zip(cells, ranks, strict=True)):
        end = cells[n + 1][0] if n + 1 < len(cells) else 10**9
        # a pipe table's cell starts after its pipe: the column starts where the pipe before its heading is
        column_start = line.rfind("|", 0, start) + 1 if "|" in line[:start] else start
        columns.append((column_start, end, rank is not None and rank != own.rank))
    return columns


#: What parts a title's names of jobs: "Coding Specialist / Senior Coding Specialist - Professional Fee"
_TITLE_PARTS = re.compile(r"[ \t]*(?:/|,|&|\+|[ \t]-[ \t]|[–—|(){}\[\]]|\b(?:or|and)\b)[ \t]*", re.I)


def columns_of_levels_not_open(text: str, lower: str, title: str) -> list[tuple[int, int]]:
    """The cells, line by line, of a table's columns headed by levels of a job family the posting does not hire at:
    a ladder laid out in columns ("Level | Coding Associate | Coding Specialist | Senior Coding Specialist") under
    the title "Coding Specialist / Senior Coding Specialist". A column the title does not name describes a level not
    open; of the columns it names, those after the first describe a higher level it may place a candidate at, and the
    first is the bar every candidate must meet. The table runs to its first blank line.

    A header is a line of three cells or more (parted as :func:`screener.extraction.cells.cell_spans` parts them)
    of which one at least, of two words or more, the title names as words of its own, and another shares a word
    with it (a level of the same family, not a column of notes).
    """
    title_words = " ".join(title.lower().split())
    parts = {part for part in _TITLE_PARTS.split(title_words) if part.count(" ") >= 1}
    if not parts:
        return []
    found: list[tuple[int, int]] = []
    seen_lines: set[int] = set()
    for part in parts:
        at = lower.find(part)
        while at >= 0:
            line_start = lower.rfind("\n", 0, at) + 1
            if line_start not in seen_lines:
                seen_lines.add(line_start)
                found.extend(_cells_of_levels_not_open(text, lower, line_start, title_words))
            at = lower.find(part, at + 1)
    return found


def _cells_of_levels_not_open(text: str, lower: str, line_start: int, title_words: str) -> list[tuple[int, int]]:
    """The cells of the columns :func:`columns_of_levels_not_open` sets aside, under the header at ``line_start``."""
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    separator = "\t" if "\t" in text[line_start:line_end] else "|" if "|" in text[line_start:line_end] else None
    cells = _split_cells(text, line_start, line_end, separator)
    if len(cells) < 3:
        return []
    headers = [" ".join(lower[start:end].split()) for start, end in cells[1:]]
    named = [header.count(" ") >= 1 and _holds_words(title_words, header) for header in headers]
    if not any(named):
        return []
    named_words = {word for header, is_named in zip(headers, named, strict=True) if is_named for word in header.split()}
    first_named = named.index(True)
    other = [
        n > first_named if is_named else bool(named_words & set(header.split()))
        for n, (header, is_named) in enumerate(zip(headers, named, strict=True))
    ]
    if not any(other):
        return []
    found: list[tuple[int, int]] = []
    row_start = line_end + 1
    while row_start < len(text):
        row_end = text.find("\n", row_start)
        row_end = len(text) if row_end < 0 else row_end
        if not text[row_start:row_end].strip():
            break
        for start, end, column in _cells_in_columns(text, row_start, row_end, separator, cells, line_start):
            if column >= 1 and column - 1 < len(other) and other[column - 1]:
                found.append((start, end))
        row_start = row_end + 1
    return found


def _cells_in_columns(
    text: str, row_start: int, row_end: int, separator: str | None, header: list[tuple[int, int]], header_start: int
) -> list[tuple[int, int, int]]:
    """A row's cells with the number of the header's column each stands in: by their order where a tab or a pipe
    parts them, by where they start where spaces align them (a cell is in the column whose header starts at or
    before it)."""
    row = _split_cells(text, row_start, row_end, separator)
    if separator is not None:
        return [(start, end, n) for n, (start, end) in enumerate(row)]
    starts = [start - header_start for start, _ in header]
    placed = []
    for start, end in row:
        offset = start - row_start
        column = max((n for n, header_offset in enumerate(starts) if header_offset <= offset + 1), default=0)
        placed.append((start, end, column))
    return placed


def _split_cells(text: str, start: int, end: int, separator: str | None) -> list[tuple[int, int]]:
    """A line's cells as ``(start, end)``: parted by each ``separator`` (a tab or a pipe; blank cells kept, so that a
    row's cells stand under their headers), else as :func:`cell_spans` parts them. A pipe table's leading and
    trailing pipes open and close its row."""
    if separator is None:
        return cell_spans(text, start, end)
    spans = []
    position = start
    while True:
        at = text.find(separator, position, end)
        spans.append((position, end if at < 0 else at))
        if at < 0:
            break
        position = at + 1
    if separator == "|" and spans and not text[spans[0][0] : spans[0][1]].strip():
        spans = spans[1:]
    if separator == "|" and spans and not text[spans[-1][0] : spans[-1][1]].strip():
        spans = spans[:-1]
    return spans
