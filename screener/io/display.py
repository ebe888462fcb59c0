"""What people call each requirement, for the tables of the command line.

The JSON output keeps the knowledge base's ids (``anatomy_physiology``,
``3M-360-Encompass``): they are the stable schema. Tables are read by job
seekers, so they say what people say:

- credentials and coding systems by their id (RHIT, CPC, ICD-10-CM, E/M): the
  acronym is the name in postings and on résumés;
- skills by their knowledge-base name ("Anatomy and Physiology", "HIPAA");
- software by its id with the hyphens as spaces ("3M 360 Encompass",
  "Microsoft Excel", "Epic"), the product's name (the knowledge base's
  ``name`` is often the vendor's: "Epic Systems");
- education by the level ("associate degree"), experience by its subject
  ("coding", "health information").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from screener.core.models import EDUCATION_LEVEL_NAMES

if TYPE_CHECKING:
    from screener.core.models import EducationLevel, FitItem, Requirement
    from screener.knowledge.base import Knowledge


class Names:
    """Display names of requirements, from the knowledge base when there is one."""

    def __init__(self, knowledge: Knowledge | None = None) -> None:
        self.knowledge = knowledge

    def of(self, kind: str, id: str) -> str:
        """The name of the thing a requirement of ``kind`` with ``id`` asks for."""
        if kind == "skill":
            skill = self.knowledge.skills.get(id) if self.knowledge else None
            return skill.name if skill else id.replace("_", " ")
        if kind == "software":
            return id.replace("-", " ")
        if kind == "education":
            return EDUCATION_LEVEL_NAMES.get(cast("EducationLevel", id), id)
        if kind == "experience":
            return id.replace("_", " ")
        return id

    def label(self, requirement: Requirement) -> str:
        """A requirement as a phrase: "2 years of coding experience", "associate degree", "RHIT"."""
        if requirement.kind == "experience":
            years = requirement.years  # type: ignore[union-attr]
            subject = "" if requirement.id == "general" else self.of("experience", requirement.id) + " "
            return f"{years:g} year{'' if years == 1 else 's'} of {subject}experience"
        return self.of(requirement.kind, requirement.id)

    def item(self, item: FitItem, requirements: Sequence[Requirement]) -> str:
        """A scored item ("RHIT, RHIA or CCS") with display names; the JSON ``label`` keeps the ids."""
        if item.kind == "paths" or any(i >= len(requirements) for i in item.requirements):
            return item.label
        labels = list(dict.fromkeys(self.label(requirements[i]) for i in item.requirements))
        if not labels:
            return item.label
        return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]

    def missing(self, item: FitItem, requirements: Sequence[Requirement]) -> str:
        """An item not met, as ``rank`` and ``screen`` list it: preferred ones say so."""
        return self.item(item, requirements) + (" (preferred)" if item.strength == "preferred" else "")
