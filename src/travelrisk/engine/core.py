"""The engine: every rule, for every requester, against one destination on one date.

A matched rule is a finding; the level is the highest ``raises`` finding; with none, ``low``
for a researched destination and ``unknown`` otherwise. A rule whose condition is unknown
becomes an open question. Nothing here names a country or a treaty: that is all data.
"""

from __future__ import annotations

from datetime import date

from ..model.assessment import Assessment, Caveat, CaveatKind, Finding, RequesterBasis, ResearchSummary
from ..language.conditions import TRUE, Context, Evaluator, Result, combine
from ..language.loader import load_rulebook
from ..model.instrument import Instrument
from ..model.iso import all_codes, is_code, name as country_name
from ..model.levels import _RANK, Level, highest
from ..model.base import build
from ..model.profile import DocumentKind, Profile
from ..language.rule import Effect, Rule, placeholders_in
from ..language.rulebook import Rulebook
from ..model.sources import Confidence, Source, weakest
from ..language.report_words import REPORT

STALE_AFTER_DAYS = 180

#: The travel dates an answer can be given for: from the end of the Soviet Union, before
#: which none of the states in the rulebook existed as they do now, to the end of the century.
EARLIEST_DATE = date(1991, 12, 26)
LATEST_DATE = date(2100, 12, 31)


def check_date(on: date) -> date:
    """``on`` if travelrisk can answer for it, else a ValueError that says the range."""
    if not EARLIEST_DATE <= on <= LATEST_DATE:
        raise ValueError(f"{on} is outside the dates travelrisk answers for ({EARLIEST_DATE} to {LATEST_DATE})")
    return on


def _book(rulebook: Rulebook | None) -> Rulebook:
    book = rulebook
    if book is None:
        book = load_rulebook()
    if len(book.memo) > KEEP_ANSWERS or len(book.answers) > KEEP_ANSWERS:
        book.memo.clear()  # derived values only: a long session starts them again
        book.answers.clear()
    return book


def assess(
    profile: Profile,
    destination: str,
    *,
    on: date | None = None,
    rulebook: Rulebook | None = None,
    leg_kind: str = "entry",
) -> Assessment:
    """Assess one destination for one person, as of ``on`` (today by default)."""
    book = _book(rulebook)
    code = destination.upper()
    if not is_code(code):
        raise ValueError(f"{destination!r} is not an ISO 3166-1 alpha-2 country code")
    day = check_date(on or date.today())
    requesters = profile.requesters(book.requesters)
    active = _active_rules(book, profile, requesters, day, leg_kind)
    return _assess(book, profile, code, day, leg_kind, requesters, active)


def assess_world(
    profile: Profile, *, on: date | None = None, rulebook: Rulebook | None = None
) -> dict[str, Assessment]:
    """Assess every ISO 3166-1 country for one person, keyed by alpha-2 code."""
    book = _book(rulebook)
    day = check_date(on or date.today())
    requesters = profile.requesters(book.requesters)
    active = _active_rules(book, profile, requesters, day, "entry")
    return {code: _assess(book, profile, code, day, "entry", requesters, active) for code in all_codes()}


# A rule still in play for one requester: the rule, its gate's answer (None: it has no gate),
# what is left to ask of a destination (None: nothing), and whether that answer can be kept.
Active = tuple[Rule, "Result | None", "Evaluator | None", bool]

#: How many destination answers a rulebook keeps between calls (then it starts again).
KEEP_ANSWERS = 200_000


class ActiveRules:
    """The rules still in play for one requester (each an ``Active``): ``shared``, whose
    destination part reads nothing of the person, and ``own``, whose does. ``key`` stands
    for the gates' answers of the shared ones: with the destination, it decides their
    outcome, which is kept."""

    __slots__ = ("shared", "own", "key")

    def __init__(self) -> None:
        self.shared: list[Active] = []
        self.own: list[Active] = []
        self.key: int = 0


