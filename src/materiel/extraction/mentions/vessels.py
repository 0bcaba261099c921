"""Ships named in the text: "the Ukrainian freighter MV Kestrel ... the Kestrel was carrying tanks". A
ship is the carrier of a cargo, never its supplier or recipient, so a name the text gives a ship (in
apposition to a vessel noun, `vessel_nouns`, or after one ("the frigate X"), or after a hull prefix, `vessel_prefixes`, in words.toml)
names no party wherever it recurs; so does the plural of a class name ("the Kestrels")."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from materiel import lexicon

VESSEL_NOUNS = lexicon.word_set("resolve", "vessel_nouns")
PREFIXES = lexicon.word_set("resolve", "vessel_prefixes")
MODIFIER_DEPS = ("amod", "compound", "nmod")


def vessel_names(doc: Doc) -> frozenset[str]:
    """The last words (lower case) of the names the text gives ships."""
    out: set[str] = set()
    for t in doc:
        if t.pos_ != "PROPN" or not t.is_alpha:
            continue
        prefixed = any(c.dep_ == "compound" and _prefix(c.text) for c in t.children) or \
            (t.i > 0 and _prefix(doc[t.i - 1].text))
        named = t.dep_ == "appos" and t.head.lemma_.lower() in VESSEL_NOUNS or _typed(t) or _after_noun(t)
        if (prefixed or named) and not _prefix(t.text):
            out.add(t.lower_)
    return frozenset(out | _class_plurals(doc))


def _class_plurals(doc: Doc) -> set[str]:
    """The plurals of the class names the text gives ("the Kestrel-class boats ... the Kestrels join"): ships of
    the class, no party. The singular is left out: a class may bear a state's or a place's name."""
    out: set[str] = set()
    for t in doc[: len(doc) - 2]:
        after = [x.lower_ for x in doc[t.i + 1: t.i + 3]]
        if t.is_alpha and t.text[:1].isupper() and (after[:1] == ["class"] or after == ["-", "class"]):
            out.add(t.lower_ + "s")
    return out


def _typed(t: Token) -> bool:
    """A name the parser hangs a vessel noun before ("the frigate Capitan Ruiz", "the Type 9 corvette Alma")."""
    return any(c.i < t.i and c.dep_ in MODIFIER_DEPS and c.lemma_.lower() in VESSEL_NOUNS for c in t.children)


def _after_noun(t: Token) -> bool:
    """A name right after a vessel noun, its hull prefix in capitals between ("the patrol boat KNS Ostra"), however
    the parser hangs the two."""
    start = min([c.i for c in t.children if c.dep_ == "compound" and c.i < t.i and c.text.isupper()] + [t.i])
    return start < t.i and start > 0 and t.doc[start - 1].lemma_.lower() in VESSEL_NOUNS


def _prefix(word: str) -> bool:
    return word.isupper() and word.lower() in PREFIXES


def is_vessel(ent: Span, names: frozenset[str]) -> bool:
    """The entity ends in a name the text gives a ship ("the Kestrel", "MV Kestrel"), or names a class of
    craft ("the Kestrel-class", "Kestrel class boats"): a design, no party."""
    words = [t for t in ent if t.is_alpha]
    doc = ent.doc
    after = [t.lower_ for t in doc[ent.end: ent.end + 2]]
    return bool(words) and (words[-1].lower_ in names or after[:1] == ["class"] or after == ["-", "class"])
