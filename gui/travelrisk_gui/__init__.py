"""travelrisk_gui: the desktop app. Widgets show, Qt models adapt core objects, the core computes.

Importing any part of this package first checks the installed PySide6 for a reference-count
defect (see :mod:`travelrisk_gui.pyside_guard`), which would otherwise crash the app.
"""

from __future__ import annotations

from .pyside_guard import guard_none_refcount

guard_none_refcount()
