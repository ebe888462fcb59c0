"""Context rules: the words around a mention that say whether, and how strongly, it is asked for.

The rule engine (``screener.extraction.context``, ``screener.extraction.vocabulary``) knows how
to read a posting's layout (lines, headings, bullets, sentences, clauses);
the *words* that carry meaning are data, in rule objects that plugins
contribute through ``screener_context_rules`` in the manner of medspaCy's
ConText rules. The built-in English rules are the built-in plugin
``context-rules-en``; a plugin adds rules, or replaces one by returning a
rule with the same ``name`` (``enabled=False`` switches it off).

Every pattern is a regular expression searched in the posting's lower-case
text (``PostingContext.lower``: same offsets as the text), so it is written
in lower case. An upper-case placeholder stands for what the knowledge base
knows: ``{ISSUER}`` is any credential issuer ("ahima|aapc|...").

How strength is decided from these rules is itself data:
:data:`DEFAULT_PRECEDENCE`, documented in docs/plugins.md ("Context rules").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Annotated, Any, Literal, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator, model_validator

from screener.core.literals import LiteralIndex
from screener.core.models import Strength

#: What a section heading says about the lines it governs.
Role: TypeAlias = Literal[
    "required",
    "preferred",
    "duties",
    "benefits",
    "excluded",
    "not_asked",
    "progression",
    "other_postings",
    "possible",
    "other",
]
#: Roles whose sections ask nothing of the candidate: what the employer offers, what makes a candidate ineligible,
#: what the posting says it does not ask ("What doesn't matter:"), what moves a holder of the job up a level ("To
#: progress from Band 4 to Band 5 you will need:"), the other jobs a saved page lists around the posting ("Similar
#: jobs", "People also viewed")
NOT_ASKED_ROLES: frozenset[Role] = frozenset({"benefits", "excluded", "not_asked", "progression", "other_postings"})
#: Where a rule looks, relative to the mention (see each rule type).
Scope: TypeAlias = Literal["segment", "clause", "sentence", "before", "after", "later_path", "up_to"]

_NONE_YET = object()
_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
# Marks a pattern of a case-sensitive rule between the model's validators (it may have capitals).
_CASE_SENSITIVE_MARK = "\x00case-sensitive\x00"
#: The placeholders a pattern may use, each filled from the knowledge base when the rules are compiled.
PLACEHOLDERS = ("ISSUER",)


class _Rule(BaseModel):
    """Fields every context rule has."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(
        min_length=1,
        description="Unique name; a plugin's rule with the name of a built-in rule replaces it.",
    )
    pattern: str = Field(
        default="",
        description="Regular expression searched in the posting's lower-case text; written in lower case.",
    )
    kinds: list[str] | None = Field(
        default=None, description="The requirement kinds the rule applies to; None: every kind."
    )
    exclude_kinds: list[str] = Field(default_factory=list, description="Requirement kinds the rule does not apply to.")
    enabled: bool = Field(default=True, description="False switches the rule of this name off.")
    case_sensitive: bool = Field(
        default=False,
        description='Search the text as written instead of the lower-case text (for a capitalised "OR" or '
        '"HIM"); the pattern may then have capitals.',
    )
    description: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _case_sensitive_patterns_may_have_capitals(cls, data: Any) -> Any:
        if isinstance(data, dict) and data.get("case_sensitive") and isinstance(data.get("pattern"), str):
            try:
                re.compile(data["pattern"])
            except re.error as exc:
                raise ValueError(f"pattern {data['pattern']!r} is not a valid regular expression: {exc}") from exc
            return {**data, "pattern": _CASE_SENSITIVE_MARK + data["pattern"]}
        return data

    @field_validator("pattern")
    @classmethod
    def _lower_case_regex(cls, value: str) -> str:
        if value.startswith(_CASE_SENSITIVE_MARK):
            return value[len(_CASE_SENSITIVE_MARK) :]
        literal = _PLACEHOLDER.sub("", re.sub(r"\\[A-Za-z]|\(\?P?<[^>]*>|\(\?P=\w+\)", "", value))
        if literal != literal.lower():
            raise ValueError(
                f"pattern {value!r} has upper-case letters: patterns are searched in the posting's "
                "lower-case text, so write them in lower case"
            )
        unknown = sorted({m.group(1) for m in _PLACEHOLDER.finditer(value)} - set(PLACEHOLDERS))
        if unknown:
            raise ValueError(f"unknown placeholder(s) {', '.join(unknown)}; known: {', '.join(PLACEHOLDERS)}")
        try:
            re.compile(_fill(value, {name: "x" for name in PLACEHOLDERS}))
        except re.error as exc:
            raise ValueError(f"pattern {value!r} is not a valid regular expression: {exc}") from exc
        return value

    def applies_to(self, kind: str) -> bool:
        return (self.kinds is None or kind in self.kinds) and kind not in self.exclude_kinds


class StrengthCue(_Rule):
    """Words that say how strongly what is near them is asked for: "must", "preferred", "not required".

    The cue nearest to a mention decides, looked for in the mention's
    comma-separated part, then its clause, then its sentence (see
    :data:`DEFAULT_PRECEDENCE`). ``direction`` limits the mentions a cue
    reaches: ``forward`` ones after it ("must have: RHIT"), ``backward`` ones
    before it ("RHIT preferred"), ``both`` (the default) either.
    """

    type: Literal["strength_cue"] = "strength_cue"
    strength: Strength
    direction: Literal["both", "forward", "backward"] = "both"

    @model_validator(mode="after")
    def _has_pattern(self) -> StrengthCue:
        _require_pattern(self)
        return self


