"""The answers the project exists for, checked against the bundled rulebook."""

from datetime import date
from pathlib import Path

import pytest

from travelrisk import Level, Profile, assess, assess_world, load_rulebook

ON = date(2026, 11, 25)
JOURNALIST_WANTED_BY_RU = Profile(
    citizenships=["BY"], exposure={"journalist"}, listings=[{"state": "RU", "kind": "wanted"}]
)


def test_belarusian_journalist_wanted_by_russia_in_russia_is_severe(book):
    a = assess(JOURNALIST_WANTED_BY_RU, "RU", on=ON, rulebook=book)
    assert a.level is Level.SEVERE
    texts = " ".join(f.text for f in a.findings)
    cited = {s.id for f in a.findings for s in f.sources}
    # The CIS agreement is named, with the sources of its party facts.
    cis_name = book.instruments["cis-search-2010"].name
    cis = [f for f in a.findings if cis_name in f.text]
    assert cis, texts
    assert all(f.sources for f in cis)
    # Russia's handovers of Belarusians are named, with their sources.
    handed = [f for f in a.findings if f.rule_id.startswith("handed-over")]
    assert handed and "16" in " ".join(handed[0].facts + [handed[0].text]), texts
    assert cited


def test_unresearched_destination_is_unknown(book):
    unresearched = [c for c, a in assess_world(JOURNALIST_WANTED_BY_RU, on=ON, rulebook=book).items()
                    if not a.researched and a.level is Level.UNKNOWN]
    assert unresearched, "every country researched? then pick another test"
    a = assess(JOURNALIST_WANTED_BY_RU, unresearched[0], on=ON, rulebook=book)
    assert a.level is Level.UNKNOWN and a.open_questions


def cis_search_parties_with(book, state: str, on: date) -> list[str]:
    """The states certainly bound with ``state`` (an unverified party entry is an open question)."""
    from travelrisk.model.sources import Confidence

    inst = book.instruments["cis-search-2010"]
    members = {p.state for p in inst.parties if p.valid_on(on) and p.confidence is not Confidence.UNVERIFIED}
    return sorted(members - {state}) if state in members else []


def test_interstate_wanted_by_belarus_is_at_least_high_wherever_the_cis_search_treaty_applies(book):
    p = Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "interstate_wanted"}])
    states = cis_search_parties_with(book, "BY", ON)
    assert len(states) >= 5, states
    for code in states:
        a = assess(p, code, on=ON, rulebook=book)
        assert a.level >= Level.HIGH, (code, a.level)
        naming = [f for f in a.findings if book.instruments["cis-search-2010"].name in f.text]
        assert naming, f"{code}: no finding names the CIS search treaty"
        assert all(f.sources for f in naming), code


@pytest.mark.parametrize("code", ["DE", "LT", "PL"])
def test_eu_states_are_not_rated_like_cis_states(book, code):
    p = Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "interstate_wanted"}])
    assert assess(p, code, on=ON, rulebook=book).level < Level.HIGH


ISSUE_DESTINATIONS = (
    "AM AZ BY GE KG KZ MD RU TJ TM UA UZ EE LV LT TR AE QA RS ME MK AL BA IL EG TH VN ID CN IN MN LK "
    "AT BE BG HR CY CZ DK FI FR DE GR HU IE IT LU MT NL PL PT RO SK SI ES SE NO CH GB US CA AR BR MX"
).split()


def test_at_least_sixty_destinations_are_researched(book):
    assert len(book.countries) >= 60
    missing = [c for c in ISSUE_DESTINATIONS if c not in book.countries]
    assert not missing, missing


def test_every_destination_says_what_was_searched_or_found(book):
    for code, country in book.countries.items():
        assert country.precedents or country.searched, f"{code}: no precedent and no 'searched' note"


# --- never falsely safe ---------------------------------------------------------------------

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "examples").glob("*.json"))


def _profiles():
    from travelrisk.language.loader import bundled_rules_path

    checklist = load_rulebook(bundled_rules_path(), use_cache=False).scenarios
    out = [(p.stem, Profile.model_validate_json(p.read_text()), ON) for p in EXAMPLES]
    out += [(s.name, s.profile, s.on or checklist.on) for s in checklist.scenarios]
    return out


def test_nothing_is_low_and_settled_unless_every_checklist_question_was_answered(book):
    """An empty list is not evidence: a destination may look safe (a settled low) only where
    its research record answers every checklist question for every state that pursues the
    person."""
    items = [i.id for i in book.checklist.items]
    checked = 0
    for name, profile, on in _profiles():
        requesters = list(profile.requesters(book.requesters))
        for code, a in assess_world(profile, on=on, rulebook=book).items():
            if not (a.level is Level.LOW and a.settled):
                continue
            checked += 1
            country = book.countries.get(code)
            assert country is not None, f"{name}: {code} is a settled low without research"
            for r in requesters:
                if r == code:
                    continue
                missing = [i for i in items if not ((ans := country.answer(r, i)) and ans.answered)]
                assert not missing, f"{name}: {code} is a settled low, but for {r} nobody answered {missing}"
    assert _profiles(), "no profiles to walk"


def test_a_destination_nobody_researched_could_be_anything(book):
    world = assess_world(JOURNALIST_WANTED_BY_RU, on=ON, rulebook=book)
    for code, a in world.items():
        if not a.researched:
            assert a.ceiling is Level.SEVERE and not a.settled, code
