"""Calling hooks through pluggy, with every fault pinned on the plugin that caused it.

pluggy calls a hook's implementations in one loop (``pm.hook.<name>(...)``):
wrappers (``@hookimpl(wrapper=True)``, old-style ``hookwrapper=True``) run
around it, ``tryfirst``/``trylast`` set the order, a first-result hook stops
at the first answer. What pluggy does not do is say *which* plugin raised or
answered (pytest-dev/pluggy#235, #485), and one exception ends its loop.

So when a plugin is registered, :class:`ScreenerPluginManager` replaces the
function of each of its hook implementations with a *guard*, the same
function wrapped (``HookImpl.function``; pluggy reads it at every call and
computed the argument names from the original, which it still checks).
The guard:

- turns anything the plugin raises (``SystemExit`` and ``GeneratorExit``
  included; not ``KeyboardInterrupt``, which always stops the run) into a
  :class:`PluginError` naming the plugin and the hook, with any value of the
  candidate's profile redacted from the message;
- in a hook whose every answer is collected, when the host goes on after a
  fault (not strict), records the fault and returns ``None``: the plugin
  contributed nothing, the loop goes on, and wrappers see only good answers.
  In a first-result hook, or a strict host, it raises the
  :class:`PluginError`, which ends pluggy's loop and reaches the wrappers as
  pluggy documents;
- remembers which plugin gave which answer (and which wrapper changed the
  outcome), so :meth:`HookAnswers` pairs every answer with its plugin;
- logs the call when tracing is on (``--trace-plugins``), wrappers too.

The host's :meth:`screener.host.plugins.PluginHost.call` is the one way the
screener calls a hook; what a fault then costs is decided in one place,
:class:`screener.host.fault_policy.FaultPolicy`. A hook called directly through
``host.pm.hook.<name>(...)`` (by a tool that embeds the screener) gets the
same attributed PluginErrors, raised as pluggy raises.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Generator, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import pluggy

from screener.core.errors import PluginError
from screener.core.privacy import redact

if TYPE_CHECKING:
    from pluggy import HookImpl


class CallingHost(Protocol):
    """What the guards need of the plugin host (:class:`screener.host.plugins.PluginHost`)."""

    trace: bool

    def describe(self, name: str) -> str: ...

    def report(self, message: str) -> None: ...


@dataclass(frozen=True)
class Fault:
    """A plugin's implementation (or wrapper) of a hook failed: ``error`` is what to tell the user.

    ``plugin`` is the plugin whose code failed; ``error.plugin`` is the same,
    unless the plugin let through a :class:`PluginError` about another one.
    """

    plugin: str
    hook: str
    error: PluginError


Answer = tuple[str, Any]
"""``(plugin name, what it returned)``."""


@dataclass
class HookAnswers:
    """What one hook call gave: each plugin's answer and each fault, in the order pluggy called them.

    Iterating gives the ``(plugin name, answer)`` pairs; ``None`` answers are
    left out, as pluggy leaves them out. A first-result hook has at most one
    answer (:meth:`first`).
    """

    hook: str
    entries: list[Answer | Fault] = field(default_factory=list)

    def __iter__(self) -> Iterator[Answer]:
        return (entry for entry in self.entries if not isinstance(entry, Fault))

    @property
    def faults(self) -> list[Fault]:
        return [entry for entry in self.entries if isinstance(entry, Fault)]

    def first(self) -> Answer | None:
        """The answer of a first-result hook, or ``None`` when no plugin answered."""
        return next(iter(self), None)

    def checked(self, check: Callable[[str, Any], Any]) -> HookAnswers:
        """Each answer passed through ``check(plugin name, answer)``; a :class:`PluginError` it raises is a fault.

        ``check`` validates and converts an answer (a dict into its model, a
        list into requirements...) and raises a :class:`PluginError` naming
        the plugin when the answer is wrong.
        """
        checked: list[Answer | Fault] = []
        for entry in self.entries:
            if isinstance(entry, Fault):
                checked.append(entry)
                continue
            plugin_name, value = entry
            try:
                checked.append((plugin_name, check(plugin_name, value)))
            except PluginError as error:
                checked.append(Fault(plugin_name, self.hook, error))
        return HookAnswers(self.hook, checked)

    def raise_fault(self) -> None:
        """Raise the first fault's :class:`PluginError`, if there is one."""
        for fault in self.faults:
            raise fault.error


# ---------------------------------------------------------------------- one call


