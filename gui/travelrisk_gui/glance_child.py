"""Compute the first window's glance in a child process while this one starts Qt.

Loading the core (pydantic, the rulebook, the person's profile) and assessing the world takes
about as long as starting Qt does. On a system with ``fork`` the app does both at once: the
child loads the core, assesses the world, sends back a :class:`~travelrisk.engine.glance.Glance` as
JSON through a pipe and exits; the parent draws the window from it and loads the core only
after the window is on screen. The child writes nothing anywhere but the pipe.

``start`` must be called before Qt is imported (a process with Qt's threads is not forked).
Where it cannot fork, it returns None and the app computes everything in this process.
"""

from __future__ import annotations

import os
import sys
from datetime import date

from travelrisk.engine.glance import Glance, GlanceError

_OK, _FAILED = b"ok\n", b"failed\n"


class PendingGlance:
    """The child at work; :meth:`result` waits for its glance."""

    def __init__(self, pid: int, fd: int):
        self._pid, self._fd = pid, fd

    def result(self) -> Glance | None:
        """The glance, or None when the child could not make one (a broken rulebook or
        profile): the caller then loads them itself and reports the problem."""
        chunks = []
        try:
            while chunk := os.read(self._fd, 1 << 16):
                chunks.append(chunk)
        finally:
            os.close(self._fd)
            os.waitpid(self._pid, 0)
        data = b"".join(chunks)
        if not data.startswith(_OK):
            return None
        try:
            return Glance.from_json(data[len(_OK):].decode("utf-8"))
        except (GlanceError, UnicodeDecodeError):
            return None


def can_fork() -> bool:
    return hasattr(os, "fork") and "PySide6.QtCore" not in sys.modules


def start(rules: str | None, profile_path: str | None, on: date | None) -> PendingGlance | None:
    if not can_fork():
        return None
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:  # no more processes allowed, or forking forbidden: do it all here
        os.close(read_end)
        os.close(write_end)
        return None
    if pid:
        os.close(write_end)
        return PendingGlance(pid, read_end)
    # The child: whatever happens, say so through the pipe and leave without running any
    # of the parent's exit handlers or flushing its buffers.
    os.close(read_end)
    try:
        from travelrisk.engine.glance import compute_glance

        payload = _OK + compute_glance(rules, profile_path, on).to_json().encode("utf-8")
    except BaseException:  # noqa: BLE001 - the parent reports any problem itself
        payload = _FAILED
    try:
        view = memoryview(payload)
        while view:
            view = view[os.write(write_end, view):]
    finally:
        os._exit(0)
