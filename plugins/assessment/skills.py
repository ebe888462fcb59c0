"""Coding systems, software and other skills, assessed through the families the skill plugins document.

A skill the candidate lists meets a requirement for itself and for every
family its plugin puts it in (``broader``, followed upward): ICD-10-CM meets
a posting that says only "ICD-10". It does not meet a sibling (ICD-10-PCS)
nor a narrower skill: a candidate who lists only the family "ICD-10" is
``partial`` against "ICD-10-PCS", because the profile does not say which part
of the family they know.

A profile that lists no software or no skills at all is ``unknown`` against
them (it does not go into them), and so is a knowledge area such as
"pharmacology" that the profile does not list. Software missing from a list
the profile does give is ``partial`` (another system transfers in part); a
coding system missing from the list is ``unmet``.

Reasons and next steps name coding systems by their id (ICD-10-CM), skills by
their name ("Anatomy and Physiology") and software by its id with spaces
("3M 360 Encompass"): what a job seeker reads. The assessment's ``id`` field
keeps the id.
"""

from __future__ import annotations

from screener import Assessment, NextStep, hookimpl

_PROFILE_LISTS = {"coding_system": "coding_systems", "software": "software", "skill": "skills"}
_WHAT = {"coding_system": "coding systems", "software": "software", "skill": "skills"}


@hookimpl
def screener_assess(requirement, profile, knowledge):
    if requirement.kind not in _PROFILE_LISTS:
        return None
    wanted_id = requirement.id
    skill = knowledge.skills.get(wanted_id)
    source = (skill.url or next(iter(skill.sources), None)) if skill else None
    listed_ids = [
        knowledge.resolve("skill", name) or name for name in getattr(profile, _PROFILE_LISTS[requirement.kind])
    ]
    wanted = _shown(wanted_id, knowledge)
    listed = [_shown(name, knowledge) for name in listed_ids]
    spelled_out = requirement.kind == "coding_system" and skill is not None and skill.name != wanted_id
    learn = [NextStep(text=f"Learn {wanted}" + (f" ({skill.name})" if spelled_out else ""), source=source)]
    if not listed_ids:
        # An empty list of coding systems says something (no coding background); an empty list of
        # software or skills usually means the profile does not go into them.
        return Assessment(
            status="unmet" if requirement.kind == "coding_system" else "unknown",
            reason=f"Your profile lists no {_WHAT[requirement.kind]}; {wanted} is asked for.",
            next_steps=[NextStep(text=f"Add {wanted} to your profile if you know it", source=source), *learn],
        )
    for name in listed_ids:
        if _same(name, wanted_id):
            return Assessment(status="met", reason=f"You list {wanted}.")
    for name in listed_ids:
        if any(_same(family, wanted_id) for family in _families(name, knowledge)):
            return Assessment(
                status="met",
                reason=f"You list {_shown(name, knowledge)}, which is part of {wanted}.",
                source=_source_of(knowledge.skills.get(name)),
            )
    for name in listed_ids:
        if any(_same(family, name) for family in _families(wanted_id, knowledge)):
            return Assessment(
                status="partial",
                reason=f"You list {_shown(name, knowledge)} but not which part of it; {wanted} is asked for.",
                next_steps=[NextStep(text=f"Add {wanted} to your profile if you know it", source=source), *learn],
                source=source,
            )
    if requirement.kind == "software":
        # another system of the same kind transfers in part: employers train on their own EHR and encoder
        return Assessment(
            status="partial",
            reason=f"You list {', '.join(listed)}, not {wanted}; experience with another system transfers in part.",
            next_steps=learn,
            source=source,
        )
    if requirement.kind == "skill":
        # knowledge areas (medical terminology, pharmacology) are rarely all listed: not listing one proves little
        return Assessment(
            status="unknown",
            reason=f"You do not list {wanted}.",
            next_steps=[NextStep(text=f"Add {wanted} to your profile if you know it", source=source), *learn],
            source=source,
        )
    return Assessment(status="unmet", reason=f"You do not list {wanted}.", next_steps=learn, source=source)


def _shown(skill_id, knowledge):
    """What a job seeker calls a coding system (its id), a skill (its name) or software (its id, spaced)."""
    skill = knowledge.skills.get(skill_id)
    if skill is None:
        return skill_id
    if skill.category == "skill":
        return skill.name
    if skill.category == "software":
        return skill_id.replace("-", " ")
    return skill_id


def _same(a, b):
    return a.casefold() == b.casefold()


def _families(skill_id, knowledge):
    """Every family a skill belongs to, following ``broader`` upward (cycles are harmless)."""
    seen: list[str] = []
    todo = list(knowledge.skills[skill_id].broader) if skill_id in knowledge.skills else []
    while todo:
        family = todo.pop(0)
        if family in seen:
            continue
        seen.append(family)
        if family in knowledge.skills:
            todo.extend(knowledge.skills[family].broader)
    return seen


def _source_of(skill):
    return (skill.url or next(iter(skill.sources), None)) if skill else None
