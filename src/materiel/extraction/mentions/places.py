"""A name the tagger took for an organisation or a person that the sentence tells as a place: never a party
(a supplier or recipient), whatever its entity type. Two patterns, their words lexicon data ([resolve] in
words.toml): a name a relative clause of place qualifies ("destined for X, from where it was to be taken on to Y",
"X, where the missiles were found": `place_relatives`), a name with its state or region in apposition
("shipped to Puerto X, Guatemala": the state is the party, mentions/resolve.py), and the object of "at"/"in" (`arrival_preps`) of a
verb of arrival (the "arrive" class of predicates.toml: "The first six arrived at X in January"), where the
recipient is the buyer told before, not the air base or the port. A name told anywhere as a place where a cargo
waits or is stopped ("sat at anchor off X", "offloaded in X": `place_preps`, `staying_verbs`) is one wherever it
recurs."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from materiel import lexicon

PLACE_RELATIVES = lexicon.word_set("resolve", "place_relatives")
ARRIVAL_PREPS = lexicon.word_set("resolve", "arrival_preps")
PLACE_TYPES = ("GPE",)  # the tagger's type of a state's or a region's name
ARRIVAL_VERBS = frozenset(lexicon.toml("predicates.toml")["classes"]["arrive"]["verbs"])
PLACE_PREPS = lexicon.word_set("resolve", "place_preps")
STAYING_VERBS = lexicon.word_set("resolve", "staying_verbs")
_KEY = "materiel_place_names"
NAME_TYPES = ("ORG", "PERSON", "FAC", "GPE", "LOC")  # the tagger calls one port by several
PLACE_HEADS = lexicon.word_set("group_posts", "place_heads")


def _where_clause(ent: Span) -> bool:
    """"X, from where ...", "X, where ...": a relative clause opened by a word of place right after the
    name (read from the words: the parser hangs "from where" on the verb as often as on the name)."""
    after = [t for t in ent.doc[ent.end: ent.end + 3]]
    if not after or after[0].text != ",":
        return False
    rest = after[1:] if len(after) < 2 or after[1].pos_ != "ADP" else after[2:]
    return bool(rest) and rest[0].lower_ in PLACE_RELATIVES


def _arrived_at(head: Token) -> bool:
    """"arrived at X", "landed in X": the object of a preposition of place on a verb of arrival."""
    p = head.head
    return head.dep_ == "pobj" and p.lower_ in ARRIVAL_PREPS and p.head.pos_ in ("VERB", "AUX") and \
        p.head.lemma_.lower() in ARRIVAL_VERBS


def _in_state(ent: Span) -> bool:
    """"to Puerto X, Guatemala", "from Y, Florida": a place followed by the state or region it lies in."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    nxt = doc[ent.end + 1]
    return nxt.ent_type_ in PLACE_TYPES and nxt.ent_iob_ == "B" and nxt.dep_ == "appos" and \
        any(a.i == ent.root.i for a in [nxt.head])


def _place_object(head: Token) -> bool:
    """"off X", "near X"; "waited in X", "offloaded in X": the object of a preposition of place alone."""
    p = head.head
    if head.dep_ != "pobj":
        return False
    return p.lower_ in PLACE_PREPS or (p.lower_ in ARRIVAL_PREPS and p.head.pos_ in ("VERB", "AUX") and
                                       p.head.lemma_.lower() in STAYING_VERBS)


def _place_names(doc: Doc) -> frozenset[str]:
    """The names of the tagger's entities the text tells as places somewhere (`_place_object`)."""
    if _KEY not in doc.user_data:
        doc.user_data[_KEY] = frozenset(e.text for e in doc.ents if e.label_ in NAME_TYPES and _place_object(e.root))
    names: frozenset[str] = doc.user_data[_KEY]
    return names


def _facility_name(ent: Span) -> bool:
    """"to Al Kessar Air Base": the entity names the place noun it modifies (words.toml [group_posts] place_heads)."""
    head = ent.root.head
    return ent.root.dep_ == "compound" and head.i >= ent.end and head.lower_ in PLACE_HEADS


def told_as_place(ent: Span) -> bool:
    """The entity (the tagger's) is told as a place in its sentence, or as a port or town where a cargo waits
    anywhere in the text: no party."""
    return _where_clause(ent) or _arrived_at(ent.root) or _in_state(ent) or _facility_name(ent) or \
        ent.text in _place_names(ent.doc)


def waypoint(ent: Span) -> bool:
    """The entity is told as a place that is no destination: "X, from where ...", "Puerto X, Guatemala", or a
    port where a cargo waits anywhere in the text (`_place_object`)."""
    return _where_clause(ent) or _in_state(ent) or ent.text in _place_names(ent.doc)
