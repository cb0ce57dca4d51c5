"""The app in Belarusian, Russian and Ukrainian (issue: speak the users' languages).

The translations are Qt's: ``gui/travelrisk_gui/i18n/<lang>.ts`` built into ``.qm`` with
``pyside6-lrelease``. These tests fail when a ``.qm`` says something else than its ``.ts``
(it was not rebuilt), when a message is unfinished, empty or loses a placeholder, when the
sources hold a string the ``.ts`` files lack; and they show that switching the language
retranslates the menus and the explanation pane (with the core's words, from the rulebook's
own translations), that the Language menu lists all four, and that ``--lang`` works.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from travelrisk_gui import i18n

REPO = Path(__file__).resolve().parents[2]
GUI = REPO / "gui" / "travelrisk_gui"
FOLDER = GUI / "i18n"
EXAMPLE = REPO / "examples" / "journalist-by.json"
LANGS = ("be", "ru", "uk")
PLACEHOLDER = re.compile(r"\{\w+\}")
TOOLS = Path(sys.executable).parent


@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    forms: list[str]  # the translation; its plural forms when numerus
    finished: bool


def messages(ts: Path) -> list[Message]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for m in ctx.iter("message"):
            t = m.find("translation")
            numerus = m.get("numerus") == "yes"
            forms = [f.text or "" for f in t.iter("numerusform")] if numerus else [t.text or ""]
            out.append(Message(name, m.findtext("source"), numerus, forms, t.get("type") is None))
    return out


def tool(name: str) -> str:
    path = TOOLS / name
    if not path.exists():
        found = shutil.which(name)
        if found is None:
            pytest.skip(f"{name} is not installed")
        return found
    return str(path)


@pytest.fixture
def english_again(qapp):
    """Whatever a test switches to, the next one starts in English."""
    yield
    i18n.install("en")
    qapp.processEvents()


def switch(window, qapp, code: str) -> None:
    """Choose ``code`` from the window's Language menu, as a person does."""
    action = next(a for a in window.menus.language_group.actions() if a.data() == code)
    action.trigger()
    qapp.processEvents()  # the LanguageChange events Qt posted
    qapp.processEvents()


# --- the files ------------------------------------------------------------------------------


def test_the_app_is_translated_into_belarusian_russian_and_ukrainian():
    assert sorted(p.stem for p in FOLDER.glob("*.ts")) == sorted(LANGS)
    assert sorted(p.stem for p in FOLDER.glob("*.qm")) == sorted(LANGS)
    for code in LANGS:
        root = ET.parse(FOLDER / f"{code}.ts").getroot()
        assert root.get("language") == code and root.get("sourcelanguage") == "en"


@pytest.mark.parametrize("code", LANGS)
def test_every_message_is_finished_and_keeps_its_placeholders(code):
    found = messages(FOLDER / f"{code}.ts")
    assert len(found) > 300
    problems = []
    for m in found:
        if not m.finished:
            problems.append(("unfinished", m.source))
        if m.numerus != ("%n" in m.source):  # pyside6-lupdate sees plurals in self.tr() calls only
            problems.append(("%n without plural forms" if not m.numerus else "plural forms without %n", m.source))
        if m.numerus and len(m.forms) != 3:  # one, few, many
            problems.append(("plural forms", m.source))
        for text in m.forms:
            if not text.strip():
                problems.append(("empty", m.source))
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(m.source)):
                problems.append(("placeholders", m.source, text))
            if ("%n" in text) != ("%n" in m.source) or text.count("&") != m.source.count("&"):
                problems.append(("%n or &", m.source, text))
            if text.count("\n") != m.source.count("\n"):
                problems.append(("line breaks", m.source, text))
    assert problems == []


@pytest.mark.parametrize("code", LANGS)
def test_each_qm_says_what_its_ts_says(code):
    """A .qm not rebuilt after its .ts changed fails here (file times mean nothing after a
    clone: the .qm is read back through Qt instead)."""
    translator = QTranslator()
    assert translator.load(str(FOLDER / f"{code}.qm"))
    stale = []
    for m in messages(FOLDER / f"{code}.ts"):
        if m.numerus:
            # n picks the form: 1, 2 and 5 take the three forms in be, ru and uk
            said = [translator.translate(m.context, m.source, None, n) for n in (1, 2, 5)]
        else:
            said = [translator.translate(m.context, m.source)]
        if said != m.forms:
            stale.append((m.context, m.source))
    assert stale == [], "rebuild with: pyside6-lrelease gui/travelrisk_gui/i18n/<lang>.ts"


