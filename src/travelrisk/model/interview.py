"""The profile interview: the questions a person answers, as a plain state machine.

As in Electrum's wizard, the flow is data plus one function, :func:`resolve_next`, that
picks the step after a step from the answers so far. The Qt form renders the steps, the
tests walk every path headless, and nothing here imports Qt.

Answers are kept raw, as a person typed them (``"Belarus"``, ``"2027-03-01"``), so a mistake
can be shown on its field and corrected; :meth:`Interview.profile` turns the answers on the
current path into a :class:`~travelrisk.model.profile.Profile`. Only steps on the path count: a
person who says they are on no list has no listings, whatever they typed before.

Every text a person reads is wrapped in :func:`N_`, a marker for translation tools; the
GUI translates them when it shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from . import iso
from .profile import Certainty, DocumentKind, Exposure, ListingKind, Profile, ProtectionKind


def N_(text: str) -> str:
    """Mark a string for translation; it is translated where it is shown."""
    return text


class Message(str):
    """A message in English that keeps its template and values, so a GUI can translate the
    template and fill the values in again."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> "Message":
        obj = super().__new__(cls, template.format(**params) if params else template)
        obj.template = template
        obj.params = params
        return obj


class Kind(str, Enum):
    """How a question is answered."""

    COUNTRY = "country"  # one country, by name or code; raw value: str
    COUNTRIES = "countries"  # several countries; raw value: list[str]
    CHOICE = "choice"  # one of the choices; raw value: str
    CHOICES = "choices"  # any of the choices; raw value: list[str]
    DATE = "date"  # YYYY-MM-DD; raw value: str
    ENTRIES = "entries"  # repeated groups of sub-questions; raw value: list[dict[str, str]]


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    explanation: str


@dataclass(frozen=True)
class Question:
    key: str
    label: str
    explanation: str
    kind: Kind
    choices: tuple[Choice, ...] = ()
    fields: tuple["Question", ...] = ()  # the sub-questions of an ENTRIES question
    required: bool = False
    default: str = ""
    placeholder: str = ""
    add_label: str = ""  # for ENTRIES: the button that adds one more
    past: str = "allowed"  # for DATE: "allowed", "warn" (an expiry) or "future_is_error" (a grant)

    def choice(self, value: str) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    intro: str
    questions: tuple[Question, ...] = ()


# --- the questions -------------------------------------------------------------------------

_EXPOSURE = (
    Choice(Exposure.OPPOSITION.value, N_("Opposition politics"),
           N_("You were a member, candidate, organiser or staffer of an opposition movement.")),
    Choice(Exposure.JOURNALIST.value, N_("Journalism"),
           N_("You reported, edited, filmed or ran a channel that the authorities call hostile.")),
    Choice(Exposure.HUMAN_RIGHTS_DEFENDER.value, N_("Human-rights work"),
           N_("You documented abuses, helped prisoners or worked for a human-rights group.")),
    Choice(Exposure.PROTESTER.value, N_("Protests"),
           N_("You took part in demonstrations, strikes or marches.")),
    Choice(Exposure.DONOR.value, N_("Donations"),
           N_("You gave money to a fund, group or media outlet that the state calls extremist.")),
    Choice(Exposure.VOLUNTEER_FIGHTER.value, N_("Volunteer fighter"),
           N_("You fought as a volunteer, for example for Ukraine.")),
    Choice(Exposure.DEFECTOR.value, N_("Defector"),
           N_("You left the army, police, security services or a state post.")),
    Choice(Exposure.RELATIVE.value, N_("Relative of someone pursued"),
           N_("A member of your family is pursued, and the state may pressure you through them.")),
)

