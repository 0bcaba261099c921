"""A role noun that is also a kind of aircraft or ship ("fighter", "bomber", "trainer") names materiel, not people,
when a designation the gazetteer knows stands before it in its own phrase: "Y's Su-57 fighter" is a jet Y makes,
not Y's combatants, so it is no actor ("an order for Y's X fighter": Y sells; "the air force" after it is not Y's).
Words: cues.toml [items] name_context (the role nouns an ambiguous designation takes)."""
from __future__ import annotations

from spacy.tokens import Token

from materiel import lexicon

NAME_DEPS = ("compound", "nummod", "nmod", "amod")  # "FA-50" read as a number, "Su-57" as a compound
ROLE_NOUNS = frozenset(lexicon.toml("cues.toml")["items"]["name_context"])


def names_system(tok: Token) -> bool:
    """tok is one of the role nouns with a modifier before it inside a designation span (kb_id the canonical name)."""
    if tok.lower_ not in ROLE_NOUNS:
        return False
    spans = [s for s in tok.doc.spans.get("materiel", []) if s.kb_id_ and s.end <= tok.i + 1]
    return any(c.dep_ in NAME_DEPS and c.i < tok.i and any(s.start <= c.i < s.end for s in spans)
               for c in tok.children)
