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

Hooks are called one implementation at a time (``PluginHost.call_each``,
``PluginHost.call_first``, both through ``PluginHost.call``) so that a
failure can always be pinned on the plugin that caused it, and so that every
call can be traced.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import time
import traceback
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from importlib import metadata
from pathlib import Path
from typing import Any

import pluggy

from screener import hookspecs
from screener.errors import PluginError
from screener.privacy import redact

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
    from screener.terminal import visible  # a plugin's message may carry a posting's text: one visible line

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
    records: dict[str, PluginRecord] = field(init=False, default_factory=dict)
    failures: list[PluginFailure] = field(init=False, default_factory=list)
    disabled: list[DisabledPlugin] = field(init=False, default_factory=list)
    _entry_points_loaded: bool = field(init=False, default=False)
    _installed_names: set[str] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)
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
            except Exception as exc:
                self._fail(
                    PluginFailure(
                        entry_point.name, None, f"plugin {label} failed to import: {_exc_text(exc)}", dist_name
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
        except Exception as exc:
            sys.modules.pop(spec.name, None)
            raise PluginError(
                f"plugin file {file} failed to import{_line_in(file, exc)}: {_exc_text(exc)}", plugin=name
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
        except Exception as exc:
            self._fail(
                PluginFailure(name, None, f"plugin {label} could not be registered: {_exc_text(exc)}", distribution),
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

    def implementations(self, hook_name: str) -> list[tuple[str, Callable[..., Any], list[str]]]:
        """``(plugin name, function, argument names)`` in the order pluggy would call them."""
        hook = getattr(self.pm.hook, hook_name)
        found = []
        for impl in reversed(hook.get_hookimpls()):
            if impl.hookwrapper or impl.wrapper:
                continue
            found.append((impl.plugin_name, impl.function, list(impl.argnames)))
        return found

    def call_each(self, hook_name: str, **kwargs: Any) -> Iterator[tuple[str, Any]]:
        """Call every implementation of a hook; yield ``(plugin name, result)``.

        An exception in a plugin becomes a :class:`PluginError` naming the
        plugin and the hook; the caller decides whether to go on.
        """
        for plugin_name, function, argnames in self.implementations(hook_name):
            yield plugin_name, self.call(hook_name, plugin_name, function, argnames, kwargs)

    def call_first(self, hook_name: str, **kwargs: Any) -> tuple[str, Any] | None:
        """Call implementations until one returns something other than ``None``."""
        for plugin_name, function, argnames in self.implementations(hook_name):
            result = self.call(hook_name, plugin_name, function, argnames, kwargs)
            if result is not None:
                return plugin_name, result
        return None

    def call(
        self,
        hook_name: str,
        plugin_name: str,
        function: Callable[..., Any],
        argnames: list[str],
        kwargs: dict[str, Any],
    ) -> Any:
        """Call one plugin's implementation of one hook (every hook call goes through here)."""
        arguments = {arg: kwargs[arg] for arg in argnames}
        started = time.perf_counter() if self.trace else 0.0
        try:
            result = function(**arguments)
        except Exception as exc:
            description = _exc_text(exc)
            profile = kwargs.get("profile")
            if profile is not None:  # a plugin's message may quote the candidate's profile: never pass that on
                description = redact(description, profile)
            if self.trace:
                self._trace(hook_name, plugin_name, arguments, f"raised {description}", started)
            if isinstance(exc, PluginError):
                if profile is None or redact(str(exc), profile) == str(exc):
                    raise
                raise PluginError(redact(str(exc), profile), plugin=exc.plugin, hook=exc.hook) from exc
            raise PluginError(
                f"plugin {self.describe(plugin_name)} raised in {hook_name}: {description}",
                plugin=plugin_name,
                hook=hook_name,
            ) from exc
        if self.trace:
            self._trace(hook_name, plugin_name, arguments, summarise(result), started)
        return result

    def _trace(self, hook_name: str, plugin_name: str, arguments: dict[str, Any], outcome: str, started: float) -> None:
        milliseconds = (time.perf_counter() - started) * 1000
        shown = ", ".join(f"{name}={summarise(value)}" for name, value in arguments.items())
        self.report(f"trace: {plugin_name}.{hook_name}({shown}) -> {outcome} ({milliseconds:.2f} ms)")

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
    text = getattr(value, "text", None)
    if isinstance(text, str):
        return f"{type(value).__name__}({len(text)} characters)"
    return type(value).__name__


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
    found = []
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


def _exc_text(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


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
