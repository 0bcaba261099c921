"""A state's service named with a people's word: "the Ruritania People's Air Force", "The Borduvian People's
Navy", "the Osterland People's Defence Force". The parser reads "the Ruritania People" as the possessor of "Air
Force", so the phrase resolves to a firm called "the Ruritania People". The spaCy component
``materiel_people_services`` (after the parser) mends it: a capitalised people's word (words.toml [state_forces]
people_words) with its "'s", possessor of a capitalised state body's name (words.toml [resolve] state_body_names:
"Force", "Navy", "Army", "Guard"), becomes a word of that name, and the words before it (the state's name, "the")
hang on the body's name; the body then resolves as any "the Ruritania Air Force" does. "The People's Republic",
"People's Party", "the people's army" (lower case) and a people's word with no body after it stay as they were."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from materiel import lexicon

PEOPLE_WORDS = frozenset(lexicon.word_list("state_forces", "people_words"))
BODY_NAMES = lexicon.word_set("resolve", "state_body_names")
POSSESSIVE = ("'s", "\u2019s")
MOVED_DEPS = ("compound", "det", "amod", "nmod", "poss")


def _service_people(t: Token) -> bool:
    head = t.head
    return t.text[:1].isupper() and t.lower_ in PEOPLE_WORDS and t.dep_ == "poss" and head.i > t.i and head.text[:1].isupper() and \
        head.lower_ in BODY_NAMES and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in POSSESSIVE


@Language.component("materiel_people_services")
def mend(doc: Doc) -> Doc:
    for t in doc:
        if not _service_people(t):
            continue
        head = t.head
        for c in list(t.children):
            if c.dep_ in MOVED_DEPS and c.i < t.i:
                c.head = head
        t.dep_ = "compound"
    return doc
