"""The vault: what travelrisk keeps on disk, and how: atomic writes, encrypted profiles, and
signed rule packs (their format, their signature, the imported rulebook and whether it is
still trusted).

Above the data model only: the rule language asks the vault which rulebook is installed and
whether it is signed; what installs a pack after checking its rulebook is the engine's
(:mod:`travelrisk.engine.updates`).
"""
