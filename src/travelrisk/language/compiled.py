"""A compiled rulebook: the validated rulebook kept once, so later runs skip parsing.

Reading and validating every TOML file costs far more than an assessment. After one full
load, the validated rulebook is pickled under the platformdirs cache folder, keyed by the
SHA-256 content hash of its files (the hash every assessment is stamped with) and by this
package's code. A cache is derived data, trusted for nothing: each load hashes the rulebook's
files again (a few milliseconds) and accepts a compiled copy only if it was made from exactly
those files and its contents carry the check value written with them; anything else is
rebuilt from the files. The one exception is the bundled rulebook, installed with the code:
like the code (see ``_code_key``), it is known by its files' names, sizes and modification
times, and its hash is remembered by those, so a file rewritten is hashed again. Countries,
sources, translations, the scenarios and the glossary are pickled one by one after the rest
(the head) and read from the file, checked and restored only when asked for, so a single
check reads, checks and restores little, and an app keeps no copy of the file's bytes. A
few compiled rulebooks are kept, so switching between the bundled one and another folder
does not rebuild each time. An installed wheel ships its bundled rulebook compiled
(``packaged_file``), used when the cache has none.

The check value is a hash over the content hash and the head; the head holds the SHA-256 of
every entry after it, which is checked when that entry is first restored. So a copy changed
after it was written (a bit flipped, a rule removed) is refused: a changed head at once (the
rulebook is read from its files), a changed entry when it is asked for (that entry is taken
from the files instead, and the copy is deleted, to be made anew by the next load). The
check value is not a secret: someone who can write your home folder and who studies this
code can forge it, as they could change the program itself in a virtual environment there
(see docs/threat-model.md). A signed rule pack's signature is checked on every load from its
own files, never from this cache.

The cache holds only public rulebook data, never anything about the person. Unpickling is
restricted to travelrisk's own model classes and a few standard types, so a planted cache
file cannot run code.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from enum import Enum
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from pydantic import BaseModel

from ..model import iso
from ..vault.atomic import write_atomic

if TYPE_CHECKING:
    from .rulebook import Rulebook

_FORMAT = 5  # 5: a checked head, then entries restored (and checked) one by one
_MAGIC = b"travelrisk compiled rulebook\n"
_CHECK = 40  # after the magic: SHA-256 of the head, then the head's length (8 bytes)
KEEP = 4  # compiled rulebooks kept (the bundled one, an imported one, a folder or two)
_SAFE = {
    ("datetime", "date"),
    ("copyreg", "_reconstructor"),
    ("copyreg", "__newobj__"),
    ("builtins", "object"),
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "dict"),
    ("builtins", "list"),
    ("pathlib", "PosixPath"),
    ("pathlib", "WindowsPath"),
    ("pydantic_core._pydantic_core", "PydanticUndefinedType"),
}


_PACKAGE = str(Path(__file__).resolve().parents[1])  # travelrisk/, every layer: classes move
SHIPPED = "compiled"  # the folder in the package that holds the compiled bundled rulebook


def _code_files() -> list[tuple[str, str]]:
    """This package's Python files: (path inside the package, path), sorted."""
    found: list[tuple[str, str]] = []
    for folder, dirs, names in os.walk(_PACKAGE):  # by string: this runs on every load
        dirs.sort()
        rel = os.path.relpath(folder, _PACKAGE).replace(os.sep, "/")
        found += [(name if rel == "." else f"{rel}/{name}", os.path.join(folder, name))
                  for name in names if name.endswith(".py")]
    return sorted(found)


def _code_key() -> str:
    """This package's code, by its files' sizes and times: a compiled rulebook holds its
    classes, so new code needs a new one."""
    h = hashlib.sha256(f"{_FORMAT}:{sys.version}".encode())
    for name, path in _code_files():
        st = os.stat(path)
        h.update(f"{name}:{st.st_size}:{st.st_mtime_ns}\0".encode())
    return h.hexdigest()[:16]


def _source_key() -> str:
    """This package's code by content: a compiled rulebook made when the package was built
    (``loader.build_shipped``) is used by code whose files have other times, so ``_code_key``'s
    sizes and times cannot tell whether it is the same code."""
    import pydantic

    h = hashlib.sha256(f"{_FORMAT}:{sys.version}:{pydantic.VERSION}".encode())
    for name, path in _code_files():
        with open(path, "rb") as fh:
            h.update(name.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()[:16]


def _shipped_folder() -> Path:
    return Path(_PACKAGE) / SHIPPED


def shipped_name(content_hash: str) -> str:
    return f"rulebook-{content_hash[:32]}-{_source_key()}.pickle"


def packaged_file(content_hash: str) -> Path | None:
    """The compiled rulebook shipped with the package for files with this content hash and
    this code, if any: an installed wheel carries its bundled rulebook compiled, as it
    carries its code compiled, so even a first start or an emptied cache reads no file of
    it. Only looked for when the user's cache has none (its code key reads every file)."""
    folder = _shipped_folder()
    if not any(folder.glob(f"rulebook-{content_hash[:32]}-*.pickle")):
        return None
    path = folder / shipped_name(content_hash)
    return path if path.is_file() else None


def _folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("travelrisk", appauthor=False))


