"""Experience requirements: how many years, of what.

"2+ years", "two (2) years", "1-3 years" (the lower figure), "minimum of one
year", "six months" (0.5). A figure counts only in a sentence that speaks of
experience, and not when it is a deadline ("within 6 months"), a cap ("up to
six months"), a part of another figure ("six months of the required one
year") or about the employer ("we have 25 years of experience").
"""

import re

from screener import Evidence, ExperienceRequirement, hookimpl

_NUMBER_WORDS = {
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
    "fifteen": 15,
    "eighteen": 18,
}
_NUMBER = r"\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_DURATION = re.compile(
    rf"\b(?P<num>{_NUMBER})(?:\s*\(\s*\d+(?:\.\d+)?\s*\))?\s*(?:\+|plus|or\s+more)?"
    rf"(?:\s*(?:-|–|to)\s*(?P<num2>{_NUMBER})(?:\s*\(\s*\d+\s*\))?\s*\+?)?"
    r"\s*(?P<unit>years?|yrs?\.?|months?)(?:['’]s?)?(?![\w-])",
    re.I,
)
_NOT_A_REQUIREMENT_BEFORE = re.compile(
    r"\b(?:within|after|every|per|each|last|past|first|than|under|over|up\s+to|for\s+the\s+(?:last|past))"
    r"\s+(?:the\s+)?$",
    re.I,
)
# "Six months of the required one year": a part of another figure, not a figure of its own
_PART_OF_ANOTHER = re.compile(r"\s+of\s+(?:the|that|this)\s+(?:required|above|minimum)\b", re.I)
_EXPERIENCE = re.compile(r"\bexperience[ds]?\b", re.I)
_ABOUT_EMPLOYER = re.compile(r"\b(?:we|our\s+\w+|company|organi[sz]ation)\s+(?:have|has|bring|brings)\b", re.I)
_SUBJECTS = (
    ("coding", re.compile(r"\bcod(?:ing|er)\b", re.I)),
    ("cancer_registry", re.compile(r"\b(?:cancer|tumou?r)\s+regist|\babstract", re.I)),
    ("cdi", re.compile(r"\bclinical\s+documentation|\bCDI\b", re.I)),
    ("auditing", re.compile(r"\baudit", re.I)),
    ("billing", re.compile(r"\bbilling\b|\brevenue\s+cycle\b", re.I)),
    (
        "health_information",
        re.compile(r"\bhealth\s+information|\bHIM\b|\bmedical\s+records?\b|\brelease\s+of\s+information\b", re.I),
    ),
)


_UNIT = re.compile(r"(?:years?|yrs?\.?|months?)(?:['’]s?)?(?![\w-])", re.I)


def _durations(text):
    """Matches of ``_DURATION``, looked for only just before each unit word: most of a posting has none."""
    seen_end = -1
    for unit in _UNIT.finditer(text):
        window_start = max(0, unit.start() - 48)
        for match in _DURATION.finditer(text, window_start, unit.end()):
            if match.end() == unit.end() and match.start() >= seen_end:
                seen_end = match.end()
                yield match
                break


def _number(word):
    word = word.lower()
    return float(word) if word[0].isdigit() else float(_NUMBER_WORDS[word])


@hookimpl
def screener_extract(doc, posting):
    text = posting.text
    found = []
    for match in _durations(text):
        start, end = match.span()
        if _NOT_A_REQUIREMENT_BEFORE.search(text, max(0, start - 25), start) or _PART_OF_ANOTHER.match(text, end):
            continue
        sentence_start, sentence_end = doc._.screener.sentence(start)
        sentence = text[sentence_start:sentence_end]
        if not _EXPERIENCE.search(sentence) or _ABOUT_EMPLOYER.search(sentence):
            continue
        years = _number(match.group("num"))
        if match.group("unit").lower().startswith("m"):
            years = round(years / 12, 2)
        after = text[end:sentence_end]
        subject_text = after.split(".")[0][:120]
        subject = next((name for name, pattern in _SUBJECTS if pattern.search(subject_text)), None)
        if subject is None:
            subject = next((name for name, pattern in _SUBJECTS if pattern.search(sentence)), "general")
        found.append(
            ExperienceRequirement(
                id=subject,
                years=years,
                subject=subject_text.strip(" :,;-") or None,
                mention=Evidence.of(text, start, end),
            )
        )
    return found
