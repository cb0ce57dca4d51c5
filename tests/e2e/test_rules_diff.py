"""`travelrisk rules diff OLD NEW`: what a reviewer reads before signing an update."""

import re
import shutil
import subprocess
import sys

from travelrisk.language.loader import bundled_rules_path


def run(*args):
    return subprocess.run([sys.executable, "-m", "travelrisk", *map(str, args)], capture_output=True, text=True,
                          timeout=300)


def _copy(tmp_path, name):
    target = tmp_path / name
    shutil.copytree(bundled_rules_path(), target)
    return target


def _first_precedent(path):
    """A country file's text and its first precedent block (up to the next table)."""
    text = path.read_text(encoding="utf-8")
    start = text.index("[[precedents]]\n")
    end = re.compile(r"^\[", re.M).search(text, start + 1).start()
    return text, text[start:end]


def _one_change(old, new, path, pattern, replacement):
    """Rewrite the first match of ``pattern`` in ``path`` (a file of ``new``); the diff's output,
    which must count exactly one changed fact."""
    path.write_text(re.compile(pattern).sub(replacement, path.read_text(encoding="utf-8"), count=1),
                    encoding="utf-8")
    p = run("rules", "diff", old, new)
    assert p.returncode == 0, p.stderr
    assert "0 facts added, 1 changed, 0 removed." in p.stdout
    return p.stdout


def test_an_unchanged_rulebook_changes_nothing(tmp_path):
    old = _copy(tmp_path, "old")
    p = run("rules", "diff", old, bundled_rules_path())
    assert p.returncode == 0, p.stderr
    assert "0 facts added, 0 changed, 0 removed." in p.stdout
    assert p.stdout.rstrip().endswith("none")


def test_a_removed_precedent_is_listed_with_its_sources_and_the_answers_it_moves(tmp_path):
    old, new = _copy(tmp_path, "old"), _copy(tmp_path, "new")
    kg = new / "countries" / "kg.toml"
    text, block = _first_precedent(kg)
    who = next(line for line in block.splitlines() if line.startswith("who = ")).split('"')[1]
    kg.write_text(text.replace(block, ""), encoding="utf-8")

    p = run("rules", "diff", old, new)
    assert p.returncode == 0, p.stderr
    out = p.stdout
    assert "0 facts added, 0 changed, 1 removed." in out
    line = next(x for x in out.splitlines() if x.startswith("  - KG: precedent"))
    assert who in line
    # what it stood on, as a reader would cite it: id, title, publisher, date
    cited = [x for x in out.splitlines() if x.strip().startswith("was sourced: [")]
    assert cited and all(" — " in x for x in cited)
    # the answers it moves, for the scenario people it concerns, from a higher level to a lower one
    moved = out.split("Answers that move", 1)[1]
    assert "KG: SEVERE -> HIGH" in moved

    brief = run("rules", "diff", old, new, "--brief").stdout
    assert "  - KG: precedent" in brief and "was sourced" not in brief


def test_a_changed_party_date_is_one_change_not_a_removal_and_an_addition(tmp_path):
    old, new = _copy(tmp_path, "old"), _copy(tmp_path, "new")
    f = new / "instruments" / "european-extradition-1957.toml"
    text = f.read_text(encoding="utf-8")
    assert "from = 2025-06-01" in text  # Chile's accession took effect on 1 June 2025
    f.write_text(text.replace("from = 2025-06-01", "from = 2025-03-03", 1), encoding="utf-8")
    out = run("rules", "diff", old, new).stdout
    assert "0 facts added, 1 changed, 0 removed." in out
    assert "2025-06-01 -> 2025-03-03" in out


def test_a_missing_or_broken_rulebook_is_named(tmp_path):
    p = run("rules", "diff", tmp_path / "nowhere", bundled_rules_path())
    assert p.returncode == 2 and "OLD" in p.stderr and "nowhere" in p.stderr
    broken = _copy(tmp_path, "broken")
    (broken / "countries" / "kg.toml").write_text("country = \n", encoding="utf-8")
    p = run("rules", "diff", bundled_rules_path(), broken)
    assert p.returncode == 2 and "NEW" in p.stderr and "kg.toml" in p.stderr


