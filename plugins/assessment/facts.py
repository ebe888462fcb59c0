"""What a candidate profile says, read the same way by every built-in assessment plugin.

A profile names credentials and skills as the candidate wrote them; here they
are resolved to knowledge-base ids. Education comes from the profile and from
credentials whose issuer documents the education they imply (RHIA -> bachelor's).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from screener import EDUCATION_LEVEL_NAMES, EDUCATION_LEVELS

#: Each education level with its article, as reasons say it: "an associate degree".
LEVEL_NAMES: dict[str, str] = {
    level: ("an " if name[0] in "aeiou" else "a ") + name for level, name in EDUCATION_LEVEL_NAMES.items()
}
#: Experience in any of these areas is health information (HIM) experience.
HIM_AREAS = frozenset({"coding", "health_information", "cancer_registry", "cdi", "auditing"})


def rank(level: str) -> int:
    return EDUCATION_LEVELS.index(level)


@dataclass(frozen=True)
class HeldCredential:
    """A credential of the profile: its knowledge-base id (or the id as written) and its status today."""

    id: str
    status: str
    known: bool
    expires: dt.date | None = None


@dataclass(frozen=True)
class EducationFact:
    """A completed level of education, from the profile or implied by a credential (``via``)."""

    level: str
    field: str | None = None
    accredited_by: str | None = None
    via: str | None = None


def held_credentials(profile, knowledge, today: dt.date) -> list[HeldCredential]:
    """The profile's credentials; an ``expires`` date before ``today`` makes one expired."""
    held = []
    for entry in profile.credentials:
        resolved = knowledge.resolve("credential", entry.id)
        status = entry.status
        if status == "active" and entry.expires is not None and entry.expires < today:
            status = "expired"
        held.append(HeldCredential(resolved or entry.id, status, resolved is not None, entry.expires))
    return held


def implied_accreditation(credential) -> str | None:
    """The accreditor every leveled education route of a credential names (CAHIIM for RHIT), else ``None``."""
    found = {
        p.accreditation
        for p in credential.prerequisites
        if p.required and p.kind in ("education", "accreditation") and p.education is not None
    }
    return found.pop() if len(found) == 1 else None


def completed_education(profile, knowledge, today: dt.date) -> list[EducationFact]:
    """Completed education: the profile's, plus what held credentials imply where the issuer documents it.

    A credential counts when it is held (active or expired: the education was
    earned either way), not when the candidate is only eligible for it.
    """
    facts = [EducationFact(e.level, e.field, e.accredited_by) for e in profile.education if e.status == "completed"]
    for held in held_credentials(profile, knowledge, today):
        credential = knowledge.credentials.get(held.id)
        if credential is None or held.status not in ("active", "expired") or credential.implies_education is None:
            continue
        facts.append(EducationFact(credential.implies_education, None, implied_accreditation(credential), held.id))
    return facts


def highest(facts: list[EducationFact]) -> EducationFact | None:
    return max(facts, key=lambda f: rank(f.level), default=None)


def same_accreditor(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.strip().casefold() == b.strip().casefold()


def areas_of(experience) -> set[str]:
    areas = set(experience.areas)
    if experience.coding:
        areas.add("coding")
    return areas


def counts_for(experience, subjects: set[str]) -> bool:
    """Whether one job counts toward experience in any of ``subjects`` (requirement ids such as ``coding``)."""
    if "general" in subjects:
        return True
    areas = areas_of(experience)
    if "health_information" in subjects and areas & HIM_AREAS:
        return True
    return bool(areas & subjects)


def years_in(profile, subjects: set[str]) -> tuple[float, list]:
    """Years of experience that count toward ``subjects``, and the jobs they come from."""
    jobs = [e for e in profile.experience if counts_for(e, subjects)]
    return round(sum(e.years for e in jobs), 2), jobs


def total_years(profile) -> float:
    return round(sum(e.years for e in profile.experience), 2)


def plural_years(years: float) -> str:
    return f"{years:g} year" + ("" if years == 1 else "s")


def subject_words(subjects: set[str]) -> str:
    words = sorted(s.replace("_", " ") for s in subjects if s != "general")
    if "cdi" in subjects:
        words = [w if w != "cdi" else "clinical documentation" for w in words]
    return " or ".join(words)
