"""The glance: the core's world answer reduced to plain data that survives JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from travelrisk import Profile
from travelrisk.engine.core import assess_world
from travelrisk.engine.glance import Glance, GlanceError, compute_glance, glance_of
from travelrisk.model.levels import Level

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ON = date(2026, 1, 2)


@pytest.fixture
def person():
    return Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}])


def test_a_glance_holds_the_worlds_levels_and_who_pursues(mini_book, person):
    world = assess_world(person, on=ON, rulebook=mini_book)
    g = glance_of(world, mini_book, ON)
    assert g.levels == {code: a.level for code, a in world.items()}
    assert g.names["KZ"] == world["KZ"].destination_name
    assert [p.name for p in g.pursuers] == [r.name for r in world["KZ"].requesters]
    assert g.rulebook_version == mini_book.info.version and g.on == ON
    assert sum(g.counts().values()) == len(world)


def test_plain_and_striped_counts_add_up_to_each_levels_count(mini_book, person):
    world = assess_world(person, on=ON, rulebook=mini_book)
    g = glance_of(world, mini_book, ON)
    plain, striped = g.legend_counts(), g.striped_counts()
    for level, n in g.counts().items():
        assert plain.get(level, 0) + striped.get(level, 0) == n
    worse = [code for code, a in world.items() if a.level is not Level.UNKNOWN and a.ceiling is not a.level]
    assert sum(striped.values()) == g.unsettled() == len(worse) > 0
    assert Level.UNKNOWN not in striped  # unknown is drawn hatched grey, counted as itself


def test_a_glance_survives_json(mini_book, person):
    g = glance_of(assess_world(person, on=ON, rulebook=mini_book), mini_book, ON)
    assert Glance.from_json(g.to_json()) == g


@pytest.mark.parametrize("text", ["", "[]", "{}", '{"on": "yesterday"}'])
def test_what_is_not_a_glance_is_refused(text):
    with pytest.raises(GlanceError):
        Glance.from_json(text)


def test_compute_glance_reads_the_files_itself(tmp_path, person, mini_book):
    me = tmp_path / "me.json"
    me.write_text(person.model_dump_json(), encoding="utf-8")
    g = compute_glance(str(FIXTURES / "mini"), str(me), ON)
    assert g == glance_of(assess_world(person, on=ON, rulebook=mini_book), mini_book, ON)
    assert Level.SEVERE in g.counts() and len(g.levels) == len(g.names) == 249
    bad = tmp_path / "bad.json"
    bad.write_text('{"citizenships": ["XX"]}', encoding="utf-8")
    with pytest.raises(GlanceError, match="citizenships"):
        compute_glance(str(FIXTURES / "mini"), str(bad), ON)


def test_importing_the_glance_loads_no_pydantic():
    code = "import sys, travelrisk.engine.glance, travelrisk.model.iso; print('pydantic' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_glance_at_a_world_is_the_glance_at_assess_world(book, person):
    """The app glances at a World (levels only, no findings built): the same glance."""
    from travelrisk.engine.world import World

    world = World(person, on=ON, rulebook=book)
    assert glance_of(world, book, ON, today=ON) == glance_of(assess_world(person, on=ON, rulebook=book), book, ON, today=ON)
