"""The user of a supplied item is its recipient: "drones supplied by X were used by Y in attacks",
"Y has fired missiles provided by X", "the drones used by Y had been supplied by X". A supply or sale told
as a participle or relative clause on the item, or as a passive whose subject is the item, naming its
supplier and no one it went to, takes as recipient the one who uses the item (`words.toml` [arguments]
user_verbs): the main clause's user, or the agent of a use participle on the subject. A tagged organisation
is such a user when a word of its name is a group's (user_group_words)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver, Resolved

USER_VERBS = lexicon.word_set("arguments", "user_verbs")
GROUP_WORDS = lexicon.word_set("arguments", "user_group_words")
EXAMPLE_PREPS = lexicon.word_set("arguments", "user_example_preps")
CHAIN_ADVERBS = lexicon.word_set("arguments", "chain_adverbs")
STATE_ONLY = lexicon.word_set("arguments", "state_only_verbs")
STATE_KINDS = ("state", "government_body")
HOLDER_VERBS = lexicon.word_set("arguments", "holder_participles")
HOLDER_PREPS = lexicon.word_set("arguments", "holder_preps")
USER_KINDS = ("state", "government_body", "armed_group")


def _agent(verb: Token) -> Token | None:
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def _climb(item: Token) -> Token:
    """The noun an example with its own participle stands under ("used drones against Z, including drones bought
    from X": the use verb's object, or the target the parser hangs the example on, then that target's verb)."""
    while item.dep_ == "pobj" and item.head.lower_ in EXAMPLE_PREPS and item.head.head.i != item.i:
        item = item.head.head
    return item


def _user_of(item: Token) -> Token | None:
    """The subject of an active use verb whose object is `item`, or the agent of a passive one whose subject it is."""
    item = _climb(item)
    if item.pos_ in ("VERB", "AUX") and item.lemma_.lower() in USER_VERBS:
        return next((c for c in item.children if c.dep_ in ("nsubj",)), None)
    verb = item.head
    if verb.lemma_.lower() not in USER_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if item.dep_ in ("dobj", "obj"):
        return next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
    if item.dep_ == "nsubjpass":
        return _agent(verb)
    return None


def _participle_user(trigger: Token) -> Token | None:
    """"the drones used by Y had been supplied by X": the agent of a use participle on the passive's subject (or on
    the whole a count of it is part of); "rifles seized from Y were bought from X": the one they were seized from."""
    subj = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    part = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"), None)  # "30 of the rifles seized from Z"
    for noun in (subj, part):
        for c in noun.children if noun is not None else ():
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in USER_VERBS:
                return _agent(c)
            if c.dep_ == "acl" and c.lemma_.lower() in HOLDER_VERBS:
                return next((p for h in c.children if h.dep_ == "prep" and h.lower_ in HOLDER_PREPS
                             for p in h.children if p.dep_ == "pobj"), None)
    return None


def _user_kind(r: Resolved) -> bool:
    a = r.actor
    return a.kind in USER_KINDS or (a.kind == "other" and not a.country and
                                    any(w.lower() in GROUP_WORDS for w in a.name.split()))


def user_as_recipient(res: ActorResolver, f: Frame) -> None:
    t = f.trigger
    if f.roles["recipient"] or not f.roles["supplier"] or f.stage not in ("delivered", "ordered"):
        return
    if any(c.dep_ == "advmod" and c.lower_ in CHAIN_ADVERBS for c in t.children):
        return  # "originally exported by X": the user had it onward
    user = _user_of(t.head) if t.dep_ in ("acl", "relcl") else _participle_user(t)
    if user is None:
        return
    suppliers = {r.actor.id for r in f.roles["supplier"]}
    states_only = t.lemma_.lower() in STATE_ONLY
    f.add("recipient", [r for r in res.resolve_all(user) if _user_kind(r) and r.actor.id not in suppliers and
                        (not states_only or r.actor.kind in STATE_KINDS)])
