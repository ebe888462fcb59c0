"""Plain-text tables that fit the terminal: long cells wrap, or are cut with an ellipsis.

Every table of the command line (``extract``, ``screen``, ``rank``,
``credentials``, ``skills``, ``plugins``) goes through :func:`render_table`,
so nothing it prints is wider than :func:`terminal_width`. Widths are
display widths: a wide (East Asian) character takes two columns, a
combining mark none.

This is a small module of our own rather than ``rich``: importing rich costs
more at start-up than the whole table code, and the output here is plain
aligned text, which needs none of rich's styling.
"""

from __future__ import annotations

import shutil
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from screener.core.terminal import visible

#: The width when standard output is not a terminal and ``COLUMNS`` is not set.
DEFAULT_WIDTH = 80
ELLIPSIS = "…"
_GAP = "  "


def terminal_width() -> int:
    """``COLUMNS`` when set, else the width of the terminal on standard output, else 80."""
    return max(shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns, 20)


@dataclass(frozen=True)
class Column:
    """A column: its header, and what happens to a cell too long for it.

    ``wrap`` cells go on over several lines; the others are cut with an
    ellipsis. A ``fixed`` column (short words: kinds, statuses) is narrowed
    only when nothing else can be; ``min_width`` is how narrow a flexible
    column may get before the fixed ones give way, and ``share`` how wide it
    stays against the other flexible ones.
    """

    header: str
    wrap: bool = True
    fixed: bool = False
    min_width: int = 8
    #: How much room this column gets against the others when they must give way (2: twice as wide).
    share: int = 1


def text_width(text: str) -> int:
    """Columns ``text`` takes on a terminal."""
    if text.isascii():
        return len(text)
    return sum(_char_width(ch) for ch in text)


def _char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns, ending in an ellipsis when something was left out."""
    if text_width(text) <= width:
        return text
    if width <= 0:
        return ""
    kept, used = [], 0
    for ch in text:
        w = _char_width(ch)
        if used + w > width - 1:
            break
        kept.append(ch)
        used += w
    return "".join(kept) + ELLIPSIS


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns, broken between words (inside a word only when it must)."""
    width = max(width, 1)
    lines: list[str] = []
    line, used = "", 0
    for word in text.split():
        w = text_width(word)
        if line and used + 1 + w <= width:
            line, used = f"{line} {word}", used + 1 + w
            continue
        if line:
            lines.append(line)
        while w > width:  # a word longer than the column: split it
            head = _prefix(word, width)
            lines.append(head)
            word = word[len(head) :]
            w = text_width(word)
        line, used = word, w
    if line or not lines:
        lines.append(line)
    return lines


def _prefix(text: str, width: int) -> str:
    """The longest start of ``text`` that fits in ``width`` columns (at least one character)."""
    used = 0
    for n, ch in enumerate(text):
        used += _char_width(ch)
        if used > width:
            return text[: max(n, 1)]
    return text


def column_widths(columns: Sequence[Column], rows: Sequence[Sequence[str]], room: int) -> list[int]:
    """The width of each column so that the columns and the gaps between them fit in ``room``.

    Columns whose cells are cut give way first, then the columns that wrap
    (the widest first, each down to its ``min_width``), then all of them.
    """
    natural = [max([text_width(c.header)] + [text_width(row[i]) for row in rows]) for i, c in enumerate(columns)]
    widths = list(natural)
    room -= len(_GAP) * (len(columns) - 1)
    floors = {i: min(natural[i], c.min_width) for i, c in enumerate(columns)}
    shares = [c.share for c in columns]
    _narrow(widths, [i for i, c in enumerate(columns) if not c.fixed and not c.wrap], floors, shares, room)
    _narrow(widths, [i for i, c in enumerate(columns) if not c.fixed], floors, shares, room)
    _narrow(widths, list(range(len(columns))), {i: 1 for i in range(len(columns))}, [1] * len(columns), room)
    return widths


def _narrow(widths: list[int], which: list[int], floors: dict[int, int], shares: list[int], room: int) -> None:
    """Narrow the columns ``which`` (the widest for its share first) until the row fits in ``room``."""
    while sum(widths) > room:
        candidates = [i for i in which if widths[i] > floors[i]]
        if not candidates:
            return
        widest = max(candidates, key=lambda i: widths[i] / shares[i])
        level = max((widths[i] / shares[i] for i in candidates if i != widest), default=0.0)
        current = widths[widest]
        widths[widest] = max(
            floors[widest], current - (sum(widths) - room), min(int(level * shares[widest]), current - 1)
        )


def render_table(
    columns: Sequence[Column], rows: Sequence[Sequence[str]], *, indent: str = "", width: int | None = None
) -> list[str]:
    """The lines of a table with a header row; no line is wider than ``width`` (default: the terminal's)."""
    header, row_lines = render_rows(columns, rows, indent=indent, width=width)
    return [header, *(line for lines in row_lines for line in lines)]


def render_rows(
    columns: Sequence[Column], rows: Sequence[Sequence[str]], *, indent: str = "", width: int | None = None
) -> tuple[str, list[list[str]]]:
    """The header line, and the lines of each row (a row wraps over several), for tables with lines between rows."""
    width = terminal_width() if width is None else width
    # what comes from postings and plugins: control characters shown as escapes, never sent to the terminal
    rows = [[visible(cell) for cell in row] for row in rows]
    widths = column_widths(columns, rows, width - len(indent))
    header = _line([cut(c.header, w) for c, w in zip(columns, widths, strict=True)], widths, indent, width)
    out = []
    for row in rows:
        cells = [
            wrap(cell, w) if column.wrap else [cut(cell, w)]
            for column, cell, w in zip(columns, row, widths, strict=True)
        ]
        out.append(
            [
                _line([c[n] if n < len(c) else "" for c in cells], widths, indent, width)
                for n in range(max(len(c) for c in cells))
            ]
        )
    return header, out


def _line(cells: list[str], widths: list[int], indent: str, width: int) -> str:
    padded = [cell + " " * (w - text_width(cell)) for cell, w in zip(cells, widths, strict=True)]
    line = (indent + _GAP.join(padded)).rstrip()
    return line if text_width(line) <= width else cut(line, width)


def wrap_paragraph(text: str, *, first: str = "", rest: str = "", width: int | None = None) -> list[str]:
    """A paragraph wrapped to the terminal, its first line after ``first`` and the others after ``rest``."""
    width = terminal_width() if width is None else width
    lines = wrap(visible(text), max(width - text_width(first), 10))
    if len(lines) > 1:
        lines = lines[:1] + wrap(" ".join(lines[1:]), max(width - text_width(rest), 10))
    return [cut((first if n == 0 else rest) + line, width) for n, line in enumerate(lines)]
