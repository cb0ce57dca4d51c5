"""Rule packs: a rulebook folder, signed, for people who get updates on a USB stick or
through a messenger, and the imported rulebook that ``load_rulebook()`` then uses.

A pack (``.trpack``) is a small envelope around a zip archive::

    offset size
     0      8   magic b"TRVLPACK"
     8      1   format version (1)
     9      8   key id: SHA-256 of the signer's raw Ed25519 public key, first 8 bytes
                (all zero: unsigned)
    17     64   Ed25519 signature (all zero: unsigned)
    81      …   zip archive: manifest.json, then rules/<path> for every rulebook TOML file

The signature covers ``b"travelrisk rule pack v1\\n"``, bytes 0..16 and the whole archive:
every byte except the signature itself. It is checked *before* the archive is parsed, so a
forged pack never reaches the zip reader, and one changed byte anywhere is refused.
``manifest.json`` names the rulebook (name, version, review date), its content hash (as
``loader.content_hash`` computes it) and the SHA-256 of every file; the archive must hold
exactly those files with exactly those hashes, and the rulebook must pass ``load_rulebook``.

Trust comes from the public keys pinned in the package (``travelrisk/keys/*.pub``, PEM). A
pack signed by a pinned key that verifies is *signed*. A pack with no signature, or signed
by a key that is not pinned, is refused unless the user allows unsigned data; it is then
installed marked unsigned, and every level from it carries "unsigned data". A pack whose
signature by a pinned key fails, or whose files do not match its manifest, is always refused.
A pack older (by review date) than the rulebook in use is refused unless allowed, so an old
signed pack cannot be replayed to hide newer dangers.
Maintainers make a new key pair with ``generate_key_pair`` (``travelrisk rules keygen``).

An imported rulebook lives in ``<user data folder>/rulebook/``: ``rules/`` (the files) and
``pack.trpack`` (the pack as it was imported). Whether it is signed is worked out on every
load, from the pack's own signature and the pinned keys, and the files in ``rules/`` must
still be the ones the signed manifest names; nothing else on disk can make it "signed". It
holds public data only.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import write_new
# The imported rulebook's place is kept in its own module, so that a load need not import this one.
from .installed import PACK_FILE, installed_folder, is_installed

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


MAGIC = b"TRVLPACK"
PACK_VERSION = 1
SUFFIX = ".trpack"
_PREFIX = struct.Struct(">8sB8s")  # magic, version, key id
_SIG_LEN = 64
BODY_OFFSET = _PREFIX.size + _SIG_LEN  # 81
_CONTEXT = b"travelrisk rule pack v1\n"
_NO_KEY = b"\0" * 8
MANIFEST = "manifest.json"
MANIFEST_FORMAT = "travelrisk-rulepack"
MAX_PACK = 64 * 1024 * 1024
MAX_FILE = 8 * 1024 * 1024
MAX_FILES = 5000
_MEMBER = re.compile(r"^rules/((?:[A-Za-z0-9_-]+/)?[A-Za-z0-9][A-Za-z0-9._-]*\.toml)$")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


# --- errors -----------------------------------------------------------------------------


class PackError(Exception):
    """A pack that was refused; the message says why, for a person to read."""

    reason = "refused"


class DamagedPack(PackError):
    reason = "damaged"


class UnsignedPack(PackError):
    reason = "unsigned"


class ForeignKeyPack(PackError):
    reason = "foreign-key"


class BadSignature(PackError):
    reason = "bad-signature"


class InvalidRulebookPack(PackError):
    reason = "invalid-rulebook"


class UnsoundRulebook(Exception):
    """A rulebook that validates but must not be signed or imported: worked examples or
    scenarios that fail, or a review date in the future; ``problems`` says which."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s):\n" + "\n".join(f"  {p}" for p in problems))


class OlderPack(PackError):
    reason = "older"


# --- keys -------------------------------------------------------------------------------


