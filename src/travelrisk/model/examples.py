"""A sample profile for documentation and first runs (a fictional person)."""

from __future__ import annotations

from .profile import Profile

EXAMPLE_PROFILE = Profile.model_validate(
    {
        "citizenships": ["BY"],
        "residence": "LT",
        "exposure": ["journalist"],
        "listings": [{"state": "RU", "kind": "wanted", "certainty": "known"}],
        "documents": [{"kind": "passport", "issuer": "BY", "expires": "2027-03-01"}],
        "protections": [{"state": "LT", "kind": "residence_permit"}],
    }
)
