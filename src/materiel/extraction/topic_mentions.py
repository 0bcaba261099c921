"""A trade noun that is only the topic of its clause tells no transfer: no row.

- The deal as the cause or the thing done to: "The S-900 purchase also triggered sanctions on X", "the Zeta
  transfer had been kept secret", "The proposed sale of such equipment will not alter the regional balance". A row
  on a trade noun ([topic_mentions] trade_nouns) that is the subject of a verb of consequence or of concealment
  ([topic_mentions] consequence_verbs), with no count and no party in its own phrase, is dropped: the clause says
  what a deal told elsewhere did or what was done to it. "The sale of 40 A to Y triggered a debate" tells the sale.
- A record, not a transfer: "the newest in a series of transfers of old vessels to allied navies", "a string
  of arms deliveries". A row on a trade noun that is the object of "of" after a noun of a run of events
  ([topic_mentions] run_nouns), with no count of its own, is dropped.
- A rule in the present tense: "Exports of military goods to X do not require a permit", "Arms sales to Y need
  congressional approval". A row on a bare plural trade noun (no determiner, no possessor) that is the subject of
  a verb of requirement ([topic_mentions] rule_verbs) in the simple present is dropped: the sentence states how such
  trade works, not that it happened. "Recent donations to X include: ...", "Deliveries to Y continue" stay.

Word lists: words.toml [topic_mentions]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

TRADE_NOUNS = lexicon.word_set("topic_mentions", "trade_nouns")
CONSEQUENCE_VERBS = lexicon.word_set("topic_mentions", "consequence_verbs")
RUN_NOUNS = lexicon.word_set("topic_mentions", "run_nouns")
RULE_VERBS = lexicon.word_set("topic_mentions", "rule_verbs")
PRESENT_TAGS = ("VBP", "VBZ")
SUBJECTS = ("nsubj", "nsubjpass")


def _trade_noun(t: Token) -> bool:
    return t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in TRADE_NOUNS


def _of_head(t: Token) -> Token | None:
    """The noun whose "of" phrase t is the object of ("a series of handovers": series)."""
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN", "NUM"):
        return t.head.head
    return None


def consequence(t: Token) -> bool:
    """t is the subject of a verb of consequence or concealment ("The X purchase triggered sanctions")."""
    return t.dep_ in SUBJECTS and t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in CONSEQUENCE_VERBS


def in_run(t: Token, counted: bool) -> bool:
    """t is the "of" object of a noun of a run of events, and the row has no count of its own."""
    head = _of_head(t)
    return head is not None and head.lemma_.lower() in RUN_NOUNS and not counted


def standing_rule(t: Token) -> bool:
    """t is a bare plural subject of a verb in the simple present ("Exports of X to Y require a permit")."""
    if t.tag_ != "NNS" or t.dep_ not in SUBJECTS or any(c.dep_ in ("det", "poss") for c in t.children):
        return False
    verb = t.head.head if t.head.dep_ == "aux" else t.head  # "Exports ... do not require": "do" holds the subject
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in RULE_VERBS:
        return False  # "Previous donations to X include: ...", "Deliveries to Y continue": told, not ruled
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:  # "do not require": the simple present; "are arriving", "have risen", "will need": not
        return auxes[0].lemma_.lower() == "do" and auxes[0].tag_ in PRESENT_TAGS
    return verb.tag_ in PRESENT_TAGS or verb.tag_ == "VB" and verb.dep_ == "ROOT"  # "Exports ... need": VB to the parser


def topic_mention(r: Row) -> bool:
    """The row's trade noun is only the topic of its clause (module docstring)."""
    t = r.frame.trigger
    if not _trade_noun(t):
        return False
    counted = r.item.quantity is not None
    own_party = any(r.frame.roles.get(role) for role in ("supplier", "recipient"))
    return consequence(t) and not counted and not own_party or in_run(t, counted) or \
        standing_rule(t)