class SectionHeading(_Rule):
    """Words that give a heading its role: "Preferred Qualifications" -> ``preferred``.

    Of the rules whose pattern occurs in a heading, the one of highest
    ``priority`` gives the role (on a tie, the first registered).
    ``where="lead_in"`` rules are looked for in a long line ending with a
    colon that introduces a list ("Required credentials may include:") and
    are tried before the heading rules there; the built-in ones mark hedges
    (role ``possible``: the list only names possibilities).
    """

    type: Literal["section_heading"] = "section_heading"
    role: Role
    priority: int = 0
    where: Literal["heading", "lead_in"] = "heading"
    topic: bool = Field(
        default=False,
        description='The heading names a topic ("Education", "Experience"), not a strength: under a heading '
        'that does ("Preferred Qualifications"), it takes that heading\'s role; on its own, its own role. Each topic '
        'rule is one topic: a strength heading that names one ("PREFERRED CREDENTIAL") governs it up to a field of '
        'another rule\'s topic ("EXPERIENCE:    Min 2 yrs ...").',
    )

    @model_validator(mode="after")
    def _has_pattern(self) -> SectionHeading:
        _require_pattern(self)
        return self


class Dismissal(_Rule):
    """Words that make a mention ask nothing of the candidate, with the reason ``--explain`` gives.

    A benefit ("we pay for your RHIA exam"), what a course teaches ("courses
    in ... CPT coding"), a department ("our CDI team"). ``scope``: where the
    pattern must occur: the mention's ``segment`` (comma-separated part),
    ``clause`` or ``sentence``; or right ``before`` the mention or the run of
    mentions it is in (the match ends where either starts: "These practices
    use SystmOne and EMIS") or right ``after`` it (the match starts where the
    run of mentions ends); ``later_path`` (no pattern): the mention is on an
    alternative qualification path other than the first, which a candidate
    who takes the first path need not meet ("... or a combination of six
    months' experience and knowledge of release of information"); ``up_to``:
    the mention is between the start of the line where ``pattern`` matches
    and the start of the first later line where ``up_to`` matches (both
    matched per line: "^" and "$" are a line's start and end; a job
    board's generated summary, up to the employer's own text: "Key
    qualifications (AI-generated summary)" ... "About this role"); where no
    such line follows, the rule dismisses nothing.
    """

    type: Literal["dismissal"] = "dismissal"
    scope: Scope
    reason: str = Field(min_length=1)
    unless: str | None = Field(
        default=None,
        description="A pattern (lower case) that, found in the same scope, keeps the mention: the coursework of "
        "a coding training program that a coder job requires names the code sets the job uses. For the ``before`` "
        'and ``after`` scopes, found in the mention\'s clause: "Applicants who do not hold a CPC are not eligible" '
        "asks for the CPC.",
    )

    up_to: str | None = Field(
        default=None,
        description="For the ``up_to`` scope, a pattern (lower case) of the line that ends what the rule dismisses: "
        'the employer\'s own text after a board\'s summary ("About this role", "Full job description").',
    )

    @field_validator("unless", "up_to")
    @classmethod
    def _unless_is_a_lower_case_regex(cls, value: str | None) -> str | None:
        return None if value is None else _Rule._lower_case_regex(value)

    @model_validator(mode="after")
    def _has_pattern(self) -> Dismissal:
        if (self.up_to is None) == (self.scope == "up_to"):
            raise ValueError("a dismissal takes an 'up_to' pattern with the scope 'up_to', and only then")
        if self.scope == "later_path":
            if self.pattern:
                raise ValueError("a dismissal with scope 'later_path' takes no pattern")
            return self
        _require_pattern(self)
        return self


class AnyOfCue(_Rule):
    """Words that make mentions alternatives, one of which is enough ("RHIT or CCS", "one of the following").

    ``scope``:

    - ``gap``: found between two mentions of a run ("RHIT *or* CCS");
    - ``before``: ends right before the run ("certification required (RHIT, CCS)");
    - ``after``: starts right after the run, whose mentions no ``addition``
      connective ("and") joins ("CPC, CCS*, or equivalent* certification");
    - ``sentence``: anywhere in the run's sentence ("either ... or");
    - ``lead_in``: in a line ending with a colon that introduces a bullet list,
      each bullet an alternative path ("Candidates must have either:");
    - ``path_separator``: a line (or line end) that separates alternative
      qualification paths, as federal postings write "OR";
    - ``paths_end``: a line that ends the alternative paths: what follows
      applies to every path (federal "AND, Demonstrated Knowledge, Skills,
      and Abilities");
    - ``path``: no pattern: mentions of these ``kinds`` on alternative paths
      are alternatives of one another;
    - ``substitute``: between mentions of one sentence, it makes those
      before it alternatives of the one after it, which the posting asks
      for elsewhere ("CPC required. COC or CCS-P will be considered *in
      place of* CPC."): they join its choice, and the mention after it names
      that requirement again rather than asking anew;
    - ``accepted_too``: after mentions of one sentence, or of the
      parentheses it stands in, it says that they will be accepted as well
      ("CPC, COC or CCS-P required. CPC-A *will be considered* with 2+ years
      of coding", "RHIA (RHIT with a bachelor's degree *will be
      considered*)"): they join the choice of the last mention of their kind
      before them, in that sentence or the one before, as strongly asked for;
    - ``accepted_after``: the same for the mentions after it, up to the end
      of its clause ("CPC required. *We will also consider applicants with*
      a CPC-A or CCA", "*If hired with* a CPC-A, ..."): they join the choice
      of the last mention of their kind before it, in its sentence or the
      one before;
    - ``across_kinds``: all the text between a mention and the next one of
      another kind in its sentence (of the rule's ``kinds``), matched in
      full, offering the two as alternatives ("Bachelor's degree *in HIM
      or* 4 years of experience", "4 years *of experience or an* associate
      degree"): they form one choice, either enough;
    - ``ladder_level``: the label of one level of a career ladder at a
      line's start, up to (not with) its colon: "Coder II", "Tech Trainee";
      or a table row's first cell ("Coder II | Associate degree | CCS or
      CIC"), a later cell of which may say it is the posting's ("(this
      posting)").
      Matched in full, with named groups ``stem`` (the job's name: labels
      of the same job form one ladder), and ``entry`` (a trainee level),
      ``numeral`` (a numbered level, digits, Roman, or a letter after
      "Level": "Level B") or ``senior``; an ``own`` group marks the
      posting's own level ("(this posting)"), a ``closed`` group a level it
      does not hire at ("(not included in this posting)"). The
      same rules find the levels a clause of prose names ("a Coder I ...
      needs a CCA"). See :mod:`screener.extraction.ladder`.

    """

    type: Literal["any_of"] = "any_of"
    scope: Literal[
        "gap",
        "before",
        "after",
        "sentence",
        "lead_in",
        "path_separator",
        "paths_end",
        "path",
        "substitute",
        "accepted_too",
        "accepted_after",
        "across_kinds",
        "ladder_level",
    ]

    @model_validator(mode="after")
    def _check(self) -> AnyOfCue:
        if self.scope == "path":
            if self.pattern:
                raise ValueError("an any_of rule with scope 'path' takes no pattern")
            return self
        _require_pattern(self)
        return self


