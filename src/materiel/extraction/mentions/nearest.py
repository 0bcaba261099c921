"""The state of the nearest clauses, for definite descriptions ("the ministry", "the government", "the
country") and pronouns: the state that is the subject of the nearest clauses (or the possessor of that
subject: "Baghdad's interest in X ...; weapons supplied to the state"), before the text's topic state
(mentions/topic.py) takes an unqualified "the ministry" that no nearer clause places; and an object
"it" that stands for a thing, not a party."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions import dummy_pronouns
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.topic import STATE_KINDS
from materiel.record.models import Actor

# Modifiers of a subject that name whose it is ("Baghdad's interest", "Iraqi officials").
OWNER_DEPS = ("poss", "compound", "amod", "nmod")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
THING_PRONOUNS = lexicon.word_set("resolve", "thing_pronouns")
THING_NOUNS = lexicon.word_set("resolve", "thing_nouns")


def as_state(a: Actor, lex: lexicon.Lexicon, text: str) -> Actor | None:
    """A state, or a body of a state, as the state itself; None for anything else."""
    if a.kind not in STATE_KINDS or not a.country or a.country not in lex.countries:
        return None
    c = lex.countries[a.country]
    return Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=text)


def paragraph_opening(tok: Token) -> bool:
    """tok's sentence opens its paragraph."""
    start = tok.sent.start
    return start == 0 or not same_paragraph(tok.doc, start - 1, start)


def subject_state(tok: Token, resolve: Callable[[Token], Resolved | None], keep: Callable[[Actor], bool],
                  lex: lexicon.Lexicon, skip: set[int]) -> Actor | None:
    """The state that is the subject, or owns the subject, of a clause before tok in its sentence,
    else of the sentence before (nearest first); `skip` holds tokens that may not be it (the phrase's
    own clause), `keep` what the description allows (a region, not the other party)."""
    sent = tok.sent
    prev = tok.doc[sent.start - 1].sent if sent.start > 0 else None
    if prev is not None and not same_paragraph(tok.doc, prev.start, tok.i):
        prev = None  # a new paragraph: the text's topic comes back into focus
    for scope in (tok.doc[sent.start: tok.i], prev):
        if scope is None:
            continue
        for s in reversed([t for t in scope if t.dep_ in SUBJECT_DEPS and t.i not in skip]):
            for t in (*supplied_party(s), *served_body(s, tok), s, *subject_owners(s)):
                r = resolve(t) if t.i != tok.i else None
                state = as_state(r.actor, lex, r.actor.text) if r is not None else None
                if state is not None and keep(state):
                    return state
    return None


def served_body(t: Token, tok: Token) -> list[Token]:
    """The same body as tok told in the subject's own clause, or a clause joined to it, as what the subject gives
    to ("X delivered 30 trucks to the army's signal units, and it supplied rifles. Y gave the army six
    ambulances"; "X supplied the army with trucks"): that army is the one tok takes up, not X's. Only a body's
    noun (tok is not a pronoun)."""
    if tok.pos_ == "PRON":
        return []
    v = t.head
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    own = {x.i for x in t.subtree}
    return [x for x in v.subtree if x.i < tok.i and x.i not in own and x.lemma_.lower() == tok.lemma_.lower()
            and x.pos_ in ("NOUN", "PROPN") and (x.dep_ in ("pobj", "dative") or x.dep_ == "poss" and
                                                 x.head.dep_ in ("pobj", "dative") or _equipped(x))]


def _equipped(x: Token) -> bool:
    """The object of a verb with a "with" phrase: "supplied the army with 20 trucks"."""
    return x.dep_ in ("dobj", "obj") and any(c.dep_ == "prep" and c.lower_ == "with" for c in x.head.children)


SUPPLIER_NOUNS = lexicon.word_set("suppliers", "nouns")
SUPPLIER_COPULAS = lexicon.word_set("suppliers", "copulas")


def supplied_party(t: Token) -> list[Token]:
    """Whose supplier a subject is said to be ("X has been Y's main source of arms", "X remains Y's supplier"): Y,
    whose army or air force the clauses after tell of, not X's."""
    v = t.head
    if t.dep_ != "nsubj" or v.lemma_.lower() not in SUPPLIER_COPULAS:
        return []
    return [p for a in v.children if a.dep_ == "attr" and a.lemma_.lower() in SUPPLIER_NOUNS
            for p in a.children if p.dep_ == "poss"]


