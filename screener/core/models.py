"""The data the screener reads, knows and produces, as pydantic models.

Everything that crosses the plugin boundary is one of these models, so a
plugin's return value can be validated and a validation error can name the
plugin and the field. ``json_schema(name)`` exports any of them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Final, Literal, TypeAlias, get_args

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    SerializerFunctionWrapHandler,
    StringConstraints,
    Tag,
    TypeAdapter,
    field_validator,
    model_serializer,
    model_validator,
)

SCHEMA_VERSION: Final = 1

EducationLevel: TypeAlias = Literal["high_school", "certificate", "associate", "bachelor", "master", "doctorate"]
#: Education levels from lowest to highest; a higher level satisfies a lower one.
EDUCATION_LEVELS: tuple[EducationLevel, ...] = get_args(EducationLevel)
#: What each education level is called in sentences for people.
EDUCATION_LEVEL_NAMES: dict[EducationLevel, str] = {
    "high_school": "high school diploma",
    "certificate": "certificate",
    "associate": "associate degree",
    "bachelor": "bachelor's degree",
    "master": "master's degree",
    "doctorate": "doctorate",
}

Strength: TypeAlias = Literal["required", "preferred", "not_required"]
#: A kind of requirement: the built-in ones (:data:`BUILTIN_KINDS`) or one a plugin's skills name by their
#: ``category`` (a lower-case word: "license", "clearance"...). Kinds are open so a plugin can add one.
RequirementKind: TypeAlias = str
#: A skill's category, which becomes the kind of the requirements for it.
SkillCategory: TypeAlias = str
#: The kinds the screener itself knows; skills use the last three, or a category of a plugin's own.
BUILTIN_KINDS: tuple[str, ...] = ("credential", "education", "experience", "coding_system", "software", "skill")
#: Kinds with a model of their own: a skill's category may be anything else.
_OWN_MODEL_KINDS = frozenset({"credential", "education", "experience"})
_KIND_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


def _skill_kind(value: str) -> str:
    """A skill's category, and the kind of requirements for it: a lower-case name, not one with its own model."""
    if not _KIND_NAME.match(value) or value in _OWN_MODEL_KINDS:
        raise ValueError(
            f"category {value!r} must be a lower-case name (letters, digits, _) other than "
            f"{', '.join(sorted(_OWN_MODEL_KINDS))}: e.g. 'coding_system', 'software', 'skill' or one of your own"
        )
    return value


