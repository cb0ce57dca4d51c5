"""A compiled rulebook: the validated rulebook kept once, so later runs skip parsing.

Reading and validating every TOML file costs far more than the assessment itself. After
one full load, the validated rulebook is pickled under the platformdirs cache folder, keyed
by the hash of the rule files and of this package's code. It holds only public rulebook
data, never anything about the person. Unpickling is restricted to travelrisk's own model
classes and a few standard types, so a planted cache file cannot run code; a cache that
does not load is ignored and rebuilt.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

if TYPE_CHECKING:
    from .rulebook import Rulebook

_FORMAT = 1
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


def _code_fingerprint() -> str:
    h = hashlib.sha256(f"{_FORMAT}:{sys.version}".encode())
    here = Path(__file__).resolve().parent
    for f in sorted(here.glob("*.py")):
        st = f.stat()
        h.update(f"{f.name}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def cache_file(content_hash: str) -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("travelrisk", appauthor=False)) / f"rulebook-{content_hash[:32]}-{_code_fingerprint()}.pickle"


class _Restricted(pickle.Unpickler):
    def find_class(self, module: str, name: str):  # noqa: D102
        if (module, name) in _SAFE:
            return super().find_class(module, name)
        if module.startswith("travelrisk."):
            obj = super().find_class(module, name)
            if isinstance(obj, type) and (
                issubclass(obj, (BaseModel, Enum)) or getattr(obj, "__compiled_ok__", False)
            ):
                return obj
        raise pickle.UnpicklingError(f"refusing {module}.{name} in a compiled rulebook")


def load(content_hash: str) -> "Rulebook | None":
    path = cache_file(content_hash)
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        table, book = _Restricted(io.BytesIO(data)).load()
    except Exception:  # a stale, foreign or damaged cache is ignored, then rebuilt
        return None
    if getattr(book, "content_hash", None) != content_hash:
        return None
    from . import iso

    iso.prime(table)
    return book


def store(book: "Rulebook") -> None:
    """Write atomically; a failure to cache never fails the caller."""
    from . import iso

    path = cache_file(book.content_hash)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("rulebook-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".rulebook-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((iso.table(), book), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
