"""Signed rule packs: what is installed, what is refused and why, and what load_rulebook uses."""

from __future__ import annotations

import re
import shutil
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from travelrisk import Profile, assess, load_rulebook
from travelrisk.engine import updates
from travelrisk.vault import rulepack
from travelrisk.language.loader import RulebookError, bundled_rules_path, default_rules_path
from travelrisk.vault.rulepack import (
    BODY_OFFSET,
    BadSignature,
    DamagedPack,
    ForeignKeyPack,
    InvalidRulebookPack,
    OlderPack,
    PackError,
    UnsignedPack,
    assemble,
    generate_key_pair,
    inspect_pack,
    key_id,
    load_private_key,
    load_public_key,
    read_pack,
)
from travelrisk.engine.core import rulebook_notices
from travelrisk.engine.updates import build_pack, import_pack
from travelrisk.vault.installed import installed_rules_path
from travelrisk.vault.storage import data_folder, forget_all

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"

PERSON = Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}])
BUNDLED_REVIEWED: date = tomllib.loads((bundled_rules_path() / "rulebook.toml").read_text())["reviewed"]


def rules_copy(dest: Path, *, version: str = "test-2", reviewed: date = BUNDLED_REVIEWED) -> Path:
    """The mini fixture rulebook, renamed, reviewed on the bundled rulebook's date (not older)."""
    shutil.copytree(FIXTURES / "mini", dest)
    (dest / "rulebook.toml").write_text(f'version = "{version}"\nreviewed = {reviewed.isoformat()}\n')
    return dest


@pytest.fixture
def signer() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@pytest.fixture
def pinned(monkeypatch, signer) -> dict[str, Ed25519PublicKey]:
    """Pin the test signer's public key in place of the package's (whose private half is not here)."""
    keys = {key_id(signer.public_key()): signer.public_key()}
    monkeypatch.setattr(rulepack, "pinned_keys", lambda: dict(keys))
    return keys


@pytest.fixture
def pack(tmp_path, signer) -> Path:
    out = tmp_path / "update.trpack"
    build_pack(rules_copy(tmp_path / "rules"), out, signer)
    return out


def nothing_installed() -> bool:
    return installed_rules_path() is None and not (data_folder() / "rulebook").exists()


# --- signed and installed ------------------------------------------------------------------


def test_a_signed_pack_is_installed_and_load_rulebook_uses_it(pack, pinned):
    assert default_rules_path() == bundled_rules_path()
    done = import_pack(pack)
    assert done.signed and done.info.version == "test-2" and done.info.files == 16
    assert done.path.is_relative_to(data_folder())
    assert default_rules_path() == done.path == installed_rules_path()
    book = load_rulebook()
    assert book.info.version == "test-2" and book.path == done.path
    assert book.signed is True
    a = assess(PERSON, "KZ", rulebook=book)
    assert a.rulebook.signed is True and a.rulebook.version == "test-2"
    assert rulebook_notices(book, today=BUNDLED_REVIEWED) == []
    assert load_rulebook().signed is True  # from the compiled cache too


def test_bundled_and_named_folders_carry_no_signature_state(book, mini_book):
    assert book.signed is None and mini_book.signed is None
    assert assess(PERSON, "KZ", rulebook=mini_book).rulebook.signed is None


def test_inspect_shows_what_a_pack_holds_without_installing_it(pack, pinned):
    info = inspect_pack(pack)
    assert (info.version, info.reviewed, info.status, info.signed) == ("test-2", BUNDLED_REVIEWED, "signed", True)
    assert info.key_id == next(iter(pinned))
    assert nothing_installed()


def test_a_newer_pack_replaces_the_imported_one(tmp_path, signer, pinned, pack):
    import_pack(pack)
    newer = tmp_path / "newer.trpack"
    build_pack(rules_copy(tmp_path / "r3", version="test-3", reviewed=min(BUNDLED_REVIEWED + timedelta(days=1), date.today())),
               newer, signer)
    done = import_pack(newer)
    assert done.replaced == "test-2"
    assert load_rulebook().info.version == "test-3"
    assert not list(data_folder().glob(".rulebook-*"))  # no staging left behind


# --- refused, and why ----------------------------------------------------------------------


def test_every_single_changed_byte_is_refused(pack, pinned):
    good = pack.read_bytes()
    assert len(good) > BODY_OFFSET + 1000
    for pos in range(len(good)):
        bad = bytearray(good)
        bad[pos] = (bad[pos] + 1) % 256
        pack.write_bytes(bytes(bad))
        with pytest.raises(PackError) as err:
            import_pack(pack)
        if pos >= BODY_OFFSET or 17 <= pos < BODY_OFFSET:
            assert isinstance(err.value, BadSignature), pos
    assert nothing_installed()


