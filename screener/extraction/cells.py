"""The cells of a table's line as a posting saves it: parted by tabs, a pipe, or three spaces or more.

Shared by the reading of tables whose columns name strengths (:mod:`screener.extraction.context`) and of tables whose
columns name the levels of a career ladder (:mod:`screener.extraction.ladder`).
"""

from __future__ import annotations

import re

#: What parts a line's cells: tabs, three spaces or more, a pipe with the spaces around it
CELL_GAP = re.compile(r"\t+|   +|[ \t]*\|[ \t]*")


def may_hold_cells(text: str) -> bool:
    """Whether ``text`` holds anything that parts cells (a quick test before :func:`cell_spans`)."""
    return "\t" in text or "   " in text or "|" in text


def cell_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each non-blank cell of ``text[start:end]`` (one line), stripped, in ``text``'s
    offsets."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    position = start
    for gap in CELL_GAP.finditer(text, start, end):
        _add_stripped(text, position, gap.start(), spans)
        position = gap.end()
    _add_stripped(text, position, end, spans)
    return spans


def _add_stripped(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        at = start + piece.index(stripped)
        spans.append((at, at + len(stripped)))
