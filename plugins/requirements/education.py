"""Education requirements: the level, its field, accreditation and "or equivalent experience".

Levels, lowest first: high_school, certificate, associate, bachelor, master,
doctorate. Each mention of a level becomes one requirement; the screener reads
whether it is required or preferred from the sentence and section.
"""

import re

from screener import EducationRequirement, Evidence, hookimpl

_I = re.I
# Checked in this order; a stretch of text claimed by one level is not matched again.
_LEVELS = (
    ("doctorate", re.compile(r"\bdoctor(?:ate|al\s+degree)\b|\bPh\.?\s?D\b", _I)),
    ("master", re.compile(r"\bmaster(?:['’]?s)?\s+(?:degree|of|in)\b|\bmaster['’]s\b", _I)),
    ("master", re.compile(r"\b(?:MHA|MHI|MBA|MPH|MSHI|MHIM|M\.S\.|M\.A\.)(?![\w-])")),
    (
        "bachelor",
        re.compile(r"\bbachelor(?:['’]?s)?\b|\bbaccalaureate\b|\b(?:four|4)[- ]year\s+(?:college\s+)?degree\b", _I),
    ),
    ("bachelor", re.compile(r"\b(?:BA|BS|BSN|BSHIM|B\.A\.|B\.S\.)(?![\w-])")),
    (
        "associate",
        re.compile(
            r"\bassociate(?:['’]?s)?\s+(?:degree|of|in)\b|\bassociate['’]s\b"
            r"|\b(?:two|2)[- ]year\s+(?:college\s+)?degree\b",
            _I,
        ),
    ),
    ("associate", re.compile(r"\b(?:AA|AS|AAS)\s+(?:degree|in)\b|\bAAS\b|\bA\.A\.S\.|\bA\.A\.|\bA\.S\.")),
    (
        "certificate",
        re.compile(
            r"\bcertificate\s+(?:program|course)s?\b|\b(?:coding|program|training)\s+certificate\b"
            r"|\bdiploma\s+(?:program|in)\b|\bPCAP\b"
            # "completion of an AHIMA-approved coding program": a finished program, not the employer's own training
            r"|\b(?:complet(?:ion|ed)\s+of|graduat(?:e|ion)\s+(?:of|from))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?"
            r"(?:coding|training|vocational)\s+(?:program|course)\b",
            _I,
        ),
    ),
    ("high_school", re.compile(r"\bhigh[- ]school\b|\bH\.?S\.?\s+diploma\b|\bGED\b|\bsecondary\s+school\b", _I)),
)
_EQUIVALENT_EXPERIENCE = re.compile(
    r"\bequivalent\s+(?:combination\s+of\s+)?(?:\w+\s+){0,3}experience\b"
    r"|\bexperience\s+(?:may\s+be\s+)?(?:substituted|in\s+lieu)\b|\bin\s+lieu\s+of\s+(?:a\s+|the\s+)?(?:degree|education)\b"
    r"|\bcombination\s+of\s+(?:\w+\s+){0,2}(?:education|training)\s+and\s+(?:\w+\s+){0,2}experience\b",
    _I,
)
_FIELD = re.compile(
    r"\s*(?:degree\s+)?(?:in|of)\s+(?P<field>(?:[A-Z][\w&/-]*|and|or|of|&)(?:\s+(?:[A-Z][\w&/-]*|and|of|&))*)"
)
_ACCREDITATION = re.compile(r"\b(CAHIIM|NCRA)\b")


@hookimpl
def screener_extract(doc, posting):
    text = posting.text
    claimed: list[tuple[int, int]] = []
    found = []
    for level, pattern in _LEVELS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < c_end and c_start < end for c_start, c_end in claimed):
                continue
            claimed.append((start, end))
            sentence = doc.char_span(start, end, alignment_mode="expand").sent.text
            field = _FIELD.match(text, end)
            accreditation = _ACCREDITATION.search(sentence)
            found.append(
                EducationRequirement(
                    id=level,
                    field=field.group("field").strip() if field and level not in ("high_school",) else None,
                    accreditation=accreditation.group(1) if accreditation else None,
                    or_equivalent_experience=bool(_EQUIVALENT_EXPERIENCE.search(sentence)),
                    mention=Evidence.of(text, start, end),
                )
            )
    return found
