"""Property: adding a listing or an exposure never lowers any destination's level."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from travelrisk import Level, Profile, assess_world
from travelrisk.profile import Certainty, Exposure, ListingKind

STATES = ["BY", "RU", "KZ", "AM", "GE", "UA", "TJ", "UZ"]
DATES = [date(2012, 1, 1), date(2022, 6, 1), date(2026, 11, 25)]

listings = st.builds(
    dict,
    state=st.sampled_from(STATES),
    kind=st.sampled_from([k.value for k in ListingKind]),
    certainty=st.sampled_from([c.value for c in Certainty]),
)
exposures = st.sampled_from([e.value for e in Exposure])
profiles = st.builds(
    dict,
    citizenships=st.lists(st.sampled_from(STATES), max_size=2, unique=True),
    exposure=st.lists(exposures, max_size=2, unique=True),
    listings=st.lists(listings, max_size=2),
)
additions = st.one_of(
    st.builds(lambda l: ("listings", l), listings),
    st.builds(lambda e: ("exposure", e), exposures),
)


def not_lower(before: Level, after: Level) -> bool:
    if before is Level.UNKNOWN:
        return True  # anything learned about an unanswered destination is allowed
    if after is Level.UNKNOWN:
        return False
    return after >= before


def check(book, base: dict, addition, on: date) -> None:
    field, value = addition
    grown = {**base, field: [*base[field], value]}
    before = assess_world(Profile.model_validate(base), on=on, rulebook=book)
    after = assess_world(Profile.model_validate(grown), on=on, rulebook=book)
    lowered = {c: (before[c].level.value, after[c].level.value) for c in before if not not_lower(before[c].level, after[c].level)}
    assert not lowered, f"adding {addition} lowered {lowered}"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(base=profiles, addition=additions, on=st.sampled_from(DATES))
def test_fixture_rulebook_is_monotonic(mini_book, base, addition, on):
    check(mini_book, base, addition, on)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(base=profiles, addition=additions, on=st.sampled_from(DATES))
def test_bundled_rulebook_is_monotonic(book, base, addition, on):
    check(book, base, addition, on)
