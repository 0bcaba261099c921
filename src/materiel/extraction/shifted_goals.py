"""A "to" phrase moved before the items: "handed over to the Ruritanian army 40 trucks and six Ostrava-9 boats".
With the goal before the object the small English model reads one noun phrase after "to", the party's words
as modifiers of the first item and the count as the item's, so the verb has no object and the party no phrase
of its own. The spaCy component ``materiel_shifted_goals`` (after ``materiel_dative_counts``) mends it: after a
verb that takes two objects (words.toml [dative_counts] verbs, "hand over", "deliver", "transfer"), a "to"
whose object's phrase opens with a party's words (a named state, capital or force, or a force noun), then a
count, then materiel, is split: the party's phrase becomes the object of "to" and the counted materiel (with its
conjuncts) the verb's object. Nothing changes unless a count and materiel follow the party ("handed over to the
army 12 months ago")."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel.extraction.dative_counts import PARTY_DETS, PARTY_NOUNS, VERBS, mend_glued

MAX_PARTY = 7  # "the Republic of X's armed forces"
MAX_ITEM = 7  # "18 KARVO 155 mm truck-mounted howitzers"


def _goal(v: Token) -> Token | None:
    """The verb's "to" preposition, right after it or after its particle ("handed over to")."""
    for c in v.children:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to" and c.i - v.i <= 2 and \
                all(v.doc[k].dep_ == "prt" for k in range(v.i + 1, c.i)):
            return c
    return None


def _party_end(doc: Doc, start: int, actors: dict[int, str]) -> int | None:
    """The count right after a party's phrase opening at start ("the Ruritanian army", "Tarvo's navy"), or None."""
    i = start + 1 if doc[start].lower_ in PARTY_DETS else start
    first = i
    while i < len(doc) and i - start < MAX_PARTY and not doc[i].like_num:
        t = doc[i]
        if i not in actors and t.lemma_.lower() not in PARTY_NOUNS and t.lower_ not in PARTY_NOUNS and \
                t.tag_ != "POS" and not (t.lower_ == "of" and i > first) and t.lower_ not in ("armed", "security"):
            return None
        i += 1
    party = range(first, i)
    if i >= len(doc) or i == first or not doc[i].like_num or \
            not any(k in actors or doc[k].lemma_.lower() in PARTY_NOUNS for k in party):
        return None
    return i


def _shift(doc: Doc, v: Token, to: Token, materiel: set[int], actors: dict[int, str]) -> None:
    if any(c.dep_ in ("dobj", "obj") for c in v.children):
        return
    end = _party_end(doc, to.i + 1, actors)
    heads = [o for o in to.subtree if end is not None and o.i > end and (o.dep_ == "pobj" and o.head.i == to.i or
             o.dep_ == "appos" and o.head.i < end and o.head.head.i == to.i)]  # "to the X navy, four A"
    if end is None or len(heads) != 1 or heads[0].i > end + MAX_ITEM or \
            not any(k in materiel for k in range(end + 1, heads[0].i + 1)):
        return
    head = heads[0]
    if all(head.is_ancestor(doc[k]) for k in range(to.i + 1, end)):
        mend_glued(doc, to.i + 1, end, head, to, "pobj")  # one phrase: the party's words split off the item's
    elif any(head.is_ancestor(doc[k]) for k in range(to.i + 1, end)):
        return
    head.head, head.dep_ = v, "dobj"


def _added_goods(v: Token, to: Token, materiel: set[int]) -> None:
    """"delivered 30 trucks to the X army as well as six A": counted materiel the parser hung on "to" beside the
    party (a second object of "to", or a conjunct of the party), after "as well as", is a conjunct of the verb's
    object."""
    objs = [o for o in v.children if o.dep_ in ("dobj", "obj")]
    goals = [o for o in to.children if o.dep_ == "pobj"]
    if len(objs) != 1 or not goals or goals[0].i in materiel:
        return
    added = [*goals[1:], *(c for c in goals[0].children if c.dep_ == "conj")]
    for g in added:
        if g.i in materiel and any(c.dep_ == "nummod" for c in g.children) and \
                any(c.dep_ == "cc" and c.lower_ == "as" and c.i < g.i for c in to.subtree):
            g.head, g.dep_ = objs[0], "conj"


@Language.component("materiel_shifted_goals")
def shifted_goals(doc: Doc) -> Doc:
    materiel = {i for s in doc.spans.get("materiel", []) for i in range(s.start, s.end)}
    actors = {i: s.label_ for s in doc.spans.get("actors", []) for i in range(s.start, s.end)}
    for v in doc:
        to = _goal(v) if v.pos_ == "VERB" and v.lemma_.lower() in VERBS else None
        if to is not None:
            _shift(doc, v, to, materiel, actors)
        for t in (c for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to") if v.pos_ == "VERB" \
                and v.lemma_.lower() in VERBS else ():
            _added_goods(v, t, materiel)
    return doc