@pytest.mark.parametrize("code", LANGS)
def test_the_qm_is_what_lrelease_makes_of_the_ts(code, tmp_path):
    out = tmp_path / f"{code}.qm"
    p = subprocess.run([tool("pyside6-lrelease"), str(FOLDER / f"{code}.ts"), "-qm", str(out)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert "0 unfinished" in p.stdout
    assert out.read_bytes() == (FOLDER / f"{code}.qm").read_bytes()


def test_the_ts_files_hold_every_string_of_the_sources(tmp_path):
    """pyside6-lupdate over the app's sources finds nothing new to translate, and nothing
    the sources no longer say."""
    for code in LANGS:
        shutil.copy(FOLDER / f"{code}.ts", tmp_path / f"{code}.ts")
    sources = sorted(str(p) for p in GUI.glob("*.py"))
    p = subprocess.run([tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *sources, "-ts",
                        *(str(tmp_path / f"{code}.ts") for code in LANGS)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr
    for code in LANGS:
        shipped = {(m.context, m.source) for m in messages(FOLDER / f"{code}.ts")}
        now = messages(tmp_path / f"{code}.ts")
        assert [m.source for m in now if not m.finished] == [], "new strings: translate them"
        assert {(m.context, m.source) for m in now} == shipped


def translated_in_the_code() -> set[tuple[str, str]]:
    """(context, text) of every ``self.tr("…")``, ``translate("Context", "…")`` and
    ``QT_TRANSLATE_NOOP("Context", "…")`` in the app's code, read with Python's own parser."""
    import ast

    def literal(node) -> str | None:
        return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None

    found = set()
    for path in GUI.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in [tree, *(n for n in ast.walk(tree) if isinstance(n, ast.ClassDef))]:
            for node in ast.walk(cls):
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name == "tr" and isinstance(cls, ast.ClassDef) and literal(node.args[0]) is not None:
                    found.add((cls.name, literal(node.args[0])))
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                    if literal(node.args[0]) is not None and literal(node.args[1]) is not None:
                        found.add((literal(node.args[0]), literal(node.args[1])))
    return found


def test_every_string_the_code_translates_is_in_the_ts_files():
    """What pyside6-lupdate cannot see (a call inside an f-string, say) would stay English."""
    for code in LANGS:
        shipped = {(m.context, m.source) for m in messages(FOLDER / f"{code}.ts")}
        assert sorted(translated_in_the_code() - shipped) == []


def test_the_legal_terms_follow_the_glossary():
    """Where the app's own strings name a term of the rulebook's glossary, they use its words."""
    from travelrisk import load_rulebook
    from travelrisk.language.loader import bundled_rules_path

    glossary = load_rulebook(bundled_rules_path()).glossary
    if glossary is None:
        pytest.skip("the rulebook has no glossary yet")
    breaches = [(code, m.source, b) for code in LANGS for m in messages(FOLDER / f"{code}.ts")
                for text in m.forms for b in glossary.breaches(m.source, text, code)]
    assert breaches == []


# --- choosing a language ----------------------------------------------------------------------


def test_the_language_menu_lists_four_languages_each_by_its_own_name(make_window, listed_by_belarus):
    w = make_window(listed_by_belarus)
    assert [(a.data(), a.text()) for a in w.menus.language_group.actions()] == [
        ("en", "English"), ("be", "Беларуская"), ("ru", "Русский"), ("uk", "Українська")]
    assert [a.isChecked() for a in w.menus.language_group.actions()] == [True, False, False, False]


def window(qtbot, book, profile):
    """A window over the bundled rulebook, which has the translations."""
    from travelrisk_gui.main_window import MainWindow

    w = MainWindow(book, profile)
    qtbot.addWidget(w)
    w.show()
    return w


def test_switching_retranslates_the_menus_and_the_explanation(qtbot, listed_by_belarus, qapp, book, english_again):
    w = window(qtbot, book, listed_by_belarus)
    w.state.select("RU")
    english = w.explanation.toPlainText()
    assert "Main reason:" in english and "Russian Federation" in english
    switch(w, qapp, "ru")
    assert i18n.current() == "ru"
    assert [m.title() for m in (w.menus.profile_menu, w.menus.view_menu, w.menus.language_menu, w.menus.help_menu)] == [
        "&Профиль", "&Вид", "&Язык", "Спр&авка"]
    assert w.menus.act_map.text() == "&Карта мира" and w.left_tabs.tabText(0) == "Карта мира"
    assert [a.isChecked() for a in w.menus.language_group.actions()] == [False, False, True, False]
    shown = w.explanation.toPlainText()
    words = book.translations["ru"]
    assert "Главная причина:" in shown and "Main reason:" not in shown
    assert "Российская Федерация (RU)" in shown  # the country's name in Russian (ISO 3166's)
    assert words.levels["severe"].upper() in shown  # the core's words for the level...
    a = w.state.assessment("RU")
    assert a.findings and all(words.rules[f.rule_id].title == f.title for f in a.findings)  # and findings
    assert all(f.title in shown for f in a.findings)
    assert "на том языке, на котором они написаны" in shown  # research stays in its language: said once
    assert shown.count("на том языке, на котором они написаны") == 1
    assert "не сохраняется" in w.statusBar().currentMessage()  # the choice is not kept
    switch(w, qapp, "be")
    assert w.menus.profile_menu.title() == "&Профіль" and "Галоўная прычына:" in w.explanation.toPlainText()
    switch(w, qapp, "en")
    assert w.menus.profile_menu.title() == "&Profile" and w.explanation.toPlainText() == english


def test_the_lists_the_legend_and_the_trip_speak_the_language(qtbot, qapp, book, listed_by_belarus,
                                                             english_again):
    from travelrisk_gui.main_window import COUNTRIES_TAB

    w = window(qtbot, book, listed_by_belarus)
    switch(w, qapp, "uk")
    words = book.translations["uk"]
    assert words.levels["unknown"].capitalize() in w.legend.text()
    w.left_tabs.setCurrentIndex(COUNTRIES_TAB)
    model = w.countries.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Країна"
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Казахстан (KZ)" in names
    w.trip_state.set_text("LT>TR:transit>KZ")
    w.menus.act_trip.trigger()
    qapp.processEvents()
    panel = w.trip_panel
    assert "Рівень подорожі:" in panel.summary_text()
    assert panel.model.data(panel.model.index(1, 3)) == "транзит"
    assert [label.stop.name for label in w.map.trip.labels] == ["Литва", "Туреччина", "Казахстан"]
    assert "транзит" in w.map.trip.labels[1].text


def test_countries_are_found_by_their_name_in_the_language_and_in_english(qtbot, qapp, book, listed_by_belarus,
                                                                          english_again):
    w = window(qtbot, book, listed_by_belarus)
    switch(w, qapp, "be")
    w.search.completer().ensure_entries()
    shown = w.search.completer().model().stringList()
    assert "Казахстан (KZ)" in shown and "Kazakhstan (KZ)" not in shown
    assert shown.index("Аўстрыя (AT)") < shown.index("Беларусь (BY)")  # in the Belarusian alphabet
    for typed in ("Казах", "Kazakh", "KZ"):
        w.state.select(None)
        w.search.setText(typed)
        w.search.submit()
        assert w.state.selection == "KZ", typed
        assert w.search.text() == "Казахстан (KZ)"


def test_the_interview_asks_in_the_language(qtbot, qapp, book, english_again):
    w = window(qtbot, book, None)  # a first run: the form
    switch(w, qapp, "be")
    messages_ = book.translations["be"].messages
    assert w.form.title.text() == messages_["Who you are"]
    assert w.form.next_button.text() == "&Далей"


def test_qts_own_words_follow_where_pyside6_ships_them(qapp, english_again):
    assert i18n.install("ru")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"  # a message box's button
    assert i18n.install("be")  # PySide6 ships no qtbase_be.qm: Qt's own words stay English, quietly
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QCoreApplication.translate("MenuBar", "&Help") == "&Даведка"
    assert i18n.install("en")
    assert QCoreApplication.translate("MenuBar", "&Help") == "&Help"


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "be_BY.UTF-8"}, "be"), ({"LANG": "ru_RU.UTF-8"}, "ru"), ({"LC_ALL": "uk_UA.UTF-8"}, "uk"),
    ({"LANG": "de_DE.UTF-8"}, "en"), ({"LANG": "C.UTF-8"}, "en"),
])
def test_the_default_is_the_systems_language_where_the_app_has_it(monkeypatch, env, expected):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert i18n.choose(None) == expected
    assert i18n.choose("uk") == "uk"  # --lang wins


