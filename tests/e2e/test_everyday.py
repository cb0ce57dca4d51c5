"""What a person meets in everyday use of the command line: no false calm, no crash, nothing
overwritten, the project's own words (issue: first run and everyday use)."""

import json
import string
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

MINI = Path(__file__).parents[1] / "fixtures" / "mini"
EXAMPLE = Path(__file__).parents[2] / "examples" / "journalist-by.json"


def run(*args, check=None):
    p = subprocess.run([sys.executable, "-m", "travelrisk", *map(str, args)], capture_output=True, text=True,
                       timeout=120)
    if check is not None:
        assert p.returncode == check, p.stderr
    return p


def test_an_empty_profile_is_never_read_as_safety(tmp_path):
    empty = tmp_path / "me.json"
    empty.write_text(run("profile", "new", check=0).stdout)
    p = run("check", "--profile", empty, "--to", "RU", "--rules", MINI, check=0)
    assert p.stdout.startswith("UNKNOWN (your profile names no state that pursues you)")
    assert "LOW" not in p.stdout and "No rule matched" not in p.stdout
    data = json.loads(run("check", "--profile", empty, "--to", "RU", "--json", "--rules", MINI, check=0).stdout)
    assert data["level"] == data["ceiling"] == "unknown" and not data["settled"]


@pytest.mark.parametrize("on", ["9999-12-31", "0001-01-01", "1900-01-01", "2101-01-01"])
def test_a_travel_date_out_of_range_is_bad_input_not_a_crash(profile_file, on):
    p = run("check", "--profile", profile_file, "--to", "KZ", "--on", on, "--rules", MINI)
    assert p.returncode == 2 and "--on" in p.stderr and "1991-12-26 to 2100-12-31" in p.stderr
    assert "Traceback" not in p.stderr
    p = run("trip", "--profile", profile_file, "--legs", f"LT>TR@{on}", "--rules", MINI)
    assert p.returncode == 2 and "leg 2" in p.stderr and "Traceback" not in p.stderr


def test_a_date_years_past_the_review_says_it_is_a_projection(profile_file):
    p = run("check", "--profile", profile_file, "--to", "KZ", "--on", "2040-01-01", "--rules", MINI, check=0)
    assert "projection, not an answer" in p.stdout


@pytest.fixture
def profile_file(tmp_path):
    path = tmp_path / "me.json"
    path.write_text(json.dumps({"citizenships": ["BY"], "listings": [{"state": "BY", "kind": "wanted"}]}))
    return path


@pytest.mark.parametrize("typed, says", [
    ("Korea", "North Korea (KP) or South Korea (KR)"),
    ("Congo", "(CD) or Congo (CG)"),
    ("Kazahstan", "Did you mean Kazakhstan (KZ)?"),
])
def test_a_name_that_is_not_one_country_says_why(profile_file, typed, says):
    p = run("check", "--profile", profile_file, "--to", typed, "--rules", MINI)
    assert p.returncode == 2 and says in p.stderr


def test_control_characters_in_what_was_typed_are_shown_not_acted_on(profile_file):
    p = run("check", "--profile", profile_file, "--to", "K\x1b[2Jz", "--rules", MINI)
    assert p.returncode == 2 and "\x1b" not in p.stderr and "\\x1b" in p.stderr


def test_a_profile_written_the_way_people_write(tmp_path):
    me = tmp_path / "me.json"
    me.write_bytes("\ufeff".encode() + json.dumps(
        {"citizenships": ["by"], "listings": [{"state": "Belarus", "kind": "wanted"}]}).encode())
    p = run("check", "--profile", me, "--to", "KZ", "--on", "2026-01-01", "--rules", MINI, check=0)
    assert p.stdout.startswith("SEVERE")


