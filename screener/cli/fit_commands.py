"""The command-line side of fit scoring: ``screener profile``, ``screener screen``, ``screener rank``.

Exit status, as for ``extract``: 0 ok; 1 some postings failed (and for
``profile check``: the profile is invalid); 2 usage error, including a
profile or weights file that cannot be read or does not validate (nothing is
screened); 3 plugin configuration error.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click

from screener.cli.common import (
    EXIT_FAILURES,
    EXIT_PLUGINS,
    EXIT_USAGE,
    batch_options,
    batch_run,
    fail,
    import_spacy,
    load_knowledge,
    note,
    or_exit,
    reader_options,
    single_posting,
)

if TYPE_CHECKING:
    from screener.core.models import FitReport, Profile
    from screener.engine import Screener
    from screener.io.display import Names

WEIGHTS_FILE_NAMES = ("weights.toml", "weights.yaml", "weights.yml")


@click.group("profile")
def profile() -> None:
    """Candidate profiles: write a template, check one, print the schema.

    A profile is a YAML, JSON or TOML file saying what you have studied, hold
    and have done (docs/profile.md describes every field).
    """


@profile.command("init")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
def profile_init(file: Path | None, force: bool) -> None:
    """Write a commented profile template to FILE (or print it).

    \b
    Example:
      screener profile init my-profile.yaml && $EDITOR my-profile.yaml
    """
    from screener.fit.profiles import TEMPLATE

    if file is None:
        click.echo(TEMPLATE, nl=False)
        return
    if file.suffix.lower() not in (".yaml", ".yml"):
        fail(f"{file}: the template is YAML; name the file .yaml or .yml", EXIT_USAGE)
    if file.exists() and not force:
        fail(f"{file}: already exists (use --force to overwrite it)", EXIT_USAGE)
    try:
        file.write_text(TEMPLATE, encoding="utf-8")
    except OSError as exc:
        fail(f"{file}: cannot be written ({exc.strerror})", EXIT_USAGE)
    note(f"wrote {file}; edit it, then run: screener profile check {file}")


@profile.command("check")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def profile_check(file: Path) -> None:
    """Validate a profile; exit status 1 if it is invalid.

    Problems are reported by field path (and line, for YAML); values are never
    printed. Names that no installed plugin knows are warnings.
    """
    from screener.core.errors import DataFileError
    from screener.fit.profiles import describe, load_profile, profile_warnings

    try:
        candidate = load_profile(file)
    except DataFileError as exc:
        fail(str(exc), EXIT_FAILURES, lines=True)
    for warning in profile_warnings(candidate, load_knowledge()):
        note(f"warning: {file}: {warning}")
    click.echo(f"{file}: valid profile ({describe(candidate)})")


@profile.command("schema")
def profile_schema() -> None:
    """Print the JSON Schema of a profile."""
    from screener.core.models import json_schema

    click.echo(json.dumps(json_schema("profile"), indent=2))


_PROFILE_OPTION = click.option(
    "--profile",
    "profile_path",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Your profile (YAML, JSON or TOML); `screener profile init` writes one.",
)
_WEIGHTS_OPTION = click.option(
    "--weights",
    "weights_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="A weights file (YAML, JSON or TOML; docs/scoring.md). Default: $SCREENER_WEIGHTS, "
    "else ~/.config/screener/weights.toml (or .yaml) if it exists.",
)
_STRICT_OPTION = click.option(
    "--strict", is_flag=True, help="Stop at the first failure (unreadable file, failing plugin)."
)


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="SOURCE...")
@_PROFILE_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "markdown", "csv", "html"]),
    default="table",
    show_default=True,
    help="json/jsonl: the extraction plus a `fit` object; csv: a row per requirement; "
    "html: one self-contained page with the evidence highlighted, its summary in rank order.",
)
@_WEIGHTS_OPTION
@_STRICT_OPTION
@batch_options
def screen(
    paths: tuple[str, ...],
    profile_path: Path,
    fmt: str,
    weights_path: Path | None,
    strict: bool,
    globs: tuple[str, ...],
    field: str | None,
    read_options: dict[str, str],
    jobs: int,
    max_chars: int | None,
) -> None:
    """Say how well a profile fits each posting: verdict, score, every requirement, next steps.

    SOURCE is what `screener extract` reads: a posting file, a batch file
    (.jsonl, .json, .csv: one result per record), a directory (searched
    recursively), - for standard input, or an http(s):// URL. The verdict is
    qualified (every required item met), stretch (none unmet, some partial)
    or not_qualified.

    \b
    Examples:
      screener screen posting.txt --profile me.yaml
      screener screen saved/ --profile me.yaml --format html > fit.html
      screener screen feed.csv --field description --profile me.yaml --jobs 2 --format jsonl
    """
    from screener.io.display import Names
    from screener.io.fit_output import render_reports

    candidate = _load_profile(profile_path)
    screener = _screener(strict, weights_path, max_chars)
    options = reader_options(field, read_options)
    names = Names(screener.knowledge)
    with _batch(screener, candidate, paths, globs, options, jobs, strict, html=fmt == "html") as (stream, texts):
        if fmt == "html":
            _screen_html(stream, texts, names)
        else:
            single, stream = single_posting(stream, paths)
            for chunk in render_reports(stream, fmt, single=single, names=names):
                click.echo(chunk, nl=False)


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="SOURCE...")
@_PROFILE_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "markdown", "csv", "html"]),
    default="table",
    show_default=True,
    help="html: one self-contained page, the ranking with verdict, score and the top missing items.",
)
@click.option("--top", default=3, show_default=True, type=click.IntRange(0), help="Missing items shown per posting.")
@_WEIGHTS_OPTION
@_STRICT_OPTION
@batch_options
def rank(
    paths: tuple[str, ...],
    profile_path: Path,
    fmt: str,
    top: int,
    weights_path: Path | None,
    strict: bool,
    globs: tuple[str, ...],
    field: str | None,
    read_options: dict[str, str],
    jobs: int,
    max_chars: int | None,
) -> None:
    """Rank postings for a profile: qualified first, then stretch, then not qualified; by score within each.

    SOURCE is what `screener extract` reads (files, batch files, directories,
    -, URLs). Each row shows the most important items the profile is
    missing. Postings that failed are listed last.

    \b
    Examples:
      screener rank sample_postings/postings --profile sample_postings/profiles/cpc-a-one-year.yaml
      screener rank saved/ --glob '*.html' --profile me.yaml --format html > ranking.html
    """
    from screener.io.display import Names
    from screener.io.fit_output import render_ranking
    from screener.io.ranking import rank as ranked

    candidate = _load_profile(profile_path)
    screener = _screener(strict, weights_path, max_chars)
    options = reader_options(field, read_options)
    with _batch(screener, candidate, paths, globs, options, jobs, strict) as (stream, _):
        order = ranked(stream, top=top, names=Names(screener.knowledge))
        click.echo(render_ranking(order, fmt), nl=False)


# ---------------------------------------------------------------------- helpers


@contextmanager
def _batch(
    screener: Screener,
    candidate: Profile,
    paths: tuple[str, ...],
    globs: tuple[str, ...],
    options: dict[str, str],
    jobs: int,
    strict: bool,
    *,
    html: bool = False,
) -> Iterator[tuple[Iterator[FitReport], deque[str]]]:
    """Screen the sources as ``extract`` reads them: failures on stderr, a progress bar, the summary at the end.

    Yields the stream of reports and, for ``html``, the posting texts in the
    same order (pop one per report). When the block ends, exits with 0, or 1
    when some postings failed (or ``--strict`` stopped the batch).
    """
    texts: deque[str] = deque()
    run_options = {"profile": candidate, "texts": texts if html else None}
    with batch_run(screener, paths, globs, options, jobs, strict, **run_options) as stream:
        yield stream, texts


def _load_profile(path: Path) -> Profile:
    from screener.core.errors import DataFileError
    from screener.fit.profiles import load_profile

    try:
        return load_profile(path)
    except DataFileError as exc:
        fail(str(exc), EXIT_USAGE, lines=True)


def default_weights_file() -> Path | None:
    """$SCREENER_WEIGHTS, else the first of ~/.config/screener/weights.{toml,yaml,yml} that exists."""
    given = os.environ.get("SCREENER_WEIGHTS")
    if given:
        return Path(given)
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "screener"
    return next((config / name for name in WEIGHTS_FILE_NAMES if (config / name).is_file()), None)


def _screener(strict: bool, weights_path: Path | None, max_chars: int | None) -> Screener:
    import_spacy()
    from screener.core.errors import DataFileError, DuplicateDefinitionError, PluginError
    from screener.engine import Screener

    screener = or_exit(
        lambda: Screener(
            strict=True if strict else None,
            weights=weights_path or default_weights_file(),
            max_posting_chars=max_chars,
        )
    )
    try:
        screener.weights  # noqa: B018 - resolve now, so a bad weights file or plugin stops before any output
    except DataFileError as exc:
        fail(str(exc), EXIT_USAGE, lines=True)
    except (DuplicateDefinitionError, PluginError) as exc:
        fail(str(exc), EXIT_PLUGINS)
    return screener


def _screen_html(stream: Iterator[FitReport], texts: deque[str], names: Names) -> None:
    """The page needs each posting's text for the highlights: the batch keeps them, in the reports' order."""
    from screener.io.html_report import render_html

    pairs = []
    for report in stream:
        text = texts.popleft()
        if any(error.code == "too_large" for error in report.errors):
            text = ""  # refused for its size: not laid out on the page either
        pairs.append((text, report))
    for chunk in render_html(pairs, names=names):
        click.echo(chunk, nl=False)
