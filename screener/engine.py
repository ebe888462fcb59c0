"""``Screener``: the public entry point that ties plugins, pipeline and context together."""

from __future__ import annotations

import multiprocessing
import os
import re
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ValidationError

from screener.core.deferred import DeferredPosting
from screener.core.errors import (
    ConfigurationError,
    NoReaderError,
    PluginError,
    PostingTooLargeError,
    ReadError,
    ScreenerError,
)
from screener.core.models import (
    REQUIREMENT_ADAPTER,
    REQUIREMENT_TYPES,
    Assessment,
    ErrorRecord,
    Extraction,
    FitReport,
    Posting,
    Profile,
    Requirement,
    ScoringWeights,
)
from screener.core.rules import FIELD_SIGNALS_FOUND, RuleSet
from screener.extraction.context import PostingContext
from screener.extraction.corrections import without_superseded
from screener.extraction.vocabulary import (
    accepted_too,
    alternatives_across_kinds,
    complete,
    merge,
    read_vocabulary,
    substitutes,
)
from screener.host.fault_policy import located
from screener.host.hook_results import validated_answer
from screener.host.plugins import PluginHost, create_default_plugin_host, create_plugin_host, get_plugin_host
from screener.knowledge.base import Knowledge, collect_knowledge
from screener.knowledge.rule_loading import collect_rules

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
#: The source name for standard input.
STDIN = "-"
#: The longest posting extracted by default, in characters: ten times the longest real posting we have
#: seen. Longer texts are refused with an error record rather than tying up a worker.
DEFAULT_MAX_POSTING_CHARS = 200_000
#: The environment variable that sets the limit when ``Screener(max_posting_chars=...)`` does not.
MAX_POSTING_CHARS_VARIABLE = "SCREENER_MAX_POSTING_CHARS"


