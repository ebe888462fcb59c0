"""One record of a batch (a JSON object, a CSV row) to a posting.

A record is either a schema.org ``JobPosting`` (read as ``jsonld`` says) or
a plain record whose posting text is in a field:

- ``field`` option (``--field``): that field (``a.b`` reaches into nested
  objects); otherwise ``text``, else ``description``. HTML in it (also HTML
  escaped once more, ``&lt;p&gt;``) is laid out as lines, as for web pages.
- ``title_field`` (default ``title``), ``id_field`` (default ``id``, for a
  JobPosting its ``identifier``).

A record with an id is named ``file#id``; one without by its place:
``file:line`` for JSON Lines and CSV, ``file[index]`` (from 0) for a JSON
array. A record without usable text is a :class:`ReadError` naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from screener import Posting, ReadError

from .html_text import text_of_field
from .jsonld import is_job_posting, posting_from_job_posting

DEFAULT_TEXT_FIELDS = ("text", "description")
_MISSING = object()


def posting_from_record(record: Any, source: str, options: Mapping[str, str]) -> Posting:
    """The posting of one record, ``source`` naming it; raises :class:`ReadError` with what is wrong."""
    if not isinstance(record, dict):
        raise ReadError(f"expected a JSON object, found {_json_type(record)}", source=source)
    if is_job_posting(record) and not options.get("field"):
        return posting_from_job_posting(record, source)
    name, value = _text_field(record, options, source)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        value = "\n".join(value)
    if not isinstance(value, str):
        raise ReadError(f"field {name!r} holds {_json_type(value)}, not text", source=source)
    text = text_of_field(value)
    if not text.strip():
        raise ReadError(f"field {name!r} is empty", source=source)
    title = lookup(record, options.get("title_field") or "title")
    organization = lookup(record, "organization")
    return Posting(
        text=text,
        source=source,
        title=_one_line(title),
        organization=_one_line(organization),
    )


def record_id(record: Any, options: Mapping[str, str]) -> str | None:
    """The record's id, if it has one: ``id_field``, else ``id``, else a JobPosting's ``identifier``."""
    if not isinstance(record, dict):
        return None
    if options.get("id_field"):
        value = lookup(record, options["id_field"])
    else:
        value = record.get("id", _MISSING)
        if value is _MISSING and is_job_posting(record):
            value = record.get("identifier")
            if isinstance(value, dict):
                value = value.get("value")
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    value = str(value).strip()
    return value or None


def record_source(base: str, position: str, record: Any, options: Mapping[str, str]) -> str:
    """``base#id`` for a record with an id, else ``base`` followed by its ``position`` (``:17``, ``[3]``)."""
    identifier = record_id(record, options)
    return f"{base}#{identifier}" if identifier else f"{base}{position}"


def lookup(record: Mapping[str, Any], name: str) -> Any:
    """``record[name]``, or for ``a.b`` ``record["a"]["b"]``; ``None`` when missing."""
    if name in record:
        return record[name]
    value: Any = record
    for part in name.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _text_field(record: dict[str, Any], options: Mapping[str, str], source: str) -> tuple[str, Any]:
    chosen = options.get("field")
    if chosen:
        value = lookup(record, chosen)
        if value is None:
            raise ReadError(f"no field {chosen!r} in this record", source=source)
        return chosen, value
    for name in DEFAULT_TEXT_FIELDS:
        if record.get(name) is not None:
            return name, record[name]
    fields = ", ".join(repr(k) for k in list(record)[:12]) or "none"
    raise ReadError(f"no 'text' or 'description' field (fields: {fields}); name the field with --field", source=source)


def _one_line(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
