"""travelrisk_gui: the desktop app. Widgets show, Qt models adapt core objects, the core computes.

Importing this package imports nothing else: ``travelrisk-gui`` forks a child to load the
core before Qt is imported (see :mod:`travelrisk_gui.glance_child`). Every module that builds
the window applies :func:`travelrisk_gui.pyside_guard.guard_none_refcount` first, against a
PySide6 reference-count defect that would otherwise crash the app.
"""
