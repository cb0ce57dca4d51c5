"""Saved profiles: encrypted with a passphrase, under opaque names, written atomically.

Private mode is the default: nothing here runs unless the user asks to save. A saved profile
is one file in ``<user data folder>/profiles/`` (``platformdirs.user_data_dir("travelrisk")``,
so the XDG variables move it), named by 128 random bits: ``3f9c...e1.trp``. The label the
user chose ("me", "Anna") lives *inside* the encrypted payload, never in a file name, so a
seized disk shows how many profiles were saved and when, and nothing else about them. A
name derived from the label by a salted hash would let whoever holds the disk test guesses
("is there a profile named after this wanted person?"); random names cannot be tested.

The price: finding a profile by its label needs the passphrase. ``open``, ``entries`` and
``forget`` unlock every file the passphrase opens and match the label inside. Files saved
with the same passphrase share one salt, so that costs one key derivation, not one per file.

File format (version 1), all integers big-endian::

    offset size
     0      8   magic b"TRVLPROF"
     8      1   format version (1)
     9      1   KDF: 1 = scrypt, 2 = Argon2id
    10      1   cipher: 1 = AES-256-GCM
    11      1   reserved (0)
    12      4   KDF cost 1: Argon2id iterations | scrypt n
    16      4   KDF cost 2: Argon2id memory (KiB) | scrypt r
    20      4   KDF cost 3: Argon2id lanes | scrypt p
    24      4   length of the ciphertext that follows the header (tag included)
    28     16   salt
    44     12   nonce
    56     16   key check: HMAC-SHA256(check key, bytes 0..55), first 16 bytes
    72      8   header checksum: SHA-256(bytes 0..71), first 8 bytes
    80      …   AES-256-GCM(encryption key, nonce, plaintext, associated data = bytes 0..79)

The passphrase (NFC-normalised UTF-8) and salt go through the KDF to 32 bytes; HKDF-SHA256
expands them into the encryption key and the check key. The plaintext is a 4-byte length,
the JSON ``{"label": ..., "profile": {...}}``, and zero padding to a multiple of 4096 bytes,
so the file size says little about how much the profile holds.

Errors are told apart: a short file is *truncated*; a bad magic, checksum or parameter is a
*damaged header*; a key check that fails is a *wrong passphrase*; a key check that passes but
a ciphertext that does not authenticate is *damaged contents*. Reading never writes, moves or
deletes the file.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
import struct
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import fsync_folder, write_atomic  # noqa: F401  (re-exported for callers)
from .folders import APP, NAME as _NAME, SUFFIX, app_folders, data_folder, profile_files, profiles_folder  # noqa: F401
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..model.profile import Profile  # deferred: the app imports storage before pydantic

MAGIC = b"TRVLPROF"
FORMAT_VERSION = 1
KDF_SCRYPT, KDF_ARGON2ID = 1, 2
CIPHER_AES256GCM = 1
PAD_TO = 4096

_FIXED = struct.Struct(">8sBBBBIIII16s12s")  # bytes 0..55
_CHECK_LEN, _SUM_LEN, _TAG_LEN = 16, 8, 16
HEADER_SIZE = _FIXED.size + _CHECK_LEN + _SUM_LEN  # 80
_HKDF_INFO = b"travelrisk profile v1: encryption key + check key"
_MAX_BODY = 16 * 1024 * 1024


# --- errors -----------------------------------------------------------------------------


class StorageError(Exception):
    """A saved profile that cannot be opened; the message says why, for a person to read."""


class LabelTaken(StorageError):
    """A profile is already saved under this label (with this passphrase)."""


class CorruptProfileError(StorageError):
    """The file is truncated or damaged (header or contents). It is left as it is."""


class WrongPassphraseError(StorageError):
    """The passphrase does not open the file (or none of the saved files)."""


class UnsupportedFormatError(StorageError):
    """The file was written by a newer travelrisk (a format version this one does not know)."""


class ProfileNotFoundError(StorageError):
    """No saved profile has that label among those the passphrase opens."""


def _private_folder(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)




def remove_stale_temporaries(folder: Path, *, older_than: float = 600.0) -> list[Path]:
    """Delete temporary files left by a save that was killed (they hold only ciphertext).

    On POSIX a temporary whose writing process is gone is stale at once; elsewhere, one
    older than ``older_than`` seconds is."""
    removed: list[Path] = []
    try:
        entries = list(folder.glob(".tmp-*"))
    except OSError:
        return removed
    now = time.time()
    for tmp in entries:
        stale = False
        m = re.match(r"\.tmp-(\d+)-", tmp.name)
        if os.name == "posix" and m:
            pid = int(m.group(1))
            if pid != os.getpid():
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    stale = True
                except OSError:
                    pass
        else:
            try:
                stale = now - tmp.stat().st_mtime > older_than
            except OSError:
                continue
        if stale:
            try:
                tmp.unlink()
                removed.append(tmp)
            except OSError:
                pass
    return removed


# --- key derivation ---------------------------------------------------------------------


def argon2id_available() -> bool:
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True)
class Argon2idParams:
    """Argon2id cost (RFC 9106's second recommended option by default: t=3, 64 MiB, p=4)."""

    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4

    ident = KDF_ARGON2ID
    name = "argon2id"

    def costs(self) -> tuple[int, int, int]:
        return (self.iterations, self.memory_kib, self.lanes)

    def problem(self) -> str | None:
        # Only the costs travelrisk itself writes (and a little headroom): a planted file with
        # enormous costs must not make opening a genuine one take minutes and gigabytes.
        if not 1 <= self.lanes <= 4:
            return f"Argon2id lanes {self.lanes} out of range 1..4"
        if not 1 <= self.iterations <= 4:
            return f"Argon2id iterations {self.iterations} out of range 1..4"
        if not 8 * self.lanes <= self.memory_kib <= 128 * 1024:
            return f"Argon2id memory {self.memory_kib} KiB out of range {8 * self.lanes}..128 MiB"
        return None

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

        return Argon2id(
            salt=salt, length=32, iterations=self.iterations, lanes=self.lanes, memory_cost=self.memory_kib
        ).derive(secret)


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost (n=2^17, r=8, p=1 by default: 128 MiB), used where Argon2id is missing."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    ident = KDF_SCRYPT
    name = "scrypt"

    def costs(self) -> tuple[int, int, int]:
        return (self.n, self.r, self.p)

    def problem(self) -> str | None:
        # Only the costs travelrisk itself writes (and a little headroom); see Argon2idParams.
        if self.n < 2 or self.n & (self.n - 1) or self.n > 2**18:
            return f"scrypt n {self.n} is not a power of two in 2..2^18"
        if not 1 <= self.r <= 8 or not 1 <= self.p <= 2:
            return f"scrypt r={self.r}, p={self.p} out of range (r 1..8, p 1..2)"
        return None

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        return Scrypt(salt=salt, length=32, n=self.n, r=self.r, p=self.p).derive(secret)


KdfParams = Argon2idParams | ScryptParams


def default_kdf() -> KdfParams:
    """Argon2id where ``cryptography`` has it (version 44 and later), scrypt otherwise."""
    return Argon2idParams() if argon2id_available() else ScryptParams()


def _kdf_from_header(ident: int, c1: int, c2: int, c3: int) -> KdfParams:
    if ident == KDF_ARGON2ID:
        if not argon2id_available():
            raise UnsupportedFormatError(
                "it was saved with Argon2id, which this installation's 'cryptography' lacks "
                "(upgrade cryptography to 44 or later)"
            )
        params: KdfParams = Argon2idParams(c1, c2, c3)
    elif ident == KDF_SCRYPT:
        params = ScryptParams(c1, c2, c3)
    else:
        raise CorruptProfileError(f"damaged header: unknown key derivation {ident}")
    problem = params.problem()
    if problem:
        raise CorruptProfileError(f"damaged header: {problem}")
    return params


def _normalise(passphrase: str) -> bytes:
    if not passphrase:
        raise ValueError("the passphrase is empty")
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


@dataclass(frozen=True)
class _Keys:
    kdf: KdfParams
    salt: bytes
    encryption: bytes = field(repr=False)
    check: bytes = field(repr=False)


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> _Keys:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    master = kdf.derive(_normalise(passphrase), salt)
    both = HKDF(algorithm=hashes.SHA256(), length=64, salt=None, info=_HKDF_INFO).derive(master)
    return _Keys(kdf, salt, both[:32], both[32:])


class _KeyRing:
    """Keys derived during one operation, by (KDF parameters, salt): one derivation each."""

    def __init__(self, passphrase: str):
        self.passphrase = passphrase
        self._keys: dict[tuple[KdfParams, bytes], _Keys] = {}

    def get(self, kdf: KdfParams, salt: bytes) -> _Keys:
        key = (kdf, salt)
        if key not in self._keys:
            self._keys[key] = _derive(self.passphrase, salt, kdf)
        return self._keys[key]


# --- the sealed format ------------------------------------------------------------------


@dataclass(frozen=True)
class Header:
    """A parsed, checksum-verified header (the KDF parameters and salt a file was made with)."""

    version: int
    kdf: KdfParams
    cipher: int
    body_len: int
    salt: bytes
    nonce: bytes
    check: bytes
    raw: bytes


def _header_bytes(keys: _Keys, nonce: bytes, body_len: int) -> bytes:
    fixed = _FIXED.pack(
        MAGIC, FORMAT_VERSION, keys.kdf.ident, CIPHER_AES256GCM, 0, *keys.kdf.costs(), body_len, keys.salt, nonce
    )
    check = hmac.new(keys.check, fixed, hashlib.sha256).digest()[:_CHECK_LEN]
    head = fixed + check
    return head + hashlib.sha256(head).digest()[:_SUM_LEN]


def parse_header(data: bytes) -> Header:
    """Check length, magic, checksum, version and parameters; no passphrase needed."""
    if not data.startswith(MAGIC) and not (len(data) < len(MAGIC) and MAGIC.startswith(data)):
        raise CorruptProfileError("not a travelrisk profile (wrong magic bytes)")
    if len(data) < HEADER_SIZE:
        raise CorruptProfileError(f"truncated: {len(data)} bytes, shorter than the {HEADER_SIZE}-byte header")
    _, version, kdf_id, cipher, reserved, c1, c2, c3, body_len, salt, nonce = _FIXED.unpack_from(data)
    head = data[: HEADER_SIZE - _SUM_LEN]
    if not hmac.compare_digest(hashlib.sha256(head).digest()[:_SUM_LEN], data[HEADER_SIZE - _SUM_LEN : HEADER_SIZE]):
        raise CorruptProfileError("damaged header (its checksum does not match)")
    if version != FORMAT_VERSION:
        raise UnsupportedFormatError(
            f"format version {version}; this travelrisk reads version {FORMAT_VERSION} (update travelrisk)"
        )
    if cipher != CIPHER_AES256GCM or reserved != 0:
        raise CorruptProfileError(f"damaged header: unknown cipher {cipher} or flags {reserved}")
    if not _TAG_LEN <= body_len <= _MAX_BODY:
        raise CorruptProfileError(f"damaged header: contents length {body_len} out of range")
    kdf = _kdf_from_header(kdf_id, c1, c2, c3)
    expected = HEADER_SIZE + body_len
    if len(data) < expected:
        raise CorruptProfileError(f"truncated: {len(data)} of {expected} bytes")
    if len(data) > expected:
        raise CorruptProfileError(f"damaged: {len(data) - expected} unexpected bytes after the contents")
    return Header(version, kdf, cipher, body_len, salt, nonce, data[_FIXED.size : _FIXED.size + _CHECK_LEN],
                  data[:HEADER_SIZE])


def _key_matches(header: Header, keys: _Keys) -> bool:
    mine = hmac.new(keys.check, header.raw[: _FIXED.size], hashlib.sha256).digest()[:_CHECK_LEN]
    return hmac.compare_digest(mine, header.check)


def _plaintext(label: str, profile: "Profile") -> bytes:
    doc = json.dumps({"label": label, "profile": profile.model_dump(mode="json")}, ensure_ascii=False,
                     separators=(",", ":")).encode("utf-8")
    framed = struct.pack(">I", len(doc)) + doc
    return framed + b"\0" * (-len(framed) % PAD_TO)


def _seal_with(keys: _Keys, label: str, profile: "Profile") -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    plain = _plaintext(label, profile)
    nonce = secrets.token_bytes(12)
    header = _header_bytes(keys, nonce, len(plain) + _TAG_LEN)
    return header + AESGCM(keys.encryption).encrypt(nonce, plain, header)


def _open_with(header: Header, data: bytes, keys: _Keys) -> tuple[str, "Profile"]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from pydantic import ValidationError

    from ..model.profile import Profile  # deferred: the app imports storage before pydantic

    try:
        plain = AESGCM(keys.encryption).decrypt(header.nonce, data[HEADER_SIZE:], header.raw)
    except InvalidTag:
        raise CorruptProfileError(
            "damaged contents: the passphrase is right, but the encrypted data was changed or damaged"
        ) from None
    try:
        (size,) = struct.unpack_from(">I", plain)
        doc = json.loads(plain[4 : 4 + size].decode("utf-8"))
        return str(doc["label"]), Profile.model_validate(doc["profile"])
    except ValidationError as exc:
        from ..model.profile import profile_problems  # deferred: the app imports storage before pydantic

        # the problems name fields, never what they held: a profile is private
        raise CorruptProfileError("the decrypted profile is not valid: " + "; ".join(profile_problems(exc))) from None
    except (struct.error, ValueError, KeyError, TypeError, RecursionError):
        raise CorruptProfileError("the decrypted profile is not valid: its contents cannot be read") from None


def seal(label: str, profile: "Profile", passphrase: str, *, kdf: KdfParams | None = None) -> bytes:
    """The encrypted bytes of a labelled profile (a fresh salt and nonce)."""
    keys = _derive(passphrase, secrets.token_bytes(16), kdf or default_kdf())
    return _seal_with(keys, check_label(label), profile)


def unseal(data: bytes, passphrase: str) -> tuple[str, "Profile"]:
    """``(label, profile)`` from sealed bytes; raises a :class:`StorageError` saying why not."""
    header = parse_header(data)
    keys = _derive(passphrase, header.salt, header.kdf)
    if not _key_matches(header, keys):
        raise WrongPassphraseError("wrong passphrase")
    return _open_with(header, data, keys)


def check_label(label: str) -> str:
    """A label is the user's own name for a profile: 1 to 200 characters, no control characters."""
    label = unicodedata.normalize("NFC", label)
    if not label.strip():
        raise ValueError("the label is empty")
    if len(label) > 200:
        raise ValueError("the label is longer than 200 characters")
    if any(unicodedata.category(ch) == "Cc" for ch in label):
        raise ValueError("the label contains control characters")
    return label


# --- the store --------------------------------------------------------------------------


@dataclass(frozen=True)
class SavedProfile:
    """One file in the store as ``entries`` shows it: its opaque id always; its label only when
    the passphrase opened it (``state`` "open"), else ``state`` is "locked" or "damaged"."""

    id: str
    path: Path
    state: str
    label: str | None = None
    problem: str | None = None


@dataclass
class _Scan:
    opened: list[tuple[Path, str, "Profile", _Keys]] = field(default_factory=list)
    locked: list[Path] = field(default_factory=list)
    damaged: list[tuple[Path, StorageError]] = field(default_factory=list)


class ProfileStore:
    """Saved profiles in one folder (``profiles_folder()`` by default).

    ``kdf`` sets the key derivation for new files (``default_kdf()``); opening reads the
    parameters from each file's header."""

    def __init__(self, folder: str | Path | None = None, *, kdf: KdfParams | None = None):
        self.folder = Path(folder) if folder is not None else profiles_folder()
        self._kdf = kdf
        if kdf is not None:
            self._check(kdf)

    @property
    def kdf(self) -> KdfParams:
        # Resolved on first use: listing the folder needs no cryptography loaded.
        if self._kdf is None:
            self._kdf = self._check(default_kdf())
        return self._kdf

    @staticmethod
    def _check(kdf: KdfParams) -> KdfParams:
        problem = kdf.problem()
        if problem:
            raise ValueError(problem)
        return kdf

    def files(self) -> list[Path]:
        return profile_files(self.folder)

    def path_for(self, profile_id: str) -> Path:
        if not _NAME.match(profile_id):
            raise ValueError(f"{profile_id!r} is not a profile id (32 hexadecimal characters)")
        return self.folder / f"{profile_id}{SUFFIX}"

    def _scan(self, passphrase: str) -> _Scan:
        ring = _KeyRing(passphrase)
        scan = _Scan()
        for path in self.files():
            try:
                data = _read_limited(path)
                header = parse_header(data)
                keys = ring.get(header.kdf, header.salt)
                if not _key_matches(header, keys):
                    scan.locked.append(path)
                    continue
                label, profile = _open_with(header, data, keys)
            except OSError as exc:
                scan.damaged.append((path, CorruptProfileError(f"cannot be read: {exc.strerror or exc}")))
                continue
            except StorageError as exc:
                scan.damaged.append((path, exc))
                continue
            scan.opened.append((path, label, profile, keys))
        return scan

    def _not_found(self, label: str, scan: _Scan) -> StorageError:
        if not (scan.opened or scan.locked or scan.damaged):
            return ProfileNotFoundError(f"{label!r}: no profile is saved in {self.folder}")
        if scan.damaged:
            listing = "; ".join(f"{p.name}: {e}" for p, e in scan.damaged)
            return CorruptProfileError(
                f"{label!r}: not among the profiles this passphrase opens, and {len(scan.damaged)} saved "
                f"file(s) cannot be read ({listing}); they were left untouched"
            )
        if not scan.opened:
            return WrongPassphraseError(
                f"wrong passphrase: it opens none of the {len(scan.locked)} saved profile(s)"
            )
        labels = ", ".join(sorted(repr(lbl) for _, lbl, _, _ in scan.opened))
        return ProfileNotFoundError(f"{label!r}: no profile with this label opens with this passphrase "
                                    f"(it opens {labels})")

    def save(self, label: str, profile: "Profile", passphrase: str, *, replace: bool = True) -> Path:
        """Encrypt and write a profile; a profile with the same label that the same
        passphrase opens is replaced (atomically) if ``replace``, else refused with
        :class:`LabelTaken`; without one, a new file with a random name is made. A profile too
        large to be opened again is refused before anything is written."""
        label = check_label(label)
        _normalise(passphrase)
        if self.folder == profiles_folder():
            _private_folder(self.folder.parent)
        _private_folder(self.folder)
        remove_stale_temporaries(self.folder)
        scan = self._scan(passphrase)
        same = [(path, keys) for path, lbl, _, keys in scan.opened if lbl == label]
        if same and not replace:
            raise LabelTaken(f"a profile labelled {label!r} is already saved with this passphrase; "
                             "nothing was written (replace it on purpose, or choose another label)")
        if same:
            path, keys = same[0]
            if keys.kdf != self.kdf:
                keys = _derive(passphrase, secrets.token_bytes(16), self.kdf)
        else:
            path = self.folder / f"{secrets.token_hex(16)}{SUFFIX}"
            shared = next((k for _, _, _, k in scan.opened if k.kdf == self.kdf), None)
            keys = shared or _derive(passphrase, secrets.token_bytes(16), self.kdf)
        sealed = _seal_with(keys, label, profile)
        if len(sealed) - HEADER_SIZE > _MAX_BODY:
            raise StorageError(f"this profile is too large to be opened again (more than {_MAX_BODY // 2**20} MiB "
                               "encrypted); nothing was written")
        write_atomic(path, sealed)
        return path

    def open(self, label: str, passphrase: str) -> "Profile":
        """The profile saved under ``label`` with this passphrase. Never writes anything."""
        label = check_label(label)
        scan = self._scan(passphrase)
        for _, lbl, profile, _ in scan.opened:
            if lbl == label:
                return profile
        raise self._not_found(label, scan)

    def open_file(self, path: str | Path, passphrase: str) -> tuple[str, "Profile"]:
        """``(label, profile)`` from one file, with the precise reason if it cannot be opened."""
        try:
            data = _read_limited(Path(path))
        except OSError as exc:
            raise StorageError(f"{path}: cannot be read: {exc.strerror or exc}") from None
        return unseal(data, passphrase)

    def entries(self, passphrase: str | None = None) -> list[SavedProfile]:
        """Every saved file: with a passphrase, the labels of those it opens; without one,
        opaque ids only."""
        if passphrase is None:
            out = []
            for path in self.files():
                try:
                    parse_header(_read_limited(path))
                    out.append(SavedProfile(path.stem, path, "locked"))
                except (OSError, StorageError) as exc:
                    out.append(SavedProfile(path.stem, path, "damaged", problem=str(exc)))
            return out
        scan = self._scan(passphrase)
        entries = [SavedProfile(p.stem, p, "open", label=lbl) for p, lbl, _, _ in scan.opened]
        entries += [SavedProfile(p.stem, p, "locked") for p in scan.locked]
        entries += [SavedProfile(p.stem, p, "damaged", problem=str(e)) for p, e in scan.damaged]
        return sorted(entries, key=lambda e: (e.state != "open", e.label or "", e.id))

    def forget(self, label: str, passphrase: str) -> list[Path]:
        """Delete every file with this label that the passphrase opens; returns what was deleted."""
        label = check_label(label)
        scan = self._scan(passphrase)
        targets = [path for path, lbl, _, _ in scan.opened if lbl == label]
        if not targets:
            raise self._not_found(label, scan)
        deleted = _unlink_all(targets)
        deleted += remove_stale_temporaries(self.folder)
        fsync_folder(self.folder)
        return deleted

    def forget_id(self, profile_id: str) -> list[Path]:
        """Delete one file by its opaque id (as ``entries`` shows it); no passphrase needed."""
        path = self.path_for(profile_id)
        if not path.is_file():
            raise ProfileNotFoundError(f"no saved profile has the id {profile_id}")
        deleted = _unlink_all([path])
        fsync_folder(self.folder)
        return deleted


def _read_limited(path: Path) -> bytes:
    """A saved file's bytes, reading no more than the largest valid file (plus one byte)."""
    with path.open("rb") as fh:
        return fh.read(HEADER_SIZE + _MAX_BODY + 1)


def _unlink_all(paths: Iterable[Path]) -> list[Path]:
    deleted = []
    for path in paths:
        try:
            path.unlink()
            deleted.append(path)
        except FileNotFoundError:
            pass
    return deleted


@dataclass(frozen=True)
class Forgotten:
    """What ``forget_all`` deleted."""

    files: list[Path]
    folders: list[Path]


def forget_all() -> Forgotten:
    """Delete every file travelrisk has written: saved profiles, an imported rulebook, the
    compiled-rulebook cache, and the app's settings (every folder in ``app_folders()``).

    Returns the deleted files and folders. Files are unlinked, not
    overwritten: on SSDs and journaling file systems overwriting in place is no guarantee,
    which is why profiles are only ever written encrypted."""
    files: list[Path] = []
    folders: list[Path] = []
    for root in app_folders():
        if APP not in root.parts or not root.exists() or root.is_symlink():
            if root.is_symlink():
                root.unlink()
                files.append(root)
            continue
        for folder, dirs, names in os.walk(root, topdown=False):
            base = Path(folder)
            for name in names:
                path = base / name
                try:
                    path.unlink()
                    files.append(path)
                except FileNotFoundError:
                    pass
            for name in dirs:
                path = base / name
                if path.is_symlink():
                    path.unlink()
                    files.append(path)
                else:
                    try:
                        path.rmdir()
                        folders.append(path)
                    except OSError:
                        pass
        try:
            root.rmdir()
            folders.append(root)
        except OSError:
            pass
    return Forgotten(files, folders)


# --- module-level convenience (the app and the CLI call these) ---------------------------


def save_profile(label: str, profile: "Profile", passphrase: str) -> Path:
    return ProfileStore().save(label, profile, passphrase)


def open_profile(label: str, passphrase: str) -> "Profile":
    return ProfileStore().open(label, passphrase)


def list_profiles(passphrase: str | None = None) -> list[SavedProfile]:
    return ProfileStore().entries(passphrase)


def forget(label: str, passphrase: str) -> list[Path]:
    return ProfileStore().forget(label, passphrase)
