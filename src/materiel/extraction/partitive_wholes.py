"""A definite whole counted after a named system: "Ruritania wanted KT-4 jets. It ordered 36 of the jets",
"... bought six of the fighters", "the first two of these helicopters". The whole ("the jets") stands for the
nearest designated system of a compatible kind named before it in its paragraph (at most WINDOW sentences
back), and takes its designation; only a platform counted one by one does (`platform_kinds`), not "100,000 of
the rifles". A craft noun that is also a word for combatants ("fighters", "trainers":
`[partitive_wholes] craft_nouns` of words.toml) names materiel only in that shape, counted from a definite whole
whose antecedent is an aircraft; "thirty of the fighters were killed" with no aircraft named before stays a
word for people. Called by the materiel recognizer (extraction/recognizers.py) once the other spans are known."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions.counts import part_heads
from materiel.extraction.mentions.paragraphs import paragraph_start

CRAFT = lexicon.word_set("partitive_wholes", "craft_nouns")
CRAFT_KINDS = lexicon.word_set("partitive_wholes", "craft_kinds")
PLATFORMS = lexicon.word_set("partitive_wholes", "platform_kinds")
DEFINITE = lexicon.word_set("partitive_wholes", "definite_determiners")
FAMILIES = {k: frozenset(v) for k, v in lexicon.word_table("discourse", "families").items()}
WINDOW = 3  # sentences searched back for the antecedent


def _definite_whole(t: Token) -> bool:
    """t is a noun with a definite determiner and no modifier but a maker's name, counted by a part ("36 of the
    jets", "the first two of the jets"), with no relative clause on it ("of the fighters who ...")."""
    if t.tag_ not in ("NN", "NNS", "NNPS") or not part_heads(t):  # "12 of the aircraft": a plural tagged NN
        return False
    kids = list(t.children)
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in kids) and \
        not any(c.dep_ in ("relcl", "acl", "amod", "nummod", "poss") or c.dep_ == "compound" and c.pos_ != "PROPN"
                for c in kids)  # "the Karvell jets": a maker's name may stand before the whole


def _antecedent(doc: Doc, t: Token, spans: list[Span], kinds: frozenset[str]) -> Span | None:
    """The nearest designated span of one of kinds before t, in its paragraph and WINDOW sentences."""
    sents = [s for s in doc.sents if s.start <= t.i]
    lo = paragraph_start(doc, t.i, sents[max(0, len(sents) - 1 - WINDOW)].start)
    named = [s for s in spans if s.kb_id_ and s.label_ in kinds and lo <= s.start and s.end <= t.i]
    return max(named, key=lambda s: s.start) if named else None


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
    return sorted(out, key=lambda s: s.start)
