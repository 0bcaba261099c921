"""An offer that names no offerer but whose goods carry their bidder's name: "a rival offer of the Velmar VK-9
remains on the table", "a competition in which Boeing's Harpoon was also offered", "the shortlist saw an offer of the
Lockheed Martin F-16". In a contest the firm named before the offered system (a compound or a possessor of the
item's head) is the one offering it, so it is the supplier; only offers are read so (a firm's name on goods that
are bought, delivered or seized tells their maker, not their seller), and only a company, never a state (a state
before goods is read elsewhere, as a demonym or a possessor). The offer is made to the contest's buyer, the state
the text is about, not the last recipient told before it (offer_recipients.to_topic_state, `bidder_offer`)."""
from __future__ import annotations

from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

NAME_DEPS = ("compound", "poss", "nmod")
OFFER_CLASS = "offer"
MARK = ":bidder"


def _bidders(f: Frame, res: ActorResolver) -> list[Resolved]:
    """The companies named before the head of f's items (one per item at most)."""
    out: list[Resolved] = []
    for m in f.items:
        head = m.head
        for w in (w for w in head.subtree if w.i < head.i and w.dep_ in NAME_DEPS + ("nummod",)):
            # "Lockheed Martin F-16 Block 70": the firm hangs on the model's number, itself on the item's head
            found = [r for r in res.resolve_all(w) if r.actor.kind == "company"] if res.is_actor_span(w) else []
            if found:
                out.append(found[0])
                break
    return out


def named_bidders(f: Frame, res: ActorResolver) -> None:
    """Give an offer frame with no supplier the company its goods' names carry (see the module)."""
    if f.cls != OFFER_CLASS or f.stage != "offered" or f.roles["supplier"] or f.negated:
        return
    found = _bidders(f, res)
    if found and len({r.actor.id for r in found}) == 1:  # one bidder for the goods; several firms: a list of rivals
        f.add("supplier", found[:1])
        f.rule += MARK


def bidder_offer(f: Frame) -> bool:
    """Whether f is an offer whose bidder its goods named (see the module)."""
    return MARK in f.rule
