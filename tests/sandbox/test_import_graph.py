"""The sandbox's modules import each other in one direction only.

A cycle (even one dodged by a function-local or ``TYPE_CHECKING`` import) means two modules can
only be understood together; the check reads every module's imports, wherever they stand.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

import console.sandbox

ROOT = Path(console.sandbox.__file__).parent
PACKAGE = "console.sandbox"
LAZY_ENTRY_POINTS = {"console.sandbox", "console.sandbox.cli"}
"""Modules that load the app on first use, so registering the CLI command stays cheap."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _sandbox_imports(tree: ast.AST) -> list[tuple[str, bool]]:
    """(imported sandbox module, imported at module level) for every import in ``tree``."""
    found: list[tuple[str, bool]] = []
    top_level = {id(node) for node in getattr(tree, "body", [])}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        for name in names:
            if name.startswith(PACKAGE) and _is_module(name):
                found.append((name, id(node) in top_level))
    return found


def _is_module(name: str) -> bool:
    relative = Path(*name.split(".")[2:])
    return (ROOT / relative).with_suffix(".py").exists() or (
        ROOT / relative / "__init__.py"
    ).exists()


def _graph() -> dict[str, list[tuple[str, bool]]]:
    return {
        _module_name(path): _sandbox_imports(ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(ROOT.rglob("*.py"))
    }


def test_no_sandbox_module_imports_itself_back_through_others() -> None:
    graph = {module: {name for name, _ in imports} for module, imports in _graph().items()}
    for parents in graph.values():
        parents.discard(PACKAGE)  # every module's package runs first; it imports none eagerly
    try:
        list(TopologicalSorter(graph).static_order())
    except CycleError as error:
        pytest.fail(f"import cycle: {' -> '.join(error.args[1])}")


def test_sandbox_modules_import_each_other_at_the_top() -> None:
    hidden = [
        f"{module} imports {name} inside a function or TYPE_CHECKING block"
        for module, imports in _graph().items()
        if module not in LAZY_ENTRY_POINTS
        for name, top in imports
        if not top
    ]
    assert hidden == []


@pytest.mark.parametrize(
    "module",
    [
        "console.sandbox.state",
        "console.sandbox.seed",
        "console.sandbox.traffic",
        "console.sandbox.webhooks",
        "console.sandbox.app",
    ],
)
def test_each_part_imports_alone_in_a_fresh_interpreter(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
