"""The frame record and the state the frame-reading mixins share."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.parties import can_be_party
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

ROLES = ("supplier", "recipient", "intermediary")
# Who seized a shipment in transit (the subject of a seizure verb): a role of the frame, never a party.
INTERCEPTOR = "intercepted_by"
INCLUDE_VERBS = lexicon.word_set("frames", "include_verbs")
SUPPORT_VERBS = lexicon.word_set("frames", "support_verbs")
# Verbs that make a transfer only toward somewhere ("a ship carrying arms bound for X", predicates.toml
# `needs_destination` of each class).
NEEDS_DESTINATION = frozenset(v for spec in lexicon.toml("predicates.toml")["classes"].values()
                              for v in spec.get("needs_destination", []))
FUTURE_AUX = lexicon.word_set("frames", "future_aux")
NEG_MODALS = lexicon.word_set("frames", "neg_modals")
RELATIVE = lexicon.word_set("frames", "relative_pronouns")
REFLEXIVE = lexicon.word_set("frames", "reflexive_objects")
PLACE_ENTS = {"GPE", "LOC", "FAC"}



@dataclass
class Frame:
    trigger: Token
    cls: str
    stage: str
    rule: str
    roles: dict[str, list[Resolved]] = field(default_factory=lambda: {r: [] for r in (*ROLES, INTERCEPTOR)})
    items: list[ItemMention] = field(default_factory=list)
    implicit: str | None = None
    places: list[Token] = field(default_factory=list)
    governor: Token | None = None
    negated: bool = False
    modal_refusal: bool = False
    hedged: bool = False  # the governor leaves the step open ("is weighing halting exports")
    confidence: float = 0.8
    generic: set[str] = field(default_factory=set)  # roles whose phrase names no one in particular

    def add(self, role: str, actors: list[Resolved]) -> None:
        """Add parties to a role; a state's own body ("its navy") does not make a second party."""
        def key(r: Resolved) -> str:
            a = r.actor
            return f"state:{a.country}" if a.kind in ("state", "government_body") and a.country else a.id
        have = {key(a) for a in self.roles[role]}
        if role == "recipient" and actors and not self.roles[role] and not any(can_be_party(a) for a in actors) and \
                all(_to_phrase(a.token, self.trigger) for a in actors):
            self.generic.add(role)  # "the weapons would be handed to UN inspectors": no recipient from context
        for a in actors:
            if role in ROLES and not can_be_party(a):
                continue  # "informed the Panel that ...", a transcript's "Name:" label
            if key(a) not in have:
                have.add(key(a))
                self.roles[role].append(a)


class FinderState:
    """Attributes set by `FrameFinder.__init__`, declared for the mixins that read them."""

    classes: dict[str, dict[str, Any]]
    verbs: dict[str, str]
    nouns: dict[str, str]
    gov_verbs: dict[str, str]
    gov_nouns: dict[str, str]
    object_control: set[str]
    res: ActorResolver
    items: ItemFinder
    generic_actors: set[str]
    bar_nouns: set[str]
    instrument_nouns: set[str]
    handling: set[str]
    lifting: set[str]
    gov_adjectives: dict[str, str]
    support_verbs: set[str]
    future_governors: set[str]
    preparing: set[str]
    destination_words: set[str]

    def subject_of(self, v: Token, depth: int = 0) -> Token | None:  # provided by Governors
        raise NotImplementedError

    def verb_frame(self, v: Token, cls: str) -> Frame:  # provided by FrameFinder
        raise NotImplementedError

    def own_purchase(self, o: Token) -> bool:  # provided by Governors
        raise NotImplementedError


def no_det(n: Token) -> bool:
    """"no weapons deliveries", "had no contact regarding deliveries": a "no" up to the verb."""
    cur: Token | None = n
    while cur is not None and cur.pos_ in ("NOUN", "PROPN", "ADP"):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in cur.children):
            return True
        cur = cur.head if cur.head.i != cur.i else None
    return False


NEGATED_NUMERALS = lexicon.word_set("none_arrived", "negated_numerals")


def negated_numeral(n: Token) -> bool:
    """"not one", "not a single one": a numeral with its own "not", which counts none."""
    return n.lower_ in NEGATED_NUMERALS and any(c.dep_ == "neg" for c in n.children)


NEAR_ADJECTIVES = lexicon.word_set("frame_words", "near_adjectives")


