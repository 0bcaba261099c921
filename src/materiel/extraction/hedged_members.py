"""A list's last member read as the subject of a reduced passive of report: in "halted a van hauling 2,500
cartridges and 14 pistols said to be headed for the militia" the small English model makes "14 pistols" the subject of
"said" (a clause joined to "halted"), so the pistols drop out of the van's load. The spaCy component
``materiel_hedged_members`` (after ``materiel_stray_members``) mends it: a counted materiel noun right after
"and"/"or" that closes a counted materiel argument, the subject of a reporting verb (cues.toml
passive_hedge_verbs, "said", "believed", "thought") with no auxiliary whose complement is a to-infinitive, becomes
that argument's conjunct and the verb its reduced relative ("rifles said to be ..."), as it reads. The new tree is
checked (one root per sentence, no cycle) first."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.listed_verb_items import apply_plan
from materiel.extraction.stray_members import ARGUMENTS, is_counted

REPORTING = frozenset(lexicon.toml("cues.toml")["factuality"]["passive_hedge_verbs"])
COORDINATORS = ("and", "or")


def _infinitive(v: Token) -> bool:
    return any(x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)
               for x in v.children)


def _plan(noun: Token, heads: set[int]) -> dict[int, tuple[int, str]] | None:
    doc, verb = noun.doc, noun.head
    if noun.dep_ != "nsubj" or verb.i < noun.i or verb.lemma_.lower() not in REPORTING or \
            verb.tag_ not in ("VBD", "VBN") or not _infinitive(verb) or not is_counted(noun) or \
            any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return None
    cc = noun.left_edge.i - 1
    if cc < 2 or doc[cc].lower_ not in COORDINATORS:
        return None
    before = doc[cc - 1]
    anchor = next((a for a in (before, *before.ancestors) if a.i in heads and a.right_edge.i in (cc - 1, cc)
                   and a.dep_ in ARGUMENTS and is_counted(a)), None)
    if anchor is None or anchor.head.i == verb.i:
        return None
    plan = {noun.i: (anchor.i, "conj"), cc: (anchor.i, "cc"), verb.i: (noun.i, "acl")}
    above = verb.head
    if above.i == verb.i:  # the verb made the root over the clause told first ("It is X, when Y stopped ...")
        first = [c for c in verb.children if c.dep_ == "ccomp" and c.i < anchor.i and
                 any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)]
        if len(first) != 1 or not any(a.i == verb.i for a in anchor.ancestors):
            return None  # the reporting verb is the sentence's own: a clause of its own
        above = first[0]
        plan[above.i] = (above.i, "ROOT")
        for c in verb.children:
            if c.i not in plan and c.dep_ not in ("nsubj", "xcomp"):
                plan[c.i] = (above.i, "advcl" if c.dep_ == "ccomp" else c.dep_)
        return plan
    for c in verb.children:
        if c.dep_ == "punct" and c.i > verb.right_edge.i - 1:
            plan[c.i] = (above.i, "punct")
    return plan


@Language.component("materiel_hedged_members")
def hedged_members(doc: Doc) -> Doc:
    heads = {s.end - 1 for s in doc.spans.get("materiel", [])}
    for noun in doc:
        if noun.i not in heads:
            continue
        plan = _plan(noun, heads)
        if plan is None:
            continue
        if not apply_plan(doc, noun.sent, plan):
            continue
        noun.head.tag_ = "VBN"
    return doc
