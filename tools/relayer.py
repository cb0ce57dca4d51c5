"""Move travelrisk's core modules into its layers and rewrite every import of them.

    python tools/relayer.py            # git mv what is still in the flat layout, then rewrite
    python tools/relayer.py FILE...    # rewrite only these files (e.g. ones merged meanwhile)
    python tools/relayer.py --check    # say what would change, change nothing (exit 1 if any)

Rewrites, from the old flat names to the layered ones (``MODULES`` and ``NAMES`` below):
``from travelrisk.profile import X`` and ``from .profile import X`` (relative forms are
resolved against the file's place and written back relative to it), ``from travelrisk import
iso`` (a module taken from the package; exported names such as ``Profile`` stay as they are),
``import travelrisk.loader``, dotted names in strings, docstrings and comments
(``"travelrisk.engine"`` in a test, ``:func:`travelrisk.rulepack.import_pack```), and file
paths (``src/travelrisk/terminal.py``, ``"travelrisk" / "terminal.py"``). A name that moved
on its own (``build_pack`` left ``rulepack`` for ``engine.updates``) gets its own import line.

Idempotent: a name already in the new layout is left alone, so running it twice changes
nothing the second time. It prints every file it changes (and every move it makes).
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"

#: old module -> new module (every module of the flat core).
MODULES: dict[str, str] = {
    # the data model
    "travelrisk.model": "travelrisk.model.base",
    "travelrisk.levels": "travelrisk.model.levels",
    "travelrisk.sources": "travelrisk.model.sources",
    "travelrisk.iso": "travelrisk.model.iso",
    "travelrisk.country_names": "travelrisk.model.country_names",
    "travelrisk.instrument": "travelrisk.model.instrument",
    "travelrisk.country": "travelrisk.model.country",
    "travelrisk.requester": "travelrisk.model.requester",
    "travelrisk.profile": "travelrisk.model.profile",
    "travelrisk.harm": "travelrisk.model.harm",
    "travelrisk.checklist": "travelrisk.model.checklist",
    "travelrisk.scenario": "travelrisk.model.scenario",
    "travelrisk.interview": "travelrisk.model.interview",
    "travelrisk.assessment": "travelrisk.model.assessment",
    "travelrisk.examples": "travelrisk.model.examples",
    # the vault: what is kept on disk, and how
    "travelrisk.atomic": "travelrisk.vault.atomic",
    "travelrisk.storage": "travelrisk.vault.storage",
    "travelrisk.rulepack": "travelrisk.vault.rulepack",
    # the rule language and the rulebook written in it
    "travelrisk.conditions": "travelrisk.language.conditions",
    "travelrisk.rule": "travelrisk.language.rule",
    "travelrisk.i18n": "travelrisk.language.i18n",
    "travelrisk.report_words": "travelrisk.language.report_words",
    "travelrisk.rulebook": "travelrisk.language.rulebook",
    "travelrisk.loader": "travelrisk.language.loader",
    "travelrisk.compiled": "travelrisk.language.compiled",
    "travelrisk.quality": "travelrisk.language.quality",
    # the engine
    "travelrisk.engine": "travelrisk.engine.core",
    "travelrisk.ranges": "travelrisk.engine.ranges",
    "travelrisk.trip": "travelrisk.engine.trip",
    "travelrisk.glance": "travelrisk.engine.glance",
    "travelrisk.ruletests": "travelrisk.engine.ruletests",
    # reports
    "travelrisk.report": "travelrisk.report.memo",
    "travelrisk.report_layout": "travelrisk.report.layout",
    "travelrisk.report_formats": "travelrisk.report.formats",
    "travelrisk.report_redaction": "travelrisk.report.redaction",
    "travelrisk.report_notes": "travelrisk.report.notes",
    "travelrisk.terminal": "travelrisk.report.terminal",
    "travelrisk.rulediff": "travelrisk.report.rulediff",
    # the command line
    "travelrisk.cli": "travelrisk.cli",  # the module became the package; the entry point stays
    "travelrisk.commands": "travelrisk.cli.commands",
    "travelrisk.commands.trip": "travelrisk.cli.commands.trip",
    "travelrisk.commands.report": "travelrisk.cli.commands.report",
    "travelrisk.commands.profiles": "travelrisk.cli.commands.profiles",
    "travelrisk.commands.packs": "travelrisk.cli.commands.packs",
}

#: (old module, name) -> new module, for names that left their module to break a circle.
NAMES: dict[tuple[str, str], str] = {
    ("travelrisk.iso", "code_of"): "travelrisk.model.country_names",
    ("travelrisk.rulepack", "build_pack"): "travelrisk.engine.updates",
    ("travelrisk.rulepack", "import_pack"): "travelrisk.engine.updates",
    ("travelrisk.rulepack", "soundness"): "travelrisk.engine.updates",
    ("travelrisk.rulepack", "rulebook_notices"): "travelrisk.engine.core",
}

#: The new packages and the modules in them (besides the targets above).
PACKAGES = ("model", "vault", "language", "engine", "report", "cli")
EXTRA_MODULES = {
    "travelrisk.model",
    "travelrisk.vault",
    "travelrisk.language",
    "travelrisk.language.problems",
    "travelrisk.engine",
    "travelrisk.engine.updates",
    "travelrisk.report",
    "travelrisk.report.memo_model",
    "travelrisk.cli.common",
}
NEW = set(MODULES.values()) | EXTRA_MODULES | {t for t in NAMES.values()}
ROOTS = ("src", "gui", "tests", "benchmarks", "packaging")
DOCS = ("README.md", "rules/README.md", "docs")


def old_path(module: str) -> Path:
    parts = module.split(".")
    folder = SRC.joinpath(*parts)
    return folder / "__init__.py" if folder.is_dir() else SRC.joinpath(*parts[:-1], parts[-1] + ".py")


def new_path(module: str, was_package: bool) -> Path:
    parts = module.split(".")
    return SRC.joinpath(*parts, "__init__.py") if was_package else SRC.joinpath(*parts[:-1], parts[-1] + ".py")


# --- resolving a name -------------------------------------------------------------------


def is_new_style(dotted: str) -> bool:
    """Is this already a name of the layered core (``travelrisk.model.profile...``)?"""
    parts = dotted.split(".")
    if len(parts) >= 3 and parts[1] in PACKAGES:
        return ".".join(parts[:3]) in NEW or (parts[1] == "cli" and parts[2] == "commands")
    return False


def target(module: str, name: str | None = None) -> str:
    """Where ``module`` (old or new) now lives, or where ``name`` taken from it does."""
    if is_new_style(module):
        return module
    if name is not None and (module, name) in NAMES:
        return NAMES[(module, name)]
    return MODULES.get(module, module)


_names: dict[str, set[str]] = {}


def names_in(module: str) -> set[str]:
    """The names a module defines at its top level (read from its file, never imported)."""
    if module not in _names:
        path = SRC.joinpath(*module.split(".")).with_suffix(".py")
        found: set[str] = set()
        if path.is_file():
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    found.add(node.name)
                elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                    for t in node.targets if isinstance(node, ast.Assign) else [node.target]:
                        found |= {n.id for n in ast.walk(t) if isinstance(n, ast.Name)}
                elif isinstance(node, (ast.Import, ast.ImportFrom)):
                    found |= {(a.asname or a.name).split(".")[0] for a in node.names}
        _names[module] = found
    return _names[module]


def rewrite_dotted(text: str) -> str:
    """``travelrisk.x.y...`` in any text: the longest old module prefix is replaced."""

    def one(m: re.Match) -> str:
        dotted = m.group(0)
        if is_new_style(dotted):
            return dotted
        taken = re.match(r"\s+import\s+\(?\s*(\w+)", text[m.end():])
        if taken and f"{dotted}.{taken.group(1)}" in NEW:
            return dotted  # ``from travelrisk.engine import trip``: a module of a new package
        parts = dotted.split(".")
        for n in range(len(parts), 1, -1):
            head = ".".join(parts[:n])
            if head in MODULES:
                rest = parts[n:]
                if rest and MODULES[head].startswith(head + ".") and rest[0] not in names_in(MODULES[head]):
                    return dotted  # ``travelrisk.engine.x``: x is no name of the old engine module
                new = target(head, rest[0] if rest else None)
                return ".".join([new, *rest])
        return dotted

    return re.sub(r"(?<![\w.])travelrisk(?:\.[A-Za-z_]\w*)+", one, text)


def _module_path(module: str) -> str:
    """``travelrisk.model.profile`` -> ``src/travelrisk/model/profile.py``."""
    return "src/" + module.replace(".", "/") + ".py"


def rewrite_paths(text: str) -> str:
    def slash(m: re.Match) -> str:
        module = "travelrisk." + m.group(1).replace("/", ".")
        if is_new_style(module) or module not in MODULES:
            return m.group(0)
        new = MODULES[module]
        if new == "travelrisk.cli":
            return "src/travelrisk/cli/__init__.py"
        return _module_path(new) if not new.endswith(".commands") else m.group(0)

    text = re.sub(r"(?<![\w/])src/travelrisk/((?:commands/)?\w+)\.py\b", slash, text)

    def joined(m: re.Match) -> str:  # "travelrisk" / "terminal.py" in a pathlib expression
        module = "travelrisk." + m.group(2)
        if module not in MODULES or MODULES[module] == "travelrisk.cli":
            return m.group(0)
        parts = MODULES[module].split(".")[1:]
        q = m.group(1)
        return " / ".join(f"{q}{p}{q}" for p in ["travelrisk", *parts[:-1]]) + f" / {q}{parts[-1]}.py{q}"

    return re.sub(r"""(["'])travelrisk\1 / \1(\w+)\.py\1""", joined, text)


# --- rewriting import statements --------------------------------------------------------


def module_of(path: Path) -> str | None:
    """The module a file under src/ is (``travelrisk.model.profile``), else None."""
    try:
        rel = path.resolve().relative_to(SRC)
    except ValueError:
        return None
    parts = list(rel.with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def package_of(path: Path, module: str) -> str:
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def relative(package: str, module: str) -> tuple[int, str]:
    """``from <dots><rest> import`` that names ``module`` from inside ``package``."""
    a, b = package.split("."), module.split(".")
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    return len(a) - common + 1, ".".join(b[common:])


def _alias(a: ast.alias) -> str:
    return a.name + (f" as {a.asname}" if a.asname else "")


def plan_from(node: ast.ImportFrom, package: str | None) -> list[tuple[str, list[str]]] | None:
    """The import lines (absolute module, names) that replace ``node``; None to keep it."""
    if node.level:
        if package is None:
            return None
        base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
        module = ".".join(base + ([node.module] if node.module else []))
    else:
        module = node.module or ""
    if module != "travelrisk" and not module.startswith("travelrisk."):
        return None
    groups: dict[str, list[str]] = {}
    for a in node.names:
        if module == "travelrisk" or module in MODULES and MODULES[module].startswith(module + "."):
            # ``from travelrisk import iso``: a submodule taken from a package; also the old
            # ``from travelrisk.engine import assess`` (a name of the old engine module,
            # not a module of the new engine package).
            sub = f"{module}.{a.name}"
            if module != "travelrisk" and (sub in NEW or is_new_style(sub)):
                groups.setdefault(module, []).append(_alias(a))  # already the new package
                continue
            if module == "travelrisk" and sub in MODULES:
                new = MODULES[sub]
                parent, _, leaf = new.rpartition(".")
                alias = a.asname or (a.name if leaf != a.name else None)
                groups.setdefault(parent, []).append(leaf + (f" as {alias}" if alias and alias != leaf else ""))
                continue
            if module == "travelrisk":
                groups.setdefault(module, []).append(_alias(a))
                continue
        groups.setdefault(target(module, a.name), []).append(_alias(a))
    return list(groups.items())


def render(plan: list[tuple[str, list[str]]], package: str | None, indent: str, relative_form: bool) -> str:
    lines = []
    for module, names in plan:
        if relative_form and package is not None:
            level, rest = relative(package, module)
            if not rest:  # ``from .. import x`` names a module of an enclosing package
                head = "." * level
            else:
                head = "." * level + rest
        else:
            head = module
        one = f"{indent}from {head} import {', '.join(names)}"
        if len(one) <= 100:
            lines.append(one)
        else:
            inner = "".join(f"{indent}    {n},\n" for n in names)
            lines.append(f"{indent}from {head} import (\n{inner}{indent})")
    return "\n".join(lines)


def rewrite_python(text: str, read_package: str | None, write_package: str | None) -> str:
    """Rewrite the ``from ... import`` statements of a file; relative ones are resolved from
    ``read_package`` (where the file was) and written relative to ``write_package``."""
    tree = ast.parse(text)
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, int, int, int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        plan = plan_from(node, read_package)
        if plan is None:
            continue
        relative_form = bool(node.level)
        names = [_alias(a) for a in node.names]
        if len(plan) == 1 and plan[0][1] == names:
            # one module, the same names: only the head changes, the rest keeps its layout
            head = render([(plan[0][0], ["x"])], write_package, "", relative_form)
            head = head[len("from "):-len(" import x")]
            segment = ast.get_source_segment(text, node)
            old_head = re.match(r"from\s+(\S+)\s+import", segment).group(1)
            if old_head == head:
                continue
            new = segment.replace(old_head, head, 1)
        else:
            indent = re.match(r"\s*", lines[node.lineno - 1]).group(0)
            new = render(plan, write_package, indent, relative_form).lstrip()
        edits.append((node.lineno, node.col_offset, node.end_lineno, node.end_col_offset, new))
    for lineno, col, end_lineno, end_col, new in sorted(edits, reverse=True):
        before = "".join(lines[: lineno - 1]) + lines[lineno - 1][:col]
        after = lines[end_lineno - 1][end_col:] + "".join(lines[end_lineno:])
        text = before + new + after
        lines = text.splitlines(keepends=True)
    return text


def rewrite_file(path: Path, read_package: str | None, write_package: str | None, check: bool) -> bool:
    old = path.read_text(encoding="utf-8")
    new = rewrite_python(old, read_package, write_package) if path.suffix == ".py" else old
    new = rewrite_paths(rewrite_dotted(new))
    if new == old:
        return False
    print(f"rewrote {path.relative_to(REPO) if path.is_relative_to(REPO) else path}")
    if not check:
        path.write_text(new, encoding="utf-8")
    return True


# --- moving files -----------------------------------------------------------------------


def moves() -> list[tuple[Path, Path]]:
    """(old file, new file) for every old module still in the flat layout."""
    out = []
    cli = SRC / "travelrisk" / "cli.py"
    if cli.is_file():  # first: the package's __init__ must not be made up before it arrives
        out.append((cli, SRC / "travelrisk" / "cli" / "__init__.py"))
    for old, new in MODULES.items():
        if old == new:
            continue
        parts = old.split(".")
        flat = SRC.joinpath(*parts[:-1], parts[-1] + ".py")
        package = SRC.joinpath(*parts)
        if flat.is_file():
            out.append((flat, new_path(new, was_package=False)))
        elif (package / "__init__.py").is_file() and not new.startswith(old + "."):
            # a package of the old layout (commands); not a new package that took the name
            # of an old module (engine, report, model)
            out.append((package / "__init__.py", new_path(new, was_package=True)))
    return out


def move_all(check: bool) -> dict[Path, str]:
    """git mv every file still in the flat layout; returns new file -> its old package, so
    its relative imports are read as they were written."""
    packages: dict[Path, str] = {}
    for old, new in moves():
        module = module_of(old)
        packages[new] = package_of(old, module)
        print(f"move {old.relative_to(REPO)} -> {new.relative_to(REPO)}")
        if check:
            continue
        new.parent.mkdir(parents=True, exist_ok=True)
        for init in (p / "__init__.py" for p in new.parents if p != SRC and SRC in p.parents):
            if not init.exists() and init != new:
                init.write_text(f'"""{init.parent.name}."""\n')  # replaced by a real docstring
                subprocess.run(["git", "add", str(init)], cwd=REPO, check=True)
        subprocess.run(["git", "mv", str(old), str(new)], cwd=REPO, check=True)
    return packages


def all_files() -> list[Path]:
    out = []
    for root in ROOTS:
        out += sorted((REPO / root).rglob("*.py")) if (REPO / root).is_dir() else []
    for doc in DOCS:
        p = REPO / doc
        out += sorted(p.rglob("*.md")) if p.is_dir() else ([p] if p.is_file() else [])
    here = Path(__file__).resolve()
    return [p for p in out if p.resolve() != here and "__pycache__" not in p.parts]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="rewrite only these (default: every file)")
    ap.add_argument("--check", action="store_true", help="say what would change; change nothing")
    args = ap.parse_args(argv)
    moved = {} if args.files else move_all(args.check)
    files = [p.resolve() for p in args.files] or all_files()
    changed = 0
    for path in files:
        if path.suffix not in (".py", ".md"):
            continue
        module = module_of(path)
        here = package_of(path, module) if module else None
        changed += rewrite_file(path, moved.get(path, here), here, args.check)
    print(f"{changed} file(s) {'would change' if args.check else 'changed'}, {len(moved)} moved")
    return 1 if args.check and (changed or moved) else 0


if __name__ == "__main__":
    sys.exit(main())