def subject_owners(t: Token) -> list[Token]:
    """Who owns a subject that is a common noun ("Baghdad's interest", "Iraqi officials"; not "US
    contractor X", whose name is its own): the subject's topic when the noun names no one."""
    if t.dep_ not in SUBJECT_DEPS or t.pos_ != "NOUN":
        return []
    return [c for c in t.children if c.dep_ in OWNER_DEPS]


def stands_for_thing(tok: Token, ordered: list[Token], resolve: Callable[[Token], Resolved | None]) -> bool:
    """An object "it" whose nearest subject before it in its sentence is a thing that names no party
    ("the sale was approved in 2017 after X froze it"): the pronoun stands for that thing."""
    if tok.lower_ not in THING_PRONOUNS or tok.dep_ not in ("dobj", "obj", "pobj"):
        return False
    own = tok.sent
    first = next((t for t in ordered if t.dep_ in SUBJECT_DEPS and own.start <= t.i < tok.i
                  and t.head.i != tok.head.i), None)
    return first is not None and first.pos_ == "NOUN" and first.tag_ == "NN" and not first.ent_type_ \
        and first.lemma_.lower() in THING_NOUNS and resolve(first) is None


def parallel_unnamed(tok: Token, resolve: Callable[[Token], Resolved | None]) -> bool:
    """The subject "it" of a clause conjoined to one whose subject is a singular noun that names no party ("in
    April the factory finished its deliveries to X, and in 2011 it sent shells to Y"): the pronoun continues that
    subject, so it takes no party from further back either."""
    if tok.lower_ not in THING_PRONOUNS or tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ != "conj":
        return False
    first = next((c for c in tok.head.head.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i), None)
    return first is not None and first.pos_ == "NOUN" and first.tag_ == "NN" and resolve(first) is None


def _statement_owners(tok: Token) -> list[Token]:
    """"welcomed X's statement that it would refuse Y": the named owner of the noun whose content the
    pronoun's "that" clause tells (the clause hung on the noun, or on the verb the noun is the object of)."""
    clause = tok.head
    if tok.dep_ != "nsubj" or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return []
    nouns = [clause.head] if clause.dep_ == "acl" else \
        [c for c in clause.head.children if c.dep_ in ("dobj", "obj") and c.i < clause.i] if clause.dep_ == "ccomp" else []
    return [c for n in nouns if n.pos_ == "NOUN" for c in n.children if c.dep_ == "poss" and c.pos_ == "PROPN"]


def relative_speaker(tok: Token) -> list[Token]:
    """The noun a relative clause hangs on when its subject said what the pronoun tok did ("a dealer in X, which
    said it had sold Y", "a workshop which insists it had shipped them lawfully"): tok's antecedent, first; so is
    the owner of a statement the pronoun's clause tells ("welcomed X's statement that it would refuse Y")."""
    owners = _statement_owners(tok)
    if owners:
        return owners
    if tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp":
        return []
    said = tok.head.head
    while said.dep_ == "conj" and said.head.i != said.i:
        said = said.head
    if said.dep_ != "relcl" or said.head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [said.head] if any(c.dep_ in SUBJECT_DEPS and c.tag_ in ("WDT", "WP") for c in said.children) else []


SPEAKER_VERBS = lexicon.word_set("resolve", "speaker_verbs")


def bound_unnamed(tok: Token, resolve: Callable[[Token], Resolved | None]) -> bool:
    """The subject "it" of what a singular noun naming no party said ("the ministry announced that it had
    suspended X", "a manufacturer in X that said it had sold them"): the pronoun is that noun's, so it takes no
    party from further back either (a court or a group named sentences before)."""
    if tok.lower_ not in THING_PRONOUNS or tok.dep_ != "nsubj" or tok.head.dep_ != "ccomp":
        return False
    bound = relative_speaker(tok)
    said = tok.head.head
    if not bound and said.lemma_.lower() in SPEAKER_VERBS:
        bound = [c for c in said.children if c.dep_ == "nsubj"]
    return bool(bound) and bound[0].pos_ == "NOUN" and bound[0].tag_ == "NN" and resolve(bound[0]) is None


