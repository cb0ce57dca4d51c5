"""Memos: one document model, three text formats, numbered citations that resolve, redaction."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import FIXTURES
from leaks import DISTINCT_PROFILE, leaks
from minibook import COPY, MIRROR, STATE_TV, UNDATED, mini_citing

from travelrisk import Level, Profile, assess, load_rulebook
from travelrisk.model.assessment import CaveatKind
from travelrisk.report.memo import DISCLAIMER, NOT_ADVICE, Memo, memo_for, memo_for_trip, render_memo
from travelrisk.report.redaction import Redactor, redaction_warnings

ON = date(2026, 1, 1)
MADE = date(2026, 2, 3)

DISTINCT = Profile.model_validate(DISTINCT_PROFILE)


@pytest.fixture(scope="module")
def assessments(mini_book):
    return [assess(DISTINCT, code, on=ON, rulebook=mini_book) for code in ("KZ", "TR")]


@pytest.fixture(scope="module")
def memo(mini_book, assessments):
    return memo_for(DISTINCT, assessments, rulebook=mini_book, made_on=MADE)


def source_titles(book) -> set[str]:
    return {s.title for s in book.sources.values()}


# --- the document model ---------------------------------------------------------------------


def test_memo_carries_dates_rulebook_levels_and_numbered_sources(memo, assessments):
    assert memo.made_on == MADE and memo.as_of == [ON]
    assert memo.rulebook.version == "test-1" and len(memo.rulebook.content_hash) == 64
    assert [(s.destination, s.level) for s in memo.sections] == [("KZ", Level.SEVERE), ("TR", Level.LOW)]
    assert [s.number for s in memo.sources] == list(range(1, len(memo.sources) + 1))
    cited = {n for s in memo.sections for f in s.findings for n in [*f.citations, *(c for x in f.facts for c in x.citations)]}
    assert cited == {s.number for s in memo.sources}, "every source is cited and every citation has a source"
    assert memo.disclaimer == DISCLAIMER and NOT_ADVICE in memo.disclaimer


def test_each_fact_cites_its_own_sources_with_the_rulebook(memo, mini_book):
    kz = memo.sections[0]
    pact = next(f for f in kz.findings if f.rule_id == "pact-listed")
    treaty = next(s for s in memo.sources if s.title == "Fixture treaty text")
    assert pact.facts and all(fact.citations == [treaty.number] for fact in pact.facts)
    extradited = next(f for f in kz.findings if f.rule_id == "extradited-before")
    news = next(s for s in memo.sources if s.title == "Fixture news report")
    assert [fact.citations for fact in extradited.facts] == [[news.number]]
    assert extradited.facts[0].confidence.value == "reported"


def test_without_the_rulebook_a_finding_cites_all_its_sources_at_once(assessments):
    memo = memo_for(DISTINCT, assessments, made_on=MADE)
    pact = next(f for f in memo.sections[0].findings if f.rule_id == "pact-listed")
    assert [memo.sources[n - 1].title for n in pact.citations] == ["Fixture treaty text"]
    assert all(not fact.citations for fact in pact.facts)


def test_one_document_cited_under_two_ids_gets_one_number(assessments):
    a = assessments[0]
    finding = a.findings[0]
    twin = finding.sources[0].model_copy(update={"id": "fx-twin"})
    doubled = a.model_copy(update={"findings": [finding.model_copy(update={"sources": [*finding.sources, twin]})]})
    memo = memo_for(DISTINCT, [doubled], made_on=MADE)
    assert len(memo.sources) == 1
    assert memo.sources[0].ids == [finding.sources[0].id, "fx-twin"]


def test_a_trip_memo_names_its_worst_leg(mini_book):
    legs = [assess(DISTINCT, c, on=ON, rulebook=mini_book, leg_kind=k) for c, k in (("TR", "transit"), ("KZ", "entry"))]

    class Trip:
        level = Level.SEVERE
        ceiling = Level.SEVERE
        worst_leg = legs[1]

    Trip.legs = legs
    memo = memo_for_trip(DISTINCT, Trip(), rulebook=mini_book, made_on=MADE)
    assert memo.kind == "trip" and memo.level is Level.SEVERE and memo.worst_leg == 2
    assert [s.worst for s in memo.sections] == [False, True]
    assert memo.sections[0].leg_kind == "transit"
    text = render_memo(memo, "md")
    assert "Türkiye (TR), transit (airside, no passport control)" in text
    assert "worst leg 2" in text and "Leg 2 Kazakhstan (KZ): **SEVERE**" in text
    Trip.worst_leg = 0  # an index works as well as the leg itself
    assert memo_for_trip(DISTINCT, Trip(), made_on=MADE).worst_leg == 1


# --- formats, parsed back ------------------------------------------------------------------


def test_markdown_citations_resolve_to_source_titles(memo, mini_book):
    text = render_memo(memo, "md")
    assert "# Travel-risk memo: Kazakhstan and Türkiye" in text
    assert "## 1. Kazakhstan (KZ): **SEVERE**" in text and "## 2. Türkiye (TR): **LOW**" in text
    body, sources = text.split("\n## Sources\n")
    cited = {int(n) for n in re.findall(r"(?<!\\)\[(\d+)\]", body)}
    assert cited
    entries = dict(re.findall(r"^\[(\d+)\] (.+)$", sources, flags=re.M))
    for n in cited:
        assert any(entries[str(n)].startswith(title + ".") for title in source_titles(mini_book)), entries[str(n)]
    assert "Made on**: 2026-02-03" in text and "As of**: 2026-01-01" in text
    assert "version test-1" in text and memo.rulebook.content_hash in text
    assert NOT_ADVICE in text


class _Page(HTMLParser):
    """Collects a page's text, its citation links, its anchors and anything it would load."""

    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.cites: list[str] = []
        self.anchors: dict[str, list[str]] = {}
        self.loads: list[str] = []
        self._open: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("class") == "cite":
            self.cites.append(a["href"])
        if tag in ("script", "img", "link", "iframe", "object", "embed") or "src" in a:
            self.loads.append(tag)
        if "id" in a:
            self._open.append(a["id"])
            self.anchors[a["id"]] = []

    def handle_endtag(self, tag):
        if tag in ("p", "h1", "h2", "h3") and self._open:
            self._open.pop()

    def handle_data(self, data):
        self.text.append(data)
        for anchor in self._open:
            self.anchors[anchor].append(data)


