"""A state's body told bare in more than one word ("the air force", "the coast guard", "the defence ministry";
the state anaphors of cues.toml [actors.anaphors]): the same body named with its state earlier in the paragraph
("the Ruritanian Air Force signed for trainers ... the air force's transports, bought from X") is the one the
bare phrase takes up, before the text's topic state (which a digest of several states' news, or a feature on a
supplier's decisions, gets wrong). The body's own words ("air" of "air force") are part of its name, not a
modifier that would name another party."""
from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Token

from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.topic import STATE_KINDS

WINDOW = 400  # tokens looked back, at most, within the paragraph


def name_words(tok: Token, bodies: Collection[str]) -> list[str]:
    """The lower-case words before tok's head that, with it, make a listed body ("air" of "the air force"), when
    they are all tok's modifiers besides its determiner; [] for any other phrase."""
    mods = [c for c in tok.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
    if not mods or any(c.dep_ != "compound" or not c.text.islower() for c in mods):
        return []
    words = [c.lower_ for c in sorted(mods, key=lambda c: c.i)]
    return words if " ".join([*words, tok.lower_]) in bodies else []


def named_before(tok: Token, words: list[str], resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """The state's body of the nearest phrase before tok in its paragraph on the same head and words that names its
    state ("the Ruritanian Air Force", "Ruritania's coast guard"), as tok's; None when there is none."""
    doc = tok.doc
    for t in reversed(doc[max(0, tok.i - WINDOW): tok.i]):
        if not same_paragraph(doc, t.i, tok.i):
            break
        if t.lower_ != tok.lower_ or t.pos_ not in ("NOUN", "PROPN"):
            continue
        own = {c.lower_ for c in t.children if c.dep_ == "compound"}
        if not set(words) <= own or len(own) + sum(c.dep_ in ("poss", "amod", "nmod") for c in t.children) <= len(words):
            continue  # the bare body again ("the air force ... the air force"): no state named
        r = resolve(t)
        if r is not None and r.actor.kind in STATE_KINDS:
            return Resolved(r.actor.model_copy(update={"text": " ".join(x.text for x in tok.subtree if x.dep_ != "case")}),
                            r.confidence * 0.8, tok)
    return None


__all__ = ["name_words", "named_before"]
