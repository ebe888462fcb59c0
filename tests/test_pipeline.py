"""The pipeline's components: sentence boundaries and term matching.

Sentences end after "." "!" "?" "…" "|" (not "etc." before a word in lower case), at every line break and
tab (a lexeme flag), and
after a credential's acronym spelt with full stops ("R.H.I.T.") when a capital starts something
else; acronyms match in their own case only (and spelt with full stops), names in any case.
"""

from __future__ import annotations

import pytest
import spacy
from conftest import corpus_dirs

from screener.core.rules import LOWER_CASE_ACRONYMS
from screener.extraction import pipeline
from screener.extraction.pipeline import build_pipeline
from screener.extraction.tokenizer import CACHE_ENTRIES, BoundedTokenizer


@pytest.fixture(scope="module")
def nlp(screener):
    return screener.nlp


def expected_starts(doc) -> list[int]:
    """The rule, token by token: the first token, and each token after an end of sentence."""
    starts = [0] if len(doc) else []
    for token in doc[:-1]:
        if token.text in {".", "!", "?", "…", "|"} or (token.is_space and ("\n" in token.text or "\t" in token.text)):
            after_etc = token.text == "." and token.i > 0 and doc[token.i - 1].text in ("etc", "Etc", "ETC")
            if not (after_etc and doc[token.i + 1].is_lower):
                starts.append(token.i + 1)
    return starts


def test_sentences_end_after_terminal_punctuation_and_line_breaks(nlp):
    doc = nlp("Coding Specialist\nRHIT required. CCS preferred! Remote? Yes… Bullets:\n\n- one\n- two | three")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Coding Specialist",
        "RHIT required.",
        "CCS preferred!",
        "Remote?",
        "Yes…",
        "Bullets:",
        "- one",
        "- two |",
        "three",
    ]


def test_a_credential_spelt_with_full_stops_ends_a_sentence_before_a_capital_that_starts_another(nlp):
    doc = nlp(
        "Must hold R.H.I.T. CPC preferred. R.H.I.T. or R.H.I.A. required. R.H.I.A. Certification required. "
        "A degree recognized by the U.S. Department of Education"
    )
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Must hold R.H.I.T.",
        "CPC preferred.",
        "R.H.I.T. or R.H.I.A. required.",
        "R.H.I.A. Certification required.",
        "A degree recognized by the U.S. Department of Education",
    ]


def test_etc_ends_no_sentence_before_a_word_in_lower_case(nlp):
    doc = nlp("Knowledge of Word, Excel, and Outlook etc. are essential. We use Epic etc. The team is great.")
    assert [sentence.text.strip() for sentence in doc.sents] == [
        "Knowledge of Word, Excel, and Outlook etc. are essential.",
        "We use Epic etc.",
        "The team is great.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Word, Excel etc. are essential. Epic ETC. then Cerner Etc. Then more.",
        "etc. at the start etc.",
        "Office (Word etc.) and Excel etc., all. Next etc.\nline",
        "setc. wetc. etc.etc. are not",
    ],
)
def test_etc_is_found_whether_or_not_the_doc_kept_its_text(nlp, text):
    kept = nlp(text)
    rebuilt = nlp(nlp.tokenizer(text))  # a doc made by the tokenizer alone: its text is joined from its tokens
    for doc in (kept, rebuilt):
        assert [sentence.start for sentence in doc.sents] == expected_starts(doc)


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
    assert not any(text == "Ctr" for text, _ in found)
    # all in lower case, a credential's acronym is matched and marked so: the vocabulary reads it only in the field;
    # so is one of four letters or more typed with only its first a capital ("Rhit"), not one of three ("Ctr", a
    # centre)
    assert ("ctr", "CTR") in found
    assert ("Rhit", "RHIT") in found
    assert doc.user_data[LOWER_CASE_ACRONYMS] == {doc.text.index("ctr"), doc.text.index("Rhit")}
    assert ("certified tumor registrar", "CTR") in found
    assert ("CERTIFIED CODING SPECIALIST", "CCS") in found
    # tokens outside the matches keep their entity tag unset
    assert {token.ent_iob_ for token in doc if not token.ent_type_} == {""}


def test_acronyms_spelt_with_full_stops_match_in_capitals_only(nlp):
    doc = nlp("R.H.I.T. or R.H.I.A., C.P.C.; r.h.i.t. and R.h.I.t.")
    assert [(ent.text, ent.kb_id_) for ent in doc.ents] == [
        ("R.H.I.T.", "RHIT"),
        ("R.H.I.A.", "RHIA"),
        ("C.P.C.", "CPC"),
    ]


def test_the_tokenizer_keeps_more_chunks_than_spacys_default(nlp):
    # spaCy keeps the first 10,000 chunks it splits and splits every later one again each time it comes back;
    # a stream of real postings holds over a hundred thousand (benchmarks/throughput.py measures the cost)
    assert nlp.tokenizer.inner.max_cache_size == CACHE_ENTRIES > spacy.blank("en").tokenizer.max_cache_size


def test_the_terms_are_tokenized_without_taking_places_in_the_cache(monkeypatch, screener):
    """Thousands of plugin terms must not fill the cache before the first posting: they are tokenized with it off."""
    seen: list[tuple[str, int]] = []

    class Recording(BoundedTokenizer):
        def __init__(self, tokenizer):
            super().__init__(tokenizer)
            self.inner = _Proxy(self.inner, seen)

    monkeypatch.setattr(pipeline, "BoundedTokenizer", Recording)
    nlp = build_pipeline(screener.knowledge)
    terms = [text for text, _ in seen]
    assert "RHIT" in terms and "registered health information technician" in terms
    assert {entries for _, entries in seen} == {0}
    assert nlp.tokenizer.inner.max_cache_size == CACHE_ENTRIES  # and back for the postings
    assert [t.text for t in nlp("Coders: RHIT or ICD-10-CM/PCS.")] == [
        t.text for t in screener.nlp("Coders: RHIT or ICD-10-CM/PCS.")
    ]


class _Proxy:
    """spaCy's tokenizer, recording each text it is given with the cache size in force at that moment."""

    def __init__(self, tokenizer, seen):
        self.__dict__.update(_tokenizer=tokenizer, _seen=seen)

    def __call__(self, text):
        self._seen.append((text, self._tokenizer.max_cache_size))
        return self._tokenizer(text)

    def __getattr__(self, name):
        return getattr(self._tokenizer, name)

    def __setattr__(self, name, value):
        setattr(self._tokenizer, name, value)
