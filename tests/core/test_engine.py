"""Engine semantics on the small fixture rulebook in tests/fixtures/mini."""

import shutil
from datetime import date

import pytest
from conftest import FIXTURES

from travelrisk import Level, Profile, assess, assess_world, load_rulebook
from travelrisk.model.assessment import CaveatKind
from travelrisk.language.problems import RulebookError
from travelrisk.model.iso import all_codes

ON = date(2026, 1, 1)
WANTED_BY = Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}])


def test_level_is_the_highest_finding_with_sources(mini_book):
    a = assess(WANTED_BY, "KZ", on=ON, rulebook=mini_book)
    assert a.level is Level.SEVERE
    ids = {f.rule_id for f in a.findings}
    assert {"extradited-before", "pact-listed"} <= ids
    pact = next(f for f in a.findings if f.rule_id == "pact-listed")
    assert pact.level is Level.HIGH
    assert [s.id for s in pact.sources] == ["fx-treaty"]
    assert any("since 2013-10-16" in fact for fact in pact.facts)
    extradited = next(f for f in a.findings if f.rule_id == "extradited-before")
    assert "A fixture person (2023)" in extradited.text
    assert extradited.confidence.value == "reported"


def test_unresearched_destination_is_unknown_never_low(mini_book):
    a = assess(WANTED_BY, "FR", on=ON, rulebook=mini_book)
    assert a.level is Level.UNKNOWN
    assert not a.researched
    assert any(c.kind is CaveatKind.RESEARCH_DEPTH and "not been researched" in c.text for c in a.caveats)


def test_researched_destination_without_findings_is_low(mini_book):
    """Low and settled: Türkiye's record answers every question that could raise it for Belarus."""
    a = assess(WANTED_BY, "TR", on=ON, rulebook=mini_book)
    assert a.level is Level.LOW and a.researched
    assert a.settled and a.ceiling is Level.LOW and not a.open_questions


def _entry_texts(a) -> list[str]:
    return [c.text for c in a.caveats if c.kind is CaveatKind.ENTRY]


def test_entry_notes_for_the_travellers_passports_on_the_travel_date(mini_book):
    """A destination's entry notes reach the person whose passport they name, while they hold,
    with their sources; a note that names no passport reaches everyone."""
    a = assess(WANTED_BY, "TR", on=ON, rulebook=mini_book)
    assert _entry_texts(a) == ["Fixture: Belarusians enter visa-free for 30 days.",
                               "Fixture: every traveller fills in an arrival card."]
    entry = [c for c in a.caveats if c.kind is CaveatKind.ENTRY]
    assert [[s.id for s in c.sources] for c in entry] == [["fx-news"], ["fx-news"]]
    assert [c.about for c in entry] == ["Entry rules for your passport", "Entry rules for your passport (unconfirmed)"]
    assert a.level is Level.LOW and a.settled  # information, not a finding: no level moves
    before = assess(WANTED_BY, "TR", on=date(2023, 6, 1), rulebook=mini_book)
    assert "Fixture: a rule for Belarusians that ended in 2024." in _entry_texts(before)


def test_entry_notes_follow_the_passport_not_only_the_citizenship(mini_book):
    russian = Profile(citizenships=["RU"], listings=[{"state": "BY", "kind": "wanted"}])
    assert "Fixture: Belarusians enter visa-free for 30 days." not in _entry_texts(assess(russian, "TR", on=ON, rulebook=mini_book))
    assert "Fixture: Russians need an electronic visa." in _entry_texts(assess(russian, "TR", on=ON, rulebook=mini_book))
    with_by_passport = Profile(citizenships=["RU"], listings=[{"state": "BY", "kind": "wanted"}],
                               documents=[{"kind": "passport", "issuer": "BY"}])
    texts = _entry_texts(assess(with_by_passport, "TR", on=ON, rulebook=mini_book))
    assert {"Fixture: Belarusians enter visa-free for 30 days.", "Fixture: Russians need an electronic visa."} <= set(texts)


def test_no_entry_notes_where_the_traveller_does_not_enter(mini_book):
    for kind in ("transit", "overflight", "departure"):
        assert _entry_texts(assess(WANTED_BY, "TR", on=ON, rulebook=mini_book, leg_kind=kind)) == []
    assert _entry_texts(assess(WANTED_BY, "TR", on=ON, rulebook=mini_book, leg_kind="land_crossing"))


