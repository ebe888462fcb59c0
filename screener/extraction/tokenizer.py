"""A tokenizer that stays linear in the text, whatever the text.

spaCy's tokenizer strips prefixes and suffixes from each whitespace-free
chunk one at a time, searching the rest of the chunk each time: on a long
run of punctuation ("((((((((" or ".,.,.,.,") that is quadratic or worse.
20,000 commas in a row take about a minute in bare ``spacy.blank("en")``;
real postings never have such runs, hostile text can.

:class:`BoundedTokenizer` hands ordinary text to spaCy's tokenizer unchanged
and splits only the *hard runs* itself, with one linear regular expression:
a word is a token, and each stretch of one repeated punctuation character
("-----", "......") is a token. A hard run is a whitespace-free chunk longer
than :data:`LONGEST_CHUNK` characters or a stretch of
:data:`LONGEST_PUNCTUATION` or more punctuation characters in a row. The
doc's text is always the input text, character for character, so every
offset still indexes the posting.

spaCy's tokenizer keeps the tokens of each whitespace-free chunk it has
split in a cache, but only of the first 10,000 distinct chunks it meets:
after that every new chunk is split again, by the affix rules, each time it
comes back. Real postings hold far more distinct chunks than that (117,000
in the 14,842 postings of the NHS bulk file), so :class:`BoundedTokenizer`
raises the limit to :data:`CACHE_ENTRIES`, and the vocabulary's terms are
tokenized with the cache off (:meth:`BoundedTokenizer.uncached`): thousands
of plugin terms would otherwise fill the cache before the first posting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from spacy.attrs import ORTH
from spacy.tokens import Doc
from spacy.vocab import Vocab

#: Whitespace-free chunks longer than this are split by the linear rule (URLs are rarely longer).
LONGEST_CHUNK = 64
#: This many punctuation characters in a row are split by the linear rule ("-----" lines are one token either way).
LONGEST_PUNCTUATION = 6
#: Chunks whose tokens spaCy's tokenizer keeps (spaCy's default is 10,000). The cache never forgets an
#: entry, so this is its size for good: about 260 bytes an entry measured, so at most about 26 MB.
CACHE_ENTRIES = 100_000

_HARD_RUN = re.compile(rf"(?<!\S)\S{{{LONGEST_CHUNK + 1},}}|[^\w\s]{{{LONGEST_PUNCTUATION},}}")
# The punctuation half of ``_HARD_RUN`` written out: a pattern that starts with a character class
# lets the regular expression engine skip ahead in C; ``[^\w\s]{6,}`` makes it try every position.
_PUNCTUATION_RUN = re.compile(r"[^\w\s]" * LONGEST_PUNCTUATION)
# The same with a class the engine tests in a table lookup: the ASCII characters of ``[^\w\s]``,
# and every other character (non-ASCII letters too, so a match here is only a maybe).
_ASCII_PUNCTUATION = "".join(f"\\x{c:02x}" for c in range(128) if re.fullmatch(r"[^\w\s]", chr(c)))
_MAYBE_PUNCTUATION_RUN = re.compile(f"[{_ASCII_PUNCTUATION}\\x80-\\U0010ffff]" * LONGEST_PUNCTUATION)
_LINEAR_TOKEN = re.compile(r"\w+|([^\w\s])\1*")


class BoundedTokenizer:
    """spaCy's tokenizer for ordinary text; a linear split for the runs that would make it quadratic."""

    def __init__(self, tokenizer: Any, cache_entries: int = CACHE_ENTRIES) -> None:
        #: the spaCy tokenizer this one hands ordinary text to
        self.inner = tokenizer
        self.inner.max_cache_size = cache_entries
        self.vocab: Vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if not has_hard_run(text):
            return self.inner(text)
        return self._split_around_hard_runs(text)

    def add_special_cases(self, cases: Mapping[str, Sequence[str]]) -> None:
        """Split each text of ``cases`` into the tokens given (in spaCy's terms, its special cases): the context
        rules' abbreviations, "yrs." kept whole, so that its full stop ends no sentence."""
        for text, tokens in cases.items():
            self.inner.add_special_case(text, [{ORTH: token} for token in tokens])

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    @contextmanager
    def uncached(self) -> Iterator[BoundedTokenizer]:
        """This tokenizer, adding nothing to its cache while the block runs: for texts that are not postings.

        The cache keeps the first chunks it meets for good; phrases to match
        (tens of thousands, with plugins) must not take the places of the
        postings' words. The tokens are the same either way.
        """
        entries = self.inner.max_cache_size
        self.inner.max_cache_size = 0
        try:
            yield self
        finally:
            self.inner.max_cache_size = entries

    def _split_around_hard_runs(self, text: str) -> Doc:
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for start, end in _hard_runs(text):
            if start > position:
                self._tokenize_into(text[position:start], words, spaces)
            first = len(words)
            words.extend(match.group() for match in _LINEAR_TOKEN.finditer(text, start, end))
            spaces.extend([False] * (len(words) - first))
            if end < len(text) and text[end] == " ":  # a single space after a token belongs to it, as in spaCy
                spaces[-1] = True
                end += 1
            position = end
        if position < len(text):
            self._tokenize_into(text[position:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _tokenize_into(self, text: str, words: list[str], spaces: list[bool]) -> None:
        for token in self.inner(text):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))


