"""Credential requirements, assessed from what each credential's plugin documents.

Nothing here names a particular credential. The rules read the credential
fields of the knowledge base:

- Holding the credential meets it; so does holding one its plugin documents as
  ``equivalent_to`` it (CTR and ODS-C), or one that ``supersedes`` it where the
  issuer says so (RHIA over RHIT). Any other credential does not.
- An expired credential meets nothing: ``unmet``, with the renewal rule as the
  next step.
- The apprentice form (``apprentice_of``: CPC-A of CPC) is ``partial``; the
  next steps are the documented ways to become the full credential.
- *Eligible* means the credential's required prerequisites other than the
  exam (and membership) are met: on one route, where the issuer lists
  alternatives. Experience prerequisites are checked on their years (and
  education level); whatever else their description asks is shown, not
  checked. A profile may also say ``eligible`` or ``in_progress`` itself.
  Eligible meets a requirement that accepts eligible candidates ("RHIT or
  RHIT-eligible") or gives months to obtain the credential ("within 12 months
  of hire"), and is ``partial`` against a plain one.
- Otherwise ``unmet``, with the documented routes as next steps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from screener_plugins.assessment import facts
from screener_plugins.requirements.experience import experience_subjects

from screener import Assessment, NextStep, hookimpl

#: Share of the requirement a partial answer is worth: eligible (exam still to pass) and apprentice (exam passed).
ELIGIBLE_CREDIT = 0.5
APPRENTICE_CREDIT = 0.75
#: Prerequisites that make the difference between being eligible and holding the credential.
_NOT_FOR_ELIGIBILITY = ("exam", "membership")


@hookimpl
def screener_assess(requirement, profile, knowledge):
    if requirement.kind != "credential":
        return None
    return assess_credential(requirement, profile, knowledge, dt.date.today())


def assess_credential(requirement, profile, knowledge, today):
    """The assessment of one credential requirement (see the module docstring for the rules)."""
    candidate = _Candidate(profile, knowledge, today)
    wanted = requirement.id
    credential = knowledge.credentials.get(wanted)
    for held in candidate.held:
        if held.status == "active" and (why := _counts_as(held.id, wanted, knowledge)):
            return Assessment(status="met", reason=why.reason, source=why.source)
    for held in candidate.held:
        if held.status == "expired" and (why := _counts_as(held.id, wanted, knowledge)):
            return _expired(held, knowledge)
    if credential is None:
        return Assessment(
            status="unmet",
            reason=f"You do not hold {wanted}; no installed plugin documents how it is earned.",
            next_steps=[NextStep(text=f"Earn {wanted}")],
        )
    for held in candidate.held:
        if held.status == "active" and _is_apprentice_of(held.id, wanted, knowledge):
            return _apprentice(held, credential, candidate)
    claimed = next(
        (
            h
            for h in candidate.held
            if h.status in ("eligible", "in_progress") and _same_or_equivalent(h.id, wanted, knowledge)
        ),
        None,
    )
    path = _eligible_path(credential, candidate)
    if path is not None or claimed is not None:
        return _eligible(requirement, credential, candidate, path, claimed)
    return _unmet(credential, candidate)


# --------------------------------------------------------------------------- the candidate


class _Candidate:
    """A profile with its credentials resolved and its education (stated and implied) worked out."""

    def __init__(self, profile, knowledge, today):
        self.profile = profile
        self.knowledge = knowledge
        self.held = facts.held_credentials(profile, knowledge, today)
        self.education = facts.completed_education(profile, knowledge, today)

    def has_education(self, level, accreditor=None):
        return any(
            (level is None or facts.rank(f.level) >= facts.rank(level))
            and (accreditor is None or facts.same_accreditor(f.accredited_by, accreditor))
            for f in self.education
        )

    def experience(self, description):
        """Years of the experience a prerequisite's description is about (any experience when it names none)."""
        subjects = set(experience_subjects(description)) or {"general"}
        years, _ = facts.years_in(self.profile, subjects)
        return years, subjects

    def holds(self, credential_id):
        return any(h.status == "active" and _counts_as(h.id, credential_id, self.knowledge) for h in self.held)

    def member_of(self, issuer):
        return any(m.strip().casefold() == issuer.strip().casefold() for m in self.profile.memberships)


def _check(prerequisite, credential, candidate):
    """Whether the candidate meets one prerequisite: True, False, or None when a profile cannot show it."""
    p = prerequisite
    if p.kind in ("education", "accreditation"):
        if p.education is None and p.accreditation is None:
            return None
        return candidate.has_education(p.education, p.accreditation)
    if p.kind == "experience":
        if p.years is None:
            return None
        years, _ = candidate.experience(p.description)
        return years >= p.years and (p.education is None or candidate.has_education(p.education))
    if p.kind == "credential":
        if p.credential is None:
            return None
        if not candidate.holds(p.credential):
            return False
        return p.years is None or candidate.experience(p.description)[0] >= p.years
    if p.kind == "membership":
        return candidate.member_of(credential.issuer)
    return None


