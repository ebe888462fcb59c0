"""The pipeline's components: sentence boundaries and term matching.

Sentences end after "." "!" "?" "…" and at every line break (a lexeme flag);
acronyms match in their own case only, names in any case.
"""

from __future__ import annotations

import pytest
from conftest import corpus_dirs

from screener.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp(screener):
    return screener.nlp


def expected_starts(doc) -> list[int]:
    """The rule, token by token: the first token, and each token after an end of sentence."""
    starts = [0] if len(doc) else []
    for token in doc[:-1]:
        if token.text in {".", "!", "?", "…"} or (token.is_space and "\n" in token.text):
            starts.append(token.i + 1)
    return starts


def test_sentences_end_after_terminal_punctuation_and_line_breaks(nlp):
    doc = nlp("Coding Specialist\nRHIT required. CCS preferred! Remote? Yes… Bullets:\n\n- one\n- two")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Coding Specialist",
        "RHIT required.",
        "CCS preferred!",
        "Remote?",
        "Yes…",
        "Bullets:",
        "- one",
        "- two",
    ]


def test_words_first_seen_after_the_pipeline_was_built_are_judged_too(nlp):
    unseen_break = " \t\n \t\t\n  \t \n"
    assert unseen_break not in nlp.vocab.strings
    doc = nlp(f"first line{unseen_break}second line. third")
    assert [sentence.text.strip() for sentence in doc.sents] == ["first line", "second line.", "third"]


def test_every_labelled_posting_follows_the_rule(nlp):
    paths = [p for d in corpus_dirs() for p in sorted((d / "postings").glob("*.txt"))]
    assert paths
    for path in paths:
        doc = nlp(path.read_text(encoding="utf-8"))
        assert [sentence.start for sentence in doc.sents] == expected_starts(doc), path.name


def test_each_pipeline_gets_its_own_flag_without_touching_spacys(screener):
    first, second = build_pipeline(screener.knowledge), build_pipeline(screener.knowledge)
    for nlp in (first, second):
        doc = nlp("Coder. The end")
        assert [s.text for s in doc.sents] == ["Coder.", "The end"]
        # spaCy's own lexeme flags are intact
        assert doc[0].is_alpha and not doc[0].is_stop and doc[1].is_punct and doc[2].is_stop


def test_acronyms_match_only_in_their_own_case_and_names_in_any(nlp):
    doc = nlp("CTR and ctr and Ctr; certified tumor registrar; CERTIFIED CODING SPECIALIST; Rhit")
    found = [(ent.text, ent.kb_id_) for ent in doc.ents]
    assert ("CTR", "CTR") in found
    assert not any(text in {"ctr", "Ctr", "Rhit"} for text, _ in found)
    assert ("certified tumor registrar", "CTR") in found
    assert ("CERTIFIED CODING SPECIALIST", "CCS") in found
    # tokens outside the matches keep their entity tag unset
    assert {token.ent_iob_ for token in doc if not token.ent_type_} == {""}
