"""The window as a whole: --screenshot, keyboard use, translation, scaling."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QMenu, QTabWidget

REPO = Path(__file__).resolve().parents[2]
MINI = REPO / "tests" / "fixtures" / "mini"
EXAMPLE = REPO / "examples" / "journalist-by.json"
GUI = REPO / "gui" / "travelrisk_gui"


def run_gui(*args, env_extra=None, drop_platform=False):
    env = dict(os.environ)
    if drop_platform:
        env.pop("QT_QPA_PLATFORM", None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "travelrisk_gui.app", *args], capture_output=True,
                          text=True, timeout=120, env=env)


def test_screenshot_writes_a_png_of_the_window(tmp_path):
    out = tmp_path / "map.png"
    # No platform given: --screenshot chooses the offscreen one itself.
    p = run_gui("--screenshot", str(out), "--profile", str(EXAMPLE), "--rules", str(MINI),
                "--select", "KZ", "--size", "1000x700", drop_platform=True)
    assert p.returncode == 0, p.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)


def test_screenshot_of_the_form_and_of_a_step(tmp_path):
    first = tmp_path / "form.png"
    assert run_gui("--screenshot", str(first), "--rules", str(MINI)).returncode == 0  # first run: the form
    step = tmp_path / "step.png"
    p = run_gui("--screenshot", str(step), "--rules", str(MINI), "--profile", str(EXAMPLE),
                "--tab", "profile", "--step", "listings")
    assert p.returncode == 0, p.stderr
    assert QImage(str(step)).width() == 1400


@pytest.mark.parametrize("args, message", [
    (["--select", "Atlantis"], "--select"),
    (["--step", "nowhere", "--tab", "profile"], "--step"),
    (["--profile", "/nonexistent/me.json"], "--profile"),
    (["--rules", "/nonexistent"], "rulebook"),
    (["--size", "wide"], "--size"),
])
def test_bad_screenshot_arguments_are_named_and_exit_2(tmp_path, args, message):
    p = run_gui("--screenshot", str(tmp_path / "x.png"), "--rules", str(MINI), *args)
    assert p.returncode == 2
    assert message in p.stderr
    assert not (tmp_path / "x.png").exists()


def test_screenshot_at_200_percent_scaling(tmp_path):
    out = tmp_path / "big.png"
    p = run_gui("--screenshot", str(out), "--profile", str(EXAMPLE), "--rules", str(MINI), "--select", "KZ",
                "--size", "900x700", env_extra={"QT_SCALE_FACTOR": "2"})
    assert p.returncode == 0, p.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1800, 1400)


def test_shortcuts_reach_every_part_by_keyboard(make_window, qtbot, listed_by_belarus):
    w = make_window(listed_by_belarus)
    shortcuts = {a.shortcut().toString() for a in w.actions()}
    assert {"Ctrl+F", "Ctrl+D", "Ctrl+K", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+E", "Ctrl+P"} <= shortcuts
    w.menus.act_find.trigger()
    assert w.search.hasFocus() or QApplication.focusWidget() is w.search or w.focusWidget() is w.search
    w.menus.act_countries.trigger()
    assert w.left_tabs.currentWidget() is w.countries_page
    w.menus.act_edit_profile.trigger()
    assert w.right_tabs.currentWidget() is w.profile_page
    # Buttons and labels carry mnemonics, and every input has a label pointing at it.
    assert w.search_label.buddy() is w.search and w.date_label.buddy() is w.date_edit
    assert "&" in w.form.next_button.text() and "&" in w.form.back_button.text()
    for label in w.form.findChildren(QLabel):
        if label.buddy() is not None:
            assert label.buddy().focusPolicy() & Qt.FocusPolicy.TabFocus


def test_tab_moves_through_the_form_in_reading_order(make_window, qtbot):
    w = make_window()
    form = w.form
    chain, widget = [], form.fields["citizenships[0]"]
    for _ in range(8):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisibleTo(w):
            widget = widget.nextInFocusChain()
    names = [type(x).__name__ for x in chain]
    assert chain.index(form.fields["residence"]) > 0
    assert names[0] == "QLineEdit"


class Marking(QTranslator):
    """Wraps every translated text in ⟦ ⟧, so an untranslated one stands out."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧"

    def isEmpty(self):
        return False


class MarkingWords:
    """The core's words (levels, harms, interview questions), each wrapped in ⟦ ⟧ as Marking does."""

    def __init__(self):
        from travelrisk.language.i18n import Words

        self.plain = Words(None)
        self.lang = "en"

    def __getattr__(self, name):
        method = getattr(self.plain, name)
        return lambda *args, **kwargs: f"⟦{method(*args, **kwargs)}⟧"


def visible_texts(window):
    out = []
    for label in window.findChildren(QLabel):
        if label.isVisibleTo(window) and label.text().strip():
            out.append(("label", label.text()))
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.text().strip():
            out.append(("button", button.text()))
    for box in window.findChildren(QGroupBox):
        if box.isVisibleTo(window):
            out.append(("group", box.title()))
    for tabs in window.findChildren(QTabWidget):
        out.extend(("tab", tabs.tabText(i)) for i in range(tabs.count()))
    for menu in window.findChildren(QMenu):
        if menu.title():
            out.append(("menu", menu.title()))
        out.extend(("action", a.text()) for a in menu.actions() if a.text() and not a.isSeparator())
    for edit in window.findChildren(QLineEdit):
        if edit.placeholderText():
            out.append(("placeholder", edit.placeholderText()))
    return out


