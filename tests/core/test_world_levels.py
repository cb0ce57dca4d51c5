"""The levels-only world pass gives exactly the level, ceiling and settled of the full one, and
a World built on it gives assess_world's answers, each when it is read."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from travelrisk import LevelRange, Profile, World, assess, assess_world, world_levels
from travelrisk.language.conditions import LEG_KINDS
from travelrisk.model.iso import all_codes

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"

#: 3 citizenships, 6 listings, every exposure: as many requesters and rules in play as a
#: profile is likely to bring.
HEAVY = Profile.model_validate_json((Path(__file__).parents[1] / "fixtures" / "heavy-profile.json").read_text())


def read(path: Path) -> Profile:
    return Profile.model_validate(json.loads(path.read_text()))


PROFILES = {
    **{f"examples/{p.name}": read(p) for p in sorted((REPO / "examples").glob("*.json"))},
    "fixtures/distinct-profile.json": read(FIXTURES / "distinct-profile.json"),
    "heavy": HEAVY,
    "empty": Profile(),
    "wanted by BY": Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}]),
    "interstate wanted by BY": Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "interstate_wanted"}]),
    "red notice from RU": Profile(listings=[{"state": "RU", "kind": "interpol_red_notice"}]),
    "wanted by BY and RU": Profile(listings=[{"state": "BY", "kind": "wanted"}, {"state": "RU", "kind": "wanted"}]),
    "suspected extremist": Profile(listings=[{"state": "BY", "kind": "extremist_list", "certainty": "suspected"}]),
    "journalist": Profile(citizenships=["BY"], exposure={"journalist"}),
    "donor": Profile(citizenships=["BY"], exposure={"donor"}),
    "protester wanted by RU": Profile(citizenships=["BY"], exposure={"protester"},
                                      listings=[{"state": "RU", "kind": "wanted"}]),
    "citizen, nothing else": Profile(citizenships=["BY"]),
}

DATES = {"today": None, "2022-01-01": date(2022, 1, 1), "2027-06-01": date(2027, 6, 1)}


def ranges_of(world: dict) -> dict[str, tuple]:
    return {code: (a.level, a.ceiling, a.settled) for code, a in world.items()}


def plain(levels: dict[str, LevelRange]) -> dict[str, tuple]:
    return {code: tuple(r) for code, r in levels.items()}


@pytest.mark.parametrize("on", list(DATES.values()), ids=list(DATES))
@pytest.mark.parametrize("name", list(PROFILES))
@pytest.mark.parametrize("rules", ["bundled", "mini"])
def test_world_levels_agree_with_assess_world(name, on, rules, book, mini_book):
    rulebook = book if rules == "bundled" else mini_book
    profile = PROFILES[name]
    before = world_levels(profile, on=on, rulebook=rulebook)  # whatever the caches hold
    expected = ranges_of(assess_world(profile, on=on, rulebook=rulebook))
    after = world_levels(profile, on=on, rulebook=rulebook)  # the full pass has filled them
    assert sorted(before) == all_codes()
    assert plain(before) == expected
    assert plain(after) == expected


def test_world_levels_from_empty_caches(book):
    """Nothing kept from an earlier call: the pass alone fills what it needs."""
    book.memo.clear()  # derived values only, as the engine clears them after a long session
    book.answers.clear()
    levels = world_levels(HEAVY, on=date(2027, 6, 1), rulebook=book)
    book.memo.clear()
    book.answers.clear()
    assert plain(levels) == ranges_of(assess_world(HEAVY, on=date(2027, 6, 1), rulebook=book))


@pytest.mark.parametrize("leg_kind", LEG_KINDS)
@pytest.mark.parametrize("name", ["examples/journalist-by.json", "heavy", "red notice from RU"])
def test_world_levels_agree_with_assess_for_each_kind_of_leg(name, leg_kind, book):
    profile = PROFILES[name]
    levels = world_levels(profile, on=date(2026, 3, 1), rulebook=book, leg_kind=leg_kind)
    for code in all_codes():
        a = assess(profile, code, on=date(2026, 3, 1), rulebook=book, leg_kind=leg_kind)
        assert tuple(levels[code]) == (a.level, a.ceiling, a.settled), code


def test_world_levels_agree_on_every_worked_example(book):
    """Each rule's test cases: a person, a destination, a date and a kind of leg."""
    cases = [case for rule in book.rules for case in rule.tests]
    assert cases
    for case in cases:
        got = world_levels(case.profile, on=case.on, rulebook=book, leg_kind=case.leg_kind)[case.destination]
        a = assess(case.profile, case.destination, on=case.on, rulebook=book, leg_kind=case.leg_kind)
        assert tuple(got) == (a.level, a.ceiling, a.settled), case.name