def test_entry_notes_are_headed_in_the_readers_language(mini_book):
    from travelrisk.language.i18n import words
    from travelrisk.report.notes import note_about

    entry = [c for c in assess(WANTED_BY, "TR", on=ON, rulebook=mini_book).caveats if c.kind is CaveatKind.ENTRY]
    bundled = load_rulebook()
    ru = words(bundled, "ru")
    assert [note_about(c, ru, "TR") for c in entry] == [
        "Правила въезда для вашего паспорта", "Правила въезда для вашего паспорта (не подтверждено)"]


def test_an_empty_profile_gets_no_level_anywhere(mini_book):
    """An empty profile is not a safe one: every answer is unknown, and says why."""
    for code in ("TR", "KZ", "BY", "FR"):
        a = assess(Profile(), code, on=ON, rulebook=mini_book)
        assert (a.level, a.ceiling, a.settled) == (Level.UNKNOWN, Level.UNKNOWN, False)
        assert [c.kind.value for c in a.caveats].count("profile") == 1
        assert "no state that pursues you" in a.range_text


def test_treaty_membership_alone_answers_an_unresearched_destination(mini_book):
    # Moldova has no country file, but was a party to the pact until 2024.
    a = assess(WANTED_BY, "MD", on=date(2023, 6, 1), rulebook=mini_book)
    assert a.level is Level.HIGH
    assert any(f.rule_id == "pact-listed" for f in a.findings)


def test_on_date_changes_treaty_membership(mini_book):
    assert assess(WANTED_BY, "MD", on=date(2023, 6, 1), rulebook=mini_book).level is Level.HIGH
    assert assess(WANTED_BY, "MD", on=date(2024, 6, 1), rulebook=mini_book).level is Level.UNKNOWN
    # Kazakhstan joined in October 2013; the 2023 precedent had not happened yet in 2012.
    assert assess(WANTED_BY, "KZ", on=date(2012, 6, 1), rulebook=mini_book).level is Level.LOW


def test_precedent_window_expires(mini_book):
    # extradited 2023-03-04; within_years = 5
    assert assess(WANTED_BY, "KZ", on=date(2028, 3, 1), rulebook=mini_book).level is Level.SEVERE
    assert assess(WANTED_BY, "KZ", on=date(2028, 3, 10), rulebook=mini_book).level is Level.HIGH


def test_unknown_fact_becomes_an_open_question(mini_book):
    p = Profile(listings=[{"state": "RU", "kind": "interpol_red_notice"}])
    a = assess(p, "TR", on=ON, rulebook=mini_book)
    assert a.level is Level.LOW
    q = [c for c in a.open_questions if c.rule_id == "red-notice"]
    assert len(q) == 1
    assert q[0].level is Level.HIGH
    assert "detains on a red notice alone" in q[0].missing[0]


def test_known_practice_turns_the_question_into_a_finding(mini_book):
    p = Profile(listings=[{"state": "RU", "kind": "interpol_red_notice"}])
    a = assess(p, "KZ", on=ON, rulebook=mini_book)
    assert a.level is Level.HIGH
    assert not [c for c in a.open_questions if c.rule_id == "red-notice"]


def test_lowering_finding_is_shown_but_does_not_set_the_level(mini_book):
    p = Profile(citizenships=["BY"], exposure={"journalist"})
    a = assess(p, "TR", on=ON, rulebook=mini_book)
    protection = [f for f in a.findings if f.rule_id == "protection"]
    assert len(protection) == 1 and protection[0].effect.value == "lowers"
    assert a.level is Level.LOW


def test_assessment_names_its_rulebook(mini_book):
    a = assess(WANTED_BY, "KZ", on=ON, rulebook=mini_book)
    assert a.rulebook.version == "test-1"
    assert a.rulebook.reviewed == date(2026, 1, 1)
    assert len(a.rulebook.content_hash) == 64
    assert a.rulebook.content_hash == mini_book.content_hash


def test_assessment_json_round_trips(mini_book):
    from travelrisk import Assessment

    a = assess(WANTED_BY, "KZ", on=ON, rulebook=mini_book)
    again = Assessment.model_validate_json(a.model_dump_json())
    assert again.level is a.level
    assert again.findings[0].sources[0].title == a.findings[0].sources[0].title


def test_assess_world_answers_every_iso_country(mini_book):
    world = assess_world(WANTED_BY, on=ON, rulebook=mini_book)
    assert sorted(world) == all_codes()
    assert len(world) >= 249
    assert world["KZ"].level is Level.SEVERE
    assert world["FR"].level is Level.UNKNOWN


def test_bad_destination_code_is_rejected(mini_book):
    with pytest.raises(ValueError, match="ISO 3166-1"):
        assess(WANTED_BY, "XX", rulebook=mini_book)