_CREDENTIAL_ID = re.compile(r"^[A-Z0-9][A-Z0-9&/.+-]*$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _clean_terms(values: list[str]) -> list[str]:
    cleaned = []
    for value in values:
        value = value.strip()
        if not value:
            raise ValueError("aliases must not be empty strings")
        cleaned.append(value)
    return cleaned


# --------------------------------------------------------------------------- knowledge


class Prerequisite(_Model):
    """One documented condition for earning a credential.

    Alternatives (any one route suffices) share a ``route`` label; items with
    no route all apply. ``required=False`` marks something the issuer only
    recommends.
    """

    kind: Literal["education", "accreditation", "experience", "membership", "exam", "credential", "other"]
    description: str
    required: bool = True
    route: str | None = None
    education: EducationLevel | None = None
    accreditation: str | None = None
    years: float | None = None
    credential: str | None = None
    source: str | None = None
    verified: bool = True

    @classmethod
    def holding(cls, credential: str, *, source: str | None = None, verified: bool = True) -> Prerequisite:
        """A route that consists of holding another credential ("Hold the RHIT"), its route named after it."""
        return cls(
            kind="credential",
            description=f"Hold the {credential}",
            credential=credential,
            route=credential.lower(),
            source=source,
            verified=verified,
        )


class Renewal(_Model):
    """How a credential is kept active."""

    ceus: float | None = None
    cycle_years: float | None = None
    description: str | None = None
    source: str | None = None
    verified: bool = True


class Lookalike(_Model):
    """Another meaning of a short alias, and the words that give it away.

    "COC" is also the Commission on Cancer ("CoC-accredited program"), "CTR"
    a click-through rate, "CRC" colorectal cancer. A mention whose sentence
    contains one of ``cues`` (case-insensitive, matched at the start of a
    word, so "accredit" also matches "accredited") is not this credential or
    skill, unless the words right around it say it is one ("certified",
    "certification", "credential", an issuer's name) or it is listed with
    other credentials ("CRC or CPC").
    """

    meaning: str
    cues: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(
        default_factory=list,
        description="The aliases this applies to; empty means every acronym (alias with no lower-case letter).",
    )
    everywhere: bool = Field(
        default=False,
        description="The other meanings are so common (ACS: the American College of Surgeons, the American "
        "Cancer Society) that every mention is doubtful: it counts only with a credential signal right around "
        "it or listed with other credentials, whatever the sentence says. No cues are needed then.",
    )

    @model_validator(mode="after")
    def _has_cues(self) -> Lookalike:
        if not self.cues and not self.everywhere:
            raise ValueError("a lookalike needs cues (words that give the other meaning away), or everywhere=True")
        return self


class Issuer(_Model):
    """A body that awards credentials, current or historical.

    ``historical`` marks a body that no longer awards credentials (it closed
    or merged): credentials from it still appear on résumés, and ``note``
    says what became of it. Issuers are what ``screener credentials`` lists
    beside the credentials. Their ids and full names are what ``{ISSUER}``
    stands for in context rules, and a full name's words are no mention of
    the terms in them; an issuer is never a requirement itself.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    historical: bool = False
    note: str | None = None
    url: str | None = None
    sources: list[str] = Field(default_factory=list)
    verified: bool = True

    @field_validator("id")
    @classmethod
    def _id_is_upper_acronym(cls, value: str) -> str:
        if not _CREDENTIAL_ID.match(value):
            raise ValueError(f"issuer id {value!r} must be the body's acronym in upper case, e.g. 'AHIMA' or 'BMSC'")
        return value


class Credential(_Model):
    """A professional credential a posting can ask for (RHIT, CPC, ...).

    Only ``id``, ``name``, ``issuer`` and ``aliases`` are needed; the rest is
    the documented knowledge that scoring uses. The id is the issuer's acronym
    in upper case. The id and the name are always recognised in text, so
    ``aliases`` lists the *other* spellings employers use.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    issuer: str
    aliases: list[str] = Field(default_factory=list)
    prerequisites: list[Prerequisite] = Field(default_factory=list)
    prerequisites_note: str | None = Field(
        default=None, description='Said instead of prerequisites when none are documented ("none documented").'
    )
    implies_education: EducationLevel | None = None
    supersedes: list[str] = Field(
        default_factory=list, description="Credentials this one replaces, where the issuer says so (RHIA over RHIT)."
    )
    equivalent_to: list[str] = Field(
        default_factory=list,
        description="Credentials that count as this one: a rename (ODS-C, formerly CTR). A posting that names "
        'both side by side ("ODS-C (CTR)") asks for one of them.',
    )
    equivalence: str | None = Field(
        default=None,
        description='Why the credentials in equivalent_to count as this one, for people ("NCRA renamed the CTR '
        'to ODS-C in 2024"); shown in assessments and `screener credentials ID`.',
    )
    equivalence_source: str | None = Field(default=None, description="Where the equivalence is documented.")
    apprentice_of: str | None = Field(
        default=None,
        description="The full credential this is the apprentice form of (CPC-A -> CPC): the same exam, "
        "without the verified experience.",
    )
    renewal: Renewal | None = None
    lookalikes: list[Lookalike] = Field(default_factory=list)
    url: str | None = None
    sources: list[str] = Field(default_factory=list)
    verified: bool = True

    @field_validator("id")
    @classmethod
    def _id_is_upper_acronym(cls, value: str) -> str:
        if not _CREDENTIAL_ID.match(value):
            raise ValueError(
                f"credential id {value!r} must be the issuer's acronym in upper case "
                "(letters, digits and - / . + &), e.g. 'RHIT' or 'CCS-P'"
            )
        return value

    @field_validator("aliases")
    @classmethod
    def _aliases_not_empty(cls, value: list[str]) -> list[str]:
        return _clean_terms(value)


class Skill(_Model):
    """A coding system, a piece of software or another skill a posting can ask for.

    ``broader`` names the families this skill belongs to: ``ICD-10-CM`` is in
    the ``ICD-10`` family, so a posting that only says "ICD-10" is met by it.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    name: str
    category: SkillCategory = Field(
        description="coding_system, software, skill, or a category of the plugin's own (a lower-case name): "
        "it becomes the kind of the requirements found for it."
    )
    aliases: list[str] = Field(default_factory=list)
    broader: list[str] = Field(default_factory=list)
    lookalikes: list[Lookalike] = Field(default_factory=list)
    as_written: list[str] = Field(
        default_factory=list,
        description="Of the id, the name and the aliases, those matched only as written, in their case: a name "
        'whose lower-case form is an ordinary word or a place ("VistA", not "a vista" or "Chula Vista"). '
        "Names with no lower-case letter are matched as written anyway.",
    )
    url: str | None = None
    sources: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _as_written_names_its_own(self) -> Skill:
        own = {self.id, self.name, *self.aliases}
        strangers = [name for name in self.as_written if name not in own]
        if strangers:
            raise ValueError(f"as_written names {strangers!r}, which are not the skill's id, name or aliases")
        return self

    @field_validator("category")
    @classmethod
    def _category_is_a_kind(cls, value: str) -> str:
        return _skill_kind(value)

    @field_validator("id")
    @classmethod
    def _id_not_blank(cls, value: str) -> str:
        if not value.strip() or value != value.strip():
            raise ValueError(f"skill id {value!r} must be non-empty with no surrounding spaces")
        return value

    @field_validator("aliases")
    @classmethod
    def _aliases_not_empty(cls, value: list[str]) -> list[str]:
        return _clean_terms(value)


# --------------------------------------------------------------------------- postings


class Posting(_Model):
    """A job posting as a reader produced it: the text and what is known about it."""

    text: str
    source: str | None = None
    title: str | None = None
    organization: str | None = None
    url: str | None = None
    date_posted: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)


class Evidence(_Model):
    """A stretch of the posting text: ``posting.text[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError("evidence text length does not match end - start")
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Evidence:
        """Evidence for ``text[start:end]`` of a posting text."""
        return cls(text=text[start:end], start=start, end=end)


class _RequirementBase(_Model):
    """Fields every requirement has.

    A plugin returns requirements with ``mention`` set (the words that name
    the requirement). ``strength`` and ``evidence`` may be left out: the core
    then reads them from the sentence and section around the mention, the same
    way for every plugin.
    """

    id: str
    strength: Strength | None = None
    evidence: Evidence | None = None
    mention: Evidence
    path: int | None = Field(
        default=None,
        description="When the posting lists alternative qualification paths (OR-separated, or 'either:' lists), "
        "the number of the path this sits in, 1 being the first listed; set by the screener.",
    )

    @model_serializer(mode="wrap")
    def _kind_first(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """JSON reads kind, id, strength, the kind's own fields, then evidence and mention."""
        data = handler(self)
        head = {key: data.pop(key) for key in ("kind", "id", "strength") if key in data}
        tail = {key: data.pop(key) for key in ("path", "evidence", "mention") if key in data}
        return {**head, **data, **tail}


class CredentialRequirement(_RequirementBase):
    kind: Literal["credential"] = "credential"
    any_of: str | None = None
    accepts_eligible: bool = False
    within_months: float | None = None


class SkillRequirement(_RequirementBase):
    """A coding system, software or other skill, or a kind of a plugin's own; ``kind`` says which."""

    kind: str
    any_of: str | None = None

    @field_validator("kind")
    @classmethod
    def _kind_is_a_skill_kind(cls, value: str) -> str:
        return _skill_kind(value)


class EducationRequirement(_RequirementBase):
    """``id`` is the education level.

    Alternative paths ("associate degree or a coding certificate") share an
    ``any_of`` group; education requirements not in a group all apply.
    """

    kind: Literal["education"] = "education"
    id: EducationLevel
    any_of: str | None = None
    field: str | None = None
    accreditation: str | None = None
    or_equivalent_experience: bool = False


class ExperienceRequirement(_RequirementBase):
    """``id`` names what the experience is in (``coding``, ``general`` ...)."""

    kind: Literal["experience"] = "experience"
    years: float = Field(ge=0)
    subject: str | None = None
    any_of: str | None = Field(
        default=None,
        description="A group shared with a requirement of another kind that the posting offers as the other choice "
        '("Bachelor\'s degree or 4 years of experience"): either is enough.',
    )


def _requirement_tag(value: Any) -> str:
    """Which model a requirement is: by its kind; every kind but the three with a model of their own is a skill's."""
    kind = value.get("kind") if isinstance(value, dict) else getattr(value, "kind", None)
    return kind if kind in _OWN_MODEL_KINDS else "skill"


Requirement: TypeAlias = Annotated[
    Annotated[CredentialRequirement, Tag("credential")]
    | Annotated[EducationRequirement, Tag("education")]
    | Annotated[ExperienceRequirement, Tag("experience")]
    | Annotated[SkillRequirement, Tag("skill")],
    Discriminator(_requirement_tag),
]
REQUIREMENT_ADAPTER: TypeAdapter[Requirement] = TypeAdapter(Requirement)
REQUIREMENT_TYPES = (CredentialRequirement, SkillRequirement, EducationRequirement, ExperienceRequirement)


class ErrorRecord(_Model):
    """Something that went wrong with one posting; the rest of the batch goes on.

    ``code`` says what kind of failure: ``read_error`` (the source could not
    be read), ``no_reader`` (no reader plugin handles that kind of source),
    ``too_large`` (the posting is longer than the screener's
    ``max_posting_chars``), ``plugin_error`` (a plugin raised or returned
    bad data: ``plugin`` and ``hook`` say which; a reader's fault has hook
    ``screener_read``), ``worker_died`` (with several processes, the worker
    process reading and extracting the posting died: a plugin ended it, or
    the out-of-memory killer) or ``internal_error``.
    """

    code: Literal["read_error", "no_reader", "too_large", "plugin_error", "worker_died", "internal_error"] = (
        "internal_error"
    )
    source: str | None = None
    plugin: str | None = None
    hook: str | None = None
    message: str

    @property
    def is_read_failure(self) -> bool:
        """Whether the posting was never read (so there is nothing to screen): the source or its reader failed."""
        return self.code in ("read_error", "no_reader", "too_large", "worker_died") or self.hook == "screener_read"


class DismissedMention(_Model):
    """A mention of a credential or skill that was not read as a requirement, and why (``extract --explain``).

    ``reason`` says why in words ("a benefit the employer offers", "in the
    posting's title line"); ``rule`` names the context rule that said so,
    when one did.
    """

    kind: str
    id: str
    mention: Evidence
    reason: str
    rule: str | None = None


class Extraction(_Model):
    """What one posting asks of the candidate. Its JSON form is versioned."""

    schema_version: Literal[1] = SCHEMA_VERSION
    source: str | None = None
    title: str | None = None
    in_scope: bool = Field(
        default=False,
        description="Whether the posting asks for anything of health-information work; false for an empty or "
        "off-topic posting, which is then never a good fit.",
    )
    requirements: list[Requirement] = Field(default_factory=list)
    errors: list[ErrorRecord] = Field(default_factory=list)
    dismissed: list[DismissedMention] = Field(
        default_factory=list,
        exclude=True,
        description="Vocabulary mentions not read as requirements, with why; in JSON only with extract --explain.",
    )

    @property
    def ok(self) -> bool:
        return not self.errors

    def of_kind(self, kind: RequirementKind) -> list[Requirement]:
        return [r for r in self.requirements if r.kind == kind]

    def ids(self, kind: RequirementKind) -> list[str]:
        return [r.id for r in self.requirements if r.kind == kind]

    def minimum_education(self, strength: Strength = "required") -> EducationLevel | None:
        """The lowest education level the posting's path of that strength accepts.

        Every ungrouped education requirement applies, and each ``any_of``
        group is met by its lowest member: the answer is the highest of those.
        "High school diploma, and a coding certificate or an associate degree"
        -> ``certificate``. A preferred level is one above the required level:
        "Associate degree required. Graduation from an accredited registry
        program preferred" prefers a program, not a level, and gives ``None``.
        A group that experience or a credential can meet instead ("one year
        of experience, or an associate degree"; "RHIA, or a master's degree")
        raises no level another requirement names ("High school diploma
        required"): that path needs only the diploma. With no
        other level named, it gives its own lowest level: the level the posting
        names.
        """
        found = self._minimum_education(strength)
        if strength == "preferred" and found is not None:
            required = self._minimum_education("required")
            if required is not None and EDUCATION_LEVELS.index(found) <= EDUCATION_LEVELS.index(required):
                return None
        return found

    def _minimum_education(self, strength: Strength) -> EducationLevel | None:
        singles: list[int] = []
        groups: dict[str, list[int]] = {}
        met_otherwise: set[str] = set()
        for requirement in self.requirements:
            if requirement.strength != strength:
                continue
            if isinstance(requirement, EducationRequirement):
                rank = EDUCATION_LEVELS.index(requirement.id)
                if requirement.any_of:
                    groups.setdefault(requirement.any_of, []).append(rank)
                else:
                    singles.append(rank)
            elif requirement.any_of and requirement.kind in ("experience", "credential"):
                met_otherwise.add(requirement.any_of)
        needed = singles + [min(ranks) for group, ranks in groups.items() if not (singles and group in met_otherwise)]
        return EDUCATION_LEVELS[max(needed)] if needed else None

    def minimum_experience_years(self, strength: Strength = "required") -> float | None:
        """The number of years of experience the main path asks for with that strength.

        The largest figure: every figure on the main path is asked, so the
        bar a candidate must clear is the highest ("at least 5 years
        post-registration experience ... at least 3 years in Infection
        Prevention" asks for 5; "Four years of patient access experience ...
        Two years of supervisory experience" for 4), and a preference is met
        only when all of it is ("2-3 years of orthopedic coding preferred ...
        Epic: 1 year (Preferred)" prefers 2). A range gives its lower end, and
        of figures offered as choices the extractor keeps the lower ("one year
        of ... experience, or two years of clerical experience"). The main
        path is everything outside alternative paths plus the first path
        listed; figures on later alternatives ("or six months of experience
        and one year of college") do not count.
        """
        years = [
            r.years
            for r in self.requirements
            if isinstance(r, ExperienceRequirement) and r.strength == strength and r.path in (None, 1)
        ]
        if not years:
            return None
        return max(years)


# --------------------------------------------------------------------------- candidates


ExperienceArea: TypeAlias = Literal["coding", "health_information", "cancer_registry", "cdi", "auditing", "billing"]
CredentialStatus: TypeAlias = Literal["active", "eligible", "in_progress", "expired"]


class ProfileEducation(_Model):
    """One course of study: a diploma, certificate or degree."""

    level: EducationLevel = Field(description="high_school, certificate, associate, bachelor, master or doctorate.")
    field: str | None = Field(
        default=None,
        description='What it was in, e.g. "Health Information Technology".',
        examples=["Health Information Technology"],
    )
    accredited_by: str | None = Field(
        default=None,
        description="The accreditor of the program, e.g. CAHIIM (HIM/HIT programs) or NCRA (cancer registry programs).",
        examples=["CAHIIM"],
    )
    status: Literal["completed", "in_progress"] = Field(
        default="completed", description="completed, or in_progress for a program you are still in."
    )


class ProfileCredential(_Model):
    """A credential you hold, are eligible for, are working on, or let lapse."""

    id: str = Field(
        description="The credential's id (the issuer's acronym: RHIT, CPC-A, CTR, ...) or one of its aliases; "
        "`screener credentials` lists them.",
        examples=["RHIT"],
    )
    status: CredentialStatus = Field(
        default="active",
        description="active (you hold it), eligible (you may sit the exam), in_progress (preparing for it), "
        "or expired (it lapsed).",
    )
    earned: dt.date | None = Field(default=None, description="When you earned it (YYYY-MM-DD).")
    expires: dt.date | None = Field(
        default=None, description="When it expires (YYYY-MM-DD); a date in the past counts as expired."
    )


class ProfileExperience(_Model):
    """One job or placement, and how long you did it."""

    role: str | None = Field(default=None, description="The job title.", examples=["Inpatient Coder"])
    years: float = Field(ge=0, description="How long, in years (six months = 0.5).")
    coding: bool = Field(
        default=False, description="Whether the work was assigning codes (counts as coding experience)."
    )
    areas: list[ExperienceArea] = Field(
        default_factory=list,
        description="What else the work counts as: health_information, cancer_registry, cdi (clinical "
        "documentation improvement), auditing, billing; coding: true already counts as coding.",
    )
    setting: str | None = Field(
        default=None,
        description="Where: inpatient, outpatient or professional_fee (physician practice); other words are kept "
        "but not compared.",
        examples=["inpatient"],
    )


class Profile(_Model):
    """A candidate: what they have studied, hold and have done."""

    name: str | None = Field(default=None, description="For your own reference; never printed by screener.")
    education: list[ProfileEducation] = Field(default_factory=list)
    credentials: list[ProfileCredential] = Field(default_factory=list)
    coding_systems: list[str] = Field(
        default_factory=list,
        description="Coding systems you use, by id or alias: ICD-10-CM, ICD-10-PCS, CPT, HCPCS, ...",
    )
    software: list[str] = Field(default_factory=list, description="Software you use: Epic, 3M encoder, ...")
    skills: list[str] = Field(default_factory=list, description="Other skills the knowledge base names.")
    experience: list[ProfileExperience] = Field(default_factory=list)
    memberships: list[str] = Field(
        default_factory=list, description="Professional bodies you are a member of: AHIMA, AAPC, NCRA, ..."
    )


# --------------------------------------------------------------------------- assessments and fit

AssessmentStatus: TypeAlias = Literal["met", "partial", "unmet", "unknown"]
Verdict: TypeAlias = Literal["qualified", "stretch", "not_qualified"]
#: Best first: how statuses compare when the best member of an any-of group is chosen.
STATUS_ORDER: tuple[AssessmentStatus, ...] = ("met", "partial", "unknown", "unmet")


class NextStep(_Model):
    """One thing the candidate can do about a requirement, and where that rule is documented."""

    text: str
    source: str | None = None


class Assessment(_Model):
    """How one profile meets one requirement, and why.

    ``next_steps`` lists what the candidate can do (alternatives are separate
    steps: any one of them); ``next_step`` is the same as one sentence for
    people and is filled in from ``next_steps`` when left out. ``credit``
    (only for ``partial``) is the share of the requirement that is met, for
    example 1 year of the 2 asked for = 0.5; without it the scoring weights'
    default for ``partial`` applies.
    """

    status: AssessmentStatus
    reason: str
    next_step: str | None = None
    next_steps: list[NextStep] = Field(default_factory=list)
    source: str | None = Field(default=None, description="Where the rule behind the status is documented.")
    credit: float | None = Field(default=None, ge=0, le=1)

    @model_validator(mode="after")
    def _summarise_steps(self) -> Assessment:
        if self.next_step is None and self.next_steps:
            texts = [step.text for step in self.next_steps]
            self.next_step = texts[0] if len(texts) == 1 else "Any one of: " + "; ".join(texts)
        return self


class RequirementAssessment(Assessment):
    """The assessment of one requirement of a posting, pointing back at it."""

    requirement: int = Field(ge=0, description="Index of the requirement in the posting's `requirements`.")
    kind: RequirementKind
    id: str
    strength: Strength
    plugin: str | None = Field(default=None, description="The plugin that answered; null when none did.")

    @model_serializer(mode="wrap")
    def _requirement_first(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data = handler(self)
        head = {key: data.pop(key) for key in ("requirement", "kind", "id", "strength") if key in data}
        return {**head, **data}


class FitItem(_Model):
    """One thing the score counts: a requirement, an any-of group, or a set of alternative paths.

    ``score = 100 * sum(weight * credit) / sum(weight)`` over the items.
    """

    label: str
    kind: str = Field(description="The requirements' kind; `paths` for alternative qualification paths.")
    strength: Strength
    requirements: list[int] = Field(description="Indices of the requirements this item stands for.")
    status: AssessmentStatus
    credit: float = Field(ge=0, le=1)
    weight: float = Field(ge=0)
    reason: str
    next_step: str | None = None
    source: str | None = None


class Fit(_Model):
    """How well a profile fits one posting."""

    score: int = Field(ge=0, le=100)
    verdict: Verdict
    assessments: list[RequirementAssessment] = Field(default_factory=list)
    items: list[FitItem] = Field(default_factory=list)
    missing: list[str] = Field(
        default_factory=list,
        description="Labels of the items not met, most important first (required before preferred, then by weight).",
    )
    note: str | None = Field(
        default=None,
        description="Why the score is not a measure of fit: the posting is not health-information work, or states "
        "nothing the screener can check (such a posting scores 0 and never tops a ranking).",
    )


class FitReport(Extraction):
    """A posting's extraction plus how a profile fits it (``fit``; null when the posting failed)."""

    fit: Fit | None = None


#: The weight of a kind of requirement that the weights do not list (a plugin's own kind).
DEFAULT_KIND_WEIGHT = 1.0


def _default_strength_weights() -> dict[Literal["required", "preferred"], float]:
    return {"required": 3.0, "preferred": 1.0}


def _default_credit() -> dict[AssessmentStatus, float]:
    return {"met": 1.0, "partial": 0.5, "unknown": 0.25, "unmet": 0.0}


class ScoringWeights(_Model):
    """The numbers behind the score; see docs/scoring.md.

    ``strength`` and ``kind`` multiply into an item's weight; ``credit`` is how
    much an item with that status counts (``partial`` only when the assessing
    plugin gave no share of its own).
    """

    strength: dict[Literal["required", "preferred"], float] = Field(default_factory=_default_strength_weights)
    kind: dict[Annotated[str, StringConstraints(pattern=_KIND_NAME.pattern)], float] = Field(
        description="Weight of each kind of requirement; a kind not listed (a plugin's own) weighs 1.",
        default_factory=lambda: {
            "credential": 3.0,
            "education": 2.0,
            "experience": 2.0,
            "coding_system": 1.0,
            "software": 0.5,
            "skill": 0.5,
        },
    )
    credit: dict[AssessmentStatus, float] = Field(default_factory=_default_credit)

    @field_validator("strength", "kind", "credit")
    @classmethod
    def _not_negative(cls, value: dict[str, float]) -> dict[str, float]:
        for key, number in value.items():
            if number < 0:
                raise ValueError(f"{key} must not be negative")
        return value

    @model_validator(mode="after")
    def _complete(self) -> ScoringWeights:
        """A partial table (from a file or a plugin) keeps the defaults for what it leaves out."""
        for name in ("strength", "kind", "credit"):
            defaults = type(self).model_fields[name].default_factory()  # type: ignore[misc,call-arg]
            setattr(self, name, {**defaults, **getattr(self, name)})
        if not self.credit["unmet"] <= self.credit["partial"] <= self.credit["met"]:
            raise ValueError("credit must not fall from unmet to partial to met")
        return self


# --------------------------------------------------------------------------- schema export

SCHEMA_MODELS: dict[str, Any] = {
    "extraction": Extraction,
    "posting": Posting,
    "requirement": REQUIREMENT_ADAPTER,
    "credential": Credential,
    "issuer": Issuer,
    "skill": Skill,
    "profile": Profile,
    "assessment": Assessment,
    "fit-report": FitReport,
    "weights": ScoringWeights,
}


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one of the models in ``SCHEMA_MODELS``."""
    try:
        model = SCHEMA_MODELS[name]
    except KeyError:
        raise ValueError(f"unknown schema {name!r}; choose from {', '.join(SCHEMA_MODELS)}") from None
    if isinstance(model, TypeAdapter):
        return model.json_schema()
    return model.model_json_schema()
