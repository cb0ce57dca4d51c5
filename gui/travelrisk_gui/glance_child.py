"""Compute the first window's glance in a child process while this one starts Qt.

Loading the core (pydantic, the rulebook, the person's profile) and assessing the world takes
about as long as starting Qt does. On a system with ``fork`` the app does both at once: the
child loads the core, assesses the world, sends back a :class:`~travelrisk.engine.glance.Glance` as
JSON through a pipe and exits; the parent draws the window from it and loads the core only
after the window is on screen. The child writes nothing anywhere but the pipe.

``start`` must be called before Qt is imported (a process with Qt's threads is not forked).
Where it cannot fork, it returns None and the app computes everything in this process.

In a language other than English the child also says the glance in it (country names, the
states that pursue the person) and sends the level names and the English country names
beside it, so the first window is drawn in the person's language before the core is here.
With a destination chosen (``--select``) it sends that destination's explanation too, as a
document (:mod:`travelrisk_gui.explanation_doc`), said in the same language.
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported after the fork: the child starts before anything it does not need
    from travelrisk.engine.glance import Glance

_OK, _FAILED = b"ok\n", b"failed\n"


class PendingGlance:
    """The child at work; :meth:`result` waits for its glance."""

    def __init__(self, pid: int, fd: int):
        self._pid, self._fd = pid, fd
        self.language = "en"  # the language the glance is said in
        self.levels: dict[str, str] = {}  # each level's name in it, by value
        self.labels: dict[str, dict[str, str]] = {}  # the interview's names for listings and exposures
        self.english: dict[str, str] = {}  # each country's English name, by code
        #: With ``select`` given to :func:`start`: ``{"code": ..., "document": ...}`` (the chosen
        #: destination and its explanation: see ``explanation_doc``), ``{"unknown": True}`` when
        #: the text names no country, ``{}`` for a code the core does not assess.
        self.selection: dict | None = None

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
        from travelrisk.engine.glance import Glance, GlanceError

        if not data.startswith(_OK):
            return None
        glance, _, words = data[len(_OK):].partition(b"\n")  # JSON never holds a raw line break
        try:
            if words:
                extra = json.loads(words)
                if "language" in extra:
                    self.language, self.levels, self.english = extra["language"], extra["levels"], extra["english"]
                    self.labels = extra["labels"]
                self.selection = extra.get("selection")
            return Glance.from_json(glance.decode("utf-8"))
        except (GlanceError, UnicodeDecodeError, ValueError, KeyError, TypeError):
            return None


def can_fork() -> bool:
    return hasattr(os, "fork") and "PySide6.QtCore" not in sys.modules


def start(rules: str | None, profile_path: str | None, on: date | None,
          language: str | None = None, select: str | None = None) -> PendingGlance | None:
    """Fork a child that makes the glance (``language``: ``--lang``; None, the system's;
    ``select``: ``--select``, a destination whose explanation the first window shows)."""
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
        payload = _OK + _glance(rules, profile_path, on, language, select)
    except BaseException:  # noqa: BLE001 - the parent reports any problem itself
        payload = _FAILED
    try:
        view = memoryview(payload)
        while view:
            view = view[os.write(write_end, view):]
    finally:
        os._exit(0)


def _glance(rules: str | None, profile_path: str | None, on: date | None, language: str | None,
            select: str | None = None) -> bytes:
    """The glance as JSON, and a second line when the first window needs more before the core
    is loaded: in another language than English, the words it is said in; with a destination
    chosen (``select``), its explanation (see :class:`PendingGlance`)."""
    from travelrisk.engine.glance import compute_glance

    from . import i18n  # imports no Qt

    lang = i18n.choose(language)
    if lang == i18n.SOURCE_LANGUAGE and select is None:
        return compute_glance(rules, profile_path, on).to_json().encode("utf-8")
    # compute_glance's steps, with the names said in ``lang``
    from travelrisk.engine.glance import glance_from, glance_of
    from travelrisk.engine.world import World
    from travelrisk.language.i18n import words
    from travelrisk.model.iso import name as country_name
    from travelrisk.model.levels import Level
    from travelrisk.language.loader import load_rulebook
    from travelrisk.model.profile import Profile, load_profile

    book = load_rulebook(rules)
    profile = load_profile(profile_path) if profile_path else Profile()
    day = on or date.today()
    world = World(profile, on=day, rulebook=book)
    extra: dict[str, object] = {}
    if lang == i18n.SOURCE_LANGUAGE:
        glance = glance_of(world, book, day)
    else:
        w = words(book, lang)
        pursuers = [r.model_copy(update={"name": w.country(r.state)}) for r in world.requesters]
        glance = glance_from(world.levels, {code: w.country(code) for code in world.levels}, pursuers, book, day,
                             key=world.key)
        extra = {"language": lang, "levels": {lv.value: w.level(lv.value) for lv in Level},
                 "labels": {q: i18n.choice_labels(w, q) for q in ("listings", "exposure")},
                 "english": {code: country_name(code) for code in world.levels}}
    if select is not None:
        extra["selection"] = _selection(select, world, book, lang)
    line = glance.to_json().encode("utf-8")
    return line + b"\n" + json.dumps(extra, ensure_ascii=False).encode("utf-8") if extra else line


def _selection(select: str, world, book, lang: str) -> dict:
    """The chosen destination and its explanation, said in ``lang`` as the app says it once
    the core is loaded (``WorldState.assessment``, then ``explanation_doc.document``)."""
    from travelrisk.language.i18n import localise
    from travelrisk.model.country_names import code_of

    from . import i18n
    from .explanation_doc import document

    code = code_of(select)
    if code is None:
        return {"unknown": True}
    if code not in world:
        return {}
    i18n.use_rulebook(book)
    i18n.use_language(lang)
    return {"code": code, "document": document(localise(world[code], book, lang))}
