"""``travelrisk report`` as a user runs it: a real subprocess, real files, each format read back."""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from leaks import DISTINCT_PROFILE, leaks

MINI = Path(__file__).parents[1] / "fixtures" / "mini"
ON = "2026-01-01"

# Belarusian (ў, і), Russian (ы, ё) and Ukrainian (ї, є, ґ) in one source title.
CYRILLIC = "Дагавор аб міждзяржаўным вышуку; Договор о розыске лиц, подписанный ещё; Договір про розшук ґ є ї"
DISTINCT = DISTINCT_PROFILE


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "travelrisk", *args], capture_output=True, text=True, timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


@pytest.fixture
def rules(tmp_path) -> Path:
    """The mini rulebook with its treaty's title in Belarusian, Russian and Ukrainian."""
    target = tmp_path / "rules"
    shutil.copytree(MINI, target)
    sources = target / "sources.toml"
    sources.write_text(sources.read_text().replace('"Fixture treaty text"', json.dumps(CYRILLIC, ensure_ascii=False)),
                       encoding="utf-8")
    return target


@pytest.fixture
def profile(tmp_path) -> Path:
    path = tmp_path / "me.json"
    path.write_text(json.dumps(DISTINCT))
    return path


def report(profile: Path, rules: Path, out: Path, *extra: str) -> subprocess.CompletedProcess:
    return run("report", "--profile", str(profile), "--to", "KZ", "--to", "TR", "--on", ON, "--rules", str(rules),
               "-o", str(out), *extra)


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (Debian's poppler-utils) is not installed: the PDF cannot be read back")
    return subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout


def check_citations(text: str) -> None:
    """A numbered citation in the findings resolves to an entry of the source list."""
    body, _, sources = text.partition("Sources")
    cited = set(re.findall(r"\[(\d+)\]", body))
    assert cited, "no numbered citation"
    for n in cited:
        assert re.search(rf"\[{n}\] (Fixture news report|{re.escape(CYRILLIC[:20])})", sources), n


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_each_text_format_is_written_and_reads_back(tmp_path, profile, rules, fmt):
    out = tmp_path / f"memo.{fmt}"
    p = report(profile, rules, out, "--format", fmt)
    assert p.returncode == 0, p.stderr
    assert p.stdout == "" and f"wrote {out}" in p.stderr and "not encrypted" in p.stderr
    assert stat.S_IMODE(out.stat().st_mode) == 0o600, "a memo is readable by its owner only"
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        data = json.loads(text)
        kz = data["sections"][0]
        assert kz["destination_name"] == "Kazakhstan" and kz["level"] == "severe"
        titles = {s["number"]: s["title"] for s in data["sources"]}
        pact = next(f for f in kz["findings"] if f["rule_id"] == "pact-listed")
        assert titles[pact["facts"][0]["citations"][0]] == CYRILLIC
        assert "information, not legal advice" in data["disclaimer"]
        return
    if fmt == "html":
        from html import unescape

        assert text.startswith("<!DOCTYPE html>") and 'href="#source-1"' in text
        text = unescape(re.sub(r"<[^>]+>", "", text))
    assert "Kazakhstan (KZ)" in text and "SEVERE" in text and CYRILLIC in text
    assert "information, not legal advice" in text
    check_citations(text)


def test_pdf_reads_back_with_destination_level_citation_and_cyrillic(tmp_path, profile, rules):
    out = tmp_path / "memo.pdf"
    p = report(profile, rules, out)  # the format from the suffix
    assert p.returncode == 0, p.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert "no installed font" not in p.stderr, "every Cyrillic letter has a font"
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert "Kazakhstan (KZ)" in flat and "SEVERE" in flat and "LOW" in flat
    assert CYRILLIC in flat, "Belarusian, Russian and Ukrainian letters come back intact"
    assert "information, not legal advice" in flat
    check_citations(flat)


def test_pdf_warns_of_characters_no_font_can_draw(tmp_path, profile, rules):
    fc_list = shutil.which("fc-list")
    if fc_list and subprocess.run([fc_list, ":charset=1e900", "family"], capture_output=True, text=True).stdout.strip():
        pytest.skip("this machine has a font with Adlam letters, so nothing is unprintable here")
    sources = rules / "sources.toml"
    sources.write_text(sources.read_text(encoding="utf-8").replace("Fixture news report", "Report \U0001E900"),
                       encoding="utf-8")
    p = report(profile, rules, tmp_path / "memo.pdf")
    assert p.returncode == 0, p.stderr
    assert "warning: no installed font can draw '\U0001E900'" in p.stderr
    assert "html and md formats keep every character" in p.stderr


@pytest.mark.parametrize("fmt", ["md", "html", "json", "pdf"])
def test_redact_leaves_no_profile_detail_in_any_format(tmp_path, profile, rules, fmt):
    plain, redacted = tmp_path / f"plain.{fmt}", tmp_path / f"redacted.{fmt}"
    assert report(profile, rules, plain).returncode == 0
    p = report(profile, rules, redacted, "--redact")
    assert p.returncode == 0, p.stderr
    read = pdf_text if fmt == "pdf" else (lambda path: path.read_text(encoding="utf-8"))
    before, after = read(plain), read(redacted)
    assert {"Belarus", "Iceland", "donor"} <= set(leaks(before)), "the check would catch a leak"
    assert leaks(after) == []
    assert "requesting state" in after and "severe" in after.lower() and "Fixture news report" in after


def test_redact_warns_when_a_destination_is_one_of_the_persons_states(tmp_path, profile, rules):
    p = run("report", "--profile", str(profile), "--to", "BY", "--rules", str(rules), "--on", ON,
            "--format", "md", "--redact")
    assert p.returncode == 0, p.stderr
    assert "warning: --redact: BY is one of the profile's states" in p.stderr
    assert "warning" not in p.stdout and "# Travel-risk memo: Belarus" in p.stdout


def test_without_qt_pdf_exits_1_and_names_the_formats_that_work(tmp_path, profile, rules):
    out = tmp_path / "memo.pdf"
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None  # as on an install without the gui extra\n"
        "from travelrisk.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    args = ["report", "--profile", str(profile), "--to", "KZ", "--on", ON, "--rules", str(rules)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    p = subprocess.run([sys.executable, "-c", code, *args, "--format", "pdf", "-o", str(out)],
                       capture_output=True, text=True, timeout=120, env=env)
    assert p.returncode == 1, p.stderr
    assert "pip install 'travelrisk[gui]'" in p.stderr and "md, html and json" in p.stderr
    assert not out.exists() and p.stdout == ""
    md = subprocess.run([sys.executable, "-c", code, *args, "--format", "md"], capture_output=True, text=True,
                        timeout=120, env=env)
    assert md.returncode == 0, md.stderr
    assert "Kazakhstan (KZ): **SEVERE**" in md.stdout


