"""Texts built to find work that is not linear in the length of a posting.

Each is a short pattern repeated to a chosen length: runs of separators with
and without spaces, nested brackets, cue words, credential lists, "or"
chains, headings, lines that all say "OR". A rule that scans the whole
sentence for every mention, or a regular expression that backtracks, turns
one of these into minutes of work; linear code gets through each in about
the time it takes for ordinary text of the same length.

screener's own tests and ``benchmarks/pathological.py`` use them; plugin
authors can run their ``screener_extract`` over them the same way::

    from screener.extraction.hostile import hostile_texts

    for name, text in hostile_texts(50_000).items():
        screener.extract(text)
"""

from __future__ import annotations

#: name -> the pattern repeated to make the text
PATTERNS: dict[str, str] = {
    "commas": ",",
    "commas and spaces": ", ",
    "full stops": ".",
    "alternating punctuation": ".,",
    "semicolons": "; ",
    "slashes": "/",
    "hyphens": "-",
    "plus signs": "+",
    "open brackets": "(",
    "nested brackets": "((((((a)))))) ",
    "quotes": "'\"",
    "registered signs": "®",
    "em dashes": "—",
    "bullets": "• ",
    "new lines": "\n",
    "carriage returns": "\r\n",
    "tabs": "\t",
    "no-break spaces": "\u00a0",
    "zero-width spaces": "\u200b",
    "one long word": "x",
    "digits": "1",
    "digits and spaces": "1 ",
    "url": "https://example.org/a?b=c&",
    "or": "or ",
    "or and slash": "or/",
    "OR lines": "OR\n",
    "either": "either: ",
    "one of the following": "one of the following: ",
    "heading lines": "Qualifications:\n",
    "markdown headings": "**Preferred Skills:**\n### Requirements\n*_",
    "experience by the work": "2+ years outpatient surgical coding, with at least 6 months ",
    "dash lines": "-\n",
    "colon lines": ":\n",
    "required": "Required: RHIT, ",
    "preferred": "preferred ",
    "must not": "must not be required ",
    "credential or": "RHIT or ",
    "credential slash": "RHIT/",
    "credential list": "RHIT, RHIA, CCS, CPC, CCA, ",
    "coding systems": "ICD-10-CM/PCS ",
    "registered coding": "CPT® ",
    "degree or": "associate degree or ",
    "years": "2 years ",
    "years of experience": "3+ years of coding experience or ",
    "within": "within 6 months of hire ",
    "benefits": "we pay for your RHIA exam, ",
    "coursework": "courses in CPT coding, ",
    "eligible": "RHIT-eligible ",
    "mixed scripts": "RHIT ترميز 編碼 кодирование ",
}


def hostile_texts(length: int = 100_000) -> dict[str, str]:
    """Each pattern of :data:`PATTERNS` repeated to ``length`` characters (cut there)."""
    return {name: (pattern * (length // len(pattern) + 1))[:length] for name, pattern in PATTERNS.items()}
