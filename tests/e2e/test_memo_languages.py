"""The memo and the trip summary in Belarusian, Russian and Ukrainian (issue: speak the users'
languages): ``--lang`` for ``trip`` and ``report``, the memo's own words and dates translated,
citations numbered and resolving exactly as in English, JSON the same in every language, and a
PDF whose Cyrillic comes back intact through pdftotext."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from travelrisk import load_rulebook
from travelrisk.language.i18n import LANGUAGES, PLACEHOLDER, country_name, format_date, placeholders
from travelrisk.language.loader import RulebookError, bundled_rules_path
from travelrisk.language.report_words import REPORT, TABLES

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "journalist-by.json"
MINI = REPO / "tests" / "fixtures" / "mini"
BOOK = load_rulebook(bundled_rules_path(), use_cache=False)
OTHERS = [lang for lang in LANGUAGES if lang != "en"]
ON = "2026-12-03"
TRAVEL = date(2026, 12, 3)


def run(*args: object, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "travelrisk", *map(str, args)], capture_output=True, text=True, timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def memo(*args: object, lang: str | None = None, fmt: str = "md", env: dict | None = None) -> str:
    extra = ["--lang", lang] if lang else []
    p = run("report", "--profile", EXAMPLE, "--on", ON, "--format", fmt, *args, *extra, env=env)
    assert p.returncode == 0, p.stderr
    return p.stdout


def words(lang: str) -> dict[str, str]:
    """The memo's own words in ``lang``: the catalogue's, else English."""
    return {**REPORT, **BOOK.translations[lang].report} if lang != "en" else dict(REPORT)


def cited_sources(text: str, sources_heading: str) -> dict[str, str]:
    """Every citation of a memo's body, mapped to the entry of its source list it points at;
    fails on a citation without an entry. Works on Markdown and on a PDF's text."""
    body, found, sources = text.rpartition(sources_heading)
    assert found, f"no {sources_heading!r} heading"
    cited = set(re.findall(r"(?<!\\)\[(\d+)\]", body))
    assert cited, "no numbered citation"
    entries = dict(re.findall(r"\[(\d+)\] (.{1,40})", sources))
    missing = sorted(cited - set(entries), key=int)
    assert not missing, f"citations without a source: {missing}"
    return {n: entries[n] for n in cited}


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (Debian's poppler-utils) is not installed: the PDF cannot be read back")
    return subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout


# --- the catalogues -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", OTHERS)
def test_every_memo_and_trip_key_is_translated(lang):
    c = BOOK.translations[lang]
    for table, english in TABLES.items():
        given = getattr(c, table)
        assert [k for k in english if not given.get(k, "").strip()] == [], f"[{table}] keys missing in {lang}"
        for key, text in given.items():
            assert placeholders(text) == placeholders(english[key]), f"{table}.{key}"
        same = [k for k in english if given[k] == english[k] and re.search("[a-z]{4}", PLACEHOLDER.sub("", english[k]))]
        assert same == [], f"[{table}] keys left in English: {same}"
    assert c.dates is not None and len(c.dates.months) == 12


@pytest.mark.parametrize("lang, expected", [
    ("en", "2026-12-03"), ("ru", "3 декабря 2026 г."), ("be", "3 снежня 2026 г."), ("uk", "3 грудня 2026 р."),
])
def test_dates_are_written_as_the_language_writes_them(lang, expected):
    assert format_date(TRAVEL, BOOK.translations.get(lang)) == expected
    assert format_date(date(2027, 3, 1), BOOK.translations.get(lang)).startswith(("2027-03-01", "1 "))


def _mini_with(tmp_path: Path, catalogue: str) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(MINI, rules)
    (rules / "i18n").mkdir()
    (rules / "i18n" / "ru.toml").write_text('language = "ru"\nname = "Русский"\n' + catalogue, encoding="utf-8")
    return rules


def test_a_memo_word_that_loses_a_placeholder_is_refused(tmp_path):
    rules = _mini_with(tmp_path, '[report]\ntitle = "Справка о рисках поездки"\nsection_leg = "Участок {n}"\n')
    with pytest.raises(RulebookError) as caught:
        load_rulebook(rules, use_cache=False)
    problems = str(caught.value)
    assert "ru.toml" in problems and "report.title" in problems and "placeholders differ" in problems
    assert "section_leg" not in problems


def test_an_unknown_memo_key_and_a_broken_date_format_are_refused(tmp_path):
    months = json.dumps(["января"] * 12, ensure_ascii=False)
    rules = _mini_with(tmp_path, f'[trip]\nworst_legg = "Худший"\n\n[dates]\nmonths = {months}\n'
                                 'format = "{day} {month}"\n')
    with pytest.raises(RulebookError) as caught:
        load_rulebook(rules, use_cache=False)
    assert "trip.worst_legg" in str(caught.value) and "dates.format" in str(caught.value)


# --- the command line ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", [
    ["report", "--profile", EXAMPLE, "--to", "KZ", "--format", "md"],
    ["trip", "--profile", EXAMPLE, "--legs", "LT>KZ"],
])
def test_an_unknown_language_is_a_clear_error(command):
    p = run(*command, "--lang", "xx")
    assert p.returncode == 2 and p.stdout == ""
    assert "--lang" in p.stderr and "'be', 'ru', 'uk'" in p.stderr


