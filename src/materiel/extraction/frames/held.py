"""Seizures told through what carried the goods: "authorities held a cargo plane at the airport carrying
shells bound for X", "customs detained a ship carrying rifles", "the army intercepted a convoy of trucks
crossing from X carrying rockets destined for Y".

A carrying verb (a shipment frame) that hangs on a conveyance or container (`conveyances`,
`containers` of [seizure] in `data/predicates.toml`) held by a verb of holding (`holding_verbs`: "held",
"detained", "stopped", only over such an object) or of seizure is the seized shipment: stage
"intercepted", the holder's subject its `intercepted_by`. A destination told beside the carrying verb
("..., carrying rockets, destined for Y", both hung on the seizure verb) is the shipment's recipient."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel.extraction.frames import laden, listed_after, seizure, stopped
from materiel.extraction.frames.framebase import INTERCEPTOR, Frame
from materiel.extraction.frames.held_before import held_before
from materiel.extraction.mentions import places

OBJECTS, TAKEN = ("dobj", "obj", "nsubjpass"), ("dobj", "obj", "nsubjpass", "npadvmod", "advmod")  # "a dhow", misread
WHILE = ("while", "when", "as")  # "was seized while carrying rifles": the seized conveyance's load


def _lemma(v: Token) -> str:  # the verb's lemma with its particle ("turn back")
    particle = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
    return f"{v.lemma_.lower()} {particle}" if particle else v.lemma_.lower()


def holds(v: Token, verbs: dict[str, str], words: seizure.SeizureWords) -> bool:
    """A verb that holds what it takes: a seizure verb, or a verb of holding."""
    # "held up by bad weather": a verb with a particle holds only as that phrase
    return v.pos_ in ("VERB", "AUX") and (_lemma(v) in words.holding_verbs or verbs.get(_lemma(v)) in words.seize_classes)


def vehicle(n: Token, words: seizure.SeizureWords) -> bool:  # "stopped a dhow": an object tagged as an adverb too
    return (n.pos_ in ("NOUN", "PROPN") or n.dep_ in TAKEN) and n.lemma_.lower() in words.conveyances | words.containers


def clause(v: Token) -> Token:
    """The clause a carrying verb belongs to: "a convoy crossing from X carrying rifles", parsed with
    "carrying" under the "from" of "crossing", belongs to "crossing"."""
    for _ in range(3):
        if v.dep_ == "pcomp" and v.head.dep_ == "prep" and v.head.head.pos_ == "VERB":
            v = v.head.head
    return v


def _vessel_name(v: Token, words: seizure.SeizureWords) -> set[int]:
    """The tokens of the name set beside the conveyance a carrying verb hangs on ("a ship, the Sea Star, which
    was carrying"): a ship's name, never a party, even when it holds a state's name."""
    n = conveyance(v, words)
    if n is None:
        return set()
    return {t.i for a in n.children if a.dep_ == "appos" and a.pos_ == "PROPN" for t in a.doc[a.left_edge.i:a.i + 1]}


def _off_place(v: Token) -> bool:
    """"stopped a dhow off [X carrying rifles]": a carrying verb the parser hung on a preposition of place."""
    return v.dep_ == "pcomp" and v.head.lower_ in places.PLACE_PREPS


def conveyance(v: Token, words: seizure.SeizureWords) -> Token | None:
    """The conveyance or container a carrying verb tells the load of: the noun it hangs on ("a plane
    carrying", "a convoy of trucks carrying"), the object of the verb it is an adverbial of ("intercepted a
    convoy ..., carrying"), or that object when the parser hung the verb on a place ("held a plane at the
    airport carrying", "stopped a dhow off [X carrying]")."""
    t, v = v, clause(v)
    if v.i != t.i and any(c.dep_ in TAKEN and vehicle(c, words) for c in v.children):
        n = next(c for c in v.children if c.dep_ in TAKEN and vehicle(c, words))  # the verb's own conveyance
    elif v.dep_ == "xcomp" and v.tag_ == "VBG":  # "holds ship carrying X" (a headline): the ship hung on "carrying"
        n = next((c for c in v.children if c.dep_ in ("npadvmod", "nsubj") and c.i < v.i), v.head)
    elif v.dep_ in ("acl", "relcl"):
        n = v.head
    elif v.dep_ == "ccomp" and v.head.dep_ == "relcl":  # "trawlers that officials said were carrying X"
        n = v.head.head
    elif v.dep_ == "advcl" and v.tag_ == "VBG" and all(c.lower_ in WHILE for c in v.children if c.dep_ == "mark"):
        n = next((c for c in v.head.children if c.dep_ in OBJECTS or c.dep_ in TAKEN and vehicle(c, words)), v.head)
        if n.i == v.head.i and n.dep_ in ("relcl", "acl") and n.head.pos_ in ("NOUN", "PROPN"):
            n = n.head  # "a van that had come in from X carrying pistols": the noun the relative clause is on
    else:
        return None
    for _ in range(3):
        if vehicle(n, words):
            return n
        if n.dep_ == "appos" and vehicle(n.head, words):
            return n.head  # "a freighter, the Blue Gull, which was carrying": the conveyance the name stands beside
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "PROPN"):
            n = n.head.head  # "a convoy of trucks": the convoy
            continue
        if n.dep_ == "pobj" and n.head.dep_ == "prep":
            host = n.head.head  # "held a plane at the airport carrying": the verb's object
            n = next((c for c in host.children if c.dep_ in OBJECTS and c.i < v.i), host)
            continue
        if n.pos_ in ("VERB", "AUX") and n.dep_ in ("relcl", "acl") and vehicle(n.head, words):
            return n.head  # "a van that had come in from [X carrying] pistols": the noun the clause is on
        if n.pos_ in ("VERB", "AUX"):
            return None
        break
    return None


