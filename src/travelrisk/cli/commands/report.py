"""``travelrisk report``: a sourced memo for destinations or a trip, as md, html, pdf or json.

    travelrisk report --profile me.json --to KZ [--to RU ...] --format pdf -o memo.pdf
    travelrisk report --profile me.json --legs "LT>TR:transit>GE" --format md -o memo.md --redact
    travelrisk report --profile me.json --to KZ --format pdf -o memo.pdf --lang ru

The memo is written in ``--lang`` (default: the locale's language where translated, else
English); JSON is the memo's data and is the same whatever the language.

PDF is printed by Qt (the ``gui`` extra); the module is imported only when a PDF is asked
for, so the other formats work on an install without Qt. The file is written only where the
user points ``-o`` (readable by its owner alone); without ``-o`` a text format goes to stdout.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..common import ERROR, OK, BadInput, common_options, destination, lang_option, language, load, read_profile

if TYPE_CHECKING:
    from ...model.profile import Profile
    from ...language.rulebook import Rulebook
    from ...engine.trip import TripAssessment

_SUFFIXES = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json"}
FORMATS = ("md", "html", "pdf", "json")

NO_QT = (
    "--format pdf needs Qt, which is not installed here: pip install 'travelrisk[gui]'. "
    "The md, html and json formats work without it."
)


def register(groups: dict[str, Any]) -> None:
    p = groups["root"].add_parser(
        "report",
        help="a memo with sources, for destinations or a trip (md, html, pdf, json)",
        description="A memo a lawyer can check: each level, each finding with numbered citations, "
        "the source list, caveats and open questions. Information, not legal advice.",
    )
    common_options(p)
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", action="append", metavar="COUNTRY",
                       help="a destination: an ISO alpha-2 code (KZ) or a name (Kazakhstan); repeat for several")
    where.add_argument("--legs", metavar="LEGS",
                       help='a trip: countries in order, the first where you start, e.g. "LT>TR:transit>GE@2026-12-03"')
    p.add_argument("--format", choices=FORMATS, help="md, html, pdf or json (default: from -o's suffix)")
    p.add_argument("-o", "--output", metavar="FILE", help="write here (a text format without -o goes to stdout)")
    p.add_argument("--force", action="store_true", help="replace -o FILE if it exists (never an input of this command)")
    p.add_argument("--redact", action="store_true",
                   help="leave out everything that identifies the person; keep levels, findings, sources")
    lang_option(p)
    p.set_defaults(handler=run)


def output_format(args: argparse.Namespace) -> str:
    """The format asked for: --format, else --json, else -o's suffix; a conflict is bad input."""
    fmt: str | None = args.format
    if args.json:
        if fmt not in (None, "json"):
            raise BadInput(f"--json and --format {fmt} disagree: give one of them")
        fmt = "json"
    if fmt is None and args.output:
        fmt = _SUFFIXES.get(Path(args.output).suffix.lower())
    if fmt is None and args.output not in (None, "-"):
        raise BadInput(f"-o {args.output}: give --format (md, html, pdf or json), or a file name ending in "
                       ".md, .html, .pdf or .json")
    if fmt is None:
        fmt = "md"  # a memo to read on the terminal
    if fmt == "pdf" and args.output in (None, "-"):
        raise BadInput("-o: a PDF needs a file to go to, e.g. -o memo.pdf")
    return fmt


def pdf_printer() -> ModuleType | None:
    """``travelrisk_gui.pdf``, or None where Qt (the gui extra) is not installed."""
    try:
        from travelrisk_gui import pdf
    except ImportError as exc:
        missing = exc.name or ""
        if missing.split(".")[0] in ("PySide6", "shiboken6", "travelrisk_gui") or "PySide6" in str(exc):
            return None
        raise
    return pdf


def run(args: argparse.Namespace) -> int:
    fmt = output_format(args)
    if args.output not in (None, "-"):
        check_output(args.output, inputs=[args.profile, args.rules], force=args.force)
    printer = None
    if fmt == "pdf":
        printer = pdf_printer()
        if printer is None:
            print(f"travelrisk: {NO_QT}", file=sys.stderr)
            return ERROR
    from ...report.memo import memo_for, memo_for_trip, render_memo
    from ...report.redaction import redaction_warnings

    book = load(args.rules)
    profile = read_profile(args.profile)
    lang = "en" if fmt == "json" else language(args)  # JSON never changes with the language
    if args.legs is not None:
        trip = _trip(profile, args.legs, args.on, book)
        memo = memo_for_trip(profile, trip, redact=args.redact, rulebook=book, lang=lang)
        places = [leg.destination for leg in trip.legs]
    else:
        from ...engine.core import assess

        places = list(dict.fromkeys(destination(text) for text in args.to))
        memo = memo_for(profile, [assess(profile, c, on=args.on, rulebook=book) for c in places],
                        redact=args.redact, rulebook=book, lang=lang)
    if args.redact:
        for warning in redaction_warnings(profile, places):
            print(f"travelrisk: warning: --redact: {warning}", file=sys.stderr)
    if printer is not None:
        data = printer.memo_pdf(memo)
        missing = printer.memo_unprintable(memo)
        if missing:
            print(f"travelrisk: warning: no installed font can draw {''.join(missing[:12])!r}"
                  f"{' and more' if len(missing) > 12 else ''}: the PDF shows boxes there; "
                  "the html and md formats keep every character", file=sys.stderr)
    else:
        data = render_memo(memo, fmt).encode("utf-8")
    if args.output in (None, "-"):
        sys.stdout.write(data.decode("utf-8"))
        return OK
    _write(args.output, data)
    what = "no profile details (redacted)" if args.redact else "the profile's details; --redact leaves them out"
    print(f"travelrisk: wrote {args.output} ({fmt}, not encrypted; it holds {what})", file=sys.stderr)
    return OK


def _trip(profile: Profile, legs: str, on: date | None, book: Rulebook) -> TripAssessment:
    """The trip's assessment; a malformed --legs is bad input that names the flag and the leg."""
    from ...engine.trip import Trip, assess_trip, parse_legs

    try:
        trip = Trip(legs=parse_legs(legs))
    except ValueError as exc:
        raise BadInput(f"--legs {legs!r}: {exc}") from None
    return assess_trip(profile, trip, on=on, rulebook=book)


def check_output(path: str, *, inputs: list[str | None], force: bool) -> None:
    """Refuse to write over an input of the same command, ever, or over any existing file
    without ``--force``; checked before anything is computed, so nothing is lost."""
    target = Path(path)
    for given in inputs:
        if given and _same_file(target, Path(given)):
            raise BadInput(f"-o {path} is an input of this command ({given}): write the memo somewhere else")
    if target.is_dir():
        raise BadInput(f"-o {path} is a folder: give a file name")
    if target.exists() and not force:
        raise BadInput(f"-o {path} exists: nothing was written; add --force to replace it")


def _same_file(a: Path, b: Path) -> bool:
    try:
        if b.is_dir():
            return a.resolve().is_relative_to(b.resolve())
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _write(path: str, data: bytes) -> None:
    """Write the memo readable by its owner only: it can name the person and their lists."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
    except OSError as exc:
        raise BadInput(f"-o {path}: cannot be written: {exc.strerror or exc}") from None

