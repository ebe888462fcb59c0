"""Measuring extraction against hand labels (the format of the shared corpus's LABELS.md).

A labelled folder has ``postings/NAME.txt`` (or any file a reader handles)
and ``labels/NAME.json``. Scores are micro-averaged over the folder:

- credentials: (id, strength) pairs, every member of every labelled group;
- any-of groups: labelled groups of two or more, matched as exact id sets
  with the same strength;
- coding systems: (id, strength), where a found id also matches a label
  naming one of its families (``MS-DRG`` matches ``DRG``);
- skills and software (where a label file lists them): (id, strength),
  with family matching as for coding systems;
- education: the posting's minimum required level, right or wrong; and
  precision/recall/F1 over the (strength, level) pairs labelled and found
  (required and preferred);
- experience: the same for the minimum years;
- in scope: whether the posting is health-information work at all
  (``in_scope``), where labelled.

A folder of extra label files (``extra_labels``) adds keys to the labels of
postings of the same name: how skills, software and ``in_scope`` labels for
the shared corpus are kept apart from it.

Only ids the knowledge base knows are scored; labelled ids it does not know
(a UK "ACC", or a credential no installed plugin defines) are listed apart so
missing knowledge stays visible. A label's descriptive id that spells one of
a known item's names ("Hyland-OnBase", "HCHB"), or a known product's id
with an edition after a hyphen ("Dentrix-Enterprise"), is scored as that
item.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from screener.core.errors import ReadError, ScreenerError
from screener.core.models import CredentialRequirement, EducationLevel, Extraction, Strength
from screener.engine import Screener


class _LabelModel(BaseModel):
    model_config = ConfigDict(extra="ignore")


class LabelledCredential(_LabelModel):
    any_of: list[str] = Field(min_length=1)
    strength: Strength


class LabelledCodingSystem(_LabelModel):
    id: str
    strength: Strength


class LabelledLevels(_LabelModel):
    required: EducationLevel | None = None
    preferred: EducationLevel | None = None


class LabelledYears(_LabelModel):
    required: float | None = None
    preferred: float | None = None


class LabelledSkill(_LabelModel):
    id: str
    strength: Strength


class Labels(_LabelModel):
    """One posting's hand labels."""

    credentials: list[LabelledCredential] = Field(default_factory=list)
    coding_systems: list[LabelledCodingSystem] = Field(default_factory=list)
    education: LabelledLevels = Field(default_factory=LabelledLevels)
    experience_years: LabelledYears = Field(default_factory=LabelledYears)
    #: ``None`` when the label file does not say (not scored)
    skills: list[LabelledSkill] | None = None
    software: list[LabelledSkill] | None = None
    in_scope: bool | None = None
    notes: str | None = None


