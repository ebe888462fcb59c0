"""The test kit for plugin authors: a pytest plugin, active wherever screener is installed.

screener registers this module through the ``pytest11`` entry point, so its
fixtures are there in any test suite without a ``conftest.py`` line (opt out
with ``pytest -p no:screener.testing``). Every fixture builds its plugins
from what the test asks for, never from what happens to be installed, and
ignores the ``SCREENER_*`` variables of the shell that runs the tests.

Fixtures:

- ``plugins_under_test``: the plugins (modules or objects) your tests add;
  override it in your test module or ``conftest.py``. Default: none.
- ``include_builtins``: whether tests also get screener's built-in plugins;
  override it to test a plugin on its own. Default: ``True``.
- ``make_screener(*plugins, builtins=True, distributions=(), strict=True)``:
  builds a :class:`screener.Screener` from exactly those plugins, plus the
  entry-point plugins of the installed ``distributions`` you name (to check
  your packaging). Strict: a failing plugin raises instead of being skipped.
- ``plugin_screener``: the ``Screener`` of ``plugins_under_test`` (and the
  built-ins when ``include_builtins``).
- ``extract_posting(text, title=None)``: extracts from a string with it.
- ``run_screener(*args, input=None, env=None)``: runs the ``screener``
  command line in-process with the same plugins; returns a
  :class:`CliResult` (``exit_code``, ``stdout``, ``stderr``).

The same things work outside pytest: :func:`build_screener`,
:func:`create_test_host` and :func:`run_cli`.

This module imports only pytest and the standard library when pytest loads
it; screener itself (and spaCy) is imported when a fixture is first used.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from screener.core.models import Extraction
    from screener.engine import Screener
    from screener.host.plugins import PluginHost

#: The distribution whose entry points are the built-in plugins.
BUILTINS = "screener"


@dataclass(frozen=True)
class CliResult:
    """What one run of the command line did."""

    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None = None


def create_test_host(
    *plugins: object, builtins: bool = True, distributions: Collection[str] = (), strict: bool = True
) -> PluginHost:
    """A plugin host with exactly these plugins: unaffected by other installed plugins and ``SCREENER_*`` settings."""
    from screener.host.plugins import create_plugin_host

    wanted = {BUILTINS, *distributions} if builtins else set(distributions)
    return create_plugin_host(
        entry_points=bool(wanted), distributions=wanted, plugins=plugins, strict=strict, environ={}
    )


def build_screener(
    *plugins: object, builtins: bool = True, distributions: Collection[str] = (), strict: bool = True
) -> Screener:
    """A :class:`screener.Screener` with exactly these plugins (see :func:`create_test_host`)."""
    from screener.engine import Screener

    return Screener(host=create_test_host(*plugins, builtins=builtins, distributions=distributions, strict=strict))


def run_cli(
    *args: str,
    plugins: Sequence[object] = (),
    builtins: bool = True,
    distributions: Collection[str] = (),
    input: str | None = None,
    env: Mapping[str, str] | None = None,
) -> CliResult:
    """Run ``screener ARGS`` in this process with exactly these plugins (plus any ``--plugin`` files in ARGS).

    ``env`` sets environment variables for the run; the ``SCREENER_*``
    variables of the calling environment are cleared first, so a developer's
    shell settings never change a test's outcome.
    """
    from click.testing import CliRunner

    from screener.cli.commands import cli
    from screener.host.plugins import configure_default_host

    wanted = {BUILTINS, *distributions} if builtins else set(distributions)
    environment: dict[str, str | None] = {name: None for name in os.environ if name.startswith("SCREENER_")}
    environment.update(env or {})
    try:
        runner = CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click < 8.2
    except TypeError:
        runner = CliRunner()  # click >= 8.2 keeps stderr apart by itself
    previous = configure_default_host(
        entry_points=bool(wanted),
        distributions=frozenset(wanted),
        plugins=tuple(plugins),
        plugin_files=(),
        trace=None,
    )
    try:
        result = runner.invoke(cli, list(args), input=input, env=environment, prog_name="screener")
    finally:
        configure_default_host(previous)
    exception = result.exception if not isinstance(result.exception, SystemExit) else None
    return CliResult(result.exit_code, result.stdout, result.stderr, exception)


# ---------------------------------------------------------------------- fixtures


@pytest.fixture
def plugins_under_test() -> Sequence[object]:
    """The plugins your tests add (modules or objects); override this fixture. Default: none."""
    return ()


@pytest.fixture
def include_builtins() -> bool:
    """Whether tests also get screener's built-in plugins; override to test a plugin on its own."""
    return True


@pytest.fixture
def make_screener() -> Callable[..., Screener]:
    """``make_screener(*plugins, builtins=True, distributions=(), strict=True)`` -> a ``Screener``."""
    return _cached_screener


@pytest.fixture
def plugin_screener(plugins_under_test: Sequence[object], include_builtins: bool) -> Screener:
    """The ``Screener`` of ``plugins_under_test`` (plus the built-ins when ``include_builtins``)."""
    return _cached_screener(*plugins_under_test, builtins=include_builtins)


@pytest.fixture
def extract_posting(plugin_screener: Screener) -> Callable[..., Extraction]:
    """``extract_posting(text, title=None)`` -> the ``Extraction`` of that posting text."""

    def extract(text: str, title: str | None = None) -> Extraction:
        return plugin_screener.extract(text, title=title)

    return extract


@pytest.fixture
def run_screener(plugins_under_test: Sequence[object], include_builtins: bool) -> Callable[..., CliResult]:
    """``run_screener(*args, input=None, env=None)`` -> :class:`CliResult`, with ``plugins_under_test``."""

    def run(*args: str, input: str | None = None, env: Mapping[str, str] | None = None) -> CliResult:
        return run_cli(*args, plugins=plugins_under_test, builtins=include_builtins, input=input, env=env)

    return run


_screeners: dict[tuple[Any, ...], Screener] = {}


def _cached_screener(
    *plugins: object, builtins: bool = True, distributions: Collection[str] = (), strict: bool = True
) -> Screener:
    """Building a ``Screener`` (its spaCy pipeline) takes a moment: reuse one per set of plugins in a session."""
    key = (plugins, builtins, frozenset(distributions), strict)
    try:
        cached = _screeners.get(key)
    except TypeError:  # a plugin object that cannot be hashed: build it every time
        return build_screener(*plugins, builtins=builtins, distributions=distributions, strict=strict)
    if cached is None:
        cached = build_screener(*plugins, builtins=builtins, distributions=distributions, strict=strict)
        _screeners[key] = cached
    return cached
