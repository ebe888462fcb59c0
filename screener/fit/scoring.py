"""Assessments -> score, verdict and next steps. The formula is documented in docs/scoring.md.

The core knows no credential: each requirement is assessed by the first
plugin with an answer (``screener_assess``); a requirement no plugin answers
is ``unknown``. Here the answers are put together:

- *items*: a requirement on its own, an ``any_of`` group (met by its best
  member) or the posting's alternative qualification paths (met by the best
  path; a path is as good as its worst item).
- *score* = 100 x sum(weight x credit) / sum(weight) over the items, rounded;
  weight = strength weight x kind weight; credit by status (a plugin may give
  the share of a partial requirement).
- *verdict*: ``qualified`` when every required item is met, ``not_qualified``
  when one is unmet, else ``stretch``.
- A posting that is not health-information work (``Extraction.in_scope``
  false) scores 0, ``not_qualified``; one in which nothing was found
  scores 0, ``stretch``; ``Fit.note`` says which. Neither tops a ranking.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from screener.core.errors import DuplicateDefinitionError, PluginError
from screener.core.models import (
    DEFAULT_KIND_WEIGHT,
    EDUCATION_LEVEL_NAMES,
    STATUS_ORDER,
    Assessment,
    AssessmentStatus,
    ErrorRecord,
    Extraction,
    Fit,
    FitItem,
    FitReport,
    Profile,
    Requirement,
    RequirementAssessment,
    ScoringWeights,
    Verdict,
)
from screener.host.hook_results import validated_answer
from screener.host.plugins import PluginHost
from screener.knowledge.base import Knowledge

ASSESS_HOOK = "screener_assess"
#: Why an off-topic or empty posting scores 0: it must never top a ranking.
OUT_OF_SCOPE = "not health-information work: the posting asks for nothing of the field"
NOTHING_TO_CHECK = "the posting states no requirement the screener can check: read it yourself"
WEIGHTS_HOOK = "screener_scoring_weights"
#: Where the command line looks for a weights file when no --weights is given.
WEIGHTS_ENV = "SCREENER_WEIGHTS"


# --------------------------------------------------------------------------- weights


def plugin_weights(host: PluginHost) -> dict[str, dict[str, float]]:
    """The weights the plugins give (``screener_scoring_weights``), merged; a clash names both plugins."""
    merged: dict[str, dict[str, float]] = {}
    given_by: dict[tuple[str, str], str] = {}
    for plugin_name, result in _each_weights(host):
        for table, values in result.items():
            for key, value in values.items():
                previous = given_by.get((table, key))
                if previous is not None and merged[table][key] != value:
                    raise DuplicateDefinitionError(
                        f"scoring weight {table}.{key} is {merged[table][key]:g} in plugin {host.describe(previous)} "
                        f"and {value:g} in plugin {host.describe(plugin_name)}; uninstall one of them or set it "
                        "in a weights file",
                        plugins=(previous, plugin_name),
                    )
                merged.setdefault(table, {})[key] = value
                given_by[(table, key)] = plugin_name
    return merged


def _each_weights(host: PluginHost) -> Iterable[tuple[str, dict[str, dict[str, float]]]]:
    answers = host.call(WEIGHTS_HOOK).checked(lambda plugin_name, result: _checked_weights(host, plugin_name, result))
    host.faults.settle(answers.faults)
    yield from answers


def _checked_weights(host: PluginHost, plugin_name: str, result: Any) -> dict[str, dict[str, float]]:
    """A plugin's weights as tables of numbers; anything else is a :class:`PluginError` naming it."""
    try:
        data = result.model_dump(exclude_unset=True) if isinstance(result, BaseModel) else dict(result)
        ScoringWeights.model_validate(data)
    except (ValidationError, TypeError, ValueError) as exc:
        raise PluginError(
            f"plugin {host.describe(plugin_name)} returned invalid weights from {WEIGHTS_HOOK}: {exc}",
            plugin=plugin_name,
            hook=WEIGHTS_HOOK,
        ) from exc
    return {table: dict(values) for table, values in data.items()}


