"""A broker or dealer is no recipient. "The authorities refused him (a dealer, a firm) an export licence for ten
helicopters bound for X": the one a licence is refused to applied to export, it is not where the goods were going;
the recipient is the onward buyer the sentence names ("that he hoped to sell to X"), the person an intermediary.
"He bought ten helicopters from a depot and meant to resell them to X": a person buying to sell on is a middleman,
his purchase no transfer of its own (words.toml [applicants])."""
from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.controlled_pronouns import asker_for_pronoun
from materiel.extraction.frames.framebase import Frame
from materiel.extraction.frames.relatives import one_member

RESALE = lexicon.word_set("applicants", "resale_verbs")
APPLICANT_KINDS = lexicon.word_set("applicants", "applicant_kinds")
BUYING = lexicon.word_set("applicants", "buying_classes")
PERSONAL = lexicon.word_set("applicants", "personal_pronouns")


def _applicants(t: Token) -> set[int]:
    """The verb's indirect objects: a dative, or the first of two objects ("refused him a licence")."""
    objs = [c for c in t.children if c.dep_ in ("dative", "iobj", "dobj", "obj") and c.pos_ != "ADP"]
    last = max((o.i for o in objs), default=-1)
    return {o.i for o in objs if o.dep_ in ("dative", "iobj") or o.i < last}


def _resale(t: Token) -> list[Token]:
    """The "to" objects of a verb of selling on after t in its sentence ("hoped to sell to X")."""
    out = []
    for v in t.sent:
        if v.i > t.i and v.pos_ == "VERB" and v.lemma_.lower() in RESALE:
            out += [p for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                    for p in c.children if p.dep_ == "pobj"]
    return out


def onward(f: Frame, res: Any) -> None:
    """A refused licence's applicant leaves the recipients for the onward buyer (see the module's text)."""
    if f.stage != "refused" or ":permit" not in f.rule:
        return
    applicants = [f.trigger.doc[i] for i in _applicants(f.trigger)]
    if not any(t.lower_ in PERSONAL or any(a.actor.kind in APPLICANT_KINDS for a in res.resolve_all(t))
               for t in applicants):  # "refused him a licence", "refused the firm a licence"
        return
    out = [a for a in f.roles["recipient"] if a.actor.kind in APPLICANT_KINDS]
    f.roles["recipient"] = [a for a in f.roles["recipient"] if a not in out]
    f.add("intermediary", [a for t in applicants for a in res.resolve_all(t) if a.actor.kind == "person"])
    if not f.roles["recipient"]:
        for p in _resale(f.trigger):
            f.add("recipient", [a for a in res.resolve_all(p) if a.actor.kind not in APPLICANT_KINDS])
    f.rule += ":applicant"


def middleman_purchase(f: Frame) -> bool:
    """A purchase by persons only, in a sentence that has them sell on to someone ("bought X from a depot and meant
    to sell them to Y")."""
    buyers = f.roles["recipient"]
    personal = any(c.dep_ == "nsubj" and c.lower_ in PERSONAL for c in f.trigger.children)  # "that he had bought"
    return f.cls in BUYING and (personal and not buyers or bool(buyers) and
                                all(a.actor.kind == "person" for a in buyers)) and bool(_resale(f.trigger))


def settle_parties(frames: list[Frame], res: Any) -> list[Frame]:
    """The sentence's frames with a list's relative clause given to its member (relatives.one_member), a refused
    licence's applicant replaced by the onward buyer, and a middleman's purchase dropped."""
    for f in frames:
        one_member(f)  # "buyers were X, Y, which bought jets, and Z": Y alone
        onward(f, res)  # "refused him a licence for X he hoped to sell to Y": to Y
        asker_for_pronoun(f, res)  # "X asked Y to sell it A": it is X (controlled_pronouns.py)
    return [f for f in frames if not middleman_purchase(f)]  # "he bought X to sell on"
