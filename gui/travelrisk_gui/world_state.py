"""The view-model: the person, the travel date, the rulebook, and the core's answers.

Widgets read from here and never compute risk: every level comes from
:func:`travelrisk.assess_world`. Everything lives in memory only; nothing here writes to disk.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Signal

from travelrisk.assessment import Assessment
from travelrisk.levels import Level
from travelrisk.profile import Profile
from travelrisk.rulebook import Rulebook


class WorldState(QObject):
    """Recomputes the world whenever the profile or the date changes."""

    assessed = Signal()  # the world was recomputed: every level may have changed
    selected = Signal(str)  # a destination was chosen (ISO code)
    compareChanged = Signal()

    def __init__(self, rulebook: Rulebook, profile: Profile | None = None, on: date | None = None, parent=None):
        super().__init__(parent)
        self.rulebook = rulebook
        self.profile = profile if profile is not None else Profile()
        self.on = on or date.today()
        self.world: dict[str, Assessment] = {}
        self.selection: str | None = None
        self.compared: list[str] = []
        self.recompute()

    # --- inputs ---------------------------------------------------------------------------

    def set_profile(self, profile: Profile) -> None:
        if profile != self.profile:
            self.profile = profile
            self.recompute()

    def set_on(self, on: date) -> None:
        if on != self.on:
            self.on = on
            self.recompute()

    def set_rulebook(self, rulebook: Rulebook) -> None:
        """A new rulebook (an imported update, or the bundled one again): every level is redone."""
        self.rulebook = rulebook
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
        from travelrisk.engine import assess_world

        self.world = assess_world(self.profile, on=self.on, rulebook=self.rulebook)
        self.assessed.emit()

    def assessment(self, code: str | None) -> Assessment | None:
        return self.world.get(code) if code else None

    def level(self, code: str) -> Level | None:
        a = self.world.get(code)
        return a.level if a is not None else None

    def counts(self) -> dict[Level, int]:
        out: dict[Level, int] = {}
        for a in self.world.values():
            out[a.level] = out.get(a.level, 0) + 1
        return out

    def rulebook_age_days(self, today: date | None = None) -> int:
        from travelrisk import engine

        return engine.rulebook_age_days(self.rulebook, today)

    def rulebook_is_stale(self, today: date | None = None) -> bool:
        from travelrisk.engine import STALE_AFTER_DAYS

        return self.rulebook_age_days(today) > STALE_AFTER_DAYS

    @property
    def unsigned(self) -> bool:
        """The rulebook in use was imported without a signature this travelrisk can verify."""
        return self.rulebook.signed is False

    def notices(self, today: date | None = None) -> list[str]:
        """What must be said next to any level: the core's ``rulebook_notices`` ("unsigned
        data", and the warning for a rulebook more than 180 days old)."""
        from travelrisk.rulepack import rulebook_notices

        return rulebook_notices(self.rulebook, today)

    def tags(self, today: date | None = None) -> list[str]:
        """The same notices in a few words, to stand beside a level badge."""
        out = []
        if self.unsigned:
            out.append(QCoreApplication.translate("Trust", "unsigned data"))
        if self.rulebook_is_stale(today):
            out.append(QCoreApplication.translate("Trust", "rulebook {days} days old").format(
                days=self.rulebook_age_days(today)))
        return out
