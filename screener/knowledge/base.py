"""The knowledge base: every credential and skill the registered plugins define.

Collected once per :class:`screener.Screener` from the ``screener_credentials``
and ``screener_skills`` hooks. Ids are unique across plugins, and so is each
phrase that names them: a clash is an error naming both plugins, never a
silent overwrite.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import Any

from pydantic import BaseModel, ValidationError

from screener.core.errors import DuplicateDefinitionError, PluginError
from screener.core.models import BUILTIN_KINDS, Credential, Issuer, RequirementKind, Skill
from screener.host.plugins import PluginHost


@dataclass(frozen=True)
class Term:
    """A phrase that names a credential or skill in postings."""

    text: str
    kind: RequirementKind
    id: str
    as_written: bool = False

    @property
    def case_sensitive(self) -> bool:
        """Acronyms (no lower-case letters: "CCA", "CPT") must match in their case, and so must a name its skill
        lists ``as_written`` ("VistA").

        "cca" or "Ctr" in running text is rarely the credential; full names and
        mixed-case aliases ("Certified Coding Associate", "Epic") match in any case.
        """
        return self.as_written or not any(ch.islower() for ch in self.text)


@dataclass
class Knowledge:
    credentials: dict[str, Credential] = field(default_factory=dict)
    skills: dict[str, Skill] = field(default_factory=dict)
    #: the bodies that award credentials, current and historical, by id
    issuers: dict[str, Issuer] = field(default_factory=dict)
    #: (kind group, id) -> plugin name that defined it
    owners: dict[tuple[str, str], str] = field(default_factory=dict)

    def terms(self) -> Iterator[Term]:
        """Every phrase to look for: each id, name and alias."""
        for credential in self.credentials.values():
            for text in _unique([credential.id, credential.name, *credential.aliases]):
                yield Term(text, "credential", credential.id)
        for skill in self.skills.values():
            for text in _unique([skill.id, skill.name, *skill.aliases]):
                yield Term(text, skill.category, skill.id, text in skill.as_written)

    @cached_property
    def issuer_names(self) -> tuple[str, ...]:
        """Every issuer of a credential ("AHIMA", "AAPC", ...), and every known issuer's id and full name ("American
        Health Information Management Association"), in order of appearance."""
        names = [c.issuer for c in self.credentials.values()]
        names += [name for issuer in self.issuers.values() for name in (issuer.id, issuer.name)]
        return tuple(dict.fromkeys(name for name in names if name.strip()))

    @property
    def kinds(self) -> tuple[str, ...]:
        """Every kind of requirement there can be: the built-in kinds and every skill category the plugins use."""
        return tuple(dict.fromkeys([*BUILTIN_KINDS, *(s.category for s in self.skills.values())]))

    def names_of(self, kind: str, id: str) -> tuple[str, ...]:
        """The id, name and aliases of the credential (``kind="credential"``) or skill ``id``; empty if unknown."""
        item = (self.credentials if kind == "credential" else self.skills).get(id)
        return (item.id, item.name, *item.aliases) if item is not None else ()

    def drop_plugin(self, plugin_name: str) -> None:
        """Forget every credential and skill a plugin defined (it failed in a later start-up hook)."""
        for key, owner in list(self.owners.items()):
            if owner == plugin_name:
                del self.owners[key]
                (self.credentials if key[0] == "credential" else self.skills).pop(key[1], None)
        self.__dict__.pop("issuer_names", None)
        self.__dict__.pop("_names", None)
        self.__dict__.pop("_lookalike_rules", None)

    def owner(self, kind: str, id: str) -> str | None:
        group = "credential" if kind == "credential" else "skill"
        return self.owners.get((group, id))

    def lookalike_cues(self, kind: str, id: str, alias: str) -> re.Pattern[str] | None:
        """Words that mean a mention of ``alias`` is something else, or ``None``."""
        rules = self._lookalike_rules.get((kind == "credential", id))
        if not rules:
            return None
        acronym = not any(ch.islower() for ch in alias)
        applying = [
            (cues, everywhere) for aliases, cues, everywhere in rules if (alias in aliases if aliases else acronym)
        ]
        if any(anywhere for _, anywhere in applying):
            return _ANYWHERE  # doubtful in any sentence: only a credential signal near it makes it one
        cues = [cue for rule_cues, _ in applying for cue in rule_cues]
        return _cue_pattern(tuple(cues)) if cues else None

    @cached_property
    def _lookalike_rules(self) -> dict[tuple[bool, str], list[tuple[frozenset[str], tuple[str, ...], bool]]]:
        rules: dict[tuple[bool, str], list[tuple[frozenset[str], tuple[str, ...], bool]]] = {}
        for is_credential, table in ((True, self.credentials), (False, self.skills)):
            for item in table.values():
                if item.lookalikes:
                    rules[(is_credential, item.id)] = [
                        (frozenset(rule.aliases), tuple(rule.cues), rule.everywhere) for rule in item.lookalikes
                    ]
        return rules

    def resolve(self, group: str, name: str) -> str | None:
        """The id of the credential (``group="credential"``) or skill (any other group) that ``name`` names.

        ``name`` is an id, the full name or an alias, in any case ("rhit",
        "Registered Health Information Technician", "ICD10CM"); ``None`` when
        no plugin defines it. This is how what a candidate wrote in a profile
        is matched with what postings ask for.
        """
        return self._names["credential" if group == "credential" else "skill"].get(_fold_name(name))

    @cached_property
    def _names(self) -> dict[str, dict[str, str]]:
        names: dict[str, dict[str, str]] = {"credential": {}, "skill": {}}
        for group, table in (("credential", self.credentials), ("skill", self.skills)):
            for item in table.values():
                for text in [item.id, item.name, *item.aliases]:
                    names[group].setdefault(_fold_name(text), item.id)
        return names


