"""A memo laid out as blocks: what is said, in what order, with which citations.

Every text format is spelled from these blocks (:mod:`travelrisk.report.formats`), so the
wording and the order live here once and Markdown, HTML and the PDF cannot drift apart. The
words are the memo's language's (``memo.words``; English in :mod:`travelrisk.language.report_words`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from ..model.assessment import CaveatKind
from ..language.i18n import Words, full_stop
from ..model.levels import Level
from ..model.sources import SourceKind, is_address
from .memo_model import Memo, MemoFinding, MemoNote, MemoSection, MemoSource
from ..language.report_words import REPORT
from ..language.rule import Effect


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


def level_tag(level: Level, w: Words | None = None) -> Tag:
    return Tag(w.level(level.value) if w else level.value.upper(), level.value)


def range_tags(level: Level, ceiling: Level, settled: bool, w: Words | None = None) -> list[Inline]:
    """``LOW`` when settled; ``LOW – could be SEVERE`` when open questions separate them."""
    w = w or Words(None)
    if settled:
        return [level_tag(level, w)]
    return [level_tag(level, w), Text(f" – {w.report('could_be')} "), level_tag(ceiling, w)]


def finding_tag(f: MemoFinding, w: Words | None = None) -> Tag:
    w = w or Words(None)
    if f.effect is Effect.RAISES and f.level is not None:
        return level_tag(f.level, w)
    return Tag(w.effect(f.effect.value, f.effect.label), f.effect.value)


def cites(numbers: list[int]) -> list[Inline]:
    return [Cite(n) for n in numbers]


def leg_kind(kind: str, w: Words) -> str:
    """A leg's kind as the memo says it: ``transit (airside, no passport control)``."""
    return w.report(f"leg_{kind}") if f"leg_{kind}" in REPORT else kind


def layout(memo: Memo) -> list[Block]:
    """The memo, top to bottom."""
    w = memo.words
    not_advice = w.report("not_advice")
    blocks: list[Block] = [Heading(1, [Text(memo.title)])]
    blocks.append(Table(["", ""], _stamp_rows(memo, w), role="meta"))
    rest = memo.disclaimer.removeprefix(not_advice).strip()
    blocks.append(Para([Strong(not_advice), Text(" " + rest)] if rest else [Strong(memo.disclaimer)], role="notice"))
    if w.c is not None:  # said once, in the reader's language
        blocks.append(Para([Text(w.report("source_language"))], role="meta"))
    blocks += _person(memo, w)
    blocks += _summary(memo, w)
    for section in memo.sections:
        blocks += _section(memo, section, w)
    blocks += _sources(memo.sources, w)
    blocks += _about(memo, w)
    return blocks


def _stamp_rows(memo: Memo, w: Words) -> list[list[list[Inline]]]:
    r = memo.rulebook
    dates = ", ".join(w.date(d) for d in memo.as_of)
    rows = [
        [[Strong(w.report("made_on"))], [Text(w.date(memo.made_on))]],
        [[Strong(w.report("as_of"))], [Text(w.report("as_of_note", dates=dates))]],
        [[Strong(w.report("rulebook"))],
         [Text(w.report("rulebook_version", version=r.version, reviewed=w.date(r.reviewed)))]],
        [[Strong(w.report("content_hash"))], [Code(f"sha256:{r.content_hash}")]],
    ]
    if memo.kind == "trip" and memo.level is not None:
        worst = f"; {w.report('trip_worst_leg', n=memo.worst_leg)}" if memo.worst_leg else ""
        if memo.worst_known_leg:
            worst += f"; {w.report('trip_worst_known_leg', n=memo.worst_known_leg)}"
        ceiling = memo.ceiling or memo.level
        tags = range_tags(memo.level, ceiling, ceiling == memo.level, w)
        rows.insert(0, [[Strong(w.report("trip_level"))], [*tags, Text(worst)]])
    return rows


def _person(memo: Memo, w: Words) -> list[Block]:
    out: list[Block] = [Heading(2, [Text(w.report("the_person"))])]
    if memo.redacted:
        out.append(Para([Text(memo.redaction_note or w.report("redacted"))], role="meta"))
        return out
    out.append(Bullets([[Strong(line.label + ": "), Text(line.value)] for line in memo.profile]))
    return out


