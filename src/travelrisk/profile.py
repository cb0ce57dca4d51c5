"""The person: who they are to the states that pursue them. Never written to disk by the core."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from enum import Enum

from pydantic import Field, field_serializer, field_validator

from .iso import CountryCode
from .model import Model


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

    state: CountryCode
    kind: ListingKind
    certainty: Certainty = Certainty.KNOWN


class DocumentKind(str, Enum):
    PASSPORT = "passport"
    REFUGEE_TRAVEL_DOCUMENT = "refugee_travel_document"
    ALIEN_PASSPORT = "alien_passport"


class Document(Model):
    kind: DocumentKind = DocumentKind.PASSPORT
    issuer: CountryCode
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

    state: CountryCode
    kind: ProtectionKind
    since: date | None = None


class Profile(Model):
    """Everything the engine may read about a person.

    The requesters (states that pursue the person) are derived from ``listings`` and, where
    ``exposure`` is not empty, from ``citizenships``.
    """

    citizenships: list[CountryCode] = Field(default_factory=list)
    residence: CountryCode | None = None
    exposure: set[Exposure] = Field(default_factory=set)
    listings: list[Listing] = Field(default_factory=list)
    documents: list[Document] = Field(default_factory=list)
    protections: list[Protection] = Field(default_factory=list)

    @field_validator("citizenships")
    @classmethod
    def _unique_citizenships(cls, v: list[str]) -> list[str]:
        return list(dict.fromkeys(v))

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
    import json

    from pydantic import ValidationError

    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except OSError as exc:
        raise ProfileError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: not valid JSON: {exc}") from None
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        from .loader import field_path

        lines = [
            f"{path}: {field_path(e['loc']) or '(top level)'}: "
            + ("unknown field" if e["type"] == "extra_forbidden" else e["msg"])
            for e in exc.errors(include_url=False)
        ]
        raise ProfileError("\n".join(lines)) from None
