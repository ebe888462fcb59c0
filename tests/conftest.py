"""Fixtures shared by the test suite.

Tests never depend on which third-party plugins happen to be installed: the
``screener`` fixture uses the built-in plugins only. Tests that need a plugin
*installed* build an isolated virtual environment (``plugin_env``).
"""

from __future__ import annotations

import json
import os
import signal
import site
import subprocess
import sys
import venv
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from screener import Screener
from screener.plugins import create_plugin_host

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_PACKAGES = Path(__file__).resolve().parent / "plugin_packages"
SAMPLES = ROOT / "sample_postings"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"

if str(ROOT) not in sys.path:  # the fuzz harness (fuzz/, not installed) for test_properties and test_fuzz_harness
    sys.path.append(str(ROOT))


@contextmanager
def failing_after(seconds: int, what: str) -> Iterator[None]:
    """Raise TimeoutError if the block still runs after ``seconds`` (where SIGALRM exists): a hang becomes a failure."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def give_up(signum, frame):
        raise TimeoutError(f"still running after {seconds} s: {what}")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def builtin_screener(**kwargs: object) -> Screener:
    """A screener with the built-in plugins only (plus any given as objects)."""
    plugins = kwargs.pop("plugins", ())
    strict = kwargs.pop("strict", False)
    assert not kwargs, kwargs
    host = create_plugin_host(
        distributions={"screener"},
        plugins=plugins,  # type: ignore[arg-type]
        strict=strict,  # type: ignore[arg-type]
        environ={},  # a developer's SCREENER_* settings must not change the tests
    )
    return Screener(host=host)


@pytest.fixture(scope="session")
def screener() -> Screener:
    return builtin_screener()


@pytest.fixture(scope="session")
def extract(screener: Screener) -> Callable[[str], object]:
    return screener.extract


def corpus_dirs() -> list[Path]:
    """Labelled posting folders: the project's samples, and the shared corpus when it is there."""
    dirs = [SAMPLES]
    if (SHARED_CORPUS / "postings").is_dir():
        dirs.append(SHARED_CORPUS)
    return dirs


# ---------------------------------------------------------------------- isolated environments


@dataclass
class PluginEnv:
    """A virtual environment that sees this interpreter's packages plus the plugins installed into it."""

    path: Path

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    def screener(
        self, *args: str, env: dict[str, str] | None = None, input: str | None = None, cwd: Path | None = None
    ):
        """Run ``python -m screener ARGS`` in this environment."""
        environment = {k: v for k, v in os.environ.items() if not k.startswith("SCREENER_")}
        environment.update(env or {})
        return subprocess.run(
            [str(self.python), "-m", "screener", *args],
            capture_output=True,
            text=True,
            env=environment,
            input=input,
            cwd=cwd,
            timeout=120,
        )

    def plugins_json(self, *extra: str, env: dict[str, str] | None = None) -> list[dict]:
        result = self.screener("plugins", "--format", "json", *extra, env=env)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    def run(self, *args: str, cwd: Path | None = None, env: dict[str, str] | None = None):
        """Run ``python ARGS`` in this environment (e.g. ``env.run("-m", "pytest", cwd=package)``)."""
        environment = {k: v for k, v in os.environ.items() if not k.startswith(("SCREENER_", "PYTEST_"))}
        environment.update(env or {})
        return subprocess.run(
            [str(self.python), *args], capture_output=True, text=True, cwd=cwd, env=environment, timeout=300
        )

    def install(self, package: Path, *, editable: bool = False) -> None:
        """pip-install one package folder here, offline, without its dependencies (as ``make_plugin_env`` does)."""
        _pip_install(self.path, [*(["-e"] if editable else []), str(package)])


def make_plugin_env(path: Path, packages: list[str]) -> PluginEnv:
    """A venv with ``--system-site-packages`` and only ``packages`` installed, offline.

    The packages are installed with ``--no-deps --no-build-isolation``, so
    nothing is downloaded; their build backend (flit_core, a test extra) comes
    from the environment running the tests.
    """
    venv.EnvBuilder(system_site_packages=True, with_pip=False, symlinks=True).create(path)
    if sys.prefix != sys.base_prefix:
        # Running inside a virtualenv: "system" site-packages would be the base
        # interpreter's, so make this environment's packages visible too.
        site_packages = next(path.glob("lib/python*/site-packages"))
        lines = [f"import site; site.addsitedir({p!r})" for p in site.getsitepackages()]
        (site_packages / "_screener_parent_env.pth").write_text("\n".join(lines) + "\n")
    if packages:
        _pip_install(path, [str(PLUGIN_PACKAGES / p) for p in packages])
    return PluginEnv(path)


def _pip_install(venv_path: Path, arguments: list[str]) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(venv_path / "bin" / "python"),
            "install",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--disable-pip-version-check",
            *arguments,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"pip install {' '.join(arguments)} failed:\n{result.stdout}{result.stderr}"


@pytest.fixture(scope="session")
def plugin_env(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., PluginEnv]:
    """Factory: ``plugin_env("screener-ccds", ...)`` -> an environment with those packages (cached)."""
    made: dict[tuple[str, ...], PluginEnv] = {}

    def factory(*packages: str) -> PluginEnv:
        key = tuple(sorted(packages))
        if key not in made:
            made[key] = make_plugin_env(tmp_path_factory.mktemp("venv-" + ("-".join(key) or "bare")), list(key))
        return made[key]

    return factory
