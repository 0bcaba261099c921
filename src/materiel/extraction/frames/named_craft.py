"""Ships and aircraft handed over under their own name or hull number: "transferred CSB 8021,
formerly the John Midgett, to Vietnam", "handed over P-3107 to the navy". The gazetteer knows classes,
not individual hulls; when a transfer verb already has its recipient in a "to" phrase, a proper name
with a number in its direct object slot is the item, of the kind the text names beside it elsewhere
("the coast guard cutter CSB 8021"). A name with no number is a craft when a vessel noun types it ("gifted
the patrol boat RVS Kestra to X", "the former TCG Orlu, a 36 m patrol boat"): words.toml [named_craft]. A taker
that receives or buys a typed name takes it as the item, with no "to" phrase ("Y received the frigate X from Z",
"Y bought the former Ruritanian corvette X")."""
from __future__ import annotations

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder

# Entity types of a name that is never a craft (people, places, dates, sums).
NOT_CRAFT = {"PERSON", "GPE", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "NORP"}
VESSELS = lexicon.word_set("resolve", "vessel_nouns") | lexicon.word_set("named_craft", "craft_nouns")
NOT_TYPED = lexicon.word_set("named_craft", "not_typed")
PREFIXES = lexicon.word_set("resolve", "vessel_prefixes")
DEPLOY_VERBS = lexicon.word_set("named_craft", "deploy_verbs")
TAKING_VERBS = lexicon.word_set("named_craft", "taking_verbs")


def handed_craft(verb: Token, tok: Token, actor_tokens: set[int]) -> Span | None:
    """The named craft the verb hands over; a navy's own named warship it sends ("sent the destroyer HMS X to
    Y") is deployed, not handed over."""
    span = craft_name(tok, actor_tokens)
    if span is None or verb.lemma_.lower() in DEPLOY_VERBS and not any(ch.isdigit() for ch in span.text):
        return None
    return span


def taken_craft(verb: Token, tok: Token) -> bool:
    """A taker's direct object that a vessel noun or hull prefix types ("received the frigate X")."""
    return verb.lemma_.lower() in TAKING_VERBS and tok.dep_ in ("dobj", "obj") and typed(tok)


def craft_name(tok: Token, actor_tokens: set[int]) -> Span | None:
    """The named craft that `tok` heads: a proper name holding a number, not a gazetteer actor."""
    if tok.pos_ != "PROPN" or tok.i in actor_tokens or tok.ent_type_.lower() in NOT_TYPED:
        return None
    is_typed = typed(tok)
    if tok.ent_type_ in NOT_CRAFT and not is_typed:
        return None
    toks = sorted([t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "nummod", "nmod", "punct")
                   and t.i >= tok.left_edge.i] + [tok], key=lambda t: t.i)
    toks += [t for t in tok.rights if t.dep_ == "nummod" and t.like_num]
    toks = sorted(set(toks), key=lambda t: t.i)
    start, end = toks[0].i, toks[-1].i + 1
    span = tok.doc[start:end]
    if any(t.i in actor_tokens for t in span):
        return None
    if is_typed or any(t.like_num or any(ch.isdigit() for ch in t.text) for t in span):
        return span
    return None


def typed(tok: Token) -> bool:
    """A vessel noun types the name: before it in its phrase ("the patrol boat X") or in apposition ("X, a 36 m
    patrol boat"); so does a hull prefix in capitals before it ("HMS X", words.toml [resolve] vessel_prefixes)."""
    before = [t for t in tok.subtree if t.i < tok.i and t.dep_ in ("compound", "nmod", "amod")]
    appos = [t for c in tok.children if c.dep_ == "appos" for t in (c, *c.children) if t.dep_ in ("appos", "compound")]
    prefixed = any(t.dep_ == "compound" and t.text.isupper() and t.lower_ in PREFIXES for t in before)  # "HMS X"
    return prefixed or any(t.lemma_.lower() in VESSELS or t.lower_ in VESSELS for t in before + appos)


def craft_item(items: ItemFinder, name: Span) -> ItemMention:
    """The item of a named craft; its category from a materiel noun right before the same name."""
    category = "ship" if typed(name.root) else "equipment"
    doc = name.doc
    for i in range(len(doc) - len(name)):
        if doc[i: i + len(name)].text == name.text and i > 0 and (i - 1) in items.span_at:
            category = items.span_at[i - 1].label_
            break
    one = 1 if category == "ship" and _single(name.root) else None  # "the patrol boat X": one hull
    return ItemMention(name.root, name, None, category, one, name.text if one else None, False)


def _single(tok: Token) -> bool:
    """One named hull: no other name joined to it, and the vessel noun typing it is singular."""
    nouns = [t for t in tok.subtree if t.lemma_.lower() in VESSELS or t.lower_ in VESSELS]
    return not any(c.dep_ == "conj" for c in tok.children) and all(t.tag_ != "NNS" for t in nouns)