def test_html_is_self_contained_and_its_citations_link_to_source_titles(memo, mini_book):
    html = render_memo(memo, "html")
    page = _Page()
    page.feed(html)
    text = "".join(page.text)
    assert "Kazakhstan (KZ)" in text and "SEVERE" in text and NOT_ADVICE in text
    assert page.cites and not page.loads
    assert "@import" not in html and "url(" not in html and "http" not in html.split("<body>")[0]
    for href in page.cites:
        entry = "".join(page.anchors[href.removeprefix("#")])
        assert re.match(r"\[\d+\] ", entry) and any(t in entry for t in source_titles(mini_book)), entry
    assert "@media print" in html and "@page" in html


def test_html_and_markdown_escape_what_the_rulebook_says(memo):
    finding = memo.sections[0].findings[0]
    hostile = finding.model_copy(update={"text": "<script>alert(1)</script> *bold* [9](javascript:x) | a"})
    source = memo.sources[0].model_copy(update={"title": 'Q&A <b>"x"</b>', "url": "javascript:alert(1)"})
    section = memo.sections[0].model_copy(update={"findings": [hostile]})
    evil = memo.model_copy(update={"sections": [section], "sources": [source, *memo.sources[1:]]})
    html = render_memo(evil, "html")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Q&amp;A &lt;b&gt;&quot;x&quot;&lt;/b&gt;" in html
    assert 'href="javascript' not in html
    md = render_memo(evil, "md")
    assert r"\<script\>" in md and r"\*bold\*" in md and r"\[9\](javascript:x) \| a" in md


def test_json_is_the_memo_and_reads_back(memo, mini_book):
    data = json.loads(render_memo(memo, "json"))
    assert data["format"] == "travelrisk-memo" and data["made_on"] == "2026-02-03"
    assert data["sections"][0]["destination"] == "KZ" and data["sections"][0]["level"] == "severe"
    numbers = {s["number"]: s for s in data["sources"]}
    finding = data["sections"][0]["findings"][0]
    n = (finding["citations"] or finding["facts"][0]["citations"])[0]
    assert numbers[n]["title"] in source_titles(mini_book)
    assert set(numbers[n]) >= {"title", "publisher", "date", "url", "confidence"}
    assert Memo.model_validate(data) == memo


