"""``travelrisk profile save|open|list|forget``: encrypted profiles (see ``storage``).

    travelrisk profile save NAME --profile me.json [--passphrase-file FILE]
    travelrisk profile open NAME [--passphrase-file FILE] > me.json
    travelrisk profile list [--passphrase-file FILE]
    travelrisk profile forget NAME | --id ID | --all

The passphrase is read from the terminal without echo, or from the first line of
``--passphrase-file`` for scripts; it is never a command-line argument (shell history keeps
those). Exit 0 ok, 1 a profile that cannot be opened (a damaged file), 2 bad input: a wrong
passphrase, no such label, or a message that names the flag or file.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ..common import BAD_INPUT, BadInput, ERROR, OK, read_profile

PASSPHRASE_HELP = "read the passphrase from the first line of FILE (for scripts) instead of the terminal"


def register(groups: dict[str, Any]) -> None:
    prof = groups["profile"]

    save = prof.add_parser("save", help="encrypt a profile with a passphrase and save it")
    save.add_argument("name", metavar="NAME", help="your own label for it, kept inside the encrypted file; choose a neutral one "
                      "('a', 'work'): your shell history keeps what you type")
    save.add_argument("--profile", required=True, metavar="FILE", help="the profile JSON to save")
    save.add_argument("--passphrase-file", metavar="FILE", help=PASSPHRASE_HELP)
    save.add_argument("--replace", action="store_true",
                      help="replace a profile already saved under NAME (without it, an existing one is kept)")
    save.set_defaults(handler=run_save)

    open_ = prof.add_parser("open", help="decrypt a saved profile and print its JSON")
    open_.add_argument("name", metavar="NAME")
    open_.add_argument("--passphrase-file", metavar="FILE", help=PASSPHRASE_HELP)
    open_.set_defaults(handler=run_open)

    list_ = prof.add_parser("list", help="the saved profiles this passphrase opens")
    list_.add_argument("--passphrase-file", metavar="FILE", help=PASSPHRASE_HELP)
    list_.add_argument("--ids", action="store_true",
                       help="only the opaque ids of the saved files, with no passphrase (labels stay encrypted)")
    list_.set_defaults(handler=run_list)

    forget = prof.add_parser("forget", help="delete a saved profile, or (--all) every file travelrisk wrote")
    forget.add_argument("name", nargs="?", metavar="NAME", help="the label of the profile to delete")
    forget.add_argument("--id", metavar="ID", help="delete the file with this id (from 'profile list'); no passphrase")
    forget.add_argument("--all", action="store_true",
                        help="delete every file travelrisk wrote: profiles, imported rulebook, cache")
    forget.add_argument("--passphrase-file", metavar="FILE", help=PASSPHRASE_HELP)
    forget.set_defaults(handler=run_forget)


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From ``--passphrase-file`` (first line) or the terminal without echo."""
    if args.passphrase_file:
        path = args.passphrase_file
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise BadInput(f"--passphrase-file {path}: cannot be read: {exc.strerror or exc}") from None
        except UnicodeDecodeError:
            raise BadInput(f"--passphrase-file {path}: not UTF-8 text") from None
        lines = text.splitlines()
        if not lines or not lines[0]:
            raise BadInput(f"--passphrase-file {path}: the first line is empty")
        return lines[0]
    import getpass

    try:
        first = getpass.getpass("Passphrase: ")
        if confirm and first:
            if getpass.getpass("Repeat the passphrase: ") != first:
                raise BadInput("the two passphrases differ; nothing was saved")
    except (EOFError, KeyboardInterrupt):
        raise BadInput("no passphrase given (in scripts, use --passphrase-file FILE)") from None
    if not first:
        raise BadInput("the passphrase is empty")
    return first


def _label(name: str) -> str:
    from ...vault.storage import check_label

    try:
        return check_label(name)
    except ValueError as exc:
        raise BadInput(f"NAME {name!r}: {exc}") from None


def _fail(exc: Exception) -> int:
    """A profile that cannot be opened: a wrong passphrase or an unknown label is input the
    person can correct (exit 2); a damaged file or a failing disk is an error (exit 1)."""
    from ...vault.storage import ProfileNotFoundError, WrongPassphraseError
    from ...report.safe_text import printable

    print(f"travelrisk: {printable(str(exc))}", file=sys.stderr)
    return BAD_INPUT if isinstance(exc, (WrongPassphraseError, ProfileNotFoundError)) else ERROR


def run_save(args: argparse.Namespace) -> int:
    from ...vault.storage import LabelTaken, ProfileStore, StorageError

    label = _label(args.name)
    profile = read_profile(args.profile)
    passphrase = read_passphrase(args, confirm=True)
    try:
        path = ProfileStore().save(label, profile, passphrase, replace=args.replace)
    except LabelTaken as exc:
        raise BadInput(f"NAME: {exc}; add --replace to replace it") from None
    except (StorageError, OSError) as exc:
        return _fail(exc)
    print(f"travelrisk: saved, encrypted, as {path}", file=sys.stderr)
    print(
        f"travelrisk: {args.profile} itself is still readable on this disk; delete it if you no longer "
        "need it (travelrisk deletes only files it wrote)",
        file=sys.stderr,
    )
    return OK


def run_open(args: argparse.Namespace) -> int:
    from ...vault.storage import ProfileStore, StorageError

    label = _label(args.name)
    passphrase = read_passphrase(args)
    try:
        profile = ProfileStore().open(label, passphrase)
    except StorageError as exc:
        return _fail(exc)
    print(profile.model_dump_json(indent=2))
    return OK


def run_list(args: argparse.Namespace) -> int:
    from ...vault.storage import ProfileStore

    store = ProfileStore()
    if not store.files():
        print("travelrisk: no saved profiles", file=sys.stderr)
        return OK
    if args.ids:
        for e in store.entries():
            print(e.id if e.state != "damaged" else f"{e.id}  (damaged: {e.problem})")
        return OK
    entries = store.entries(read_passphrase(args))
    for e in entries:
        if e.state == "open":
            print(f"{e.id}  {e.label}")
    locked = [e for e in entries if e.state == "locked"]
    damaged = [e for e in entries if e.state == "damaged"]
    if locked:
        print(f"travelrisk: {len(locked)} other saved profile(s) do not open with this passphrase: "
              + ", ".join(e.id for e in locked), file=sys.stderr)
    for e in damaged:
        print(f"travelrisk: {e.id} cannot be read: {e.problem}", file=sys.stderr)
    return OK


def run_forget(args: argparse.Namespace) -> int:
    from ...vault.storage import ProfileStore, StorageError, forget_all

    chosen = [flag for flag, given in (("NAME", args.name), ("--id", args.id), ("--all", args.all)) if given]
    if len(chosen) != 1:
        raise BadInput("give exactly one of NAME, --id ID or --all" + (f" (got {', '.join(chosen)})" if chosen else ""))
    store = ProfileStore()
    folders: list[Path] = []
    try:
        if args.all:
            gone = forget_all()
            deleted, folders = gone.files, gone.folders
        elif args.id:
            try:
                deleted = store.forget_id(args.id)
            except ValueError as exc:
                raise BadInput(f"--id {exc}") from None
        else:
            label = _label(args.name)
            deleted = store.forget(label, read_passphrase(args))
    except StorageError as exc:
        return _fail(exc)
    for path in deleted:
        print(path)
    for folder in folders:
        print(f"{folder}{os.sep}")
    print(f"travelrisk: deleted {len(deleted)} file(s)" + (f" and {len(folders)} folder(s)" if folders else ""),
          file=sys.stderr)
    return OK
