"""Finding, registering and calling plugins.

Loading is lazy (nothing happens at import time) and idempotent. Built-in
plugins and third-party ones both come from the ``screener`` entry-point
group; a plugin that cannot be imported, registers a hook that does not
exist, or raises while registering is reported by name on stderr and skipped,
unless strict mode (``SCREENER_STRICT_PLUGINS=1`` or ``strict=True``) turns
that into an exception.

Hooks are called one implementation at a time (``PluginHost.call_each``,
``PluginHost.call_first``) so that a failure can always be pinned on the
plugin that caused it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import pluggy

from screener import hookspecs
from screener.errors import PluginError

ENTRY_POINT_GROUP = hookspecs.PROJECT_NAME
#: The distribution whose entry points are the built-in plugins.
BUILTIN_DISTRIBUTION = "screener"
STRICT_ENV = "SCREENER_STRICT_PLUGINS"

Reporter = Callable[[str], None]


def strict_from_env() -> bool:
    return os.environ.get(STRICT_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def report_to_stderr(message: str) -> None:
    print(f"screener: {message}", file=sys.stderr)


@dataclass(frozen=True)
class PluginRecord:
    """What is known about one registered plugin."""

    name: str
    module: str
    distribution: str | None = None
    version: str | None = None
    builtin: bool = False


@dataclass(frozen=True)
class PluginFailure:
    """A plugin that was skipped, and why."""

    name: str
    hook: str | None
    message: str
    distribution: str | None = None


@dataclass
class PluginHost:
    """A pluggy ``PluginManager`` plus what the screener knows about each plugin."""

    strict: bool = field(default_factory=strict_from_env)
    report: Reporter = report_to_stderr
    pm: pluggy.PluginManager = field(init=False)
    records: dict[str, PluginRecord] = field(init=False, default_factory=dict)
    failures: list[PluginFailure] = field(init=False, default_factory=list)
    _entry_points_loaded: bool = field(init=False, default=False)

    def __post_init__(self) -> None:
        self.pm = pluggy.PluginManager(hookspecs.PROJECT_NAME)
        self.pm.add_hookspecs(hookspecs)

    # ------------------------------------------------------------------ loading

    def load_entry_points(
        self, group: str = ENTRY_POINT_GROUP, *, distributions: Collection[str] | None = None
    ) -> None:
        """Import and register every plugin of the entry-point group (once).

        ``distributions`` limits loading to the entry points of those
        distributions (``{"screener"}`` is the built-ins alone).
        """
        if self._entry_points_loaded:
            return
        self._entry_points_loaded = True
        wanted = None if distributions is None else {_normalise(d) for d in distributions}
        for entry_point in sorted(metadata.entry_points(group=group), key=_entry_point_order):
            dist = entry_point.dist
            dist_name = dist.metadata["Name"] if dist is not None else None
            if wanted is not None and _normalise(dist_name or "") not in wanted:
                continue
            version = dist.version if dist is not None else None
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
            self.add(
                plugin,
                name=entry_point.name,
                distribution=dist_name,
                version=version,
                builtin=_same_distribution(dist_name, BUILTIN_DISTRIBUTION),
            )

    def add(
        self,
        plugin: object,
        *,
        name: str | None = None,
        distribution: str | None = None,
        version: str | None = None,
        builtin: bool = False,
    ) -> bool:
        """Register one plugin object or module; report and skip it if it is invalid."""
        name = name or getattr(plugin, "__name__", None) or type(plugin).__name__
        label = _describe(name, distribution)
        if name in self.records:
            other = self.records[name]
            self._fail(
                PluginFailure(
                    name,
                    None,
                    f"plugin {label} has the same name as plugin {_describe(other.name, other.distribution)};"
                    " it was skipped",
                    distribution,
                ),
                None,
            )
            return False
        try:
            self.pm.register(plugin, name=name)
        except Exception as exc:
            self._fail(
                PluginFailure(name, None, f"plugin {label} could not be registered: {_exc_text(exc)}", distribution),
                exc,
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
            )
            return False
        module = getattr(plugin, "__name__", None) or type(plugin).__module__
        self.records[name] = PluginRecord(name, module, distribution, version, builtin)
        return True

    def remove(self, name: str, hook: str | None, message: str) -> None:
        """Unregister a plugin that misbehaved, and report why."""
        record = self.records.pop(name, None)
        if self.pm.has_plugin(name):
            self.pm.unregister(name=name)
        self._fail(PluginFailure(name, hook, message, record.distribution if record else None), None)

    def _fail(self, failure: PluginFailure, exc: BaseException | None) -> None:
        if self.strict:
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
        try:
            return function(**{arg: kwargs[arg] for arg in argnames})
        except PluginError:
            raise
        except Exception as exc:
            raise PluginError(
                f"plugin {self.describe(plugin_name)} raised in {hook_name}: {_exc_text(exc)}",
                plugin=plugin_name,
                hook=hook_name,
            ) from exc

    # ------------------------------------------------------------------ describing

    def is_builtin(self, name: str) -> bool:
        """Whether a registered plugin is one of the screener's own."""
        record = self.records.get(name)
        return record is not None and record.builtin

    def describe(self, name: str) -> str:
        record = self.records.get(name)
        return _describe(name, record.distribution if record else None)

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
    strict: bool | None = None,
    report: Reporter | None = None,
) -> PluginHost:
    """A new host with the entry-point plugins (unless ``entry_points=False``) and ``plugins``.

    ``distributions`` limits the entry points to those distributions, e.g.
    ``{"screener"}`` for the built-in plugins alone.
    """
    host = PluginHost(strict=strict_from_env() if strict is None else strict, report=report or report_to_stderr)
    if entry_points:
        host.load_entry_points(distributions=distributions)
    for plugin in plugins:
        host.add(plugin)
    return host


_default_host: PluginHost | None = None


def get_plugin_host() -> PluginHost:
    """The process-wide host with every installed plugin, created on first use."""
    global _default_host
    if _default_host is None:
        _default_host = create_plugin_host()
    return _default_host


def reset_plugin_host() -> None:
    """Forget the process-wide host, so the next use loads plugins again."""
    global _default_host
    _default_host = None


def _entry_point_order(entry_point: metadata.EntryPoint) -> tuple[bool, str, str]:
    """Built-ins first, then third-party plugins by distribution and name: a stable order."""
    dist_name = entry_point.dist.metadata["Name"] if entry_point.dist is not None else ""
    return (not _same_distribution(dist_name, BUILTIN_DISTRIBUTION), dist_name or "", entry_point.name)


def _normalise(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def _same_distribution(a: str | None, b: str) -> bool:
    return a is not None and _normalise(a) == _normalise(b)


def _describe(name: str, distribution: str | None) -> str:
    if distribution and _normalise(distribution) != _normalise(name):
        return f"'{name}' (from {distribution})"
    return f"'{name}'"


def _exc_text(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
