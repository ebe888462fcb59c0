"""One self-contained HTML page for ``screener screen --format html``.

For each posting: the verdict and score, the assessment table, and the posting
text with each requirement's evidence highlighted by strength (required,
preferred, not required) and the words that name it by status (met, partial,
unmet, unknown), each linked to its row of the table. Above them, a summary of
every posting in rank order. ``screener rank --format html`` is the ranking
alone (:func:`render_ranking_html`). Styles are inline, there is no script and
nothing is loaded from elsewhere: the file can be mailed or archived as it is.
Links to the sources of rules are ordinary links, and only to http(s) URLs: a
plugin's ``javascript:`` or ``data:`` source is shown as text. Every value from
a posting or a plugin (titles, sources, ids, reasons, next steps, messages,
the posting text) is HTML-escaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from html import escape
from itertools import pairwise
from typing import TYPE_CHECKING

from screener.core.models import FitReport, RequirementAssessment
from screener.io.display import Names
from screener.io.output import http_url

if TYPE_CHECKING:
    from screener.io.ranking import Ranked

_STRENGTH_ORDER = ("required", "preferred", "not_required")
_STATUS_ORDER = ("unmet", "partial", "unknown", "met")

STYLE = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; margin: 0 auto;
       max-width: 1100px; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .25rem; border-top: 2px solid #d0d0d0; padding-top: 1rem; }
.source { color: #555; margin: 0 0 .5rem; font-family: ui-monospace, monospace; font-size: .85rem; }
.verdict { display: inline-block; padding: .2rem .6rem; border-radius: 4px; font-weight: 600; }
.verdict-qualified { background: #d4f5dd; color: #0d5a26; }
.verdict-stretch { background: #ffe2b3; color: #6b3d00; }
.verdict-not_qualified { background: #ffd6dc; color: #7a0016; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0; font-size: .9rem; }
th, td { border: 1px solid #d0d0d0; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.status { font-weight: 600; white-space: nowrap; }
tr.status-met td.status { color: #0d5a26; }
tr.status-partial td.status { color: #8a4f00; }
tr.status-unmet td.status { color: #b00020; }
tr.status-unknown td.status { color: #555; }
tr:target { outline: 3px solid #3366cc; }
.posting-text { white-space: pre-wrap; border: 1px solid #d0d0d0; border-radius: 4px; padding: 1rem;
                background: #fcfcfc; font-size: .92rem; }
.ev-required { background: #fff3c4; border-bottom: 2px solid #c9a100; }
.ev-preferred { background: #e3efff; border-bottom: 2px dashed #5b8bd6; }
.ev-not_required { background: #eeeeee; border-bottom: 2px dotted #888888; }
mark { padding: 0 .1rem; border-radius: 3px; font-weight: 600; color: inherit; }
mark.st-met { background: #a8e6b8; outline: 1px solid #1b7f3b; }
mark.st-partial { background: #ffc97a; outline: 1px solid #a35c00; }
mark.st-unmet { background: #ff9fae; outline: 1px solid #b00020; }
mark.st-unknown { background: #d6d6d6; outline: 1px solid #666666; }
mark.st-none { background: transparent; outline: 1px dotted #888888; font-weight: 400; }
a.req { color: inherit; text-decoration: none; }
.legend span { display: inline-block; margin: 0 .6rem .3rem 0; padding: 0 .3rem; }
.summary td.score, .summary td.rank { text-align: right; }
.summary ul { margin: 0; padding-left: 1.1rem; }
.step { color: #555; }
.errors { color: #b00020; }
"""


def render_html(
    pairs: Iterable[tuple[str, FitReport]], *, title: str = "screener fit report", names: Names | None = None
) -> Iterator[str]:
    """The page, in chunks, for ``(posting text, report)`` pairs (the text the evidence offsets index).

    The postings appear in the order given; with more than one, a summary
    table at the top lists them in rank order (as ``screener rank``), each
    linked to its section.
    """
    from screener.io.ranking import rank

    pairs = list(pairs)
    yield _head(title)
    yield f"{_legend()}\n"
    if len(pairs) > 1:
        yield _ranking_table(rank((report for _, report in pairs), names=names), link=True)
    for number, (text, report) in enumerate(pairs, 1):
        yield _section(number, text, report)
    yield "</body>\n</html>\n"


def render_ranking_html(ranked: Sequence[Ranked], *, title: str = "screener ranking") -> Iterator[str]:
    """``screener rank --format html``: the ranking (rank, verdict, score, posting, top missing items) as a page."""
    yield _head(title)
    if ranked:
        yield _ranking_table(ranked, link=False)
    else:
        yield "<p>No postings.</p>\n"
    yield "</body>\n</html>\n"


def _head(title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n"
    )


def _legend() -> str:
    return (
        '<p class="legend">Evidence: <span class="ev-required">required</span>'
        '<span class="ev-preferred">preferred</span><span class="ev-not_required">not required</span>'
        ' &nbsp; Requirement: <mark class="st-met">met</mark> <mark class="st-partial">partial</mark> '
        '<mark class="st-unmet">unmet</mark> <mark class="st-unknown">unknown</mark></p>'
    )


