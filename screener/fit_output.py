"""Rendering fit reports (``screener screen``) and rankings (``screener rank``).

Formats: ``table`` for people, ``json`` / ``jsonl`` (the extraction object plus
``fit``), ``markdown``, ``csv`` (a row per assessed requirement) and ``html``
(see :mod:`screener.html_report`).

Values from postings and plugins are written as text in every format: table
cells show control characters as escapes, Markdown escapes markup and links
only to http(s) URLs (:mod:`screener.markdown`), CSV cells never start a
formula (:func:`screener.output.csv_cell`).
"""

from __future__ import annotations

import json
import os
import shutil
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from screener.markdown import md_code, md_link, md_text
from screener.models import FitReport
from screener.output import _one_line, csv_line, render_json
from screener.scoring import missing, missing_label
from screener.terminal import visible

SCREEN_FORMATS = ("table", "json", "jsonl", "markdown", "csv", "html")
RANK_FORMATS = ("table", "json", "jsonl", "markdown", "csv")
VERDICT_ORDER = ("qualified", "stretch", "not_qualified")
CSV_COLUMNS = (
    "source",
    "title",
    "score",
    "verdict",
    "requirement",
    "kind",
    "id",
    "strength",
    "any_of",
    "status",
    "reason",
    "next_step",
    "rule_source",
    "plugin",
    "error",
)


def report_json(report: FitReport) -> dict[str, Any]:
    """The JSON form of a report: the extraction object (``schema_version`` 1) plus ``fit``."""
    return report.model_dump(mode="json")


def render_reports(reports: Iterable[FitReport], fmt: str, *, single: bool) -> Iterator[str]:
    """Chunks of output for a stream of reports (every format but ``html``)."""
    if fmt in ("json", "jsonl"):
        yield from render_json(map(report_json, reports), fmt, single=single)
    elif fmt == "csv":
        yield csv_line(CSV_COLUMNS)
        for report in reports:
            for row in csv_rows(report):
                yield csv_line(row)
    elif fmt == "markdown":
        for n, report in enumerate(reports):
            yield ("\n" if n else "") + report_markdown(report)
    else:
        for n, report in enumerate(reports):
            yield ("\n" if n else "") + report_table(report)


def _heading(report: FitReport) -> str:
    title = f" - {report.title}" if report.title else ""
    return f"{report.source or '<text>'}{title}"


def _requirement_details(report: FitReport, index: int) -> str:
    requirement = report.requirements[index]
    group = getattr(requirement, "any_of", None)
    return f"any of {group}" if group else ""


def report_table(report: FitReport) -> str:
    lines = [visible(_heading(report))]
    for error in report.errors:
        lines.append(f"  error: {visible(error.message)}")
    fit = report.fit
    if fit is None:
        return "\n".join(lines) + "\n"
    lines.append(f"  {fit.verdict.replace('_', ' ')}, score {fit.score}/100")
    if fit.assessments:
        grouped = any(_requirement_details(report, a.requirement) for a in fit.assessments)
        rows = [("STATUS", "STRENGTH", "KIND", "ID", *(("GROUP",) if grouped else ()), "WHY")]
        for a in fit.assessments:
            group = (_requirement_details(report, a.requirement),) if grouped else ()
            rows.append((a.status, a.strength, a.kind, a.id, *group, a.reason))
        lines += wrapped_table(rows, indent="  ")
    else:
        lines.append("  (no requirements to assess)")
    todo = missing(fit.items) + [item for item in fit.items if item.status == "met" and item.next_step]
    if todo:
        lines.append("  Next steps:")
        for item in todo:
            step = item.next_step or "(no documented next step)"
            text = f"{item.label} ({item.strength}, {item.status}): {step}"
            if item.source:
                text += f" [{item.source}]"
            lines += [
                visible(line)
                for line in textwrap.wrap(
                    text,
                    width=max(shutil.get_terminal_size((120, 24)).columns - 1, 60),
                    initial_indent="  - ",
                    subsequent_indent="    ",
                    break_on_hyphens=False,
                    break_long_words=False,
                )
            ]
    return "\n".join(lines) + "\n"


def wrapped_table(rows: list[tuple[str, ...]], *, indent: str = "") -> list[str]:
    """Rows as aligned columns; the last column wraps to the terminal width instead of being cut."""
    return [line for row in wrapped_rows(rows, indent=indent) for line in row]


def wrapped_rows(rows: list[tuple[str, ...]], *, indent: str = "") -> list[list[str]]:
    """The lines of each row of :func:`wrapped_table`."""
    rows = [tuple(visible(cell) for cell in row) for row in rows]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    head = len(indent) + sum(widths) + 2 * len(widths)
    room = max(shutil.get_terminal_size((120, 24)).columns - 1 - head, 40)
    out = []
    for row in rows:
        cells = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
        wrapped = textwrap.wrap(_one_line(row[-1]), width=room, break_on_hyphens=False) or [""]
        out.append([f"{indent}{cells}  {wrapped[0]}".rstrip(), *(" " * head + more for more in wrapped[1:])])
    return out


def _md(text: str | None) -> str:
    return md_text(text or "")


