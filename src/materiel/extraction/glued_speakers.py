"""The speaker of a trailing reporting clause that the parser glued into the transfer's clause is no party: in
"Ruritania has signed to buy 12 X from Y, Defence Minister A-B said on Tuesday" the small English model
may hang the minister's name on "from" beside Y and leave "said" with no subject, so the minister reads as a
second supplier. A party of no state kind (actor kind "other" or "person") whose phrase follows a comma and is
followed at once by a reporting verb (`speaker_verbs` in words.toml [resolve]) that has no subject of its own,
the phrase not being that verb's subject either, is the speaker: the row is dropped. A minister who is the
subject of the transfer's own verb ("the minister handed over 12 trucks to the police") stays."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolved import Resolved

SPEAKER_VERBS = lexicon.word_set("resolve", "speaker_verbs")
SPEAKER_KINDS = ("other", "person")
SUBJECTS = ("nsubj", "nsubjpass")
NAME_DEPS = ("compound", "flat", "nmod")


def glued_speaker(tok: Token) -> bool:
    """tok heads a phrase after a comma that a subjectless reporting verb follows at once (module docstring)."""
    for _ in range(4):  # "Defence Minister A-B": the name the title words hang on
        if tok.dep_ not in NAME_DEPS or tok.head.i == tok.i:
            break
        tok = tok.head
    left, right = tok.left_edge.i, tok.right_edge.i
    doc = tok.doc
    if left == 0 or doc[left - 1].text != "," or right + 1 >= len(doc):
        return False
    verb = doc[right + 1]
    if verb.lemma_.lower() not in SPEAKER_VERBS or verb.pos_ not in ("VERB", "AUX") or tok.head.i == verb.i:
        return False
    return not any(c.dep_ in SUBJECTS for c in verb.children)


def _speaker(p: Resolved | None) -> bool:
    return p is not None and p.actor.kind in SPEAKER_KINDS and glued_speaker(p.token)


def speaker_glued(r: Row) -> bool:
    """A party of the row is a reporting clause's speaker glued into the transfer's clause."""
    return _speaker(r.supplier) or _speaker(r.recipient)
