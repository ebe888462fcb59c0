"""The screener_read contract: one Posting, or an iterable of postings with ReadErrors in place; options."""

from __future__ import annotations

import json
import os

import pytest
from conftest import builtin_screener

from screener import DeferredPosting, Posting, ReadError, hookimpl


class BatchReader:
    """Reads ``*.batch`` files: one posting per line; a line "BAD" is a bad record, "BOOM" breaks the reader."""

    def __init__(self) -> None:
        self.options_seen: list[dict[str, str]] = []

    @hookimpl
    def screener_read(self, source, options):
        if not source.endswith(".batch"):
            return None
        self.options_seen.append(dict(options))
        return self._records(source)

    def _records(self, source):
        with open(source) as lines:
            for number, line in enumerate(lines, 1):
                line = line.strip()
                if line == "BAD":
                    yield ReadError("not a posting", source=f"{source}:{number}")
                elif line == "BOOM":
                    raise RuntimeError("the reader broke")
                else:
                    yield Posting(text=line, source=f"{source}:{number}")


class OddReader:
    """Returns things that are not postings, by file suffix."""

    @hookimpl
    def screener_read(self, source):
        if source.endswith(".str"):
            return "RHIT required"
        if source.endswith(".ints"):
            return [1, Posting(text="CPC required")]
        if source.endswith(".raise"):
            raise ReadError("made up reason")
        if source.endswith(".bug"):
            raise KeyError("oops")
        return None


@pytest.fixture(scope="module")
def batch_reader():
    return BatchReader()


@pytest.fixture(scope="module")
def screener(batch_reader):
    return builtin_screener(plugins=[batch_reader, OddReader()])


def _file(tmp_path, name, content="RHIT required\n"):
    path = tmp_path / name
    path.write_text(content)
    return str(path)


def test_a_multi_record_source_yields_every_record_with_errors_in_place(screener, tmp_path):
    path = _file(tmp_path, "a.batch", "RHIT required\nBAD\nCPC preferred\n")
    items = list(screener.read_all(path))
    assert [type(item) for item in items] == [Posting, ReadError, Posting]
    assert [item.source for item in items] == [f"{path}:1", f"{path}:2", f"{path}:3"]
    assert str(items[1]) == f"{path}:2: not a posting"

    extractions = list(screener.extract_sources([path]))
    assert [e.ids("credential") for e in extractions] == [["RHIT"], [], ["CPC"]]
    assert extractions[1].errors[0].code == "read_error" and extractions[1].errors[0].source == f"{path}:2"


def test_a_reader_that_breaks_mid_way_keeps_what_it_read_and_the_batch_goes_on(screener, tmp_path):
    broken = _file(tmp_path, "b.batch", "RHIT required\nBOOM\nnever read\n")
    after = _file(tmp_path, "after.txt", "CCS required\n")
    extractions = list(screener.extract_sources([broken, after]))
    assert [e.source for e in extractions] == [f"{broken}:1", broken, after]
    message = extractions[1].errors[0].message
    assert message == f"{broken}: plugin 'BatchReader' failed while reading: RuntimeError: the reader broke"
    assert extractions[2].ids("credential") == ["CCS"]


def test_read_returns_a_single_posting_and_refuses_a_batch(screener, tmp_path):
    one = _file(tmp_path, "one.batch", "RHIT required\n")
    assert screener.read(one).text == "RHIT required"
    many = _file(tmp_path, "many.batch", "RHIT required\nCPC required\n")
    with pytest.raises(ReadError, match=r"more than one posting; use Screener\.read_all"):
        screener.read(many)
    bad = _file(tmp_path, "bad.batch", "BAD\n")
    with pytest.raises(ReadError, match="not a posting"):
        screener.read(bad)


def test_options_reach_the_readers(screener, batch_reader, tmp_path):
    path = _file(tmp_path, "c.batch")
    list(screener.extract_sources([path], options={"field": "body"}))
    assert batch_reader.options_seen[-1] == {"field": "body"}
    screener.read(path)
    assert batch_reader.options_seen[-1] == {}


