"""Words around a number that decide whether it counts the item: a share ("30% more rifles", "25 per cent of
its tanks") counts nothing; a group noun ("a pair of helicopters", "a couple of jets", "a trio of drones",
"two pairs of boats") counts the item it holds, and so does a unit a system is fielded in when it holds one
system named in the singular ("eight batteries of the X system"); a year after a time preposition ("In 2021 four boats") counts
nothing; a number right after a name that an article opens ("a Tarn 2500
corvette", "a Beech 1900 aircraft") is the model's, not a count. A count outside the item's own phrase may still
be its own: the count of the noun it is in apposition to ("two NC-212s, its first aircraft from X"), or of a
singular modifier coordinated with its own ("18 recovery and bridging vehicles", parsed with "vehicles" a
conjunct of "recovery"). The words are data (words.toml [count_words])."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from materiel import lexicon
from materiel.extraction.mentions.name_numbers import calibre, series_lead_count
from materiel.extraction.mentions.quantities import NUMBER_WORDS, SCALE_WORDS, parse_quantity

GROUPING = frozenset(SCALE_WORDS) | frozenset(w for w, v in lexicon.word_table("quantities", "multipliers").items()
                                             if v >= 12)  # "two million", "three hundred": one number

SHARE_WORDS = lexicon.word_set("count_words", "share_words")
GROUP_NOUNS: dict[str, int] = lexicon.word_table("count_words", "group_nouns")
SYSTEM_UNITS = lexicon.word_set("count_words", "system_units")
ARTICLES = lexicon.word_set("count_words", "articles")
TIME_PREPS = lexicon.word_set("frame_words", "fronted_time_preps")
YEARS = range(1900, 2100)
NUMBER_LEAD = lexicon.word_set("items", "number_lead")  # "half a million", "about 3,000"
MORE = lexicon.word_set("item_words", "follow_on_words")  # "two more of the jets"
ORDINALS = lexicon.word_set("items", "batch_ordinals") | lexicon.word_set("items", "part_ordinals")


def no_count(t: Token) -> bool:
    """A number that counts no item: a share, a model's number after an article and a name, or the year of a time
    phrase the parser hung on the item ("In 2021 four boats were delivered": 2021 read as a count), or an ordinal
    with no number of its own ("the first 12 X-4 jets" parsed with "12" on the name: "first" counts nothing)."""
    return share(t) or article_model(t) or year_of_phrase(t) or bare_ordinal(t)


def bare_number(t: Token) -> bool:
    """A number that may count an item: not a calibre ("120mm") nor an ordinal alone ("the first 12 X-4 jets")."""
    return t.like_num and not calibre(t) and not bare_ordinal(t)


def bare_ordinal(t: Token) -> bool:
    """"first", "last" with no number in its phrase: the place of a batch, not its count."""
    return t.lower_ in ORDINALS and not any(x.like_num for x in t.subtree if x.i != t.i)


def year_of_phrase(t: Token) -> bool:
    """A year right after a time preposition ("in 2021", "by 2030")."""
    return t.i > 0 and t.doc[t.i - 1].lower_ in TIME_PREPS and t.text.isdigit() and int(t.text) in YEARS


def share(t: Token) -> bool:
    """"30% more rifles", "25 per cent of the tanks": a number whose next word or head makes it a share."""
    if not t.like_num:
        return False
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return (nxt is not None and nxt.lower_ in SHARE_WORDS) or t.head.lower_ in SHARE_WORDS


def outer_count(head: Token, materiel: Callable[[Token], bool]) -> tuple[int | float | None, str | None]:
    """The count of a group noun holding the item, else of the noun it is in apposition to, else of the singular
    modifier coordinated with its own: (None, None) when there is none. A noun that names materiel itself is no
    anchor: "60 Pathfinder vehicles, rifle ammunition" is a list the parser read as an apposition, "30 Mark 4 and
Mark 5 trainers" two systems."""
    q, text = group_count(head)
    if q is not None:
        return q, text
    anchor = head.head
    noun = head.head if head.dep_ == "compound" else head  # "two of its own Su-30 fighters": the fighters
    part = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if part is not None and part.like_num and part.pos_ == "NUM" and part.i == noun.head.i - 1 and \
            any(c.dep_ == "poss" for c in noun.children) and not no_count(part) and part.ent_type_ != "DATE":
        return parse_quantity(part.text), part.text  # "lent X two of its own jets", however "two" is attached
    if head.dep_ == "appos" and anchor.i < head.i and anchor.pos_ in ("NOUN", "PROPN") and not materiel(anchor) and \
            (head.left_edge.i == anchor.i + 1 or head.doc[anchor.i + 1].text == ","):  # not "three bids: X"
        return _own_number(anchor)
    if head.dep_ == "conj" and anchor.tag_ in ("NN", "NNP") and not materiel(anchor) and anchor.i + 1 < head.i and \
            head.doc[anchor.i + 1].lower_ in ("and", "or") and \
            all(t.head.i == head.i and t.dep_ in ("amod", "compound") for t in head.doc[anchor.i + 2: head.i]):
        return _own_number(anchor)
    if (lead := series_lead_count(head)) is not None:  # "12 Zorvan-50 Block 20 jets" with the name cut off
        return parse_quantity(lead.text), lead.text
    return stranded_count(head)


