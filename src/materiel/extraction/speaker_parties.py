"""Who speaks about a transfer is no party to it: "an opposition party accused the premier of 'selling guns to a
despot'", "committee members asked the minister to explain what the planned purchases are for", "a rights group
urged X to revisit a licence for exporting grenades to Y". A row one of whose parties is an organisation of
no official kind (a political party, a committee, a rights group: actor kind "other") whose mention is the
subject of a verb above the trigger, with a verb of speech or stance on the way from the trigger up to it, is
dropped: the speaker was taken for a party the clause leaves unnamed. A state or government body that speaks
("Russia said it delivered X") and a speaker that asks for itself ("the militia asked Y to supply it with
rifles": no verb of speech on the way) stay, and so does a party whose verb only joins another speaker's
("the minister signed a contract, and his counterpart said X would deliver Y").

Word lists: words.toml [speaker_parties]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row
from materiel.extraction.mentions.resolve import Resolved

SPEECH_VERBS = lexicon.word_set("speaker_parties", "speech_verbs")
SPEAKER_KINDS = lexicon.word_set("speaker_parties", "speaker_kinds")
NAME_DEPS = ("compound", "amod", "flat", "nmod", "appos")
CLIMB = 8  # verbs and nouns between the trigger and the speaker's verb


def _governor(tok: Token) -> Token | None:
    """The verb whose subject the mention's phrase is."""
    h = tok
    for _ in range(4):
        if h.dep_ not in NAME_DEPS or h.head.i == h.i:
            break
        h = h.head
    return h.head if h.dep_ in ("nsubj", "nsubjpass") and h.head.i != h.i else None


def _spoken_over(trigger: Token, verb: Token) -> bool:
    """verb is above the trigger, and a verb of speech or stance is on the way up (verb included) that is the
    party's own: verb itself, or one with no subject of its own ("asked the ministry to explain")."""
    t, speech = trigger, False
    for _ in range(CLIMB):
        if t.head.i == t.i:
            return False
        t = t.head
        own_subject = t.i != verb.i and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        speech = speech or t.lemma_.lower() in SPEECH_VERBS and not own_subject  # another speaker's words: not
        if t.i == verb.i:
            return speech
    return False


def _speaker(p: Resolved | None, trigger: Token) -> bool:
    if p is None or p.actor.kind not in SPEAKER_KINDS or p.token.doc is not trigger.doc:
        return False
    verb = _governor(p.token)
    return verb is not None and verb.i != trigger.i and _spoken_over(trigger, verb)


def speaker_party(r: Row) -> bool:
    """A party of the row is the speaker of the clause that tells it (module docstring)."""
    t = r.frame.trigger
    return _speaker(r.recipient, t) or _speaker(r.supplier, t)
