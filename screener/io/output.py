"""Rendering results for people (tables) and programs (JSON, JSON Lines, CSV); what every output format shares.

Values in the outputs come from postings and plugins, so they are made
harmless for where they go: table cells show control characters as escapes
(:func:`screener.core.terminal.visible`, in :mod:`screener.io.tables`), CSV cells that
a spreadsheet would run as a formula are neutralised (:func:`csv_cell`), and
links go only to http(s) URLs (:func:`http_url`). Markdown has its own helpers
(:mod:`screener.io.markdown`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from screener.core.models import (
    CredentialRequirement,
    EducationRequirement,
    ExperienceRequirement,
    Extraction,
    Requirement,
)
from screener.io.display import Names
from screener.io.tables import Column, render_table

#: ``screener extract --format csv``: a row per requirement, and a row per error record.
EXTRACTION_CSV_COLUMNS = (
    "source",
    "title",
    "kind",
    "id",
    "name",
    "strength",
    "any_of",
    "years",
    "subject",
    "field",
    "accreditation",
    "or_equivalent_experience",
    "accepts_eligible",
    "within_months",
    "path",
    "evidence",
    "start",
    "end",
    "error_code",
    "error",
)


def extraction_json(extraction: Extraction, *, explain: bool = False) -> dict[str, Any]:
    """The stable JSON form of an extraction (``schema_version`` 1); ``explain`` adds ``dismissed``."""
    data = extraction.model_dump(mode="json")
    if explain:
        data["dismissed"] = [d.model_dump(mode="json") for d in extraction.dismissed]
    return data


def render_extractions(
    extractions: Iterable[Extraction], fmt: str, *, single: bool, names: Names | None = None, explain: bool = False
) -> Iterator[str]:
    """Chunks of output text for a stream of extractions, written as the results arrive.

    ``json`` prints one object when ``single`` (one posting was asked for)
    and otherwise a JSON array; ``csv`` a header and a row per requirement;
    ``table`` (for people) names requirements with ``names``. ``explain``
    adds what was set aside and why (JSON and tables).
    """
    names = names or Names()
    if fmt in ("json", "jsonl"):
        yield from render_json((extraction_json(e, explain=explain) for e in extractions), fmt, single=single)
    elif fmt == "csv":
        yield csv_line(EXTRACTION_CSV_COLUMNS)
        for extraction in extractions:
            for row in extraction_csv_rows(extraction, names):
                yield csv_line(row)
    else:
        for n, extraction in enumerate(extractions):
            yield ("\n" if n else "") + extraction_table(extraction, names, explain=explain)


def extraction_csv_rows(extraction: Extraction, names: Names | None = None) -> Iterator[tuple[Any, ...]]:
    """The CSV rows of one extraction (columns :data:`EXTRACTION_CSV_COLUMNS`).

    A row per requirement, then a row per error record (``error_code`` and
    ``error`` set, the requirement columns empty); a posting with neither
    has one row with only ``source`` and ``title``, so every posting is in
    the file.
    """
    names = names or Names()
    head = (extraction.source or "", extraction.title or "")
    for r in extraction.requirements:
        evidence = r.evidence or r.mention
        yield (
            *head,
            r.kind,
            r.id,
            names.of(r.kind, r.id),
            r.strength or "",
            _cell(getattr(r, "any_of", None)),
            _cell(getattr(r, "years", None)),
            _cell(getattr(r, "subject", None)),
            _cell(getattr(r, "field", None)),
            _cell(getattr(r, "accreditation", None)),
            _cell(getattr(r, "or_equivalent_experience", None)),
            _cell(getattr(r, "accepts_eligible", None)),
            _cell(getattr(r, "within_months", None)),
            _cell(r.path),
            _one_line(evidence.text),
            evidence.start,
            evidence.end,
            "",
            "",
        )
    for error in extraction.errors:
        yield (*head, *([""] * 16), error.code, error.message)
    if not extraction.requirements and not extraction.errors:
        yield (*head, *([""] * 18))


def _cell(value: object) -> object:
    """A CSV cell: empty for None, ``true``/``false`` for flags (as in the JSON), numbers as they are."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


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


#: The columns of ``screener extract``'s table: the evidence is cut, the rest wraps.
EXTRACTION_COLUMNS = (
    Column("KIND", fixed=True),
    Column("REQUIREMENT", min_width=12),
    Column("STRENGTH", fixed=True),
    Column("DETAILS", min_width=8),
    Column("EVIDENCE", wrap=False, min_width=20),
)
DISMISSED_COLUMNS = (
    Column("KIND", fixed=True),
    Column("NAMED", min_width=8),
    Column("AS", min_width=6),
    Column("WHY NOT A REQUIREMENT", min_width=20),
)


def extraction_table(extraction: Extraction, names: Names | None = None, *, explain: bool = False) -> str:
    """The table of one extraction, fitted to the terminal's width; ``explain`` adds what was set aside."""
    names = names or Names()
    heading = f"{extraction.source or '<text>'}" + (f" - {extraction.title}" if extraction.title else "")
    lines = paragraph(heading)
    for error in extraction.errors:
        lines += paragraph(error.message, first="  error: ", rest="    ")
    if not extraction.errors and not extraction.in_scope:
        lines += paragraph("(not health-information work: nothing of the field found)", first="  ")
    if not extraction.requirements and not extraction.errors:
        lines.append("  (no requirements found)")
    rows = [_row(r, names) for r in extraction.requirements]
    if rows:
        lines += render_table(EXTRACTION_COLUMNS, rows, indent="  ")
    if explain and extraction.dismissed:
        lines += paragraph("Not read as requirements:", first="  ")
        dismissed_rows = [
            (d.kind, names.of(d.kind, d.id), _one_line(d.mention.text), _one_line(d.reason))
            for d in extraction.dismissed
        ]
        lines += render_table(DISMISSED_COLUMNS, dismissed_rows, indent="  ")
    return "\n".join(lines) + "\n"


def paragraph(text: str, *, first: str = "", rest: str = "  ") -> list[str]:
    """A line of text (a heading, an error) wrapped to the terminal's width."""
    from screener.io.tables import wrap_paragraph

    return wrap_paragraph(_one_line(text), first=first, rest=rest)


def _row(requirement: Requirement, names: Names) -> tuple[str, str, str, str, str]:
    details: list[str] = []
    if getattr(requirement, "any_of", None):
        details.append(f"any of {requirement.any_of}")
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
    kind = requirement.kind.replace("_", " ")
    name = names.of(requirement.kind, requirement.id)
    return (kind, name, (requirement.strength or "").replace("_", " "), ", ".join(details), _one_line(evidence))


def listing(columns: tuple[Column, ...], rows: list[tuple[str, ...]]) -> list[str]:
    """A listing (``credentials``, ``skills``, ``plugins``) fitted to the terminal's width."""
    return render_table(columns, rows)


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
