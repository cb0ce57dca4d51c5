"""The engine's own sentences: written from templates, recognised, and said in another language.

A few kinds of sentence the engine words itself, in English: the facts a finding rests on
("China is a party to the ... since 1997-01-10", a precedent's line, "Your passport from
Belarus expires on ...") and what an open question depends on ("whether Türkiye is a party
to the ..."). Each comes from one template in :mod:`~travelrisk.language.report_words`
(``FACTS``, ``MISSING``) or, for a research checklist item's question, from the checklist;
a catalogue's ``[facts]``, ``[missing]`` and ``[checklist]`` tables translate them.

:func:`fact` and :func:`missing` recognise a sentence by its template and write it again in
the reader's language, with the states' and treaties' names, the dates and a precedent's
outcome said in it. The rulebook's own words inside (a precedent's description, a research
note, Interpol's stance as summarised) stay as they were researched. A sentence of another
shape, or one whose translation is missing, is kept as written: never dropped, never changed
in meaning.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from ..model import iso
from .report_words import FACTS, MISSING

if TYPE_CHECKING:
    from .i18n import Words
    from .rulebook import Rulebook

#: Placeholders whose value is narrower than "any text": a precedent's line is told apart
#: from a description that holds parentheses and commas of its own by them.
_OUTCOMES = {FACTS[k]: k for k in FACTS if k.startswith("outcome_")}  # the words of each outcome
_NARROW = {"date": r"\d{4}-\d{2}-\d{2}",
           "outcome": "|".join(re.escape(w) for w in sorted(_OUTCOMES, key=len, reverse=True)),
           "relation": r"[^()]+"}
_STATES = ("state", "destination", "requester", "destination_name", "requester_name")
# Parts of a sentence, never a sentence: the kinds of treaty, outcomes, relations, gaps.
_PARTS = ("kind_", "outcome_", "rel_", "gap_")
_GAPS = ("gap_after", "gap_unrecorded", "gap_before", "gap_open", "gap_unconfirmed")


@lru_cache(maxsize=None)
def _pattern(template: str, anchored: bool = True) -> re.Pattern[str]:
    """A template's English as a pattern whose groups are its placeholders."""
    parts = re.split(r"\{(\w+)\}", template)
    rx = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>{_NARROW.get(p, '.+?')})" for i, p in enumerate(parts))
    return re.compile(("^" if anchored else "") + rx + r"\Z", re.S)


#: The engine's sentence tables, by the catalogue table that translates each.
TABLES = {"facts": FACTS, "missing": MISSING}


@lru_cache(maxsize=None)
def _sentences(table: str) -> list[tuple[str, re.Pattern[str]]]:
    """A table's whole sentences, longest English first ("... (an unverified lead)" before
    the same sentence without it)."""
    english = TABLES[table]
    keys = [k for k in english if not k.startswith(_PARTS) and k != "or"]
    return [(k, _pattern(english[k])) for k in sorted(keys, key=lambda k: -len(english[k]))]


def fact(text: str, w: Words, book: Rulebook) -> str:
    """A fact the engine worded, in ``w``'s language where its template is known."""
    return _say("facts", text, w, book) or text


def missing(text: str, w: Words, book: Rulebook) -> str:
    """One clause of what an open question depends on, in ``w``'s language where its
    template (or the checklist item it asks) is known and translated."""
    return _say("missing", text, w, book) or _checklist(text, w, book)


def _say(table: str, text: str, w: Words, book: Rulebook) -> str | None:
    """``text`` said again from its template; None when no template has its shape. A shape
    whose translation is missing keeps the whole sentence in English."""
    if w.c is None:
        return text
    for key, pattern in _sentences(table):
        m = pattern.match(text)
        if m:
            if not w.has(table, key):
                return text
            return w.table(table, key, **{n: _value(n, v, w, book) for n, v in m.groupdict().items()})
    return None


def _checklist(text: str, w: Words, book: Rulebook) -> str:
    """A research checklist item's question, with what a gap adds to it."""
    base, tail = text, ""
    for key in _GAPS:
        m = _pattern(MISSING[key], anchored=False).search(text)
        if m:
            if not w.has("missing", key):
                return text
            base = text[:m.start()]
            tail = w.table("missing", key, **{n: _value(n, v, w, book) for n, v in m.groupdict().items()})
            break
    translated = w.c.checklist if w.c is not None else {}
    for item in book.checklist.items:
        m = _pattern(item.missing).match(base)
        if m and translated.get(item.id):
            return translated[item.id].format(**{n: _value(n, v, w, book) for n, v in m.groupdict().items()}) + tail
    return text


def _value(name: str, value: str, w: Words, book: Rulebook) -> str:
    """A value the engine put into a sentence, in ``w``'s language: a state's or a treaty's
    name, a date, a precedent's outcome and relation, the kinds of treaty; anything else (the
    rulebook's own words) as it is."""
    if name in _STATES:
        code = _codes().get(value)
        return w.country(code) if code else value
    if name == "instrument":
        found = next((i for i in book.instruments.values() if i.name == value), None)
        return w.instrument(found.id, value) if found else value
    if name == "date":
        try:
            return w.date(date.fromisoformat(value))
        except ValueError:
            return value
    if name == "outcome":
        key = _OUTCOMES.get(value)
        return w.table("facts", key) if key else value
    if name == "relation":
        for key in (k for k in FACTS if k.startswith("rel_")):
            m = _pattern(FACTS[key]).match(value)
            if m:
                return w.table("facts", key, **{n: _value(n, v, w, book) for n, v in m.groupdict().items()})
        return value
    if name == "kinds":
        english = {MISSING[k]: k for k in MISSING if k.startswith("kind_")}
        kinds = value.split(f" {MISSING['or']} ")
        if all(k in english for k in kinds):
            return f" {w.table('missing', 'or')} ".join(w.table("missing", english[k]) for k in kinds)
    return value


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Every ISO 3166-1 code by its English short name (the engine writes names, not codes)."""
    return {name: code for code, name in iso.table().items()}
