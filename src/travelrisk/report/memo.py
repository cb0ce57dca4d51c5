"""A memo a lawyer can check: the data behind every report format.

One document model, :class:`Memo`, is built from one or more destination assessments (or a
trip's legs) and feeds every format: JSON is the model itself; Markdown and HTML are laid out
once (:mod:`travelrisk.report.layout`) and only spelled differently
(:mod:`travelrisk.report.formats`); the PDF is printed by Qt from the HTML
(``travelrisk_gui.pdf``). Nothing here imports Qt.

Sources are numbered once for the whole memo, in the order a reader meets them; two rulebook
entries for the same document (same title, publisher, date and URL) share a number. Given the
rulebook, each fact a finding rests on gets its own citation, so a reader can check every step.

``redact=True`` leaves out everything that identifies the person (see
:mod:`travelrisk.report.redaction` for what is replaced and what cannot be).

``lang="be"`` (``ru``, ``uk``) writes the memo in that language: its own words
(:mod:`travelrisk.language.report_words`), each finding's title and text (:func:`travelrisk.language.i18n.localise`),
country names, dates, and the engine's notes where their wording is known
(:mod:`travelrisk.report.notes`). Facts, research notes, precedents and sources stay in the
language they were written in, and the memo says so once. The numbering of sources does not
change with the language. The command line writes JSON in English only.

    memo = memo_for(profile, [assess(profile, "KZ")], rulebook=book)
    text = render_memo(memo, "md")           # or "html", "json"
    memo_ru = memo_for(profile, [assess(profile, "KZ")], rulebook=book, lang="ru")
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal, Protocol

from pydantic import Field, PrivateAttr

from ..model.assessment import Assessment, Caveat, CaveatKind, Finding, RulebookStamp
from ..language.i18n import Words, localise, words
from ..language.conditions import Context
from ..language.loader import load_rulebook
from ..model.levels import Level
from ..model.base import Model
from ..model.profile import Profile
from .formats import to_html, to_markdown
from .layout import layout
from .memo_model import (
    DISCLAIMER,
    FORMATS,
    NOT_ADVICE,
    TEXT_FORMATS,
    Memo,
    MemoFact,
    MemoFinding,
    MemoNote,
    MemoSection,
    MemoSource,
    ProfileLine,
)
from .notes import note_about, note_text
from .redaction import Redactor
from ..language.report_words import choice_label, reason
from ..language.rule import Effect
from ..language.rulebook import Rulebook
from ..model.sources import Confidence, Source, SourceKind, weakest

class TripLike(Protocol):
    """What a memo needs of ``travelrisk.engine.trip.TripAssessment``: the legs' assessments, the
    trip's level and its worst leg (a 0-based index, or the leg's assessment)."""

    @property
    def level(self) -> Level: ...

    @property
    def ceiling(self) -> Level: ...

    @property
    def legs(self) -> list[Assessment]: ...

    @property
    def worst_leg(self) -> int | Assessment | None: ...


def memo_for(
    profile: Profile,
    assessments: Sequence[Assessment],
    *,
    redact: bool = False,
    made_on: date | None = None,
    rulebook: Rulebook | None = None,
    lang: str = "en",
) -> Memo:
    """A memo for one or more destinations, in the order given, in ``lang`` (translations
    come from ``rulebook``, the bundled one if None)."""
    if not assessments:
        raise ValueError("a memo needs at least one assessment")
    return _build(profile, list(assessments), "destinations", redact, made_on, rulebook, lang)


def memo_for_trip(
    profile: Profile,
    trip: TripLike,
    *,
    redact: bool = False,
    made_on: date | None = None,
    rulebook: Rulebook | None = None,
    lang: str = "en",
) -> Memo:
    """A memo for a trip: one section a leg, the trip's level, and its worst leg named."""
    legs = list(trip.legs)
    if not legs:
        raise ValueError("a trip memo needs at least one leg")
    memo = _build(profile, legs, "trip", redact, made_on, rulebook, lang)
    worst = _leg_index(legs, trip.worst_leg)
    known = _leg_index(legs, getattr(trip, "worst_known_leg", None))
    sections = [s.model_copy(update={"worst": i == worst}) for i, s in enumerate(memo.sections)]
    return memo.model_copy(  # keeps the memo's words
        update={
            "level": trip.level,
            "ceiling": trip.ceiling,
            "worst_leg": None if worst is None else worst + 1,
            "worst_known_leg": None if known is None or known == worst else known + 1,
            "sections": sections,
        }
    )


