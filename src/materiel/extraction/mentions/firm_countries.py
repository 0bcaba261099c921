"""The state of a firm no gazetteer lists, from the words that introduce it. Business and defence-industry
reporting names a firm once with its country and then bare: "Norwegian arms maker Kvarnstad", "the Oslo-based
dealer Kvarnstad", "Kvarnstad, a Norwegian ammunition maker,", "the Kvarnstad munitions factory in Norway", "Ruritania's state shipyard
Halvard", "Halvard Ruritania (HR), the state-owned shipbuilder," (the state the name ends with), "Halvard, the
state shipbuilder," (the state of the text's dateline) (always with a firm noun: "Ruritania's Halvard" may be a person or a place); later "from
Kvarnstad", "the factory", "it". The name's words then stand for a company of that state wherever the text
uses them as a party, so the firm supplies for its state (as the register records companies). A name
introduced with two different states is left alone (ambiguous), and "the factory" takes up a firm only when
every such firm named before it is of one state; never a headline's words, a person's name, a date or a
system's name. Words: `firm_nouns` and `not_firm_words` of [firm_countries] in words.toml."""
from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span, Token

from materiel import lexicon
from materiel.extraction.mentions import firm_places, headline, org_names, placed_parties, suffixed_firms, unlisted
from materiel.extraction.mentions.resolved import Resolved
from materiel.extraction.mentions.topic_sources import dateline_state
from materiel.lexicon import cities
from materiel.record.models import Actor

FIRM_NOUNS = lexicon.word_set("firm_countries", "firm_nouns")
NOT_FIRMS = lexicon.word_set("firm_countries", "not_firm_words")
FIRM_ONLY = lexicon.word_set("firm_countries", "firm_only_nouns")
PLACING = frozenset(lexicon.toml("cues.toml")["actors"]["placing_participles"])
FIRM_PLACING = lexicon.word_set("firm_countries", "firm_placings")
SUFFIXES = lexicon.word_set("abbreviations", "firm_suffixes")
NOT_NAME = frozenset({"PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY"})
MAX_MODIFIERS = 4  # lower-case words between the state and the firm noun ("state aircraft maker")
CONFIDENCE = 0.6
TABLE_KEY = "materiel_firm_countries"  # the document's table, in its user data
WINDOW = 400  # words back to the firm "the plant" takes up, as other references back


def _state(tok: Token, by_token: Mapping[int, Span], countries: Mapping[str, object]) -> str | None:
    span = by_token.get(tok.i)
    if span is None and tok.doc[tok.i + 1:tok.i + 3].text.lower() in {f"-{p}" for p in PLACING}:
        return cities.state_of(tok.text)  # "Bergen-based": a city no gazetteer span holds
    return span.label_ if span is not None and span.label_ in countries else None


def _namelike(t: Token) -> bool:
    """A proper name, or a capitalised word inside a sentence that the tagger read as a common noun ("the Dutch
    shipbuilder Kvarnstad" tagged as a plural noun)."""
    return t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.text[:1].isupper() and not t.is_sent_start


def _name_word(t: Token, by_token: Mapping[int, Span], items: set[int], persons: bool = False) -> bool:
    return t.is_alpha and t.text[:1].isupper() and _namelike(t) and t.i not in by_token and \
        t.i not in items and (t.ent_type_ not in NOT_NAME or persons and t.ent_type_ == "PERSON" or
                              headline.after_dateline(t)) and \
        t.lower_ not in FIRM_NOUNS and t.lower_ not in NOT_FIRMS


