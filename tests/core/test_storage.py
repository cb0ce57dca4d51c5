"""Encrypted profiles: round trip, clear errors that leave files untouched, nothing readable
on disk, atomic saves that survive SIGKILL, forget, and the idle lock."""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from travelrisk.model.profile import Profile
from travelrisk.vault.idle import IdleLock
from travelrisk.vault.storage import (
    HEADER_SIZE,
    Argon2idParams,
    CorruptProfileError,
    ProfileNotFoundError,
    ProfileStore,
    ScryptParams,
    SUFFIX,
    StorageError,
    UnsupportedFormatError,
    WrongPassphraseError,
    app_folders,
    argon2id_available,
    default_kdf,
    forget_all,
    parse_header,
    profiles_folder,
    seal,
    unseal,
)

# Cheap parameters keep the many-file tests fast; the format records whatever was used.
FAST = Argon2idParams(iterations=1, memory_kib=64, lanes=1) if argon2id_available() else ScryptParams(n=16, r=1, p=1)
PASS = "correct horse battery staple"
LABEL = "Ivan Petrov"


def person() -> Profile:
    return Profile.model_validate(
        {
            "citizenships": ["BY", "PL"],
            "residence": "LT",
            "exposure": ["journalist", "donor"],
            "listings": [
                {"state": "RU", "kind": "interstate_wanted", "certainty": "known"},
                {"state": "BY", "kind": "extremist_list", "certainty": "suspected"},
            ],
            "documents": [{"kind": "refugee_travel_document", "issuer": "LT", "expires": "2031-07-19"}],
            "protections": [{"state": "LT", "kind": "asylum", "since": "2021-03-04"}],
        }
    )


def strings_of(value) -> set[str]:
    """Every string (keys and values) in a JSON document."""
    if isinstance(value, dict):
        return set(value) | {s for v in value.values() for s in strings_of(v)}
    if isinstance(value, list):
        return {s for v in value for s in strings_of(v)}
    return {value} if isinstance(value, str) else set()


def values_of(value) -> set[str]:
    """Every string value (not keys) in a JSON document."""
    if isinstance(value, dict):
        return {s for v in value.values() for s in values_of(v)}
    if isinstance(value, list):
        return {s for v in value for s in values_of(v)}
    return {value} if isinstance(value, str) else set()


@pytest.fixture
def store() -> ProfileStore:
    return ProfileStore(kdf=FAST)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


# --- round trip and placement -----------------------------------------------------------


def test_round_trip_under_the_xdg_data_folder(store, tmp_path):
    path = store.save(LABEL, person(), PASS)
    assert path.parent == profiles_folder()
    assert path.is_relative_to(tmp_path / "xdg" / "data" / "travelrisk")
    assert store.open(LABEL, PASS) == person()
    label, profile = store.open_file(path, PASS)
    assert (label, profile) == (LABEL, person())


def test_default_kdf_is_strong_and_recorded_in_the_header(tmp_path):
    kdf = default_kdf()
    if isinstance(kdf, Argon2idParams):
        assert (kdf.iterations, kdf.memory_kib, kdf.lanes) >= (3, 64 * 1024, 4)
    else:
        assert kdf.n >= 2**17 and kdf.r >= 8
    data = seal("x", person(), PASS)
    header = parse_header(data)
    assert header.kdf == kdf and len(header.salt) == 16
    assert data[:8] == b"TRVLPROF" and data[8] == 1
    assert unseal(data, PASS) == ("x", person())


def test_same_label_replaces_and_new_labels_get_new_random_names(store):
    a = store.save("a", person(), PASS)
    a2 = store.save("a", Profile(citizenships=["BY"]), PASS)
    b = store.save("b", person(), PASS)
    assert a == a2 and a != b
    assert store.open("a", PASS) == Profile(citizenships=["BY"])
    assert sorted(p.name for p in store.files()) == sorted([a.name, b.name])