@dataclass
class Counts:
    """True positives, false positives, false negatives (or right/total for accuracies)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Report:
    postings: int = 0
    credentials: Counts = field(default_factory=Counts)
    any_of_groups: Counts = field(default_factory=Counts)
    coding_systems: Counts = field(default_factory=Counts)
    skills: Counts = field(default_factory=Counts)
    software: Counts = field(default_factory=Counts)
    education: Accuracy = field(default_factory=Accuracy)
    experience: Accuracy = field(default_factory=Accuracy)
    education_values: Counts = field(default_factory=Counts)
    experience_values: Counts = field(default_factory=Counts)
    in_scope: Accuracy = field(default_factory=Accuracy)
    misses: list[dict[str, Any]] = field(default_factory=list)
    unscored_ids: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def counts(c: Counts) -> dict[str, Any]:
            return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall, "f1": c.f1}

        return {
            "postings": self.postings,
            "credentials": counts(self.credentials),
            "any_of_groups": counts(self.any_of_groups),
            "coding_systems": counts(self.coding_systems),
            "skills": counts(self.skills),
            "software": counts(self.software),
            "education": counts(self.education_values),
            "experience": counts(self.experience_values),
            "in_scope": {"right": self.in_scope.right, "total": self.in_scope.total, "accuracy": self.in_scope.value},
            "education_required": {
                "right": self.education.right,
                "total": self.education.total,
                "accuracy": self.education.value,
            },
            "experience_required_years": {
                "right": self.experience.right,
                "total": self.experience.total,
                "accuracy": self.experience.value,
            },
            "misses": self.misses,
            "unscored_ids": self.unscored_ids,
            "errors": self.errors,
        }


def labelled_postings(folder: Path) -> list[tuple[Path, Path]]:
    """(posting file, label file) pairs of a labelled folder, by name."""
    postings_dir, labels_dir = folder / "postings", folder / "labels"
    if not postings_dir.is_dir() or not labels_dir.is_dir():
        raise ScreenerError(f"{folder}: expected the folders postings/ and labels/ (see LABELS.md)")
    pairs = []
    for label in sorted(labels_dir.glob("*.json")):
        matches = sorted(p for p in postings_dir.glob(f"{label.stem}.*") if p.is_file())
        pairs.append((matches[0] if matches else postings_dir / f"{label.stem}.txt", label))
    return pairs


def load_labels(path: Path, extra: Sequence[Path] = ()) -> Labels:
    """The labels of one posting; each of ``extra``, a label file with more keys for it, adds (or replaces) those keys.

    A key ``notes`` is added to the notes, not put in their place.
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        for more in extra:
            if more.is_file():
                added = json.loads(more.read_text(encoding="utf-8"))
                notes = " ".join(n for n in (data.get("notes"), added.pop("notes", None)) if n)
                data.update(added)
                if notes:
                    data["notes"] = notes
        return Labels.model_validate(data)
    except (OSError, json.JSONDecodeError) as exc:
        raise ScreenerError(f"{path}: cannot read labels: {exc}") from exc
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        raise ScreenerError(f"{path}: invalid labels: {problems}") from exc


def evaluate(screener: Screener, folder: Path, extra_labels: Path | Sequence[Path] | None = None) -> Report:
    """Extract every labelled posting of ``folder`` and compare with its labels.

    ``extra_labels``: folders of label files whose keys are added to (or
    replace) those of the posting of the same name, in order.
    """
    report = Report()
    extra_folders = [extra_labels] if isinstance(extra_labels, Path) else list(extra_labels or ())
    for extra in extra_folders:
        if not extra.is_dir():
            raise ScreenerError(f"{extra}: not a folder of label files")
    for posting_path, label_path in labelled_postings(folder):
        name = label_path.stem
        try:
            labels = load_labels(label_path, [extra / f"{name}.json" for extra in extra_folders])
            extraction = screener.extract(screener.read(str(posting_path)))
        except (ReadError, ScreenerError) as exc:
            report.errors.append(str(exc))
            continue
        report.postings += 1
        for error in extraction.errors:
            report.errors.append(f"{name}: {error.message}")
        score_posting(screener, name, labels, extraction, report)
    return report