def _active_rules(
    book: Rulebook, profile: Profile, requesters: dict[str, list[str]], on: date, leg_kind: str
) -> dict[str | None, ActiveRules]:
    """For each requester, the rules that can still match, each with what is left to ask of
    a destination. The person-and-date part of every rule is evaluated once per call."""
    out: dict[str | None, ActiveRules] = {}
    index = book.memo.setdefault("gate-keys", {})
    for requester in list(requesters) or [None]:
        ctx = Context(book, profile, "", None, requester, on, leg_kind)
        rules = ActiveRules()
        keys: list[tuple] = []
        for rule in book.rules:
            gate, rest, shared = book.split(rule.id)
            if gate is None:
                known = None
            else:
                known = gate(ctx)
                if known.truth is False:
                    continue
                if known.truth and not (known.facts or known.instruments or known.precedents or known.shared):
                    known = TRUE  # nothing to carry into the finding: the rest decides alone
            if shared:
                rules.shared.append((rule, known, rest, shared))
                keys.append((rule.id, _gate_key(known)))
            else:
                rules.own.append((rule, known, rest, shared))
        # A small stand-in for the gates' answers, so each destination's lookup is cheap.
        rules.key = index.setdefault((requester, on, leg_kind, tuple(keys)), len(index))
        out[requester] = rules
    return out


def _gate_key(known: Result | None) -> tuple:
    if known is None or known is TRUE:
        return (known is None,)
    return (known.truth, tuple(known.facts), tuple(known.missing), tuple(known.instruments),
            tuple(map(id, known.precedents)), tuple(known.shared))


def _answer(cache: dict, active: Active, ctx: Context) -> Result:
    """A rule's answer for one destination. The destination part, where it reads nothing of
    the person, is the same for everyone on that date and kind of leg: it is kept."""
    rule, known, rest, shared = active
    if rest is None:
        assert known is not None
        return known
    if shared:
        key = (rule.id, ctx.requester, ctx.destination, ctx.on, ctx.leg_kind)
        r = cache.get(key)
        if r is None:
            r = cache[key] = rest(ctx)
    else:
        r = rest(ctx)
    if known is None or known is TRUE:
        return r
    return combine(known, r)


def _assess(
    book: Rulebook,
    profile: Profile,
    code: str,
    on: date,
    leg_kind: str,
    requesters: dict[str, list[str]],
    active: dict[str | None, ActiveRules],
) -> Assessment:
    country = book.countries.get(code)
    parts: list[tuple[str | None, Outcome, Outcome]] = []
    signature: list[tuple] = []
    for requester, rules in active.items():
        shared, own = _outcome(book, profile, code, country, requester, on, leg_kind, rules, book.answers)
        parts.append((requester, shared, own))
        signature.append((rules.key, tuple(map(id, own[0])), tuple((missing, rule.id) for missing, rule in own[1])))
    # What follows from the findings and open questions is the same for everyone whose rules
    # answered alike here (the gates' answers stand for the person): kept.
    today = date.today()
    key = ("assessed", code, on, leg_kind, today, tuple(requesters), tuple(signature))
    hit = book.memo.get(key)
    if hit is None:
        hit = book.memo[key] = _conclude(book, code, country, on, today, requesters, parts)
    findings, level, ceiling, before, after = hit
    return build(
        Assessment,
        destination=code,
        destination_name=country_name(code),
        as_of=on,
        leg_kind=leg_kind,
        level=level,
        ceiling=ceiling,
        settled=ceiling is level and level is not Level.UNKNOWN,
        researched=country is not None,
        residence=profile.residence == code,
        research=_research_summary(book, country, code, requesters),
        requesters=_bases(book, requesters),
        findings=list(findings),
        caveats=[*before, *_entry_notes(book, country, profile, on, leg_kind), *after],
        rulebook=book.stamp,
    )


# One requester's findings and open questions (each with its missing facts) at one destination.
Outcome = tuple[list[Finding], list[tuple[tuple[str, ...], Rule]]]
# An assessment's parts that follow from its outcomes: findings, level, ceiling, and the
# caveats before and after the entry notes.
Concluded = tuple[list[Finding], Level, Level, list[Caveat], list[Caveat]]


