"""JSON parsing for the readers: strings never hold lone surrogates.

JSON may escape half of a UTF-16 surrogate pair on its own (``"\\ud800"``),
and ``json.loads`` of bytes decodes encoded surrogates ("surrogatepass"):
either way it gives back a lone surrogate, a ``str`` that cannot
be encoded as UTF-8, so writing the posting (JSON output, a terminal) would
fail far from the file that caused it. Each one becomes U+FFFD, one
character for one, so offsets into the text are those of what was read.
"""

from __future__ import annotations

import json
import re
from typing import Any

_SURROGATE = re.compile("[\ud800-\udfff]")
# A \uD800-\uDFFF escape: how JSON text (a str) gives json.loads a surrogate.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89abcdefABCDEF]")


def loads(data: str | bytes, *, strict: bool = True) -> Any:
    """``json.loads``, with lone surrogates in strings (keys too) replaced by U+FFFD."""
    value = json.loads(data, strict=strict)
    if isinstance(data, str) and not _SURROGATE_ESCAPE.search(data) and not _SURROGATE.search(data):
        return value
    return _replaced(value)  # bytes: json.loads decodes them with "surrogatepass", so look at every string


def _replaced(value: Any) -> Any:
    """``value`` with surrogates replaced; containers are changed in place, without recursion (any depth)."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    stack = [value]
    while stack:
        container = stack.pop()
        if isinstance(container, list):
            for index, item in enumerate(container):
                if isinstance(item, str):
                    container[index] = _SURROGATE.sub("\ufffd", item)
                elif isinstance(item, list | dict):
                    stack.append(item)
        elif isinstance(container, dict):
            for key in list(container):
                item = container[key]
                if isinstance(item, str):
                    item = _SURROGATE.sub("\ufffd", item)
                elif isinstance(item, list | dict):
                    stack.append(item)
                if isinstance(key, str) and _SURROGATE.search(key):
                    del container[key]
                    key = _SURROGATE.sub("\ufffd", key)
                container[key] = item
    return value