def test_the_saved_profiles_are_listed_without_loading_any_cryptography(store, tmp_path):
    from travelrisk.vault.folders import profile_files

    saved = store.save("a", person(), PASS)
    (store.folder / f"notes{SUFFIX}").write_text("not ours")  # a name no store gives
    (store.folder / f"{'0' * 32}.txt").write_text("not a profile")
    (store.folder / f"{'1' * 32}{SUFFIX}").mkdir()  # a folder, not a file
    assert profile_files(store.folder) == store.files() == [saved]
    assert profile_files(tmp_path / "nowhere") == []
    p = subprocess.run([sys.executable, "-c", "import sys, travelrisk.vault.folders as f; f.profile_files(f.profiles_folder()); "
                        "print(sorted({'hashlib', 'hmac', 'cryptography', 'travelrisk.vault.storage'} & set(sys.modules)))"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "[]"


def test_files_are_private_to_the_user(store):
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    path = store.save(LABEL, person(), PASS)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert path.parent.parent.stat().st_mode & 0o777 == 0o700


def test_nothing_is_written_until_asked(tmp_path):
    from travelrisk import assess, assess_world, load_rulebook

    book = load_rulebook()  # takes no profile: the compiled cache it writes cannot hold one
    before = snapshot_tree(tmp_path)
    assert before and all(name.startswith("xdg/cache/travelrisk/rulebook-") for name in before)
    assess(person(), "KZ", rulebook=book)
    assess_world(person(), rulebook=load_rulebook())
    ProfileStore().entries()
    assert snapshot_tree(tmp_path) == before  # assessing a person writes nothing at all


def test_a_planted_compiled_cache_cannot_run_code(tmp_path):
    import pickle

    from travelrisk.language import compiled
    from travelrisk import load_rulebook
    from travelrisk.language.loader import content_hash, rulebook_files

    marker = tmp_path / "pwned"

    class Payload:
        def __reduce__(self):
            return (os.mkdir, (str(marker),))

    root = Path(__file__).parents[1] / "fixtures" / "mini"
    digest = content_hash(root, rulebook_files(root))
    path = compiled.cache_file(digest)
    path.parent.mkdir(parents=True)
    # Even with a correct check value, the restricted unpickler refuses to run anything.
    payload = pickle.dumps(Payload())
    planted = compiled._MAGIC + compiled._check_value(digest, payload) + payload
    path.write_bytes(planted)
    book = load_rulebook(root)
    assert not marker.exists()
    assert book.info.version == "test-1"
    assert path.read_bytes() != planted  # rebuilt from the rule files


def test_a_compiled_rulebook_changed_after_it_was_written_is_rebuilt(tmp_path):
    """Taking the raising rules out of the compiled copy must not lower anything: the copy
    no longer matches its check value, so the rulebook is read from its files again."""
    import pickle

    from travelrisk import Profile, assess, load_rulebook
    from travelrisk.language import compiled
    from travelrisk.language.loader import content_hash, rulebook_files

    root = Path(__file__).parents[1] / "fixtures" / "mini"
    wanted = Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}])
    before = assess(wanted, "KZ", on=date(2026, 1, 1), rulebook=load_rulebook(root)).level
    path = compiled.cache_file(content_hash(root, rulebook_files(root)))
    data = path.read_bytes()
    head = len(compiled._MAGIC) + compiled._CHECK
    table, book, countries, sources = pickle.loads(data[head:])
    book.rules = [r for r in book.rules if r.effect.value != "raises"]
    path.write_bytes(data[:head] + pickle.dumps((table, book, countries, sources)))  # the old check value
    again = load_rulebook(root)
    assert [r.id for r in again.rules] == [r.id for r in load_rulebook(root, use_cache=False).rules]
    assert assess(wanted, "KZ", on=date(2026, 1, 1), rulebook=again).level is before
    rebuilt = pickle.loads(path.read_bytes()[head:])[1]
    assert any(r.effect.value == "raises" for r in rebuilt.rules)  # the copy on disk was made anew


def snapshot_tree(root: Path) -> dict[str, tuple[bytes, int]]:
    return {p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(root.rglob("*")) if p.is_file()}


# --- nothing readable ---------------------------------------------------------------------


def test_saved_file_holds_no_profile_string_in_plain_text(store, tmp_path):
    cyrillic = "Иван Петров"
    store.save(LABEL, person(), PASS)
    store.save(cyrillic, person(), PASS)
    doc = person().model_dump(mode="json")
    personal = {s for s in values_of(doc) if len(s) >= 3} | {LABEL, cyrillic, "Ivan", "Petrov", "Иван", PASS}
    needles = personal | {s for s in strings_of(doc) if len(s) >= 3}
    needles |= {json.dumps(s) for s in strings_of(doc)}  # two-letter codes, as JSON writes them: "BY"
    needles |= {'"label"', '"profile"'}
    root = tmp_path / "xdg"
    written = list(root.rglob("*"))
    assert written
    for path in written:
        name = path.relative_to(root).as_posix()
        for needle in personal:
            assert needle.lower() not in name.lower(), (needle, name)
        if path.is_file():
            raw = path.read_bytes()
            for needle in needles:
                for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                    assert needle.encode(enc) not in raw, (needle, path)
    for path in store.files():
        assert len(path.stem) == 32 and int(path.stem, 16) >= 0  # 128 random bits, hex
        assert (path.stat().st_size - HEADER_SIZE - 16) % 4096 == 0  # padded: size says little


