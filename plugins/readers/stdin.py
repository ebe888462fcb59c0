"""Reads a posting, or a batch, from standard input: the source ``-``.

What the input holds is taken from the ``format`` option (``--read-option
format=csv``; one of text, html, pdf, docx, json, jsonl, csv, tsv), else
from its first bytes: PDF and DOCX by their signatures, ``<`` for HTML,
``[`` or a multi-line ``{`` for JSON, one-line ``{`` records for JSON
Lines, anything else text (CSV must be named). gzip input is unpacked.
JSON Lines and CSV are read record by record, so ``zcat big.jsonl.gz |
screener extract -`` streams; records are named ``-:LINE``.
"""

from __future__ import annotations

import sys

from screener import hookimpl

from .formats import read_stream

SOURCE = "-"


@hookimpl
def screener_read(source, options):
    if source != SOURCE:
        return None
    return read_stream(options.get("format") or None, sys.stdin.buffer, SOURCE, options)
