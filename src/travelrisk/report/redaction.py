"""What ``--redact`` takes out of a memo, and what it cannot.

A redacted memo keeps the levels, the findings and the sources, and leaves out everything the
profile says about the person:

- the profile summary (citizenships, residence, exposure, lists, documents, protections) and
  the reasons each state pursues them are not written at all;
- the person's states (requesters, citizenships, residence, the states on their lists, that
  issued their documents or protect them) are replaced by neutral labels wherever the engine
  wrote them into a finding, a fact or an open question: "the requesting state" (or
  "requesting state A", "B"... when several pursue the person, so findings stay apart) and
  "another state" for the rest. Every ISO 3166 spelling is replaced (short name, common and
  official names, alpha-2 and alpha-3 codes), and any date taken from the profile;
- rulebook ids of sources are left out of the JSON (they can name a state);
- the rulebook's open points about the pursuing states and about their treaties with a
  destination are left out: they are there because of who pursues the person, and they name
  that state in words no label replaces ("a Belarusian notice", "the Russian side").

What is kept word for word: the destinations (the memo is about them: a destination that is
also one of the person's states stays named, and the command line warns), the rule titles,
the caveats that are the rulebook's own notes on a destination or a rule (the same text for
every reader), and the sources. A citation that is changed is no citation, so a source title
such as "Kazakhstan returns a guard to Russia" is kept, and with the precedents a finding
lists it can show which state's practice the finding rests on. And a finding is there because
the profile made its rule apply: a finding about red notices tells the reader the rule saw one.
Redaction hides who the person is and what the profile says; it cannot hide what follows from it.

In another language (a memo made with ``lang``), the labels are that language's words, without
English's articles, and the states' names in that language are replaced as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..language.i18n import Words, country_name
from ..model.iso import name
from ..model.profile import Profile

_DETERMINERS = frozenset({"the", "a", "an", "your", "its", "their", "his", "her", "our", "my", "this", "that"})


def personal_states(profile: Profile, requesters: Iterable[str] = ()) -> list[str]:
    """Every state the profile ties the person to, requesters first, without repeats."""
    codes = [
        *requesters,
        *profile.citizenships,
        *([profile.residence] if profile.residence else []),
        *(x.state for x in profile.listings),
        *(d.issuer for d in profile.documents),
        *(p.state for p in profile.protections),
    ]
    return list(dict.fromkeys(codes))


def redaction_warnings(profile: Profile, destinations: Iterable[str]) -> list[str]:
    """For the person only (never written into the memo): where redaction cannot hide a state."""
    mine = set(personal_states(profile))
    return [
        f"{code} is one of the profile's states and a destination of this memo: the memo names it "
        "as the destination, and its findings can show how it is tied to you"
        for code in dict.fromkeys(destinations)
        if code in mine
    ]


def spellings(code: str, lang: str = "en") -> list[str]:
    """Every ISO 3166 spelling of a state: names (in ``lang`` too), then codes."""
    import pycountry

    names = [name(code), country_name(code, lang)]
    entry = pycountry.countries.get(alpha_2=code)
    if entry is not None:
        names += [getattr(entry, a, None) or "" for a in ("name", "common_name", "official_name")]
        names.append(entry.alpha_3)
    names.append(code)
    return [n for n in dict.fromkeys(names) if n]


class Redactor:
    """Replaces the person's states and dates in text the engine wrote for them."""

    def __init__(self, profile: Profile, requesters: list[str], destinations: set[str],
                 words: "Words | None" = None) -> None:
        self.w = words or Words(None)
        self.english = self.w.c is None
        states = [c for c in personal_states(profile, requesters) if c not in destinations]
        pursuing = [c for c in states if c in requesters]
        others = [c for c in states if c not in requesters]
        other = self.w.report("other_state")
        self.labels: dict[str, str] = {}
        self.labels |= _lettered(pursuing, self.w.report("requesting_state"))
        self.labels |= _lettered(others, other, single=other)
        forms: dict[str, str] = {}
        for code in states:
            for spelling in spellings(code, self.w.lang):
                forms.setdefault(spelling, code)
        self._forms = forms
        self._pattern = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)")
            if forms
            else None
        )
        dates = [d.expires for d in profile.documents if d.expires] + [p.since for p in profile.protections if p.since]
        self._dates = list(dict.fromkeys([*(d.isoformat() for d in dates), *(self.w.date(d) for d in dates)]))
        self.pursuing_count = len(pursuing)

    def state(self, code: str) -> str:
        """A state's label, or its name if it is not one of the person's (or is a destination)."""
        if code in self.labels:
            return self.labels[code]
        return self.w.country(code)

    def text(self, text: str) -> str:
        for day in self._dates:
            text = text.replace(day, self.w.report("date_withheld"))
        if self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._replace(m, text), text)

    def _replace(self, match: re.Match[str], text: str) -> str:
        label = self.labels[self._forms[match.group(1)]]
        before = text[: match.start()]
        words = before.split()
        if self.english and not (words and words[-1].lower() in _DETERMINERS):  # other languages have no articles
            label = ("another " + label.removeprefix("other ")) if label == "other state" else "the " + label
        stripped = before.rstrip()
        if not stripped or stripped[-1] in ".!?":
            label = label[0].upper() + label[1:]
        return label

    def note(self) -> str:
        labels = self.w.report("redaction_one" if self.pursuing_count <= 1 else "redaction_many")
        return self.w.report("redaction_note", labels=labels)


def _lettered(codes: list[str], noun: str, single: str | None = None) -> dict[str, str]:
    if len(codes) == 1:
        return {codes[0]: single or noun}
    return {code: f"{noun} {chr(ord('A') + i)}" for i, code in enumerate(codes)}
