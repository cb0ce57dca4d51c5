"""Rulebook updates: a rulebook folder made into a signed pack only if it is sound, and a pack
installed only after its rulebook loads and passes its own worked examples.

The pack format, its signature and the installed folder are the vault's
(:mod:`travelrisk.vault.rulepack`); what needs the rule language and the engine is here. What
a UI says beside a level from an unsigned or stale rulebook is :func:`.core.rulebook_notices`.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..language.loader import RulebookError, bundled_rules_path, load_rulebook, rulebook_files
from ..vault import installed, rulepack
from ..vault.installed import PACK_FILE, reviewed_of
from ..vault.rulepack import (
    MANIFEST_FORMAT,
    PACK_VERSION,
    DamagedPack,
    ForeignKeyPack,
    Installed,
    InvalidRulebookPack,
    OlderPack,
    PackInfo,
    UnsignedPack,
    UnsoundRulebook,
    _installed_info,
    _read_bytes,
    _remove_leftovers,
    assemble,
    key_id,
    read_pack,
)
from ..vault.storage import _private_folder, data_folder, fsync_folder
from .ruletests import failures

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

    from ..language.rulebook import Rulebook


def soundness(book: "Rulebook", today: date | None = None) -> list[str]:
    """What keeps a rulebook from being signed or imported: a review date after today (it
    would silence the staleness warning for good, and make every genuine update look older),
    and every failing worked example or scenario."""
    today = today or date.today()
    out = []
    if book.info.reviewed > today:
        out.append(f"rulebook.toml: reviewed {book.info.reviewed} is after today ({today})")
    return out + failures(book)


def build_pack(rules_dir: str | Path, out: str | Path, key: "Ed25519PrivateKey | None") -> PackInfo:
    """Validate a rulebook folder and write it as a pack (signed with ``key``, if given).

    Raises ``loader.RulebookError`` if the folder does not validate, and
    :class:`UnsoundRulebook` if a worked example or a scenario fails or its review date lies
    ahead: nothing broken is signed."""
    root = Path(rules_dir)
    book = load_rulebook(root, use_cache=False, quality=True)
    problems = soundness(book)
    if problems:
        raise UnsoundRulebook(problems)
    files = {f.relative_to(root).as_posix(): f.read_bytes() for f in rulebook_files(root)}
    manifest = {
        "format": MANIFEST_FORMAT,
        "format_version": PACK_VERSION,
        "rulebook": {
            "name": book.info.name,
            "version": book.info.version,
            "reviewed": book.info.reviewed.isoformat(),
        },
        "content_hash": book.content_hash,
        "files": {rel: hashlib.sha256(data).hexdigest() for rel, data in files.items()},
    }
    raw = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False).encode("utf-8") + b"\n"
    data = assemble(raw, files, key)
    Path(out).write_bytes(data)
    return PackInfo(book.info.name, book.info.version, book.info.reviewed, book.content_hash, len(files),
                    "signed" if key is not None else "unsigned",
                    key_id(key.public_key()) if key is not None else None)


def _in_use() -> tuple[Path, date | None]:
    root = installed.installed_rules_path() or bundled_rules_path()
    return root, reviewed_of(root)


def import_pack(
    path: str | Path,
    *,
    allow_unsigned: bool = False,
    allow_older: bool = False,
    trusted: Mapping[str, "Ed25519PublicKey"] | None = None,
) -> Installed:
    """Install a pack as the rulebook ``load_rulebook()`` uses, after every check passes.

    Raises a :class:`PackError` subclass that says why a pack was refused; nothing is
    installed then. ``allow_unsigned`` accepts a pack with no signature or one by a key that
    is not pinned, and marks it unsigned; it never accepts a bad signature or a damaged pack."""
    import secrets
    import shutil
    import tempfile


    opened = read_pack(path, trusted=trusted)
    info = opened.info
    if info.status == "unsigned" and not allow_unsigned:
        raise UnsignedPack(
            f"{path} is not signed, so nobody can tell who made it or whether it was changed on the way. "
            "Install it only if you trust where it came from, with --allow-unsigned; every level from it "
            "is then marked 'unsigned data'"
        )
    if info.status == "foreign-key" and not allow_unsigned:
        raise ForeignKeyPack(
            f"{path} is signed by key {info.key_id}, which is not pinned in this travelrisk (pinned: "
            f"{', '.join(sorted((rulepack.pinned_keys() if trusted is None else trusted))) or 'none'}). It may be "
            "someone's own edition, or a forgery. --allow-unsigned installs it marked 'unsigned data'"
        )
    current_root, current_reviewed = _in_use()
    if current_reviewed is not None and info.reviewed < current_reviewed and not allow_older:
        raise OlderPack(
            f"{path} holds a rulebook reviewed on {info.reviewed}, older than the one in use "
            f"({current_reviewed}): an old pack can hide newer dangers. --allow-older installs it anyway"
        )

    data = data_folder()
    _private_folder(data)
    _remove_leftovers(data)
    staging = Path(tempfile.mkdtemp(prefix=".rulebook-new-", dir=data))
    try:
        rules = staging / "rules"
        for rel, content in opened.files.items():
            target = rules / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        try:
            book = load_rulebook(rules, use_cache=False)
        except RulebookError as exc:
            raise InvalidRulebookPack(
                f"{path}: the rulebook inside does not validate:\n" + "\n".join(f"  {p}" for p in exc.problems)
            ) from None
        problems = soundness(book)
        if problems:
            raise InvalidRulebookPack(
                f"{path}: the rulebook inside fails its own checks, so it is not installed:\n"
                + "\n".join(f"  {p}" for p in problems)
            )
        if (book.content_hash, book.info.version, book.info.reviewed) != (
            info.content_hash, info.version, info.reviewed
        ):
            raise DamagedPack(f"{path}: the manifest's version, review date or content hash do not match "
                              "the rulebook inside")
        signed = info.status == "signed"
        (staging / PACK_FILE).write_bytes(_read_bytes(path))
        final = installed.installed_folder()
        replaced = None
        old = None
        if final.exists():
            previous = _installed_info(final)
            replaced = previous.version if previous else None
            old = data / f".rulebook-old-{secrets.token_hex(8)}"
            os.replace(final, old)
        os.replace(staging, final)
        fsync_folder(data)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        return Installed(info, final / "rules", signed, replaced)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