def _ranking_table(ranked: Sequence[Ranked], *, link: bool) -> str:
    """Postings in rank order: verdict, score, and the top missing items with their next steps.

    With ``link``, each posting links to its section of the same page (``#pN``,
    N its place in the input).
    """
    rows = []
    for position, r in enumerate(ranked, 1):
        verdict = r.verdict or "error"
        name = escape(r.title or r.source or f"posting {r.number or position}")
        if link and r.number:
            name = f'<a href="#p{r.number}">{name}</a>'
        if r.source and r.title:
            name += f'<div class="source">{escape(r.source)}</div>'
        if r.verdict is None:
            gaps = f'<span class="errors">{escape(r.error or "")}</span>'
        elif r.shown:
            items = []
            for label, step in zip(r.shown, r.next_steps, strict=True):
                text = escape(label)
                if step:
                    text += f' <span class="step">({escape(step)})</span>'
                items.append(f"<li>{text}</li>")
            gaps = "<ul>" + "".join(items) + "</ul>"
        else:
            gaps = "-"
        rows.append(
            f'<tr><td class="rank">{position}</td>'
            f'<td><span class="verdict verdict-{escape(verdict, quote=True)}">'
            f"{escape(verdict.replace('_', ' '))}</span></td>"
            f'<td class="score">{"" if r.score is None else r.score}</td>'
            f"<td>{name}</td><td>{gaps}</td></tr>"
        )
    return (
        '<table class="summary"><tr><th>rank</th><th>verdict</th><th>score</th><th>posting</th>'
        "<th>top missing (next step)</th></tr>\n" + "\n".join(rows) + "\n</table>\n"
    )


def _section(number: int, text: str, report: FitReport) -> str:
    fit = report.fit
    parts = [f'<section class="posting" id="p{number}">']
    parts.append(f"<h2>{escape(report.title or report.source or f'Posting {number}')}</h2>")
    if report.source:
        parts.append(f'<p class="source">{escape(report.source)}</p>')
    for error in report.errors:
        parts.append(f'<p class="errors">{escape(error.message)}</p>')
    if fit is not None:
        parts.append(
            f'<p><span class="verdict verdict-{fit.verdict}">{escape(fit.verdict.replace("_", " "))}</span>'
            f" score {fit.score}/100</p>"
        )
        parts.append(_assessment_table(number, fit.assessments))
    if text:
        parts.append(f'<div class="posting-text">{_highlighted(number, text, report)}</div>')
    parts.append("</section>\n")
    return "\n".join(parts)


def _assessment_table(number: int, assessments: list[RequirementAssessment]) -> str:
    rows = [
        '<table class="assessments"><tr><th>status</th><th>strength</th><th>kind</th><th>requirement</th>'
        "<th>why</th><th>next step</th></tr>"
    ]
    for a in assessments:
        step = escape(a.next_step or "")
        link = http_url(a.source)
        if link:
            step += f' <a href="{escape(link, quote=True)}" rel="noreferrer">source</a>'
        elif a.source:
            step += f" (source: {escape(a.source)})"
        rows.append(
            f'<tr id="p{number}-r{a.requirement}" class="status-{a.status}"><td class="status">{a.status}</td>'
            f"<td>{a.strength.replace('_', ' ')}</td><td>{a.kind.replace('_', ' ')}</td><td>{escape(a.id)}</td>"
            f"<td>{escape(a.reason)}</td><td>{step}</td></tr>"
        )
    rows.append("</table>")
    return "\n".join(rows)


def _highlighted(number: int, text: str, report: FitReport) -> str:
    """The posting text cut at every evidence and mention boundary, each piece styled by what covers it."""
    statuses = {a.requirement: a for a in report.fit.assessments} if report.fit else {}
    evidence: list[tuple[int, int, str]] = []
    mentions: list[tuple[int, int, int]] = []
    for index, requirement in enumerate(report.requirements):
        if requirement.evidence is not None:
            evidence.append((requirement.evidence.start, requirement.evidence.end, requirement.strength or "required"))
        mentions.append((requirement.mention.start, requirement.mention.end, index))
    cuts = sorted(
        {
            0,
            len(text),
            *(s for s, _, _ in evidence),
            *(e for _, e, _ in evidence),
            *(s for s, _, _ in mentions),
            *(e for _, e, _ in mentions),
        }
    )
    out = []
    for start, end in pairwise(cuts):
        if start >= end or end > len(text):
            continue
        piece = escape(text[start:end])
        covering = [i for s, e, i in mentions if s <= start and end <= e]
        if covering:
            index = min(covering, key=lambda i: _STATUS_ORDER.index(statuses[i].status) if i in statuses else 9)
            piece = _mark(number, index, piece, report, statuses.get(index))
        strengths = [k for s, e, k in evidence if s <= start and end <= e]
        if strengths:
            strongest = min(strengths, key=_STRENGTH_ORDER.index)
            piece = f'<span class="ev-{strongest}">{piece}</span>'
        out.append(piece)
    return "".join(out)


def _mark(number: int, index: int, piece: str, report: FitReport, assessment: RequirementAssessment | None) -> str:
    requirement = report.requirements[index]
    status = assessment.status if assessment else "none"
    label = f"{requirement.kind} {requirement.id}, {(requirement.strength or '').replace('_', ' ')}: "
    label += f"{status} - {assessment.reason}" if assessment else "not assessed"
    body = f'<mark class="st-{status}" data-requirement="{index}" title="{escape(label, quote=True)}">{piece}</mark>'
    return f'<a class="req" href="#p{number}-r{index}">{body}</a>' if assessment else body
