"""Values from postings and plugins written into Markdown as text, never as markup.

A title, an id, a reason or a source may hold Markdown or HTML: ``<img src=x
onerror=...>``, ``[click](javascript:...)``, a backtick that closes a code
span, a ``|`` that breaks a table. Everything :mod:`screener.io.fit_output`
writes into Markdown from a posting or a plugin goes through these helpers:

- :func:`md_text`: one line, control characters made visible, and every
  character that Markdown or HTML would read as markup escaped with a
  backslash (CommonMark lets any ASCII punctuation be escaped so), so no raw
  HTML, link, image, emphasis or table cell can come of it. Left as they
  are, because there they make no markup: ``_`` between two letters or
  digits (``release_of_information``), ``&`` that starts no character
  reference (``A&P``), ``!`` (an image needs the ``[`` that is escaped);
- :func:`md_code`: a code span whose backtick fence is longer than any run
  of backticks in the value, so the value cannot close it;
- :func:`md_link`: a link only to an ``http(s)`` URL, percent-encoded (and
  inside ``<...>`` when it has parentheses); anything else (``javascript:``,
  ``data:``) is written as text.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from screener.core.terminal import visible
from screener.io.output import http_url

#: Characters escaped in text: HTML and autolinks (< >), links and images ([ ]), code (`), emphasis (* ~),
#: tables (|), headings' closing sequence (#), the backslash itself; & when it starts a character reference
#: (&lt; &#60;), _ unless it stands between two letters or digits (where it can neither open nor close emphasis).
_MARKUP = re.compile(r"([\\`*\[\]<>|~#])|(&(?=#?[0-9A-Za-z]+;))|((?<![^\W_])_|_(?![^\W_]))")
_BACKTICKS = re.compile(r"`+")
# What stays as it is in a link destination: the URL syntax characters; everything else is percent-encoded.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def md_text(value: object) -> str:
    """``value`` as Markdown text that renders as exactly that text, on one line."""
    return _MARKUP.sub(lambda match: "\\" + match.group(), visible(" ".join(str(value).split())))


def md_code(value: object) -> str:
    """``value`` as a Markdown code span that no backtick in it can close."""
    text = visible(" ".join(str(value).split()))
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    padded = f" {text} " if text.startswith(("`", " ")) or text.endswith(("`", " ")) else text
    return f"{fence}{padded}{fence}"


def md_link(label: str, url: str | None) -> str:
    """``[label](<url>)`` for an http(s) URL; otherwise the URL as text (no link), or "" when there is none."""
    if not url:
        return ""
    target = http_url(url)
    if target is None:
        return f"{md_text(label)}: {md_text(url)}"
    encoded = quote(target, safe=_URL_SAFE)  # no space, < > or backslash is left to end the link early
    return f"[{md_text(label)}]({encoded if '(' not in encoded and ')' not in encoded else f'<{encoded}>'})"
