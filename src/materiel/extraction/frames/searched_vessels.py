"""The route of a conveyance searched when hidden materiel is found aboard: "Police searching a Liberian-flagged
ship bound for Y from X found 300 rifles hidden under cement", "inspectors boarding a freighter headed to Y found
...". The destination phrase on the conveyance ("bound for Y", the destination words of [governors]; "heading home", a
route verb of [seizure]) names the
recipient of what was found, its "from" phrase the supplier; the sentence's one such conveyance only."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames import bound
from materiel.extraction.frames.framebase import INTERCEPTOR, Frame

HOME = lexicon.word_set("frame_words", "home_words")
ROUTE = frozenset(lexicon.toml("predicates.toml")["seizure"]["route_verbs"])  # "a ship heading home from X"


def _pobjs(heads: list[Token], words: tuple[str, ...]) -> list[Token]:
    return [q for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in words
            for q in p.children if q.dep_ == "pobj"]


def route(sent: Span, conveyances: frozenset[str] | set[str], destination_words: set[str]) -> tuple[list[Token], list[Token]] | None:
    """The places the sentence's one conveyance with a destination is bound for and comes from, or None."""
    found = [(n, d) for n in sent if n.pos_ in ("NOUN", "PROPN") and n.lemma_.lower() in conveyances
             for h in (n, *_pobjs([n], ("of",)))  # "a container of tiles bound for Y": the parser hangs it on "tiles"
             for d in h.children if d.dep_ in ("acl", "amod", "relcl") and
             (d.lower_ in destination_words or d.lemma_.lower() in ROUTE)]
    if len(found) != 1:
        return None
    n, d = found[0]
    goal = _pobjs([d], ("for", "to"))
    goal = bound.onward(d, goal) or goal + [c for c in d.children if c.dep_ == "advmod" and c.lower_ in HOME]
    origin = _pobjs([d, n, *goal], ("from",))  # "bound for home from X", the parser hanging "from" on "home"
    if any(g.lower_ in HOME for g in goal):  # "a Panamanian-registered tanker bound for home": its flag's state
        goal = [t for t in n.subtree if t.i < n.i and t.ent_type_ in ("NORP", "GPE")]
    return goal, origin


def add_route(f: Frame, res: Any, conveyances: frozenset[str] | set[str], destination_words: set[str]) -> None:
    """Give a frame of materiel found hidden the parties of the searched conveyance's route (see the module)."""
    found = route(f.trigger.sent, conveyances, destination_words)
    if found is None:
        return
    goal, origin = found
    taken = {a.actor.id for a in f.roles.get(INTERCEPTOR, [])}
    recipients = [a for q in goal for a in res.resolve_all(q) if a.actor.id not in taken]
    f.add("recipient", recipients[:1])
    f.add("supplier", [a for q in origin for a in res.resolve_all(q)
                       if a.actor.id not in taken and all(a.actor.id != r.actor.id for r in recipients)][:1])


def add_onward(f: Frame, res: Any, destination_words: set[str]) -> None:
    """"found 12 pistols in a van registered in X and bound for Y": the parser joins the destination to the finding
    verb; a conjunct of it with no subject of its own, a destination word, names the recipient."""
    if f.roles.get("recipient"):
        return
    taken = {a.actor.id for a in f.roles.get(INTERCEPTOR, [])}
    goal = _pobjs([c for c in f.trigger.children if c.dep_ == "conj" and c.lower_ in destination_words and
                   not any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)], ("for", "to"))
    f.add("recipient", [a for q in goal for a in res.resolve_all(q) if a.actor.id not in taken][:1])
