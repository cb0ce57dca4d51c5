"""Three-valued (Kleene) logic of the condition language."""

from datetime import date

import pytest
from pydantic import TypeAdapter, ValidationError

from travelrisk import Profile
from travelrisk.language.conditions import Condition, Context

ADAPTER = TypeAdapter(Condition)
# Evaluated below for requester BY, destination BY, a profile with no protections:
T = {"destination_is_requester": {}}
F = {"protected_by": {}}
U = {"interpol_practice": {"arrests_on": "diffusion"}}  # Belarus's practice is not in the fixture


def truth(node, mini_book, destination="BY"):
    cond = ADAPTER.validate_python(node)
    ctx = Context(mini_book, Profile(listings=[{"state": "BY", "kind": "wanted"}]), destination,
                  mini_book.countries.get(destination), "BY", date(2026, 1, 1))
    return cond.evaluate(ctx).truth


@pytest.mark.parametrize(
    "node, expected",
    [
        (T, True), (F, False), (U, None),
        ({"all": [T, T]}, True), ({"all": [T, F]}, False), ({"all": [T, U]}, None), ({"all": [F, U]}, False),
        ({"any": [F, F]}, False), ({"any": [F, T]}, True), ({"any": [F, U]}, None), ({"any": [T, U]}, True),
        ({"not": T}, False), ({"not": F}, True), ({"not": U}, None),
        ({"not": {"all": [U, F]}}, True),
    ],
)
def test_kleene_truth_table(mini_book, node, expected):
    assert truth(node, mini_book) is expected


def test_unknown_predicate_is_rejected():
    with pytest.raises(ValidationError, match="exactly one key"):
        ADAPTER.validate_python({"eval": "1+1"})
    with pytest.raises(ValidationError):
        ADAPTER.validate_python({"listed": {}, "exposure": {}})
    with pytest.raises(ValidationError):
        ADAPTER.validate_python("listed")


def test_party_to_is_unknown_only_where_the_party_list_is_incomplete(mini_book):
    complete = {"party_to": {"instrument": "search-pact", "parties": ["destination"]}}
    incomplete = {"party_to": {"instrument": "open-list", "parties": ["destination"]}}
    assert truth(complete, mini_book, "FR") is False
    assert truth(incomplete, mini_book, "FR") is None
    assert truth(incomplete, mini_book, "AE") is False  # recorded non-party
    assert truth(incomplete, mini_book, "TR") is True


def test_precedent_is_unknown_for_an_unresearched_destination(mini_book):
    node = {"precedent": {"outcomes": ["extradited"], "within_years": 5}}
    assert truth(node, mini_book, "KZ") is True
    assert truth(node, mini_book, "TR") is False  # its record says 2015-2025 was searched
    assert truth(node, mini_book, "FR") is None


def test_no_precedent_on_file_is_a_fact_only_where_someone_looked(mini_book):
    """An empty list is not evidence: KZ has a file but no research record for Belarus's
    deportations, and TR's search reaches back to 2015 only."""
    deported = {"precedent": {"outcomes": ["deported"], "within_years": 5}}
    assert truth(deported, mini_book, "KZ") is None
    assert truth(deported, mini_book, "TR") is False
    unbounded = {"precedent": {"outcomes": ["extradited"]}}
    assert truth(unbounded, mini_book, "TR") is None  # nobody searched before 2015
    ten_years = {"precedent": {"outcomes": ["extradited"], "within_years": 12}}
    assert truth(ten_years, mini_book, "TR") is None
