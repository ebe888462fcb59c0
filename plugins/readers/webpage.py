"""Reads saved web pages (.html, .htm, .xhtml).

A page with a schema.org ``JobPosting`` in JSON-LD (``<script
type="application/ld+json">``, as job boards publish for search engines) is
read from it: the description and the requirement fields become the text,
``title`` and ``hiringOrganization`` the title and organization (see
``jsonld``). A page listing several postings gives one posting each
(``page.html[0]``, ``page.html[1]``, ...).

Any other page is read for its main content with trafilatura, which drops
navigation, headers, footers, sidebars, scripts and other boilerplate; the
content is then laid out as lines like every HTML description
(``html_text``). When trafilatura finds no main content, the whole page is
laid out instead. The page's <title> is the title.

Encoding: a byte-order mark, the charset the server declared (for URLs), the
page's <meta charset>, else detection as for text files.

Hostile pages: a JSON-LD block that is not valid JSON, is nested too deeply
or holds a JobPosting with fields of the wrong types is passed over or read
for what fits; a page nested deeper than the HTML parser goes is flattened
first and laid out whole, so none of its text is lost (``html_tree``); the
text of scripts, styles, iframes, ``noscript`` and templates never becomes
posting text. The file may hold at most ``max_bytes`` bytes (see ``limits``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from screener import DeferredPosting, Posting, ReadError, hookimpl

from .decoding import decode_html
from .html_text import html_to_text, tidy, without_xml_declaration
from .html_tree import ParsedPage, parse_page
from .json_text import loads
from .jsonld import find_job_postings, posting_from_job_posting
from .limits import max_bytes, read_file

SUFFIXES = {".html", ".htm", ".xhtml"}


def read_bytes(data: bytes, source: str, charset: str | None = None) -> Posting | Iterator[Posting | ReadError]:
    markup = decode_html(data, charset)
    if not markup.strip():
        raise ReadError("empty HTML page", source=source)
    try:
        page = parse_page(without_xml_declaration(markup.removeprefix("\ufeff")))
    except Exception as exc:  # lxml.etree.ParserError: a document with no elements at all
        raise ReadError(f"not a readable HTML page: {exc}", source=source) from exc
    jobs = [job for block in _json_ld_blocks(page.tree) for job in find_job_postings(block)]
    if len(jobs) == 1:
        try:
            return posting_from_job_posting(jobs[0], source)
        except ReadError:
            pass  # an empty JobPosting block: the page itself is the posting
    elif jobs:
        return _each_job(jobs, source)
    return _main_content(page, source)


def _each_job(jobs: list[dict[str, Any]], source: str) -> Iterator[Posting | ReadError]:
    for index, job in enumerate(jobs):
        where = f"{source}[{index}]"
        try:
            yield posting_from_job_posting(job, where)
        except ReadError as exc:
            yield ReadError(str(exc), source=where)


def _json_ld_blocks(tree: Any) -> Iterator[Any]:
    """The parsed JSON-LD blocks of a page; blocks that are not valid JSON are passed over."""
    for script in tree.iter("script"):
        kind = (script.get("type") or "").split(";")[0].strip().lower()
        if kind != "application/ld+json" or not script.text:
            continue
        try:
            yield loads(script.text, strict=False)  # strict=False: raw line breaks inside strings
        except (ValueError, RecursionError):  # not JSON, a number of thousands of digits, nested too deeply
            continue


def _main_content(page: ParsedPage, source: str) -> Posting:
    """The page's main content; a page that had to be flattened is laid out whole (see ``html_tree``)."""
    title = page.tree.findtext(".//title")
    text = "" if page.flattened else _trafilatura_text(page.markup)
    if not text.strip():
        text = html_to_text(page.tree)
    if not text.strip():
        raise ReadError("the HTML page has no text", source=source)
    title = " ".join((title or "").split())
    return Posting(text=tidy(text), source=source, title=title or None)


def _trafilatura_text(markup: str) -> str:
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    content = trafilatura.extract(
        markup,
        output_format="html",
        include_tables=True,
        include_links=False,
        include_images=False,
        include_comments=False,
        favor_precision=True,  # on short pages the recall settings fall back to the whole text, menus included
        prune_xpath="//template",  # trafilatura drops scripts, iframes, noscript, ... but keeps template content
    )
    return html_to_text(content) if content else ""


@hookimpl
def screener_read(source, options):
    path = Path(source)
    if path.suffix.lower() not in SUFFIXES or not path.is_file():
        return None
    return DeferredPosting(source, read_path, (source, options))  # read where it is extracted (--jobs: a worker)


def read_path(source: str, options: dict[str, str]) -> Posting | Iterator[Posting | ReadError]:
    return read_bytes(read_file(source, max_bytes(options, source)), source)