def test_open_questions_and_caveats_are_in_every_format(mini_book):
    red = Profile(listings=[{"state": "RU", "kind": "interpol_red_notice"}])
    memo = memo_for(red, [assess(red, "TR", on=ON, rulebook=mini_book)], rulebook=mini_book, made_on=MADE)
    questions = " ".join(q.text for q in memo.sections[0].open_questions)
    assert "Red notice where red notices lead to arrest" in questions
    for fmt in ("md", "html", "json"):
        out = render_memo(memo, fmt)
        assert "Open questions" in out or fmt == "json"
        assert "Red notice where red notices lead to arrest" in out
        assert "What was searched: fixture: nothing found" in out


def test_an_open_point_cites_what_it_rests_on(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(FIXTURES / "mini", rules)
    tr = rules / "countries" / "tr.toml"
    point = "Whether the fixture's reported case ended in a handover was not found."
    # cited by nothing else (the fixture's news report is cited by an entry rule, which grades it)
    sources = rules / "sources.toml"
    sources.write_text(sources.read_text() + "\n" + STATE_TV)
    tr.write_text(tr.read_text().replace(
        'searched = "fixture: nothing found"\n',
        f'searched = "fixture: nothing found"\n\n[[questions]]\ntext = "{point}"\nsources = ["fx-state-tv"]\n'))
    book = load_rulebook(rules)
    red = Profile(listings=[{"state": "RU", "kind": "interpol_red_notice"}])
    a = assess(red, "TR", on=ON, rulebook=book)
    caveat = next(c for c in a.caveats if c.text == point)
    assert [s.id for s in caveat.sources] == ["fx-state-tv"]
    memo = memo_for(red, [a], rulebook=book, made_on=MADE)
    note = next(c for c in memo.sections[0].caveats if c.text == point)
    tv = next(s for s in memo.sources if s.title == "Fixture state television")
    assert note.citations == [tv.number] and tv.confidence is None  # a question grades nothing
    md = render_memo(memo, "md")
    assert f"**{a.destination_name}:** {point} [{tv.number}]" in md  # headed by what it is about
    assert f"[{tv.number}] Fixture state television" in md
    # An open point with no source cites none (an entry rule and the summary of what the research
    # found cite their own sources).
    assert all(c.citations == [] for c in memo.sections[0].caveats
               if c.text != point and c.kind not in (CaveatKind.ENTRY, CaveatKind.SUMMARY))


def test_core_report_modules_import_no_qt():
    code = (
        "import sys, travelrisk.report.memo, travelrisk.report.layout, travelrisk.report.formats, "
        "travelrisk.report.redaction, travelrisk.cli.commands.report\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'travelrisk_gui'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- redaction -------------------------------------------------------------------------------


def test_redaction_leaves_no_profile_detail_in_any_text_format(mini_book):
    assessments = [assess(DISTINCT, c, on=ON, rulebook=mini_book) for c in ("KZ", "TR", "FR")]
    plain = memo_for(DISTINCT, assessments, rulebook=mini_book, made_on=MADE)
    # The check has teeth: unredacted, the same memo names the person's states and details.
    assert {"Belarus", "Iceland", "donor", "2031-07-19"} <= set(leaks(render_memo(plain, "md")))
    memo = memo_for(DISTINCT, assessments, rulebook=mini_book, made_on=MADE, redact=True)
    for fmt in ("md", "html", "json"):
        assert leaks(render_memo(memo, fmt)) == [], fmt
    # What a reader needs is still there: every level, finding and source.
    assert [s.level for s in memo.sections] == [s.level for s in plain.sections]
    assert [[f.title for f in s.findings] for s in memo.sections] == [[f.title for f in s.findings] for s in plain.sections]
    assert [s.title for s in memo.sources] == [s.title for s in plain.sources]
    assert memo.profile == [] and all(not s.ids for s in memo.sources)
    assert "the requesting state A" in render_memo(memo, "md")


def test_redaction_leaves_out_the_open_points_about_who_pursues_the_person(tmp_path):
    """A point about a pursuing state, or about its treaty with the destination, is there
    because of who pursues the person: a redacted memo leaves it out, and says so."""
    rules = tmp_path / "rules"
    shutil.copytree(FIXTURES / "mini", rules)
    (rules / "instruments" / "by-tr-pact.toml").write_text(
        'id = "by-tr-pact"\ntitle = "Belarus-Turkey pact"\nkind = "extradition"\nsources = ["fx-treaty"]\n'
        'confidence = "established"\n\n[[parties]]\nstate = "BY"\nsources = ["fx-treaty"]\n'
        'confidence = "established"\n\n[[parties]]\nstate = "TR"\nsources = ["fx-treaty"]\n'
        'confidence = "reported"\n\n[[questions]]\ntext = "Whether the Belarusian side ratified it was not found."\n')
    by = rules / "requesters" / "by.toml"
    by.write_text(by.read_text() + '\n[[questions]]\ntext = "How many Belarusian notices exist was not found."\n'
                  'sources = ["fx-news"]\n')
    book = load_rulebook(rules)
    a = assess(DISTINCT, "TR", on=ON, rulebook=book)
    plain = memo_for(DISTINCT, [a], rulebook=book, made_on=MADE)
    texts = [(c.about, c.text) for c in plain.sections[0].caveats]
    assert ("Belarus-Turkey pact", "Whether the Belarusian side ratified it was not found.") in texts
    assert ("Belarus", "How many Belarusian notices exist was not found.") in texts
    md = render_memo(plain, "md")
    assert "**Belarus-Turkey pact:** Whether the Belarusian side ratified it was not found." in md
    memo = memo_for(DISTINCT, [a], rulebook=book, made_on=MADE, redact=True)
    entry = [c for c in plain.sections[0].caveats if c.kind is CaveatKind.ENTRY]
    assert entry, "the fixture has entry rules for this person's passports"
    summary = [c for c in plain.sections[0].caveats if c.kind is CaveatKind.SUMMARY]
    assert summary, "the fixture records what the research found about this destination"
    assert len(memo.sections[0].caveats) == len(texts) - 2 - len(entry) - len(summary)
    assert not any(c.kind is CaveatKind.SUMMARY for c in memo.sections[0].caveats)
    assert not any("Belarusian" in c.text or c.about in ("Belarus", "Belarus-Turkey pact")
                   for c in memo.sections[0].caveats)
    assert "Open points about the pursuing states and their treaties are left out." in memo.redaction_note
    assert "what the research found about each destination" in memo.redaction_note
    for fmt in ("md", "html", "json"):
        assert leaks(render_memo(memo, fmt)) == [], fmt


def test_redaction_labels_keep_findings_about_different_requesters_apart(mini_book):
    both = Profile(listings=[{"state": "BY", "kind": "wanted"}, {"state": "RU", "kind": "wanted"}])
    memo = memo_for(both, [assess(both, "KZ", on=ON, rulebook=mini_book)], rulebook=mini_book, redact=True)
    assert {f.requester for f in memo.sections[0].findings} == {"requesting state A", "requesting state B"}
    one = Profile(listings=[{"state": "BY", "kind": "wanted"}])
    memo = memo_for(one, [assess(one, "KZ", on=ON, rulebook=mini_book)], rulebook=mini_book, redact=True)
    texts = [f.text for f in memo.sections[0].findings]
    assert "Kazakhstan handed over A fixture person (2023) to the requesting state." in texts


def test_redactor_writes_grammatical_labels():
    r = Redactor(Profile(citizenships=["BY"], residence="LT", exposure={"journalist"}), ["BY"], set())
    assert r.text("Belarus lists you. Your Belarus passport; the Republic of Belarus. BY and BLR, not BYE.") == (
        "The requesting state lists you. Your requesting state passport; the requesting state. "
        "The requesting state and the requesting state, not BYE."
    )
    assert r.text("You live in Lithuania (LT).") == "You live in another state (another state)."
    assert r.text("Belarusian exiles") == "Belarusian exiles"  # an adjective is not a name


def test_a_destination_is_never_redacted_and_the_person_is_warned(mini_book):
    one = Profile(listings=[{"state": "BY", "kind": "wanted"}])
    memo = memo_for(one, [assess(one, "BY", on=ON, rulebook=mini_book)], rulebook=mini_book, redact=True)
    assert memo.sections[0].destination_name == "Belarus"
    assert "Belarus lists you and you would be in Belarus." in render_memo(memo, "md")
    assert redaction_warnings(one, ["BY", "KZ"]) and "BY is one of" in redaction_warnings(one, ["BY"])[0]
    assert redaction_warnings(one, ["KZ"]) == []


def test_redaction_on_the_bundled_rulebook_names_no_state_of_the_person(book):
    me = Profile.model_validate(json.loads((Path(__file__).parents[2] / "examples" / "journalist-by.json").read_text()))
    a = assess(me, "KZ", on=date(2026, 11, 25), rulebook=book)
    memo = memo_for(me, [a], rulebook=book, redact=True)
    written = [f.text for f in memo.sections[0].findings]
    written += [x.text for f in memo.sections[0].findings for x in f.facts]
    written += [q.text for q in memo.sections[0].open_questions]
    written += [f.requester or "" for f in memo.sections[0].findings]
    for text in written:
        assert not re.search(r"\b(Belarus|Russian Federation|Lithuania|BY|RU|LT)\b", text), text
    assert "Lithuania" not in render_memo(memo, "md")
    assert '"ids": []' in render_memo(memo, "json") and "by-req" not in render_memo(memo, "json")


# --- in Belarusian, Russian and Ukrainian ------------------------------------------------------

OTHER_LANGUAGES = ("be", "ru", "uk")


@pytest.fixture(scope="module")
def translated_book(book, tmp_path_factory):
    """The mini rulebook with the bundled catalogues' words for levels, the memo and dates
    (its rules are not the bundled ones, so their titles stay in English)."""
    import shutil

    from travelrisk import load_rulebook

    rules = tmp_path_factory.mktemp("translated") / "rules"
    shutil.copytree(Path(__file__).parents[1] / "fixtures" / "mini", rules)
    write_catalogues(rules, book)
    return load_rulebook(rules, use_cache=False)


def write_catalogues(rules: Path, book) -> None:
    """The bundled catalogues' words for levels, the memo and dates, into a copy of the mini
    rulebook."""
    (rules / "i18n").mkdir()
    for lang in OTHER_LANGUAGES:
        c = book.translations[lang]
        lines = [f'language = "{lang}"', f"name = {json.dumps(c.name, ensure_ascii=False)}"]
        for table in ("levels", "confidences", "effects", "messages", "report"):
            lines.append(f"[{table}]")
            lines += [f"{json.dumps(k, ensure_ascii=False)} = {json.dumps(v, ensure_ascii=False)}"
                      for k, v in getattr(c, table).items()]
        lines += ["[dates]", f"months = {json.dumps(c.dates.months, ensure_ascii=False)}",
                  f"format = {json.dumps(c.dates.format, ensure_ascii=False)}"]
        (rules / "i18n" / f"{lang}.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_citations_resolve_in_every_language_exactly_as_in_english(translated_book, lang):
    from travelrisk.language.i18n import country_name

    assessments = [assess(DISTINCT, code, on=ON, rulebook=translated_book) for code in ("KZ", "TR")]
    english = memo_for(DISTINCT, assessments, rulebook=translated_book, made_on=MADE)
    memo = memo_for(DISTINCT, assessments, rulebook=translated_book, made_on=MADE, lang=lang)
    words = translated_book.translations[lang].report
    assert memo.language == lang and memo.title.startswith(words["title"].split("{")[0])
    assert country_name("KZ", lang) in memo.title and country_name("TR", lang) in memo.title
    assert memo.sources == english.sources, "the same sources under the same numbers"
    assert [[(f.citations, [x.citations for x in f.facts]) for f in s.findings] for s in memo.sections] == \
        [[(f.citations, [x.citations for x in f.facts]) for f in s.findings] for s in english.sections]
    text = render_memo(memo, "md")
    body, sources = text.split(f"\n## {words['sources']}\n")
    cited = {int(n) for n in re.findall(r"(?<!\\)\[(\d+)\]", body)}
    assert cited
    entries = dict(re.findall(r"^\[(\d+)\] (.+)$", sources, flags=re.M))
    for n in cited:
        assert any(entries[str(n)].startswith(title + ".") for title in source_titles(translated_book)), entries[str(n)]
    page = _Page()
    page.feed(render_memo(memo, "html"))
    assert page.cites and not page.loads
    for href in page.cites:
        entry = "".join(page.anchors[href.removeprefix("#")])
        assert re.match(r"\[\d+\] ", entry) and any(t in entry for t in source_titles(translated_book)), entry


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_a_redacted_memo_in_another_language_names_no_state_of_the_person(translated_book, lang):
    from travelrisk.language.i18n import country_name

    assessments = [assess(DISTINCT, c, on=ON, rulebook=translated_book) for c in ("KZ", "TR", "FR")]
    memo = memo_for(DISTINCT, assessments, rulebook=translated_book, made_on=MADE, redact=True, lang=lang)
    words = translated_book.translations[lang].report
    for fmt in ("md", "html"):
        text = render_memo(memo, fmt)
        assert leaks(text) == [], fmt
        assert [c for c in ("BY", "RU", "UY", "IS") if country_name(c, lang) in text] == [], fmt
    assert memo.redaction_note == words["redaction_note"].format(labels=words["redaction_many"])
    assert {f.requester for s in memo.sections for f in s.findings} <= {
        f"{words['requesting_state']} A", f"{words['requesting_state']} B", None}


def test_the_memo_puts_entry_rules_before_the_findings_and_numbers_their_sources_first(mini_book):
    """What the border asks of this traveller heads the section, each rule citing its sources
    (numbered first, as they are read first), the unconfirmed one marked; the caveats keep the rest."""
    by = Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}])
    memo = memo_for(by, [assess(by, "TR", on=ON, rulebook=mini_book)], rulebook=mini_book, made_on=MADE)
    md = render_memo(memo, "md")
    section = md[md.index("### Entry rules for your passport"):md.index("### Findings")]
    assert "- Fixture: Belarusians enter visa-free for 30 days. [1]" in section
    assert "- **Entry rules for your passport (unconfirmed):** Fixture: every traveller fills in an arrival card. [1]" in section
    assert "[1] Fixture news report" in md
    caveats = md.split("### Caveats", 1)[1] if "### Caveats" in md else ""
    assert "Fixture: Belarusians enter" not in caveats