@dataclass(slots=True)
class _Call:
    """What the guards learn during one :func:`call_hook`: answers and faults in call order, wrappers' changes."""

    hook: str
    kwargs: dict[str, Any]
    #: record faults and go on (a hook whose answers are all collected, on a host that is not strict)
    goes_on: bool
    entries: list[Answer | Fault] = field(default_factory=list)
    #: (wrapper plugin, what it returned): one per wrapper that finished, innermost first
    wrapped: list[tuple[str, Any]] = field(default_factory=list)
    #: the last wrapper that finished or failed: the owner of an answer no one else gave
    last_wrapper: str | None = None


_CURRENT: ContextVar[_Call | None] = ContextVar("screener_hook_call", default=None)


def _current(hook_name: str) -> _Call | None:
    call = _CURRENT.get()
    # a plugin calling another hook straight through pm.hook inside this call is not part of it
    return call if call is not None and call.hook == hook_name else None


def call_hook(pm: pluggy.PluginManager, hook_name: str, kwargs: dict[str, Any], *, goes_on: bool) -> HookAnswers:
    """Call a hook through pluggy (``pm.hook.<hook_name>(**kwargs)``) and pair each answer with its plugin.

    ``goes_on``: a fault in a hook whose answers are all collected is
    recorded and the other plugins still run; otherwise (and always in a
    first-result hook) the first fault ends the call. Either way the fault
    is in the answers, never raised.
    """
    caller = getattr(pm.hook, hook_name)
    first_result = _is_first_result(caller)
    call = _Call(hook_name, kwargs, goes_on and not first_result)
    token = _CURRENT.set(call)
    try:
        outcome = caller(**kwargs)
    except PluginError as error:
        return HookAnswers(hook_name, [Fault(error.plugin, hook_name, error)])
    finally:
        _CURRENT.reset(token)
    if not call.wrapped:  # what pluggy returned is exactly the answers the guards saw
        return HookAnswers(hook_name, call.entries)
    return HookAnswers(hook_name, _attributed(call, outcome, first_result))


def _attributed(call: _Call, outcome: Any, first_result: bool) -> list[Answer | Fault]:
    """The answers in ``outcome`` (after the wrappers), each with its plugin, after the faults.

    An answer a plugin gave is that plugin's (by identity, so a wrapper may
    drop, reorder or change answers in place); an answer a wrapper put in is
    the wrapper's.
    """
    owners: dict[int, list[str]] = {}
    for entry in call.entries:
        if not isinstance(entry, Fault):
            owners.setdefault(id(entry[1]), []).append(entry[0])
    for wrapper, returned in call.wrapped:  # innermost first: a value keeps its first owner
        for value in _values(returned, first_result):
            owners.setdefault(id(value), [wrapper])
    answers: list[Answer | Fault] = [entry for entry in call.entries if isinstance(entry, Fault)]
    for value in _values(outcome, first_result):
        # (only a wrapper that changed the list in place and then failed leaves a value without an owner)
        names = owners.get(id(value)) or [call.last_wrapper or "?"]
        answers.append((names.pop(0) if len(names) > 1 else names[0], value))
    return answers


def _values(outcome: Any, first_result: bool) -> Sequence[Any]:
    if first_result:
        return () if outcome is None else (outcome,)
    return outcome


def _is_first_result(caller: pluggy.HookCaller) -> bool:
    return bool(caller.spec is not None and caller.spec.opts.get("firstresult"))


# ---------------------------------------------------------------------- registering


class ScreenerPluginManager(pluggy.PluginManager):
    """pluggy's manager, with each hook implementation guarded when its plugin is registered."""

    def __init__(self, project_name: str, host: CallingHost) -> None:
        super().__init__(project_name)
        self._host = host

    def register(self, plugin: object, name: str | None = None) -> str | None:
        try:
            plugin_name = super().register(plugin, name)
        except BaseException:
            # pluggy registers implementations one by one and leaves those before a bad one in place
            if self.is_registered(plugin):
                self.unregister(plugin)
            raise
        for caller in self.get_hookcallers(plugin) or ():
            for impl in caller.get_hookimpls():
                if impl.plugin is plugin and not hasattr(impl.function, "__screener_guarded__"):
                    impl.function = _guard(self._host, caller.name, impl, _is_first_result(caller))  # type: ignore[misc]
        return plugin_name


def unguarded(function: Callable[..., Any]) -> Callable[..., Any]:
    """The plugin's own function behind a guard (for tools, like the fuzzer, that want its raw exceptions)."""
    return getattr(function, "__screener_guarded__", function)


@dataclass(frozen=True, slots=True)
class _Site:
    """One plugin's implementation of one hook, as its guard knows it."""

    host: CallingHost
    hook: str
    plugin: str
    argnames: tuple[str, ...]
    first_result: bool
    #: "" for an implementation, else "wrapper" or "hookwrapper"
    kind: str = ""


