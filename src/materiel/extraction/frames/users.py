"""The user of a supplied item is its recipient: "drones supplied by X were used by Y in attacks",
"Y has fired missiles provided by X". A supply or sale told as a participle or relative clause on the
item, naming its supplier and no one it went to, takes as recipient the one the main clause says uses
the item (`words.toml` [arguments] user_verbs)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.mentions.resolve import ActorResolver

USER_VERBS = lexicon.word_set("arguments", "user_verbs")
USER_KINDS = ("state", "government_body", "armed_group")


def _user_of(item: Token) -> Token | None:
    """The subject of an active use verb whose object is `item`, or the agent of a passive one whose subject it is."""
    verb = item.head
    if verb.lemma_.lower() not in USER_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if item.dep_ in ("dobj", "obj"):
        return next((c for c in verb.children if c.dep_ in ("nsubj",)), None)
    if item.dep_ == "nsubjpass":
        return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    return None


def user_as_recipient(res: ActorResolver, f: Frame) -> None:
    t = f.trigger
    if f.roles["recipient"] or not f.roles["supplier"] or t.dep_ not in ("acl", "relcl") or f.stage not in (
            "delivered", "ordered"):
        return
    user = _user_of(t.head)
    if user is None:
        return
    suppliers = {r.actor.id for r in f.roles["supplier"]}
    f.add("recipient", [r for r in res.resolve_all(user) if r.actor.kind in USER_KINDS and r.actor.id not in suppliers])
