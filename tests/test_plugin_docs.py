"""docs/plugins.md stays true: every hook documented and tested, released hooks stable, the tutorial works.

``test_tutorial_works_as_written`` follows the tutorial as a new user would,
in an empty folder and a fresh environment: it writes the files the tutorial
shows, runs the commands it shows (``screener``, ``pip install``, ``cd``,
``python -m pytest``) and checks that each prints what the tutorial says.
"""

from __future__ import annotations

import ast
import inspect
import re
import shlex
from pathlib import Path

import pluggy
import pytest
from conftest import ROOT, make_plugin_env

from screener import testing
from screener.core import hookspecs
from screener.host.plugins import DISABLE_ENV, LOAD_ENV, STRICT_ENV, TRACE_ENV, hook_names

DOCS = ROOT / "docs" / "plugins.md"
TESTS = ROOT / "tests"

#: Every hook released so far: its parameters and whether the first result wins.
#: Hooks and parameters may be added (add them here too); these may never be renamed or removed.
RELEASED_HOOKS = {
    "screener_credentials": ((), False),
    "screener_skills": ((), False),
    "screener_context_rules": ((), False),
    "screener_extract": (("doc", "posting"), False),
    "screener_assess": (("requirement", "profile"), True),
    "screener_read": (("source",), True),
}


def _parameters(hook: str) -> tuple[str, ...]:
    return tuple(inspect.signature(getattr(hookspecs, hook)).parameters)


def _docs() -> str:
    return DOCS.read_text(encoding="utf-8")


def test_every_hook_is_documented_with_its_signature():
    documented = set(re.findall(r"^### `(screener_\w+)\(([^)]*)\)`$", _docs(), re.M))
    expected = {(hook, ", ".join(_parameters(hook))) for hook in hook_names()}
    assert expected - documented == set(), "hooks missing from (or out of date in) docs/plugins.md"
    assert documented - expected == set(), "docs/plugins.md documents hooks that do not exist"


def test_every_hook_has_a_test():
    defined = set()
    for path in TESTS.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        defined.update(node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef))
    missing = [hook for hook in hook_names() if f"test_hook_{hook}" not in defined]
    assert missing == [], f"add a test named test_hook_<hook> for {missing}"


def test_released_hooks_keep_their_names_parameters_and_calling_convention():
    manager = pluggy.PluginManager(hookspecs.PROJECT_NAME)
    manager.add_hookspecs(hookspecs)
    for hook, (parameters, firstresult) in RELEASED_HOOKS.items():
        assert hook in hook_names(), f"{hook} was removed or renamed"
        assert set(parameters) <= set(_parameters(hook)), f"a parameter of {hook} was removed or renamed"
        assert getattr(manager.hook, hook).spec.opts["firstresult"] is firstresult, hook


def test_the_stability_policy_is_stated_and_referenced():
    assert "## Stability policy" in _docs()
    assert "docs/plugins.md" in hookspecs.__doc__ and "Stability policy" in hookspecs.__doc__


def test_every_control_and_fixture_is_documented():
    docs = _docs()
    for control in (
        LOAD_ENV,
        DISABLE_ENV,
        TRACE_ENV,
        STRICT_ENV,
        "--plugin",
        "--trace-plugins",
        "-p no:screener.testing",
    ):
        assert control in docs, control
    fixtures = [
        node.name
        for node in ast.parse(Path(testing.__file__).read_text(encoding="utf-8")).body
        if isinstance(node, ast.FunctionDef) and any("fixture" in ast.unparse(d) for d in node.decorator_list)
    ]
    assert len(fixtures) >= 6
    for fixture in fixtures:
        assert f"`{fixture}" in docs, f"fixture {fixture} is not in docs/plugins.md"
    assert "screener evaluate" in docs and "screener plugin new" in docs


def test_readme_points_to_the_plugin_guide():
    assert "docs/plugins.md" in (ROOT / "README.md").read_text(encoding="utf-8")


# ---------------------------------------------------------------------- the tutorial, followed to the letter

_BLOCK = re.compile(r"(?:<!-- tutorial-file: (?P<file>\S+) -->\n)?```(?P<lang>\w*)\n(?P<body>.*?)^```", re.S | re.M)


def tutorial_steps(text: str) -> list[tuple[str, str, object]]:
    """("file", path, content) and ("run", command, expected output lines), in the order the tutorial gives them."""
    section = text.split("<!-- tutorial: start -->")[1].split("<!-- tutorial: end -->")[0]
    steps: list[tuple[str, str, object]] = []
    for block in _BLOCK.finditer(section):
        if block["file"]:
            steps.append(("file", block["file"], block["body"]))
        elif block["lang"] == "console":
            for chunk in re.split(r"^\$ ", block["body"], flags=re.M)[1:]:
                command, *output = chunk.rstrip("\n").split("\n")
                steps.append(("run", command, output))
    return steps


def _collapsed(line: str) -> str:
    return " ".join(line.split())


def test_tutorial_has_the_steps_a_new_user_needs():
    steps = tutorial_steps(_docs())
    commands = [step[1] for step in steps if step[0] == "run"]
    assert commands[0].startswith("screener plugin new ")
    assert any(c.startswith("pip install -e ") for c in commands)
    assert any(c.startswith("screener extract ") for c in commands)
    assert "python -m pytest" in commands and any(c.startswith("screener evaluate ") for c in commands)
    assert any(step[0] == "file" and step[1].endswith(".py") for step in steps)  # the edit


def test_tutorial_works_as_written(tmp_path):
    env = make_plugin_env(tmp_path / "venv", [])
    start = tmp_path / "work"
    start.mkdir()
    cwd = start
    wide = {"COLUMNS": "200"}  # tables are cut to the terminal width
    for kind, what, content in tutorial_steps(_docs()):
        if kind == "file":
            (start / what).parent.mkdir(parents=True, exist_ok=True)
            (start / what).write_text(content)  # type: ignore[arg-type]
            continue
        words = shlex.split(what)
        if words[0] == "cd":
            cwd = cwd / words[1]
            continue
        if words[0] == "screener":
            result = env.screener(*words[1:], cwd=cwd, env=wide)
        elif words[:2] == ["pip", "install"]:
            editable = "-e" in words
            package = re.sub(r"\[.*\]$", "", words[-1])
            env.install(cwd / package, editable=editable)
            continue
        elif words[:3] == ["python", "-m", "pytest"]:
            result = env.run(*words[1:], cwd=cwd, env=wide)
        else:
            pytest.fail(f"the tutorial runs a command this test cannot follow: {what}")
        assert result.returncode == 0, f"$ {what}\n{result.stdout}{result.stderr}"
        printed = {_collapsed(line) for line in result.stdout.splitlines()}
        for line in content:  # type: ignore[union-attr]
            assert _collapsed(line) in printed, f"$ {what}: the tutorial shows {line!r}; it printed:\n{result.stdout}"
    # the test-kit examples of the guide, added to the tutorial's package, pass too
    extras = re.findall(r"<!-- tutorial-extra: (\S+) -->\n```python\n(.*?)^```", _docs(), re.S | re.M)
    assert extras
    for path, code in extras:
        (start / path).write_text(code)
        result = env.run("-m", "pytest", "-q", str(start / path), cwd=start / Path(path).parts[0])
        assert result.returncode == 0, result.stdout + result.stderr
