"""The state that arms itself in the clauses just before a phrase: the subject, or the subject's owner, of a clause
whose verb tells a state buying, receiving or operating arms (words.toml [buyer_subjects]): "Peru is acquiring
new patrol boats. The navy received ...", "Cambodia's launchers were bought from X, and the army also operates
Y", "Armenia has purchased very little for years. A French offer of six radars was accepted". A seller's clause
("Russian firms sold the junta jets") tells no such state. The scope is the phrase's sentence before it, else the
sentence before in its paragraph, nearest first (as mentions/nearest.py)."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions import nearest
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

VERBS = lexicon.word_set("buyer_subjects", "verbs")


def buyer_state(tok: Token, resolve: Callable[[Token], Resolved | None], lex: lexicon.Lexicon,
                keep: Callable[[Actor], bool]) -> tuple[Actor, Token] | None:
    """The nearest such state that `keep` allows, with the token that names it; None when there is none."""
    sent = tok.sent
    prev = tok.doc[sent.start - 1].sent if sent.start > 0 else None
    if prev is not None and not same_paragraph(tok.doc, prev.start, tok.i):
        prev = None
    own = {x.i for x in tok.subtree}
    for scope in (tok.doc[sent.start: tok.i], prev):
        if scope is None:
            continue
        for s in reversed([t for t in scope if t.dep_ in nearest.SUBJECT_DEPS and t.i not in own and
                           t.pos_ in ("NOUN", "PROPN") and _buying(t.head)]):
            for t in ((s,) if s.dep_ == "nsubj" else ()) + tuple(nearest.subject_owners(s)):  # "launchers were bought": whose
                r = resolve(t) if t.i != tok.i else None
                state = nearest.as_state(r.actor, lex, r.actor.text) if r is not None else None
                if state is not None and keep(state):
                    return state, t
    return None


def _buying(verb: Token) -> bool:
    """The verb, or the verb of the clause it is the auxiliary-free head of, tells a state arming itself."""
    return verb.lemma_.lower() in VERBS and verb.pos_ in ("VERB", "AUX")


def clause_subject_states(tok: Token, resolve: Callable[[Token], Resolved | None]) -> set[str]:
    """The states of the subjects of tok's own clause ("China has provided the military with drones": China), which
    the phrase cannot stand for."""
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    out: set[str] = set()
    for c in verb.children if verb is not None else ():
        if c.dep_ in nearest.SUBJECT_DEPS and c.i != tok.i:
            for t in (c, *c.conjuncts):
                r = resolve(t)
                if r is not None and r.actor.country:
                    out.add(r.actor.country)
    return out
