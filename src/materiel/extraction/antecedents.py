"""The designated system an elliptical or generic item stands for, from the item mentions before it.

Reports name a system once and then count it: "Embraer's A-29 Super Tucano remains its best-seller.
Paraguay ordered six in 2024" (six A-29s), "the Netherlands and Austria jointly ordered nine aircraft"
after a paragraph on the C-390. The antecedent is the nearest designated materiel mention before the
item, in the same paragraph and at most WINDOW sentences back, of a compatible category. Rows that
already have a designation or a supplier are left alone: this only completes rows that would
otherwise have no item (an anaphor) or no supplier (a generic noun with no designation)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.last_parts import complete_last_parts
from materiel.extraction.mentions.counts import (
    BARE_BATCH_NOUNS,
    BATCH_ORDINALS,
    BATCH_PRONOUNS,
    FOLLOW_ON_WORDS,
    MORE_WORDS,
    SIZED_WHOLE_NOUNS,
    VAGUE_PART_COUNTS,
    counts_back,
    next_one,
)
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.paragraphs import paragraph_start
from materiel.extraction.partitive_wholes import counted_whole

MODIFIER_DEPS = ("compound", "amod", "nmod", "punct", "npadvmod")
SERIES_ORDINALS = lexicon.word_set("items", "ordinals")  # "a second tranche": a further batch of the same items

WINDOW = 3


def designated_before(doc: Doc, token_i: int, accept: Callable[[Span], bool], same_sentence: bool = True,
                      designated: bool = True) -> Span | None:
    """The nearest designated materiel span (any materiel span unless designated) ending before
    token_i, within WINDOW sentences and without crossing a paragraph break (and before token_i's
    sentence unless same_sentence); None when there is none."""
    sent = doc[token_i].sent
    token_i = token_i if same_sentence else sent.start
    sents = list(doc.sents)
    here = next((n for n, s in enumerate(sents) if s.start == sent.start), 0)
    window = sents[max(0, here - WINDOW)].start
    first = paragraph_start(doc, sent.start, window)  # no paragraph break between, scanned back to the window only
    named = [s for s in doc.spans.get("materiel", []) if (s.kb_id_ or not designated) and first <= s.start
             and s.end <= token_i]
    named = [s for s in named if accept(s) and not firm_word(s)]
    return max(named, key=lambda s: s.start) if named else None


def firm_word(span: Span) -> bool:
    """A materiel word inside a firm's name ("Hartwell Aircraft", "Acme Weapon Industries"): no item an anaphor can
    stand for."""
    if span.kb_id_:
        return False
    if all(t.ent_type_ == "ORG" and t.is_title for t in span):
        return True
    t = span[0]  # "from Hartwell Aircraft of ...": a proper name's word before the capitalised noun, no tag
    before = span.doc[t.i - 1] if t.i > t.sent.start else None
    return len(span) == 1 and t.pos_ == "PROPN" and t.is_title and before is not None and before.pos_ == "PROPN" \
        and before.is_title and before.dep_ == "compound" and before.head == t


def _in(kin: frozenset[str]) -> Callable[[Span], bool]:
    def accept(s: Span) -> bool:
        return s.label_ in kin
    return accept


def resolve_items(rows: list[Row], families: Callable[[str], frozenset[str]]) -> None:
    """Give anaphoric and generic items the designation of their antecedent (see the module's text)."""
    for r in rows:
        it = r.item
        if r.designation or it.designation:
            continue
        if it.antecedent is None and (whole := counted_whole(it)) is not None:
            it.antecedent = whole  # "two more of the boats": the patrol boats told before
            continue
        head = it.head
        if it.anaphoric:  # "ordered six", "several more": any designated system before it
            found = designated_before(head.doc, it.span.start, lambda s: True)
            if found is None and counts_back(head):  # "two patrol vessels ... the first was handed over": a kind
                kind = designated_before(head.doc, it.span.start, lambda s: True, designated=False)
                if kind is not None:
                    r.category, it.anaphoric, it.antecedent = kind.label_, False, kind
                    r.frame.rule += ":antecedent" if not r.frame.rule.endswith(":antecedent") else ""
            if found is None:
                continue
        elif r.supplier is None and r.recipient is not None and not r.frame.places and not it.definite:
            # ("the missiles" refers back to a row: discourse.fill_from_context)
            kin = {r.category or it.category, *families(r.category or it.category)}  # "nine aircraft"
            found = designated_before(head.doc, it.span.start, _in(frozenset(kin)),
                                      same_sentence=False)  # a system of its own sentence has its own row
        else:
            continue
        if found is not None:
            r.designation, r.category, it.antecedent = found.kb_id_, found.label_, found
            r.frame.rule += ":antecedent" if not r.frame.rule.endswith(":antecedent") else ""
    complete_last_parts(rows)  # "ordered 88 A. The last of them arrived": all 88


def shown_text(it: ItemMention) -> str:
    """The item's text as the register shows it: a bare count resolved to an item of an earlier sentence
    ("... Chile ordered 20 more") shows that item's words ("tanks"), not the count. In the sentence of its
    antecedent the count keeps its own words, so the two rows stay apart ("ordered 24 A and added 12 more"),
    unless it is a batch of them ("ordered four A, and the first arrived", "...; the first two arrived"), or a
    count of them ("built four A; two of them were sold"). A batch noun ("the first batch", "a second
    tranche", "a handful") is no item of its own: it shows the items it counts."""
    if _whole_told(it):  # "two more of the boats": the boats told before
        shown = _with_modifiers(it.antecedent) if it.antecedent is not None else it.span.text
        return shown if shown[:1].isalnum() or it.antecedent is None else it.antecedent.text  # not "-hand X"
    words = MORE_WORDS | FOLLOW_ON_WORDS | BATCH_ORDINALS | VAGUE_PART_COUNTS | BARE_BATCH_NOUNS | SERIES_ORDINALS | \
        SIZED_WHOLE_NOUNS
    bare = all(t.like_num or t.lower_ in words or t.pos_ == "DET" for t in it.span) or \
        next_one(it.head) and len(it.span) <= 2
    if bare and it.antecedent is not None and _of_them(it.head):  # "A were among the B built; two of them": B
        near = designated_before(it.span.doc, it.span.start, lambda s: s.start >= it.span.sent.start, designated=False)
        return _with_modifiers(near) if near is not None else it.antecedent.text
    if bare and it.antecedent is not None and it.head.lower_ in BARE_BATCH_NOUNS | SIZED_WHOLE_NOUNS:
        return it.antecedent.text
    earlier = it.antecedent is not None and it.antecedent.sent.start != it.span.sent.start
    part = any(t.lower_ in BATCH_ORDINALS for t in (*it.span, *it.head.children)) or any(  # "and the first (two)
        c.dep_ == "prep" and c.lower_ == "of" and any(p.tag_ == "WDT" for p in c.children)  # arrived": a batch;
        for c in it.head.head.children)  # "tanks, of which X bought 200": a part of them
    part = part or next_one(it.head)  # "delivered one A and has asked for a second": the second A
    return it.antecedent.text if bare and (earlier or part or _fronted_whole(it)) and it.antecedent is not None \
        else it.span.text


def _whole_told(it: ItemMention) -> bool:
    """The item is a bare definite whole counted from ("two more of the boats") whose antecedent, of an earlier
    sentence, has its head noun ("river patrol boats")."""
    a = it.antecedent
    return a is not None and a.sent.start < it.span.sent.start and it.definite and \
        a.root.lemma_.lower() == it.head.lemma_.lower() and all(t.i == it.head.i or t.pos_ == "DET" for t in it.span)


def _with_modifiers(span: Span) -> str:
    """The span's words with the modifiers before it that name its kind ("K-9 type frigates"), not its count."""
    start, root = span.start, span.root
    while start > span.sent.start and span.doc[start - 1].dep_ in MODIFIER_DEPS and \
            root in span.doc[start - 1].ancestors and not span.doc[start - 1].like_num:
        start -= 1
    return span.doc[start: span.end].text


def _of_them(head: Token) -> bool:
    """"two of them", "eight of those": a count of the items a pronoun stands for."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in BATCH_PRONOUNS for p in c.children)
               for c in head.children)


def _fronted_whole(it: ItemMention) -> bool:
    """"Of the 40 A ordered, X has received 25", "ordered 40 A, of which 25 have arrived": the count's antecedent
    is the whole a fronted "of" opens, or the whole a relative "of which" counts from."""
    a, sent, doc = it.antecedent, it.span.sent, it.span.doc
    if a is None or a.start >= it.span.start:
        return False
    relative = it.span.start >= 2 and doc[it.span.start - 2].lower_ == "of" and doc[it.span.start - 1].lower_ == "which"
    return relative or sent[0].lower_ == "of" and not any(t.text in ",;" for t in doc[sent.start: a.start])
