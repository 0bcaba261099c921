"""A state's own industry building for its forces: no transfer, also when the maker is of no state the lists know.

"Ruritania's Karvell Works will build 40 trucks for the Ruritanian army", "Karvell, a Ruritanian firm, ...", or "the
state-owned Karvell Works opened a hall in <a Ruritanian city> where it will build 40 trucks for the Ruritanian army"
(and "its first trucks went to the army last month" after it): the maker's noun phrases anywhere in the
text name the recipient's state, or call the maker domestic ([home_industry] domestic_words) while the dateline or
the row's sentence places it in that state. A maker named with another state ("the Ruritanian firm X ... for the
Velmarian army") keeps its row. Word lists: words.toml [home_industry]."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction import civil
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolved import OFFICIAL_KINDS
from materiel.extraction.mentions.topic_sources import dateline_state
from materiel.lexicon import cities

MAKER_KINDS = lexicon.word_set("home_industry", "maker_kinds")
FIRM_NOUNS = lexicon.word_set("home_industry", "firm_nouns")
LOCATED = lexicon.word_set("home_industry", "located_participles")
OFFICIAL_NOUNS = lexicon.word_set("home_industry", "official_nouns")
HEAD_DEPS = ("compound", "flat", "amod", "nmod")
PLACE_PREPS = ("of", "in", "at", "near", "outside", "from")


@lru_cache(maxsize=1)
def _domestic() -> re.Pattern[str]:
    return civil.words_pattern(lexicon.word_list("home_industry", "domestic_words"))


@lru_cache(maxsize=1)
def state_words() -> dict[str, str]:
    """State names, aliases, demonyms and capitals, lower-case, to ISO3 codes."""
    out: dict[str, str] = {}
    for c in lexicon.load().countries.values():
        for w in (c.name, *c.aliases, *c.demonyms, *c.capitals):
            out.setdefault(w.lower(), c.iso3)
    return out


def _phrases(tok: Token) -> list[Span]:
    """The noun phrase a name word stands in (up to its head), and the appositions of that head."""
    head = tok
    while head.dep_ in HEAD_DEPS and head.head.i != head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head
    doc = tok.doc
    out = [doc[head.left_edge.i:head.i + 1]]
    out += [doc[c.left_edge.i:c.right_edge.i + 1] for c in head.rights if c.dep_ == "appos"]
    if head.dep_ == "appos":
        gov = head.head
        out.append(doc[gov.left_edge.i:gov.i + 1])
    out += [doc[c.i:c.right_edge.i + 1] for c in head.rights if c.dep_ == "prep" and c.lower_ == "of" or
            c.dep_ == "acl" and c.lemma_.lower() in LOCATED]
    return out


def _mentions(doc: Doc, name: str, own: Token) -> list[Token]:
    """The maker's own token (for a pronoun, the subjects of the clauses above it: "X launched the second of
    the ships it is building for Y"), and each token of the text that opens a run of its name's words."""
    words = name.lower().split()
    found = [own] if own.pos_ != "PRON" else [c for a in own.ancestors for c in a.children
                                              if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    for t in doc:
        if t.lower_ == words[0] and doc[t.i:t.i + len(words)].text.lower() == name.lower() and t.i != own.i:
            found.append(doc[t.i + len(words) - 1])
    return found


def _place_state(t: Token) -> str | None:
    """The state of a place named as a preposition's object ("of <a city>", "in <a capital>")."""
    if t.dep_ != "pobj" or t.head.lower_ not in PLACE_PREPS or t.pos_ != "PROPN":
        return None
    return cities.state_of(t.text) or state_words().get(t.lower_)


def _told_states(phrase: Span) -> set[str]:
    states = state_words()
    told = {states[t.lower_] for t in phrase if t.pos_ in ("PROPN", "ADJ", "NOUN") and t.lower_ in states}
    return told | {s for t in phrase if (s := _place_state(t)) is not None}


def _placed(r: Row, state: str, mentions: list[Token]) -> bool:
    """The dateline's state, or a place of that state named in the row's sentence or a sentence naming the maker."""
    if dateline_state(r.sent.doc.text) == state:
        return True
    sents = {r.sent.start: r.sent} | {t.sent.start: t.sent for t in mentions}
    return any(_place_state(t) == state for sent in sents.values() for t in sent)


def home_made(r: Row) -> bool:
    """The maker is the recipient's own state's industry (see the module's text)."""
    s, rec = r.supplier, r.recipient
    if s is None or rec is None or s.actor.country or s.actor.kind not in MAKER_KINDS:
        return False
    state = rec.actor.country
    if not state or rec.actor.kind not in OFFICIAL_KINDS or not s.actor.name.strip():
        return False
    mentions = _mentions(r.sent.doc, s.actor.name, s.token)
    phrases = [p for t in mentions for p in _phrases(t)]
    if s.actor.kind != "company" and not any(t.lemma_.lower() in FIRM_NOUNS or t.lower_ in FIRM_NOUNS
                                             for p in phrases for t in p):
        return False  # a person or a group of no state the lists know: not a maker
    if any(t.lemma_.lower() in OFFICIAL_NOUNS for p in phrases[:1] for t in p):
        return False  # a state's body of no state the lists know: the other filters judge it
    told = set().union(*(_told_states(p) for p in phrases)) if phrases else set()
    if told:
        return state in told
    return any(_domestic().search(p.text.lower()) for p in phrases) and _placed(r, state, mentions)