def _summary(memo: Memo, w: Words) -> list[Block]:
    place = w.report("col_leg" if memo.kind == "trip" else "col_destination")
    rows: list[list[list[Inline]]] = []
    for s in memo.sections:
        where: list[Inline] = [Text(f"{s.destination_name} ({s.destination})")]
        if memo.kind == "trip":
            where.append(Text(f", {leg_kind(s.leg_kind, w)}, {w.date(s.as_of)}"))
        if s.worst:
            where.append(Strong(" " + w.report("worst_leg_mark")))
        ceiling = [level_tag(s.ceiling, w)] if not s.settled else [Text(w.report("same_settled"))]
        rows.append([[Text(str(s.number))], where, [level_tag(s.level, w)], ceiling, _main_reason(s, w)])
    intro = Para([Text(w.report("summary_intro"))], role="meta")
    head = [w.report(k) for k in ("col_number", "col_level", "col_ceiling", "col_reason")]
    return [Heading(2, [Text(w.report("summary"))]), intro, Table([head[0], place, *head[1:]], rows)]


def _main_reason(s: MemoSection, w: Words) -> list[Inline]:
    """What sets a level, pointing at the finding (and so at its citations) that says why."""
    for i, f in enumerate(s.findings, 1):
        if f.effect is Effect.RAISES and f.level == s.level:
            return [Text(w.report("finding_ref", title=f.title, n=f"{s.number}.{i}"))]
    return [Text(s.main_reason)]


def _section(memo: Memo, s: MemoSection, w: Words) -> list[Block]:
    label = w.report("section_leg", n=s.number) if memo.kind == "trip" else f"{s.number}."
    out: list[Block] = [
        Heading(2, [Text(f"{label} {s.destination_name} ({s.destination}): "),
                    *range_tags(s.level, s.ceiling, s.settled, w)],
                anchor=f"section-{s.number}")
    ]
    meta = [w.report("section_as_of", date=w.date(s.as_of)), leg_kind(s.leg_kind, w)]
    if not s.researched:
        meta.append(w.report("section_not_researched"))
    if s.worst:
        meta.append(w.report("section_worst"))
    if s.research_total:
        meta.append(w.report("section_research", answered=s.research_answered, total=s.research_total))
    out.append(Para([Text("; ".join(meta) + ".")], role="meta"))
    if s.requesters:
        who = "; ".join(s.requesters)
        out.append(Para([Strong(w.report("requesters_considered") + ": "), Text(who + ".")], role="meta"))
    entry = [c for c in s.caveats if c.kind is CaveatKind.ENTRY]
    if entry:  # what the border asks of this traveller, before the findings
        out.append(Heading(3, [Text(w.report("caveat_entry"))]))
        out.append(Bullets([[*_entry(c, w), *_cited(c.citations)] for c in entry]))
    out.append(Heading(3, [Text(w.report("findings"))]))
    if not s.findings:
        out.append(Para([Text(w.report("no_rule_matched" if s.researched else "nothing_known"))]))
    harm = None
    for i, f in enumerate(s.findings, 1):
        if f.harm_name != harm:
            harm = f.harm_name
            out.append(Heading(4, [Text(harm)]))
        out += _finding(s, i, f, w)
    if s.open_questions:
        head = w.report("open_questions")
        if not s.settled:
            head = w.report("open_questions_range", level=w.level(s.level.value), ceiling=w.level(s.ceiling.value))
        out.append(Heading(3, [Text(head)]))
        out.append(Bullets([[Text(q.text), *_cited(q.citations)] for q in s.open_questions]))
    rest = [c for c in s.caveats if c.kind is not CaveatKind.ENTRY]
    if rest:
        out.append(Heading(3, [Text(w.report("caveats"))]))
        out.append(Bullets([[*_caveat(c, w), *_cited(c.citations)] for c in rest]))
    return out


