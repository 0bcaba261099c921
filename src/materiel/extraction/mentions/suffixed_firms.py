"""The state of a firm introduced past the words that end its name: a legal suffix ("Karvell Marine a.s.",
"Tarnex Defence S.p.A.", "Halvard AS", "Velmar GmbH") or a capitalised word the tagger set apart from the
name run (an item's word: "Halvard Aircraft"). A maker's release and the trade press introduce a firm so:
"Karvell Marine a.s. is a Norwegian shipbuilder", "ordered from Halvard Aircraft of Tarnby, Norway", "Velmar
GmbH, a German maker of fuzes,". The readings of `firm_countries` stop at such words; here they are stepped
over and the copula, "of" phrase or apposition after them read. Later, an organisation the tagger found whose
name begins with a placed name word ("Halvard Aircraft of Tarnby") is that firm. Words: `firm_suffixes` and
`bare_suffixes` of [abbreviations], `firm_nouns` of [firm_countries] in words.toml."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions import firm_places
from materiel.extraction.mentions.resolved import Resolved
from materiel.record.models import Actor

SUFFIXES = lexicon.word_set("abbreviations", "firm_suffixes") | lexicon.word_set("abbreviations", "bare_suffixes")
FIRM_NOUNS = lexicon.word_set("firm_countries", "firm_nouns")
PLACING = frozenset(lexicon.toml("cues.toml")["actors"]["placing_participles"])
DOTTED = re.compile(r"^(?:[A-Za-z]{1,3}\.)+[A-Za-z]{0,3}$")  # "a.s.", "S.p", "A.", "S.A."
MAX_PAST = 4  # tokens stepped over after the name run
MAX_MODIFIERS = 6  # lower-case words between the article and the firm noun ("a state-owned Norwegian aircraft maker")
CONFIDENCE = 0.6


def _suffix(t: Token) -> bool:
    low = t.lower_
    return low in SUFFIXES or f"{low}." in SUFFIXES or bool(DOTTED.match(t.text)) or \
        t.text == "." and t.i > 0 and bool(DOTTED.match(t.doc[t.i - 1].text))  # "S.p" "." "A."


def past_name(doc: Doc, end: int) -> int:
    """The index past the legal suffix and the capitalised proper nouns that follow a name run ending at end."""
    i = end
    while i < len(doc) and i - end < MAX_PAST and not doc[i].is_sent_start and \
            (_suffix(doc[i]) or doc[i].pos_ == "PROPN" and doc[i].is_alpha and doc[i].text[:1].isupper()):
        i += 1
    return i


def _state(doc: Doc, i: int, by_token: Mapping[int, Span], countries: Mapping[str, object]) -> str | None:
    span = by_token.get(i) if 0 <= i < len(doc) else None
    return span.label_ if span is not None and span.label_ in countries and span.kb_id_ != "metonym" else None


def _firm_noun(t: Token) -> bool:
    return t.lower_ in FIRM_NOUNS or t.lemma_.lower() in FIRM_NOUNS


def _predicate(doc: Doc, i: int, by_token: Mapping[int, Span], countries: Mapping[str, object]) -> str | None:
    """"[is] a Norwegian aircraft manufacturer" from i (the article): the state among the words before the firm
    noun, or, after it, "based in [Town,] State"."""
    n, j, state = len(doc), i + 1, None
    while j < n and j - i <= MAX_MODIFIERS and not _firm_noun(doc[j]):
        here = _state(doc, j, by_token, countries)
        if here is not None and state is None:
            state, j = here, by_token[j].end
        elif doc[j].text == "-" or doc[j].is_alpha and doc[j].text.islower():
            j += 1
        else:
            return None
    if j >= n or not _firm_noun(doc[j]) or state is not None:
        return state if j < n and _firm_noun(doc[j]) else None
    k = j + 1  # "a shipbuilder based in Tarnby, Norway"
    if k + 2 < n and doc[k].lower_ in PLACING and doc[k + 1].lower_ in ("in", "near"):
        return firm_places.of_place(doc, k + 2 + (doc[k + 2].lower_ == "the"), by_token, countries)
    return None


def placed(doc: Doc, end: int, by_token: Mapping[int, Span], countries: Mapping[str, object],
           person: bool = False) -> str | None:
    """The state a copula, "of" phrase or apposition after the words that end the name run ending at end gives
    its firm; None when no such word follows the run (the plain readings of `firm_countries` cover that). For a
    name the tagger took for a person's (`person`), only past a legal suffix: no person's name bears one."""
    n, i = len(doc), past_name(doc, end)
    if i == end and not (end > 0 and _suffix(doc[end - 1])) or i + 2 >= n or \
            person and not any(_suffix(t) for t in doc[end - 1:i]):
        return None
    if doc[i].lemma_ == "be" and doc[i + 1].lower_ in ("a", "an", "the"):  # "X a.s. is a Czech maker"
        return _predicate(doc, i + 1, by_token, countries)
    if doc[i].lower_ == "of":  # "Halvard Aircraft of Tarnby, Norway"
        return firm_places.of_place(doc, i + 1 + (doc[i + 1].lower_ == "the"), by_token, countries)
    if doc[i].text == "," and doc[i + 1].lower_ in ("a", "an", "the"):  # "Velmar GmbH, a German maker,"
        return _predicate(doc, i + 1, by_token, countries) or firm_places.placed(doc, i, by_token, countries)
    return None


def named(tok: Token, table: Mapping[str, str], found: Resolved | None,
          text: Callable[[Token], str]) -> Resolved | None:
    """A company of its state for an organisation with no state whose name begins with a word of the table:
    one the tagger found ("Halvard Aircraft of Tarnby" after "Halvard" was placed) or, where it found none, a
    proper noun with its capitalised compounds ("from Halvard Aircraft"); None otherwise."""
    if not table or found is not None and (found.actor.country or found.actor.kind not in ("other", "company")):
        return None
    if found is not None:
        name = found.actor.name
    else:
        words = [*(c for c in tok.lefts if c.dep_ == "compound"), tok]
        if tok.pos_ != "PROPN" or len(words) < 2 or not all(w.is_alpha and w.text[:1].isupper() for w in words):
            return None
        name = " ".join(w.text for w in words)
    first = name.split()[0] if name.split() else ""
    if not first[:1].isupper() or first.lower() not in table:
        return None
    actor = Actor(id=lexicon.slug(name), name=name, kind="company", country=table[first.lower()], text=text(tok))
    return Resolved(actor, CONFIDENCE, tok)
