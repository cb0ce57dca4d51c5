"""The rulebook in the users' languages: Belarusian, Russian and Ukrainian beside English.

Translations are rulebook data (``rules/i18n/<lang>.toml``), read, checked and signed with
the rest: a rule's title and text, the names of levels, harms, confidences and leg kinds,
the terminal's own words, the memo's and the trip summary's own words (``[report]``,
``[trip]``), how a date is written (``[dates]``: month names and a pattern), and the
interview's questions (keyed by their English text).
``rules/glossary.toml`` fixes how legal terms are translated; tests hold every translation
to it. Country names come from ISO 3166's own translations, shipped with pycountry.

JSON output never changes with the language: only text meant for a person does. What has
no translation yet is shown in English, never left empty. Research notes, precedents and
sources stay in the language they were written in; the output says so once.

    lang = language_from_environment()         # "ru" for LANG=ru_RU.UTF-8, else "en"
    shown = localise(assessment, book, "be")   # a copy whose findings read in Belarusian
"""

from __future__ import annotations

import gettext
import os
import re
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from pydantic import Field

from ..model.base import Model
from ..model.iso import name
from . import sentences
from .report_words import REPORT, TRIP

if TYPE_CHECKING:
    from ..model.assessment import Assessment
    from ..model.sources import Source
    from .rulebook import Rulebook

LANGUAGES = ("en", "be", "ru", "uk")
PLACEHOLDER = re.compile(r"\{(\w+)\}")


class RuleText(Model):
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)
    not_formalised: str | None = None


class DateWords(Model):
    """How a date is written: ``format`` with ``{day}``, ``{month}`` (from ``months``, the 12
    month names in the form a date takes: genitive in Belarusian, Russian and Ukrainian) and
    ``{year}``, e.g. ``"{day} {month} {year} г."``."""

    months: list[str] = Field(min_length=12, max_length=12)
    format: str = Field(min_length=1)


class Catalogue(Model):
    """``rules/i18n/<lang>.toml``: one language's words for what the rulebook and the
    programs show a person. ``report`` and ``trip`` translate the memo's and the trip
    summary's own words (English in :mod:`travelrisk.language.report_words`)."""

    language: str
    name: str = Field(min_length=1)
    levels: dict[str, str] = Field(default={})
    confidences: dict[str, str] = Field(default={})
    effects: dict[str, str] = Field(default={})
    leg_kinds: dict[str, str] = Field(default={})
    harms: dict[str, str] = Field(default={})
    phrases: dict[str, str] = Field(default={})
    rules: dict[str, RuleText] = Field(default={})
    messages: dict[str, str] = Field(default={})
    report: dict[str, str] = Field(default={})
    trip: dict[str, str] = Field(default={})
    dates: DateWords | None = None
    #: An instrument's short name, by its id (as findings list it).
    instruments: dict[str, str] = Field(default={})
    #: What an open question depends on (keys: ``report_words.MISSING``).
    missing: dict[str, str] = Field(default={})
    #: The facts the engine words itself (keys: ``report_words.FACTS``).
    facts: dict[str, str] = Field(default={})
    #: A research checklist item's question as an open question says it (its ``missing``),
    #: by the item's id.
    checklist: dict[str, str] = Field(default={})


class Term(Model):
    en: str = Field(min_length=2)
    be: list[str] = Field(min_length=1)
    ru: list[str] = Field(min_length=1)
    uk: list[str] = Field(min_length=1)


class Glossary(Model):
    """``rules/glossary.toml``: a translated text whose English holds ``en`` must hold one of
    the language's stems."""

    term: list[Term] = Field(default=[])

    def breaches(self, english: str, translated: str, lang: str) -> list[str]:
        low, out = translated.lower(), []
        for t in self.term:
            if t.en.lower() in english.lower() and not any(s.lower() in low for s in getattr(t, lang)):
                out.append(f"{t.en!r} must be one of {getattr(t, lang)}")
        return out


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


# --- choosing the language --------------------------------------------------------------------


