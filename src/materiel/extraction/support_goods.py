"""Non-lethal support goods one state gives another's forces: no materiel rows.

"X handed lorries, field radios and two transport aircraft to the Y army", "Z gave the army buses, tents and
boots in a training scheme": the trucks, radios, communications equipment, uniforms and tents of a state's aid are
logistics, not arms; the aircraft of the same list stays a row.

A row is support goods, and dropped, when
- its supplier and its recipient are states or state bodies (or the supplier an international organisation),
  and the supplier's phrase names no firm ([civil.toml] parties company_nouns: "a Latvian firm"): a firm's
  shipment of radios to a ministry of defence under an embargo, or kit for an armed group, stays;
- its item has no designation, and its head is one of [support_goods] support_heads ("radios", "uniforms",
  "tents") or a generic head of kit_heads with a word of support_marks before it ("communications equipment"),
  or a plain vehicle of vehicle_heads ("trucks") coordinated with such goods: "X will deliver 150 trucks to the Y
  army", told alone, is military transport and stays a row;
- it is told as aid given or pledged (stage delivered or offered: a sale stopped by an embargo stays a row), and
  not as a consignment of its own: no count and no proper name before its head ("500 radios", "60 Vanta radios"
  stay rows);
- and none of the item's own words is a military one ([civil_goods] armed_modifiers, civil.toml [items]
  military_modifiers, [support_goods] military_marks): "military trucks", "tactical radios", "armoured trucks",
  "military-grade radio sets" stay rows.

Word lists: words.toml [support_goods]."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction import civil
from materiel.extraction.discourse import Row

SUPPORT_HEADS = lexicon.word_set("support_goods", "support_heads")
VEHICLE_HEADS = lexicon.word_set("support_goods", "vehicle_heads")
KIT_HEADS = lexicon.word_set("support_goods", "kit_heads")
SUPPORT_MARKS = lexicon.word_set("support_goods", "support_marks")
MILITARY_MARKS = lexicon.word_set("support_goods", "military_marks") | lexicon.word_set("civil_goods",
                                                                                          "armed_modifiers")
STATE_KINDS = ("state", "government_body")  # the parties of one state's aid to another's forces
DONOR_KINDS = STATE_KINDS + ("igo",)
MODIFIER_DEPS = ("amod", "compound", "nmod")
AID_STAGES = ("delivered", "offered")  # goods given or pledged; a refusal or an embargo on them stays a row


@lru_cache(maxsize=1)
def _military() -> frozenset[str]:
    return frozenset(lexicon.toml("civil.toml")["items"]["military_modifiers"]) | MILITARY_MARKS


@lru_cache(maxsize=1)
def _company_nouns() -> frozenset[str]:
    return frozenset(lexicon.toml("civil.toml")["parties"]["company_nouns"])


def state_aid(r: Row) -> bool:
    """Both parties are states or their bodies (the donor may be an international organisation), and the
    supplier's own phrase names no firm ("a Latvian firm" resolves to its state but is no donor)."""
    if r.supplier is None or r.recipient is None or r.supplier.actor.kind not in DONOR_KINDS \
            or r.recipient.actor.kind not in STATE_KINDS:
        return False
    return not any(t.lemma_.lower() in _company_nouns() for t in civil.party_tokens(r.supplier))


def support_words(words: list[str], head: str) -> bool:
    """The item's own words (lower case, hyphens kept) name support goods and no military word."""
    split = [p for w in words for p in w.split("-")]
    if any(w in _military() for w in words + split):
        return False
    if head in SUPPORT_HEADS:
        return True
    return head in KIT_HEADS and any(w in SUPPORT_MARKS for w in split[:-1])


def _own_words(head: Token) -> list[str]:
    """A conjunct's own words: its left modifiers and itself."""
    return [t.lower_ for t in head.lefts if t.dep_ in MODIFIER_DEPS] + [head.lower_]


def support_vehicle(head: Token, words: list[str]) -> bool:
    """A plain vehicle ("trucks") coordinated with support goods ("lorries, field radios and ...")."""
    split = [p for w in words for p in w.split("-")]
    if head.lower_ not in VEHICLE_HEADS or any(w in _military() for w in words + split):
        return False
    return any(support_words(_own_words(c), c.lower_) for c in head.conjuncts)


def told_apart(head: Token) -> bool:
    """The goods are a consignment of their own: counted ("500 radios", "two batches of") or named by a proper
    noun before the head ("60 Vanta radios")."""
    return any(c.dep_ == "nummod" or c.like_num or c.pos_ == "PROPN" and c.dep_ in MODIFIER_DEPS
               for c in head.lefts)


def support_goods(r: Row) -> bool:
    """Whether the row is non-lethal support goods of one state's aid to another's forces (see the module)."""
    if r.designation or r.item.designation or r.frame.stage not in AID_STAGES or not state_aid(r) \
            or told_apart(r.item.head):
        return False
    words = civil.item_words(r).lower().split()
    head = r.item.head
    return bool(words) and (support_words(words, head.lower_) or support_vehicle(head, words))


__all__ = ["support_goods", "support_words", "told_apart"]