def score_posting(screener: Screener, name: str, labels: Labels, extraction: Extraction, report: Report) -> None:
    known_credentials = set(screener.knowledge.credentials)
    known_skills = screener.knowledge.skills

    def miss(field_name: str, what: str, **details: Any) -> None:
        report.misses.append({"posting": name, "field": field_name, "what": what, **details})

    def credential_id(label_id: str) -> str:
        """A label's credential, under the knowledge base's id when the label wrote another of its names ("CRCS-I")."""
        if label_id in known_credentials:
            return label_id
        return screener.knowledge.resolve("credential", label_id) or label_id

    # credentials, member by member
    labelled = set()
    for entry in labels.credentials:
        for id_ in map(credential_id, entry.any_of):
            if id_ in known_credentials:
                labelled.add((id_, entry.strength))
            else:
                report.unscored_ids[id_] = report.unscored_ids.get(id_, 0) + 1
    found_credentials = [
        r
        for r in extraction.of_kind("credential")
        if isinstance(r, CredentialRequirement) and r.strength in ("required", "preferred")
    ]
    found = {(r.id, r.strength) for r in found_credentials}
    _count(
        report.credentials, labelled, found, lambda item, kind: miss("credentials", kind, id=item[0], strength=item[1])
    )

    # any-of groups, exact, over the ids the knowledge base knows: a label's "RN license or RHIA/RHIT" is the group
    # RHIA/RHIT an extraction can give (an unknown id is never found; a group left with one known id is no group)
    labelled_groups = {
        (known, e.strength)
        for e in labels.credentials
        if len(known := frozenset(i for i in map(credential_id, e.any_of) if i in known_credentials)) > 1
    }
    grouped: dict[str, list] = {}
    for requirement in found_credentials:
        if requirement.any_of:
            grouped.setdefault(requirement.any_of, []).append(requirement)
    found_groups = {(frozenset(r.id for r in members), members[0].strength) for members in grouped.values()}
    _count(
        report.any_of_groups,
        labelled_groups,
        found_groups,
        lambda item, kind: miss("any_of_groups", kind, ids=sorted(item[0]), strength=item[1]),
    )

    # coding systems, skills and software, with families
    for kind, entries, counts in (
        ("coding_system", labels.coding_systems, report.coding_systems),
        ("skill", labels.skills, report.skills),
        ("software", labels.software, report.software),
    ):
        if entries is not None:
            _score_skills(kind, entries, extraction, known_skills, counts, report, miss, screener.knowledge.resolve)

    # education and experience, per posting; a wrong required value is listed once, below, as *_required
    def preferred_miss(field_name: str) -> Any:
        return lambda item, what: miss(field_name, what, value=item[1], strength="preferred")

    def silent(item: Any, what: str) -> None:
        return None

    for strength in ("required", "preferred"):
        _count(
            report.education_values,
            {(strength, getattr(labels.education, strength))} - {(strength, None)},
            {(strength, extraction.minimum_education(strength))} - {(strength, None)},
            preferred_miss("education") if strength == "preferred" else silent,
        )
        _count(
            report.experience_values,
            {(strength, _years(getattr(labels.experience_years, strength)))} - {(strength, None)},
            {(strength, _years(extraction.minimum_experience_years(strength)))} - {(strength, None)},
            preferred_miss("experience") if strength == "preferred" else silent,
        )
    if labels.in_scope is not None:
        report.in_scope.total += 1
        if extraction.in_scope == labels.in_scope:
            report.in_scope.right += 1
        else:
            miss("in_scope", "wrong", expected=labels.in_scope, got=extraction.in_scope)
    got_level = extraction.minimum_education("required")
    report.education.total += 1
    if got_level == labels.education.required:
        report.education.right += 1
    else:
        miss("education_required", "wrong", expected=labels.education.required, got=got_level)
    got_years = extraction.minimum_experience_years("required")
    report.experience.total += 1
    if _years(got_years) == _years(labels.experience_years.required):
        report.experience.right += 1
    else:
        miss("experience_required_years", "wrong", expected=labels.experience_years.required, got=got_years)


def _known_skill_id(label_id: str, kind: str, known_skills: dict[str, Any], resolve: Any) -> str:
    """A label's id, under the knowledge base's id when the label wrote a descriptive id of one of its names
    ("Hyland-OnBase" for OnBase, "HCHB" for Homecare-Homebase), or of a known product with its edition after a hyphen
    ("Dentrix-Enterprise"), and that item is of the label's kind."""
    if label_id in known_skills:
        return label_id
    for name in (label_id, label_id.replace("-", " ")):
        found = resolve("skill", name)
        if found is not None and known_skills[found].category == kind:
            return str(found)
    # ... or a known product with its edition or module after a hyphen: "Dentrix-Enterprise", "WellSky-Home-Health"
    # (software only: a code set's national modification, "ICD-10-CA", is a labelling decision of its own)
    editions = [
        known
        for known, skill in known_skills.items()
        if kind == "software" and skill.category == kind and label_id.startswith(f"{known}-")
    ]
    return max(editions, key=len) if editions else label_id