class ListGap(_Rule):
    """What may stand between two mentions of one list ("RHIT, RHIA and/or CCS"): the whole gap must match it.

    A pattern with a group named ``repeated`` matches parallel phrases: the
    words the group matched, or at least the last three of them, must follow
    the next mention too ("RHIT certificate within 6 months of hire OR CCS
    certificate within 6 months of hire").
    """

    type: Literal["list_gap"] = "list_gap"

    @model_validator(mode="after")
    def _has_pattern(self) -> ListGap:
        _require_pattern(self)
        return self


class SenseSignal(_Rule):
    """Words right around an acronym that say it means what the knowledge base means by it.

    "certified", "credential", "exam" for a credential; "codes", "coding" for
    a coding system (``kinds`` says which; without, every kind). An
    acronym with other meanings (one that declares a ``Lookalike``) whose
    sentence suggests another meaning, or that sits in a posting showing
    nothing else of the field (see :class:`FieldSignal`), counts only with a
    signal of its kind within ``window`` characters, or when it is listed
    with others of its kind. The issuers of the knowledge base are signals
    for every kind too.
    """

    type: Literal["sense_signal"] = "sense_signal"
    window: int = Field(default=30, ge=0, le=200)

    @model_validator(mode="after")
    def _has_pattern(self) -> SenseSignal:
        _require_pattern(self)
        return self


class FieldSignal(_Rule):
    """Words that show a posting is health-information work: "medical coding", "health information", "coder".

    A posting with none of these, and no unambiguous credential or coding
    system, is not in scope (``Extraction.in_scope`` is false), and its
    acronyms that have other meanings ("CIC", "CHC") need a
    :class:`SenseSignal` right around them to count.

    Give ``phrases`` (found like the vocabulary, with the vocabulary, in the
    same pass over the words: phrases in capitals in their case, others in
    any case) or a ``pattern`` (a regular expression searched in the whole
    lower-case text: costlier), or both.
    """

    type: Literal["field_signal"] = "field_signal"
    phrases: list[str] = Field(default_factory=list)
    confirms_acronyms: bool = Field(
        default=True,
        description='False for words that show the posting touches the field ("patient records", "insurance '
        "claims\") without making it the field's work: enough for in_scope, not to read its ambiguous acronyms "
        "in the field's sense.",
    )

    @model_validator(mode="after")
    def _has_pattern(self) -> FieldSignal:
        if not self.phrases:
            _require_pattern(self)
        if any(not phrase.strip() for phrase in self.phrases):
            raise ValueError("phrases must not be empty")
        return self


class Eligibility(_Rule):
    """Words that say being eligible for a credential is enough: "RHIT-eligible", "eligible to sit for the RHIT".

    ``position="after"``: the pattern matches right after the mention;
    ``before``: it ends right before it.
    """

    type: Literal["eligibility"] = "eligibility"
    position: Literal["before", "after"]

    @model_validator(mode="after")
    def _has_pattern(self) -> Eligibility:
        _require_pattern(self)
        return self