def test_a_tampered_pack_is_refused_with_a_reason_and_nothing_is_installed(pack, pinned):
    bad = bytearray(pack.read_bytes())
    bad[len(bad) // 2] ^= 0x01
    pack.write_bytes(bytes(bad))
    with pytest.raises(BadSignature, match="does not verify.*changed after it was signed"):
        import_pack(pack)
    with pytest.raises(BadSignature):  # a broken signature is never "unsigned"
        import_pack(pack, allow_unsigned=True)
    assert nothing_installed()
    assert load_rulebook().path == bundled_rules_path()


def test_a_pack_signed_by_another_key_is_refused(tmp_path, pinned):
    other = Ed25519PrivateKey.generate()
    out = tmp_path / "foreign.trpack"
    build_pack(rules_copy(tmp_path / "rules"), out, other)
    with pytest.raises(ForeignKeyPack, match=f"signed by key {key_id(other.public_key())}.*not pinned"):
        import_pack(out)
    assert nothing_installed()
    done = import_pack(out, allow_unsigned=True)  # a signature nobody here can check = unsigned
    assert not done.signed and load_rulebook().signed is False


def test_the_real_pinned_key_does_not_accept_a_test_signature(pack):
    with pytest.raises(ForeignKeyPack):
        import_pack(pack)  # the package's own pinned key, not the test key
    assert nothing_installed()


def test_an_unsigned_pack_needs_the_flag_and_is_then_marked_unsigned(tmp_path, pinned):
    out = tmp_path / "unsigned.trpack"
    info = build_pack(rules_copy(tmp_path / "rules"), out, None)
    assert info.status == "unsigned" and info.key_id is None
    with pytest.raises(UnsignedPack, match="not signed.*--allow-unsigned"):
        import_pack(out)
    assert nothing_installed()
    done = import_pack(out, allow_unsigned=True)
    assert done.signed is False
    book = load_rulebook()
    assert book.signed is False
    a = assess(PERSON, "KZ", rulebook=book)
    assert a.rulebook.signed is False and a.level.value == "severe"
    assert any(n.startswith("unsigned data") for n in rulebook_notices(book, today=BUNDLED_REVIEWED))


def test_no_file_beside_an_unsigned_import_can_make_it_signed(tmp_path, pinned, signer):
    """Trust is worked out from the pack's own signature on every load: writing 'signed' into
    any file (as an old trust.json did), or putting a signed pack of another rulebook beside
    the unsigned files, leaves them unsigned."""
    import json

    out = tmp_path / "unsigned.trpack"
    build_pack(rules_copy(tmp_path / "rules"), out, None)
    done = import_pack(out, allow_unsigned=True)
    folder = done.path.parent
    (folder / "trust.json").write_text(json.dumps({
        "signed": True, "status": "signed", "key_id": next(iter(pinned)), "content_hash": done.info.content_hash}))
    assert load_rulebook().signed is False
    other = tmp_path / "other.trpack"
    build_pack(rules_copy(tmp_path / "other-rules", version="test-9"), other, signer)
    (folder / rulepack.PACK_FILE).write_bytes(other.read_bytes())  # signed, but for other content
    for path in folder.rglob("*.toml"):
        if path.name == "kz.toml":
            path.write_text(path.read_text().replace("extradited", "detained_released"))
    assert load_rulebook().signed is False


def test_an_unsigned_pack_must_still_match_its_manifest(tmp_path, pinned):
    out = tmp_path / "u.trpack"
    build_pack(rules_copy(tmp_path / "rules"), out, None)
    opened = read_pack(out)
    files = dict(opened.files)
    files["countries/kz.toml"] = files["countries/kz.toml"].replace(b"extradited", b"released")
    out.write_bytes(assemble(_raw_manifest(opened.files), files, None))  # the manifest of the original files
    with pytest.raises(DamagedPack, match="rules/countries/kz.toml: its content does not match"):
        import_pack(out, allow_unsigned=True)
    assert nothing_installed()


def test_paths_that_escape_the_rulebook_are_refused(tmp_path, pinned, signer):
    out = tmp_path / "slip.trpack"
    for name in ("../../evil.toml", "/etc/evil.toml", "countries/../../evil.toml", "logic/sub/deep.toml",
                 "run.py"):
        files = {name: b"x = 1\n"}
        out.write_bytes(assemble(_raw_manifest(files), files, signer))
        with pytest.raises(DamagedPack, match="not a rulebook file"):
            import_pack(out)
    assert not list(tmp_path.parent.rglob("evil.toml"))
    assert nothing_installed()


def test_a_signed_pack_whose_rulebook_does_not_validate_is_refused(tmp_path, pinned, signer):
    rules = rules_copy(tmp_path / "rules")
    files = {p.relative_to(rules).as_posix(): p.read_bytes() for p in rules.rglob("*.toml")}
    files["countries/kz.toml"] = b'safe = "trust me"\n' + files["countries/kz.toml"]
    out = tmp_path / "broken.trpack"
    out.write_bytes(assemble(_raw_manifest(files), files, signer))
    with pytest.raises(InvalidRulebookPack, match=r"countries/kz.toml: safe: unknown field"):
        import_pack(out)
    assert nothing_installed()


def test_an_older_pack_is_refused_unless_allowed(tmp_path, signer, pinned):
    out = tmp_path / "old.trpack"
    build_pack(rules_copy(tmp_path / "rules", reviewed=BUNDLED_REVIEWED - timedelta(days=400)), out, signer)
    with pytest.raises(OlderPack, match="older than the one in use.*--allow-older"):
        import_pack(out)
    assert nothing_installed()
    done = import_pack(out, allow_older=True)
    # Installed as asked, but the newer bundled rulebook still answers by default.
    assert load_rulebook().signed is None
    book = load_rulebook(installed_rules_path())
    assert done.signed and book.signed is True
    notes = rulebook_notices(book, today=BUNDLED_REVIEWED)
    assert len(notes) == 1 and "400 days ago (more than 180)" in notes[0]


def test_not_a_pack_at_all(tmp_path, pinned):
    junk = tmp_path / "photo.jpg"
    junk.write_bytes(b"\xff\xd8\xff" + b"\0" * 200)
    with pytest.raises(DamagedPack, match="not a travelrisk rule pack"):
        import_pack(junk)


def test_sign_refuses_a_folder_that_does_not_validate(tmp_path, signer):
    rules = rules_copy(tmp_path / "rules")
    (rules / "countries" / "kz.toml").write_text('country = "KZ"\nreviewed = "yesterday"\n')
    with pytest.raises(RulebookError):
        build_pack(rules, tmp_path / "x.trpack", signer)
    assert not (tmp_path / "x.trpack").exists()


# --- after installing ----------------------------------------------------------------------


def test_an_installed_rulebook_edited_on_disk_is_no_longer_signed(pack, pinned):
    done = import_pack(pack)
    kz = done.path / "countries" / "kz.toml"
    kz.write_text(kz.read_text() + "\n# edited\n")
    assert load_rulebook().signed is False


def test_a_key_no_longer_pinned_makes_its_rulebook_unsigned(pack, pinned, monkeypatch):
    import_pack(pack)
    monkeypatch.setattr(rulepack, "pinned_keys", lambda: {})  # a later release drops (revokes) the key
    assert load_rulebook().signed is False


def test_forget_all_removes_the_imported_rulebook(pack, pinned):
    import_pack(pack)
    forget_all()
    assert nothing_installed()
    assert load_rulebook().path == bundled_rules_path()


def test_stale_warning_starts_after_180_days(book):
    assert not [n for n in rulebook_notices(book, today=book.info.reviewed + timedelta(days=180))]
    (note,) = rulebook_notices(book, today=book.info.reviewed + timedelta(days=181))
    assert "181 days ago" in note


# --- the pinned key ------------------------------------------------------------------------


def test_the_package_pins_a_real_ed25519_key():
    keys = rulepack.pinned_keys()
    assert keys
    for kid, key in keys.items():
        assert isinstance(key, Ed25519PublicKey) and re.fullmatch(r"[0-9a-f]{16}", kid)
    shipped = list((REPO / "src" / "travelrisk" / "keys").glob("*.pub"))
    assert shipped and all(b"PUBLIC KEY" in p.read_bytes() for p in shipped)


def test_no_private_key_is_in_the_repository():
    marker = re.compile(rb"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE" + rb" KEY-----")
    found = []
    for top in ("src", "gui", "rules", "tests", "docs", "benchmarks", "examples", ".ci"):
        for path in (REPO / top).rglob("*"):
            if path.is_file() and path.stat().st_size < 2_000_000 and marker.search(path.read_bytes()):
                found.append(path)
    found += [p for p in REPO.glob("*") if p.is_file() and marker.search(p.read_bytes())]
    assert found == []


# --- a new signing key ---------------------------------------------------------------------

PUBLIC_PEM = re.compile(rb"-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/]{59}=\n-----END PUBLIC KEY-----\n")


def test_a_generated_key_signs_packs_that_verify_against_its_public_key(tmp_path):
    private, public = tmp_path / "new.pem", tmp_path / "new.pub"
    kid = generate_key_pair(private, public, None)
    pub = load_public_key(public.read_bytes())
    assert kid == key_id(pub) and re.fullmatch(r"[0-9a-f]{16}", kid)
    assert key_id(load_private_key(private).public_key()) == kid
    out = tmp_path / "update.trpack"
    build_pack(rules_copy(tmp_path / "rules"), out, load_private_key(private))
    assert read_pack(out, trusted={kid: pub}).info.status == "signed"
    assert read_pack(out).info.status == "foreign-key"  # not the pinned key until it replaces it


def test_the_public_key_file_has_the_pinned_files_exact_format(tmp_path):
    generate_key_pair(tmp_path / "new.pem", tmp_path / "new.pub", None)
    assert PUBLIC_PEM.fullmatch((tmp_path / "new.pub").read_bytes())
    for shipped in (REPO / "src" / "travelrisk" / "keys").glob("*.pub"):
        assert PUBLIC_PEM.fullmatch(shipped.read_bytes()), shipped


def test_a_generated_key_is_encrypted_with_the_passphrase_and_private_to_its_owner(tmp_path):
    private, public = tmp_path / "new.pem", tmp_path / "new.pub"
    kid = generate_key_pair(private, public, "пароль words".encode())
    assert private.stat().st_mode & 0o777 == 0o600
    assert b"-----BEGIN ENCRYPTED PRIVATE" + b" KEY-----" in private.read_bytes()  # split: no key marker in the repo
    with pytest.raises(TypeError):
        load_private_key(private)
    with pytest.raises(ValueError):
        load_private_key(private, b"wrong")
    assert key_id(load_private_key(private, "пароль words".encode()).public_key()) == kid
    with pytest.raises(ValueError, match="empty"):
        generate_key_pair(tmp_path / "b.pem", tmp_path / "b.pub", b"")
    assert not (tmp_path / "b.pem").exists() and not (tmp_path / "b.pub").exists()


@pytest.mark.parametrize("existing", ["private", "public"])
def test_a_key_file_is_never_overwritten(tmp_path, existing):
    paths = {"private": tmp_path / "new.pem", "public": tmp_path / "new.pub"}
    paths[existing].write_bytes(b"keep me")
    with pytest.raises(FileExistsError) as exc:
        generate_key_pair(paths["private"], paths["public"], None)
    assert exc.value.filename == str(paths[existing])
    assert paths[existing].read_bytes() == b"keep me"
    assert sorted(tmp_path.iterdir()) == [paths[existing]]


def test_no_private_key_is_left_behind_when_the_public_key_cannot_be_written(tmp_path):
    private = tmp_path / "new.pem"
    with pytest.raises(OSError) as exc:
        generate_key_pair(private, tmp_path / "no-such-folder" / "new.pub", None)
    assert exc.value.filename == str(tmp_path / "no-such-folder" / "new.pub")
    assert list(tmp_path.iterdir()) == []


def test_the_write_never_replaces_a_file_that_appears_meanwhile(tmp_path, monkeypatch):
    from travelrisk.vault import atomic

    target = tmp_path / "new.pem"
    real_link = atomic.os.link

    def racing_link(src, dst):  # another process creates the file between the check and the write
        Path(dst).write_bytes(b"theirs")
        return real_link(src, dst)

    monkeypatch.setattr(atomic.os, "link", racing_link)
    with pytest.raises(FileExistsError):
        atomic.write_new(target, b"mine")
    assert target.read_bytes() == b"theirs" and sorted(tmp_path.iterdir()) == [target]


def test_the_write_falls_back_to_exclusive_create_without_hard_links(tmp_path, monkeypatch):
    import errno

    from travelrisk.vault import atomic

    def no_links(src, dst):  # FAT or exFAT, e.g. a USB stick
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    target = tmp_path / "new.pem"
    atomic.write_new(target, b"mine")
    assert target.read_bytes() == b"mine" and target.stat().st_mode & 0o777 == 0o600
    assert sorted(tmp_path.iterdir()) == [target]
    with pytest.raises(FileExistsError):
        atomic.write_new(target, b"again")
    assert target.read_bytes() == b"mine"


# --- helpers -------------------------------------------------------------------------------


def _raw_manifest(files: dict[str, bytes], version: str = "test-2") -> bytes:
    import hashlib
    import json

    return json.dumps({
        "format": "travelrisk-rulepack",
        "format_version": 1,
        "rulebook": {"name": "x", "version": version, "reviewed": BUNDLED_REVIEWED.isoformat()},
        "content_hash": "0" * 64,
        "files": {k: hashlib.sha256(v).hexdigest() for k, v in files.items()},
    }).encode()


def test_an_older_import_does_not_hide_a_newer_bundled_rulebook(tmp_path, monkeypatch):
    """After a program upgrade, the bundled rulebook is newer than the one once imported."""
    import shutil

    from travelrisk.language import loader
    from travelrisk.vault import installed

    imported = tmp_path / "imported"
    shutil.copytree(loader.bundled_rules_path(), imported)
    info = imported / "rulebook.toml"
    info.write_text(info.read_text().replace("reviewed = ", "reviewed = 2020-01-01\n#", 1))
    monkeypatch.setattr(installed, "installed_rules_path", lambda: imported)
    assert loader.default_rules_path() == loader.bundled_rules_path()
    info.write_text(info.read_text().replace("reviewed = 2020-01-01", "reviewed = 2099-01-01", 1))
    assert loader.default_rules_path() == imported


def test_an_imported_file_changed_in_place_is_never_served_from_the_compiled_form(tmp_path):
    """Same size, same modification time, different content: the content hash still differs."""
    import os
    import shutil

    from travelrisk.language import loader

    root = tmp_path / "rules"
    shutil.copytree(loader.bundled_rules_path(), root)
    first = load_rulebook(root)
    kz = root / "countries" / "kz.toml"
    st = kz.stat()
    text = kz.read_text()
    i = text.index('summary = """') + len('summary = """')
    kz.write_text(text[:i] + ("X" if text[i] != "X" else "Y") + text[i + 1:])  # one letter, same size
    os.utime(kz, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert kz.stat().st_size == st.st_size
    second = load_rulebook(root)
    assert second.content_hash != first.content_hash


# --- what is never signed or imported: a rulebook that fails its own checks ------------------


def _break_an_example(rules: Path) -> str:
    """Make one worked example expect a level the rulebook does not give; return its file."""
    for f in sorted((rules / "logic").glob("*.toml")):
        text = f.read_text(encoding="utf-8")
        m = re.search(r'^expect = "(\w+)"$', text, re.M)
        if m:
            other = "guarded" if m.group(1) != "guarded" else "severe"
            f.write_text(text[: m.start()] + f'expect = "{other}"' + text[m.end():], encoding="utf-8")
            return f.name
    raise AssertionError("the fixture has no worked example")


def test_sign_refuses_a_rulebook_whose_worked_example_fails(tmp_path, signer):
    rules = rules_copy(tmp_path / "rules")
    name = _break_an_example(rules)
    with pytest.raises(rulepack.UnsoundRulebook) as caught:
        build_pack(rules, tmp_path / "x.trpack", signer)
    assert name.removesuffix(".toml") in str(caught.value) or name in str(caught.value)
    assert not (tmp_path / "x.trpack").exists()


def test_sign_refuses_a_review_date_ahead_of_today(tmp_path, signer):
    rules = rules_copy(tmp_path / "rules", reviewed=date.today() + timedelta(days=1))
    with pytest.raises(rulepack.UnsoundRulebook, match="after today"):
        build_pack(rules, tmp_path / "x.trpack", signer)
    assert not (tmp_path / "x.trpack").exists()


def test_import_refuses_a_signed_pack_whose_worked_example_fails(tmp_path, signer, pinned, monkeypatch):
    rules = rules_copy(tmp_path / "rules")
    _break_an_example(rules)
    with monkeypatch.context() as m:  # a signer whose own tool skipped the checks
        m.setattr(updates, "soundness", lambda book, today=None: [])  # build_pack and soundness: engine.updates
        build_pack(rules, tmp_path / "x.trpack", signer)
    with pytest.raises(InvalidRulebookPack, match="fails its own checks"):
        import_pack(tmp_path / "x.trpack")
    assert nothing_installed()


def test_an_escape_sequence_in_the_rulebook_is_refused_naming_the_field(tmp_path):
    rules = rules_copy(tmp_path / "rules")
    (rules / "rulebook.toml").write_text(
        f'version = "2\\u001b[2K\\u001b[1Ainstalled"\nreviewed = {BUNDLED_REVIEWED.isoformat()}\n')
    with pytest.raises(RulebookError) as caught:
        load_rulebook(rules, use_cache=False)
    shown = str(caught.value)
    assert "rulebook.toml" in shown and "version" in shown and "U+001B" in shown
    assert "\x1b" not in shown
