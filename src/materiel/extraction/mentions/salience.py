"""Salience of states for definite descriptions ("the ministry", "the government", "the country"):
the state that is the subject of the nearest clauses (or the possessor of that subject: "Baghdad's
interest in X ...; weapons supplied to the state"), and the state a text is about, its topic (named
in the headline and far more often than any other), which an unqualified "the ministry" or "the air
force" of a feature or wire story belongs to when no nearer clause names a state."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions.paragraphs import same_paragraph
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

# Modifiers of a subject that name whose it is ("Baghdad's interest", "Iraqi officials").
OWNER_DEPS = ("poss", "compound", "amod", "nmod")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
STATE_KINDS = ("state", "government_body")
TOPIC_BODIES = lexicon.word_set("resolve", "topic_bodies")
THING_PRONOUNS = lexicon.word_set("resolve", "thing_pronouns")
THING_NOUNS = lexicon.word_set("resolve", "thing_nouns")
TOPIC_MARGIN = 2      # the topic is named at least this many times as often as any other state
TOPIC_MIN = 3         # ... and at least this many times
HEADLINE_WEIGHT = 3   # a name in the headline or the dateline counts this many times
DATELINE_CHARS = 800  # a dateline opens one of the lines within this many characters of the start
DATELINE = re.compile(r"([A-Z][A-Z.' ]+[A-Z])(?:,| [-–—] )")


def as_state(a: Actor, lex: lexicon.Lexicon, text: str) -> Actor | None:
    """A state, or a body of a state, as the state itself; None for anything else."""
    if a.kind not in STATE_KINDS or not a.country or a.country not in lex.countries:
        return None
    c = lex.countries[a.country]
    return Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=text)


def topic_state(doc: Doc, states: list[tuple[Span, str]]) -> str | None:
    """The ISO3 code of the state the text is about, or None. `states` holds each recognised name
    with the state it names; the headline (the text's first line) and the dateline count more."""
    first_line = doc.text.find("\n")
    counts: Counter[str] = Counter()
    for span, iso3 in states:
        counts[iso3] += HEADLINE_WEIGHT if 0 <= span.start_char < first_line else 1
    place = dateline_state(doc.text)
    if place is not None:
        counts[place] += HEADLINE_WEIGHT
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < TOPIC_MIN:
        return None
    if len(ranked) > 1 and ranked[0][1] < TOPIC_MARGIN * ranked[1][1]:
        return None
    return ranked[0][0]


def dateline_state(text: str) -> str | None:
    """The state of a wire dateline's place ("ACCRA, May 2 (Reuters) -", "JAKARTA —") opening one of
    the text's first lines: a capital or a state's name, in capitals."""
    for line in text[:DATELINE_CHARS].splitlines():
        m = DATELINE.match(line.strip())
        if m:
            return _places().get(m.group(1).strip().lower())
    return None


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Capitals and state names, lower-cased, to ISO3 codes."""
    lex = lexicon.load()
    out = {r["phrase"].lower(): r["refers_to"] for r in lexicon.csv_rows("metonyms.csv") if r["kind"] == "capital"}
    out.update({c.name.lower(): c.iso3 for c in lex.countries.values()})
    return out


def paragraph_opening(tok: Token) -> bool:
    """tok's sentence opens its paragraph."""
    start = tok.sent.start
    return start == 0 or not same_paragraph(tok.doc, start - 1, start)


def is_topic_body(tok: Token) -> bool:
    """"the ministry", "the air force": a body every state has, told without naming whose."""
    words = [t.lower_ for t in tok.lefts if t.dep_ == "compound"] + [tok.lower_]
    return " ".join(words) in TOPIC_BODIES or tok.lemma_.lower() in TOPIC_BODIES


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
            for t in (s, *subject_owners(s)):
                r = resolve(t) if t.i != tok.i else None
                state = as_state(r.actor, lex, r.actor.text) if r is not None else None
                if state is not None and keep(state):
                    return state
    return None


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
