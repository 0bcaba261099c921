"""Counts that stand for items named elsewhere: a bare number ("Paraguay ordered six"), part of a
batch ("the first four have been delivered", "the last of them", "three of them"), and sums of money,
which are never counts of items."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.quantities import parse_quantity

BATCH_ORDINALS = lexicon.word_set("items", "batch_ordinals")
BATCH_PRONOUNS = lexicon.word_set("items", "batch_pronouns")
PART_ORDINALS = lexicon.word_set("items", "part_ordinals")
BARE_BATCH_NOUNS = lexicon.word_set("items", "bare_batch_nouns")
WHOLE_COUNT_DETS = lexicon.word_set("items", "whole_count_dets")
PLURAL_AUX = lexicon.word_set("items", "plural_aux")
CURRENCY_NOUNS = lexicon.word_set("item_words", "currency_nouns")
CLASS_NOUNS = lexicon.word_set("items", "class_nouns")
MEASURE_HEADS = lexicon.word_set("items", "measure_heads")
MORE_WORDS = lexicon.word_set("item_words", "more_words")
FOLLOW_ON_WORDS = lexicon.word_set("item_words", "follow_on_words")  # "a further 20", "an additional 12"
VAGUE_PART_COUNTS = lexicon.word_set("items", "vague_part_counts")
COUNTED_BATCH_NOUNS = lexicon.word_set("items", "counted_batch_nouns")
SIZED_WHOLE_NOUNS = lexicon.word_set("items", "sized_whole_nouns")
NEXT_ORDINALS = PART_ORDINALS - BATCH_ORDINALS  # "a second", "a third": ordinals past the first
NEXT_ARTICLES = lexicon.word_set("next_ordinals", "articles")


def bare_count(t: Token) -> bool:
    """A number standing alone as an object ("ordered three", "signed for two") or as the subject
    of a passive ("the first four have been delivered"), not a year, a sum or the count of a noun
    that follows; "three of them" counts the items named before."""
    if vague_part(t):
        return True  # "hundreds of them": a part of no told size
    if t.pos_ != "NUM" or not t.like_num or t.dep_ not in ("dobj", "obj", "pobj", "nsubjpass", "nsubj") \
            or is_money(t):
        return False
    if (t.text.isdigit() and len(t.text) == 4) or t.lower_ == "one":
        return False  # a year: "in 2024"; "buying one" is a pronoun more often than a count
    follow_on = any(c.lower_ in FOLLOW_ON_WORDS for c in t.children if c.dep_ in ("amod", "advmod"))
    return all(c.lower_ in MORE_WORDS or _batch_word(c) or _of_pronoun(c) or _dated(c) or
               (follow_on and (c.lower_ in FOLLOW_ON_WORDS or c.lower_ in ("a", "an"))) for c in t.children
               if c.dep_ in ("prep", "compound", "amod", "det", "poss"))  # "four more": the system named before


def _dated(c: Token) -> bool:
    """"ordered 20 more in 2014": a time phrase the parser hangs on the count."""
    return c.dep_ == "prep" and any(p.dep_ == "pobj" and (p.ent_type_ == "DATE" or (p.text.isdigit() and len(p.text) == 4))
                                    for p in c.children)


def next_one(t: Token) -> bool:
    """"X has asked for a second", "Y ordered a third": an indefinite ordinal standing alone, one more of the
    system named before (words.toml [next_ordinals])."""
    return t.lower_ in NEXT_ORDINALS and t.pos_ in ("ADJ", "NOUN", "NUM") and \
        t.dep_ in ("dobj", "obj", "pobj", "nsubjpass", "nsubj") and \
        any(c.dep_ == "det" and c.lower_ in NEXT_ARTICLES for c in t.children) and \
        all(c.dep_ in ("det", "punct") for c in t.children)


def batch_part(t: Token) -> bool:
    """"the first was handed over", "the last of them arrived": one of a batch named before; "a second" too
    (`next_one`)."""
    if next_one(t):
        return True
    return t.lower_ in BATCH_ORDINALS and t.dep_ in ("nsubjpass", "nsubj", "dobj", "obj") and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) and \
        all(c.dep_ in ("det", "punct") or _of_pronoun(c) or _named_one(c) for c in t.children)


def _named_one(c: Token) -> bool:
    """"the first, the former HMS Cornwall, was handed over": the part's own name in apposition."""
    return c.dep_ == "appos" and c.pos_ == "PROPN"


def part_of_whole(t: Token) -> bool:
    """"the second of six patrol vessels": an ordinal that picks one item of a counted whole (the count
    is the whole's, the part is one)."""
    return t.lower_ in PART_ORDINALS and t.pos_ in ("ADJ", "NOUN") and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)


