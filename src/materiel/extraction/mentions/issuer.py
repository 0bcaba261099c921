"""The issuing state of an official text, from its opening lines: a short line naming an institution
and a state ("MINISTRY OF NATIONAL DEFENCE OF THE REPUBLIC OF X", "German Bundestag", "Ministry of
Defence of X press release"). "The Ministry", "the Federal Government" of such a text, when nothing
nearer names them, are that state's body."""
from __future__ import annotations

import re

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

ISSUER_NOUNS = lexicon.word_set("resolve", "issuer_nouns")
ISSUER_BODIES = lexicon.word_set("resolve", "issuer_bodies")
OPENING_LINES = 3   # non-empty opening lines read for the issuer
MAX_WORDS = 12      # an issuer line is a name, not a sentence
WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def issuing_state(text: str, lex: lexicon.Lexicon) -> str | None:
    """The ISO3 code of the state whose institution the opening lines of text name, or None."""
    lines = [ln.strip() for ln in text[:600].splitlines() if ln.strip()][:OPENING_LINES]
    for line in lines:
        words = [w.lower() for w in WORD.findall(line)]
        if not words or len(words) > MAX_WORDS or line.endswith("."):
            continue
        text = " " + " ".join(words) + " "
        if not any(f" {n} " in text for n in ISSUER_NOUNS):
            continue
        states = {c.iso3 for c in lex.countries.values()
                  if any(_named(n, line, text) for n in (c.name, *c.aliases, *c.demonyms))}
        if len(states) == 1:
            return states.pop()
    return None


def _named(name: str, line: str, text: str) -> bool:
    """The name in the line: short names ("US", "UK") only as written, longer ones in any case."""
    norm = " ".join(w.lower() for w in WORD.findall(name))
    if not norm:
        return False
    if len(name) <= 3:
        return name in WORD.findall(line)
    return f" {norm} " in text


def issuer_body(tok: Token, iso3: str, lex: lexicon.Lexicon, surface: str, named: set[int]) -> Resolved | None:
    """"the Ministry", "the Federal Government" (no name of its own; `named` holds the tokens of
    recognised names) as the issuing state's body."""
    if tok.lemma_.lower() not in ISSUER_BODIES and tok.lower_ not in ISSUER_BODIES:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    if any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod", "amod") and c.i in named) or
           (c.dep_ in ("prep", "appos") and any(t.i in named for t in c.subtree)) for c in tok.children):
        return None  # "the Ministry of X", "the Iraqi government": a body named in the phrase itself
    # ("the Ministry of National Defence (MApN)" names no state: the issuer's own ministry)
    country = lex.countries.get(iso3)
    if country is None:
        return None
    name = " ".join(t.text for t in tok.subtree if t.i <= tok.i and t.dep_ != "det")
    actor = Actor(id=f"{iso3}-{lexicon.slug(name)}", name=f"{country.name} {name}", kind="government_body",
                  country=iso3, text=surface)
    return Resolved(actor, 0.6, tok)
