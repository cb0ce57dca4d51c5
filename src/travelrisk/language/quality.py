"""The rulebook's quality, as a reviewer checks it: one id for one URL, no source that nothing
cites, no ``established`` fact without a primary or legal-database source, no negative from a
short search passed off as more than a lead, no research notes shown to a reader.

``travelrisk rules validate`` refuses a rulebook that fails these checks;
``travelrisk rules info --quality`` prints the figures (sources by kind, facts by confidence,
the oldest review).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..model.iso import all_codes, name
from ..model.sources import Confidence, Source, SourceKind
from .problems import Problem

if TYPE_CHECKING:
    from .reading import _Reader
    from .rulebook import Rulebook

#: Words that belong to how the research was done, not to what a reader should read.
_RESEARCH_NOTES = re.compile(
    r"(?<!habeas )\bcorp(?:us|ora)\b"  # the legal remedy "habeas corpus" is a reader's word
    r"|\bstored (?:news |web )?(?:pages?|cop(?:y|ies)|articles?)\b"
    r"|\bsearch (?:tool|index)\b"
    r"|\.toml\b"
    r"|\b(?:instruments|requesters|countries|logic|rules)/"
    r"|\b(?:instruments?|requesters?|countr(?:y|ies)|rules?|sources?|research|this) files?\b"
    r"|\bfile ?names?\b"
    r"|\b(?:find_string|read_file|find_files|find_repos)\b"
    r"|\bpages corpus\b"
    r"|\b(?:not (?:yet )?)?encoded\b"  # how the rulebook holds a fact, not what the world shows
    r"|\b(?:outcome|confidence|answer|charge|mechanism) field\b",
    re.IGNORECASE,
)


def url_key(url: str) -> str:
    """A URL as it identifies a page: scheme, ``www.``, a trailing slash and a fragment ignored."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}" + (f"?{parts.query}" if parts.query else "")


#: Why a source is weak, in the order the quality report lists them.
WEAK_REASONS = ("mirror", "state media", "read in a copy", "no kind")


def weakness(source: Source) -> str | None:
    """Why a source is weak (the first reason that applies), or None if it is not."""
    if source.kind is None:
        return "no kind"
    if source.kind is SourceKind.MIRROR:
        return "mirror"
    if source.kind is SourceKind.STATE_MEDIA:
        return "state media"
    if source.via:
        return "read in a copy"
    return None


def is_weak(source: Source) -> bool:
    """A mirror, a copy read in place of the original, state media, or a source of no kind."""
    return weakness(source) is not None


def problems(r: "_Reader") -> list["Problem"]:
    out: list[Problem] = list(r.review)
    seen: dict[str, str] = {}
    for sid, src in r.sources.items():
        where = r.source_origin.get(sid, "")
        if src.kind is None:
            out.append(Problem(where, f"source.{sid}.kind", "required: " + " | ".join(k.value for k in SourceKind)))
        if src.url:
            key = url_key(src.url)
            if key in seen and seen[key] != sid:
                out.append(Problem(where, f"source.{sid}.url",
                                   f"the same page as source {seen[key]!r} ({r.source_origin.get(seen[key], '')}): "
                                   "cite one id"))
            else:
                seen.setdefault(key, sid)
        for name in ("title", "note"):
            text = getattr(src, name)
            if text and _RESEARCH_NOTES.search(text):
                out.append(_note_problem(where, f"source.{sid}.{name}", text))
    cited = {sid for _file, _path, sid in r.cited}
    for sid in r.sources:
        if sid not in cited:
            out.append(Problem(r.source_origin.get(sid, ""), f"source.{sid}",
                               "nothing cites this source: cite it where something rests on it, or remove it"))
    for file, path, confidence, sids in r.facts:
        if confidence is Confidence.ESTABLISHED:
            known = [r.sources[s] for s in sids if s in r.sources]
            if known and not any(s.can_establish for s in known):
                out.append(Problem(file, f"{path}.confidence",
                                   "'established' needs a primary or legal-database source read at its origin "
                                   "(else 'reported')"))
    for file, path, text in r.texts:
        if _RESEARCH_NOTES.search(text):
            out.append(_note_problem(file, path, text))
    return out


def _note_problem(file: str, path: str, text: str) -> "Problem":
    word = _RESEARCH_NOTES.search(text)
    return Problem(file, path, f"reads like a research note ({word.group(0)!r}): write for the reader")