def near_deal(n: Token) -> bool:
    """"are close to a deal": a deal noun after an adjective of nearness, not a deal yet."""
    return n.dep_ == "pobj" and n.head.head.lower_ in NEAR_ADJECTIVES and n.head.head.dep_ == "acomp"


def to_clause(v: Token) -> bool:
    """"pressing for a year to complete the sale": an infinitive clause the parser hung as an adverbial."""
    return v.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def promised(v: Token) -> bool:
    """A future or modal clause ("it would send X", "they could not export X"): told to someone, a promise or refusal
    made to them; a past report ("that X had been delivered") is only news to its hearer."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX | NEG_MODALS for c in v.children)


def participle(v: Token) -> bool:
    """A past participle, or a past form the tagger took for a finite verb where the parser hangs it on
    a noun with no subject or auxiliary of its own ("10 Su-25 jets bought from X")."""
    return v.tag_ == "VBN" or (v.tag_ == "VBD" and v.dep_ == "acl" and
                               not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in v.children))


def in_hyphen_chain(t: Token) -> bool:
    """"fly-to-buy missiles", "lease-to-own aircraft": a word inside a chain of three or more words
    joined by hyphens is part of a compound modifier, never a predicate of its own."""
    doc, i = t.doc, t.i
    start = i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and \
            not doc[start - 2].whitespace_:
        start -= 2
    end = i
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and \
            not doc[end + 1].whitespace_:
        end += 2
    return end - start >= 4


def _to_phrase(tok: Token, trigger: Token) -> bool:
    """tok (or the noun it modifies: "UN inspectors") is the object of a "to" on the trigger."""
    head = tok.head if tok.dep_ in ("compound", "nmod") else tok
    return head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.i == trigger.i


def asks_for_item(tok: Token, items: ItemFinder) -> bool:
    """"asked for missiles to arm its helicopters": a governor with its own item after "for" is a frame of
    its own; the infinitive after it is the item's purpose."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        p.dep_ == "pobj" and items.is_materiel(p) for p in c.children) for c in tok.children)


def headline_subject(v: Token) -> Token | None:
    """"UK to send more drones to X": a headline's infinitive whose subject the parser left as a loose dependent;
    or a subject set off by a parenthetical adverb ("Peru, meanwhile, has formally requested X"), left as one too."""
    if v.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" and c.i < v.i for c in v.children):
        return set_off_subject(v)
    return next((c for c in v.children if c.dep_ == "dep" and c.i < v.i), None)


def headline_head(v: Token) -> Token | None:
    """"Varnia to supply Kelland with X": a headline's infinitive the parser hung (relcl, acl, xcomp) on the line's
    first, capitalised name, left as the root; that name is the infinitive's subject."""
    h = v.head
    if v.dep_ not in ("relcl", "acl", "xcomp") or h.dep_ != "ROOT" or h.i >= v.i or not h.text[:1].isupper():
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return None
    return h if h.pos_ == "PROPN" or h.left_edge.i == h.sent.start else None


def set_off_subject(v: Token) -> Token | None:
    """The clause's first word, a noun followed by a comma and only adverbs, commas and auxiliaries up to v."""
    c = v.doc[v.left_edge.i]
    if c.head.i != v.i or c.dep_ not in ("dep", "npadvmod") or c.pos_ not in ("PROPN", "NOUN") or c.i + 1 >= v.i:
        return None
    between = v.doc[c.i + 1: v.i]
    if between[0].text != "," or not any(t.pos_ == "ADV" for t in between):
        return None
    return c if all(t.pos_ in ("ADV", "AUX", "PUNCT", "PART") for t in between) else None


VALUE_MODIFIERS = lexicon.word_set("items", "value_modifiers")


def value_host(t: Token) -> tuple[Token, str]:
    """The head and relation a governor reads for t: an infinitive hung on a deal's value phrase ("a contract worth
    $90 million to supply X", on "worth" or on its amount) is read as the deal noun's own clause ("acl")."""
    h = t.head
    if t.dep_ in ("xcomp", "acl", "advcl") and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        if h.dep_ in ("npadvmod", "dobj", "pobj") and h.head.lower_ in VALUE_MODIFIERS:
            h = h.head
        if h.lower_ in VALUE_MODIFIERS and h.dep_ in ("amod", "acl") and h.head.pos_ in ("NOUN", "PROPN"):
            return h.head, "acl"
    return t.head, t.dep_
