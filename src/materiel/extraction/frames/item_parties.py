"""A recipient read inside the name of the item: "has sold Wing Loong drones to X", where the parser takes the
model's first words for an indirect object ("sold [Loong] [drones]") and the tagger for an organisation. A party
whose token lies inside a named item's span is part of that name, not the one who receives it."""
from __future__ import annotations

from materiel.extraction.frames.framebase import Frame


def drop_named_item_recipients(f: Frame) -> None:
    """Remove from `f` the recipients whose token lies inside a designated item's span (see the module)."""
    inside = {i for m in f.items if m.designation for i in range(m.span.start, m.span.end)}
    if inside and f.roles["recipient"]:
        f.roles["recipient"] = [r for r in f.roles["recipient"] if r.token.i not in inside or r.actor.kind == "state"]
