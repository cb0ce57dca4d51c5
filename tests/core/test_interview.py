"""The profile interview, walked headless: every path, every kind of mistake, no Qt."""

from __future__ import annotations

import json
from datetime import date
from itertools import product
from pathlib import Path

import pytest

from travelrisk import Profile
from travelrisk.model.interview import (
    FIRST_STEP,
    STEPS,
    Interview,
    InterviewError,
    Kind,
    answers_from,
    parse_country,
    resolve_next,
)

TODAY = date(2026, 6, 1)
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "journalist-by.json"
LISTED = [c.value for c in STEPS["listed"].questions[0].choices]


def walk(interview: Interview) -> list[str]:
    """Press 'next' until the end; the steps visited."""
    seen = [interview.step.id]
    while not interview.is_last:
        check = interview.advance()
        assert check.ok, check.errors
        seen.append(interview.step.id)
    return seen


def test_every_step_is_reachable_and_every_question_explained():
    reached = set()
    for listed in LISTED:
        path = [FIRST_STEP]
        while (nxt := resolve_next(path[-1], {"listed": listed})) is not None:
            path.append(nxt)
        reached.update(path)
    assert reached == set(STEPS)
    for step in STEPS.values():
        assert step.title and step.intro
        for q in step.questions:
            assert q.label and q.explanation
            for f in q.fields:
                assert f.label and f.explanation
            for c in (*q.choices, *(c for f in q.fields for c in f.choices)):
                assert c.label and c.explanation and "\n" not in c.explanation


def test_unknown_step_is_an_error():
    with pytest.raises(KeyError):
        resolve_next("nowhere", {})


@pytest.mark.parametrize(
    "listed, expected",
    [
        ("yes", ["citizenship", "exposure", "listed", "listings", "documents", "protections", "review"]),
        ("suspect", ["citizenship", "exposure", "listed", "listings", "documents", "protections", "review"]),
        ("no", ["citizenship", "exposure", "listed", "documents", "protections", "review"]),
        ("unknown", ["citizenship", "exposure", "listed", "documents", "protections", "review"]),
    ],
)
def test_each_answer_to_listed_takes_its_path(listed, expected):
    iv = Interview(today=TODAY)
    iv.set("listed", listed)
    assert iv.path() == expected
    assert walk(iv) == expected
    assert iv.is_last and iv.step.id == "review"


@pytest.mark.parametrize("listed, exposure", list(product(LISTED, [[], ["journalist", "donor"]])))
def test_every_path_builds_a_profile(listed, exposure):
    iv = Interview(today=TODAY)
    iv.set("citizenships", ["Belarus"])
    iv.set("residence", "lt")
    iv.set("exposure", exposure)
    iv.set("listed", listed)
    iv.set("listings", [iv.new_entry("listings") | {"state": "RU"}])
    iv.set("documents", [{"kind": "passport", "issuer": "BY", "expires": "2027-03-01"}])
    iv.set("protections", [{"state": "Lithuania", "kind": "residence_permit", "since": ""}])
    walk(iv)
    p = iv.profile()
    assert p.citizenships == ["BY"] and p.residence == "LT"
    assert {e.value for e in p.exposure} == set(exposure)
    if listed in ("yes", "suspect"):
        assert [(li.state, li.kind.value) for li in p.listings] == [("RU", "wanted")]
        assert p.listings[0].certainty.value == ("suspected" if listed == "suspect" else "known")
    else:
        assert p.listings == []  # a step off the path does not count, whatever was typed
    assert p.documents[0].expires == date(2027, 3, 1)
    assert p.protections[0].state == "LT"
    assert iv.summary()


def test_back_returns_along_the_path_and_not_past_the_start():
    iv = Interview(today=TODAY)
    iv.set("listed", "no")
    walk(iv)
    iv.back()
    assert iv.step.id == "protections"
    for _ in range(10):
        iv.back()
    assert iv.step.id == FIRST_STEP and iv.is_first


def test_go_to_jumps_back_from_the_review():
    iv = Interview(today=TODAY)
    iv.set("listed", "yes")
    walk(iv)
    iv.go_to("exposure")
    assert iv.history == ["citizenship", "exposure"]
    with pytest.raises(KeyError):
        Interview().go_to("listings")  # not on the path until 'listed' says so


