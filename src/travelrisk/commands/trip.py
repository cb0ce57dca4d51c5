"""``travelrisk trip``: a journey leg by leg, each leg's level first, the worst leg named.

    travelrisk trip --profile me.json --legs "LT>TR:transit>GE" [--on DATE] [--json] [--detail]
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..assessment import Assessment
    from ..sources import Source
    from ..trip import TripAssessment

LEGS_HELP = (
    'countries in order, separated by ">"; the first is where you start. Add ":transit", '
    '":overflight" or ":land" for how a leg is crossed (default: you enter) and "@YYYY-MM-DD" '
    'for its date (default: --on), e.g. "LT>TR:transit>GE@2026-12-03"'
)

KIND_NAMES = {
    "departure": "departure",
    "entry": "entry",
    "transit": "transit (airside)",
    "overflight": "overflight",
    "land_crossing": "land crossing",
}


def register(groups: dict[str, Any]) -> None:
    from ..cli import common_options

    sp = groups["root"].add_parser(
        "trip", help="a journey leg by leg: departure, transits, overflights, land crossings, entry"
    )
    common_options(sp)
    sp.add_argument("--legs", required=True, metavar="LEGS", help=LEGS_HELP)
    sp.add_argument("--detail", action="store_true", help="each leg in full: facts, open questions, caveats")
    sp.set_defaults(handler=run_trip)


def run_trip(args: argparse.Namespace) -> int:
    from ..cli import OK, BadInput, load, read_profile
    from ..trip import Trip, assess_trip, parse_legs

    book = load(args.rules)  # primes the ISO code table the legs are checked against
    profile = read_profile(args.profile)
    try:
        trip = Trip(legs=parse_legs(args.legs))
    except ValueError as exc:
        raise BadInput(f"--legs {args.legs!r}: {exc}") from None
    result = assess_trip(profile, trip, on=args.on, rulebook=book)
    if args.json:
        print(result.model_dump_json(indent=2))
    else:
        print(render_trip(result, detail=args.detail))
    return OK


def render_trip(result: "TripAssessment", *, detail: bool = False) -> str:
    """The trip as text: its level and worst leg, then each leg (level first) with its main
    findings; sources numbered once for the whole trip."""
    from ..levels import Level
    from ..terminal import level_label, render, source_line

    legs = result.legs
    numbers: dict[str, int] = {}
    sources: list[Source] = []
    for a in legs:
        for f in a.findings:
            for s in f.sources:
                if s.id not in numbers:
                    numbers[s.id] = len(sources) + 1
                    sources.append(s)

    head = level_label(result.level) if result.settled else \
        f"{level_label(result.level)} – could be {level_label(result.ceiling)}"
    out = [f"{head}  Trip: " + " → ".join(_short(a) for a in legs)]
    out.extend(_verdict(result))
    if legs[0].requesters:
        out.append("Pursued by: " + "; ".join(f"{r.name} ({', '.join(r.reasons)})" for r in legs[0].requesters))
    for i, a in enumerate(legs):
        out.append("")
        mark = "   ◀ worst leg" if i == result.worst_leg else ""
        out.append(f"{i + 1}. {a.range_text}  {_where(a)}, {a.as_of}{mark}")
        out.extend(_leg_lines(a, numbers))
        if a.level is Level.UNKNOWN and not a.researched:
            out.append("   Not researched: nothing is known about this country, and unknown is not safe.")
    if sources:
        out.append("")
        out.append("Sources")
        out.extend("  " + source_line(numbers[s.id], s) for s in sources)
    r = legs[0].rulebook
    out.append("")
    out.append(f"Rulebook {r.version}, reviewed {r.reviewed}, sha256 {r.content_hash[:16]}…")
    out.append("This is information, not legal advice.")
    if detail:
        for i, a in enumerate(legs):
            out.append("")
            out.append(f"─── Leg {i + 1} in full " + "─" * 40)
            out.append(render(a, verbose=True))
    return "\n".join(out)


def _verdict(result: "TripAssessment") -> list[str]:
    from ..levels import Level
    from ..terminal import level_label

    legs = result.legs
    worst = legs[result.worst_leg]
    if worst.level is Level.UNKNOWN:
        lines = [
            f"Worst leg: {result.worst_leg + 1}, {_where(worst)}, has not been researched: it could be anything "
            f"up to {level_label(worst.ceiling)}, and unknown is not safe."
        ]
    elif not worst.settled:
        lines = [f"Worst leg: {result.worst_leg + 1}, {_where(worst)}: {worst.main_reason}; "
                 f"it could be {level_label(worst.ceiling)} (open questions)."]
    else:
        lines = [f"Worst leg: {result.worst_leg + 1}, {_where(worst)}: {worst.main_reason}."]
    k = result.worst_known_leg
    if k is not None and k != result.worst_leg and legs[k].level is not worst.level:
        lines.append(f"Highest established level: {level_label(legs[k].level)}, leg {k + 1}, "
                     f"{_where(legs[k])}: {legs[k].main_reason}.")
    ties = [str(i + 1) for i, a in enumerate(legs) if a.level is result.level and a.ceiling is result.ceiling]
    if len(ties) > 1:
        lines.append(f"Legs {', '.join(ties[:-1])} and {ties[-1]} are all {legs[int(ties[0]) - 1].range_text}.")
    return lines


def _leg_lines(a: "Assessment", numbers: dict[str, int]) -> list[str]:
    """A leg's main findings: every rule that raises it (the text of those that set its
    level), what the leg kind changes (informs), and the safeguards by title."""
    from ..assessment import CaveatKind
    from ..rule import Effect
    from ..terminal import level_label

    out: list[str] = []
    for f in a.findings:
        tag = level_label(f.level) if f.effect is Effect.RAISES and f.level else f.effect.label
        refs = "".join(f"[{numbers[s.id]}]" for s in f.sources)
        out.append(f"   {tag:12} {f.title} {refs}".rstrip())
        if f.effect is Effect.INFORMS or (f.effect is Effect.RAISES and f.level == a.level):
            out.append(f"                {f.text}")
    if not a.findings and a.researched:
        out.append("   No rule matched.")
    questions = [c for c in a.caveats if c.kind is CaveatKind.OPEN_QUESTION]
    if questions:
        n = len(questions)
        out.append(f"   ? {n} open question{'s' if n > 1 else ''} (missing research, not safety); see --detail")
    return out


def _where(a: "Assessment") -> str:
    return f"{a.destination_name} ({a.destination}), {KIND_NAMES.get(a.leg_kind, a.leg_kind)}"


def _short(a: "Assessment") -> str:
    kind = "" if a.leg_kind in ("entry", "departure") else f" ({a.leg_kind.replace('_', ' ')})"
    return f"{a.destination}{kind}"
