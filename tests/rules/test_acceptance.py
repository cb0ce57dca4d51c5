"""The answers the project exists for, checked against the bundled rulebook."""

from datetime import date

import pytest

from travelrisk import Level, Profile, assess, assess_world

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
    inst = book.instruments["cis-search-2010"]
    members = {p.state for p in inst.parties if p.valid_on(on)}
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
