"""Finding, registering and calling plugins.

Loading is lazy (nothing happens at import time) and idempotent. Built-in
plugins and third-party ones both come from the ``screener`` entry-point
group; a plugin that cannot be imported, registers a hook that does not
exist, or raises while registering is reported by name on stderr and skipped,
unless strict mode (``SCREENER_STRICT_PLUGINS=1`` or ``strict=True``) turns
that into an exception.

Which plugins load is controlled, for every command and every ``Screener()``,
in one place (:func:`create_plugin_host`):

- ``SCREENER_LOAD_PLUGINS=a,b``: an allow-list of third-party plugins (entry-point
  or distribution names); empty loads none. The built-ins always load: they
  are part of screener itself, not "whatever happens to be installed".
- ``SCREENER_DISABLE_PLUGINS=a,b``: a block-list of plugin or distribution
  names, built-ins included (``screener`` blocks every built-in); a blocked
  plugin is not even imported, and pluggy's ``set_blocked`` keeps it out.
- one-off plugin files (``screener --plugin FILE.py``): imported from the
  path, named after the file; any problem with one is an error naming it.
- ``SCREENER_TRACE_PLUGINS=1`` (or ``screener --trace-plugins``): every hook
  call is logged to stderr with plugin, arguments, result and duration.

Hooks are called through pluggy (``PluginHost.call``, which is
``pm.hook.<name>(...)``), so hook wrappers and ``tryfirst``/``trylast`` work
as pluggy documents; each implementation is guarded when its plugin is
registered, so that a failure is always pinned on the plugin that caused it
and every call can be traced (:mod:`screener.host.hook_calls`). What a failure
then costs is one policy, ``PluginHost.faults`` (:mod:`screener.host.fault_policy`).
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import traceback
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path
from typing import Any

import pluggy

from screener.core import hookspecs
from screener.core.errors import PluginError
from screener.host.fault_policy import FaultPolicy
from screener.host.hook_calls import HookAnswers, ScreenerPluginManager, call_hook, exception_text, unguarded

ENTRY_POINT_GROUP = hookspecs.PROJECT_NAME
#: The distribution whose entry points are the built-in plugins.
BUILTIN_DISTRIBUTION = "screener"
STRICT_ENV = "SCREENER_STRICT_PLUGINS"
LOAD_ENV = "SCREENER_LOAD_PLUGINS"
DISABLE_ENV = "SCREENER_DISABLE_PLUGINS"
TRACE_ENV = "SCREENER_TRACE_PLUGINS"
#: Why a plugin is in :attr:`PluginHost.disabled`.
BLOCKED = f"disabled by {DISABLE_ENV}"
NOT_ALLOWED = f"not in {LOAD_ENV}"

Reporter = Callable[[str], None]

_TRUE = {"1", "true", "yes", "on"}


def strict_from_env(environ: Mapping[str, str] | None = None) -> bool:
    return (os.environ if environ is None else environ).get(STRICT_ENV, "").strip().lower() in _TRUE


def trace_from_env(environ: Mapping[str, str] | None = None) -> bool:
    return (os.environ if environ is None else environ).get(TRACE_ENV, "").strip().lower() in _TRUE


def names_from_env(variable: str, environ: Mapping[str, str] | None = None) -> frozenset[str] | None:
    """The names a comma- (or space-) separated variable lists; ``None`` when it is not set at all."""
    value = (os.environ if environ is None else environ).get(variable)
    if value is None:
        return None
    return frozenset(name for name in re.split(r"[,\s]+", value) if name)


def report_to_stderr(message: str) -> None:
    from screener.core.terminal import visible  # a plugin's message may carry a posting's text: one visible line

    print(f"screener: {visible(message)}", file=sys.stderr)


@dataclass(frozen=True)
class PluginRecord:
    """What is known about one registered plugin."""

    name: str
    module: str
    distribution: str | None = None
    version: str | None = None
    builtin: bool = False
    #: the path of a one-off plugin file (``screener --plugin FILE.py``)
    file: str | None = None


@dataclass(frozen=True)
class PluginFailure:
    """A plugin that was skipped, and why."""

    name: str
    hook: str | None
    message: str
    distribution: str | None = None


@dataclass(frozen=True)
class DisabledPlugin:
    """A plugin that was not loaded on purpose (block-list or allow-list), and which control said so."""

    name: str
    reason: str
    distribution: str | None = None
    version: str | None = None
    builtin: bool = False
    file: str | None = None


@dataclass
class PluginHost:
    """A pluggy ``PluginManager`` plus what the screener knows about each plugin.

    :param allow: names of the third-party plugins (or their distributions)
        to load from entry points; ``None`` loads all. Built-ins always load.
    :param block: plugin or distribution names never to load, built-ins included.
    :param trace: report every hook call (plugin, arguments, result, duration).
    """

    strict: bool = field(default_factory=strict_from_env)
    report: Reporter = report_to_stderr
    allow: Collection[str] | None = None
    block: Collection[str] = ()
    trace: bool = False
    pm: pluggy.PluginManager = field(init=False)
    #: what a plugin's fault costs, for every hook (:class:`screener.host.fault_policy.FaultPolicy`)
    faults: FaultPolicy = field(init=False)
    records: dict[str, PluginRecord] = field(init=False, default_factory=dict)
    failures: list[PluginFailure] = field(init=False, default_factory=list)
    disabled: list[DisabledPlugin] = field(init=False, default_factory=list)
    _entry_points_loaded: bool = field(init=False, default=False)
    _installed_names: set[str] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        self.pm = ScreenerPluginManager(hookspecs.PROJECT_NAME, self)
        self.pm.add_hookspecs(hookspecs)
        self.faults = FaultPolicy(self)
        self._allowed = None if self.allow is None else {_normalise(name) for name in self.allow}
        self._blocked = {_normalise(name) for name in self.block}
        for name in self.block:
            self.pm.set_blocked(name)

    # ------------------------------------------------------------------ loading

    def load_entry_points(
        self, group: str = ENTRY_POINT_GROUP, *, distributions: Collection[str] | None = None
    ) -> None:
        """Import and register every plugin of the entry-point group (once).

        ``distributions`` limits loading to the entry points of those
        distributions (``{"screener"}`` is the built-ins alone). Plugins the
        allow- or block-list rule out are recorded in :attr:`disabled` and
        never imported.
        """
        if self._entry_points_loaded:
            return
        self._entry_points_loaded = True
        wanted = None if distributions is None else {_normalise(d) for d in distributions}
        found = _with_distribution_names(metadata.entry_points(group=group))
        for entry_point, dist_name, version in sorted(found, key=_entry_point_order):
            self._installed_names.update(_normalise(n) for n in (entry_point.name, dist_name) if n)
            if wanted is not None and _normalise(dist_name or "") not in wanted:
                continue
            builtin = _same_distribution(dist_name, BUILTIN_DISTRIBUTION)
            reason = self._disabled_reason(entry_point.name, dist_name, builtin)
            if reason is not None:
                self._disable(DisabledPlugin(entry_point.name, reason, dist_name, version, builtin))
                continue
            label = _describe(entry_point.name, dist_name)
            try:
                plugin = entry_point.load()
            except KeyboardInterrupt:
                raise
            except BaseException as exc:  # SystemExit at import time too: a plugin never ends the run
                self._fail(
                    PluginFailure(
                        entry_point.name, None, f"plugin {label} failed to import: {exception_text(exc)}", dist_name
                    ),
                    exc,
                )
                continue
            self.add(plugin, name=entry_point.name, distribution=dist_name, version=version, builtin=builtin)

    def load_file(self, path: str | os.PathLike[str]) -> bool:
        """Import a one-off plugin file and register it under the file's name (``my_rule.py`` is ``my_rule``).

        The user named this file, so any problem with it (missing, not Python,
        fails to import, no hooks, a misspelt hook, a name already taken) is a
        :class:`PluginError` naming the file, whatever strict mode says.
        Returns ``False`` when the block-list disables it.
        """
        file = str(path)
        name = Path(file).stem
        if self._is_blocked(name, None):
            self._disable(DisabledPlugin(name, BLOCKED, file=file))
            return False
        spec = importlib.util.spec_from_file_location(_file_module_name(file), file)
        if spec is None or spec.loader is None or not os.path.isfile(file):
            raise PluginError(f"plugin file {file} is not a Python file that can be imported", plugin=name)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        try:
            spec.loader.exec_module(module)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            sys.modules.pop(spec.name, None)
            raise PluginError(
                f"plugin file {file} failed to import{_line_in(file, exc)}: {exception_text(exc)}", plugin=name
            ) from exc
        if not any(self.pm.parse_hookimpl_opts(module, attr) is not None for attr in dir(module)):
            raise PluginError(
                f"plugin file {file} defines no hooks: mark each hook function with @hookimpl "
                "(from screener import hookimpl) and name it after a hook: " + ", ".join(hook_names()),
                plugin=name,
            )
        return self.add(module, name=name, file=file, must_load=True)

    def add(
        self,
        plugin: object,
        *,
        name: str | None = None,
        distribution: str | None = None,
        version: str | None = None,
        builtin: bool = False,
        file: str | None = None,
        must_load: bool = False,
    ) -> bool:
        """Register one plugin object or module; report and skip it if it is invalid.

        ``must_load`` makes any problem an error even when the host is not strict.
        """
        name = name or getattr(plugin, "__name__", None) or type(plugin).__name__
        label = _describe(name, distribution, file)
        if self._is_blocked(name, distribution):
            self._disable(DisabledPlugin(name, BLOCKED, distribution, version, builtin, file))
            return False
        if name in self.records:
            other = self.records[name]
            self._fail(
                PluginFailure(
                    name,
                    None,
                    f"plugin {label} has the same name as plugin "
                    f"{_describe(other.name, other.distribution, other.file)}; it was skipped",
                    distribution,
                ),
                None,
                must_load,
            )
            return False
        try:
            self.pm.register(plugin, name=name)
        except KeyboardInterrupt:
            raise
        except BaseException as exc:
            self._fail(
                PluginFailure(
                    name, None, f"plugin {label} could not be registered: {exception_text(exc)}", distribution
                ),
                exc,
                must_load,
            )
            return False
        try:
            self.pm.check_pending()
        except pluggy.PluginValidationError as exc:
            self.pm.unregister(name=name)
            self._fail(
                PluginFailure(
                    name,
                    None,
                    f"plugin {label} implements a hook that does not exist ({exc}); "
                    "is the function name misspelt? Known hooks: " + ", ".join(hook_names()),
                    distribution,
                ),
                exc,
                must_load,
            )
            return False
        module = getattr(plugin, "__name__", None) or type(plugin).__module__
        self.records[name] = PluginRecord(name, module, distribution, version, builtin, file)
        return True

    def remove(self, name: str, hook: str | None, message: str) -> None:
        """Unregister a plugin that misbehaved, and report why."""
        record = self.records.pop(name, None)
        if self.pm.has_plugin(name):
            self.pm.unregister(name=name)
        self._fail(PluginFailure(name, hook, message, record.distribution if record else None), None)

    def check_control_names(self) -> None:
        """Report names in the allow- and block-lists that match no installed plugin: usually a typo."""
        known = set(self._installed_names)
        known.update(_normalise(n) for n in self.records)
        known.update(_normalise(d.name) for d in self.disabled)
        for variable, names in ((LOAD_ENV, self.allow), (DISABLE_ENV, self.block)):
            for name in sorted(names or ()):
                if _normalise(name) not in known:
                    self._fail(
                        PluginFailure(
                            name,
                            None,
                            f"{variable} names {name!r}, but no installed plugin or distribution is called that "
                            "(see `screener plugins --all`)",
                        ),
                        None,
                    )

    def _disabled_reason(self, name: str, distribution: str | None, builtin: bool) -> str | None:
        if self._is_blocked(name, distribution):
            return BLOCKED
        if (
            not builtin
            and self._allowed is not None
            and _normalise(name) not in self._allowed
            and _normalise(distribution or "") not in self._allowed
        ):
            return NOT_ALLOWED
        return None

    def _is_blocked(self, name: str, distribution: str | None) -> bool:
        return self.pm.is_blocked(name) or bool(
            self._blocked & {_normalise(name), _normalise(distribution or "")} - {""}
        )

    def _disable(self, disabled: DisabledPlugin) -> None:
        if disabled.reason == BLOCKED:
            self.pm.set_blocked(disabled.name)  # nothing can register under this name any more
        self.disabled.append(disabled)

    def _fail(self, failure: PluginFailure, exc: BaseException | None, must_raise: bool = False) -> None:
        if self.strict or must_raise:
            raise PluginError(failure.message, plugin=failure.name, hook=failure.hook) from exc
        self.failures.append(failure)
        self.report(failure.message)

    # ------------------------------------------------------------------ calling

    def call(self, hook_name: str, /, **kwargs: Any) -> HookAnswers:
        """Call a hook through pluggy (``pm.hook.<hook_name>(**kwargs)``): every answer with its plugin, every fault.

        Nothing a plugin does is raised from here (``KeyboardInterrupt``
        aside): its faults are in the answers, as PluginErrors
        naming the plugin and the hook, for :attr:`faults` to settle. A
        strict host, or a first-result hook, stops at the first fault.
        """
        return call_hook(self.pm, hook_name, kwargs, goes_on=self.faults.goes_on)

    def implementations(self, hook_name: str) -> list[tuple[str, Callable[..., Any], list[str]]]:
        """``(plugin name, function, argument names)`` in the order pluggy calls them, wrappers left out.

        The functions are the plugins' own, unguarded: for tools that want
        their raw exceptions (the fuzzer). The screener calls hooks with
        :meth:`call`.
        """
        hook = getattr(self.pm.hook, hook_name)
        found = []
        for impl in reversed(hook.get_hookimpls()):
            if impl.hookwrapper or impl.wrapper:
                continue
            found.append((impl.plugin_name, unguarded(impl.function), list(impl.argnames)))
        return found

    # ------------------------------------------------------------------ describing

    def is_builtin(self, name: str) -> bool:
        """Whether a registered plugin is one of the screener's own."""
        record = self.records.get(name)
        return record is not None and record.builtin

    def describe(self, name: str) -> str:
        record = self.records.get(name)
        if record is None:
            return _describe(name, None)
        return _describe(name, record.distribution, record.file)

    def hooks_of(self, name: str) -> list[str]:
        """The hooks a registered plugin implements."""
        plugin = self.pm.get_plugin(name)
        if plugin is None:
            return []
        return sorted(caller.name for caller in self.pm.get_hookcallers(plugin) or [])


