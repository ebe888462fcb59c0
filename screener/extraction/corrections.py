"""What a later correction changes: "EDIT: CPMA is preferred, not required", a draft and then its "final:" version;
and what an earlier version kept below the current one no longer asks.

Threads, chats and e-mail chains that people save for a job hold what the
hiring side first wrote and what it changed later ("make it preferred",
"scratch that", "UPDATE: they dropped the degree"). Each mention is read
where it stands; a thing named again in a correction is asked as the
correction says, and what the posting says of it elsewhere no longer counts.

A correction is marked by a ``correction`` connective (the words are the
context rules', in the posting's language); see :func:`correction_spans`
for how far each speaks.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from screener.core.models import Requirement
from screener.core.rules import required_literals

if TYPE_CHECKING:
    from screener.extraction.context import PostingContext

#: A blank line: where a paragraph ends, or what sets a new version apart under its label
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
#: How a correction that labels what follows ends: "EDIT:", "UPDATE -"
_A_LABEL_END = re.compile(r"[:\-–—]\Z")


@lru_cache(maxsize=8)
def _literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    return required_literals(pattern.pattern)


def _may_occur(pattern: re.Pattern[str], ctx: PostingContext) -> bool:
    """Whether one of the words every correction holds is in the posting: most postings correct nothing, and a
    look for the words costs less than the search."""
    literals = _literals(pattern)
    return literals is None or any(literal in ctx.literals for literal in literals)


#: A line of rule characters that sets a part of a saved page apart: "-----", "=====", "*****"
_RULE_LINE = re.compile(r"[ \t]*[-=_*~]{5,}[ \t]*")


def old_versions(ctx: PostingContext, mention_starts: list[int]) -> list[tuple[int, int]]:
    """The earlier versions of the posting kept below its current one, as ``(start, end)``: a job board's copy of an
    edited listing ("ORIGINAL LISTING (posted 02/19/2025) - no longer current" over the old text).

    Each runs from the line an ``old_version`` connective labels to the first rule line ("-----") after the text
    under it (the rule lines right under the label belong to the label), or to the end of the text. None when
    nothing of the field (``mention_starts``, sorted) is named outside them: an old version alone is all there is.
    """
    pattern = ctx.rules.connective("old_version")
    if pattern is None or not _may_occur(pattern, ctx):
        return []
    text = ctx.text
    spans = []
    for match in pattern.finditer(ctx.lower):
        if not _only_marks_before(text, match.start()):
            continue  # words before it on its line: a sentence that speaks of the old version, no label of it
        start = text.rfind("\n", 0, match.start()) + 1
        end = len(text)
        position, seen_text = text.find("\n", match.end()), False
        while position >= 0:
            line_end = text.find("\n", position + 1)
            line_end = len(text) if line_end < 0 else line_end
            if _RULE_LINE.fullmatch(text, position + 1, line_end):
                if seen_text:
                    end = position + 1
                    break
            elif text[position + 1 : line_end].strip():
                seen_text = True
            position = line_end if line_end < len(text) else -1
        spans.append((start, end))
    if all(any(start <= at < end for start, end in spans) for at in mention_starts):
        return []
    return spans


def struck_out(ctx: PostingContext) -> list[tuple[int, int]]:
    """The stretches the posting marks as taken out ("[removed: Current CTR credential required at time of hire.]",
    "~~CPC~~"), as ``(start, end)``: by the ``struck_out`` connectives, matched in full."""
    pattern = ctx.rules.connective("struck_out")
    if pattern is None or not _may_occur(pattern, ctx):
        return []
    return [(match.start(), match.end()) for match in pattern.finditer(ctx.lower)]


def _only_marks_before(text: str, at: int) -> bool:
    """Whether nothing but marks and blanks stands before ``at`` on its line ("----- Original job description")."""
    return not any(c.isalnum() for c in text[text.rfind("\n", 0, at) + 1 : at])


def _a_line_of_its_own(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is all its line holds but marks and blanks: a label over what it corrects
    ("RE-POSTED WITH CHANGES (06/10)", "*** UPDATE ***")."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return _only_marks_before(text, start) and not any(c.isalnum() for c in text[end:line_end])


class Correction(NamedTuple):
    """A stretch of the posting a correction speaks of; ``whole_version`` when it is the new version of the
    posting, set apart under its label, which replaces what came before it."""

    start: int
    end: int
    whole_version: bool


def correction_spans(ctx: PostingContext) -> list[Correction]:
    """The stretches of the posting a correction speaks of, in text order.

    A label ("EDIT:", "UPDATE -", "final:", "quick correction ..., the version below ...:") speaks of the rest of
    its paragraph: the lines under it. One whose line ends with a colon over a blank line ("FINAL - please post
    this:") heads the new version set apart under it, to the end of the text. Words in a sentence ("scratch that",
    "make it preferred") speak of their sentence.
    """
    pattern = ctx.rules.connective("correction")
    if pattern is None or not _may_occur(pattern, ctx):
        return []
    text, lower = ctx.text, ctx.lower
    spans = []
    for match in pattern.finditer(lower):
        if not _A_LABEL_END.search(match.group()) and not _a_line_of_its_own(text, match.start(), match.end()):
            spans.append(Correction(match.start(), ctx.sentence(match.start())[1], whole_version=False))
            continue
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[match.start() : line_end].rstrip().endswith(":") and _BLANK_LINE.match(text, line_end):
            spans.append(Correction(match.start(), len(text), whole_version=True))
        else:
            paragraph_end = _BLANK_LINE.search(text, match.end())
            end = paragraph_end.start() if paragraph_end else len(text)
            spans.append(Correction(match.start(), end, whole_version=False))
    return spans


def without_superseded(requirements: list[Requirement], ctx: PostingContext) -> list[Requirement]:
    """The requirements less those a correction restates.

    Of each thing (its kind and id) named in a correction, only the mentions in corrections count: before them
    is what was changed; after them, in a thread, readers speak of it ("thanks for clarifying about the CPMA"),
    and a further change would be marked again. A new version replaces more: of each kind it names anything of,
    what came before it ("5+ yrs HIM data analysis" in the draft, "3+ years of healthcare data analysis
    experience" in the final version).
    """
    spans = correction_spans(ctx) if requirements else []
    if not spans:
        return requirements

    def in_a_correction(requirement: Requirement) -> bool:
        start = requirement.mention.start
        return any(span.start <= start < span.end for span in spans)

    corrected = {(r.kind, r.id) for r in requirements if in_a_correction(r)}
    if not corrected:
        return requirements
    replaced_before: dict[str, int] = {}  # kind -> where the first new version naming something of it starts
    for span in spans:
        if span.whole_version:
            for r in requirements:
                if span.start <= r.mention.start < span.end and r.kind not in replaced_before:
                    replaced_before[r.kind] = span.start
    return [
        r
        for r in requirements
        if ((r.kind, r.id) not in corrected or in_a_correction(r))
        and r.mention.start >= replaced_before.get(r.kind, -1)
    ]
