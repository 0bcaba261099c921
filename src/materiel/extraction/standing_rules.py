"""A standing rule barring transfers is no refusal: "rules that had barred the export of lethal weapons",
"sanctions that bar the transfer of weapons to X", "the Act, which prohibits the transfer of arms to
countries at war". A refused row whose barring verb (its trigger or a verb above it in the sentence) has a
general legal instrument as its subject, or hangs as a relative clause on one, is dropped; a state, a
government or a ban on one deal barring it stays a refusal. Word lists: words.toml [standing_rules]."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.discourse import Row

RULE_NOUNS = lexicon.word_set("standing_rules", "rule_nouns")
RULE_VERBS = lexicon.word_set("standing_rules", "rule_verbs")
RELATIVES = frozenset({"that", "which", "who"})
CLIMB = 3  # verbs above the trigger that may be the barring verb ("barred the export of X": the noun's verb)


def barring_verb(r: Row) -> Token | None:
    """The verb of the refused row's sentence that bars it: the trigger or the nearest verb above."""
    tok = r.frame.trigger
    for _ in range(CLIMB + 1):
        if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in RULE_VERBS:
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def rule_subject(verb: Token) -> Token | None:
    """The verb's subject; for a relative pronoun or a relative clause with none, the noun it hangs on."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if verb.dep_ == "relcl" and (subj is None or subj.lower_ in RELATIVES):
        return verb.head
    return subj


def by_standing_rule(r: Row) -> bool:
    """True when the row is a refusal that a general legal instrument makes, not a party."""
    if r.frame.stage != "refused":
        return False
    verb = barring_verb(r)
    subj = rule_subject(verb) if verb is not None else None
    return subj is not None and subj.lemma_.lower() in RULE_NOUNS