def test_content_hash_changes_with_content(tmp_path, mini_book):
    import shutil

    from travelrisk import load_rulebook

    root = tmp_path / "r"
    shutil.copytree(mini_book.path, root)
    assert load_rulebook(root).content_hash == mini_book.content_hash
    (root / "countries" / "tr.toml").write_text((root / "countries" / "tr.toml").read_text() + "\n")
    assert load_rulebook(root).content_hash != mini_book.content_hash


# --- a treaty's open points ------------------------------------------------------------------

_BILATERAL = """id = "by-tr-pact"
title = "Fixture Belarus-Turkey treaty"
short = "Belarus-Turkey pact"
kind = "extradition"
mechanisms = ["extradition"]
sources = ["fx-treaty"]
confidence = "established"

[[parties]]
state = "BY"
sources = ["fx-treaty"]
confidence = "established"

[[questions]]
text = "Whether Turkey ratified the pact was not found."
sources = ["fx-news"]
"""


def _with_points(tmp_path):
    """The fixture rulebook, with a treaty between two states that leaves a point open, and a
    wider pact with a point about one member and a point about the pact as a whole."""
    rules = tmp_path / "rules"
    shutil.copytree(FIXTURES / "mini", rules)
    (rules / "instruments" / "by-tr-pact.toml").write_text(
        _BILATERAL.replace('[[questions]]', '[[non_parties]]\nstate = "TR"\nsources = ["fx-treaty"]\n'
                           'confidence = "reported"\n\n[[questions]]'))
    pact = rules / "instruments" / "search-pact.toml"
    pact.write_text(pact.read_text() + (
        '\n[[questions]]\ntext = "Whether Moldova still applies the pact was not found."\nstates = ["MD"]\n'
        '\n[[questions]]\ntext = "The pact\'s dates of entry into force were not found."\n'))
    return load_rulebook(rules)


def test_a_treaty_point_left_open_is_shown_where_the_treaty_binds_the_pursuer(tmp_path, mini_book):
    book = _with_points(tmp_path)
    tr = assess(WANTED_BY, "TR", on=ON, rulebook=book)
    point = next(c for c in tr.caveats if "ratified the pact" in c.text)
    assert point.kind is CaveatKind.NOT_FORMALISED
    assert (point.about, point.text) == ("Belarus-Turkey pact", "Whether Turkey ratified the pact was not found.")
    assert point.instrument == "by-tr-pact"
    assert [s.id for s in point.sources] == ["fx-news"]
    # An open point explains; it moves no level (the same answer as without it).
    plain = assess(WANTED_BY, "TR", on=ON, rulebook=mini_book)
    assert (tr.level, tr.ceiling, tr.settled) == (plain.level, plain.ceiling, plain.settled)
    # Not for a person the treaty's states do not pursue, nor where it binds nobody.
    by_ru = Profile(listings=[{"state": "RU", "kind": "wanted"}])
    assert not any("ratified the pact" in c.text for c in assess(by_ru, "TR", on=ON, rulebook=book).caveats)
    assert not any("ratified the pact" in c.text for c in assess(WANTED_BY, "KZ", on=ON, rulebook=book).caveats)


def test_a_wider_treaty_shows_a_point_where_it_names_the_state_or_a_finding_rests_on_it(tmp_path):
    book = _with_points(tmp_path)
    moldova = [c.text for c in assess(WANTED_BY, "MD", on=ON, rulebook=book).caveats]
    kazakhstan = [c.text for c in assess(WANTED_BY, "KZ", on=ON, rulebook=book).caveats]
    assert "Whether Moldova still applies the pact was not found." in moldova
    assert not any("Moldova still applies" in t for t in kazakhstan)
    # A point about the pact as a whole bears where a finding rests on the pact.
    kz = assess(WANTED_BY, "KZ", on=ON, rulebook=book)
    assert any("search-pact" in f.instruments for f in kz.findings)
    assert "The pact's dates of entry into force were not found." in kazakhstan
    assert not any("search-pact" in f.instruments for f in assess(WANTED_BY, "MD", on=ON, rulebook=book).findings)
    assert not any("entry into force were not found" in t for t in moldova)


