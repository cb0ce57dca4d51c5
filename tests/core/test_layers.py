"""The core's layers: imports flow one way, and no module imports itself round a circle.

Every module under ``src/travelrisk`` is parsed (never imported); its imports of travelrisk
are collected wherever they stand: at module level, inside a function, under
``if TYPE_CHECKING``, and a module named in a string (``import_module("travelrisk.x")``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "travelrisk"

#: Lowest first. A module may import its own layer and the layers before it, never one after.
#: ``plugins`` and ``startup`` are leaves the programs call first; the vault sits just above the data model,
#: because reading a rulebook asks it which one is installed and whether it is signed.
LAYERS = ("plugins", "startup", "model", "vault", "language", "engine", "report", "cli")
#: The package itself is the public face (``from travelrisk import assess``): its names are
#: resolved lazily, so it stands outside the layers; ``__main__`` only starts the cli.
OUTSIDE = {"travelrisk", "travelrisk.__main__"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking(test: ast.expr) -> bool:
    return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING" or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def imports(path: Path, known: set[str]) -> list[tuple[str, int, bool]]:
    """(module imported, line, only for type checking) for every travelrisk import in ``path``."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: list[tuple[str, int, bool]] = []

    def add(module: str, names: list[str], line: int, typing_only: bool) -> None:
        if module != "travelrisk" and not module.startswith("travelrisk."):
            return
        subs = [f"{module}.{n}" for n in names if f"{module}.{n}" in known]
        for m in subs or [module]:
            out.append((m, line, typing_only))
        if subs and len(subs) < len(names):  # names taken from the package itself as well
            out.append((module, line, typing_only))

    def visit(node: ast.AST, typing_only: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child.test):
                for n in child.body:
                    visit_one(n, True)
                for n in child.orelse:
                    visit_one(n, typing_only)
                continue
            visit_one(child, typing_only)

    def visit_one(child: ast.AST, typing_only: bool) -> None:
        if isinstance(child, ast.ImportFrom):
            if child.level:
                base = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                module = ".".join(base + ([child.module] if child.module else []))
            else:
                module = child.module or ""
            add(module, [a.name for a in child.names], child.lineno, typing_only)
        elif isinstance(child, ast.Import):
            for a in child.names:
                add(a.name, [], child.lineno, typing_only)
        elif isinstance(child, ast.Constant) and isinstance(child.value, str) and child.value in known:
            out.append((child.value, child.lineno, typing_only))  # import_module("travelrisk.x")
        visit(child, typing_only)

    visit(ast.parse(path.read_text(encoding="utf-8")), False)
    return [(m, line, t) for m, line, t in out if m != name]


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> int | None:
    if module in OUTSIDE:
        return None
    top = module.split(".")[1]
    return LAYERS.index(top) if top in LAYERS else -1


def graph(found: dict[str, Path], with_typing: bool) -> dict[str, set[str]]:
    known = set(found)
    return {
        m: {dep for dep, _, typing_only in imports(p, known) if with_typing or not typing_only}
        for m, p in found.items()
    }


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected set of two or more modules (Tarjan), each as a sorted list."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def strong(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                out.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            strong(v)
    return out


def upward(found: dict[str, Path]) -> list[str]:
    known = set(found)
    out = []
    for m, p in found.items():
        mine = layer_of(m)
        if mine is None:
            continue
        for dep, line, typing_only in imports(p, known):
            theirs = layer_of(dep)
            if theirs is not None and theirs > mine:
                why = " (for type checking)" if typing_only else ""
                out.append(f"{p.relative_to(PACKAGE.parent)}:{line}: {m} ({LAYERS[mine]}) imports "
                           f"{dep} ({LAYERS[theirs]}){why}")
    return out


def test_every_module_has_a_layer():
    stray = [m for m in modules() if layer_of(m) == -1]
    assert not stray, f"modules outside every layer {LAYERS}: {stray}"


def test_no_import_goes_up_a_layer():
    problems = upward(modules())
    assert not problems, "imports from a lower layer to a higher one:\n" + "\n".join(problems)


def test_no_import_circle():
    # Runtime imports only: a circle through ``if TYPE_CHECKING`` is never executed.
    found = circles(graph(modules(), with_typing=False))
    assert not found, "import circles (module-level and function-level imports):\n" + "\n".join(
        " <-> ".join(c) for c in found)


# --- the checks themselves can fail ------------------------------------------------------


def write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


@pytest.fixture
def fake(tmp_path, monkeypatch):
    root = tmp_path / "travelrisk"
    for pkg in ("", "model", "engine", "report"):
        write(root, f"{pkg}/__init__.py".lstrip("/"), "")
    monkeypatch.setattr(__import__(__name__, fromlist=["PACKAGE"]), "PACKAGE", root)
    return root


def test_a_function_level_circle_is_found(fake):
    write(fake, "model/a.py", "from . import b\n")
    write(fake, "model/b.py", "def f():\n    from .a import x\n")
    assert circles(graph(modules(), with_typing=False)) == [["travelrisk.model.a", "travelrisk.model.b"]]


def test_an_upward_import_is_found_even_inside_a_function(fake):
    write(fake, "engine/core.py", "")
    write(fake, "model/profile.py", "def f():\n    from ..engine.core import assess\n")
    write(fake, "report/memo.py", "from travelrisk.engine import core\n")
    problems = upward(modules())
    assert len(problems) == 1 and "travelrisk.model.profile (model) imports travelrisk.engine.core" in problems[0]


def test_a_module_named_in_a_string_counts(fake):
    write(fake, "engine/core.py", "COMMANDS = ('travelrisk.report.memo',)\n")
    write(fake, "report/memo.py", "")
    assert upward(modules())
