"""The command line: stdout is data, stderr is messages; exit 0 ok, 1 error, 2 bad input.

Imports are deferred to the command that needs them, so a cold ``travelrisk check`` costs
little more than pydantic itself.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import Sequence

from .common import (
    BAD_INPUT,
    ERROR,
    LANGUAGES,
    OK,
    BadInput,
    _count,
    _date,
    common_options,
    destination,
    lang_option,
    language,
    load,
    read_profile,
)


# Command groups that live in their own modules (travelrisk/cli/commands/*.py). Each module has
# ``register(groups)`` that adds its subcommands with ``set_defaults(handler=...)``; a module
# imports what its handlers need inside them, so building the parser stays cheap.
COMMAND_MODULES: tuple[str, ...] = (
    "travelrisk.cli.commands.trip",
    "travelrisk.cli.commands.report",
    "travelrisk.cli.commands.profiles",
    "travelrisk.cli.commands.packs",
)


class _Version(argparse.Action):
    """``--version``, worked out only when asked for (it reads the rulebook's version)."""

    def __call__(self, parser, namespace, values, option_string=None):  # noqa: D102
        print(version_text())
        parser.exit()


def version_text() -> str:
    """``travelrisk 0.2.0 (bundled rulebook 2026.12.03)``, read without loading the rulebook."""
    from .. import __version__

    try:
        import tomllib

        from ..language.loader import bundled_rules_path

        with (bundled_rules_path() / "rulebook.toml").open("rb") as fh:
            rules = tomllib.load(fh).get("version", "?")
    except Exception:  # noqa: BLE001 - the version line must print whatever the rulebook's state
        rules = "?"
    return f"travelrisk {__version__} (bundled rulebook {rules})"


def _add_check(sub) -> None:
    check = sub.add_parser("check", help="one destination")
    common_options(check)
    check.add_argument("--to", required=True, metavar="COUNTRY",
                       help="destination: an ISO alpha-2 code (KZ) or a name (Kazakhstan)")
    check.add_argument("--brief", action="store_true", help="leave out facts and open questions")
    lang_option(check)
    check.set_defaults(handler=_check)


def _add_world(sub) -> None:
    world = sub.add_parser("world", help="every ISO 3166 country")
    common_options(world)
    world.add_argument("--sort", choices=("level", "ceiling", "name"), default="level",
                       help="order of the table: by level (default), by ceiling (the worst case), or by name")
    lang_option(world)
    world.set_defaults(handler=_world)


#: The commands a person runs most, each of which can be built alone (see build_parser).
DATA_COMMANDS = {"check": _add_check, "world": _add_world}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or (``only``) the top level with just that one of the data
    commands (``check``, ``world``): a command run with its name first parses exactly as
    with the whole parser, and building the other twenty subcommands is most of the cost."""
    p = argparse.ArgumentParser(
        prog="travelrisk",
        description="What can happen to you at each border, and why. Offline; nothing is sent anywhere.",
    )
    p.add_argument("--version", action=_Version, nargs=0, help="show the program's and the bundled rulebook's version")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    if only in DATA_COMMANDS:
        DATA_COMMANDS[only](sub)
        return p

    prof = sub.add_parser("profile", help="profiles: make, save, open").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    new = prof.add_parser("new", help="print a starting profile with every field")
    new.add_argument("--example", action="store_true", help="a filled-in example instead of an empty one")
    new.set_defaults(handler=_profile_new)

    for add in DATA_COMMANDS.values():
        add(sub)

    rules = sub.add_parser("rules", help="the rulebook").add_subparsers(dest="action", required=True, metavar="ACTION")
    validate = rules.add_parser("validate", help="check a rulebook folder; every error names file and field")
    validate.add_argument("dir", nargs="?", metavar="DIR", help="rulebook folder (default: the bundled one)")
    validate.add_argument("--quality", action="store_true",
                          help="(always on; kept for scripts) the reviewer's checks: one id a URL, "
                               "'established' only on a primary or legal-database source, no research notes")
    validate.set_defaults(handler=_rules)
    test = rules.add_parser("test", help="run every rule's worked examples")
    test.add_argument("dir", nargs="?", metavar="DIR", help="rulebook folder (default: the bundled one)")
    test.set_defaults(handler=_rules)
    info = rules.add_parser("info", help="version, review date and content hash of the rulebook")
    info.add_argument("dir", nargs="?", metavar="DIR")
    info.add_argument("--quality", action="store_true",
                      help="sources by kind, facts by confidence, research answered, the oldest review")
    info.add_argument("--weak", action="store_true",
                      help="every fact resting on weak sources alone (mirrors, copies, state media), by file")
    info.add_argument("--sample", type=_count, metavar="N",
                      help="N facts picked at random, to audit against their sources (with --seed)")
    info.add_argument("--seed", type=int, default=0, metavar="S",
                      help="the seed of --sample: the same seed picks the same facts (default 0)")
    info.add_argument("--confidence", choices=["established", "reported", "unverified"],
                      help="--sample only among facts of this confidence")
    info.add_argument("--coverage", action="store_true",
                      help="every country by the depth of its research (the list in rules/README.md)")
    info.set_defaults(handler=_rules)

    diff = rules.add_parser("diff", help="what an update changes, fact by fact, and which answers it moves")
    diff.add_argument("old", metavar="OLD", help="the rulebook before: a folder or a .trpack")
    diff.add_argument("new", metavar="NEW", help="the rulebook after: a folder or a .trpack")
    diff.add_argument("--on", type=_date, metavar="DATE",
                      help="the date answers are compared on (default: the new rulebook's scenario date, else today)")
    diff.add_argument("--brief", action="store_true", help="one line a fact: no details, no sources")
    diff.set_defaults(handler=_diff)

    groups = {"root": sub, "profile": prof, "rules": rules}
    for name in COMMAND_MODULES:
        import_module(name).register(groups)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    from .. import plugins
    from ..startup import pause_collection

    plugins.disable()  # no pydantic plugin may see a profile (see plugins.py)
    resume_collection = pause_collection()  # a command is start-up from end to end (see startup.py)
    from ..report.safe_text import SafeStream

    # Every line printed is made safe for a terminal: rulebook text, a pack's file names and
    # what a person typed can hold escape sequences (JSON output escapes them already).
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(out), SafeStream(err)
    try:
        words = list(sys.argv[1:] if argv is None else argv)
        args = build_parser(words[0] if words else None).parse_args(words)
        return args.handler(args)
    except BadInput as exc:
        print(f"travelrisk: {exc}", file=sys.stderr)
        return BAD_INPUT
    except BrokenPipeError:
        return OK
    finally:
        sys.stdout, sys.stderr = out, err
        resume_collection()


def _check(args: argparse.Namespace) -> int:
    from ..engine.core import assess

    book = load(args.rules)
    profile = read_profile(args.profile)
    a = assess(profile, destination(args.to), on=args.on, rulebook=book)
    if args.json:
        print(a.model_dump_json(indent=2))
    else:
        from ..language.i18n import localise, words
        from ..report.terminal import render

        lang = language(args)
        print(render(localise(a, book, lang), verbose=not args.brief, words=words(book, lang), book=book))
    return OK


def _world(args: argparse.Namespace) -> int:
    from ..engine.core import assess_world

    book = load(args.rules)
    world = assess_world(read_profile(args.profile), on=args.on, rulebook=book)
    if args.json:
        import json

        print(json.dumps({k: v.model_dump(mode="json") for k, v in world.items()}, indent=1, ensure_ascii=False))
    else:
        from ..language.i18n import localise, words
        from ..report.terminal import world_table

        lang = language(args)
        if lang != "en":
            world = {k: localise(a, book, lang) for k, a in world.items()}
        print(world_table(world, sort=args.sort, words=words(book, lang)))
    return OK


def _profile_new(args: argparse.Namespace) -> int:
    from ..model.profile import Profile

    if args.example:
        from ..model.examples import EXAMPLE_PROFILE

        print(EXAMPLE_PROFILE.model_dump_json(indent=2))
    else:
        print(Profile().model_dump_json(indent=2))
    return OK


def _rules(args: argparse.Namespace) -> int:
    from ..language.loader import RulebookError, load_rulebook

    quality = getattr(args, "quality", False)
    try:
        if args.action == "info" and getattr(args, "coverage", False):
            from ..language.quality import coverage

            print("\n".join(coverage(load_rulebook(args.dir))))
            return OK
        sample = getattr(args, "sample", None)
        if args.action == "info" and (quality or getattr(args, "weak", False) or sample is not None):
            from ..language.loader import review_rulebook

            book, report = review_rulebook(args.dir, strict=False)
            if sample is not None:
                lines = report.sample(sample, args.seed, args.confidence)
            else:
                lines = report.lines() if quality else report.weak_only_lines()
            if lines:  # none resting on weak sources alone: nothing to print
                print("\n".join(lines))
            return OK
        book = load_rulebook(args.dir, use_cache=args.action != "validate", quality=args.action == "validate")
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
        trust = {True: "signed (verified)", False: "UNSIGNED DATA", None: "not an imported pack"}[book.signed]
        print(f"version {s.version}\nreviewed {s.reviewed}\nsha256 {s.content_hash}\npath {book.path}\ntrust {trust}")
        return OK
    from ..engine.ruletests import describe, run_rule_tests

    failures = 0
    results = run_rule_tests(book)
    for r in results:
        if not r.passed:
            failures += 1
            print(f"FAIL {describe(r)}", file=sys.stderr)
    print(f"{len(results) - failures} passed, {failures} failed", file=sys.stderr)
    return ERROR if failures else OK


def _diff(args: argparse.Namespace) -> int:
    import tempfile

    from ..report.rulediff import fact_changes, moved_answers, people_of, render

    with tempfile.TemporaryDirectory(prefix="travelrisk-diff-") as tmp:
        new = _rulebook_at(args.new, "NEW", Path(tmp) / "new")
        old = _rulebook_at(args.old, "OLD", Path(tmp) / "old", like=new)
        on = args.on or (new.scenarios.on if new.scenarios is not None else date.today())
        changes = fact_changes(old, new)
        moved = moved_answers(old, new, people_of(new), on)
        print(render(old, new, changes, moved, on, brief=args.brief))
    return OK


def _rulebook_at(where: str, name: str, scratch: Path, like=None):
    """A rulebook from a folder, or from a pack (unpacked into ``scratch``, checked as an
    import would check it, never installed). With ``like`` (the newer rulebook), an older
    one written before the research checklist and harms existed is read with ``like``'s
    checklist and harms, each rule given the harm its namesake has now."""
    from ..language.loader import RulebookError, load_rulebook

    path = Path(where)
    if like is not None and path.is_dir() and not (path / "harms.toml").exists():
        path = _upgraded(path, like, scratch)
    elif path.is_file():
        from ..vault.rulepack import PackError, read_pack

        try:
            opened = read_pack(path)
        except (PackError, OSError) as exc:
            raise BadInput(f"{name} {where}: {exc}") from None
        for rel, content in opened.files.items():
            target = scratch / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        path = scratch
    try:
        return load_rulebook(path, use_cache=False)
    except RulebookError as exc:
        if like is not None and _only_translations(exc.problems):
            # Its translations were written for the program's sentences (and rules) of their
            # day; a diff compares facts, so it is read without them.
            return load_rulebook(_without_translations(path, scratch), use_cache=False)
        raise BadInput(f"{name} {where}: the rulebook is broken:\n" + "\n".join(f"  {p}" for p in exc.problems)) from None


def _only_translations(problems) -> bool:
    from pathlib import PureWindowsPath

    return bool(problems) and all("i18n" in PureWindowsPath(p.file).parts for p in problems)  # either slash


def _without_translations(path: Path, scratch: Path) -> Path:
    import shutil

    if path != scratch:
        shutil.copytree(path, scratch)
    shutil.rmtree(scratch / "i18n", ignore_errors=True)
    return scratch


def _upgraded(old: Path, like, scratch: Path) -> Path:
    import re
    import shutil

    shutil.copytree(old, scratch)
    for name in ("checklist.toml", "harms.toml"):
        if not (scratch / name).exists() and like.path is not None:
            shutil.copy(Path(like.path) / name, scratch / name)
    harms = {r.id: r.harm for r in like.rules}
    fallback = next(iter(like.harms))
    for rule in (scratch / "logic").glob("*.toml"):
        text = rule.read_text(encoding="utf-8")
        if not re.search(r"^harm\s*=", text, re.M):
            harm = harms.get(rule.stem, fallback)
            rule.write_text(re.sub(r"^(title\s*=.*)$", rf'\1\nharm = "{harm}"', text, count=1, flags=re.M),
                            encoding="utf-8")
    return scratch


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
