"""What the standalone build leaves out, and the smaller ICU it carries (used by travelrisk.spec).

PyInstaller's analysis collects far more than travelrisk uses: every plugin of each Qt module
it finds, Qt's translations into 40 languages, pycountry's names in 160 languages for seven
standards, the system libraries that all of those link to, and ICU's data for every locale
(32 MB, the largest single file). Each function here takes PyInstaller's table of contents
(a list of ``(destination, source, kind)``) and returns what the build keeps. Nothing here
imports PyInstaller at module level, so tests can check the rules on plain lists.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

#: Qt plugins kept, by folder, each for a reason (packaging/README.md). Names are matched
#: without the platform's prefix and suffix (``libqxcb.so``, ``qwindows.dll``), so the same
#: list serves the Windows and macOS builds.
KEEP_PLUGINS: dict[str, set[str]] = {
    # xcb: X11 and XWayland; wayland: a Wayland session; offscreen: --screenshot and CI;
    # cocoa, windows, direct2d: the other systems' own.
    "platforms": {"qxcb", "qwayland", "qoffscreen", "qcocoa", "qwindows", "qdirect2d"},
    "xcbglintegrations": {"qxcb-egl-integration", "qxcb-glx-integration"},
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": {"adwaita", "bradient"},  # window frames where the desktop draws none
    # The desktop's own file dialogs through xdg-desktop-portal (D-Bus). Not qgtk3: it loads
    # the system's GTK 3 into a process that carries the build machine's glib, cairo and
    # pango, a known cause of crashes, and brings 10 MB of them; Qt's own dialogs stand in.
    "platformthemes": {"qxdgdesktopportal"},
    # Typing Cyrillic through IBus or a compose key.
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    # Icon themes are SVG on current desktops (message boxes, file dialogs).
    "iconengines": {"qsvgicon"},
    "imageformats": {"qsvg"},  # PNG is built into QtGui: no JPEG, GIF, TIFF, WebP...
    "styles": {"qmacstyle", "qwindowsvistastyle", "qmodernwindowsstyle"},
}

#: Qt libraries that only dropped plugins or modules need (they come in as those plugins'
#: dependencies). tests/packaging checks that every library kept finds all it links to.
DROP_QT_LIBS = ("Qt6EglFSDeviceIntegration", "Qt6EglFsKmsSupport", "Qt6Network", "Qt6OpenGL",
                "Qt6WlShellIntegration", "Qt6Pdf", "Qt6Qml", "Qt6Quick", "Qt6VirtualKeyboard")

#: System libraries taken from the user's system, never bundled: D-Bus's client library talks
#: to the system's own daemon (and would bring libsystemd, libgcrypt and more: 3 MB). Every
#: Linux desktop has it; PyInstaller already leaves out libc, libGL and the like.
SYSTEM_LIBS = ("libdbus-1.so",)

#: pycountry's databases by the attribute that reads each.
PYCOUNTRY_DATABASES = {
    "countries": "iso3166-1", "subdivisions": "iso3166-2", "historic_countries": "iso3166-3",
    "languages": "iso639-3", "language_families": "iso639-5", "currencies": "iso4217",
    "scripts": "iso15924",
}

APP_LANGUAGES_FALLBACK = ("en", "be", "ru", "uk")


def log(message: str) -> None:
    print(f"travelrisk.spec: {message}", file=sys.stderr)


# --- what the code uses, read from the checkout --------------------------------------------


def _import_from(repo: Path, name: str):
    sys.path.insert(0, str(repo / "src"))
    try:
        __import__(name)
        return sys.modules[name]
    finally:
        sys.path.pop(0)


def app_languages(repo: Path) -> set[str]:
    """The languages the programs speak (travelrisk.language.i18n.LANGUAGES)."""
    return set(getattr(_import_from(repo, "travelrisk.language.i18n"), "LANGUAGES", APP_LANGUAGES_FALLBACK))


def name_languages(repo: Path) -> set[str] | None:
    """The languages travelrisk reads pycountry's country names in: its own, and those a
    person may type a name in (travelrisk.model.country_names). None (keep every language) if the
    code no longer says."""
    typed = getattr(_import_from(repo, "travelrisk.model.country_names"), "_NAME_LANGUAGES", None)
    if typed is None:
        log("keeping pycountry's names in every language (travelrisk.model.country_names._NAME_LANGUAGES is gone)")
        return None
    return set(typed) | app_languages(repo)


def pycountry_databases(repo: Path) -> set[str]:
    """The pycountry databases the code reads: ``pycountry.<attribute>`` anywhere in src/ or gui/."""
    code = "\n".join(p.read_text(encoding="utf-8") for folder in ("src", "gui")
                     for p in sorted((repo / folder).rglob("*.py")))
    used = {db for attribute, db in PYCOUNTRY_DATABASES.items()
            if re.search(rf"\bpycountry\.{attribute}\b", code)}
    return used | {"iso3166-1"}


# --- files ----------------------------------------------------------------------------------


def _stem(filename: str) -> str:
    """``libqxcb.so`` / ``qxcb.dll`` / ``libqcocoa.dylib`` -> ``qxcb``."""
    stem = filename.split(".")[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_file(dest: str, *, qt_languages: set[str], name_languages: set[str] | None,
              databases: set[str]) -> bool:
    """Whether the bundle keeps this file (its path inside the bundle)."""
    parts = Path(dest).parts
    if not parts:
        return True
    if "PySide6" in parts or "Qt" in parts or "Qt6" in parts:
        if "plugins" in parts:
            i = parts.index("plugins")
            if len(parts) > i + 2:
                return _stem(parts[-1]) in KEEP_PLUGINS.get(parts[i + 1], set())
        if "translations" in parts:
            # Qt's own words (standard buttons) in the app's languages; English needs none.
            m = re.fullmatch(r"qtbase_(\w+)\.qm", parts[-1])
            return bool(m) and m.group(1).split("_")[0] in qt_languages
    if any(lib in parts[-1] for lib in DROP_QT_LIBS):
        return False
    if any(parts[-1].startswith(lib) for lib in SYSTEM_LIBS):
        return False
    if parts[0] == "pycountry":
        if "locales" in parts:
            # Country names only (ISO 3166-1, and -3 for former names): the programs
            # translate nothing else through pycountry.
            language = parts[parts.index("locales") + 1] if len(parts) > parts.index("locales") + 1 else ""
            return parts[-1] in ("iso3166-1.mo", "iso3166-3.mo") and (
                name_languages is None or language in name_languages)
        if "databases" in parts:
            return parts[-1].removesuffix(".json") in databases
        if "tests" in parts:
            return False
    return True


def linked_only(binaries: list[tuple]) -> list[tuple]:
    """Without the system libraries that nothing kept links to (those only dropped plugins
    needed: GTK's, Kerberos' for QtNetwork...). Linux only: there the analysis copies system
    libraries into the top folder; elsewhere the list is returned as it is."""
    if not sys.platform.startswith("linux"):
        return binaries
    top = {dest: src for dest, src, kind in binaries if kind == "BINARY" and "/" not in dest}
    python = {d for d in top if d.startswith("libpython")}  # loaded by the bootloader
    roots = [src for dest, src, kind in binaries
             if kind == "EXTENSION" or (kind == "BINARY" and (dest not in top or dest in python))]
    needed: set[str] = set()
    todo, seen = list(roots), set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        for name in elf_needed(Path(path)):
            if name in top and name not in needed:
                needed.add(name)
                todo.append(top[name])
    gone = sorted(set(top) - needed - python)
    log(f"{len(gone)} system libraries nothing kept links to, left out: {' '.join(gone)}")
    return [e for e in binaries if e[0] not in gone]


def no_dangling(toc: list[tuple], present: set[str]) -> list[tuple]:
    """Without the symbolic links (the analysis lists them among the data) to what is gone."""
    def target(dest: str, src: str) -> str:
        return os.path.normpath(os.path.join(os.path.dirname(dest), src))

    return [e for e in toc if e[2] != "SYMLINK" or target(e[0], e[1]) in present]


# --- ICU ------------------------------------------------------------------------------------


def _elf_sections(path: Path) -> tuple[bytes, list[tuple]]:
    """The file and its section headers (name, type, flags, addr, offset, size, link, info,
    align, entsize): a minimal reader of 64-bit little-endian ELF, all this build needs."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError(f"{path} is not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    return data, [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]