def test_a_reworded_open_point_is_a_change_a_reviewer_sees(tmp_path):
    """An open point is shown to readers, so an update that rewords one says so."""
    old, new = _copy(tmp_path, "old"), _copy(tmp_path, "new")
    out = _one_change(old, new, new / "countries" / "kg.toml",
                      r'(\[\[questions\]\]\ntext = )("""(?:.|\n)*?"""|"[^"\n]*")', r'\1"A reworded point."')
    block = out.split("  ~ KG: open point 1\n", 1)[1]
    assert block.splitlines()[0].strip().startswith("text: ") and "-> A reworded point." in block.splitlines()[0]


def test_a_long_text_changed_past_its_opening_shows_the_changed_part(tmp_path):
    """A reviewer must see what an update rewords, not the same first 160 characters twice."""
    old, new = _copy(tmp_path, "old"), _copy(tmp_path, "new")
    kg = new / "countries" / "kg.toml"
    text, block = _first_precedent(kg)
    start = block.index('summary = """') + len('summary = """')
    end = block.index('"""', start)
    assert end - start > 300  # long enough that the change lies past what fits on a line
    changed = block[:end] + ' A SENTENCE ADDED AT THE END.' + block[end:]
    kg.write_text(text.replace(block, changed), encoding="utf-8")
    out = run("rules", "diff", old, new).stdout
    assert "0 facts added, 1 changed, 0 removed." in out
    line = next(x for x in out.splitlines() if x.strip().startswith("summary: "))
    before, after = line.split(" -> ")
    assert "A SENTENCE ADDED AT THE END" in after and "A SENTENCE ADDED" not in before
    assert before.strip().startswith("summary: …") and after.startswith("…")


def test_a_source_changed_in_place_is_listed_though_no_fact_changes(tmp_path):
    """A source entry given another address (a copy replaced by its original) changes what
    every fact citing it rests on: a reviewer sees it, by id, with the fields that changed."""
    old, new = _copy(tmp_path, "old"), _copy(tmp_path, "new")
    kg = new / "countries" / "kg.toml"
    text = kg.read_text(encoding="utf-8")
    entries = re.compile(r'^\[source\.([^\]]+)\]\n(?:(?!\[)[^\n]*\n)*?url = "([^"]+)"', re.M).finditer(text)
    entry = next(e for e in entries if len(e.group(2)) < 100)  # an address the diff shows whole
    sid, url = entry.group(1), entry.group(2)
    kg.write_text(text[:entry.start(2)] + "https://example.org/original" + text[entry.end(2):], encoding="utf-8")
    out = run("rules", "diff", old, new).stdout
    assert "0 facts added, 0 changed, 0 removed." in out
    assert "0 source entries added, 1 changed, 0 removed" in out
    block = out.split("\nSources", 1)[1].split("\nAnswers that move", 1)[0]
    assert f"  ~ [{sid}] " in block
    assert f"url: {url} -> https://example.org/original" in block
    assert run("rules", "diff", old, new, "--brief").stdout.count(f"[{sid}]") == 1


def test_an_offence_and_a_country_summary_changed_are_changes_a_reviewer_sees(tmp_path):
    """What a pursuing state charges people with, and a country's summary and searched text,
    are shown to readers with their sources, so an update that rewords them says so."""
    old, new = _copy(tmp_path, "old"), _copy(tmp_path, "new")
    ru = new / "requesters" / "ru.toml"
    text = ru.read_text(encoding="utf-8")
    offence = re.compile(r'(\[\[offences\]\]\nname = "([^"\n]*)"\nnote = )("""(?:.|\n)*?"""|"[^"\n]*")')
    name = offence.search(text).group(2)
    ru.write_text(offence.sub(r'\1"A reworded note."', text, count=1), encoding="utf-8")
    kg = new / "countries" / "kg.toml"
    summary = re.compile(r'^summary = ("""(?:.|\n)*?"""|"[^"\n]*")', re.M)
    kg.write_text(summary.sub('summary = "A new summary."', kg.read_text(encoding="utf-8"), count=1),
                  encoding="utf-8")
    p = run("rules", "diff", old, new)
    assert p.returncode == 0, p.stderr
    assert "0 facts added, 2 changed, 0 removed." in p.stdout
    assert f"  ~ RU: offence '{name}'\n      note: " in p.stdout and "-> A reworded note." in p.stdout
    block = p.stdout.split("  ~ KG\n", 1)[1]
    assert block.splitlines()[0].strip().startswith("summary: ") and "-> A new summary." in block.splitlines()[0]


