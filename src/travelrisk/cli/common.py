"""What every command shares: exit codes, the error a user can fix, the common options,
the rulebook and the profile a command reads.

Imports inside functions keep building the parser (``travelrisk --help``) free of pydantic.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

OK, ERROR, BAD_INPUT = 0, 1, 2


class BadInput(Exception):
    """Input the user can fix; the message names the flag, file or field."""


def _date(value: str) -> date:
    from ..engine.core import check_date

    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use YYYY-MM-DD)") from None
    try:
        return check_date(day)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _count(value: str) -> int:
    """A whole number of at least one (``--sample N``)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value} is fewer than one")
    return n


def destination(text: str, flag: str = "--to") -> str:
    """The ISO code of a destination given as a code (``KZ``, ``kz``) or as a name
    (``Kazakhstan``, ``Turkey``); checked once the rulebook has primed the code table. A name
    that fits several countries, or none, is bad input that says which, or what is close."""
    from ..model.country_names import code_of

    found = code_of(text)
    if found is not None:
        return found
    from ..model.country_names import country_problem

    raise BadInput(f"{flag} {country_problem(text)}")


def common_options(sp: argparse.ArgumentParser, *, profile: bool = True) -> None:
    """The options every data command shares."""
    if profile:
        sp.add_argument("--profile", required=True, metavar="FILE", help="profile JSON (see 'profile new')")
    sp.add_argument("--on", type=_date, metavar="DATE", help="travel date, YYYY-MM-DD (default: today)")
    sp.add_argument("--json", action="store_true", help="machine-readable output")
    sp.add_argument("--rules", metavar="DIR", help="use this rulebook folder instead of the bundled one")


def lang_option(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--lang", choices=LANGUAGES,
                    help="language of the text (JSON never changes): en, be (Belarusian), ru (Russian), uk "
                         "(Ukrainian); default: the environment's locale where translated, else English")


LANGUAGES = ("en", "be", "ru", "uk")  # i18n.LANGUAGES, without importing it to build the parser


def language(args: argparse.Namespace) -> str:
    from ..language.i18n import language_from_environment

    return getattr(args, "lang", None) or language_from_environment()


def load(path: str | None):
    """The rulebook for a command (the bundled one by default); a broken one is bad input."""
    from ..language.loader import RulebookError, load_rulebook

    try:
        book = load_rulebook(path)
    except RulebookError as exc:
        raise BadInput(f"the rulebook {'in ' + path if path else '(bundled)'} is broken:\n" + "\n".join(
            f"  {p}" for p in exc.problems)) from None
    from ..engine.core import rulebook_notices

    for note in rulebook_notices(book):  # "unsigned data"; a rulebook older than 180 days
        print(f"travelrisk: warning: {note}", file=sys.stderr)
    return book


def read_profile(path: str):
    """A profile from ``--profile FILE``; errors name the flag, the file and the field."""
    from ..model.profile import ProfileError, load_profile

    try:
        return load_profile(path)
    except ProfileError as exc:
        raise BadInput(f"--profile {exc}") from None