def test_countries_by_name_code_or_completer_text():
    assert parse_country("BY") == "BY"
    assert parse_country(" by ") == "BY"
    assert parse_country("belarus") == "BY"
    assert parse_country("Kazakhstan (KZ)") == "KZ"
    assert parse_country("Russian Federation") == "RU"
    assert parse_country("RUS") == "RU"
    assert parse_country("Narnia") is None
    assert parse_country("") is None
    assert parse_country("Nowhere (QQ)") is None


def test_an_unknown_country_is_an_error_on_its_field_and_blocks_the_step():
    iv = Interview(today=TODAY)
    iv.set("citizenships", ["Belarus", "Narnia"])
    iv.set("residence", "Atlantis")
    check = iv.advance()
    assert set(check.errors) == {"citizenships[1]", "residence"}
    assert "Narnia" in check.errors["citizenships[1]"]
    assert iv.step.id == "citizenship"
    # The partial profile keeps what is valid, so the map can follow the person while they type.
    assert iv.profile(partial=True).citizenships == ["BY"]
    with pytest.raises(InterviewError) as err:
        iv.profile()
    assert "residence" in err.value.errors


def test_listed_must_be_answered():
    iv = Interview(today=TODAY)
    iv.advance()
    iv.advance()
    assert iv.step.id == "listed"
    check = iv.advance()
    assert "listed" in check.errors and iv.step.id == "listed"
    iv.set("listed", "maybe")
    assert "listed" in iv.advance().errors


def test_entry_errors_name_the_entry_and_field():
    iv = Interview(today=TODAY)
    iv.set("listed", "yes")
    iv.set("listings", [
        {"state": "BY", "kind": "wanted", "certainty": "known"},
        {"state": "Mordor", "kind": "wanted", "certainty": "known"},
        {"state": "RU", "kind": "", "certainty": "known"},
        {"state": "", "kind": "wanted", "certainty": "known"},  # blank: ignored
    ])
    errors = iv.check("listings").errors
    assert set(errors) == {"listings[1].state", "listings[2].kind"}
    assert [li.state for li in iv.profile(partial=True).listings] == ["BY"]


def test_entry_with_only_a_choice_left_is_blank_but_a_required_country_is_checked():
    iv = Interview(today=TODAY)
    iv.set("documents", [{"kind": "passport", "issuer": "", "expires": "2027-01-01"}])
    assert iv.check("documents").errors == {"documents[0].issuer": "Choose a country."}


def test_dates_are_checked_and_an_expired_passport_warns_without_blocking():
    iv = Interview(today=TODAY)
    iv.set("documents", [
        {"kind": "passport", "issuer": "BY", "expires": "01.03.2027"},
        {"kind": "passport", "issuer": "BY", "expires": "2020-01-01"},
    ])
    iv.set("protections", [{"state": "LT", "kind": "asylum", "since": "2030-01-01"}])
    docs = iv.check("documents")
    assert set(docs.errors) == {"documents[0].expires"} and "YYYY-MM-DD" in docs.errors["documents[0].expires"]
    assert set(docs.warnings) == {"documents[1].expires"}
    assert set(iv.check("protections").errors) == {"protections[0].since"}


def test_unknown_exposure_is_an_error():
    iv = Interview(today=TODAY)
    iv.set("exposure", ["journalist", "astronaut"])
    assert "exposure" in iv.check("exposure").errors


@pytest.mark.parametrize("kind", [k for k in Kind])
def test_every_kind_of_question_is_used(kind):
    kinds = {q.kind for s in STEPS.values() for q in s.questions} | {
        f.kind for s in STEPS.values() for q in s.questions for f in q.fields
    }
    assert kind in kinds


def test_an_existing_profile_round_trips_through_the_interview():
    original = Profile.model_validate(json.loads(EXAMPLE.read_text()))
    iv = Interview(original, today=TODAY)
    assert iv.answers == answers_from(original)
    walk(iv)
    assert iv.profile() == original


def test_suspected_listings_reopen_as_suspect():
    p = Profile(listings=[{"state": "BY", "kind": "extremist_list", "certainty": "suspected"}])
    assert answers_from(p)["listed"] == "suspect"
    assert answers_from(Profile())["listed"] == "no"


def test_empty_interview_makes_an_empty_profile_once_listed_is_answered():
    iv = Interview(today=TODAY)
    iv.set("listed", "unknown")
    walk(iv)
    assert iv.profile() == Profile()


