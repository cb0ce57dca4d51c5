"""``travelrisk rules keygen|sign|import``: signed rule packs (see ``rulepack``).

    travelrisk rules keygen PRIVATE_KEY_FILE --public PUBLIC_KEY_FILE [--no-passphrase]  # maintainers
    travelrisk rules sign DIR -o PACK --key PRIVATE_KEY_FILE     # maintainers
    travelrisk rules import PACK [--allow-unsigned] [--allow-older]

Exit 0 ok, 1 a pack that was refused (unsigned, foreign key, bad signature, damaged, a
rulebook that does not validate, older than the one in use), 2 bad input (a missing file,
a key that is not an Ed25519 private key, a folder that does not validate, a key file that
already exists, passphrases that are empty or differ).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ..common import BadInput, ERROR, OK


def register(groups: dict[str, Any]) -> None:
    rules = groups["rules"]

    keygen = rules.add_parser("keygen", help="make a new Ed25519 signing key pair (maintainers)")
    keygen.add_argument("private", metavar="PRIVATE_KEY_FILE",
                        help="the private key to write (PEM, encrypted with a passphrase asked twice, mode 0600)")
    keygen.add_argument("--public", required=True, metavar="PUBLIC_KEY_FILE",
                        help="the public key to write, in the format of src/travelrisk/keys/*.pub")
    keygen.add_argument("--no-passphrase", action="store_true",
                        help="do not encrypt the private key: only for throwaway keys in tests and CI, "
                             "never for a key that is pinned")
    keygen.set_defaults(handler=run_keygen)

    sign = rules.add_parser("sign", help="make a signed rule pack from a rulebook folder (maintainers)")
    sign.add_argument("dir", metavar="DIR", help="the rulebook folder (it must validate)")
    sign.add_argument("-o", "--output", required=True, metavar="PACK", help="the pack to write (.trpack)")
    sign.add_argument("--key", required=True, metavar="PRIVATE_KEY_FILE", help="Ed25519 private key, PEM")
    sign.set_defaults(handler=run_sign)

    imp = rules.add_parser("import", help="install a rule pack if its signature verifies against the pinned key")
    imp.add_argument("pack", metavar="PACK", help="the .trpack file (from a USB stick, a messenger, ...)")
    imp.add_argument("--allow-unsigned", action="store_true",
                     help="install a pack with no signature or another key's, marked 'unsigned data'")
    imp.add_argument("--allow-older", action="store_true",
                     help="install a pack older than the rulebook in use")
    imp.set_defaults(handler=run_import)


def _new_key_passphrase() -> bytes:
    import getpass

    try:
        first = getpass.getpass("New key passphrase: ")
        if not first:
            raise BadInput("the key passphrase is empty; nothing was written "
                           "(a throwaway key for tests or CI: --no-passphrase)")
        if getpass.getpass("Repeat the key passphrase: ") != first:
            raise BadInput("the two key passphrases differ; nothing was written")
    except (EOFError, KeyboardInterrupt):
        raise BadInput("no key passphrase given; nothing was written "
                       "(a throwaway key for tests or CI: --no-passphrase)") from None
    return first.encode("utf-8")


def _pinned_files() -> list[str]:
    from importlib.resources import files

    return sorted(e.name for e in files("travelrisk").joinpath("keys").iterdir() if e.name.endswith(".pub"))


def run_keygen(args: argparse.Namespace) -> int:
    from ...vault.rulepack import generate_key_pair

    flags = {str(Path(args.private)): f"PRIVATE_KEY_FILE {args.private}",
             str(Path(args.public)): f"--public {args.public}"}
    if Path(args.private).absolute() == Path(args.public).absolute():
        raise BadInput(f"--public {args.public}: the same file as PRIVATE_KEY_FILE; nothing was written")
    for path, flag in flags.items():
        if os.path.lexists(path):
            raise BadInput(f"{flag}: already exists; a key file is never overwritten (move it away or "
                           "choose another name); nothing was written")
        if not Path(path).parent.is_dir():
            raise BadInput(f"{flag}: no such folder {Path(path).parent}; nothing was written")
    passphrase = None if args.no_passphrase else _new_key_passphrase()
    try:
        kid = generate_key_pair(args.private, args.public, passphrase)
    except FileExistsError as exc:
        flag = flags.get(str(exc.filename), f"{exc.filename}")
        raise BadInput(f"{flag}: already exists; a key file is never overwritten; nothing was written") from None
    except OSError as exc:
        flag = flags.get(str(exc.filename), f"{exc.filename}")
        raise BadInput(f"{flag}: cannot be written: {exc.strerror or exc}; nothing was written") from None
    print(kid)
    pinned = ", ".join(f"src/travelrisk/keys/{name}" for name in _pinned_files()) or "src/travelrisk/keys/*.pub"
    lock = ("NOT encrypted (--no-passphrase): a throwaway key for tests and CI only; never pin it"
            if passphrase is None else "encrypted with your passphrase")
    print(f"travelrisk: wrote a new Ed25519 signing key, key id {kid} (the id `rules sign` and `rules import` "
          f"name)\n"
          f"  private key: {args.private} (mode 0600, {lock})\n"
          f"  public key:  {args.public}\n"
          "next:\n"
          f"  1. keep {args.private} offline (an encrypted USB stick in a safe place, and a second copy); never "
          "commit it, never send it, and keep the passphrase apart from it\n"
          f"  2. replace the pinned public key ({pinned}) with {args.public}, copied as is, and delete any "
          ".pub whose private key is lost: every .pub there is trusted\n"
          f"  3. make a new travelrisk release, then sign packs with: travelrisk rules sign DIR -o PACK "
          f"--key {args.private}",
          file=sys.stderr)
    return OK


def run_sign(args: argparse.Namespace) -> int:
    from ...language.loader import RulebookError
    from ...vault.rulepack import UnsoundRulebook, load_private_key
    from ...engine.updates import build_pack

    try:
        try:
            key = load_private_key(args.key)
        except TypeError:  # an encrypted key
            import getpass

            key = load_private_key(args.key, getpass.getpass("Key passphrase: ").encode("utf-8"))
    except OSError as exc:
        raise BadInput(f"--key {args.key}: cannot be read: {exc.strerror or exc}") from None
    except (ValueError, TypeError, EOFError) as exc:
        raise BadInput(f"--key {args.key}: {exc}") from None
    try:
        info = build_pack(args.dir, args.output, key)
    except RulebookError as exc:
        raise BadInput(f"DIR {args.dir}: the rulebook does not validate; nothing was signed:\n"
                       + "\n".join(f"  {p}" for p in exc.problems)) from None
    except UnsoundRulebook as exc:
        raise BadInput(f"DIR {args.dir}: the rulebook fails its own checks; nothing was signed:\n"
                       + "\n".join(f"  {p}" for p in exc.problems)) from None
    except OSError as exc:
        raise BadInput(f"-o {args.output}: cannot be written: {exc.strerror or exc}") from None
    print(f"travelrisk: signed rulebook {info.version} (reviewed {info.reviewed}, {info.files} files) "
          f"with key {info.key_id} into {args.output}", file=sys.stderr)
    return OK


def run_import(args: argparse.Namespace) -> int:
    from ...vault.rulepack import PackError
    from ...engine.updates import import_pack

    if not Path(args.pack).is_file():
        raise BadInput(f"PACK {args.pack}: no such file")
    try:
        done = import_pack(args.pack, allow_unsigned=args.allow_unsigned, allow_older=args.allow_older)
    except PackError as exc:
        print(f"travelrisk: refused ({exc.reason}): {exc}", file=sys.stderr)
        return ERROR
    except OSError as exc:
        print(f"travelrisk: {exc}", file=sys.stderr)
        return ERROR
    info = done.info
    what = f"rulebook {info.version} (reviewed {info.reviewed})"
    if done.signed:
        print(f"travelrisk: installed {what}, signed by pinned key {info.key_id}", file=sys.stderr)
    else:
        why = "no signature" if info.status == "unsigned" else f"signed by key {info.key_id}, which is not pinned"
        print(f"travelrisk: installed {what} UNSIGNED ({why}): every level from it is marked 'unsigned data'",
              file=sys.stderr)
    if done.replaced:
        print(f"travelrisk: it replaces the imported rulebook {done.replaced}", file=sys.stderr)
    return OK