class Connective(_Rule):
    """Small words whose meaning the reading of a posting's layout needs, in the posting's language.

    ``role``:

    - ``contrast`` ("but"): opens a clause that speaks of itself. A cue after
      it does not reach back to a mention before it ("confident in Microsoft
      Office, but NHS experience is not essential"), unless that clause holds
      only cue words ("preferred but not required"). Nor does a dismissal
      found in the mention's segment, clause or sentence reach across it
      ("Full training will be provided, however ... Microsoft Office is a
      must"), nor across a ``clause`` connective.
    - ``addition`` ("and", "&"): after a choice, adds a requirement of its
      own ("CCS-P or CPC and CEMC": the CEMC is asked besides the choice).
    - ``filler`` ("strongly", "very", "is", "a"): may stand beside cue words
      and says nothing of its own: parentheses or a clause holding only cue
      words and these ("(strongly preferred)") speak of what comes before them.
    - ``clause`` ("and candidates will", "but you must"): opens a clause with a
      subject of its own. No cue reaches across it, either way: in "NHS
      experience will be advantageous and candidates will be educated to
      degree level" the degree is asked, whatever was advantageous.
    - ``absolute`` ("with"): opens a comma part that describes a thing of its
      own. A cue in that part, or in a list the part begins, does not reach
      back to a mention before it: in "educated to degree level, with case,
      complaints or appeals experience an advantage" the degree is asked.
    - ``predicate`` ("is", "would be"): matched in full between a mention and
      a cue after it, makes the cue the mention's own predicate, which speaks
      of it before any nearer cue: in "Previous secretarial experience is
      essential and medical terminology knowledge is also advantageous" the
      medical terminology is advantageous.
    - ``correction`` ("EDIT:", "scratch that", "final:"): what follows
      changes what was said before. A thing named in a correction is asked
      as it says there, and its mentions before no longer count (see
      :mod:`screener.extraction.corrections`).
    - ``head`` ("experience", "coding"): a comma part that holds a choice
      ("orthopaedic or surgical specialty strongly preferred") goes on with
      the list of the part before it, and its cue speaks of that part too,
      unless that part is whole: it ends with a ``head`` word ("2+ years of
      pro-fee coding experience, orthopaedic or surgical specialty strongly
      preferred": the cue is its own part's). A part that ends otherwise goes
      on ("1 year experience in medical records, ROI or a physician office
      preferred", "Six months of customer service, medical office or front
      desk experience preferred").
    - ``heading_company`` ("and", "of", "highly", "at either level"): may
      stand beside a ``SectionHeading``'s words in a heading line, which is
      still a heading ("Education and Experience", "Highly Desirable",
      "Preferred at either level"); in a line in title case, these words may
      be in lower case.
    - ``without_it`` ("Incumbents who do not hold one of these", "If you
      are not certified when hired, you"): opens a sentence about candidates
      who lack what the sentence before names. A deadline that the sentence's
      required cue gives ("... must obtain one within twelve months") asks
      for what was named by then, as a sentence that opens with the cue does
      ("CCA or CPC desirable at appointment. Incumbents who do not hold one
      must obtain one within 12 months": required, by a stated date).
    - ``old_version`` ("ORIGINAL LISTING (posted 02/19/2025) - no longer
      current"): a line that labels what follows as an earlier version of
      the posting, kept below the current one (a job board's copy of an
      edited listing). What it asked is no longer asked, up to the next rule
      line ("-----") after its text, or the end of the text; unless nothing
      of the field is named outside it (see
      :mod:`screener.extraction.corrections`).
    - ``struck_out`` ("[removed: ...]", "~~CPC~~"): matched in full, text the
      posting marks as taken out; what it names is not asked.
    - ``takes_in_before`` ("everything in", "meets all requirements of the")
      and ``takes_in_after`` ("plus", "requirements, plus"): right before, or
      right after, the name of a lower level of a career ladder in the text
      of the posting's own level, take in that level's requirements ("Tier 2:
      Tier 1 requirements, plus ...": Tier 1's are asked too); and a level so
      named in prose is not another job's (see
      :mod:`screener.extraction.ladder`). ``takes_in_before`` is matched
      ending where the level's name starts, ``takes_in_after`` starting where
      it ends.
    - ``held_before`` ("two years as a", "prior"), ending where a level's
      name starts, and ``held_after`` ("experience"), starting where it
      ends: make the level one held as experience, not another job the
      clause speaks of ("two years as a Coder I" is asked of a Coder II).
    - ``level_of_care`` ("trauma", "NICU"): starting right after a level
      ("a Level I trauma center"), makes it a level of care, no job's level.
    - ``opening_level`` ("This opening is budgeted at", "Job Level:"): in a
      sentence that names one level of a job, says that level is the one
      the posting hires at, when its title names none or several ("Cancer
      Registrar (I/II/Senior)" over "This opening is budgeted at the Cancer
      Registrar II level"): the other levels describe other jobs.
    - ``strength_column`` ("Essential / Desirable", "Status", "Required?"):
      the name of a table's column whose cells give each row its strength,
      matched in full against the header's cell in lower case.
    """

    type: Literal["connective"] = "connective"
    role: Literal[
        "contrast",
        "addition",
        "filler",
        "clause",
        "absolute",
        "predicate",
        "correction",
        "head",
        "heading_company",
        "strength_column",
        "without_it",
        "old_version",
        "struck_out",
        "takes_in_before",
        "takes_in_after",
        "held_before",
        "held_after",
        "level_of_care",
        "opening_level",
    ]

    @model_validator(mode="after")
    def _has_pattern(self) -> Connective:
        _require_pattern(self)
        return self


class OtherWorkSignal(_Rule):
    """Words that show a posting is other work that keeps health records in passing: clinical care ("NMC
    registration", "Registered Nurse").

    Where one is found, the field signals it ``outweighs`` (by default every
    one that only touches the field, ``FieldSignal(confirms_acronyms=False)``:
    "patient records", "clinical records") do not put the posting in scope:
    a nurse keeps patient records as part of the care. A signal that is the
    field's work ("clinical coding", "health records clerk"), one it does not
    outweigh, a credential or a code set still does. With ``in_title``, the
    pattern is looked for in the posting's title alone ("Band 5 Staff
    Nurse", "Physiotherapist"): the title names the work more surely than
    any sentence.
    """

    type: Literal["other_work_signal"] = "other_work_signal"
    outweighs: list[str] | None = Field(
        default=None,
        description="Names of the field signals it outweighs; by default every one that does not confirm acronyms.",
    )
    in_title: bool = Field(
        default=False,
        description="Look for the pattern in the posting's title only (its title as read, else the text's first "
        "line), not in the text.",
    )

    @model_validator(mode="after")
    def _has_pattern(self) -> OtherWorkSignal:
        _require_pattern(self)
        return self


