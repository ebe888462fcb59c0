"""The spaCy pipeline: a blank English tokenizer plus rule components.

No trained model: blank English (what ``spacy.blank("en")`` gives) with

1. a tokenizer that also splits on ``-`` and ``/`` between letters and digits
   and around ``®``/``™``, so "ICD-10-CM/PCS", "CPT®/HCPCS" and
   "RHIT-eligible" fall into the tokens the vocabulary is written in, and
   splits off characters that show nothing (a byte-order mark, NUL and other
   control characters, zero-width spaces), so "\ufeffCCS" and "RHIT\x00"
   are found like "CCS" and "RHIT", at their offsets in the text as given. The
   extra rules are part of the language's defaults (:class:`ScreenerEnglish`),
   so the tokenizer is built once with them: setting ``infix_finditer`` or
   ``suffix_search`` afterwards reloads every tokenizer exception each time,
   which cost as much as building the pipeline. It is wrapped in
   :class:`screener.extraction.tokenizer.BoundedTokenizer` so that hostile runs of
   punctuation cost linear time, not quadratic, and so that its cache holds
   the postings' words (not the vocabulary's terms, and ten times as many
   as spaCy's default);
2. ``screener_sentences``: sentence boundaries after "." "!" "?" and at every
   new line (postings are lists and headings far more than prose). It does
   what spaCy's ``sentencizer`` does plus the line rule, from a lexeme flag
   read as one array: no Python object per token, which made the sentencizer
   and a per-line pass cost more than tokenization itself. A run of stops
   ("!!", "?!") ends one sentence; the words whose full stop ends none
   ("yrs.", "exp.") are the context rules' ``Abbreviation`` rules, which
   :func:`build_pipeline` gives the tokenizer as special cases;
3. ``screener_terms``: phrase matching of every credential and skill term the
   plugins contributed, written to ``doc.ents`` (``label_`` = kind,
   ``kb_id_`` = id; the entity tags of the other tokens are left unset). An
   acronym of capitals is found spelt with full stops too ("R.H.I.T."),
   and one so spelt ends its sentence before a capital that starts another;
4. ``screener_context``: attaches ``doc._.screener``, a
   :class:`screener.extraction.context.PostingContext` that reads sentences, clauses,
   sections, alternative paths and requirement strength on demand with the
   plugins' context rules (plugins may use it in ``screener_extract``).

The pipeline is built once per :class:`screener.Screener` and reused for
every posting.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from typing import cast

import numpy
from spacy.attrs import FLAG19, FLAG63
from spacy.lang.en import English, EnglishDefaults
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from screener.core.rules import FIELD_SIGNALS_FOUND, LOWER_CASE_ACRONYMS, RuleSet
from screener.extraction.affixes import InfixFinditer, PrefixSearch, SuffixSearch
from screener.extraction.context import PostingContext
from screener.extraction.doc_text import TEXT, text_of
from screener.extraction.tokenizer import BoundedTokenizer
from screener.knowledge.base import Knowledge, Term

if not Doc.has_extension("screener"):
    Doc.set_extension("screener", default=None)

# Each rule starts with the character it splits off, before any lookbehind: spaCy joins the rules
# into one alternation tried at every position of every new word, and an alternative that starts
# with a plain character class fails at once on most characters.
#: Characters that show nothing and are not white space: control characters (NUL, ESC, DEL, C1), zero-width
#: spaces and joiners, direction marks and overrides, the word joiner, a byte-order mark. Glued to a word
#: ("\ufeffCCS", "RHIT\x00") they would hide it from the phrase matcher, so each is a token of its own.
_INVISIBLE = r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
# a full stop glued to the sentence after it, the space put before it: "... dietetic experience .Practical experience
# is desirable" (two sentences); not ".NET"
_EXTRA_PREFIXES = (
    _INVISIBLE,
    r"\.(?=[A-Z][a-z])",
    # a slash glued to the word after it, the space put before it: "Microsoft Word /Excel"
    r"/(?=[A-Za-z])",
    # a hyphen for a bullet, glued to the word after it: "-CCS/CIC certified (mandatory)", "-cpc, coc or ccs-p";
    # or two: "--COC or CPC required"
    r"-{1,2}(?=[A-Za-z])",
    # a bullet glued to its item, as a rich-text editor's paste leaves it: "•CPB or CPC certification preferred"
    # (spaCy's own prefixes split off "▪", "●" and "►", not these)
    r"[•‣⁃∙→⇒➔➜➝➞]",
)
_EXTRA_INFIXES = (
    r"[-/](?<=[A-Za-z0-9®™][-/])(?=[A-Za-z0-9])",
    r"[®™©]",
    # job boards drop the space after a closing parenthesis: "(CCS),Certified ...", "(CDIP)Certified ..."
    r"\)(?=[,;:]?[A-Za-z(])",
    r"[,;:](?<=\)[,;:])(?=[A-Za-z(])",
    # ... and after a word: "CPMA strongly preferred;CEMC a plus"
    r";(?<=[A-Za-z0-9];)(?=[A-Za-z])",
    # ... and the space before an opening one: "Physician-based(CCS-P)"; not "physician(s)"
    r"\((?<=[A-Za-z0-9]\()(?=[A-Z])",
    # a full stop glued to the sentence after it, after a capital or a digit: "reporting tools such as SSRS.The
    # successful candidate", "through AAPC or AHIMA.CPC-A accepted with ..."; not "U.S.Army" (one capital) nor
    # "R.H.I.T." (no word after it)
    r"\.(?<=[A-Z0-9]{2}\.)(?=[A-Z][a-z]|[A-Z]{2})",
    # a full stop glued to the dash of what follows: "knowledge of medical terminology.-OR-" (federal paths)
    r"\.(?<=[a-z]{2}\.)(?=[-–—])",
    # bullets glued to the words around them, as pasted lists come: "Qualifications:•2+ years ...•CPC required"
    r"[•▪◦‣]",
    _INVISIBLE,
    # punctuation glued to a character that shows nothing, inside a word: "(CPC-H)\u202eCOC", "RHIT,\u200bCCS",
    # "RHIT\u200b(CCS": split as it would be at the word's end or start (the pieces between infixes are final)
    r"[)\]},;:.!?'\"’”»](?=" + _INVISIBLE + ")",
    r"[(\[{'\"‘“«](?<=" + _INVISIBLE + r"[(\[{'\"‘“«])",
)
_EXTRA_SUFFIXES = (
    r"[®™©]",
    r"\.(?<=-[A-Z]\.)",  # "CCS-P." ends a sentence; the letter is part of the credential
    # a full stop after a word that ends in a capital after a small letter ends a sentence: "including MSc and PhD.
    # Applicants must ..."; spaCy splits it off only after a small letter or two capitals
    r"\.(?<=[a-z][A-Z]\.)",
    # a slash glued to the word before it, the space put after it: "competent in Microsoft office/ Excel"
    r"/(?<=[A-Za-z0-9)]/)",
    _INVISIBLE,
)


class ScreenerEnglishDefaults(EnglishDefaults):
    """English (``English.Defaults``), with the extra prefix, infix and suffix rules of the screener's tokenizer."""

    # spaCy types the prefixes and suffixes as optional (English has both); English's infixes are unannotated,
    # a list to a type checker
    prefixes = (*(EnglishDefaults.prefixes or ()), *_EXTRA_PREFIXES)
    infixes = (*EnglishDefaults.infixes, *_EXTRA_INFIXES)  # type: ignore[assignment]
    suffixes = (*(EnglishDefaults.suffixes or ()), *_EXTRA_SUFFIXES)


