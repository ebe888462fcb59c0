"""Reads job-alert digests: postings separated by a line of dashes (or the ``separator`` option).

A multi-record reader written against the public contract only: it returns a
generator, names each posting ``file#N`` and yields a ReadError for an empty
block instead of stopping.
"""

from pathlib import Path

from screener import Posting, ReadError, hookimpl


@hookimpl
def screener_read(source, options):
    if not source.endswith(".digest") or not Path(source).is_file():
        return None
    separator = options.get("separator", "----")
    return _postings(source, separator)


def _postings(source, separator):
    blocks = Path(source).read_text(encoding="utf-8").split(f"\n{separator}\n")
    for number, block in enumerate(blocks, 1):
        if not block.strip():
            yield ReadError("empty posting", source=f"{source}#{number}")
            continue
        yield Posting(text=block, source=f"{source}#{number}", title=block.strip().splitlines()[0])
