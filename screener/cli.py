"""The ``screener`` command line.

Exit status: 0 when everything was read and extracted; 1 when some postings
failed (each failure is an error record in the output and a line on stderr;
the others are still processed); 2 for a usage error; 3 when the installed
plugins cannot work together (two define the same id) or, in strict mode, a
plugin failed.

Heavy modules (spaCy, the models) are imported inside the commands, so
``screener --help`` and ``screener plugins`` stay fast.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

if TYPE_CHECKING:
    from screener.engine import Screener
    from screener.models import Extraction

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_PLUGINS = 0, 1, 2, 3


def _version() -> str:
    from screener import __version__

    return __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(version=None, package_name="screener", prog_name="screener", message="%(prog)s %(version)s")
def cli() -> None:
    """Read health-information job postings and say what they require.

    Finds credentials (RHIT, RHIA, CCS, CPC, CTR, ...), coding systems
    (ICD-10-CM/PCS, CPT, HCPCS, ...), education and years of experience, and
    whether each is required or preferred. Plugins add credentials, skills,
    readers and rules: see `screener plugins`.
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl"]),
    default="table",
    show_default=True,
    help="table for people; json (one object, or an array for several postings) or jsonl (a line per posting).",
)
@click.option("--strict", is_flag=True, help="Stop at the first failure (unreadable file or record, failing plugin).")
@click.option(
    "--glob",
    "globs",
    multiple=True,
    metavar="PATTERN",
    help="In directories, read only files whose name (or relative path, if PATTERN has a /) matches. Repeatable.",
)
@click.option(
    "--field",
    metavar="NAME",
    help="The JSON field or CSV column that holds the posting text (default: text, else description).",
)
@click.option(
    "--read-option",
    "read_options",
    multiple=True,
    metavar="KEY=VALUE",
    callback=lambda ctx, param, value: _parse_read_options(value),
    help="An option for the readers, e.g. title_field=name, id_field=ref, format=html (for -), "
    "timeout=10, max_bytes=5000000 (for URLs). Repeatable.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for extraction; results keep the input order.",
)
def extract(
    paths: tuple[str, ...],
    fmt: str,
    strict: bool,
    globs: tuple[str, ...],
    field: str | None,
    read_options: dict[str, str],
    jobs: int,
) -> None:
    """Extract the requirements of job postings.

    SOURCE is a posting file (.txt, .md, .html, .pdf, .docx), a batch file
    (.jsonl, .json, .csv, also gzipped: .jsonl.gz), a directory (searched
    recursively for files a reader understands), - for standard input, or an
    http(s):// URL. Each failing file or record becomes an error record in
    the output and a line on stderr; the rest go on.

    \b
    Examples:
      screener extract sample_postings/postings
      screener extract saved-page.html posting.pdf --format json
      screener extract postings.jsonl.gz --format jsonl --jobs 2 > requirements.jsonl
      screener extract exports.csv --field description
      screener extract saved/ --glob '*.html'
      pbpaste | screener extract -
    """
    from screener.batch import BatchCounts, StopBatch, progress, run_batch
    from screener.errors import ScreenerError
    from screener.output import render_extractions

    options = dict(read_options)
    if field is not None:
        options["field"] = field
    screener = _build_screener(strict=strict)
    counts = BatchCounts()
    with progress() as (advance, note):
        stream = run_batch(
            screener, paths, globs=globs, options=options, n_process=jobs, strict=strict, counts=counts, note=note
        )
        try:
            single, stream = _single_posting(stream, paths)
            for chunk in render_extractions(_advancing(stream, advance), fmt, single=single):
                click.echo(chunk, nl=False)
        except StopBatch:
            _fail("stopped at the first failure (--strict)", EXIT_FAILURES)
        except ScreenerError as exc:
            _fail(str(exc), EXIT_FAILURES)
    if counts.skipped:
        _note(f"skipped {counts.skipped} file(s) in directories that no reader understands")
    if counts.postings > 1 or counts.failed:
        _note(counts.summary())
    sys.exit(EXIT_FAILURES if counts.failed else EXIT_OK)


