"""The built-in plain-text reader: encodings never crash, titles, what it declines."""

from __future__ import annotations

import pytest
from screener_plugins.readers.text import read_bytes, resolve_character_references

from screener import ReadError

TEXT = "Coding Specialist\n\nRHIT required – café\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "cp1252"],
)
def test_encodings(screener, tmp_path, data):
    path = tmp_path / "posting.txt"
    path.write_bytes(data)
    posting = screener.read(str(path))
    assert posting.text == TEXT
    assert posting.title == "Coding Specialist"
    assert screener.extract(posting).ids("credential") == ["RHIT"]


def test_undecodable_bytes_in_text_do_not_crash(screener, tmp_path):
    path = tmp_path / "stray.txt"
    path.write_bytes("Coding Specialist – café\n\nRHIT required.\n".encode("cp1252") + b"\x81\x8d junk\n")
    posting = screener.read(str(path))
    assert posting.text.startswith("Coding Specialist – café\n")
    assert "\ufffd" in posting.text  # bytes cp1252 leaves undefined
    assert screener.extract(posting).ids("credential") == ["RHIT"]


def test_every_byte_value_is_binary_data_not_text(screener, tmp_path):
    path = tmp_path / "binary.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ReadError, match=r"binary\.txt: not text: it holds NUL characters"):
        screener.read(str(path))


def test_missing_and_unknown_files_raise_read_errors_naming_the_file(screener, tmp_path):
    with pytest.raises(ReadError, match=r"missing\.txt: no such file"):
        screener.read(str(tmp_path / "missing.txt"))
    other = tmp_path / "posting.xyz"
    other.write_text("RHIT")
    with pytest.raises(ReadError, match=r"posting\.xyz: no reader"):
        screener.read(str(other))


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Медицинский кодировщик\n\nТребуется сертификат RHIT и опыт работы от двух лет.\n", "cp1251"),
        ("Coding Specialist\n\nRHIT required – café, naïve, Größe\n", "utf-16-le"),
    ],
    ids=["cyrillic-cp1251", "utf-16-without-bom"],
)
def test_other_encodings_are_detected(screener, tmp_path, text, encoding):
    path = tmp_path / "posting.txt"
    path.write_bytes(text.encode(encoding))
    assert screener.read(str(path)).text == text


def test_html_character_references_of_a_saved_page_are_resolved():
    assert resolve_character_references("Billing &amp; Coding &#8226; CPT&#x2F;HCPCS") == "Billing & Coding • CPT/HCPCS"
    # what is no reference, or has no semicolon, stays as written
    assert resolve_character_references("AT&T, Q&A, &copy 2024, &nosuch;") == "AT&T, Q&A, &copy 2024, &nosuch;"
    posting = read_bytes(b"Biller\nNHA Certified Billing &amp; Coding Specialist\n", "saved.txt")
    assert "Billing & Coding" in posting.text
