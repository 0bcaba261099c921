"""A definite whole counted after a named system: "Ruritania wanted KT-4 jets. It ordered 36 of the jets",
"... bought six of the fighters", "the first two of these helicopters". The whole ("the jets") stands for the
nearest designated system of a compatible kind named before it in its paragraph (at most WINDOW sentences
back), and takes its designation; only a platform counted one by one does (`platform_kinds`), not "100,000 of
the rifles". A craft noun that is also a word for combatants ("fighters", "trainers":
`[partitive_wholes] craft_nouns` of words.toml) names materiel only in that shape, counted from a definite whole
whose antecedent is an aircraft; "thirty of the fighters were killed" with no aircraft named before stays a
word for people. A platform noun of civil use too ("boats", "craft": `[partitive_wholes] class_wholes`), which names
no materiel alone, names the materiel of the nearest span before it with the same head noun, designated or not
("two river patrol boats ... wants a further three of the boats"); with no such span it stays a civil word. Called by
the materiel recognizer (extraction/recognizers.py) once the other spans are known."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions.counts import part_heads
from materiel.extraction.mentions.item_mention import ItemMention
from materiel.extraction.mentions.paragraphs import paragraph_start

CRAFT = lexicon.word_set("partitive_wholes", "craft_nouns")
CRAFT_KINDS = lexicon.word_set("partitive_wholes", "craft_kinds")
PLATFORMS = lexicon.word_set("partitive_wholes", "platform_kinds")
DEFINITE = lexicon.word_set("partitive_wholes", "definite_determiners")
CLASS_WHOLES = lexicon.word_set("partitive_wholes", "class_wholes")
FAMILIES = {k: frozenset(v) for k, v in lexicon.word_table("discourse", "families").items()}
WINDOW = 3  # sentences searched back for the antecedent
SAME_WINDOW = 6  # sentences searched back for an antecedent with the whole's own noun


def _definite_whole(t: Token) -> bool:
    """t is a noun with a definite determiner and no modifier but a maker's name, counted by a part ("36 of the
    jets", "the first two of the jets"), with no relative clause on it ("of the fighters who ...")."""
    if t.tag_ not in ("NN", "NNS", "NNPS") or not (part_heads(t) or _counted_more(t)):  # "12 of the aircraft"
        return False
    kids = list(t.children)
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids) and \
        not any(c.dep_ in ("relcl", "acl", "amod", "nummod", "poss") or c.dep_ == "compound" and c.pos_ != "PROPN"
                for c in kids)  # "the Karvell jets": a maker's name may stand before the whole


def _counted_more(t: Token) -> bool:
    """"two more of the jets": the whole of a counted "more"."""
    of = t.head
    return t.dep_ == "pobj" and of.lower_ == "of" and of.head.i != of.i and of.head.lower_ == "more" and \
        any(c.dep_ == "nummod" and c.like_num for c in of.head.children)


def _antecedent(doc: Doc, t: Token, spans: list[Span], kinds: frozenset[str]) -> Span | None:
    """The nearest designated span of one of kinds before t, in its paragraph and WINDOW sentences."""
    named = [s for s in _before(doc, t, spans) if s.kb_id_ and s.label_ in kinds]
    return max(named, key=lambda s: s.start) if named else None


def _before(doc: Doc, t: Token, spans: list[Span], window: int = WINDOW, paragraph: bool = True) -> list[Span]:
    """The spans before t in WINDOW sentences (and in its paragraph when paragraph)."""
    sents = [s for s in doc.sents if s.start <= t.i]
    lo = sents[max(0, len(sents) - 1 - window)].start
    lo = paragraph_start(doc, t.i, lo) if paragraph else lo
    return [s for s in spans if lo <= s.start and s.end <= t.i]


def same_head(doc: Doc, t: Token, spans: list[Span]) -> Span | None:
    """The nearest span before t (at most SAME_WINDOW sentences back, across paragraphs: the same noun ties them)
    whose head noun is t's noun: "patrol boats" for "the boats"."""
    low = t.lemma_.lower()
    found = [s for s in _before(doc, t, spans, SAME_WINDOW, paragraph=False)
             if s.root.lemma_.lower() == low and s.label_ in PLATFORMS]
    return max(found, key=lambda s: s.start) if found else None


def wholes(doc: Doc, spans: list[Span]) -> list[Span]:
    """spans with each definite counted whole given its antecedent's designation, and a craft noun counted so
    added as a span of the antecedent's kind."""
    covered = {i: s for s in spans for i in range(s.start, s.end)}
    out = list(spans)
    for t in doc:
        if not _definite_whole(t):
            continue
        own = covered.get(t.i)
        if own is not None and not own.kb_id_ and own.end == t.i + 1 and own.label_ in PLATFORMS:
            kinds = frozenset({own.label_, *FAMILIES.get(own.label_, frozenset())})
            found = _antecedent(doc, t, spans, kinds)
            if found is not None:
                out[out.index(own)] = Span(doc, own.start, own.end, label=own.label_, kb_id=found.kb_id_)
        elif own is None and t.lower_ in CRAFT:
            found = _antecedent(doc, t, spans, CRAFT_KINDS)
            if found is not None:
                out.append(Span(doc, t.i, t.i + 1, label=found.label_, kb_id=found.kb_id_))
        elif own is None and t.lemma_.lower() in CLASS_WHOLES:
            found = same_head(doc, t, spans)
            if found is not None:
                out.append(Span(doc, t.i, t.i + 1, label=found.label_, kb_id=found.kb_id_))
    return sorted(out, key=lambda s: s.start)


def counted_whole(it: ItemMention) -> Span | None:
    """The span an undesignated bare definite whole counted from stands for ("wants a further three of the boats"
    after "three river patrol boats"): the nearest span before its sentence with its head noun, or None."""
    head = it.head
    if it.designation or not _definite_whole(head) or not all(t.i == head.i or t.pos_ == "DET" for t in it.span):
        return None
    spans = [s for s in head.doc.spans.get("materiel", []) if s.end <= head.sent.start]
    return same_head(head.doc, head, spans)

