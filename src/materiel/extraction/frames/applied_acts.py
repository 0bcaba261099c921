"""A transfer told as what an application asks leave for: "Firm X applied for a licence to export 40 rifles to Y",
"X sought permission to sell three radars to Y", "X has filed a permit to ship mortars to Y". The transfer verb is
the infinitive on a permit noun ([applied_acts] asked_permits) that is the "for" phrase of a verb of applying or the
object of a verb of seeking ([applied_acts] applying_verbs, seeking_verbs): the transfer is asked for, not made
(stage `requested`), and the applicant, the subject of that verb, is the one who would export."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver

PERMITS = lexicon.word_set("applied_acts", "asked_permits")
APPLYING = lexicon.word_set("applied_acts", "applying_verbs")
SEEKING = lexicon.word_set("applied_acts", "seeking_verbs")


def _applying_verb(n: Token) -> Token | None:
    """The verb that asks for the permit noun n: "applied | for a licence", "sought | a licence"."""
    if n.dep_ == "pobj" and n.head.lower_ == "for" and n.head.head.lemma_.lower() in APPLYING:
        return n.head.head
    if n.dep_ in ("dobj", "obj") and n.head.lemma_.lower() in SEEKING:
        return n.head
    return None


def mark(t: Token, f: Frame, subject_of: Callable[[Token], Token | None], res: ActorResolver) -> bool:
    """Make the frame of transfer verb t a request when t is what an application asks leave for (module text)."""
    if t.pos_ not in ("VERB", "AUX") or t.dep_ not in ("acl", "relcl") or f.stage not in ("delivered", "ordered"):
        return False
    n = t.head
    if n.lemma_.lower() not in PERMITS and n.lower_ not in PERMITS:
        return False
    verb = _applying_verb(n)
    if verb is None:
        return False
    f.stage, f.rule = "requested", f.rule + ":applied"
    f.negated = f.negated or any(c.dep_ == "neg" for c in verb.children)  # "did not apply for a licence to ..."
    if not f.roles["supplier"]:
        subj = subject_of(verb)
        if subj is not None:
            f.add("supplier", res.resolve_all(subj))
    return True
