"""Country names as people type them, to ISO 3166-1 alpha-2 codes.

A person types ``Belarus``, ``by``, ``Belarus (BY)``, ``Turkey``, ``UK``, ``Burma`` or
``Турция``; a lawyer types ``BLR``. This module finds the country, says when a name fits
several (``Korea``: North or South; ``Congo``: the Republic or the Democratic Republic), and
suggests names close to a misspelling (``Kazahstan``). Names come from pycountry and its
gettext catalogues; no country list is typed here, only the everyday English names
pycountry lacks.
"""

from __future__ import annotations

import re

from . import iso

_CODE_IN_BRACKETS = re.compile(r"\(([A-Za-z]{2})\)\s*$")

def code_of(text: str) -> str | None:
    """The ISO code for what a person typed: a code in any case (``kz``) or a name
    (``Kazakhstan``, ``Turkey``; see :func:`parse_country`); ``None`` when it names no country, or several."""
    code = (text or "").strip().upper()
    if len(code) == 2 and iso.is_code(code):
        return code
    return parse_country(text)


def parse_country(text: str) -> str | None:
    """An ISO alpha-2 code from what a person typed: ``BY``, ``by``, ``Belarus``,
    ``Belarus (BY)``, an everyday English name (``Turkey``, ``UK``), a former name
    (``Burma``) or a name in a neighbour's language (``Турция``); ``None`` when it names no
    country, or names several (``Korea``, ``Congo``: see :func:`country_candidates`)."""
    found = country_candidates(text)
    return found[0] if len(found) == 1 else None


def country_candidates(text: str) -> list[str]:
    """Every country ``text`` may name, as codes: one for a clear answer, several for a name
    that fits more than one (``Korea``: KP, KR; ``Congo``: CD, CG), none for no country."""
    text = (text or "").strip()
    if not text:
        return []
    m = _CODE_IN_BRACKETS.search(text)
    if m:
        code = m.group(1).upper()
        return [code] if iso.is_code(code) else []
    if len(text) == 2 and iso.is_code(text.upper()):
        return [text.upper()]
    key = _fold(text)
    if not key:
        return []
    english = _english_names().get(key)
    if english:
        return sorted(english)
    import pycountry  # alpha-3 codes and other exact forms

    try:
        return [pycountry.countries.lookup(text).alpha_2]
    except LookupError:
        pass
    code = _country_names().get(key)
    if code:
        return [code]
    return sorted(_ambiguous().get(key, ()))


def country_problem(text: str) -> str:
    """Why ``text`` names no one country, in words: the countries it could mean, or the
    names close to it."""
    shown = (text or "").strip()
    several = country_candidates(text)
    if len(several) > 1:
        options = " or ".join(f"{iso.name(c)} ({c})" for c in several)
        return f"'{shown}' fits more than one country: {options}. Give the code."
    close = suggest_countries(text)
    hint = (" Did you mean " + " or ".join(f"{iso.name(c)} ({c})" for c in close) + "?") if close else ""
    return (f"'{shown}' is not a country we know: give its ISO 3166-1 alpha-2 code (e.g. KZ) or its name "
            f"(e.g. Kazakhstan).{hint}")


def suggest_countries(text: str, limit: int = 3) -> list[str]:
    """Codes of the countries whose names are closest to a misspelt ``text`` (``Kazahstan``:
    KZ), best first; empty when nothing is close."""
    import difflib

    key = _fold(text or "")
    if len(key) < 3:
        return []
    names = _country_names()
    close = difflib.get_close_matches(key, [k for k, v in names.items() if v], n=limit * 3, cutoff=0.8)
    return list(dict.fromkeys(names[k] for k in close if names[k]))[:limit]


# Everyday English names that pycountry has neither as a name, a common or official name,
# nor as a former name in ``historic_countries``: exonyms and abbreviations in wide use.
# Not a list of countries; only names a person types and pycountry lacks. A test checks
# that no alias names another country in pycountry.
_ENGLISH_ALIASES = {
    "Turkey": "TR",  # pycountry: Türkiye
    "Russia": "RU",  # Russian Federation
    "Ivory Coast": "CI",  # Côte d'Ivoire
    "Macedonia": "MK",  # North Macedonia, renamed without a new code
    "Swaziland": "SZ",  # Eswatini, renamed without a new code
    "Cape Verde": "CV",  # Cabo Verde
    "Holland": "NL",  # Netherlands
    "Vatican": "VA",  # Holy See (Vatican City State)
    "Vatican City": "VA",
    "Brunei": "BN",  # Brunei Darussalam
    "America": "US",  # United States
    "UAE": "AE",  # United Arab Emirates
    "DR Congo": "CD",  # Congo, The Democratic Republic of the
    "DRC": "CD",
    "Congo-Kinshasa": "CD",
    "Congo-Brazzaville": "CG",  # Congo (the Republic)
    "UK": "GB",  # United Kingdom; "UK" is no ISO code
    "Britain": "GB",
    "Great Britain": "GB",
    # The nations of the United Kingdom: their passports, courts and borders are the UK's.
    "England": "GB",
    "Scotland": "GB",
    "Wales": "GB",
    "Northern Ireland": "GB",
}