@pytest.mark.parametrize("lang", OTHERS)
def test_json_never_changes_with_the_language(lang):
    for args in (["--format", "json"], ["--json"]):
        english, other = (json.loads(run("report", "--profile", EXAMPLE, "--on", ON, "--to", "KZ", "--to", "GE",
                                         *args, *extra).stdout) for extra in ([], ["--lang", lang]))
        assert other == english and english["language"] == "en"
    trips = [run("trip", "--profile", EXAMPLE, "--on", ON, "--legs", "LT>RU:transit>GE", "--json", *extra).stdout
             for extra in ([], ["--lang", lang])]
    assert json.loads(trips[0]) == json.loads(trips[1])


@pytest.mark.parametrize("lang", OTHERS)
def test_the_memo_speaks_the_language_asked_for(lang):
    c, w = BOOK.translations[lang], words(lang)
    text = memo("--to", "KZ", lang=lang)
    kz = country_name("KZ", lang)
    assert text.startswith(f"# {w['title'].format(places=kz)}\n")
    for key in ("summary", "findings", "sources", "about", "made_on", "the_person"):
        assert w[key] in text, key
    for english in ("## Summary", "## Sources", "Findings, by what they risk", "Made on", "Confidence:"):
        assert english not in text
    assert f"## 1. {kz} (KZ): **{c.levels['severe'].upper()}**" in text
    assert format_date(TRAVEL, c) in text and "2026-12-03 (" not in text
    assert w["source_language"] in text and text.count(w["source_language"]) == 1
    titles = {t.title for t in c.rules.values()}
    shown = re.findall(r"^1\.\d+ \*\*[^*]+\*\* \*\*(.+)\*\*$", text, flags=re.M)
    assert shown and all(t in titles for t in shown)
    assert f"**{w['not_advice']}**" in text and "\ufffd" not in text


@pytest.mark.parametrize("lang", OTHERS)
def test_citations_are_numbered_and_resolve_exactly_as_in_english(lang):
    english = memo("--to", "KZ", "--to", "TR")
    other = memo("--to", "KZ", "--to", "TR", lang=lang)
    en_cited = cited_sources(english, "\n## Sources\n")
    assert cited_sources(other, f"\n## {words(lang)['sources']}\n") == en_cited

    def entries(text: str) -> list[str]:
        return re.findall(r"^\[(\d+)\] (.+?)\. ", text, flags=re.M)

    assert entries(other) == entries(english), "the same sources, in the same order, under the same numbers"


@pytest.mark.parametrize("lang", OTHERS)
def test_html_says_its_language(lang):
    html = memo("--to", "KZ", lang=lang, fmt="html")
    title = words(lang)["title"].format(places=country_name("KZ", lang))
    assert f'<html lang="{lang}">' in html and f"<title>{title}</title>" in html


def test_the_default_language_follows_the_locale():
    text = memo("--to", "KZ", env={"LANG": "ru_RU.UTF-8"})
    assert text.startswith("# " + words("ru")["title"].format(places="Казахстан"))
    assert memo("--to", "KZ").startswith("# Travel-risk memo: Kazakhstan")  # C.UTF-8: English


