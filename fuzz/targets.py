"""The fuzz targets: what each one generates, and the properties every input must keep.

A target's check raises for a finding and returns for an input handled as
documented. Documented outcomes are a result, or a ``ReadError`` (readers),
``ScreenerError`` (the extractor) or ``DataFileError`` (the profile loader)
with a clear message. Anything else is a finding: another exception, an
evidence offset that does not index the text, an extraction that differs
between two runs or between ``extract`` and ``extract_many``, a term that an
invisible character glued to it hides, a result whose JSON does not
round-trip, a plugin error recorded in an extraction, or a profile error
that quotes a value of the profile.

The targets added for issue 16 check what the attacker of that issue broke:
``csv_lines`` (one result per line, whatever stray quotes do), ``url`` (the
timeout bounds the whole exchange, no request reaches another origin unless
allowed, a truncated body is never a posting), ``output`` (CSV cells start no
formula, Markdown and HTML carry no markup or link from a value, tables and
stderr no control character, a full disk is one line and exit status 1) and
``privacy`` (a plugin quoting the profile in any form leaks none of it).
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from . import generators as gen
from . import seeds


@dataclass(frozen=True)
class Case:
    """One input: the content of a file and the suffix it is read with."""

    suffix: str
    data: bytes


@dataclass
class Context:
    """What the checks share in one worker process: the screener, a folder for the files it reads."""

    workdir: Path
    plugin_files: tuple[str, ...] = ()
    _files: dict[str, Path] = field(default_factory=dict)

    @cached_property
    def screener(self) -> Any:
        from screener import Screener
        from screener.host.plugins import create_plugin_host

        host = create_plugin_host(
            distributions={"screener"},  # the built-in plugins: installed third-party plugins are not fuzzed
            plugin_files=self.plugin_files,
            strict=False,
            environ={},
        )
        return Screener(host=host)

    @cached_property
    def terms(self) -> list[str]:
        """Every credential and skill name the knowledge base looks for."""
        return sorted({term.text for term in self.screener.knowledge.terms()})

    @cached_property
    def sample_extraction(self) -> Any:
        """A posting with several kinds of requirements, for screening fuzzed profiles against."""
        text = "\n".join(seeds.posting_texts())
        return self.screener.extract(text)

    @cached_property
    def sample_report(self) -> Any:
        """The sample posting screened against the sample profile: a report to fill with hostile values."""
        return self.screener.assess(self.sample_extraction, seeds.sample_profile())

    @cached_property
    def http_servers(self) -> Any:
        from .http_server import ScriptedServers

        return ScriptedServers()

    @cached_property
    def quoting_plugin(self) -> QuotingPlugin:
        return QuotingPlugin()

    @cached_property
    def faulty_plugin(self) -> FaultyPlugin:
        return FaultyPlugin()

    @cached_property
    def faulty_screener(self) -> Any:
        """The built-in plugins and one that fails on some postings (``faulty_plugin``)."""
        from screener import Screener
        from screener.host.plugins import create_plugin_host

        host = create_plugin_host(
            distributions={"screener"}, plugins=[self.faulty_plugin], strict=False, environ={}, report=lambda m: None
        )
        return Screener(host=host)

    @cached_property
    def privacy_screener(self) -> Any:
        """The built-in plugins and one that quotes the profile in its exceptions (``quoting_plugin``)."""
        from screener import Screener
        from screener.host.plugins import create_plugin_host

        host = create_plugin_host(
            distributions={"screener"}, plugins=[self.quoting_plugin], strict=False, environ={}, report=lambda m: None
        )
        return Screener(host=host)

    def path_for(self, case: Case, stem: str = "case") -> Path:
        path = self.workdir / f"{stem}{case.suffix}"
        path.write_bytes(case.data)
        return path


@dataclass(frozen=True)
class Target:
    name: str
    description: str
    strategy: Callable[[Context], st.SearchStrategy[Case]]
    check: Callable[[Context, Case], None]


# --------------------------------------------------------------------------- properties


def check_extraction(extraction: Any, text: str) -> None:
    """Offsets index the text; built-in plugins record no errors; the JSON round-trips."""
    from screener import Extraction

    assert not extraction.errors, f"extraction error recorded: {extraction.errors[0].message}"
    for requirement in extraction.requirements:
        for name in ("mention", "evidence"):
            evidence = getattr(requirement, name)
            if evidence is None:
                continue
            assert 0 <= evidence.start <= evidence.end <= len(text), (
                f"offsets outside the text: {requirement.kind} {requirement.id} {name} "
                f"[{evidence.start}:{evidence.end}] of {len(text)} characters"
            )
            assert text[evidence.start : evidence.end] == evidence.text, (
                f"offsets do not index the text: {requirement.kind} {requirement.id} {name} "
                f"[{evidence.start}:{evidence.end}] is {text[evidence.start : evidence.end]!r}, "
                f"evidence says {evidence.text!r}"
            )
    again = Extraction.model_validate_json(extraction.model_dump_json())
    # what was set aside (``dismissed``) is in JSON only on request (extract --explain)
    assert again == extraction.model_copy(update={"dismissed": []}), (
        "JSON round trip: the extraction read back from its JSON differs"
    )


def check_extractor(ctx: Context, case: Case) -> None:
    from screener import ScreenerError

    text = case.data.decode("utf-8")
    try:
        extraction = ctx.screener.extract(text)
    except ScreenerError as exc:
        assert str(exc), "a ScreenerError without a message"
        return
    check_extraction(extraction, text)
    second = ctx.screener.extract(text)
    assert second.model_dump() == extraction.model_dump(), "nondeterminism: a second extract() differs"
    many = list(ctx.screener.extract_many([text]))
    assert len(many) == 1, f"extract_many gave {len(many)} extractions for one text"
    assert many[0].model_dump() == extraction.model_dump(), "extract_many differs from extract"
    check_invisible_characters(ctx, text)


def check_invisible_characters(ctx: Context, text: str) -> None:
    """Every term found stays found, at its shifted place, when characters that show nothing are glued to it.

    A byte-order mark goes in front of the text, and one of
    :data:`generators.INVISIBLE_CHARACTERS` before and after each term found
    (chosen by the term's place, so a rerun is the same): "\\ufeffCCS",
    "RHIT\\x00" (issue 16). Texts that the gluing gives a run of punctuation
    the tokenizer splits another way (``screener.extraction.tokenizer``) are passed over.
    """
    from screener.extraction.tokenizer import has_hard_run

    if len(text) > 20_000:
        return
    clean = ctx.screener.nlp(text)
    glue = gen.INVISIBLE_CHARACTERS
    pieces, position, shift = ["\ufeff"], 0, 1
    expected = []
    for entity in clean.ents:
        before, after = glue[entity.start_char % len(glue)], glue[entity.end_char % len(glue)]
        pieces += [text[position : entity.start_char], before, entity.text, after]
        shift += len(before)
        expected.append((entity.start_char + shift, entity.end_char + shift, entity.label_, entity.kb_id_))
        shift += len(after)
        position = entity.end_char
    glued = "".join([*pieces, text[position:]])
    if has_hard_run(glued) and not has_hard_run(text):
        return
    found = {(e.start_char, e.end_char, e.label_, e.kb_id_) for e in ctx.screener.nlp(glued).ents}
    missing = [span for span in expected if span not in found]
    assert not missing, (
        f"invisible characters hide terms: {[glued[s:e] for s, e, *_ in missing][:5]} not found in {glued[:200]!r}"
    )


def read_raw(
    ctx: Context, path: Path | str, options: dict[str, str] | None = None, prefix: str | None = None
) -> Iterator[Any]:
    """The reader plugins called directly, as the screener calls them, but with their exceptions left raw.

    (``Screener.read_all`` turns a reader's crash into a ``ReadError`` naming
    the plugin, which is right for users and hides the bug from a fuzzer.)
    Each record's error must name the source (or start with ``prefix``).
    A ``DeferredPosting`` is read here at once, its exceptions left raw too.
    """
    from screener import DeferredPosting, Posting, ReadError

    source = str(path)
    prefix = source if prefix is None else prefix
    arguments = {"source": source, "options": dict(options or {})}
    for _name, function, argnames in ctx.screener.host.implementations("screener_read"):
        try:
            result = function(**{name: arguments[name] for name in argnames})
        except ReadError as exc:
            assert str(exc), "a ReadError without a message"
            return
        if result is not None:
            break
    else:
        raise AssertionError(f"no reader answered for a {path.suffix} file")
    if isinstance(result, DeferredPosting):
        try:
            result = result.read(*result.args)
        except ReadError as exc:
            assert str(exc), "a ReadError without a message"
            return
    if isinstance(result, Posting):
        yield result
        return
    records = iter(result)
    while True:
        try:
            item = next(records)
        except StopIteration:
            return
        except ReadError as exc:
            assert str(exc), "a ReadError without a message"
            return
        if isinstance(item, DeferredPosting):
            assert item.source.startswith(source), f"a DeferredPosting does not name the file: {item.source!r}"
            try:
                item = item.read(*item.args)
            except ReadError as exc:
                item = exc
        assert isinstance(item, Posting | ReadError), f"a reader yielded {type(item).__name__}"
        if isinstance(item, ReadError):
            assert item.source and item.source.startswith(prefix), (
                f"a record's ReadError does not name the file: {item.source!r}"
            )
        yield item


def check_reader(ctx: Context, case: Case) -> None:
    check_postings(ctx, read_raw(ctx, ctx.path_for(case)))


def check_postings(ctx: Context, items: Iterator[Any]) -> list[Any]:
    """Each posting round-trips through JSON and extracts cleanly; the items, as read."""
    from screener import Posting, PostingTooLargeError

    seen = []
    for item in items:
        seen.append(item)
        if not isinstance(item, Posting):
            continue
        again = Posting.model_validate_json(item.model_dump_json())
        assert again == item, "JSON round trip: the posting read back from its JSON differs"
        try:
            extraction = ctx.screener.extract(item)
        except PostingTooLargeError:
            continue
        check_extraction(extraction, item.text)
    return seen


def check_csv_lines(ctx: Context, case: Case) -> None:
    """A CSV file whose cells hold no line break gives one result per data line, whatever its stray quotes do."""
    path = ctx.path_for(case)
    items = check_postings(ctx, read_raw(ctx, path))
    lines = [line for line in case.data.decode("utf-8").splitlines()[1:] if line.strip()]
    assert len(items) == len(lines), (
        f"lost rows: {len(lines)} data lines gave {len(items)} results (an unbalanced quote swallowed some?)"
    )


#: How much longer than its timeout a URL read may take: connecting, reading what has arrived, a slow machine.
URL_SLACK = 3.0


def check_url(ctx: Context, case: Case) -> None:
    """A URL read keeps to its timeout, to its origin, and never makes a posting of a truncated body."""
    from screener import Posting

    scenario = json.loads(case.data)
    servers = ctx.http_servers
    key = servers.load(scenario["responses"])
    options = scenario["options"]
    started = time.monotonic()
    items = check_postings(ctx, read_raw(ctx, f"{servers.same}/{key}/0", options, prefix="http://127.0.0.1:"))
    elapsed = time.monotonic() - started
    timeout = float(options["timeout"])
    assert elapsed < timeout + URL_SLACK, f"timeout: a read with timeout={timeout:g} took {elapsed:.1f} s"
    if options.get("follow_redirects") != "any":
        assert servers.hits[(1, key)] == 0, "redirect: a request reached another origin without follow_redirects=any"
    if key in servers.short_bodies:
        assert not any(isinstance(item, Posting) for item in items), (
            "truncated: a body shorter than its Content-Length was read as a posting"
        )


#: What no table cell and no message may hold: control characters other than the line breaks between lines.
INVISIBLE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[-+]?[0-9]+(\.[0-9]+)?|-")
_MARKDOWN_TAGS = {"h2", "p", "code", "strong", "table", "thead", "tbody", "tr", "th", "td", "a"}
_HTML_TAGS = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "span", "mark", "section", "div"}
_HTML_TAGS |= {"table", "tr", "th", "td", "a"}


def check_output(ctx: Context, case: Case) -> None:
    """A report full of hostile values, checked in the format the case names; or a full disk under the CLI.

    One property per input (the case's ``check``), so that each kind of
    finding is found and shrunk on its own.
    """
    from screener.io.fit_output import render_ranking, render_reports
    from screener.io.html_report import render_html
    from screener.io.output import extraction_table
    from screener.io.ranking import rank

    values = json.loads(case.data)
    report = _hostile_report(ctx, values)
    check = values["check"]
    if check == "table":
        for text in (
            extraction_table(report),
            *render_reports([report], "table", single=True),
            render_ranking(rank([report]), "table"),
        ):
            assert not INVISIBLE.search(text.replace("\n", "")), (
                f"terminal: a table holds a control character: {text!r}"
            )
    elif check == "csv":
        for text in ("".join(render_reports([report], "csv", single=True)), render_ranking(rank([report]), "csv")):
            rows = list(csv.reader(io.StringIO(text)))
            for cell in (cell for row in rows for cell in row):
                assert not cell.startswith(_FORMULA) or _PLAIN_NUMBER.fullmatch(cell), f"csv: a formula cell {cell!r}"
    elif check == "markdown":
        for text in (
            "".join(render_reports([report], "markdown", single=True)),
            render_ranking(rank([report]), "markdown"),
        ):
            _check_markup(_markdown_html(text), _MARKDOWN_TAGS, "markdown")
    elif check == "html":
        _check_markup("".join(render_html([("", report)])), _HTML_TAGS, "html")
    elif check == "stderr":
        _check_messages(values)
    else:
        _check_full_disk(ctx, values)


def _check_messages(values: dict[str, Any]) -> None:
    """A batch's error line and the plugin host's reporter each write one line without control characters."""
    from screener.host.plugins import report_to_stderr
    from screener.io.batch import progress

    stream = io.StringIO()
    with progress(stream) as (_, note):
        note(f"error: {values['source']}: {values['error']}")
    with contextlib.redirect_stderr(stream):
        report_to_stderr(f"trace: plugin.screener_read(source={values['source']}) -> {values['reason']}")
    lines = stream.getvalue().split("\n")
    assert len(lines) == 3 and lines[2] == "", f"stderr: a message is not one line each: {stream.getvalue()!r}"
    assert not INVISIBLE.search(stream.getvalue().replace("\n", "")), (
        f"stderr: a message holds a control character: {stream.getvalue()!r}"
    )


def _hostile_report(ctx: Context, values: dict[str, Any]) -> Any:
    from screener.core.models import ErrorRecord

    report = ctx.sample_report
    fit = report.fit
    steps = {"next_step": values["next_step"], "source": values["rule_source"]}
    fit = fit.model_copy(
        update={
            "assessments": [a.model_copy(update={"reason": values["reason"], **steps}) for a in fit.assessments],
            "items": [i.model_copy(update={"label": values["missing"], **steps}) for i in fit.items],
            "missing": [values["missing"]],
        }
    )
    error = ErrorRecord(code="read_error", source=values["source"], message=values["error"])
    return report.model_copy(
        update={"title": values["title"], "source": values["source"], "fit": fit, "errors": [error]}
    )


def _markdown_html(markdown: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").render(markdown)


def _check_markup(html: str, allowed: set[str], what: str) -> None:
    from html.parser import HTMLParser

    found: list[tuple[str, dict[str, str | None]]] = []

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            found.append((tag, dict(attrs)))

    Tags().feed(html)
    for tag, attributes in found:
        assert tag in allowed, f"{what}: markup from a value: <{tag}>"
        link = attributes.get("href")
        if tag == "a":
            assert link and link.startswith(("#", "http://", "https://")), f"{what}: a link to {link!r}"
        assert "src" not in attributes, f"{what}: a src attribute: {attributes['src']!r}"


class _FullDisk(io.RawIOBase):
    """A standard output that takes ``room`` bytes and then fails as a full disk does."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.failed = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if len(data) > self.room:
            self.failed = True
            raise OSError(28, "No space left on device")
        self.room -= len(data)
        return len(data)


_COMMANDS = {
    "extract": ["extract", "{posting}"],
    "extract-jsonl": ["extract", "{posting}", "{posting}", "--format", "jsonl"],
    "screen-csv": ["screen", "{posting}", "--profile", "{profile}", "--format", "csv"],
    "screen-markdown": ["screen", "{posting}", "--profile", "{profile}", "--format", "markdown"],
    "rank": ["rank", "{posting}", "--profile", "{profile}"],
}


def _check_full_disk(ctx: Context, values: dict[str, Any]) -> None:
    """The command line, in this process, with a standard output that fills up after ``full_disk`` bytes."""
    from screener.cli.commands import main

    posting = ctx.workdir / "posting.txt"
    posting.write_text(f"{values['title']}\n\nRHIT required.\nCPC preferred.\n", encoding="utf-8")
    profile = seeds.SAMPLES / "profiles" / "new-graduate-rhit-eligible.yaml"
    args = [part.format(posting=posting, profile=profile) for part in _COMMANDS[values["command"]]]
    disk = _FullDisk(values["full_disk"])
    stdout, stderr, argv = sys.stdout, sys.stderr, sys.argv
    sys.stdout = io.TextIOWrapper(disk, encoding="utf-8", write_through=True)
    sys.stderr = messages = io.StringIO()
    sys.argv = ["screener", *args]
    try:
        with contextlib.suppress(SystemExit):
            main()
            raise AssertionError("full disk: the command line returned instead of exiting")
    finally:
        sys.stdout, sys.stderr, sys.argv = stdout, stderr, argv
    if disk.failed:
        lines = messages.getvalue().splitlines()
        assert lines and lines[-1] == "screener: error: cannot write the output: No space left on device", (
            f"full disk: not one clear line on stderr: {messages.getvalue()[-500:]!r}"
        )


class QuotingPlugin:
    """An assessor that quotes the profile in its exception, in the form ``form`` (see ``QUOTE_FORMS``)."""

    form = "str"

    def __init__(self) -> None:
        from screener import hookimpl

        def screener_assess(requirement: Any, profile: Any, knowledge: Any) -> Any:
            raise ValueError(f"cannot assess {requirement.id} for {self.quote(profile)}")

        self.screener_assess = hookimpl(tryfirst=True)(screener_assess)

    def quote(self, profile: Any) -> str:
        values = [profile.name, *profile.software, *(e.role or "" for e in profile.experience)]
        values += [e.field or "" for e in profile.education]
        quoted = {
            "str": lambda: " ".join(map(str, values)),
            "repr": lambda: " ".join(map(repr, values)),
            "ascii": lambda: " ".join(map(ascii, values)),
            "upper": lambda: " ".join(str(v).upper() for v in values),
            "lower": lambda: " ".join(str(v).lower() for v in values),
            "casefold": lambda: " ".join(str(v).casefold() for v in values),
            "title": lambda: " ".join(str(v).title() for v in values),
            "json": lambda: json.dumps(values),
            "json-utf8": lambda: json.dumps(values, ensure_ascii=False),
            "list-repr": lambda: repr(values),
            "repr-of-repr": lambda: repr(repr(values)),
            "json-of-repr": lambda: json.dumps(repr(values)),
            "model-repr": lambda: repr(profile),
        }
        return quoted[self.form]()


def check_privacy(ctx: Context, case: Case) -> None:
    """A plugin that quotes the profile in any form (repr, upper case, JSON...) leaks none of it."""
    from screener.core.errors import DataFileError

    data = json.loads(case.data)
    ctx.quoting_plugin.form = data["form"]
    try:
        report = ctx.privacy_screener.screen("Coder\n\nRHIT required.\n2 years of coding experience.", data["profile"])
    except DataFileError:
        return  # an invalid profile: the profile target checks its messages
    assert report.errors, "the quoting plugin was not called"
    for text in (*(error.message for error in report.errors), report.model_dump_json()):
        assert gen.CANARY.casefold() not in text.casefold(), f"privacy: a plugin's message quotes the profile: {text!r}"


class FaultyPlugin:
    """A plugin whose ``screener_extract`` fails, in the way ``fault`` names, on postings that hold ``MARKER``."""

    MARKER = "FUZZ-PLUGIN-FAULT"
    fault = "RuntimeError"

    def __init__(self) -> None:
        from screener import hookimpl

        def screener_extract(doc: Any, posting: Any) -> Any:
            return self.fail() if self.MARKER in posting.text else []

        self.screener_extract = hookimpl(screener_extract)

    def fail(self) -> Any:
        import os

        if self.fault == "os._exit":
            os._exit(3)
        if self.fault == "wrong-answer":
            return "not a list of requirements"
        raises: dict[str, BaseException] = {
            "RuntimeError": RuntimeError("planted fault"),
            "SystemExit": SystemExit(0),
            "sys.exit": SystemExit("bye"),
            "GeneratorExit": GeneratorExit(),
            "BaseException": BaseException("planted"),
        }
        raise raises[self.fault]


def check_plugin_faults(ctx: Context, case: Case) -> None:
    """A plugin that fails on some postings costs only those: one result per posting, in order, never a hang.

    Issue 16: ``SystemExit`` in a hook ended a batch silently; a worker
    process that died made ``--jobs 2`` wait forever. (A hang is a finding of
    the harness's per-input timeout.)
    """
    from screener import Posting

    data = json.loads(case.data)
    ctx.faulty_plugin.fault = data["fault"]
    faulty = set(data["faulty"])
    postings = [
        Posting(source=f"p{n}", text=f"Coder\nCPC required.\n{FaultyPlugin.MARKER if n in faulty else ''}\n")
        for n in range(data["postings"])
    ]
    results = list(ctx.faulty_screener.extract_many(postings, n_process=data["jobs"], batch_size=data["batch_size"]))
    assert [r.source for r in results] == [p.source for p in postings], "plugin fault: results lost or out of order"
    expected_codes = {"worker_died"} if data["fault"] == "os._exit" else {"plugin_error"}
    for n, result in enumerate(results):
        if n in faulty:
            codes = {error.code for error in result.errors}
            assert codes and codes <= expected_codes, f"plugin fault {data['fault']}: posting {n} has errors {codes}"
        else:
            assert not result.errors, f"plugin fault {data['fault']}: a posting without the fault has errors"
            assert [r.id for r in result.requirements] == ["CPC"], "plugin fault: a good posting lost its result"


def check_profile(ctx: Context, case: Case) -> None:
    from screener import FitReport
    from screener.core.errors import DataFileError
    from screener.fit.profiles import load_profile, profile_warnings

    path = ctx.path_for(case, stem="profile")
    try:
        profile = load_profile(path)
    except DataFileError as exc:
        message = str(exc)
        assert message.startswith(str(path)), "a DataFileError that does not start with the file name"
        assert exc.path == str(path), "a DataFileError whose path is not the file"
        assert exc.problems or "\n" not in message, "a multi-line DataFileError without its problems"
        scrubbed = message
        for field_path, line, problem in exc.problems:
            assert field_path is None or field_path.strip(), "a problem with an empty field path"
            assert line is None or line >= 1, f"a problem on line {line}"
            assert gen.CANARY not in problem, "a DataFileError problem quotes a value of the profile"
            if field_path:
                scrubbed = scrubbed.replace(field_path, "")  # the keys are named, on purpose
        assert gen.CANARY not in scrubbed, "a DataFileError message quotes a value of the profile"
        return
    for warning in profile_warnings(profile, ctx.screener.knowledge):
        assert gen.CANARY not in warning, "a profile warning quotes a value of the profile"
    report = ctx.screener.assess(ctx.sample_extraction, profile)
    again = FitReport.model_validate_json(report.model_dump_json())
    assert again == report.model_copy(update={"dismissed": []}), (
        "JSON round trip: the fit report read back from its JSON differs"
    )


# --------------------------------------------------------------------------- inputs


def _text(ctx: Context) -> st.SearchStrategy[str]:
    return gen.posting_text(ctx.terms, max_fragments=25)


def _cases(suffixes: list[str], contents: st.SearchStrategy[bytes]) -> st.SearchStrategy[Case]:
    return st.builds(Case, st.sampled_from(suffixes), contents)


def _maybe_gzipped(suffixes: list[str], contents: st.SearchStrategy[bytes]) -> st.SearchStrategy[Case]:
    """Mostly plain files; sometimes gzipped (``.jsonl.gz``), whole or broken off."""

    def gzipped(suffix: str, data: bytes, cut: float) -> Case:
        packed = gzip.compress(data)
        return Case(suffix + ".gz", packed[: max(1, int(len(packed) * cut))] if cut < 1 else packed)

    return st.one_of(
        _cases(suffixes, contents),
        _cases(suffixes, contents),
        _cases(suffixes, contents),
        st.builds(gzipped, st.sampled_from(suffixes), contents, st.sampled_from([1.0, 1.0, 0.5, 0.9])),
    )


def _extractor_cases(ctx: Context) -> st.SearchStrategy[Case]:
    return gen.extractor_text(ctx.terms).map(lambda text: Case(".txt", text.encode("utf-8")))


def _text_cases(ctx: Context) -> st.SearchStrategy[Case]:
    contents = st.one_of(gen.text_file(_text(ctx)), gen.mutated(seeds.text_seeds()))
    return _cases([".txt", ".md", ".text"], contents)


def _html_cases(ctx: Context) -> st.SearchStrategy[Case]:
    contents = st.one_of(gen.html_page(_text(ctx)), gen.mutated(seeds.html_seeds(), gen.HTML_TOKENS))
    return _cases([".html", ".htm", ".xhtml"], contents)


def _pdf_cases(ctx: Context) -> st.SearchStrategy[Case]:
    contents = st.one_of(
        gen.mutated(seeds.pdf_seeds(), gen.PDF_TOKENS, max_ops=4),
        gen.mutated(seeds.pdf_seeds(), gen.PDF_TOKENS, max_ops=16),
        st.binary(max_size=64).map(lambda tail: b"%PDF-1.4\n" + tail),
    )
    return _cases([".pdf"], contents)


def _docx_cases(ctx: Context) -> st.SearchStrategy[Case]:
    contents = st.one_of(
        gen.mutated_zip(seeds.docx_seeds(), gen.XML_TOKENS),
        gen.mutated_zip(seeds.docx_seeds(), gen.XML_TOKENS),
        gen.mutated(seeds.docx_seeds(), max_ops=3),
        st.binary(max_size=64).map(lambda tail: b"PK\x03\x04" + tail),
        gen.many_styles_docx(),
    )
    return _cases([".docx"], contents)


def _json_cases(ctx: Context) -> st.SearchStrategy[Case]:
    text = _text(ctx)
    lines = st.one_of(gen.json_lines(text), gen.mutated(seeds.jsonl_seeds()[:1], gen.JSON_TOKENS))
    document = st.one_of(gen.json_document(text), gen.mutated(seeds.jsonl_seeds()[1:], gen.JSON_TOKENS))
    return st.one_of(_maybe_gzipped([".jsonl", ".ndjson"], lines), _maybe_gzipped([".json"], document))


def _csv_cases(ctx: Context) -> st.SearchStrategy[Case]:
    text = _text(ctx)
    return st.one_of(
        _maybe_gzipped([".csv"], st.one_of(gen.csv_file(text, ","), gen.mutated(seeds.csv_seeds(), gen.CSV_TOKENS))),
        _maybe_gzipped([".tsv"], gen.csv_file(text, "\t")),
    )


def _profile_cases(ctx: Context) -> st.SearchStrategy[Case]:
    return gen.profile_file(seeds.sample_profile()).map(lambda pair: Case(*pair))


def _csv_lines_cases(ctx: Context) -> st.SearchStrategy[Case]:
    text = _text(ctx)
    return st.one_of(
        _cases([".csv"], gen.csv_with_stray_quotes(text)), _cases([".tsv"], gen.csv_with_stray_quotes(text, "\t"))
    )


def _url_cases(ctx: Context) -> st.SearchStrategy[Case]:
    return _cases([".json"], gen.http_scenario(gen.posting_text(ctx.terms, max_fragments=8)))


def _output_cases(ctx: Context) -> st.SearchStrategy[Case]:
    return _cases([".json"], gen.output_case())


def _plugin_fault_cases(ctx: Context) -> st.SearchStrategy[Case]:
    return _cases([".json"], gen.plugin_fault_case())


def _privacy_cases(ctx: Context) -> st.SearchStrategy[Case]:
    return _cases([".json"], gen.quoted_profile(seeds.sample_profile()))


TARGETS: dict[str, Target] = {
    target.name: target
    for target in [
        Target("extractor", "Screener.extract on any text", _extractor_cases, check_extractor),
        Target("text", "the plain-text reader (.txt, .md)", _text_cases, check_reader),
        Target("html", "the web page reader, JSON-LD included (.html)", _html_cases, check_reader),
        Target("pdf", "the PDF reader (.pdf)", _pdf_cases, check_reader),
        Target("docx", "the Word reader (.docx)", _docx_cases, check_reader),
        Target("json", "the JSON Lines and JSON readers (.jsonl, .json, gzipped)", _json_cases, check_reader),
        Target("csv", "the CSV and TSV reader (.csv, .tsv, gzipped)", _csv_cases, check_reader),
        Target("profile", "the profile loader and screening (.yaml, .json, .toml)", _profile_cases, check_profile),
        Target("csv_lines", "CSV with stray quotes: one result per line", _csv_lines_cases, check_csv_lines),
        Target("url", "the URL reader against scripted servers: timeout, redirects, truncation", _url_cases, check_url),
        Target(
            "output", "every output format and stderr, with hostile values; a full disk", _output_cases, check_output
        ),
        Target("privacy", "a plugin quoting the profile in any form", _privacy_cases, check_privacy),
        Target(
            "plugin_faults",
            "a plugin that raises anything (SystemExit too), answers wrongly or ends its worker process",
            _plugin_fault_cases,
            check_plugin_faults,
        ),
    ]
}
