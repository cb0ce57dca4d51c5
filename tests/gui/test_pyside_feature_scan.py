"""PySide6's import hook asks of every module whether its source mentions PySide6; the app
answers the same question from the file's bytes (travelrisk_gui.pyside_feature_scan). The
answers must not change, and the modules' lines must no longer pile up in linecache."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from types import ModuleType

import pytest

import PySide6.QtCore  # noqa: F401  (loads PySide6's feature machinery)
from travelrisk_gui import pyside_feature_scan

feature = sys.modules.get("shibokensupport.feature")
pytestmark = pytest.mark.skipif(
    getattr(feature, "_mod_uses_pyside", None) is None, reason="this PySide6 has no source scan"
)


def _pyside6_in_source(module: ModuleType) -> bool:
    """PySide6's own answer, as its scan gives it: the word in the module's decoded source."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError, SyntaxError):
        return False


def test_the_scan_is_replaced_once():
    pyside_feature_scan.quicken_feature_scan()
    replaced = feature._mod_uses_pyside
    assert getattr(replaced, "travelrisk", False)
    assert pyside_feature_scan.quicken_feature_scan() is False
    assert feature._mod_uses_pyside is replaced


def test_every_loaded_module_gets_the_answer_pyside6_would_give():
    pyside_feature_scan.quicken_feature_scan()
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    answers = {m.__name__: feature._mod_uses_pyside(m) for m in modules}
    assert answers["travelrisk_gui.pyside_feature_scan"] and not answers["json"]
    for module in modules:
        assert answers[module.__name__] == _pyside6_in_source(module), module.__name__


@pytest.mark.parametrize("quicken", [True, False])
def test_modules_imported_after_qt_leave_their_lines_in_linecache_only_without_it(quicken):
    """In a fresh process, as the app starts: Qt, the replacement (or not), then the window,
    whose import brings in the app's panels."""
    code = (
        "import linecache, PySide6.QtWidgets\n"
        "from travelrisk_gui.pyside_feature_scan import quicken_feature_scan\n"
        f"{'quicken_feature_scan()' if quicken else 'pass'}\n"
        "import travelrisk_gui.main_window\n"
        "print(' '.join(sorted(k.replace(chr(92), '/').rsplit('/', 1)[-1] for k in linecache.cache\n"
        "                      if '/travelrisk_gui/' in k.replace(chr(92), '/'))))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    kept = set(out.stdout.split()) - {"pyside_feature_scan.py"}  # scanned before it took over
    if quicken:
        assert kept == set()
    else:
        assert {"map_area.py", "side_panel.py"} <= kept
