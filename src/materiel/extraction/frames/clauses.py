"""Clause tests the governors share: a verb with its particle, a clause a reporting verb reports or a
question asks, a "that" clause of what was found."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

QUESTION_MARKS = lexicon.word_set("governors", "question_marks")
REQUEST_MODALS = lexicon.word_set("governors", "request_modals")
REPORTING = frozenset(lexicon.toml("cues.toml")["attribution"]["reporting_verbs"])


def reports_or_asks(clause: Token, governor: str) -> bool:
    """A finite clause that a reporting verb reports ("announced that it had received X": the clause's own
    stage, not an announcement's) or that asks a question ("asked whether X had sent Y": no request)."""
    return governor in REPORTING or (any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children)
                                     and not asks_the_asked(clause))


def asks_the_asked(clause: Token) -> bool:
    """"X asked Y whether it could export Z": a "whether" clause with a modal, under a verb of asking with an
    object, whose subject is a pronoun (the party asked): a request put to Y, not a question about a transfer."""
    gov = clause.head
    return clause.dep_ in ("ccomp", "advcl") and gov.i != clause.i and \
        any(c.dep_ in ("dobj", "dative") for c in gov.children) and \
        any(c.dep_ == "aux" and c.lower_ in REQUEST_MODALS for c in clause.children) and \
        any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children)


def phrasal(tok: Token) -> str:
    """A verb's lemma with its particle ("turn down", "rule out"), else its lemma."""
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return f"{tok.lemma_.lower()} {particle}" if particle else tok.lemma_.lower()


def finding(t: Token) -> bool:
    """A "that" clause under a verb of a deal ("concluded that X had been sent"): what was found, not a deal."""
    return t.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)


CLAIM_NOUNS = frozenset(lexicon.toml("cues.toml")["factuality"]["claim_nouns"])
DENIAL_VERBS = frozenset(lexicon.toml("cues.toml")["factuality"]["denial_verbs"])
DENIAL_PRONOUNS = frozenset(lexicon.toml("cues.toml")["factuality"]["denial_pronouns"])


def charged(t: Token) -> bool:
    """"X did Y, a charge Z rejected": the parser makes the clause before the claim noun the complement of the
    denial verb after it; that clause is the claim, not what the verb governs (no refusal of it)."""
    verb = t.head
    if t.dep_ == "ccomp" and t.i > verb.i and verb.lemma_.lower() in DENIAL_VERBS:
        return _elaborated(t, verb)
    if t.dep_ != "ccomp" or t.i > verb.i:
        return False
    between = [c for c in verb.children if c.dep_ in ("nsubj", "dobj") and t.i < c.i < verb.i]
    return any(w.lemma_.lower() in CLAIM_NOUNS for c in between for w in (c, *c.children) if w.i <= c.i)


def _elaborated(t: Token, verb: Token) -> bool:
    """"Z rejected it: 'we have never armed any group'": a denial verb with an object of its own standing for the
    charge (a pronoun or claim noun) before the clause; the clause is what the denier says, not what it refuses."""
    return any(c.dep_ in ("dobj", "obj") and verb.i < c.i < t.i and
               (c.lower_ in DENIAL_PRONOUNS or c.lemma_.lower() in CLAIM_NOUNS) for c in verb.children)


DEAL_CONTENT = lexicon.word_set("governors", "deal_content_verbs")
DEAL_NOUNS = lexicon.word_set("governors", "deal_nouns")


def deal_content(t: Token) -> Token | None:
    """The deal noun whose contents t is: "a contract supplying X" (t the participle), "the deal envisages
    the delivery of X", "the contract provides for the supply of X" (t the transfer noun); else None."""
    if t.dep_ == "acl" and t.tag_ == "VBG" and t.head.lemma_.lower() in DEAL_NOUNS:
        return t.head
    if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in DEAL_CONTENT:  # "the contract provides (for) X"
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lemma_.lower() in DEAL_NOUNS:
            return subj
    verb = t.head
    if t.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "for":
        verb = verb.head  # "provides for the delivery of X", "calls for the supply of X"
    elif t.dep_ not in ("dobj", "obj"):
        return None
    if t.pos_ not in ("NOUN", "PROPN") or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in DEAL_CONTENT:
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj if subj is not None and subj.lemma_.lower() in DEAL_NOUNS else None


GENERIC_ACTORS = frozenset(lexicon.toml("cues.toml")["actors"]["generic"])


def among_members(head: Token) -> Token | None:
    """"Egypt and Indonesia are among the countries considering X": a clause on a noun for actors in general
    that is the object of "among" tells what the subject of "are among" does (the first of its conjuncts)."""
    if not (head.lower_ in GENERIC_ACTORS or head.lemma_.lower() in GENERIC_ACTORS) or head.dep_ != "pobj" or \
            head.head.lower_ != "among" or head.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in head.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