def _held_while(v: Token, verbs: dict[str, str], words: seizure.SeizureWords) -> Token | None:
    """"the freighter was carrying arms bound for X when it was stopped": a conveyance that is the carrying
    verb's subject, held in a clause of that verb that names it again by a pronoun or a conveyance noun."""
    if not any(c.dep_ == "nsubj" and vehicle(c, words) for c in v.children):
        return None
    return next((h for h in v.children if h.dep_ == "advcl" and holds(h, verbs, words) and any(
        c.dep_ in OBJECTS and (c.pos_ == "PRON" or vehicle(c, words)) for c in h.children)), None)


def holder(v: Token, verbs: dict[str, str], words: seizure.SeizureWords) -> Token | None:
    """The verb that held the conveyance a carrying verb hangs on, or None."""
    n = conveyance(v, words)
    if n is None:
        return _held_while(clause(v), verbs, words)
    while n is not None and n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.pos_ in ("NOUN", "PROPN"):
        n = n.head.head  # "stopped a convoy of lorries carrying": the convoy
    if n.dep_ == "appos" and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head  # "seized the Blue Gull, a freighter carrying": the name the conveyance stands beside
    if n.head.i == v.i and v.dep_ == "xcomp":  # "Navy holds ship carrying rifles": the verb the clause completes
        return v.head if holds(v.head, verbs, words) else None
    if n is None or n.dep_ not in TAKEN:
        return None
    if not holds(n.head, verbs, words) and n.head.dep_ == "conj" and holds(n.head.head, verbs, words):
        return n.head.head  # "intercepted and sank trawlers carrying X": the first of the joined verbs
    return n.head if holds(n.head, verbs, words) else None


def carried_under_seizure(v: Token, verbs: dict[str, str], words: seizure.SeizureWords) -> bool:
    """"seized a dhow carrying rifles", "held a plane carrying shells": a carrying verb needs no destination."""
    return seizure.under_seizure(v, verbs, words) or holder(v, verbs, words) is not None


def _destination(v: Token, h: Token, finder: Any) -> list[Any]:
    """"intercepted a convoy carrying rockets, destined for Y": a destination hung beside the carrying
    clause or on the verb that held the conveyance."""
    v = clause(v)
    return [a for s in (*v.head.children, *h.children) if s.i != v.i and s.lower_ in finder.destination_words
            and s.dep_ in ("advcl", "acl", "conj", "xcomp")
            for p in s.children if p.dep_ == "prep" and p.lower_ in ("for", "to")
            for q in p.children if q.dep_ == "pobj" for a in finder.res.resolve_all(q)]