def cache_file(content_hash: str) -> Path:
    return _folder() / f"rulebook-{content_hash[:32]}-{_code_key()}.pickle"


def _remembered_file(signature: str) -> Path:
    return _folder() / f"rulebook-files-{signature[:32]}.hash"


def remembered(signature: str) -> str | None:
    """The content hash remembered for files with this signature (names, sizes, times), if
    any; see ``loader._signature``."""
    try:
        digest = _remembered_file(signature).read_text("ascii").strip()
    except (OSError, ValueError):
        return None
    return digest if len(digest) == 64 and all(c in "0123456789abcdef" for c in digest) else None


def remember(signature: str, digest: str) -> None:
    """Remember ``digest`` for files with this signature; the one remembered before goes."""
    path = _remembered_file(signature)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("rulebook-files-*.hash"):
            if old != path:
                old.unlink(missing_ok=True)
        write_atomic(path, digest.encode("ascii"))
    except OSError:
        pass


def _check_value(content_hash: str, head: bytes | memoryview) -> bytes:
    """What follows the magic: the SHA-256 over the content hash and the head, and the
    head's length (so the entries after it can be found)."""
    digest = hashlib.sha256(_MAGIC + content_hash.encode() + b"\0")
    digest.update(head)
    return digest.digest() + len(head).to_bytes(_CHECK - 32, "big")


class _Restricted(pickle.Unpickler):
    # What was allowed once is found again without asking: each country and source is a
    # pickle of its own, and they name the same few classes thousands of times.
    _allowed: dict[tuple[str, str], Any] = {}

    def find_class(self, module: str, name: str) -> Any:  # noqa: D102
        found = self._allowed.get((module, name))
        if found is not None:
            return found
        if (module, name) in _SAFE:
            found = super().find_class(module, name)
        elif module.startswith("travelrisk."):
            obj = super().find_class(module, name)
            if isinstance(obj, type) and (
                issubclass(obj, (BaseModel, Enum)) or getattr(obj, "__compiled_ok__", False)
            ):
                found = obj
        if found is None:
            raise pickle.UnpicklingError(f"refusing {module}.{name} in a compiled rulebook")
        self._allowed[module, name] = found
        return found


def _unpickle(data: bytes | memoryview) -> Any:
    return _Restricted(io.BytesIO(data)).load()


# Where an entry lies after the head: (offset, length, SHA-256 of its bytes).
Entry = tuple[int, int, bytes]


class _Entries:
    """The entries after the head of one compiled rulebook, read from its file when restored
    and checked then. The file is kept open rather than read whole: the entries are most of
    it, and a command or an app reads only those it needs. Open, it stays readable as it was
    if another process replaces or deletes it; a copy cut short or changed meanwhile reads as
    damaged. An entry that does not match its hash is taken from ``reread`` (the rulebook read
    from its files) instead, and the damaged copy is deleted."""

    def __init__(self, file: BinaryIO, start: int, path: Path | None,
                 reread: "Callable[[], Rulebook] | None"):
        # start: where the entries begin in the file; path: the copy to delete when damaged
        # (None for one shipped with the package)
        self._file = file
        self._start = start
        self._lock = threading.Lock()  # one position in the file, whichever thread restores
        self._path = path
        self._reread = reread
        self._fresh: "Rulebook | None" = None

    def __del__(self) -> None:
        self._file.close()

    def _read(self, offset: int, length: int) -> bytes:
        with self._lock:
            try:
                self._file.seek(self._start + offset)
                return self._file.read(length)
            except (OSError, ValueError):
                return b""

    def restore(self, entry: Entry, name: str, key: str | None = None) -> Any:
        offset, length, digest = entry
        data = self._read(offset, length)
        if len(data) == length and hashlib.sha256(data).digest() == digest:
            try:
                return _unpickle(data)
            except Exception:  # noqa: BLE001 - damaged beyond its hash: read from the files
                pass
        return self._from_files(name, key)

    def _from_files(self, name: str, key: str | None) -> Any:
        if self._path is not None:
            self._file.close()  # its other entries are read from the files too now
            try:  # (closed first: Windows deletes no file that is open)
                self._path.unlink(missing_ok=True)  # the next load makes it anew
            except OSError:
                pass
        if self._reread is None:
            raise pickle.UnpicklingError(f"a compiled rulebook is damaged ({name})")
        if self._fresh is None:
            self._fresh = self._reread()
        value = getattr(self._fresh, name)
        return value if key is None else value[key]