def test_a_point_names_only_states(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(FIXTURES / "mini", rules)
    pact = rules / "instruments" / "search-pact.toml"
    pact.write_text(pact.read_text() + '\n[[questions]]\ntext = "A point."\nstates = ["XX"]\n')
    with pytest.raises(RulebookError, match=r"search-pact\.toml.*states"):
        load_rulebook(rules)


def test_a_point_left_open_about_a_pursuing_state_is_shown_wherever_it_pursues(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(FIXTURES / "mini", rules)
    by = rules / "requesters" / "by.toml"
    by.write_text(by.read_text() + '\n[[questions]]\ntext = "How many notices Belarus has asked for was not found."\n'
                  'sources = ["fx-news"]\n')
    book = load_rulebook(rules)
    for code in ("TR", "KZ", "FR", "BY"):
        point = [c for c in assess(WANTED_BY, code, on=ON, rulebook=book).caveats if "notices Belarus" in c.text]
        assert [(c.kind, c.about, c.requester, [s.id for s in c.sources]) for c in point] == [
            (CaveatKind.NOT_FORMALISED, "Belarus", "BY", ["fx-news"])], code
    by_ru = Profile(listings=[{"state": "RU", "kind": "wanted"}])
    assert not any("notices Belarus" in c.text for c in assess(by_ru, "TR", on=ON, rulebook=book).caveats)


def _two_people() -> list[Profile]:
    """The sample profile (a Belarusian journalist on Russia's wanted list) and a Russian on it."""
    import json

    sample = FIXTURES.parent.parent / "examples" / "journalist-by.json"
    return [Profile.model_validate(json.loads(sample.read_text(encoding="utf-8"))),
            Profile(citizenships=["RU"], listings=[{"state": "RU", "kind": "wanted"}])]


def test_an_open_question_names_only_rules_that_could_reach_its_level():
    """A question says "could raise this to severe" only of rules that could: one that could
    reach guarded on the same unknown gets its own question, and none is asked that could not
    raise the level at all."""
    book = load_rulebook()
    titles = {f"'{r.title}'": r for r in book.rules}
    checked = 0
    for person in _two_people():
        for a in assess_world(person, on=date(2026, 12, 6), rulebook=book).values():
            for c in a.caveats:
                if c.kind is not CaveatKind.OPEN_QUESTION or c.level is None:
                    continue
                listed = c.text.split(": ", 1)[1].split(". Depends on: ")[0]
                named = [r for t, r in titles.items() if t in listed]
                assert named and all(r.level is c.level for r in named), (a.destination, c.text)
                if a.level is not Level.UNKNOWN:  # a question that cannot raise the level is not asked
                    assert c.level > a.level, (a.destination, a.level, c.text)
                checked += 1
    assert checked > 50


def test_the_main_reason_is_what_the_destination_did_before_what_it_may_do():
    """Among raising findings of one harm and one level, those that name precedents come before
    those that do not (a treaty), so the main reason a reader sees is the concrete one."""
    from travelrisk.language.rule import Effect

    book = load_rulebook()
    ties = 0
    for person in _two_people():
        for a in assess_world(person, on=date(2026, 12, 6), rulebook=book).values():
            raising = [f for f in a.findings if f.effect is Effect.RAISES]
            for earlier, later in zip(raising, raising[1:]):
                if (earlier.harm, earlier.level) == (later.harm, later.level):
                    ties += 1
                    assert earlier.items.get("precedents") or not later.items.get("precedents"), (
                        a.destination, earlier.rule_id, later.rule_id)
            named = [f for f in raising if f.level == a.level and f.items.get("precedents")]
            if named and raising[0].harm == named[0].harm:
                assert a.main_reason == named[0].title, (a.destination, a.main_reason)
    assert ties > 20


def test_what_the_research_found_comes_with_the_answer(mini_book):
    """A researched destination's summary reaches the reader with the answer, with its sources
    and under its own heading, in the reader's language; a destination nobody researched has none."""
    from travelrisk.language.i18n import words
    from travelrisk.report.notes import note_about

    summary = [c for c in assess(WANTED_BY, "TR", on=ON, rulebook=mini_book).caveats if c.kind is CaveatKind.SUMMARY]
    assert [c.text for c in summary] == ["Fixture: what the research found about Türkiye."]
    assert [[s.id for s in c.sources] for c in summary] == [["fx-treaty"]]
    assert summary[0].about == "What the research found"
    assert note_about(summary[0], words(load_rulebook(), "ru"), "TR") == "Что показало исследование"
    assert not [c for c in assess(WANTED_BY, "FR", on=ON, rulebook=mini_book).caveats if c.kind is CaveatKind.SUMMARY]
    assert not [c for c in assess(WANTED_BY, "KZ", on=ON, rulebook=mini_book).caveats if c.kind is CaveatKind.SUMMARY]
