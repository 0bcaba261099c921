"""List lines that each name their own recipient: "Ruritania has earlier handed naval assets to its partners,
including:" and one line per gift, "1. two A-class boats to Borduria;", "2. the survey ship Tarn, refitted by
Karvell, to Vesnia in 2016". When a transfer told before a colon takes its items from the lines after it
(`bullet_objects`), and two or more lines each carry a phrase of destination ("to" + a party), each line is a
transfer of its own: its items go to its own party, with the stage and the other parties of the transfer told
before (its recipient, often a general word, "partners", is the lines')."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.parties import can_be_party
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

DESTINATION_PREPS = lexicon.word_set("packages", "line_destination_preps")
LINE_TO = ":line-to"  # the rule mark of a line told with its own recipient
LINED = ":listed"  # the rule mark of the frames that took the lines (the first line's too)
LineItems = Callable[[Span, ItemFinder], list[ItemMention]]


def split_by_line(f: Frame, lines: list[Span], finder: ItemFinder, res: ActorResolver,
                  line_items: LineItems) -> list[Frame]:
    """The frames of the lines after the first when each line tells its own recipient (f takes the first
    line's items and party, in place); [] when they do not."""
    told = [(_before(line_items(line, finder), at), party) for line in lines for at, party in [_destination(line, res)]]
    told = [(found, party) for found, party in told if found]
    if len(told) < 2 or any(not party for _, party in told):
        return []
    f.items, f.roles["recipient"] = told[0][0], list(told[0][1])
    f.generic.discard("recipient")
    out = []
    for found, party in told[1:]:
        g = replace(f, items=found, roles={**{r: list(a) for r, a in f.roles.items()}, "recipient": list(party)},
                    generic=set(f.generic), places=list(f.places), rule=f.rule + LINE_TO)
        out.append(g)
    return out


def _destination(line: Span, res: ActorResolver) -> tuple[int, list[Resolved]]:
    """The line's last phrase of destination ("... to X in 2016", "... handed over to X"): its index, its parties."""
    found: tuple[int, list[Resolved]] = (line.end, [])
    for t in line:
        if t.dep_ in ("prep", "dative") and t.lower_ in DESTINATION_PREPS:
            parties = [a for p in t.children if p.dep_ == "pobj" for a in res.resolve_all(p) if can_be_party(a)]
            found = (t.i, parties) if parties else found
    return found


def _before(found: list[ItemMention], at: int) -> list[ItemMention]:
    """The line's items, their text ending before the phrase of destination ("two A boats to X": "two A boats")."""
    for m in found:
        if m.span.start < at < m.span.end:
            m.span = m.span.doc[m.span.start:at]
    return [m for m in found if m.span.start < at]



def drop_retold(rows: list[Row]) -> list[Row]:
    """The rows but those a line's own verb tells again ("3. the ship, refitted and handed over to X"): a row of
    another frame whose item lies within the item of a line's row, to the same party or to none."""
    lined = [r for r in rows if LINED in r.frame.rule]
    if not lined:
        return rows
    return [r for r in rows if LINED in r.frame.rule or not any(
        o.frame is not r.frame and o.item.span.start <= r.item.head.i < o.item.span.end and
        (r.recipient is None or o.recipient is not None and o.recipient.actor.id == r.recipient.actor.id)
        for o in lined)]
