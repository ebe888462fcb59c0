"""Fixtures shared by the test suite.

Tests never depend on which third-party plugins happen to be installed where
the suite runs:

- the ``screener`` fixture and :func:`builtin_screener` use the built-in
  plugins only;
- every test runs with ``SCREENER_LOAD_PLUGINS`` set and empty (an autouse
  fixture), so a ``Screener()`` built in the test and a ``screener`` command
  the test starts as a subprocess of this interpreter load no third-party
  plugin either; a test marked ``installed_plugins`` sees the environment as
  it is;
- tests that need a plugin *installed* build a virtual environment
  (``plugin_env``), whose ``screener`` command sees the built-ins and the
  plugins installed into that environment, not the other plugins of the
  environment running the tests.
"""

from __future__ import annotations

import json
import os
import re
import signal
import site
import subprocess
import sys
import tomllib
import venv
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from screener import Screener
from screener.host.plugins import LOAD_ENV, create_plugin_host, reset_plugin_host

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


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "installed_plugins: the test sees the third-party plugins installed where the suite runs"
    )


@pytest.fixture(autouse=True)
def _no_installed_plugins(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No third-party plugin of the environment running the tests takes part, unless the test opts in."""
    if request.node.get_closest_marker("installed_plugins") is None:
        monkeypatch.setenv(LOAD_ENV, "")
        reset_plugin_host()  # the process-wide host is rebuilt with the allow-list
    yield
    reset_plugin_host()


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


def needs_shared_corpus(*parts: str) -> Path:
    """A path in ../shared/corpus, or a skip saying it is not there (a fresh clone has no ../shared)."""
    path = SHARED_CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs the shared corpus ({path} is not there: a clone without ../shared beside it)")
    return path


def corpus_dirs() -> list[Path]:
    """Labelled posting folders: the project's samples, and the shared corpus when it is there."""
    dirs = [SAMPLES]
    if (SHARED_CORPUS / "postings").is_dir():
        dirs.append(SHARED_CORPUS)
    return dirs


# ---------------------------------------------------------------------- isolated environments


#: Runs the command line with the plugins of the distributions in $SCREENER_TEST_DISTRIBUTIONS only: the
#: built-ins and what a test installed into its environment, never the other plugins of the environment running
#: the tests (which a venv made with --system-site-packages also sees).
RUN_WITH_OWN_PLUGINS = """
import os, sys
from screener.host.plugins import configure_default_host
configure_default_host(distributions=frozenset(os.environ.pop("SCREENER_TEST_DISTRIBUTIONS").split(",")))
sys.argv[0] = "screener"
from screener.cli.commands import main
main()
"""


@dataclass
class PluginEnv:
    """A virtual environment that sees this interpreter's packages plus the plugins installed into it.

    Its ``screener`` command loads the built-in plugins and the distributions
    installed into it (``distributions``), not the other third-party plugins
    this interpreter sees.
    """

    path: Path
    distributions: list[str] = field(default_factory=list)

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    def screener(
        self, *args: str, env: dict[str, str] | None = None, input: str | None = None, cwd: Path | None = None
    ):
        """Run the ``screener`` command line (``python -m screener ARGS``) in this environment."""
        environment = self.environment()
        environment.update(env or {})
        return subprocess.run(
            self.command(*args),
            capture_output=True,
            text=True,
            env=environment,
            input=input,
            cwd=cwd,
            timeout=120,
        )

    def command(self, *args: str) -> list[str]:
        """The argv that runs ``screener ARGS`` here, with this environment's plugins (see ``environment``)."""
        return [str(self.python), "-c", RUN_WITH_OWN_PLUGINS, *args]

    def environment(self) -> dict[str, str]:
        """The calling environment without ``SCREENER_*`` settings, naming the distributions whose plugins load."""
        environment = {k: v for k, v in os.environ.items() if not k.startswith("SCREENER_")}
        environment["SCREENER_TEST_DISTRIBUTIONS"] = ",".join(["screener", *self.distributions])
        return environment

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
        self.distributions.append(distribution_name(package))


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
    return PluginEnv(path, [distribution_name(PLUGIN_PACKAGES / p) for p in packages])


def distribution_name(package: Path) -> str:
    """The distribution name a package folder declares (``[project] name`` of its pyproject.toml)."""
    with (package / "pyproject.toml").open("rb") as file:
        return re.sub(r"[-_.]+", "-", tomllib.load(file)["project"]["name"]).lower()


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
