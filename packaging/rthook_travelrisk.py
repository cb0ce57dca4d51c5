"""Runtime hook of the built programs: runs before their own code (travelrisk.spec).

1. Qt is set up when it is first imported, not before. PyInstaller's own PySide6 hook
   (``pyi_rth_pyside6``, left out by travelrisk.spec) imports ``PySide6.QtCore`` at every start
   to register a ``qt.conf`` that points Qt at the bundle. That would load Qt into the command
   line, which never uses it, and into the app before it forks the child that computes the
   first window's glance (``travelrisk_gui.glance_child``: a process with Qt's threads is not
   forked): the app would start as slowly as if it computed everything itself. Here the
   plugin path is set at once (an environment variable) and the ``qt.conf`` is registered
   the moment ``PySide6.QtCore`` has been imported, before any of the app's Qt code runs.

2. The bootloader points LD_LIBRARY_PATH (Linux) at the bundle so that its libraries are
   found, and keeps the user's value in LD_LIBRARY_PATH_ORIG. This process has read it
   already; the programs it starts (``ldd``, when the app names a missing system library)
   must see the user's own value, not the bundle's libraries.
"""


def _travelrisk_rthook() -> None:
    import importlib.abc
    import importlib.machinery
    import os
    import sys

    import _pyi_rth_utils  # PyInstaller's helpers for runtime hooks

    if not getattr(sys, "frozen", False):
        return

    if sys.platform.startswith("linux"):
        original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
        if original is not None:
            os.environ["LD_LIBRARY_PATH"] = original
        else:
            os.environ.pop("LD_LIBRARY_PATH", None)

    # What pyi_rth_pyside6 does, less the import of QtCore (and less QML, which is not here).
    qt = os.path.join(sys._MEIPASS, "PySide6") if sys.platform.startswith("win") \
        else os.path.join(sys._MEIPASS, "PySide6", "Qt")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt, "plugins")
    if sys.platform.startswith("win"):
        os.environ["PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("PATH", "")
    elif sys.platform == "darwin" and not _pyi_rth_utils.is_macos_app_bundle:
        os.environ["DYLD_LIBRARY_PATH"] = sys._MEIPASS + os.pathsep + os.environ.get("DYLD_LIBRARY_PATH", "")

    class _QtConfWhenLoaded(importlib.abc.MetaPathFinder):
        """Registers the bundle's qt.conf right after PySide6.QtCore is imported, once."""

        def find_spec(self, name, path=None, target=None):
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path, target)
            if spec is None:  # not a file beside the bundle: ask the other finders
                for finder in sys.meta_path:
                    find = getattr(finder, "find_spec", None)
                    spec = find(name, path, target) if find else None
                    if spec is not None:
                        break
            if spec is None or spec.loader is None:
                return spec
            exec_module = spec.loader.exec_module

            def exec_then_conf(module):
                exec_module(module)
                from _pyi_rth_utils import qt as qt_rth_utils

                qt_rth_utils.create_embedded_qt_conf("PySide6", qt)

            spec.loader.exec_module = exec_then_conf
            return spec

    sys.meta_path.insert(0, _QtConfWhenLoaded())


_travelrisk_rthook()
del _travelrisk_rthook