def render_memo(memo: Memo, fmt: str) -> str:
    """The memo as Markdown (``md``), HTML (``html``) or JSON (``json``) text."""
    if fmt == "json":
        return memo.model_dump_json(indent=2) + "\n"
    blocks = layout(memo)
    if fmt == "md":
        return to_markdown(blocks)
    if fmt == "html":
        return to_html(blocks, title=memo.title, lang=memo.language)
    raise ValueError(f"{fmt!r} is not a text format (use one of {', '.join(TEXT_FORMATS)})")


def _leg_index(legs: list[Assessment], worst: object) -> int | None:
    """The position of a trip's worst leg, given as an index or as the leg's assessment."""
    if worst is None:
        return None
    if isinstance(worst, int) and not isinstance(worst, bool):
        return worst if 0 <= worst < len(legs) else None
    for i, leg in enumerate(legs):
        if leg is worst:
            return i
    for i, leg in enumerate(legs):
        if leg == worst:
            return i
    return None


#: The kinds of source a reader is told of beside the source (the others speak for themselves).
_MARKED = (SourceKind.STATE_MEDIA, SourceKind.MIRROR)


class _Numbering:
    """Source numbers for a whole memo, in reading order; one number a document."""

    def __init__(self, keep_ids: bool) -> None:
        self.keep_ids = keep_ids
        self.entries: dict[tuple, MemoSource] = {}

    def cite(self, source: Source, confidence: Confidence | None) -> int:
        key = (source.title, source.publisher, source.date, source.undated, source.url)
        entry = self.entries.get(key)
        if entry is None:
            entry = self.entries[key] = MemoSource(
                number=len(self.entries) + 1,
                title=source.title,
                publisher=source.publisher,
                date=source.date,
                undated=source.undated,
                url=source.url,
                via=source.via,
                kind=source.kind if source.kind in _MARKED else None,
                confidence=confidence,
            )
        elif confidence is not None:
            entry.confidence = confidence if entry.confidence is None else weakest([entry.confidence, confidence])
        if self.keep_ids and source.id and source.id not in entry.ids:
            entry.ids.append(source.id)
        return entry.number

    def cite_all(self, sources: Sequence[Source], confidence: Confidence | None) -> list[int]:
        return sorted(dict.fromkeys(self.cite(s, confidence) for s in sources))


def _build(
    profile: Profile,
    assessments: list[Assessment],
    kind: Literal["destinations", "trip"],
    redact: bool,
    made_on: date | None,
    rulebook: Rulebook | None,
    lang: str,
) -> Memo:
    w = Words(None)
    book = rulebook
    english = assessments  # a fact is matched to its sources by the text it was written in
    if lang != "en":
        if book is None:
            book = load_rulebook()
        w = words(book, lang)
        assessments = [localise(a, book, lang) for a in assessments]
    names = [a.destination_name for a in assessments]
    if kind == "trip":
        title = w.report("title_trip", legs=" → ".join(names))
    else:
        title = w.report("title", places=w.join(names))
    requesters = _requesters(assessments, w)
    redactor = Redactor(profile, list(requesters), {a.destination for a in assessments}, w) if redact else None
    numbering = _Numbering(keep_ids=not redact)
    sections = [
        _section(i + 1, a, e, profile, requesters, redactor, numbering, book, w)
        for i, (a, e) in enumerate(zip(assessments, english))
    ]
    memo = Memo(
        kind=kind,
        title=title,
        made_on=made_on or date.today(),
        as_of=list(dict.fromkeys(a.as_of for a in assessments)),
        rulebook=assessments[0].rulebook,
        redacted=redact,
        redaction_note=redactor.note() if redactor else None,
        profile=[] if redact else _profile_lines(profile, requesters, w),
        sections=sections,
        sources=list(numbering.entries.values()),
        disclaimer=f"{w.report('not_advice')} {w.report('disclaimer')}",
        language=w.lang,
    )
    if w.c is not None:
        memo._words = w
    return memo


