"""Abbreviations with a full stop inside a firm's name (`data/words.toml` [abbreviations]): the tokenizer keeps
each one token ("Fr.", "Ltd.", "S.A."), and no sentence starts right after a name prefix ("Fr. Karvell Schiffbau") or
after a firm suffix that lower-case words, a comma, a bracket or another suffix follow ("Karvell Marine Ltd. for
two boats", "Karvell Co. Ltd."), nor after an abbreviation of a model's designation before its number ("Tarn Mk.
2"). A suffix before a capitalised word is left to the parser: "... Marine Ltd. The
navy ..." may end a sentence."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from materiel import lexicon

PREFIXES = lexicon.word_set("abbreviations", "name_prefixes")
SUFFIXES = lexicon.word_set("abbreviations", "firm_suffixes")
DESIGNATIONS = lexicon.word_set("abbreviations", "designation_words")
ROMAN = frozenset("ivxlc")


def _forms(word: str) -> set[str]:
    """The spellings a lower-case abbreviation takes: as listed, capitalised, upper case."""
    return {word, word.capitalize(), word.upper()}


def keep_abbreviations(nlp: Language) -> None:
    """Each spelling of a listed abbreviation is one token, its full stop included."""
    add_special_case = getattr(nlp.tokenizer, "add_special_case", None)
    if add_special_case is None:
        return  # a custom tokenizer keeps its own rules
    for word in PREFIXES | SUFFIXES | DESIGNATIONS:
        for form in _forms(word) if word not in DESIGNATIONS else {word.capitalize()}:  # "no." may end a sentence
            add_special_case(form, [{"ORTH": form}])


def _continues(word: str, nxt: str) -> bool:
    """Whether the token after an abbreviation continues its sentence."""
    if word in PREFIXES:
        return True
    if word in DESIGNATIONS:
        return nxt[:1].isdigit() or bool(nxt) and set(nxt.lower()) <= ROMAN
    return word in SUFFIXES and (nxt.lower() in SUFFIXES or nxt[:1].islower() or nxt[:1] in ",;:()[]-")


@Language.component("materiel_abbreviations")
def abbreviations(doc: Doc) -> Doc:
    """No sentence starts after a name prefix, nor after a firm suffix that the sentence plainly goes on after."""
    for t in doc[:-1]:
        nxt = doc[t.i + 1]
        if not t.whitespace_.count("\n") and _continues(t.lower_, nxt.text) and not nxt.is_space:
            nxt.is_sent_start = False
    return doc
