"""travelrisk: what can happen to a person whom a state pursues, at each border, and why.

    from travelrisk import Profile, assess, assess_world, load_rulebook, world_levels

Names are resolved lazily so that ``import travelrisk`` stays cheap for the command line.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Profile": "profile",
    "Listing": "profile",
    "Exposure": "profile",
    "ListingKind": "profile",
    "Document": "profile",
    "Protection": "profile",
    "Level": "levels",
    "Source": "sources",
    "Confidence": "sources",
    "Instrument": "instrument",
    "Requester": "requester",
    "Country": "country",
    "Precedent": "country",
    "Rule": "rule",
    "Assessment": "assessment",
    "Finding": "assessment",
    "Caveat": "assessment",
    "Rulebook": "rulebook",
    "RulebookError": "loader",
    "load_rulebook": "loader",
    "assess": "engine",
    "assess_world": "engine",
    "world_levels": "ranges",
    "LevelRange": "ranges",
    "assess_trip": "trip",
    "Trip": "trip",
    "Leg": "trip",
    "TripAssessment": "trip",
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
    from .model.requester import Requester
    from .language.rule import Rule
    from .language.rulebook import Rulebook
    from .model.sources import Confidence, Source
    from .engine.trip import Leg, Trip, TripAssessment, assess_trip
