"""Civilian goods are never rows: the last filter on transfer rows before they become transfers.

A row is a civil deal, and dropped, when
- its item is not the thing transferred: a noun or designation that modifies another noun ("aircraft
  makers", "engine maker") or is part of a proper name ("the ... Dragoon Guards");
- a civil air carrier (an airline by its words or its "Air X" name) receives or supplies aircraft that are
  not a military variant;
- its item is a civil aircraft designation or family, or civilian goods (civil_items.csv: Airbus A3xx,
  Boeing 7x7, E-Jets, ATR, CRJ/Q400, COMAC, Superjet, business jets, "airliners", SUVs), unless the item
  is a military variant (a tanker, early-warning or maritime patrol version; the text's civil designation
  outranks the gazetteer's link to a variant the text does not mark) or the row is in a military
  context: a party that is a military body or armed group, or a military word in the sentence. A state
  as a party is not enough here: governments buy airliners for their airlines;
- its item is a generic noun that names civilian goods as often as military ones ("planes", "engines",
  "hardware", "vehicles"), without a designation, and nothing makes it military: no military modifier,
  no military party and, unless a party's phrase marks a civil sector ("car maker X", "Air X"), no state,
  government body, armed group or IGO as a party, no military word and no other weapon in the sentence (a
  generic word in a firm's name, "X Helicopter Corporation", is none). Word lists: civil.toml, civil_items.csv."""
from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from materiel.extraction.civil_lexicon import CivilItem, load, words_pattern
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.reporters import reporter_of
from materiel.extraction.mentions.resolve import Resolved

MILITARY_KINDS = ("government_body", "armed_group")  # actors that are military bodies or fighters
STATE_KINDS = ("state", "government_body", "armed_group", "igo")  # parties that make a generic noun military
PLURAL_NUMBER = re.compile(r"(?<=\d)s\b")  # "A320s": a model number's plural


# -- items ---------------------------------------------------------------------------------------

def civil_item(text: str) -> CivilItem | None:
    """The civil aircraft family or civilian goods a text names ("Airbus A321", "7E7 planes", "SUVs", "A320s")."""
    return next((c for c in load().items if c.pattern.search(PLURAL_NUMBER.sub("", text))), None)


def military_variant(text: str) -> bool:
    """"A330 MRTT", "KC-767", "ATR-72MP", "Boeing-737 AEW&C": a military version of a civil type."""
    return any(p.search(text) for p in load().military_variants)


def item_words(r: Row) -> str:
    """The item's own words in the text, with a number glued before it ("777" of "777-200LR")."""
    span, start = r.item.span, r.item.span.start
    while start > r.sent.start and not span.doc[start - 1].whitespace_ and not span.doc[start - 1].is_punct:
        start -= 1
    return span.doc[start: span.end].text


def item_text(r: Row) -> str:
    """The item's words with its designation."""
    return " ".join(x for x in (item_words(r), r.designation or r.item.designation or "") if x)


def marked_variant(r: Row) -> bool:
    """A military variant, unless the text names a civil type and marks no variant ("A330neo airliners")."""
    own = item_words(r)
    return military_variant(own) or (civil_item(own) is None and military_variant(item_text(r)))


def _materiel_at(doc_spans: Iterable[Span], i: int) -> bool:
    return any(s.start <= i < s.end for s in doc_spans)


def not_an_item(r: Row) -> bool:
    """"aircraft makers", "engine maker", "the Royal ... Dragoon Guards": the item word modifies another noun
    that is neither materiel nor the transfer word, so it names no thing transferred."""
    head = r.item.head
    if head.dep_ != "compound" or head.head.i == head.i or head.head.i == r.frame.trigger.i:
        return False
    gov = head.head
    if _materiel_at(gov.doc.spans.get("materiel", []), gov.i):
        return False
    lex = load()
    if gov.lower_ in lex.not_item_heads or gov.lemma_.lower() in lex.not_item_heads:
        return True
    return gov.pos_ == "PROPN" and bool(r.item.designation) and gov.i not in _actor_tokens(gov.doc)


def _actor_tokens(doc: Doc) -> set[int]:
    return {i for s in doc.spans.get("actors", []) for i in range(s.start, s.end)}


def _in_org_name(s: Span) -> bool:  # "Vietnam Helicopter Corporation", "the helicopter operator X": the firm's trade
    return any(e.label_ == "ORG" and e.start <= s.start and s.end <= e.end for e in s.doc.ents) or \
        s.root.dep_ == "compound" and s.root.head.lower_ in ("operator", "operators")


def dual_use_generic(r: Row) -> bool:
    """A generic noun ("planes", "engines", "hardware") with no designation."""
    head, heads = r.item.head, load().dual_use_heads
    return not (r.designation or r.item.designation) and (head.lower_ in heads or head.lemma_.lower() in heads)


def military_modifier(r: Row) -> bool:
    mods = load().military_modifiers
    return any(t.lower_ in mods for t in r.item.span if t.i != r.item.head.i)


# -- parties -------------------------------------------------------------------------------------