def _note(prerequisite, candidate):
    """What the profile shows toward a prerequisite, to put after its description."""
    if prerequisite.kind in ("experience", "credential") and prerequisite.years is not None:
        years, subjects = candidate.experience(prerequisite.description)
        what = facts.subject_words(subjects)
        return f" (your profile shows {facts.plural_years(years)} of {what + ' ' if what else ''}experience)"
    return ""


# --------------------------------------------------------------------------- routes


@dataclass(frozen=True)
class _Path:
    """One documented way to earn a credential: what always applies plus one route's items."""

    route: str | None
    common: tuple
    items: tuple

    @property
    def prerequisites(self):
        return (*self.items, *self.common)

    def source(self, fallback):
        """The source of the route's own items, else of what tells this path apart from holding the credential."""
        ranked = [*self.items, *(p for p in self.common if p.kind not in _NOT_FOR_ELIGIBILITY), *self.common]
        return next((p.source for p in ranked if p.source), fallback)


def _paths(credential):
    required = [p for p in credential.prerequisites if p.required]
    common = tuple(p for p in required if p.route is None)
    routes: dict[str, list] = {}
    for p in required:
        if p.route is not None:
            routes.setdefault(p.route, []).append(p)
    if not routes:
        return [_Path(None, common, ())]
    return [_Path(name, common, tuple(items)) for name, items in routes.items()]


def _eligible_path(credential, candidate):
    """The first path whose prerequisites other than the exam and membership the profile shows met, else None."""
    for path in _paths(credential):
        needed = [p for p in path.prerequisites if p.kind not in _NOT_FOR_ELIGIBILITY]
        if needed and all(_check(p, credential, candidate) is True for p in needed):
            return path
    return None


def _lower_first(text):
    """ "High school diploma" -> "high school diploma"; acronyms ("CAHIIM-approved") stay as they are."""
    return text[0].lower() + text[1:] if len(text) > 1 and text[1].islower() else text


def _source(credential):
    return credential.url or next(iter(credential.sources), None)


# --------------------------------------------------------------------------- relations


@dataclass(frozen=True)
class _Why:
    reason: str
    source: str | None


def _same_or_equivalent(held_id, wanted_id, knowledge):
    if held_id == wanted_id:
        return True
    held, wanted = knowledge.credentials.get(held_id), knowledge.credentials.get(wanted_id)
    return bool((held and wanted_id in held.equivalent_to) or (wanted and held_id in wanted.equivalent_to))


def _counts_as(held_id, wanted_id, knowledge):
    """Why holding ``held_id`` meets a requirement for ``wanted_id``, or None when it does not."""
    if held_id == wanted_id:
        return _Why(f"You hold {wanted_id}.", None)
    held, wanted = knowledge.credentials.get(held_id), knowledge.credentials.get(wanted_id)
    if held is None:
        return None
    if wanted_id in held.equivalent_to:
        return _Why(
            f"You hold {held_id}, which {held.issuer} documents as equivalent to {wanted_id}{_because(held)}.",
            held.equivalence_source or _source(held),
        )
    if wanted is not None and held_id in wanted.equivalent_to:
        return _Why(
            f"You hold {held_id}; {wanted.issuer} documents {wanted_id} as equivalent to it{_because(wanted)}.",
            wanted.equivalence_source or _source(wanted),
        )
    superseded = [s for s in held.supersedes if _same_or_equivalent(s, wanted_id, knowledge)]
    if superseded:
        return _Why(f"You hold {held_id}, which supersedes {wanted_id} according to {held.issuer}.", _source(held))
    return None


def _because(credential):
    return f": {credential.equivalence}" if credential.equivalence else ""


def _is_apprentice_of(held_id, wanted_id, knowledge):
    held = knowledge.credentials.get(held_id)
    return bool(held and held.apprentice_of and _same_or_equivalent(held.apprentice_of, wanted_id, knowledge))


# --------------------------------------------------------------------------- answers


def _what(prerequisite):
    """What a prerequisite asks, without the "To hold CPC rather than CPC-A: " that introduces it."""
    return prerequisite.description.split(": ", 1)[-1]


def _expired(held, knowledge):
    credential = knowledge.credentials.get(held.id)
    when = f" on {held.expires.isoformat()}" if held.expires else ""
    renewal = credential.renewal if credential else None
    if renewal is not None:
        rule = renewal.description or (
            f"{renewal.ceus:g} CEUs every {renewal.cycle_years:g} years"
            if renewal.ceus is not None and renewal.cycle_years is not None
            else None
        )
        step = NextStep(
            text=f"Reinstate your {held.id}" + (f" ({rule})" if rule else ""),
            source=renewal.source or _source(credential),
        )
    else:
        step = NextStep(text=f"Reinstate your {held.id}", source=_source(credential) if credential else None)
    return Assessment(
        status="unmet",
        reason=f"Your {held.id} expired{when}; an expired credential does not meet the requirement.",
        next_steps=[step],
        source=step.source,
    )