def stranded_count(head: Token) -> tuple[int | float | None, str | None]:
    """"offered Peru 40 Leopard 2 tanks": the parser hangs the count on the indirect object before it. A number
    right before the item's first word, counting a proper noun (the party) that is the verb's indirect object, or
    that the parser made a modifier of the item ("sell Peru 24 F-16 fighters"); or a number the parser made the
    subject of a participle before the item ("gave X, six refurbished Y helicopters and ...")."""
    first = head.left_edge
    lead = next((t for t in head.subtree if not t.is_punct), head)  # "A, six X": the comma may hang on the item
    if lead.like_num and lead.dep_ == "nsubj" and lead.head.dep_ == "amod" and lead.head.head.i == head.i and \
            lead.head.tag_ in ("VBN", "VBD") and not list(lead.children) and not no_count(lead):
        return parse_quantity(lead.text), lead.text  # "six refurbished X": the count read as the participle's subject
    num = head.doc[first.i - 1] if first.i > 0 else None
    if num is None or not num.like_num or num.dep_ != "nummod" or num.head.i != num.i - 1 or \
            num.head.dep_ not in ("dative", "nmod", "compound") or num.head.pos_ != "PROPN" or no_count(num) or \
            list(num.children):
        return None, None
    return parse_quantity(num.text), num.text


def _own_number(noun: Token) -> tuple[int | float | None, str | None]:
    """The one number that counts noun (not a share, a year, a sum or a model's number)."""
    nums = [c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i and c.like_num and not no_count(c)
            and c.ent_type_ not in ("DATE", "MONEY", "PERCENT", "QUANTITY")]
    if len(nums) != 1:
        return None, None
    return parse_quantity(nums[0].text), nums[0].text


def group_count(head: Token) -> tuple[int | float | None, str | None]:
    """"a pair of Mi-17 helicopters" (2), "two pairs of boats" (4), "a trio of drones" (3): the item as the
    "of" object of a group noun opened by an article or a count; (None, None) otherwise."""
    of = head.head
    if head.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return None, None
    group = of.head
    size = GROUP_NOUNS.get(group.lemma_.lower()) or GROUP_NOUNS.get(group.lower_) or \
        (1 if group.lower_ in SYSTEM_UNITS and _one_system(head) else None)
    if not size:
        return None, None
    lead = [c for c in group.children if c.i < group.i and (c.lower_ in ARTICLES and c.dep_ == "det" or
                                                            c.like_num and c.dep_ == "nummod")]
    if len(lead) != 1:
        return None, None
    n = 1 if lead[0].lower_ in ARTICLES else parse_quantity(lead[0].text)
    if n is None:
        return None, None
    return n * size, group.doc[lead[0].i: group.i + 1].text


def _one_system(head: Token) -> bool:
    """"the X missile system", "the same system", "Zorro": one system named in the singular, which units of it
    ("eight batteries of") count; not a plural ("batteries of missiles") nor a bare mass noun ("of artillery")."""
    if head.tag_ == "NNP":
        return True
    return head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


def article_model(t: Token) -> bool:
    """"a Tarn 2500 corvette", "a Beech 1900 aircraft": a number right after a capitalised name word that
    an article opens is the model's number (an article never stands before a count)."""
    if not t.like_num or t.i < 2:
        return False
    name, det = t.doc[t.i - 1], t.doc[t.i - 2]
    return name.text[:1].isupper() and name.pos_ in ("PROPN", "NOUN") and det.lower_ in ARTICLES


def scaled(t: Token) -> tuple[int | float | None, str]:
    """A number with the scale words the parser split from it: "2 million" read from "2" (its scale word on the
    next noun: "2 million 7.62 mm rounds") or from "million" (its digits a compound before it: "the first 3 million
    of 8 million rounds"); the number's own text otherwise."""
    doc, start, end = t.doc, t.i, t.i + 1
    counted = next((c for c in t.children if c.dep_ == "nummod" and c.like_num), None) if t.lower_ in MORE else None
    if counted is not None:  # "two more of the jets": two
        return parse_quantity(counted.text), doc[counted.i: t.i + 1].text
    if t.lower_ in SCALE_WORDS:
        while start > 0 and doc[start - 1].tag_ == "CD" and doc[start - 1].lower_ not in SCALE_WORDS and \
                doc[start - 1].head.i == t.i:
            start -= 1
    while end < len(doc) and doc[end].lower_ in GROUPING and start < end:
        end += 1
    text = doc[start:end].text
    return parse_quantity(text), text


def count_before_calibre(head: Token) -> tuple[int | float, str] | None:
    """"half a million 7.62 mm rounds", "a million 9 mm rounds": the count words right before a calibre, which the
    parser hangs on the calibre's number ("half" and "a" as its modifiers) rather than on the item."""
    cal = next((t for t in head.subtree if t.i < head.i and t.like_num and calibre(t)), None)
    if cal is None:
        return None
    start, doc = cal.i, head.doc
    while start > 0 and (doc[start - 1].tag_ == "CD" or doc[start - 1].lower_ in NUMBER_WORDS | SCALE_WORDS or
                         doc[start - 1].lower_ in NUMBER_LEAD) and not calibre(doc[start - 1]):
        start -= 1
    text = doc[start: cal.i].text
    if not any(t.lower_ in SCALE_WORDS or t.lower_ == "half" for t in doc[start: cal.i]):
        return None  # a plain count ("six 40 mm guns") is the item's own number
    value = parse_quantity(text)
    return (value, text) if value is not None else None
