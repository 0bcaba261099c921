"""Who can never be a party to a transfer, whatever the parse hangs on a frame: a body that
investigates or reports on transfers ("informed the Panel that they had not supplied weapons", a
monitoring group, researchers; `no_party_nouns` in words.toml), and the speaker label of a
transcript turn ("John Smith: There has been no request for X"), which names who speaks, not who
asks or receives. And an organisation's full name where the tagger stopped short of it (`full_name`)."""
from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

NO_PARTY_NOUNS = lexicon.word_set("resolve", "no_party_nouns")
NO_PARTY_PHRASES = lexicon.word_set("resolve", "no_party_phrases")
STATE_BODY_NAMES = lexicon.word_set("resolve", "state_body_names")
LABEL_MARKS = (":",)
_BODIES = "materiel_reporting_bodies"


def can_be_party(r: Resolved) -> bool:
    """False for an investigating body or a transcript's speaker label."""
    tok = r.token
    return not (_reporting_body(tok) or _speaker_label(tok) or _reporting_actor(r))


def _reporting_actor(r: Resolved) -> bool:
    """A party resolved (through a pronoun) to a reporting body the text names: "the Group ... they"."""
    name = r.actor.name.lower().removeprefix("the ")
    return r.actor.kind == "other" and (name in NO_PARTY_PHRASES or name in _named_bodies(r.token.doc))


def _reporting_body(tok: Token) -> bool:
    """An investigating body's noun, or a name that modifies one ("UN investigators"); not one that
    names a state as its owner ("Sudan's investigators")."""
    head = tok.head if tok.dep_ in ("compound", "nmod") else tok
    if head.lemma_.lower() not in NO_PARTY_NOUNS and head.lower_ not in NO_PARTY_NOUNS and \
            not _reporting_name(head):
        return False
    return not any(c.dep_ in ("poss", "amod", "compound") and c.ent_type_ in ("GPE", "NORP") for c in head.children)


def _reporting_name(head: Token) -> bool:
    """"the Monitoring Group", "the Group of Experts", "the Sanctions Committee": the head with the words
    before it, or with its "of" phrase, is a name of `no_party_phrases`; or the bare capitalised head of one
    the text names ("the Group" in a report of the Group of Experts)."""
    before = [t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod") and t.i == head.i - 1]
    names = {head.lemma_.lower(), head.lower_, " ".join([*before, head.lower_])}
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"):
        names.update(f"{head.lower_} of {p.lower_}" for p in prep.children if p.dep_ == "pobj")
    if names & NO_PARTY_PHRASES:
        return True
    bare = head.text[:1].isupper() and not before and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
    return bare and head.lower_ in _named_bodies(head.doc)


def _named_bodies(doc: Doc) -> frozenset[str]:
    """The heads of the reporting bodies of `no_party_phrases` the text names ("group" for "the Group of
    Experts"), cached on the Doc."""
    if _BODIES not in doc.user_data:
        text = doc.text.lower()
        doc.user_data[_BODIES] = frozenset(_head_word(p) for p in NO_PARTY_PHRASES if " " in p and
                                           re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text))
    return frozenset(doc.user_data[_BODIES])


def _head_word(phrase: str) -> str:
    """"monitoring group" -> "group", "group of experts" -> "group"."""
    words = phrase.split(" of ")[0].split()
    return words[-1]


def _speaker_label(tok: Token) -> bool:
    """tok ends a name that opens its line and is followed by a colon."""
    end = tok.i
    while end + 1 < len(tok.doc) and tok.doc[end + 1].pos_ == "PROPN" and tok.doc[end + 1].head.i == tok.i:
        end += 1
    if end + 1 >= len(tok.doc) or tok.doc[end + 1].text not in LABEL_MARKS:
        return False
    start = min([tok.i] + [c.i for c in tok.children if c.dep_ == "compound"])
    return start == 0 or "\n" in tok.doc[start - 1].whitespace_ or "\n" in tok.doc[start - 1].text


def national_firm(r: Resolved, head: Token, agent: bool) -> Resolved | None:
    """A proper name whose state word is only part of it ("Philippine Airlines", "Indian Oil"): the
    firm of that state, not the state (a state's body, "the Philippine Navy", and a name of craft or weapons,
    "Ruritania's Fast Attack Boats", stay the state's)."""
    if r.actor.kind != "state" or agent or head.pos_ != "PROPN" or head.ent_type_ != "ORG":
        return None
    words = [t for t in head.subtree if t.i <= head.i and t.ent_type_ == "ORG"]
    if len(words) < 2 or words[-1].lemma_.lower() in STATE_BODY_NAMES:
        return None
    if any(s.start <= t.i < s.end for s in head.doc.spans.get("materiel", []) for t in words):
        return None  # "Egypt's Fast Missile Craft": the state's craft, no firm
    name = " ".join(t.text for t in words)
    actor = Actor(id=lexicon.slug(name), name=name, kind="company", country=r.actor.country, text=name)
    return Resolved(actor, r.confidence * 0.9, head)


def placed_body(ent: list[Token], name: str, resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """"the Ministry of Defence in Bamako", "the Interior Ministry in Kabul", "the Defence Procurement Agency of
    the Republic of X": a state body the tagger found by name alone (no state in it), placed by an "in" phrase
    in a state or its capital, or owned by an "of" phrase naming a state: that state's body."""
    if not any(t.lemma_.lower() in STATE_BODY_NAMES or t.lower_ in STATE_BODY_NAMES for t in ent):
        return None
    preps = [c for t in ent for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "of")]
    after = _after_name(ent[-1])
    preps += [after] if after is not None and after.lower_ in ("in", "of") else []  # the parser hangs "in X" on the verb
    places = [p for c in preps for p in c.children if p.dep_ == "pobj"]
    name = " ".join(t.text for t in ent if t.dep_ != "det") or name
    for p in places:
        r = resolve(p)
        if r is not None and r.actor.kind == "state" and r.actor.country:
            actor = Actor(id=f"{r.actor.id}-{lexicon.slug(name)}", name=f"{r.actor.name} {name}".strip(),
                          kind="government_body", country=r.actor.country, text=name)
            return Resolved(actor, 0.7, ent[0])
    return None


def _after_name(last: Token) -> Token | None:
    """The token after a name, past an acronym in brackets ("the X Centre (XC) of Y": "of")."""
    doc, i = last.doc, last.i + 1
    if i < len(doc) and doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + 6, len(doc))) if doc[j].text == ")"), None)
        i = close + 1 if close is not None else i
    return doc[i] if i < len(doc) else None


def full_name(ent: Span) -> str:
    """The entity's name, run on to the proper noun its words modify when the tagger stopped before it ("Land
    Systems | RMX", "Integrated Defence | Solutions"): the whole name the parse builds."""
    end = ent.end
    doc = ent.doc
    while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and \
            all(t.dep_ == "compound" and ent.start <= t.head.i <= end for t in doc[ent.start: end]):
        end += 1
    return doc[ent.start: end].text.strip() if end > ent.end else ent.text.strip()
