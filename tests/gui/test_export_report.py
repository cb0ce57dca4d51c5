"""Export from the app: the chosen destination, the compare table or the trip, as PDF, HTML
or Markdown; each file is read back (the PDF with pdftotext). The person's details are left
out by default and then nowhere in the file; the dialog says the file is not encrypted, names
characters a PDF cannot draw, and asks before replacing a file. Where to save is asked with
Qt's own file chooser, which starts in Documents with a name from the memo's title and
leaves nothing behind (most tests here give the dialog a chooser that answers at once)."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from chooser import name_field, type_and_save, when_chooser_opens
from leaks import DISTINCT_PROFILE, leaks
from PySide6.QtWidgets import QFileDialog, QMessageBox
from travelrisk_gui import save_as
from travelrisk_gui.export import COMPARISON, DESTINATION, TRIP, ExportDialog

from travelrisk import Profile

DISTINCT = Profile.model_validate(DISTINCT_PROFILE)


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def read_back(path: Path, fmt: str) -> str:
    """The file's text as a reader gets it."""
    if fmt == "pdf":
        assert path.read_bytes().startswith(b"%PDF")
        tool = shutil.which("pdftotext")
        if tool is None:
            pytest.skip("pdftotext (Debian's poppler-utils) is not installed: the PDF cannot be read back")
        return subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    text = path.read_text(encoding="utf-8")
    if fmt == "html":
        assert text.lstrip().lower().startswith("<!doctype html")
        parser = _Text()
        parser.feed(text)
        return "".join(parser.parts)
    return text


def export(window, tmp_path, subject, fmt, *, redact=None, name=None) -> tuple[ExportDialog, Path]:
    dialog = window.export_dialog(subject)
    path = tmp_path / (name or f"memo-{subject}.{fmt}")
    dialog.choose(fmt=fmt, redact=redact, path=str(path))
    assert dialog.export(), dialog.error.text()
    assert dialog.written == path
    return dialog, path


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_a_trip_is_exported_in_each_format_and_reads_back(make_window, listed_by_belarus, tmp_path, fmt):
    w = make_window(listed_by_belarus)
    w.trip_state.set_text("TR>RU:transit>KZ")
    w.menus.act_trip.trigger()
    dialog = w.export_dialog()  # from the Trip tab: the trip is what is offered
    assert dialog.subject.kind == TRIP and dialog.redact.isChecked()
    _, path = export(w, tmp_path, TRIP, fmt)
    assert path.stat().st_mode & 0o777 == 0o600  # readable by its owner only
    text = read_back(path, fmt)
    for expected in ("Türkiye", "Russian Federation", "Kazakhstan", "SEVERE", "HIGH", "LOW",
                     "Has extradited people to the requester", "Fixture news report", "not legal advice"):
        assert expected in text, (fmt, expected)
    assert re.search(r"\[1\]", text)  # numbered citations


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_the_chosen_destination_and_the_comparison_are_exported(make_window, listed_by_belarus, tmp_path, fmt):
    w = make_window(listed_by_belarus)
    w.state.select("KZ")
    _, path = export(w, tmp_path, DESTINATION, fmt)
    text = read_back(path, fmt)
    assert "Kazakhstan" in text and "SEVERE" in text and "Fixture news report" in text
    for code in ("KZ", "TR", "DE"):
        w.state.add_to_compare(code)
    w.menus.act_compare.trigger()
    dialog = w.export_dialog()
    assert dialog.subject.kind == COMPARISON
    _, path = export(w, tmp_path, COMPARISON, fmt)
    text = read_back(path, fmt)
    assert "Kazakhstan" in text and "Türkiye" in text and "Germany" in text
    assert "SEVERE" in text and "LOW" in text and "UNKNOWN" in text


@pytest.mark.parametrize("fmt", ["md", "html", "pdf"])
def test_leaving_out_personal_details_leaves_none_in_the_file(make_window, tmp_path, fmt):
    w = make_window(DISTINCT)
    w.trip_state.set_text("TR>KZ")
    _, plain = export(w, tmp_path, TRIP, "md", redact=False, name="plain.md")
    assert {"Belarus", "Iceland", "donor", "2031-07-19"} <= set(leaks(plain.read_text()))  # the check bites
    dialog, path = export(w, tmp_path, TRIP, fmt)  # the default: details left out
    assert dialog.redact.isChecked()
    text = read_back(path, fmt)
    assert leaks(text) == [], fmt
    assert "Kazakhstan" in text and "SEVERE" in text and "the requesting state" in text


