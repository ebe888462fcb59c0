"""From a processed posting to its list of requirements.

Vocabulary matches (``doc.ents``) become requirements here: alternatives
("RHIT, RHIA or CCS") share an ``any_of`` group, "RHIT or RHIT-eligible"
becomes one requirement that accepts eligibility, "within 12 months of hire"
sets ``within_months``. Requirements from ``screener_extract`` plugins get
their strength and evidence from the same context rules. Finally repeated
mentions of one requirement are merged, keeping the strongest.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import combinations, count, pairwise, takewhile

from spacy.tokens import Doc, Span

from screener.core.models import (
    CredentialRequirement,
    DismissedMention,
    EducationRequirement,
    Evidence,
    ExperienceRequirement,
    Requirement,
    SkillRequirement,
    Strength,
)
from screener.core.rules import FIELD_SIGNALS_FOUND, LAYOUT_REASONS, LOWER_CASE_ACRONYMS, AnyOfCue, CompiledRule
from screener.extraction.acronyms import spelled_out_as_another, spelled_out_here
from screener.extraction.context import PostingContext, strength_rank
from screener.knowledge.base import Knowledge


@dataclass
class _Mention:
    kind: str
    id: str
    start: int
    end: int
    tail: int  # end including an "-eligible" suffix
    eligible: bool
    #: why the mention may mean something else, or None: its sentence suggests another meaning, or it is an
    #: acronym with other meanings in a posting that shows nothing else of the field
    doubt: str | None = None
    #: the doubt comes from a lookalike's cue in the sentence (only a general sense signal lifts it)
    doubt_from_cue: bool = False
    #: an acronym whose knowledge-base entry declares other meanings (a ``Lookalike``), or typed in lower case
    ambiguous: bool = False
    #: a credential's or code set's acronym typed in lower case ("cpc or ccs required")
    lower_case: bool = False
    #: the posting spells the acronym out as something else ("Drivers CPC (Certificate of Professional ...)")
    other_meaning: str | None = None
    #: the company the posting names with the acronym ("CIC Healthcare Staffing, Inc."): every mention is it
    company: str | None = None
    #: where the acronym's long name starts, when a line break cut the name before the acronym in brackets
    name_start: int | None = None


@dataclass
class VocabularyReading:
    """What the vocabulary found in one posting: the requirements, what was set aside and why, the field."""

    requirements: list[Requirement]
    dismissed: list[DismissedMention] = field(default_factory=list)
    #: the posting shows health-information work (a field signal, or an unambiguous credential or code set)
    in_field: bool = False


def _mentions(doc: Doc, ctx: PostingContext, knowledge: Knowledge) -> list[_Mention]:
    ents = doc.ents
    if not ents:
        return []
    lower = ctx.lower
    before_rules, after_rules = ctx.rules.eligibility
    before = [c.regex for c in before_rules if c.regex is not None and ctx.may_occur(c)]
    after = [c.regex for c in after_rules if c.regex is not None and ctx.may_occur(c)]
    found = []
    companies: dict[str, str | None] = {}  # acronym -> the company name it opens in this posting
    spelled_out: dict[str, str] = {}  # acronym -> the other long form the posting has given it
    before_spelled_out: list[tuple[_Mention, str]] = []  # mentions of acronyms not (yet) spelled out otherwise
    other_sense: set[str] = set()  # acronyms a lookalike's words name right before them ("Continuing Healthcare (CHC)")
    lower_case = doc.user_data.get(LOWER_CASE_ACRONYMS, ())
    for index, ent in enumerate(ents):
        start, end = ent.start_char, ent.end_char
        tail = end
        for pattern in after:
            match = pattern.match(lower, end)
            if match is not None:
                tail = match.end()
                break
        eligible = tail != end or any(ctx.ends_at(pattern, start) for pattern in before)
        mention = _Mention(ent.label_, ent.kb_id_, start, end, tail, eligible)
        cues = knowledge.lookalike_cues(ent.label_, ent.kb_id_, ent.text)
        if cues is not None:
            mention.ambiguous = _is_acronym(ent.text)
            mention.other_meaning = _the_other_name_it_is_part_of(ent, ctx, cues)
            if _suggests_other_meaning(ent, ctx, cues):
                mention.doubt = LAYOUT_REASONS["lookalike_cue"]
                mention.doubt_from_cue = True
                if mention.ambiguous and _names_the_other_sense(ent, ctx, cues):
                    other_sense.add(ent.text)
            elif mention.ambiguous and _ends_a_name(ctx.text, start, knowledge):
                mention.doubt = LAYOUT_REASONS["ends_a_name"]
                mention.doubt_from_cue = True
            elif mention.ambiguous:
                mention.company = _company_named_by(ctx.text, ent.text, companies)
        if start in lower_case:
            mention.ambiguous = mention.lower_case = True
        if _is_acronym(ent.text) and mention.other_meaning is None:
            mention.other_meaning = spelled_out_as_another(
                ctx.text, start, end, knowledge.names_of(ent.label_, ent.kb_id_)
            )
            if ent.label_ == "credential" and not _listed_with_another_credential(ents, index, ctx.text):
                _keep_the_other_meaning(mention, ent.text, spelled_out, ctx)
                if mention.other_meaning is None and ent.text not in spelled_out:
                    before_spelled_out.append((mention, ent.text))
        found.append(mention)
    looked_for_in_another_case: set[str] = set()  # once an acronym: each look reads the whole text
    for mention, acronym in before_spelled_out:
        if acronym not in spelled_out and acronym not in looked_for_in_another_case:
            looked_for_in_another_case.add(acronym)
            # spelled out in another case: "the Commission on Cancer (CoC)" before "in accordance with COC, NAACCR"
            names = knowledge.names_of("credential", mention.id)
            other_case = _spelled_out_in_another_case(ctx.text, lower, acronym, names)
            if other_case is not None:
                spelled_out[acronym] = other_case
        if acronym in spelled_out:
            # spelled out as something else further on: "extracts ... data from ... the enterprise ODS" before
            # "the enterprise Operational Data Store (ODS)"
            _keep_the_other_meaning(mention, acronym, spelled_out, ctx)
    if other_sense:
        _keep_the_other_sense(found, other_sense, ctx)
    if "-\n" in ctx.text or "-\r\n" in ctx.text:
        found = _with_acronyms_broken_at_a_hyphen(found, ctx.text, knowledge)
    _note_long_names_a_pdf_broke(found, ctx.text, knowledge)
    return _without_names_broken_by_a_line(found, ctx, knowledge)


#: How far before an acronym in brackets its long name, broken over two lines, may start
_LONG_NAME_REACH = 100
_WORD = re.compile(r"[^\s()]+")


def _note_long_names_a_pdf_broke(found: list[_Mention], text: str, knowledge: Knowledge) -> None:
    """Note where each acronym in brackets has its long name start, where a line break cut the name (the matcher
    finds no name across a line): "Registered Health Information Administrator (RHIA) or Registered" over "Health
    Information Technician (RHIT)" is a list of two, the second named in full (see :func:`_fits_the_gap`). So too
    where a PDF's text lost a ligature to a "?" ("Certi?ed Coding Specialist (CCS) or Certi?ed Inpatient Coder
    (CIC)")."""
    for mention in found:
        bracket = text.rfind("(", max(0, mention.start - 2), mention.start)
        if bracket < 0 or not _is_acronym(text[mention.start : mention.end]):
            continue
        window_start = max(0, bracket - _LONG_NAME_REACH)
        if "\n" not in text[window_start:bracket] and "?" not in text[window_start:bracket]:
            continue
        words = list(_WORD.finditer(text, window_start, bracket))
        for name in knowledge.names_of(mention.kind, mention.id):
            wanted = name.lower().split()
            if len(wanted) < 2 or len(wanted) > len(words):
                continue
            last = words[-len(wanted) :]
            cut = text[last[0].start() : last[-1].end()]
            if ("\n" in cut or "?" in cut) and all(
                _the_same_word(w.group().lower(), word) for w, word in zip(last, wanted, strict=True)
            ):
                mention.name_start = last[0].start()
                break


#: The letters a PDF's lost ligature stood for, where its text has a "?" in their place ("Certi?ed", "?eld")
_LIGATURE = re.compile(r"(?:ffi|ffl|ff|fi|fl)")


def _the_same_word(written: str, word: str) -> bool:
    """Whether ``written`` is ``word``, a "?" in it standing for a lost ligature ("certi?ed" for "certified")."""
    if "?" not in written:
        return written == word
    pattern = "".join(_LIGATURE.pattern if c == "?" else re.escape(c) for c in written)
    return re.fullmatch(pattern, word) is not None


#: An acronym a line break cut after a hyphen: "CCS-" over "P (AHIMA)", "ICD-10-" over "CM/PCS" (text copied from a
#: PDF); the tokenizer keeps "CCS-" whole, so the matcher finds neither piece as the term
_ACRONYM_BROKEN_AT_A_HYPHEN = re.compile(
    r"(?<![\w-])([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)-[ \t]*\r?\n[ \t]*([A-Z]{1,4})(?![A-Za-z0-9])"
)


