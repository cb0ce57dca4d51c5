"""The data model: a person's profile, levels, sources, countries, instruments, requesters,
the interview that fills a profile in, and what an assessment answers.

The lowest layer: it imports no other part of travelrisk. Importing this package imports
nothing (the desktop app reads ``model.levels`` and ``model.iso`` before pydantic loads).
"""