class LazyModels(Mapping):
    """A read-only mapping whose values are unpickled on first access."""

    def __init__(self, packed: dict[str, Entry], entries: _Entries, name: str):
        self._packed = packed
        self._entries = entries
        self._name = name
        self._done: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        value = self._done.get(key)
        if value is None:
            value = self._done[key] = self._entries.restore(self._packed[key], self._name, key)
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def __contains__(self, key: object) -> bool:
        return key in self._packed

    def __reduce__(self) -> tuple:
        return (dict, (dict(self.items()),))


# The rulebook's fields kept as entries: mappings (one entry a key) and single values.
_MAPPINGS = ("translations",)
_SINGLE = ("scenarios", "glossary")


def load(content_hash: str, reread: "Callable[[], Rulebook] | None" = None) -> "Rulebook | None":
    """The compiled rulebook made from files with this content hash, if one is kept (in the
    user's cache, else shipped with the package: see ``packaged_file``) and checks out; None
    otherwise (the caller reads the files and stores a new one). ``reread`` reads the files,
    should an entry turn out damaged when it is restored."""
    path = cache_file(content_hash)
    book = _load_from(path, content_hash, reread, owned=True)
    if book is None:
        shipped = packaged_file(content_hash)
        if shipped is not None:
            book = _load_from(shipped, content_hash, reread, owned=False)
            if book is not None:
                _keep(path, shipped)  # later starts find it where they look first
    return book


def _keep(path: Path, shipped: Path) -> None:
    try:
        _write(path, shipped.read_bytes())
    except OSError:
        pass


def _write(path: Path, data: bytes) -> None:
    """Write a compiled rulebook into the cache; the oldest beyond ``KEEP`` are removed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, data)
    _prune(path.parent, keep=path)


def _load_from(
    path: Path, content_hash: str, reread: "Callable[[], Rulebook] | None", *, owned: bool
) -> "Rulebook | None":
    try:
        file = open(path, "rb", buffering=0)  # each entry read when restored, as it is then
    except OSError:
        return None
    try:
        book = _restore_head(file, content_hash, path if owned else None, reread)
    except Exception:  # noqa: BLE001 - a stale, foreign or damaged cache is ignored, then rebuilt
        book = None
    if book is None:
        file.close()
    return book


def _restore_head(
    file: BinaryIO, content_hash: str, path: Path | None, reread: "Callable[[], Rulebook] | None"
) -> "Rulebook | None":
    """The rulebook whose head ``file`` holds, its other entries left in the file; None if
    the file is not a compiled rulebook made from files with this content hash."""
    start = len(_MAGIC) + _CHECK
    prefix = file.read(start)
    if len(prefix) < start or not prefix.startswith(_MAGIC):
        return None
    head = file.read(int.from_bytes(prefix[start - (_CHECK - 32):], "big"))
    if prefix[len(_MAGIC):] != _check_value(content_hash, head):
        return None  # changed or damaged after it was written
    table, book, countries, sources = _unpickle(head)
    if book.content_hash != content_hash:
        return None
    entries = _Entries(file, start + len(head), path, reread)
    book.countries = LazyModels(countries, entries, "countries")
    book.sources = LazyModels(sources, entries, "sources")
    for name in _MAPPINGS:
        setattr(book, name, LazyModels(getattr(book, name), entries, name))
    for name in _SINGLE:
        entry = getattr(book, name)
        book.defer(name, None if entry is None else partial(entries.restore, entry, name))
    iso.prime(table)
    return book


def store(book: "Rulebook") -> None:
    """Write atomically, keyed by the rulebook's content hash; a failure to cache never fails
    the caller. The oldest compiled rulebooks beyond ``KEEP`` are removed."""
    try:
        _write(cache_file(book.content_hash), dumps(book))
    except OSError:
        pass


def dumps(book: "Rulebook") -> bytes:
    """The compiled form of ``book``: the magic, the check value, the head, the entries."""
    from copy import copy

    dump = lambda obj: pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)  # noqa: E731
    body: list[bytes] = []
    offset = 0

    def entry(value: Any) -> Entry:
        nonlocal offset
        data = dump(value)
        body.append(data)
        offset += len(data)
        return (offset - len(data), len(data), hashlib.sha256(data).digest())

    shell = copy(book)
    countries = {k: entry(v) for k, v in book.countries.items()}
    sources = {k: entry(v) for k, v in book.sources.items()}
    shell.countries, shell.sources = {}, {}
    for name in _MAPPINGS:
        setattr(shell, name, {k: entry(v) for k, v in getattr(book, name).items()})
    for name in _SINGLE:
        value = getattr(book, name)
        setattr(shell, name, None if value is None else entry(value))
    head = dump((iso.table(), shell, countries, sources))
    return b"".join([_MAGIC, _check_value(book.content_hash, head), head, *body])


def _prune(folder: Path, keep: Path) -> None:
    """Keep the newest ``KEEP`` compiled rulebooks; remove the others."""
    try:
        found = sorted(folder.glob("rulebook-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    except OSError:
        return
    for old in [p for p in found if p != keep][KEEP - 1:]:
        old.unlink(missing_ok=True)
