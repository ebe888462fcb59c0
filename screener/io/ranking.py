"""Ranking fit reports: what ``rank`` keeps of each report, and the order (shared by every output format)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from screener.core.models import FitReport
from screener.fit.scoring import missing, missing_label
from screener.io.display import Names

VERDICT_ORDER = ("qualified", "stretch", "not_qualified")


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
    #: ``missing`` as people read it (display names instead of ids), for tables and HTML.
    shown: list[str] = field(default_factory=list)
    #: The posting's number in the input (1 for the first), for links into a page in input order.
    number: int = 0
    #: Not scored by fit (``Fit.note``): an off-topic posting, or one that states nothing to check.
    unscored: bool = False

    @classmethod
    def of(cls, report: FitReport, top: int, names: Names | None = None, *, number: int = 0) -> Ranked:
        names = names or Names()
        fit = report.fit
        error = "; ".join(e.message for e in report.errors) or None
        if fit is None:
            return cls(report.source, report.title, None, None, 0, error=error, number=number)
        if fit.note is not None:  # off-topic, or nothing to check: after every posting that was scored
            return cls(
                report.source,
                report.title,
                fit.verdict,
                fit.score,
                0,
                [fit.note],
                [""],
                error,
                [fit.note],
                number,
                unscored=True,
            )
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
            [names.missing(item, report.requirements) for item in todo],
            number,
        )

    def sort_key(self) -> tuple[int, int, int, int, str]:
        """Scored postings first, then verdict (qualified first), score, how many items are met, the source.

        Postings not scored by fit (off-topic, nothing to check) come after
        every scored one, and failed ones last: neither can top a ranking.
        """
        if self.verdict is None:
            return (2, len(VERDICT_ORDER), 0, 0, self.source or "")
        return (int(self.unscored), VERDICT_ORDER.index(self.verdict), -(self.score or 0), -self.met, self.source or "")

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


def rank(reports: Iterable[FitReport], *, top: int = 3, names: Names | None = None) -> list[Ranked]:
    """Postings best first; those that failed come last (the sort is stable: ties keep the input order)."""
    ranked = (Ranked.of(report, top, names, number=n) for n, report in enumerate(reports, 1))
    return sorted(ranked, key=Ranked.sort_key)
