"""The rulebook and the terminal in Belarusian, Russian and Ukrainian (issue: speak the users'
languages): every rule, level, harm and interview question translated, the glossary kept,
and `check --lang` printing the headline, titles and explanations in the language asked."""

import ast
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from travelrisk import load_rulebook
from travelrisk.language.i18n import LANGUAGES, Glossary, Term, country_name, language_from_environment, placeholders
from travelrisk.model.levels import Level
from travelrisk.language.loader import RulebookError, bundled_rules_path

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "journalist-by.json"
BOOK = load_rulebook(bundled_rules_path(), use_cache=False)
OTHERS = [lang for lang in LANGUAGES if lang != "en"]
PHRASES = set(re.findall(r'phrase\(\s*"(\w+)"', (REPO / "src" / "travelrisk" / "report" / "terminal.py").read_text())) | {
    "and", "no_instrument", "no_precedent"}


def interview_messages() -> list[str]:
    tree = ast.parse((REPO / "src" / "travelrisk" / "model" / "interview.py").read_text())
    return [n.args[0].value for n in ast.walk(tree)
            if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "N_" and n.args
            and isinstance(n.args[0], ast.Constant) and isinstance(n.args[0].value, str)]


def run(*args):
    return subprocess.run([sys.executable, "-m", "travelrisk", *map(str, args)], capture_output=True, text=True,
                          timeout=120)


@pytest.mark.parametrize("lang", OTHERS)
def test_every_rule_level_harm_and_interview_question_is_translated(lang):
    c = BOOK.translations[lang]
    missing = [f"rule {r.id}" for r in BOOK.rules if r.id not in c.rules]
    missing += [f"level {lv.value}" for lv in Level if not c.levels.get(lv.value, "").strip()]
    missing += [f"harm {h}" for h in BOOK.harms if not c.harms.get(h, "").strip()]
    missing += [f"confidence {k}" for k in ("established", "reported", "unverified") if not c.confidences.get(k)]
    missing += [f"effect {k}" for k in ("raises", "informs", "lowers") if not c.effects.get(k)]
    missing += [f"leg kind {k}" for k in ("entry", "transit", "overflight", "land_crossing", "departure")
                if not c.leg_kinds.get(k)]
    missing += [f"phrase {k}" for k in sorted(PHRASES) if not c.phrases.get(k, "").strip()]
    missing += [f"interview {m!r}" for m in interview_messages() if not c.messages.get(m, "").strip()]
    assert missing == []
    for r in BOOK.rules:
        t = c.rules[r.id]
        assert t.title.strip() and t.text.strip()
        assert placeholders(t.text) == placeholders(r.text), r.id
        assert bool(t.not_formalised) == bool(r.not_formalised), r.id
        assert t.text != r.text and t.title != r.title, f"{r.id} is not translated"


@pytest.mark.parametrize("lang", OTHERS)
def test_every_translation_follows_the_glossary(lang):
    g = BOOK.glossary
    assert g is not None and len(g.term) >= 10
    c = BOOK.translations[lang]
    breaches = [(r.id, b) for r in BOOK.rules
                for english, text in ((r.title, c.rules[r.id].title), (r.text, c.rules[r.id].text))
                for b in g.breaches(english, text, lang)]
    assert breaches == []


def test_a_term_translated_against_the_glossary_is_caught():
    g = Glossary(term=[Term(en="red notice", ru=["красн"], be=["чырвон"], uk=["червон"])])
    assert g.breaches("a red notice", "розыскное уведомление", "ru")
    assert not g.breaches("a red notice", "красное уведомление", "ru")


def test_a_translation_that_loses_a_placeholder_is_refused(tmp_path):
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(bundled_rules_path(), rules)
    ru = rules / "i18n" / "ru.toml"
    text = ru.read_text(encoding="utf-8")
    assert "{destination_name}" in text
    ru.write_text(text.replace("{destination_name}", "страна", 1), encoding="utf-8")
    with pytest.raises(RulebookError) as caught:
        load_rulebook(rules, use_cache=False)
    assert "ru.toml" in str(caught.value) and "placeholders differ" in str(caught.value)


@pytest.mark.parametrize("env, lang", [
    ({"LANG": "ru_RU.UTF-8"}, "ru"), ({"LANG": "be_BY.UTF-8"}, "be"), ({"LC_ALL": "uk_UA.UTF-8", "LANG": "en_US"}, "uk"),
    ({"LANG": "de_DE.UTF-8"}, "en"), ({"LANG": "C.UTF-8", "LANGUAGE": "ru:en"}, "ru"), ({}, "en"),
    ({"LC_ALL": "fr_FR.UTF-8", "LANG": "ru_RU.UTF-8"}, "en"),
])
def test_the_default_language_follows_the_locale(env, lang):
    assert language_from_environment(env) == lang


