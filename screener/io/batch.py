"""Running a batch for the command line: sources in, extractions out, failures counted and reported.

The output (stdout) only ever carries the extractions, error records
included; every message, the progress bar and the closing summary go to
stderr. The progress bar is shown only when stderr is a terminal. Messages
name files, records and plugins, so each passes through
:func:`screener.core.terminal.visible` and stays one line that shows what it holds.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from screener.core.errors import ReadError
from screener.core.terminal import visible
from screener.io.sources import expand_sources

if TYPE_CHECKING:
    from screener.core.models import Extraction, Posting, Profile
    from screener.engine import Screener

Note = Callable[[str], None]


@dataclass
class BatchCounts:
    """What a batch did, for the summary line."""

    sources: int = 0
    postings: int = 0
    failed: int = 0
    skipped: int = 0
    requirements: int = 0

    def summary(self) -> str:
        return (
            f"{self.postings} posting(s), {self.failed} with errors "
            f"(from {self.sources} source(s); {self.requirements} requirement(s) found)"
        )


class StopBatch(Exception):
    """``--strict``: the first failure ends the batch."""


def run_batch(
    screener: Screener,
    names: Sequence[str],
    *,
    globs: Sequence[str] = (),
    options: Mapping[str, str] | None = None,
    n_process: int = 1,
    strict: bool = False,
    counts: BatchCounts,
    note: Note,
    profile: Profile | None = None,
    texts: deque[str] | None = None,
) -> Iterator[Extraction]:
    """Extract (or, given a ``profile``, screen) every source named, in order, counting and reporting failures.

    Counts go into ``counts``, failures to ``note``. Files found in
    directories that no reader understands are skipped (and counted); a file
    named explicitly that no reader understands is a failure. With
    ``strict``, the failing extraction is yielded and then
    :class:`StopBatch` is raised. With a ``profile`` the results are
    :class:`screener.FitReport` objects; with ``texts`` as well, the text of
    each result's posting is appended to it as the posting is read (``""``
    for one that could not be read), for output that shows the posting.
    """
    in_directories: set[str] = set()

    def sources() -> Iterator[str]:
        for source in expand_sources(names, globs):
            counts.sources += 1
            if source.in_directory:
                in_directories.add(source.name)
            yield source.name

    results: Iterator[Extraction]
    if profile is None:
        results = screener.extract_sources(sources(), options=options, n_process=n_process)
    elif texts is None:
        results = screener.screen_sources(sources(), profile, options=options, n_process=n_process)
    else:
        items = _keeping_texts((item for name in sources() for item in screener.read_all(name, options)), texts)
        results = screener.screen_many(items, profile, n_process=n_process)
    for extraction in results:
        if extraction.source in in_directories and [e.code for e in extraction.errors] == ["no_reader"]:
            counts.skipped += 1
            counts.sources -= 1
            if texts is not None:
                texts.popleft()
            continue
        counts.postings += 1
        counts.requirements += len(extraction.requirements)
        if extraction.errors:
            counts.failed += 1
            for error in extraction.errors:
                where = "" if error.message.startswith(f"{extraction.source}:") else f"{extraction.source}: "
                note(f"error: {where}{error.message}")
            if strict:
                yield extraction
                raise StopBatch
        yield extraction


def _keeping_texts(items: Iterator[Posting | ReadError], texts: deque[str]) -> Iterator[Posting | ReadError]:
    from screener.core.models import Posting

    for item in items:
        texts.append(item.text if isinstance(item, Posting) else "")
        yield item


@contextmanager
def progress(stream: TextIO | None = None) -> Iterator[tuple[Callable[[], None], Note]]:
    """A progress bar on ``stream`` (stderr) when it is a terminal: ``(advance, note)``.

    ``advance()`` counts one posting; ``note(message)`` prints a message
    above the bar without breaking it. When the stream is not a terminal
    there is no bar and notes are printed as they are.
    """
    stream = stream or sys.stderr

    def plain_note(message: str) -> None:
        print(f"screener: {visible(message)}", file=stream, flush=True)

    if not stream.isatty():
        yield (lambda: None), plain_note
        return
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked while the bar runs
    bar = tqdm(file=stream, unit=" postings", desc="screener", leave=False, dynamic_ncols=True)

    def bar_note(message: str) -> None:
        bar.write(f"screener: {visible(message)}", file=stream)

    try:
        yield (lambda: bar.update(1)), bar_note
    finally:
        bar.close()
