"""The ``screener`` command line.

Exit status: 0 when everything was read and extracted; 1 when some postings
failed (each failure is an error record in the output and a line on stderr;
the others are still processed), or the output could not be written (a full
disk: one line on stderr; a closed pipe, as in ``| head``: quietly); 2 for a
usage error; 3 when the installed plugins cannot work together (two define
the same id) or, in strict mode, a plugin failed; 130 when interrupted
(Ctrl-C).

Every message on stderr passes through :func:`screener.core.terminal.visible`:
file names, record ids, titles and plugin messages cannot move the cursor or
start a line of their own.

Heavy modules (spaCy, the models) are imported inside the commands, so
``screener --help`` and ``screener plugins`` stay fast.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sys
from pathlib import Path
from typing import NoReturn

import click

from screener.cli.common import (
    EXIT_FAILURES,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PLUGINS,
    EXIT_USAGE,
    batch_options,
    batch_run,
    build_screener,
    fail,
    import_spacy,
    load_knowledge,
    lookup,
    or_exit,
    reader_options,
    show_listing,
    single_posting,
)


class _ScreenerGroup(click.Group):
    """Turns a plugin configuration error in any command into a message and exit status 3, never a traceback.

    Ctrl-C (``KeyboardInterrupt``, from wherever it comes: a plugin may raise
    it too) stops the run with exit status 130 and no traceback.
    """

    def invoke(self, ctx: click.Context) -> object:
        from screener.core.errors import DuplicateDefinitionError, PluginError

        try:
            return super().invoke(ctx)
        except (DuplicateDefinitionError, PluginError) as exc:
            fail(str(exc), EXIT_PLUGINS)
        except KeyboardInterrupt:
            fail("interrupted", EXIT_INTERRUPTED)


@click.group(cls=_ScreenerGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(version=None, package_name="screener", prog_name="screener", message="%(prog)s %(version)s")
@click.option(
    "--plugin",
    "plugin_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False),
    metavar="FILE.py",
    help="Load a one-off plugin from a Python file, without packaging it (repeatable).",
)
@click.option(
    "--trace-plugins",
    is_flag=True,
    help="Log every hook call (plugin, arguments, result, time) to stderr; also SCREENER_TRACE_PLUGINS=1.",
)
def cli(plugin_files: tuple[str, ...], trace_plugins: bool) -> None:
    """Read health-information job postings and say what they require.

    Finds credentials (RHIT, RHIA, CCS, CPC, CTR, ...), coding systems
    (ICD-10-CM/PCS, CPT, HCPCS, ...), education and years of experience, and
    whether each is required or preferred. Plugins add credentials, skills,
    readers and rules: see `screener plugins`, `screener plugin new` and
    docs/plugins.md (SCREENER_LOAD_PLUGINS, SCREENER_DISABLE_PLUGINS).
    """
    from screener.host.plugins import configure_default_host  # cheap: no plugin is loaded until a command needs one

    configure_default_host(plugin_files=plugin_files, trace=True if trace_plugins else None)


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="SOURCE...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "csv"]),
    default="table",
    show_default=True,
    help="table for people; json (one object, or an array for several postings) or jsonl (a line per posting); "
    "csv: a row per requirement (and per error record).",
)
@click.option("--strict", is_flag=True, help="Stop at the first failure (unreadable file or record, failing plugin).")
@click.option(
    "--explain",
    is_flag=True,
    help="Also list every credential or skill the posting names that was not read as a requirement, and why "
    '(json/jsonl: a "dismissed" list; table: a section after the requirements).',
)
@batch_options
def extract(
    paths: tuple[str, ...],
    fmt: str,
    strict: bool,
    explain: bool,
    globs: tuple[str, ...],
    field: str | None,
    read_options: dict[str, str],
    jobs: int,
    max_chars: int | None,
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
      screener extract saved/ --glob '*.html' --format csv > requirements.csv
      screener extract posting.txt --explain
      pbpaste | screener extract -
    """
    from screener.io.display import Names
    from screener.io.output import render_extractions

    options = reader_options(field, read_options)
    screener = build_screener(strict=strict, max_chars=max_chars)
    with batch_run(screener, paths, globs, options, jobs, strict) as stream:
        single, stream = single_posting(stream, paths)
        names = Names(screener.knowledge)
        for chunk in render_extractions(stream, fmt, single=single, names=names, explain=explain):
            click.echo(chunk, nl=False)