def _with_acronyms_broken_at_a_hyphen(found: list[_Mention], text: str, knowledge: Knowledge) -> list[_Mention]:
    """The mentions, with each credential or code set a line break cut after a hyphen, whole ("CCS-" over "P"
    names the CCS-P), in place of any mention of a piece of it."""
    joined = []
    for match in _ACRONYM_BROKEN_AT_A_HYPHEN.finditer(text):
        name = f"{match.group(1)}-{match.group(2)}"
        credential = knowledge.resolve("credential", name)
        skill = None if credential is not None else knowledge.resolve("skill", name)
        if credential is not None:
            joined.append(_Mention("credential", credential, match.start(), match.end(), match.end(), False))
        elif skill is not None and knowledge.skills[skill].category == "coding_system":
            joined.append(_Mention("coding_system", skill, match.start(), match.end(), match.end(), False))
    if not joined:
        return found
    kept = [m for m in found if not any(j.start <= m.start < j.end or m.start <= j.start < m.end for j in joined)]
    return sorted([*kept, *joined], key=lambda m: m.start)


#: How far a name broken across lines may run on to the acronym in brackets after it
_BROKEN_NAME_REACH = 60
_NAME_FORM = re.compile(r"\s*-\s*|\s+")


def _name_form(text: str) -> str:
    """A name as compared across a line break: lower case, one space between words, no space around a hyphen."""
    return _NAME_FORM.sub(lambda m: "-" if "-" in m.group() else " ", text.strip().lower())


def _without_names_broken_by_a_line(found: list[_Mention], ctx: PostingContext, knowledge: Knowledge) -> list[_Mention]:
    """The mentions, but a long name's first words that a line break cut from the rest of a longer name: "Certified
    Coding Specialist -<line break>   Physician-based (CCS-P)" names the CCS-P alone, not the CCS too (the matcher
    does not see a name across the break)."""
    kept = []
    for mention, after in zip(found, [*found[1:], None], strict=True):
        if (
            after is not None
            and after.kind == mention.kind
            and after.id != mention.id
            and _is_acronym(ctx.text[after.start : after.end])
            and not _is_acronym(ctx.text[mention.start : mention.end])
            and 0 < after.start - mention.end <= _BROKEN_NAME_REACH
            and "\n" in ctx.text[mention.end : after.start]
        ):
            name = ctx.text[mention.start : after.start].rstrip()
            if name.endswith("(") and _name_form(name[:-1]) in {
                _name_form(other) for other in knowledge.names_of(after.kind, after.id)
            }:
                continue
        kept.append(mention)
    return kept


def _names_the_other_sense(ent: Span, ctx: PostingContext, cues: re.Pattern[str]) -> bool:
    """Whether a lookalike's words name the acronym right before it: "NHS Continuing Healthcare (CHC)", "Driver CPC"."""
    found = list(cues.finditer(ctx.text, max(0, ent.start_char - _NAMED_BEFORE_REACH), ent.start_char))
    # the rest of the cue's word ("Drivers"), then a space or a bracket
    return bool(found) and _ONLY_SPACE_OR_A_BRACKET.fullmatch(ctx.text, found[-1].end(), ent.start_char) is not None


#: How far before an acronym a lookalike's words may start and still name it
_NAMED_BEFORE_REACH = 60
_ONLY_SPACE_OR_A_BRACKET = re.compile(r"[\w'’-]*[ \t]*\(?[ \t]*")


def _keep_the_other_sense(mentions: list[_Mention], other_sense: set[str], ctx: PostingContext) -> None:
    """An acronym whose other sense the posting names ("NHS Continuing Healthcare (CHC)") is doubtful wherever else
    it stands ("data quality checks ... on CHC data"): a sense signal right around it, or a list of its kind, still
    says otherwise."""
    for mention in mentions:
        if mention.ambiguous and mention.doubt is None and ctx.text[mention.start : mention.end] in other_sense:
            mention.doubt = LAYOUT_REASONS["another_sense_here"]
            mention.doubt_from_cue = True


def _spelled_out_in_another_case(text: str, lower: str, acronym: str, names: Iterable[str]) -> str | None:
    """The other long form the posting gives the letters of ``acronym`` written in another case, in brackets ("the
    American College of Surgeons Commission on Cancer (CoC)" for "COC"); None if it gives none."""
    bracketed = f"({acronym.lower()})"
    at = lower.find(bracketed)
    while at >= 0:
        start, end = at + 1, at + 1 + len(acronym)
        if text[start:end] != acronym:
            long_form = spelled_out_as_another(text, start, end, names)
            if long_form is not None:
                return long_form
        at = lower.find(bracketed, end)
    return None


def _keep_the_other_meaning(mention: _Mention, acronym: str, spelled_out: dict[str, str], ctx: PostingContext) -> None:
    """Once spelled out as another name, a credential's acronym keeps that meaning in the posting: "Our client,
    Carolina Imaging Consultants (CIC), is ... CIC is adding a Radiology Coder". Not where it is spelled out again,
    nor where it is said to be a credential ("CIC certification a plus"); a title gives no meaning to keep."""
    if mention.other_meaning is not None:
        if not ctx.in_title(mention.start):
            spelled_out.setdefault(acronym, mention.other_meaning)
    elif (
        acronym in spelled_out
        and not spelled_out_here(ctx.text, mention.start, mention.end)
        and not _has_sense_signal(mention, ctx)
    ):
        mention.other_meaning = spelled_out[acronym]


#: What joins two credentials of a list: "CCA or RHIT", "CCA/RHIT", "a CCA or an RHIT"
_LIST_JOINER = re.compile(r"[ \t]*(?:,|/|&|\bor\b|\band\b)[ \t]*(?:(?:an?|the)[ \t]+)?", re.I)


def _listed_with_another_credential(ents: Sequence[Span], index: int, text: str) -> bool:
    """Whether the credential ``ents[index]`` stands in a list with another ("A CCA or RHIT would be great"): a
    credential, whatever the posting has spelled its letters out as elsewhere ("Coastal Care Alliance (CCA)")."""
    ent = ents[index]
    neighbours = (
        (ents[index - 1], ents[index - 1].end_char, ent.start_char) if index else None,
        (ents[index + 1], ent.end_char, ents[index + 1].start_char) if index + 1 < len(ents) else None,
    )
    return any(
        found is not None
        and found[0].label_ == "credential"
        and found[0].text != ent.text
        and _LIST_JOINER.fullmatch(text, found[1], found[2]) is not None
        for found in neighbours
    )


def _is_acronym(text: str) -> bool:
    return not any(ch.islower() for ch in text) and any(ch.isalpha() for ch in text)


# Two or more capitalised words right before a point: the end of a proper name ("Connect Healthcare Rotherham "). The
# last may not end with a full stop: "... in Health Information Technology. CCS preferred." starts a sentence.
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][a-z][\w&'’.-]*[ \t]+)+\b[A-Z][a-z][\w&'’-]*[ \t]+\Z")


def _ends_a_name(text: str, start: int, knowledge: Knowledge) -> bool:
    """Whether the acronym at ``start`` ends a proper name of two or more capitalised words (not an issuer's)."""
    before = _NAME_BEFORE.search(text[max(0, start - 80) : start])
    if before is None:
        return False
    words = set(before.group().split())
    return not (words & set(knowledge.issuer_names))


# An acronym that opens a company's name, capitalised words and a company suffix after it: "CIC Healthcare Staffing,
# Inc."; or capitalised words that end in a kind of firm: "CIC Healthcare Staffing", "CRC Revenue Solutions"; every
# mention of it in that posting names the company ("Why work with CIC?")
_COMPANY_NAME_AFTER = (
    r"(?:(?:[ \t]+[A-Z][\w&'’-]*){1,4},?[ \t]+(?:Inc|LLC|L\.L\.C|Ltd|Limited|Corp|Corporation|Company)\b\.?"
    r"|(?:[ \t]+[A-Z][\w&'’-]*){0,3}[ \t]+(?:Staffing|Solutions|Services|Group|Partners|Associates|Consulting"
    r"|Consultants|Agency|Holdings|Enterprises)\b)"
)


def _company_named_by(text: str, acronym: str, known: dict[str, str | None]) -> str | None:
    """The company's name ``acronym`` opens somewhere in ``text`` ("CIC Healthcare Staffing, Inc."), if any."""
    if acronym not in known:
        found = re.search(rf"\b{re.escape(acronym)}{_COMPANY_NAME_AFTER}", text)
        known[acronym] = found.group() if found else None
    return known[acronym]


def _the_other_name_it_is_part_of(ent: Span, ctx: PostingContext, cues: re.Pattern[str]) -> str | None:
    """A lookalike's cue that holds the mention and more words ("Applied Epic", an insurance agency's system): the
    mention is part of the other meaning's name, whatever is listed beside it."""
    s_start, s_end = ctx.clause(ent.start_char, ent.end_char)
    for cue in cues.finditer(ctx.text, s_start, s_end):
        if cue.start() <= ent.start_char and ent.end_char <= cue.end() and cue.end() - cue.start() > len(ent.text):
            return cue.group()
    return None


