"""Which of many words a posting holds, found in one pass over it.

Rules and plugins ask, again and again, whether a posting holds a word
before they search it with a pattern: a rule is searched only where one of
its required words occurs, the education plugin only around its trigger
words, the skills plugin only where its work's words occur. Each such
question is a substring search of the whole posting (``word in lower``),
and most words are not there, so each reads all of it: over a hundred
scans a posting, about a sixth of its extraction time.

:class:`LiteralIndex` learns the words it is asked about and finds all of
them at once with an Aho-Corasick automaton (``ahocorasick_rs``), one pass
over the text whatever their number. A word it has not met yet is answered
by a substring search and learned for the postings after; the answer is
always the same as ``word in text``.
"""

from __future__ import annotations

from typing import Any, Protocol

from ahocorasick_rs import AhoCorasick, Implementation

#: Words shorter than this are answered by a substring search: they are short enough to be common ("or", "a"),
#: found near the text's start, and each of their many matches would cost the pass more than the search costs
MIN_LENGTH = 3
#: The most words an index learns: a plugin that asks about words taken from postings must not grow it for ever
#: (the automaton, a DFA, takes about 1 MB for 300 words, 3 MB for 2,000)
MAX_WORDS = 5_000
#: Texts searched between two builds of the automaton: words learnt in between are answered by a substring search
#: until the next build, so that a plugin asking about new words all the time does not rebuild it for every text
SEARCHES_BETWEEN_BUILDS = 50


class Words(Protocol):
    """What answers ``word in words`` for a text: the text itself, or its :class:`TextLiterals`."""

    def __contains__(self, word: str, /) -> bool: ...


class LiteralIndex:
    """The words asked about in texts, learnt as they are asked, and an automaton that finds them in one pass.

    One index serves every posting of a :class:`screener.Screener`; :meth:`of` gives the answers for one text.
    """

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._words: list[str] = []
        self._automaton: AhoCorasick | None = None
        self._built = 0  # how many of ``_words`` the automaton finds
        self._searches_since_build = 0

    def of(self, text: str) -> TextLiterals:
        """The words of this index that ``text`` holds, found when first asked."""
        return TextLiterals(self, text)

    def _learn(self, word: str) -> None:
        if len(self._words) < MAX_WORDS and _encodable(word):
            self._ids[word] = len(self._words)
            self._words.append(word)

    def _search(self, text: str) -> tuple[frozenset[int], int]:
        """The ids of the known words in ``text``, and how many words were known (higher ids were not looked for)."""
        if self._built < len(self._words) and (
            self._automaton is None or self._searches_since_build >= SEARCHES_BETWEEN_BUILDS
        ):
            # a DFA: twice as fast a search as the default automaton, for the words a posting is asked about
            self._automaton = AhoCorasick(self._words, implementation=Implementation.DFA)
            self._built = len(self._words)
            self._searches_since_build = 0
        if self._automaton is None:
            return frozenset(), 0
        try:
            matches = self._automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:
            return frozenset(), 0  # a lone surrogate (text decoded with "surrogateescape"): every word by a search
        self._searches_since_build += 1
        return frozenset(i for i, _, _ in matches), self._built

    def __getstate__(self) -> dict[str, Any]:
        # the automaton cannot be pickled: a copy builds its own when first asked
        return {**self.__dict__, "_automaton": None, "_built": 0}


class TextLiterals:
    """Whether one text holds a word (``word in literals``): the same answer as ``word in text``, found faster."""

    __slots__ = ("_found", "_index", "_known", "_text")

    def __init__(self, index: LiteralIndex, text: str) -> None:
        self._index = index
        self._text = text
        self._found: frozenset[int] | None = None
        self._known = 0

    def __contains__(self, word: str) -> bool:
        if len(word) < MIN_LENGTH:
            return word in self._text
        index = self._index
        i = index._ids.get(word)
        if i is None:
            index._learn(word)
            return word in self._text
        if self._found is None:
            self._found, self._known = index._search(self._text)
        if i >= self._known:  # learnt while this text was read, after its pass
            return word in self._text
        return i in self._found


def _encodable(text: str) -> bool:
    """Whether ``text`` is valid UTF-8 once encoded, as the automaton needs: it holds no lone surrogate."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
