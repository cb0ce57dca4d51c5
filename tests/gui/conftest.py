"""Fixtures for the desktop app's tests: offscreen Qt, the small fixture rulebook, a window."""

from __future__ import annotations

import os
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from travelrisk_gui.pyside_guard import guard_none_refcount  # noqa: E402

guard_none_refcount()  # the PySide6 guard, before any widget exists

ON = date(2026, 1, 2)  # inside the fixture precedent's five years


@pytest.fixture
def listed_by_belarus():
    from travelrisk import Profile

    return Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}])


@pytest.fixture
def make_window(qtbot, mini_book):
    """A shown main window over the fixture rulebook; ``None`` profile means a first run."""

    def make(profile=None, on=ON):
        from travelrisk_gui.main_window import MainWindow

        window = MainWindow(mini_book, profile, on=on)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make