def _cstring(data: bytes, start: int) -> str:
    return data[start:data.index(b"\0", start)].decode()


def elf_needed(path: Path) -> list[str]:
    """The libraries a shared object names itself (DT_NEEDED), not what those load in turn
    (ldd's answer, which would keep everything a left-out system library links to)."""
    data, sections = _elf_sections(path)
    out = []
    for sec in sections:
        if sec[1] != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[sec[6]]
        for off in range(sec[4], sec[4] + sec[5], 16):
            tag, value = struct.unpack_from("<qQ", data, off)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                out.append(_cstring(data, strtab[4] + value))
    return out


def _elf_symbol(path: Path, pattern: str) -> tuple[str, int, int]:
    """(name, file offset, size) of the first dynamic symbol whose name matches."""
    data, sections = _elf_sections(path)
    shnum = len(sections)
    for sec in sections:
        if sec[1] != 11:  # SHT_DYNSYM
            continue
        strtab = sections[sec[6]]
        for off in range(sec[4], sec[4] + sec[5], sec[9]):
            st_name, _, _, st_shndx, st_value, st_size = struct.unpack_from("<IBBHQQ", data, off)
            name = _cstring(data, strtab[4] + st_name)
            if re.fullmatch(pattern, name) and 0 < st_shndx < shnum:
                where = sections[st_shndx]
                return name, where[4] + (st_value - where[3]), st_size
    raise ValueError(f"no symbol matching {pattern} in {path}")


_LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")


def _locale_item(item: str) -> bool:
    name = item.rsplit("/", 1)[-1]
    return bool(_LOCALE_ITEM.match(name)) and name not in ("root.res", "pool.res", "res_index.res")


def icu_items_to_remove(items: list[str], languages: set[str]) -> set[str]:
    """ICU data items the app does not need: character set converters (Qt and Python
    convert UTF-8 themselves) and every locale's data but the app's languages' (collation,
    names, units...). Shared data (root, pools, break rules, normalisation) stays."""
    def drop(item: str) -> bool:
        if item.endswith(".cnv"):
            return True
        language = item.rsplit("/", 1)[-1].split(".")[0].split("_")[0]
        return _locale_item(item) and language not in languages

    return {item for item in items if drop(item)}


def trim_icu(binaries: list[tuple], workdir: Path, languages: set[str]) -> list[tuple]:
    """Qt's ICU data library (libicudata.so.NN, 32 MB) rebuilt with the app's languages
    only (about 9 MB): ICU's own icupkg takes the items out, and the C compiler wraps what is
    left as a library with the same name and symbol. Linux only; where icupkg (Debian:
    icu-devtools) or a C compiler is missing, the full library is kept and this says so."""
    if not sys.platform.startswith("linux"):
        return binaries
    entry = next((e for e in binaries if re.fullmatch(r"libicudata\.so\.\d+", Path(e[0]).name)), None)
    if entry is None:
        return binaries
    # Debian installs icupkg in /usr/sbin, which a user's PATH may not hold.
    icupkg = shutil.which("icupkg") or shutil.which("icupkg", path="/usr/sbin:/usr/local/sbin")
    cc = shutil.which("cc") or shutil.which("gcc")
    if not icupkg or not cc:
        log(f"keeping the full ICU data ({os.path.getsize(entry[1]) / 1e6:.0f} MB): "
            f"{'icupkg (Debian: icu-devtools)' if not icupkg else 'a C compiler'} is not installed")
        return binaries
    dest, src, kind = entry
    symbol, offset, size = _elf_symbol(Path(src), r"icudt\d+_dat")
    package = symbol.removesuffix("_dat") + ("l" if sys.byteorder == "little" else "b")
    work = workdir / "icu"
    shutil.rmtree(work, ignore_errors=True)
    (work / "out").mkdir(parents=True)
    full = work / f"{package}.dat"
    with open(src, "rb") as fh:
        fh.seek(offset)
        full.write_bytes(fh.read(size))
    listed = subprocess.run([icupkg, "-l", str(full)], capture_output=True, text=True, check=True).stdout
    items = [line.strip() for line in listed.splitlines() if line.strip()]
    remove = icu_items_to_remove(items, languages)
    trimmed = work / "out" / full.name
    for _ in range(20):  # icupkg refuses to leave an item whose parent is gone: settle that
        (work / "remove.txt").write_text("".join(f"{i}\n" for i in sorted(remove)))
        trimmed.unlink(missing_ok=True)
        run = subprocess.run([icupkg, "-r", str(work / "remove.txt"), str(full), str(trimmed)],
                             capture_output=True, text=True)
        missing = re.findall(r"Item (\S+) depends on missing item (\S+)", run.stderr)
        if run.returncode == 0 and not missing:
            break
        if not missing:
            raise RuntimeError(f"icupkg failed: {run.stderr.strip()}")
        for item, parent in missing:
            if _locale_item(item):
                remove.add(item)  # a variant of a dropped locale goes with it
            else:
                remove.discard(parent)  # shared data keeps what it needs
    else:
        raise RuntimeError("icupkg: the items to remove did not settle")
    (work / "icudata.S").write_text(
        "    .section .rodata\n"
        f"    .globl {symbol}\n"
        f"    .type {symbol}, @object\n"
        "    .balign 16\n"
        f"{symbol}:\n"
        f'    .incbin "{trimmed}"\n'
        f"    .size {symbol}, . - {symbol}\n"
        '    .section .note.GNU-stack,"",@progbits\n'
    )
    out = work / Path(dest).name
    subprocess.run([cc, "-shared", "-nostdlib", f"-Wl,-soname,{Path(dest).name}", "-Wl,--build-id=none",
                    "-o", str(out), str(work / "icudata.S")], check=True)
    log(f"ICU data for {', '.join(sorted(languages))} only: {len(items) - len(remove)} of {len(items)} items, "
        f"{size / 1e6:.1f} MB -> {trimmed.stat().st_size / 1e6:.1f} MB")
    return [(d, str(out), k) if (d, s, k) == entry else (d, s, k) for d, s, k in binaries]