def _requesters(assessments: list[Assessment], w: Words) -> dict[str, tuple[str, list[str]]]:
    """Every requesting state across the memo: code -> (name, reasons), in order met."""
    out: dict[str, tuple[str, list[str]]] = {}
    for a in assessments:
        for r in a.requesters:
            out.setdefault(r.state, (r.name, [reason(x, w) for x in r.reasons]))
    return out


def main_reason(a: Assessment, w: Words) -> str:
    """What sets an assessment's level: the title of the finding that does, or why none does."""
    for f in a.findings:
        if f.effect is Effect.RAISES and f.level == a.level:
            return f.title
    return w.report("reason_not_researched" if a.level is Level.UNKNOWN else "reason_no_rule")


def _section(
    number: int,
    a: Assessment,
    english: Assessment,
    profile: Profile,
    requesters: dict[str, tuple[str, list[str]]],
    redactor: Redactor | None,
    numbering: _Numbering,
    rulebook: Rulebook | None,
    w: Words,
) -> MemoSection:
    scrub = redactor.text if redactor else _same

    def note(c: Caveat) -> str:
        return c.text if rulebook is None else note_text(c, w, rulebook, a.destination)

    def caveat(c: Caveat) -> MemoNote:
        return MemoNote(kind=c.kind, text=note(c), citations=numbering.cite_all(c.sources, c.confidence),
                        about=note_about(c, w, a.destination))

    # The entry rules come first in the section (what the border asks of this traveller), so
    # their sources are numbered first; a redacted memo leaves them out (they are chosen by the
    # person's passports and name the person's state).
    entry = [caveat(c) for c in a.caveats if c.kind is CaveatKind.ENTRY and not redactor]
    findings = [_finding(f, e, a, profile, redactor, numbering, rulebook, w)
                for f, e in zip(a.findings, english.findings)]
    if redactor:
        pursuing = [redactor.state(code) for code in requesters]
    else:
        pursuing = [f"{name} ({code}): {'; '.join(reasons)}" for code, (name, reasons) in requesters.items()]
    main = main_reason(a, w)
    return MemoSection(
        number=number,
        destination=a.destination,
        destination_name=a.destination_name,
        leg_kind=a.leg_kind,
        as_of=a.as_of,
        level=a.level,
        ceiling=a.ceiling,
        settled=a.settled,
        research_answered=a.research.answered,
        research_total=a.research.total,
        researched=a.researched,
        main_reason=main,
        requesters=pursuing,
        findings=findings,
        # An open question is worked out for this person (it names their requester); the
        # other caveats are the rulebook's notes on the destination and rules, the same
        # for everyone, so they are kept word for word.
        open_questions=[
            MemoNote(kind=c.kind, text=scrub(note(c)), citations=numbering.cite_all(c.sources, None))
            for c in a.caveats if c.kind is CaveatKind.OPEN_QUESTION
        ],
        # A point the rulebook leaves open cites what it rests on, ungraded (it is a question).
        # A point about a pursuing state or its treaties is there because of who pursues the
        # person, and names that state in words no label replaces: a redacted memo leaves it out,
        # and the summary of what the research found too (it names the states that pursue people).
        caveats=entry + [caveat(c) for c in a.caveats
                         if c.kind not in (CaveatKind.OPEN_QUESTION, CaveatKind.ENTRY)
                         and not (redactor and (c.instrument or c.requester or c.kind is CaveatKind.SUMMARY))],
    )