def test_an_entry_rules_sources_carry_its_confidence_and_a_summarys_are_not_graded(tmp_path):
    """An entry rule is a fact with a confidence, so a source only it cites is graded with it;
    the summary of what the research found is the rulebook's own words, so its sources are not
    graded, and the memo says why."""
    rules = mini_citing(tmp_path, ["fx-copy"], COPY, STATE_TV)
    tr = rules / "countries" / "tr.toml"
    summary = 'summary = "Fixture: what the research found about Türkiye."\nsources = ["fx-treaty"]'
    assert tr.read_text().count(summary) == 1
    tr.write_text(tr.read_text().replace(summary, summary[:-1] + ', "fx-state-tv"]'))
    book = load_rulebook(rules, use_cache=False)
    by = Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}])
    a = assess(by, "TR", on=ON, rulebook=book)
    [entry] = [c for c in a.caveats if c.kind is CaveatKind.ENTRY and "visa-free" in c.text]
    assert entry.confidence is not None and entry.confidence.value == "reported"
    assert all(c.confidence is None for c in a.caveats if c.kind is CaveatKind.SUMMARY)
    memo = memo_for(by, [a], rulebook=book, made_on=MADE)
    graded = {s.title: s.confidence for s in memo.sources}
    assert graded["Fixture original article"].value == "reported"
    assert graded["Fixture state television"] is None
    md = render_memo(memo, "md")
    line = lambda title: next(x for x in md.splitlines() if title in x and x.startswith("["))  # noqa: E731
    assert line("Fixture original article").endswith("Confidence: reported.")
    assert "not graded (cited by a rule's wording, the summary of what the research found or an open point)" in (
        line("Fixture state television"))