def test_a_level_range_reads_like_an_assessment(mini_book):
    r = world_levels(Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}]),
                     on=date(2026, 1, 1), rulebook=mini_book)["KZ"]
    assert (r.level.value, r.ceiling.value, r.settled) == ("severe", "severe", True)
    assert r == LevelRange(r.level, r.ceiling, r.settled)


def test_world_levels_checks_the_date(mini_book):
    with pytest.raises(ValueError, match="outside the dates"):
        world_levels(Profile(), on=date(1900, 1, 1), rulebook=mini_book)


@pytest.mark.parametrize("name", ["examples/journalist-by.json", "heavy", "empty", "red notice from RU"])
def test_a_world_read_in_full_is_assess_world(name, book):
    """The lazy world gives, country by country, the very answers assess_world gives."""
    on = date(2027, 6, 1)
    world = World(PROFILES[name], on=on, rulebook=book)
    expected = assess_world(PROFILES[name], on=on, rulebook=book)
    assert list(world) == list(expected) and len(world) == len(expected)
    assert plain(world.levels) == ranges_of(expected)
    for code, a in expected.items():
        assert world[code].model_dump() == a.model_dump(), code
    assert [r.model_dump() for r in world.requesters] == [r.model_dump() for r in expected["KZ"].requesters]


def test_a_world_builds_an_answer_only_when_it_is_read(book, monkeypatch):
    import travelrisk.engine.world as lazy

    built: list[str] = []
    real = lazy._assess
    monkeypatch.setattr(lazy, "_assess", lambda b, p, code, *rest: built.append(code) or real(b, p, code, *rest))
    world = World(HEAVY, on=date(2027, 6, 1), rulebook=book)
    assert len(world.levels) == len(all_codes()) and "KZ" in world and "XX" not in world
    assert built == []  # the levels alone: no findings, no open questions
    first = world["KZ"]
    assert world["KZ"] is first and world.get("GE") is not None
    assert built == ["KZ", "GE"]
    with pytest.raises(KeyError):
        world["XX"]
    assert world.get("XX") is None


def test_a_world_checks_the_date(mini_book):
    with pytest.raises(ValueError, match="outside the dates"):
        World(Profile(), on=date(1900, 1, 1), rulebook=mini_book)


def test_a_world_takes_its_levels_from_a_glance_of_the_same_world(book, monkeypatch):
    """The app's first glance comes from a child process; the window's world then starts from
    its levels rather than computing them twice, but only for the same rulebook, person and date."""
    import travelrisk.engine.world as lazy
    from travelrisk.engine.glance import Glance, glance_of

    on = date(2027, 6, 1)
    first = World(HEAVY, on=on, rulebook=book)
    glance = Glance.from_json(glance_of(first, book, on).to_json())  # as it crosses the pipe
    assert glance.key == first.key

    computed: list[int] = []
    real = lazy.world_levels
    monkeypatch.setattr(lazy, "world_levels", lambda *a, **k: computed.append(1) or real(*a, **k))
    again = World(HEAVY, on=on, rulebook=book, glance=glance)
    assert computed == [] and plain(again.levels) == plain(first.levels)
    assert again["KZ"].model_dump() == first["KZ"].model_dump()

    # Anything else about the world, and the glance is not used.
    for other in (World(PROFILES["journalist"], on=on, rulebook=book, glance=glance),
                  World(HEAVY, on=date(2027, 6, 2), rulebook=book, glance=glance)):
        assert other.key != glance.key
    assert len(computed) == 2