class Abbreviation(_Rule):
    """Words posting writers shorten with a full stop that ends no sentence: "Minimum of 4 yrs. professional-fee
    coding exp., including 1-2 yrs auditing" is one sentence (its share "including 1-2 yrs" is read against the 4).

    The tokenizer keeps each word with its full stop as one token, typed in
    lower case, capitalised or in capitals ("yrs.", "Yrs.", "YRS."). With
    ``only_before``, only where one of its characters follows the full stop
    at once: "etc." ends a sentence as often as not, but not in "(CPC, CCA,
    etc.)" or "etc., is". With ``before_lower_case``, the sentence splitter
    also goes on past the full stop where a word in lower case follows, which
    the tokenizer cannot see (it reads one chunk between spaces at a time).
    """

    type: Literal["abbreviation"] = "abbreviation"
    words: list[str] = Field(
        default_factory=list, description="The words, in lower case and without their full stop: ['yrs', 'exp']."
    )
    only_before: str = Field(
        default="",
        description="Characters one of which must follow the full stop at once; empty: wherever the word stands.",
    )
    before_lower_case: bool = Field(
        default=False,
        description="Also no sentence ends at the full stop where the next word starts in lower case: "
        "'Word, Excel and Outlook etc. are essential'.",
    )

    @model_validator(mode="after")
    def _has_words(self) -> Abbreviation:
        if self.enabled and not self.words:
            raise ValueError("an abbreviation rule needs words")
        for word in self.words:
            if not word or word != word.lower() or any(c.isspace() or c == "." for c in word):
                raise ValueError(f"an abbreviation is one word in lower case without its full stop, not {word!r}")
        if any(c.isspace() or c.isalnum() for c in self.only_before):
            raise ValueError(f"only_before holds punctuation only, not {self.only_before!r}")
        return self


ContextRule: TypeAlias = Annotated[
    StrengthCue
    | SectionHeading
    | Dismissal
    | AnyOfCue
    | ListGap
    | SenseSignal
    | FieldSignal
    | OtherWorkSignal
    | Eligibility
    | Connective
    | Abbreviation,
    Field(discriminator="type"),
]
RULE_ADAPTER: TypeAdapter[ContextRule] = TypeAdapter(ContextRule)
RULE_TYPES = (
    StrengthCue,
    SectionHeading,
    Dismissal,
    AnyOfCue,
    ListGap,
    SenseSignal,
    FieldSignal,
    OtherWorkSignal,
    Eligibility,
    Connective,
    Abbreviation,
)


def _require_pattern(rule: _Rule) -> None:
    if not rule.pattern and rule.enabled:
        raise ValueError(f"a {rule.type} rule needs a pattern")  # type: ignore[attr-defined]


def _fill(pattern: str, values: Mapping[str, str]) -> str:
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], pattern)


# --------------------------------------------------------------------------- precedence

#: ``doc.user_data`` key of the names of the field signals whose phrases the posting holds (set by the pipeline).
FIELD_SIGNALS_FOUND = "screener.field_signals"

#: ``doc.user_data`` key of the start characters of the credential and code-set acronyms the posting types in lower
#: case ("cpc, coc or ccs-p required"; set by the pipeline): each reads as the acronym only in the field's postings.
LOWER_CASE_ACRONYMS = "screener.lower_case_acronyms"

#: The steps that decide a mention's strength, in order; the first that decides wins.
#:
#: - ``dismissals``: a :class:`Dismissal` rule in its scope, or a section of role
#:   ``benefits``: the mention asks nothing;
#: - ``cue:segment``, ``cue:clause``: the nearest :class:`StrengthCue` in the
#:   mention's comma-separated part, then in its clause;
#: - ``hedged_section``: in a section of role ``possible`` ("... may include:"), with
#:   no cue so far: the mention asks nothing;
#: - ``cue:sentence``: the nearest cue in the sentence;
#: - ``section``: the section's role, where it has a strength (``preferred``);
#: - ``default``: ``required``: a posting lists what it asks for.
DEFAULT_PRECEDENCE: tuple[str, ...] = (
    "dismissals",
    "cue:segment",
    "cue:clause",
    "hedged_section",
    "cue:sentence",
    "section",
    "default",
)
#: When two cues are equally near, the one of the strength listed first wins.
CUE_TIE_ORDER: tuple[Strength, ...] = ("not_required", "preferred", "required")
#: The strength a mention takes from the role of its section at the ``section`` step.
ROLE_STRENGTH: Mapping[str, Strength] = {"preferred": "preferred"}
#: How far before a mention a ``before`` rule (scope or position) is looked for, in characters.
BEFORE_REACH = 60
#: Reasons given for what the layout itself (not a rule) dismisses.
LAYOUT_REASONS = {
    "benefits_section": "under a benefits heading",
    "excluded_section": "listed as what makes a candidate ineligible",
    "not_asked_section": "listed as what the job does not ask",
    "progression_section": "listed as what moves a holder of the job up a level, not what the job asks",
    "other_postings_section": "listed among the other jobs or searches the page shows, not this job's",
    "possible_section": 'listed as a possibility ("... may include:")',
    "title": "in the posting's title line",
    "post_name": "it names the post, as the title does",
    "lookalike_cue": "its sentence suggests another meaning of the acronym",
    "outside_the_field": "an acronym with other meanings, in a posting that shows nothing else of the field",
    "another_sense_here": "the posting uses the acronym in another sense elsewhere, and nothing here says otherwise",
    "lower_case_outside_the_field": "an acronym typed in lower case, in a posting that shows nothing else of the field",
    "ends_a_name": "it ends a capitalised name: an organisation, not the credential",
    "names_a_company": "the posting names a company with it ({name!r}): the organisation, not the credential",
    "spelled_out": "the posting spells it out as {long_form!r}, another meaning",
    "other_level": "asked of another level of the career ladder the posting lists, not the level it is for",
    "other_opening": "asked by another of the numbered openings the posting lists, not the one it was saved for",
    "earlier_message": "in an earlier message the saved e-mail quotes, not in its newest text",
    "old_version": "in an earlier version of the posting kept below the current one, no longer what it asks",
    "struck_out": "struck out of the posting: text it marks as removed",
}


# --------------------------------------------------------------------------- the compiled rule set


@dataclass(frozen=True)
class CompiledRule:
    """A rule with its pattern compiled (placeholders filled), and the literals one of which any match holds."""

    rule: Any
    regex: re.Pattern[str] | None
    literals: frozenset[str] | None = None


