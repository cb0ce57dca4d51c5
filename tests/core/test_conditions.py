"""Three-valued (Kleene) logic of the condition language."""

from datetime import date
from pathlib import Path

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


def _mini_copy(tmp_path):
    """A copy of the mini fixture rulebook, to change one file of."""
    import shutil

    root = tmp_path / "mini"
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "mini", root)
    return root


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


def _with_notices_record(tmp_path, record: str):
    from travelrisk import load_rulebook

    root = _mini_copy(tmp_path)
    tr = root / "countries" / "tr.toml"
    tr.write_text(tr.read_text(encoding="utf-8") + "\n[research.BY.notices]\n" + record, encoding="utf-8")
    return load_rulebook(root, use_cache=False)


def _practice(book, kind):
    cond = ADAPTER.validate_python({"interpol_practice": {"arrests_on": kind}})
    ctx = Context(book, Profile(listings=[{"state": "BY", "kind": "wanted"}]), "TR",
                  book.countries["TR"], "BY", date(2026, 1, 1))
    return cond.evaluate(ctx)


def test_a_record_of_detentions_on_a_diffusion_says_a_red_notice_is_inferred(tmp_path):
    """TR's general practice is unknown; its record says Belarus's diffusion led to an arrest.
    A red notice is taken to be enough, and the fact says that it is an inference."""
    book = _with_notices_record(tmp_path, (
        'answer = "yes"\ndiffusion = true\ntext = "Fixture: held on a Belarusian diffusion in 2024."\n'
        'searched_on = 2026-01-01\nsources = ["fx-news"]\nconfidence = "reported"\n'))
    red = _practice(book, "red_notice")
    assert red.truth is True
    assert [f.text for f in red.facts] == [
        "Türkiye has detained people Belarus sought through Interpol or an interstate wanted listing, "
        "so a red notice is taken to be "
        "enough: Fixture: held on a Belarusian diffusion in 2024."]
    diffusion = _practice(book, "diffusion")
    assert diffusion.truth is True
    assert [f.text for f in diffusion.facts] == [
        "Türkiye detains on an Interpol diffusion: Fixture: held on a Belarusian diffusion in 2024."]


def test_a_record_that_names_the_red_notice_is_said_as_a_fact(tmp_path):
    book = _with_notices_record(tmp_path, (
        'answer = "yes"\nred_notice = true\ntext = "Fixture: held on a Belarusian red notice."\n'
        'searched_on = 2026-01-01\nsources = ["fx-news"]\nconfidence = "reported"\n'))
    red = _practice(book, "red_notice")
    assert [f.text for f in red.facts] == ["Türkiye detains on a red notice: Fixture: held on a Belarusian red notice."]


def test_a_general_practice_is_quoted_as_such_where_nothing_is_recorded_for_the_requester(tmp_path):
    """TR's general practice is a red-notice arrest of someone another state sought; nothing is
    recorded about Belarus's notices there. The practice holds for Belarus's notices too, and the
    fact says it is the general practice (its cases may be another state's), not Belarus's."""
    from travelrisk import load_rulebook

    root = _mini_copy(tmp_path)
    tr = root / "countries" / "tr.toml"
    tr.write_text(tr.read_text(encoding="utf-8") + (
        '\n[interpol]\narrests_on_red_notice = true\nnote = "Fixture: held on a Russian red notice in 2023."\n'
        'sources = ["fx-news"]\nconfidence = "reported"\n'), encoding="utf-8")
    red = _practice(load_rulebook(root, use_cache=False), "red_notice")
    assert red.truth is True
    assert [f.text for f in red.facts] == [
        "Türkiye detains on a red notice, as its practice in general shows: Fixture: held on a Russian red notice in 2023."]


def _handovers_gap(book, destination="TR", on=date(2026, 1, 1)):
    checklist = book.checklist
    items = checklist.for_predicate("precedent", ["extradited"])
    return checklist.gaps(items, book.countries[destination], "BY", on, since=date(2020, 1, 1))


def test_what_an_open_question_depends_on_says_how_far_the_research_went(tmp_path, mini_book):
    """'Not yet researched' only where nobody looked; a search that found nothing it could
    confirm, or one that does not reach the travel date, says so instead."""
    assert _handovers_gap(mini_book, "KZ") == [
        "whether Kazakhstan has detained or handed over anyone at Belarus's request (not yet researched)"]
    assert _handovers_gap(mini_book, "TR", on=date(2027, 6, 1)) == [
        "whether Türkiye has detained or handed over anyone at Belarus's request after 2025-12-31 "
        "(the last search reached no further)"]
    from travelrisk import load_rulebook

    root = _mini_copy(tmp_path)
    tr = root / "countries" / "tr.toml"
    text = tr.read_text(encoding="utf-8")
    tr.write_text(text.replace('answer = "no"\ntext = "Fixture: news 2015 to 2025 searched; nothing found."\n'
                               'searched_from = 2015-01-01\nsearched_until = 2025-12-31\nsearched_on = 2026-01-01\n'
                               'confidence = "reported"\n',
                               'answer = "no"\ntext = "Fixture: one short search."\nsearched_from = 2015-01-01\n'
                               'searched_until = 2025-12-31\nsearched_on = 2026-01-01\nconfidence = "unverified"\n', 1),
                  encoding="utf-8")
    book = load_rulebook(root, use_cache=False)
    assert _handovers_gap(book) == [
        "whether Türkiye has detained or handed over anyone at Belarus's request "
        "(searched, but the answer is not confirmed)"]


