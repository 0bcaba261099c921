"""The state of a firm no gazetteer lists, from an apposition or clause the simpler readings of
`firm_countries` miss: a hyphened modifier ("Karvell JSCo, a state-run plant in Norway"), a town
before the state ("..., a plant in Tarnby, Norway"), a state hyphened to a placing participle ("Karvell, a
Norway-based shell maker"; not a city: "Karvell, an Oslo-based maker" is left to other readings), and a
relative or participial clause that places it ("Karvell, which is based in Norway,", "Karvell, headquartered in
Tarnby, Norway,"). The firm noun must
be one of `firm_nouns` of [firm_countries] (for a name the tagger took for a person's, one of
`firm_only_nouns`); the participles are `placing_participles` of cues.toml [actors]."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from materiel import lexicon

FIRM_NOUNS = lexicon.word_set("firm_countries", "firm_nouns")
FIRM_ONLY = lexicon.word_set("firm_countries", "firm_only_nouns")
PLACING = frozenset(lexicon.toml("cues.toml")["actors"]["placing_participles"])
MAX_WORDS = 8  # words of the apposition before its firm noun ("a privately owned small-arms factory")
MAX_OF = 3  # lower-case words of an "of" phrase after the firm noun ("a maker of small arms")
RELATIVES = ("which", "that")
MAX_NAME = 4  # capitalised words past the name run ("Works", "JSCo")


def _firm_noun(t: Token) -> bool:
    return t.lower_ in FIRM_NOUNS or t.lemma_.lower() in FIRM_NOUNS


def _state(doc: Doc, i: int, by_token: Mapping[int, Span], countries: Mapping[str, object]) -> str | None:
    span = by_token.get(i) if 0 <= i < len(doc) else None
    return span.label_ if span is not None and span.label_ in countries else None


def _span_end(i: int, by_token: Mapping[int, Span]) -> int:
    span = by_token.get(i)
    return span.end if span is not None else i + 1


def _place(doc: Doc, i: int, by_token: Mapping[int, Span], countries: Mapping[str, object]) -> str | None:
    """The state "in [the] X" names at i (the preposition): X a state, or a town then a comma and the state
    ("in Tarnby, Norway"); None for anything else."""
    n = len(doc)
    if not (i + 1 < n and doc[i].lower_ in ("in", "near")):
        return None
    return of_place(doc, i + 1 + (doc[i + 1].lower_ == "the"), by_token, countries)


def of_place(doc: Doc, j: int, by_token: Mapping[int, Span], countries: Mapping[str, object]) -> str | None:
    """The state named at j: a state, or a town (its words capitalised, hyphens between) then a comma and the
    state ("Tarnby, Norway", "Nord-Tarnby, Norway"); None for anything else."""
    n = len(doc)
    state = _state(doc, j, by_token, countries)
    if state is not None or j >= n or not doc[j].text[:1].isupper():
        return state
    k = j
    while k < n and k - j < 5 and (doc[k].text[:1].isupper() and doc[k].is_alpha or doc[k].text == "-" and k > j) \
            and _state(doc, k, by_token, countries) is None:
        k += 1
    return _state(doc, k + 1, by_token, countries) if k + 1 < n and doc[k].text == "," else None


def _apposed(doc: Doc, i: int, by_token: Mapping[int, Span], countries: Mapping[str, object],
             person: bool) -> str | None:
    """", a state-controlled factory in [Town,] State", ", a State-based maker", ", a maker of rifles based in
    State" from i (the comma); not ", a City-based maker"."""
    n, j, state = len(doc), i + 2, None
    while j < n and j - i <= MAX_WORDS and not _firm_noun(doc[j]):
        here = _state(doc, j, by_token, countries)
        if here is not None and by_token[j].kb_id_ == "metonym":
            return None  # "a Riga-based maker": a city's firm may sell at home, its state is left to other readings
        if here is not None and state is None:
            state, j = here, _span_end(j, by_token)
        elif doc[j].text == "-" or doc[j].is_alpha and doc[j].text.islower():
            j += 1
        else:
            return None
    if j >= n or not _firm_noun(doc[j]) or \
            person and doc[j].lemma_.lower() not in FIRM_ONLY:
        return None
    k = j + 1
    if k + 1 < n and doc[k].lower_ == "of":  # "a maker of small arms in Norway"
        k += 1
        while k < n and k - j <= MAX_OF + 1 and (doc[k].is_alpha and doc[k].text.islower() or doc[k].text == "-") \
                and doc[k].lower_ not in PLACING and doc[k].lower_ not in ("in", "near"):
            k += 1
    k += k < n and doc[k].lower_ in PLACING  # "a maker of rifles based in Norway"
    return state or _place(doc, k, by_token, countries)


def _clause(doc: Doc, i: int, by_token: Mapping[int, Span], countries: Mapping[str, object],
            person: bool) -> str | None:
    """", which is based in [Town,] State", ", headquartered in [Town,] State" from i (the comma); for a name the
    tagger took for a person's, only after "which" (no person is "which")."""
    n, j = len(doc), i + 1
    relative = j + 1 < n and doc[j].lower_ in RELATIVES and doc[j + 1].lemma_ == "be"
    j += 2 * relative
    if person and not (relative and doc[i + 1].lower_ == "which") or not (j < n and doc[j].lower_ in PLACING):
        return None
    return _place(doc, j + 1, by_token, countries)


def placed(doc: Doc, end: int, by_token: Mapping[int, Span], countries: Mapping[str, object],
           person: bool = False) -> str | None:
    """The state an apposition or clause after the name ending at end gives its firm (see the module)."""
    n = len(doc)
    i = end
    while i < n and i - end < MAX_NAME and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        i += 1  # the capitalised words that end the name, firm nouns among them ("X Works")
    if i + 3 < n and doc[i].text == "(" and doc[i + 2].text == ")":  # the name's acronym
        i += 3
    if not (i + 2 < n and doc[i].text == ","):
        return None
    if doc[i + 1].lower_ in ("a", "an", "the"):
        return _apposed(doc, i, by_token, countries, person)
    return _clause(doc, i, by_token, countries, person)


def salient(named: list[Token], table: Mapping[str, str]) -> Token | None:
    """Of the name words of firms of two or more states named before "the company", the last of the state whose
    firms the whole text names at least twice as often as all others together (the firm the report is about,
    beside one named in passing); None when no state is so salient."""
    if not named:
        return None
    doc = named[0].doc
    counts = Counter(table[t.lower_] for t in doc if t.lower_ in table and t.text[:1].isupper() and
                     not (t.i > 0 and doc[t.i - 1].is_alpha and doc[t.i - 1].text[:1].isupper()))  # once a naming
    state, top = counts.most_common(1)[0]
    if top < 2 * (sum(counts.values()) - top):
        return None
    return next((t for t in reversed(named) if table[t.lower_] == state), None)