def resolve_weights(
    host: PluginHost,
    given: ScoringWeights | Mapping[str, Any] | str | os.PathLike[str] | None = None,
    kinds: Iterable[str] | None = None,
) -> ScoringWeights:
    """Defaults, overridden by the plugins' weights, overridden by ``given`` (a file path, mapping or model).

    A file is read like a profile (YAML, JSON or TOML) and may give only some
    weights; an invalid one raises :class:`screener.core.errors.DataFileError`, and
    so does a weight for a kind of requirement that is not in ``kinds`` (the
    kinds the installed plugins know: "coding_systems" is a typo, not a kind).
    """
    layers: list[Mapping[str, Any]] = [plugin_weights(host)]
    if isinstance(given, ScoringWeights):
        return given
    if isinstance(given, Mapping):
        ScoringWeights.model_validate(given)
        _check_kinds(given, kinds, path="weights", lines=None)
        layers.append(given)
    elif given is not None:
        from screener.fit.datafiles import read_data, validate

        data, lines = read_data(given, what="weights file")
        validate(data, ScoringWeights, path=str(given), what="weights file", lines=lines)
        _check_kinds(data, kinds, path=str(given), lines=lines)
        layers.append(data)
    merged: dict[str, dict[str, float]] = {}
    for layer in layers:
        for table, values in layer.items():
            merged.setdefault(table, {}).update(values)
    return ScoringWeights.model_validate(merged)


def _check_kinds(data: Mapping[str, Any], kinds: Iterable[str] | None, *, path: str, lines: Any) -> None:
    """A weight for a kind no plugin knows is a mistake (a typo): an error naming the key and its line."""
    if kinds is None or not isinstance(data.get("kind"), Mapping):
        return
    known = set(kinds)
    unknown = [key for key in data["kind"] if key not in known]
    if not unknown:
        return
    from screener.core.errors import DataFileError

    problems = [
        (
            f"kind.{key}",
            lines.line_of(["kind", key]) if lines else None,
            f"not a kind of requirement the installed plugins know (known: {', '.join(sorted(known))})",
        )
        for key in unknown
    ]
    described = [f"{path}{f':{line}' if line else ''}: {field}: {message}" for field, line, message in problems]
    raise DataFileError(
        f"{path}: invalid weights file ({len(problems)} problem{'s' if len(problems) != 1 else ''}):\n  "
        + "\n  ".join(described),
        path=path,
        problems=problems,
    )


# --------------------------------------------------------------------------- assessing


@dataclass
class _Assessor:
    host: PluginHost
    knowledge: Knowledge
    weights: ScoringWeights

    def report(self, extraction: Extraction, profile: Profile) -> FitReport:
        errors = list(extraction.errors)
        if not extraction.requirements:
            if any(e.is_read_failure for e in errors):
                return FitReport(**dict(extraction), fit=None)
            # most postings of a stream: nothing to assess, so the fit is known without building it up
            nothing = Fit(
                score=0,
                verdict="not_qualified" if not extraction.in_scope else "stretch",
                assessments=[],
                items=[],
                missing=[],
                note=OUT_OF_SCOPE if not extraction.in_scope else NOTHING_TO_CHECK,
            )
            return FitReport(**dict(extraction), fit=nothing)
        assessed: dict[int, RequirementAssessment] = {}
        for index, requirement in enumerate(extraction.requirements):
            if requirement.strength in ("required", "preferred"):
                assessed[index] = self.assess(index, requirement, profile, extraction.source, errors)
        items = build_items(extraction.requirements, assessed, self.weights)
        fit = Fit(
            score=score(items),
            verdict=verdict(items),
            assessments=list(assessed.values()),
            items=items,
            missing=[missing_label(item) for item in missing(items)],
        )
        if not extraction.in_scope:
            fit = fit.model_copy(update={"score": 0, "verdict": "not_qualified", "note": OUT_OF_SCOPE})
        data = dict(extraction)
        data["errors"] = errors
        return FitReport(**data, fit=fit)

    def assess(
        self, index: int, requirement: Requirement, profile: Profile, source: str | None, errors: list[ErrorRecord]
    ) -> RequirementAssessment:
        where: dict[str, Any] = {
            "requirement": index,
            "kind": requirement.kind,
            "id": requirement.id,
            "strength": requirement.strength,
        }
        answers = self.host.call(ASSESS_HOOK, requirement=requirement, profile=profile, knowledge=self.knowledge)
        answers = answers.checked(
            lambda plugin_name, result: validated_answer(self.host, ASSESS_HOOK, plugin_name, result, Assessment)
        )
        for fault in answers.faults:
            errors.extend(self.host.faults.settle([fault], source=source))
            culprit = fault.error.plugin
            return RequirementAssessment(
                **where,
                status="unknown",
                reason=f"Not assessed: plugin {self.host.describe(culprit)} failed in {ASSESS_HOOK}.",
                plugin=culprit,
            )
        answer = answers.first()
        if answer is None:
            return RequirementAssessment(
                **where, status="unknown", reason=f"No installed plugin assesses {requirement.kind} requirements."
            )
        plugin_name, assessment = answer
        return RequirementAssessment(**where, **assessment.model_dump(), plugin=plugin_name)