def _conclude(book: Rulebook, code: str, country, on: date, today: date, requesters: dict[str, list[str]],
              parts: list[tuple[str | None, Outcome, Outcome]]) -> Concluded:
    """The level, ceiling, findings and caveats that the requesters' outcomes give."""
    findings: list[Finding] = []
    # One question per requester, unknowns and level: a rule that could raise the level to
    # guarded is not listed under "could raise this to severe" beside one that could.
    questions: dict[tuple[str | None, tuple[str, ...], Level | None], list[Rule]] = {}
    seen_findings: set[tuple[str, str]] = set()
    for requester, *outcomes in parts:
        for found, asked in outcomes:
            for finding in found:
                if (finding.rule_id, finding.text) not in seen_findings:
                    seen_findings.add((finding.rule_id, finding.text))
                    findings.append(finding)
            for missing, rule in asked:
                raises = rule.level if rule.effect is Effect.RAISES else None
                questions.setdefault((requester, missing, raises), []).append(rule)
    before = [_open_question(book, rules, requester, missing) for (requester, missing, _), rules in questions.items()]
    before.sort(key=lambda c: -_RANK.get(c.level, -1))
    raised = [f.level for f in findings if f.effect is Effect.RAISES and f.level is not None]
    level = highest(raised) or (Level.LOW if country is not None else Level.UNKNOWN)
    ceiling = _ceiling(level, [c.level for c in before if c.level is not None], country is not None)
    if level is not Level.UNKNOWN:
        # "Could raise this to guarded" is false where the level is already elevated: what
        # such a question leaves open cannot change the answer.
        before = [c for c in before if c.level is None or c.level > level]
    if not requesters:
        # Nobody pursues the person, as far as the profile says: not safety, an empty form.
        level = ceiling = Level.UNKNOWN
        before.append(_no_requester(book))
    _sort_by_harm(book, findings)
    after = [
        *_research_caveats(book, code, country, on, today),
        *_instrument_points(book, code, tuple(requesters), tuple(i for f in findings for i in f.instruments)),
        *_requester_points(book, tuple(requesters)),
    ]
    for rule_id, text in dict.fromkeys((f.rule_id, f.not_formalised) for f in findings if f.not_formalised):
        after.append(_not_formalised(book, rule_id, text))
    return findings, level, ceiling, before, after


def _outcome(book: Rulebook, profile: Profile, code: str, country, requester: str | None, on: date,
             leg_kind: str, rules: ActiveRules, cache: dict) -> tuple[Outcome, Outcome]:
    """One requester's outcome at one destination: from the rules whose destination part reads
    nothing of the person beyond the gates (kept for the next call that asks), and from the
    others."""
    ctx = Context(book, profile, code, country, requester, on, leg_kind)
    key = ("outcome", code, rules.key)
    hit = cache.get(key)
    if hit is None:
        hit = cache[key] = _evaluate(cache, rules.shared, ctx)
    return hit, (_evaluate(cache, rules.own, ctx) if rules.own else _NOTHING)


_NOTHING: Outcome = ([], [])


def _evaluate(cache: dict, rules: list[Active], ctx: Context) -> tuple[list[Finding], list[tuple[tuple[str, ...], Rule]]]:
    found: list[Finding] = []
    asked: list[tuple[tuple[str, ...], Rule]] = []
    for entry in rules:
        result = _answer(cache, entry, ctx)
        truth = result.truth
        if truth:
            found.append(_finding(ctx.book, entry[0], ctx, result))
        elif truth is None:
            asked.append((tuple(dict.fromkeys(result.missing)), entry[0]))
    return found, asked


def _no_requester(book: Rulebook) -> Caveat:
    key = ("no-requester",)
    hit = book.memo.get(key)
    if hit is None:
        states = ", ".join(country_name(s) for s in sorted(book.requesters))
        hit = book.memo[key] = _caveat(
            CaveatKind.PROFILE,
            "Your profile names no state that pursues you: no listing, and no political exposure in a "
            f"country whose persecution abroad the rulebook covers ({states}). Until it does, no level "
            "means anything: an empty profile is not a safe one.",
        )
    return hit


def _sort_by_harm(book: Rulebook, findings: list[Finding]) -> None:
    """Findings grouped by harm, the gravest harm first (its highest raising level, then the
    order of the rulebook's harms); within a harm, raising findings first, highest first, and
    at one level what the destination has done (a finding naming precedents) before what it may
    do (a treaty), so that the main reason is the concrete one."""
    order = {h: i for i, h in enumerate(book.harms)}
    top: dict[str, int] = {}
    for f in findings:
        rank = f.level.rank if f.effect is Effect.RAISES and f.level is not None else -1
        top[f.harm] = max(top.get(f.harm, -1), rank)
    findings.sort(key=lambda f: (
        -top[f.harm], order.get(f.harm, len(order)), f.harm,
        f.effect is not Effect.RAISES, -(f.level.rank if f.level else -1), not f.items.get("precedents"),
    ))


