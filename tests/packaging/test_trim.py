"""What the standalone build keeps (packaging/trim.py), checked without building it."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
from _trim import trim  # noqa: E402  (skips the module where packaging/ is missing)
RULES = dict(qt_languages={"be", "ru", "uk"}, name_languages={"en", "ru", "de"}, databases={"iso3166-1", "iso3166-3"})


def keep(dest: str) -> bool:
    return trim.keep_file(dest, **RULES)


@pytest.mark.parametrize("dest,kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),  # a VNC server: a listening socket
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/networkinformation/libqnetworkmanager.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/plugins/platforms/qwindows.dll", True),  # the Windows layout
    ("PySide6/Qt/translations/qtbase_ru.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_ru.qm", False),
    ("PySide6/Qt/translations/qt_help_ru.qm", False),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("libQt6Network.so.6", False),  # the link to it in the top folder
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("libdbus-1.so.3", False),  # the system's own
    ("pycountry/locales/ru/LC_MESSAGES/iso3166-1.mo", True),
    ("pycountry/locales/de/LC_MESSAGES/iso3166-3.mo", True),
    ("pycountry/locales/ru/LC_MESSAGES/iso639-3.mo", False),
    ("pycountry/locales/ja/LC_MESSAGES/iso3166-1.mo", False),
    ("pycountry/databases/iso3166-1.json", True),
    ("pycountry/databases/iso639-3.json", False),
    ("travelrisk/rules/rulebook.toml", True),
    ("travelrisk_gui/i18n/ru.qm", True),
])
def test_what_the_build_keeps(dest, kept):
    assert keep(dest) is kept


def test_every_language_is_kept_when_the_code_no_longer_says():
    assert trim.keep_file("pycountry/locales/ja/LC_MESSAGES/iso3166-1.mo", **{**RULES, "name_languages": None})


def test_the_languages_and_databases_come_from_the_code():
    from travelrisk.model import country_names
    from travelrisk.language import i18n

    assert trim.app_languages(REPO) == set(i18n.LANGUAGES)
    assert trim.name_languages(REPO) == set(country_names._NAME_LANGUAGES) | set(i18n.LANGUAGES)
    # countries, and historic_countries for former names (country_names.py)
    assert {"iso3166-1", "iso3166-3"} <= trim.pycountry_databases(REPO)


def test_the_app_s_languages_are_the_ones_the_bundle_keeps_qt_s_words_for():
    """qtbase_<code>.qm for each of the app's languages but English, where Qt ships one."""
    from travelrisk.language import i18n

    assert set(i18n.LANGUAGES) - {"en"} == {"be", "ru", "uk"}


def test_icu_keeps_the_app_s_languages_and_shared_data():
    items = ["root.res", "pool.res", "res_index.res", "en.res", "en_GB.res", "be.res", "ru_UA.res", "uk.res",
             "de.res", "de_AT.res", "zh_Hant_TW.res", "coll/root.res", "coll/ucadata.icu", "coll/ru.res",
             "coll/sv.res", "coll/de__PHONEBOOK.res", "brkitr/line.brk", "brkitr/cjdict.dict",
             "ibm-866_P100-1995.cnv", "cnvalias.icu", "supplementalData.res", "zoneinfo64.res", "unames.icu"]
    removed = trim.icu_items_to_remove(items, {"en", "be", "ru", "uk"})
    assert removed == {"de.res", "de_AT.res", "zh_Hant_TW.res", "coll/sv.res", "coll/de__PHONEBOOK.res",
                       "ibm-866_P100-1995.cnv"}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF: Linux")
def test_the_elf_reader_names_what_qt_links_to():
    pyside = pytest.importorskip("PySide6")
    lib = Path(pyside.__file__).parent / "Qt" / "lib"
    assert "libdbus-1.so.3" in trim.elf_needed(lib / "libQt6DBus.so.6")
    assert "libQt6Core.so.6" in trim.elf_needed(lib / "libQt6Gui.so.6")
    icu = next(lib.glob("libicudata.so.*"), None)
    if icu is not None:
        name, offset, size = trim._elf_symbol(icu, r"icudt\d+_dat")
        assert re.fullmatch(r"icudt\d+_dat", name)
        with open(icu, "rb") as fh:  # ICU's common data starts with its header: size, then 0xda27
            fh.seek(offset)
            head = fh.read(4)
        assert head[2:4] == b"\xda\x27" and 0 < size < icu.stat().st_size


def test_no_dangling_links():
    toc = [("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
           ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
           ("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    present = {"PySide6/Qt/lib/libQt6Core.so.6"}
    assert trim.no_dangling(toc, present) == [toc[0], toc[2]]
