"""Running the screener on many machines: Dask bags and dataframes, Spark's ``mapInPandas``.

Install with ``pip install 'screener[dask]'``. The work is done partition by
partition; each worker process builds one :class:`screener.Screener` the first
time it needs it and reuses it for every later partition (building one means
loading the plugins and compiling the vocabulary, far too costly per
partition)::

    import dask.bag as db
    from screener.io.distributed import extract_bag

    postings = db.from_sequence(texts, npartitions=64)
    extractions = extract_bag(postings).compute()       # a list of JSON objects

    import dask.dataframe as dd
    from screener.io.distributed import extract_dataframe

    frame = dd.read_parquet("postings.parquet")          # a "text" column
    result = extract_dataframe(frame, text_column="text")  # adds an "extraction" column (JSON text)

One row per requirement, for a table or a spreadsheet::

    from screener.io.distributed import requirement_rows
    rows = extract_bag(postings).map(requirement_rows).flatten()   # dicts: source, kind, id, strength, ...
    table = rows.to_dataframe(meta=REQUIREMENT_ROW_META)

The same partition function runs under Spark, for teams that have it::

    from pyspark.sql.types import StringType, StructField, StructType
    from screener.io.distributed import extract_pandas
    schema = StructType([*spark_frame.schema.fields, StructField("extraction", StringType())])
    spark_frame.mapInPandas(lambda frames: extract_pandas(frames, text_column="text"), schema)

Every result is the JSON form of an :class:`screener.Extraction` (the output
of ``screener extract --format json``), so results from one machine or many
are the same.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from screener.core.models import Posting
from screener.io.output import EXTRACTION_CSV_COLUMNS, extraction_json

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas

    from screener.engine import Screener

EXTRACTION_COLUMN = "extraction"

_worker_screener: Screener | None = None


def worker_screener() -> Screener:
    """This process's screener, built on first use (every installed plugin, as ``Screener()``)."""
    global _worker_screener
    if _worker_screener is None:
        from screener.engine import Screener

        _worker_screener = Screener()
    return _worker_screener


def extract_partition(items: Iterable[str | Posting | dict[str, Any]], *, text_field: str = "text") -> list[dict]:
    """Extract every item of one partition; items are texts, Postings or records with a text field.

    A record's ``source`` (or ``id``) and ``title`` are kept. Returns the
    extractions as JSON objects, in order.
    """
    postings = (_as_posting(item, text_field) for item in items)
    return [extraction_json(extraction) for extraction in worker_screener().extract_many(postings)]


#: The fields of :func:`requirement_rows`, in order (the columns of ``screener extract --format csv``).
REQUIREMENT_ROW_FIELDS = tuple(column for column in EXTRACTION_CSV_COLUMNS if column != "name")
#: ``meta`` for ``Bag.to_dataframe`` of requirement rows: every column as text or a number.
REQUIREMENT_ROW_META = {
    name: ("f8" if name in ("years", "within_months") else "Int64" if name in ("path", "start", "end") else object)
    for name in REQUIREMENT_ROW_FIELDS
}


def requirement_rows(extraction: dict[str, Any]) -> list[dict[str, Any]]:
    """One flat dict per requirement of an extraction (its JSON form), plus one per error record.

    The keys are :data:`REQUIREMENT_ROW_FIELDS` (missing values are ``None``);
    evidence is the clause that asks for the requirement. A posting with
    neither requirements nor errors gives one row with only ``source`` and
    ``title``, so every posting is in the table.
    """
    head = {"source": extraction.get("source"), "title": extraction.get("title")}
    rows = []
    for requirement in extraction.get("requirements", []):
        evidence = requirement.get("evidence") or requirement.get("mention") or {}
        row = dict.fromkeys(REQUIREMENT_ROW_FIELDS)
        row.update(head)
        row.update({k: requirement.get(k) for k in REQUIREMENT_ROW_FIELDS if k in requirement})
        row.update(evidence=evidence.get("text"), start=evidence.get("start"), end=evidence.get("end"))
        rows.append(row)
    for error in extraction.get("errors", []):
        rows.append({**dict.fromkeys(REQUIREMENT_ROW_FIELDS), **head, "error_code": error.get("code"),
                     "error": error.get("message")})  # fmt: skip
    if not rows:
        rows.append({**dict.fromkeys(REQUIREMENT_ROW_FIELDS), **head})
    return rows


def extract_bag(bag: dask.bag.Bag, *, text_field: str = "text") -> dask.bag.Bag:
    """A bag of extractions (JSON objects) from a bag of texts, Postings or records."""
    return bag.map_partitions(extract_partition, text_field=text_field)


def extract_pandas(frames: Iterable[pandas.DataFrame], *, text_column: str = "text") -> Iterator[pandas.DataFrame]:
    """Add an ``extraction`` column (JSON text) to each frame: Spark's ``mapInPandas`` contract."""
    for frame in frames:
        yield extract_frame(frame, text_column=text_column)


def extract_frame(frame: pandas.DataFrame, *, text_column: str = "text") -> pandas.DataFrame:
    """One pandas frame with an ``extraction`` column (the JSON of each row's extraction) added."""
    if text_column not in frame.columns:
        raise KeyError(f"no column {text_column!r}; the frame has {', '.join(map(str, frame.columns))}")
    texts = ("" if text is None or text != text else str(text) for text in frame[text_column])  # NaN -> ""
    extractions = worker_screener().extract_many(texts)
    result = frame.copy()
    result[EXTRACTION_COLUMN] = [json.dumps(extraction_json(e), ensure_ascii=False) for e in extractions]
    return result


def extract_dataframe(frame: dask.dataframe.DataFrame, *, text_column: str = "text") -> dask.dataframe.DataFrame:
    """A Dask dataframe with an ``extraction`` column added, partition by partition."""
    meta = frame._meta.assign(**{EXTRACTION_COLUMN: frame._meta[text_column].astype(object)})
    return frame.map_partitions(extract_frame, text_column=text_column, meta=meta)


def _as_posting(item: str | Posting | dict[str, Any], text_field: str) -> Posting:
    if isinstance(item, Posting):
        return item
    if isinstance(item, str):
        return Posting(text=item)
    if isinstance(item, dict):
        text = item.get(text_field)
        source = item.get("source", item.get("id"))
        return Posting(
            text="" if text is None else str(text),
            source=None if source is None else str(source),
            title=item.get("title") if isinstance(item.get("title"), str) else None,
        )
    raise TypeError(f"expected posting text, a Posting or a record, got {type(item).__name__}")