def _score_skills(
    kind: str,
    entries: list[Any],
    extraction: Extraction,
    known_skills: dict[str, Any],
    counts: Counts,
    report: Report,
    miss: Any,
    resolve: Any,
) -> None:
    """(id, strength) of one kind of skill; a found id also matches a label naming one of its families."""
    field_name = {"coding_system": "coding_systems", "skill": "skills", "software": "software"}[kind]
    wanted = []
    for entry in entries:
        label_id = _known_skill_id(entry.id, kind, known_skills, resolve)
        if label_id in known_skills or any(label_id in s.broader for s in known_skills.values()):
            wanted.append((label_id, entry.strength))
        else:
            report.unscored_ids[entry.id] = report.unscored_ids.get(entry.id, 0) + 1
    remaining = [(r.id, r.strength) for r in extraction.of_kind(kind) if r.strength != "not_required"]
    for label_id, strength in wanted:
        match = next(
            (
                item
                for item in remaining
                if item[1] == strength
                and (item[0] == label_id or label_id in getattr(known_skills.get(item[0]), "broader", []))
            ),
            None,
        )
        if match is None:
            counts.fn += 1
            miss(field_name, "missed", id=label_id, strength=strength)
        else:
            counts.tp += 1
            remaining.remove(match)
            # a label naming a family stands for every member the posting names ("DRG" for "MS-DRG and APR-DRG",
            # LABELS.md): the other members found with its strength are the same entry, not extra ones
            remaining = [
                item
                for item in remaining
                if not (item[1] == strength and label_id in getattr(known_skills.get(item[0]), "broader", []))
            ]
    for id_, strength in remaining:
        counts.fp += 1
        miss(field_name, "extra", id=id_, strength=strength)


def _years(years: float | None) -> float | None:
    """Years to two decimals, as the extraction gives them: a label's "4 months" written as 4/12 (0.3333...) is the
    extraction's 0.33.

    Zero years is no figure: "no experience required" asks for none, as a posting that names no years does, and a
    candidate meets both alike. Labellers write it both ways (LABELS.md: "null when none is stated"; some label 0),
    so the two are one answer here.
    """
    return None if years is None or years == 0 else round(years, 2)


def _count(counts: Counts, labelled: Iterable[Any], found: Iterable[Any], on_miss: Any) -> None:
    labelled, found = set(labelled), set(found)
    counts.tp += len(labelled & found)
    for item in sorted(labelled - found, key=str):
        counts.fn += 1
        on_miss(item, "missed")
    for item in sorted(found - labelled, key=str):
        counts.fp += 1
        on_miss(item, "extra")


def render_report(report: Report) -> str:
    """The report as a table, then the misses."""

    def pct(value: float | None) -> str:
        return "-" if value is None else f"{value:.3f}"

    lines = [f"{report.postings} labelled posting(s)", ""]
    rows = [("FIELD", "PRECISION", "RECALL", "F1", "SUPPORT")]
    for name, counts in (
        ("credentials (id + strength)", report.credentials),
        ("any-of groups (exact)", report.any_of_groups),
        ("coding systems (id + strength)", report.coding_systems),
        ("skills (id + strength)", report.skills),
        ("software (id + strength)", report.software),
        ("education (strength + level)", report.education_values),
        ("experience (strength + years)", report.experience_values),
    ):
        if counts.tp + counts.fn + counts.fp == 0 and name.startswith(("skills", "software")):
            continue  # not labelled in this folder
        rows.append((name, pct(counts.precision), pct(counts.recall), pct(counts.f1), str(counts.tp + counts.fn)))
    for name, accuracy in (
        ("education required level", report.education),
        ("experience required years", report.experience),
        ("in scope", report.in_scope),
    ):
        if accuracy.total:
            rows.append((name, "", "", f"accuracy {pct(accuracy.value)}", str(accuracy.total)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    if report.misses:
        lines += ["", "Misses:"]
        for m in report.misses:
            details = ", ".join(f"{k}={v}" for k, v in m.items() if k not in {"posting", "field", "what"})
            lines.append(f"  {m['posting']}: {m['field']} {m['what']}: {details}")
    if report.unscored_ids:
        unscored = ", ".join(f"{k} ({v})" for k, v in sorted(report.unscored_ids.items()))
        lines += ["", f"Not scored (unknown to the knowledge base): {unscored}"]
    if report.errors:
        lines += ["", "Errors:"] + [f"  {e}" for e in report.errors]
    return "\n".join(lines) + "\n"