def _finding(s: MemoSection, i: int, f: MemoFinding, w: Words) -> list[Block]:
    head: list[Inline] = [Text(f"{s.number}.{i} "), finding_tag(f, w), Text(" "), Strong(f.title)]
    body: list[Inline] = [Text(f.text)]
    if f.citations:
        body += [Text(" "), *cites(f.citations)]
    # With no rulebook fact, the engine grades a finding "established" (the profile is certain);
    # said so, lest a reader take it for a grade of the rule's own sources.
    confidence = w.confidence(f.confidence.value)
    graded = confidence if f.facts else w.report("profile_graded", confidence=confidence)
    tail: list[Inline] = [Text(w.report("confidence_rule", confidence=graded) + " "), Code(f.rule_id)]
    if not f.citations and any(fact.citations for fact in f.facts):
        tail.append(Text(" " + w.report("facts_cite")))
    if f.requester:
        tail.append(Text("; " + w.report("finding_requester", requester=f.requester)))
    tail.append(Text("."))
    if not f.citations and not any(fact.citations for fact in f.facts):
        # Said outright, so a reader does not look for a citation that is not there.
        body.append(Text(" " + w.report("no_source")))
    out: list[Block] = [Para(head, role="finding-head"), Para(body, role="finding")]
    if f.facts:
        items = []
        for fact in f.facts:
            item: list[Inline] = [Text(fact.text)]
            if fact.citations:
                item += [Text(" "), *cites(fact.citations)]
            if fact.confidence is not None:
                item.append(Text(f" ({w.confidence(fact.confidence.value)})"))
            items.append(item)
        out.append(Para([Text(w.report("rests_on"))], role="finding"))
        out.append(Bullets(items, role="facts"))
    out.append(Para(tail, role="finding-meta"))
    return out


_CAVEAT_PREFIX = {
    CaveatKind.NOT_FORMALISED: "caveat_not_formalised",
    CaveatKind.DATA_AGE: "caveat_data_age",
}


def _cited(numbers: list[int]) -> list[Inline]:
    return [Text(" "), *cites(numbers)] if numbers else []


def _caveat(c: MemoNote, w: Words) -> list[Inline]:
    """A caveat headed by what it is about (an open point the rulebook records), else by its kind."""
    prefix = c.about if c.about else w.report(_CAVEAT_PREFIX[c.kind]) if c.kind in _CAVEAT_PREFIX else None
    return [Strong(prefix + ": "), Text(c.text)] if prefix else [Text(c.text)]


def _entry(c: MemoNote, w: Words) -> list[Inline]:
    """An entry rule under its own heading: marked only when unconfirmed."""
    if c.about and c.about != w.report("caveat_entry"):
        return [Strong(c.about + ": "), Text(c.text)]
    return [Text(c.text)]


def _sources(sources: list[MemoSource], w: Words) -> list[Block]:
    out: list[Block] = [Heading(2, [Text(w.report("sources"))], anchor="sources")]
    if not sources:
        out.append(Para([Text(w.report("no_sources"))]))
        return out
    out.append(Para([Text(w.report("sources_intro"))], role="meta"))
    for s in sources:
        inlines: list[Inline] = [Cite(s.number), Text(f" {s.title}. {s.publisher}, {full_stop(w.source_date(s) + '.')}")]
        if s.url:
            inlines += [Text(" "), Link(s.url)]
        inlines += _read_how(s, w)
        graded = w.confidence(s.confidence.value) if s.confidence else w.report("not_graded")
        inlines.append(Text(" " + w.report("source_confidence", confidence=graded)))
        out.append(Para(inlines, role="source", anchor=f"source-{s.number}"))
    return out


def _read_how(s: MemoSource, w: Words) -> list[Inline]:
    """What a lawyer checking the source should know first: that it was read in a copy (and
    where), that it is a state's own media, or a copy whose original was not found."""
    out: list[Inline] = []
    if s.via:
        out += [Text(" " + w.report("source_copy") + " "),
                Link(s.via) if is_address(s.via) else Text(full_stop(s.via + "."))]
    if s.kind is SourceKind.STATE_MEDIA:
        out.append(Text(" " + w.report("source_state_media")))
    elif s.kind is SourceKind.MIRROR:
        out.append(Text(" " + w.report("source_mirror")))
    return out


def _about(memo: Memo, w: Words) -> list[Block]:
    return [
        Heading(2, [Text(w.report("about"))]),
        Para([Text(w.report("about_text", version=memo.rulebook.version))]),
        Para([Strong(w.report("not_advice"))], role="notice"),
    ]
