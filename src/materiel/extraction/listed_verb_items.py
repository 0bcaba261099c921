"""An item phrase inside a list or after a preposition whose head word the parser reads as a verb: in "handed
over nine Tarvik trucks and 120 M4 carbines to the army" the small English model makes "carbines" a verb ("M4" its
subject), in "a letter of intent for five Orvane Mk2 armoured personnel carriers" it makes "Mk2" a verb ("for"
its marker), so the conjunct or the object of the preposition is lost. The spaCy component
``materiel_listed_verb_items`` (after ``materiel_item_verbs``) mends it: when a recognised item span's root is
read as a verb and the phrase (with a count just before it) follows "and"/"or" after a noun that is an argument,
or follows a preposition, the span's last word becomes the phrase's head noun, a conjunct of that noun or the
object of the preposition; the count its number, the span's other words its modifiers; the verb's other
dependants go to the clause's verb (which becomes the root when the verb reading was the root). The new tree
is checked (one root per sentence, no cycle) before anything changes."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

COORDINATORS = ("and", "or")
PREPOSITIONS = ("for", "of", "with")
ARGUMENTS = ("dobj", "pobj", "conj", "nsubjpass", "attr", "appos", "dative")
VERB_TAGS = ("VBZ", "VBP", "VBD", "VBN", "VB")
PHRASE_POS = ("NUM", "PROPN", "NOUN", "ADJ")
MAX_LEFT = 5  # words of the phrase the parser hung under the verb reading, before the span


def _verb_root(span: Span) -> Token | None:
    """The token read as a verb that the whole span hangs under."""
    roots = [t for t in span if (t.head.i not in range(span.start, span.end) or t.head.i == t.i) and
             t.tag_ in VERB_TAGS and t.pos_ in ("VERB", "AUX")]
    if len(roots) != 1:
        return None
    return roots[0]


def _previous_conjunct(doc: Doc, cc: Token) -> Token | None:
    i = cc.i - 1
    while i >= 0 and doc[i].is_punct and doc[i].text in (")", ","):
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[i]
    while noun.dep_ == "appos" and noun.head.i < noun.i:  # "Vehicles (Jeeps)": the vehicles
        noun = noun.head
    return noun


def _clause_verb(tok: Token, avoid: Token) -> Token | None:
    for t in (tok, *tok.ancestors):
        if t.i == avoid.i:
            return None
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux":
            return t
    return None


def acyclic(heads: list[int], start: int, end: int) -> bool:
    roots = 0
    for i in range(start, end):
        seen = set()
        j = i
        while heads[j] != j:
            if j in seen or not start <= heads[j] < end:
                return False
            seen.add(j)
            j = heads[j]
        roots += heads[i] == i
    return roots == 1


def apply_plan(doc: Doc, sent: Span, plan: dict[int, tuple[int, str]]) -> bool:
    """Give each token of `plan` its new (head, dep) when the sentence stays one tree; whether it did."""
    heads = [t.head.i for t in doc]
    for i, (h, _) in plan.items():
        heads[i] = h
    if not acyclic(heads, sent.start, sent.end):
        return False
    for i, (h, dep) in plan.items():
        doc[i].head, doc[i].dep_ = doc[h], dep
    return True


def _plan(span: Span) -> dict[int, tuple[int, str]] | None:
    """New (head, dep) per token index, or None when the span is not such a phrase."""
    doc = span.doc
    verb = _verb_root(span)
    head = doc[span.end - 1]
    if verb is None or (head.i != verb.i and head.pos_ not in ("NOUN", "PROPN", "VERB")):
        return None
    first = span.start
    while first > 0 and span.start - first < MAX_LEFT and doc[first - 1].pos_ in PHRASE_POS and \
            any(a.i == verb.i or a.i in range(span.start, span.end) for a in doc[first - 1].ancestors):
        first -= 1  # "five Orvane" before "Mk2 ... carriers", "300" of "M4" before "carbines"
    if first < 2:
        return None
    before = doc[first - 1]
    plan: dict[int, tuple[int, str]] = {}
    if before.lower_ in COORDINATORS:
        anchor = _previous_conjunct(doc, before)
        if anchor is None or anchor.i in range(first, span.end):
            return None
        if anchor.head.i == verb.i:  # "eight Humvees and 150 M4 carbines": the first conjunct the reading's subject
            if verb.head.i == verb.i or anchor.dep_ != "nsubj" or verb.dep_ == "conj":  # a clause of its own
                return None
            plan[anchor.i] = (verb.head.i, "dobj")
        elif anchor.dep_ not in ARGUMENTS:
            return None
        plan[head.i] = (anchor.i, "conj")
        plan[before.i] = (anchor.i, "cc")
    elif before.lower_ in PREPOSITIONS and before.pos_ in ("ADP", "SCONJ"):
        anchor = before
        plan[head.i] = (before.i, "pobj")
        if before.head.i in range(span.start, span.end):  # "for" the verb reading's marker
            if verb.head.i == verb.i:
                return None
            plan[before.i] = (verb.head.i, "prep")
    else:
        return None
    start = doc[plan[anchor.i][0]] if anchor.i in plan else anchor  # from where the anchor will hang
    clause = _clause_verb(start, verb)
    if clause is None:
        return None
    for tok in doc[first:span.end]:
        if tok.i != head.i and (tok.head.i == verb.i or tok.i in range(span.start, span.end) or tok.head.i == tok.i):
            plan[tok.i] = (head.i, "nummod" if tok.like_num else "amod" if tok.pos_ == "ADJ" else "compound")
    for child in verb.children:
        if child.i not in plan and child.i not in range(first, span.end) and child.i != before.i:
            plan[child.i] = (clause.i, child.dep_)
    if verb.head.i == verb.i:  # the verb reading was the root: the clause's verb takes its place
        plan[clause.i] = (clause.i, "ROOT")
        link = next((a for a in clause.ancestors if a.head.i == verb.i), None)
        if link is not None and link.i != clause.i:
            plan[link.i] = (clause.i, "nsubj" if link.dep_ in ("nsubj", "nsubjpass") or link.i < clause.i else link.dep_)
    return plan


@Language.component("materiel_listed_verb_items")
def listed_verb_items(doc: Doc) -> Doc:
    for span in list(doc.spans.get("materiel", [])):
        plan = _plan(span)
        if plan is None:
            continue
        if not apply_plan(doc, span.sent, plan):
            continue
        last = doc[span.end - 1]
        if last.pos_ in ("VERB", "AUX"):
            last.pos_, last.tag_ = "NOUN", "NNS" if last.text.endswith("s") else "NN"
    return doc