class Screener:
    """Reads postings, extracts what they ask of a candidate, and screens candidate profiles against them.

    ``Screener()`` uses the built-in plugins and every installed plugin. Build
    one and reuse it: the plugins are asked for their vocabulary and the spaCy
    pipeline is built once, here, not per posting.

    :param plugins: extra plugin objects or modules to register.
    :param entry_points: load plugins from the ``screener`` entry-point group
        (built-ins included); ``False`` uses only ``plugins``.
    :param strict: raise on the first plugin failure instead of reporting it
        and going on; defaults to ``SCREENER_STRICT_PLUGINS``.
    :param host: a ready :class:`screener.host.plugins.PluginHost` (for tools that
        manage plugins themselves); the other arguments are then ignored.
    :param weights: scoring weights for :meth:`screen`: a weights file (YAML,
        JSON or TOML), a mapping or a :class:`screener.ScoringWeights`; what it
        leaves out comes from the plugins (``screener_scoring_weights``), then
        the defaults (docs/scoring.md).
    :param max_posting_chars: the longest posting text extracted; a longer one
        is refused with a :class:`PostingTooLargeError` (in a batch: an error
        record with code ``too_large``). Defaults to
        ``SCREENER_MAX_POSTING_CHARS``, else :data:`DEFAULT_MAX_POSTING_CHARS`.
    """

    def __init__(
        self,
        *,
        plugins: Sequence[object] = (),
        entry_points: bool = True,
        strict: bool | None = None,
        host: PluginHost | None = None,
        weights: ScoringWeights | Mapping[str, Any] | str | os.PathLike[str] | None = None,
        max_posting_chars: int | None = None,
    ) -> None:
        self.max_posting_chars = _posting_limit(max_posting_chars)
        if host is None:
            if entry_points and not plugins:
                # the process-wide plugins (with the CLI's --plugin files and the test kit's choice)
                host = get_plugin_host() if strict is None else create_default_plugin_host(strict=strict)
            else:
                host = create_plugin_host(entry_points=entry_points, plugins=plugins, strict=strict)
        self.host = host
        self.knowledge: Knowledge = collect_knowledge(host)
        self.rules: RuleSet = collect_rules(host, self.knowledge)
        from screener.extraction.pipeline import build_pipeline  # spaCy is imported only when a Screener is built

        self.nlp: Language = build_pipeline(self.knowledge, self.rules)
        self._weights_given = weights
        self._weights: ScoringWeights | None = None

    @property
    def strict(self) -> bool:
        return self.host.strict

    # ------------------------------------------------------------------ reading

    def read(self, source: str, options: Mapping[str, str] | None = None) -> Posting:
        """Read the posting a source holds: a path, ``-`` (standard input) or a URL.

        :param options: reader options (see :func:`screener.core.hookspecs.screener_read`).
        :raises ReadError: naming the source, when it cannot be read, no reader
            understands it, or it holds more than one posting (use
            :meth:`read_all` for JSON Lines, CSV and other batches).
        """
        items = self._read_now(self._read_items(source, options))
        try:
            first = next(items, None)
            if isinstance(first, ReadError):
                raise first
            if first is None:
                raise ReadError(f"{source}: holds no posting", source=source)
            if next(items, None) is not None:
                raise ReadError(
                    f"{source}: holds more than one posting; use Screener.read_all() to read each", source=source
                )
            return first
        finally:
            items.close()

    def read_all(self, source: str, options: Mapping[str, str] | None = None) -> Iterator[Posting | ReadError]:
        """Every posting a source holds, in order, read one at a time.

        A file holds one posting, a JSON Lines or CSV file one per record. A
        source or record that cannot be read is *yielded* as a
        :class:`ReadError` whose ``source`` names it (``"batch.jsonl:17"``),
        in its place, and the records after it are still read; a strict
        screener raises it instead.
        """
        for item in self._read_now(self._read_items(source, options)):
            if isinstance(item, ReadError) and self.strict:
                raise item
            yield item

    def _read_now(self, items: Iterator[_Item]) -> Generator[Posting | ReadError]:
        """The items with the postings the reader deferred read here and now."""
        try:
            for item in items:
                if isinstance(item, _Unread):
                    yield from self._read_deferred(item)
                else:
                    yield item
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    def _read_items(self, source: str, options: Mapping[str, str] | None) -> Generator[Posting | ReadError | _Unread]:
        """What the reader gives for ``source``; the postings it deferred are left to the caller to read."""
        if source != STDIN and not _URL.match(source) and not os.path.exists(source):
            yield ReadError(f"{source}: no such file or directory", source=source)
            return
        answers = self.host.call("screener_read", source=source, options=dict(options or {}))
        answers = answers.checked(self._read_answer)
        for fault in answers.faults:
            yield self.host.faults.read_error(fault, source)
            return
        answer = answers.first()
        if answer is None:
            yield NoReaderError(f"{source}: no reader plugin understands this kind of file", source=source)
            return
        plugin_name, result = answer
        yield from self._answer(plugin_name, result, source)

    def _answer(self, plugin_name: str, result: Any, source: str) -> Generator[Posting | ReadError | _Unread]:
        """What a reader's answer for ``source`` holds, checked: postings, read errors, postings to read."""
        if isinstance(result, DeferredPosting):
            yield _Unread(result, plugin_name, source, whole=True)
            return
        try:
            result = self._read_answer(plugin_name, result)
        except PluginError as exc:
            yield ReadError(f"{source}: {exc}", source=source, plugin=plugin_name)
            return
        if isinstance(result, Posting):
            yield _with_source(result, source)
            return
        yield from self._records(plugin_name, iter(result), source)

    def _read_answer(self, plugin_name: str, result: Any) -> Posting | DeferredPosting | Iterable[Any]:
        """A reader's answer: a Posting (a dict is validated into one) or an iterable of records."""
        if isinstance(result, Mapping):  # one posting given as a dict: validated field by field
            return validated_answer(self.host, "screener_read", plugin_name, dict(result), Posting)
        if isinstance(result, Posting | DeferredPosting):
            return result
        if isinstance(result, str | bytes) or not isinstance(result, Iterable):
            raise PluginError(
                f"plugin {self.host.describe(plugin_name)} returned {type(result).__name__} "
                "from screener_read; expected a Posting or an iterable of postings",
                plugin=plugin_name,
                hook="screener_read",
            )
        return result

    def _records(
        self, plugin_name: str, records: Iterator[Any], source: str
    ) -> Generator[Posting | ReadError | _Unread]:
        """The postings of a multi-record source; a reader that fails mid-way ends it with an error."""
        try:
            while True:
                try:
                    item = next(records)
                except StopIteration:
                    return
                except ReadError as exc:
                    yield located(exc, source)
                    return
                except KeyboardInterrupt:
                    raise
                except BaseException as exc:  # the reader's code, running as its records are read: SystemExit too
                    yield ReadError(
                        f"{source}: plugin {self.host.describe(plugin_name)} failed while reading: "
                        f"{type(exc).__name__}: {exc}",
                        source=source,
                        plugin=plugin_name,
                    )
                    return
                if isinstance(item, Posting):
                    yield _with_source(item, source)
                elif isinstance(item, ReadError):
                    yield located(item, source)
                elif isinstance(item, DeferredPosting):
                    yield _Unread(item, plugin_name, source, whole=False)
                else:
                    yield ReadError(
                        f"{source}: plugin {self.host.describe(plugin_name)} yielded {type(item).__name__} "
                        "from screener_read; expected Posting, DeferredPosting or ReadError items",
                        source=source,
                        plugin=plugin_name,
                    )
        finally:
            close = getattr(records, "close", None)
            if close is not None:
                close()

    def _read_deferred(self, unread: _Unread) -> list[Posting | ReadError]:
        """Read what a reader deferred: its failure is reported as the reader's, as if it had read it at once.

        Usually one posting; a source that turns out to hold several (a web
        page listing jobs) gives each, read whole.
        """
        deferred = unread.deferred
        try:
            result = deferred.read(*deferred.args)
        except ReadError as exc:
            return [located(exc, deferred.source)]
        except Exception as exc:
            text = str(exc).strip()
            description = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
            how = "raised in screener_read" if unread.whole else "failed while reading"
            return [
                ReadError(
                    f"{deferred.source}: plugin {self.host.describe(unread.plugin)} {how}: {description}",
                    source=deferred.source,
                    plugin=unread.plugin,
                )
            ]
        return list(self._read_now(self._answer(unread.plugin, result, deferred.source)))

    # ------------------------------------------------------------------ assessing

    def assess_requirement(self, requirement: Requirement, profile: Profile) -> Assessment | None:
        """How ``profile`` meets one ``requirement``: the first ``screener_assess`` answer, or ``None``.

        A plugin that raises, or answers with something that is not an
        :class:`Assessment` (a dict is validated into one), is a
        :class:`PluginError` naming the plugin and the hook.
        """
        answers = self.host.call("screener_assess", requirement=requirement, profile=profile, knowledge=self.knowledge)
        answers = answers.checked(
            lambda plugin_name, result: validated_answer(self.host, "screener_assess", plugin_name, result, Assessment)
        )
        answers.raise_fault()
        answer = answers.first()
        return None if answer is None else answer[1]

    # ------------------------------------------------------------------ extracting

    def extract(self, posting: str | Posting, *, source: str | None = None, title: str | None = None) -> Extraction:
        """The requirements of one posting (its text, or a :class:`Posting`)."""
        posting = _as_posting(posting, source=source, title=title)
        too_large = self._too_large(posting)
        if too_large is not None:
            raise PostingTooLargeError(too_large.message, source=too_large.source)
        return self._finish(self.nlp(posting.text), posting)

    def extract_many(
        self,
        postings: Iterable[str | Posting | ReadError],
        *,
        n_process: int = 1,
        batch_size: int = 64,
    ) -> Iterator[Extraction]:
        """Extract from many postings, streaming, in input order.

        ``postings`` are texts or :class:`Posting` objects, and may be what
        :meth:`read_all` yields: a :class:`ReadError` in the stream becomes an
        :class:`Extraction` with no requirements and the error (code
        ``read_error``, ``no_reader`` or, for a reader's fault,
        ``plugin_error``), in its place. A posting that fails yields an
        :class:`Extraction` whose ``errors`` say why (unless the screener is
        strict); the others go on. With
        ``n_process > 1`` the postings are extracted by that many worker
        processes, forked with this screener (so plugins given as objects work
        too), ``batch_size`` postings at a time; this process hands them out
        and yields the results in order. A worker that dies (a plugin calls
        ``os._exit``, the out-of-memory killer) costs only the posting it was
        extracting: that posting's extraction has an error with code
        ``worker_died``, and a new worker goes on with the rest. Memory stays
        bounded however long the input is.
        """
        yield from self._stream(self._as_items(postings), n_process, batch_size)

    def extract_sources(
        self,
        sources: Iterable[str],
        *,
        options: Mapping[str, str] | None = None,
        n_process: int = 1,
        batch_size: int = 64,
    ) -> Iterator[Extraction]:
        """Read and extract each source (a path, ``-``, or a URL), in order.

        Sources that hold many postings (JSON Lines, CSV, JSON arrays) give
        one extraction per record, in file order, read as they are needed:
        memory stays bounded however large the files are. A source or record
        that cannot be read yields an :class:`Extraction` with no requirements
        and an error naming it; the rest go on. ``options`` go to the readers.
        With ``n_process > 1`` the postings a reader deferred
        (:class:`screener.DeferredPosting`: the built-in readers' files and
        records) are read by the worker that extracts them.
        """
        yield from self._stream(self._read_each(sources, options), n_process, batch_size)

    def _as_items(self, postings: Iterable[str | Posting | ReadError]) -> Iterator[_Item]:
        """Texts as postings; read errors stay, to take their place when their turn comes."""
        for item in postings:
            yield item if isinstance(item, ReadError) else _as_posting(item)

    def _read_each(self, sources: Iterable[str], options: Mapping[str, str] | None) -> Iterator[_Item]:
        for source in sources:
            yield from self._read_items(source, options)

    def _stream(self, items: Iterator[_Item], n_process: int, batch_size: int) -> Iterator[Extraction]:
        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            yield from self._extract_parallel(items, n_process, batch_size)
            return
        pairs: Iterator[tuple[str, Posting | _ReadFailure]] = (
            (item.text, item) if isinstance(item, Posting) else ("", item) for item in self._ready(items)
        )
        for doc, item in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            if isinstance(item, _ReadFailure):
                yield item.as_extraction()
            else:
                yield self._finish_safely(doc, item)

    def _ready(self, items: Iterator[_Item]) -> Iterator[Posting | _ReadFailure]:
        """Postings to extract, in order: deferred ones read, failures in their place (raised when strict).

        A failure is raised here, when its turn comes, so that a strict run
        has extracted everything before it, with one process or several.
        """
        for item in self._read_now(items):
            if isinstance(item, ReadError):
                if self.strict:
                    raise item
                yield _ReadFailure.of(item, item.source or "")
                continue
            too_large = self._too_large(item)
            if too_large is not None and self.strict:
                raise PostingTooLargeError(too_large.message, source=too_large.source)
            yield item if too_large is None else too_large

    def _too_large(self, posting: Posting) -> _ReadFailure | None:
        size = len(posting.text)
        if size <= self.max_posting_chars:
            return None
        where = f"{posting.source}: " if posting.source else ""
        return _ReadFailure(
            posting.source,
            f"{where}the posting has {size:,} characters, more than the limit of {self.max_posting_chars:,} "
            f"(raise it with --max-chars, {MAX_POSTING_CHARS_VARIABLE} or Screener(max_posting_chars=...))",
            "too_large",
            posting.title,
        )

    def _extract_parallel(self, items: Iterator[_Item], n_process: int, batch_size: int) -> Iterator[Extraction]:
        """Extract in ``n_process`` forked workers, ``batch_size`` items a task; this process reads and hands out.

        The workers read what the readers deferred, so this process does
        little more than pass records along and keep the order. See
        :mod:`screener.workers` for what happens when a worker dies.
        """
        from screener.workers import map_in_order

        tasks = iter(lambda: _take(items, batch_size), [])
        for extraction in map_in_order(
            self._extract_task, tasks, workers=n_process, died=self._died, unpicklable=self._read_here
        ):
            if self.strict and any(error.code == "worker_died" for error in extraction.errors):
                raise ScreenerError(extraction.errors[0].message)
            yield extraction

    def _extract_task(self, task: list[_Item]) -> Iterator[Extraction]:
        """In a worker: read and extract one task's items."""
        return self._stream(iter(task), 1, len(task))

    def _read_here(self, task: list[_Item]) -> list[_Item]:
        """The task with its deferred postings read in this process (a reader's deferred read could not be pickled)."""
        return list(self._read_now(iter(task)))

    def _died(self, item: _Item, cause: str) -> Extraction:
        """The extraction of an item whose worker process died while reading or extracting it."""
        source = item.deferred.source if isinstance(item, _Unread) else item.source
        title = item.title if isinstance(item, Posting) else None
        where = f"{source}: " if source else ""
        message = f"{where}the worker process reading and extracting this posting died ({cause})"
        return Extraction(
            source=source, title=title, errors=[ErrorRecord(code="worker_died", source=source, message=message)]
        )

    def _finish_safely(self, doc: Doc, posting: Posting) -> Extraction:
        try:
            return self._finish(doc, posting)
        except PluginError:
            raise
        except Exception as exc:
            if self.strict:
                raise
            return Extraction(
                source=posting.source,
                title=posting.title,
                errors=[ErrorRecord(source=posting.source, message=f"extraction failed: {type(exc).__name__}: {exc}")],
            )

    def _finish(self, doc: Doc, posting: Posting) -> Extraction:
        ctx = doc._.screener or PostingContext(doc, self.rules)
        ctx.text = posting.text  # the same string; saves rebuilding it from the tokens
        if posting.title:
            ctx.title = ctx.given_title = posting.title
            if not posting.text.lstrip().startswith(posting.title.strip()):
                ctx.title_field_signals = self._field_signals_in(posting.title)
        reading = read_vocabulary(doc, ctx, self.knowledge)
        requirements = reading.requirements
        text = posting.text
        answers = self.host.call("screener_extract", doc=doc, posting=posting)
        answers = answers.checked(lambda plugin_name, result: self._validated(plugin_name, result, text))
        for plugin_name, validated in answers:
            for requirement in validated:
                if getattr(requirement, "any_of", None):
                    # a plugin's group ids are its own: keep them apart from other plugins' groups
                    requirement = requirement.model_copy(update={"any_of": f"{plugin_name}:{requirement.any_of}"})
                completed = complete(requirement, ctx)
                if completed is not None:
                    requirements.append(completed)
        errors = self.host.faults.settle(answers.faults, source=posting.source)
        return Extraction(
            source=posting.source,
            title=posting.title,
            in_scope=reading.in_field,
            requirements=merge(
                alternatives_across_kinds(
                    accepted_too(substitutes(without_superseded(requirements, ctx), ctx), ctx, self.knowledge), ctx
                ),
                self.knowledge,
            ),
            errors=errors,
            dismissed=reading.dismissed,
        )

    def _field_signals_in(self, title: str) -> frozenset[str]:
        """The field signals a title names ("Medical Records Clerk", "Clinical Coding Officer"), found as the text's
        are: a JSON record's title is not in its text, and its description may not name the work again."""
        doc = self.nlp.get_pipe("screener_terms")(self.nlp.make_doc(title))
        return frozenset(doc.user_data.get(FIELD_SIGNALS_FOUND, ()))

    def _validated(self, plugin_name: str, result: Any, text: str) -> list[Requirement]:
        if result is None:
            return []
        problem = None
        requirements: list[Requirement] = []
        try:
            for item in result:
                requirement = item if isinstance(item, REQUIREMENT_TYPES) else REQUIREMENT_ADAPTER.validate_python(item)
                for evidence in (requirement.mention, requirement.evidence):
                    if evidence is not None and text[evidence.start : evidence.end] != evidence.text:
                        problem = (
                            f"its {requirement.kind} requirement {requirement.id!r} has evidence "
                            f"{evidence.text!r} that is not the posting text at {evidence.start}:{evidence.end}"
                        )
                        break
                requirements.append(requirement)
        except ValidationError as exc:
            problem = "it returned an invalid requirement: " + "; ".join(
                f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
            )
        except TypeError as exc:
            problem = f"it returned {type(result).__name__}, expected a list of requirements ({exc})"
        if problem:
            raise PluginError(
                f"plugin {self.host.describe(plugin_name)} failed in screener_extract: {problem}",
                plugin=plugin_name,
                hook="screener_extract",
            )
        return requirements

    # ------------------------------------------------------------------ screening

    @property
    def weights(self) -> ScoringWeights:
        """The scoring weights in force (resolved on first use)."""
        if self._weights is None:
            from screener.fit.scoring import resolve_weights

            self._weights = resolve_weights(self.host, self._weights_given, kinds=self.knowledge.kinds)
        return self._weights

    def screen(
        self,
        posting: str | Posting,
        profile: Profile | Mapping[str, Any],
        *,
        source: str | None = None,
        title: str | None = None,
    ) -> FitReport:
        """How well a candidate fits one posting: its extraction plus ``fit`` (score, verdict, assessments)."""
        return self.assess(self.extract(posting, source=source, title=title), profile)

    def screen_many(
        self,
        postings: Iterable[str | Posting | ReadError],
        profile: Profile | Mapping[str, Any],
        *,
        n_process: int = 1,
        batch_size: int = 64,
    ) -> Iterator[FitReport]:
        """:meth:`screen` for many postings, streamed through :meth:`extract_many`, in input order.

        Takes what :meth:`read_all` yields: a :class:`ReadError` becomes a
        :class:`FitReport` with the error and ``fit`` null, in its place, as
        :meth:`extract_many` makes an error record of it. The profile is
        validated once, before the first posting.
        """
        profile = _as_profile(profile)
        for extraction in self.extract_many(postings, n_process=n_process, batch_size=batch_size):
            yield self.assess(extraction, profile)

    def screen_sources(
        self,
        sources: Iterable[str],
        profile: Profile | Mapping[str, Any],
        *,
        options: Mapping[str, str] | None = None,
        n_process: int = 1,
        batch_size: int = 64,
    ) -> Iterator[FitReport]:
        """Read, extract and screen each source (a path, ``-``, or a URL), in order: :meth:`extract_sources` + fit.

        One report per posting, records of batch files included; a source or
        record that cannot be read gives a report with the error and ``fit``
        null, and the rest go on. ``options`` go to the readers (``field``,
        ``title_field``, ...); with ``n_process > 1`` extraction is shared
        between processes as in :meth:`extract_many`, in input order.
        """
        profile = _as_profile(profile)
        for extraction in self.extract_sources(sources, options=options, n_process=n_process, batch_size=batch_size):
            yield self.assess(extraction, profile)

    def assess(self, extraction: Extraction, profile: Profile | Mapping[str, Any]) -> FitReport:
        """Score a profile against an extraction already made."""
        from screener.fit.scoring import fit_report

        return fit_report(
            extraction, _as_profile(profile), host=self.host, knowledge=self.knowledge, weights=self.weights
        )


