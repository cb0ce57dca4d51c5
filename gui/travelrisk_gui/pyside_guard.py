"""A guard against a PySide6 defect that would crash the app on Python before 3.12.

PySide6-Essentials 6.12.0 (the ``cp310-abi3`` wheel) returns ``None`` from every C++
method that returns ``void`` without counting the reference. From Python 3.12 on ``None``
is immortal and nothing happens; on 3.10 and 3.11 each such call (``setBrush``,
``setText``, ``moveTo``...) lowers ``None``'s count by one, and a few thousand calls later
the interpreter aborts with "Fatal Python error: none_dealloc". PySide6 6.11.3 does not
have the defect.

When the defect is measured at start-up, ``None``'s count is raised far beyond what any run
can spend, which is what 3.12 does for every interpreter (PEP 683). Nothing else changes.
"""

from __future__ import annotations

import sys

_done = False


def none_refcount_leaks() -> bool:
    """Whether calling a ``void`` Qt method loses a reference to ``None`` (measured)."""
    if sys.version_info >= (3, 12):
        return False  # None is immortal: its count cannot reach zero
    from PySide6.QtCore import QPointF

    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(16):
        point.setX(0.0)
    return sys.getrefcount(None) < before


def guard_none_refcount() -> bool:
    """Apply the guard once if it is needed; return whether it was applied."""
    global _done
    if _done or not none_refcount_leaks():
        return False
    import ctypes

    # ob_refcnt is the first field of every object in a release build of CPython < 3.12.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 48
    _done = True
    return True