def party_tokens(res: Resolved) -> list[Token]:
    """The party's noun phrase (a reporter's for the pronoun of its report): its head's left modifiers, compounds,
    appositions ("flag carrier Air X", "the airline, Z") and the proper name run it stands in ("X Airlines")."""
    tok = reporter_of(res.token)
    head = tok
    for _ in range(4):
        if head.dep_ in ("compound", "amod", "nmod", "flat") and head.head.i != head.i and \
                head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head
        else:
            break
    found = {head.i: head}
    for c in head.lefts:
        found.update({t.i: t for t in c.subtree})
    for c in head.rights:
        if c.dep_ in ("compound", "flat", "appos"):
            found.update({t.i: t for t in c.subtree})
    if head.dep_ == "appos":
        gov = head.head
        found[gov.i] = gov
        for c in gov.lefts:
            found.update({t.i: t for t in c.subtree})
    doc = tok.doc
    for step in (-1, 1):  # the capitalised name run around the party's word
        i = tok.i + step
        while 0 <= i < len(doc) and abs(i - tok.i) <= 3 and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
            found[i] = doc[i]
            i += step
    return [found[i] for i in sorted(found)]


def _party_strings(res: Resolved) -> list[str]:
    return [" ".join(t.text for t in party_tokens(res)), res.actor.text, res.actor.name]


def _air_name(toks: list[Token]) -> bool:
    """"Air Malta", "Air Tanzania": "Air" then a capitalised word that is not "Force", "Corps" ..."""
    lex = load()
    n = len(lex.air_prefix)
    for t in toks:
        if t.text.startswith(lex.air_prefix) and len(t.text) > n + 1 and t.text[n].isupper():
            return True  # "AirZed"
        if t.text == lex.air_prefix and t.i + 1 < len(t.doc):
            nxt = t.doc[t.i + 1]
            if nxt.text[:1].isupper() and nxt.text not in lex.air_military_next:
                return True
    return False


def _air_name_text(text: str) -> bool:
    lex = load()
    for m in re.finditer(rf"(?<!\w){re.escape(lex.air_prefix)} ?([A-Z]\w*)", text):
        if m.group(1) not in lex.air_military_next:
            return True
    return False


def is_carrier(res: Resolved) -> bool:
    """A civil air carrier: "Skyline Airways", "the airline", "flag carrier X", "Air Malta"."""
    lex = load()
    strings = _party_strings(res)
    if any(lex.carrier.search(lex.carrier_exceptions.sub(" ", s.lower())) for s in strings):
        return True
    return _air_name(party_tokens(res)) or any(_air_name_text(s) for s in strings[1:])


def is_civil_party(res: Resolved) -> bool:
    """A carrier or a company of a civil sector ("Korean car maker X")."""
    lex = load()
    return is_carrier(res) or any(lex.civil_sector.search(s.lower()) for s in _party_strings(res))


def military_party(res: Resolved) -> bool:
    """A military body or armed group, or a party whose phrase names one ("the Chilean Air Force")."""
    if res.actor.kind in MILITARY_KINDS:
        return True
    lex = load()
    return any(lex.military_words.search(s.lower()) for s in _party_strings(res))


def _parties(r: Row) -> list[Resolved]:
    return [p for p in (r.supplier, r.recipient, r.intermediary) if p is not None]


# -- sentence ------------------------------------------------------------------------------------
def military_sentence(r: Row, within: set[int] | None = None) -> bool:
    """A military word in the sentence (or its tokens `within`), not in a civil phrase, or another weapon in it."""
    lex, doc = load(), r.sent.doc
    text = r.sent.text if within is None else " ".join(doc[i].text for i in sorted(within))
    if lex.military_words.search(lex.civil_phrases.sub(" ", text.lower())):
        return True
    item, names = r.item.span, _actor_tokens(doc) | {p.token.i for p in _parties(r)}
    for s in doc.spans.get("materiel", []):
        if s.start < r.sent.start or s.end > r.sent.end or (s.start < item.end and item.start < s.end) or \
                (within is not None and s.start not in within):
            continue
        if any(i in names for i in range(s.start, s.end)) or (not s.kb_id_ and _in_org_name(s)):
            continue  # a party's name that is also a designation ("Carmaker Veltro"), a firm's "Helicopter", is no weapon
        text = s.text
        if civil_item(text) or (not s.kb_id_ and (s.root.lower_ in lex.dual_use_heads or
                                                  s.root.lemma_.lower() in lex.dual_use_heads)):
            continue
        if s.kb_id_ and civil_item(s.kb_id_):
            continue
        return True
    return False


# -- the decision --------------------------------------------------------------------------------
def civil_reason(r: Row) -> str | None:
    """Why the row is a civil deal (or not an item at all), None when it stays."""
    if not_an_item(r):
        return "not an item: modifies another noun"
    lex = load()
    text = item_text(r)
    civil = civil_item(text)
    variant = marked_variant(r)
    category, parties = r.category or r.item.category, _parties(r)
    if category in lex.carrier_categories and not variant and (civil or dual_use_generic(r)) and \
            any(is_carrier(p) for p in parties):
        return "civil carrier and civil aircraft"
    if civil is not None:
        if variant or any(military_party(p) for p in parties) or military_sentence(r):
            return None
        return f"civil item: {civil.family}"
    if dual_use_generic(r):
        if military_modifier(r) or military_sentence(r):
            return None
        if any(military_party(p) for p in parties) or (not any(is_civil_party(p) for p in parties) and
                                                        any(p.actor.kind in STATE_KINDS for p in parties)):
            return None
        return "generic item without military context"
    return None


__all__ = ["CivilItem", "civil_item", "civil_reason", "is_carrier", "load", "military_variant",
           "words_pattern"]
