"""Parties the text describes by no name, in a party's place of a transfer clause: an armed or criminal
group ("supplied rifles to the tribal fighters", "bound for a criminal gang", "shipped to a drug trafficking
organization", "bound for Zapatista fighters"; "the same organization" after one) and a person told by role ("asked an undercover agent for
grenades", "a Tulsa man was sentenced for smuggling pistols"). The group is an armed group named by its description; the person a person so named. Both are
guessed, with low confidence, and only when nothing else resolves the phrase. Words: [described] in
words.toml."""
from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions import collective, headline
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.unlisted import in_slot
from materiel.record.models import Actor

GROUP_HEADS = lexicon.word_set("described", "group_heads")
GROUP_KINDS = lexicon.word_set("described", "group_kinds")
PERSON_KINDS = lexicon.word_set("described", "person_kinds")
PERSON_HEADS = lexicon.word_set("described", "person_heads") | lexicon.word_set("personnel_sources", "go_betweens") | \
    lexicon.word_set("personnel_sources", "couriers") | lexicon.word_set("described", "trader_heads")  # "a courier"
PLACED_HEADS = lexicon.word_set("described", "placed_person_heads")
_CUES = lexicon.toml("cues.toml")["actors"]
AGENTS = frozenset(_CUES["agent_nouns"])
CONFIDENCE = 0.45
SAME_WORDS = lexicon.word_set("described", "same_words")
WINDOW = 400  # words back to the description a definite one takes up, as other references back
_MODS = ("amod", "compound", "nmod")
NAME_TYPES = ("NORP", "", "ORG", "FAC", "PRODUCT")  # a name word the tagger may take for a firm's, a building's


def _modifiers(tok: Token) -> list[Token]:
    """The words that qualify the head, nested ones too ("drug" of "drug trafficking organization")."""
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ in _MODS and c.i < tok.i]
    while todo:
        c = todo.pop()
        out.append(c)
        todo += [x for x in c.children if x.dep_ in _MODS + ("npadvmod",) and x.i < c.i]
    return sorted(out, key=lambda t: t.i)


def _counted_or_one(tok: Token) -> bool:
    """A placed person's head: "a Tulsa man", or a number of them ("two Florida men", "three Chinese nationals")."""
    if tok.lower_ in PLACED_HEADS:
        return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    return tok.tag_ == "NNS" and tok.lemma_.lower() in PLACED_HEADS and any(c.dep_ == "nummod" for c in tok.children)


def _kind_word(t: Token, known: Container[int]) -> bool:
    """A word that makes the head a group: "tribal", "drug"; or a capitalised word no list has ("Zapatista")."""
    low = t.lower_
    if low in GROUP_KINDS or t.lemma_.lower() in GROUP_KINDS or any(p in GROUP_KINDS for p in low.split("-")):
        return True
    return t.text[:1].isupper() and t.is_alpha and t.i not in known and t.ent_type_ in NAME_TYPES and \
        not t.is_sent_start and (t.ent_type_ in ("NORP", "") or t.head.tag_ == "NN" and not _in_item(t))


def _in_item(t: Token) -> bool:
    """t is a word of an item's name the materiel gazetteer found."""
    return any(s.start <= t.i < s.end for s in t.doc.spans.get("materiel", []))


def _name_start(first: Token, head: Token, known: Container[int]) -> Token:
    """The first word of a group's own name ending in the kind word first: the capitalised words just before
    it ("the Tarrow Street gang", whose first word the tagger takes for a place), and a number or an ordinal
    opening the name of one definite group ("the 31st Street gang", "the 90 Vell gang")."""
    doc, start = head.doc, first
    while start.i > head.sent.start:
        prev = doc[start.i - 1]
        named = prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start and prev.i not in known
        numbered = prev.like_num or prev.ent_type_ == "ORDINAL"
        if prev.head.i not in (head.i, start.i) or not _definite_one(head) or not (named or numbered):
            break
        start = prev
    return start


def _definite_one(head: Token) -> bool:
    return head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _name(tok: Token, words: list[Token]) -> str:
    return " ".join(t.text for t in [*words, tok]).strip()


def _told_before(tok: Token, known: Container[int]) -> Resolved | None:
    """"the (same) organization": the group described with that head just before (within `WINDOW` words)."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in _MODS and c.lower_ not in SAME_WORDS for c in tok.children):
        return None
    for t in reversed(tok.doc[max(0, tok.i - WINDOW): tok.i]):
        if t.lemma_.lower() == tok.lemma_.lower() and t.pos_ == "NOUN":
            found = party(t, known, look_back=False)  # only a described group, never one told before it
            if found is not None:
                return Resolved(found.actor.model_copy(update={"text": tok.text}), found.confidence * 0.9, tok, guessed=True)
    return None


def party(tok: Token, known: Container[int], look_back: bool = True) -> Resolved | None:
    """The group or person a description in a party's place names, or None (see the module)."""
    if tok.pos_ not in ("NOUN", "PROPN") or not in_slot(tok) or headline.is_headline(tok.sent):
        return None
    if tok.pos_ == "PROPN":
        return collective.bloc(tok)  # "turned to the West"
    low, lemma = tok.lower_, tok.lemma_.lower()
    mods = _modifiers(tok)
    if low in GROUP_HEADS or lemma in GROUP_HEADS:
        kinds = [t for t in mods if _kind_word(t, known)]
        if not kinds:
            if not look_back:
                return None
            return _told_before(tok, known) or collective.bare_group(tok)  # "the same organization"; "the rebels"
        start = _name_start(kinds[0], tok, known)
        words = [t for t in tok.doc[start.i: tok.i] if t.dep_ != "punct"]
        name = _name(tok, words)
        actor = Actor(id=lexicon.slug(name), name=name, kind="armed_group", country=None, text=name)
        return Resolved(actor, CONFIDENCE, tok, guessed=True)
    told = collective.bare_group(tok) or collective.bloc(tok)  # "the opposition"; "Western governments"
    if told is not None:
        return told
    role = low in PERSON_HEADS or lemma in PERSON_HEADS or \
        ((low in AGENTS or lemma in AGENTS) and any(t.lower_ in PERSON_KINDS for t in mods)) or \
        (_counted_or_one(tok) and any(t.text[:1].isupper() and not t.is_sent_start for t in mods))  # "a Tulsa man"
    if not role:
        return None
    name = _name(tok, [t for t in mods if t.pos_ in ("ADJ", "NOUN", "PROPN")])
    actor = Actor(id=lexicon.slug(name), name=name, kind="person", country=None, text=name)
    return Resolved(actor, CONFIDENCE, tok, guessed=True)