def _ceiling(level: Level, possible: list[Level], researched: bool) -> Level:
    """The worst case: the highest of the level and every level an open question could give.
    Where nobody researched the destination, anything up to ``severe`` is possible."""
    if not researched:
        return Level.SEVERE
    return highest([level, *possible]) or level


def _research_summary(book: Rulebook, country, code: str, requesters: dict[str, list[str]]) -> ResearchSummary:
    """How much of the checklist the destination's records answer for these requesters."""
    key = ("research-summary", code, tuple(requesters))
    hit = book.memo.get(key)
    if hit is None:
        others = [r for r in requesters if r != code]
        items = len(book.checklist.items)
        records = [country.research[r] for r in others if country is not None and r in country.research]
        hit = book.memo[key] = build(
            ResearchSummary,
            answered=sum(book.checklist.answered(country, r) for r in others),
            total=items * len(others),
            reviewed=min((rec.reviewed for rec in records), default=None),
        )
    return hit


def _finding(book: Rulebook, rule: Rule, ctx: Context, result: Result) -> Finding:
    """The finding a matched rule makes (kept: the same answer makes the same finding)."""
    key = ("finding", rule.id, ctx.requester, ctx.destination, ctx.on, ctx.leg_kind, tuple(result.facts),
           tuple(result.instruments), tuple(map(id, result.precedents)), tuple(result.shared))
    hit = book.memo.get(key)
    if hit is None:
        hit = book.memo[key] = _make_finding(book, rule, ctx, result)
    return hit


def _make_finding(book: Rulebook, rule: Rule, ctx: Context, result: Result) -> Finding:
    facts = list(dict.fromkeys(result.facts)) if result.facts else []
    source_ids = list(dict.fromkeys([*rule.sources, *(s for f in facts for s in f.sources)]))
    wanted = _placeholders(book, rule)
    values: dict[str, str] = {}
    if "destination" in wanted:
        values["destination"] = ctx.destination
    if "destination_name" in wanted:
        values["destination_name"] = country_name(ctx.destination)
    if "requester" in wanted:
        values["requester"] = ctx.requester or ""
    if "requester_name" in wanted:
        values["requester_name"] = country_name(ctx.requester) if ctx.requester else "no state"
    if "as_of" in wanted:
        values["as_of"] = ctx.on.isoformat()
    if "leg_kind" in wanted:
        values["leg_kind"] = ctx.leg_kind.replace("_", " ")
    items: dict[str, list[str]] = {}
    # Each list of instruments comes with their ids (``<key>_ids``), for their names in another language.
    for key, ids in (("instruments", result.instruments), ("shared_instruments", result.shared)):
        if key in wanted:
            items[key + "_ids"] = list(dict.fromkeys(ids))
            items[key] = [book.instruments[i].name for i in items[key + "_ids"]]
            values[key] = _join(items[key]) or "no instrument"
    if "precedents" in wanted:
        items["precedents"] = [f"{p.who} ({p.date.year})" for p in result.precedents]
        values["precedents"] = _join(items["precedents"]) or "no precedent"
    return build(
        Finding,
        rule_id=rule.id,
        title=rule.title,
        requester=ctx.requester,
        level=rule.level,
        effect=rule.effect,
        harm=rule.harm,
        harm_name=book.harms[rule.harm].name,
        text=rule.text.format_map(values),
        facts=[f.text for f in facts],
        sources=[book.sources[s] for s in source_ids],
        confidence=weakest([f.confidence for f in facts]) if facts else Confidence.ESTABLISHED,
        instruments=list(dict.fromkeys([*result.instruments, *result.shared])),
        not_formalised=rule.not_formalised,
        values=values,
        items=items,
    )


def _not_formalised(book: Rulebook, rule_id: str, text: str) -> Caveat:
    """The same caveat for every destination a rule matches: made once, shared (read-only)."""
    key = ("not_formalised", rule_id, text)
    hit = book.memo.get(key)
    if hit is None:
        hit = book.memo[key] = _caveat(CaveatKind.NOT_FORMALISED, text, rule_id=rule_id)
    return hit


def _bases(book: Rulebook, requesters: dict[str, list[str]]) -> list[RequesterBasis]:
    """Who pursues the person and why: the same for every destination of one call."""
    key = ("bases", tuple((s, tuple(r)) for s, r in requesters.items()))
    hit = book.memo.get(key)
    if hit is None:
        hit = book.memo[key] = [
            build(RequesterBasis, state=s, name=country_name(s), reasons=list(r)) for s, r in requesters.items()
        ]
    return list(hit)


