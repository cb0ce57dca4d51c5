"""Languages: Qt translation files shipped beside this module, chosen from the Language menu.

English is the source language and needs no file. A translation is ``i18n/<code>.qm``
(made with ``pyside6-lupdate`` / ``pyside6-lrelease``); the menu lists whatever is there,
each language by its own name in its own language (:data:`NAMES`). Adding a language is
adding its ``.qm`` file (and, for a language not in :data:`NAMES`, its name there).
The choice lives in memory only: it is never saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

FOLDER = Path(__file__).resolve().parent / "i18n"
SOURCE_LANGUAGE = "en"

#: Each language's name as its speakers write it: what the Language menu shows. A language
#: missing here is named by Qt's locale data, which for some gives a regional variant
#: ("American English" for ``en``), so every language the app ships belongs here.
NAMES: dict[str, str] = {
    "en": "English",
    "be": "Беларуская",
    "ru": "Русский",
    "uk": "Українська",
}

_installed: QTranslator | None = None
_current = SOURCE_LANGUAGE


def available() -> list[tuple[str, str]]:
    """(code, name in that language) for English and every shipped translation."""
    codes = [SOURCE_LANGUAGE]
    if FOLDER.is_dir():
        codes += sorted(p.stem for p in FOLDER.glob("*.qm") if p.stem != SOURCE_LANGUAGE)
    return [(c, name(c)) for c in codes]


def name(code: str) -> str:
    """The language's name in that language, as the menu shows it."""
    if code in NAMES:
        return NAMES[code]
    native = QLocale(code).nativeLanguageName()
    return native[:1].upper() + native[1:] if native else code


def current() -> str:
    return _current


def install(code: str) -> bool:
    """Switch the app's language; widgets retranslate on the LanguageChange event Qt sends."""
    global _installed, _current
    app = QCoreApplication.instance()
    if app is None:
        return False
    translator = None
    if code != SOURCE_LANGUAGE:
        translator = QTranslator(app)
        if not translator.load(str(FOLDER / f"{code}.qm")):
            return False
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    if translator is not None:
        app.installTranslator(translator)  # Qt posts LanguageChange to every widget
        _installed = translator
    _current = code
    return True
