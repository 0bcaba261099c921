"""Parties the text tells by a kind or a bloc, not by a name, in a party's place of a transfer clause:
a bare armed group ("would not supply mortars to the rebels", "rifles for the opposition"), a group of its
own and never the state the text is about; and a collective of states told by a bloc or a region ("asked
Western governments for mortars", "bought rifles from European countries", "turned to the West"). Both are
guessed, with low confidence, and only when nothing else resolves the phrase. Words: `bare_heads`,
`bloc_heads`, `bloc_words`, `bloc_names` of [described] and `quantifiers` of [counted_blocs] in words.toml, region
words of regions.csv. A bloc told with a count or a quantifier ("to over a dozen states of Africa", "to many
Gulf states") names some of its members, unnamed: no party."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

BARE_HEADS = lexicon.word_set("described", "bare_heads") | lexicon.word_set("intended_holders", "bare_heads") | \
    lexicon.word_set("personnel_sources", "bare_heads")  # "a militia", "a gang"
BLOC_HEADS = lexicon.word_set("described", "bloc_heads")
BLOC_WORDS = lexicon.word_set("described", "bloc_words")
BLOC_NAMES = lexicon.word_set("described", "bloc_names")
BLOC_QUANTIFIERS = lexicon.word_set("counted_blocs", "quantifiers")
KIND_HEADS = lexicon.word_set("described", "kind_heads")
BARE_KINDS = lexicon.word_set("described", "bare_kinds")
CONFIDENCE = 0.45
_MODS = ("amod", "compound", "nmod")


def _object(tok: Token) -> bool:
    """In an object's place, not a subject's: "to the rebels", "asked Western governments" (a subject is
    as often a general statement, "Western governments are buying", and a pronoun's antecedent)."""
    return tok.dep_ in ("pobj", "dobj", "dative")


@lru_cache(maxsize=1)
def _asking_verbs() -> frozenset[str]:
    return frozenset(lexicon.toml("predicates.toml")["classes"]["request"]["verbs"])


def _asker(tok: Token) -> bool:
    """The subject of a verb of asking: "the rebels have asked X for Y" (asking names the one who wants)."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _asking_verbs()


def _bare(tok: Token) -> bool:
    """No modifier but a determiner: "the rebels", "rebels fighting the army" (a clause after it is no kind)."""
    return not any(c.dep_ in _MODS + ("poss", "nummod") and c.i < tok.i for c in tok.children)


def _kind(tok: Token) -> Token | None:
    """The kind word of "rebel units", "insurgent commanders" (its only modifier but a determiner)."""
    mods = [c for c in tok.children if c.dep_ in _MODS + ("poss", "nummod") and c.i < tok.i]
    if tok.lower_ in KIND_HEADS and len(mods) == 1 and mods[0].lemma_.lower() in BARE_KINDS:
        return mods[0]
    return None


def bare_group(tok: Token) -> Resolved | None:
    """"the rebels", "the opposition", "rebel units": an armed group of its own, named by its head."""
    if tok.pos_ not in ("NOUN", "PROPN") or not (_object(tok) or _asker(tok)):
        return None
    kind = _kind(tok)
    if kind is None and (tok.lower_ not in BARE_HEADS or not _bare(tok)):
        return None
    name = f"{kind.lower_} {tok.lower_}" if kind is not None else tok.lower_
    actor = Actor(id=lexicon.slug(name), name=name, kind="armed_group", country=None, text=tok.text)
    return Resolved(actor, CONFIDENCE, tok, guessed=True)


def _bloc_words(tok: Token) -> list[Token]:
    mods = [c for c in tok.children if c.dep_ in _MODS and c.i < tok.i]
    regions = lexicon.regions()
    return [c for c in mods if c.lower_ in BLOC_WORDS or c.lower_ in regions or
            any(p in BLOC_WORDS for p in c.lower_.split("-")[:1])]


def _counted(tok: Token) -> bool:
    """"other European countries", "some twenty Asian states", "three Gulf states": some members of
    the bloc, unnamed, not the bloc as a party."""
    return any(c.lower_ in BLOC_QUANTIFIERS or c.dep_ == "nummod" for c in tok.children)


def bloc(tok: Token) -> Resolved | None:
    """"Western governments", "European countries", "Gulf states"; "the West". Never one of a list ("from
    Spain, Italy and other European countries": those named are the parties)."""
    if not _object(tok) or tok.dep_ == "conj" or _counted(tok):
        return None
    if tok.pos_ == "PROPN" and tok.lower_ in BLOC_NAMES and any(c.lower_ == "the" for c in tok.children):
        name = tok.text
    elif tok.pos_ == "NOUN" and tok.lower_ in BLOC_HEADS:
        words = _bloc_words(tok)
        if not words:
            return None
        name = " ".join(t.text for t in tok.doc[words[0].i: tok.i + 1])
    else:
        return None
    actor = Actor(id=lexicon.slug(name), name=name, kind="other", country=None, text=name)
    return Resolved(actor, CONFIDENCE, tok, guessed=True)
