"""Coreference for actor resolution: pronouns and definite descriptions ("it", "the group", "the
country") take the actor of an earlier phrase; a reported statement's "we" is its speaker's state."""
from __future__ import annotations

from spacy.tokens import Token

import materiel.extraction.mentions.foreign_speakers as foreign_speakers
import materiel.extraction.mentions.office_pronouns as office_pronouns
from materiel import lexicon
from materiel.extraction.mentions import compound_bodies, nearest, role_descriptions, topic
from materiel.extraction.mentions.bare_institutions import context_body
from materiel.extraction.mentions.earlier_groups import earlier_group, hired_for, same_group
from materiel.extraction.mentions.head_keys import head_key, same_head_antecedent, site_owner
from materiel.extraction.mentions.office_holders import pronoun_owner
from materiel.extraction.mentions.own_services import own_service
from materiel.extraction.mentions.paragraph_labels import label_state
from materiel.extraction.mentions.regions_of import region_of
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.speaker_sides import side, unnamed_speaker
from materiel.extraction.mentions.speakers import PRONOUNS_SPEAKER, Speakers
from materiel.extraction.mentions.speaking_names import speaking_firm
from materiel.record.models import Actor

PRONOUNS_PL = lexicon.word_set("resolve", "pronouns_plural")
PRONOUNS_PERSON = lexicon.word_set("resolve", "pronouns_person")
PRONOUNS_ADDRESSEE, INDEFINITE = lexicon.word_set("resolve", "pronouns_addressee"), lexicon.word_set("resolve", "indefinites")
MODIFIER_DEPS = {"poss", "compound", "amod", "nmod"}
DEFINITE_DETS = lexicon.word_set("resolve", "definite_dets")