def _placeholders(book: Rulebook, rule: Rule) -> frozenset[str]:
    """The placeholders a rule's text uses: only those are computed for each finding."""
    key = ("placeholders", rule.id)
    hit = book.memo.get(key)
    if hit is None:
        hit = book.memo[key] = frozenset(placeholders_in(rule.text))
    return hit


def _open_question(book: Rulebook, rules: list[Rule], requester: str | None, missing: tuple[str, ...]) -> Caveat:
    """Rules that hinge on the same unresearched facts, as one question (kept: the same
    question for the same rules reads the same)."""
    key = ("question", tuple(r.id for r in rules), requester, missing)
    hit = book.memo.get(key)
    if hit is None:
        hit = book.memo[key] = _make_open_question(rules, requester, list(missing))
    return hit


def _make_open_question(rules: list[Rule], requester: str | None, missing: list[str]) -> Caveat:
    raising = [r for r in rules if r.effect is Effect.RAISES and r.level is not None]
    top = max(raising, key=lambda r: r.level.rank) if raising else rules[0]  # type: ignore[union-attr]
    who = f" for requests from {country_name(requester)}" if requester else ""
    head = f"Could raise this to {top.level.value}{who}" if raising else f"Could apply{who}"
    titles = "; ".join(f"'{r.title}'" for r in rules)
    text = f"{head}: {titles}. Depends on: " + "; ".join(missing) + "."
    return _caveat(
        CaveatKind.OPEN_QUESTION,
        text,
        rule_id=top.id,
        requester=requester,
        level=top.level if raising else None,
        missing=missing,
    )


def _caveat(
    kind: CaveatKind,
    text: str,
    *,
    rule_id: str | None = None,
    requester: str | None = None,
    level: Level | None = None,
    missing: list[str] | None = None,
    sources: list[Source] | None = None,
    about: str | None = None,
    instrument: str | None = None,
    confidence: Confidence | None = None,
) -> Caveat:
    return build(
        Caveat, kind=kind, text=text, rule_id=rule_id, requester=requester, level=level, missing=missing or [],
        sources=sources or [], about=about, instrument=instrument, confidence=confidence,
    )


#: The legs on which a traveller enters the destination, and so meets its entry rules.
_ENTERS = frozenset({"entry", "land_crossing"})


def _entry_notes(book: Rulebook, country, profile: Profile, on: date, leg_kind: str) -> list[Caveat]:
    """The destination's entry notes (visa regimes, documents, border rules) that hold on the
    travel date for a passport the person may travel on: one of their passports' issuers or
    one of their citizenships (a note that names no passport is for everyone). Only where the
    person enters the country: an airside transit or an overflight meets no entry rule."""
    if country is None or not country.entry or leg_kind not in _ENTERS:
        return []
    mine = {d.issuer for d in profile.documents if d.kind is DocumentKind.PASSPORT} | set(profile.citizenships)
    return [
        _caveat(CaveatKind.ENTRY, note.text,
                about=REPORT["caveat_entry_unconfirmed" if note.confidence is Confidence.UNVERIFIED else "caveat_entry"],
                sources=[book.sources[s] for s in note.sources], confidence=note.confidence)
        for note in country.entry
        if note.valid_on(on) and (not note.passports or mine & set(note.passports))
    ]


def _research_caveats(book: Rulebook, code: str, country, on: date, today: date) -> list[Caveat]:
    """What limits the answer for this destination; the same for every person, so memoised."""
    key = ("research", code, on, today)
    hit = book.memo.get(key)
    if hit is None:
        hit = book.memo[key] = _compute_research_caveats(book, code, country, on, today)
    return hit