@cli.command()
@click.option("--all", "show_all", is_flag=True, help="Include the built-in plugins.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def plugins(show_all: bool, fmt: str) -> None:
    """List installed plugins: name, version, hooks and what each contributes.

    Built-in plugins are listed with --all. Plugins that failed to load are
    listed with the reason (and reported on stderr); plugins left out by
    SCREENER_LOAD_PLUGINS or SCREENER_DISABLE_PLUGINS are listed as disabled;
    one-off files given with --plugin are listed with their path.
    """
    from screener.cli.plugin_listing import plugin_rows, render_plugin_table
    from screener.host.plugins import get_plugin_host

    host = or_exit(get_plugin_host)
    rows = or_exit(lambda: plugin_rows(host, show_all=show_all))
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2))
    elif not rows:
        click.echo("No plugins installed (use --all to list the built-in ones).")
    else:
        click.echo(render_plugin_table(rows))


@cli.group()
def plugin() -> None:
    """Write a plugin of your own: see `screener plugin new --help` and docs/plugins.md."""


@plugin.command("new")
@click.argument("name")
@click.option(
    "--directory",
    "-d",
    type=click.Path(file_okay=False, path_type=Path),
    default=".",
    show_default=True,
    help="Folder in which to create screener-NAME/.",
)
@click.option(
    "--credential", "credential_id", metavar="ID", help="Id of the example credential [default: NAME in upper case]."
)
def plugin_new(name: str, directory: Path, credential_id: str | None) -> None:
    """Create screener-NAME/, a plugin package ready to edit, pip install and test.

    It has a pyproject.toml with the `screener` entry point, a module
    (screener_NAME.py) with one example credential, tests that use the test
    kit, labelled example postings for `screener evaluate`, and a README.
    NAME is letters, digits and hyphens, e.g. acme-cdi.

    \b
    Example:
      screener plugin new acme-cdi
      pip install -e './screener-acme-cdi[test]'
      screener plugins
      cd screener-acme-cdi && python -m pytest
    """
    from screener.cli.scaffold import ScaffoldError, check_unclaimed, new_plugin, plugin_names
    from screener.core.version import __version__
    from screener.host.plugins import get_plugin_host

    try:
        names = plugin_names(name, credential_id)
        check_unclaimed(names, get_plugin_host())
        package = new_plugin(names, directory, screener_version=__version__)
    except ScaffoldError as exc:
        fail(str(exc), EXIT_USAGE)
    shown = str(package) if package.is_absolute() or str(package).startswith(".") else f"./{package}"
    click.echo(f"Created {shown}/ (plugin {names.name!r}, module {names.module}, credential {names.credential_id}).")
    click.echo(
        "Next:\n"
        f"  1. edit {shown}/{names.module}.py\n"
        f"  2. pip install -e '{shown}[test]'\n"
        "  3. screener plugins\n"
        f"  4. cd {shown} && python -m pytest\n"
        "The tutorial: docs/plugins.md in the screener repository."
    )


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--no-misses", is_flag=True, help="Print only the scores, not the list of misses.")
@click.option(
    "--extra-labels",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder of label files (NAME.json) whose keys are added to, or replace, the labels of the posting of "
    "that name (repeatable; later folders win).",
)
def evaluate(folder: Path, fmt: str, no_misses: bool, extra_labels: tuple[Path, ...]) -> None:
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
    import_spacy()
    from screener.core.errors import ScreenerError
    from screener.evaluation import evaluate as run_evaluation
    from screener.evaluation import render_report

    screener = build_screener(strict=False)
    try:
        report = run_evaluation(screener, folder, extra_labels)
    except ScreenerError as exc:
        fail(str(exc), EXIT_USAGE)
    if no_misses:
        report.misses = []
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        click.echo(render_report(report), nl=False)
    sys.exit(EXIT_FAILURES if report.errors else EXIT_OK)


@cli.command()
@click.argument(
    "name",
    type=click.Choice(
        [
            "extraction",
            "posting",
            "requirement",
            "credential",
            "skill",
            "profile",
            "assessment",
            "fit-report",
            "weights",
        ]
    ),
)
def schema(name: str) -> None:
    """Print the JSON Schema of one of the screener's data models."""
    from screener.core.models import json_schema

    click.echo(json.dumps(json_schema(name), indent=2))


