"""Which noun a relative pronoun stands for when two are in reach: in "mortar rounds made by the
factory X, which were exported to Y" the clause hangs on "X", but "were" agrees with a plural: the
pronoun stands for the rounds the maker's phrase describes, not for the (singular) maker. In a list, a
clause after a comma says something of the member just before it only ("X, Y, which is buying jets, and Z")."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel.extraction.frames.apposed_subjects import apposed_main_subject
from materiel.extraction.frames.described import described_entity
from materiel.extraction.frames.framebase import RELATIVE, ROLES, Frame
from materiel.extraction.mentions import stranded

PLURAL_TAGS = ("NNS", "NNPS")
SINGULAR_TAGS = ("NN", "NNP")
CLIMB_DEPS = ("pobj", "agent", "prep", "acl", "appos", "compound")


def plural_clause(rel: Token) -> bool:
    """The verb of the relative clause (or its auxiliary) is plural ("which were exported", "that are")."""
    verbs = [rel, *(c for c in rel.children if c.dep_ in ("aux", "auxpass"))]
    return any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs) and \
        not any(v.tag_ == "VBZ" or v.lower_ == "was" for v in verbs)


def agreeing_antecedent(rel: Token, head: Token) -> Token:
    """The plural noun a plural relative clause on a singular head stands for, found up the phrase the
    head is part of ("rounds produced by the factory X, which were ..."); else the head itself."""
    if head.tag_ not in SINGULAR_TAGS and not (head.like_num and head.ent_type_ == "DATE") or \
            not plural_clause(rel) or any(c.dep_ == "conj" for c in head.children):
        return head
    t = head
    for _ in range(5):
        if t.dep_ not in CLIMB_DEPS or t.head.i == t.i:
            return _phrase_plural(t, head)
        t = t.head
        if t.tag_ in PLURAL_TAGS:
            return t
    return head


def _phrase_plural(top: Token, head: Token) -> Token:
    """Where the climb from a singular or a year stops: the plural object of the verb it reached ("ordered three
    boats from X in 2014, which were delivered") or the plural "of"/"for" noun of the deal noun ("the purchase of
    three boats from X, which were delivered", "a contract for four X in 2019, which were"); else the head."""
    if head.dep_ != "pobj":
        return head
    nouns = [c for c in top.children if c.dep_ in ("dobj", "obj") and c.i < head.i] if top.pos_ in ("VERB", "AUX") \
        else [top]
    found = [*nouns, *(p for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                       and c.i < head.i for p in c.children if p.dep_ == "pobj")]
    return next((f for f in found if f.tag_ in PLURAL_TAGS), head)


def nearest_member(rel: Token, pronoun: Token) -> Token:
    """"The largest buyers were X, Y, which is paying for 36 jets, and Z": a relative pronoun right after a
    comma stands for the list member just before it (Y), where the parser hung the clause on the list's
    first member (X); the clause says nothing of X or Z."""
    head = rel.head
    doc = rel.doc
    if pronoun.i < 2 or doc[pronoun.i - 1].lower_ != ",":
        return described_entity(head) or head  # "X is a company that shipped Z": X
    prev = doc[pronoun.i - 2]
    member = prev
    while member.dep_ == "compound" and member.head.i > member.i:
        member = member.head  # "..., the United States, which": the phrase's head
    if member.i == head.i or member.pos_ not in ("PROPN", "NOUN"):
        return head
    cur = member
    for _ in range(8):  # the member hangs on the clause's head through the list (appos, conj)
        if cur.dep_ not in ("appos", "conj") or cur.head.i == cur.i:
            return head
        cur = cur.head
        if cur.i == head.i:
            return member
    return head


def _members(t: Token) -> set[int]:
    """The tokens of the list t is a member of (its appositions and conjuncts, up and down)."""
    top = t
    while top.dep_ in ("appos", "conj") and top.head.i != top.i:
        top = top.head
    out, todo = {top.i}, [top]
    while todo:
        for c in todo.pop().children:
            if c.dep_ in ("appos", "conj") and c.i not in out:
                out.add(c.i)
                todo.append(c)
    return out


def one_member(f: Frame) -> None:
    """Keep, of the parties a relative clause's antecedent gives, the list member the clause follows: in
    "buyers were X, Y, which bought jets, and Z" the clause is Y's; X and Z are no party."""
    v = f.trigger
    pronoun = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in RELATIVE), None)
    if v.dep_ != "relcl" or pronoun is None or pronoun.i < 2 or v.doc[pronoun.i - 1].lower_ != ",":
        return
    member = nearest_member(v, pronoun)
    listed = _members(member)
    if len(listed) < 2 or not any(i > v.right_edge.i for i in listed):
        return  # "X and Y, which bought jets, ...": the clause may be said of both
    own = {t.i for t in member.subtree if t.i in {member.i} or t.dep_ in ("compound", "det", "amod", "poss")}
    for role in ROLES:
        actors = f.roles[role]
        if any(a.token.i in own for a in actors):
            f.roles[role] = [a for a in actors if a.token.i in own or a.token.i not in listed]


def apposed_subject(before: list[Token], named: Callable[[Token], object]) -> Token | None:
    """Of two subjects the parser gave one verb, the first when the second is an apposition set off by commas
    that names no one ("X, for years among the top buyers, got no jets"): the first names a party, a
    comma follows it and another closes the apposition right before the verb. A dateline's place ("LIMA, May 2 -
    The first six jets landed") has no closing comma, and the later subject stays."""
    if len(before) < 2:
        return None
    first, last = before[0], before[-1]
    doc = first.doc
    edge = last.right_edge.i  # the closing comma, the parser's last word of the apposition or the next
    closed = doc[edge].text == "," or edge + 1 < len(doc) and doc[edge + 1].text == ","
    if first.i + 1 < len(doc) and doc[first.i + 1].text == "," and closed and named(first) is not None \
            and named(last) is None:
        return first
    return None


def stranded_subject(v: Token, named: Callable[[Token], object]) -> Token | None:
    """"A bought X, B acquired Y and C took delivery of Z": the parser makes C a conjunct of Y and leaves the
    conjoined verb with no subject; that proper noun, naming a party, is its subject (mentions/stranded.py)."""
    if v.dep_ == "acl":
        return apposed_main_subject(v, named)  # "and X, Y's main partner, handed over A"
    if v.dep_ not in ("conj", "xcomp") or v.i < 2:
        return None
    prev = v.doc[v.i - 1]
    after = stranded.verb_after(prev)
    return prev if after is not None and after.i == v.i and named(prev) is not None else None


def light_object(v: Token, support_verbs: set[str], resolve: Callable[[Token], object | None]) -> bool:
    """A gerund hung on the object of a light verb ("X has issued a ruling approving a sale"): the light
    verb's subject is the gerund's. Not when the object names a party ("the photo shows the Ruritanian navy
    receiving radars"): that party is the gerund's subject."""
    head = v.head
    return v.tag_ == "VBG" and head.dep_ in ("dobj", "obj") and head.head.lemma_.lower() in support_verbs and \
        resolve(head) is None
