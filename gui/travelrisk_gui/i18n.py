"""Languages: Qt translation files shipped beside this module, chosen from the Language menu.

English is the source language and needs no file. A translation is ``i18n/<code>.qm``
(made with ``pyside6-lupdate`` / ``pyside6-lrelease``); the menu lists whatever is there.
The choice lives in memory only: it is never saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

FOLDER = Path(__file__).resolve().parent / "i18n"
SOURCE_LANGUAGE = "en"

_installed: QTranslator | None = None
_current = SOURCE_LANGUAGE


def available() -> list[tuple[str, str]]:
    """(code, name in that language) for English and every shipped translation."""
    codes = [SOURCE_LANGUAGE]
    if FOLDER.is_dir():
        codes += sorted(p.stem for p in FOLDER.glob("*.qm") if p.stem != SOURCE_LANGUAGE)
    return [(c, QLocale(c).nativeLanguageName().capitalize() or c) for c in codes]


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
