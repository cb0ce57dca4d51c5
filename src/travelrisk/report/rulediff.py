"""What a rulebook update changes, fact by fact, and which answers it moves: what a
maintainer reads before signing a pack, and a reviewer before trusting one.

    changes = fact_changes(old, new)        # added, changed, removed facts, with sources
    moved = moved_answers(old, new, people)  # (who, destination, before, after)

A fact is anything the rulebook states with a source: a party to an instrument, a list, an
Interpol stance, a precedent, an entry note, a research answer, a rule. Facts are matched
between the two rulebooks by what they are about (an instrument's party by state, a
precedent by requester, person and year), so a correction shows as a change, not as
one fact removed and another added.

A source entry changed in place (another address, a copy replaced by its original, a new
kind, a reworded note) changes what every fact citing it rests on without changing the
facts: ``source_changes`` lists those entries too, by id.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ..engine.core import assess_world
from ..language.i18n import Words
from ..model.examples import EXAMPLE_PROFILE

if TYPE_CHECKING:
    from ..model.assessment import Assessment
    from ..model.profile import Profile
    from ..language.rulebook import Rulebook


@dataclass(frozen=True)
class Fact:
    """One sourced statement of a rulebook, reduced to what a reviewer compares."""

    section: str  # "instruments", "requesters", "countries", "rules"
    about: str  # what it is about, in words: "CIS interstate search treaty: party MD"
    fields: dict[str, str]
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Change:
    kind: str  # "added" | "changed" | "removed"
    section: str
    about: str
    details: tuple[str, ...]  # "field: old -> new" for a change; "field: value" otherwise
    sources: tuple[str, ...] = field(default=())  # source ids of the fact as it now stands


def _text(value: Any) -> str:
    if value is None:
        return "none"
    if hasattr(value, "value"):  # an enum (before str: ours are str enums)
        return str(value.value)
    if isinstance(value, (date, str, int, bool)):
        return str(value).lower() if isinstance(value, bool) else str(value)
    if isinstance(value, (list, tuple, set)):
        return ", ".join(_text(v) for v in value) or "none"
    return json.dumps(value, sort_keys=True, default=str)


def _cited(section: str, about: str, item: Any, keys: Sequence[str]) -> Fact:
    values = {k.rstrip("_"): _text(getattr(item, k, None)) for k in keys}
    if hasattr(item, "confidence"):
        values["confidence"] = _text(item.confidence)
    return Fact(section, about, values, tuple(getattr(item, "sources", ()) or ()))


def _open_points(out: dict[str, Fact], key: str, section: str, about: str, questions: Sequence[Any],
                 keys: Sequence[str]) -> None:
    """What a record leaves open, which a reader sees too: the n-th point, so a reworded point
    is a change."""
    for n, q in enumerate(questions, 1):
        out[f"{key}:q:{n}"] = _cited(section, f"{about}: open point {n}", q, keys)


def _nth(seen: dict[str, int], key: str) -> str:
    """``key`` with the number of times it has been seen: two facts under one key (a state's
    second period as a party, a detention and then the handover of one person in one year)
    are never folded into one."""
    n = seen[key] = seen.get(key, 0) + 1
    return f"{key}:{n}"


def facts(book: "Rulebook") -> dict[str, Fact]:
    """Every fact of a rulebook, keyed by what it is about."""
    out: dict[str, Fact] = {}
    for iid, inst in book.instruments.items():
        name = inst.name
        out[f"i:{iid}"] = _cited("instruments", name, inst, ("title", "kind", "mechanisms", "parties_complete", "summary"))
        seen: dict[str, int] = {}
        for p in inst.parties:  # a state's n-th period as a party: a corrected date is a change
            out[_nth(seen, f"i:{iid}:p:{p.state}")] = _cited(
                "instruments", f"{name}: party {p.state}", p, ("from_", "until", "note"))
        for n in inst.non_parties:
            out[f"i:{iid}:n:{n.state}"] = _cited("instruments", f"{name}: not a party, {n.state}", n, ("note",))
        if inst.signatories is not None:
            out[f"i:{iid}:s"] = _cited("instruments", f"{name}: signatories", inst.signatories, ("states",))
        _open_points(out, f"i:{iid}", "instruments", name, inst.questions, ("text", "states"))
    for code, req in book.requesters.items():
        out[f"r:{code}"] = _cited("requesters", f"{code}", req, ("summary", "reviewed"))
        for lst in req.lists:
            out[f"r:{code}:l:{lst.kind.value}:{lst.name}"] = _cited(
                "requesters", f"{code}: list '{lst.name}'", lst, ("size", "size_date", "note"))
        for st in req.interpol:
            out[f"r:{code}:i:{st.from_}"] = _cited(
                "requesters", f"{code}: Interpol stance from {st.from_}", st, ("stance", "until", "summary"))
        for ps in req.passports:
            out[f"r:{code}:p:{ps.from_}"] = _cited(
                "requesters", f"{code}: passports renewed abroad from {ps.from_}", ps, ("renewed_abroad", "until", "text"))
        for off in req.offences:
            out[f"r:{code}:o:{off.name}"] = _cited("requesters", f"{code}: offence '{off.name}'", off, ("note",))
        _open_points(out, f"r:{code}", "requesters", code, req.questions, ("text",))
    for code, c in book.countries.items():
        # the country's own texts, which a reader sees first: what is known, and what was searched
        out[f"c:{code}"] = Fact("countries", code, {"depth": c.depth.value, "reviewed": str(c.reviewed),
                                                    "summary": c.summary, "searched": _text(c.searched)},
                                tuple(c.sources))
        practice = c.interpol  # an answer, or a note alone (what is known of the practice, read as such)
        if (practice.arrests_on_red_notice is not None or practice.arrests_on_diffusion is not None
                or practice.note or practice.sources):
            out[f"c:{code}:interpol"] = _cited(
                "countries", f"{code}: Interpol practice", practice,
                ("arrests_on_red_notice", "arrests_on_diffusion", "note"))
        seen = {}
        for e in c.entry:
            key = _nth(seen, f"c:{code}:e:{','.join(e.passports)}:{e.from_}:{e.text[:40]}")
            out[key] = _cited("countries", f"{code}: entry for {','.join(e.passports) or 'all'}", e, ("text", "until"))
        for p in c.precedents:  # by requester, person and year: a corrected date is a change
            out[_nth(seen, f"c:{code}:p:{p.requester}:{p.who}:{p.date.year}")] = _cited(
                "countries", f"{code}: precedent {p.date}, {p.who} ({p.requester})", p,
                ("date", "mechanism", "outcome", "charge", "summary"))
        for req, rec in c.research.items():
            for item, ans in rec.answers.items():
                out[f"c:{code}:r:{req}:{item}"] = _cited(
                    "countries", f"{code}: research for {req}, {item}", ans,
                    ("answer", "searched_from", "searched_until", "instruments", "red_notice", "diffusion", "text"))
        _open_points(out, f"c:{code}", "countries", code, c.questions, ("text",))
    for rule in book.rules:
        when = json.dumps(rule.when.model_dump(mode="json", by_alias=True, exclude_defaults=True), sort_keys=True)
        out[f"rule:{rule.id}"] = Fact("rules", rule.id, {
            "level": _text(rule.level), "effect": rule.effect.value, "harm": rule.harm, "title": rule.title,
            "text": rule.text, "when": when}, tuple(rule.sources))
    return out


def fact_changes(old: "Rulebook", new: "Rulebook") -> list[Change]:
    """Facts added, changed and removed from ``old`` to ``new``, in reading order."""
    before, after = facts(old), facts(new)
    out: list[Change] = []
    for key in sorted(set(before) | set(after), key=_order):
        a, b = before.get(key), after.get(key)
        if a is None and b is not None:
            out.append(Change("added", b.section, b.about, _all(b.fields), b.sources))
        elif b is None and a is not None:
            out.append(Change("removed", a.section, a.about, _all(a.fields), a.sources))
        elif a is not None and b is not None and (a.fields != b.fields or a.sources != b.sources):
            details = _field_changes(a.fields, b.fields)
            if a.sources != b.sources:
                gone = [s for s in a.sources if s not in b.sources]
                new_ = [s for s in b.sources if s not in a.sources]
                details += (f"sources: {'-' + ', -'.join(gone) if gone else ''}"
                            f"{' ' if gone and new_ else ''}{'+' + ', +'.join(new_) if new_ else ''}",)
            out.append(Change("changed", b.section, b.about, details, b.sources))
    return out


#: What a reviewer compares of a source entry.
_SOURCE_FIELDS = ("title", "publisher", "date", "undated", "kind", "url", "via", "note")


def source_changes(old: "Rulebook", new: "Rulebook") -> list[Change]:
    """Source entries added, changed and removed from ``old`` to ``new``, by id. An added or
    removed entry is also seen through the facts that cite it; a changed one only here."""
    out: list[Change] = []
    for sid in sorted(set(old.sources) | set(new.sources)):
        a, b = old.sources.get(sid), new.sources.get(sid)
        if a is None or b is None:
            kind, entry = ("added", b) if a is None else ("removed", a)
            out.append(Change(kind, "sources", f"[{sid}] {entry.title}", (), (sid,)))
            continue
        details = _field_changes({k: _text(getattr(a, k, None)) for k in _SOURCE_FIELDS},
                                 {k: _text(getattr(b, k, None)) for k in _SOURCE_FIELDS})
        if details:
            out.append(Change("changed", "sources", f"[{sid}] {b.title}", details, (sid,)))
    return out


def _field_changes(before: dict[str, str], after: dict[str, str]) -> tuple[str, ...]:
    """``field: old -> new`` for each field whose value differs, in the order they come."""
    return tuple(f"{k}: " + " -> ".join(_changed(before.get(k), after.get(k)))
                 for k in dict.fromkeys([*before, *after]) if before.get(k) != after.get(k))


def _tally(changes: list[Change]) -> dict[str, int]:
    return {k: sum(1 for c in changes if c.kind == k) for k in ("added", "changed", "removed")}


_SECTIONS = {"i": 0, "r": 1, "c": 2, "rule": 3}


def _order(key: str) -> tuple[int, str]:
    return (_SECTIONS.get(key.split(":", 1)[0], 9), key)


def _all(values: dict[str, str]) -> tuple[str, ...]:
    return tuple(f"{k}: {_short(v)}" for k, v in values.items() if v not in ("none", ""))


def _short(text: str | None, limit: int = 160) -> str:
    text = "none" if text is None else " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _changed(before: str | None, after: str | None, limit: int = 160, context: int = 50) -> tuple[str, str]:
    """A changed value before and after, each cut to ``limit`` around where the two differ:
    a long text reworded past its first words shows the reworded part, not the same opening."""
    a = "none" if before is None else " ".join(before.split())
    b = "none" if after is None else " ".join(after.split())
    if len(a) <= limit and len(b) <= limit:
        return a, b
    same = 0  # the length of the common opening
    while same < min(len(a), len(b)) and a[same] == b[same]:
        same += 1
    start = a.rfind(" ", 0, max(0, same - context)) + 1 if same > context else 0
    return _window(a, start, limit), _window(b, start, limit)


def _window(text: str, start: int, limit: int) -> str:
    """``limit`` characters of ``text`` from ``start``, marked with … where cut."""
    head = "…" if start else ""
    body = text[start:]
    room = limit - len(head)
    return head + (body if len(body) <= room else body[: room - 1] + "…")


@dataclass(frozen=True)
class Moved:
    who: str
    destination: str
    before: str  # "LOW – could be SEVERE (3 open questions)"
    after: str


def moved_answers(
    old: "Rulebook", new: "Rulebook", people: Iterable[tuple[str, "Profile"]], on: date
) -> list[Moved]:
    """For each person, the destinations whose level or ceiling the update moves."""
    out: list[Moved] = []
    for who, profile in people:
        a, b = assess_world(profile, on=on, rulebook=old), assess_world(profile, on=on, rulebook=new)
        for code in sorted(b):
            x, y = a[code], b[code]
            if (x.level, x.ceiling) != (y.level, y.ceiling):
                out.append(Moved(who, code, _range(x), _range(y)))
    return out


def _range(a: "Assessment") -> str:
    return a.level.value.upper() if a.settled else f"{a.level.value.upper()} – could be {a.ceiling.value.upper()}"


def people_of(book: "Rulebook") -> list[tuple[str, "Profile"]]:
    """The profiles an update is judged by: the sample profile and the rulebook's scenarios."""
    out = [("the sample profile (a Belarusian journalist on Russia's wanted list)", EXAMPLE_PROFILE)]
    if book.scenarios is not None:
        out += [(s.name, s.profile) for s in book.scenarios.scenarios]
    return out