class ScreenerEnglish(English):
    """``spacy.blank("en")`` but for the tokenizer's extra rules (the language code stays ``en``)."""

    Defaults = ScreenerEnglishDefaults

    def make_doc(self, text: str) -> Doc:
        """The tokens of ``text``, which the doc keeps as given (``user_data[TEXT]``): spaCy's ``doc.text`` joins
        the tokens again each time it is read."""
        doc = super().make_doc(text)
        doc.user_data[TEXT] = text
        return doc


def build_pipeline(knowledge: Knowledge, rules: RuleSet | None = None) -> Language:
    """A pipeline that recognises every term of ``knowledge`` and reads context with ``rules``."""
    nlp = screener_english()
    if rules is not None:
        cast(BoundedTokenizer, nlp.tokenizer).add_special_cases(rules.tokenizer_special_cases)
    splitter = cast(SentenceSplitter, nlp.add_pipe("screener_sentences"))
    if rules is not None:
        splitter.go_on_after(rules.abbreviations_before_lower_case)
    matcher = cast(TermMatcher, nlp.add_pipe("screener_terms"))
    matcher.add_terms(knowledge.terms())
    matcher.add_names(issuer.name for issuer in knowledge.issuers.values() if " " in issuer.name.strip())
    if rules is not None:
        matcher.add_field_phrases(rules.field_phrases)
    attacher = cast(ContextAttacher, nlp.add_pipe("screener_context"))
    attacher.rules = rules if rules is not None else RuleSet()
    return nlp


