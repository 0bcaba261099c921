""""the company", "the firm" right after a firm no gazetteer lists (with the state whose possessive opens its
name, "Tarnia's Velmar Systems"): "most of Tarnia's sales come from Velmar
Systems. The company delivered 24 carriers to ...": Velmar Systems, not a listed firm or a state named further
back. The nearest name before the phrase (within [company_anaphors] window) wins: a tagger's organisation of two
words or more, all capitalised (one word is as often a person's name or an agency's acronym), that no gazetteer
lists, no body of a state (`unlisted.COMMON` words only, or a word of [resolve] `state_body_names`), no newspaper
(`org_names`), no item's name. A listed actor nearer than it leaves the resolution as it is, but for a state's word
describing an unlisted firm ("X, a Czech firm"): that state, as a state's firm is ("a Danish company",
`parties.national_firm`). A state the resolution found stands when the firm's own sentence names it
("Ruritanian-made, from Velmar Arms ... the firm"); a phrase resolution found no one for is left to the fills of
the document (the lead firm, the counterparty)."""
from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from materiel import lexicon
from materiel.extraction.mentions.org_names import NO_PARTY
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.unlisted import COMMON, LINKS
from materiel.record.models import Actor

NOUNS = lexicon.word_set("company_anaphors", "nouns")
WINDOW = int(lexicon.word_table("company_anaphors", "window")["sentences"])
CONFIDENCE = 0.5
BODIES = lexicon.word_set("resolve", "state_body_names")  # "the Space Agency", "the Naval Command"


def _bare_anaphor(tok: Token) -> bool:
    """"the company": a definite firm noun with no word of its own that names another."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUNS and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
        not any(c.dep_ in ("compound", "amod", "poss", "nmod", "appos") for c in tok.children)


def _firm_name(ent: Span) -> str | None:
    words = [t for t in ent if t.lower_ != "the"]
    if len(words) < 2 or any(not t.text[:1].isupper() or t.lower_ in BODIES for t in words) or all(t.lower_ in COMMON or t.lower_ in LINKS for t in words) or \
            any(t.lower_ in NO_PARTY for t in words) or any(
            s.start <= ent.start < s.end for s in ent.doc.spans.get("materiel", [])):
        return None
    return " ".join(t.text for t in words)


def _described_firm(tok: Token, span: Span) -> Resolved | None:
    """"X, a Czech firm, ... The firm": the state of the firm's description when no listed actor is nearer."""
    head = span.root.head
    country = lexicon.load().countries.get(span.label_)
    if country is None or span.root.dep_ not in ("amod", "compound") or head.lemma_.lower() not in NOUNS or \
            head.dep_ != "appos" or head.head.ent_type_ != "ORG":  # "X, a Czech firm": X a tagger's organisation
        return None
    actor = Actor(id=country.iso3, name=country.name, kind="state", country=country.iso3,
                  text=" ".join(t.text for t in tok.subtree if t.i <= tok.i))
    return Resolved(actor, CONFIDENCE, tok)


def _owner(ent: Span, by_token: Mapping[int, Span]) -> str | None:
    """The state whose possessive opens the firm's name ("Ruritania's Velmar Systems"), or None."""
    countries = lexicon.load().countries
    for j in range(max(ent.sent.start, ent.start - 3), ent.start):
        span = by_token.get(j)
        if span is not None and span.label_ in countries and span.end < len(ent.doc) and \
                ent.doc[span.end].tag_ == "POS":
            return countries[span.label_].iso3
    return None


def nearer_firm(tok: Token, found: Resolved | None, by_token: Mapping[int, Span]) -> Resolved | None:
    """The unlisted firm "the company" (tok) stands for (see the module), or None."""
    if found is None or not _bare_anaphor(tok):
        return None  # only a listed actor further back is replaced: a phrase resolved to no one is left to others
    sents = list(tok.doc.sents)
    at = next(n for n, s in enumerate(sents) if s.start <= tok.i < s.end)
    start = sents[max(0, at - WINDOW)].start
    ents = {e.start: e for e in tok.doc.ents}
    for i in range(tok.i - 1, start - 1, -1):
        if i in by_token:
            return _described_firm(tok, by_token[i])  # a listed actor is nearer: the resolution stands
        ent = ents.get(i)
        if ent is not None and ent.label_ == "ORG" and ent.end <= tok.i:
            name = _firm_name(ent)
            if name is None:
                continue
            if found is not None and found.actor.kind == "state" and any(
                    by_token[j].label_ == found.actor.id for j in range(ent.sent.start, ent.sent.end) if j in by_token):
                return None  # "X-made, from Velmar Arms ... the firm": the state told with the firm stands
            text = " ".join(t.text for t in tok.subtree if t.i <= tok.i)
            actor = Actor(id=lexicon.slug(name), name=name, kind="company", country=_owner(ent, by_token), text=text)
            return Resolved(actor, CONFIDENCE, tok, guessed=True)
    return None
