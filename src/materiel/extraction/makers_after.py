"""A receipt or order that names no supplier, its item told again in the sentences after it as made by someone:
"The navy took delivery of its second frigate on Tuesday. The ship, built by X, sailed ..." or "It was built in
Y": the maker supplies it. The later mention must be a pronoun or a definite noun of the item's family ("the ship",
"the boat", "the aircraft"), the making a passive or participle of a verb of making with an agent ("by X") or a
place ("in Y"); a maker of the recipient's own state (a local build) supplies nothing."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.discourse import FAMILIES, Row
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.resolve import ActorResolver
from materiel.extraction.mentions.resolved import Resolved

MAKER_VERBS = lexicon.word_set("arguments", "maker_verbs")
GENERIC_NOUNS: dict[str, str] = lexicon.word_table("makers_after", "generic_nouns")
SUPPLY_VERBS = lexicon.word_set("makers_after", "supply_verbs")
LOOKAHEAD = 2  # sentences after the row's own
STAGES = ("delivered", "ordered")
PRONOUNS = ("it", "they")
DEFINITE = ("the", "this", "these", "its")


def fill(rows: list[Row], by_sentence: list[tuple[Span, list[Any]]], res: ActorResolver, items: ItemFinder) -> None:
    """Give each such row the maker the next sentences name for its item."""
    sents = [s for s, _ in by_sentence]
    index = {s.start: i for i, s in enumerate(sents)}
    for r in rows:
        if r.supplier is not None or r.recipient is None or r.frame.stage not in STAGES or r.sent.start not in index:
            continue
        i = index[r.sent.start]
        for sent in sents[i + 1: i + 1 + LOOKAHEAD]:
            maker = _maker(sent, r, res, items)
            if maker is not None:
                r.supplier, r.inherited = maker, True
                r.frame.rule += ":maker_after"
                break


def _maker(sent: Span, r: Row, res: ActorResolver, items: ItemFinder) -> Resolved | None:
    for tok in sent:
        supplying = tok.lemma_.lower() in SUPPLY_VERBS
        if tok.lemma_.lower() not in MAKER_VERBS and not supplying or tok.tag_ != "VBN":
            continue
        made = tok.head if tok.dep_ == "acl" else next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if made is None or not _same_item(made, r, items):
            continue
        for who in _agents(tok, supplying):
            found = res.resolve(who)
            if found is not None and found.actor.kind in ("state", "company") and \
                    found.actor.country != (r.recipient.actor.country if r.recipient else None):
                return Resolved(found.actor, found.confidence * 0.8, found.token)
    return None


def _same_item(made: Token, r: Row, items: ItemFinder) -> bool:
    """A pronoun, or a definite noun of the row's item's family, that names no other system."""
    if made.lower_ in PRONOUNS:
        return True
    if not any(c.dep_ in ("det", "poss") and c.lower_ in DEFINITE for c in made.children):
        return False
    mentions = items.items(made) if items.is_materiel(made) else []
    if mentions and mentions[0].designation and r.designation and mentions[0].designation != r.designation:
        return False
    cat = mentions[0].category if mentions else GENERIC_NOUNS.get(made.lower_)
    mine = r.item.category
    return cat is not None and (cat == mine or mine in FAMILIES.get(cat, frozenset()) or
                                cat in FAMILIES.get(mine, frozenset()) or made.lemma_ == r.item.head.lemma_)


def _agents(tok: Token, supplying: bool = False) -> list[Token]:
    """"built by X" (the agent), else "built in Y" (the place); "delivered by X": the agent only."""
    by = [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    place = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
    return by if supplying else by or place