def _as_profile(profile: Profile | Mapping[str, Any]) -> Profile:
    if isinstance(profile, Profile):
        return profile
    if isinstance(profile, Mapping):
        from screener.fit.datafiles import validate

        # errors name the fields, never their values (a DataFileError, like a profile file's)
        return validate(dict(profile), Profile, path="<profile>", what="profile")
    raise TypeError(f"expected a Profile or a mapping of its fields, got {type(profile).__name__}")


@dataclass(frozen=True)
class _ReadFailure:
    """A source that could not be read, kept in its place in the stream."""

    source: str | None
    message: str
    code: Literal["read_error", "no_reader", "too_large", "plugin_error"] = "read_error"
    title: str | None = None
    plugin: str | None = None

    @classmethod
    def of(cls, error: ReadError, source: str | None) -> _ReadFailure:
        """The failure a read error stands for: a reader plugin's fault is a ``plugin_error`` naming it."""
        if error.plugin is not None:
            return cls(error.source or source, str(error), "plugin_error", plugin=error.plugin)
        code: Literal["read_error", "no_reader"] = "no_reader" if isinstance(error, NoReaderError) else "read_error"
        return cls(error.source or source, str(error), code)

    def as_extraction(self) -> Extraction:
        hook = "screener_read" if self.plugin is not None else None
        record = ErrorRecord(code=self.code, source=self.source, plugin=self.plugin, hook=hook, message=self.message)
        return Extraction(source=self.source, title=self.title, errors=[record])


