"""The reviewer's checks, applied by `travelrisk rules validate` and `rules sign`: one id a
page, 'established' only on a primary or legal-database source, text written for the reader."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from travelrisk.language.loader import bundled_rules_path, load_rulebook

MINI = Path(__file__).resolve().parents[1] / "fixtures" / "mini"


def validate(folder):
    return subprocess.run([sys.executable, "-m", "travelrisk", "rules", "validate", str(folder)],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture
def rules(tmp_path):
    out = tmp_path / "rules"
    shutil.copytree(MINI, out)
    assert validate(out).returncode == 0
    return out


def test_the_bundled_rulebook_passes_every_check():
    p = validate(bundled_rules_path())
    assert p.returncode == 0, p.stderr
    info = subprocess.run([sys.executable, "-m", "travelrisk", "rules", "info", "--quality"],
                          capture_output=True, text=True, timeout=300).stdout
    assert "duplicated URLs 0" in info
    assert "established facts without a primary or legal-database source 0" in info


def add_source(rules, sid: str, url: str) -> None:
    """A press source, defined in the shared sources file and cited by nothing."""
    src = rules / "sources.toml"
    src.write_text(src.read_text() + f'\n[source.{sid}]\ntitle = "A page"\npublisher = "Fixture News"\n'
                   f'date = 2023-03-05\nkind = "press"\nurl = "{url}"\n')


def test_two_ids_for_one_page_are_refused(rules):
    add_source(rules, "fx-news-again", "https://example.org/news/")
    p = validate(rules)
    assert p.returncode == 2 and "source.fx-news-again.url" in p.stderr and "fx-news" in p.stderr


def test_a_source_nothing_cites_is_refused(rules):
    add_source(rules, "fx-uncited", "https://example.org/uncited")
    p = validate(rules)
    assert p.returncode == 2 and "source.fx-uncited" in p.stderr and "nothing cites this source" in p.stderr
    assert p.stderr.count("nothing cites") == 1  # every other source of the fixture is cited


def test_established_on_a_press_report_alone_is_refused(rules):
    src = rules / "sources.toml"
    src.write_text(src.read_text().replace('kind = "primary"', 'kind = "press"'))
    p = validate(rules)
    assert p.returncode == 2 and "'established' needs a primary or legal-database source" in p.stderr
    assert "search-pact.toml" in p.stderr


@pytest.mark.parametrize("note", [
    "Whether it applies the pact: see the instrument files.",
    "Whether it takes part in the pact belongs to the instruments files.",
    "The date was not found; the file name therefore has no year.",
    "Kazakhstan has a country file but nothing on record raises it.",
    "Nothing in the corpus says whether it applies.",
    "A second detention is an unconfirmed lead, not encoded.",
    "Not a precedent, because the outcome field has no value for an approval.",
])
def test_a_research_note_shown_to_the_reader_is_refused(rules, note):
    kz = rules / "countries" / "kz.toml"
    kz.write_text(kz.read_text() + f'\n[[questions]]\ntext = "{note}"\n')
    p = validate(rules)
    assert p.returncode == 2 and "kz.toml: questions[0].text" in p.stderr and "research note" in p.stderr


def test_habeas_corpus_is_a_readers_word(rules):
    """The legal remedy is named in court reports; only the search tool's "corpus" is refused."""
    kz = rules / "countries" / "kz.toml"
    kz.write_text(kz.read_text() + '\n[[questions]]\ntext = "Whether a habeas corpus petition stops a handover."\n')
    p = validate(rules)
    assert p.returncode == 0, p.stderr


def test_a_thorough_file_that_leaves_a_checklist_item_open_is_refused(rules):
    checklist = rules / "checklist.toml"
    checklist.write_text(checklist.read_text().replace("valid_for_days = 365\n",
                                                       'valid_for_days = 365\nthorough_for = ["BY"]\n'))
    assert validate(rules).returncode == 0  # a basic file may leave items open
    tr = rules / "countries" / "tr.toml"
    tr.write_text(tr.read_text().replace('country = "TR"\n', 'country = "TR"\ndepth = "thorough"\n'))
    p = validate(rules)
    assert p.returncode == 2 and "tr.toml: research.BY" in p.stderr and "open: notices" in p.stderr


def quality(folder):
    return subprocess.run([sys.executable, "-m", "travelrisk", "rules", "info", "--quality", str(folder)],
                          capture_output=True, text=True, timeout=300).stdout