@dataclass
class RuleSet:
    """The enabled rules of every plugin, compiled once per :class:`screener.Screener`.

    :param rules: the rules in the order they apply (built-in plugins first).
    :param issuers: credential issuers of the knowledge base, for ``{ISSUER}``.
    """

    rules: Sequence[Any] = ()
    issuers: Sequence[str] = ()
    precedence: tuple[str, ...] = DEFAULT_PRECEDENCE
    owners: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = [step for step in self.precedence if step not in _STEPS]
        if unknown:
            raise ValueError(f"unknown precedence step(s) {unknown}; known: {sorted(_STEPS)}")

    @cached_property
    def _values(self) -> dict[str, str]:
        issuers = sorted({i.lower() for i in self.issuers if i.strip()}, key=lambda i: (-len(i), i))
        alternation = "|".join(re.escape(i) for i in issuers) or r"(?!x)x"
        return {"ISSUER": f"(?:{alternation})"}

    def _compiled(self, rule: Any) -> CompiledRule:
        """The rule's pattern compiled; a rule that looks right before a mention must end where the search ends."""
        found = self._compiled_rules.get(rule.name)
        if found is not None and found.rule is rule:
            return found
        if not rule.pattern:
            found = CompiledRule(rule, None)
        else:
            pattern = _fill(rule.pattern, self._values) if not rule.case_sensitive else rule.pattern
            if getattr(rule, "scope", None) == "before" or getattr(rule, "position", None) == "before":
                pattern = f"(?:{pattern})$"
            found = CompiledRule(rule, re.compile(boundary_first(pattern)), required_literals(pattern))
        self._compiled_rules[rule.name] = found
        return found

    @cached_property
    def _compiled_rules(self) -> dict[str, CompiledRule]:
        return {}

    @cached_property
    def literal_index(self) -> LiteralIndex:
        """The words rules and plugins ask each posting about, found in one pass (:mod:`screener.core.literals`)."""
        return LiteralIndex()

    def named(self, name: str) -> Any | None:
        """The enabled rule called ``name``, if any."""
        return next((r for r in self.rules if r.name == name and r.enabled), None)

    def of_type(self, rule_type: type[Any]) -> list[Any]:
        return [r for r in self.rules if isinstance(r, rule_type) and r.enabled]

    # -- strength cues: one alternation per strength, in CUE_TIE_ORDER

    @cached_property
    def cue_patterns(self) -> tuple[tuple[int, Strength, str, re.Pattern[str]], ...]:
        """``(tie order, strength, direction, pattern)`` for every strength and direction that has cues.

        The cues of one strength and direction are joined into one
        alternation, in rule order: one pass over a sentence finds them all.
        """
        grouped: dict[tuple[Strength, str], list[str]] = {}
        for rule in self.of_type(StrengthCue):
            grouped.setdefault((rule.strength, rule.direction), []).append(_fill(rule.pattern, self._values))
        result = []
        for (strength, direction), patterns in grouped.items():
            order = CUE_TIE_ORDER.index(strength)
            joined = patterns[0] if len(patterns) == 1 else "|".join(f"(?:{p})" for p in patterns)
            result.append((order, strength, direction, re.compile(boundary_first(joined))))
        return tuple(sorted(result, key=lambda r: (r[0], r[2])))

    def cue_rule_at(self, strength: Strength, lower: str, start: int, end: int) -> StrengthCue | None:
        """The cue rule whose pattern found ``lower[start:end]`` (for explanations)."""
        for rule in self.of_type(StrengthCue):
            if rule.strength == strength and self._compiled(rule).regex.fullmatch(lower, start, end):  # type: ignore[union-attr]
                return rule
        return None

    # -- section headings

    @cached_property
    def headings(self) -> tuple[tuple[Role, re.Pattern[str], bool], ...]:
        """``(role, pattern, topic)`` of the heading rules, the highest priority first."""
        return self._headings("heading")

    @cached_property
    def heading_words_memo(self) -> dict[str, bool]:
        """Whether each short lower-case line read so far is a heading's words and nothing else."""
        return {}

    @cached_property
    def heading_memo(self) -> dict[str, tuple[Role, bool] | None]:
        """What the heading rules said of each heading line read so far (the extraction's reader fills it).

        Postings of one source share their headings ("Main duties of the
        job", "Person Specification"): each is looked up once, not once a posting.
        """
        return {}

    @cached_property
    def lead_ins(self) -> tuple[tuple[Role, re.Pattern[str], bool], ...]:
        return self._headings("lead_in")

    def _headings(self, where: str) -> tuple[tuple[Role, re.Pattern[str], bool], ...]:
        rules = [r for r in self.of_type(SectionHeading) if r.where == where]
        ordered = sorted(enumerate(rules), key=lambda item: (-item[1].priority, item[0]))
        return tuple((rule.role, self._compiled(rule).regex, rule.topic) for _, rule in ordered)  # type: ignore[misc]

    # -- dismissals

    @cached_property
    def dismissals(self) -> tuple[CompiledRule, ...]:
        return tuple(self._compiled(r) for r in self.of_type(Dismissal))

    def unless(self, rule: Dismissal) -> re.Pattern[str] | None:
        """The compiled ``unless`` pattern of a dismissal rule."""
        if rule.unless is None:
            return None
        found = self._unless.get(rule.name)
        if found is None:
            found = self._unless[rule.name] = re.compile(_fill(rule.unless, self._values))
        return found

    @cached_property
    def _unless(self) -> dict[str, re.Pattern[str]]:
        return {}

    def up_to(self, rule: Dismissal) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
        """The compiled ``pattern`` and ``up_to`` of an ``up_to`` dismissal, both matched per line
        (``re.MULTILINE``: "^" and "$" are a line's start and end)."""
        if rule.up_to is None or rule.pattern is None:
            return None
        found = self._up_to.get(rule.name)
        if found is None:
            found = self._up_to[rule.name] = (
                re.compile(_fill(rule.pattern, self._values), re.MULTILINE),
                re.compile(_fill(rule.up_to, self._values), re.MULTILINE),
            )
        return found

    @cached_property
    def _up_to(self) -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
        return {}

    # -- any-of

    def any_of(self, scope: str) -> tuple[CompiledRule, ...]:
        """The any-of rules of one scope, compiled (``regex`` is ``None`` for ``path`` rules)."""
        return self._any_of.get(scope, ())

    @cached_property
    def _any_of(self) -> dict[str, tuple[CompiledRule, ...]]:
        found: dict[str, list[CompiledRule]] = {}
        for rule in self.of_type(AnyOfCue):
            found.setdefault(rule.scope, []).append(self._compiled(rule))
        return {scope: tuple(rules) for scope, rules in found.items()}

    # -- connectives

    def connective(self, role: str) -> re.Pattern[str] | None:
        """One pattern for the connectives of ``role`` ("contrast", "addition"); ``None`` when there are none."""
        found = self._connectives.get(role, _NONE_YET)
        if found is _NONE_YET:
            patterns = [_fill(r.pattern, self._values) for r in self.of_type(Connective) if r.role == role]
            joined = "|".join(f"(?:{p})" for p in patterns)
            found = self._connectives[role] = re.compile(boundary_first(joined)) if patterns else None
        return found  # type: ignore[return-value]

    @cached_property
    def only_cue_company(self) -> re.Pattern[str]:
        """What, beside cue words, leaves a stretch of text saying nothing more: punctuation and ``filler`` words."""
        fillers = [_fill(r.pattern, self._values) for r in self.of_type(Connective) if r.role == "filler"]
        return re.compile(r"(?:[\W_]" + "".join(f"|(?:{p})" for p in fillers) + ")*")

    @cached_property
    def _connectives(self) -> dict[str, re.Pattern[str] | None]:
        return {}

    # -- lists, credential signals, eligibility

    @cached_property
    def list_gaps(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compiled.regex for compiled in self.list_gap_rules)  # type: ignore[misc]

    @cached_property
    def list_gap_rules(self) -> tuple[CompiledRule, ...]:
        """The ``ListGap`` rules compiled: a case-sensitive one is matched against the text as written."""
        return tuple(self._compiled(r) for r in self.of_type(ListGap))

    def sense_signal(self, kind: str, *, general: bool = False) -> tuple[re.Pattern[str] | None, int]:
        """One pattern for every sense signal of ``kind`` (and the issuers), and the widest window.

        ``general``: only the signals for every kind (no ``kinds``): what
        says an acronym is a credential rather than the other meaning its
        sentence suggests ("CTR of 3%"), where a word of its own kind
        ("codes" near "ICD-O") cannot tell the two apart.
        """
        found = self._sense_signals.get((kind, general))
        if found is None:
            rules = [r for r in self.of_type(SenseSignal) if r.applies_to(kind) and (r.kinds is None or not general)]
            parts = [_fill(r.pattern, self._values) for r in rules]
            if self.issuers:
                parts.append(r"\b" + self._values["ISSUER"] + r"\b")
            pattern = re.compile("|".join(f"(?:{p})" for p in parts)) if parts else None
            found = self._sense_signals[(kind, general)] = (pattern, max((r.window for r in rules), default=30))
        return found

    @cached_property
    def _sense_signals(self) -> dict[tuple[str, bool], tuple[re.Pattern[str] | None, int]]:
        return {}

    @cached_property
    def field_signals(self) -> tuple[CompiledRule, ...]:
        """The field signals that have a pattern, compiled (those with phrases only are found with the vocabulary)."""
        return tuple(self._compiled(r) for r in self.of_type(FieldSignal) if r.pattern)

    @cached_property
    def field_phrases(self) -> tuple[tuple[str, str], ...]:
        """``(rule name, phrase)`` for every phrase of every field signal: the pipeline looks for them."""
        return tuple((r.name, phrase) for r in self.of_type(FieldSignal) for phrase in r.phrases)

    @cached_property
    def other_work_signals(self) -> tuple[CompiledRule, ...]:
        """The other-work signals, compiled: with one found, words that only touch the field show nothing."""
        return tuple(self._compiled(r) for r in self.of_type(OtherWorkSignal))

    @cached_property
    def confirming_field_signals(self) -> frozenset[str]:
        """Names of the field signals that confirm acronyms' field senses."""
        return frozenset(r.name for r in self.of_type(FieldSignal) if r.confirms_acronyms)

    @cached_property
    def eligibility(self) -> tuple[tuple[CompiledRule, ...], tuple[CompiledRule, ...]]:
        """The eligibility rules that look right before a mention, and those that look right after it."""
        rules = self.of_type(Eligibility)
        before = tuple(self._compiled(r) for r in rules if r.position == "before")
        after = tuple(self._compiled(r) for r in rules if r.position == "after")
        return before, after

    @cached_property
    def abbreviations_before_lower_case(self) -> tuple[str, ...]:
        """The words of the :class:`Abbreviation` rules whose full stop ends no sentence before a word in lower
        case (``before_lower_case``)."""
        return tuple(
            sorted({word for rule in self.of_type(Abbreviation) if rule.before_lower_case for word in rule.words})
        )

    @cached_property
    def tokenizer_special_cases(self) -> dict[str, tuple[str, ...]]:
        """The tokenizer's special cases the :class:`Abbreviation` rules ask for: each form, and its tokens."""
        cases: dict[str, tuple[str, ...]] = {}
        for rule in self.of_type(Abbreviation):
            for word in rule.words:
                for form in {f"{word}.", f"{word.capitalize()}.", f"{word.upper()}."}:
                    if rule.only_before:
                        cases.update({form + mark: (form, mark) for mark in rule.only_before})
                    else:
                        cases[form] = (form,)
        return cases


