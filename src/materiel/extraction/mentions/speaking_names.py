"""A firm that speaks of itself: "Karvell showed its Tarn-5 launcher and said it had already delivered
launchers to X", "Karvell Marine said it had delivered two boats to X". The subject "it" of what a speaker with a
name no gazetteer lists says is that speaker (an organisation), not a party named sentences before; a name the
tagger took for a person's counts only when the sentence gives it "its" before the pronoun (no person is "its")
or when it ends as a firm's name does (`suffixes` of [org_names]).
The speaking verbs are `speaker_verbs` of [resolve] in words.toml."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions import org_names, unlisted
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

SPEAKER_VERBS = lexicon.word_set("resolve", "speaker_verbs")
NOT_FIRM_TYPES = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "PRODUCT"})
CONFIDENCE = 0.45  # an unlisted organisation's


def _speaker(tok: Token) -> Token | None:
    """The subject of the speaking verb whose complement tok is the subject of (also of a speaking verb joined
    to the subject's first verb: "X displayed A and said it ...")."""
    v = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass") or v.dep_ != "ccomp" or v.head.lemma_.lower() not in SPEAKER_VERBS:
        return None
    said = v.head
    subjects = [c for c in said.children if c.dep_ == "nsubj"]
    if not subjects and said.dep_ == "conj":
        subjects = [c for c in said.head.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects and subjects[0].i < tok.i else None


def speaking_firm(tok: Token, resolve: Callable[[Token], Resolved | None]) -> Resolved | None:
    """The organisation "it" stands for as the subject of what it says (see the module), or None."""
    if tok.lower_ != "it":
        return None
    subj = _speaker(tok)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ in NOT_FIRM_TYPES or subj.text.isupper() or \
            any(t.ent_type_ in ("GPE", "NORP") for t in tok.doc[subj.i + 1: tok.i]):
        return None  # a dateline's place ("TARNBY, RURITANIA - ..."), or a state between them
    known = resolve(subj)
    if known is not None and (known.actor.kind != "person" or known.actor.country):
        return None  # a party the text knows: the antecedent search finds it
    words = unlisted.name_words(subj)
    if subj.ent_type_ == "PERSON" and not any(t.lower_ == "its" for t in tok.doc[subj.i + 1: tok.i]) and \
            not (words and words[-1].lower_ in org_names.SUFFIXES):
        return None  # a person's name, unless "its" or a firm's ending ("X Werft") tells a firm
    if not words or any(t.ent_type_ in NOT_FIRM_TYPES for t in words):
        return None
    name = " ".join(t.text for t in words if t.lower_ != "the")
    actor = Actor(id=lexicon.slug(name), name=name, kind="company", country=None, text=tok.text)
    return Resolved(actor, CONFIDENCE, tok, guessed=True)