# Languages an exile from Belarus, Russia or Ukraine, or a lawyer next door, may type a
# country's name in: "Турция", "Грузія", "Turkija" find Türkiye, Georgia, Türkiye.
_NAME_LANGUAGES = ("ru", "be", "uk", "pl", "lt", "lv", "et", "de", "fr", "es")
_names: dict[str, str | None] | None = None

_THE = re.compile(r"^the\s+")
_SAINT = re.compile(r"\bst\b\.?")
_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def _fold(text: str) -> str:
    """A name reduced to what tells it apart: no case, accents, punctuation, spaces or
    leading "the"; "St" is "Saint", "&" is "and". "Turkiye" finds "Türkiye", "Guinea
    Bissau" "Guinea-Bissau", "Cote d Ivoire" "Côte d'Ivoire", "the Gambia" "Gambia"."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _SAINT.sub("saint", _THE.sub("", plain.replace("&", " and ")))
    return "".join(c for c in plain if c.isalnum())


def _variants(name: str) -> set[str]:
    """A pycountry name and the ways it is written in everyday use: "Korea, Republic of"
    also as "Republic of Korea"; "Palestine, State of" also as "Palestine"; "Falkland
    Islands (Malvinas)" also as "Falkland Islands"."""
    out = {name}
    bare = _PARENTHESES.sub("", name).strip()
    out.add(bare)
    head, sep, tail = bare.partition(", ")
    if sep:
        out.update({head, f"{tail} {head}"})
    return out


def _add_tier(names: dict[str, str | None], tier: dict[str, set[str]], ambiguous: dict[str, set[str]]) -> None:
    """Add one tier of folded names, each with the codes it names. A name already taken by
    a stronger tier stays as it is; a name that fits several countries names none (and is
    kept, with its countries, in ``ambiguous``)."""
    for key, codes in tier.items():
        if key and key not in names:
            names[key] = next(iter(codes)) if len(codes) == 1 else None
            if len(codes) > 1:
                ambiguous[key] = set(codes)


_english: dict[str, set[str]] | None = None
_ambiguous_names: dict[str, set[str]] = {}


def _english_names() -> dict[str, set[str]]:
    """pycountry's English names and their everyday forms, each with every country it fits:
    "Congo" is the Republic's name and the head of "Congo, The Democratic Republic of the",
    so it fits both."""
    global _english
    if _english is None:
        from collections import defaultdict

        import pycountry

        out: dict[str, set[str]] = defaultdict(set)
        for c in pycountry.countries:
            for name in {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}:
                for v in _variants(name):
                    out[_fold(v)].add(c.alpha_2)
        _english = dict(out)
    return _english


def _ambiguous() -> dict[str, set[str]]:
    _country_names()
    return _ambiguous_names


def _country_names() -> dict[str, str | None]:
    """Every folded name of a country, to its alpha-2 code (``None`` for a name that fits
    several), built once on the first name the fast paths miss. Stronger sources first:
    pycountry's English names; their everyday forms; the aliases above; former names from
    ``historic_countries``; pycountry's translations into :data:`_NAME_LANGUAGES`."""
    global _names
    if _names is None:
        import gettext
        from collections import defaultdict

        import pycountry

        def tier(pairs) -> dict[str, set[str]]:
            out: dict[str, set[str]] = defaultdict(set)
            for name, code in pairs:
                out[_fold(name)].add(code)
            return out

        english = [
            (name, c.alpha_2)
            for c in pycountry.countries
            for name in {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
        ]
        # A former name is a current country's when that country still carries its ISO
        # numeric code (Burma and Myanmar are both 104); not when the country split up.
        by_numeric = {c.numeric: c.alpha_2 for c in pycountry.countries}
        former = [
            (name, by_numeric[h.numeric])
            for h in pycountry.historic_countries
            if getattr(h, "numeric", None) in by_numeric and "split" not in getattr(h, "comment", "")
            for name in _variants(h.name)
        ]
        catalogs = []
        for lang in _NAME_LANGUAGES:
            try:
                catalogs.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
            except OSError:
                continue
        translated = [(catalog.gettext(name), code) for name, code in english for catalog in catalogs]

        names: dict[str, str | None] = {}
        amb = _ambiguous_names
        _add_tier(names, tier(english), amb)
        _add_tier(names, tier((v, code) for name, code in english for v in _variants(name)), amb)
        _add_tier(names, tier(_ENGLISH_ALIASES.items()), amb)
        _add_tier(names, tier(former), amb)
        _add_tier(names, tier(translated), amb)
        _names = names
    return _names


