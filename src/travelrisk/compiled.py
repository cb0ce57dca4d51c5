"""A compiled rulebook: the validated rulebook kept once, so later runs skip parsing.

Reading and validating every TOML file costs far more than an assessment. After one full
load, the validated rulebook is pickled under the platformdirs cache folder. The cache is
keyed by the name, size and modification time of every rule file and of this package's
code, so an edited file is never served stale; the content hash of the rules is stored
inside and stamped on every assessment. Countries and sources are pickled one by one and
restored only when asked for, so a single check reads little.

The cache holds only public rulebook data, never anything about the person. Unpickling is
restricted to travelrisk's own model classes and a few standard types, so a planted cache
file cannot run code; a cache that does not load is ignored and rebuilt.
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

if TYPE_CHECKING:
    from .rulebook import Rulebook

_FORMAT = 2
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


def cache_key(root: Path, files: list[Path]) -> str:
    """Names, sizes and modification times of the rule files and of this package's code."""
    h = hashlib.sha256(f"{_FORMAT}:{sys.version}:{root.resolve()}".encode())
    here = Path(__file__).resolve().parent
    for f in [*sorted(here.glob("*.py")), *files]:
        st = f.stat()
        h.update(f"{f}:{st.st_size}:{st.st_mtime_ns}\0".encode())
    return h.hexdigest()[:40]


def cache_file(key: str) -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("travelrisk", appauthor=False)) / f"rulebook-{key}.pickle"


class _Restricted(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:  # noqa: D102
        if (module, name) in _SAFE:
            return super().find_class(module, name)
        if module.startswith("travelrisk."):
            obj = super().find_class(module, name)
            if isinstance(obj, type) and (
                issubclass(obj, (BaseModel, Enum)) or getattr(obj, "__compiled_ok__", False)
            ):
                return obj
        raise pickle.UnpicklingError(f"refusing {module}.{name} in a compiled rulebook")


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


def load(key: str) -> "Rulebook | None":
    try:
        data = cache_file(key).read_bytes()
    except OSError:
        return None
    try:
        table, book, countries, sources = _unpickle(data)
        book.countries = LazyModels(countries)
        book.sources = LazyModels(sources)
    except Exception:  # a stale, foreign or damaged cache is ignored, then rebuilt
        return None
    from . import iso

    iso.prime(table)
    return book


def store(book: "Rulebook", key: str) -> None:
    """Write atomically; a failure to cache never fails the caller."""
    from copy import copy

    from . import iso
    from .atomic import write_atomic

    path = cache_file(key)
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
        for old in path.parent.glob("rulebook-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
        write_atomic(path, payload)
    except OSError:
        pass