def test_every_visible_string_goes_through_tr(make_window, qtbot, listed_by_belarus, monkeypatch):
    """Through Qt's translation, or through the rulebook's (the core's words: the interview's
    questions, level and harm names)."""
    from travelrisk_gui import i18n

    w = make_window(listed_by_belarus)
    monkeypatch.setattr(i18n, "words", MarkingWords)
    w.form  # noqa: B018 - build the form too
    w.countries  # noqa: B018
    w.compare  # noqa: B018
    w.trip_state.set_text("TR>RU:transit>KZ")
    w.menus.act_trip.trigger()  # the trip builder, with a trip, in sight
    translator = Marking()
    QCoreApplication.installTranslator(translator)
    try:
        QApplication.processEvents()  # the LanguageChange Qt posted
        w.state.select("KZ")
        dialog = w.export_dialog()
        dialog.show()
        texts = visible_texts(w) + visible_texts(dialog)
        language_names = {a.text() for a in w.menus.language_group.actions()}
        untranslated = [(kind, t) for kind, t in texts if "⟦" not in t and t not in language_names]
        assert untranslated == []
        assert "⟦" in w.explanation.toHtml()
        assert "⟦" in w.map.items_by_code["KZ"].toolTip()
        assert all("⟦" in label.text for label in w.map.trip.labels)  # the map's trip labels too
        assert "⟦" in w.trip_panel.explanation.toHtml() and "⟦" in w.trip_panel.summary.text()
        dialog.close()
    finally:
        QCoreApplication.removeTranslator(translator)
        QApplication.processEvents()
    assert w.left_tabs.tabText(0) == "World map"  # and back

def test_language_menu_is_wired(make_window, listed_by_belarus):
    from travelrisk_gui import i18n

    w = make_window(listed_by_belarus)
    actions = w.menus.language_group.actions()
    assert [a.data() for a in actions][0] == "en" and actions[0].isChecked()
    actions[0].trigger()
    assert i18n.current() == "en"
    assert w.left_tabs.tabText(0) == "World map"


def test_the_window_fits_a_small_screen(make_window, listed_by_belarus, qapp):
    from travelrisk_gui.app import fit_to_screen

    w = make_window(listed_by_belarus)
    room = w.screen().availableGeometry()  # the offscreen platform's screen: 800×600
    w.resize(room.width() + 400, room.height() + 200)
    fit_to_screen(w)
    qapp.processEvents()
    assert w.width() <= room.width() and w.height() <= room.height()
    fits = (room.width() * 9 // 10, room.height() * 9 // 10)
    w.resize(*fits)  # a window that fits is left alone
    fit_to_screen(w)
    assert (w.width(), w.height()) == fits


def test_the_title_bar_names_the_app_once(make_window, listed_by_belarus, qapp):
    """The window system appends the display name (" — travelrisk") to a title that does not
    already end with it, as Qt does on X11, Wayland and Windows."""
    w = make_window(listed_by_belarus)
    qapp.setApplicationDisplayName("travelrisk")  # as travelrisk-gui does
    try:
        title = w.windowTitle()
        shown = title if title.endswith("travelrisk") else f"{title} — travelrisk"
        assert shown == "Where you can travel, and why — travelrisk"
    finally:
        qapp.setApplicationDisplayName("")


def test_the_language_menu_names_english_english(make_window, listed_by_belarus):
    w = make_window(listed_by_belarus)
    # not Qt's "American English"; then each shipped translation by its own name
    assert [a.text() for a in w.menus.language_menu.actions()] == ["English", "Беларуская", "Русский", "Українська"]


def test_each_language_shipped_is_in_the_menu_by_its_own_name(make_window, listed_by_belarus, tmp_path,
                                                               monkeypatch):
    """Adding a language is adding its .qm file: the menu lists what is there."""
    from travelrisk_gui import i18n

    for code in ("uk", "be", "ru"):
        (tmp_path / f"{code}.qm").write_bytes(b"")  # not a translation Qt can read
    monkeypatch.setattr(i18n, "FOLDER", tmp_path)
    w = make_window(listed_by_belarus)
    actions = w.menus.language_group.actions()
    assert [(a.data(), a.text()) for a in actions] == [
        ("en", "English"), ("be", "Беларуская"), ("ru", "Русский"), ("uk", "Українська")]
    actions[2].trigger()  # unreadable: English stays, and stays ticked
    assert i18n.current() == "en" and actions[0].isChecked() and not actions[2].isChecked()
    assert "could not be read" in w.statusBar().currentMessage()
    assert w.left_tabs.tabText(0) == "World map"


def test_text_sizes_follow_the_system_font():
    """Readable at 125% and 200%: no text size is fixed in pixels anywhere in the GUI."""
    source = "\n".join(p.read_text() for p in GUI.glob("*.py"))
    assert not re.search(r"font-size\s*:\s*\d+px", source)
    assert "setPixelSize" not in source and "setFixedSize" not in source
    assert "QtNetwork" not in source and "QtWebEngine" not in source
    # No settings are kept: QSettings appears only where Qt's file chooser is kept from
    # remembering anything (tests/gui/test_export_report.py and test_privacy.py show it).
    assert [p.name for p in GUI.glob("*.py") if "QSettings" in p.read_text()] == ["save_as.py"]
