"""Office holders the text does not tie to a state in their own phrase, and the bodies their pronouns own.

- "his government", "her country", "his ministry": the possessor pronoun stands for a person who speaks for
  a state, so the body is that state's: the speaker of the reporting clause that holds it ("Peru's defence
  minister X said his government had asked ..."), else the nearest person named before in the sentence or
  the one before, when the text gave that person a state's office. A nearer person of no known state blocks
  it (two candidates).
- "Defence Minister X has asked Y for Z", "X, the defence minister, said": a portfolio title (`home_offices`
  in words.toml [resolve], not a head of state, whom international reporting often names bare) with no state
  in the phrase is an office of the state the context places, as "the ministry" is: the state that is the
  subject of the clauses just before (mentions/nearest.py), else the state of the text's first line, else the
  state it names most (mentions/topic.py); never a state the person's own clause names as another party."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.mentions import nearest, persons
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.topic import TopicStates
from materiel.record.models import Actor

_CUES = lexicon.toml("cues.toml")["actors"]
STATE_NOUNS = frozenset(_CUES["government_nouns"]) | frozenset(_CUES["anaphors"]["state"])
OWNER_PRONOUNS = lexicon.word_set("resolve", "owner_pronouns")
HOME_OFFICES = lexicon.word_set("resolve", "home_offices")
NOT_HOME = lexicon.word_set("resolve", "home_office_exclusions")
ARGUMENT_DEPS = ("dobj", "obj", "dative", "pobj", "conj")
CONFIDENCE = 0.7

Resolver = Callable[[Token], "Resolved | None"]


def owned(tok: Token) -> bool:
    """A state's noun a possessor "his"/"her" owns ("her country"): read by its possessor."""
    return tok.lemma_.lower() in STATE_NOUNS and any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS
                                                     for c in tok.children)


def pronoun_owner(tok: Token, speaker: Resolver, resolve: Resolver, lex: lexicon.Lexicon) -> Resolved | None:
    """The state of the person a possessor "his"/"her" of a state's body stands for, or None."""
    if tok.lower_ not in OWNER_PRONOUNS or tok.dep_ != "poss" or tok.head.lemma_.lower() not in STATE_NOUNS:
        return None
    said = speaker(tok)
    if said is not None:
        return said
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    people = [e for e in tok.doc.ents if e.label_ == "PERSON" and start <= e.start and e.end <= tok.i]
    if not people:
        return None
    r = resolve(people[-1][-1])  # the nearest person named before
    if r is None or r.actor.kind != "state":
        return None
    return persons.state_of(r, tok, lex)


def _title(name: Token) -> Token | None:
    """The office title a person's name carries ("Defence Minister X", "X, the defence minister")."""
    titles = [c for c in name.lefts if c.dep_ in ("compound", "nmod") and persons.is_office(c)]
    titles += [c for c in name.children if c.dep_ == "appos" and persons.is_office(c)]
    titles += [name.head] if name.dep_ == "appos" and persons.is_office(name.head) else []  # "the minister, X"
    return titles[0] if len(titles) == 1 else None


def _unplaced(title: Token, name: Token, named: set[int]) -> bool:
    """A portfolio title whose phrase names no state and no owner, and holds no exclusion ("Prime", "former")."""
    if title.lemma_.lower() not in HOME_OFFICES and title.lower_ not in HOME_OFFICES:
        return False
    phrase = [*title.subtree, *(t for t in name.lefts if t.i not in {x.i for x in title.subtree})]
    if any(t.i in named or t.dep_ == "poss" or t.ent_type_ in ("NORP", "GPE") for t in phrase):
        return False  # "Peru's defence minister", "the Iraqi minister", "Minister of Defence of X"
    return not {t.lower_ for t in phrase} & NOT_HOME


def _other_parties(name: Token, resolve: Resolver, named: set[int]) -> set[str]:
    """The states the clause of which the person is the subject names as its other arguments."""
    if name.dep_ not in ("nsubj", "nsubjpass"):
        return set()
    found: set[str] = set()
    for c in name.head.children:
        for t in c.subtree if c.i != name.i else ():
            r = resolve(t) if t.i in named and t.dep_ in ARGUMENT_DEPS else None
            if r is not None and r.actor.country:
                found.add(r.actor.country)
    return found


def home_office(tok: Token, by_token: dict[int, Span], resolve: Resolver, topics: TopicStates,
                lex: lexicon.Lexicon) -> Resolved | None:
    """The state whose office the person named at tok (an entity's word) holds by an unplaced title, or None."""
    ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end and e.label_ == "PERSON"), None)
    if ent is None:
        return None
    name = ent[-1]
    title = _title(name)
    named = set(by_token)
    if title is None or not _unplaced(title, name, named):
        return None
    others = _other_parties(title if title.i == name.head.i else name, resolve, named)
    own = {t.i for t in ent} | {t.i for t in title.subtree}

    def keep(a: Actor) -> bool:
        return a.country not in others
    state = nearest.subject_state(title, resolve, keep, lex, own)
    if state is None:
        found = topics.decide("home_body") or topics.decide("topic_body")
        c = lex.countries.get(found.iso3) if found is not None else None
        state = Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text="") if c else None
    if state is None or not keep(state):
        return None
    return Resolved(state.model_copy(update={"text": ent.text.strip()}), CONFIDENCE, name)
