"""The command-line side of fit scoring: ``screener profile``, ``screener screen``, ``screener rank``.

Exit status, as for ``extract``: 0 ok; 1 some postings failed (and for
``profile check``: the profile is invalid); 2 usage error, including a
profile or weights file that cannot be read or does not validate (nothing is
screened); 3 plugin configuration error.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from screener.cli import (
    EXIT_FAILURES,
    EXIT_OK,
    EXIT_PLUGINS,
    EXIT_USAGE,
    MAX_CHARS_OPTION,
    _fail,
    _import_spacy,
    _note,
    _or_exit,
)

if TYPE_CHECKING:
    from screener.engine import Screener
    from screener.models import FitReport, Profile

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
    from screener.profiles import TEMPLATE

    if file is None:
        click.echo(TEMPLATE, nl=False)
        return
    if file.suffix.lower() not in (".yaml", ".yml"):
        _fail(f"{file}: the template is YAML; name the file .yaml or .yml", EXIT_USAGE)
    if file.exists() and not force:
        _fail(f"{file}: already exists (use --force to overwrite it)", EXIT_USAGE)
    try:
        file.write_text(TEMPLATE, encoding="utf-8")
    except OSError as exc:
        _fail(f"{file}: cannot be written ({exc.strerror})", EXIT_USAGE)
    _note(f"wrote {file}; edit it, then run: screener profile check {file}")


@profile.command("check")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def profile_check(file: Path) -> None:
    """Validate a profile; exit status 1 if it is invalid.

    Problems are reported by field path (and line, for YAML); values are never
    printed. Names that no installed plugin knows are warnings.
    """
    from screener.errors import DataFileError
    from screener.profiles import describe, load_profile, profile_warnings

    try:
        candidate = load_profile(file)
    except DataFileError as exc:
        _fail(str(exc), EXIT_FAILURES, lines=True)
    from screener.cli import _knowledge

    for warning in profile_warnings(candidate, _knowledge()):
        _note(f"warning: {file}: {warning}")
    click.echo(f"{file}: valid profile ({describe(candidate)})")


@profile.command("schema")
def profile_schema() -> None:
    """Print the JSON Schema of a profile."""
    from screener.models import json_schema

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
@click.argument("paths", nargs=-1, required=True, metavar="POSTING...")
@_PROFILE_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "markdown", "csv", "html"]),
    default="table",
    show_default=True,
    help="json/jsonl: the extraction plus a `fit` object; csv: a row per requirement; "
    "html: one self-contained page with the evidence highlighted.",
)
@_WEIGHTS_OPTION
@_STRICT_OPTION
@MAX_CHARS_OPTION
def screen(
    paths: tuple[str, ...],
    profile_path: Path,
    fmt: str,
    weights_path: Path | None,
    strict: bool,
    max_chars: int | None,
) -> None:
    """Say how well a profile fits each posting: verdict, score, every requirement, next steps.

    POSTING is a posting file or a directory (searched recursively). The
    verdict is qualified (every required item met), stretch (none unmet, some
    partial) or not_qualified.

    \b
    Examples:
      screener screen posting.txt --profile me.yaml
      screener screen saved/ --profile me.yaml --format html > fit.html
    """
    from screener.fit_output import render_reports

    candidate = _load_profile(profile_path)
    screener = _screener(strict, weights_path, max_chars)
    sources, in_directories = _expand(paths)
    counts = {"postings": 0, "failed": 0, "skipped": 0}
    if fmt == "html":
        _screen_html(screener, candidate, sources, in_directories, strict, counts)
    else:
        single = len(paths) == 1 and len(sources) == 1 and not Path(paths[0]).is_dir()
        stream = _reports(screener, candidate, sources, in_directories, strict, counts)
        for chunk in render_reports(stream, fmt, single=single):
            click.echo(chunk, nl=False)
    _finish(counts)


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@_PROFILE_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "markdown", "csv"]),
    default="table",
    show_default=True,
)
@click.option("--top", default=3, show_default=True, type=click.IntRange(0), help="Missing items shown per posting.")
@_WEIGHTS_OPTION
@_STRICT_OPTION
@MAX_CHARS_OPTION
def rank(
    paths: tuple[str, ...],
    profile_path: Path,
    fmt: str,
    top: int,
    weights_path: Path | None,
    strict: bool,
    max_chars: int | None,
) -> None:
    """Rank postings for a profile: qualified first, then stretch, then not qualified; by score within each.

    Each row shows the most important items the profile is missing. Postings
    that failed are listed last.

    \b
    Example:
      screener rank sample_postings/postings --profile sample_postings/profiles/cpc-a-one-year.yaml
    """
    from screener.fit_output import rank as ranked
    from screener.fit_output import render_ranking

    candidate = _load_profile(profile_path)
    screener = _screener(strict, weights_path, max_chars)
    sources, in_directories = _expand(paths)
    counts = {"postings": 0, "failed": 0, "skipped": 0}
    order = ranked(_reports(screener, candidate, sources, in_directories, strict, counts), top=top)
    click.echo(render_ranking(order, fmt), nl=False)
    _finish(counts)


# ---------------------------------------------------------------------- helpers


def _expand(paths: tuple[str, ...]) -> tuple[list[str], set[str]]:
    """The files to screen, and which of them were found by searching a directory."""
    from screener.sources import expand_sources

    sources = list(expand_sources(paths))
    return [s.name for s in sources], {s.name for s in sources if s.in_directory}


def _load_profile(path: Path) -> Profile:
    from screener.errors import DataFileError
    from screener.profiles import load_profile

    try:
        return load_profile(path)
    except DataFileError as exc:
        _fail(str(exc), EXIT_USAGE, lines=True)


def default_weights_file() -> Path | None:
    """$SCREENER_WEIGHTS, else the first of ~/.config/screener/weights.{toml,yaml,yml} that exists."""
    given = os.environ.get("SCREENER_WEIGHTS")
    if given:
        return Path(given)
    config = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "screener"
    return next((config / name for name in WEIGHTS_FILE_NAMES if (config / name).is_file()), None)


def _screener(strict: bool, weights_path: Path | None, max_chars: int | None) -> Screener:
    _import_spacy()
    from screener.engine import Screener
    from screener.errors import DataFileError, DuplicateDefinitionError, PluginError

    screener = _or_exit(
        lambda: Screener(
            strict=True if strict else None,
            weights=weights_path or default_weights_file(),
            max_posting_chars=max_chars,
        )
    )
    try:
        screener.weights  # noqa: B018 - resolve now, so a bad weights file or plugin stops before any output
    except DataFileError as exc:
        _fail(str(exc), EXIT_USAGE, lines=True)
    except (DuplicateDefinitionError, PluginError) as exc:
        _fail(str(exc), EXIT_PLUGINS)
    return screener


def _reports(
    screener: Screener,
    candidate: Profile,
    sources: list[str],
    in_directories: set[str],
    strict: bool,
    counts: dict[str, int],
) -> Iterator[FitReport]:
    """Screen every source, reporting failures on stderr and counting them."""
    from screener.errors import ScreenerError

    try:
        for report in screener.screen_sources(sources, candidate):
            if report.source in in_directories and [e.code for e in report.errors] == ["no_reader"]:
                counts["skipped"] += 1
                continue
            counts["postings"] += 1
            if report.errors:
                _report_errors(report, counts)
                if strict:
                    yield report
                    _fail("stopped at the first failure (--strict)", EXIT_FAILURES)
            yield report
    except ScreenerError as exc:
        _fail(str(exc), EXIT_FAILURES)


def _report_errors(report: FitReport, counts: dict[str, int]) -> None:
    counts["failed"] += 1
    for error in report.errors:
        where = "" if error.message.startswith(f"{report.source}:") else f"{report.source}: "
        _note(f"error: {where}{error.message}")


def _screen_html(
    screener: Screener,
    candidate: Profile,
    sources: list[str],
    in_directories: set[str],
    strict: bool,
    counts: dict[str, int],
) -> None:
    """HTML needs each posting's text for the highlights, so postings are read here, one by one."""
    from screener.engine import read_failure_record
    from screener.errors import NoReaderError, PostingTooLargeError, ReadError, ScreenerError
    from screener.html_report import render_html
    from screener.models import ErrorRecord, FitReport

    pairs = []
    for source in sources:
        try:
            posting = screener.read(source)
        except ReadError as exc:
            if isinstance(exc, NoReaderError) and source in in_directories:
                counts["skipped"] += 1
                continue
            report = FitReport(source=source, errors=read_failure_record(exc, source))
            text = ""
        else:
            try:
                report = screener.screen(posting, candidate)
                text = posting.text
            except PostingTooLargeError as exc:
                error = ErrorRecord(code="too_large", source=source, message=str(exc))
                report = FitReport(source=source, title=posting.title, errors=[error])
                text = ""
            except ScreenerError as exc:
                _fail(str(exc), EXIT_FAILURES)
        counts["postings"] += 1
        if report.errors:
            _report_errors(report, counts)
            if strict:
                _fail("stopped at the first failure (--strict)", EXIT_FAILURES)
        pairs.append((text, report))
    for chunk in render_html(pairs):
        click.echo(chunk, nl=False)


def _finish(counts: dict[str, int]) -> None:
    if counts["skipped"]:
        _note(f"skipped {counts['skipped']} file(s) in directories that no reader understands")
    if counts["postings"] > 1 or counts["failed"]:
        _note(f"{counts['postings']} posting(s), {counts['failed']} with errors")
    sys.exit(EXIT_FAILURES if counts["failed"] else EXIT_OK)
