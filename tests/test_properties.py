"""Properties that hold for every input, checked with hypothesis on generated ones.

- The extractor, on any text (control characters, very long lines, mixed
  scripts, and text built from a grammar of posting fragments: credential
  names from the knowledge base, cue words, separators, headings, "or",
  "either:", bullets, years): an Extraction or a ScreenerError, never another
  exception; every offset indexes the text; the same input gives the same
  output, from ``extract`` twice and from ``extract_many``; the JSON round-trips.
- The profile loader, on any JSON-like value (and mutations of a sample
  profile) written as JSON, YAML or TOML: a Profile, or a DataFileError
  naming the file and the fields, that never quotes a value of the profile.
- The readers, on any bytes: Postings and ReadErrors naming the file.

The generators are the fuzz harness's (``fuzz/generators.py``); the harness
runs the same properties for as long as one likes (README, Fuzzing).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from conftest import builtin_screener
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz import generators as gen
from fuzz import seeds
from screener import Extraction, Posting, ReadError, ScreenerError
from screener.core.errors import DataFileError
from screener.fit.profiles import load_profile

SETTINGS = settings(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def screener():
    return builtin_screener()


@pytest.fixture(scope="module")
def terms(screener) -> list[str]:
    return sorted({term.text for term in screener.knowledge.terms()})


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="screener-properties-") as folder:
        yield Path(folder)


def assert_offsets_index(extraction: Extraction, text: str) -> None:
    for requirement in extraction.requirements:
        for evidence in (requirement.mention, requirement.evidence):
            if evidence is None:
                continue
            assert 0 <= evidence.start <= evidence.end <= len(text)
            assert text[evidence.start : evidence.end] == evidence.text


def assert_extracts_cleanly(screener, text: str) -> None:
    try:
        extraction = screener.extract(text)
    except ScreenerError as exc:
        assert str(exc)
        return
    assert extraction.errors == []  # a built-in plugin that raised would be recorded here
    assert_offsets_index(extraction, text)
    # what was set aside (``dismissed``) is in JSON only on request (extract --explain)
    assert Extraction.model_validate_json(extraction.model_dump_json()) == extraction.model_copy(
        update={"dismissed": []}
    )


# --------------------------------------------------------------------------- the extractor


@settings(SETTINGS, max_examples=60)
@given(text=gen.text_characters())
def test_any_text_gives_an_extraction_whose_offsets_index_it(screener, text):
    assert_extracts_cleanly(screener, text)


@settings(SETTINGS, max_examples=80)
@given(data=st.data())
def test_posting_like_text_gives_an_extraction_whose_offsets_index_it(screener, terms, data):
    text = data.draw(gen.posting_text(terms), label="text")
    assert_extracts_cleanly(screener, text)


@settings(SETTINGS, max_examples=15)
@given(data=st.data())
def test_very_long_lines_and_mixed_scripts(screener, terms, data):
    piece = data.draw(st.lists(st.sampled_from([*gen.SCRIPTS, *gen.CUES, *terms[:40]]), min_size=1, max_size=5))
    text = (" ".join(piece) * data.draw(st.integers(50, 2000), label="times"))[:40_000]
    assert_extracts_cleanly(screener, text)


@settings(SETTINGS, max_examples=25)
@given(data=st.data())
def test_the_same_text_gives_the_same_extraction(screener, terms, data):
    text = data.draw(gen.posting_text(terms), label="text")
    first = screener.extract(text)
    assert screener.extract(text).model_dump() == first.model_dump()
    [streamed] = list(screener.extract_many([text]))
    assert streamed.model_dump() == first.model_dump()


def test_text_over_the_size_limit_is_a_clear_error(terms):
    small = builtin_screener()
    small.max_posting_chars = 50
    with pytest.raises(ScreenerError, match="more than the limit"):
        small.extract(" ".join(terms)[:51].ljust(51))


# --------------------------------------------------------------------------- the profile loader


def write_value(path: Path, value: object) -> None:
    if path.suffix == ".json":
        path.write_text(json.dumps(value), encoding="utf-8")
    elif path.suffix == ".toml":
        path.write_text(gen.toml_text(value), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(value, allow_unicode=True), encoding="utf-8")


def assert_profile_or_clear_error(path: Path) -> None:
    try:
        load_profile(path)
    except DataFileError as exc:
        message = str(exc)
        assert message.startswith(str(path))
        assert exc.path == str(path)
        without_fields = message
        for field, line, problem in exc.problems:
            assert field is None or field.strip()  # a field path, or None for the whole file
            assert line is None or line >= 1
            assert gen.CANARY not in problem
            if field:
                without_fields = without_fields.replace(field, "")
        assert gen.CANARY not in without_fields, message


@settings(SETTINGS, max_examples=100)
@given(value=gen.json_values(gen.profile_leaves()), suffix=st.sampled_from([".json", ".yaml", ".toml"]))
def test_any_value_is_a_profile_or_an_error_naming_its_fields(workdir, value, suffix):
    path = workdir / f"profile{suffix}"
    write_value(path, value)
    assert_profile_or_clear_error(path)


@settings(SETTINGS, max_examples=100)
@given(file=gen.profile_file(seeds.sample_profile()))
def test_a_changed_sample_profile_is_valid_or_an_error_that_quotes_no_value(workdir, file):
    suffix, content = file
    path = workdir / f"profile{suffix}"
    path.write_bytes(content)
    assert_profile_or_clear_error(path)


def test_the_canary_is_reported_by_field_not_by_value(workdir):
    path = workdir / "canary.yaml"
    path.write_text(f"credentials:\n  - id: RHIT\n    status: {gen.CANARY}\n", encoding="utf-8")
    with pytest.raises(DataFileError) as caught:
        load_profile(path)
    assert caught.value.problems[0][:2] == ("credentials[0].status", 3)
    assert gen.CANARY not in str(caught.value)


# --------------------------------------------------------------------------- the readers


@settings(SETTINGS, max_examples=60)
@given(
    data=st.one_of(st.binary(max_size=600), gen.json_lines(st.text(max_size=40)), gen.csv_file(st.text(max_size=40))),
    suffix=st.sampled_from([".txt", ".html", ".jsonl", ".json", ".csv"]),
)
def test_any_bytes_read_as_postings_or_errors_naming_the_file(screener, workdir, data, suffix):
    path = workdir / f"posting{suffix}"
    path.write_bytes(data)
    for item in screener.read_all(str(path)):
        if isinstance(item, ReadError):
            assert item.source and item.source.startswith(str(path))
            # a reader that crashed is a plugin error naming it: a bug in the reader, not bad input
            assert item.plugin is None, str(item)
        else:
            assert isinstance(item, Posting)
            assert Posting.model_validate_json(item.model_dump_json()) == item