@pytest.mark.parametrize("lang", OTHERS)
def test_check_speaks_the_language_asked_for(lang):
    c = BOOK.translations[lang]
    out = run("check", "--profile", EXAMPLE, "--to", "RU", "--lang", lang)
    assert out.returncode == 0, out.stderr
    head = out.stdout.splitlines()[0]
    assert head.startswith(c.levels["severe"].upper())
    assert country_name("RU", lang) in head and country_name("RU", lang) != "Russian Federation"
    english = {r.title for r in BOOK.rules}
    titles = [line.split(None, 1)[1].rsplit(" [", 1)[0] for line in out.stdout.splitlines()
              if line.startswith("    ") and not line.startswith("     ")]
    assert titles and not set(titles) & english
    assert all(t in {x.title for x in c.rules.values()} for t in titles)
    assert c.phrases["findings"] in out.stdout and c.phrases["not_advice"] in out.stdout
    assert "\ufffd" not in out.stdout


def test_json_never_changes_with_the_language():
    en = run("check", "--profile", EXAMPLE, "--to", "GE", "--json", "--on", "2026-11-25")
    ru = run("check", "--profile", EXAMPLE, "--to", "GE", "--json", "--on", "2026-11-25", "--lang", "ru")
    assert json.loads(en.stdout) == json.loads(ru.stdout)
    assert "values" not in json.loads(en.stdout)["findings"][0]


def test_an_unknown_language_is_a_clear_error():
    p = run("check", "--profile", EXAMPLE, "--to", "RU", "--lang", "xx")
    assert p.returncode == 2 and "--lang" in p.stderr and "'be', 'ru', 'uk'" in p.stderr
    from travelrisk.cli import LANGUAGES as CLI_LANGUAGES

    assert CLI_LANGUAGES == LANGUAGES


@pytest.mark.parametrize("lang", OTHERS)
def test_check_says_its_open_questions_and_caveats_in_the_language(lang):
    out = run("check", "--profile", EXAMPLE, "--to", "CA", "--lang", lang).stdout
    questions = [line for line in out.splitlines() if line.startswith("  ? ")]
    assert questions and not [q for q in questions if q.startswith("  ? Could raise this")]
    assert "Research depth:" not in out


@pytest.mark.parametrize("lang", OTHERS)
def test_every_instrument_is_named_in_the_language_and_findings_use_the_name(lang):
    c = BOOK.translations[lang]
    missing = [i for i in BOOK.instruments if not c.instruments.get(i, "").strip()]
    assert missing == []
    g = BOOK.glossary
    assert [(i, b) for i, inst in BOOK.instruments.items()
            for b in g.breaches(inst.name, c.instruments[i], lang)] == []
    out = run("check", "--profile", EXAMPLE, "--to", "GE", "--lang", lang).stdout
    texts = [line for line in out.splitlines() if line.startswith(" " * 17) and not line.strip().startswith("·")]
    assert any(c.instruments["european-extradition-1957"] in t for t in texts)
    assert not any("European Convention on Extradition" in t for t in texts)


@pytest.mark.parametrize("lang", OTHERS)
def test_a_treaty_point_left_open_is_headed_by_the_treaty_name_in_the_language(lang):
    from travelrisk import Profile, assess

    profile = Profile.model_validate_json(EXAMPLE.read_text())
    a = assess(profile, "TR", rulebook=BOOK)
    points = [c for c in a.caveats if c.instrument]
    assert points, "the example person at Türkiye: a treaty between Türkiye and Belarus or Russia leaves a point open"
    out = run("check", "--profile", EXAMPLE, "--to", "TR", "--lang", lang).stdout
    for c in points:
        assert c.about == BOOK.instruments[c.instrument].name
        assert f"{BOOK.translations[lang].instruments[c.instrument]}: {c.text[:40]}" in out


# --- what an open question depends on ---------------------------------------------------------


@pytest.mark.parametrize("lang", OTHERS)
def test_every_checklist_question_is_translated_with_its_placeholders(lang):
    c = BOOK.translations[lang]
    for item in BOOK.checklist.items:
        text = c.checklist.get(item.id, "")
        assert text.strip() and text != item.missing, f"checklist item {item.id} is not translated"
        assert placeholders(text) == placeholders(item.missing), item.id


def _clauses(profile, on):
    from travelrisk import assess_world

    world = assess_world(profile, on=on, rulebook=BOOK)
    return sorted({m for a in world.values() for c in a.caveats for m in c.missing})


