"""What a later correction changes: "EDIT: CPMA is preferred, not required", a draft and then its "final:" version.

Threads, chats and e-mail chains that people save for a job hold what the
hiring side first wrote and what it changed later ("make it preferred",
"scratch that", "UPDATE: they dropped the degree"). Each mention is read
where it stands; a thing named again in a correction is asked as the
correction says, and what the posting says of it elsewhere no longer counts.

A correction is marked by a ``correction`` connective (the words are the
context rules', in the posting's language). One that ends its line ("final:",
"EDIT:" over the lines of the new version) speaks of the lines under it, up
to the paragraph's end; one inside a line, of its sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from screener.core.models import Requirement

if TYPE_CHECKING:
    from screener.extraction.context import PostingContext

_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_LINE_END = re.compile(r"[ \t]*(?:\n|\Z)")


def correction_spans(ctx: PostingContext) -> list[tuple[int, int]]:
    """The stretches of the posting a correction speaks of, in text order."""
    pattern = ctx.rules.connective("correction")
    if pattern is None:
        return []
    text, lower = ctx.text, ctx.lower
    spans = []
    for match in pattern.finditer(lower):
        if _LINE_END.match(text, match.end()):
            paragraph_end = _PARAGRAPH_END.search(text, match.end() + 1)
            spans.append((match.start(), paragraph_end.start() if paragraph_end else len(text)))
        else:
            spans.append((match.start(), ctx.sentence(match.start())[1]))
    return spans


def without_superseded(requirements: list[Requirement], ctx: PostingContext) -> list[Requirement]:
    """The requirements less those a correction restates: of each thing (its kind and id) named in a correction,
    only the mentions in corrections count. Before them is what was changed; after them, in a thread, readers
    speak of it ("thanks for clarifying about the CPMA"), and a further change would be marked again."""
    spans = correction_spans(ctx) if requirements else []
    if not spans:
        return requirements

    def in_a_correction(requirement: Requirement) -> bool:
        start = requirement.mention.start
        return any(span_start <= start < span_end for span_start, span_end in spans)

    corrected = {(r.kind, r.id) for r in requirements if in_a_correction(r)}
    if not corrected:
        return requirements
    return [r for r in requirements if (r.kind, r.id) not in corrected or in_a_correction(r)]
