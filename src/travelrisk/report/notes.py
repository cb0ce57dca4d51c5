"""The engine's notes on an assessment (open questions, caveats), said in the reader's language.

The engine writes its notes in English from a few fixed sentences; where a note has one of
those shapes and the catalogue translates the sentence, it is written again in the reader's
language, with the rules' titles and the states' names in it translated too. Everything else
is kept as written: a country's research notes (the rulebook's own research, which stays in the
language it was written in; the memo says so once) and any note whose shape is not recognised.
What a question depends on is said clause by clause (:mod:`travelrisk.language.sentences`). A note is never dropped or changed in meaning: at worst it
stays in English.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..model.assessment import Caveat, CaveatKind
from ..language import sentences
from ..language.i18n import country_name
from ..language.report_words import REPORT

if TYPE_CHECKING:
    from ..language.i18n import Words
    from ..language.rulebook import Rulebook

_DEPENDS = ". Depends on: "
_DEPTH = re.compile(r"^Research depth: (?P<depth>\w+); reviewed (?P<date>\d{4}-\d{2}-\d{2})\."
                    r"(?: What was searched: (?P<searched>.*))?$", re.S)
_STALE = re.compile(r"^The rulebook was reviewed on (?P<date>\d{4}-\d{2}-\d{2}), (?P<days>\d+) days before this "
                    r"assessment: facts may have changed\.$")
_UNRESEARCHED = " has not been researched: no precedents, practice or entry rules are known, so its level is " \
                "unknown unless a treaty alone raises it."


def note_text(c: Caveat, w: "Words", book: "Rulebook", destination: str) -> str:
    """A caveat's or an open question's text in ``w``'s language, where its shape is known."""
    if w.c is None:
        return c.text
    if c.kind is CaveatKind.OPEN_QUESTION:
        return _question(c, w, book)
    if c.kind is CaveatKind.NOT_FORMALISED and c.rule_id:
        t = w.c.rules.get(c.rule_id)
        return t.not_formalised if t is not None and t.not_formalised else c.text
    if c.kind is CaveatKind.RESEARCH_DEPTH:
        return _research(c.text, w, destination)
    if c.kind is CaveatKind.DATA_AGE:
        m = _STALE.match(c.text)
        if m and w.has("report", "rulebook_stale"):
            return w.report("rulebook_stale", date=w.date(date.fromisoformat(m["date"])), days=m["days"])
    return c.text


#: The caveats headed by their kind rather than by what they are about.
_HEADINGS = {CaveatKind.ENTRY: "caveat_entry", CaveatKind.SUMMARY: "caveat_summary"}


def note_about(c: Caveat, w: "Words", destination: str) -> str | None:
    """What an open point the rulebook records is about, named in ``w``'s language (the
    destination, a treaty or a pursuing state); None for the engine's own notes."""
    if c.about is None or w.c is None:
        return c.about
    heading = _HEADINGS.get(c.kind)
    if heading:  # headed by the kind itself, in the reader's words
        key = "caveat_entry_unconfirmed" if c.about == REPORT["caveat_entry_unconfirmed"] else heading
        return w.report(key) if w.has("report", key) else c.about
    if c.instrument:
        return w.instrument(c.instrument, c.about)
    return w.country(c.requester or destination)


def _question(c: Caveat, w: "Words", book: "Rulebook") -> str:
    """``Could raise this to high for requests from Belarus: 'title'; 'title'. Depends on: ...``"""
    head, sep, missing = c.text.partition(_DEPENDS)
    english_head, _, titles = head.partition(": ")
    level = c.level.value if c.level is not None else None
    key = ("question_raise" if level else "question_apply") + ("_for" if c.requester else "")
    if not sep or english_head != _english_head(level, c.requester) or not w.has("report", key):
        return c.text
    values: dict[str, str] = {}
    if level:
        values["level"] = w.level_name(level)
    if c.requester:
        values["requester"] = w.country(c.requester)
    rules = w.c.rules if w.c is not None else {}
    translated = {f"'{r.title}'": f"'{rules[r.id].title}'" for r in book.rules if r.id in rules}
    titles = "; ".join(translated.get(t, t) for t in _quoted(titles, translated))
    if c.missing:
        missing = "; ".join(sentences.missing(m, w, book) for m in c.missing) + "."
    return f"{w.report(key, **values)}: {titles}. {w.report('depends_on')}: {missing}"


def _english_head(level: str | None, requester: str | None) -> str:
    """The head the engine writes (``engine._make_open_question``)."""
    who = f" for requests from {country_name(requester)}" if requester else ""
    return f"Could raise this to {level}{who}" if level else f"Could apply{who}"


def _quoted(titles: str, known: dict[str, str]) -> list[str]:
    """The quoted rule titles of a question, split where a known title ends (a title may hold
    "; " itself); a part that is no known title is kept whole."""
    out: list[str] = []
    rest = titles
    while rest:
        found = next((t for t in sorted(known, key=len, reverse=True)
                      if rest.startswith(t) and (len(rest) == len(t) or rest[len(t):].startswith("; "))), None)
        if found is None:
            out.append(rest)
            break
        out.append(found)
        rest = rest[len(found) + 2:]
    return out


def _research(text: str, w: "Words", destination: str) -> str:
    if text == country_name(destination) + _UNRESEARCHED:
        return w.report("not_researched_note", country=w.country(destination)) \
            if w.has("report", "not_researched_note") else text
    m = _DEPTH.match(text)
    if not m or not w.has("report", "research_depth"):
        return text
    key = f"depth_{m['depth']}"
    depth = w.report(key) if key in REPORT else m["depth"]
    out = w.report("research_depth", depth=depth, date=w.date(date.fromisoformat(m["date"])))
    if m["searched"] is not None:
        out += f" {w.report('what_searched')}: {m['searched']}"
    return out

