"""Where a seized load was going, told in its own clause or a later sentence: "the cargo was bound for X", "the
container was to be shipped on to Y", "They were destined for Z" (`load_bound`; `bound_later` gives it to the seizure
row of an earlier sentence with no recipient)."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames import bound, inside, seized_route, seizure
from materiel.extraction.frames.bound import own_clause
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.held import vehicle
from materiel.extraction.mentions import places

CONSIGNED = frozenset(lexicon.toml("predicates.toml")["seizure"]["consigned_words"])


def _goal(t: Token, res: Any) -> list[Any]:
    """"bound for rebel units in the north": who the "for"/"to" phrase names, else its "in" place; the party
    it goes on to when the text gives one ("bound for X, from where it was to be taken on to Y")."""
    out: list[Any] = []
    goals = [q for p in t.children if p.dep_ in ("prep", "dative") and p.lower_ in ("for", "to")
             for q in p.children if q.dep_ == "pobj"]
    onward = [a for q in bound.onward(t, goals) for a in res.resolve_all(q)]
    if onward:
        return onward
    for g in goals:
        out += res.resolve_all(g) or bound.held_by(g, res) or [a for p in g.children if p.dep_ == "prep" and p.lower_ == "in"
                                      for q in p.children if q.dep_ == "pobj" for a in _place(q, res)]
    return out or _onward(t, res)


def _onward(t: Token, res: Any) -> list[Any]:
    """"destined for X, from where it was to be taken on to Y" (X a place, mentions/places.py): who Y names."""
    moved = [v for p in t.children if p.dep_ == "prep" for v in p.children if v.dep_ == "pcomp"
             and any(w.lower_ in places.PLACE_RELATIVES for w in v.children)]
    return [a for v in moved for p in v.subtree if p.dep_ == "prep" and p.lower_ == "to"
            for q in p.children if q.dep_ == "pobj" for a in res.resolve_all(q)]


def _place(q: Token, res: Any) -> list[Any]:
    """A place, or the name after "of" of a place noun ("the coastal town of X")."""
    return res.resolve_all(q) or [a for p in q.children if p.dep_ == "prep" and p.lower_ == "of"
                                  for x in p.children if x.dep_ == "pobj" for a in res.resolve_all(x)]


CLIMB = ("acl", "advcl", "xcomp", "pobj", "prep", "conj")  # from a destination word up to its clause


def _clause_chain(t: Token) -> list[Token]:
    """t and the words above it up to the first that has a subject: "sailing from X bound for Y", parsed
    with "bound" under "X", climbs to "sailing"."""
    chain = [t]
    while not any(c.dep_ in ("nsubj", "nsubjpass") for c in chain[-1].children) and chain[-1].dep_ in CLIMB \
            and chain[-1].head.i != chain[-1].i:
        chain.append(chain[-1].head)
    return chain


def _later(at: int, by_sentence: list[tuple[Any, list[Frame]]], seized: set[int]) -> list[Any]:
    """The sentences after a seizure's that may name its load again, up to the next seizure told."""
    out = []
    for k in range(at + 1, min(at + 1 + seized_route.LATER_SENTENCES, len(by_sentence))):
        if k in seized:
            break
        out.append(by_sentence[k][0])
    return out


def _nouns(r: Any) -> set[str]:
    """The nouns of the seizure's own sentence: past the near sentences, or sent on ("seized ... a shipping
    container ... . ... the container was to be shipped on to Y"), the load counts only named again by one."""
    return {t.lemma_.lower() for t in r.sent if t.pos_ == "NOUN"}


def load_bound(sent: Any, finder: Any, next_one: bool = False, nouns: frozenset[str] | set[str] = frozenset(),
                far: bool = False) -> tuple[list[Any], list[Any]] | None:
    """"the load was picked up in X and then bound for Y", "the vessel was sailing from X bound for Y":
    the recipients and origins a sentence gives a cargo named again by a cargo noun (`containers`,
    `conveyances`, `load_nouns`), or in the sentence just after (`next_one`) by a pronoun ("They were bound for Y"),
    through a destination word, a route verb (`route_verbs`) or a route noun ("on its way to Y"), or None."""
    words: seizure.SeizureWords = finder.seizure
    for t in sent:
        bound = (t.lower_ in finder.destination_words or t.lower_ in CONSIGNED) and \
            t.dep_ in ("ROOT", "conj", "ccomp", "acl", "advcl")
        route = t.lemma_.lower() in words.route_verbs and (t.dep_ in ("ROOT", "conj", "ccomp") or own_clause(t))
        sent_on = seized_route.sent_on(t)  # "the container was to be shipped on to Y"
        if not (bound or route or sent_on or seized_route.on_its_way(t)):  # "the vessel was on its way to Y"
            continue
        hosts = sent_on or _clause_chain(t)
        subj = next((c for h in hosts for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (far or sent_on) and not seized_route.named_again(subj, nouns, far):
            continue
        if subj is None or not (seized_route.named_load(subj, words, vehicle(subj, words) or finder.items.is_materiel(subj)) or
                                (next_one and seized_route.load_pronoun(subj, hosts, t))):  # "They were bound for Y"
            continue
        goal = _goal(t, finder.res)
        ends = [q for p in t.children if p.dep_ == "prep" and p.lower_ in ("for", "to") for q in p.children
                if q.dep_ == "pobj"]  # "heading to Y from X", parsed with "from X" under Y
        origin = [a for h in (*hosts, *ends) for p in h.children if p.dep_ == "prep" and p.lower_ in ("from", "in")
                  and (p.lower_ == "from" or h.lemma_.lower() in words.loading_verbs)
                  for q in p.children if q.dep_ == "pobj" for a in finder.res.resolve_all(q)]
        if goal:
            return goal, [a for a in origin if all(a.actor.id != g.actor.id for g in goal)]
    return None


def bound_later(rows: list[Any], by_sentence: list[tuple[Any, list[Frame]]], finder: Any) -> None:
    """A seized shipment whose destination the next sentences give through its cargo ("seized a truck carrying
    rifles. ... the load was picked up in X and then bound for Y"): Y its recipient, X its supplier."""
    index = {sent.start: n for n, (sent, _) in enumerate(by_sentence)}
    seized = {index.get(r.sent.start, -1) for r in rows if r.frame.stage == seizure.STAGE}
    for r in rows:
        at = index.get(r.sent.start)
        if r.frame.stage != seizure.STAGE or r.recipient is not None or at is None:
            continue
        found = next((x for k, s in enumerate(_later(at, by_sentence, seized))
                      if (x := load_bound(s, finder, k == 0, _nouns(r), k >= finder.seizure.context_sentences))
                      is not None), None)
        if found is None:
            continue
        taken = {a.actor.id for a in seizure.seizers(r.frame)}
        goal = [a for a in found[0] if a.actor.id not in taken or inside.named_inside(a)]
        r.recipient = goal[0] if goal else None
        r.frame.add("recipient", goal[:1])  # told of the seized load itself: its own recipient, no guess from context
        origin = [a for a in found[1] if a.actor.id not in taken]
        if r.supplier is None and origin and (r.recipient is None or origin[0].actor.id != r.recipient.actor.id):
            r.supplier = origin[0]
