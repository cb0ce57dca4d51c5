"""Reading and cross-checking a rulebook folder. Every problem is reported at once, each
naming its file and field path, e.g. ``rules/countries/kz.toml: precedents[2].date: ...``."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel, ValidationError

from .conditions import instruments_named
from .country import Country
from .instrument import Instrument
from .requester import Requester
from .rule import Rule
from .rulebook import Rulebook, RulebookInfo
from .sources import Source

FOLDERS = ("instruments", "requesters", "countries", "logic")


@dataclass(frozen=True)
class Problem:
    file: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}" if self.field else f"{self.file}: {self.message}"


class RulebookError(Exception):
    """A rulebook that cannot be used; ``problems`` lists every mistake found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(
            f"{len(problems)} problem(s) in the rulebook:\n" + "\n".join(str(p) for p in problems)
        )


def bundled_rules_path() -> Path:
    """The rulebook shipped with the package (or, in a source checkout, the repo's rules/)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parents[1] / "rules"):
        if (candidate / "rulebook.toml").is_file():
            return candidate
    raise RulebookError([Problem(str(here / "rules"), "", "no bundled rulebook found")])


def default_rules_path() -> Path:
    """The rulebook used when none is named: the imported one (``travelrisk rules import``)
    if one is installed and not older than the bundled one, else the bundled one.

    Comparing review dates keeps an old import from hiding the newer rulebook that an
    upgrade of the program brought."""
    from .rulepack import _reviewed_of, installed_rules_path

    bundled = bundled_rules_path()
    imported = installed_rules_path()
    if imported is None:
        return bundled
    mine, theirs = _reviewed_of(imported), _reviewed_of(bundled)
    return imported if mine and (theirs is None or mine >= theirs) else bundled


def field_path(loc: Iterable[Any]) -> str:
    """``('precedents', 2, 'date')`` -> ``precedents[2].date``; union tags are folded away."""
    parts = list(loc)
    out = ""
    for i, part in enumerate(parts):
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        if i + 1 < len(parts) and parts[i + 1] == part:
            continue  # a discriminated-union tag followed by the same key
        if part == "not_":
            part = "not"
        out += ("." if out else "") + str(part)
    return out


def _validation_problems(file: str, exc: ValidationError, prefix: tuple = ()) -> list[Problem]:
    problems = []
    for err in exc.errors(include_url=False):
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "extra_forbidden":
            msg = "unknown field (not in the schema; see rules/README.md)"
        elif err["type"] == "missing":
            msg = "required field is missing"
        problems.append(Problem(file, field_path(prefix + tuple(err["loc"])), msg))
    return problems


def content_hash(root: Path, files: list[Path]) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f.relative_to(root).as_posix().encode() + b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def rulebook_files(root: Path) -> list[Path]:
    """Every TOML file, the shared ones (rulebook.toml, sources.toml) first."""
    first = {"rulebook.toml": 0, "sources.toml": 1}
    found: list[tuple[int, str, Path]] = []
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        base = Path(folder)
        for name in names:
            if name.endswith(".toml"):
                path = base / name
                rel = path.relative_to(root).as_posix()
                found.append((first.get(rel, 2), rel, path))
    return [path for _, _, path in sorted(found)]


class _Reader:
    def __init__(self, root: Path):
        self.root = root
        self.problems: list[Problem] = []
        self.sources: dict[str, Source] = {}
        self.source_origin: dict[str, str] = {}
        self.cited: list[tuple[str, str, str]] = []  # (file, field, source id)

    def display(self, path: Path) -> str:
        try:
            return f"{self.root.name}/{path.relative_to(self.root).as_posix()}"
        except ValueError:
            return str(path)

    def parse(self, path: Path) -> dict[str, Any] | None:
        import tomllib  # only a full read needs it, not a compiled rulebook

        try:
            with path.open("rb") as fh:
                return tomllib.load(fh)
        except tomllib.TOMLDecodeError as exc:
            self.problems.append(Problem(self.display(path), "", f"not valid TOML: {exc}"))
        except OSError as exc:
            self.problems.append(Problem(self.display(path), "", f"cannot be read: {exc}"))
        return None

    def take_sources(self, file: str, data: dict[str, Any]) -> None:
        """Pull ``[source.ID]`` (and ``[sources.ID]`` tables) out of a file's data."""
        tables: dict[str, Any] = {}
        for key in ("source", "sources"):
            value = data.get(key)
            if isinstance(value, dict):
                tables.update({k: (key, v) for k, v in value.items()})
                del data[key]
                if key == "sources" and "sources" not in data and value:
                    data["_implicit_sources"] = list(value)
        for sid, (key, raw) in tables.items():
            where = f"{key}.{sid}"
            if sid in self.sources:
                self.problems.append(
                    Problem(file, where, f"source id already defined in {self.source_origin[sid]}")
                )
                continue
            if not isinstance(raw, dict):
                self.problems.append(Problem(file, where, "a source must be a table"))
                continue
            try:
                self.sources[sid] = Source.model_validate({**raw, "id": sid})
                self.source_origin[sid] = file
            except ValidationError as exc:
                self.problems.extend(_validation_problems(file, exc, (key, sid)))

    def model(self, cls: type[BaseModel], file: str, data: dict[str, Any]) -> Any:
        implicit = data.pop("_implicit_sources", None)
        if implicit and "sources" in cls.model_fields and "sources" not in data:
            data["sources"] = implicit
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            self.problems.extend(_validation_problems(file, exc))
            return None

    def collect_citations(self, file: str, obj: Any, path: str = "") -> None:
        """Remember every ``sources = [...]`` list inside a model for the cross-check."""
        if isinstance(obj, BaseModel):
            for name in type(obj).model_fields:
                value = getattr(obj, name)
                key = "from" if name == "from_" else name
                sub = f"{path}.{key}" if path else key
                if name == "sources" and isinstance(value, list):
                    for i, sid in enumerate(value):
                        self.cited.append((file, f"{sub}[{i}]", sid))
                elif name not in ("tests", "when"):
                    self.collect_citations(file, value, sub)
        elif isinstance(obj, list):
            for i, item in enumerate(obj):
                self.collect_citations(file, item, f"{path}[{i}]")