def render(old: "Rulebook", new: "Rulebook", changes: list[Change], moved: list[Moved], on: date,
           *, brief: bool = False) -> str:
    """The change list as text: facts by section, each with its sources; then the answers
    that move. ``brief``: one line a fact, no details or sources."""
    lines = [
        f"Rulebook {old.info.version} (reviewed {old.info.reviewed}) -> {new.info.version} (reviewed {new.info.reviewed})",
        f"sha256 {old.content_hash[:16]}… -> {new.content_hash[:16]}…",
    ]
    counts = _tally(changes)
    facts = "fact" if counts["added"] == 1 else "facts"
    lines.append(f"{counts['added']} {facts} added, {counts['changed']} changed, {counts['removed']} removed.")
    sources = source_changes(old, new)
    tally = _tally(sources)
    entries = "source entry" if tally["added"] == 1 else "source entries"
    lines.append(f"{tally['added']} {entries} added, {tally['changed']} changed, {tally['removed']} removed"
                 + (" (changed ones listed under Sources)." if tally["changed"] else "."))
    mark = {"added": "+", "changed": "~", "removed": "-"}
    section = None
    for c in changes:
        if c.section != section:
            section = c.section
            lines += ["", section.capitalize()]
        lines.append(f"  {mark[c.kind]} {c.about}")
        if brief:
            continue
        lines += [f"      {d}" for d in c.details]
        if c.kind == "removed":  # what the fact stood on, so a reviewer can see why it went
            lines += [f"      was sourced: {_source(old, sid)}" for sid in c.sources]
        else:
            lines += [f"      source: {_source(new, sid)}" for sid in c.sources]
    changed = [c for c in sources if c.kind == "changed"]
    if changed:
        lines += ["", "Sources (changed in place: every fact citing one now rests on it as it stands)"]
    for c in changed:
        lines.append(f"  ~ {c.about}")
        if not brief:
            lines += [f"      {d}" for d in c.details]
    lines += ["", f"Answers that move, on {on} (the sample profile and the scenarios):"]
    if not moved:
        lines.append("  none")
    who = None
    for m in moved:
        if m.who != who:
            who = m.who
            lines.append(f"  {who}")
        lines.append(f"    {m.destination}: {m.before} -> {m.after}")
    return "\n".join(lines)


def _source(book: "Rulebook", sid: str) -> str:
    s = book.sources.get(sid)
    if s is None:
        return sid
    day = Words(None).source_date(s, str(s.date))  # a diff is for a maintainer: English, ISO dates
    return f"[{sid}] {s.title} — {s.publisher}, {day}" + (f" <{s.url}>" if s.url else "")