def test_interview_imports_no_qt():
    import subprocess
    import sys

    code = "import sys, travelrisk.model.interview; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize(
    "typed, code",
    [("Турция", "TR"), ("Грузія", "GE"), ("Туреччина", "TR"), ("Turkiye", "TR"), ("Kasachstan", "KZ"), ("Литва", "LT")],
)
def test_country_names_in_the_languages_exiles_type(typed, code):
    from travelrisk.model.interview import parse_country

    assert parse_country(typed) == code


def test_an_unknown_name_is_still_unknown():
    from travelrisk.model.interview import parse_country

    assert parse_country("Atlantis") is None


@pytest.mark.parametrize(
    "typed, code",
    [
        # everyday English names that differ from pycountry's
        ("Turkey", "TR"), ("turkey", "TR"), ("TURKEY", "TR"), ("Turkiye", "TR"), ("türkiye", "TR"),
        ("Czech Republic", "CZ"), ("Russia", "RU"), ("Iran", "IR"), ("Syria", "SY"),
        ("Vietnam", "VN"), ("Moldova", "MD"), ("Bolivia", "BO"), ("Venezuela", "VE"),
        ("Tanzania", "TZ"), ("Laos", "LA"), ("South Korea", "KR"), ("North Korea", "KP"),
        ("Republic of Korea", "KR"), ("Macedonia", "MK"), ("Ivory Coast", "CI"),
        ("Cote d Ivoire", "CI"), ("Swaziland", "SZ"), ("Cape Verde", "CV"), ("Holland", "NL"),
        ("The Netherlands", "NL"), ("UK", "GB"), ("Britain", "GB"), ("Great Britain", "GB"),
        ("England", "GB"), ("USA", "US"), ("America", "US"), ("United States of America", "US"),
        ("UAE", "AE"), ("Kyrgyzstan", "KG"), ("Kyrgyz Republic", "KG"), ("Vatican", "VA"),
        # pycountry's names written as people write them
        ("Democratic Republic of the Congo", "CD"), ("DR Congo", "CD"), ("Congo-Brazzaville", "CG"),
        ("the Gambia", "GM"),
        ("St. Kitts & Nevis", "KN"), ("Guinea Bissau", "GW"), ("Palestine", "PS"),
        ("British Virgin Islands", "VG"), ("Falkland Islands", "FK"),
        # former names, from pycountry's historic_countries
        ("Burma", "MM"), ("Zaire", "CD"), ("East Timor", "TL"), ("Upper Volta", "BF"),
    ],
)
def test_everyday_english_and_former_names_find_the_country(typed, code):
    assert parse_country(typed) == code


@pytest.mark.parametrize(
    "typed",
    ["Atlantis", "", "   ", "???", "Korea", "Congo", "Virgin Islands", "USSR", "Czechoslovakia", "Yugoslavia"],
)
def test_no_country_or_several_or_a_state_that_is_gone_is_none(typed):
    assert parse_country(typed) is None


@pytest.mark.parametrize("typed, codes", [("Korea", ["KP", "KR"]), ("Congo", ["CD", "CG"]), ("Virgin Islands", ["VG", "VI"])])
def test_a_name_that_fits_several_countries_names_them_all(typed, codes):
    from travelrisk.model.country_names import country_candidates, country_problem

    assert country_candidates(typed) == codes
    problem = country_problem(typed)
    assert "fits more than one country" in problem and all(f"({c})" in problem for c in codes)


@pytest.mark.parametrize("typed, code", [("Kazahstan", "KZ"), ("Britian", "GB"), ("Azerbajan", "AZ"), ("Georiga", "GE")])
def test_a_misspelt_name_gets_a_suggestion(typed, code):
    from travelrisk.model.country_names import country_problem, parse_country, suggest_countries

    assert parse_country(typed) is None
    assert code in suggest_countries(typed)
    assert f"Did you mean" in country_problem(typed) and f"({code})" in country_problem(typed)


def test_every_alias_is_a_name_pycountry_lacks_and_names_a_country():
    import pycountry

    from travelrisk.model import iso
    from travelrisk.model.country_names import _ENGLISH_ALIASES, _country_names, _fold

    for alias, code in _ENGLISH_ALIASES.items():
        assert iso.is_code(code), alias
        with pytest.raises(LookupError):
            pycountry.countries.lookup(alias)  # else the alias is not needed
        assert _country_names()[_fold(alias)] == code, alias  # not another country's name