_STEPS = {"dismissals", "cue:segment", "cue:clause", "hedged_section", "cue:sentence", "section", "default"}


def parse_rule(item: Any) -> Any:
    """A rule model from what a plugin returned: a rule, or a dict with ``type``."""
    if isinstance(item, RULE_TYPES):
        return item
    if isinstance(item, BaseModel):
        item = item.model_dump()
    return RULE_ADAPTER.validate_python(item)


def rule_problems(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(p) for p in err['loc']) or '(rule)'}: {err['msg']}" for err in exc.errors())


def merge_rules(
    contributions: Iterable[tuple[str, bool, Sequence[Any]]], describe: Callable[[str], str] = str
) -> tuple[list[Any], dict[str, str], list[tuple[str, str]]]:
    """Merge the rules of every plugin: ``(plugin, builtin, rules)`` in order, built-ins first.

    A rule named like a rule of a built-in plugin replaces it, in its place,
    and a notice says so; two third-party plugins (or two built-ins, or one
    plugin twice) using one name is a :class:`DuplicateDefinitionError`
    naming both. Returns the rules, the plugin owning each rule by name, and
    the notices as ``(plugin, message)``.
    """
    from screener.core.errors import DuplicateDefinitionError

    rules: dict[str, Any] = {}
    owners: dict[str, str] = {}
    from_builtin: dict[str, bool] = {}
    notices: list[tuple[str, str]] = []
    for plugin, builtin, items in contributions:
        for rule in items:
            previous = owners.get(rule.name)
            if previous is not None:
                if previous == plugin or not from_builtin[rule.name] or builtin:
                    raise DuplicateDefinitionError(
                        f"context rule {rule.name!r} is defined by both plugin {describe(previous)} and plugin "
                        f"{describe(plugin)}; rename one, or uninstall or disable one of the plugins",
                        plugins=(previous, plugin),
                    )
                notices.append(
                    (plugin, f"replaces the built-in context rule {rule.name!r} of plugin {describe(previous)}")
                )
            rules[rule.name] = rule  # a replacement keeps the place of the rule it replaces
            owners[rule.name] = plugin
            from_builtin[rule.name] = builtin
    return list(rules.values()), owners, notices


