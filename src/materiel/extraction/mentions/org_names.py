"""Firms no gazetteer lists, in a party's place, where no other reading found an actor. Trade and defence
reporting names a yard, a maker or a broker by a name of its own, and the tagger types such a name at random
(a place, a person, nothing). A proper name in a party's place (`unlisted.in_slot`, or the other side of a deal:
"a contract with X", "signed with X"; `deal_verbs` of [org_names] in words.toml and the deal nouns of
[resolve] thing_nouns) is a company:
- of the state its "of" phrase names: "a contract with Karvell of Norway";
- by its name when the name ends in an organisation's word (`suffixes`: "Karvell Shipyard", "Tarnex Trading Ltd"),
  even one the tagger takes for a place's ("Shipyard");
- by the full name the text gave it when the text named it elsewhere with such an ending ("Tarnex Industries ...
  orders from Tarnex");
- by its name when it is one bare word on the other side of a deal ("a contract with Karvell"), unless the tagger
  reads it as a person's name.
Never a name with a word of `not_firm_words` (newspapers, research groups, watchdogs, courts, ports), a person's
name, a date, a ship's, an item's name, a headline's words or a name the gazetteer knows; and no name the tagger
found with a word of `no_party_words` is a party at all (`reporting`). A firm with no state that sells "from X in
Norway" is of that state (`located`). The firm's state, when the text gives it elsewhere, comes from
mentions/firm_countries.py."""
from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions import headline, unlisted, vessels
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

SUFFIXES = lexicon.word_set("org_names", "suffixes")
NOT_FIRM = lexicon.word_set("org_names", "not_firm_words")
GENERIC_WORDS = lexicon.word_set("org_names", "generic_name_words")
GENERIC = GENERIC_WORDS | unlisted.COMMON
NO_PARTY = lexicon.word_set("org_names", "no_party_words")
TITLES = unlisted.TITLES | lexicon.word_set("private_persons", "titles")
DEAL_VERBS = lexicon.word_set("org_names", "deal_verbs")
DEAL_NOUNS = lexicon.word_set("resolve", "thing_nouns")
NOT_NAME = frozenset({"PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "LAW",
                      "EVENT", "WORK_OF_ART", "LANGUAGE"})
FACILITY = frozenset(lexicon.toml("cues.toml")["actors"]["facility_nouns"])
TABLE_KEY = "materiel_org_names"
VESSELS_KEY = "materiel_org_vessels"
CONFIDENCE = 0.5


def deal_slot(tok: Token) -> bool:
    """tok (or the phrase it is coordinated with) is the object of "with" on a deal's noun or verb."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return False
    head = tok.head.head
    return head.lemma_.lower() in DEAL_NOUNS if head.pos_ == "NOUN" else head.lemma_.lower() in DEAL_VERBS


def _word(t: Token, by_token: Mapping[int, Span], persons: bool = False) -> bool:
    """A word of an unlisted firm's name (of a person's name too, to the tagger, when persons is set: a name
    with an organisation's ending is a firm's whatever the tagger says)."""
    return t.pos_ == "PROPN" and t.text[:1].isupper() and t.i not in by_token and t.lower_ not in NOT_FIRM and \
        t.lower_ not in unlisted.NOT_NAMES and t.lower_ not in TITLES and (t.ent_type_ not in NOT_NAME or persons and t.ent_type_ == "PERSON")


def _name(tok: Token, by_token: Mapping[int, Span]) -> list[Token]:
    """The words of the name tok ends: tok and the name words before it that hang on it; [] when any word of
    the phrase's own modifiers is not one ("the Ruritanian Karvell" stays firm_countries' to read)."""
    words = [tok]
    for t in reversed(list(tok.doc[tok.sent.start: tok.i])):
        if t.i != words[0].i - 1 or t.dep_ not in ("compound", "nmod", "amod") or t.head.i != tok.i:
            break
        words.insert(0, t)
    persons = len(words) > 1 and tok.lower_ in SUFFIXES
    if not all(_word(t, by_token, persons) for t in words):
        return []
    return words


def _excluded(words: list[Token]) -> bool:
    """An item's name, a ship's name or a headline's words."""
    doc = words[0].doc
    span = doc[words[0].i: words[-1].i + 1]
    if headline.is_headline(span.sent):
        return True
    if any(s.start < span.end and span.start < s.end for s in doc.spans.get("materiel", [])):
        return True
    if VESSELS_KEY not in doc.user_data:
        doc.user_data[VESSELS_KEY] = vessels.vessel_names(doc)
    return vessels.is_vessel(span, doc.user_data[VESSELS_KEY])


