"""The idle lock: when a UI should drop the open profile, after some time without activity.

Kept apart from the saved-profile store so a UI can start its clock without loading what
saving needs (hashing, key derivation, JSON).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class IdleLock(Generic[T]):
    """Tells a UI when to drop the open profile: after ``timeout`` seconds without activity.

    The UI calls ``touch()`` on every user action and ``poll()`` from a timer; ``poll()``
    returns True once the lock has engaged, and from then on ``value`` is None and
    ``on_lock`` has run (once). ``hold(profile)`` after a new unlock starts over. The clock
    is injectable (``time.monotonic`` by default), so tests need no sleeping.

    Python cannot wipe memory: dropping every reference is what a program can do; the
    garbage collector frees it, and the operating system may still have it in swap.
    """

    def __init__(
        self,
        timeout: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        on_lock: Callable[[], None] | None = None,
    ):
        if timeout <= 0:
            raise ValueError("the idle timeout must be positive")
        self.timeout = float(timeout)
        self._clock = clock
        self._on_lock = on_lock
        self._last = clock()
        self._value: T | None = None
        self._locked = True

    def hold(self, value: T) -> None:
        """Keep ``value`` (the open profile) until the lock engages; resets the idle time."""
        self._value = value
        self._locked = False
        self._last = self._clock()

    def touch(self) -> None:
        """The user did something: the idle time starts again (no effect once locked)."""
        if not self._locked and not self.due():
            self._last = self._clock()

    def idle_for(self) -> float:
        return max(0.0, self._clock() - self._last)

    def remaining(self) -> float:
        """Seconds until the lock engages (0 when locked or due)."""
        if self._locked:
            return 0.0
        return max(0.0, self.timeout - self.idle_for())

    def due(self) -> bool:
        return self.idle_for() >= self.timeout

    def poll(self) -> bool:
        """Engage the lock if the idle time has passed; True when locked."""
        if not self._locked and self.due():
            self.lock()
        return self._locked

    def lock(self) -> None:
        """Engage now (a "lock" button): drop the value and tell the UI."""
        was_locked = self._locked
        self._value = None
        self._locked = True
        if not was_locked and self._on_lock is not None:
            self._on_lock()

    @property
    def locked(self) -> bool:
        return self.poll()

    @property
    def value(self) -> T | None:
        """The held value, or None once the lock has engaged (checked on every read)."""
        self.poll()
        return self._value