def test_the_report_counts_why_sources_are_weak_and_the_facts_that_rest_on_them_alone(rules):
    assert "facts resting only on weak sources 0 " in quality(rules)
    # The news report read through a copy: weak, and every fact citing it alone now rests on a copy.
    alone = sum(f.read_text().count('sources = ["fx-news"]') for f in rules.rglob("*.toml"))
    assert alone >= 2
    src = rules / "sources.toml"
    src.write_text(src.read_text().replace('url = "https://example.org/news"',
                                           'url = "https://example.org/news"\nvia = "https://mirror.example/news"'))
    out = quality(rules)
    assert "weak sources (mirrors, copies, state media, no kind) 1 " in out
    assert "  read in a copy      1" in out
    assert f"facts resting only on weak sources {alone} " in out
    # A fact that also cites the treaty text does not rest on the copy alone.
    kz = rules / "countries" / "kz.toml"
    kz.write_text(kz.read_text().replace('sources = ["fx-news"]', 'sources = ["fx-news", "fx-treaty"]', 1))
    assert f"facts resting only on weak sources {alone - 1} " in quality(rules)


def test_info_weak_lists_each_fact_that_rests_on_weak_sources_alone(rules):
    """The research worklist: file, field, confidence and each source with why it is weak; a
    fact that also cites a better source is not on it."""
    def weak():
        return subprocess.run([sys.executable, "-m", "travelrisk", "rules", "info", "--weak", str(rules)],
                              capture_output=True, text=True, timeout=300).stdout.splitlines()

    assert weak() == []
    src = rules / "sources.toml"
    src.write_text(src.read_text().replace('url = "https://example.org/news"',
                                           'url = "https://example.org/news"\nvia = "https://mirror.example/news"'))
    kz = rules / "countries" / "kz.toml"
    kz.write_text(kz.read_text().replace('sources = ["fx-news"]', 'sources = ["fx-news", "fx-treaty"]', 1))
    lines = weak()
    alone = sum(f.read_text().count('sources = ["fx-news"]') for f in rules.rglob("*.toml"))
    assert len(lines) == alone >= 1
    assert all(line.endswith("fx-news (read in a copy)") for line in lines)
    assert "rules/countries/tr.toml  entry[0]  reported  fx-news (read in a copy)" in lines
    assert lines == sorted(lines)


