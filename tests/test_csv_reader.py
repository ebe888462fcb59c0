"""The CSV reader: a row per posting, the text column chosen by option, bad rows reported in place."""

from __future__ import annotations

import csv
import gzip
import io

from screener import ReadError

ROWS = [
    {"Job ID": "J-1", "Title": "Coder", "Posting Body": "RHIT required.\nICD-10-CM coding.", "text": "ignored"},
    {"Job ID": "J-2", "Title": "Registrar", "Posting Body": "<ul><li>CTR preferred</li></ul>", "text": ""},
    {"Job ID": "", "Title": "Biller", "Posting Body": "", "text": ""},
    {"Job ID": "", "Title": "Auditor", "Posting Body": "CCS required; café – 5 sites", "text": ""},
]


def write_csv(path, rows, *, encoding="utf-8", delimiter=",", gzipped=False):
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter=delimiter)
    writer.writeheader()
    writer.writerows(rows)
    data = buffer.getvalue().encode(encoding)
    path.write_bytes(gzip.compress(data) if gzipped else data)
    return str(path)


def test_the_chosen_column_is_the_posting_text(screener, tmp_path):
    path = write_csv(tmp_path / "export.csv", ROWS)
    items = list(screener.read_all(path, {"field": "posting body", "title_field": "Title", "id_field": "Job ID"}))
    # the header row is line 1 and the first record spans lines 2-3 (a line break inside quotes)
    assert [item.source for item in items] == [f"{path}#J-1", f"{path}#J-2", f"{path}:5", f"{path}:6"]
    coder, registrar, biller, auditor = items
    assert (coder.title, coder.text) == ("Coder", "RHIT required.\nICD-10-CM coding.")
    assert registrar.text.strip() == "* CTR preferred"
    assert isinstance(biller, ReadError) and str(biller) == f"{path}:5: field 'Posting Body' is empty"
    assert auditor.text == "CCS required; café – 5 sites"
    extractions = list(screener.extract_sources([path], options={"field": "Posting Body"}))
    assert [e.ids("credential") for e in extractions] == [["RHIT"], ["CTR"], [], ["CCS"]]


def test_without_an_option_the_text_column_is_used(screener, tmp_path):
    path = write_csv(
        tmp_path / "plain.csv", [{"id": "1", "text": "CPC required"}, {"id": "2", "text": "CCA preferred"}]
    )
    assert [p.text for p in screener.read_all(path)] == ["CPC required", "CCA preferred"]


def test_a_missing_column_is_an_error_naming_the_columns(screener, tmp_path):
    path = write_csv(tmp_path / "export.csv", ROWS)
    (error,) = screener.read_all(path, {"field": "Body"})
    assert str(error) == f"{path}: no column 'Body'; the columns are: Job ID, Title, Posting Body, text"
    no_text = write_csv(tmp_path / "no_text.csv", [{"a": "1", "b": "2"}])
    (error,) = screener.read_all(no_text)
    assert "no 'text' or 'description' column (columns: a, b); name it with --field" in str(error)


def test_windows_1252_tab_separated_and_gzipped_files(screener, tmp_path):
    rows = [{"title": "Auditor", "description": "CCS required; café – 5 sites"}]
    cp1252 = write_csv(tmp_path / "excel.csv", rows, encoding="cp1252")
    assert screener.read(cp1252).text == "CCS required; café – 5 sites"
    tsv = write_csv(tmp_path / "export.tsv.gz", rows, delimiter="\t", gzipped=True)
    assert screener.read(tsv).text == "CCS required; café – 5 sites"


def test_a_short_row_does_not_stop_the_file(screener, tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_bytes(b"id,text\n1,RHIT required\n2\n3,CCS required,an extra cell\n")
    first, short, third = screener.read_all(str(path))
    assert (first.text, third.text) == ("RHIT required", "CCS required")
    assert str(short) == f"{path}:3: no field 'text' in this record"
