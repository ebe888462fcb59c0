"""The Spark recipe of the README: ``mapInPandas`` with screener's partition function, on a local Spark.

Skipped where PySpark (``pip install pyspark``, with a Java runtime) is not
installed: it is not part of the test extra (hundreds of megabytes).
"""

from __future__ import annotations

import json
import shutil
import sys

import pytest

from screener.io.output import extraction_json

pyspark = pytest.importorskip("pyspark", reason="PySpark is not installed (pip install pyspark)")
pytest.importorskip("pyarrow", reason="Spark's mapInPandas needs pyarrow")
if shutil.which("java") is None:
    pytest.skip("Spark needs a Java runtime", allow_module_level=True)


def test_map_in_pandas_gives_the_extractions_of_one_process(screener, tmp_path, monkeypatch):
    from pyspark.sql import SparkSession
    from pyspark.sql.types import StringType, StructField, StructType

    from screener.io.distributed import extract_pandas

    # Spark starts its Python workers from the interpreter's resolved path, which loses a virtualenv:
    # a small launcher keeps the workers in this environment (the one with this screener installed).
    launcher = tmp_path / "python"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    launcher.chmod(0o755)
    monkeypatch.setenv("PYSPARK_PYTHON", str(launcher))
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("screener-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate()
    )
    try:
        records = [("a", "RHIT or CCS required."), ("b", "CPC preferred. 1 year of coding experience."), ("c", "")]
        frame = spark.createDataFrame(records, ["id", "text"]).repartition(2)
        schema = StructType([*frame.schema.fields, StructField("extraction", StringType())])
        result = frame.mapInPandas(lambda frames: extract_pandas(frames, text_column="text"), schema).collect()
    finally:
        spark.stop()
    got = {row["id"]: json.loads(row["extraction"]) for row in result}
    assert got == {key: extraction_json(screener.extract(text)) for key, text in records}
