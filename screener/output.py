"""Rendering results for people (tables) and programs (JSON, JSON Lines)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator
from typing import Any

from screener.models import CredentialRequirement, EducationRequirement, ExperienceRequirement, Extraction, Requirement

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
    lines = [f"{extraction.source or '<text>'}{title}"]
    for error in extraction.errors:
        lines.append(f"  error: {error.message}")
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
    """Rows as aligned columns; the last column is cut to the terminal width."""
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


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())