def report_markdown(report: FitReport) -> str:
    lines = [f"## {_md(report.title or report.source or 'Posting')}", ""]
    if report.source:
        lines.append(f"Source: {md_code(report.source)}")
    for error in report.errors:
        lines.append(f"Error: {_md(error.message)}")
    fit = report.fit
    if fit is not None:
        lines.append(f"**{fit.verdict.replace('_', ' ')}**, score **{fit.score}**/100")
        lines += ["", "| status | strength | kind | id | why | next step |", "| --- | --- | --- | --- | --- | --- |"]
        for a in fit.assessments:
            step = _md(a.next_step)
            if step and a.source:
                step += f" ({md_link('source', a.source)})"
            lines.append(f"| {a.status} | {a.strength} | {a.kind} | {_md(a.id)} | {_md(a.reason)} | {step} |")
        if fit.missing:
            lines += ["", "Missing, most important first: " + "; ".join(_md(m) for m in fit.missing)]
    return "\n".join(lines) + "\n"


def csv_rows(report: FitReport) -> Iterator[tuple[Any, ...]]:
    fit = report.fit
    error = "; ".join(e.message for e in report.errors)
    head = (report.source or "", report.title or "", fit.score if fit else "", fit.verdict if fit else "")
    if fit is None or not fit.assessments:
        yield (*head, "", "", "", "", "", "", "", "", "", "", error)
        return
    for a in fit.assessments:
        requirement = report.requirements[a.requirement]
        yield (
            *head,
            a.requirement,
            a.kind,
            a.id,
            a.strength,
            getattr(requirement, "any_of", None) or "",
            a.status,
            a.reason,
            a.next_step or "",
            a.source or "",
            a.plugin or "",
            error,
        )


# --------------------------------------------------------------------------- ranking


@dataclass(frozen=True)
class Ranked:
    """What ``rank`` keeps of one report (not the whole report: rankings can be long)."""

    source: str | None
    title: str | None
    verdict: str | None
    score: int | None
    met: int
    missing: list[str] = field(default_factory=list)
    next_steps: list[str] = field(default_factory=list)
    error: str | None = None

    @classmethod
    def of(cls, report: FitReport, top: int) -> Ranked:
        fit = report.fit
        error = "; ".join(e.message for e in report.errors) or None
        if fit is None:
            return cls(report.source, report.title, None, None, 0, error=error)
        todo = missing(fit.items)[:top]
        return cls(
            report.source,
            report.title,
            fit.verdict,
            fit.score,
            sum(item.status == "met" for item in fit.items),
            [missing_label(item) for item in todo],
            [item.next_step or "" for item in todo],
            error,
        )

    def sort_key(self) -> tuple[int, int, int, str]:
        """Verdict (qualified first), then score, then how many items are met, then the source."""
        if self.verdict is None:
            return (len(VERDICT_ORDER), 0, 0, self.source or "")
        return (VERDICT_ORDER.index(self.verdict), -(self.score or 0), -self.met, self.source or "")

    def as_json(self, rank: int) -> dict[str, Any]:
        return {
            "rank": rank,
            "source": self.source,
            "title": self.title,
            "verdict": self.verdict,
            "score": self.score,
            "missing": [
                {"item": m, "next_step": s or None} for m, s in zip(self.missing, self.next_steps, strict=True)
            ],
            "error": self.error,
        }


def rank(reports: Iterable[FitReport], *, top: int = 3) -> list[Ranked]:
    """Postings best first; those that failed come last."""
    return sorted((Ranked.of(report, top) for report in reports), key=Ranked.sort_key)


def render_ranking(ranked: list[Ranked], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([r.as_json(n) for n, r in enumerate(ranked, 1)], indent=2, ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r.as_json(n), ensure_ascii=False) + "\n" for n, r in enumerate(ranked, 1))
    if fmt == "csv":
        lines = [csv_line(("rank", "source", "title", "verdict", "score", "missing", "error"))]
        for n, r in enumerate(ranked, 1):
            lines.append(
                csv_line(
                    (
                        n,
                        r.source or "",
                        r.title or "",
                        r.verdict or "",
                        r.score if r.score is not None else "",
                        "; ".join(r.missing),
                        r.error or "",
                    )
                )
            )
        return "".join(lines)
    if fmt == "markdown":
        lines = ["| rank | verdict | score | posting | top missing |", "| --- | --- | --- | --- | --- |"]
        for n, r in enumerate(ranked, 1):
            posting = _md(f"{r.title} ({r.source})" if r.title else r.source)
            missing = _md(r.error) if r.verdict is None else "; ".join(_md(m) for m in r.missing) or "-"
            verdict = (r.verdict or "error").replace("_", " ")
            score = r.score if r.score is not None else "-"
            lines.append(f"| {n} | {verdict} | {score} | {posting} | {missing} |")
        return "\n".join(lines) + "\n"
    names = _short_names([r.source or "" for r in ranked])
    rows = [("RANK", "VERDICT", "SCORE", "POSTING", "TITLE")]
    for n, r in enumerate(ranked, 1):
        rows.append(
            (
                str(n),
                (r.verdict or "error").replace("_", " "),
                "" if r.score is None else str(r.score),
                names[n - 1],
                r.title or "",
            )
        )
    lines = wrapped_rows(rows)
    out = lines[0]
    for r, row_lines in zip(ranked, lines[1:], strict=True):
        out += row_lines
        if r.verdict is None:
            out.append(f"      error: {visible(_one_line(r.error or ''))}")
        elif r.missing:
            out.append("      missing: " + visible("; ".join(r.missing)))
    return "\n".join(out) + "\n"


def _short_names(sources: list[str]) -> list[str]:
    """Sources relative to the folder they all share, so the table stays narrow."""
    paths = [s for s in sources if s]
    if len(paths) < 2:
        return sources
    try:
        common = os.path.commonpath(paths)
    except ValueError:
        return sources
    if not common or common in paths:
        return sources
    return [os.path.relpath(s, common) if s else s for s in sources]


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."