@dataclass
class QualityReport:
    sources: int = 0
    by_kind: Counter = field(default_factory=Counter)
    weak: int = 0
    weak_by_reason: Counter = field(default_factory=Counter)
    duplicate_urls: int = 0
    facts_by_confidence: Counter = field(default_factory=Counter)
    established_without_primary: int = 0
    weak_only_facts: int = 0
    # Each fact resting on weak sources alone: (file, field, confidence, [(source id, why weak)]).
    weak_only: list[tuple[str, str, str, list[tuple[str, str]]]] = field(default_factory=list)
    # Every fact, in reading order: (file, field, confidence, source ids); see ``sample``.
    facts: list[tuple[str, str, str, list[str]]] = field(default_factory=list)
    oldest_review: tuple[date, str] | None = None
    research_answered: int = 0
    research_total: int = 0
    depth: Counter = field(default_factory=Counter)

    def lines(self) -> list[str]:
        pct = lambda n, d: f"{100 * n / d:.1f} %" if d else "n/a"  # noqa: E731
        out = [f"sources {self.sources}"]
        for kind in [*SourceKind, None]:
            n = self.by_kind.get(kind.value if kind else "(no kind)", 0)
            if n:
                out.append(f"  {kind.value if kind else '(no kind)':15} {n:5}  {pct(n, self.sources)}")
        out.append(f"weak sources (mirrors, copies, state media, no kind) {self.weak}  {pct(self.weak, self.sources)}")
        for reason in WEAK_REASONS:
            if self.weak_by_reason.get(reason):
                out.append(f"  {reason:15} {self.weak_by_reason[reason]:5}")
        out.append(f"duplicated URLs {self.duplicate_urls}")
        facts = sum(self.facts_by_confidence.values())
        out.append(f"facts {facts}")
        for c in Confidence:
            n = self.facts_by_confidence.get(c.value, 0)
            out.append(f"  {c.value:15} {n:5}  {pct(n, facts)}")
        out.append(f"established facts without a primary or legal-database source {self.established_without_primary}")
        out.append(f"facts resting only on weak sources {self.weak_only_facts}  {pct(self.weak_only_facts, facts)}")
        out.append(f"research checklist answers {self.research_answered} of {self.research_total}  "
                   f"{pct(self.research_answered, self.research_total)}")
        out.append("countries by depth " + ", ".join(f"{k} {v}" for k, v in sorted(self.depth.items())))
        if self.oldest_review:
            out.append(f"oldest review {self.oldest_review[0]} ({self.oldest_review[1]})")
        return out

    def sample(self, n: int, seed: int, confidence: str | None = None) -> list[str]:
        """``n`` facts picked at random (of one confidence, if given) for an audit against
        their sources: file, field, confidence, sources. The same seed on the same rulebook
        picks the same facts, so an audit can be repeated and checked."""
        import random

        pool = [f for f in self.facts if confidence is None or f[2] == confidence]
        picked = random.Random(seed).sample(pool, min(n, len(pool)))
        return [f"{file}  {path}  {conf}  " + ", ".join(sids) for file, path, conf, sids in sorted(picked)]

    def weak_only_lines(self) -> list[str]:
        """Every fact resting on weak sources alone, by file: what to look for an original or
        an official record of next."""
        return [f"{file}  {path}  {confidence}  " + ", ".join(f"{sid} ({why})" for sid, why in sources)
                for file, path, confidence, sources in sorted(self.weak_only)]


def report(r: "_Reader", book: "Rulebook") -> QualityReport:
    q = QualityReport(sources=len(r.sources))
    seen: set[str] = set()
    for src in r.sources.values():
        q.by_kind[src.kind.value if src.kind else "(no kind)"] += 1
        reason = weakness(src)
        if reason:
            q.weak += 1
            q.weak_by_reason[reason] += 1
        if src.url:
            key = url_key(src.url)
            q.duplicate_urls += key in seen
            seen.add(key)
    for file, path, confidence, sids in r.facts:
        q.facts_by_confidence[confidence.value] += 1
        q.facts.append((file, path, confidence.value, list(sids)))
        known = [r.sources[s] for s in sids if s in r.sources]
        if confidence is Confidence.ESTABLISHED and not any(s.can_establish for s in known):
            q.established_without_primary += 1
        if known and all(is_weak(s) for s in known):
            q.weak_only_facts += 1
            q.weak_only.append((file, path, confidence.value,
                                [(s, weakness(r.sources[s]) or "") for s in sids if s in r.sources]))
    reviews: list[tuple[date, str]] = []
    items = len(book.checklist.items)
    for code, country in book.countries.items():
        q.depth[country.depth.value] += 1
        reviews.append((country.reviewed, f"country {code}"))
        for req in book.requesters:
            if req == code:
                continue
            q.research_total += items
            q.research_answered += book.checklist.answered(country, req)
            rec = country.research.get(req)
            if rec is not None:
                reviews.append((rec.reviewed, f"{code} research for {req}"))
    reviews.extend((req.reviewed, f"requester {code}") for code, req in book.requesters.items())
    q.oldest_review = min(reviews) if reviews else None
    return q


def coverage(book: "Rulebook") -> list[str]:
    """Every ISO 3166-1 country by the depth of its research, as Markdown for rules/README.md:
    ``thorough`` and ``basic`` files, then the codes that have no file (their answer is
    unknown, with a ceiling of severe)."""
    groups: dict[str, list[str]] = {"thorough": [], "basic": [], "none": []}
    for code in all_codes():
        country = book.countries.get(code)
        groups[country.depth.value if country else "none"].append(f"{name(code)} ({code})")
    states = " and ".join(name(c) for c in book.checklist.thorough_for)
    titles = {
        "thorough": f"Thorough: every checklist item searched and answered yes or no for {states} (at most one answer unconfirmed, and it still shows as an open question), precedents searched with the period recorded",
        "basic": "Basic: a country file, with the treaty questions answered where a depositary or an official list was read; what it leaves open is shown as open questions",
        "none": "No file: the answer is unknown, and could be severe",
    }
    out: list[str] = []
    for depth, names in groups.items():
        out += [f"**{titles[depth]} ({len(names)}).**", "", "; ".join(sorted(names)) + ".", ""]
    return out[:-1]