def test_a_memo_says_how_a_weak_source_was_read(tmp_path, book):
    """A lawyer checking a source learns from the memo itself that it was read in a copy (and
    where), or that it is a state's own media, or a copy whose original was not found: in every
    format, in the reader's language, and in the JSON."""
    rules = mini_citing(tmp_path, ["fx-copy", "fx-state-tv", "fx-mirror"], COPY, STATE_TV, MIRROR)
    write_catalogues(rules, book)
    book = load_rulebook(rules, use_cache=False)
    by = Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}])
    memo = memo_for(by, [assess(by, "TR", on=ON, rulebook=book)], rulebook=book, made_on=MADE)
    by_title = {s.title: s for s in memo.sources}
    assert by_title["Fixture original article"].via == "https://example.org/repost"
    assert by_title["Fixture state television"].kind.value == "state-media"
    assert by_title["Fixture news report"].via is None and by_title["Fixture news report"].kind is None
    md = render_memo(memo, "md")
    line = lambda title: next(x for x in md.splitlines() if title in x and x.startswith("["))  # noqa: E731
    assert "Read in a copy: <https://example.org/repost>" in line("Fixture original article")
    assert "State-controlled media." in line("Fixture state television")
    mirrored = line("Fixture mirrored report")
    assert "Read in a copy: a copy whose address was not shown." in mirrored
    assert "A copy of another's text; its original was not found." in mirrored
    assert "Read in a copy" not in line("Fixture news report") and "media" not in line("Fixture news report")
    assert 'href="https://example.org/repost"' in render_memo(memo, "html")
    assert json.loads(render_memo(memo, "json"))["sources"][0]["via"] == "https://example.org/repost"
    ru = render_memo(memo_for(by, [assess(by, "TR", on=ON, rulebook=book)], rulebook=book, made_on=MADE,
                              lang="ru"), "md")
    assert "Прочитано в копии: <https://example.org/repost>" in ru and "Государственные СМИ." in ru