def _compute_research_caveats(book: Rulebook, code: str, country, on: date, today: date) -> list[Caveat]:
    out: list[Caveat] = []
    if country is None:
        out.append(_caveat(
            CaveatKind.RESEARCH_DEPTH,
            f"{country_name(code)} has not been researched: no precedents, practice or entry "
            "rules are known, so its level is unknown unless a treaty alone raises it.",
        ))
    else:
        if country.summary:  # what the research found, as the destination's record says it
            out.append(_caveat(CaveatKind.SUMMARY, country.summary, about=REPORT["caveat_summary"],
                               sources=[book.sources[s] for s in country.sources]))
        text = f"Research depth: {country.depth.value}; reviewed {country.reviewed}."
        if country.searched:
            searched = country.searched.removeprefix("Searched:").strip()
            text += f" What was searched: {searched}"
        out.append(_caveat(CaveatKind.RESEARCH_DEPTH, text))
        out.extend(_caveat(CaveatKind.NOT_FORMALISED, q.text, about=country_name(code),
                           sources=[book.sources[s] for s in q.sources])
                   for q in country.questions)
    ahead = (on - book.info.reviewed).days
    if ahead > 365:
        out.append(_caveat(
            CaveatKind.DATA_AGE,
            f"Your travel date is {ahead // 365} year{'s' if ahead >= 730 else ''} after the rulebook's review "
            f"({book.info.reviewed}): nothing that happens after the review is known, and precedents older than "
            "five years by then no longer count. For that date this is a projection, not an answer.",
        ))
    age = (max(on, today) - book.info.reviewed).days
    if age > STALE_AFTER_DAYS:
        out.append(_caveat(
            CaveatKind.DATA_AGE,
            f"The rulebook was reviewed on {book.info.reviewed}, {age} days before this "
            "assessment: facts may have changed.",
        ))
    return out


def _instrument_points(book: Rulebook, code: str, requesters: tuple[str, ...], cited: tuple[str, ...]) -> list[Caveat]:
    """What the rulebook leaves open about the treaties between the destination and the states
    that pursue the person (whether one is in force, what it provides), and about the wider
    instruments the findings rest on, each once, memoised."""
    cited = tuple(sorted(set(cited)))
    key = ("instrument-points", code, requesters, cited)
    hit = book.memo.get(key)
    if hit is None:
        reach = _point_reach(book).get(code, ())
        points = {(inst.id, q.text): (inst, q) for r in requesters for inst in reach
                  for q in inst.open_points(code, r)}
        points.update({(i, q.text): (book.instruments[i], q) for i in cited for q in book.instruments[i].general_points()})
        hit = book.memo[key] = [
            _caveat(CaveatKind.NOT_FORMALISED, q.text, about=inst.name, instrument=inst.id,
                    sources=[book.sources[s] for s in q.sources])
            for inst, q in points.values()
        ]
    return hit


def _point_reach(book: Rulebook) -> dict[str, list[Instrument]]:
    """For each state, the instruments with open points that can bear at that destination (it
    is named by the instrument or by one of its points), in the rulebook's order: an
    all-countries assessment asks every instrument about every country only through this."""
    hit = book.memo.get("instrument-point-reach")
    if hit is None:
        hit = book.memo["instrument-point-reach"] = {}
        for inst in book.instruments.values():
            if inst.questions:
                for state in inst.states().union(*(q.states for q in inst.questions)):
                    hit.setdefault(state, []).append(inst)
    return hit


def _requester_points(book: Rulebook, requesters: tuple[str, ...]) -> list[Caveat]:
    """What the rulebook leaves open about the states that pursue the person (how many people
    they list, what Interpol does with their requests): the same at every destination."""
    key = ("requester-points", requesters)
    hit = book.memo.get(key)
    if hit is None:
        hit = book.memo[key] = [
            _caveat(CaveatKind.NOT_FORMALISED, q.text, about=country_name(r), requester=r,
                    sources=[book.sources[s] for s in q.sources])
            for r in requesters if r in book.requesters for q in book.requesters[r].questions
        ]
    return hit


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def rulebook_age_days(book: Rulebook, today: date | None = None) -> int:
    """How old the rulebook's review is; over STALE_AFTER_DAYS, the programs warn."""
    return ((today or date.today()) - book.info.reviewed).days



def rulebook_notices(book: "Rulebook", today: date | None = None) -> list[str]:
    """What a UI must say next to any level from this rulebook: "unsigned data", and a
    warning when it is more than ``STALE_AFTER_DAYS`` old."""
    notes: list[str] = []
    if getattr(book, "signed", None) is False:
        notes.append(
            f"unsigned data: the rulebook in use (version {book.info.version}) was imported without a "
            "signature this travelrisk can verify; whoever handled the pack could have changed its levels"
        )
    age = rulebook_age_days(book, today)
    if age > STALE_AFTER_DAYS:
        notes.append(
            f"the rulebook in use was reviewed on {book.info.reviewed}, {age} days ago (more than "
            f"{STALE_AFTER_DAYS}): facts may have changed; import a newer signed rule pack"
        )
    return notes
