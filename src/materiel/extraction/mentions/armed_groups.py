"""Armed groups told by their country ("Syrian rebels", "rebel groups in Yemen", the gazetteer's group named just
before) and who leads or backs a body ("the Czech-led initiative", "a US-backed force"), for `resolve.ActorResolver`."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.coreference import Coreference
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

OF_PREPS = lexicon.word_set("resolve", "of_preps")
LED_BY_WORDS = lexicon.word_set("resolve", "led_by_words")


class ArmedGroups(Coreference):
    """The group and leader readings of `resolve.ActorResolver` (a base class)."""

    group_nouns: set[str]
    armed_heads: set[str]

    def _is_group_noun(self, tok: Token) -> bool:  # "rebels", "militia", and "armed groups"
        return tok.lower_ in self.group_nouns or tok.lemma_.lower() in self.group_nouns or \
            (tok.lower_ in self.armed_heads and any(c.lower_ == "armed" for c in tok.children))

    def _national_group(self, tok: Token) -> Resolved | None:
        """"Syrian rebels", "rebel groups in Yemen": an armed group of the country (cues.toml group_nouns), no state."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.i in self.by_token:
            return None
        kind_word = tok if self._is_group_noun(tok) else next(
            (c for c in tok.children if c.dep_ in ("compound", "amod") and self._is_group_noun(c)), None)
        if kind_word is None or any(c.i in self.by_token and self.by_token[c.i].kb_id_ == "actor" for c in tok.children):
            return None  # "the M23 rebel group": the group named inside the phrase
        places = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
        places += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in OF_PREPS
                   for p in c.children if p.dep_ == "pobj"]
        for c in places:
            span = self.by_token.get(c.i)
            if span is None or span.label_ not in self.lex.countries:
                continue
            if (named := self._named_group_before(tok, span.label_)) is not None:  # "the M23 rebels ... Congolese rebels"
                return named
            country = self.lex.countries[span.label_]
            actor = Actor(id=f"{country.iso3}-{lexicon.slug(kind_word.lemma_.lower())}",
                          name=f"{country.name} {kind_word.lemma_.lower()}", kind="armed_group",
                          country=country.iso3, text=self._np_text(tok))
            return Resolved(actor, 0.7, tok)
        return None

    def _named_group_before(self, tok: Token, country: str) -> Resolved | None:
        """The nearest armed group of the country named by the gazetteer before tok in the document."""
        for span in reversed(self.doc.spans.get("actors", [])):
            if span.start >= tok.i or span.kb_id_ != "actor":
                continue
            if span.start < tok.sent.start - 400:
                break  # the same window as the other references back
            actor = self._from_span(span)
            if actor is not None and actor.kind == "armed_group" and actor.country == country:
                return Resolved(actor.model_copy(update={"text": self._np_text(tok)}), 0.6, tok)
        return None

    def _led_by(self, tok: Token) -> Resolved | None:
        """"the Czech-led initiative", "a US-backed force": who leads or backs it."""
        if tok.lemma_.lower() not in LED_BY_WORDS:
            return None
        for c in tok.children:
            r = self._demonym_modifier(c) or (self.resolve(c) if c.i in self.by_token else None)
            if r is not None:
                return r
        return None
