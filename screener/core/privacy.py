"""Keeping a candidate's profile out of messages.

A profile is personal data. screener's own messages name a profile's fields
(``credentials[1].status``), never their values. A plugin's exception text
is another matter: an assessor may raise ``ValueError(f"no rule for
{profile.name}")``, or quote the profile as Python or JSON writes it:
``repr(profile)``, ``['Jane Doe', ...]``, ``json.dumps(profile.notes)``,
``name.upper()``. :func:`redact` blanks every string value of the profile in
such a text, in each of the forms it can take there, before the text reaches
an error record, stderr or a trace line:

- as it is, and in any letter case (also as ``upper``, ``casefold``, ``title``
  and ``capitalize`` write it: "STRASSE" and "Ssa" for "Straße" and "ßa");
- escaped as ``repr`` writes it (``\\n``, ``\\'``, ``\\xe9``, ``\\u2028``), also
  escaped twice (a repr of a list inside a repr), and as ``ascii`` writes it;
- escaped as JSON writes it (``\\"``, ``\\n``, ``\\u00e9``).

What is *not* redacted, by design: strings shorter than
:data:`SHORTEST_REDACTED` characters once stripped (blanking every "a" or
"in" would make messages unreadable, and says nothing about the person),
and numbers, booleans and dates written as numbers (years of experience: a
"2" is everywhere in a message). A value that a plugin transforms otherwise
(reverses, abbreviates, hashes) is beyond what screener can recognise.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

#: What a redacted value becomes.
REDACTED = "<redacted>"
#: Shorter strings are left alone: blanking every "a" or "in" would make messages unreadable, and says nothing.
SHORTEST_REDACTED = 3


def redact(text: str, profile: Any) -> str:
    """``text`` with every string value of ``profile`` (a pydantic model or mapping) replaced by ``<redacted>``.

    Each value is found in every form listed in the module's description, in
    any letter case; longer forms first, so "Jane Doe" goes before "Jane".
    """
    pattern = _pattern(frozenset(_strings(profile)))
    return pattern.sub(REDACTED, text) if pattern is not None else text


@lru_cache(maxsize=16)
def _pattern(values: frozenset[str]) -> re.Pattern[str] | None:
    """One expression for every form of every value, longest first; made once per profile."""
    forms = {form for value in values for form in quoted_forms(value)}
    if not forms:
        return None
    return re.compile("|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True)), re.IGNORECASE)


def quoted_forms(value: str) -> set[str]:
    """The ways ``value`` can appear in a message: its letter cases, each as written, repr-, ascii- and JSON-escaped."""
    forms: set[str] = set()
    for case in {value, value.casefold(), value.upper(), value.lower(), value.title(), value.capitalize()}:
        once = {case, *_python_escaped(case), *_python_escaped(case, ascii_only=True), json.dumps(case)[1:-1]}
        once.add(json.dumps(case, ensure_ascii=False)[1:-1])
        for form in once:
            forms.add(form)
            forms.update(_python_escaped(form))  # escaped once more: a repr of a list inside an exception's repr
            forms.add(json.dumps(form)[1:-1])  # or JSON of a repr
            forms.add(json.dumps(form, ensure_ascii=False)[1:-1])
    return {form for form in forms if form}


def _python_escaped(text: str, *, ascii_only: bool = False) -> tuple[str, str]:
    """``text`` as Python writes it between single quotes and between double quotes (``repr``, or ``ascii``).

    Python picks the quote by what the text holds, and a list's repr may pick
    the other one than the item's own repr: both are given.
    """
    written = (ascii if ascii_only else repr)(text + "'\"")[1:-4]  # both quotes in it: single quotes, ' escaped
    return written, written.replace("\\'", "'").replace('"', '\\"')


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