_LISTED = (
    Choice("yes", N_("Yes, I know I am"),
           N_("You have seen your name on a list, received a summons or charges, or a lawyer told you.")),
    Choice("suspect", N_("I suspect so"),
           N_("You have reasons to think so (people like you were listed, or relatives were questioned).")),
    Choice("no", N_("No"), N_("You have checked and found nothing.")),
    Choice("unknown", N_("I don't know"),
           N_("You have not been able to check. The app then reasons from what you did, not from lists.")),
)

_LISTING_KINDS = (
    Choice(ListingKind.CRIMINAL_CASE.value, N_("Criminal case"),
           N_("A criminal case has been opened against you.")),
    Choice(ListingKind.CONVICTED_IN_ABSENTIA.value, N_("Convicted in absentia"),
           N_("A court sentenced you without you being there.")),
    Choice(ListingKind.WANTED.value, N_("Wanted in that country"),
           N_("You are on the state's own national wanted list.")),
    Choice(ListingKind.INTERSTATE_WANTED.value, N_("Interstate wanted list"),
           N_("You are wanted across a group of states (for example the CIS interstate search).")),
    Choice(ListingKind.TERRORIST_LIST.value, N_("Terrorist list"),
           N_("The state put you on its list of 'terrorists'.")),
    Choice(ListingKind.EXTREMIST_LIST.value, N_("Extremist list"),
           N_("The state put you on its list of 'extremists'.")),
    Choice(ListingKind.INTERPOL_RED_NOTICE.value, N_("Interpol red notice"),
           N_("Interpol published a request to locate and arrest you.")),
    Choice(ListingKind.INTERPOL_DIFFUSION.value, N_("Interpol diffusion"),
           N_("The state sent a request about you to other countries through Interpol's channels.")),
)

_CERTAINTY = (
    Choice(Certainty.KNOWN.value, N_("I know"), N_("You have seen it or have it in writing.")),
    Choice(Certainty.SUSPECTED.value, N_("I suspect"), N_("You think so but have not been able to confirm it.")),
)

_DOCUMENT_KINDS = (
    Choice(DocumentKind.PASSPORT.value, N_("Passport"), N_("A national passport issued by a state of which you are a citizen.")),
    Choice(DocumentKind.REFUGEE_TRAVEL_DOCUMENT.value, N_("Refugee travel document"),
           N_("The travel document a state issues to a recognised refugee.")),
    Choice(DocumentKind.ALIEN_PASSPORT.value, N_("Alien's passport"),
           N_("A travel document a state issues to a foreigner who cannot get a passport.")),
)

_PROTECTION_KINDS = (
    Choice(ProtectionKind.REFUGEE_STATUS.value, N_("Refugee status"), N_("A state recognised you as a refugee.")),
    Choice(ProtectionKind.ASYLUM.value, N_("Asylum"), N_("A state granted you asylum.")),
    Choice(ProtectionKind.SUBSIDIARY_PROTECTION.value, N_("Subsidiary protection"),
           N_("A state protects you from serious harm without full refugee status.")),
    Choice(ProtectionKind.HUMANITARIAN.value, N_("Humanitarian status"),
           N_("A state lets you stay for humanitarian reasons.")),
    Choice(ProtectionKind.RESIDENCE_PERMIT.value, N_("Residence permit"),
           N_("A state allows you to live there (temporary or permanent).")),
    Choice(ProtectionKind.CITIZENSHIP.value, N_("New citizenship"),
           N_("A state made you its citizen after you left.")),
)

_COUNTRY_HINT = N_("a country name or two-letter code")

