"""Parties named by a proper name that no gazetteer lists and the tagger does not take for an
organisation: "supplied rifles to the Kivu Patriotic Front", "weapons to the Tarn coalition", "the
Mountain Brigades received mortars". A capitalised phrase (proper nouns, with "of", "for", "the" and
the like inside, `name_links`) in a party's place of a transfer clause (the object of "to", "from",
"by", "for"; a verb's subject or object: `slot_preps`, `slot_deps` in [unlisted] of words.toml) that
resolves to nothing else is an organisation; an armed group when a group noun (`group_heads`) is its
head, first or last word. Its confidence is low. Never a person's name, a place, a date, a ship, an
item's name, or the words of a headline."""
from __future__ import annotations

from collections.abc import Callable, Container

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions import headline
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.unit_of import state_unit
from materiel.record.models import Actor

GROUP_HEADS = lexicon.word_set("unlisted", "group_heads")
LINKS = lexicon.word_set("unlisted", "name_links")
SLOT_PREPS = lexicon.word_set("unlisted", "slot_preps")
SLOT_DEPS = lexicon.word_set("unlisted", "slot_deps")
OWNED_DEPS = lexicon.word_set("unlisted", "owned_deps")
NOT_NAMES = lexicon.word_set("unlisted", "not_names")
FIRM_APPOSITIONS = lexicon.word_set("unlisted", "firm_appositions")
MEMBER_HEADS = lexicon.word_set("intended_holders", "member_heads")
TITLES = frozenset(lexicon.toml("cues.toml")["actors"]["leader_titles"]) | lexicon.word_set("resolve", "state_offices")
_CUES = lexicon.toml("cues.toml")["actors"]
FACILITIES = frozenset(_CUES["facility_nouns"])
COMMON = lexicon.word_set("unlisted", "common_words") | lexicon.word_set("resolve", "state_body_names") | \
    frozenset(_CUES["government_nouns"]) | frozenset(_CUES["agent_nouns"]) | frozenset(_CUES["generic"])
STATE_BODIES = lexicon.word_set("resolve", "state_body_names") | lexicon.word_set("unlisted", "state_units")
CONFIDENCE = 0.45  # below a tagged organisation's
FACTION_LABELS = ("ORG", "PERSON")  # the tagger's spans that may hold a faction's whole name
# Entity types of the tagger that are never an organisation's name unless a group noun heads it.
NOT_ORG = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL",
                     "ORDINAL", "PERCENT", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE"})


def _group_word(t: Token) -> bool:
    return t.lower_ in GROUP_HEADS or t.lemma_.lower() in GROUP_HEADS


def in_slot(tok: Token) -> bool:
    """tok is a party's place in a clause: "to X", "from X", "X received", "armed X" (or a conjunct of one, or
    an apposition to one: "to a rebel group, the X")."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in MEMBER_HEADS:
        return in_slot(tok.head.head)  # "bound for members of the X gang"
    if tok.dep_ == "pobj":
        return tok.head.lower_ in SLOT_PREPS
    if tok.dep_ == "poss":  # "(most of) the X Front's rifles were bought": a group's name only (see party)
        owned = tok.head
        if owned.dep_ == "pobj" and owned.head.lower_ == "of":
            owned = owned.head.head
        return owned.dep_ in OWNED_DEPS and owned.head.pos_ in ("VERB", "AUX")
    return tok.dep_ in SLOT_DEPS and tok.head.pos_ in ("VERB", "AUX")


def _capitalised(t: Token) -> bool:
    """A word of a name: capitalised, and a proper noun where a sentence's first word is capitalised anyway."""
    return t.text[:1].isupper() and t.is_alpha and t.lower_ not in NOT_NAMES and \
        (t.pos_ == "PROPN" or not t.is_sent_start)


def name_words(tok: Token) -> list[Token]:
    """The words of the name tok heads: the capitalised words before it that hang on it, tok, and an
    "of"/"for" phrase of capitalised words after it ("Rally for Democracy"); [] when it is no such name."""
    doc = tok.doc
    start = tok.i
    while start > tok.sent.start and doc[start - 1].dep_ in ("compound", "amod", "nmod") and \
            _capitalised(doc[start - 1]) and doc[start - 1].head.i >= start:
        start -= 1
    words = list(doc[start: tok.i + 1])
    if not (_capitalised(tok) or (_group_word(tok) and tok.pos_ == "NOUN" and len(words) > 1)):
        return []
    for c in tok.rights:
        if c.dep_ != "prep" or c.lower_ not in LINKS or c.i != words[-1].i + 1:
            continue
        tail = list(doc[c.i: c.right_edge.i + 1])
        if tail and all(_capitalised(t) or t.lower_ in LINKS for t in tail) and _capitalised(tail[-1]):
            words += tail
        break
    return words


