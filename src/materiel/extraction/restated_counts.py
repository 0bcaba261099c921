"""A count told again in words of its own, after an item told with none:

- the next sentence of the paragraph, telling no row of its own, counts the item's head noun as what a load holds
  ("X sold A radars to Y. The licence covers six radars", "... There were six radars in all"), or as what was
  moved, with no party of its own ("X ships A trucks to Y. Some 130 trucks were exported last year alone"), the
  verb of a move of the row's own stage (words.toml [restated_counts]);
- the row's own sentence gives its count in a noun of units apposed to the item or to a total
  ("Y received A radars from X, a total of 14 units", "X will supply Y with A radars (eight units)").

The one uncounted item of its sentence takes the count; a part ("the first six trucks", "another 20 trucks"), a
broad noun, a negated verb, two counts of the noun, or a name of a party the row does not have takes none. Only rows
the register keeps (both parties, a source) stand between: a row with no party of its own is no telling."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.completeness import complete
from materiel.extraction.counts_after import BATCH_PARTS, plain_uncounted
from materiel.extraction.definite_counts import BROAD, BROAD_HEADS, parties_agree
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.quantities import parse_quantity
from materiel.lexicon import names

CONTENT_VERBS = lexicon.word_set("restated_counts", "content_verbs")
MOVED_STAGES: dict[str, str] = lexicon.word_table("restated_counts", "moved_stages")
UNIT_NOUNS = lexicon.word_set("restated_counts", "unit_nouns")
TOTAL_NOUNS = lexicon.word_set("restated_counts", "total_nouns")
FORWARD = 2  # sentences after the row searched, none between them telling a row or the noun
PARTY_LABELS = ("GPE", "NORP", "ORG")
TOTAL_PHRASES = frozenset(lexicon.word_list("count_words", "total_phrases"))
NO_WORDS = frozenset({"no", "none", "other", "of"})


def _count(h: Token) -> Token | None:
    """The one bare count of a plural noun ("six radars", "some 130 trucks"), not a year, not a part."""
    nums = [c for c in h.children if c.dep_ == "nummod" and c.like_num]
    if len(nums) != 1 or (nums[0].text.isdigit() and len(nums[0].text) == 4):
        return None
    near = [c for c in (*h.children, *nums[0].subtree) if c.i != nums[0].i]
    if any(c.lower_ in BATCH_PARTS or c.lower_ in NO_WORDS or c.dep_ == "poss" for c in near):
        return None
    return nums[0]


def _role_ok(h: Token, stage: str) -> bool:
    """The counted noun is what a load holds, what there was, or what was moved at the row's stage."""
    v = h.head
    if h.dep_ == "pobj" and v.lower_ == "of":  # "consisted of 40 trucks"
        h, v = v, v.head
    if any(c.dep_ == "neg" for c in v.children):
        return False
    lemma = v.lemma_.lower()
    if h.dep_ == "attr" and lemma == "be":  # "there were six radars (in all)", not "... at the parade"
        return any(c.dep_ == "expl" for c in v.children) and not any(c.dep_ == "prep" for c in h.children) and \
            all(c.dep_ in ("expl", "attr", "punct") or _total_words(c) for c in v.children)
    if h.dep_ in ("dobj", "prep") and lemma in CONTENT_VERBS:
        return True
    return h.dep_ == "nsubjpass" and MOVED_STAGES.get(lemma) == stage and \
        not any(c.dep_ == "agent" for c in v.children)


def _total_words(c: Token) -> bool:
    """"in all", "in total", "altogether": words that only say the count is the whole."""
    return " ".join(t.lower_ for t in c.subtree) in TOTAL_PHRASES


def _parties_ok(sent: Span, r: Any) -> bool:
    """Every state, people or body the sentence names is one of the row's own parties."""
    own: set[str] = set()
    for p in (r.supplier, r.recipient):
        if p is not None:
            own |= {p.actor.id, *([p.actor.country] if p.actor.country else [])}
    return all(names.known_as(e.text) & own for e in sent.ents if e.label_ in PARTY_LABELS)


def _next_counts(r: Any, sents: list[Span], rows: list[Any]) -> tuple[list[Token], list[Any]]:
    """The count of r's head noun one of the next sentences of its paragraph tells (see the module), with no row
    between, and the rows of that sentence that only tell the counted noun again (of r's stage, with no party in
    conflict): folded into r."""
    k = next((k for k, s in enumerate(sents) if s.start == r.sent.start), -1)
    for nxt in sents[k + 1:k + 1 + FORWARD] if k >= 0 else []:
        if not same_paragraph(nxt.doc, r.sent.start, nxt[-1].i):
            break
        heads = [h for h in nxt if h.tag_ == "NNS" and h.lemma_.lower() == r.item.head.lemma_.lower()]
        there = [x for x in rows if x.sent.start == nxt.start]
        if len(heads) == 1 and _parties_ok(nxt, r) and (n := _count(heads[0])) is not None and \
                _role_ok(heads[0], r.frame.stage) and \
                all(x.item.head.i == heads[0].i and x.frame.stage == r.frame.stage and parties_agree(x, r)
                    for x in there):
            return [n], there
        if heads or there:
            break
    return [], []


def _unit_counts(r: Any) -> list[Token]:
    """"A radars, a total of 14 units", "A radars (eight units)": a count of units apposed to the item or a total."""
    out = []
    for u in r.sent:
        if u.i < r.item.span.end or u.lemma_.lower() not in UNIT_NOUNS or (n := _count(u)) is None:
            continue
        up = u.head
        if u.dep_ == "pobj" and up.lower_ == "of" and up.head.lemma_.lower() in TOTAL_NOUNS:
            u, up = up.head, up.head.head
        if u.dep_ in ("appos", "npadvmod", "dep") and (up.i in (r.item.head.i, r.frame.trigger.i) or
                                                       r.item.head.i < up.i < u.i and up.is_ancestor(u) and
                                                       r.frame.trigger.is_ancestor(up)):
            out.append(n)
    return out


def restated_counts(rows: list[Any]) -> list[Any]:
    """The rows with the count of the one uncounted item of a sentence filled from its count told again (and the
    rows that only told that count folded into it)."""
    if not rows:
        return rows
    sents = list(rows[0].sent.doc.sents)
    live = [x for x in rows if complete(x)]  # a row the register drops ("cancelling that deal would ...") blocks none
    folded: list[Any] = []
    for r in rows:
        if r.item.quantity is not None or r.item.anaphoric or r.item.pronoun or r.item.whole is not None or \
                (r.category or r.item.category) in BROAD or r.item.head.lemma_.lower() in BROAD_HEADS or \
                not plain_uncounted(r.item.head) or any(r is f for f in folded):
            continue
        if {x.item.head.i for x in rows if x.sent.start == r.sent.start} != {r.item.head.i}:
            continue
        counts, told = _unit_counts(r), list[Any]()
        if not counts:
            counts, told = _next_counts(r, sents, live)
        text = " ".join(t.text for t in counts[0].subtree if t.like_num) if len(counts) == 1 else ""
        if not text or (q := parse_quantity(text)) is None:
            continue
        r.item = replace(r.item, quantity=q, quantity_text=text)
        r.frame.rule += ":restated"
        folded += told
    return [r for r in rows if not any(r is f for f in folded)]
