"""A memo laid out as blocks: what is said, in what order, with which citations.

Every text format is spelled from these blocks (:mod:`travelrisk.report_formats`), so the
wording and the order live here once and Markdown, HTML and the PDF cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from .assessment import CaveatKind
from .levels import Level
from .report import NOT_ADVICE, Memo, MemoFinding, MemoSection, MemoSource
from .rule import Effect


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Strong:
    text: str


@dataclass(frozen=True)
class Code:
    text: str


@dataclass(frozen=True)
class Cite:
    """A numbered citation: ``[n]``, pointing at the source list."""

    number: int


@dataclass(frozen=True)
class Link:
    url: str


@dataclass(frozen=True)
class Tag:
    """A level (or a finding's effect) as a label: ``SEVERE``, ``LOWERS``."""

    label: str
    level: str  # a Level value, or an effect value, for styling


Inline = Union[Text, Strong, Code, Cite, Link, Tag]


@dataclass(frozen=True)
class Heading:
    depth: int
    inlines: list[Inline]
    anchor: str | None = None


@dataclass(frozen=True)
class Para:
    inlines: list[Inline]
    role: str = "body"  # body, meta, notice, finding, source
    anchor: str | None = None


@dataclass(frozen=True)
class Bullets:
    items: list[list[Inline]]
    role: str = "body"


@dataclass(frozen=True)
class Table:
    head: list[str]
    rows: list[list[list[Inline]]]
    role: str = "body"


Block = Union[Heading, Para, Bullets, Table]

LEG_KINDS = {
    "departure": "departure (exit control)",
    "entry": "entry",
    "transit": "transit (airside, no passport control)",
    "overflight": "overflight",
    "land_crossing": "land crossing",
}


def level_tag(level: Level) -> Tag:
    return Tag(level.value.upper(), level.value)


def range_tags(level: Level, ceiling: Level, settled: bool) -> list[Inline]:
    """``LOW`` when settled; ``LOW – could be SEVERE`` when open questions separate them."""
    if settled:
        return [level_tag(level)]
    return [level_tag(level), Text(" – could be "), level_tag(ceiling)]


def finding_tag(f: MemoFinding) -> Tag:
    if f.effect is Effect.RAISES and f.level is not None:
        return level_tag(f.level)
    return Tag(f.effect.label, f.effect.value)


def cites(numbers: list[int]) -> list[Inline]:
    return [Cite(n) for n in numbers]


def layout(memo: Memo) -> list[Block]:
    """The memo, top to bottom."""
    blocks: list[Block] = [Heading(1, [Text(memo.title)])]
    blocks.append(Table(["", ""], _stamp_rows(memo), role="meta"))
    rest = memo.disclaimer.removeprefix(NOT_ADVICE).strip()
    blocks.append(Para([Strong(NOT_ADVICE), Text(" " + rest)] if rest else [Strong(memo.disclaimer)], role="notice"))
    blocks += _person(memo)
    blocks += _summary(memo)
    for section in memo.sections:
        blocks += _section(memo, section)
    blocks += _sources(memo.sources)
    blocks += _about(memo)
    return blocks


def _stamp_rows(memo: Memo) -> list[list[list[Inline]]]:
    r = memo.rulebook
    rows = [
        [[Strong("Made on")], [Text(memo.made_on.isoformat())]],
        [[Strong("As of")], [Text(", ".join(d.isoformat() for d in memo.as_of) + " (the travel date the rules were applied on)")]],
        [[Strong("Rulebook")], [Text(f"version {r.version}, reviewed {r.reviewed.isoformat()}")]],
        [[Strong("Content hash")], [Code(f"sha256:{r.content_hash}")]],
    ]
    if memo.kind == "trip" and memo.level is not None:
        worst = f"; worst leg {memo.worst_leg}" if memo.worst_leg else ""
        if memo.worst_known_leg:
            worst += f"; highest established level on leg {memo.worst_known_leg}"
        ceiling = memo.ceiling or memo.level
        tags = range_tags(memo.level, ceiling, ceiling == memo.level)
        rows.insert(0, [[Strong("Trip level")], [*tags, Text(worst)]])
    return rows


def _person(memo: Memo) -> list[Block]:
    out: list[Block] = [Heading(2, [Text("The person")])]
    if memo.redacted:
        out.append(Para([Text(memo.redaction_note or "Redacted.")], role="meta"))
        return out
    out.append(Bullets([[Strong(line.label + ": "), Text(line.value)] for line in memo.profile]))
    return out


def _summary(memo: Memo) -> list[Block]:
    place = "Leg" if memo.kind == "trip" else "Destination"
    rows: list[list[list[Inline]]] = []
    for s in memo.sections:
        where: list[Inline] = [Text(f"{s.destination_name} ({s.destination})")]
        if memo.kind == "trip":
            where.append(Text(f", {LEG_KINDS.get(s.leg_kind, s.leg_kind)}, {s.as_of.isoformat()}"))
        if s.worst:
            where.append(Strong(" (worst leg)"))
        ceiling = [level_tag(s.ceiling)] if not s.settled else [Text("same (settled)")]
        rows.append([[Text(str(s.number))], where, [level_tag(s.level)], ceiling, _main_reason(s)])
    intro = Para([Text(
        "Level: what the established facts alone give. Ceiling: the worst case, if every open question "
        "were answered against the person. Only a settled low is a sign of safety."
    )], role="meta")
    return [Heading(2, [Text("Summary")]), intro,
            Table(["No.", place, "Level", "Ceiling", "What sets the level"], rows)]


def _main_reason(s: MemoSection) -> list[Inline]:
    """What sets a level, pointing at the finding (and so at its citations) that says why."""
    for i, f in enumerate(s.findings, 1):
        if f.effect is Effect.RAISES and f.level == s.level:
            return [Text(f"{f.title} (finding {s.number}.{i})")]
    return [Text(s.main_reason)]


def _section(memo: Memo, s: MemoSection) -> list[Block]:
    label = f"Leg {s.number}" if memo.kind == "trip" else f"{s.number}."
    out: list[Block] = [
        Heading(2, [Text(f"{label} {s.destination_name} ({s.destination}): "),
                    *range_tags(s.level, s.ceiling, s.settled)],
                anchor=f"section-{s.number}")
    ]
    meta = f"As of {s.as_of.isoformat()}; {LEG_KINDS.get(s.leg_kind, s.leg_kind)}"
    if not s.researched:
        meta += "; not researched: unknown is not safe"
    if s.worst:
        meta += "; the worst leg of the trip"
    if s.research_total:
        meta += (f"; research checklist: {s.research_answered} of {s.research_total} answers for the states "
                 "that pursue the person")
    out.append(Para([Text(meta + ".")], role="meta"))
    if s.requesters:
        who = "; ".join(s.requesters)
        out.append(Para([Strong("States considered as requesters: "), Text(who + ".")], role="meta"))
    out.append(Heading(3, [Text("Findings, by what they risk")]))
    if not s.findings:
        none = "No rule matched." if s.researched else "Nothing is known about this destination."
        out.append(Para([Text(none)]))
    harm = None
    for i, f in enumerate(s.findings, 1):
        if f.harm_name != harm:
            harm = f.harm_name
            out.append(Heading(4, [Text(harm)]))
        out += _finding(s, i, f)
    if s.open_questions:
        head = "Open questions (missing research, not safety)"
        if not s.settled:
            head = (f"Open questions: what separates {s.level.value.upper()} from {s.ceiling.value.upper()} "
                    "(missing research, not safety)")
        out.append(Heading(3, [Text(head)]))
        out.append(Bullets([[Text(q.text)] for q in s.open_questions]))
    if s.caveats:
        out.append(Heading(3, [Text("Caveats")]))
        out.append(Bullets([_caveat(c.kind, c.text) for c in s.caveats]))
    return out


def _finding(s: MemoSection, i: int, f: MemoFinding) -> list[Block]:
    head: list[Inline] = [Text(f"{s.number}.{i} "), finding_tag(f), Text(" "), Strong(f.title)]
    body: list[Inline] = [Text(f.text)]
    if f.citations:
        body += [Text(" "), *cites(f.citations)]
    # With no rulebook fact, the engine grades a finding "established" (the profile is certain);
    # said so, lest a reader take it for a grade of the rule's own sources.
    graded = f.confidence.value if f.facts else f"{f.confidence.value} (rests on the profile; no graded fact)"
    detail = f"Confidence: {graded}; rule "
    tail: list[Inline] = [Text(detail), Code(f.rule_id)]
    if not f.citations and any(fact.citations for fact in f.facts):
        tail.append(Text(" (its wording cites no source of its own; the facts above carry the citations)"))
    if f.requester:
        tail.append(Text(f"; requester: {f.requester}"))
    tail.append(Text("."))
    if not f.citations and not any(fact.citations for fact in f.facts):
        # Said outright, so a reader does not look for a citation that is not there.
        body.append(Text(" (The rulebook cites no source for this finding: it rests on the profile's own entries "
                         "and the rule's reasoning.)"))
    out: list[Block] = [Para(head, role="finding-head"), Para(body, role="finding")]
    if f.facts:
        items = []
        for fact in f.facts:
            item: list[Inline] = [Text(fact.text)]
            if fact.citations:
                item += [Text(" "), *cites(fact.citations)]
            if fact.confidence is not None:
                item.append(Text(f" ({fact.confidence.value})"))
            items.append(item)
        out.append(Para([Text("It rests on these facts:")], role="finding"))
        out.append(Bullets(items, role="facts"))
    out.append(Para(tail, role="finding-meta"))
    return out


_CAVEAT_PREFIX = {
    CaveatKind.NOT_FORMALISED: "Not encoded in the rules: ",
    CaveatKind.DATA_AGE: "Data age: ",
}


def _caveat(kind: CaveatKind, text: str) -> list[Inline]:
    prefix = _CAVEAT_PREFIX.get(kind)
    return [Strong(prefix), Text(text)] if prefix else [Text(text)]


def _sources(sources: list[MemoSource]) -> list[Block]:
    out: list[Block] = [Heading(2, [Text("Sources")], anchor="sources")]
    if not sources:
        out.append(Para([Text("No finding cites a source.")]))
        return out
    out.append(
        Para(
            [Text("Each source's confidence is that of the facts that cite it (the weakest, where they differ): "
                  "established (treaty text, official record, court), reported (credible media or NGO), "
                  "unverified (a lead nobody has confirmed). A source cited only by a rule's own wording is not "
                  "graded. URLs are given for the reader; travelrisk never fetches them.")],
            role="meta",
        )
    )
    for s in sources:
        inlines: list[Inline] = [Cite(s.number), Text(f" {s.title}. {s.publisher}, {s.date.isoformat()}.")]
        if s.url:
            inlines += [Text(" "), Link(s.url)]
        graded = s.confidence.value if s.confidence else "not graded (cited by a rule's wording)"
        inlines.append(Text(f" Confidence: {graded}."))
        out.append(Para(inlines, role="source", anchor=f"source-{s.number}"))
    return out


def _about(memo: Memo) -> list[Block]:
    r = memo.rulebook
    return [
        Heading(2, [Text("About this memo")]),
        Para([Text(
            "Each level is the highest level of the findings that raise it; with none, it is low for a "
            "researched destination and unknown otherwise. Each ceiling is the highest level an open question "
            "could add (severe for a destination nobody researched): an empty list of precedents or treaties "
            "counts as a fact only where the rulebook records that someone looked. Every finding names the rule that made it, and "
            "every fact its source. A finding's wording is its rule's explanation, written by the "
            "rulebook's authors; where the rule cites no source of its own, the citations are on the facts "
            "it rests on. Caveats and open questions are what the rulebook does not know or does "
            "not encode: they carry no level and are not findings. To reproduce this memo, run travelrisk "
            f"with the same profile and travel date against rulebook version {r.version} "
            "with the content hash above."
        )]),
        Para([Strong(NOT_ADVICE)], role="notice"),
    ]
