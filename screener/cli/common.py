"""What the commands share: exit statuses, the batch options, messages, and building a screener.

Messages pass through :func:`screener.core.terminal.visible`, so file names,
ids and plugin messages cannot move the cursor or start a line of their own.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from itertools import chain, islice
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

if TYPE_CHECKING:
    from screener.core.models import Extraction
    from screener.engine import Screener
    from screener.knowledge.base import Knowledge

_T = TypeVar("_T")
_E = TypeVar("_E", bound="Extraction")

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_PLUGINS = 0, 1, 2, 3
#: 128 + SIGINT, as shells report a command stopped by Ctrl-C.
EXIT_INTERRUPTED = 130

#: ``--max-chars``, for every command that reads postings.
MAX_CHARS_OPTION = click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    metavar="N",
    help="Refuse postings longer than N characters with an error record "
    "(default: $SCREENER_MAX_POSTING_CHARS, else 200000).",
)


#: The options every command that reads postings shares (``extract``, ``screen``, ``rank``): one definition.
GLOB_OPTION = click.option(
    "--glob",
    "globs",
    multiple=True,
    metavar="PATTERN",
    help="In directories, read only files whose name (or relative path, if PATTERN has a /) matches. Repeatable.",
)
FIELD_OPTION = click.option(
    "--field",
    metavar="NAME",
    help="The JSON field or CSV column that holds the posting text (default: text, else description).",
)
READ_OPTION_OPTION = click.option(
    "--read-option",
    "read_options",
    multiple=True,
    metavar="KEY=VALUE",
    callback=lambda ctx, param, value: parse_read_options(value),
    help="An option for the readers, e.g. title_field=name, id_field=ref, format=html (for -), "
    "timeout=10 (for URLs), max_bytes=50000000 (the most read per posting or record; default 20000000). "
    "Repeatable.",
)
JOBS_OPTION = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes that read and extract (with 2 or more; this one writes the results, in input order).",
)


def batch_options(command: Callable[..., object]) -> Callable[..., object]:
    """``--glob``, ``--field``, ``--read-option``, ``--jobs`` and ``--max-chars``, the same on every command."""
    for option in reversed((GLOB_OPTION, FIELD_OPTION, READ_OPTION_OPTION, JOBS_OPTION, MAX_CHARS_OPTION)):
        command = option(command)
    return command


def reader_options(field: str | None, read_options: dict[str, str]) -> dict[str, str]:
    """What the readers receive: the ``--read-option`` settings, and ``--field`` as ``field``."""
    options = dict(read_options)
    if field is not None:
        options["field"] = field
    return options


def build_screener(*, strict: bool, max_chars: int | None = None) -> Screener:
    import_spacy()
    from screener.engine import Screener

    return or_exit(lambda: Screener(strict=True if strict else None, max_posting_chars=max_chars))


def import_spacy() -> None:
    """spaCy without its own command line, before anything imports it: a fifth of a cold start saved."""
    from screener.extraction.spacy_import import import_spacy_without_its_cli

    import_spacy_without_its_cli()


def or_exit(build: Callable[[], _T]) -> _T:
    """Run ``build``; turn plugin configuration errors into exit status 3 and bad settings into 2, with a message."""
    from screener.core.errors import ConfigurationError, DuplicateDefinitionError, PluginError

    try:
        return build()
    except (DuplicateDefinitionError, PluginError) as exc:
        fail(str(exc), EXIT_PLUGINS)
    except ConfigurationError as exc:
        fail(str(exc), EXIT_USAGE)


def parse_read_options(values: tuple[str, ...]) -> dict[str, str]:
    options = {}
    for value in values:
        key, sep, setting = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{value!r} is not KEY=VALUE", param_hint="--read-option")
        options[key.strip()] = setting
    return options


def single_posting(stream: Iterator[_E], paths: tuple[str, ...]) -> tuple[bool, Iterator[_E]]:
    """Whether the user asked for one posting (one file that held one), and the stream unchanged.

    ``--format json`` prints that one as an object, anything else as an array;
    a batch file (its records are named ``file:line``) is always an array.
    """
    if len(paths) != 1 or os.path.isdir(paths[0]):
        return False, stream
    head = list(islice(stream, 2))
    return len(head) == 1 and head[0].source == paths[0], chain(head, stream)


def advancing(stream: Iterator[Extraction], advance: Callable[[], None]) -> Iterator[Extraction]:
    for extraction in stream:
        advance()
        yield extraction


def load_knowledge() -> Knowledge:
    from screener.host.plugins import get_plugin_host
    from screener.knowledge.base import collect_knowledge

    host = or_exit(get_plugin_host)
    return or_exit(lambda: collect_knowledge(host))


def lookup(items: Mapping[str, _T], wanted: str, what: str) -> _T:
    """An item by id, case-insensitively; an unknown id is a usage error with suggestions."""
    import difflib

    by_folded = {key.lower(): value for key, value in items.items()}
    found = by_folded.get(wanted.lower())
    if found is not None:
        return found
    close = difflib.get_close_matches(wanted.upper(), list(items), n=3)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; `screener {what}s` lists them"
    fail(f"no {what} {wanted!r} is known{hint}", EXIT_USAGE)


def show_listing(fmt: str, as_json: list[dict], columns: tuple, rows: list[tuple[str, ...]]) -> None:
    from screener.io.tables import render_table

    if fmt == "json":
        click.echo(json.dumps(as_json, indent=2))
    else:
        click.echo("\n".join(render_table(columns, rows)))


def note(message: str) -> None:
    from screener.core.terminal import visible

    click.echo(f"screener: {visible(message)}", err=True)


def fail(message: str, code: int, *, lines: bool = False) -> NoReturn:
    """Print ``message`` as an error and exit; ``lines`` keeps the line breaks of a message screener built by line."""
    from screener.core.terminal import visible, visible_lines

    click.echo(f"screener: error: {(visible_lines if lines else visible)(message)}", err=True)
    sys.exit(code)


@contextmanager
def batch_run(
    screener: Screener,
    paths: tuple[str, ...],
    globs: tuple[str, ...],
    options: dict[str, str],
    jobs: int,
    strict: bool,
    **run_options: Any,
) -> Iterator[Iterator[Any]]:
    """A batch as every command runs it: failures on stderr, a progress bar, the summary at the end.

    Yields the stream of results (``run_options`` go to
    :func:`screener.io.batch.run_batch`: ``profile`` to screen, ``texts``
    to collect). When the block ends, exits with 0, or 1 when some postings
    failed (or ``--strict`` stopped the batch).
    """
    from screener.core.errors import ScreenerError
    from screener.io.batch import BatchCounts, StopBatch, progress, run_batch

    counts = BatchCounts()
    with progress() as (advance, note_progress):
        stream = run_batch(
            screener,
            paths,
            globs=globs,
            options=options,
            n_process=jobs,
            strict=strict,
            counts=counts,
            note=note_progress,
            **run_options,
        )
        try:
            yield advancing(stream, advance)
        except StopBatch:
            fail("stopped at the first failure (--strict)", EXIT_FAILURES)
        except ScreenerError as exc:
            fail(str(exc), EXIT_FAILURES)
    if counts.skipped:
        note_progress(f"skipped {counts.skipped} file(s) in directories that no reader understands")
    if counts.postings > 1 or counts.failed:
        note_progress(counts.summary())
    sys.exit(EXIT_FAILURES if counts.failed else EXIT_OK)