def _joined_to_conveyance(f: Frame, finder: Any) -> list[Any]:
    """"boarded a speedboat carrying 40 launchers and 20 machine guns": the rest of the load's list, which the
    parser joined to the conveyance."""
    n = conveyance(f.trigger, finder.seizure)
    have = {m.head.i for m in f.items}
    if n is None or not have:
        return []
    return [m for x in n.conjuncts if x.i > f.trigger.i and finder.items.is_materiel(x)
            for m in finder.items.items(x) if m.head.i not in have]


def _holder_frame(h: Token, finder: Any) -> Frame:
    """A seizure frame for the holding verb h, its subject (or passive agent) the interceptor."""
    by = Frame(h, "seize", seizure.STAGE, rule="held")
    subj = finder.subject_of(h) if not any(c.dep_ == "nsubjpass" for c in h.children) else \
        next((p for c in h.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    by.roles.setdefault(INTERCEPTOR, [])
    if subj is not None:
        by.add(INTERCEPTOR, finder.res.resolve_all(subj))
    return by


def mark_held(frames: list[Frame], finder: Any, sent: Any = None) -> list[Frame]:
    """The frames, with carrying verbs over a held conveyance marked as seized shipments."""
    words: seizure.SeizureWords = finder.seizure
    stopped.as_seizures(frames, words, sorted(words.seize_classes)[0])  # "troops stopped a truck": no refusal
    if sent is not None:  # "marines boarded a boat loaded with rifles": a holding verb over a laden conveyance
        frames += laden.held_laden(sent, frames, finder, _holder_frame)
    laden.cargo_of_seized(frames, finder)  # "seized a container that held rifles"
    stopped.unloaded_in_transit(frames, finder)  # "unloaded munitions from a ship heading for Y"
    stopped.held_consignments(frames, finder)  # "port authorities held a consignment of X destined for Y"
    for f in frames:
        if f.cls not in words.shipment_classes or f.stage not in ("delivered", "refused") or f.trigger.pos_ not in (
                "VERB", "AUX"):
            continue
        h = holder(f.trigger, finder.verbs, words) or held_before(f, finder.verbs, words, holds)  # "It was carrying"
        if h is None or f.stage == "refused" and not _off_place(f.trigger):
            continue  # "stopped a dhow off [X carrying rifles]": no refusal to carry
        f.items = [m for m in f.items if m.designation or not vehicle(m.head, words)]  # the ship is no item
        # "crossing from X into [Y carrying] rifles": Y is no subject; "sailors stopped a dhow, carrying": nor the seizer
        misread = {c.i for c in f.trigger.children if c.dep_ == "nsubj"} if clause(f.trigger) is not f.trigger else set()
        misread |= {t.i for c in h.children if c.dep_ == "nsubj" and f.trigger.head.i == h.i for t in c.subtree}
        misread |= _vessel_name(f.trigger, words)  # "a tanker, the X Norway, which was carrying": no supplier
        f.roles["supplier"] = [a for a in f.roles["supplier"] if a.token.i not in misread]
        if not f.roles["recipient"]:
            f.add("recipient", _destination(f.trigger, h, finder))
        if f.trigger.dep_ == "advcl":
            f.items += listed_after.stray_items(f, finder)
        f.items += _joined_to_conveyance(f, finder)
        own = next((s for s in frames if s.trigger.i == h.i and s.cls in words.seize_classes), None)
        if own is not None:  # "intercepted a convoy crossing from X carrying rifles": the seizure's frame
            have = {m.head.i for m in f.items}  # "stopped a truck carrying A, B and C": B and C hung on "stopped"
            f.items += [m for m in own.items if m.head.i not in have and not vehicle(m.head, words)]
            seizure.mark(f, own, "intercepted")
            continue
        seizure.mark(f, _holder_frame(h, finder), "held")
    return frames