def hook_names() -> list[str]:
    """Every hook of the contract, in the order ``hookspecs`` declares them."""
    return [name for name in vars(hookspecs) if name.startswith("screener_")]


def create_plugin_host(
    *,
    entry_points: bool = True,
    distributions: Collection[str] | None = None,
    plugins: Iterable[object] = (),
    plugin_files: Iterable[str | os.PathLike[str]] = (),
    strict: bool | None = None,
    load: Collection[str] | None = None,
    disable: Collection[str] | None = None,
    trace: bool | None = None,
    report: Reporter | None = None,
    environ: Mapping[str, str] | None = None,
) -> PluginHost:
    """A new host with the entry-point plugins (unless ``entry_points=False``), ``plugins`` and ``plugin_files``.

    ``distributions`` limits the entry points to those distributions, e.g.
    ``{"screener"}`` for the built-in plugins alone. ``strict``, ``load``
    (the allow-list), ``disable`` (the block-list) and ``trace`` default to
    the ``SCREENER_*`` variables of ``environ`` (``os.environ`` unless
    given; pass ``environ={}`` for a host that ignores them).
    """
    host = PluginHost(
        strict=strict_from_env(environ) if strict is None else strict,
        report=report or report_to_stderr,
        allow=names_from_env(LOAD_ENV, environ) if load is None else frozenset(load),
        block=(names_from_env(DISABLE_ENV, environ) or frozenset()) if disable is None else frozenset(disable),
        trace=trace_from_env(environ) if trace is None else trace,
    )
    if entry_points:
        host.load_entry_points(distributions=distributions)
    for plugin in plugins:
        host.add(plugin)
    for path in plugin_files:
        host.load_file(path)
    if entry_points:
        host.check_control_names()
    return host


