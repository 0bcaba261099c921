"""Sales put off and licences withheld, read where the parse hangs them apart.

- A sale or export that a verb of delaying holds ("will postpone a planned sale of jets to X", "the export of
  the rifles was deferred") is put on hold, as "put the sale on hold" is: refused. A delivery delayed stays an
  order (`postponed.py`); the nouns are words.toml `frame_words.held_sale_nouns`,
  the verbs `frame_words.delaying_verbs`. A sale told as settled by a realised participle ("a sale of X, approved
  in April, has been delayed"; `frame_words.settled_sale_participles`) stands, only late: not held.
- A plan to buy told as agreed or signed ("a plan to buy 11 A, agreed in 2018, was abandoned";
  `frame_words.settled_plan_participles`) is an order, not a plan weighed (`settled_plan`).
- "suspend issuing new licences for the sale of X": the parser may hang the "for" phrase on the verb of issuing
  rather than on the licence; the licence verb still governs the sale (see `Governors._over_phrase`).
- A sale held "on hold" by a verb of being ("the sale has been on hold since May") is refused too, as is one that
  fails ("a planned sale of X to Y collapsed", "the deal fell through"; `frame_words.failing_verbs`)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.clauses import phrasal

DELAYING = lexicon.word_set("frame_words", "delaying_verbs")
HELD_SALE_NOUNS = lexicon.word_set("frame_words", "held_sale_nouns")
CONSENT_NOUNS = lexicon.word_set("governors", "consent_nouns")
HELD_STATE_VERBS = lexicon.word_set("frame_words", "held_state_verbs")
HELD_STATE_NOUNS = lexicon.word_set("frame_words", "held_state_nouns")
SETTLED = lexicon.word_set("frame_words", "settled_sale_participles")
SETTLED_PLAN = lexicon.word_set("frame_words", "settled_plan_participles")
UNREALISED = lexicon.word_set("participle_stages", "unrealised_auxiliaries")
FAILING_VERBS = lexicon.word_set("frame_words", "failing_verbs")
FAILED_NOUNS = lexicon.word_set("frame_words", "failed_deal_nouns")


def held_sale(t: Token) -> Token | None:
    """The verb of delaying that holds the sale noun t as its object or passive subject, or None."""
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    if t.lemma_.lower() not in HELD_SALE_NOUNS and t.lower_ not in HELD_SALE_NOUNS:
        return None
    if t.head.lemma_.lower() not in DELAYING or t.head.pos_ not in ("VERB", "AUX"):
        return None
    return None if settled(t) else t.head


def settled_plan(n: Token) -> bool:
    """The plan noun n is told agreed or signed: a realised participle on it, or the parser's reading of the
    reduced relative "a plan to buy X, agreed in 2018, was ..." as the plan's own verb (past tense, no object)."""
    if settled(n, SETTLED_PLAN):
        return True
    v = n.head
    return n.dep_ == "nsubj" and v.tag_ == "VBD" and v.lemma_.lower() in SETTLED_PLAN and not any(
        c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "neg", "aux") for c in v.children)


def settled(t: Token, lemmas: frozenset[str] = SETTLED) -> bool:
    """The sale noun t carries a realised participle of settling ("a sale of X, approved in April", "the sale
    that was agreed in 2020"): no modal, "to", "being" or negation on it."""
    return any(c.dep_ in ("acl", "relcl") and c.tag_ == "VBN" and c.lemma_.lower() in lemmas and not any(
        a.dep_ == "neg" or a.dep_ in ("aux", "auxpass") and a.lower_ in UNREALISED for a in c.children)
        for c in t.children)


def held_state(t: Token) -> Token | None:
    """The verb of being that holds the transfer noun t, its subject, "on hold" ("the sale has been on hold since
    May", "deliveries remain on ice"), or of failing that it is the subject of ("the sale collapsed"), or None."""
    if t.pos_ not in ("NOUN", "PROPN") or t.dep_ not in ("nsubj", "nsubjpass"):
        return None
    v = t.head
    if v.pos_ in ("VERB", "AUX") and _failing(v) and t.lemma_.lower() in FAILED_NOUNS:
        return v  # "a planned sale of X to Y collapsed", "the deal fell through"
    if v.lemma_.lower() not in HELD_STATE_VERBS or v.pos_ not in ("VERB", "AUX"):
        return None
    return v if any(c.dep_ == "prep" and c.lower_ == "on" and any(
        p.dep_ == "pobj" and p.lower_ in HELD_STATE_NOUNS for p in c.children) for c in v.children) else None


def _failing(v: Token) -> bool:
    """v is a verb of failing, with its particle even where the parse takes it for an adverb or a preposition
    ("fell apart", "fell through")."""
    after = v.nbor(1) if v.i + 1 < len(v.doc) else None
    loose = f"{v.lemma_.lower()} {after.lower_}" if after is not None and after.head.i == v.i and not any(
        c.dep_ == "pobj" for c in after.children) else ""
    return phrasal(v) in FAILING_VERBS or loose in FAILING_VERBS


def licensing_verb(cur: Token) -> bool:
    """cur is a verb whose object is a licence ("issuing new licences [for X]")."""
    return cur.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CONSENT_NOUNS for c in cur.children)
