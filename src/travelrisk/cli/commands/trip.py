"""``travelrisk trip``: a journey leg by leg, each leg's level first, the worst leg named.

    travelrisk trip --profile me.json --legs "LT>TR:transit>GE" [--on DATE] [--json] [--detail]
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..common import BadInput, OK, common_options, lang_option, language, load, read_profile

if TYPE_CHECKING:
    from ...model.assessment import Assessment
    from ...language.i18n import Words
    from ...language.rulebook import Rulebook
    from ...model.sources import Source
    from ...engine.trip import TripAssessment

LEGS_HELP = (
    'countries in order, separated by ">"; the first is where you start. Add ":transit", '
    '":overflight" or ":land" for how a leg is crossed (default: you enter) and "@YYYY-MM-DD" '
    'for its date (default: --on), e.g. "LT>TR:transit>GE@2026-12-03"'
)


def register(groups: dict[str, Any]) -> None:
    sp = groups["root"].add_parser(
        "trip", help="a journey leg by leg: departure, transits, overflights, land crossings, entry"
    )
    common_options(sp)
    sp.add_argument("--legs", required=True, metavar="LEGS", help=LEGS_HELP)
    sp.add_argument("--detail", action="store_true", help="each leg in full: facts, open questions, caveats")
    lang_option(sp)
    sp.set_defaults(handler=run_trip)


def run_trip(args: argparse.Namespace) -> int:
    from ...engine.trip import Trip, assess_trip, parse_legs

    book = load(args.rules)  # primes the ISO code table the legs are checked against
    profile = read_profile(args.profile)
    try:
        trip = Trip(legs=parse_legs(args.legs))
    except ValueError as exc:
        raise BadInput(f"--legs {args.legs!r}: {exc}") from None
    result = assess_trip(profile, trip, on=args.on, rulebook=book)
    if args.json:
        print(result.model_dump_json(indent=2))  # the same in every language
    else:
        from ...language.i18n import localise, words

        lang = language(args)
        if lang != "en":
            result = result.model_copy(update={"legs": [localise(a, book, lang) for a in result.legs]})
        print(render_trip(result, detail=args.detail, words=words(book, lang), book=book))
    return OK


def render_trip(result: "TripAssessment", *, detail: bool = False, words: "Words | None" = None,
                book: "Rulebook | None" = None) -> str:
    """The trip as text: its level and worst leg, then each leg (level first) with its main
    findings; sources numbered once for the whole trip. With ``words`` (see ``i18n``), in their
    language (the legs already localised with ``i18n.localise``)."""
    from ...language.i18n import Words
    from ...model.levels import Level
    from ...language.report_words import reason
    from ...report.terminal import footer, render, source_line

    w = words or Words(None)
    legs = result.legs
    numbers: dict[str, int] = {}
    sources: list[Source] = []
    for a in legs:
        for f in a.findings:
            for s in f.sources:
                if s.id not in numbers:
                    numbers[s.id] = len(sources) + 1
                    sources.append(s)

    head = w.level(result.level.value)
    if not result.settled:
        head = w.phrase("range", "{level} – could be {ceiling}", level=head, ceiling=w.level(result.ceiling.value))
    out = [f"{head}  {w.trip('trip')}: " + " → ".join(_short(a, w) for a in legs)]
    out.extend(_verdict(result, w))
    if legs[0].requesters:
        out.append(w.phrase("pursued_by", "Pursued by") + ": " + "; ".join(
            f"{r.name} ({', '.join(reason(x, w) for x in r.reasons)})" for r in legs[0].requesters))
    for i, a in enumerate(legs):
        out.append("")
        mark = f"   {w.trip('worst_mark')}" if i == result.worst_leg else ""
        out.append(f"{i + 1}. {range_text(a, w)}  {_where(a, w)}, {w.date(a.as_of)}{mark}")
        out.extend(_leg_lines(a, numbers, w))
        if a.level is Level.UNKNOWN and not a.researched:
            out.append("   " + w.trip("not_researched"))
    if sources:
        out.append("")
        out.append(w.phrase("sources", "Sources"))
        out.extend("  " + source_line(numbers[s.id], s, w=w) for s in sources)
    out.extend(footer(legs[0].rulebook, w))
    if detail:
        for i, a in enumerate(legs):
            out.append("")
            out.append(f"─── {w.trip('leg_in_full', n=i + 1)} " + "─" * 40)
            out.append(render(a, verbose=True, words=w, book=book))
    return "\n".join(out)


def range_text(a: "Assessment", w: "Words") -> str:
    """A leg's range, ``LOW – could be HIGH (2 open questions)``, in ``w``'s language."""
    from ...report.terminal import range_text as text

    return text(a, w) if w.c is not None else a.range_text


def _verdict(result: "TripAssessment", w: "Words") -> list[str]:
    from ...model.levels import Level

    legs = result.legs
    n = result.worst_leg + 1
    worst = legs[result.worst_leg]
    if worst.level is Level.UNKNOWN:
        lines = [w.trip("worst_unknown", n=n, where=_where(worst, w), ceiling=w.level(worst.ceiling.value))]
    elif not worst.settled:
        lines = [w.trip("worst_open", n=n, where=_where(worst, w), reason=_reason(worst, w),
                        ceiling=w.level(worst.ceiling.value))]
    else:
        lines = [w.trip("worst", n=n, where=_where(worst, w), reason=_reason(worst, w))]
    k = result.worst_known_leg
    if k is not None and k != result.worst_leg and legs[k].level is not worst.level:
        lines.append(w.trip("highest_known", level=w.level(legs[k].level.value), n=k + 1, where=_where(legs[k], w),
                            reason=_reason(legs[k], w)))
    ties = [str(i + 1) for i, a in enumerate(legs) if a.level is result.level and a.ceiling is result.ceiling]
    if len(ties) > 1:
        lines.append(w.trip("ties", legs=", ".join(ties[:-1]), last=ties[-1],
                            range=range_text(legs[int(ties[0]) - 1], w)))
    return lines


def _leg_lines(a: "Assessment", numbers: dict[str, int], w: "Words") -> list[str]:
    """A leg's main findings: every rule that raises it (the text of those that set its
    level), what the leg kind changes (informs), and the safeguards by title."""
    from ...model.assessment import CaveatKind
    from ...language.rule import Effect

    out: list[str] = []
    for f in a.findings:
        tag = (w.level(f.level.value) if f.effect is Effect.RAISES and f.level
               else w.effect(f.effect.value, f.effect.label))
        refs = "".join(f"[{numbers[s.id]}]" for s in f.sources)
        out.append(f"   {tag:12} {f.title} {refs}".rstrip())
        if f.effect is Effect.INFORMS or (f.effect is Effect.RAISES and f.level == a.level):
            out.append(f"                {f.text}")
    if not a.findings and a.researched:
        out.append("   " + w.phrase("no_rule_matched", "No rule matched."))
    questions = [c for c in a.caveats if c.kind is CaveatKind.OPEN_QUESTION]
    if questions:
        n = len(questions)
        out.append("   ? " + w.trip("open_many" if n > 1 else "open_one", n=n))
    entry = [c for c in a.caveats if c.kind is CaveatKind.ENTRY]
    if entry:
        n = len(entry)
        out.append("   ! " + w.trip("entry_many" if n > 1 else "entry_one", n=n))
    return out


def _reason(a: "Assessment", w: "Words") -> str:
    from ...report.memo import main_reason

    return main_reason(a, w) if w.c is not None else a.main_reason


def _where(a: "Assessment", w: "Words") -> str:
    from ...language.report_words import TRIP

    kind = w.trip(a.leg_kind) if a.leg_kind in TRIP else a.leg_kind
    return f"{a.destination_name} ({a.destination}), {kind}"


def _short(a: "Assessment", w: "Words") -> str:
    kind = "" if a.leg_kind in ("entry", "departure") else f" ({w.leg_kind(a.leg_kind)})"
    return f"{a.destination}{kind}"
