"""Actor resolution, from a noun-phrase head to a canonical actor: gazetteer names, capitals and institutions as
metonyms, demonyms ("Turkish contacts"), agent nouns for their group ("X's officials"), appositions, pronouns,
definite descriptions ("the group") and persons by the office the text gives them."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions import (
    acronyms,
    city_states,
    demonym_acts,
    described,
    examples,
    firm_countries,
    headline,
    led_bodies,
    named_bodies,
    parties,
    places,
    service_names,
    subsidiaries,
    told_persons,
    topic,
    town_firms,
    unit_of,
    unlisted,
    unlisted_acronyms,
)
from materiel.extraction.mentions.armed_groups import ArmedGroups
from materiel.extraction.mentions.bare_bodies import whose as bare_body
from materiel.extraction.mentions.coreference import MODIFIER_DEPS, PRONOUNS_PERSON, PRONOUNS_PL
from materiel.extraction.mentions.designated_heads import names_system
from materiel.extraction.mentions.firm_sites import site_firm
from materiel.extraction.mentions.inner_states import inner_state
from materiel.extraction.mentions.item_names import names_item
from materiel.extraction.mentions.located import placed_text, referents
from materiel.extraction.mentions.office import office_state, when_phrase
from materiel.extraction.mentions.office_holders import owned
from materiel.extraction.mentions.relative_pronouns import relative_head
from materiel.extraction.mentions.resolved import Resolved, kept_apart
from materiel.record.models import Actor

__all__ = ["ActorResolver", "Resolved"]

PRONOUNS_SG, OF_PREPS = lexicon.word_set("resolve", "pronouns_singular"), lexicon.word_set("resolve", "of_preps")


class ActorResolver(ArmedGroups):
    def __init__(self, doc: Doc) -> None:
        self.doc, self.text = doc, doc.text  # Doc.text joins every token on each call: taken once
        self.lex = lexicon.load()
        cues = lexicon.toml("cues.toml")["actors"]
        self.agent_nouns = set(cues["agent_nouns"]).union(*(lexicon.toml("cues.toml")[k]["agent_nouns"] for k in ("formations", "offices")))
        self.facility_nouns = set(cues.get("facility_nouns", []))
        self.government_nouns = set(cues["government_nouns"])
        self.group_nouns, self.armed_heads = set(cues.get("group_nouns", [])), set(cues.get("armed_heads", []))
        self.generic_nouns = set(cues.get("generic", []))
        self.anaphors: dict[str, set[str]] = {k: set(v) for k, v in cues["anaphors"].items()}
        self.by_token: dict[int, Span] = {}
        for span in doc.spans.get("actors", []):
            for i in range(span.start, span.end):
                self.by_token[i] = span
        self.actors_by_id = {a.id: a for a in self.lex.actors}
        self._cache: dict[int, Resolved | None] = {}
        self._antecedent_at: dict[int, Token] = {}  # pronoun -> the phrase it takes its actor from
        self.plural_antecedent: dict[int, Token] = {}  # plural pronoun -> the phrase it stands for
        self._unresolvable: set[int] = set()
        self.seen: dict[str, Actor] = {}
        self.topics = topic.TopicStates(doc, self.lex, self.by_token, self.resolve, self.span_actor)
        self._ent_at: dict[int, Span] | None = None  # token index -> its entity, built on first use
        self._modified: dict[tuple[str, str], list[int]] | None = None  # (lemma, pos) -> heads with a modifier

    # -- public -------------------------------------------------------------------------------
    def resolve(self, tok: Token, _depth: int = 0) -> Resolved | None:
        if tok.i not in self._cache:
            self._cache[tok.i] = None  # guards against cycles
            found = self._self_named(tok) or firm_countries.placed(  # "the Group"; "from X"
                tok, self._resolve(tok, _depth), self.by_token, self._np_text)
            self._cache[tok.i] = found = town_firms.town_state(found) or found  # "Galati Shipyard"
            if found:
                self.seen.setdefault(found.actor.id, found.actor)
        return self._cache[tok.i]

    def resolve_all(self, tok: Token) -> list[Resolved]:
        """The actor of a phrase and of each phrase coordinated with it ("France and Germany")."""
        out: list[Resolved] = []
        first = self.resolve(tok)
        if first is None and examples.members(tok):  # "to 30 countries, including A and B": A and B
            return [r for m in examples.members(tok) for r in self.resolve_all(m)]
        ante = self.plural_antecedent.get(tok.i) if first is not None else None
        for t in [tok, *(c for c in tok.conjuncts if not kept_apart(tok, c, self.resolve)), *(ante.conjuncts if ante else ())]:
            r = self.resolve(t)
            if r and all(r.actor.id != o.actor.id for o in out):
                out.append(r)
            if r and t.lower_ in PRONOUNS_PL and t.i in self._antecedent_at:  # "X, Y and Z ... their intent"
                for c in self._antecedent_at[t.i].conjuncts:
                    o = self.resolve(c)
                    if o and all(o.actor.id != x.actor.id for x in out):
                        out.append(Resolved(o.actor.model_copy(update={"text": t.text}), r.confidence, t))
        return out

    def is_actor_span(self, tok: Token) -> bool: return tok.i in self.by_token

    def span_actor(self, span: Span, text: str | None = None) -> Actor | None:
        return self._from_span(span, text)

    def _resolve(self, tok: Token, depth: int) -> Resolved | None:
        # Long (63 lines): an ordered cascade of resolution steps (span, pronoun, group noun, NER), first match wins.
        if depth > 4:
            return None
        span = self.by_token.get(tok.i)
        if span is not None:
            demonym = span.kb_id_ == "demonym"
            if demonym and demonym_acts.origin(tok, self.by_token):
                return None  # "Iranian drones": an origin, not an actor
            actor = self._from_span(span)
            if actor:
                return Resolved(actor, 0.6 if demonym else 0.95, tok)
        if names_system(tok):
            return None  # "Y's Su-57 fighter": a jet, not Y's combatants
        if (group := self._national_group(tok) or unit_of.owner(tok, self.resolve)) is not None:
            return group
        for p in referents(tok, self.generic_nouns, self.plural_antecedent):  # "parties in X", "NATO members X and Y"
            if p.i in self.by_token and self.by_token[p.i].label_ in self.lex.countries:
                return placed_text(tok, self.resolve(p, depth + 1) or self._demonym_modifier(p), self._np_text(tok))
        low = tok.lower_
        if tok.pos_ == "PRON" or low in PRONOUNS_SG | PRONOUNS_PL | PRONOUNS_PERSON:  # "X, from which it bought Y": X
            return self.resolve(h, depth + 1) if (h := relative_head(tok)) is not None else self._antecedent(tok, low)
        for c in tok.children:  # "the M23 rebel group": a name inside the phrase comes first
            if c.dep_ in ("compound", "nmod", "appos") and c.i in self.by_token and self.by_token[c.i].kb_id_ == "actor":
                return self.resolve(c, depth + 1)
            if c.dep_ == "nmod" and c.i in self.by_token and self.by_token[c.i].kb_id_ == "country" and \
                    tok.lower_ in self.generic_nouns and any(x.dep_ == "conj" for x in c.children):
                return self.resolve(c, depth + 1)  # "the U.S. and partner nations": the one named
        if tok.pos_ in ("NOUN", "PROPN") and not self._is_named(tok) and low not in self.agent_nouns \
                and tok.lemma_.lower() not in self.agent_nouns:
            found = named_bodies.named(tok, self.resolve) or self._definite(tok)  # "the government, the Republic of X"
            if found:
                return found
        head_is_agent = low in self.agent_nouns or tok.lemma_.lower() in self.agent_nouns or tok.ent_type_ in ("ORG", "PERSON") or unit_of.state_unit(tok, True)
        if head_is_agent and (tok.pos_ == "NOUN" or tok.text.islower()) and not any(
                (c.dep_ in MODIFIER_DEPS and (c.i in self.by_token or (c.pos_ in ("PROPN", "PRON") and not c.text.islower())))
                or (c.dep_ == "prep" and not when_phrase(c))  # "the company in June" names no one else
                for c in tok.children):
            found = named_bodies.named(tok, self.resolve) or self._definite(tok)  # "the junta": named before
            if found:
                return found
        found = self._issuer_body(tok) if head_is_agent else None  # "the Federal Government" of the text's state
        if found:
            return found
        office = office_state(tok, self.resolve, self._np_text(tok)) if tok.ent_type_ == "PERSON" else None
        if office is not None:  # "Narendra Modi, India's prime minister": India
            return office
        if tok.pos_ == "PROPN" and topic.is_bare_body(tok) and (bare := bare_body(
                tok, self._turn_party, self.resolve, self.topics) or self._definite(tok)) is not None:
            return bare  # "the Army", "The Air Force" (an ORG to the tagger): the text's state's
        if service_names.is_service(tok) and (bare := bare_body(tok, self._turn_party, self.resolve, self.topics)):
            return bare  # "the Republican Guard": the same, but no nearer antecedent stands in for an untold state
        if head_is_agent or tok.pos_ == "PROPN" or owned(tok):  # "her country": the person's
            mods = sorted(tok.children, key=lambda c: (c.pos_ == "PRON", c.i not in self.by_token))  # names first
            for c in mods:
                if c.dep_ in MODIFIER_DEPS:
                    r = self.resolve(c, depth + 1) or self._demonym_modifier(c) or self._led_by(c) or inner_state(c, self)
                    if r and r.actor.kind == "person" and tok.pos_ == "PROPN" and tok.ent_type_ != "PERSON":
                        org = unlisted.after_leader(tok, c, self._np_text(tok))  # "General X's Supreme Council": not its leader
                        if org is not None:
                            return org
                    if r:
                        return self._as_body(r, tok)
                    if c.ent_type_ == "PERSON" and low in self.government_nouns:
                        return None
                if c.dep_ == "prep" and c.lower_ in OF_PREPS and head_is_agent:
                    for p in c.children:
                        if p.dep_ == "pobj":
                            r = self.resolve(p, depth + 1)
                            body = self._as_body(r, tok) if r else None
                            if (body is None or body.actor.kind == "person") and p.ent_type_ == "PERSON" and \
                                    low in self.government_nouns:  # "the government of President X": the text's state's
                                return self._leader_government(tok) or body
                            if r:
                                return body or None
        for c in tok.children:  # "France's two partners, Greece and Cyprus"
            if c.dep_ == "appos":
                r = self.resolve(c, depth + 1)
                if r:  # "the ZPA(M), the larger Tarn faction": a guessed description gives way to the acronym
                    return (r.guessed and unlisted_acronyms.party(tok, self.by_token, self._vessel)) or r
        if tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") and tok.pos_ == "PROPN":
            return self._issuer_body(tok) or acronyms.expanded(tok, self.resolve) or self._from_ner(tok) or \
                unlisted_acronyms.party(tok, self.by_token, self._vessel)  # "to the ZNRA", a GPE to the tagger
        return self._issuer_body(tok) or (self._person_state(tok, tok.text) if tok.pos_ == "PROPN" else None) or \
            (acronyms.expanded(tok, self.resolve) if acronyms.written_as(tok.text) else None) or \
            unlisted.party(tok, self.by_token, self._vessel) or \
            unlisted_acronyms.party(tok, self.by_token, self._vessel) or \
            unlisted_acronyms.members_of(tok, self.by_token, self._vessel) or described.party(tok, self.by_token) or site_firm(tok, self.resolve)  # "to the Kivu Front"; "to X's plant"

    def _leader_government(self, tok: Token) -> Resolved | None:
        """"the government of President X" (X of no known state): the state a bare "the government" there would
        be, unless a party of the same clause is of that state ("asked the Pentagon"): then none."""
        found = self._definite(tok)
        verb = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
        if found is None or verb is None:
            return found
        others = [t for c in verb.children if c.i != tok.i and c.dep_ in ("dobj", "dative", "prep", "agent")
                  for t in ([c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"])]
        if any((o := self.resolve(t)) is not None and o.actor.country == found.actor.country for t in others):
            return None
        return found

    def _issuer_body(self, tok: Token) -> Resolved | None:
        """"the Ministry" of an official text whose opening lines name its state (topic.py, "issuer_body")."""
        issuer = self.topics.decide("issuer_body")
        return topic.state_body(tok, issuer.iso3, self.lex, self._np_text(tok), set(self.by_token)) \
            if issuer is not None else None

    def _is_named(self, tok: Token) -> bool: return tok.i in self.by_token or tok.ent_type_ in ("ORG", "PERSON", "GPE")

    def _demonym_modifier(self, tok: Token) -> Resolved | None:
        span = self.by_token.get(tok.i)
        actor = self._from_span(span) if span is not None and span.kb_id_ == "demonym" else None
        return Resolved(actor, 0.6, tok) if actor else None

    def _as_body(self, r: Resolved, head: Token) -> Resolved | None:
        """"Egypt's defence ministry" is a government body of Egypt; "X's fighters" are X."""
        low = head.lemma_.lower()
        if r.actor.kind == "person" and low in self.government_nouns:
            return led_bodies.led_body(r, head, self.lex, self)  # "the X administration": a usage may tell the state
        if r.actor.kind == "state" and low in self.government_nouns:
            poss = {d.i for c in head.children if c.dep_ == "poss" for d in c.subtree}
            name = " ".join(t.text for t in head.subtree if t.i not in self.by_token and t.i not in poss
                            and (t.i == head.i or t.dep_ not in ("det", "poss", "case", "punct", "prep", "pobj"))
                            and t.i <= head.i)
            actor = Actor(id=f"{r.actor.id}-{lexicon.slug(name)}", name=f"{r.actor.name} {name}".strip(),
                          kind="government_body", country=r.actor.country, text=self._np_text(head))
            return Resolved(actor, r.confidence * 0.95, head)
        return unlisted.national_group(r, head) or parties.national_firm(r, head, low in self.agent_nouns) or Resolved(r.actor.model_copy(update={"text": self._np_text(head)}), r.confidence * 0.9, head)

    def _np_text(self, tok: Token) -> str:
        toks = [t for t in tok.subtree if t.dep_ not in ("relcl", "punct", "appos") and
                not any(a.dep_ in ("relcl", "appos", "acl") and a.i != tok.i and a in tok.subtree
                        for a in t.ancestors if a.i != tok.i and tok in a.ancestors)]
        if not toks:
            return tok.text
        left = toks[0].idx
        right = max(t.idx + len(t.text) for t in toks if t.i <= max(tok.i, toks[-1].i))
        return self.text[left:right]

    def _from_span(self, span: Span, text: str | None = None) -> Actor | None:
        aid = span.label_
        surface = text or span.text
        if aid in self.lex.countries:
            c = self.lex.countries[aid]
            return Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text=surface)
        entry = self.actors_by_id.get(aid)
        if entry:  # "Thales UK": the firm's arm in the state its name ends with
            arm = subsidiaries.state_of_arm(surface) if entry.kind == "company" else None
            return unlisted.faction(span, Actor(id=entry.id, name=entry.name, kind=entry.kind, country=arm or entry.country, text=surface))  # type: ignore[arg-type]
        return Actor(id=aid, name=aid.replace("-", " ").title(), kind="other", country=None, text=surface)

    def _from_ner(self, tok: Token) -> Resolved | None:
        if self._ent_at is None:  # one pass over the entities, not one per token (long documents)
            self._ent_at = {i: e for e in reversed(self.doc.ents) for i in range(e.start, e.end)}
        ent = self._ent_at.get(tok.i)
        if ent is None:
            return None
        if ent[-1].lower_ in self.facility_nouns or self._vessel(ent):
            return None  # "X Air Base", whatever the tagger says: a place; a ship's name: the carrier
        if headline.is_headline(ent.sent):
            return None  # "U.S. and Egypt Reinforce Commitment to ...": a headline's words, not a name
        if names_item(ent):
            return None  # "gearboxes for its Kestrel-9s": a designated system, no party (item_names.py)
        if (city := city_states.misread_city(ent, self.lex)) is not None:
            return city  # "shipment from X", a city the tagger took for a firm (city_states.py)
        kind = told_persons.kind_of(ent, lambda: self._person_state(tok, ent.text.strip()))
        if kind == "person" and (state := self._person_state(tok, ent.text.strip())) is not None:
            return state  # a bare name whose state office the text gave before; "Defence Minister X" of the context
        if kind is None or places.told_as_place(ent):  # unknown places and nationalities are no actors, nor "arrived at X"
            return city_states.city_state(ent, self.lex) if kind is None else None  # a city: its state (city_states.py)
        name = parties.full_name(ent)  # an entity the tagger ran over a line break ("Defence Forces\n\n") ends at it
        placed = parties.placed_body(list(ent), name, self.resolve) if kind == "other" else None  # "the Ministry in Bamako"
        return placed or Resolved(Actor(id=lexicon.slug(name), name=name, kind=kind, country=None, text=name), 0.5, tok)  # type: ignore[arg-type]

