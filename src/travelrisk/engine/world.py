"""The world for one person: every country's level range at once, each full answer when read.

:func:`~travelrisk.engine.core.assess_world` builds 249 assessments (findings, open questions,
caveats, models) where a map needs one level range per country. A :class:`World` makes the
ranges with the levels-only pass (:func:`~travelrisk.engine.ranges.world_levels`) and builds
a country's :class:`~travelrisk.model.assessment.Assessment` only when someone reads it
(``world["KZ"]``), then keeps it. Read in full, it is the same mapping ``assess_world`` gives.

A world's :attr:`World.key` names what its levels depend on (the rulebook's content, the
person, the date). A :class:`~travelrisk.engine.glance.Glance` carries the key of the world it
was taken of, so a world made for the same key takes its levels from the glance instead of
computing them again: the app's first glance comes from a child process, and the window's
world in the parent then starts from it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING

from ..model.assessment import Assessment, RequesterBasis
from ..model.levels import Level
from ..model.profile import Profile
from ..language.rulebook import Rulebook
from .core import _active_rules, _assess, _bases, _book, check_date
from .ranges import LevelRange, world_levels

if TYPE_CHECKING:
    from .glance import Glance


def world_key(book: Rulebook, profile: Profile, on: date) -> str:
    """What a world's levels depend on, in one string: the rulebook's content, the person
    (every answer in the profile) and the date."""
    person = hashlib.sha256(profile.model_dump_json().encode("utf-8")).hexdigest()[:32]
    return f"{book.content_hash}/{person}/{on.isoformat()}"


class World(Mapping[str, Assessment]):
    """Every ISO 3166-1 country's answer for one person on one date, keyed by alpha-2 code.

    ``levels`` holds every country's level range from the start; ``world[code]`` is the full
    assessment, built on first reading. ``on`` is the date answered for. ``glance``: a glance
    taken of a world with the same :attr:`key` (made elsewhere, as the app's first one is),
    whose levels are then taken as they are; a glance of anything else is not used."""

    def __init__(self, profile: Profile, *, on: date | None = None, rulebook: Rulebook | None = None,
                 glance: Glance | None = None):
        self.book = _book(rulebook)
        self.on = check_date(on or date.today())
        self.profile = profile
        self.key = world_key(self.book, profile, self.on)
        self._requesters = profile.requesters(self.book.requesters)
        self._active = _active_rules(self.book, profile, self._requesters, self.on, "entry")
        if glance is not None and glance.key == self.key and glance.levels.keys() == glance.ceilings.keys():
            self.levels: dict[str, LevelRange] = {
                code: LevelRange(level, glance.ceilings[code], glance.settled(code) and level is not Level.UNKNOWN)
                for code, level in glance.levels.items()}
        else:
            self.levels = world_levels(profile, on=self.on, rulebook=self.book)
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