def test_the_dialog_warns_plainly_and_offers_only_what_exists(make_window, listed_by_belarus):
    w = make_window(listed_by_belarus)
    dialog = w.export_dialog()
    buttons = dialog.subject_buttons
    assert not buttons[DESTINATION].isEnabled() and not buttons[COMPARISON].isEnabled()
    assert not buttons[TRIP].isEnabled() and not dialog.export_button.isEnabled()
    w.state.select("BY")  # one of the person's own states
    dialog = w.export_dialog()
    assert dialog.subject.kind == DESTINATION and "Belarus" in dialog.subject_buttons[DESTINATION].text()
    assert dialog.redact.isChecked()
    assert "not encrypted" in dialog.unencrypted.text() and "left out" in dialog.unencrypted.text()
    assert dialog.redact_warnings.isVisibleTo(dialog)  # a destination that is your own state cannot be hidden
    assert "cannot be left out: Belarus" in dialog.redact_warnings.text()
    dialog.redact.setChecked(False)
    assert "not encrypted" in dialog.unencrypted.text() and "names you" in dialog.unencrypted.text()
    assert not dialog.redact_warnings.isVisibleTo(dialog)
    assert "asks where to save" in dialog.where_help.text() and "recent files" in dialog.where_help.text()
    assert dialog.export_button.text().endswith("…")  # a chooser comes next


def test_characters_a_pdf_cannot_draw_are_named_before_writing(make_window, listed_by_belarus, tmp_path, monkeypatch):
    from travelrisk_gui import pdf

    asked = []
    monkeypatch.setattr(pdf, "memo_unprintable", lambda memo: ["\u4e2d", "\u6587"])
    answer = {"value": QMessageBox.StandardButton.No}
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer["value"])
    w = make_window(listed_by_belarus)
    w.state.select("KZ")
    dialog = w.export_dialog()
    target = tmp_path / "memo.pdf"
    dialog.choose(fmt="pdf", path=str(target))
    assert dialog.export() is False and not target.exists()
    # Named by code point and name: the characters themselves would show as boxes here too.
    assert "2 of the characters" in asked[0] and "empty boxes" in asked[0]
    assert "U+4E2D (CJK UNIFIED IDEOGRAPH-4E2D), U+6587 (CJK UNIFIED IDEOGRAPH-6587)" in asked[0]
    answer["value"] = QMessageBox.StandardButton.Yes
    assert dialog.export() and target.read_bytes().startswith(b"%PDF")
    # HTML needs no font: no question.
    asked.clear()
    dialog = w.export_dialog()
    dialog.choose(fmt="html", path=str(tmp_path / "memo.html"))
    assert dialog.export() and asked == []


def test_a_bad_path_is_explained_and_a_file_is_replaced_only_when_asked(make_window, listed_by_belarus, tmp_path,
                                                                         monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or QMessageBox.StandardButton.No)
    w = make_window(listed_by_belarus)
    w.state.select("KZ")
    dialog = w.export_dialog()
    for path, message in ((tmp_path, "is a folder"), (tmp_path / "nowhere" / "memo.md", "does not exist")):
        dialog.choose(fmt="md", path=str(path))
        assert dialog.export() is False
        assert dialog.error.isVisibleTo(dialog) and message in dialog.error.text()
    dialog.chooser = lambda parent, proposal, suffix: None  # the chooser cancelled: nothing, no error
    assert dialog.export() is False and not dialog.error.isVisibleTo(dialog) and dialog.written is None
    # A chooser that did not ask (or a file that appeared since it closed): asked here.
    existing = tmp_path / "memo.md"
    existing.write_text("keep me")
    dialog.choose(path=str(existing))
    assert dialog.export() is False and existing.read_text() == "keep me"
    assert "already exists" in asked[0]
    dialog.choose(path=str(tmp_path / "other"))  # no suffix: the format's is added
    assert dialog.export() and dialog.written == tmp_path / "other.md" and len(asked) == 1


