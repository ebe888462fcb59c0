"""The fuzz targets: what each one generates, and the properties every input must keep.

A target's check raises for a finding and returns for an input handled as
documented. Documented outcomes are a result, or a ``ReadError`` (readers),
``ScreenerError`` (the extractor) or ``DataFileError`` (the profile loader)
with a clear message. Anything else is a finding: another exception, an
evidence offset that does not index the text, an extraction that differs
between two runs or between ``extract`` and ``extract_many``, a result whose
JSON does not round-trip, a plugin error recorded in an extraction, or a
profile error that quotes a value of the profile.
"""

from __future__ import annotations

import gzip
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
        from screener.plugins import create_plugin_host

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
    assert again == extraction, "JSON round trip: the extraction read back from its JSON differs"


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


def read_raw(ctx: Context, path: Path) -> Iterator[Any]:
    """The reader plugins called directly, as the screener calls them, but with their exceptions left raw.

    (``Screener.read_all`` turns a reader's crash into a ``ReadError`` naming
    the plugin, which is right for users and hides the bug from a fuzzer.)
    A ``DeferredPosting`` is read here at once, its exceptions left raw too.
    """
    from screener import DeferredPosting, Posting, ReadError

    source = str(path)
    arguments = {"source": source, "options": {}}
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
            assert item.source and item.source.startswith(source), (
                f"a record's ReadError does not name the file: {item.source!r}"
            )
        yield item


def check_reader(ctx: Context, case: Case) -> None:
    from screener import Posting, PostingTooLargeError

    for item in read_raw(ctx, ctx.path_for(case)):
        if not isinstance(item, Posting):
            continue
        again = Posting.model_validate_json(item.model_dump_json())
        assert again == item, "JSON round trip: the posting read back from its JSON differs"
        try:
            extraction = ctx.screener.extract(item)
        except PostingTooLargeError:
            continue
        check_extraction(extraction, item.text)


def check_profile(ctx: Context, case: Case) -> None:
    from screener import FitReport
    from screener.errors import DataFileError
    from screener.profiles import load_profile, profile_warnings

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
    assert again == report, "JSON round trip: the fit report read back from its JSON differs"


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
    ]
}