def party(tok: Token, known: Container[int], vessel: Callable[[Span], bool]) -> Resolved | None:
    """The organisation an unlisted name in a party's place names, or None (see the module)."""
    if tok.pos_ not in ("PROPN", "NOUN") or not in_slot(tok) or headline.is_headline(tok.sent) or state_unit(tok):
        return None  # a unit of a state's force stands for the force's state (mentions/unit_of.py)
    words = name_words(tok)
    if len(words) == 1 and tok.pos_ == "PROPN" and (firm := _firm_by_apposition(tok)) is not None:
        return firm  # "Halvard, the rifle maker based in X,"
    if len(words) < 2 and not (words and _group_word(words[0])):
        return None  # one bare word: a place, a person or a name too short to tell
    group = any(_group_word(t) for t in (tok, words[0], words[-1]))
    if tok.dep_ == "poss" and not group:
        return None  # the owner of what a clause moves: a group's name, never any capitalised word
    doc = tok.doc
    span = doc[words[0].i: words[-1].i + 1]
    if any(t.i in known for t in words) and not group:
        return None  # a place or a state already told, without a group noun of its own
    if not group and any(t.ent_type_ in NOT_ORG for t in words):
        return None  # a person's name, a place, a date, a product
    if all(t.lower_ in COMMON or t.lower_ in LINKS for t in words) or words[-1].lower_ in _CUES["generic"]:
        return None  # "the Armed Forces", "Member States": no name of its own
    if any(t.lower_ in NOT_NAMES for t in words) or _titled(words) or _materiel(span) or vessel(span):
        return None
    if words[-1].lower_ in FACILITIES:
        return None  # "Tarn Air Base", "Vell Port": a place (cues.toml facility_nouns), the carrier's goal
    name = " ".join(t.text for t in words)
    if words[0].lower_ == "the":
        name = name[4:]
    actor = Actor(id=lexicon.slug(name), name=name, kind="armed_group" if group else "other", country=None,
                  text=span.text)
    return Resolved(actor, CONFIDENCE, tok, guessed=True)


def _firm_by_apposition(tok: Token) -> Resolved | None:
    """A one-word name whose apposition calls it a firm ("Halvard, the rifle maker"): a company."""
    if not any(c.dep_ == "appos" and c.lemma_.lower() in FIRM_APPOSITIONS for c in tok.children):
        return None
    actor = Actor(id=lexicon.slug(tok.text), name=tok.text, kind="company", country=None, text=tok.text)
    return Resolved(actor, CONFIDENCE, tok, guessed=True)


def _titled(words: list[Token]) -> bool:
    """An office's title ("Prime Minister", "Defence Minister"), not an organisation."""
    low = [t.lower_ for t in words if t.lower_ != "the"]
    return " ".join(low) in TITLES or low[-1] in TITLES or low[0] in TITLES


def _materiel(span: Span) -> bool:
    """A word of the name is in an item's name the materiel gazetteer found."""
    return any(s.start < span.end and span.start < s.end for s in span.doc.spans.get("materiel", []))


def after_leader(tok: Token, leader: Token, text: str) -> Resolved | None:
    """The organisation a proper-noun phrase names after its leader's name ("General X's Supreme
    Military Council"): the capitalised words of the head, without the leader's."""
    skip = {t.i for t in leader.subtree}
    words = [t for t in tok.subtree if t.i <= tok.i and t.i not in skip and t.pos_ == "PROPN"]
    run = [tok]
    for t in reversed(words[:-1]):
        if t.i == run[0].i - 1:
            run.insert(0, t)
    if len(run) < 2:
        return None
    name = " ".join(t.text for t in run)
    actor = Actor(id=lexicon.slug(name), name=name, kind="other", country=None, text=text)
    return Resolved(actor, 0.5, tok)


def national_group(r: Resolved, head: Token) -> Resolved | None:
    """A proper name that starts with a state's word and ends in a group noun that is no state body's
    ("the Tarnish Rally for Democracy", "the Ruritanian Patriotic Front"): an armed group of that state,
    named in full (its "of"/"for" phrase too), not the state nor a firm of it."""
    if r.actor.kind != "state" or head.pos_ != "PROPN" or head.lower_ in STATE_BODIES:
        return None
    words = [t for t in name_words(head) if t.lower_ != "the"]
    if len(words) < 2 or not any(_group_word(t) and t.lower_ not in STATE_BODIES for t in (head, words[-1])):
        return None
    name = " ".join(t.text for t in words)
    actor = Actor(id=lexicon.slug(name), name=name, kind="armed_group", country=r.actor.country, text=name)
    return Resolved(actor, r.confidence * 0.9, head)


def faction(span: Span, actor: Actor) -> Actor:
    """A faction named by a listed armed group's name and an unlisted name of its own after it ("rifles sold to
    Tarvo-Tarvo Kessel" when only "Tarvo-Tarvo" is listed, a movement whose local groups go by their leader's or
    area's name): the tagger's organisation (or person) spans the whole name, and capitalised words no list has
    follow the listed name. An armed group of its own, of the listed group's state, named in full, where it is
    named and where "the group" takes it up; else the listed group itself."""
    if actor.kind != "armed_group":
        return actor
    ent = next((e for e in span.doc.ents if e.start <= span.start < e.end and e.label_ in FACTION_LABELS), None)
    if ent is None or span.start != ent.start + (ent[0].lower_ == "the") or span.end >= ent.end:
        return actor
    if not all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.lower_ not in COMMON
               and t.lower_ not in TITLES for t in span.doc[span.end: ent.end]):
        return actor  # "X Commander", "X Council": an office or a body of the group, not a faction
    name = span.doc[span.start: ent.end].text
    return Actor(id=lexicon.slug(name), name=name, kind="armed_group", country=actor.country, text=name)


def group_name(doc: Doc, end: int, width: int = 6) -> bool:
    """A capitalised group noun or title among the words of a name that ends at `end` ("the Tarvo Liberation Front
    of Y", "the Unified Party of Y", "the Emir of Y", "the Government of Y"): a party's, an armed group's, an office's or a state
    body's name, never a firm's."""
    return any(_capitalised(t) and t.lower_ in GROUP_HEADS | TITLES | COMMON | STATE_BODIES
               for t in doc[max(0, end - width):end])