def _fold_name(text: str) -> str:
    return " ".join(text.casefold().split())


_cue_patterns: dict[tuple[str, ...], re.Pattern[str]] = {}
#: Matches in any sentence: the cue of a lookalike declared ``everywhere``.
_ANYWHERE = re.compile("")


def _cue_pattern(cues: tuple[str, ...]) -> re.Pattern[str]:
    pattern = _cue_patterns.get(cues)
    if pattern is None:
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in cues) + ")", re.I)
        _cue_patterns[cues] = pattern
    return pattern


#: The hooks that define the vocabulary: (hook, what each item is, which table it goes in).
VOCABULARY_HOOKS: tuple[tuple[str, type[Credential] | type[Skill], str], ...] = (
    ("screener_credentials", Credential, "credential"),
    ("screener_skills", Skill, "skill"),
)


def collect_knowledge(host: PluginHost) -> Knowledge:
    """Ask every plugin for its credentials and skills, validate and merge them.

    The override rule: an installed plugin may redefine a built-in credential
    or skill (to correct or extend it); the built-in definition is dropped and
    a notice says so. Two installed plugins defining one id, or two built-ins,
    is an error naming both.
    """
    knowledge = Knowledge()
    alias_owner: dict[str, tuple[str, str, str]] = {}  # folded alias -> (plugin, kind group, id)
    for group, answers in _vocabulary_answers(host):
        builtins_first = sorted(answers, key=lambda answer: not host.is_builtin(answer[0]))
        for plugin_name, items in builtins_first:
            for item in items:
                _add(knowledge, alias_owner, host, plugin_name, group, item)
    _collect_issuers(host, knowledge)
    return knowledge


def _collect_issuers(host: PluginHost, knowledge: Knowledge) -> None:
    """The issuers the plugins name; an installed plugin may redefine a built-in one, never another's."""
    hook = "screener_issuers"
    answers = host.call(hook).checked(lambda plugin_name, result: _validated(host, hook, plugin_name, result, Issuer))
    host.faults.settle(answers.faults)
    owners: dict[str, str] = {}
    builtins_first = sorted(answers, key=lambda answer: not host.is_builtin(answer[0]))
    for plugin_name, items in builtins_first:
        if not host.pm.has_plugin(plugin_name):
            continue
        for issuer in items:
            previous = owners.get(issuer.id)
            if previous is not None and previous != plugin_name:
                if not (host.is_builtin(previous) and not host.is_builtin(plugin_name)):
                    raise DuplicateDefinitionError(
                        f"issuer id {issuer.id!r} is defined by both plugin {host.describe(previous)} "
                        f"and plugin {host.describe(plugin_name)}; uninstall or disable one of them",
                        plugins=(previous, plugin_name),
                    )
                host.report(
                    f"plugin {host.describe(plugin_name)} overrides the built-in issuer {issuer.id!r} "
                    f"of plugin {host.describe(previous)}"
                )
            knowledge.issuers[issuer.id] = issuer
            owners[issuer.id] = plugin_name


