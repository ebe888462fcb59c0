"""Rendering fit reports (``screener screen``) and rankings (``screener rank``).

Formats: ``table`` for people, ``json`` / ``jsonl`` (the extraction object plus
``fit``), ``markdown``, ``csv`` (a row per assessed requirement) and ``html``
(see :mod:`screener.io.html_report`).

Values from postings and plugins are written as text in every format: table
cells show control characters as escapes, Markdown escapes markup and links
only to http(s) URLs (:mod:`screener.io.markdown`), CSV cells never start a
formula (:func:`screener.io.output.csv_cell`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from typing import Any

from screener.core.models import FitReport
from screener.fit.scoring import missing
from screener.io.display import Names
from screener.io.markdown import md_code, md_link, md_text
from screener.io.output import csv_line, paragraph, render_json
from screener.io.ranking import Ranked
from screener.io.tables import Column, render_rows, render_table

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


def render_reports(
    reports: Iterable[FitReport], fmt: str, *, single: bool, names: Names | None = None
) -> Iterator[str]:
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
            yield ("\n" if n else "") + report_table(report, names or Names())


def _heading(report: FitReport) -> str:
    title = f" - {report.title}" if report.title else ""
    return f"{report.source or '<text>'}{title}"


def _requirement_details(report: FitReport, index: int) -> str:
    requirement = report.requirements[index]
    group = getattr(requirement, "any_of", None)
    return f"any of {group}" if group else ""


def report_table(report: FitReport, names: Names | None = None) -> str:
    """The verdict, a row per assessed requirement and the next steps, fitted to the terminal's width."""
    names = names or Names()
    lines = paragraph(_heading(report))
    for error in report.errors:
        lines += paragraph(error.message, first="  error: ", rest="    ")
    fit = report.fit
    if fit is None:
        return "\n".join(lines) + "\n"
    lines.append(f"  {fit.verdict.replace('_', ' ')}, score {fit.score}/100")
    if fit.assessments:
        grouped = any(_requirement_details(report, a.requirement) for a in fit.assessments)
        columns = (
            Column("STATUS", fixed=True),
            Column("STRENGTH", fixed=True),
            Column("KIND", fixed=True),
            Column("REQUIREMENT", min_width=14),
            *((Column("GROUP", fixed=True),) if grouped else ()),
            Column("WHY", min_width=24, share=3),
        )
        rows = []
        for a in fit.assessments:
            group = (_requirement_details(report, a.requirement),) if grouped else ()
            name = names.of(a.kind, a.id)
            rows.append((a.status, a.strength.replace("_", " "), a.kind.replace("_", " "), name, *group, a.reason))
        lines += render_table(columns, rows, indent="  ")
    else:
        lines.append("  (no requirements to assess)")
    todo = missing(fit.items) + [item for item in fit.items if item.status == "met" and item.next_step]
    if todo:
        lines.append("  Next steps:")
        for item in todo:
            step = item.next_step or "(no documented next step)"
            text = f"{names.item(item, report.requirements)} ({item.strength}, {item.status}): {step}"
            if item.source:
                text += f" [{item.source}]"
            lines += paragraph(text, first="  - ", rest="    ")
    return "\n".join(lines) + "\n"


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


RANK_COLUMNS = (
    Column("RANK", fixed=True),
    Column("VERDICT", fixed=True),
    Column("SCORE", fixed=True),
    Column("POSTING", min_width=16),
    Column("TITLE", min_width=16, share=2),
)


def render_ranking(ranked: list[Ranked], fmt: str) -> str:
    """A ranking in any format of ``rank``.

    ``html`` is a page: see :func:`screener.io.html_report.render_ranking_html`.
    """
    if fmt == "html":
        from screener.io.html_report import render_ranking_html

        return "".join(render_ranking_html(ranked))
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
    rows = [
        (
            str(n),
            (r.verdict or "error").replace("_", " "),
            "" if r.score is None else str(r.score),
            names[n - 1],
            r.title or "",
        )
        for n, r in enumerate(ranked, 1)
    ]
    header, row_lines = render_rows(RANK_COLUMNS, rows)
    out = [header]
    for r, lines in zip(ranked, row_lines, strict=True):
        out += lines
        if r.verdict is None:
            out += paragraph(r.error or "", first="      error: ", rest="        ")
        elif r.shown:
            out += paragraph("; ".join(r.shown), first="      missing: ", rest="        ")
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