def learn(doc: Doc, by_token: Mapping[int, Span]) -> dict[str, str]:
    """Lower-case name word -> the full name, for the words of every name the text ends with an organisation's
    word (not a generic word, `generic_name_words`, nor a word two such names share)."""
    table: dict[str, str] = {}
    shared: set[str] = set()
    for tok in doc:
        if tok.lower_ not in SUFFIXES or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            continue
        start = tok.i
        while start > tok.sent.start and _word(doc[start - 1], by_token, True) and \
                doc[start - 1].lower_ not in SUFFIXES:
            start -= 1
        if start == tok.i or _excluded(list(doc[start: tok.i + 1])):
            continue
        name = doc[start: tok.i + 1].text
        for w in doc[start: tok.i]:
            if w.is_alpha and w.lower_ not in GENERIC:
                if table.setdefault(w.lower_, name) != name:
                    shared.add(w.lower_)
    return {w: n for w, n in table.items() if w not in shared}


def _company(name: str, country: str | None, tok: Token) -> Resolved:
    actor = Actor(id=lexicon.slug(name), name=name, kind="company", country=country, text=name)
    return Resolved(actor, CONFIDENCE, tok, guessed=True)


def _of_state(tok: Token, by_token: Mapping[int, Span], countries: Mapping[str, object]) -> str | None:
    """The state of "X of Norway" (the "of" phrase right after the name)."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == tok.i + 1):
        for p in prep.children:
            span = by_token.get(p.i)
            if p.dep_ == "pobj" and span is not None and span.kb_id_ == "country" and span.label_ in countries:
                return span.label_
    return None


def _yard_taking(tok: Token, words: list[Token]) -> bool:
    """"sent the ships to X Shipyard": a yard's name (a place's ending, cues.toml facility_nouns) that takes
    something in is where it goes, no recipient."""
    return words[-1].lower_ in FACILITY and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "for")


def _told(tok: Token, by_token: Mapping[int, Span]) -> str | None:
    """The full name of the firm whose name has the word tok (`learn`, once per text)."""
    if TABLE_KEY not in tok.doc.user_data:
        tok.doc.user_data[TABLE_KEY] = learn(tok.doc, by_token)
    told: str | None = tok.doc.user_data[TABLE_KEY].get(tok.lower_)
    return told


def named_before(found: Resolved | None, tok: Token, by_token: Mapping[int, Span]) -> Resolved | None:
    """A one-word organisation the tagger found ("Kestrin") whose word is of a firm's name the text gives in
    full elsewhere ("Velmar Kestrin Trading"): that firm."""
    if found is None or found.actor.kind != "other" or found.actor.country or found.actor.name != tok.text or \
            tok.i in by_token or tok.pos_ != "PROPN":
        return None
    told = _told(tok, by_token)
    return _company(told, None, tok) if told is not None and told != tok.text else None


def party(tok: Token, by_token: Mapping[int, Span], countries: Mapping[str, object]) -> Resolved | None:
    """The company an unresolved proper name in a party's place names, or None (see the module)."""
    deal = deal_slot(tok)
    if tok.pos_ != "PROPN" or tok.i in by_token or not (deal or unlisted.in_slot(tok)):
        return None
    words = _name(tok, by_token)
    if not words or _excluded(words) or (words[0].is_sent_start and len(words) == 1):
        return None
    name = " ".join(t.text for t in words)
    state = _of_state(tok, by_token, countries)
    if state is not None:
        return _company(name, state, tok)
    if len(words) > 1 and words[-1].lower_ in SUFFIXES and not _yard_taking(tok, words):
        return _company(name, None, tok)
    told = _told(tok, by_token) if len(words) == 1 else None
    if told is not None:
        return _company(told, None, tok)
    if deal and len(words) == 1 and tok.ent_type_ != "PERSON":
        return _company(name, None, tok)
    return None


def reporting(found: Resolved | None, tok: Token, by_token: Mapping[int, Span]) -> bool:
    """found is a name the tagger found (no gazetteer's) with a word of `no_party_words`: a newspaper, a research
    group, a museum; never a party."""
    if found is None or tok.i in by_token or not (found.actor.kind in ("other", "company") or
                                                  found.actor.kind == "armed_group" and found.guessed):
        return False  # a listed armed group keeps its name, whatever words it has
    return any(w.lower() in NO_PARTY for w in found.actor.name.split())


def located(found: Resolved | None, tok: Token, by_token: Mapping[int, Span],
            countries: Mapping[str, object]) -> Resolved | None:
    """"bought from X in Norway", "a deal with X in Norway": an organisation with no state (no place's name to the
    tagger) that sells, placed by the "in" phrase right after its name: a company of that state."""
    if found is None or found.actor.kind not in ("other", "company") or found.actor.country or \
            tok.pos_ != "PROPN" or tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.dep_ != "pobj" or \
            tok.head.lower_ not in ("from", "with"):
        return None
    doc, i = tok.doc, tok.i + 1
    if not (i + 2 < len(doc) and doc[i].lower_ == "in"):
        return None
    span = by_token.get(i + 1 + (doc[i + 1].lower_ == "the"))
    if span is None or span.kb_id_ != "country" or span.label_ not in countries:
        return None
    actor = found.actor.model_copy(update={"kind": "company", "country": span.label_})
    return Resolved(actor, found.confidence, found.token, guessed=found.guessed)