def _suggests_other_meaning(ent: Span, ctx: PostingContext, cues: re.Pattern[str]) -> bool:
    """Whether a lookalike cue is in the mention's clause ("CoC-accredited", "CTR of 3%")."""
    s_start, s_end = ctx.clause(ent.start_char, ent.end_char)
    return cues.search(ctx.text, s_start, s_end) is not None


def _has_sense_signal(mention: _Mention, ctx: PostingContext) -> bool:
    """A sense signal of the mention's kind ("certified", an issuer; "codes") right around it."""
    signal, window = ctx.rules.sense_signal(mention.kind, general=mention.doubt_from_cue)
    if signal is None:
        return False
    s_start, s_end = ctx.clause(mention.start, mention.end)
    near_start, near_end = max(s_start, mention.start - window), min(s_end, mention.end + window)
    return signal.search(ctx.lower, near_start, near_end) is not None


def _field_evidence(mentions: list[_Mention], ctx: PostingContext) -> tuple[bool, bool, bool]:
    """Whether the posting touches health-information work at all, and whether it is that work.

    An unambiguous credential or code set, or a :class:`FieldSignal` that
    ``confirms_acronyms``, says both; a weaker field signal ("patient
    records") only the first, and not even that beside an
    :class:`OtherWorkSignal` ("NMC registration"). A text too short to show anything
    (:data:`FIELD_EVIDENCE_MIN_WORDS`: "CPT required.") is given the benefit
    of the doubt for acronyms, but for those typed in lower case: the third
    value says whether the text itself confirms acronyms.
    """
    if any(not m.ambiguous and m.kind in _FIELD_KINDS and m.other_meaning is None for m in mentions):
        return True, True, True
    short = len(ctx.doc) < FIELD_EVIDENCE_MIN_WORDS
    found = ctx.doc.user_data.get(FIELD_SIGNALS_FOUND, set())  # phrases of field signals, found with the vocabulary
    found = found | ctx.title_field_signals if ctx.title_field_signals else found
    if found and not found.isdisjoint(ctx.rules.confirming_field_signals):
        return True, True, True
    touching = set(found)  # names of the signals found, none of which confirms acronyms
    for compiled in ctx.rules.field_signals:
        if _in_the_posting(compiled, ctx):
            if compiled.rule.confirms_acronyms:
                return True, True, True
            touching.add(compiled.rule.name)
    for compiled in ctx.rules.other_work_signals if touching else ():
        if _in_the_posting(compiled, ctx):
            # a nurse's "patient records": the records are part of other work
            outweighs = compiled.rule.outweighs
            touching -= set(outweighs) if outweighs is not None else touching
    return bool(touching), short, False


def _in_the_posting(compiled: CompiledRule, ctx: PostingContext) -> bool:
    """Whether a signal's pattern matches anywhere in the posting (its text as written, or in lower case), or in its
    title for a signal ``in_title``."""
    if compiled.regex is None:
        return False
    if getattr(compiled.rule, "in_title", False):
        title = ctx.job_title
        return compiled.regex.search(title if compiled.rule.case_sensitive else title.lower()) is not None
    haystack = ctx.text if compiled.rule.case_sensitive else ctx.lower
    return ctx.may_occur(compiled) and compiled.regex.search(haystack) is not None


#: A posting shorter than this (in tokens) is too short to show that it is not health-information work: its
#: acronyms keep the field's sense without a signal ("CPT required."). Real postings run to hundreds of words.
FIELD_EVIDENCE_MIN_WORDS = 80

#: Kinds whose unambiguous mentions show by themselves that a posting is health-information work.
_FIELD_KINDS = frozenset({"credential", "coding_system"})


_NOT_SPACE = re.compile(r"\S")


def _menus(mentions: list[_Mention], ctx: PostingContext, grouped_on_paths: list[AnyOfCue]) -> dict[str, set[int]]:
    """Per kind, the regions of alternative paths of which every path names a mention of that kind."""
    kinds = {m.kind for m in mentions if any(rule.applies_to(m.kind) for rule in grouped_on_paths)}
    if not kinds:
        return {}  # most postings: nothing of a kind grouped on paths, and no need to find the paths at all
    paths = ctx.paths
    if not paths:
        return {}
    sizes = Counter(path.region for path in paths)
    named: dict[str, set[tuple[int, int]]] = {}
    for mention in mentions:
        if mention.kind in kinds:
            holding = ctx.path(mention.start)
            if holding is not None:
                named.setdefault(mention.kind, set()).add((holding.region, holding.number))
    menus: dict[str, set[int]] = {}
    for kind, on in named.items():
        named_paths = Counter(region for region, _ in on)
        menus[kind] = {region for region, size in sizes.items() if named_paths[region] == size}
    return menus


def _deadline(
    first: _Mention, run_end: int, ctx: PostingContext, mentions: list[_Mention]
) -> tuple[float | None, bool]:
    """The months allowed to obtain a credential, and whether a required cue asks for it by then.

    "CCDS or CDIP preferred; must obtain within 18 months of hire" asks for
    the credential by then: a requirement with a deadline. A cue after
    something else named later speaks of that: "RHIT preferred; CPC required
    within 12 months" leaves the RHIT preferred.
    """
    asked = ctx.deadline_asked(run_end)
    if asked is not None and not any(run_end <= mention.start < asked[0] for mention in mentions):
        return asked[2], True
    return ctx.within_months(first.start, first.end), False


def _chains(mentions: list[_Mention], ctx: PostingContext) -> list[list[_Mention]]:
    """Runs of same-kind mentions in one sentence with only list separators (``ListGap`` rules) between them.

    A semicolon joins only a list that semicolons separate throughout ("RHIT;
    RHIA; CCS"): in "CPC, CCS or CCS-P; CPMA preferred" the list ends at the
    semicolon, and the CPMA is a requirement of its own. So does an "and"
    after an "or": in "CCS-P or CPC and CEMC" the CEMC is asked for besides
    the choice.
    """
    chains: list[list[_Mention]] = []
    by_semicolons: list[bool] = []  # per chain: whether every gap so far holds a semicolon
    with_or: list[bool] = []  # per chain: whether a gap so far holds "or"
    gaps = [(c.regex, c.rule.case_sensitive) for c in ctx.rules.list_gap_rules if c.regex is not None]
    text = ctx.text
    for mention in mentions:
        if chains:
            last = chains[-1][-1]
            semicolon = ";" in text[last.tail : mention.start]
            has_or = ctx.choice_word_between(last.tail, mention.start, mention.kind)
            # a long form and its acronym ("Certified Coding Specialist (CCS)") are one member of the list
            one_member_yet = all(m.id == last.id for m in chains[-1])
            if (
                not semicolon
                and by_semicolons[-1]
                and not one_member_yet
                and mention.id != last.id  # (not a long form's acronym: "Registered ... Administrator (RHIA)")
                and last.kind == mention.kind
                and ctx.sentence(last.start) == ctx.sentence(mention.start)
            ):
                # "Must have a CPC; RHIT or CCS would be nice": a list that a semicolon began but "or" goes on
                # was no list of semicolons; the semicolon parted two clauses, and the last member begins the next
                run = len(list(takewhile(partial(_has_id, last.id), reversed(chains[-1]))))
                member = chains[-1][-run:]
                del chains[-1][-run:]
                chains.append(member)
                by_semicolons.append(False)
                with_or.append(False)
                one_member_yet = True
            # "CCS, CCS-P, RHIT, RHIA, CPC, COC or CIC; or CDIP, CCDS or CCDS-O": a semicolon and "or" go on with
            # the choice
            or_after_semicolon = semicolon and _OR_AFTER_A_SEMICOLON.search(text, last.tail, mention.start) is not None
            if (
                last.kind == mention.kind
                # (not across a table's cells: "CCS, RHIT or RHIA<spaces>CDIP" under "REQUIRED<spaces>PREFERRED")
                and not _across_cells(text, last.tail, mention.start)
                # (nor into an aside that turns it down: "CPC or CCS-P (CPC-A candidates will not be considered)";
                # "RHIT (or RHIA)", "CCS (CCSP ok for pro fee side)" go on with the choice)
                and not (mention.id != last.id and not has_or and _an_aside_that_turns_down(text, last.tail, mention))
                and (not semicolon or one_member_yet or by_semicolons[-1] or or_after_semicolon)
                # "CCS-P or CPC and CEMC": the "and" after a choice adds a requirement of its own
                and not (with_or[-1] and not has_or and _adds_one(last.tail, mention.start, ctx))
                and any(
                    _fits_the_gap(gap, last, mention, text if case_sensitive else ctx.lower)
                    for gap, case_sensitive in gaps
                )
                and (
                    ctx.sentence(last.start) == ctx.sentence(mention.start)
                    or _choice_runs_on(last.tail, mention.start, mention.kind, ctx)
                )
            ):
                if mention.id != last.id:
                    by_semicolons[-1] = semicolon and (one_member_yet or by_semicolons[-1])
                    with_or[-1] = with_or[-1] or has_or
                chains[-1].append(mention)
                continue
        chains.append([mention])
        by_semicolons.append(False)
        with_or.append(False)
    return chains


_A_CELL_GAP = re.compile(r"\t|[^\S\n]{3,}")
_A_NEGATIVE = re.compile(
    r"\b(?:not|no|never|won['’]?t|isn['’]?t|aren['’]?t|don['’]?t|doesn['’]?t|cannot|can['’]?t)\b", re.I
)


