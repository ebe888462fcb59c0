"""Keeping a candidate's profile out of messages.

A profile is personal data. screener's own messages name a profile's fields
(``credentials[1].status``), never their values. A plugin's exception text
is another matter: an assessor may raise ``ValueError(f"no rule for
{profile.name}")``. :func:`redact` blanks every value of the profile in such
a text before it reaches an error record, stderr or a trace line.
"""

from __future__ import annotations

from typing import Any

#: What a redacted value becomes.
REDACTED = "<redacted>"
#: Shorter strings are left alone: blanking every "a" or "in" would make messages unreadable, and says nothing.
SHORTEST_REDACTED = 3


def redact(text: str, profile: Any) -> str:
    """``text`` with every string value of ``profile`` (a pydantic model or mapping) replaced by ``<redacted>``."""
    values = sorted(set(_strings(profile)), key=len, reverse=True)  # longest first: "Jane Doe" before "Jane"
    for value in values:
        if value in text:
            text = text.replace(value, REDACTED)
    return text


def _strings(value: Any) -> list[str]:
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        value = dump(mode="json")
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            stripped = item.strip()
            if len(stripped) >= SHORTEST_REDACTED:
                found.append(stripped)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set | frozenset):
            stack.extend(item)
    return found
