"""Refusals told by what they were about, in export-licensing reports: "Two refusals concerned a
request to export 250 carbines for the army of X; another concerned 60 machine guns for Y", "One of the
denials involved night-vision goggles for Z", "The rejected applications included 40 machine guns for W".

A segment of a sentence (between semicolons) whose verb of subject matter (`topic_verbs`: "concern",
"involve", "cover", "include") has before it a subject naming refusals (a refusal noun, "two of the denials",
or a licence noun a refusing participle modifies, "the rejected applications"), or, after such a segment (in
the sentence or the one before), a word standing for one more of them ("another", "a third", "the other"):
each item after the verb is refused, to the party its own "for"/"to" phrase names (read token by token, since
the parser often misreads "another concerned 60 machine guns" as one noun phrase). The decider is left to the
report's licensing state (extraction/licensing_state.py): the frame's rule marks a refused licence."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.items import ItemFinder
from materiel.extraction.mentions.quantities import parse_quantity
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

TOPIC_VERBS = lexicon.word_set("refusal_topics", "topic_verbs")
REFUSALS = lexicon.word_set("refusal_topics", "refusal_nouns")
REFUSED = lexicon.word_set("refusal_topics", "refused_forms")
LICENCES = lexicon.word_set("refusal_topics", "licence_nouns")
ONE_MORE = lexicon.word_set("refusal_topics", "one_more")
PREPS = lexicon.word_set("refusal_topics", "destination_preps")
NEGATIONS = lexicon.word_set("refusal_topics", "negations")
MAX_SUBJECT = 8  # words before the verb of subject matter: its subject only, not a clause
CONFIDENCE = 0.6
RULE = "verb:refuse:topic:refused-licence"


def _segments(sent: Span) -> list[Span]:
    """The sentence's parts between semicolons."""
    out, start = [], sent.start
    for t in sent:
        if t.text == ";":
            out.append(sent.doc[start: t.i])
            start = t.i + 1
    return [*out, sent.doc[start: sent.end]]


def _verb(seg: Span) -> Token | None:
    """The segment's first verb of subject matter, told as a verb or its participle read as an adjective."""
    return next((t for t in seg if t.lemma_.lower() in TOPIC_VERBS and t.tag_.startswith("VB") or
                 t.tag_ == "JJ" and (t.lower_[:-1] in TOPIC_VERBS or t.lower_[:-2] in TOPIC_VERBS)), None)


def _names_refusals(subject: Span) -> bool:
    """"the refusals", "two of the denials", "the rejected applications": a subject naming refusals."""
    return any(t.lower_ in REFUSALS or t.lemma_.lower() in REFUSALS or
               t.lower_ in LICENCES and t.i > subject.start and subject.doc[t.i - 1].lower_ in REFUSED
               for t in subject)


def _one_more(subject: Span) -> bool:
    """"another", "a third", "the other": the subject stands for one more of the refusals told."""
    return " ".join(t.lower_ for t in subject) in ONE_MORE


def _subject(seg: Span, verb: Token) -> Span:
    """The words before the verb back to a mark of punctuation, at most MAX_SUBJECT of them."""
    start = max(seg.start, verb.i - MAX_SUBJECT)
    start = next((t.i + 1 for t in reversed(seg.doc[start: verb.i]) if t.is_punct and t.text != "-"), start)
    return seg.doc[start: verb.i]


def _opening(seg: Span, verb: Token, told: bool) -> bool:
    """The segment tells what a refusal was about: its subject names refusals, or one more of those told."""
    subject = _subject(seg, verb)
    if not len(subject) or any(t.lower_ in NEGATIONS for t in (*subject, *verb.children)):
        return False
    return _names_refusals(subject) or told and _one_more(subject)


def _destination(after: Span, res: ActorResolver) -> list[Resolved]:
    """Who the first "for"/"to" phrase of the words after an item names."""
    for t in after:
        if t.lower_ in PREPS and t.dep_ == "prep":
            return [a for q in t.children if q.dep_ == "pobj" for a in res.resolve_all(q)]
    return []


def _items(span: Span, items: ItemFinder) -> list[ItemMention]:
    """The items the words after the verb name, each once, in order."""
    found: dict[int, ItemMention] = {}
    for t in span:
        if t.pos_ in ("NOUN", "PROPN") and t.dep_ not in ("compound", "amod", "nmod") and items.is_materiel(t):
            found.update((m.head.i, m) for m in items.items(t, 1) if span.start <= m.head.i < span.end)
    inner = {i for i, m in found.items() for o in found.values()
             if o is not m and o.span.start <= m.span.start and m.span.end <= o.span.end}
    return [_own_count(found[i], span) for i in sorted(found) if i not in inner]


def _own_count(m: ItemMention, span: Span) -> ItemMention:
    """The mention with the count its own head has in the span ("another concerned 500 pistols", with the
    clause's "Two of the refusals" misread as the count of the pistols)."""
    n = next((c for c in m.head.children if c.dep_ == "nummod" and span.start <= c.i < span.end), None)
    q = parse_quantity(n.text) if n is not None else None
    return replace(m, quantity=q, quantity_text=n.text) if n is not None and q is not None and q != m.quantity else m


def frames(sent: Span, items: ItemFinder, res: ActorResolver) -> list[Frame]:
    """One refused frame per item of each segment that tells what a refusal was about."""
    out: list[Frame] = []
    before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
    told = before is not None and any(
        (v := _verb(s)) is not None and _opening(s, v, False) for s in _segments(before))
    for seg in _segments(sent):
        verb = _verb(seg)
        if verb is None or not _opening(seg, verb, told):
            continue
        told = True
        found = _items(seg.doc[verb.i + 1: seg.end], items)
        for n, m in enumerate(found):
            end = found[n + 1].span.start if n + 1 < len(found) else seg.end
            f = Frame(verb, "refuse", "refused", rule=RULE, confidence=CONFIDENCE)
            f.items.append(m)
            f.add("recipient", _destination(seg.doc[m.head.i + 1: end], res))
            out.append(f)
    return out