def fit_report(
    extraction: Extraction, profile: Profile, *, host: PluginHost, knowledge: Knowledge, weights: ScoringWeights
) -> FitReport:
    """How ``profile`` fits the posting behind ``extraction``."""
    return _Assessor(host, knowledge, weights).report(extraction, profile)


# --------------------------------------------------------------------------- items, score, verdict


@dataclass(frozen=True)
class _Scored:
    """A requirement's or a group's status and credit, with what to show for it."""

    status: AssessmentStatus
    credit: float
    reason: str
    next_step: str | None
    source: str | None


def build_items(
    requirements: list[Requirement], assessed: Mapping[int, RequirementAssessment], weights: ScoringWeights
) -> list[FitItem]:
    """The items the score counts, required ones first, in posting order."""
    items: list[FitItem] = []
    for strength in ("required", "preferred"):
        indices = [i for i in sorted(assessed) if assessed[i].strength == strength]
        paths: dict[int, list[int]] = {}
        for i in indices:
            if requirements[i].path is not None:
                paths.setdefault(requirements[i].path, []).append(i)  # type: ignore[arg-type]
        if len(paths) < 2:
            paths = {}
        on_paths = {i for members in paths.values() for i in members}
        for group in _groups([i for i in indices if i not in on_paths], requirements):
            items.append(_group_item(group, strength, requirements, assessed, weights))
        if paths:
            items.append(_paths_item(paths, strength, requirements, assessed, weights))
    return items


def _groups(indices: list[int], requirements: list[Requirement]) -> list[list[int]]:
    """Indices by ``any_of`` group (a requirement with none is a group of its own), in order of first member."""
    groups: dict[str, list[int]] = {}
    for i in indices:
        key = getattr(requirements[i], "any_of", None) or f"#{i}"
        groups.setdefault(key, []).append(i)
    return list(groups.values())


def _credit(assessment: Assessment, weights: ScoringWeights) -> float:
    if assessment.status == "partial" and assessment.credit is not None:
        return assessment.credit
    return weights.credit[assessment.status]


def _best(
    group: list[int],
    requirements: list[Requirement],
    assessed: Mapping[int, RequirementAssessment],
    weights: ScoringWeights,
) -> _Scored:
    def rank(i: int) -> tuple[int, float]:
        return (-STATUS_ORDER.index(assessed[i].status), _credit(assessed[i], weights))

    best = max(group, key=rank)  # the first of equals: posting order
    a = assessed[best]
    prefix = f"{requirements[best].id}: " if len(group) > 1 else ""
    return _Scored(a.status, _credit(a, weights), prefix + a.reason, a.next_step, a.source)


