"""The plugin contract: every hook a plugin may implement.

Each docstring below is that hook's documentation. A plugin is any module or
object with functions decorated by ``screener.hookimpl`` and named like one
of these hooks; it accepts any subset of the parameters listed (pluggy passes
only the arguments a function names), so parameters can be added to a hook in
a later version without breaking existing plugins.

Plugins are found through the ``screener`` entry-point group. The built-in
plugins in ``screener_plugins`` are registered the same way.

The screener calls every hook through pluggy (``pm.hook.<name>(...)``), so
hook wrappers (``@hookimpl(wrapper=True)``) and ``tryfirst``/``trylast``
work as pluggy documents; each implementation is guarded, so a plugin that
raises (``SystemExit`` included) is reported by name (plugin and hook) and,
unless the run is strict, the others still run (screener/host/hook_calls.py,
screener/host/fault_policy.py).

docs/plugins.md is the guide: a tutorial, the hook reference (kept in step
with this module by tests/test_plugin_docs.py) and the stability policy.

Stability policy (docs/plugins.md, "Stability policy"): within a major
version hooks only grow. A hook, or a parameter of one, is never renamed or
removed and never changes meaning; new hooks and parameters may be added.
Anything that must go is first deprecated for at least one minor version,
with a warning naming the plugin and the replacement (pluggy's
``warn_on_impl`` / ``warn_on_impl_args``), and removed only in the next
major version.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pluggy

PROJECT_NAME = "screener"

hookspec = pluggy.HookspecMarker(PROJECT_NAME)
#: Decorator that marks a function as a hook implementation: ``@hookimpl``.
hookimpl = pluggy.HookimplMarker(PROJECT_NAME)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from screener.core.deferred import DeferredPosting
    from screener.core.errors import ReadError
    from screener.core.models import (
        Assessment,
        Credential,
        Issuer,
        Posting,
        Profile,
        Requirement,
        ScoringWeights,
        Skill,
    )
    from screener.core.rules import ContextRule
    from screener.knowledge.base import Knowledge


@hookspec
def screener_credentials() -> Iterable[Credential]:
    """Return the credentials this plugin defines.

    Called once when a :class:`screener.Screener` is built. Return a list (or
    any iterable) of :class:`screener.Credential`; plain dicts with the same
    fields are accepted and validated. Each credential's id, name and aliases
    become phrases the extractor recognises in postings.

    Two plugins returning the same credential id is an error that names both
    plugins; so is one alias claimed for two different ids.

    A plugin that raises here, or returns something that does not validate,
    is reported by name on stderr and skipped as a whole (set
    ``SCREENER_STRICT_PLUGINS=1`` to make that an error).
    """


@hookspec
def screener_skills() -> Iterable[Skill]:
    """Return the skills this plugin defines: coding systems, software, other skills.

    Called once when a :class:`screener.Screener` is built. Return an iterable
    of :class:`screener.Skill` (or dicts with its fields). ``category`` is one
    of ``coding_system``, ``software`` or ``skill`` and becomes the ``kind``
    of the requirements found. Duplicate ids and conflicting aliases are
    errors naming both plugins, as for :func:`screener_credentials`.
    """


@hookspec
def screener_context_rules() -> Iterable[ContextRule]:
    """Return context rules: the words that say whether, and how strongly, a mention is asked for.

    Called once when a :class:`screener.Screener` is built. Return an
    iterable of rule models from :mod:`screener.core.rules` (``StrengthCue``,
    ``SectionHeading``, ``Dismissal``, ``AnyOfCue``, ``ListGap``,
    ``SenseSignal``, ``FieldSignal``, ``OtherWorkSignal``, ``Eligibility``, ``Connective``,
    ``Abbreviation``; all importable from ``screener``), or dicts with their fields and a ``type``. Patterns are
    regular expressions searched in the posting's lower-case text.

    Each rule has a ``name``. A rule named like a built-in rule replaces it
    (``enabled=False`` switches it off), and a notice on stderr says so; two
    installed plugins using one name is an error naming both. The built-in
    English rules are the plugin ``context-rules-en``; docs/plugins.md
    ("Context rules") lists them and the precedence that applies them.

    A plugin that raises here, or returns a rule that does not validate (a
    pattern that does not compile, or has upper-case letters), is reported by
    name and skipped as a whole (an error in strict mode).
    """


@hookspec
def screener_extract(doc: Doc, posting: Posting) -> Iterable[Requirement] | None:
    """Return requirements that a vocabulary of phrases alone cannot find.

    Called once per posting, after the spaCy pipeline has run.

    :param doc: the processed posting: a spaCy ``Doc`` with sentences set and
        the credentials and skills found by the vocabulary in ``doc.ents``
        (``label_`` is the kind, ``kb_id_`` the id), and ``doc._.screener``,
        the posting's :class:`screener.extraction.context.PostingContext` (sentences,
        clauses, sections, alternative paths, strength of any stretch of text).
    :param posting: the posting as read; ``posting.text == doc.text``.

    Return an iterable of requirement models (``EducationRequirement``,
    ``ExperienceRequirement``, ``CredentialRequirement``, ``SkillRequirement``),
    or ``None``. Each must carry ``mention``: the exact words of the posting
    that name it (``Evidence.of(posting.text, start, end)``). Leave
    ``strength`` and ``evidence`` unset to let the screener read them from the
    sentence and section the mention sits in, as it does for vocabulary
    matches; mentions in a benefits section are then dropped.

    A plugin that raises here is reported in that posting's ``errors``
    (naming the plugin and this hook); the other plugins' results are kept.
    """


@hookspec
def screener_issuers() -> Iterable[Issuer]:
    """Return the bodies that award credentials which this plugin knows about, current or historical.

    Called once when a :class:`screener.Screener` is built. Return an
    iterable of :class:`screener.Issuer` (or dicts with its fields): ``id``
    (the body's acronym), ``name``, and ``historical=True`` with a ``note``
    for a body that no longer awards credentials. ``screener credentials``
    lists them; they are not looked for in postings. Two plugins returning
    the same issuer id is an error naming both (an installed plugin may
    redefine a built-in one, as for credentials).
    """


@hookspec(firstresult=True)
def screener_assess(requirement: Requirement, profile: Profile, knowledge: Knowledge) -> Assessment | None:
    """Say how a candidate profile meets one requirement.

    :param requirement: one requirement of a posting (``required`` or
        ``preferred``; ``not_required`` ones are not assessed).
    :param profile: the candidate, as validated from their profile file.
    :param knowledge: the knowledge base (:class:`screener.knowledge.base.Knowledge`):
        every credential and skill the plugins define, by id, with their
        documented prerequisites, implications and sources;
        ``knowledge.resolve("credential", name)`` turns an id or alias the
        candidate wrote into an id.

    Return an :class:`screener.core.models.Assessment` (``met`` / ``partial`` /
    ``unmet`` / ``unknown`` with a reason, next steps and the source of the
    rule; ``credit`` for how much of a partial requirement is met), or
    ``None`` when this plugin has nothing to say about this requirement.
    Implement it in the plugin that owns the knowledge.

    Stops at the first non-``None`` result: the first plugin with an answer
    wins. Plugins installed from packages are asked before the built-in ones
    (and ``@hookimpl(tryfirst=True)`` goes first of all). Members of an
    ``any_of`` group are assessed one by one; the screener takes the best.
    A plugin that raises is reported in that posting's ``errors`` and the
    requirement is ``unknown``.
    """


@hookspec
def screener_scoring_weights() -> Mapping[str, Any] | ScoringWeights | None:
    """Return scoring weights to use instead of the defaults (see docs/scoring.md).

    Called once per :class:`screener.Screener`. Return a
    :class:`screener.core.models.ScoringWeights` or a mapping with any of its tables
    (``strength``, ``kind``, ``credit``), e.g. ``{"kind": {"software": 2}}``;
    what is left out keeps its default. A weights file given by the user
    (``--weights``) overrides plugins. Two plugins giving different values for
    the same weight is an error naming both.
    """


@hookspec(firstresult=True)
def screener_read(
    source: str, options: Mapping[str, str]
) -> Posting | DeferredPosting | Iterable[Posting | DeferredPosting | ReadError] | None:
    """Turn a source into a :class:`screener.Posting`, or into several.

    :param source: what the user named: a file path, ``-`` for standard
        input, or a URL.
    :param options: reader options given by the user (``--field text``,
        ``--read-option KEY=VALUE`` on the command line, ``options=`` in the
        library), as strings; empty when none were given. A reader uses the
        keys it knows and ignores the others. The built-in readers use
        ``field`` (the JSON field or CSV column holding the posting text),
        ``id_field``, ``title_field``, ``format`` (what standard input holds),
        ``timeout`` (for URLs) and ``max_bytes`` (the most bytes taken in for
        one posting or batch record, default 20,000,000).

    Return ``None`` when this reader does not handle that kind of source, so
    the next reader is asked. Otherwise return either

    - one ``Posting``, whose ``text`` is what the extractor should read and
      whose ``source`` names where it came from (``None`` is filled in with
      ``source``), or
    - for a source that holds many postings (JSON Lines, CSV, a JSON array),
      an iterable of them, best a generator, so a file of a million records
      is read one record at a time. Name each record in ``Posting.source``:
      ``"postings.jsonl:17"`` (line 17) or ``"postings.jsonl#A123"`` (the
      record's id). A record that cannot be read must not end the others:
      *yield* a :class:`screener.ReadError` for it, with ``source`` naming the
      record and a message saying what is wrong (``"invalid JSON: Expecting
      ',' delimiter (column 41)"``); the screener reports it as that record's
      error and goes on.

    Raise (best a :class:`screener.ReadError` with a message for people, such
    as ``"scanned PDF: no text layer"``) when the source is meant for this
    reader but cannot be read at all; also while iterating, when the rest of
    the source is lost (a truncated gzip stream). The screener reports it
    against the source and goes on with the rest of the batch.

    In place of a ``Posting`` (returned, or yielded for a record) a reader
    may give a :class:`screener.DeferredPosting`: the posting's name, a
    module-level function that reads it and its arguments. The screener
    calls it where the posting is extracted: with ``--jobs N``, in a worker
    process, so the workers share the costly part of reading (parsing, HTML
    to text). It returns the posting or raises ``ReadError`` for it alone.

    Import heavy libraries (PDF, HTML parsers) inside this function: plugins
    are imported for every command.

    Stops at the first non-``None`` result.
    """
