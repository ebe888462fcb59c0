"""Acronyms a posting spells out: "Drivers CPC (Certificate of Professional Competence)", "Continuing Healthcare (CHC)".

An acronym the posting defines as something other than what the knowledge
base means by it has another meaning there, whatever else is around it. The
long form is found as Schwartz and Hearst find it ("A simple algorithm for
identifying abbreviation definitions in biomedical text", 2003): in
parentheses right after the acronym, or right before an acronym in
parentheses, matching the acronym's letters from the last to the first, the
first letter at the start of a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_AFTER = re.compile(r"[ \t]*\(([^()\n]{3,120})\)")
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_BOUNDARY_MARKS = ("(", ")", "[", "]", ";", ":", ".")
_FIRST_PART = re.compile(r"[,;]|\s[-–—]\s")
_BROKEN_WORD = re.compile(r"(?<=[a-z])-[ \t]*\r?\n[ \t]*(?=[a-z])")
#: Brackets that open with another acronym, two capitals or more ("CPC-A accepted ...", "AAPC Certified ...")
_ANOTHER_ACRONYM_FIRST = re.compile(r"[A-Z][A-Z0-9]+(?![a-z])")
_FILLER = frozenset({"of", "and", "the", "for", "in", "to", "a", "an", "on", "with", "at", "by", "or"})
_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "er", "ed", "es", "s", "e")
#: The share of the long form's words that must be words of one of the names the knowledge base gives.
SAME_MEANING = 0.5
#: Or the share of a name's words (of two or more) that the long form holds: a long form may say more than the name
#: ("International Statistical Classification of Diseases and Related Health Problems" holds every word of
#: "International Classification of Diseases").
NAME_HELD = 0.75


def spelled_out_as_another(text: str, start: int, end: int, names: Iterable[str]) -> str | None:
    """The long form the posting gives the acronym ``text[start:end]``, if it is not one of ``names``; else ``None``."""
    acronym = text[start:end]
    long_form = _long_form(text, start, end, acronym)
    if long_form is None or _same_meaning(long_form, names):
        return None
    return long_form


def spelled_out_here(text: str, start: int, end: int) -> bool:
    """Whether the posting gives the acronym ``text[start:end]`` a long form right there, of whatever meaning."""
    return _long_form(text, start, end, text[start:end]) is not None


def _long_form(text: str, start: int, end: int, acronym: str) -> str | None:
    after = _AFTER.match(text, end)
    if after is not None:
        inside = after.group(1).strip()
        # or its first part, the rest a remark: "the CIC (our Coding Integrity Committee, which I chair - ...)"
        # (not a remark on another credential, whose letters any words may hold: "COC (CPC-A accepted at the Coding
        # Associate tier)" spells out no COC; its initials may still: "CPC (AAPC Certified Professional Coder)")
        loosely = not _ANOTHER_ACRONYM_FIRST.match(inside)
        for candidate in dict.fromkeys((inside, _FIRST_PART.split(inside, maxsplit=1)[0].strip())):
            found = best_long_form(acronym, candidate, loosely=loosely)
            if found is not None:
                return found
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        before = text[max(0, start - 1 - 160) : start - 1]
        # a long form does not run back past a bracket or a clause's end: in "AHIMA credential (RHIA, RHIT) or AAPC
        # credential (CPC)" the words before "(RHIA" are no part of what "(CPC)" stands for
        before = before[max(before.rfind(mark) for mark in _BOUNDARY_MARKS) + 1 :]
        # a word broken at a line's end, as text from a PDF comes: "Certified Coding Spe-\ncialist (CCS)"
        before = _BROKEN_WORD.sub("", before)
        words = _WORD.findall(before)
        window = " ".join(words[-_most_words(acronym) :])
        return best_long_form(acronym, window)
    return None


def best_long_form(short: str, candidate: str, loosely: bool = True) -> str | None:
    """The end of ``candidate`` that spells ``short`` out, or ``None``.

    First the fewest last words whose initials are the acronym's letters
    ("Certificate of Professional Competence" for CPC; small words such as
    "of" may be skipped); else, with ``loosely``, Schwartz and Hearst's matching: every letter or
    digit of ``short`` found in ``candidate``, right to left, in order, the
    first one at the start of a word. A long form has two words or more, is
    not itself in capitals, and does not hold the acronym.
    """
    found = _by_initials(short, candidate)
    if found is None and loosely:
        found = _by_letters(short, candidate)
    if found is None:
        return None
    words = _WORD.findall(found)
    if len(words) < 2 or found.upper() == found or short.lower() in found.lower():
        return None
    if len(words[0]) > 1 and words[0].isupper():
        return None  # another acronym opens it: "CPC (CCS-P accepted in its place)" names a second credential
    if len(words) > _most_words(short):
        return None  # a remark, not a name: "RHIA (RHIT with a bachelor's degree and 5+ years ... will be considered)"
    return found


def _most_words(short: str) -> int:
    """Schwartz and Hearst's bound on a long form's words: min(|A| + 5, |A| * 2) for an acronym of |A| letters."""
    letters = sum(ch.isalnum() for ch in short)
    return min(letters + 5, letters * 2)


def _by_initials(short: str, candidate: str) -> str | None:
    letters = "".join(ch for ch in short.lower() if ch.isalnum())
    words = list(re.finditer(r"[^\s,;:()/–-]+(?:-[^\s,;:()/–-]+)*", candidate))
    for first in range(len(words) - 1, -1, -1):
        chosen = words[first:]
        if chosen[0].group().lower() in _FILLER:
            continue
        initials = "".join(w.group()[0].lower() for w in chosen if w.group().lower() not in _FILLER)
        if initials == letters:
            return candidate[chosen[0].start() :]
        if len(initials) > len(letters):
            return None
    return None


def _by_letters(short: str, candidate: str) -> str | None:
    s_index, l_index = len(short) - 1, len(candidate) - 1
    while s_index >= 0:
        char = short[s_index].lower()
        if not char.isalnum():
            s_index -= 1
            continue
        while l_index >= 0 and (
            candidate[l_index].lower() != char or (s_index == 0 and l_index > 0 and candidate[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    return candidate[candidate.rfind(" ", 0, l_index + 1) + 1 :].strip(" ,;:-–")


def _same_meaning(long_form: str, names: Iterable[str]) -> bool:
    words = _content_words(long_form)
    if not words:
        return True
    for name in names:
        if not any(ch.islower() for ch in name):
            continue  # an acronym: nothing to compare words with
        name_words = _content_words(name)
        shared = len(words & name_words)
        if (
            shared >= SAME_MEANING * len(words) or (len(name_words) >= 2 and shared >= NAME_HELD * len(name_words))
        ) and not _name_other_things(words, name_words):
            return True
    return False


def _name_other_things(words: set[str], name_words: set[str]) -> bool:
    """Whether two names share only the words every credential's name has: "Certified Clinical Coder" (HIMAA's
    CCC) is not "Certified Cardiology Coder" (AAPC's), though two of their three words are the same."""
    own, name_own = words - _GENERIC_WORDS, name_words - _GENERIC_WORDS
    return bool(own) and bool(name_own) and not own & name_own


def _content_words(text: str) -> set[str]:
    return {_stem(w.lower()) for w in _WORD.findall(text) if w.lower() not in _FILLER}


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


#: Words of most credentials' names, which tell none from another (stemmed as ``_content_words`` stems them)
_GENERIC_WORDS = frozenset(
    _stem(word)
    for word in (
        "certified",
        "certification",
        "certificate",
        "registered",
        "coder",
        "coding",
        "specialist",
        "professional",
        "credential",
    )
)
