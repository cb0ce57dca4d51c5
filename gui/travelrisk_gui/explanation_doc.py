"""What the explanation pane says about one destination, as plain data: a *document*.

A document is built where the core is: in this process once the core is attached, or in the
child process that computes the first window (:mod:`travelrisk_gui.glance_child`), which sends
it beside the glance when the app starts with a destination chosen (``--select``), so that
window is drawn before the core is loaded here. :func:`travelrisk_gui.explanation.document_html`
lays a document out, adding the app's own words; this module imports no Qt.

Everything the core says in a document is said already in the reader's language (through
:mod:`travelrisk_gui.i18n`, which must be set to it): the destination's and the states' names,
harms, effects and confidences, open questions and caveats, the day. It holds only strings,
numbers, booleans, lists and dicts, so it travels as JSON.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from . import i18n

if TYPE_CHECKING:
    from travelrisk.model.assessment import Assessment, Finding
    from travelrisk.model.sources import Source

#: A document: see the module's note.
Document = dict[str, Any]


def document(a: Assessment) -> Document:
    """What the explanation pane says about ``a`` (an answer already in the reader's
    language: see ``WorldState.assessment``)."""
    from travelrisk.model.assessment import CaveatKind

    w = i18n.words()
    entry_heading = w.report("caveat_entry")
    questions = [c for c in a.caveats if c.kind is CaveatKind.OPEN_QUESTION]
    entry = []
    for c in (c for c in a.caveats if c.kind is CaveatKind.ENTRY):
        about = i18n.note_about(c, a.destination)
        entry.append({"text": i18n.note(c, a.destination), "sources": _sources(c.sources),
                      "about": about if about and about != entry_heading else None})  # unconfirmed: said first
    others = [{"text": i18n.note(c, a.destination), "about": i18n.note_about(c, a.destination),
               "strong": c.kind is CaveatKind.DATA_AGE, "sources": _sources(c.sources)}
              for c in a.caveats if c.kind not in (CaveatKind.OPEN_QUESTION, CaveatKind.ENTRY)]
    r = a.rulebook
    return {
        "destination": a.destination,
        "name": a.destination_name,
        "level": a.level.value,
        "ceiling": a.ceiling.value,
        "settled": a.settled,
        "researched": a.researched,
        "residence": a.residence,
        "day": w.date(a.as_of),
        "leg_kind": a.leg_kind,
        "main_reason": i18n.reason_title(a),
        "requesters": [[p.name, list(p.reasons)] for p in a.requesters],
        "research": [a.research.answered, a.research.total],
        "questions": [{"level": c.level.value if c.level is not None else None,
                       "text": i18n.note(c, a.destination)} for c in questions],
        "gist": _gist(a.findings) if len(a.findings) > 1 else [],
        "entry_heading": entry_heading,
        "entry": entry,
        "findings": len(a.findings),
        "by_harm": [[harm, [_finding(f) for f in findings]] for harm, findings in a.by_harm()],
        "others": others,
        "rulebook": {"version": r.version, "reviewed": w.date(r.reviewed), "hash": r.content_hash,
                     "signed": r.signed},
    }


def effect_tag(f: Finding) -> dict[str, Any]:
    """A finding's tag: its level when it raises it, else the rulebook's word for its effect
    (in English the CLI's and the memo's, "PROTECTS YOU": ``Effect.label``)."""
    from travelrisk.language.rule import Effect

    if f.effect is Effect.RAISES:
        return {"level": f.level.value if f.level is not None else None, "effect": None}
    return {"level": None, "effect": i18n.words().effect(f.effect.value, f.effect.label).upper()}


def _finding(f: Finding) -> dict[str, Any]:
    return {
        **effect_tag(f),
        "title": f.title,
        "text": f.text,
        "facts": list(f.facts),
        "confidence": f.confidence.value,
        "confidence_word": i18n.words().confidence(f.confidence.value),
        "rule": f.rule_id,
        "sources": _sources(f.sources),
    }


def _gist(findings: list[Finding]) -> list[dict[str, Any]]:
    """Each finding's tag and title; where one rule matched for two pursuing states, with the
    state's name too, so the two lines of the list do not read the same."""
    twice = {title for title, n in Counter(f.title for f in findings).items() if n > 1}
    return [{**effect_tag(f), "title": f.title,
             "state": i18n.country(f.requester) if f.title in twice and f.requester else None}
            for f in findings]


def _sources(sources: list[Source]) -> list[dict[str, Any]]:
    from travelrisk.model.sources import is_address

    w = i18n.words()  # the app writes dates as ISO 8601; an undated source says so
    return [{"title": s.title, "publisher": s.publisher, "date": w.source_date(s, s.date.isoformat()),
             "url": s.url, "via": s.via,
             "via_is_address": bool(s.via) and is_address(s.via), "kind": s.kind.value if s.kind else None}
            for s in sources]