def key_id(public_key: "Ed25519PublicKey") -> str:
    """16 hex digits: the first 8 bytes of SHA-256 over the raw 32-byte public key."""
    from cryptography.hazmat.primitives import serialization

    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).digest()[:8].hex()


def load_public_key(pem: bytes, where: str = "key") -> "Ed25519PublicKey":
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise ValueError(f"{where}: not a PEM public key: {exc}") from None
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError(f"{where}: not an Ed25519 public key")
    return key


def pinned_keys() -> dict[str, "Ed25519PublicKey"]:
    """The public keys shipped in the package (``travelrisk/keys/*.pub``), by key id."""
    from importlib.resources import files

    keys: dict[str, Ed25519PublicKey] = {}
    folder = files("travelrisk").joinpath("keys")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".pub"):
            key = load_public_key(entry.read_bytes(), f"travelrisk/keys/{entry.name}")
            keys[key_id(key)] = key
    return keys


def load_private_key(path: str | Path, password: bytes | None = None) -> "Ed25519PrivateKey":
    """A maintainer's Ed25519 private key (PEM, PKCS#8, optionally encrypted).

    Raises ``TypeError`` when the key is encrypted and no password was given, ``ValueError``
    when it is not an Ed25519 private key, ``OSError`` when it cannot be read."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    data = Path(path).read_bytes()
    try:
        key = serialization.load_pem_private_key(data, password=password)
    except TypeError:
        raise
    except ValueError as exc:
        raise ValueError(f"not a PEM private key (or a wrong key passphrase): {exc}") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 private key")
    return key


def generate_key_pair(private_path: str | Path, public_path: str | Path, passphrase: bytes | None) -> str:
    """Make a new Ed25519 signing key; returns its key id (as :func:`key_id` gives it).

    The private key is written as PEM PKCS#8, encrypted with ``passphrase``
    (``BestAvailableEncryption``; ``None``: not encrypted, for throwaway keys only), mode 0600.
    The public key is written as PEM SubjectPublicKeyInfo, the format of the pinned
    ``travelrisk/keys/*.pub`` files, so it can replace one as is. Neither file is ever
    overwritten: ``FileExistsError`` (naming the file) if either exists, and then nothing is
    written; if the public key cannot be written, the private key just written is removed."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    private, public = Path(private_path), Path(public_path)
    if passphrase is not None and not passphrase:
        raise ValueError("the passphrase is empty (None writes an unencrypted key)")
    if private.absolute() == public.absolute():
        raise ValueError(f"{private}: the private and the public key cannot go to the same file")
    for path in (private, public):
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "exists; a key file is never overwritten", str(path))
    key = Ed25519PrivateKey.generate()
    encryption = (serialization.BestAvailableEncryption(passphrase) if passphrase is not None
                  else serialization.NoEncryption())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    write_new(private, pem, 0o600)
    try:
        write_new(public, public_pem, 0o644)
    except BaseException:
        private.unlink(missing_ok=True)
        raise
    return key_id(key.public_key())


# --- building ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PackInfo:
    """What a pack holds and who signed it. ``status``: "signed" (by a pinned key, verified),
    "unsigned" (no signature) or "foreign-key" (signed by a key that is not pinned)."""

    name: str
    version: str
    reviewed: date
    content_hash: str
    files: int
    status: str
    key_id: str | None

    @property
    def signed(self) -> bool:
        return self.status == "signed"


def _zip(members: Mapping[str, bytes]) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def assemble(manifest: bytes, files: Mapping[str, bytes], key: "Ed25519PrivateKey | None") -> bytes:
    """The pack bytes for a manifest and ``{relative path: bytes}``; signed when ``key`` is given."""
    members = {MANIFEST: manifest, **{f"rules/{rel}": data for rel, data in files.items()}}
    body = _zip(members)
    kid = bytes.fromhex(key_id(key.public_key())) if key is not None else _NO_KEY
    prefix = _PREFIX.pack(MAGIC, PACK_VERSION, kid)
    signature = key.sign(_CONTEXT + prefix + body) if key is not None else b"\0" * _SIG_LEN
    return prefix + signature + body


# --- reading ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Opened:
    info: PackInfo
    files: dict[str, bytes]


def _read_bytes(path: str | Path) -> bytes:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_PACK:
            raise DamagedPack(f"{p}: {size} bytes, larger than any rule pack ({MAX_PACK} bytes at most)")
        return p.read_bytes()
    except OSError as exc:
        raise OSError(f"{p}: cannot be read: {exc.strerror or exc}") from None


def _check_signature(data: bytes, trusted: Mapping[str, "Ed25519PublicKey"]) -> tuple[str, str | None]:
    """("signed" | "unsigned" | "foreign-key", key id); raises on a damaged envelope or a bad
    signature by a pinned key."""
    from cryptography.exceptions import InvalidSignature

    if len(data) < BODY_OFFSET or not data.startswith(MAGIC):
        raise DamagedPack("not a travelrisk rule pack (wrong magic bytes, or too short)")
    _, version, kid = _PREFIX.unpack_from(data)
    if version != PACK_VERSION:
        raise DamagedPack(f"rule pack format {version}; this travelrisk reads format {PACK_VERSION}")
    signature = data[_PREFIX.size : BODY_OFFSET]
    if kid == _NO_KEY:
        if signature != b"\0" * _SIG_LEN:
            raise DamagedPack("damaged: a signature without a key id")
        return "unsigned", None
    kid_hex = kid.hex()
    key = trusted.get(kid_hex)
    if key is None:
        return "foreign-key", kid_hex
    try:
        key.verify(signature, _CONTEXT + data[: _PREFIX.size] + data[BODY_OFFSET:])
    except InvalidSignature:
        raise BadSignature(
            f"the signature does not verify against the pinned key {kid_hex}: the pack was changed "
            "after it was signed, or damaged on the way. Do not use it; ask for a new copy"
        ) from None
    return "signed", kid_hex


def _members(body: bytes) -> dict[str, bytes]:
    import io
    import zipfile

    try:
        zf = zipfile.ZipFile(io.BytesIO(body))
        infos = zf.infolist()
    except Exception as exc:  # zipfile raises many kinds on malformed input
        raise DamagedPack(f"the archive inside the pack cannot be read: {exc}") from None
    if len(infos) > MAX_FILES + 1:
        raise DamagedPack(f"the archive holds {len(infos)} entries, more than a rulebook has")
    out: dict[str, bytes] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name != MANIFEST and not _MEMBER.match(name):
            raise DamagedPack(f"the archive holds {name!r}, which is not a rulebook file")
        if name in out:
            raise DamagedPack(f"the archive holds {name!r} twice")
        mode = (info.external_attr >> 16) & 0o170000
        if info.flag_bits & 0x1 or mode not in (0, 0o100000):
            raise DamagedPack(f"{name!r} is encrypted, a link or a special file")
        if info.file_size > MAX_FILE:
            raise DamagedPack(f"{name!r} is {info.file_size} bytes, too large for a rulebook file")
        try:
            with zf.open(info) as fh:
                data = fh.read(MAX_FILE + 1)
        except Exception as exc:
            raise DamagedPack(f"{name!r} cannot be read from the archive: {exc}") from None
        if len(data) > MAX_FILE:
            raise DamagedPack(f"{name!r} is too large for a rulebook file")
        total += len(data)
        if total > MAX_PACK:
            raise DamagedPack("the archive unpacks to more than a rulebook could hold")
        out[name] = data
    return out


def _manifest(members: dict[str, bytes]) -> tuple[dict, dict[str, bytes]]:
    raw = members.pop(MANIFEST, None)
    if raw is None:
        raise DamagedPack(f"the archive has no {MANIFEST}")
    try:
        import json  # deferred, for start-up time: every command imports this module, few open a pack

        manifest = json.loads(raw.decode("utf-8"))
        if manifest["format"] != MANIFEST_FORMAT or manifest["format_version"] != PACK_VERSION:
            raise ValueError(f"format {manifest['format']!r} {manifest['format_version']!r}")
        book = manifest["rulebook"]
        listed = manifest["files"]
        if not isinstance(listed, dict) or not all(
            isinstance(v, str) and re.fullmatch(r"[0-9a-f]{64}", v) for v in listed.values()
        ):
            raise ValueError("files must map paths to SHA-256 hex digests")
        date.fromisoformat(book["reviewed"])
        str(book["version"]), str(manifest["content_hash"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise DamagedPack(f"{MANIFEST} is not valid: {exc}") from None
    files = {name.removeprefix("rules/"): data for name, data in members.items()}
    missing = sorted(set(listed) - set(files))
    extra = sorted(set(files) - set(listed))
    if missing or extra:
        raise DamagedPack(
            "the archive does not match its manifest: "
            + "; ".join(filter(None, [missing and f"missing {', '.join(missing)}",
                                      extra and f"not listed {', '.join(extra)}"]))
        )
    for rel, data in sorted(files.items()):
        if hashlib.sha256(data).hexdigest() != listed[rel]:
            raise DamagedPack(f"rules/{rel}: its content does not match the hash in the manifest")
    return manifest, files


def read_pack(path: str | Path, *, trusted: Mapping[str, "Ed25519PublicKey"] | None = None) -> _Opened:
    """Check a pack's envelope and signature, then its archive against its manifest.

    Raises :class:`PackError` for a damaged pack or a bad signature by a pinned key (an
    unsigned or foreign-key pack is returned, with that ``status``)."""
    data = _read_bytes(path)
    status, kid = _check_signature(data, pinned_keys() if trusted is None else trusted)
    manifest, files = _manifest(_members(data[BODY_OFFSET:]))
    book = manifest["rulebook"]
    info = PackInfo(
        name=str(book.get("name", "")),
        version=str(book["version"]),
        reviewed=date.fromisoformat(book["reviewed"]),
        content_hash=str(manifest["content_hash"]),
        files=len(files),
        status=status,
        key_id=kid,
    )
    return _Opened(info, files)


def inspect_pack(path: str | Path, *, trusted: Mapping[str, "Ed25519PublicKey"] | None = None) -> PackInfo:
    """What a pack holds and its signature status, without installing it (for a preview)."""
    return read_pack(path, trusted=trusted).info


# --- installing -------------------------------------------------------------------------


@dataclass(frozen=True)
class Installed:
    info: PackInfo
    path: Path
    signed: bool
    replaced: str | None  # the version of the imported rulebook it replaced, if any


def _remove_leftovers(data: Path) -> None:
    import shutil

    for leftover in data.glob(".rulebook-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def remove_installed() -> list[Path]:
    """Delete the imported rulebook (the bundled one is used again); returns the deleted files."""
    import shutil

    folder = installed_folder()
    if not folder.exists():
        return []
    deleted = sorted(p for p in folder.rglob("*") if p.is_file())
    shutil.rmtree(folder)
    return deleted


def _installed_info(folder: Path, trusted: Mapping[str, "Ed25519PublicKey"] | None = None) -> PackInfo | None:
    """The installed pack's manifest and signature status, checked now; None if it is gone
    or no longer checks out (damaged, or a pinned key's signature that fails)."""
    try:
        return read_pack(folder / PACK_FILE, trusted=trusted).info
    except (PackError, OSError, KeyError, ValueError):
        return None


def trust_of(root: str | Path, content_hash: str) -> bool | None:
    """Is the rulebook in ``root`` signed? None for a plain folder (the bundled rulebook or
    one named with ``--rules``). For the imported rulebook, True only if the pack kept beside
    it verifies now against a key still pinned, and its signed manifest names exactly the
    content in use; checked on every load, never read from a file that says so."""
    if not is_installed(root):
        return None
    info = _installed_info(installed_folder())
    return info is not None and info.status == "signed" and info.content_hash == content_hash
