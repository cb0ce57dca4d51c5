"""The standalone build (packaging/), run as a person runs it.

These tests need a built folder: they are skipped unless ``TRAVELRISK_BUILT`` names one
(``dist/travelrisk`` after ``packaging/build``; CI builds it once and sets the variable).
``TRAVELRISK_BUILT_AGAIN`` names a second build of the same commit, to compare.

    packaging/build && TRAVELRISK_BUILT=dist/travelrisk QT_QPA_PLATFORM=offscreen python -m pytest tests/packaging

The built programs are compared with the installed ones (``python -m travelrisk``): the same
answers, and the same files written (only the platformdirs folders, which
``travelrisk profile forget --all`` empties).
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "journalist-by.json"
BUILT = os.environ.get("TRAVELRISK_BUILT")
AGAIN = os.environ.get("TRAVELRISK_BUILT_AGAIN")

pytestmark = pytest.mark.skipif(not BUILT, reason="no standalone build: set TRAVELRISK_BUILT=dist/travelrisk "
                                                  "after packaging/build (CI does)")


from _trim import trim  # noqa: E402  (skips the module where packaging/ is missing)


@pytest.fixture(scope="module")
def app() -> Path:
    folder = Path(BUILT).resolve()
    assert (folder / "travelrisk").is_file() and (folder / "travelrisk-gui").is_file(), \
        f"TRAVELRISK_BUILT={BUILT} holds no built travelrisk (run packaging/build)"
    return folder


def home_env(home: Path, **extra: str) -> dict[str, str]:
    """A person's environment with a home of its own: platformdirs decides from HOME alone."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("XDG_") and k not in ("TMPDIR", "LD_LIBRARY_PATH", "PYTHONPATH")}
    home.mkdir(parents=True, exist_ok=True)
    (home / "tmp").mkdir(exist_ok=True)
    env.update(HOME=str(home), TMPDIR=str(home / "tmp"), LANG="C.UTF-8", **extra)
    return env


def built(app: Path, program: str, *args, env: dict[str, str], timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(app / program), *map(str, args)], capture_output=True, text=True, env=env,
                          timeout=timeout, cwd=env["HOME"])


def installed(*args, env: dict[str, str], timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "travelrisk", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=env["HOME"])


def files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() or p.is_symlink())


# --- what is in the folder ------------------------------------------------------------------


def test_the_folder_holds_both_programs_and_the_bundled_rulebook(app):
    for program in ("travelrisk", "travelrisk-gui"):
        assert os.access(app / program, os.X_OK)
    rules = app / "_internal" / "travelrisk" / "rules"
    assert (rules / "rulebook.toml").is_file()
    mine = {p.relative_to(REPO / "rules").as_posix() for p in (REPO / "rules").rglob("*.toml")}
    theirs = {p.relative_to(rules).as_posix() for p in rules.rglob("*.toml")}
    assert mine == theirs
    # The app's translations, where the checkout has them.
    qm = {p.name for p in (REPO / "gui" / "travelrisk_gui" / "i18n").glob("*.qm")}
    assert qm == {p.name for p in (app / "_internal" / "travelrisk_gui" / "i18n").glob("*.qm")}


def test_only_the_qt_the_app_uses(app):
    internal = app / "_internal"
    names = files_under(internal)
    for unwanted in ("QtNetwork", "Qt6Network", "QtWebEngine", "Qt6WebEngine", "QtQml", "Qt6Qml", "QtQuick",
                     "Qt6Quick", "Qt3D", "Qt63D", "QtMultimedia", "Qt6Multimedia", "Qt6OpenGL", "Qt6Pdf"):
        assert not [n for n in names if unwanted in n.split("/")[-1]], unwanted
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for plugin in plugins.rglob("*.so"):
        kind = plugin.parent.name
        assert trim._stem(plugin.name) in trim.KEEP_PLUGINS.get(kind, set()), plugin.relative_to(plugins)
    assert (plugins / "platforms" / "libqxcb.so").is_file()
    assert (plugins / "platforms" / "libqoffscreen.so").is_file()
    translations = sorted(p.name for p in (internal / "PySide6" / "Qt" / "translations").glob("*"))
    assert translations and all(re.fullmatch(r"qtbase_(be|ru|uk)\.qm", n) for n in translations), translations
    # No TLS: neither Python's ssl nor OpenSSL's libraries (cryptography carries its own).
    assert not [n for n in names if re.search(r"(^|/)(libssl|libcrypto)\.so|_ssl\.|_hashlib\.", n)]


