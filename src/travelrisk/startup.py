"""Start-up of travelrisk's programs: the cyclic garbage collector waits until it is over.

Starting a command or the app makes a great many objects that live as long as the process
(modules, model classes, the rulebook) and almost no garbage in cycles, yet each full
collection scans them all again: on the 2-core machine, about a tenth of a cold
``travelrisk check`` and some 60 ms of the app's first window. :func:`pause_collection`
stops the collector for that stretch; the function it returns starts it again and, for a
long-lived process such as the app, first freezes what start-up made (``gc.freeze``), so
later collections never scan it. Library users keep Python's behaviour: only the
``travelrisk`` and ``travelrisk-gui`` programs call this.
"""

from __future__ import annotations

import gc
from collections.abc import Callable


def pause_collection(*, freeze: bool = False) -> Callable[[], None]:
    """Pause the collector; return the function that resumes it (once: later calls do
    nothing). With ``freeze``, everything alive when it resumes is left out of every later
    collection. Nothing is paused, and resuming does nothing, if the collector was off."""
    if not gc.isenabled():
        return lambda: None
    gc.disable()
    resumed = False

    def resume() -> None:
        nonlocal resumed
        if resumed:
            return
        resumed = True
        if freeze:
            gc.freeze()
        gc.enable()

    return resume