def screener_english() -> Language:
    """Blank English with the screener's tokenizer, and no pipeline components yet."""
    nlp = ScreenerEnglish(create_tokenizer=_create_tokenizer)
    # spaCy refuses texts over 1,000,000 characters for the memory its parser and NER would need; this
    # pipeline has neither, and the screener's own limit (``max_posting_chars``) is checked before it runs
    nlp.max_length = sys.maxsize
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    return nlp


def _create_tokenizer(nlp: Language) -> Tokenizer:
    """spaCy's tokenizer from the language's defaults, as ``spacy.Tokenizer.v1`` builds it, but that its affix
    searches skip the chunks no rule can split (:mod:`screener.extraction.affixes`): the same tokens."""
    defaults = nlp.Defaults
    prefixes, suffixes, infixes = defaults.prefixes, defaults.suffixes, defaults.infixes
    return Tokenizer(
        nlp.vocab,
        rules=defaults.tokenizer_exceptions,
        prefix_search=PrefixSearch(prefixes) if prefixes else None,
        suffix_search=SuffixSearch(suffixes) if suffixes else None,
        infix_finditer=InfixFinditer(infixes) if infixes else None,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
    )


_TERMINALS = frozenset({".", "!", "?", "…", "|"})
#: -1 as an unsigned 64-bit number: SENT_START's "not a sentence start"
_NOT_A_START = numpy.uint64(2**64 - 1)


#: A line that goes on in lower case or with a bracket, the candidates for a line broken mid-sentence (a PDF's text
#: layer, a posting pasted from one): "Certified Emergency Department Coder (CEDC)\npreferred."; not a bullet "o",
#: nor a name that starts in lower case ("eClinicalWorks experience preferred" is an item of its own), nor an item's
#: number or letter in brackets ("...; or\n(b) Two (2) years of experience")
_GOES_ON_NEXT_LINE = re.compile(r"\n[ \t]*(?:[a-z](?!\w*[A-Z])(?<!o(?=[ \t]+[A-Z]))|\((?![a-z0-9]{1,4}\)))")
#: A line at least this long, not ending with a stop or a colon, is broken mid-sentence if the next goes on
WRAPPED_LINE_MIN = 40
#: What ends a line whose sentence the line does not go on with (a colon ends a lead-in, a heading)
_LINE_END_STOPS = frozenset(".!?:;|…")


def _ends_a_sentence(text: str) -> bool:
    """A sentence starts after this token: "." "!" "?" "…", a pipe, or whitespace holding a line break or a tab
    (the cells of a table saved as text are read apart)."""
    return text in _TERMINALS or "\n" in text or "\t" in text


