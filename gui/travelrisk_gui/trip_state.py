"""The trip being built: its legs as the person edits them, and the core's answer for them.

A leg here is a draft (a country may still be missing, a date may follow the travel date);
:meth:`TripState.trip` turns the drafts into the core's :class:`~travelrisk.engine.trip.Trip`, and
every level comes from :func:`travelrisk.assess_trip`. The first leg is where the trip starts,
so it is always a departure and no later leg is one (what the core's ``Trip`` requires): a
leg keeps the kind chosen for it, and that kind applies whenever it is not the first.

Everything lives in memory only, like the rest of the view-model.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QObject, Signal

from travelrisk.model.assessment import Assessment
from travelrisk.language.conditions import LEG_KINDS
from travelrisk.engine.trip import Leg, Trip, TripAssessment

from .world_state import WorldState

DEPARTURE = "departure"
#: The kinds a leg after the first can have, in the order the builder offers them.
LATER_KINDS: tuple[str, ...] = tuple(k for k in LEG_KINDS if k != DEPARTURE)


@dataclass(frozen=True)
class LegDraft:
    """One leg as typed: ``country`` None until chosen; ``on`` None means the travel date."""

    country: str | None = None
    kind: str = "entry"  # the kind it has when it is not the first leg
    on: date | None = None


class TripState(QObject):
    """Holds the legs; recomputes when a leg changes or the world does (profile, date)."""

    legsChanged = Signal()  # a leg was added, removed, moved or edited
    assessed = Signal()  # ``result`` (or ``problem``) is new

    def __init__(self, world: WorldState, parent=None):
        super().__init__(parent)
        self.world = world
        self.legs: list[LegDraft] = []
        self.result: TripAssessment | None = None  # over the legs that have a country
        self.problem: str | None = None  # why the legs are not a trip the core accepts
        self._rows: list[int] = []  # result.legs[i] is the draft self.legs[self._rows[i]]
        self._shown: dict[int, Assessment] = {}  # result.legs[i] in the reader's language
        world.assessed.connect(self.recompute)

    # --- editing --------------------------------------------------------------------------

    def add(self, country: str | None = None, kind: str = "entry", on: date | None = None,
            at: int | None = None) -> int:
        """Add a leg (at the end by default); its index."""
        at = len(self.legs) if at is None else max(0, min(at, len(self.legs)))
        self.legs.insert(at, LegDraft(country, kind if kind in LATER_KINDS else "entry", on))
        self._changed()
        return at

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.legs):
            del self.legs[index]
            self._changed()

    def move(self, index: int, step: int) -> int:
        """Move a leg up (step -1) or down (+1); its new index (unchanged at an end)."""
        to = index + step
        if not (0 <= index < len(self.legs) and 0 <= to < len(self.legs)):
            return index
        self.legs[index], self.legs[to] = self.legs[to], self.legs[index]
        self._changed()
        return to

    def set_country(self, index: int, code: str | None) -> None:
        self._edit(index, country=code)

    def set_kind(self, index: int, kind: str) -> None:
        if kind in LATER_KINDS:
            self._edit(index, kind=kind)

    def set_on(self, index: int, on: date | None) -> None:
        self._edit(index, on=on)

    def clear(self) -> None:
        if self.legs:
            self.legs = []
            self._changed()

    def set_text(self, text: str) -> None:
        """Replace the legs with a trip in ``--legs`` syntax (``LT>RU:transit>GE``); a
        ``ValueError`` from the core names a wrong leg."""
        trip = Trip.parse(text)
        self.legs = [LegDraft(leg.country, leg.kind if leg.kind in LATER_KINDS else "entry", leg.on)
                     for leg in trip.legs]
        self._changed()

    def _edit(self, index: int, **change) -> None:
        if 0 <= index < len(self.legs):
            new = replace(self.legs[index], **change)
            if new != self.legs[index]:
                self.legs[index] = new
                self._changed()

    def _changed(self) -> None:
        self.legsChanged.emit()
        self.recompute()

    # --- reading --------------------------------------------------------------------------

    def kind(self, index: int) -> str:
        """The kind the leg has in the trip: the first leg is the departure."""
        return DEPARTURE if index == 0 else self.legs[index].kind

    def day(self, index: int) -> date:
        """The date the leg is assessed on: its own, else the travel date."""
        return self.legs[index].on or self.world.on

    @property
    def complete(self) -> bool:
        """Every leg has a country (and there is at least one)."""
        return bool(self.legs) and all(leg.country for leg in self.legs)

    @property
    def missing(self) -> list[int]:
        """Indices of legs without a country."""
        return [i for i, leg in enumerate(self.legs) if not leg.country]

    def trip(self) -> Trip | None:
        """The core's trip over the legs that have a country (None if none has one); the
        core's ``ValueError`` if they are not in order."""
        legs = [Leg(country=d.country, kind=self.kind(i), on=d.on) for i, d in enumerate(self.legs) if d.country]
        return Trip(legs=legs) if legs else None

    @property
    def text(self) -> str:
        """The legs in ``--legs`` syntax (empty without a country)."""
        try:
            trip = self.trip()
        except ValueError:
            return ""
        return trip.text if trip is not None else ""

    def assessment(self, index: int) -> Assessment | None:
        """The core's assessment of leg ``index`` (None until it has a country), in the
        reader's language (``result`` keeps the core's own, for a report)."""
        if self.result is None or index not in self._rows:
            return None
        row = self._rows.index(index)
        if row not in self._shown:
            self._shown[row] = self.world.localised(self.result.legs[row])
        return self._shown[row]

    @property
    def worst(self) -> int | None:
        """The index of the leg that sets the trip's level (None without a whole trip)."""
        if self.result is None or not self.complete:
            return None
        return self._rows[self.result.worst_leg]

    @property
    def worst_known(self) -> int | None:
        if self.result is None or not self.complete or self.result.worst_known_leg is None:
            return None
        return self._rows[self.result.worst_known_leg]

    # --- the core's answer ----------------------------------------------------------------

    def recompute(self) -> None:
        from travelrisk.engine.trip import assess_trip

        self.result, self.problem, self._rows, self._shown = None, None, [], {}
        try:
            trip = self.trip()
        except ValueError as exc:
            self.problem = _core_message(exc)
            trip = None
        if trip is not None:
            self.result = assess_trip(self.world.profile, trip, on=self.world.on, rulebook=self.world.rulebook)
            self._rows = [i for i, d in enumerate(self.legs) if d.country]
        self.assessed.emit()


def _core_message(exc: ValueError) -> str:
    """The core's own words, without pydantic's wrapping."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            first = errors()[0]
            return str(first.get("ctx", {}).get("error") or first.get("msg", exc))
        except (IndexError, TypeError):
            pass
    return str(exc)