STEPS: dict[str, Step] = {
    s.id: s
    for s in (
        Step(
            "citizenship",
            N_("Who you are"),
            N_("Your answers stay in this window: nothing is saved or sent anywhere."),
            (
                Question("citizenships", N_("Which countries are you a citizen of?"),
                         N_("A state usually pursues its own citizens. Leave empty if you are stateless."),
                         Kind.COUNTRIES, placeholder=_COUNTRY_HINT),
                Question("residence", N_("Where do you live now?"),
                         N_("The country you live in (optional)."),
                         Kind.COUNTRY, placeholder=_COUNTRY_HINT),
            ),
        ),
        Step(
            "exposure",
            N_("What you did"),
            N_("Tick everything a state could punish you for. This decides which states count as pursuing you."),
            (
                Question("exposure", N_("What have you done that the authorities punish?"),
                         N_("Tick all that apply; tick none if none apply."),
                         Kind.CHOICES, choices=_EXPOSURE),
            ),
        ),
        Step(
            "listed",
            N_("Lists and cases"),
            N_("States pursue people across borders through wanted lists, criminal cases and Interpol."),
            (
                Question("listed", N_("Are you on a wanted list, in a criminal case or on another list?"),
                         N_("Suspicions count: the app shows what could happen if they are true."),
                         Kind.CHOICE, choices=_LISTED, required=True),
            ),
        ),
        Step(
            "listings",
            N_("Your lists and cases"),
            N_("Add one entry for each state and each list or case."),
            (
                Question("listings", N_("Which state lists you, and how?"),
                         N_("Add each list, case or notice you know or suspect."),
                         Kind.ENTRIES, add_label=N_("Add another list or case"),
                         fields=(
                             Question("state", N_("State"), N_("The state that lists you."),
                                      Kind.COUNTRY, required=True, placeholder=_COUNTRY_HINT),
                             Question("kind", N_("Kind"), N_("What kind of list or case it is."),
                                      Kind.CHOICE, choices=_LISTING_KINDS, required=True,
                                      default=ListingKind.WANTED.value),
                             Question("certainty", N_("How sure"), N_("Whether you know or suspect it."),
                                      Kind.CHOICE, choices=_CERTAINTY, required=True,
                                      default=Certainty.KNOWN.value),
                         )),
            ),
        ),
        Step(
            "documents",
            N_("Travel documents"),
            N_("Which document would you travel with? Border guards read it first."),
            (
                Question("documents", N_("Your travel documents"),
                         N_("Add each passport or travel document you could use."),
                         Kind.ENTRIES, add_label=N_("Add another document"),
                         fields=(
                             Question("kind", N_("Document"), N_("What kind of document it is."),
                                      Kind.CHOICE, choices=_DOCUMENT_KINDS, required=True,
                                      default=DocumentKind.PASSPORT.value),
                             Question("issuer", N_("Issued by"), N_("The state that issued it."),
                                      Kind.COUNTRY, required=True, placeholder=_COUNTRY_HINT),
                             Question("expires", N_("Valid until"), N_("Expiry date, as YYYY-MM-DD (optional)."),
                                      Kind.DATE, placeholder="YYYY-MM-DD", past="warn"),
                         )),
            ),
        ),
        Step(
            "protections",
            N_("Protection"),
            N_("A status granted by a safe state can protect you, and some rules take it into account."),
            (
                Question("protections", N_("Has a state protected you?"),
                         N_("Add refugee status, asylum, a residence permit or a new citizenship."),
                         Kind.ENTRIES, add_label=N_("Add another protection"),
                         fields=(
                             Question("state", N_("State"), N_("The state that granted it."),
                                      Kind.COUNTRY, required=True, placeholder=_COUNTRY_HINT),
                             Question("kind", N_("Status"), N_("What it granted."),
                                      Kind.CHOICE, choices=_PROTECTION_KINDS, required=True,
                                      default=ProtectionKind.REFUGEE_STATUS.value),
                             Question("since", N_("Since"), N_("The date it was granted, as YYYY-MM-DD (optional)."),
                                      Kind.DATE, placeholder="YYYY-MM-DD", past="future_is_error"),
                         )),
            ),
        ),
        Step(
            "review",
            N_("Check your answers"),
            N_("This is what the map is based on. Go back to change anything; nothing is saved."),
        ),
    )
}

FIRST_STEP = "citizenship"


