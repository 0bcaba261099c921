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
USER_KINDS = ("state", "government_body", "armed_group")


def _agent(verb: Token) -> Token | None:
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


def _user_of(item: Token) -> Token | None:
    """The subject of an active use verb whose object is `item`, or the agent of a passive one whose subject it is."""
    verb = item.head
    if verb.lemma_.lower() not in USER_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if item.dep_ in ("dobj", "obj"):
        return next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
    if item.dep_ == "nsubjpass":
        return _agent(verb)
    return None


def _participle_user(trigger: Token) -> Token | None:
    """"the drones used by Y had been supplied by X": the agent of a use participle on the passive's subject."""
    subj = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        return None
    use = next((c for c in subj.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in USER_VERBS), None)
    return _agent(use) if use is not None else None


def _user_kind(r: Resolved) -> bool:
    a = r.actor
    return a.kind in USER_KINDS or (a.kind == "other" and not a.country and
                                    any(w.lower() in GROUP_WORDS for w in a.name.split()))


def user_as_recipient(res: ActorResolver, f: Frame) -> None:
    t = f.trigger
    if f.roles["recipient"] or not f.roles["supplier"] or f.stage not in ("delivered", "ordered"):
        return
    user = _user_of(t.head) if t.dep_ in ("acl", "relcl") else _participle_user(t)
    if user is None:
        return
    suppliers = {r.actor.id for r in f.roles["supplier"]}
    f.add("recipient", [r for r in res.resolve_all(user) if _user_kind(r) and r.actor.id not in suppliers])
