"""An indirect object and a count the parser glues into the item's phrase: in "will sell the Ruritanian Navy six
Ostrava-9 patrol boats" or "agreed to sell Borduria 18 KARVO howitzers" the small English model makes the party a
modifier of the item noun (or of its designation) and the count the party's number, so the item's text opens
with the party and loses its count. The spaCy component ``materiel_dative_counts`` (after ``materiel_items`` and
``materiel_actors``) mends it: after a verb that takes two objects, a party's phrase (a named state, capital or
force, or a force noun), then a count, then a materiel phrase that is the verb's object, the party becomes the
verb's indirect object ("dative") and the count the item's number. A gapped second pair ("and the Borduvian
police ten Tarvik vehicles") keeps its party out of its item's phrase too. Nothing changes unless the phrase
after the count is materiel ("gives the navy 12 months to decide"). In the passive ("X was sold 30 vehicles by
Y") a "by" phrase naming a party is the agent. The verbs and force nouns are data (words.toml [dative_counts])."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

VERBS = lexicon.word_set("dative_counts", "verbs")
PARTY_NOUNS = lexicon.word_set("dative_counts", "party_nouns")
PARTY_DETS = lexicon.word_set("dative_counts", "party_determiners")
SCALE = lexicon.word_set("dative_counts", "count_scales")
CALIBRE = lexicon.word_set("dative_counts", "calibre_units")
MAX_PARTY = 7  # "the Republic of X's armed forces": a party's phrase is short
MAX_ITEM = 7  # "18 KARVO 155 mm truck-mounted howitzers"
ITEM_DEPS = ("dobj", "obj", "conj")
PARTY_POS = ("PROPN", "NOUN", "ADJ", "PART", "ADP", "DET", "NUM")
PARTY_DEPS = {"DET": "det", "ADJ": "amod", "PART": "case", "PROPN": "compound", "NOUN": "compound"}


def _party_end(doc: Doc, start: int, actors: dict[int, str], materiel: set[int]) -> int | None:
    """The end of a party's phrase opening at start, right before a count: "the Ruritanian Navy", "Borduria",
    "the country's navy", "the air force of Ruritania"; None when the words before the count name no party.
    With no count, a named state's force ends it before the item's words ("the Ruritanian Navy Korsak boats")."""
    i = start
    if i < len(doc) and doc[i].lower_ in PARTY_DETS:
        i += 1
    while i < len(doc) and i - start < MAX_PARTY and not (doc[i].like_num and doc[i].ent_type_ != "DATE" and i > start):
        t = doc[i]
        if i in materiel and i not in actors:
            return _named_force(doc, start, i, actors)
        if i not in actors and (t.pos_ not in PARTY_POS or t.is_punct or t.pos_ == "NUM" or
                                t.pos_ == "ADP" and t.lower_ != "of" or t.pos_ == "DET" and t.lower_ != "the"):
            return None  # a capital the tagger took for a determiner is still a party
        i += 1
    if i >= len(doc) or i == start or not doc[i].like_num or i in materiel or \
            i + 1 < len(doc) and doc[i + 1].lower_ in CALIBRE or doc[i - 1].lower_ in ("of", "the", "'s") or \
            i == start + 1 and actors.get(start, "X").islower():
        return None  # "supply Karvell 340 aircraft": a maker's name and a number are a model's
    words = range(start, i)
    if not any(k in actors for k in words) and not any(doc[k].lemma_.lower() in PARTY_NOUNS for k in words):
        return None
    return i


def _named_force(doc: Doc, start: int, stop: int, actors: dict[int, str]) -> int | None:
    """After "the Ruritanian Navy" (a state's name, then a capitalised force noun) and before the materiel word
    at stop: the end of the party when item words follow the force ("Korsak patrol boats"), else None."""
    force = next((k for k in range(stop - 1, start, -1) if doc[k].lemma_.lower() in PARTY_NOUNS), None)
    if force is None or not doc[force].is_title or not any(k in actors for k in range(start, force)):
        return None
    return force + 1


def _item_head(doc: Doc, first: int, materiel: set[int]) -> Token | None:
    """The head of the materiel phrase from first (after its count, if first is one), to the word that leaves the
    phrase."""
    end = first + 1 if doc[first].like_num else first
    while end < len(doc) and doc[end].lower_ in SCALE:
        end += 1  # "1.5 million rounds"
    for k in range(end, min(end + MAX_ITEM, len(doc))):
        t = doc[k]
        if t.dep_ in ITEM_DEPS and t.head.i < first and t.pos_ in ("NOUN", "PROPN"):
            return t if any(x in materiel for x in range(end, k + 1)) else None  # "14 Su-35 fighters"
        if t.pos_ in ("ADP", "CCONJ", "AUX", "PRON", "DET") or t.is_punct and t.text not in ("-", "/"):
            return None
    return None


def _participle_item(doc: Doc, v: Token, count: int, materiel: set[int]) -> None:
    """"sold X two refurbished Y jets": the parser reads the count as the subject of the participle after it and
    the item as that participle's object; the item becomes the verb's object and the participle its modifier."""
    part = doc[count + 1] if count + 1 < len(doc) else None
    if part is None or part.tag_ not in ("VBN", "VBD") or part.head.i != v.i or not doc[count].like_num or \
            doc[count].head.i != part.i:
        return
    obj = next((c for c in part.children if c.dep_ in ("dobj", "obj") and c.i in materiel), None)
    objects = [c for c in v.children if c.dep_ in ("dobj", "obj")]
    if obj is None or any(not v.i < c.i < count for c in objects):
        return
    for c in objects:
        c.dep_ = "dative"  # the party read as the object: the indirect one
    obj.head, obj.dep_ = v, "dobj"
    part.head, part.dep_ = obj, "amod"
    doc[count].head, doc[count].dep_ = obj, "nummod"
    for c in list(part.children):
        if c.i > obj.i:
            c.head = v  # "... jets and Bulgaria 15,000 grenades": the rest of the clause is the verb's


def _glued(doc: Doc, start: int, end: int, head: Token) -> bool:
    """The parser put the party's words inside the item's phrase."""
    return any(head.is_ancestor(doc[k]) for k in range(start, end))


def _root(doc: Doc, start: int, end: int) -> Token:
    """The party phrase's head noun: the word before "of" ("the air force of X"), else its last."""
    of = next((k for k in range(start + 1, end) if doc[k].lower_ == "of"), None)
    return doc[of - 1] if of is not None else doc[end - 1]


def _mend(doc: Doc, start: int, end: int, head: Token, above: Token, dep: str) -> None:
    """The party's phrase hung on above as dep, the count and the words after it on the item's head. The root
    goes first: hung outside the item's phrase, none of the moves below can close a loop."""
    root = _root(doc, start, end)
    root.head, root.dep_ = above, dep
    for k in range(start, end):
        t = doc[k]
        if t.i != root.i and not start <= t.head.i < end:
            t.head, t.dep_ = root, PARTY_DEPS.get(t.pos_, "compound") if t.lower_ != "of" else "prep"
    counted = doc[end].like_num
    scale = [doc[k] for k in range(end + 1, head.i) if doc[k].lower_ in SCALE] if counted else []
    number = scale[-1] if scale else doc[end]
    if counted:
        number.head, number.dep_ = head, "nummod"
    for k in range(end, head.i):  # the count's other words and the item's own words: the item's
        t = doc[k]
        if counted and t.i == number.i:
            continue
        if counted and (k == end or k in {x.i for x in scale}):
            t.head, t.dep_ = number, "compound"
        elif start <= t.head.i <= end or not head.is_ancestor(t):
            t.head = head
            if t.dep_ in ("nummod", "nmod", "appos", "dobj", "conj", "npadvmod"):
                t.dep_ = "amod" if t.pos_ == "ADJ" else "compound"


mend_glued = _mend  # also extraction/shifted_goals.py: "handed over to the X army 40 trucks"


def _second_pair(doc: Doc, first: Token, materiel: set[int], actors: dict[int, str]) -> None:
    """"... and the Borduvian police ten Tarvik vehicles": a gapped pair's party kept out of its item."""
    for cc in [c for c in first.children if c.dep_ == "cc" and c.lower_ == "and"]:
        end = _party_end(doc, cc.i + 1, actors, materiel)
        head = _item_head(doc, end, materiel) if end is not None else None
        if end is None or not doc[end].like_num or head is None or head.dep_ != "conj" or head.head.i != first.i:
            continue
        if _glued(doc, cc.i + 1, end, head) and not _root(doc, cc.i + 1, end).is_ancestor(head):
            _mend(doc, cc.i + 1, end, head, head, "nmod")


def _passive_agent(v: Token, actors: dict[int, str]) -> None:
    """"X was sold 30 vehicles by Y": with the item left as the passive verb's object, the parser may read "by Y"
    as a plain phrase; a "by" whose object names a party is the verb's agent."""
    if not any(c.dep_ == "auxpass" for c in v.children) or not any(c.dep_ in ("dobj", "obj") for c in v.children):
        return
    for p in v.children:
        if p.dep_ == "prep" and p.lower_ == "by" and any(o.dep_ == "pobj" and o.i in actors for o in p.children):
            p.dep_ = "agent"


@Language.component("materiel_dative_counts")
def dative_counts(doc: Doc) -> Doc:
    materiel = {i for s in doc.spans.get("materiel", []) for i in range(s.start, s.end)}
    actors = {i: s.label_ for s in doc.spans.get("actors", []) for i in range(s.start, s.end)}
    for v in doc:
        if v.pos_ == "VERB" and v.lemma_.lower() in VERBS:
            _passive_agent(v, actors)
        if v.pos_ != "VERB" or v.lemma_.lower() not in VERBS or any(c.dep_ == "dative" for c in v.children):
            continue
        end = _party_end(doc, v.i + 1, actors, materiel)
        if end is not None:
            _participle_item(doc, v, end, materiel)
        head = _item_head(doc, end, materiel) if end is not None else None
        if end is None or head is None or head.dep_ not in ("dobj", "obj"):
            continue
        inverted = v.i < head.head.i < end and head.head.head.i == v.i  # "hand the X gendarmerie 30 cars": the
        if head.head.i != v.i and not inverted or not inverted and not _glued(doc, v.i + 1, end, head):
            continue  # party read as a verb with the item its object
        _mend(doc, v.i + 1, end, head, v, "dative")
        if inverted:
            head.head, head.dep_ = v, "dobj"
        _second_pair(doc, head, materiel, actors)
    return doc
