"""Languages: Qt translation files shipped beside this module, chosen from the Language menu.

English is the source language and needs no file. A translation is ``i18n/<code>.qm``; the
menu lists whatever is there, each language by its own name in its own language
(:data:`NAMES`). Adding a language is adding its ``.qm`` file (and, for a language not in
:data:`NAMES`, its name there). With the app's own file, Qt's ``qtbase_<code>.qm`` is loaded
too (the buttons of Qt's message boxes, its calendar, its file chooser); where PySide6 ships
none, that part stays English.

The ``.ts`` sources are kept up to date and built with PySide6's tools, from the repository
(``tests/gui/test_languages.py`` fails on a new string left untranslated, or a stale ``.qm``)::

    for l in be ru uk; do
      pyside6-lupdate -locations none -no-obsolete -source-language en -target-language $l \
          gui/travelrisk_gui/*.py -ts gui/travelrisk_gui/i18n/$l.ts     # then translate (Qt Linguist)
      pyside6-lrelease gui/travelrisk_gui/i18n/$l.ts                      # the .qm beside the .ts
    done

pyside6-lupdate sees a plural (``%n``) only in a ``self.tr(text, None, n)`` call: a text with
a number to agree with is said in a method of a QObject (see ``explanation.Counted``).

What the app shows from the core (level and harm names, findings, interview questions,
country names) is not in these files: it is the rulebook's own translation
(``rules/i18n/<lang>.toml``), read through :func:`words`.

The choice lives in memory only, as everything else does: a saved language would say which
language the person reads. It starts from ``--lang``, else the system's language when the
app is translated into it, else English.

Nothing here imports Qt or the core until asked: the app chooses the language before it
forks (see :mod:`travelrisk_gui.glance_child`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from travelrisk.model.assessment import Caveat
    from travelrisk.language.i18n import Words
    from travelrisk.language.rulebook import Rulebook

FOLDER = Path(__file__).resolve().parent / "i18n"
SOURCE_LANGUAGE = "en"
#: What ``--lang`` accepts: the languages the core's rulebook speaks (``travelrisk.language.i18n.LANGUAGES``).
LANGUAGES = ("en", "be", "ru", "uk")

#: Each language's name as its speakers write it: what the Language menu shows. A language
#: missing here is named by Qt's locale data, which for some gives a regional variant
#: ("American English" for ``en``), so every language the app ships belongs here.
NAMES: dict[str, str] = {
    "en": "English",
    "be": "Беларуская",
    "ru": "Русский",
    "uk": "Українська",
}

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE
_book: Rulebook | None = None
_words: Words | None = None
#: Words in the current language before the rulebook is loaded, from the child that made the
#: first window's glance (see :func:`set_early`): level names by value, country names by code,
#: and the interview's names for listings and exposures (:func:`reason`).
_early: dict[str, object] = {"language": None, "levels": {}, "countries": {}, "labels": {}}
_countries: dict[tuple[str, str], str] = {}
_locale = None  # QLocale: the system's, kept when another language is chosen


def codes() -> list[str]:
    """English and every language whose translation is shipped."""
    out = [SOURCE_LANGUAGE]
    if FOLDER.is_dir():
        out += sorted(p.stem for p in FOLDER.glob("*.qm") if p.stem != SOURCE_LANGUAGE)
    return out


def available() -> list[tuple[str, str]]:
    """(code, name in that language) for English and every shipped translation."""
    return [(c, name(c)) for c in codes()]


def name(code: str) -> str:
    """The language's name in that language, as the menu shows it."""
    if code in NAMES:
        return NAMES[code]
    from PySide6.QtCore import QLocale

    native = QLocale(code).nativeLanguageName()
    return native[:1].upper() + native[1:] if native else code


def choose(requested: str | None = None) -> str:
    """The language to start in: ``requested`` (``--lang``), else the system's (the core's
    :func:`~travelrisk.language.i18n.language_from_environment`) when the app is translated into it,
    else English."""
    if requested:
        return requested
    from travelrisk.language.i18n import language_from_environment

    code = language_from_environment()
    return code if code in codes() else SOURCE_LANGUAGE