def test_an_older_checklist_that_says_not_yet_researched_itself_is_not_said_twice():
    from travelrisk.model.checklist import ChecklistItem

    item = ChecklistItem(id="handovers", title="t", question="q?", answers="precedent", outcomes=["extradited"],
                         missing="whether {destination_name} has handed anyone over (not yet researched)")
    assert item.missing == "whether {destination_name} has handed anyone over"


def test_no_case_found_on_a_requesters_notices_leaves_the_practice_unknown(tmp_path):
    """TR's general practice is unknown. 'No Belarusian was found held on its notices' does
    not show that Turkish police would not hold one; only a source saying so does."""
    record = 'answer = "no"\ntext = "Fixture: no case found."\nsearched_on = 2026-01-01\nconfidence = "reported"\n'
    assert _practice(_with_notices_record(tmp_path / "a", record), "red_notice").truth is None
    refused = _with_notices_record(tmp_path / "b", record + "red_notice = false\n")
    assert _practice(refused, "red_notice").truth is False


@pytest.mark.parametrize("mechanism, matching, narrower", [
    # the sources say only "an Interpol warrant": never guessed to be a red notice
    ("interpol_alert", ["red_notice", "diffusion", "interpol_alert", "extradition_request"], ["red_notice"]),
    # the sources say only "held as wanted at Minsk's request": no channel is guessed
    ("wanted_listing", ["interstate_search", "interpol_alert", "wanted_listing", "extradition_request"],
     ["interstate_search", "extradition_request"]),
])
def test_a_precedent_of_unknown_channel_counts_as_a_request_but_not_as_a_narrower_one(
        tmp_path, mechanism, matching, narrower):
    """Where the sources do not say how a person came to be held, the precedent says no more
    than they do: a rule that lists its mechanism matches, one that asks only for a narrower
    channel does not (the channel is never guessed), and the precedent still reads as made at
    the requester's request."""
    from travelrisk import load_rulebook
    from travelrisk.language.conditions import precedent_line

    root = _mini_copy(tmp_path)
    kz = root / "countries" / "kz.toml"
    kz.write_text(kz.read_text(encoding="utf-8").replace(
        'mechanism = "interstate_search"', f'mechanism = "{mechanism}"'), encoding="utf-8")
    book = load_rulebook(root, use_cache=False)
    precedent = book.countries["KZ"].precedents[0]
    assert precedent.mechanism.value == mechanism

    def matches(mechanisms):
        cond = ADAPTER.validate_python({"precedent": {"outcomes": ["extradited"], "mechanisms": mechanisms}})
        ctx = Context(book, Profile(listings=[{"state": "BY", "kind": "wanted"}]), "KZ",
                      book.countries["KZ"], "BY", date(2026, 1, 1))
        return cond.evaluate(ctx).truth

    assert matches(matching) is True
    assert matches(narrower) is not True
    assert "at the request of Belarus" in precedent_line(precedent)


def test_a_start_known_only_as_a_bound_is_said_as_the_earliest(tmp_path):
    """A ratification law's day is not the day a treaty took effect: the fact says so."""
    from travelrisk import load_rulebook
    from travelrisk.language.problems import RulebookError

    root = _mini_copy(tmp_path)
    inst = root / "instruments" / "open-list.toml"
    text = inst.read_text(encoding="utf-8")
    inst.write_text(text.replace('state = "TR"\n', 'state = "TR"\nfrom = 2018-02-14\nfrom_is_earliest = true\n', 1),
                    encoding="utf-8")
    book = load_rulebook(root, use_cache=False)
    assert [f.text for f in book.membership("open-list", "TR", date(2026, 1, 1)).facts] == [
        "Türkiye is a party to the Fixture convention with an incomplete party list, since 2018-02-14 at the earliest"]
    assert book.membership("open-list", "TR", date(2018, 2, 13)).truth is not True

    inst.write_text(text.replace('state = "TR"\n', 'state = "TR"\nfrom_is_earliest = true\n', 1), encoding="utf-8")
    with pytest.raises(RulebookError, match="from_is_earliest needs a from date"):
        load_rulebook(root, use_cache=False)


@pytest.mark.parametrize("mechanism, outcome, relation", [
    ("deportation", "deported", "sent to Belarus"),
    ("deportation", "detained_released", "concerning Belarus"),  # held, never sent
    ("rendition", "rendered", "handed to Belarus"),
    ("rendition", "handed_over", "handed to Belarus"),  # a handover of unknown legal form happened
    ("deportation", "handed_over", "sent to Belarus"),
    ("rendition", "extradition_refused", "concerning Belarus"),
    ("extradition_request", "detained_pending", "at the request of Belarus"),
    ("interstate_search", "refused_entry", "concerning Belarus"),  # a refusal says nothing of a pursuit
])
def test_a_precedent_line_claims_only_what_happened(tmp_path, mechanism, outcome, relation):
    from travelrisk import load_rulebook
    from travelrisk.language.conditions import precedent_line

    root = _mini_copy(tmp_path)
    kz = root / "countries" / "kz.toml"
    text = kz.read_text(encoding="utf-8")
    text = text.replace('mechanism = "interstate_search"', f'mechanism = "{mechanism}"', 1)
    kz.write_text(text.replace('outcome = "extradited"', f'outcome = "{outcome}"', 1), encoding="utf-8")
    line = precedent_line(load_rulebook(root, use_cache=False).countries["KZ"].precedents[0])
    assert line.endswith(f", {relation})")