class Coreference(Speakers):
    """The coreference steps of `ActorResolver`, which sets the state `Speakers` declares and provides `resolve`."""

    def _candidates_before(self, tok: Token) -> list[Token]:
        """Subject-like noun phrases before tok, nearest first (this sentence, then earlier)."""
        out = []
        # Tokens over 400 before the sentence are skipped unseen: a long document costs the window per pronoun.
        for t in reversed(self.doc[max(0, tok.sent.start - 400): tok.i]):
            if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj", "dative", "ROOT", "poss", "compound") \
                    and t.pos_ in ("PROPN", "NOUN") and t.sent.start >= tok.sent.start - 400:
                out.append(t)
        return out

    def resolve_other(self, tok: Token, exclude: set[str]) -> Resolved | None:
        """A pronoun's antecedent that is none of `exclude` ("arms that it paid for": not the seller)."""
        first = self.resolve(tok)
        if first is None or first.actor.id not in exclude or tok.pos_ != "PRON":
            return first
        return self._antecedent(tok, tok.lower_, exclude)

    def _antecedent(self, tok: Token, low: str, exclude: set[str] | None = None) -> Resolved | None:
        if low in PRONOUNS_PERSON:  # "the Kenyan president said he had asked X": the speaker's state; else
            return (self._speaker(tok) if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" else None) or \
                pronoun_owner(tok, self._speaker, self.resolve, self.lex) or \
                office_pronouns.antecedent(tok, self.resolve, self.lex)  # "X pleaded guilty ... he asked an agent for Y"
        if low in PRONOUNS_SPEAKER and ((speaker := side(tok, exclude, self._speaker, self.resolve, self.lex)) is not None
                                        or unnamed_speaker(tok, self.resolve)):  # "'We have delivered X,' the French minister said"
            return speaker  # the speaker's state; none for a speaker naming no party ("a militia general")
        if low in PRONOUNS_SPEAKER | PRONOUNS_ADDRESSEE and (turn := self._turn_party(tok, low)) is not None:
            return turn  # a transcript's "KERR: ... sold you tanks": the other speaker's state
        if low in PRONOUNS_ADDRESSEE or low in INDEFINITE:
            return None  # "you" is the one spoken to, "anybody" no one: never a party named before
        if (firm := speaking_firm(tok, self.resolve)) is not None:
            return firm  # "X displayed its A and said it had delivered B": X, whatever no gazetteer lists
        plural = low in PRONOUNS_PL
        subjects = [t for t in self._candidates_before(tok)]
        ordered = nearest.main_subjects_first(tok, [t for t in subjects if t.dep_ in ("nsubj", "nsubjpass")]) + \
            nearest.accused(tok, subjects) + subjects  # "X accuse Y of Z. They say it ...": Y before Z
        bound = self._own_subject(tok)
        if bound is not None:  # "X sanctioned Y, accusing it of": "it" is not X, so the nearest other in the sentence
            own = {x.i for x in bound.subtree} - nearest.described_inside(bound)  # "X, Y's ally, sold it": Y
            ordered = [t for t in ordered if t.i not in own]
            ordered = [t for t in subjects if t.i not in own and t.sent.start == tok.sent.start] + ordered
            bound_actor = self.resolve(bound)
            if bound_actor is not None:
                exclude = (exclude or set()) | {bound_actor.actor.id}
        if nearest.no_party(tok, ordered, self.resolve):
            return None  # "the sale was approved after X froze it": the sale, no party
        ordered = [o for t in nearest.relative_speaker(tok) + ordered for o in (t, *nearest.subject_owners(t))]
        for t in ordered[:40]:
            if t.i == tok.i or t.head.i == tok.i:
                continue
            if t.head.i == tok.head.i and t.dep_ in ("nsubj", "nsubjpass") and tok.dep_ in ("dobj", "pobj", "dative"):
                continue  # "Washington warned it": an object pronoun is not its own clause's subject
            if not plural and t.tag_ in ("NNS", "NNPS") and t.i not in self.by_token:
                continue
            r = self.resolve(t)
            if r and r.actor.kind != "person" and not (exclude and r.actor.id in exclude):
                self._antecedent_at[tok.i] = t
                if plural:
                    self.plural_antecedent[tok.i] = t  # "X, Y and Z announced their intent": all three
                return Resolved(r.actor.model_copy(update={"text": tok.text}), r.confidence * 0.8, tok)
        return None

    def _same_head(self, tok: Token) -> Resolved | None:
        """"the military" after "Myanmar's military": the same head noun, named before (not "a large country")."""
        if self._modified is None:  # one pass over the document, not one per description (long documents)
            self._modified = {}
            for t in self.doc:
                if any(c.dep_ in MODIFIER_DEPS for c in t.children):
                    self._modified.setdefault(head_key(t), []).append(t.i)
        before = [i for i in self._modified.get(head_key(tok), []) if i < tok.i and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in self.doc[i].children)]
        if not before:
            return None
        nearest_i = same_head_antecedent([self.doc[i] for i in before], self.resolve)
        if nearest_i is None:
            return None
        r = self.resolve(self.doc[nearest_i]) or site_owner(self.doc[nearest_i], self.resolve)  # "its X yard": its firm
        if r is not None:
            return Resolved(r.actor.model_copy(update={"text": self._np_text(tok)}), r.confidence * 0.8, tok)
        self._unresolvable.add(tok.i)  # "the administration" after "the Biden administration"
        return None

    def _home_body(self, tok: Token, others: set[str]) -> Resolved | None:
        """"the government" as the body of the state the report is about (mentions/topic.py, use
        "home_body"), unless its own clause names that state as another party or its sentence names it after it."""
        if not topic.is_home_body(tok, set(self.by_token)):
            return None
        home = self.topics.decide("home_body")
        iso3 = home.iso3 if home is not None else ""
        if not iso3 or iso3 in others or any(
                t.i > tok.i and (r := self.resolve(t)) is not None and r.actor.country == iso3
                for t in tok.sent if t.i in self.by_token):
            return None
        return topic.state_body(tok, iso3, self.lex, self._np_text(tok), set(self.by_token))

    def _definite(self, tok: Token) -> Resolved | None:
        # Long (63 lines): one pass over a definite description's readings, in order of precedence.
        dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
        if not dets & DEFINITE_DETS:
            return None
        if (words := compound_bodies.name_words(tok, self.anaphors.get("state", ()))) and \
                (named := compound_bodies.named_before(tok, words, self.resolve)) is not None:
            return named  # "the Ruritanian Air Force signed ... the air force's jets": the same body, not the topic's
        if not any(c.dep_ in MODIFIER_DEPS for c in tok.children):
            same = own_service(tok, self._same_head(tok), self.resolve, self.topics)
            same = context_body(tok, same, self.resolve, self.lex, lambda: self._home_body(tok, set()))
            if same is not None or tok.i in self._unresolvable:
                return same
        head = tok.lemma_.lower()
        phrase = " ".join(t.lower_ for t in tok.lefts if t.dep_ == "compound") + " " + tok.lower_  # "the air force"
        kinds = {k for k, words in self.anaphors.items() if phrase.strip() in words or topic.modified(tok) in words}
        kinds = kinds or {k for k, words in self.anaphors.items() if head in words or tok.lower_ in words}
        if not kinds:
            return None
        region = region_of(tok)  # "the Balkan country": only a state of the Balkans; "the island": an island's
        speaker = foreign_speakers.unless_party(self._speaker(tok), tok, self.by_token, self.resolve)
        clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        # nearest first; a possessor ("Ukraine's largest backer") is not what it is about (but a maker of "X's missile")
        cands = role_descriptions.fitting(tok, [t for t in self._candidates_before(tok)[:60] if t.dep_ != "poss" or "company" in kinds])
        while clause is not None and clause.dep_ in ("xcomp", "conj", "advcl") and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            clause = clause.head  # "the Gulf state offered to supply X to the country": the offer's subject
        subjects = [c for c in (clause.children if clause is not None else []) if c.dep_ in ("nsubj", "nsubjpass")]
        own = {x.i for c in subjects for x in c.subtree} - {x.i for c in subjects for p in c.children if p.lower_ == "to" for x in p.subtree} | nearest.fronted_destinations(tok)  # "X's envoy to Y"; "For Y, the ministry"
        others = set()
        for c in subjects:
            if tok.i not in own:
                r = self.resolve(c)
                if r is not None:
                    others.add(r.actor.id)
        # "Greek officials said the country would not"; but "officials said the US is dropping X as a
        # result of the country buying Y": the clause's own subject is not "the country"
        if speaker is not None and speaker.actor.kind in kinds and speaker.actor.id not in others and \
                (region is None or speaker.actor.country in region):
            return Resolved(speaker.actor.model_copy(update={"text": self._np_text(tok)}), 0.7, tok)
        labelled = label_state(tok) if "state" in kinds else None  # a digest's "RURITANIA - ... the government"
        if labelled is not None and labelled[0].id not in others and (region is None or labelled[0].country in region):
            return Resolved(labelled[0].model_copy(update={"text": self._np_text(tok)}), 0.7, tok)
        body = self._home_body(tok, others) if "state" in kinds else None
        if body is not None:  # "the government" of a feature on one state
            return body
        if "state" in kinds:  # the state of the nearest subject, else the topic's "the ministry"
            found = self._salient_state(tok, own, others, region)
            if found is not None:
                return found
        if "armed_group" in kinds and (group := same_group(tok, self._candidates_before(tok), own, subjects,
                                                          self.resolve)) is not None:
            return group  # "meant for that same group": the group named before, however far back in the window
        for t in cands:
            if t.i in own:
                continue  # "the United States exported jets to the country": not itself
            span = self.by_token.get(t.i)
            if span is None or span.kb_id_ == "demonym":
                continue
            actor = self._from_span(span)
            if actor and actor.kind in kinds and actor.id not in others and (region is None or actor.country in region) \
                    and (t.dep_ != "poss" or actor.kind == "company") and not hired_for(tok, t):
                return Resolved(actor.model_copy(update={"text": self._np_text(tok)}), 0.7, tok)
        return earlier_group(tok, cands, own, others, kinds, self.resolve)  # "the rebels": "the Y Front" before

    def _salient_state(self, tok: Token, own: set[int], others: set[str], region: frozenset[str] | None) -> Resolved | None:
        """A state description's state by salience: the subject of the clauses just before
        (mentions/nearest.py), else, for a body every state has ("the ministry"), the text's topic state
        (mentions/topic.py, use "topic_body")."""
        named = next((r for c in tok.children if c.dep_ in MODIFIER_DEPS and c.i in self.by_token
                      for r in [self.resolve(c) or self._demonym_modifier(c)] if r is not None), None)
        state = nearest.as_state(named.actor, self.lex, "") if named is not None else None
        if state is not None:  # "the Iraqi state": the state the description names
            return Resolved(state.model_copy(update={"text": self._np_text(tok)}), 0.8, tok)
        verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok.head)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != tok.i]
        makers = {r.actor.country for c in subjects for r in [self.resolve(c)]
                  if r is not None and r.actor.kind == "company"}  # "X Corp signed with the ministry": not X's

        def keep(a: Actor) -> bool:
            return a.id not in others and a.country not in makers and (region is None or a.country in region)
        state = nearest.subject_state(tok, self.resolve, keep, self.lex, own)
        if state is None and (topic.is_topic_body(tok) or nearest.paragraph_opening(tok)):
            found = self.topics.decide(topic.body_use(tok))
            c = self.lex.countries.get(found.iso3) if found is not None else None
            state = Actor(id=c.iso3, name=c.name, kind="state", country=c.iso3, text="") if c else None
            state = state if state is not None and keep(state) else None
        if state is None:
            return None
        return Resolved(state.model_copy(update={"text": self._np_text(tok)}), 0.7, tok)

