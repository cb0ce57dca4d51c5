"""Finding, hashing and loading a rulebook folder: from its compiled form when one made from
exactly these files is kept (see ``compiled``), else by reading every file (see ``reading``)."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from ..vault import installed
from . import compiled
from .problems import Problem, RulebookError

if TYPE_CHECKING:
    from .rulebook import Rulebook


def bundled_rules_path() -> Path:
    """The rulebook shipped with the package (or, in a source checkout, the repo's rules/)."""
    here = Path(__file__).resolve().parents[1]  # the travelrisk package (this is language/loader.py)
    for candidate in (here / "rules", here.parents[1] / "rules"):
        if (candidate / "rulebook.toml").is_file():
            return candidate
    raise RulebookError([Problem(str(here / "rules"), "", "no bundled rulebook found")])


def default_rules_path() -> Path:
    """The rulebook used when none is named: the imported one (``travelrisk rules import``)
    if one is installed and not older than the bundled one, else the bundled one.

    Comparing review dates keeps an old import from hiding the newer rulebook that an
    upgrade of the program brought."""
    bundled = bundled_rules_path()
    imported = installed.installed_rules_path()
    if imported is None:
        return bundled
    mine, theirs = installed.reviewed_of(imported), installed.reviewed_of(bundled)
    return imported if mine and (theirs is None or mine >= theirs) else bundled



def _relative(root: Path, file: Path) -> str:
    """``file``'s path inside ``root``, with forward slashes (by string: this runs for every
    file on every start, and pathlib's ``relative_to`` costs more than reading the file)."""
    base, name = str(root) + os.sep, str(file)
    if name.startswith(base):
        return name[len(base):].replace(os.sep, "/")
    return file.relative_to(root).as_posix()


def content_hash(root: Path, files: list[Path]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(_relative(root, f).encode() + b"\0")
        fd = os.open(f, os.O_RDONLY | getattr(os, "O_BINARY", 0))  # half the cost of open() for 370 files
        try:
            while chunk := os.read(fd, 1 << 20):
                h.update(chunk)
        finally:
            os.close(fd)
        h.update(b"\0")
    return h.hexdigest()


_SETTLED = 3 * 10**9  # ns: how old every file must be before its signature is trusted


def _signature(root: Path, scanned: "list[_Scanned]") -> str | None:
    """The files' names, sizes and modification times (as ``_scan`` read them): what a
    rewrite of any of them changes.

    None while a file is younger than a few seconds: a file system's clock is coarse, and a
    second rewrite of the same size in the same tick would keep the signature (Git's "racy"
    files); such a folder is hashed until it has settled."""
    h = hashlib.sha256(str(root).encode() + b"\0")
    newest = 0
    for _, rel, _, st in scanned:
        newest = max(newest, st.st_mtime_ns)
        h.update(f"{rel}:{st.st_size}:{st.st_mtime_ns}\0".encode())
    return None if newest > time.time_ns() - _SETTLED else h.hexdigest()


#: The files read first, in this order; the rest follow by their path inside the folder.
_FIRST = {"rulebook.toml": 0, "sources.toml": 1, "checklist.toml": 2, "harms.toml": 3, "scenarios.toml": 4}

# One TOML file of a rulebook folder: its place in reading order, its path inside the folder
# (forward slashes), its full path, and its status (size, modification time).
_Scanned = tuple[int, str, str, os.stat_result]


def _scan(root: Path) -> list[_Scanned]:
    """Every TOML file under ``root``, in reading order (see ``rulebook_files``), each with its
    status, in one pass of ``os.scandir`` (walking the folder and then asking each file for its
    status took twice as long, on every start)."""
    found: list[_Scanned] = []
    folders = [(str(root), "")]
    while folders:
        folder, prefix = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir():
                    if not entry.is_symlink():  # as os.walk: a linked folder is not entered
                        folders.append((entry.path, prefix + entry.name + "/"))
                elif entry.name.endswith(".toml"):
                    rel = prefix + entry.name
                    found.append((_FIRST.get(rel, len(_FIRST)), rel, entry.path, entry.stat()))
    found.sort(key=lambda f: (f[0], f[1]))
    return found


def rulebook_files(root: Path) -> list[Path]:
    """Every TOML file, the shared ones (rulebook.toml, sources.toml) first."""
    return [Path(path) for _, _, path, _ in _scan(root)]


def load_rulebook(path: str | Path | None = None, *, use_cache: bool = True, quality: bool = False) -> "Rulebook":
    """Read and cross-check a rulebook folder (the bundled one by default).

    Raises :class:`RulebookError` listing every problem, each with its file and field.
    A rulebook that validated before is read from its compiled form (see ``compiled``);
    ``use_cache=False`` always reads and checks the files; ``quality=True`` also applies the
    reviewer's checks (see ``quality``) and implies it. ``signed`` says whether an
    imported rulebook's signature was verified (None for a plain folder; see ``rulepack``).
    """
    root = Path(path) if path is not None else default_rules_path()
    if quality:
        book, _ = review_rulebook(root)
    else:
        book = _load_folder(root, use_cache)
    book.signed = _trust(root, book.content_hash)
    return book


def _trust(root: Path, content_hash: str) -> bool | None:
    """Whether the rulebook in ``root`` is signed: None for any folder but the imported
    rulebook's, whose pack is then read and its signature checked (see ``rulepack.trust_of``)."""
    if not installed.is_installed(root):
        return None
    from ..vault import rulepack  # deferred: only the imported rulebook needs its pack read

    return rulepack.trust_of(root, content_hash)


def build_shipped(rules: Path, out: Path) -> Path:
    """Compile the rulebook in ``rules`` (checked in full) into the folder ``out``, named for
    this code, to be installed as the package's compiled folder (see hatch_build.py and
    ``compiled.packaged_file``); the file written."""
    book = load_rulebook(rules, use_cache=False)
    out.mkdir(parents=True, exist_ok=True)
    path = out / compiled.shipped_name(book.content_hash)
    path.write_bytes(compiled.dumps(book))
    return path


def review_rulebook(path: str | Path | None = None, *, strict: bool = True):
    """Read a rulebook folder with every check, the reviewer's quality checks included
    (``strict=False``: only report on them).

    Returns the rulebook and its :class:`~travelrisk.language.quality.QualityReport`; raises
    :class:`RulebookError` listing every problem."""
    from . import quality  # deferred: only a review needs it, not a command's start-up
    from .reading import _Reader, _read  # deferred likewise (see _read_files)

    root = Path(path) if path is not None else default_rules_path()
    if not root.is_dir():
        raise RulebookError([Problem(str(root), "", "is not a folder")])
    files = rulebook_files(root)
    r = _Reader(root)
    book = _read(root, files, content_hash(root, files), reader=r, checks=quality.problems if strict else None)
    return book, quality.report(r, book)


def _load_folder(root: Path, use_cache: bool) -> "Rulebook":
    if not root.is_dir():
        raise RulebookError([Problem(str(root), "", "is not a folder")])
    scanned = _scan(root)
    files = lambda: [Path(path) for _, _, path, _ in scanned]  # noqa: E731  (only on a miss)
    if not use_cache:
        return _read_files(root, files(), content_hash(root, files()))
    # A compiled copy is accepted only if it was made from exactly these files (see
    # compiled.py), so the files are hashed on every load, except the bundled rulebook's:
    # it is installed with the code, whose own files are known by their sizes and times
    # (see compiled._code_key), and its hash is remembered by those too.
    bundled = root == bundled_rules_path()
    signature = _signature(root, scanned) if bundled else None
    digest = compiled.remembered(signature) if signature else None
    if digest is None:
        digest = content_hash(root, files())
        if signature:
            compiled.remember(signature, digest)
    cached = compiled.load(digest, reread=lambda: _read_files(root, files(), digest))
    if cached is not None:
        cached.path = root
        return cached
    book = _read_files(root, files(), digest)
    compiled.store(book)
    return book


def _read_files(root: Path, files: list[Path], digest: str) -> "Rulebook":
    # Deferred, for start-up time: reading the files defines every class validation needs
    # (translations, scenarios, the glossary...), which a rulebook served from its compiled
    # form restores only when they are read. Nothing in ``reading`` imports this module.
    from .reading import _read

    return _read(root, files, digest)