@pytest.mark.parametrize("lang", OTHERS)
def test_a_trip_memo_names_legs_kinds_and_levels_in_the_language(lang):
    c, w = BOOK.translations[lang], words(lang)
    text = memo("--legs", "LT>RU:transit>GE", lang=lang)
    legs = " → ".join(country_name(x, lang) for x in ("LT", "RU", "GE"))
    assert text.startswith(f"# {w['title_trip'].format(legs=legs)}")
    assert w["leg_transit"] in text and w["leg_departure"] in text
    severe = c.levels["severe"].upper()
    assert f"## {w['section_leg'].format(n=2)} {country_name('RU', lang)} (RU): **{severe}**" in text
    assert w["trip_worst_leg"].format(n=2) in text


@pytest.mark.parametrize("lang", OTHERS)
def test_the_trip_summary_speaks_the_language_asked_for(lang):
    c = BOOK.translations[lang]
    trip = {**TABLES["trip"], **c.trip}
    p = run("trip", "--profile", EXAMPLE, "--on", ON, "--legs", "LT>RU:transit>GE", "--lang", lang)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines[0].startswith(c.levels["severe"].upper()) and f"{trip['trip']}: LT → RU (" in lines[0]
    assert lines[1].startswith(trip["worst"].split("{")[0]) and country_name("RU", lang) in lines[1]
    legs = [line for line in lines if re.match(r"^\d\. ", line)]
    assert len(legs) == 3 and trip["worst_mark"] in legs[1] and format_date(TRAVEL, c) in legs[1]
    assert trip["transit"] in legs[1] and trip["departure"] in legs[0]
    assert "Worst leg" not in p.stdout and "worst leg" not in p.stdout
    english = {r.title for r in BOOK.rules}
    assert not any(t in p.stdout for t in english if len(t) > 20)
    assert p.stdout.rstrip().endswith(c.phrases["not_advice"])


@pytest.mark.parametrize("lang", OTHERS)
def test_a_redacted_memo_names_no_state_of_the_person_in_the_language(lang):
    text = memo("--to", "KZ", "--redact", lang=lang)
    text = text.rpartition(f"\n## {words(lang)['sources']}\n")[0]  # the sources are cited word for word
    for code in ("BY", "RU", "LT"):
        assert country_name(code, lang) not in text, code
        assert not re.search(rf"\b{code}\b", text), code
    assert words(lang)["requesting_state"].split()[0] in text


# --- the PDF (the acceptance check of the issue) ----------------------------------------------


@pytest.mark.parametrize("lang", ["ru", "be"])
def test_the_pdf_memo_reads_back_in_the_language(tmp_path, lang):
    out = tmp_path / f"{lang}.pdf"
    p = run("report", "--profile", EXAMPLE, "--to", "KZ", "--format", "pdf", "-o", out, "--lang", lang)
    assert p.returncode == 0, p.stderr
    text = pdf_text(out)
    flat = " ".join(text.split())
    w, kz = words(lang), country_name("KZ", lang)
    assert w["title"].format(places=kz) in flat, "the title, in the language"
    assert kz in flat and "Kazakhstan (KZ)" not in flat
    assert BOOK.translations[lang].levels["severe"].upper() in flat
    assert w["findings"] in flat and w["not_advice"] in flat
    assert "\ufffd" not in text, "no replacement characters"
    cited = cited_sources(flat, f" {w['sources']} ")
    assert len(cited) > 5


@pytest.mark.parametrize("lang", OTHERS)
def test_each_fact_cites_its_own_sources_and_confidence_as_in_english(lang):
    # A translated fact is matched to its sources by the English text it was written from:
    # a lawyer reading the memo in Russian sees which source backs which fact, as in English.
    def fact_citations(text: str) -> list[str]:
        return re.findall(r"^- .+?((?:\[\d+\])+) \([^()]+\)$", text, flags=re.M)

    english = fact_citations(memo("--to", "KZ", "--to", "TR"))
    assert english and fact_citations(memo("--to", "KZ", "--to", "TR", lang=lang)) == english
