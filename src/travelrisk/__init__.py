"""travelrisk: what can happen to a person whom a state pursues, at each border, and why.

    from travelrisk import Profile, World, assess, assess_world, load_rulebook, world_levels

Names are resolved lazily so that ``import travelrisk`` stays cheap for the command line.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Profile": "model.profile",
    "Listing": "model.profile",
    "Exposure": "model.profile",
    "ListingKind": "model.profile",
    "Document": "model.profile",
    "Protection": "model.profile",
    "Level": "model.levels",
    "Source": "model.sources",
    "Confidence": "model.sources",
    "Instrument": "model.instrument",
    "Requester": "model.requester",
    "Country": "model.country",
    "Precedent": "model.country",
    "Rule": "language.rule",
    "Assessment": "model.assessment",
    "Finding": "model.assessment",
    "Caveat": "model.assessment",
    "Rulebook": "language.rulebook",
    "RulebookError": "language.loader",
    "load_rulebook": "language.loader",
    "assess": "engine.core",
    "assess_world": "engine.core",
    "world_levels": "engine.ranges",
    "LevelRange": "engine.ranges",
    "World": "engine.world",
    "assess_trip": "engine.trip",
    "Trip": "engine.trip",
    "Leg": "engine.trip",
    "TripAssessment": "engine.trip",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'travelrisk' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)


if TYPE_CHECKING:
    from .model.assessment import Assessment, Caveat, Finding
    from .model.country import Country, Precedent
    from .engine.core import assess, assess_world
    from .model.instrument import Instrument
    from .model.levels import Level
    from .language.loader import RulebookError, load_rulebook
    from .model.profile import Document, Exposure, Listing, ListingKind, Profile, Protection
    from .engine.ranges import LevelRange, world_levels
    from .engine.world import World
    from .model.requester import Requester
    from .language.rule import Rule
    from .language.rulebook import Rulebook
    from .model.sources import Confidence, Source
    from .engine.trip import Leg, Trip, TripAssessment, assess_trip