def _apprentice(held, credential, candidate):
    """Partial; the next steps are the routes to the full credential, the one with least left to do first.

    On each route, what the profile already shows is left out of the step and
    said after it ("your profile already shows: 1 year of coding experience").
    """
    routes = []
    for order, path in enumerate(_paths(credential)):
        items = [p for p in path.prerequisites if p.kind not in _NOT_FOR_ELIGIBILITY]
        if not items:
            continue
        done = [p for p in items if _check(p, credential, candidate) is True]
        left = [p for p in items if p not in done] or items
        described = [
            (p.description if n == 0 else _what(p)) + ("" if done else _note(p, candidate)) for n, p in enumerate(left)
        ]
        text = "; ".join(described)
        if done:
            text += " (your profile already shows: " + "; ".join(_what(p) for p in done) + ")"
        routes.append((len(left) if done else len(items) + 1, order, NextStep(text=text, source=path.source(None))))
    routes.sort(key=lambda route: route[:2])
    steps = [step for _, _, step in routes]
    for step in steps:
        if step.source is None:
            step.source = _source(credential)
    return Assessment(
        status="partial",
        reason=f"You hold {held.id}, the apprentice form of {credential.id}: the same exam, "
        "without the verified experience.",
        credit=APPRENTICE_CREDIT,
        next_steps=steps,
        source=steps[0].source if steps else _source(credential),
    )


def _eligible(requirement, credential, candidate, path, claimed):
    if path is not None:
        shown = [
            _lower_first(p.description)
            for p in path.prerequisites
            if p.kind not in _NOT_FOR_ELIGIBILITY and _check(p, credential, candidate)
        ]
        left = [
            p for p in path.prerequisites if p.kind in _NOT_FOR_ELIGIBILITY and not _check(p, credential, candidate)
        ]
        why = f"you are eligible for {credential.id}: " + "; ".join(shown)
        source = path.source(_source(credential))
    else:
        left = [p for p in credential.prerequisites if p.required and p.kind == "exam"]
        why = f"your profile says you are {claimed.status.replace('_', ' ')} for {credential.id}"
        source = _source(credential)
    deadline = f" within {requirement.within_months:g} months of hire" if requirement.within_months else ""
    remaining = "; ".join(p.description for p in left) or f"Earn {credential.id}"
    steps = [NextStep(text=remaining + deadline, source=next((p.source for p in left if p.source), source))]
    if requirement.accepts_eligible:
        return Assessment(
            status="met",
            reason=f"The posting accepts {credential.id}-eligible candidates, and {why}.",
            next_steps=steps,
            source=source,
        )
    if requirement.within_months:
        return Assessment(
            status="met",
            reason=f"The posting gives {requirement.within_months:g} months from hire to obtain {credential.id}, "
            f"and {why}.",
            next_steps=steps,
            source=source,
        )
    return Assessment(
        status="partial",
        reason=f"{why[0].upper()}{why[1:]}, but the posting asks for the credential itself.",
        credit=ELIGIBLE_CREDIT,
        next_steps=steps,
        source=source,
    )


def _unmet(credential, candidate):
    """Not held, not eligible: every documented path is a next step, the closest first."""
    paths = []
    for order, path in enumerate(_paths(credential)):
        checks = {id(p): _check(p, credential, candidate) for p in path.prerequisites}
        own = [p for p in path.items]
        common = [p for p in path.common if checks[id(p)] is not True]
        if own or common:
            paths.append((sum(ok is not True for ok in checks.values()), order, path, own, common))
    paths.sort(key=lambda entry: entry[:2])
    steps = [
        NextStep(
            text="; ".join(p.description + _note(p, candidate) for p in [*own, *common]),
            source=path.source(_source(credential)),
        )
        for _, _, path, own, common in paths
    ]
    summary = None
    if len(paths) > 1:
        routes = ["; ".join(p.description + _note(p, candidate) for p in own) for _, _, _, own, _ in paths]
        common = paths[0][4]
        summary = "Any one of: " + " | ".join(routes)
        if common:
            summary += " -- and then: " + "; ".join(p.description for p in common)
    documented = "its documented prerequisites" if credential.prerequisites else "the credential"
    return Assessment(
        status="unmet",
        reason=f"You do not hold {credential.id}, and your profile does not show {documented}"
        + (f" ({credential.prerequisites_note})" if credential.prerequisites_note else "")
        + ".",
        next_step=summary,
        next_steps=steps or [NextStep(text=f"Earn {credential.id}", source=_source(credential))],
        source=_source(credential),
    )
