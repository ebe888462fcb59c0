"""schema.org ``JobPosting`` objects (JSON-LD) to postings.

The posting text is the ``description`` (HTML, laid out as lines), followed
by the fields schema.org gives for what the job asks, each under a heading of
its own when the description does not already say it:
``educationRequirements``, ``experienceRequirements``, ``qualifications``,
``skills`` and ``responsibilities``. ``title`` and ``hiringOrganization``
become the posting's title and organization, ``url`` and ``datePosted`` its
url and date; the title is not added to the text, so the requirements are
those of the description, as if it had been saved as plain text.

Fields of the wrong type are read for what fits: a description given as a
list of texts is their lines, a value object (``{"@value": ...}``) its value;
a number, ``true`` or ``null`` where text belongs counts as no text, and
a number that is not finite as no number.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterator
from typing import Any

from screener import Posting, ReadError

from .html_text import text_of_field, tidy

#: How deeply lists may nest in a field before the rest is passed over.
MAX_NESTING = 20
# schema.org property -> the heading its text is given under
REQUIREMENT_FIELDS = {
    "educationRequirements": "Education requirements",
    "experienceRequirements": "Experience requirements",
    "qualifications": "Qualifications",
    "skills": "Skills",
    "responsibilities": "Responsibilities",
}


def is_job_posting(value: Any) -> bool:
    if not isinstance(value, dict):
        return False
    types = value.get("@type")
    types = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and t.rsplit("/", 1)[-1].rsplit(":", 1)[-1] == "JobPosting" for t in types)


def find_job_postings(data: Any) -> Iterator[dict[str, Any]]:
    """Every JobPosting in parsed JSON-LD, in document order: top level, in lists, ``@graph`` or nested."""
    stack = [data]
    while stack:
        value = stack.pop()
        if is_job_posting(value):
            yield value
        elif isinstance(value, dict):
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))


def posting_from_job_posting(job: dict[str, Any], source: str) -> Posting:
    """A posting from one JobPosting object; raises :class:`ReadError` when it has no text at all."""
    description = job.get("description")
    text = _description_text(description)
    sections = []
    seen = _normal(text)
    for field, heading in REQUIREMENT_FIELDS.items():
        value = field_text(job.get(field))
        if value and _normal(value) not in seen:
            sections.append(f"{heading}:\n{value}")
            seen += " " + _normal(value)
    text = "\n\n".join(part for part in (text, *sections) if part)
    if not text.strip():
        wrong = description is not None and not isinstance(description, str)
        kind = f" (it is {_json_type(description)}, not text)" if wrong else ""
        raise ReadError(f"JobPosting has no description{kind}", source=source)
    return Posting(
        text=text,
        source=source,
        title=_plain(job.get("title") or job.get("name")),
        organization=_organization(job.get("hiringOrganization")),
        url=job.get("url") if isinstance(job.get("url"), str) else None,
        date_posted=job.get("datePosted") if isinstance(job.get("datePosted"), str) else None,
        metadata={"format": "schema.org JobPosting"},
    )


def _description_text(value: Any) -> str:
    """The text of a description: text (maybe HTML), a list of texts, or a value object (``{"@value": ...}``)."""
    if isinstance(value, str):
        return text_of_field(value)
    if isinstance(value, list):
        return "\n".join(part for part in (text_of_field(item) for item in value if isinstance(item, str)) if part)
    if isinstance(value, dict) and isinstance(value.get("@value"), str):
        return text_of_field(value["@value"])
    return ""


def field_text(value: Any, depth: int = 0) -> str:
    """The text of a schema.org value: text (maybe HTML), a list, or an object such as a credential.

    Lists nested more than :data:`MAX_NESTING` deep are passed over: no
    real posting nests so, and following them would exhaust the stack.
    """
    if value is None or depth > MAX_NESTING:
        return ""
    if isinstance(value, str):
        return text_of_field(value)
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        return f"{value:g}" if math.isfinite(value) else ""
    if isinstance(value, list):
        return "\n".join(part for part in (field_text(item, depth + 1) for item in value) if part)
    if isinstance(value, dict):
        return _object_text(value)
    return ""


def _object_text(value: dict[str, Any]) -> str:
    """``EducationalOccupationalCredential``, ``OccupationalExperienceRequirements``, ``DefinedTerm``, ...

    A JSON-LD value object (``{"@value": "..."}``) is its value.
    """
    for key in ("@value", "description", "name"):
        if isinstance(value.get(key), str) and value[key].strip():
            return text_of_field(value[key])
    months = value.get("monthsOfExperience")
    if isinstance(months, int | float | str) and not isinstance(months, bool):
        try:
            months = float(months)
        except ValueError:
            return ""
        if not math.isfinite(months):
            return ""
        if months % 12 == 0:
            return f"{months / 12:g} years of experience"
        return f"{months:g} months of experience"
    parts = [value.get(key) for key in ("credentialCategory", "educationalLevel")]
    return tidy(" ".join(p for p in parts if isinstance(p, str)))


def _organization(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return _plain(value)


def _plain(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(html.unescape(value).split())
    return value or None


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "an array"
    return "an object" if isinstance(value, dict) else "a string"


def _normal(text: str) -> str:
    return " ".join(text.lower().split())