def test_the_terminal_says_how_a_weak_source_was_read(book):
    """``travelrisk check`` lists a source read in a copy with the copy's address, state media
    and mirrors as such, in the reader's language; a source read at its own address as before."""
    from travelrisk.language.i18n import words
    from travelrisk.model.sources import Source
    from travelrisk.report.terminal import source_line

    copy = Source(id="a", title="Original", publisher="Daily", date=date(2023, 1, 2), kind="press",
                  via="https://example.org/repost")
    tv = Source(id="b", title="Evening news", publisher="State TV", date=date(2023, 1, 3), kind="state-media",
                url="https://example.org/tv")
    mirror = Source(id="c", title="Report", publisher="Aggregator", date=date(2023, 1, 4), kind="mirror",
                    via="an unattributed copy")
    plain = Source(id="d", title="Report", publisher="Weekly", date=date(2023, 1, 5), kind="press",
                   url="https://example.org/weekly")
    assert source_line(1, copy).endswith("(read in a copy: <https://example.org/repost>)")
    assert source_line(2, tv).endswith("<https://example.org/tv> (state media)")
    assert source_line(3, mirror).endswith("(read in a copy: an unattributed copy; a copy; its original was not found)")
    assert source_line(4, plain) == "[4] Report — Weekly — 2023-01-05 <https://example.org/weekly>"
    ru = words(book, "ru")
    assert source_line(1, copy, w=ru).endswith("(прочитано в копии: <https://example.org/repost>)")
    assert source_line(2, tv, w=ru).endswith("(государственные СМИ)")