def _vocabulary_answers(host: PluginHost) -> list[tuple[str, list[tuple[str, list[Any]]]]]:
    """``(group, [(plugin name, validated items), ...])`` for each vocabulary hook, in pluggy's order.

    A plugin that fails in one of these hooks is settled by the host's fault
    policy (reported and removed, or raised when strict) before the next hook
    is called, and everything it gave in any of them is left out.
    """
    gathered = []
    for hook, model, group in VOCABULARY_HOOKS:
        answers = host.call(hook).checked(partial(_validated, host, hook, model=model))
        host.faults.settle(answers.faults)
        gathered.append((group, list(answers)))
    return [
        (group, [(plugin_name, items) for plugin_name, items in answers if host.pm.has_plugin(plugin_name)])
        for group, answers in gathered
    ]


def _validated(host: PluginHost, hook: str, plugin_name: str, result: Any, model: type[BaseModel]) -> list[Any]:
    if isinstance(result, (str, bytes, BaseModel, dict)) or not isinstance(result, Iterable):
        raise PluginError(
            f"plugin {host.describe(plugin_name)} returned {type(result).__name__} from {hook}; "
            f"expected a list of {model.__name__}",
            plugin=plugin_name,
            hook=hook,
        )
    items = []
    for position, item in enumerate(result):
        if isinstance(item, model):
            items.append(item)
            continue
        try:
            items.append(
                model.model_validate(
                    item if isinstance(item, dict) else item.model_dump() if isinstance(item, BaseModel) else item
                )
            )
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or '(item)'}: {err['msg']}" for err in exc.errors()
            )
            raise PluginError(
                f"plugin {host.describe(plugin_name)} returned an invalid {model.__name__} "
                f"(item {position}) from {hook}: {problems}",
                plugin=plugin_name,
                hook=hook,
            ) from exc
    return items


def _add(
    knowledge: Knowledge,
    alias_owner: dict[str, tuple[str, str, str]],
    host: PluginHost,
    plugin_name: str,
    group: str,
    item: Credential | Skill,
) -> None:
    table: dict[str, Any] = knowledge.credentials if group == "credential" else knowledge.skills
    previous = knowledge.owners.get((group, item.id))
    if previous is not None and host.is_builtin(previous) and not host.is_builtin(plugin_name):
        host.report(
            f"plugin {host.describe(plugin_name)} overrides the built-in {group} {item.id!r} "
            f"of plugin {host.describe(previous)}"
        )
        del table[item.id], knowledge.owners[(group, item.id)]
        for folded, (_, owner_group, owner_id) in list(alias_owner.items()):
            if (owner_group, owner_id) == (group, item.id):
                del alias_owner[folded]
        previous = None
    if previous is not None:
        raise DuplicateDefinitionError(
            f"{group} id {item.id!r} is defined by both plugin {host.describe(previous)} "
            f"and plugin {host.describe(plugin_name)}; uninstall or disable one of them",
            plugins=(previous, plugin_name),
        )
    for text in _unique([item.id, item.name, *item.aliases]):
        folded = _fold(text)
        claimed = alias_owner.get(folded)
        if claimed is not None and (claimed[1], claimed[2]) != (group, item.id):
            raise DuplicateDefinitionError(
                f"the phrase {text!r} names {claimed[1]} {claimed[2]!r} in plugin {host.describe(claimed[0])} "
                f"and {group} {item.id!r} in plugin {host.describe(plugin_name)}; a phrase may name only one thing",
                plugins=(claimed[0], plugin_name),
            )
        alias_owner[folded] = (plugin_name, group, item.id)
    table[item.id] = item
    knowledge.owners[(group, item.id)] = plugin_name


def _fold(text: str) -> str:
    """Two phrases clash when they would match the same words."""
    term_case_sensitive = not any(ch.islower() for ch in text)
    return text if term_case_sensitive else text.lower()


def _unique(texts: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for text in texts:
        seen.setdefault(text, None)
    return list(seen)


def plugin_contributions(host: PluginHost) -> dict[str, dict[str, list[str]]]:
    """What each plugin contributes (credential and skill ids), for listings.

    Unlike :func:`collect_knowledge` this never stops at a duplicate: it is
    how a user finds out which two plugins clash. A plugin that fails here is
    reported and removed, as at collection.
    """
    contributions: dict[str, dict[str, list[str]]] = {}
    for group, answers in _vocabulary_answers(host):
        key = "credentials" if group == "credential" else "skills"
        for plugin_name, items in answers:
            contributions.setdefault(plugin_name, {}).setdefault(key, []).extend(item.id for item in items)
    return contributions
