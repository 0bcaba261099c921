"""The verb that holds a deal noun ("signed a contract", "in talks with"), including a free relative:
"signed what officials called the largest contract, an agreement with X for Y"."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon

NAMING_VERBS = lexicon.word_set("frame_words", "naming_verbs")
TARGET_PREPS = lexicon.word_set("governors", "target_preps")
TARGET_OBJECT_PREPS = lexicon.word_set("governors", "target_object_preps")
INCLUDE = lexicon.word_set("frames", "include_verbs")
CEREMONY = lexicon.word_set("frame_words", "ceremony_nouns")


def ceremony(n: Token) -> Token:
    """"a handover ceremony of X to Y": the occasion the transfer noun names stands in the clause for it."""
    return n.head if n.dep_ == "compound" and n.head.lemma_.lower() in CEREMONY else n


def ceremony_preps(n: Token) -> list[Token]:
    """The "of", "to", "for" and "from" phrases the parser hangs on the occasion a transfer noun names (or on
    the verb that holds it)."""
    occasion = ceremony(n)
    if occasion is n:
        return []
    held = [occasion.head] if occasion.dep_ in ("dobj", "obj") else []  # "held a ceremony ... to the army"
    return [c for h in (occasion, *held) for c in h.children if c.dep_ == "prep" and c.i > occasion.i
            and c.lower_ in ("of", "to", "for", "from")]


def support_host(n: Token) -> Token | None:
    """The verb whose subject is a party of the deal noun `n`, or None."""
    n = ceremony(n)
    if named_deal(n):
        return n.head.head.head if n.dep_ == "pobj" else n.head.head  # "signed what X called ...": signed
    if n.dep_ == "pobj":
        return n.head.head
    if n.dep_ in ("dobj", "attr"):
        return n.head
    return None


def named_deal(n: Token) -> bool:
    """"signed what officials called the largest contract", "described as a deal": the deal noun names
    the object of the verb above the naming verb."""
    namer = n.head.head if n.dep_ == "pobj" and n.head.lower_ == "as" else n.head if n.dep_ == "oprd" else None
    return namer is not None and namer.lemma_.lower() in NAMING_VERBS and namer.dep_ in ("ccomp", "relcl") and \
        any(c.dep_ in ("dobj", "obj") and c.lower_ == "what" for c in namer.children)


def party_preps(n: Token, is_party: Callable[[Token], bool], hung: tuple[Token, ...] = ()) -> list[Token]:
    """"an agreement with the maker X for Y", "a contract with the Italian group X for Y": the parser hangs "for
    Y" on the party (or on the name in apposition to its description), also of a "with" phrase `hung` on the
    deal's support verb; it is the deal's."""
    named = [[o, *(a for a in o.children if a.dep_ == "appos")] for c in (*n.children, *hung)
             if c.dep_ == "prep" and c.lower_ == "with" for o in c.children if o.dep_ == "pobj"]
    return [p for heads in named if any(is_party(h) for h in heads)
            for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "for"]


def item_party_preps(preps: list[Token], is_party: Callable[[Token], bool]) -> list[Token]:
    """"signed a deal for 48 howitzers with Korea": the parser hangs the deal's "with" party on the item of its
    "for" phrase; materiel is not "with" a state or a company, so the phrase is the deal's."""
    return [w for c in preps if c.dep_ == "prep" and c.lower_ == "for"
            for o in c.children if o.dep_ == "pobj" and not is_party(o)
            for w in o.children if w.dep_ == "prep" and w.lower_ == "with"
            and any(q.dep_ == "pobj" and is_party(q) for q in w.children)]


def is_value(t: Token) -> bool:
    """A sum of money: "$1.2 billion", "800 million euros"."""
    return t.ent_type_ == "MONEY" or any(x.tag_ == "$" for x in t.subtree)


def value_preps(n: Token) -> list[Token]:
    """"a package of $1.2 billion for Ukraine": the parser hangs "for Ukraine" on the value; it is the noun's."""
    return [p for c in n.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj" and is_value(o)
            for p in o.children if p.dep_ == "prep" and p.lower_ in ("for", "to")]


def hung_includes(n: Token, is_party: Callable[[Token], bool]) -> list[Token]:
    """"a package for Ukraine, which includes X", "a package of $300 million, which includes X", "a package,
    valued at $25 million and drafted by the ministry, which would have included X": the parser
    hangs the relative clause on the party or the value after the noun; a party or a sum includes nothing,
    so the clause is the noun's. The include verbs' objects are returned."""
    preps = [c for c in n.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "of")] + value_preps(n)
    preps += [p for c in n.children if c.dep_ in ("amod", "acl") and c.i > n.i for d in (c, *c.conjuncts)
              for p in d.children if p.dep_ in ("prep", "agent")]  # "a package, worth X and prepared by Y, which"
    return [o for p in preps for q in p.children if q.dep_ == "pobj" and (is_party(q) or is_value(q))
            for v in q.children if v.dep_ == "relcl" and v.lemma_.lower() in INCLUDE
            for o in v.children if o.dep_ in ("dobj", "obj")]


def stray_of(n: Token, window: int = 10) -> list[Token]:
    """"had taken delivery, in late 2023, of X": with an adverbial set off by commas between them, the
    parser hangs the noun's "of" phrase on a verb above it or on the date between them; the phrase is the
    noun's. Only a verb that governs the noun or a date or number of the adverbial, only "of", and only
    across commas, prepositional phrases and modifiers (no verb); without commas, see
    displaced_for.displaced_of ("took delivery in May of X")."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in n.children):
        return []
    ancestors = {a.i for a in n.ancestors}
    comma = False
    for t in n.doc[n.i + 1: min(n.i + 1 + window, n.sent.end)]:
        if t.lower_ == "of" and t.dep_ == "prep":
            gov = t.head
            on_verb = gov.i in ancestors and gov.pos_ in ("VERB", "AUX")
            on_date = n.i < gov.i < t.i and (gov.like_num or gov.ent_type_ in ("DATE", "TIME"))
            return [t] if comma and (on_verb or on_date) else []
        if t.pos_ in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ"):
            return []
        comma = comma or t.text == ","
    return []


def acted_on(n: Token, is_party: Callable[[Token], bool]) -> Token | None:
    """"sanctioned Turkey for the purchase of X", "imposed sanctions on Turkey over its purchase of X", "warned India
    against the purchase of X": the party the verb acts on (its object, or the "on" phrase of its object) holds the
    transfer noun `n` of its "for"/"over"/"against" phrase, not the verb's subject."""
    if n.dep_ != "pobj" or n.head.lower_ not in TARGET_PREPS or n.head.head.pos_ not in ("VERB", "AUX"):
        return None
    for o in (c for c in n.head.head.children if c.dep_ in ("dobj", "obj")):
        if is_party(o):
            return o
        for q in (q for p in o.children if p.dep_ == "prep" and p.lower_ in TARGET_OBJECT_PREPS
                  for q in p.children if q.dep_ == "pobj"):
            if is_party(q):
                return q
    return None
