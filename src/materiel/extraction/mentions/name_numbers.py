"""Numbers that are part of an item's name, not its count: a calibre or a measurement ("120mm", "110-foot")
and a model number after a name ("six Super Lynx 300 Mk 130 helicopters": six, not 300 or 130; "Hughes 500
helicopters": no count; "C-295-400": a variant)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Span, Token

from materiel import lexicon

LETTERED = re.compile(r"\d+[A-Z]{1,2}\d?")
WHEELS = re.compile(r"^\d{1,2}[x\u00d7]\d{1,2}$")  # "8x8", "6×6"


def calibre(t: Token) -> bool:
    """"120mm", "7.62 mm", "155-mm", "110-foot", "2,000-pound": a number that is part of the name (a
    calibre or a measurement, `cues.toml` [items] measures), not a count; so is a wheel configuration ("8x8")."""
    if WHEELS.match(t.text):
        return True
    if t.lower_ in measures() and t.i > 0 and t.doc[t.i - 1].like_num:
        return True  # "122mm" cut into "122" and "mm", the unit parsed as the number's head
    if not t.like_num:
        return False
    if joined_word(t):
        return True
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.text in ("-", "‑") and t.i + 2 < len(t.doc):
        nxt = t.doc[t.i + 2]
    if nxt is not None and nxt.lower_ in ("x", "\u00d7") and t.i + 3 < len(t.doc) and t.doc[t.i + 2].like_num:
        nxt = t.doc[t.i + 3]  # "7.62 x 39 mm": a cartridge's calibre and case length
    if nxt is not None and len(nxt.text) == 1 and nxt.text.isupper():
        return False  # "1,150 M-ATVs": a designation's letter, not metres
    return nxt is not None and nxt.lower_ in measures()


def joined_word(t: Token) -> bool:
    """"one-way", "four-wheel-drive", "three-dimensional": a number joined by a hyphen, with no space, to a
    lower-case word describes the item, never counts it; a number word after the hyphen ("twenty-four") and the
    words of an approximate count (`cues.toml` [items] hyphen_counts: "20-odd") leave it a count."""
    if t.i + 2 >= len(t.doc) or t.whitespace_:
        return False
    hyphen, word = t.doc[t.i + 1], t.doc[t.i + 2]
    return hyphen.text in ("-", "‑") and not hyphen.whitespace_ and word.is_alpha and word.is_lower and \
        not word.like_num and word.lower_ not in hyphen_counts()


@lru_cache(maxsize=1)
def hyphen_counts() -> frozenset[str]:
    return frozenset(lexicon.toml("cues.toml")["items"].get("hyphen_counts", []))


def calibre_number(t: Token) -> list[Token]:
    """The number a calibre's unit carries when the parser hangs it there ("122 mm", "122mm"): part of the name."""
    return [x for x in t.lefts if x.like_num] if calibre(t) and not t.like_num else []


def rest_of_name(head: Token, span: Span | None, run: list[Token]) -> list[Token]:
    """"four Zorvan Z-40" parsed with "Zorvan" as the head: the rest of the named span after the head that a phrase
    ending at its head (`run`) leaves out."""
    if span is None or not span.kb_id_ or run[-1].i != head.i:
        return []
    return [t for t in span if t.i > head.i and span.start <= t.head.i < span.end]


@lru_cache(maxsize=1)
def measures() -> frozenset[str]:
    return frozenset(lexicon.toml("cues.toml")["items"].get("measures", []))


def model_number(t: Token, left: list[Token]) -> bool:
    """A number right after a capitalised name word ("Lynx 300", "Mk 130") when a count stands before that
    name in the same phrase ("six Sea Kite 300 ..."): part of the model's name; so is a number with a letter
    after it ("Type 63A", "Model 7B"), which never counts."""
    if t.i > 0 and LETTERED.fullmatch(t.text) and t.doc[t.i - 1].text[:1].isupper():
        return True
    if not t.like_num or t.i == 0:
        return False
    if series_number(t):
        return True
    if hyphen_joined(t):
        return True
    before = t.doc[t.i - 1]
    if before.pos_ != "PROPN" or not before.text[:1].isupper():
        return False
    if any(c.like_num and c.i < before.i and c.dep_ == "nummod" and not calibre(c) for c in left):
        return True
    return maker_model(t, before) or name_number(t)


