"""The view-model: the person, the travel date, the rulebook, and the core's answers.

Widgets read from here and never compute risk: every level comes from the core's
:class:`~travelrisk.engine.world.World` (the levels-only pass; a country's findings and open
questions are built when it is first shown). Everything lives in memory only; nothing here
writes to disk.

The answers are kept twice: ``world`` as the core gave them (in English: what a report is
made from) and, for the reader, each one read so far in the app's language (the core's
:func:`~travelrisk.language.i18n.localise`: findings, harms and country names), which
:meth:`WorldState.assessment` gives; the glance holds every level and name.

At start-up the state may first hold only a :class:`~travelrisk.engine.glance.Glance` (the core's
levels, computed in a child process while Qt started) and no rulebook: the window is drawn
from it, and :meth:`WorldState.attach` then brings the core in. Until then ``ready`` is
False and only the glance's readers (``level``, ``counts``, the rulebook's notices) answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from travelrisk.model.levels import Level

from . import i18n

if TYPE_CHECKING:
    from travelrisk.model.assessment import Assessment
    from travelrisk.engine.glance import Glance
    from travelrisk.model.profile import Profile
    from travelrisk.language.rulebook import Rulebook

    from .explanation_doc import Document


class WorldState(QObject):
    """Recomputes the world whenever the profile or the date changes."""

    assessed = Signal()  # the world was recomputed: every level may have changed
    selected = Signal(str)  # a destination was chosen (ISO code)
    compareChanged = Signal()

    def __init__(self, rulebook: Rulebook | None = None, profile: Profile | None = None, on: date | None = None,
                 parent=None):
        super().__init__(parent)
        self.rulebook: Rulebook | None = None
        self.profile: Profile | None = None
        self.on = on or date.today()
        self.world: Mapping[str, Assessment] = {}  # the core's answers, in English (a World)
        self._shown: dict[str, Assessment] = {}  # those read so far, in the reader's language
        self.language = i18n.current()
        self.glance: Glance | None = None
        self._early: tuple[str, Document] | None = None  # see show_selection
        self.selection: str | None = None
        self.compared: list[str] = []
        if rulebook is not None:
            self.attach(rulebook, profile)

    @property
    def ready(self) -> bool:
        """The core is loaded: every assessment is here, not only the glance."""
        return self.rulebook is not None

    def show_glance(self, glance: Glance) -> None:
        """Levels to draw before the core is loaded (see the module's note)."""
        self.glance = glance
        self.on = glance.on
        self.assessed.emit()

    def show_selection(self, code: str, document: Document) -> None:
        """A destination chosen before the core is loaded (``--select`` at start-up): its
        explanation as a document, from the child that computed the glance; the core's own
        answer takes its place once attached. (A country clicked before then is not explained:
        see ``select``.)"""
        self._early = (code, document)
        self.selection = code
        self.selected.emit(code)

    def early_document(self, code: str | None) -> Document | None:
        """The explanation of ``code`` given to :meth:`show_selection`, until the core is here."""
        if self.ready or self._early is None or self._early[0] != code:
            return None
        return self._early[1]

    def attach(self, rulebook: Rulebook, profile: Profile | None = None, glance: Glance | None = None) -> None:
        """Bring in the core: the rulebook and the person, and the world assessed for them
        (``glance``: one taken of that world elsewhere, whose levels it then starts from)."""
        from travelrisk.model.profile import Profile

        if glance is not None:
            self.glance = glance
        self._early = None
        self.rulebook = rulebook
        i18n.use_rulebook(rulebook)
        self.profile = profile if profile is not None else Profile()
        self.recompute()

    # --- inputs ---------------------------------------------------------------------------

    def set_profile(self, profile: Profile) -> None:
        if profile != self.profile:
            self.profile = profile
            self.recompute()

    def set_on(self, on: date) -> None:
        if on != self.on:
            self.on = on
            if self.ready:
                self.recompute()

    def set_rulebook(self, rulebook: Rulebook) -> None:
        """A new rulebook (an imported update, or the bundled one again): every level is redone."""
        self.rulebook = rulebook
        i18n.use_rulebook(rulebook)
        self.recompute()

    def clear_compare(self) -> None:
        if self.compared:
            self.compared.clear()
            self.compareChanged.emit()

    def select(self, code: str | None) -> None:
        if code is not None and code not in self.world:
            return  # a shape without an ISO code: nothing to explain
        self.selection = code
        self.selected.emit(code or "")

    def add_to_compare(self, code: str) -> None:
        if code in self.world and code not in self.compared:
            self.compared.append(code)
            self.compareChanged.emit()

    def remove_from_compare(self, code: str) -> None:
        if code in self.compared:
            self.compared.remove(code)
            self.compareChanged.emit()

    # --- the core's answers ---------------------------------------------------------------

    def recompute(self) -> None:
        from travelrisk.engine.world import World

        # The glance, if it was taken of this very world (the first one, from the child
        # process), gives the levels: the world does not compute them a second time.
        self.world = World(self.profile, on=self.on, rulebook=self.rulebook, glance=self.glance)
        self._show()
        self.assessed.emit()

    def set_language(self, language: str) -> None:
        """The app's language changed: the same answers, said in it."""
        if language != self.language:
            self.language = language
            if self.ready:
                self._show()
            self.assessed.emit()

    def _show(self) -> None:
        """The glance, with names in the reader's language; each answer is said in it when
        first shown (the world builds it then too)."""
        from travelrisk.engine.glance import glance_from
        from travelrisk.language.i18n import words

        self.language = i18n.current()
        self._shown = {}
        w = words(self.rulebook, self.language)
        pursuers = [r.model_copy(update={"name": w.country(r.state)}) for r in self.world.requesters]
        names = {code: w.country(code) for code in self.world.levels}
        self.glance = glance_from(self.world.levels, names, pursuers, self.rulebook, self.on)

    def localised(self, a: Assessment) -> Assessment:
        """One of the core's answers in the reader's language."""
        from travelrisk.language.i18n import localise

        return localise(a, self.rulebook, self.language)

    def assessment(self, code: str | None) -> Assessment | None:
        """The core's answer for ``code``, in the reader's language."""
        if not code or code not in self.world:
            return None
        hit = self._shown.get(code)
        if hit is None:
            hit = self._shown[code] = self.localised(self.world[code])
        return hit

    def original(self, code: str | None) -> Assessment | None:
        """The core's answer for ``code`` as the core gave it (for a report)."""
        return self.world.get(code) if code else None

    def level(self, code: str) -> Level | None:
        return self.glance.levels.get(code) if self.glance is not None else None

    def ceiling(self, code: str) -> Level | None:
        """The worst case for ``code``: its level where the answer is settled."""
        return self.glance.ceiling(code) if self.glance is not None else None

    def counts(self) -> dict[Level, int]:
        return self.glance.counts() if self.glance is not None else {}

    def rulebook_age_days(self) -> int:
        return self.glance.rulebook_age_days if self.glance is not None else 0

    def rulebook_is_stale(self) -> bool:
        return self.glance is not None and self.glance.rulebook_stale

    @property
    def unsigned(self) -> bool:
        """The rulebook in use was imported without a signature this travelrisk can verify."""
        return self.glance is not None and self.glance.rulebook_unsigned

    def notices(self) -> list[str]:
        """What must be said next to any level: the core's ``rulebook_notices`` ("unsigned
        data", and the warning for a rulebook more than 180 days old)."""
        return list(self.glance.notices) if self.glance is not None else []

    def tags(self) -> list[str]:
        """The same notices in a few words, to stand beside a level badge."""
        out = []
        if self.unsigned:
            out.append(QCoreApplication.translate("Trust", "unsigned data"))
        if self.rulebook_is_stale():
            out.append(self.tr("rulebook %n days old", None, self.rulebook_age_days()))
        return out