@pytest.mark.parametrize("lang", OTHERS)
def test_every_clause_an_open_question_depends_on_is_said_in_the_language(lang):
    """Whatever the engine finds missing, anywhere in the world, for the example person and
    the heavy one, on two dates (one past the research's last search): no clause stays in
    English; a country's and a treaty's names are said in the language too."""
    from datetime import date

    from travelrisk.language.i18n import words
    from travelrisk.model.profile import Profile
    from travelrisk.language.sentences import missing as depends_clause

    w = words(BOOK, lang)
    heavy = Profile.model_validate_json((REPO / "tests" / "fixtures" / "heavy-profile.json").read_text())
    example = Profile.model_validate_json(EXAMPLE.read_text())
    clauses = {m for p in (example, heavy) for on in (date(2026, 6, 1), date(2029, 1, 1)) for m in _clauses(p, on)}
    assert len(clauses) > 50
    english = [m for m in clauses if depends_clause(m, w, BOOK) == m]
    assert english == []
    said = {depends_clause(m, w, BOOK) for m in clauses}
    left = [s for s in said if re.search(r"\b(whether|is a party|has a treaty|detains on|Interpol's stance|"
                                         r"not yet researched|not searched|the last search)\b", s)]
    assert left == []
    assert not [s for s in said if "Russian Federation" in s or "Kazakhstan" in s]


def test_a_clause_of_an_unknown_shape_is_kept_as_written():
    from travelrisk.language.i18n import words
    from travelrisk.language.sentences import missing as depends_clause

    w = words(BOOK, "ru")
    odd = "whether the moon is a party to nothing at all, said another way"
    assert depends_clause(odd, w, BOOK) == odd
    # a known shape with a name the rulebook does not hold: the shape is said, the name kept
    clause = f"whether {country_name('TR')} is a party to the No Such Treaty"
    assert depends_clause(clause, w, BOOK) == \
        f"является ли государство {country_name('TR', 'ru')} участником документа «No Such Treaty»"


def test_a_checklist_translation_that_loses_a_placeholder_or_names_no_item_is_refused(tmp_path):
    import shutil

    rules = tmp_path / "rules"
    shutil.copytree(REPO / "tests" / "fixtures" / "mini", rules)
    (rules / "i18n").mkdir(exist_ok=True)
    (rules / "i18n" / "ru.toml").write_text(
        'language = "ru"\nname = "Русский"\n[checklist]\n'
        'treaty = "есть ли договор (ещё не исследовано)"\nno_such_item = "что-то"\n', encoding="utf-8")
    with pytest.raises(RulebookError) as exc:
        load_rulebook(rules, use_cache=False)
    said = "\n".join(str(p) for p in exc.value.problems)
    assert "checklist.treaty" in said and "placeholders differ" in said
    assert "checklist.no_such_item" in said and "not an item of checklist.toml" in said


def _facts(profile, on):
    from travelrisk import assess_world

    world = assess_world(profile, on=on, rulebook=BOOK)
    return sorted({t for a in world.values() for f in a.findings for t in f.facts})


@pytest.mark.parametrize("lang", OTHERS)
def test_every_fact_the_engine_words_is_said_in_the_language(lang):
    """A finding's facts that the engine words itself (a treaty's party, a precedent, a
    passport, Interpol's practice) are said in the language, with the names in it; facts
    that are the rulebook's own text stay as researched."""
    from datetime import date

    from travelrisk.language.i18n import words
    from travelrisk.language.sentences import fact
    from travelrisk.model.profile import Profile

    w = words(BOOK, lang)
    heavy = Profile.model_validate_json((REPO / "tests" / "fixtures" / "heavy-profile.json").read_text())
    example = Profile.model_validate_json(EXAMPLE.read_text())
    facts = {t for p in (example, heavy) for t in _facts(p, date(2026, 6, 1))}
    engine = re.compile(r"( is a party to the |^Interpol's stance on | detains on |^Your passport from |"
                        r"^\d{4}-\d{2}-\d{2}: )")
    worded = [t for t in facts if engine.search(t)]
    assert len(worded) > 100
    left = [t for t in worded if fact(t, w, BOOK) == t]
    assert left == []
    # the engine's own words are gone; a research note quoted after a colon may be English
    heads = [fact(t, w, BOOK).split(": ", 1)[0] for t in worded if not re.match(r"\d{4}-", t)]
    assert not [h for h in heads if engine.search(h) or "Russian Federation" in h]
    lines = [fact(t, w, BOOK) for t in worded if re.match(r"\d{4}-", t)]
    assert lines and not [s for s in lines if re.search(r"\((extradited|deported|rendered|detained|asylum|refused)", s)
                          or "at the request of" in s]


def test_a_precedent_whose_description_holds_parentheses_keeps_it_whole():
    from travelrisk.language.i18n import words
    from travelrisk.language.sentences import fact

    line = "2026-02-08: Lyubomir Korba, Ukrainian-born Russian citizen (b. 1960) (extradited, at the request of " \
           f"{country_name('RU')})"
    said = fact(line, words(BOOK, "ru"), BOOK)
    assert said == f"8 февраля 2026 г.: Lyubomir Korba, Ukrainian-born Russian citizen (b. 1960) (выдача, по запросу " \
                   f"государства {country_name('RU', 'ru')})"
