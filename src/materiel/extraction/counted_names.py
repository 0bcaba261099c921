"""Counted designations the gazetteer does not know: "four Zorvan Z-40 from Jordan", "two Airbus H145M",
"twelve Tarvos-3s", "a second Kestrel 350". A token of a designation's shape (letters and digits, `DESIGNATION_RE` of
recognizers.py; or a model number after a maker's word, "Kestrel 350") that a count or an ordinal opens, maybe past a maker's name of one or two capitalised words, and that
ends its phrase (a stop word, a mark or the text's end follows, maybe past one or two capitalised name
words: "one Zorvan Z-40 Kite, ..."), names a system as surely as a known one does. A designation
followed by a common noun is the recognizer's own case ("XK-9 fighters"). Read from the tokens alone, so
the prefilter finds the same names before any parse. The count and filler words are data (words.toml
[counted_names]); a civil aircraft family's name (civil_items.csv) is left alone.

A name before a heavy wheel configuration names a wheeled armoured vehicle: "the heavier Zarnak 8x8", "20
Halvar 6x6 vehicles"; the configuration is part of the name, never a count ("4x4" is left alone: pickups and
cars have it too)."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from materiel import lexicon
from materiel.extraction import civil

COUNT_WORDS = lexicon.word_set("counted_names", "count_words")
NOT_NAMES = lexicon.word_set("counted_names", "not_names")
OPENING_WORDS = lexicon.word_set("counted_names", "opening_words")
DETERMINERS = lexicon.word_set("counted_names", "determiners")
ROLE_CATEGORIES: dict[str, str] = lexicon.word_table("counted_names", "role_categories")
CLASS_CATEGORIES: dict[str, str] = lexicon.word_table("counted_names", "class_categories")
DESIGNATED_ROLES: dict[str, str] = lexicon.word_table("counted_names", "designated_role_categories")
PARTICIPLE_ENDINGS = lexicon.word_set("counted_names", "participle_endings")
PARTICIPLE_WORDS = lexicon.word_set("counted_names", "participle_words")
MAX_NAME_WORDS = 2  # a maker's name before the designation ("Zorvan", "Airbus"), a class name after it
WHEELS = re.compile(r"^(6|8|10)[x\u00d7](4|6|8|10)$")
YEAR = re.compile(r"^(1[89]|20)\d\d$")
MODEL_NUMBER = re.compile(r"^\d{2,4}s?$")
ROMAN = re.compile(r"^(II|III|IV|VI|VII|VIII)$")
STATE_WORDS = lexicon.word_set("counted_names", "state_words")
MADE_WORDS = lexicon.word_set("duplicates", "origin_words")  # "Velorian-made fighters": aircraft, never combatants
MAX_STATE_TOKENS = 3  # "second", "-", "hand"
MAX_ROLE_NAME_WORDS = 4  # "six Zorvan ZK-6C Tern II trainers"


def _name_word(tok: Token, actors: set[int]) -> bool:
    """A capitalised word of a maker's or a system's name, not a state's name, a stop word or a title word."""
    return (tok.is_alpha and tok.text[0].isupper() and len(tok) >= 2 and not tok.is_stop
            and tok.lower_ not in NOT_NAMES and tok.i not in actors)


def _states(doc: Doc) -> set[int]:
    """Tokens of the actors that are not firms: states, their demonyms and metonyms ("Airbus" may open a
    designation's name, "Kenya" may not)."""
    return {i for s in doc.spans.get("actors", []) if s.kb_id_ != "actor" for i in range(s.start, s.end)}


def _count(tok: Token) -> bool:
    """A count that opens an item's phrase: "four", "12", "1,200", "several"; not a year."""
    return (tok.like_num and not YEAR.match(tok.text)) or tok.lower_ in COUNT_WORDS


def _model_number(tok: Token) -> bool:
    """A maker's model number after its name ("Dornier 228", "Kestrel 350", "eight Kestrel 350s"): two to four
    digits, maybe with a plural "s", not a year."""
    return bool(MODEL_NUMBER.match(tok.text)) and not YEAR.match(tok.text.rstrip("s")) and tok.i > 0 \
        and not tok.doc[tok.i - 1].like_num


def _counted_before(doc: Doc, start: int) -> bool:
    """A count or an ordinal opens the phrase at `start`, maybe past words of a system's state ("eight
    second-hand Kestrel 350s", "six refurbished Z-40": words.toml [counted_names] state_words)."""
    for i in range(start - 1, max(-1, start - 2 - MAX_STATE_TOKENS), -1):
        if (_count(doc[i]) or _opening(doc, i)) and (i == start - 1 or doc[i + 1].text != "-"):
            return True
        if i == 0 or not (doc[i].lower_ in STATE_WORDS or doc[i].text == "-"):
            return False
    return False


def _opening(doc: Doc, i: int) -> bool:
    """"a second Z-40", "its first Kestrel 350", "another Z-40": an ordinal or "another" opening the phrase."""
    word = doc[i].lower_
    return word in OPENING_WORDS and (word == "another" or (i > 0 and doc[i - 1].lower_ in DETERMINERS))


def _phrase_end(tok: Token | None) -> bool:
    """The designation's phrase ends here: a stop word, a mark (not a joining hyphen or slash), or nothing."""
    if tok is None:
        return True
    if tok.is_punct:
        return tok.text not in ("-", "/")
    return (tok.is_stop and tok.text.islower()) or _participle_opening(tok)