def load_rulebook(path: str | Path | None = None, *, use_cache: bool = True) -> Rulebook:
    """Read and cross-check a rulebook folder (the bundled one by default).

    Raises :class:`RulebookError` listing every problem, each with its file and field.
    A rulebook that validated before is read from its compiled form (see ``compiled``);
    ``use_cache=False`` always reads and checks the files. ``signed`` says whether an
    imported rulebook's signature was verified (None for a plain folder; see ``rulepack``).
    """
    from .rulepack import trust_of

    root = Path(path) if path is not None else default_rules_path()
    book = _load_folder(root, use_cache)
    book.signed = trust_of(root, book.content_hash)
    return book


def _load_folder(root: Path, use_cache: bool) -> Rulebook:
    if not root.is_dir():
        raise RulebookError([Problem(str(root), "", "is not a folder")])
    files = rulebook_files(root)
    if not use_cache:
        return _read(root, files, content_hash(root, files))
    from . import compiled

    # The bundled rulebook is keyed by file names, sizes and times (no file is read when the
    # compiled form is fresh). Any other folder, such as an imported pack whose signature
    # is checked against its content hash, is hashed in full, so a file changed in place
    # can never be served from an older compiled form.
    key, digest = compiled_key(root, files)
    cached = compiled.load(key)
    if cached is not None and (digest is None or cached.content_hash == digest):
        cached.path = root
        return cached
    book = _read(root, files, digest or content_hash(root, files))
    compiled.store(book, key)
    return book


def compiled_key(root: Path, files: list[Path]) -> tuple[str, str | None]:
    """The compiled-rulebook cache key for a folder, and its content hash if it was read."""
    from . import compiled

    digest = None if _is_bundled(root) else content_hash(root, files)
    return compiled.cache_key(root, files) + (digest or "")[:16], digest


