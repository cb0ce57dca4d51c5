"""travelrisk_gui: the desktop app. Widgets show, Qt models adapt core objects, the core computes.

The core (and pydantic under it) is imported here, before any Qt module: once PySide6 is
loaded, its import hook reads the source of every module imported after it, which would
add tens of milliseconds to the app's start for nothing.

Importing any part of this package then checks the installed PySide6 for a reference-count
defect (see :mod:`travelrisk_gui.pyside_guard`), which would otherwise crash the app.
"""

from __future__ import annotations

import travelrisk.engine  # noqa: F401  (before Qt: see above)
import travelrisk.loader  # noqa: F401
import travelrisk.profile  # noqa: F401

from .pyside_guard import guard_none_refcount

guard_none_refcount()
