"""A standing practice told in a relative clause is no transfer: "a firm that supplies patrol boats to navies
across the region", "the audit covers equipment X receives free of charge", "let X use weapons they supply",
"shells, which Y's firms produce under licence", "the heavy weapons they want". A row whose trigger is the verb of
a relative clause in the present simple (no auxiliary) is dropped when its item has no count: the clause says
what someone does, not what was done. "the radars that Y sold to X in 2019" (a past deal), "the 12 jets that Y
supplies to X" (a count: a deal under way) a charge denied ("denied that it sells weapons to X") and a ban in force ("its embargo, which blocks the sale
of X") stay;
main clauses in the present simple (headlines, habits) are left to habits.py.

Word lists: words.toml [standing_clauses]."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row

PRESENT = lexicon.word_set("standing_clauses", "present_tags")
KEPT = lexicon.word_set("standing_clauses", "kept_readings")
KEPT_STAGES = lexicon.word_set("standing_clauses", "kept_stages")
RELATIVES = ("relcl",)
AUX_DEPS = ("aux", "auxpass")


def standing(r: Row) -> bool:
    """The row tells a standing practice in a relative clause (module docstring)."""
    t = r.frame.trigger
    if t.pos_ != "VERB" or t.dep_ not in RELATIVES or t.tag_.lower() not in PRESENT:
        return False
    if any(c.dep_ in AUX_DEPS for c in t.children) or r.item.quantity is not None:
        return False
    return r.reading.factuality not in KEPT and r.frame.stage not in KEPT_STAGES