# --------------------------------------------------------------------------- prefilters


def boundary_first(pattern: str) -> str:
    """``pattern`` with one ``\\b`` before it when every alternative of it starts with one; else as it is.

    The same matches, found several times faster: ``\\bnice|\\bbonus|...``
    makes the search try every alternative at every position of the text,
    each failing at its ``\\b``; with one ``\\b`` in front, the positions
    inside words fail once and the alternatives are tried at word starts
    only. (``\\b`` twice at one place is ``\\b`` once.)
    """
    try:
        from re import _parser  # type: ignore[attr-defined]

        if not _starts_at_a_word_boundary(list(_parser.parse(pattern))):
            return pattern
        factored = rf"\b(?:{pattern})"
        re.compile(factored)  # a pattern with global flags ("(?i)...") cannot go inside a group
    except Exception:
        return pattern
    return factored


def _starts_at_a_word_boundary(items: list[Any]) -> bool:
    from re import _constants as c  # type: ignore[attr-defined]

    if not items:
        return False
    op, argument = items[0]
    if op is c.AT:
        return argument is c.AT_BOUNDARY
    if op is c.BRANCH:
        return all(_starts_at_a_word_boundary(list(branch)) for branch in argument[1])
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, sub = argument
        return not (add_flags or del_flags) and _starts_at_a_word_boundary(list(sub))
    return False


_NO_LITERALS = None


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which every text ``pattern`` matches in contains, or ``None`` when that cannot be told.

    A cheap test before a regular expression runs: when none of them is in
    a posting, the pattern cannot match anywhere in it, and the search is
    skipped (``"OR" in text`` before looking for federal "OR" lines). Worked
    out from the parsed pattern (literal runs, alternatives, required
    repeats, and lookaheads and lookbehinds that must hold, whose strings are
    in the text if not in the match); anything unusual gives ``None``, which
    means "always search".
    """
    try:
        from re import _parser  # type: ignore[attr-defined]

        return _literals_of(list(_parser.parse(pattern)))
    except Exception:
        return _NO_LITERALS


def _literals_of(items: list[Any]) -> frozenset[str] | None:
    from re import _constants as c  # type: ignore[attr-defined]

    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, argument in items:
        if op is c.LITERAL:
            run.append(chr(argument))
            continue
        close_run()
        found: frozenset[str] | None = None
        if op is c.SUBPATTERN:
            _group, add_flags, _del_flags, sub = argument
            if add_flags & (c.SRE_FLAG_IGNORECASE | c.SRE_FLAG_VERBOSE):
                return None
            found = _literals_of(list(sub))
        elif op is c.BRANCH:
            branches = [_literals_of(list(branch)) for branch in argument[1]]
            if all(b is not None for b in branches):
                found = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = argument
            if low >= 1:
                found = _literals_of(list(sub))
        elif op is c.ATOMIC_GROUP if hasattr(c, "ATOMIC_GROUP") else False:
            found = _literals_of(list(argument))
        elif op is c.ASSERT:
            # a lookahead or lookbehind that must hold: what it looks for is in the posting too, if not in the match
            # (a summary's heading, then its note that a machine wrote it: "generated" is what the posting must hold)
            _direction, sub = argument
            found = _literals_of(list(sub))
        if found:
            candidates.append(found)
    close_run()
    if not candidates:
        return None
    best = max(candidates, key=lambda lits: (min(map(len, lits)), -len(lits)))
    # a literal that holds another one of the set adds nothing: the shorter one is there whenever it is
    return frozenset(lit for lit in best if not any(other != lit and other in lit for other in best))