def _guard(host: CallingHost, hook_name: str, impl: HookImpl, first_result: bool) -> Callable[..., Any]:
    kind = "wrapper" if impl.wrapper else "hookwrapper" if impl.hookwrapper else ""
    site = _Site(host, hook_name, impl.plugin_name, tuple(impl.argnames), first_result, kind)
    if impl.wrapper:
        guarded = _guard_wrapper(site, impl.function)
    elif impl.hookwrapper:
        guarded = _guard_old_style_wrapper(site, impl.function)
    else:
        guarded = _guard_implementation(site, impl.function)
    functools.update_wrapper(guarded, impl.function)
    guarded.__screener_guarded__ = impl.function  # type: ignore[attr-defined]
    return guarded


def _guard_implementation(site: _Site, function: Callable[..., Any]) -> Callable[..., Any]:
    host, hook_name, plugin_name = site.host, site.hook, site.plugin
    collects_all = not site.first_result

    def guarded(*args: Any) -> Any:
        call = _current(hook_name)
        tracing = host.trace
        started = time.perf_counter() if tracing else 0.0
        try:
            result = function(*args)
            if collects_all and type(result) is not list and isinstance(result, Iterator):
                # a generator's code runs as it is read: read it here, where a failure is the plugin's
                result = list(result)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            _failed(site, call, exc, args, started)
            return None
        if tracing:
            _trace(site, args, summarise(result), started)
        if call is not None and result is not None:
            call.entries.append((plugin_name, result))
        return result

    return guarded


def _guard_wrapper(site: _Site, function: Callable[..., Any]) -> Callable[..., Generator[None, Any, Any]]:
    """A guard for a new-style wrapper: a generator that runs the plugin's generator and answers for it.

    A wrapper that fails where the call goes on (not strict, every answer
    collected) is left out: what it received is passed on unchanged.
    """

    def guarded(*args: Any) -> Generator[None, Any, Any]:
        call = _current(site.hook)
        started = time.perf_counter() if site.host.trace else 0.0
        teardown = _set_up(site, call, function, args, started)
        if teardown is None:
            return (yield)  # left out: a transparent wrapper
        try:
            received = yield
        except BaseException as thrown:  # the call failed inside this wrapper: it sees the exception
            try:
                teardown.throw(thrown)
            except StopIteration as stop:
                return _wrapped(site, call, stop.value, None, args, started)  # it answered instead
            except BaseException as exc:
                if exc is thrown or isinstance(exc, KeyboardInterrupt):
                    raise
                _failed(site, call, exc, args, started)
                raise thrown  # noqa: B904 - left out: the failure inside goes on as if it were not there
            teardown.close()
            _failed(site, call, _WrapperError(f"its {site.kind} yielded more than once"), args, started)
            raise thrown
        try:
            teardown.send(received)
        except StopIteration as stop:
            return _wrapped(site, call, stop.value, received, args, started)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            _failed(site, call, exc, args, started)
            return received
        teardown.close()
        _failed(site, call, _WrapperError(f"its {site.kind} yielded more than once"), args, started)
        return received

    return guarded


def _guard_old_style_wrapper(site: _Site, function: Callable[..., Any]) -> Callable[..., Generator[None, Any, None]]:
    """A guard for an old-style ``hookwrapper``: it is sent pluggy's ``Result`` and may ``force_result``."""

    def guarded(*args: Any) -> Generator[None, Any, None]:
        call = _current(site.hook)
        started = time.perf_counter() if site.host.trace else 0.0
        teardown = _set_up(site, call, function, args, started)
        outcome: pluggy.Result[Any] = yield
        if teardown is None:
            return  # left out
        failed = outcome.exception
        received = outcome.get_result() if failed is None else None
        try:
            teardown.send(outcome)
        except StopIteration:
            pass
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            if exc is failed:  # it read the result, which was the failure inside it: not its own
                raise
            _failed(site, call, exc, args, started)
            return
        else:
            teardown.close()
            _failed(site, call, _WrapperError(f"its {site.kind} yielded more than once"), args, started)
            return
        if outcome.exception is None:
            returned = _wrapped(site, call, outcome.get_result(), received, args, started)
            if returned is received:
                outcome.force_result(received)

    return guarded


