"""Candidate profiles: loading, the commented template, and checks against the knowledge base."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from screener.core.models import Profile
from screener.fit.datafiles import load_model

if TYPE_CHECKING:
    from screener.knowledge.base import Knowledge


def load_profile(path: str | os.PathLike[str]) -> Profile:
    """Read and validate a profile (``.yaml``/``.yml``, ``.json`` or ``.toml``).

    Raises :class:`screener.core.errors.DataFileError` naming the file, each bad
    field's path and, for YAML, its line.
    """
    return load_model(path, Profile, what="profile")


def profile_warnings(profile: Profile, knowledge: Knowledge) -> list[str]:
    """Names in the profile that no installed plugin defines, by field path (never by value).

    Such a name can still match a posting that uses exactly the same id, but
    nothing is known about it (prerequisites, families, equivalents).
    """
    warnings = []
    for index, credential in enumerate(profile.credentials):
        if knowledge.resolve("credential", credential.id) is None:
            warnings.append(f"credentials[{index}].id: no installed plugin defines this credential")
    for field in ("coding_systems", "software", "skills"):
        for index, name in enumerate(getattr(profile, field)):
            if knowledge.resolve("skill", name) is None:
                warnings.append(f"{field}[{index}]: no installed plugin defines this skill")
    return warnings


def describe(profile: Profile) -> str:
    """What a profile holds, in counts only (no personal data)."""
    parts = [
        _count(len(profile.education), "education entry", "education entries"),
        _count(len(profile.credentials), "credential", "credentials"),
        _count(len(profile.coding_systems), "coding system", "coding systems"),
        _count(len(profile.software), "software item", "software items"),
        _count(len(profile.experience), "job", "jobs"),
    ]
    return ", ".join(parts)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


#: What ``screener profile init`` writes: a valid profile, every field explained.
TEMPLATE = """\
# screener candidate profile. Check it with:  screener profile check THIS_FILE
# Every field is optional: delete what does not apply to you. docs/profile.md
# explains each field. The example values below describe a new graduate of a
# CAHIIM-accredited HIT program who has not taken the RHIT exam yet.

# For your own reference; screener never prints it.
name: Your Name

# One entry per diploma, certificate or degree.
#   level:         high_school | certificate | associate | bachelor | master | doctorate
#   field:         what it was in
#   accredited_by: the program's accreditor: CAHIIM (HIM/HIT programs), NCRA (cancer registry programs)
#   status:        completed (the default) | in_progress
education:
  - level: high_school
  - level: associate
    field: Health Information Technology
    accredited_by: CAHIIM
    status: completed

# Credentials by id or alias: RHIT, RHIA, CCA, CCS, CPC, CPC-A, CTR, ...
# (`screener credentials` lists the ones screener knows).
#   status:  active (the default) | eligible (you may sit the exam) | in_progress | expired
#   earned:  YYYY-MM-DD (optional)
#   expires: YYYY-MM-DD (optional; a date in the past counts as expired)
credentials:
  - id: RHIT
    status: eligible

# Coding systems by id or alias (`screener skills --category coding_system`).
# ICD-10-CM also answers a posting that only says "ICD-10".
coding_systems: [ICD-10-CM, ICD-10-PCS, CPT, HCPCS]

# Software you have used (EHRs, encoders) and other skills.
software: []
skills: []

# One entry per job or placement. years: how long (six months = 0.5).
#   coding:  true when the work was assigning codes
#   areas:   what else it counts as: health_information, cancer_registry, cdi, auditing, billing
#   setting: inpatient | outpatient | professional_fee
experience:
  - role: Professional practice experience (student placement)
    years: 0.25
    areas: [health_information]
    setting: inpatient

# Professional bodies you are a member of.
memberships: [AHIMA]
"""
