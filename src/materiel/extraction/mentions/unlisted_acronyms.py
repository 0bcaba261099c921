"""Parties named by an acronym that no gazetteer lists and the tagger does not take for an organisation (or takes
for a place or a person by chance): "the ZNRA received 40 rifles", "mortars sold to the KPLF", "arms bound for
the KLF(R)" (a faction's letters in brackets, one token: extraction/faction_acronyms.py), "a KLF(R) commander
asked for grenades", "destined for a TVF unit". The acronym must stand in a party's place of a transfer clause
(`unlisted.in_slot`: the object of "to", "from", "by", "for", a verb's subject or object, or an apposition or
conjunct of one; the verb, or the noun the preposition hangs on, a transfer word of predicates.toml), or name the
owner of a group's, an agent's or a post's noun that stands there ("TVF fighters", "a TVF unit", "cadres of the
TVF"). It is an organisation, an armed group when a group noun goes with it; guessed, with low confidence.

Never: a word the gazetteers hold (a state, a listed body), an item's name, a ship; an acronym the text defines as
a public, research or firm's body ("the Directorate of Defence Exports (DDE)", whose last word is a body's:
words.toml [acronyms] body_words); an acronym the text uses as its investigator anywhere ("ZRM documented 40
rifles", "ZRM researchers": [acronyms] research_verbs, researchers); a code with its number ("DDG 58"); a
line's label (a dateline's place, a transcript's speaker); the words of a headline or of a line in capitals; words of fewer than three capitals ("TV", "PR")."""
from __future__ import annotations

import re
from collections.abc import Callable, Container

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.faction_acronyms import FACTION_ACRONYM
from materiel.extraction.mentions import headline
from materiel.extraction.mentions.acronyms import definitions
from materiel.extraction.mentions.group_posts import POST_NOUNS
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.unlisted import CONFIDENCE, GROUP_HEADS, NOT_ORG, in_slot
from materiel.record.models import Actor

ACRONYM = re.compile(r"[A-Z]+$")
# The tagger's types an unknown acronym gets by chance ("the ZNRA" a GPE, "ZNRA" a PERSON): no evidence against it.
LOOSE_TYPES = frozenset({"GPE", "NORP", "PERSON"})
NOT_NAMES = NOT_ORG - LOOSE_TYPES
MIN_CAPITALS = 3
BODY_WORDS = lexicon.word_set("acronyms", "body_words")
FIRM_WORDS = lexicon.word_set("unlisted", "firm_appositions")
_CUES = lexicon.toml("cues.toml")["actors"]
AGENT_HEADS = frozenset(_CUES["agent_nouns"]) | frozenset(_CUES.get("group_nouns", []))
OWNER_DEPS = ("compound", "nmod", "amod")
_PREDICATES = lexicon.toml("predicates.toml")
TRANSFER_WORDS = frozenset(w.split()[0] for c in _PREDICATES["classes"].values()
                           for w in [*c.get("verbs", []), *c.get("nouns", [])]) | \
    frozenset(_PREDICATES["seizure"]["route_participles"])
SOURCE_VERBS = lexicon.word_set("acronyms", "research_verbs")
RESEARCHERS = lexicon.word_set("acronyms", "researchers")
GOVERNMENT_HEADS = frozenset(_CUES["government_nouns"])
OWNED_HEADS = AGENT_HEADS | POST_NOUNS | GROUP_HEADS | lexicon.word_set("intended_holders", "member_heads")


def written_as_acronym(text: str) -> bool:
    """An acronym of three capitals or more ("ZNRA", "KLF(R)")."""
    bare = text.split("(", 1)[0]
    return (ACRONYM.match(bare) is not None and (bare == text or FACTION_ACRONYM.match(text) is not None)
            and sum(ch.isupper() for ch in bare) >= MIN_CAPITALS)


def party(tok: Token, known: Container[int], vessel: Callable[[Span], bool]) -> Resolved | None:
    """The organisation an unlisted acronym in a party's place names, or None (see the module)."""
    if not written_as_acronym(tok.text) or tok.i in known or tok.ent_type_ in NOT_NAMES or _numbered(tok) or \
            _label(tok):
        return None
    owned = _owned_head(tok)
    if owned is None and not (in_slot(tok) and _transfer_governed(tok)):
        return None
    if _reporter(tok):
        return None  # "ZRM documented the rifles": the text's source, not a party
    sent = tok.sent
    if headline.is_headline(sent) or _capitals_line(sent) or _in_item(tok) or vessel(tok.doc[tok.i: tok.i + 1]):
        return None
    defined = _definition(tok)
    if defined is not None and defined[-1].lower_ in BODY_WORDS | FIRM_WORDS:
        return None  # "the Directorate of Defence Exports (DDE)": a state's body, told by its own rules
    group = (owned is not None and _group_word(owned)) or any(_group_word(c) for c in tok.children) or \
        (tok.head.i != tok.i and tok.dep_ == "compound" and _group_word(tok.head)) or \
        (defined is not None and any(_group_word(t) for t in defined))
    actor = Actor(id=lexicon.slug(tok.text), name=tok.text, kind="armed_group" if group else "other", country=None,
                  text=tok.text)
    return Resolved(actor, CONFIDENCE, tok, guessed=True)


