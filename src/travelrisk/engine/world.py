"""The world for one person: every country's level range at once, each full answer when read.

:func:`~travelrisk.engine.core.assess_world` builds 249 assessments (findings, open questions,
caveats, models) where a map needs one level range per country. A :class:`World` makes the
ranges with the levels-only pass (:func:`~travelrisk.engine.ranges.world_levels`) and builds
a country's :class:`~travelrisk.model.assessment.Assessment` only when someone reads it
(``world["KZ"]``), then keeps it. Read in full, it is the same mapping ``assess_world`` gives.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date

from ..model.assessment import Assessment, RequesterBasis
from ..model.profile import Profile
from ..language.rulebook import Rulebook
from .core import _active_rules, _assess, _bases, _book, check_date
from .ranges import LevelRange, world_levels


class World(Mapping[str, Assessment]):
    """Every ISO 3166-1 country's answer for one person on one date, keyed by alpha-2 code.

    ``levels`` holds every country's level range from the start; ``world[code]`` is the full
    assessment, built on first reading. ``on`` is the date answered for."""

    def __init__(self, profile: Profile, *, on: date | None = None, rulebook: Rulebook | None = None):
        self.book = _book(rulebook)
        self.on = check_date(on or date.today())
        self.profile = profile
        self._requesters = profile.requesters(self.book.requesters)
        self._active = _active_rules(self.book, profile, self._requesters, self.on, "entry")
        self.levels: dict[str, LevelRange] = world_levels(profile, on=self.on, rulebook=self.book)
        self._built: dict[str, Assessment] = {}

    @property
    def requesters(self) -> list[RequesterBasis]:
        """Who pursues the person and why: the same in every answer of this world."""
        return _bases(self.book, self._requesters)

    def __getitem__(self, code: str) -> Assessment:
        hit = self._built.get(code)
        if hit is None:
            if code not in self.levels:
                raise KeyError(code)
            hit = self._built[code] = _assess(
                self.book, self.profile, code, self.on, "entry", self._requesters, self._active)
        return hit

    def __iter__(self) -> Iterator[str]:
        return iter(self.levels)

    def __len__(self) -> int:
        return len(self.levels)

    def __contains__(self, code: object) -> bool:
        return code in self.levels