def test_every_library_finds_what_it_links_to(app):
    """With the bundle's folder first, as the programs load them; only libraries that a
    desktop supplies may be missing here (Wayland's, on a machine without Wayland)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        pytest.skip("ldd is not installed")
    internal = app / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}
    missing = collections.defaultdict(set)
    for lib in sorted(internal.rglob("*.so*")):
        if not lib.is_file() or lib.is_symlink():
            continue
        out = subprocess.run([ldd, str(lib)], capture_output=True, text=True, env=env).stdout
        for name in re.findall(r"^\s*(\S+) => not found", out, re.M):
            if not name.startswith("libwayland-"):
                missing[name].add(lib.relative_to(internal).as_posix())
    assert not missing, dict(missing)


def test_the_folder_is_under_120_mb(app):
    size = sum(p.stat().st_size for p in app.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"{app}: {size / 1e6:.1f} MB unpacked")
    assert size < 120e6, f"{size / 1e6:.1f} MB: packaging/README.md says what dominates and what to leave out"


# --- the same answers as the installed programs ---------------------------------------------


@pytest.mark.parametrize("args", [
    ("check", "--profile", EXAMPLE, "--to", "RU", "--json"),
    ("check", "--profile", EXAMPLE, "--to", "Казахстан", "--json"),  # a name in Russian, through pycountry
    ("world", "--profile", EXAMPLE, "--json"),
    ("trip", "--profile", EXAMPLE, "--legs", "LT>TR:transit>GE", "--json"),
], ids=["check-RU", "check-name-in-russian", "world", "trip"])
def test_the_built_command_line_answers_as_the_installed_one(app, tmp_path, args):
    mine = built(app, "travelrisk", *args, env=home_env(tmp_path / "built"))
    theirs = installed(*args, env=home_env(tmp_path / "installed"))
    assert theirs.returncode == 0, theirs.stderr
    assert mine.returncode == 0, mine.stderr
    assert json.loads(mine.stdout) == json.loads(theirs.stdout)
    assert mine.stdout == theirs.stdout


def test_the_built_rulebook_is_the_installed_one(app, tmp_path):
    def info(p: subprocess.CompletedProcess) -> dict[str, str]:
        assert p.returncode == 0, p.stderr
        return dict(line.split(" ", 1) for line in p.stdout.splitlines() if " " in line)

    mine = info(built(app, "travelrisk", "rules", "info", env=home_env(tmp_path / "built")))
    theirs = info(installed("rules", "info", env=home_env(tmp_path / "installed")))
    assert mine["sha256"] == theirs["sha256"]
    assert mine["version"] == theirs["version"]
    assert Path(mine["path"]) == app / "_internal" / "travelrisk" / "rules"
    test = built(app, "travelrisk", "rules", "test", env=home_env(tmp_path / "built"))
    assert test.returncode == 0, test.stdout[-2000:] + test.stderr


def test_the_built_command_line_writes_a_pdf_memo(app, tmp_path):
    env = home_env(tmp_path / "home")
    out = tmp_path / "memo.pdf"
    p = built(app, "travelrisk", "report", "--profile", EXAMPLE, "--to", "KZ", "--format", "pdf", "-o", out, env=env)
    assert p.returncode == 0, p.stderr
    assert out.read_bytes().startswith(b"%PDF-")


# --- the desktop app ------------------------------------------------------------------------


def check_map(png: Path) -> str:
    """What is wrong with a screenshot of the map (empty when it is a real map): many colours,
    the levels' colours, Russia in the colour of its level for the sample profile."""
    from PySide6.QtGui import QImage

    from travelrisk import assess, load_rulebook
    from travelrisk.model.levels import Level
    from travelrisk.model.profile import load_profile
    from travelrisk_gui.level_style import fill

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_RGB32)
    if image.isNull():
        return f"{png} is not an image"
    w, h = image.width(), image.height()
    raw = bytes(image.constBits())[: image.sizeInBytes()]
    counts = collections.Counter(
        int.from_bytes(raw[y * image.bytesPerLine() + 4 * x: y * image.bytesPerLine() + 4 * x + 3], "little")
        for y in range(0, h) for x in range(0, w))
    russia = assess(load_profile(EXAMPLE), "RU", rulebook=load_rulebook()).level
    pixels = {level.value: counts[int(fill(level).name()[1:], 16)] for level in Level}
    problems = []
    if len(counts) < 200:
        problems.append(f"only {len(counts)} colours: blank or half drawn")
    if pixels[russia.value] < 0.01 * w * h:
        problems.append(f"Russia's colour ({russia.value}) covers {pixels[russia.value]} pixels")
    if sum(n >= 50 for n in pixels.values()) < 3:
        problems.append(f"fewer than 3 level colours on the map: {pixels}")
    return "; ".join(problems)