def _is_bundled(root: Path) -> bool:
    try:
        return root.resolve() == bundled_rules_path().resolve()
    except (OSError, RulebookError):
        return False


def _read(root: Path, files: list[Path], digest: str) -> Rulebook:
    r = _Reader(root)
    info_file = root / "rulebook.toml"
    info: RulebookInfo | None = None
    parsed: dict[str, list[tuple[Path, str, dict[str, Any]]]] = {k: [] for k in FOLDERS}

    if not info_file.is_file():
        r.problems.append(Problem(r.display(info_file), "", "missing: it gives the version and review date"))
    for f in files:
        rel = f.relative_to(root)
        shown = r.display(f)
        data = r.parse(f)
        if data is None:
            continue
        r.take_sources(shown, data)
        if rel.as_posix() == "rulebook.toml":
            info = r.model(RulebookInfo, shown, data)
        elif rel.as_posix() == "sources.toml":
            for key in data:
                r.problems.append(Problem(shown, key, "sources.toml holds only [source.ID] tables"))
        elif len(rel.parts) == 2 and rel.parts[0] in FOLDERS:
            parsed[rel.parts[0]].append((f, shown, data))
        else:
            r.problems.append(
                Problem(shown, "", "not part of the rulebook layout (rulebook.toml, sources.toml, "
                        + ", ".join(f"{d}/*.toml" for d in FOLDERS) + ")")
            )

    instruments = _read_keyed(r, parsed["instruments"], Instrument, "id", lambda s: s)
    requesters = _read_keyed(r, parsed["requesters"], Requester, "state", str.upper)
    countries = _read_keyed(r, parsed["countries"], Country, "country", str.upper)
    rules_by_id = _read_keyed(r, parsed["logic"], Rule, "id", lambda s: s)

    _cross_check(r, instruments, requesters, countries, rules_by_id)
    if r.problems or info is None:
        raise RulebookError(r.problems)
    return Rulebook(
        info=info,
        content_hash=digest,
        path=root,
        sources=r.sources,
        instruments={k: v for k, (v, _) in instruments.items()},
        requesters={k: v for k, (v, _) in requesters.items()},
        countries={k: v for k, (v, _) in countries.items()},
        rules=[v for v, _ in rules_by_id.values()],
    )


def _read_keyed(r: _Reader, items, cls, key: str, expected) -> dict[str, tuple[Any, str]]:
    out: dict[str, tuple[Any, str]] = {}
    for f, shown, data in items:
        obj = r.model(cls, shown, data)
        if obj is None:
            continue
        value = getattr(obj, key)
        if value != expected(f.stem):
            r.problems.append(Problem(shown, key, f"is {value!r} but the file is named {f.name}"))
            continue
        out[value] = (obj, shown)
        r.collect_citations(shown, obj)
    return out


def _cross_check(r: _Reader, instruments, requesters, countries, rules) -> None:
    for file, field, sid in r.cited:
        if sid not in r.sources:
            r.problems.append(Problem(file, field, f"cites unknown source {sid!r}"))
    for cc, (country, shown) in countries.items():
        for i, p in enumerate(country.precedents):
            if p.requester not in requesters:
                r.problems.append(
                    Problem(shown, f"precedents[{i}].requester",
                            f"unknown requester {p.requester!r}: add requesters/{p.requester.lower()}.toml")
                )
        _dates_not_after_review(r, shown, country.reviewed, country.precedents)
    for rid, (rule, shown) in rules.items():
        for name in instruments_named(rule.when):
            if name not in instruments:
                r.problems.append(Problem(shown, "when", f"unknown instrument {name!r}"))


def _dates_not_after_review(r: _Reader, shown: str, reviewed: date, precedents) -> None:
    for i, p in enumerate(precedents):
        if p.date > reviewed:
            r.problems.append(
                Problem(shown, f"precedents[{i}].date", f"{p.date} is after the file's review date {reviewed}")
            )
