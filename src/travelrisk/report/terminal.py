"""Assessments as text for a terminal: the level first, then each finding with its sources."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.assessment import Assessment, Caveat, CaveatKind, RulebookStamp
from ..model.levels import Effect, Level
from ..language.report_words import reason
from ..model.sources import Source, SourceKind, is_address
from .safe_text import SafeStream, printable  # noqa: F401 - their old home; the cli imports safe_text

if TYPE_CHECKING:
    from ..language.i18n import Words
    from ..language.rulebook import Rulebook


def level_label(level: Level) -> str:
    return level.value.upper()


def source_line(n: int, s: Source, confidence: str | None = None, w: "Words | None" = None) -> str:
    """``[n] title — publisher — date <url>``, then how a weak source was read: in a copy
    (where), or as a state's own media, or as a copy whose original was not found."""
    if w is None and (s.undated or s.via or s.kind in (SourceKind.STATE_MEDIA, SourceKind.MIRROR)):
        from ..language.i18n import Words  # deferred: the catalogues load only when text is rendered

        w = Words(None)
    bits = [f"[{n}] {s.title}", s.publisher, w.source_date(s) if s.undated else s.date.isoformat()]
    line = " — ".join(bits)
    if s.url:
        line += f" <{s.url}>"
    marks = []
    if s.via:
        via = f"<{s.via}>" if is_address(s.via) else s.via
        marks.append(w.phrase("source_copy", "read in a copy: {via}", via=via))
    if s.kind is SourceKind.STATE_MEDIA:
        marks.append(w.phrase("source_state_media", "state media"))
    elif s.kind is SourceKind.MIRROR:
        marks.append(w.phrase("source_mirror", "a copy; its original was not found"))
    if marks:
        line += " (" + "; ".join(marks) + ")"
    return line


def research_line(a: Assessment, w: Words | None = None) -> str | None:
    """How much of the research checklist stands behind the answer, in one line."""
    from ..language.i18n import Words  # deferred: the catalogues load only when text is rendered

    w = w or Words(None)
    r = a.research
    if not a.requesters or r.total == 0:
        return None
    who = ", ".join(p.name for p in a.requesters if p.state != a.destination)
    line = w.phrase("research", "Research: {answered} of {total} checklist answers for {who}",
                    answered=r.answered, total=r.total, who=who)
    if r.reviewed:
        # the oldest review of these records: the destination's own review date is in its caveat
        line += "; " + w.phrase("reviewed", "answers reviewed {date} or later", date=w.date(r.reviewed))
    return line


def range_text(a: Assessment, w: Words | None = None) -> str:
    """``LOW – could be HIGH (2 open questions)``, in the reader's language."""
    if w is None or w.c is None:
        return a.range_text
    head = w.level(a.level.value)
    if a.settled:
        return head
    if a.ceiling is Level.UNKNOWN:
        return a.range_text.replace(a.level.value.upper(), head, 1)
    text = w.phrase("range", "{level} – could be {ceiling}", level=head, ceiling=w.level(a.ceiling.value))
    n = len(a.open_questions)
    return text + (" " + w.phrase("open_count", "({n} open questions)", n=n) if n else "")


