"""rules/README.md lists every country by the depth of its research, as the rulebook has it:
regenerate with `travelrisk rules info --coverage` when a file's depth changes."""

from pathlib import Path

from travelrisk import load_rulebook
from travelrisk.model.iso import all_codes
from travelrisk.language.loader import bundled_rules_path
from travelrisk.language.quality import coverage

README = Path(__file__).resolve().parents[2] / "rules" / "README.md"
BOOK = load_rulebook(bundled_rules_path(), use_cache=False)


def test_the_readme_lists_each_countrys_depth_as_the_rulebook_has_it():
    text = README.read_text(encoding="utf-8")
    start, end = text.index("<!-- coverage -->\n"), text.index("<!-- /coverage -->")
    listed = text[start + len("<!-- coverage -->\n"):end].strip()
    assert listed == "\n".join(coverage(BOOK)).strip(), "run: travelrisk rules info --coverage"


def test_every_un_member_state_and_the_named_territories_have_a_file():
    members = {p.state for p in BOOK.instruments["un-charter"].parties}
    assert len(members) == 193
    wanted = members | ({"TW", "HK", "MO", "PS"} & set(all_codes()))
    assert sorted(wanted - set(BOOK.countries)) == []


def test_at_least_thirty_destinations_are_researched_thoroughly():
    thorough = [c for c, f in BOOK.countries.items() if f.depth.value == "thorough"]
    assert len(thorough) >= 30, sorted(thorough)