def series_number(t: Token) -> bool:
    """"Zorvan Block 30", "Batch 2", "Flight 3": a number right after a capitalised word of a production series or
    standard (`cues.toml` [items] series_words) is part of the model's name, never a count."""
    if t.i == 0 or not t.like_num:
        return False
    before = t.doc[t.i - 1]
    return before.text[:1].isupper() and before.lower_ in series_words()


def series_lead_count(head: Token) -> Token | None:
    """"offered 12 Zorvan-50 Block 20 light jets" parsed with the count (or the count and the model) cut off from
    the item's phrase: the count right before the model's name, itself right before the series word, counts it."""
    doc = head.doc
    for w in doc[max(head.left_edge.i - 1, 2): head.i]:
        if w.i + 1 >= len(doc) or not series_number(doc[w.i + 1]):
            continue
        name, count = doc[w.i - 1], doc[w.i - 2]
        if name.text[:1].isupper() and any(ch.isdigit() for ch in name.text) and count.like_num and \
                not calibre(count) and count.i < head.left_edge.i:
            return count
    return None


@lru_cache(maxsize=1)
def series_words() -> frozenset[str]:
    return frozenset(lexicon.toml("cues.toml")["items"].get("series_words", []))


def name_number(t: Token) -> bool:
    """A number the parser hangs on the capitalised name word right before it, the name modifying a noun after
    both ("12 Skyhunter 40 systems", "Mistral 3 missiles"): part of the model's name, in the item's text."""
    if not t.like_num or t.i == 0:
        return False
    if hyphen_joined(t):
        return True
    if t.dep_ != "nummod":
        return False
    name = t.head
    return name.i == t.i - 1 and name.pos_ == "PROPN" and name.text[:1].isupper() and name.head.i > t.i and \
        name.head.pos_ in ("NOUN", "PROPN") and name.ent_type_ not in NOT_MAKERS and name.lower_ not in parties()


def hyphen_joined(t: Token) -> bool:
    """"C-295-400", "Mi-17-1V": a number joined by a hyphen, with no space, to a name word with a capital letter
    is the name's variant, not a count ("two Mi-17 helicopters": two)."""
    if t.i < 2 or t.doc[t.i - 1].text not in ("-", "‑") or t.doc[t.i - 1].whitespace_ or t.doc[t.i - 2].whitespace_:
        return False
    name = t.doc[t.i - 2].text
    if t.doc[t.i - 2].like_num:
        return False  # "Twenty-four tanks" at a sentence's start: a number word, capitalised, not a name
    return any(ch.isupper() for ch in name) and not name.replace(",", "").replace(".", "").isdigit()


def maker_model(t: Token, before: Token) -> bool:
    """"Hughes 500 helicopters", "Beech 1900 aircraft": a number right after a name word, the noun it counts right
    after it, is the model, not a count, when the name is a maker's or a family's: not a place, a people or a
    party the gazetteer knows ("gave Hezbollah 200 rockets", "sold Kenya 12 jets" keep their counts)."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return nxt is not None and t.head.i == nxt.i and nxt.pos_ in ("NOUN", "PROPN") and t.text.isdigit() and \
        len(t.text) <= 4 and before.ent_type_ not in NOT_MAKERS and before.lower_ not in parties() and \
        (before.i == 0 or not before.doc[before.i - 1].like_num)


NOT_MAKERS = ("GPE", "NORP", "LOC", "DATE", "CARDINAL", "PERSON")


@lru_cache(maxsize=1)
def parties() -> frozenset[str]:
    """Names and aliases of the gazetteer's actors that are not companies (armed groups, bodies, alliances)."""
    out: set[str] = set()
    for row in lexicon.csv_rows("actors.csv"):
        if row["kind"] != "company":
            out.update(n.strip().lower() for n in [row["name"], *row["aliases"].split("|")] if n.strip())
    return frozenset(out)
