"""A delivery told with the programme it came under and no supplier: "two patrol boats were given to X under a
Spanish aid programme", "Through a German training programme, X has received 30 pick-ups", "delivered under
Japan's security assistance programme". The programme's state (a state's word or possessor of the programme's
noun) is the supplier, unless it is the recipient's own ("under a programme to modernise its navy" names none).
The phrase hangs on the row's verb or on its item; words: [programme_donors] in words.toml."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import ActorResolver, Resolved
from materiel.extraction.mentions.resolved import same_state

PREPS = lexicon.word_set("programme_donors", "preps")
NOUNS = lexicon.word_set("programme_donors", "nouns")
CONFIDENCE = 0.6


def _programmes(r: Row) -> list[Token]:
    """The programme nouns of "under a ... programme" phrases on the row's verb or item."""
    heads = [r.frame.trigger, r.item.head, *(a for a in r.frame.trigger.ancestors if a.dep_ in ("relcl", "acl"))]
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in PREPS
            for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in NOUNS]


def _state_of(programme: Token, res: ActorResolver) -> Resolved | None:
    """The state a word of the programme's phrase names: "a Spanish aid programme", "Japan's programme"."""
    for c in programme.children:
        if c.dep_ not in ("amod", "compound", "poss", "nmod"):
            continue
        span = res.by_token.get(c.i)
        actor = res.span_actor(span) if span is not None else None
        if actor is not None and actor.kind == "state":
            return Resolved(actor.model_copy(update={"text": c.text}), CONFIDENCE, c)
    return None


def fill(rows: list[Row], res: ActorResolver) -> None:
    """The supplier of each delivery with no supplier that names the programme it came under."""
    for r in rows:
        if r.supplier is not None or r.frame.stage not in ("delivered", "ordered"):
            continue
        for programme in _programmes(r):
            state = _state_of(programme, res)
            if state is not None and (r.recipient is None or not same_state(r.recipient, state)):
                r.supplier = state
                break
