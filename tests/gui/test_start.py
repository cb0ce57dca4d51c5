"""What a person meets installing and starting the app: without the ``gui`` extra, and on an X
server that lacks a library Qt's X11 plugin needs, ``travelrisk-gui`` says in one line what is
missing and how to install it, instead of a traceback or Qt's abort (whose hint always names
libxcb-cursor0, whatever is missing)."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

import pytest
from travelrisk_gui import app

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "journalist-by.json"

HIDE_PYSIDE6 = '''
import sys

class HidePySide6:
    """As if the gui extra were not installed: PySide6 cannot be found."""

    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, HidePySide6())
'''


def entry_point() -> list[str]:
    """The ``travelrisk-gui`` command as installed (its script beside this Python), or the
    entry point it names, run by this Python."""
    script = Path(sys.executable).parent / "travelrisk-gui"
    if script.is_file():
        return [str(script)]
    (ep,) = entry_points(group="console_scripts", name="travelrisk-gui")
    module, func = ep.value.split(":")
    return [sys.executable, "-c", f"import sys; from {module} import {func}; sys.exit({func}())"]


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([*entry_point(), *args], capture_output=True, text=True, timeout=120, env=env)


def with_path_first(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(folder), *filter(None, [env.get("PYTHONPATH")])])
    return env


@pytest.mark.parametrize("args", [[], ["--profile", str(EXAMPLE)], ["--screenshot", "x.png"]],
                         ids=["bare", "profile", "screenshot"])
def test_without_the_gui_extra_one_line_says_what_to_install(tmp_path, args):
    (tmp_path / "sitecustomize.py").write_text(HIDE_PYSIDE6)
    env = with_path_first(tmp_path)
    probe = subprocess.run([sys.executable, "-c", "import PySide6"], capture_output=True, text=True, env=env)
    assert probe.returncode != 0  # the hook bites
    p = run(*args, env=env)
    assert p.returncode == 1, p.stderr
    assert "Traceback" not in p.stderr and p.stdout == ""
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    assert lines[0].startswith("travelrisk-gui: ") and "PySide6" in lines[0]
    assert "pip install 'travelrisk[gui]'" in lines[0]


def test_help_works_without_the_gui_extra(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(HIDE_PYSIDE6)
    p = run("--help", env=with_path_first(tmp_path))
    assert p.returncode == 0 and "--profile" in p.stdout


# --- on X11 -------------------------------------------------------------------------------

def _plugin() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"


def needed(path: Path) -> list[str]:
    """The libraries an ELF64 little-endian file names as DT_NEEDED (what ``objdump -p`` lists)."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, path
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    dynamic = next(s for s in sections if s[1] == 6)  # SHT_DYNAMIC; its sh_link is the string table
    strtab = sections[dynamic[6]]
    names, offset = [], dynamic[4]
    while True:
        tag, value = struct.unpack_from("<qQ", data, offset)
        if tag == 0:
            return names
        if tag == 1:  # DT_NEEDED
            start = strtab[4] + value
            names.append(data[start:data.index(b"\0", start)].decode())
        offset += 16


BASE = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"}  # in every Linux system


def system_libraries() -> set[str]:
    plugin = _plugin()
    qpa = plugin.parents[2] / "lib" / "libQt6XcbQpa.so.6"
    return {name for f in (plugin, qpa) for name in needed(f) if not name.startswith("libQt6")} - BASE


linux_x11 = pytest.mark.skipif(not sys.platform.startswith("linux") or not _plugin().is_file(),
                               reason="Qt's X11 plugin is a Linux matter")


@linux_x11
def test_every_library_of_the_x11_plugin_has_its_package_named():
    assert system_libraries() <= set(app.XCB_PACKAGES), sorted(system_libraries() - set(app.XCB_PACKAGES))


@linux_x11
@pytest.mark.skipif(shutil.which("dpkg") is None, reason="the package names are Debian's")
def test_the_package_named_is_the_one_that_holds_the_library():
    for library in sorted(system_libraries()):
        found = subprocess.run(["dpkg", "-S", f"*/{library}"], capture_output=True, text=True)
        if found.returncode != 0:
            continue  # not installed here: nothing to check it against
        packages = {line.split(":")[0] for line in found.stdout.splitlines()}
        assert app.XCB_PACKAGES[library] in packages, (library, packages)


def _words(path: Path) -> set[str]:
    return set(re.findall(r"[\w.+-]+", path.read_text()))


@linux_x11
def test_ci_installs_every_package_the_x11_plugin_needs():
    assert set(app.XCB_PACKAGES.values()) - _words(REPO / ".ci" / "run") == set()


@linux_x11
def test_readme_lists_every_package_the_x11_plugin_needs():
    missing = set(app.XCB_PACKAGES.values()) - _words(REPO / "README.md")
    assert missing == set(), "README.md must list these Debian packages"


@linux_x11
def test_a_missing_x11_library_is_named_with_its_package(tmp_path):
    """Two libraries hidden (an empty file of that name comes first on the library path):
    one line names the first the loader met and its package, and the app exits 1."""
    hidden = tmp_path / "hidden"
    hidden.mkdir()
    for name in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        (hidden / name).write_bytes(b"")
    env = dict(os.environ, DISPLAY=":99", LD_LIBRARY_PATH=str(hidden))
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    p = run("--profile", str(EXAMPLE), env=env)
    assert p.returncode == 1, p.stderr
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    assert "libxcb-icccm.so.4" in lines[0] and "apt-get install libxcb-icccm4" in lines[0]
    assert "xcb-cursor" not in lines[0]  # Qt's own hint would name this, wrongly