def _participle_opening(tok: Token) -> bool:
    """"six Kestrel 350s donated by X", "two Z-40 bought from Y": a lower-case participle, a stop word after it."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.is_alpha and tok.text.islower() and after is not None and after.is_stop and after.text.islower() and \
        (tok.lower_ in PARTICIPLE_WORDS or any(tok.lower_.endswith(e) for e in PARTICIPLE_ENDINGS))


def counted_designations(doc: Doc, shape: re.Pattern[str], covered: set[int]) -> list[tuple[int, int]]:
    """[start, end) of each counted designation of an unknown shape: the maker's words, the designation
    and the name words after it."""
    actors = _states(doc)
    found: list[tuple[int, int]] = []
    for t in doc:
        if t.i in covered or t.i in actors or t.lower_ in NOT_NAMES or not (shape.match(t.text) or _model_number(t)):
            continue
        start = t.i
        while start > 0 and t.i - start < MAX_NAME_WORDS and _name_word(doc[start - 1], actors) \
                and start - 1 not in covered:
            start -= 1
        if start == 0 or not _counted_before(doc, start) or \
                (start == t.i and not shape.match(t.text)):
            continue
        end = t.i + 1
        while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text.isalnum():
            end += 1  # "H145M" cut by the tokenizer into "H145" and "M"
        last = end
        while end < len(doc) and end - last < MAX_NAME_WORDS and _name_word(doc[end], actors) and end not in covered:
            end += 1
        if not _phrase_end(doc[end] if end < len(doc) else None):
            continue
        name = doc[start:end].text
        if civil.civil_item(name) and not civil.military_variant(name):
            continue  # "its first Boeing 777 freighters": an airliner
        found.append((start, end))
    return found


def wheeled_names(doc: Doc, covered: set[int]) -> list[tuple[int, int]]:
    """[start, end) of each "Name 8x8": one or two capitalised name words and a heavy wheel configuration."""
    actors = _states(doc)
    found: list[tuple[int, int]] = []
    for t in doc:
        if t.i == 0 or t.i in covered or not WHEELS.match(t.text):
            continue
        start = t.i
        while start > 0 and t.i - start < MAX_NAME_WORDS and _name_word(doc[start - 1], actors) \
                and start - 1 not in covered:
            start -= 1
        if start < t.i:
            found.append((start, t.i + 1))
    return found


def role_names(doc: Doc, covered: set[int], shape: re.Pattern[str] | None = None) -> list[tuple[int, int, str]]:
    """[start, end) and category of each counted name the gazetteer does not know, told by its role noun: "six
    Velka Star trainers" (one or two capitalised name words, no actor's, between a count and the role noun);
    with a designation of `shape` among them up to four, roman numerals too ("six Zorvan ZK-6C Tern II
    trainers")."""
    actors = {i for s in doc.spans.get("actors", []) for i in range(s.start, s.end)}
    found: list[tuple[int, int, str]] = []
    for t in doc:
        role = ROLE_CATEGORIES.get(t.lower_) or (CLASS_CATEGORIES.get(t.lower_) if _class_name(doc, t.i) else None)
        category = role or DESIGNATED_ROLES.get(t.lower_)
        if category is None or t.i in covered:
            continue
        if role is None and (made := _made_start(doc, t.i, covered)) is not None:
            found.append((made, t.i + 1, category))
            continue
        start = t.i - 3 if _class_name(doc, t.i) else _name_start(doc, t.i, actors, covered)  # "Orla-class boats"
        if shape is not None:
            start = min(start, _designated_start(doc, t.i, actors, covered, shape))
        if role is None:  # "12 KT-9 fighters" with a designation only, never "12 Varno fighters" (combatants)
            start = _designated_start(doc, t.i, actors, covered, shape) if shape is not None else t.i
        if start < t.i and start > 0 and _count(doc[start - 1]) and not civil.civil_item(doc[start:t.i].text):
            found.append((start, t.i + 1, category))
    return found


def _made_start(doc: Doc, i: int, covered: set[int]) -> int | None:
    """"Velorian-made fighters", "Ostrian-built fighters": a maker's word before the token i makes it a made thing;
    the start of the maker's name (a capitalised word before the hyphen)."""
    if i < 3 or doc[i - 1].lower_ not in MADE_WORDS or doc[i - 2].text != "-" or not doc[i - 3].text[:1].isupper():
        return None
    return None if any(j in covered for j in range(i - 3, i)) else i - 3


def _class_name(doc: Doc, i: int) -> bool:
    """"Orla-class" right before the token i: a ship class's name."""
    return i >= 3 and doc[i - 1].lower_ == "class" and doc[i - 2].text == "-" and doc[i - 3].text[:1].isupper()


def _name_start(doc: Doc, i: int, actors: set[int], covered: set[int]) -> int:
    """The first of the (at most MAX_NAME_WORDS) capitalised name words right before the token i."""
    start = i
    while start > 0 and i - start < MAX_NAME_WORDS and _name_word(doc[start - 1], actors) and start - 1 not in covered:
        start -= 1
    return start


def _designated_start(doc: Doc, i: int, actors: set[int], covered: set[int], shape: re.Pattern[str]) -> int:
    """The first of up to MAX_ROLE_NAME_WORDS name words before the token i when one is a designation: capitalised
    words, designations and roman numerals ("Zorvan ZK-6C Tern II"); i when there is no designation."""
    start = i
    while start > 0 and i - start < MAX_ROLE_NAME_WORDS and start - 1 not in covered and start - 1 not in actors \
            and (_name_word(doc[start - 1], actors) or shape.match(doc[start - 1].text) or ROMAN.match(doc[start - 1].text)):
        start -= 1
    return start if any(shape.match(doc[k].text) for k in range(start, i)) else i
