"""The bundled rulebook's research record: every answered checklist item says how sure it is.

An answer without a confidence reads as confirmed, so a negative from a search in one language
would close its question as firmly as one searched in several: the bundled rulebook states
the confidence of every `yes` and `no` (older packs without it still load)."""

from travelrisk import load_rulebook
from travelrisk.language.loader import bundled_rules_path

BOOK = load_rulebook(bundled_rules_path(), use_cache=False)


def test_every_answered_item_states_its_confidence():
    silent = [
        f"{code} {requester}.{item}"
        for code, country in sorted(BOOK.countries.items())
        for requester, record in sorted(country.research.items())
        for item, answer in sorted(record.answers.items())
        if answer.answer.value in ("yes", "no") and answer.confidence is None
    ]
    assert silent == []

