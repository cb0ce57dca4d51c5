"""Export from the app: the chosen destination, the compare table or the trip, as PDF, HTML
or Markdown; each file is read back (the PDF with pdftotext). The person's details are left
out by default and then nowhere in the file; the dialog says the file is not encrypted, names
characters a PDF cannot draw, and asks before replacing a file."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from leaks import DISTINCT_PROFILE, leaks
from PySide6.QtWidgets import QFileDialog, QMessageBox
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
    w.act_trip.trigger()
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
    w.act_compare.trigger()
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
    dialog.choose(fmt="html")
    assert dialog.path.text().endswith("memo.html")
    dialog.choose(fmt="md")
    assert dialog.path.text().endswith("memo.md")
    assert not dialog.findChildren(QFileDialog)  # the path is typed: no dialog remembers folders


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
    assert "\u4e2d \u6587" in asked[0] and "empty boxes" in asked[0]
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
    for path, message in ((tmp_path, "is a folder"), (tmp_path / "nowhere" / "memo.md", "does not exist"),
                          ("", "Type where to save")):
        dialog.choose(fmt="md", path=str(path))
        assert dialog.export() is False
        assert dialog.error.isVisibleTo(dialog) and message in dialog.error.text()
    existing = tmp_path / "memo.md"
    existing.write_text("keep me")
    dialog.choose(path=str(existing))
    assert dialog.export() is False and existing.read_text() == "keep me"
    assert "already exists" in asked[0]


def test_the_menu_exports_and_says_where_and_that_it_is_not_encrypted(make_window, listed_by_belarus, tmp_path,
                                                                       monkeypatch):
    target = tmp_path / "from-menu.html"

    def run(dialog):
        dialog.choose(fmt="html", path=str(target))
        return dialog.export()

    monkeypatch.setattr(ExportDialog, "exec", run)
    w = make_window(listed_by_belarus)
    w.state.select("KZ")
    assert w.act_export.text() == "E&xport a report…" and w.act_export in w.profile_menu.actions()
    w.act_export.trigger()
    assert target.exists()
    message = w.statusBar().currentMessage()
    assert str(target) in message and "not encrypted" in message and "left out" in message


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