def current() -> str:
    return _current


def install(code: str) -> bool:
    """Switch the app's language; widgets retranslate on the LanguageChange event Qt sends.
    False (and nothing changed) when the app's translation cannot be read."""
    global _locale
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        return False
    translators: list[QTranslator] = []
    if code != SOURCE_LANGUAGE:
        own = QTranslator(app)
        if not own.load(str(FOLDER / f"{code}.qm")):
            return False
        translators.append(own)
        qt = QTranslator(app)
        # Qt's own words; PySide6 ships no qtbase_be.qm, say: those stay English.
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            translators.append(qt)
    if _locale is None:
        _locale = QLocale()  # the system's, for English again
    use_language(code)
    if _early["language"] not in (None, code):  # said in another language: of no use now
        _early.update(language=None, levels={}, countries={}, labels={})
    QLocale.setDefault(_locale if code == SOURCE_LANGUAGE else QLocale(code))  # the calendar's month names
    for t in _installed:
        app.removeTranslator(t)  # Qt posts LanguageChange to every widget
    _installed.clear()
    for t in translators:
        app.installTranslator(t)  # and again
        _installed.append(t)
    return True


def use_language(code: str) -> None:
    """Say the core's words in ``code``, in a process that has not loaded Qt: the child that
    computes the first window (see ``glance_child``). The app itself uses :func:`install`."""
    global _current, _words
    _current, _words = code, None
    _countries.clear()


# --- the core's words, in the language chosen ------------------------------------------------


def use_rulebook(book: Rulebook | None) -> None:
    """The rulebook whose translations the app shows (its catalogue for each language)."""
    global _book, _words
    _book, _words = book, None


def words() -> Words:
    """The core's words (levels, harms, interview questions, phrases) in the current
    language, English where the rulebook has no translation."""
    global _words
    if _words is None or _words.lang != _wanted_words_lang():
        from travelrisk.language.i18n import Words
        from travelrisk.language.i18n import words as core_words

        _words = core_words(_book, _current) if _book is not None else Words(None)
    return _words


def note(c: Caveat, destination: str) -> str:
    """An open question's or caveat's text in the current language, where the core knows its
    shape (else as the engine wrote it: research notes stay in their own language)."""
    w = words()
    if _book is None or w.lang == SOURCE_LANGUAGE:
        return c.text
    from travelrisk.report.notes import note_text

    return note_text(c, w, _book, destination)


def note_about(c: Caveat, destination: str) -> str | None:
    """What an open point the rulebook records is about (the destination, a treaty, a pursuing
    state), named in the current language; None for the engine's own notes."""
    w = words()
    if w.lang == SOURCE_LANGUAGE:
        return c.about
    from travelrisk.report.notes import note_about as core_note_about

    return core_note_about(c, w, destination)


def _wanted_words_lang() -> str:
    if _book is None or _current not in _book.translations:
        return SOURCE_LANGUAGE
    return _current


def set_early(levels: dict[str, str], countries: dict[str, str], labels: dict[str, dict[str, str]]) -> None:
    """Words in the current language for the first window, before the rulebook is loaded here
    (the child that read it sends them with the glance): this process need not load the core
    to draw it."""
    _early.update(language=_current, levels=dict(levels), countries=dict(countries), labels=dict(labels))


def level_name(value: str) -> str:
    """A level's name, in capitals as it is written beside its colour."""
    if _book is None:  # the core is not loaded here yet: the child's words, else English for now
        return _early["levels"].get(value) or value.upper()
    return words().level(value)