def test_the_built_app_draws_the_map(app, tmp_path):
    env = home_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "map.png"
    p = built(app, "travelrisk-gui", "--screenshot", out, "--profile", EXAMPLE, env=env)
    assert p.returncode == 0, p.stderr
    assert out.read_bytes().startswith(b"\x89PNG")
    problem = check_map(out)
    assert not problem, problem
    # Selecting a country needs the core in the app's own process, not only the glance child.
    p = built(app, "travelrisk-gui", "--screenshot", tmp_path / "ru.png", "--profile", EXAMPLE, "--select", "RU",
              env=env)
    assert p.returncode == 0, p.stderr


def strace(app: Path, program: str, *args, env: dict[str, str], tmp_path: Path) -> list[str]:
    """The program run under strace (every process and thread it starts): the calls traced."""
    path = shutil.which("strace")
    if path is None:
        pytest.skip("strace is not installed (CI's .ci/run installs it)")
    # -ff: a log for each process and thread, so that no call is split across lines when
    # two of them run at once (the app and its glance child do).
    logs = tmp_path / "strace"
    logs.mkdir()
    p = subprocess.run([path, "-ff", "-qq", "-e", "trace=socket,connect,execve,openat", "-o", str(logs / "log"),
                        str(app / program), *map(str, args)], capture_output=True, text=True, env=env, timeout=180)
    assert p.returncode == 0, p.stderr
    lines = [line for log in sorted(logs.iterdir()) for line in log.read_text(errors="replace").splitlines()]
    assert any("execve(" in line and program in line for line in lines), "strace saw nothing"
    return lines


INTERNET = re.compile(r"\b(socket\(AF_INET6?\b|connect\(.*sa_family=AF_INET6?\b)")
OPENED = re.compile(r'openat\([^,]+, "([^"]+)", [^)]*\)\s+=\s+(\d+)')


def opened(lines: list[str]) -> list[str]:
    """The files opened (successfully)."""
    return [m.group(1) for m in map(OPENED.search, lines) if m]


@pytest.mark.parametrize("program,args", [
    ("travelrisk-gui", ("--screenshot", "{tmp}/map.png", "--profile", EXAMPLE)),
    ("travelrisk", ("check", "--profile", EXAMPLE, "--to", "RU")),
], ids=["app", "command-line"])
def test_the_built_programs_open_no_internet_socket_and_read_nothing_of_python(app, tmp_path, program, args):
    """Every process (the app forks one to glance at the world) under strace: no AF_INET or
    AF_INET6 socket is ever created, nothing connects to such an address, and no file is
    read from a Python installation or from this checkout's code and rulebook: the folder
    stands alone."""
    import sysconfig

    env = home_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen")
    args = [str(a).replace("{tmp}", str(tmp_path)) for a in args]
    lines = strace(app, program, *args, env=env, tmp_path=tmp_path)
    bad = [line for line in lines if INTERNET.search(line)]
    assert not bad, bad
    sockets = [line for line in lines if "socket(" in line]
    print(f"{program}: {len(sockets)} socket(s), none AF_INET/AF_INET6: {sockets}")
    outside = [Path(sysconfig.get_paths()[k]).resolve() for k in ("stdlib", "purelib", "platlib")]
    outside += [REPO / "src", REPO / "gui", REPO / "rules"]
    borrowed = sorted({f for f in opened(lines) if any(Path(f).resolve().is_relative_to(o) for o in outside)})
    assert not borrowed, borrowed
    if program == "travelrisk":  # the command line never loads Qt (rthook_travelrisk.py)
        assert not [f for f in opened(lines) if "libQt6" in f or "PySide6" in f]