def test_an_undated_source_says_so_instead_of_passing_its_reading_day_off_as_a_date(tmp_path, book):
    """A page that shows no date is cited with the day it was read, marked ``undated``: the memo
    (every format), the terminal and a rule diff say "undated, read <day>", in the reader's
    language, so a lawyer never takes the reading day for the day it was published; the JSON
    carries the flag. A dated source reads as before."""
    from travelrisk.language.i18n import words
    from travelrisk.model.sources import Source
    from travelrisk.report.rulediff import _source as diff_source
    from travelrisk.report.rulediff import source_changes
    from travelrisk.report.terminal import source_line

    small = load_rulebook(mini_citing(tmp_path, ["fx-news", "fx-undated"], UNDATED), use_cache=False)
    assert small.sources["fx-undated"].undated and not small.sources["fx-news"].undated
    by = Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}])
    memo = memo_for(by, [assess(by, "TR", on=ON, rulebook=small)], rulebook=small, made_on=MADE)
    md = render_memo(memo, "md")
    line = lambda title: next(x for x in md.splitlines() if title in x and x.startswith("["))  # noqa: E731
    assert "Fixture Site, undated, read 2023-03-09." in line("Fixture page without a date")
    assert "undated" not in line("Fixture news report")
    assert "Fixture Site, undated, read 2023-03-09." in render_memo(memo, "html")
    cited = {s["title"]: s for s in json.loads(render_memo(memo, "json"))["sources"]}
    assert cited["Fixture page without a date"]["undated"] is True
    assert cited["Fixture news report"]["undated"] is False

    page = Source(id="u", title="Page", publisher="Site", date=date(2023, 3, 9), kind="press", undated=True)
    assert source_line(5, page) == "[5] Page — Site — undated, read 2023-03-09"
    assert source_line(5, page, w=words(book, "ru")) == "[5] Page — Site — без даты, прочитано 9 марта 2023 г."
    assert source_line(5, page, w=words(book, "be")).endswith("без даты, прачытана 9 сакавіка 2023 г.")
    assert diff_source(SimpleNamespace(sources={"u": page}), "u") == "[u] Page — Site, undated, read 2023-03-09"
    dated = page.model_copy(update={"undated": False})
    [change] = source_changes(SimpleNamespace(sources={"u": dated}), SimpleNamespace(sources={"u": page}))
    assert "undated: false -> true" in change.details
    assert words(book, "uk").source_date(page.model_copy(update={"undated": False})) == "9 березня 2023 р."