def _finding(
    f: Finding,
    english: Finding,
    a: Assessment,
    profile: Profile,
    redactor: Redactor | None,
    numbering: _Numbering,
    rulebook: Rulebook | None,
    w: Words,
) -> MemoFinding:
    scrub = redactor.text if redactor else _same
    by_fact = _fact_sources(rulebook, profile, a, f) if rulebook is not None else None
    # ``f`` is the finding as shown (translated, perhaps); ``english`` the same finding as the
    # engine wrote it, whose facts the rule's evaluation names. Translation keeps their order.
    if by_fact is not None and len(english.facts) == len(f.facts) and all(t in by_fact for t in english.facts):
        cited_by_facts = {sid for t in english.facts for sid in by_fact[t][0]}
        own = [s for s in f.sources if s.id not in cited_by_facts]
        citations = numbering.cite_all(own, None)  # the rule's own sources: not graded
        facts = []
        for text, original in zip(f.facts, english.facts):
            ids, confidence = by_fact[original]
            sources = [s for s in f.sources if s.id in ids]
            facts.append(MemoFact(text=scrub(text), citations=numbering.cite_all(sources, confidence),
                                  confidence=confidence))
    else:
        # Without the rulebook (or if the facts cannot be matched), the finding cites every
        # source it rests on at once, graded as the finding is: less precise, never less complete.
        citations = numbering.cite_all(f.sources, f.confidence)
        facts = [MemoFact(text=scrub(t)) for t in f.facts]
    if f.requester is None:
        requester = None
    elif redactor:
        requester = redactor.state(f.requester)
    else:
        requester = w.country(f.requester)
    return MemoFinding(
        rule_id=f.rule_id,
        title=f.title,
        level=f.level,
        effect=f.effect,
        harm=f.harm,
        harm_name=f.harm_name,
        requester=requester,
        text=scrub(f.text),
        citations=citations,
        facts=facts,
        confidence=f.confidence,
    )


def _fact_sources(
    book: Rulebook, profile: Profile, a: Assessment, f: Finding
) -> dict[str, tuple[tuple[str, ...], Confidence]] | None:
    """Each fact's own sources and confidence, by evaluating the finding's rule again.

    A finding carries its facts as text and its sources all together; the rulebook knows
    which source backs which fact. None if the rule no longer matches (another rulebook)."""
    if f.rule_id not in {r.id for r in book.rules}:
        return None
    ctx = Context(book, profile, a.destination, book.countries.get(a.destination), f.requester, a.as_of, a.leg_kind)
    result = book.evaluator(f.rule_id)(ctx)
    if not result.truth:
        return None
    return {fact.text: (tuple(fact.sources), fact.confidence) for fact in result.facts}


def _profile_lines(profile: Profile, requesters: dict[str, tuple[str, list[str]]], w: Words) -> list[ProfileLine]:
    def state(code: str) -> str:
        return f"{w.country(code)} ({code})"

    def dated(text: str, key: str, day: date | None) -> str:
        return text + (f", {w.report(key, date=w.date(day))}" if day else "")

    exposure = sorted(choice_label("exposure", e.value, w) for e in profile.exposure)
    listings = [w.report("listing", state=state(x.state), kind=choice_label("listings.kind", x.kind.value, w),
                         certainty=choice_label("certainty", x.certainty.value, w)) for x in profile.listings]
    documents = [dated(w.report("document", kind=choice_label("documents.kind", d.kind.value, w),
                                state=state(d.issuer)), "document_expires", d.expires) for d in profile.documents]
    protections = [dated(w.report("protection", kind=choice_label("protections.kind", p.kind.value, w),
                                  state=state(p.state)), "protection_since", p.since) for p in profile.protections]
    pursuing = [f"{n} ({c}): {'; '.join(r)}" for c, (n, r) in requesters.items()]
    return [
        ProfileLine(label=w.report("citizenship"),
                    value=", ".join(state(c) for c in profile.citizenships) or w.report("none_given")),
        ProfileLine(label=w.report("residence"),
                    value=state(profile.residence) if profile.residence else w.report("not_given")),
        ProfileLine(label=w.report("exposure"), value=", ".join(exposure) or w.report("no_exposure")),
        ProfileLine(label=w.report("listed_by"), value="; ".join(listings) or w.report("no_listing")),
        ProfileLine(label=w.report("documents"), value="; ".join(documents) or w.report("none_given")),
        ProfileLine(label=w.report("protections"), value="; ".join(protections) or w.report("none_given")),
        ProfileLine(label=w.report("pursuing_states"), value="; ".join(pursuing) or w.report("no_pursuer")),
    ]


def _same(text: str) -> str:
    return text