def language_from_environment(environ: Mapping[str, str] | None = None) -> str:
    """The language of the environment's locale (LC_ALL, LC_MESSAGES, LANG, as POSIX orders
    them; then LANGUAGE's list) where travelrisk has it, else English."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return code
            if var != "LANG" or code not in ("c", "posix"):
                break
    for item in env.get("LANGUAGE", "").split(":"):
        code = item.split(".")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


# --- words --------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _iso_names(lang: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)


def country_name(code: str, lang: str = "en") -> str:
    """A country's common name in ``lang`` (ISO 3166's own translation), else in English."""
    english = name(code)
    return english if lang == "en" else _iso_names(lang).gettext(english)


def format_date(day: date, catalogue: Catalogue | None = None) -> str:
    """A date as the catalogue's language writes it (``3 декабря 2026 г.``); ISO 8601
    (``2026-12-03``) in English or where the catalogue has no ``[dates]``."""
    d = catalogue.dates if catalogue is not None else None
    if d is None:
        return day.isoformat()
    return d.format.format(day=day.day, month=d.months[day.month - 1], year=day.year)


_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def full_stop(text: str) -> str:
    """One full stop where a date that ends in one (``3 декабря 2026 г.``) ends a sentence."""
    return _DOUBLE_STOP.sub(".", text)


class Words:
    """One language's words, with English wherever a translation is missing."""

    def __init__(self, catalogue: Catalogue | None):
        self.c = catalogue
        self.lang = catalogue.language if catalogue else "en"

    def _get(self, table: str, key: str, english: str) -> str:
        if self.c is None:
            return english
        return getattr(self.c, table).get(key) or english

    def level(self, value: str) -> str:
        return self._get("levels", value, value).upper()

    def level_name(self, value: str) -> str:
        """A level's name as a word in a sentence (``high``, ``высокий``)."""
        return self._get("levels", value, value)

    def confidence(self, value: str) -> str:
        return self._get("confidences", value, value)

    def effect(self, value: str, english: str) -> str:
        return self._get("effects", value, english)

    def leg_kind(self, value: str) -> str:
        return self._get("leg_kinds", value, value.replace("_", " "))

    def harm(self, harm_id: str, english: str) -> str:
        return self._get("harms", harm_id, english)

    def phrase(self, key: str, english: str, **values: object) -> str:
        return self._get("phrases", key, english).format(**values)

    def message(self, english: str) -> str:
        return self._get("messages", english, english)

    def report(self, key: str, **values: object) -> str:
        """One of the memo's own words (keys: ``report_words.REPORT``)."""
        return full_stop(self._get("report", key, REPORT[key]).format(**values))

    def trip(self, key: str, **values: object) -> str:
        """One of the trip summary's own words (keys: ``report_words.TRIP``)."""
        return full_stop(self._get("trip", key, TRIP[key]).format(**values))

    def table(self, table: str, key: str, **values: object) -> str:
        """A sentence the engine words itself, from ``report_words``' ``MISSING`` (what an open
        question depends on) or ``FACTS`` (a fact a finding lists)."""
        return self._get(table, key, sentences.TABLES[table][key]).format(**values)

    def has(self, table: str, key: str) -> bool:
        """Whether the catalogue translates ``key`` (text rebuilt from English only then)."""
        return self.c is not None and bool(getattr(self.c, table).get(key))

    def date(self, day: date) -> str:
        return format_date(day, self.c)

    def source_date(self, source: "Source", day: str | None = None) -> str:
        """A source's date as a reader should take it: its own date, or, for a source that
        shows none, that it is undated and the day it was read (``source``: a
        :class:`~travelrisk.model.sources.Source`, or a memo's numbered entry of one).
        ``day``: the date as written where the reader's dates are written another way (ISO
        8601 in the app and in a rule diff); by default, in the reader's language."""
        day = self.date(source.date) if day is None else day
        return self.phrase("undated", "undated, read {date}", date=day) if source.undated else day

    def country(self, code: str) -> str:
        return country_name(code, self.lang)

    def instrument(self, instrument_id: str, english: str) -> str:
        return self._get("instruments", instrument_id, english)

    def join(self, items: list[str]) -> str:
        if len(items) <= 1:
            return "".join(items)
        return ", ".join(items[:-1]) + f" {self.phrase('and', 'and')} " + items[-1]


def words(book: "Rulebook", lang: str) -> Words:
    return Words(None if lang == "en" else book.translations.get(lang))


# --- an assessment, shown in another language ----------------------------------------------


def localise(a: "Assessment", book: "Rulebook", lang: str) -> "Assessment":
    """A copy of ``a`` whose text for a person reads in ``lang``: the destination's and the
    pursuing states' names, each finding's title, text and harm. Rule texts are filled again
    from the finding's own values, with country names in ``lang``."""
    if lang == "en":
        return a
    w = words(book, lang)
    rules = {r.id: r for r in book.rules}
    findings = []
    for f in a.findings:
        t = w.c.rules.get(f.rule_id) if w.c else None
        update: dict[str, object] = {"harm_name": w.harm(f.harm, f.harm_name)}
        if t is not None and f.rule_id in rules:
            values = dict(f.values)
            values["destination_name"] = w.country(a.destination)
            if f.requester:
                values["requester_name"] = w.country(f.requester)
            for key in ("instruments", "shared_instruments", "precedents"):
                if key in f.items:
                    ids = f.items.get(key + "_ids") or [""] * len(f.items[key])  # precedents have none
                    names = [w.instrument(i, n) for i, n in zip(ids, f.items[key])]
                    values[key] = w.join(names) or w.phrase(
                        "no_instrument" if "instrument" in key else "no_precedent", values.get(key, ""))
            if "leg_kind" in values:
                values["leg_kind"] = w.leg_kind(a.leg_kind)
            update["title"] = t.title
            update["text"] = t.text.format_map(_Keep(values))
            if t.not_formalised and f.not_formalised:
                update["not_formalised"] = t.not_formalised
        if f.facts:
            update["facts"] = [sentences.fact(text, w, book) for text in f.facts]
        findings.append(f.model_copy(update=update))
    requesters = [r.model_copy(update={"name": w.country(r.state)}) for r in a.requesters]
    return a.model_copy(update={
        "destination_name": w.country(a.destination), "findings": findings, "requesters": requesters})


class _Keep(dict):
    """Leaves a placeholder the values do not fill as it was, rather than failing."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