def _label(requirement: Requirement) -> str:
    if requirement.kind == "education":
        return EDUCATION_LEVEL_NAMES.get(requirement.id, requirement.id)  # type: ignore[call-overload]
    if requirement.kind == "experience":
        years = requirement.years  # type: ignore[union-attr]
        subject = "" if requirement.id == "general" else requirement.id.replace("_", " ") + " "
        return f"{years:g} year{'' if years == 1 else 's'} of {subject}experience"
    return requirement.id


def _join(labels: list[str]) -> str:
    unique = list(dict.fromkeys(labels))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " or " + unique[-1]


def _weight(members: list[int], strength: str, requirements: list[Requirement], weights: ScoringWeights) -> float:
    kinds = weights.kind
    return weights.strength[strength] * max(  # type: ignore[index]
        kinds.get(requirements[i].kind, DEFAULT_KIND_WEIGHT) for i in members
    )


def _group_item(
    group: list[int],
    strength: str,
    requirements: list[Requirement],
    assessed: Mapping[int, RequirementAssessment],
    weights: ScoringWeights,
) -> FitItem:
    scored = _best(group, requirements, assessed, weights)
    kinds = {requirements[i].kind for i in group}
    return FitItem(
        label=_join([_label(requirements[i]) for i in group]),
        kind=kinds.pop() if len(kinds) == 1 else "mixed",
        strength=strength,  # type: ignore[arg-type]
        requirements=group,
        status=scored.status,
        credit=scored.credit,
        weight=_weight(group, strength, requirements, weights),
        reason=scored.reason,
        next_step=scored.next_step,
        source=scored.source,
    )


def _paths_item(
    paths: dict[int, list[int]],
    strength: str,
    requirements: list[Requirement],
    assessed: Mapping[int, RequirementAssessment],
    weights: ScoringWeights,
) -> FitItem:
    """Alternative qualification paths: each path is as good as its worst item; the best path counts."""
    options = []
    for number, members in sorted(paths.items()):
        parts = [(g, _best(g, requirements, assessed, weights)) for g in _groups(members, requirements)]
        part_weights = [_weight(g, strength, requirements, weights) for g, _ in parts]
        credit = sum(w * s.credit for w, (_, s) in zip(part_weights, parts, strict=True)) / sum(part_weights)
        status = max((s.status for _, s in parts), key=STATUS_ORDER.index)
        options.append((number, status, credit, parts))
    number, status, credit, parts = max(options, key=lambda o: (-STATUS_ORDER.index(o[1]), o[2]))
    todo = [s for _, s in parts if s.status != "met"]
    members = [i for group in paths.values() for i in group]
    return FitItem(
        label=f"one of {len(paths)} qualification paths",
        kind="paths",
        strength=strength,  # type: ignore[arg-type]
        requirements=sorted(members),
        status=status,
        credit=round(credit, 4),
        weight=_weight(members, strength, requirements, weights),
        reason=f"Best is path {number}: " + " ".join(s.reason for _, s in parts),
        next_step=todo[0].next_step if todo else None,
        source=todo[0].source if todo else None,
    )


def score(items: list[FitItem]) -> int:
    """100 x sum(weight x credit) / sum(weight), rounded half up; 100 when no item has weight."""
    total = sum(item.weight for item in items)
    if total == 0:
        return 100
    return int(100 * sum(item.weight * item.credit for item in items) / total + 0.5)


def verdict(items: list[FitItem]) -> Verdict:
    required = [item.status for item in items if item.strength == "required"]
    if all(status == "met" for status in required):
        return "qualified"
    if "unmet" in required:
        return "not_qualified"
    return "stretch"


def missing_label(item: FitItem) -> str:
    return item.label + (" (preferred)" if item.strength == "preferred" else "")


def missing(items: list[FitItem]) -> list[FitItem]:
    """Items not met, most important first: required before preferred, then by the score they cost."""
    order = {id(item): n for n, item in enumerate(items)}
    return sorted(
        (item for item in items if item.status != "met"),
        key=lambda item: (item.strength != "required", -item.weight * (1 - item.credit), order[id(item)]),
    )
