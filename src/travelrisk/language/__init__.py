"""The rule language and the rulebook written in it: conditions (three-valued, typed), rules,
the rulebook and its translations, how a rulebook folder is read, checked and compiled.

Above the data model and the vault; below the engine.
"""
