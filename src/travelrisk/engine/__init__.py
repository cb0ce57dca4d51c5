"""The engine: a rulebook applied to a person, for one destination (:mod:`.core`), for the
world at a glance (:mod:`.ranges`, :mod:`.glance`), for a trip (:mod:`.trip`); the rulebook's
own worked examples (:mod:`.ruletests`) and the updates that must pass them (:mod:`.updates`).

Above the rule language; below reports and the command line.
"""
