"""The command line: stdout is data, stderr is messages; exit 0 ok, 1 error, 2 bad input.

Imports are deferred to the command that needs them, so a cold ``travelrisk check`` costs
little more than pydantic itself.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from typing import Sequence

OK, ERROR, BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Input the user can fix; the message names the flag, file or field."""


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD)") from None


def _country(value: str) -> str:
    # Checked against ISO 3166 in _destination, once the rulebook has primed the code table.
    return value.strip().upper()


def _destination(code: str) -> str:
    from .iso import is_code

    if not is_code(code):
        raise BadInput(f"--to {code!r} is not an ISO 3166-1 alpha-2 country code (e.g. KZ)")
    return code


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="travelrisk",
        description="What can happen to you at each border, and why. Offline; nothing is sent anywhere.",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    prof = sub.add_parser("profile", help="make a profile file").add_subparsers(dest="action", required=True)
    new = prof.add_parser("new", help="print a starting profile with every field")
    new.add_argument("--example", action="store_true", help="a filled-in example instead of an empty one")

    def common(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("--profile", required=True, metavar="FILE", help="profile JSON (see 'profile new')")
        sp.add_argument("--on", type=_date, metavar="DATE", help="travel date, YYYY-MM-DD (default: today)")
        sp.add_argument("--json", action="store_true", help="machine-readable output")
        sp.add_argument("--rules", metavar="DIR", help="use this rulebook folder instead of the bundled one")

    check = sub.add_parser("check", help="one destination")
    common(check)
    check.add_argument("--to", required=True, type=_country, metavar="CODE", help="destination, ISO alpha-2")
    check.add_argument("--brief", action="store_true", help="leave out facts and open questions")

    world = sub.add_parser("world", help="every ISO 3166 country")
    common(world)

    rules = sub.add_parser("rules", help="the rulebook").add_subparsers(dest="action", required=True)
    validate = rules.add_parser("validate", help="check a rulebook folder; every error names file and field")
    validate.add_argument("dir", nargs="?", metavar="DIR", help="rulebook folder (default: the bundled one)")
    test = rules.add_parser("test", help="run every rule's worked examples")
    test.add_argument("dir", nargs="?", metavar="DIR", help="rulebook folder (default: the bundled one)")
    info = rules.add_parser("info", help="version, review date and content hash of the rulebook")
    info.add_argument("dir", nargs="?", metavar="DIR")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    from . import plugins

    plugins.disable()  # no pydantic plugin may see a profile (see plugins.py)
    args = build_parser().parse_args(argv)
    try:
        return _dispatch(args)
    except BadInput as exc:
        print(f"travelrisk: {exc}", file=sys.stderr)
        return BAD_INPUT
    except BrokenPipeError:
        return OK


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "profile":
        return _profile_new(args.example)
    if args.command == "rules":
        return _rules(args)
    book = _load(args.rules)
    profile = _read_profile(args.profile)
    if args.command == "check":
        from .engine import assess

        a = assess(profile, _destination(args.to), on=args.on, rulebook=book)
        if args.json:
            print(a.model_dump_json(indent=2))
        else:
            from .terminal import render

            print(render(a, verbose=not args.brief))
        return OK
    from .engine import assess_world

    world = assess_world(profile, on=args.on, rulebook=book)
    if args.json:
        import json

        print(json.dumps({k: v.model_dump(mode="json") for k, v in world.items()}, indent=1, ensure_ascii=False))
    else:
        from .terminal import world_table

        print(world_table(world))
    return OK


def _load(path: str | None):
    from .loader import RulebookError, load_rulebook

    try:
        return load_rulebook(path)
    except RulebookError as exc:
        raise BadInput(f"the rulebook {'in ' + path if path else '(bundled)'} is broken:\n" + "\n".join(
            f"  {p}" for p in exc.problems)) from None


def _read_profile(path: str):
    from .profile import ProfileError, load_profile

    try:
        return load_profile(path)
    except ProfileError as exc:
        raise BadInput(f"--profile {exc}") from None


def _profile_new(example: bool) -> int:
    from .profile import Profile

    if example:
        from .examples import EXAMPLE_PROFILE

        print(EXAMPLE_PROFILE.model_dump_json(indent=2))
    else:
        print(Profile().model_dump_json(indent=2))
    return OK


def _rules(args: argparse.Namespace) -> int:
    from .loader import RulebookError, load_rulebook

    try:
        book = load_rulebook(args.dir, use_cache=args.action != "validate")
    except RulebookError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"travelrisk: {len(exc.problems)} problem(s) found", file=sys.stderr)
        return BAD_INPUT
    if args.action == "validate":
        print(
            f"ok: {len(book.instruments)} instruments, {len(book.requesters)} requesters, "
            f"{len(book.countries)} countries, {len(book.rules)} rules, {len(book.sources)} sources",
            file=sys.stderr,
        )
        return OK
    if args.action == "info":
        s = book.stamp
        print(f"version {s.version}\nreviewed {s.reviewed}\nsha256 {s.content_hash}\npath {book.path}")
        return OK
    from .ruletests import run_rule_tests

    failures = 0
    results = run_rule_tests(book)
    for r in results:
        if not r.passed:
            failures += 1
            print(f"FAIL {r.rule_id}: {r.name}: expected {r.expected.value}, got {r.got.value}", file=sys.stderr)
    print(f"{len(results) - failures} passed, {failures} failed", file=sys.stderr)
    return ERROR if failures else OK


def run() -> None:
    """The ``travelrisk`` program: ``main``, then a quick exit.

    Everything is written and flushed before the exit; skipping the interpreter's teardown
    (freeing every object of the rulebook one by one) saves a short command a tenth of its
    time. Library callers and tests use ``main``, which returns."""
    code = main()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        pass
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
