"""A frame's prepositional phrases: the role each preposition gives its object (a party, the item, a place), a
recipient's name parsed as the first modifier of the object after it ("provided to X air defense systems")."""
from __future__ import annotations

from spacy.tokens import Token

from materiel.extraction.frames.behalf import on_behalf
from materiel.extraction.frames.beneficiary import purpose_phrase
from materiel.extraction.frames.conjoined_preps import conjoined_phrases
from materiel.extraction.frames.framebase import PLACE_ENTS, ROLES, FinderState, Frame
from materiel.extraction.frames.unnamed_parties import generic_party


class PrepPhrases(FinderState):
    """The phrase readings of `arguments.Arguments` (a mixin)."""

    def _prep(self, p: Token, f: Frame, preps: dict[str, str]) -> None:
        word = p.lower_
        pobjs = [c for c in p.children if c.dep_ == "pobj"]
        if on_behalf(p, f, self.res, self.classes) or purpose_phrase(p, f):  # "bought X on behalf of Y", "handed X over on behalf of Y"
            return
        for pobj in pobjs:
            role = preps.get(word)
            if role == "item":
                f.items.extend(self.items.items(pobj))
                continue
            if role == "recipient" and self._shifted_object(pobj, f):
                continue
            if word in ("in", "at", "inside", "to") and self._is_place(pobj) and not (
                    role and self.res.resolve(pobj) and (word == "to" or role == "recipient")):  # "arrive in Egypt"
                f.places.append(pobj)
                continue
            if role in ROLES:
                actors = self.res.resolve_all(pobj)
                if actors:
                    f.add(role, actors)
                elif pobj.lemma_.lower() in self.generic_actors or pobj.lower_ in self.generic_actors or \
                        generic_party(pobj):
                    f.generic.add(role)  # "to countries at war", "to a third country": no one in particular
                elif role == "recipient" and word == "with":
                    f.items.extend(self.items.items(pobj))
                elif word == "from" and not f.items and f.stage == "refused":
                    f.items.extend(self.items.items(pobj))  # "suspended X from the F-35 programme"
            elif role == "item":
                f.items.extend(self.items.items(pobj))
        for c in conjoined_phrases(p):  # "offered to India, where ..., and to Saudi Arabia": a phrase of its own
            self._prep(c, f, preps)

    def _shifted_object(self, pobj: Token, f: Frame) -> bool:
        """"have sent to Moldova coastal radar sets, for instance ...": the object after the
        recipient, parsed as one phrase with the recipient's name as its first modifier."""
        if not self.items.is_materiel(pobj):
            return False
        first = pobj.doc[pobj.left_edge.i]
        if first.dep_ not in ("compound", "nmod") or not self.res.is_actor_span(first) or \
                self.res.by_token[first.i].kb_id_ not in ("country", "actor", "metonym"):
            return False
        found = self.items.items(pobj)
        for m in found:  # the name is the recipient, not part of the item
            if m.span.start <= first.i < m.span.end:
                m.span = m.span.doc[self.res.by_token[first.i].end: m.span.end]
        f.add("recipient", self.res.resolve_all(first))
        f.items.extend(found)
        return True

    def _is_place(self, tok: Token) -> bool:
        span = self.res.by_token.get(tok.i)
        if span is not None and span.kb_id_ in ("country", "metonym"):
            return True
        return tok.ent_type_ in PLACE_ENTS and span is None