def counted_more(t: Token) -> bool:
    """"two more of the jets", "three further of them": a follow-on word counted by its own number."""
    return t.lower_ in FOLLOW_ON_WORDS and any(c.dep_ == "nummod" and c.like_num for c in t.children)


def counted_part(t: Token) -> bool:
    """"the second of six vessels" (one of six), or "the first 2,000 of 6,000 rifles", "the last 12 of 36 jets": a
    counted batch of a whole, whose count is the whole's (`wholes.py` decides whether it tells an order)."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    return part_of_whole(t) or (t.tag_ == "CD" and the and
                                any(c.dep_ == "amod" and c.lower_ in BATCH_ORDINALS | PART_ORDINALS for c in t.children))


def one_of(t: Token) -> int | None:
    """"the second of six vessels was launched": one; "the first of the jeeps are due in June", with a plural verb,
    is a first batch of no told size (None)."""
    if t.dep_ in ("nsubj", "nsubjpass"):
        v = t.head
        if v.tag_ == "VBP" or any(a.dep_ in ("aux", "auxpass") and a.lower_ in PLURAL_AUX for a in v.children):
            return None
    return 1


def bare_batch(t: Token) -> bool:
    """"match a batch that X delivered to Y", "the consignment was shipped": a batch noun with no "of"
    phrase (or one of a bare number, "a first batch of nine went to the navy"), whose items are the system
    named before."""
    ofs = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
    sized = t.lemma_.lower() in SIZED_WHOLE_NOUNS and len(ofs) == 1  # "a fleet of 24 that Y ordered": counted only
    return t.pos_ == "NOUN" and (t.lemma_.lower() in BARE_BATCH_NOUNS or sized) and \
        t.dep_ in ("dobj", "obj", "nsubjpass", "nsubj", "pobj") and all(_batch_size(c) is not None for c in ofs)


def _batch_size(of: Token) -> Token | None:
    """The bare number of a batch's "of" phrase ("a batch of six"), or None."""
    nums = [p for p in of.children if p.dep_ == "pobj" and p.pos_ == "NUM" and p.like_num and not is_money(p)
            and not any(c.dep_ in ("prep", "compound", "amod") for c in p.children)]
    return nums[0] if len(nums) == 1 and len(list(of.children)) == 1 else None


def batch_count(t: Token) -> tuple[int | float | None, str | None]:
    """The count of a bare batch: its "of" number ("a batch of six": 6), else none told."""
    sizes = [n for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for n in [_batch_size(c)] if n is not None]
    return (parse_quantity(sizes[0].text), sizes[0].text) if sizes else (None, None)


def _batch_word(c: Token) -> bool:
    return (c.dep_ == "det" and c.lower_ in WHOLE_COUNT_DETS | {"the"}) or (c.dep_ == "amod" and c.lower_ in BATCH_ORDINALS)


def _of_pronoun(c: Token) -> bool:
    """"of them", "of these": a partitive on a pronoun, which names no item of its own."""
    return c.dep_ == "prep" and c.lower_ == "of" and \
        any(p.dep_ == "pobj" and p.lower_ in BATCH_PRONOUNS for p in c.children)


def is_money(t: Token) -> bool:
    """"$9 million", "3 billion euros": an amount of money, never a count of items."""
    return t.ent_type_ == "MONEY" or any(c.tag_ == "$" or c.lower_ in CURRENCY_NOUNS
                                         for c in t.subtree if c.i <= t.i)


def counts_back(t: Token) -> bool:
    """The head of an item that is only a count or a part of a batch ("six", "the first"): its
    antecedent is in its own paragraph, unlike a definite noun ("the system") that may point further."""
    return t.pos_ == "NUM" or t.lower_ in BATCH_ORDINALS or vague_part(t) or next_one(t)


def partitive_whole(t: Token) -> Token:
    """"the first of ten ordered from X": what a participle on a part says is said of the whole
    ("ten"); any other head is itself."""
    if not (t.like_num or t.pos_ == "NUM" or t.lower_ in BATCH_ORDINALS):
        return t
    of = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return of[0] if of else t