def test_the_menu_exports_and_says_where_and_that_it_is_not_encrypted(make_window, listed_by_belarus, tmp_path,
                                                                       monkeypatch):
    target = tmp_path / "from-menu.html"

    def run(dialog):
        dialog.choose(fmt="html", path=str(target))
        return dialog.export()

    monkeypatch.setattr(ExportDialog, "exec", run)
    w = make_window(listed_by_belarus)
    w.state.select("KZ")
    assert w.menus.act_export.text() == "E&xport a report…" and w.menus.act_export in w.menus.profile_menu.actions()
    w.menus.act_export.trigger()
    assert target.exists()
    message = w.statusBar().currentMessage()
    assert str(target) in message and "not encrypted" in message and "left out" in message


def test_the_menu_and_its_shortcut_offer_what_is_in_front_of_the_person(make_window, listed_by_belarus,
                                                                        monkeypatch):
    offered = []
    monkeypatch.setattr(ExportDialog, "exec", lambda dialog: offered.append(dialog.subject.kind) or 0)
    w = make_window(listed_by_belarus)
    w.state.select("KZ")
    w.state.add_to_compare("TR")
    w.trip_state.set_text("TR>KZ")
    w.menus.act_trip.trigger()  # the trip builder in front
    w.menus.act_export.trigger()
    w.menus.act_explanation.trigger()
    w.menus.act_compare.trigger()  # the compare table in front
    w.menus.act_export.trigger()
    w.menus.act_map.trigger()
    w.menus.act_export.trigger()
    assert offered == [TRIP, COMPARISON, DESTINATION]


def test_a_comparison_is_exported_as_json_data(make_window, listed_by_belarus, tmp_path):
    import json

    w = make_window(listed_by_belarus)
    for code in ("KZ", "TR"):
        w.state.add_to_compare(code)
    _, path = export(w, tmp_path, COMPARISON, "json")
    memo = json.loads(path.read_text(encoding="utf-8"))
    levels = {s["destination"]: s["level"] for s in memo["sections"]}
    assert levels == {"KZ": "severe", "TR": "low"}
    assert memo["redacted"] is True and memo["profile"] == []
    assert any(s["title"] == "Fixture news report" for s in memo["sources"])


# --- the file chooser ------------------------------------------------------------------------

def _files(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_export_asks_where_with_qt_own_chooser_in_documents_and_leaves_no_trace(make_window, tmp_path):
    home = Path.home()  # tests/conftest.py: a fresh home under tmp_path
    (home / "Documents").mkdir(parents=True)
    w = make_window(DISTINCT)
    w.state.select("KZ")
    dialog = w.export_dialog()
    dialog.choose(fmt="md")  # the redaction choice as it comes: personal details left out
    seen = {}

    def look_and_save(chooser):
        seen.update(native=not chooser.testOption(QFileDialog.Option.DontUseNativeDialog),
                    mode=chooser.acceptMode(), folder=Path(chooser.directory().absolutePath()),
                    name=name_field(chooser).text(), sidebar=[u.toLocalFile() for u in chooser.sidebarUrls()])
        chooser.accept()  # Save, as proposed

    errors = when_chooser_opens(look_and_save)
    assert dialog.export(), dialog.error.text()
    assert errors == []
    assert seen == {"native": False, "mode": QFileDialog.AcceptMode.AcceptSave, "folder": home / "Documents",
                    "name": "travel-risk-memo-kazakhstan.md",
                    "sidebar": [str(home), str(home / "Documents")]}
    written = home / "Documents" / "travel-risk-memo-kazakhstan.md"
    assert dialog.written == written and written.stat().st_mode & 0o777 == 0o600
    text = written.read_text()
    assert "Kazakhstan" in text and leaks(text) == []
    assert dialog.findChildren(QFileDialog) == []  # the chooser is gone, and with it what it saw
    # Nothing but the report (and the public caches) on disk: no QtProject.conf, no history.
    others = [p for p in _files(tmp_path) if not p.startswith("xdg/cache/travelrisk/")]
    assert others == ["home/Documents/travel-risk-memo-kazakhstan.md"], others


def test_the_chooser_starts_at_home_without_a_documents_folder(make_window, listed_by_belarus):
    home = Path.home()
    home.mkdir(parents=True)
    w = make_window(listed_by_belarus)
    w.trip_state.set_text("TR>RU:transit>KZ")
    w.menus.act_trip.trigger()
    dialog = w.export_dialog()
    seen = {}

    def look(chooser):
        seen.update(folder=Path(chooser.directory().absolutePath()), name=name_field(chooser).text())

    errors = when_chooser_opens(look)  # and cancel
    assert dialog.export() is False and dialog.written is None and not dialog.error.isVisibleTo(dialog)
    assert errors == []
    assert seen == {"folder": home, "name": "travel-risk-memo-trip-turkiye-russian-federation-kazakhstan.pdf"}
    assert _files(home) == []


def test_the_chooser_asks_before_replacing_and_no_keeps_it_open(make_window, listed_by_belarus, monkeypatch):
    documents = Path.home() / "Documents"
    documents.mkdir(parents=True)
    existing = documents / "travel-risk-memo-kazakhstan.html"
    existing.write_text("keep me")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: asked.append(text) or answers[len(asked) - 1])
    w = make_window(listed_by_belarus)
    w.state.select("KZ")
    dialog = w.export_dialog()
    dialog.choose(fmt="html")
    steps = []

    def save_twice(chooser):
        type_and_save(chooser, "travel-risk-memo-kazakhstan")  # the suffix is added
        steps.append(chooser.isVisible())  # "No": still open, to choose another name
        type_and_save(chooser, "travel-risk-memo-kazakhstan.html")
        steps.append(chooser.isVisible())

    errors = when_chooser_opens(save_twice)
    assert dialog.export(), dialog.error.text()
    assert errors == [] and steps == [True, False]
    assert len(asked) == 2 and "travel-risk-memo-kazakhstan.html already exists" in asked[0]  # asked once a time
    assert existing.read_text().lstrip().lower().startswith("<!doctype html")


