"""HTML to the plain text the extractor reads, the same way for pages, JSON-LD and JSON Lines descriptions.

inscriptis lays the HTML out as a browser would show it as text: every
paragraph, heading, list item and table row on a line of its own, list items
as ``* item`` bullets, ``<br>`` as a line break; scripts, styles, iframes,
``noscript``, templates and embedded objects are left out.
That matters because the extractor treats a new line as a sentence boundary
and short lines as section headings ("Requirements", "Preferred
Qualifications").
"""

from __future__ import annotations

import html
import re
from functools import cache
from typing import Any

from .html_tree import parse_page

# A tag of the kinds descriptions are written with: enough to tell HTML from text that mentions "<5 years".
TAG = re.compile(
    r"</?(?:p|br|li|ul|ol|div|span|h[1-6]|strong|b|em|i|u|table|tr|td|th|a|font|section|article)\b[^>]*>",
    re.IGNORECASE,
)
_ESCAPED_TAG = re.compile(r"&lt;/?(?:p|br|li|ul|ol|div|span|h[1-6]|strong|b|em)\b", re.IGNORECASE)
_BLANK_LINES = re.compile(r"\n{3,}")
_XML_DECLARATION = re.compile(r"^<\?xml [^>]+?\?>")


#: What inscriptis would show but a browser does not: its "strict" profile hides head, script, style and the like.
HIDDEN_TAGS = ("iframe", "noscript", "template", "object", "embed", "svg", "math", "canvas")


@cache
def _css() -> dict[str, Any]:
    from inscriptis.css_profiles import CSS_PROFILES
    from inscriptis.html_properties import Display
    from inscriptis.model.html_element import HtmlElement

    return {**CSS_PROFILES["strict"], **{tag: HtmlElement(display=Display.none) for tag in HIDDEN_TAGS}}


def looks_like_html(text: str) -> bool:
    return bool(TAG.search(text) or _ESCAPED_TAG.search(text))


def unescape_markup(text: str) -> str:
    """HTML that was escaped once more (``&lt;p&gt;``), as many job feeds store descriptions, made HTML again."""
    if "<" not in text and _ESCAPED_TAG.search(text):
        return html.unescape(text)
    return text


def html_to_text(markup: str | Any) -> str:
    """Plain text of an HTML document or fragment (a string, or an lxml element)."""
    from inscriptis import Inscriptis
    from inscriptis.model.config import ParserConfig

    tree = _tree(markup) if isinstance(markup, str) else markup
    if tree is None:
        return ""
    return tidy(Inscriptis(tree, ParserConfig(css=_css())).get_text())


def without_xml_declaration(markup: str) -> str:
    """``markup`` without a leading XML declaration, which lxml refuses in a string (the text is decoded already)."""
    return _XML_DECLARATION.sub("", markup.lstrip(), count=1) if markup.lstrip().startswith("<?xml") else markup


def _tree(markup: str) -> Any:
    """The tree of an HTML string, as ``inscriptis.get_text`` builds it, but flattened when nested too deeply."""
    from lxml.etree import ParserError

    markup = _XML_DECLARATION.sub("", unescape_markup(markup).strip(), count=1)
    if not markup:
        return None
    try:
        return parse_page(markup).tree
    except ParserError:  # no elements at all, e.g. only a comment
        return parse_page(f"<pre>{markup}</pre>").tree


def text_of_field(value: str) -> str:
    """A JSON or CSV field that may hold HTML: its text, with HTML laid out as lines."""
    value = unescape_markup(value)
    return html_to_text(value) if looks_like_html(value) else tidy(value)


def tidy(text: str) -> str:
    """Trailing spaces and runs of blank lines removed; non-breaking spaces made spaces."""
    lines = [line.rstrip() for line in text.replace("\xa0", " ").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
