"""A choice followed by a contract: "X selected the K9 in 2021 and signed a contract for 24 guns", "chose the
Gripen and placed an order for ten jets": the system chosen was ordered, not only weighed. The selecting verb's frame takes the
order's stage; the contract's own frame, when it names only a generic item ("24 guns", "fire units"), is the same
order told again and keeps no item of its own. The words are words.toml `frame_words.choice_*`."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import FUTURE_AUX, NEG_MODALS, Frame
from materiel.extraction.mentions.items import ItemFinder

SIGNING_VERBS = lexicon.word_set("frame_words", "choice_signing_verbs")
CONTRACT_NOUNS = lexicon.word_set("frame_words", "choice_contract_nouns")


def _settled(v: Token, items: ItemFinder) -> bool:
    """v signs a contract on the chooser's behalf: a verb of signing over a contract noun, sharing the subject
    ("and signed a contract"), told as done (not "will sign", "did not sign"), whose contract names no system of
    its own ("a contract for 24 guns", not "a contract for 24 K9s": that contract is a row of its own)."""
    if v.lemma_.lower() not in SIGNING_VERBS or any(
            c.dep_ in ("nsubj", "nsubjpass", "neg") or c.dep_ == "aux" and c.lower_ in FUTURE_AUX | NEG_MODALS
            for c in v.children):
        return False
    contracts = [c for c in v.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CONTRACT_NOUNS]
    return bool(contracts) and not any(m.designation for t in _phrases(v) for m in items.items(t))


def _phrases(signer: Token) -> list[Token]:
    """The nouns of the phrases after the verb of signing ("a contract [for 24 guns]", wherever the parse hangs them)."""
    return [t for t in signer.subtree if t.i > signer.i and t.dep_ == "pobj"]


def _ordering_conjunct(v: Token, items: ItemFinder) -> Token | None:
    """The verb after v, coordinated with it, that orders what v chose, or None."""
    return next((c for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i > v.i and
                 _settled(c, items)), None)


def contracted_choice(f: Frame, select_classes: set[str], items: ItemFinder) -> None:
    """Lift a choice followed by a contract to an order; empty the generic items of that contract."""
    t = f.trigger
    if f.cls in select_classes and t.pos_ in ("VERB", "AUX") and f.stage == "considered" and not f.negated:
        signer = _ordering_conjunct(t, items)
        if signer is not None:
            f.stage = "ordered"
            f.rule += ":contracted"
            _count_from(signer, f, items)
        return
    if t.lemma_.lower() not in CONTRACT_NOUNS or t.dep_ not in ("dobj", "obj") or not f.items:
        return
    signer = t.head
    chooser = signer.head
    if signer.dep_ != "conj" or chooser.lemma_.lower() not in _choice_verbs(select_classes) or not _settled(signer, items):
        return
    chosen = [m for o in chooser.children if o.dep_ in ("dobj", "obj") for m in items.items(o) if m.designation]
    if chosen and all(m.designation is None for m in f.items):
        f.items = []  # "selected the K9 ... and signed a contract for 24 guns": the K9 is what was ordered


def _count_from(signer: Token, f: Frame, items: ItemFinder) -> None:
    """"chose the Gripen and placed an order for ten jets": the one system chosen takes the contract's count."""
    counted = [m for t in _phrases(signer) for m in items.items(t) if m.quantity is not None]
    if len(counted) == 1 and len(f.items) == 1 and f.items[0].quantity is None:
        f.items[0].quantity, f.items[0].quantity_text = counted[0].quantity, counted[0].quantity_text


def _choice_verbs(select_classes: set[str]) -> frozenset[str]:
    classes = lexicon.toml("predicates.toml")["classes"]
    return frozenset(v for c in select_classes for v in classes[c].get("verbs", []))
