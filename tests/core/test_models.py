import json
from datetime import date

import pytest
from pydantic import PrivateAttr, ValidationError

from travelrisk import Level, Profile
from travelrisk.model.base import Model
from travelrisk.model.profile import ProfileError, load_profile


def test_levels_are_ordered_and_unknown_is_not():
    assert Level.LOW < Level.GUARDED < Level.ELEVATED < Level.HIGH < Level.SEVERE
    assert max([Level.HIGH, Level.SEVERE, Level.LOW], key=lambda x: x.rank) is Level.SEVERE
    with pytest.raises(TypeError):
        Level.UNKNOWN < Level.LOW  # noqa: B015
    assert json.dumps(Level.SEVERE.value) == '"severe"'


def test_profile_round_trips_through_json():
    p = Profile.model_validate(
        {
            "citizenships": ["BY", "PL"],
            "residence": "LT",
            "exposure": ["journalist", "donor"],
            "listings": [{"state": "RU", "kind": "wanted", "certainty": "suspected"}],
            "documents": [{"kind": "passport", "issuer": "BY", "expires": "2027-01-31"}],
            "protections": [{"state": "LT", "kind": "refugee_status", "since": "2022-05-01"}],
        }
    )
    again = Profile.model_validate_json(p.model_dump_json())
    assert again == p
    assert json.loads(p.model_dump_json())["exposure"] == ["donor", "journalist"]
    assert again.documents[0].expires == date(2027, 1, 31)


@pytest.mark.parametrize(
    "data, field",
    [
        ({"citizenship": ["BY"]}, "citizenship"),
        ({"citizenships": ["XX"]}, "citizenships"),
        ({"citizenships": ["Belarusia"]}, "citizenships"),
        ({"exposure": ["poet"]}, "exposure"),
        ({"listings": [{"state": "BY", "kind": "blacklist"}]}, "listings"),
        ({"listings": [{"state": "BY", "kind": "wanted", "extra": 1}]}, "listings"),
        ({"documents": [{"issuer": "BY", "expires": "soon"}]}, "documents"),
    ],
)
def test_profile_rejects_bad_fields(data, field):
    with pytest.raises(ValidationError) as exc:
        Profile.model_validate(data)
    assert exc.value.errors()[0]["loc"][0] == field


def test_a_profile_takes_countries_as_people_write_them():
    p = Profile.model_validate({"citizenships": ["by", "Belarus", "Belarus (BY)"], "residence": "lithuania",
                                "listings": [{"state": "Russia", "kind": "wanted"}] * 1000})
    assert p.citizenships == ["BY"] and p.residence == "LT"
    assert [x.state for x in p.listings] == ["RU"]  # a thousand copies of one listing are one
    assert p.requesters() == {"RU": ["lists you: wanted (known)"]}


def test_profile_messages_name_the_field_never_the_value():
    from travelrisk.model.profile import ProfileError, parse_profile

    secret = "Vilnius, Gedimino 5"
    with pytest.raises(ProfileError) as exc:
        parse_profile(f'{{"residence": "{secret}", "exposure": ["{secret}"], "x": "{secret}"}}', "me.json")
    text = str(exc.value)
    assert secret not in text
    assert "me.json: residence: not a country" in text and "me.json: exposure[0]: must be one of:" in text
    assert "me.json: x: unknown field" in text
    assert "Value error" not in text and "Input should be" not in text and "pydantic" not in text


def test_a_profile_with_a_byte_order_mark_or_deep_nesting_gets_a_clear_answer():
    from travelrisk.model.profile import ProfileError, parse_profile

    assert parse_profile('\ufeff{"citizenships": ["BY"]}'.encode("utf-8")).citizenships == ["BY"]
    with pytest.raises(ProfileError, match="not valid JSON"):
        parse_profile("[" * 100_000 + "]" * 100_000, "deep.json")


def test_requesters_come_from_listings_and_political_citizenship():
    p = Profile(citizenships=["BY"], exposure={"protester"}, listings=[{"state": "RU", "kind": "wanted"}])
    assert list(p.requesters()) == ["RU", "BY"]
    assert Profile(citizenships=["BY"]).requesters() == {}


def test_load_profile_names_file_and_field(tmp_path):
    bad = tmp_path / "me.json"
    bad.write_text(json.dumps({"listings": [{"state": "ZZ", "kind": "wanted"}]}))
    with pytest.raises(ProfileError) as exc:
        load_profile(str(bad))
    assert str(bad) in str(exc.value) and "listings[0].state" in str(exc.value)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json")
    with pytest.raises(ProfileError, match="not valid JSON"):
        load_profile(str(broken))
    with pytest.raises(ProfileError, match="cannot be read"):
        load_profile(str(tmp_path / "missing.json"))


def _every_field_given() -> Profile:
    return Profile.model_validate({"citizenships": ["BY"], "residence": "LT", "exposure": ["journalist"],
                                   "listings": [], "documents": [], "protections": []})


def test_a_model_pickles_whole_and_keeps_which_fields_were_given():
    """The compact pickled state (model/base.py) restores equal models, the fields a person
    left to their defaults still unset, and a model with private attributes as pydantic does."""
    import pickle

    every = _every_field_given()
    some = Profile.model_validate({"citizenships": ["BY"]})
    for p in (every, some):
        again = pickle.loads(pickle.dumps(p))
        assert again == p and again.model_fields_set == p.model_fields_set
        assert again.model_dump(exclude_unset=True) == p.model_dump(exclude_unset=True)
    assert some.model_fields_set == {"citizenships"}
    again = pickle.loads(pickle.dumps(some))
    again.residence = "PL"  # a restored model's set of given fields is its own
    assert some.model_fields_set == {"citizenships"} and "residence" in again.model_fields_set
    withheld = Noted(text="x")
    withheld._seen = 3
    again = pickle.loads(pickle.dumps(withheld))
    assert again.text == "x" and again._seen == 3


class Noted(Model):  # a model with a private attribute, as the memo's is (module level: it pickles)
    text: str
    _seen: int = PrivateAttr(default=0)


def test_models_restored_with_every_field_given_share_their_set_of_names_safely():
    import pickle

    p = _every_field_given()
    assert p.model_fields_set == set(Profile.model_fields)  # every field given
    a, b = pickle.loads(pickle.dumps(p)), pickle.loads(pickle.dumps(p))
    a.residence = "PL"
    assert b.residence == "LT" and a.model_fields_set == b.model_fields_set == set(Profile.model_fields)
    c = a.model_copy(update={"residence": "DE"})
    assert c.residence == "DE" and a.residence == "PL"