def _runs(doc: Doc, by_token: Mapping[int, Span], items: set[int], persons: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each run of name words, within a sentence (with the words the tagger took for a
    person's name when persons is set)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if _name_word(doc[i], by_token, items, persons):
            j = i
            while j + 1 < len(doc) and _name_word(doc[j + 1], by_token, items, persons) and \
                    not doc[j + 1].is_sent_start:
                j += 1
            runs.append((i, j + 1))
            i = j + 1
        else:
            i += 1
    return runs


def firm_noun(t: Token) -> bool:
    return t.lower_ in FIRM_NOUNS or t.lemma_.lower() in FIRM_NOUNS


def _before(doc: Doc, start: int, by_token: Mapping[int, Span], countries: Mapping[str, object],
            person: bool = False) -> str | None:
    """"Norwegian arms maker X", "Norway's state shipyard X", "the Oslo-based X"; for a name the tagger took for a
    person's (`person`), only after a firm noun no person bears ("the Norwegian company X")."""
    i = start - 1
    if i >= 2 and doc[i].lower_ in PLACING and doc[i - 1].text == "-" and not person:
        return _state(doc[i - 2], by_token, countries)
    if i < 1 or not firm_noun(doc[i]) or person and doc[i].lemma_.lower() not in FIRM_ONLY:
        return None
    i -= 1
    n = 0
    while i >= 0 and n < MAX_MODIFIERS and doc[i].is_alpha and doc[i].text.islower():
        i, n = i - 1, n + 1
    if i >= 1 and doc[i].text == "-" and doc[i + 1].lower_ == "based":  # "the Prague-based optics dealer X"
        i -= 1
    if i >= 1 and doc[i].tag_ == "POS":
        return _state(doc[i - 1], by_token, countries)
    return _state(doc[i], by_token, countries) if i >= 0 else None


def _suffix(t: Token) -> bool:
    """A firm suffix, with or without its full stop ("Ltd.", "Ltd")."""
    return t.lower_ in SUFFIXES or f"{t.lower_}." in SUFFIXES


def _after(doc: Doc, end: int, by_token: Mapping[int, Span], countries: Mapping[str, object],
           person: bool = False) -> str | None:
    """"X, a Norwegian ammunition maker", "X, Norway's state shipyard,", "the X munitions factory in Norway", "the X
    yard of Norway", "X Inc. of Norway" (a firm suffix after the name); for a name the tagger took for a person's
    (`person`), only an apposition with a firm noun no person bears ("X, a Norwegian shipyard,")."""
    n = len(doc)
    i = end + (end < n and _suffix(doc[end]))  # "X Inc. of Norway"
    if i + 3 < n and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 3].text == ",":
        i += 3  # the name's acronym: "X Marine (XM), a Norwegian shipbuilder,"
    det = i + 2 < n and doc[i].text == "," and doc[i + 1].lower_ in ("a", "an", "the")
    at = i + 1 + det
    span = by_token.get(at) if at < n else None
    poss = at < n and doc[i].text == "," and (span.end if span is not None else at + 1) < n and \
        doc[span.end if span is not None else at + 1].tag_ == "POS"  # "X, Norway's state shipyard,"
    if det or poss:
        state = _state(doc[at], by_token, countries)
        j = (span.end if span is not None else at + 1) + poss
        while j < n and j - i <= MAX_MODIFIERS + 4 and (doc[j].is_alpha and doc[j].text.islower() or doc[j].text == "-"
                                                        and (poss or span is None and j == at + 1)) and \
                not firm_noun(doc[j]):  # "X, a Bergen-based maker": a city no span holds (`_state`)
            j += 1
        return state if state is not None and j < n and firm_noun(doc[j]) and \
            (not person or doc[j].lemma_.lower() in FIRM_ONLY) else None
    if person:
        return None
    firm = i > end or _suffix(doc[end - 1])  # a firm suffix makes the name a firm's
    while i < n and i - end <= MAX_MODIFIERS and doc[i].is_alpha and doc[i].text.islower() and not firm and \
            doc[i].lower_ not in ("in", "of"):
        firm = firm_noun(doc[i])
        i += 1
    if firm and i + 1 < n and doc[i].lower_ in ("in", "of"):
        j = i + 1 + (doc[i + 1].lower_ == "the")
        return _state(doc[j], by_token, countries) if j < n else None
    return None


def _past_name(doc: Doc, end: int) -> int:
    """The index past the capitalised words that end a name (firm nouns among them: "X Works")."""
    i = end
    while i < len(doc) and i - end < MAX_MODIFIERS and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        i += 1
    return i


def _acronym(doc: Doc, end: int) -> Token | None:
    """The name's acronym in brackets after it ("X Works (XW)")."""
    i = _past_name(doc, end)
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
        return doc[i + 1]
    return None


def _copula(doc: Doc, end: int, by_token: Mapping[int, Span], countries: Mapping[str, object]) -> str | None:
    """"X Works (XW) is a state-owned Norwegian enterprise": the state the name's predicate noun gives a firm of
    (past the capitalised words that end the name, firm nouns among them)."""
    n, acronym = len(doc), _acronym(doc, end)
    i = acronym.i + 2 if acronym is not None else _past_name(doc, end)
    if not (i + 2 < n and doc[i].lemma_ == "be" and doc[i + 1].lower_ in ("a", "an")):
        return None
    j = i + 2
    while j < n and j - i <= MAX_MODIFIERS + 2 and (doc[j].text.islower() or doc[j].text == "-"):
        j += 1
    state = _state(doc[j], by_token, countries) if j < n else None
    k = j + 1
    while k < n and k - j <= MAX_MODIFIERS and doc[k].is_alpha and doc[k].text.islower() and not firm_noun(doc[k]):
        k += 1
    return state if state is not None and k < n and firm_noun(doc[k]) else None


def _registered(doc: Doc, end: int, by_token: Mapping[int, Span], countries: Mapping[str, object],
                firm_only: bool = False) -> str | None:
    """"X, registered in Norway,", "X, a trading company based in Oslo", "X, a company in Oslo", "X Ltd of Norway" (a name with an
    organisation's ending, `suffixes` of [org_names], or one the tagger took for an organisation's: "X Boats of Town,
    Norway", `firm_places.of_place`): the state the name's placing participle or "of" phrase
    puts it in (`placing_participles` of cues.toml; with firm_only, for a name the tagger takes for a person's,
    only a participle no person takes, `firm_placings`, or a firm noun no person bears)."""
    n, i = len(doc), end
    suffixed = doc[end - 1].lower_ in org_names.SUFFIXES
    if i + 2 < n and doc[i].lower_ == "of" and (suffixed or not firm_only and not unlisted.group_name(doc, end)):
        state = firm_places.of_place(doc, i + 1 + (doc[i + 1].lower_ == "the"), by_token, countries)
        if state is not None or suffixed:
            return state  # "X Ltd of Norway", "X Aviation of Town, Norway"
    if i + 1 < n and doc[i].text == "," and doc[i + 1].lower_ in ("a", "an", "the"):
        j = i + 2
        while j < n and j - i <= MAX_MODIFIERS + 2 and doc[j].is_alpha and doc[j].text.islower() and \
                not firm_noun(doc[j]):
            j += 1
        if j >= n or not firm_noun(doc[j]) or firm_only and doc[j].lemma_.lower() not in FIRM_ONLY:
            return None
        i, firm_only = j + 1, False
        if i + 2 < n and doc[i].lower_ == "in":  # "a company in Oslo": no participle
            return _state(doc[i + 1 + (doc[i + 1].lower_ == "the")], by_token, countries)
    elif i < n and doc[i].text == ",":
        i += 1
    elif not suffixed:
        return None
    if not (i + 2 < n and doc[i].lower_ in (FIRM_PLACING if firm_only else PLACING) and doc[i + 1].lower_ == "in"):
        return None
    k = i + 2 + (doc[i + 2].lower_ == "the")
    return _state(doc[k], by_token, countries) if k < n else None


def _unplaced(doc: Doc, end: int, by_token: Mapping[int, Span], countries: Mapping[str, object]) -> str | None:
    """"X Indonesia (XI), the state-owned aircraft maker,": a firm noun apposed with no state (a noun no person
    bears: `firm_only_nouns`, for the tagger takes a firm's name it does not know for a person's); the firm is
    of the state its name ends with, else of the state of the text's dateline (a report names a local firm bare)."""
    n, i, own = len(doc), end, None
    span = by_token.get(end) if end < n else None
    if span is not None and span.start == end and span.label_ in countries:
        own, i = span.label_, span.end
    if i + 2 < n and doc[i].text == "(" and doc[i + 2].text == ")":  # the name's acronym
        i += 3
    if not (i + 2 < n and doc[i].text == "," and doc[i + 1].lower_ in ("a", "an", "the")):
        return None
    j = i + 2
    while j < n and j - i <= MAX_MODIFIERS + 4 and (doc[j].is_alpha and doc[j].text.islower() or doc[j].text == "-") \
            and not firm_noun(doc[j]):
        j += 1
    if j >= n or doc[j].lemma_.lower() not in FIRM_ONLY:
        return None
    return own or dateline_state(doc.text)


def learn(doc: Doc, by_token: Mapping[int, Span], countries: Mapping[str, object]) -> dict[str, str]:
    """Lower-case name word -> the state of the firm it names (see the module)."""
    items = {i for s in doc.spans.get("materiel", []) for i in range(s.start, s.end)}
    found: dict[str, set[str]] = {}
    placed = [(s, e, _before(doc, s, by_token, countries) or _after(doc, e, by_token, countries) or
               _registered(doc, e, by_token, countries) or _copula(doc, e, by_token, countries) or
               firm_places.placed(doc, e, by_token, countries) or suffixed_firms.placed(doc, e, by_token, countries))
              for s, e in _runs(doc, by_token, items)]
    placed += [(s, e, _registered(doc, e, by_token, countries, True) or
                firm_places.placed(doc, e, by_token, countries, person=True) or _unplaced(doc, e, by_token, countries) or
                _after(doc, e, by_token, countries, person=True) or _before(doc, s, by_token, countries, person=True) or
                suffixed_firms.placed(doc, e, by_token, countries, person=True))
               for s, e in _runs(doc, by_token, items, persons=True)]
    for start, end, state in placed:
        if state is None or headline.is_headline(doc[start].sent):
            continue  # a headline's capitalised words are no names
        acronym = _acronym(doc, end)  # and its acronym: "X Works (XW)"
        for t in [*doc[start:end], *([acronym] if acronym is not None else [])]:
            if t.lower_ not in org_names.GENERIC_WORDS:  # "Joint Stock Company X": not "joint"
                found.setdefault(t.lower_, set()).add(state)
    return {w: next(iter(s)) for w, s in found.items() if len(s) == 1}


def _told_firm(tok: Token, table: Mapping[str, str]) -> Token | None:
    """"the plant", "the company": the name word of the one firm the table holds that the text named before
    it (None when none, or firms of two states, were named: ambiguous)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in FIRM_NOUNS or \
            not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) or \
            any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in tok.children):
        return None
    named = [t for t in tok.doc[max(0, tok.i - WINDOW): tok.i] if _namelike(t) and t.lower_ in table]
    return named[-1] if named and len({table[t.lower_] for t in named}) == 1 else firm_places.salient(named, table)


def firm(tok: Token, table: Mapping[str, str], found: Resolved | None, text: Callable[[Token], str]) -> Resolved | None:
    """A company of its state for a name word of the table, where resolution found no actor or only an
    unplaced organisation of that name (whatever type the tagger gives the bare name: it types a name it does
    not know at random; a name the tagger took for a person's is in the table only by a firm noun no person bears);
    for "the plant" that found none, the one firm named before."""
    if not table:
        return None
    told = _told_firm(tok, table) if found is None else None
    if told is not None:
        return firm(told, table, None, text)
    if not _namelike(tok) or tok.lower_ not in table:
        return None
    if found is not None and (found.actor.country or found.actor.kind not in ("other", "company", "person")):
        return None
    name = found.actor.name if found is not None else tok.text
    actor = Actor(id=lexicon.slug(name), name=name, kind="company", country=table[tok.lower_], text=text(tok))
    return Resolved(actor, CONFIDENCE, tok)


def placed(tok: Token, found: Resolved | None, by_token: Mapping[int, Span],
           text: Callable[[Token], str]) -> Resolved | None:
    """What resolution found for tok, or the firm of a state it names (see the module); the document's table
    is learnt once, on the first call."""
    table = tok.doc.user_data.get(TABLE_KEY)
    if table is None:
        table = tok.doc.user_data[TABLE_KEY] = learn(tok.doc, by_token, lexicon.load().countries)
    if org_names.reporting(found, tok, by_token) or placed_parties.no_party(tok, found):
        return None  # "the Ostrava Herald": a newspaper, not a party; "X missiles": an item's name
    if (told := placed_parties.told_party(tok, found, by_token)) is not None:
        return told  # "shipped from X", "to the X Joint Force", "the company" after an unlisted firm
    if found is None and not unlisted.in_slot(tok) and not org_names.deal_slot(tok):
        return None
    countries = lexicon.load().countries
    found = found or org_names.party(tok, by_token, countries)  # "a contract with Karvell Werft"
    found = org_names.located(found, tok, by_token, countries) or found  # "bought from Karvell in Norway"
    found = org_names.named_before(found, tok, by_token) or found  # "Velmar Karvell Trading ... Karvell"
    return firm(tok, table, found, text) or suffixed_firms.named(tok, table, found, text) or found