def test_a_deeply_nested_profile_is_bad_input(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    p = run("check", "--profile", deep, "--to", "KZ", "--rules", MINI)
    assert p.returncode == 2 and "not valid JSON" in p.stderr and "Traceback" not in p.stderr


def test_a_report_never_replaces_its_input_or_an_existing_file(profile_file, tmp_path):
    before = profile_file.read_bytes()
    p = run("report", "--profile", profile_file, "--to", "KZ", "-o", profile_file, "--rules", MINI)
    assert p.returncode == 2 and "input of this command" in p.stderr
    p = run("report", "--profile", profile_file, "--to", "KZ", "-o", profile_file, "--force", "--rules", MINI)
    assert p.returncode == 2 and profile_file.read_bytes() == before
    memo = tmp_path / "memo.md"
    memo.write_text("my notes")
    p = run("report", "--profile", profile_file, "--to", "KZ", "-o", memo, "--rules", MINI)
    assert p.returncode == 2 and "--force" in p.stderr and memo.read_text() == "my notes"
    run("report", "--profile", profile_file, "--to", "KZ", "-o", memo, "--force", "--rules", MINI, check=0)
    assert memo.read_text().startswith("# Travel-risk memo")


def test_a_report_without_a_format_is_markdown_on_stdout(profile_file):
    p = run("report", "--profile", profile_file, "--to", "KZ", "--rules", MINI, check=0)
    assert p.stdout.startswith("# Travel-risk memo: Kazakhstan")


def test_version_names_the_program_and_the_rulebook():
    out = run("--version", check=0).stdout
    assert out.startswith("travelrisk ") and "bundled rulebook" in out


def test_the_cli_tags_safeguards_with_the_words_the_app_uses():
    from travelrisk.language.rule import Effect

    assert (Effect.LOWERS.label, Effect.INFORMS.label) == ("PROTECTS YOU", "GOOD TO KNOW")
    p = run("check", "--profile", EXAMPLE, "--to", "GE", "--lang", "en")
    assert p.returncode == 0 and "PROTECTS YOU" in p.stdout  # the app's side: tests/gui/test_languages.py


def test_the_land_kind_is_named_as_the_help_names_it(profile_file):
    p = run("trip", "--profile", profile_file, "--legs", "LT>BY:lnd", "--rules", MINI)
    assert p.returncode == 2 and "land (land_crossing)" in p.stderr


# --- no traceback, whatever the input ---------------------------------------------------------

junk = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
fields = st.sampled_from(["citizenships", "residence", "exposure", "listings", "documents", "protections", "x"])
profiles = st.dictionaries(fields, junk, max_size=4)
dates = st.text(alphabet=string.digits + "-", min_size=0, max_size=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=profiles, on=dates)
def test_malformed_profiles_and_dates_are_bad_input_naming_the_field(tmp_path, capsys, data, on):
    from pydantic import ValidationError

    from travelrisk import Profile
    from travelrisk.cli import main

    me = tmp_path / "me.json"
    text = json.dumps(data)
    me.write_text(text)
    try:
        Profile.model_validate_json(text)
        valid = True
    except ValidationError:
        valid = False
    try:
        code = main(["check", "--profile", str(me), "--to", "KZ", "--on", on, "--rules", str(MINI)])
    except SystemExit as exc:  # argparse rejects a bad --on itself, with exit 2
        code = exc.code
    err = capsys.readouterr().err
    assert code in (0, 2), err
    if code == 2:
        assert "--on" in err or "--profile" in err, err
        assert "Traceback" not in err and "Value error" not in err and "Input should be" not in err
    if not valid:
        assert code == 2 and "--profile" in err


def test_passport_findings_say_only_what_is_true_of_that_passport(tmp_path):
    """A Russian passport gets no sentence about Belarusian embassies, and a passport that ran
    out in 2020 is called expired, not 'expiring within six months'."""
    from datetime import date

    from travelrisk import Profile, assess

    ru = Profile(citizenships=["RU"], exposure={"journalist"},
                 documents=[{"kind": "passport", "issuer": "RU", "expires": "2027-01-01"}])
    text = " ".join(f.text + " ".join(f.facts) for f in assess(ru, "MD", on=date(2026, 11, 25)).findings)
    assert "Belarus" not in text and "runs out within six months" in text
    old = Profile(citizenships=["BY"], exposure={"journalist"},
                  documents=[{"kind": "passport", "issuer": "BY", "expires": "2020-05-01"}])
    a = assess(old, "MD", on=date(2026, 11, 25))
    ids = {f.rule_id for f in a.findings}
    assert "passport-expired" in ids and "passport-expiring" not in ids
    assert "passport-no-renewal-abroad" in ids  # Belarus's stop on renewals abroad, with its source
    renewal = next(f for f in a.findings if f.rule_id == "passport-no-renewal-abroad")
    assert any("2023" in fact for fact in renewal.facts) and renewal.sources


def test_where_the_person_lives_is_said_with_the_permit():
    from datetime import date

    from travelrisk import Profile, assess

    me = Profile.model_validate_json(EXAMPLE.read_text())
    a = assess(me, me.residence, on=date(2026, 11, 25))
    assert a.residence and "permit-here" in {f.rule_id for f in a.findings}
    p = run("check", "--profile", EXAMPLE, "--to", me.residence, check=0)
    assert "where you live" in p.stdout.splitlines()[0]
