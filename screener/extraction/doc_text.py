"""The text a doc was made of, kept on the doc.

spaCy's ``doc.text`` joins the tokens again each time it is read, a Python
step per token; the screener's language keeps the text it was given in
``doc.user_data`` instead (``ScreenerEnglish.make_doc``), and what needs the
text reads it from there.
"""

from __future__ import annotations

from spacy.tokens import Doc

#: ``doc.user_data`` key of the text a doc was made of
TEXT = "screener.text"


def text_of(doc: Doc) -> str:
    """The text ``doc`` was made of: as kept where it was, else joined from its tokens."""
    text = doc.user_data.get(TEXT)
    return text if isinstance(text, str) else doc.text
