"""Dask: a two-process LocalCluster gives exactly the single-process results."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from conftest import SAMPLES, SHARED_CORPUS

from screener.io.output import extraction_json

dask = pytest.importorskip("dask", reason="the screener[dask] extra is not installed")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")

BULK = SHARED_CORPUS / "bulk" / "nhs-jobs-2020.jsonl.gz"


def _records(limit: int = 240) -> list[dict]:
    """A slice of the bulk corpus (its HTML descriptions, tags dropped), or the samples when it is absent."""
    records = [{"id": p.stem, "text": p.read_text()} for p in sorted((SAMPLES / "postings").glob("*.txt"))]
    if BULK.is_file():
        with gzip.open(BULK, "rt", encoding="utf-8") as lines:
            for number, line in enumerate(lines):
                if len(records) >= limit:
                    break
                description = json.loads(line).get("description") or ""
                text = re.sub(r"<[^>]+>", "\n", description)
                records.append({"id": f"nhs-{number}", "title": None, "text": text})
    return records


@pytest.fixture(scope="module")
def cluster_client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    )
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def test_bag_on_two_worker_processes_equals_one_process(cluster_client, screener):
    import dask.bag as db

    from screener.io.distributed import extract_bag

    records = _records()
    expected = [
        extraction_json(e)
        for e in screener.extract_many(__import__("screener").Posting(text=r["text"], source=r["id"]) for r in records)
    ]
    bag = db.from_sequence(records, npartitions=6)
    got = extract_bag(bag).compute()
    assert got == expected
    workers = cluster_client.run(lambda: __import__("os").getpid())
    assert len(set(workers.values())) == 2  # really two processes
    assert any(e["requirements"] for e in got)


def test_dataframe_adds_an_extraction_column(cluster_client, screener):
    import dask.dataframe as dd

    from screener.io.distributed import extract_dataframe

    records = _records(60)
    frame = dd.from_pandas(pd.DataFrame(records), npartitions=3)
    result = extract_dataframe(frame, text_column="text").compute()
    assert list(result["id"]) == [r["id"] for r in records]
    expected = [json.dumps(extraction_json(screener.extract(r["text"])), ensure_ascii=False) for r in records]
    assert list(result["extraction"]) == expected


def test_pandas_function_for_spark_and_a_missing_column():
    from screener.io.distributed import extract_pandas

    frames = [pd.DataFrame({"text": ["RHIT required.", None]}), pd.DataFrame({"text": ["CPC preferred."]})]
    out = list(extract_pandas(iter(frames), text_column="text"))
    found = [
        json.loads(v)["requirements"][0]["id"] if json.loads(v)["requirements"] else None
        for f in out
        for v in f["extraction"]
    ]
    assert found == ["RHIT", None, "CPC"]
    with pytest.raises(KeyError, match="no column 'body'"):
        list(extract_pandas(iter(frames), text_column="body"))


def test_one_row_per_requirement_on_two_worker_processes(cluster_client, screener):
    import dask.bag as db

    from screener.io.distributed import REQUIREMENT_ROW_FIELDS, REQUIREMENT_ROW_META, extract_bag, requirement_rows

    records = [
        {"id": "a", "text": "RHIT or CCS required. 2 years of coding experience required."},
        {"id": "b", "text": "Nothing asked here."},
        {"id": "c", "text": "CPC preferred."},
    ]
    rows = extract_bag(db.from_sequence(records, npartitions=2)).map(requirement_rows).flatten()
    got = rows.compute()
    assert all(tuple(row) == REQUIREMENT_ROW_FIELDS for row in got)
    assert [(r["source"], r["kind"], r["id"], r["strength"]) for r in got] == [
        ("a", "credential", "RHIT", "required"),
        ("a", "credential", "CCS", "required"),
        ("a", "experience", "coding", "required"),
        ("b", None, None, None),  # a posting with no requirement still has its row
        ("c", "credential", "CPC", "preferred"),
    ]
    rhit, ccs, coding = got[:3]
    assert rhit["any_of"] == ccs["any_of"] is not None and coding["years"] == 2
    assert records[0]["text"][rhit["start"] : rhit["end"]] == rhit["evidence"]
    frame = rows.to_dataframe(meta=REQUIREMENT_ROW_META).compute()
    assert list(frame.columns) == list(REQUIREMENT_ROW_FIELDS) and len(frame) == 5


def test_error_records_become_rows():
    from screener.io.distributed import requirement_rows

    rows = requirement_rows(
        {"source": "x.jsonl:2", "title": None, "requirements": [], "errors": [{"code": "read_error", "message": "bad"}]}
    )
    assert [(r["source"], r["error_code"], r["error"], r["kind"]) for r in rows] == [
        ("x.jsonl:2", "read_error", "bad", None)
    ]
