"""A person the text introduces with a state office speaks for that state when named again bare.

"Venezuelan President X ... X threatened to sell jets" or "Y, Peru's defence minister, ... Y said": the
text has told whose office the person holds, so a later bare "X" (or a transcript's "X:" turn label) is
that state, with the name as its surface text. The offices are those of a government (`state_offices` in
words.toml: president, minister, king ...), not military ranks; the state is a demonym or country that
modifies the title ("Peruvian President X", "Peru's defence minister, Y") or the title's "of" phrase.
A surname given two different states names no one."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

STATE_OFFICES = lexicon.word_set("resolve", "state_offices")
OF_PREPS = lexicon.word_set("resolve", "of_preps")

Resolver = Callable[[Token], "Resolved | None"]


def is_office(tok: Token) -> bool:
    """A government office's title ("minister", "President")."""
    return tok.lower_ in STATE_OFFICES or tok.lemma_.lower() in STATE_OFFICES


def _state_among(toks: list[Token], resolve: Resolver, demonym: Resolver) -> Actor | None:
    for t in toks:
        r = resolve(t) or demonym(t)
        if r is not None and r.actor.kind == "state":
            return r.actor
    return None


def _owners(title: Token) -> list[Token]:
    """The modifiers and "of" objects of an office title that may name its state."""
    out = [c for c in title.children if c.dep_ in ("poss", "amod", "compound", "nmod") and not is_office(c)]
    out += [p for c in title.children if c.dep_ == "prep" and c.lower_ in OF_PREPS
            for p in c.children if p.dep_ == "pobj"]
    return out


def office_of(name: Token, resolve: Resolver, demonym: Resolver) -> Actor | None:
    """The state whose office the text gives the person whose name ends at `name`, or None."""
    lefts = [c for c in name.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
    if any(is_office(c) for c in lefts):  # "Peruvian President X", "Peru's Defence Minister Y"
        found = _state_among([c for c in lefts if not is_office(c)] +
                             [o for c in lefts if is_office(c) for o in _owners(c)], resolve, demonym)
        if found is not None:
            return found
    titles = [c for c in name.children if c.dep_ == "appos" and is_office(c)]  # "Y, Peru's defence minister"
    if name.dep_ == "appos" and is_office(name.head):  # "Peru's defence minister, Y"
        titles.append(name.head)
    for title in titles:
        found = _state_among(_owners(title), resolve, demonym)
        if found is not None:
            return found
    return None


def title_state(title: Token, resolve: Resolver, demonym: Resolver) -> Actor | None:
    """The state an office title's own modifiers name ("Peru's defence minister", "the minister of X")."""
    return _state_among(_owners(title), resolve, demonym) if is_office(title) else None


def office_table(doc: Doc, resolve: Resolver, demonym: Resolver) -> dict[str, Actor]:
    """Surname (lower case) -> the state of the office the text introduces its person with."""
    table: dict[str, Actor] = {}
    clash: set[str] = set()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = [t for t in ent if t.is_alpha]
        if not words:
            continue
        state = office_of(words[-1], resolve, demonym)  # the entity may run over a line break or a full stop
        key = words[-1].lower_
        if state is None:
            continue
        if key in table and table[key].id != state.id:
            clash.add(key)
        table.setdefault(key, state)
    return {k: v for k, v in table.items() if k not in clash}


def speaks_for(name: str, table: dict[str, Actor], tok: Token, confidence: float = 0.6,
               text: str | None = None) -> Resolved | None:
    """The state the person named `name` holds an office of, as the reading of tok (surface `text`)."""
    words = name.split()
    state = table.get(words[-1].lower()) if words else None
    if state is None:
        return None
    return Resolved(state.model_copy(update={"text": text or name}), confidence, tok)


def state_of(r: Resolved, tok: Token, lex: lexicon.Lexicon) -> Resolved | None:
    """The state a resolved speaker speaks for, as the reading of tok; None without a known state."""
    if not r.actor.country or r.actor.country not in lex.countries:
        return None
    c = lex.countries[r.actor.country]
    return Resolved(Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=tok.text), r.confidence, tok)