def resolve_next(step: str, answers: dict[str, Any]) -> str | None:
    """The step after ``step`` given the answers so far; ``None`` after the last."""
    if step == "citizenship":
        return "exposure"
    if step == "exposure":
        return "listed"
    if step == "listed":
        return "listings" if answers.get("listed") in ("yes", "suspect") else "documents"
    if step == "listings":
        return "documents"
    if step == "documents":
        return "protections"
    if step == "protections":
        return "review"
    if step == "review":
        return None
    raise KeyError(f"no step named {step!r}")


# --- validation ----------------------------------------------------------------------------

from .country_names import parse_country  # noqa: E402,F401  (the interview's fields read names)


def _country_error(text: str) -> Message:
    return Message(
        N_("'{text}' is not a country we know. Type a name such as Belarus or a two-letter code such as BY."),
        text=text.strip(),
    )


def parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        return None


_DATE_ERROR = Message(N_("Write the date as YYYY-MM-DD, for example 2027-03-01."))


@dataclass
class Check:
    """Per-field messages for a step: ``errors`` block going on, ``warnings`` do not.

    Keys are field paths: ``residence``, ``citizenships[1]``, ``listings[0].state``."""

    errors: dict[str, Message] = field(default_factory=dict)
    warnings: dict[str, Message] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def _blank(entry: dict[str, str], q: Question) -> bool:
    """An entry whose typed fields are all empty is ignored, not an error."""
    typed = [f for f in q.fields if f.kind in (Kind.COUNTRY, Kind.DATE)]
    return all(not str(entry.get(f.key, "") or "").strip() for f in typed)


def _check_value(q: Question, value: Any, path: str, check: Check, today: date) -> None:
    if q.kind is Kind.COUNTRY:
        text = str(value or "").strip()
        if not text:
            if q.required:
                check.errors[path] = Message(N_("Choose a country."))
        elif parse_country(text) is None:
            check.errors[path] = _country_error(text)
    elif q.kind is Kind.COUNTRIES:
        for i, text in enumerate(value or []):
            if str(text or "").strip() and parse_country(text) is None:
                check.errors[f"{path}[{i}]"] = _country_error(text)
    elif q.kind is Kind.CHOICE:
        if not value:
            if q.required:
                check.errors[path] = Message(N_("Choose one answer."))
        elif q.choice(value) is None:
            check.errors[path] = Message(N_("'{value}' is not one of the answers."), value=value)
    elif q.kind is Kind.CHOICES:
        for v in value or []:
            if q.choice(v) is None:
                check.errors[path] = Message(N_("'{value}' is not one of the answers."), value=v)
    elif q.kind is Kind.DATE:
        text = str(value or "").strip()
        if not text:
            if q.required:
                check.errors[path] = _DATE_ERROR
            return
        day = parse_date(text)
        if day is None:
            check.errors[path] = _DATE_ERROR
        elif q.past == "warn" and day < today:
            check.warnings[path] = Message(
                N_("This document expired on {day}: check that a border would still accept it."), day=day)
        elif q.past == "future_is_error" and day > today:
            check.errors[path] = Message(N_("This date is in the future."))
    elif q.kind is Kind.ENTRIES:
        for i, entry in enumerate(value or []):
            if _blank(entry, q):
                continue
            for f in q.fields:
                _check_value(f, entry.get(f.key, f.default), f"{path}[{i}].{f.key}", check, today)


def check_step(step: str, answers: dict[str, Any], today: date | None = None) -> Check:
    """Validate one step's answers; every message is keyed by its field path."""
    check = Check()
    day = today or date.today()
    for q in STEPS[step].questions:
        _check_value(q, answers.get(q.key), q.key, check, day)
    return check


# --- the state machine ---------------------------------------------------------------------


class InterviewError(ValueError):
    """Answers that cannot make a profile; ``errors`` maps field paths to messages."""

    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))