def test_file_size_does_not_grow_with_a_small_profile_change(store):
    a = store.save("a", Profile(citizenships=["BY"]), PASS)
    b = store.save("b", person(), PASS)
    assert a.stat().st_size == b.stat().st_size


# --- errors that leave the file untouched ------------------------------------------------


def test_wrong_passphrase_is_named_and_the_file_is_untouched(store):
    path = store.save(LABEL, person(), PASS)
    before = snapshot(path.parent)
    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        store.open(LABEL, "not the passphrase")
    with pytest.raises(WrongPassphraseError, match="wrong passphrase"):
        store.open_file(path, "not the passphrase")
    assert snapshot(path.parent) == before


def test_truncated_files_are_reported_as_truncated_and_left_as_they_are(store):
    path = store.save(LABEL, person(), PASS)
    good = path.read_bytes()
    for size in (0, 1, 8, 40, HEADER_SIZE - 1, HEADER_SIZE, HEADER_SIZE + 100, len(good) - 1):
        path.write_bytes(good[:size])
        before = snapshot(path.parent)
        with pytest.raises(CorruptProfileError, match="truncated"):
            store.open_file(path, PASS)
        with pytest.raises(CorruptProfileError, match="truncated"):
            store.open(LABEL, PASS)
        assert snapshot(path.parent) == before, size


def test_every_single_bit_flip_is_reported_as_damage_never_as_a_wrong_passphrase(store):
    path = store.save(LABEL, person(), PASS)
    good = path.read_bytes()
    rng = random.Random(6)
    for pos in range(len(good)):
        bad = bytearray(good)
        bad[pos] ^= 1 << rng.randrange(8)
        with pytest.raises(CorruptProfileError) as err:
            unseal(bytes(bad), PASS)
        assert "passphrase" not in str(err.value) or "passphrase is right" in str(err.value), pos
    # the body (past the header) is damage the key check tells apart from a wrong passphrase
    bad = bytearray(good)
    bad[HEADER_SIZE + 5] ^= 0x40
    with pytest.raises(CorruptProfileError, match="damaged contents: the passphrase is right"):
        unseal(bytes(bad), PASS)
    bad = bytearray(good)
    bad[30] ^= 0x01  # the salt, inside the header
    with pytest.raises(CorruptProfileError, match="damaged header"):
        unseal(bytes(bad), PASS)


def test_a_damaged_file_on_disk_gets_a_clear_error_and_is_never_touched(store):
    path = store.save(LABEL, person(), PASS)
    bad = bytearray(path.read_bytes())
    bad[HEADER_SIZE + 200] ^= 0x10
    path.write_bytes(bytes(bad))
    before = snapshot(path.parent)
    with pytest.raises(CorruptProfileError, match="damaged contents") as err:
        store.open(LABEL, PASS)
    assert path.name in str(err.value) and "left untouched" in str(err.value)
    entries = store.entries(PASS)
    assert [(e.state, e.id) for e in entries] == [("damaged", path.stem)]
    assert snapshot(path.parent) == before


def test_extra_bytes_and_foreign_files_are_damage():
    data = seal(LABEL, person(), PASS, kdf=FAST)
    with pytest.raises(CorruptProfileError, match="unexpected bytes"):
        unseal(data + b"\0", PASS)
    with pytest.raises(CorruptProfileError, match="not a travelrisk profile"):
        unseal(b'{"citizenships": ["BY"]}' + b" " * 100, PASS)


def test_a_newer_format_version_is_named():
    import hashlib

    data = bytearray(seal(LABEL, person(), PASS, kdf=FAST))
    data[8] = 2
    data[72:80] = hashlib.sha256(bytes(data[:72])).digest()[:8]  # a consistent header of version 2
    with pytest.raises(UnsupportedFormatError, match="format version 2"):
        unseal(bytes(data), PASS)


def test_a_header_asking_for_absurd_kdf_memory_is_refused_before_deriving():
    import hashlib
    import struct

    data = bytearray(seal(LABEL, person(), PASS, kdf=FAST))
    struct.pack_into(">III", data, 12, 3, 2**31, 4)
    data[72:80] = hashlib.sha256(bytes(data[:72])).digest()[:8]
    with pytest.raises(CorruptProfileError, match="out of range"):
        unseal(bytes(data), PASS)