def _across_cells(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, on one line, is a gap between a table's cells (a tab, or three spaces or more)."""
    return "\n" not in text[start:end] and _A_CELL_GAP.search(text, start, end) is not None


def _an_aside_that_turns_down(text: str, start: int, mention: _Mention) -> bool:
    """Whether the mention opens an aside, between ``start`` and it, that says something negative of it."""
    gap = text[start : mention.start]
    if "(" not in gap or ")" in gap:
        return False
    close = text.find(")", mention.tail)
    line_end = text.find("\n", mention.tail)
    aside_end = min(i for i in (close, line_end, len(text)) if i >= 0)
    return _A_NEGATIVE.search(text, mention.tail, aside_end) is not None


_OR_AFTER_A_SEMICOLON = re.compile(r";\s*(?:either\s+)?or\b", re.IGNORECASE)


def _has_id(wanted: str, mention: _Mention) -> bool:
    return mention.id == wanted


def _adds_one(start: int, end: int, ctx: PostingContext) -> bool:
    """Whether an ``addition`` connective ("and") stands in ``text[start:end]``."""
    pattern = ctx.rules.connective("addition")
    return pattern is not None and pattern.search(ctx.lower, start, end) is not None


_ACRONYM_AFTER = re.compile(r"^[\s)]*(?:\([^()\n]{1,12}\))?")


def _choice_runs_on(start: int, end: int, kind: str, ctx: PostingContext) -> bool:
    """Whether a list of choices runs on past a line break: "Certified Coding Specialist (CCS) - AHIMA, OR" ends
    a line of a table whose next line names the other choices. Only a line break parts the two (no full stop),
    and an any-of word ("or") is between them."""
    gap = ctx.lower[start:end]
    if "\n" not in gap or any(mark in gap for mark in ".!?"):
        return False
    return ctx.choice_word_between(start, end, kind)


#: "or" or a slash, in a gap
_A_CHOICE_WORD = re.compile(r"\bor\b|/", re.I)
#: How many of a parallel phrase's last words must follow the next mention, at least (all of a shorter phrase).
_PARALLEL_WORDS = 3


def _fits_the_gap(gap: re.Pattern[str], last: _Mention, mention: _Mention, lower: str) -> bool:
    """Whether what stands between two mentions is a ``ListGap``'s (its ``repeated`` words following the second).

    ``lower`` is the text in lower case, or as written for a case-sensitive gap. A choice word before a long name a
    line break cut ("... (RHIA) or Registered" over "Health Information Technician (RHIT)") ends the gap there."""
    match = gap.fullmatch(lower, last.tail, mention.start)
    if match is None and mention.name_start is not None and _A_CHOICE_WORD.search(lower, last.tail, mention.name_start):
        match = gap.fullmatch(lower, last.tail, mention.name_start)
    if match is None:
        return False
    repeated = match.groupdict().get("repeated")
    if repeated is None:
        return True
    words = repeated.split()
    after = lower[mention.tail : mention.tail + len(repeated) + 60]
    after = " ".join(_ACRONYM_AFTER.sub("", after, count=1).split())  # "Certified Coding Specialist (CCS) ..."
    for n in range(len(words), min(len(words), _PARALLEL_WORDS) - 1, -1):
        phrase = " ".join(words[-n:])
        if after.startswith(phrase) and not after[len(phrase) : len(phrase) + 1].isalnum():
            return True
    return False


def _is_alternative(chain: list[_Mention], ctx: PostingContext) -> str | None:
    """The scope of the any-of rule that makes a chain of different ids a choice ("RHIT, RHIA or CCS"), or ``None``."""
    if len({m.id for m in chain}) < 2:
        return None
    kind = chain[0].kind
    lower = ctx.lower
    if any(ctx.choice_word_between(a.tail, b.start, kind) for a, b in pairwise(chain)):
        return "gap"
    s_start, s_end = ctx.sentence(chain[0].start)
    addition = ctx.rules.connective("addition")
    found_at = {
        # "AHIMA or AAPC certification required (RHIT, RHIA, CCS, CPC)": one certification, from a list
        "before": lambda compiled: ctx.ends_at(compiled.regex, chain[0].start, within_sentence=True),
        # "CPC, CCS, or equivalent certification required": one of them, or something like them; not a run that "and"
        # joins
        "after": lambda compiled: (
            compiled.regex.match(ctx.text if compiled.rule.case_sensitive else lower, chain[-1].tail) is not None
            and not (addition is not None and addition.search(lower, chain[0].tail, chain[-1].start))
        ),
        # "either ... or"
        "sentence": lambda compiled: (
            compiled.regex.search(ctx.text if compiled.rule.case_sensitive else lower, s_start, s_end) is not None
        ),
    }
    for scope, found in found_at.items():
        for compiled in ctx.rules.any_of(scope):
            if (
                compiled.rule.applies_to(kind)
                and compiled.regex is not None
                and ctx.may_occur(compiled)
                and found(compiled)
            ):
                return scope
    return None


#: The steps of a decision that found no cue in the mention's own part of its sentence, and those that did
_FAR_STEPS = frozenset({"default", "cue:sentence"})
_NEAR_STEPS = frozenset({"cue:segment", "cue:clause"})
#: How far into an aside the other name of a credential may stand
_ASIDE_REACH = 80


def _with_names_of_one_credential_joined(
    chains: list[list[_Mention]], ctx: PostingContext, knowledge: Knowledge
) -> list[list[_Mention]]:
    """The chains, each two in a row that name one credential by its names made one, the second in brackets that
    open after the first, whatever else the brackets hold: "Current ODS-C (Oncology Data Specialist – Certified,
    formerly CTR) credential"."""
    joined: list[list[_Mention]] = []
    for chain in chains:
        if joined:
            last = joined[-1]
            between = ctx.text[last[0].tail : chain[0].start]
            if (
                chain[0].kind == last[-1].kind == "credential"
                and len(between) <= _ASIDE_REACH
                and "(" in between
                and ")" not in between
                and "\n" not in between
                and _names_one_credential([*last, *chain], knowledge)
            ):
                last.extend(chain)
                continue
        joined.append(chain)
    return joined


def _names_one_credential(chain: list[_Mention], knowledge: Knowledge) -> bool:
    """Whether a chain of credentials names one credential by its names ("ODS-C (CTR)", "CTR/ODS-C"): each id is
    ``equivalent_to`` every other, so that any of them meets the requirement."""
    ids = {m.id for m in chain}
    credentials = knowledge.credentials
    if len(ids) < 2 or chain[0].kind != "credential" or not ids <= credentials.keys():
        return False
    return all(b in credentials[a].equivalent_to or a in credentials[b].equivalent_to for a, b in combinations(ids, 2))


#: The fewest lines, one credential each, that make a list of choices.
MIN_LIST_LINES = 3
#: How far from a credential its line may start or end for the line to hold nothing else of note.
_LIST_LINE = 160
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _lines_of_one_list(chains: list[list[_Mention]], ctx: PostingContext) -> dict[int, int]:
    """Credentials listed one a line, three lines or more in a row: ``{chain index: list number}``.

    "Requirements: / - RHIA (AHIMA) / - RHIT (AHIMA) / - CCS (AHIMA)": nobody
    needs all of them; each is one choice of a list, as "one of the
    following" says in words. A line belongs to such a list when nothing but
    the credential, words in capitals (its long form), things in
    parentheses, sense signals and small words remain on it; a line with a
    cue of its own ("CPMA preferred.") says something of its own.
    """
    runs: dict[int, int] = {}
    lines: dict[int, set[int]] = {}  # list number -> the ends of its lines
    previous: tuple[int, int] | None = None  # (chain index, line end)
    previous_role: str | None = None
    number = 0
    for n, chain in enumerate(chains):
        if chain[0].kind != "credential":
            continue
        line = _only_on_its_line(chain, ctx)
        if line is None:
            previous = None
            continue
        section = ctx.section(chain[0].start)
        role = section.role if section is not None else None
        # (a form's rows whose ticked boxes ask them differently are no one list: "CCS ... ☒ ☐" over "RHIT ... ☐ ☒")
        if previous is not None and role == previous_role and not ctx.text[previous[1] : line[0]].strip():
            if previous[0] not in runs:
                number += 1
                runs[previous[0]] = number
                lines[number] = {previous[1]}
            runs[n] = runs[previous[0]]
            lines[runs[n]].add(line[1])
        previous = (n, line[1])
        previous_role = role
    # a line counts once, however many chains it holds ("CCS - Certified Coding Specialist")
    sizes = {number: len(ends) for number, ends in lines.items()}
    # two lines may each be asked for ("RHIT / CPC"); a longer list is a menu nobody needs all of
    return {n: number for n, number in runs.items() if sizes[number] >= MIN_LIST_LINES}


def _only_on_its_line(chain: list[_Mention], ctx: PostingContext) -> tuple[int, int] | None:
    """The bounds of the chain's line, when the chain is all the line says; else ``None``."""
    text = ctx.text
    start = text.rfind("\n", max(0, chain[0].start - _LIST_LINE), chain[0].start) + 1
    end = text.find("\n", chain[-1].end, chain[-1].end + _LIST_LINE)
    if (start == 0 and chain[0].start > _LIST_LINE) or (end < 0 and chain[-1].end + _LIST_LINE < len(text)):
        return None  # a long line says more than one credential: looked at in constant time, whatever its length
    end = len(text) if end < 0 else end
    rest = list(ctx.lower[start:end])
    for mention in chain:
        rest[mention.start - start : mention.tail - start] = " " * (mention.tail - mention.start)
    rest_of_line = "".join(rest)
    # a cue of its own, in parentheses too: "Certified Coding Specialist - CCS (Required)" is asked by itself
    if any(pattern.search(rest_of_line) for _, _, _, pattern in ctx.rules.cue_patterns):
        return None
    leftover = _blank(re.compile(r"\([^()\n]*\)"), rest_of_line)  # offsets kept: blanks of the same length
    signal, _ = ctx.rules.sense_signal("credential")
    if signal is not None:
        leftover = _blank(signal, leftover)
    original = text[start:end]
    for word in _LINE_WORD.finditer(leftover):
        if len(word.group()) > 3 and not original[word.start()].isupper():
            return None
    return start, end


def _blank(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda match: " " * len(match.group()), text)


def _continues(
    last_list: tuple[str, str, str, int],
    scope: str,
    chain: list[_Mention],
    sentence: tuple[int, int],
    ctx: PostingContext,
) -> bool:
    """Whether a choice introduced right before it ("... certifications include: ...") continues the one before.

    Two such lists of one kind in consecutive sentences of a paragraph name
    the choices of one requirement ("must have either a mastery level or a
    CDI certification. Mastery level certifications include: ... CDI
    certifications include: ..."): they are one any-of group, unless the
    later list has a strength cue of its own in its sentence.
    """
    _, last_scope, last_kind, last_end = last_list
    return (
        scope == last_scope == "before"
        and last_kind == chain[0].kind
        # the next sentence, or the next line ("... (CIC).\nCurrent Clinical Documentation Improvement Certifications
        # include: ..."), not after a blank line
        and last_end <= sentence[0]
        and _NOT_SPACE.search(ctx.text, last_end, sentence[0]) is None
        and "\n\n" not in ctx.text[last_end - 1 : sentence[0] + 1]
    )


def _evidence(ctx: PostingContext, start: int, end: int) -> Evidence:
    e_start, e_end = ctx.evidence_bounds(start, end)
    return Evidence.of(ctx.text, e_start, e_end)


def read_vocabulary(doc: Doc, ctx: PostingContext, knowledge: Knowledge) -> VocabularyReading:
    """Requirements for the credentials and skills the vocabulary found, and the mentions set aside, with why.

    An acronym that means something else here is set aside: the posting
    spells it out as another name ("Drivers CPC (Certificate of Professional
    Competence)"); or it is doubtful (its sentence suggests another meaning,
    see :class:`screener.core.models.Lookalike`, or it has other meanings and the
    posting shows nothing else of the field) and neither a sense signal
    right around it nor other mentions of its kind listed with it say
    otherwise ("CRC or CPC", "CIC certification").
    """
    requirements: list[Requirement] = []
    dismissed: list[DismissedMention] = []
    group_number = 0
    # per kind, the last choice: group id, any-of scope, kind, end of its last sentence
    last_lists: dict[str, tuple[str, str, str, int] | None] = {}
    grouped_on_paths = [compiled.rule for compiled in ctx.rules.any_of("path")]
    every_mention = _mentions(doc, ctx, knowledge)
    in_field, confirms_acronyms, the_text_confirms = _field_evidence(every_mention, ctx)

    def set_aside(mention: _Mention, reason: str, rule: str | None = None) -> None:
        dismissed.append(
            DismissedMention(
                kind=mention.kind,
                id=mention.id,
                mention=Evidence.of(ctx.text, mention.start, mention.end),
                reason=reason,
                rule=rule,
            )
        )

    mentions = []
    for mention in every_mention:
        if ctx.in_title(mention.start):
            set_aside(mention, LAYOUT_REASONS["title"])
        elif mention.kind == "credential" and ctx.opens_the_full_title(mention.start, mention.end):
            set_aside(mention, LAYOUT_REASONS["post_name"])  # the post's whole name again, a credential's words first
        elif mention.kind != "credential" and ctx.names_the_post(mention.start, mention.end):
            # a credential in the post's name is asked of the holder ("We are seeking a Certified Professional
            # Medical Auditor"); a product or a skill names the work ("as a Business Intelligence SQL Developer")
            set_aside(mention, LAYOUT_REASONS["post_name"])
        elif mention.other_meaning is not None:
            set_aside(mention, LAYOUT_REASONS["spelled_out"].format(long_form=mention.other_meaning))
        elif mention.company is not None:
            set_aside(mention, LAYOUT_REASONS["names_a_company"].format(name=mention.company))
        else:
            if mention.doubt is None and mention.lower_case and not the_text_confirms:
                mention.doubt = LAYOUT_REASONS["lower_case_outside_the_field"]
            elif mention.doubt is None and mention.ambiguous and not confirms_acronyms:
                mention.doubt = LAYOUT_REASONS["outside_the_field"]
            mentions.append(mention)
    menus = _menus(mentions, ctx, grouped_on_paths)
    chains = []
    for chain in _with_names_of_one_credential_joined(_chains(mentions, ctx), ctx, knowledge):
        if len({m.id for m in chain}) == 1 or all(m.doubt is not None for m in chain):
            # a doubtful mention counts when listed with others of its kind ("CRC or CPC"), not with itself, nor with
            # others as doubtful ("KPIs: CTR, CPC, CPA, conversion rate and ROAS")
            for mention in [m for m in chain if m.doubt is not None and not _has_sense_signal(m, ctx)]:
                set_aside(mention, mention.doubt)  # type: ignore[arg-type]
                chain.remove(mention)
        if chain:
            chains.append(chain)
    listed = _lines_of_one_list(chains, ctx)
    for n, chain in enumerate(chains):
        alternative = _is_alternative(chain, ctx)
        if alternative is None and _names_one_credential(chain, knowledge):
            alternative = "equivalent"
        if alternative is None and n in listed:
            alternative = "lines"
        group_id = None
        sentence = ctx.sentence(chain[0].start)
        last_list = last_lists.get(chain[0].kind)
        if alternative and last_list is not None and _continues(last_list, alternative, chain, sentence, ctx):
            group_id = last_list[0]  # "... certifications include: A, B. ... certifications include: C, D"
        elif (
            alternative == "lines"
            and last_list is not None
            and last_list[1] == "lines"
            and listed.get(n - 1) == listed[n]
        ):
            group_id = last_list[0]  # the next line of a list of credentials, one a line
        elif alternative:
            group_number += 1
            group_id = f"g{group_number}"
        last_lists[chain[0].kind] = (
            (group_id, alternative, chain[0].kind, ctx.sentence(chain[-1].start)[1])
            if group_id and alternative
            else None
        )
        by_id: dict[str, list[_Mention]] = {}
        for mention in chain:
            by_id.setdefault(mention.id, []).append(mention)
        # A choice, or one id named twice ("RHIT or RHIT-eligible"), is asked for as a whole;
        # items of a plain list each take the cue nearest to them.
        shared = alternative or len(by_id) == 1
        kind = chain[0].kind
        run_end = chain[-1].end
        chain_decision = ctx.decide(chain[0].start, run_end, kind, run_end) if shared else None
        if (
            chain_decision is not None
            and chain_decision.step in _FAR_STEPS
            and ctx.sentence(chain[-1].start) != ctx.sentence(chain[0].start)
        ):
            # a choice that runs on past a line break takes the cue of the line it ends on, when its own part names
            # none: "billing experience required ▪ Certified Professional Biller (CPB) or NHA" over "CBCS preferred"
            at_its_end = ctx.decide(chain[-1].start, run_end, kind, run_end)
            if at_its_end.step in _NEAR_STEPS or chain_decision.step == "default":
                chain_decision = at_its_end
        for id_, same in by_id.items():
            first = same[0]
            decision = chain_decision or ctx.decide(first.start, first.end, kind, run_end, chain[0].start)
            strength = decision.strength
            if strength is None:
                # a benefit, a course's content, a department: asks nothing of the candidate
                set_aside(first, ctx.explain(decision, first.start), decision.rule)
                continue
            months, by_a_date = (None, False)
            if first.kind == "credential":
                months, by_a_date = _deadline(first, run_end, ctx, mentions)
            if strength == "preferred" and by_a_date:
                strength = "required"
            mentioned = Evidence.of(ctx.text, first.start, first.end)
            evidence = _evidence(ctx, first.start, first.end)
            path = ctx.path(first.start)
            member_group = group_id
            if path is not None and any(rule.applies_to(kind) for rule in grouped_on_paths):
                # credentials on alternative paths ("either: ... RHIT ... / ... CCS ...") are alternatives
                member_group = f"paths{path.region}"
                if path.region in menus.get(kind, ()):
                    # every path of the list names one: a menu of credentials, one choice that every qualification
                    # path asks for ("must have either: (a) CCA, CCS ...; or (b) CPC, COC ...; or (c) RHIT or RHIA")
                    path = None
            if first.kind == "credential":
                requirements.append(
                    CredentialRequirement(
                        id=id_,
                        strength=strength,
                        any_of=member_group,
                        accepts_eligible=any(m.eligible for m in same),
                        within_months=months,
                        evidence=evidence,
                        mention=mentioned,
                        path=path.number if path else None,
                    )
                )
            else:
                requirements.append(
                    SkillRequirement(
                        kind=first.kind,
                        id=id_,
                        strength=strength,
                        any_of=member_group,
                        evidence=evidence,
                        mention=mentioned,
                        path=path.number if path else None,
                    )
                )
    return VocabularyReading(requirements, dismissed, in_field)


#: What may stand before the words that open a sentence: a bullet, spaces
_BULLETS_AND_SPACE = " \t-•*·▪"


def substitutes(requirements: list[Requirement], ctx: PostingContext) -> list[Requirement]:
    """Credentials or degrees offered in place of one the posting asks for elsewhere join its choice.

    "CPC (AAPC) required. COC or CCS-P will be considered in place of CPC.":
    the COC and the CCS-P are alternatives of the CPC, as strongly asked for,
    and the CPC after "in place of" names that requirement again. "Bachelor's
    degree required. An associate degree with 8 years of experience may be
    considered in lieu of the bachelor's degree": the associate degree is an
    alternative of the bachelor's; so it is when the sentence opens with the
    words ("In lieu of a Bachelor's degree, an Associate degree plus five
    years of experience will be considered"). Every plugin's requirements
    are read, so this runs once they are all in.
    """
    rules = [c for c in ctx.rules.any_of("substitute") if c.regex is not None and ctx.may_occur(c)]
    if not rules:
        return requirements
    current: dict[int, Requirement | None] = {id(r): r for r in requirements}  # as found -> now (None: dropped)
    # the kinds whose requirements may be one choice of a group (``any_of``): credentials, degrees, skills
    choice_kinds = sorted({r.kind for r in requirements if hasattr(r, "any_of")})
    new_groups = count(1)
    for compiled in rules:
        pattern = compiled.regex
        assert pattern is not None
        for match in pattern.finditer(ctx.lower):
            s_start, s_end = ctx.sentence(match.start())
            for kind in choice_kinds:
                if not compiled.rule.applies_to(kind):
                    continue
                of_kind = [r for r in requirements if r.kind == kind and current[id(r)] is not None]
                before = [r for r in of_kind if s_start <= r.mention.start < match.start()]
                after = [r for r in of_kind if match.end() <= r.mention.start < s_end]
                if not before and len(after) > 1 and not ctx.text[s_start : match.start()].strip(_BULLETS_AND_SPACE):
                    # the sentence opens with it: "In lieu of a Bachelor's degree, an Associate degree plus five (5)
                    # years of CDI experience will be considered"
                    before = [r for r in after[1:] if r.id != after[0].id]
                    after = after[:1]
                if not before or not after:
                    continue
                named = after[0]
                target = next((r for r in of_kind if r.id == named.id and not s_start <= r.mention.start < s_end), None)
                if target is None:
                    # asked for earlier in the same sentence: "CCS required, CPC acceptable in lieu of CCS"
                    target = next((r for r in before if r.id == named.id), None)
                    if target is not None:
                        before = [r for r in before if r.mention.start > target.mention.start]
                here = {r.id for r in of_kind if s_start <= r.mention.start < s_end}
                if target is None and all(r.id in here for r in of_kind if current[id(r)] is not None):
                    # the sentence names all the ones of the kind the posting asks: what it stands in for is asked
                    # right there, "They will now take a CIC in place of the CCS" (a thread whose earlier messages,
                    # quoted, asked for the CCS); beside another one asked ("CCS preferred. CPC may be accepted in
                    # place of CCS-P.") the one named is no requirement, and nothing changes
                    target = named
                if target is None or current[id(target)] is None or not before or any(r.id == named.id for r in before):
                    continue
                _join_the_choice_of(target, before, current, lambda: f"substitute:g{next(new_groups)}")
                if target is named:
                    continue
                current[id(named)] = None
                # the same level or credential named again in the target's sentence is the same requirement, not
                # one that meets the choice on its own: "Bachelor's degree - BSN, HIM/HIA, or a health-related
                # field. An Associate degree ... in lieu of the bachelor's degree"
                t_start, t_end = ctx.sentence(target.mention.start)
                again = [
                    r
                    for r in of_kind
                    if r is not target and r.id == named.id and t_start <= r.mention.start < t_end and r is not named
                ]
                for r in again:
                    if (now := current[id(r)]) is not None and (joined := current[id(target)]) is not None:
                        current[id(r)] = now.model_copy(update={"any_of": joined.any_of})
    return [found for r in requirements if (found := current[id(r)]) is not None]


def accepted_too(
    requirements: list[Requirement], ctx: PostingContext, knowledge: Knowledge | None = None
) -> list[Requirement]:
    """Credentials or degrees a posting says it will accept as well join the choice asked for just before them.

    "CPC, COC or CCS-P required. CPC-A will be considered with 2+ yrs of
    pro-fee coding exp.": the CPC-A is one more choice of the group, as
    strongly asked for; so is the RHIT of "RHIA (RHIT with a bachelor's
    degree will be considered)". The choice is that of the last mention of
    the kind before the sentence (or the parentheses) that says so, in that
    sentence or the one before; none there, and it is the last credential
    asked before it anywhere in the posting that all of them are related to
    in the knowledge base (with ``knowledge``): a reply under a post,
    "absolutely, RHIA works too!", speaks of the RHIT the post asked for. An
    ``accepted_after`` rule speaks of the mentions after it in its clause ("We
    will also consider applicants with a CPC-A or CCA"), whose choice is that
    of the last mention of the kind before it.
    """
    rules = [
        c
        for scope in ("accepted_too", "accepted_after")
        for c in ctx.rules.any_of(scope)
        if c.regex is not None and ctx.may_occur(c)
    ]
    if not rules:
        return requirements
    current: dict[int, Requirement | None] = {id(r): r for r in requirements}  # as found -> now
    in_order: list[Requirement] | None = None  # sorted once, at the first match (most postings have none)
    new_groups = count(1)
    for compiled in rules:
        assert compiled.regex is not None
        for match in compiled.regex.finditer(ctx.lower):
            if in_order is None:
                in_order = sorted(requirements, key=lambda r: r.mention.start)
            s_start = ctx.sentence(match.start())[0]
            # the sentence before, past the blanks and a line break between ("CPC or CCS mandatory.\nCPC-A accepted."),
            # not a paragraph's break (a scan back over the blanks alone: no copy of the text before)
            before_gap = s_start
            while before_gap and ctx.text[before_gap - 1].isspace():
                before_gap -= 1
            if ctx.text.count("\n", before_gap, s_start) > 1:
                before_gap = s_start
            previous_start = ctx.sentence(before_gap - 1)[0] if before_gap else s_start
            if compiled.rule.scope == "accepted_after":
                # what follows it in its clause; the choice is that of what came before it
                said_of, said_of_end = match.end(), ctx.clause(match.start(), match.end())[1]
                before_start, earlier_end = previous_start, match.start()
            else:
                said_of, said_of_end = _said_of_start(ctx, s_start, match.start()), match.start()
                # parentheses that open their sentence speak of the sentence before: "CRC or CPC certified, MUST!!
                # (CPC-A may be considered)"
                opens_it = not ctx.text[s_start : said_of - 1].strip()
                before_start = s_start if said_of > s_start and not opens_it else previous_start
                earlier_end = said_of
            for kind in {r.kind for r in in_order if hasattr(r, "any_of") and compiled.rule.applies_to(r.kind)}:
                members = [r for r in in_order if r.kind == kind and said_of <= r.mention.start < said_of_end]
                earlier = [r for r in in_order if r.kind == kind and before_start <= r.mention.start < earlier_end]
                if members and not earlier and knowledge is not None:
                    earlier = _a_related_one_asked(members, in_order, earlier_end, knowledge)
                if not members or not earlier or any(m.id == earlier[-1].id for m in members):
                    continue
                _join_the_choice_of(earlier[-1], members, current, lambda: f"accepted:g{next(new_groups)}")
    return [found for r in requirements if (found := current[id(r)]) is not None]


def _a_related_one_asked(
    members: list[Requirement], in_order: list[Requirement], before: int, knowledge: Knowledge
) -> list[Requirement]:
    """The last credential asked before ``before`` that every one of ``members`` is related to in the knowledge base
    (one's apprentice form, one another replaces, or its equal: CPC-A and CPC, RHIT and RHIA), as a list of one; none
    where there is none."""
    if any(m.kind != "credential" for m in members):
        return []
    for found in reversed(in_order):
        if (
            found.kind == "credential"
            and found.mention.start < before
            and all(_related(knowledge, m.id, found.id) for m in members)
        ):
            return [found]
    return []


def _related(knowledge: Knowledge, one: str, other: str) -> bool:
    """Whether the credentials ``one`` and ``other`` are related: the apprentice form of the other, replaced by it,
    or its equal, either way."""
    a, b = knowledge.credentials.get(one), knowledge.credentials.get(other)
    if a is None or b is None or a.id == b.id:
        return False
    return any(x.apprentice_of == y.id or y.id in x.supersedes or y.id in x.equivalent_to for x, y in ((a, b), (b, a)))


def alternatives_across_kinds(requirements: list[Requirement], ctx: PostingContext) -> list[Requirement]:
    """Requirements of different kinds that the posting offers as alternatives form one choice.

    "Bachelor's degree or 4 years of relevant experience required": the
    degree and the experience share an ``any_of`` group, so that either
    meets it. Two mentions next to each other among the kinds an
    ``across_kinds`` rule is for, in one sentence and as strongly asked for,
    whose text between the rule matches in full; a requirement already in a
    group brings the other into it (two groups of several are left as they
    are; a group of one joins the other).
    """
    rules = [c for c in ctx.rules.any_of("across_kinds") if c.regex is not None and ctx.may_occur(c)]
    if not rules:
        return requirements
    current: dict[int, Requirement] = {id(r): r for r in requirements}
    in_order = sorted(requirements, key=lambda r: r.mention.start)
    new_groups = count(1)
    for compiled in rules:
        pattern = compiled.regex
        assert pattern is not None
        of_its_kinds = [r for r in in_order if compiled.rule.applies_to(r.kind) and hasattr(r, "any_of")]
        for first, second in pairwise(of_its_kinds):
            a, b = current[id(first)], current[id(second)]
            if (
                a.kind == b.kind
                or a.strength != b.strength
                or a.mention.end > b.mention.start
                or ctx.sentence(a.mention.start) != ctx.sentence(b.mention.start)
                or pattern.fullmatch(ctx.lower, a.mention.end, b.mention.start) is None
            ):
                continue
            a_group, b_group = getattr(a, "any_of", None), getattr(b, "any_of", None)
            if a_group and b_group:
                # a group of one (a path's education, "RHIA, or a master's degree ...; or / RHIT or CCS") joins the
                # other; two groups of several are left as they are
                if _members(b_group, current.values()) == 1:
                    b_group = None
                elif _members(a_group, current.values()) == 1:
                    a_group = None
                else:
                    continue
            group = a_group or b_group
            if group and _group_reaches_across(group, a, b, _in_the_clause(a, b, ctx, current)):
                continue
            group = group or f"alternative:g{next(new_groups)}"
            current[id(first)] = a.model_copy(update={"any_of": group})
            current[id(second)] = b.model_copy(update={"any_of": group})
    return [current[id(r)] for r in requirements]


def _in_the_clause(
    a: Requirement, b: Requirement, ctx: PostingContext, current: dict[int, Requirement]
) -> list[Requirement]:
    """The requirements found in the clause that ``a`` and ``b`` are in (worked out only when a choice is to be
    checked: most pairs join no choice)."""
    clause_start, clause_end = ctx.clause(a.mention.start, b.mention.end)
    return [r for r in current.values() if clause_start <= r.mention.start < clause_end]


def _members(group: str, found: Iterable[Requirement]) -> int:
    """How many of ``found`` are in ``group``."""
    return sum(1 for r in found if getattr(r, "any_of", None) == group)


def _group_reaches_across(group: str | None, a: Requirement, b: Requirement, found: Iterable[Requirement]) -> bool:
    """Whether the choice ``a`` or ``b`` is in has a member on the other one's side: in "Bachelor's degree and 2 years
    of experience or Master's degree" the master's is a choice of the bachelor's, not of the 2 years alone.

    ``found`` is the requirements of the clause ``a`` and ``b`` are in: a member in another clause is on another path
    of the same choice ("RHIA, or a master's degree ..., plus one year; or / RHIT or CCS, plus three years")."""
    if group is None:
        return False
    members = [r for r in found if getattr(r, "any_of", None) == group]
    if getattr(a, "any_of", None) == group:
        return any(r.mention.start >= b.mention.start for r in members)
    return any(r.mention.end <= a.mention.end for r in members)


def _join_the_choice_of(
    target: Requirement,
    members: list[Requirement],
    current: dict[int, Requirement | None],
    new_group: Callable[[], str],
) -> None:
    """``members`` become choices of ``target``'s group (a new group when it has none), as strongly asked for.

    ``current`` maps each requirement as found (by ``id``) to what it is now.
    """
    now = current[id(target)]
    assert now is not None
    group = getattr(now, "any_of", None)
    if group is None:
        group = new_group()
        now = current[id(target)] = now.model_copy(update={"any_of": group})
    for member in members:
        joined = current[id(member)]
        if joined is not None:
            current[id(member)] = joined.model_copy(
                update={"any_of": group, "strength": now.strength, "path": now.path}
            )


_SPACED_DASH = re.compile(r"[ \t][-–—][ \t]")
_A_COMMA = re.compile(r"[ \t]*,[ \t]*")


def _said_of_start(ctx: PostingContext, sentence_start: int, at: int) -> int:
    """Where what ``at`` says something of starts: the parenthesis open at ``at``, else the last semicolon, spaced
    dash or comma right after a strength cue before it ("CPC or COC required - CCS also accepted", "CPC preferred,
    CPC-A welcome": what came before has its strength said), else the sentence's start."""
    text = ctx.text
    opening = text.rfind("(", sentence_start, at)
    if opening >= 0 and ")" not in text[opening:at]:
        return opening + 1
    semicolon = text.rfind(";", sentence_start, at)
    from_ = max(sentence_start, semicolon + 1)
    breaks = [m.end() for m in _SPACED_DASH.finditer(text, from_, at)]
    breaks += [
        comma.end()
        for cue_end in ctx.cue_ends(from_, at)
        if (comma := _A_COMMA.match(text, cue_end)) is not None and comma.end() <= at
    ]
    if breaks:
        return max(breaks)
    return semicolon + 1 if semicolon >= 0 else sentence_start


def complete(requirement: Requirement, ctx: PostingContext) -> Requirement | None:
    """Fill in the strength and evidence a plugin left for the core to read."""
    mention = requirement.mention
    if ctx.in_title(mention.start) or (
        requirement.kind != "credential" and ctx.names_the_post(mention.start, mention.end)
    ):
        return None
    path = ctx.path(requirement.mention.start)
    updates: dict[str, object] = {"path": path.number if path else None}
    if requirement.strength is None:
        strength = ctx.strength(requirement.mention.start, requirement.mention.end, requirement.kind)
        if strength is None:
            return None
        updates["strength"] = strength
    if requirement.evidence is None:
        updates["evidence"] = _evidence(ctx, requirement.mention.start, requirement.mention.end)
    return requirement.model_copy(update=updates)


def _identity(requirement: Requirement) -> tuple[object, ...]:
    if isinstance(requirement, ExperienceRequirement):
        return (requirement.kind, requirement.id, requirement.years, requirement.strength)
    if isinstance(requirement, EducationRequirement):
        return (requirement.kind, requirement.id, requirement.strength)
    return (requirement.kind, requirement.id)


def merge(requirements: Iterable[Requirement], knowledge: Knowledge | None = None) -> list[Requirement]:
    """One requirement per thing asked for: the strongest mention wins, then as :func:`_preference` says.

    A family named on its own ("payer DRG denials") is dropped when a member
    of it is asked for at least as strongly ("MS-DRG assignment"): the
    posting has said which. A choice one of whose members is also asked for
    on its own, as strongly as every member of the choice, is met by it, and
    its other members go. Two names of one credential (``equivalent_to``
    each other) are one choice, as strongly asked as the stronger. Any-of
    groups left with a single member stop being groups; group ids are
    renumbered in order of appearance.
    """
    ordered = _with_wider_choices(sorted(requirements, key=lambda r: r.mention.start))
    if knowledge is not None:
        ordered = _without_named_families(ordered, knowledge)
    best: dict[tuple[object, ...], Requirement] = {}
    strengths: dict[str, set[Strength | None]] = {}  # of each choice's members
    members_of: dict[str, set[str]] = {}
    for requirement in ordered:
        if group := getattr(requirement, "any_of", None):
            strengths.setdefault(group, set()).add(requirement.strength)
            members_of.setdefault(group, set()).add(requirement.id)
    met_by_a_member: dict[str, str] = {}  # choices one of whose members is also asked for on its own -> its id
    preferred_of_a_choice: dict[tuple[object, ...], Requirement] = {}
    for requirement in ordered:
        key = _identity(requirement)
        current = best.get(key)
        if current is None:
            best[key] = requirement
            continue
        if _preference(requirement) > _preference(current):
            winner, loser = requirement, current
        else:
            winner, loser = current, requirement
        if _a_narrower_preference(winner, loser, members_of, knowledge):
            preferred_of_a_choice.setdefault(key, loser)
        best[key] = _with_qualifiers(winner, loser)
        lost_group = getattr(loser, "any_of", None)
        if lost_group and not getattr(winner, "any_of", None) and strengths[lost_group] == {winner.strength}:
            met_by_a_member[lost_group] = winner.id
    # "An associate or bachelor's degree. An associate degree is required.": meeting the degree asked for on its own
    # meets the choice, whose other members are then no requirement of their own
    kept = sorted(
        [
            *(
                r
                for r in best.values()
                if getattr(r, "any_of", None) not in met_by_a_member
                # ... but another name of the member that meets it stays, one choice with it (as
                # ``_names_of_one_credential`` makes it): "ODS-C required ... Must obtain the ODS-C (formerly CTR)"
                or _another_name_of(r, met_by_a_member[getattr(r, "any_of", None) or ""], knowledge)
            ),
            *(r for key, r in preferred_of_a_choice.items() if getattr(best[key], "any_of", None)),
        ],
        key=lambda r: r.mention.start,
    )
    if knowledge is not None:
        kept = _names_of_one_credential(kept, knowledge)
    members: dict[str, int] = {}
    for requirement in kept:
        group = getattr(requirement, "any_of", None)
        if group:
            members[group] = members.get(group, 0) + 1
    renumbered: dict[str, str] = {}
    result: list[Requirement] = []
    for requirement in kept:
        group = getattr(requirement, "any_of", None)
        if group:
            if members[group] < 2:
                requirement = requirement.model_copy(update={"any_of": None})
            else:
                renumbered.setdefault(group, f"g{len(renumbered) + 1}")
                requirement = requirement.model_copy(update={"any_of": renumbered[group]})
        result.append(requirement)
    return result


def _names_of_one_credential(requirements: list[Requirement], knowledge: Knowledge) -> list[Requirement]:
    """Two names of one credential asked in one posting (``equivalent_to`` each other: "Active ODS-C credential. CTR
    holders in good standing now hold the ODS-C and are welcome") are one choice, as strongly asked as the stronger:
    a holder of either meets it, however the sentences around each name it.

    So are a credential and its apprentice form asked as strongly ("UPDATE: We are now also accepting applications
    from CPC-A coders ... CPC certification required"): no one holds both, so neither is asked on its own.
    """
    credentials = knowledge.credentials
    asked = [
        r
        for r in requirements
        if isinstance(r, CredentialRequirement) and r.strength in ("required", "preferred") and r.id in credentials
    ]
    updates: dict[int, dict[str, object]] = {}
    for a, b in combinations(asked, 2):
        stronger, weaker = (a, b) if strength_rank(a.strength) >= strength_rank(b.strength) else (b, a)
        group = updates.get(id(stronger), {}).get("any_of") or stronger.any_of
        if b.id not in credentials[a.id].equivalent_to and a.id not in credentials[b.id].equivalent_to:
            if not _an_apprentice_beside_its_credential(a, b, knowledge):
                continue
            # ... into the choice either is a member of already ("CPC-A holders welcome. CPC or CCS required.")
            other_group = updates.get(id(weaker), {}).get("any_of") or weaker.any_of
            if group and other_group and group != other_group:
                continue
            group = group or other_group
        group = group or f"one-credential:{stronger.id}"
        updates.setdefault(id(stronger), {})["any_of"] = group
        updates.setdefault(id(weaker), {}).update({"any_of": group, "strength": stronger.strength})
    if not updates:
        return requirements
    return [r.model_copy(update=updates[id(r)]) if id(r) in updates else r for r in requirements]


def _another_name_of(requirement: Requirement, credential_id: str, knowledge: Knowledge | None) -> bool:
    """Whether ``requirement`` is a credential that is another name of ``credential_id`` (``equivalent_to``)."""
    if knowledge is None or not isinstance(requirement, CredentialRequirement):
        return False
    one, other = knowledge.credentials.get(requirement.id), knowledge.credentials.get(credential_id)
    return one is not None and other is not None and (other.id in one.equivalent_to or one.id in other.equivalent_to)


def _an_apprentice_beside_its_credential(a: Requirement, b: Requirement, knowledge: Knowledge) -> bool:
    """Whether one of ``a`` and ``b`` is the apprentice form of the other, both asked as strongly."""
    one, other = knowledge.credentials[a.id], knowledge.credentials[b.id]
    return a.strength == b.strength and (one.apprentice_of == other.id or other.apprentice_of == one.id)


def _with_wider_choices(requirements: list[Requirement]) -> list[Requirement]:
    """Each choice named again, as strongly, with more members is that wider choice: "a credentialed coder (CPC,
    CCS or equivalent) ... Must be credentialed: active CPC, COC, CCS or CCS-P" is one choice of the four."""
    choices: dict[str, tuple[str, Strength | None, set[str]]] = {}
    for requirement in requirements:
        if group := getattr(requirement, "any_of", None):
            kind, strength, ids = choices.setdefault(group, (requirement.kind, requirement.strength, set()))
            ids.add(requirement.id)
    wider: dict[str, str] = {}
    for group, (kind, strength, ids) in choices.items():
        widest = max(
            (
                other
                for other, (other_kind, other_strength, other_ids) in choices.items()
                if other_kind == kind and other_strength == strength and ids < other_ids
            ),
            key=lambda other: len(choices[other][2]),
            default=None,
        )
        if widest is not None:
            wider[group] = widest
    if not wider:
        return requirements
    widened: list[Requirement] = []
    for requirement in requirements:
        group = getattr(requirement, "any_of", None)
        widened.append(requirement.model_copy(update={"any_of": wider[group]}) if group in wider else requirement)
    return widened


def _preferred_within_a_required_choice(winner: Requirement, loser: Requirement) -> bool:
    """Whether a credential required as one choice of several is also preferred, on its own or in a choice of its
    own: "Active coding certification: CPC, CRC, CCS, RHIT or RHIA" and "CRC credential strongly preferred" (or "RHIT
    or CCS at the time of application", under "Preferred"). Both are kept: any of the choice is asked for, and the
    holder of the one preferred is the better candidate. Not its eligibility: "ODS-C
    (..., formerly CTR) required, or ODS-eligible with the credential obtained within 12 months of hire" is one
    requirement, which accepts the eligible."""
    return (
        isinstance(winner, CredentialRequirement)
        and isinstance(loser, CredentialRequirement)
        and winner.strength == "required"
        and loser.strength == "preferred"
        and bool(winner.any_of)
        and not loser.accepts_eligible
    )


def _a_narrower_preference(
    winner: Requirement, loser: Requirement, members_of: dict[str, set[str]], knowledge: Knowledge | None
) -> bool:
    """Whether ``loser``, preferred, narrows the required choice ``winner`` belongs to, and so is kept beside it
    (:func:`_preferred_within_a_required_choice`): not the same choice again ("Must obtain CCDS or CDIP within 18
    months of hire" and, preferred, "CCDS or CDIP at hire"), nor the apprentice form of one of its members (a
    title's "(CPC-A welcome)" over "CPC, CPC-A or CCS-P" accepts the apprentice; it does not prefer it to the CPC)."""
    if not _preferred_within_a_required_choice(winner, loser):
        return False
    choice = members_of.get(getattr(winner, "any_of", None) or "", set())
    if members_of.get(getattr(loser, "any_of", None) or "") == choice:
        return False
    credential = knowledge.credentials.get(loser.id) if knowledge is not None else None
    return credential is None or credential.apprentice_of not in choice


def _without_named_families(requirements: list[Requirement], knowledge: Knowledge) -> list[Requirement]:
    strongest_member: dict[str, int] = {}
    for requirement in requirements:
        skill = knowledge.skills.get(requirement.id) if isinstance(requirement, SkillRequirement) else None
        for family in skill.broader if skill else ():
            strongest_member[family] = max(strongest_member.get(family, 0), strength_rank(requirement.strength))
    return [
        r
        for r in requirements
        if not (
            isinstance(r, SkillRequirement)
            and not r.any_of
            and strongest_member.get(r.id, 0) >= strength_rank(r.strength)
        )
    ]


def _with_qualifiers(kept: Requirement, other: Requirement) -> Requirement:
    """A credential asked for twice at the same strength keeps what either mention allowed.

    "CTR required, or CTR-eligible with certification within one year": the
    eligibility and the deadline come from the second mention.
    """
    if not (isinstance(kept, CredentialRequirement) and isinstance(other, CredentialRequirement)):
        return kept
    if kept.strength != other.strength:
        return kept
    updates: dict[str, object] = {}
    if other.accepts_eligible and not kept.accepts_eligible:
        updates["accepts_eligible"] = True
    if kept.within_months is None and other.within_months is not None:
        updates["within_months"] = other.within_months
    return kept.model_copy(update=updates) if updates else kept


def _preference(requirement: Requirement) -> tuple[int, int]:
    """Of two mentions of one thing at the same strength, which is kept.

    A credential named in a choice and again on its own is the choice,
    restated: "ODS-C/CTR credential required. ODS-eligible candidates ...
    must obtain the ODS-C within 12 months" asks for either, with a deadline
    (which :func:`_with_qualifiers` keeps). Anything else named on its own
    ("Associate degree required") is more than the choice that names it too;
    a mention that stands alone only on one alternative path is not.
    """
    in_a_choice = bool(getattr(requirement, "any_of", None))
    off_the_paths = requirement.path is None
    if isinstance(requirement, CredentialRequirement):
        return strength_rank(requirement.strength), int(in_a_choice and off_the_paths)
    return strength_rank(requirement.strength), int(not in_a_choice and off_the_paths)
