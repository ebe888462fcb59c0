"""Numbers as postings write them: "2", "two", "twenty-four".

One table for the core (deadlines: "within twelve months") and for plugins
(years of experience: "three years"), so both read the same words.
"""

from __future__ import annotations

import re

#: Number words postings use for years, months and counts, with their values.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    # "a couple of years", "a couple years": two, as a reader takes it
    "a couple of": 2,
    "a couple": 2,
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "twenty-four": 24,
    "thirty": 30,
    "thirty-six": 36,
}

#: A regular-expression alternative for a number: digits (with decimals) or a number word, longest words first.
NUMBER_PATTERN = r"\d+(?:\.\d+)?|" + "|".join(re.escape(w) for w in sorted(NUMBER_WORDS, key=len, reverse=True))


def number_from_words(word: str) -> float | None:
    """The value of "2", "2.5" or "two" (any case); ``None`` for anything else."""
    word = word.strip().lower()
    try:
        return float(word)
    except ValueError:
        value = NUMBER_WORDS.get(word)
        return None if value is None else float(value)
