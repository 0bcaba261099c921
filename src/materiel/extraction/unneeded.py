"""A negated need is no request: no row.

The request class reads "Ukraine needs air defence systems from Germany" as Ukraine's request. Negated, a verb of
needing or wanting ([unneeded] verbs: "Qatar does not need the aircraft", "Kenya no longer wants the helicopters",
"the navy never needed more frigates") tells that the party has no use for the goods: nobody asked, offered or
refused anything, so the row goes. Negated verbs of asking ("did not ask for", "has not requested") are left to the
request frames, and so is the affirmative need.

Word lists: words.toml [unneeded]."""
from __future__ import annotations

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.modality import ceased, negated

VERBS = lexicon.word_set("unneeded", "verbs")


def unneeded(r: Row) -> bool:
    """The row's request verb is a verb of needing or wanting that is negated (module docstring)."""
    t = r.frame.trigger
    if r.frame.stage != "requested" or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in VERBS:
        return False
    return negated(t) or ceased(t) or any(c.lower_ == "never" for c in t.children)
