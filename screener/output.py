"""Rendering results for people (tables) and programs (JSON, JSON Lines); what every output format shares.

Values in the outputs come from postings and plugins, so they are made
harmless for where they go: table cells show control characters as escapes
(:func:`screener.terminal.visible`), CSV cells that a spreadsheet would run as
a formula are neutralised (:func:`csv_cell`), and links go only to http(s)
URLs (:func:`http_url`). Markdown has its own helpers (:mod:`screener.markdown`).
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from screener.models import CredentialRequirement, EducationRequirement, ExperienceRequirement, Extraction, Requirement
from screener.terminal import visible

FORMATS = ("table", "json", "jsonl")


def extraction_json(extraction: Extraction) -> dict[str, Any]:
    """The stable JSON form of an extraction (``schema_version`` 1)."""
    return extraction.model_dump(mode="json")


def render_extractions(extractions: Iterable[Extraction], fmt: str, *, single: bool) -> Iterator[str]:
    """Chunks of output text for a stream of extractions.

    ``json`` prints one object when ``single`` (one posting was asked for)
    and otherwise a JSON array, written as the results arrive.
    """
    if fmt in ("json", "jsonl"):
        yield from render_json(map(extraction_json, extractions), fmt, single=single)
    else:
        for n, extraction in enumerate(extractions):
            yield ("\n" if n else "") + extraction_table(extraction)


def render_json(objects: Iterable[dict[str, Any]], fmt: str, *, single: bool) -> Iterator[str]:
    """JSON objects as ``jsonl`` (a line each) or ``json`` (the object when ``single``, else an array).

    The array is written as the objects arrive, so a long batch is never held in memory.
    """
    if fmt == "jsonl":
        for data in objects:
            yield json.dumps(data, ensure_ascii=False) + "\n"
        return
    if single:
        for data in objects:
            yield json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        return
    yield "["
    for n, data in enumerate(objects):
        yield ("," if n else "") + "\n" + _indent(json.dumps(data, indent=2, ensure_ascii=False))
    yield "\n]\n"


def extraction_table(extraction: Extraction) -> str:
    title = f" - {extraction.title}" if extraction.title else ""
    lines = [visible(f"{extraction.source or '<text>'}{title}")]
    for error in extraction.errors:
        lines.append(f"  error: {visible(error.message)}")
    if not extraction.requirements and not extraction.errors:
        lines.append("  (no requirements found)")
    rows = [("KIND", "ID", "STRENGTH", "DETAILS", "EVIDENCE")]
    rows += [_row(r) for r in extraction.requirements]
    if len(rows) > 1:
        lines += table(rows, indent="  ")
    return "\n".join(lines) + "\n"


def _row(requirement: Requirement) -> tuple[str, str, str, str, str]:
    details: list[str] = []
    if getattr(requirement, "any_of", None):
        details.append(f"any of {requirement.any_of}")  # type: ignore[union-attr]
    if isinstance(requirement, CredentialRequirement):
        if requirement.accepts_eligible:
            details.append("eligible ok")
        if requirement.within_months is not None:
            details.append(f"within {requirement.within_months:g} months")
    elif isinstance(requirement, EducationRequirement):
        if requirement.field:
            details.append(f"in {requirement.field}")
        if requirement.accreditation:
            details.append(requirement.accreditation)
        if requirement.or_equivalent_experience:
            details.append("or equivalent experience")
    elif isinstance(requirement, ExperienceRequirement):
        details.append(f"{requirement.years:g} year{'' if requirement.years == 1 else 's'}")
    evidence = requirement.evidence.text if requirement.evidence else requirement.mention.text
    return (requirement.kind, requirement.id, requirement.strength or "", ", ".join(details), _one_line(evidence))


def table(rows: list[tuple[str, ...]], *, indent: str = "") -> list[str]:
    """Rows as aligned columns, control characters shown as escapes; the last column is cut to the terminal width."""
    rows = [tuple(visible(cell) for cell in row) for row in rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    width = shutil.get_terminal_size((120, 24)).columns
    lines = []
    for row in rows:
        head = "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False))
        line = f"{indent}{head}  {row[-1]}".rstrip()
        room = max(width - 1, len(indent) + len(head) + 20)
        lines.append(line if len(line) <= room else line[: room - 3] + "...")
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())


#: What a spreadsheet reads as the start of a formula (OWASP, "CSV injection"): = + - @, tab, carriage return.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


_PLAIN_NUMBER = re.compile(r"[-+]?[0-9]+(?:\.[0-9]+)?|-")


def csv_cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula: text starting with = + - @ tab or CR gets a ``'`` first.

    The ``'`` is what OWASP recommends ("CSV injection"), and what spreadsheets
    show as text. Left as they are: numbers, text that is a plain signed
    number ("-1", "+2.5": a spreadsheet reads a number, runs nothing), and a
    lone "-" (standard input's name).
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def csv_line(row: Iterable[Any]) -> str:
    """One CSV line (``\\n`` ended) of ``row``, every cell passed through :func:`csv_cell`.

    Written with CR LF as the line end and then given ``\\n``: the csv module
    quotes a cell only for the characters of its line end, and a lone CR in
    an unquoted cell starts a new row in every CSV reader.
    """
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([csv_cell(cell) for cell in row])
    return buffer.getvalue()[:-2] + "\n"


def http_url(value: str | None) -> str | None:
    """``value`` when it is an absolute http(s) URL (fit to link to), else ``None`` (``javascript:``, ``data:``...)."""
    if not value:
        return None
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return value


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())