@dataclass(frozen=True)
class _Unread:
    """A posting a reader deferred (:class:`DeferredPosting`), with what is needed to report its failure."""

    deferred: DeferredPosting
    plugin: str  # the reader plugin
    source: str  # the source the user named
    whole: bool  # the reader returned it for the whole source (not as one record of many)


#: What flows from the readers to the extraction: a posting, a read failure, or a posting still to be read.
_Item = Posting | ReadError | _Unread


def read_failure_record(error: ReadError, source: str) -> list[ErrorRecord]:
    """The error records for a source that could not be read (a reader plugin's fault names the plugin)."""
    return _ReadFailure.of(error, source).as_extraction().errors


def _posting_limit(given: int | None) -> int:
    """The size limit in force: the argument, else the environment variable, else the default."""
    if given is None:
        setting = os.environ.get(MAX_POSTING_CHARS_VARIABLE, "").strip()
        if not setting:
            return DEFAULT_MAX_POSTING_CHARS
        try:
            given = int(setting.replace("_", "").replace(",", ""))
        except ValueError:
            given = 0
        if given < 1:
            raise ConfigurationError(
                f"{MAX_POSTING_CHARS_VARIABLE} must be a whole number of characters above 0, not {setting!r}"
            )
    if isinstance(given, bool) or not isinstance(given, int) or given < 1:
        raise ConfigurationError(f"max_posting_chars must be a whole number of characters above 0, not {given!r}")
    return given


def _with_source(posting: Posting, source: str) -> Posting:
    return posting if posting.source is not None else posting.model_copy(update={"source": source})


def _take(iterator: Iterator[_Item], size: int) -> list[_Item]:
    return list(islice(iterator, size))


def _as_posting(posting: str | Posting, *, source: str | None = None, title: str | None = None) -> Posting:
    if isinstance(posting, Posting):
        return posting
    if isinstance(posting, str):
        return Posting(text=posting, source=source, title=title)
    raise TypeError(f"expected posting text, a Posting or a ReadError, got {type(posting).__name__}")
