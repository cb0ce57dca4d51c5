"""The compiled rulebook: what it restores equals what the files say, entry by entry; a
damaged entry is taken from the files; several rulebooks are kept side by side; a built
package ships its bundled rulebook compiled."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from travelrisk import Profile, assess, load_rulebook
from travelrisk.language import compiled, loader
from travelrisk.language.loader import bundled_rules_path, content_hash, rulebook_files

MINI = Path(__file__).parents[1] / "fixtures" / "mini"


def _dumped(book) -> dict:
    return {
        "info": book.info.model_dump(),
        "rules": [r.model_dump() for r in book.rules],
        "countries": {k: v.model_dump() for k, v in book.countries.items()},
        "sources": {k: v.model_dump() for k, v in book.sources.items()},
        "instruments": {k: v.model_dump() for k, v in book.instruments.items()},
        "requesters": {k: v.model_dump() for k, v in book.requesters.items()},
        "translations": {k: v.model_dump() for k, v in book.translations.items()},
        "scenarios": None if book.scenarios is None else book.scenarios.model_dump(),
        "glossary": None if book.glossary is None else book.glossary.model_dump(),
        "checklist": book.checklist.model_dump(),
        "harms": {k: v.model_dump() for k, v in book.harms.items()},
    }


def _cache(root: Path) -> Path:
    return compiled.cache_file(content_hash(root, rulebook_files(root)))


def test_the_compiled_form_round_trips():
    root = bundled_rules_path()
    fresh = load_rulebook(root, use_cache=False)
    load_rulebook(root)  # writes the compiled form
    assert _cache(root).is_file()
    cached = load_rulebook(root)
    assert isinstance(cached.countries, compiled.LazyModels)  # served from the compiled form
    assert _dumped(cached) == _dumped(fresh)


def test_a_damaged_entry_is_read_from_the_files_and_the_copy_made_anew():
    wanted = Profile(citizenships=["BY"], listings=[{"state": "BY", "kind": "wanted"}])
    before = assess(wanted, "KZ", on=date(2026, 1, 1), rulebook=load_rulebook(MINI, use_cache=False))
    load_rulebook(MINI)
    path = _cache(MINI)
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF  # inside the last entry: the head and its check value are intact
    path.write_bytes(bytes(data))
    book = load_rulebook(MINI)
    assert isinstance(book.countries, compiled.LazyModels)
    every = {k: v.model_dump() for k, v in book.sources.items()} | {
        k: v.model_dump() for k, v in book.countries.items()}
    fresh = load_rulebook(MINI, use_cache=False)
    assert every == {k: v.model_dump() for k, v in fresh.sources.items()} | {
        k: v.model_dump() for k, v in fresh.countries.items()}
    assert book.scenarios == fresh.scenarios and book.glossary == fresh.glossary
    assert dict(book.translations) == dict(fresh.translations)
    assert assess(wanted, "KZ", on=date(2026, 1, 1), rulebook=book).model_dump() == before.model_dump()
    assert not path.exists()  # the damaged copy is gone ...
    load_rulebook(MINI)
    assert path.read_bytes() != bytes(data)  # ... and the next load makes it anew


def test_entries_are_read_when_restored_from_the_copy_as_it_was_opened():
    """The entries stay in the file until asked for: a copy replaced meanwhile (as another
    process's load writes one) is read as it was when opened; one cut short meanwhile is read
    from the files, and the damaged copy is deleted."""
    fresh = load_rulebook(MINI, use_cache=False)
    expected = {k: v.model_dump() for k, v in fresh.countries.items()}
    load_rulebook(MINI)
    path = _cache(MINI)
    data = path.read_bytes()
    book = load_rulebook(MINI)
    assert isinstance(book.countries, compiled.LazyModels)
    other = path.with_suffix(".other")
    other.write_bytes(b"something else entirely")
    other.replace(path)  # an atomic replace, as write_atomic makes it
    assert {k: v.model_dump() for k, v in book.countries.items()} == expected

    path.write_bytes(data)
    book = load_rulebook(MINI)
    start = len(compiled._MAGIC) + compiled._CHECK
    head_end = start + int.from_bytes(data[start - 8:start], "big")
    with open(path, "r+b") as fh:  # cut after the head in place, while the rulebook is in use
        fh.truncate(head_end + 10)
    assert {k: v.model_dump() for k, v in book.countries.items()} == expected
    assert not path.exists()


def test_several_rulebooks_are_kept_and_served_in_turn(tmp_path):
    other = tmp_path / "other"
    shutil.copytree(MINI, other)
    info = other / "rulebook.toml"
    info.write_text(info.read_text(encoding="utf-8") + "\n# another rulebook\n", encoding="utf-8")
    roots = [bundled_rules_path(), MINI, other]
    for root in roots:
        load_rulebook(root)
    written = {root: _cache(root).read_bytes() for root in roots}
    assert len(set(written.values())) == 3
    for root in roots * 2:  # each is served from its own compiled form, none rewritten
        book = load_rulebook(root)
        assert isinstance(book.countries, compiled.LazyModels)
        assert book.content_hash == content_hash(root, rulebook_files(root))
        assert book.path == root
    assert {root: _cache(root).read_bytes() for root in roots} == written


def test_a_rulebook_from_the_compiled_form_pickles_whole():
    import pickle

    root = MINI
    load_rulebook(root)
    book = load_rulebook(root)
    again = pickle.loads(pickle.dumps(book))
    assert _dumped(again) == _dumped(load_rulebook(root, use_cache=False))


def test_the_iso_table_read_from_pycountrys_file_is_pycountrys():
    import pycountry

    from travelrisk.model import iso

    table = iso._from_database()
    assert table is not None
    assert list(table.items()) == [
        (c.alpha_2, getattr(c, "common_name", None) or c.name) for c in pycountry.countries]


def test_the_bundled_rulebooks_hash_is_remembered_by_its_files_sizes_and_times(tmp_path, monkeypatch):
    from travelrisk.language import loader

    bundled = tmp_path / "bundled"
    shutil.copytree(MINI, bundled)
    monkeypatch.setattr(loader, "bundled_rules_path", lambda: bundled)
    monkeypatch.setattr(loader, "_SETTLED", 0)  # the copy was made just now
    first = load_rulebook(bundled)
    files = rulebook_files(bundled)
    assert compiled.remembered(loader._signature(bundled, loader._scan(bundled))) == first.content_hash
    assert load_rulebook(bundled).content_hash == first.content_hash

    # A file rewritten (a new time, a new size) is hashed again: the change is never missed.
    info = bundled / "rulebook.toml"
    info.write_text(info.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    edited = load_rulebook(bundled)
    assert edited.content_hash == content_hash(bundled, files) != first.content_hash
    assert compiled.remembered(loader._signature(bundled, loader._scan(bundled))) == edited.content_hash


def test_a_folder_other_than_the_bundled_one_is_hashed_on_every_load(tmp_path, monkeypatch):
    from travelrisk.language import loader

    monkeypatch.setattr(loader, "_SETTLED", 0)
    other = tmp_path / "other"
    shutil.copytree(MINI, other)
    load_rulebook(other)
    assert compiled.remembered(loader._signature(other, loader._scan(other))) is None


def test_a_damaged_remembered_hash_is_ignored(tmp_path, monkeypatch):
    from travelrisk.language import loader

    bundled = tmp_path / "bundled"
    shutil.copytree(MINI, bundled)
    monkeypatch.setattr(loader, "bundled_rules_path", lambda: bundled)
    monkeypatch.setattr(loader, "_SETTLED", 0)
    truth = load_rulebook(bundled).content_hash
    signature = loader._signature(bundled, loader._scan(bundled))
    compiled._remembered_file(signature).write_text("not a hash")
    assert compiled.remembered(signature) is None
    assert load_rulebook(bundled).content_hash == truth


def test_a_bundled_rulebook_just_written_is_hashed_until_it_settles(tmp_path, monkeypatch):
    from travelrisk.language import loader

    bundled = tmp_path / "bundled"
    shutil.copytree(MINI, bundled)
    monkeypatch.setattr(loader, "bundled_rules_path", lambda: bundled)
    info = bundled / "rulebook.toml"
    info.write_text(info.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert loader._signature(bundled, loader._scan(bundled)) is None  # written a moment ago
    assert load_rulebook(bundled).content_hash == content_hash(bundled, rulebook_files(bundled))
    assert not list(compiled._folder().glob("rulebook-files-*.hash"))


def _ship(tmp_path, monkeypatch, root=MINI):
    shipped = tmp_path / "package" / "compiled"
    monkeypatch.setattr(compiled, "_shipped_folder", lambda: shipped)
    return loader.build_shipped(root, shipped)


def test_a_rulebook_compiled_when_the_package_was_built_serves_an_empty_cache(tmp_path, monkeypatch):
    made = _ship(tmp_path, monkeypatch)
    assert not list(compiled._folder().glob("rulebook-*.pickle"))  # the user's cache is empty
    book = load_rulebook(MINI)
    assert isinstance(book.countries, compiled.LazyModels)  # read from the shipped copy
    assert _dumped(book) == _dumped(load_rulebook(MINI, use_cache=False))
    assert compiled.packaged_file(book.content_hash) == made
    assert _cache(MINI).read_bytes() == made.read_bytes()  # kept where later starts look first


def test_a_shipped_copy_made_by_other_code_is_not_used(tmp_path, monkeypatch):
    made = _ship(tmp_path, monkeypatch)
    made.rename(made.with_name(made.name.rsplit("-", 1)[0] + "-0123456789abcdef.pickle"))
    assert compiled.packaged_file(content_hash(MINI, rulebook_files(MINI))) is None
    book = load_rulebook(MINI)  # read from its files, then kept in the user's cache
    assert _cache(MINI).is_file()
    assert _dumped(book) == _dumped(load_rulebook(MINI, use_cache=False))


def test_a_damaged_shipped_copy_is_read_from_the_files_and_left_in_place(tmp_path, monkeypatch):
    made = _ship(tmp_path, monkeypatch)
    data = bytearray(made.read_bytes())
    data[-3] ^= 0xFF  # inside the last entry
    made.write_bytes(bytes(data))
    book = load_rulebook(MINI)
    fresh = load_rulebook(MINI, use_cache=False)
    assert {k: v.model_dump() for k, v in book.sources.items()} == {
        k: v.model_dump() for k, v in fresh.sources.items()}
    assert {k: v.model_dump() for k, v in book.countries.items()} == {
        k: v.model_dump() for k, v in fresh.countries.items()}
    assert made.read_bytes() == bytes(data)  # the installed package is never written to


def test_an_installed_package_ships_its_bundled_rulebook_compiled():
    root = bundled_rules_path()
    if root.parent != Path(compiled._PACKAGE):
        pytest.skip("a source checkout: only a built wheel ships the compiled rulebook")
    assert compiled.packaged_file(content_hash(root, rulebook_files(root))) is not None