def has_hard_run(text: str) -> bool:
    """Whether ``_HARD_RUN`` occurs in ``text``, in about a quarter of the time its search takes.

    Run on every posting, so it matters. A test on the text's UTF-8 bytes,
    as arrays, rules out nearly every posting first (:func:`_may_have_hard_run`);
    only the one in a hundred it cannot rule out is checked exactly:
    ``str.split`` splits on exactly the characters ``\\s`` matches, and the
    punctuation run is first looked for with a cheaper class that takes in
    more characters.
    """
    if not _may_have_hard_run(text):
        return False
    if max(map(len, text.split()), default=0) > LONGEST_CHUNK:
        return True
    return _MAYBE_PUNCTUATION_RUN.search(text) is not None and _PUNCTUATION_RUN.search(text) is not None


# The UTF-8 bytes of a posting, translated for :func:`_may_have_hard_run`: in the first table ASCII white
# space (what ``str.split`` splits on) becomes " " and every other byte "x"; in the second, every ASCII
# character of ``[^\w\s]`` and every byte of a character beyond ASCII (which may be one) becomes "p", every
# other byte ".".
_CHUNK_BYTES = bytes(0x20 if c < 128 and chr(c).isspace() else 0x78 for c in range(256))
_PUNCTUATION_BYTES = bytes(0x70 if c >= 128 or re.fullmatch(r"[^\w\s]", chr(c)) else 0x2E for c in range(256))
_LONG_CHUNK_BYTES = b"x" * (LONGEST_CHUNK + 1)
_PUNCTUATION_RUN_BYTES = b"p" * LONGEST_PUNCTUATION


def _may_have_hard_run(text: str) -> bool:
    """False only when ``text`` has no hard run: no chunk over LONGEST_CHUNK, no LONGEST_PUNCTUATION punctuation.

    It reads the UTF-8 bytes, where a character beyond ASCII is two to four
    bytes, none of them white space and each counted as maybe punctuation:
    so a chunk is at least as long in bytes as in characters (white space
    beyond ASCII only joins chunks), and a run of punctuation characters is
    a run of maybe-punctuation bytes at least as long. It can only err
    towards "maybe". Each test is a byte translation and a substring search,
    both in C.
    """
    data = text.encode("utf-8", "surrogatepass")
    return _LONG_CHUNK_BYTES in data.translate(_CHUNK_BYTES) or _PUNCTUATION_RUN_BYTES in data.translate(
        _PUNCTUATION_BYTES
    )


def _hard_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each hard run, overlapping ones joined, widened to whole whitespace-free chunks."""
    current: tuple[int, int] | None = None
    for match in _HARD_RUN.finditer(text):
        start, end = _whole_chunk(text, match.start(), match.end())
        if current is not None and start <= current[1]:
            current = (current[0], max(current[1], end))
            continue
        if current is not None:
            yield current
        current = (start, end)
    if current is not None:
        yield current


def _whole_chunk(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to the whitespace-free chunk around it, so spaCy never sees half a chunk."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end
