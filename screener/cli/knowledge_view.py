"""Human-readable views of the knowledge base (``screener credentials``, ``screener skills``)."""

from __future__ import annotations

from collections.abc import Iterable

from screener.core.models import Credential, Issuer, Prerequisite, Skill
from screener.io.tables import Column

CREDENTIAL_COLUMNS = (Column("ID", fixed=True), Column("ISSUER"), Column("NAME", min_width=16), Column("ALIASES"))
SKILL_COLUMNS = (Column("ID"), Column("CATEGORY", fixed=True), Column("NAME", min_width=16), Column("ALIASES"))


def credential_rows(credentials: Iterable[Credential]) -> list[tuple[str, ...]]:
    """The rows of ``screener credentials`` (columns :data:`CREDENTIAL_COLUMNS`), by issuer."""
    return [(c.id, c.issuer, c.name, ", ".join(c.aliases)) for c in sorted(credentials, key=lambda c: (c.issuer, c.id))]


def skill_rows(skills: Iterable[Skill]) -> list[tuple[str, ...]]:
    """The rows of ``screener skills`` (columns :data:`SKILL_COLUMNS`), by category."""
    return [
        (s.id, s.category.replace("_", " "), s.name, ", ".join(s.aliases))
        for s in sorted(skills, key=lambda s: (s.category, s.id.lower()))
    ]


def credential_detail(credential: Credential, *, owner: str | None = None) -> str:
    lines = [f"{credential.id}: {credential.name} ({credential.issuer})"]
    if not credential.verified:
        lines.append("  (some eligibility facts are unverified)")
    if owner:
        lines.append(f"  defined by plugin: {owner}")
    if credential.aliases:
        lines.append(f"  also written: {', '.join(credential.aliases)}")
    lines.append("  prerequisites:")
    if credential.prerequisites:
        lines += [f"    - {_prerequisite(p)}" for p in credential.prerequisites]
    else:
        lines.append(f"    {credential.prerequisites_note or 'none documented'}")
    if credential.implies_education:
        lines.append(f"  implies education: {credential.implies_education}")
    if credential.supersedes:
        lines.append(f"  replaces: {', '.join(credential.supersedes)}")
    if credential.equivalent_to:
        why = f" ({credential.equivalence})" if credential.equivalence else ""
        source = f" [{credential.equivalence_source}]" if credential.equivalence_source else ""
        lines.append(f"  counts as: {', '.join(credential.equivalent_to)}{why}{source}")
    if credential.renewal:
        r = credential.renewal
        text = r.description or " ".join(
            part
            for part in (
                f"{r.ceus:g} CEUs" if r.ceus is not None else "",
                f"every {r.cycle_years:g} years" if r.cycle_years is not None else "",
            )
            if part
        )
        lines.append(
            f"  renewal: {text}" + ("" if r.verified else " (unverified)") + (f" [{r.source}]" if r.source else "")
        )
    return "\n".join(lines + _links(credential.url, credential.sources))


def issuer_lines(issuer: Issuer, *, brief: bool = False) -> list[str]:
    """An issuer: one wrapped paragraph under the credentials table (``brief``), or in full."""
    from screener.io.output import paragraph

    state = "historical issuer" if issuer.historical else "issuer"
    if brief:
        text = f"{issuer.id}: {issuer.name}" + (f" ({issuer.note})" if issuer.note else "")
        return paragraph(text, first="  ", rest="    ")
    lines = [f"{issuer.id}: {issuer.name} ({state})"]
    if not issuer.verified:
        lines.append("  (unverified)")
    if issuer.note:
        lines.append(f"  {issuer.note}")
    return lines + _links(issuer.url, issuer.sources)


def skill_detail(skill: Skill, *, owner: str | None = None) -> str:
    lines = [f"{skill.id}: {skill.name} ({skill.category})"]
    if owner:
        lines.append(f"  defined by plugin: {owner}")
    if skill.aliases:
        lines.append(f"  also written: {', '.join(skill.aliases)}")
    if skill.broader:
        lines.append(f"  part of: {', '.join(skill.broader)}")
    return "\n".join(lines + _links(skill.url, skill.sources))


def _links(url: str | None, sources: list[str]) -> list[str]:
    lines = [f"  page: {url}"] if url else []
    if sources:
        lines += ["  sources:", *(f"    {source}" for source in sources)]
    return lines


def _prerequisite(p: Prerequisite) -> str:
    text = p.description
    tags = []
    if p.route:
        tags.append(f"route {p.route}")
    tags.append("required" if p.required else "recommended")
    if not p.verified:
        tags.append("unverified")
    text += f" ({'; '.join(tags)})"
    if p.source:
        text += f" [{p.source}]"
    return text
