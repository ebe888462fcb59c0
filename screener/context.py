"""How strongly a posting asks for what it mentions, read from the words around it.

Rule-based and lazy: sentences and sections are only worked out for postings
that mention something. The rules are about English requirement language
(headings, "must", "preferred", "within 12 months of hire", benefits), never
about a particular credential: those live in the plugins.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Literal, NamedTuple

from spacy.tokens import Doc

from screener.models import Strength

Role = Literal["required", "preferred", "duties", "benefits", "possible", "other"]

# ---------------------------------------------------------------- section headings

# Lower-case patterns, searched in the lower-case heading (see ``aligned_lower``).
_ROLE_KEYWORDS: tuple[tuple[Role, re.Pattern[str]], ...] = (
    (
        "benefits",
        re.compile(
            r"\b(benefits?|perks|we offer|what we offer|what you(?:'ll| will) get|compensation|salary|pay range"
            r"|total rewards|why (?:join|work)|our offer)\b",
        ),
    ),
    (
        "preferred",
        re.compile(
            r"\b(preferred|desired|desirable|nice to have|bonus|pluses|a plus|additional qualifications"
            r"|ideal(?:ly)?)\b",
        ),
    ),
    (
        "duties",
        re.compile(
            r"\b(responsibilit(?:y|ies)|duties|essential (?:functions|job functions)|what you(?:'ll| will) do"
            r"|job (?:description|summary)|position summary|summary|overview|about the (?:role|job|position)|key tasks"
            r"|the role|day to day)\b",
        ),
    ),
    (
        "required",
        re.compile(
            r"\b(requirements?|required|qualifications?|minimum|basic|must haves?|mandatory|education|experience"
            r"|certifications?|licen[cs]ure|credentials?|eligibility|skills|knowledge|who you are"
            r"|what you(?:'ll| will) need"
            r"|what we(?:'re| are) looking for)\b",
        ),
    ),
    (
        "other",
        re.compile(
            r"\b(about (?:us|the company|our)|who we are|equal (?:opportunity|employment)|eeo|how to apply|location"
            r"|schedule|shift|contact)\b",
        ),
    ),
)
_LINE = re.compile(r"[^\n]+")
# A lead-in that only lists possibilities ("Required credentials may include:")
_HEDGE = re.compile(r"\bmay\s+include\b|\bsuch\s+as\b|\bfor\s+example\b|\bexamples?\b|\bvar(?:y|ies|ying)\b")
_BULLET = re.compile(r"^\s*(?:[•\-*·▪◦‣–—>]|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)])\s+")
_SMALL_WORDS = frozenset({"and", "or", "of", "to", "the", "for", "in", "a", "an", "&", "with", "on", "at", "/"})


@dataclass(frozen=True)
class Section:
    """A heading and the stretch of text it governs."""

    start: int
    end: int
    heading: str
    role: Role


def heading_role(heading: str) -> Role | None:
    heading = aligned_lower(heading)
    for role, pattern in _ROLE_KEYWORDS:
        if pattern.search(heading):
            return role
    return None


def _title_like(line: str) -> bool:
    words = [w for w in re.split(r"\s+", line) if w]
    if not words or not words[0][0].isupper():
        return False
    capitalised = sum(1 for w in words if w[0].isupper() or w.lower() in _SMALL_WORDS or not w[0].isalpha())
    return capitalised == len(words)


def find_sections(text: str, mention_starts: list[int]) -> list[Section]:
    """Headings in ``text``; each governs the lines after it up to the next heading.

    A line is a heading when it is short and either ends with a colon, or is
    in capitals or title case and names a known kind of section. An inline
    label ("Education: associate degree") governs its own line only. Lines
    that mention a credential or skill are content, not headings.
    """
    found: list[tuple[int, int, str, Role, bool]] = []  # start, end, heading, role, inline
    for match in _LINE.finditer(text):
        line = match.group().strip()
        if not line or (len(line) > 90 and line[-1] != ":"):
            continue  # too long for a heading, and no lead-in
        if _BULLET.match(match.group()):
            continue
        start, end = match.start(), match.end()
        if line.endswith(":") and len(line.split()) > 8:
            # a lead-in sentence ("Candidates must have either:"): governs the list under it
            role = "possible" if _HEDGE.search(aligned_lower(line)) else heading_role(_last_sentence(line))
            if role is not None:
                found.append((start, _list_end(text, end), line, role, True))
            continue
        if len(line) > 90:
            continue
        i = bisect_right(mention_starts, start)
        if i < len(mention_starts) and mention_starts[i] < end:
            label, sep, rest = line.partition(":")
            if sep and rest.strip() and len(label.split()) <= 4 and (role := heading_role(label)):
                found.append((start, end, label, role, True))
            continue
        label, sep, rest = line.partition(":")
        words = len(label.split())
        if sep and not rest.strip() and words <= 8:
            found.append((start, end, label, heading_role(label) or "other", False))
        elif sep and rest.strip() and words <= 4 and (role := heading_role(label)):
            found.append((start, end, label, role, True))
        elif not sep and words <= 6 and line[-1] not in ".,;!?" and (line.isupper() or _title_like(line)):
            role = heading_role(line)
            if role is not None:
                found.append((start, end, line, role, False))
    found.sort(key=lambda f: f[0])
    sections: list[Section] = []
    for n, (start, end, heading, role, inline) in enumerate(found):
        if inline:
            sections.append(Section(start, end, heading, role))
            continue
        following = next((f[0] for f in found[n + 1 :] if not f[4]), len(text))
        sections.append(Section(start, following, heading, role))
    return sections


def _last_sentence(line: str) -> str:
    return re.split(r"(?<=[.!?])\s+", line.strip())[-1]


def _list_end(text: str, after: int) -> int:
    """Where the bullet list that starts after ``after`` ends (blank lines between items allowed)."""
    end = after
    for match in _LINE.finditer(text, after):
        if not match.group().strip():
            continue
        if not _BULLET.match(match.group()):
            break
        end = match.end()
    return end


# ---------------------------------------------------------------- alternative paths

# A line that is just "OR", or ends with one, separates alternative qualification paths (federal postings).
_OR_LINE = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?OR[ \t,.:]*$|[ \t]OR[,.:]?[ \t]*$", re.M)
_LABEL_LINE = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?[^\n:]{1,60}:[ \t]*$", re.M)
# A lead-in line that introduces a list of alternatives ("Candidates must have either:",
# "One of the following certifications is required:")
_EITHER_LEAD = re.compile(
    r"^[^\n]{0,200}?\b(?:either|(?:any\s+)?one\s+(?:\(\d\)\s+)?of\s+(?:the\s+following|these)|any\s+of\s+the\s+following)\b"
    r"[^\n]{0,200}:[ \t]*$",
    re.I | re.M,
)


class AlternativePath(NamedTuple):
    """One of several alternative qualification paths a posting lists."""

    start: int
    end: int
    number: int  # 1 = the first path listed in its region
    region: int  # paths of the same region are alternatives to one another


def alternative_paths(text: str, lower: str | None = None) -> list[AlternativePath]:
    """The alternative qualification paths a posting lists, in order.

    Two layouts are recognised: paths separated by a line that is (or ends
    with) "OR", as federal postings write them; and a bullet list introduced
    by a line such as "either:" or "One of the following certifications is
    required:", each bullet a path. Empty when the posting lists no
    alternatives.
    """
    regions: list[list[tuple[int, int]]] = []
    boundaries = list(_OR_LINE.finditer(text)) if "OR" in text else []
    if boundaries:
        labels = [m.start() for m in _LABEL_LINE.finditer(text)]
        start = max((p for p in labels if p < boundaries[0].start()), default=0)
        end = min((p for p in labels if p > boundaries[-1].end()), default=len(text))
        spans = []
        for boundary in boundaries:
            spans.append((start, boundary.start()))
            start = boundary.end()
        spans.append((start, end))
        regions.append(spans)
    lower = text.lower() if lower is None else lower  # PostingContext passes the one it already made
    leads = (
        _EITHER_LEAD.finditer(text) if ("either" in lower or "of the following" in lower or "of these" in lower) else ()
    )
    for lead in leads:
        spans = []
        for match in _LINE.finditer(text, lead.end()):
            if not match.group().strip():
                continue
            if not _BULLET.match(match.group()):
                break
            spans.append((match.start(), match.end()))
        if len(spans) > 1:
            regions.append(spans)
    paths = [
        AlternativePath(start, end, number, region)
        for region, spans in enumerate(regions)
        for number, (start, end) in enumerate(spans, 1)
    ]
    return sorted(paths)


# ---------------------------------------------------------------- inline cues

# Strength cues, benefits and coursework: lower-case patterns, searched in the lower-case text
# (``PostingContext.lower``), which is about twice as fast as searching the text with re.IGNORECASE.
_CUES: tuple[tuple[Strength, re.Pattern[str]], ...] = (
    (
        "not_required",
        re.compile(
            r"\bnot\s+(?:be\s+)?(?:required|necessary|needed|mandatory|essential|a\s+requirement)\b"
            r"|\bno\s+(?:\w+\s+){0,2}(?:required|necessary|needed)\b|\bunnecessary\b|\bnot\s+need\b",
        ),
    ),
    (
        "preferred",
        re.compile(
            r"\bprefer(?:red|ably|ence)?\b|\bdesir(?:ed|able)\b|\ba\s+plus\b|\bplus\b(?=\s*[.!,;)]|\s*$)"
            r"|\bideal(?:ly)?\b|\bnice\s+to\s+have\b|\bbonus\b|\badvantage(?:ous)?\b|\bhelpful\b|\bbeneficial\b"
            r"|\bencouraged\b|\bstrongly\s+considered\b",
        ),
    ),
    (
        "required",
        re.compile(
            r"\brequire(?:d|s|ment|ments)?\b|\bmust\b|\bmandatory\b|\bminimum\b(?!\s+of\b)|\bessential\b|\bnecessary\b"
            r"|\bneeded\b|\bneed\s+to\b|\bhave\s+to\b|\bshall\b|\bobligatory\b",
        ),
    ),
)

_BENEFIT = re.compile(
    r"\b(?:we|employer|company|organi[sz]ation|hospital)\s+(?:will\s+)?(?:pay|pays|cover|covers|reimburse|reimburses"
    r"|sponsor|sponsors|fund|funds)\b|\btuition\b|\bexam\s+(?:fees?|costs?|vouchers?)\b"
    # reimbursement of the candidate's costs, not "reimbursement methodologies" (a coder's subject)
    r"|\breimburs\w*\s+(?:for|of)\s+(?:the\s+|your\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:exams?|certifications?|credentials?|fees?|costs?|ceus?)\b"
    r"|\b(?:exam|certification|credential|ceu|education|training)\s+(?:fee\s+|cost\s+)?reimbursement\b"
    r"|\b(?:training|course|programme|program)\s+(?:will\s+be|is)\s+provided\b|\bwe\s+(?:will\s+)?train\b"
    r"|\bpaid\s+(?:for|exam|certification|training)\b|\b(?:support|help)s?\s+(?:you\s+)?(?:to\s+)?"
    r"(?:obtain|earn|achieve|pursue|get)\b|\bat\s+no\s+cost\b|\bfree\s+(?:exam|training|membership)\b",
)

_COURSEWORK = re.compile(
    r"\bcourses?\s+(?:in|on|covering)\b|\bcoursework\b|\bcurricul(?:um|a)\b|\bsemester\s+hours\b"
    r"|\b(?:included|including|includes)\s+courses\b",
)

_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "eighteen": 18,
    "twenty-four": 24,
}
_WITHIN = re.compile(
    r"\bwithin\s+(?:the\s+first\s+)?(?P<num>\d+(?:\.\d+)?|[a-z-]+)?\s*(?:\(\s*\d+\s*\)\s*)?"
    r"(?P<unit>months?|years?|yrs?|days?)\b",
    re.I,
)

_STRENGTH_ORDER = {"required": 3, "preferred": 2, "not_required": 1}


def strength_rank(strength: Strength | None) -> int:
    return _STRENGTH_ORDER.get(strength or "", 0)


def number_from_words(word: str) -> float | None:
    word = word.strip().lower()
    try:
        return float(word)
    except ValueError:
        return _NUMBER_WORDS.get(word)


def within_months(text: str) -> float | None:
    """Months allowed to obtain something: "within 12 months of hire", "within one year"."""
    match = _WITHIN.search(text)
    if not match:
        return None
    number = number_from_words(match.group("num") or "one")
    if number is None:
        return None
    unit = match.group("unit").lower()
    if unit.startswith("y"):
        return number * 12
    if unit.startswith("d"):
        return round(number / 30, 1)
    return number


def nearest_cue(text: str, start: int, end: int) -> Strength | None:
    """The strength cue in ``text`` closest to ``text[start:end]``; a following cue wins a tie."""
    best: tuple[int, int, Strength] | None = None
    lower = aligned_lower(text)
    for strength, pattern in _CUES:
        for match in pattern.finditer(lower):
            if match.start() >= end:
                distance, after = match.start() - end, 0
            elif match.end() <= start:
                distance, after = start - match.end(), 1
            else:
                distance, after = 0, 0
            candidate = (distance, after, strength)
            if best is None or candidate[:2] < best[:2]:
                best = candidate
    return best[2] if best else None


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


def aligned_lower(text: str) -> str:
    """``text`` in lower case, character for character, folded as ``re.IGNORECASE`` folds ASCII letters.

    A lower-case pattern of ASCII letters finds in it what the same pattern
    with ``re.IGNORECASE`` finds in ``text``. A character whose lower case is
    several ("İ") keeps only the first; "ı" and "ſ" become "i" and "s".
    """
    lower = text.lower()
    if len(lower) != len(text):  # lower() only ever lengthens a character, so equal lengths mean aligned
        lower = "".join(character.lower()[0] for character in text)
    if not lower.isascii() and ("ı" in lower or "ſ" in lower):
        lower = lower.translate(_LIKE_ASCII_LETTERS)
    return lower


class PostingContext:
    """Sentences, clauses and sections of one processed posting."""

    def __init__(self, doc: Doc, text: str | None = None) -> None:
        self.doc = doc
        if text is not None:
            self.text = text

    @cached_property
    def text(self) -> str:
        """The posting text (``doc.text`` rebuilds it token by token, so it is read once, when needed)."""
        return self.doc.text

    @cached_property
    def lower(self) -> str:
        """The text in lower case, character for character: an offset into it is an offset into :attr:`text`.

        Made once per posting for every plugin. Searching it with a
        lower-case pattern, rather than the text with ``re.IGNORECASE``,
        lets a pattern that starts with a plain letter skip ahead in C.
        """
        return aligned_lower(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        doc = self.doc
        if not len(doc):
            return [0]
        starts = doc.to_array("IDX")[doc.to_array("SENT_START") == 1].tolist()
        starts = starts if starts and starts[0] == 0 else [0, *starts]
        return _split_long_sentences(starts, self.text)

    @cached_property
    def sections(self) -> list[Section]:
        return find_sections(self.text, sorted(ent.start_char for ent in self.doc.ents))

    def sentence(self, char: int) -> tuple[int, int]:
        """Character bounds of the sentence holding ``char``."""
        starts = self._sentence_starts
        i = max(bisect_right(starts, char) - 1, 0)
        end = starts[i + 1] if i + 1 < len(starts) else len(self.text)
        return starts[i], end

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The part of the sentence between semicolons that holds ``[start, end)``."""
        s_start, s_end = self.sentence(start)
        left = self.text.rfind(";", s_start, start)
        right = self.text.find(";", end, s_end)
        return (left + 1 if left >= 0 else s_start), (right if right >= 0 else s_end)

    def segment(self, start: int, end: int) -> tuple[int, int]:
        """The comma-separated part of the clause around ``[start, end)``.

        "Must have RHIT, CCS preferred": each credential takes the cue of its own part.
        """
        c_start, c_end = self.clause(start, end)
        left = self.text.rfind(",", c_start, start)
        right = self.text.find(",", end, c_end)
        return (left + 1 if left >= 0 else c_start), (right if right >= 0 else c_end)

    def section(self, char: int) -> Section | None:
        """The innermost section governing ``char`` (an inline label beats its heading)."""
        best = None
        for section in self.sections:
            if section.start > char:
                break
            if char < section.end and (best is None or section.start >= best.start):
                best = section
        return best

    def is_benefit(self, start: int, end: int) -> bool:
        c_start, c_end = self.clause(start, end)
        if self._searched(_BENEFIT, c_start, c_end):
            return True
        section = self.section(start)
        return section is not None and section.role == "benefits"

    def _searched(self, pattern: re.Pattern[str], start: int, end: int) -> bool:
        """Whether ``pattern`` (lower case) occurs in ``lower[start:end]``, remembered: many mentions share a clause."""
        key = (pattern, start, end)
        found = self._search_memo.get(key)
        if found is None:
            found = self._search_memo[key] = pattern.search(self.lower, start, end) is not None
        return found

    @cached_property
    def _search_memo(self) -> dict[tuple[re.Pattern[str], int, int], bool]:
        return {}

    def _sentence_cues(self, s_start: int, s_end: int) -> list[tuple[int, int, int, Strength]]:
        """Every strength cue of a sentence as (start, end, order, strength), sorted by start.

        Found once per sentence, however many mentions it holds. A cue never
        spans a comma or semicolon, so the cues of a segment or clause are
        exactly the sentence's cues that lie inside it.
        """
        cues = self._cue_memo.get(s_start)
        if cues is None:
            sentence = self.lower[s_start:s_end]
            cues = sorted(
                (s_start + match.start(), s_start + match.end(), order, strength)
                for order, (strength, pattern) in enumerate(_CUES)
                for match in pattern.finditer(sentence)
            )
            self._cue_memo[s_start] = cues
        return cues

    @cached_property
    def _cue_memo(self) -> dict[int, list[tuple[int, int, int, Strength]]]:
        return {}

    def _nearest_cue(self, window: tuple[int, int], start: int, end: int) -> Strength | None:
        """:func:`nearest_cue` of ``text[window]`` around the mention, from the sentence's cues."""
        s_start, s_end = self.sentence(start)
        best: tuple[int, int, int, int] | None = None
        strength: Strength | None = None
        for c_start, c_end, order, cue_strength in self._sentence_cues(s_start, s_end):
            if c_start < window[0] or c_end > window[1]:
                continue
            if c_start >= end:
                key = (c_start - end, 0, order, c_start)
            elif c_end <= start:
                key = (start - c_end, 1, order, c_start)
            else:
                key = (0, 0, order, c_start)
            if best is None or key < best:
                best, strength = key, cue_strength
        return strength

    def strength(self, start: int, end: int) -> Strength | None:
        """How strongly ``text[start:end]`` is asked for; ``None`` when it is not asked at all.

        The nearest inline cue wins, looked for in the comma-separated part
        around the mention, then its clause, then its sentence; then the
        section heading; a mention with none of these is required.
        Mentions in benefits ("we pay for your RHIA exam") are not asked.
        """
        if self.is_benefit(start, end):
            return None
        cue = None
        for window in (self.segment(start, end), self.clause(start, end)):
            cue = self._nearest_cue(window, start, end)
            if cue is not None:
                break
        section = self.section(start)
        if cue is None and section is not None and section.role == "possible":
            return None  # listed under "... may include:": possibilities, not requirements
        if cue is None:
            cue = self._nearest_cue(self.sentence(start), start, end)
        if cue is not None:
            return cue
        if section is not None and section.role == "preferred":
            return "preferred"
        return "required"

    @cached_property
    def paths(self) -> list[AlternativePath]:
        return alternative_paths(self.text, self.lower)

    def path(self, char: int) -> AlternativePath | None:
        """The alternative qualification path that holds ``char``, if any."""
        for path in self.paths:
            if path.start <= char < path.end:
                return path
        return None

    @cached_property
    def title_span(self) -> tuple[int, int] | None:
        """The posting's title line: a short first line that is not a sentence and asks for nothing."""
        match = _LINE.search(self.text)
        while match is not None and not match.group().strip():
            match = _LINE.search(self.text, match.end())
        if match is None:
            return None
        line = match.group().strip()
        if len(line.split()) > 12 or line[-1] in ".;:!?" or nearest_cue(line, 0, 0) is not None:
            return None
        if not self.text[match.end() :].strip():
            return None  # a one-line text is all content
        return match.start(), match.end()

    def in_title(self, char: int) -> bool:
        """Whether ``char`` is in the title line ("CDI Specialist"): it names the job, not a requirement."""
        span = self.title_span
        return span is not None and span[0] <= char < span[1]

    def is_coursework(self, start: int, end: int) -> bool:
        """Whether the clause describes what a course or program teaches ("courses in ... CPT coding")."""
        c_start, c_end = self.clause(start, end)
        return self._searched(_COURSEWORK, c_start, c_end)

    def within_months(self, start: int, end: int) -> float | None:
        s_start, s_end = self.sentence(start)
        return within_months(self.text[s_start:s_end])

    def evidence_bounds(self, start: int, end: int) -> tuple[int, int]:
        """The clause around a mention, without surrounding spaces or bullet marks."""
        c_start, c_end = self.clause(start, end)
        c_start, c_end = min(c_start, start), max(c_end, end)
        chunk = self.text[c_start:c_end]
        bullet = _BULLET.match(chunk)
        lead = bullet.end() if bullet and c_start + bullet.end() <= start else len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        return min(c_start + lead, start), max(c_end - trail, end)