def country(code: str) -> str:
    """A country's name in the current language (ISO 3166's own translation), else English."""
    if _book is None and code in _early["countries"]:
        return _early["countries"][code]
    key = (code, _current)
    hit = _countries.get(key)
    if hit is None:
        from travelrisk.model import iso

        if _current == SOURCE_LANGUAGE or not iso.is_code(code):
            hit = iso.name(code)
        else:
            from travelrisk.language.i18n import country_name

            hit = country_name(code, _current)
        _countries[key] = hit
    return hit


# --- why a state counts: the core's reasons, said in the reader's language -----------------

_LISTS_YOU = re.compile(r"^lists you: (?P<kind>[a-z ]+) \((?P<certainty>known|suspected)\)$")
_CITIZEN = re.compile(r"^your citizenship, with political exposure: (?P<what>[a-z ,]+)$")


def reason(text: str) -> str:
    """A requester's reason (``lists you: wanted (known)``) in the current language: the
    listing's kind and the exposures as the interview names them (the rulebook's words), the
    frame translated here. A reason of another form is shown as the core wrote it."""
    if _current == SOURCE_LANGUAGE:
        return text
    from PySide6.QtCore import QCoreApplication

    translate = QCoreApplication.translate
    m = _LISTS_YOU.match(text)
    if m:
        kind = _choice_label("listings", m["kind"].replace(" ", "_"))
        certainty = (translate("Reason", "known") if m["certainty"] == "known"
                     else translate("Reason", "suspected"))
        if kind:
            return translate("Reason", "lists you: {kind} ({certainty})").format(kind=kind, certainty=certainty)
    m = _CITIZEN.match(text)
    if m:
        labels = [_choice_label("exposure", e.strip().replace(" ", "_")) for e in m["what"].split(",")]
        if all(labels):
            return translate("Reason", "your citizenship, with political exposure: {what}").format(
                what=", ".join(labels))
    return text


def _choice_label(question: str, value: str) -> str | None:
    """The interview's name for an exposure (``question`` "exposure") or a listing's kind
    ("listings"), in the rulebook's words, lower-cased as it is read inside a sentence."""
    if _book is None and question in _early["labels"]:
        return _early["labels"][question].get(value)
    return choice_labels(words(), question).get(value)


def choice_labels(w: Words, question: str) -> dict[str, str]:
    """Each choice of an interview question ("exposure", "listings": a listing's kind) by
    value: its name in ``w``'s language, lower-cased as it is read inside a sentence."""
    from travelrisk.model.interview import STEPS

    q = next(q for step in STEPS.values() for q in step.questions if q.key == question)
    out = {}
    for c in q.choices or next(f.choices for f in q.fields if f.key == "kind"):
        label = w.message(c.label)
        out[c.value] = label[:1].lower() + label[1:] if label[1:2].islower() else label
    return out


def main_reason(a) -> str:
    """An assessment's main reason: the title of the finding that set its level (already in
    the reader's language), or, when none did, the core's words for why, translated here."""
    return reason_said(reason_title(a), a.level)


def reason_title(a) -> str | None:
    """The title of the finding that set ``a``'s level, or None when no finding did."""
    return a.main_reason if any(f.title == a.main_reason for f in a.findings) else None


def reason_said(title: str | None, level) -> str:
    """:func:`main_reason` from its parts: the title of the finding that set ``level``, or None
    when no finding did."""
    if title is not None:
        return title
    from PySide6.QtCore import QCoreApplication

    from travelrisk.model.levels import Level

    if level is Level.UNKNOWN:
        return QCoreApplication.translate("Reason", "not researched")
    return QCoreApplication.translate("Reason", "no rule matched")


_collator = None  # (language, QCollator)


def sort_key(text: str):
    """A key that sorts names in the reader's alphabet (Belarusian і and ў where they belong)."""
    global _collator
    if _collator is None or _collator[0] != _current:
        from functools import cmp_to_key

        from PySide6.QtCore import QCollator, QLocale, Qt

        collator = QCollator(QLocale(_current))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        _collator = (_current, cmp_to_key(collator.compare), collator)  # the key calls the collator
    return _collator[1](text)
