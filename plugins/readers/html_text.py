"""HTML to the plain text the extractor reads, the same way for pages, JSON-LD and JSON Lines descriptions.

inscriptis lays the HTML out as a browser would show it as text: every
paragraph, heading, list item and table row on a line of its own, list items
as ``* item`` bullets, ``<br>`` as a line break, scripts and styles left out.
That matters because the extractor treats a new line as a sentence boundary
and short lines as section headings ("Requirements", "Preferred
Qualifications").
"""

from __future__ import annotations

import html
import re
from typing import Any

# A tag of the kinds descriptions are written with: enough to tell HTML from text that mentions "<5 years".
_TAG = re.compile(
    r"</?(?:p|br|li|ul|ol|div|span|h[1-6]|strong|b|em|i|u|table|tr|td|th|a|font|section|article)\b[^>]*>",
    re.IGNORECASE,
)
_ESCAPED_TAG = re.compile(r"&lt;/?(?:p|br|li|ul|ol|div|span|h[1-6]|strong|b|em)\b", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n{3,}")


def looks_like_html(text: str) -> bool:
    return bool(_TAG.search(text) or _ESCAPED_TAG.search(text))


def unescape_markup(text: str) -> str:
    """HTML that was escaped once more (``&lt;p&gt;``), as many job feeds store descriptions, made HTML again."""
    if "<" not in text and _ESCAPED_TAG.search(text):
        return html.unescape(text)
    return text


def html_to_text(markup: str | Any) -> str:
    """Plain text of an HTML document or fragment (a string, or an lxml element)."""
    from inscriptis import Inscriptis, get_text
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.model.config import ParserConfig

    config = ParserConfig(css=CSS_PROFILES["strict"])
    if isinstance(markup, str):
        text = get_text(unescape_markup(markup), config)
    else:
        text = Inscriptis(markup, config).get_text()
    return tidy(text)


def text_of_field(value: str) -> str:
    """A JSON or CSV field that may hold HTML: its text, with HTML laid out as lines."""
    value = unescape_markup(value)
    return html_to_text(value) if looks_like_html(value) else tidy(value)


def tidy(text: str) -> str:
    """Trailing spaces and runs of blank lines removed; non-breaking spaces made spaces."""
    lines = [line.rstrip() for line in text.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