class Interview:
    """One run through the questions. Drive it with :meth:`set`, :meth:`advance`, :meth:`back`."""

    def __init__(self, profile: Profile | None = None, *, today: date | None = None):
        self.today = today or date.today()
        self.answers: dict[str, Any] = answers_from(profile) if profile is not None else {}
        self.history: list[str] = [FIRST_STEP]

    @property
    def step(self) -> Step:
        return STEPS[self.history[-1]]

    @property
    def is_first(self) -> bool:
        return len(self.history) == 1

    @property
    def is_last(self) -> bool:
        return resolve_next(self.step.id, self.answers) is None

    def set(self, key: str, value: Any) -> None:
        """Record a raw answer (as typed); it is checked by :meth:`check` and :meth:`advance`."""
        self.answers[key] = value

    def check(self, step: str | None = None) -> Check:
        return check_step(step or self.step.id, self.answers, self.today)

    def advance(self) -> Check:
        """Go to the next step if this one has no errors; the check says what stopped it."""
        check = self.check()
        if check.ok:
            nxt = resolve_next(self.step.id, self.answers)
            if nxt is not None:
                self.history.append(nxt)
        return check

    def back(self) -> None:
        if len(self.history) > 1:
            self.history.pop()

    def go_to(self, step: str) -> None:
        """Jump to a step on the current path (for editing an answer from the review)."""
        path = self.path()
        if step not in path:
            raise KeyError(f"{step!r} is not on the path {path}")
        self.history = path[: path.index(step) + 1]

    def path(self) -> list[str]:
        """Every step the current answers lead through, first to last."""
        out, step = [], FIRST_STEP
        while step is not None:
            out.append(step)
            step = resolve_next(step, self.answers)
        return out

    def errors(self) -> dict[str, str]:
        """Every error on the current path."""
        out: dict[str, str] = {}
        for step in self.path():
            out.update(self.check(step).errors)
        return out

    def profile(self, *, partial: bool = False) -> Profile:
        """The profile the answers on the current path describe.

        ``partial=True`` leaves out what does not validate (the form shows those errors on
        their fields), so the map can follow a person while they type; otherwise any error
        raises :class:`InterviewError`."""
        if not partial:
            errors = self.errors()
            if errors:
                raise InterviewError(errors)
        return build_profile(self.answers, self.path(), self.today)

    def new_entry(self, key: str) -> dict[str, str]:
        """A fresh entry for an ENTRIES question, with each field's default filled in."""
        q = next(q for s in STEPS.values() for q in s.questions if q.key == key)
        entry = {f.key: f.default for f in q.fields}
        if key == "listings" and self.answers.get("listed") == "suspect":
            entry["certainty"] = Certainty.SUSPECTED.value
        return entry

    def summary(self) -> list[tuple[Message, Message]]:
        """(question, answer) pairs in plain words for the review step.

        Both are :class:`Message`s whose values may be Messages too (choice labels), so a
        GUI can translate each part; country names are left as they are."""
        p = self.profile(partial=True)
        names = iso.name
        q = {q.key: q for s in STEPS.values() for q in s.questions}

        def label(question: str, value: str) -> Message:
            choice = q[question].choice(value)
            return Message(choice.label) if choice else Message(N_("not answered"))

        def sub_label(question: str, field_key: str, value: str) -> Message:
            sub = next(f for f in q[question].fields if f.key == field_key)
            choice = sub.choice(value)
            return Message(choice.label if choice else value)

        def listing(*parts: Message | str) -> Message:
            template = ", ".join("{p%d}" % i for i in range(len(parts)))
            return Message(template, **{f"p{i}": part for i, part in enumerate(parts)})

        rows: list[tuple[Message, Message]] = [
            (Message(q["citizenships"].label),
             listing(*(names(c) for c in p.citizenships)) if p.citizenships else Message(N_("none (stateless)"))),
            (Message(q["residence"].label), Message(names(p.residence)) if p.residence else Message(N_("not given"))),
            (Message(q["exposure"].label),
             listing(*(label("exposure", e.value) for e in sorted(p.exposure, key=lambda e: e.value)))
             if p.exposure else Message(N_("none"))),
            (Message(q["listed"].label), label("listed", self.answers.get("listed", ""))),
        ]
        for li in p.listings:
            rows.append((
                Message(N_("Listed by {state}"), state=names(li.state)),
                Message(N_("{kind} ({certainty})"), kind=sub_label("listings", "kind", li.kind.value),
                        certainty=sub_label("listings", "certainty", li.certainty.value)),
            ))
        for d in p.documents:
            kind = sub_label("documents", "kind", d.kind.value)
            rows.append((
                Message(N_("Travel document")),
                Message(N_("{kind} issued by {issuer}, valid until {day}"), kind=kind, issuer=names(d.issuer), day=d.expires)
                if d.expires else Message(N_("{kind} issued by {issuer}"), kind=kind, issuer=names(d.issuer)),
            ))
        for pr in p.protections:
            rows.append((
                Message(N_("Protection")),
                Message(N_("{kind} from {state}"), kind=sub_label("protections", "kind", pr.kind.value),
                        state=names(pr.state)),
            ))
        return rows