# ---------------------------------------------------------------------- the process-wide host


@dataclass(frozen=True)
class DefaultHostOptions:
    """How the process-wide host is made: the CLI's ``--plugin`` and ``--trace-plugins``, or the test kit."""

    entry_points: bool = True
    distributions: frozenset[str] | None = None
    plugins: tuple[object, ...] = ()
    plugin_files: tuple[str, ...] = ()
    trace: bool | None = None


_default_options = DefaultHostOptions()
_default_host: PluginHost | None = None


def default_host_options() -> DefaultHostOptions:
    """How the process-wide host is (or will be) made."""
    return _default_options


def configure_default_host(options: DefaultHostOptions | None = None, /, **changes: Any) -> DefaultHostOptions:
    """Change how the process-wide host is made; return the previous options (to restore them later).

    Any change forgets the current host, so the next use builds one with the
    new options. ``configure_default_host(previous)`` puts old options back.
    """
    global _default_options
    previous = _default_options
    updated = replace(options or previous, **changes)
    if updated != previous:
        _default_options = updated
        reset_plugin_host()
    return previous


def create_default_plugin_host(*, strict: bool | None = None) -> PluginHost:
    """A new host made like the process-wide one (for a strict run of the same plugins)."""
    options = _default_options
    return create_plugin_host(
        entry_points=options.entry_points,
        distributions=options.distributions,
        plugins=options.plugins,
        plugin_files=options.plugin_files,
        trace=options.trace,
        strict=strict,
    )


