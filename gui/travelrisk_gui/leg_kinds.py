"""How a kind of leg is said: a short name, and one line on what it means for the traveller.

The words describe the kinds the core knows (:data:`travelrisk.language.conditions.LEG_KINDS`); what
each kind changes for the risk is in the rulebook's rules, not here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("LegKind", text)


def name(kind: str) -> str:
    """The kind in a few plain words, as the builder's list and the map write it."""
    return {
        "departure": _tr("start (departure)"),
        "entry": _tr("entry (passport control)"),
        "transit": _tr("transit (change planes airside)"),
        "overflight": _tr("overflight (fly over)"),
        "land_crossing": _tr("land crossing"),
    }.get(kind, kind)


def short(kind: str) -> str:
    """One word for the map's labels."""
    return {
        "departure": _tr("start"),
        "entry": _tr("entry"),
        "transit": _tr("transit"),
        "overflight": _tr("overflight"),
        "land_crossing": _tr("by land"),
    }.get(kind, kind)


def explanation(kind: str) -> str:
    """One line: what the traveller goes through on such a leg."""
    return {
        "departure": _tr("Where the trip starts: you pass this country's exit control on the way out."),
        "entry": _tr("You go through passport control and enter the country."),
        "transit": _tr("You change planes inside the airport and do not pass passport control."),
        "overflight": _tr("Your plane flies over this country without landing there."),
        "land_crossing": _tr("You cross the country overland: checked at its border on the way in and on the way out."),
    }.get(kind, "")
