"""A copy of the test rulebook (fixtures/mini) with sources of one's own on its Türkiye entry rule
for Belarusians, for tests of how sources are shown."""

from __future__ import annotations

import json
import shutil
from pathlib import Path


FIXTURES = Path(__file__).parent / "fixtures"
_ENTRY = 'text = "Fixture: Belarusians enter visa-free for 30 days."\nsources = '

COPY = ('[source.fx-copy]\ntitle = "Fixture original article"\npublisher = "Fixture Daily"\ndate = 2023-03-06\n'
        'kind = "press"\nvia = "https://example.org/repost"\n')
STATE_TV = ('[source.fx-state-tv]\ntitle = "Fixture state television"\npublisher = "Fixture TV"\n'
            'date = 2023-03-07\nkind = "state-media"\nurl = "https://example.org/tv"\n')
MIRROR = ('[source.fx-mirror]\ntitle = "Fixture mirrored report"\npublisher = "Fixture Mirror"\ndate = 2023-03-08\n'
          'kind = "mirror"\nvia = "a copy whose address was not shown"\n')
UNDATED = ('[source.fx-undated]\ntitle = "Fixture page without a date"\npublisher = "Fixture Site"\n'
           'date = 2023-03-09\nundated = true\nkind = "press"\nurl = "https://example.org/undated"\n')


def mini_citing(tmp_path: Path, cites: list[str], *tables: str) -> Path:
    """The mini rulebook copied under ``tmp_path``, with the source ``tables`` added and the
    Türkiye entry rule for Belarusians citing ``cites`` (ids; ``fx-news`` is its own source)."""
    rules = tmp_path / "rules"
    shutil.copytree(FIXTURES / "mini", rules)
    sources = rules / "sources.toml"
    sources.write_text(sources.read_text() + "".join("\n" + t for t in tables))
    tr = rules / "countries" / "tr.toml"
    text = tr.read_text()
    assert text.count(_ENTRY + '["fx-news"]') == 1
    tr.write_text(text.replace(_ENTRY + '["fx-news"]', _ENTRY + json.dumps(cites)))
    return rules