def test_the_research_line_and_the_depth_caveat_name_their_own_review_dates(book):
    """The header gives the oldest review of the pursuing states' research records ("or
    later": each was reviewed that day or since); the depth caveat gives the destination's
    own review date. Where the two differ, each says its own."""
    from travelrisk.report.terminal import research_line

    person = Profile(citizenships=["BY"],
                     listings=[{"state": "RU", "kind": "wanted"}, {"state": "BY", "kind": "wanted"}])
    code, country = next((c, k) for c, k in sorted(book.countries.items())
                         if {"BY", "RU"} <= set(k.research) and c not in ("BY", "RU")
                         and min(k.research[r].reviewed for r in ("BY", "RU")) != k.reviewed)
    a = assess(person, code, rulebook=book)
    oldest = min(country.research[r].reviewed for r in ("BY", "RU"))
    assert research_line(a).endswith(f"; answers reviewed {oldest.isoformat()} or later")
    depth = next(c.text for c in a.caveats if c.kind is CaveatKind.RESEARCH_DEPTH)
    assert f"reviewed {country.reviewed.isoformat()}." in depth


def test_a_memo_says_what_the_research_found_with_its_sources(mini_book):
    """The destination's summary is in the memo under its own heading, its sources numbered
    and listed like every other citation."""
    a = assess(DISTINCT, "TR", on=ON, rulebook=mini_book)
    memo = memo_for(DISTINCT, [a], rulebook=mini_book, made_on=MADE)
    md = render_memo(memo, "md")
    line = next(l for l in md.splitlines() if "What the research found" in l)
    assert "**What the research found:** Fixture: what the research found about Türkiye." in line
    numbers = re.findall(r"\[(\d+)\]", line)
    assert numbers, line
    listed = {m.group(1): m.group(2) for m in re.finditer(r"^\[(\d+)\] (.+)$", md, re.M)}
    assert all(n in listed for n in numbers)
    assert mini_book.sources["fx-treaty"].title in listed[numbers[0]]


def test_the_terminal_answer_says_what_the_research_found_unless_brief(mini_book):
    from travelrisk.report.terminal import render

    a = assess(DISTINCT, "TR", on=ON, rulebook=mini_book)
    full = render(a, verbose=True, book=mini_book)
    assert "! What the research found: Fixture: what the research found about Türkiye. [" in full
    assert "What the research found" not in render(a, verbose=False, book=mini_book)
