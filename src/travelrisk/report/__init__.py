"""What a person or a lawyer reads: the memo (:mod:`.memo`, laid out in :mod:`.layout` and
spelled in :mod:`.formats`), its redaction and notes, the terminal's text, and what a
rulebook update changes (:mod:`.rulediff`). Nothing here imports Qt.

Above the engine; below the command line.
"""