def test_a_folder_that_does_not_exist_is_said_in_the_chooser(make_window, listed_by_belarus, monkeypatch):
    Path.home().mkdir(parents=True)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    w = make_window(listed_by_belarus)
    w.state.select("KZ")
    dialog = w.export_dialog()
    dialog.choose(fmt="md")
    open_after = []

    def missing_then_fine(chooser):
        type_and_save(chooser, Path.home() / "nowhere" / "memo.md")
        open_after.append(chooser.isVisible())
        type_and_save(chooser, Path.home() / "memo.md")

    errors = when_chooser_opens(missing_then_fine)
    assert dialog.export(), dialog.error.text()
    assert errors == [] and open_after == [True] and "nowhere does not exist" in warned[0]
    assert dialog.written == Path.home() / "memo.md"


def test_where_settings_are_not_files_what_qt_remembered_is_put_back(qtbot, tmp_path, monkeypatch):
    """macOS and Windows keep Qt's settings in the system, where they cannot be pointed away:
    there the chooser's memory is undone once it has closed (shown with an INI file)."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "elsewhere"
    folder.mkdir()
    conf = tmp_path / "settings"
    conf.mkdir()
    (conf / "QtProject.conf").write_text("[FileDialog]\nhistory=file:///srv/another-program\n"
                                        "lastVisited=file:///srv/another-program\n")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(conf))
    monkeypatch.setattr(save_as, "redirect_settings", lambda: False)
    try:
        errors = when_chooser_opens(lambda chooser: type_and_save(chooser, folder / "memo.md"))
        choice = save_as.choose_file(None, folder / "proposed.md", ".md")
    finally:
        monkeypatch.undo()
        assert save_as.redirect_settings()  # back to nowhere for whatever comes next
    assert errors == [] and choice == save_as.Choice(folder / "memo.md")
    text = (conf / "QtProject.conf").read_text()
    assert "another-program" in text and "elsewhere" not in text, text


@pytest.mark.parametrize("title, name", [
    ("Travel-risk memo: Kazakhstan", "travel-risk-memo-kazakhstan.pdf"),
    ("Travel-risk memo: Kazakhstan, Türkiye and Côte d'Ivoire", "travel-risk-memo-kazakhstan-turkiye-and-cote-d-ivoire.pdf"),
    ("Travel-risk memo: trip Lithuania → Türkiye → Georgia", "travel-risk-memo-trip-lithuania-turkiye-georgia.pdf"),
    ("Маршрут: Беларусь", "маршрут-беларусь.pdf"),
    ("→ / : ?", "memo.pdf"),
])
def test_the_proposed_name_comes_from_the_title(title, name):
    assert save_as.file_name(title, ".pdf") == name


def test_a_long_title_gives_a_name_cut_between_words():
    name = save_as.file_name("Travel-risk memo: trip " + " → ".join(["Bosnia and Herzegovina"] * 8), ".md")
    assert name == "travel-risk-memo-trip-bosnia-and-herzegovina-bosnia-and-herzegovina-bosnia-and.md"
    assert len(name) <= save_as.MAX_NAME + len(".md")
