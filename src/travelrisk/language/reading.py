"""Reading a rulebook folder's files: parsing each TOML file, validating it against the model
(pydantic), and cross-checking the whole. Every problem is reported at once, each naming its
file and field path, e.g. ``rules/countries/kz.toml: precedents[2].date: ...``.

Only a rulebook read from its files needs this module (``loader`` imports it when no compiled
rulebook serves, and for a review): a command served from the compiled form never defines the
classes only validation needs."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from ..model.base import field_path
from ..model.checklist import Checklist, ChecklistItem
from ..model.levels import Level
from .problems import Problem, RulebookError
from .report_words import TABLES
from .conditions import REQUESTED, instruments_named
from ..model.country import Country
from ..model.harm import Harms
from .i18n import LANGUAGES, Catalogue, Glossary, placeholders
from ..model.instrument import Instrument
from ..model.requester import Requester
from .rule import Rule
from .rulebook import Rulebook, RulebookInfo
from ..model.scenario import Scenarios
from ..model.sources import Confidence, Source

FOLDERS = ("instruments", "requesters", "countries", "logic")
# Fields whose text a reader sees in an explanation or a memo (and so must read as prose).
READER_TEXT = frozenset({"summary", "text", "note", "searched", "title", "short", "name", "question", "missing", "who"})

# Optional at the root: scenarios.toml, the lawyer's checklist (see scenario.py).
ROOT_FILES = {
    "rulebook.toml": "the version and review date",
    "checklist.toml": "the research checklist every destination answers",
    "harms.toml": "the kinds of harm a finding can risk",
}

# Control characters a terminal or a widget would act on (escape sequences, bidirectional
# overrides); a line break and a tab are text.
_CONTROL = {c for c in range(0x20) if c not in (0x09, 0x0A)} | {0x7F} | set(range(0x80, 0xA0)) | {
    0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}
_CONTROL_TABLE = {c: None for c in _CONTROL}
# What a string parsed from a file could get a control character from: the character written
# as it is, or an escape that can make one (\b \f \r \uXXXX \UXXXXXXXX; \e and \xHH, should
# TOML 1.1 come). A file's text without any of them holds none in any string or key, so it is
# not walked value by value (a fifth of a rulebook's reading time).
_MAYBE_CONTROL = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_CONTROL)) + "]|\\\\[bfruUex]")




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


def control_characters(file: str, data: Any, path: str = "") -> list[Problem]:
    """Every string in a parsed file that holds a control character, by field."""
    out: list[Problem] = []
    if isinstance(data, str):
        if data.translate(_CONTROL_TABLE) != data:
            bad = next(ch for ch in data if ord(ch) in _CONTROL)
            out.append(Problem(file, path or "(top)", f"holds the control character U+{ord(bad):04X}; remove it"))
    elif isinstance(data, dict):
        for k, v in data.items():
            if isinstance(k, str) and k.translate(_CONTROL_TABLE) != k:
                out.append(Problem(file, path or "(top)", "a key holds a control character"))
            out.extend(control_characters(file, v, f"{path}.{k}" if path else str(k)))
    elif isinstance(data, list):
        for i, v in enumerate(data):
            out.extend(control_characters(file, v, f"{path}[{i}]"))
    return out


class _Reader:
    def __init__(self, root: Path):
        self.root = root
        self.problems: list[Problem] = []
        self.sources: dict[str, Source] = {}
        self.source_origin: dict[str, str] = {}
        self.cited: list[tuple[str, str, str]] = []  # (file, field, source id)
        self.facts: list[tuple[str, str, Any, list[str]]] = []  # (file, field, confidence, source ids)
        self.texts: list[tuple[str, str, str]] = []  # (file, field, text a reader sees)
        # Found while reading, reported only by the reviewer's checks (``quality.problems``):
        # an older rulebook that fails them still loads.
        self.review: list[Problem] = []
        self.plain: set[Path] = set()  # files whose text holds no control character nor escape

    def display(self, path: Path) -> str:
        try:
            return f"{self.root.name}/{path.relative_to(self.root).as_posix()}"
        except ValueError:
            return str(path)

    def parse(self, path: Path) -> dict[str, Any] | None:
        import tomllib  # only a full read needs it, not a compiled rulebook

        try:
            with path.open("rb") as fh:
                text = fh.read().decode()  # as tomllib.load does
            data = tomllib.loads(text)
            if _MAYBE_CONTROL.search(text) is None:
                self.plain.add(path)
            return data
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
        """Remember every ``sources = [...]`` list inside a model for the cross-check, and
        every fact (sources with a confidence) and reader-facing text for the quality check."""
        if isinstance(obj, BaseModel):
            fields = type(obj).model_fields
            sources = getattr(obj, "sources", None) if "sources" in fields else None
            confidence = getattr(obj, "confidence", None) if "confidence" in fields else None
            if isinstance(sources, list) and confidence is not None:
                self.facts.append((file, path or "(top)", confidence, list(sources)))
            for name in fields:
                value = getattr(obj, name)
                key = "from" if name == "from_" else name
                sub = f"{path}.{key}" if path else key
                if name == "answers" and path.startswith("research."):
                    sub = path  # written directly under [research.XX] in TOML
                if name == "sources" and isinstance(value, list):
                    for i, sid in enumerate(value):
                        self.cited.append((file, f"{sub}[{i}]", sid))
                elif isinstance(value, str) and name in READER_TEXT:
                    self.texts.append((file, sub, value))
                elif name not in ("tests", "when"):
                    self.collect_citations(file, value, sub)
        elif isinstance(obj, list):
            for i, item in enumerate(obj):
                self.collect_citations(file, item, f"{path}[{i}]")
        elif isinstance(obj, dict):
            for k, item in obj.items():
                self.collect_citations(file, item, f"{path}.{k}" if path else str(k))


def _read(root: Path, files: list[Path], digest: str, *, reader: "_Reader | None" = None, checks=None) -> Rulebook:
    r = reader or _Reader(root)
    info_file = root / "rulebook.toml"
    info: RulebookInfo | None = None
    parsed: dict[str, list[tuple[Path, str, dict[str, Any]]]] = {k: [] for k in FOLDERS}

    checklist: Checklist | None = None
    harms: Harms | None = None
    scenarios: Scenarios | None = None
    glossary: Glossary | None = None
    catalogues: dict[str, tuple[Catalogue, str]] = {}

    for name, what in ROOT_FILES.items():
        if not (root / name).is_file():
            r.problems.append(Problem(r.display(root / name), "", f"missing: it gives {what}"))
    for f in files:
        rel = f.relative_to(root)
        shown = r.display(f)
        data = r.parse(f)
        if data is None:
            continue
        if f not in r.plain:
            r.problems.extend(control_characters(shown, data))
        r.take_sources(shown, data)
        if rel.as_posix() == "rulebook.toml":
            info = r.model(RulebookInfo, shown, data)
        elif rel.as_posix() == "checklist.toml":
            checklist = r.model(Checklist, shown, data)
        elif rel.as_posix() == "harms.toml":
            harms = r.model(Harms, shown, data)
        elif rel.as_posix() == "scenarios.toml":
            scenarios = r.model(Scenarios, shown, data)
            scenarios_file = shown
        elif rel.as_posix() == "glossary.toml":
            glossary = r.model(Glossary, shown, data)
        elif len(rel.parts) == 2 and rel.parts[0] == "i18n":
            catalogue = r.model(Catalogue, shown, data)
            if catalogue is not None:
                lang = rel.stem
                if lang not in LANGUAGES[1:] or catalogue.language != lang:
                    r.problems.append(Problem(shown, "language", f"must be the file's name, one of {', '.join(LANGUAGES[1:])}"))
                else:
                    catalogues[lang] = (catalogue, shown)
        elif rel.as_posix() == "sources.toml":
            for key in data:
                r.problems.append(Problem(shown, key, "sources.toml holds only [source.ID] tables"))
        elif len(rel.parts) == 2 and rel.parts[0] in FOLDERS:
            parsed[rel.parts[0]].append((f, shown, data))
        else:
            r.problems.append(
                Problem(shown, "", "not part of the rulebook layout (" + ", ".join([*ROOT_FILES, "sources.toml", "scenarios.toml", "glossary.toml", "i18n/LANG.toml"]) + ", "
                        + ", ".join(f"{d}/*.toml" for d in FOLDERS) + ")")
            )

    instruments = _read_keyed(r, parsed["instruments"], Instrument, "id", lambda s: s)
    requesters = _read_keyed(r, parsed["requesters"], Requester, "state", str.upper)
    countries = _read_keyed(r, parsed["countries"], Country, "country", str.upper)
    rules_by_id = _read_keyed(r, parsed["logic"], Rule, "id", lambda s: s)

    _cross_check(r, instruments, requesters, countries, rules_by_id)
    if checklist is not None:
        _check_research(r, checklist, instruments, requesters, countries)
    if scenarios is not None:
        for i, sc in enumerate(scenarios.scenarios):
            for j, e in enumerate(sc.expect):
                if e.rule and e.rule not in rules_by_id:
                    r.problems.append(Problem(scenarios_file, f"scenario[{i}].expect[{j}].rule",
                                              f"unknown rule {e.rule!r}"))
                for k, rid in enumerate(e.shows):
                    if rid not in rules_by_id:
                        r.problems.append(Problem(scenarios_file, f"scenario[{i}].expect[{j}].shows[{k}]",
                                                  f"unknown rule {rid!r}"))
    if harms is not None:
        known = harms.by_id()
        for rid, (rule, shown) in rules_by_id.items():
            if rule.harm not in known:
                r.problems.append(Problem(shown, "harm", f"unknown harm {rule.harm!r}; one of: {', '.join(known)}"))
    for lang, (catalogue, shown) in catalogues.items():
        r.problems.extend(_check_catalogue(shown, catalogue, rules_by_id, harms, glossary, instruments, checklist))
    if checks is not None:
        r.problems.extend(checks(r))
    if r.problems or info is None or checklist is None or harms is None:
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
        checklist=checklist,
        harms=harms.by_id(),
        scenarios=scenarios,
        translations={lang: c for lang, (c, _) in catalogues.items()},
        glossary=glossary,
    )


def _check_catalogue(shown: str, c: Catalogue, rules_by_id, harms, glossary: Glossary | None,
                     instruments=None, checklist: Checklist | None = None) -> list[Problem]:
    """A translation names only what exists, keeps each text's placeholders, and follows the
    glossary. A missing translation is no error here (English is shown); tests ask for all."""
    out: list[Problem] = []
    for key in c.levels:
        if key not in {lv.value for lv in Level}:
            out.append(Problem(shown, f"levels.{key}", "not a level"))
    for key in c.instruments:
        if instruments is not None and key not in instruments:
            out.append(Problem(shown, f"instruments.{key}", "not an instrument in instruments/"))
    known_harms = harms.by_id() if harms is not None else {}
    for key in c.harms:
        if key not in known_harms:
            out.append(Problem(shown, f"harms.{key}", "not a harm in harms.toml"))
    for rid, t in c.rules.items():
        if rid not in rules_by_id:
            out.append(Problem(shown, f"rules.{rid}", "no such rule"))
            continue
        rule = rules_by_id[rid][0]
        for name, english, text in (("title", rule.title, t.title), ("text", rule.text, t.text),
                                    ("not_formalised", rule.not_formalised or "", t.not_formalised or "")):
            if placeholders(english) != placeholders(text):
                out.append(Problem(shown, f"rules.{rid}.{name}",
                                   f"placeholders differ from the English: {sorted(placeholders(english))}"))
            if glossary is not None and text:
                out.extend(Problem(shown, f"rules.{rid}.{name}", b)
                           for b in glossary.breaches(english, text, c.language))
    for table, defaults in TABLES.items():  # the memo's and the trip summary's own words
        for key, text in getattr(c, table).items():
            if key not in defaults:
                out.append(Problem(shown, f"{table}.{key}", f"not a key of the {table} (see report_words.py)"))
            elif placeholders(defaults[key]) != placeholders(text):
                out.append(Problem(shown, f"{table}.{key}",
                                   f"placeholders differ from the English: {sorted(placeholders(defaults[key]))}"))
            elif glossary is not None:
                out.extend(Problem(shown, f"{table}.{key}", b)
                           for b in glossary.breaches(defaults[key], text, c.language))
    items = {i.id: i for i in checklist.items} if checklist is not None else {}
    for key, text in c.checklist.items():  # a checklist item's question, as an open question says it
        if checklist is not None and key not in items:
            out.append(Problem(shown, f"checklist.{key}", "not an item of checklist.toml"))
        elif key in items and placeholders(items[key].missing) != placeholders(text):
            out.append(Problem(shown, f"checklist.{key}",
                               f"placeholders differ from the English: {sorted(placeholders(items[key].missing))}"))
        elif key in items and glossary is not None:
            out.extend(Problem(shown, f"checklist.{key}", b) for b in glossary.breaches(items[key].missing, text, c.language))
    if c.dates is not None and placeholders(c.dates.format) != {"day", "month", "year"}:
        out.append(Problem(shown, "dates.format", "must hold {day}, {month} and {year}, and nothing else"))
    if c.dates is not None and not all(m.strip() for m in c.dates.months):
        out.append(Problem(shown, "dates.months", "a month's name is empty"))
    return out


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
        _channel_stated(r, shown, country.precedents)
        _rendition_by_its_means(r, shown, country.precedents)
    for rid, (rule, shown) in rules.items():
        for name in instruments_named(rule.when):
            if name not in instruments:
                r.problems.append(Problem(shown, "when", f"unknown instrument {name!r}"))


#: A thorough file's answers are confirmed, but for at most this many: an unconfirmed yes or
#: no (a short search, or a list that could not be read) is still an open question.
THOROUGH_UNCONFIRMED = 1

#: How an answer says its search was short: what it did not find is then a lead, not a fact.
_SHORT_SEARCH = re.compile(
    r"\b(?:very )?(?:short|brief) search(?:es)?\b|\b(?:a few|one|two|three) quer(?:y|ies)\b"
    r"|\bsearched briefly\b|\bsearch(?:es)? (?:was|were) (?:short|brief)\b|\bnot specific to\b",
    re.IGNORECASE)


def _check_research(r: _Reader, checklist: Checklist, instruments, requesters, countries) -> None:
    """Research records: known requesters and items, dated searches, named treaties."""
    items = {i.id: i for i in checklist.items}
    for req in checklist.thorough_for:
        if req not in requesters:
            r.problems.append(Problem("checklist.toml", "thorough_for", f"unknown requester {req!r}"))
    for cc, (country, shown) in countries.items():
        if country.depth.value == "thorough":
            unconfirmed: list[str] = []
            for req in checklist.thorough_for:
                if req != cc and (open_items := checklist.unanswered(country, req)):
                    r.problems.append(Problem(shown, f"research.{req}",
                                              f"depth 'thorough' answers every checklist item; open: {', '.join(open_items)}"))
                if req != cc:
                    unconfirmed += [f"{req}.{i}" for i in checklist.unconfirmed(country, req)]
            if len(unconfirmed) > THOROUGH_UNCONFIRMED:
                r.problems.append(Problem(shown, "depth", (
                    f"depth 'thorough' leaves at most {THOROUGH_UNCONFIRMED} answer unconfirmed; "
                    f"unconfirmed: {', '.join(unconfirmed)} (keep it 'basic' until they are confirmed)")))
        for req, record in country.research.items():
            where = f"research.{req}"
            if req not in requesters:
                r.problems.append(Problem(shown, where, f"unknown requester {req!r}: add requesters/{req.lower()}.toml"))
            if record.reviewed > country.reviewed:
                r.problems.append(Problem(shown, f"{where}.reviewed",
                                          f"{record.reviewed} is after the file's review date {country.reviewed}"))
            for item_id, ans in record.answers.items():
                at = f"{where}.{item_id}"
                item = items.get(item_id)
                if item is None:
                    r.problems.append(Problem(shown, at, f"not a checklist item; one of: {', '.join(items)}"))
                    continue
                if ans.searched_on and ans.searched_on > record.reviewed:
                    r.problems.append(Problem(shown, f"{at}.searched_on",
                                              f"{ans.searched_on} is after the record's review date {record.reviewed}"))
                if ans.answer.value != "open" and ans.confidence is None:
                    r.review.append(Problem(shown, f"{at}.confidence", (
                        "required: how sure the answer is (established, reported or unverified); "
                        "without it a yes or no reads as confirmed")))
                if item.period and ans.answer.value != "open" and ans.searched_from is None:
                    r.problems.append(Problem(shown, f"{at}.searched_from",
                                              "required: the start of the period that was searched"))
                if (item.answers == "precedent" and ans.answer.value == "yes"
                        and ans.confidence is not Confidence.UNVERIFIED and not _cases_on_file(country, req, item)):
                    outcomes = ", ".join(o.value for o in item.outcomes)
                    r.review.append(Problem(shown, at, (
                        f"a confirmed 'yes' has its cases on file: add them as [[precedents]] (requester "
                        f"{req}, outcome one of {outcomes}), or, where a case cannot be dated or placed, "
                        "confidence = \"unverified\" (it stays an open question); a case that does not "
                        "answer the question (a person the requester does not pursue) makes the answer 'no'")))
                if (ans.answer.value == "no" and not ans.sources and ans.confidence is not Confidence.UNVERIFIED
                        and _SHORT_SEARCH.search(ans.text)):
                    r.review.append(Problem(shown, f"{at}.confidence", (
                        "nothing found in a short search is a lead, not a fact: confidence = \"unverified\" "
                        "(it stays an open question) until a fuller search or a source confirms it")))
                if item.answers == "shares_instrument" and ans.answer.value == "yes" and not ans.instruments:
                    r.problems.append(Problem(shown, f"{at}.instruments",
                                              "a 'yes' names the treaty's instrument file(s): add one to instruments/"))
                if (ans.red_notice is not None or ans.diffusion is not None) and item.answers != "interpol_practice":
                    r.problems.append(Problem(shown, at, "red_notice and diffusion belong to the notices item"))
                for i, inst in enumerate(ans.instruments):
                    if inst not in instruments:
                        r.problems.append(Problem(shown, f"{at}.instruments[{i}]", f"unknown instrument {inst!r}"))
                        continue
                    states = {p.state for p in instruments[inst][0].parties}
                    if not {cc, req} <= states:
                        r.problems.append(Problem(shown, f"{at}.instruments[{i}]",
                                                  f"{inst!r} does not list both {cc} and {req} as parties"))


def _cases_on_file(country: Country, requester: str, item: ChecklistItem) -> bool:
    """Whether a precedent on file answers this checklist item for this requester. A 'yes'
    without one would read, to a rule looking for such a case, as a search that found none:
    a negative the research record does not support."""
    for p in country.precedents:
        if p.requester != requester:
            continue
        if p.outcome in item.outcomes:
            return True
        # A handover at the requester's request may end in a deportation (Cuba, 2014).
        if "extradited" in {o.value for o in item.outcomes} and p.mechanism.value in REQUESTED:
            return True
    return False


#: The words by which a precedent's summary or one of its sources names the channel it was
#: sought through, and what to write where none does: (words, what it is, the fallback).
_CHANNEL_WORDS = {
    "red_notice": (re.compile(r"\bred[ -]notices?\b|\bred corner\b", re.IGNORECASE), "a red notice",
                   "mechanism = \"interpol_alert\" where the sources do not say which notice (never guess one)"),
    "diffusion": (re.compile(r"\bdiffusions?\b", re.IGNORECASE), "a diffusion",
                  "mechanism = \"interpol_alert\" where the sources do not say which notice (never guess one)"),
    # English, Russian, Ukrainian and Belarusian: reports of the CIS list are often read untranslated
    "interstate_search": (
        re.compile(r"\binterstate\b|\bCIS\b|межгосударств|міждержавн|міждзяржаўн|\bСНГ\b|\bСНД\b", re.IGNORECASE),
        "the CIS interstate wanted list",
        "mechanism = \"wanted_listing\" where the sources say only that the person was wanted (never guess the channel)"),
}


def _channel_stated(r: _Reader, shown: str, precedents) -> None:
    """A reviewer's check: a precedent names a particular channel (``red_notice``,
    ``diffusion``, ``interstate_search``) only where its summary or a source it cites (title or
    note) names it; reports often say only "through Interpol" (then it is ``interpol_alert``)
    or "on the international wanted list" (then it is ``wanted_listing``)."""
    for i, p in enumerate(precedents):
        found = _CHANNEL_WORDS.get(p.mechanism.value)
        if found is None:
            continue
        words, what, instead = found
        texts = [p.summary or ""] + [f"{s.title} {s.note or ''}" for sid in p.sources if (s := r.sources.get(sid))]
        if not any(words.search(t) for t in texts):
            r.review.append(Problem(shown, f"precedents[{i}].mechanism",
                                    f"neither the summary nor a source cited says it was {what}: {instead}"))


#: The ways a person is handed over outside any procedure: the only mechanisms a rendition has.
_RENDITION_MEANS = frozenset({"rendition", "abduction", "forced_landing"})


def _rendition_by_its_means(r: _Reader, shown: str, precedents) -> None:
    """A reviewer's check: ``rendered`` (handed over outside any procedure) goes with a
    mechanism that is one (a rendition, an abduction, a forced landing). A person sought by
    an extradition request or a listing and handed over fast, with no procedure reported,
    is ``handed_over``: the sources give no legal form, and that is not the same as none."""
    for i, p in enumerate(precedents):
        if p.outcome.value == "rendered" and p.mechanism.value not in _RENDITION_MEANS:
            r.review.append(Problem(shown, f"precedents[{i}].outcome", (
                f"'rendered' with mechanism '{p.mechanism.value}': a rendition's mechanism is one of "
                f"{', '.join(sorted(_RENDITION_MEANS))}; outcome = \"handed_over\" where the sources "
                "give no legal form")))


def _dates_not_after_review(r: _Reader, shown: str, reviewed: date, precedents) -> None:
    for i, p in enumerate(precedents):
        if p.date > reviewed:
            r.problems.append(
                Problem(shown, f"precedents[{i}].date", f"{p.date} is after the file's review date {reviewed}")
            )
