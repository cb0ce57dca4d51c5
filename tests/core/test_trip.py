"""Trips: legs parsed from text, each assessed on its own kind and date, the worst leg named."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from travelrisk import Level, Profile, assess
from travelrisk.model.iso import all_codes
from travelrisk.model.profile import load_profile

ROOT = Path(__file__).resolve().parents[2]
ON = date(2026, 11, 25)
JOURNALIST = load_profile(str(ROOT / "examples" / "journalist-by.json"))  # on Russia's wanted list
WANTED_BY_BY = Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}])


# --- parsing ------------------------------------------------------------------------------


def test_the_exports_are_the_trip_module():
    import travelrisk
    from travelrisk.engine import trip

    assert travelrisk.assess_trip is trip.assess_trip
    assert travelrisk.Trip is trip.Trip and travelrisk.Leg is trip.Leg
    assert travelrisk.TripAssessment is trip.TripAssessment


def test_first_leg_departs_a_leg_without_kind_enters_and_dates_are_per_leg():
    from travelrisk.engine.trip import parse_legs

    legs = parse_legs("LT>TR:transit>GE@2026-12-03")
    assert [(leg.country, leg.kind, leg.on) for leg in legs] == [
        ("LT", "departure", None),
        ("TR", "transit", None),
        ("GE", "entry", date(2026, 12, 3)),
    ]


def test_parsing_is_lenient_about_case_spaces_and_the_land_alias():
    from travelrisk.engine.trip import parse_legs

    legs = parse_legs(" lt > by:Overflight > ge:land@2026-12-01 > am:land-crossing ")
    assert [(leg.country, leg.kind) for leg in legs] == [
        ("LT", "departure"), ("BY", "overflight"), ("GE", "land_crossing"), ("AM", "land_crossing"),
    ]


def test_legs_may_name_their_countries():
    from travelrisk.engine.trip import parse_legs

    legs = parse_legs("Lithuania > Turkey:transit > Georgia@2026-12-01")
    assert [(leg.country, leg.kind) for leg in legs] == [("LT", "departure"), ("TR", "transit"), ("GE", "entry")]


def test_a_trip_reads_back_what_it_writes():
    from travelrisk.engine.trip import Trip

    text = "LT>BY:overflight>RU:transit@2026-12-01>AM:land_crossing@2026-12-02>GE"
    assert Trip.parse(text).text == text
    assert Trip.parse(Trip.parse(text).text) == Trip.parse(text)


@pytest.mark.parametrize(
    "legs, position, shown, why",
    [
        ("LT>XX>GE", 2, "'XX'", "ISO 3166-1"),
        ("LT>TR:trnasit>GE", 2, "'TR:trnasit'", "unknown kind"),
        ("LT>TR:transit>GE@2026-13-01", 3, "'GE@2026-13-01'", "not a date"),
        ("LT>>GE", 2, "", "empty"),
        ("LT>TR:transit>", 3, "", "empty"),
        ("LT:transit>GE", 1, "'LT:transit'", "first leg"),
        ("LT>TR>GE:departure", 3, "'GE:departure'", "only the first leg"),
        ("LT>TR@2026-12-05>GE@2026-12-01", 3, "'GE@2026-12-01'", "before"),
        ("LT>TR@2026-12-01:transit", 2, "'TR@2026-12-01:transit'", "CODE:KIND@YYYY-MM-DD"),
        ("LT>T R", 2, "'T R'", "ISO 3166-1"),
    ],
)
def test_a_parse_error_names_the_wrong_leg_by_position_and_text(legs, position, shown, why):
    from travelrisk.engine.trip import parse_legs

    with pytest.raises(ValueError) as err:
        parse_legs(legs)
    message = str(err.value)
    assert message.startswith(f"leg {position} "), message
    assert shown in message and why in message, message


def test_no_legs_at_all_is_an_error_that_shows_the_syntax():
    from travelrisk.engine.trip import parse_legs

    with pytest.raises(ValueError, match="LT>TR:transit>GE"):
        parse_legs("  ")


def test_a_trip_needs_a_leg_and_keeps_departures_and_dates_in_order():
    from pydantic import ValidationError

    from travelrisk.engine.trip import Leg, Trip

    with pytest.raises(ValidationError):
        Trip(legs=[])
    with pytest.raises(ValidationError, match="only the first leg is a departure"):
        Trip(legs=[Leg(country="LT", kind="departure"), Leg(country="GE", kind="departure")])
    with pytest.raises(ValidationError, match="before"):
        Trip(legs=[Leg(country="LT", on=date(2026, 12, 2)), Leg(country="GE", on=date(2026, 12, 1))])
    with pytest.raises(ValidationError):
        Leg(country="XX")
    with pytest.raises(ValidationError):
        Leg(country="GE", kind="teleport")


# --- the trip's level ---------------------------------------------------------------------


def test_the_trip_is_as_dangerous_as_its_worst_leg():
    from travelrisk.engine.trip import trip_level

    assert trip_level([Level.LOW, Level.HIGH, Level.ELEVATED]) == (Level.HIGH, Level.HIGH, 1, 1)
    assert trip_level([Level.GUARDED]) == (Level.GUARDED, Level.GUARDED, 0, 0)


def test_the_worst_leg_is_the_one_with_the_highest_ceiling_then_level():
    from travelrisk.engine.trip import trip_level

    # A settled HIGH leg and a LOW leg that could be SEVERE: the trip is HIGH – could be
    # SEVERE, and the leg that could be SEVERE is named the worst.
    assert trip_level([Level.HIGH, Level.LOW], [Level.HIGH, Level.SEVERE]) == (Level.HIGH, Level.SEVERE, 1, 0)
    assert trip_level([Level.LOW, Level.HIGH], [Level.SEVERE, Level.SEVERE]) == (Level.HIGH, Level.SEVERE, 1, 1)


def test_an_unknown_leg_makes_the_trip_unsettled_never_low():
    from travelrisk.engine.trip import trip_level

    unknown = [Level.LOW, Level.UNKNOWN, Level.LOW], [Level.LOW, Level.SEVERE, Level.LOW]
    assert trip_level(*unknown) == (Level.LOW, Level.SEVERE, 1, 0)
    assert trip_level([Level.HIGH, Level.UNKNOWN], [Level.HIGH, Level.SEVERE]) == (Level.HIGH, Level.SEVERE, 1, 0)
    both = [Level.UNKNOWN, Level.UNKNOWN]
    assert trip_level(both, [Level.SEVERE, Level.SEVERE]) == (Level.UNKNOWN, Level.SEVERE, 0, None)


def test_a_severe_leg_outweighs_an_unknown_one():
    from travelrisk.engine.trip import trip_level

    levels, ceilings = [Level.LOW, Level.UNKNOWN, Level.SEVERE], [Level.LOW, Level.SEVERE, Level.SEVERE]
    assert trip_level(levels, ceilings) == (Level.SEVERE, Level.SEVERE, 2, 2)


def test_among_equal_legs_the_one_more_rules_raise_is_the_worst_then_the_first():
    from travelrisk.engine.trip import trip_level

    levels = [Level.ELEVATED, Level.ELEVATED, Level.ELEVATED]
    assert trip_level(levels, None, [1, 2, 2]) == (Level.ELEVATED, Level.ELEVATED, 1, 1)
    assert trip_level(levels) == (Level.ELEVATED, Level.ELEVATED, 0, 0)


def _unresearched_unknown(book, kind: str) -> str:
    for code in all_codes():
        if code not in book.countries and assess(JOURNALIST, code, on=ON, rulebook=book, leg_kind=kind).level is Level.UNKNOWN:
            return code
    pytest.skip("every country is researched or raised by a treaty alone")


def test_a_trip_over_an_unresearched_country_is_never_settled(book):
    from travelrisk.engine.trip import Leg, Trip, assess_trip

    code = _unresearched_unknown(book, "overflight")
    trip = Trip(legs=[Leg(country="LT", kind="departure"), Leg(country=code, kind="overflight"), Leg(country="PL")])
    result = assess_trip(JOURNALIST, trip, on=ON, rulebook=book)
    leg = result.legs[1]
    assert (leg.level, leg.ceiling, leg.settled) == (Level.UNKNOWN, Level.SEVERE, False)
    assert result.unknown_legs == [1]
    assert result.ceiling is Level.SEVERE and not result.settled
    assert result.level is result.legs[result.worst_known_leg].level is not Level.UNKNOWN
    assert any("not been researched" in c.text for c in leg.caveats)


def test_a_severe_leg_makes_a_trip_severe_even_with_an_unknown_leg(book):
    from travelrisk.engine.trip import Leg, Trip, assess_trip

    code = _unresearched_unknown(book, "overflight")
    trip = Trip(legs=[Leg(country="LT", kind="departure"), Leg(country=code, kind="overflight"), Leg(country="RU", kind="transit")])
    result = assess_trip(JOURNALIST, trip, on=ON, rulebook=book)
    assert result.level is Level.SEVERE and result.worst_leg == 2


# --- the acceptance case ------------------------------------------------------------------


def test_istanbul_and_moscow_transits_give_different_explained_answers(book):
    from travelrisk.engine.trip import assess_trip

    istanbul = assess_trip(JOURNALIST, "LT>TR:transit>PL", on=ON, rulebook=book)
    moscow = assess_trip(JOURNALIST, "LT>RU:transit>PL", on=ON, rulebook=book)

    assert moscow.level is Level.SEVERE
    assert istanbul.level < moscow.level  # Türkiye hands some people to Russia (high), Moscow is the requester
    # The Moscow leg is named the worst, and why: Russia lists the person, and transit is no shelter.
    assert moscow.worst_leg == 1
    worst = moscow.worst
    assert (worst.destination, worst.leg_kind, worst.level) == ("RU", "transit", Level.SEVERE)
    setting = [f for f in worst.findings if f.level is Level.SEVERE]
    assert [f.rule_id for f in setting] == ["transit-through-requester"]
    assert "Sheremetyevo" in setting[0].text and all(s.title and s.date for s in setting[0].sources)
    # The Istanbul answer is explained too: sourced findings, and what airside transit changes.
    tr = istanbul.legs[1]
    assert (tr.destination, tr.leg_kind) == ("TR", "transit")
    raising = [f for f in tr.findings if f.level is tr.level]
    assert raising and all(f.sources for f in raising)
    assert "transit-airside-reach" in {f.rule_id for f in tr.findings}
    # The rest of the two trips is the same.
    assert [a.level for i, a in enumerate(istanbul.legs) if i != 1] == [a.level for i, a in enumerate(moscow.legs) if i != 1]


def test_each_leg_is_the_engines_answer_for_that_country_kind_and_date(book):
    from travelrisk.engine.trip import assess_trip

    result = assess_trip(JOURNALIST, "LT>BY:overflight>RU:transit@2026-12-01>AM:land@2026-12-02", on=ON, rulebook=book)
    for leg, a in zip(result.trip.legs, result.legs):
        alone = assess(JOURNALIST, leg.country, on=leg.on or ON, rulebook=book, leg_kind=leg.kind)
        assert (a.destination, a.leg_kind, a.as_of, a.level) == (leg.country, leg.kind, leg.on or ON, alone.level)
        assert [f.rule_id for f in a.findings] == [f.rule_id for f in alone.findings]


def test_an_overflight_brings_no_treaty_findings(book):
    from travelrisk.engine.trip import assess_trip

    entry = assess(JOURNALIST, "KZ", on=ON, rulebook=book)
    over = assess_trip(JOURNALIST, "LT>KZ:overflight>GE", on=ON, rulebook=book).legs[1]
    assert entry.level is Level.SEVERE
    assert over.level is Level.LOW and not [f for f in over.findings if f.level is not None]


def test_flying_over_the_union_state_partner_of_the_requester_is_high(book):
    from travelrisk.engine.trip import assess_trip

    over = assess_trip(JOURNALIST, "LT>BY:overflight>GE", on=ON, rulebook=book).legs[1]
    assert over.level is Level.HIGH
    assert "overflight-partner-airspace" in {f.rule_id for f in over.findings}


# --- dates --------------------------------------------------------------------------------


def test_per_leg_dates_change_treaty_answers(book):
    """Ukraine left the 1993 Minsk Convention on 29 December 2023: before, a Belarusian
    request could lead to extradition proceedings there; after, no treaty binds it to Belarus.
    (After: once its last detention on a Belarusian request, in August 2020, is five years old.)"""
    from travelrisk.engine.trip import assess_trip

    before = assess_trip(WANTED_BY_BY, "LT>UA@2023-06-01", on=ON, rulebook=book)
    after = assess_trip(WANTED_BY_BY, "LT>UA@2025-09-01", on=ON, rulebook=book)
    assert before.legs[1].as_of == date(2023, 6, 1) and after.legs[1].as_of == date(2025, 9, 1)
    assert before.legs[1].level is Level.ELEVATED and after.legs[1].level < Level.ELEVATED
    assert "extradition-treaty-echr" in {f.rule_id for f in before.legs[1].findings}
    assert "extradition-treaty-echr" not in {f.rule_id for f in after.legs[1].findings}
    assert before.legs[0].as_of == ON == after.legs[0].as_of  # undated legs take `on`


def test_a_leg_without_a_date_takes_on_and_without_on_today(book):
    from travelrisk.engine.trip import assess_trip

    assert [a.as_of for a in assess_trip(WANTED_BY_BY, "LT>UA", on=date(2023, 6, 1), rulebook=book).legs] == [date(2023, 6, 1)] * 2
    assert {a.as_of for a in assess_trip(WANTED_BY_BY, "LT>UA", rulebook=book).legs} == {date.today()}


def test_the_person_and_date_part_is_computed_once_per_leg_kind_and_date(book, monkeypatch):
    from travelrisk.engine import trip as trip_module

    calls: list[tuple[date, str]] = []
    real = trip_module._active_rules

    def counting(book, profile, requesters, on, leg_kind):
        calls.append((on, leg_kind))
        return real(book, profile, requesters, on, leg_kind)

    monkeypatch.setattr(trip_module, "_active_rules", counting)
    trip_module.assess_trip(JOURNALIST, "LT>TR:transit>GE>AM:transit>KZ:transit@2026-12-01", on=ON, rulebook=book)
    assert sorted(calls) == sorted([(ON, "departure"), (ON, "transit"), (ON, "entry"), (date(2026, 12, 1), "transit")])


# --- JSON ---------------------------------------------------------------------------------


def test_json_has_level_legs_and_worst_leg_and_reads_back(book):
    from travelrisk.engine.trip import TripAssessment, assess_trip

    result = assess_trip(JOURNALIST, "LT>RU:transit>GE@2026-12-02", on=ON, rulebook=book)
    data = json.loads(result.model_dump_json())
    assert {"level", "legs", "worst_leg", "trip"} <= set(data)
    assert data["level"] == "severe" and data["worst_leg"] == 1
    assert [(leg["destination"], leg["leg_kind"], leg["as_of"]) for leg in data["legs"]] == [
        ("LT", "departure", "2026-11-25"), ("RU", "transit", "2026-11-25"), ("GE", "entry", "2026-12-02"),
    ]
    assert data["legs"][1]["findings"][0]["sources"][0]["title"]
    assert data["trip"]["legs"][2] == {"country": "GE", "kind": "entry", "on": "2026-12-02"}
    again = TripAssessment.model_validate_json(result.model_dump_json())
    assert again.level is Level.SEVERE and again.worst.destination == "RU"
