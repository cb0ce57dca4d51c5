"""A compiled rulebook: the validated rulebook kept once, so later runs skip parsing.

Reading and validating every TOML file costs far more than an assessment. After one full
load, the validated rulebook is pickled under the platformdirs cache folder, keyed by the
SHA-256 content hash of its files (the hash every assessment is stamped with) and by this
package's code. A cache is derived data, trusted for nothing: each load hashes the rulebook's
files again (a few milliseconds) and accepts a compiled copy only if it was made from exactly
those files and its contents carry the check value written with them; anything else is
rebuilt from the files. Countries and sources are pickled one by one and restored only when
asked for, so a single check reads little. A few compiled rulebooks are kept, so switching
between the bundled one and another folder does not rebuild each time.

The check value is a hash over the content hash and the compiled bytes, so a copy changed
after it was written (a bit flipped, a rule removed) is refused. It is not a secret: someone
who can write your home folder and who studies this code can forge it, as they could change
the program itself in a virtual environment there (see docs/threat-model.md). A signed
rule pack's signature is checked on every load from its own files, never from this cache.

The cache holds only public rulebook data, never anything about the person. Unpickling is
restricted to travelrisk's own model classes and a few standard types, so a planted cache
file cannot run code.
"""

from __future__ import annotations

import hashlib
import io
import pickle
import sys
from collections.abc import Iterator, Mapping
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from ..model import iso
from ..vault.atomic import write_atomic

if TYPE_CHECKING:
    from .rulebook import Rulebook

_FORMAT = 4  # 4: classes live in travelrisk's layers (travelrisk.model.country...)
_MAGIC = b"travelrisk compiled rulebook\n"
_CHECK = 32  # bytes of SHA-256 after the magic
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


def _code_key() -> str:
    """This package's code: a compiled rulebook holds its classes, so new code needs a new one."""
    h = hashlib.sha256(f"{_FORMAT}:{sys.version}".encode())
    package = Path(__file__).resolve().parents[1]  # travelrisk/, every layer: classes move
    for f in sorted(package.rglob("*.py")):
        st = f.stat()
        h.update(f"{f.relative_to(package).as_posix()}:{st.st_size}:{st.st_mtime_ns}\0".encode())
    return h.hexdigest()[:16]


def cache_file(content_hash: str) -> Path:
    from platformdirs import user_cache_dir

    name = f"rulebook-{content_hash[:32]}-{_code_key()}.pickle"
    return Path(user_cache_dir("travelrisk", appauthor=False)) / name


def _check_value(content_hash: str, payload: bytes) -> bytes:
    return hashlib.sha256(_MAGIC + content_hash.encode() + b"\0" + payload).digest()


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


def _unpickle(data: bytes) -> Any:
    return _Restricted(io.BytesIO(data)).load()


class LazyModels(Mapping):
    """A read-only mapping whose values are unpickled on first access."""

    def __init__(self, packed: dict[str, bytes]):
        self._packed = packed
        self._done: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        value = self._done.get(key)
        if value is None:
            value = self._done[key] = _unpickle(self._packed[key])
        return value

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def __contains__(self, key: object) -> bool:
        return key in self._packed

    def __reduce__(self) -> tuple:
        return (dict, (dict(self.items()),))


def load(content_hash: str) -> "Rulebook | None":
    """The compiled rulebook made from files with this content hash, if one is kept and
    checks out; None otherwise (the caller reads the files and stores a new one)."""
    try:
        data = cache_file(content_hash).read_bytes()
    except OSError:
        return None
    head = len(_MAGIC) + _CHECK
    if not data.startswith(_MAGIC) or len(data) < head:
        return None
    payload = data[head:]
    if data[len(_MAGIC):head] != _check_value(content_hash, payload):
        return None  # changed or damaged after it was written
    try:
        table, book, countries, sources = _unpickle(payload)
        if book.content_hash != content_hash:
            return None
        book.countries = LazyModels(countries)
        book.sources = LazyModels(sources)
    except Exception:  # a stale, foreign or damaged cache is ignored, then rebuilt
        return None
    iso.prime(table)
    return book


def store(book: "Rulebook") -> None:
    """Write atomically, keyed by the rulebook's content hash; a failure to cache never fails
    the caller. The oldest compiled rulebooks beyond ``KEEP`` are removed."""
    from copy import copy


    path = cache_file(book.content_hash)
    dump = lambda obj: pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)  # noqa: E731
    shell = copy(book)
    shell.countries, shell.sources = {}, {}
    try:
        payload = dump(
            (
                iso.table(),
                shell,
                {k: dump(v) for k, v in book.countries.items()},
                {k: dump(v) for k, v in book.sources.items()},
            )
        )
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, _MAGIC + _check_value(book.content_hash, payload) + payload)
        _prune(path.parent, keep=path)
    except OSError:
        pass


def _prune(folder: Path, keep: Path) -> None:
    """Keep the newest ``KEEP`` compiled rulebooks; remove the others."""
    try:
        found = sorted(folder.glob("rulebook-*.pickle"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    except OSError:
        return
    for old in [p for p in found if p != keep][KEEP - 1:]:
        old.unlink(missing_ok=True)
