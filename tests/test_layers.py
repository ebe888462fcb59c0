"""screener's modules form layers, each importing only from the layers below it, with no import cycle.

The layers, lowest first: ``core`` (the contract: models, errors, rule types,
hook specifications), ``host`` (the plugin host), ``knowledge``,
``extraction``, ``fit``, the ``Screener`` facade (``engine``, ``workers``,
``evaluation``), ``io``, ``cli``, and the package's own entry points
(``screener/__init__.py``, ``__main__``, the pytest plugin ``testing``).
Imports made only for type checking (``if TYPE_CHECKING:``) do not count; the
ones inside functions (made late, for a fast start) do.

The built-in plugins use only the public API, ``from screener import ...``,
as a third party's plugin would.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT

PACKAGE = ROOT / "screener"
PLUGINS = ROOT / "plugins"
LAYERS = ["core", "host", "knowledge", "extraction", "fit", "facade", "io", "cli", "entry"]
FACADE = {"screener.engine", "screener.workers", "screener.evaluation"}
ENTRY = {"screener", "screener.__main__", "screener.testing"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def layer(module: str) -> int:
    if module in ENTRY:
        return LAYERS.index("entry")
    if module in FACADE:
        return LAYERS.index("facade")
    return LAYERS.index(module.split(".")[1])


def is_type_checking_block(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def imported_modules(path: Path, known: set[str]) -> set[str]:
    """The screener modules ``path`` imports at run time (module level or in a function)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if is_type_checking_block(node):
            for child in node.orelse:  # type: ignore[attr-defined]
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "screener")
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "screener":
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in known else node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    known = set(paths)
    return {module: imported_modules(path, known) - {module} for module, path in paths.items()}


def test_every_module_belongs_to_a_layer():
    for module in import_graph():
        assert 0 <= layer(module) < len(LAYERS), module


def test_each_module_imports_only_from_its_own_layer_or_below():
    upward = [
        f"{module} ({LAYERS[layer(module)]}) imports {target} ({LAYERS[layer(target)]})"
        for module, targets in import_graph().items()
        for target in targets
        if layer(target) > layer(module)
    ]
    assert upward == []


def test_there_is_no_import_cycle():
    graph = import_graph()
    state: dict[str, str] = {}

    def cycle_from(module: str, trail: list[str]) -> list[str] | None:
        state[module] = "visiting"
        for target in sorted(graph.get(module, ())):
            if target not in graph:
                continue
            if state.get(target) == "visiting":
                return [*trail, module, target]
            if target not in state:
                found = cycle_from(target, [*trail, module])
                if found:
                    return found
        state[module] = "done"
        return None

    for module in sorted(graph):
        if module not in state:
            cycle = cycle_from(module, [])
            assert cycle is None, " -> ".join(cycle)


def test_the_check_sees_a_real_upward_import(tmp_path):
    """The checker is not blind: an import from io inside core is reported."""
    probe = tmp_path / "probe.py"
    probe.write_text("def late():\n    from screener.io.output import render_extractions\n", encoding="utf-8")
    assert imported_modules(probe, {"screener.io.output"}) == {"screener.io.output"}
    typed_only = tmp_path / "typed.py"
    typed_only.write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from screener.engine import Screener\n",
        encoding="utf-8",
    )
    assert imported_modules(typed_only, {"screener.engine"}) == set()


@pytest.mark.parametrize("path", sorted(PLUGINS.rglob("*.py")), ids=lambda path: str(path.relative_to(PLUGINS)))
def test_a_built_in_plugin_uses_only_the_public_api(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    private = [
        ast.unparse(node)
        for node in ast.walk(tree)
        if (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("screener."))
        or (isinstance(node, ast.Import) and any(alias.name.startswith("screener.") for alias in node.names))
    ]
    assert private == []