@pytest.mark.parametrize(
    ("suffix", "expected"),
    [
        (".str", "returned str from screener_read; expected a Posting or an iterable of postings"),
        (".ints", "yielded int from screener_read; expected Posting, DeferredPosting or ReadError items"),
        (".raise", ": made up reason"),
        (".bug", "raised in screener_read: KeyError: 'oops'"),
    ],
)
def test_readers_that_misbehave_are_reported_against_the_source(screener, tmp_path, suffix, expected):
    path = _file(tmp_path, "x" + suffix)
    extractions = list(screener.extract_sources([path]))
    messages = [error.message for e in extractions for error in e.errors]
    assert any(expected in message for message in messages), messages
    assert all(message.startswith(path) for message in messages)


def test_a_strict_screener_raises_at_the_first_bad_record(batch_reader, tmp_path):
    strict = builtin_screener(plugins=[batch_reader], strict=True)
    path = _file(tmp_path, "d.batch", "RHIT required\nBAD\nCPC required\n")
    seen = []
    with pytest.raises(ReadError, match="not a posting"):
        for extraction in strict.extract_sources([path]):
            seen.append(extraction)
    assert [e.ids("credential") for e in seen] == [["RHIT"]]


class CountingReader:
    """``N.count`` holds N postings, made as they are asked for; ``produced`` counts them."""

    produced = 0

    @hookimpl
    def screener_read(self, source):
        if not source.endswith(".count"):
            return None
        return self._postings(int(source.rsplit("/", 1)[-1].split(".")[0]))

    def _postings(self, count):
        for n in range(count):
            CountingReader.produced += 1
            yield Posting(text=f"RHIT required ({n})")


@pytest.mark.parametrize("n_process", [1, 2])
def test_records_are_read_as_they_are_extracted(tmp_path, n_process):
    """Memory stays bounded: a batch of 10,000 is not read ahead of its extraction by more than a few batches."""
    counting = builtin_screener(plugins=[CountingReader()])
    path = _file(tmp_path, "10000.count")
    CountingReader.produced = 0
    stream = counting.extract_sources([path], n_process=n_process, batch_size=10)
    assert next(stream).ids("credential") == ["RHIT"]
    assert CountingReader.produced <= 2 * n_process * 4 * 10 + 10
    stream.close()


def test_an_installed_third_party_reader_gets_options_and_reports_bad_records(plugin_env, tmp_path):
    env = plugin_env("screener-digest-reader")
    digest = tmp_path / "alerts.digest"
    digest.write_text("Coder\nRHIT required\n===\n\n===\nAuditor\nCCS required\n")
    result = env.screener("extract", str(digest), "--read-option", "separator====", "--format", "jsonl")
    assert result.returncode == 1, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["source"], r["title"]) for r in records] == [
        (f"{digest}#1", "Coder"),
        (f"{digest}#2", None),
        (f"{digest}#3", "Auditor"),
    ]
    assert [[q["id"] for q in r["requirements"]] for r in records] == [["RHIT"], [], ["CCS"]]
    assert records[1]["errors"][0]["message"] == f"{digest}#2: empty posting"
    assert f"error: {digest}#2: empty posting" in result.stderr
    # without the option the whole file is one block, so one posting
    default = env.screener("extract", str(digest), "--format", "jsonl")
    assert [json.loads(line)["source"] for line in default.stdout.splitlines()] == [f"{digest}#1"]


# ---------------------------------------------------------------------- deferred postings


def read_line(path: str, number: int) -> Posting:
    """A deferred read (module level, so it can be pickled): line ``number``, with the reading process's id."""
    with open(path) as lines:
        line = lines.read().splitlines()[number - 1]
    if line == "BAD":
        raise ReadError("not a posting", source=f"{path}:{number}")
    if line == "BUG":
        raise ZeroDivisionError("the reader divided by zero")
    return Posting(text=line, source=f"{path}:{number}", title=f"read in {os.getpid()}")