def test_a_planted_file_with_the_largest_costs_an_old_header_allowed_is_refused_in_under_a_second(store, tmp_path):
    """A file asking for Argon2id t=64 and 2 GiB (or scrypt's old limits) beside a genuine
    one: opening the genuine one stays fast, and the planted one is named as damaged."""
    import hashlib
    import struct

    store.save("mine", person(), PASS)
    for costs in ((64, 2 * 1024 * 1024, 4), (4, 256 * 1024, 4), (5, 64 * 1024, 4)):
        data = bytearray(seal("planted", person(), PASS, kdf=FAST))
        struct.pack_into(">III", data, 12, *costs)
        data[72:80] = hashlib.sha256(bytes(data[:72])).digest()[:8]
        (store.folder / f"{costs[0]:02d}{costs[1]:030x}{SUFFIX}").write_bytes(bytes(data))
    started = time.monotonic()
    assert store.open("mine", PASS) == person()
    assert time.monotonic() - started < 1.0
    damaged = [e for e in store.entries(PASS) if e.state == "damaged"]
    assert len(damaged) == 3 and all("out of range" in e.problem for e in damaged)


def test_a_profile_too_large_to_reopen_is_refused_before_anything_is_written(store, monkeypatch):
    from travelrisk.vault import storage

    store.save("mine", person(), PASS)
    before = {p.name: p.read_bytes() for p in store.folder.iterdir()}
    monkeypatch.setattr(storage, "_MAX_BODY", 64)
    with pytest.raises(StorageError, match="too large to be opened again"):
        store.save("mine", person(), PASS)
    assert {p.name: p.read_bytes() for p in store.folder.iterdir()} == before


# --- labels, list, several passphrases ---------------------------------------------------


def test_list_shows_labels_only_to_the_passphrase_that_opens_them(store):
    a = store.save("mine", person(), PASS)
    b = store.save("theirs", person(), "another passphrase")
    assert [(e.state, e.label) for e in store.entries(PASS)] == [("open", "mine"), ("locked", None)]
    assert {e.id for e in store.entries(PASS)} == {a.stem, b.stem}
    assert [e.state for e in store.entries()] == ["locked", "locked"]  # no passphrase: opaque ids only
    assert all(e.label is None for e in store.entries())


def test_not_found_and_wrong_passphrase_are_told_apart_where_they_can_be(store):
    with pytest.raises(ProfileNotFoundError, match="no profile is saved"):
        store.open("x", PASS)
    store.save("mine", person(), PASS)
    with pytest.raises(ProfileNotFoundError, match="it opens 'mine'"):
        store.open("other", PASS)
    with pytest.raises(WrongPassphraseError):
        store.open("mine", "nope")


def test_bad_labels_and_empty_passphrases_are_refused(store):
    for label in ("", "   ", "a\nb", "x" * 201):
        with pytest.raises(ValueError):
            store.save(label, person(), PASS)
    with pytest.raises(ValueError):
        store.save("ok", person(), "")
    assert not store.files()


def test_unicode_passphrases_are_normalised():
    composed, decomposed = "пароль-й", "пароль-и\u0306"
    assert unseal(seal("a", person(), composed, kdf=FAST), decomposed)[0] == "a"


def test_one_key_derivation_opens_every_profile_of_one_passphrase(store, monkeypatch):
    for i in range(4):
        store.save(f"p{i}", person(), PASS)
    calls = []
    original = type(FAST).derive
    monkeypatch.setattr(type(FAST), "derive", lambda self, *a: calls.append(1) or original(self, *a))
    assert len(store.entries(PASS)) == 4
    assert len(calls) == 1


def test_open_never_writes(store):
    path = store.save(LABEL, person(), PASS)
    before = snapshot(path.parent)
    store.open(LABEL, PASS)
    store.entries(PASS)
    store.entries()
    assert snapshot(path.parent) == before


# --- forget -----------------------------------------------------------------------------


def test_forget_deletes_one_profile_and_says_which(store):
    keep = store.save("keep", person(), PASS)
    gone = store.save("gone", person(), PASS)
    assert store.forget("gone", PASS) == [gone]
    assert not gone.exists() and keep.exists()
    with pytest.raises(WrongPassphraseError):
        store.forget("keep", "nope")
    assert keep.exists()
    assert store.forget_id(keep.stem) == [keep]
    assert store.files() == []


def test_forget_all_deletes_every_file_travelrisk_wrote(store, tmp_path):
    from travelrisk import load_rulebook

    store.save(LABEL, person(), PASS)
    load_rulebook()  # writes the compiled-rulebook cache
    written = sorted(p for root in app_folders() if root.exists() for p in root.rglob("*") if p.is_file())
    assert any("cache" in str(p) for p in written) and any(p.suffix == ".trp" for p in written)
    gone = forget_all()
    assert sorted(gone.files) == written
    assert all(not root.exists() for root in app_folders())
    assert tmp_path.joinpath("xdg").exists()  # only travelrisk's own folders went
    assert forget_all().files == []