@cli.command()
@click.option("--all", "show_all", is_flag=True, help="Include the built-in plugins.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def plugins(show_all: bool, fmt: str) -> None:
    """List installed plugins: name, version, hooks and what each contributes.

    Built-in plugins are listed with --all. Plugins that failed to load are
    listed with the reason (and reported on stderr).
    """
    from screener.knowledge import plugin_contributions
    from screener.output import table
    from screener.plugins import get_plugin_host

    host = _or_exit(get_plugin_host)
    contributions = _or_exit(lambda: plugin_contributions(host))
    rows = []
    for record in host.records.values():
        if record.builtin and not show_all:
            continue
        given = contributions.get(record.name, {})
        rows.append(
            {
                "name": record.name,
                "distribution": record.distribution,
                "version": record.version,
                "builtin": record.builtin,
                "module": record.module,
                "hooks": host.hooks_of(record.name),
                "credentials": given.get("credentials", []),
                "skills": given.get("skills", []),
            }
        )
    failed = [
        {"name": f.name, "distribution": f.distribution, "hook": f.hook, "error": f.message} for f in host.failures
    ]
    if fmt == "json":
        click.echo(json.dumps(rows + failed, indent=2))
        return
    if not rows and not failed:
        click.echo("No plugins installed (use --all to list the built-in ones).")
        return
    lines = [("NAME", "VERSION", "HOOKS", "CONTRIBUTES")]
    for row in rows:
        given = row["credentials"] + row["skills"]
        lines.append(
            (
                row["name"] + (" (built-in)" if row["builtin"] else ""),
                row["version"] or "",
                ",".join(h.removeprefix("screener_") for h in row["hooks"]),
                ", ".join(given) if given else "-",
            )
        )
    for failure in failed:
        lines.append((failure["name"], "", "FAILED", failure["error"]))
    click.echo("\n".join(table(lines)))


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--no-misses", is_flag=True, help="Print only the scores, not the list of misses.")
def evaluate(folder: Path, fmt: str, no_misses: bool) -> None:
    """Score extraction against hand-labelled postings.

    FOLDER holds postings/NAME.txt and labels/NAME.json in the format of the
    shared corpus's LABELS.md. Prints per-field precision, recall and F1
    (credentials by id and strength, any-of groups, coding systems with family
    matching), the accuracy of the minimum required education level and years
    of experience, and every miss. Installed plugins take part, so a plugin
    author can measure a plugin on their own labelled postings.

    \b
    Example:
      screener evaluate ../shared/corpus
    """
    from screener.errors import ScreenerError
    from screener.evaluation import evaluate as run_evaluation
    from screener.evaluation import render_report

    screener = _build_screener(strict=False)
    try:
        report = run_evaluation(screener, folder)
    except ScreenerError as exc:
        _fail(str(exc), EXIT_USAGE)
    if no_misses:
        report.misses = []
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(render_report(report), nl=False)
    sys.exit(EXIT_FAILURES if report.errors else EXIT_OK)


@cli.command()
@click.argument(
    "name", type=click.Choice(["extraction", "posting", "requirement", "credential", "skill", "profile", "assessment"])
)
def schema(name: str) -> None:
    """Print the JSON Schema of one of the screener's data models."""
    from screener.models import json_schema

    click.echo(json.dumps(json_schema(name), indent=2))


# ---------------------------------------------------------------------- helpers


def _build_screener(*, strict: bool) -> Screener:
    from screener.engine import Screener

    return _or_exit(lambda: Screener(strict=True) if strict else Screener())


def _or_exit(build):  # type: ignore[no-untyped-def]
    """Run ``build``; turn plugin configuration errors into a message and exit status 3."""
    from screener.errors import DuplicateDefinitionError, PluginError

    try:
        return build()
    except (DuplicateDefinitionError, PluginError) as exc:
        _fail(str(exc), EXIT_PLUGINS)


def _parse_read_options(values: tuple[str, ...]) -> dict[str, str]:
    options = {}
    for value in values:
        key, sep, setting = value.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{value!r} is not KEY=VALUE", param_hint="--read-option")
        options[key.strip()] = setting
    return options


def _single_posting(stream: Iterator[Extraction], paths: tuple[str, ...]) -> tuple[bool, Iterator[Extraction]]:
    """Whether the user asked for one posting (one file that held one), and the stream unchanged.

    ``--format json`` prints that one as an object, anything else as an array;
    a batch file (its records are named ``file:line``) is always an array.
    """
    if len(paths) != 1 or os.path.isdir(paths[0]):
        return False, stream
    head = list(islice(stream, 2))
    return len(head) == 1 and head[0].source == paths[0], chain(head, stream)


def _advancing(stream: Iterator[Extraction], advance: Callable[[], None]) -> Iterator[Extraction]:
    for extraction in stream:
        advance()
        yield extraction


def _note(message: str) -> None:
    click.echo(f"screener: {message}", err=True)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"screener: error: {message}", err=True)
    sys.exit(code)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="screener")


if __name__ == "__main__":  # pragma: no cover
    main()