class SentenceSplitter:
    """Marks sentence starts: the first token, the token after "." "!" "?", the token after a line break, but for
    a line broken mid-sentence (:func:`lines_broken_mid_sentence`).

    Which tokens end a sentence is a property of the word alone, so it is a
    lexeme flag of the vocabulary: worked out once per distinct word, then
    read for a whole posting as one array. (A line break is always inside a
    whitespace token: spaCy keeps only a single space as trailing whitespace.)
    """

    def __init__(self, nlp: Language) -> None:
        free = [flag for flag in range(FLAG63, FLAG19 - 1, -1) if flag not in nlp.vocab.lex_attr_getters]  # type: ignore[attr-defined]
        self._flag = nlp.vocab.add_flag(_ends_a_sentence, flag_id=free[0])
        self._abbreviation_forms: tuple[str, ...] = ()
        self._abbreviations: re.Pattern[str] | None = None

    def go_on_after(self, words: Iterable[str]) -> None:
        """No sentence ends at the full stop of these words (in lower case, without their stop) where a word in
        lower case follows: "Word, Excel, and Outlook etc. are essential" (an :class:`Abbreviation` rule's
        ``before_lower_case``)."""
        forms = sorted({form for word in words for form in (word, word.capitalize(), word.upper())})
        self._abbreviation_forms = tuple(f"{form}." for form in forms)
        alternation = "|".join(re.escape(form) for form in forms)
        self._abbreviations = re.compile(rf"(?<!\w)(?:{alternation})\.") if forms else None

    def __call__(self, doc: Doc) -> Doc:
        count = len(doc)
        if count == 0:
            return doc
        # one attribute: spaCy reads each attribute of each token apart, taking the GIL each time
        ends = doc.to_array(self._flag)
        # SENT_START is 1 for a start and -1 for none, as unsigned 64-bit numbers: built in that type at once
        starts = numpy.full(count, _NOT_A_START, dtype=numpy.uint64)
        starts[1:][ends[:-1] != 0] = 1
        starts[0] = 1
        # a run of stops ends one sentence ("MUST!!", "?!", ". . ."): a stop right after a stop starts none
        for stop in numpy.flatnonzero((ends[:-1] != 0) & (ends[1:] != 0)).tolist():
            if doc[stop + 1].text in _TERMINALS and doc[stop].text in _TERMINALS:
                starts[stop + 1] = _NOT_A_START
        text = text_of(doc)
        if self._abbreviations is not None and any(form in text for form in self._abbreviation_forms):
            # found in the text, then its token (a search by character offset)
            for match in self._abbreviations.finditer(text):
                word = doc.char_span(match.start(), match.end() - 1)
                i = -1 if word is None else word.start
                if 0 <= i < count - 2 and doc[i + 1].text == "." and doc[i + 2].is_lower:
                    starts[i + 2] = _NOT_A_START
        for goes_on in lines_broken_mid_sentence(text):
            span = doc.char_span(goes_on, goes_on + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                starts[span.start] = _NOT_A_START
        # spaCy types the array as thinc's Ints2d, which no numpy array is to a type checker
        doc.from_array(["SENT_START"], starts.reshape(-1, 1))  # type: ignore[arg-type]
        return doc


def lines_broken_mid_sentence(text: str) -> list[int]:
    """Where a line goes on with the sentence of the line before: the offset of its first character.

    The line before holds :data:`WRAPPED_LINE_MIN` characters or more and
    ends with no stop or colon; the line goes on in lower case or with a
    bracket ("Certified Hematology and Oncology Coder\n(CHONC) preferred.").
    A list's items are shorter, or start with a bullet or a capital. A line
    that starts with a capital goes on where the long line before it leaves
    a bracket open ("... coding (ICD-10-CM/PCS and\nCPT), ...").
    """
    if "\n" not in text:
        return []
    found = []
    for match in _GOES_ON_NEXT_LINE.finditer(text):
        line_end = match.start()
        line_start = text.rfind("\n", 0, line_end) + 1
        line = text[line_start:line_end].rstrip()
        if len(line) >= WRAPPED_LINE_MIN and line[-1] not in _LINE_END_STOPS:
            found.append(match.end() - 1)
    if "(" in text:
        found.extend(_lines_going_on_in_brackets(text))
    if "\n    " in text:
        found.extend(_hanging_lines_going_on(text))
    return sorted(set(found))


#: The end of a line that leaves a bracket open, over a line that starts with a capital or a digit (a line in lower
#: case or after a bracket is ``_GOES_ON_NEXT_LINE``'s): the pattern starts with the bracket, which the search skips to
#: (a pattern that starts with an alternation, or a loop over the lines, costs several times more)
_OPEN_BRACKET_AT_THE_END = re.compile(r"\([^()\n]*\n[ \t]*(?=[A-Z0-9])")


def _lines_going_on_in_brackets(text: str) -> list[int]:
    """Where a line that starts with a capital or a digit goes on with the sentence of a long line before it that
    leaves a bracket open: "HIM services include inpatient and outpatient coding (ICD-10-CM/PCS and" over "CPT),
    clinical documentation integrity ...", as text from a document is hard-wrapped. (Not after a line that ends with a
    comma: "... OR," ends an item of a list of routes, over the next route's heading.)"""
    found = []
    for match in _OPEN_BRACKET_AT_THE_END.finditer(text):
        line_end = text.index("\n", match.start())
        if line_end - (text.rfind("\n", 0, line_end) + 1) >= WRAPPED_LINE_MIN:
            found.append(match.end())
    return found


#: A line indented four spaces or more, a letter, a digit or a bracket first
_INDENTED_LINE = re.compile(r"\n( {4,})(?=[A-Za-z0-9(])")
#: A label of its own, its colon within its first words: "Preferred: Bachelor's (BSN or BS in HIM)"
_LABEL = re.compile(r"[A-Za-z][\w /&'’-]{0,30}:")
#: A label at a line's start, then two spaces or more before its text: "Certification:    One of the following ..."
_LABEL_THEN_SPACES = re.compile(r"[ \t]*[A-Za-z][^:\n]{0,40}:(?: {2,}|\t+)(?=\S)")


def _hanging_lines_going_on(text: str) -> list[int]:
    """Lines of a hanging indent that go on with the line before, whatever their first letter: a form's labelled
    block wrapped under its own text ("Certification:    One of the following credentials: CPC,\n
    CCS-P, COC, CCS, RHIT or RHIA."), each line indented to the column where the labelled line's text starts."""
    found = []
    going_on = set()  # starts of the lines found going on: the next line may go on with one of them in turn
    for match in _INDENTED_LINE.finditer(text):
        column = len(match.group(1))
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text[line_start : match.start()].rstrip()
        if len(line) < WRAPPED_LINE_MIN or line[-1] in _LINE_END_STOPS:
            continue
        # the labelled line, or a line of its block (not a line of columns: "4.1  Minimum   4.2  Preferred")
        label = _LABEL_THEN_SPACES.match(line)
        if label is not None:
            text_column = label.end()
        elif line_start in going_on:
            text_column = len(line) - len(line.lstrip(" "))
        else:
            continue
        if text_column == column and not _LABEL.match(text, match.end()):
            found.append(match.end())
            going_on.add(match.start() + 1)
    return found


@Language.factory("screener_sentences")
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(nlp)


_LETTERS_ONLY = re.compile(r"([A-Z]{2,6})(-[A-Z])?")


def _dotted(acronym: str) -> str | None:
    """An acronym of capitals as some postings spell it, a full stop after each letter: "R.H.I.T." for "RHIT",
    "C.P.C.-A" for "CPC-A" (the letter after the hyphen as it is)."""
    letters = _LETTERS_ONLY.fullmatch(acronym)
    if letters is None:
        return None
    return "".join(f"{letter}." for letter in letters.group(1)) + (letters.group(2) or "")


#: What text read from a scan puts for a capital I or O, or a zero: "RHlT", "RH1T", "0DS-C", "ICD-1O-CM"
_MISREADINGS = (("I", "l"), ("I", "1"), ("O", "0"), ("0", "O"))


def _misread(acronym: str) -> set[str]:
    """An acronym as text read from a scan (OCR) may give it: each of its capital I's as "l" or "1", its capital O's as
    a zero, its zeros as an O ("RHlT", "0DS-C", "ICD-1O-CM"), and the I's and the zeros both ("lCD-1O-CM"). Only
    acronyms of two capitals or more and no small letter: a misread form matches as written, never in lower case."""
    if sum(ch.isupper() for ch in acronym) < 2 or any(ch.islower() for ch in acronym):
        return set()
    forms = {acronym.replace(was, put) for was, put in _MISREADINGS if was in acronym}
    if "I" in acronym and "0" in acronym:
        forms.add(acronym.replace("I", "l").replace("0", "O"))
    forms.discard(acronym)
    return forms


#: Other hyphens a term's hyphen may be typed as: a hyphen (U+2010) or a non-breaking one (U+2011), as word processors
#: put them, or an en dash ("ICD\u201110", "ICD\u201010\u2010CM", "CPC\u2013A")
_OTHER_HYPHENS = ("\u2010", "\u2011", "\u2013")


def _other_hyphens(term: str) -> list[str]:
    """A term with a hyphen as it is written with each of :data:`_OTHER_HYPHENS` in its place: "ICD\u201110" for
    "ICD-10"."""
    return [term.replace("-", hyphen) for hyphen in _OTHER_HYPHENS] if "-" in term else []


_CAPITALS_SIDE_BY_SIDE = re.compile(r"(?<=[A-Z])(?=[A-Z])")


def _spaced(acronym: str) -> str | None:
    """An acronym of three capitals or more as pages written for screen readers spell it, a space between each two:
    "C P T" for "CPT", "I C D-9-C M" for "ICD-9-CM"."""
    if sum(ch.isupper() for ch in acronym) < 3 or " " in acronym:
        return None
    spaced = _CAPITALS_SIDE_BY_SIDE.sub(" ", acronym)
    return spaced if spaced != acronym else None


#: Kinds whose acronyms a posting may type in lower case ("cpc or ccs required", "using cpt and hcpcs"): the
#: products' and skills' case-sensitive names are words in lower case ("epic", "word", "excel").
_LOWER_CASE_KINDS = frozenset({"credential", "coding_system"})


class TermMatcher:
    """Finds credential and skill terms; acronyms case-sensitively, names in any case.

    One phrase matcher on lower case finds both, in one pass over the
    posting: a match of an acronym counts only when its tokens are the
    acronym's exactly ("CTR", not "Ctr"), or, for a credential or a code
    set, the acronym all in lower case ("ctr") or, of four letters or more,
    with only its first a capital ("Rhit"), which the vocabulary reads as
    the acronym only in a posting of the field
    (``doc.user_data[LOWER_CASE_ACRONYMS]``).
    """

    def __init__(self, nlp: Language) -> None:
        self._nlp = nlp
        self._tokenizer = cast(BoundedTokenizer, nlp.tokenizer)
        self._matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._concepts: dict[int, tuple[str, str]] = {}
        #: match id of a case-sensitive term -> the exact token sequences (ORTH) it accepts
        self._exact: dict[int, set[tuple[int, ...]]] = {}
        #: match id of a credential's or code set's acronym -> its token sequences all in lower case (LOWER)
        self._lower_case: dict[int, set[tuple[int, ...]]] = {}
        #: match id of a field signal's phrase -> the rule's name
        self._fields: dict[int, str] = {}
        #: match ids of names that hold terms but are no mention of them (an issuer's full name)
        self._names: set[int] = set()

    def add_terms(self, terms: Iterable[Term]) -> None:
        by_key: dict[tuple[str, str, bool], list[str]] = {}
        for term in terms:
            by_key.setdefault((term.kind, term.id, term.case_sensitive), []).append(term.text)
        for (kind, id_, case_sensitive), texts in by_key.items():
            key = f"{kind}\t{id_}" + ("\texact" if case_sensitive else "")
            match_id = self._nlp.vocab.strings.add(key)
            self._concepts[match_id] = (kind, id_)
            misread: list[str] = []
            texts = texts + [form for text in texts for form in _other_hyphens(text)]
            if case_sensitive:
                texts = texts + [form for make in (_dotted, _spaced) for form in map(make, texts) if form]
                if kind in _LOWER_CASE_KINDS:  # (a skill's "ROI" is no "RO1" of a LinkedIn tag)
                    misread = sorted({form for text in texts for form in _misread(text)} - set(texts))
            with self._tokenizer.uncached() as tokenizer:
                patterns = list(tokenizer.pipe(texts if case_sensitive else [t.lower() for t in texts]))
                misread_patterns = list(tokenizer.pipe(misread))
            if case_sensitive:
                exact = self._exact.setdefault(match_id, set())
                exact.update(tuple(token.orth for token in pattern) for pattern in patterns + misread_patterns)
                if kind in _LOWER_CASE_KINDS:
                    self._lower_case.setdefault(match_id, set()).update(
                        tuple(token.lower for token in pattern)
                        for pattern in patterns
                        if any(token.is_alpha for token in pattern)
                    )
            self._matcher.add(key, patterns + misread_patterns)

    def add_field_phrases(self, phrases: Iterable[tuple[str, str]]) -> None:
        """Phrases of field signals (``(rule name, phrase)``): found in the same pass, kept apart from the terms.

        A posting's signals found are ``doc.user_data[FIELD_SIGNALS_FOUND]``, a set of rule names.
        """
        by_key: dict[tuple[str, bool], list[str]] = {}
        for name, phrase in phrases:
            case_sensitive = not any(ch.islower() for ch in phrase)
            by_key.setdefault((name, case_sensitive), []).append(phrase)
        for (name, case_sensitive), texts in by_key.items():
            key = f"\x00field\t{name}" + ("\texact" if case_sensitive else "")
            match_id = self._nlp.vocab.strings.add(key)
            self._fields[match_id] = name
            tokenizer = cast(BoundedTokenizer, self._nlp.tokenizer)
            patterns = list(tokenizer.pipe(texts if case_sensitive else [t.lower() for t in texts]))
            if case_sensitive:
                self._exact.setdefault(match_id, set()).update(tuple(t.orth for t in p) for p in patterns)
            self._matcher.add(key, patterns)

    def add_names(self, names: Iterable[str]) -> None:
        """Names whose words are no mention of the terms in them: "Association of Clinical Documentation Integrity
        Specialists" (ACDIS, the issuer) names no CDI skill. Found in any case; the longer match wins as for terms."""
        texts = sorted({name.lower() for name in names if name.strip()})
        if not texts:
            return
        match_id = self._nlp.vocab.strings.add(_NAME_KEY)
        self._names.add(match_id)
        with self._tokenizer.uncached() as tokenizer:
            self._matcher.add(_NAME_KEY, list(tokenizer.pipe(texts)))

    def __call__(self, doc: Doc) -> Doc:
        matches = self._matcher(doc)
        if not matches:
            return doc
        exact_spans, folded_spans = [], []
        names_in_any_case: set[tuple[int, int, str]] = set()  # (start, end, id) of terms matched as names
        typed_in_lower_case: list[
            tuple[int, int, str, str]
        ] = []  # acronyms typed in lower case: (start, end, kind, id)
        fields = self._fields
        for match_id, start, end in matches:
            if match_id in self._names:
                folded_spans.append(Span(doc, start, end, label=_NAME_KEY))
                continue
            if match_id in fields:
                accepted = self._exact.get(match_id)
                if accepted is None or tuple(token.orth for token in doc[start:end]) in accepted:
                    doc.user_data.setdefault(FIELD_SIGNALS_FOUND, set()).add(fields[match_id])
                continue
            kind, id_ = self._concepts[match_id]
            accepted = self._exact.get(match_id)
            if accepted is None:
                folded_spans.append(Span(doc, start, end, label=kind, kb_id=id_))
                names_in_any_case.add((start, end, id_))
            elif tuple(token.orth for token in doc[start:end]) in accepted:
                exact_spans.append(Span(doc, start, end, label=kind, kb_id=id_))
                if doc[end - 1].text[-1] == "." and end < len(doc):
                    _end_the_sentence_after_a_dotted_acronym(doc, end)
            elif match_id in self._lower_case and _typed_in_lower_case(doc[start:end], self._lower_case[match_id]):
                typed_in_lower_case.append((start, end, kind, id_))
        for start, end, kind, id_ in typed_in_lower_case:
            if (start, end, id_) in names_in_any_case:
                continue  # a name of the term's, which counts in any case ("Snomed" for SNOMED-CT): read as the name
            folded_spans.append(Span(doc, start, end, label=kind, kb_id=id_))
            doc.user_data.setdefault(LOWER_CASE_ACRONYMS, set()).add(doc[start].idx)
        if exact_spans or folded_spans:
            # Exact matches first: of two equally long matches at one place, the acronym's wins. The
            # other tokens' entity tags stay unset ("missing", not "outside"): setting them all would
            # cost more than the matching.
            spans = filter_spans(exact_spans + folded_spans)
            if self._names:
                spans = [span for span in spans if span.label_ != _NAME_KEY]  # a name holds no mention
            doc.set_ents(spans, default="unmodified")
        return doc


#: The fewest letters of an acronym typed with only its first a capital ("Rhit"): three would take "Ctr", a centre
_FEWEST_LETTERS_CAPITALISED = 4


def _typed_in_lower_case(tokens: Span, accepted: set[tuple[int, ...]]) -> bool:
    """Whether ``tokens`` are one of an acronym's accepted forms all in lower case ("ccs-p" for "CCS-P"), or a word
    of four letters or more with only its first a capital ("Rhit or RHIA preferred")."""
    if tuple(token.lower for token in tokens) not in accepted:
        return False
    text = tokens.text
    if not any(ch.isupper() for ch in text):
        return True
    return len(tokens) == 1 and len(text) >= _FEWEST_LETTERS_CAPITALISED and text[0].isupper() and text[1:].islower()


#: The match key and span label of the names that hold no mention
_NAME_KEY = "\x00name"


#: Words that go on with the acronym before them ("R.H.I.T. Certification required"), though capitalised
_GOES_ON_WITH_THE_ACRONYM = frozenset(
    {
        "credential",
        "certification",
        "certificate",
        "certified",
        "status",
        "exam",
        "examination",
        "eligible",
        "eligibility",
        "designation",
        "license",
        "licensure",
        "required",
        "preferred",
        "or",
        "and",
    }
)


def _end_the_sentence_after_a_dotted_acronym(doc: Doc, after: int) -> None:
    """The last full stop of "R.H.I.T." is the acronym's and may end the sentence too: it does when a capital
    follows that starts something else ("Must hold R.H.I.T. CPC preferred."); the tokenizer keeps the full
    stop in the acronym's token, so the sentence splitter cannot see it. ("U.S. Department of Education" is
    never a credential's match.)"""
    following = doc[after]
    if (following.is_upper or following.is_title) and following.lower_ not in _GOES_ON_WITH_THE_ACRONYM:
        following.is_sent_start = True


class ContextAttacher:
    """Sets ``doc._.screener``: the posting's context, read with the context rules; worked out only when asked for."""

    def __init__(self) -> None:
        self.rules = RuleSet()

    def __call__(self, doc: Doc) -> Doc:
        doc._.screener = PostingContext(doc, self.rules)
        return doc


@Language.factory("screener_context")
def make_context_attacher(nlp: Language, name: str) -> ContextAttacher:
    return ContextAttacher()


@Language.factory("screener_terms")
def make_term_matcher(nlp: Language, name: str) -> TermMatcher:
    return TermMatcher(nlp)