def test_the_built_app_reads_qt_s_own_translations_from_the_folder(app, tmp_path):
    """Qt finds its files in the bundle (the qt.conf rthook_travelrisk.py registers): in
    Russian, the app reads Qt's own words, qtbase_ru.qm, from the folder."""
    if not (app / "_internal" / "travelrisk_gui" / "i18n" / "ru.qm").is_file():
        pytest.skip("the app has no Russian translation yet")
    env = home_env(tmp_path / "home", QT_QPA_PLATFORM="offscreen")
    lines = strace(app, "travelrisk-gui", "--screenshot", tmp_path / "ru.png", "--profile", EXAMPLE, "--lang", "ru",
                   env=env, tmp_path=tmp_path)
    qm = app / "_internal" / "PySide6" / "Qt" / "translations" / "qtbase_ru.qm"
    assert str(qm) in opened(lines), [f for f in opened(lines) if f.endswith(".qm")]


# --- leaves nothing behind ------------------------------------------------------------------


def _normalised(names: list[str]) -> list[str]:
    """File names with their hashes and sizes blanked (the compiled rulebook's cache key
    holds the code's dates, which differ between the two)."""
    return sorted({re.sub(r"[0-9a-f]{8,}|\d+", "#", n) for n in names})


def test_the_built_programs_write_only_where_the_installed_ones_do(app, tmp_path):
    """A throwaway home: every file either program writes is listed; they are the same, all
    under travelrisk's platformdirs folders, and ``profile forget --all`` removes them all."""
    pw = tmp_path / "pass.txt"
    pw.write_text("a long passphrase, спокойно\n", encoding="utf-8")
    written = {}
    for who in ("built", "installed"):
        home = tmp_path / who
        env = home_env(home, QT_QPA_PLATFORM="offscreen")

        def cli(*args):
            p = built(app, "travelrisk", *args, env=env) if who == "built" else installed(*args, env=env)
            assert p.returncode == 0, (who, args, p.stderr)

        if who == "built":
            shot = built(app, "travelrisk-gui", "--screenshot", tmp_path / f"{who}.png", "--profile", EXAMPLE, env=env)
        else:
            shot = subprocess.run([sys.executable, "-m", "travelrisk_gui.app", "--screenshot", tmp_path / f"{who}.png",
                                   "--profile", EXAMPLE], capture_output=True, text=True, env=env, timeout=120,
                                  cwd=home)
        assert shot.returncode == 0, (who, shot.stderr)
        cli("check", "--profile", EXAMPLE, "--to", "KZ")
        cli("profile", "save", "me", "--profile", EXAMPLE, "--passphrase-file", pw)
        written[who] = files_under(home)
        print(who, "wrote:", *written[who], sep="\n  ")
        allowed = (".cache/travelrisk/", ".local/share/travelrisk/", ".config/travelrisk/", ".local/state/travelrisk/")
        assert written[who] and all(n.startswith(allowed) for n in written[who]), written[who]
        cli("profile", "forget", "--all")
        assert files_under(home) == [], (who, files_under(home))
    assert _normalised(written["built"]) == _normalised(written["installed"])


# --- reproducible ---------------------------------------------------------------------------


def _digests(folder: Path) -> dict[str, str]:
    out = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_symlink():
            out[rel] = "-> " + os.readlink(p)
        elif p.is_file():
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.mark.skipif(not AGAIN, reason="no second build: set TRAVELRISK_BUILT_AGAIN (CI does)")
def test_two_builds_of_one_commit_have_the_same_rulebook_and_files(app, tmp_path):
    again = Path(AGAIN).resolve()
    mine, theirs = _digests(app), _digests(again)
    assert sorted(mine) == sorted(theirs)
    rules = [n for n in mine if n.startswith("_internal/travelrisk/rules/")]
    assert rules and all(mine[n] == theirs[n] for n in rules)
    hashes = [built(folder, "travelrisk", "rules", "info", env=home_env(tmp_path / folder.parent.name)).stdout
              for folder in (app, again)]
    assert [re.search(r"^sha256 (\w+)", h, re.M).group(1) for h in hashes].count(None) == 0
    assert len({re.search(r"^sha256 (\w+)", h, re.M).group(1) for h in hashes}) == 1
    differ = [n for n in mine if mine[n] != theirs[n]]
    print(f"{len(mine)} files, {len(differ)} differ in their bytes: {differ}")
