"""A transfer told with no supplier to a non-state armed or criminal group: "thirty rifles were smuggled to the
Tarrow Street gang", "the pistols were handed to members of the Vell cartel", "ammunition was trafficked to the
Korso militia". Reporting on trafficking often names only the group the arms reached; the register keeps the
row with the supplier left empty, as it keeps a seizure's. The group must be the clause's own recipient (not one
taken from the sentences before) and the verb one of [group_recipients] verbs in words.toml. A state the load
went to for such a group ("shipped pistols to Borduria for the X gang") is where the group is, not a recipient."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.charged_gerunds import charge_prep
from materiel.extraction.discourse import Row

VERBS = lexicon.word_set("group_recipients", "verbs")
GROUP_KINDS = ("armed_group",)
PRONOUNS = lexicon.word_set("group_recipients", "subject_pronouns")
GENERIC_DETS = lexicon.word_set("frame_words", "generic_dets")
MEMBERS = lexicon.word_set("intended_holders", "member_heads")
STATE_PREPS = lexicon.word_set("group_recipients", "state_preps")
GROUP_PREPS = lexicon.word_set("group_recipients", "group_preps")
GROUP_WORDS = lexicon.word_set("arguments", "user_group_words") | lexicon.word_set("unlisted", "group_heads")


def _anyone(subject: Token) -> bool:
    """A subject told as anyone at all ("no evidence that any state has supplied X"): the supplier is untold."""
    return any(c.dep_ == "det" and c.lower_ in GENERIC_DETS for c in subject.children)


def group_bound(r: Row) -> bool:
    """r is a transfer by a verb of [group_recipients] to a group the clause itself names as its recipient, told
    as done, not as a plan ("plotted to ship rifles to X"), and with no subject that names no party."""
    t = r.frame.trigger
    if t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in VERBS or r.recipient is None or \
            r.frame.stage != "delivered" or r.item.anaphoric or (r.item.definite and r.item.quantity is None):
        return False  # "the rounds were supplied to X": a load told before, whose row that sentence gives
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) or (t.dep_ == "pcomp" and not charge_prep(t.head)):
        return False  # "to ship rifles to X", "of smuggling rifles to X": an aim or a claim, no delivery told; an
        # indictment's "charged two men with shipping rifles to X" tells it ([group_recipients] charge_verbs)
    if any(c.dep_ == "nsubj" and c.lower_ not in PRONOUNS and not _anyone(c) for c in t.children):
        return False  # a subject of its own that names no party ("the officer had sold rifles to X")
    rec = r.recipient.actor
    group = rec.kind in GROUP_KINDS or (rec.kind == "other" and not rec.country and
                                        bool(GROUP_WORDS & set(rec.name.lower().split())))  # a tagged group's name
    return group and any(o.actor.id == rec.id for o in r.frame.roles.get("recipient", []))


def _prep(tok: Token) -> str:
    """The preposition a party hangs on, through "members of": "for" of "for members of the X gang"."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in MEMBERS:
        tok = tok.head.head
    return tok.head.lower_ if tok.dep_ == "pobj" else ""


def state_for_group(r: Row) -> bool:
    """r's recipient is the state the load went to for a group the same clause names ("shipped rifles to
    Borduria for the X gang"): the group is the recipient, the state only where it is, so r is no row."""
    rec = r.recipient
    if rec is None or rec.actor.kind != "state" or _prep(rec.token) not in STATE_PREPS:
        return False
    return any(o.actor.kind in GROUP_KINDS and o.actor.country in (None, rec.actor.country) and
               _prep(o.token) in GROUP_PREPS for o in r.frame.roles.get("recipient", []))
