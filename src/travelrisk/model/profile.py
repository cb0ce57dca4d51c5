"""The person: who they are to the states that pursue them. Never written to disk by the core."""

# No ``from __future__ import annotations``: annotations written as objects spare pydantic
# parsing each one from a string when the class is defined (see model/base.py).

from collections.abc import Collection
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BeforeValidator, Field, field_serializer, field_validator

from .base import Model, field_path
from .country_names import code_of
from .iso import CountryCode

if TYPE_CHECKING:
    from pydantic import ValidationError


def _as_code(value: Any) -> Any:
    """A person may write a country as they say it: ``by``, ``Belarus``, ``Belarus (BY)``."""
    if isinstance(value, str):
        return code_of(value) or value
    return value


#: A country in a profile: a code in any case or a name, kept as its ISO code.
Country = Annotated[CountryCode, BeforeValidator(_as_code)]


class Exposure(str, Enum):
    """What the person did that a state punishes."""

    OPPOSITION = "opposition"
    JOURNALIST = "journalist"
    HUMAN_RIGHTS_DEFENDER = "human_rights_defender"
    PROTESTER = "protester"
    DONOR = "donor"
    VOLUNTEER_FIGHTER = "volunteer_fighter"
    DEFECTOR = "defector"
    RELATIVE = "relative"


class ListingKind(str, Enum):
    CRIMINAL_CASE = "criminal_case"
    CONVICTED_IN_ABSENTIA = "convicted_in_absentia"
    WANTED = "wanted"
    INTERSTATE_WANTED = "interstate_wanted"
    TERRORIST_LIST = "terrorist_list"
    EXTREMIST_LIST = "extremist_list"
    INTERPOL_RED_NOTICE = "interpol_red_notice"
    INTERPOL_DIFFUSION = "interpol_diffusion"


class Certainty(str, Enum):
    KNOWN = "known"
    SUSPECTED = "suspected"


class Listing(Model):
    """One state's list, case or notice the person is (or may be) on."""

    state: Country
    kind: ListingKind
    certainty: Certainty = Certainty.KNOWN


class DocumentKind(str, Enum):
    PASSPORT = "passport"
    REFUGEE_TRAVEL_DOCUMENT = "refugee_travel_document"
    ALIEN_PASSPORT = "alien_passport"


class Document(Model):
    kind: DocumentKind = DocumentKind.PASSPORT
    issuer: Country
    expires: date | None = None


class ProtectionKind(str, Enum):
    REFUGEE_STATUS = "refugee_status"
    ASYLUM = "asylum"
    SUBSIDIARY_PROTECTION = "subsidiary_protection"
    HUMANITARIAN = "humanitarian"
    RESIDENCE_PERMIT = "residence_permit"
    CITIZENSHIP = "citizenship"


class Protection(Model):
    """A status granted by a state (refugee status, asylum, residence, citizenship)."""

    state: Country
    kind: ProtectionKind
    since: date | None = None


class Profile(Model):
    """Everything the engine may read about a person.

    The requesters (states that pursue the person) are derived from ``listings`` and, where
    ``exposure`` is not empty, from ``citizenships``.
    """

    citizenships: list[Country] = Field(default=[])
    residence: Country | None = None
    exposure: set[Exposure] = Field(default=set())
    listings: list[Listing] = Field(default=[])
    documents: list[Document] = Field(default=[])
    protections: list[Protection] = Field(default=[])

    @field_validator("citizenships")
    @classmethod
    def _unique_citizenships(cls, v: list[str]) -> list[str]:
        return list(dict.fromkeys(v))

    @field_validator("listings", "documents", "protections")
    @classmethod
    def _no_repeats(cls, v: list[Any]) -> list[Any]:
        """The same entry twice says nothing more (a thousand copies of one listing are one)."""
        seen: list[Any] = []
        for item in v:
            if item not in seen:
                seen.append(item)
        return seen

    @field_serializer("exposure")
    def _sorted_exposure(self, v: set[Exposure]) -> list[str]:
        return sorted(e.value for e in v)

    def requesters(self, pursuing: Collection[str] | None = None) -> dict[str, list[str]]:
        """Each state that pursues the person, with the reasons it counts, in a stable order.

        A state that lists the person always counts. A citizenship state counts when the
        person has political exposure and the state is one of ``pursuing`` (the rulebook's
        requesting states): a Belarusian journalist's Polish citizenship makes Poland no
        requester. With ``pursuing`` None, every citizenship counts."""
        out: dict[str, list[str]] = {}
        for listing in self.listings:
            out.setdefault(listing.state, []).append(
                f"lists you: {listing.kind.value.replace('_', ' ')} ({listing.certainty.value})"
            )
        if self.exposure:
            what = ", ".join(sorted(e.value.replace("_", " ") for e in self.exposure))
            for state in self.citizenships:
                if pursuing is None or state in pursuing:
                    out.setdefault(state, []).append(f"your citizenship, with political exposure: {what}")
        return out


class ProfileError(ValueError):
    """A profile file that cannot be used; the message names the file and the field."""


def load_profile(path: str) -> Profile:
    """Read a profile from a JSON file, with errors that name the file and the field."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_PROFILE_BYTES + 1)
    except OSError as exc:
        raise ProfileError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    if len(data) > MAX_PROFILE_BYTES:
        raise ProfileError(f"{path}: too large for a profile (more than {MAX_PROFILE_BYTES // 2**20} MiB)")
    return parse_profile(data, path)


#: No profile a person writes comes near this; a larger file is not one.
MAX_PROFILE_BYTES = 4 * 2**20


def parse_profile(data: bytes | str, where: str = "profile") -> Profile:
    """A profile from JSON text (a byte-order mark, as Notepad writes, is allowed). Errors
    name ``where`` and the field and say what is wrong in the project's words; they never
    repeat what the field held, since a profile is private."""
    from pydantic import ValidationError

    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ProfileError(f"{where}: not UTF-8 text") from None
    data = data.removeprefix("\ufeff")
    try:
        return Profile.model_validate_json(data)
    except ValidationError as exc:
        raise ProfileError("\n".join(f"{where}: {p}" for p in profile_problems(exc))) from None


_WORDS = {
    "missing": "required",
    "extra_forbidden": "unknown field (not part of a profile; see 'travelrisk profile new')",
    "string_type": "must be text",
    "list_type": "must be a list: [ ... ]",
    "set_type": "must be a list: [ ... ]",
    "model_type": "must be an object: { ... }",
    "model_attributes_type": "must be an object: { ... }",
    "dict_type": "must be an object: { ... }",
    "date_type": "must be a date, YYYY-MM-DD",
    "date_parsing": "must be a date, YYYY-MM-DD",
    "date_from_datetime_parsing": "must be a date, YYYY-MM-DD",
    "date_from_datetime_inexact": "must be a date, YYYY-MM-DD",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
}


def profile_problems(exc: "ValidationError") -> list[str]:
    """Each problem of a profile as ``field: what is wrong``, in the project's words."""
    out = []
    for e in exc.errors(include_url=False, include_input=False):
        kind = e["type"]
        where = field_path(e["loc"]) or "(the whole profile)"
        if kind == "json_invalid":
            detail = str(e.get("ctx", {}).get("error", "")) or "cannot be read"
            out.append(f"not valid JSON: {detail}")
            continue
        if kind in ("enum", "literal_error"):
            what = f"must be one of: {e.get('ctx', {}).get('expected', '')}"
        elif kind == "value_error":
            what = str(e.get("ctx", {}).get("error", "is not valid here"))
        else:
            what = _WORDS.get(kind, "is not valid here")
        out.append(f"{where}: {what}")
    return out
