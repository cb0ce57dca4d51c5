"""Properties of the range: ``level <= ceiling`` everywhere; adding a listing or an exposure
never lowers either end; answering an open question moves both ends inward."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from travelrisk import Level, Profile, assess_world
from travelrisk.model.profile import Certainty, Exposure, ListingKind

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


def in_range(a) -> bool:
    """The level is at most the ceiling, and the answer is settled exactly when they meet."""
    if a.level is Level.UNKNOWN:
        # not researched (could be anything), or a profile naming nobody who pursues the person
        return not a.settled and (a.ceiling is Level.SEVERE or (a.ceiling is Level.UNKNOWN and not a.requesters))
    return a.level <= a.ceiling and a.settled == (a.level is a.ceiling)


def check(book, base: dict, addition, on: date) -> None:
    field, value = addition
    grown = {**base, field: [*base[field], value]}
    before = assess_world(Profile.model_validate(base), on=on, rulebook=book)
    after = assess_world(Profile.model_validate(grown), on=on, rulebook=book)
    assert all(in_range(a) for a in before.values()) and all(in_range(a) for a in after.values())
    lowered = {c: (before[c].level.value, after[c].level.value) for c in before if not not_lower(before[c].level, after[c].level)}
    assert not lowered, f"adding {addition} lowered {lowered}"
    lowered = {c: (before[c].ceiling.value, after[c].ceiling.value) for c in before
               if not not_lower(before[c].ceiling, after[c].ceiling)}
    assert not lowered, f"adding {addition} lowered the ceiling of {lowered}"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(base=profiles, addition=additions, on=st.sampled_from(DATES))
def test_fixture_rulebook_is_monotonic(mini_book, base, addition, on):
    check(mini_book, base, addition, on)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(base=profiles, addition=additions, on=st.sampled_from(DATES))
def test_bundled_rulebook_is_monotonic(book, base, addition, on):
    check(book, base, addition, on)


# --- answering an open question -------------------------------------------------------------

ITEMS = ["treaty", "handovers", "notices", "removals"]


def answered(book, code: str, requester: str, item: str, answer: str, on: date):
    """A copy of ``book`` in which ``code``'s research record answers ``item`` for ``requester``
    (a search reaching back to 1990, done on ``on``), or None if it was answered already."""
    from dataclasses import replace

    from travelrisk.model.country import ResearchAnswer, ResearchRecord

    country = book.countries[code]
    old = country.answer(requester, item)
    if old is not None and old.answered:
        return None
    done = ResearchAnswer(answer="no" if answer == "no" else "yes", text="A search for the property test.",
                          searched_from=date(1990, 1, 1), searched_on=on, sources=["test-source"],
                          confidence="reported")
    if item == "treaty" and answer == "yes":
        return None  # a 'yes' treaty needs an instrument: not an answer a test can invent
    record = country.research.get(requester) or ResearchRecord(reviewed=on)
    record = record.model_copy(update={"answers": {**record.answers, item: done}, "reviewed": max(on, record.reviewed)})
    grown = country.model_copy(update={"research": {**country.research, requester: record}})
    if item in ("handovers", "removals") and answer == "yes":
        from travelrisk.model.country import Precedent

        outcome = "extradited" if item == "handovers" else "deported"
        case = Precedent(date=date(on.year - 1, 1, 1), requester=requester, who="A test case",
                         mechanism="extradition_request" if item == "handovers" else "deportation",
                         outcome=outcome, sources=["test-source"], confidence="reported")
        grown = grown.model_copy(update={"precedents": [*grown.precedents, case]})
    countries = {**dict(book.countries.items()), code: grown}
    from travelrisk.model.sources import Source

    sources = {**dict(book.sources.items()),
               "test-source": Source(id="test-source", title="A test", publisher="Tests", date=on, kind="press")}
    return replace(book, countries=countries, sources=sources, memo={}, answers={}, _membership={}, _matching={}, _parties={},
                   _non_parties=set(), _compiled={}, _gates={})


def inward(book, base: dict, code: str, requester: str, item: str, answer: str, on: date) -> None:
    from travelrisk import assess

    changed = answered(book, code, requester, item, answer, on)
    if changed is None:
        return
    profile = Profile.model_validate(base)
    before = assess(profile, code, on=on, rulebook=book)
    after = assess(profile, code, on=on, rulebook=changed)
    assert in_range(before) and in_range(after)
    if not before.requesters:
        assert after.level is before.level is Level.UNKNOWN  # nothing is known of the person
        return
    assert after.level >= before.level, (code, requester, item, answer, before.level, after.level)
    assert after.ceiling <= before.ceiling, (code, requester, item, answer, before.ceiling, after.ceiling)


TODAY = date(2026, 11, 25)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(base=profiles, requester=st.sampled_from(["BY", "RU"]), item=st.sampled_from(ITEMS),
       answer=st.sampled_from(["yes", "no"]), pick=st.integers(min_value=0, max_value=10_000))
def test_answering_an_open_question_moves_both_ends_inward(book, base, requester, item, answer, pick):
    codes = sorted(book.countries)
    inward(book, base, codes[pick % len(codes)], requester, item, answer, TODAY)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(base=profiles, item=st.sampled_from(ITEMS), answer=st.sampled_from(["yes", "no"]),
       code=st.sampled_from(["KZ", "TR", "BY"]))
def test_answering_an_open_question_moves_both_ends_inward_fixture(mini_book, base, item, answer, code):
    base = {**base, "citizenships": [c for c in base["citizenships"] if c in ("BY", "RU")]}
    inward(mini_book, base, code, "BY", item, answer, date(2026, 1, 1))