def test_a_text_format_without_o_goes_to_stdout(profile, rules):
    p = run("report", "--profile", str(profile), "--to", "KZ", "--on", ON, "--rules", str(rules), "--json")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["sections"][0]["level"] == "severe"


@pytest.mark.parametrize(
    "args, needle",
    [
        (["--to", "KZ", "--format", "md"], "--profile"),
        (["--profile", "PROFILE", "--format", "md"], "--to"),
        (["--profile", "PROFILE", "--to", "KZ", "--legs", "LT>KZ", "--format", "md"], "--legs"),
        (["--profile", "PROFILE", "--to", "XX", "--format", "md"], "--to"),
        (["--profile", "PROFILE", "--to", "KZ", "--format", "docx"], "--format"),
        (["--profile", "PROFILE", "--to", "KZ", "-o", "OUT/memo.txt"], "--format"),
        (["--profile", "PROFILE", "--to", "KZ", "--format", "md", "--json"], "--json"),
        (["--profile", "PROFILE", "--to", "KZ", "--format", "pdf"], "-o"),
        (["--profile", "PROFILE", "--to", "KZ", "--format", "md", "-o", "OUT/missing/memo.md"], "-o"),
        (["--profile", "PROFILE", "--to", "KZ", "--format", "md", "--on", "soon"], "--on"),
        (["--profile", "OUT/none.json", "--to", "KZ", "--format", "md"], "--profile"),
    ],
)
def test_bad_input_exits_2_naming_the_flag(tmp_path, profile, rules, args, needle):
    subst = {"PROFILE": str(profile)}
    args = [subst.get(a, a).replace("OUT", str(tmp_path)) for a in args]
    p = run("report", *args, "--rules", str(rules))
    assert p.returncode == 2, p.stderr
    assert needle in p.stderr
    assert p.stdout == ""


def test_trip_report_names_the_worst_leg(tmp_path, profile, rules):
    out = tmp_path / "trip.json"
    p = run("report", "--profile", str(profile), "--legs", "LT>TR:transit>KZ", "--on", ON, "--rules", str(rules),
            "-o", str(out))
    assert p.returncode == 0, p.stderr
    data = json.loads(out.read_text())
    assert data["kind"] == "trip" and [s["destination"] for s in data["sections"]] == ["LT", "TR", "KZ"]
    assert [s["leg_kind"] for s in data["sections"]] == ["departure", "transit", "entry"]
    assert data["level"] == "severe" and data["worst_leg"] == 3 and data["sections"][2]["worst"]
    md = run("report", "--profile", str(profile), "--legs", "LT>TR:transit>KZ", "--on", ON, "--rules", str(rules),
             "--format", "md")
    assert "Trip level**: **SEVERE**; worst leg 3" in md.stdout
    assert "Leg 3 Kazakhstan (KZ): **SEVERE**" in md.stdout and "Türkiye (TR), transit" in md.stdout


def test_a_malformed_legs_exits_2_naming_the_flag_and_the_leg(profile, rules):
    bad = run("report", "--profile", str(profile), "--legs", "LT>XX:transit", "--rules", str(rules), "--format", "md")
    assert bad.returncode == 2 and bad.stdout == ""
    assert "--legs 'LT>XX:transit'" in bad.stderr and "leg 2 'XX:transit'" in bad.stderr