def test_without_its_translation_the_system_language_falls_back_to_english(monkeypatch, tmp_path):
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setattr(i18n, "FOLDER", tmp_path)  # no .qm at all
    assert i18n.choose(None) == "en"


def test_lang_takes_the_cores_languages():
    from travelrisk.language.i18n import LANGUAGES

    from travelrisk_gui import app

    assert app.LANGUAGES == i18n.LANGUAGES == LANGUAGES
    p = subprocess.run([sys.executable, "-m", "travelrisk_gui.app", "--lang", "xx", "--screenshot", "x.png"],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and "--lang" in p.stderr and "'be', 'ru', 'uk'" in p.stderr


# --- screenshots --------------------------------------------------------------------------------


def gui(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "travelrisk_gui.app", *args], capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {})))


@pytest.mark.parametrize("how", [["--lang", "be"], []], ids=["--lang", "LANG"])
def test_the_first_window_in_another_language_is_the_window_the_core_draws(tmp_path, how):
    """The first window comes from the child's glance, said in the language by the child (this
    process has not loaded the core yet): the same pixels as the window the core draws."""
    env = {"LANG": "be_BY.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    common = ["--profile", str(EXAMPLE), "--on", "2026-06-01", "--size", "1200x800", *how]
    glance, full = tmp_path / "glance.png", tmp_path / "full.png"
    p = gui("--screenshot", str(glance), *common, env=env)
    assert p.returncode == 0, p.stderr
    p = gui("--screenshot", str(full), "--tab", "map", *common, env=env)
    assert p.returncode == 0, p.stderr
    assert glance.read_bytes() == full.read_bytes()


def test_the_first_window_in_belarusian_is_drawn_without_loading_the_core_here(tmp_path):
    script = f"""
import json, sys
from travelrisk_gui import app, i18n
code = app.main(["--screenshot", {str(tmp_path / "x.png")!r}, "--profile", {str(EXAMPLE)!r}, "--lang", "be"])
print(json.dumps({{"code": code, "pydantic": "pydantic" in sys.modules, "language": i18n.current()}}))
"""
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                       env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout.strip().splitlines()[-1]) == {"code": 0, "pydantic": False, "language": "be"}


