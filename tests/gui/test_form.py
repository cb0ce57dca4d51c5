"""The guided profile form: it renders the core's interview, marks mistakes on their field,
and the map follows what the person fills in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from travelrisk.model.levels import Level
from travelrisk_gui import level_style


def colour(window, code: str) -> str:
    return window.map.items_by_code[code].brush().color().name()


def type_into(edit, text: str) -> None:
    edit.setFocus()
    edit.clear()
    edit.setText(text)
    edit.editingFinished.emit()


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_first_run_opens_the_form_at_the_first_question(make_window):
    w = make_window()
    form = w.form
    assert w.right_tabs.currentWidget() is w.profile_page
    assert form.interview.step.id == "citizenship"
    assert "citizenships[0]" in form.fields and "residence" in form.fields
    assert not form.back_button.isEnabled()
    # Plain words from the core, with an explanation beside each choice.
    assert form.title.text() == "Who you are"


def test_filling_the_form_changes_the_map_colours(make_window, qtbot):
    w = make_window()
    form = w.form
    # A first run: nothing says who pursues the person, so no level, and the map stays grey.
    assert w.state.level("KZ") is Level.UNKNOWN and w.state.ceiling("KZ") is Level.UNKNOWN
    assert colour(w, "KZ") == level_style.fill(Level.UNKNOWN).name()
    type_into(form.fields["citizenships[0]"], "Belarus")
    click(qtbot, form.next_button)
    assert form.interview.step.id == "exposure"
    form.choice_buttons[("exposure", "journalist")].setChecked(True)
    click(qtbot, form.next_button)
    form.choice_buttons[("listed", "yes")].setChecked(True)
    click(qtbot, form.next_button)
    assert form.interview.step.id == "listings"
    type_into(form.fields["listings[0].state"], "BY")
    qtbot.waitUntil(lambda: w.state.level("KZ") is Level.SEVERE, timeout=2000)
    assert colour(w, "KZ") == level_style.fill(Level.SEVERE).name()
    assert colour(w, "BY") == level_style.fill(Level.SEVERE).name()
    assert w.state.profile.citizenships == ["BY"]
    # Saying "no" to lists takes the listing off the path, and the map follows.
    click(qtbot, form.back_button)
    form.choice_buttons[("listed", "no")].setChecked(True)
    qtbot.waitUntil(lambda: w.state.level("KZ") is Level.LOW, timeout=2000)
    assert colour(w, "KZ") == level_style.fill(Level.LOW).name()


def test_a_choice_box_changes_its_explanation(make_window, qtbot):
    w = make_window()
    form = w.form
    for _ in range(2):
        click(qtbot, form.next_button)
    form.choice_buttons[("listed", "suspect")].setChecked(True)
    click(qtbot, form.next_button)
    combo = form.fields["listings[0].kind"]
    combo.setCurrentIndex(combo.findData("interpol_red_notice"))
    assert form.interview.answers["listings"][0]["kind"] == "interpol_red_notice"
    assert form.interview.answers["listings"][0]["certainty"] == "suspected"
    texts = [lab.text() for lab in form.findChildren(type(form.title))]
    assert "Interpol published a request to locate and arrest you." in texts


def test_an_invalid_field_shows_an_error_on_that_field(make_window, qtbot):
    w = make_window()
    form = w.form
    edit = form.fields["citizenships[0]"]
    type_into(edit, "Narnia")
    assert "Narnia" in form.error_text("citizenships[0]")  # shown as soon as the field is left
    click(qtbot, form.next_button)
    assert form.interview.step.id == "citizenship"  # not a crash, not a silent skip
    assert edit.property("invalid") is True
    assert "not a country we know" in form.error_text("citizenships[0]")
    assert form.error_text("residence") == ""
    assert "Narnia" in edit.accessibleDescription()  # screen readers hear it too
    type_into(edit, "Belarus")
    assert form.error_text("citizenships[0]") == "" and not edit.property("invalid")
    click(qtbot, form.next_button)
    assert form.interview.step.id == "exposure"


def test_invalid_dates_and_required_answers_are_marked_where_they_are(make_window, qtbot):
    w = make_window()
    form = w.form
    click(qtbot, form.next_button)
    click(qtbot, form.next_button)
    click(qtbot, form.next_button)  # 'listed' unanswered
    assert form.interview.step.id == "listed"
    assert "Choose one answer" in form.error_text("listed")
    form.choice_buttons[("listed", "no")].setChecked(True)
    click(qtbot, form.next_button)
    assert form.interview.step.id == "documents"
    type_into(form.fields["documents[0].issuer"], "BY")
    type_into(form.fields["documents[0].expires"], "1.3.2027")
    assert "YYYY-MM-DD" in form.error_text("documents[0].expires")
    type_into(form.fields["documents[0].expires"], "2020-01-01")
    assert form.error_text("documents[0].expires").startswith("Note:")  # a warning, not a block
    click(qtbot, form.next_button)
    assert form.interview.step.id == "protections"


def test_entries_can_be_added_and_removed(make_window, qtbot):
    w = make_window()
    form = w.form
    form.interview.set("listed", "yes")
    for _ in range(3):
        click(qtbot, form.next_button)
    assert form.interview.step.id == "listings"
    add = next(b for b in form.findChildren(type(form.next_button)) if b.text() == "Add another list or case")
    click(qtbot, add)
    assert "listings[1].state" in form.fields
    type_into(form.fields["listings[1].state"], "Russia")
    remove = [b for b in form.findChildren(type(form.next_button)) if b.text() == "Remove this entry"]
    click(qtbot, remove[0])
    assert len(form.interview.answers["listings"]) == 1
    assert form.fields["listings[0].state"].text() == "Russia"


def test_finishing_shows_the_map_and_review_lists_the_answers(make_window, qtbot, listed_by_belarus):
    w = make_window(listed_by_belarus)
    w.show_profile()
    form = w.form
    while not form.interview.is_last:
        click(qtbot, form.next_button)
    texts = " ".join(lab.text() for lab in form.findChildren(type(form.title)))
    assert "Listed by Belarus" in texts and "Nothing is saved" in texts
    with qtbot.waitSignal(form.finished):
        click(qtbot, form.next_button)
    assert w.left_tabs.currentIndex() == 0 and w.right_tabs.currentWidget() is w.explanation
