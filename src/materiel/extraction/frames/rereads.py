"""Frames read again once the sentence's frames are found, for shapes the parse gives wrongly or that a word
beside the trigger changes: a fronted passive request (frames/fronted.py), a request's item parsed as the subject
of a purpose clause (frames/for_items.py), goods solicited through a quotation or a call for bids (frames/solicited.py), a transfer noun held by a participle of refusal (frames/held_nouns.py), the members of a comma list the parser
broke up (frames/comma_lists.py), the second of a pair hung elsewhere (frames/split_pairs.py), the phrases of a run after an item or a deal
noun the parser hung on a word of the run (frames/phrase_runs.py), a subject hidden by a fronted date or a value phrase
(frames/hidden_subjects.py), a "from" phrase of withholding that names the recipient (frames/withheld.py), the request of a refused
application (frames/applications.py), the supplier of a trailing participle of giving ("received X in 2010, supplied
by Y": frames/trailing_agents.py)."""
from __future__ import annotations

from materiel.extraction.frames import (
    applications,
    comma_lists,
    for_items,
    fronted,
    hidden_subjects,
    phrase_runs,
    solicited,
    split_pairs,
    trailing_agents,
    withheld,
)
from materiel.extraction.frames.framebase import FinderState, Frame
from materiel.extraction.frames.held_nouns import held_nouns


def reread(finder: FinderState, frames: list[Frame]) -> list[Frame]:
    """The sentence's frames, each read again in place."""
    fronted.reread(finder, frames)  # "Asked by X for Y, the government refused": X asks, the government is asked
    for_items.read_marked(finder, frames)  # "asked X for three frigates to replace ...": the frigates
    solicited.read_solicited(finder, frames)  # "asked X for a quotation for 18 howitzers": the howitzers
    held_nouns(frames)  # "the halted cargo": refused
    comma_lists.listed_members(finder, frames)  # "the delivery of A, B helicopters, C missiles and D"
    split_pairs.paired_members(finder, frames)  # "agreed to sell 50 A and 18 B drones to X": B hung on the verb
    phrase_runs.read_runs(finder, frames)  # "agreed to sell A, B and C to X", "a deal worth $N with X for Y"
    phrase_runs.value_clause_items(finder, frames)  # "supply X with four A boats worth $N"
    hidden_subjects.read_hidden(finder, frames)  # "In May 2015 X, the shipbuilder, delivered", "a deal worth $N to supply"
    withheld.deprived(frames)  # "withholding bombs from X": X is kept without them
    applications.asked(frames)  # "would not approve an application from X for Y": X asked for Y
    trailing_agents.read_trailing(finder, frames)  # "received two boats in 2010, supplied by X": X supplies
    return frames