class DeferringReader:
    """``*.later``: a DeferredPosting a line; ``*.one``: one for the file; ``*.lambda``: one that cannot be pickled."""

    @hookimpl
    def screener_read(self, source):
        if source.endswith(".one"):
            return DeferredPosting(source, read_line, (source, 1))
        if source.endswith(".lambda"):
            return DeferredPosting(source, lambda: read_line(source, 1))
        if not source.endswith(".later"):
            return None
        with open(source) as lines:
            count = len(lines.read().splitlines())
        return (DeferredPosting(f"{source}:{n}", read_line, (source, n)) for n in range(1, count + 1))


@pytest.fixture(scope="module")
def deferring():
    return builtin_screener(plugins=[DeferringReader()])


def _readers(extractions) -> set[str]:
    return {e.title for e in extractions if e.title}


def test_deferred_postings_are_read_by_the_worker_that_extracts_them(deferring, tmp_path):
    path = _file(tmp_path, "many.later", "".join(f"RHIT required ({n})\n" for n in range(40)))
    here = {f"read in {os.getpid()}"}
    one = list(deferring.extract_sources([path], batch_size=4))
    two = list(deferring.extract_sources([path], n_process=2, batch_size=4))
    assert _readers(one) == here
    assert _readers(two) and not _readers(two) & here  # this process only handed the records out
    assert [(e.source, e.requirements, e.errors) for e in two] == [(e.source, e.requirements, e.errors) for e in one]
    assert [e.ids("credential") for e in two] == [["RHIT"]] * 40


def test_read_and_read_all_return_deferred_postings_read(deferring, tmp_path):
    one = _file(tmp_path, "x.one", "CCS required\n")
    assert deferring.read(one).text == "CCS required"
    later = _file(tmp_path, "x.later", "CPC required\nBAD\n")
    items = list(deferring.read_all(later))
    assert [type(item) for item in items] == [Posting, ReadError]
    assert str(items[1]) == f"{later}:2: not a posting"


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_deferred_read_that_fails_is_that_records_error(deferring, tmp_path, n_process):
    path = _file(tmp_path, "f.later", "RHIT required\nBAD\nBUG\nCPC required\n")
    whole = _file(tmp_path, "g.one", "BUG\n")
    extractions = list(deferring.extract_sources([path, whole], n_process=n_process, batch_size=2))
    assert [e.source for e in extractions] == [f"{path}:1", f"{path}:2", f"{path}:3", f"{path}:4", whole]
    assert [[(x.code, x.plugin, x.hook) for x in e.errors] for e in extractions] == [
        [],
        [("read_error", None, None)],
        [("plugin_error", "DeferringReader", "screener_read")],
        [],
        [("plugin_error", "DeferringReader", "screener_read")],
    ]
    assert extractions[1].errors[0].message == f"{path}:2: not a posting"
    assert extractions[2].errors[0].message == (
        f"{path}:3: plugin 'DeferringReader' failed while reading: ZeroDivisionError: the reader divided by zero"
    )
    assert extractions[4].errors[0].message == (
        f"{whole}: plugin 'DeferringReader' raised in screener_read: ZeroDivisionError: the reader divided by zero"
    )


def test_a_deferred_posting_that_cannot_be_pickled_is_read_in_this_process(deferring, tmp_path):
    path = _file(tmp_path, "h.lambda", "RHIT required\n")
    (extraction,) = deferring.extract_sources([path], n_process=2)
    assert (extraction.title, extraction.ids("credential")) == (f"read in {os.getpid()}", ["RHIT"])


@pytest.mark.parametrize("n_process", [1, 2])
def test_strict_stops_at_a_deferred_record_that_fails_after_the_ones_before_it(tmp_path, n_process):
    strict = builtin_screener(plugins=[DeferringReader()], strict=True)
    path = _file(tmp_path, "s.later", "".join(f"RHIT required ({n})\n" for n in range(7)) + "BAD\nCPC required\n")
    seen = []
    with pytest.raises(ReadError, match="not a posting"):
        for extraction in strict.extract_sources([path], n_process=n_process, batch_size=3):
            seen.append(extraction.source)
    assert seen == [f"{path}:{n}" for n in range(1, 8)]