def no_party(tok: Token, ordered: list[Token], resolve: Callable[[Token], Resolved | None]) -> bool:
    """The pronoun stands for a thing or for a noun that names no party: it takes no party from further back."""
    return stands_for_thing(tok, ordered, resolve) or parallel_unnamed(tok, resolve) or bound_unnamed(tok, resolve) \
        or continues_materiel(tok, resolve) or dummy_pronouns.is_dummy(tok)  # "made it illegal to sell X"


def continues_materiel(tok: Token, resolve: Callable[[Token], Resolved | None]) -> bool:
    """The subject "they" of a clause under or conjoined to one whose subject is plural materiel that names no
    party, when its own clause is a copula or a passive ("the corvettes were picked since they were newer",
    "the jets arrived in May and they were paid for in June"): the pronoun stands for the materiel, so it
    takes no party from further back."""
    if tok.lower_ != "they" or tok.dep_ not in SUBJECT_DEPS or tok.head.dep_ not in ("advcl", "conj"):
        return False
    if tok.dep_ != "nsubjpass" and tok.head.lemma_.lower() != "be":
        return False  # "the jets were ordered because they needed X": an act of the buyer's
    first = next((c for c in tok.head.head.children if c.dep_ in SUBJECT_DEPS and c.i < tok.i), None)
    if first is None or first.pos_ != "NOUN" or first.tag_ != "NNS" or resolve(first) is not None:
        return False
    return any(s.start <= first.i < s.end for s in tok.doc.spans.get("materiel", []))


TOPIC_PRONOUNS = lexicon.word_set("resolve", "topic_pronouns")


def _subordinate(t: Token) -> bool:
    """t is the subject of a clause that hangs under another of its sentence ("X, which ..., has ... since Y
    invaded Z"; also a subject the parser hangs on a noun): not the subject of the main verb or of a verb
    conjoined to it."""
    v = t.head
    if v.dep_ == "conj":
        v = v.head
    return v.head.i != v.i


def main_subjects_first(tok: Token, subjects: list[Token]) -> list[Token]:
    """Subjects nearest first, but in a sentence before tok's the subject of its main clause comes before
    the subjects of its subordinate clauses ("X, which joined the bloc in May, has bought arms since Y
    invaded Z. In 2022 it ordered ..."): the pronoun continues the main subject, X, not Y."""
    if tok.lower_ not in TOPIC_PRONOUNS:
        return subjects
    own = tok.sent.start
    rank: dict[int, int] = {}
    for t in subjects:
        rank.setdefault(t.sent.start, len(rank))
    order = {t.i: n for n, t in enumerate(subjects)}
    return sorted(subjects, key=lambda t: (rank[t.sent.start], t.sent.start != own and _subordinate(t), order[t.i]))


ACCUSING = lexicon.word_set("governors", "accusing")


def accused(tok: Token, subjects: list[Token]) -> list[Token]:
    """The accused of an accusation in a sentence before tok's ("X officials accuse Y of arming Z. They say it
    delivered ..."): the object of an accusing verb with an "of" + gerund is that gerund's doer, next after the
    main subjects (words.toml [governors] accusing)."""
    return [t for t in subjects if t.sent.start < tok.sent.start and t.dep_ in ("dobj", "nsubjpass")
            and t.head.lemma_.lower() in ACCUSING
            and any(c.lower_ == "of" and any(g.tag_ == "VBG" for g in c.children) for c in t.head.children)]


FRONTED_PREPS = lexicon.word_set("licensed_acts", "fronted_preps")


def fronted_destinations(tok: Token) -> set[int]:
    """The words of a destination fronted before a body told bare ("For X, the agency approved the sale of
    Y"): the phrase names whom the clause's transfer is for, never whose the body is, so none of its words is the
    body's antecedent (words.toml [licensed_acts] fronted_preps)."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return set()
    return {x.i for c in verb.children if c.dep_ == "prep" and c.lower_ in FRONTED_PREPS and c.i < tok.i < verb.i
            for x in c.subtree}


def described_inside(subject: Token) -> set[int]:
    """The possessors and prepositional objects inside an apposition or relative clause of a clause's
    subject ("Turkey, Georgia's largest partner, has not sold it arms"; "Russia, whose instructors
    train Mali's army, sold it jets"): other parties, which an object pronoun of that clause may stand for."""
    return {x.i for c in subject.children if c.dep_ in ("appos", "relcl")
            for x in c.subtree if x.dep_ in ("poss", "pobj") and x.i != c.i}