@pytest.mark.parametrize("code", ["en", "ru"])
def test_a_safeguard_is_tagged_as_the_cli_tags_it(qapp, book, english_again, code):
    """The explanation pane tags a finding that protects with the words `travelrisk check`
    prints for it, in the language chosen."""
    from travelrisk import assess
    from travelrisk.language.i18n import localise, words
    from travelrisk.model.profile import load_profile
    from travelrisk.language.rule import Effect
    from travelrisk.report.terminal import render
    from travelrisk_gui import explanation

    a = assess(load_profile(EXAMPLE), "GE", rulebook=book)
    shown = localise(a, book, code)
    safeguard = next(f for f in shown.findings if f.effect is Effect.LOWERS)
    assert i18n.install(code)
    i18n.use_rulebook(book)
    tag = words(book, code).effect("lowers", Effect.LOWERS.label).upper()
    assert tag in explanation._effect_badge(safeguard)
    assert tag in render(shown, words=words(book, code))
    assert (tag == "PROTECTS YOU") == (code == "en")


def test_a_count_of_one_is_said_in_the_singular_in_english_and_translated_otherwise(qapp, english_again):
    from travelrisk_gui.explanation import Counted

    counted = Counted()
    assert "(1 open question:" in counted.open_questions(1) and "(2 open questions:" in counted.open_questions(2)
    assert counted.countries(1).startswith("1 country ") and counted.countries(3).startswith("3 countries ")
    assert counted.unsettled(1).startswith("1 researched country could be worse than its level")
    assert counted.unsettled(5).startswith("5 researched countries could be worse than their level")
    assert i18n.install("ru")
    one, few = counted.countries(1), counted.countries(3)
    assert one.startswith("1 ") and "country" not in one and few.startswith("3 ") and one != few.replace("3", "1")
