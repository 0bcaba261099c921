"""Transfer nouns held by a participle of refusal: "the halted cargo", "the suspended deliveries of X to Y",
"the blocked sale" are refused. The participles are the forms of the verbs of the `refuse` class
(data/predicates.toml)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.lexicon.inflect import inflections

_CLASSES = lexicon.toml("predicates.toml")["classes"]
REFUSING = frozenset(_CLASSES["refuse"]["verbs"])
REFUSED_FORMS = {w: v for v in REFUSING if " " not in v for w in inflections(v) if w.endswith(("ed", "en", "ld"))}
TRANSFER_NOUNS = frozenset(_CLASSES["supply"]["nouns"]) | frozenset(_CLASSES["sell"].get("nouns", []))
HOLDERS = ("delivered", "ordered", "offered")  # the stages a transfer noun has before it is told held


def refusing_participle(n: Token) -> Token | None:
    """"the halted cargo", "deliveries suspended in May": the participle of refusal on the noun."""
    return next((c for c in n.children if c.dep_ in ("amod", "acl") and c.tag_ in ("VBN", "JJ")
                 and c.lower_ in REFUSED_FORMS), None)


def held_nouns(frames: list[Frame]) -> None:
    """A transfer noun with a participle of refusal is refused: "the halted delivery of X to Y"."""
    for f in frames:
        t = f.trigger
        if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in TRANSFER_NOUNS or f.stage not in HOLDERS:
            continue
        p = refusing_participle(t)
        if p is not None and not f.negated:
            f.stage, f.rule = "refused", f"{f.rule}:{p.lower_}"