def partitive_count(head: Token, nums: list[Token]) -> tuple[int | float | None, str, int | float | None] | None:
    """The part and the whole of a partitive count before the item's head, as (quantity, text, whole): "six of
    24 jets" (six of 24), "the fourth of six vessels" parsed with the ordinal inside the count (one of six)."""
    doc = head.doc
    if len(nums) >= 2 and doc[nums[0].i + 1].lower_ == "of":
        return parse_quantity(nums[0].text), nums[0].text, parse_quantity(nums[1].text)
    if len(nums) == 1 and nums[0].i >= 2 and doc[nums[0].i - 1].lower_ == "of" and \
            doc[nums[0].i - 2].lower_ in PART_ORDINALS and doc[nums[0].i - 2].head.i in (nums[0].i, head.i):
        return 1, doc[nums[0].i - 2].text, parse_quantity(nums[0].text)
    return None


def part_heads(item: Token) -> list[Token]:
    """"the second of six vessels from X", "a batch of X from Y": the part ("second", "two", "batch") whose
    "of" phrase holds the item, on which the parser may hang the item's own phrases; none when the item is
    not the whole of a part."""
    of = item.head
    if item.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return []
    part = of.head
    return [part] if part.lower_ in PART_ORDINALS or part.lower_ in BATCH_ORDINALS or part.pos_ == "NUM" or \
        part.lemma_.lower() in BARE_BATCH_NOUNS else []  # "a batch of X from Y": the batch's "from" phrase


def class_heads(item: Token) -> list[Token]:
    """"three boats of the Hamina class from the Finnish Navy": the class noun of the item's "of" phrase, on which the
    parser may hang the item's own phrases (`items.class_nouns` in words.toml); so the contents of a measure
    ("2 million rounds of ammunition to X": `items.measure_heads`)."""
    measure = item.lower_ in MEASURE_HEADS
    return [p for c in item.children if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children if p.dep_ == "pobj" and (p.lemma_.lower() in CLASS_NOUNS or measure and _routed(p))]


def _routed(contents: Token) -> bool:
    """The contents carry a route ("to X", "from Y") and no beneficiary ("for the army", read by the verb's own rule)."""
    preps = {c.lower_ for c in contents.children if c.dep_ == "prep"}
    return bool(preps & {"to", "from"}) and "for" not in preps


def out_of_whole(v: Token) -> int | float | None:
    """"delivered two jets out of six ordered": the count of the whole batch a delivery is part of."""
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == "out":
            for of in (o for o in c.children if o.dep_ == "prep" and o.lower_ == "of"):
                for n in (p for p in of.children if p.dep_ == "pobj" and p.pos_ == "NUM" and not is_money(p)):
                    return parse_quantity(n.text)
    return None


def vague_part(t: Token) -> bool:
    """"sold Y hundreds of them", "several dozen of these were delivered", "a few of them": a part of no told size
    of the items named before, as an object or a subject (not "to scores of them", a party; not "none of them")."""
    if t.lower_ not in VAGUE_PART_COUNTS or t.lower_ in ("a", "an") or \
            t.dep_ not in ("dobj", "obj", "nsubjpass", "nsubj", "dative"):
        return False
    mods = [c for c in t.children if c.dep_ in ("amod", "det", "advmod", "quantmod", "nummod", "compound")]
    return any(_of_pronoun(c) and not any(p.tag_ == "WDT" for p in c.children) for c in t.children) and \
        all(c.lower_ in VAGUE_PART_COUNTS for c in mods)  # not "many of which": a relative on the items


def batched(t: Token, found: list[Any]) -> list[Any]:
    """"delivered two batches of six A", "three lots of 20 B each": each item's count times the batches' own count
    (a single batch, an uncounted one or a count the items lack: unchanged)."""
    if t.lower_ in MORE_WORDS:
        return more_counts(t, found)
    if t.lemma_.lower() not in COUNTED_BATCH_NOUNS or t.tag_ != "NNS":
        return found
    nums = [c for c in t.children if c.dep_ == "nummod" and c.like_num and not is_money(c)]
    n = parse_quantity(nums[0].text) if len(nums) == 1 else None
    if not n or n <= 1 or any(c.dep_ in ("amod", "det") and c.lower_ in BATCH_ORDINALS | {"the"} for c in t.children):
        return found
    for m in found:
        if m.quantity:
            m.quantity = m.quantity * n
    return found


def more_counts(t: Token, found: list[Any]) -> list[Any]:
    """"pledged two more of the fighters", "offered a further six of them": the count on the word of more is the count
    of the items of its "of" phrase (a vague or missing count leaves them as they are)."""
    nums = [c for c in t.children if c.dep_ == "nummod" and c.like_num and not is_money(c)]
    n = parse_quantity(nums[0].text) if len(nums) == 1 else None
    if n is None:
        return found
    for m in found:
        m.quantity, m.quantity_text = n, nums[0].text
    return found