@cli.command()
@click.argument("credential_id", required=False, metavar="[ID]")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def credentials(credential_id: str | None, fmt: str) -> None:
    """Browse the credentials the screener knows: issuer, aliases, prerequisites, sources.

    With an ID (e.g. RHIT), shows that credential in full: its documented
    prerequisites (routes, required or recommended), what it implies, renewal,
    and the source of each fact. Historical issuers (PAHCS) are listed under
    the table; `screener credentials PAHCS` shows one.
    """
    from screener.cli.knowledge_view import CREDENTIAL_COLUMNS, credential_detail, credential_rows, issuer_lines

    knowledge = load_knowledge()
    items = knowledge.credentials
    if credential_id is None:
        as_json = [c.model_dump(mode="json") for c in items.values()]
        show_listing(fmt, as_json, CREDENTIAL_COLUMNS, credential_rows(items.values()))
        historical = [i for i in knowledge.issuers.values() if i.historical]
        if fmt == "table" and historical:
            click.echo("\nHistorical issuers (no longer award credentials):")
            for former in historical:
                click.echo("\n".join(issuer_lines(former, brief=True)))
        return
    issuer = knowledge.issuers.get(credential_id.upper())
    if issuer is not None and credential_id.upper() not in items:
        if fmt == "json":
            click.echo(json.dumps(issuer.model_dump(mode="json"), indent=2))
        else:
            click.echo("\n".join(issuer_lines(issuer)))
        return
    credential = lookup(items, credential_id, "credential")
    if fmt == "json":
        click.echo(json.dumps(credential.model_dump(mode="json"), indent=2))
    else:
        click.echo(credential_detail(credential, owner=knowledge.owner("credential", credential.id)))


@cli.command()
@click.argument("skill_id", required=False, metavar="[ID]")
@click.option(
    "--category", type=click.Choice(["coding_system", "software", "skill"]), help="Only skills of this category."
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def skills(skill_id: str | None, category: str | None, fmt: str) -> None:
    """Browse the coding systems, software and skills the screener knows."""
    from screener.cli.knowledge_view import SKILL_COLUMNS, skill_detail, skill_rows

    knowledge = load_knowledge()
    items = {k: v for k, v in knowledge.skills.items() if category is None or v.category == category}
    if skill_id is None:
        show_listing(
            fmt, [s.model_dump(mode="json") for s in items.values()], SKILL_COLUMNS, skill_rows(items.values())
        )
        return
    skill = lookup(items, skill_id, "skill")
    if fmt == "json":
        click.echo(json.dumps(skill.model_dump(mode="json"), indent=2))
    else:
        click.echo(skill_detail(skill, owner=knowledge.owner(skill.category, skill.id)))


def _add_fit_commands() -> None:
    """``profile``, ``screen`` and ``rank`` live in screener.cli.fit_commands."""
    from screener.cli.fit_commands import profile, rank, screen

    for command in (profile, screen, rank):
        cli.add_command(command)


_add_fit_commands()


#: errno values that mean the output cannot be written: a full disk or quota, a file too large, a device error
_OUTPUT_ERRNOS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EFBIG", "EIO", "EPIPE") if hasattr(errno, name)
)


def main() -> None:
    """Console-script entry point.

    Writing the output can fail: a full disk (``> /dev/full``) ends with one
    line on stderr and exit status 1; a closed pipe (``| head -1``) ends
    quietly with exit status 1, as other command-line tools do. Never a
    traceback, also when the failure comes at the last flush.
    """
    status: int | str | None = EXIT_OK
    try:
        cli.main(prog_name="screener")  # standalone mode: every command ends in SystemExit
    except SystemExit as exc:
        status = exc.code
    except OSError as exc:
        if exc.errno not in _OUTPUT_ERRNOS:
            raise
        _output_failed(exc)
    try:
        sys.stdout.flush()
    except OSError as exc:
        _output_failed(exc)
    sys.exit(status)


def _output_failed(exc: OSError) -> NoReturn:
    """The output cannot be written: say so in one line (not for a closed pipe) and exit with status 1."""
    try:  # what is still buffered goes nowhere, so the interpreter's last flush cannot fail again
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
    if exc.errno != errno.EPIPE:
        with contextlib.suppress(OSError):  # stderr may not be writable either
            click.echo(f"screener: error: cannot write the output: {exc.strerror or exc}", err=True)
    sys.exit(EXIT_FAILURES)


if __name__ == "__main__":  # pragma: no cover
    main()
