"""A refused request is not a detention: the rulebook says which refusals followed an arrest."""

from __future__ import annotations

from datetime import date

from travelrisk import Profile, assess
from travelrisk.model.country import Outcome

WANTED_BY_BELARUS = Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}])


def test_a_request_refused_while_the_person_was_free_is_not_called_a_detention(book):
    """Latvia refused Belarus's request for Valery Tsepkalo in June 2021 without ever holding
    him: within five years of it, nothing may tell a reader Latvia 'detained people Belarus
    wanted' on the strength of his case."""
    tsepkalo = [p for p in book.countries["LV"].precedents if "Tsepkalo" in p.who]
    assert [p.outcome for p in tsepkalo] == [Outcome.REQUEST_REFUSED]
    a = assess(WANTED_BY_BELARUS, "LV", on=date(2026, 6, 1), rulebook=book)
    assert "detained-recently" not in {f.rule_id for f in a.findings}


def test_a_refusal_after_an_arrest_still_warns_of_detention(book):
    """Poland's courts refused Belarus's extraditions of people it had held: that is a
    detention, and the warning stands."""
    held = [p for p in book.countries["PL"].precedents if p.outcome is Outcome.EXTRADITION_REFUSED]
    assert held
    a = assess(WANTED_BY_BELARUS, "PL", on=date(2026, 11, 25), rulebook=book)
    assert "detained-recently" in {f.rule_id for f in a.findings}


def test_a_refusal_whose_custody_is_not_known_claims_no_detention(book):
    """Germany's courts refused Russia a man in March 2022, and no source says whether he was
    held meanwhile: the case is neither a detention nor a refusal of someone left free, so no
    finding or open question about detentions rests on it, and its words say what is known."""
    from travelrisk.language.i18n import words

    case = [p for p in book.countries["DE"].precedents if p.date == date(2022, 3, 11)]
    assert [p.outcome for p in case] == [Outcome.REFUSED_CUSTODY_UNKNOWN]
    wanted_by_russia = Profile(citizenships=["RU"], listings=[{"state": "RU", "kind": "wanted"}])
    a = assess(wanted_by_russia, "DE", on=date(2026, 11, 25), rulebook=book)
    said = [fact for f in a.findings for fact in f.facts] + [c.text for c in a.caveats]
    assert not any(case[0].who in text for text in said)
    assert words(book, "en").table("facts", "outcome_refused_custody_unknown") == (
        "extradition refused; whether the person was held is not known")
    assert "неизвестно" in words(book, "ru").table("facts", "outcome_refused_custody_unknown")
