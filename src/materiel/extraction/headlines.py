"""A headline's verb the parser takes for a noun: in "Ruritanian Embassy transfers patrol boats to Borduria" or
"Ruritania ships radars to Borduria" the small English model reads the present-tense verb as a plural noun
compounded with the object ("transfers patrol boats"), and the headline tells no transfer. The spaCy component
``materiel_headlines`` (after the parser) mends such a line: a line of its own with no verb and no closing full
stop, in which the third-person form of a transfer verb of `predicates.toml` stands as a modifier between a
name (the subject) and the noun it modifies (the object), becomes the line's verb; the name its subject, the noun
its object, and the destination ("to", "from") of the object its own."""
from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from materiel import lexicon

MOVED_PREPS = lexicon.word_set("headlines", "verb_preps")
SUBJECT_TAGS = ("PROPN", "NOUN", "ADJ", "DET", "PART")


@lru_cache(maxsize=1)
def third_person() -> frozenset[str]:
    """The third-person singular forms of the one-word transfer verbs ("ships", "supplies", "transfers")."""
    out: set[str] = set()
    for spec in lexicon.toml("predicates.toml")["classes"].values():
        for verb in (v for v in spec.get("verbs", []) if " " not in v and "-" not in v):
            out.add(verb[:-1] + "ies" if verb.endswith("y") and verb[-2:-1] not in "aeiou" else
                    verb + "es" if verb.endswith(("s", "sh", "ch", "x")) else verb + "s")
    return frozenset(out)


def _headline(sent: Span) -> bool:
    """A line of its own, with no verb and no closing full stop."""
    doc = sent.doc
    first, last = sent.start, sent.end - 1
    while last > first and doc[last].is_space:
        last -= 1
    opens = first == 0 or "\n" in doc[first - 1].text
    closes = sent.end >= len(doc) or "\n" in doc[sent.end - 1].text or "\n" in doc[sent.end].text
    return opens and closes and doc[last].text != "." and not any(t.pos_ in ("VERB", "AUX") for t in sent)


def _misread(sent: Span) -> Token | None:
    """The transfer verb read as a modifier of the object in the headline sent, or None."""
    forms = third_person()
    for t in sent:
        if t.lower_ not in forms or t.i == sent.start or t.head.i <= t.i or t.dep_ not in ("compound", "amod", "nmod"):
            continue
        before = sent.doc[sent.start: t.i]
        if before[-1].pos_ in ("PROPN", "NOUN") and all(x.pos_ in SUBJECT_TAGS or x.is_space for x in before) and \
                any(x.pos_ == "PROPN" for x in before):
            return t
    return None


def _mend(verb: Token) -> None:
    sent = verb.sent
    obj = verb.head
    while obj.dep_ in ("compound", "amod", "nmod") and obj.head.i > obj.i:
        obj = obj.head
    top = obj.head if obj.dep_ != "ROOT" else obj
    subject = [x for x in sent.doc[sent.start: verb.i] if not sent.start <= x.head.i < verb.i and not x.is_space]
    verb.head = top if top.i != obj.i else verb
    verb.dep_ = "ROOT" if top.i == obj.i else "conj"
    verb.pos_, verb.tag_ = "VERB", "VBZ"
    obj.head, obj.dep_ = verb, "dobj"
    for s in subject:
        s.head, s.dep_ = verb, "nsubj"
    for c in [c for c in obj.children if c.dep_ == "prep" and c.lower_ in MOVED_PREPS and c.i > obj.i]:
        c.head = verb


@Language.component("materiel_headlines")
def headlines(doc: Doc) -> Doc:
    for sent in list(doc.sents):
        if _headline(sent) and (verb := _misread(sent)) is not None:
            _mend(verb)
    return doc
