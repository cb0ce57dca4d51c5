"""The privacy commands as a user runs them: encrypted profiles and signed rule packs.

Subprocesses inherit the suite's XDG isolation (tests/conftest.py sets the variables), so
every file lands under the test's own folder. Passphrases come from --passphrase-file."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
EXAMPLE = REPO / "examples" / "journalist-by.json"


def run(*args, check=None):
    p = subprocess.run([sys.executable, "-m", "travelrisk", *map(str, args)], capture_output=True, text=True,
                       timeout=120)
    if check is not None:
        assert p.returncode == check, p.stderr
    return p


@pytest.fixture
def pw(tmp_path) -> Path:
    path = tmp_path / "pass.txt"
    path.write_text("a long passphrase, спокойно\n", encoding="utf-8")
    return path


@pytest.fixture
def profiles(tmp_path) -> Path:
    return tmp_path / "xdg" / "data" / "travelrisk" / "profiles"


def saved(profiles: Path) -> list[Path]:
    return sorted(profiles.glob("*.trp"))


# --- profiles ------------------------------------------------------------------------------


def test_save_open_list_forget_round_trip(tmp_path, pw, profiles):
    p = run("profile", "save", "Anna K", "--profile", EXAMPLE, "--passphrase-file", pw, check=0)
    assert p.stdout == ""
    assert "encrypted" in p.stderr and str(EXAMPLE) in p.stderr  # reminds that the source is plain text
    (file,) = saved(profiles)
    assert "anna" not in file.name.lower()
    opened = run("profile", "open", "Anna K", "--passphrase-file", pw, check=0).stdout
    assert json.loads(opened) == json.loads(EXAMPLE.read_text())
    listing = run("profile", "list", "--passphrase-file", pw, check=0).stdout
    assert listing.splitlines() == [f"{file.stem}  Anna K"]
    gone = run("profile", "forget", "Anna K", "--passphrase-file", pw, check=0)
    assert gone.stdout.splitlines() == [str(file)] and "deleted 1 file" in gone.stderr
    assert saved(profiles) == []


def test_wrong_passphrase_is_bad_input_and_leaves_the_file_alone(tmp_path, pw, profiles):
    run("profile", "save", "me", "--profile", EXAMPLE, "--passphrase-file", pw, check=0)
    (file,) = saved(profiles)
    before = file.read_bytes()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n")
    p = run("profile", "open", "me", "--passphrase-file", wrong)
    assert p.returncode == 2 and "wrong passphrase" in p.stderr and p.stdout == ""
    p = run("profile", "forget", "me", "--passphrase-file", wrong)
    assert p.returncode == 2
    assert file.read_bytes() == before


def test_saving_under_a_label_already_taken_keeps_the_first_unless_told(tmp_path, pw, profiles):
    run("profile", "save", "me", "--profile", EXAMPLE, "--passphrase-file", pw, check=0)
    (file,) = saved(profiles)
    before = file.read_bytes()
    other = tmp_path / "other.json"
    other.write_text('{"citizenships": ["RU"]}')
    p = run("profile", "save", "me", "--profile", other, "--passphrase-file", pw)
    assert p.returncode == 2 and "already saved" in p.stderr and "--replace" in p.stderr
    assert saved(profiles) == [file] and file.read_bytes() == before
    run("profile", "save", "me", "--profile", other, "--passphrase-file", pw, "--replace", check=0)
    opened = run("profile", "open", "me", "--passphrase-file", pw, check=0)
    assert '"RU"' in opened.stdout


@pytest.mark.parametrize("damage, needle", [("truncate", "truncated"), ("flip", "damaged contents")])
def test_a_damaged_file_exits_1_with_a_clear_message(pw, profiles, damage, needle):
    run("profile", "save", "me", "--profile", EXAMPLE, "--passphrase-file", pw, check=0)
    (file,) = saved(profiles)
    data = bytearray(file.read_bytes())
    data = data[:500] if damage == "truncate" else data[:1000] + bytes([data[1000] ^ 4]) + data[1001:]
    file.write_bytes(bytes(data))
    p = run("profile", "open", "me", "--passphrase-file", pw)
    assert p.returncode == 1 and needle in p.stderr and file.name in p.stderr
    assert file.read_bytes() == bytes(data)


@pytest.mark.parametrize(
    "args, needle",
    [
        (["profile", "save", "me", "--profile", "MISSING", "--passphrase-file", "PW"], "--profile"),
        (["profile", "save", "me", "--profile", "EXAMPLE", "--passphrase-file", "MISSING"], "--passphrase-file"),
        (["profile", "save", "me", "--profile", "EXAMPLE", "--passphrase-file", "EMPTY"], "--passphrase-file"),
        (["profile", "save", " ", "--profile", "EXAMPLE", "--passphrase-file", "PW"], "NAME"),
        (["profile", "forget", "me", "--all"], "NAME, --id ID or --all"),
        (["profile", "forget"], "NAME, --id ID or --all"),
        (["profile", "forget", "--id", "../../etc"], "--id"),
        (["rules", "import", "MISSING"], "PACK"),
        (["rules", "sign", "RULES", "-o", "OUT", "--key", "MISSING"], "--key"),
        (["rules", "sign", "RULES", "-o", "OUT", "--key", "EXAMPLE"], "--key"),
        (["rules", "keygen", "PW", "--public", "OUT", "--no-passphrase"], "PRIVATE_KEY_FILE"),
        (["rules", "keygen", "OUT", "--public", "MISSING/new.pub", "--no-passphrase"], "--public"),
    ],
)
def test_bad_input_exits_2_naming_the_flag_or_file(tmp_path, pw, args, needle):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    subst = {"MISSING": tmp_path / "nope", "PW": pw, "EMPTY": empty, "EXAMPLE": EXAMPLE,
             "RULES": FIXTURES / "mini", "OUT": tmp_path / "out.trpack"}
    p = run(*[str(subst[a]) if a in subst else a.replace("MISSING", str(subst["MISSING"])) for a in args])
    assert p.returncode == 2, p.stderr
    assert needle in p.stderr and p.stdout == ""
    assert not (tmp_path / "xdg" / "data").exists()
    assert not (tmp_path / "out.trpack").exists()


def test_forget_all_deletes_every_file_and_says_which(tmp_path, pw, profiles):
    run("profile", "save", "me", "--profile", EXAMPLE, "--passphrase-file", pw, check=0)
    run("check", "--profile", EXAMPLE, "--to", "KZ", check=0)  # writes the compiled-rulebook cache
    written = sorted(str(p) for p in (tmp_path / "xdg").rglob("*") if p.is_file())
    assert any("/cache/travelrisk/" in w for w in written) and any(w.endswith(".trp") for w in written)
    p = run("profile", "forget", "--all", check=0)
    lines = p.stdout.splitlines()
    assert sorted(line for line in lines if not line.endswith("/")) == written
    assert [p for p in (tmp_path / "xdg").rglob("*") if p.is_file()] == []
    assert f"deleted {len(written)} file(s)" in p.stderr


# --- rule packs ----------------------------------------------------------------------------


@pytest.fixture
def key_file(tmp_path) -> tuple[Path, Ed25519PrivateKey]:
    key = Ed25519PrivateKey.generate()
    path = tmp_path / "maintainer.pem"
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))
    return path, key


def mini_rules(dest: Path, reviewed: date | None = None) -> Path:
    import tomllib

    from travelrisk.language.loader import bundled_rules_path

    reviewed = reviewed or tomllib.loads((bundled_rules_path() / "rulebook.toml").read_text())["reviewed"]
    shutil.copytree(FIXTURES / "mini", dest)
    (dest / "rulebook.toml").write_text(f'version = "pack-1"\nreviewed = {reviewed.isoformat()}\n')
    return dest


def test_sign_then_import_refuses_a_key_that_is_not_pinned(tmp_path, key_file):
    pack = tmp_path / "update.trpack"
    p = run("rules", "sign", mini_rules(tmp_path / "rules"), "-o", pack, "--key", key_file[0], check=0)
    assert "signed rulebook pack-1" in p.stderr
    p = run("rules", "import", pack)
    assert p.returncode == 1 and "foreign-key" in p.stderr and "not pinned" in p.stderr
    assert not (tmp_path / "xdg" / "data" / "travelrisk" / "rulebook").exists()


def signed_with_pinned_key(tmp_path, key_file, monkeypatch) -> Path:
    """A pack of the fixture rulebook, signed in-process by a key pinned for this test."""
    from travelrisk.vault import rulepack
    from travelrisk.cli import main

    _, key = key_file
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")  # main() sets it; restored afterwards
    monkeypatch.setattr(rulepack, "pinned_keys", lambda: {rulepack.key_id(key.public_key()): key.public_key()})
    pack = tmp_path / "update.trpack"
    assert main(["rules", "sign", str(mini_rules(tmp_path / "rules")), "-o", str(pack), "--key", str(key_file[0])]) == 0
    return pack


def test_a_changed_byte_is_refused(tmp_path, key_file, monkeypatch, capsys):
    from travelrisk.cli import main

    pack = signed_with_pinned_key(tmp_path, key_file, monkeypatch)
    data = bytearray(pack.read_bytes())
    data[-300] ^= 0x20
    pack.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["rules", "import", str(pack), "--allow-unsigned"]) == 1
    err = capsys.readouterr().err
    assert "bad-signature" in err and "changed after it was signed" in err


def test_unsigned_pack_is_refused_then_allowed_and_every_level_says_unsigned_data(tmp_path):
    from travelrisk.engine.updates import build_pack

    pack = tmp_path / "unsigned.trpack"
    build_pack(mini_rules(tmp_path / "rules"), pack, None)
    p = run("rules", "import", pack)
    assert p.returncode == 1 and "not signed" in p.stderr and "--allow-unsigned" in p.stderr
    p = run("rules", "import", pack, "--allow-unsigned", check=0)
    assert "UNSIGNED" in p.stderr
    p = run("check", "--profile", EXAMPLE, "--to", "KZ", "--json", check=0)
    stamp = json.loads(p.stdout)["rulebook"]
    assert stamp["version"] == "pack-1" and stamp["signed"] is False
    assert "unsigned data" in p.stderr
    p = run("world", "--profile", EXAMPLE, check=0)
    assert "unsigned data" in p.stderr


def test_a_signed_pack_by_the_pinned_key_is_used_without_warnings(tmp_path, key_file, monkeypatch, capsys):
    from travelrisk.cli import main

    pack = signed_with_pinned_key(tmp_path, key_file, monkeypatch)
    assert main(["rules", "import", str(pack)]) == 0
    assert "signed by pinned key" in capsys.readouterr().err
    assert main(["check", "--profile", str(EXAMPLE), "--to", "KZ", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["rulebook"]["signed"] is True and json.loads(out)["rulebook"]["version"] == "pack-1"
    assert "warning" not in err


def test_an_old_rulebook_is_refused_then_warned_about(tmp_path, key_file):
    from travelrisk.engine.updates import build_pack
    from travelrisk.vault.installed import installed_rules_path

    pack = tmp_path / "old.trpack"
    build_pack(mini_rules(tmp_path / "rules", reviewed=date(2024, 1, 1)), pack, None)
    p = run("rules", "import", pack, "--allow-unsigned")
    assert p.returncode == 1 and "--allow-older" in p.stderr
    run("rules", "import", pack, "--allow-unsigned", "--allow-older", check=0)
    # Installed as asked; the newer bundled rulebook still answers by default ...
    p = run("check", "--profile", EXAMPLE, "--to", "KZ", check=0)
    assert "unsigned data" not in p.stderr and "more than 180" not in p.stderr
    # ... and the old one, when used, is flagged as old and as unsigned.
    p = run("check", "--profile", EXAMPLE, "--to", "KZ", "--rules", installed_rules_path(), check=0)
    assert "reviewed on 2024-01-01" in p.stderr and "more than 180" in p.stderr
    assert "unsigned data" in p.stderr


# --- a new signing key (rules keygen) ------------------------------------------------------


def test_keygen_makes_a_key_whose_packs_verify_against_its_public_key(tmp_path):
    from travelrisk.vault.rulepack import key_id, load_public_key, read_pack

    private, public = tmp_path / "new.pem", tmp_path / "new.pub"
    p = run("rules", "keygen", private, "--public", public, "--no-passphrase", check=0)
    pub = load_public_key(public.read_bytes())
    kid = key_id(pub)
    assert p.stdout == kid + "\n"
    assert private.stat().st_mode & 0o777 == 0o600
    assert "offline" in p.stderr and "src/travelrisk/keys/" in p.stderr and "release" in p.stderr
    assert "NOT encrypted" in p.stderr and "throwaway" in p.stderr
    pack = tmp_path / "update.trpack"
    p = run("rules", "sign", mini_rules(tmp_path / "rules"), "-o", pack, "--key", private, check=0)
    assert f"with key {kid}" in p.stderr
    info = read_pack(pack, trusted={kid: pub}).info
    assert info.status == "signed" and info.key_id == kid and info.version == "pack-1"
    assert read_pack(pack).info.status == "foreign-key"  # until new.pub replaces the pinned key


@pytest.mark.parametrize("existing, needle", [("new.pem", "PRIVATE_KEY_FILE"), ("new.pub", "--public")])
def test_keygen_never_overwrites_a_file(tmp_path, existing, needle):
    (tmp_path / existing).write_bytes(b"an old key, kept")
    p = run("rules", "keygen", tmp_path / "new.pem", "--public", tmp_path / "new.pub", "--no-passphrase")
    assert p.returncode == 2 and needle in p.stderr and "never overwritten" in p.stderr and p.stdout == ""
    assert (tmp_path / existing).read_bytes() == b"an old key, kept"
    assert sorted(f.name for f in tmp_path.iterdir() if f.name.startswith("new")) == [existing]


def answers(monkeypatch, *replies: str) -> list[str]:
    """getpass gives ``replies`` in turn (EOFError after them); returns the prompts it was asked."""
    import getpass

    prompts: list[str] = []
    queue = list(replies)

    def fake(prompt: str = "Password: ", stream=None) -> str:
        prompts.append(prompt)
        if not queue:
            raise EOFError
        return queue.pop(0)

    monkeypatch.setattr(getpass, "getpass", fake)
    monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", "__all__")  # main() sets it; restored afterwards
    return prompts


def test_keygen_encrypts_with_a_passphrase_asked_twice_and_sign_asks_for_it(tmp_path, monkeypatch, capsys):
    from travelrisk.cli import main
    from travelrisk.vault.rulepack import key_id, load_private_key, load_public_key, read_pack

    private, public = tmp_path / "new.pem", tmp_path / "new.pub"
    secret = "five random words, ünïcode"
    prompts = answers(monkeypatch, secret, secret)
    assert main(["rules", "keygen", str(private), "--public", str(public)]) == 0
    assert len(prompts) == 2 and "Repeat" in prompts[1]
    out, err = capsys.readouterr()
    kid = key_id(load_public_key(public.read_bytes()))
    assert out == kid + "\n" and "NOT encrypted" not in err
    assert private.stat().st_mode & 0o777 == 0o600
    with pytest.raises(TypeError):  # encrypted: no use without the passphrase
        load_private_key(private)
    assert key_id(load_private_key(private, secret.encode()).public_key()) == kid

    pack = tmp_path / "update.trpack"
    sign = ["rules", "sign", str(mini_rules(tmp_path / "rules")), "-o", str(pack), "--key", str(private)]
    answers(monkeypatch, "not the passphrase")
    assert main(sign) == 2 and "--key" in capsys.readouterr().err and not pack.exists()
    prompts = answers(monkeypatch, secret)
    assert main(sign) == 0 and prompts == ["Key passphrase: "]
    assert read_pack(pack, trusted={kid: load_public_key(public.read_bytes())}).info.status == "signed"


@pytest.mark.parametrize(
    "replies, needle",
    [(("one passphrase", "another one"), "differ"), (("", ""), "empty"), ((), "no key passphrase"),
     (("only once",), "no key passphrase")],
)
def test_keygen_passphrases_that_differ_or_are_missing_exit_2_and_write_nothing(
    tmp_path, monkeypatch, capsys, replies, needle
):
    from travelrisk.cli import main

    answers(monkeypatch, *replies)
    assert main(["rules", "keygen", str(tmp_path / "new.pem"), "--public", str(tmp_path / "new.pub")]) == 2
    out, err = capsys.readouterr()
    assert needle in err and "nothing was written" in err and out == ""
    assert list(tmp_path.iterdir()) == []


def test_list_ids_needs_no_passphrase_and_shows_no_label(pw, profiles):
    run("profile", "save", "Anna K", "--profile", EXAMPLE, "--passphrase-file", pw, check=0)
    (file,) = saved(profiles)
    p = run("profile", "list", "--ids", check=0)
    assert p.stdout.split() == [file.stem] and "Anna" not in p.stdout + p.stderr


def test_a_refused_packs_file_names_cannot_drive_the_terminal(tmp_path):
    """A member name holding escape sequences once reached the terminal raw and could erase
    the line saying that nothing was installed."""
    import hashlib
    import json

    from travelrisk.vault.rulepack import MANIFEST_FORMAT, PACK_VERSION, assemble

    evil = "countries/\x1b[2K\x1b[1Aok.toml"
    files = {evil: b'country = "KZ"\n'}
    manifest = {"format": MANIFEST_FORMAT, "format_version": PACK_VERSION,
                "rulebook": {"name": "x\x1b[2K", "version": "1\x1b]0;signed\x07", "reviewed": "2026-01-01"},
                "content_hash": "0" * 64, "files": {evil: hashlib.sha256(files[evil]).hexdigest()}}
    pack = tmp_path / "evil.trpack"
    pack.write_bytes(assemble(json.dumps(manifest).encode() + b"\n", files, None))
    for args in (("rules", "import", pack, "--allow-unsigned"), ("rules", "info", pack)):
        p = run(*args)
        out = p.stdout + p.stderr
        assert p.returncode != 0 and "\x1b" not in out and "\x07" not in out, out
    refused = run("rules", "import", pack, "--allow-unsigned").stderr
    assert "refused" in refused and "\\x1b[2K" in refused  # shown as text, not acted on