def render(a: Assessment, *, verbose: bool = True, words: Words | None = None, book: "Rulebook | None" = None) -> str:
    """An assessment for a terminal; with ``words`` (see ``i18n``), in their language (the
    assessment itself already localised with ``i18n.localise``); with ``book`` too, the
    engine's notes (open questions, caveats) as well, where their shape is known."""
    from ..language.i18n import Words  # deferred: the catalogues load only when text is rendered

    w = words or Words(None)
    out: list[str] = []
    where = f"{a.destination_name} ({a.destination})"
    kind = "" if a.leg_kind == "entry" else f" [{w.leg_kind(a.leg_kind)}]"
    home = ", " + w.phrase("where_you_live", "where you live") if a.residence else ""
    out.append(f"{range_text(a, w)}  {where}{home}{kind}  " + w.phrase("as_of", "as of {date}", date=w.date(a.as_of)))
    if a.requesters:
        out.append(
            w.phrase("pursued_by", "Pursued by") + ": "
            + "; ".join(f"{r.name} ({', '.join(reason(x, w) for x in r.reasons)})" for r in a.requesters)
        )
    research = research_line(a, w)
    if research:
        out.append(research)
    numbers: dict[str, int] = {}
    sources: list[Source] = []

    def cite(cited: list[Source]) -> str:
        """``[1][3]``: each source numbered once, in the order a reader meets it."""
        for s in cited:
            if s.id not in numbers:
                numbers[s.id] = len(sources) + 1
                sources.append(s)
        return "".join(f"[{numbers[s.id]}]" for s in cited)

    for f in a.findings:
        cite(f.sources)
    if a.findings:
        out.append("")
        out.append(w.phrase("findings", "Findings, by what they risk"))
        for harm, findings in a.by_harm():
            out.append(f"  {harm}")
            for f in findings:
                tag = (w.level(f.level.value) if f.effect is Effect.RAISES and f.level
                       else w.effect(f.effect.value, f.effect.label))
                refs = "".join(f"[{numbers[s.id]}]" for s in f.sources)
                out.append(f"    {tag:12} {f.title} {refs}".rstrip())
                out.append(f"                 {f.text}")
                if verbose:
                    for fact in f.facts:
                        out.append(f"                 · {fact}")
                    out.append("                 " + w.phrase(
                        "confidence_rule", "confidence: {confidence}; rule {rule}",
                        confidence=w.confidence(f.confidence.value), rule=f.rule_id))
    elif a.requesters:
        out.append("")
        out.append(w.phrase("no_rule_matched", "No rule matched.") if a.researched
                   else w.phrase("nothing_known", "Nothing is known about this destination."))
    def note(c: Caveat) -> str:
        """The note, headed by what it is about where the rulebook records it as an open point."""
        if book is None or w.c is None:
            return f"{c.about}: {c.text}" if c.about else c.text
        from .notes import note_about, note_text  # deferred: the catalogues load only when text is rendered

        about = note_about(c, w, a.destination)
        text = note_text(c, w, book, a.destination)
        return f"{about}: {text}" if about else text

    questions = [c for c in a.caveats if c.kind is CaveatKind.OPEN_QUESTION]
    # --brief leaves out the summary of what the research found (a paragraph; the rest says why)
    other = [c for c in a.caveats if c.kind is not CaveatKind.OPEN_QUESTION
             and (verbose or c.kind is not CaveatKind.SUMMARY)]
    if questions and (verbose or not a.settled):
        out.append("")
        if a.settled:
            out.append(w.phrase("questions_settled", "Open questions (missing research, not safety)"))
        else:
            out.append(w.phrase("questions_range",
                                "Open questions: what separates {level} from {ceiling} (missing research, not safety)",
                                level=w.level(a.level.value), ceiling=w.level(a.ceiling.value)))
        out.extend(f"  ? {note(c)} {cite(c.sources)}".rstrip() for c in questions)
    if other:
        out.append("")
        out.append(w.phrase("caveats", "Caveats"))
        out.extend(f"  ! {note(c)} {cite(c.sources)}".rstrip() for c in other)
    if sources:
        out.append("")
        out.append(w.phrase("sources", "Sources"))
        out.extend("  " + source_line(numbers[s.id], s, w=w) for s in sources)
    out.extend(footer(a.rulebook, w))
    return "\n".join(out)


def footer(r: RulebookStamp, w: "Words") -> list[str]:
    """The lines that close an answer: which rulebook gave it, and that it is not advice."""
    out = ["", w.phrase("rulebook", "Rulebook {version}, reviewed {reviewed}, sha256 {hash}…",
                        version=r.version, reviewed=w.date(r.reviewed), hash=r.content_hash[:16])]
    if w.c is not None:
        out.append(w.phrase("source_language", "Research notes, the descriptions of precedents and sources are "
                                               "shown in the language they were written in."))
    out.append(w.phrase("not_advice", "This is information, not legal advice."))
    return out


SORTS = ("level", "ceiling", "name")


def world_table(world: dict[str, Assessment], sort: str = "level", words: Words | None = None) -> str:
    """One line a country. ``level`` sorts by the established level, then the ceiling;
    ``ceiling`` by the worst case, then the level; ``name`` alphabetically. A level of
    ``unknown`` sorts below ``low``: never mixed with it, since its ceiling says the rest."""

    def rank(level: Level) -> int:
        return level.rank if level is not Level.UNKNOWN else -1

    keys = {
        "level": lambda a: (-rank(a.level), -rank(a.ceiling), a.destination_name),
        "ceiling": lambda a: (-rank(a.ceiling), -rank(a.level), a.destination_name),
        "name": lambda a: (a.destination_name,),
    }
    rows = sorted(world.values(), key=keys[sort])
    counts: dict[str, int] = {}
    unsettled = 0
    for a in rows:
        counts[a.level.value] = counts.get(a.level.value, 0) + 1
        unsettled += not a.settled
    shown = {a.destination: range_text(a, words) for a in rows}
    width = max((len(s) for s in shown.values()), default=9)
    lines = [f"{shown[a.destination]:{width}}  {a.destination}  {a.destination_name[:32]:32}  {a.main_reason}"
             for a in rows]
    summary = ", ".join(f"{counts[lv.value]} {lv.value}" for lv in Level if lv.value in counts)
    lines.append("")
    lines.append(f"{len(rows)} countries by level: {summary}; {unsettled} could be worse than their level "
                 "(open questions or not researched)")
    return "\n".join(lines)
