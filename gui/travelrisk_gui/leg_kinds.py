"""How a kind of leg is said: a short name, and one line on what it means for the traveller.

The words describe the kinds the core knows (:data:`travelrisk.language.conditions.LEG_KINDS`); what
each kind changes for the risk is in the rulebook's rules, not here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from . import i18n


#: ``translate("LegKind", "text")``: the form pyside6-lupdate reads.
translate = QCoreApplication.translate


def name(kind: str) -> str:
    """The kind in a few plain words, as the builder's list and the map write it: the
    rulebook's name for it (in the reader's language) and what it means at the airport."""
    word = i18n.words().leg_kind(kind)
    if kind == "departure":
        return translate("LegKind", "start ({kind})").format(kind=word)
    if kind == "entry":
        return translate("LegKind", "{kind} (passport control)").format(kind=word)
    if kind == "transit":
        return translate("LegKind", "{kind} (change planes airside)").format(kind=word)
    if kind == "overflight":
        return translate("LegKind", "{kind} (fly over)").format(kind=word)
    return word


def short(kind: str) -> str:
    """One word for the map's labels."""
    return {
        "departure": translate("LegKind", "start"),
        "entry": translate("LegKind", "entry"),
        "transit": translate("LegKind", "transit"),
        "overflight": translate("LegKind", "overflight"),
        "land_crossing": translate("LegKind", "by land"),
    }.get(kind, kind)


def explanation(kind: str) -> str:
    """One line: what the traveller goes through on such a leg."""
    return {
        "departure": translate("LegKind", "Where the trip starts: you pass this country's exit control on the way "
                               "out."),
        "entry": translate("LegKind", "You go through passport control and enter the country."),
        "transit": translate("LegKind", "You change planes inside the airport and do not pass passport control."),
        "overflight": translate("LegKind", "Your plane flies over this country without landing there."),
        "land_crossing": translate("LegKind", "You cross the country overland: checked at its border on the way in "
                                   "and on the way out."),
    }.get(kind, "")