def members_of(tok: Token, known: Container[int], vessel: Callable[[Span], bool]) -> Resolved | None:
    """"cadres of the ZPA(M) sold ...": the unlisted acronym whose members, post or agents the head names."""
    if tok.lemma_.lower() not in OWNED_HEADS and tok.lower_ not in OWNED_HEADS:
        return None
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            found = party(obj, known, vessel)
            if found is not None:
                return Resolved(found.actor, found.confidence, tok, guessed=True)
    return None


def _numbered(tok: Token) -> bool:
    """A code with its number ("DDG 58", "LST 4"): a hull's or a model's designation, no party's name."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and (nxt.like_num or nxt.text[:1].isdigit()) or any(c.dep_ == "nummod" and c.i > tok.i
                                                                               for c in tok.children)


def _label(tok: Token) -> bool:
    """A word of a line's label, not a name: a dateline's place ("TARVO, May 2 -"), a transcript's speaker ("MS.
    VELL-ORAN:"), a label's value ("(NYSE: KVL)"), a part of a hyphened name in capitals."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if nxt is not None and (nxt.text == ":" or nxt.text == "," and (tok.is_sent_start or prev is not None and
                                                                    "\n" in prev.text + prev.whitespace_)):
        return True
    return prev is not None and (prev.text == ":" or prev.text == "-" and not prev.whitespace_) or \
        nxt is not None and nxt.text == "-" and not tok.whitespace_


def _owned_head(tok: Token) -> Token | None:
    """The group, agent or post noun in a party's place whose owner tok names ("TVF fighters", "a TVF unit",
    "cadres of the TVF")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:  # "cadres of the ZNRA"
        head = head.head
    elif tok.dep_ not in OWNER_DEPS or head.i == tok.i or head.i < tok.i:
        return None
    if head.pos_ != "NOUN":
        return None
    low, lemma = head.lower_, head.lemma_.lower()
    if not ({low, lemma} & OWNED_HEADS) or {low, lemma} & GOVERNMENT_HEADS:
        return None  # "the ZPA government", "the ZPA administration": a state's, told by other rules
    return head if in_slot(head) and _transfer_governed(head) else None


def _transfer_governed(tok: Token) -> bool:
    """The clause tok is a party's place in is a transfer's: its verb, or the noun its preposition hangs on (or a
    noun above that one: "a consignment of 100 rifles for X"), is a transfer word of predicates.toml; or the phrase's
    own participle or relative clause is ("a ZPA commander asking Y for grenades")."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in TRANSFER_WORDS for c in tok.children):
        return True  # "a ZPA commander asking Y for grenades"
    gov = tok.head.head if tok.dep_ == "pobj" else tok.head
    for _ in range(3):
        if gov.lemma_.lower() in TRANSFER_WORDS or gov.lower_ in TRANSFER_WORDS:
            return True
        if gov.pos_ not in ("NOUN", "PROPN") or gov.head.i == gov.i:
            return False
        gov = gov.head.head if gov.dep_ == "pobj" else gov.head
    return False


def _reporter(tok: Token) -> bool:
    """The text uses the acronym as its investigator somewhere: the subject of a verb of research ("ZRM
    documented", "ZRM traced", "ZRM found") or the owner of researchers or a report ("ZRM investigators")."""
    cache: dict[str, bool] = tok.doc.user_data.setdefault("materiel_acronym_reporters", {})
    if tok.text not in cache:
        cache[tok.text] = any(_as_source(t) for t in tok.doc if t.text == tok.text)
    return cache[tok.text]


def _as_source(t: Token) -> bool:
    head = t.head
    if t.dep_ == "nsubj" and head.lemma_.lower() in SOURCE_VERBS:
        return True
    return t.dep_ in ("compound", "poss") and head.lemma_.lower() in RESEARCHERS


def _group_word(t: Token) -> bool:
    return t.lower_ in GROUP_HEADS or t.lemma_.lower() in GROUP_HEADS or \
        t.lemma_.lower() in _CUES.get("group_nouns", [])


def _definition(tok: Token) -> Span | None:
    """The words the text defines the acronym by ("Tarn Valley Front (TVF)"), when it does."""
    defs = tok.doc.user_data.get("materiel_acronyms")
    if defs is None:
        defs = tok.doc.user_data["materiel_acronyms"] = definitions(tok.doc)
    where = defs.get(tok.text)
    return tok.doc[where[0]: where[1]] if where is not None else None


def _capitals_line(sent: Span) -> bool:
    """A line in capitals ("REBELS GET NEW GUNS"): its words are no names."""
    words = [t for t in sent if t.is_alpha and len(t.text) >= 3]
    return len(words) >= 3 and all(t.text.isupper() for t in words)


def _in_item(tok: Token) -> bool:
    """tok is a word of an item's name the materiel gazetteer found ("the BMX carriers")."""
    return any(s.start <= tok.i < s.end for s in tok.doc.spans.get("materiel", []))
