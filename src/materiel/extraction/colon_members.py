"""A counted total broken down after a colon: "Y is buying 9 vessels: two A boats to be built in Z, five B boats
and two tugs", "Y ordered 12 aircraft from X: four A jets built in Z, six B transports and two C aircraft".
The small English model hangs the members after the first on a word of the first member's clause ("Z") or on the
sentence's subject, so the total's verb gets the first member at most and the rest of the breakdown is lost. The
spaCy component ``materiel_colon_members`` (after ``materiel_stray_members``) mends it: the counted materiel phrases
that follow the colon, each opened by the colon, a comma or "and"/"or", become the total's apposition (the first)
and the first member's conjuncts (the others), as the parser reads such a list when no clause stands in it.

The total is a counted noun before the colon with no verb between them; the members are at least two, each counted
and each the head of a materiel phrase; nothing is changed when the parse already holds them so or when the new
tree would not be one tree."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from materiel.extraction.listed_verb_items import apply_plan
from materiel.extraction.stray_members import is_counted

OPENERS = (":", ",", "and", "or")
WINDOW = 8  # tokens searched back from the colon for the total
ENDS = (";", ".")


def colon_total(doc: Doc, colon: int, heads: set[int]) -> Token | None:
    """The counted noun the colon breaks down: the last counted head before it, with no verb between them."""
    sent = doc[colon].sent
    for t in reversed(doc[max(sent.start, colon - WINDOW): colon]):
        if t.pos_ in ("VERB", "AUX") or t.text in ENDS:
            return None
        if t.pos_ in ("NOUN", "PROPN") and is_counted(t) and (t.i in heads or any(c.i in heads for c in t.children)):
            return t
    return None


def _members(doc: Doc, colon: int, heads: set[int]) -> list[Token]:
    """The counted materiel heads after the colon, each opened by the colon, a comma or a coordinator."""
    out: list[Token] = []
    end = doc[colon].sent.end
    for i in range(colon + 1, end):
        t = doc[i]
        if t.text in ENDS:
            break
        if i not in heads or t.pos_ not in ("NOUN", "PROPN") or not is_counted(t):
            continue
        left = t.left_edge.i if t.left_edge.i > colon else colon + 1
        while left > colon + 1 and doc[left - 1].pos_ in ("NUM", "ADJ", "PROPN", "NOUN", "ADV") and \
                doc[left - 1].text not in OPENERS:
            left -= 1
        if doc[left - 1].lower_ in OPENERS:
            out.append(t)
    return out


def _plan(total: Token, members: list[Token]) -> dict[int, tuple[int, str]] | None:
    first, rest = members[0], members[1:]
    if first.head.i == total.i and all(m.head.i in {x.i for x in members} for m in rest):
        return None  # already a breakdown of the total
    plan = {first.i: (total.i, "appos")}
    plan.update({m.i: (first.i, "conj") for m in rest})
    return plan


@Language.component("materiel_colon_members")
def colon_members(doc: Doc) -> Doc:
    spans: list[Span] = list(doc.spans.get("materiel", []))
    heads = {s.root.i for s in spans} | {s.end - 1 for s in spans}
    for t in doc:
        if t.text != ":" or t.i < 2:
            continue
        total = colon_total(doc, t.i, heads)
        members = _members(doc, t.i, heads) if total is not None else []
        if total is None or len(members) < 2:
            continue
        plan = _plan(total, members)
        if plan:
            apply_plan(doc, t.sent, plan)
    return doc
