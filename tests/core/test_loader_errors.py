"""Each kind of broken rulebook file gives an error naming its file and field."""

import shutil
from pathlib import Path

import pytest

from travelrisk import load_rulebook
from travelrisk.language.loader import RulebookError

MINI = Path(__file__).parents[1] / "fixtures" / "mini"


@pytest.fixture
def rules(tmp_path):
    root = tmp_path / "rules"
    shutil.copytree(MINI, root)
    return root


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"fixture changed: {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1))


def problems(root: Path) -> list[str]:
    with pytest.raises(RulebookError) as exc:
        load_rulebook(root)
    return [str(p) for p in exc.value.problems]


def test_fixture_itself_loads(rules):
    assert len(load_rulebook(rules).rules) == 5


CASES = [
    # (file, old, new, expected substring of a problem)
    ("countries/kz.toml", 'country = "KZ"', 'country = "KZ', "rules/countries/kz.toml: not valid TOML"),
    ("countries/kz.toml", 'who = "A fixture person"', 'who = "A fixture person"\nvictim = "x"',
     "rules/countries/kz.toml: precedents[0].victim: unknown field"),
    ("countries/kz.toml", "date = 2023-03-04\n", "", "rules/countries/kz.toml: precedents[0].date: required field is missing"),
    ("countries/kz.toml", 'requester = "BY"', 'requester = "XX"', "rules/countries/kz.toml: precedents[0].requester: not a country"),
    ("countries/kz.toml", 'requester = "BY"', 'requester = "AM"', "rules/countries/kz.toml: precedents[0].requester: unknown requester 'AM'"),
    ("countries/kz.toml", 'outcome = "extradited"', 'outcome = "vanished"', "rules/countries/kz.toml: precedents[0].outcome:"),
    ("countries/kz.toml", 'mechanism = "interstate_search"\noutcome = "extradited"\nsources = ["fx-news"]',
     'mechanism = "interstate_search"\noutcome = "extradited"\nsources = []', "rules/countries/kz.toml: precedents[0].sources:"),
    ("instruments/search-pact.toml", "from = 2013-10-16", "from = 2013-10-16\nuntil = 2012-01-01",
     "rules/instruments/search-pact.toml: parties[1]: until (2012-01-01) is before from"),
    ("instruments/search-pact.toml", 'state = "KZ"\nfrom = 2013-10-16\nsources = ["fx-treaty"]',
     'state = "KZ"\nfrom = 2013-10-16\nsources = ["fx-nowhere"]', "rules/instruments/search-pact.toml: parties[1].sources[0]: cites unknown source 'fx-nowhere'"),
    ("instruments/search-pact.toml", 'id = "search-pact"', 'id = "pact"', "rules/instruments/search-pact.toml: id: is 'pact' but the file is named"),
    ("logic/pact-listed.toml", 'instrument = "search-pact"', 'instrument = "no-such-pact"', "rules/logic/pact-listed.toml: when: unknown instrument 'no-such-pact'"),
    ("logic/pact-listed.toml", "{destination_name} and", "{country} and", "rules/logic/pact-listed.toml: text: unknown placeholder {country}"),
    ("logic/pact-listed.toml", "{ not = { destination_is_requester = {} } }", "{ nope = {} }", "rules/logic/pact-listed.toml: when.all[2]: a condition needs exactly one key"),
    ("logic/pact-listed.toml", 'level = "high"', 'level = "extreme"', "rules/logic/pact-listed.toml: level:"),
    ("logic/red-notice.toml", 'arrests_on = "red_notice"', 'arrests_on = "red_notice", when = 1',
     "rules/logic/red-notice.toml: when.all[1].interpol_practice.when: unknown field"),
    ("requesters/by.toml", 'stance = "refuses_political"', 'stance = "refuses_political"\nuntil = 2020-01-01',
     "rules/requesters/by.toml: interpol[0]: until"),
    ("sources.toml", 'publisher = "Fixture News"', 'publisher = "Fixture News"\nauthor = "x"', "rules/sources.toml: source.fx-news.author: unknown field"),
    ("sources.toml", "date = 2010-12-10", "date = 2010-13-10", "rules/sources.toml: not valid TOML"),
]


@pytest.mark.parametrize("file, old, new, expected", CASES, ids=[c[3].split(": ")[1] if ": " in c[3] else c[0] for c in CASES])
def test_broken_file_names_file_and_field(rules, file, old, new, expected):
    edit(rules / file, old, new)
    found = problems(rules)
    assert any(expected in p for p in found), "\n".join(found)


def test_rule_without_tests_is_an_error(rules):
    path = rules / "logic" / "protection.toml"
    text = path.read_text()
    path.write_text(text[: text.index("[[tests]]")])
    assert any("rules/logic/protection.toml: tests:" in p for p in problems(rules))


def test_duplicate_source_id_is_an_error(rules):
    (rules / "countries" / "kz.toml").write_text(
        (rules / "countries" / "kz.toml").read_text()
        + '\n[source.fx-news]\ntitle = "again"\npublisher = "x"\ndate = 2020-01-01\n'
    )
    assert any(
        p.startswith("rules/countries/kz.toml: source.fx-news: source id already defined in rules/sources.toml")
        for p in problems(rules)
    )


def test_all_problems_are_reported_at_once(rules):
    edit(rules / "countries/kz.toml", 'requester = "BY"', 'requester = "XX"')
    edit(rules / "logic/pact-listed.toml", 'level = "high"', 'level = "extreme"')
    edit(rules / "instruments/search-pact.toml", 'id = "search-pact"', 'id = "pact"')
    found = problems(rules)
    assert len(found) >= 3
    assert {p.split(":")[0] for p in found} >= {
        "rules/countries/kz.toml",
        "rules/logic/pact-listed.toml",
        "rules/instruments/search-pact.toml",
    }


def test_stray_file_is_reported(rules):
    (rules / "notes.toml").write_text("x = 1\n")
    assert any(p.startswith("rules/notes.toml: not part of the rulebook layout") for p in problems(rules))