def test_an_older_rulebook_whose_translations_fit_older_sentences_is_still_compared(tmp_path):
    """Translations are checked against the program's own sentences, which change with the
    program; a diff compares facts, so an older rulebook is read without its translations.
    A broken fact is still refused."""
    old = _copy(tmp_path, "old")
    ru = old / "i18n" / "ru.toml"
    ru.write_text(ru.read_text(encoding="utf-8").replace("\nparty_since = ", "\nparty_since_of_old = ", 1),
                  encoding="utf-8")
    p = run("rules", "diff", old, bundled_rules_path(), "--brief")
    assert p.returncode == 0, p.stderr
    assert "0 facts added, 0 changed, 0 removed." in p.stdout

    kg = old / "countries" / "kg.toml"
    kg.write_text(kg.read_text(encoding="utf-8").replace('outcome = "', 'outcome = "unheard_of_', 1), encoding="utf-8")
    p = run("rules", "diff", old, bundled_rules_path(), "--brief")
    assert p.returncode == 2 and "OLD" in p.stderr and "kg.toml" in p.stderr


def test_an_interpol_note_without_an_answer_is_compared_too(tmp_path):
    """Where nothing is known of arrests on notices, the Interpol note (what was found) is still
    what a reader sees: an update that rewords it is a change."""
    old, new = _copy(tmp_path, "old"), _copy(tmp_path, "new")
    target = None
    for path in sorted((new / "countries").glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        block = re.search(r"^\[interpol\]\n((?:[^\[].*\n)*)", text, re.M)
        if block and "note = " in block.group(1) and "arrests_on_" not in block.group(1):
            target = path
            break
    assert target is not None, "the bundled rulebook has an Interpol note with no answer"
    out = _one_change(old, new, target, r'(\[interpol\]\n(?:[^\[].*\n)*?)note = ("""(?:.|\n)*?"""|"[^"\n]*")',
                      r'\1note = "A reworded note."')
    assert f"  ~ {target.stem.upper()}: Interpol practice\n" in out and "-> A reworded note." in out


def test_a_second_precedent_for_the_same_person_and_year_is_added_not_folded_into_the_first(tmp_path):
    # A detention and, months later, the handover of the same person are two facts: the second
    # must read as added, and the first must stay as it was (not "changed" into the second).
    old, new = _copy(tmp_path, "old"), _copy(tmp_path, "new")
    kg = new / "countries" / "kg.toml"
    text, block = _first_precedent(kg)
    who = next(line for line in block.splitlines() if line.startswith("who = ")).split('"')[1]
    date = next(line for line in block.splitlines() if line.startswith("date = ")).split(" = ")[1]
    second = re.sub(r'^outcome = ".*"$', 'outcome = "handed_over"', block, count=1, flags=re.M)
    second = re.sub(r"^date = \d{4}-\d\d-\d\d$", f"date = {date[:4]}-12-31", second, count=1, flags=re.M)
    assert second != block
    kg.write_text(text.replace(block, block + "\n" + second), encoding="utf-8")

    p = run("rules", "diff", old, new)
    assert p.returncode == 0, p.stderr
    assert "1 fact added, 0 changed, 0 removed." in p.stdout
    added = [x for x in p.stdout.splitlines() if x.startswith("  + KG: precedent")]
    assert len(added) == 1 and who in added[0] and f"{date[:4]}-12-31" in added[0]
