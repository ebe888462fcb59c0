"""Parsing a web page with lxml without losing the text of pages nested too deeply.

libxml2, under lxml, stops building the tree at 256 levels of nesting and
silently drops everything after that point: a page of 10,000 nested ``<div>``
(hostile, or a broken generator) would lose its posting. Nor could the
layout (inscriptis) and main-content (trafilatura) code, which recurse
through the tree, follow so deep a tree. So when the parser reports that
limit, or the tree is deeper than :data:`MAX_DEPTH` (no real page is), the
markup is flattened and parsed again: tags nested deeper than half
:data:`MAX_DEPTH` are taken out, their text kept in place; the content of
elements that show no text (``script``, ``style``, ``iframe``, ...) is taken
out with them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache
from typing import Any, NamedTuple

#: The deepest nesting a page may have before it is flattened (to half that); libxml2 stops at 256 levels.
MAX_DEPTH = 100
#: Elements whose content is never shown as text.
HIDDEN = frozenset(
    {"script", "style", "iframe", "noscript", "template", "object", "embed", "svg", "math", "canvas", "head", "title"}
    | {"noembed", "noframes", "textarea", "xmp"}
)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
#: What a tag taken out leaves behind: nothing for inline elements, a line break (``<br>``) for the others.
_INLINE: tuple[str, ...]
_INLINE = ("a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "dfn", "em", "font", "i", "img", "kbd")
_INLINE += ("label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time")
_BREAK = dict.fromkeys((*_INLINE, "tt", "u", "var", "wbr"), "")
#: Elements a new one of the same name closes (``<p>a<p>b``): HTML leaves their end tags out.
_SELF_CLOSING_SIBLINGS = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option"})


class ParsedPage(NamedTuple):
    #: the lxml tree
    tree: Any
    #: the markup it was built from
    markup: str
    #: whether the markup had to be flattened to be parsed whole
    flattened: bool


def parse_page(markup: str) -> ParsedPage:
    """The lxml tree of ``markup``, built from the markup flattened first when it is nested too deeply."""
    tree, too_deep = _parse(markup)
    if not too_deep:
        return ParsedPage(tree, markup, False)
    markup = flatten(markup, MAX_DEPTH // 2)  # room for what the parser adds: <html>, <body>, implied elements
    tree, too_deep = _parse(markup)
    if too_deep:  # the flattening misjudged the nesting: keep only the text
        markup = flatten(markup, 0)
        tree, _ = _parse(markup)
    return ParsedPage(tree, markup, True)


def _parse(markup: str) -> tuple[Any, bool]:
    """The tree, and whether the markup is nested deeper than :data:`MAX_DEPTH` (so parts may be missing)."""
    import lxml.html

    parser = lxml.html.HTMLParser()
    tree = lxml.html.document_fromstring(markup, parser=parser)
    cut_short = any("Excessive depth" in entry.message for entry in parser.error_log)
    return tree, cut_short or depth(tree) > MAX_DEPTH


def depth(tree: Any) -> int:
    """How deeply the elements of ``tree`` nest (the root alone is 1), found without recursion."""
    from lxml import etree

    level = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        level += 1 if event == "start" else -1
        deepest = max(deepest, level)
    return deepest


def flatten(markup: str, max_depth: int) -> str:
    """``markup`` with the tags nested deeper than ``max_depth`` removed, and the content of hidden ones."""
    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # the open elements: (tag, whether its tags were kept)
    open_tags: Counter[str] = Counter()  # the tags on the stack, to know at once whether an end tag closes one
    hidden = 0  # how many of the open elements that were taken out show no text

    def close_top() -> None:
        nonlocal hidden
        tag, kept = stack.pop()
        open_tags[tag] -= 1
        if not kept and tag in HIDDEN:
            hidden -= 1
        elif not hidden:
            out.append(f"</{tag}>" if kept else _BREAK.get(tag, "<br>"))

    for kind, tag, raw in _tokens(markup):
        if kind == "text":
            if not hidden:
                out.append(raw)
        elif kind == "start":
            if tag in _SELF_CLOSING_SIBLINGS and stack and stack[-1][0] == tag:
                close_top()
            kept = len(stack) < max_depth
            if not hidden and (kept or tag not in HIDDEN):
                out.append(raw if kept else _BREAK.get(tag, "<br>"))  # a block taken out leaves a line break
            if tag not in _VOID and not raw.endswith("/>"):
                stack.append((tag, kept))
                open_tags[tag] += 1
                if not kept and tag in HIDDEN:
                    hidden += 1
        elif kind == "end" and open_tags[tag]:  # an end tag that closes nothing is left out
            while stack and stack[-1][0] != tag:
                close_top()
            close_top()
    return "".join(out)


def _tokens(markup: str) -> Iterator[tuple[str, str, str]]:
    """The markup as ("text" | "start" | "end", tag, raw markup), in linear time whatever the markup.

    A simple HTML tokenizer (html.parser takes quadratic time on some
    unclosed constructs): comments, declarations and processing
    instructions are left out; the content of ``script``, ``style`` and the
    other raw-text elements is one text token; a tag or comment that never
    ends ends the markup, as in a browser.
    """
    position, length = 0, len(markup)
    while position < length:
        start = markup.find("<", position)
        if start < 0:
            yield "text", "", markup[position:]
            return
        if start > position:
            yield "text", "", markup[position:start]
        name = _TAG_NAME.match(markup, start)
        opener = name.group(0) if name else "<"
        if name is None or (name.group(1) is None and not opener.startswith(("<!", "<?"))):
            yield "text", "", "<"  # "<" that starts no tag, comment or declaration ("< 5 years") is text
            position = start + 1
            continue
        if opener.startswith("<!--"):
            end = markup.find("-->", start + 4)
            if end < 0:
                return
            position = end + 3
            continue
        end = _tag_end(markup, start)
        if end < 0:
            return
        position = end
        tag = (name.group(1) or "").lower()
        if opener.startswith(("<!", "<?")):
            continue
        if opener.startswith("</"):
            yield "end", tag, ""
            continue
        yield "start", tag, markup[start:end]
        if tag in _RAW_TEXT and not markup[start:end].endswith("/>"):
            closing = _raw_text_end(tag).search(markup, end)
            stop = closing.start() if closing else length
            yield "text", "", markup[end:stop]
            yield "end", tag, ""
            position = closing.end() if closing else length


def _tag_end(markup: str, start: int) -> int:
    """Where the tag starting at ``start`` ends (after its ``>``), quoted attribute values allowed; -1: never."""
    match = _TAG_REST.match(markup, start + 1)
    if match:
        return match.end()
    end = markup.find(">", start)  # an unclosed quote: end at the first ">"
    return end + 1 if end >= 0 else -1


@cache
def _raw_text_end(tag: str) -> re.Pattern[str]:
    return re.compile(rf"</{tag}\s*>", re.IGNORECASE)


_TAG_NAME = re.compile(r"<(?:!--|!|\?|/?)([A-Za-z][^\s/>]*)?")
# possessive quantifiers: no backtracking, so a tag that never ends costs one scan to the end of the markup
_TAG_REST = re.compile(r"""(?:[^>"']++|"[^"]*+"|'[^']*+')*+>""")
#: Elements whose content is text, not markup, until their end tag.
_RAW_TEXT = frozenset({"script", "style", "iframe", "noembed", "noframes", "title", "textarea", "xmp"})
