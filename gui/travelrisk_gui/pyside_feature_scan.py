"""A quicker answer to the question PySide6's import hook asks of every module.

Once PySide6 is loaded, its ``__feature__`` machinery looks at every module imported after it
and asks whether the module's source mentions "PySide6" (``_mod_uses_pyside``): only such a
module may switch on features like ``snake_case``. It asks through ``inspect.getsource``,
which decodes the whole file, splits it into lines and keeps them in ``linecache`` for the
rest of the run: at start-up some ninety modules, about 4 MiB of peak memory and a few
milliseconds that the first frame waits for and never uses. The same question is answered
here by looking for the same word in the file's bytes (every module here is UTF-8, where the
word is the same bytes); a module without a source file of its own is left to PySide6's own
answer. The app uses no ``__feature__``, so the answers matter only to PySide6's
bookkeeping, and they do not change.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_WORD = b"PySide6"


def _in_source(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return _WORD in fh.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.travelrisk = True  # type: ignore[attr-defined]
    return uses_pyside


def quicken_feature_scan() -> bool:
    """Replace PySide6's scan by the one above, once PySide6 is loaded; whether it was (False
    when this PySide6 has no such scan or it is replaced already)."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "travelrisk", False):
        return False
    feature._mod_uses_pyside = _in_source(original)  # type: ignore[union-attr]
    return True