# --- SIGKILL at random points -------------------------------------------------------------

SAVER = r"""
import os, sys
from datetime import date, timedelta
from travelrisk.model.profile import Profile
from travelrisk.vault.storage import ProfileStore, Argon2idParams, ScryptParams, argon2id_available
kdf = Argon2idParams(1, 64, 1) if argon2id_available() else ScryptParams(16, 1, 1)
store = ProfileStore(sys.argv[1], kdf=kdf)
def version(i):
    return Profile(citizenships=["BY"], documents=[{"issuer": "BY", "expires": date(2000, 1, 1) + timedelta(days=i)}])
store.open("anna", "pw")  # warm up: every module a save needs is imported before forking
for line in sys.stdin:
    start = int(line)
    pid = os.fork()
    if pid == 0:
        i = start
        while True:
            store.save("anna", version(i), "pw")
            os.write(1, b"saved %d\n" % i)
            i += 1
    os.write(1, b"pid %d\n" % pid)
    os.waitpid(pid, 0)
    os.write(1, b"reaped\n")
"""


def version_of(profile: Profile) -> int:
    return (profile.documents[0].expires - date(2000, 1, 1)).days


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_a_save_killed_at_random_points_never_breaks_or_loses_the_profile(tmp_path):
    folder = tmp_path / "profiles"
    store = ProfileStore(folder, kdf=FAST)
    store.save("anna", Profile(citizenships=["BY"], documents=[{"issuer": "BY", "expires": date(2000, 1, 1)}]), "pw")
    last_good = 0
    proc = subprocess.Popen([sys.executable, "-c", SAVER, str(folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, bufsize=0)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(b.decode().strip()) for b in proc.stdout], daemon=True).start()

    def until(prefix: str) -> tuple[str, list[int]]:
        saved = []
        while True:
            line = lines.get(timeout=30)
            if line.startswith("saved "):
                saved.append(int(line.split()[1]))
            elif line.startswith(prefix):
                return line, saved

    rng = random.Random(1)
    tries, mid_write, deadline = 0, 0, time.monotonic() + 45
    try:
        while tries < 150 and not (tries >= 100 and time.monotonic() > deadline):
            proc.stdin.write(b"%d\n" % (last_good + 1))
            line, saved = until("pid ")
            pid = int(line.split()[1])
            time.sleep(rng.uniform(0, 0.02))
            os.kill(pid, signal.SIGKILL)
            _, more = until("reaped")
            saved += more
            tries += 1
            mid_write += any(folder.glob(".tmp-*"))
            files = store.files()
            assert len(files) == 1, files
            got = version_of(store.open("anna", "pw"))  # never unreadable
            floor = max([last_good, *saved])
            assert floor <= got <= floor + 1, (got, floor)  # never older than the last good save
            last_good = got
    finally:
        proc.kill()
        proc.wait()
    assert tries >= 100
    assert last_good > 0  # saves did complete between kills
    assert mid_write > 0  # and some kills landed while a save was writing
    store.save("anna", Profile(), "pw")
    assert not list(folder.glob(".tmp-*"))  # a later save clears what killed saves left


# --- idle lock --------------------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_idle_lock_drops_the_profile_after_the_chosen_idle_time():
    clock, locked = FakeClock(), []
    lock: IdleLock[Profile] = IdleLock(300, clock=clock, on_lock=lambda: locked.append(clock.now))
    assert lock.locked and lock.value is None  # nothing held yet
    lock.hold(person())
    assert not lock.locked and lock.value == person()
    clock.now += 200
    lock.touch()  # the user did something: the idle time starts again
    clock.now += 299
    assert lock.remaining() == pytest.approx(1)
    assert lock.value == person() and locked == []
    clock.now += 1
    assert lock.value is None and lock.locked
    assert locked == [1500.0]
    clock.now += 1000
    lock.poll()
    lock.touch()
    assert locked == [1500.0]  # told once
    lock.hold(person())  # unlocked again with the passphrase
    assert lock.value == person()
    lock.lock()
    assert lock.value is None and locked == [1500.0, 2500.0]


def test_idle_lock_rejects_a_non_positive_timeout():
    with pytest.raises(ValueError):
        IdleLock(0)


def test_storage_errors_share_one_base():
    for cls in (CorruptProfileError, WrongPassphraseError, ProfileNotFoundError, UnsupportedFormatError):
        assert issubclass(cls, StorageError)
