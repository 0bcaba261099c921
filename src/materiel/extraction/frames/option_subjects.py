"""A transfer told as what a weighing noun includes or is: "options include buying Gripen fighters from Sweden",
"one option is to lease F-16s", "the proposals include selling two frigates to Y". The verb of the transfer is the
complement of a copula or of a verb of inclusion (words.toml [option_subjects] verbs) whose subject is a noun of
weighing (predicates.toml [governors] consider_nouns and its kin): the transfer takes that noun's stage, as it would
with "the option of buying" or "a plan to buy"."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

VERBS = lexicon.word_set("option_subjects", "verbs")


def option_subject(head: Token, gov_nouns: dict[str, str]) -> Token | None:
    """The weighing noun that is the subject of `head`, a verb of inclusion or a copula, or None."""
    if head.lemma_.lower() not in VERBS or any(c.dep_ == "neg" for c in head.children):
        return None
    return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and
                 (c.lemma_.lower() in gov_nouns or c.lower_ in gov_nouns)), None)
