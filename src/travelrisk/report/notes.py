"""The engine's notes on an assessment (open questions, caveats), said in the reader's language.

The engine writes its notes in English from a few fixed sentences; where a note has one of
those shapes and the catalogue translates the sentence, it is written again in the reader's
language, with the rules' titles and the states' names in it translated too. Everything else
is kept as written: a country's research notes and what a question depends on (the rulebook's
own research, which stays in the language it was written in; the memo says so once), and any
note whose shape is not recognised. A note is never dropped or changed in meaning: at worst it
stays in English.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from ..model import iso
from ..model.assessment import Caveat, CaveatKind
from ..language.i18n import country_name
from ..language.report_words import MISSING, REPORT

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
        missing = "; ".join(depends_clause(m, w, book) for m in c.missing) + "."
    return f"{w.report(key, **values)}: {titles}. {w.report('depends_on')}: {missing}"


# --- what an open question depends on ----------------------------------------------------------

#: The clauses the engine writes from report_words.MISSING (not the gap suffixes, nor the
#: kinds of treaty: those are parts of a clause).
_CLAUSES = [k for k in MISSING if not k.startswith(("gap_", "kind_")) and k != "or"]
_GAPS = ("gap_after", "gap_unrecorded", "gap_before")


def _pattern(template: str, tail: bool = False) -> re.Pattern[str]:
    """A template's English as a pattern whose groups are its placeholders."""
    parts = re.split(r"\{(\w+)\}", template)
    rx = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
    return re.compile(rx + r"\Z" if tail else "^" + rx + r"\Z", re.S)


# Longest English first: "... (an unverified lead)" before the same clause without it.
_PATTERNS = [(k, _pattern(MISSING[k])) for k in sorted(_CLAUSES, key=lambda k: -len(MISSING[k]))]
_GAP_PATTERNS = [(k, _pattern(MISSING[k], tail=True)) for k in _GAPS]


def depends_clause(text: str, w: "Words", book: "Rulebook") -> str:
    """One clause of what an open question depends on (``whether Turkey is a party to the
    ...``), in ``w``'s language where the engine's template for it is known and translated;
    otherwise as the engine wrote it. A precedent's own description stays as the rulebook
    has it, in the language it was researched in."""
    if w.c is None:
        return text
    for key, pattern in _PATTERNS:
        m = pattern.match(text)
        if m:
            if not w.has("missing", key):
                return text
            return w.missing(key, **{name: _value(name, value, w, book) for name, value in m.groupdict().items()})
    return _checklist_clause(text, w, book)


def _checklist_clause(text: str, w: "Words", book: "Rulebook") -> str:
    """A research checklist item's question, with what a gap adds to it; as written when
    either part is not known or not translated."""
    base, tail = text, ""
    for key, pattern in _GAP_PATTERNS:
        m = pattern.search(text)
        if m:
            if not w.has("missing", key):
                return text
            base = text[:m.start()]
            tail = w.missing(key, **{name: _value(name, value, w, book) for name, value in m.groupdict().items()})
            break
    translated = w.c.checklist if w.c is not None else {}
    for item in book.checklist.items:
        m = _pattern(item.missing).match(base)
        if m and translated.get(item.id):
            values = {name: _value(name, value, w, book) for name, value in m.groupdict().items()}
            return translated[item.id].format(**values) + tail
    return text


def _value(name: str, value: str, w: "Words", book: "Rulebook") -> str:
    """A value the engine put into a clause, in ``w``'s language: a state's name, a treaty's
    name, a date, the kinds of treaty; anything else (a precedent's description) as it is."""
    if name in ("state", "destination", "requester", "destination_name", "requester_name"):
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
    if name == "kinds":
        english = {MISSING[k]: k for k in MISSING if k.startswith("kind_")}
        kinds = value.split(f" {MISSING['or']} ")
        if all(k in english for k in kinds):
            return f" {w.missing('or')} ".join(w.missing(english[k]) for k in kinds)
    return value


def _codes() -> dict[str, str]:
    """Every ISO 3166-1 code by its English short name (the engine writes names, not codes)."""
    global _BY_NAME
    if _BY_NAME is None:
        _BY_NAME = {name: code for code, name in iso.table().items()}
    return _BY_NAME


_BY_NAME: dict[str, str] | None = None


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

