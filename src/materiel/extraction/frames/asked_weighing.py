"""A weighing asked of the supplier: "Tonga asked Korea to consider supplying a coastal cutter", "Chile has requested
that Spain consider selling it frigates", "Kyiv urged Berlin to weigh sending tanks". The weighing verb (a `consider`
governor) is itself the complement of a verb of asking ([asked_weighing] askers), so the transfer stands as asked
for: stage requested, not a step the one asked weighs of its own accord. A clause asked with "whether"/"if"
("asked whether Japan would consider selling") reports a question and keeps its stage."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.frames.clauses import QUESTION_MARKS, phrasal

ASKERS = lexicon.word_set("asked_weighing", "askers")


def asked_weighing(stage: str, weigher: Token) -> tuple[str, Token]:
    """The stage and governor of a transfer whose governor is `weigher`: requested, governed by the verb of asking
    (whose subject is the asker, as "asked X to supply"), when the weighing is asked for; else as given."""
    if stage != "considered" or weigher.dep_ not in ("xcomp", "ccomp") or weigher.head.i == weigher.i:
        return stage, weigher
    asker = weigher.head
    if asker.pos_ not in ("VERB", "AUX") or phrasal(asker) not in ASKERS and asker.lemma_.lower() not in ASKERS:
        return stage, weigher
    if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in weigher.children):
        return stage, weigher
    if any(c.dep_ == "neg" for c in asker.children):  # "did not ask X to consider": nothing asked
        return stage, weigher
    return "requested", asker