def _set_up(
    site: _Site, call: _Call | None, function: Callable[..., Any], args: Sequence[Any], started: float
) -> Generator[None, Any, Any] | None:
    """Run a wrapper up to its ``yield``; ``None`` when it failed and is left out."""
    try:
        teardown = function(*args)
        if not isinstance(teardown, Generator):
            raise _WrapperError(f"its {site.kind} is not a generator function (it must yield once)")
        next(teardown)
    except KeyboardInterrupt:
        raise
    except StopIteration:
        _failed(site, call, _WrapperError(f"its {site.kind} did not yield"), args, started)
        return None
    except BaseException as exc:
        _failed(site, call, exc, args, started)
        return None
    return teardown


def _wrapped(site: _Site, call: _Call | None, returned: Any, received: Any, args: Sequence[Any], started: float) -> Any:
    """What a wrapper made of the outcome, checked and remembered; what it received if that is not acceptable."""
    if not site.first_result and not isinstance(returned, list):
        problem = _WrapperError(
            f"its {site.kind} returned {type(returned).__name__}; a wrapper of {site.hook} must return "
            "the list of answers it received, changed or not"
        )
        _failed(site, call, problem, args, started)
        return received
    if call is not None:
        call.last_wrapper = site.plugin
        # a snapshot: a wrapper further out may change the same list in place
        call.wrapped.append((site.plugin, returned if site.first_result else list(returned)))
    if site.host.trace:
        _trace(site, args, summarise(returned), started)
    return returned


class _WrapperError(Exception):
    """A hook wrapper broke the wrapper protocol (its message says how)."""


# ---------------------------------------------------------------------- faults and traces


def _failed(site: _Site, call: _Call | None, exc: BaseException, args: Sequence[Any], started: float) -> None:
    """Record the fault when the call goes on; otherwise raise it, as a :class:`PluginError` naming the plugin."""
    profile = call.kwargs.get("profile") if call is not None else _named(site, args).get("profile")
    description = str(exc) if isinstance(exc, _WrapperError) else exception_text(exc)
    if profile is not None:  # a plugin's message may quote the candidate's profile: never pass that on
        description = redact(description, profile)
    if site.host.trace:
        _trace(site, args, f"raised {description}", started)
    if isinstance(exc, PluginError):  # a screener error it let through keeps its own plugin and hook
        error = exc
        if profile is not None and redact(str(exc), profile) != str(exc):
            error = PluginError(redact(str(exc), profile), plugin=exc.plugin, hook=exc.hook)
    else:
        verb = "failed in" if isinstance(exc, _WrapperError) else "raised in"
        error = PluginError(
            f"plugin {site.host.describe(site.plugin)} {verb} {site.hook}: {description}",
            plugin=site.plugin,
            hook=site.hook,
        )
    if call is not None and call.goes_on:
        call.entries.append(Fault(site.plugin, site.hook, error))
        if site.kind:
            call.last_wrapper = site.plugin
        return
    if error is exc:
        raise error
    raise error from exc


def _trace(site: _Site, args: Sequence[Any], outcome: str, started: float) -> None:
    milliseconds = (time.perf_counter() - started) * 1000
    shown = ", ".join(f"{name}={summarise(value)}" for name, value in _named(site, args).items())
    took = f"{site.kind}, {milliseconds:.2f} ms" if site.kind else f"{milliseconds:.2f} ms"
    site.host.report(f"trace: {site.plugin}.{site.hook}({shown}) -> {outcome} ({took})")


def exception_text(exc: BaseException) -> str:
    """``"ValueError: bad table"``; the class name alone when the message is empty."""
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def summarise(value: Any, width: int = 100) -> str:
    """A short description of a hook argument or result, for traces."""
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    if isinstance(value, str):
        text = repr(value)
        return text if len(text) <= width else text[: width - 4] + "...'"
    if isinstance(value, (list, tuple, set, frozenset)):
        kinds = sorted({type(item).__name__ for item in value})
        return f"{type(value).__name__} of {len(value)}" + (f" {'/'.join(kinds)}" if kinds else "")
    if type(value).__name__ == "Doc" and hasattr(value, "__len__"):
        return f"Doc({len(value)} tokens)"
    identifier = getattr(value, "id", None) or getattr(value, "source", None) or getattr(value, "status", None)
    if isinstance(identifier, str):
        return f"{type(value).__name__}({summarise(identifier, width)})"
    value_text = getattr(value, "text", None)
    if isinstance(value_text, str):
        return f"{type(value).__name__}({len(value_text)} characters)"
    return type(value).__name__


def _named(site: _Site, args: Sequence[Any]) -> dict[str, Any]:
    """The arguments pluggy passed (positionally, in the order of the function's parameters) by name."""
    return dict(zip(site.argnames, args, strict=True))