def test_info_sample_picks_facts_to_audit_the_same_way_for_the_same_seed(rules):
    """An audit that can be repeated: N distinct facts of the rulebook, each with its file, field,
    confidence and sources; the same seed picks the same facts, another seed others; --confidence
    keeps to one confidence."""
    def sample(*flags):
        p = subprocess.run([sys.executable, "-m", "travelrisk", "rules", "info", str(rules), "--sample", *flags],
                           capture_output=True, text=True, timeout=300)
        assert p.returncode == 0, p.stderr
        return p.stdout.splitlines()

    everything = sample("1000")
    facts = len(everything)
    assert facts > 5 and len(set(everything)) == facts  # more asked than there are: each fact once
    assert "rules/countries/tr.toml  entry[0]  reported  fx-news" in everything
    three = sample("3", "--seed", "7")
    assert len(three) == 3 and set(three) <= set(everything) and three == sample("3", "--seed", "7")
    assert any(sample("3", "--seed", str(s)) != three for s in range(8, 14))
    established = [line for line in everything if line.split("  ")[2] == "established"]
    assert 0 < len(established) < facts
    assert sorted(sample("1000", "--confidence", "established")) == sorted(established)
    bad = subprocess.run([sys.executable, "-m", "travelrisk", "rules", "info", str(rules), "--sample", "0"],
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and "--sample" in bad.stderr


# How the fixture's treaty and handovers answers end, and the confidence each states.
TREATY_END = 'Belarus."\nsearched_on = 2026-01-01\n'
HANDOVERS_END = 'searched_until = 2025-12-31\nsearched_on = 2026-01-01\n'
REPORTED = 'confidence = "reported"\n'


def without_confidence(text: str, end: str) -> str:
    """The fixture's first answer ending so, its confidence left out."""
    return text.replace(end + REPORTED, end, 1)


def test_a_thorough_file_with_more_than_one_unconfirmed_answer_is_refused(rules):
    checklist = rules / "checklist.toml"
    checklist.write_text(checklist.read_text().replace("valid_for_days = 365\n",
                                                       'valid_for_days = 365\nthorough_for = ["BY"]\n'))
    tr = rules / "countries" / "tr.toml"
    notices = ('\n[research.BY.notices]\nanswer = "no"\ntext = "Fixture: one short search."\n'
               'searched_on = 2026-01-01\nconfidence = "unverified"\n')
    text = tr.read_text().replace('country = "TR"\n', 'country = "TR"\ndepth = "thorough"\n') + notices
    tr.write_text(text)
    assert validate(rules).returncode == 0  # one unconfirmed answer is allowed
    unsure = TREATY_END + 'confidence = "unverified"\n'
    tr.write_text(without_confidence(text, TREATY_END).replace(TREATY_END, unsure, 1))
    p = validate(rules)
    assert p.returncode == 2 and "tr.toml: depth" in p.stderr and "BY.treaty, BY.notices" in p.stderr


def test_an_answer_without_a_confidence_is_refused(rules):
    # Without one, a 'no' from any search reads as confirmed and closes its question.
    tr = rules / "countries" / "tr.toml"
    tr.write_text(without_confidence(tr.read_text(), TREATY_END))
    p = validate(rules)
    assert p.returncode == 2 and "tr.toml: research.BY.treaty.confidence: required" in p.stderr
    # A reviewer's check: a pack made before it still loads, the answer read as before.
    book = load_rulebook(rules, use_cache=False)
    assert book.countries["TR"].research["BY"].answers["treaty"].answered


SHORT = ["a short search (two queries) of news 2015 to 2025; nothing found.",
         "news 2015 to 2025 was searched briefly; nothing found.",
         "news 2015 to 2025 searched for the region; nothing found. The search was short and not specific to Turkey."]


@pytest.mark.parametrize("confidence", ["", 'confidence = "reported"\n'])
@pytest.mark.parametrize("said", SHORT)
def test_nothing_found_in_a_short_search_is_not_a_fact(rules, confidence, said):
    tr = rules / "countries" / "tr.toml"
    text = without_confidence(tr.read_text(), HANDOVERS_END)
    old = 'text = "Fixture: news 2015 to 2025 searched; nothing found."\n'
    new = f'text = "Fixture: {said}"\n' + confidence
    tr.write_text(text.replace(old, new, 1))
    p = validate(rules)
    assert p.returncode == 2 and "tr.toml: research.BY.handovers.confidence" in p.stderr and "lead" in p.stderr
    # A reviewer's check: a rulebook made before it (a pack people have, an old one to diff
    # against) still loads, and the negative counts as it did.
    book = load_rulebook(rules, use_cache=False)
    assert book.countries["TR"].research["BY"].answers["handovers"].answered
    tr.write_text(text.replace(old, new.replace(confidence, "") + 'confidence = "unverified"\n', 1))
    assert validate(rules).returncode == 0


HANDOVERS_NO = '''[research.BY.handovers]
answer = "no"
text = "Fixture: news 2015 to 2025 searched; nothing found."'''
HANDOVERS_YES = '''[research.BY.handovers]
answer = "yes"
sources = ["fx-news"]
confidence = "{confidence}"
text = "Fixture: one handover at Belarus's request was reported."'''
PRECEDENT = '''
[[precedents]]
date = 2024-05-06
requester = "BY"
who = "A fixture person handed over"
mechanism = "{mechanism}"
outcome = "{outcome}"
sources = ["fx-news"]
confidence = "reported"
'''


def add_precedent(rules, mechanism: str, outcome: str = "detained_pending", summary: str = "") -> None:
    tr = rules / "countries" / "tr.toml"
    block = PRECEDENT.format(mechanism=mechanism, outcome=outcome)
    if summary:
        block = block.replace('sources = ["fx-news"]', f'summary = "{summary}"\nsources = ["fx-news"]')
    tr.write_text(tr.read_text().replace("\n[research.BY]\n", block + "\n[research.BY]\n", 1))


def answer_yes(rules, confidence="reported", precedent=None):
    tr = rules / "countries" / "tr.toml"
    text = tr.read_text()
    assert HANDOVERS_NO in text
    text = without_confidence(text, HANDOVERS_END)
    tr.write_text(text.replace(HANDOVERS_NO, HANDOVERS_YES.format(confidence=confidence)))
    if precedent:
        add_precedent(rules, *precedent)


def test_a_confirmed_yes_without_its_case_on_file_is_refused(rules):
    # A rule looking for such a case would find none and, the item being answered, read that
    # as a search that found nothing: a negative the research record contradicts.
    answer_yes(rules)
    p = validate(rules)
    assert p.returncode == 2 and "tr.toml: research.BY.handovers: a confirmed 'yes' has its cases on file" in p.stderr
    # A reviewer's check: a rulebook made before it still loads (to diff against, or a pack).
    assert load_rulebook(rules, use_cache=False).countries["TR"].research["BY"].answers["handovers"].answered


def test_an_unverified_yes_without_a_case_on_file_passes_and_stays_open(rules):
    answer_yes(rules, confidence="unverified")
    assert validate(rules).returncode == 0
    book = load_rulebook(rules, use_cache=False)
    assert book.checklist.unconfirmed(book.countries["TR"], "BY") == ["handovers"]


@pytest.mark.parametrize("mechanism, outcome, summary", [
    ("interstate_search", "extradited", "Held on the CIS interstate wanted list and extradited."),
    ("extradition_request", "deported", ""),
])
def test_a_yes_with_its_case_on_file_passes(rules, mechanism, outcome, summary):
    # A deportation that followed the requester's request (Cuba, 2014) is a handover too.
    answer_yes(rules, precedent=(mechanism, outcome, summary))
    p = validate(rules)
    assert p.returncode == 0, p.stderr


def test_a_deportation_not_asked_for_does_not_answer_the_handovers_item(rules):
    answer_yes(rules, precedent=("deportation", "deported"))
    p = validate(rules)
    assert p.returncode == 2 and "research.BY.handovers: a confirmed 'yes'" in p.stderr


@pytest.mark.parametrize("mechanism", ["red_notice", "diffusion"])
def test_a_notice_kind_that_nothing_states_is_refused(rules, mechanism):
    # Reports often say only "through Interpol": the kind of notice is then not known.
    add_precedent(rules, mechanism, summary="Held at the airport on an Interpol search at Belarus's request.")
    p = validate(rules)
    assert p.returncode == 2 and "tr.toml: precedents[0].mechanism" in p.stderr and "interpol_alert" in p.stderr
    # A reviewer's check: a rulebook made before it still loads.
    assert load_rulebook(rules, use_cache=False).countries["TR"].precedents[0].mechanism.value == mechanism


def test_a_rendition_by_an_extradition_request_is_refused(rules):
    # Handed over within days of a request, no procedure reported: the legal form is not
    # known (handed_over), which is not the same as none (rendered).
    add_precedent(rules, "extradition_request", outcome="rendered")
    p = validate(rules)
    assert p.returncode == 2 and "tr.toml: precedents[0].outcome" in p.stderr and "handed_over" in p.stderr
    assert load_rulebook(rules, use_cache=False).countries["TR"].precedents[0].outcome.value == "rendered"


@pytest.mark.parametrize("mechanism", ["rendition", "abduction", "forced_landing"])
def test_a_rendition_by_its_means_passes(rules, mechanism):
    add_precedent(rules, mechanism, outcome="rendered")
    p = validate(rules)
    assert p.returncode == 0, p.stderr


def test_the_interstate_list_that_nothing_names_is_refused(rules):
    # "On the international wanted list" does not say the CIS interstate list: it is then
    # wanted_listing, the channel not known.
    add_precedent(rules, "interstate_search", summary="Held at the border: Belarus had put him on its international wanted list.")
    p = validate(rules)
    assert p.returncode == 2 and "tr.toml: precedents[0].mechanism" in p.stderr
    assert "CIS interstate wanted list" in p.stderr and 'mechanism = "wanted_listing"' in p.stderr


@pytest.mark.parametrize("mechanism, summary", [
    ("red_notice", "Held at the airport on Belarus's Interpol red notice."),
    ("diffusion", "Held at the airport on a Belarusian Interpol diffusion."),
    ("interpol_alert", "Held at the airport on an Interpol search at Belarus's request."),
    ("interstate_search", "Held at the border on the CIS interstate wanted list at Belarus's request."),
    ("interstate_search", "Задержан на границе: объявлен в межгосударственный розыск."),
    ("wanted_listing", "Held at the border: Belarus had put him on its international wanted list."),
])
def test_a_notice_kind_the_summary_states_passes(rules, mechanism, summary):
    add_precedent(rules, mechanism, summary=summary)
    p = validate(rules)
    assert p.returncode == 0, p.stderr


def test_a_notice_kind_a_cited_source_states_passes(rules):
    src = rules / "sources.toml"
    src.write_text(src.read_text().replace('title = "Fixture news report"',
                                           'title = "Fixture news report"\nnote = "Held on a red notice."', 1))
    add_precedent(rules, "red_notice")
    p = validate(rules)
    assert p.returncode == 0, p.stderr
