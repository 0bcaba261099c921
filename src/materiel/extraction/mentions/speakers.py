"""The state of actor resolution (set by `resolve.ActorResolver`) and its readings of persons and speakers: the
offices the text gives persons ("Peruvian President X ... X"), ship names, a firm's own name for itself, a
transcript turn's "we" and "you", and the speaker of a reported statement or of "according to X"."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

import materiel.extraction.mentions.issuers as issuers
from materiel import lexicon
from materiel.extraction.mentions import envoy, interview, persons, topic, turns, vessels
from materiel.extraction.mentions.office_holders import home_office
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

PRONOUNS_SPEAKER = lexicon.word_set("resolve", "pronouns_speaker")
SPEAKER_VERBS = lexicon.word_set("resolve", "speaker_verbs")
ACCORDING = lexicon.word_set("shared", "according")


class Speakers:
    """The state `ActorResolver` sets, and the person and speaker readings of `coreference.Coreference`."""

    doc: Doc
    lex: lexicon.Lexicon
    anaphors: dict[str, set[str]]
    by_token: dict[int, Span]
    plural_antecedent: dict[int, Token]
    _antecedent_at: dict[int, Token]
    _unresolvable: set[int]
    _modified: dict[tuple[str, str], list[int]] | None
    topics: topic.TopicStates  # the state the text is about (mentions/topic.py)

    def resolve(self, tok: Token, _depth: int = 0) -> Resolved | None:  # provided by ActorResolver
        raise NotImplementedError

    def _np_text(self, tok: Token) -> str:  # provided by ActorResolver
        raise NotImplementedError

    def _from_span(self, span: Span, text: str | None = None) -> Actor | None:  # provided by ActorResolver
        raise NotImplementedError

    def _demonym_modifier(self, tok: Token) -> Resolved | None:  # provided by ActorResolver
        raise NotImplementedError

    def _offices(self) -> dict[str, Actor]:
        if getattr(self, "_office_table", None) is None:
            self._office_table: dict[str, Actor] | None = {}  # guards against cycles while it is built
            self._office_table = persons.office_table(self.doc, self.resolve, self._demonym_modifier)
        return self._office_table or {}

    def _person_state(self, tok: Token, name: str) -> Resolved | None:
        """A person named bare whose office the text gave before ("Peruvian President X ... X"): the state;
        a person the text names with a portfolio of no state ("Defence Minister X"): the context's state."""
        return persons.speaks_for(name, self._offices(), tok) or home_office(tok, self.by_token, self.resolve,
                                                                             self.topics, self.lex)

    def _vessel(self, ent: Span) -> bool:
        """The entity is a name the text gives a ship (mentions/vessels.py): the carrier, no party."""
        if getattr(self, "_vessel_names", None) is None:
            self._vessel_names = vessels.vessel_names(self.doc)
        return vessels.is_vessel(ent, self._vessel_names)

    def _self_named(self, tok: Token) -> Resolved | None:
        """A firm's own defined term for itself ("the Group") or its site as a subject ("our plant"): the firm."""
        return issuers.self_named(tok, self) or issuers.site_owner(tok, self)

    def _turn_party(self, tok: Token, low: str) -> Resolved | None:
        """A transcript turn's "we" (its speaker's state) or "you" (the other speaker's), else None."""
        if getattr(self, "_turn_table", None) is None:
            self._turn_table = turns.turns(self.doc)
        own, other = turns.speakers(tok, self._turn_table)
        if not (name := own if low in PRONOUNS_SPEAKER else other):  # an envoy's or an issuer's text: "we" is it
            return envoy.first_person(tok, self) or issuers.first_person(tok, self) if low in PRONOUNS_SPEAKER else None
        return interview.party(tok, name, self._turn_table, self._offices(), self.topics, self._demonym_modifier) or \
            issuers.turn_state(tok, name, self)  # "SPOKESPERSON: we ...": the issuing ministry's state

    def _own_subject(self, tok: Token) -> Token | None:
        """The subject of the clause whose object is the pronoun tok, also through a participle
        without a subject of its own ("X sanctioned Y, accusing it of ..."): never its antecedent."""
        if tok.dep_ not in ("dobj", "obj", "dative", "iobj"):
            return None
        v = tok.head
        for _ in range(4):
            subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:  # "X, which gave it mortars": the relative stands for X
                return v.head if subj.tag_ in ("WDT", "WP") and v.dep_ == "relcl" else subj
            if v.dep_ not in ("advcl", "xcomp", "conj") or v.head.i == v.i:
                return None
            v = v.head
        return None

    def _speaker(self, tok: Token, raw: bool = False) -> Resolved | None:
        """The state (raw: the reading) of the subject of the reporting verb whose complement holds tok, or of its "according to X"."""
        for t in tok.sent:
            if t.lemma_.lower() in ACCORDING and t.i < tok.i:
                pobj = [p for c in t.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
                r = self.resolve(pobj[0]) if pobj else None
                if r is not None and r.actor.kind != "igo":
                    return r if raw else persons.state_of(r, tok, self.lex)
        for a in tok.ancestors:
            said = next((c for c in a.children if c.dep_ == "conj" and c.i > tok.i and
                         c.lemma_.lower() in SPEAKER_VERBS), None) if a.head.i == a.i else None
            if said is None and a.dep_ == "ccomp" and a.head.lemma_.lower() in SPEAKER_VERBS:
                said = a.head
            if said is not None:  # also '"We will buy X," the minister told parliament' read as a coordination
                subj = next((c for c in said.children if c.dep_ == "nsubj"), None)
                if subj is None or subj.i == tok.i:
                    return None
                r = self.resolve(subj)
                return r if raw else persons.state_of(r, tok, self.lex) if r is not None else None
        return None
