"""Command groups of the ``travelrisk`` program beyond the core ones in ``cli.py``.

Each module exposes ``register(groups)``, where ``groups`` maps ``"root"``, ``"profile"``
and ``"rules"`` to argparse sub-parser collections; it adds its subcommands with
``set_defaults(handler=...)`` and imports what the handlers need inside them.
"""
