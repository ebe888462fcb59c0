"""spaCy's prefix, suffix and infix searches, made to skip the words they cannot split.

spaCy joins a language's suffix rules into one regular expression, every
alternative ending in ``$``, and its infix rules into another, and runs
them on every whitespace-free chunk its cache does not hold yet. Many of
English's rules start with a lookbehind (``(?<=[0-9])(?:km|kg|...)``), so
the engine cannot skip ahead: it tries every alternative at every position
of the chunk. On the NHS bulk file that was about a quarter of the
tokenizer's time (4 µs a suffix search, 4 µs an infix search).

Every match of a rule starts at, or a fixed distance after, a character of
a small set: the first character a rule consumes ("." for ``(?<=[a-z])\\.``)
or, when that set is smaller, the first character its leading lookbehind
reads (a digit for the units). :func:`entry_characters` reads that set off
the parsed rules. A chunk with none of those characters has no match, and
the search of a chunk that has one starts at the first of them, where the
full expression (the very one spaCy would run) finds the same match: no
match can start before it, and a lookbehind still sees the characters
before the starting position. When a rule cannot be read that way (a class
with categories or negation, a rule that may match nothing, case-insensitive
parts), the plain search is used.

The prefix rules are anchored at the chunk's start, so there the first
character alone decides whether to search.

The stand-ins keep ``__self__`` as the compiled expression, which is what
spaCy's tokenizer serialisation reads.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

# The parser of Python's own ``re`` module: private, so imported by name, and any surprise in what it gives
# makes :func:`entry_characters` give up (the plain search is then used).
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")


class _Unreadable(Exception):
    """A rule whose first character cannot be bounded: the plain search must be used."""


def entry_characters(rules: Iterable[str | re.Pattern[str]]) -> str | None:
    """A regular-expression character class holding a character at or before the start of every match.

    None when some rule cannot be read (see the module's docstring), or is a compiled pattern (whose
    flags spaCy's joining of the rules would drop anyway).
    """
    ranges: list[tuple[int, int]] = []
    try:
        for rule in rules:
            if not isinstance(rule, str):
                raise _Unreadable(rule)
            if not rule.strip():  # spaCy drops blank rules
                continue
            parsed = _parser.parse(rule)
            if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
                raise _Unreadable(rule)
            ranges.extend(_entry(list(parsed.data)))
    except (_Unreadable, AttributeError, TypeError, ValueError, IndexError, re.error):
        return None
    return "[" + "".join(_range_text(low, high) for low, high in _merged(ranges)) + "]"


def _entry(items: list[tuple[Any, Any]]) -> list[tuple[int, int]]:
    """Code point ranges of which a character stands at or before the start of any match of ``items``."""
    c = _constants
    for index, (op, argument) in enumerate(items):
        if op is c.ASSERT and argument[0] < 0:  # a lookbehind: its own first character, or what follows it
            behind = _entry(list(argument[1]))
            try:
                ahead = _entry(items[index + 1 :])
            except _Unreadable:
                return behind
            return behind if _cost(behind) < _cost(ahead) else ahead
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):  # zero width: the match starts at what comes next
            continue
        if op is c.LITERAL:
            return [(argument, argument)]
        if op is c.IN:
            return _class_ranges(argument)
        if op is c.SUBPATTERN:
            _group, add_flags, _del_flags, pattern = argument
            if add_flags & (re.IGNORECASE | re.LOCALE) or pattern.getwidth()[0] == 0:
                raise _Unreadable(op)
            return _entry(list(pattern))
        if op is c.BRANCH:
            return [found for branch in argument[1] for found in _entry(list(branch))]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and argument[0] >= 1:
            return _entry(list(argument[2]))
        raise _Unreadable(op)
    raise _Unreadable("a rule that may match nothing")


def _class_ranges(items: list[tuple[Any, Any]]) -> list[tuple[int, int]]:
    ranges = []
    for op, argument in items:
        if op is _constants.LITERAL:
            ranges.append((argument, argument))
        elif op is _constants.RANGE:
            ranges.append(argument)
        else:  # NEGATE, CATEGORY (\d, \w, ...): no set to read
            raise _Unreadable(op)
    return ranges


#: How common the characters of text are, roughly: an ASCII letter costs most, a digit less, anything else 1.
_WEIGHTS = ((ord("A"), ord("Z"), 1_000_000), (ord("a"), ord("z"), 1_000_000), (ord("0"), ord("9"), 100_000))


def _cost(ranges: list[tuple[int, int]]) -> int:
    """How often a posting's characters fall in ``ranges``, roughly (the smaller, the more chunks skipped)."""
    return sum(high - low + 1 for low, high in ranges) + sum(
        (weight - 1) * max(0, min(high, common_high) - max(low, common_low) + 1)
        for low, high in ranges
        for common_low, common_high, weight in _WEIGHTS
    )


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for low, high in sorted(ranges):
        if merged and low <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged


def _range_text(low: int, high: int) -> str:
    if low == high:
        return _escaped(low)
    return f"{_escaped(low)}-{_escaped(high)}"


def _escaped(code: int) -> str:
    return f"\\U{code:08x}"


class _SkippingSearch:
    """spaCy's expression for ``rules`` (compiled by ``_compile``), and the class of characters its matches start at.

    ``__self__`` is the expression spaCy would search with, and what its tokenizer serialisation reads;
    ``_entry`` is ``None`` when the rules cannot be read, and the plain search is used.
    """

    _compile: Callable[[Iterable[str | re.Pattern[str]]], re.Pattern[str]]

    def __init__(self, rules: Iterable[str | re.Pattern[str]]) -> None:
        rules = list(rules)
        self.__self__ = type(self)._compile(rules)
        entry = entry_characters(rules)
        self._entry = re.compile(entry) if entry is not None else None


class PrefixSearch(_SkippingSearch):
    """``compile_prefix_regex(rules).search``, passing over the chunks whose first character starts no rule.

    Every rule is anchored at the chunk's start (spaCy puts ``^`` before each), so a match starts with a
    character of the entry class or not at all: one character is looked at instead of every rule.
    """

    _compile = staticmethod(compile_prefix_regex)

    def __call__(self, string: str) -> re.Match[str] | None:
        if self._entry is not None and self._entry.match(string) is None:
            return None
        return self.__self__.search(string)


class SuffixSearch(_SkippingSearch):
    """``compile_suffix_regex(rules).search``, skipping the chunks no rule can match."""

    _compile = staticmethod(compile_suffix_regex)

    def __call__(self, string: str) -> re.Match[str] | None:
        if self._entry is None:
            return self.__self__.search(string)
        first = self._entry.search(string)
        if first is None:
            return None
        return self.__self__.search(string, first.start())


class InfixFinditer(_SkippingSearch):
    """``compile_infix_regex(rules).finditer``, skipping the chunks no rule can match."""

    _compile = staticmethod(compile_infix_regex)

    def __call__(self, string: str) -> Iterator[re.Match[str]]:
        if self._entry is None:
            return self.__self__.finditer(string)
        first = self._entry.search(string)
        if first is None:
            return iter(())
        return self.__self__.finditer(string, first.start())
