"""``travelrisk rules sign|import``: signed rule packs (see ``rulepack``).

    travelrisk rules sign DIR -o PACK --key PRIVATE_KEY_FILE     # maintainers
    travelrisk rules import PACK [--allow-unsigned] [--allow-older]

Exit 0 ok, 1 a pack that was refused (unsigned, foreign key, bad signature, damaged, a
rulebook that does not validate, older than the one in use), 2 bad input (a missing file,
a key that is not an Ed25519 private key, a folder that does not validate).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(groups: dict[str, Any]) -> None:
    rules = groups["rules"]

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


def run_sign(args: argparse.Namespace) -> int:
    from ..cli import OK, BadInput
    from ..loader import RulebookError
    from ..rulepack import build_pack, load_private_key

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
    except OSError as exc:
        raise BadInput(f"-o {args.output}: cannot be written: {exc.strerror or exc}") from None
    print(f"travelrisk: signed rulebook {info.version} (reviewed {info.reviewed}, {info.files} files) "
          f"with key {info.key_id} into {args.output}", file=sys.stderr)
    return OK


def run_import(args: argparse.Namespace) -> int:
    from ..cli import ERROR, OK, BadInput
    from ..rulepack import PackError, import_pack

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