def get_plugin_host() -> PluginHost:
    """The process-wide host with every installed plugin, created on first use."""
    global _default_host
    if _default_host is None:
        _default_host = create_default_plugin_host()
    return _default_host


def reset_plugin_host() -> None:
    """Forget the process-wide host, so the next use loads plugins again."""
    global _default_host
    _default_host = None


# ---------------------------------------------------------------------- helpers


def _entry_point_order(found: tuple[metadata.EntryPoint, str | None, str | None]) -> tuple[bool, str, str]:
    """Built-ins first, then third-party plugins by distribution and name: a stable order."""
    entry_point, dist_name, _version = found
    return (not _same_distribution(dist_name, BUILTIN_DISTRIBUTION), dist_name or "", entry_point.name)


def _with_distribution_names(
    entry_points: Iterable[metadata.EntryPoint],
) -> list[tuple[metadata.EntryPoint, str | None, str | None]]:
    """Each entry point with its distribution's name and version, each distribution's metadata read once.

    Every access to ``Distribution.metadata`` (``.version`` too) parses the
    METADATA file again, and the 60-odd built-in entry points share one
    distribution object: parsing it three times per entry point was a tenth
    of the start-up of ``screener extract``.
    """
    names: dict[int, tuple[str | None, str | None]] = {}  # by id(): every distribution stays alive meanwhile
    found: list[tuple[metadata.EntryPoint, str | None, str | None]] = []
    for entry_point in entry_points:
        dist = entry_point.dist
        if dist is None:
            found.append((entry_point, None, None))
            continue
        if id(dist) not in names:
            fields = dist.metadata
            names[id(dist)] = (fields["Name"], fields["Version"])
        found.append((entry_point, *names[id(dist)]))
    return found


def _normalise(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _same_distribution(a: str | None, b: str) -> bool:
    return a is not None and _normalise(a) == _normalise(b)


def _describe(name: str, distribution: str | None, file: str | None = None) -> str:
    if file:
        return f"'{name}' (from file {file})"
    if distribution and _normalise(distribution) != _normalise(name):
        return f"'{name}' (from {distribution})"
    return f"'{name}'"


def _file_module_name(file: str) -> str:
    """A module name for a plugin file that cannot shadow a real module (``json.py`` is not ``json``)."""
    return "screener_plugin_file_" + re.sub(r"\W", "_", Path(file).stem)


def _line_in(file: str, exc: BaseException) -> str:
    """`` (line N)``: where in the plugin file the import failed, when the traceback passes through it."""
    if isinstance(exc, SyntaxError):
        return ""  # its message already says "(FILE, line N)"
    target = os.path.abspath(file)
    lines = [
        frame.lineno for frame in traceback.extract_tb(exc.__traceback__) if os.path.abspath(frame.filename) == target
    ]
    return f" (line {lines[-1]})" if lines else ""