def _entries(answers: dict[str, Any], key: str, q: Question, today: date) -> list[dict[str, Any]]:
    """The entries of an ENTRIES question that validate, with countries and dates parsed."""
    out = []
    for i, entry in enumerate(answers.get(key) or []):
        if _blank(entry, q):
            continue
        check = Check()
        values = {f.key: entry.get(f.key, f.default) for f in q.fields}
        for f in q.fields:
            _check_value(f, values[f.key], f.key, check, today)
        if check.errors:
            continue
        parsed: dict[str, Any] = {}
        for f in q.fields:
            v = values[f.key]
            if f.kind is Kind.COUNTRY:
                parsed[f.key] = parse_country(v)
            elif f.kind is Kind.DATE:
                parsed[f.key] = parse_date(v) if str(v or "").strip() else None
            else:
                parsed[f.key] = v
        out.append(parsed)
    return out


def build_profile(answers: dict[str, Any], path: list[str], today: date | None = None) -> Profile:
    """A profile from the valid answers of the steps in ``path``; invalid ones are left out."""
    day = today or date.today()
    data: dict[str, Any] = {}
    if "citizenship" in path:
        data["citizenships"] = [c for c in (parse_country(t) for t in answers.get("citizenships") or []) if c]
        data["residence"] = parse_country(answers.get("residence") or "")
    if "exposure" in path:
        valid = {e.value for e in Exposure}
        data["exposure"] = {v for v in answers.get("exposure") or [] if v in valid}
    for step, key in (("listings", "listings"), ("documents", "documents"), ("protections", "protections")):
        if step in path:
            data[key] = _entries(answers, key, STEPS[step].questions[0], day)
    return Profile.model_validate(data)


def answers_from(profile: Profile) -> dict[str, Any]:
    """Raw answers that reproduce ``profile`` (to edit an existing profile)."""
    listings = profile.listings
    if not listings:
        listed = "no"
    elif all(li.certainty is Certainty.SUSPECTED for li in listings):
        listed = "suspect"
    else:
        listed = "yes"
    return {
        "citizenships": list(profile.citizenships),
        "residence": profile.residence or "",
        "exposure": sorted(e.value for e in profile.exposure),
        "listed": listed,
        "listings": [{"state": li.state, "kind": li.kind.value, "certainty": li.certainty.value} for li in listings],
        "documents": [
            {"kind": d.kind.value, "issuer": d.issuer, "expires": d.expires.isoformat() if d.expires else ""}
            for d in profile.documents
        ],
        "protections": [
            {"state": p.state, "kind": p.kind.value, "since": p.since.isoformat() if p.since else ""}
            for p in profile.protections
        ],
    }
