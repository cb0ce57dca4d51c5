"""The idle lock in the window: after a chosen idle time, what is in memory about the person
is cleared. The core's :class:`~travelrisk.vault.idle.IdleLock` keeps the time; this
module feeds it activity (an application-wide event filter) and a clock tick.

Neither runs before the first frame: :meth:`IdleGuard.start` installs the filter and starts
the timer once the window has been painted (nobody is idle for minutes before that), so the
events of the first paint do not each pass through Python.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from travelrisk.vault.idle import IdleLock

#: The idle-lock choices (minutes) and the default. Kept in memory only: never saved.
IDLE_CHOICES = (5, 15, 60)
IDLE_DEFAULT = 15
IDLE_POLL_MS = 5000

#: What the user does that counts as activity for the idle lock.
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate, QEvent.Type.InputMethod, QEvent.Type.Shortcut,
})


class ActivityWatcher(QObject):
    """An application-wide event filter: every key press, click, mouse move or wheel turn
    tells the idle lock the person is there. It only looks at the event's type."""

    def __init__(self, on_activity: Callable[[], None], parent=None):
        super().__init__(parent)
        self._on_activity = on_activity

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in _ACTIVITY:
            self._on_activity()
        return False


class IdleGuard(QObject):
    """Holds the window's idle lock; emits ``locked(reason)`` ("idle" or "now") when it
    engages with something to clear. ``guarding()`` says whether anything is in memory to
    guard (the window's answer: a profile, a trip, compared destinations)."""

    locked = Signal(str)
    minutesChanged = Signal(int)

    def __init__(self, guarding: Callable[[], bool], parent=None):
        super().__init__(parent)
        self._guarding = guarding
        self.clock: Callable[[], float] = time.monotonic
        self.minutes = IDLE_DEFAULT
        self.lock = IdleLock(IDLE_DEFAULT * 60, clock=self.clock, on_lock=self._engaged)
        self._reason = "idle"
        self._clearing = False
        self._timer: QTimer | None = None
        self._watcher: ActivityWatcher | None = None

    @property
    def watching(self) -> bool:
        """Started: input counts as activity, and the timer ticks."""
        return self._timer is not None

    def start(self) -> None:
        """Tick and watch for activity from now on (after the first paint; once)."""
        if self._timer is not None:
            return
        self._timer = QTimer(self)
        self._timer.setInterval(IDLE_POLL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self._watcher = ActivityWatcher(self.touch, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._watcher)

    def set_minutes(self, minutes: int) -> None:
        """Lock after this many idle minutes (in memory only; the choice is never saved)."""
        self.minutes = int(minutes)
        holding = not self.lock.locked
        self.lock = IdleLock(self.minutes * 60, clock=self.clock, on_lock=self._engaged)
        if holding:
            self.lock.hold(True)
        self.minutesChanged.emit(self.minutes)

    def use_clock(self, clock: Callable[[], float]) -> None:
        """Measure idle time with ``clock`` (tests inject one; no waiting)."""
        self.clock = clock
        self.set_minutes(self.minutes)

    def touch(self) -> None:
        if shiboken6.isValid(self):
            self.lock.touch()

    def refresh(self) -> None:
        """Whenever something about the person is in memory, the lock guards it."""
        if not self._clearing and self.lock.locked and self._guarding():
            self.lock.hold(True)

    def check(self) -> bool:
        """The timer's tick: engage the lock if the idle time has passed (True when locked)."""
        return self.lock.poll()

    def lock_now(self) -> bool:
        """Profile > Lock now; False when there is nothing to lock."""
        if not self._guarding():
            return False
        if self.lock.locked:
            self.lock.hold(True)
        self._reason = "now"
        self.lock.lock()
        return True

    def _engaged(self) -> None:
        reason, self._reason = self._reason, "idle"
        if self._clearing or not self._guarding():
            return
        self._clearing = True  # what the window clears must not hold the lock again
        try:
            self.locked.emit(reason)
        finally:
            self._clearing = False
